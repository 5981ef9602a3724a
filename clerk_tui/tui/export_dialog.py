"""What leaves the app, each in one dialog: the committee chosen from a list, a date and the
folder (the Documents folder unless the clerk types another).

- `ExportDialog` (`E`): the action log as Word, Excel, CSV, Markdown or a calendar, headed
  with the next meeting's date (from the minutes, or as typed); asks before replacing a file.
- `ChaserDialog` (`C`): one message per owner of open actions, asking for an update by the
  date typed (a week before the next meeting by default), signed with the clerk's settings.

Something wrong (a date that cannot be read, a folder that does not exist, nothing to chase)
is said inside the dialog, which stays open with everything typed kept. The files are
written by `services.exports` in a worker, as `clerk export` and `clerk chase` write them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Select, Static

from clerk_tui.core.due_input import read_due_date
from clerk_tui.core.wording import plural
from clerk_tui.services.exports import (
    FORMATS,
    Chaser,
    chasers_for,
    default_chase_folder,
    default_export_path,
    export_sheet,
    write_chasers_for,
)
from clerk_tui.tui.common import printable
from clerk_tui.tui.dialogs import ConfirmDialog

if TYPE_CHECKING:
    from clerk_tui.tui.app import ClerkApp

FORMAT_LABELS = {
    "docx": "Word (.docx)",
    "xlsx": "Excel (.xlsx)",
    "csv": "CSV (.csv)",
    "md": "Markdown (.md)",
    "ics": "Calendar (.ics)",
}
DATE_EXAMPLE = "2024-07-15 or 15 July 2024"


class OutputDialog(ModalScreen[Path | None]):
    """The committee (from the `committees` stored, `committee` first), a date and a folder,
    then `write()`; dismisses with where it wrote, or None."""

    app: ClerkApp  # type: ignore[assignment]

    BINDINGS = [
        Binding("ctrl+s", "write", "Write", id="export.write"),
        Binding("escape", "cancel", "Cancel", id="export.cancel"),
    ]
    TITLE_TEXT = ""
    DATE_LABEL = ""
    GO_LABEL = ""
    PREFIX = ""
    """The dialog's widgets' id prefix: 'export', 'chase'."""

    def __init__(self, committee: str | None, committees: list[str], documents: Path) -> None:
        super().__init__()
        self.committee = committee
        self.committees = committees
        self.documents = documents
        """The folder written to unless the clerk types another."""
        self.folder_edited = False
        self.suggested_folder = ""

    def compose(self) -> ComposeResult:
        names = self.committees
        chosen = next(
            (n for n in names if self.committee and n.lower() == self.committee.lower()), None
        )
        chosen = chosen or (names[0] if names else None)
        p = self.PREFIX
        with Vertical(classes="dialog output-dialog", id=f"{p}-box"):
            yield Static(self.TITLE_TEXT, classes="dialog-title")
            yield Label("Committee")
            yield Select(
                [(Text(printable(n)), n) for n in names],  # names are never markup
                value=chosen if chosen else Select.NULL,
                allow_blank=not names,
                id=f"{p}-committee",
                prompt="no committees yet",
                compact=True,
            )
            yield from self.compose_choices()
            yield Label(self.DATE_LABEL)
            yield Input(placeholder=DATE_EXAMPLE, id=f"{p}-date", compact=True)
            yield Label("Folder")
            yield Input(id=f"{p}-folder", compact=True)
            yield Static("", id=f"{p}-about", markup=False, classes="dialog-hint")
            yield Checkbox("Include exempt (Part II) items", id=f"{p}-exempt", compact=True)
            yield Static("", id=f"{p}-problem", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.GO_LABEL, variant="primary", id=f"{p}-go", compact=True)
                yield Button("Cancel (esc)", id=f"{p}-cancel", compact=True)

    def compose_choices(self) -> ComposeResult:
        """Fields of one kind of output, between the committee and the date."""
        yield from ()

    def on_mount(self) -> None:
        self.committee_chosen()
        self.query_one(f"#{self.PREFIX}-committee", Select).focus()

    # --- what is chosen -------------------------------------------------------------------

    def chosen_committee(self) -> str | None:
        committee = self.query_one(f"#{self.PREFIX}-committee", Select).value
        return committee if isinstance(committee, str) else None

    def typed(self, name: str) -> str:
        return self.query_one(f"#{self.PREFIX}-{name}", Input).value.strip()

    def include_exempt(self) -> bool:
        return self.query_one(f"#{self.PREFIX}-exempt", Checkbox).value

    def typed_date(self) -> tuple[date | None, bool]:
        """The date typed (None when empty) and whether it could be read."""
        value = self.typed("date")
        if not value:
            return None, True
        found = read_due_date(value, self.app.today)
        return found, found is not None

    def folder(self) -> Path:
        return Path(self.typed("folder") or str(self.documents)).expanduser()

    def suggest_folder(self, folder: Path) -> None:
        """Put `folder` in the folder field unless the clerk has typed one."""
        if self.folder_edited:
            return
        self.suggested_folder = str(folder)
        box = self.query_one(f"#{self.PREFIX}-folder", Input)
        with box.prevent(Input.Changed):
            box.value = self.suggested_folder

    @on(Select.Changed)
    def _choice_changed(self, event: Select.Changed) -> None:
        if event.select.id == f"{self.PREFIX}-committee":
            self.committee_chosen()
        else:
            self.choice_changed()

    def committee_chosen(self) -> None:
        """A committee was chosen: refresh what depends on it."""
        self.choice_changed()

    def choice_changed(self) -> None:
        """Another choice changed (a format)."""

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        if event.input.id == f"{self.PREFIX}-folder":
            self.folder_edited = event.value != self.suggested_folder
        self.say("")

    @on(Input.Submitted)
    @on(Button.Pressed, "#export-go, #chase-go")
    def _go(self, event: Input.Submitted | Button.Pressed) -> None:
        event.stop()
        self.action_write()

    @on(Button.Pressed, "#export-cancel, #chase-cancel")
    def _cancel(self) -> None:
        self.action_cancel()

    def action_cancel(self) -> None:
        self.dismiss(None)

    def say(self, problem: str, field: str | None = None) -> None:
        """Say what is wrong inside the dialog (everything typed stays) and put the focus on
        the field at fault; '' clears it."""
        self.query_one(f"#{self.PREFIX}-problem", Static).update(Text(problem, style="bold red"))
        if field:
            self.query_one(f"#{self.PREFIX}-{field}").focus()

    def failed(self, error: Exception) -> None:
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        self.say(f"Not written: {reason}", "folder")

    def checked(self) -> tuple[str, date | None] | None:
        """The committee and the date, or None after saying what is wrong."""
        committee = self.chosen_committee()
        if committee is None:
            self.say("There is no committee yet: paste minutes first (i).")
            return None
        when, readable = self.typed_date()
        if not readable:
            self.say(f"“{self.typed('date')}” is not a date: try {DATE_EXAMPLE}.", "date")
            return None
        return committee, when

    def action_write(self) -> None:
        raise NotImplementedError


class ExportDialog(OutputDialog):
    """The committee's action log as a file in the folder, named for the committee, the
    format and the day."""

    TITLE_TEXT = "Export the action log"
    DATE_LABEL = "Next meeting (empty: the next one the minutes name)"
    GO_LABEL = "Export (ctrl+s)"
    PREFIX = "export"

    def compose_choices(self) -> ComposeResult:
        yield Label("Format")
        yield Select(
            [(FORMAT_LABELS.get(f, f), f) for f in FORMATS],
            value="docx",
            allow_blank=False,
            id="export-format",
            compact=True,
        )

    def chosen_format(self) -> str:
        return str(self.query_one("#export-format", Select).value)

    def choice_changed(self) -> None:
        self.suggest_folder(self.documents)
        committee = self.chosen_committee()
        about = self.query_one("#export-about", Static)
        if committee is not None:
            name = default_export_path(committee, self.chosen_format(), self.app.today)
            about.update(f"File: {name}")

    def target(self, committee: str) -> Path:
        name = default_export_path(committee, self.chosen_format(), self.app.today)
        return self.folder() / name

    def action_write(self) -> None:
        found = self.checked()
        if found is None:
            return
        committee, next_meeting = found
        folder = self.folder()
        if not folder.is_dir():
            self.say(f"There is no folder {folder}: type one that exists.", "folder")
            return
        target = self.target(committee)
        if target.is_file():

            def answered(replace: bool | None) -> None:
                if replace:
                    self.write(committee, target, next_meeting, force=True)

            self.app.push_screen(ConfirmDialog(f"{target} already exists. Replace it?"), answered)
            return
        self.write(committee, target, next_meeting, force=False)

    def write(self, committee: str, target: Path, next_meeting: date | None, force: bool) -> None:
        self.app.run_service(
            self,
            "export",
            export_sheet,
            committee,
            self.chosen_format(),
            target,
            force=force,
            include_exempt=self.include_exempt(),
            next_meeting=next_meeting,
            today=self.app.today,
            exclusive=True,
            done=lambda result: self.written(*result),
            failed=self.failed,
        )

    def written(self, path: Path, sheet: Any) -> None:
        self.app.tell(
            f"Wrote {path.resolve()}: {plural(len(sheet.outstanding), 'outstanding action')}, "
            f"{plural(len(sheet.follow_ups), 'follow-up')}, {len(sheet.completed)} completed.",
            timeout=10,
        )
        self.dismiss(path)


class ChaserDialog(OutputDialog):
    """One message per owner of the committee's open actions (.eml for Outlook, .md to
    read), into a dated folder."""

    TITLE_TEXT = "Chasers: a message to each owner of open actions"
    DATE_LABEL = "Ask for updates by"
    GO_LABEL = "Write chasers (ctrl+s)"
    PREFIX = "chase"

    def __init__(self, committee: str | None, committees: list[str], documents: Path) -> None:
        super().__init__(committee, committees, documents)
        self.date_edited = False
        self.suggested_date = ""
        self.chasers: list[Chaser] = []

    def committee_chosen(self) -> None:
        """Count the committee's owners (a worker): the default date, what will go."""
        committee = self.chosen_committee()
        if committee is None:
            return
        self.suggest_folder(self.documents / default_chase_folder(committee, self.app.today))
        self.app.run_service(
            self,
            "chase-count",
            chasers_for,
            committee,
            today=self.app.today,
            include_exempt=self.include_exempt(),
            exclusive=True,
            done=lambda chasers: self.counted(committee, chasers),
        )

    @on(Checkbox.Changed)
    def _exempt_changed(self) -> None:
        self.committee_chosen()

    @on(Input.Changed, "#chase-date")
    def _date_typed(self, event: Input.Changed) -> None:
        self.date_edited = event.value != self.suggested_date

    def counted(self, committee: str, chasers: list[Chaser]) -> None:
        if committee != self.chosen_committee():
            return
        self.chasers = chasers
        about = self.query_one("#chase-about", Static)
        if not chasers:
            about.update(f"{committee} has no open actions to chase.")
            return
        if not self.date_edited:
            self.suggested_date = chasers[0].reply_by.isoformat()
            box = self.query_one("#chase-date", Input)
            with box.prevent(Input.Changed):
                box.value = self.suggested_date
        addressed = sum(1 for c in chasers if c.recipient.email)
        sender = chasers[0].sender
        signed = (
            f"signed {sender.name}"
            if sender.name
            else "not signed yet: your name and email in Settings (ctrl+p)"
        )
        about.update(
            f"{plural(len(chasers), 'owner')} to chase, {addressed} with an email address "
            f"from the directory; {signed}."
        )

    def action_write(self) -> None:
        found = self.checked()
        if found is None:
            return
        committee, reply_by = found
        if not self.chasers:
            self.say(f"{committee} has no open actions to chase.", "committee")
            return
        self.app.run_service(
            self,
            "chase",
            write_chasers_for,
            committee,
            self.folder(),
            reply_by=reply_by,
            today=self.app.today,
            include_exempt=self.include_exempt(),
            done=lambda written: self.written(committee, *written),
            failed=self.failed,
        )

    def written(
        self, committee: str, chasers: list[Chaser], folder: Path | None, files: list[Path]
    ) -> None:
        if folder is None:
            self.say(f"{committee} has no open actions to chase.", "committee")
            return
        self.app.tell(
            f"Chasers for {plural(len(chasers), 'owner')} of {committee} written to {folder} "
            f"({plural(len(files), 'file')}: .eml for Outlook, .md to read).",
            timeout=10,
        )
        self.dismiss(folder)
