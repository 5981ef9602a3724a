"""A sync killed half-way (SIGKILL, in a subprocess) leaves both sides consistent and
resumes; an older database's rows are sent on its first sync; the triggers match the schema."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

from clerk_tui.store import open_db
from clerk_tui.store.capture import expected_triggers, installed_triggers
from clerk_tui.store.schema import migrations
from clerk_tui.sync import client

from .helpers import assert_all_equal, import_minutes

KILLER = """
import os, signal, sys
from clerk_tui.store import open_db
from clerk_tui.sync import client, server

db_path, url, where = sys.argv[1:4]
if where == "apply":
    real = client._Applier.apply
    seen = []
    def apply(self, edit):
        seen.append(edit)
        if len(seen) == 4:
            os.kill(os.getpid(), signal.SIGKILL)
        real(self, edit)
    client._Applier.apply = apply
else:
    real_push = server.push
    def push(*args):
        real_push(*args)  # committed on the server...
        os.kill(os.getpid(), signal.SIGKILL)  # ...but the outbox is not cleared
    server.push = push
client.sync(open_db(db_path), url)
"""


def sync_killed(db_path: Path, url: str, where: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", KILLER, str(db_path), url, where],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    assert done.returncode == -9, done.stderr


def test_killed_while_applying_a_pull_changes_nothing_then_resumes(
    server_url, make_clerk, tmp_path
):
    alex = make_clerk("Alex")
    import_minutes(alex, "Audit", date(2025, 3, 12), ["Review the risk register", "Audit plan"])
    client.sync(alex, server_url)
    sam = make_clerk("Sam")
    import_minutes(sam, "Planning", date(2025, 3, 4), ["Circulate the summary"])
    outbox = sam.execute("SELECT count(*) FROM sync_outbox").fetchone()[0]
    sam.close()

    sync_killed(tmp_path / "Sam.db", server_url, "apply")

    conn = sqlite3.connect(tmp_path / "Sam.db")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM meetings").fetchone()[0] == 1  # none of Alex's
    assert conn.execute("SELECT cursor, applying FROM sync_state").fetchone() == (0, 0)
    assert conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0] == 0  # it was sent
    conn.close()
    sam = open_db(tmp_path / "Sam.db")
    assert outbox == 7
    report = client.sync(sam, server_url)
    assert report.pulled == 10  # committee, meeting, item, 2 actions, 2 owners, ...
    client.sync(alex, server_url)
    assert_all_equal(server_url, sam, alex)


def test_killed_after_the_server_took_a_push_resends_it_harmlessly(
    server_url, make_clerk, tmp_path
):
    sam = make_clerk("Sam")
    import_minutes(sam, "Planning", date(2025, 3, 4), ["Circulate the summary"])
    sam.close()

    sync_killed(tmp_path / "Sam.db", server_url, "push")

    sam = open_db(tmp_path / "Sam.db")
    assert sam.execute("SELECT count(*) FROM sync_outbox").fetchone()[0] == 7
    report = client.sync(sam, server_url)
    assert (report.pushed, report.duplicates) == (0, 7)
    alex = make_clerk("Alex")
    client.sync(alex, server_url)
    assert_all_equal(server_url, sam, alex)


def test_rows_stored_before_sync_existed_are_sent_on_the_first_sync(
    server_url, make_clerk, tmp_path
):
    path = tmp_path / "older.db"
    conn = sqlite3.connect(path)
    sync_number = next(n for n, title, _ in migrations() if "team sync" in title)
    for number, _title, sql in migrations()[: sync_number - 1]:
        conn.executescript(f"BEGIN;\n{sql}\nPRAGMA user_version = {number};\nCOMMIT;")
    conn.executescript(
        """INSERT INTO committees (uuid, name) VALUES ('c-1', 'Audit');
           INSERT INTO meetings (uuid, committee_id, text, content_hash)
               VALUES ('m-1', 1, 'minutes', 'h');
           INSERT INTO actions (uuid, meeting_id, text, due) VALUES ('a-1', 1, 'Audit plan',
               '2025-06-30');"""
    )
    conn.close()
    older = open_db(path)
    assert older.execute("SELECT uuid FROM committees").fetchall() == [("committee:audit",)]
    # The three rows, then the committee's short name and the action's reference (HWB/25/01),
    # numbered by the migration that brought references.
    assert older.execute("SELECT count(*) FROM sync_outbox").fetchone()[0] == 5
    client.sync(older, server_url)
    sam = make_clerk("Sam")
    client.sync(sam, server_url)
    assert sam.execute("SELECT text, due FROM actions").fetchall() == [("Audit plan", "2025-06-30")]
    assert_all_equal(server_url, older, sam)


def test_capture_triggers_match_the_current_schema(db):
    """A column added to a synced table needs its triggers regenerated in a new migration
    (clerk_tui.store.capture), or it would silently stay local."""
    assert installed_triggers(db.conn) == expected_triggers(db.conn)
