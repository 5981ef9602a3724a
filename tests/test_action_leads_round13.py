"""Prose actions, round 13: someone taking the lead on a piece of work or its ownership,
in a word for the role ("will be the lead for", "is leading the development of", "undertook
the drafting of", "has taken the lead on", "took ownership of"); a standing role is none."""

from __future__ import annotations

from tests.conftest import PARISH_HEAD, owned_actions


def _notes(lines: str) -> str:
    return PARISH_HEAD + "1. Village hall\n\n" + lines


def test_to_be_the_lead_owner_or_contact_for_a_piece_of_work() -> None:
    """ "will be the lead for", "to be the owner of", "agreed to be the point of contact for",
    "volunteered to be the lead on": a commitment to the work, its task the work led."""
    body = _notes(
        "Cllr Hale will be the lead for the hall refurbishment project.\n"
        "The Clerk is to be the owner of the grant application to the lottery.\n"
        "Cllr Shah agreed to be the point of contact for the hall's hirers.\n"
        "Ann volunteered to be the lead on the summer fete.\n"
    )
    assert owned_actions(body) == [
        ("Cllr Hale", "Lead the hall refurbishment project."),
        ("The Clerk", "Own the grant application to the lottery."),
        ("Cllr Shah", "Be the point of contact for the hall's hirers."),
        ("Ann", "Lead on the summer fete."),
    ]


def test_leading_work_now_or_undertaking_it() -> None:
    """ "is leading the development of", "is leading on", "undertook the drafting of" (the
    promise of "undertook", as in "undertook to draft"), "has taken the lead on", "took
    ownership of"."""
    body = _notes(
        "Cllr Shah is leading the development of the new hire agreement.\n"
        "Tom is leading on the replacement of the boiler.\n"
        "Cllr Barlow undertook the drafting of a letter to the diocese.\n"
        "Jane has taken the lead on the lighting survey.\n"
        "Cllr Hale took ownership of the website refresh.\n"
    )
    assert owned_actions(body) == [
        ("Cllr Shah", "Lead the development of the new hire agreement."),
        ("Tom", "Lead on the replacement of the boiler."),
        ("Cllr Barlow", "Undertake the drafting of a letter to the diocese."),
        ("Jane", "Take the lead on the lighting survey."),
        ("Cllr Hale", "Take ownership of the website refresh."),
    ]


def test_a_standing_role_or_the_meetings_business_is_no_task() -> None:
    """Being the lead member for a portfolio, leading a body, leading the item in the
    meeting, "is leading this" said of what the item is about: no task."""
    body = _notes(
        "Cllr Hale is the lead member for planning.\n"
        "The Chair leads the group.\n"
        "Cllr Shah is leading the finance team.\n"
        "Tom is leading this item.\n"
        "Jane is leading this and is keen to start in May.\n"
        "The County Council is leading the flood scheme.\n"
    )
    assert owned_actions(body) == []


def test_the_work_ends_before_a_state_said_of_it() -> None:
    """ "... and is hopeful": what is said of the lead after the work is not the task."""
    body = _notes("Cllr Shah is leading the work on the bins and is hopeful of a grant.\n")
    assert owned_actions(body) == [("Cllr Shah", "Lead the work on the bins")]


def test_more_ways_to_take_the_lead() -> None:
    """ "has agreed to be lead on", "will be the council's lead on", "was appointed as the
    lead for", "is taking the lead on", and a group set up "with X as lead" (the set-up is
    X's)."""
    body = _notes(
        "A working group will be set up to review the hire charges, with Cllr Hale as lead.\n"
        "Cllr Shah has agreed to be lead on the grant bid.\n"
        "Ann will be the council's lead on the flood plan.\n"
        "Tom was appointed as the lead for the play area refurbishment.\n"
        "Jane is taking the lead on the defibrillator project.\n"
    )
    assert owned_actions(body) == [
        ("Cllr Hale", "Set up a working group to review the hire charges."),
        ("Cllr Shah", "Lead on the grant bid."),
        ("Ann", "Lead on the flood plan."),
        ("Tom", "Lead the play area refurbishment."),
        ("Jane", "Take the lead on the defibrillator project."),
    ]


def test_work_undertaken_in_the_past_is_no_task() -> None:
    """ "undertook the organisation of the fete last year and thanked ...": what was done."""
    body = _notes(
        "Cllr Hale undertook the organisation of the fete last year and thanked the helpers.\n"
    )
    assert owned_actions(body) == []
