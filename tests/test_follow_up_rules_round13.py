"""Follow-up rules, round 13, on made-up Riverside notes: a matter the body is still to
settle ("this should be voted on by the committee"), the next meeting named with what it is
held for ("The next meeting will be to elect the new Chair"), a meeting of its own once
something is done ("agreed to have a further meeting after the survey"), a label putting off
what follows it ("Parking lot: towpath signs"), a heading of requests for the next meeting
("## Request for the next TSC call")."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict

_HEAD = "Riverside canal volunteers, working group notes, 3 March 2025\n\n"


def _follow_ups(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.when) for f in parse_strict(_HEAD + text).follow_ups]


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("- this should be voted on by the committee", None),
        ("- The mooring fees will be put to a vote of the members.", None),
        ("- The opening date is to be decided by the steering group.", None),
        ("The next meeting will be to elect the new Chair in early November.", "the next meeting"),
        ("Members agreed to have a further meeting after the survey is done.", None),
        ("- We will hold another meeting once the quotes are in.", None),
        ("- Parking lot: towpath signs in Welsh", None),
        ("- Held over: the lock-keeper's cottage lease", None),
    ],
)
def test_a_follow_up(line: str, when: str | None) -> None:
    assert _follow_ups(line + "\n") == [(line.lstrip("- "), when)]


@pytest.mark.parametrize(
    "line",
    [
        "- The budget was voted on by the committee last month.",
        "- There was another meeting after the fair.",
        "- The next meeting will be held in the library.",
        "- The car park: resurfacing quotes came in at £4,000.",
    ],
)
def test_no_follow_up(line: str) -> None:
    assert _follow_ups(line + "\n") == []


def test_a_heading_of_requests_for_the_next_meeting_heads_its_points() -> None:
    text = "## Request for the next TSC call\n\n- A demo of the new lock sensors\n"
    assert _follow_ups(text) == [("A demo of the new lock sensors", "the next meeting")]
