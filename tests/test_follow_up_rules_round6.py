"""Follow-up rules, round 6: a group that meets often taking a matter up at its next
gathering ("We'll discuss this next week", "To be continued next week", "Next week: discuss
...", "TBD next call"), waiting for a call, a decision wished for next week, what is asked of
a body in the subjunctive ("We recommend that Meeting approve"), a time opening the sentence
("In July, we will address ..."), and what names a meeting or comes back and brings nothing
to one (someone coming back on Friday, the next meeting's date, a deadline before the next
meeting); each on made-up Riverside passages."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def _follow_ups(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.when) for f in parse_strict(text).follow_ups]


_CALL = "# Riverside Widgets community call, 4 March 2024\n\n## Notes\n"


def test_taken_up_at_the_next_gathering() -> None:
    text = _CALL + (
        "- We'll discuss this next week.\n"
        "- To be continued next week.\n"
        "- Next week: discuss the release checklist.\n"
        "- TBD next call.\n"
        "- Tomasz to present the benchmark results next week.\n"
        "- Will wait for more people on the next call before deciding.\n"
        "- I want to have a resolution on the docs move next week.\n"
        "- Raise it at the community call on Thursday.\n"
        # Not follow-ups: a talk with someone outside, work resumed, a deadline.
        "- Helen will discuss it with the printer next week.\n"
        "- Work on the portal could be picked up again in April.\n"
        "- Decide on the paper comms - the letter goes out before our next meeting.\n"
        "- Agree on next meeting date and venue.\n"
    )
    assert _follow_ups(text) == [
        ("We'll discuss this next week.", "next week"),
        ("To be continued next week.", "next week"),
        ("Next week: discuss the release checklist.", "the next meeting"),
        ("TBD next call.", "next call"),
        ("Tomasz to present the benchmark results next week.", "next week"),
        ("Will wait for more people on the next call before deciding.", "the next call"),
        ("I want to have a resolution on the docs move next week.", "next week"),
        ("Raise it at the community call on Thursday.", "the community call"),
    ]


def test_asked_of_a_body_or_taken_up_at_a_time_named_first() -> None:
    text = (
        "Riverside Friends Meeting: Property Committee, 4 March 2024\n\n"
        "1. Roof\n"
        "We recommend that Meeting approve this expense.\n"
        "The Committee asked that Council consider a grant towards the roof.\n"
        "2. Acoustics\n"
        "In July, we will address the acoustics with Jenny providing information.\n"
        # Not follow-ups: a request for information, an officer's own review.
        "Members asked that the Committee be given a breakdown of the costs.\n"
        "In May, officers will review the lease.\n"
    )
    assert _follow_ups(text) == [
        ("We recommend that Meeting approve this expense.", None),
        ("The Committee asked that Council consider a grant towards the roof.", None),
        ("In July, we will address the acoustics with Jenny providing information.", "In July"),
    ]


def test_coming_back_that_brings_nothing_to_a_meeting() -> None:
    text = (
        "Riverside Community House, notes of 4 March 2024\n\n"
        "1. House\n"
        "Bodhi and Lise come back on Friday.\n"
        "One heater would not come back on after the floor was sanded.\n"
        "Susan wants to bring access back to the land and believes that it matters.\n"
        "More to come on timing and cost.\n"
        # Still follow-ups: back to the body, with a cue.
        "The draft will come back to the group in April.\n"
    )
    assert _follow_ups(text) == [
        ("More to come on timing and cost.", None),
        ("The draft will come back to the group in April.", "in April"),
    ]


def test_something_ready_by_the_time_of_a_meeting() -> None:
    text = (
        "Riverside Friends Meeting: Property Committee, 4 March 2024\n\n"
        "1. Heater\n"
        "We will have a bid for repairs by the time of business meeting.\n"
        # Not a follow-up: the time of a meeting past.
        "The heater broke by the time of the last meeting.\n"
    )
    assert _follow_ups(text) == [
        ("We will have a bid for repairs by the time of business meeting.", "business meeting"),
    ]


def test_a_matter_put_forward_to_be_taken_up() -> None:
    text = (
        "Riverside Residents Board, 4 March 2024\n\n"
        "1. Dues\n"
        "Brynn suggested discussing a dues increase for 2026.\n"
        "Sam proposed that we revisit the parking rules.\n"
        # Not follow-ups: a suggestion of something to do, a proposal decided now.
        "Brynn suggested buying a new mower.\n"
        "Sam proposed that the fees stay the same.\n"
    )
    assert [t for t, _ in _follow_ups(text)] == [
        "Brynn suggested discussing a dues increase for 2026.",
        "Sam proposed that we revisit the parking rules.",
    ]
