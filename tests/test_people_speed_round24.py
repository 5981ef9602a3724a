"""Round 24: a word labelling many lines ("Figma: update the mock-ups", a line each) is
asked once whether the text uses it as a place or a tool ("in Figma"), not once for each
line it labels (each time a look at every place the text holds it)."""

from __future__ import annotations

import re

import pytest

from clerk_tui.core.parse import parse_strict
from clerk_tui.core.parse.people import prose


def test_a_label_word_is_looked_up_once(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "".join(f"- Figma: update the mock-up for screen {k}\n" for k in range(60))
    text += "\nThe designs are kept in Figma.\n"
    looked = [0]
    place_before = prose._PLACE_BEFORE_RE

    class Counted:
        def search(self, *args: object) -> re.Match[str] | None:
            looked[0] += 1
            return place_before.search(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(prose, "_PLACE_BEFORE_RE", Counted())
    parse_strict(text)
    assert looked[0] <= 61, looked[0]
