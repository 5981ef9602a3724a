"""The export dialog: one form (committee from a list, format, next meeting's date, folder)
that writes through services.exports, asks before replacing a file, says where it went, and
keeps everything typed when something is wrong."""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path

from textual.widgets import Input, Select, Static
from textual.worker import WorkerCancelled

from clerk_tui.core.model import Action, Meeting, ParsedMinutes
from clerk_tui.tui.dialogs import ConfirmDialog
from clerk_tui.tui.export_dialog import ExportDialog
from clerk_tui.tui.screens.actions import ActionsScreen

from .conftest import SAMPLE_COMMITTEE, store_minutes

LOG = "riverside-health-and-wellbeing-board-action-log-2024-07-01"


async def settled(pilot) -> None:
    await pilot.pause()
    with contextlib.suppress(WorkerCancelled):
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def open_export(pilot, folder: Path | None = None, fmt: str = "csv") -> ExportDialog:
    await settled(pilot)
    await pilot.press("E")
    await settled(pilot)
    dialog = pilot.app.screen
    assert isinstance(dialog, ExportDialog)
    dialog.query_one("#export-format", Select).value = fmt
    await pilot.pause()
    if folder is not None:
        dialog.query_one("#export-folder", Input).value = str(folder)
    return dialog


def problem(dialog: ExportDialog) -> str:
    return str(dialog.query_one("#export-problem", Static).render())


async def test_the_form_offers_the_committee_the_file_name_and_documents(
    sample_db_path, make_app, documents
):
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        dialog = await open_export(pilot, fmt="docx")
        assert dialog.query_one("#export-committee", Select).value == SAMPLE_COMMITTEE
        assert dialog.query_one("#export-folder", Input).value == str(documents)
        about = dialog.query_one("#export-about", Static)
        assert str(about.render()) == f"File: {LOG}.docx"
        dialog.query_one("#export-format", Select).value = "xlsx"
        await pilot.pause()
        assert str(about.render()) == f"File: {LOG}.xlsx"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ActionsScreen)


async def test_writes_to_the_documents_folder_by_default_and_says_where(
    sample_db_path, make_app, documents
):
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_export(pilot)
        await pilot.press("ctrl+s")
        await settled(pilot)
        assert isinstance(app.screen, ActionsScreen)
        messages = [n.message for n in app._notifications]
        target = documents / f"{LOG}.csv"
        assert any(m.startswith(f"Wrote {target}: 2 outstanding actions") for m in messages)
    written = target.read_text(encoding="utf-8-sig")
    assert "Circulate the needs assessment summary to all members" in written
    assert "Send the carers survey results to Councillor Okafor" in written


async def test_asks_before_overwriting(sample_db_path, make_app, tmp_path):
    target = tmp_path / f"{LOG}.csv"
    target.write_text("keep me", encoding="utf-8")
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_export(pilot, tmp_path)
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


async def test_a_wrong_date_or_folder_is_said_in_the_form_which_keeps_what_was_typed(
    sample_db_path, make_app, tmp_path
):
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        dialog = await open_export(pilot, tmp_path / "nowhere", fmt="md")
        dialog.query_one("#export-date", Input).value = "31 Septembre"
        await pilot.press("ctrl+s")
        await settled(pilot)
        assert app.screen is dialog
        assert problem(dialog) == "“31 Septembre” is not a date: try 2024-07-15 or 15 July 2024."
        assert app.focused is dialog.query_one("#export-date", Input)
        assert dialog.query_one("#export-folder", Input).value == str(tmp_path / "nowhere")
        dialog.query_one("#export-date", Input).value = "15 July 2024"
        await pilot.press("ctrl+s")
        await settled(pilot)
        assert app.screen is dialog
        assert (
            problem(dialog) == f"There is no folder {tmp_path / 'nowhere'}: type one that exists."
        )
        assert app.focused is dialog.query_one("#export-folder", Input)
        assert dialog.query_one("#export-date", Input).value == "15 July 2024"
        assert dialog.query_one("#export-format", Select).value == "md"
        dialog.query_one("#export-folder", Input).value = str(tmp_path)
        await pilot.press("ctrl+s")
        await settled(pilot)
        assert isinstance(app.screen, ActionsScreen)
    assert "For the meeting on 15 July 2024." in (tmp_path / f"{LOG}.md").read_text()


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
        assert dialog.query_one("#export-committee", Select).value == "Cabinet"
        about = str(dialog.query_one("#export-about", Static).render())
        assert about.startswith("File: cabinet-action-log-2024-07-01")
