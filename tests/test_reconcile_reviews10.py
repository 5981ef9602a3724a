"""Reviews of the last actions, round 10 (`core.reconcile.lists`): a note after a colon
("- Ana: check the gutters: cleared on 3 May") and a status after the sentence with a remark
("... the gutters. Done: see the photos"). Entries of our own, of the Riverside council."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_tui.core.reconcile import OpenAction, reconcile

ACTIONS = [
    OpenAction(1, "Review the draft tree policy", "Ana", date(2024, 10, 8)),
    OpenAction(
        2, "Open a ticket about the broken streetlight on Quay Street", "Ben", date(2024, 10, 8)
    ),
    OpenAction(3, "Book the pavilion for the winter quiz", "Cai", date(2024, 10, 8)),
]


def _kinds(minutes: str) -> list[tuple[int, str]]:
    return [(p.action_id, p.kind) for p in reconcile(minutes, ACTIONS, date(2024, 11, 12))]


@pytest.mark.parametrize(
    ("entry", "kinds"),
    [
        ("- Ana: review the draft tree policy: reviewed and approved", [(1, "done")]),
        ("- Ana: review the draft tree policy: not started", [(1, "update")]),
        ("- Cai: book the pavilion for the winter quiz: booked for 6 December", [(3, "done")]),
    ],
)
def test_a_note_after_a_colon_reports_on_the_action_restated(
    entry: str, kinds: list[tuple[int, str]]
) -> None:
    assert _kinds(f"## Actions from the last meeting\n{entry}\n") == kinds


@pytest.mark.parametrize(
    ("entry", "kinds"),
    [
        (
            "* Ben to open a ticket about the broken streetlight on Quay Street. Done: #88",
            [(2, "done")],
        ),
        (
            "* Ben to open a ticket about the broken streetlight on Quay Street. Open: no reply",
            [(2, "update")],
        ),
    ],
)
def test_a_status_after_the_sentence_may_carry_a_remark(
    entry: str, kinds: list[tuple[int, str]]
) -> None:
    assert _kinds(f"## Previous action items\n{entry}\n") == kinds
