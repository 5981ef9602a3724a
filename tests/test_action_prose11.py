"""Prose actions, round 11: commitments written as nouns ("is responsible for", "an action
was raised for"), roles named with their body, instructions to officers, what the meeting
resolved with no one named, and the reports and predictions that are no actions."""

from __future__ import annotations

from tests.conftest import PARISH_HEAD, owned_actions


def test_a_role_named_with_its_body_commits() -> None:
    """ "The Chair of the Finance Group will ...": a role whose name holds a body is a role,
    as "the Clerk" is; a body alone still is not ("The Finance Group will consider ...")."""
    body = PARISH_HEAD + (
        "1. Budget\n\n"
        "The Chair of the Finance Group will circulate the draft budget.\n\n"
        "The Leader of the Council would write to the Minister about the bypass.\n"
    )
    assert owned_actions(body) == [
        ("The Chair of the Finance Group", "Circulate the draft budget."),
        ("The Leader of the Council", "Write to the Minister about the bypass."),
    ]


def test_a_job_held_or_taken_on_as_a_noun() -> None:
    """ "is responsible for creating", "has the action of writing", "was given the task of
    booking", "will take the lead on organising": the -ing verb is the task."""
    body = PARISH_HEAD + (
        "1. Fete\n\n"
        "Cllr Hale is responsible for drafting a plan for the car park.\n\n"
        "Cllr Shah has the action of writing to the brass band.\n\n"
        "The Clerk was given the task of booking the marquee.\n\n"
        "Cllr Barlow will take the lead on organising the raffle.\n"
    )
    assert owned_actions(body) == [
        ("Cllr Hale", "Draft a plan for the car park."),
        ("Cllr Shah", "Write to the brass band."),
        ("The Clerk", "Book the marquee."),
        ("Cllr Barlow", "Take the lead on organising the raffle."),
    ]


def test_a_standing_duty_or_a_past_job_is_no_task() -> None:
    """What a role is responsible for all along, a thing it holds, and a job it had last year
    are no new tasks."""
    body = PARISH_HEAD + (
        "1. Officers\n\n"
        "The Clerk is responsible for keeping the burial register.\n\n"
        "Cllr Hale is responsible for the website.\n\n"
        "Cllr Shah was responsible for drafting the budget last year.\n\n"
        "Cllr Barlow has responsibility for the allotments.\n"
    )
    assert owned_actions(body) == []


def test_a_job_said_to_lie_with_someone() -> None:
    """ "Responsibility for X lies with Y", "The action rests with Y to ...": Y's job."""
    body = PARISH_HEAD + (
        "1. Bus shelter\n\n"
        "Responsibility for the bus shelter repairs lies with Cllr Hale.\n\n"
        "The action rests with the Clerk to chase the insurers.\n"
    )
    assert owned_actions(body) == [
        ("Cllr Hale", "Take responsibility for the bus shelter repairs"),
        ("the Clerk", "Chase the insurers."),
    ]


def test_an_action_minuted_as_a_thing_made() -> None:
    """ "An action was created to ...", "An action was raised for X to ...", "An action was
    placed on X to ..."; "Cllr X committed to ..." as "agreed to"; a body "committed to" a
    cause is its stance."""
    body = PARISH_HEAD + (
        "1. Play area\n\n"
        "An action was created to review the play area inspection reports.\n\n"
        "An action was raised for the Clerk to order new swing seats.\n\n"
        "An action was placed on Cllr Shah to chase the contractor.\n\n"
        "Cllr Hale committed to look into the drainage.\n\n"
        "The Council is committed to support the skate park bid.\n"
    )
    assert owned_actions(body) == [
        (None, "Review the play area inspection reports."),
        ("the Clerk", "Order new swing seats."),
        ("Cllr Shah", "Chase the contractor."),
        ("Cllr Hale", "Look into the drainage."),
    ]


def test_an_officer_authorised_or_directed_to_act() -> None:
    """ "The Clerk was authorised / directed / empowered to ...": an instruction to an
    officer, as "was instructed to" is."""
    body = PARISH_HEAD + (
        "1. Benches\n\n"
        "The Clerk was authorised to buy two new benches for the green.\n\n"
        "The Deputy Clerk was directed to write to the landowner.\n\n"
        "The Chair was empowered to sign the lease on behalf of the Council.\n"
    )
    assert owned_actions(body) == [
        ("The Clerk", "Buy two new benches for the green."),
        ("The Deputy Clerk", "Write to the landowner."),
        ("The Chair", "Sign the lease on behalf of the Council."),
    ]


def test_resolved_to_act_with_no_one_named() -> None:
    """ "It was resolved to seek quotes": the meeting's task, no one named, as "It was agreed
    to ..."; resolving to approve, to hold a meeting or to defer is a decision."""
    body = PARISH_HEAD + (
        "1. Trees\n\n"
        "It was resolved to seek quotes from three tree surgeons.\n\n"
        "It was resolved to approve the accounts for 2025.\n\n"
        "It was resolved to hold the next meeting on 5 May.\n"
    )
    assert owned_actions(body) == [(None, "Seek quotes from three tree surgeons.")]
