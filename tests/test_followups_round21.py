"""Follow-ups and decisions on unseen minutes (issue 11, round 21): each kind with invented
variants (a fictional parish council and a fictional project's call, meeting on Thursday 2
July 2026) and near misses it must not fire on."""

from __future__ import annotations

import pytest

from tests.test_fudec_round20 import CALL, HEAD, decisions, follow_ups, parsed

# --- decisions: an outcome recorded after the proposal it closes ---------------------------------


@pytest.mark.parametrize(
    ("body", "head", "expected"),
    [
        # a proposal, then who seconded it, then the vote: one decision
        (
            "Priya moved that the accounts be adopted. Omar seconded. Unanimous vote in favour.",
            HEAD,
            "Priya moved that the accounts be adopted. Omar seconded. Unanimous vote in favour.",
        ),
        (
            "Cllr Tate proposed that the hall fees stay the same.\nCllr Moss seconded.",
            HEAD,
            "Cllr Tate proposed that the hall fees stay the same. Cllr Moss seconded.",
        ),
        # assent alone after a decision found already: the same decision
        (
            "Keep the Wednesday 5pm slot for now. (No objections.)",
            CALL,
            "Keep the Wednesday 5pm slot for now. (No objections.)",
        ),
        (
            "It was agreed to buy a new strimmer. This was approved unanimously.",
            HEAD,
            "It was agreed to buy a new strimmer. This was approved unanimously.",
        ),
        # the outcome with how it was voted, after what was put
        (
            "* Officers\n  - Ana put Joe Park forward as secretary and Lee Wu as treasurer.\n"
            "  - Both passed by voice vote without objections.",
            CALL,
            "Ana put Joe Park forward as secretary and Lee Wu as treasurer. - Both passed by voice"
            " vote without objections.",
        ),
        (
            "Adopt the new code of conduct.\nCarried by a show of hands.",
            CALL,
            "Adopt the new code of conduct. Carried by a show of hands.",
        ),
    ],
)
def test_an_outcome_after_its_proposal_is_one_decision(body: str, head: str, expected: str) -> None:
    assert decisions(body, head) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a motion seconded and then lost: no decision
        (
            "Cllr Tate proposed that the hall fees be doubled. Cllr Moss seconded. "
            "The motion was lost.",
            [],
        ),
        # a proposal that only met disagreement
        ("Cllr Tate proposed that we write to the county. Cllr Moss disagreed.", []),
        # a second matter with its own subject after a decision: two decisions
        (
            "The Council agreed the revised budget. No objections were raised to the new car park.",
            [
                "The Council agreed the revised budget.",
                "No objections were raised to the new car park.",
            ],
        ),
        (
            "The Council agreed the revised budget. The report was noted.",
            ["The Council agreed the revised budget.", "The report was noted."],
        ),
        # another body's vote, reported
        ("The treasurer said both bills passed by voice vote in the state senate.", []),
    ],
)
def test_near_misses_of_an_outcome_after_its_proposal(body: str, expected: list[str]) -> None:
    assert decisions(body) == expected


# --- follow-ups: a paper made for a later meeting, or for a body to settle -----------------------


@pytest.mark.parametrize(
    ("body", "head", "expected"),
    [
        (
            "Mira: I'll try to put something together before the next meeting.",
            CALL,
            "Mira: I'll try to put something together before the next meeting.",
        ),
        (
            "Tomas to write up the two options ahead of the next call.",
            CALL,
            "Tomas to write up the two options ahead of the next call.",
        ),
        (
            "A plan for the orchard to be drawn up before the next meeting.",
            HEAD,
            "A plan for the orchard to be drawn up before the next meeting.",
        ),
        (
            "The Clerk will draft a reply for the Council's consideration.",
            HEAD,
            "The Clerk will draft a reply for the Council's consideration.",
        ),
        (
            "Cllr Hart to prepare a costed plan for Full Council approval.",
            HEAD,
            "Cllr Hart to prepare a costed plan for Full Council approval.",
        ),
        (
            "Ann will prepare options for the committee to consider.",
            HEAD,
            "Ann will prepare options for the committee to consider.",
        ),
    ],
)
def test_a_paper_made_for_a_later_meeting_or_a_body_comes_back(
    body: str, head: str, expected: str
) -> None:
    assert follow_ups(body, head) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # work done before the meeting, nothing made for it
        "Please send comments before the next meeting.",
        "All members to read the terms of reference before the next meeting.",
        "Bob will book the hall before the next meeting.",
        "Dee to circulate the agenda a week before the next meeting.",
        "Cllr Hart to report on the footbridge before the next meeting.",
        "all - review the draft code of conduct before the next call",
        # settled outside the meeting
        "A decision is needed before the next meeting.",
        # past
        "The treasurer prepared the accounts before the last meeting.",
        "The plan was submitted for the Committee's approval in May.",
        # a body as the subject of a purpose, no paper for it
        "Officers had sought funding for the council to review its website.",
        "The Chair thanked members for their consideration.",
    ],
)
def test_near_misses_of_a_paper_made_for_a_later_meeting(body: str) -> None:
    assert follow_ups(body) == []


# --- follow-ups: one stated again is the same follow-up -----------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a summary of actions at the foot restating the minutes
        (
            "Fridge\nACTION: Carl is pricing a new fridge and will come back with a quote.\n\n"
            "5. Summary of actions\n- ACTION: Carl is pricing a new fridge and will come back "
            "with a quote.",
            ["ACTION: Carl is pricing a new fridge and will come back with a quote."],
        ),
        (
            "Bob will raise the verge cutting at the next Highways meeting.\n\nActions\n"
            "Bob will raise the verge cutting at the next Highways meeting.",
            ["Bob will raise the verge cutting at the next Highways meeting."],
        ),
        # the same words for different meetings: two
        (
            "Budget monitoring to come to the September meeting.\n"
            "Budget monitoring to come to the January meeting.",
            [
                "Budget monitoring to come to the September meeting.",
                "Budget monitoring to come to the January meeting.",
            ],
        ),
    ],
)
def test_a_follow_up_stated_again_is_one(body: str, expected: list[str]) -> None:
    assert follow_ups(body) == expected


# --- follow-ups: a report to come back, in other words than "report back" ---------------------


@pytest.mark.parametrize(
    "body",
    [
        "Dee agreed to look into these options and get back.",
        "Carl will look into it and get back to the committee.",
        "Ann to get back to the group with a price for the gates.",
        "The practice managers to feedback to group once known.",
        "The Clerk will feedback to the Council.",
    ],
)
def test_getting_or_feeding_back_to_the_meeting_comes_back(body: str) -> None:
    assert follow_ups(body) == [body]


@pytest.mark.parametrize(
    "body",
    [
        "The treasurer got back to us last week with the figures.",
        "We need to get back on track with the budget.",
        "It will take time for the hall to get back to normal.",
        "We hope to get back the deposit.",
        "Bob will get back to the contractor about the quote.",
        "Feedback was received from residents.",
        "The Council responded to feedback from residents.",
        "Dee gave feedback to the group on the fete.",
    ],
)
def test_near_misses_of_getting_or_feeding_back(body: str) -> None:
    assert follow_ups(body) == []


# --- follow-ups: this meeting's own agenda, under a heading of its own words --------------------


@pytest.mark.parametrize(
    "agenda",
    [
        "## Agenda topics\n- Project update for the Governing Board meeting\n- Summit talk",
        "Agenda items:\n1. Update for the next steering meeting\n2. Budget",
        "Today's agenda:\n- Prepare the report for the next board meeting\n- Budget",
        "Agenda for this call:\n- Prepare the report for the next board meeting\n- Budget",
        "### Agenda points\n* Revisit the rota at the next meeting\n* Budget",
    ],
)
def test_this_meetings_own_agenda_brings_nothing_back(agenda: str) -> None:
    assert follow_ups(agenda + "\n\n## Notes\n- Sam said the docs are done", CALL) == []


@pytest.mark.parametrize(
    "agenda",
    [
        "## Next meeting agenda topics\n- Review the docs plan\n- Release dates",
        "Agenda for next meeting:\n- Review the docs plan\n- Release dates",
        "## Agenda items for the next call\n- Review the docs plan\n- Release dates",
    ],
)
def test_a_later_meetings_agenda_comes_back(agenda: str) -> None:
    assert follow_ups(agenda, CALL) == ["Review the docs plan", "Release dates"]


# --- follow-ups: a table row whose cell only puts its matter on a coming agenda -----------------

TABLE = "| No | Item | Notes | Action | Who |\n|----|------|-------|--------|-----|\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            TABLE + "| 1 | Verges | The verges by the school need cutting. | Agenda item | |",
            ["Verges – The verges by the school need cutting."],
        ),
        (
            TABLE + "| 2 | Beacon | The beacon is stored in the barn for now. | Next agenda | |",
            ["Beacon – The beacon is stored in the barn for now."],
        ),
        (
            TABLE + "| 3 | Pond | Ducks are back. | For the next meeting's agenda | |",
            ["Pond – Ducks are back."],
        ),
        # a row flattened onto its line, the item's title on the line before
        (
            "2 |\nTraffic plan | |\nThe signs are signed off. The lane needs its potholes filled."
            " | Agenda item | |",
            ["The signs are signed off. The lane needs its potholes filled."],
        ),
        (
            "Item | Notes | Action\nBus shelter | The roof leaks. | An agenda item",
            ["Bus shelter – The roof leaks."],
        ),
    ],
)
def test_a_row_put_on_a_coming_agenda_comes_back(body: str, expected: list[str]) -> None:
    result = parsed(body)
    assert [f.text for f in result.follow_ups] == expected
    assert all("agenda" not in a.text.lower() for a in result.actions)


@pytest.mark.parametrize(
    "body",
    [
        # the header of a table whose first column is the agenda item
        "| Agenda item | Notes | Action |\n|---|---|---|\n"
        "| Verges | Need cutting | Ask the county |",
        # a task in the cell
        TABLE + "| 4 | Bench | A bench is wanted by the pond. | Clerk to get quotes | Clerk |",
        # the item's own title
        TABLE + "| 5 | Agenda items for the autumn | Members gave ideas. | | |",
    ],
)
def test_near_misses_of_a_row_put_on_a_coming_agenda(body: str) -> None:
    assert follow_ups(body) == []
