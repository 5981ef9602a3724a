"""Team sync from the app: S asks for the server the first time and syncs in a worker; the
header says when this copy last synced; offline is one calm line; conflicts in a modal."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from time import monotonic

from textual.widgets import Input, Static

from clerk_tui.store import open_db
from clerk_tui.store.actions import set_status
from clerk_tui.sync import client, credentials
from clerk_tui.tui.app import ClerkApp
from clerk_tui.tui.sync_ui import ConflictsDialog, SyncServerDialog, sync_line
from tests.sync.conftest import pg_socket_dir, server_url  # noqa: F401  (fixtures)
from tests.sync.test_team_cli import clerk_role, file_bytes, store  # noqa: F401  (fixtures)

UNREACHABLE = "postgresql://clerk@127.0.0.1:1/clerk"
NOW = datetime(2025, 3, 12, 14, 0, tzinfo=UTC)


def messages(app: ClerkApp) -> list[str]:
    return [n.message for n in app._notifications]


def outbox_and_settings(path: Path) -> tuple[int, list[tuple[str, str]]]:
    db = open_db(path)
    try:
        pending = db.execute("SELECT count(*) FROM sync_outbox").fetchone()[0]
        return pending, db.execute("SELECT key, value FROM settings ORDER BY key").fetchall()
    finally:
        db.close()


async def sync_with(app: ClerkApp, pilot, url: str | None, password: str = "") -> None:
    """Press S; type `url` (and `password`) when the app asks for the server; wait for the
    sync's message."""
    told = told_so_far(app)
    await pilot.press("S")
    if url is not None:  # the saved server is read in a worker before the dialog shows
        await until(pilot, lambda: isinstance(app.screen, SyncServerDialog))
        await answer_server_dialog(app, pilot, url, password)
    await until(pilot, lambda: told_since(app, told))


async def answer_server_dialog(app: ClerkApp, pilot, url: str | None, password: str) -> None:
    """Fill in the server dialog as a clerk would (the URL when given, the password typed
    key by key) and press enter."""
    assert isinstance(app.screen, SyncServerDialog)
    if url is not None:
        app.screen.query_one("#sync-url", Input).value = url
    app.screen.query_one("#sync-password", Input).focus()
    await pilot.press(*password)
    await pilot.press("enter")


def told_so_far(app: ClerkApp) -> set[int]:
    return {id(n) for n in app._notifications}


def told_since(app: ClerkApp, told: set[int]) -> bool:
    """A message other than the "Syncing…" progress line has been shown that was not among
    `told` (older ones may have expired)."""
    return any(id(n) not in told and n.message != "Syncing…" for n in app._notifications)


async def until(pilot, condition: Callable[[], bool], timeout: float = 60.0) -> None:
    """Pause until `condition()` holds, or `timeout` passes (the assertions then say what is
    wrong): under load, a worker that a key starts may not have begun when the workers are
    waited for, so one settle can look too early."""
    deadline = monotonic() + timeout
    await pilot.pause()
    while not condition() and monotonic() < deadline:
        await pilot.pause(0.05)


def test_sync_line_says_when_and_what_waits() -> None:
    def line(last: datetime | None, pending: int, server: str | None = "postgresql://x") -> str:
        return sync_line(client.SyncStatus(server, last, pending), NOW)

    assert line(None, 5, server=None) == ""
    assert line(None, 5) == "never synced · 5 changes waiting"
    assert line(NOW - timedelta(seconds=20), 0) == "synced just now"
    assert line(NOW - timedelta(minutes=2, seconds=30), 1) == "synced 2 min ago · 1 change waiting"
    old = datetime(2025, 3, 10, 9, 5, tzinfo=UTC)
    expected = f"not synced since {old.astimezone():%-d %B %Y %H:%M}"
    assert line(old, 0) == expected


async def test_offline_sync_is_one_line_and_changes_nothing(make_app, sample_db_path: Path) -> None:
    before = outbox_and_settings(sample_db_path)
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        assert app.sub_title == ""  # no server set: nothing about sync in the header
        await sync_with(app, pilot, UNREACHABLE)
        last = list(app._notifications)[-1]
        assert last.severity == "warning"
        assert last.message.startswith(
            "Not synced: cannot reach the sync server postgresql://clerk@127.0.0.1:1/clerk"
        )
        assert "\n" not in last.message
        assert app.is_running
    assert outbox_and_settings(sample_db_path) == before  # the URL is saved only once it answers


async def test_sync_from_the_app_pushes_a_change(
    make_app,
    sample_db_path: Path,
    server_url: str,  # noqa: F811
    tmp_path: Path,
) -> None:
    other = open_db(tmp_path / "other.db")
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await sync_with(app, pilot, server_url)
        assert messages(app)[-1].startswith("synced: sent ")
        await until(pilot, lambda: app.sub_title != "")  # the header is re-read in a worker
        assert app.sub_title == "synced just now"
        client.sync(other, server_url)
        assert other.execute("SELECT status FROM actions WHERE id = 1").fetchone() == ("open",)

        clerk = open_db(sample_db_path)  # the clerk's change, made while the app is open
        set_status(clerk, 1, "done")
        clerk.close()
        app.sub_title = ""
        await sync_with(app, pilot, None)  # the saved server: no question this time
        assert messages(app)[-1] == "synced: sent 2 changes, received 0"
        await until(pilot, lambda: app.sub_title != "")
        assert app.sub_title == "synced just now"
    client.sync(other, server_url)
    assert other.execute("SELECT status FROM actions WHERE id = 1").fetchone() == ("done",)
    other.close()


async def test_conflicts_listed_in_a_modal_as_plain_text(make_app, sample_db_path: Path) -> None:
    db = open_db(sample_db_path)
    action_uuid = db.execute("SELECT uuid FROM actions WHERE id = 2").fetchone()[0]
    db.execute(
        """INSERT INTO sync_conflicts (seq, tbl, row_uuid, field, winner_value, winner_clerk,
           loser_value, loser_clerk, at) VALUES (1, 'actions', ?, 'due', '2024-07-14', 'Alex',
           '2024-06-30', '[bold]Sam[/]', '2025-03-12T14:00:00+00:00')""",
        [action_uuid],
    )
    db.close()
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        app.action_sync_conflicts()
        await until(pilot, lambda: isinstance(app.screen, ConflictsDialog))
        assert isinstance(app.screen, ConflictsDialog)
        shown = str(app.screen.query_one("#conflicts-list Static", Static).content)
        assert shown == (
            "• [bold]Sam[/]'s due date 30 June 2024 was replaced by 14 July 2024 "
            "(Alex, action RHWB/24/02: Send the carers survey results to Councillor Okafor)\n"
        )
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ConflictsDialog)


async def test_the_password_typed_in_the_app_is_masked_and_kept_in_the_credential_store(
    make_app,
    empty_db_path: Path,
    clerk_role,  # noqa: F811
    store,  # noqa: F811
) -> None:
    role, password, tcp = clerk_role  # a clerk of Planning: nothing of the samples' Board
    app = make_app(empty_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("S")
        await until(pilot, lambda: isinstance(app.screen, SyncServerDialog))
        assert isinstance(app.screen, SyncServerDialog)
        field = app.screen.query_one("#sync-password", Input)
        assert field.password  # shown as dots
        app.screen.query_one("#sync-url", Input).value = tcp
        field.focus()
        await pilot.press(*password)
        await pilot.pause()
        assert password not in app.export_screenshot()
        told = told_so_far(app)
        await pilot.press("enter")
        await until(pilot, lambda: told_since(app, told))
        assert messages(app)[-1].startswith("synced: sent ")
    assert store.saved == {(credentials.KEYRING_SERVICE, tcp): password}
    _pending, settings = outbox_and_settings(empty_db_path)
    assert ("sync_server", tcp) in settings
    assert password.encode() not in file_bytes(empty_db_path)


async def test_a_refused_password_brings_the_dialog_back_ready_for_it(
    make_app,
    empty_db_path: Path,
    clerk_role,  # noqa: F811
    store,  # noqa: F811
) -> None:
    role, password, tcp = clerk_role
    app = make_app(empty_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await sync_with(app, pilot, tcp, "not-the-password")
        assert "Not synced: the server wants your password." in messages(app)
        await until(pilot, lambda: isinstance(app.screen, SyncServerDialog))
        dialog = app.screen
        assert isinstance(dialog, SyncServerDialog)
        assert dialog.query_one("#sync-url", Input).value == tcp
        assert app.focused is dialog.query_one("#sync-password", Input)
        told = told_so_far(app)
        await answer_server_dialog(app, pilot, None, password)
        await until(pilot, lambda: told_since(app, told))
        assert messages(app)[-1].startswith("synced: sent ")
    assert store.saved == {(credentials.KEYRING_SERVICE, tcp): password}
