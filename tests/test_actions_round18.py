"""Actions missed on minutes nobody here had read (round 18): each kind with invented
variants (Brackley Green, a fictional parish) and near misses it must not fire on."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict

HEAD = (
    "Brackley Green Parish Council\n"
    "Minutes of the meeting held on 9 April 2026\n"
    "Present: Cllr Nia Ford (Chair), Cllr Owen Price, Cllr Joan Tate (JT), Cllr Peter Ward"
    " (PW), Mr Dev Rao (Clerk)\n\n"
    "4. Matters\n"
)


def owned(*lines: str) -> list[tuple[str | None, str]]:
    text = HEAD + "".join(f"{line}\n" for line in lines)
    return [(a.owner, a.text) for a in parse_strict(text).actions]


@pytest.mark.parametrize(
    ("line", "owner"),
    [
        ("Quotes for the new bench to be obtained by treasurer.", "treasurer"),
        ("Hedge survey - to be sent to the county by secretary.", "secretary"),
        ("The branches are to be looked at by chair before the summer.", "chair"),
        ("An update on the grant would be emailed round by clerk.", "clerk"),
        ("The allotment rent is to be collected by treasurer.", "treasurer"),
    ],
)
def test_a_role_with_no_article_after_by_does_the_passive(line: str, owner: str) -> None:
    """ "to be chased up by clerk": the role is the doer, as "by the Clerk" is."""
    assert [who for who, _ in owned(line)] == [owner]


@pytest.mark.parametrize(
    "line",
    [
        "The hedge was cut by clerk last week.",
        "The verge has been mown by chairman.",
        "The meeting was chaired by mayor.",
    ],
)
def test_what_a_role_did_is_no_task(line: str) -> None:
    assert owned(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "Summer fete to be organised for 12 July.",
        "Hedge cutting to be booked before March.",
        "Website update to be sent to the printers.",
        "Tree survey at the churchyard to be commissioned in the spring.",
        "Village green to be mown fortnightly.",
    ],
)
def test_a_bare_noun_and_its_head_then_to_be_is_a_task(line: str) -> None:
    """Two words with no article before "to be" and a participle name the thing to be
    done, as "The summer fete to be organised" does."""
    assert owned(line) == [(None, line)]


@pytest.mark.parametrize(
    "line",
    [
        "Sue happy to be contacted about the rota.",
        "Gwen keen to be involved.",
        "Tom wants the hedge to be cut.",
        "Grant application to be discussed at the next meeting.",
        "Summer fete was organised by the school.",
        "Annual report to be welcomed.",
    ],
)
def test_a_person_and_what_is_said_of_them_is_no_such_task(line: str) -> None:
    assert owned(line) == []


@pytest.mark.parametrize(
    ("line", "action"),
    [
        (
            "Cllr Price did not attend, will circulate the papers by Friday.",
            ("Cllr Price", "Circulate the papers by Friday."),
        ),
        (
            "JT sent apologies, will pick up the keys from the hall.",
            ("JT", "Pick up the keys from the hall."),
        ),
        (
            "The Clerk reported the bins were full, will ring the district council.",
            ("The Clerk", "Ring the district council."),
        ),
        ("Nia thanked the volunteers, will write to the school.", ("Nia", "Write to the school.")),
        (
            "Owen went to the bank, will report back next month.",
            ("Owen", "Report back next month."),
        ),
    ],
)
def test_will_after_a_comma_goes_on_with_the_clauses_subject(
    line: str, action: tuple[str, str]
) -> None:
    """ "Mike did not attend, will circulate the papers": the subject of the clause before
    the comma, elided after it, as after "and"."""
    assert owned(line) == [action]


@pytest.mark.parametrize(
    "line",
    [
        "The hedge is overgrown, will be cut in March.",
        "In March, will look at the budget.",
        "The county said the road is closed, will reopen in May.",
        "Nia said the fete went well, would do it again.",
        "The Council noted the letter, will respond in due course.",
    ],
)
def test_a_comma_before_will_with_no_one_to_go_on_with_is_no_task(line: str) -> None:
    assert owned(line) == []


@pytest.mark.parametrize(
    ("line", "action"),
    [
        ("Nia is planning to contact the school.", ("Nia", "Contact the school.")),
        (
            "Owen plans to write to the vicar about the lych gate.",
            ("Owen", "Write to the vicar about the lych gate."),
        ),
        (
            "The Clerk is planning to book the hall for the AGM.",
            ("The Clerk", "Book the hall for the AGM."),
        ),
        ("We want to set up a stall at the fair.", (None, "Set up a stall at the fair.")),
        ("we need to ask the county about the verge.", (None, "Ask the county about the verge.")),
        (
            "We are planning to hold a quiz night in the autumn.",
            (None, "Hold a quiz night in the autumn."),
        ),
        ("We intend to replace the noticeboard.", (None, "Replace the noticeboard.")),
    ],
)
def test_a_plan_of_this_body_or_its_people_is_a_task(
    line: str, action: tuple[str | None, str]
) -> None:
    """A plan of a person here, or of "we" (the meeting: no one named), is a commitment."""
    assert owned(line) == [action]


@pytest.mark.parametrize(
    "line",
    [
        "The County Council is planning to resurface Mill Lane.",
        "Highways plans to close the road in June.",
        "Residents need to park considerately.",
        "The county needs to fix the verge.",
        "We want the county to repair the lights.",
        "We want to thank the volunteers for their work.",
        "We need to be careful with the budget.",
        "We need to consider the options.",
        "Perhaps we need to ask the county.",
        "Nia was planning to go but could not.",
        "Owen had planned to resurface the path.",
    ],
)
def test_another_bodys_plan_a_wish_or_a_hedge_is_no_task(line: str) -> None:
    assert owned(line) == []


RUN_ON = (
    "gate at the allotments broken again, to be looked at by clerk",
    "dog bin on the lane full, to be emptied before the fete",
    "agreed the post to be advertised on the noticeboard till june",
    "accounts signed and agreed to be put on the website",
    "JT &PW to book the skip for the clear up",
    "Nia, Owen and Peter have to go to the bank to change the mandate",
    "Owen has to pop into the hall to collect the keys",
)


def test_run_on_minutes_in_lower_case() -> None:
    """Parish notes with no capital or full stop discipline: a topic, a comma and what is to
    be done with it; "agreed" opening a line in small letters; "agreed to be <done>" with its
    subject left out; "&" typed on to the initials after it; people who have to go somewhere
    to do a task."""
    assert owned(*(f"{line}\n" for line in RUN_ON)) == [
        ("clerk", "Gate at the allotments broken again, to be looked at by clerk"),
        (None, "Dog bin on the lane full, to be emptied before the fete"),
        (None, "The post to be advertised on the noticeboard till june"),
        (None, "Accounts signed and agreed to be put on the website"),
        ("JT &PW", "Book the skip for the clear up"),
        ("Nia, Owen and Peter", "Go to the bank to change the mandate"),
        ("Owen", "Pop into the hall to collect the keys"),
    ]


def test_the_owners_of_initials_joined_by_a_sign_typed_on() -> None:
    text = HEAD + "JT &PW to book the skip\n"
    assert [a.owners for a in parse_strict(text).actions] == [["JT", "PW"]]


@pytest.mark.parametrize(
    "line",
    [
        "The hedge was cut, to be paid for in May.",
        "The timeline for the plan centred on guidance from the county, to be submitted soon.",
        "Nia thanked the group and agreed to be contacted by the press.",
        "Nia had to go to the bank to change the mandate.",
        "Owen has to go to hospital next week.",
        "Residents have to go to the library to vote.",
    ],
)
def test_run_on_shapes_that_are_no_task(line: str) -> None:
    assert owned(line) == []


@pytest.mark.parametrize(
    ("line", "action"),
    [
        (
            "The reply from the brewery came and the Clerk agreed to forward on to members.",
            ("the Clerk", "Forward on to members (the reply from the brewery came)"),
        ),
        (
            "The quote for the railings arrived and Nia will pass on to the trustees.",
            ("Nia", "Pass on to the trustees (the quote for the railings arrived)"),
        ),
        (
            "gate by the play area sticking again, pw to sort",
            ("pw", "Sort (gate by the play area sticking again)"),
        ),
        (
            "Leaking gutter on the pavilion Owen Price to fix.",
            ("Owen Price", "Fix (leaking gutter on the pavilion)"),
        ),
    ],
)
def test_a_verb_alone_keeps_what_it_is_about_from_earlier_in_its_sentence(
    line: str, action: tuple[str, str]
) -> None:
    """A task that names no object ("forward on to members", "sort") takes, in brackets,
    the words before its owner in the same sentence."""
    assert owned(line) == [action]


@pytest.mark.parametrize(
    ("line", "action"),
    [
        (
            "The Clerk will forward the reply on to members.",
            ("The Clerk", "Forward the reply on to members."),
        ),
        ("Nia will write to the brewery.", ("Nia", "Write to the brewery.")),
    ],
)
def test_a_task_that_names_its_object_keeps_its_words(line: str, action: tuple[str, str]) -> None:
    assert owned(line) == [action]


def test_what_was_forwarded_already_is_no_task() -> None:
    assert owned("The reply came and the Clerk forwarded it on to members.") == []


def test_someone_at_work_in_notes_with_no_is() -> None:
    """Notes leave out "is": "TW looking into the spec", "Steve going to sort this out" are
    tasks under way as "TW is looking into ..." is; a "To" sentence about a meeting after
    one is the meeting's business, not a second task."""
    assert owned(
        "The hall roof leaks again, JT looking into the cost of a repair. To discuss at the "
        "next meeting.",
        "The club asked for the money now. Owen going to sort this out.",
        "JT chasing the contractor about the gate.",
        "Nia sorting out the rota for the fete.",
    ) == [
        ("JT", "Look into the cost of a repair."),
        ("Owen", "Sort this out."),
        ("JT", "Chase the contractor about the gate."),
        ("Nia", "Sort out the rota for the fete."),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Residents complaining about the parking.",
        "Owen going to the fete on Saturday.",
        "Nia looking forward to the summer.",
        "JT going to be away in May.",
        "The Council looking into the matter.",
    ],
)
def test_no_one_at_work_on_a_task_with_no_is(line: str) -> None:
    assert owned(line) == []


def test_a_label_set_off_by_a_semicolon() -> None:
    """A hall committee typing ';' where others type ':' or ' - ': "Secretary; Agreed to
    ...", "Any other business;Folding chairs to be stored ..."; a topic's label is no owner."""
    assert owned(
        "Secretary; Agreed to send the new rota to all members by email.",
        "Treasurer; Undertook to check the hire charges with the insurers.",
        "Any other business;Folding chairs to be stored in the shed.",
        "Budget; Agreed to hold the charges for another year.",
    ) == [
        ("Secretary", "Send the new rota to all members by email."),
        ("Treasurer", "Check the hire charges with the insurers."),
        (None, "Folding chairs to be stored in the shed."),
    ]


@pytest.mark.parametrize(
    "line",
    ["Trestle tables to be stored in the shed.", "Bunting flags to be put up before the fete."],
)
def test_things_named_by_a_noun_and_a_plural_then_to_be(line: str) -> None:
    assert owned(line) == [(None, line)]


def test_people_named_by_a_noun_and_a_plural_are_no_such_thing() -> None:
    """ "Hall users to be reminded ...": people, reminded of something, no task of theirs."""
    assert owned("Hall users to be reminded about the new door code.") == []


@pytest.mark.parametrize(
    ("line", "action"),
    [
        (
            "10. Bins- district councilor and clerk to complain about the missed collections",
            ("district councilor and clerk", "Complain about the missed collections"),
        ),
        (
            "11. Hall- county councilor and clerk to write to the school about parking",
            ("county councilor and clerk", "Write to the school about parking"),
        ),
        (
            "The ward councilor will chase the county about the gritting.",
            ("The ward councilor", "Chase the county about the gritting."),
        ),
    ],
)
def test_a_councilor_spelt_with_one_l_is_a_role(line: str, action: tuple[str, str]) -> None:
    assert owned(line) == [action]


def test_how_someone_feels_about_holding_an_office_is_no_task() -> None:
    """Notes of who would stand for what ("Nia glad to be Treasurer", "Owen open to being
    Secretary") record a stance, not a task; an offer to do something stays one."""
    text = (
        "Brackley Green Tennis Club, committee notes 9 April 2026\n\n"
        "### Elections\n\n"
        "- Nia glad to be Treasurer\n"
        "- Owen open to being Secretary\n"
        "- Joan happy to be Chair again\n"
        "- Peter will book the courts for the AGM\n"
    )
    assert [(a.owner, a.text) for a in parse_strict(text).actions] == [
        ("Peter", "Book the courts for the AGM")
    ]


def test_e_mail_with_its_hyphen_is_a_task_verb() -> None:
    """ "e-mail" is "email": "he would e-mail Owen ..." after the sentence naming him."""
    assert owned(
        "Nia advised that Owen knew the brewer and she would e-mail Owen about the prizes.",
        "The Secretary said she would e-mail the members.",
    ) == [
        ("Nia", "E-mail Owen about the prizes."),
        ("The Secretary", "E-mail the members."),
    ]


def test_reported_in_the_present_tense_an_adverb_before_the_modal_and_must() -> None:
    """ "Owen says he will ...", "Nia reports (that) she will ...", "Joan states that she
    will ..." read as "said"; "Owen also will ..." (the adverb before the modal); "must" as
    "should"; a task that is an errand to a place ("have to go to the bank")."""
    assert owned(
        "Owen says he will oil the gate hinges.",
        "Nia reports that she will book the skip for May.",
        "Joan states that she will write to the school.",
        "Peter reports he will be moving the trailer this autumn.",
        "Owen also will contact the insurer about the claim.",
        "Joan raised the leak. She then will ring the plumber.",
        "Peter must check the deeds before the sale.",
        "Nia, Owen and Peter have to go to the bank.",
    ) == [
        ("Owen", "Oil the gate hinges."),
        ("Nia", "Book the skip for May."),
        ("Joan", "Write to the school."),
        ("Peter", "Move the trailer this autumn."),
        ("Owen", "Contact the insurer about the claim."),
        ("Joan", "Ring the plumber."),
        ("Peter", "Check the deeds before the sale."),
        ("Nia, Owen and Peter", "Go to the bank."),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Owen says the lock is broken.",
        "Nia says she would like a new bench.",
        "Owen probably will contact the insurer.",
        "Councillors must declare their interests.",
        "The Council must purchase the unit.",
        "You must register to vote.",
        "Peter has to go to the meeting in June.",
        "Peter had to go to the bank.",
    ],
)
def test_no_promise_in_the_present_tense_nor_a_duty_of_all(line: str) -> None:
    assert owned(line) == []
