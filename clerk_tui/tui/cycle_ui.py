"""The meeting cycle in the app: chasers for a committee, and the choice of what to do with
actions that vanished from amended minutes. The store does the work (`store.cycle`,
`export.chase`); this module only asks the clerk and reports.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import SelectionList, Static
from textual.widgets.selection_list import Selection

from clerk_tui.core.amend import AmendmentDiff, StoredAction
from clerk_tui.core.due_input import read_due_date
from clerk_tui.store import StoreError
from clerk_tui.tui.dialogs import PromptDialog
from clerk_tui.tui.widgets import printable

if TYPE_CHECKING:
    from clerk_tui.tui.app import ClerkApp


def plural(count: int, one: str, many: str | None = None) -> str:
    return f"{count} {one if count == 1 else many or one + 's'}"


# --- amended minutes ------------------------------------------------------------------------


def vanished_label(action: StoredAction) -> Text:
    label = Text(f"{action.id}  ", style="bold")
    label.append(printable(action.text))
    if action.owner:
        label.append(f"  {printable(action.owner)}", style="dim")
    return label


class VanishedDialog(ModalScreen[set[int] | None]):
    """Actions stored for a meeting but missing from its corrected minutes: the clerk ticks
    those to drop; the others are kept. Dismisses with the ids to drop, or None to cancel."""

    BINDINGS = [
        Binding("ctrl+s", "confirm", "Update meeting", id="vanished.confirm"),
        Binding("escape", "cancel", "Cancel", id="vanished.cancel"),
    ]

    def __init__(self, meeting: str, vanished: list[StoredAction]) -> None:
        super().__init__()
        self.meeting = meeting
        self.vanished = vanished

    def compose(self) -> ComposeResult:
        count = plural(len(self.vanished), "action is", "actions are")
        with Vertical(classes="dialog", id="vanished-dialog"):
            yield Static(
                f"{count} stored for {self.meeting} but not in the corrected minutes. "
                "Tick those to drop; the others are kept (with their history).",
                markup=False,
                classes="dialog-message",
            )
            yield SelectionList[int](
                *[Selection(vanished_label(a), a.id, False) for a in self.vanished],
                id="vanished-list",
            )
            yield Static(
                "space ticks or unticks · ctrl+s updates the meeting · escape cancels",
                classes="dialog-hint",
            )

    def on_mount(self) -> None:
        self.query_one(SelectionList).focus()

    def action_confirm(self) -> None:
        self.dismiss(set(self.query_one(SelectionList).selected))

    def action_cancel(self) -> None:
        self.dismiss(None)


def amendment_text(meeting: str, diff: AmendmentDiff) -> Text:
    """The preview's account of what storing corrected minutes would change."""
    out = Text()
    out.append(f"Updates {printable(meeting)}\n", "bold")
    out.append(f"Actions: {diff.summary()}\n", "dim")
    for pairing in diff.changed:
        out.append(f"~ {pairing.old.id} ", "bold")
        out.append(printable(pairing.new.text))
        out.append(f"  changed: {', '.join(pairing.changed)}\n", "dim")
    for _index, action in diff.new:
        out.append("+ new ", "bold")
        out.append(printable(action.text) + "\n")
    for gone in diff.vanished:
        out.append(f"- {gone.id} ", "bold")
        out.append(printable(gone.text))
        out.append("  not in these minutes (ctrl+s asks: drop or keep)\n", "dim")
    if diff.unchanged:
        out.append("The actions are the same; statuses and notes stay as they are.\n", "dim")
    return out


def proposals_message(count: int) -> str:
    """What the clerk is told after storing minutes that report progress on open actions."""
    updates = plural(count, "proposed update")
    return f"{updates} to open actions — press r to review"


# --- chasers ----------------------------------------------------------------------------------


def prepare_chasers(app: ClerkApp, committee: str | None) -> None:
    """Ask for the committee (when not given), the reply-by date and the folder, then write
    one chaser per owner of the committee's open actions and say where they went."""
    from clerk_tui.store.meetings import committees

    if committee:
        _ask_reply_date(app, committee)
        return
    names = committees(app.db)
    if not names:
        app.tell("No committees yet: paste minutes first (i).", severity="warning")
        return

    def chosen(name: str | None) -> None:
        if name and name.strip():
            _ask_reply_date(app, name.strip())

    app.push_screen(
        PromptDialog("Chasers for which committee?", value=names[0], suggestions=names), chosen
    )


def _ask_reply_date(app: ClerkApp, committee: str) -> None:
    from clerk_tui.export.chase import build_chasers

    try:
        chasers = build_chasers(app.db, committee, today=app.today)
    except StoreError as exc:
        app.tell(str(exc), severity="error")
        return
    if not chasers:
        app.tell(f"{committee} has no open actions to chase.", severity="warning")
        return
    name = chasers[0].committee
    default = chasers[0].reply_by

    def got_date(value: str | None) -> None:
        if value is None:
            return
        reply_by = read_due_date(value, app.today) if value.strip() else default
        if reply_by is None:
            app.tell(
                f"Could not read the date “{value.strip()}”: use 2024-07-15 or 15 July 2024.",
                severity="error",
            )
            return
        _ask_folder(app, name, reply_by)

    app.push_screen(
        PromptDialog(
            f"{name}: {plural(len(chasers), 'owner')} to chase. Ask for updates by",
            value=default.isoformat(),
            placeholder="2024-07-15 or 15 July 2024",
        ),
        got_date,
    )


def _ask_folder(app: ClerkApp, committee: str, reply_by: date) -> None:
    from clerk_tui.export.chase import default_chase_folder

    def got_folder(value: str | None) -> None:
        if value is not None and value.strip():
            write_chasers_for(app, committee, reply_by, Path(value.strip()).expanduser())

    default = Path.cwd() / default_chase_folder(committee, app.today)
    app.push_screen(
        PromptDialog("Write the chasers into the folder", value=str(default)), got_folder
    )


def write_chasers_for(app: ClerkApp, committee: str, reply_by: date, folder: Path) -> None:
    """Build and write the committee's chasers (exempt actions left out); tell the clerk."""
    from clerk_tui.export.chase import build_chasers, write_chasers

    try:
        chasers = build_chasers(app.db, committee, reply_by=reply_by, today=app.today)
        written = write_chasers(chasers, folder)
    except StoreError as exc:
        app.tell(str(exc), severity="error")
        return
    app.tell(
        f"Chasers for {plural(len(chasers), 'owner')} of {committee} written to {folder} "
        f"({plural(len(written), 'file')}: .eml for Outlook, .md to read)."
    )
