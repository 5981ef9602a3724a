"""The clerk-tui Textual app: one mode per screen, switched by single keys from anywhere.

The app holds no connection: `run_service` runs a service in a thread worker on that
thread's own connection and posts the result back. The conventions every screen keeps to
(services from workers, reloading, commands from the registry, no markup for user text)
are in ARCHITECTURE.md, "Conventions for screens".
"""

from __future__ import annotations

import asyncio
import gc
import sqlite3
import sys
from collections.abc import Callable
from datetime import date
from importlib import import_module
from pathlib import Path
from typing import Any

from textual import events
from textual.app import App
from textual.binding import Binding
from textual.css.query import NoMatches
from textual.dom import DOMNode
from textual.message import Message
from textual.screen import ModalScreen, Screen
from textual.worker import Worker, WorkerFailed, get_current_worker

from clerk_tui.core.source import InputError
from clerk_tui.services.connections import Connections, StoreError, check_database
from clerk_tui.services.samples import sample_files, sample_folder
from clerk_tui.tui.commands import APP, SCREENS, KeymapError, bindings, load_keymap
from clerk_tui.tui.common import several_lines
from clerk_tui.tui.hangup import TerminalWatch
from clerk_tui.tui.palette import ClerkCommands

SYNC_LINE_AFTER = 0.5
"""Seconds after start-up before the header shows the sync status (team sync's modules load
then, not before the first screen)."""
CLERK_ERRORS = (StoreError, InputError, sqlite3.Error, OSError)
"""Faults the clerk is told about in one line (a locked or full disk, bad input); anything
else is a bug and ends the app as usual."""

SAMPLE_DIR = sample_folder()
NO_TERMINAL = (
    "clerk: the app reads its keys from a terminal, and standard input is not one; "
    "`clerk --help` lists the commands that work without one"
)


def screen_class(mode: str) -> type[Screen[Any]]:
    """The screen class of a mode, imported on first use (ImportError when not built yet)."""
    screen = SCREENS[mode]
    cls: type[Screen[Any]] = getattr(import_module(screen.module), screen.cls)
    return cls


def _factory(mode: str) -> Callable[[], Screen[Any]]:
    def build() -> Screen[Any]:
        screen = screen_class(mode)()
        # Built now, the screen has missed no change of theme. Textual takes every new mode
        # screen for stale and parses the whole stylesheet again, twice, as it first shows
        # it (about 30 ms; textual PR 5211: "could be improved ... by avoiding a CSS refresh
        # when not strictly required"). A screen built before a change still gets it.
        screen._css_update_count = screen.app._css_update_count
        return screen

    return build


class ServiceDone(Message):
    """A service run by `ClerkApp.run_service` returned (or failed): `reply(result)` runs
    on the UI thread."""

    def __init__(self, reply: Callable[[Any], object], result: Any) -> None:
        super().__init__()
        self.reply = reply
        self.result = result


class ClerkApp(App[None]):
    """The clerk's action log: paste minutes, review, chase actions, plan follow-ups."""

    TITLE = "clerk"
    CSS_PATH = "app.tcss"
    COMMANDS = {ClerkCommands}
    MODES = {mode: _factory(mode) for mode in SCREENS}
    BINDINGS = [
        *bindings(APP),
        Binding("ctrl+c", "help_quit", show=False, system=True),
    ]

    def __init__(self, db_path: str | Path | None = None, *, today: date | None = None) -> None:
        super().__init__()
        self.connections = Connections(db_path)
        self.today = today or date.today()
        self.theme = "textual-dark"
        self.keymap: dict[str, str] = {}
        """The clerk's own keys (keys.toml): command id -> key."""
        self.terminal_watch: TerminalWatch | None = None
        """Set by `run_app`: ends the app when its terminal goes away (tui/hangup.py)."""

    # --- services in workers --------------------------------------------------------------

    def run_service(
        self,
        node: DOMNode,
        group: str,
        service: Callable[..., Any],
        *args: Any,
        done: Callable[[Any], object] | None = None,
        failed: Callable[[Exception], object] | None = None,
        exclusive: bool = False,
        **kwargs: Any,
    ) -> Worker[None]:
        """Run `service(db, *args, **kwargs)` in a thread worker of `node`, on that thread's
        own connection. Its result goes to `done`, and a store, input or disk fault to
        `failed` (else a notification), on the UI thread, unless `node` has gone or a newer
        `exclusive` call of the same group replaced this one."""

        def job() -> None:
            worker = get_current_worker()
            try:
                result = service(self.connections.db(), *args, **kwargs)
            except CLERK_ERRORS as exc:
                if not worker.is_cancelled:
                    node.post_message(ServiceDone(failed or self.tell_failure, exc))
                return
            if done is not None and not worker.is_cancelled:
                node.post_message(ServiceDone(done, result))

        name = getattr(service, "__name__", group)
        return node.run_worker(job, name=name, group=group, thread=True, exclusive=exclusive)

    def on_service_done(self, message: ServiceDone) -> None:
        message.reply(message.result)

    def on_paste(self, event: events.Paste) -> None:
        """Minutes pasted where nothing takes a paste (a list, the empty start screen, or
        the screen `i` is leaving as the paste arrives) open the paste screen with them,
        where they went nowhere. One line stays where it was, and so does a paste in a
        dialog. (The paste screen takes its own pastes: none reaches the app from it.)"""
        if isinstance(self.screen, ModalScreen) or not several_lines(event.text):
            return
        if self.current_mode != "paste" and not self.go_to("paste"):
            return
        if isinstance(self.screen, screen_class("paste")):  # not the help over it
            self.screen.post_message(events.Paste(event.text))  # after the screen is built

    # --- start-up -------------------------------------------------------------------------

    async def on_mount(self) -> None:
        from clerk_tui.services.records import start_state

        if self.terminal_watch is not None:
            self.terminal_watch.start()
        # Objects alive now (Textual, Rich, our modules) and after the first screen live for
        # the whole run: frozen, the garbage collector stops walking them, so no full
        # collection lands in the middle of styling the first screen (about 70 ms of 50,000
        # objects) or of a keystroke later.
        gc.freeze()
        self.use_keymap()

        # The one wait at start: on a thread, before the first screen, which it chooses.
        any_action, any_meeting = await asyncio.to_thread(self.in_thread, start_state)
        mode = "actions" if any_action else "meetings"
        if not self.go_to(mode):
            mode = "meetings"
            self.go_to(mode)
        if not any_meeting and sample_files(SAMPLE_DIR):
            self.offer_samples()
        self.set_timer(SYNC_LINE_AFTER, self.watch_sync_status)
        self.call_after_refresh(self.started)

    def started(self) -> None:
        """The first screen is up: what start-up built is frozen too, and the garbage
        collector, off while `clerk` started the app (`cli.cmd_app`), runs again."""
        gc.freeze()
        gc.enable()

    def watch_sync_status(self) -> None:
        from clerk_tui.tui.sync_ui import watch_sync_status

        watch_sync_status(self)

    def use_keymap(self) -> None:
        """Take the clerk's keys from keys.toml; a file that cannot be used is said in one
        line and the usual keys stay."""
        try:
            self.keymap = load_keymap()
        except KeymapError as exc:
            self.tell(f"Your keys were not changed: {exc}", severity="warning", timeout=10)
            return
        if self.keymap:
            self.set_keymap(self.keymap)

    def in_thread(self, service: Callable[..., Any], *args: Any) -> Any:
        """`service(db, *args)` on the calling (worker) thread's connection."""
        return service(self.connections.db(), *args)

    def offer_samples(self) -> None:
        files = sample_files(SAMPLE_DIR)

        def answered(load: bool | None) -> None:
            if load:
                from clerk_tui.services.samples import load_samples

                self.run_service(self, "samples", load_samples, files, done=self.samples_loaded)

        from clerk_tui.tui.dialogs import ConfirmDialog

        self.push_screen(
            ConfirmDialog(
                f"The database is empty. Load the {len(files)} sample minutes "
                f"from {SAMPLE_DIR.name}/ to try the app? You can remove them again at any "
                "time: “Remove the sample minutes” in the command palette (ctrl+p), or "
                "`clerk samples --remove`."
            ),
            answered,
        )

    def samples_loaded(self, outcome: tuple[int, list[str]]) -> None:
        stored, failures = outcome
        for failure in failures:
            self.tell(failure, severity="warning")
        self.tell(
            f"Loaded {stored} sample minutes; ctrl+p “Remove the sample minutes” takes them "
            "out again.",
            timeout=10,
        )
        from clerk_tui.services.records import start_state

        self.run_service(self, "samples", start_state, done=self.show_start)

    def show_start(self, state: tuple[bool, bool]) -> None:
        """The actions when any are stored, else the meetings, read again."""
        self.go_to("actions" if state[0] else "meetings")
        self.reload_screen()

    def _handle_exception(self, error: Exception) -> None:
        """A database, disk or input fault is a notification, not the end of the app: the
        clerk keeps what is on screen. A widget missing while the app exits is no fault.
        Anything else is a bug and ends the app as usual."""
        cause = error.error if isinstance(error, WorkerFailed) else error
        if self._exit and isinstance(cause, NoMatches):
            # A screen still opening as the app exits (SIGHUP, SIGTERM, its terminal gone:
            # tui/hangup.py) finds its widgets already removed: the app is ending anyway.
            return
        if isinstance(cause, CLERK_ERRORS):
            reason = str(cause).splitlines()[0] if str(cause) else type(cause).__name__
            self.tell(f"Could not finish that: {reason}", severity="error", timeout=10)
            return
        super()._handle_exception(error)

    # --- helpers for screens --------------------------------------------------------------

    def tell(self, message: str, *, severity: str = "information", timeout: float = 5) -> None:
        """A notification whose text is never read as markup."""
        from clerk_tui.tui.common import printable

        self.notify(printable(message), severity=severity, timeout=timeout, markup=False)  # type: ignore[arg-type]

    def tell_failure(self, error: Exception) -> None:
        """A store, input or disk fault in one line, as an error notification."""
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        self.tell(reason, severity="error")

    def reload_screen(self) -> None:
        reload = getattr(self.screen, "reload", None)
        if callable(reload):
            reload()

    def go_to(self, mode: str) -> bool:
        """Switch to a mode's screen, or say why not; whether it switched."""
        try:
            self.switch_mode(mode)
        except ImportError:
            title = SCREENS[mode].title
            self.tell(f"The {title} screen is not available yet.", severity="warning")
            return False
        return True

    def leave_current(self, then: Callable[[], object]) -> None:
        """Run `then` when the current screen has no unsaved work or the clerk agrees to drop it."""
        unsaved = getattr(self.screen, "has_unsaved_changes", None)
        if not (callable(unsaved) and unsaved()):
            then()
            return
        from clerk_tui.tui.dialogs import ConfirmDialog

        def answered(leave: bool | None) -> None:
            if leave:
                then()

        self.push_screen(ConfirmDialog("Leave without storing the pasted minutes?"), answered)

    # --- actions --------------------------------------------------------------------------

    def action_go(self, mode: str) -> None:
        if isinstance(self.screen, ModalScreen) or self.current_mode == mode:
            return
        self.leave_current(lambda: self.go_to(mode))

    def action_help(self) -> None:
        if isinstance(self.screen, ModalScreen):
            return
        from clerk_tui.tui.screens.help import HelpScreen

        self.push_screen(HelpScreen(type(self.screen)))

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"

    async def action_quit(self) -> None:
        self.leave_current(self.exit)

    def action_import_file(self) -> None:
        """Open a minutes file from disk on the paste screen."""

        def then() -> None:
            self.go_to("paste")
            if self.current_mode == "paste":
                self.call_later(self.screen.run_action, "open_file")

        if self.current_mode == "paste":
            self.call_later(self.screen.run_action, "open_file")
        else:
            self.leave_current(then)

    def action_export(self, committee: str | None = None) -> None:
        """The export dialog, offering `committee` first (the committees read in a worker)."""
        from clerk_tui.tui.export_dialog import ExportDialog

        self.open_output(ExportDialog, committee)

    def action_chase(self, committee: str | None = None) -> None:
        """The chasers dialog for a committee's owners, offering `committee` first."""
        from clerk_tui.tui.export_dialog import ChaserDialog

        self.open_output(ChaserDialog, committee)

    def open_output(self, dialog: Callable[..., Screen[Any]], committee: str | None) -> None:
        if isinstance(self.screen, ModalScreen):
            return
        from clerk_tui.services.exports import output_choices

        self.run_service(
            self,
            "output",
            output_choices,
            done=lambda found: self.push_screen(dialog(committee, *found)),
        )

    def action_remove_samples(self) -> None:
        """Remove the sample minutes (with their actions), after the clerk agrees."""
        from clerk_tui.core.wording import plural
        from clerk_tui.services.samples import remove_samples
        from clerk_tui.tui.dialogs import ConfirmDialog

        def removed(outcome: tuple[int, int, list[str]]) -> None:
            meetings, actions, _committees = outcome
            if not meetings:
                self.tell("No sample minutes are stored.")
                return
            self.tell(
                f"Removed {plural(meetings, 'sample meeting')} with {plural(actions, 'action')}; "
                "your own minutes are as they were."
            )
            self.reload_screen()

        def answered(yes: bool | None) -> None:
            if yes:
                self.run_service(self, "samples", remove_samples, SAMPLE_DIR, done=removed)

        self.push_screen(
            ConfirmDialog(
                "Remove the sample minutes, with their actions and follow-ups? Minutes you "
                "imported yourself stay."
            ),
            answered,
        )

    def action_settings(self) -> None:
        """The clerk's name, title, email and signature, which sign the chasers."""
        from clerk_tui.tui.settings_dialog import edit_settings

        edit_settings(self)

    def action_sync(self) -> None:
        """Team sync in a worker; asks for the server the first time."""
        if isinstance(self.screen, ModalScreen):
            return
        from clerk_tui.tui.sync_ui import start_sync

        start_sync(self)

    def action_sync_server(self) -> None:
        from clerk_tui.tui.sync_ui import ask_server

        ask_server(self)

    def action_sync_conflicts(self) -> None:
        from clerk_tui.tui.sync_ui import show_conflicts

        show_conflicts(self)


def run_app(db_path: str | None) -> int:
    """Run the app on the database at `db_path` (default location when None), after opening
    it once (creating or migrating it) so a file it cannot use is refused in one line; and
    only on a terminal: Textual reads keys from standard input, and from a file, a pipe or
    /dev/null it would read end-of-file for ever, at a quarter of a CPU, never to take a key."""
    try:
        check_database(db_path)
    except StoreError as exc:
        from clerk_tui.tui.common import printable

        print(f"clerk: {printable(exc)}", file=sys.stderr)
        return 1
    if not (sys.__stdin__ and sys.__stdin__.isatty()):
        print(NO_TERMINAL, file=sys.stderr)
        return 1
    app = ClerkApp(db_path)
    from clerk_tui.tui.paste_guard import install

    install()  # pasted escape codes stay text, never key presses
    app.terminal_watch = TerminalWatch(app)
    try:
        app.run()
    finally:
        app.terminal_watch.stop()
    return app.return_code or 0
