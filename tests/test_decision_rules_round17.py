"""Decision rules, round 17, on made-up Hollybrook Allotment Society notes: a motion made by
name ("Ann made a motion to ...") and carried in a later sentence ("Sam seconded the motion
and it passed unanimously") is one decision."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict

_HEAD = "Hollybrook Allotment Society: notes of the committee meeting, 3 March 2026\n\n"


def _decisions(text: str) -> list[str]:
    return [d.text for d in parse_strict(_HEAD + text).decisions]


@pytest.mark.parametrize(
    "motion",
    [
        "Ann made a motion to buy a new mower for the top field.",
        "Ann put forward a motion that a new mower be bought for the top field.",
        "A motion was made by Ann to buy a new mower for the top field.",
    ],
)
@pytest.mark.parametrize(
    "carried",
    [
        "Sam seconded the motion and it passed unanimously.",
        "Sam seconded it and it carried.",
        "Sam seconded the motion and the motion carried.",
    ],
)
def test_a_motion_made_and_carried_later_is_one_decision(motion: str, carried: str) -> None:
    text = f"4. Mowers\n\n{motion} {carried}\n"
    assert _decisions(text) == [f"{motion} {carried}"]


@pytest.mark.parametrize(
    "after",
    [
        "Nobody seconded it.",
        "The motion failed by two votes to five.",
        "Sam asked whether it would fit in the shed.",
    ],
)
def test_a_motion_made_not_carried_is_no_decision(after: str) -> None:
    text = f"4. Mowers\n\nAnn made a motion to buy a new mower for the top field. {after}\n"
    assert _decisions(text) == []
