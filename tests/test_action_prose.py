"""Commitments in prose that flattened or hurried minutes write loosely, one kind of
sentence each, on short Riverside passages: the exact tasks and owners (and what must be
left alone)."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict
from tests.conftest import owned_actions

_HEAD = (
    "Riverside Parish Council\n"
    "Minutes of the meeting held on 3 March 2026\n\n"
    "Present: Cllr J Smith, Cllr Ann Brown, Peter Hale, Rob Tan, Heather Lee, "
    "the Clerk (Mary Jones)\n\n"
)


def _actions(body: str) -> list[tuple[str | None, str]]:
    return owned_actions(_HEAD + body)


def _spans(body: str) -> list[str]:
    text = _HEAD + body
    return [text[a.start : a.end] for a in parse_strict(text).actions]


def test_a_lost_full_stop_before_a_named_owner() -> None:
    body = (
        "7. Tree by the church. Mrs Green offered her ladder for this purpose J Smith will "
        "obtain a quote from the insurers.\n\n"
        "She had asked at the last Meeting for the county to repair the lane.\n"
    )
    assert _actions(body) == [("J Smith", "Obtain a quote from the insurers.")]


def test_a_speakers_own_remark_with_a_will_and_no_subject() -> None:
    body = (
        "- Peter: My feeling is that the bus timetable is poor (will bring this up with the "
        "regional transport meeting)\n"
        "- Heather: the verges look fine; will check the one by the school\n"
    )
    assert _actions(body) == [
        ("Peter", "Bring this up with the regional transport meeting"),
        ("Heather", "Check the one by the school"),
    ]


def test_two_owners_in_one_sentence() -> None:
    body = (
        "Rob to draft the letter, Heather to send it.\n\n"
        "Cllr Brown agreed to facilitate the workshop and the Clerk would make notes.\n\n"
        "After a long discussion, Rob and the Clerk would meet the contractor.\n\n"
        "The Clerk would write to the Borough Council and the Trust to ask for a meeting.\n"
    )
    assert _actions(body) == [
        ("Rob", "Draft the letter"),
        ("Heather", "Send it."),
        ("Cllr Brown", "Facilitate the workshop"),
        ("the Clerk", "Make notes."),
        ("Rob and the Clerk", "Meet the contractor."),
        ("The Clerk", "Write to the Borough Council and the Trust to ask for a meeting."),
    ]


def test_do_so_takes_the_task_from_the_request_before() -> None:
    body = (
        "Cllr Brown asked whether someone could check the drain on Mill Road. Cllr Smith "
        "agreed to do so.\n\n"
        "The Chair asked for a list of the benches needing repair. The Clerk would do so.\n\n"
        "Residents asked for the dog bin to be emptied more often. Peter Hale offered to do "
        "this.\n"
    )
    assert _actions(body) == [
        ("Cllr Smith", "Check the drain on Mill Road."),
        ("The Clerk", "Provide a list of the benches needing repair."),
        ("Peter Hale", "Empty the dog bin more often."),
    ]
    # The passage is the request and its answer.
    assert _spans(body)[1] == (
        "The Chair asked for a list of the benches needing repair. The Clerk would do so."
    )


def test_agreed_with_its_to_lost_and_tasks_with_no_object() -> None:
    body = (
        "Cllr Smith agreed contact the school about parking.\n\n"
        "Potholes on Mill Road. Clerk to instruct.\n\n"
        "The contractor has not replied. Clerk to chase again.\n\n"
        "The Council agreed support for the bid.\n\n"
        "The Clerk reported that the insurers had agreed cover for the event.\n"
    )
    assert _actions(body) == [
        ("Cllr Smith", "Contact the school about parking."),
        ("Clerk", "Instruct (potholes on Mill Road)"),  # the verb alone: its object before
        ("Clerk", "Chase again (the contractor has not replied)"),
    ]


def test_a_task_stops_at_the_next_part_and_at_page_furniture() -> None:
    body = (
        "The Clerk will write to the landowner about the hedge c) Footpaths the stile is "
        "broken.\n\n"
        "Cllr Smith will ask the school about the crossing patrol Page 3 of 5 Signed "
        "Chairman\n\n"
        "The bins were discussed b) Clerk to order two more bins.\n"
    )
    assert _actions(body) == [
        ("The Clerk", "Write to the landowner about the hedge"),
        ("Cllr Smith", "Ask the school about the crossing patrol"),
        ("Clerk", "Order two more bins."),
    ]


def test_an_item_heading_in_capitals_is_not_part_of_the_owner() -> None:
    body = (
        "BUS STOP MILL ROAD The Clerk to contact the county about the shelter.\n\n"
        "HEDGES Clerk to write to the owner of Long Meadow.\n\n"
        "NHS England will share the survey results with members.\n"
    )
    assert _actions(body) == [
        ("The Clerk", "Contact the county about the shelter."),
        ("Clerk", "Write to the owner of Long Meadow."),
        ("NHS England", "Share the survey results with members."),
    ]


def test_passives_opening_a_sentence_and_owners_the_attendance_does_not_list() -> None:
    body = (
        "The hedge on Long Lane to be cut back before nesting season.\n\n"
        "The noticeboard in Mill Road to be repainted by the Clerk.\n\n"
        "The Clerk to be asked to write to the MP.\n\n"
        "Sam to book the hall for the May fair.\n"
    )
    assert _actions(body) == [
        (None, "The hedge on Long Lane to be cut back before nesting season."),
        ("the Clerk", "The noticeboard in Mill Road to be repainted by the Clerk."),
        ("The Clerk", "Write to the MP."),
        ("Sam", "Book the hall for the May fair."),
    ]


def test_passives_naming_their_doer_across_a_page_break_and_after_a_frame() -> None:
    body = (
        "The quotes for the new water tank and the pipework on the north side of the site "
        "would be obtained by Page 2 of 4 the Clerk before May.\n\n"
        "It was agreed that the hedge at the allotments should be cut back by the Clerk.\n\n"
        "Letters to be sent to the tenants of the overgrown plots by Cllr Brown.\n"
    )
    assert _actions(body) == [
        (
            "the Clerk",
            "Obtain the quotes for the new water tank and the pipework on the north side of "
            "the site before May.",
        ),
        ("the Clerk", "Cut back the hedge at the allotments."),
        ("Cllr Brown", "Letters to be sent to the tenants of the overgrown plots by Cllr Brown."),
    ]


def test_should_and_needs_to_commit_a_person_or_a_role_not_a_body() -> None:
    body = (
        "The Clerk should contact the insurers before renewal.\n\n"
        "Clerk needs to contact the insurer about the claim.\n\n"
        "Cllr Brown has to send the invoice to the treasurer.\n\n"
        "The Council should consider a new bench.\n\n"
        "This is not new money and RPC needs to deliver against five metrics.\n\n"
        "The village hall needs to be repainted.\n\n"
        "Peter needs to know the numbers by Friday.\n"
    )
    assert _actions(body) == [
        ("The Clerk", "Contact the insurers before renewal."),
        ("Clerk", "Contact the insurer about the claim."),
        ("Cllr Brown", "Send the invoice to the treasurer."),
    ]


def test_owners_written_with_a_spaced_slash_or_a_hyphenated_role() -> None:
    body = (
        "PH / JS to meet the contractor on site.\n\n"
        "The Vice-Chairman will organise the Christmas lights.\n"
    )
    got = parse_strict(_HEAD + body).actions
    assert [(a.owner, a.owners, a.text) for a in got] == [
        ("PH / JS", ["PH", "JS"], "Meet the contractor on site."),
        ("The Vice-Chairman", ["The Vice-Chairman"], "Organise the Christmas lights."),
    ]


def test_board_minutes_owners_in_reported_speech_and_speakers_notes() -> None:
    body = (
        "Sarah Jones (SJ) will contact the practices about the flu clinics.\n\n"
        "The Head of Service to confirm the timescales in writing.\n\n"
        "Members were advised that officers would look into the matter and report back.\n\n"
        "It was reported that Mr Jones would retire in the summer.\n\n"
        "Kate: Will circulate the notes by Friday.\n\n"
        "Will Hart gave a talk on the canal restoration.\n"
    )
    assert _actions(body) == [
        ("Sarah Jones", "Contact the practices about the flu clinics."),
        ("The Head of Service", "Confirm the timescales in writing."),
        ("officers", "Look into the matter and report back."),
        ("Kate", "Circulate the notes by Friday."),
    ]


def test_an_answer_pointing_back_keeps_its_verb_and_names_the_request() -> None:
    body = (
        "Cllr Lloyd asked whether someone could price a second dog bin for the riverside "
        "path. The Clerk would look into it.\n"
    )
    assert _actions(body) == [
        ("The Clerk", "Look into it (price a second dog bin for the riverside path)"),
    ]


def test_first_names_the_attendance_never_lists_asked_to_do_something() -> None:
    body = (
        "Sam was asked to book the hall for the fair.\n\n"
        "The chair asked Jo to collect the raffle prizes.\n\n"
        "Work was asked to stop for the winter.\n"
    )
    assert _actions(body) == [
        ("Sam", "Book the hall for the fair."),
        ("Jo", "Collect the raffle prizes."),
    ]


def test_more_lost_full_stops_and_title_case_headings_before_an_owner() -> None:
    body = (
        "The speeding problem was discussed in detail Cllr Smith to contact the police.\n\n"
        "Concerns were raised about speeding Cllr Brown will ask for a speed survey.\n\n"
        "Bus Shelter Mill Road The Clerk to contact the county.\n"
    )
    assert _actions(body) == [
        ("Cllr Smith", "Contact the police."),
        ("Cllr Brown", "Ask for a speed survey."),
        ("The Clerk", "Contact the county."),
    ]


def test_speakers_by_title_and_a_will_opening_the_next_sentence() -> None:
    body = (
        "- Peter: The timetable is poor. Will bring this up with the county.\n"
        "- Cllr J Smith: the verges are untidy, will speak to the contractor.\n"
    )
    assert _actions(body) == [
        ("Peter", "Bring this up with the county."),
        ("Cllr J Smith", "Speak to the contractor."),
    ]


def test_second_owners_after_a_semicolon_or_and_a_titled_name() -> None:
    body = (
        "Rob to draft the letter; Heather to send it.\n\n"
        "Rob to draft the notice and Cllr Brown to sign it.\n\n"
        "Rob to write to the Borough Council and Riverside Housing to ask for a meeting.\n"
    )
    assert _actions(body) == [
        ("Rob", "Draft the letter"),
        ("Heather", "Send it."),
        ("Rob", "Draft the notice"),
        ("Cllr Brown", "Sign it."),
        ("Rob", "Write to the Borough Council and Riverside Housing to ask for a meeting."),
    ]


def test_do_this_with_no_request_before_names_what_it_answers() -> None:
    body = "The hedge by the school needs cutting. The Clerk will do this.\n"
    assert _actions(body) == [("The Clerk", "Do this (the hedge by the school needs cutting)")]


def test_resolutions_and_motions_naming_who_acts() -> None:
    body = (
        "Resolved that the Clerk be instructed to write to the county.\n\n"
        "Proposed by Cllr Smith, seconded by Cllr Brown, that the Clerk orders the new bins.\n\n"
        "Proposed by Cllr Smith, seconded by Cllr Brown, that the precept be set at £20,000.\n"
    )
    assert _actions(body) == [
        ("the Clerk", "Write to the county."),
        ("the Clerk", "Order the new bins."),
    ]


def test_commitments_with_an_aside_or_handed_over() -> None:
    body = (
        "The Clerk will, with Cllr Brown, meet the contractor on site.\n\n"
        "It was left to the Clerk to contact the school.\n\n"
        "Following a discussion about the state of the pavilion roof the Chairman will contact "
        "the insurers.\n\n"
        "Councillor Brown informed members that she would be contacting the police about "
        "speeding.\n\n"
        "Councillor Brown informed members that she would be retiring in May.\n"
    )
    assert _actions(body) == [
        ("The Clerk", "Meet the contractor on site."),
        ("the Clerk", "Contact the school."),
        ("the Chairman", "Contact the insurers."),
        ("Councillor Brown", "Contact the police about speeding."),
    ]


def test_he_she_they_stand_for_the_person_named_before() -> None:
    body = (
        "Mrs Jones reported on the audit. She agreed to circulate the report.\n\n"
        "The Clerk reported on the insurance renewal. She was asked to obtain two more "
        "quotes.\n\n"
        "Cllr Brown explained the problem with the drains; she will ask the county to inspect "
        "them.\n\n"
        "The Chairman said the fence was broken and he would get it repaired.\n\n"
        "Cllr Brown said the bins were full and that she would contact the contractor.\n\n"
        "The Parish Council thanked Mr Hale for mowing the green, they also agreed to pass "
        "thanks to Tom.\n\n"
        "Our treasurer Jo Carter has sent word that she will attend one more meeting.\n"
    )
    assert _actions(body) == [
        ("Mrs Jones", "Circulate the report."),
        ("The Clerk", "Obtain two more quotes."),
        ("Cllr Brown", "Ask the county to inspect them."),
        ("The Chairman", "Get it repaired."),
        ("Cllr Brown", "Contact the contractor."),
    ]


def test_a_title_case_heading_run_on_before_a_plain_role() -> None:
    body = (
        "Trees Clerk to write to the owner of Long Meadow.\n\n"
        "Bus Shelter Clerk to contact the county.\n\n"
        "The Parish Clerk to send the precept form.\n\n"
        "Membership Secretary to send the renewal forms.\n\n"
        "Finance Officer to check the invoices.\n"
    )
    assert _actions(body) == [
        ("Clerk", "Write to the owner of Long Meadow."),
        ("Clerk", "Contact the county."),
        ("The Parish Clerk", "Send the precept form."),
        ("Membership Secretary", "Send the renewal forms."),
        ("Finance Officer", "Check the invoices."),
    ]


def test_offers_in_notes_of_a_call() -> None:
    body = (
        "* Alice: I can take the release notes this time.\n"
        "* Bob: happy to review the PR.\n"
        "* Carol: I can see why the test fails.\n"
        "Dana volunteered for the stall rota.\n"
        "Frank will be responsible for the booking forms.\n"
        "Erin will be away in June.\n"
    )
    assert _actions(body) == [
        ("Alice", "Take the release notes this time."),
        ("Bob", "Review the PR."),
        ("Dana", "Take on the stall rota."),
        ("Frank", "Be responsible for the booking forms."),
    ]


def test_objects_joined_by_and_then_a_purpose_are_no_owners() -> None:
    body = (
        "A resident had bought netting and Velcro to put around her windows.\n\n"
        "4. Review of membership and potential new members to invite\n\n"
        "The MP said she had asked Riverside Sugar to keep her updated.\n"
    )
    assert _actions(body) == []


def test_news_and_states_are_no_actions() -> None:
    body = (
        "The Chair agreed contact with the school had been poor.\n\n"
        "Cllr Brown noted that Mr Hale would stand down at the AGM.\n\n"
        "The Clerk said that the contractor would cut the grass on Monday.\n\n"
        "Mrs Ellis thanked the council. She would be moving away in the summer.\n\n"
        "Cllr Smith has to leave early.\n\n"
        "Councillors should declare interests at the start of each meeting.\n"
    )
    assert _actions(body) == []


def test_someone_to_be_asked_reminded_or_written_to() -> None:
    body = (
        "The speeds were high and the police will be asked to carry out enforcement.\n\n"
        "The Clerk should be asked to collect the plants for the planters.\n\n"
        "Residents would be reminded to cut back their hedges.\n\n"
        "The landowner will be written to about the overhanging trees.\n\n"
        "The Council will be requested to pass a resolution excluding the press and public.\n\n"
        "Statutory bodies would be contacted via email.\n"
    )
    assert _actions(body) == [
        (None, "Ask the police to carry out enforcement."),
        ("The Clerk", "Collect the plants for the planters."),
        (None, "Remind Residents to cut back their hedges."),
        (None, "Write to the landowner about the overhanging trees."),
    ]


def test_what_the_meeting_agreed_be_done_with_no_one_named() -> None:
    body = (
        "Quotes will be obtained for the repair of the bus shelter.\n\n"
        "Agreed to write to the landowner.\n\n"
        "Agreed that a letter be sent to the school.\n\n"
        "It was agreed that quotes should be obtained.\n\n"
        "Further information to be sought from the county.\n\n"
        "RESOLVED that the press and public be excluded from the meeting.\n\n"
        "RESOLVED that the Cabinet Member be recommended to approve the plan.\n"
    )
    assert _actions(body) == [
        (None, "Quotes will be obtained for the repair of the bus shelter."),
        (None, "Write to the landowner."),
        (None, "Send a letter to the school."),
        (None, "Quotes should be obtained."),
        (None, "Further information to be sought from the county."),
    ]


def test_tasks_taken_on_or_under_way() -> None:
    body = (
        "Cllr Smith was tasked with contacting the school.\n\n"
        "The Clerk is in the process of obtaining quotes.\n\n"
        "Cllr Brown is following this up.\n\n"
        "Cllr Okafor took responsibility for ordering the Christmas tree.\n\n"
        "The Clerk was tasked with great care.\n"
    )
    assert _actions(body) == [
        ("Cllr Smith", "Contact the school."),
        ("The Clerk", "Obtain quotes."),
        ("Cllr Brown", "Follow this up."),
        ("Cllr Okafor", "Take responsibility for ordering the Christmas tree."),
    ]


def test_a_given_name_after_and_opens_a_second_commitment() -> None:
    body = (
        "Rob to draft the letter and Heather to send it.\n\n"
        "The Clerk to write to the Council and Highways to ask for a repair.\n"
    )
    assert _actions(body) == [
        ("Rob", "Draft the letter"),
        ("Heather", "Send it."),
        ("The Clerk", "Write to the Council and Highways to ask for a repair."),
    ]


def test_requests_in_notes_sent_after_the_meeting() -> None:
    body = (
        "I'd be grateful if you could send me your comments by 5 June.\n\n"
        "It would be great if Tom could update the wiki.\n\n"
        "Can I ask that everyone reads the draft before the next meeting.\n\n"
        "If anyone can help on the stall, please let Heather know.\n\n"
        "Reminder: please submit expenses by the end of the month.\n\n"
        "All councillors to complete the training by June.\n\n"
        "It would be great if the weather held.\n"
    )
    assert _actions(body) == [
        (None, "Send me your comments by 5 June."),
        ("Tom", "Update the wiki."),
        ("everyone", "Read the draft before the next meeting."),
        (None, "Let Heather know."),
        (None, "Submit expenses by the end of the month."),
        ("All councillors", "Complete the training by June."),
    ]


def test_names_written_as_markup_own_their_tasks() -> None:
    body = (
        "`Molly`_ will take the lead on the rota.\n\n"
        "`Bill Jones`_ to help `Molly`_ with the accounts.\n\n"
        "`Molly`_ to draft the letter, `Bill`_ to send it.\n\n"
        "[Sam](https://example.org/sam) will update the wiki page.\n\n"
        "**Priya** will book the room for the sprint.\n\n"
        "***ongoing i**ssue that needs to be addressed.***\n"
    )
    got = parse_strict(_HEAD + body).actions
    assert [(a.owner, a.text) for a in got] == [
        ("Molly", "Take the lead on the rota."),
        ("Bill Jones", "Help Molly with the accounts."),
        ("Molly", "Draft the letter"),
        ("Bill", "Send it."),
        ("Sam", "Update the wiki page."),
        ("Priya", "Book the room for the sprint."),
    ]
    assert (_HEAD + body)[got[0].start : got[0].end].startswith("`Molly`_ will")


def test_he_or_she_is_who_spoke_in_the_sentence_before() -> None:
    body = (
        "Cllr Smith said the engineer, Mr Jones, had visited the site. He will speak to the "
        "engineer and report back next month.\n\n"
        "The Chair thanked Dr Patel for the talk. She would circulate the slides.\n"
    )
    assert _actions(body) == [
        ("Cllr Smith", "Speak to the engineer and report back next month."),
        ("Dr Patel", "Circulate the slides."),
    ]


def test_bodies_slash_owners_and_officers_recommended_to_act() -> None:
    body = (
        "Morgan/Preya creates a student-led event for the spring.\n\n"
        "Morgan/Preya reports that the hall is booked.\n\n"
        "Society will set up games for the event.\n\n"
        "The department will work with the clerks to check on available money.\n\n"
        "Specifically, it is recommended that staff move forward with the following "
        "activities.\n\n"
        "It was recommended that the Council adopt the plan.\n\n"
        "The Board will work with officers to make the transition seamless.\n"
    )
    assert _actions(body) == [
        ("Morgan/Preya", "Create a student-led event for the spring."),
        ("Society", "Set up games for the event."),
        ("The department", "Work with the clerks to check on available money."),
        ("staff", "Move forward with the following activities."),
    ]


def test_the_one_asked_to_ask_owns_the_task() -> None:
    body = (
        "JC to ask Ammiel to do the risk assessments.\n\n"
        "Morgan will contact the venue and Preya will design the poster.\n"
    )
    assert _actions(body) == [
        ("JC", "Ask Ammiel to do the risk assessments."),
        ("Morgan", "Contact the venue"),
        ("Preya", "Design the poster."),
    ]


def test_notes_of_a_call_names_ending_in_ly_and_a_will_do_answer() -> None:
    body = (
        "Next steps: Molly to follow up with the vendor; Bill to draft the RFC.\n\n"
        "Decision: go with option B. Sally to write it up.\n\n"
        "The Riverside Foundation will share the survey results.\n\n"
        "Molly: Can you update the docs? Bill: Yes, will do.\n"
    )
    assert _actions(body) == [
        ("Molly", "Follow up with the vendor"),
        ("Bill", "Draft the RFC."),
        ("Sally", "Write it up."),
        ("The Riverside Foundation", "Share the survey results."),
        ("Bill", "Update the docs"),
    ]


def test_a_review_with_its_doer_named_after_an_agreement() -> None:
    body = (
        "It was agreed that the replies from the contractor regarding the queries raised and the "
        "lease should be reviewed in more detail by the Clerk.\n\n"
        "The lease would be reviewed at the next meeting.\n"
    )
    assert _actions(body) == [
        (
            "the Clerk",
            "Review the replies from the contractor regarding the queries raised and the lease "
            "in more detail.",
        )
    ]


def test_a_promise_in_the_passive_after_a_condition() -> None:
    body = (
        "It was agreed once this was done Mrs Ellis would be contacted with a date for the visit.\n"
    )
    assert _actions(body) == [(None, "Contact Mrs Ellis with a date for the visit.")]


def test_a_signature_footer_between_by_and_the_doer() -> None:
    body = (
        "The quotes for the fencing would be obtained by Signed Chairman Page 2 of 4 the Clerk "
        "before May.\n\n"
        "(b) the Clerk before May.\n"
    )
    assert _actions(body) == [("the Clerk", "Obtain the quotes for the fencing before May.")]


def test_a_person_described_by_their_post_owns_by_name() -> None:
    body = (
        "Anna Hughes, Head of Adult Services, confirmed that she would arrange a briefing.\n\n"
        "Mr Grant, Deputy Clerk, will order the bins.\n\n"
        "Tim, Priya and Omar will run the stall.\n"
    )
    assert [(a.owner, a.owners) for a in parse_strict(_HEAD + body).actions] == [
        ("Anna Hughes", ["Anna Hughes"]),
        ("Mr Grant", ["Mr Grant"]),
        ("Tim, Priya and Omar", ["Tim", "Priya", "Omar"]),
    ]


def test_agreed_bare_verb_with_a_purpose_a_look_and_do_so_before_a_comma() -> None:
    body = (
        "Cllr Brown agreed contact the Royal British Legion to find out if there was a set time "
        "for moving the wreaths.\n\n"
        "Cllr Okafor will have a look at this and report back.\n\n"
        "Cllr Smith suggested a visit to the entrances of the village to see how they could be "
        "improved, the council agreed that this was a good idea and he and Cllr Brown agreed to "
        "do so, and the Chair advised she would attend if able.\n"
    )
    assert _actions(body) == [
        (
            "Cllr Brown",
            "Contact the Royal British Legion to find out if there was a set time for moving the "
            "wreaths.",
        ),
        ("Cllr Okafor", "Have a look at this and report back."),
        ("Cllr Brown", "A visit to the entrances of the village to see how they could be improved"),
    ]


def test_thanks_for_work_as_an_officer_with_no_blank_line_before_parses() -> None:
    text = (
        "Riverside Parish Council. The meeting opened with a long welcome from the chair to all "
        "the residents and guests who had come along on a cold evening to hear about the plans "
        "for the green, the footpaths, the new bus shelter and the allotments. The council "
        "thanked Mr Hale for his work as our Footpath Warden. The Clerk will write to him.\n"
    )
    got = parse_strict(text)  # the strict path raised TypeError (max of one number)
    assert [(a.owner, a.text) for a in got.actions] == [("The Clerk", "Write to him.")]


def test_the_first_of_two_commitments_keeps_its_own_clause_as_its_passage() -> None:
    """Each of two commitments in a sentence has its own clause (the first from the
    sentence's start), so the second's words are not the first's passage too."""
    body = "Cllr Okafor to attend, Clerk to confirm.\n"
    assert _actions(body) == [("Cllr Okafor", "Attend"), ("Clerk", "Confirm.")]
    assert _spans(body) == ["Cllr Okafor to attend", "Clerk to confirm."]
