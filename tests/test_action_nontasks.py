"""Sentences that read like tasks and are none (actions/nontasks.py), each beside a near
sentence that is a task and stays one, on short Riverside passages."""

from __future__ import annotations

from tests.conftest import owned_actions


def _actions(text: str) -> list[tuple[str | None, str]]:
    return owned_actions(text)


def test_the_meeting_invited_to_do_its_business_is_no_task() -> None:
    text = (
        "3. Libraries review\n"
        "The Chairman invited Members to ask questions of the Cabinet Member.\n"
        "The Panel was asked to consider the recommendations in the report.\n"
        "In addition Members were asked to consider topics for future scrutiny reviews.\n"
        "Members were asked to send their comments to the Clerk by 14 March.\n"
    )
    assert _actions(text) == [
        ("Members", "Send their comments to the Clerk by 14 March."),
    ]


def test_the_meeting_coming_back_to_a_matter_is_no_task() -> None:
    text = (
        "- Governance\n"
        "  - Discussed whether to move to a steering committee.\n"
        "  - We'll revisit this at the next meeting.\n"
        "  - Priya to bring a proposal to the next meeting.\n"
        "  - **Action:** Moved to discuss at the next meeting as the fete is closer.\n"
    )
    assert _actions(text) == [("Priya", "Bring a proposal to the next meeting.")]


def test_the_chair_signing_the_minutes_is_no_task() -> None:
    """Signed at the table as the record (the approval is a decision); other papers to sign
    stay tasks."""
    text = (
        "12 MINUTES OF THE MEETING HELD 4TH MARCH 2025\n"
        "It was resolved that the Chairman sign these as a correct record of that meeting.\n"
        "13 ALLOTMENTS\n"
        "It was resolved that the Chairman sign the new allotment lease.\n"
    )
    assert _actions(text) == [("the Chairman", "Sign the new allotment lease.")]


def test_invitation_to_the_reader_is_no_task() -> None:
    text = (
        "This page was made from the printed minutes. Please tell us if you find any "
        "mistakes in it.\n\n"
        "Notes sent after the meeting\n"
        "Please send your comments on the draft play area plan to the Clerk by 5 June.\n"
    )
    assert _actions(text) == [
        (None, "Send your comments on the draft play area plan to the Clerk by 5 June."),
    ]


def test_the_meeting_fixing_its_next_meeting_is_no_task() -> None:
    text = (
        "7. Future meetings\n"
        "The Panel agreed to meet again on 14 March after the site visit.\n"
        "Members agreed to have a further meeting once the traffic survey is done.\n"
        "Councillor Shah agreed to meet the Riverside Carers Centre before Christmas.\n"
    )
    assert _actions(text) == [
        ("Councillor Shah", "Meet the Riverside Carers Centre before Christmas."),
    ]


def test_grants_and_appointments_made_are_no_tasks() -> None:
    text = (
        "It was agreed to grant the Riverside Bowls Club £400 towards new mats.\n"
        "It was suggested that a lettings secretary be appointed. This was agreed.\n"
        "The Clerk to write to the Riverside Bowls Club about the terms of the grant.\n"
    )
    assert _actions(text) == [
        ("The Clerk", "Write to the Riverside Bowls Club about the terms of the grant."),
    ]


def test_a_decided_trial_of_practice_is_no_task() -> None:
    text = (
        "Agreed to try out a shorter agenda for the summer meetings.\n"
        "Agreed to attempt open sessions in the library once a month.\n"
        "Priya to try to contact the landowner again before the next meeting.\n"
    )
    assert _actions(text) == [
        ("Priya", "Try to contact the landowner again before the next meeting."),
    ]


def test_a_thing_tried_out_that_must_be_put_in_place_is_a_task() -> None:
    text = (
        "Members discussed litter at length. It was agreed to trial one grit bin to be sited "
        "by the school gate.\n"
        "It was agreed to pilot two planters to be placed on the bridge for the summer.\n"
        "It was agreed to try out a shorter agenda to be used in August.\n"
    )
    assert _actions(text) == [
        (None, "Trial one grit bin to be sited by the school gate."),
        (None, "Pilot two planters to be placed on the bridge for the summer."),
    ]


def test_an_items_stated_goal_is_no_task() -> None:
    text = (
        "- Towpath lighting (*Dana* **Time**: 10 minutes)\n"
        "    - **Goal**: Identify the dark stretches and agree a survey route\n"
        "    - Dana to walk the towpath with the ranger and map the dark stretches.\n"
    )
    assert _actions(text) == [
        ("Dana", "Walk the towpath with the ranger and map the dark stretches."),
    ]


def test_a_line_introducing_a_list_is_no_task() -> None:
    text = (
        "Further actions to be taken, at the end of the meeting:\n\n"
        "Tomasz: book the scout hut for the open day\n"
    )
    assert _actions(text) == [("Tomasz", "Book the scout hut for the open day")]


def test_a_suggestion_with_no_one_to_take_it_is_no_task() -> None:
    text = (
        "- Quiz night\n"
        "  - Turnout has been poor since the move.\n"
        "  - Could move the quiz to the Riverside Arms, e.g. on a Thursday.\n"
        "  - Keegan to ask the Riverside Arms about a Thursday booking.\n"
    )
    assert _actions(text) == [
        ("Keegan", "Ask the Riverside Arms about a Thursday booking."),
    ]


def test_a_described_state_is_no_task() -> None:
    text = (
        "The Commissioner said work on the rural policing model was still going on, and that "
        "Riverside would sit within that programme.\n"
        "* Priya: the newsletter\n"
        "  - Tomasz: is a bit tired this early\n"
        "  - Tomasz will send the draft newsletter to Priya by Friday.\n"
        "  - Open question on funding for the print run.\n"
        "* [ ] Nigel to open issue to agree the meeting schedule\n"
    )
    assert _actions(text) == [
        ("Tomasz", "Send the draft newsletter to Priya by Friday."),
        ("Nigel", "Open issue to agree the meeting schedule"),
    ]


def test_what_a_report_says_will_happen_is_no_task() -> None:
    text = (
        "The Clerk's report explained that the bins on the green would be emptied weekly from "
        "April.\n"
        "The strategy outlines that partners will work together to reduce loneliness.\n"
        "The Clerk would ask the county to empty the bins on the green before Easter.\n"
    )
    assert _actions(text) == [
        ("The Clerk", "Ask the county to empty the bins on the green before Easter."),
    ]


def test_a_pointer_to_a_website_is_no_task() -> None:
    text = (
        "To find out more about the canal works, please visit the county's website.\n"
        "Clerk to post the canal works notice on the council's website.\n"
    )
    assert _actions(text) == [
        ("Clerk", "Post the canal works notice on the council's website."),
    ]


def test_a_promise_reported_from_before_the_meeting_is_no_task() -> None:
    text = (
        "Riverside Social Club\n"
        "1. Lockers\n"
        "Yvonne said in October or November that RSC would pay $1000 and the college would "
        "pay the rest.\n"
        "RSC would pay $200 towards the new locker keys.\n"
    )
    assert _actions(text) == [("RSC", "Pay $200 towards the new locker keys.")]


def test_a_request_made_before_the_meeting_is_no_task() -> None:
    text = (
        "Riverside Parish Council\n"
        "6. Matters arising\n"
        "Residents had asked for a bench to be installed on the green.\n"
        "Cllr Green had asked for the hedge to be cut, and the Clerk had arranged it.\n"
        "A sewing group had asked for Monday afternoons and Maureen would confirm the rate "
        "with them.\n"
    )
    assert _actions(text) == [("Maureen", "Confirm the rate with them.")]


def test_a_task_misread_from_to_as_a_preposition_is_dropped() -> None:
    text = (
        "Riverside Health Scrutiny Panel\n"
        "In attendance: Samir Okonjo (Scrutiny Officer).\n"
        "6. Update\n"
        "The Clerk will invite the Trust to the next meeting.\n"
        "The Scrutiny Officer would invite the Trust to a future meeting.\n"
    )
    assert _actions(text) == [
        ("The Clerk", "Invite the Trust to the next meeting."),
        ("The Scrutiny Officer", "Invite the Trust to a future meeting."),
    ]


def test_an_everyday_word_read_as_the_owner_is_no_task() -> None:
    """ "OK", an adjective or a verb form opening a remark names no one; a given name that
    is also a word, and a name after the task, stay owners."""
    text = (
        "Website\n"
        "- Dana: Seems OK to move the events page to the new host.\n"
        "- Preferred approach: keep the rota in the shared folder.\n"
        "- Public Health would circulate the guidance to the schools.\n"
        "- Sam Moved to pay the hall deposit.\n"
        "- Rich to move the events page to the new host.\n"
    )
    assert _actions(text) == [
        ("Public Health", "Circulate the guidance to the schools."),
        ("Rich", "Move the events page to the new host."),
    ]


def test_a_refusal_or_things_left_as_they_are_is_no_task() -> None:
    """Turned down or kept as it is, by the meeting: a decision; the Clerk named to send
    the refusal has a task."""
    text = (
        "7. Requests for funds\n"
        "A late request from the bowls club was considered and it was resolved that the "
        "request be declined.\n"
        "Agreed to waive the hall fees for the school fete.\n"
        "The Councillors agreed to continue to retain the padlock on the side gate.\n"
        "The Clerk to decline the booking for 4 May in writing.\n"
    )
    assert _actions(text) == [("The Clerk", "Decline the booking for 4 May in writing.")]


def test_where_someone_stands_is_no_task() -> None:
    """An adverb of time then a participle says where someone or something stands; the
    same group given the work has a task."""
    text = (
        "Website group\n\n"
        "Present: Raj Patel, Tom Reed, Dana Cole\n\n"
        "- Raj currently involved as Library Liaison\n"
        "- Tom now     thinking that sharing the rota between\n"
        "  two volunteers would help.\n"
        "- Planned to be done by the end of May\n"
        "- Dana to move the events page to the new host.\n"
    )
    assert _actions(text) == [("Dana", "Move the events page to the new host.")]


def test_an_agenda_line_with_its_time_allowed_is_no_task() -> None:
    text = (
        "Riverside Scrutiny Committee\n\n"
        "Present: Cllr Ruth Kerr, Cllr Tom Hale\n\n"
        "Agenda\n\n"
        "1. Cllr Kerr to update the Committee on the panels (10 minutes)\n\n"
        "Actions\n\n"
        "- Cllr Kerr to send the panel notes to the Clerk by Friday\n"
    )
    assert _actions(text) == [("Cllr Kerr", "Send the panel notes to the Clerk by Friday")]


def test_a_task_that_only_points_back_is_no_task() -> None:
    """ "Do that" says nothing of what; "Take care of the keys" does, and so does a second
    task after it."""
    text = (
        "Website group\n\n"
        "Present: Mike Reed, Dana Cole\n\n"
        "- Mike: Do that for initial testing.\n"
        "- Dana to take care of the keys.\n"
        "- Mike said he would do it and report to the March meeting.\n"
    )
    assert _actions(text) == [
        ("Dana", "Take care of the keys."),
        ("Mike", "Do it and report to the March meeting."),
    ]


def test_the_meetings_own_act_in_a_list_of_actions_is_no_task() -> None:
    text = (
        "Riverside Hospital Board\n\n"
        "1. Quality report\n\n"
        "Actions:\n"
        "- The Board welcomed the report and supported the new format.\n"
        "- Team agreed to merge the two test benches.\n"
        "- The Director to circulate the new format to the wards.\n"
    )
    assert _actions(text) == [("The Director", "Circulate the new format to the wards.")]


def test_a_matter_to_come_back_with_no_one_to_bring_it_is_no_task() -> None:
    """A follow-up; the Clerk named to report back has a task."""
    text = (
        "6. Verges\n\n"
        "This will be reported back to the Committee in December.\n"
        "The Clerk will report back to the Committee on the verges in December.\n"
    )
    assert _actions(text) == [
        ("The Clerk", "Report back to the Committee on the verges in December."),
    ]


def test_a_thing_or_topic_opening_a_note_is_no_owner() -> None:
    """A common noun opening a note ("Minibus will leave ...", "Caterer will arrive ...")
    is the note's topic, not who acts: the minutes write it in lower case elsewhere and
    never capitalise it mid-sentence. A name keeps its capital ("thanks to Rex, Mason and
    Dee") and is never written in lower case."""
    text = (
        "7. Youth club\n"
        "Caterer will arrive at ten; the caterer has been paid.\n"
        "Minibus will leave the square at eight. The minibus seats twelve.\n"
        "Workshop will run over two evenings; the workshop is for new leaders.\n"
        "Rex will book the minibus for the trip.\n"
        "Mason will bring the first aid kit. Thanks to Rex, Mason and Dee.\n"
        "Dee will order the hoodies.\n"
    )
    assert _actions(text) == [
        ("Rex", "Book the minibus for the trip."),
        ("Mason", "Bring the first aid kit."),
        ("Dee", "Order the hoodies."),
    ]


def test_a_standing_rule_is_no_task() -> None:
    """What is done whenever something happens, or what the members (or no one named) do at
    every meeting or month, is a rule; one occasion and one person's job stay tasks."""
    text = (
        "9. Arrangements\n"
        "When bookings come in they will be passed to the hall secretary, who will confirm "
        "them.\n"
        "Whenever a complaint is received, the Clerk will acknowledge it within five days.\n"
        "If a resident asks for a new bin, the Clerk will order one.\n"
        "Councillors to submit their expense claims monthly.\n"
        "All trustees to sign the register at every meeting.\n"
        "Volunteers to sign in at each session.\n"
        "When the quote comes in, Tom will forward it to members.\n"
        "The Clerk to circulate the agenda a week before each meeting.\n"
        "Councillors to submit their expense claims for May by Friday.\n"
    )
    assert _actions(text) == [
        ("Tom", "Forward it to members."),
        ("The Clerk", "Circulate the agenda a week before each meeting."),
        ("Councillors", "Submit their expense claims for May by Friday."),
    ]


def test_work_reported_with_no_one_named_is_no_task() -> None:
    """A note of work done or under way (a verb's past or "-ing" form) under an action
    list is a report; a participle before what is still to be done, a noun in "-ing" and a
    base verb stay tasks."""
    text = (
        "## Action items\n\n"
        "### Website\n\n"
        "- Reviewed the draft privacy notice\n"
        "- Started moving the photos to the new host\n"
        "- Checking the broken links on the events page\n"
        "- Updated the contact form\n"
        "- Revised budget to be circulated before the AGM\n"
        "- Training for new volunteers\n"
        "- Review the draft cookie banner\n"
    )
    assert _actions(text) == [
        (None, "Revised budget to be circulated before the AGM"),
        (None, "Training for new volunteers"),
        (None, "Review the draft cookie banner"),
    ]


def test_the_opening_formalities_and_the_meetings_views_are_no_task() -> None:
    """Apologies and declarations taken at the opening of every meeting, and a body invited
    to give its views there and then, are no tasks; apologies sent elsewhere, and comments
    sent by a date, are."""
    text = (
        "1. Apologies and declarations\n"
        "The Chairman to report apologies for absence.\n"
        "Chair to receive declarations of interest.\n"
        "Cllr Hughes to send apologies to the county forum.\n"
        "2. Draft strategy\n"
        "The Board was invited to express its views on the draft strategy.\n"
        "The Panel was asked to give its comments on the plan.\n"
        "Members were asked to send their comments to the Clerk by 9 May.\n"
    )
    assert _actions(text) == [
        ("Cllr Hughes", "Send apologies to the county forum."),
        ("Members", "Send their comments to the Clerk by 9 May."),
    ]
