"""The review screen: resolve unknown names; a confirmed name is matched on the next import."""

from __future__ import annotations

from textual.widgets import DataTable, OptionList, Static

from clerk_tui.store import open_db
from clerk_tui.store.people import add_person, list_people, review_queue
from clerk_tui.tui.screens.review import OTHER, ChoiceDialog, ReviewScreen
from tests.conftest import import_text

from .conftest import SAMPLE_MINUTES

SECOND_MINUTES = SAMPLE_MINUTES.replace("12 March 2024", "9 April 2024").replace(
    "Apologies were received", "Apologies were again received"
)


def imported(path, *texts: str) -> list[int]:
    """Store minutes through the real parser and matcher, as `clerk import` does."""
    db = open_db(path)
    try:
        return [import_text(db, text).id for text in texts]
    finally:
        db.close()


def mentions_of(path, meeting_id: int, text: str) -> list[tuple[str, int | None]]:
    db = open_db(path)
    try:
        return [
            (row["status"], row["person_id"])
            for row in db.query(
                "SELECT status, person_id FROM mentions WHERE meeting_id = ? AND text = ?",
                [meeting_id, text],
            )
        ]
    finally:
        db.close()


async def open_review_at(app, pilot, text: str) -> ReviewScreen:
    """Switch to review and put the cursor on the row for `text`."""
    await pilot.pause()
    await pilot.press("r")
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, ReviewScreen)
    index = [row["text"] for row in screen.queue].index(text)
    screen.query_one("#review-table", DataTable).move_cursor(row=index)
    await pilot.pause()
    return screen


async def test_confirm_someone_else_teaches_the_alias(empty_db_path, make_app):
    db = open_db(empty_db_path)
    try:
        bennett = add_person(db, "Mary Bennett", role="Councillor")  # her name since marrying
    finally:
        db.close()
    (first,) = imported(empty_db_path, SAMPLE_MINUTES)
    app = make_app(empty_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_review_at(app, pilot, "Mary Okafor")
        sentence = str(screen.query_one("#review-sentence", Static).render())
        assert "Apologies were received from Councillor Mary Okafor." in sentence
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
        choices = app.screen.query_one(OptionList)
        choices.highlighted = choices.get_option_index(OTHER)  # "Someone else in the directory"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press(*"Mary Bennett", "enter")
        await pilot.pause()
        assert "Mary Okafor" not in [row["text"] for row in screen.queue]
    assert {m for m in mentions_of(empty_db_path, first, "Mary Okafor")} == {("confirmed", bennett)}
    (second,) = imported(empty_db_path, SECOND_MINUTES)
    assert {m for m in mentions_of(empty_db_path, second, "Mary Okafor")} == {("matched", bennett)}
    db = open_db(empty_db_path)
    try:
        waiting = [(r["meeting_id"], r["text"]) for r in review_queue(db)]
    finally:
        db.close()
    assert (second, "Mary Okafor") not in waiting


async def test_new_person_prefilled_from_the_minutes(empty_db_path, make_app):
    imported(empty_db_path, SAMPLE_MINUTES)
    app = make_app(empty_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_review_at(app, pilot, "Mary Okafor")
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.query_one("Input").value == "Mary Okafor"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query_one("Input").value == "Councillor"
        await pilot.press("enter")
        await pilot.pause()
    db = open_db(empty_db_path)
    try:
        people = {p["name"]: [r["title"] for r in p["roles"]] for p in list_people(db)}
    finally:
        db.close()
    assert people["Mary Okafor"] == ["Councillor"]


async def test_ignore_takes_the_name_off_the_queue(empty_db_path, make_app):
    (meeting,) = imported(empty_db_path, SAMPLE_MINUTES)
    app = make_app(empty_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_review_at(app, pilot, "Mary Okafor")
        before = len(screen.queue)
        await pilot.press("x")
        await pilot.pause()
        assert len(screen.queue) == before - 1
    assert {m for m in mentions_of(empty_db_path, meeting, "Mary Okafor")} == {("ignored", None)}


async def test_undo_an_automatic_match_from_the_matches_view(empty_db_path, make_app):
    db = open_db(empty_db_path)
    try:
        whitley = add_person(db, "Tom Whitley", role="Carers Lead")
    finally:
        db.close()
    (meeting,) = imported(empty_db_path, SAMPLE_MINUTES)
    assert ("matched", whitley) in mentions_of(empty_db_path, meeting, "Tom Whitley")
    app = make_app(empty_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("r")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        await pilot.press("v")
        await pilot.pause()
        table = screen.query_one("#review-table", DataTable)
        assert "matched without asking" in str(screen.query_one("#review-summary").render())
        rows = [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
        index = [row["text"] for row in screen.queue].index("Tom Whitley")
        assert "Tom Whitley" in rows[index]
        assert str(table.get_row_at(index)[2]).startswith("Tom Whitley 100%")
        table.move_cursor(row=index)
        await pilot.pause()
        await pilot.press("u")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert "Tom Whitley" not in [row["text"] for row in screen.queue]
        await pilot.press("v")
        await pilot.pause()
        assert "Tom Whitley" in [row["text"] for row in screen.queue]
    assert set(mentions_of(empty_db_path, meeting, "Tom Whitley")) == {("ambiguous", None)}
    db = open_db(empty_db_path)
    try:
        owners = db.execute(
            "SELECT owner, person_id FROM actions WHERE meeting_id = ? AND owner = 'Tom Whitley'",
            [meeting],
        ).fetchall()
        refused = db.execute("SELECT person_id, mention FROM refused_matches").fetchall()
    finally:
        db.close()
    assert owners and all(person is None for _, person in owners)
    assert refused == [(whitley, "Tom Whitley")]
    (again,) = imported(empty_db_path, SECOND_MINUTES)  # learned: asked, not matched
    assert ("matched", whitley) not in mentions_of(empty_db_path, again, "Tom Whitley")
