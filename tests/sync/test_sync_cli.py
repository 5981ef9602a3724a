"""`clerk server init`, `clerk sync` and `clerk conflicts` from the command line."""

from __future__ import annotations

import json
import time
from datetime import date

from clerk_tui import cli
from clerk_tui.store import actions, open_db
from clerk_tui.sync.devserver import create_database

from .helpers import action_id, import_minutes


def run(capsys, *args):
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_server_init_then_two_clerks_sync_and_see_the_clash(pg_socket_dir, tmp_path, capsys):
    url = create_database(pg_socket_dir, "clerk_cli_test")
    sam_db, alex_db = str(tmp_path / "sam.db"), str(tmp_path / "alex.db")

    assert run(capsys, "server", "init", url)[:2] == (0, f"sync server ready at {url}\n")
    assert run(capsys, "server", "init", url)[0] == 0  # twice is harmless

    sam = open_db(sam_db)
    import_minutes(sam, "Planning", date(2025, 3, 4), ["Circulate the summary"])
    code, out, _ = run(capsys, "--db", sam_db, "sync", "--server", url, "--name", "Sam")
    assert (code, out) == (0, "synced: sent 7 changes, received 0\n")
    code, out, _ = run(capsys, "--db", alex_db, "sync", "--server", url, "--name", "Alex")
    assert (code, out) == (0, "synced: sent 0 changes, received 7\n")

    alex = open_db(alex_db)
    actions.set_due(sam, action_id(sam, "Circulate the summary"), date(2025, 6, 30))
    time.sleep(0.005)
    actions.set_due(alex, action_id(alex, "Circulate the summary"), date(2025, 7, 14))
    assert run(capsys, "--db", alex_db, "sync")[:2] == (0, "synced: sent 2 changes, received 0\n")
    code, out, _ = run(capsys, "--db", sam_db, "sync")  # the saved server
    assert (code, out) == (
        0,
        "synced: sent 2 changes, received 2, 1 conflict\nsee them with: clerk conflicts\n",
    )

    code, out, _ = run(capsys, "--db", sam_db, "conflicts")
    assert code == 0
    assert (
        "Sam's due date 30 June 2025 was replaced by 14 July 2025 (Alex, action PLA/25/01: " in out
    )
    code, out, _ = run(capsys, "--db", sam_db, "conflicts", "--json")
    [entry] = json.loads(out)
    assert (entry["field"], entry["loser_value"], entry["winner_value"]) == (
        "due",
        "2025-06-30",
        "2025-07-14",
    )
    assert (entry["loser_clerk"], entry["winner_clerk"]) == ("Sam", "Alex")


def test_sync_offline_is_one_line_and_exit_1(tmp_path, capsys):
    db_path = str(tmp_path / "sam.db")
    url = f"postgresql://postgres@/nowhere?host={tmp_path}"
    code, out, err = run(capsys, "--db", db_path, "sync", "--server", url)
    assert (code, out) == (1, "")
    assert err.count("\n") == 1
    assert err.startswith("clerk: cannot reach the sync server ")
    assert err.endswith("never synced\n")


def test_sync_without_a_server_says_how(tmp_path, capsys):
    code, _, err = run(capsys, "--db", str(tmp_path / "sam.db"), "sync")
    assert (code, err) == (
        1,
        "clerk: no sync server set; run: clerk sync --server URL\n",
    )


def test_conflicts_when_there_are_none(tmp_path, capsys):
    assert run(capsys, "--db", str(tmp_path / "sam.db"), "conflicts", "--json")[:2] == (0, "[]\n")
