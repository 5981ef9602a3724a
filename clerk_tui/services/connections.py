"""The app's database: one connection per thread that uses it, opened on first use.

SQLite in WAL mode lets readers work beside one writer, and a sqlite3 connection belongs to
the thread that opened it, so each worker thread gets its own and no lock is needed
(`store.transaction` makes writers take turns). A thread's connection closes when the thread
ends. The CLI, single-threaded, simply opens one with `store.open_db`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from clerk_tui.store.db import StoreError, change_stamp, default_path, open_db

if TYPE_CHECKING:
    from sqlite_utils import Database

__all__ = ["Connections", "StoreError", "check_database", "data_stamp"]


class Connections:
    """Connections to the database at `path` (the default location when None)."""

    def __init__(
        self, path: str | Path | None, *, opener: Callable[[Path], Database] = open_db
    ) -> None:
        self.path = Path(path).expanduser() if path else default_path()
        self.opener = opener
        self._local = threading.local()

    def db(self) -> Database:
        """This thread's connection, opened (and the file migrated) on first use."""
        db: Database | None = getattr(self._local, "db", None)
        if db is None:
            db = self._local.db = self.opener(self.path)
        return db


def data_stamp(db: Database) -> tuple[int, int, int]:
    """Moves whenever the database changed since this connection last looked, here or in
    another process; stamps from two connections never compare equal."""
    return (id(db.conn), *change_stamp(db))


def check_database(path: str | Path | None) -> None:
    """Open the database at `path` once (creating or migrating it), or raise StoreError
    saying in one line why it cannot be used."""
    open_db(path).close()
