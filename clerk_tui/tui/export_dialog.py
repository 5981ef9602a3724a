"""Export a committee's action log from the app: committee, format, path; asks before
overwriting and says where the file went. `services.exports.export_sheet` writes it, in a
worker, as it does for `clerk export`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Select, Static

from clerk_tui.services.exports import FORMATS, default_export_path, export_sheet
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


class ExportDialog(ModalScreen[Path | None]):
    """Choose what to export (of the `committees` stored) and where; dismisses with the
    written path, or None."""

    app: ClerkApp  # type: ignore[assignment]

    BINDINGS = [
        Binding("ctrl+s", "export", "Export", id="export.write"),
        Binding("escape", "cancel", "Cancel", id="export.cancel"),
    ]

    def __init__(self, committee: str | None, committees: list[str]) -> None:
        super().__init__()
        self.committee = committee
        self.committees = committees
        self.path_edited = False
        """Once the clerk types a path, changing committee or format leaves it alone."""
        self.suggested_path = ""

    def compose(self) -> ComposeResult:
        names = self.committees
        chosen = next(
            (n for n in names if self.committee and n.lower() == self.committee.lower()), None
        )
        chosen = chosen or (names[0] if names else None)
        with Vertical(classes="dialog", id="export-box"):
            yield Static("Export action log", classes="dialog-title")
            yield Label("Committee")
            yield Select(
                [(Text(printable(n)), n) for n in names],  # names are never markup
                value=chosen if chosen else Select.NULL,
                allow_blank=not names,
                id="export-committee",
                prompt="no committees yet",
                compact=True,
            )
            yield Label("Format")
            yield Select(
                [(FORMAT_LABELS.get(f, f), f) for f in FORMATS],
                value="docx",
                allow_blank=False,
                id="export-format",
                compact=True,
            )
            yield Label("File")
            yield Input(id="export-path", compact=True)
            yield Checkbox("Include exempt (Part II) items", id="export-exempt", compact=True)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Export (ctrl+s)", variant="primary", id="export-go", compact=True)
                yield Button("Cancel (esc)", id="export-cancel", compact=True)

    def on_mount(self) -> None:
        self.suggest_path()
        self.query_one("#export-committee", Select).focus()

    def chosen(self) -> tuple[str | None, str]:
        committee = self.query_one("#export-committee", Select).value
        fmt = self.query_one("#export-format", Select).value
        return (committee if isinstance(committee, str) else None), str(fmt)

    def suggest_path(self) -> None:
        committee, fmt = self.chosen()
        if committee is None or self.path_edited:
            return
        self.suggested_path = str(default_export_path(committee, fmt, self.app.today))
        box = self.query_one("#export-path", Input)
        with box.prevent(Input.Changed):
            box.value = self.suggested_path

    @on(Select.Changed)
    def _choice_changed(self) -> None:
        self.suggest_path()

    @on(Input.Changed, "#export-path")
    def _path_typed(self, event: Input.Changed) -> None:
        self.path_edited = event.value != self.suggested_path

    @on(Input.Submitted, "#export-path")
    @on(Button.Pressed, "#export-go")
    def _go(self) -> None:
        self.action_export()

    @on(Button.Pressed, "#export-cancel")
    def _cancel(self) -> None:
        self.action_cancel()

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_export(self) -> None:
        committee, fmt = self.chosen()
        if committee is None:
            self.app.tell("There is no committee to export yet.", severity="warning")
            return
        text = self.query_one("#export-path", Input).value.strip()
        if not text:
            self.app.tell("Type where the file should go.", severity="warning")
            return
        target = Path(text).expanduser()
        exempt = self.query_one("#export-exempt", Checkbox).value
        if target.is_file():

            def answered(replace: bool | None) -> None:
                if replace:
                    self.write(committee, fmt, target, exempt, True)

            self.app.push_screen(ConfirmDialog(f"{target} already exists. Replace it?"), answered)
            return
        self.write(committee, fmt, target, exempt, False)

    def write(self, committee: str, fmt: str, target: Path, exempt: bool, force: bool) -> None:
        self.app.run_service(
            self,
            "export",
            export_sheet,
            committee,
            fmt,
            target,
            force=force,
            include_exempt=exempt,
            today=self.app.today,
            exclusive=True,
            done=lambda result: self.written(*result),
        )

    def written(self, path: Path, sheet: Any) -> None:
        self.app.tell(
            f"Wrote {path.resolve()}: {len(sheet.outstanding)} outstanding actions, "
            f"{len(sheet.follow_ups)} follow-ups, {len(sheet.completed)} completed.",
            timeout=10,
        )
        self.dismiss(path)
