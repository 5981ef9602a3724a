"""Snapshots of the actions (table and detail) and follow-ups screens at 100x30, with the
sample meeting and a fixed today (1 July 2024: the first action is overdue).

Update after a deliberate change with
`pytest tests/tui/test_snapshots_tracking.py --snapshot-update` and look at the SVGs in the
report before committing them.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from textual.worker import WorkerCancelled

from clerk_tui.store import open_db

SIZE = (100, 30)


async def settled(pilot) -> None:
    await pilot.pause()
    with contextlib.suppress(WorkerCancelled):
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_actions_screen(snap_compare, make_app, sample_db_path: Path):
    assert snap_compare(make_app(sample_db_path), terminal_size=SIZE, run_before=settled)


def test_actions_screen_filtered_overdue(snap_compare, make_app, sample_db_path: Path):
    async def overdue(pilot) -> None:
        await settled(pilot)
        await pilot.press("o")
        await settled(pilot)

    assert snap_compare(make_app(sample_db_path), terminal_size=SIZE, run_before=overdue)


def test_action_detail(snap_compare, make_app, sample_db_path: Path):
    db = open_db(sample_db_path)
    try:  # history rows carry the real time of import: pin it so the snapshot is stable
        db.execute("UPDATE action_events SET at = '2024-03-12T18:00:00Z'")
    finally:
        db.close()

    async def detail(pilot) -> None:
        await settled(pilot)
        await pilot.press("enter")
        await settled(pilot)

    assert snap_compare(make_app(sample_db_path), terminal_size=SIZE, run_before=detail)


def test_follow_ups_screen(snap_compare, make_app, sample_db_path: Path):
    async def follow_ups(pilot) -> None:
        await settled(pilot)
        await pilot.press("f")
        await settled(pilot)

    assert snap_compare(make_app(sample_db_path), terminal_size=SIZE, run_before=follow_ups)
