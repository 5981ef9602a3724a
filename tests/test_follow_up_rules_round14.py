"""Follow-up rules, round 14, on made-up Riverside notes: a general meeting of its own (an
AGM, an EGM) fixed for a date to come ("An EGM will be held on 14 April", "agreed to set the
date of the AGM", "A provisional date for the AGM of 6 July was agreed")."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict

_HEAD = "Riverside bowls club, committee notes, 3 March 2025\n\n"


def _follow_ups(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.when) for f in parse_strict(_HEAD + text).follow_ups]


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("- An EGM will be held on 14 April 2025 at 7pm in the pavilion.", "on 14 April 2025"),
        ("- A rescheduled AGM will be held on 2 May 2025.", "on 2 May 2025"),
        ("- We agreed to set the date of the AGM before the season opens.", "the AGM"),
        ("- A provisional date for the AGM of Sunday 6 July 2025 was agreed.", "the AGM"),
        (
            "- The date for an extraordinary general meeting has been fixed.",
            "an extraordinary general meeting",
        ),
    ],
)
def test_a_general_meeting_fixed_for_a_date_is_a_follow_up(line: str, when: str | None) -> None:
    assert _follow_ups(line + "\n") == [(line.lstrip("- "), when)]


@pytest.mark.parametrize(
    "line",
    [
        "- The AGM was held on 3 February 2025 in the pavilion.",
        "- We agreed the date of the next meeting.",
        "- The date of the open day was agreed.",
        "- The next meeting will be held on 7 April 2025.",
    ],
)
def test_no_follow_up(line: str) -> None:
    assert _follow_ups(line + "\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "- Thanks all, see you at the next meeting.",
        "- OK, let's wait for Raj to join the call before the accounts.",
        "- Update: Following the meeting it has been suggested that we meet monthly.",
        "- After this meeting the Chair will circulate the rota.",
    ],
)
def test_this_meetings_own_course_is_no_follow_up(line: str) -> None:
    assert _follow_ups(line + "\n") == []


def test_a_meeting_after_this_one_named_by_its_date_is_still_one() -> None:
    line = "- The fees will be discussed at the meeting on 7 April 2025."
    assert _follow_ups(line + "\n") == [(line.lstrip("- "), "the meeting on 7 April 2025")]


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("- All: discuss the new kit at Mar 16 meeting", "Mar 16 meeting"),
        ("- This is a critical item for the 2nd April mtg.", "the 2nd April mtg"),
        (
            "- The fees to be discussed at the 7 April committee meeting.",
            "the 7 April committee meeting",
        ),
    ],
)
def test_a_meeting_named_by_its_day_is_a_follow_up(line: str, when: str) -> None:
    assert _follow_ups(line + "\n") == [(line.lstrip("- "), when)]


@pytest.mark.parametrize(
    "line",
    [
        "- To be announced at Mar 4 club meeting.",
        "- As discussed at the Feb 4 meeting, the green is closed.",
        "- Sam to draft the criteria by 20th March mtg.",
    ],
)
def test_a_meeting_named_by_its_day_with_no_business_for_it_is_none(line: str) -> None:
    assert _follow_ups(line + "\n") == []
