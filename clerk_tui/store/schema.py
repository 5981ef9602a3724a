"""The schema: numbered migrations, one SQL file each, and the readable current schema.

Each `migrations/NNNN_name.sql` runs once, in order, in its own transaction, and sets
`PRAGMA user_version` to NNNN; never edit one that has shipped, add the next. From the
migration that brought team sync onwards, the sync capture triggers are dropped before each
migration and made again after it from the schema it leaves (`store.capture`).

The top-level `schema.sql` is this module's output (`make schema`), checked by a test.
"""

from __future__ import annotations

import re
import sqlite3
import textwrap
from functools import cache
from importlib import resources
from typing import NamedTuple

from clerk_tui.store import capture

CAPTURE_FROM = 5
"""The migration that created team sync: it and every later one leave fresh capture
triggers; this one also puts the rows already stored in the outbox."""

REFS_FROM = 9
"""The migration that brought action references: those already stored are numbered after
it, through the capture, so the numbers reach the sync server."""


class Migration(NamedTuple):
    number: int
    title: str
    """The file's first line, a comment saying what the migration does."""
    sql: str


class MigrationFilesError(Exception):
    """The migration files are not numbered 1..N (a packaging or editing mistake)."""


@cache
def migrations() -> list[Migration]:
    """Every migration file of the package, in order."""
    folder = resources.files("clerk_tui.store") / "migrations"
    found = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        match = re.fullmatch(r"(\d{4})_\w+\.sql", entry.name)
        if match:
            sql = entry.read_text(encoding="utf-8")
            title = sql.splitlines()[0].removeprefix("--").strip() if sql else ""
            found.append(Migration(int(match[1]), title, sql))
    numbers = [m.number for m in found]
    if numbers != list(range(1, len(found) + 1)):
        raise MigrationFilesError(f"migration files are not numbered 1..N: {numbers}")
    return found


def latest_version() -> int:
    return len(migrations())


def statements(sql: str) -> list[str]:
    """The SQL statements of a script, each whole (a trigger's body included)."""
    found, pending = [], ""
    for line in sql.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            found.append(pending.strip())
            pending = ""
    if any(line.strip() and not line.strip().startswith("--") for line in pending.splitlines()):
        raise MigrationFilesError(f"unfinished SQL statement at the end: {pending.strip()[:60]}")
    return found


def apply(conn: sqlite3.Connection, migration: Migration) -> None:
    """Run one migration and set the version, all or nothing (`conn` in autocommit mode)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        if migration.number > CAPTURE_FROM:
            capture.drop(conn)
        for statement in statements(migration.sql):
            conn.execute(statement)
        if migration.number >= CAPTURE_FROM:
            capture.install(conn)
        if migration.number == CAPTURE_FROM:
            capture.seed(conn)
        if migration.number == REFS_FROM:
            from clerk_tui.store.refs import (
                backfill,  # store.refs imports store.db, which imports this
            )

            backfill(conn)
        conn.execute(f"PRAGMA user_version = {migration.number}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def migrate(conn: sqlite3.Connection, version: int) -> None:
    """Apply the migrations after `version`, each in its own transaction."""
    for migration in migrations()[version:]:
        apply(conn, migration)


SCHEMA_HEADER = """\
-- clerk-tui database schema, as the migrations leave it (version {version}).
--
-- GENERATED: `make schema` writes this file from clerk_tui/store/migrations/*.sql and
-- tests/test_schema.py fails when it is out of date. Change the schema by adding a migration,
-- never by editing this file. Every row that syncs between clerks has a uuid; `deleted` marks
-- a tombstone instead of removing the row.
--
-- Not shown: the sync capture triggers sync_<table>_insert/_update/_delete, which the
-- migrations make (clerk_tui.store.capture) from the columns below for each synced table:
{synced}"""


def current_schema() -> str:
    """The readable schema: each table with its indexes and triggers, then the views."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        migrate(conn, 0)
        rows = conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL "
            "ORDER BY rowid"
        ).fetchall()
    finally:
        conn.close()
    virtual = [name for kind, name, _, sql in rows if sql.startswith("CREATE VIRTUAL TABLE")]
    shadow = tuple(f"{name}_" for name in virtual)
    synced = textwrap.fill(
        ", ".join(capture.SYNCED_TABLES), width=92, initial_indent="-- ", subsequent_indent="-- "
    )
    parts = [SCHEMA_HEADER.format(version=latest_version(), synced=synced)]
    for kind, name, _, sql in rows:
        if kind != "table" or name.startswith(shadow):
            continue
        block = [_added_columns_on_lines(sql) + ";"]
        block += [
            s + ";"
            for k, n, table, s in rows
            if table == name and k in ("index", "trigger") and n not in capture.TRIGGER_NAMES
        ]
        parts.append("\n".join(block))
    parts += [sql + ";" for kind, _, _, sql in rows if kind == "view"]
    return "\n\n".join(parts) + "\n"


def _added_columns_on_lines(sql: str) -> str:
    """SQLite writes the columns added by ALTER TABLE on one last line (`, a TEXT, b TEXT)`);
    put each on its own line, like the others."""
    head, _, added = sql.rpartition("\n")
    if not (added.startswith(", ") and added.endswith(")")):
        return sql
    columns, depth, quoted, current = [], 0, False, ""
    for char in added[2:-1]:
        quoted ^= char == "'"
        if not quoted:
            depth += (char == "(") - (char == ")")
        if char == "," and depth == 0 and not quoted:
            columns.append(current.strip())
            current = ""
        else:
            current += char
    columns.append(current.strip())
    earlier, _, last = head.rpartition("\n")
    definition, dashes, comment = last.partition("--")
    last = f"{definition.rstrip()}," + (f"  --{comment}" if dashes else "")
    return "\n".join([earlier, last, *(f"    {column}," for column in columns)])[:-1] + "\n)"
