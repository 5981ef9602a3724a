"""False actions on minutes nobody here had read (round 19): each kind of sentence that is no
task, with invented variants (Harrowby Vale, a fictional club), and near misses that must
stay tasks."""

from __future__ import annotations

import pytest

from tests.conftest import owned_actions

HEAD = (
    "Harrowby Vale Community Club\n"
    "Committee meeting held on 14 May 2026\n"
    "Present: Anwen Lloyd (Chair), Rhys Morgan, Bea Carter, Ola Bakare, Tariq Aziz\n\n"
)


def owned(body: str) -> list[tuple[str | None, str]]:
    return owned_actions(HEAD + body)


def has_task(body: str, owner: str | None, task: str) -> bool:
    """Whether ``body`` gives ``owner`` an action whose text opens with ``task``."""
    return any(o == owner and t.startswith(task) for o, t in owned(body))


# --- a table's header row read as an action ---------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        "| Topic | Notes | Action: Owner |",
        "| Item | Discussion | Actions: Responsible | Due |",
        "| Subject | Minutes | ACTION: Who |",
        "| Point | Summary | Action - Lead |",
    ],
)
def test_a_table_header_is_no_action(header: str) -> None:
    row = "| Hall roof | Quotes were discussed | Rhys |"
    assert [o for o, _ in owned(f"{header}\n{row}\n")] == []


@pytest.mark.parametrize(
    ("row", "owner", "task"),
    [
        ("| Bins | Bins overflow | ACTION: Ola to ring the district council |", "Ola", "Ring"),
        ("| Fete | Discussed | Action - Bea will book the marquee |", "Bea", "Book"),
    ],
)
def test_a_row_under_a_table_header_keeps_its_action(row: str, owner: str, task: str) -> None:
    header = "| Subject | Minutes | ACTION: Who |"
    assert has_task(f"{header}\n{row}\n", owner, task)


# --- a call's chatter read as a task ----------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Of course I'm glad to let her dial in later if she can, but that is roughly where we are.",
        "Of course I'd be glad to let him sit in next month, but he has to ask first.",
        "I'll jump in with one thing about the budget stuff.",
        "So I'll butt in here about the minibus.",
        "I'll cut in on the minibus point quickly.",
        "I'll chime in with a quick one on the grant.",
    ],
)
def test_chatter_in_a_call_is_no_task(said: str) -> None:
    assert owned(f"Call notes\n\n  * {said}\n") == []


@pytest.mark.parametrize(
    ("said", "owner", "task"),
    [
        ("Of the three quotes, Rhys will chase the cheapest.", "Rhys", "Chase the cheapest"),
        ("Ola to chime in on the forum thread about parking.", "Ola", "Chime in on the forum"),
        ("So Tariq will jump in to cover the bar if Bea is away.", "Tariq", "Jump in to cover"),
        ("I'll send the slides round after the call.", "I", "Send the slides round"),
        (
            "Car park - Tim will mend the wall and AS to ask him about a fence.",
            "AS",
            "Ask him about a fence",
        ),
    ],
)
def test_a_task_in_a_call_stays(said: str, owner: str, task: str) -> None:
    assert has_task(f"Call notes\n\n  * {said}\n", owner, task)


# --- a task struck out of an action list ------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Ladder for the loft to be bought – Not necessary as Rhys has lent his own.",
        "Leaflets to be printed - no longer needed, the printer did them for free.",
        "Tariq to phone the insurers – not required as the policy was renewed.",
        "Quotes for the path to be obtained – Cancelled, the path is the county's.",
        "Ola to hire a skip — Withdrawn: the council will clear the site.",
    ],
)
def test_a_task_struck_out_is_no_action(line: str) -> None:
    assert owned(f"Actions\n\n- {line}\n") == []


@pytest.mark.parametrize(
    ("line", "owner", "task"),
    [
        ("Chairs to be ordered – not necessary to get three quotes, one will do.", None, "Chairs"),
        (
            "Tariq to book the coach – no longer needed for the Saturday, only the Sunday.",
            "Tariq",
            "Book",
        ),
        ("Bea to cancel the skip – the council will clear the site.", "Bea", "Cancel the skip"),
        ("Bea to book the coach – cancelled trip to be rebooked for June.", "Bea", "Book"),
        ("Rhys to chase the refund – cancelled order from March.", "Rhys", "Chase the refund"),
    ],
)
def test_a_task_with_a_remark_after_a_dash_stays(line: str, owner: str | None, task: str) -> None:
    assert has_task(f"Actions\n\n- {line}\n", owner, task)


# --- a remark on how something stands, in a list of actions -----------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "the store pile has shrunk satisfactorily",
        "hedge by the car park has been cut back nicely",
        "the raffle prizes have all been collected",
        "the fete float has gone down well with the judges",
    ],
)
def test_a_status_remark_is_no_action(line: str) -> None:
    assert owned(f"ACTION SUMMARY\n\n-   {line}\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "shed roof has been leaking again and needs patching",
        "gate has to be repainted before the fete",
        "Confirm the hedge has been cut",
        "Check that the fire doors have been fixed",
        "Make sure the kitchen has been cleaned before the fete",
        "the bar rota has been agreed, Ola to circulate it",
        "the new hoover has arrived but the bags are still to be ordered",
    ],
)
def test_something_still_to_do_stays_an_action(line: str) -> None:
    assert len(owned(f"ACTION SUMMARY\n\n-   {line}\n")) == 1


# --- the meeting moving one of its own meetings -----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "It was agreed the date of the October meeting of the Club would be moved forward a week"
        " and will be Tuesday 6th October.",
        "The November meeting is to be put back to 20 November.",
        "It was agreed that the March meeting would be moved to Thursday 9 March because of the"
        " election.",
        "The December meeting is to be put back a week to 16 December.",
    ],
)
def test_a_meeting_moved_is_no_action(sentence: str) -> None:
    assert owned(f"5. Dates\n\n{sentence}\n") == []


@pytest.mark.parametrize(
    ("sentence", "owner", "task"),
    [
        (
            "The Clerk to move the date of the December meeting and tell the hall.",
            "The Clerk",
            "Move the date",
        ),
        ("Bea will book the hall for the rearranged meeting.", "Bea", "Book the hall"),
    ],
)
def test_a_task_about_a_moved_meeting_stays(sentence: str, owner: str, task: str) -> None:
    assert has_task(f"5. Dates\n\n{sentence}\n", owner, task)


# --- an event that will happen, not a task ------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "It is planned to hold a barn dance on the green on 9 June with money raised going to the"
        " church.",
        "It is intended to hold a carol service at the church on 20 December.",
        "It was planned to hold a jumble sale in March but the hall was booked.",
        "* The Cricket Club is hoping to get a grant for a day to be themed around the Ashes to"
        " be held on the field in July 2027.",
        "* A remembrance service to be held in the village in May.",
    ],
)
def test_an_event_to_happen_is_no_action(sentence: str) -> None:
    assert owned(f"6. Events\n\n{sentence}\n") == []


@pytest.mark.parametrize(
    ("sentence", "owner", "task"),
    [
        ("Owen to book the green for the fete on 9 June.", "Owen", "Book the green"),
        ("Bea to hold a collection for the hospice at the quiz.", "Bea", "Hold a collection"),
        ("Ola will organise a litter pick to be held in April.", "Ola", "Organise a litter pick"),
        ("* Book the scout hut for a quiz to be held in May.", None, "Book the scout hut"),
        ("It is hoped to have the new noticeboard up by the fete.", None, "Have the new"),
    ],
)
def test_a_task_for_an_event_stays(sentence: str, owner: str | None, task: str) -> None:
    assert has_task(f"6. Events\n\n{sentence}\n", owner, task)


# --- a firm's or another body's own work or offer, reported -------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Greenways are looking into the broken gate on Mill Lane.",
        "A quote for the bench was approved. Carters agreed to paint the bench for free.",
        "Brightwater have offered to clear the culvert at no cost to the club.",
        "Harrowby Scouts have offered to litter pick the verges at no cost.",
    ],
)
def test_a_firms_own_work_is_no_action(sentence: str) -> None:
    assert owned(f"8. Village matters\n\n{sentence}\n") == []


@pytest.mark.parametrize(
    ("sentence", "owner", "task"),
    [
        ("The Clerk to ask Greenways to repair the gate.", "The Clerk", "Ask Greenways"),
        ("Greenways to be asked to repair the gate.", "Greenways", "Repair the gate"),
        ("Jon agreed to fix the bench to the wall for free.", "Jon", "Fix the bench"),
        ("Mr Bonnett agreed to fix the bench to the wall for free.", "Mr Bonnett", "Fix"),
        ("Dr Okafor will give the first aid talk free of charge.", "Dr Okafor", "Give the first"),
        ("Tariq and Ola are looking into the broken gate.", "Tariq and Ola", "Look into"),
        ("Dhaval has agreed to fix the bench for free.", "Dhaval", "Fix the bench"),
        ("Kowalczyk agreed to clear the gutters at no cost.", "Kowalczyk", "Clear the gutters"),
    ],
)
def test_the_meeting_asking_a_firm_or_a_persons_offer_stays(
    sentence: str, owner: str, task: str
) -> None:
    assert has_task(f"8. Village matters\n\n{sentence}\n", owner, task)


# --- a rule the meeting set, with an exception ------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "It was agreed that no new players were to be registered unless they lived in the parish.",
        "It was agreed that no further bookings would be taken unless a deposit was paid.",
        "It was agreed that no more keys would be cut except where the Chair agrees.",
        "It was agreed that no cheques would be signed unless two trustees were present.",
    ],
)
def test_a_rule_with_an_exception_is_no_action(sentence: str) -> None:
    assert owned(f"4. Club rules\n\n{sentence}\n") == []


@pytest.mark.parametrize(
    ("sentence", "owner", "task"),
    [
        (
            "Tariq to tell the league no new players will be registered unless they live here.",
            "Tariq",
            "Tell the league",
        ),
        (
            "It was agreed that no new bins would be bought and the Clerk would move the old ones.",
            "the Clerk",
            "Move the old ones",
        ),
    ],
)
def test_a_task_beside_a_rule_stays(sentence: str, owner: str, task: str) -> None:
    assert has_task(f"4. Club rules\n\n{sentence}\n", owner, task)


# --- an office's standing duty of keeping the records -----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "It was agreed that members would take turns as secretary and that the secretary will be"
        " responsible for writing up the minutes.",
        "The secretary will take the minutes at each meeting.",
        "The treasurer will be responsible for keeping the accounts.",
        "The minute secretary will take down the notes of each meeting.",
    ],
)
def test_an_office_keeping_the_records_is_no_action(sentence: str) -> None:
    assert owned(f"3. Officers\n\n{sentence}\n") == []


@pytest.mark.parametrize(
    ("sentence", "owner", "task"),
    [
        ("The Secretary to circulate the minutes to all members.", "The Secretary", "Circulate"),
        ("The Clerk will be responsible for ordering the new bench.", "The Clerk", "Order"),
        ("Ola will take the minutes at the AGM.", "Ola", "Take the minutes"),
        (
            "The Treasurer to write up the accounts for the auditor by 30 June.",
            "The Treasurer",
            "Write up the accounts",
        ),
    ],
)
def test_a_task_with_the_records_stays(sentence: str, owner: str, task: str) -> None:
    assert has_task(f"3. Officers\n\n{sentence}\n", owner, task)


# --- how the meeting takes nominations or votes -----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "It was agreed we will take nominations from the floor rather than have the committee"
        " propose each other.",
        "It was agreed that we would invite proposals from the floor rather than each member"
        " proposing another, to keep it fair.",
        "It was agreed we will take questions from the floor at the end of each item.",
        "It was agreed that we will vote by secret ballot rather than by a show of hands.",
    ],
)
def test_the_meetings_procedure_is_no_action(sentence: str) -> None:
    assert owned(f"2. Elections\n\n{sentence}\n") == []


@pytest.mark.parametrize(
    ("sentence", "owner", "task"),
    [
        ("The Clerk to invite nominations from the floor at the AGM.", "The Clerk", "Invite"),
        (
            "It was agreed that we will ask the scouts to send proposals for the garden.",
            None,
            "Ask the scouts",
        ),
        ("Bea to print ballot papers for the AGM vote by ballot.", "Bea", "Print ballot papers"),
    ],
)
def test_a_task_for_the_procedure_stays(sentence: str, owner: str | None, task: str) -> None:
    assert has_task(f"2. Elections\n\n{sentence}\n", owner, task)


# --- "Action" in a body's name, read as an action mark ------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Two parents have been asked to join the Action Team to support the juniors on match days.",
        "We need more people in the Action Group to help at the fete.",
        "Ola hopes more carers will join our Action Group to speak for younger patients.",
    ],
)
def test_a_body_named_action_is_no_mark(sentence: str) -> None:
    assert owned(f"7. Volunteers\n\n{sentence}\n") == []


@pytest.mark.parametrize(
    ("sentence", "owner", "task"),
    [
        ("The hall was agreed. Action Sam to book the hall for the quiz.", "Sam", "Book the hall"),
        ("The quotes were compared. Action Board investigate the office costs.", "Board", "Invest"),
    ],
)
def test_an_action_mark_in_a_paragraph_stays(sentence: str, owner: str, task: str) -> None:
    assert has_task(f"7. Volunteers\n\n{sentence}\n", owner, task)


# --- a standing arrangement with no one named ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The verge has been cleared and will be maintained in future.",
        "The pond has been cleared and will be maintained from now on.",
        "The path has been resurfaced and will be swept going forward.",
        "The gutters were cleared and will be checked in future.",
    ],
)
def test_a_standing_arrangement_is_no_action(sentence: str) -> None:
    assert owned(f"9. Village upkeep\n\n{sentence}\n") == []


@pytest.mark.parametrize(
    ("sentence", "owner", "task"),
    [
        ("The Clerk to post the draft minutes on the website every month.", "The Clerk", "Post"),
        ("Tom will cut the hedge in future.", "Tom", "Cut the hedge"),
        ("It was agreed that the hedge will be cut back before the fete.", None, "Cut back"),
        ("Rhys to check the noticeboard every Friday until the fete.", "Rhys", "Check"),
        ("It was agreed that the noticeboard will be checked every month.", None, "Check"),
    ],
)
def test_one_persons_job_or_one_occasion_stays(sentence: str, owner: str | None, task: str) -> None:
    assert has_task(f"9. Village upkeep\n\n{sentence}\n", owner, task)


# --- the meeting coming back to a matter at a named month's meeting ------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "It was agreed to discuss other ideas for the fete in June.",
        "After discussion it was agreed to review the booking policy at the May meeting regarding"
        " children's parties.",
        "It was agreed to consider the new quotes at the April meeting.",
        "It was agreed to return to the parking question in September.",
    ],
)
def test_the_meeting_coming_back_in_a_month_is_no_action(sentence: str) -> None:
    assert owned(f"11. Fete\n\n{sentence}\n") == []


@pytest.mark.parametrize(
    ("sentence", "owner", "task"),
    [
        ("Bea to review the booking policy in May.", "Bea", "Review the booking policy"),
        ("It was agreed to buy the new mower in March.", None, "Buy the new mower"),
        ("Tariq to discuss the lease with the landlord in April.", "Tariq", "Discuss the lease"),
    ],
)
def test_a_task_in_a_month_stays(sentence: str, owner: str | None, task: str) -> None:
    assert has_task(f"11. Fete\n\n{sentence}\n", owner, task)


@pytest.mark.parametrize(
    "line",
    [
        "[ ] Once we have prices agreed, book the hall for May.",
        "[ ] When we have quotes back, order the chairs.",
        "[ ] If we have tickets printed, sell them at the fete.",
        "[ ] After we have keys cut, give one to each trustee.",
        "[ ] Once we have dates and venues agreed, put up posters in the shop.",
    ],
)
def test_a_task_on_a_condition_of_having_is_no_status_remark(line: str) -> None:
    assert len(owned(f"ACTION SUMMARY\n\n-   {line}\n")) == 1


# --- a question read with its question word as owner --------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "What do the survey results tell us to focus on?",
        "What do the figures lead us to expect for next year?",
        "Which do the members want us to do first?",
    ],
)
def test_a_question_is_no_action(line: str) -> None:
    assert owned(f"Questions for the group\n\n    a.  {line}\n") == []


def test_a_task_after_a_word_of_grammar_stays() -> None:
    assert owned("Questions\n\n    a.  What next? Rhys to ask the league.\n") == [
        ("Rhys", "Ask the league.")
    ]


# --- standing again for an office ---------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Tariq, Ola and Bea agreed to stand again and were re-elected for another year by the"
        " members.",
        "Tariq and Ola agreed to stand again, and were re-elected for a further year.",
        "Bea agreed to stand again and was elected unopposed.",
    ],
)
def test_standing_again_is_no_action(sentence: str) -> None:
    assert owned(f"1. Election of officers\n\n{sentence}\n") == []


@pytest.mark.parametrize(
    ("sentence", "task"),
    [
        ("Rhys agreed to stand in for Bea at the county meeting.", "Stand in for Bea"),
        ("Rhys agreed to stand the cost of the new urn.", "Stand the cost"),
    ],
)
def test_standing_in_or_paying_stays(sentence: str, task: str) -> None:
    assert has_task(f"1. Election of officers\n\n{sentence}\n", "Rhys", task)


# --- work the meeting has heard others will do ---------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The new bus stop apparently will be installed in June and the shelter in August.",
        "The new crossing apparently will be painted in May and the signs in July.",
        "The speed signs apparently will be put up in March, with the lines to follow.",
    ],
)
def test_hearsay_is_no_action(sentence: str) -> None:
    assert owned(f"12. Highways\n\n{sentence}\n") == []


@pytest.mark.parametrize(
    ("sentence", "owner", "task"),
    [
        ("Apparently the gate is broken. Tariq to fix it this week.", "Tariq", "Fix it"),
        (
            "The lines will apparently be done in April; the Clerk will chase the county if not.",
            "the Clerk",
            "Chase the county",
        ),
        ("The noticeboard will be replaced in June.", None, "Replace the noticeboard"),
    ],
)
def test_a_task_beside_hearsay_stays(sentence: str, owner: str | None, task: str) -> None:
    assert has_task(f"12. Highways\n\n{sentence}\n", owner, task)


# --- the meeting waiting to see how it goes ------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "We will try the new rota for a month. We will see if that works.",
        "The hall will open earlier on Saturdays. We will see if it works.",
        "The juniors will train on Fridays. We will see if that helps.",
    ],
)
def test_waiting_to_see_is_no_action(sentence: str) -> None:
    assert owned(f"13. Trials\n\n{sentence}\n") == []


@pytest.mark.parametrize(
    ("sentence", "owner", "task"),
    [
        (
            "Bookings will be taken online from May. We will see whether this helps.",
            None,
            "Take bookings online",
        ),
        ("Tariq to see if the hall is free on 5 May.", "Tariq", "See if the hall is free"),
        (
            "We will see if the county can help with the cost and the Clerk will write to them.",
            None,
            "See if the county can help",
        ),
    ],
)
def test_finding_out_stays(sentence: str, owner: str | None, task: str) -> None:
    assert has_task(f"13. Trials\n\n{sentence}\n", owner, task)


# --- a speaker turning back to an earlier point ------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "RB: Good point. To come back to the caching question, right now it still copies every"
        " file.",
        "Ola: Thanks. To go back to the rota. It is still short on Sundays.",
        "TK: Agreed. To come back to payroll, the export still breaks on leap years.",
    ],
)
def test_turning_back_in_talk_is_no_task(said: str) -> None:
    assert owned(f"Call notes\n\n  * {said}\n") == []


def test_coming_back_to_someone_stays() -> None:
    said = "RB will come back to us with costs. To return to the rota, Ola will fill Sundays."
    assert owned(f"Call notes\n\n  * RB to come back to the group on caching.\n  * {said}\n") == [
        ("RB", "Come back to the group on caching."),
        ("RB", "Come back to us with costs."),
        ("Ola", "Fill Sundays."),
    ]


# --- the standing invitation to suggest agenda items ---------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Members of the Committee are invited to suggest future agenda items.",
        "Members are invited to put forward items for the next agenda.",
        "Trustees are invited to suggest agenda items.",
    ],
)
def test_an_invitation_to_suggest_agenda_items_is_no_action(sentence: str) -> None:
    assert owned(f"14. Forward plan\n\n{sentence}\n") == []


@pytest.mark.parametrize(
    ("sentence", "owner", "task"),
    [
        ("Members to send agenda items to the Clerk by 1 June.", "Members", "Send agenda items"),
        ("Ola to suggest agenda items for the AGM.", "Ola", "Suggest agenda items"),
    ],
)
def test_agenda_items_by_a_date_or_from_one_person_stay(
    sentence: str, owner: str, task: str
) -> None:
    assert has_task(f"14. Forward plan\n\n{sentence}\n", owner, task)


# --- chairing a group, an office ---------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Tariq and Bea will co-chair for the youth section.",
        "Ola and Rhys will co-chair for the garden project from May.",
        "Anwen will chair for the new working group.",
    ],
)
def test_chairing_a_group_is_no_action(line: str) -> None:
    assert owned(f"  * {line}\n") == []


@pytest.mark.parametrize(
    ("line", "owner", "task"),
    [
        ("Ola will chair the AGM on 5 May.", "Ola", "Chair the AGM"),
        ("Rhys will co-chair the planning session with Bea.", "Rhys", "Co-chair the planning"),
    ],
)
def test_chairing_one_meeting_stays(line: str, owner: str, task: str) -> None:
    assert has_task(f"  * {line}\n", owner, task)


# --- someone leaving a post or a body -------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "SS will quit the project at the end of March.",
        "Jo will quit Acme in May.",
        "Tom will step down as Treasurer at the AGM.",
        "Ann will retire from the practice in June.",
        "Raj will leave the club at the end of the season.",
        "Bea will stand down from the committee in May.",
    ],
)
def test_leaving_a_post_is_no_action(line: str) -> None:
    assert owned(f"-   {line}\n") == []


@pytest.mark.parametrize(
    ("line", "owner", "task"),
    [
        ("Tom will leave the keys with the Clerk.", "Tom", "Leave the keys"),
        ("Ann will resign the domain name before it renews.", "Ann", "Resign the domain"),
    ],
)
def test_leaving_or_giving_up_a_thing_stays(line: str, owner: str, task: str) -> None:
    assert has_task(f"-   {line}\n", owner, task)
