"""Keys and layout a new clerk relies on (issue 15, points 4 and 7): at 80x24 every key is in
the footer or behind `?`, shown first; Home and End reach the first and last row; opening a
meeting puts the focus where the arrows work; every dialog sits in the middle."""

from __future__ import annotations

import pytest
from textual.geometry import Region
from textual.screen import ModalScreen
from textual.widgets import DataTable, OptionList, Static
from textual.widgets._footer import FooterKey

from clerk_tui.store import open_db
from clerk_tui.store.people import add_person
from clerk_tui.tui.commands import APP, SCREENS, commands_of
from clerk_tui.tui.screens.help import HelpScreen
from clerk_tui.tui.screens.meetings import MeetingsScreen

from .test_actions_screen import settle
from .test_cursor_kept import four_actions, table_of

KEY_OF = {"meetings": "m", "paste": "i", "review": "r", "actions": "a", "follow_ups": "f"}
KEY_OF["people"] = "p"


def footer_keys(app, width: int) -> list[FooterKey]:
    """The footer's keys the clerk can see: wholly inside the terminal's width."""
    keys = app.screen.query(FooterKey)
    return [k for k in keys if k.region.width and k.region.right <= width]


@pytest.mark.parametrize("mode", list(SCREENS))
async def test_at_80x24_help_is_the_first_key_and_lists_every_key(mode, sample_db_path, make_app):
    app = make_app(sample_db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press(KEY_OF[mode])
        await settle(app, pilot)
        if mode == "paste":
            await pilot.press("escape")  # out of the text: single keys work again
            await settle(app, pilot)
        visible = footer_keys(app, 80)
        assert visible and visible[0].action == "help" and visible[0].key_display == "?"
        shown = {k.description for k in visible}
        await pilot.press("question_mark")
        await settle(app, pilot)
        assert isinstance(app.screen, HelpScreen)
        listed = str(app.screen.query_one("#help-keys", Static).render())
        for command in [*commands_of(mode), *commands_of(APP)]:
            if command.key:
                assert command.label in shown or f"  {command.label}\n" in listed, command.id
        assert "Home End the first and last row" in listed


async def test_home_and_end_reach_the_first_and_last_row(tmp_path, make_app):
    path = four_actions(tmp_path)
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("end")
        await settle(app, pilot)
        assert app.screen.selected_id() == 4
        await pilot.press("d")  # the last action, in the database
        await settle(app, pilot)
        await pilot.press("home")
        await settle(app, pilot)
        assert app.screen.selected_id() == 1
        await pilot.press("f")
        await settle(app, pilot)
        await pilot.press("end")
        assert app.screen.selected()["text"] == "Parking"
        await pilot.press("home")  # the first follow-up, not its month's heading
        assert app.screen.selected()["text"] == "Budget"
        await pilot.press("d")
        await settle(app, pilot)
    assert table_of(path, "actions") == {1: "open", 2: "open", 3: "open", 4: "done"}
    assert table_of(path, "follow_ups") == {1: "done", 2: "open", 3: "open"}


async def test_opening_a_meeting_puts_the_arrows_on_its_entries(sample_db_path, make_app):
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("m")
        await settle(app, pilot)
        assert isinstance(app.screen, MeetingsScreen)
        await pilot.press("enter")
        await settle(app, pilot)
        entries = app.screen.query_one("#meeting-entries", OptionList)
        assert app.focused is entries
        first = entries.highlighted
        await pilot.press("down")
        assert entries.highlighted is not None and entries.highlighted > first


def centred(app) -> bool:
    """The dialog's box sits in the middle of the screen (one cell of rounding either way)."""
    screen = app.screen
    assert isinstance(screen, ModalScreen)
    box: Region = next(iter(screen.children)).region
    size = app.size
    left, right = box.x, size.width - box.right
    top, bottom = box.y, size.height - box.bottom
    return abs(left - right) <= 1 and abs(top - bottom) <= 1


@pytest.mark.parametrize(
    ("keys", "name"),
    [
        (("e",), "EditActionDialog"),
        (("u",), "PromptDialog"),
        (("x",), "ConfirmDialog"),
        (("enter",), "ActionDetailScreen"),
        (("question_mark",), "HelpScreen"),
        (("E",), "export"),
        (("C",), "chasers"),
    ],
)
async def test_dialogs_are_centred(keys, name, sample_db_path, make_app):
    app = make_app(sample_db_path)
    async with app.run_test(size=(120, 35)) as pilot:
        await settle(app, pilot)
        await pilot.press(*keys)
        await settle(app, pilot)
        assert isinstance(app.screen, ModalScreen), name
        assert centred(app), (name, next(iter(app.screen.children)).region)


async def test_home_and_end_on_the_directory_and_the_review_queue(sample_db_path, make_app):
    db = open_db(sample_db_path)
    for name in ("Alice Able", "Bob Brown", "Cara Cole"):
        add_person(db, name)
    db.close()
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        for key, table_id in (("p", "#people-table"), ("r", "#review-table")):
            await pilot.press(key)
            await settle(app, pilot)
            table = app.screen.query_one(table_id, DataTable)
            assert table.row_count >= 2, table_id
            app.set_focus(table)
            await pilot.press("end")
            assert table.cursor_row == table.row_count - 1, table_id
            await pilot.press("home")
            assert table.cursor_row == 0, table_id
