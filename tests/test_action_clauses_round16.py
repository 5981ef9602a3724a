"""Clauses of a task sentence (round 16): a second that-clause, a question to be asked."""

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


def test_a_task_whose_own_question_took_the_mark() -> None:
    """Notes put the mark of the question to be asked at the end of the task."""
    assert owned("Jo Marsh to find out how much the insurer would charge?") == [
        ("Jo Marsh", "Find out how much the insurer would charge?")
    ]
    assert owned("Bob Tate will ask the county whether the road can be shut for the fete?") == [
        ("Bob Tate", "Ask the county whether the road can be shut for the fete?")
    ]


def test_a_question_is_no_task() -> None:
    assert owned("Should we ask the school if they can help?") == []
    assert owned("The Clerk would write to the county?") == []
