"""Amended minutes: a corrected text updates its stored meeting in place.

`find_previous_version` finds the stored meeting a corrected text replaces,
`preview_amendment` says what would change, `apply_amendment` updates that meeting in place
in one transaction (paired actions keep their id, status, notes and history).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from clerk_tui.core.amend import (
    AmendmentDiff,
    StoredAction,
    diff_actions,
    pair_best,
    text_similarity,
)
from clerk_tui.core.model import Action, ParsedMinutes
from clerk_tui.store import actions as store_actions
from clerk_tui.store.committees import find_committee
from clerk_tui.store.db import NOW, StoreError, insert, transaction
from clerk_tui.store.meetings import (
    content_hash,
    describe,
    insert_action,
    insert_owners,
    require_meeting,
)
from clerk_tui.store.people import attach_people
from clerk_tui.store.reconciliation import list_proposals, record_proposals
from clerk_tui.store.refs import labels

if TYPE_CHECKING:
    from sqlite_utils import Database

AMENDED = "amended minutes"


def find_previous_version(
    db: Database, committee: str | None, meeting_date: date | str | None
) -> dict[str, Any] | None:
    """The stored meeting of `committee` (any case) held on `meeting_date`, if any.

    Both must be known: minutes without a committee or a date are never taken as a version
    of another meeting.
    """
    if not committee or not meeting_date:
        return None
    committee_id = find_committee(db, committee)
    if committee_id is None:
        return None
    when = meeting_date if isinstance(meeting_date, str) else meeting_date.isoformat()
    rows = db.query(
        """SELECT m.id, m.date, m.title, m.state, c.name AS committee FROM meetings m
           JOIN committees c ON c.id = m.committee_id
           WHERE m.committee_id = ? AND m.date = ? AND m.deleted = 0
           ORDER BY m.id DESC LIMIT 1""",
        [committee_id, when],
    )
    return next(iter(rows), None)


def stored_actions(db: Database, meeting_id: int) -> list[StoredAction]:
    """The meeting's live actions, in the order of the minutes, as the diff compares them."""
    rows = db.execute(
        """SELECT id, text, owner, original_due, due_text FROM actions
           WHERE meeting_id = ? AND deleted = 0 ORDER BY source_start, id""",
        [meeting_id],
    ).fetchall()
    owners = _owners_of(db, [row[0] for row in rows])
    names = labels(db, [row[0] for row in rows])
    return [
        StoredAction(
            id=action_id,
            text=text,
            owner=owner,
            due=date.fromisoformat(due) if due else None,
            due_text=due_text,
            owners=tuple(owners.get(action_id, [])),
            ref=names[action_id],
        )
        for action_id, text, owner, due, due_text in rows
    ]


def _owners_of(db: Database, action_ids: list[int]) -> dict[int, list[str]]:
    owners: dict[int, list[str]] = {}
    if not action_ids:
        return owners
    marks = ", ".join("?" for _ in action_ids)
    for action_id, owner in db.execute(
        f"""SELECT action_id, owner FROM action_owners
            WHERE deleted = 0 AND action_id IN ({marks}) ORDER BY action_id, position""",
        action_ids,
    ):
        owners.setdefault(action_id, []).append(owner)
    return owners


def preview_amendment(
    db: Database, meeting_id: int, text: str, parsed: ParsedMinutes
) -> AmendmentDiff:
    """What `apply_amendment` would do to the meeting's actions; changes nothing.

    Takes the same arguments as `apply_amendment` so a caller can show this, then apply;
    the diff is of actions, so `text` itself is not compared."""
    require_meeting(db, meeting_id)
    return diff_actions(stored_actions(db, meeting_id), parsed.actions)


@dataclass
class AmendmentResult:
    meeting_id: int
    diff: AmendmentDiff
    added: list[int] = field(default_factory=list)
    """Ids of the actions new in this version."""
    added_refs: list[str] = field(default_factory=list)
    """What to call each of them (`store.refs.labels`), in the same order."""
    dropped: list[int] = field(default_factory=list)
    kept_vanished: list[int] = field(default_factory=list)
    proposals: list[dict[str, Any]] = field(default_factory=list)


def apply_amendment(
    db: Database,
    meeting_id: int,
    text: str,
    parsed: ParsedMinutes,
    drop_vanished: set[int] | frozenset[int] = frozenset(),
    *,
    title: str | None = None,
    source: str | None = None,
    source_sha256: str | None = None,
) -> AmendmentResult:
    """Replace a stored meeting's minutes with a corrected version, in place, all or nothing.

    Paired actions keep their id, status, notes and history; their text, owner and due
    changes are logged as events. New actions are added. Vanished actions whose id is in
    `drop_vanished` are removed (a tombstone and an event); the others stay, without a
    source passage. Items and follow-ups are paired the same way (an item the clerk marked
    exempt stays exempt; a follow-up keeps its status). Pending reconciliation proposals
    made from the old text are made again from the new one.
    """
    meeting = require_meeting(db, meeting_id)
    when = date.fromisoformat(meeting["date"]) if meeting["date"] else None
    with transaction(db):
        diff = diff_actions(stored_actions(db, meeting_id), parsed.actions)
        unknown = set(drop_vanished) - {a.id for a in diff.vanished}
        if unknown:
            raise StoreError(
                f"action {min(unknown)} is not one that vanished from {describe(meeting)}"
            )
        db.execute(
            f"""UPDATE meetings SET text = ?, content_hash = ?, title = coalesce(?, ?, title),
                source = coalesce(?, source),
                source_sha256 = CASE WHEN ? IS NULL THEN source_sha256 ELSE ? END,
                updated_at = {NOW} WHERE id = ?""",
            [text, content_hash(text), title, parsed.meeting.title, source]
            + [source, source_sha256, meeting_id],
        )
        item_ids, item_exempt = _replace_items(db, meeting_id, parsed)

        def item_of(index: int | None) -> tuple[int | None, int]:
            if index is None or not 0 <= index < len(item_ids):
                return None, 0
            return item_ids[index], item_exempt[index]

        _replace_decisions(db, meeting_id, parsed, item_of)
        for pairing in [*diff.kept, *diff.changed]:
            _update_action(db, pairing.old, pairing.new, pairing.changed, item_of(pairing.new.item))
        added = [
            insert_action(db, meeting_id, action, *item_of(action.item))
            for _index, action in diff.new
        ]
        dropped, kept = [], []
        for vanished in diff.vanished:
            if vanished.id in drop_vanished:
                db.execute(
                    f"UPDATE actions SET deleted = 1, updated_at = {NOW} WHERE id = ?",
                    [vanished.id],
                )
                _event(db, vanished.id, "deleted", vanished.text, f"not in the {AMENDED}")
                dropped.append(vanished.id)
            else:
                db.execute(
                    f"""UPDATE actions SET source_start = NULL, source_end = NULL,
                        updated_at = {NOW} WHERE id = ?""",
                    [vanished.id],
                )
                _event(db, vanished.id, "kept", None, f"not in the {AMENDED}; kept by the clerk")
                kept.append(vanished.id)
        _replace_follow_ups(db, meeting_id, parsed, meeting["committee_id"], item_of)
        db.execute("DELETE FROM mentions WHERE meeting_id = ?", [meeting_id])
        attach_people(db, meeting_id, parsed, text, when)
        db.execute(
            "DELETE FROM proposals WHERE meeting_id = ? AND status = 'pending'", [meeting_id]
        )
        record_proposals(db, meeting_id)
    return AmendmentResult(
        meeting_id,
        diff,
        added,
        list(labels(db, added).values()),
        dropped,
        kept,
        list_proposals(db, meeting_id, "pending"),
    )


def _update_action(
    db: Database,
    old: StoredAction,
    new: Action,
    changed: tuple[str, ...],
    item: tuple[int | None, int],
) -> None:
    """Bring a paired action up to the corrected text, keeping status, notes and history."""
    item_id, item_exempt = item
    db.execute(
        f"""UPDATE actions SET text = ?, owner = ?, item_id = ?, source_start = ?,
            source_end = ?, exempt = max(exempt, ?), updated_at = {NOW} WHERE id = ?""",
        [new.text, new.owner, item_id, new.start, new.end, item_exempt, old.id],
    )
    if "text" in changed:
        _event(db, old.id, "text", old.text, new.text)
    if "owner" in changed:
        db.execute("UPDATE action_owners SET deleted = 1 WHERE action_id = ?", [old.id])
        db.execute("UPDATE actions SET person_id = NULL WHERE id = ?", [old.id])
        insert_owners(db, old.id, new)
        _event(db, old.id, "owner", old.owner, new.owner)
    if "due" in changed:
        # The corrected minutes give the first due date; a date the clerk set since stands.
        new_due = new.due.isoformat() if new.due else None
        current, original = db.execute(
            "SELECT due, original_due FROM actions WHERE id = ?", [old.id]
        ).fetchone()
        redated_by_clerk = current != original
        if redated_by_clerk:
            db.execute("UPDATE actions SET original_due = ? WHERE id = ?", [new_due, old.id])
        else:
            db.execute(
                "UPDATE actions SET due = ?, original_due = ?, due_text = ? WHERE id = ?",
                [new_due, new_due, new.due_text, old.id],
            )
        _event(db, old.id, "due", original, new_due)


def _event(
    db: Database,
    action_id: int,
    field_name: str,
    old: object,
    new: object,
    by: str | None = AMENDED,
) -> None:
    """A history row; `by` (the `clerk` column) says the amended minutes made the change."""
    store_actions.record_event(db, action_id, field_name, old, new, clerk=by)


def _replace_items(
    db: Database, meeting_id: int, parsed: ParsedMinutes
) -> tuple[list[int], list[int]]:
    """Pair stored agenda items with the new ones; (item id, exempt) per new item index."""
    old = db.execute(
        """SELECT id, number, title, exempt FROM agenda_items
           WHERE meeting_id = ? AND deleted = 0 ORDER BY position""",
        [meeting_id],
    ).fetchall()
    scores = [
        [
            text_similarity(f"{o[1] or ''} {o[2]}", f"{n.number or ''} {n.title}")
            for n in parsed.items
        ]
        for o in old
    ]
    paired = {j: i for i, j, _score in pair_best(scores)}
    ids, exempt = [], []
    for position, item in enumerate(parsed.items):
        values = {
            "position": position,
            "number": item.number,
            "title": item.title,
            "source_start": item.start,
            "source_end": item.end,
        }
        if position in paired:
            item_id, was_exempt = old[paired[position]][0], old[paired[position]][3]
            flag = max(int(was_exempt), int(item.exempt))
            db.execute(
                """UPDATE agenda_items SET position = ?, number = ?, title = ?,
                   source_start = ?, source_end = ?, exempt = ? WHERE id = ?""",
                [*values.values(), flag, item_id],
            )
        else:
            flag = int(item.exempt)
            item_id = insert(
                db, "agenda_items", {"meeting_id": meeting_id, **values, "exempt": flag}
            )
        ids.append(item_id)
        exempt.append(flag)
    gone = [o[0] for i, o in enumerate(old) if i not in paired.values()]
    for item_id in gone:
        db.execute("UPDATE agenda_items SET deleted = 1 WHERE id = ?", [item_id])
    return ids, exempt


def _replace_decisions(db: Database, meeting_id: int, parsed: ParsedMinutes, item_of) -> None:
    db.execute("UPDATE decisions SET deleted = 1 WHERE meeting_id = ?", [meeting_id])
    for decision in parsed.decisions:
        insert(
            db,
            "decisions",
            {
                "meeting_id": meeting_id,
                "item_id": item_of(decision.item)[0],
                "text": decision.text,
                "source_start": decision.start,
                "source_end": decision.end,
            },
        )


def _replace_follow_ups(
    db: Database, meeting_id: int, parsed: ParsedMinutes, committee_id: int | None, item_of
) -> None:
    """Pair follow-ups by text: a paired one keeps its status; the rest go or come."""
    old = db.execute(
        "SELECT id, text FROM follow_ups WHERE meeting_id = ? AND deleted = 0 ORDER BY id",
        [meeting_id],
    ).fetchall()
    scores = [[text_similarity(o[1], n.text) for n in parsed.follow_ups] for o in old]
    paired = {j: old[i][0] for i, j, _score in pair_best(scores)}
    for index, follow_up in enumerate(parsed.follow_ups):
        item_id, exempt = item_of(follow_up.item)
        target = find_committee(db, follow_up.committee) if follow_up.committee else None
        values = {
            "item_id": item_id,
            "text": follow_up.text,
            "when_text": follow_up.when,
            "due": follow_up.due.isoformat() if follow_up.due else None,
            "source_start": follow_up.start,
            "source_end": follow_up.end,
        }
        if index in paired:
            db.execute(
                f"""UPDATE follow_ups SET item_id = ?, text = ?, when_text = ?, due = ?,
                    source_start = ?, source_end = ?, exempt = max(exempt, ?),
                    updated_at = {NOW} WHERE id = ?""",
                [*values.values(), exempt, paired[index]],
            )
        else:
            insert(
                db,
                "follow_ups",
                {
                    "meeting_id": meeting_id,
                    "committee_id": target or committee_id,
                    "exempt": exempt,
                    **values,
                },
            )
    for follow_up_id, _text in old:
        if follow_up_id not in paired.values():
            db.execute("UPDATE follow_ups SET deleted = 1 WHERE id = ?", [follow_up_id])
