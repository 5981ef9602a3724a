"""Team sync in the app: `S` runs `services.team.sync_now` in a thread worker (asking for the
server and the clerk's password the first time, and again when the server refuses the
password), the header's sub-title says when this copy last synced and how many changes wait,
and a small modal lists the conflicts. Offline is a notification, never a traceback. The
password goes to the system's credential store (`sync.credentials`), never to the database
file. The clerk keeps working while the exchange runs: each worker thread has its own
connection (SQLite's WAL lets them all read; writes take turns).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from clerk_tui.services import team
from clerk_tui.tui.common import printable

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


def _ask_server(app: ClerkApp, saved: str | None, why: str | None = None) -> None:
    def got(answer: tuple[str, str | None] | None) -> None:
        if answer is not None:
            run_sync(app, *answer)

    app.push_screen(SyncServerDialog(saved or "", why), got)


class SyncServerDialog(ModalScreen[tuple[str, str | None] | None]):
    """The team's sync server and the clerk's password (masked; empty when the credential
    store or a password file already has it). Enter syncs; dismisses with (url, password)."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="sync_server.cancel")]

    def __init__(self, url: str = "", why: str | None = None) -> None:
        super().__init__()
        self.url = url
        self.why = why
        """Why the dialog is back (the server refused the password), shown above the fields."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="sync-server-dialog"):
            yield Static("Team sync server", classes="dialog-title")
            if self.why:
                yield Static(self.why, markup=False, classes="dialog-message")
            yield Label("Server (PostgreSQL URL, from whoever set up team sync)")
            yield Input(
                self.url, placeholder="postgresql://sam@server.example/clerk", id="sync-url"
            )
            yield Label("Password (kept in this computer's credential store, not in a file)")
            yield Input(
                password=True,
                placeholder="leave empty if it is kept already",
                id="sync-password",
            )
            yield Static("enter to sync, tab to move, escape to cancel", classes="dialog-hint")

    def on_mount(self) -> None:
        field = "#sync-password" if self.url and self.why else "#sync-url"
        self.query_one(field, Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        url = self.query_one("#sync-url", Input).value.strip()
        if not url:
            self.query_one("#sync-url", Input).focus()
            return
        self.dismiss((url, self.query_one("#sync-password", Input).value or None))

    def action_cancel(self) -> None:
        self.dismiss(None)


def run_sync(app: ClerkApp, url: str | None, password: str | None = None) -> None:
    """Run one sync in a thread worker; report when it ends. A refused or missing password
    brings the server dialog back, the password field ready."""
    app.tell("Syncing…", timeout=2)

    def failed(error: Exception) -> None:
        if isinstance(error, team.PasswordNeeded):
            app.tell("Not synced: the server wants your password.", severity="warning")
            retry = "The server refused the password, or needs one: type it below."
            if url:
                _ask_server(app, url, retry)
            else:
                app.run_service(
                    app, LOOKUP_GROUP, team.saved_server, done=lambda s: _ask_server(app, s, retry)
                )
            return
        _sync_failed(app, str(error))

    app.run_service(
        app,
        SYNC_GROUP,
        team.sync_now,
        url,
        password=password,
        done=lambda report: _synced(app, report),
        failed=failed,
    )


def _sync_failed(app: ClerkApp, message: str) -> None:
    app.tell(f"Not synced: {message}", severity="warning", timeout=10)
    refresh_sync_line(app)


def _synced(app: ClerkApp, report: team.SyncReport) -> None:
    message = report.summary()
    if report.conflicts:
        message += " (ctrl+p, Sync conflicts, shows what was replaced)"
    app.tell(message)
    for note in report.notes:  # a password no credential store could keep
        app.tell(note, severity="warning", timeout=10)
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
