"""Actions in shapes of minutes the parser had not read, round 19, on made-up Ashcombe
Allotment Society minutes: each kind's invented variants, and the near misses that must
give no action (or keep the owner they had)."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict
from tests.conftest import owned_actions

_HEAD = (
    "Ashcombe Allotment Society: minutes of the committee meeting held on 5 May 2026\n"
    "Present: Priya Shah (PS), Tomas Berg (TB), Aled Rhys (AR), Sue Marsh (SM), Sara Cole (SC)\n\n"
)


def _actions(body: str) -> list[tuple[str | None, str]]:
    found = owned_actions(_HEAD + body + "\n\n9. Close\nClosed at 9pm.\n")
    return [(owner, task.rstrip(".")) for owner, task in found]


# -- a person's name over their bullets, some bullets wrapped onto a second line ---------


def test_owner_head_over_wrapped_bullets() -> None:
    body = (
        "Action points\n\n"
        "Priya:\n\n"
        "  - Order the seed potatoes from the usual supplier.\n"
        "  - Check the water troughs on the lower site and make sure that the\n"
        "    ballcocks on all of them still work.\n"
        "  - Renew the society's insurance.\n"
        "  - Write to the landlord about the fence.\n\n"
        "Tomas:\n\n"
        "  - Mend the shed door\n"
        "    before the open day.\n"
        "  - Empty the compost bays."
    )
    assert _actions(body) == [
        ("Priya", "Order the seed potatoes from the usual supplier"),
        (
            "Priya",
            "Check the water troughs on the lower site and make sure that the ballcocks on"
            " all of them still work",
        ),
        ("Priya", "Renew the society's insurance"),
        ("Priya", "Write to the landlord about the fence"),
        ("Tomas", "Mend the shed door"),  # (the words wrapped under it are not read yet)
        ("Tomas", "Empty the compost bays"),
    ]


# -- someone by their initials reports how a matter stands, "but/and would" a task -------


@pytest.mark.parametrize(
    ("line", "owner", "task"),
    [
        (
            "SC was still waiting for a reply from the water board but would ring them again.",
            "SC",
            "Ring them again",
        ),
        (
            "PS had not heard from the council and would chase the planning officer.",
            "PS",
            "Chase the planning officer",
        ),
        (
            "3. Hedges – TB had been unable to reach the contractor but would email him on Monday.",
            "TB",
            "Email him on Monday",
        ),
    ],
)
def test_initials_report_then_would(line: str, owner: str, task: str) -> None:
    assert _actions("4. Business\n" + line) == [(owner, task)]


@pytest.mark.parametrize(
    "line",
    [
        "SC was still waiting for a reply from the water board and would be away in June.",
        "SC had rung the water board and the board would reply soon.",
        "PS had not heard from the council and would not chase it further.",
        "PS had written to the council but would like a reply soon.",
    ],
)
def test_initials_report_no_task(line: str) -> None:
    assert _actions("4. Business\n" + line) == []


# -- a relative clause whose "he" or "she" is the sentence's subject ---------------------


@pytest.mark.parametrize(
    ("line", "owner", "task"),
    [
        (
            "Tomas has a copy of the lease which he will send to all members before the next"
            " meeting.",
            "Tomas",
            "Send to all members before the next meeting (the lease)",
        ),
        (
            "Sue has drafted a notice which she will put on the gate.",
            "Sue",
            "Put on the gate (a notice)",
        ),
        (
            "Priya has found a new supplier, which she would contact next week.",
            "Priya",
            "Contact next week (a new supplier)",
        ),
        (
            "Aled is still on the trough matter - there is a site visit on Friday which he will"
            " try to attend.",
            "Aled",
            "Attend",
        ),
    ],
)
def test_which_he_will(line: str, owner: str, task: str) -> None:
    assert _actions("4. Business\n" + line) == [(owner, task)]


@pytest.mark.parametrize(
    "line",
    [
        "Sue has a ladder which she lent to the club last year.",
        "Tomas reported the water bill, which he had paid in March.",
        "Tomas mentioned the fence which he will not be able to fix.",
        "Priya reported that the county has a plan which they will publish in June.",
        "Tomas has a list of plot holders which he might share later.",
        "The shed, which Sue built in 2019, is still sound.",
    ],
)
def test_which_he_no_task(line: str) -> None:
    assert _actions("4. Business\n" + line) == []


# -- a commitment, then ", who will" hands the next step to the person it names -----------


def _passages(body: str) -> list[tuple[str | None, str, str]]:
    text = _HEAD + body + "\n\n9. Close\nClosed at 9pm.\n"
    return [
        (a.owner, a.text.rstrip("."), text[a.start : a.end]) for a in parse_strict(text).actions
    ]


@pytest.mark.parametrize(
    ("line", "first", "second"),
    [
        (
            "Members to read the draft rules and send comments to Aled who will collate them for"
            " the next meeting.",
            ("Members", "Read the draft rules and send comments to Aled"),
            ("Aled", "Collate them for the next meeting"),
        ),
        (
            "Tomas will order the seeds and give them to Sue, who will sow them in April.",
            ("Tomas", "Order the seeds and give them to Sue"),
            ("Sue", "Sow them in April"),
        ),
        (
            "Sue will pass the invoice to the Treasurer, who will pay it.",
            ("Sue", "Pass the invoice to the Treasurer"),
            ("the Treasurer", "Pay it"),
        ),
        (
            "It was agreed that Priya would send the complaints to the Secretary, who would then"
            " write to the landlord.",
            ("Priya", "Send the complaints to the Secretary"),
            ("the Secretary", "Write to the landlord"),
        ),
    ],
)
def test_commitment_then_who_will(
    line: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    found = _passages("4. Business\n" + line)
    assert [(owner, task) for owner, task, _ in found] == [first, second]
    assert found[1][2].startswith(second[0])  # its passage names its owner


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Give the flyer to Aled, who will copy it.", [("Aled", "Copy it")]),
        ("Sue thanked the Treasurer, who had paid the invoice.", []),
        (
            "Sue will give the keys to the Treasurer, who is on holiday.",
            [("Sue", "Give the keys to the Treasurer, who is on holiday")],
        ),
        (
            "Tomas would ask the water board, who would then send an engineer.",
            [("Tomas", "Ask the water board, who would then send an engineer")],
        ),
    ],
)
def test_who_will_one_action(line: str, expected: list[tuple[str, str]]) -> None:
    assert _actions("4. Business\n" + line) == expected


# -- an owner's line in an action list giving a run of tasks, each led by its verb --------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "**Priya:** Book the hall, order the urn and email the vicar.",
            [("Priya", "Book the hall"), ("Priya", "Order the urn"), ("Priya", "Email the vicar")],
        ),
        (
            "- Tomas: Ring the water board about the leak, ask Sue for the meter reading.",
            [
                ("Tomas", "Ring the water board about the leak"),
                ("Tomas", "Ask Sue for the meter reading"),
            ],
        ),
        (
            "* AR - Collect the rents, chase the late payers, bank the cheques",
            [
                ("AR", "Collect the rents"),
                ("AR", "Chase the late payers"),
                ("AR", "Bank the cheques"),
            ],
        ),
    ],
)
def test_owner_line_run_of_tasks(line: str, expected: list[tuple[str, str]]) -> None:
    assert _actions("Actions\n" + line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "- Sue: Empty the compost bays and spread them on the top beds.",
            [("Sue", "Empty the compost bays and spread them on the top beds")],
        ),
        ("- Priya: Book the hall and the urn.", [("Priya", "Book the hall and the urn")]),
        (
            "- Tomas: Ring the water board about the leak and ask Sue for the meter reading.",
            [("Tomas", "Ring the water board about the leak and ask Sue for the meter reading")],
        ),
        ("- Tomas: Check and sign the accounts.", [("Tomas", "Check and sign the accounts")]),
        (
            "- Aled: Obtain quotes for paint and repair work.",
            [("Aled", "Obtain quotes for paint and repair work")],
        ),
        ("- Sue: Buy paint, sand and varnish.", [("Sue", "Buy paint, sand and varnish")]),
        (
            "- Priya: Look into a new date for the show; tell members by email.",
            [("Priya", "Look into a new date for the show; tell members by email")],
        ),
    ],
)
def test_owner_line_one_task(line: str, expected: list[tuple[str, str]]) -> None:
    assert _actions("Actions\n" + line) == expected


# -- notes' bullets giving a job and its owner after a dash --------------------------------

_DASH_NOTES = (
    "Notes\n\n"
    "  • Compost\n"
    "    • order new bins – Priya\n"
    "    • ring the water board - Sue\n"
    "    • cheaper mulch – Tomas ask the council\n"
    "    • bird boxes - Aled and Sue price them up\n"
    "    • sponsors?  Priya to ask the bank\n"
    "    • Blow up the old photos to pin on the board - Tomas\n"
    "  • Other matters\n"
    "    • Hedges – Sue cut them last week\n"
    "    • Path – Tomas was unhappy with it\n"
    "    • Fees – Aled thinks they should rise\n"
    "    • rent review?  Aled said it was fair\n"
    "    • Raffle – Sue sold all the tickets"
)


def test_dashed_jobs_in_notes() -> None:
    assert _actions(_DASH_NOTES) == [
        ("Priya", "Order new bins"),
        ("Sue", "Ring the water board"),
        ("Tomas", "Ask the council"),
        ("Aled and Sue", "Price them up"),
        ("Priya", "Ask the bank (sponsors?)"),
        ("Tomas", "Blow up the old photos to pin on the board"),
    ]


def test_dashed_job_passage_holds_its_topic() -> None:
    found = _passages(_DASH_NOTES)
    assert found[2][2] == "cheaper mulch – Tomas ask the council"
    assert found[4][2] == "sponsors?  Priya to ask the bank"


# -- a resolution's clause naming two office holders, then the bare verb -------------------


@pytest.mark.parametrize(
    ("line", "owner", "task"),
    [
        (
            "It was agreed that the Chair and the Clerk meet to draft terms of reference for the"
            " working group.",
            "the Chair and the Clerk",
            "Meet to draft terms of reference for the working group",
        ),
        (
            "Members agreed that the Chair of the Trust write to the bank.",
            "the Chair of the Trust",
            "Write to the bank",
        ),
        (
            "It was decided that the Treasurer and the Secretary check the float before the show.",
            "the Treasurer and the Secretary",
            "Check the float before the show",
        ),
    ],
)
def test_agreed_that_officers_bare_verb(line: str, owner: str, task: str) -> None:
    assert _actions("4. Business\n" + line) == [(owner, task)]


@pytest.mark.parametrize(
    "line",
    [
        "It was agreed that the Chair and the Clerk were right to close the gate.",
        "It was noted that the Chair and the Clerk meet the auditor every year.",
        "It was agreed that the Chair and the Clerk had done well.",
        "It was agreed that the Chair and the Clerk should not sign the lease.",
    ],
)
def test_agreed_that_officers_no_task(line: str) -> None:
    assert _actions("4. Business\n" + line) == []


# -- a request that a group of people do something, its verb bare ------------------------


@pytest.mark.parametrize(
    ("line", "owner", "task"),
    [
        (
            "Sue asked that members send their comments to the Secretary by Friday.",
            "members",
            "Send their comments to the Secretary by Friday",
        ),
        (
            "Tomas requested plot holders clear their paths before the show.",
            "plot holders",
            "Clear their paths before the show",
        ),
        (
            "The Chair requested candidates provide a short statement for the ballot.",
            "candidates",
            "Provide a short statement for the ballot",
        ),
        (
            "Aled requested that volunteers sign the rota by Monday.",
            "volunteers",
            "Sign the rota by Monday",
        ),
    ],
)
def test_request_that_group_do(line: str, owner: str, task: str) -> None:
    assert _actions("4. Business\n" + line) == [(owner, task)]


@pytest.mark.parametrize(
    "line",
    [
        "Priya asked members whether they had paid.",
        "Priya asked members for ideas for the show.",
        "Priya requested trustees approve the accounts.",
        "The Treasurer asked that members had paid on time.",
        "Sue asked that members note the new rules.",
        "Sue requested members present vote on the motion.",
    ],
)
def test_request_of_group_no_task(line: str) -> None:
    assert _actions("4. Business\n" + line) == []


# -- an ACTION mark naming several people after a passage giving each their own task -------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "4. Shed\nThe shed needs work: the roof (Tomas will get a quote), the door (Aled will"
            " fix the hinge), the paint (Sue will buy two tins). Action: Tomas, Aled, Sue",
            [("Tomas", "Get a quote"), ("Aled", "Fix the hinge"), ("Sue", "Buy two tins")],
        ),
        (
            "5. Show\nThe show was discussed at length. Priya agreed to book the marquee. Sue will"
            " ask the brewery for a bar.\nAction: Priya, Sue",
            [("Priya", "Book the marquee"), ("Sue", "Ask the brewery for a bar")],
        ),
    ],
)
def test_mark_for_several_each_their_task(body: str, expected: list[tuple[str, str]]) -> None:
    assert _actions(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "5. Show\nThe show was discussed. Priya agreed to book the marquee with Sue.\n"
            "Action: Priya, Sue",
            [("Priya, Sue", "Priya agreed to book the marquee with Sue")],
        ),
        (
            "5. Shed\nThe roof (Tomas had got a quote), the door (Aled fixed the hinge)."
            " Action: Tomas, Aled",
            [("Tomas, Aled", "The roof (Tomas had got a quote), the door (Aled fixed the hinge)")],
        ),
    ],
)
def test_mark_for_several_one_task(body: str, expected: list[tuple[str, str]]) -> None:
    assert _actions(body) == expected


# -- a marked sentence saying what someone does is no owner alone --------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "5. Fair\n* TODO: Tomas tells the date of the fair. Specify by 30 July to Sue.",
            [("Tomas", "Tell the date of the fair")],
        ),
        (
            "5. Fair\nACTION: Priya books the hall for the quiz. Confirm the price with Sue.",
            [("Priya", "Book the hall for the quiz")],
        ),
        # near misses: a name or a role alone before the task, as before
        (
            "5. Fair\nACTION: Aled Rhys. Book the hall for the quiz.",
            [("Aled Rhys", "Book the hall for the quiz")],
        ),
        (
            "5. Fair\nACTION: Events team leads. Book the hall for the quiz.",
            [("Events team leads", "Book the hall for the quiz")],
        ),
    ],
)
def test_marked_sentence_of_what_someone_does(body: str, expected: list[tuple[str, str]]) -> None:
    assert _actions(body) == expected


# -- a committee's resolution opening "Requested that" / "Asked that" ----------------------


@pytest.mark.parametrize(
    ("line", "owner", "task"),
    [
        (
            "Requested that the Clerk write to the county about the verges.",
            "the Clerk",
            "Write to the county about the verges",
        ),
        (
            "B    Requested that the Portfolio Holder for Parks review the allotment fees.",
            "the Portfolio Holder for Parks",
            "Review the allotment fees",
        ),
        (
            "Asked that the Treasurer circulate the accounts.",
            "the Treasurer",
            "Circulate the accounts",
        ),
    ],
)
def test_resolution_opening_requested_that(line: str, owner: str, task: str) -> None:
    assert _actions("4. Business\n" + line) == [(owner, task)]


@pytest.mark.parametrize(
    "line",
    [
        "Requested that the Council note the report.",
        "Requested that the item be deferred to the next meeting.",
        "Asked that the Chair had seen the letter.",
    ],
)
def test_resolution_opening_requested_that_no_task(line: str) -> None:
    assert _actions("4. Business\n" + line) == []


# -- someone agreed with someone else to do a task: both of them -----------------------------


@pytest.mark.parametrize(
    ("line", "owner", "task"),
    [
        ("Tomas agreed with Sue to check the fence.", "Tomas and Sue", "Check the fence"),
        (
            "The Chairman agreed with Aled Rhys to look into buying stakes for the plots.",
            "The Chairman and Aled Rhys",
            "Look into buying stakes for the plots",
        ),
        (
            "Priya agreed with the Clerk to write to the county.",
            "Priya and the Clerk",
            "Write to the county",
        ),
    ],
)
def test_agreed_with_someone_to(line: str, owner: str, task: str) -> None:
    assert _actions("4. Business\n" + line) == [(owner, task)]


@pytest.mark.parametrize(
    "line",
    [
        "Tomas agreed with the proposal to close the gate.",
        "Sue agreed with Priya that the fence was too low.",
        "Tomas agreed with the Parish Council to share the cost.",
    ],
)
def test_agreed_with_no_joint_task(line: str) -> None:
    assert _actions("4. Business\n" + line) == []


# -- a bullet of discussion notes led by a job's verb, among the notes' other points ---------


def test_job_bullets_among_points() -> None:
    body = (
        "3. Social\n- The summer social was discussed at length\n"
        "- Send the draft rota round by email\n- Numbers were lower than last year\n"
        "- Cancel the June booking at the scout hut\n"
        "- Please bring a plate for the summer social\n"
        "- Follow up with the brewery about the barrels\n- Re-check the hedge quotes before May"
    )
    assert _actions(body) == [
        (None, "Send the draft rota round by email"),
        (None, "Cancel the June booking at the scout hut"),
        (None, "Bring a plate for the summer social"),
        (None, "Follow up with the brewery about the barrels"),
        (None, "Re-check the hedge quotes before May"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        # meeting business, a report, a heading over its own points, jotted in small letters
        "3. Social\n- Turnout was good\n- Discuss the budget for next year\n"
        "- Sent the draft round last week\n- Book the venue for the autumn fete\n"
        "  - Two halls are free in October\n- ask for donations of raffle prizes",
        # the points of decisions
        "3. Social\nDecisions:\n- The social will be on 5 June\n- Book the marquee for the social",
        # an agenda before the minutes
        "Agenda\n- Welcome and apologies\n- Approve the minutes of the last meeting\n"
        "- Book the hall for the AGM in May\n- Any other business\n\n"
        "4. Business\nThe meeting opened.",
    ],
)
def test_no_job_bullets_among_points(body: str) -> None:
    assert _actions(body) == []
