"""Actions' precision on unseen minutes (issue 11, round 20): kinds of sentence that are no
task, beside near misses that are; and the one grammar of conditions the rules share."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict
from clerk_tui.core.parse.conditions import (
    CONDITION_RE,
    NEED_RE,
    OPENING_CONDITION_RE,
    SUBORDINATE_RE,
)
from tests.conftest import owned_actions

HEAD = (
    "Minutes of the Pavilion Committee, 9 April 2026\n"
    "Present: Nia Pryce, Owen Hart, Tess Marlow\n\n3. Business\n"
)


@pytest.mark.parametrize(
    "text",
    [
        "the budget stands unless the grant is refused",
        "we will order it, provided the club pays half",
        "providing that members agree",
        "Subject to planning consent",
        "depending on the weather",
        "If the hall is free",
    ],
)
def test_a_condition_is_found(text: str) -> None:
    assert CONDITION_RE.search(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "to proceed as per the guidance provided at the county meeting",
        "the chairs provided by the school",
        "the report was depended upon",
    ],
)
def test_provided_as_a_participle_is_no_condition(text: str) -> None:
    assert CONDITION_RE.search(text) is None


def test_each_sense_by_its_name() -> None:
    assert OPENING_CONDITION_RE.match("Should the hall be free") is not None
    assert OPENING_CONDITION_RE.match("The hall is free") is None
    assert SUBORDINATE_RE.split("Email them once the page is live", maxsplit=1)[0] == "Email them "
    assert NEED_RE.search("he would do it if the budget permits") is not None
    assert NEED_RE.search("as and when requested") is not None
    assert NEED_RE.search("if the gate is locked") is None


def test_a_participle_provided_keeps_the_follow_up() -> None:
    text = (
        HEAD + "Owen to contact the league to proceed as per the guidance provided at the "
        "county meeting and provide an update to the Committee.\n"
    )
    assert [f.text for f in parse_strict(text).follow_ups] != []


def owned(sentence: str) -> list[tuple[str | None, str]]:
    return owned_actions(HEAD + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "It was agreed the Club would pay for the new nets if its constitution permits.",
        "If necessary, the Secretary will write to the league about the fixtures.",
        "Tess will repaint the scoreboard when funds allow.",
        "Nia to contact the groundsman if need be.",
        "Owen Hart will mend the roller if required, at a cost of about £40.",
    ],
)
def test_a_step_only_if_need_be_is_no_task(sentence: str) -> None:
    assert owned(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "owner", "task"),
    [
        (
            "Owen will check the gutters and clear them if necessary.",
            "Owen",
            "Check the gutters and clear them if necessary.",
        ),
        (
            "Tess to chase the council and, if required, write to the MP.",
            "Tess",
            "Chase the council and, if required, write to the MP.",
        ),
        (
            "Nia to email the caterers if the hall is booked.",
            "Nia",
            "Email the caterers if the hall is booked.",
        ),
        (
            "Owen to confirm when the pavilion is required for the fete.",
            "Owen",
            "Confirm when the pavilion is required for the fete.",
        ),
        (
            "Tess to collect any post from the box if any has arrived.",
            "Tess",
            "Collect any post from the box if any has arrived.",
        ),
        (
            "ACTION: Nia to order new balls if necessary and report the cost to the Committee.",
            "Nia",
            "Order new balls if necessary and report the cost to the Committee",
        ),
        (
            "Owen to try to book the marquee for May if possible.",
            "Owen",
            "Try to book the marquee for May if possible.",
        ),
    ],
)
def test_a_first_step_or_a_state_waited_on_stays_a_task(
    sentence: str, owner: str, task: str
) -> None:
    assert owned(sentence) == [(owner, task)]


def test_a_need_in_another_clause_of_the_sentence_leaves_the_task() -> None:
    sentence = (
        "Bank? (Owen will check and renew this if necessary), "
        "Website? (Tess will ask Rhys if the pages need changing)."
    )
    assert ("Tess", "Ask Rhys if the pages need changing).") in owned(sentence)


def tagged(paragraph: str) -> list[tuple[str | None, str]]:
    return owned_actions(HEAD + "5. Money\n" + paragraph + "\n")


@pytest.mark.parametrize(
    ("paragraph", "owner", "task"),
    [
        (
            "Quotes for the roof repair being obtained. The repair would cost around £900.\n"
            "Action: OH",
            "OH",
            "Quotes for the roof repair being obtained.",
        ),
        (
            "Savings account being opened with the building society. The new account will "
            "contain about £2,400\nAction: TM",
            "TM",
            "Savings account being opened with the building society.",
        ),
        (
            "Tess to chase the lottery grant. The hall fund will then total £5,000.\nAction: TM",
            "TM",
            "Tess to chase the lottery grant.",
        ),
        (
            "Owen will move the savings to the new account. It will contain about £3,000.\n"
            "Action: OH",
            "OH",
            "Owen will move the savings to the new account.",
        ),
    ],
)
def test_an_action_tag_names_the_deed_not_what_a_sum_will_come_to(
    paragraph: str, owner: str, task: str
) -> None:
    assert tagged(paragraph) == [(owner, task)]


def test_an_action_tag_after_a_sum_then_a_promise_keeps_the_promise() -> None:
    paragraph = (
        "The quote came to £900. The Treasurer will pay the invoice from reserves.\n"
        "Action: Treasurer"
    )
    assert tagged(paragraph) == [("Treasurer", "The Treasurer will pay the invoice from reserves.")]


@pytest.mark.parametrize(
    "line",
    [
        "Ola to ring the vet – done",
        "Tess to write to the council: Completed.",
        "1. OH to contact the brewery. Done.",
        "Priya to book the room — finished",
    ],
)
def test_a_task_its_line_closes_as_done_is_a_report(line: str) -> None:
    assert owned(line) == []


@pytest.mark.parametrize(
    ("line", "owner", "task"),
    [
        (
            "Tess to make sure the hedge cutting is done.",
            "Tess",
            "Make sure the hedge cutting is done.",
        ),
        (
            "Owen to check the forms are completed by Friday.",
            "Owen",
            "Check the forms are completed by Friday.",
        ),
        ("Nia to order new nets: carried forward.", "Nia", "Order new nets: carried forward."),
        (
            "Tess to get the hedge cut – to be done by May.",
            "Tess",
            "Get the hedge cut – to be done by May.",
        ),
    ],
)
def test_done_inside_the_task_or_a_task_carried_forward_stays(
    line: str, owner: str, task: str
) -> None:
    assert owned(line) == [(owner, task)]


def minutes_of(title: str, sentence: str) -> list[tuple[str | None, str]]:
    return owned_actions(
        f"{title}\nMinutes of the committee meeting, 2 February 2026\n"
        "Present: Jo Adams (Chair), Mark Bell (Treasurer), Sita Rao (Clerk)\n\n"
        f"3. Business\n{sentence}\n"
    )


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        (
            "Hollins Green PTA",
            "The school has asked whether the PTA can fund new playground markings.",
        ),
        (
            "Elmsworth Parish Council",
            "Mrs Hale asked whether the Parish Council could put up a bench.",
        ),
        ("Netherby Allotment Society", "Dave asked if the Allotment Society could buy a strimmer."),
        (
            "Netherby Allotment Society",
            "Dave asked the Allotment Society if they could buy a strimmer.",
        ),
        ("Carrow Bowls Club", "A member asked whether the Club would fit a new handrail."),
    ],
)
def test_a_request_put_to_the_meeting_itself_is_its_business(title: str, sentence: str) -> None:
    assert minutes_of(title, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "owner", "task"),
    [
        (
            "Dave asked whether the Treasurer could look into buying a new gazebo.",
            "the Treasurer",
            "Look into buying a new gazebo.",
        ),
        (
            "Mark asked if the Clerk could write to the county about the verge.",
            "the Clerk",
            "Write to the county about the verge.",
        ),
        ("The head asked whether Jo could run the cake stall.", "Jo", "Run the cake stall."),
    ],
)
def test_a_request_put_to_someone_of_the_meeting_is_their_task(
    sentence: str, owner: str, task: str
) -> None:
    assert minutes_of("Hollins Green PTA", sentence) == [(owner, task)]


@pytest.mark.parametrize(
    "line",
    [
        "- Added Docker support to the build.",
        "- Fixed Windows build on the CI.",
        "- Migrated Slack channel to Matrix.",
    ],
)
def test_a_bullet_opening_with_a_verb_in_the_past_is_a_report(line: str) -> None:
    assert owned_actions(HEAD + "Status of the tools:\n" + line + "\n") == []


def test_given_names_ending_in_ed_still_own_their_bullets() -> None:
    text = (
        HEAD + "Tasks:\n- Alfred email the caterers about numbers\n- Ahmed contact the printers\n"
    )
    assert owned_actions(text) == [
        ("Alfred", "Email the caterers about numbers"),
        ("Ahmed", "Contact the printers"),
    ]


def test_a_task_restated_in_the_action_list_under_a_handle_is_one_action() -> None:
    text = (
        HEAD + "## Updates\n- Kim will write up the triage findings for the flaky tests.\n"
        "- Lee will draft the deprecation notice for 3.9.\n\n## Action items\n"
        "- @kim write up the triage findings for the flaky tests\n"
        "- @lee draft the deprecation notice for 3.9\n"
    )
    assert owned_actions(text) == [
        ("@kim", "Write up the triage findings for the flaky tests"),
        ("@lee", "Draft the deprecation notice for 3.9"),
    ]


def test_the_same_task_for_another_handle_is_two_actions() -> None:
    text = (
        HEAD + "## Updates\n- Kim will write up the triage findings for the flaky tests.\n\n"
        "## Action items\n- @lee write up the triage findings for the flaky tests\n"
    )
    assert owned_actions(text) == [
        ("Kim", "Write up the triage findings for the flaky tests."),
        ("@lee", "Write up the triage findings for the flaky tests"),
    ]


def test_a_task_of_the_clerk_restated_in_the_log_for_clerk_is_one_action() -> None:
    text = (
        HEAD + "5. Policies\nThe policies were approved. The Clerk will upload the policies to "
        "the website.\n\nAction log\n| No. | Action | Who | By when |\n"
        "| 1 | Upload policies to website | Clerk | 1 Dec |\n"
    )
    assert owned_actions(text) == [("Clerk", "Upload policies to website")]


@pytest.mark.parametrize(
    ("minuted", "listed", "owner"),
    [
        (
            "Tom Pike will send the hire rates to the school.",
            "- TP to send the hire rates to the school",
            "TP",
        ),
        (
            "Cllr Hale will contact the county about the verges on Mill Lane.",
            "- Cllr Jo Hale to contact the county about the verges on Mill Lane",
            "Cllr Jo Hale",
        ),
    ],
)
def test_a_task_restated_for_the_initials_or_full_name_is_one_action(
    minuted: str, listed: str, owner: str
) -> None:
    text = (
        "Minutes of the Pavilion Committee, 9 April 2026\n"
        "Present: Cllr Jo Hale (JH), Tom Pike (TP), Nia Pryce (NP)\n\n"
        f"3. Business\n{minuted}\n\nActions\n{listed}\n"
    )
    assert [o for o, _ in owned_actions(text)] == [owner]


def test_the_same_task_restated_for_someone_else_is_two_actions() -> None:
    text = (
        "Minutes of the Pavilion Committee, 9 April 2026\n"
        "Present: Cllr Jo Hale (JH), Tom Pike (TP), Nia Pryce (NP)\n\n"
        "3. Business\nTom Pike will send the hire rates to the school.\n\n"
        "Actions\n- NP to send the hire rates to the school\n"
    )
    assert [o for o, _ in owned_actions(text)] == ["Tom Pike", "NP"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Councillors agreed that the project could be added to the list of CIL projects.",
        "It was resolved that the hall could be hired at the reduced rate for the fete.",
        "It was agreed that the field could be used by the school for sports day.",
    ],
)
def test_leave_given_in_the_passive_is_a_decision(sentence: str) -> None:
    assert owned(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "task"),
    [
        (
            "It was agreed that the field should be mown before sports day.",
            "Mow the field before sports day.",
        ),
        ("It was agreed that a letter be sent to the county.", "Send a letter to the county."),
    ],
)
def test_a_passive_that_must_be_done_stays_a_task(sentence: str, task: str) -> None:
    assert owned(sentence) == [(None, task)]


TRUST = "Harbourside Supporters Trust – Board meeting"
PARISH = "Elmsworth Parish Council"


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        (
            TRUST,
            "It was agreed that the Trust would seek the members' approval at the AGM for the "
            "new rules.",
        ),
        (
            PARISH,
            "It was agreed that the Parish Council would set the precept at the January meeting.",
        ),
    ],
)
def test_the_meetings_own_body_acting_at_a_meeting_is_its_business(
    title: str, sentence: str
) -> None:
    assert minutes_of(title, sentence) == []


@pytest.mark.parametrize(
    ("title", "sentence", "owner", "task"),
    [
        (
            PARISH,
            "It was agreed that the PC should press the county for an outreach service.",
            "the PC",
            "Press the county for an outreach service.",
        ),
        (
            TRUST,
            "It was agreed that the Clerk would present the new rules at the AGM.",
            "the Clerk",
            "Present the new rules at the AGM.",
        ),
    ],
)
def test_the_body_pressing_elsewhere_or_someone_at_a_meeting_has_a_task(
    title: str, sentence: str, owner: str, task: str
) -> None:
    assert minutes_of(title, sentence) == [(owner, task)]


CELLS = """| Item | Notes | Action | Owner |
|---|---|---|---|
| Finance | Balance £2,000. | None | |
| Website | Site is live. | No further action required | n/a |
| Hall | Boiler due. | Book service | TM |
| Fete | On 5 July. | Noted | All |
| Minutes | Approved. | Minutes approved | |
| Rota | Draft seen. | To be confirmed | NP |
| Accounts | Ready. | Get the accounts signed | OH |
| Doors | Locked at 9. | Open the hall at 9am on fete day | TM |
| Quote | Two in. | Chase the approved quote | NP |
"""


def test_a_cell_saying_there_is_no_task_or_what_was_done_is_no_action() -> None:
    assert owned_actions(HEAD + CELLS) == [
        ("TM", "Book service"),
        ("OH", "Get the accounts signed"),
        ("TM", "Open the hall at 9am on fete day"),
        ("NP", "Chase the approved quote"),
    ]
