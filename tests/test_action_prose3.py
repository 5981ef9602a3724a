"""Commitments in prose, round 3: kinds of sentence missed on unseen UK minutes (ongoing
commitments, notes that name someone to be asked, the meeting's agreement that something
should be done), each on a short Riverside passage with the exact tasks and owners, and
the sentences of the same shape that must be left alone."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict

_HEAD = (
    "Riverside Parish Council\n"
    "Minutes of the meeting held on 3 March 2026\n\n"
    "Present: Cllr Ann Barlow (Chair), Cllr Tom Hale, Cllr Priya Shah, Mrs Jane Cole (Clerk)\n\n"
)


def _actions(body: str) -> list[tuple[str | None, str]]:
    return [(a.owner, a.text) for a in parse_strict(_HEAD + body).actions]


def test_an_ongoing_commitment_to_continue_a_task() -> None:
    body = (
        "1. Allotments\n\n"
        "Cllr Barlow will continue to monitor the water supply at the allotments.\n\n"
        "The Clerk would continue liaising with the school about the hedge.\n\n"
        "Cllr Hale said that he would continue to chase the contractor.\n\n"
        "The number of plot holders will continue to grow.\n\n"
        "The County Council will continue to support the scheme.\n\n"
        "Cllr Shah will continue to be the tree warden.\n"
    )
    assert _actions(body) == [
        ("Cllr Barlow", "Continue to monitor the water supply at the allotments."),
        ("The Clerk", "Continue liaising with the school about the hedge."),
        ("Cllr Hale", "Continue to chase the contractor."),
    ]


def test_notes_naming_someone_to_be_asked_or_something_to_be_done() -> None:
    """A run-on note: a name not in the attendance "to be asked to" do something owns it;
    a bare noun phrase after a comma "to be asked" about something is a task of no one
    named."""
    body = (
        "5/ Parish Property\n"
        "a) Green\n"
        "Bench by the chapel overgrown by brambles R Tolley to be asked to clear.\n\n"
        "b) Recreation ground\n"
        "Grass ok, Developer at Mill Meadow to be asked again about gateway and fencing.\n"
        "Grass ok, swings repaired last month.\n"
    )
    assert _actions(body) == [
        ("R Tolley", "Clear."),
        (None, "Developer at Mill Meadow to be asked again about gateway and fencing."),
    ]


def test_the_meeting_agreed_that_something_should_or_could_be_done() -> None:
    """No one named: an action of the meeting's, in the active voice; a hope ("could be
    considered"), another body's plan, a standing state and being represented are not."""
    body = (
        "1. Bus shelter\n\n"
        "It was agreed that the bus shelter should be repainted before the summer.\n\n"
        "The Committee agreed that the draft letter should be circulated to members for "
        "comment.\n\n"
        "It was agreed that the bench could be relocated nearer the pond.\n\n"
        "It was agreed that the matter could be considered again in the autumn.\n\n"
        "The County Council agreed that the lane should be resurfaced next year.\n\n"
        "It was agreed that the Council should be represented at the county forum.\n\n"
        "Members agreed that the fence should be kept as it is.\n\n"
        "Cllr Shah suggested a walk round the green to see how it could be improved.\n"
    )
    assert _actions(body) == [
        (None, "Repaint the bus shelter before the summer."),
        (None, "The draft letter should be circulated to members for comment."),
        (None, "Relocate the bench nearer the pond."),
    ]
