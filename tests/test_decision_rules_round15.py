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


@pytest.mark.parametrize(
    "line",
    [
        "General agreement that a second hall is probably worth having.",
        "Consensus that the league would likely be a better fit for the juniors.",
        "All the ideas from the survey were agreed to be useful.",
        "Agreed that the open day was a great success.",
    ],
)
def test_a_view_shared_is_no_decision(line: str) -> None:
    assert _decisions(line + "\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "General agreement that a second hall is probably worth having, so Pat will ask for quotes"
        " and the hire should go ahead.",
        "It was agreed that the club will buy a second mower.",
        "There was consensus to keep the bar open until 10pm.",
    ],
)
def test_a_view_that_leads_somewhere_stays_a_decision(line: str) -> None:
    assert len(_decisions(line + "\n")) == 1


def test_a_hedged_choice_stays_a_decision() -> None:
    assert len(_decisions("Consensus that we would probably go with the second supplier.\n")) == 1
