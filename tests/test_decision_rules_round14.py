"""Decision rules, round 14, on made-up Riverside notes: the group's assent to a choice,
in a note with no one person as its subject ("Okay with the current rota", "Several
members could go with option 2"); one person's view or a possibility is none."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict

_HEAD = "Riverside bowls club, committee notes, 3 March 2025\n\n"


def _decisions(text: str) -> list[str]:
    return [d.text for d in parse_strict(_HEAD + text).decisions]


@pytest.mark.parametrize(
    "line",
    [
        "- Okay with the current rota, but the summer dates need care.",
        "- Fine with the proposed wording for the notice board.",
        "- Several members liked / could go with option 2 for the new kit.",
        "- Everyone could live with the new start time.",
    ],
)
def test_the_groups_assent_to_a_choice(line: str) -> None:
    assert _decisions(line + "\n") == [line.lstrip("- ")]


@pytest.mark.parametrize(
    "line",
    [
        "- Tom is okay with the current rota.",
        "- Sam would go with the blue kit.",
        "- We could go with option 2 or option 3.",
        "- Okay with the current rota?",
    ],
)
def test_one_persons_view_or_a_possibility_is_no_decision(line: str) -> None:
    assert _decisions(line + "\n") == []


def test_waiting_for_someone_to_join_is_procedure_not_a_decision() -> None:
    assert _decisions("- OK, let's wait for Raj to join the call.\n") == []
    assert _decisions("- OK, let's keep the Tuesday slot.\n") == [
        "OK, let's keep the Tuesday slot."
    ]


@pytest.mark.parametrize(
    ("text", "decisions"),
    [
        (
            "4. Minutes were approved. Trustee Lee signed and dated them.\n",
            ["Minutes were approved. Trustee Lee signed and dated them."],
        ),
        (
            "5. Minutes of 21 January were accepted and signed. Revised minutes for 20 December"
            " were signed.\n",
            [
                "Minutes of 21 January were accepted and signed. Revised minutes for 20 December"
                " were signed."
            ],
        ),
        ("6. Minutes were approved. The grass was cut.\n", ["Minutes were approved."]),
    ],
)
def test_minutes_approved_then_signed_are_one_decision(text: str, decisions: list[str]) -> None:
    assert _decisions(text) == decisions
