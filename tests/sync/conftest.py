"""A throw-away PostgreSQL cluster on a Unix socket for the sync tests, and clerks to sync.

The cluster starts once per session in a temporary directory (through `runuser -u
postgres` when running as root: initdb and pg_ctl refuse root) and is stopped at the end.
Each test gets a fresh database with the sync schema. Tests skip, saying why, only when
PostgreSQL is not installed (.ci/run installs it).
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from sqlite_utils import Database

from clerk_tui.store import open_db
from clerk_tui.sync import client, server


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("pg_ctl")
    return Path(on_path).parent if on_path else None


def _run(command: list[str]) -> None:
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {done.stderr.strip()}")


@pytest.fixture(scope="session")
def pg_socket_dir() -> Iterator[Path]:
    bin_dir = _pg_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL is not installed here (apt-get install postgresql; .ci/run does)")
    as_postgres: list[str] = []
    base = Path(tempfile.mkdtemp(prefix="clerk-pg-"))
    if os.geteuid() == 0:
        as_postgres = ["runuser", "-u", "postgres", "--"]
        shutil.chown(base, "postgres")
    data, log = base / "data", base / "server.log"
    _run(
        [*as_postgres, str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres"]
        + ["-A", "trust", "-E", "UTF8", "--no-sync"]
    )
    options = f"-k {base} -c listen_addresses='' -F -c max_connections=50"
    _run(
        [*as_postgres, str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(log)]
        + ["-o", options, "-w", "start"]
    )
    try:
        yield base
    finally:
        _run(
            [*as_postgres, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate"]
            + ["-w", "stop"]
        )
        shutil.rmtree(base, ignore_errors=True)


_numbers = itertools.count()


def database_url(socket_dir: Path, name: str) -> str:
    return f"postgresql://postgres@/{name}?host={socket_dir}"


@pytest.fixture
def server_url(pg_socket_dir: Path) -> Iterator[str]:
    """A new, initialised sync server database for one test."""
    name = f"clerk_test_{os.getpid()}_{next(_numbers)}"
    admin = database_url(pg_socket_dir, "postgres")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    url = database_url(pg_socket_dir, name)
    server.init_server(url)
    yield url
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)")


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
