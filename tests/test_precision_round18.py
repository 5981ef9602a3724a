"""False actions on minutes nobody here had read (round 18): each kind of sentence that is no
task, with invented variants (Harrowby Vale, a fictional parish and a fictional club), and
near misses that must stay tasks."""

from __future__ import annotations

import pytest

from clerk_tui.core.model import ParsedMinutes
from clerk_tui.core.parse import parse_strict

HEAD = (
    "Harrowby Vale Community Club\n"
    "Committee meeting held on 14 May 2026\n"
    "Present: Anwen Lloyd (Chair), Rhys Morgan, Bea Carter, Ola Bakare, Tariq Aziz\n\n"
)


def owned(body: str) -> list[tuple[str | None, str]]:
    return [(a.owner, a.text) for a in parse_strict(HEAD + body).actions]


# --- the same task in the body and again in the closing list of actions ---------------------


@pytest.mark.parametrize(
    ("body", "listed", "owner"),
    [
        (
            "- Mower: quotes needed, ACTION: Anwen can chase those and gather fresh quotes for"
            " the mower\n",
            "- ACTION: Anwen to gather fresh quotes for the mower from two firms\n",
            "Anwen",
        ),
        (
            "ACTION: Rhys is pricing a new urn for the kitchen and will report back\n",
            "- ACTION: Rhys is pricing a new urn for the kitchen and will report back\n",
            None,
        ),
        (
            "- ACTION: Bea will book the scout hut\n",
            "- ACTION: Bea will book the scout hut for the quiz night, Friday 6 March\n",
            "Bea",
        ),
        (
            "- ACTION: Ola passing the raffle to Kemi?\n",
            "- ACTION: Ola passing the raffle over to Kemi to run it\n",
            None,
        ),
        (
            "- Deposits: ACTION: we will refund his deposit now for a start\n",
            "- ACTION: Tariq: we will refund Sam's deposit now\n",
            "Tariq",
        ),
    ],
)
@pytest.mark.parametrize("heading", ["### Action Items Resulting", "Actions arising"])
def test_a_task_restated_in_the_closing_list_is_one_action(
    body: str, listed: str, owner: str | None, heading: str
) -> None:
    actions = owned(f"1. Club business\n\n{body}\n{heading}\n\n{listed}")
    assert len(actions) == 1
    assert actions[0][0] == owner


@pytest.mark.parametrize(
    ("body", "listed"),
    [
        (  # the same topic, two jobs
            "- ACTION: Ola to get a quote for the hall roof repair\n",
            "- ACTION: Ola to arrange the hall roof repair\n",
        ),
        (  # the same job for two people, two occasions
            "- ACTION: Bea to book the scout hut for the quiz\n",
            "- ACTION: Tariq to book the scout hut for the disco\n",
        ),
        (  # one word shared
            "- ACTION: Rhys to order the tea urn\n",
            "- ACTION: Rhys to order the tea towels\n",
        ),
    ],
)
def test_two_tasks_in_the_body_and_the_list_stay_two(body: str, listed: str) -> None:
    assert len(owned(f"1. Club business\n\n{body}\n### Action Items Resulting\n\n{listed}")) == 2


# --- willing to hold an office: an election, not a task --------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "- Kemi open to being Vice-Chair",
        "- Ola keen to serve as a trustee",
        "- Rhys glad to be At-Large",
        "- Bea glad to stay on as Treasurer",
        "- Kemi keen to stand for re-election",
        "- Kemi: I'd be glad to stand again as Chair",
        "- Tariq open to being co-opted onto the committee",
    ],
)
def test_willing_to_hold_an_office_is_no_task(line: str) -> None:
    assert owned(f"2. Elections\n\n{line}\n") == []


@pytest.mark.parametrize(
    ("line", "task"),
    [
        ("- Tariq glad to help with the Treasurer's handover", "help with the Treasurer's"),
        ("- Bea to stand in for the Secretary at the county meeting", "Stand in for the Secretary"),
        ("- Bea keen to become a first-aider", "become a first-aider"),
        ("Remaining chairs from the fete to be stacked in the store.", "Remaining chairs"),
        ("- Rhys to serve the teas as chair of the fete committee", "Serve the teas"),
        ("- Ola glad to be the contact for Treasurer queries", "contact for Treasurer"),
        ("- Rhys: I'm happy to review the Chair's report", "Review the Chair's report"),
    ],
)
def test_willing_to_do_a_job_stays_a_task(line: str, task: str) -> None:
    actions = owned(f"2. Elections\n\n{line}\n")
    assert len(actions) == 1
    assert task in actions[0][1]


# --- the meeting's own business at this meeting -----------------------------------------------

COUNCIL = (
    "Harrowby Vale Parish Council\n"
    "Minutes of the meeting held on 14 May 2026\n"
    "Present: Cllr Anwen Lloyd (Chair), Cllr Rhys Morgan, Cllr Bea Carter, Mr Ola Bakare"
    " (Clerk)\n\n"
)


def council_owned(body: str) -> list[tuple[str | None, str]]:
    return [(a.owner, a.text) for a in parse_strict(COUNCIL + body).actions]


@pytest.mark.parametrize(
    "body",
    [
        "301/26 CONFIDENTIAL BUSINESS The Council to pass a resolution to exclude the press and"
        " public owing to the confidential nature of the business. To discuss any urgent staffing"
        " matters. To discuss the caretaker contract. Resolved.\n",
        "12. Exclusion of press and public\nThe Parish Council to resolve to exclude the public"
        " and press for the next item.\n",
        "7. Budget\nCouncil to consider the draft budget for 2026/27.\n",
        "10. Grants\nThe Council agreed to pass a resolution supporting the bid.\n",
        "11. Highways\nThe County Council to consider the request for a crossing.\n",
    ],
)
def test_the_meetings_own_business_is_no_task(body: str) -> None:
    assert council_owned(body) == []


@pytest.mark.parametrize(
    ("body", "task"),
    [
        ("12. Website\nThe Council to add the fair to the website.\n", "Add the fair"),
        ("13. Letters\nThe Clerk to pass the resolution to the county council.\n", "Pass the"),
        ("14. Budget\nThe Finance Committee to consider the budget on 3 June.\n", "Consider the"),
        ("15. Budget\nThe Clerk to discuss the budget with the auditor.\n", "Discuss the budget"),
        (
            "16. Loans\nRequest that the Finance committee consider whether the loan should be"
            " repaid early.\n",
            "Consider whether the loan",
        ),
    ],
)
def test_a_councils_work_stays_a_task(body: str, task: str) -> None:
    actions = council_owned(body)
    assert len(actions) == 1
    assert actions[0][1].startswith(task)


# --- a matter put on a later agenda: a follow-up, not a task with no owner ---------------------


def council_parse(body: str) -> ParsedMinutes:
    return parse_strict(COUNCIL + body)


@pytest.mark.parametrize(
    "body",
    [
        "5. Bus shelter\nA letter had come from the Scouts asking for help with the shelter. It"
        " was agreed to include on the March agenda.\n",
        "6. Hedges\nThe hedge on Mill Lane is overgrown. It was agreed to add to the next"
        " agenda.\n",
        "10. Bins\nIt was agreed to place the bins on the next agenda for a decision.\n",
        "11. Bins\nThe new bins were discussed and it was agreed to further add to the July"
        " agenda.\n",
    ],
)
def test_a_matter_put_on_a_later_agenda_is_a_follow_up_only(body: str) -> None:
    parsed = council_parse(body)
    assert parsed.actions == []
    assert len(parsed.follow_ups) == 1


@pytest.mark.parametrize(
    ("body", "owner", "task"),
    [
        ("11. Bins\nThe Clerk agreed to add to the January agenda.\n", "The Clerk", "Add to"),
        ("13. Fair\nIt was agreed to add the fair dates to the noticeboard.\n", None, "Add the"),
        ("14. Fair\nCllr Morgan to include the fair in the newsletter.\n", "Cllr Morgan", "Incl"),
        ("15. Fair\nIt was agreed to add the agenda papers to the website.\n", None, "Add the"),
        (
            "16. Forms\n- Add to next meeting agenda to have Rhys take us through the form.\n",
            None,
            "Add to next meeting agenda to have",
        ),
        (
            "17. Forms\nIt was agreed to add to the June agenda for Rhys to present the plan.\n",
            None,
            "Add to the June agenda for Rhys",
        ),
    ],
)
def test_putting_it_somewhere_or_someone_named_stays_a_task(
    body: str, owner: str | None, task: str
) -> None:
    actions = council_owned(body)
    assert len(actions) == 1
    assert actions[0][0] == owner
    assert actions[0][1].startswith(task)


# --- a planning authority's decisions on applications, listed to be noted ---------------------


@pytest.mark.parametrize(
    "line",
    [
        "Planning Decisions Received: 26/00312/HH Harrowby Vale 4 Church Row - Extension to rear"
        " of house to form kitchen Application Permitted 3 March 2026 Delegated Decision",
        "26/00177/HH 3 Vicarage Close - Extension to side of garage Application Withdrawn 1 April"
        " 2026",
        "Planning Decisions Received: 26/00312/HH 4 Church Row - Extension to rear of house to"
        " form kitchen - Approved 3 March 2026 (Delegated)",
    ],
)
def test_a_planning_decision_is_no_task(line: str) -> None:
    assert council_owned(f"9. Planning\n{line}\n") == []


@pytest.mark.parametrize(
    ("line", "task"),
    [
        (
            "The Clerk to ask the planning officer why the application for the barn was refused.",
            "Ask the planning officer why",
        ),
        (
            "The application for the barn was refused on 2 March 2026. The Clerk to ask the"
            " planning officer for the reasons.",
            "Ask the planning officer for",
        ),
        ("The Clerk to object to application 26/0333/F to build four houses.", "Object to"),
    ],
)
def test_acting_on_a_planning_decision_stays_a_task(line: str, task: str) -> None:
    actions = council_owned(f"9. Planning\n{line}\n")
    assert len(actions) == 1
    assert actions[0][1].startswith(task)


# --- a sum the meeting set aside: a decision ----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "The hedge was discussed. It was agreed to budget a spend of up to £150 to buy the"
        " hedging, proposed by Cllr Morgan, seconded by Cllr Carter, all in favour.",
        "It was agreed to set aside £500 for the summer fete.",
        "Agreed to earmark up to £250 from reserves for the new noticeboard.",
    ],
)
def test_a_sum_set_aside_by_the_meeting_is_no_task(line: str) -> None:
    assert council_owned(f"4. Budget\n{line}\n") == []


@pytest.mark.parametrize(
    ("line", "task"),
    [
        ("The Clerk to budget £300 for the hedge in next year's accounts.", "Budget £300"),
        ("It was agreed to buy the hedging at up to £150.", "Buy the hedging"),
    ],
)
def test_someone_spending_it_stays_a_task(line: str, task: str) -> None:
    actions = council_owned(f"4. Budget\n{line}\n")
    assert len(actions) == 1
    assert actions[0][1].startswith(task)


# --- standing notices, conditions and rules for money: remarks, not tasks -----------------------


@pytest.mark.parametrize(
    "line",
    [
        "The Chair reminded the public that abusive behaviour will not be tolerated. If this"
        " happens you will be asked to leave and the meeting may be adjourned.",
        "If anyone disrupts the meeting they will be asked to leave.",
        "Anyone behaving abusively will be asked to leave the meeting.",
        "Should this occur, you will be asked to leave the room.",
    ],
)
def test_a_standing_notice_to_whoever_misbehaves_is_no_task(line: str) -> None:
    assert council_owned(f"2. Notices\n{line}\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "It is hoped that members will appreciate\n  a. That the club needs funding if it is to"
        " keep its rates low,\n  b. That the sponsor is local.",
        "New tools to be funded from new income.",
        "Small repairs to be paid with hall hire fees.",
        "Future outings to be covered by donations.",
    ],
)
def test_a_condition_or_a_rule_for_money_is_no_task(line: str) -> None:
    assert council_owned(f"5. Money\n{line}\n") == []


@pytest.mark.parametrize(
    ("line", "owner", "task"),
    [
        (
            "If the hall is free, Cllr Morgan will be asked to book it for the fete.",
            "Cllr Morgan",
            "Book it",
        ),
        (
            "If the quote is late, the contractor will be asked to explain the delay.",
            None,
            "Ask the contractor",
        ),
        (
            "Cllr Morgan needs to send the invoice if the grant is to be paid.",
            "Cllr Morgan",
            "Send the invoice",
        ),
        ("The hall invoice to be paid from reserves.", None, "The hall invoice"),
        ("The Treasurer to pay the debts from subscription income.", "The Treasurer", "Pay"),
    ],
)
def test_one_named_or_one_bill_stays_a_task(line: str, owner: str | None, task: str) -> None:
    actions = council_owned(f"5. Money\n{line}\n")
    assert len(actions) == 1
    assert actions[0][0] == owner
    assert actions[0][1].startswith(task)


# --- what a thing allows to be done: no task ------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "The upgrade, enabling bookings to be taken online, is nearly complete.",
        "The new software allows invoices to be sent by email.",
        "Work on clearing the shed, allowing the mowers to be stored inside, is almost finished.",
        "The patch for the old bugs, permitting reports to be printed again,\nis largely done.",
    ],
)
def test_what_a_thing_allows_to_be_done_is_no_task(line: str) -> None:
    assert council_owned(f"6. Hall\n{line}\n") == []


@pytest.mark.parametrize(
    ("line", "task"),
    [
        ("The Clerk to allow the hall to be used for the fete.", "Allow the hall"),
        ("It was agreed to allow the scouts to use the hall free of charge.", "Allow the scouts"),
        (
            "The Clerk will order the new software, which allows invoices to be sent by email.",
            "Order the new software",
        ),
        ("Tom to buy a new keypad, allowing the hall to be opened remotely.", "Buy a new keypad"),
        ("The boiler to be removed, allowing the room to be used for storage.", "The boiler"),
    ],
)
def test_a_task_that_allows_something_stays_a_task(line: str, task: str) -> None:
    actions = council_owned(f"6. Hall\n{line}\n")
    assert len(actions) == 1
    assert actions[0][1].startswith(task)


# --- a sentence cut where its line wraps before "the following:": the list's lead-in ----------


@pytest.mark.parametrize(
    "body",
    [
        "It was agreed that we would give\nthe bowls club the following:\n\n- free use of the"
        " hall\n- a mention in the newsletter\n",
        "It was agreed that we would hand\nthe youth club the following:\n\n- a key to the hall\n"
        "- the old projector\n",
    ],
)
def test_a_lead_in_cut_before_the_following_is_no_task(body: str) -> None:
    assert council_owned(f"5. Sponsors\n{body}") == []


@pytest.mark.parametrize(
    ("body", "owner", "task"),
    [
        (
            "The Clerk will send the following to the auditor:\n\n- the bank statements\n",
            "The Clerk",
            "Send the following",
        ),
        (
            "It was agreed that we would write to the bowls club. The following were noted:\n"
            "- the hall is busy\n",
            None,
            "Write to the bowls club",
        ),
    ],
)
def test_a_task_before_a_list_stays_a_task(body: str, owner: str | None, task: str) -> None:
    actions = council_owned(f"5. Sponsors\n{body}")
    assert len(actions) == 1
    assert actions[0][0] == owner
    assert actions[0][1].startswith(task)


# --- a second report joined to the first: its subject is the passive's ------------------------


def test_another_bodys_answer_that_it_would_be_dealt_with_is_no_task() -> None:
    body = (
        "3. Planning\nHis queries were emailed to Planning and they confirmed receipt and advised"
        " it would be dealt with as a complaint.\n"
    )
    assert council_owned(body) == []


def test_the_second_reports_subject_is_the_thing_to_be_done() -> None:
    body = (
        "3. Hall\nThe Clerk confirmed the booking and advised that the hall would be cleaned"
        " before the fete.\n"
    )
    assert council_owned(body) == [("The Clerk", "Clean the hall before the fete.")]
