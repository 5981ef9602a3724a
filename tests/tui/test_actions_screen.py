"""The actions screen: what the table shows, and what the database holds after each key."""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, Static
from textual.worker import WorkerCancelled

from clerk_tui.core.model import Action, Item, Meeting, ParsedMinutes
from clerk_tui.store import open_db
from clerk_tui.store.actions import ActionFilter, get_action, list_actions
from clerk_tui.tui.action_edit import EditActionDialog
from clerk_tui.tui.screens import actions as actions_screen
from clerk_tui.tui.screens.actions import (
    ActionDetailScreen,
    ActionsScreen,
    filter_words,
)

from .conftest import store_minutes


def rows_of(table: DataTable) -> list[list[str]]:
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]


def row_of(table: DataTable, index: int) -> dict[str, str]:
    """One row's cells by column key ("owner", "due", "status"...)."""
    cells = table.get_row_at(index)
    return {str(key.value): str(c) for key, c in zip(table.columns, cells, strict=True)}


def db_action(path: Path, action_id: int) -> dict:
    db = open_db(path)
    try:
        return get_action(db, action_id)
    finally:
        db.close()


async def settle(app, pilot) -> None:
    """Let screen switches, debounce timers and loading workers finish."""
    await pilot.pause()
    for _ in range(2):
        with contextlib.suppress(WorkerCancelled):  # a newer query replaced it
            await app.workers.wait_for_complete()
        await pilot.pause(0.1)


async def open_actions(app, pilot) -> DataTable:
    await settle(app, pilot)
    assert isinstance(app.screen, ActionsScreen)
    return app.screen.query_one("#actions-table", DataTable)


async def test_table_lists_open_actions_with_overdue_in_words(sample_db_path, make_app):
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        table = await open_actions(app, pilot)
        assert rows_of(table) == [
            [
                "RHWB/24/01",
                "Circulate the needs assessment summary…",
                "Dr Priya Natarajan",
                "2024-06-28",
                "Overdue",
            ],
            ["RHWB/24/02", "Send the carers survey results to Coun…", "Tom Whitley", "2024-09-30"]
            + ["Not yet due"],
        ]
        assert "red" in str(table.get_row_at(0)[1].style)
        assert "red" not in str(table.get_row_at(1)[1].style)
        summary = app.screen.query_one("#actions-summary", Static)
        assert "1–2 of 2" in str(summary.render())
        preview = str(app.screen.query_one("#actions-preview", Static).render())
        assert preview.splitlines() == [
            "RHWB/24/01  Circulate the needs assessment summary to all members",
            "Riverside Health and Wellbeing Board · Dr Priya Natarajan · due Fri 28 Jun 2024 · "
            "minutes: “by 28 June”",
        ]


async def test_columns_by_priority_as_the_screen_widens(sample_db_path, make_app):
    """The action, owner, due date and status first; the committee's short name, the
    meeting date, the committee in full and the age as room allows; never wider than the
    screen."""
    headers, first = {}, {}
    for width in (80, 100, 120, 160, 200):
        app = make_app(sample_db_path)
        async with app.run_test(size=(width, 24)) as pilot:
            table = await open_actions(app, pilot)
            headers[width] = [str(column.label) for column in table.columns.values()]
            first[width] = rows_of(table)[0]
            assert table.virtual_size.width <= width
    assert headers == {
        80: ["Ref", "Action", "Owner", "Due", "Status"],
        100: ["Ref", "Action", "Owner", "Due", "Status"],
        120: ["Ref", "Cttee", "Action", "Owner", "Due", "Status"],
        160: ["Ref", "Cttee", "Meeting", "Action", "Owner", "Due", "Status", "Age"],
        200: ["Ref", "Committee", "Meeting", "Action", "Owner", "Due", "Status", "Age"],
    }
    assert first[80][1:3] == ["Circulate the needs asse…", "Dr Priya Na…"]
    assert first[100][2] == "Dr Priya Natarajan"
    assert first[120][1] == "RHWB"  # the short name, not "Riverside H…"
    assert first[160][3] == "Circulate the needs assessment summary to all members"
    assert first[200][1] == "Riverside Health and Wellbeing Board"


async def test_done_shows_complete_and_writes_history(sample_db_path, make_app):
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        table = await open_actions(app, pilot)
        await pilot.press("d")
        await pilot.pause()
        assert row_of(table, 0)["status"] == "Complete"
    action = db_action(sample_db_path, 1)
    assert action["status"] == "done"
    assert [(e["field"], e["old_value"], e["new_value"]) for e in action["events"]] == [
        ("created", None, "Circulate the needs assessment summary to all members"),
        ("status", "open", "done"),
    ]


async def test_drop_asks_first_and_no_keeps_it_open(sample_db_path, make_app):
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        table = await open_actions(app, pilot)
        await pilot.press("down", "x")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert db_action(sample_db_path, 2)["status"] == "open"
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert row_of(table, 1)["status"] == "Dropped"
    assert db_action(sample_db_path, 2)["status"] == "dropped"


async def test_update_note_goes_into_history(sample_db_path, make_app):
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_actions(app, pilot)
        await pilot.press("u")
        await pilot.pause()
        await pilot.press(*"draft sent", "enter")
        await pilot.pause()
    events = db_action(sample_db_path, 1)["events"]
    assert [(e["field"], e["note"]) for e in events][-1] == ("note", "draft sent")


async def test_edit_owner_and_due(sample_db_path, make_app):
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        table = await open_actions(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("ctrl+u", *"Tom Whitley", "enter")
        await pilot.pause()
        await pilot.press("ctrl+u", *"2025-07-01", "enter")
        await pilot.pause()
        cells = row_of(table, 0)
        assert [cells["owner"], cells["due"], cells["status"]] == [
            "Tom Whitley",
            "2025-07-01",
            "On track",
        ]
    action = db_action(sample_db_path, 1)
    assert (action["owner"], action["due"], action["original_due"]) == (
        "Tom Whitley",
        "2025-07-01",
        "2024-06-28",
    )
    assert [(e["field"], e["new_value"]) for e in action["events"]][1:] == [
        ("owner", "Tom Whitley"),
        ("due", "2025-07-01"),
    ]


def reading_shown(app) -> str:
    return str(app.screen.query_one("#edit-due-reading", Static).render())


async def test_next_friday_shows_both_readings_before_saving_and_stores_the_chosen_date(
    sample_db_path, make_app
):
    """Today is Monday 1 July 2024: "next Friday" is read as next week's (12 July), with this
    week's (5 July) offered; the arrow takes the other; the date is stored, not the phrase."""
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        table = await open_actions(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, EditActionDialog)
        await pilot.press("enter")  # keep the owner
        await pilot.press("ctrl+u", *"next Friday")
        await pilot.pause()
        assert reading_shown(app).splitlines() == [
            "next Friday → Fri 12 Jul 2024 (next week's Friday)",
            "   or Fri 5 Jul 2024 (this week's Friday): ↑↓ takes it",
        ]
        await pilot.press("down")
        assert reading_shown(app).splitlines()[0] == (
            "next Friday → Fri 5 Jul 2024 (this week's Friday)"
        )
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ActionsScreen)
        assert [row_of(table, 0)[key] for key in ("due", "status")] == ["2024-07-05", "On track"]
        preview = str(app.screen.query_one("#actions-preview", Static).render())
        assert "due Fri 5 Jul 2024 (revised; first due Fri 28 Jun 2024)" in preview
        assert "next Friday" not in preview  # the phrase typed is not kept as if unread
    action = db_action(sample_db_path, 1)
    assert (action["due"], action["due_text"]) == ("2024-07-05", "by 28 June")


async def test_unreadable_due_keeps_the_dialog_and_what_was_typed(sample_db_path, make_app):
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_actions(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("ctrl+u", *"Someone Else", "enter")
        await pilot.press("ctrl+u", *"whenever", "enter")
        await pilot.pause()
        assert isinstance(app.screen, EditActionDialog)
        assert app.screen.query_one("#edit-due", Input).value == "whenever"
        assert "“whenever” is not a date" in reading_shown(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ActionsScreen)
    action = db_action(sample_db_path, 1)
    assert (action["owner"], action["due"]) == ("Dr Priya Natarajan", "2024-06-28")
    assert [e["field"] for e in action["events"]] == ["created"]


async def test_filter_as_you_type_and_overdue_toggle(sample_db_path, make_app):
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        table = await open_actions(app, pilot)
        await pilot.press("slash", *"carers")
        await settle(app, pilot)
        assert [row[0] for row in rows_of(table)] == ["RHWB/24/02"]
        await pilot.press("ctrl+u", *"riverside priya")  # committee word and owner word
        await settle(app, pilot)
        assert [row[0] for row in rows_of(table)] == ["RHWB/24/01"]
        await pilot.press("enter")  # enter keeps the filter and goes back to the table
        await settle(app, pilot)
        assert [row[0] for row in rows_of(table)] == ["RHWB/24/01"]
        assert table.has_focus
        await pilot.press("slash", "escape")  # escape drops it
        await settle(app, pilot)
        assert [row[0] for row in rows_of(table)] == ["RHWB/24/01", "RHWB/24/02"]
        assert app.screen.query_one("#actions-filter").value == ""
        assert table.has_focus
        await pilot.press("o")
        await settle(app, pilot)
        assert [row[0] for row in rows_of(table)] == ["RHWB/24/01"]
        assert "overdue only" in str(app.screen.query_one("#actions-summary", Static).render())
        await pilot.press("o")
        await settle(app, pilot)
        assert table.row_count == 2


async def test_committee_cycle(tmp_path, make_app):
    path = tmp_path / "clerk.db"
    for committee, text in (("Audit", "Audit minutes"), ("Cabinet", "Cabinet minutes")):
        parsed = ParsedMinutes(
            meeting=Meeting(committee, date(2024, 5, 1)),
            actions=[Action(f"{committee} task", "Ann", None, None, None, 0, 5)],
        )
        store_minutes(path, text, parsed)
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        table = await open_actions(app, pilot)
        seen = []
        for _ in range(3):
            await pilot.press("c")
            await settle(app, pilot)
            seen.append([row[1] for row in rows_of(table)])
        assert seen == [["Audit"], ["Cabinet"], ["Audit", "Cabinet"]]


async def test_detail_shows_history_and_source(sample_db_path, make_app):
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_actions(app, pilot)
        await pilot.press("d", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ActionDetailScreen)
        history = str(app.screen.query_one("#detail-history", Static).render())
        source = str(app.screen.query_one("#detail-source", Static).render())
        assert "created from the minutes" in history
        assert "status: open → done" in history
        assert source == (
            "Dr Priya Natarajan agreed to circulate the summary to all members by 28 June."
        )
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ActionsScreen)


MARKUP = "Check [bold]x[/bold] and [link=http://x]y[/link] then [/] and \x1b[31mred"


async def test_markup_in_minutes_is_shown_literally(tmp_path, make_app):
    path = tmp_path / "clerk.db"
    text = f"Minutes\n{MARKUP}\n"
    start = text.index(MARKUP)
    parsed = ParsedMinutes(
        meeting=Meeting("[b]Board[/b]", date(2024, 5, 1)),
        items=[Item("1", "[/]", 0, 7)],
        actions=[Action(MARKUP, "[red]Ann[/]", None, None, 0, start, start + len(MARKUP))],
    )
    store_minutes(path, text, parsed)
    app = make_app(path)
    async with app.run_test(size=(200, 30)) as pilot:
        table = await open_actions(app, pilot)
        row = rows_of(table)[0]
        assert row[1] == "[b]Board[/b]"
        assert row[4] == "[red]Ann[/]"
        assert row[3].startswith("Check [bold]x[/bold] and [link=http://x]y[/link] then [/]")
        assert "\x1b" not in row[3] and "␛[31mred" in row[3]
        await pilot.press("enter")
        await pilot.pause()
        source = str(app.screen.query_one("#detail-source", Static).render())
        heading = str(app.screen.query_one("#detail-heading", Static).render())
        assert source == MARKUP.replace("\x1b", "␛")
        assert "[b]Board[/b]" in heading and "[red]Ann[/]" in heading
        assert "· item 1 [/] ·" in heading  # the agenda item it was minuted under


async def test_paging_keeps_at_most_two_pages(tmp_path, make_app, monkeypatch):
    monkeypatch.setattr(actions_screen, "PAGE_SIZE", 40)  # more than a screen; fewer presses
    path = tmp_path / "clerk.db"
    count = actions_screen.PAGE_SIZE * 3 + 7
    parsed = ParsedMinutes(
        meeting=Meeting("Big", date(2024, 5, 1)),
        actions=[Action(f"task {n}", "Ann", None, None, None, 0, 1) for n in range(count)],
    )
    store_minutes(path, "x", parsed)
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        table = await open_actions(app, pilot)
        assert table.row_count == actions_screen.PAGE_SIZE
        seen_max = 0
        for _ in range(count + 5):
            await pilot.press("down")
            if app.workers._workers:
                await settle(app, pilot)
            seen_max = max(seen_max, table.row_count)
        await settle(app, pilot)
        screen = app.screen
        assert seen_max <= 2 * actions_screen.PAGE_SIZE
        assert screen.selected_id() == count  # the last action, by id
        assert screen.window_start + table.row_count == count
        await pilot.press("home")
        for _ in range(3):
            await pilot.press("up")
            await settle(app, pilot)
        assert table.row_count <= 2 * actions_screen.PAGE_SIZE


def test_filter_words_use_word_starts_and_names(sample_db_path):
    """The store's text filter, as the screen uses it: word starts of text and owner,
    any part of the committee name."""
    db = open_db(sample_db_path)
    try:

        def ids(text: str) -> list[int]:
            return [a["id"] for a in list_actions(db, ActionFilter(text=text, status="all"))]

        assert ids("circ") == [1]
        assert ids("whit") == [2]
        assert ids("wellbeing tom") == [2]
        assert ids("ircul") == []  # not a word start
        assert ids("-") == []
        assert ids('"') == []
    finally:
        db.close()


async def test_detail_names_every_owner_of_a_shared_action(tmp_path, make_app):
    path = tmp_path / "clerk.db"
    shared = Action("Joint task", "Carole Burgoyne and Ross Jago", None, None, None, 0, 5)
    shared.owners = ["Carole Burgoyne", "Ross Jago"]
    store_minutes(
        path, "Joint minutes", ParsedMinutes(Meeting("C", date(2024, 5, 1)), actions=[shared])
    )
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_actions(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        heading = str(app.screen.query_one("#detail-heading", Static).render())
    assert (
        heading.splitlines()[1]
        == "C · meeting 2024-05-01 · owners Carole Burgoyne, Ross Jago · no due date"
    )


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("", None),
        ("  ", None),
        ("c", "c"),
        ("carers", "carers"),
        ("priya c", "priya"),
        ("priya ca", "priya ca"),
        ("priya c ", "priya c"),
    ],
)
def test_a_lone_letter_after_other_words_waits_for_the_next_key(typed, words):
    assert filter_words(typed) == words
