"""The store: one transaction per import and per edit, paged filters, history, search, backup."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from clerk_tui.core.model import Action, FollowUp, Item, Meeting, ParsedMinutes, Person
from clerk_tui.store import StoreError, open_db
from clerk_tui.store import db as store_db
from clerk_tui.store.actions import (
    ActionFilter,
    add_note,
    count_actions,
    get_action,
    list_actions,
    set_due,
    set_owner,
    set_status,
)
from clerk_tui.store.db import backup
from clerk_tui.store.follow_ups import list_follow_ups, set_follow_up_status
from clerk_tui.store.meetings import DuplicateMinutes, get_meeting, list_meetings, save_parsed
from clerk_tui.store.search import search

TEXT = (
    "1. Budget\nJane Smith agreed to circulate the budget paper by 28 June.\n"
    "2. Estates\nThe Estates Director would report back on the depot sale in March.\n"
)


def parsed(committee: str = "Riverside Board", when: date = date(2024, 3, 12)) -> ParsedMinutes:
    return ParsedMinutes(
        meeting=Meeting(committee, when, "Board meeting"),
        items=[Item("1", "Budget", 0, 9), Item("2", "Estates", 71, 81, exempt=True)],
        actions=[
            Action(
                "Circulate the budget paper",
                "Jane Smith",
                date(2024, 6, 28),
                "by 28 June",
                0,
                10,
                70,
            ),
            Action(
                "Report back on the depot sale",
                "The Estates Director",
                None,
                "in March",
                1,
                82,
                150,
            ),
        ],
        follow_ups=[FollowUp("Depot sale report", "in March", date(2025, 3, 31), 1, 82, 150)],
        people=[Person("Jane Smith", None, [(10, 20)])],
    )


def test_save_parsed_stores_everything_with_links(db):
    stored = save_parsed(db, TEXT, parsed(), source="hwb.txt")
    meeting = get_meeting(db, stored.id)
    assert meeting["committee"] == "Riverside Board"
    assert meeting["date"] == "2024-03-12"
    assert meeting["text"] == TEXT
    assert [i["title"] for i in meeting["agenda_items"]] == ["Budget", "Estates"]
    first, second = meeting["actions"]
    assert (first["owner"], first["due"], first["due_text"]) == (
        "Jane Smith",
        "2024-06-28",
        "by 28 June",
    )
    assert TEXT[first["source_start"] : first["source_end"]].startswith("Jane Smith agreed")
    assert second["exempt"] == 1  # its item is exempt
    assert [o["owner"] for o in get_action(db, first["id"])["owners"]] == ["Jane Smith"]
    mentions = db.execute("SELECT kind, text FROM mentions").fetchall()
    assert sorted(mentions) == [
        ("owner", "Jane Smith"),
        ("owner", "The Estates Director"),
        ("person", "Jane Smith"),
    ]
    assert [e["field"] for e in get_action(db, first["id"])["events"]] == ["created"]


def test_same_minutes_twice_is_refused_naming_the_meeting_unless_forced(db):
    save_parsed(db, TEXT, parsed())
    with pytest.raises(DuplicateMinutes, match=r"meeting 1 \(Riverside Board, 2024-03-12\)"):
        save_parsed(db, TEXT, parsed())
    assert len(list_meetings(db)) == 1
    save_parsed(db, TEXT, parsed(), force=True)
    assert len(list_meetings(db)) == 2


def test_failed_import_leaves_nothing(db, monkeypatch):
    calls = {"n": 0}
    real_insert = store_db.insert

    def failing_insert(database, table, row):
        if table == "follow_ups":
            raise sqlite3.OperationalError("simulated failure")
        calls["n"] += 1
        return real_insert(database, table, row)

    monkeypatch.setattr("clerk_tui.store.meetings.insert", failing_insert)
    with pytest.raises(StoreError):
        save_parsed(db, TEXT, parsed())
    assert calls["n"] > 3  # it got well into the import before failing
    for table in ("meetings", "committees", "agenda_items", "actions", "action_events"):
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table


def test_edits_write_history_and_keep_original_due(db):
    save_parsed(db, TEXT, parsed())
    set_due(db, 1, date(2024, 7, 15), "by 15 July", note="author on leave")
    set_owner(db, 1, "Sam Patel")
    add_note(db, 1, "Draft circulated to chairs")
    set_status(db, 1, "done")
    action = get_action(db, 1)
    assert (action["status"], action["due"], action["original_due"]) == (
        "done",
        "2024-07-15",
        "2024-06-28",
    )
    assert action["owner"] == "Sam Patel"
    assert action["closed_at"]
    assert action["latest_note"] == "Draft circulated to chairs"
    history = [(e["field"], e["old_value"], e["new_value"]) for e in action["events"]]
    assert history == [
        ("created", None, "Circulate the budget paper"),
        ("due", "2024-06-28", "2024-07-15"),
        ("owner", "Jane Smith", "Sam Patel"),
        ("note", None, None),
        ("status", "open", "done"),
    ]
    set_status(db, 1, "open")
    assert get_action(db, 1)["closed_at"] is None


def test_edits_of_missing_action_or_bad_values_are_one_line_errors(db):
    with pytest.raises(StoreError, match="no action 42"):
        set_status(db, 42, "done")
    save_parsed(db, TEXT, parsed())
    with pytest.raises(StoreError, match="unknown status"):
        set_status(db, 1, "finished")
    with pytest.raises(StoreError, match="cannot be empty"):
        add_note(db, 1, "   ")
    with pytest.raises(StoreError, match="cannot be empty"):
        set_owner(db, 1, "")


def test_filters_and_paging(db):
    save_parsed(db, TEXT, parsed())
    save_parsed(db, TEXT + " ", parsed("Adults Scrutiny", date(2024, 4, 2)))
    today = date(2024, 7, 1)
    assert count_actions(db, ActionFilter(today=today)) == 4
    assert [
        a["committee"] for a in list_actions(db, ActionFilter(committee="adults scrutiny"))
    ] == ["Adults Scrutiny"] * 2
    overdue = list_actions(db, ActionFilter(overdue=True, today=today))
    assert [(a["id"], a["due"]) for a in overdue] == [(1, "2024-06-28"), (3, "2024-06-28")]
    assert [a["id"] for a in list_actions(db, ActionFilter(text="depot scrutiny"))] == [4]
    assert [a["id"] for a in list_actions(db, ActionFilter(owner="estates"))] == [2, 4]
    assert [a["id"] for a in list_actions(db, limit=2, offset=1)] == [2, 3]
    assert count_actions(db, ActionFilter(include_exempt=False)) == 2
    set_status(db, 1, "done")
    assert count_actions(db) == 3
    assert [a["id"] for a in list_actions(db, ActionFilter(status="done"))] == [1]
    assert count_actions(db, ActionFilter(status="all")) == 4


def test_follow_ups_list_and_status(db):
    save_parsed(db, TEXT, parsed())
    rows = list_follow_ups(db, committee="Riverside Board")
    assert [(r["text"], r["when_text"], r["due"]) for r in rows] == [
        ("Depot sale report", "in March", "2025-03-31")
    ]
    set_follow_up_status(db, rows[0]["id"], "done")
    assert list_follow_ups(db) == []
    with pytest.raises(StoreError, match="no follow-up"):
        set_follow_up_status(db, 99, "done")


def test_search_finds_minutes_and_actions_and_ignores_query_syntax(db):
    save_parsed(db, TEXT, parsed())
    kinds = {(hit["kind"], hit["id"]) for hit in search(db, "depot")}
    assert kinds == {("meeting", 1), ("action", 2), ("follow-up", 1)}
    assert search(db, 'depot" OR (NEAR AND') == []  # every word must appear; no FTS error
    assert search(db, "***") == []


def test_backup_is_a_consistent_copy(db, tmp_path):
    save_parsed(db, TEXT, parsed())
    target = backup(db, tmp_path / "copies" / "backup.db")
    copy = open_db(target)
    assert copy.execute("SELECT count(*) FROM actions").fetchone()[0] == 2
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not (tmp_path / "copies" / "backup.db.partial").exists()


def test_backup_to_unwritable_place_is_a_one_line_error(db, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot write backup"):
        backup(db, blocker / "sub" / "backup.db")


def test_locked_database_waits_then_says_so(db_path, monkeypatch):
    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_SECONDS", 0.3)
    open_db(db_path).close()
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        db = open_db(db_path)
        with pytest.raises(StoreError, match="locked by another program"):
            save_parsed(db, TEXT, parsed())
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert list_meetings(open_db(db_path)) == []


def test_full_disk_is_a_one_line_error_and_saves_nothing(db):
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + 1}")
    big = TEXT + "x" * 200_000
    with pytest.raises(StoreError, match="full"):
        save_parsed(db, big, parsed())
    assert db.execute("SELECT count(*) FROM meetings").fetchone()[0] == 0
