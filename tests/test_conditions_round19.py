"""Someone to be approached or asked only if need be is a conditional step, no task, wherever
the condition stands (issue 11, round 19): 'If necessary the Trust will be approached' was
stored as the task 'Approach If necessary the Trust ...'."""

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
    "sentence",
    [
        "If necessary the Housing Trust will be approached about the hedge.",
        "If required the landlord will be asked about the broken fence.",
        "If possible the caretaker will be asked about the spare keys.",
        "The Housing Trust will be approached about the hedge if necessary.",
    ],
)
def test_a_step_only_if_need_be_is_no_task(sentence: str) -> None:
    assert owned(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "task"),
    [
        (
            "The Housing Trust will be approached about the hedge.",
            "Approach the Housing Trust about the hedge.",
        ),
        (
            "Residents will be reminded to put their bins away.",
            "Remind Residents to put their bins away.",
        ),
    ],
)
def test_a_step_with_no_condition_stays_a_task(sentence: str, task: str) -> None:
    assert owned(sentence) == [(None, task)]
