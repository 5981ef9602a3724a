"""A 1,000-file import killed with SIGKILL leaves a sound database holding only whole meetings."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from clerk_tui.core.parse import parse
from tests.conftest import MINUTES

FILES = 1000


def write_minutes(folder: Path) -> list[Path]:
    paths = []
    for n in range(FILES):
        path = folder / f"minutes-{n:04d}.txt"
        path.write_text(MINUTES.replace("12 March 2024", f"{1 + n % 28} March {2000 + n // 28}"))
        paths.append(path)
    return paths


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_sigkill_mid_import_keeps_only_whole_meetings(tmp_path):
    paths = write_minutes(tmp_path)
    expected = parse(paths[0].read_text())
    assert len(expected.actions) >= 1, "the sample must yield actions for the test to mean much"
    db_path = tmp_path / "crash.db"
    command = [sys.executable, "-m", "clerk_tui.cli", "--db", str(db_path), "import"]
    process = subprocess.Popen(
        [*command, *map(str, paths)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )
    stored = 0
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
        if db_path.exists():
            try:
                with sqlite3.connect(db_path, timeout=1) as reader:
                    stored = reader.execute("SELECT count(*) FROM meetings").fetchone()[0]
            except sqlite3.Error:
                continue
            if stored >= 30:
                break
    assert process.poll() is None, "the import finished before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait()

    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    meetings = conn.execute("SELECT id FROM meetings").fetchall()
    assert 30 <= len(meetings) < FILES
    for (meeting_id,) in meetings:
        counts = [
            conn.execute(
                f"SELECT count(*) FROM {table} WHERE meeting_id = ?", [meeting_id]
            ).fetchone()[0]
            for table in ("agenda_items", "decisions", "actions", "follow_ups")
        ]
        assert counts == [
            len(expected.items),
            len(expected.decisions),
            len(expected.actions),
            len(expected.follow_ups),
        ]
    orphans = conn.execute(
        "SELECT count(*) FROM action_events WHERE action_id NOT IN (SELECT id FROM actions)"
    ).fetchone()[0]
    assert orphans == 0
