"""Actions in hurried notes, round 13: names of people present written in small letters
("tom + priya to create ...", "- alan will fix ..."), and an owner written last, after a
dash or in brackets, on a line whose words are no task, in notes whose other lines give
jobs that way ("Poster for the fete - Tom")."""

from __future__ import annotations

from tests.conftest import owned_actions

_HEAD = (
    "Riverside Allotment Society\nCommittee meeting, 4 March 2026\n\n"
    "Present: Priya Patel, Tom Reed, Sam Jones, Alan Marsh, the Secretary\n\n"
)


def test_names_in_small_letters_of_people_present() -> None:
    """A name the attendance gives, in small letters though it is a word ("tom"), joined by
    "+", "/", "&" or "and", then "to" or "will" and any verb of a task."""
    body = _HEAD + (
        "1. Water troughs\n"
        "- troughs on the top field are leaking again\n"
        "- tom + priya to create a monthly update for the notice board\n"
        "- priya/tom to ring the water board\n"
        "- alan will prepare a rota for the troughs\n"
        "tom to order a new hose\n"
    )
    assert owned_actions(body) == [
        ("tom + priya", "Create a monthly update for the notice board"),
        ("priya/tom", "Ring the water board"),
        ("alan", "Prepare a rota for the troughs"),
        ("tom", "Order a new hose"),
    ]


def test_a_word_in_small_letters_that_names_no_one_present_is_no_owner() -> None:
    """ "mark", "bill" are words and name no one here: no agent."""
    body = _HEAD + (
        "1. Fees\n- bill to be paid by the treasurer\n- mark + sign the plot boundaries\n"
    )
    assert owned_actions(body) == []


def test_an_owner_last_by_the_notes_convention() -> None:
    """Where other lines give jobs as "task - Owner" or "task (Owner)", a line of the same
    shape is a job whatever its words: a thing wanted, a problem to see to."""
    body = _HEAD + (
        "1. Open day\n"
        "- Order a new ball valve - Tom\n"
        "- Ask the school about a stall (Priya)\n"
        "- New padlock for the top gate - Alan\n"
        "- Booking form on the website broken on phones (Priya)\n"
        "- poster for the open day - sam\n"
        "- Rent review letter - the Secretary\n"
    )
    assert owned_actions(body) == [
        ("Tom", "Order a new ball valve"),
        ("Priya", "Ask the school about a stall"),
        ("Alan", "New padlock for the top gate"),
        ("Priya", "Booking form on the website broken on phones"),
        ("sam", "Poster for the open day"),
        ("the Secretary", "Rent review letter"),
    ]


def test_no_job_by_convention_from_a_report_a_past_event_or_a_name() -> None:
    """A statement ("is closed"), what happened ("last year"), a name and its initials, an
    attendance line, or a line of notes that give no jobs that way: no action."""
    body = _HEAD + (
        "1. Open day\n"
        "- Order a new ball valve - Tom\n"
        "- Ask the school about a stall (Priya)\n"
        "- The hall is closed for repairs - Tom\n"
        "- Water bills up on last year - Sam\n"
        "- Guest speaker Peter Grant (PG)\n"
    )
    assert owned_actions(body) == [
        ("Tom", "Order a new ball valve"),
        ("Priya", "Ask the school about a stall"),
    ]
    alone = _HEAD + "1. Open day\n- New padlock for the top gate - Alan\n"
    assert owned_actions(alone) == []
