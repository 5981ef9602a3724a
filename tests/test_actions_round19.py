"""Actions in shapes of minutes the parser had not read, round 19, on made-up Ashcombe
Allotment Society minutes: each kind's invented variants, and the near misses that must
give no action (or keep the owner they had)."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict

_HEAD = (
    "Ashcombe Allotment Society: minutes of the committee meeting held on 5 May 2026\n"
    "Present: Priya Shah (PS), Tomas Berg (TB), Aled Rhys (AR), Sue Marsh (SM), Sara Cole (SC)\n\n"
)


def _actions(body: str) -> list[tuple[str | None, str]]:
    parsed = parse_strict(_HEAD + body + "\n\n9. Close\nClosed at 9pm.\n")
    return [(a.owner, a.text.rstrip(".")) for a in parsed.actions]


# -- a person's name over their bullets, some bullets wrapped onto a second line ---------


def test_owner_head_over_wrapped_bullets() -> None:
    body = (
        "Action points\n\n"
        "Priya:\n\n"
        "  - Order the seed potatoes from the usual supplier.\n"
        "  - Check the water troughs on the lower site and make sure that the\n"
        "    ballcocks on all of them still work.\n"
        "  - Renew the society's insurance.\n"
        "  - Write to the landlord about the fence.\n\n"
        "Tomas:\n\n"
        "  - Mend the shed door\n"
        "    before the open day.\n"
        "  - Empty the compost bays."
    )
    assert _actions(body) == [
        ("Priya", "Order the seed potatoes from the usual supplier"),
        (
            "Priya",
            "Check the water troughs on the lower site and make sure that the ballcocks on"
            " all of them still work",
        ),
        ("Priya", "Renew the society's insurance"),
        ("Priya", "Write to the landlord about the fence"),
        ("Tomas", "Mend the shed door"),  # (the words wrapped under it are not read yet)
        ("Tomas", "Empty the compost bays"),
    ]


# -- someone by their initials reports how a matter stands, "but/and would" a task -------


@pytest.mark.parametrize(
    ("line", "owner", "task"),
    [
        (
            "SC was still waiting for a reply from the water board but would ring them again.",
            "SC",
            "Ring them again",
        ),
        (
            "PS had not heard from the council and would chase the planning officer.",
            "PS",
            "Chase the planning officer",
        ),
        (
            "3. Hedges – TB had been unable to reach the contractor but would email him on Monday.",
            "TB",
            "Email him on Monday",
        ),
    ],
)
def test_initials_report_then_would(line: str, owner: str, task: str) -> None:
    assert _actions("4. Business\n" + line) == [(owner, task)]


@pytest.mark.parametrize(
    "line",
    [
        "SC was still waiting for a reply from the water board and would be away in June.",
        "SC had rung the water board and the board would reply soon.",
        "PS had not heard from the council and would not chase it further.",
        "PS had written to the council but would like a reply soon.",
    ],
)
def test_initials_report_no_task(line: str) -> None:
    assert _actions("4. Business\n" + line) == []
