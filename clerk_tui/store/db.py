"""Open the database (migrated: `store.schema`), run transactions, back up."""

from __future__ import annotations

import contextlib
import importlib
import os
import sqlite3
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from clerk_tui.store.capture import SYNCED_TABLES
from clerk_tui.store.schema import latest_version, migrate

if TYPE_CHECKING:
    from sqlite_utils import Database

APP_NAME = "clerk-tui"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_SECONDS = 5.0
NOW = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"
"""SQL for the time now, as every table stores it (UTC, ISO 8601)."""


class StoreError(Exception):
    """A database problem explained in one line for the clerk."""


def default_path() -> Path:
    """`CLERK_DB` when set, else clerk.db in the platform's user data dir."""
    env = os.environ.get("CLERK_DB")
    if env:
        return Path(env).expanduser()
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "clerk.db"


def open_db(path: str | Path | None = None) -> Database:
    """Open (creating if needed) and migrate the database at `path`.

    Refuses, without touching the file, one that is not SQLite or was written by a newer
    clerk-tui. The connection is in autocommit mode (writes go through `transaction()`) and
    belongs to the thread that opened it: the app opens one per worker thread
    (`services.connections`).
    """
    db_path = Path(path).expanduser() if path else default_path()
    _refuse_foreign_file(db_path)
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(
            db_path,
            timeout=BUSY_TIMEOUT_SECONDS,
            isolation_level=None,
        )
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"cannot open database {db_path}: {exc}") from exc
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > latest_version():
            raise StoreError(
                f"{db_path} was written by a newer clerk-tui (schema {version}, this one knows "
                f"{latest_version()}); upgrade clerk-tui. The file was not changed."
            )
        conn.execute("PRAGMA foreign_keys = ON")
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn, version)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _explain(exc, db_path) from exc
    except StoreError:
        conn.close()
        raise
    # No sqlite-utils plugins: clerk uses none, and looking for them reads every installed
    # package's metadata (about 50 ms of the app's start).
    db = _database_class()(conn, execute_plugins=False)
    db.path = db_path  # type: ignore[attr-defined]
    return db


def _database_class() -> type[Database]:
    """sqlite-utils' Database, imported on the first open. sqlite-utils imports numpy and
    pandas when they are installed, only to store their values, which clerk never does:
    they are kept out while it loads, which saves about 70 ms of every start."""
    if "sqlite_utils.db" not in sys.modules:
        absent = [name for name in ("numpy", "pandas") if name not in sys.modules]
        sys.modules.update(dict.fromkeys(absent))  # type: ignore[arg-type]  # None: not installed
        try:
            importlib.import_module("sqlite_utils.db")
        finally:
            for name in absent:
                del sys.modules[name]
    from sqlite_utils import Database

    return Database


def _refuse_foreign_file(path: Path) -> None:
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StoreError(f"cannot read database {path}: {exc.strerror}") from exc
    if header and header != SQLITE_HEADER:
        raise StoreError(f"{path} is not a SQLite database; clerk-tui left it untouched")


def db_path(db: Database) -> Path:
    return Path(getattr(db, "path", "database"))


@contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """All or nothing: BEGIN IMMEDIATE, then COMMIT, or ROLLBACK on any error.

    Inside another transaction it is a savepoint of that one, so a service can make several
    store changes, each in its own `transaction`, one change. SQLite errors come out as
    StoreError with a one-line reason (locked, disk full, damaged).
    """
    conn = db.conn
    nested = conn.in_transaction
    try:
        conn.execute("SAVEPOINT nested" if nested else "BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise _explain(exc, db_path(db)) from exc
    try:
        yield db
        conn.execute("RELEASE nested" if nested else "COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK TO nested" if nested else "ROLLBACK")
            if nested:
                conn.execute("RELEASE nested")
        if isinstance(exc, sqlite3.Error):
            raise _explain(exc, db_path(db)) from exc
        raise


def _explain(exc: sqlite3.Error, path: Path) -> StoreError:
    message = str(exc).lower()
    if "locked" in message or "busy" in message:
        return StoreError(
            f"database {path} is locked by another program (waited {BUSY_TIMEOUT_SECONDS:.0f} s); "
            "try again when it has finished"
        )
    if "full" in message:
        return StoreError(f"the disk holding {path} is full; nothing was saved")
    if "not a database" in message or "malformed" in message or "corrupt" in message:
        return StoreError(f"{path} is damaged or not a clerk-tui database; it was left untouched")
    if "readonly" in message or "read-only" in message:
        return StoreError(f"database {path} is read-only; nothing was saved")
    return StoreError(f"database error in {path}: {exc}")


def change_stamp(db: Database) -> tuple[int, int]:
    """Moves whenever the database changed, through this connection or another process."""
    conn = db.conn
    return conn.total_changes, int(conn.execute("PRAGMA data_version").fetchone()[0])


def new_uuid() -> str:
    return str(uuid.uuid4())


def insert(db: Database, table: str, row: dict[str, object]) -> int:
    """Insert one row (adding a uuid when the table has one and none is given); return its id.

    Plain SQL rather than sqlite-utils' insert, which commits on its own and would break
    the surrounding transaction.
    """
    if "uuid" not in row and table in _TABLES_WITH_UUID:
        row = {"uuid": new_uuid(), **row}
    columns = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    cursor = db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))
    return int(cursor.lastrowid or 0)


_TABLES_WITH_UUID = frozenset({*SYNCED_TABLES, "mentions", "proposals"})


def backup(db: Database, target: str | Path) -> Path:
    """A consistent copy through SQLite's backup API, written beside the target then renamed."""
    target_path = Path(target).expanduser()
    if target_path.is_dir():
        target_path = target_path / "clerk-backup.db"
    partial = target_path.with_name(target_path.name + ".partial")
    try:
        target_path.parent.mkdir(parents=True, exist_ok=True)
        copy = sqlite3.connect(partial)
        try:
            db.conn.backup(copy)
        finally:
            copy.close()
        os.replace(partial, target_path)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise StoreError(f"cannot write backup {target_path}: {reason}") from exc
    return target_path
