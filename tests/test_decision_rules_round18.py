"""Decision rules, round 18, on made-up Ashcombe Parish Council minutes: a vote given with
its count ("voted 5 to 2 to ...") or against what was put, and not a counted few of the
members voting."""

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
