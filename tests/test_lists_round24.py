"""List lines, round 24, on made-up notes of a Marsh Lane Sailing Club working group: a
sub-bullet with no subject saying what the person on the bullet above is going to do
("- Tove asked about the app" over "  - Going to work with Ilse on that"); near misses
(what a thing is going to be, a plan with no one over it) stay as they were."""

from __future__ import annotations

import pytest

from tests.conftest import owned_actions

_HEAD = (
    "# Marsh Lane Sailing Club: systems working group, 9 June 2026\n\n"
    "Attendees: Tove Lind, Ilse Varga, Kasim Noor, Benedikt Ruhl\n\n"
)


def _actions(body: str) -> list[tuple[str | None, str]]:
    return [(owner, task.rstrip(".")) for owner, task in owned_actions(_HEAD + body)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the person opening the bullet above, with a verb in the past
            "- Booking app\n"
            "  - Tove asked about testing the booking app\n"
            "    - Going to work with Ilse on that\n",
            [("Tove", "Work with Ilse on that")],
        ),
        (  # two people, each with their own sub-bullet
            "- Safety boats\n"
            "  - Kasim reported on the engine service\n"
            "    - Going to book the mechanic for the second boat\n"
            "  - Benedikt raised the fuel costs\n"
            "    - going to ask the marina for a bulk price\n",
            [
                ("Kasim", "Book the mechanic for the second boat"),
                ("Benedikt", "Ask the marina for a bulk price"),
            ],
        ),
        (  # "*" bullets
            "* Ilse showed the results page\n  * Going to present it at the open day\n",
            [("Ilse", "Present it at the open day")],
        ),
        (  # a due date in it
            "- Kasim suggested a members' survey\n  - Going to draft the questions by 1 July\n",
            [("Kasim", "Draft the questions by 1 July")],
        ),
    ],
)
def test_going_to_under_a_named_bullet(body: str, expected: list[tuple[str | None, str]]) -> None:
    assert _actions(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # what a thing is going to be, or do, with no one over it
        "- Tove reported on the clubhouse roof\n  - Going to be expensive to repair\n",
        "- New tide tables\n  - Going to change the race times\n",
        "- The committee discussed the boathouse. Going to need a new roof soon.\n",
        # going somewhere, not to do something
        "- Ilse attended the regional meeting\n  - Going to the next one in August\n",
        # a question
        "- Benedikt asked about the pontoon\n  - Going to fix it this year?\n",
    ],
)
def test_not_going_to_tasks(body: str) -> None:
    assert _actions(body) == []
