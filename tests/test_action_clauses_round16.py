"""A resolution's second that-clause naming its own agent is a second action (round 16)."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict

HEAD = (
    "Minutes of the Hall Committee, 3 March 2026\n\nPresent: Ann Lee (Chair), Bob Tate\n\n1. Hall\n"
)


def owned(sentence: str) -> list[tuple[str | None, str]]:
    return [(a.owner, a.text) for a in parse_strict(HEAD + sentence + "\n").actions]


def test_each_that_clause_is_its_agents_task() -> None:
    assert owned(
        "It was agreed that the Clerk would write to the county and that Bob Tate would ask"
        " the school."
    ) == [("the Clerk", "Write to the county"), ("Bob Tate", "Ask the school.")]


def test_a_resolution_and_an_owner_less_first_clause() -> None:
    assert owned(
        "It was agreed that the hedge would be cut and that the Treasurer should pay the invoice."
    ) == [(None, "Cut the hedge"), ("the Treasurer", "Pay the invoice.")]


def test_a_noted_state_is_no_task() -> None:
    assert (
        owned("It was noted that the hall was busy and that the Clerk would be away in May.") == []
    )
