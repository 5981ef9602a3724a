"""A throw-away PostgreSQL cluster for the sync tests, and clerks to sync.

The cluster starts once per session on a Unix socket in a temporary folder (see
clerk_tui.sync.devserver) and stops at the end; each test gets a fresh database with the
sync schema. Tests skip, saying why, only when PostgreSQL is not installed (.ci/run
installs it).
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from clerk_tui.store import open_db
from clerk_tui.sync import client, devserver, server


@pytest.fixture(scope="session")
def pg_socket_dir() -> Iterator[Path]:
    if devserver.pg_bin() is None:
        pytest.skip("PostgreSQL is not installed here (apt-get install postgresql; .ci/run does)")
    with devserver.temporary_cluster() as socket_dir:
        yield socket_dir


_numbers = itertools.count()


@pytest.fixture
def server_url(pg_socket_dir: Path) -> Iterator[str]:
    """A new, initialised sync server database for one test."""
    name = f"clerk_test_{os.getpid()}_{next(_numbers)}"
    url = devserver.create_database(pg_socket_dir, name)
    server.init_server(url)
    yield url
    devserver.drop_database(pg_socket_dir, name)


@pytest.fixture
def make_clerk(tmp_path: Path) -> Iterator[Callable[[str], Database]]:
    """make_clerk("Sam") -> an empty local store for a clerk called Sam."""
    opened: list[Database] = []

    def make(name: str) -> Database:
        db = open_db(tmp_path / f"{name}.db")
        client.set_clerk_name(db, name)
        opened.append(db)
        return db

    yield make
    for db in opened:
        db.close()
