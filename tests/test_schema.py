"""schema.sql is the migrations' output, and the sync capture triggers follow the schema."""

from __future__ import annotations

import json
from pathlib import Path

from clerk_tui.store import capture, open_db, schema
from clerk_tui.store.schema import Migration

ROOT = Path(__file__).resolve().parents[1]


def test_schema_sql_is_what_the_migrations_make():
    """Run `make schema` after adding a migration."""
    assert (ROOT / "schema.sql").read_text(encoding="utf-8") == schema.current_schema()


def test_schema_sql_lists_every_table_and_no_capture_trigger():
    text = (ROOT / "schema.sql").read_text(encoding="utf-8")
    for table in (*capture.SYNCED_TABLES, "mentions", "proposals", "sync_outbox", "settings"):
        assert f"CREATE TABLE {table} (" in text
    assert "CREATE TRIGGER sync_actions_update" not in text
    assert "CREATE TRIGGER actions_fts_update" in text


def test_a_later_migration_adding_a_synced_column_gets_it_captured(tmp_path, monkeypatch):
    open_db(tmp_path / "clerk.db").close()
    shipped = schema.migrations()
    later = Migration(
        schema.latest_version() + 1,
        "actions get a colour",
        "-- actions get a colour\nALTER TABLE actions ADD COLUMN colour TEXT;\n",
    )
    monkeypatch.setattr(schema, "migrations", lambda: [*shipped, later])
    db = open_db(tmp_path / "clerk.db")
    assert capture.installed_triggers(db.conn) == capture.expected_triggers(db.conn)
    db.conn.executescript(
        """INSERT INTO meetings (uuid, text, content_hash) VALUES ('m-1', 'minutes', 'h');
           INSERT INTO actions (uuid, meeting_id, text) VALUES ('a-1', 1, 'Audit plan');
           UPDATE actions SET colour = 'amber';"""
    )
    last = db.execute("SELECT tbl, fields FROM sync_outbox ORDER BY id DESC LIMIT 1").fetchone()
    assert (last[0], json.loads(last[1])) == ("actions", {"colour": "amber"})
