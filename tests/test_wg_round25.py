"""Working-group notes, round 25, on made-up notes of the Lantern Project's steering call:
an agenda's numbered entries naming who leads each and for how long ("3. Review last
call's action items (10m, Odile)") are topics, not jobs for the presenter."""

from __future__ import annotations

import pytest

from tests.conftest import owned_actions

_HEAD = "# Lantern Project steering call, 4 March 2026\n\n"
_ROLL = "Attendees: Odile Brand, Kasim Rahe, Petra Voss\n\n"
_NOTES = "## Release plan\n\n- Kasim: the release is close.\n- Petra to draft the notes.\n"


def _actions(body: str, head: str = _HEAD) -> list[tuple[str | None, str]]:
    return [(owner, task.rstrip(".")) for owner, task in owned_actions(head + body)]


@pytest.mark.parametrize(
    "agenda",
    [
        "1. Sign the contributor agreement and code of conduct (2m, Odile)\n",
        "2. Choose a note taker for today (1m, Odile)\n",
        "4. Discuss the release plan [15m, Kasim]\n",
        "3. Review open pull requests (10 min, Petra)\n",
        "- Agree the roadmap for the second quarter (Petra, 20 mins)\n",
        "5. Plan the spring meetup (Kasim - 5m)\n",
    ],
)
def test_agenda_entry_with_its_time_slot(agenda: str) -> None:
    """The brackets give who leads the entry and its minutes on the agenda: no job."""
    body = f"{agenda}\n{_NOTES}- Odile: the agenda is long.\n- Kasim: fine by me.\n"
    assert _actions(body, _HEAD + _ROLL) == [("Petra", "Draft the notes")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # an owner in brackets with no time: a job outside an action list, as before
            "- Renew the project's domain before it lapses (Kasim)\n",
            [("Kasim", "Renew the project's domain before it lapses")],
        ),
        (  # a task whose own words give a length of time, its owner after it
            "## Action items\n\n- Book the hall for a 2h workshop (Odile)\n",
            [("Odile", "Book the hall for a 2h workshop")],
        ),
    ],
)
def test_time_slot_near_misses(body: str, expected: list[tuple[str | None, str]]) -> None:
    assert _actions(body, _HEAD + _ROLL) == expected
