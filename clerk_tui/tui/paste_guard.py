"""Keep pasted text from being read as key presses.

Textual 8.2.8's input parser takes an ESC inside a bracketed paste for the start of a key
sequence and, when none matches, replays the characters after it as key presses: minutes
holding a terminal escape ("\\x1b[31m") would drive the app ("d" marks an action done).
`PasteSafeParser` swaps each ESC inside a paste for the visible symbol ␛ before Textual's
parser sees it; `install()` makes Textual's terminal drivers use it (textual is pinned in
pyproject.toml, so the names patched here are known to exist).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable

from textual._xterm_parser import XTermParser
from textual.message import Message

ESC = "\x1b"
PASTE_START = "\x1b[200~"
PASTE_END = "\x1b[201~"
VISIBLE_ESC = "\u241b"


def _held_tail(data: str, start: int) -> int:
    """Length of the end of `data[start:]` that could be the first part of PASTE_END."""
    for length in range(min(len(PASTE_END) - 1, len(data) - start), 0, -1):
        if PASTE_END.startswith(data[len(data) - length :]):
            return length
    return 0


class PasteEscapes:
    """Filters the terminal's input stream, chunk by chunk (a marker may be split).

    Outside a paste nothing is changed or held back (a lone ESC is the Escape key); the last
    few characters are remembered to spot a paste start split across chunks. Inside a paste
    every ESC but the closing marker's becomes ␛; a chunk ending in part of the closing
    marker keeps that part until the next chunk.
    """

    def __init__(self) -> None:
        self.in_paste = False
        self.held = ""
        self.recent = ""

    def filter(self, chunk: str) -> str:
        data, self.held = self.held + chunk, ""
        out: list[str] = []
        position = 0
        while position < len(data):
            if not self.in_paste:
                found = (self.recent + data[position:]).find(PASTE_START)
                if found < 0:
                    out.append(data[position:])
                    self.recent = (self.recent + data[position:])[-(len(PASTE_START) - 1) :]
                    break
                end = position + found + len(PASTE_START) - len(self.recent)
                out.append(data[position:end])
                position, self.in_paste, self.recent = end, True, ""
            else:
                found = data.find(PASTE_END, position)
                if found < 0:
                    keep = _held_tail(data, position)
                    out.append(data[position : len(data) - keep].replace(ESC, VISIBLE_ESC))
                    self.held = data[len(data) - keep :]
                    break
                out.append(data[position:found].replace(ESC, VISIBLE_ESC) + PASTE_END)
                position, self.in_paste = found + len(PASTE_END), False
        return "".join(out)


class PasteSafeParser(XTermParser):
    """Textual's parser, fed through `PasteEscapes`."""

    def __init__(self, debug: bool = False) -> None:
        super().__init__(debug)
        self.paste_escapes = PasteEscapes()

    def feed(self, data: str) -> Iterable[Message]:
        if not data:  # end of input
            return super().feed(data)
        safe = self.paste_escapes.filter(data)
        return super().feed(safe) if safe else ()  # all held back: "" would mean end of input


def install() -> None:
    """Make the terminal drivers build `PasteSafeParser`s."""
    from textual.drivers import linux_driver

    linux_driver.XTermParser = PasteSafeParser  # type: ignore[misc]
    with contextlib.suppress(ImportError, OSError, AttributeError):
        from textual.drivers import win32

        win32.XTermParser = PasteSafeParser  # type: ignore[misc]
