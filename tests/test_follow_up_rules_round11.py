"""Follow-up rules, round 11, on made-up Riverside notes: a heading naming the next
gathering alone ("Next Meeting", "## Next call") over a list of topics."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def _follow_ups(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.when) for f in parse_strict(text).follow_ups]


def test_the_topics_under_a_next_meeting_heading() -> None:
    text = (
        "## Riverside tenants group\n\n"
        "Notes of the evening.\n\n"
        "Next Meeting\n"
        "    ●   Discuss dues and a bank account.\n"
        "    ●   Agree the leaflet\n\n"
        "**Next call**\n"
        "* demo of the repairs tracker\n"
    )
    assert _follow_ups(text) == [
        ("Discuss dues and a bank account", "the next meeting"),
        ("Agree the leaflet", "the next meeting"),
        ("demo of the repairs tracker", "the next meeting"),
    ]


def test_the_next_meetings_date_and_place_are_no_topics() -> None:
    text = (
        "## Riverside tenants group\n\n"
        "## Next meeting\n"
        "- 2 June 2025, 7pm\n"
        "- Venue: the community hall\n\n"
        "Next Meeting\n"
        "The next meeting will be at the library.\n"
    )
    assert _follow_ups(text) == []
