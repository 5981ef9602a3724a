"""Widgets and helpers shared by the screens."""

from __future__ import annotations

import re

from textual.widgets import TextArea
from textual.widgets.text_area import Selection

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode "control picture": ␛ for ESC
    return "\u2421" if code == 0x7F else "\ufffd"


def printable(value: object) -> str:
    """Text with control characters (terminal escapes) shown as visible symbols, one for one,
    so character offsets into the text still hold."""
    return _CONTROL.sub(_picture, "" if value is None else str(value))


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
