"""Actions, round 15 (recall): kinds of sentence real minutes write that the parser missed."""

from __future__ import annotations

from tests.conftest import PARISH_HEAD, owned_actions


def _notes(lines: str) -> str:
    return PARISH_HEAD + "1. Village hall\n\n" + lines


def test_the_meeting_as_we_with_a_duty_or_a_job_is_a_task_for_no_one_named() -> None:
    """Notes where the meeting speaks as "we" and owes a task ("We have to reply to the
    county by Friday", "we need to", "we must") or says it will do a job ("We will write
    to the landowner", "We will have a short meeting to plan it": to hold one) hold a task
    for no one named. A view or a suggestion ("We should ...", "We could ..."), a state
    ("We will be glad to ...") or what will happen ("We will see") is none."""
    body = _notes(
        "- The fete is on 4 July.\n"
        "- We have to reply to the county by Friday.\n"
        "- We need to book the hall for the quiz.\n"
        "- We will write to the landowner about the hedge.\n"
        "- We will have a short meeting next week to plan the quiz.\n"
        "- We should think about a new logo.\n"
        "- We could try a raffle.\n"
        "- We will see how the bookings go.\n"
        "- We will be glad to see the new chairs.\n"
    )
    assert owned_actions(body) == [
        (None, "Reply to the county by Friday."),
        (None, "Book the hall for the quiz."),
        (None, "Write to the landowner about the hedge."),
        (None, "Hold a short meeting next week to plan the quiz."),
    ]


def test_a_second_owner_after_and_at_a_line_break_opens_a_clause_of_its_own() -> None:
    """A paragraph wrapped at a fixed width, its sentence broken at "and" ("Priya will
    collect the forms and" / "Tom will prepare the accounts"), is split before the second
    owner as it is on one line: two tasks, not one of Priya's holding Tom's."""
    body = _notes(
        "The committee talked about the date of the annual meeting and what the notice has"
        " to hold. Ann noted the need to\n"
        "include the accounts in the notice so that they can be approved at the meeting."
        " This means the accounts must be done\n"
        "before the notice can go out. A date of Sunday 30 August was agreed. Priya will"
        " collect the forms and\n"
        "Tom will prepare the accounts when this is done. Ann will draft the notice for the"
        " committee to look at before it\n"
        "goes out.\n"
    )
    assert owned_actions(body) == [
        ("Priya", "Collect the forms"),
        ("Tom", "Prepare the accounts when this is done."),
        ("Ann", "Draft the notice for the committee to look at before it goes out."),
    ]
