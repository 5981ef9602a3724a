"""Agents of a task that are no person (round 17): the meeting's own body, a passive, an
agreement of the group, a possessive or descriptive subject."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict

HEAD = (
    "Minutes of the Brookfield Hall Committee, 3 March 2026\n\n"
    "Present: Ann Lee (Chair), Bob Tate\n\n1. Hall\n"
)


def owned(sentence: str) -> list[tuple[str | None, str]]:
    return [(a.owner, a.text) for a in parse_strict(HEAD + sentence + "\n").actions]


def test_the_body_itself_owns_a_plain_task() -> None:
    assert owned("The Committee will buy a new fridge for the kitchen.") == [
        ("The Committee", "Buy a new fridge for the kitchen.")
    ]
    assert owned("The hinge has broken. The Parish Council shall replace the gate by May.") == [
        ("The Parish Council", "Replace the gate by May.")
    ]
    assert owned("The Trustees are to write to the diocese about the lease.") == [
        ("The Trustees", "Write to the diocese about the lease.")
    ]
    assert owned("The PC should press the county for a crossing on Hill Lane.") == [
        ("The PC", "Press the county for a crossing on Hill Lane.")
    ]


def test_we_own_a_plain_task_with_no_one_named() -> None:
    assert owned("We are going to repaint the porch in July.") == [
        (None, "Repaint the porch in July.")
    ]


def test_a_team_must_do_its_task() -> None:
    assert owned("The events team must book the marquee by June.") == [
        ("The events team", "Book the marquee by June.")
    ]


def test_the_body_s_standing_work_business_and_ideas_are_no_task() -> None:
    for sentence in (
        "The Committee will continue to monitor the heating costs.",
        "The Committee could consider a new sign.",
        "The Committee will meet again on 3 June.",
        "The Committee will not buy a new mower this year.",
        "If funds allow, the Committee will buy a new boiler.",
        "The Council must ensure that the accounts are audited each year.",
        "We should think about the car park.",
        "The Committee will be made up of five members.",
        "The Committee bought a mower last year.",
        "Perhaps the Council should write to the county.",
        "The Council will seek to keep the precept flat.",
    ):
        assert owned(sentence) == [], sentence


def test_another_body_s_plan_is_not_the_meeting_s_task() -> None:
    assert owned("Cllr Hale reported that the County Council will resurface Mill Lane.") == []


def test_an_agreement_by_the_group_is_a_task_with_no_one_named() -> None:
    assert owned("It was agreed by the group to print a leaflet for the May fair.") == [
        (None, "Print a leaflet for the May fair.")
    ]
    assert owned("It was unanimously agreed by the committee to replace the boiler.") == [
        (None, "Replace the boiler.")
    ]
    assert owned("It was agreed by members to hire a skip for the clear-out.") == [
        (None, "Hire a skip for the clear-out.")
    ]


def test_an_agreement_by_the_group_to_note_or_meet_is_no_task() -> None:
    assert owned("It was agreed by the group to note the treasurer's report.") == []
    assert owned("It was agreed by the group to meet again in June.") == []
