"""Paste screen: paste, preview, store, duplicates, leaving with unsaved text, files, safety."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from textual import events
from textual.widgets import Input, Static, TextArea, Tree

from clerk_tui.store import open_db
from clerk_tui.store.actions import ActionFilter, list_actions
from clerk_tui.store.meetings import get_meeting, list_meetings
from clerk_tui.tui.app import ClerkApp
from clerk_tui.tui.dialogs import ConfirmDialog, PromptDialog
from clerk_tui.tui.screens.meetings import MeetingsScreen
from clerk_tui.tui.screens.paste import PasteScreen

from .conftest import SAMPLE_COMMITTEE, SAMPLE_MINUTES, wait_for_preview

MARKUP_TAIL = "\nNote: [bold]x[/bold] [link=http://x]y[/link] [/] \x1b[31mred\x1b[0m\n"


async def open_paste(app: ClerkApp, pilot) -> PasteScreen:
    await pilot.pause()
    await pilot.press("i")
    await pilot.pause()
    assert isinstance(app.screen, PasteScreen)
    assert isinstance(app.focused, TextArea)
    return app.screen


async def paste(app: ClerkApp, pilot, text: str) -> None:
    """Paste as the terminal would (one Paste event) and wait for the preview."""
    app.post_message(events.Paste(text))
    await pilot.pause(0.4)  # past the debounce
    await app.workers.wait_for_complete()
    await pilot.pause()


def preview_of(screen: PasteScreen) -> str:
    return str(screen.query_one("#preview-body", Static).content)


def messages(app: ClerkApp) -> list[str]:
    return [n.message for n in app._notifications]


async def test_paste_previews_then_ctrl_s_stores(
    make_app, empty_db_path: Path, fixed_parser
) -> None:
    app = make_app(empty_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_paste(app, pilot)
        await paste(app, pilot, SAMPLE_MINUTES)
        assert screen.query_one("#paste-text", TextArea).text == SAMPLE_MINUTES
        preview = preview_of(screen)
        assert preview.startswith(
            "Actions (2)\n"
            "• Circulate the needs assessment summary to all members\n"
            "  Dr Priya Natarajan (unknown) · due 2024-06-28 · overdue\n"
            "• Send the carers survey results to Councillor Okafor\n"
            "  Tom Whitley (unknown) · due 2024-09-30\n"
        )
        assert "Follow-ups (1)\n• Draft carers strategy\n" in preview
        assert "People (3)\n" in preview and "• Councillor Mary Okafor\n" in preview
        assert [field.value for field in screen.query(Input)] == [
            SAMPLE_COMMITTEE,
            "2024-03-12",
            "Meeting of 12 March 2024",
        ]
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert screen.query_one("#paste-text", TextArea).text == ""
        assert not screen.has_unsaved_changes()
        assert messages(app)[-1] == (
            "Stored meeting 1 (Riverside Health and Wellbeing Board, 2024-03-12): "
            "2 actions (RHWB/24/01, RHWB/24/02), 1 decision, 1 follow-up, 3 people."
        )
        await pilot.press("m")  # storing left the text field: single keys work at once
        await pilot.pause()
        tree = app.screen.query_one("#meeting-list", Tree)
        assert [str(n.label) for n in tree.root.children] == [f"{SAMPLE_COMMITTEE}  1 meeting"]
    db = open_db(empty_db_path)
    meeting = get_meeting(db, 1)
    assert meeting is not None
    assert (meeting["committee"], meeting["date"], meeting["source"]) == (
        SAMPLE_COMMITTEE,
        "2024-03-12",
        "pasted",
    )
    assert meeting["text"] == SAMPLE_MINUTES
    stored = list_actions(db, ActionFilter(status="all"))
    assert [(a["owner"], a["due"]) for a in stored] == [
        ("Dr Priya Natarajan", "2024-06-28"),
        ("Tom Whitley", "2024-09-30"),
    ]


async def test_typed_fields_override_what_the_parser_read(
    make_app, empty_db_path: Path, fixed_parser
) -> None:
    app = make_app(empty_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_paste(app, pilot)
        screen.query_one("#paste-committee", Input).value = "Adult Social Care Panel"
        screen.query_one("#paste-date", Input).value = "14 March 2024"
        await paste(app, pilot, SAMPLE_MINUTES)
        assert screen.query_one("#paste-title", Input).value == "Meeting of 12 March 2024"
        await pilot.press("ctrl+s")
        await pilot.pause()
    [meeting] = list_meetings(open_db(empty_db_path))
    assert (meeting["committee"], meeting["date"]) == ("Adult Social Care Panel", "2024-03-14")


async def test_a_date_that_is_not_a_date_stores_nothing(
    make_app, empty_db_path: Path, fixed_parser
) -> None:
    app = make_app(empty_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_paste(app, pilot)
        screen.query_one("#paste-date", Input).value = "next Thursday-ish"
        await paste(app, pilot, SAMPLE_MINUTES)
        assert preview_of(screen).startswith("Date not understood: use 2024-03-14")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert messages(app)[-1] == ("The date is not understood: use 2024-03-14 or 14 March 2024.")
        assert screen.has_unsaved_changes()
    assert list_meetings(open_db(empty_db_path)) == []


async def test_duplicate_names_the_earlier_meeting_and_can_store_anyway(
    make_app, sample_db_path: Path, fixed_parser
) -> None:
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_paste(app, pilot)
        await paste(app, pilot, SAMPLE_MINUTES)
        await pilot.press("ctrl+s")
        await pilot.pause()
        earlier = "meeting 1 (Riverside Health and Wellbeing Board, 2024-03-12)"
        assert messages(app)[-1] == f"These minutes are already stored as {earlier}."
        assert isinstance(app.screen, ConfirmDialog)
        assert app.screen.message == (
            f"These minutes are already stored as {earlier}. Store a second copy?"
        )
        await pilot.press("y")
        await pilot.pause()
        assert messages(app)[-1].startswith("Stored meeting 2 ")
    assert [m["id"] for m in list_meetings(open_db(sample_db_path))] == [2, 1]


async def test_leaving_with_unsaved_text_asks_first(
    make_app, empty_db_path: Path, fixed_parser
) -> None:
    app = make_app(empty_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_paste(app, pilot)
        await paste(app, pilot, SAMPLE_MINUTES)
        await pilot.press("escape", "m")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert app.screen.message == "Leave without storing the pasted minutes?"
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is screen
        assert screen.query_one("#paste-text", TextArea).text == SAMPLE_MINUTES
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, MeetingsScreen)
    assert list_meetings(open_db(empty_db_path)) == []


async def test_markup_and_escape_codes_are_shown_literally(
    make_app, empty_db_path: Path, fixed_parser
) -> None:
    app = make_app(empty_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_paste(app, pilot)
        await paste(app, pilot, SAMPLE_MINUTES + MARKUP_TAIL)
        editor = screen.query_one("#paste-text", TextArea)
        assert editor.text.endswith("[bold]x[/bold] [link=http://x]y[/link] [/] ␛[31mred␛[0m\n")
        assert "\x1b" not in editor.text
        screen.query_one("#paste-title", Input).value = "[/] [bold]Title[/bold]"
        await pilot.press("ctrl+s")
        await pilot.pause()
    [meeting] = list_meetings(open_db(empty_db_path))
    assert meeting["title"] == "[/] [bold]Title[/bold]"
    stored = get_meeting(open_db(empty_db_path), meeting["id"])
    assert stored is not None and "\x1b" not in stored["text"]
    assert stored["text"].endswith("[link=http://x]y[/link] [/] ␛[31mred␛[0m\n")


async def test_ctrl_o_opens_a_file_and_refuses_a_bad_one(
    make_app, empty_db_path: Path, tmp_path: Path, fixed_parser
) -> None:
    good = tmp_path / "hwb.txt"
    good.write_bytes(SAMPLE_MINUTES.replace("\n", "\r\n").encode("utf-8"))
    bad = tmp_path / "minutes.pdf"
    bad.write_bytes(b"%PDF-1.7 binary")
    app = make_app(empty_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_paste(app, pilot)
        for path in (bad, tmp_path / "missing.txt", good):
            await pilot.press("ctrl+o")
            await pilot.pause()
            assert isinstance(app.screen, PromptDialog)
            app.screen.query_one(Input).value = str(path)
            await pilot.press("enter")
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert messages(app)[:2] == [
            "minutes.pdf is damaged or not a PDF (No /Root object! - Is this really a PDF?)",
            f"{tmp_path / 'missing.txt'}: no such file",
        ]
        assert screen.query_one("#paste-text", TextArea).text == SAMPLE_MINUTES
        await pilot.pause(0.4)
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
    [meeting] = list_meetings(open_db(empty_db_path))
    assert (meeting["source"], meeting["actions"]) == ("hwb.txt", 2)


async def test_ctrl_o_reads_a_word_document_and_stores_its_name_and_hash(
    make_app, empty_db_path: Path, tmp_path: Path
) -> None:
    import hashlib

    from clerk_tui.core.parse import parse
    from clerk_tui.ingest import read_file
    from tests.documents import to_docx

    sample = Path(__file__).resolve().parents[2] / "sample_minutes" / "03_icp_board_action_log.txt"
    word = to_docx(sample.read_text(encoding="utf-8"), tmp_path / "ICP minutes July")
    text = read_file(word).text
    assert "ICP 23/44\tWard councillor briefing" in text  # the action log as tab rows
    app = make_app(empty_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_paste(app, pilot)
        await pilot.press("ctrl+o")
        await pilot.pause()
        app.screen.query_one(Input).value = str(word)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.query_one("#paste-text", TextArea).text == text
        await wait_for_preview(pilot)
        await pilot.press("ctrl+s")
        await pilot.pause()
    [meeting] = list_meetings(open_db(empty_db_path))
    assert meeting["source"] == "ICP minutes July.docx"
    assert meeting["source_sha256"] == hashlib.sha256(word.read_bytes()).hexdigest()
    assert meeting["actions"] == len(parse(sample.read_text(encoding="utf-8")).actions) == 3
    stored = get_meeting(open_db(empty_db_path), meeting["id"])
    assert stored is not None and stored["text"] == text


@pytest.mark.skipif(
    importlib.util.find_spec("clerk_tui.core.parse") is None, reason="parser not built yet"
)
async def test_real_parser_paste_stores_what_the_preview_showed(
    make_app, empty_db_path: Path
) -> None:
    from clerk_tui.core.parse import parse

    expected = parse(SAMPLE_MINUTES)
    app = make_app(empty_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_paste(app, pilot)
        await paste(app, pilot, SAMPLE_MINUTES)
        assert preview_of(screen).startswith(f"Actions ({len(expected.actions)})\n")
        for action in expected.actions:
            assert f"• {action.text}\n" in preview_of(screen)
        await pilot.press("ctrl+s")
        await pilot.pause()
    stored = list_actions(open_db(empty_db_path), ActionFilter(status="all"))
    assert [a["text"] for a in stored] == [a.text for a in expected.actions]


async def test_an_action_with_no_due_date_says_so_once(make_app, empty_db_path: Path) -> None:
    app = make_app(empty_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_paste(app, pilot)
        await paste(app, pilot, "4. Drains\nThe Clerk to write to the County about the drain.\n")
        assert (
            "Actions (1)\n• Write to the County about the drain.\n"
            "  The Clerk (unknown) · no due date\n\n"
        ) in preview_of(screen)


async def test_a_parser_failure_is_reported_and_the_text_kept(
    make_app, empty_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys
    import types

    def parse(text: str, **hints: object) -> None:
        raise ValueError("unexpected [/] in line 3")

    broken = types.ModuleType("clerk_tui.core.parse")
    broken.parse = parse  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "clerk_tui.core.parse", broken)
    app = make_app(empty_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_paste(app, pilot)
        await paste(app, pilot, SAMPLE_MINUTES)
        assert preview_of(screen) == "Could not read these minutes: unexpected [/] in line 3"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert messages(app)[-1] == "Could not read these minutes: unexpected [/] in line 3"
        assert screen.query_one("#paste-text", TextArea).text == SAMPLE_MINUTES
    assert list_meetings(open_db(empty_db_path)) == []


@pytest.mark.skipif(
    importlib.util.find_spec("clerk_tui.core.parse") is None, reason="parser not built yet"
)
async def test_a_long_paste_is_parsed_in_a_separate_process(make_app, empty_db_path: Path) -> None:
    from clerk_tui.core.parse import parse
    from clerk_tui.tui.screens.paste import SEPARATE_PROCESS_FROM

    long_text = "\n\n".join([SAMPLE_MINUTES] * (SEPARATE_PROCESS_FROM // len(SAMPLE_MINUTES) + 1))
    expected = parse(long_text)
    app = make_app(empty_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_paste(app, pilot)
        await paste(app, pilot, long_text)
        assert screen._parser_process is not None
        assert preview_of(screen).startswith(f"Actions ({len(expected.actions)})\n")


async def test_quitting_with_unsaved_text_asks_first(
    make_app, empty_db_path: Path, fixed_parser
) -> None:
    app = make_app(empty_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_paste(app, pilot)
        await paste(app, pilot, SAMPLE_MINUTES)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, PasteScreen) and app.is_running
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert app.return_code == 0 and not app.is_running


async def test_paste_after_storing_goes_into_the_minutes(
    make_app, empty_db_path: Path, fixed_parser
) -> None:
    """Storing leaves the text field (so single keys work); a paste then still lands in it."""
    app = make_app(empty_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_paste(app, pilot)
        await paste(app, pilot, SAMPLE_MINUTES)
        await pilot.press("ctrl+s")
        await pilot.pause()
        editor = screen.query_one("#paste-text", TextArea)
        assert editor.text == "" and not editor.has_focus
        await paste(app, pilot, "Second minutes [b]x[/b]\r\n")
        assert editor.text == "Second minutes [b]x[/b]\n"
        assert editor.has_focus


async def test_the_preview_matches_owners_among_the_committees_members(
    make_app, empty_db_path: Path, fixed_parser
) -> None:
    from clerk_tui.store.people import add_member, add_person

    db = open_db(empty_db_path)
    try:
        member = add_person(db, "Tom Whitley", role="Carers Lead")
        add_person(db, "Tom Whitley", role="Head of Planning")  # a namesake elsewhere
        add_member(db, member, SAMPLE_COMMITTEE)
    finally:
        db.close()
    app = make_app(empty_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_paste(app, pilot)
        await paste(app, pilot, SAMPLE_MINUTES)
        assert "  Tom Whitley (matched: Tom Whitley) · due 2024-09-30\n" in preview_of(screen)
        screen.query_one("#paste-committee", Input).value = "Planning Committee"
        await pilot.pause(0.4)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "  Tom Whitley (ambiguous: 2 candidates) · due 2024-09-30\n" in preview_of(screen)


async def test_ctrl_o_reads_through_the_import_service_and_a_bad_file_loses_nothing(
    make_app, empty_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fixed_parser
) -> None:
    from clerk_tui.services import imports

    read: list[str] = []
    real = imports.read_file

    def recording(path):  # the service's reader, as `clerk import` uses it
        read.append(Path(path).name)
        return real(path)

    monkeypatch.setattr(imports, "read_file", recording)
    damaged = tmp_path / "damaged.docx"
    damaged.write_bytes(b"PK\x03\x04" + b"\0" * 40)
    good = tmp_path / "hwb.txt"
    good.write_text(SAMPLE_MINUTES, encoding="utf-8")
    app = make_app(empty_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_paste(app, pilot)
        await paste(app, pilot, "Pasted minutes, not yet stored\n")

        async def open_file(path: Path) -> None:
            await pilot.press("ctrl+o")
            await pilot.pause()
            app.screen.query_one(Input).value = str(path)
            await pilot.press("enter")
            await app.workers.wait_for_complete()
            await pilot.pause()

        await open_file(damaged)
        assert messages(app)[-1] == "damaged.docx is damaged (a broken Word or zip file)"
        assert screen.query_one("#paste-text", TextArea).text == "Pasted minutes, not yet stored\n"
        await open_file(good)
        assert read == ["damaged.docx", "hwb.txt"]
        assert screen.query_one("#paste-text", TextArea).text == SAMPLE_MINUTES
        await wait_for_preview(pilot)
        await pilot.press("ctrl+s")
        await pilot.pause()
        await app.workers.wait_for_complete()
    [meeting] = list_meetings(open_db(empty_db_path))
    assert meeting["source"] == "hwb.txt"


async def test_a_failed_parser_rule_is_one_warning_line_above_the_rest_of_the_preview(
    make_app, empty_db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from clerk_tui.core.parse.actions import agreements
    from tests.test_parser import FAULT_TEXT, _Broken

    monkeypatch.setattr(agreements, "_P_AGREED", _Broken("[bold]broken[/bold] on purpose"))
    app = make_app(empty_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_paste(app, pilot)
        screen.query_one("#paste-committee", Input).value = "Finance Panel"
        screen.query_one("#paste-date", Input).value = "2025-03-04"
        await paste(app, pilot, FAULT_TEXT)
        await wait_for_preview(pilot)
        lines = preview_of(screen).splitlines()
        assert lines[0] == (
            "A rule of the parser failed: parser rule actions.agreements.agreed_to failed "
            "(RuntimeError: [bold]broken[/bold] on purpose); what it finds is missing from "
            "this parse; the rest of the parse is shown"
        )
        assert lines[2:4] == ["Actions (1)", "• Write to the provider."]


async def test_minutes_not_in_english_are_flagged_above_the_preview(
    make_app, empty_db_path: Path
) -> None:
    from tests.test_language import ENGLISH, GERMAN

    app = make_app(empty_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_paste(app, pilot)
        screen.query_one("#paste-committee", Input).value = "Förderverein"
        screen.query_one("#paste-date", Input).value = "2025-05-04"
        await paste(app, pilot, GERMAN)
        await wait_for_preview(pilot)
        assert preview_of(screen).splitlines()[0] == (
            "These minutes do not look like English; the parser reads English minutes, so "
            "little or nothing may be found."
        )
        screen.query_one("#paste-text", TextArea).text = ENGLISH
        await paste(app, pilot, "")
        await wait_for_preview(pilot)
        assert "do not look like English" not in preview_of(screen)
