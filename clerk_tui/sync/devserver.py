"""A throw-away PostgreSQL cluster on a Unix socket, for the sync tests and benchmark.

Uses Debian's server binaries (/usr/lib/postgresql/N/bin). initdb and pg_ctl refuse to run
as root, so as root they run as the `postgres` user through runuser.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg


def pg_bin() -> Path | None:
    """The folder holding pg_ctl, or None when PostgreSQL is not installed."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("pg_ctl")
    return Path(on_path).parent if on_path else None


def _run(command: list[str]) -> None:
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {done.stderr.strip()}")


@contextmanager
def temporary_cluster() -> Iterator[Path]:
    """Start a cluster in a new temporary folder; yield the folder holding its socket."""
    bin_dir = pg_bin()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL is not installed (apt-get install postgresql)")
    base = Path(tempfile.mkdtemp(prefix="clerk-pg-"))
    as_postgres: list[str] = []
    if os.geteuid() == 0:
        as_postgres = ["runuser", "-u", "postgres", "--"]
        shutil.chown(base, "postgres")
    data, log = str(base / "data"), str(base / "server.log")
    initdb = [str(bin_dir / "initdb"), "-D", data, "-U", "postgres", "-A", "trust"]
    _run([*as_postgres, *initdb, "-E", "UTF8", "--no-sync"])
    pg_ctl = [*as_postgres, str(bin_dir / "pg_ctl"), "-D", data]
    options = f"-k {base} -c listen_addresses='' -F -c max_connections=50"
    try:
        _run([*pg_ctl, "-l", log, "-o", options, "-w", "start"])
        yield base
    finally:
        if (base / "data" / "postmaster.pid").exists():
            _run([*pg_ctl, "-m", "immediate", "-w", "stop"])
        shutil.rmtree(base, ignore_errors=True)


def database_url(socket_dir: Path, name: str) -> str:
    return f"postgresql://postgres@/{name}?host={socket_dir}"


def create_database(socket_dir: Path, name: str) -> str:
    """A new empty database in the cluster (replacing one of that name); its URL."""
    with psycopg.connect(database_url(socket_dir, "postgres"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return database_url(socket_dir, name)


def drop_database(socket_dir: Path, name: str) -> None:
    with psycopg.connect(database_url(socket_dir, "postgres"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
