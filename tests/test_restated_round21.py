"""Actions restated, referred to and labelled (issue 11, round 21): an action agreed in the
minutes and restated in a closing summary is one action, linked to where it was agreed; a
pointer to an earlier action is no new one; an owner written before an action's label owns
it. Invented minutes of invented bodies, beside near misses."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict

HEAD = (
    "Tolley Green Community Centre\n"
    "Minutes of the management committee, 14 May 2025\n\n"
    "Present: Hana Ojo (HO), Felix Brandt (FB), Mira Lund (ML)\n\n"
    "3. Matters arising\n"
)


def found(body: str) -> list[tuple[str | None, str, str]]:
    """(owner, task, the text of its span) of each action in the minutes HEAD + body."""
    text = HEAD + body
    return [(a.owner, a.text, text[a.start : a.end]) for a in parse_strict(text).actions]


# 2. A pointer to an earlier action is no new action.


@pytest.mark.parametrize(
    "line",
    [
        'See Action-TG-2025-15 "Survey the members on meeting times and report back in June."',
        "See ACTION 3.4 above: HO to chase the council about the lease.",
        "The boiler was discussed (see action A7 - FB to book the service engineer).",
        "Refer to Action 12 in the action log: ML to renew the insurance.",
        "As per action #14 (Repaint the front door - FB), no progress yet.",
        "For the kitchen, see action item 9: Get a quote for the new cooker.",
    ],
)
def test_a_pointer_to_an_action_is_no_new_action(line: str) -> None:
    assert found(line + "\n") == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "HO to see action 12 through before the summer.",
            [("HO", "See action 12 through before the summer.")],
        ),
        (
            "FB to write to the council about the lease (see minute 5 above).",
            [("FB", "Write to the council about the lease (see minute 5 above).")],
        ),
        (
            "The lease was discussed, see minute 5 above. ML to book the hall for the AGM.",
            [("ML", "Book the hall for the AGM.")],
        ),
        (
            "ACTION 4: HO to see the vicar about the car park.",
            [("HO", "See the vicar about the car park")],
        ),
    ],
)
def test_a_task_that_only_mentions_seeing_stays(line: str, expected: list[tuple[str, str]]) -> None:
    assert [(o, t) for o, t, _ in found(line + "\n")] == expected
