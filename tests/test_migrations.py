"""Migrations: a new file, each earlier version, and refusing newer or foreign files."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from clerk_tui.store import StoreError, open_db
from clerk_tui.store.schema import apply, latest_version, migrations


def apply_up_to(path: Path, version: int) -> None:
    """Build a database as an older clerk-tui would have left it."""
    conn = sqlite3.connect(path, isolation_level=None)
    for migration in migrations()[:version]:
        apply(conn, migration)
    conn.close()


def user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def test_migrations_are_numbered_from_one():
    assert [n for n, _, _ in migrations()] == list(range(1, latest_version() + 1))


def test_new_file_gets_every_table_wal_and_foreign_keys(tmp_path):
    db = open_db(tmp_path / "new.db")
    tables = set(db.table_names())
    assert {
        "committees",
        "meetings",
        "agenda_items",
        "decisions",
        "actions",
        "action_events",
        "action_owners",
        "follow_ups",
        "people",
        "roles",
        "aliases",
        "mentions",
        "meetings_fts",
        "actions_fts",
        "follow_ups_fts",
    } <= tables
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert user_version(tmp_path / "new.db") == latest_version()


def test_empty_existing_file_is_initialised(tmp_path):
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    open_db(path).close()
    assert user_version(path) == latest_version()


@pytest.mark.parametrize("version", range(latest_version()))
def test_each_earlier_version_migrates_and_keeps_data(tmp_path, version):
    path = tmp_path / f"v{version}.db"
    apply_up_to(path, version)
    if version >= 1:
        conn = sqlite3.connect(path)
        conn.execute("INSERT INTO committees (uuid, name) VALUES ('c-1', 'Riverside Board')")
        conn.commit()
        conn.close()
    db = open_db(path)
    assert user_version(path) == latest_version()
    if version >= 1:
        assert [r[0] for r in db.execute("SELECT name FROM committees")] == ["Riverside Board"]
    db.close()


def test_reopening_does_not_reapply(tmp_path):
    path = tmp_path / "again.db"
    open_db(path).close()
    open_db(path).close()
    assert user_version(path) == latest_version()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_newer_database_is_refused_untouched(tmp_path):
    path = tmp_path / "newer.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(StoreError, match="newer clerk-tui"):
        open_db(path)
    assert digest(path) == before


def test_non_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("my shopping list\n" * 10)
    before = digest(path)
    with pytest.raises(StoreError, match="not a SQLite database"):
        open_db(path)
    assert digest(path) == before


def test_damaged_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "damaged.db"
    open_db(path).close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page, keep the header
    path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    with pytest.raises(StoreError, match="damaged|not a"):
        open_db(path)


def test_folder_at_database_path_is_refused(tmp_path):
    with pytest.raises(StoreError, match="is a folder"):
        open_db(tmp_path)
