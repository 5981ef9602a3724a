"""Time team sync: two clerks with 10,000 actions each, a first sync, then 100 changes.

    .venv/bin/python bench/sync.py [--actions N] [--changes K] [--server URL]

Without --server it starts a throw-away PostgreSQL cluster (clerk_tui.sync.devserver).
Each clerk's actions go in through the store (save_parsed, 100 per meeting), then: Sam
syncs (sends his), Alex syncs (sends hers, gets Sam's), Sam syncs (gets Alex's). Then Sam
makes K edits (status, due date, note) and both sync again. Target: an incremental sync
well under a second.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from contextlib import ExitStack
from datetime import date, timedelta
from pathlib import Path

from clerk_tui.core.model import Action, Item, Meeting, ParsedMinutes
from clerk_tui.store import open_db
from clerk_tui.store.actions import add_note, set_due, set_status
from clerk_tui.store.capture import row_state
from clerk_tui.store.meetings import save_parsed
from clerk_tui.sync import client, devserver, server

ACTIONS_PER_MEETING = 100
TARGET_INCREMENTAL_SECONDS = 1.0


def fill(db, clerk: str, actions: int) -> None:
    for meeting in range(actions // ACTIONS_PER_MEETING):
        text = f"{clerk} minutes {meeting}"
        parsed = ParsedMinutes(
            meeting=Meeting(f"{clerk} committee {meeting % 5}", date(2025, 1, 1)),
            items=[Item("1", "Business", 0, len(text))],
            actions=[
                Action(
                    f"{clerk} action {meeting}.{i}",
                    "Sam Jones",
                    date(2025, 6, 30),
                    "by 30 June",
                    0,
                    0,
                    5,
                    ["Sam Jones"],
                )
                for i in range(ACTIONS_PER_MEETING)
            ],
        )
        save_parsed(db, text, parsed)


def timed(label: str, work) -> float:
    start = time.perf_counter()
    result = work()
    seconds = time.perf_counter() - start
    detail = f"  ({result.summary()})" if isinstance(result, client.SyncReport) else ""
    print(f"{label:<44} {seconds:7.2f} s{detail}")
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=10_000)
    parser.add_argument("--changes", type=int, default=100)
    parser.add_argument("--server", help="an empty PostgreSQL database (default: a temporary one)")
    args = parser.parse_args()
    with ExitStack() as stack:
        url = args.server
        if not url:
            socket_dir = stack.enter_context(devserver.temporary_cluster())
            url = devserver.create_database(socket_dir, "clerk_bench")
        server.init_server(url)
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        sam, alex = open_db(folder / "sam.db"), open_db(folder / "alex.db")
        client.set_clerk_name(sam, "Sam")
        client.set_clerk_name(alex, "Alex")
        print(f"two clerks, {args.actions:,} actions each, server {server.redact(url)}")
        timed("fill Sam's store (through save_parsed)", lambda: fill(sam, "sam", args.actions))
        timed("fill Alex's store", lambda: fill(alex, "alex", args.actions))

        first = timed("first sync: Sam (send)", lambda: client.sync(sam, url))
        first += timed("first sync: Alex (send, receive Sam's)", lambda: client.sync(alex, url))
        first += timed("first sync: Sam (receive Alex's)", lambda: client.sync(sam, url))

        ids = [
            r[0] for r in sam.execute("SELECT id FROM actions ORDER BY id LIMIT ?", [args.changes])
        ]
        for n, action_id in enumerate(ids):
            if n % 3 == 0:
                set_status(sam, action_id, "done")
            elif n % 3 == 1:
                set_due(sam, action_id, date(2025, 7, 1) + timedelta(days=n))
            else:
                add_note(sam, action_id, f"chased {n}")
        send = timed(f"incremental: Sam sends {len(ids)} changes", lambda: client.sync(sam, url))
        receive = timed("incremental: Alex receives them", lambda: client.sync(alex, url))

        same = row_state(sam.conn) == row_state(alex.conn)
        print(f"stores equal after sync: {same}")
        print(
            f"first sync total {first:.2f} s; incremental {send:.2f} s + {receive:.2f} s "
            f"(target < {TARGET_INCREMENTAL_SECONDS:.0f} s each)"
        )
        sam.close()
        alex.close()
        ok = same and max(send, receive) < TARGET_INCREMENTAL_SECONDS
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
