"""Which tables and fields sync, and the SQLite triggers that capture local edits of them.

`SYNCED_TABLES` is the one list of synced tables. Every synced row is known by its uuid; a
foreign key travels as the uuid of the row it points at and is turned back into a local id
when applied. The capture triggers are never written by hand: the migrations
(`store.schema`) make them with `install` from this list and the live schema, after the
migration that created team sync and again after every later one, so a column added to a
synced table syncs without anyone regenerating SQL.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from clerk_tui.core.hlc import COUNTER_LIMIT

# Parents before children, so a row's foreign keys resolve when it is applied.
SYNCED_TABLES = (
    "committees",
    "people",
    "meetings",
    "agenda_items",
    "decisions",
    "roles",
    "aliases",
    "actions",
    "action_owners",
    "action_events",
    "follow_ups",
    "committee_members",
    "refused_matches",
)
LOCAL_COLUMNS = frozenset({"id", "uuid", "ref_final"})  # never sent: this copy's own
TRIGGER_NAMES = frozenset(
    f"sync_{table}_{event}" for table in SYNCED_TABLES for event in ("insert", "update", "delete")
)

# A field recorded whenever another one changes, so the pair stays consistent when two
# clerks' edits are merged field by field (a status and when it was closed).
COMPANIONS: dict[tuple[str, str], tuple[str, ...]] = {
    ("actions", "closed_at"): ("status",),
    ("actions", "due_text"): ("due",),
    ("actions", "original_due"): ("due",),
}

# Committees are found by name, so two clerks who each create "Planning" must get one row:
# its uuid is made from the name rather than drawn at random.
COMMITTEE_KEY = "'committee:' || lower({name})"


@dataclass(frozen=True)
class Column:
    name: str
    parent: str | None  # the table a foreign key points at


def synced_columns(conn: sqlite3.Connection, table: str) -> list[Column]:
    """The fields of `table` that sync, in table order."""
    parents = {
        row[3]: row[2] for row in conn.execute(f"PRAGMA foreign_key_list({table})").fetchall()
    }
    return [
        Column(row[1], parents.get(row[1]))
        for row in conn.execute(f"PRAGMA table_info({table})").fetchall()
        if row[1] not in LOCAL_COLUMNS
    ]


def _value(column: Column, row: str) -> str:
    if column.parent:
        return f"(SELECT uuid FROM {column.parent} WHERE id = {row}.{column.name})"
    return f"{row}.{column.name}"


def _changed(table: str, column: Column) -> str:
    names = (column.name, *COMPANIONS.get((table, column.name), ()))
    return " OR ".join(f"old.{name} IS NOT new.{name}" for name in names)


# The hybrid logical clock's tick (clerk_tui.core.hlc.tick) in SQL, so the triggers work on
# any connection: move to the wall clock when it is ahead, else count on from the last stamp.
NOW_MS = "CAST(round((julianday('now') - 2440587.5) * 86400000.0) AS INTEGER)"
TICK_SQL = f"""UPDATE sync_state SET
        hlc_counter = CASE WHEN {NOW_MS} > hlc_wall THEN 0
            WHEN hlc_counter >= {COUNTER_LIMIT} THEN 0 ELSE hlc_counter + 1 END,
        hlc_wall = CASE WHEN {NOW_MS} > hlc_wall THEN {NOW_MS}
            WHEN hlc_counter >= {COUNTER_LIMIT} THEN hlc_wall + 1 ELSE hlc_wall END;"""
_NOT_APPLYING = "(SELECT applying FROM sync_state) = 0"
_TOMBSTONE = "SELECT 'deleted' AS field, 1 AS value"


def _field_clock(table: str, row_uuid: str, field: str) -> str:
    """SQL for the stamp of a field's current value: its own, else its row's creation."""
    return (
        f"coalesce((SELECT k.hlc FROM sync_fields k WHERE k.tbl = '{table}' "
        f"AND k.row_uuid = {row_uuid} AND k.field = {field}), (SELECT r.hlc FROM sync_rows r "
        f"WHERE r.tbl = '{table}' AND r.row_uuid = {row_uuid}))"
    )


def _record_edit(table: str, row_uuid: str, selects: list[str]) -> str:
    union = "\n        UNION ALL ".join(selects)
    return (
        f"    {TICK_SQL}\n"
        "    INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields, prevs)\n"
        f"    SELECT '{table}', {row_uuid}, s.hlc, json_group_object(f.field, f.value),\n"
        f"        json_group_object(f.field, {_field_clock(table, row_uuid, 'f.field')})\n"
        f"    FROM sync_clock s, (\n        {union}\n    ) AS f;\n"
    )


def table_triggers(conn: sqlite3.Connection, table: str) -> list[str]:
    """CREATE TRIGGER statements that put every local insert, update and delete of `table`
    in the outbox as one edit, unless the change is being applied from the server."""
    columns = synced_columns(conn, table)
    row_uuid = "new.uuid"
    rename = ""
    if table == "committees":
        key = COMMITTEE_KEY.format(name="new.name")
        rename = (
            f"    UPDATE committees SET uuid = {key} WHERE id = new.id\n"
            f"        AND NOT EXISTS (SELECT 1 FROM committees WHERE uuid = {key});\n"
        )
        row_uuid = "(SELECT uuid FROM committees WHERE id = new.id)"
    fields = ",\n        ".join(f"'{c.name}', {_value(c, 'new')}" for c in columns)
    changed = [
        f"SELECT '{c.name}' AS field, +{_value(c, 'new')} AS value WHERE {_changed(table, c)}"
        for c in columns
    ]
    any_change = " OR ".join(f"old.{c.name} IS NOT new.{c.name}" for c in columns)
    triggers = [
        f"CREATE TRIGGER sync_{table}_insert AFTER INSERT ON {table}\n"
        f"WHEN {_NOT_APPLYING}\nBEGIN\n{rename}    {TICK_SQL}\n"
        "    INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields)\n"
        f"    SELECT '{table}', {row_uuid}, s.hlc, json_object(\n        {fields}\n    )\n"
        "    FROM sync_clock s;\nEND;",
        f"CREATE TRIGGER sync_{table}_update AFTER UPDATE ON {table}\n"
        f"WHEN {_NOT_APPLYING} AND ({any_change})\nBEGIN\n"
        f"{_record_edit(table, 'new.uuid', changed)}END;",
    ]
    if any(c.name == "deleted" for c in columns):
        triggers.append(
            f"CREATE TRIGGER sync_{table}_delete AFTER DELETE ON {table}\n"
            f"WHEN {_NOT_APPLYING} AND old.deleted = 0\nBEGIN\n"
            f"{_record_edit(table, 'old.uuid', [_TOMBSTONE])}END;"
        )
    return triggers


def _seed_sql(conn: sqlite3.Connection, table: str) -> str:
    """Put every row already in `table` in the outbox, as if each had just been created."""
    fields = ",\n    ".join(f"'{c.name}', {_value(c, 't')}" for c in synced_columns(conn, table))
    return (
        "INSERT INTO sync_outbox (tbl, row_uuid, hlc, fields)\n"
        f"SELECT '{table}', t.uuid, (SELECT hlc FROM sync_clock), json_object(\n    {fields}\n)\n"
        f"FROM {table} t ORDER BY t.id;"
    )


def install(conn: sqlite3.Connection) -> None:
    """(Re)create the capture triggers of every synced table from the schema as it is now."""
    drop(conn)
    for table in present(conn):
        for sql in table_triggers(conn, table):
            conn.execute(sql)


def drop(conn: sqlite3.Connection) -> None:
    """Remove the capture triggers (a migration may then change the synced tables freely)."""
    for name in installed_triggers(conn):
        conn.execute(f"DROP TRIGGER {name}")


def seed(conn: sqlite3.Connection) -> None:
    """Give committees their name-made uuid and put every existing row in the outbox, as if
    each had just been created (once, when team sync arrives)."""
    conn.execute(f"UPDATE committees SET uuid = {COMMITTEE_KEY.format(name='name')}")
    conn.execute(TICK_SQL)
    for table in present(conn):
        conn.execute(_seed_sql(conn, table))


def present(conn: sqlite3.Connection) -> list[str]:
    """The synced tables the database has so far (a later migration may add more)."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return [table for table in SYNCED_TABLES if table in tables]


def installed_triggers(conn: sqlite3.Connection) -> dict[str, str]:
    """name -> SQL of the sync capture triggers in the database."""
    return dict(
        conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync\\_%' "
            "ESCAPE '\\' AND name <> 'sync_outbox_clock'"
        ).fetchall()
    )


def expected_triggers(conn: sqlite3.Connection) -> dict[str, str]:
    """name -> SQL of the capture triggers the current schema needs."""
    found: dict[str, str] = {}
    for table in present(conn):
        for sql in table_triggers(conn, table):
            found[sql.split()[2]] = sql.removesuffix(";")
    return found


def row_state(conn: sqlite3.Connection) -> dict[tuple[str, str], dict[str, Any]]:
    """(table, uuid) -> {field: value} for every synced row, foreign keys as uuids.

    What two stores that have synced must agree on.
    """
    state: dict[tuple[str, str], dict[str, Any]] = {}
    for table in SYNCED_TABLES:
        columns = synced_columns(conn, table)
        select = ", ".join(_value(c, "t") for c in columns)
        for row in conn.execute(f"SELECT t.uuid, {select} FROM {table} t"):
            state[(table, row[0])] = dict(zip([c.name for c in columns], row[1:], strict=True))
    return state
