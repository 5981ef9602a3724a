"""Follow-up rules, round 8 (kinds counted over the whole dev pool): business for a meeting
named by its name or kind rather than "next" ("in Welfare meeting", "for AGM", "in our
regular meeting", "at the first annual meeting", "in time for the Board meeting"); each on
made-up Riverside passages."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def _follow_ups(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.when) for f in parse_strict(text).follow_ups]


_CALL = "# Riverside Widgets community call, 4 March 2024\n\n## Notes\n"


def test_a_meeting_named_by_its_name_or_kind() -> None:
    text = _CALL + (
        "- Stall rota (to settle first in Volunteers meeting)\n"
        "- Motion idea for AGM: a cap on stall fees\n"
        "- Hall keys with Dana in monthly Trustees meeting\n"
        "- Litter pick check-in on a monthly basis in our regular meeting.\n"
        "- The fee cap will be put to a vote at the first annual meeting.\n"
        "- We hope to have the lease resolved in time for the Board meeting in May.\n"
        # Not follow-ups: a meeting past, a title, a meeting with no business for it.
        "- Minutes of Volunteers meeting approved.\n"
        "- Sam met Jo in Trustees meeting.\n"
        "- Agenda for the First Meeting\n"
        "- Dana said the hall was booked for Trustees meeting last year.\n"
        "- The Vice Chair will step down at the first annual meeting.\n"
        "- Look at the boiler quotes, to make a recommendation at Trustees meeting\n"
    )
    assert _follow_ups(text) == [
        ("Stall rota (to settle first in Volunteers meeting)", "Volunteers meeting"),
        ("Motion idea for AGM: a cap on stall fees", "AGM"),
        ("Hall keys with Dana in monthly Trustees meeting", "monthly Trustees meeting"),
        (
            "Litter pick check-in on a monthly basis in our regular meeting.",
            "our regular meeting",
        ),
        (
            "The fee cap will be put to a vote at the first annual meeting.",
            "the first annual meeting",
        ),
        (
            "We hope to have the lease resolved in time for the Board meeting in May.",
            "the Board meeting in May",
        ),
    ]


_PARISH = "RIVERSIDE PARISH COUNCIL\nMinutes of the meeting held on 4 March 2024\n\n"


def test_another_meeting_or_the_agenda_of_the_next() -> None:
    text = _PARISH + (
        "1. How to fill the two vacancies will be discussed at a different meeting.\n"
        "2. It was agreed to take the hall lease to a separate meeting.\n"
        "3. The verge cutting would be on the agenda of the next parish meeting on 8 April.\n"
        # Not follow-ups: a meeting past, an event asked for again.
        "4. The Clerk reported on a separate meeting held with the highways officer.\n"
        "5. The quiz raised £80 and people have asked for another session.\n"
    )
    assert _follow_ups(text) == [
        (
            "How to fill the two vacancies will be discussed at a different meeting.",
            "a different meeting",
        ),
        ("It was agreed to take the hall lease to a separate meeting.", "a separate meeting"),
        (
            "The verge cutting would be on the agenda of the next parish meeting on 8 April.",
            "the next parish meeting on 8 April",
        ),
    ]


def test_a_meeting_to_come_on_a_subject() -> None:
    text = _CALL + (
        "- Fair planning: There will be a meeting at the Boathouse on Tuesday, May 7th at 7pm.\n"
        "- **November accounts meeting**: 6:30-7:30 PM online\n"
        "- -> thursday hedge meeting at 10 where we also decide who trims the hawthorn\n"
        # Not follow-ups: the group's own next meeting, a meeting right after this one, a
        # kind of meeting with a time, one past.
        "- Next meeting: There will be a meeting on 8 April.\n"
        "- 13 July Widgets meeting, 1700-1800 at the Boathouse.\n"
        "- There will be a separate trustees meeting upon completion of this meeting.\n"
        "- The October public meeting at 7pm was well attended.\n"
        "- There will be an information session about the fair for stallholders.\n"
    )
    assert _follow_ups(text) == [
        (
            "Fair planning: There will be a meeting at the Boathouse on Tuesday, May 7th at 7pm.",
            "on Tuesday, May 7th",
        ),
        ("November accounts meeting: 6:30-7:30 PM online", "November accounts meeting"),
        (
            "-> thursday hedge meeting at 10 where we also decide who trims the hawthorn",
            "thursday hedge meeting",
        ),
    ]


def test_inside_a_condition_or_a_question_asked() -> None:
    text = _PARISH + (
        "1. Cllr Hart enquired as to whether the closed reviews would be reported back to the "
        "Council.\n"
        "2. The Chair reminded members that if there was anything they would like to add to "
        "the work programme they should tell the Clerk.\n"
        # Follow-ups: the condition closed before it.
        "3. If there is more to say on the verges, we will discuss it at the next meeting.\n"
        "4. The hedge survey will come back to the Council if the county replies.\n"
    )
    assert _follow_ups(text) == [
        (
            "If there is more to say on the verges, we will discuss it at the next meeting.",
            "the next meeting",
        ),
        ("The hedge survey will come back to the Council if the county replies.", None),
    ]


def test_taken_up_again_or_asked_of_the_body_at_a_time_to_come() -> None:
    text = _PARISH + (
        "1. Reevaluate the hall fees in April.\n"
        "2. The Council agreed to take this up again in the autumn.\n"
        "3. Return to this in the new year.\n"
        "4. The Council will be asked to make a final decision on the grant on 9 May.\n"
        "5. The precept will be set at the January meeting.\n"
        "6. Further reports on the flood scheme would be made as information becomes "
        "available.\n"
        # Not follow-ups: someone's task with no time; a time past.
        "7. Dana to re-evaluate the insurance quotes.\n"
        "8. Residents will be asked to park elsewhere.\n"
        "9. The Clerk returned to this in January.\n"
    )
    assert _follow_ups(text) == [
        ("Reevaluate the hall fees in April.", "in April"),
        ("The Council agreed to take this up again in the autumn.", "in the autumn"),
        ("Return to this in the new year.", "in the new year"),
        (
            "The Council will be asked to make a final decision on the grant on 9 May.",
            "on 9 May",
        ),
        ("The precept will be set at the January meeting.", "the January meeting"),
        (
            "Further reports on the flood scheme would be made as information becomes available.",
            "as information becomes available",
        ),
    ]


def test_a_person_coming_back_is_not_business_coming_back() -> None:
    text = _CALL + (
        "- Dana might come back during the week.\n"
        "- Ask Leo to come back onto the committee.\n"
        "- The children and their parents are coming back to the fair.\n"
        # Follow-ups: business comes back, or a person comes back with it.
        "- Tomasz will come back with a costed plan in May.\n"
        "- This will come back to the Board in June.\n"
        "- We will come back to this next week.\n"
    )
    assert _follow_ups(text) == [
        ("Tomasz will come back with a costed plan in May.", "in May"),
        ("This will come back to the Board in June.", "in June"),
        ("We will come back to this next week.", "next week"),
    ]


def test_the_same_kinds_written_other_ways() -> None:
    text = _CALL + (
        "- The November accounts meeting will be at 6:30 online.\n"
        "- November accounts meeting - 6:30pm, online.\n"
        "- Fair planning: A meeting will be held at the Boathouse on 3 May.\n"
        "- Fair planning - there will be a meeting at the Boathouse on Tuesday, May 7th.\n"
        "- The fee cap will be put to members at the AGM.\n"
        # Not follow-ups: a label that is no subject.
        "- ACTION: a meeting will be held with the printer.\n"
    )
    assert [when for _, when in _follow_ups(text)] == [
        "November accounts meeting",
        "November accounts meeting",
        "on 3 May",
        "on Tuesday, May 7th",
        "the AGM",
    ]


def test_a_meeting_named_that_gets_no_business() -> None:
    text = _PARISH + (
        "1. It was agreed that the Chair and Vice Chair remain in post until the Council’s "
        "2025 AGM.\n"
        "2. Following the approval of the new standing orders at the AGM on 12 May, the "
        "Council agreed to review its committees.\n"
        # Follow-ups: business for the meeting.
        "3. It was agreed that the standing orders be reviewed at the AGM on 12 May.\n"
        "4. The lease will be put to members at the Council’s 2025 AGM.\n"
    )
    assert _follow_ups(text) == [
        (
            "It was agreed that the standing orders be reviewed at the AGM on 12 May.",
            "the AGM",
        ),
        ("The lease will be put to members at the Council’s 2025 AGM.", "the Council’s 2025 AGM"),
    ]


def test_a_when_across_lines_reads_as_one_line() -> None:
    text = _PARISH + "1. The fee cap will be put to a vote at the first annual\nmeeting.\n"
    assert _follow_ups(text) == [
        (
            "The fee cap will be put to a vote at the first annual meeting.",
            "the first annual meeting",
        )
    ]
