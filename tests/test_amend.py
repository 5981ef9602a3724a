"""Pairing the actions of a stored meeting with a corrected parse of its minutes."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_tui.core.amend import (
    PAIR_THRESHOLD,
    StoredAction,
    action_similarity,
    diff_actions,
    pair_best,
    text_similarity,
)
from clerk_tui.core.model import Action


def new_action(text: str, owner: str | None = None, due: date | None = None, **kw) -> Action:
    return Action(
        text=text,
        owner=owner,
        due=due,
        due_text=kw.get("due_text"),
        item=kw.get("item"),
        start=0,
        end=len(text),
        owners=kw.get("owners", [owner] if owner else []),
    )


# Calibration: (draft wording, corrected wording) of one action ...
SAME_ACTION = [
    (
        "Dr Priya Natarajan agreed to circulate the summary to all members by 28 June",
        "Dr Priya Natarajan agreed to circulate the summary of the needs assessment to all "
        "members by 30 June",
    ),
    (
        "circulate the summary to members",
        "circulate the summary to all Board members and the ICB by 28 June",
    ),
    (
        "Officers to report back on the carers strategy",
        "Officers to report back to the next meeting on progress with the carers strategy",
    ),
    (
        "Circulate the draft minutes to Members by email",
        "Circulate the draft minutes to Members by email as soon as they are available",
    ),
    (
        "Place a notice on the board about hospital referal waiting times",
        "Place a notice on the board about hospital referral waiting times (currently 12-18 "
        "months)",
    ),
    (
        "Provide a written response on the number of delayed discharges",
        "Provide a written response to Cllr Ahmed on the number of delayed transfers of care",
    ),
    (
        "Arrange a site visit to the Riverside depot before the summer recess",
        "Arrange a site visit for members to the Riverside depot before the summer recess",
    ),
]
# ... and different actions that stand side by side in one set of minutes.
DIFFERENT_ACTIONS = [
    (
        "Circulate the draft minutes to Members by email",
        "Circulate to members slides showing how the reopening would progress",
    ),
    (
        "Dr Priya Natarajan agreed to circulate the summary to all members by 28 June",
        "Tom Whitley to circulate the carers strategy to all members",
    ),
    (
        "Update the introductory sentence of the Action Plan",
        "Add a column of responsibility to the Key Projects section of the Strategic Plan",
    ),
    (
        "Provide a written response on the number of delayed discharges",
        "Provide a written response on the cost of the new leisure centre",
    ),
    (
        "Arrange a site visit to the Riverside depot",
        "Arrange a briefing for members on the depot budget",
    ),
]


@pytest.mark.parametrize(("draft", "corrected"), SAME_ACTION)
def test_an_edited_action_scores_above_the_threshold(draft: str, corrected: str) -> None:
    assert text_similarity(draft, corrected) >= PAIR_THRESHOLD


@pytest.mark.parametrize(("first", "second"), DIFFERENT_ACTIONS)
def test_different_actions_score_below_the_threshold(first: str, second: str) -> None:
    assert text_similarity(first, second) < PAIR_THRESHOLD


def test_owner_agreement_and_disagreement_move_the_score() -> None:
    old = StoredAction(1, "Circulate the carers strategy", owner="Tom Whitley")
    same_owner = action_similarity(old, new_action("Circulate the carers strategy", "T Whitley"))
    other_owner = action_similarity(
        old, new_action("Circulate the carers strategy", "Director of Public Health")
    )
    no_owner = action_similarity(old, new_action("Circulate the carers strategy"))
    assert same_owner == 100.0
    assert no_owner == 100.0
    assert other_owner == 90.0


def test_pair_best_is_one_to_one_and_prefers_order_on_ties() -> None:
    scores = [[95.0, 95.0], [95.0, 95.0]]
    assert pair_best(scores) == [(0, 0, 95.0), (1, 1, 95.0)]
    assert pair_best([[90.0, 99.0], [85.0, 10.0]]) == [(0, 1, 99.0), (1, 0, 85.0)]
    assert pair_best([[50.0]]) == []
    assert pair_best([]) == []


def test_diff_sorts_kept_changed_new_and_vanished() -> None:
    old = [
        StoredAction(11, "Circulate the JSNA summary to all members", "Dr Priya Natarajan"),
        StoredAction(12, "Plot inspection on Monday 15 May at 13:30", "Robin"),
        StoredAction(13, "Plot inspection on Monday 12 June at 13:30", "Brenda"),
        StoredAction(14, "Write to the ICB about the dementia pathway", "the Chair"),
    ]
    new = [
        new_action("Circulate the JSNA summary to all members", "Dr Priya Natarajan"),
        new_action("Plot inspection on Monday 12 June at 13:30", "Brenda"),
        new_action("Plot inspection on Monday 15 May at 14:00", "Robin"),
        new_action("Report back on the leisure centre costs", "Director of Finance"),
    ]
    diff = diff_actions(old, new)
    assert [(p.old.id, p.new_index) for p in diff.kept] == [(11, 0), (13, 1)]
    assert [(p.old.id, p.new_index, p.changed) for p in diff.changed] == [(12, 2, ("text",))]
    assert [index for index, _ in diff.new] == [3]
    assert [a.id for a in diff.vanished] == [14]
    assert diff.summary() == "2 kept, 1 changed, 1 new, 1 vanished"
    assert not diff.unchanged


def test_diff_reports_owner_and_due_changes() -> None:
    old = [
        StoredAction(
            5,
            "Circulate the summary",
            "Tom Whitley",
            date(2024, 6, 28),
            "by 28 June",
            ("Tom Whitley",),
        )
    ]
    new = [
        new_action(
            "Circulate the summary",
            "Tom Whitley and Sam Reid",
            date(2024, 6, 30),
            due_text="by 30 June",
            owners=["Tom Whitley", "Sam Reid"],
        )
    ]
    diff = diff_actions(old, new)
    assert diff.kept == []
    assert [p.changed for p in diff.changed] == [("owner", "due")]


def test_identical_versions_are_unchanged() -> None:
    old = [StoredAction(1, "Circulate the summary", "Tom Whitley", owners=("Tom Whitley",))]
    diff = diff_actions(old, [new_action("Circulate the summary", "Tom Whitley")])
    assert diff.unchanged
    assert [p.old.id for p in diff.kept] == [1]


def test_empty_sides() -> None:
    assert diff_actions([], []).unchanged
    only_new = diff_actions([], [new_action("Do a thing")])
    assert [i for i, _ in only_new.new] == [0]
    only_old = diff_actions([StoredAction(3, "Do a thing")], [])
    assert [a.id for a in only_old.vanished] == [3]
