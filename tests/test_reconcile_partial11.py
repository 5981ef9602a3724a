"""A report of part of the work (`core.reconcile`): "X has been done but not Y" is progress
on the action, never a 'done'. Sentences of our own, of the Riverside council's minutes."""

from __future__ import annotations

import pytest

from tests.conftest import reconcile_kinds as _kinds


@pytest.mark.parametrize(
    ("report", "action"),
    [
        (
            "Some repair work to the bus shelter has been carried out but not the roof.",
            "Arrange repairs to the bus shelter and its roof | Clerk",
        ),
        (
            "The hedge on Mill Lane had been cut back but the verge had not.",
            "Ask the contractor to cut back the hedge and the verge on Mill Lane | Clerk",
        ),
        (
            "The noticeboard had been repainted, but not yet re-hung.",
            "Repaint and re-hang the noticeboard | Clerk",
        ),
    ],
)
def test_part_done_is_progress_not_done(report: str, action: str) -> None:
    assert _kinds(report, action) == [(1, "update")]


def test_done_with_a_but_that_denies_nothing_stays_done() -> None:
    report = "The bus shelter roof had been repaired, but the cost was higher than quoted."
    assert _kinds(report, "Arrange repairs to the bus shelter roof | Clerk") == [(1, "done")]
