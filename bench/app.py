"""Drive the app headless on a big database and time what the clerk waits for.

    .venv/bin/python bench/make_big_db.py /tmp/clerk-big.db     # once: 10k meetings, 100k actions
    .venv/bin/python bench/app.py /tmp/clerk-big.db

Prints: time to the first screen (app start until the actions table shows its first page),
time to open the actions screen again from another screen, time for each filter keystroke
to update the table (from the key press, including the debounce), time to load the next
page when scrolling, and peak memory (max RSS). Targets: actions screen < 0.5 s,
keystroke < 100 ms, memory < 300 MB. The database is copied first, so it is not changed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from textual import events
from textual.widgets import DataTable

import clerk_tui.tui.app as app_module
from clerk_tui.tui.app import ClerkApp
from clerk_tui.tui.screens.actions import ActionsScreen, filter_words

TYPED = "priya carers"


async def until(condition, timeout: float = 10.0) -> None:
    """Poll every 2 ms until `condition()` holds."""
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the app did not get there in time")
        await asyncio.sleep(0.002)


def process_age() -> float | None:
    """Seconds since this process started (Linux /proc), else None."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        uptime = float(Path("/proc/uptime").read_text().split()[0])
    except (OSError, IndexError, ValueError):
        return None
    return uptime - int(fields[19]) / os.sysconf("SC_CLK_TCK")


def type_key(app: ClerkApp, char: str) -> None:
    """Send one key as the terminal driver does, without the test pilot's waiting."""
    key = events.Key(char, char)
    key.set_sender(app)
    assert app._driver is not None
    app._driver.send_message(key)


async def painted(app: ClerkApp) -> None:
    """Wait until the screen has refreshed after the latest change."""
    done = asyncio.get_running_loop().create_future()
    app.screen.call_after_refresh(lambda: done.done() or done.set_result(None))
    await done


def table_of(app: ClerkApp) -> DataTable:
    return app.screen.query_one("#actions-table", DataTable)


async def run(db_path: Path) -> dict[str, object]:
    results: dict[str, object] = {}
    app_module.SAMPLE_DIR = Path("/nonexistent")  # no sample offer on the big database
    began = time.perf_counter()
    app = ClerkApp(db_path)
    async with app.run_test(size=(120, 35)) as pilot:
        await until(lambda: isinstance(app.screen, ActionsScreen) and table_of(app).row_count)
        await painted(app)
        results["first screen (app start to actions table painted)"] = time.perf_counter() - began
        age = process_age()
        if age is not None:
            results["first screen from process start (with imports)"] = age
        screen = app.screen
        assert isinstance(screen, ActionsScreen)

        await pilot.press("f")
        await until(lambda: not isinstance(app.screen, ActionsScreen))
        await pilot.pause()
        shown = screen.shown_generation
        began = time.perf_counter()
        await pilot.press("a")
        await until(lambda: app.screen is screen and screen.shown_generation > shown)
        await painted(app)
        results["open actions screen (key to table painted)"] = time.perf_counter() - began

        await pilot.press("slash")
        await pilot.pause()
        keystrokes, matches = [], []
        for typed, char in enumerate(TYPED, 1):
            if filter_words(TYPED[:typed]) == filter_words(TYPED[: typed - 1]):
                # the filter words do not change (a space, or a lone letter after a word)
                if char == " ":
                    await pilot.press("space")
                else:
                    type_key(app, char)
                await pilot.pause(0.15)
                continue
            shown = screen.shown_generation
            began = time.perf_counter()
            type_key(app, char)
            await until(lambda s=shown: screen.shown_generation > s)
            await painted(app)
            keystrokes.append(time.perf_counter() - began)
            await until(lambda: screen.total is not None)
            matches.append(screen.total)
            await pilot.pause(0.15)  # a typist's pause between keys
        results["matches after each key"] = matches
        results["each keystroke (ms)"] = [round(k * 1000) for k in keystrokes]
        results["filter keystroke to table painted, median"] = statistics.median(keystrokes)
        results["filter keystroke to table painted, worst"] = max(keystrokes)

        await pilot.press("ctrl+u", "enter")
        await until(lambda: screen.total is not None and screen.total > 1000)
        table = table_of(app)
        table.move_cursor(row=table.row_count - 1)
        began = time.perf_counter()
        await pilot.press("down")
        await until(lambda: not screen.loading_page and len(screen.rows) > table.cursor_row + 1)
        await painted(app)
        results["next page while scrolling"] = time.perf_counter() - began
        results["rows in the table (at most 2 pages)"] = table.row_count
        results["first row's offset in the filtered list"] = screen.window_start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    results["peak memory (max RSS)"] = peak_kb * 1024
    return results


def show(results: dict[str, object]) -> None:
    for name, value in results.items():
        if name.startswith("peak memory"):
            text = f"{value / 2**20:.0f} MB"  # type: ignore[operator]
        elif isinstance(value, float):
            text = f"{value * 1000:.0f} ms"
        else:
            text = str(value)
        print(f"{name:48} {text}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", nargs="?", default="/tmp/clerk-big.db")
    args = parser.parse_args(argv)
    source = Path(args.db)
    if not source.is_file():
        print(f"{source} not found; build it with bench/make_big_db.py", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "clerk.db"
        shutil.copyfile(source, copy)
        show(asyncio.run(run(copy)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
