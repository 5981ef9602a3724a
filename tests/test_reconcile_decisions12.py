"""A decision's opening ("RESOLVED – that the Clerk writes ...") asks anew and reports nothing
done; deciding, agreeing, approving, choosing and selecting report one another's work ("the
date was agreed" for "decide on the date"). Sentences of our own, of Millbrook Parish Council
and its neighbours (a student society, an NHS board, a village hall trust)."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_tui.core.reconcile import OpenAction, reconcile

MAY = date(2024, 5, 14)


def _kinds(minutes: str, action: str, owner: str = "Clerk") -> dict[int, str]:
    actions = [OpenAction(1, action, owner, MAY)]
    return {p.action_id: p.kind for p in reconcile(minutes, actions, date(2024, 6, 11))}


_LETTER = "Write to the County Council about the potholes on Mill Lane"


@pytest.mark.parametrize(
    "minutes",
    [
        "Highways\nRESOLVED – that the Clerk writes to the County Council about the potholes on"
        " Mill Lane.",
        "Highways\nResolved: to write to the County Council about the potholes on Mill Lane.",
        "Highways\nIt was RESOLVED that the Clerk write again to the County Council about the"
        " Mill Lane potholes.",
        "Highways\nAGREED: that the Clerk writes to the County Council about the potholes on"
        " Mill Lane.",
        "Highways\nApproved, that the Clerk write to the County Council about the Mill Lane"
        " potholes.",
    ],
)
def test_a_decision_restating_the_action_is_no_done(minutes: str) -> None:
    assert _kinds(minutes, _LETTER).get(1) != "done"


@pytest.mark.parametrize(
    "minutes",
    [
        "Highways\nPotholes on Mill Lane – resolved.",
        "Highways\nThe Mill Lane pothole matter has been resolved; the County Council wrote back.",
    ],
)
def test_a_matter_resolved_is_still_done(minutes: str) -> None:
    assert _kinds(minutes, _LETTER) == {1: "done"}


@pytest.mark.parametrize(
    ("action", "owner", "minutes"),
    [
        (
            "Decide on the date of the annual parish meeting",
            "Council",
            "Annual parish meeting\nThe date of the annual parish meeting was agreed as 14 May.",
        ),
        (
            "Choose a contractor for the churchyard wall",
            "Cllr Marsh",
            "Churchyard wall\nA contractor for the churchyard wall was agreed: Smith & Sons.",
        ),
        (
            "Select the venue for the student society ball",
            "Social Secretary",
            "Ball\nThe venue for the ball was approved by the exec: the Assembly Rooms.",
        ),
        (
            "Approve the revised infection control policy",
            "Board",
            "Infection control\nThe revised infection control policy was agreed by the Board.",
        ),
        (
            "Agree the terms of reference for the youth forum",
            "Committee",
            "Youth forum\nThe terms of reference for the youth forum were approved.",
        ),
        (
            "Agree the wording of the grant application",
            "Trustees",
            "Grant application\nThe trustees approved the wording of the grant application.",
        ),
    ],
)
def test_a_decision_made_reports_the_action_to_make_it(
    action: str, owner: str, minutes: str
) -> None:
    assert _kinds(minutes, action, owner) == {1: "done"}


@pytest.mark.parametrize(
    ("action", "minutes"),
    [
        (
            "Choose a contractor for the churchyard wall",
            "Churchyard wall\nThe council agreed to choose a contractor once three quotes were in.",
        ),
        (
            "Agree the terms of reference for the youth forum",
            "Youth forum\nThe terms of reference for the youth forum will be agreed in June.",
        ),
        (
            "Approve the revised infection control policy",
            "Minutes\nThe minutes of the meeting held on 3 June were agreed and signed.",
        ),
    ],
)
def test_a_decision_to_come_or_on_another_thing_is_no_done(action: str, minutes: str) -> None:
    assert _kinds(minutes, action).get(1) != "done"
