"""Prose actions, round 9: a speaker's commitment in the first person in notes written as a
dialogue ("Tom: The skip is full. I'll ring the depot")."""

from __future__ import annotations

from clerk_tui.core.parse import parse
from tests.conftest import PARISH_HEAD, owned_actions

_CALL_HEAD = "Allotment committee call, 4 March 2026\n\nAttendees: Tom Hale, Priya Shah\n\n"


def test_i_in_a_remark_is_its_speaker() -> None:
    """ "I'll ..." in a later sentence of a speaker's remark is the speaker's task, and its
    passage is the whole remark (what the offer answers), with its speaker."""
    body = _CALL_HEAD + (
        "## Water troughs\n\n"
        "* Tom: The trough by gate 2 is leaking again and nobody has the key. I'll ring the "
        "water board.\n"
        "* Priya: The rota is fine as it is.\n"
    )
    result = parse(body)
    assert [(a.owner, a.text) for a in result.actions] == [("Tom", "Ring the water board.")]
    (action,) = result.actions
    assert body[action.start : action.end].startswith("Tom: The trough by gate 2")


def test_a_second_i_will_after_a_comma_is_a_second_task() -> None:
    """ "I'll post the notes ..., I'll set up a group ...": two commitments of the writer."""
    body = _CALL_HEAD + (
        "## Open day\n\n"
        "* I'll be posting the notes from the open day on the noticeboard, I'll be setting "
        "up a group to plan next year's show.\n"
    )
    assert owned_actions(body) == [
        ("I", "Post the notes from the open day on the noticeboard"),
        ("I", "Set up a group to plan next year's show."),
    ]


def test_a_topic_label_is_no_speaker() -> None:
    """A label naming a topic ("Discussion:") is nobody's voice: "I" stays the writer, and a
    remark with no offer in it gives no task."""
    body = PARISH_HEAD + (
        "4. Footpaths\n\n"
        "Discussion: The stile on the north path is broken. I'll write to the landowner.\n\n"
        "Cllr Hale: The stile is broken. It has been like that for a month.\n"
    )
    assert owned_actions(body) == [("I", "Write to the landowner.")]


def test_he_after_but_or_so_when_the_sentence_opens_with_a_thing() -> None:
    """ "<a thing> was slow but he would ...", "He has had no reply so he will ...": "he"
    after "but" or "so" is the person the sentence before names, when the sentence's own
    subject is a thing or "he" again."""
    body = PARISH_HEAD + (
        "4. Banking\n\n"
        "Cllr Hale was still in talks with the bank about the mandate. The process was slow "
        "but he would write to the branch manager.\n\n"
        "5. Drains\n\n"
        "Cllr Shah had reported the blocked drain on Mill Lane. She has written twice but has "
        "had no reply so she will ring the highways office.\n"
    )
    assert owned_actions(body) == [
        ("Cllr Hale", "Write to the branch manager."),
        ("Cllr Shah", "Ring the highways office."),
    ]


def test_they_after_a_body_is_no_owner() -> None:
    """ "The Parish Council thanked Mr Gott, they also agreed ...": "they" after a body's
    sentence is the body, which decides: no task."""
    body = (
        PARISH_HEAD
        + "4. Thanks\n\nThe Parish Council thanked Mr Gott, they also agreed to write to him.\n"
    )
    assert owned_actions(body) == []


def test_an_adverb_before_has_to() -> None:
    """ "Cllr Hale also has to send the invoice": an adverb may stand before "has to"."""
    body = PARISH_HEAD + "4. Hall hire\n\nCllr Hale also has to send the invoice to the school.\n"
    assert owned_actions(body) == [("Cllr Hale", "Send the invoice to the school.")]


def test_a_job_handed_to_someone() -> None:
    """ "Assigned to <person> to <verb>", "DELEGATED to <role>, in consultation with ...,
    responsibility for ...", "left the details up to <person>'s judgment": the one it was
    handed to owns it."""
    body = PARISH_HEAD + (
        "4. Website\n\n"
        "Assigned to Cllr Shah to test the new booking form.\n\n"
        "The Council DELEGATED to the Clerk, in consultation with the Chair, responsibility "
        "for the wording of the newsletter.\n\n"
        "Members chose the blue benches and left the details up to Cllr Hale's judgment.\n"
    )
    assert owned_actions(body) == [
        ("Cllr Shah", "Test the new booking form."),
        ("the Clerk", "Take responsibility for the wording of the newsletter."),
        ("Cllr Hale", "Decide the details"),
    ]


def test_handed_to_a_thing_or_a_body_is_no_task() -> None:
    """A grant assigned to a hall, a matter left to a meeting, a decision delegated to a
    committee: no one was given a job."""
    body = PARISH_HEAD + (
        "5. Grants\n\n"
        "The grant was assigned to the Village Hall.\n\n"
        "The matter was left to the next meeting.\n\n"
        "The decision was delegated to the Planning Committee.\n"
    )
    assert owned_actions(body) == []


def test_a_note_to_be_done_by_a_given_name() -> None:
    """A note's noun phrase, "to be <participle> by <a given name>": the name owns it; a day
    or a month after "by" is a date (no one owns it), and "we want this to be ..." no note."""
    body = PARISH_HEAD + (
        "6. Volunteers\n\n"
        "- Induction of the new litter pickers to be led by Natalia\n"
        "- Village map to be finished by Easter\n"
        "- In the end we want this to be adopted by Cllr Shah's group\n"
    )
    assert owned_actions(body) == [
        ("Natalia", "Lead Induction of the new litter pickers"),
        (None, "Village map to be finished by Easter"),
    ]


def test_a_verb_alone_is_about_the_sentence_before() -> None:
    """ "<a sentence>. <owner> to <verb>.": the verb alone takes its object from the sentence
    before, which its passage spans ("The next site meeting is on 15 May. Cllr Hale to
    attend.")."""
    body = PARISH_HEAD + (
        "4. Allotments\n\n"
        "The next site meeting with the plot holders is on 15 May. Cllr Hale to attend.\n\n"
        "5. Highways\n\n"
        "No reply yet from the county about the pothole on Mill Lane. Clerk to chase.\n"
    )
    result = parse(body)
    assert [(a.owner, a.text) for a in result.actions] == [
        ("Cllr Hale", "Attend (the next site meeting with the plot holders is on 15 May)"),
        ("Clerk", "Chase (no reply yet from the county about the pothole on Mill Lane)"),
    ]
    assert all(body[a.start : a.end].endswith(("attend.", "chase.")) for a in result.actions)
    assert body[result.actions[0].start :].startswith("The next site meeting")


def test_a_verb_alone_answers_no_later_list_action() -> None:
    """An action list further on (found before the prose is read) is no answer to the
    sentence before a verb alone: the verb still takes that sentence."""
    body = PARISH_HEAD + (
        "4. Allotments\n\n"
        "The next site meeting with the plot holders is on 15 May. Cllr Hale to attend.\n\n"
        "Actions\n\n"
        "- Cllr Shah to order the compost bins\n"
    )
    assert owned_actions(body) == [
        ("Cllr Hale", "Attend (the next site meeting with the plot holders is on 15 May)"),
        ("Cllr Shah", "Order the compost bins"),
    ]


def test_still_has_to_and_is_yet_to() -> None:
    """ "<name> still has to <verb>", "<name> is yet to <verb>": an outstanding commitment,
    for a first name the attendance does not list too; not "has to leave early"."""
    body = PARISH_HEAD + (
        "4. Minutes\n\n"
        "Omar still has to send the minutes of the open day.\n\n"
        "Cllr Shah is yet to return the hall keys.\n\n"
        "Omar has to leave early.\n"
    )
    assert owned_actions(body) == [
        ("Omar", "Send the minutes of the open day."),
        ("Cllr Shah", "Return the hall keys."),
    ]


def test_will_act_and_will_try_to_get_us() -> None:
    """ "<name> will act" (on the sentence before), "will act on this", "will try to get us
    <something>": tasks; "will act as treasurer" a standing role."""
    body = PARISH_HEAD + (
        "4. Noticeboard\n\n"
        "A new noticeboard was requested by residents. Omar will act.\n\n"
        "5. Cycling\n\n"
        "Omar will try to get us a cycle rack for the hall.\n\n"
        "6. Officers\n\n"
        "Omar will act as treasurer until the AGM.\n"
    )
    assert owned_actions(body) == [
        ("Omar", "Act (a new noticeboard was requested by residents)"),
        ("Omar", "Get us a cycle rack for the hall."),
    ]


def test_a_passive_of_intent_in_the_past() -> None:
    """ "Further contact was to be made with the funder": a task of no one named ("was to be
    <participle>"); "contact would be made" makes contact; a decision to be made at a
    meeting is none."""
    body = PARISH_HEAD + (
        "4. Grants\n\n"
        "Further contact was to be made with the lottery fund.\n\n"
        "A decision was to be made at the next meeting.\n"
    )
    assert owned_actions(body) == [(None, "Make further contact with the lottery fund.")]
