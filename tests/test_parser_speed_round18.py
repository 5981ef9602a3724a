"""Round 18's speed changes: each bounded or remembered look finds what the old one found."""

from __future__ import annotations

import random

import pytest

from clerk_tui.core.parse import parse_strict
from clerk_tui.core.parse.layout import paragraph_start


def test_paragraph_start_is_the_unbounded_look() -> None:
    """The blank line before ``pos`` within ``most`` characters, else ``most`` back (or the
    text's start): what max(text.rfind("\\n\\n", 0, pos), pos - most, 0) gave."""
    rng = random.Random(18)
    for _ in range(3000):
        text = "".join(rng.choice("ab \n") for _ in range(rng.randrange(0, 60)))
        pos = rng.randrange(0, len(text) + 1)
        most = rng.randrange(0, 30)
        assert paragraph_start(text, pos, most) == max(text.rfind("\n\n", 0, pos), pos - most, 0)


@pytest.mark.parametrize(
    ("line", "owners"),
    [
        # Struck words cover one action of the line, not the other ones on it.
        (
            "~~Sam to fix the gate latch~~ and Ann to paint the bench. Tom will mend the fence.",
            ["Ann", "Tom"],
        ),
        # A done tag or the time allowed, read once for the line, covers every action on it.
        ("[DONE] Priya to book the room; Tom to clear the hall.", []),
        ("Priya to book the room; Tom to clear the hall -> done", []),
        ("Ravi to draft the grant letter; Jo to order the bunting (Ravi, 10 minutes)", []),
    ],
)
def test_status_of_a_line_read_once_for_all_its_actions(line: str, owners: list[str]) -> None:
    """Each action on a line is read against the line's status, remembered for the line
    (as on main, where it was read again for each action)."""
    text = f"Notes\n\nJo to order the bunting.\n\n{line}\n\nKim to book the van."
    got = [a.owner for a in parse_strict(text).actions]
    assert got == ["Jo", *owners, "Kim"]
