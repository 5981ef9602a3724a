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
