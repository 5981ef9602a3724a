"""Team sync in the app: `S` runs `services.team.sync_now` in a thread worker (asking for the
server the first time), the header's sub-title says when this copy last synced and how many
changes wait, and a small modal lists the conflicts. Offline is a notification, never a
traceback. The clerk keeps working while the exchange runs: each worker thread has its own
connection (SQLite's WAL lets them all read; writes take turns).
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

from clerk_tui.services import team
from clerk_tui.tui.common import printable
from clerk_tui.tui.dialogs import PromptDialog

if TYPE_CHECKING:
    from clerk_tui.tui.app import ClerkApp

SYNC_GROUP = "sync"
LOOKUP_GROUP = "sync-lookup"
"""Reading the sync state (status, saved server, conflicts), apart from a running sync."""
STATUS_REFRESH_SECONDS = 10
"""How often the sub-title's "synced 2 min ago · 3 changes waiting" is read again."""
CONFLICTS_SHOWN = 200
RECENT_MINUTES = 60
"""Up to this long after a sync the line says "synced N min ago", then "not synced since"."""


def sync_line(status: team.SyncStatus, now: datetime) -> str:
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
    """Read the sync status (a worker) and show it in the header; a fault reading it is
    left for the next refresh."""

    def show(status: team.SyncStatus) -> None:
        app.sub_title = sync_line(status, datetime.now(UTC))

    app.run_service(
        app, LOOKUP_GROUP, team.status, exclusive=True, done=show, failed=lambda _: None
    )


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

    def saved(url: str | None) -> None:
        if url:
            run_sync(app, None)
        else:
            _ask_server(app, url)

    app.run_service(app, LOOKUP_GROUP, team.saved_server, done=saved)


def ask_server(app: ClerkApp) -> None:
    """Ask for the server's URL (the saved one offered), then sync with it; the client saves
    it once the server has answered."""
    app.run_service(app, LOOKUP_GROUP, team.saved_server, done=lambda url: _ask_server(app, url))


def _ask_server(app: ClerkApp, saved: str | None) -> None:
    def got(url: str | None) -> None:
        if url and url.strip():
            run_sync(app, url.strip())

    app.push_screen(
        PromptDialog(
            "Sync server (PostgreSQL URL, from whoever set up team sync)",
            value=saved or "",
            placeholder="postgresql://clerk@server.example/clerk",
        ),
        got,
    )


def run_sync(app: ClerkApp, url: str | None) -> None:
    """Run one sync in a thread worker; report when it ends."""
    app.tell("Syncing…", timeout=2)
    app.run_service(
        app,
        SYNC_GROUP,
        team.sync_now,
        url,
        done=lambda report: _synced(app, report),
        failed=lambda error: _sync_failed(app, str(error)),
    )


def _sync_failed(app: ClerkApp, message: str) -> None:
    app.tell(f"Not synced: {message}", severity="warning", timeout=10)
    refresh_sync_line(app)


def _synced(app: ClerkApp, report: team.SyncReport) -> None:
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
    app.run_service(
        app,
        LOOKUP_GROUP,
        team.conflicts,
        limit=CONFLICTS_SHOWN,
        done=lambda found: app.push_screen(ConflictsDialog([c.message for c in found])),
    )
