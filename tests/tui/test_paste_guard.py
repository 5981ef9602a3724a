"""Escapes inside a bracketed paste stay text; they never become key presses."""

from __future__ import annotations

import pytest
from textual import events
from textual._xterm_parser import XTermParser

from clerk_tui.tui.paste_guard import (
    PASTE_END,
    PASTE_START,
    VISIBLE_ESC,
    PasteEscapes,
    PasteSafeParser,
)

MINUTES = "Item 4\x1b[31m done\x1b[0m; d x r m\n"


def tokens(parser: XTermParser, *chunks: str) -> list[object]:
    found: list[object] = []
    for chunk in chunks:
        found.extend(parser.feed(chunk))
    return found


def test_textual_alone_turns_a_pasted_escape_into_keys():
    """The fault being guarded against (if Textual fixes it, this test says so)."""
    found = tokens(XTermParser(), PASTE_START + MINUTES + PASTE_END)
    assert any(isinstance(t, events.Key) for t in found)


@pytest.mark.parametrize("split", range(1, len(PASTE_START + MINUTES + PASTE_END)))
def test_a_paste_with_escapes_is_one_paste_event_and_no_keys(split):
    stream = PASTE_START + MINUTES + PASTE_END
    found = tokens(PasteSafeParser(), stream[:split], stream[split:])
    assert [type(t) for t in found] == [events.Paste]
    assert found[0].text == MINUTES.replace("\x1b", VISIBLE_ESC)


def test_keys_outside_a_paste_are_untouched():
    found = tokens(PasteSafeParser(), "d", "\x1b[A")
    assert [t.key for t in found] == ["d", "up"]


def test_a_marker_split_across_chunks_is_held_until_complete():
    escapes = PasteEscapes()
    assert escapes.filter("ab\x1b[20") == "ab\x1b[20"  # outside a paste: passed on as is
    assert escapes.filter("0~x\x1b") == "0~x"  # inside: a possible closing marker waits
    assert escapes.filter("[31m\x1b[201~") == VISIBLE_ESC + "[31m" + PASTE_END
    assert escapes.filter("\x1b") == "\x1b"  # the Escape key itself is never held back
