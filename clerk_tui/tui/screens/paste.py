"""Placeholder: PasteScreen is being built."""

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer, Header, Static


class PasteScreen(Screen[None]):
    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("paste")
        yield Footer()
