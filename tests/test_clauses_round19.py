"""A commitment, then 'and' and a second clause in the passive: the task ends at 'and'
(issue 11, round 19). Seen storing a parish council's minutes: the Chairman's task read
'Monitor the smell and <a council officer> will be notified'."""

from __future__ import annotations

import pytest

from tests.conftest import owned_actions

HEAD = (
    "Minutes of the Hall Committee, 3 March 2026\n"
    "Present: Ann Lee, Bob Tate, Carl Moss\n\n4. Business\n"
)


def owned(sentence: str) -> list[tuple[str | None, str]]:
    return owned_actions(HEAD + sentence + "\n")


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        (
            "Bob will check the gate and Mary Ford at the County Council will be told.",
            ("Bob", "Check the gate"),
        ),
        (
            "Ann will write to the owner and the reply will be circulated.",
            ("Ann", "Write to the owner"),
        ),
        (
            "The Clerk would ask for quotes and the work would be done in the spring.",
            ("The Clerk", "Ask for quotes"),
        ),
        ("Carl will check the locks and doors will be painted.", ("Carl", "Check the locks")),
    ],
)
def test_the_task_ends_before_a_passive_clause(sentence: str, first: tuple[str, str]) -> None:
    assert owned(sentence)[0] == first


@pytest.mark.parametrize(
    ("sentence", "task"),
    [
        # a question of how it is done is part of the task
        (
            "Bob will ask Carl and Dee about how the fees would be collected.",
            "Ask Carl and Dee about how the fees would be collected.",
        ),
        # brought to a meeting: the task's due, kept with it
        (
            "Ann will get three quotes and this should be discussed at the next meeting.",
            "Get three quotes and this should be discussed at the next meeting.",
        ),
    ],
)
def test_a_clause_that_belongs_to_the_task_stays_in_it(sentence: str, task: str) -> None:
    assert owned(sentence)[0][1] == task
