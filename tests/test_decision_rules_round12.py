"""Decision rules, round 12, on made-up Riverside passages: "Agreed ..." after a topic run in
("Hall hire: Agreed a discount for the youth club") or with a bare noun and "of"/"for"
("Agreed terms of reference"); a note that the meeting weighed and settled a matter
("Discussed and agreed on the summer opening hours"); a nomination or motion seconded and
approved in one passive clause."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict

_HEAD = "Riverside allotment society, committee meeting, 3 March 2025\n\n"


def _decisions(text: str) -> list[str]:
    return [d.text for d in parse_strict(_HEAD + text).decisions]


@pytest.mark.parametrize(
    "line",
    [
        "Hall hire: Agreed a discount for the youth club.",
        "c. Water troughs: Agreed the new rota.",
        "-Agreed terms of reference for the shop subgroup",
        "Agreed date for the plant sale as 10 May.",
        "- discussed and agreed on the summer opening hours",
        "Reviewed and approved the seed order.",
        "The nomination was seconded and approved without opposition.",
        "Both trustees were nominated and approved.",
    ],
)
def test_a_decision(line: str) -> None:
    assert len(_decisions(line + "\n")) == 1


@pytest.mark.parametrize(
    "line",
    [
        "Hall hire: Agreed the Secretary would write to the youth club.",
        "The grant application has been approved by the county.",
        "Water troughs: discussed but no agreement.",
        "Sam discussed the rota with the warden.",
    ],
)
def test_no_decision(line: str) -> None:
    assert _decisions(line + "\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "£250 was awarded to the youth club.",
        "A grant of £500 to be given to the food bank.",
        "Donation of £100 to be donated to the air ambulance.",
        "£75 to be allocated to the hanging baskets.",
    ],
)
def test_a_sum_given_by_the_meeting(line: str) -> None:
    assert len(_decisions(line + "\n")) == 1


@pytest.mark.parametrize(
    "line",
    [
        "The society was awarded £250 by the Lottery.",
        "The fun day had raised £180 to be donated to the hospice.",
    ],
)
def test_a_sum_given_by_another_or_reported(line: str) -> None:
    assert _decisions(line + "\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "Keep the old seed catalogue for now.",
        "Ifeoma: Use the north gate for now.",
        "- Colm, Grace: Require a key deposit for now!",
        "We should stay with the current water supplier for now.",
        "Selling produce at the gate should remain optional for the time being.",
        "The shop will continue to open on Sundays for now.",
        "Let's stick with paper ballots for now.",
    ],
)
def test_a_choice_made_for_now(line: str) -> None:
    assert len(_decisions(line + "\n")) == 1


@pytest.mark.parametrize(
    "line",
    [
        "The key holder is for now Grace.",
        "Photos are on the shared drive for now.",
        "Colm suggests we meet in the pavilion for now.",
        "Can we keep the old rota for now?",
    ],
)
def test_no_choice_made_for_now(line: str) -> None:
    assert _decisions(line + "\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "Rough consensus to buy a second strimmer.",
        "Strong consensus that the shop stays open on Sundays.",
        "Members were happy with the draft tenancy agreement.",
        "The committee is happy to proceed with the new fence.",
        "The trustees were happy for the warden to order the benches.",
        "Tenancy agreement accepted with minor edits.",
        "The rules were approved with a few tweaks.",
    ],
)
def test_assent_consensus_or_approval_with_edits(line: str) -> None:
    assert len(_decisions(line + "\n")) == 1


def test_a_person_pleased_with_news_is_no_decision() -> None:
    assert _decisions("The warden was pleased to note that the fence was mended.\n") == []
