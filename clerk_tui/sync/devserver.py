"""A throw-away PostgreSQL cluster on a Unix socket, for the sync tests and benchmark.

Uses Debian's server binaries (/usr/lib/postgresql/N/bin). initdb and pg_ctl refuse to run
as root, so as root they run as the `postgres` user through runuser. The socket trusts every
role (tests connect as any clerk); the cluster also listens on 127.0.0.1, on a free port
(`tcp_port`), where roles must give their password (SCRAM), as on a real server.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
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
    (base / "data" / "pg_hba.conf").write_text(
        "local all all trust\nhost all all 127.0.0.1/32 scram-sha-256\n"
    )
    port = _free_port()
    (base / "port").write_text(str(port))
    pg_ctl = [*as_postgres, str(bin_dir / "pg_ctl"), "-D", data]
    options = (
        f"-k {base} -p {port} -c listen_addresses=127.0.0.1 -F -c max_connections=50 "
        "-c password_encryption=scram-sha-256"
    )
    try:
        _run([*pg_ctl, "-l", log, "-o", options, "-w", "start"])
        yield base
    finally:
        if (base / "data" / "postmaster.pid").exists():
            _run([*pg_ctl, "-m", "immediate", "-w", "stop"])
        shutil.rmtree(base, ignore_errors=True)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def tcp_port(socket_dir: Path) -> int:
    """The port the cluster listens on (its socket's and 127.0.0.1's)."""
    return int((socket_dir / "port").read_text())


def database_url(socket_dir: Path, name: str) -> str:
    return f"postgresql://postgres@/{name}?host={socket_dir}&port={tcp_port(socket_dir)}"


def create_database(socket_dir: Path, name: str) -> str:
    """A new empty database in the cluster (replacing one of that name); its URL."""
    with psycopg.connect(database_url(socket_dir, "postgres"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return database_url(socket_dir, name)


def drop_database(socket_dir: Path, name: str) -> None:
    with psycopg.connect(database_url(socket_dir, "postgres"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
