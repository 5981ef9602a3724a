"""The app shell: start-up mode, navigation keys, help, command palette, theme, sample offer."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from textual.command import CommandPalette
from textual.widgets import Static

import clerk_tui.tui.app as app_module
from clerk_tui.store import open_db
from clerk_tui.store.meetings import list_meetings
from clerk_tui.tui.app import run_app
from clerk_tui.tui.dialogs import ConfirmDialog
from clerk_tui.tui.screens.help import HelpScreen
from clerk_tui.tui.screens.meetings import MeetingsScreen
from clerk_tui.tui.screens.paste import PasteScreen

from .conftest import SAMPLE_MINUTES, TODAY

HAS_ACTIONS_SCREEN = importlib.util.find_spec("clerk_tui.tui.screens.actions") is not None


async def test_empty_database_starts_on_meetings(make_app, empty_db_path: Path) -> None:
    app = make_app(empty_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.current_mode == "meetings"
        assert isinstance(app.screen, MeetingsScreen)
        assert app.today == TODAY


@pytest.mark.skipif(not HAS_ACTIONS_SCREEN, reason="the actions screen is not built yet")
async def test_database_with_actions_starts_on_actions(make_app, sample_db_path: Path) -> None:
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.current_mode == "actions"


async def test_single_keys_switch_screens(make_app, sample_db_path: Path) -> None:
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, MeetingsScreen)
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, PasteScreen)
        # In the empty paste area keys type; escape leaves the field, then m navigates.
        await pilot.press("escape", "m")
        await pilot.pause()
        assert isinstance(app.screen, MeetingsScreen)
        assert app.current_mode == "meetings"


async def test_help_lists_the_keys_of_every_screen(make_app, sample_db_path: Path) -> None:
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        first = app.screen
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        listed = str(app.screen.query_one("#help-keys", Static).content)
        for section in ("Everywhere", "Meetings", "Paste minutes"):
            assert f"{section}\n" in listed
        # the screen the clerk is on comes first, its own keys before the global ones
        assert listed.startswith("This screen: Outstanding actions\n")
        assert listed.index("  Filter\n") < listed.index("Everywhere\n")
        for key, description in (
            ("m", "Meetings"),
            ("^t", "Theme"),
            ("^s", "Store"),
            ("^o", "Open file"),
            ("E", "Export"),
        ):
            assert f"{key}  {description}" in listed
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is first


async def test_command_palette_lists_and_runs_commands(make_app, sample_db_path: Path) -> None:
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"go to paste")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.current_mode == "paste"


async def test_ctrl_t_toggles_light_and_dark(make_app, sample_db_path: Path) -> None:
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        assert app.theme == "textual-dark"
        await pilot.press("ctrl+t")
        assert app.theme == "textual-light"
        assert not app.current_theme.dark
        await pilot.press("ctrl+t")
        assert app.theme == "textual-dark"


async def test_empty_database_offers_the_sample_minutes(
    make_app, empty_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fixed_parser
) -> None:
    samples = tmp_path / "samples"
    samples.mkdir()
    (samples / "a-good.txt").write_text(SAMPLE_MINUTES, encoding="utf-8")
    (samples / "b-binary.txt").write_bytes(b"\x00\x01binary")
    app = make_app(empty_db_path)
    monkeypatch.setattr(app_module, "SAMPLE_DIR", samples)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        assert "Load the 2 sample minutes" in app.screen.message
        assert "You can remove them again at any time" in app.screen.message
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert (
            "b-binary.txt: b-binary.txt is a binary file; save the minutes as plain text first"
            in messages
        )
        assert (
            "Loaded 1 sample minutes; ctrl+p “Remove the sample minutes” takes them out again."
            in messages
        )
    db = open_db(empty_db_path)
    assert [(m["committee"], m["date"], m["source"]) for m in list_meetings(db)] == [
        ("Riverside Health and Wellbeing Board", "2024-03-12", "a-good.txt")
    ]


async def test_declining_the_samples_stores_nothing(
    make_app, empty_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    samples = tmp_path / "samples"
    samples.mkdir()
    (samples / "a.txt").write_text(SAMPLE_MINUTES, encoding="utf-8")
    app = make_app(empty_db_path)
    monkeypatch.setattr(app_module, "SAMPLE_DIR", samples)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, MeetingsScreen)
    assert list_meetings(open_db(empty_db_path)) == []


def test_run_app_refuses_a_foreign_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    foreign = tmp_path / "notes.db"
    foreign.write_text("not a database", encoding="utf-8")
    assert run_app(str(foreign)) == 1
    err = capsys.readouterr().err
    assert err.startswith("clerk: ") and err.count("\n") == 1


async def test_palette_offers_the_active_screens_own_commands(
    make_app, empty_db_path: Path
) -> None:
    app = make_app(empty_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("i")
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"store pasted")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PasteScreen)
        assert [n.message for n in app._notifications] == ["Nothing to store: paste minutes first."]
