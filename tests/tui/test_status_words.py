"""One set of status words (core/status.py) on the screens, in the CLI and in the exported
sheet (issue 15.5): an action with no due date is "No date", never "Not yet due"."""

from __future__ import annotations

import json
from datetime import date

from textual.widgets import DataTable

from clerk_tui import cli
from clerk_tui.core.model import Action, FollowUp, Meeting, ParsedMinutes
from clerk_tui.services.exports import export_sheet
from clerk_tui.store import open_db

from .conftest import TODAY, store_minutes
from .test_actions_screen import settle

ACTIONS = {"Late task": date(2020, 1, 10), "Undated task": None, "Far task": date(2099, 1, 9)}
FOLLOW_UPS = {"Late report": date(2020, 1, 31), "Far report": date(2099, 3, 31)}
"""Dates far from any today, so the app's fixed today and the CLI's real one agree."""


def words_in(table: DataTable, text_column: str) -> dict[str, str]:
    """Each row's text -> its status cell (headings, with no status, left out)."""
    text_at, status_at = table.get_column_index(text_column), table.get_column_index("status")
    rows = [table.get_row_at(i) for i in range(table.row_count)]
    return {str(r[text_at]): str(r[status_at]) for r in rows if str(r[status_at])}


async def test_screens_cli_and_sheet_use_the_same_status_words(tmp_path, make_app, capsys):
    path = tmp_path / "clerk.db"
    parsed = ParsedMinutes(
        meeting=Meeting("Board", date(2019, 12, 1)),
        actions=[Action(text, "Ann", due, None, None, 0, 1) for text, due in ACTIONS.items()],
        follow_ups=[FollowUp(t, None, due, None, 0, 1) for t, due in FOLLOW_UPS.items()],
    )
    store_minutes(path, "x", parsed)
    app = make_app(path)
    async with app.run_test(size=(120, 35)) as pilot:
        await settle(app, pilot)
        on_actions = words_in(app.screen.query_one("#actions-table", DataTable), "action")
        await pilot.press("f")
        await settle(app, pilot)
        on_follow_ups = words_in(app.screen.query_one("#follow-ups-table", DataTable), "what")
    assert on_actions["Late task"] == "Overdue" and on_actions["Undated task"] == "No date"
    assert on_follow_ups == {"Late report": "Overdue", "Far report": "Open"}

    cli.main(["--db", str(path), "actions", "--json"])
    in_cli = {a["text"]: a["status_words"] for a in json.loads(capsys.readouterr().out)}
    cli.main(["--db", str(path), "follow-ups", "--json"])
    follow_ups = json.loads(capsys.readouterr().out)
    assert in_cli == on_actions
    assert {f["text"]: f["status_words"] for f in follow_ups} == on_follow_ups
    cli.main(["--db", str(path), "follow-ups"])
    listed = capsys.readouterr().out.splitlines()
    assert [line.split()[-1] for line in listed[1:]] == ["Overdue", "Open"]

    db = open_db(path)
    try:
        out, _ = export_sheet(db, "Board", "md", tmp_path / "log.md", today=TODAY)
    finally:
        db.close()
    sheet = out.read_text(encoding="utf-8").splitlines()
    for text, word in [*on_actions.items(), *on_follow_ups.items()]:
        row = next(line for line in sheet if f"| {text} |" in line)
        assert f"| {word} |" in row, row
