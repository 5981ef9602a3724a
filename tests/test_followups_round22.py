"""Follow-ups on unseen minutes (issue 11, round 22): each kind with invented variants (a
fictional parish council and a fictional project's call, meeting on Thursday 2 July 2026) and
near misses it must not fire on."""

from __future__ import annotations

import pytest

from tests.test_fudec_round20 import follow_ups

# --- one matter said to be an agenda item for the next meeting, on a numbered line -----------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "7. Speeding on Mill Lane to be an agenda item for the next meeting.",
            "Speeding on Mill Lane to be an agenda item for the next meeting.",
        ),
        (
            "b) Hopefully signed off by the summer – an agenda item for the next meeting, and"
            " shared with residents.",
            "Hopefully signed off by the summer – an agenda item for the next meeting, and shared"
            " with residents.",
        ),
        (
            "3. It was agreed that the main agenda item for the next meeting would be the draft"
            " budget.",
            "It was agreed that the main agenda item for the next meeting would be the draft"
            " budget.",
        ),
        (
            "4) Members agreed the playground audit should be the first item for the next"
            " meeting.",
            "4) Members agreed the playground audit should be the first item for the next"
            " meeting.",
        ),
        (
            "iii. The verge survey: one matter for the next agenda, once the county replies.",
            "The verge survey: one matter for the next agenda, once the county replies.",
        ),
    ],
)
def test_one_matter_made_an_item_for_the_next_meeting(body: str, expected: str) -> None:
    assert follow_ups(body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the heading of the items for the next agenda: its entries come back, not it
        (
            "5. Items for the next agenda\n- Bus shelter\n- Tree survey",
            ["Bus shelter", "Tree survey"],
        ),
        ("9. Matters to be included on the next agenda\n- Verge cutting", ["Verge cutting"]),
        ("6. Any items for the next meeting: none", []),
        # an item of a meeting past
        ("2. The allotment rent was an agenda item at the last meeting and was agreed then.", []),
        ("- Parking was an agenda item at the previous meeting.", []),
    ],
)
def test_not_one_matter_for_the_next_meeting(body: str, expected: list[str]) -> None:
    assert follow_ups(body) == expected
