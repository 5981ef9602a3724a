"""The shared PostgreSQL server: the push of clerks' edits, the pull of others'.

The server keeps every edit once, in `clerk_log`, with the role that sent it (the audit),
and the merged state of every row in `clerk_rows`: for each field, the winning value with
its clock stamp and clerk, and a sequence number renewed at every change (a clerk pulls the
rows changed since the last number it saw). Pushes are serialised by an advisory lock, so
sequence numbers become visible in order and a pull never skips a change still being
written. A same-field clash (two clerks changed a field, neither having seen the other's
value) goes to `clerk_conflicts` with the losing value. Who may see and change which rows is
the server's business: `server_schema`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Any

from clerk_tui.store.capture import SYNCED_TABLES
from clerk_tui.store.db import StoreError
from clerk_tui.sync import credentials
from clerk_tui.sync.server_schema import BACKFILL, SCHEMA, SCHEMA_VERSION

if TYPE_CHECKING:
    import psycopg

CONNECT_TIMEOUT_SECONDS = 5
_PUSH_LOCK = 7_230_001  # pg_advisory_xact_lock key: one push at a time
# Bookkeeping fields whose clashes are merged silently, never shown as conflicts.
QUIET_FIELDS = frozenset(
    {"created_at", "updated_at", "closed_at", "due_text", "original_due", "content_hash", "ref"}
)


class SyncError(StoreError):
    """A sync problem explained in one line; nothing local was lost."""


class Refused(SyncError):
    """The server refused a change this clerk's role may not make."""


class PasswordNeeded(SyncError):
    """The server wants a password this copy does not have, or refused the one given."""


@dataclass(frozen=True)
class Edit:
    """One change to one row: its changed fields and the clock stamp they were made at.

    A row pulled from the server is an Edit too: its whole merged state, each field with its
    own stamp (`stamps`), `hlc` being the latest of them.
    """

    tbl: str
    row_uuid: str
    hlc: str
    fields: dict[str, Any]
    prevs: dict[str, str | None] | None = None  # stamp each field replaced; None: a new row
    stamps: dict[str, str] | None = None

    @property
    def clerk(self) -> str:
        return self.hlc.rsplit(".", 1)[1]

    def stamp(self, name: str) -> str:
        """The stamp of field `name`'s value."""
        return self.stamps.get(name, self.hlc) if self.stamps else self.hlc

    @classmethod
    def from_state(cls, tbl: str, row_uuid: str, state: dict[str, list[Any]]) -> Edit:
        stamps = {name: entry[1] for name, entry in state.items()}
        fields = {name: entry[0] for name, entry in state.items()}
        return cls(tbl, row_uuid, max(stamps.values(), default=""), fields, None, stamps)


@dataclass
class PushResult:
    applied: int = 0
    duplicates: int = 0  # edits the server already had (a replayed push)
    conflicts: int = 0
    first_seq: int = 0  # the highest sequence number before this push
    last_seq: int = 0  # and after it
    refs: dict[str, str] = field(default_factory=dict)  # action uuid -> reference given
    remaps: dict[tuple[str, str], str] = field(default_factory=dict)  # (table, uuid) -> kept


@dataclass
class Pulled:
    edits: list[tuple[int, Edit]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    cursor: int = 0


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


def reason(exc: Exception) -> str:
    """The useful line of a driver error: the server's own message, else its last line."""
    diag = getattr(exc, "diag", None)
    primary = getattr(diag, "message_primary", None)
    if primary:
        return str(primary)
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


def connect(url: str, password: str | None = None) -> psycopg.Connection[Any]:
    """A connection to the sync server, TLS required unless it is on this machine
    (`credentials.secured`), with `password` or the one kept for `url`; SyncError saying
    why there is none."""
    psycopg = driver()
    password = password or credentials.stored_password(url)
    extra = {"password": password} if password else {}
    try:
        return psycopg.connect(
            credentials.secured(url), connect_timeout=CONNECT_TIMEOUT_SECONDS, **extra
        )
    except (psycopg.Error, ValueError) as exc:  # ValueError: a URL psycopg cannot read
        wants = any(failure in str(exc) for failure in PASSWORD_FAILURES)
        error = PasswordNeeded if wants else SyncError
        raise error(f"cannot reach the sync server {redact(url)}: {_why(exc)}") from None


PASSWORD_FAILURES = {
    "no password supplied": "it wants a password: run clerk sync --password (asked for, then "
    "kept safely)",
    "password authentication failed": "it refused the password: run clerk sync --password to "
    "give it again",
}
"""libpq's words for a missing or refused password -> what the clerk can do."""


def _why(exc: Exception) -> str:
    """What a clerk can do about a failed connection."""
    text = str(exc)
    if "does not support SSL" in text:
        return (
            "it does not offer TLS (encryption), which clerk-tui requires for a server on the "
            "network; ask its administrator to turn ssl on (see docs/sync.md)"
        )
    for failure, advice in PASSWORD_FAILURES.items():
        if failure in text:
            return advice
    if "certificate verify failed" in text or "server certificate" in text:
        return f"its TLS certificate could not be trusted ({reason(exc)})"
    return reason(exc)


def init_server(url: str, password: str | None = None) -> None:
    """Create the sync schema at `url`, or bring an earlier version's up to date."""
    with connect(url, password) as conn, conn.transaction():
        conn.execute(SCHEMA)
        conn.execute(BACKFILL)
        name = conn.execute("SELECT current_database()").fetchone()
        conn.execute(
            f'REVOKE CONNECT, TEMPORARY ON DATABASE "{name[0]}" FROM PUBLIC;'  # type: ignore[index]
            f'GRANT CONNECT, TEMPORARY ON DATABASE "{name[0]}" TO clerk_team'  # type: ignore[index]
        )


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
        advice = "upgrade clerk-tui" if version > SCHEMA_VERSION else "run: clerk server init URL"
        raise SyncError(
            f"{redact(url)} has sync schema {version}, this clerk-tui knows {SCHEMA_VERSION}; "
            + advice
        )


def grants(conn: psycopg.Connection[Any]) -> list[str]:
    """The committees ('committee:<name>') the connected role may see; ['*']: all of them."""
    row = conn.execute("SELECT clerk_scopes(), clerk_may('committee:' || chr(1))").fetchone()
    conn.rollback()
    if row is None or row[1]:
        return ["*"]
    return sorted(scope for scope in row[0] if scope.startswith("committee:"))


def _max_seq(conn: psycopg.Connection[Any]) -> int:
    row = conn.execute(
        "SELECT greatest((SELECT max(seq) FROM clerk_rows), (SELECT max(seq) FROM clerk_conflicts))"
    ).fetchone()
    return int(row[0] or 0) if row else 0


def push(
    conn: psycopg.Connection[Any], edits: Sequence[Edit], clerk_id: str, clerk_name: str | None
) -> PushResult:
    """Record `edits` (one clerk's, oldest first) and merge them, in one transaction.

    An edit the server already holds is skipped, so replaying a push changes nothing. Raises
    `Refused` when the clerk's role may not change one of the rows.
    """
    psycopg = driver()
    try:
        return _push(conn, edits, clerk_id, clerk_name)
    except psycopg.errors.InsufficientPrivilege as exc:
        raise Refused(f"the server refused this sync: {reason(exc)}") from None


def _push(
    conn: psycopg.Connection[Any], edits: Sequence[Edit], clerk_id: str, clerk_name: str | None
) -> PushResult:
    from psycopg.types.json import Jsonb

    from clerk_tui.sync import same_minutes  # rapidfuzz: a push needs it, the sync line not

    result = PushResult()
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", [_PUSH_LOCK])
        result.first_seq = _max_seq(conn)
        conn.execute(
            """INSERT INTO clerk_clerks (id, name, last_push) VALUES (%s, %s, now())
               ON CONFLICT (id) DO UPDATE SET name = excluded.name, last_push = now()""",
            [clerk_id, clerk_name],
        )
        edits, result.remaps = same_minutes.remap(conn, edits)
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
        held = conn.execute(
            "SELECT p.ord FROM clerk_push p JOIN clerk_log l USING (tbl, row_uuid, hlc)"
        ).fetchall()
        seen = {row[0] for row in held}
        fresh = [e for i, e in enumerate(edits) if i not in seen]
        result.applied, result.duplicates = len(fresh), len(edits) - len(fresh)
        states = _states(conn, {(e.tbl, e.row_uuid) for e in fresh})
        changed, clashes = merge(states, fresh)
        result.refs = _number_actions(conn, states, changed, edits)
        first = {}
        for edit in reversed(fresh):
            first[(edit.tbl, edit.row_uuid)] = len(first)
        in_order = sorted(changed, key=lambda key: -first.get(key, len(first)))
        _save_states(conn, {key: states[key] for key in in_order})
        conn.execute(
            """INSERT INTO clerk_log (tbl, row_uuid, hlc, clerk, fields)
               SELECT tbl, row_uuid, hlc, clerk, fields FROM clerk_push
               WHERE NOT (ord = ANY (%s)) ORDER BY ord
               ON CONFLICT (tbl, row_uuid, hlc) DO NOTHING""",
            [sorted(seen)],
        )
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


def _number_actions(
    conn: psycopg.Connection[Any],
    states: dict[tuple[str, str], dict[str, list[Any]]],
    changed: set[tuple[str, str]],
    edits: Sequence[Edit],
) -> dict[str, str]:
    """The reference of every action the batch touches: the one the server gave it before,
    else the one its clerk proposed when free, else the next free number (`clerk_ref`)."""
    uuids = list(dict.fromkeys(e.row_uuid for e in edits if e.tbl == "actions"))
    if not uuids:
        return {}
    proposed = [(states.get(("actions", u), {}).get("ref") or [None])[0] for u in uuids]
    rows = conn.execute(
        """SELECT u, clerk_ref(u, p)
           FROM unnest(%s::text[], %s::text[]) WITH ORDINALITY AS t(u, p, n) ORDER BY n""",
        [uuids, proposed],
    ).fetchall()
    given = {u: ref for u, ref in rows if ref}
    for row_uuid, ref in given.items():
        entry = states.get(("actions", row_uuid), {}).get("ref")
        if entry is not None and entry[0] != ref:
            entry[0] = ref
            changed.add(("actions", row_uuid))
    return given


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
    """Write merged rows, parents' tables before children's (a row's scope is its parent's),
    each table's in the order given (their sequence numbers follow it)."""
    if not states:
        return
    conn.execute(
        """CREATE TEMP TABLE IF NOT EXISTS clerk_new_rows
           (rank int, ord int, tbl text, row_uuid text, state jsonb) ON COMMIT DELETE ROWS"""
    )
    with conn.cursor().copy(
        "COPY clerk_new_rows (rank, ord, tbl, row_uuid, state) FROM STDIN"
    ) as copy:
        for ord_, ((tbl, row_uuid), state) in enumerate(states.items()):
            copy.write_row((table_rank(tbl), ord_, tbl, row_uuid, json.dumps(state)))
    for rank in sorted({table_rank(tbl) for tbl, _ in states}):
        conn.execute(
            """INSERT INTO clerk_rows (tbl, row_uuid, state)
               SELECT tbl, row_uuid, state FROM clerk_new_rows WHERE rank = %s ORDER BY ord
               ON CONFLICT (tbl, row_uuid) DO UPDATE SET state = excluded.state""",
            [rank],
        )


def table_rank(table: str) -> int:
    """Parents' tables before children's."""
    return SYNCED_TABLES.index(table) if table in SYNCED_TABLES else len(SYNCED_TABLES)


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
    """Every row this clerk may see that changed after `cursor`, and the conflicts, from one
    consistent snapshot, in the order they changed."""
    pulled = Pulled()
    with conn.transaction():
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        pulled.cursor = max(cursor, _max_seq(conn))
        rows = conn.execute(
            "SELECT seq, tbl, row_uuid, state FROM clerk_rows WHERE seq > %s ORDER BY seq",
            [cursor],
        )
        pulled.edits = [
            (seq, Edit.from_state(tbl, row_uuid, state)) for seq, tbl, row_uuid, state in rows
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


def history(conn: psycopg.Connection[Any], row_uuid: str) -> list[dict[str, Any]]:
    """Who changed a row and its own rows (an action's owners and notes), when and what,
    oldest first: the server's audit, the role being the one each clerk connected as."""
    rows = conn.execute(
        """SELECT to_char(l.pushed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at,
                  l.role, l.tbl, l.row_uuid, l.fields
           FROM clerk_log l
           WHERE l.row_uuid = %s
              OR l.row_uuid IN (SELECT row_uuid FROM clerk_rows WHERE parent = %s)
           ORDER BY l.seq""",
        [row_uuid, row_uuid],
    ).fetchall()
    conn.rollback()
    return [
        {"at": at, "role": role, "table": tbl, "row_uuid": uuid, "fields": fields}
        for at, role, tbl, uuid, fields in rows
    ]


def server_rows(conn: psycopg.Connection[Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """(table, uuid) -> {field: value}: the merged state every clerk converges to."""
    rows = conn.execute("SELECT tbl, row_uuid, state FROM clerk_rows").fetchall()
    conn.rollback()
    return {
        (tbl, row_uuid): {name: entry[0] for name, entry in state.items()}
        for tbl, row_uuid, state in rows
    }
