"""Actions, round 15 (recall): kinds of sentence real minutes write that the parser missed."""

from __future__ import annotations

from tests.conftest import PARISH_HEAD, owned_actions


def _notes(lines: str) -> str:
    return PARISH_HEAD + "1. Village hall\n\n" + lines


def test_the_meeting_as_we_with_a_duty_or_a_job_is_a_task_for_no_one_named() -> None:
    """Notes where the meeting speaks as "we" and owes a task ("We have to reply to the
    county by Friday", "we must") or says it will do a job ("We will write
    to the landowner", "We will have a short meeting to plan it": to hold one) hold a task
    for no one named. A view or a suggestion ("We should ...", "We could ..."), a state
    ("We will be glad to ...") or what will happen ("We will see") is none, nor what "we"
    will do at a meeting ("We will raise the parking at the AGM": its own business), nor a
    need stated ("We need to help the slower groups", in a speaker's remarks a view)."""
    body = _notes(
        "- The fete is on 4 July.\n"
        "- We have to reply to the county by Friday.\n"
        "- We will write to the landowner about the hedge.\n"
        "- We will have a short meeting next week to plan the quiz.\n"
        "- We should think about a new logo.\n"
        "- We could try a raffle.\n"
        "- We will see how the bookings go.\n"
        "- We will be glad to see the new chairs.\n"
        "- We need to help the slower groups.\n"
        "- We will raise the parking at the AGM.\n"
    )
    assert owned_actions(body) == [
        (None, "Reply to the county by Friday."),
        (None, "Write to the landowner about the hedge."),
        (None, "Hold a short meeting next week to plan the quiz."),
    ]
