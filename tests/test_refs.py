"""Shared action references (HWB/25/07): the names, numbering at import, older databases
numbered by the migration, and `clerk action REF`."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from clerk_tui.core import refs
from clerk_tui.store import StoreError, open_db
from clerk_tui.store.refs import find_action_id
from clerk_tui.store.schema import REFS_FROM
from tests.sync.helpers import import_minutes
from tests.test_migrations import apply_up_to

HWB = "Riverside Health and Wellbeing Board"


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Health and Wellbeing Board", "HWB"),
        ("Overview and Scrutiny Committee", "OSC"),
        ("Audit and Governance Committee", "AGC"),
        ("Integrated Care Partnership Board", "ICPB"),
        ("Planning Committee", "PLA"),
        ("Licensing Sub-Committee", "LIC"),
        ("Cabinet", "CAB"),
        ("Riverside HWB", "HWB"),
        ("Riverside Health and Wellbeing Board", "RHWB"),
        ("the", "ACT"),
    ],
)
def test_short_names(name, short):
    assert refs.short_name(name) == short


def test_references_are_read_however_typed():
    assert refs.make_ref("HWB", 2025, 7) == "HWB/25/07"
    assert refs.make_ref("HWB", 2025, 123) == "HWB/25/123"
    assert refs.normalise(" hwb / 25 / 7 ") == "HWB/25/07"
    assert refs.normalise("HWB/25/07*") == "HWB/25/07"
    assert refs.normalise("HWB-25-07") is None
    assert refs.normalise("12") is None
    assert refs.label("HWB/25/07", provisional=True) == "HWB/25/07*"
    assert refs.label("HWB/25/07", provisional=False) == "HWB/25/07"


def test_imports_number_actions_per_committee_and_year(tmp_path):
    db = open_db(tmp_path / "clerk.db")
    import_minutes(db, "Health and Wellbeing Board", date(2025, 3, 4), ["One", "Two"])
    import_minutes(db, "Health and Wellbeing Board", date(2025, 6, 4), ["Three"])
    import_minutes(db, "Health and Wellbeing Board", date(2026, 1, 14), ["Four"])
    import_minutes(db, "Audit Committee", date(2025, 6, 5), ["Five"])
    found = dict(db.execute("SELECT text, ref FROM actions").fetchall())
    assert found == {
        "One": "HWB/25/01",
        "Two": "HWB/25/02",
        "Three": "HWB/25/03",
        "Four": "HWB/26/01",
        "Five": "AUD/25/01",
    }
    assert db.execute("SELECT short_name FROM committees ORDER BY name").fetchall() == [
        ("AUD",),
        ("HWB",),
    ]
    assert find_action_id(db, "hwb/25/3") == find_action_id(db, "HWB/25/03*") == 3
    assert find_action_id(db, "4") == 4
    with pytest.raises(StoreError, match="there is no action HWB/25/09"):
        find_action_id(db, "HWB/25/9")
    with pytest.raises(StoreError, match="not an action reference"):
        find_action_id(db, "next week")


def test_a_solo_copy_shows_references_as_final(tmp_path):
    db = open_db(tmp_path / "clerk.db")
    import_minutes(db, "Health and Wellbeing Board", date(2025, 3, 4), ["One"])
    from clerk_tui.store.actions import get_action

    action = get_action(db, 1)
    assert (action["ref"], action["ref_provisional"]) == ("HWB/25/01", 0)
    db.execute("INSERT INTO settings (key, value) VALUES ('sync_server', 'postgresql://h/db')")
    assert get_action(db, 1)["ref_provisional"] == 1  # team mode: until the server confirms


def test_the_migration_numbers_stored_actions_oldest_meeting_first_and_sends_them(tmp_path):
    path = tmp_path / "old.db"
    apply_up_to(path, REFS_FROM - 1)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(
        """INSERT INTO committees (uuid, name) VALUES ('c-1', 'Audit and Governance Committee');
           INSERT INTO meetings (uuid, committee_id, date, text, content_hash)
               VALUES ('m-2', 1, '2024-06-01', 'later', 'h2'), ('m-1', 1, '2024-01-09', 'x', 'h1');
           INSERT INTO meetings (uuid, date, text, content_hash, created_at)
               VALUES ('m-3', NULL, 'undated', 'h3', '2023-05-01T10:00:00Z');
           INSERT INTO actions (uuid, meeting_id, text) VALUES ('a-1', 1, 'Later one'),
               ('a-2', 2, 'Earlier one'), ('a-3', 2, 'Earlier two'), ('a-4', 3, 'No committee');
           DELETE FROM sync_outbox;"""
    )
    conn.close()
    db = open_db(path)
    assert dict(db.execute("SELECT uuid, ref FROM actions").fetchall()) == {
        "a-2": "AGC/24/01",
        "a-3": "AGC/24/02",
        "a-1": "AGC/24/03",
        "a-4": "ACT/23/01",
    }
    sent = {
        (tbl, json.loads(fields).get("ref") or json.loads(fields).get("short_name"))
        for tbl, fields in db.execute("SELECT tbl, fields FROM sync_outbox")
    }
    assert ("committees", "AGC") in sent and ("actions", "AGC/24/01") in sent


def test_clerk_action_takes_a_reference(clerk, minutes_file):
    clerk("import", "--committee", HWB, "--date", "2024-03-12", str(minutes_file))
    listed = json.loads(clerk("actions", "--json").out)
    first = listed[0]
    assert first["ref"] == "RHWB/24/01"
    done = clerk("action", "rhwb/24/1", "--done")
    assert done.code == 0, done.err
    assert done.out.startswith("action RHWB/24/01: Complete")  # core.status words
    assert json.loads(clerk("action", str(first["id"])).out)["status"] == "done"
    assert "RHWB/24/01" in clerk("actions", "--status", "all").out
    missing = clerk("action", "RHWB/24/99", "--done")
    assert missing.code == 1 and missing.err == "clerk: there is no action RHWB/24/99\n"
