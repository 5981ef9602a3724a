"""Who "I" is in notes written by many hands (actions/first_person.py): the speaker the
line names, the presenter the heading names, the role the writer gives themself; "I"
stays when nothing names them."""

from __future__ import annotations

from tests.conftest import owned_actions


def test_a_scribes_continuation_line_is_the_last_labelled_speakers() -> None:
    text = (
        "2025-03-04 19:02:10\tscribe\tpriya: the footpath survey is half done\n"
        "2025-03-04 19:02:30\tomar\tpresent+\n"
        "2025-03-04 19:02:41\tscribe\t... I'll finish the footpath survey by April\n"
    )
    assert owned_actions(text) == [("priya", "Finish the footpath survey by April")]


def test_a_labelled_remark_then_its_continuation() -> None:
    text = (
        "## Website\n"
        "* Dana Reyes: the booking page is slow.\n"
        "* ... I'll ask the host about a faster plan.\n"
    )
    assert owned_actions(text) == [("Dana Reyes", "Ask the host about a faster plan.")]


def test_the_presenter_named_by_the_heading() -> None:
    text = (
        "### Grants update - Joe\n"
        "* I'll be sending the grant form to the lottery fund next week.\n"
        "### Youth club (Mia)\n"
        "* I will book the minibus for the trip.\n"
    )
    assert owned_actions(text) == [
        ("Joe", "Send the grant form to the lottery fund next week."),
        ("Mia", "Book the minibus for the trip."),
    ]


def test_the_role_the_writer_gives_themself() -> None:
    text = (
        "Treasurer's note\n\n"
        "This is my last meeting as treasurer. I will hand the bank mandate to whoever "
        "follows me.\n\n"
        "Secretary's note\n\n"
        "As Secretary, I will send the AGM notice to all plot holders.\n"
    )
    assert owned_actions(text) == [
        ("treasurer", "Hand the bank mandate to whoever follows me."),
        ("Secretary", "Send the AGM notice to all plot holders."),
    ]


def test_i_stays_when_nothing_names_the_writer() -> None:
    """A letter with no name, and a word closing a heading ("Plans - Summer"), name no
    one."""
    text = (
        "Plans - Summer\n"
        "Dear members, here are the minutes of the May meeting.\n"
        "I'll post the June minutes on the noticeboard.\n"
    )
    assert owned_actions(text) == [("I", "Post the June minutes on the noticeboard.")]
