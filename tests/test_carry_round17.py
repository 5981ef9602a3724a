"""Round 17, owners carried by labels and speakers (issue 11): Greywell text, written for
these tests."""

from __future__ import annotations

import pytest

from tests.conftest import owned_actions

NUMBERED_SPEAKERS = """Greywell Tennis Club committee, 3 March 2025

1. Open day

\t31. NM - I will send the entry forms out to the clubs.
\t32. WQ - Ok, so everyone should have a look at them.
4. Priya: I'll draft the letter to the league by Friday.
5) KT - I think the day went well.
6. KT - We will need more chairs.
"""


def test_a_speakers_label_after_a_points_number_owns_the_first_person() -> None:
    """ "31. NM - I will ...", "4. Priya: I'll ...": the number is passed over and the label
    names who "I" is; a view ("I think") or a need ("we will need") is no task."""
    assert owned_actions(NUMBERED_SPEAKERS) == [
        ("NM", "Send the entry forms out to the clubs."),
        ("Priya", "Draft the letter to the league by Friday."),
    ]


@pytest.mark.parametrize("number", ["2.1 ", "(3) ", "12. ", "7) "])
def test_any_points_number_before_a_speakers_label(number: str) -> None:
    text = f"Greywell Tennis Club committee, 3 March 2025\n\n{number}JB - I will order the nets.\n"
    assert owned_actions(text) == [("JB", "Order the nets.")]


def test_a_number_before_a_topics_label_names_no_speaker() -> None:
    text = (
        "Greywell Tennis Club committee, 3 March 2025\n\n"
        "4. Budget: I will say more about this next time.\n"
    )
    assert owned_actions(text) == []


CARRIED = """Greywell Parish Council, 3 March 2025

1. Village hall
DK: to chase the hire firm. To check dates for the AGM. To book the hall and circulate a timetable.
ACTION: Clerk to write to the county about the verge. Also to ask about the drains.
Priya: to order the nets; to book the courts by May.
Tom Hale will contact the school. To be noted that the hall is shut.
Sue will ring the vet. To save money, the Clerk will buy the seed.
"""


def test_sentences_opening_with_to_carry_the_owner_of_the_task_before() -> None:
    """One owner, then task after task as "To <verb> ..." sentences (or "; to <verb>"): one
    action each, all the owner's. "To be noted" (no task) and a purpose clause with its own
    subject ("To save money, the Clerk will ...") carry nothing."""
    assert owned_actions(CARRIED) == [
        ("DK", "Chase the hire firm."),
        ("DK", "Check dates for the AGM."),
        ("DK", "Book the hall and circulate a timetable."),
        ("Clerk", "Write to the county about the verge"),
        ("Clerk", "Ask about the drains."),
        ("Priya", "Order the nets"),
        ("Priya", "Book the courts by May."),
        ("Tom Hale", "Contact the school."),
        ("Sue", "Ring the vet."),
        ("the Clerk", "Buy the seed."),
    ]


LABELLED = """Greywell Parish Council, 3 March 2025

1. Matters
JP, KL : Website - needs a refresh. To draft a plan.
Clerk: the hall roof leaks again. To get two quotes. To ask the insurer.
Note: the hall is shut. To be continued.
Budget: the figures were agreed. To note the reserves.
"""


def test_an_owners_label_then_the_matter_then_to_sentences() -> None:
    """ "JP, KL : Website - needs a refresh. To draft a plan.": the label's owners own each
    "To" sentence after the matter; a label that is no owner ("Note:", "Budget:") none."""
    assert owned_actions(LABELLED) == [
        ("JP, KL", "Draft a plan."),
        ("Clerk", "Get two quotes."),
        ("Clerk", "Ask the insurer."),
    ]


BARE = """Greywell Parish Council, 3 March 2025

Present: Ann Hale (AH), Ryan Cole (RC), Jo Finch (Clerk)

1. Matters
Matters Arising 25/14 – It was confirmed the refund from the hall committee remains \
outstanding. AH to chase Action AH 25/15 – The new bench was installed.
It was noted there was no copy of the grant form. RC to obtain one.
Suggestions for the fete:
• Climbing wall (Cllr Hale to check) • Stalls for local groups.
b) Cllr Hale agreed to check the bank reconciliation before May. c) Clerk to instruct. d) Footpaths
We agreed to try a stall. The tea urn is broken again. Action RC will look into this.
Jo to ask the school about parking. RC to follow it up.
"""


def test_a_verb_alone_takes_what_it_is_about_from_the_words_before() -> None:
    """ "AH to chase", "RC to obtain one", "(Cllr Hale to check)": the task keeps, in
    brackets, the sentence before in its paragraph (for "this", "it", "one": the nearest)
    or the words before its bracket; not another point's words ("c) Clerk to instruct") nor
    a sentence that is a task itself."""
    assert owned_actions(BARE) == [
        ("AH", "Chase (the refund from the hall committee remains outstanding)"),
        ("RC", "Obtain one (there was no copy of the grant form)"),
        ("Cllr Hale", "Check (climbing wall)"),
        ("Cllr Hale", "Check the bank reconciliation before May."),
        ("Clerk", "Instruct."),
        ("RC", "Look into this (the tea urn is broken again)"),
        ("Jo", "Ask the school about parking."),
        ("RC", "Follow it up."),
    ]


TAGGED = """Greywell Parish Council, 3 March 2025

Present: Gail Fenn (GF), John Moss (JM), Lee Dunn (LD)

1. Bins
The quote for the new bins was high. Chase. GF
The verge sign is down. Report it to the county. JM
The minutes to be posted on the website. JM/LD
The quote for the benches was agreed. GF
Any other business was taken at the end. AOB
"""


def test_initials_closing_a_line_own_its_last_sentences_task() -> None:
    """A margin's owner flattened onto the line's end: an imperative, a verb alone (which
    takes what it is about from before) or a thing "to be" done, then the initials the
    attendance defines. A report before initials, or an acronym the attendance does not
    define ("AOB"), gives none."""
    assert owned_actions(TAGGED) == [
        ("GF", "Chase (the quote for the new bins was high)"),
        ("JM", "Report it to the county"),
        ("JM/LD", "The minutes to be posted on the website"),
    ]


JOINED = """Greywell Parish Council, 3 March 2025

1. Fair
Tom to followup the people we met at the fair.
Jo will setup the stall for the fete.
The Clerk will handover the keys to the new caretaker.
Priya to checkin with the school about the dates.
The dragon costume will be worn at the fair.
"""


def test_a_verb_and_its_particle_spelt_as_one_word_is_the_verb() -> None:
    """ "followup", "setup", "handover", "checkin": a task's verb; "dragon" is no "drag on"."""
    assert owned_actions(JOINED) == [
        ("Tom", "Followup the people we met at the fair."),
        ("Jo", "Setup the stall for the fete."),
        ("The Clerk", "Handover the keys to the new caretaker."),
        ("Priya", "Checkin with the school about the dates."),
    ]


BRACKETED = """Greywell Residents Association, 3 March 2025

1. Finance
- (Priya) Update on the bank.
- Will talk with the bank in June to sort out the signatories.
- (Tom) Hall hire.
- The hall is booked for May.
- I will ask the trustees for a refund.

Will send the minutes round.
"""


def test_a_name_in_brackets_opening_a_bullet_speaks_the_bullets_after_it() -> None:
    """ "- (Priya) Update on the bank." then "- Will talk with the bank": Priya's, up to the
    next bracketed name; a line after the bullets is no one's."""
    assert owned_actions(BRACKETED) == [
        ("Priya", "Talk with the bank in June to sort out the signatories."),
        ("Tom", "Ask the trustees for a refund."),
        (None, "Send the minutes round."),
    ]
