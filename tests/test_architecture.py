"""The layering the brief asks for, as tests: each layer imports nothing of ours above it
(checked in a fresh interpreter, so what it pulls in indirectly counts), no two of our
modules import each other, the screens hold no SQL and reach the data only through the
services, and the command line loads Textual only to open the app."""

from __future__ import annotations

import ast
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import clerk_tui

PACKAGE = Path(__file__).resolve().parents[1] / "clerk_tui"
LAYERS = ("core", "ingest", "store", "export", "sync", "services", "tui", "cli")
UI = ("textual", "rich")

# layer -> (the layers of ours it must not load, outside packages it must not load)
RULES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "core": (LAYERS[1:], (*UI, "sqlite3", "sqlite_utils", "psycopg")),
    "ingest": (("store", "export", "sync", "services", "tui", "cli"), (*UI, "sqlite_utils")),
    "store": (("ingest", "export", "sync", "services", "tui", "cli"), (*UI, "psycopg")),
    "export": (("ingest", "sync", "services", "tui", "cli"), (*UI, "psycopg")),
    "sync": (("ingest", "export", "services", "tui", "cli"), (*UI, "psycopg")),
    "services": (("tui", "cli"), (*UI, "psycopg")),
}
TEST_HELPERS = {"clerk_tui.sync.devserver"}
"""A throw-away PostgreSQL for the sync tests and benchmark: it needs the driver at once."""


def modules_of(layer: str) -> list[str]:
    folder = PACKAGE / layer
    found = [f"clerk_tui.{layer}"]
    found += [m.name for m in pkgutil.walk_packages([str(folder)], f"clerk_tui.{layer}.")]
    return sorted(set(found) - TEST_HELPERS)


def loaded_after_importing(modules: list[str], then: str = "") -> set[str]:
    script = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + then
        + "print('\\n'.join(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return set(result.stdout.split())


@pytest.mark.parametrize("layer", list(RULES))
def test_each_layer_loads_nothing_above_it(layer: str) -> None:
    ours, outside = RULES[layer]
    modules = modules_of(layer)
    loaded = loaded_after_importing(modules)
    above = sorted(
        m for m in loaded if m.split(".")[:2] in [["clerk_tui", other] for other in ours]
    )
    assert above == [], f"{layer} pulls in {above}"
    assert sorted(m for m in outside if m in loaded) == []
    assert len(modules) >= 2


def test_the_command_line_loads_textual_only_to_open_the_app(tmp_path: Path) -> None:
    minutes = tmp_path / "minutes.txt"
    minutes.write_text("Minutes of the Board\nACTION: Ann to write the report.\n")
    db = tmp_path / "clerk.db"
    script = (
        "import sys\n"
        "from clerk_tui import cli\n"
        f"for args in (['import', '--committee', 'Board', '--date', '2024-01-01', "
        f"{str(minutes)!r}], ['meetings'], ['actions'], "
        "['people'], ['follow-ups'], ['keys'], ['search', 'report']):\n"
        f"    assert cli.main(['--db', {str(db)!r}, *args]) == 0, args\n"
        "print(','.join(m for m in ('textual', 'rich') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == ""


FIRST_SCREEN = (
    "clerk_tui.cli",
    "clerk_tui.tui.app",
    "clerk_tui.tui.screens.actions",
    "clerk_tui.tui.screens.meetings",
    "clerk_tui.tui.sync_ui",
    "clerk_tui.services.records",
)
"""What `clerk` loads to open its first screen (actions, or meetings when none are stored)
and the header's sync line; it also builds its argument parser."""
NOT_AT_START = (
    "clerk_tui.core.parse",
    "clerk_tui.core.reconcile",
    "clerk_tui.core.matching",
    "clerk_tui.core.names",
    "clerk_tui.core.dates",
    "clerk_tui.ingest",
    "rapidfuzz",
    "psycopg",
    "importlib.metadata",
)
"""Loaded where used: the parser and date rules compile hundreds of regular expressions
(about 250 ms, with or without a bytecode cache), the matcher needs rapidfuzz, the version
reads every installed package's metadata."""


def test_the_app_starts_without_the_parser_or_the_matcher() -> None:
    loaded = loaded_after_importing(list(FIRST_SCREEN), "clerk_tui.cli.build_parser()\n")
    early = sorted(m for m in loaded if any(m == n or m.startswith(f"{n}.") for n in NOT_AT_START))
    assert early == []


def top_level_imports(path: Path, module: str) -> set[str]:
    """Our modules `module` imports when it loads (not inside functions, not for typing)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{a.name}" for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level:
            base = module.rsplit(".", node.level)[0]
            found.add(f"{base}.{node.module}" if node.module else base)
    return {name for name in found if name.startswith("clerk_tui")}


def our_modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def test_no_import_cycles() -> None:
    modules = our_modules()
    graph = {
        name: {m for m in top_level_imports(path, name) if m in modules and m != name}
        for name, path in modules.items()
    }
    cycles: list[list[str]] = []
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append([*path[path.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    # A package importing its own submodules (`export` its writers) is how packages work.
    real = [c for c in cycles if not all(m.startswith(c[0] + ".") for m in c[1:-1])]
    assert real == [], " ; ".join(" -> ".join(c) for c in real)


def test_screens_hold_no_sql_and_reach_data_only_through_services():
    sql = re.compile(
        r"\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b|\b(db|conn)\.(execute|query)\("
    )
    offenders = []
    for path in sorted((PACKAGE / "tui").rglob("*.py")):
        module = "clerk_tui." + ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
        text = path.read_text(encoding="utf-8")
        offenders += [
            f"{path.relative_to(PACKAGE)}:{number}"
            for number, line in enumerate(text.splitlines(), 1)
            if sql.search(line)
        ]
        for node in ast.walk(ast.parse(text)):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            offenders += [
                f"{module} imports {name}"
                for name in names
                if name.startswith("clerk_tui.")
                and name.split(".")[1] not in ("core", "services", "tui")
            ]
    assert offenders == []
    assert clerk_tui.__name__ == "clerk_tui"


def test_minutes_files_are_read_only_by_the_import_service():
    """`clerk import`, the paste screen and the samples read files through
    `services.imports.file_request`: nothing else above `ingest` imports it."""
    readers = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if module.startswith("clerk_tui.ingest"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            readers += [module for name in names if name.startswith("clerk_tui.ingest")]
    assert readers == ["clerk_tui.services.imports"]
