"""Committees, found by name in any case; a new one gets the short name its action
references use (HWB in HWB/25/07)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from clerk_tui.core.refs import short_name
from clerk_tui.store.db import NOW, insert

if TYPE_CHECKING:
    from sqlite_utils import Database


def ensure_committee(db: Database, name: str) -> int:
    """The id of the committee called `name` (any case), creating it when new (and bringing
    it back when it had been removed with the sample minutes)."""
    row = db.execute("SELECT id FROM committees WHERE name = ? COLLATE NOCASE", [name]).fetchone()
    if row is not None:
        db.execute("UPDATE committees SET deleted = 0 WHERE id = ? AND deleted = 1", [row[0]])
        return int(row[0])
    return insert(db, "committees", {"name": name.strip(), "short_name": short_name(name)})


def find_committee(db: Database, name: str) -> int | None:
    """The id of the (not removed) committee called `name`, in any case."""
    row = db.execute(
        "SELECT id FROM committees WHERE name = ? COLLATE NOCASE AND deleted = 0", [name]
    ).fetchone()
    return int(row[0]) if row else None


def committees(db: Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT name FROM committees WHERE deleted = 0 ORDER BY name")]


def remove_unused_committees(db: Database, ids: list[int]) -> list[str]:
    """Tombstone those of the committees `ids` that nothing refers to any more (no live
    meeting, follow-up or role, no seat but those read from minutes, which go with it);
    their names."""
    removed = []
    for committee_id in ids:
        row = db.execute(
            """SELECT name FROM committees c WHERE id = :id AND deleted = 0
                 AND NOT EXISTS (SELECT 1 FROM meetings WHERE committee_id = :id AND deleted = 0)
                 AND NOT EXISTS (SELECT 1 FROM follow_ups WHERE committee_id = :id AND deleted = 0)
                 AND NOT EXISTS (SELECT 1 FROM committee_members
                                 WHERE committee_id = :id AND deleted = 0
                                   AND origin <> 'minutes')
                 AND NOT EXISTS (SELECT 1 FROM roles WHERE committee_id = :id AND deleted = 0)""",
            {"id": committee_id},
        ).fetchone()
        if row:
            # Gone rather than tombstoned, so the same minutes imported again seat them again
            # (a tombstoned seat means the clerk took them off); sync still hears of it.
            db.execute("DELETE FROM committee_members WHERE committee_id = ?", [committee_id])
            db.execute(
                f"UPDATE committees SET deleted = 1, updated_at = {NOW} WHERE id = ?",
                [committee_id],
            )
            removed.append(row[0])
    return removed
