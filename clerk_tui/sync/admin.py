"""Setting up a team on the sync server: one PostgreSQL role per clerk, and the committees
each may see. Run by the server's administrator (`clerk server add-clerk ...`), connected as
the role that owns the sync tables or a superuser.

    added = add_clerk(url, "sam", ["Health and Wellbeing Board"])
    added.password       # generated, shown once; None when the role already existed
    remove_clerk(url, "sam")                  # the role goes, its sessions are ended
    remove_clerk(url, "sam", ["Audit"])       # or only that grant
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field
from typing import Any

from clerk_tui.sync.server import SyncError, connect
from clerk_tui.sync.server_schema import TEAM_ROLE

ALL = "*"
_ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


@dataclass
class Clerk:
    name: str
    committees: list[str] = field(default_factory=list)  # names as the server knows them
    password: str | None = None  # set only when the role was just created
    url: str = ""  # what the clerk syncs with: the server, as them, without password
    unknown: list[str] = field(default_factory=list)  # granted before the server has them


def _check_name(name: str) -> str:
    if not _ROLE_NAME.fullmatch(name):
        raise SyncError(
            f"{name!r} cannot be a clerk's role: use lower-case letters, digits and _ "
            "(for example sam_jones)"
        )
    return name


def _committee_keys(conn: Any, wanted: list[str]) -> tuple[list[str], list[str]]:
    """(scope keys of the committees named, by name or short name, the names the server does
    not hold yet: granted by their name-made key, 'committee:<name>')."""
    keys, unknown = [], []
    for name in wanted:
        row = conn.execute(
            """SELECT row_uuid FROM clerk_rows WHERE tbl = 'committees'
               AND (lower(state->'name'->>0) = lower(%s)
                    OR lower(state->'short_name'->>0) = lower(%s))
               ORDER BY (lower(state->'name'->>0) = lower(%s)) DESC LIMIT 1""",
            [name.strip(), name.strip(), name.strip()],
        ).fetchone()
        if row is None:
            unknown.append(name.strip())
        keys.append(row[0] if row else "committee:" + name.strip().lower())
    return keys, unknown


def _names(conn: Any, keys: list[str]) -> list[str]:
    return [
        "every committee"
        if key == ALL
        else conn.execute("SELECT substr(clerk_scope_name(%s), 11)", [key]).fetchone()[0]
        for key in keys
    ]


def add_clerk(url: str, name: str, committees: list[str], all_committees: bool = False) -> Clerk:
    """Create the role `name` (a member of clerk_team, with a generated password) unless it
    exists, and grant it `committees` (or every one)."""
    from psycopg import sql

    _check_name(name)
    if not committees and not all_committees:
        raise SyncError("say which committees: --committee NAME (repeatable) or --all")
    with connect(url) as conn, conn.transaction():
        keys, unknown = ([ALL], []) if all_committees else _committee_keys(conn, committees)
        clerk = Clerk(name, unknown=unknown)
        role = conn.execute(
            "SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = %s", [name]
        ).fetchone()
        if role is None:
            clerk.password = secrets.token_urlsafe(18)
            # Only the SCRAM verifier leaves this machine, never the password itself.
            verifier = conn.pgconn.encrypt_password(
                clerk.password.encode(), name.encode(), b"scram-sha-256"
            )
            conn.execute(
                sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                    sql.Identifier(name),
                    sql.Literal(verifier.decode()),
                    sql.Identifier(TEAM_ROLE),
                )
            )
        elif role[0]:
            raise SyncError(f"{name} is an administrator's role, not a clerk's")
        else:
            conn.execute(
                sql.SQL("GRANT {} TO {}").format(sql.Identifier(TEAM_ROLE), sql.Identifier(name))
            )
        conn.cursor().executemany(
            "INSERT INTO clerk_grants (role, committee) VALUES (%s, %s) ON CONFLICT DO NOTHING",
            [(name, key) for key in keys],
        )
        held = [
            row[0]
            for row in conn.execute(
                "SELECT committee FROM clerk_grants WHERE role = %s ORDER BY committee", [name]
            )
        ]
        clerk.committees = _names(conn, held)
        clerk.url = _url_for(conn, name)
    return clerk


def _url_for(conn: Any, name: str) -> str:
    """postgresql://sam@host:port/db for the server `conn` is connected to."""
    from urllib.parse import quote

    info = conn.info
    host, port, dbname = info.host, info.port, quote(info.dbname)
    if host.startswith("/"):
        return f"postgresql://{name}@/{dbname}?host={host}&port={port}"
    return f"postgresql://{name}@{host}:{port}/{dbname}"


def remove_clerk(url: str, name: str, committees: list[str] | None = None) -> Clerk:
    """Withdraw `committees` from the clerk, or, with none named, every grant and the role
    itself (its open sessions are ended). What the clerk's copy holds of a withdrawn
    committee goes at their next sync."""
    from psycopg import sql

    _check_name(name)
    with connect(url) as conn, conn.transaction():
        member = conn.execute(
            """SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member
               JOIN pg_roles t ON t.oid = m.roleid WHERE r.rolname = %s AND t.rolname = %s""",
            [name, TEAM_ROLE],
        ).fetchone()
        if member is None:
            raise SyncError(f"there is no clerk {name} on this server")
        if committees:
            keys, _unknown = _committee_keys(conn, committees)
            conn.execute(
                "DELETE FROM clerk_grants WHERE role = %s AND committee = ANY (%s)", [name, keys]
            )
            held = conn.execute(
                "SELECT committee FROM clerk_grants WHERE role = %s ORDER BY committee", [name]
            ).fetchall()
            return Clerk(name, _names(conn, [row[0] for row in held]))
        conn.execute("DELETE FROM clerk_grants WHERE role = %s", [name])
        conn.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s", [name]
        )
        conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(name)))
    return Clerk(name)


def list_clerks(url: str) -> list[Clerk]:
    """Every clerk granted a committee on this server, with those committees."""
    with connect(url) as conn:
        rows = conn.execute(
            """SELECT r.rolname, coalesce(array_agg(g.committee ORDER BY g.committee)
                   FILTER (WHERE g.committee IS NOT NULL), '{}')
               FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member
               JOIN pg_roles t ON t.oid = m.roleid AND t.rolname = %s
               JOIN clerk_grants g ON g.role = r.rolname
               GROUP BY r.rolname ORDER BY r.rolname""",
            [TEAM_ROLE],
        ).fetchall()
        return [Clerk(name, _names(conn, keys)) for name, keys in rows]
