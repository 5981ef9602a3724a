"""Decision rules, round 18, on made-up Ashcombe Parish Council minutes: a vote given with
its count ("voted 5 to 2 to ...") or against what was put, and not a counted few of the
members voting; a motion stated with its proposer and seconder and its carrying in the
sentence after it ("Unanimously agreed and signed by the Chair.") is one decision."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict

_HEAD = (
    "Ashcombe Parish Council: minutes of the meeting held on 3 March 2026\n\n"
    "1. Village green\nThe council discussed the mowing.\n\n"
)


def _decisions(text: str) -> list[str]:
    return [d.text for d in parse_strict(_HEAD + text + "\n\n9. Close\nClosed at 9pm.\n").decisions]


@pytest.mark.parametrize(
    "line",
    [
        "4. Toilets\nThe council voted 5 to 2 to close the toilets over winter.",
        "4. Hall\nMembers voted by 6 votes to 3 to keep the hall open on Sundays.",
        "4. Mower\nThe committee voted by a majority to buy the cheaper mower.",
        "4. Van\nCouncillors voted 4-1, with one abstention, to sell the old van.",
        "4. Toilets\nThe committee voted against the proposal to close the toilets.",
        "4. Logo\nThe trustees voted in favor of the new logo.",
    ],
)
def test_a_vote_with_its_count_or_against(line: str) -> None:
    assert _decisions(line) == [line.split("\n")[1]]


@pytest.mark.parametrize(
    "line",
    [
        "Two members voted against the proposal.",
        "Several councillors agreed that the hall was too cold.",
        "Two councillors voted to keep the hall open.",
        "Cllr Hale voted against the motion.",
        "The council voted last year to close the toilets.",
    ],
)
def test_not_the_meetings_vote(line: str) -> None:
    assert _decisions("4. Toilets\n" + line) == []


@pytest.mark.parametrize(
    "motion",
    [
        "Proposed (JB) & Seconded (KL) that the accounts be approved.",
        "Proposed Cllr Bell, seconded Cllr Lane that the minutes be accepted.",
        "It was proposed by Cllr Bell and seconded by Cllr Lane that the minutes be signed.",
        "Cllr Bell proposed and Cllr Lane seconded that the hall fees stay the same.",
    ],
)
@pytest.mark.parametrize(
    "outcome",
    [
        "Unanimously agreed and signed by the Chair.",
        "Agreed by all.",
        "Carried unanimously.",
        "Agreed.",
    ],
)
def test_a_motion_and_its_carrying_are_one_decision(motion: str, outcome: str) -> None:
    assert _decisions(f"4. Minutes\n{motion} {outcome}") == [f"{motion} {outcome}"]


def test_minutes_read_then_agreed_and_signed() -> None:
    read = "The minutes of the meeting held on 3 February were read."
    for outcome in ("Agreed and signed by the Chair.", "Agreed and signed by the Chairman."):
        assert _decisions(f"4. Minutes\n{read}\n{outcome}") == [f"{read} {outcome}"]


@pytest.mark.parametrize(
    ("text", "decisions"),
    [
        # the outcome records the decision before it: no second one (it is part of it)
        (
            "The minutes were approved. Agreed and signed by the Chair.",
            ["The minutes were approved. Agreed and signed by the Chair."],
        ),
        # what follows the carrying is not the motion's
        (
            "Proposed (JB) & Seconded (KL) that the accounts be approved. Carried. The clerk"
            " reported that the bank had changed its charges.",
            ["Proposed (JB) & Seconded (KL) that the accounts be approved. Carried."],
        ),
    ],
)
def test_the_carrying_adds_no_other_decision(text: str, decisions: list[str]) -> None:
    assert _decisions("4. Minutes\n" + text) == decisions


@pytest.mark.parametrize(
    "line",
    [
        "Accounts - accounts for 2024 and 2025 signed off",
        "Accounts- accounts for 2024\\25 signed off",
        "Audit: internal auditor's report accepted",
        "Grants - youth club grant of £200 approved",
        "Hall hire – new rates adopted",
    ],
)
def test_an_outcome_after_the_items_title(line: str) -> None:
    assert _decisions(f"6. {line}") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Accounts- to be signed off",
        "Accounts - report not yet approved",
        "Matters arising - nothing agreed",
    ],
)
def test_no_outcome_after_the_items_title(line: str) -> None:
    assert _decisions(f"6. {line}") == []


def test_a_paper_still_to_be_signed_off() -> None:
    assert _decisions("6. Accounts\nAccounts to be signed off.") == []


_PLANNING = "5. Planning\n{}\n\n6. Finance\nThe bank statement was read."


@pytest.mark.parametrize(
    "rows",
    [
        # references in hyphens, the response after a dash typed with no space before it
        [
            "H17-0102-25 2 Mill Lane Ashcombe rear extension-support",
            "H17- 0233-25 Low Farm barn conversion-support (Cllr Dean left the room)",
            "H17-0391-25 Church Street replacement windows- object",
        ],
        ["25-00418-FUL Land at Mill Lane, two houses - no objection"],
        # a line that does not end its sentence is not run on into the next application
        [
            "25/0102/F 2 Mill Lane Ashcombe rear extension with a new garage - support",
            "25/0233/F Low Farm barn conversion to holiday let - support (Cllr Dean left)",
            "25/0391/F Church Street replacement windows - object",
        ],
        ["25/00418/HOU 7 Orchard Close semi-detached garage- support"],
    ],
)
def test_planning_responses(rows: list[str]) -> None:
    assert _decisions(_PLANNING.format("\n".join(rows))) == rows


@pytest.mark.parametrize(
    "rows",
    [
        ["H17-0102-25 2 Mill Lane rear extension was discussed."],
        ["H17-0102-25 2 Mill Lane, which the district council has approved"],
        ["25/00418/HOU 7 Orchard Close: details pre-approved"],
        ["The clerk's new number is 01234-567-890."],
    ],
)
def test_no_planning_response(rows: list[str]) -> None:
    assert _decisions(_PLANNING.format("\n".join(rows))) == []


@pytest.mark.parametrize(
    "line",
    [
        "It was agreed that JC will send a follow-up letter to the tenant.",
        "It was agreed that the PC should press for a bus shelter at Low Road.",
        "It was agreed that Cllr Moss would meet the contractor on site.",
        "It was agreed that Mrs Lane should open a second account.",
    ],
)
def test_a_task_the_meeting_agreed_is_its_decision(line: str) -> None:
    text = f"4. Bus shelter\n{line}"
    assert _decisions(text) == [line]
    assert parse_strict(_HEAD + text).actions  # and an action still


@pytest.mark.parametrize(
    "outcome",
    ["All in agreement.", "All in favour.", "All present in favour.", "Everyone agreed."],
)
@pytest.mark.parametrize("between", [" ", "\n"])
def test_all_assenting_to_the_sentence_before(outcome: str, between: str) -> None:
    stated = "Members were happy that the newsletter goes on being sent to the Gazette."
    assert _decisions(f"4. Newsletter\n{stated}{between}{outcome}") == [f"{stated} {outcome}"]


@pytest.mark.parametrize(
    "motion",
    [
        "Motion to buy a new mower.",
        "Motion that the hall fees rise by 5%.",
        "It was proposed that a new mower be bought.",
    ],
)
@pytest.mark.parametrize(
    "outcome",
    ["Passed without dissent.", "Carried without objection.", "Agreed without any opposition."],
)
def test_a_motion_carried_without_dissent(motion: str, outcome: str) -> None:
    assert _decisions(f"4. Mower\n{motion} {outcome}") == [f"{motion} {outcome}"]


@pytest.mark.parametrize(
    "line",
    [
        "The clerk reported on the mower. Not everyone agreed.",
        "The clerk reported on the mower.\nMembers were not all in agreement.",
        "The clerk asked whether all were in favour.",
    ],
)
def test_not_all_assenting(line: str) -> None:
    assert _decisions(f"4. Mower\n{line}") == []


@pytest.mark.parametrize(
    "line",
    [
        "A quorum was confirmed.",
        "The quorum was duly declared.",
        "The meeting was confirmed as quorate.",
        "The chair confirmed the meeting was quorate.",
    ],
)
def test_the_quorum_is_procedure(line: str) -> None:
    assert _decisions(f"1. Quorum\n{line}") == []


@pytest.mark.parametrize(
    "line",
    [
        "Upon the proposition of A Bell, seconded by C Dean, it was resolved unanimously"
        " ' 'That J Lane be, and she is hereby, appointed Secretary.",
        "On the proposition of A Bell, seconded by C Dean, it was resolved 'That J Lane be"
        " appointed Secretary'.",
    ],
)
def test_a_resolution_in_straight_quotes(line: str) -> None:
    assert _decisions(f"4. Officers\n{line}") == [line]


@pytest.mark.parametrize(
    ("line", "decided"),
    [
        ("General agreement this was the way to go on booking the hall", True),
        ("General agreement the hall bookings should stay with the clerk.", True),
        ("Broad consensus we will keep the Tuesday slot.", True),
        ("General agreement is hard to reach on the hall.", False),
    ],
)
def test_general_agreement_with_no_that(line: str, decided: bool) -> None:
    assert _decisions(f"4. Scheduling\n- {line}\n- Hall keys are with the clerk") == (
        [line] if decided else []
    )


@pytest.mark.parametrize(
    "line",
    [
        "No further comment required and will be removed from future agendas.",
        "The item will be removed from the agenda.",
        "To be taken off the agenda.",
        "Hall floor: remove from agenda.",
        "The item was dropped from the agenda.",
    ],
)
def test_an_item_taken_off_the_agenda(line: str) -> None:
    assert _decisions(f"4. Hall floor\n{line}") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Cllr Dean asked for the item to be removed from the agenda.",
        "The item stays on the agenda until it is removed from the agenda by the council.",
        "The clerk will remove it from the website.",
    ],
)
def test_no_item_taken_off_the_agenda(line: str) -> None:
    assert _decisions(f"4. Hall floor\n{line}") == []


@pytest.mark.parametrize(
    "line",
    [
        "* That functionality is needed anyway for packages that need to be localised.",
        "- That was the plan all along, said Ann.",
        "* that idea would need to be costed first",
    ],
)
def test_that_pointing_at_something_is_no_resolution(line: str) -> None:
    text = f"4. Chat\n* Ann: the old server is slow.\n{line}\n* Bob: we could split it."
    assert _decisions(text) == []


def test_a_resolution_that_the_minutes_are_approved() -> None:
    text = "4. Resolutions\n1. That the minutes are approved as a true record.\n"
    assert _decisions(text) == ["That the minutes are approved as a true record."]


@pytest.mark.parametrize(
    "line",
    [
        "The precept will be £11,000 for 2026/27.",
        "Precept: £11,000 for 2026/27.",
        "The precept for 2026/27 is set at £11,000.",
        "The precept for next year will be £11,000.",
        "Allotment rents to be £30 a plot from October.",
        "Hall hire rates will be £15 an hour from 1 April.",
    ],
)
def test_a_sum_fixed(line: str) -> None:
    assert _decisions(f"4. Precept\n{line}") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "The precept was £10,000 last year.",
        "The precept may need to be £12,000 next year.",
        "The County Council's precept will be £1,600 for a band D home.",
        "The precept will be £11,000 if the grant is refused.",
        "Budget - £2,000 spent so far on the verges.",
        "Receipts:\nPrecept: £5,500\nVAT refund: £300",
    ],
)
def test_no_sum_fixed(line: str) -> None:
    assert _decisions(f"4. Precept\n{line}") == []


@pytest.mark.parametrize(
    "line",
    [
        "The council has no objection to this application.",
        "There were no objections to the proposed hedge removal.",
        "There was no objection to the new bus stop.",
        "There were no objections or comments on this application.",
    ],
)
def test_no_objection_in_prose(line: str) -> None:
    assert _decisions(f"4. Planning\n{line}") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "There were no objections from residents.",
        "The clerk has no objection to changing the date.",
        "There were no objections.",
    ],
)
def test_no_objection_that_is_no_response(line: str) -> None:
    assert _decisions(f"4. Planning\n{line}") == []


@pytest.mark.parametrize(
    ("line", "decided"),
    [
        ("Members were unanimous in supporting the new bins.", True),
        ("Councillors were unanimous that the bins should be replaced.", True),
        ("Members were not unanimous in supporting the new bins.", False),
        ("Residents were unanimous in opposing the bins.", False),
        ("The date of the fete was set as 12 July.", True),
        ("The date for the fete was fixed for Saturday 12 July.", True),
        ("The date of the next meeting was confirmed as 7 April.", False),
        ("The date of the fete has not been set.", False),
    ],
)
def test_unanimous_members_and_a_date_fixed(line: str, decided: bool) -> None:
    assert _decisions(f"4. Fete\n{line}") == ([line] if decided else [])


@pytest.mark.parametrize(
    ("line", "decided"),
    [
        ("Cllr Hale agreed to be the second signatory.", True),
        ("Mrs Tate agreed to be a member of the grants panel.", True),
        ("Cllr Hale agreed to serve on the footpaths working group.", True),
        ("Cllr Hale offered to join the grants panel.", True),
        ("The Chair, Treasurer and Secretary were all elected en bloc.", True),
        ("Cllr Ray was elected Vice-Chair unopposed.", True),
        ("Cllr Hale agreed to be more careful with the keys.", False),
        ("Cllr Hale agreed to be contacted by the auditor.", False),
        ("Cllr Hale agreed to join the group walk on Sunday.", False),
    ],
)
def test_a_member_taking_an_office_or_seat(line: str, decided: bool) -> None:
    assert _decisions(f"4. Officers\n{line}") == ([line] if decided else [])
