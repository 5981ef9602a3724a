"""Help (`?`): every key of every screen, from the command registry (`tui.commands`), as
the clerk's keys.toml has them."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from clerk_tui.tui.commands import APP, SCREENS, command_binding, commands_of, keymap_path


def key_sections(
    app: Any, current: type[Any] | None = None
) -> list[tuple[str, list[tuple[str, str]]]]:
    """(section title, [(key, what it does)]) for the app and each screen, from the registry
    with the clerk's own keys; the screen the clerk is on (`current`) comes first."""

    def rows(scope: str) -> list[tuple[str, str]]:
        return [
            (app.get_key_display(binding), binding.description)
            for command in commands_of(scope)
            if command.key
            for binding in [command_binding(command, app.keymap)]
        ]

    here = getattr(current, "SCOPE", None)
    screens = [(mode, screen.title) for mode, screen in SCREENS.items()]
    first = [(f"This screen: {title}", rows(mode)) for mode, title in screens if mode == here]
    others = [(title, rows(mode)) for mode, title in screens if mode != here]
    return [*first, ("Everywhere", rows(APP)), *others]


class HelpScreen(ModalScreen[None]):
    """A modal listing every key; escape, q or ? closes it."""

    BINDINGS = [
        Binding("escape", "dismiss", "Close", id="help.close"),
        Binding("q", "dismiss", "Close", show=False, id="help.close_q"),
        Binding("question_mark", "dismiss", "Close", show=False, id="help.close_help"),
    ]

    def __init__(self, current: type[Any] | None = None) -> None:
        super().__init__()
        self.current = current

    def compose(self) -> ComposeResult:
        text = Text()
        for title, keys in key_sections(self.app, self.current):
            text.append(f"{title}\n", style="bold")
            for key, description in keys:
                text.append(f"  {key:>10}  ", style="bold")
                text.append(f"{description}\n")
            text.append("\n")
        text.append("In a list: ↑ ↓ move, PgUp PgDn a page, Home End the first and last row.\n")
        text.append("In a text field, escape leaves the field so the single keys work again.\n")
        text.append(f"Change a key in {keymap_path()} (clerk keys lists the commands).", "dim")
        with Vertical(id="help-box"):
            yield Static("Keys", classes="dialog-title")
            with VerticalScroll():
                yield Static(text, id="help-keys")
            yield Static("escape closes", classes="dialog-hint")
