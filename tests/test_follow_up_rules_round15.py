"""Follow-up rules, round 15, on made-up Riverside notes: a label putting off what follows it
("Deferred: buying the new mower"), and the body to be told at a later time ("the warden will
inform the Committee of the quotes in the new year")."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict

_HEAD = "Riverside bowls club, committee notes, 3 March 2025\n\n"


def _follow_ups(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.when) for f in parse_strict(_HEAD + text).follow_ups]


@pytest.mark.parametrize(
    "line",
    [
        "* Deferred: buying the new mower for the green.",
        "- Postponed: repainting the pavilion doors.",
        "- Held over: the bar rota.",
    ],
)
def test_a_put_off_label_is_a_follow_up(line: str) -> None:
    assert _follow_ups(line + "\n") == [(line[2:], None)]


@pytest.mark.parametrize(
    ("line", "when"),
    [
        (
            "The warden is asking for quotes and will inform the Committee of the figures in the"
            " new year.",
            "in the new year",
        ),
        ("Pat would advise the Trustees on the lease in the spring.", "in the spring"),
        ("The treasurer will update the Board on the accounts in April.", "in April"),
    ],
)
def test_the_body_told_later_is_a_follow_up(line: str, when: str) -> None:
    assert _follow_ups(line + "\n") == [(line, when)]


@pytest.mark.parametrize(
    "line",
    [
        "- The deferred payment scheme was explained.",
        "Pat informed the Committee that the mower had been repaired.",
        "The secretary will inform members of the new opening hours.",
        "Jo will inform the Committee if the roof leaks again.",
    ],
)
def test_no_follow_up(line: str) -> None:
    assert _follow_ups(line + "\n") == []
