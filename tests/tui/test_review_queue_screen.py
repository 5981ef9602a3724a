"""Issue 15, point 3, as the clerk meets it: the review queue shows a name once however many
meetings give it, hides the sample minutes' names until `s`, narrows to one meeting with
`w`, adds only people with `A`, offers someone just added at once, and finds a person in
the directory despite a typo."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Input, OptionList, Static
from textual.widgets.data_table import ColumnKey

from clerk_tui.services.samples import load_samples, sample_folder
from clerk_tui.store import open_db
from clerk_tui.store.people import list_people
from clerk_tui.tui.dialogs import ChoiceDialog, ConfirmDialog, PersonPicker, PromptDialog
from clerk_tui.tui.screens.review import ReviewScreen
from tests.conftest import import_text

from .conftest import SAMPLE_MINUTES

SECOND = SAMPLE_MINUTES.replace("12 March 2024", "9 April 2024")
PARISH = """\
Minutes of the meeting of Riverside Parish Council held on 2 May 2024

Present: Cllr Anna Price (Chair), Cllr Tom Foy, Pam Walker (PW)
In attendance: the Parish Clerk

1. Telephone Box
The Parish Clerk reported that the Telephone Box had been repainted.
PW to ask the Internal Auditor for the annual return by 31 May 2024.
Councillor Okafor to write to the Farm Tenancy Board by 30 June 2024.
"""


def stocked(path: Path) -> None:
    """Two meetings of the Board naming the same people, the parish council's, and one of
    the shipped sample minutes."""
    db = open_db(path)
    try:
        for text in (SAMPLE_MINUTES, SECOND, PARISH):
            import_text(db, text)
        assert load_samples(db, [sample_folder() / "01_hwb_moderngov.txt"]) == (1, [])
    finally:
        db.close()


def directory(path: Path) -> dict[str, list[str]]:
    db = open_db(path)
    try:
        return {p["name"]: [r["title"] for r in p["roles"]] for p in list_people(db)}
    finally:
        db.close()


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def table_rows(screen: ReviewScreen) -> list[list[str]]:
    table = screen.query_one("#review-table", DataTable)
    return [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]


def summary(screen: ReviewScreen) -> str:
    return str(screen.query_one("#review-summary", Static).render())


async def choose(pilot, label_start: str) -> None:
    """Pick the choice whose label starts with `label_start` in the dialog on screen."""
    dialog = pilot.app.screen
    assert isinstance(dialog, ChoiceDialog)
    options = dialog.query_one(OptionList)
    labels = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
    options.highlighted = next(i for i, label in enumerate(labels) if label.startswith(label_start))
    await pilot.press("enter")
    await settle(pilot)


async def move_to(pilot, screen: ReviewScreen, text: str) -> None:
    index = [row["text"] for row in screen.queue].index(text)
    screen.query_one("#review-table", DataTable).move_cursor(row=index)
    await pilot.pause()


async def test_a_clerks_way_through_the_review_queue(empty_db_path, make_app):
    stocked(empty_db_path)
    app = make_app(empty_db_path)
    async with app.run_test(size=(120, 35)) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        # One row per name, however many meetings; the samples' names left out.
        assert {m for row in screen.queue for m in row["meeting_ids"]} == {1, 2, 3}
        okafor = next(r for r in table_rows(screen) if r[0].startswith("Mary Okafor"))
        assert okafor[0] == "Mary Okafor ×4"
        assert okafor[4].startswith("2024-03-12 +1 more · Riversid")
        assert "names of the sample minutes hidden (s)" in summary(screen)
        hidden = len(screen.queue)
        await pilot.press("s")
        await settle(pilot)
        assert len(screen.queue) > hidden
        assert "the sample minutes' names shown (s hides them)" in summary(screen)
        await pilot.press("s")
        await settle(pilot)
        assert len(screen.queue) == hidden

        # The parish council's names only; "Add all new" adds the people, not the posts.
        await pilot.press("w")
        await settle(pilot)
        await choose(pilot, "2024-05-02 Riverside Parish Council")
        assert {m for row in screen.queue for m in row["meeting_ids"]} == {3}
        assert summary(screen).startswith("5 names to review in 2024-05-02 Riverside Parish")
        await pilot.press("A")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("y")
        await settle(pilot)
        assert app._notifications  # what was added, and what was left
        assert directory(empty_db_path) == {
            "Anna Price": ["Chair"],
            "Tom Foy": ["Councillor"],
            "Pam Walker": [],
        }
        left = sorted(row["text"] for row in screen.queue)
        assert left == ["Councillor Okafor", "Parish Clerk"]

        # Mary Okafor added from the Board's row is offered at once for the parish's.
        await pilot.press("w")
        await settle(pilot)
        await choose(pilot, "Every meeting")
        await move_to(pilot, screen, "Mary Okafor")
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, PromptDialog)
        await pilot.press("enter")  # the name as the minutes give it
        await settle(pilot)
        await pilot.press("enter")  # and their role: Councillor
        await settle(pilot)
        assert directory(empty_db_path)["Mary Okafor"] == ["Councillor"]
        parish_okafor = next(r for r in screen.queue if r["text"] == "Councillor Okafor")
        assert [c["person"] for c in parish_okafor["candidates"]][:1] == ["Mary Okafor"]
        row = next(r for r in table_rows(screen) if r[0].startswith("Councillor Okafor"))
        assert row[2].startswith("Mary Okafor")

        # The Parish Clerk is Pam Walker: found despite the typo.
        await move_to(pilot, screen, "Parish Clerk")
        await pilot.press("enter")
        await settle(pilot)
        await choose(pilot, "Someone else")
        picker = app.screen
        assert isinstance(picker, PersonPicker)
        picker.query_one(Input).value = "pam walkr"
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        assert "Parish Clerk" not in [r["text"] for r in screen.queue]
    db = open_db(empty_db_path)
    try:
        (status, person), *_ = db.execute(
            "SELECT m.status, p.name FROM mentions m JOIN people p ON p.id = m.person_id "
            "WHERE m.meeting_id = 3 AND m.text = 'Parish Clerk'"
        ).fetchall()
    finally:
        db.close()
    assert (status, person) == ("confirmed", "Pam Walker")


async def test_columns_fit_the_screen_by_priority_and_refit_on_resize(tmp_path, make_app):
    """Issue 15, point 4: the queue never scrolls sideways; the name as written keeps room,
    then the best candidates, the status and the role; where it was seen when room allows."""
    path = tmp_path / "clerk.db"
    stocked(path)
    app = make_app(path)
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.press("r")
        await settle(pilot)
        table = app.screen.query_one("#review-table", DataTable)
        seen = {}
        for size in ((120, 35), (80, 24)):
            await pilot.resize_terminal(*size)
            await settle(pilot)
            assert table.row_count == len(app.screen.queue) > 5
            headings = [str(column.label) for column in table.columns.values()]
            seen[size] = headings
            assert table.virtual_size.width <= table.size.width and table.max_scroll_x == 0
            okafor = next(r for r in table_rows(app.screen) if r[0].startswith("Mary Okafor"))
            assert okafor[0] == "Mary Okafor ×4"
            assert table.columns[ColumnKey("text")].width >= 14
    assert seen[(120, 35)] == ["As written", "Status", "Best candidates", "Role given", "Seen in"]
    assert seen[(80, 24)] == ["As written", "Status", "Best candidates", "Role given"]
