"""Decision rules, round 15, on made-up Riverside notes: a heading of decisions underlined as
a setext heading ("Decisions" over "---------") heads the points under its underline, and the
underline is no decision."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict

_HEAD = "Riverside bowls club, committee notes, 3 March 2025\n\n"


def _decisions(text: str) -> list[str]:
    return [d.text for d in parse_strict(_HEAD + text).decisions]


@pytest.mark.parametrize(
    ("label", "rule"), [("Decisions", "---------"), ("Resolutions", "-----------")]
)
def test_an_underlined_heading_heads_its_points(label: str, rule: str) -> None:
    text = (
        f"{label}\n{rule}\n\n"
        "* The Committee agrees to open the green on 5 April.\n\n"
        "* That the bar prices stay as they are for the season.\n"
    )
    assert _decisions(text) == [
        f"{label} The Committee agrees to open the green on 5 April.",
        f"{label} That the bar prices stay as they are for the season.",
    ]
