"""Issue 15, point 6, as the clerk meets it: the clerk's details saved in the settings form
(a bad email keeps the form), then one chaser dialog (committee from a list, date, folder)
that keeps what was typed when the date is wrong and writes messages addressed from the
directory, greeted naturally and signed; the export goes to Documents with owners named once
and counts in good English."""

from __future__ import annotations

import csv
import email
import email.policy
from pathlib import Path

from textual.command import CommandPalette
from textual.widgets import Input, Select, Static

from clerk_tui.store import open_db
from clerk_tui.store.people import import_csv
from clerk_tui.tui.dialogs import FormDialog
from clerk_tui.tui.export_dialog import ChaserDialog, ExportDialog
from clerk_tui.tui.screens.actions import ActionsScreen
from tests.conftest import CHASER_COMMITTEE as COMMITTEE
from tests.conftest import CHASER_DIRECTORY as DIRECTORY
from tests.conftest import import_text

MINUTES = """\
Minutes of the meeting of Riverside Parish Council held on Tuesday 14 May 2024

Present: Councillor Priya Shah (Chair), Dr Helen Marsh, Councillor Paul Brown (PB)

1. Play area
Dr Helen Marsh to obtain a quotation for replacing the swing seats by 30 June 2024.
Priya Shah to write to the school about the summer fair by 21 June 2024.
The Parish Clerk to report the potholes on Mill Lane to County Highways by 7 June 2024.
PB to order two replacement goal nets by 14 June 2024.

2. Next meeting
The play area inspection report to come back to the next meeting.
"""


def stocked(path: Path, tmp_path: Path) -> None:
    (tmp_path / "people.csv").write_text(DIRECTORY, encoding="utf-8")
    db = open_db(path)
    try:
        import_csv(db, tmp_path / "people.csv")
        import_text(db, MINUTES)
    finally:
        db.close()


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def messages(app) -> list[str]:
    return [n.message for n in app._notifications]


def settings(path: Path) -> dict[str, str]:
    db = open_db(path)
    try:
        return dict(db.execute("SELECT key, value FROM settings WHERE key LIKE 'clerk.%'"))
    finally:
        db.close()


async def test_settings_then_chasers_addressed_greeted_and_signed(
    empty_db_path, make_app, tmp_path
):
    stocked(empty_db_path, tmp_path)
    folder = tmp_path / "chasers"
    app = make_app(empty_db_path)
    async with app.run_test(size=(120, 35)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"settings")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormDialog)
        await pilot.press(*"Sam Jones", "enter", *"Clerk to the Council", "enter")
        await pilot.press(*"sam jones at riverside", "ctrl+s")
        await pilot.pause()
        assert app.screen is form  # a bad email: the form stays, all kept
        assert str(form.query_one("#form-problem", Static).render()) == (
            "“sam jones at riverside” is not an email address like name@council.gov.uk"
        )
        assert form.values()["title"] == "Clerk to the Council"
        await pilot.press("ctrl+u", *"sam.jones@riverside.example", "ctrl+s")
        await settle(pilot)
        assert messages(app)[-1] == "Saved: the chasers are signed by Sam Jones."
        assert settings(empty_db_path) == {
            "clerk.name": "Sam Jones",
            "clerk.title": "Clerk to the Council",
            "clerk.email": "sam.jones@riverside.example",
            "clerk.signature": "",
        }

        await pilot.press("C")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ChaserDialog)
        assert dialog.query_one("#chase-committee", Select).value == COMMITTEE
        assert str(dialog.query_one("#chase-about", Static).render()) == (
            "4 owners to chase, 3 with an email address from the directory; signed Sam Jones."
        )
        dialog.query_one("#chase-folder", Input).value = str(folder)
        dialog.query_one("#chase-date", Input).value = "31 Septembre"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is dialog  # nothing written, everything typed kept
        assert str(dialog.query_one("#chase-problem", Static).render()) == (
            "“31 Septembre” is not a date: try 2024-07-15 or 15 July 2024."
        )
        assert dialog.query_one("#chase-folder", Input).value == str(folder)
        assert app.focused is dialog.query_one("#chase-date", Input)
        assert not folder.exists()
        dialog.query_one("#chase-date", Input).value = "15 July 2024"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ActionsScreen)
        assert messages(app)[-1].startswith(f"Chasers for 4 owners of {COMMITTEE} written to")
    sent = {
        path.stem: email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        for path in folder.glob("*.eml")
    }
    marsh = sent["dr-helen-marsh"]
    assert str(marsh["To"]) == "Dr Helen Marsh <helen.marsh@riverside.example>"
    assert str(marsh["From"]) == "Sam Jones <sam.jones@riverside.example>"
    text = marsh.get_content().replace("\r\n", "\n")
    assert text.startswith("Dear Dr Marsh,\n")
    assert "Please send an update on it by 15 July 2024." in text
    assert text.endswith(
        "Kind regards,\nSam Jones\nClerk to the Council\nsam.jones@riverside.example\n"
    )
    greetings = {stem: m.get_content().splitlines()[0] for stem, m in sent.items()}
    assert greetings["parish-clerk"] == "Dear Parish Clerk,"
    assert greetings["priya-shah"] == "Dear Priya,"
    assert greetings["pb"] == "Dear colleague,"


async def test_the_export_goes_to_documents_naming_owners_once(
    empty_db_path, make_app, tmp_path, documents
):
    stocked(empty_db_path, tmp_path)
    app = make_app(empty_db_path)
    async with app.run_test(size=(120, 35)) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        dialog.query_one("#export-format", Select).value = "csv"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await settle(pilot)
        (written,) = documents.glob("*.csv")
        assert messages(app)[-1] == (
            f"Wrote {written}: 4 outstanding actions, 1 follow-up, 0 completed."
        )
    rows = list(csv.DictReader(written.read_text(encoding="utf-8-sig").splitlines()))
    owners = {row["Owner"] for row in rows}
    assert "Parish Clerk" in owners and "Dr Helen Marsh (Councillor)" in owners
    assert not any("(Parish Clerk)" in owner for owner in owners)
