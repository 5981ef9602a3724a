"""Actions for the screens and the CLI: paged, filtered queries and edits with history."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from clerk_tui.store.db import StoreError, insert, transaction
from clerk_tui.store.refs import PROVISIONAL_SQL

if TYPE_CHECKING:
    from sqlite_utils import Database

OPEN_STATUSES = ("open", "at_risk", "paused")
STATUSES = ("open", "at_risk", "paused", "done", "dropped")
CLOSED_STATUSES = ("done", "dropped")


@dataclass
class ActionFilter:
    """What the actions screen and `clerk actions` narrow by."""

    status: str = "open"  # one of STATUSES, "open" meaning any open status, or "all"
    committee: str | None = None
    owner: str | None = None
    text: str | None = None  # words: each starts a word of text or owner, or is in person/committee
    overdue: bool = False
    include_exempt: bool = True
    today: date = field(default_factory=date.today)
    person_id: int | None = None  # the directory entry the action is matched to


_SELECT = f"""
SELECT a.id, a.ref, {PROVISIONAL_SQL} AS ref_provisional, a.text, a.owner, p.name AS person,
       a.person_id, a.due, a.due_text, a.original_due,
       a.status, a.closed_at, a.exempt, a.created_at, a.updated_at,
       a.source_start, a.source_end, a.meeting_id,
       m.date AS meeting_date, c.name AS committee, c.short_name AS committee_short,
       coalesce(i.number, i.title) AS item, i.title AS item_title,
       (SELECT e.note FROM action_events e WHERE e.action_id = a.id AND e.note IS NOT NULL
          AND e.field NOT IN ('person', 'kept', 'deleted')  -- the app's bookkeeping
        ORDER BY e.at DESC, e.id DESC LIMIT 1) AS latest_note
FROM actions a
JOIN meetings m ON m.id = a.meeting_id
LEFT JOIN committees c ON c.id = m.committee_id
LEFT JOIN agenda_items i ON i.id = a.item_id
LEFT JOIN people p ON p.id = a.person_id
"""


def _where(flt: ActionFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = ["a.deleted = 0", "m.deleted = 0"]
    params: list[Any] = []
    if flt.status == "open":
        clauses.append(f"a.status IN {OPEN_STATUSES}")
    elif flt.status != "all":
        clauses.append("a.status = ?")
        params.append(flt.status)
    if flt.committee:
        clauses.append("c.name = ? COLLATE NOCASE")
        params.append(flt.committee)
    if flt.owner:
        clauses.append("(a.owner LIKE ? OR p.name LIKE ?)")
        params += [f"%{flt.owner}%"] * 2
    if flt.person_id is not None:
        clauses.append("a.person_id = ?")
        params.append(flt.person_id)
    if flt.overdue:
        clauses.append(f"a.status IN {OPEN_STATUSES} AND a.due < ?")
        params.append(flt.today.isoformat())
    if not flt.include_exempt:
        clauses.append("a.exempt = 0")
    for word in (flt.text or "").split():
        clause, word_params = _word_clause(word)
        clauses.append(clause)
        params += word_params
    return " AND ".join(clauses), params


def _word_clause(word: str) -> tuple[str, list[Any]]:
    """One filter word: a word start in the action's text or owner (through the FTS index,
    so it stays fast on 100,000 actions), or part of the matched person's or committee's name.

    A word without letters or digits, which the FTS tokenizer ignores, falls back to LIKE.
    """
    pattern = f"%{word}%"
    if not re.search(r"\w", word):
        return "(a.text LIKE ? OR a.owner LIKE ? OR p.name LIKE ? OR c.name LIKE ?)", [pattern] * 4
    phrase = '"' + word.replace('"', '""') + '"*'
    return (
        "(a.id IN (SELECT rowid FROM actions_fts WHERE actions_fts MATCH ?)"
        " OR a.person_id IN (SELECT id FROM people WHERE name LIKE ?)"
        " OR m.committee_id IN (SELECT id FROM committees WHERE name LIKE ?))",
        [phrase, pattern, pattern],
    )


def list_actions(
    db: Database, flt: ActionFilter | None = None, *, limit: int | None = None, offset: int = 0
) -> list[dict[str, Any]]:
    """Actions oldest meeting first, then by due date; one page when `limit` is given."""
    where, params = _where(flt or ActionFilter())
    sql = f"{_SELECT} WHERE {where} ORDER BY m.date, a.meeting_id, a.id"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return list(db.query(sql, params))


def count_actions(db: Database, flt: ActionFilter | None = None) -> int:
    where, params = _where(flt or ActionFilter())
    sql = f"""SELECT count(*) FROM actions a JOIN meetings m ON m.id = a.meeting_id
              LEFT JOIN committees c ON c.id = m.committee_id
              LEFT JOIN people p ON p.id = a.person_id WHERE {where}"""
    return int(db.execute(sql, params).fetchone()[0])


def get_action(db: Database, action_id: int) -> dict[str, Any]:
    """One action with its history (oldest first), owners and source passage."""
    rows = list(db.query(f"{_SELECT} WHERE a.id = ? AND a.deleted = 0", [action_id]))
    if not rows:
        raise StoreError(f"there is no action {action_id}")
    action = rows[0]
    action["events"] = list(
        db.query("SELECT * FROM action_events WHERE action_id = ? ORDER BY at, id", [action_id])
    )
    action["owners"] = list(
        db.query(
            """SELECT o.owner, o.person_id, p.name AS person FROM action_owners o
               LEFT JOIN people p ON p.id = o.person_id
               WHERE o.action_id = ? AND o.deleted = 0 ORDER BY o.position""",
            [action_id],
        )
    )
    text_row = db.execute(
        "SELECT substr(text, ? + 1, ? - ?) FROM meetings WHERE id = ?",
        [
            action["source_start"] or 0,
            action["source_end"] or 0,
            action["source_start"] or 0,
            action["meeting_id"],
        ],
    ).fetchone()
    action["source"] = text_row[0] if text_row else ""
    return action


def _current(db: Database, action_id: int) -> dict[str, Any]:
    rows = list(db.query("SELECT * FROM actions WHERE id = ? AND deleted = 0", [action_id]))
    if not rows:
        raise StoreError(f"there is no action {action_id}")
    return rows[0]


def record_event(
    db: Database,
    action_id: int,
    field_name: str,
    old: object,
    new: object,
    note: str | None = None,
    clerk: str | None = None,
) -> None:
    """One row of an action's history: what changed, from what to what, why and by whom."""
    insert(
        db,
        "action_events",
        {
            "action_id": action_id,
            "field": field_name,
            "old_value": None if old is None else str(old),
            "new_value": None if new is None else str(new),
            "note": note,
            "clerk": clerk,
        },
    )


def set_status(db: Database, action_id: int, status: str, note: str | None = None) -> None:
    """Mark an action done, dropped, paused, at risk or open again, with a history row."""
    if status not in STATUSES:
        raise StoreError(f"unknown status {status!r}; use one of {', '.join(STATUSES)}")
    with transaction(db):
        old = _current(db, action_id)["status"]
        if old == status and not note:
            return
        closed = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')" if status in CLOSED_STATUSES else "NULL"
        db.execute(
            f"""UPDATE actions SET status = ?, closed_at = {closed},
                updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?""",
            [status, action_id],
        )
        record_event(db, action_id, "status", old, status, note)


def set_due(
    db: Database,
    action_id: int,
    due: date | None,
    due_text: str | None = None,
    note: str | None = None,
) -> None:
    """Re-date an action; the first due date stays in `original_due`."""
    with transaction(db):
        current = _current(db, action_id)
        new = due.isoformat() if due else None
        db.execute(
            """UPDATE actions SET due = ?, due_text = coalesce(?, due_text),
               original_due = coalesce(original_due, due),
               updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?""",
            [new, due_text, action_id],
        )
        record_event(db, action_id, "due", current["due"], new, note)


def set_owner(
    db: Database,
    action_id: int,
    owner: str,
    person_id: int | None = None,
    note: str | None = None,
) -> None:
    """Reassign an action to `owner` (as the clerk typed it), optionally a directory person."""
    owner = owner.strip()
    if not owner:
        raise StoreError("an owner cannot be empty")
    with transaction(db):
        current = _current(db, action_id)
        db.execute(
            """UPDATE actions SET owner = ?, person_id = ?,
               updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?""",
            [owner, person_id, action_id],
        )
        db.execute("UPDATE action_owners SET deleted = 1 WHERE action_id = ?", [action_id])
        insert(
            db,
            "action_owners",
            {"action_id": action_id, "position": 0, "owner": owner, "person_id": person_id},
        )
        record_event(db, action_id, "owner", current["owner"], owner, note)


def add_note(db: Database, action_id: int, note: str) -> None:
    """An update on progress ("draft circulated 3 May"), kept in the history."""
    note = note.strip()
    if not note:
        raise StoreError("an update note cannot be empty")
    with transaction(db):
        _current(db, action_id)
        db.execute(
            "UPDATE actions SET updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?",
            [action_id],
        )
        record_event(db, action_id, "note", None, None, note)
