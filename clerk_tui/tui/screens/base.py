"""What the tracking screens (actions, follow-ups, people, review) share."""

from __future__ import annotations

import threading
from typing import Any

from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable

db_lock = threading.Lock()
"""One user of the app's connection at a time: a screen's loading worker or an edit."""


class ReloadingScreen(Screen[None]):
    """A screen that reads the store again each time the clerk comes back to it, but not
    when one of its own dialogs closes, so a row just changed stays where the clerk left it."""

    def __init__(self) -> None:
        super().__init__()
        self.in_dialog = False

    def reload(self) -> None:
        raise NotImplementedError

    def on_screen_resume(self) -> None:
        if self.in_dialog:
            self.in_dialog = False
        else:
            self.reload()

    def ask(self, dialog: ModalScreen[Any], answered: Any = None) -> None:
        """Push one of this screen's dialogs; `answered` gets its result."""
        self.in_dialog = True
        self.app.push_screen(dialog, answered)


def row_at_cursor(table: DataTable[Any], rows: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The row behind the table's cursor, or None when the table is empty."""
    return rows[table.cursor_row] if 0 <= table.cursor_row < len(rows) else None
