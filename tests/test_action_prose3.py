"""Commitments in prose, round 3: kinds of sentence missed on unseen UK minutes (ongoing
commitments, notes that name someone to be asked, the meeting's agreement that something
should be done), each on a short Riverside passage with the exact tasks and owners, and
the sentences of the same shape that must be left alone."""

from __future__ import annotations

from tests.conftest import PARISH_HEAD, owned_actions

_HEAD = PARISH_HEAD


def _actions(body: str) -> list[tuple[str | None, str]]:
    return owned_actions(_HEAD + body)


def test_an_ongoing_commitment_to_continue_a_task() -> None:
    body = (
        "1. Allotments\n\n"
        "Cllr Barlow will continue to monitor the water supply at the allotments.\n\n"
        "The Clerk would continue liaising with the school about the hedge.\n\n"
        "Cllr Hale said that he would continue to chase the contractor.\n\n"
        "The number of plot holders will continue to grow.\n\n"
        "The County Council will continue to support the scheme.\n\n"
        "Cllr Shah will continue to be the tree warden.\n"
    )
    assert _actions(body) == [
        ("Cllr Barlow", "Continue to monitor the water supply at the allotments."),
        ("The Clerk", "Continue liaising with the school about the hedge."),
        ("Cllr Hale", "Continue to chase the contractor."),
    ]


def test_notes_naming_someone_to_be_asked_or_something_to_be_done() -> None:
    """A run-on note: a name not in the attendance "to be asked to" do something owns it;
    a bare noun phrase after a comma "to be asked" about something is a task of no one
    named."""
    body = (
        "5/ Parish Property\n"
        "a) Green\n"
        "Bench by the chapel overgrown by brambles R Tolley to be asked to clear.\n\n"
        "b) Recreation ground\n"
        "Grass ok, Developer at Mill Meadow to be asked again about gateway and fencing.\n"
        "Grass ok, swings repaired last month.\n"
    )
    assert _actions(body) == [
        ("R Tolley", "Clear (bench by the chapel overgrown by brambles)"),
        (None, "Developer at Mill Meadow to be asked again about gateway and fencing."),
    ]


def test_the_meeting_agreed_that_something_should_or_could_be_done() -> None:
    """No one named: an action of the meeting's, in the active voice; a hope ("could be
    considered"), leave given ("could be relocated"), another body's plan, a standing state
    and being represented are not."""
    body = (
        "1. Bus shelter\n\n"
        "It was agreed that the bus shelter should be repainted before the summer.\n\n"
        "The Committee agreed that the draft letter should be circulated to members for "
        "comment.\n\n"
        "It was agreed that the bench could be relocated nearer the pond.\n\n"
        "It was agreed that the matter could be considered again in the autumn.\n\n"
        "The County Council agreed that the lane should be resurfaced next year.\n\n"
        "It was agreed that the Council should be represented at the county forum.\n\n"
        "Members agreed that the fence should be kept as it is.\n\n"
        "Cllr Shah suggested a walk round the green to see how it could be improved.\n"
    )
    assert _actions(body) == [
        (None, "Repaint the bus shelter before the summer."),
        (None, "The draft letter should be circulated to members for comment."),
    ]


def test_a_group_reminded_or_encouraged_to_do_something_owns_it() -> None:
    body = (
        "1. Training\n\n"
        "Members were reminded to complete the data protection training by April.\n\n"
        "The Chair encouraged Councillors to attend the tree planting day.\n\n"
        "Members were reminded that the office closes at noon on Fridays.\n\n"
        "The Clerk reminded residents to keep their hedges trimmed.\n\n"
        "In addition Members were asked to send their comments to the Clerk.\n"
    )
    assert _actions(body) == [
        ("Members", "Complete the data protection training by April."),
        ("Councillors", "Attend the tree planting day."),
        ("Members", "Send their comments to the Clerk."),
    ]


def test_asked_for_someone_to_act_or_if_they_could_the_one_asked_owns_it() -> None:
    body = (
        "2. Play area\n\n"
        "Cllr Hale asked for the Clerk to obtain three quotes for new swings.\n\n"
        "Cllr Barlow asked Cllr Shah if she could check the bark surface before Easter.\n\n"
        "Cllr Hale asked for a letter to be sent to the school.\n\n"
        "Cllr Hale asked the Chair if she could explain the delay.\n\n"
        "Cllr Shah asked the Clerk whether he would be attending the conference.\n\n"
        "Cllr Shah asked for Members to note the report.\n"
    )
    assert _actions(body) == [
        ("the Clerk", "Obtain three quotes for new swings."),
        ("Cllr Shah", "Check the bark surface before Easter."),
        (None, "Send a letter to the school."),
    ]


def test_a_request_for_assurance_or_copies_is_for_the_officers() -> None:
    body = (
        "3. Flooding\n\n"
        "Members requested assurance that the culvert would be cleared before winter.\n\n"
        "The Committee requested hard copy folders of the evidence received to date.\n\n"
        "The Committee requested an update on the drainage works at the next meeting.\n"
    )
    assert _actions(body) == [
        (None, "Provide assurance that the culvert would be cleared before winter."),
        (None, "Provide hard copy folders of the evidence received to date."),
    ]


def test_the_meeting_goes_on_to_agree_to_do_something_itself() -> None:
    """The subject of "..., and agreed to <verb>" is the sentence's; noting is no task."""
    body = (
        "4. Grants\n\n"
        "The Panel approved the terms of reference, and agreed to request a written "
        "submission from the Grants Board.\n\n"
        "The Panel noted the report, and agreed to note the figures.\n"
    )
    assert _actions(body) == [("The Panel", "Request a written submission from the Grants Board.")]


def test_a_role_and_a_bare_verb_under_a_resolution_is_a_mandate() -> None:
    """ "That" on its own line, the point below it; a report in the past tense ("read")
    or of what officers do ("review") is no mandate."""
    body = (
        "2. Berths\n\n"
        "Agreed: That\n\n"
        "a)  The Harbour Officer organise two meetings a year with the berth holders\n\n"
        "b)  That a set topic be adhered to for these meetings.\n\n"
        "3. Reports\n\n"
        "The Treasurer read the accounts to the meeting.\n\n"
        "The Officers review the risk register every quarter.\n"
    )
    assert _actions(body) == [
        ("The Harbour Officer", "Organise two meetings a year with the berth holders"),
    ]


def test_a_label_after_a_sentence_names_its_owner() -> None:
    """ "Police Action." gives the sentence before its owner; "Clerk action" makes the
    sentence the Clerk's task; a label of a kind of action names no one."""
    body = (
        "6. Parking\n\n"
        "The police will be asked to patrol School Lane at drop-off times. Police Action.\n\n"
        "Parked cars block the bus stop; a warden visit is needed. Clerk action\n\n"
        "A car has been abandoned on the green. Enforcement action.\n"
    )
    assert _actions(body) == [
        ("Police", "Ask the police to patrol School Lane at drop-off times."),
        ("Clerk", "Parked cars block the bus stop; a warden visit is needed."),
    ]


def test_passives_promised_in_reported_speech_and_after_an_agreement() -> None:
    body = (
        "1. Plans\n\n"
        "The Clerk advised that as soon as the plans were received they would be circulated "
        "to the Committee.\n\n"
        "The Clerk advised that the leaflets were printed last week.\n\n"
        "It was suggested that the notice board be updated. This was agreed and a notice be "
        "placed in the shop window.\n\n"
        "The new boiler was discussed. This was agreed and the boiler is now working.\n"
    )
    assert _actions(body) == [
        ("The Clerk", "Circulate them to the Committee."),
        (None, "Update the notice board."),
        (None, "Place a notice in the shop window."),
    ]


def test_a_promise_in_a_relative_clause_about_a_thing() -> None:
    body = (
        "4. Annual report\n\n"
        "Attention was drawn to the last two items as detailed in the Appendix, which would "
        "be updated following this meeting.\n\n"
        "The hall kitchen, which will be repainted in May, was discussed.\n\n"
        "The draft plan, which will be considered in July, was noted.\n\n"
        "The grant, which would be paid in April, was welcomed.\n"
    )
    assert _actions(body) == [
        (None, "Update the Appendix following this meeting."),
        (None, "Repaint the hall kitchen in May"),
    ]


def test_a_pronoun_after_at_which_and_should_for_a_named_person() -> None:
    body = (
        "1. Drainage\n\n"
        "Cllr Shah has a meeting on Thursday at which she will raise the flooding.\n\n"
        "Tom should push the grant form through before the deadline.\n\n"
        "Tom should feel free to comment.\n\n"
        "You should still try to contact the owner before removing anything.\n"
    )
    assert _actions(body) == [
        ("Cllr Shah", "Raise the flooding."),
        ("Tom", "Push the grant form through before the deadline."),
    ]


def test_html_tags_left_in_pasted_minutes_do_not_hide_the_owner() -> None:
    body = (
        "1. Diaries\n"
        "<ol>\n"
        "<li>Tom offered to contact the publishers.</li>\n"
        "<li>Priya will contact.</li>\n"
        "</ol>\n"
    )
    assert _actions(body) == [("Tom", "Contact the publishers."), ("Priya", "Contact.")]


def test_officers_asked_or_said_to_act_and_a_follow_up_with_its_object() -> None:
    """Reported speech with "that" left out: the officers commit, not "Dr Patel said
    officers"; "follow this up" is a task like "follow up"."""
    body = (
        "1. Roads\n\n"
        "Cllr Barlow said officers would look at the figures again.\n\n"
        "The Committee asked that officers provide a briefing on the new bus routes.\n\n"
        "The Chair would follow this up with the County.\n\n"
        "Cllr Hale said residents would like more benches.\n"
    )
    assert _actions(body) == [
        ("officers", "Look at the figures again."),
        ("officers", "Provide a briefing on the new bus routes."),
        ("The Chair", "Follow this up with the County."),
    ]


def test_one_subject_two_commitments_joined_by_and_agreed_to() -> None:
    body = (
        "1. Grants\n\n"
        "The Panel requested for a letter to be drafted to the Grants Board, informing it of "
        "the review, and agreed to request a written submission from the Board.\n\n"
        "Cllr Hale will write to the school, and agreed to report back in May.\n"
    )
    assert _actions(body) == [
        (None, "Draft a letter to the Grants Board, informing it of the review"),
        ("The Panel", "Request a written submission from the Board."),
        ("Cllr Hale", "Write to the school"),
        ("Cllr Hale", "Report back in May."),
    ]


def test_a_task_promised_in_the_passive_with_no_one_named_and_no_frame() -> None:
    body = (
        "1. Footpaths\n\n"
        "A meeting would be arranged with the landowners about the stile. "
        "Details would be sought from the county. "
        "The next meeting would be held on 5 May. "
        "The hall would be closed in August. "
        "The report will be considered at the April meeting.\n"
    )
    assert _actions(body) == [
        (None, "Arrange a meeting with the landowners about the stile."),
        (None, "Seek details from the county."),
    ]
