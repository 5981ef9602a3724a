"""Team sync: exchange this copy's changes with the team's PostgreSQL server, and what the
clerk sees of it (when it last synced, what waits, the conflicts)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from clerk_tui.store.db import StoreError
from clerk_tui.sync import credentials
from clerk_tui.sync.client import (
    Conflict,
    SyncReport,
    SyncStatus,
    conflicts,
    saved_server,
    set_clerk_name,
    status,
    sync,
)
from clerk_tui.sync.server import PasswordNeeded, SyncError, init_server, redact

if TYPE_CHECKING:
    from sqlite_utils import Database

__all__ = [
    "Conflict",
    "PasswordNeeded",
    "SyncReport",
    "SyncError",
    "SyncStatus",
    "conflicts",
    "init_server",
    "redact",
    "saved_server",
    "set_clerk_name",
    "status",
    "sync",
    "sync_now",
]


def sync_now(
    db: Database,
    url: str | None = None,
    name: str | None = None,
    *,
    password: str | None = None,
    ca_file: str | None = None,
) -> SyncReport:
    """One sync with `url` (else the saved server), under `name` when given, with the
    server's certificate checked against `ca_file` when given. Any failure of the exchange,
    a driver's surprise included, is a SyncError in one line."""
    if name:
        set_clerk_name(db, name)
    if ca_file:
        url = credentials.secured(url or saved_server(db) or "", ca_file)
    try:
        return sync(db, url, password)
    except StoreError:  # SyncError included: offline, refused, no schema
        raise
    except Exception as exc:
        raise SyncError(f"the sync stopped: {exc}") from exc
