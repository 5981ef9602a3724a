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


@pytest.mark.parametrize(
    "response",
    [
        "Parish Council supports application",
        "The Council supports this application",
        "Members support the proposal",
    ],
)
def test_a_planning_response_a_blank_line_under_its_application(response: str) -> None:
    text = (
        "5. Planning\nThe following applications were considered.\n\n"
        "Replacement timber garage and brick boundary wall at Mill Farm, Low Road, Wick"
        f" 26/00119/F\n\n{response}\n\n6. Finance\nThe bank statement was circulated.\n"
    )
    assert _decisions(text) == [response]


def test_a_short_line_two_blank_lines_under_an_application_is_not_its_response() -> None:
    text = (
        "5. Planning\nThe following applications were considered.\n\n"
        "Replacement timber garage and brick boundary wall at Mill Farm, Low Road, Wick"
        " 26/00119/F\n\nTree works\n\n6. Finance\nThe bank statement was circulated.\n"
    )
    assert _decisions(text) == []


@pytest.mark.parametrize(
    "line",
    [
        "Planning application received for Manor Cottage, Council have no observations or"
        " objections.",
        "The Parish Council have no objections.",
        "Council have no observations or objections.",
        "Application for a porch at 3 Mill Lane, the Parish Council had no objections.",
    ],
)
def test_no_observations_or_objections(line: str) -> None:
    assert _decisions(f"5. Planning\n{line}\n") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Sam asked, members have no objections to the new rota do they?",
        "The council had objections to the plan for the car park.",
    ],
)
def test_not_a_response_of_no_objection(line: str) -> None:
    assert _decisions(f"5. Planning\n{line}\n") == []
