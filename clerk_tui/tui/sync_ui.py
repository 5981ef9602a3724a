"""Team sync in the app: `S` runs `sync.client.sync` in a thread worker (asking for the server
the first time), the header's sub-title says when this copy last synced and how many changes
wait, and a small modal lists the conflicts. Offline is a notification, never a traceback.

The worker opens its own connection to the database file, so the clerk keeps working on the
app's connection while the exchange runs (SQLite's WAL lets both read; writes take turns).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from clerk_tui.store import StoreError, open_db
from clerk_tui.store.db import db_path
from clerk_tui.sync import client
from clerk_tui.tui.dialogs import PromptDialog
from clerk_tui.tui.screens.base import db_lock
from clerk_tui.tui.widgets import printable

if TYPE_CHECKING:
    from clerk_tui.tui.app import ClerkApp

SYNC_GROUP = "sync"
STATUS_REFRESH_SECONDS = 10
"""How often the sub-title's "synced 2 min ago · 3 changes waiting" is read again."""
CONFLICTS_SHOWN = 200
RECENT_MINUTES = 60
"""Up to this long after a sync the line says "synced N min ago", then "not synced since"."""


def sync_line(status: client.SyncStatus, now: datetime) -> str:
    """The sub-title: empty until a server is set (a clerk working alone sees nothing),
    then "synced 2 min ago" or "not synced since 12 March 2025 14:02", and the changes
    waiting to be sent."""
    if status.server is None:
        return ""
    last = status.last_synced_at
    if last is None:
        line = "never synced"
    elif now - last < timedelta(minutes=1):
        line = "synced just now"
    elif now - last < timedelta(minutes=RECENT_MINUTES):
        line = f"synced {int((now - last).total_seconds() // 60)} min ago"
    else:
        line = status.text.split(";")[0]
    if status.pending:
        line += f" · {status.pending} change{'s' if status.pending != 1 else ''} waiting"
    return line


def refresh_sync_line(app: ClerkApp) -> None:
    """Show the sync status in the header; skipped while a worker holds the connection."""
    if not db_lock.acquire(blocking=False):
        return
    try:
        status = client.status(app.db)
    except StoreError:
        return
    finally:
        db_lock.release()
    app.sub_title = sync_line(status, datetime.now(UTC))


def watch_sync_status(app: ClerkApp) -> None:
    """Show the sync line now and keep it current (called once, on mount)."""
    refresh_sync_line(app)
    app.set_interval(STATUS_REFRESH_SECONDS, lambda: refresh_sync_line(app))


def sync_running(app: ClerkApp) -> bool:
    return any(w.group == SYNC_GROUP and w.is_running for w in app.workers)


def start_sync(app: ClerkApp) -> None:
    """Sync with the saved server, asking for one first when none is saved."""
    if sync_running(app):
        app.tell("A sync is already running.")
        return
    if client.saved_server(app.db):
        run_sync(app, None)
    else:
        ask_server(app)


def ask_server(app: ClerkApp) -> None:
    """Ask for the server's URL (the saved one offered), then sync with it; the client saves
    it once the server has answered."""

    def got(url: str | None) -> None:
        if url and url.strip():
            run_sync(app, url.strip())

    app.push_screen(
        PromptDialog(
            "Sync server (PostgreSQL URL, from whoever set up team sync)",
            value=client.saved_server(app.db) or "",
            placeholder="postgresql://clerk@server.example/clerk",
        ),
        got,
    )


def run_sync(app: ClerkApp, url: str | None) -> None:
    """Run one sync in a thread worker; report when it ends."""
    app.tell("Syncing…", timeout=2)
    app.run_worker(lambda: _sync_in_thread(app, url), thread=True, group=SYNC_GROUP, name="sync")


def _sync_in_thread(app: ClerkApp, url: str | None) -> None:
    try:
        db = open_db(db_path(app.db))
    except StoreError as exc:
        app.call_from_thread(app.tell, f"Sync: {exc}", severity="error")
        return
    try:
        report = client.sync(db, url)
    except StoreError as exc:  # SyncError included: offline, refused, no schema
        app.call_from_thread(_sync_failed, app, str(exc))
        return
    except Exception as exc:  # a network library surprise must not take the app down
        app.call_from_thread(_sync_failed, app, f"the sync stopped: {exc}")
        return
    finally:
        db.close()
    app.call_from_thread(_synced, app, report)


def _sync_failed(app: ClerkApp, message: str) -> None:
    app.tell(f"Not synced: {message}", severity="warning", timeout=10)
    refresh_sync_line(app)


def _synced(app: ClerkApp, report: client.SyncReport) -> None:
    message = report.summary()
    if report.conflicts:
        message += " (ctrl+p, Sync conflicts, shows what was replaced)"
    app.tell(message)
    refresh_sync_line(app)
    if report.pulled:
        app.reload_screen()


class ConflictsDialog(ModalScreen[None]):
    """Same-field clashes from syncing, newest first: whose value was replaced by what."""

    BINDINGS = [Binding("escape", "dismiss", "Close", id="conflicts.close")]

    def __init__(self, messages: list[str]) -> None:
        super().__init__()
        self.messages = messages

    def compose(self) -> ComposeResult:
        body = Text()
        for message in self.messages:
            body.append(f"• {printable(message)}\n")
        if not self.messages:
            body.append("No conflicts: no edit of yours or another clerk's was replaced.")
        with Vertical(classes="dialog", id="conflicts-dialog"):
            yield Static("Sync conflicts (the later edit won)", classes="dialog-title")
            with VerticalScroll(id="conflicts-list"):
                yield Static(body, markup=False)
            yield Static("escape closes", classes="dialog-hint")


def show_conflicts(app: ClerkApp) -> None:
    try:
        found = client.conflicts(app.db, limit=CONFLICTS_SHOWN)
    except StoreError as exc:
        app.tell(str(exc), severity="error")
        return
    app.push_screen(ConflictsDialog([c.message for c in found]))
