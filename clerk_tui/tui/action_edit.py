"""Reassign or re-date one action in one dialog: the owner (names from the directory offered)
and the due date as the clerk says it ("next Friday", "28 June", "2025-07-01"), with the date
it reads shown as they type ("next Friday → Fri 11 Dec 2026") and, when the phrase has two
readings, the other one to choose with the arrow keys. Only a date is stored, never the
phrase typed; a due date it cannot read keeps the dialog open with what was typed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label, Static

from clerk_tui.core.due_input import Reading, due_readings
from clerk_tui.core.refs import of_row
from clerk_tui.core.status import day_label
from clerk_tui.tui.common import printable


@dataclass(frozen=True)
class ActionEdit:
    """What the clerk saved: the owner as typed and the due date (None: no due date)."""

    owner: str
    due: date | None


def describe(reading: Reading) -> str:
    """'Fri 11 Dec 2026 (next week's Friday)'."""
    meaning = f" ({reading.meaning})" if reading.meaning else ""
    return f"{day_label(reading.day)}{meaning}"


class EditActionDialog(ModalScreen[ActionEdit | None]):
    """Owner and due date of `action` (a stored row); dismisses with an ActionEdit, or None."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="edit_action.cancel"),
        Binding("up", "reading(-1)", "Other reading", show=False, id="edit_action.reading_up"),
        Binding("down", "reading(1)", "Other reading", show=False, id="edit_action.reading_down"),
    ]

    def __init__(self, action: dict[str, Any], people: list[str], today: date) -> None:
        super().__init__()
        self.action = action
        self.people = people
        self.today = today
        self.readings: list[Reading] = []
        self.chosen = 0

    def compose(self) -> ComposeResult:
        action = self.action
        heading = Text(f"Action {of_row(action)}  ", style="bold")
        heading.append(printable(action["text"]))
        suggester = SuggestFromList(self.people, case_sensitive=False) if self.people else None
        with Vertical(classes="dialog", id="edit-action"):
            yield Static(heading, classes="dialog-message")
            with Grid(id="edit-action-fields"):
                yield Label("Owner")
                yield Input(
                    action["person"] or action["owner"] or "",
                    placeholder="a name from the directory, or as written",
                    suggester=suggester,
                    id="edit-owner",
                    compact=True,
                )
                yield Label("Due")
                yield Input(
                    action["due"] or "",
                    placeholder="28 June, next Friday, 2025-07-01; empty: no date",
                    id="edit-due",
                    compact=True,
                )
            yield Static("", id="edit-due-reading", markup=False)
            if action["due_text"]:
                yield Static(
                    printable(f"The minutes said: “{action['due_text']}”"),
                    classes="dialog-hint",
                    markup=False,
                )
            yield Static("enter saves · tab next field · escape cancels", classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one("#edit-owner", Input).focus()
        self.show_reading(self.query_one("#edit-due", Input).value)

    @on(Input.Changed, "#edit-due")
    def _due_changed(self, event: Input.Changed) -> None:
        self.chosen = 0
        self.show_reading(event.value)

    def show_reading(self, typed: str) -> None:
        """The date the typed phrase gives ('next Friday → Fri 11 Dec 2026'), and the other
        reading, when there is one, to choose with the arrow keys."""
        self.readings = due_readings(typed, self.today)
        text = Text()
        if not typed.strip():
            text.append("No due date", style="dim")
        elif not self.readings:
            said = f"“{typed.strip()}” is not a date: try 28 June, next Friday or 2025-07-01"
            text.append(printable(said), style="red")
        else:
            chosen = self.readings[self.chosen]
            others = [r for r in self.readings if r is not chosen]
            text.append(printable(f"{typed.strip()} → {describe(chosen)}"), style="bold")
            for other in others:
                text.append(f"\n   or {describe(other)}: ↑↓ takes it", style="dim")
        self.query_one("#edit-due-reading", Static).update(text)

    def action_reading(self, step: int) -> None:
        if len(self.readings) > 1:
            self.chosen = (self.chosen + step) % len(self.readings)
            self.show_reading(self.query_one("#edit-due", Input).value)

    @on(Input.Submitted, "#edit-owner")
    def _owner_entered(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one("#edit-due", Input).focus()

    @on(Input.Submitted, "#edit-due")
    def _due_entered(self, event: Input.Submitted) -> None:
        event.stop()
        owner = self.query_one("#edit-owner", Input).value.strip()
        if event.value.strip() and not self.readings:
            self.app.bell()  # the reading line already says why; what was typed stays
            return
        due = self.readings[self.chosen].day if self.readings else None
        self.dismiss(ActionEdit(owner, due))

    def action_cancel(self) -> None:
        self.dismiss(None)
