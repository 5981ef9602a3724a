"""Time the action-log export: 5,000 outstanding actions to each format (target: < 3 s each).

    .venv/bin/python bench/export.py [--actions N]

Builds a temporary database through the store (save_parsed, set_status, add_note, set_due),
then times build_sheet once and write_sheet for every registered format.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from clerk_tui.core.model import Action, FollowUp, Item, Meeting, ParsedMinutes
from clerk_tui.export import FORMATS, write_sheet
from clerk_tui.store import open_db
from clerk_tui.store.actions import add_note, set_due, set_status
from clerk_tui.store.meetings import save_parsed
from clerk_tui.store.sheet import build_sheet

COMMITTEE = "Riverside Health and Wellbeing Board"
TODAY = date(2025, 6, 1)
ACTIONS_PER_MEETING = 100
TARGET_SECONDS = 3.0


def build_db(path: Path, outstanding: int) -> None:
    rng = random.Random(6)
    db = open_db(path)
    closed = outstanding // 20
    total = outstanding + closed
    meetings = -(-total // ACTIONS_PER_MEETING)
    for number in range(meetings):
        held = TODAY - timedelta(days=14 * (meetings - number))
        count = min(ACTIONS_PER_MEETING, total - number * ACTIONS_PER_MEETING)
        parsed = ParsedMinutes(
            meeting=Meeting(COMMITTEE, held),
            items=[Item(str(i + 1), f"Item {i + 1} of the agenda", 0, 1) for i in range(10)],
            actions=[
                Action(
                    text=f"Report back on matter {number}.{i}, with costs and a timetable",
                    owner=rng.choice(["Dr Priya Natarajan", "Tom Whitley", "ICB", "=cmd|x"]),
                    due=held + timedelta(days=rng.randint(10, 200)),
                    due_text="by the next meeting",
                    item=i % 10,
                    start=0,
                    end=1,
                )
                for i in range(count)
            ],
            follow_ups=[FollowUp(f"Update {number}", "in March", None, 0, 0, 1)],
        )
        save_parsed(db, f"minutes {number}", parsed)
    ids = [row[0] for row in db.execute("SELECT id FROM actions ORDER BY id")]
    for action_id in rng.sample(ids, closed):
        set_status(db, action_id, "done", "Completed")
    for action_id in rng.sample(ids, 300):
        add_note(db, action_id, "Draft circulated; | final version to follow")
    for action_id in rng.sample(ids, 100):
        set_due(db, action_id, TODAY + timedelta(days=60))
    db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=5000, help="outstanding actions")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "bench.db"
        started = time.perf_counter()
        build_db(db_path, args.actions)
        print(f"database built in {time.perf_counter() - started:.1f} s")
        db = open_db(db_path)
        started = time.perf_counter()
        sheet = build_sheet(db, COMMITTEE, today=TODAY)
        print(
            f"build_sheet: {time.perf_counter() - started:.2f} s "
            f"({len(sheet.outstanding)} outstanding, {len(sheet.completed)} completed, "
            f"{len(sheet.follow_ups)} follow-ups)"
        )
        slow = []
        for fmt in FORMATS:
            started = time.perf_counter()
            path = write_sheet(sheet, fmt, Path(folder) / f"log.{fmt}")
            seconds = time.perf_counter() - started
            print(f"{fmt:>5}: {seconds:.2f} s, {path.stat().st_size / 1024:.0f} KiB")
            if seconds > TARGET_SECONDS:
                slow.append(fmt)
        db.close()
    if slow:
        print(f"slower than {TARGET_SECONDS:.0f} s: {', '.join(slow)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
