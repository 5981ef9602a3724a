"""No database call runs on the UI thread: the clerk's round of every screen, a paste stored,
actions changed, a name resolved, an export and chasers, while every SQL statement the app's
connections run records the thread it ran on."""

from __future__ import annotations

import threading
from pathlib import Path

from textual import events
from textual.widgets import Input

from clerk_tui.store import open_db
from clerk_tui.tui.action_edit import EditActionDialog
from clerk_tui.tui.dialogs import PromptDialog

from .conftest import SAMPLE_MINUTES, wait_for_preview


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def press(pilot, *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
        await settle(pilot)


async def answer(pilot, text: str) -> None:
    """Type `text` into the prompt on screen and submit it."""
    assert isinstance(pilot.app.screen, PromptDialog)
    pilot.app.screen.query_one(Input).value = text
    await press(pilot, "enter")


async def answer_edit(pilot, owner: str, due: str) -> None:
    """Fill the owner and due date dialog and save it."""
    assert isinstance(pilot.app.screen, EditActionDialog)
    pilot.app.screen.query_one("#edit-owner", Input).value = owner
    pilot.app.screen.query_one("#edit-due", Input).value = due
    await press(pilot, "enter", "enter")


async def test_no_database_call_runs_on_the_ui_thread(
    make_app, sample_db_path: Path, tmp_path: Path, fixed_parser
) -> None:
    statements: list[tuple[int, str]] = []

    def tracing_open_db(path: Path):
        db = open_db(path)
        db.conn.set_trace_callback(lambda sql: statements.append((threading.get_ident(), sql)))
        return db

    app = make_app(sample_db_path)
    app.connections.opener = tracing_open_db
    async with app.run_test(size=(120, 35)) as pilot:
        ui_thread = threading.get_ident()
        await settle(pilot)
        # Actions: done, a note, owner and due, the detail, filters.
        await press(pilot, "d", "u")
        await answer(pilot, "draft circulated")
        await press(pilot, "e")
        await answer_edit(pilot, "Tom Whitley", "2024-08-01")
        await press(pilot, "enter", "escape", "o", "o", "c", "s", "slash", "t", "escape")
        # Meetings: open one, confirm it, mark an item exempt, back.
        await press(pilot, "m", "enter", "s", "down", "x", "escape")
        # Follow-ups, people (add one), review (a new person from a name).
        await press(pilot, "f", "s", "c", "v", "p", "n")
        await answer(pilot, "Ann Example")
        await answer(pilot, "Director")
        await press(pilot, "r", "tab", "n")
        await answer(pilot, "Mary Okafor")
        await answer(pilot, "Councillor")
        # Paste corrected minutes of the stored meeting and store them (it is updated).
        await press(pilot, "i")
        app.post_message(events.Paste(SAMPLE_MINUTES + "\nA later note.\n"))
        await wait_for_preview(pilot)
        await press(pilot, "ctrl+s")
        # Export and chasers for the committee, from the actions screen.
        await press(pilot, "a", "E")
        app.screen.query_one("#export-folder", Input).value = str(tmp_path)
        await press(pilot, "ctrl+s")
        await press(pilot, "C")
        app.screen.query_one("#chase-folder", Input).value = str(tmp_path / "chasers")
        await press(pilot, "ctrl+s")
        # Settings: the clerk's name and email sign the chasers.
        app.action_settings()
        await settle(pilot)
        app.screen.query_one("#form-name", Input).value = "Sam Jones"
        await press(pilot, "ctrl+s")
    assert len(list(tmp_path.glob("*-action-log-*.docx"))) == 1
    assert len(list((tmp_path / "chasers").iterdir())) == 2
    db = open_db(sample_db_path)
    assert db.execute("SELECT status, due, exempt FROM actions WHERE id = 1").fetchone() == (
        "done",
        "2024-08-01",
        1,
    )
    assert ("note", "draft circulated") in db.execute("SELECT field, note FROM action_events")
    assert {r[0] for r in db.execute("SELECT name FROM people")} == {"Ann Example", "Mary Okafor"}
    state, text = db.execute("SELECT state, text FROM meetings").fetchone()
    assert (state, text.endswith("A later note.\n")) == ("confirmed", True)
    assert db.execute("SELECT status FROM follow_ups").fetchall() == [("scheduled",)]
    db.close()
    assert len(statements) > 50
    on_ui = [sql for thread, sql in statements if thread == ui_thread]
    assert on_ui == []
