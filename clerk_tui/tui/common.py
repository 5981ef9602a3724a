"""What the screens share: user text made safe to show, a screen that reloads when the clerk
comes back, and the helpers that turn stored rows into table cells and words."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable
from textual.widgets import Footer as TextualFooter
from textual.widgets._footer import FooterKey

from clerk_tui.core.refs import short_name
from clerk_tui.core.status import status_of
from clerk_tui.core.wording import plural

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


def several_lines(text: str) -> bool:
    """Whether pasted text holds more than one line (blank ends aside): minutes, not a name
    or a date."""
    return len(text.strip().splitlines()) > 1


class Footer(TextualFooter):
    """Textual's footer, rebuilt only when the keys it shows change.

    Textual rebuilds its footer each time a screen's bindings may have changed (focus moves,
    a screen resumes...), after the next refresh: while the first screen opened, up to six
    times, most showing the very keys already there, about 20 ms each."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: tuple[object, ...] | None = None
        """What the keys built last show (`keys_to_show`)."""

    def keys_to_show(self) -> tuple[object, ...] | None:
        """Each active binding as shown (the binding, whether enabled, its tooltip and key
        label); None until the screen's bindings are ready."""
        if not self._bindings_ready:
            return None
        return tuple(
            (binding, enabled, tooltip, self.app.get_key_display(binding))
            for _, binding, enabled, tooltip in self.screen.active_bindings.values()
        )

    async def recompose(self) -> None:
        if not self.is_attached:
            return
        shown = self.keys_to_show()
        if shown != self.shown:
            self.shown = shown
            await super().recompose()

    def compose(self) -> ComposeResult:
        """Textual's keys with Help (`?`) first: it shows however narrow the terminal, and
        lists every key the footer has no room for.

        Each key bound to the footer's `compact` starts with its value: Textual's keys start
        compact and then take the footer's value, which restyled every key twice (two of
        every three style updates while the first screen opened). The command palette's key
        is not bound: it stays as Textual makes it."""
        keys = list(super().compose())
        for key in keys:
            if isinstance(key, FooterKey) and not key.has_class("-command-palette"):
                key.set_reactive(FooterKey.compact, self.compact)
        first = [key for key in keys if getattr(key, "action", None) == "help"]
        yield from first
        yield from (key for key in keys if key not in first)


__all__ = [
    "Footer",
    "ReloadingScreen",
    "action_status",
    "cell",
    "plural",
    "printable",
    "row_at_cursor",
]


class ReloadingScreen(Screen[None]):
    """A screen that reads the store again each time the clerk comes back to it, but not
    when one of its own dialogs closes, so a row just changed stays where the clerk left it."""

    def __init__(self) -> None:
        super().__init__()
        self.in_dialog = False

    def reload(self) -> None:
        raise NotImplementedError

    def on_screen_resume(self) -> None:
        if self.app.screen is not self:
            return  # a dialog's answer opened the next dialog: still in a dialog
        if self.in_dialog:
            self.in_dialog = False
        else:
            self.reload()

    def ask(self, dialog: ModalScreen[Any], answered: Any = None) -> None:
        """Push one of this screen's dialogs; `answered` gets its result."""
        self.in_dialog = True
        self.app.push_screen(dialog, answered)


class RowTable(DataTable[Text]):
    """A table the clerk moves through by rows: Home and End go to the first and the last row
    (Textual's own move sideways)."""

    BINDINGS = [
        Binding("home", "first_row", "First row", show=False),
        Binding("end", "last_row", "Last row", show=False),
    ]

    def action_first_row(self) -> None:
        if self.row_count:
            self.move_cursor(row=0, animate=False)

    def action_last_row(self) -> None:
        if self.row_count:
            self.move_cursor(row=self.row_count - 1, animate=False)


def kept_cursor(old_ids: Sequence[object], cursor: int, new_ids: Sequence[object]) -> int | None:
    """Where a table's cursor goes when its rows are read again: to the row it was on (by
    id), or when that row has gone (done, filtered out), to the nearest one still there,
    looking first at the rows below it (one of them has moved up into its place), then above;
    None when none is left. A None id (a heading row) is never a place to go."""
    position = {row_id: index for index, row_id in enumerate(new_ids) if row_id is not None}
    below = old_ids[cursor:] if 0 <= cursor < len(old_ids) else []
    above = old_ids[: max(0, cursor)][::-1]
    return next((position[i] for i in [*below, *above] if i in position), None)


def committee_short(row: dict[str, Any]) -> str:
    """The committee's short name ('RHWB'), as its action references use."""
    committee = row["committee"]
    return row.get("committee_short") or (short_name(committee) if committee else "")


def row_at_cursor(table: DataTable[Any], rows: list[Any]) -> Any:
    """The row behind the table's cursor, or None when the table is empty."""
    return rows[table.cursor_row] if 0 <= table.cursor_row < len(rows) else None


def cell(value: object, width: int | None = None, style: str = "") -> Text:
    """A literal table cell (never markup; control characters shown), cut to `width`."""
    text = Text(printable(value).replace("\n", " "), style=style, no_wrap=True)
    if width is not None and text.cell_len > width:
        text.truncate(width, overflow="ellipsis")
    return text


def widest(values: Iterable[str], heading: str, most: int = 1000) -> int:
    """The width a column needs for its heading and `values`, at most `most`."""
    return min(most, max([len(heading), *(len(printable(v)) for v in values)]))


def fit_table(table: DataTable[Any], headings: dict[str, str], widths: dict[str, int]) -> None:
    """Give `table` the columns in `widths` (in the order of `headings`), each that wide."""
    table.clear(columns=True)
    for key, heading in headings.items():
        if key in widths:
            table.add_column(heading, width=widths[key], key=key)


def iso_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def action_status(row: dict[str, Any], today: date) -> str:
    """The derived status the clerk reports ("Overdue", "Not yet due", ...)."""
    return status_of(row, today)
