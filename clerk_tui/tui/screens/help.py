"""Help (`?`): every key of every screen, generated from the bindings themselves."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


def bindings_of(cls: type[Any]) -> list[Binding]:
    """The described bindings a class declares, its own and inherited (not Textual's)."""
    found: list[Binding] = []
    seen: set[str] = set()
    for klass in cls.__mro__:
        if klass.__module__.startswith("textual."):
            continue
        declared: list[BindingType] = klass.__dict__.get("BINDINGS", [])
        for binding in Binding.make_bindings(declared):
            if binding.description and binding.key not in seen:
                seen.add(binding.key)
                found.append(binding)
    return found


def key_sections(
    app: Any, current: type[Any] | None = None
) -> list[tuple[str, list[tuple[str, str]]]]:
    """(section title, [(key, description)]) for the app and each screen that exists; the
    screen the clerk is on (`current`) comes first."""
    from clerk_tui.tui.app import MODE_SCREENS, screen_class

    def rows(cls: type[Any]) -> list[tuple[str, str]]:
        return [(app.get_key_display(b), b.description) for b in bindings_of(cls)]

    screens = []
    for mode, (_, _, title) in MODE_SCREENS.items():
        try:
            cls = screen_class(mode)
        except ImportError:
            continue
        if rows(cls):
            screens.append((cls, title))
    here = [(f"This screen: {title}", rows(cls)) for cls, title in screens if cls is current]
    others = [(title, rows(cls)) for cls, title in screens if cls is not current]
    return [*here, ("Everywhere", rows(type(app))), *others]


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
        text.append("In a text field, escape leaves the field so the single keys work again.")
        with Vertical(id="help-box"):
            yield Static("Keys", classes="dialog-title")
            with VerticalScroll():
                yield Static(text, id="help-keys")
            yield Static("escape closes", classes="dialog-hint")
