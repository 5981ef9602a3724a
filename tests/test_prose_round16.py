"""Actions in prose, round 16 (recallA): kinds of sentence real minutes write that the
parser missed (owner-less passives, "we" duties, "would" and "is going to", pronouns,
requests and delegations)."""

from __future__ import annotations

from tests.conftest import PARISH_HEAD, owned_actions


def _minutes(text: str) -> str:
    return PARISH_HEAD + "1. Village hall\n\n" + text


def test_an_adverb_of_more_between_would_and_the_verb() -> None:
    """ "would further review", "will further investigate": "further" sits between the
    modal and the task's verb as "also" and "then" do. "will further the aims" has no verb
    after it and is no task."""
    body = _minutes(
        "It was noted that the Chair and the Clerk would further review the bus timetable.\n\n"
        "Cllr Hale will further investigate the cost of the lights.\n\n"
        "The new lease will further the aims of the trust.\n"
    )
    assert owned_actions(body) == [
        ("the Chair and the Clerk", "Review the bus timetable."),
        ("Cllr Hale", "Investigate the cost of the lights."),
    ]


def test_a_dash_between_two_commitments_makes_two_actions() -> None:
    """ "Cllr Shah would run the stall – the Clerk would thank the organisers": a dash joins two
    commitments of two owners, each its own action. A dash after a topic stays a label."""
    body = _minutes(
        "The summer fair was mentioned. Cllr Shah would run the cake stall – the Clerk "
        "would thank the organisers.\n\n"
        "Bus shelter - Cllr Hale will report the broken pane - the Clerk to chase the county.\n\n"
        "Play area – Tom will paint the fence.\n"
    )
    assert owned_actions(body) == [
        ("Cllr Shah", "Run the cake stall"),
        ("the Clerk", "Thank the organisers."),
        ("Cllr Hale", "Report the broken pane"),
        ("the Clerk", "Chase the county."),
        ("Tom", "Paint the fence."),
    ]


def test_a_thing_to_be_settled_then_done_with_in_one_passive() -> None:
    """ "The rota would be settled and pinned up in the hall": what is done with the thing
    once settled (post it) is the task, for no one named; settling it alone ("A date will
    be agreed at the next meeting") is the meeting's own business, and what was done
    already ("The date was agreed and posted") is news."""
    body = _minutes(
        "The rota for the litter pick will be decided and pinned up in the hall.\n\n"
        "The wording of the sign would be decided and circulated to members.\n\n"
        "A date will be agreed at the next meeting.\n\n"
        "The date was agreed and posted on the website.\n\n"
        "The budget will be approved and noted.\n"
    )
    assert owned_actions(body) == [
        (None, "Pin up the rota for the litter pick in the hall."),
        (None, "Circulate the wording of the sign to members."),
    ]


def test_a_pronoun_with_its_verb_run_on_is_no_owner() -> None:
    """ "We'll need to book the hall": "We'll" is spelt like "O'Brien" but names no one (a
    need of the meeting's, no task); "O'Brien to check the gutters" keeps its owner."""
    body = _minutes(
        "We'll need to book the hall for the fete.\n\n"
        "They’ll need to sign the lease.\n\n"
        "O'Brien to check the gutters.\n"
    )
    assert owned_actions(body) == [("O'Brien", "Check the gutters.")]


def test_and_would_goes_on_with_who_reported_how_things_stand() -> None:
    """ "Cllr Hale advised there would be no cost and would look into this": after a
    report of how things stand ("there would be", "there was"), "and would <verb>" goes on
    with the one who reported it. Not a wish ("would be glad to")."""
    body = _minutes(
        "Cllr Hale advised there was no charge for the hire and would ask the vicar "
        "before May.\n\n"
        "The Clerk said there was a leak and would call a plumber.\n\n"
        "Cllr Shah said there had been complaints and would be glad to see it go.\n"
    )
    assert owned_actions(body) == [
        ("Cllr Hale", "Ask the vicar before May."),
        ("The Clerk", "Call a plumber."),
    ]


def test_points_listed_under_a_line_naming_whom_they_are_for() -> None:
    """ "It was agreed that the Clerk should:" over bullets in small letters ("- invite
    residents to apply,"): each bullet is the Clerk's task, the whole line, its closing
    "and" dropped. A report among them ("- advertised it last year") is none; a body that
    decides ("It was agreed that the Council should:") owns nothing here, and a list under
    a label with no one named is no one's."""
    body = _minutes(
        "It was agreed that the Clerk should:\n"
        "- invite residents to apply (by Mon. 4 May),\n"
        "- put the vacancy on the noticeboard, and\n"
        "- advertised it last year.\n\n"
        "Points noted:\n"
        "- write to the school\n"
    )
    assert owned_actions(body) == [
        ("the Clerk", "Invite residents to apply (by Mon. 4 May)"),
        ("the Clerk", "Put the vacancy on the noticeboard"),
    ]


def test_standing_arrangements_are_no_new_tasks() -> None:
    """What stands rather than what is to be done: meeting at a set interval ("the working
    group should meet fortnightly", "to meet monthly with the contractor"), someone asked to
    go on in a role ("suggested that Cllr Hale continue to deal with the plan"), and the
    meeting choosing what to use ("It was agreed to use last year's goals as the starting
    points"). One meeting and a new job stay tasks."""
    body = _minutes(
        "It was agreed that the working group should meet fortnightly until the summer.\n\n"
        "Cllr Shah and the Clerk to meet monthly with the contractor.\n\n"
        "The Chair suggested that Cllr Hale continue to deal with the emergency plan.\n\n"
        "It was agreed to use last year's goals as the starting points.\n\n"
        "Cllr Shah to meet the contractor on site.\n\n"
        "The Chair suggested that Cllr Hale contact the county.\n"
    )
    assert owned_actions(body) == [
        ("Cllr Shah", "Meet the contractor on site."),
        ("Cllr Hale", "Contact the county."),
    ]


def test_a_note_of_what_was_agreed_in_the_present() -> None:
    """ "Agree to find two prices for a new printer": a clerk's note
    of an agreement in the present, as "Agreed to ..." is, a task for no one named; not
    the meeting's own act ("Agree to adopt the budget") nor "we agree to differ"."""
    body = _minutes(
        "Office equipment: a new printer is needed. Agree to acquire three quotes for the "
        "printer.\n\n"
        "Agree to adopt the budget.\n\n"
        "We agree to differ.\n"
    )
    assert owned_actions(body) == [(None, "Acquire three quotes for the printer.")]


def test_a_role_tagged_after_a_paragraph_owns_the_sentence_that_names_it() -> None:
    """ "... The clerk was tasked with writing to the county. The cost was agreed last year.
    Action - Clerk": the tag gives the Clerk the sentence that names the Clerk (a role's
    word counts as a name here) and charges them with something, not the last sentence,
    a report of what was done."""
    body = _minutes(
        "The signs remain unresolved. The clerk was tasked with writing to the county about "
        "the rules. The cost of the signs was agreed last year. Action - Clerk\n"
    )
    assert owned_actions(body) == [
        ("Clerk", "The clerk was tasked with writing to the county about the rules."),
    ]


def test_someone_to_be_invited_is_a_task_of_inviting() -> None:
    """ "It was confirmed that the Member Champion, Cllr Hale, would be invited to give a
    report in May": the task is to invite them, by no one named (whether Cllr Hale takes it
    on is theirs to say), the name set off by commas read as the subject; one asked to do
    something ("The caretaker should be asked to sweep the hall") owns it as before."""
    body = _minutes(
        "It was confirmed that the Member Champion for Parks, Cllr Tom Hale, would be invited "
        "to give a report in May.\n\n"
        "The caretaker should be asked to sweep the hall.\n"
    )
    assert owned_actions(body) == [
        (None, "Invite Cllr Tom Hale to give a report in May."),
        ("The caretaker", "Sweep the hall."),
    ]


def test_a_pronoun_who_would_let_others_know() -> None:
    """ "Cllr Shah reported on the lights. She would let members know the outcome": she is
    the one the sentence before names, and letting someone know is a task ("let ... know",
    "let ... have"); "She would let the matter rest" is none (no one to be told), nor a plan
    of one's own ("She would be moving away in the summer")."""
    body = _minutes(
        "Cllr Shah reported on the street lights. She would let members know the outcome.\n\n"
        "Cllr Hale reported on the pond. He would let the Clerk have the figures.\n\n"
        "Cllr Shah reported on the bench. She would let the matter rest.\n\n"
        "Mrs Cole thanked the council. She would be moving away in the summer.\n"
    )
    assert owned_actions(body) == [
        ("Cllr Shah", "Let members know the outcome."),
        ("Cllr Hale", "Let the Clerk have the figures."),
    ]


def test_reported_speech_of_what_someone_was_going_to_do() -> None:
    """ "Cllr Hale stated that he was going to raise it with the county": reported speech of
    a plan, as "said he would"; not a state ("she was going to be away")."""
    body = _minutes(
        "Cllr Hale stated that he was going to raise it with the county.\n\n"
        "Cllr Shah said that she was going to be away in May.\n"
    )
    assert owned_actions(body) == [("Cllr Hale", "Raise it with the county.")]


def test_we_need_to_or_should_reach_someone_is_the_groups_task() -> None:
    """In a group's notes, "We need to write to the landlord", "We should ask the school
    whether ...", "We need to get three quotes", "We should put a notice in the newsletter":
    reaching someone outside or getting something from them is a task for no one named.
    A way of working or a view ("We need to help the slower groups", "We should think
    about a new logo"), what the meeting did ("We discussed ...", "We noted ..."), and a
    speaker's remark ("Tom: We need to write ...", a view) are none."""
    body = (
        "Riverside Residents Association\nNotes of the meeting held on 3 March 2026\n\n"
        "Present: Ann Barlow, Tom Hale, Priya Shah\n\n1. Damp in the flats\n\n"
        "We need to write to the landlord about the damp.\n\n"
        "We should ask the school whether the hall can be used.\n\n"
        "We need to get three quotes for the repairs.\n\n"
        "We should put a notice in the newsletter.\n\n"
        "We need to help the slower groups.\n\n"
        "We should think about a new logo.\n\n"
        "We discussed the bins at length.\n\n"
        "We noted the treasurer's report.\n\n"
        "Tom: We need to write to the council about this.\n\n"
        "We need to ask ourselves whether the group still works.\n\n"
        "We should apply the same rule to everyone.\n\n"
        "We should apply for a lottery grant.\n"
    )
    assert owned_actions(body) == [
        (None, "Write to the landlord about the damp."),
        (None, "Ask the school whether the hall can be used."),
        (None, "Get three quotes for the repairs."),
        (None, "Put a notice in the newsletter."),
        (None, "Apply for a lottery grant."),
    ]


def test_a_thing_to_be_sent_after_a_commitment_is_a_second_action() -> None:
    """ "Cllr Hale would draft a leaflet and copies of it to be handed out at the library": a
    commitment, then "and" and a thing to be got or sent in a note's passive ("copies of",
    "details of", "quotes for"): two actions, the second for no one named. A thing inside
    the first task ("chase the costs of repairs to be made by the county") stays in it."""
    body = _minutes(
        "Cllr Hale would draft a leaflet for the fete and copies of it to be handed out at "
        "the library.\n\n"
        "The Clerk would chase the costs of repairs to be made by the county.\n"
    )
    assert owned_actions(body) == [
        ("Cllr Hale", "Draft a leaflet for the fete"),
        (None, "Copies of it to be handed out at the library."),
        ("The Clerk", "Chase the costs of repairs to be made by the county."),
    ]


def test_more_owner_less_passives_of_a_task() -> None:
    """Owner-less future passives whose subject opens with a number or "new" ("Two new
    benches for the green will be ordered"), "Contact will be made with the school" (make
    contact), one after a clause of time set first ("Once the survey is done, a report will
    be prepared for members"), and a note's "<noun> of <noun> to be <participle>" ("Letter of
    thanks to be sent to Mrs Cole"). What was done ("The hedge was cut in May") is none."""
    body = _minutes(
        "Two new benches for the green will be ordered.\n\n"
        "Contact will be made with the school about parking.\n\n"
        "Once the survey has been completed, a report will be prepared for members.\n\n"
        "Letter of thanks to be sent to Mrs Cole.\n\n"
        "The hedge was cut in May.\n"
    )
    assert owned_actions(body) == [
        (None, "Order two new benches for the green."),
        (None, "Make contact with the school about parking."),
        (None, "Prepare a report for members."),
        (None, "Letter of thanks to be sent to Mrs Cole."),
    ]


def test_a_speakers_need_with_no_subject_is_their_task() -> None:
    """ "- Joe: Needs to bring the policy docs over from the old wiki": in a speaker's remark
    a need with no subject is the speaker's own task, as "Joe: Will bring ..." is; not a
    view ("Tom: Need to think about it")."""
    body = _minutes(
        "- Joe: Needs to bring the policy docs over from the old wiki\n"
        "- Tom: Need to think about it\n"
    )
    assert owned_actions(body) == [("Joe", "Bring the policy docs over from the old wiki")]


def test_owner_less_tasks_the_meeting_wants_done() -> None:
    """What the meeting wants done, by no one named: a message said to go to someone ("It
    was felt a short letter should go to the garages about parking", "a reminder will go out
    to all members": send it), the meeting's view that someone should be contacted or
    something done ("It was felt that the verges should be cut before the show"), a note's
    passive after "Also" ("Also enquiries are to be made with the county ..."), and notices
    to be put up that mention a meeting only in what they ask ("... asking for questions
    for that meeting"). Not a message gone already, a view of what went well, nor a report
    to come to a meeting (a follow-up)."""
    body = _minutes(
        "The Chair thought a short letter should go to the garages about parking on the verge.\n\n"
        "A reminder will go out to all members about the subscriptions.\n\n"
        "It was felt that the verges should be cut before the show.\n\n"
        "Also enquiries are to be made with the county about the new swings.\n\n"
        "Notices would be placed around the parish asking for questions for that meeting.\n\n"
        "A letter went to the county in May.\n\n"
        "It was thought that the fete had gone well.\n\n"
        "A progress report on the pond would be brought to the May meeting.\n"
    )
    assert owned_actions(body) == [
        (None, "Send a short letter to the garages about parking on the verge."),
        (None, "Send a reminder to all members about the subscriptions."),
        (None, "Cut the verges before the show."),
        (None, "Enquiries are to be made with the county about the new swings."),
        (None, "Place notices around the parish asking for questions for that meeting."),
    ]


def test_a_passive_whose_subject_opens_with_this_or_these() -> None:
    """ "This sheet will be posted on the club website", "These benches will be repainted in
    May": "this" and "these" before a noun are determiners, and the passive is a task for
    no one named; "This will be posted" (a pronoun, what it stands for unsaid) and "These
    minutes will be signed" (the meeting's own business) are none."""
    body = _minutes(
        "Members may claim mileage. This sheet will be posted on the club website.\n\n"
        "These benches will be repainted in May.\n\n"
        "This will be posted on the website.\n\n"
        "These minutes will be signed.\n"
    )
    assert owned_actions(body) == [
        (None, "Post this sheet on the club website."),
        (None, "Repaint these benches in May."),
    ]


def test_a_guess_at_what_will_happen_is_no_task() -> None:
    """ "Cllr Ross thought it most unlikely that the housing trust would mend the
    garages", "The Chair said it was likely that the Clerk would write", "More repairs are
    likely to be needed on the roof": a forecast, not a promise. A task about something
    likely ("check whether the lane is likely to flood") stays one."""
    body = _minutes(
        "Cllr Hale thought it most unlikely that Brightwell Homes would mend the "
        "garages this year.\n\n"
        "The Chair said it was likely that the Clerk would write to the county.\n\n"
        "More repairs are likely to be needed on the pavilion roof.\n\n"
        "The Clerk will check whether the lane is likely to flood.\n"
    )
    assert owned_actions(body) == [("The Clerk", "Check whether the lane is likely to flood.")]


def test_leaving_a_matter_is_the_meetings_own_act() -> None:
    """ "It was agreed that the matter should be left for now", "It was felt that the
    matter should be left until the spring": setting a matter aside is the meeting's own
    act (a decision), not a task; "It was felt that the gate should be repainted" is one."""
    body = _minutes(
        "It was agreed that the matter should be left for now.\n\n"
        "It was felt that the matter should be left until the spring.\n\n"
        "It was felt that the gate should be repainted.\n"
    )
    assert owned_actions(body) == [(None, "Repaint the gate.")]
