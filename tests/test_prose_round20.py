"""Commitments inside prose with no marker on their line (issue 11, round 20): a reporter's
second verb after a report of what they have done ("The Clerk said she had written to the
county and would chase them"), the meeting's view of who should act ("It was felt that the
Clerk should write to ..."), something to be done whose subject is a long noun phrase with a
clause of its own ("The tenant of the cottage where the gutter leaks will be contacted"),
two commitments of a sentence hard-wrapped after its "and", an agreement naming its doer
with the verb in the present ("It was agreed that the Clerk writes to ..."), a school's,
church's or website's post as the doer ("The Headteacher will ..."), a thing to be done named
with where it is ("Hedge by the bus stop to be cut back"), and the near misses each must
pass over."""

from __future__ import annotations

import pytest

from tests.conftest import owned_actions

HEAD = (
    "Minutes of Fernley Parish Council, 3 March 2026\n"
    "Present: Cllr Rhoda Vance (Chair), Cllr Ewan Pryor, Cllr Lily Marsh, Mr Idris Cole, "
    "Mrs Nina Hext (Clerk)\n\n4. Village matters\n"
)


def owned(paragraph: str) -> list[tuple[str | None, str]]:
    return owned_actions(HEAD + paragraph + "\n")


@pytest.mark.parametrize(
    ("paragraph", "owner", "task"),
    [
        (
            "The Clerk reported that she had written to Highways and would chase them for a reply.",
            "The Clerk",
            "Chase them for a reply.",
        ),
        (
            "Cllr Pryor said he had spoken to the farmer and would ask him again about the mud.",
            "Cllr Pryor",
            "Ask him again about the mud.",
        ),
        (
            "Mr Cole said he had not yet heard from the insurers but would ring them on Monday.",
            "Mr Cole",
            "Ring them on Monday.",
        ),
        (
            "CLLR MARSH explained that she was still waiting for the plans and would circulate"
            " them once received.",
            "CLLR MARSH",
            "Circulate them once received.",
        ),
        (
            "Cllr Vance confirmed she had met the diocese, and would draft the lease terms.",
            "Cllr Vance",
            "Draft the lease terms.",
        ),
    ],
)
def test_a_reporters_second_verb_after_what_they_did_is_theirs(
    paragraph: str, owner: str, task: str
) -> None:
    assert owned(paragraph) == [(owner, task)]


@pytest.mark.parametrize(
    ("paragraph", "owner", "task"),
    [
        (
            "It was felt that the Clerk should write to the bus company about the timetable.",
            "the Clerk",
            "Write to the bus company about the timetable.",
        ),
        (
            "It was suggested that Cllr Marsh should speak to the vicar about the lych gate.",
            "Cllr Marsh",
            "Speak to the vicar about the lych gate.",
        ),
        (
            "Cllr Pryor suggested that the Clerk should contact the police about speeding.",
            "the Clerk",
            "Contact the police about speeding.",
        ),
        (
            "The playing field was discussed at length; it was thought that Mr Cole should"
            " measure the pitch before the season.",
            "Mr Cole",
            "Measure the pitch before the season.",
        ),
        (
            "It was proposed that the Chair should email the MP about the post office.",
            "the Chair",
            "Email the MP about the post office.",
        ),
    ],
)
def test_the_meetings_view_of_who_should_act_is_their_task(
    paragraph: str, owner: str, task: str
) -> None:
    assert owned(paragraph) == [(owner, task)]


@pytest.mark.parametrize(
    "paragraph",
    [
        # past reports, with no promise after them
        "The Clerk reported that she had written to Highways and had chased them twice.",
        "Cllr Pryor said he had spoken to the farmer, who had been very helpful.",
        # a view of what may happen, not a task
        "It was thought that the Clerk would retire at the end of the year.",
        "It was felt that the County should repair the road before winter.",
        "It was suggested that the contractor should finish the job in May.",
        "It was suggested that the Clerk could look at grants one day.",
    ],
)
def test_near_misses_are_no_tasks(paragraph: str) -> None:
    assert owned(paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "owner", "task"),
    [
        (
            "The tenant of the cottage where the gutter leaks onto the path by the school will"
            " be contacted about a repair.",
            None,
            "Contact the tenant of the cottage where the gutter leaks onto the path by the"
            " school about a repair.",
        ),
        (
            "More work on the costs of a new village sign will be undertaken.",
            None,
            "Undertake more work on the costs of a new village sign.",
        ),
        (
            "Any questions the auditor could not answer will be taken up by the Clerk next week.",
            "the Clerk",
            "Take up any questions the auditor could not answer next week.",
        ),
        (
            "Most replies had come in before the meeting and the remaining forms that Mr Cole"
            " could not collect will be chased by Cllr Marsh.",
            "Cllr Marsh",
            "Chase the remaining forms that Mr Cole could not collect.",
        ),
        (
            "Our reply to the housing consultation will be drafted over the summer.",
            None,
            "Draft our reply to the housing consultation over the summer.",
        ),
    ],
)
def test_a_long_subject_with_a_clause_of_its_own_is_what_is_to_be_done(
    paragraph: str, owner: str | None, task: str
) -> None:
    assert owned(paragraph) == [(owner, task)]


@pytest.mark.parametrize(
    "paragraph",
    [
        # no noun phrase before the relative clause: a reporting frame or a clause
        "4a It was agreed the date of the October meeting of the Parish Council would be"
        " moved back a week.",
        "The Chair mentioned that the damaged fence that Mr Cole reported will be mended.",
        # what is known or decided, no task
        "The results of the survey that the school ran will be known in May.",
    ],
)
def test_long_subjects_that_are_no_things_to_do(paragraph: str) -> None:
    assert owned(paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "The date of the fun day was agreed. Idris will book the bouncy castle and\n"
            "Nina will order the bunting when the money is in. Lily will draft a poster.",
            [
                ("Idris", "Book the bouncy castle"),
                ("Nina", "Order the bunting when the money is in."),
                ("Lily", "Draft a poster."),
            ],
        ),
        (
            "Quotes were reviewed at length. Cllr Vance will ask the two firms for dates and\n"
            "  she will report back in May.",
            [("Cllr Vance", "Ask the two firms for dates"), ("Cllr Vance", "Report back in May.")],
        ),
        (
            "The hedge on Mill Lane was discussed. The Clerk will write to the owner and\n"
            "the County will be told about the verge.",
            [("The Clerk", "Write to the owner"), (None, "Tell the County about the verge.")],
        ),
        (
            "Cllr Pryor will measure the pitch and\n"
            "Cllr Marsh would ask the league about fixtures.",
            [("Cllr Pryor", "Measure the pitch"), ("Cllr Marsh", "Ask the league about fixtures.")],
        ),
        (
            "The Treasurer will check the accounts and\nthe Clerk to send them to the auditor.",
            [("The Treasurer", "Check the accounts"), ("the Clerk", "Send them to the auditor.")],
        ),
    ],
)
def test_two_commitments_wrapped_after_and_are_two(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert owned(paragraph) == expected


def test_one_commitment_wrapped_after_and_stays_one() -> None:
    paragraph = (
        "The car park was discussed again at length. Cllr Pryor will write to the school and\n"
        "the church about the car park."
    )
    assert owned(paragraph) == [
        ("Cllr Pryor", "Write to the school and the church about the car park.")
    ]


@pytest.mark.parametrize(
    ("paragraph", "owner", "task"),
    [
        (
            "It was agreed that the Clerk writes to the landowner about the hedge.",
            "the Clerk",
            "Write to the landowner about the hedge.",
        ),
        (
            "Members agreed that Mrs Hext books the hall for the quiz night.",
            "Mrs Hext",
            "Book the hall for the quiz night.",
        ),
        (
            "It was agreed by all that the Clerk should ask the police to patrol the lane.",
            "the Clerk",
            "Ask the police to patrol the lane.",
        ),
        (
            "It was agreed unanimously that the Chair signs the new lease.",
            "the Chair",
            "Sign the new lease.",
        ),
        (
            "Cllr Pryor proposed that the Clerk email the MP, seconded by Cllr Marsh and agreed.",
            "the Clerk",
            "Email the MP",
        ),
    ],
)
def test_an_agreement_naming_its_doer_in_the_present_is_theirs(
    paragraph: str, owner: str, task: str
) -> None:
    assert owned(paragraph) == [(owner, task)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "It was agreed that the Clerk needs more support in the office.",
        "It was agreed that Cllr Pryor remains as Chair until May.",
        "It was agreed by all Councillors to accept the quote from Bell and Sons.",
    ],
)
def test_an_agreement_of_a_state_is_no_task(paragraph: str) -> None:
    assert owned(paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "owner", "task"),
    [
        (
            "The Headteacher will circulate the new uniform policy to parents.",
            "The Headteacher",
            "Circulate the new uniform policy to parents.",
        ),
        (
            "The Vicar would check the lych gate before the wedding.",
            "The Vicar",
            "Check the lych gate before the wedding.",
        ),
        (
            "The SENCo will review the support plans in June.",
            "The SENCo",
            "Review the support plans in June.",
        ),
        (
            "The Webmaster will put the approved minutes on the website.",
            "The Webmaster",
            "Put the approved minutes on the website.",
        ),
        (
            "The Headmistress said that she had met the bus company and would write to"
            " parents about the new route.",
            "The Headmistress",
            "Write to parents about the new route.",
        ),
    ],
)
def test_a_schools_or_churchs_post_is_a_doer(paragraph: str, owner: str, task: str) -> None:
    assert owned(paragraph) == [(owner, task)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Headteacher reported that attendance was up this term.",
        "The Vicar thanked the council for the grant towards the clock.",
    ],
)
def test_a_posts_report_is_no_task(paragraph: str) -> None:
    assert owned(paragraph) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "It was felt that something must be done soon about the speeding.",
        "It was felt that nothing more could be done about the hedge.",
        "Residents requested that something be done about the potholes.",
    ],
)
def test_a_wish_that_something_be_done_is_no_task(paragraph: str) -> None:
    assert owned(paragraph) == []


@pytest.mark.parametrize(
    ("paragraph", "task"),
    [
        (
            "It was agreed that a letter be sent to the school about parking.",
            "Send a letter to the school about parking.",
        ),
        (
            "It was agreed that everything must be cleared from the hall by Friday.",
            "Clear everything from the hall by Friday.",
        ),
        (
            "It was agreed that the stage must be swept after the panto.",
            "Sweep the stage after the panto.",
        ),
    ],
)
def test_a_thing_agreed_to_be_done_stays_a_task(paragraph: str, task: str) -> None:
    assert owned(paragraph) == [(None, task)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Hedge by the bus stop to be cut back before the summer.",
        "Grass cutting contract to be renewed in March.",
        "The broken gate on the green to be repaired.",
        "New signs for the car park to be ordered from the county.",
        "Leaking gutter at the back of the hall to be fixed before winter.",
    ],
)
def test_a_thing_named_with_its_place_to_be_done_is_a_task(paragraph: str) -> None:
    assert owned(paragraph) == [(None, paragraph)]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Deadline for newsletter items to be sent in is Monday 3 May.",
        "The fete on the green to be held on 4 July.",
        "Dogs on the playing field to be kept on leads at all times.",
    ],
)
def test_a_thing_to_be_done_that_is_no_task(paragraph: str) -> None:
    assert owned(paragraph) == []
