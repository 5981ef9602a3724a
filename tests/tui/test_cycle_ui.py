"""The meeting cycle from the keyboard: amended minutes pasted again, reconciliation proposals
accepted or rejected in review, chasers, confirmed minutes and exempt items."""

from __future__ import annotations

import email
import email.policy
from datetime import date
from pathlib import Path

import pytest
from textual import events
from textual.widgets import (
    DataTable,
    Input,
    OptionList,
    Select,
    SelectionList,
    Static,
    TextArea,
)

from clerk_tui.core.model import Action, Meeting, ParsedMinutes
from clerk_tui.store import open_db
from clerk_tui.store.actions import get_action, set_due, set_status
from clerk_tui.store.meetings import list_meetings, save_parsed
from clerk_tui.store.reconciliation import list_proposals, propose_reconciliation
from clerk_tui.store.sheet import build_sheet
from clerk_tui.tui.app import ClerkApp
from clerk_tui.tui.common import printable
from clerk_tui.tui.dialogs import ConfirmDialog
from clerk_tui.tui.export_dialog import ChaserDialog
from clerk_tui.tui.screens.actions import ActionsScreen
from clerk_tui.tui.screens.meetings import MeetingsScreen
from clerk_tui.tui.screens.paste import PasteScreen, VanishedDialog
from clerk_tui.tui.screens.review import ReviewScreen

from .conftest import SAMPLE_COMMITTEE, SAMPLE_DATE, SAMPLE_MINUTES, span

MARKUP = "[bold]x[/bold] [link=http://x]y[/link] [/] \x1b[31m"
MARKUP_SHOWN = printable(MARKUP)
"""As the editor holds it after a paste: the escape character made visible."""
SURVEY = "Tom Whitley to send the carers survey results to Councillor Okafor by 30 September 2024."

AMENDED = (
    SAMPLE_MINUTES.replace("to all members", "to all Board members").replace(SURVEY + "\n", "")
    + f"Councillor Okafor to arrange a carers forum {MARKUP} by 31 October 2024.\n"
)

NEXT_MINUTES = """\
Minutes of the meeting of the Riverside Health and Wellbeing Board held on 9 July 2024

1. Matters arising
Dr Priya Natarajan reported that the needs assessment summary had been circulated to all members.
"""
NEXT_DATE = date(2024, 7, 9)


def amended_parse(text: str) -> ParsedMinutes:
    circulate = (
        "Dr Priya Natarajan agreed to circulate the summary to all Board members by 28 June."
    )
    forum = "Councillor Okafor to arrange a carers forum"
    return ParsedMinutes(
        meeting=Meeting(SAMPLE_COMMITTEE, SAMPLE_DATE, "Meeting of 12 March 2024"),
        actions=[
            Action(
                "Circulate the needs assessment summary to all Board members",
                "Dr Priya Natarajan",
                date(2024, 6, 28),
                "by 28 June",
                None,
                *span(text, circulate),
            ),
            Action(
                f"Arrange a carers forum {MARKUP_SHOWN}",
                "Councillor Okafor",
                date(2024, 10, 31),
                "by 31 October 2024",
                None,
                *span(text, forum),
            ),
        ],
    )


def next_parse(text: str) -> ParsedMinutes:
    return ParsedMinutes(meeting=Meeting(SAMPLE_COMMITTEE, NEXT_DATE, "Meeting of 9 July 2024"))


@pytest.fixture
def cycle_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    """A parser that knows the amended and the next minutes (the app tests do not follow the
    real parser's changes)."""
    known = {printable(AMENDED): amended_parse, NEXT_MINUTES: next_parse}

    def parse(text: str, *, meeting_date=None, committee=None) -> ParsedMinutes:
        return known[text](text) if text in known else ParsedMinutes()

    monkeypatch.setattr("clerk_tui.core.parse.parse", parse)


def messages(app: ClerkApp) -> list[str]:
    return [n.message for n in app._notifications]


async def paste_text(app: ClerkApp, pilot, text: str) -> PasteScreen:
    await pilot.press("i")
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, PasteScreen)
    app.post_message(events.Paste(text))
    await pilot.pause(0.4)  # past the debounce
    await app.workers.wait_for_complete()
    await pilot.pause()
    return screen


def action_row(path: Path, action_id: int) -> dict:
    db = open_db(path)
    try:
        return next(iter(db.query("SELECT * FROM actions WHERE id = ?", [action_id])))
    finally:
        db.close()


async def test_amended_paste_keeps_status_and_ref_and_drops_the_chosen_vanished(
    make_app, sample_db_path: Path, cycle_parser
) -> None:
    db = open_db(sample_db_path)
    set_status(db, 1, "done", "sent on 20 June")
    db.close()
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await paste_text(app, pilot, AMENDED)
        preview = str(screen.query_one("#preview-body", Static).content)
        assert preview.startswith(
            f"Updates meeting 1 ({SAMPLE_COMMITTEE}, 2024-03-12)\n"
            "Actions: 0 kept, 1 changed, 1 new, 1 vanished\n"
            "~ RHWB/24/01 Circulate the needs assessment summary to all Board members  "
            "changed: text\n"
            "+ new Arrange a carers forum [bold]x[/bold] [link=http://x]y[/link] [/] ␛[31m\n"
            "- RHWB/24/02 Send the carers survey results to Councillor Okafor"
        )
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, VanishedDialog)
        await pilot.press("space", "ctrl+s")  # tick action 2: drop it
        await pilot.pause()
        assert isinstance(app.screen, PasteScreen)
        assert messages(app)[-1] == (
            f"Updated meeting 1 ({SAMPLE_COMMITTEE}, 2024-03-12): "
            "actions 0 kept, 1 changed, 1 new, 1 vanished; 1 dropped; new: RHWB/24/03."
        )
        assert screen.query_one("#paste-text", TextArea).text == ""
    edited = action_row(sample_db_path, 1)
    assert (edited["status"], edited["text"]) == (
        "done",
        "Circulate the needs assessment summary to all Board members",
    )
    assert action_row(sample_db_path, 2)["deleted"] == 1
    db = open_db(sample_db_path)
    assert [m["id"] for m in list_meetings(db)] == [1]
    assert [(a["id"], a["text"]) for a in db.query("SELECT * FROM actions WHERE deleted = 0")] == [
        (1, "Circulate the needs assessment summary to all Board members"),
        (3, f"Arrange a carers forum {MARKUP_SHOWN}"),
    ]
    history = [(e["field"], e["new_value"]) for e in get_action(db, 1)["events"]]
    db.close()
    assert ("status", "done") in history
    assert ("text", "Circulate the needs assessment summary to all Board members") in history


async def test_amended_paste_cancelled_at_the_vanished_list_changes_nothing(
    make_app, sample_db_path: Path, cycle_parser
) -> None:
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await paste_text(app, pilot, AMENDED)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, VanishedDialog)
        [vanished] = app.screen.query_one(SelectionList).options
        assert str(vanished.prompt).startswith("RHWB/24/02  Send the carers survey results")
        await pilot.press("escape")
        await pilot.pause()
        assert screen.query_one("#paste-text", TextArea).text == printable(AMENDED)
        assert messages(app)[-1] == "Nothing stored; the pasted minutes are still here."
    assert action_row(sample_db_path, 2)["deleted"] == 0
    assert action_row(sample_db_path, 1)["text"] == (
        "Circulate the needs assessment summary to all members"
    )


async def test_proposal_from_pasted_minutes_accepted_in_review(
    make_app, sample_db_path: Path, cycle_parser
) -> None:
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await paste_text(app, pilot, NEXT_MINUTES)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert messages(app)[-1] == "1 proposed update to open actions — press r to review"
        await pilot.press("r")
        await app.workers.wait_for_complete()  # the review lists load in a worker
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        assert app.focused is screen.query_one("#proposals-table")
        sentence = str(screen.query_one("#review-sentence", Static).content)
        assert sentence == (
            "Mark done: action RHWB/24/01 (open) Circulate the needs assessment summary to all "
            "members\n"
            "Minutes of 2024-07-09: “Dr Priya Natarajan reported that the needs assessment "
            "summary had been circulated to all members.”"
        )
        assert action_row(sample_db_path, 1)["status"] == "open"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert action_row(sample_db_path, 1)["status"] == "open"  # nothing before the yes
        await pilot.press("y")
        await pilot.pause()
        assert messages(app)[-1] == "Action RHWB/24/01 marked done; kept in its history."
        assert not screen.query_one("#proposals-table").display
    db = open_db(sample_db_path)
    action = get_action(db, 1)
    assert action["status"] == "done"
    status_event = [e for e in action["events"] if e["field"] == "status"][-1]
    assert (status_event["old_value"], status_event["new_value"]) == ("open", "done")
    assert "minutes of 2024-07-09" in status_event["note"]
    assert [p["status"] for p in list_proposals(db, status=None)] == ["accepted"]
    db.close()


def store_next_meeting(path: Path) -> None:
    db = open_db(path)
    stored = save_parsed(db, NEXT_MINUTES, next_parse(NEXT_MINUTES))
    assert len(propose_reconciliation(db, stored.id)) == 1
    db.close()


async def test_proposal_rejected_in_review_changes_nothing(make_app, sample_db_path: Path) -> None:
    store_next_meeting(sample_db_path)
    before = action_row(sample_db_path, 1)
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("x")
        await pilot.pause()
        assert messages(app)[-1] == "Proposal set aside; action RHWB/24/01 is unchanged."
    assert action_row(sample_db_path, 1) == before
    db = open_db(sample_db_path)
    assert [p["status"] for p in list_proposals(db, status=None)] == ["rejected"]
    assert [e["field"] for e in get_action(db, 1)["events"]] == ["created"]
    db.close()


async def chase_from_meetings(app: ClerkApp, pilot, folder: Path) -> ChaserDialog:
    await pilot.press("m")
    await pilot.pause()
    await pilot.press("C")
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    dialog = app.screen
    assert isinstance(dialog, ChaserDialog)
    assert dialog.query_one("#chase-date", Input).value == "2024-07-15"  # no next meeting
    dialog.query_one("#chase-folder", Input).value = str(folder)
    await pilot.press("ctrl+s")
    await app.workers.wait_for_complete()
    await pilot.pause()
    return dialog


async def test_chasers_written_for_the_committee(
    make_app, sample_db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "chasers"
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await chase_from_meetings(app, pilot, folder)
        assert messages(app)[-1] == (
            f"Chasers for 2 owners of {SAMPLE_COMMITTEE} written to {folder} "
            "(4 files: .eml for Outlook, .md to read)."
        )
    assert sorted(p.name for p in folder.iterdir()) == [
        "dr-priya-natarajan.eml",
        "dr-priya-natarajan.md",
        "tom-whitley.eml",
        "tom-whitley.md",
    ]
    message = email.message_from_bytes(
        (folder / "tom-whitley.eml").read_bytes(), policy=email.policy.default
    )
    body = message.get_content()
    assert "Ref RHWB/24/02: Send the carers survey results to Councillor Okafor" in body
    assert "Ref 1" not in body
    assert "by 15 July 2024" in body


async def test_exempt_item_marked_on_meetings_screen_stays_out_of_exports(
    make_app, sample_db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "chasers"
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("enter")  # open the meeting
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MeetingsScreen)
        entries = screen.query_one("#meeting-entries", OptionList)
        await pilot.press("down")  # item 2, whose action is Dr Natarajan's
        await pilot.press("x")
        await pilot.pause()
        assert messages(app)[-1] == "Item 2 kept out of exports and chasers."
        labels = [str(entries.get_option_at_index(i).prompt) for i in range(entries.option_count)]
        assert "2. Joint Strategic Needs Assessment  exempt" in labels
        circulate = next(label for label in labels if label.startswith("RHWB/24/01  Circulate"))
        assert circulate.endswith("· overdue · exempt")
        await pilot.press("escape")
        await chase_from_meetings(app, pilot, folder)
        assert messages(app)[-1].startswith(f"Chasers for 1 owner of {SAMPLE_COMMITTEE}")
    assert sorted(p.name for p in folder.iterdir()) == ["tom-whitley.eml", "tom-whitley.md"]
    db = open_db(sample_db_path)
    assert [
        a.id for a in build_sheet(db, SAMPLE_COMMITTEE, today=date(2024, 7, 1)).outstanding
    ] == [2]
    db.close()


async def test_minutes_marked_confirmed_then_draft_again(make_app, sample_db_path: Path) -> None:
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        assert messages(app)[-1] == "Minutes of meeting 1 marked confirmed."
        db = open_db(sample_db_path)
        assert list_meetings(db)[0]["state"] == "confirmed"
        db.close()
        tree = app.screen.query_one("#meeting-list")
        assert (
            str(tree.cursor_node.label)
            == "2024-03-12  Meeting of 12 March 2024  confirmed  2/2 open"
        )
        await pilot.press("s")
        await pilot.pause()
        assert messages(app)[-1] == "Minutes of meeting 1 marked draft."
    db = open_db(sample_db_path)
    assert list_meetings(db)[0]["state"] == "draft"
    db.close()


async def test_actions_pause_resume_and_revised_date_beside_the_first(
    make_app, sample_db_path: Path
) -> None:
    db = open_db(sample_db_path)
    set_due(db, 1, date(2024, 8, 1), "by 1 August")
    db.close()
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ActionsScreen)
        assert screen.selected_id() == 1
        preview = str(screen.query_one("#actions-preview", Static).content)
        assert "due Thu 1 Aug 2024 (revised; first due Fri 28 Jun 2024)" in preview
        await pilot.press("P")
        await pilot.pause()
        assert messages(app)[-1] == "Action RHWB/24/01 paused."
        assert action_row(sample_db_path, 1)["status"] == "paused"
        table = screen.query_one("#actions-table", DataTable)
        assert str(table.get_cell_at((0, table.get_column_index("status")))) == "Paused"
        await pilot.press("P")
        await pilot.pause()
        assert messages(app)[-1] == "Action RHWB/24/01 resumed."
        assert action_row(sample_db_path, 1)["status"] == "open"


async def test_chasers_from_the_actions_screen_take_the_highlighted_committee(
    make_app, sample_db_path: Path
) -> None:
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("C")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ChaserDialog)
        assert dialog.query_one("#chase-committee", Select).value == SAMPLE_COMMITTEE
        assert str(dialog.query_one("#chase-about", Static).render()) == (
            "2 owners to chase, 0 with an email address from the directory; not signed yet: "
            "your name and email in Settings (ctrl+p)."
        )
