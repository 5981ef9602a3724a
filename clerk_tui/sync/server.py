"""The shared PostgreSQL server: its schema, the push of clerks' edits, the pull of others'.

The server keeps every edit once, in `clerk_log`, numbered by one sequence (a clerk pulls
what comes after the last number it saw), and the merged state of every row in
`clerk_rows`: for each field, the winning value with its clock stamp and clerk. Pushes are
serialised by an advisory lock, so sequence numbers become visible in order and a pull
never skips an edit still being written. A same-field clash (two clerks changed a field,
neither having seen the other's value) goes to `clerk_conflicts` with the losing value.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Any

from clerk_tui.store.db import StoreError

if TYPE_CHECKING:
    import psycopg

SCHEMA_VERSION = "1"
CONNECT_TIMEOUT_SECONDS = 5
_PUSH_LOCK = 7_230_001  # pg_advisory_xact_lock key: one push at a time
# Bookkeeping fields whose clashes are merged silently, never shown as conflicts.
QUIET_FIELDS = frozenset(
    {"created_at", "updated_at", "closed_at", "due_text", "original_due", "content_hash"}
)

SCHEMA = """
CREATE SEQUENCE IF NOT EXISTS clerk_seq;
CREATE TABLE IF NOT EXISTS clerk_meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE IF NOT EXISTS clerk_clerks (
    id text PRIMARY KEY,
    name text,
    last_push timestamptz
);
CREATE TABLE IF NOT EXISTS clerk_log (
    seq bigint PRIMARY KEY DEFAULT nextval('clerk_seq'),
    tbl text NOT NULL,
    row_uuid text NOT NULL,
    hlc text NOT NULL,
    clerk text NOT NULL,
    fields jsonb NOT NULL,
    pushed_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tbl, row_uuid, hlc)
);
CREATE TABLE IF NOT EXISTS clerk_rows (
    tbl text NOT NULL,
    row_uuid text NOT NULL,
    state jsonb NOT NULL,
    PRIMARY KEY (tbl, row_uuid)
);
CREATE TABLE IF NOT EXISTS clerk_conflicts (
    seq bigint PRIMARY KEY DEFAULT nextval('clerk_seq'),
    tbl text NOT NULL,
    row_uuid text NOT NULL,
    field text NOT NULL,
    winner_value jsonb,
    winner_hlc text NOT NULL,
    winner_clerk text NOT NULL,
    loser_value jsonb,
    loser_hlc text NOT NULL,
    loser_clerk text NOT NULL,
    at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO clerk_meta (key, value) VALUES ('schema', '1') ON CONFLICT (key) DO NOTHING;
"""


class SyncError(StoreError):
    """A sync problem explained in one line; nothing local was lost."""


@dataclass(frozen=True)
class Edit:
    """One change to one row: its changed fields and the clock stamp they were made at."""

    tbl: str
    row_uuid: str
    hlc: str
    fields: dict[str, Any]
    prevs: dict[str, str | None] | None = None  # stamp each field replaced; None: a new row

    @property
    def clerk(self) -> str:
        return self.hlc.rsplit(".", 1)[1]


@dataclass
class PushResult:
    applied: int = 0
    duplicates: int = 0  # edits the server already had (a replayed push)
    conflicts: int = 0
    first_seq: int = 0  # the highest sequence number before this push
    last_seq: int = 0  # and after it


@dataclass
class Pulled:
    edits: list[tuple[int, Edit]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    cursor: int = 0


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


def reason(exc: Exception) -> str:
    """The useful last line of a driver error."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[-1] if lines else type(exc).__name__


def driver() -> ModuleType:
    """psycopg, imported on first use: only team sync needs it (the `team` extra)."""
    try:
        import psycopg
    except ImportError:
        raise SyncError(
            "team sync needs the PostgreSQL driver: pip install 'clerk-tui[team]'"
        ) from None
    return psycopg


def connect(url: str) -> psycopg.Connection[Any]:
    """A connection to the sync server, or SyncError saying why there is none."""
    psycopg = driver()
    try:
        return psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT_SECONDS)
    except (psycopg.Error, ValueError) as exc:  # ValueError: a URL psycopg cannot read
        raise SyncError(f"cannot reach the sync server {redact(url)}: {reason(exc)}") from None


def init_server(url: str) -> None:
    """Create the sync schema at `url` (harmless when it is already there)."""
    with connect(url) as conn, conn.transaction():
        conn.execute(SCHEMA)


def check_schema(conn: psycopg.Connection[Any], url: str) -> None:
    row = conn.execute("SELECT to_regclass('clerk_meta') IS NOT NULL").fetchone()
    version = None
    if row and row[0]:
        found = conn.execute("SELECT value FROM clerk_meta WHERE key = 'schema'").fetchone()
        version = found[0] if found else None
    conn.rollback()
    if version is None:
        raise SyncError(f"{redact(url)} is not a clerk sync server yet; run: clerk server init URL")
    if version != SCHEMA_VERSION:
        raise SyncError(
            f"{redact(url)} has sync schema {version}, this clerk-tui knows {SCHEMA_VERSION}; "
            "upgrade clerk-tui"
        )


def _max_seq(conn: psycopg.Connection[Any]) -> int:
    row = conn.execute(
        "SELECT greatest((SELECT max(seq) FROM clerk_log), (SELECT max(seq) FROM clerk_conflicts))"
    ).fetchone()
    return int(row[0] or 0) if row else 0


def push(
    conn: psycopg.Connection[Any], edits: Sequence[Edit], clerk_id: str, clerk_name: str | None
) -> PushResult:
    """Record `edits` (one clerk's, oldest first) and merge them, in one transaction.

    An edit the server already holds is skipped, so replaying a push changes nothing.
    """
    from psycopg.types.json import Jsonb

    result = PushResult()
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", [_PUSH_LOCK])
        result.first_seq = _max_seq(conn)
        conn.execute(
            """INSERT INTO clerk_clerks (id, name, last_push) VALUES (%s, %s, now())
               ON CONFLICT (id) DO UPDATE SET name = excluded.name, last_push = now()""",
            [clerk_id, clerk_name],
        )
        conn.execute(
            """CREATE TEMP TABLE IF NOT EXISTS clerk_push
               (ord int, tbl text, row_uuid text, hlc text, clerk text, fields jsonb)
               ON COMMIT DELETE ROWS"""
        )
        with conn.cursor().copy(
            "COPY clerk_push (ord, tbl, row_uuid, hlc, clerk, fields) FROM STDIN"
        ) as copy:
            for ord_, edit in enumerate(edits):
                copy.write_row(
                    (ord_, edit.tbl, edit.row_uuid, edit.hlc, edit.clerk, json.dumps(edit.fields))
                )
        inserted = conn.execute(
            """INSERT INTO clerk_log (tbl, row_uuid, hlc, clerk, fields)
               SELECT tbl, row_uuid, hlc, clerk, fields FROM clerk_push ORDER BY ord
               ON CONFLICT (tbl, row_uuid, hlc) DO NOTHING RETURNING tbl, row_uuid, hlc"""
        ).fetchall()
        new = {tuple(row) for row in inserted}
        fresh = [e for e in edits if (e.tbl, e.row_uuid, e.hlc) in new]
        result.applied, result.duplicates = len(fresh), len(edits) - len(fresh)
        states = _states(conn, {(e.tbl, e.row_uuid) for e in fresh})
        changed, clashes = merge(states, fresh)
        _save_states(conn, {key: states[key] for key in changed})
        if clashes:
            conn.cursor().executemany(
                """INSERT INTO clerk_conflicts (tbl, row_uuid, field, winner_value, winner_hlc,
                   winner_clerk, loser_value, loser_hlc, loser_clerk)
                   VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)""",
                [
                    (
                        c["tbl"],
                        c["row_uuid"],
                        c["field"],
                        Jsonb(c["winner"][0]),
                        c["winner"][1],
                        c["winner"][2],
                        Jsonb(c["loser"][0]),
                        c["loser"][1],
                        c["loser"][2],
                    )
                    for c in clashes
                ],
            )
        result.conflicts = len(clashes)
        result.last_seq = _max_seq(conn)
    return result


def _states(
    conn: psycopg.Connection[Any], keys: set[tuple[str, str]]
) -> dict[tuple[str, str], dict[str, list[Any]]]:
    if not keys:
        return {}
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS clerk_keys (tbl text, row_uuid text)")
    conn.execute("TRUNCATE clerk_keys")
    with conn.cursor().copy("COPY clerk_keys (tbl, row_uuid) FROM STDIN") as copy:
        for key in keys:
            copy.write_row(key)
    rows = conn.execute(
        "SELECT r.tbl, r.row_uuid, r.state FROM clerk_rows r JOIN clerk_keys USING (tbl, row_uuid)"
    ).fetchall()
    return {(tbl, row_uuid): state for tbl, row_uuid, state in rows}


def _save_states(
    conn: psycopg.Connection[Any], states: dict[tuple[str, str], dict[str, list[Any]]]
) -> None:
    if not states:
        return
    conn.execute(
        """CREATE TEMP TABLE IF NOT EXISTS clerk_new_rows (tbl text, row_uuid text, state jsonb)
           ON COMMIT DELETE ROWS"""
    )
    with conn.cursor().copy("COPY clerk_new_rows (tbl, row_uuid, state) FROM STDIN") as copy:
        for (tbl, row_uuid), state in states.items():
            copy.write_row((tbl, row_uuid, json.dumps(state)))
    conn.execute(
        """INSERT INTO clerk_rows (tbl, row_uuid, state)
           SELECT tbl, row_uuid, state FROM clerk_new_rows
           ON CONFLICT (tbl, row_uuid) DO UPDATE SET state = excluded.state"""
    )


def merge(
    states: dict[tuple[str, str], dict[str, list[Any]]], edits: Iterable[Edit]
) -> tuple[set[tuple[str, str]], list[dict[str, Any]]]:
    """Fold `edits` into `states` ({field: [value, stamp, clerk]}) field by field, the later
    stamp winning; return the rows changed and the same-field clashes.

    A clash is an edit that replaced, or lost to, a value from another clerk that it had not
    seen: its `prevs` stamp for the field is not the stamp of the value it met.
    """
    changed: set[tuple[str, str]] = set()
    clashes: list[dict[str, Any]] = []
    for edit in edits:
        key = (edit.tbl, edit.row_uuid)
        state = states.setdefault(key, {})
        prevs = edit.prevs or {}
        for name, value in edit.fields.items():
            incoming = [value, edit.hlc, edit.clerk]
            current = state.get(name)
            if current is None or edit.hlc > current[1]:
                state[name] = incoming
                changed.add(key)
                unseen = current is not None and prevs.get(name) != current[1]
                winner, loser = incoming, current
            else:
                unseen = current[1] != edit.hlc
                winner, loser = current, incoming
            if (
                unseen
                and loser is not None
                and loser[2] != winner[2]
                and loser[0] != winner[0]
                and name not in QUIET_FIELDS
            ):
                clashes.append(
                    {"tbl": edit.tbl, "row_uuid": edit.row_uuid, "field": name}
                    | {"winner": winner, "loser": loser}
                )
    return changed, clashes


def pull(conn: psycopg.Connection[Any], cursor: int) -> Pulled:
    """Every edit and conflict after `cursor`, from one consistent snapshot, oldest first."""
    pulled = Pulled()
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        pulled.cursor = max(cursor, _max_seq(conn))
        rows = conn.execute(
            """SELECT seq, tbl, row_uuid, hlc, fields FROM clerk_log
               WHERE seq > %s ORDER BY seq""",
            [cursor],
        )
        pulled.edits = [
            (seq, Edit(tbl, row_uuid, hlc, fields)) for seq, tbl, row_uuid, hlc, fields in rows
        ]
        found = conn.execute(
            """SELECT c.seq, c.tbl, c.row_uuid, c.field, c.winner_value,
                      coalesce(w.name, c.winner_clerk) AS winner_clerk, c.loser_value,
                      coalesce(l.name, c.loser_clerk) AS loser_clerk,
                      to_char(c.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at
               FROM clerk_conflicts c
               LEFT JOIN clerk_clerks w ON w.id = c.winner_clerk
               LEFT JOIN clerk_clerks l ON l.id = c.loser_clerk
               WHERE c.seq > %s ORDER BY c.seq""",
            [cursor],
        )
        names = [d.name for d in found.description or []]
        pulled.conflicts = [dict(zip(names, row, strict=True)) for row in found]
    return pulled


def server_rows(conn: psycopg.Connection[Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """(table, uuid) -> {field: value}: the merged state every clerk converges to."""
    rows = conn.execute("SELECT tbl, row_uuid, state FROM clerk_rows").fetchall()
    conn.rollback()
    return {
        (tbl, row_uuid): {name: entry[0] for name, entry in state.items()}
        for tbl, row_uuid, state in rows
    }
