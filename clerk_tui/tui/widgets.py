"""Widgets shared by the screens."""

from __future__ import annotations

from textual.widgets import TextArea
from textual.widgets.text_area import Selection

from clerk_tui.tui.common import printable


class MinutesView(TextArea):
    """Minutes text, read-only, that can highlight one passage and scroll it into view."""

    def __init__(self, text: str = "", **kwargs: object) -> None:
        super().__init__(
            printable(text),
            read_only=True,
            soft_wrap=True,
            show_line_numbers=False,
            **kwargs,  # type: ignore[arg-type]
        )

    def show_text(self, text: str) -> None:
        self.load_text(printable(text))

    def highlight(self, start: int | None, end: int | None) -> None:
        """Select characters start..end of the text and scroll them into view."""
        if start is None or end is None:
            return
        length = len(self.text)
        start, end = max(0, min(start, length)), max(0, min(end, length))
        document = self.document
        # The cursor end sits at the passage's start, so scrolling shows its beginning.
        self.selection = Selection(
            document.get_location_from_index(end), document.get_location_from_index(start)
        )
        self.scroll_cursor_visible(center=True, animate=False)
