"""Snapshots of the meetings and paste screens at 100x30, with fixed data and today.

Update after a deliberate change with `pytest tests/tui/test_snapshots_shell.py --snapshot-update`
and look at the SVGs in the report before committing them.
"""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.widgets import OptionList, TextArea

from .conftest import SAMPLE_MINUTES, wait_for_preview

SIZE = (100, 30)


def test_meetings_screen_with_a_meeting_open(snap_compare, make_app, sample_db_path: Path):
    async def open_first_action(pilot) -> None:
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        pilot.app.screen.query_one("#meeting-entries", OptionList).highlighted = 7
        await pilot.pause()

    assert snap_compare(make_app(sample_db_path), terminal_size=SIZE, run_before=open_first_action)


def test_meetings_screen_tree(snap_compare, make_app, sample_db_path: Path):
    async def go(pilot) -> None:
        await pilot.press("m")
        await pilot.pause()

    assert snap_compare(make_app(sample_db_path), terminal_size=SIZE, run_before=go)


def test_paste_screen_with_preview(snap_compare, make_app, empty_db_path: Path, fixed_parser):
    async def paste(pilot) -> None:
        await pilot.press("i")
        await pilot.pause()
        pilot.app.post_message(events.Paste(SAMPLE_MINUTES))
        await wait_for_preview(pilot)
        pilot.app.screen.query_one(TextArea).cursor_blink = False  # the same picture each time
        await pilot.pause()

    assert snap_compare(make_app(empty_db_path), terminal_size=SIZE, run_before=paste)
