"""Prose actions, round 13: "<Name> to ACTION" closing a sentence gives it to them, and a
job's verb written with a capital after "to" ("Peter to Email the template")."""

from __future__ import annotations

from tests.conftest import PARISH_HEAD, owned_actions


def test_a_name_to_action_closing_a_sentence_owns_it() -> None:
    """ "Tom to ACTION." after a sentence that gave no one the job: the sentence is
    theirs; after one that named the same owner already, no second action."""
    body = PARISH_HEAD + (
        "1. Hedges\n"
        "The hedge has been cut back. Agreed a contractor should be found for the lane "
        "hedge.  Tom to ACTION.\n"
        "Cllr Shah will ask the school about the verge. Cllr Shah to ACTION.\n"
    )
    assert owned_actions(body) == [
        ("Tom", "Agreed a contractor should be found for the lane hedge."),
        ("Cllr Shah", "Ask the school about the verge."),
    ]


def test_a_jobs_verb_in_a_capital_after_to() -> None:
    """ "Tom to Email the ...", "Priya to Contact the ...": the verb of a job, capitalised;
    not a name ("to Mark the plots"), nor "to" a place or a person."""
    body = PARISH_HEAD + (
        "1. Hall\n"
        "Monitoring of bookings\n"
        "Cllr Hale to Email the booking form to the hirers.\n"
        "Priya to Contact the caretaker about the boiler.\n"
        "Jane to Mark the plots.\n"
        "The letter went to Chase Bank.\n"
    )
    assert owned_actions(body) == [
        ("Cllr Hale", "Email the booking form to the hirers."),
        ("Priya", "Contact the caretaker about the boiler."),
    ]


def test_names_after_a_gap_close_a_list_line() -> None:
    """Names of people present after two spaces or more, as in a column, own the line's
    task; a name nobody present bears, or a remark, does not."""
    body = PARISH_HEAD + (
        "1. Website\n"
        "- Write up the booking policy, open a ticket for the long term plan  Tom/Priya\n"
        "- Check the hall's insurance  Jane\n"
        "- Replace the broken notice board  Bernard\n"
        "- The meeting asked if the hall could open later  Ann\n"
    )
    assert owned_actions(body) == [
        ("Tom/Priya", "Write up the booking policy, open a ticket for the long term plan"),
        ("Jane", "Check the hall's insurance"),
    ]
