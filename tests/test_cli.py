"""Every `clerk` command's happy and error paths, as a clerk or a script would run them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import MINUTES

COMMITTEE = "Riverside Health and Wellbeing Board"
SAMPLES = Path(__file__).resolve().parents[1] / "sample_minutes"


def one_line(text: str) -> bool:
    return len(text.strip().splitlines()) == 1 and "Traceback" not in text


def test_import_then_actions_lists_that_meetings_actions(clerk, minutes_file):
    run = clerk("import", "--committee", COMMITTEE, "--date", "2024-03-12", str(minutes_file))
    assert run.code == 0, run.err
    assert "stored meeting 1" in run.out
    listed = clerk("actions", "--json")
    actions = json.loads(listed.out)
    assert actions, "the minutes hold actions"
    first = actions[0]
    assert {
        "id",
        "text",
        "owner",
        "person",
        "due",
        "status",
        "committee",
        "meeting_date",
        "item",
    } <= set(first)
    assert first["committee"] == COMMITTEE
    assert first["meeting_date"] == "2024-03-12"
    assert any("Natarajan" in (a["owner"] or "") for a in actions)
    table = clerk("actions")
    assert "Natarajan" in table.out and "ACTION" in table.out.splitlines()[0]


LONG_TASK = (
    "Dr Priya Natarajan agreed to write to every GP practice in the borough about the winter "
    "vaccination programme and the changes to the pharmacy rota by 28 June."
)


def test_actions_table_fits_100_columns_with_dates_and_phrases_apart(
    clerk, minutes_file, monkeypatch
):
    minutes_file.write_text(minutes_file.read_text() + LONG_TASK + "\n", encoding="utf-8")
    clerk("import", "--committee", COMMITTEE, "--date", "2024-03-12", str(minutes_file))
    monkeypatch.setenv("COLUMNS", "100")
    lines = clerk("actions").out.splitlines()
    header = lines[0].split()
    assert header[:4] == ["REF", "ACTION", "OWNER", "DUE"] and "MINUTED" in header
    assert max(len(line) for line in lines) <= 100
    due_at, phrase_at = lines[0].index("DUE"), lines[0].index("AS MINUTED")
    first = lines[1]
    assert first[due_at:].startswith("2024-06-28") and first[phrase_at:].startswith("by 28 June")
    assert "Overdue" in first  # the app's words, not the stored 'open'
    listed = json.loads(clerk("actions", "--json").out)
    long = next(a for a in listed if "vaccination" in a["text"])
    assert "pharmacy rota" in long["text"] and long["status_words"] == "Overdue"
    # The long task wraps inside its column: its last words are on a line of their own.
    assert any(line.startswith(" ") and "rota" in line for line in lines)


def test_a_due_date_with_two_readings_says_which_it_took(clerk, minutes_file):
    from datetime import date, timedelta

    clerk("import", "--committee", COMMITTEE, "--date", "2024-03-12", str(minutes_file))
    run = clerk("action", "1", "--due", "next Friday")
    assert run.code == 0, run.err
    today = date.today()
    stored = json.loads(clerk("action", "1").out)
    assert stored["due_text"] == "by 28 June"  # the minutes' words stay; the date is stored
    next_monday = today + timedelta(days=7 - today.weekday())
    assert stored["due"] == (next_monday + timedelta(days=4)).isoformat()  # next week's Friday
    if today.weekday() >= 4:  # Friday to Sunday: this week's Friday is not ahead
        assert "for this week's" not in run.out
    else:
        this_week = today + timedelta(days=4 - today.weekday())
        assert f"for this week's Friday, give {this_week.isoformat()}" in run.out


def test_import_every_sample_file(clerk):
    files = sorted(SAMPLES.glob("*.txt"))
    if not files:
        pytest.skip("no sample_minutes yet")
    run = clerk("import", *map(str, files))
    refused = [line.split(": ")[1] for line in run.err.splitlines()]
    assert run.code == (1 if refused else 0)
    assert run.out.count("stored meeting") == len(files) - len(refused)
    for line in run.err.splitlines():  # a report, a fragment: they name no committee or date
        assert "the minutes name no" in line and "nothing stored (give --" in line
    for day, name in enumerate(refused, 1):
        when = f"2023-06-{day:02}"
        given = clerk("import", "--committee", "Board", "--date", when, name)
        assert given.code == 0, given.err
        assert "stored meeting" in given.out and f"(Board, {when})" in given.out


def test_duplicate_import_is_refused_naming_the_meeting_and_force_stores_again(clerk, minutes_file):
    clerk("import", "--committee", COMMITTEE, str(minutes_file))
    again = clerk("import", str(minutes_file))
    assert again.code == 1
    assert "already stored as meeting 1" in again.err and one_line(again.err)
    forced = clerk("import", "--force", str(minutes_file))
    assert forced.code == 0 and "stored meeting 2" in forced.out


def test_import_of_several_files_stores_the_good_ones_and_reports_the_bad(clerk, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(MINUTES)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    run = clerk("import", str(empty), str(good), str(tmp_path / "missing.txt"))
    assert run.code == 1
    assert "empty.txt is empty" in run.err
    assert "missing.txt: no such file" in run.err
    assert "Traceback" not in run.err
    assert "stored meeting 1" in run.out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"   \n\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        (b"%PDF-1.7\n" + b"x" * 100, "is damaged or not a PDF"),
        (b"Minutes\n" + b"a" * (10 * 1024 * 1024), "over 5 MB"),
    ],
)
def test_bad_input_files_are_one_line_errors(clerk, tmp_path, content, message):
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    run = clerk("import", str(path))
    assert run.code == 1
    assert message in run.err and one_line(run.err)
    assert clerk("meetings", "--json").out.strip() == "[]"


def test_windows_1252_minutes_import_sanely(clerk, tmp_path):
    path = tmp_path / "cp1252.txt"
    path.write_bytes(MINUTES.replace("Tom Whitley", "Zoë Café – £5").encode("cp1252"))
    run = clerk("import", str(path))
    assert run.code == 0, run.err
    stored = json.loads(clerk("search", "Café", "--json").out)
    assert stored and stored[0]["kind"] == "meeting"


def test_import_from_standard_input(db_path, tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "clerk_tui.cli",
            "--db",
            str(db_path),
            "import",
            "-",
            "--committee",
            COMMITTEE,
        ],
        input=MINUTES.encode(),
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert b"standard input: stored meeting 1" in result.stdout


def test_meetings_lists_newest_first(clerk, minutes_file, tmp_path):
    later = tmp_path / "later.txt"
    later.write_text(MINUTES + "\n4. Any other business\nNone.\n")
    clerk("import", "--committee", COMMITTEE, "--date", "2024-03-12", str(minutes_file))
    clerk("import", "--committee", COMMITTEE, "--date", "2024-05-07", str(later))
    rows = json.loads(clerk("meetings", "--json").out)
    assert [(r["id"], r["date"]) for r in rows] == [(2, "2024-05-07"), (1, "2024-03-12")]
    assert json.loads(clerk("meetings", "--committee", "nobody", "--json").out) == []
    assert "2024-05-07" in clerk("meetings").out


def test_action_changes_and_history(clerk, minutes_file):
    clerk("import", "--committee", COMMITTEE, "--date", "2024-03-12", str(minutes_file))
    action_id = str(json.loads(clerk("actions", "--json").out)[0]["id"])
    assert clerk("action", action_id, "--due", "2024-07-31").code == 0
    assert clerk("action", action_id, "--owner", "Sam Patel").code == 0
    assert clerk("action", action_id, "--note", "Chased by email").code == 0
    done = clerk("action", action_id, "--done")
    assert done.code == 0 and "Complete" in done.out
    shown = json.loads(clerk("action", action_id).out)
    assert (shown["status"], shown["due"], shown["owner"]) == ("done", "2024-07-31", "Sam Patel")
    assert [e["field"] for e in shown["events"]] == ["created", "due", "owner", "note", "status"]
    assert json.loads(clerk("actions", "--status", "done", "--json").out)[0]["id"] == int(action_id)
    assert clerk("action", action_id, "--reopen").code == 0
    assert clerk("action", action_id, "--drop").code == 0
    assert json.loads(clerk("actions", "--status", "dropped", "--json").out)


def test_action_errors(clerk, minutes_file):
    missing = clerk("action", "999", "--done")
    assert missing.code == 1 and "no action 999" in missing.err and one_line(missing.err)
    clerk("import", str(minutes_file))
    bad_date = clerk("action", "1", "--due", "whenever suits")
    assert bad_date.code == 1 and "cannot read" in bad_date.err
    assert clerk("action", "1", "--done", "--drop").code == 2
    assert clerk("action", "one").code == 2


def test_overdue_and_owner_filters(clerk, minutes_file):
    clerk("import", "--committee", COMMITTEE, "--date", "2024-03-12", str(minutes_file))
    overdue = json.loads(clerk("actions", "--overdue", "--json").out)
    assert overdue and all(a["due"] and a["due"] < "2026-01-01" for a in overdue)
    mine = json.loads(clerk("actions", "--owner", "Natarajan", "--json").out)
    assert mine and all("Natarajan" in a["owner"] for a in mine)
    assert json.loads(clerk("actions", "--owner", "Nobody At All", "--json").out) == []


def test_follow_ups_and_search(clerk, minutes_file):
    clerk("import", "--committee", COMMITTEE, "--date", "2024-03-12", str(minutes_file))
    follow_ups = json.loads(clerk("follow-ups", "--json").out)
    assert any("carers strategy" in f["text"].lower() for f in follow_ups)
    hits = json.loads(clerk("search", "needs assessment", "--json").out)
    assert hits[0]["kind"] == "meeting"
    assert clerk("search", '"unbalanced (').code == 0


def test_backup(clerk, minutes_file, tmp_path):
    clerk("import", str(minutes_file))
    run = clerk("backup", str(tmp_path / "safe" / "copy.db"))
    assert run.code == 0 and "backed up to" in run.out
    assert (tmp_path / "safe" / "copy.db").stat().st_size > 0


def test_database_that_is_not_sqlite_is_named_and_untouched(tmp_path, capsys):
    from clerk_tui import cli

    path = tmp_path / "clerk.db"
    path.write_text("not a database")
    assert cli.main(["--db", str(path), "actions"]) == 1
    err = capsys.readouterr().err
    assert str(path) in err and one_line(err)
    assert path.read_text() == "not a database"


def test_clerk_db_environment_variable(tmp_path, minutes_file, monkeypatch, capsys):
    from clerk_tui import cli

    monkeypatch.setenv("CLERK_DB", str(tmp_path / "env.db"))
    assert cli.main(["import", str(minutes_file)]) == 0
    assert (tmp_path / "env.db").exists()


def test_bad_arguments_exit_2(clerk):
    assert clerk("import").code == 2
    assert clerk("import", "--date", "12/03/2024", "x.txt").code == 2
    assert clerk("no-such-command").code == 2


def test_parse_json_stores_nothing(clerk, minutes_file, db_path):
    run = clerk("parse", "--json", str(minutes_file))
    assert run.code == 0
    result = json.loads(run.out)
    assert set(result) >= {"meeting", "items", "decisions", "actions", "follow_ups", "people"}
    assert not db_path.exists()
