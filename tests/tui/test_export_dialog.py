"""The export dialog: prefilled path, writes through export.write_sheet, asks before
overwriting, says where the file went."""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path

from textual.widgets import Input, Select
from textual.worker import WorkerCancelled

from clerk_tui.core.model import Action, Meeting, ParsedMinutes
from clerk_tui.tui.dialogs import ConfirmDialog
from clerk_tui.tui.export_dialog import ExportDialog
from clerk_tui.tui.screens.actions import ActionsScreen

from .conftest import store_minutes


async def settled(pilot) -> None:
    await pilot.pause()
    with contextlib.suppress(WorkerCancelled):
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def open_export(pilot, path: Path, fmt: str = "csv") -> ExportDialog:
    await settled(pilot)
    await pilot.press("E")
    await pilot.pause()
    dialog = pilot.app.screen
    assert isinstance(dialog, ExportDialog)
    dialog.query_one("#export-format", Select).value = fmt
    await pilot.pause()
    dialog.query_one("#export-path", Input).value = str(path)
    return dialog


async def test_path_is_prefilled_from_committee_format_and_today(sample_db_path, make_app):
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        await pilot.press("E")
        await pilot.pause()
        dialog = app.screen
        box = dialog.query_one("#export-path", Input)
        assert box.value == "riverside-health-and-wellbeing-board-action-log-2024-07-01.docx"
        dialog.query_one("#export-format", Select).value = "xlsx"
        await pilot.pause()
        assert box.value.endswith("-2024-07-01.xlsx")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ActionsScreen)


async def test_writes_the_file_and_says_where(sample_db_path, make_app, tmp_path):
    target = tmp_path / "log.csv"
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_export(pilot, target)
        await pilot.press("ctrl+s")
        await settled(pilot)
        assert isinstance(app.screen, ActionsScreen)
        messages = [n.message for n in app._notifications]
        assert any(m.startswith(f"Wrote {target}: 2 outstanding actions") for m in messages)
    written = target.read_text(encoding="utf-8-sig")
    assert "Circulate the needs assessment summary to all members" in written
    assert "Send the carers survey results to Councillor Okafor" in written


async def test_asks_before_overwriting(sample_db_path, make_app, tmp_path):
    target = tmp_path / "log.csv"
    target.write_text("keep me", encoding="utf-8")
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_export(pilot, target)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await settled(pilot)
        assert target.read_text(encoding="utf-8") == "keep me"
        assert isinstance(app.screen, ExportDialog)
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("y")
        await settled(pilot)
    assert "Circulate the needs assessment" in target.read_text(encoding="utf-8-sig")


async def test_missing_folder_is_one_line_and_dialog_stays(sample_db_path, make_app, tmp_path):
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_export(pilot, tmp_path / "nowhere" / "log.csv")
        await pilot.press("ctrl+s")
        await settled(pilot)
        assert isinstance(app.screen, ExportDialog)
        errors = [n.message for n in app._notifications if n.severity == "error"]
        assert errors and "does not exist" in errors[0] and "\n" not in errors[0]


async def test_committee_names_are_not_markup(tmp_path, make_app):
    path = tmp_path / "clerk.db"
    parsed = ParsedMinutes(
        meeting=Meeting("[/] [b]Board[/b]", date(2024, 5, 1)),
        actions=[Action("Task", "Ann", None, None, None, 0, 4)],
    )
    store_minutes(path, "Task minutes", parsed)
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        await pilot.press("E")
        await pilot.pause()
        select = app.screen.query_one("#export-committee", Select)
        assert select.value == "[/] [b]Board[/b]"
        assert "[/] [b]Board[/b]" in str(select.query_one("SelectCurrent Static").render())


async def test_export_offers_the_highlighted_actions_committee(tmp_path, make_app):
    path = tmp_path / "clerk.db"
    for committee, text in (("Audit", "Audit minutes"), ("Cabinet", "Cabinet minutes")):
        parsed = ParsedMinutes(
            meeting=Meeting(committee, date(2024, 5, 1)),
            actions=[Action(f"{committee} task", "Ann", None, None, None, 0, 5)],
        )
        store_minutes(path, text, parsed)
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settled(pilot)
        await pilot.press("down", "E")  # the second row: Cabinet's action
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        assert dialog.query_one("#export-path", Input).value.startswith("cabinet-action-log-")
