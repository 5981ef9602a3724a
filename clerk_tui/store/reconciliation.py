"""Reconciliation: progress the next meeting's minutes report on earlier open actions.

`propose_reconciliation` reads a meeting's minutes for progress on the committee's earlier
open actions and records proposals; `accept_proposal` applies one through `store.actions`
(so the history shows it), `reject_proposal` sets it aside. `without_repeated_actions` keeps
an action log's rows that only repeat open actions from being stored again.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING, Any

from clerk_tui.core.model import ParsedMinutes
from clerk_tui.core.reconcile import (
    OpenAction,
    Place,
    Proposal,
    place_of,
    reconcile,
    repeated_actions,
)
from clerk_tui.store import actions as store_actions
from clerk_tui.store.db import NOW, StoreError, insert, transaction
from clerk_tui.store.meetings import require_meeting
from clerk_tui.store.refs import labels

if TYPE_CHECKING:
    from sqlite_utils import Database


def open_actions_before(db: Database, meeting_id: int) -> list[OpenAction]:
    """The committee's open actions from meetings held before this one."""
    meeting = require_meeting(db, meeting_id)
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
            log_ref=row["ref"],
            context=places[row["id"]].context,
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
    require_meeting(db, meeting_id)
    with transaction(db):
        db.execute(
            "DELETE FROM proposals WHERE meeting_id = ? AND status = 'pending'", [meeting_id]
        )
        record_proposals(db, meeting_id)
    return list_proposals(db, meeting_id, "pending")


def record_proposals(db: Database, meeting_id: int) -> None:
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
    first, each with its action's text, owner, status, meeting and `action_ref` (what to
    call it: its shared reference, else its number)."""
    clauses = ["p.deleted = 0", "a.deleted = 0"]
    params: list[Any] = []
    if meeting_id is not None:
        clauses.append("p.meeting_id = ?")
        params.append(meeting_id)
    if status is not None:
        clauses.append("p.status = ?")
        params.append(status)
    rows = list(
        db.query(
            f"""SELECT p.id, p.meeting_id, m.date AS meeting_date, c.name AS committee,
                       p.action_id, a.text AS action, a.owner, a.status AS action_status,
                       am.date AS action_meeting_date, p.kind, p.value, p.passage, p.note,
                       p.source_start, p.source_end, p.reason, p.score, p.status, p.decided_at
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
    names = labels(db, {row["action_id"] for row in rows})
    for row in rows:
        row["action_ref"] = names[row["action_id"]]
    return rows


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
    re-dates it, 'update' adds the progress note; the note becomes its latest update. All or
    nothing."""
    with transaction(db):
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
    with transaction(db):
        _pending(db, proposal_id)
        _decide(db, proposal_id, "rejected")


def _decide(db: Database, proposal_id: int, status: str) -> None:
    db.execute(
        f"UPDATE proposals SET status = ?, decided_at = {NOW} WHERE id = ?",
        [status, proposal_id],
    )
