"""Decision rules, round 16, on made-up Ashby Parva minutes: a proposal and the sentence after
it that records its seconding and carrying are one decision whose text holds both, so the
clerk sees that it was carried."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict

_HEAD = "Ashby Parva Parish Council: notes of its meeting, 12 March 2024\n\n"


def _decisions(text: str) -> list[str]:
    return [d.text for d in parse_strict(_HEAD + text).decisions]


@pytest.mark.parametrize(
    "carried",
    [
        "This was seconded by Cllr Dunn and the proposal was agreed unanimously.",
        "Seconded by Cllr Dunn.",
        "All in favour.",
    ],
)
def test_a_proposal_holds_its_carrying(carried: str) -> None:
    text = f"4. Tree warden\n\nCllr Rowe proposed that Mr Lee be appointed Tree Warden. {carried}\n"
    assert _decisions(text) == [
        f"Cllr Rowe proposed that Mr Lee be appointed Tree Warden. {carried}"
    ]


def test_a_proposal_takes_no_other_sentence() -> None:
    text = (
        "4. Tree warden\n\nCllr Rowe proposed that Mr Lee be appointed Tree Warden. This was"
        " seconded by Cllr Dunn and agreed. Mr Lee thanked the Council.\n"
    )
    assert _decisions(text) == [
        "Cllr Rowe proposed that Mr Lee be appointed Tree Warden. This was seconded by Cllr Dunn"
        " and agreed."
    ]


@pytest.mark.parametrize(
    "line",
    [
        "It was confirmed a grant application has been sent to the District Council.",
        "It was confirmed the refund from the hall committee remains outstanding.",
        "Money for the bus shelter paint was approved at a previous meeting.",
        "The hedge budget had been agreed at an earlier meeting.",
    ],
)
def test_news_confirmed_or_a_decision_recalled_is_no_decision(line: str) -> None:
    assert _decisions(f"5. Matters arising\n\n{line}\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "The appointment of Mr Lee as Tree Warden was confirmed.",
        "The cost of the new signs was approved.",
    ],
)
def test_a_passive_approval_is_still_a_decision(line: str) -> None:
    assert _decisions(f"5. Matters arising\n\n{line}\n") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Cllrs agreed to proceed with buying the old pound.",
        "Dispensations granted to three councillors for the allotments item.",
        "Dispensations were granted to Cllr Hale and Cllr Dunn for the hall item.",
        "It was finally unanimously agreed to plant bulbs along the verge.",
        "It was then agreed to buy the bench.",
        "With these corrections, agreed and signed by the Chairman as a correct record.",
    ],
)
def test_parish_decisions(line: str) -> None:
    assert _decisions(f"5. Business\n\n{line}\n") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Cllrs were asked to declare any interests.",
        "Cllr Hale asked for a dispensation to be given to him for the budget item.",
        "The Chair said that dispensations had been granted to all members in 2019.",
    ],
)
def test_parish_no_decision(line: str) -> None:
    assert _decisions(f"5. Business\n\n{line}\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "The new rota must still be approved by the board, probably in May.",
        "The policy must be agreed by the committee before it is published.",
        "Let's get started again!",
        "Let's start.",
    ],
)
def test_an_approval_to_come_or_the_meeting_starting_is_no_decision(line: str) -> None:
    assert _decisions(f"5. Business\n\n{line}\n") == []


@pytest.mark.parametrize(
    "line", ["The rota was approved by the board.", "Let's start stocking oat milk."]
)
def test_an_approval_or_a_choice_is_still_a_decision(line: str) -> None:
    assert _decisions(f"5. Business\n\n{line}\n") == [line]


def test_a_vote_right_before_its_resolution_is_its_record() -> None:
    text = (
        "1\\. Apologies\n\nNone.\n\n4\\. To agree Minutes of the February meeting\n\n"
        "Proposed - Cllr Mrs Dunn Seconded - Cllr Mrs Hale\n\n"
        "'That the Minutes of the February meeting be approved'\n\nAll in favour\n\n"
        "5\\. Matters arising\n\nThe bench has been installed.\n"
    )
    assert _decisions(text) == [
        "'That the Minutes of the February meeting be approved' All in favour"
    ]


@pytest.mark.parametrize(
    "line",
    [
        "All agreed that this was a most generous gift and thanked Mrs Lee.",
        "Members were in agreement that it was not the case.",
        "Members agreed that the scheme was a sensible reuse of the old dairy.",
    ],
)
def test_a_shared_view_is_no_decision(line: str) -> None:
    assert _decisions(f"5. Business\n\n{line}\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "It was agreed that this was a good offer and should be accepted.",
        "It was agreed that the minutes were a true record.",
    ],
)
def test_a_view_that_decides_is_still_a_decision(line: str) -> None:
    assert _decisions(f"5. Business\n\n{line}\n") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Retrospective approval was provided for the purchase of a laptop for the Clerk.",
        "No comments or objections were recorded on this application.",
    ],
)
def test_an_approval_provided_or_no_objection_noted(line: str) -> None:
    assert _decisions(f"5. Business\n\n{line}\n") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Clerk to write to the resident to tell her what was agreed.",
        "As was agreed in March, the hedge will be cut by the contractor.",
    ],
)
def test_a_decision_pointed_at_is_none(line: str) -> None:
    assert _decisions(f"5. Business\n\n{line}\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "- Decision on approach (a new dimension or one part of the others)",
        "Decision needed on the venue for the fete.",
        "The Clerk said the minutes left out the grants approved at the June meeting.",
    ],
)
def test_a_decision_to_make_or_one_of_a_meeting_past_is_none(line: str) -> None:
    assert _decisions(f"5. Business\n\n{line}\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "Decision on the logo: keep the blue one.",
        "The January minutes were approved.",
    ],
)
def test_a_labelled_decision_or_minutes_approved(line: str) -> None:
    assert _decisions(f"5. Business\n\n{line}\n") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "The old action list was read: two items were closed and the rest were carried forward.",
        "A survey of hall users was carried out in February.",
    ],
)
def test_work_carried_forward_or_out_is_no_decision(line: str) -> None:
    assert _decisions(f"5. Business\n\n{line}\n") == []


def test_a_motion_carried_is_still_one() -> None:
    assert _decisions("5. Business\n\nThe amendment was carried unanimously.\n") == [
        "The amendment was carried unanimously."
    ]


@pytest.mark.parametrize(
    "line",
    [
        "A hedge laying workshop was scheduled for the 3rd May.",
        "An extra meeting was arranged for Tuesday 4 March to discuss the budget.",
    ],
)
def test_a_meeting_fixed_is_a_decision(line: str) -> None:
    assert _decisions(f"5. Business\n\n{line}\n") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "The meeting was scheduled for 7pm but started late.",
        "The last meeting was arranged for 3 February but was cancelled.",
        "Roadworks were scheduled for March.",
    ],
)
def test_a_meetings_time_or_one_past_is_no_decision(line: str) -> None:
    assert _decisions(f"5. Business\n\n{line}\n") == []


def test_a_note_agreed_on_is_a_decision() -> None:
    assert _decisions("5. Business\n\n- Shared rota agreed on\n") == ["Shared rota agreed on"]


def test_agreed_on_in_a_question_is_none() -> None:
    assert _decisions("5. Business\n\n- Which rota was agreed on?\n") == []
