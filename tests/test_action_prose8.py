"""Prose actions, round 8: a second agent by initials after "and" when the clause before
is no commitment ("The council welcomed the talk and CP to send a poster")."""

from __future__ import annotations

from tests.conftest import PARISH_HEAD, owned_actions


def test_initials_to_verb_after_a_finished_clause() -> None:
    """ "<a clause> and <initials> to <verb>": the initials own the task, whatever the
    clause before reports (a welcome, something prepared)."""
    body = PARISH_HEAD + (
        "4. Heathland project\n\n"
        "The council welcomed the talk on the heathland and TH to circulate the slides to "
        "all members.\n\n"
        "A first draft of the village plan had been prepared and PS to check the figures "
        "before May.\n"
    )
    assert owned_actions(body) == [
        ("TH", "Circulate the slides to all members."),
        ("PS", "Check the figures before May."),
    ]


def test_a_thing_after_and_is_no_agent() -> None:
    """A name in lower or mixed case after "and" is a second object, "to" its purpose: no
    task for it."""
    body = PARISH_HEAD + (
        "5. Play area\n\nThe Clerk bought netting and Velcro to put around the swings last week.\n"
    )
    assert owned_actions(body) == []


def test_reported_that_she_would() -> None:
    """ "X reported (shared, mentioned) that she would <verb>": the speaker's own task, as
    with "said"; news of a state ("would be away") is none."""
    body = PARISH_HEAD + (
        "6. Finance\n\n"
        "The bank mandate was out of date and the Clerk reported that she would ask the bank "
        "for new forms.\n\n"
        "Cllr Hale mentioned that he would chase the grass cutting invoice.\n\n"
        "Cllr Shah reported that she would be away for the June meeting.\n"
    )
    assert owned_actions(body) == [
        ("the Clerk", "Ask the bank for new forms."),
        ("Cllr Hale", "Chase the grass cutting invoice."),
    ]


def test_person_will_with_a_verb_of_two_senses() -> None:
    """A person named, "will" and a verb that is a task only in one sense: "get" with a bare
    plural object, "follow <the matter> with <someone>"; "will be <adverb> <verb>ing" is the
    verb's task. Not "get a chance", "follow the same format", "be really pleased"."""
    body = PARISH_HEAD + (
        "7. Village fete\n\n"
        "Cllr Hale will get signatures from the shops on the high street.\n\n"
        "Cllr Shah will follow the enquiry with the county highways team.\n\n"
        "Mrs Cole will be personally contacting the stallholders.\n\n"
        "Cllr Barlow will get a chance to speak at the fete.\n\n"
        "Cllr Hale will follow the same format as last year.\n\n"
        "Cllr Shah will be really pleased with the turnout.\n"
    )
    assert owned_actions(body) == [
        ("Cllr Hale", "Get signatures from the shops on the high street."),
        ("Cllr Shah", "Follow the enquiry with the county highways team."),
        ("Mrs Cole", "Contact the stallholders."),
    ]


def test_a_body_committing_in_reported_speech() -> None:
    """ "Name said that the <body> board/committee will <commit>": the body's task, as when
    the sentence opens with it; a decision ("will approve") is none."""
    body = PARISH_HEAD + (
        "8. Allotments\n\n"
        "Cllr Hale said that the Allotments Committee will conduct a survey of plot holders.\n\n"
        "Cllr Shah reported that the Harbour Board will organise the regatta clean-up.\n\n"
        "Cllr Hale said that the Allotments Committee will approve the new rents.\n"
    )
    assert owned_actions(body) == [
        ("the Allotments Committee", "Conduct a survey of plot holders."),
        ("the Harbour Board", "Organise the regatta clean-up."),
    ]


def test_will_have_to_or_need_to() -> None:
    """ "will have to <verb>", "'ll need to <verb>": the verb after "to" is the task (a
    speaker's "we" is the speaker); "would have to" is a condition, "have to be" a state."""
    body = PARISH_HEAD + (
        "9. Footpaths\n\n"
        "Cllr Hale will need to check the lease before May.\n\n"
        "Tom: we'll have to ask the landowner about the stile\n\n"
        "Cllr Shah would have to declare an interest.\n\n"
        "Cllr Barlow will have to be careful with the budget.\n"
    )
    assert owned_actions(body) == [
        ("Cllr Hale", "Check the lease before May."),
        ("Tom", "Ask the landowner about the stile"),
    ]


def test_a_speakers_lets() -> None:
    """ "Name: Let's <verb of a task> ...": the speaker's proposal, the speaker's task; not
    "Let's move on", "Let's see how it goes", nor a question."""
    body = PARISH_HEAD + (
        "10. Open forum\n\n"
        "- Priya: Let's book the scout hut for the quiz night\n"
        "- Tom: Let's move on to the next item\n"
        "- Ann: Let's see how it goes\n"
        "- Tom: Let's ask the school about parking?\n"
    )
    assert owned_actions(body) == [("Priya", "Book the scout hut for the quiz night")]
