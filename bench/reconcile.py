"""Reconciliation speed: 40 KB of next minutes against 100 open actions.

Target (one core): under 0.5 s. The open actions are those of the sample cycle's first
minutes (placed as the store places them, numbered again until there are 100); the minutes
are the cycle's later minutes joined until 40 KB.
Run: .venv/bin/python bench/reconcile.py [--profile]
(The best of several runs, wall time with the CPU time beside it: on a busy machine compare
the CPU times.)
"""

from __future__ import annotations

import cProfile
import pstats
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from clerk_tui.core.parse import parse  # noqa: E402
from clerk_tui.core.reconcile import OpenAction, parsed_open_actions, reconcile  # noqa: E402

CYCLE = ROOT / "sample_minutes" / "cycle"


def _actions(paths: list[Path]) -> list[OpenAction]:
    found: list[OpenAction] = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        when = date.fromisoformat(path.stem[-10:])
        parsed = parse(text, meeting_date=when)
        found += parsed_open_actions(text, parsed, when, len(found) + 1)
    while len(found) < 100:
        found += [
            OpenAction(len(found) + n + 1, a.text, a.owner, a.meeting_date, a.ref, a.minute)
            for n, a in enumerate(found[: 100 - len(found)])
        ]
    return found[:100]


def _inputs() -> tuple[str, list[OpenAction]]:
    by_body: dict[str, list[Path]] = {}
    for path in sorted(CYCLE.glob("*-20??-??-??.txt")):
        by_body.setdefault(path.stem[:-11], []).append(path)
    firsts = [paths[0] for paths in by_body.values()]
    laters = [p for paths in by_body.values() for p in paths[1:]]
    text = ""
    while len(text.encode("utf-8")) < 40_000:
        for path in laters:
            text += path.read_text(encoding="utf-8") + "\n\n"
    return text[:40_000], _actions(firsts)


def main() -> int:
    text, actions = _inputs()
    meeting = date(2024, 12, 1)
    reconcile(text, actions, meeting)  # warm up regex and word caches
    best = best_cpu = float("inf")
    for _ in range(3):
        t0, c0 = time.perf_counter(), time.process_time()
        proposals = reconcile(text, actions, meeting)
        best = min(best, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    size = len(text.encode("utf-8")) / 1024
    print(
        f"reconcile: {size:.0f} KB against {len(actions)} open actions: {best:.3f} s"
        f" (CPU {best_cpu:.3f} s), {len(proposals)} proposals; target < 0.5 s"
    )
    if "--profile" in sys.argv:
        profile = cProfile.Profile()
        profile.enable()
        reconcile(text, actions, meeting)
        profile.disable()
        pstats.Stats(profile).sort_stats("cumulative").print_stats(30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
