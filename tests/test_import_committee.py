"""Minutes that name no committee ("## Plenum 2019-01-16", a team's notes): `clerk import`
and the paste screen go through one service behaviour. The clerk's own --committee (or
the field) first, else the minutes' own; else nothing is stored and the committee the clerk
stored minutes under last is offered, never applied unasked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clerk_tui.services.imports import ImportRequest, MissingDetails, import_minutes
from clerk_tui.store import open_db
from clerk_tui.tui.screens.paste import missing_text

PLENUM = """\
## Plenum 2025-04-08 Agenda/Minutes

- Keys: Sunil to cut two more sets of keys by Friday.
- Kitchen: everyone to wash their own mugs.
"""
NAMED = """\
# Riverside Makerspace Board monthly meeting, March 11, 2025

- Laser cutter: Hana to book the service visit this month.
"""


@pytest.fixture
def plenum(tmp_path: Path) -> Path:
    path = tmp_path / "plenum.md"
    path.write_text(PLENUM, encoding="utf-8")
    return path


@pytest.fixture
def named(tmp_path: Path) -> Path:
    path = tmp_path / "board.md"
    path.write_text(NAMED, encoding="utf-8")
    return path


def test_minutes_that_name_their_committee_are_stored_under_it(clerk, named):
    run = clerk("import", str(named))
    assert run.code == 0, run.err
    assert "(Riverside Makerspace Board, 2025-03-11)" in run.out


def test_no_committee_anywhere_stores_nothing_and_says_what_to_give(clerk, plenum):
    run = clerk("import", str(plenum))
    assert run.code == 1
    assert run.err == (
        f"clerk: {plenum}: the minutes name no committee: nothing stored (give --committee NAME)\n"
    )
    assert json.loads(clerk("meetings", "--json").out) == []


def test_the_committee_stored_last_is_offered_not_applied(clerk, plenum, named):
    clerk("import", str(named))
    run = clerk("import", str(plenum))
    assert run.code == 1
    assert run.err == (
        f"clerk: {plenum}: the minutes name no committee: nothing stored "
        "(give --committee NAME; the last was 'Riverside Makerspace Board')\n"
    )
    assert len(json.loads(clerk("meetings", "--json").out)) == 1
    given = clerk("import", "--committee", "Riverside Makerspace", str(plenum))
    assert "(Riverside Makerspace, 2025-04-08)" in given.out


def test_at_a_terminal_an_empty_answer_takes_the_committee_offered(
    clerk, plenum, named, monkeypatch
):
    clerk("import", str(named))
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    asked: list[str] = []

    def answer(prompt: str) -> str:
        asked.append(prompt)
        return ""

    monkeypatch.setattr("builtins.input", answer)
    run = clerk("import", str(plenum))
    assert run.code == 0, run.err
    assert asked == [
        "plenum.md names no committee. The committee (as the clerk calls it) "
        "[Riverside Makerspace Board]: "
    ]
    assert "(Riverside Makerspace Board, 2025-04-08)" in run.out


def test_the_service_and_the_paste_screen_say_the_same(db_path, named):
    db = open_db(db_path)
    with pytest.raises(MissingDetails) as empty:
        import_minutes(db, ImportRequest(PLENUM))
    assert empty.value.last_committee is None
    import_minutes(db, ImportRequest(NAMED))
    with pytest.raises(MissingDetails) as offered:
        import_minutes(db, ImportRequest(PLENUM))
    assert offered.value.last_committee == "Riverside Makerspace Board"
    assert missing_text(("committee",), offered.value.last_committee) == (
        "These minutes name no committee: type it above (the last was Riverside Makerspace "
        "Board), then ctrl+s stores them."
    )
