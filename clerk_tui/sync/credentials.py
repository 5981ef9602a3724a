"""The sync server's address and password, kept properly.

- The address saved in the local database is the URL without its password
  (`without_password`); the password goes to the operating system's credential store
  (Windows Credential Manager, macOS Keychain, Secret Service) through `keyring`, under the
  saved URL. Where no store exists, nothing is saved and the clerk is told to use the
  PostgreSQL standards instead: a password file (~/.pgpass, or PGPASSFILE) or a service in
  pg_service.conf (`postgresql:///?service=clerks`), which libpq reads by itself.
- TLS is required for any server that is not on this machine: `secured` adds
  `sslmode=require`, or `verify-full` when a CA certificate file is named (`sslrootcert`),
  unless the URL says otherwise.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

KEYRING_SERVICE = "clerk-tui sync server"
LOCAL_HOSTS = frozenset({"", "localhost", "127.0.0.1", "::1"})
NO_STORE = (
    "no credential store on this machine, so the password was not saved: put it in a "
    "PostgreSQL password file (~/.pgpass or PGPASSFILE) or a pg_service.conf service; "
    "see docs/sync.md"
)


def _is_url(conninfo: str) -> bool:
    return re.match(r"postgres(ql)?://", conninfo) is not None


def _keywords(conninfo: str) -> dict[str, str]:
    """The connection parameters of a URL or a 'key=value ...' string."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        return {k: str(v) for k, v in conninfo_to_dict(conninfo).items()}
    except Exception:  # noqa: BLE001 - psycopg raises its own ProgrammingError for bad input
        return {}


def without_password(conninfo: str) -> tuple[str, str | None]:
    """(the connection string with no password in it, the password it held or None)."""
    if _is_url(conninfo):
        parts = urlsplit(conninfo)
        query = parse_qsl(parts.query, keep_blank_values=True)
        password = next((v for k, v in query if k == "password"), None)
        netloc = parts.netloc
        userinfo, at, hostport = netloc.rpartition("@")
        if at and ":" in userinfo:
            user, _, secret = userinfo.partition(":")
            password = unquote(secret)
            netloc = f"{user}@{hostport}"
        kept = urlencode([(k, v) for k, v in query if k != "password"], safe="/:,")
        return urlunsplit((parts.scheme, netloc, parts.path, kept, parts.fragment)), password
    from psycopg.conninfo import make_conninfo

    params = _keywords(conninfo)
    password = params.pop("password", None)
    return (make_conninfo("", **params) if params else conninfo), password


def is_local(conninfo: str) -> bool:
    """True for a server on this machine: a Unix socket, localhost or a loopback address."""
    hosts = _keywords(conninfo).get("host", "")
    return all(h in LOCAL_HOSTS or h.startswith("/") for h in hosts.split(","))


def secured(conninfo: str, ca_file: str | None = None) -> str:
    """The connection string with TLS required when the server is not on this machine:
    sslmode=require, or verify-full (the certificate checked against `ca_file`, or the URL's
    sslrootcert). A sslmode the URL already gives is kept."""
    params = _keywords(conninfo)
    extra: dict[str, str] = {}
    if ca_file:
        extra["sslrootcert"] = ca_file
    if "sslmode" not in params and (ca_file or not is_local(conninfo)):
        extra["sslmode"] = "verify-full" if (ca_file or params.get("sslrootcert")) else "require"
    if not extra:
        return conninfo
    if _is_url(conninfo):
        parts = urlsplit(conninfo)
        query = parse_qsl(parts.query, keep_blank_values=True)
        query = [(k, v) for k, v in query if k not in extra] + list(extra.items())
        kept = urlencode(query, safe="/:,", quote_via=quote)
        return urlunsplit((parts.scheme, parts.netloc, parts.path, kept, parts.fragment))
    from psycopg.conninfo import make_conninfo

    return make_conninfo(conninfo, **extra)


def _keyring():  # type: ignore[no-untyped-def]
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None, Exception
    return keyring, KeyringError


def store_password(conninfo: str, password: str) -> str | None:
    """Keep `password` for the server `conninfo` (given without password) in the operating
    system's credential store. Returns None when kept, else the line saying what to do."""
    keyring, failure = _keyring()
    if keyring is None:
        return NO_STORE
    try:
        keyring.set_password(KEYRING_SERVICE, conninfo, password)
    except (failure, RuntimeError):
        return NO_STORE
    return None


def stored_password(conninfo: str) -> str | None:
    """The password kept for `conninfo`, or None (libpq then looks in its own places)."""
    keyring, failure = _keyring()
    if keyring is None:
        return None
    try:
        found = keyring.get_password(KEYRING_SERVICE, conninfo)
    except (failure, RuntimeError):
        return None
    return str(found) if found else None


def forget_password(conninfo: str) -> None:
    keyring, failure = _keyring()
    if keyring is None:
        return
    try:
        keyring.delete_password(KEYRING_SERVICE, conninfo)
    except (failure, RuntimeError):
        return
