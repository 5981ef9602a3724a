"""Follow-up rules, round 18, on made-up Ashcombe Parish Council minutes: the minutes' own
title marked as a draft until a later meeting approves it, and a meeting dated the day of
these minutes (this meeting), are no follow-ups."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict

_HEAD = (
    "Ashcombe Parish Council: minutes of the meeting held on 3 March 2026\n\n"
    "1. Village green\nThe council discussed the mowing.\n\n"
)


def _follow_ups(text: str) -> list[str]:
    return [
        f.text for f in parse_strict(_HEAD + text + "\n\n9. Close\nClosed at 9pm.\n").follow_ups
    ]


@pytest.mark.parametrize(
    "title",
    [
        "ASHCOMBE PARISH COUNCIL Draft (until approved at the next meeting) Minutes of the"
        " Ordinary Meeting held on Tuesday 3 March 2026",
        "Ashcombe Parish Council (to be confirmed at the next meeting) Minutes of the meeting"
        " held on 3 March 2026",
        "DRAFT (pending approval at the April meeting) Minutes of Ashcombe Parish Council,"
        " 3 March 2026",
    ],
)
def test_the_minutes_title_awaiting_approval(title: str) -> None:
    text = f"{title}\n\n1. Apologies\nNone.\n"
    assert [f.text for f in parse_strict(text).follow_ups] == []


def test_a_paper_awaiting_approval_is_still_one() -> None:
    line = "The draft policy (to be approved at the next meeting) was circulated."
    assert _follow_ups(f"4. Policy\n{line}") == [line]


@pytest.mark.parametrize(
    ("line", "later"),
    [
        ("Footpaths Group report to the Parish Council meeting on 3 March 2026", False),
        ("Footpaths Group report to the Parish Council meeting on 7 April 2026", True),
        ("The footpaths report will be presented at the council meeting on 7 April 2026.", True),
    ],
)
def test_a_meeting_dated_the_day_of_these_minutes_is_this_one(line: str, later: bool) -> None:
    assert _follow_ups(f"4. Reports\n{line}") == ([line] if later else [])
