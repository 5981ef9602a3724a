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


# 3. An owner written before an action's label owns it.


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "- HO - Action-TG-2025-31 Book the hall for the AGM",
            ("HO", "Book the hall for the AGM", "HO - Action-TG-2025-31 Book the hall for the AGM"),
        ),
        (
            "FB – ACTION 12: chase the lottery grant",
            ("FB", "Chase the lottery grant", "FB – ACTION 12: chase the lottery grant"),
        ),
        (
            "Owner: ML. Action 7 – order the stacking chairs",
            ("ML", "Order the stacking chairs", "Owner: ML. Action 7 – order the stacking chairs"),
        ),
        (
            "Mira Lund - ACTION 3.2 - Write to the county about the verge",
            (
                "Mira Lund",
                "Write to the county about the verge",
                "Mira Lund - ACTION 3.2 - Write to the county about the verge",
            ),
        ),
        (
            "[HO] ACTION 14: send the accounts to the examiner",
            (
                "HO",
                "Send the accounts to the examiner",
                "[HO] ACTION 14: send the accounts to the examiner",
            ),
        ),
        (
            "Clerk: Action 9 - renew the insurance",
            ("Clerk", "Renew the insurance", "Clerk: Action 9 - renew the insurance"),
        ),
    ],
)
def test_an_owner_before_the_label_owns_the_task(line: str, expected: tuple[str, str, str]) -> None:
    assert found(line + "\n") == [expected]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A heading or a minute's number before the label is no owner.
        ("Finance – ACTION 12: chase the lottery grant", "ACTION 12: chase the lottery grant"),
        ("AOB - Action 14: book the hall for the quiz", "Action 14: book the hall for the quiz"),
        ("21/102 – ACTION 16: check the gutters", "ACTION 16: check the gutters"),
        ("The hedge was discussed. ACTION 17: cut the hedge", "ACTION 17: cut the hedge"),
    ],
)
def test_a_heading_before_the_label_is_no_owner(line: str, expected: str) -> None:
    assert [(o, span) for o, _, span in found(line + "\n")] == [(None, expected)]


def test_a_log_row_with_an_action_label_is_one_action() -> None:
    body = (
        "| Owner | Ref | Action |\n|---|---|---|\n"
        "| HO | Action-TG-2025-31 | Book the hall for the AGM |\n"
        "| FB | ACTION 12 | Chase the lottery grant |\n"
    )
    assert [(o, t) for o, t, _ in found(body)] == [
        ("HO", "Book the hall for the AGM"),
        ("FB", "Chase the lottery grant"),
    ]
