"""Commitments inside prose with no marker on their line (issue 11, round 20): a reporter's
second verb after a report of what they have done ("The Clerk said she had written to the
county and would chase them"), and the near misses it must pass over."""

from __future__ import annotations

import pytest

from tests.conftest import owned_actions

HEAD = (
    "Minutes of Fernley Parish Council, 3 March 2026\n"
    "Present: Cllr Rhoda Vance (Chair), Cllr Ewan Pryor, Cllr Lily Marsh, Mr Idris Cole, "
    "Mrs Nina Hext (Clerk)\n\n4. Village matters\n"
)


def owned(paragraph: str) -> list[tuple[str | None, str]]:
    return owned_actions(HEAD + paragraph + "\n")


@pytest.mark.parametrize(
    ("paragraph", "owner", "task"),
    [
        (
            "The Clerk reported that she had written to Highways and would chase them for a reply.",
            "The Clerk",
            "Chase them for a reply.",
        ),
        (
            "Cllr Pryor said he had spoken to the farmer and would ask him again about the mud.",
            "Cllr Pryor",
            "Ask him again about the mud.",
        ),
        (
            "Mr Cole said he had not yet heard from the insurers but would ring them on Monday.",
            "Mr Cole",
            "Ring them on Monday.",
        ),
        (
            "CLLR MARSH explained that she was still waiting for the plans and would circulate"
            " them once received.",
            "CLLR MARSH",
            "Circulate them once received.",
        ),
        (
            "Cllr Vance confirmed she had met the diocese, and would draft the lease terms.",
            "Cllr Vance",
            "Draft the lease terms.",
        ),
    ],
)
def test_a_reporters_second_verb_after_what_they_did_is_theirs(
    paragraph: str, owner: str, task: str
) -> None:
    assert owned(paragraph) == [(owner, task)]


@pytest.mark.parametrize(
    "paragraph",
    [
        # past reports, with no promise after them
        "The Clerk reported that she had written to Highways and had chased them twice.",
        "Cllr Pryor said he had spoken to the farmer, who had been very helpful.",
    ],
)
def test_near_misses_are_no_tasks(paragraph: str) -> None:
    assert owned(paragraph) == []
