"""Round 14: candidate actions that are no task (actions/nontasks.py and the rules that read
them), each beside a near sentence that is a task and stays one, on short Riverside
passages."""

from __future__ import annotations

from tests.conftest import owned_actions


def test_a_speaker_setting_the_item_aside_as_we_is_no_task() -> None:
    """ "We will skip this", "We will come back to this when ...": the meeting, through a
    speaker's label, leaving the item in hand; the speaker's own promise stays a task."""
    text = (
        "### Allotment rents\n\n"
        "Priya Patel: We will skip this.\n\n"
        "Tom Reed: The rents can wait. We will come back to this when more tenants are here.\n\n"
        "Tom Reed: I will write to the tenants about the new rents.\n"
    )
    assert owned_actions(text) == [("Tom Reed", "Write to the tenants about the new rents.")]


def test_an_action_moved_to_the_next_meeting_is_no_task() -> None:
    text = (
        "Summer fete\n\n"
        "**Action:** Moved to discuss at the next meeting as the date is not yet fixed.\n\n"
        "**Action:** Owen to book the marquee for the fete.\n"
    )
    assert owned_actions(text) == [("Owen", "Book the marquee for the fete")]


def test_an_event_taking_place_is_no_task() -> None:
    """ "will take place", "there be": what is to happen; who arranges it has the task."""
    text = (
        "Summer fete\n"
        "- Stalls open at 11am\n"
        "- Will take place on the green behind the Reading Room\n"
        "- Owen to book the green for the fete\n\n"
        "Litter pick\n"
        "* DH: there be a second litter pick in May for the new estate\n"
        "* DH: ask the school to lend gloves\n"
    )
    assert owned_actions(text) == [
        ("Owen", "Book the green for the fete"),
        ("DH", "Ask the school to lend gloves"),
    ]


def test_initials_in_brackets_after_a_remark_name_who_made_it() -> None:
    """Where the notes put the speaker's initials after each remark, a suggestion ("a
    suggestion to", "it would be good to", "we could try to") is no task; a promise with
    its owner bracketed ("would", "agreed to", "X to") and a passive stay tasks."""
    text = (
        "Present: Priya Patel (PP), Tom Reed (TR), Owen Lister (OL)\n\n"
        "Coffee mornings - A suggestion to hold a coffee morning after the school run (PP). "
        "It would be good to ask the shop for a raffle prize (TR). We could try to raise "
        "funds for new chairs (OL).\n\n"
        "Hall - The side gate is broken again (TR). Owen would ask the caretaker to mend it "
        "(OL). Tom agreed to price a new lock (TR). The keys to be returned to the office "
        "(PP).\n"
    )
    assert owned_actions(text) == [
        ("OL", "Ask the caretaker to mend it."),
        ("TR", "Price a new lock."),
        ("PP", "The keys to be returned to the office."),
    ]


def test_an_outcome_to_be_made_with_no_one_named_is_no_task() -> None:
    text = (
        "- Members will vote on the new logo. Decision to be made by email as some members "
        "are away.\n"
        "- Allotment waiting list\n"
        "  - Progress to be made there\n"
        "  - Owen to make a decision on the two quotes for the fence\n"
    )
    assert owned_actions(text) == [
        ("Owen", "Make a decision on the two quotes for the fence"),
    ]
