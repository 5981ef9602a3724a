"""The people screen: the directory, adding, editing, merging, and each person's actions."""

from __future__ import annotations

from textual.widgets import DataTable, Static

from clerk_tui.store import open_db
from clerk_tui.store.actions import get_action
from clerk_tui.store.people import add_person, list_people, match_text
from clerk_tui.tui.dialogs import FormDialog
from clerk_tui.tui.screens.people import PeopleScreen


def with_people(path, *people: tuple[str, str | None]) -> list[int]:
    db = open_db(path)
    try:
        return [add_person(db, name, role=role) for name, role in people]
    finally:
        db.close()


def directory(path) -> list[dict]:
    db = open_db(path)
    try:
        return list_people(db)
    finally:
        db.close()


def names(table: DataTable) -> list[str]:
    return [str(table.get_row_at(i)[0]) for i in range(table.row_count)]


async def open_people(app, pilot) -> DataTable:
    await pilot.pause()
    await pilot.press("p")
    await pilot.pause()
    assert isinstance(app.screen, PeopleScreen)
    return app.screen.query_one("#people-table", DataTable)


async def test_lists_people_with_role_and_open_actions(sample_db_path, make_app):
    # Attach the sample's first action to her, as the matcher does at import.
    with_people(sample_db_path, ("Priya Natarajan", "Director of Public Health"))
    db = open_db(sample_db_path)
    try:
        db.execute("UPDATE actions SET person_id = 1 WHERE id = 1")
    finally:
        db.close()
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        table = await open_people(app, pilot)
        assert names(table) == ["Priya Natarajan"]
        assert str(table.get_row_at(0)[1]) == "Director of Public Health"  # room for it all
        detail = str(app.screen.query_one("#people-detail", Static).render())
        assert "Role: Director of Public Health\n" in detail
        assert "Open actions (1)" in detail
        assert "RHWB/24/01  Circulate the needs assessment summary to all members" in detail
        assert "Overdue" in detail


async def test_add_and_edit_person(empty_db_path, make_app):
    app = make_app(empty_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        table = await open_people(app, pilot)
        await pilot.press("n")
        await pilot.pause()
        await pilot.press(*"Mary Okafor", "enter")
        await pilot.pause()
        await pilot.press(*"Councillor", "enter")
        await pilot.pause()
        assert names(table) == ["Mary Okafor"]
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("ctrl+u", *"Mary Okafor-Jones", "enter")  # name, then organisation
        await pilot.press(*"Riverside Council", "enter", *"mary okafor at riverside", "enter")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, FormDialog)  # a bad email: the form stays, all kept
        problem = str(form.query_one("#form-problem", Static).render())
        assert (
            problem == "“mary okafor at riverside” is not an email address like name@council.gov.uk"
        )
        assert form.values()["organisation"] == "Riverside Council"
        await pilot.press("ctrl+u", *"mary.okafor@riverside.example", "enter")
        await pilot.pause()
        assert names(table) == ["Mary Okafor-Jones"]
        detail = str(app.screen.query_one("#people-detail", Static).render())
        assert "mary.okafor@riverside.example" in detail
    (person,) = directory(empty_db_path)
    assert person["name"] == "Mary Okafor-Jones"
    assert person["organisation"] == "Riverside Council"
    assert person["email"] == "mary.okafor@riverside.example"
    assert [r["title"] for r in person["roles"]] == ["Councillor"]
    assert "Mary Okafor" in person["aliases"]  # the old name still matches


async def test_merge_duplicate_moves_actions(sample_db_path, make_app):
    keep, duplicate = with_people(
        sample_db_path, ("Priya Natarajan", None), ("Dr P Natarajan", None)
    )
    db = open_db(sample_db_path)
    try:
        db.execute("UPDATE actions SET person_id = ? WHERE id = 1", [duplicate])
    finally:
        db.close()
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        table = await open_people(app, pilot)
        assert names(table) == ["Dr P Natarajan", "Priya Natarajan"]
        await pilot.press("M")  # the highlighted one, Dr P Natarajan, is the duplicate
        await pilot.pause()
        await pilot.press(*"priya natrajan", "enter")  # found though misspelt
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert names(table) == ["Priya Natarajan"]
    (person,) = directory(sample_db_path)
    assert person["id"] == keep
    assert "Dr P Natarajan" in person["aliases"]
    db = open_db(sample_db_path)
    try:
        assert get_action(db, 1)["person_id"] == keep
    finally:
        db.close()


async def test_merge_into_unknown_name_changes_nothing(sample_db_path, make_app):
    with_people(sample_db_path, ("Priya Natarajan", None), ("Tom Whitley", None))
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_people(app, pilot)
        await pilot.press("M")
        await pilot.pause()
        await pilot.press(*"Nobody Here", "enter")
        await pilot.pause()
        assert any("Nobody in the directory fits" in n.message for n in app._notifications)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, PeopleScreen)
    assert len(directory(sample_db_path)) == 2


async def test_find_narrows_by_alias(empty_db_path, make_app):
    db = open_db(empty_db_path)
    try:
        add_person(db, "Integrated Care Board", aliases=["ICB"])
        add_person(db, "Tom Whitley")
    finally:
        db.close()
    app = make_app(empty_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        table = await open_people(app, pilot)
        await pilot.press("slash", *"icb")
        await pilot.pause()
        assert names(table) == ["Integrated Care Board"]


async def test_find_forgives_typos_and_finds_by_role(empty_db_path, make_app):
    with_people(
        empty_db_path,
        ("Priya Natarajan", "Director of Public Health"),
        ("Tom Whitley", "Carers Lead"),
        ("Mary Okafor", "Councillor"),
    )
    app = make_app(empty_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        table = await open_people(app, pilot)
        await pilot.press("slash", *"natrajan")
        await pilot.pause()
        assert names(table) == ["Priya Natarajan"]
        await pilot.press("ctrl+u", *"carers")
        await pilot.pause()
        assert names(table) == ["Tom Whitley"]


async def test_seat_on_a_committee_and_take_off(empty_db_path, make_app):
    (steve,) = with_people(empty_db_path, ("Steve Fisher", "Scientific Computing"))
    app = make_app(empty_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_people(app, pilot)
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("enter")  # "Seat on a committee…"
        await pilot.pause()
        await pilot.press(*"ICAT Steering Group", "enter")
        await pilot.pause()
        await pilot.press(*"SF", "enter")
        await pilot.pause()
        detail = str(app.screen.query_one("#people-detail", Static).render())
        assert "Sits on: ICAT Steering Group (SF)" in detail
        (person,) = directory(empty_db_path)
        assert person["committees"] == [
            {"committee": "ICAT Steering Group", "initials": "SF", "origin": "clerk"}
        ]
        db = open_db(empty_db_path)
        try:
            assert match_text(db, "SF", committee="ICAT Steering Group").person_id == steve
        finally:
            db.close()
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("down", "enter")  # "Take off ICAT Steering Group (SF)"
        await pilot.pause()
        detail = str(app.screen.query_one("#people-detail", Static).render())
        assert "Sits on" not in detail
    (person,) = directory(empty_db_path)
    assert person["committees"] == []


async def test_columns_fit_the_screen_by_priority_and_refit_on_resize(empty_db_path, make_app):
    """Issue 15, point 4: the directory never scrolls sideways; the name keeps its room, then
    the role, and the organisation is no longer cut to 16 characters when there is room."""
    db = open_db(empty_db_path)
    try:
        organisation = "Riverside and District Community Voluntary Service"
        for i in range(12):
            add_person(
                db,
                f"Councillor Alexandra Whitfield-{i:02}",
                role="Cabinet Member for Adult Social Care",
                organisation=organisation,
            )
    finally:
        db.close()
    app = make_app(empty_db_path)
    async with app.run_test(size=(120, 35)) as pilot:
        table = await open_people(app, pilot)
        await app.workers.wait_for_complete()
        cut = {}
        for size in ((120, 35), (80, 24)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.pause()
            assert table.row_count == 12
            assert [str(c.label) for c in table.columns.values()] == [
                "Name",
                "Role",
                "Organisation",
            ]
            assert table.virtual_size.width <= table.size.width and table.max_scroll_x == 0
            row = [str(c) for c in table.get_row_at(0)]
            cut[size] = row
    assert cut[(120, 35)] == [
        "Councillor Alexandra Wh…",
        "Cabinet Member for …",
        "Riverside and Distr…",
    ]
    assert cut[(80, 24)] == ["Councillor Alex…", "Cabinet Mem…", "Riverside a…"]
