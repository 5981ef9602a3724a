"""Offices joined with "and" after a name: a list of people when a verb follows, one
person's two offices when a comma closes them."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict


def roles(sentence: str) -> list[tuple[str | None, str | None]]:
    text = f"Minutes of the Hall Committee, 3 March 2026\n\n4. Business\n{sentence}\n"
    return [(p.name, p.role) for p in parse_strict(text).people]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Cllr Hand, the Chairman and Clerk carried out a survey of the lanes.",
            [("Hand", "Cllr"), (None, "Chairman"), (None, "Clerk")],
        ),
        (
            "Ann Lee, the Treasurer and Clerk counted the takings.",
            [("Ann Lee", None), (None, "Treasurer"), (None, "Clerk")],
        ),
        (
            "Cllr Hand, the Treasurer and the Clerk met the contractor on site.",
            [("Hand", "Cllr"), (None, "Treasurer"), (None, "Clerk")],
        ),
    ],
)
def test_offices_joined_then_a_verb_are_other_people(
    sentence: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert roles(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ann Lee, Chair and Treasurer, said the accounts were ready.", "Chair and Treasurer"),
        ("Cllr Hand, the Chairman, carried out a survey of the lanes.", "Chairman"),
        (
            "Tom Bell, Head of Planning and Transport, presented the plan.",
            "Head of Planning and Transport",
        ),
        (
            "Tom Bell, Head of Planning and Transport presented the plan.",
            "Head of Planning and Transport",
        ),
    ],
)
def test_one_persons_offices_stay_theirs(sentence: str, expected: str) -> None:
    assert roles(sentence)[0][1] == expected
