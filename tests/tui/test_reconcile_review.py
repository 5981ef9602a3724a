"""Review (`r`) from the keyboard with every kind of reconciliation proposal: each row says
what it would do, the passage and the update to record show under it, and nothing changes
until the clerk says yes. The first meeting is stored by hand (not through the parser)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.widgets import DataTable, Static

from clerk_tui.core.model import Action, Item, Meeting, ParsedMinutes
from clerk_tui.store import open_db
from clerk_tui.store.actions import get_action
from clerk_tui.store.meetings import save_parsed
from clerk_tui.store.reconciliation import propose_reconciliation
from clerk_tui.tui.dialogs import ConfirmDialog
from clerk_tui.tui.screens.review import ReviewScreen

CYCLE = Path(__file__).resolve().parents[2] / "sample_minutes" / "cycle"
CSP = "Riverside Community Safety Partnership"


def store_pair(path: Path) -> int:
    """The partnership's January actions (rows 1.1-1.7 of its action table) and its March
    minutes; the id of the March meeting, with its proposals recorded."""
    first = (CYCLE / "csp-2024-01-16.txt").read_text(encoding="utf-8")
    second = (CYCLE / "csp-2024-03-19.txt").read_text(encoding="utf-8")
    heading = first.index("6. Actions")
    actions = []
    for line in first[heading:].splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) == 4 and cells[0].startswith("1."):
            start = first.index(line)
            due = date(*reversed([int(n) for n in cells[3].split("/")]))
            actions.append(Action(cells[1], cells[2], due, cells[3], 0, start, start + len(line)))
    parsed = ParsedMinutes(
        meeting=Meeting(CSP, date(2024, 1, 16), None),
        items=[Item("6", "Actions", heading, heading + 10)],
        actions=actions,
    )
    db = open_db(path)
    try:
        save_parsed(db, first, parsed)
        march = save_parsed(db, second, ParsedMinutes(meeting=Meeting(CSP, date(2024, 3, 19))))
        propose_reconciliation(db, march.id)
        return march.id
    finally:
        db.close()


async def test_owner_change_shown_with_its_passage_and_applied_on_yes(
    make_app, empty_db_path: Path
) -> None:
    store_pair(empty_db_path)
    app = make_app(empty_db_path)
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.press("r")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        table = screen.query_one("#proposals-table", DataTable)
        assert [str(table.get_row_at(n)[0]) for n in range(table.row_count)] == [
            "mark done",
            "add update",
            "add update",
            "pass to JB",
            "mark done",
            "drop",
            "add update",
            "pass to AK",
            "re-date to 2024-04-30",
            "drop",
        ]
        assert str(table.get_row_at(3)[1]) == "RCSP/24/03"  # the action's reference
        await pilot.press("down", "down", "down")
        await pilot.pause()
        shown = str(screen.query_one("#review-sentence", Static).content).splitlines()
        assert shown[:2] == [
            "Pass to JB: action RCSP/24/03 (open) Write to the Youth Service about summer "
            "holiday provision",
            "Update: Not done: passed to JB",
        ]
        assert shown[2].startswith("Minutes of 2024-03-19: “1.3 | Write to the Youth Service")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("y")
        await pilot.pause()
        assert app._notifications
        assert [n.message for n in app._notifications][-1] == (
            "Action RCSP/24/03 passed to JB; kept in its history."
        )
        assert table.row_count == 9
    db = open_db(empty_db_path)
    try:
        action = get_action(db, 3)
        assert (action["owner"], action["status"]) == ("JB", "open")
        assert action["latest_note"] == "minutes of 2024-03-19: Not done: passed to JB"
    finally:
        db.close()


async def test_proposals_fit_the_screen_by_priority(make_app, empty_db_path: Path) -> None:
    """Issue 15, point 4: the proposals never scroll sideways at 80x24 or 120x35; what is
    proposed is never cut, the action takes the room left."""
    store_pair(empty_db_path)
    app = make_app(empty_db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r")
        await pilot.pause()
        table = app.screen.query_one("#proposals-table", DataTable)
        for size in ((80, 24), (120, 35)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.pause()
            assert table.row_count == 10
            assert table.virtual_size.width <= table.size.width and table.max_scroll_x == 0
            assert str(table.get_row_at(8)[0]) == "re-date to 2024-04-30"
            assert [str(c.label) for c in table.columns.values()][:3] == [
                "Proposed",
                "Ref",
                "Action",
            ]
