"""Action references in the store: numbering a new action, finding one by what a clerk types.

    next_ref(conn, meeting_id)     -> "HWB/25/08"  (the next number this copy knows)
    find_action_id(db, "hwb/25/8") -> 42           (a reference, or a numeric id as before)
    labels(db, [42, 43])           -> {42: "HWB/25/08", 43: "HWB/25/09*"}  (for messages)

Numbers are per prefix ('HWB/25'); the sync server has the last word (`clerk_tui.sync`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING

from clerk_tui.core import refs
from clerk_tui.store.db import StoreError

if TYPE_CHECKING:
    from sqlite_utils import Database

SYNC_SERVER_SETTING = "sync_server"
PROVISIONAL_SQL = (
    "(a.ref_final = 0 AND EXISTS (SELECT 1 FROM settings "
    f"WHERE key = '{SYNC_SERVER_SETTING}' AND value IS NOT NULL))"
)
"""SQL, for an action `a`: its reference awaits the sync server's confirmation (team mode)."""


def committee_short_name(conn: sqlite3.Connection, committee_id: int | None) -> str | None:
    if committee_id is None:
        return None
    row = conn.execute(
        "SELECT short_name, name FROM committees WHERE id = ?", [committee_id]
    ).fetchone()
    if row is None:
        return None
    return str(row[0] or refs.short_name(row[1]))


def meeting_prefix(conn: sqlite3.Connection, meeting_id: int) -> str:
    """'HWB/25' for a meeting of the HWB held (or, undated, stored) in 2025."""
    committee_id, day, created = conn.execute(
        "SELECT committee_id, date, created_at FROM meetings WHERE id = ?", [meeting_id]
    ).fetchone()
    year = int((day or created)[:4])
    return refs.prefix(committee_short_name(conn, committee_id), year)


def next_number(conn: sqlite3.Connection, prefix: str) -> int:
    """One more than the highest number this copy holds for `prefix`."""
    # '/' sorts just before '0': the range is every reference starting 'prefix/'.
    row = conn.execute(
        "SELECT max(CAST(substr(ref, ?) AS INTEGER)) FROM actions WHERE ref > ? AND ref < ?",
        [len(prefix) + 2, prefix + "/", prefix + "0"],
    ).fetchone()
    return int(row[0] or 0) + 1


def next_ref(conn: sqlite3.Connection, meeting_id: int) -> str:
    prefix = meeting_prefix(conn, meeting_id)
    return f"{prefix}/{next_number(conn, prefix):02d}"


def find_action_id(db: Database, typed: str | int) -> int:
    """The id of the action a clerk means: a reference ('HWB/25/07', any case, '*' allowed)
    or the local number. Raises StoreError saying why there is none."""
    if isinstance(typed, int) or str(typed).strip().isdigit():
        return int(typed)
    ref = refs.normalise(str(typed))
    if ref is None:
        raise StoreError(f"{typed!r} is not an action reference (like HWB/25/07) or number")
    rows = db.execute(
        "SELECT id FROM actions WHERE ref = ? AND deleted = 0 ORDER BY ref_final DESC, id",
        [ref],
    ).fetchall()
    if not rows:
        raise StoreError(f"there is no action {ref}")
    return int(rows[0][0])


def labels(db: Database, action_ids: Iterable[int]) -> dict[int, str]:
    """What messages call each action: its reference ('*' while provisional), else its
    local number."""
    ids = [int(i) for i in action_ids]
    found: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for action_id, ref, provisional in db.execute(
            f"SELECT a.id, a.ref, {PROVISIONAL_SQL} FROM actions a WHERE a.id IN ({marks})",
            chunk,
        ):
            found[action_id] = refs.label(ref, bool(provisional))
    return {i: found.get(i) or str(i) for i in ids}


def meeting_labels(db: Database, meeting_id: int) -> list[str]:
    """The `labels` of a meeting's live actions, in the order of its minutes."""
    ids = [
        row[0]
        for row in db.execute(
            "SELECT id FROM actions WHERE meeting_id = ? AND deleted = 0 ORDER BY source_start, id",
            [meeting_id],
        )
    ]
    return list(labels(db, ids).values())


def backfill(conn: sqlite3.Connection) -> None:
    """Give committees their short name and actions stored before references their reference,
    oldest meeting first (run by the migration that brought references, with the sync
    capture on, so the values travel to the server as edits)."""
    for committee_id, name in conn.execute(
        "SELECT id, name FROM committees WHERE short_name IS NULL"
    ).fetchall():
        conn.execute(
            "UPDATE committees SET short_name = ? WHERE id = ?",
            [refs.short_name(name), committee_id],
        )
    unnumbered = conn.execute(
        """SELECT a.id, a.meeting_id FROM actions a JOIN meetings m ON m.id = a.meeting_id
           WHERE a.ref IS NULL ORDER BY coalesce(m.date, m.created_at), m.id, a.id"""
    ).fetchall()
    for action_id, meeting_id in unnumbered:
        conn.execute(
            "UPDATE actions SET ref = ? WHERE id = ?", [next_ref(conn, meeting_id), action_id]
        )
