"""Small modal dialogs shared by every screen: confirm a step, prompt for one value, pick
one of a few choices, fill in a short form, find a person in the directory.

The first screen imports this module, so what only one dialog needs (the fuzzy finder and
its rapidfuzz, Textual's TextArea) is imported when that dialog is built."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Button, Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from clerk_tui.tui.common import printable


class ConfirmDialog(ModalScreen[bool]):
    """Ask a yes/no question; dismisses with True for yes (`y`/enter), False for no."""

    BINDINGS = [
        Binding("y", "answer(True)", "Yes", id="dialog.yes"),
        Binding("n", "answer(False)", "No", id="dialog.no"),
        Binding("escape", "answer(False)", "Cancel", id="dialog.cancel"),
    ]

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.message, markup=False, classes="dialog-message")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Yes (y)", variant="primary", id="yes")
                yield Button("No (n)", id="no")

    def on_mount(self) -> None:
        self.query_one("#yes", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)


class PromptDialog(ModalScreen[str | None]):
    """Ask for one line of text; enter submits it, escape dismisses with None."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="dialog.cancel")]

    def __init__(
        self,
        title: str,
        value: str = "",
        suggestions: list[str] | None = None,
        placeholder: str = "",
    ) -> None:
        super().__init__()
        self.prompt_title = title
        self.value = value
        self.suggestions = suggestions
        self.placeholder = placeholder

    def compose(self) -> ComposeResult:
        suggester = (
            SuggestFromList(self.suggestions, case_sensitive=False) if self.suggestions else None
        )
        with Vertical(classes="dialog"):
            yield Static(self.prompt_title, markup=False, classes="dialog-message")
            yield Input(self.value, placeholder=self.placeholder, suggester=suggester)
            yield Static("enter to confirm, escape to cancel", classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ChoiceDialog(ModalScreen[str | None]):
    """Pick one of a few labelled choices (enter), or escape."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="dialog.cancel")]

    def __init__(self, title: str, choices: list[tuple[str, Text]]) -> None:
        super().__init__()
        self.prompt_title = title
        self.choices = choices

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.prompt_title, markup=False, classes="dialog-message")
            yield OptionList(*[Option(label, id=key) for key, label in self.choices])
            yield Static("enter to choose, escape to cancel", classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)


Field = tuple[str, str, str]
"""A form field: (key, label, value it starts with)."""


class FormDialog(ModalScreen[dict[str, str] | None]):
    """A few labelled one-line fields (a meeting's committee, date and title; the clerk's
    settings). ctrl+s or enter on the last field submits: `check(values)` says what is wrong
    in one line, or None; while something is wrong the dialog stays, with everything typed
    kept and the focus on the field at fault. Dismisses with the values, or None (escape)."""

    BINDINGS = [
        Binding("ctrl+s", "submit", "Save", id="form.save"),
        Binding("escape", "cancel", "Cancel", id="dialog.cancel"),
    ]

    def __init__(
        self,
        title: str,
        fields: list[Field],
        *,
        check: Callable[[dict[str, str]], tuple[str, str] | None] | None = None,
        suggestions: dict[str, list[str]] | None = None,
        placeholders: dict[str, str] | None = None,
        multiline: frozenset[str] = frozenset(),
        hint: str = "enter or ctrl+s saves · escape cancels",
    ) -> None:
        super().__init__()
        self.form_title = title
        self.fields = fields
        self.check = check
        self.suggestions = suggestions or {}
        self.placeholders = placeholders or {}
        self.multiline = multiline
        """Fields of several lines (a signature): a text area, where enter starts a line."""
        self.hint = hint

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog form-dialog"):
            yield Static(self.form_title, markup=False, classes="dialog-title")
            for key, label, value in self.fields:
                yield Label(label, classes="form-label")
                if key in self.multiline:
                    from textual.widgets import TextArea

                    yield TextArea(value, id=f"form-{key}", soft_wrap=True, compact=True)
                    continue
                names = self.suggestions.get(key)
                yield Input(
                    value,
                    placeholder=self.placeholders.get(key, ""),
                    suggester=SuggestFromList(names, case_sensitive=False) if names else None,
                    id=f"form-{key}",
                    compact=True,
                )
            yield Static("", id="form-problem", markup=False)
            yield Static(self.hint, classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one(f"#form-{self.fields[0][0]}").focus()

    def values(self) -> dict[str, str]:
        found = {}
        for key, _, _ in self.fields:
            field = self.query_one(f"#form-{key}")
            found[key] = field.text if key in self.multiline else field.value  # type: ignore[attr-defined]
        return found

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        keys = [key for key, _, _ in self.fields]
        index = keys.index((event.input.id or "").removeprefix("form-"))
        if index == len(keys) - 1:
            self.action_submit()
        else:
            self.query_one(f"#form-{keys[index + 1]}").focus()

    def action_submit(self) -> None:
        values = self.values()
        problem = self.check(values) if self.check else None
        if problem is None:
            self.dismiss(values)
            return
        self.show_problem(*problem)

    def show_problem(self, key: str, message: str) -> None:
        """Say what is wrong under the fields and put the focus on the field at fault."""
        self.query_one("#form-problem", Static).update(Text(message, style="bold red"))
        self.query_one(f"#form-{key}").focus()

    def action_cancel(self) -> None:
        self.dismiss(None)


class PersonPicker(ModalScreen[int | None]):
    """Find someone in the directory by typing: typos, a part of the name, an alias or a
    role will do (`core.fuzzy`). Enter takes the highlighted person; dismisses with their id,
    or None (escape)."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="dialog.cancel"),
        Binding("down", "move(1)", show=False),
        Binding("up", "move(-1)", show=False),
    ]
    SHOWN = 30

    def __init__(self, title: str, people: list[dict[str, Any]], query: str = "") -> None:
        super().__init__()
        from clerk_tui.core import fuzzy

        self.prompt_title = title
        self.people = {int(p["id"]): p for p in people}
        self.findable = [fuzzy.as_findable(p) for p in people]
        self.query_text = query

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.prompt_title, markup=False, classes="dialog-message")
            yield Input(self.query_text, placeholder="a name, part of one, an alias or a role")
            yield OptionList(id="picker-list")
            yield Static(
                "type to narrow · enter to choose · escape to cancel", classes="dialog-hint"
            )

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        self.fill(self.query_text)

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        self.fill(event.value)

    def fill(self, query: str) -> None:
        from clerk_tui.core import fuzzy

        found = self.query_one("#picker-list", OptionList)
        found.clear_options()
        for pid in fuzzy.rank(query, self.findable, self.SHOWN):
            person = self.people[pid]
            label = Text(printable(person["name"]))
            role = next((r["title"] for r in person.get("roles", ()) if not r["to"]), None)
            if role:
                label.append(f"  {printable(role)}", style="dim")
            found.add_option(Option(label, id=str(pid)))
        if found.option_count:
            found.highlighted = 0

    def action_move(self, step: int) -> None:
        found = self.query_one("#picker-list", OptionList)
        if found.option_count:
            found.highlighted = ((found.highlighted or 0) + step) % found.option_count

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        found = self.query_one("#picker-list", OptionList)
        if found.highlighted is None:
            self.app.notify("Nobody in the directory fits that; try fewer letters.", markup=False)
            return
        option = found.get_option_at_index(found.highlighted)
        self.dismiss(int(option.id or 0))

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(int(event.option.id or 0))

    def action_cancel(self) -> None:
        self.dismiss(None)
