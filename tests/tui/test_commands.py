"""The command registry: every binding, palette entry and help line comes from it, and the
clerk's keys.toml remaps keys."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.widgets import Static

from clerk_tui.tui.app import ClerkApp, screen_class
from clerk_tui.tui.commands import (
    APP,
    COMMANDS,
    SCREENS,
    KeymapError,
    commands_of,
    load_keymap,
    palette,
)
from clerk_tui.tui.palette import ClerkCommands

GLOBAL_KEYS = {c.key for c in commands_of(APP) if c.key}


def action_name(action: str) -> str:
    return re.sub(r"\(.*\)$", "", action)


@pytest.mark.parametrize("mode", list(SCREENS))
def test_every_screen_command_has_its_action_and_keys_do_not_clash(mode: str) -> None:
    cls = screen_class(mode)
    assert mode == cls.SCOPE
    for command in commands_of(mode):
        assert callable(getattr(cls, f"action_{action_name(command.action)}", None)), command.id
    keys = [c.key for c in commands_of(mode) if c.key and c.on_screen]
    assert len(keys) == len(set(keys))
    assert not set(keys) & GLOBAL_KEYS


def test_every_app_command_has_its_action() -> None:
    for command in commands_of(APP):
        assert callable(getattr(ClerkApp, f"action_{action_name(command.action)}", None))


def test_command_ids_are_unique_and_scoped() -> None:
    ids = [c.id for c in COMMANDS]
    assert len(ids) == len(set(ids))
    assert {c.scope for c in COMMANDS} == {APP, *SCREENS}


async def test_palette_and_help_list_every_command(make_app, sample_db_path: Path) -> None:
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        for mode in SCREENS:
            app.go_to(mode)
            await pilot.pause()
            offered = {title for title, _, _ in ClerkCommands(app.screen).commands()}
            assert offered == {c.title for c in palette(APP) + palette(mode)}
        await pilot.press("question_mark")
        await pilot.pause()
        listed = str(app.screen.query_one("#help-keys", Static).content)
        for command in COMMANDS:
            if command.key:
                assert f"  {command.label}\n" in listed, command.id


async def test_keys_toml_remaps_a_key_everywhere_it_shows(
    make_app, sample_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = tmp_path / "keys.toml"
    keys.write_text('[keys]\n"actions.done" = "D"\n"app.meetings" = "M"\n', encoding="utf-8")
    monkeypatch.setenv("CLERK_KEYS", str(keys))
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.press("d")  # no longer marks the action done
        await app.workers.wait_for_complete()
        await pilot.press("D")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [n.message for n in app._notifications] == ["Action RHWB/24/01 marked done."]
        await pilot.press("question_mark")
        await pilot.pause()
        here, everywhere = str(app.screen.query_one("#help-keys", Static).content).split("\n\n")[:2]
        assert here.startswith("This screen: Outstanding actions")
        assert "D  Done\n" in here and "d  Done\n" not in here
        assert "M  Meetings\n" in everywhere and "m  Meetings\n" not in everywhere
        await pilot.press("escape", "M")
        await pilot.pause()
        assert app.current_mode == "meetings"


async def test_a_keys_file_that_cannot_be_used_is_said_and_keys_stay(
    make_app, sample_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = tmp_path / "keys.toml"
    keys.write_text('[keys]\n"actions.fly" = "F"\n', encoding="utf-8")
    monkeypatch.setenv("CLERK_KEYS", str(keys))
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert messages == [
            f"Your keys were not changed: {keys}: no command called actions.fly "
            "(clerk keys lists them)"
        ]
        await pilot.press("m")
        await pilot.pause()
        assert app.current_mode == "meetings"


def test_load_keymap(tmp_path: Path) -> None:
    path = tmp_path / "keys.toml"
    assert load_keymap(path) == {}
    path.write_text('[keys]\n"people.add" = "+"\n', encoding="utf-8")
    assert load_keymap(path) == {"people.add": "+"}
    path.write_text("[keys\n", encoding="utf-8")
    with pytest.raises(KeymapError, match="keys.toml: "):
        load_keymap(path)
    path.write_text("[keys]\n'people.add' = 3\n", encoding="utf-8")
    with pytest.raises(KeymapError, match='"command.id" = "key"'):
        load_keymap(path)


def test_clerk_keys_lists_every_command_with_the_clerks_keys(
    clerk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = tmp_path / "keys.toml"
    keys.write_text('[keys]\n"actions.done" = "D"\n', encoding="utf-8")
    monkeypatch.setenv("CLERK_KEYS", str(keys))
    run = clerk("keys")
    assert run.code == 0
    lines = run.out.splitlines()
    assert lines[0].split() == ["ID", "KEY", "WHERE", "WHAT"]
    assert ["actions.done", "D", "Outstanding", "actions", "Mark", "action", "done"] in [
        line.split() for line in lines
    ]
    assert len(lines) == 2 + sum(1 for c in COMMANDS if c.key)
    keys.write_text("[keys\n", encoding="utf-8")
    assert clerk("keys").code == 1
