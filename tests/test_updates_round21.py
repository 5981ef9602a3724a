"""Round 21: in a "Name: task" list, a task whose verb ends in -ing ("ring", "bring") is no
report of work in hand, so it does not make its neighbours a round of updates."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict

_HEAD = "Allotment committee notes, 4 May 2026\n\nPresent: Ann Lee, Bob Tate, Kim Ross\n\n"


def _owned(body: str) -> list[tuple[str | None, str]]:
    return [(a.owner, a.text) for a in parse_strict(_HEAD + body).actions]


def test_tasks_beside_a_verb_ending_in_ing_stay_tasks() -> None:
    body = (
        "Actions\n* Ann: ring the county about the verge\n* Bob: book the hall for the show\n"
        "* Kim: bring the urn to the shed\n"
    )
    assert _owned(body) == [
        ("Ann", "Ring the county about the verge"),
        ("Bob", "Book the hall for the show"),
        ("Kim", "Bring the urn to the shed"),
    ]


def test_a_round_of_updates_is_still_no_tasks() -> None:
    body = (
        "Updates\n* Ann: reviewing the map\n* Bob: time off, running the stall\n* Kim: not much\n"
    )
    assert _owned(body) == []
