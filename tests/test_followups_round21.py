"""Follow-ups and decisions on unseen minutes (issue 11, round 21): each kind with invented
variants (a fictional parish council and a fictional project's call, meeting on Thursday 2
July 2026) and near misses it must not fire on."""

from __future__ import annotations

import pytest

from clerk_tui.core.model import ParsedMinutes
from clerk_tui.core.parse import parse_strict

HEAD = (
    "Minutes of the Fenbridge Parish Council meeting held on 2 July 2026\n"
    "Present: Ann Lee, Bob Tate, Carl Moss, Dee Hart\n\n4. Business\n"
)
CALL = "# Tooling sync - 2026-07-02\nAttendees: Ann, Bob, Carl\n\n## Notes\n"


def parsed(body: str, head: str = HEAD) -> ParsedMinutes:
    return parse_strict(head + body + "\n")


def decisions(body: str, head: str = HEAD) -> list[str]:
    return [d.text for d in parsed(body, head).decisions]


def follow_ups(body: str, head: str = HEAD) -> list[str]:
    return [f.text for f in parsed(body, head).follow_ups]


# --- decisions: an outcome recorded after the proposal it closes ---------------------------------


@pytest.mark.parametrize(
    ("body", "head", "expected"),
    [
        # a proposal, then who seconded it, then the vote: one decision
        (
            "Priya moved that the accounts be adopted. Omar seconded. Unanimous vote in favour.",
            HEAD,
            "Priya moved that the accounts be adopted. Omar seconded. Unanimous vote in favour.",
        ),
        (
            "Cllr Tate proposed that the hall fees stay the same.\nCllr Moss seconded.",
            HEAD,
            "Cllr Tate proposed that the hall fees stay the same. Cllr Moss seconded.",
        ),
        # assent alone after a decision found already: the same decision
        (
            "Keep the Wednesday 5pm slot for now. (No objections.)",
            CALL,
            "Keep the Wednesday 5pm slot for now. (No objections.)",
        ),
        (
            "It was agreed to buy a new strimmer. This was approved unanimously.",
            HEAD,
            "It was agreed to buy a new strimmer. This was approved unanimously.",
        ),
        # the outcome with how it was voted, after what was put
        (
            "* Officers\n  - Ana put Joe Park forward as secretary and Lee Wu as treasurer.\n"
            "  - Both passed by voice vote without objections.",
            CALL,
            "Ana put Joe Park forward as secretary and Lee Wu as treasurer. - Both passed by voice"
            " vote without objections.",
        ),
        (
            "Adopt the new code of conduct.\nCarried by a show of hands.",
            CALL,
            "Adopt the new code of conduct. Carried by a show of hands.",
        ),
    ],
)
def test_an_outcome_after_its_proposal_is_one_decision(body: str, head: str, expected: str) -> None:
    assert decisions(body, head) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a motion seconded and then lost: no decision
        (
            "Cllr Tate proposed that the hall fees be doubled. Cllr Moss seconded. "
            "The motion was lost.",
            [],
        ),
        # a proposal that only met disagreement
        ("Cllr Tate proposed that we write to the county. Cllr Moss disagreed.", []),
        # a second matter with its own subject after a decision: two decisions
        (
            "The Council agreed the revised budget. No objections were raised to the new car park.",
            [
                "The Council agreed the revised budget.",
                "No objections were raised to the new car park.",
            ],
        ),
        (
            "The Council agreed the revised budget. The report was noted.",
            ["The Council agreed the revised budget.", "The report was noted."],
        ),
        # another body's vote, reported
        ("The treasurer said both bills passed by voice vote in the state senate.", []),
    ],
)
def test_near_misses_of_an_outcome_after_its_proposal(body: str, expected: list[str]) -> None:
    assert decisions(body) == expected
