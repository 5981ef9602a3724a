"""Where a paste lands on the paste screen: minutes pasted at once go into the minutes area,
never one line of them into the Committee field (found by the lead in tmux)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.widgets import Input, TextArea

import clerk_tui.tui.app as app_module
from clerk_tui.tui.screens.paste import PasteScreen

MINUTES = (
    "Harbourside Sailing Club\n"
    "Committee meeting, 9 April 2025\n"
    "Pat Ormond to order new buoys by 1 May 2025.\n"
)
"""Invented minutes: a club's name, the meeting's date, one action."""


def fields(screen: PasteScreen) -> tuple[str, str, str, str]:
    """Committee, date, title and minutes as they stand."""
    return (
        screen.query_one("#paste-committee", Input).value,
        screen.query_one("#paste-date", Input).value,
        screen.query_one("#paste-title", Input).value,
        screen.query_one("#paste-text", TextArea).text,
    )


async def open_paste(app, pilot) -> PasteScreen:
    await pilot.pause()
    await pilot.press("i")
    await pilot.pause()
    assert isinstance(app.screen, PasteScreen)
    return app.screen


async def test_minutes_pasted_while_the_screen_opens_go_into_the_minutes(
    make_app, empty_db_path: Path, fixed_parser, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The clerk presses i and pastes at once: the first opening of the screen takes a moment
    (it loads the parser), and the terminal's paste arrives while it opens."""
    app = make_app(empty_db_path)
    build = app_module.screen_class

    def slow_to_open(mode: str):
        if mode == "paste":
            app.post_message(events.Paste(MINUTES))  # queued while the screen is built
        return build(mode)

    monkeypatch.setattr(app_module, "screen_class", slow_to_open)
    async with app.run_test(size=(120, 35)) as pilot:
        screen = await open_paste(app, pilot)
        await pilot.pause()
        assert fields(screen) == ("", "", "", MINUTES)
        assert app.focused is screen.query_one("#paste-text", TextArea)


@pytest.mark.parametrize("field", ["committee", "date", "title"])
async def test_minutes_pasted_into_a_one_line_field_go_into_the_minutes(
    make_app, empty_db_path: Path, fixed_parser, field: str
) -> None:
    app = make_app(empty_db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_paste(app, pilot)
        screen.query_one(f"#paste-{field}", Input).focus()
        await pilot.pause()
        app.post_message(events.Paste(MINUTES.replace("\n", "\r\n")))
        await pilot.pause()
        assert fields(screen) == ("", "", "", MINUTES)
        assert app.focused is screen.query_one("#paste-text", TextArea)


async def test_one_line_pasted_into_a_field_stays_in_the_field(
    make_app, empty_db_path: Path, fixed_parser
) -> None:
    """A committee's name copied with its line end is still one line: the field keeps it."""
    app = make_app(empty_db_path)
    async with app.run_test(size=(120, 35)) as pilot:
        screen = await open_paste(app, pilot)
        committee = screen.query_one("#paste-committee", Input)
        committee.focus()
        await pilot.pause()
        app.post_message(events.Paste("Harbourside Sailing Club\n"))
        await pilot.pause()
        date = screen.query_one("#paste-date", Input)
        date.focus()
        await pilot.pause()
        app.post_message(events.Paste("  9 April 2025  "))
        await pilot.pause()
        assert fields(screen) == ("Harbourside Sailing Club", "  9 April 2025  ", "", "")
        assert app.focused is date


async def test_minutes_pasted_on_another_screen_open_the_paste_screen_with_them(
    make_app, sample_db_path: Path, fixed_parser
) -> None:
    app = make_app(sample_db_path)
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.pause()
        assert app.current_mode == "actions"
        app.post_message(events.Paste(MINUTES))
        await pilot.pause()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PasteScreen)
        assert fields(screen) == ("", "", "", MINUTES)
        assert app.focused is screen.query_one("#paste-text", TextArea)


async def test_minutes_pasted_with_the_key_that_opens_the_screen_are_not_lost(
    make_app, empty_db_path: Path, fixed_parser
) -> None:
    """i and the paste in one go (a macro, a fast clerk): the paste reaches the app before
    the key has switched screens."""
    app = make_app(empty_db_path)
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.pause()
        app.post_message(events.Key("i", "i"))
        app.post_message(events.Paste(MINUTES))
        await pilot.pause()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PasteScreen)
        assert fields(screen) == ("", "", "", MINUTES)


async def test_one_line_or_a_dialog_keeps_the_clerk_where_they_are(
    make_app, sample_db_path: Path, fixed_parser
) -> None:
    from clerk_tui.tui.dialogs import ConfirmDialog

    app = make_app(sample_db_path)
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.pause()
        app.post_message(events.Paste("Pat Ormond\n"))
        await pilot.pause()
        assert app.current_mode == "actions" and not isinstance(app.screen, PasteScreen)
        app.push_screen(ConfirmDialog("Go on?"))
        await pilot.pause()
        app.post_message(events.Paste(MINUTES))
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog) and app.current_mode == "actions"
