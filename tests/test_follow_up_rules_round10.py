"""Follow-up rules, round 10: an item's outcome noted after it, put off to a place, a time or
later ("Register files - deferred to Toronto", "Bike racks to be parked for later"), on
made-up Riverside notes."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def _follow_ups(text: str) -> list[str]:
    return [f.text for f in parse_strict(text).follow_ups]


def test_an_outcome_note_putting_the_item_off_to_somewhere_or_later() -> None:
    text = (
        "## Riverside website group\n\n"
        "- The booking form was reviewed\n"
        "- Photo gallery layout - deferred to the Leeds workshop\n"
        "- **Bike racks** to be parked for later.\n"
        "- Newsletter: carried forward to June\n"
        "- Ruth showed the new logo\n"
    )
    assert _follow_ups(text) == [
        "Photo gallery layout - deferred to the Leeds workshop",
        "Bike racks to be parked for later.",
        "Newsletter: carried forward to June",
    ]


def test_a_past_postponement_or_a_parked_car_is_no_follow_up() -> None:
    text = (
        "## Riverside website group\n\n"
        "- The booking form was reviewed\n"
        "- The fete was postponed for a week in 2019 due to rain\n"
        "- The van was parked for an hour outside the hall\n"
    )
    assert _follow_ups(text) == []
