"""Follow-up rules of round 3 (issue 11): kinds of sentence found in informal and UK minutes,
each on short made-up Riverside passages, with the near misses each rule must leave alone."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def _follow_ups(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.when) for f in parse_strict(text).follow_ups]


def test_a_subject_named_as_the_topic_or_item_of_a_meeting_to_come() -> None:
    text = (
        "1. Moorings\n\nThe mooring fees will be the main topic of an extraordinary Board "
        "meeting in six weeks.\n\n"
        "A review of the byelaws will be another item of the special Forum meeting in May 2026.\n\n"
        # Past, or this meeting: nothing comes back.
        "The mooring fees were the main topic of the last meeting.\n\n"
        "The byelaws will be the main topic of this meeting.\n"
    )
    assert _follow_ups(text) == [
        (
            "The mooring fees will be the main topic of an extraordinary Board meeting in six "
            "weeks.",
            "an extraordinary Board meeting",
        ),
        (
            "A review of the byelaws will be another item of the special Forum meeting in May "
            "2026.",
            "the special Forum meeting in May 2026",
        ),
    ]


def test_a_meeting_named_with_its_month_and_year() -> None:
    text = (
        "1. Staffing\n\nThe plan would be reviewed by the Staffing Committee at the January "
        "2027 meeting.\n"
    )
    assert _follow_ups(text) == [
        (
            "The plan would be reviewed by the Staffing Committee at the January 2027 meeting.",
            "the January 2027 meeting",
        )
    ]


def test_a_group_to_meet_again_on_a_subject() -> None:
    text = (
        "1. Trials\n\nThe water group will meet again to decide which trials to run first.\n\n"
        "The working party agreed to reconvene in May to finalise the bid.\n\n"
        # The next meeting's date only.
        "We will meet again on 3 March.\n"
    )
    assert _follow_ups(text) == [
        ("The water group will meet again to decide which trials to run first.", None),
        ("The working party agreed to reconvene in May to finalise the bid.", "in May"),
    ]


def test_a_special_meeting_session_or_workshop_to_be_held() -> None:
    text = (
        "1. Strategy\n\nThe Board agreed to host a development session before the end of the "
        "year to look at the five-year plan.\n\n"
        "It was agreed to call a special meeting of the Council soon.\n\n"
        "The Committee requests that a meeting be arranged with the Cabinet Member to discuss "
        "workloads.\n\n"
        # No purpose and no special kind: an arrangement, not business to come back.
        "A volunteers' meeting will be held at the same time.\n"
    )
    assert _follow_ups(text) == [
        (
            "The Board agreed to host a development session before the end of the year to "
            "look at the five-year plan.",
            "a development session",
        ),
        (
            "It was agreed to call a special meeting of the Council soon.",
            "a special meeting",
        ),
        (
            "The Committee requests that a meeting be arranged with the Cabinet Member to "
            "discuss workloads.",
            "a meeting",
        ),
    ]


def test_a_subject_left_to_be_discussed_with_no_time_named() -> None:
    text = (
        "1. Parking\n\nThe bins were emptied. This also to be discussed.\n\n"
        "The fees will need to be considered further.\n\n"
        # Discussed at this meeting, or with someone: not coming back.
        "It is to be discussed under item 7.\n\n"
        "The fees are to be discussed with the contractor.\n"
    )
    assert _follow_ups(text) == [
        ("This also to be discussed.", None),
        ("The fees will need to be considered further.", None),
    ]


def test_something_for_discussion_by_a_body() -> None:
    text = (
        "1. Purchasing\n\nGreg to put together a purchasing process for discussion by the "
        "board and the area teams.\n"
    )
    assert _follow_ups(text) == [
        (
            "Greg to put together a purchasing process for discussion by the board and the "
            "area teams.",
            None,
        )
    ]


def test_a_meeting_as_a_deadline_is_not_a_follow_up() -> None:
    text = (
        "1. Dates\n\n- [ ] Each club to come prepared at the extraordinary Board meeting with "
        "possible dates.\n"
        "- [ ] Sam will update the rules and tell members they can read them in time for the "
        "next meeting.\n\n"
        # A paper, not a verb: "the full report ... to the Committee member".
        "It was requested that the full report is made available to the Committee member.\n"
    )
    assert _follow_ups(text) == []


def test_a_note_in_the_imperative_under_its_own_heading() -> None:
    text = (
        "#### [12] Quiet hours on the towpath\n2026-01-14 - Ana\n\n"
        "Discuss it at the next meeting\n\n"
        "#### [13] Bins\n2026-01-15 - Raj\n\n"
        "Accept.\n"
    )
    assert ("Discuss it at the next meeting", "the next meeting") in _follow_ups(text)


def test_later_in_this_meeting_or_an_apology_is_no_follow_up() -> None:
    text = (
        "1. Rust\n\nDana: we can come back to the bus discussion later in the meeting.\n\n"
        "Payments to the payroll firm deferred to item 13.\n\n"
        "Sean: may not be able to join the next Forum meeting due to travel.\n"
    )
    assert _follow_ups(text) == []


def test_a_paper_to_be_drawn_up_and_presented_to_a_body() -> None:
    text = (
        "1. Beach huts\n\nA plan for replacement beach huts should be drawn up, and presented "
        "to main Council for approval.\n\n"
        "On receipt of the survey, members will then re-visit this application.\n\n"
        # Done: drawn up and presented already.
        "The plan was drawn up and presented to the Council.\n"
    )
    assert _follow_ups(text) == [
        (
            "A plan for replacement beach huts should be drawn up, and presented to main Council "
            "for approval.",
            None,
        ),
        ("On receipt of the survey, members will then re-visit this application.", None),
    ]


def test_parked_kept_on_the_agenda_or_checked_back_on() -> None:
    text = (
        "1. Kiosk\n\nPark this until the AGM.\n\n"
        "The bus shelter item remains on the agenda.\n\n"
        "Check back on this in two weeks.\n\n"
        # A car park, and parking, are no business put off.
        "The car park was closed until March.\n\n"
        "Parking for the fete until 6pm.\n"
    )
    assert _follow_ups(text) == [
        ("Park this until the AGM.", "the AGM"),
        ("The bus shelter item remains on the agenda.", None),
        ("Check back on this in two weeks.", "in two weeks"),
    ]


def test_items_for_the_next_meeting_on_the_heading_line() -> None:
    text = (
        "24. TRAINING The new councillor training was noted.\n\n"
        "25. ITEMS FOR AGENDA OF NEXT MEETING: TO BE HELD ON TUESDAY 3rd MARCH, Riverside "
        "Hall Bus shelter repairs\n\n"
        "26. Items for next meeting: none\n"
    )
    assert _follow_ups(text) == [
        (
            "ITEMS FOR AGENDA OF NEXT MEETING: TO BE HELD ON TUESDAY 3rd MARCH, Riverside Hall "
            "Bus shelter repairs",
            "the next meeting",
        )
    ]


def test_an_update_item_on_the_agenda_or_the_next_workshop() -> None:
    text = (
        "1. Pond\n\nResolved: That JR find out who owns the pond by the meeting in July as an "
        "update item on the agenda.\n\n"
        "Cllr Lee asked that the flooding go on the agenda for the next scheduled workshop of "
        "members with the water company.\n\n"
        # The agenda of a meeting, not something put on it.
        "Owing to the length of the agenda for the Annual Meeting, it might not be held in "
        "the hall.\n"
    )
    assert [w for _, w in _follow_ups(text)] == [
        "by the meeting in July",
        "the next scheduled workshop",
    ]


def test_a_standing_duty_to_report_is_no_follow_up() -> None:
    text = (
        "1. Procedures\n\nMembers discussed the requirement of Cabinet Members to present "
        "annual statements to the Scrutiny Committee.\n\n"
        "Officers are required to report back to the Board in March.\n"
    )
    assert _follow_ups(text) == [
        ("Officers are required to report back to the Board in March.", "in March")
    ]
