"""Actions, round 25 (precision on whole meetings): kinds of line that long minutes write and
that read as tasks but are none, and a task minuted twice that the clerk wants once."""

from __future__ import annotations

import pytest

from tests.conftest import PARISH_HEAD, owned_actions


def _notes(lines: str) -> str:
    return PARISH_HEAD + "1. Matters arising\n\n" + lines


# -- a decision recalled from an earlier meeting ------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "At the last Finance Committee meeting it was agreed to set up a reserves panel.\n",
        "At the previous Hall Management meeting it was agreed that the boiler be replaced.\n",
        "At its last Planning meeting the Council agreed to buy a speed sign.\n",
        "In the previous Joint Liaison meeting it was resolved to write to the Trust.\n",
        "at the last Allotments Sub-Committee meeting it was decided to raise the rents.\n",
    ],
)
def test_a_decision_recalled_from_an_earlier_named_meeting_is_no_task(line: str) -> None:
    """ "At the last <named> meeting it was agreed to ...": the story of the item, as "At the
    last meeting it was agreed to ..." was already."""
    assert owned_actions(_notes(line)) == []


def test_a_decision_of_this_meeting_stays() -> None:
    """Agreed now, before a named meeting to come, or at the last few days' site visit (no
    meeting named there): tasks."""
    body = _notes(
        "It was agreed to buy a new urn before the next Hall Committee meeting.\n\n"
        "At the last few site visits it was agreed to mend the fence.\n"
    )
    assert owned_actions(body) == [
        (None, "Buy a new urn before the next Hall Committee meeting."),
        (None, "Mend the fence."),
    ]


# -- a question put and answered at once ----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Cllr Hale asked for clarification of the grave rules and the Clerk stated that they "
        "were unchanged.\n",
        "Mrs Cole asked for an update on the bridge and the Engineer replied that the works "
        "had ended in May.\n",
        "A resident requested the figures for the fete and Cllr Shah explained that they "
        "were in the accounts.\n",
        "Cllr Barlow asked for details of the lease and the Chair confirmed it ran to 2030.\n",
    ],
)
def test_a_request_answered_in_the_same_sentence_is_no_task(line: str) -> None:
    """ "X asked for Y and Z stated that ...": a question asked and answered there and then,
    as with a comma or a semicolon before the answer."""
    assert owned_actions(_notes(line)) == []


def test_a_request_whose_answer_promises_stays() -> None:
    """An answer that promises something keeps the task."""
    body = _notes("Cllr Hale asked for a copy of the lease and Mrs Cole said she would send it.\n")
    assert [owner for owner, _task in owned_actions(body)] == ["Mrs Cole"]


# -- an officer's empty report ----------------------------------------------------------------

_CLUB_HEAD = (
    "Minutes of the Riverside Rowing Club Committee, 4 March 2026\n"
    "Present: Hana Ito, Marcus Webb, Priya Shah, Tom Lowe\n\n"
)


@pytest.mark.parametrize(
    "reports",
    [
        "* Captain (Marcus) - None\n* Treasurer (Priya Shah) - N/A.\n",
        "- Bosun (Hana): nothing to report\n- Secretary (Tom) – None.\n",
        "1. Vice Captain (Tom) - Nil\n2. Membership Secretary (Hana) - no actions\n",
    ],
)
def test_an_officer_reporting_nothing_is_no_task(reports: str) -> None:
    """A round of officers' reports, the post, its holder in brackets and "None" after a
    dash: nothing to report, not a task with no owner."""
    body = _CLUB_HEAD + "## Officer Reports\n\n" + reports + "\n## Actions\n\n"
    body += "* New padlock for the boathouse - Tom\n* Book the minibus for the regatta (Priya)\n"
    assert owned_actions(body) == [
        ("Tom", "New padlock for the boathouse"),
        ("Priya", "Book the minibus for the regatta"),
    ]


def test_a_task_with_no_owner_after_its_dash_stays() -> None:
    """ "Order trailer straps - None": a task whose owner is not given (no one's name in
    brackets before the dash)."""
    body = _CLUB_HEAD + "## Actions\n\n* New padlock for the boathouse - Tom\n"
    body += "* Order trailer straps - None\n* Book the minibus for the regatta (Priya)\n"
    assert (None, "Order trailer straps") in owned_actions(body)


def test_little_to_report_is_no_owner() -> None:
    """ "Little to report": a quantity heading the clause, no one's name."""
    body = _notes("Item 5. Chair's report (AB). Little to report; moved to the next item.\n")
    assert owned_actions(body) == []


# -- a promise restated by the marked action below it ---------------------------------------

_GROUP_HEAD = (
    "Minutes of the Lakeside Forum Steering Group, 9 May 2026\n"
    "Present: Sam Ortiz (SO), Ivana Petrova (IP), Dev Rao (DR)\n\n"
)


def test_a_speaker_s_promise_then_its_marked_action_is_one_action() -> None:
    """A speaker's promise, then on the next line the action's marker restating it (the
    same words, or a promise that says nothing of its own): one action, the marked one, with
    the speaker as owner when it names none."""
    body = _GROUP_HEAD + (
        "1. Partners\n"
        "   1. SO - The supplier has not replied yet, so I will chase them next week:\n"
        "       - Action-SG-2026-11 Chase the supplier about the late invoice\n"
        "   2. IP - I need to send you the figures for the grant bid:\n"
        "       - Action-SG-2026-12 Send the grant bid figures to the group\n"
        "2. Tooling\n"
        "  - Ivana: I can have a look. I will also check the old licence headers.\n"
        "  - **[ACTION - Ivana]**: check the licence headers in every repository\n"
    )
    assert owned_actions(body) == [
        ("SO", "Chase the supplier about the late invoice"),
        ("IP", "Send the grant bid figures to the group"),
        ("Ivana", "Check the licence headers in every repository"),
    ]


def test_two_tasks_or_two_owners_stay_two() -> None:
    """A promise of another task above a marked action, or another person's: two tasks."""
    body = _GROUP_HEAD + (
        "1. Partners\n"
        "   1. DR - I will book the hall for June.\n"
        "       - Action-SG-2026-13 Ask the printer for a quote\n"
        "2. Tooling\n"
        "  - Dev: I will write up the release notes.\n"
        "  - **[ACTION - Sam]**: review the release notes\n"
    )
    got = owned_actions(body)
    assert ("DR", "Book the hall for June.") in got
    assert (None, "Ask the printer for a quote") in got
    assert ("Dev", "Write up the release notes.") in got
    assert ("Sam", "Review the release notes") in got
