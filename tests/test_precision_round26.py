"""Actions, round 26 (precision on long formal minutes): kinds of sentence that formal
minutes write and that read as tasks but are none, each beside the true tasks of the same
shape that stay."""

from __future__ import annotations

import pytest

from tests.conftest import PARISH_HEAD, owned_actions

# A district's formal minutes with no "Cllr": councillors titled in full, a motion seconded.
DISTRICT_HEAD = (
    "Minutes of the Ordinary Meeting of the Glenmore Municipal District\n\n"
    "Present: Councillor P. Dunne (Cathaoirleach), Councillor M. Ryan, Councillor K. Nolan\n\n"
    "1. The minutes of the May meeting were proposed by Councillor Ryan, seconded by "
    "Councillor Nolan and adopted.\n\n"
)


def _parish(lines: str) -> str:
    return PARISH_HEAD + "1. Matters arising\n\n" + lines


# -- "Will ..." naming no one, in formal minutes --------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        _parish("Will arrange for the hedge at Mill Lane to be cut.\n"),
        _parish("The footpath at Church Row was discussed. Will contact the highways authority.\n"),
        _parish("- Will write to the bus company regarding the timetable\n"),
        _parish("WILL order two new benches for the green.\n"),
        _parish("Going to book the hall for the annual parish meeting.\n"),
        DISTRICT_HEAD + "2. Roads\nWill repair the public lighting at Church View\n",
    ],
)
def test_will_naming_no_one_in_formal_minutes_is_no_task(body: str) -> None:
    """Formal minutes (councillors titled, motions seconded) name who will act: a sentence
    opening "Will ..." with no one named there is a question's or a report's, no clerk's
    shorthand for a task."""
    assert owned_actions(body) == []


def test_formal_minutes_keep_a_named_will_and_a_need() -> None:
    """The same minutes' tasks stay: "Will ..." under a councillor's heading is theirs, a
    subject named keeps its task ("We will ..." too), and "...; need to ..." is the
    matter's own."""
    body = _parish(
        "Cllr Hale\n- Will contact the highways authority about the verge\n\n"
        "The Clerk will write to the bus company.\n\n"
        "We will have a short meeting next week to plan the fete.\n\n"
        "The verge was discussed; need to check the insurance first.\n"
    )
    assert owned_actions(body) == [
        ("Cllr Hale", "Contact the highways authority about the verge"),
        ("The Clerk", "Write to the bus company."),
        (None, "Hold a short meeting next week to plan the fete."),
        (None, "Check the insurance first."),
    ]


def test_notes_naming_a_councillor_once_keep_their_will_shorthand() -> None:
    """A society's notes that name a councillor once are no formal body's minutes: their
    "- Will ..." bullets are the note-taker's shorthand for tasks."""
    body = (
        "Allotment Society committee notes, 4 May 2026\n\nPresent: Ann, Bob, Carol\n\n"
        "- Will book the hall for the quiz night\n"
        "- Cllr Shah attended and spoke about the water supply\n"
        "- Will order seed potatoes from the wholesaler\n"
    )
    assert owned_actions(body) == [
        (None, "Book the hall for the quiz night"),
        (None, "Order seed potatoes from the wholesaler"),
    ]


# -- what a report, review or inspection calls for ------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "The CQC report required the Trust to improve its discharge processes.\n",
        "The audit report recommended that the Clerk should review the asset register.\n",
        "The internal auditor's report recommended that the Clerk should update the register.\n",
        "The safeguarding review recommended that the Secretary should update the policy.\n",
        "The RoSPA inspection report recommended that the Clerk should replace the swing seats.\n",
    ],
)
def test_what_a_document_calls_for_is_no_task(line: str) -> None:
    """A report's, an audit's or an inspection's recommendation or requirement, presented to
    the meeting: what the paper calls for, not a task the meeting gave (as "The report said
    that ..." was already none)."""
    assert owned_actions(_parish("4. Reports\n\n" + line)) == []


def test_the_meetings_own_call_on_a_document_stays() -> None:
    """The meeting recommending, a member asking, someone named acting on the paper, or a
    note's "... required" (no document named as one): tasks."""
    body = _parish(
        "4. Reports\n\n"
        "Following the audit report, the Clerk will review the asset register.\n\n"
        "The Committee recommended that the Clerk should obtain three quotes.\n\n"
        "Cllr Hale asked the Clerk to send the audit report to the auditor.\n\n"
        "The plan requires a tree survey. The Clerk agreed to contact the insurers by May.\n\n"
        "Tree survey required Clerk to chase\n"
    )
    assert owned_actions(body) == [
        ("the Clerk", "Review the asset register."),
        ("the Clerk", "Obtain three quotes."),
        ("the Clerk", "Send the audit report to the auditor."),
        ("The Clerk", "Contact the insurers by May."),
        ("Clerk", "Chase (tree survey required)"),
    ]


# -- an action log's column heads after an "Action" marker ------------------------------------


def _item(line: str) -> str:
    return _parish("4. Village hall roof\n\nThe roof repairs were discussed.\n\n" + line)


@pytest.mark.parametrize(
    "line",
    [
        "Actions: Responsible / Note\n",
        "ACTIONS: Action Owner Due Date\n",
        "**Action** – Lead / Target date / Status\n",
        "ACTION: Who / When\n",
        "Action - Person responsible / Deadline / Progress\n",
    ],
)
def test_column_heads_after_an_action_marker_are_no_owner_nor_task(line: str) -> None:
    """A log's columns written out after the marker ("Actions: Responsible / Note") head the
    rows below: their words are no one, and the item's sentence above is no task of theirs."""
    assert owned_actions(_item(line)) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Action: Update the progress notes\n", [(None, "Update the progress notes")]),
        ("Action: Cllr Hale\n", [("Cllr Hale", "The roof repairs were discussed.")]),
        (
            "Action: Responsible finance officer\n",
            [("Responsible finance officer", "The roof repairs were discussed.")],
        ),
    ],
)
def test_a_task_or_an_owner_after_an_action_marker_stays(
    line: str, expected: list[tuple[str | None, str]]
) -> None:
    """A task worded with a column's word, or an owner (a person, a role), stays as it was."""
    assert owned_actions(_item(line)) == expected
