"""The clerk-tui Textual app: one mode per screen, switched by single keys from anywhere.

Conventions for screens (both app engineers keep to these):

- A screen takes no constructor arguments and reads `self.app.db` (a sqlite-utils Database
  opened with `check_same_thread=False`; a worker may use it, never two at once) and
  `self.app.today` (injectable for tests and snapshots).
- Screens are kept per mode, so they reload what they show in `on_screen_resume` when
  `self.app.data_stamp()` moved since they last read (resume also follows every modal
  dialog, and reloading then would lose the cursor); the app calls an optional `reload()`
  method on the current screen after it changes data itself (e.g. loading the samples).
- A screen with unsaved work defines `has_unsaved_changes() -> bool`; the app asks before
  leaving it (ConfirmDialog).
- Command palette: a screen class may define
  `COMMANDS_FOR_PALETTE: ClassVar[tuple[tuple[str, str, str], ...]]` of
  (title, help, action name on that screen), e.g. `("Mark action done", "...", "done")`.
  The palette lists them while that screen is active, after the app-wide commands.
- Every Binding has a description and an `id` ("screen.thing"), so the footer shows it,
  help lists it and `App.set_keymap` can remap it. Global keys no screen may reuse:
  m i r a f p ? ctrl+p ctrl+q ctrl+t.
- User text never goes through markup: `rich.text.Text(value)`, `Static(value, markup=False)`,
  `notify(msg, markup=False)` (or `self.app.tell(msg)`), and `widgets.printable(value)`.
"""

from __future__ import annotations

import gc
import sqlite3
import sys
from collections.abc import Callable
from datetime import date
from importlib import import_module
from pathlib import Path
from typing import Any

from textual import work
from textual.app import App
from textual.binding import Binding
from textual.screen import ModalScreen, Screen
from textual.worker import WorkerFailed

from clerk_tui.core.source import InputError
from clerk_tui.services.samples import sample_files, sample_folder
from clerk_tui.store import StoreError, open_db
from clerk_tui.tui.palette import ClerkCommands

SAMPLE_DIR = sample_folder()

MODE_SCREENS: dict[str, tuple[str, str, str]] = {
    # mode: (module, class, title shown in help and the palette)
    "meetings": ("clerk_tui.tui.screens.meetings", "MeetingsScreen", "Meetings"),
    "paste": ("clerk_tui.tui.screens.paste", "PasteScreen", "Paste minutes"),
    "review": ("clerk_tui.tui.screens.review", "ReviewScreen", "Review mentions"),
    "actions": ("clerk_tui.tui.screens.actions", "ActionsScreen", "Outstanding actions"),
    "follow_ups": ("clerk_tui.tui.screens.follow_ups", "FollowUpsScreen", "Follow-ups"),
    "people": ("clerk_tui.tui.screens.people", "PeopleScreen", "People"),
}


def screen_class(mode: str) -> type[Screen[Any]]:
    """The screen class of a mode, imported on first use (ImportError when not built yet)."""
    module, name, _ = MODE_SCREENS[mode]
    cls: type[Screen[Any]] = getattr(import_module(module), name)
    return cls


def _factory(mode: str) -> Callable[[], Screen[Any]]:
    return lambda: screen_class(mode)()


class ClerkApp(App[None]):
    """The clerk's action log: paste minutes, review, chase actions, plan follow-ups."""

    TITLE = "clerk"
    CSS_PATH = "app.tcss"
    COMMANDS = {ClerkCommands}
    MODES = {mode: _factory(mode) for mode in MODE_SCREENS}
    BINDINGS = [
        Binding("m", "go('meetings')", "Meetings", id="app.meetings"),
        Binding("i", "go('paste')", "Paste", id="app.paste"),
        Binding("r", "go('review')", "Review", id="app.review"),
        Binding("a", "go('actions')", "Actions", id="app.actions"),
        Binding("f", "go('follow_ups')", "Follow-ups", id="app.follow_ups"),
        Binding("p", "go('people')", "People", id="app.people"),
        Binding("question_mark", "help", "Help", key_display="?", id="app.help"),
        Binding("ctrl+p", "command_palette", "Commands", id="app.palette", show=False),
        Binding("ctrl+t", "toggle_theme", "Theme", id="app.theme", show=False),
        Binding("S", "sync", "Sync", id="app.sync", show=False),
        Binding("ctrl+q", "quit", "Quit", id="app.quit", priority=True),
        Binding("ctrl+c", "help_quit", show=False, system=True),
    ]

    def __init__(self, db_path: str | Path | None = None, *, today: date | None = None) -> None:
        super().__init__()
        self.db_path = db_path
        self.db = open_db(db_path, check_same_thread=False)
        self.today = today or date.today()
        self.theme = "textual-dark"

    # --- start-up -------------------------------------------------------------------------

    def on_mount(self) -> None:
        from clerk_tui.tui.sync_ui import watch_sync_status

        watch_sync_status(self)
        mode = self.start_mode()
        if not self.go_to(mode):
            mode = "meetings"
            self.go_to(mode)
        if mode == "meetings" and sample_files(SAMPLE_DIR):
            from clerk_tui.store.meetings import list_meetings

            # Without actions the database is small, so listing its meetings is cheap.
            if not list_meetings(self.db):
                self.offer_samples()
        # Objects alive after start-up (Textual, Rich, our modules) live for the whole run:
        # frozen, the garbage collector stops walking them, and a full collection no
        # longer lands as a 50 ms pause in the middle of a keystroke.
        self.call_after_refresh(gc.freeze)

    def start_mode(self) -> str:
        """Actions when any are stored, else meetings."""
        from clerk_tui.store.actions import ActionFilter, list_actions

        any_action = list_actions(self.db, ActionFilter(status="all"), limit=1)
        return "actions" if any_action else "meetings"

    def offer_samples(self) -> None:
        files = sample_files(SAMPLE_DIR)

        def answered(load: bool | None) -> None:
            if load:
                self.load_samples(files)

        from clerk_tui.tui.dialogs import ConfirmDialog

        self.push_screen(
            ConfirmDialog(
                f"The database is empty. Load the {len(files)} sample minutes "
                f"from {SAMPLE_DIR.name}/ to try the app?"
            ),
            answered,
        )

    @work(thread=True, exclusive=True, group="samples")
    def load_samples(self, files: list[Path]) -> None:
        """Import each sample file; a file that fails is reported and skipped."""
        from clerk_tui.core.source import InputError, decode_minutes
        from clerk_tui.store.meetings import import_text

        stored = 0
        for path in files:
            try:
                import_text(self.db, decode_minutes(path.read_bytes(), path.name), source=path.name)
                stored += 1
            except (InputError, StoreError, OSError) as exc:
                self.call_from_thread(self.tell, f"{path.name}: {exc}", severity="warning")
        self.call_from_thread(self._samples_loaded, stored)

    def _samples_loaded(self, stored: int) -> None:
        self.tell(f"Loaded {stored} sample minutes.")
        self.go_to(self.start_mode())
        self.reload_screen()

    def _handle_exception(self, error: Exception) -> None:
        """A database, disk or input fault is a notification, not the end of the app: the
        clerk keeps what is on screen. Anything else is a bug and ends the app as usual."""
        cause = error.error if isinstance(error, WorkerFailed) else error
        if isinstance(cause, (StoreError, InputError, sqlite3.Error, OSError)):
            reason = str(cause).splitlines()[0] if str(cause) else type(cause).__name__
            self.tell(f"Could not finish that: {reason}", severity="error", timeout=10)
            return
        super()._handle_exception(error)

    # --- helpers for screens --------------------------------------------------------------

    def tell(self, message: str, *, severity: str = "information", timeout: float = 5) -> None:
        """A notification whose text is never read as markup."""
        from clerk_tui.tui.widgets import printable

        self.notify(printable(message), severity=severity, timeout=timeout, markup=False)  # type: ignore[arg-type]

    def data_stamp(self) -> tuple[int, int]:
        """Moves whenever the database changed, here or in another process (cheap)."""
        from clerk_tui.store.db import change_stamp

        return change_stamp(self.db)

    def reload_screen(self) -> None:
        reload = getattr(self.screen, "reload", None)
        if callable(reload):
            reload()

    def go_to(self, mode: str) -> bool:
        """Switch to a mode's screen, or say why not; whether it switched."""
        try:
            self.switch_mode(mode)
        except ImportError:
            title = MODE_SCREENS[mode][2]
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
        """The export dialog (part B's), for one committee or all."""
        try:
            from clerk_tui.tui.export_dialog import ExportDialog
        except ImportError:
            self.tell("Export is not available yet.", severity="warning")
            return
        self.push_screen(ExportDialog(committee))

    def action_chase(self, committee: str | None = None) -> None:
        """Chasers for a committee's owners (asked for when not given)."""
        if isinstance(self.screen, ModalScreen):
            return
        from clerk_tui.tui.cycle_ui import prepare_chasers

        prepare_chasers(self, committee)

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

    def on_unmount(self) -> None:
        self.db.close()


def run_app(db_path: str | None) -> int:
    """Run the app on the database at `db_path` (default location when None)."""
    try:
        app = ClerkApp(db_path)
    except StoreError as exc:
        from clerk_tui.tui.widgets import printable

        print(f"clerk: {printable(exc)}", file=sys.stderr)
        return 1
    from clerk_tui.tui.paste_guard import install

    install()  # pasted escape codes stay text, never key presses
    app.run()
    return 0
