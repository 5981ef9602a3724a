"""Commitments in prose, round 4: kinds of sentence missed on unseen minutes (resolutions in
the subjunctive naming no one or a body, what the meeting agreed to do with no one named,
tasks told or nominated, a pronoun owner after a speaker), each on a short Riverside
passage with the exact tasks and owners, and the sentences of the same shape that must be
left alone (decisions, reports of work already done)."""

from __future__ import annotations

from tests.conftest import PARISH_HEAD, owned_actions

_HEAD = PARISH_HEAD


def _actions(body: str) -> list[tuple[str | None, str]]:
    return owned_actions(_HEAD + body)


def test_a_resolution_that_something_be_done_names_no_owner() -> None:
    """ "That a letter be sent ...": a resolution in the subjunctive passive, its "RESOLVED"
    left above; the Council it is sent from is not a doer named after "by". Decisions in the
    same shape ("be noted", "be approved") are not tasks."""
    body = (
        "4. Footpaths\n\n"
        "RESOLVED:\n\n"
        "That a letter be sent from the Council to the landowner about the stile.\n\n"
        "That the minutes of the last meeting be approved and signed.\n\n"
        "That the footpath report be noted.\n\n"
        "That the grant be awarded to the Scouts.\n"
    )
    assert _actions(body) == [
        (None, "Send a letter from the Council to the landowner about the stile."),
    ]


def test_a_resolution_that_a_body_or_role_does_something() -> None:
    """ "That the Working Group oversees ...": the body named does it, its verb in the third
    person (even a verb of a standing role: the resolution hands the work on); the Council
    supporting something is its decision, not a task."""
    body = (
        "5. Allotments\n\n"
        "That the Allotment Working Group oversees the review of the tenancy rules.\n\n"
        "That the Clerk writes to the water company about the standpipe.\n\n"
        "That the Council supports the application for a second site.\n"
    )
    assert _actions(body) == [
        ("the Allotment Working Group", "Oversee the review of the tenancy rules."),
        ("the Clerk", "Write to the water company about the standpipe."),
    ]


def test_the_meeting_agreed_to_do_something_with_no_one_named() -> None:
    """ "The meeting agreed to buy ...", "it was unanimously agreed to write ...": the
    meeting's own task, no owner; what the meeting does as a meeting ("agreed to meet") and
    its decisions ("agreed to note") are not tasks."""
    body = (
        "6. Village hall\n\n"
        "After discussion the meeting agreed to buy a new urn for the hall.\n\n"
        "Following a discussion it was unanimously agreed to write to the bus company.\n\n"
        "The meeting agreed to meet again on 12 May.\n\n"
        "The meeting agreed to note the hall report.\n"
    )
    assert _actions(body) == [
        (None, "Buy a new urn for the hall."),
        (None, "Write to the bus company."),
    ]


def test_a_task_told_or_nominated_to_someone_named() -> None:
    """ "was told to claim", "were nominated to represent": the one told or nominated does
    it; being told what to expect, or thanked, is no task."""
    body = (
        "7. Finance\n\n"
        "The Clerk was told to claim the VAT back before the year end.\n\n"
        "Cllr Hale and Cllr Shah were nominated to represent the Council at the flood forum.\n\n"
        "The Clerk was told to expect the audit papers in June.\n\n"
        "Cllr Hale was thanked for his work on the bench.\n"
    )
    assert _actions(body) == [
        ("The Clerk", "Claim the VAT back before the year end."),
        ("Cllr Hale and Cllr Shah", "Represent the Council at the flood forum."),
    ]


def test_a_pronoun_owner_is_the_person_who_was_just_speaking() -> None:
    """ "She is to contact ...", "... and said he will speak ...", "It was agreed she would
    apply ...": he or she is the person or role the sentence before (or this one) names."""
    body = (
        "8. Play area\n\n"
        "The Clerk reported on the safety inspection. She is to contact the supplier about "
        "the swings.\n\n"
        "Cllr Hale outlined the problem with the hedge and said he will speak to the owner.\n\n"
        "Cllr Shah explained the grant scheme. It was agreed she would apply for it on behalf of "
        "the Council.\n"
    )
    assert _actions(body) == [
        ("The Clerk", "Contact the supplier about the swings."),
        ("Cllr Hale", "Speak to the owner."),
        ("Cllr Shah", "Apply for it on behalf of the Council."),
    ]


def test_work_reported_done_is_not_a_new_action() -> None:
    """ "was asked to ... and has done so", "..., which has now been done", a note struck
    through: reports of what was asked before and is finished; the same request still open
    is an action."""
    body = (
        "9. Matters arising\n\n"
        "The Clerk was asked to write to the school and has done so.\n\n"
        "Cllr Shah agreed to repaint the bench, which has now been done.\n\n"
        "- ~~Speakers (Cllr Barlow will invite them)~~ Done.\n\n"
        "Cllr Hale was asked to check the drain on Mill Lane.\n"
    )
    assert _actions(body) == [("Cllr Hale", "Check the drain on Mill Lane.")]


def test_a_second_subject_after_and_commits_in_the_same_sentence() -> None:
    """ "The footpath was discussed and Leonard and Ben will walk it": names joined by "and"
    after a clause that closed, then a modal."""
    body = (
        "10. Footpaths\n\n"
        "The Mill Lane footpath was discussed and Leonard and Ben will walk it in May.\n"
    )
    assert _actions(body) == [("Leonard and Ben", "Walk it in May.")]


def test_verbs_of_states_in_the_sense_of_a_task() -> None:
    """ "will see if", "will come up with", "will help Sam", "should be in contact with",
    "is getting a quote", "is keeping an eye on": tasks; "is getting worse", "is getting a
    lot of complaints", "will see the report" are not."""
    body = (
        "11. Hall\n\n"
        "Cllr Hale will see if the hall is free on 5 May.\n\n"
        "Cllr Shah will come up with a plan for the car park.\n\n"
        "Sam wants to stand as treasurer. Cllr Barlow will help Sam.\n\n"
        "It was agreed that the Clerk should be in contact with the police about parking.\n\n"
        "Cllr Hale is getting a quote for the gutters.\n\n"
        "Cllr Shah is keeping an eye on the pond.\n\n"
        "The roof is getting worse.\n\n"
        "The Clerk is getting a lot of complaints about the bins.\n\n"
        "Cllr Hale will see the report next week.\n"
    )
    assert _actions(body) == [
        ("Cllr Hale", "See if the hall is free on 5 May."),
        ("Cllr Shah", "Come up with a plan for the car park."),
        ("Cllr Barlow", "Help Sam."),
        ("the Clerk", "Be in contact with the police about parking."),
        ("Cllr Hale", "Get a quote for the gutters."),
        ("Cllr Shah", "Keep an eye on the pond."),
    ]


def test_a_commitment_in_brackets_and_a_pronoun_after_a_clause_of_time() -> None:
    """ "(Adam will get some)": a named agent opening a bracket, the task ending with it;
    "When he returns ..., he will ...": he is the person the sentence before names. Not a
    word of quantity ("More to come on the costs"), nor a prohibition ("Please don't ...")."""
    body = (
        "12. Kitchen\n\n"
        "We are out of tea towels (Adam will get some) and the urn is fine.\n\n"
        "Cllr Hale will mend the gate. When he returns from holiday, he will look into a "
        "new lock.\n\n"
        "More to come on the costs.\n\n"
        "Please don't leave the hall unlocked.\n"
    )
    assert _actions(body) == [
        ("Adam", "Get some"),
        ("Cllr Hale", "Mend the gate."),
        ("Cllr Hale", "Look into a new lock."),
    ]


def test_things_opening_a_note_to_be_done_by_no_one_named() -> None:
    """ "a) Minutes from the May meeting to be put on the website": a plural noun opening the
    point, then "to be" and a participle; brought to a meeting it is a follow-up."""
    body = (
        "13. Website\n\n"
        "a) Minutes from the May meeting to be put on the village website.\n\n"
        "b) Policies to be handed out at the next meeting.\n"
    )
    assert _actions(body) == [
        (None, "Minutes from the May meeting to be put on the village website."),
    ]


def test_a_lettered_point_of_a_resolution_and_markup_before_an_agent() -> None:
    """ "(b) That a copy ... be made publicly available": a resolution's point; an HTML
    icon with long attributes before "Sam to ..." is no part of the agent; "will stay in
    touch" is a task."""
    body = (
        "14. Policies\n\n"
        "RESOLVED:\n\n"
        "(a) That the report be noted, and\n\n"
        "(b) That a copy of the amended policy be made publicly available on the website\n\n"
        '<img src="images/icons/emoticons/warning.svg" alt="(warning)" class="emoticon '
        'emoticon-warning" /> Sam to advertise the closure on the home page\n\n'
        "Sam and Cllr Hale will stay in touch about the fair.\n"
    )
    assert _actions(body) == [
        (None, "Make a copy of the amended policy publicly available on the website"),
        ("Sam", "Advertise the closure on the home page"),
        ("Sam and Cllr Hale", "Stay in touch about the fair."),
    ]


def test_a_person_to_be_invited_to_a_meeting_is_a_task_for_no_one_named() -> None:
    """ "Dr X to be invited to the next meeting": the person is what the task is done to, so
    it is an action with no owner (someone must invite them), not a matter coming back to a
    meeting and not a task of the invitee's. A matter "to be discussed at the next meeting"
    stays a follow-up only."""
    body = (
        "5. Youth engagement\n\n"
        "Dr Priya Nandy to be invited to future agenda setting meetings of the Council.\n\n"
        "The parking review to be discussed at the next meeting.\n"
    )
    assert _actions(body) == [
        (None, "Dr Priya Nandy to be invited to future agenda setting meetings of the Council."),
    ]
