"""Round 24: the follow-ups kept after the previous meeting's log under review is left out
are picked by identity from a set, not by comparing each with every one kept (which grew
with the square of the follow-ups)."""

from __future__ import annotations

import pytest

from clerk_tui.core.model import FollowUp
from clerk_tui.core.parse import parse_strict


def test_follow_ups_kept_without_comparing_each_with_all(monkeypatch: pytest.MonkeyPatch) -> None:
    """Notes with 120 matters put off to the next meeting give 120 follow-ups, and picking
    them compares follow-ups a few times each at most (not 120 x 120 / 2)."""
    text = "".join(
        f"{k}. Bench number {k}\nIt was agreed to defer the bench {k} to the next meeting.\n\n"
        for k in range(1, 121)
    )
    compared = [0]
    equal = FollowUp.__eq__

    def counted(self: FollowUp, other: object) -> bool:
        compared[0] += 1
        return equal(self, other)

    monkeypatch.setattr(FollowUp, "__eq__", counted)
    assert len(parse_strict(text).follow_ups) == 120
    assert compared[0] < 1000
