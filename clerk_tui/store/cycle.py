"""The meeting cycle in the store: amended minutes, draft/confirmed, matters arising, exempt.

- Amended minutes: `find_previous_version` finds the stored meeting a corrected text replaces,
  `preview_amendment` says what would change, `apply_amendment` updates that meeting in
  place in one transaction (paired actions keep their id, status, notes and history).
- Reconciliation: `propose_reconciliation` reads a meeting's minutes for progress on the
  committee's earlier open actions and records proposals; `accept_proposal` applies one
  through `store.actions` (so the history shows it), `reject_proposal` sets it aside.
- `set_meeting_state` (draft/confirmed) and `set_exempt` (an item or an action kept out of
  exports and chasers).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlite_utils import Database

from clerk_tui.core.amend import (
    AmendmentDiff,
    StoredAction,
    diff_actions,
    pair_best,
    text_similarity,
)
from clerk_tui.core.model import Action, ParsedMinutes
from clerk_tui.core.reconcile import (
    OpenAction,
    Place,
    Proposal,
    place_of,
    reconcile,
    repeated_actions,
)
from clerk_tui.store import actions as store_actions
from clerk_tui.store.db import StoreError, insert, new_uuid, transaction
from clerk_tui.store.meetings import (
    StoredMeeting,
    content_hash,
    describe,
    find_committee,
    insert_action,
    insert_owners,
)
from clerk_tui.store.people import attach_people

MEETING_STATES = ("draft", "confirmed")
AMENDED = "amended minutes"
_NOW = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"


# --- amended minutes ----------------------------------------------------------------------


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
    return [
        StoredAction(
            id=action_id,
            text=text,
            owner=owner,
            due=date.fromisoformat(due) if due else None,
            due_text=due_text,
            owners=tuple(owners.get(action_id, [])),
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
    _require_meeting(db, meeting_id)
    return diff_actions(stored_actions(db, meeting_id), parsed.actions)


@dataclass
class AmendmentResult:
    meeting_id: int
    diff: AmendmentDiff
    added: list[int] = field(default_factory=list)
    """Ids of the actions new in this version."""
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
    meeting = _require_meeting(db, meeting_id)
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
                updated_at = {_NOW} WHERE id = ?""",
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
                    f"UPDATE actions SET deleted = 1, updated_at = {_NOW} WHERE id = ?",
                    [vanished.id],
                )
                _event(db, vanished.id, "deleted", vanished.text, f"not in the {AMENDED}")
                dropped.append(vanished.id)
            else:
                db.execute(
                    f"""UPDATE actions SET source_start = NULL, source_end = NULL,
                        updated_at = {_NOW} WHERE id = ?""",
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
        _record_proposals(db, meeting_id)
    return AmendmentResult(
        meeting_id, diff, added, dropped, kept, list_proposals(db, meeting_id, "pending")
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
            source_end = ?, exempt = max(exempt, ?), updated_at = {_NOW} WHERE id = ?""",
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
                    updated_at = {_NOW} WHERE id = ?""",
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


def _require_meeting(db: Database, meeting_id: int) -> dict[str, Any]:
    rows = list(
        db.query(
            """SELECT m.id, m.date, m.title, m.committee_id, m.state, c.name AS committee
               FROM meetings m
               LEFT JOIN committees c ON c.id = m.committee_id
               WHERE m.id = ? AND m.deleted = 0""",
            [meeting_id],
        )
    )
    if not rows:
        raise StoreError(f"there is no meeting {meeting_id}")
    return rows[0]


def set_meeting_state(db: Database, meeting_id: int, state: str) -> None:
    """Mark minutes 'draft' or 'confirmed' (agreed as a correct record)."""
    if state not in MEETING_STATES:
        raise StoreError(f"unknown meeting state {state!r}; use draft or confirmed")
    with transaction(db):
        _require_meeting(db, meeting_id)
        db.execute(
            f"UPDATE meetings SET state = ?, updated_at = {_NOW} WHERE id = ?", [state, meeting_id]
        )


# --- exempt -------------------------------------------------------------------------------


def set_exempt(
    db: Database, *, item_id: int | None = None, action_id: int | None = None, exempt: bool = True
) -> None:
    """Keep an agenda item (with its actions and follow-ups) or one action (with a follow-up
    from the same passage) out of exports and chasers, or let it back in. An action's change
    is kept in its history."""
    if (item_id is None) == (action_id is None):
        raise StoreError("mark either an agenda item or an action exempt, not both or neither")
    flag = int(exempt)
    with transaction(db):
        if item_id is not None:
            if not db.execute(
                "SELECT 1 FROM agenda_items WHERE id = ? AND deleted = 0", [item_id]
            ).fetchone():
                raise StoreError(f"there is no agenda item {item_id}")
            db.execute("UPDATE agenda_items SET exempt = ? WHERE id = ?", [flag, item_id])
            db.execute(
                f"UPDATE follow_ups SET exempt = ?, updated_at = {_NOW} WHERE item_id = ?",
                [flag, item_id],
            )
            targets = [
                r[0]
                for r in db.execute(
                    "SELECT id FROM actions WHERE item_id = ? AND deleted = 0", [item_id]
                )
            ]
        else:
            targets = [action_id]  # type: ignore[list-item]
            # A follow-up minuted in the same passage tells the same confidential matter.
            db.execute(
                f"""UPDATE follow_ups SET exempt = ?, updated_at = {_NOW}
                    WHERE (meeting_id, source_start, source_end) IN (
                        SELECT f.meeting_id, f.source_start, f.source_end
                        FROM follow_ups f JOIN actions a ON a.meeting_id = f.meeting_id
                        WHERE a.id = ? AND f.source_start < a.source_end
                          AND a.source_start < f.source_end)""",
                [flag, action_id],
            )
        for target in targets:
            row = db.execute(
                "SELECT exempt FROM actions WHERE id = ? AND deleted = 0", [target]
            ).fetchone()
            if row is None:
                raise StoreError(f"there is no action {target}")
            if row[0] != flag:
                db.execute(
                    f"UPDATE actions SET exempt = ?, updated_at = {_NOW} WHERE id = ?",
                    [flag, target],
                )
                _event(db, target, "exempt", row[0], flag, by=None)


# --- reconciliation -----------------------------------------------------------------------


def open_actions_before(db: Database, meeting_id: int) -> list[OpenAction]:
    """The committee's open actions from meetings held before this one."""
    meeting = _require_meeting(db, meeting_id)
    if not meeting["committee"]:
        return []
    return _open_actions(db, meeting["committee"], meeting["date"], meeting_id)


def _open_actions(
    db: Database,
    committee: str,
    before: str | None,
    meeting_id: int | None = None,
    status: str = "open",
) -> list[OpenAction]:
    """The committee's actions of meetings before `before` (open ones unless `status` says
    otherwise), each with where its minutes put it."""
    rows = [
        row
        for row in store_actions.list_actions(
            db, store_actions.ActionFilter(status=status, committee=committee)
        )
        if row["meeting_id"] != meeting_id
        and (before is None or row["meeting_date"] is None or row["meeting_date"] < before)
    ]
    places = _places(db, [row["id"] for row in rows])
    return [
        OpenAction(
            id=row["id"],
            text=row["text"],
            owner=row["owner"],
            meeting_date=date.fromisoformat(row["meeting_date"]) if row["meeting_date"] else None,
            ref=places[row["id"]].ref,
            minute=places[row["id"]].minute,
            part=places[row["id"]].part,
            topic=places[row["id"]].topic,
            due=date.fromisoformat(row["due"]) if row["due"] else None,
            latest=row["latest_note"],
        )
        for row in rows
    ]


def _places(db: Database, action_ids: list[int]) -> dict[int, Place]:
    """Where each action sits in its minutes: its number, minute, part and topic."""
    found: dict[int, Place] = {}
    texts: dict[int, str] = {}
    for start in range(0, len(action_ids), 500):
        chunk = action_ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for row in db.execute(
            f"""SELECT a.id, a.meeting_id, a.source_start, a.source_end, i.number, i.title,
                       i.source_start
                FROM actions a LEFT JOIN agenda_items i ON i.id = a.item_id
                WHERE a.id IN ({marks})""",
            chunk,
        ):
            action_id, meeting_id, begin, end, number, title, item_start = row
            if meeting_id not in texts:
                texts[meeting_id] = db.execute(
                    "SELECT text FROM meetings WHERE id = ?", [meeting_id]
                ).fetchone()[0]
            if begin is None:
                found[action_id] = Place(topic=title or "")
                continue
            found[action_id] = place_of(
                texts[meeting_id], begin, end or begin, number, title, item_start
            )
    return found


def without_repeated_actions(
    db: Database, parsed: ParsedMinutes, text: str, committee: str | None, meeting_date: date | None
) -> ParsedMinutes:
    """The parse minus actions that only repeat earlier ones from an action log it reports on
    (before storing the next meeting's minutes, so the log is not stored twice); a running log
    that still lists an action closed since is not taken for a new one either."""
    if not committee:
        return parsed
    before = meeting_date.isoformat() if meeting_date else None
    actions = _open_actions(db, committee, before, status="all")
    repeated = repeated_actions(parsed.actions, text, actions, meeting_date)
    if not repeated:
        return parsed
    kept = [a for i, a in enumerate(parsed.actions) if i not in repeated]
    return dataclasses.replace(parsed, actions=kept)


def propose_reconciliation(db: Database, meeting_id: int) -> list[dict[str, Any]]:
    """Read the meeting's minutes for progress on earlier open actions; record and return
    the pending proposals. Running it again replaces the pending ones; decided ones stay."""
    _require_meeting(db, meeting_id)
    with transaction(db):
        db.execute(
            "DELETE FROM proposals WHERE meeting_id = ? AND status = 'pending'", [meeting_id]
        )
        _record_proposals(db, meeting_id)
    return list_proposals(db, meeting_id, "pending")


def _record_proposals(db: Database, meeting_id: int) -> None:
    text, when = db.execute("SELECT text, date FROM meetings WHERE id = ?", [meeting_id]).fetchone()
    decided = set(
        db.execute(
            "SELECT action_id, kind FROM proposals WHERE meeting_id = ? AND status != 'pending'",
            [meeting_id],
        ).fetchall()
    )
    meeting_date = date.fromisoformat(when) if when else None
    for proposal in reconcile(text, open_actions_before(db, meeting_id), meeting_date):
        if (proposal.action_id, proposal.kind) not in decided:
            _insert_proposal(db, meeting_id, proposal)


def _insert_proposal(db: Database, meeting_id: int, proposal: Proposal) -> None:
    insert(
        db,
        "proposals",
        {
            "uuid": new_uuid(),
            "meeting_id": meeting_id,
            "action_id": proposal.action_id,
            "kind": proposal.kind,
            "value": proposal.value,
            "passage": proposal.passage,
            "note": proposal.note,
            "source_start": proposal.start,
            "source_end": proposal.end,
            "reason": proposal.reason,
            "score": proposal.score,
        },
    )


def list_proposals(
    db: Database, meeting_id: int | None = None, status: str | None = "pending"
) -> list[dict[str, Any]]:
    """Proposals (pending ones unless `status` says otherwise; None: all), oldest minutes
    first, each with its action's text, owner, status and meeting."""
    clauses = ["p.deleted = 0", "a.deleted = 0"]
    params: list[Any] = []
    if meeting_id is not None:
        clauses.append("p.meeting_id = ?")
        params.append(meeting_id)
    if status is not None:
        clauses.append("p.status = ?")
        params.append(status)
    return list(
        db.query(
            f"""SELECT p.id, p.meeting_id, m.date AS meeting_date, c.name AS committee,
                       p.action_id, a.text AS action, a.owner, a.status AS action_status,
                       am.date AS action_meeting_date, p.kind, p.value, p.passage, p.note,
                       p.source_start,
                       p.source_end, p.reason, p.score, p.status, p.decided_at
                FROM proposals p
                JOIN meetings m ON m.id = p.meeting_id
                LEFT JOIN committees c ON c.id = m.committee_id
                JOIN actions a ON a.id = p.action_id
                JOIN meetings am ON am.id = a.meeting_id
                WHERE {" AND ".join(clauses)}
                ORDER BY m.date, p.meeting_id, p.source_start, p.id""",
            params,
        )
    )


def _pending(db: Database, proposal_id: int) -> dict[str, Any]:
    rows = list(db.query("SELECT * FROM proposals WHERE id = ? AND deleted = 0", [proposal_id]))
    if not rows:
        raise StoreError(f"there is no proposal {proposal_id}")
    if rows[0]["status"] != "pending":
        raise StoreError(f"proposal {proposal_id} was already {rows[0]['status']}")
    return rows[0]


def accept_proposal(db: Database, proposal_id: int) -> None:
    """Apply a proposal through `store.actions`, so the action's history records it with the
    minutes it came from: 'done' and 'dropped' close the action, 'owner' passes it on, 'due'
    re-dates it, 'update' adds the progress note; the note becomes its latest update."""
    proposal = _pending(db, proposal_id)
    meeting_date = db.execute(
        "SELECT date FROM meetings WHERE id = ?", [proposal["meeting_id"]]
    ).fetchone()[0]
    note = f"minutes of {meeting_date or 'meeting ' + str(proposal['meeting_id'])}: "
    note += proposal["note"] or proposal["passage"]
    action_id, kind, value = proposal["action_id"], proposal["kind"], proposal["value"]
    if kind in ("done", "dropped"):
        store_actions.set_status(db, action_id, kind, note)
    elif kind == "owner":
        store_actions.set_owner(db, action_id, value, note=note)
    elif kind == "due":
        store_actions.set_due(db, action_id, date.fromisoformat(value), note=note)
    else:
        store_actions.add_note(db, action_id, note)
    _decide(db, proposal_id, "accepted")


def reject_proposal(db: Database, proposal_id: int) -> None:
    """Set a proposal aside; the action is untouched and it is not proposed again."""
    _pending(db, proposal_id)
    _decide(db, proposal_id, "rejected")


def _decide(db: Database, proposal_id: int, status: str) -> None:
    with transaction(db):
        db.execute(
            f"UPDATE proposals SET status = ?, decided_at = {_NOW} WHERE id = ?",
            [status, proposal_id],
        )


# --- chasers ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Recipient:
    """One owner of an action: a directory person (with email when known) or a name as
    written in the minutes."""

    key: str
    name: str
    email: str | None
    person_id: int | None


def action_recipients(db: Database, action_ids: list[int]) -> dict[int, list[Recipient]]:
    """Each action's owners, resolved to directory people (merged duplicates followed)."""
    found: dict[int, list[Recipient]] = {}
    if not action_ids:
        return found
    marks = ", ".join("?" for _ in action_ids)
    rows = db.execute(
        f"""SELECT a.id, o.owner, p.id, p.name, p.email, a.owner, ap.id, ap.name, ap.email,
                   (SELECT count(*) FROM action_owners x
                    WHERE x.action_id = a.id AND x.deleted = 0)
            FROM actions a
            LEFT JOIN action_owners o ON o.action_id = a.id AND o.deleted = 0
            LEFT JOIN people p0 ON p0.id = o.person_id
            LEFT JOIN people p ON p.id = coalesce(p0.merged_into, p0.id) AND p.deleted = 0
            LEFT JOIN people ap0 ON ap0.id = a.person_id
            LEFT JOIN people ap ON ap.id = coalesce(ap0.merged_into, ap0.id) AND ap.deleted = 0
            WHERE a.id IN ({marks}) ORDER BY a.id, o.position""",
        action_ids,
    ).fetchall()
    for row in rows:
        action_id, written, person_id, person, email = row[:5]
        action_owner, action_person_id, action_person, action_email, count = row[5:]
        if person_id is None and count <= 1 and action_person_id is not None:
            person_id, person, email = action_person_id, action_person, action_email
        label = person or written or action_owner or "Unassigned"
        key = f"person:{person_id}" if person_id else "name:" + " ".join(label.lower().split())
        recipient = Recipient(key, label, email or None, person_id)
        if recipient not in found.setdefault(action_id, []):
            found[action_id].append(recipient)
    return found


def import_amendment(
    db: Database,
    meeting_id: int,
    text: str,
    parsed: ParsedMinutes,
    *,
    title: str | None = None,
    source: str | None = None,
    source_sha256: str | None = None,
) -> StoredMeeting:
    """`apply_amendment` keeping vanished actions, reported as `import_text` reports."""
    result = apply_amendment(
        db, meeting_id, text, parsed, title=title, source=source, source_sha256=source_sha256
    )
    meeting = _require_meeting(db, meeting_id)
    return StoredMeeting(
        id=meeting_id,
        committee=meeting["committee"],
        date=meeting["date"],
        title=meeting["title"],
        items=len(parsed.items),
        decisions=len(parsed.decisions),
        actions=len(parsed.actions),
        follow_ups=len(parsed.follow_ups),
        people=len(parsed.people),
        amendment=result,
        proposals=result.proposals,
    )
