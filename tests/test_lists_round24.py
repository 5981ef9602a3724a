"""List lines, round 24, on made-up notes of a Marsh Lane Sailing Club working group: a
sub-bullet with no subject saying what the person on the bullet above is going to do
("- Tove asked about the app" over "  - Going to work with Ilse on that"); near misses
(what a thing is going to be, a plan with no one over it) stay as they were. An item of a
task list with no owner written as a title ("- [ ] Regatta Results", "- Summer Social
Ticket Sales" under "Actions") names a post or a topic, no job; a task naming a place in
capitals ("Book the Village Hall") stays one. A need with no one over it ("- Need to buy
new cones") is no task; under a heading, a bullet or a speaker naming whose it is, it is
theirs."""

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


@pytest.mark.parametrize(
    "body",
    [
        # open boxes naming posts to write, in a title's capitals
        "### Club blog posts planned\n"
        "- [ ] Regatta Results\n"
        "- [ ] Spring Fixtures Announced\n"
        "- [ ] Volunteer Drive Closes\n",
        # deliverables named in capitals, with their number
        "## Actions\n- W1 (Build a Members Directory)\n- W2 (Refresh the Club Handbook)\n",
        # a title under "Actions", three words and more
        "Actions\n- Summer Social Ticket Sales\n- Junior Coaching Rota Review\n",
        "TODO\n* [ ] Autumn Open Day Poster\n",
    ],
)
def test_titles_in_task_lists_are_no_tasks(body: str) -> None:
    assert _actions(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a verb first, with a place's name in capitals: a task
            "### To do\n- [ ] Book the Village Hall\n- [ ] write up the junior camp\n",
            [(None, "Book the Village Hall"), (None, "Write up the junior camp")],
        ),
        (  # an owner in brackets after a title: a task
            "### To do\n- [ ] Regatta Results Post (Tove)\n",
            [("Tove", "Regatta Results Post")],
        ),
        (  # a verb that is no noun, then a body's name in capitals
            "Actions\n- Ask Harbour Office IT\n",
            [(None, "Ask Harbour Office IT")],
        ),
        (  # in a sentence's case, under "Actions"
            "Actions\n- Renew the British Rowing affiliation\n",
            [(None, "Renew the British Rowing affiliation")],
        ),
    ],
)
def test_tasks_beside_titles(body: str, expected: list[tuple[str | None, str]]) -> None:
    assert _actions(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a need stated, with no one over it: no one is given it
        "- The car park floods in winter.\n- Need to buy new cones for the car park.\n",
        "## Boats\n* Need to find a new home for the old dinghy\n",
        "The trailer lights failed again.\nNeed to order more bibs for the juniors.\n",
        "1. Slipway\n   - Markings faded\n   - Need to ask the council about the ramp\n",
    ],
)
def test_a_need_with_no_one_over_it_is_no_task(body: str) -> None:
    assert _actions(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # under a heading naming whose it is
            "### Ilse\n- Need to renew the club's domain name\n",
            [("Ilse", "Renew the club's domain name")],
        ),
        (  # under a bullet opening with a person and a verb
            "- Kasim reported on the trailer\n  - Need to chase the insurer about the claim\n",
            [("Kasim", "Chase the insurer about the claim")],
        ),
        (  # a speaker's own
            "Benedikt: need to book the crane for lift-out.\n",
            [("Benedikt", "Book the crane for lift-out")],
        ),
    ],
)
def test_a_need_put_under_someone_is_theirs(
    body: str, expected: list[tuple[str | None, str]]
) -> None:
    assert _actions(body) == expected
