"""After every change the cursor stays on the same row (by id), on every screen: the clerk
changes a row, presses the next key, and that key reaches the row they changed (or, when
the row has left the view, its neighbour, never a row further away)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.widgets import DataTable, Input, Tree

from clerk_tui.core.model import Action, FollowUp, Meeting, ParsedMinutes
from clerk_tui.store import open_db
from clerk_tui.store.people import add_person
from clerk_tui.tui.action_edit import EditActionDialog
from clerk_tui.tui.screens.actions import ActionsScreen
from clerk_tui.tui.screens.follow_ups import FollowUpsScreen
from clerk_tui.tui.screens.meetings import MeetingsScreen
from clerk_tui.tui.screens.people import PeopleScreen

from .conftest import store_minutes
from .test_actions_screen import settle


def four_actions(tmp_path: Path) -> Path:
    """Actions 1-4, all overdue on TODAY (1 July 2024), due 1-4 June."""
    path = tmp_path / "clerk.db"
    parsed = ParsedMinutes(
        meeting=Meeting("Board", date(2024, 5, 1)),
        actions=[
            Action(f"task {n}", "Ann", date(2024, 6, n), None, None, 0, 1) for n in range(1, 5)
        ],
        follow_ups=[
            FollowUp("Budget", "in May", date(2024, 5, 31), None, 0, 1),
            FollowUp("Trees", "in September", date(2024, 9, 30), None, 0, 1),
            FollowUp("Parking", "in October", date(2024, 10, 31), None, 0, 1),
        ],
    )
    store_minutes(path, "x", parsed)
    return path


def table_of(path: Path, table: str) -> dict[int, str]:
    db = open_db(path)
    try:
        return dict(db.execute(f"SELECT id, status FROM {table} ORDER BY id").fetchall())
    finally:
        db.close()


async def redate(app, pilot, due: str) -> None:
    """Owner and due dialog: keep the owner, type the due date, save."""
    await pilot.press("e")
    await settle(app, pilot)
    assert isinstance(app.screen, EditActionDialog)
    app.screen.query_one("#edit-due", Input).value = due
    await pilot.press("enter", "enter")
    await settle(app, pilot)
    assert isinstance(app.screen, ActionsScreen)


async def test_redated_action_keeps_the_cursor_so_done_closes_that_action(tmp_path, make_app):
    path = four_actions(tmp_path)
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("down", "down")
        await redate(app, pilot, "2024-12-31")
        assert app.screen.selected_id() == 3
        await pilot.press("d")
        await settle(app, pilot)
        # Leave and come back: read again, action 3 (done) has left the open ones; the
        # cursor goes to action 4, which moved up into its place.
        await pilot.press("m")
        await settle(app, pilot)
        await pilot.press("a")
        await settle(app, pilot)
        assert app.screen.selected_id() == 4
    assert table_of(path, "actions") == {1: "open", 2: "open", 3: "done", 4: "open"}


async def test_a_row_leaving_above_does_not_move_the_cursor_off_its_action(tmp_path, make_app):
    """Overdue only: action 1 re-dated into the future, then the cursor taken to action 3.
    Read again (coming back), action 1 has left the view and every row moved up one: the
    cursor is still on action 3, and `d` closes action 3, not action 4."""
    path = four_actions(tmp_path)
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("o")
        await settle(app, pilot)
        await redate(app, pilot, "2024-12-31")
        assert app.screen.selected_id() == 1  # still shown, changed, until read again
        await pilot.press("down", "down")
        await pilot.press("f")
        await settle(app, pilot)
        await pilot.press("a")
        await settle(app, pilot)
        table = app.screen.query_one("#actions-table", DataTable)
        assert table.row_count == 3 and app.screen.selected_id() == 3
        await pilot.press("d")
        await settle(app, pilot)
    assert table_of(path, "actions") == {1: "open", 2: "open", 3: "done", 4: "open"}


async def test_follow_ups_read_again_keep_the_cursor_on_the_same_follow_up(tmp_path, make_app):
    """May's follow-up marked done, the cursor taken to October's; read again (pending only),
    May's month has gone and the rows moved up: `s` schedules October's."""
    path = four_actions(tmp_path)
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("f")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, FollowUpsScreen)
        await pilot.press("d")
        await settle(app, pilot)
        assert screen.selected()["text"] == "Budget"  # marked, still highlighted
        await pilot.press("down", "down", "down", "down")  # past the month headings
        assert screen.selected()["text"] == "Parking"
        await pilot.press("a")
        await settle(app, pilot)
        await pilot.press("f")
        await settle(app, pilot)
        assert screen.selected()["text"] == "Parking"
        await pilot.press("s")
        await settle(app, pilot)
    assert table_of(path, "follow_ups") == {1: "done", 2: "open", 3: "scheduled"}


async def test_meeting_marked_confirmed_keeps_the_tree_cursor(tmp_path, make_app):
    """Two meetings; the second marked confirmed: the tree is read again and the cursor stays
    on it, so `s` again marks that same meeting back to draft."""
    path = four_actions(tmp_path)
    store_minutes(
        path,
        "y",
        ParsedMinutes(meeting=Meeting("Board", date(2024, 6, 1))),
    )
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("m")
        await settle(app, pilot)
        assert isinstance(app.screen, MeetingsScreen)
        tree = app.screen.query_one("#meeting-list", Tree)
        await pilot.press("down")
        chosen = tree.cursor_node.data
        await pilot.press("s")
        await settle(app, pilot)
        assert tree.cursor_node.data == chosen
        states = dict(open_db(path).execute("SELECT id, state FROM meetings").fetchall())
        assert states[chosen] == "confirmed"
        await pilot.press("s")
        await settle(app, pilot)
        assert tree.cursor_node.data == chosen
    states = dict(open_db(path).execute("SELECT id, state FROM meetings").fetchall())
    assert states[chosen] == "draft" and set(states.values()) == {"draft"}


async def test_renamed_person_keeps_the_cursor_so_the_next_edit_is_theirs(tmp_path, make_app):
    """Alice renamed Zoe moves to the end of the directory; the cursor goes with her, so the
    next `e` edits Zoe (her email, in the database), not whoever took her row."""
    path = tmp_path / "clerk.db"
    db = open_db(path)
    ids = [add_person(db, name) for name in ("Alice Able", "Bob Brown", "Cara Cole")]
    db.close()
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("p")
        await settle(app, pilot)
        assert isinstance(app.screen, PeopleScreen) and app.screen.selected()["id"] == ids[0]
        await pilot.press("e")
        await settle(app, pilot)
        app.screen.query_one("#form-name", Input).value = "Zoe Able"
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        table = app.screen.query_one("#people-table", DataTable)
        assert table.cursor_row == 2 and app.screen.selected()["id"] == ids[0]
        await pilot.press("e")
        await settle(app, pilot)
        assert app.screen.query_one("#form-name", Input).value == "Zoe Able"
        app.screen.query_one("#form-email", Input).value = "zoe@riverside.gov.uk"
        await pilot.press("ctrl+s")
        await settle(app, pilot)
    db = open_db(path)
    emails = dict(db.execute("SELECT name, email FROM people ORDER BY id").fetchall())
    db.close()
    assert emails == {"Zoe Able": "zoe@riverside.gov.uk", "Bob Brown": None, "Cara Cole": None}
