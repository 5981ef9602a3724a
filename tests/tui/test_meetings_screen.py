"""Meetings screen: the committee tree, a meeting's entries beside its text, markup safety."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList, Tree

from clerk_tui.core.model import Action, Item, Meeting, ParsedMinutes
from clerk_tui.tui.app import ClerkApp
from clerk_tui.tui.screens.meetings import MeetingsScreen
from clerk_tui.tui.widgets import MinutesView

from .conftest import SAMPLE_COMMITTEE, span, store_minutes


async def open_first_meeting(app: ClerkApp, pilot) -> MeetingsScreen:
    await pilot.press("m")
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, MeetingsScreen)
    await pilot.press("enter")
    await pilot.pause()
    return screen


def option_texts(screen: MeetingsScreen) -> list[str]:
    entries = screen.query_one("#meeting-entries", OptionList)
    return [str(entries.get_option_at_index(i).prompt) for i in range(entries.option_count)]


async def test_tree_lists_committees_and_their_meetings(make_app, sample_db_path: Path) -> None:
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        tree = app.screen.query_one("#meeting-list", Tree)
        committee = tree.root.children[0]
        assert str(committee.label) == f"{SAMPLE_COMMITTEE}  1 meeting"
        assert [str(n.label) for n in committee.children] == [
            "2024-03-12  Meeting of 12 March 2024  2/2 open"
        ]
        assert tree.cursor_node is committee.children[0]


async def test_opening_a_meeting_lists_entries_and_highlights_the_passage(
    make_app, sample_db_path: Path
) -> None:
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_first_meeting(app, pilot)
        assert option_texts(screen) == [
            "Items (3)",
            "1. Apologies for absence",
            "2. Joint Strategic Needs Assessment",
            "3. Carers strategy",
            "Decisions (1)",
            "That the report be noted.",
            "Actions (2)",
            "RHWB/24/01  Circulate the needs assessment summary to all members"
            "  Dr Priya Natarajan · 2024-06-28 · open · overdue",
            "RHWB/24/02  Send the carers survey results to Councillor Okafor"
            "  Tom Whitley · 2024-09-30 · open",
            "Follow-ups (1)",
            "Draft carers strategy  in September",
        ]
        minutes = screen.query_one("#meeting-text", MinutesView)
        assert minutes.selected_text == "1. Apologies for absence"
        entries = screen.query_one("#meeting-entries", OptionList)
        entries.highlighted = 7  # the first action
        await pilot.pause()
        assert minutes.selected_text == (
            "Dr Priya Natarajan agreed to circulate the summary to all members by 28 June."
        )
        await pilot.press("escape")
        await pilot.pause()
        assert screen.open_meeting is None
        assert app.focused is screen.query_one("#meeting-list", Tree)


async def test_minutes_with_markup_and_escapes_show_literally(make_app, tmp_path: Path) -> None:
    text = (
        "Minutes of the Markup Board\n"
        "1. [bold]x[/bold] and [link=http://x]y[/link]\n"
        "Ann Lee to fix [/] \x1b[31mred\x1b[0m by 1 May 2024.\n"
    )
    action_text = "fix [/] \x1b[31mred\x1b[0m"
    parsed = ParsedMinutes(
        meeting=Meeting("Markup [b]Board[/b]", None, "[/]"),
        items=[Item("1", "[bold]x[/bold] and [link=http://x]y[/link]", *span(text, "1. [bold]"))],
        actions=[Action(action_text, "Ann Lee", None, None, 0, *span(text, "Ann Lee to fix"))],
    )
    path = tmp_path / "clerk.db"
    store_minutes(path, text, parsed)
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        tree = app.screen.query_one("#meeting-list", Tree)
        assert str(tree.root.children[0].label) == "Markup [b]Board[/b]  1 meeting"
        screen = await open_first_meeting(app, pilot)
        texts = option_texts(screen)
        assert "1. [bold]x[/bold] and [link=http://x]y[/link]" in texts
        ref, entry = texts[texts.index("Actions (1)") + 1].split("  ", 1)
        assert ref.startswith("MBBB/")  # undated: numbered in the year it was stored
        assert entry == "fix [/] ␛[31mred␛[0m  Ann Lee · no due date · open"
        minutes = screen.query_one("#meeting-text", MinutesView)
        assert "\x1b" not in minutes.text
        assert "[bold]x[/bold]" in minutes.text and "␛[31mred" in minutes.text
        assert len(minutes.text) == len(text)  # offsets still point at the same passages


async def test_export_key_passes_the_committee_in_view(
    make_app, sample_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str | None] = []
    monkeypatch.setattr(
        ClerkApp, "action_export", lambda self, committee=None: asked.append(committee)
    )
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("E")
        await open_first_meeting(app, pilot)
        await pilot.press("E")
    assert asked == [SAMPLE_COMMITTEE, SAMPLE_COMMITTEE]


async def test_empty_database_shows_how_to_start(make_app, empty_db_path: Path) -> None:
    app = make_app(empty_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        assert app.screen.query_one("#meetings-empty").display is True


async def test_many_meetings_start_collapsed_and_fill_on_expand(
    make_app, sample_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import clerk_tui.tui.screens.meetings as meetings_module

    monkeypatch.setattr(meetings_module, "EXPAND_ALL_UP_TO", 0)
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        tree = app.screen.query_one("#meeting-list", Tree)
        committee = tree.root.children[0]
        assert not committee.is_expanded and list(committee.children) == []
        assert tree.cursor_node is committee
        await pilot.press("enter")
        await pilot.pause()
        assert [n.data for n in committee.children] == [1]
