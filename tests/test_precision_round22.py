"""Actions, round 22 (precision): kinds of sentence unseen minutes write that read as tasks
and are none."""

from __future__ import annotations

import pytest

from tests.conftest import PARISH_HEAD, owned_actions


def _notes(lines: str) -> str:
    return PARISH_HEAD + "1. Committee\n\n" + lines


@pytest.mark.parametrize(
    "lines",
    [
        "Members Tom, Ann and Raj all agreed to serve.\n",
        "Kemi will not stand again.\nJo and Sam are to continue.\n",
        "Ola agreed to assume the role and the vote was carried.\n",
        "The Chair asked that Tom act as proxy for Raj (by email).\n",
        "Roles for this call:\n  - Kim will facilitate\n  - Lee will scribe\n",
        "Sue and Raj agreed to stay on in the committee.\n",
        "Bea agreed to take on the post.\n",
    ],
)
def test_an_office_or_this_meeting_s_role_taken_with_nothing_more_is_no_task(lines: str) -> None:
    """A member taking on or staying in an office named before ("all agreed to serve", "are
    to continue", "agreed to assume the role"), holding a proxy, or this meeting's own role
    ("Kim will facilitate", "Lee will scribe"): a role the meeting records, not a task."""
    assert owned_actions(_notes(lines)) == []


def test_a_task_done_in_a_role_or_at_a_later_meeting_stays() -> None:
    """A job with an object or a later meeting stays a task: serving teas, going on chasing,
    facilitating a workshop, taking notes at the AGM, a role of doing something."""
    body = _notes(
        "Ann agreed to serve teas at the fete.\n\n"
        "Bob to continue chasing the county about the verge.\n\n"
        "Kim will facilitate the workshop in May.\n\n"
        "Lee will take notes at the AGM.\n\n"
        "Ola to take on the role of organising the quiz.\n"
    )
    assert owned_actions(body) == [
        ("Ann", "Serve teas at the fete."),
        ("Bob", "Continue chasing the county about the verge."),
        ("Kim", "Facilitate the workshop in May."),
        ("Lee", "Take notes at the AGM."),
        ("Ola", "Take on the role of organising the quiz."),
    ]
