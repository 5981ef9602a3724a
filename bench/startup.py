"""Time to the first screen: clerk against a bare Textual app with a header, a table and a
footer, in paired runs of fresh processes (interpreter start, imports, first paint, exit).

    .venv/bin/python bench/startup.py [--runs 7]

Each child exits once its first screen shows its table with rows: the bare app with 100 rows,
clerk on a database holding the sample minutes (its actions screen, first page loaded).
Prints each median and their ratio, the figure to keep at 1.5 or under.
"""

from __future__ import annotations

import argparse
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
from clerk_tui.tui.app import ClerkApp

class Timed(ClerkApp):
    CSS_PATH = app_module.__file__.replace("app.py", "app.tcss")

    def on_ready(self):
        self.set_interval(0.002, self.check)

    def check(self):
        table = self.screen.query("#actions-table")
        if table and table.first().row_count:
            self.call_after_refresh(self.exit)

Timed(sys.argv[1]).run(headless=True, size=(120, 35))
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


def wall(args: list[str]) -> float:
    began = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True)
    return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = sample_database(Path(folder))
        bare_times, clerk_times = [], []
        for _ in range(args.runs):
            bare_times.append(wall([sys.executable, "-c", BARE]))
            clerk_times.append(wall([sys.executable, "-c", CLERK, str(db)]))
    bare, clerk = statistics.median(bare_times), statistics.median(clerk_times)
    print(f"bare Textual app (header, table, footer): {bare:.3f} s median of {args.runs}")
    print(f"clerk, actions screen of the sample minutes: {clerk:.3f} s")
    print(f"ratio: {clerk / bare:.2f} (goal: 1.5 or under)")


if __name__ == "__main__":
    main()
