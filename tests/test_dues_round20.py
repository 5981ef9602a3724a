"""Due dates written outside the action's own sentence (issue 11, round 20): in a labelled
field or a cell beside the task, in a field or date line under it, in the sentence after it,
in the heading over a list of tasks; and due words in its own sentence. Each kind with
invented variants (a fictional village hall committee, meeting on Monday 10 March 2025) and
near misses that are no due."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_tui.core.dates import find_due, resolve_due
from clerk_tui.core.parse import parse_strict

HEAD = (
    "Minutes of the Hollowmere Village Hall Committee meeting held on 10 March 2025\n"
    "Present: Nia Price, Owen Bright, Tessa Ford, Raj Patel\n\n"
)

MEETING = date(2025, 3, 10)
NEXT = date(2025, 4, 14)

Row = tuple[str | None, str, str | None, date | None]


def actions(body: str) -> list[Row]:
    return [(a.owner, a.text, a.due_text, a.due) for a in parse_strict(HEAD + body).actions]


def dues(body: str) -> list[tuple[str | None, date | None]]:
    return [(due_text, due) for _, _, due_text, due in actions(body)]


# --- a labelled field beside the task, on its line --------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "ACTION: Nia Price to order new chairs for the small hall. Due: 30 April.\n",
            [("30 April", date(2025, 4, 30))],
        ),
        (
            "Action: Clerk to renew the fire risk assessment (Target date: 15 May)\n",
            [("15 May", date(2025, 5, 15))],
        ),
        (
            "- Owen to repaint the porch railings. Deadline: end of May\n"
            "- Tessa to book the sweep – target date 1 June\n",
            [("end of May", date(2025, 5, 31)), ("1 June", date(2025, 6, 1))],
        ),
    ],
)
def test_labelled_due_beside_the_task(body: str, expected: list[tuple[str, date | None]]) -> None:
    assert dues(body) == expected


# --- a cell holding only a due, after the task's ----------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "| Action | Deadline |\n|---|---|\n"
            "| Clerk to renew the hall's licence | 30 April |\n"
            "| Owen Bright to fix the kitchen tap | end of May |\n",
            [("30 April", date(2025, 4, 30)), ("end of May", date(2025, 5, 31))],
        ),
        (
            "<table><tr><th>Action</th><th>Deadline</th></tr><tr><td>Clerk to renew the"
            " licence</td><td>30 April</td></tr></table>\n",
            [("30 April", date(2025, 4, 30))],
        ),
        (
            "Summary of actions\n"
            "Clerk - renew the hall's licence - 30 April\n"
            "Tessa Ford - order the stage curtains - next meeting\n",
            [("30 April", date(2025, 4, 30)), ("next meeting", None)],
        ),
        (
            "Actions\nClerk to renew the hall's licence          30 April\n",
            [("30 April", date(2025, 4, 30))],
        ),
        (
            "| Item | Action | Responsible | Timeframe |\n|---|---|---|---|\n"
            "| 4 | Renew the hall's licence | Clerk | 30 April |\n",
            [("30 April", date(2025, 4, 30))],
        ),
    ],
)
def test_due_cell_beside_the_task(body: str, expected: list[tuple[str, date | None]]) -> None:
    assert dues(body) == expected


def test_a_date_column_that_is_no_due() -> None:
    """A column the header names for when the action was raised holds no due."""
    body = (
        "| Action | Owner | Raised |\n|---|---|---|\n"
        "| Renew the hall's licence | Clerk | 3 March |\n"
    )
    assert dues(body) == [(None, None)]


# --- a field or date line under the task --------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Action: Clerk to renew the fire risk assessment\nOwner: Clerk\nDeadline: 15 May\n",
            [("15 May", date(2025, 5, 15))],
        ),
        (
            "**Action:** Tessa Ford to order the stage curtains\n**Due by:** end of April\n",
            [("end of April", date(2025, 4, 30))],
        ),
        ("Owen to repaint the porch railings.\nBy 20 May.\n", [("By 20 May", date(2025, 5, 20))]),
        (
            # a row pasted a cell a line: task, owner's initials, due
            "3.1 Clerk to renew the hall's licence.\n\nJC\n\n30/04/2025\n\n"
            "3.2 Owen to fix the kitchen tap.\n\nOB\n\nNext meeting\n",
            [("30/04/2025", date(2025, 4, 30)), ("Next meeting", None)],
        ),
    ],
)
def test_due_under_the_task(body: str, expected: list[tuple[str, date | None]]) -> None:
    assert dues(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Owen to repaint the porch railings.\nBy 20 May the hall will be repainted too.\n",
        "Clerk to renew the hall's licence.\n\nNext meeting\nThe next meeting will be held in"
        " the small hall.\n",
        "Clerk to agree a target date with the contractor.\n",
        "Clerk to chase the overdue invoices by email.\n",
    ],
)
def test_no_due_under_or_beside(body: str) -> None:
    assert [d for d in dues(body) if d != (None, None)] == []


# --- the sentence after the task, when it says only when -----------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Nia will contact the brewery. She will do this by 4 August.\n\nAny other business.\n",
            ("by 4 August", date(2025, 8, 4)),
        ),
        (
            "Owen agreed to ring the insurers. This should be done before the end of the"
            " month.\nThe meeting closed at 9pm.\n",
            ("before the end of the month", date(2025, 3, 31)),
        ),
    ],
)
def test_due_in_the_next_sentence(body: str, expected: tuple[str, date]) -> None:
    assert dues(body)[0] == expected


# --- the heading over the tasks -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("By 15 September:\n- Nia to order new bins\n- Owen to mend the gate\n", "By 15 September"),
        ("Before the AGM\n- Nia to order new bins\n- Owen to mend the gate\n", "Before the AGM"),
        (
            "For next meeting:\n- Nia to order new bins\n- Owen to mend the gate\n",
            "For next meeting",
        ),
        (
            "Actions for next meeting\n- Nia to order new bins\n- Owen to mend the gate\n",
            "for next meeting",
        ),
        (
            "## By the next meeting\n- Nia to order new bins\n- Owen to mend the gate\n",
            "By the next meeting",
        ),
        (
            "### Website (by next meeting)\n- Nia to update the events page\n"
            "- Owen to fix the booking form\n",
            "by next meeting",
        ),
        (
            "### Lettings - Owen (by Friday's call)\n- Nia to update the events page\n"
            "- Owen to fix the booking form\n",
            "by Friday's call",
        ),
    ],
)
def test_due_in_the_heading_over_tasks(body: str, expected: str) -> None:
    assert {d for d, _ in dues(body)} == {expected}


def test_due_in_a_heading_with_a_lead_and_brackets() -> None:
    body = "Action items (due 30 April):\n- Clerk to renew the hall's licence\n"
    assert dues(body) == [("30 April", date(2025, 4, 30))]


@pytest.mark.parametrize(
    "body",
    [
        "Done by 15 September:\n- Nia to order new bins\n",
        "### Finance (by the Treasurer)\n- Nia to pay the insurance\n",
        "### Lettings (by email)\n- Owen to answer the hirers\n",
        "### Action items (10 March 2025)\n- Owen to answer the hirers\n",
        "At the May meeting:\n- Nia to order new bins\n",
    ],
)
def test_no_due_in_the_heading(body: str) -> None:
    assert [d for d in dues(body) if d != (None, None)] == []


def test_a_due_line_belongs_to_the_task_above_not_the_next() -> None:
    body = "Owen to repaint the porch railings.\nBy 20 May.\nNia to order new bins.\n"
    assert dues(body) == [("By 20 May", date(2025, 5, 20)), (None, None)]


# --- due words in the action's own sentence --------------------------------------------------


def phrase(sentence: str) -> tuple[str | None, date | None]:
    found = find_due(sentence)
    if found is None:
        return None, None
    return found.text, resolve_due(found.text, MEETING, next_meeting=NEXT)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # part of a month with no word before it
        ("Tessa to chase the glazier mid-May.", ("mid-May", date(2025, 5, 15))),
        ("Owen will order the bunting early June.", ("early June", date(2025, 6, 10))),
        ("Clerk to send the renewal late August", ("late August", date(2025, 8, 31))),
        # days near the meeting
        ("Raj will walk the boundary this weekend.", ("this weekend", date(2025, 3, 16))),
        # this meeting, after "after"
        ("Treasurer to bank the takings after the meeting.", ("after the meeting", None)),
        ("will pay the April rent after meeting", ("after meeting", None)),
        # a named next meeting with no word before it
        ("Nia to raise it again next committee meeting.", ("next committee meeting", NEXT)),
        # when, without a date
        ("Clerk to write to the insurers urgently.", ("urgently", None)),
        ("The gutters to be cleared as a matter of urgency.", ("as a matter of urgency", None)),
        ("Owen will send the letter soon.", ("soon", None)),
        # a span of time from the meeting
        (
            "Raj to survey the car park within the next 2 weeks.",
            ("within the next 2 weeks", date(2025, 3, 24)),
        ),
        ("Clerk to chase the county in a week’s time.", ("in a week’s time", date(2025, 3, 17))),
        (
            "Nia will review the hire rates in three weeks' time",
            ("in three weeks' time", date(2025, 3, 31)),
        ),
        ("Owen to test the alarms next 2 weeks.", ("next 2 weeks", date(2025, 3, 24))),
    ],
)
def test_due_words_in_the_sentence(sentence: str, expected: tuple[str, date | None]) -> None:
    assert phrase(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Nia to send an email about next committee meeting's venue.",
        "Tessa to circulate the mid-May survey results.",
        "The notes circulated after the meeting were agreed.",
        "Owen will reply as soon as he can.",
        "Raj will ring the brewery soon after the fete.",
        "The soon-to-be vacant seat was discussed.",
        "Tessa will chair the bookings group for the next 2 weeks.",
        "Raj to plan the next 3 months of events.",
    ],
)
def test_no_due_words_in_the_sentence(sentence: str) -> None:
    assert phrase(sentence) == (None, None)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "By the next meeting, Owen will price the new boiler.\n",
            ("By the next meeting", None),
        ),
        (
            "The licence was discussed. By 30 April, the Clerk will renew it.\n",
            ("By 30 April", date(2025, 4, 30)),
        ),
        (
            "Before the AGM, the Treasurer will circulate the accounts.\n",
            ("Before the AGM", None),
        ),
    ],
)
def test_due_opening_the_sentence(body: str, expected: tuple[str, date | None]) -> None:
    assert dues(body) == [expected]


def test_no_due_opening_the_sentence() -> None:
    body = "By then the Treasurer will circulate the accounts.\n"
    assert dues(body) == [(None, None)]
