"""Team sync against a real PostgreSQL server: merge, clashes, deletes, replays, clocks."""

from __future__ import annotations

import json
import time
from datetime import date

import psycopg
import pytest

from clerk_tui.store import actions
from clerk_tui.sync import client, server
from clerk_tui.sync.devserver import database_url
from clerk_tui.sync.server import Edit, SyncError

from .helpers import action, action_id, assert_all_equal, import_minutes, server_state

HOUR_MS = 3_600_000


@pytest.mark.parametrize("first", ["sam", "alex"])
def test_two_clerks_edit_offline_then_sync_in_either_order_and_agree(server_url, make_clerk, first):
    sam, alex = make_clerk("Sam"), make_clerk("Alex")
    import_minutes(sam, "Planning", date(2025, 3, 4), ["Circulate the summary", "Book a room"])
    import_minutes(alex, "Planning", date(2025, 3, 11), ["Write to the ICB"])
    import_minutes(alex, "Audit", date(2025, 3, 12), ["Review the risk register"])
    actions.set_status(sam, action_id(sam, "Book a room"), "done", "booked")
    actions.set_due(alex, action_id(alex, "Write to the ICB"), date(2025, 7, 14))
    order = [sam, alex] if first == "sam" else [alex, sam]

    for db in order + order:
        client.sync(db, server_url)

    state = assert_all_equal(server_url, sam, alex)
    # One Planning committee, not two: committees are keyed by name.
    assert sorted(v["name"] for (t, _), v in state.items() if t == "committees") == [
        "Audit",
        "Planning",
    ]
    for db in (sam, alex):
        assert action(db, "Book a room")["status"] == "done"
        assert action(db, "Write to the ICB")["due"] == "2025-07-14"
        assert db.execute("SELECT count(*) FROM meetings").fetchone()[0] == 3
        assert db.execute("SELECT count(*) FROM sync_outbox").fetchone()[0] == 0
        assert client.conflicts(db) == []
    notes = [e["note"] for e in actions.get_action(alex, action_id(alex, "Book a room"))["events"]]
    assert notes == [None, "booked"]


def test_different_fields_of_one_action_both_survive(server_url, make_clerk):
    sam, alex = make_clerk("Sam"), make_clerk("Alex")
    import_minutes(sam, "Planning", date(2025, 3, 4), ["Circulate the summary"])
    client.sync(sam, server_url)
    client.sync(alex, server_url)
    actions.set_status(sam, action_id(sam, "Circulate the summary"), "done")
    actions.set_due(alex, action_id(alex, "Circulate the summary"), date(2025, 7, 14))
    for db in (sam, alex, sam):
        client.sync(db, server_url)
    assert_all_equal(server_url, sam, alex)
    for db in (sam, alex):
        row = action(db, "Circulate the summary")
        assert (row["status"], row["due"]) == ("done", "2025-07-14")
        assert client.conflicts(db) == []


def test_same_field_clash_keeps_the_later_edit_and_logs_the_lost_one(server_url, make_clerk):
    sam, alex = make_clerk("Sam"), make_clerk("Alex")
    import_minutes(sam, "Planning", date(2025, 3, 4), ["Circulate the summary"])
    client.sync(sam, server_url)
    client.sync(alex, server_url)
    actions.set_due(sam, action_id(sam, "Circulate the summary"), date(2025, 6, 30))
    time.sleep(0.005)  # a later stamp for Alex, not a tie settled by clerk id
    actions.set_due(alex, action_id(alex, "Circulate the summary"), date(2025, 7, 14))
    report = client.sync(alex, server_url)
    assert report.conflicts == 0
    report = client.sync(sam, server_url)
    assert (report.conflicts, report.pulled) == (1, 2)  # Alex's due date and history row
    client.sync(alex, server_url)

    assert_all_equal(server_url, sam, alex)
    for db in (sam, alex):
        assert action(db, "Circulate the summary")["due"] == "2025-07-14"
        [clash] = client.conflicts(db)
        assert (clash.field, clash.loser_value, clash.winner_value) == (
            "due",
            "2025-06-30",
            "2025-07-14",
        )
        assert clash.message.startswith(
            "Sam's due date 30 June 2025 was replaced by 14 July 2025 (Alex, action PLA/25/01"
        )
        assert clash.message.endswith(": Circulate the summary)")


def test_an_edit_made_after_seeing_the_other_value_is_no_clash(server_url, make_clerk):
    sam, alex = make_clerk("Sam"), make_clerk("Alex")
    import_minutes(sam, "Planning", date(2025, 3, 4), ["Circulate the summary"])
    actions.set_due(sam, action_id(sam, "Circulate the summary"), date(2025, 6, 30))
    client.sync(sam, server_url)
    client.sync(alex, server_url)
    actions.set_due(alex, action_id(alex, "Circulate the summary"), date(2025, 7, 14))
    client.sync(alex, server_url)
    client.sync(sam, server_url)
    assert action(sam, "Circulate the summary")["due"] == "2025-07-14"
    assert client.conflicts(sam) == client.conflicts(alex) == []


def test_delete_against_a_concurrent_edit_stays_deleted_everywhere(server_url, make_clerk):
    sam, alex = make_clerk("Sam"), make_clerk("Alex")
    import_minutes(sam, "Planning", date(2025, 3, 4), ["Circulate the summary", "Book a room"])
    client.sync(sam, server_url)
    client.sync(alex, server_url)
    sam.execute("UPDATE actions SET deleted = 1 WHERE text = 'Book a room'")
    actions.set_due(alex, action_id(alex, "Book a room"), date(2025, 9, 1), note="moved")
    for db in (alex, sam, alex):
        client.sync(db, server_url)
    assert_all_equal(server_url, sam, alex)
    for db in (sam, alex):
        assert (action(db, "Book a room")["deleted"], action(db, "Book a room")["due"]) == (
            1,
            "2025-09-01",
        )
        open_texts = [a["text"] for a in actions.list_actions(db)]
        assert open_texts == ["Circulate the summary"]


def test_a_row_removed_outright_is_a_tombstone_for_the_others(server_url, make_clerk):
    sam, alex = make_clerk("Sam"), make_clerk("Alex")
    import_minutes(sam, "Planning", date(2025, 3, 4), ["Circulate the summary"])
    client.sync(sam, server_url)
    client.sync(alex, server_url)
    sam.execute("DELETE FROM follow_ups")
    client.sync(sam, server_url)
    client.sync(alex, server_url)
    assert alex.execute("SELECT deleted FROM follow_ups").fetchall() == [(1,)]


def test_a_replayed_push_changes_nothing(server_url, make_clerk):
    sam = make_clerk("Sam")
    import_minutes(sam, "Planning", date(2025, 3, 4), ["Circulate the summary"])
    actions.set_due(sam, action_id(sam, "Circulate the summary"), date(2025, 7, 14))
    rows = sam.execute("SELECT tbl, row_uuid, hlc, fields, prevs FROM sync_outbox").fetchall()
    edits = [Edit(t, u, h, json.loads(f), json.loads(p) if p else None) for t, u, h, f, p in rows]
    clerk_id = sam.execute("SELECT clerk_id FROM sync_state").fetchone()[0]
    with psycopg.connect(server_url) as conn:
        first = server.push(conn, edits, clerk_id, "Sam")
        log_after_first = conn.execute("SELECT seq, hlc FROM clerk_log ORDER BY seq").fetchall()
        state_after_first = server.server_rows(conn)
        second = server.push(conn, edits, clerk_id, "Sam")
        assert conn.execute("SELECT seq, hlc FROM clerk_log ORDER BY seq").fetchall() == (
            log_after_first
        )
        assert server.server_rows(conn) == state_after_first
        assert conn.execute("SELECT count(*) FROM clerk_conflicts").fetchone()[0] == 0
    assert (first.applied, first.duplicates) == (len(edits), 0)
    assert (second.applied, second.duplicates) == (0, len(edits))
    # The clerk's own sync then sends them again (as after a crash) and nothing changes.
    report = client.sync(sam, server_url)
    assert (report.pushed, report.duplicates) == (0, len(edits))
    assert_all_equal(server_url, sam)


def test_a_clock_two_hours_fast_wins_only_until_its_edit_is_seen(server_url, make_clerk):
    sam, alex = make_clerk("Sam"), make_clerk("Alex")
    import_minutes(sam, "Planning", date(2025, 3, 4), ["Circulate the summary"])
    client.sync(sam, server_url)
    client.sync(alex, server_url)
    # Sam's laptop clock runs two hours fast: his next stamp is two hours ahead.
    sam.execute("UPDATE sync_state SET hlc_wall = hlc_wall + ?", [2 * HOUR_MS])
    actions.set_due(sam, action_id(sam, "Circulate the summary"), date(2025, 6, 30))
    client.sync(sam, server_url)
    client.sync(alex, server_url)
    assert action(alex, "Circulate the summary")["due"] == "2025-06-30"
    # Alex's real clock is behind Sam's stamp, yet her later edit wins: her clock moved past
    # the stamp she received.
    actions.set_due(alex, action_id(alex, "Circulate the summary"), date(2025, 7, 14))
    client.sync(alex, server_url)
    client.sync(sam, server_url)
    for db in (sam, alex):
        assert action(db, "Circulate the summary")["due"] == "2025-07-14"
    assert client.conflicts(sam) == []
    assert_all_equal(server_url, sam, alex)


def test_a_sync_broken_between_push_and_pull_resumes(server_url, make_clerk, monkeypatch):
    sam, alex = make_clerk("Sam"), make_clerk("Alex")
    import_minutes(alex, "Audit", date(2025, 3, 12), ["Review the risk register"])
    client.sync(alex, server_url)
    import_minutes(sam, "Planning", date(2025, 3, 4), ["Circulate the summary"])

    def broken_pull(conn, cursor):
        raise psycopg.OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(server, "pull", broken_pull)
    with pytest.raises(SyncError, match="stopped .*server closed the connection.*nothing local"):
        client.sync(sam, server_url)
    monkeypatch.undo()
    # Sam's edits reached the server and left his outbox; he has not got Alex's yet.
    assert sam.execute("SELECT count(*) FROM sync_outbox").fetchone()[0] == 0
    assert sam.execute("SELECT cursor FROM sync_state").fetchone()[0] == 0
    assert sam.execute("SELECT count(*) FROM meetings").fetchone()[0] == 1
    client.sync(sam, server_url)
    client.sync(alex, server_url)
    assert_all_equal(server_url, sam, alex)


def test_a_failure_while_applying_rolls_the_whole_pull_back(server_url, make_clerk, monkeypatch):
    sam, alex = make_clerk("Sam"), make_clerk("Alex")
    import_minutes(alex, "Audit", date(2025, 3, 12), ["Review the risk register", "Audit plan"])
    client.sync(alex, server_url)
    calls = []
    real_apply = client._Applier.apply

    def apply_then_fail(self, edit):
        calls.append(edit)
        if len(calls) == 5:
            raise RuntimeError("power cut")
        real_apply(self, edit)

    monkeypatch.setattr(client._Applier, "apply", apply_then_fail)
    with pytest.raises(RuntimeError, match="power cut"):
        client.sync(sam, server_url)
    monkeypatch.undo()
    assert sam.execute("SELECT count(*) FROM meetings").fetchone()[0] == 0
    assert sam.execute("SELECT cursor, applying FROM sync_state").fetchone() == (0, 0)
    assert sam.execute("SELECT count(*) FROM sync_outbox").fetchone()[0] == 0
    client.sync(sam, server_url)
    assert_all_equal(server_url, sam, alex)


def test_offline_is_one_line_and_keeps_everything(make_clerk, tmp_path):
    sam = make_clerk("Sam")
    import_minutes(sam, "Planning", date(2025, 3, 4), ["Circulate the summary"])
    pending = sam.execute("SELECT count(*) FROM sync_outbox").fetchone()[0]
    url = f"postgresql://postgres:secret@/nowhere?host={tmp_path}"
    with pytest.raises(SyncError) as caught:
        client.sync(sam, url)
    message = str(caught.value)
    assert "\n" not in message and "secret" not in message
    assert message.startswith("cannot reach the sync server postgresql://postgres@/nowhere")
    assert message.endswith(f"never synced; {pending} changes waiting to be sent")
    assert sam.execute("SELECT count(*) FROM sync_outbox").fetchone()[0] == pending
    assert client.saved_server(sam) is None


def test_no_server_set_says_how_to_set_one(make_clerk):
    with pytest.raises(SyncError, match="no sync server set; run: clerk sync --server URL"):
        client.sync(make_clerk("Sam"))


def test_an_uninitialised_server_is_refused(pg_socket_dir, make_clerk):
    url = database_url(pg_socket_dir, "postgres")
    with pytest.raises(SyncError, match="not a clerk sync server yet; run: clerk server init"):
        client.sync(make_clerk("Sam"), url)


def test_the_url_is_saved_and_status_reports_the_last_sync(server_url, make_clerk):
    sam = make_clerk("Sam")
    assert str(client.status(sam)) == "never synced"
    report = client.sync(sam, server_url)
    assert client.saved_server(sam) == server_url
    import_minutes(sam, "Planning", date(2025, 3, 4), ["Circulate the summary"])
    status = client.status(sam)
    assert status.last_synced_at is not None
    assert status.last_synced_at.isoformat() == report.synced_at.replace("Z", "+00:00")
    assert str(status).startswith("not synced since ")
    assert str(status).endswith("; 7 changes waiting to be sent")
    assert client.sync(sam).pushed == 7  # the saved server


def test_pulled_edits_are_not_sent_back(server_url, make_clerk):
    sam, alex = make_clerk("Sam"), make_clerk("Alex")
    import_minutes(sam, "Planning", date(2025, 3, 4), ["Circulate the summary"])
    client.sync(sam, server_url)
    report = client.sync(alex, server_url)
    assert report.pulled == 7
    assert alex.execute("SELECT count(*) FROM sync_outbox").fetchone()[0] == 0
    assert client.sync(alex, server_url).pushed == 0
    # And search works on what was pulled.
    from clerk_tui.store.search import search

    found = {(r["kind"], r["id"]) for r in search(alex, "summary")}
    assert ("action", action_id(alex, "Circulate the summary")) in found


def test_server_state_is_what_every_clerk_converges_to(server_url, make_clerk):
    sam = make_clerk("Sam")
    import_minutes(sam, "Planning", date(2025, 3, 4), ["Circulate the summary"])
    client.sync(sam, server_url)
    state = server_state(server_url)
    [(key, row)] = [(k, v) for k, v in state.items() if k[0] == "actions"]
    assert (row["text"], row["due"], row["status"]) == (
        "Circulate the summary",
        "2025-05-31",
        "open",
    )


def test_committee_seats_and_refused_matches_reach_the_other_clerk(server_url, make_clerk):
    from clerk_tui.store.db import transaction
    from clerk_tui.store.membership import refuse
    from clerk_tui.store.people import add_member, add_person, list_people, match_text

    sam, alex = make_clerk("Sam"), make_clerk("Alex")
    steve = add_person(sam, "Steve Fisher")
    add_member(sam, steve, "ICAT Steering Group", initials="SF")
    committee_id = sam.execute("SELECT id FROM committees").fetchone()[0]
    with transaction(sam):  # a refusal, as undo_match records it
        refuse(sam, steve, committee_id, "Steve")
    client.sync(sam, server_url)
    client.sync(alex, server_url)

    assert_all_equal(server_url, sam, alex)
    (person,) = list_people(alex)
    assert person["committees"] == [
        {"committee": "ICAT Steering Group", "initials": "SF", "origin": "clerk"}
    ]
    assert match_text(alex, "SF", committee="ICAT Steering Group").person == "Steve Fisher"
    assert match_text(alex, "Steve", committee="ICAT Steering Group").status == "ambiguous"
