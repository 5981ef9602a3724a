"""Commitments in prose, round 2: kinds of sentence missed on minutes nobody here had seen
(names in markup, bodies the minutes name, requests to a committee, instructions in
notes, resolutions in the subjunctive), each on a short Riverside passage with the exact
tasks and owners, and what must be left alone."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict
from tests.conftest import owned_actions

_HEAD = (
    "Riverside Friends of the Park\n"
    "Minutes of the meeting held on 3 March 2026\n\n"
    "Present: Molly Shaw, Ann Tate, Bill Ward, Lisa Park, Priya Das\n\n"
)


def _actions(body: str) -> list[tuple[str | None, str]]:
    return owned_actions(_HEAD + body)


def _spans(body: str) -> list[str]:
    text = _HEAD + body
    return [" ".join(text[a.start : a.end].split()) for a in parse_strict(text).actions]


def test_names_in_markup_open_a_sentence_of_their_own() -> None:
    body = (
        "1. Lodge\n\n"
        "Progress on the roof. `Molly`_ will take the lead on the quotes. The gutters "
        "were cleared. [Ann](/people/ann) will ask the glazier for a date.\n\n"
        ".. _Molly: /people/molly/\n"
    )
    assert _actions(body) == [
        ("Molly", "Take the lead on the quotes."),
        ("Ann", "Ask the glazier for a date."),
    ]
    assert _spans(body)[0] == "`Molly`_ will take the lead on the quotes."


def test_a_name_the_minutes_give_a_committee_owns_a_task_alone() -> None:
    body = (
        "1. Lodge\n\n"
        "The Lodge House committee also met in February.\n\n"
        "The grant round opens in June. Lodge House to come up with a list of projects and "
        "their costs.\n"
        "Lodge Lane was resurfaced in May.\n"
    )
    assert _actions(body) == [
        ("Lodge House", "Come up with a list of projects and their costs."),
    ]


def test_a_request_that_a_committee_consider_something() -> None:
    body = (
        "1. Finance\n\n"
        "Request that the Finance committee consider whether the loan should be repaid "
        "early.\n"
        "Request that Events Team advise on the fair's budget.\n"
        "The Chair noted that the Finance committee had met twice.\n"
    )
    assert _actions(body) == [
        ("the Finance committee", "Consider whether the loan should be repaid early."),
        ("Events Team", "Advise on the fair's budget."),
    ]


def test_a_bare_instruction_on_a_bullet_of_notes_is_no_action() -> None:
    """Under a numbered section headed "AGENDA n: title" (an item, not an agenda) a bullet
    naming its owner is an action; a bare instruction naming no one is an idea or a plan, and
    a bullet saying when or by whom something runs is no instruction."""
    body = (
        "## AGENDA II: Events\n"
        "- **Fairs**\n"
        "  - Spring fair\n"
        "    - Lisa to send the fair's details to the newsletter editor\n"
        "    - Run after the plant sale\n"
        "    - Run by Lisa and Priya\n"
        "    - Email: fair@riverside.example\n"
        "    - Draft Agenda at the usual page\n"
        "    - Send slide with the opening times for the screens\n"
    )
    assert _actions(body) == [("Lisa", "Send the fair's details to the newsletter editor")]


def test_a_resolution_point_in_the_subjunctive() -> None:
    body = (
        "4. Play area\n"
        "RESOLVED Kompan will be approached about the slide as it may be under guarantee; "
        "the Clerk to ask the fitter not to move it for now;\n"
        "Declan be asked to go ahead with the repair to the swings;\n"
        "the new bark be published in the newsletter;\n"
        "the Clerk be instructed to order the gate latch.\n"
    )
    assert _actions(body) == [
        (None, "Approach Kompan about the slide as it may be under guarantee"),
        ("the Clerk", "Ask the fitter not to move it for now"),
        (None, "Ask Declan to go ahead with the repair to the swings"),
        ("the Clerk", "Order the gate latch."),
    ]


def test_a_speakers_would_of_effect_and_an_agreement_to_a_thing_are_no_tasks() -> None:
    body = (
        "1. Tools\n"
        "* Bill: there is a chance to set one standard for the plugins, would save a lot of "
        "upkeep if every group did it the same way.\n"
        "* Lisa: we wrote a plan that everyone agreed to in a shared document, then the "
        "work was shared out.\n"
        "* Priya: would send the plugin list round after the meeting.\n"
    )
    assert _actions(body) == [("Priya", "Send the plugin list round after the meeting.")]


_COUNCIL = (
    "Riverside Town Council\n"
    "Minutes of the Amenities Committee held on 3 March 2026\n\n"
    "Present: Cllr Anna Price (Chair), Cllr Tom Hale, Cllr Rita Moss\n"
    "In attendance: Mrs Jane Ford (Clerk), Mr Sam Reed (Deputy Clerk to Council)\n\n"
)


def _council(body: str) -> list[tuple[str | None, str]]:
    return owned_actions(_COUNCIL + body)


def test_resolutions_that_name_who_acts_with_a_modal_a_permission_or_an_aside() -> None:
    body = (
        "1. To consider the mowing plan – It was RESOLVED: That the Deputy Clerk to council "
        "would revise the mowing plan and send it to the contractor.\n"
        "2. Litter bins – It was RESOLVED: that the Officers are permitted to buy three "
        "litter bins for the park.\n"
        "3. Paths – That, in discussion with the County, the footpath working group prepare "
        "a map of the rights of way.\n"
        "4. Minutes – It was RESOLVED: That the minutes be approved.\n"
    )
    assert _council(body) == [
        ("the Deputy Clerk to council", "Revise the mowing plan and send it to the contractor."),
        ("the Officers", "Buy three litter bins for the park."),
        ("the footpath working group", "Prepare a map of the rights of way."),
    ]


def test_agreed_for_arranged_that_and_a_trade_that_should_go_ahead() -> None:
    body = (
        "1. Review – The Committee agreed for the Chair and the Deputy Clerk to draft a reply "
        "to the consultation.\n"
        "2. Trees – It was unanimously agreed that the contractor should go ahead.\n"
        "3. Huts – It has been arranged that the Amenities Committee will inspect the huts.\n"
        "4. Hall – It was agreed that the hall should stay open.\n"
    )
    assert _council(body) == [
        ("the Chair and the Deputy Clerk", "Draft a reply to the consultation."),
        ("the contractor", "Go ahead."),
        ("the Amenities Committee", "Inspect the huts."),
    ]


def test_requests_with_no_one_asked_and_advice_to_a_role() -> None:
    body = (
        "1. Survey – It was requested that the written survey is made available to members.\n"
        "2. Training – Cllrs Hale and Moss requested training in planning law for members.\n"
        "3. Track – Mrs Dee had asked for information on the track; it is unadopted.\n"
        "4. Fence – Cllr Price advised the Clerk to make sure a part payment is lawful.\n"
        "5. Dogs – The warden advised residents to keep dogs on leads.\n"
        "6. Lights – Cllr Hale will ask the county about the lights. Cllr Hale to action\n"
    )
    assert _council(body) == [
        (None, "Make the written survey available to members."),
        (None, "Provide training in planning law for members."),
        ("the Clerk", "Make sure a part payment is lawful."),
        ("Cllr Hale", "Ask the county about the lights."),
    ]


def test_and_would_after_a_report_and_two_tasks_joined_by_and() -> None:
    body = (
        "1. Drains – The need for a new gully was discussed and the Clerk would get more "
        "information for the next meeting.\n"
        "2. Container – Cllr Moss raised a container on the verge, the Clerk had not "
        "received any application and would make enquiries.\n"
        "3. Planter – Cost of a new planter to be obtained and Clerk to look into the rules "
        "on verge planting.\n"
        "4. Road – The road was closed in May and would reopen in June.\n"
    )
    assert _council(body) == [
        ("the Clerk", "Get more information for the next meeting."),
        ("the Clerk", "Make enquiries."),
        (None, "Cost of a new planter to be obtained"),
        ("Clerk", "Look into the rules on verge planting."),
    ]


def test_a_question_opening_a_lettered_point_is_a_discussion() -> None:
    body = (
        "5. New business\n\n"
        "   b. Open day for neighbours, are we ready for this? Lisa: yes we should, and "
        "maybe a picnic.\n"
        "   c. Priya to open the side gate for the bin men on Tuesday.\n"
    )
    assert _actions(body) == [("Priya", "Open the side gate for the bin men on Tuesday.")]


def test_agreed_passives_with_a_particle_a_second_that_clause_and_initials_to_confirm() -> None:
    body = (
        "1. Shelter – It was agreed that a specification for the new shelter should be drawn "
        "up, and presented to Council.\n"
        "2. Shed – It was agreed that, in the short term, the old shed should be taped off "
        "and marked as unsafe.\n"
        "3. Hall – It was agreed that the hall should be open on Sundays.\n"
        "4. Report – Resolved – That the annual report be noted and that any comments from "
        "Members be sent to the Policy Officer.\n"
        "5. Ford – Apologies from T Blake (TB). The grating was possibly cleared. TB to "
        "confirm.\n"
    )
    assert _council(body) == [
        (None, "Draw up a specification for the new shelter, and present to Council."),
        (None, "Tape off the old shed and mark as unsafe."),
        (None, "Send any comments from Members to the Policy Officer."),
        ("TB", "Confirm (the grating was possibly cleared)"),
    ]


def test_what_the_meeting_does_there_and_what_comes_back_later_are_no_tasks() -> None:
    body = (
        "1. Solar farm – It was agreed to hear from Mr Reed about the consultation. This "
        "also to be discussed.\n"
        "2. Hedges – The hedge by the car park also to be cut back.\n"
    )
    assert _council(body) == [(None, "The hedge by the car park also to be cut back.")]


def test_an_answer_to_a_question_in_a_discussion_is_a_view() -> None:
    body = (
        "1. Survey\n"
        "* Lisa: should the survey go to members only? Molly: try to avoid anonymous "
        "answers. Ann: agreed.\n"
        "* The leaflets are ready. Priya: send them to the printer on Monday.\n"
    )
    assert _actions(body) == [("Priya", "Send them to the printer on Monday.")]


def test_an_answer_after_a_dash_takes_the_task_asked_before_it() -> None:
    body = (
        "1. Water\n"
        "- Need someone to check the stopcock - Ann said she'd do it\n"
        "- Lisa will look at it\n"
    )
    assert _actions(body) == [("Ann", "Check the stopcock"), ("Lisa", "Look at it")]


def test_a_pronoun_keeping_the_board_informed_and_authority_delegated() -> None:
    body = (
        "1. Winter plan\n"
        "Cllr Hale explained the risks; he would keep the Committee informed of progress.\n"
        "The Committee delegated authority to the Deputy Clerk to approve the final "
        "version.\n"
        "The Chair said the weather had been poor; he would like more grit bins.\n"
    )
    assert _council(body) == [
        ("Cllr Hale", "Keep the Committee informed of progress."),
        ("the Deputy Clerk", "Approve the final version."),
    ]


def test_the_meeting_asked_to_note_something_is_its_own_business() -> None:
    body = (
        "1. Strategy\n"
        "The Committee were asked to particularly note the following:\n"
        "The Clerk was asked to quickly circulate the strategy.\n"
    )
    assert _council(body) == [("The Clerk", "Circulate the strategy.")]


def test_a_contracted_going_to() -> None:
    body = "1. Lights\nAnn's going to ask the housing officer about the lights.\n"
    assert _actions(body) == [("Ann", "Ask the housing officer about the lights.")]


def test_reports_of_what_others_agreed_or_plan_are_no_tasks() -> None:
    body = (
        "1. Reports\n"
        "The County Council has agreed to resurface the lane in the summer.\n"
        "The working group agreed last week to survey the footpaths.\n"
        "The transport team will meet again in April.\n"
        "Highways will repair the pothole next month.\n"
        "Cllr Moss has agreed to walk the footpath before the next meeting.\n"
    )
    assert _council(body) == [("Cllr Moss", "Walk the footpath before the next meeting.")]
