"""Time to the first screen: clerk against a bare Textual app with a header, a table and a
footer, in paired runs of fresh processes (interpreter start, imports, first paint, exit).

    .venv/bin/python bench/startup.py [--runs 9] [--no-bytecode-cache]

Each child exits once its first screen shows its table with rows: the bare app with 100 rows,
clerk on a database holding the sample minutes (its actions screen, first page loaded).
clerk starts as the `clerk` command does (`cli.main`: the argument parser, the check of
the database file, then the app), headless.
Prints each median with its spread, the ratio of the medians (the figure to keep at 1.5 or
under), the spread of the paired runs' ratios, the same for CPU time (steadier than wall time
on a shared machine) and the load average while it ran.

Both apps run as installed: Python's bytecode cache is used (in a temporary folder), after
one untimed run of each. `--no-bytecode-cache` keeps the environment as it is instead; with
PYTHONDONTWRITEBYTECODE set, clerk's own modules are then compiled from source at every
start while Textual's come compiled from its wheel.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
from textual.app import App
from textual.widgets import DataTable, Footer, Header

class Bare(App):
    def compose(self):
        yield Header()
        yield DataTable()
        yield Footer()

    def on_mount(self):
        table = self.query_one(DataTable)
        table.add_columns("Ref", "Committee", "Action", "Owner", "Due", "Status")
        table.add_rows([(str(n), "Board", "Circulate the summary", "Ann", "2024-06-28", "Open")
                        for n in range(100)])
        self.call_after_refresh(self.exit)

Bare().run(headless=True, size=(120, 35))
"""

CLERK = """
import sys
import clerk_tui.tui.app as app_module
from clerk_tui.cli import main

class Timed(app_module.ClerkApp):
    CSS_PATH = app_module.__file__.replace("app.py", "app.tcss")

    def run(self, **kwargs):
        return super().run(headless=True, size=(120, 35))

    def on_ready(self):
        self.set_interval(0.002, self.check)

    def check(self):
        table = self.screen.query("#actions-table")
        if table and table.first().row_count:
            self.call_after_refresh(self.exit)

app_module.ClerkApp = Timed  # what `clerk` runs, headless and timed
sys.exit(main(["--db", sys.argv[1]]))
"""


def sample_database(folder: Path) -> Path:
    """A database holding the sample minutes, as the app's offer on an empty database loads
    them (those that name no committee or date under the samples' own)."""
    path = folder / "clerk.db"
    load = (
        "import sys\n"
        "from clerk_tui.services.samples import load_samples\n"
        "from clerk_tui.store import open_db\n"
        "load_samples(open_db(sys.argv[1]))\n"
    )
    subprocess.run([sys.executable, "-c", load, str(path)], check=True, capture_output=True)
    return path


def timed(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, env=env)
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


def spread(values: list[float]) -> str:
    return f"median {statistics.median(values):.3f} (min {min(values):.3f}, max {max(values):.3f})"


def quartiles(values: list[float]) -> str:
    low, mid, high = statistics.quantiles(values, n=4) if len(values) > 1 else values * 3
    return f"{mid:.2f} (quartiles {low:.2f}-{high:.2f}, range {min(values):.2f}-{max(values):.2f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="run the children in this environment as it is (see the module docstring)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = sample_database(Path(folder))
        env = dict(os.environ)
        if not args.no_bytecode_cache:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")
        bare_cmd = [sys.executable, "-c", BARE]
        clerk_cmd = [sys.executable, "-c", CLERK, str(db)]
        for warm_up in (bare_cmd, clerk_cmd):  # untimed: fills the bytecode cache
            timed(warm_up, env)
        load_before = os.getloadavg()[0]
        bare, clerk = [], []
        for _ in range(args.runs):
            bare.append(timed(bare_cmd, env))
            clerk.append(timed(clerk_cmd, env))
        load_after = os.getloadavg()[0]
    median = statistics.median
    cache = "not used" if args.no_bytecode_cache else "used"
    load = f"load {load_before:.1f} -> {load_after:.1f}"
    print(f"{args.runs} paired runs, bytecode cache {cache}, {load}")
    for kind, index in (("wall", 0), ("cpu", 1)):
        bare_s, clerk_s = [b[index] for b in bare], [c[index] for c in clerk]
        print(f"{kind}: bare Textual app (header, table, footer): {spread(bare_s)} s")
        print(f"{kind}: clerk, actions screen of the sample minutes: {spread(clerk_s)} s")
        paired = [c / b for b, c in zip(bare_s, clerk_s, strict=True)]
        print(f"{kind}: paired ratios {quartiles(paired)}")
        goal = " (goal: 1.5 or under)" if kind == "wall" else ""
        print(f"{kind}: ratio: {median(clerk_s) / median(bare_s):.2f}{goal}")


if __name__ == "__main__":
    main()
