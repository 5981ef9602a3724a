"""Committees, found by name in any case."""

from __future__ import annotations

from sqlite_utils import Database

from clerk_tui.store.db import insert


def ensure_committee(db: Database, name: str) -> int:
    """The id of the committee called `name` (any case), creating it when new."""
    found = find_committee(db, name)
    return found if found is not None else insert(db, "committees", {"name": name.strip()})


def find_committee(db: Database, name: str) -> int | None:
    row = db.execute("SELECT id FROM committees WHERE name = ? COLLATE NOCASE", [name]).fetchone()
    return int(row[0]) if row else None


def committees(db: Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT name FROM committees WHERE deleted = 0 ORDER BY name")]
