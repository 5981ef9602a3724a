"""What waits for the clerk's review: the names the matcher could not settle (or, to check
them, the ones it matched without asking), and the progress later minutes report on open
actions (`services.reconcile` decides those).

The names come grouped: one row per name however many times and meetings it appears in
(resolving the row resolves them all), with its candidates worked out afresh from the
directory as it is now, so someone just added is offered at once for the rows after. They
can be narrowed to one meeting, and the sample minutes' names stay out unless asked for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from clerk_tui.core import fuzzy
from clerk_tui.core.names import name_key, split_mention
from clerk_tui.services.samples import sample_meeting_ids
from clerk_tui.store.people import (
    add_new_people,
    automatic_matches,
    confirm_mention,
    create_person_from_mention,
    ignore_mention,
    load_matcher,
    review_queue,
)
from clerk_tui.store.reconciliation import list_proposals

if TYPE_CHECKING:
    from sqlite_utils import Database

    from clerk_tui.core.matching import Matcher

__all__ = [
    "ReviewLists",
    "add_new_people",
    "confirm_mention",
    "create_person_from_mention",
    "ignore_mention",
    "review_lists",
]

CANDIDATES = 3
"""Candidates shown for a name: the best few, not the whole directory."""


@dataclass
class ReviewLists:
    """What the review screen shows."""

    names: list[dict[str, Any]]
    """Grouped names (see `group_names`), or the matches made without asking."""
    proposals: list[dict[str, Any]]
    meetings: list[tuple[int, str]] = field(default_factory=list)
    """The meetings with names waiting, to narrow by: (id, 'date committee'), oldest first."""
    samples_hidden: int = 0
    """Names of the sample minutes left out (0 when they are shown or there are none)."""


def review_lists(
    db: Database,
    matched: bool = False,
    meeting_id: int | None = None,
    with_samples: bool = False,
) -> ReviewLists:
    """The names waiting (or, when `matched`, matched without asking) in meeting
    `meeting_id` (every meeting's when None), the sample minutes' only `with_samples`, and
    the pending reconciliation proposals."""
    samples = set() if with_samples else sample_meeting_ids(db)
    proposals = list_proposals(db)
    if matched:
        names = [
            row
            for row in automatic_matches(db)
            if row["meeting_id"] not in samples
            and (meeting_id is None or row["meeting_id"] == meeting_id)
        ]
        return ReviewLists(names, proposals)
    waiting = review_queue(db)
    shown = [row for row in waiting if row["meeting_id"] not in samples]
    meetings = {row["meeting_id"]: meeting_label(row) for row in shown}
    hidden = len(group_names(waiting)) - len(group_names(shown))
    names = group_names(
        [row for row in shown if meeting_id is None or row["meeting_id"] == meeting_id]
    )
    with_candidates(db, names)
    return ReviewLists(names, proposals, list(meetings.items()), hidden)


def meeting_label(row: dict[str, Any]) -> str:
    """'2024-03-12 Riverside HWB': a meeting by its date and committee."""
    return f"{row['meeting_date'] or 'undated'} {row['committee'] or 'no committee'}"


def group_names(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per name (the same person however written: 'Pam Walker', 'Pam Walker
    (PW)'), in the order first seen, from `review_queue`'s rows (one per name per meeting).
    An entry is its first row with `ids` (every row's mention id, to resolve them all),
    `meeting_ids`, `meetings` (how many), `mentions` (in all), `listed` and the status
    'ambiguous' when any row is."""
    groups: dict[str, dict[str, Any]] = {}
    for row in rows:
        key = name_key(row["text"]) or row["text"].casefold()
        group = groups.get(key)
        if group is None:
            groups[key] = {**row, "ids": [row["id"]], "meeting_ids": [row["meeting_id"]]}
            continue
        group["ids"].append(row["id"])
        if row["meeting_id"] not in group["meeting_ids"]:
            group["meeting_ids"].append(row["meeting_id"])
        group["mentions"] += row["mentions"]
        group["listed"] = group["listed"] or row["listed"]
        group["role_text"] = group["role_text"] or row["role_text"]
        if row["status"] == "ambiguous":
            group["status"] = "ambiguous"
    for group in groups.values():
        group["meetings"] = len(group["meeting_ids"])
    return list(groups.values())


def with_candidates(db: Database, names: list[dict[str, Any]]) -> None:
    """Give each name its best candidates from the directory as it is now: the matcher's
    answer in its first meeting's context, else the people whose surname is spelled like
    the name's (`core.fuzzy.by_surname`; their score None: only similar). A given name
    alone is no likeness: 'Tom Whitley' is not offered 'Tom Foy'."""
    matcher = load_matcher(db)
    people = [(e.id, e.name) for e in matcher.entries.values()]
    for name in names:
        found = best_candidates(matcher, name)
        words = split_mention(name.get("expanded") or name["written"]).name.split()
        if not found and words:
            found = [
                {"person_id": pid, "person": matcher.entries[pid].name, "score": None}
                for pid in fuzzy.by_surname(words[-1], people, CANDIDATES)
            ]
        name["candidates"] = found


def best_candidates(matcher: Matcher, name: dict[str, Any]) -> list[dict[str, Any]]:
    """The matcher's candidates for a waiting name, best first."""
    day = date.fromisoformat(name["meeting_date"]) if name["meeting_date"] else None
    result = matcher.match(
        name["written"], on_date=day, role_text=name["role_text"], committee=name["committee"]
    )
    candidates = [
        {"person_id": c.person_id, "person": c.person, "score": c.score} for c in result.candidates
    ]
    if result.status == "matched" and result.person_id is not None and not candidates:
        candidates = [
            {"person_id": result.person_id, "person": result.person, "score": result.score}
        ]
    return candidates[:CANDIDATES]
