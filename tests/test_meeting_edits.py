"""Meetings are never stored without a committee or a date; a meeting's committee, date and
title can be corrected, and a meeting deleted with what was read from it (tombstones that
team sync carries); the sample minutes can be removed again. Through the CLI and the store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clerk_tui.services.samples import sample_folder
from clerk_tui.store import open_db

UNNAMED = """\
Notes of the meeting

Held on 5th August 2019

1. Allotments
Tom Whitley to send the allotment survey to all members by 30 September 2019.
"""
"""Minutes whose text names no committee (the date is read)."""


@pytest.fixture
def unnamed(tmp_path: Path) -> Path:
    path = tmp_path / "allotments.txt"
    path.write_text(UNNAMED, encoding="utf-8")
    return path


def outbox(db_path: Path, table: str) -> list[dict[str, object]]:
    db = open_db(db_path)
    try:
        return [
            json.loads(row[0])
            for row in db.execute("SELECT fields FROM sync_outbox WHERE tbl = ?", [table])
        ]
    finally:
        db.close()


def test_import_refuses_minutes_that_name_no_committee_and_stores_nothing(clerk, unnamed):
    run = clerk("import", str(unnamed))
    assert run.code == 1
    assert run.err == (
        f"clerk: {unnamed}: the minutes name no committee: nothing stored (give --committee NAME)\n"
    )
    assert json.loads(clerk("meetings", "--json").out) == []
    given = clerk("import", "--committee", "Allotments Committee", str(unnamed))
    assert given.code == 0, given.err
    assert "stored meeting 1 (Allotments Committee, 2019-08-05): 1 action (ALL/19/01)," in given.out


def test_import_at_a_terminal_asks_for_what_is_missing(clerk, unnamed, monkeypatch):
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    answers = iter(["Allotments Committee"])
    asked: list[str] = []

    def answer(prompt: str) -> str:
        asked.append(prompt)
        return next(answers)

    monkeypatch.setattr("builtins.input", answer)
    run = clerk("import", str(unnamed))
    assert run.code == 0, run.err
    assert asked == ["allotments.txt names no committee. The committee (as the clerk calls it): "]
    (meeting,) = json.loads(clerk("meetings", "--json").out)
    assert (meeting["committee"], meeting["date"]) == ("Allotments Committee", "2019-08-05")


def test_a_meeting_is_corrected_and_its_references_follow(clerk, unnamed):
    clerk("import", "--committee", "Allotments Committee", str(unnamed))
    (action,) = json.loads(clerk("actions", "--json").out)
    assert action["ref"] == "ALL/19/01"
    run = clerk(
        "meeting", "1", "--committee", "Riverside Parish Council", "--date", "2019-08-06",
        "--title", "Allotments meeting",
    )  # fmt: skip
    assert run.code == 0, run.err
    assert run.out == "meeting 1: Riverside Parish Council, 2019-08-06, Allotments meeting\n"
    (meeting,) = json.loads(clerk("meetings", "--json").out)
    assert (meeting["committee"], meeting["date"], meeting["title"]) == (
        "Riverside Parish Council",
        "2019-08-06",
        "Allotments meeting",
    )
    (action,) = json.loads(clerk("actions", "--json").out)
    assert (action["ref"], action["committee"]) == ("RPC/19/01", "Riverside Parish Council")
    assert clerk("meeting", "1", "--committee", " ").err == "clerk: a meeting needs a committee\n"
    assert clerk("meeting", "9", "--title", "x").err == "clerk: there is no meeting 9\n"


def test_deleting_a_meeting_names_what_goes_and_leaves_tombstones(clerk, unnamed, db_path):
    clerk("import", "--committee", "Allotments Committee", str(unnamed))
    asked = clerk("meeting", "1", "--delete")  # no terminal to answer: not deleted
    assert asked.code == 1
    assert asked.out == (
        "not deleted: meeting 1 (Allotments Committee, 2019-08-05) with 1 action (1 open), "
        "0 follow-ups and 0 decisions (add --yes to delete without asking)\n"
    )
    assert len(json.loads(clerk("meetings", "--json").out)) == 1
    run = clerk("meeting", "1", "--delete", "--yes")
    assert run.code == 0, run.err
    assert run.out.startswith("deleted meeting 1 (Allotments Committee, 2019-08-05) with 1 action")
    assert json.loads(clerk("meetings", "--json").out) == []
    assert json.loads(clerk("actions", "--status", "all", "--json").out) == []
    assert clerk("search", "allotment").out.count("\n") == 1  # the header alone
    assert {"deleted": 1} in [{k: v for k, v in f.items() if k == "deleted"} for f in outbox(
        db_path, "meetings"
    )]  # fmt: skip
    assert any(fields.get("deleted") == 1 for fields in outbox(db_path, "actions"))


def test_the_samples_are_loaded_and_removed_and_the_clerks_own_minutes_stay(
    clerk, unnamed, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    clerk("import", "--committee", "Allotments Committee", str(unnamed))
    loaded = clerk("samples")
    assert loaded.code == 0, loaded.err
    assert "remove them with: clerk samples --remove" in loaded.out
    samples = len(list(sample_folder().glob("*.txt")))
    assert len(json.loads(clerk("meetings", "--json").out)) == 1 + samples
    removed = clerk("samples", "--remove")
    assert removed.code == 0, removed.err
    assert removed.out.startswith(f"removed {samples} sample meetings with ")
    (left,) = json.loads(clerk("meetings", "--json").out)
    assert left["committee"] == "Allotments Committee"
    people = clerk("people", "list").out
    assert "Riverside Health and Wellbeing Board" not in people
    assert clerk("export", "--committee", "Riverside Health and Wellbeing Board").code == 1
    again = clerk("samples")  # and they can be loaded again
    assert len(json.loads(clerk("meetings", "--json").out)) == 1 + samples, again.err
