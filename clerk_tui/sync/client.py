"""Team sync from the local store's side: what the app and `clerk sync` call.

    from clerk_tui.sync import client
    report = client.sync(db)             # push local edits, pull the others'; SyncReport
    print(report.summary())              # "sent 3 changes, received 5, 1 conflict"
    print(client.status(db))             # "not synced since 12 March 2025 14:02; ..."
    for c in client.conflicts(db):       # newest first
        print(c.message)                 # "Sam's due date 30 June 2025 was replaced by ..."

`sync` raises `SyncError` (a `StoreError`) with a one-line reason when the server cannot be
reached or refuses; local data is never lost, and the next sync resumes where this one
stopped. It blocks for the length of the exchange: call it from a worker thread in the app.
"""

from __future__ import annotations

import getpass
import json
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database

from clerk_tui.core import hlc
from clerk_tui.store.capture import SYNCED_TABLES, Column, synced_columns
from clerk_tui.store.db import transaction
from clerk_tui.store.refs import SYNC_SERVER_SETTING as SERVER_SETTING
from clerk_tui.sync import server
from clerk_tui.sync.server import Edit, SyncError

if TYPE_CHECKING:
    import psycopg

PUSH_BATCH = 2000  # edits per server transaction

__all__ = [
    "Conflict",
    "SyncError",
    "SyncReport",
    "SyncStatus",
    "conflicts",
    "saved_server",
    "set_clerk_name",
    "status",
    "sync",
]


@dataclass
class SyncReport:
    """What one sync did."""

    pushed: int = 0  # local edits sent
    duplicates: int = 0  # of those, edits the server already had (a resumed sync)
    pulled: int = 0  # other clerks' edits that changed this copy
    conflicts: int = 0  # new same-field clashes (see `conflicts`)
    skipped: int = 0  # edits that could not be applied here (see `skipped_reasons`)
    skipped_reasons: list[str] = field(default_factory=list)
    synced_at: str = ""

    def summary(self) -> str:
        parts = [f"sent {_count(self.pushed, 'change')}", f"received {self.pulled}"]
        if self.conflicts:
            parts.append(_count(self.conflicts, "conflict"))
        if self.skipped:
            parts.append(f"{self.skipped} not applied")
        return "synced: " + ", ".join(parts)


@dataclass
class SyncStatus:
    server: str | None
    last_synced_at: datetime | None
    pending: int  # local edits not yet sent

    @property
    def text(self) -> str:
        if self.last_synced_at is None:
            when = "never synced"
        else:
            when = f"not synced since {_local_time(self.last_synced_at)}"
        waiting = f"; {_count(self.pending, 'change')} waiting to be sent" if self.pending else ""
        return when + waiting

    def __str__(self) -> str:
        return self.text


@dataclass
class Conflict:
    at: str
    table: str
    row_uuid: str
    field: str
    winner_value: Any
    winner_clerk: str
    loser_value: Any
    loser_clerk: str
    message: str


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _local_time(moment: datetime) -> str:
    local = moment.astimezone()
    return f"{local.day} {local:%B %Y %H:%M}"


# --- settings and state ---------------------------------------------------------------------


def saved_server(db: Database) -> str | None:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [SERVER_SETTING]).fetchone()
    return row[0] if row and row[0] else None


def _save_server(db: Database, url: str) -> None:
    with transaction(db):
        db.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", [SERVER_SETTING, url]
        )


def set_clerk_name(db: Database, name: str) -> None:
    """The name other clerks see in conflicts ("Sam's due date ...")."""
    with transaction(db):
        db.execute("UPDATE sync_state SET clerk_name = ?", [name.strip() or None])


def _state(db: Database) -> dict[str, Any]:
    return next(iter(db.query("SELECT * FROM sync_state")))


def _clerk_name(state: dict[str, Any]) -> str:
    if state["clerk_name"]:
        return str(state["clerk_name"])
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "clerk " + state["clerk_id"][:6]


def status(db: Database) -> SyncStatus:
    """When this copy last synced and how many edits wait to be sent; `str()` is the line
    the app shows ("not synced since 12 March 2025 14:02; 3 changes waiting to be sent")."""
    state = _state(db)
    last = state["last_synced_at"]
    pending = db.execute("SELECT count(*) FROM sync_outbox").fetchone()[0]
    return SyncStatus(
        server=saved_server(db),
        last_synced_at=datetime.fromisoformat(last) if last else None,
        pending=int(pending),
    )


# --- sync -----------------------------------------------------------------------------------


def sync(db: Database, url: str | None = None) -> SyncReport:
    """Send this copy's edits to the server at `url` (else the saved one), then apply every
    edit made elsewhere since the last sync, all in one local transaction.

    A given `url` is saved for later syncs once the server has answered. Raises SyncError,
    one line, when the server is unreachable or refuses; nothing local is lost.
    """
    target = url or saved_server(db)
    if not target:
        raise SyncError("no sync server set; run: clerk sync --server URL")
    psycopg = server.driver()
    try:
        with server.connect(target) as conn:
            server.check_schema(conn, target)
            if url and url != saved_server(db):
                _save_server(db, url)
            report = SyncReport()
            _push_outbox(db, conn, report)
            _pull(db, conn, report)
    except psycopg.Error as exc:
        raise SyncError(
            f"the sync with {server.redact(target)} stopped ({server.reason(exc)}); "
            f"nothing local was lost, {status(db)}"
        ) from None
    except SyncError as exc:
        raise SyncError(f"{exc}; {status(db)}") from None
    return report


def _push_outbox(db: Database, conn: psycopg.Connection[Any], report: SyncReport) -> None:
    state = _state(db)
    name = _clerk_name(state)
    while True:
        rows = db.execute(
            "SELECT id, tbl, row_uuid, hlc, fields, prevs FROM sync_outbox ORDER BY id LIMIT ?",
            [PUSH_BATCH],
        ).fetchall()
        if not rows:
            return
        edits = [
            Edit(tbl, row_uuid, stamp, json.loads(fields), json.loads(prevs) if prevs else None)
            for _id, tbl, row_uuid, stamp, fields, prevs in rows
        ]
        result = server.push(conn, edits, state["clerk_id"], name)
        last_id = rows[-1][0]
        with transaction(db):
            db.execute("DELETE FROM sync_outbox WHERE id <= ?", [last_id])
            if result.first_seq == _state(db)["cursor"] and not result.conflicts:
                # Nothing came in between: the new sequence numbers are all ours, held here.
                db.execute("UPDATE sync_state SET cursor = ?", [result.last_seq])
        report.pushed += result.applied
        report.duplicates += result.duplicates
        state = _state(db)


def _pull(db: Database, conn: psycopg.Connection[Any], report: SyncReport) -> None:
    cursor = int(_state(db)["cursor"])
    pulled = server.pull(conn, cursor)
    with transaction(db):
        db.execute("UPDATE sync_state SET applying = 1")
        applier = _Applier(db)
        for _seq, edit in pulled.edits:
            applier.apply(edit)
        applier.finish()
        if pulled.edits:
            _receive_clock(db, max(edit.hlc for _seq, edit in pulled.edits))
        db.conn.executemany(
            """INSERT OR IGNORE INTO sync_conflicts (seq, tbl, row_uuid, field, winner_value,
               winner_clerk, loser_value, loser_clerk, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                (
                    c["seq"],
                    c["tbl"],
                    c["row_uuid"],
                    c["field"],
                    c["winner_value"],
                    c["winner_clerk"],
                    c["loser_value"],
                    c["loser_clerk"],
                    c["at"],
                )
                for c in pulled.conflicts
            ],
        )
        report.synced_at = datetime.now(UTC).isoformat(timespec="seconds")
        db.execute(
            "UPDATE sync_state SET cursor = ?, last_synced_at = ?, applying = 0",
            [pulled.cursor, report.synced_at],
        )
    report.pulled = applier.applied
    report.skipped = len(applier.skipped)
    report.skipped_reasons = applier.skipped
    report.conflicts = len(pulled.conflicts)


def _receive_clock(db: Database, remote: str) -> None:
    """Move this copy's clock past the latest stamp pulled (the HLC receive rule)."""
    state = _state(db)
    last = hlc.Stamp(state["hlc_wall"], state["hlc_counter"], state["clerk_id"])
    moved = hlc.receive(last, hlc.decode(remote), hlc.wall_clock_ms(), state["clerk_id"])
    db.execute(
        "UPDATE sync_state SET hlc_wall = ?, hlc_counter = ?", [moved.wall_ms, moved.counter]
    )


class _Applier:
    """Applies pulled edits to the local tables, field by field, the later stamp winning.

    Foreign keys arrive as uuids and become local ids; a row first seen is inserted.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self.columns: dict[str, dict[str, Column]] = {
            table: {c.name: c for c in synced_columns(db.conn, table)} for table in SYNCED_TABLES
        }
        self.ids: dict[tuple[str, str], int] = {}
        self.applied = 0
        self.skipped: list[str] = []
        self.unresolved: list[tuple[str, int, str, str]] = []

    def local_id(self, table: str, row_uuid: str) -> int | None:
        found = self.ids.get((table, row_uuid))
        if found is None:
            row = self.db.execute(f"SELECT id FROM {table} WHERE uuid = ?", [row_uuid]).fetchone()
            if row is None:
                return None
            found = self.ids[(table, row_uuid)] = int(row[0])
        return found

    def clocks(self, edit: Edit) -> tuple[str | None, dict[str, str]]:
        row = self.db.execute(
            "SELECT hlc FROM sync_rows WHERE tbl = ? AND row_uuid = ?", [edit.tbl, edit.row_uuid]
        ).fetchone()
        fields = self.db.execute(
            "SELECT field, hlc FROM sync_fields WHERE tbl = ? AND row_uuid = ?",
            [edit.tbl, edit.row_uuid],
        ).fetchall()
        return (row[0] if row else None), dict(fields)

    def apply(self, edit: Edit) -> None:
        columns = self.columns.get(edit.tbl)
        if columns is None:
            self.skipped.append(f"unknown table {edit.tbl!r}")
            return
        row_clock, field_clocks = self.clocks(edit)
        winners = {
            name: value
            for name, value in edit.fields.items()
            if name in columns and edit.hlc > (field_clocks.get(name) or row_clock or "")
        }
        if not winners:
            return
        row_id = self.local_id(edit.tbl, edit.row_uuid)
        values = {name: self.to_local(edit.tbl, name, value) for name, value in winners.items()}
        try:
            if row_id is None:
                names = ", ".join(["uuid", *values])
                marks = ", ".join("?" for _ in range(len(values) + 1))
                cursor = self.db.execute(
                    f"INSERT INTO {edit.tbl} ({names}) VALUES ({marks})",
                    [edit.row_uuid, *values.values()],
                )
                row_id = self.ids[(edit.tbl, edit.row_uuid)] = int(cursor.lastrowid or 0)
            else:
                assignments = ", ".join(f"{name} = ?" for name in values)
                self.db.execute(
                    f"UPDATE {edit.tbl} SET {assignments} WHERE id = ?", [*values.values(), row_id]
                )
        except sqlite3.IntegrityError as exc:  # a constraint only this copy has: say so, go on
            self.skipped.append(f"{edit.tbl} {edit.row_uuid}: {exc}")
            return
        self.note_unresolved(edit, row_id, winners, values)
        if row_clock is None and not field_clocks:
            self.db.execute(
                "INSERT OR REPLACE INTO sync_rows (tbl, row_uuid, hlc) VALUES (?, ?, ?)",
                [edit.tbl, edit.row_uuid, edit.hlc],
            )
        else:
            self.db.conn.executemany(
                """INSERT OR REPLACE INTO sync_fields (tbl, row_uuid, field, hlc)
                   VALUES (?, ?, ?, ?)""",
                [(edit.tbl, edit.row_uuid, name, edit.hlc) for name in winners],
            )
        self.applied += 1

    def to_local(self, table: str, name: str, value: Any) -> Any:
        parent = self.columns[table][name].parent
        if parent is None or value is None:
            return value
        return self.local_id(parent, value)

    def note_unresolved(
        self, edit: Edit, row_id: int, winners: dict[str, Any], values: dict[str, Any]
    ) -> None:
        """Remember foreign keys whose row has not arrived yet (a person merged into one
        created later in the same pull), to set them in `finish`."""
        for name, value in winners.items():
            if value is not None and values[name] is None:
                self.unresolved.append((edit.tbl, row_id, name, value))

    def finish(self) -> None:
        for table, row_id, name, target in self.unresolved:
            parent = self.columns[table][name].parent
            local = self.local_id(parent, target) if parent else None
            if local is None:
                self.skipped.append(f"{table} {name}: no row {target}")
                continue
            self.db.execute(f"UPDATE {table} SET {name} = ? WHERE id = ?", [local, row_id])


# --- conflicts ------------------------------------------------------------------------------

FIELD_LABELS = {
    "due": "due date",
    "status": "status",
    "owner": "owner",
    "text": "text",
    "deleted": "deletion",
    "title": "title",
    "date": "date",
    "name": "name",
    "when_text": "timing",
    "person_id": "owner",
}
_DESCRIBED = {
    "actions": ("action", "text"),
    "follow_ups": ("follow-up", "text"),
    "meetings": ("meeting", "title"),
    "people": ("person", "name"),
    "committees": ("committee", "name"),
    "agenda_items": ("item", "title"),
    "decisions": ("decision", "text"),
}


def _show(name: str, value: Any) -> str:
    if value is None or value == "":
        return "(none)"
    if name == "deleted":
        return "deleted" if value else "kept"
    if isinstance(value, str) and len(value) == 10:
        try:
            day = date.fromisoformat(value)
        except ValueError:
            pass
        else:
            return f"{day.day} {day:%B %Y}"
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _what(db: Database, table: str, row_uuid: str) -> str:
    kind, column = _DESCRIBED.get(table, (table.rstrip("s"), None))
    if column is None:
        return kind
    row = db.execute(f"SELECT id, {column} FROM {table} WHERE uuid = ?", [row_uuid]).fetchone()
    if row is None:
        return kind
    return f"{kind} {row[0]}: {_show(column, row[1])}"


def describe_conflict(db: Database, row: dict[str, Any]) -> str:
    """ "Sam's due date 30 June 2025 was replaced by 14 July 2025 (Alex, action 12: ...)"."""
    name = row["field"]
    label = FIELD_LABELS.get(name, name.replace("_", " "))
    return (
        f"{row['loser_clerk']}'s {label} {_show(name, row['loser_value'])} was replaced by "
        f"{_show(name, row['winner_value'])} ({row['winner_clerk']}, "
        f"{_what(db, row['tbl'], row['row_uuid'])})"
    )


def conflicts(db: Database, limit: int | None = None) -> list[Conflict]:
    """Same-field clashes, newest first: the later edit won, the other value was lost."""
    sql = "SELECT * FROM sync_conflicts ORDER BY seq DESC"
    rows = list(db.query(sql + (" LIMIT ?" if limit else ""), [limit] if limit else []))
    return [
        Conflict(
            at=r["at"],
            table=r["tbl"],
            row_uuid=r["row_uuid"],
            field=r["field"],
            winner_value=r["winner_value"],
            winner_clerk=r["winner_clerk"],
            loser_value=r["loser_value"],
            loser_clerk=r["loser_clerk"],
            message=describe_conflict(db, r),
        )
        for r in rows
    ]
