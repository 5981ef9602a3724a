"""One meeting, whoever imports it: the same minutes imported by two clerks offline become
one meeting after sync, their actions merged rather than doubled, each clerk's edits kept."""

from __future__ import annotations

from datetime import date

import psycopg

from clerk_tui.store import actions
from clerk_tui.sync import client

from .helpers import action, action_id, assert_all_equal, import_minutes

DAY = date(2025, 3, 4)


def live(db, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM {table} WHERE deleted = 0").fetchone()[0]


def test_two_clerks_importing_the_same_minutes_get_one_meeting(server_url, make_clerk):
    sam, alex = make_clerk("Sam"), make_clerk("Alex")
    import_minutes(sam, "Planning", DAY, ["Circulate the summary", "Book a room"])
    # Alex's copy of the minutes differs a little (a full stop), as a re-typed file would.
    import_minutes(alex, "Planning", DAY, ["Circulate the summary.", "Book a room"])
    actions.set_status(sam, action_id(sam, "Book a room"), "done", "booked")
    actions.set_due(alex, action_id(alex, "Circulate the summary."), date(2025, 7, 14))

    client.sync(sam, server_url)
    report = client.sync(alex, server_url)
    assert report.renumbered == 7  # meeting, item, 2 actions, 2 owners, follow-up
    client.sync(sam, server_url)
    client.sync(alex, server_url)

    state = assert_all_equal(server_url, sam, alex)
    assert client.conflicts(sam) == client.conflicts(alex) == []  # both began from the minutes
    assert sum(1 for (t, _), v in state.items() if t == "meetings" and not v["deleted"]) == 1
    for db in (sam, alex):
        assert (live(db, "meetings"), live(db, "actions"), live(db, "follow_ups")) == (1, 2, 1)
        assert live(db, "action_owners") == 2
        assert action(db, "Book a room")["status"] == "done"
        summary = db.execute("SELECT due, ref FROM actions WHERE text LIKE 'Circulate%'")
        assert summary.fetchall() == [("2025-07-14", "PLA/25/01")]
        notes = [
            (e["field"], e["note"])
            for e in actions.get_action(db, action_id(db, "Book a room"))["events"]
        ]
        assert ("status", "booked") in notes
    with psycopg.connect(server_url) as conn:
        assert conn.execute("SELECT count(*) FROM clerk_remaps").fetchone()[0] == 7
    # Alex's later edit of what was his row reaches the kept one.
    actions.add_note(alex, action_id(alex, "Book a room"), "room 4 booked")
    client.sync(alex, server_url)
    client.sync(sam, server_url)
    assert actions.get_action(sam, action_id(sam, "Book a room"))["latest_note"] == "room 4 booked"


def test_different_minutes_of_the_same_day_stay_two_meetings(server_url, make_clerk):
    sam, alex = make_clerk("Sam"), make_clerk("Alex")
    import_minutes(sam, "Planning", DAY, ["Circulate the summary", "Book a room"])
    import_minutes(alex, "Planning", DAY, ["Approve the budget for the new library wing"])
    for db in (sam, alex, sam):
        client.sync(db, server_url)
    assert_all_equal(server_url, sam, alex)
    for db in (sam, alex):
        assert (live(db, "meetings"), live(db, "actions")) == (2, 3)


def test_one_clerks_own_two_copies_of_a_meeting_stay_two(server_url, make_clerk):
    sam = make_clerk("Sam")
    import_minutes(sam, "Planning", DAY, ["Circulate the summary"])
    client.sync(sam, server_url)
    import_minutes(sam, "Planning", DAY, ["Circulate the summary"])  # stored again (forced)
    report = client.sync(sam, server_url)
    assert report.renumbered == 0
    assert live(sam, "meetings") == 2
    assert_all_equal(server_url, sam)
