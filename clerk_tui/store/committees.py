"""Committees, found by name in any case; a new one gets the short name its action
references use (HWB in HWB/25/07)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from clerk_tui.core.refs import short_name
from clerk_tui.store.db import insert

if TYPE_CHECKING:
    from sqlite_utils import Database


def ensure_committee(db: Database, name: str) -> int:
    """The id of the committee called `name` (any case), creating it when new."""
    found = find_committee(db, name)
    if found is not None:
        return found
    return insert(db, "committees", {"name": name.strip(), "short_name": short_name(name)})


def find_committee(db: Database, name: str) -> int | None:
    row = db.execute("SELECT id FROM committees WHERE name = ? COLLATE NOCASE", [name]).fetchone()
    return int(row[0]) if row else None


def committees(db: Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT name FROM committees WHERE deleted = 0 ORDER BY name")]
