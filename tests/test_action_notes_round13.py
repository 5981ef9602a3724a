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


def test_shorthand_with_no_subject_under_a_persons_heading_or_bullet() -> None:
    """ "Will ..." and "Need to ..." with their subject dropped: the person a heading names
    ("### Helen"), or the person opening the bullet they hang from ("Rob asked ..."); with
    no one, a need after a semicolon is an action with no owner, and a line opening with
    "Need to" a need stated, no task (round 24: such lines were a gold action once in six on
    the dev and validation sets)."""
    body = (
        "Riverside Makers\nWeekly call, 4 March 2026\n\n"
        "Attendees: Helen Ward, Tom Reed, Priya Patel, Rob Hale\n\n"
        "## Updates\n\n"
        "### Helen\n"
        "- Will profile the import code and report\n"
        "- Need to chase the printer\n\n"
        "### Tom\n"
        "- Fixed the login bug\n"
        "- Will look at the flaky test\n\n"
        "## Discussion\n"
        "- Rob asked if we had told the members\n"
        "  - Mentioned the mailing list\n"
        "  - Will check with the list owners on this\n"
        "- Need to build a public list of the tools.\n"
        "- Priya has asked for two tables at the fair; need to confirm there is power\n"
    )
    assert owned_actions(body) == [
        ("Helen", "Profile the import code and report"),
        ("Helen", "Chase the printer"),
        ("Tom", "Look at the flaky test"),
        ("Rob", "Check with the list owners on this"),
        (None, "Confirm there is power"),
    ]


def test_shorthand_that_says_what_a_thing_will_do_or_a_view_is_no_task() -> None:
    """With no one named, "Will require ..." says what a change will do; "Will be good",
    "Need to think about it", a question: no task."""
    body = (
        "Riverside Makers\nWeekly call, 4 March 2026\n\n"
        "Attendees: Helen Ward, Tom Reed\n\n"
        "## New rules\n"
        "Removes the old store. Will interfere with the backups according to Tom.\n"
        "- Will require a working group to change the rules\n"
        "- Will be good to see more people next time\n"
        "- Need to think about it\n"
        "- Need to ask the landlord?\n"
    )
    assert owned_actions(body) == []


def test_initials_of_someone_present_own_a_task_after_a_dash() -> None:
    """Initials the attendance gives by its names ("Priya Patel" -> "PP"), used far below
    after a dash, are that person, not a body's acronym; also where the line runs on into
    the paragraph above. What was done ("- Clerk has replied") is no owner."""
    body = (
        "Riverside Society\nMeeting 4 March 2026\n\n"
        "Present: Priya Patel [PP], Tom Reed, the Clerk\n\n"
        "1. Fees\nThe fees were discussed at length.\n\n"
        "Check the bank mandate - PP\n\n"
        "2. Insurance\nThe renewal was looked at closely and the cover was agreed after a long\n"
        "look at the figures. Send the renewal form to the broker - TR\n\n"
        "3. Correspondence\nEmail from a resident about parking on the lane – Clerk has replied.\n"
    )
    assert owned_actions(body) == [
        ("PP", "Check the bank mandate"),
        ("TR", "Send the renewal form to the broker"),
    ]


def test_shorthand_marked_done_is_no_task() -> None:
    """ "- Will send the insurance form - done" under a person's heading: done since."""
    body = (
        "Riverside Makers\nWeekly call, 4 March 2026\n\n"
        "Attendees: Helen Ward, Tom Reed\n\n"
        "### Helen\n"
        "- Will send the insurance form - done\n"
        "- Will send the hall keys (completed)\n"
    )
    assert owned_actions(body) == []
