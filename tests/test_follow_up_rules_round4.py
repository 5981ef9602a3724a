"""Follow-up rules, round 4: business left for later, put off until a condition, a report
"in due course", a meeting named by its body and date, an agenda item added; each on made-up
Riverside passages, with near misses that must stay unread."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def _follow_ups(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.when) for f in parse_strict(text).follow_ups]


def test_business_left_for_later() -> None:
    text = (
        "1. Riverside Allotments\n\n"
        "It was agreed to discuss the shed rota later once the survey is back.\n\n"
        "Item for later: the skate park lighting.\n\n"
        "This is a matter for the full Council to decide later.\n\n"
        # Not follow-ups: a possibility, this meeting, a time past.
        "The fees can be decided later.\n\n"
        "The hedge was discussed later in the meeting.\n\n"
        "Two weeks later the contractor returned.\n"
    )
    assert _follow_ups(text) == [
        ("It was agreed to discuss the shed rota later once the survey is back.", "later"),
        ("Item for later: the skate park lighting.", "later"),
        ("This is a matter for the full Council to decide later.", "later"),
    ]


def test_put_off_until_a_time_or_a_condition() -> None:
    text = (
        "1. Riverside Green\n\n"
        "Leave the mural until the autumn.\n\n"
        "Defer until we have met the tenants' association.\n\n"
        "Taking the boundary question off the agenda until the county replies.\n\n"
        # Not follow-ups: leave as a noun, a closure until a condition.
        "Cllr Ross is on annual leave until March.\n\n"
        "The road will be closed until the works are finished.\n"
    )
    assert _follow_ups(text) == [
        ("Leave the mural until the autumn.", "the autumn"),
        ("Defer until we have met the tenants' association.", None),
        ("Taking the boundary question off the agenda until the county replies.", None),
    ]


def test_a_report_in_due_course_and_a_meeting_named_by_body_and_date() -> None:
    text = (
        "1. Riverside Scrutiny\n\n"
        "The Working Group would report in due course.\n\n"
        "The final report is for submission to the meeting of the Council on 14 July 2026.\n\n"
        "The Sub-Committee agreed this should be taken during its next scheduled meeting.\n\n"
        "It was requested that play areas be added as an agenda item every quarter.\n\n"
        # Not a follow-up: what was done.
        "The Working Group reported on the survey in due course.\n"
    )
    assert _follow_ups(text) == [
        ("The Working Group would report in due course.", "in due course"),
        (
            "The final report is for submission to the meeting of the Council on 14 July 2026.",
            "the meeting of the Council on 14 July 2026",
        ),
        (
            "The Sub-Committee agreed this should be taken during its next scheduled meeting.",
            "its next scheduled meeting",
        ),
        ("It was requested that play areas be added as an agenda item every quarter.", None),
    ]


def test_informal_notes_put_off_to_a_later_call() -> None:
    text = (
        "1. Riverside Society\n\n"
        "- We'll pick this up at the next sync.\n"
        "- Agenda item for next week: hoodies and scarves.\n"
        "- Table this until the AGM.\n"
        "- Push to next week.\n"
        "- Hold off until January.\n"
        # Not follow-ups.
        "- The sync was moved to Friday.\n"
        "- Hold off the grass.\n"
    )
    assert _follow_ups(text) == [
        ("We'll pick this up at the next sync.", "the next sync"),
        ("Agenda item for next week: hoodies and scarves.", "the next meeting"),
        ("Table this until the AGM.", "the AGM"),
        ("Push to next week.", "next week"),
        ("Hold off until January.", "January"),
    ]


def test_a_hearing_to_be_held_and_standing_practice_left_alone() -> None:
    text = (
        "1. Riverside Police Panel\n\n"
        "It was anticipated a confirmation hearing for the new commissioner would be held on "
        "2 April 2026.\n\n"
        # Not follow-ups: standing practice and minutes coming for approval.
        "After each meeting of the Council, the Clerk will report back to the next meeting.\n\n"
        "The minutes of all Council meetings must be approved at the next meeting.\n\n"
        "The Clerk to ensure that the minutes of the meeting of 3 March are included on the "
        "agenda for the next meeting.\n"
    )
    assert _follow_ups(text) == [
        (
            "It was anticipated a confirmation hearing for the new commissioner would be held on "
            "2 April 2026.",
            "on 2 April 2026",
        ),
    ]


def test_an_item_s_bare_deferral() -> None:
    text = (
        "5. Footpaths\n\nDeferred.\n\n6. Bus shelter\n\nCarried forward.\n\n"
        # Not a follow-up: a payment put off.
        "7. Accounts\n\nThe grant payment was deferred by the bank.\n"
    )
    assert _follow_ups(text) == [("Deferred.", None), ("Carried forward.", None)]


def test_the_meeting_reviewing_later_and_an_agenda_item_in_a_month() -> None:
    text = (
        "23/47 Allotments\n\n"
        "The Council will review the situation in three months.\n\n"
        "Review in six months.\n\n"
        "This to be an agenda item in March.\n\n"
        # Not follow-ups: an officer's review is their task.
        "The Clerk will review the contract in March.\n"
    )
    assert _follow_ups(text) == [
        ("The Council will review the situation in three months.", "in three months"),
        ("Review in six months.", "in six months"),
        ("This to be an agenda item in March.", "in March"),
    ]


def test_a_note_with_no_subject_takes_its_run_in_topic() -> None:
    text = "1. Office\n\n- Coat racks! To discuss later once the room is settled.\n"
    assert _follow_ups(text) == [
        ("Coat racks! To discuss later once the room is settled.", "later")
    ]


def test_whether_to_add_it_to_the_programme_is_undecided() -> None:
    text = (
        "1. Scrutiny requests\n\nNo decision was reached as to whether they should be added to "
        "its work programme.\n\nThe tree survey was added to the work programme.\n"
    )
    assert _follow_ups(text) == [("The tree survey was added to the work programme.", None)]
