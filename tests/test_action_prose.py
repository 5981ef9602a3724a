"""Commitments in prose that flattened or hurried minutes write loosely, one kind of
sentence each, on short Riverside passages: the exact tasks and owners (and what must be
left alone)."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict

_HEAD = (
    "Riverside Parish Council\n"
    "Minutes of the meeting held on 3 March 2026\n\n"
    "Present: Cllr J Smith, Cllr Ann Brown, Peter Hale, Rob Tan, Heather Lee, "
    "the Clerk (Mary Jones)\n\n"
)


def _actions(body: str) -> list[tuple[str | None, str]]:
    return [(a.owner, a.text) for a in parse_strict(_HEAD + body).actions]


def _spans(body: str) -> list[str]:
    text = _HEAD + body
    return [text[a.start : a.end] for a in parse_strict(text).actions]


def test_a_lost_full_stop_before_a_named_owner() -> None:
    body = (
        "7. Tree by the church. Mrs Green offered her ladder for this purpose J Smith will "
        "obtain a quote from the insurers.\n\n"
        "She had asked at the last Meeting for the county to repair the lane.\n"
    )
    assert _actions(body) == [("J Smith", "Obtain a quote from the insurers.")]


def test_a_speakers_own_remark_with_a_will_and_no_subject() -> None:
    body = (
        "- Peter: My feeling is that the bus timetable is poor (will bring this up with the "
        "regional transport meeting)\n"
        "- Heather: the verges look fine; will check the one by the school\n"
    )
    assert _actions(body) == [
        ("Peter", "Bring this up with the regional transport meeting"),
        ("Heather", "Check the one by the school"),
    ]


def test_two_owners_in_one_sentence() -> None:
    body = (
        "Rob to draft the letter, Heather to send it.\n\n"
        "Cllr Brown agreed to facilitate the workshop and the Clerk would make notes.\n\n"
        "After a long discussion, Rob and the Clerk would meet the contractor.\n\n"
        "The Clerk would write to the Borough Council and the Trust to ask for a meeting.\n"
    )
    assert _actions(body) == [
        ("Rob", "Draft the letter"),
        ("Heather", "Send it."),
        ("Cllr Brown", "Facilitate the workshop"),
        ("the Clerk", "Make notes."),
        ("Rob and the Clerk", "Meet the contractor."),
        ("The Clerk", "Write to the Borough Council and the Trust to ask for a meeting."),
    ]


def test_do_so_takes_the_task_from_the_request_before() -> None:
    body = (
        "Cllr Brown asked whether someone could check the drain on Mill Road. Cllr Smith "
        "agreed to do so.\n\n"
        "The Chair asked for a list of the benches needing repair. The Clerk would do so.\n\n"
        "Residents asked for the dog bin to be emptied more often. Peter Hale offered to do "
        "this.\n"
    )
    assert _actions(body) == [
        ("Cllr Smith", "Check the drain on Mill Road."),
        ("The Clerk", "Provide a list of the benches needing repair."),
        ("Peter Hale", "Empty the dog bin more often."),
    ]
    # The passage is the request and its answer.
    assert _spans(body)[1] == (
        "The Chair asked for a list of the benches needing repair. The Clerk would do so."
    )


def test_agreed_with_its_to_lost_and_tasks_with_no_object() -> None:
    body = (
        "Cllr Smith agreed contact the school about parking.\n\n"
        "Potholes on Mill Road. Clerk to instruct.\n\n"
        "The contractor has not replied. Clerk to chase again.\n\n"
        "The Council agreed support for the bid.\n\n"
        "The Clerk reported that the insurers had agreed cover for the event.\n"
    )
    assert _actions(body) == [
        ("Cllr Smith", "Contact the school about parking."),
        ("Clerk", "Instruct."),
        ("Clerk", "Chase again."),
    ]


def test_a_task_stops_at_the_next_part_and_at_page_furniture() -> None:
    body = (
        "The Clerk will write to the landowner about the hedge c) Footpaths the stile is "
        "broken.\n\n"
        "Cllr Smith will ask the school about the crossing patrol Page 3 of 5 Signed "
        "Chairman\n\n"
        "The bins were discussed b) Clerk to order two more bins.\n"
    )
    assert _actions(body) == [
        ("The Clerk", "Write to the landowner about the hedge"),
        ("Cllr Smith", "Ask the school about the crossing patrol"),
        ("Clerk", "Order two more bins."),
    ]


def test_an_item_heading_in_capitals_is_not_part_of_the_owner() -> None:
    body = (
        "BUS STOP MILL ROAD The Clerk to contact the county about the shelter.\n\n"
        "HEDGES Clerk to write to the owner of Long Meadow.\n\n"
        "NHS England will share the survey results with members.\n"
    )
    assert _actions(body) == [
        ("The Clerk", "Contact the county about the shelter."),
        ("Clerk", "Write to the owner of Long Meadow."),
        ("NHS England", "Share the survey results with members."),
    ]


def test_passives_opening_a_sentence_and_owners_the_attendance_does_not_list() -> None:
    body = (
        "The hedge on Long Lane to be cut back before nesting season.\n\n"
        "The noticeboard in Mill Road to be repainted by the Clerk.\n\n"
        "The Clerk to be asked to write to the MP.\n\n"
        "Sam to book the hall for the May fair.\n"
    )
    assert _actions(body) == [
        (None, "The hedge on Long Lane to be cut back before nesting season."),
        ("the Clerk", "The noticeboard in Mill Road to be repainted by the Clerk."),
        ("The Clerk", "Write to the MP."),
        ("Sam", "Book the hall for the May fair."),
    ]


def test_passives_naming_their_doer_across_a_page_break_and_after_a_frame() -> None:
    body = (
        "The quotes for the new water tank and the pipework on the north side of the site "
        "would be obtained by Page 2 of 4 the Clerk before May.\n\n"
        "It was agreed that the hedge at the allotments should be cut back by the Clerk.\n\n"
        "Letters to be sent to the tenants of the overgrown plots by Cllr Brown.\n"
    )
    assert _actions(body) == [
        (
            "the Clerk",
            "Obtain the quotes for the new water tank and the pipework on the north side of "
            "the site before May.",
        ),
        ("the Clerk", "Cut back the hedge at the allotments."),
        ("Cllr Brown", "Letters to be sent to the tenants of the overgrown plots by Cllr Brown."),
    ]
