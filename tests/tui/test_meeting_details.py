"""Issue 15, point 2, as the clerk meets it: pasted minutes that name no committee are not
stored until the clerk types one; a meeting's committee and date are corrected on the
meetings screen, and a meeting deleted there after a confirmation naming what goes; the
sample minutes are removed from the command palette."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from time import monotonic

from textual import events
from textual.command import CommandPalette
from textual.widgets import Input, Static, Tree

import clerk_tui.tui.app as app_module
import clerk_tui.tui.screens.meetings as meetings_module
from clerk_tui.services.samples import load_samples
from clerk_tui.store import open_db
from clerk_tui.tui.dialogs import ConfirmDialog, FormDialog
from clerk_tui.tui.screens.meetings import MeetingsScreen
from clerk_tui.tui.screens.paste import PasteScreen
from tests.conftest import import_text

from .conftest import SAMPLE_COMMITTEE, SAMPLE_MINUTES, wait_for_preview

UNNAMED = """\
Notes of the meeting

Held on 5th August 2019

1. Allotments
Tom Whitley to send the allotment survey to all members by 30 September 2019.
"""


def rows(path: Path, sql: str) -> list[tuple]:
    db = open_db(path)
    try:
        return [tuple(row) for row in db.execute(sql).fetchall()]
    finally:
        db.close()


def messages(app) -> list[str]:
    return [n.message for n in app._notifications]


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def settle_until(pilot, condition: Callable[[], bool], timeout: float = 10.0) -> None:
    """Settle until `condition()` holds, or `timeout` passes (the assertions then say what is
    wrong). One settle can look too early under load: a worker the key starts may not have
    begun when `wait_for_complete` looks, its result reaches the screen as a message, and a
    cleared tree rebuilds its lines (and drops its cursor node) only when idle."""
    deadline = monotonic() + timeout
    await settle(pilot)
    while not condition() and monotonic() < deadline:
        await pilot.pause(0.05)
        await settle(pilot)


async def test_pasted_minutes_naming_no_committee_wait_for_the_clerk_to_type_one(
    empty_db_path, make_app
):
    app = make_app(empty_db_path)
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.press("i")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PasteScreen)
        app.post_message(events.Paste(UNNAMED))
        await wait_for_preview(pilot)
        preview = str(screen.query_one("#preview-body", Static).content)
        assert "These minutes name no committee: type it above, then ctrl+s stores them." in (
            " ".join(preview.split())
        )
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert messages(app)[-1] == (
            "These minutes name no committee: type it above, then ctrl+s stores them."
        )
        assert app.focused is screen.query_one("#paste-committee", Input)
        assert rows(empty_db_path, "SELECT id FROM meetings") == []
        await pilot.press(*"Allotments Committee")
        await wait_for_preview(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert messages(app)[-1].startswith(
            "Stored meeting 1 (Allotments Committee, 2019-08-05): 1 action"
        )
    assert rows(
        empty_db_path,
        "SELECT c.name, m.date FROM meetings m JOIN committees c ON c.id = m.committee_id",
    ) == [("Allotments Committee", "2019-08-05")]


async def open_meetings(app, pilot) -> MeetingsScreen:
    await settle(pilot)
    await pilot.press("m")
    await settle_until(
        pilot,
        lambda: isinstance(app.screen, MeetingsScreen) and app.screen.current_meeting_id() == 1,
    )
    screen = app.screen
    assert isinstance(screen, MeetingsScreen)
    assert screen.current_meeting_id() == 1
    return screen


async def test_a_meeting_is_corrected_then_deleted_from_the_meetings_screen(
    sample_db_path, make_app
):
    app = make_app(sample_db_path)
    async with app.run_test(size=(120, 35)) as pilot:
        screen = await open_meetings(app, pilot)
        await pilot.press("e")
        await settle_until(pilot, lambda: isinstance(app.screen, FormDialog))
        form = app.screen
        assert isinstance(form, FormDialog)
        assert form.values() == {
            "committee": SAMPLE_COMMITTEE,
            "date": "2024-03-12",
            "title": "Meeting of 12 March 2024",
        }
        await pilot.press("ctrl+u", *"Riverside Carers Board", "enter")
        await pilot.press("ctrl+u", *"13 Marhc 2024", "ctrl+s")  # a typo: the form stays
        await pilot.pause()
        assert app.screen is form
        problem = str(form.query_one("#form-problem", Static).render())
        assert problem == "A meeting needs a date: 2024-03-14 or 14 March 2024."
        assert form.values()["committee"] == "Riverside Carers Board"
        assert app.focused is form.query_one("#form-date", Input)
        await pilot.press("ctrl+u", *"13 March 2024", "ctrl+s")
        await settle_until(pilot, lambda: "Meeting 1 saved." in messages(app))
        assert app.screen is screen
        assert messages(app)[-1] == "Meeting 1 saved."
        tree = screen.query_one("#meeting-list", Tree)
        labels = [str(node.label) for node in tree.root.children]
        assert labels == ["Riverside Carers Board  1 meeting"]
        assert rows(
            sample_db_path,
            "SELECT c.name, m.date FROM meetings m JOIN committees c ON c.id = m.committee_id",
        ) == [("Riverside Carers Board", "2024-03-13")]

        await pilot.press("D")
        await settle_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        confirm = app.screen
        assert isinstance(confirm, ConfirmDialog)
        assert confirm.message.startswith(
            "Delete meeting 1 (Riverside Carers Board, 2024-03-13) with 2 actions (2 open), "
            "1 follow-up and "
        )
        assert "from the other clerks' copies at the next team sync" in confirm.message
        await pilot.press("y")
        await settle_until(pilot, lambda: screen.current_meeting_id() is None)
        assert messages(app)[-1].startswith("Deleted meeting 1 (Riverside Carers Board")
        assert screen.current_meeting_id() is None
    assert rows(sample_db_path, "SELECT deleted FROM meetings") == [(1,)]
    assert rows(sample_db_path, "SELECT DISTINCT deleted FROM actions") == [(1,)]
    assert rows(sample_db_path, "SELECT DISTINCT deleted FROM follow_ups") == [(1,)]


async def test_a_reload_that_read_before_a_delete_does_not_bring_the_meeting_back(
    sample_db_path, make_app, monkeypatch
):
    """The list reloads when the confirmation closes, while the delete runs: a reload that
    read the meetings before the delete, and ends after it, must not show them again."""
    app = make_app(sample_db_path)
    async with app.run_test(size=(120, 35)) as pilot:
        screen = await open_meetings(app, pilot)
        read, release = threading.Event(), threading.Event()
        read_meetings, delete = meetings_module.meetings_view, meetings_module.remove_meeting

        def reload_reading_first(*args, **kwargs):
            view = read_meetings(*args, **kwargs)
            read.set()
            release.wait(10)
            return view

        def delete_after_the_read(*args, **kwargs):
            read.wait(10)
            return delete(*args, **kwargs)

        await pilot.press("D")
        await settle_until(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        monkeypatch.setattr(meetings_module, "meetings_view", reload_reading_first)
        monkeypatch.setattr(meetings_module, "remove_meeting", delete_after_the_read)
        await pilot.press("y")
        deadline = monotonic() + 10
        while screen.current_meeting_id() is not None and monotonic() < deadline:
            await pilot.pause(0.05)
        assert read.is_set()
        assert messages(app)[-1].startswith(f"Deleted meeting 1 ({SAMPLE_COMMITTEE}")
        release.set()
        await settle(pilot)
        tree = screen.query_one("#meeting-list", Tree)
        assert [str(node.label) for node in tree.root.children] == []
        assert screen.current_meeting_id() is None
    assert rows(sample_db_path, "SELECT deleted FROM meetings") == [(1,)]


async def test_the_sample_minutes_are_removed_from_the_command_palette(
    empty_db_path, make_app, tmp_path, monkeypatch
):
    samples = tmp_path / "samples"
    samples.mkdir()
    (samples / "hwb.txt").write_text(SAMPLE_MINUTES, encoding="utf-8")
    db = open_db(empty_db_path)
    try:
        assert load_samples(db, [samples / "hwb.txt"]) == (1, [])
        import_text(db, UNNAMED, committee="Allotments Committee")
        (sample_actions,) = db.execute(
            "SELECT count(*) FROM actions WHERE meeting_id = 1"
        ).fetchone()
    finally:
        db.close()
    app = make_app(empty_db_path)
    monkeypatch.setattr(app_module, "SAMPLE_DIR", samples)
    async with app.run_test(size=(120, 35)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"remove the sample")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        assert "Minutes you imported yourself stay." in app.screen.message
        await pilot.press("y")
        await settle(pilot)
        assert messages(app)[-1] == (
            f"Removed 1 sample meeting with {sample_actions} actions; your own minutes are as "
            "they were."
        )
    assert rows(
        empty_db_path,
        "SELECT c.name FROM meetings m JOIN committees c ON c.id = m.committee_id "
        "WHERE m.deleted = 0",
    ) == [("Allotments Committee",)]
