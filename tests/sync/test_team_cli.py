"""A team set up from the command line, as an administrator and clerks would: roles with
passwords checked over TCP (SCRAM), passwords kept out of the database file, TLS required off
this machine, the audit, and references numbered by the server."""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import keyring
import psycopg
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from clerk_tui import cli
from clerk_tui.store import actions, open_db
from clerk_tui.sync import client, credentials
from clerk_tui.sync.devserver import tcp_port
from clerk_tui.sync.server import SyncError

from .helpers import action_id, import_minutes

_numbers = itertools.count()


class MemoryKeyring(KeyringBackend):
    """A credential store in memory, standing for the operating system's."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def set_password(self, service, username, password):
        self.saved[(service, username)] = password

    def get_password(self, service, username):
        return self.saved.get((service, username))

    def delete_password(self, service, username):
        self.saved.pop((service, username), None)


@pytest.fixture
def store():
    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(before)


@pytest.fixture
def no_store():
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


def run(capsys, *args):
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def clerk_role(server_url, capsys):
    """A clerk added with `clerk server add-clerk`: (role, password, TCP URL without it)."""
    role = f"sam_{next(_numbers)}"
    code, out, err = run(
        capsys, "server", "add-clerk", role, "--committee", "Planning", "--url", server_url
    )
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == f"clerk {role} may see: planning"  # as keyed until its minutes arrive
    assert lines[1].startswith(f"password for {role} (shown once")
    password = lines[2]
    assert len(password) >= 20
    assert lines[3].startswith(f"they connect with: clerk sync --server postgresql://{role}@")
    assert "no committee called 'Planning' on the server yet" in err
    dbname = server_url.split("/")[3].split("?")[0]
    tcp = f"postgresql://{role}@127.0.0.1:{tcp_port(Path(server_url.split('host=')[1].split('&')[0]))}/{dbname}"
    yield role, password, tcp
    run(capsys, "server", "remove-clerk", role, "--url", server_url)


def file_bytes(path: Path) -> bytes:
    found = b""
    for name in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if name.exists():
            found += name.read_bytes()
    return found


def test_the_password_goes_to_the_credential_store_never_into_the_file_or_a_backup(
    clerk_role, store, tmp_path, capsys
):
    role, password, tcp = clerk_role
    db_path = tmp_path / "sam.db"
    sam = open_db(db_path)
    import_minutes(sam, "Planning", date(2025, 3, 4), ["Circulate the summary"])
    with_password = tcp.replace(f"{role}@", f"{role}:{password}@")

    code, out, err = run(capsys, "--db", str(db_path), "sync", "--server", with_password)
    assert (code, err) == (0, "")
    assert client.saved_server(sam) == tcp
    assert store.saved == {(credentials.KEYRING_SERVICE, tcp): password}
    # The next sync needs no password: the store has it.
    assert run(capsys, "--db", str(db_path), "sync")[0] == 0
    backup = tmp_path / "backup.db"
    assert run(capsys, "--db", str(db_path), "backup", str(backup))[0] == 0
    for found in (file_bytes(db_path), file_bytes(backup)):
        assert password.encode() not in found
        assert b"Circulate the summary" in found  # the scan reads the real content
    # A wrong password is refused by the server (SCRAM over TCP), in one line.
    store.saved[(credentials.KEYRING_SERVICE, tcp)] = "not-the-password"
    code, _, err = run(capsys, "--db", str(db_path), "sync")
    assert code == 1 and err.count("\n") == 1
    assert "it refused the password: run clerk sync --password" in err


def test_without_a_credential_store_the_clerk_is_told_and_pgpass_works(
    clerk_role, no_store, tmp_path, capsys, monkeypatch
):
    role, password, tcp = clerk_role
    db_path = tmp_path / "sam.db"
    with_password = tcp.replace(f"{role}@", f"{role}:{password}@")
    code, _, err = run(capsys, "--db", str(db_path), "sync", "--server", with_password)
    assert code == 0
    assert err == f"clerk: {credentials.NO_STORE}\n"
    assert password.encode() not in file_bytes(db_path)
    code, _, err = run(capsys, "--db", str(db_path), "sync")
    assert code == 1 and "it wants a password: run clerk sync --password" in err
    pgpass = tmp_path / "pgpass"
    host_port_db = tcp.split("@")[1].replace("/", ":")
    pgpass.write_text(f"{host_port_db}:{role}:{password}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    assert run(capsys, "--db", str(db_path), "sync")[0] == 0


def test_a_password_saved_by_an_earlier_version_leaves_the_file(
    clerk_role, store, tmp_path, capsys
):
    role, password, tcp = clerk_role
    db_path = tmp_path / "sam.db"
    sam = open_db(db_path)
    with_password = tcp.replace(f"{role}@", f"{role}:{password}@")
    sam.execute("INSERT INTO settings (key, value) VALUES ('sync_server', ?)", [with_password])
    assert password.encode() in file_bytes(db_path)
    sam.close()
    assert run(capsys, "--db", str(db_path), "sync")[0] == 0
    assert password.encode() not in file_bytes(db_path)
    assert store.saved == {(credentials.KEYRING_SERVICE, tcp): password}


def test_tls_is_required_off_this_machine_with_a_clear_line(clerk_role, tmp_path, capsys):
    role, _password, tcp = clerk_role
    remote = tcp.replace("127.0.0.1", "db.clerk.test") + "?hostaddr=127.0.0.1"
    assert credentials.secured(remote).endswith("&sslmode=require")
    assert credentials.secured(remote, "/etc/ca.pem").endswith(
        "&sslrootcert=/etc/ca.pem&sslmode=verify-full"
    )
    assert credentials.secured(tcp) == tcp  # this machine: as given
    assert credentials.secured("postgresql:///clerks?host=/run/pg") == (
        "postgresql:///clerks?host=/run/pg"
    )
    code, _, err = run(capsys, "--db", str(tmp_path / "sam.db"), "sync", "--server", remote)
    assert code == 1 and err.count("\n") == 1
    assert "it does not offer TLS (encryption), which clerk-tui requires" in err


def _certificates(folder: Path) -> tuple[Path, Path, Path]:
    """A CA and a server certificate for db.clerk.test signed by it (openssl)."""

    def openssl(*args: str) -> None:
        subprocess.run(["openssl", *args], check=True, capture_output=True, cwd=folder)

    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Clerk CA",
            "-keyout", "ca.key", "-out", "ca.pem")  # fmt: skip
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=db.clerk.test",
            "-keyout", "server.key", "-out", "server.csr")  # fmt: skip
    (folder / "ext").write_text("subjectAltName=DNS:db.clerk.test\n")
    openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
            "-CAcreateserial", "-days", "2", "-extfile", "ext", "-out", "server.pem")  # fmt: skip
    return folder / "ca.pem", folder / "server.pem", folder / "server.key"


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl is not installed")
def test_with_tls_on_the_server_the_certificate_is_checked_against_the_ca(
    clerk_role, server_url, pg_socket_dir, store, tmp_path, capsys
):
    role, password, tcp = clerk_role
    folder = pg_socket_dir / "tls"
    folder.mkdir(exist_ok=True)
    ca, cert, key = _certificates(folder)
    if os.geteuid() == 0:
        for path in (cert, key):
            shutil.chown(path, "postgres")
    key.chmod(0o600)
    admin = server_url
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"ALTER SYSTEM SET ssl_cert_file = '{cert}'")
        conn.execute(f"ALTER SYSTEM SET ssl_key_file = '{key}'")
        conn.execute("ALTER SYSTEM SET ssl = on")
        conn.execute("SELECT pg_reload_conf()")
    try:
        remote = tcp.replace("127.0.0.1", "db.clerk.test") + "?hostaddr=127.0.0.1"
        remote = remote.replace(f"{role}@", f"{role}:{password}@")
        db = str(tmp_path / "sam.db")
        code, out, err = run(capsys, "--db", db, "sync", "--server", remote, "--ca-file", str(ca))
        assert (code, err) == (0, ""), err
        saved = client.saved_server(open_db(db))
        assert password not in saved and "sslmode=verify-full" in saved
        with psycopg.connect(credentials.secured(saved), password=password) as conn:
            assert conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
                                ).fetchone() == (True,)  # fmt: skip
        # A certificate from another CA is not trusted.
        other = tmp_path / "other"
        other.mkdir()
        other_ca, _, _ = _certificates(other)
        code, _, err = run(capsys, "--db", str(tmp_path / "x.db"), "sync", "--server", remote,
                           "--ca-file", str(other_ca))  # fmt: skip
        assert code == 1 and "certificate" in err and err.count("\n") == 1
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute("ALTER SYSTEM RESET ssl")
            conn.execute("SELECT pg_reload_conf()")


def test_clerk_history_shows_who_changed_an_action_by_their_role(
    server_url, make_clerk, tmp_path, capsys
):
    lead_role, sam_role = f"lead_{next(_numbers)}", f"sam_{next(_numbers)}"
    run(capsys, "server", "add-clerk", lead_role, "--all", "--url", server_url)
    run(capsys, "server", "add-clerk", sam_role, "--committee", "HWB", "--url", server_url)
    try:
        lead, sam = make_clerk("lead"), make_clerk("sam")
        import_minutes(lead, "Health and Wellbeing Board", date(2025, 3, 4), ["Write to the ICB"])
        client.sync(lead, server_url.replace("postgres@", f"{lead_role}@"))
        sam_url = server_url.replace("postgres@", f"{sam_role}@")
        client.sync(sam, sam_url)
        sam_action = action_id(sam, "Write to the ICB")
        actions.set_due(sam, sam_action, date(2025, 7, 14), note="the ICB asked for time")
        client.sync(sam, sam_url)

        code, out, err = run(capsys, "--db", str(sam.path), "history", "HWB/25/01")
        assert (code, err) == (0, "")
        lines = out.splitlines()
        assert lines[0] == "action HWB/25/01: Write to the ICB"
        assert lines[1].split() == ["WHEN", "WHO", "WHAT"]
        rows = [line.split(None, 2) for line in lines[2:]]
        assert [(who, what) for _, who, what in rows] == [
            (lead_role, "created: Write to the ICB"),
            (lead_role, "owner Sam Jones"),
            (lead_role, "created"),
            (sam_role, "due date 14 July 2025"),
            (sam_role, "due 2025-05-31 -> 2025-07-14 (the ICB asked for time)"),
        ]
        # Out of reach: this copy's own history, and a line saying so.
        sam.execute("UPDATE settings SET value = ? WHERE key = 'sync_server'",
                    [f"postgresql://x@/nowhere?host={tmp_path}"])  # fmt: skip
        code, out, err = run(capsys, "--db", str(sam.path), "history", "HWB/25/01")
        assert code == 0 and err.startswith("clerk: cannot reach the sync server postgresql://x@")
        assert err.endswith("; this copy's own history:\n")
        assert "due 2025-05-31 -> 2025-07-14 (the ICB asked for time)" in out
    finally:
        for role in (lead_role, sam_role):
            run(capsys, "server", "remove-clerk", role, "--url", server_url)


def test_references_made_offline_by_two_clerks_never_collide(server_url, make_clerk):
    sam, alex = make_clerk("Sam"), make_clerk("Alex")
    client.sync(sam, server_url)  # both in team mode: their references are provisional
    client.sync(alex, server_url)
    import_minutes(sam, "Health and Wellbeing Board", date(2025, 3, 4), ["Sam's one", "Sam's two"])
    import_minutes(alex, "Health and Wellbeing Board", date(2025, 6, 4), ["Alex's one"])
    assert [a["ref"] for a in actions.list_actions(sam)] == ["HWB/25/01", "HWB/25/02"]
    assert [a["ref"] for a in actions.list_actions(alex)] == ["HWB/25/01"]
    assert [a["ref_provisional"] for a in actions.list_actions(alex)] == [1]

    client.sync(alex, server_url)
    client.sync(sam, server_url)
    client.sync(alex, server_url)

    for db in (sam, alex):
        shown = {a["text"]: (a["ref"], a["ref_provisional"]) for a in actions.list_actions(db)}
        # Alex synced first and keeps 01; Sam's are numbered on after it, in order.
        assert shown == {
            "Alex's one": ("HWB/25/01", 0),
            "Sam's one": ("HWB/25/02", 0),
            "Sam's two": ("HWB/25/03", 0),
        }
    with pytest.raises(SyncError):  # and nobody can take a number already given
        client.sync(make_clerk("Jo"), server_url.replace("postgres@", "nobody@"))


def test_the_server_numbers_past_99_and_never_changes_a_given_reference(server_url):
    with psycopg.connect(server_url) as conn:

        def ref(row_uuid, proposed):
            return conn.execute("SELECT clerk_ref(%s, %s)", [row_uuid, proposed]).fetchone()[0]

        assert ref("a", "HWB/25/99") == "HWB/25/99"
        assert ref("b", "HWB/25/99") == "HWB/25/100"
        assert ref("c", "HWB/25/100") == "HWB/25/101"
        assert ref("d", "HWB/25/07") == "HWB/25/07"
        assert ref("a", "AUD/25/01") == "HWB/25/99"
        assert ref("e", None) is None
