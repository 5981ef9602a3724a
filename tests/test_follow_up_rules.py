"""The follow-up rules (core/parse/follow_ups/), each on short made-up passages of the kind
of sentence it reads, and on near misses it must leave alone."""

from __future__ import annotations

from datetime import date

from clerk_tui.core.parse import parse_strict


def _follow_ups(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.when) for f in parse_strict(text).follow_ups]


def test_a_later_meeting_named_without_a_preposition_or_article() -> None:
    text = (
        "1. Kitchen\n\nPlan to assign an owner next meeting.\n\n"
        "Seek comment for next plenum.\n\nHR to invite the contractor to May meeting for "
        "discussion.\n\nClerk to place on July agenda.\n\nTo be confirmed at the August "
        "meeting.\n\n"
        # Not follow-ups: the meeting itself, or a deadline for members.
        "Next meeting: 3 March.\n\nThe date of next meeting was set.\n\n"
        "Please send comments by the next meeting.\n"
    )
    assert _follow_ups(text) == [
        ("Plan to assign an owner next meeting.", "next meeting"),
        ("Seek comment for next plenum.", "next plenum"),
        ("HR to invite the contractor to May meeting for discussion.", "May meeting"),
        ("Clerk to place on July agenda.", "July agenda"),
        ("To be confirmed at the August meeting.", "the August meeting"),
    ]


def test_ready_by_the_next_meeting_is_a_follow_up() -> None:
    text = (
        "It was hoped to have a draft version of the plan available by the next meeting. "
        "Report findings prior to next plenum.\n"
    )
    assert _follow_ups(text) == [
        (
            "It was hoped to have a draft version of the plan available by the next meeting.",
            "the next meeting",
        ),
        ("Report findings prior to next plenum.", "next plenum"),
    ]


def test_business_kept_open() -> None:
    text = (
        "1. Garden\n\n- KIV until Feb.\n- Ongoing, to make a decision next year.\n"
        "- Sam will bring this up with the regional coordination meeting.\n"
        "- Making it an agenda item for Thursday's drop-in session.\n"
    )
    assert [t for t, _ in _follow_ups(text)] == [
        "KIV until Feb.",
        "Ongoing, to make a decision next year.",
        "Sam will bring this up with the regional coordination meeting.",
        "Making it an agenda item for Thursday's drop-in session.",
    ]


def test_items_listed_under_a_heading_for_the_next_agenda() -> None:
    text = (
        "7. Any other reports/items for the next agenda - for information only\n\n"
        "- Bus shelter\n- Dog bins\n\nReports from Councillors/items for the next agenda\n"
    )
    r = parse_strict(text, meeting_date=date(2026, 3, 3))
    assert [(f.text, f.when) for f in r.follow_ups] == [
        ("Bus shelter", "the next meeting"),
        ("Dog bins", "the next meeting"),
    ]


def test_what_only_looks_like_a_follow_up() -> None:
    text = (
        "1. Minutes\n\n**Draft minutes subject to approval at the next meeting**\n\n"
        "Residents said minutes come out too late, only following approval at the next "
        "meeting.\n\n"
        "2. Questions\n\n“I will ask at the next meeting for an update on the bus shelter”.\n\n"
        "***“I will move at the next Meeting that the Council install a bench”.***\n\n"
        "## Actions for next meeting\n\n"
        "There was a discussion over the possibility of moving the fete to a later date.\n\n"
        "Reminder to feed back thoughts on the leaflet.\n\n"
        "Some of the grant may go back to the parish from where it was raised.\n"
    )
    assert _follow_ups(text) == []
