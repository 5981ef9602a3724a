"""Build a large clerk database for the app benchmarks: 10,000 meetings, 100,000 actions.

    .venv/bin/python bench/make_big_db.py [PATH] [--meetings N] [--actions-per-meeting K]

Rows go in with executemany inside the store's `transaction`, through `open_db` so the
schema (indexes, FTS triggers) is exactly the app's. Prints how long it took.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from clerk_tui.store.db import new_uuid, open_db, transaction
from clerk_tui.store.meetings import content_hash

COMMITTEES = [
    f"{place} {body}"
    for place in ("Riverside", "Northgate", "Eastmoor", "Westbury", "Southdean")
    for body in (
        "Health and Wellbeing Board",
        "Cabinet",
        "Scrutiny Committee",
        "Planning Committee",
        "Audit Committee",
        "Licensing Committee",
        "Schools Forum",
        "Allotments Panel",
    )
]
FIRST = ["Priya", "Tom", "Mary", "Ross", "Carole", "Avi", "Jane", "Omar", "Sian", "Hugh", "Lena"]
LAST = ["Natarajan", "Whitley", "Okafor", "Jago", "Burgoyne", "Bhatia", "Marsh", "Khan", "Evans"]
TITLES = ["Cllr", "Dr", "Ms", "Mr", ""]
VERBS = ["circulate", "report back on", "review", "update the board on", "draft", "cost"]
OBJECTS = [
    "the carers strategy",
    "the needs assessment summary",
    "the outbreak plan",
    "the allotment waiting list",
    "the budget monitoring report",
    "the school place forecast",
    "the licensing policy",
    "the risk register",
    "the tree survey",
    "the winter pressures plan",
]
STATUSES = ["open"] * 6 + ["done"] * 2 + ["dropped", "at_risk", "paused"]


def owners(rng: random.Random) -> list[str]:
    return [
        " ".join(p for p in (rng.choice(TITLES), rng.choice(FIRST), rng.choice(LAST)) if p)
        for _ in range(60)
    ]


def build(path: Path, meetings: int, per_meeting: int, seed: int = 5) -> None:
    rng = random.Random(seed)
    names = owners(rng)
    db = open_db(path)
    start_day = date(2015, 1, 1)
    with transaction(db):
        db.conn.executemany(
            "INSERT INTO committees (uuid, name) VALUES (?, ?)",
            [(new_uuid(), name) for name in COMMITTEES],
        )
        committee_ids = [r[0] for r in db.execute("SELECT id FROM committees ORDER BY id")]
        first_meeting = (db.execute("SELECT coalesce(max(id), 0) FROM meetings").fetchone()[0]) + 1
        meeting_rows, action_rows, event_rows = [], [], []
        action_id = db.execute("SELECT coalesce(max(id), 0) FROM actions").fetchone()[0]
        for n in range(meetings):
            meeting_id = first_meeting + n
            held = start_day + timedelta(days=n * 4018 // max(meetings, 1))
            lines = [f"Minutes of meeting {meeting_id} held on {held:%d %B %Y}", ""]
            for _ in range(per_meeting):
                owner = rng.choice(names)
                due = held + timedelta(days=rng.randint(14, 180))
                text = f"{owner} to {rng.choice(VERBS)} {rng.choice(OBJECTS)} by {due:%d %B}."
                offset = sum(len(line) + 1 for line in lines)
                lines.append(text)
                status = rng.choice(STATUSES)
                action_id += 1
                action_rows.append(
                    (
                        action_id,
                        new_uuid(),
                        meeting_id,
                        text,
                        owner,
                        due.isoformat(),
                        f"by {due:%d %B}",
                        due.isoformat(),
                        status,
                        offset,
                        offset + len(text),
                    )
                )
                event_rows.append((new_uuid(), action_id, "created", text))
            minutes = "\n".join(lines)
            meeting_rows.append(
                (
                    meeting_id,
                    new_uuid(),
                    rng.choice(committee_ids),
                    held.isoformat(),
                    f"Meeting {meeting_id}",
                    "bench",
                    minutes,
                    content_hash(minutes),
                )
            )
        db.conn.executemany(
            """INSERT INTO meetings (id, uuid, committee_id, date, title, source, text,
               content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
            meeting_rows,
        )
        db.conn.executemany(
            """INSERT INTO actions (id, uuid, meeting_id, text, owner, due, due_text, original_due,
               status, source_start, source_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            action_rows,
        )
        db.conn.executemany(
            "INSERT INTO action_events (uuid, action_id, field, new_value) VALUES (?, ?, ?, ?)",
            event_rows,
        )
    db.execute("ANALYZE")
    db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default="/tmp/clerk-big.db")
    parser.add_argument("--meetings", type=int, default=10_000)
    parser.add_argument("--actions-per-meeting", type=int, default=10)
    args = parser.parse_args(argv)
    path = Path(args.path)
    if path.exists():
        print(f"{path} exists; remove it first", file=sys.stderr)
        return 1
    began = time.perf_counter()
    build(path, args.meetings, args.actions_per_meeting)
    took = time.perf_counter() - began
    print(
        f"built {path}: {args.meetings} meetings, {args.meetings * args.actions_per_meeting} "
        f"actions in {took:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
