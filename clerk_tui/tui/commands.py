"""Every command of the app, in one registry: the key bindings, the command palette and the
help screen are all built from it, so a command cannot be in one and missing from another.

A command has an id ("actions.done") by which the clerk can remap its key in `keys.toml` in
the user config folder (`clerk keys` lists them):

    [keys]
    "actions.done" = "D"
    "app.meetings" = "M"

No Textual import at module level: the CLI reads the registry for `clerk keys`.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from clerk_tui.core.source import InputError

if TYPE_CHECKING:
    from textual.binding import Binding

APP = "app"
"""The scope of the commands that work everywhere."""


@dataclass(frozen=True)
class Screen:
    """A screen the clerk switches to with a single key (a mode of the app)."""

    module: str
    cls: str
    title: str
    """Shown in help and the palette."""


SCREENS: dict[str, Screen] = {
    "meetings": Screen("clerk_tui.tui.screens.meetings", "MeetingsScreen", "Meetings"),
    "paste": Screen("clerk_tui.tui.screens.paste", "PasteScreen", "Paste minutes"),
    "review": Screen("clerk_tui.tui.screens.review", "ReviewScreen", "Review mentions"),
    "actions": Screen("clerk_tui.tui.screens.actions", "ActionsScreen", "Outstanding actions"),
    "follow_ups": Screen("clerk_tui.tui.screens.follow_ups", "FollowUpsScreen", "Follow-ups"),
    "people": Screen("clerk_tui.tui.screens.people", "PeopleScreen", "People"),
}


@dataclass(frozen=True)
class Command:
    id: str
    """'<scope>.<name>': the binding's id, what keys.toml remaps."""
    key: str | None
    """The default key; None: in the palette only."""
    label: str
    """A word or two for the footer and help ('Done')."""
    action: str
    """The action run on the screen (or the app), e.g. "done" or "go('meetings')"."""
    title: str | None = None
    """The palette's line ('Mark action done'); None: not in the palette."""
    help: str = ""
    """The palette's explanation."""
    show: bool = True
    """In the footer."""
    key_display: str | None = None
    priority: bool = False
    widgets: tuple[str, ...] = ()
    """Widgets of the screen (by class name) that take the key before the screen would (a
    table's enter), and so bind it themselves, acting on the screen."""
    on_screen: bool = True
    """Bound on the screen itself too (False: only on `widgets`)."""

    @property
    def scope(self) -> str:
        return self.id.split(".", 1)[0]


def _go(mode: str, key: str, label: str) -> Command:
    title = SCREENS[mode].title
    return Command(
        f"app.{mode}", key, label, f"go('{mode}')", f"Go to {title}", f"The {title.lower()} screen"
    )


COMMANDS: tuple[Command, ...] = (
    # --- everywhere ------------------------------------------------------------------------
    _go("meetings", "m", "Meetings"),
    _go("paste", "i", "Paste"),
    _go("review", "r", "Review"),
    _go("actions", "a", "Actions"),
    _go("follow_ups", "f", "Follow-ups"),
    _go("people", "p", "People"),
    Command(
        "app.help",
        "question_mark",
        "Help",
        "help",
        "Show keys",
        "Help: every key of every screen",
        key_display="?",
    ),
    Command("app.palette", "ctrl+p", "Commands", "command_palette", show=False),
    Command(
        "app.theme",
        "ctrl+t",
        "Theme",
        "toggle_theme",
        "Toggle light/dark theme",
        "Light or dark colours",
        show=False,
    ),
    Command(
        "app.sync",
        "S",
        "Sync",
        "sync",
        "Sync now",
        "Exchange changes with the team's server (S)",
        show=False,
    ),
    Command("app.quit", "ctrl+q", "Quit", "quit", "Quit", "Leave clerk", priority=True),
    Command(
        "app.import_file",
        None,
        "Import",
        "import_file",
        "Import minutes file",
        "Open a minutes file from disk",
    ),
    Command(
        "app.export",
        None,
        "Export",
        "export",
        "Export follow-up sheet",
        "Actions and follow-ups to a file",
    ),
    Command(
        "app.chase",
        None,
        "Chasers",
        "chase",
        "Prepare chasers",
        "A message to each owner of open actions",
    ),
    Command(
        "app.settings",
        None,
        "Settings",
        "settings",
        "Settings: your name, title, email and signature",
        "What signs the chasers",
    ),
    Command(
        "app.remove_samples",
        None,
        "Remove samples",
        "remove_samples",
        "Remove the sample minutes",
        "Take the samples (and their actions) out; your own minutes stay",
    ),
    Command(
        "app.sync_server",
        None,
        "Sync server",
        "sync_server",
        "Sync server",
        "Set or change the team's sync server",
    ),
    Command(
        "app.sync_conflicts",
        None,
        "Sync conflicts",
        "sync_conflicts",
        "Sync conflicts",
        "Edits another clerk replaced",
    ),
    # --- meetings --------------------------------------------------------------------------
    Command("meetings.back", "escape", "Back", "back"),
    Command(
        "meetings.export",
        "E",
        "Export",
        "export",
        "Export this committee",
        "Follow-up sheet for the committee in view",
    ),
    Command(
        "meetings.chase",
        "C",
        "Chasers",
        "chase",
        "Chasers for this committee",
        "A message to each owner of open actions",
    ),
    Command(
        "meetings.state",
        "s",
        "Confirmed/draft",
        "toggle_state",
        "Mark minutes confirmed / draft",
        "The meeting's minutes agreed, or back to draft",
    ),
    Command(
        "meetings.exempt",
        "x",
        "Exempt",
        "toggle_exempt",
        "Mark exempt / not exempt",
        "Keep the highlighted item or action out of exports",
    ),
    Command(
        "meetings.edit",
        "e",
        "Edit",
        "edit_meeting",
        "Edit meeting",
        "Correct the meeting's committee, date or title",
    ),
    Command(
        "meetings.delete",
        "D",
        "Delete",
        "delete_meeting",
        "Delete meeting",
        "The meeting with its actions and follow-ups, after you confirm",
    ),
    # --- paste -----------------------------------------------------------------------------
    Command(
        "paste.store",
        "ctrl+s",
        "Store",
        "store",
        "Store pasted minutes",
        "Save the meeting, its actions and follow-ups",
    ),
    Command("paste.open_file", "ctrl+o", "Open file", "open_file"),
    Command(
        "paste.choose_meeting",
        "ctrl+r",
        "Update a meeting",
        "choose_meeting",
        "Update a stored meeting with these minutes",
        "Corrected minutes: choose the meeting they replace (ctrl+r)",
    ),
    Command("paste.leave_field", "escape", "Leave field", "leave_field"),
    Command(
        "paste.clear",
        None,
        "Clear",
        "clear",
        "Clear pasted minutes",
        "Empty the text and the fields",
    ),
    # --- review ----------------------------------------------------------------------------
    Command(
        "review.resolve",
        "enter",
        "Resolve",
        "resolve",
        "Resolve name",
        "Pick a candidate, create a person or ignore",
        widgets=("NameTable",),
    ),
    Command(
        "review.best",
        "y",
        "Best match",
        "accept_best",
        "Accept best match",
        "Confirm the top candidate and learn the alias",
    ),
    Command(
        "review.create",
        "n",
        "New person",
        "create",
        "New person from name",
        "Add the name to the directory",
    ),
    Command("review.ignore", "x", "Ignore", "ignore", "Ignore name", "Leave it unmatched"),
    Command(
        "review.add_all",
        "A",
        "Add all new",
        "add_all",
        "Add all new people",
        "Every unknown name in view that is a person's, with its role",
    ),
    Command(
        "review.meeting",
        "w",
        "Meeting",
        "choose_meeting",
        "Names of one meeting",
        "Narrow the names to one meeting, or all (w)",
    ),
    Command(
        "review.samples",
        "s",
        "Samples",
        "toggle_samples",
        "Show / hide the samples' names",
        "The names in the sample minutes (s)",
    ),
    Command(
        "review.switch_view",
        "v",
        "Matched/waiting",
        "switch_view",
        "Show matches made without asking",
        "Or, again, the names waiting (v)",
    ),
    Command(
        "review.undo",
        "u",
        "Undo match",
        "undo",
        "Undo automatic match",
        "Not this person: review the name again (u)",
    ),
    Command(
        "review.accept_proposal",
        "enter",
        "Accept update",
        "accept_proposal",
        "Accept proposed update",
        "Apply the highlighted proposal (asks first)",
        widgets=("ProposalTable",),
        on_screen=False,
    ),
    Command(
        "review.reject_proposal",
        "x",
        "Reject update",
        "reject_proposal",
        "Reject proposed update",
        "Set the highlighted proposal aside",
        widgets=("ProposalTable",),
        on_screen=False,
    ),
    # --- actions ---------------------------------------------------------------------------
    Command(
        "actions.filter",
        "slash",
        "Filter",
        "filter",
        "Filter actions",
        "Type words to narrow the actions",
        key_display="/",
    ),
    Command(
        "actions.overdue",
        "o",
        "Overdue",
        "toggle_overdue",
        "Toggle overdue only",
        "Show only overdue actions, or all again",
    ),
    Command(
        "actions.committee",
        "c",
        "Committee",
        "cycle_committee",
        "Next committee",
        "Show one committee's actions, then all",
    ),
    Command(
        "actions.status",
        "s",
        "Open/all",
        "cycle_status",
        "Open / all statuses",
        "Cycle open, all, done, dropped",
    ),
    Command(
        "actions.done",
        "d",
        "Done",
        "done",
        "Mark action done",
        "The highlighted action is complete",
    ),
    Command(
        "actions.drop",
        "x",
        "Drop",
        "drop",
        "Drop action",
        "The highlighted action will not be done",
    ),
    Command(
        "actions.note",
        "u",
        "Update",
        "note",
        "Add update note",
        "A progress note in the action's history",
    ),
    Command(
        "actions.edit",
        "e",
        "Owner/due",
        "edit",
        "Edit owner and due date",
        "Reassign or re-date the highlighted action",
    ),
    Command(
        "actions.detail",
        "enter",
        "Detail",
        "detail",
        "Action detail",
        "History and source passage",
        widgets=("ActionTable",),
    ),
    Command(
        "actions.export",
        "E",
        "Export",
        "export",
        "Export this view's committee",
        "Follow-up sheet",
    ),
    Command(
        "actions.pause",
        "P",
        "Pause/resume",
        "pause",
        "Pause / resume action",
        "On hold, out of the overdue count, or open again",
    ),
    Command(
        "actions.chase",
        "C",
        "Chasers",
        "chase",
        "Chasers",
        "A message to each owner of the committee's open actions",
    ),
    Command("actions.clear_filter", "escape", "Clear filter", "clear_filter", show=False),
    # --- follow-ups ------------------------------------------------------------------------
    Command(
        "follow_ups.scheduled",
        "s",
        "Scheduled",
        "mark('scheduled')",
        "Mark follow-up scheduled",
        "It is on a future agenda",
    ),
    Command(
        "follow_ups.done",
        "d",
        "Done",
        "mark('done')",
        "Mark follow-up done",
        "It came back to the committee",
    ),
    Command(
        "follow_ups.committee",
        "c",
        "Committee",
        "cycle_committee",
        "Follow-ups of next committee",
        "One committee's plan, then all",
    ),
    Command(
        "follow_ups.view",
        "v",
        "Pending/all",
        "cycle_view",
        "Pending / all follow-ups",
        "Show done and dropped ones too",
    ),
    # --- people ----------------------------------------------------------------------------
    Command(
        "people.filter",
        "slash",
        "Find",
        "filter",
        "Find person",
        "Narrow the directory by name, role, alias or committee",
        key_display="/",
    ),
    Command("people.add", "n", "Add", "add", "Add person", "A new person or body in the directory"),
    Command(
        "people.edit",
        "e",
        "Edit",
        "edit",
        "Edit person",
        "Name, organisation and email of the highlighted person",
    ),
    Command(
        "people.merge",
        "M",
        "Merge",
        "merge",
        "Merge duplicate",
        "Fold the highlighted person into another entry",
    ),
    Command(
        "people.committees",
        "c",
        "Committees",
        "committees",
        "Committees of person",
        "Seat the highlighted person on a committee, or not",
    ),
    Command("people.leave_filter", "escape", "Table", "leave_filter", show=False),
)


def commands_of(scope: str) -> list[Command]:
    """The commands of one screen (its mode) or of the app (`APP`), in order."""
    return [c for c in COMMANDS if c.scope == scope]


def bindings(scope: str, widget: str | None = None) -> list[Binding]:
    """The key bindings of a screen or the app, or (`widget`) of one of the screen's widgets,
    whose actions then run on the screen."""
    return [
        command_binding(c, on_widget=widget is not None)
        for c in commands_of(scope)
        if c.key and (widget in c.widgets if widget else c.on_screen)
    ]


def command_binding(
    command: Command, keymap: dict[str, str] | None = None, *, on_widget: bool = False
) -> Binding:
    """The command's key binding, with the key `keymap` gives it, if any."""
    from textual.binding import Binding

    key = (keymap or {}).get(command.id, command.key)
    assert key is not None
    return Binding(
        key,
        f"screen.{command.action}" if on_widget else command.action,
        command.label,
        show=command.show,
        key_display=None if key != command.key else command.key_display,
        priority=command.priority,
        id=command.id,
    )


def palette(scope: str) -> list[Command]:
    """The commands of a screen or the app that the command palette offers."""
    return [c for c in commands_of(scope) if c.title]


def keymap_path() -> Path:
    """keys.toml in the user config folder (`CLERK_KEYS` when set)."""
    env = os.environ.get("CLERK_KEYS")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return platformdirs.user_config_path("clerk-tui", appauthor=False) / "keys.toml"


class KeymapError(InputError):
    """keys.toml cannot be used; the message says why in one line."""


def load_keymap(path: Path | None = None) -> dict[str, str]:
    """The clerk's keys from keys.toml (none when there is no file): command id -> key.
    Raises KeymapError for a file that is not TOML or names an unknown command."""
    path = path or keymap_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise KeymapError(f"{path}: {exc}") from None
    keys = data.get("keys", {})
    known = {c.id for c in COMMANDS if c.key}
    if not isinstance(keys, dict) or not all(isinstance(v, str) for v in keys.values()):
        raise KeymapError(f'{path}: write each key as "command.id" = "key" under [keys]')
    unknown = sorted(set(keys) - known)
    if unknown:
        raise KeymapError(f"{path}: no command called {', '.join(unknown)} (clerk keys lists them)")
    return dict(keys)
