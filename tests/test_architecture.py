"""The layering the brief asks for: a pure core, and screens that hold no SQL or parsing."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "clerk_tui"


def test_core_imports_no_ui_and_no_database():
    modules = sorted(
        ".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")
        for p in (PACKAGE / "core").rglob("*.py")
    )
    script = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "bad = [m for m in ('textual', 'rich', 'sqlite3', 'sqlite_utils', 'psycopg') "
        "if m in sys.modules]\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"core pulls in {result.stdout.strip()}"
    assert len(modules) >= 5


def test_screens_hold_no_sql_and_no_parsing_rules():
    sql = re.compile(
        r"\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b|\b(db|conn)\.(execute|query)\("
    )
    offenders = [
        f"{path.relative_to(PACKAGE)}:{number}"
        for path in sorted((PACKAGE / "tui").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if sql.search(line)
    ]
    assert offenders == []
