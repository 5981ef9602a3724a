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

from clerk_tui.core import hlc
from clerk_tui.store.capture import SYNCED_TABLES, Column, synced_columns
from clerk_tui.store.db import transaction
from clerk_tui.store.refs import SYNC_SERVER_SETTING as SERVER_SETTING
from clerk_tui.store.refs import labels
from clerk_tui.sync import credentials, server
from clerk_tui.sync.server import Edit, SyncError

if TYPE_CHECKING:
    import psycopg
    from sqlite_utils import Database

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
    notes: list[str] = field(default_factory=list)  # lines for the clerk (a password not kept)
    renumbered: int = 0  # rows found to be ones the server had (minutes two clerks imported)
    removed: int = 0  # meetings of committees no longer granted, taken out of this copy
    matched: int = 0  # mentions waiting for review that people pulled now match
    synced_at: str = ""

    def summary(self) -> str:
        parts = [f"sent {_count(self.pushed, 'change')}", f"received {self.pulled}"]
        if self.conflicts:
            parts.append(_count(self.conflicts, "conflict"))
        if self.skipped:
            parts.append(f"{self.skipped} not applied")
        if self.renumbered:
            parts.append(f"{self.renumbered} merged with another clerk's copy of the same minutes")
        if self.removed:
            parts.append(f"{_count(self.removed, 'meeting')} no longer shared with you removed")
        if self.matched:
            parts.append(f"{_count(self.matched, 'mention')} waiting for review now matched")
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


def sync(db: Database, url: str | None = None, password: str | None = None) -> SyncReport:
    """Send this copy's edits to the server at `url` (else the saved one), then apply every
    change made elsewhere since the last sync, all in one local transaction.

    A given `url` is saved for later syncs once the server has answered, without its
    password; the password (in the URL, or `password`) goes to the credential store
    (`credentials`). Raises SyncError, one line, when the server is unreachable or refuses;
    nothing local is lost.
    """
    _secure_saved_server(db)
    given, in_url = credentials.without_password(url) if url else (None, None)
    password = password or in_url
    target = given or saved_server(db)
    if not target:
        raise SyncError("no sync server set; run: clerk sync --server URL")
    psycopg = server.driver()
    try:
        with server.connect(target, password) as conn:
            server.check_schema(conn, target)
            report = SyncReport()
            if given and given != saved_server(db):
                _save_server(db, given)
            if password:
                kept = credentials.store_password(target, password)
                report.notes += [kept] if kept else []
            _push_outbox(db, conn, report)
            _pull(db, conn, report)
    except psycopg.Error as exc:
        raise SyncError(
            f"the sync with {server.redact(target)} stopped ({server.reason(exc)}); "
            f"nothing local was lost, {status(db)}"
        ) from None
    except server.Refused as exc:
        raise SyncError(
            f"{exc}: ask your team's administrator to grant it, or leave it to its clerks; "
            f"nothing local was lost, {status(db)}"
        ) from None
    except SyncError as exc:  # its kind kept: the app asks again for a refused password
        raise type(exc)(f"{exc}; {status(db)}") from None
    return report


def _secure_saved_server(db: Database) -> None:
    """A server saved with its password by an earlier clerk-tui: the password moves to the
    credential store (if there is one) and is wiped from the database file."""
    saved = saved_server(db)
    if not saved:
        return
    bare, password = credentials.without_password(saved)
    if password is None:
        return
    credentials.store_password(bare, password)
    db.execute("PRAGMA secure_delete = ON")
    _save_server(db, bare)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


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
            report.renumbered += _take_remaps(db, result.remaps)
            _take_refs(db, result.refs)
            if result.first_seq == _state(db)["cursor"] and not (result.conflicts or result.remaps):
                # Nothing came in between: the new sequence numbers are all ours, held here.
                db.execute("UPDATE sync_state SET cursor = ?", [result.last_seq])
        report.pushed += result.applied
        report.duplicates += result.duplicates
        state = _state(db)


def _take_refs(db: Database, given: dict[str, str]) -> None:
    """The references the server confirmed (or gave instead) for the actions just sent."""
    db.execute("UPDATE sync_state SET applying = 1")
    db.conn.executemany(
        "UPDATE actions SET ref = ?, ref_final = 1 WHERE uuid = ?",
        [(ref, row_uuid) for row_uuid, ref in given.items()],
    )
    db.execute("UPDATE sync_state SET applying = 0")


def _take_remaps(db: Database, remaps: dict[tuple[str, str], str]) -> int:
    """Rows the server found it already had (the same minutes imported by another clerk)
    take the kept row's uuid here; their clocks go, so the kept row's merged state, pulled
    next, is taken whole. Returns how many."""
    for (table, old), kept in remaps.items():
        db.execute(f"UPDATE {table} SET uuid = ? WHERE uuid = ?", [kept, old])
        for clocks in ("sync_rows", "sync_fields"):
            db.execute(
                f"DELETE FROM {clocks} WHERE tbl = ? AND row_uuid IN (?, ?)", [table, old, kept]
            )
    return len(remaps)


def _pull(db: Database, conn: psycopg.Connection[Any], report: SyncReport) -> None:
    granted = server.grants(conn)
    state = _state(db)
    known = json.loads(state["grants"]) if state["grants"] else None
    # A committee granted since the last sync: its rows are older than the cursor.
    cursor = 0 if known is None or _gained(known, granted) else int(state["cursor"])
    pulled = server.pull(conn, cursor)
    edits = sorted(pulled.edits, key=lambda pair: (server.table_rank(pair[1].tbl), pair[0]))
    with transaction(db):
        db.execute("UPDATE sync_state SET applying = 1")
        report.removed = _remove_withdrawn(db, granted)
        applier = _Applier(db)
        for _seq, edit in edits:
            applier.apply(edit)
        applier.finish()
        if edits:
            _receive_clock(db, max(edit.hlc for _seq, edit in edits))
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
            "UPDATE sync_state SET cursor = ?, last_synced_at = ?, grants = ?, applying = 0",
            [pulled.cursor, report.synced_at, json.dumps(granted)],
        )
    report.pulled = applier.applied
    # The matcher (and with it the parser) loads only when people arrive, not with the
    # app's sync line at every start.
    from clerk_tui.store.people import DIRECTORY_TABLES, directory_arrived

    if applier.tables & DIRECTORY_TABLES:  # people pulled are candidates at once
        report.matched = directory_arrived(db)  # sent, as this clerk's edits, next time
    report.skipped = len(applier.skipped)
    report.skipped_reasons = applier.skipped
    report.conflicts = len(pulled.conflicts)


def _gained(known: list[str], granted: list[str]) -> bool:
    if "*" in known:
        return False
    return "*" in granted or bool(set(granted) - set(known))


# The rows a meeting takes with it, and how to find them from the meetings' ids.
_MEETING_ROWS = {
    "meetings": "id IN ({ids})",
    "agenda_items": "meeting_id IN ({ids})",
    "decisions": "meeting_id IN ({ids})",
    "actions": "meeting_id IN ({ids})",
    "follow_ups": "meeting_id IN ({ids})",
    "action_owners": "action_id IN (SELECT id FROM actions WHERE meeting_id IN ({ids}))",
    "action_events": "action_id IN (SELECT id FROM actions WHERE meeting_id IN ({ids}))",
}


def _remove_withdrawn(db: Database, granted: list[str]) -> int:
    """Take out of this copy the meetings (with everything under them) of committees the
    server no longer lets this clerk see. Returns how many meetings went."""
    if "*" in granted:
        return 0
    marks = ", ".join("?" for _ in granted) or "NULL"
    ids = [
        row[0]
        for row in db.execute(
            f"""SELECT m.id FROM meetings m JOIN committees c ON c.id = m.committee_id
                WHERE c.uuid NOT IN ({marks})""",
            granted,
        )
    ]
    if not ids:
        return 0
    id_list = ", ".join(str(int(i)) for i in ids)
    for table, where in _MEETING_ROWS.items():
        condition = where.format(ids=id_list)
        for clocks in ("sync_rows", "sync_fields"):
            db.execute(
                f"DELETE FROM {clocks} WHERE tbl = ? AND row_uuid IN "
                f"(SELECT uuid FROM {table} WHERE {condition})",
                [table],
            )
    db.execute(f"DELETE FROM meetings WHERE id IN ({id_list})")
    return len(ids)


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
        self.tables: set[str] = set()
        """The tables the applied edits changed."""
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
            if name in columns and edit.stamp(name) > (field_clocks.get(name) or row_clock or "")
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
        stamped = winners
        if row_clock is None and not field_clocks:
            base = min(edit.stamp(name) for name in winners)
            self.db.execute(
                "INSERT OR REPLACE INTO sync_rows (tbl, row_uuid, hlc) VALUES (?, ?, ?)",
                [edit.tbl, edit.row_uuid, base],
            )
            stamped = {name: v for name, v in winners.items() if edit.stamp(name) != base}
        self.db.conn.executemany(
            """INSERT OR REPLACE INTO sync_fields (tbl, row_uuid, field, hlc)
               VALUES (?, ?, ?, ?)""",
            [(edit.tbl, edit.row_uuid, name, edit.stamp(name)) for name in stamped],
        )
        if edit.tbl == "actions" and edit.fields.get("ref"):  # the server's: confirmed
            self.db.execute(
                "UPDATE actions SET ref_final = 1 WHERE id = ? AND ref = ?",
                [row_id, edit.fields["ref"]],
            )
        self.applied += 1
        self.tables.add(edit.tbl)

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
    name = labels(db, [row[0]])[row[0]] if table == "actions" else row[0]
    return f"{kind} {name}: {_show(column, row[1])}"


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


# --- audit ----------------------------------------------------------------------------------

_UNSHOWN = frozenset({"created_at", "updated_at", "uuid", "meeting_id", "action_id", "item_id"})


@dataclass
class AuditEntry:
    at: str  # when the server took the change, UTC ISO 8601
    role: str  # the PostgreSQL role the clerk connected as
    what: str  # "created", "due 2025-07-14, status done", "note: chased by email"


def history(db: Database, action_id: int) -> list[AuditEntry]:
    """Who changed action `action_id` (and its owners and notes) on the sync server, when
    and what, oldest first. Raises SyncError when there is no server or it is out of reach."""
    target = saved_server(db)
    if not target:
        raise SyncError("no sync server set, so no team audit; run: clerk sync --server URL")
    row = db.execute("SELECT uuid FROM actions WHERE id = ?", [action_id]).fetchone()
    if row is None:
        raise SyncError(f"there is no action {action_id}")
    psycopg = server.driver()
    try:
        with server.connect(target) as conn:
            found = server.history(conn, row[0])
    except psycopg.Error as exc:
        raise SyncError(f"the audit of {server.redact(target)}: {server.reason(exc)}") from None
    return [AuditEntry(e["at"], e["role"], _describe_change(e)) for e in found]


def _describe_change(entry: dict[str, Any]) -> str:
    fields = {
        k: v
        for k, v in entry["fields"].items()
        if k not in _UNSHOWN and k not in server.QUIET_FIELDS
    }
    if entry["table"] == "action_events":
        if fields.get("field") == "created":
            return "created"
        change = fields.get("field") or "change"
        if change == "note":
            return f"note: {fields.get('note')}"
        shown = f"{change} {fields.get('old_value') or '-'} -> {fields.get('new_value') or '-'}"
        return shown + (f" ({fields['note']})" if fields.get("note") else "")
    if entry["table"] == "action_owners":
        if fields.get("deleted"):
            return "owner removed"
        return f"owner {fields.get('owner')}" if "owner" in fields else "owner changed"
    label = FIELD_LABELS.get
    if "text" in fields and "status" in fields:
        return f"created: {fields['text']}"
    return ", ".join(f"{label(k, k.replace('_', ' '))} {_show(k, v)}" for k, v in fields.items())
