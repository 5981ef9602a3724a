"""Matters arising, reconciled: what new minutes report on the committee's open actions.

Given the text of a committee's new minutes and that committee's open actions from earlier
meetings, propose for each action what the minutes report: 'done', 'dropped' (cancelled,
superseded, no longer needed), 'owner' (passed to someone else), 'due' (re-dated) or
'update' (a progress note, the action's latest update), each with the passage it came from
and a reason. Nothing is applied here; the clerk confirms each proposal.

Where reports come from (`tables`, `prose`): an action-review table with a status or notes
column, or a running action log; "Matters arising" prose keyed by the old minute number or
by topic, or a section reporting on the last actions entry by entry (`sections`); the
clerk's or chair's report and the item on the same subject; an outcome under a heading
naming the action, a response received to a chase, a reply awaited from the one an action
was to reach (a progress note), an invitee attending (`outcomes`); work reported in the
minutes' own words, matched by the action's verb and object ("Updates have been made to the
MQTT documentation"), and an inquiry's next step
("JK to order business cards", `reports` over `grammar`). A passage is
matched to an action by its number or its minute first, then by its words and owner
(`words`); what it says is read by `cues`, precision first: a wrong "done" is worse than
none, and contradicting passages about one action leave an update, never a 'done'.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from clerk_tui.core.amend import PAIR_THRESHOLD, text_similarity
from clerk_tui.core.model import Action
from clerk_tui.core.reconcile import outcomes, owned, prose, reports, sections, tables
from clerk_tui.core.reconcile.cues import PART_DONE, doubts, says_done, says_update
from clerk_tui.core.reconcile.intent import still_to_come
from clerk_tui.core.reconcile.model import (
    CARRIED,
    DONE,
    DROPPED,
    DUE,
    ELSEWHERE,
    KINDS,
    OWNER,
    UPDATE,
    Finding,
    OpenAction,
    Proposal,
    change_label,
)
from clerk_tui.core.reconcile.places import Place, parsed_open_actions, place_of
from clerk_tui.core.reconcile.words import Index

__all__ = [
    "DONE",
    "DROPPED",
    "DUE",
    "KINDS",
    "OWNER",
    "UPDATE",
    "OpenAction",
    "Place",
    "Proposal",
    "change_label",
    "doubts",
    "parsed_open_actions",
    "place_of",
    "reconcile",
    "repeated_actions",
    "says_done",
    "says_update",
]


_ORDER = (DONE, DROPPED, UPDATE, OWNER, DUE)


def _findings(
    text: str, actions: Sequence[OpenAction], meeting_date: date | None, own_words: bool = False
) -> list[Finding]:
    """What every reader finds; with `own_words`, also work reported in the minutes' own words
    and next steps (`reports`), which say what became of an action but never restate it."""
    index = Index(actions)
    reviewing = sections.review_lines(text)
    found, table_lines = tables.findings(text, index, meeting_date, reviewing)
    found += outcomes.outcomes_under_headings(text, index)
    found += outcomes.responses_received(text, index)
    found += outcomes.bodies_not_formed(text, index)
    found += outcomes.invitees_present(text, index)
    found += sections.reported_actions(text, index)
    found += sections.carried_forward(text, index, table_lines)
    skip = table_lines | sections.own_lines(text)
    found += outcomes.replies_awaited(text, index, skip)
    if own_words:
        frames = reports.Frames(index)
        found += reports.findings(text, index, frames, skip)
        found += reports.next_steps(text, index, frames, table_lines)
        found += reports.prices_given(text, index, frames, table_lines)
        found += reports.payments(text, index, frames, table_lines)
        found += owned.findings(text, index, reviewing, skip)
    return found + prose.findings(text, index, meeting_date, skip)


def reconcile(
    text: str, actions: Sequence[OpenAction], meeting_date: date | None = None
) -> list[Proposal]:
    """Proposals for `actions` from `text`, in the order of the text: at most one of 'done',
    'dropped' and 'update' per action, and an 'owner' or 'due' beside an update.

    `actions` are the committee's open actions from meetings before the one `text` records,
    held on `meeting_date` (which dates such as "moved to September" are read against).
    """
    if not actions or not text:
        return []
    by_action: dict[int, list[Finding]] = {}
    by_id = {a.id: a for a in actions}
    found = _findings(text, actions, meeting_date, own_words=True)
    for finding in _reported(text, found, by_id):
        by_action.setdefault(finding.action_id, []).append(finding)
    proposals = []
    for action_id, found in by_action.items():
        found.sort(key=lambda f: (-f.strength, f.start))
        proposals += _weigh(text, by_id[action_id], found)
    proposals.sort(key=lambda p: (p.start, p.action_id, _ORDER.index(p.kind)))
    return proposals


def _reported(text: str, found: list[Finding], by_id: dict[int, OpenAction]) -> list[Finding]:
    """The findings that report on an action: not a row only repeating it (CARRIED), and no
    'done' read from the words of a passage that reports the same work on another thing or
    by someone else (ELSEWHERE); a 'done' from a passage saying part is not done, or that
    the action's own work is still to come ("reminders will be sent"), is progress."""
    elsewhere = {(f.action_id, f.start) for f in found if f.kind == ELSEWHERE}
    return [
        replace(f, kind=UPDATE, contrary=True)
        if f.kind == DONE
        and (
            PART_DONE.search(text, f.start, f.end)
            or still_to_come(text[f.start : f.end], by_id[f.action_id].text)
        )
        else f
        for f in found
        if f.kind not in (CARRIED, ELSEWHERE)
        and not (f.kind == DONE and f.strength == 1 and (f.action_id, f.start) in elsewhere)
    ]


def _weigh(text: str, action: OpenAction, found: list[Finding]) -> list[Proposal]:
    """What to propose for one action from everything the minutes say about it.

    A 'done' said of all actions at once stands only when nothing else speaks of the action.
    A 'done' stands only when nothing as strong (or any named passage) says the action is
    not finished and nothing says it was dropped; the same for 'dropped', except one that
    names the action taking its place ("Superseded by action 4.1"): the work going on is that
    action's (`_succeeded`). Otherwise the
    strongest progress note is proposed, with any change of owner or date beside it.
    """
    if any(not f.sweeping for f in found):
        found = [f for f in found if not f.sweeping]  # what is said of it alone decides
    done = [f for f in found if f.kind == DONE]
    dropped = [f for f in found if f.kind == DROPPED]
    contrary = [f for f in found if f.contrary]

    def blocked(closing: list[Finding], other: list[Finding]) -> bool:
        strongest = closing[0].strength
        return bool(other) or any(c.strength >= min(2, strongest) for c in contrary)

    if done and not blocked(done, dropped):
        return [_proposal(text, action, done[0], DONE)]
    if dropped and (not blocked(dropped, done) or not done and _succeeded(dropped[0].note)):
        return [_proposal(text, action, dropped[0], DROPPED)]
    updates = [f for f in found if f.kind == UPDATE]
    proposals = []
    if updates:
        chosen = min(updates, key=lambda f: (-f.strength, not f.contrary, f.start))
        reason = chosen.reason
        if done or dropped:
            closing = (done or dropped)[0]
            chosen = closing if closing.strength > chosen.strength else chosen
            reason = f"{closing.reason}; left open: the minutes also report it not finished"
        if not _already_noted(action, chosen.note):
            proposals.append(_proposal(text, action, chosen, UPDATE, reason))
    for kind in (OWNER, DUE):
        change = next((f for f in found if f.kind == kind), None)
        if change:
            proposals.append(_proposal(text, action, change, kind))
    return proposals


_SUCCESSOR = re.compile(
    r"\b(?:superseded|replaced|overtaken)\s+by\s+(?:(?:a|the)\s+)?(?:new\s+)?"
    r"actions?\s*(?:no\.?\s*)?\d",
    re.I,
)


def _succeeded(note: str) -> bool:
    """Whether a report drops an action for a numbered one that takes its place ("_Superseded
    by Action 4.1_", "replaced by new action 12"): notes that the work goes on are that
    action's news."""
    return bool(_SUCCESSOR.search(note))


def _already_noted(action: OpenAction, note: str) -> bool:
    latest = " ".join((action.latest or "").lower().split())
    return bool(note) and " ".join(note.lower().split()) in latest


def _proposal(
    text: str, action: OpenAction, finding: Finding, kind: str, reason: str | None = None
) -> Proposal:
    return Proposal(
        action_id=action.id,
        kind=kind,
        start=finding.start,
        end=finding.end,
        passage=readable(text[finding.start : finding.end]),
        reason=reason or finding.reason,
        score=float(finding.strength),
        value=finding.value,
        note=finding.note or text[finding.start : finding.end],
    )


_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$|^[^|\n]*\|[^|\n]*\|")


def readable(passage: str) -> str:
    """A passage as a clerk reads it: a table row's cells trimmed and joined by " | ", its empty
    cells at either end dropped ("| 2.7  | Write a note | TG | Done |     |" gives "2.7 | Write
    a note | TG | Done"); other lines as written."""
    lines = []
    for line in passage.split("\n"):
        if _TABLE_ROW.match(line):
            cells = [" ".join(cell.split()) for cell in line.split("|")]
            while cells and not cells[0]:
                cells.pop(0)
            while cells and not cells[-1]:
                cells.pop()
            line = " | ".join(cells)
        lines.append(line)
    return "\n".join(lines)


def repeated_actions(
    new_actions: Sequence[Action],
    text: str,
    actions: Sequence[OpenAction],
    meeting_date: date | None = None,
) -> set[int]:
    """Indexes of `new_actions` that only repeat an open action the minutes report on.

    An action log pasted into the next minutes, or a list of actions carrying open ones
    forward, is parsed as actions again; one that lies in a passage reporting on an open
    action and says the same as that action is that action, not a new one.
    """
    if not actions or not new_actions:
        return set()
    by_id = {a.id: a for a in actions}
    found = _findings(text, actions, meeting_date)
    spans = [
        (f.start, f.end, by_id[f.action_id])
        for f in _reported(text, found, by_id) + [f for f in found if f.kind == CARRIED]
    ]
    return {
        index
        for index, new in enumerate(new_actions)
        if any(
            start <= new.start < end and text_similarity(old.text, new.text) >= PAIR_THRESHOLD
            for start, end, old in spans
        )
    }
