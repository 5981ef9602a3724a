"""The follow-ups screen: the forward plan by month, and marking scheduled or done."""

from __future__ import annotations

from datetime import date

from textual.widgets import DataTable, Static

from clerk_tui.core.model import FollowUp, Meeting, ParsedMinutes
from clerk_tui.store import open_db
from clerk_tui.store.follow_ups import list_follow_ups
from clerk_tui.tui.screens.follow_ups import FollowUpsScreen

from .conftest import store_minutes


def plan_db(tmp_path):
    """Three follow-ups: one overdue (May), one in September, one undated."""
    path = tmp_path / "clerk.db"
    text = "Minutes with follow-ups"
    parsed = ParsedMinutes(
        meeting=Meeting("Cabinet", date(2024, 3, 1)),
        follow_ups=[
            FollowUp("Undated review", "a future meeting", None, None, 0, 5),
            FollowUp("Budget outturn", "in September", date(2024, 9, 30), None, 0, 5),
            FollowUp("Tree survey [b]x[/b]", "in May", date(2024, 5, 31), None, 0, 5),
        ],
    )
    store_minutes(path, text, parsed)
    return path


def cells(table: DataTable) -> list[list[str]]:
    return [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]


async def open_follow_ups(app, pilot) -> DataTable:
    await pilot.pause()
    await pilot.press("f")
    await pilot.pause()
    assert isinstance(app.screen, FollowUpsScreen)
    return app.screen.query_one("#follow-ups-table", DataTable)


async def test_grouped_by_month_undated_last_overdue_in_words(tmp_path, make_app):
    app = make_app(plan_db(tmp_path))
    async with app.run_test(size=(100, 30)) as pilot:
        table = await open_follow_ups(app, pilot)
        rows = cells(table)
        assert [r[0] for r in rows] == [
            "May 2024",
            "in May",
            "September 2024",
            "in September",
            "No date given",
            "a future meeting",
        ]
        assert [r[2] for r in rows if r[1]] == [
            "Tree survey [b]x[/b]",
            "Budget outturn",
            "Undated review",
        ]
        assert rows[1][-1] == "Overdue"
        assert "red" in str(table.get_row_at(1)[2].style)
        assert rows[3][-1] == "Open"
        assert table.cursor_row == 1  # on the first follow-up, not its heading
        preview = str(app.screen.query_one("#follow-ups-preview", Static).render())
        assert preview.startswith("Tree survey [b]x[/b]\nto Cabinet · in May")


async def test_mark_scheduled_then_done_and_reopen(tmp_path, make_app):
    path = plan_db(tmp_path)
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        table = await open_follow_ups(app, pilot)
        await pilot.press("s")
        await pilot.pause()
        assert cells(table)[1][-1] == "Scheduled · overdue"
        await pilot.press("down", "down", "d")  # skip the September heading
        await pilot.pause()
        assert cells(table)[3][-1] == "Done"
        await pilot.press("d")  # again: reopened
        await pilot.pause()
        assert cells(table)[3][-1] == "Open"
        await pilot.press("up", "s")  # a heading: nothing to mark
        await pilot.pause()
        assert any("Move to a follow-up" in n.message for n in app._notifications)
    db = open_db(path)
    try:
        stored = {f["text"]: f["status"] for f in list_follow_ups(db, status="all")}
    finally:
        db.close()
    assert stored == {
        "Tree survey [b]x[/b]": "scheduled",
        "Budget outturn": "open",
        "Undated review": "open",
    }


async def test_view_toggle_shows_done_ones(tmp_path, make_app):
    path = plan_db(tmp_path)
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        table = await open_follow_ups(app, pilot)
        await pilot.press("d", "f")
        await pilot.pause()
        await pilot.press("a")  # leave and come back: the plan is read again
        await pilot.pause()
        await pilot.press("f")
        await pilot.pause()
        table = app.screen.query_one("#follow-ups-table", DataTable)
        assert "Tree survey [b]x[/b]" not in [r[2] for r in cells(table)]
        await pilot.press("v")
        await pilot.pause()
        assert "Tree survey [b]x[/b]" in [r[2] for r in cells(table)]


async def test_columns_by_priority_short_committee_when_narrow(tmp_path, make_app):
    """What comes back, when (cut) and the status first; the committee's short name, then
    when in full, the meeting and the committee's full name as room allows."""
    path = tmp_path / "clerk.db"
    what = "The draft carers strategy with the consultation results and the costed options"
    parsed = ParsedMinutes(
        meeting=Meeting("Riverside Health and Wellbeing Board", date(2024, 3, 1)),
        follow_ups=[FollowUp(what, "the September meeting of the Board", None, None, 0, 5)],
    )
    store_minutes(path, "Minutes", parsed)
    headers, first = {}, {}
    for width in (60, 80, 120, 200):
        app = make_app(path)
        async with app.run_test(size=(width, 24)) as pilot:
            table = await open_follow_ups(app, pilot)
            headers[width] = [str(column.label) for column in table.columns.values()]
            first[width] = dict(zip(headers[width], cells(table)[1], strict=True))
            assert table.virtual_size.width <= width
    assert headers == {
        60: ["When", "To", "What", "Status"],
        80: ["When", "To", "What", "Status"],
        120: ["When", "To", "What", "From", "Status"],
        200: ["When", "Comes back to", "What", "From", "Status"],
    }
    assert first[60]["When"] == "the September…" and first[60]["To"] == "RHWB"
    assert first[80]["When"] == "the September meeting o…"
    assert len(first[80]["What"]) == 36 and first[80]["What"].endswith("…")
    assert first[200]["What"] == what
    assert first[200]["Comes back to"] == "Riverside Health and Wellbeing Board"
