"""People and roles in round 13's kinds of attendance list (Riverside text, written for these
tests): the exact people, roles and lists found."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def people(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(p.name, p.role, p.attendance) for p in parse_strict(text).people]


# -- a heading that names who is listed: each listed holds that standing ---------------------


def test_board_members_in_attendance_were_gives_each_a_board_member() -> None:
    text = (
        "# Riverside Makers board meeting, 4 March 2026\n\n"
        "Board members in attendance were:\n\n- Nora Quinn\n- Ben Ashe\n\n"
        "Also in attendance were:\n\n- Omar Said (Assistant to the Treasurer)\n\n"
        "## Finances\n\nThe balance was noted.\n"
    )
    assert people(text) == [
        ("Nora Quinn", "Board member", "present"),
        ("Ben Ashe", "Board member", "present"),
        ("Omar Said", "Assistant to the Treasurer", "in attendance"),
    ]


def test_a_voting_member_roll_call_with_padded_tick_boxes() -> None:
    text = (
        "Notes of the Riverside Open Data TSC, 4 March 2026.\n\n"
        "## Attendance\nVoting member rollcall:\n"
        "[x ] Nora Quinn, Riverside Labs (NQ)\n"
        "[x ] Ben Ashe, Riverside Labs\n"
        "[ ] Dee Ross, Quay Studios\n\n"
        "## Other Attendees\nOmar Said\n\n# Minutes\nThe roadmap was discussed.\n"
    )
    assert people(text) == [
        ("Nora Quinn", "Voting member, Riverside Labs", "present"),
        ("Ben Ashe", "Voting member, Riverside Labs", "present"),
        ("Dee Ross", "Voting member, Quay Studios", "absent"),
        ("Omar Said", None, "present"),
    ]


def test_a_bodys_attendees_are_its_members_beside_their_organisations() -> None:
    text = (
        "# Riverside Render TSC Meeting Notes - 2026-03-04\n\n## Attendance\n\n"
        "* Secretary: Nora Quinn\n"
        "* TSC Attendees:\n"
        "  * [ ] Ben Ashe - Quay Studios\n"
        "  * [x] Nora Quinn - Freelance\n"
        "  * [x] Dee Ross - Riverside Labs\n"
        "* Other Attendees:\n"
        "  * Omar Said (Mill Animation)\n\n"
        "## Agenda\n* Release plan\n"
    )
    assert people(text) == [
        ("Nora Quinn", "Secretary, Freelance", "present"),
        ("Ben Ashe", "TSC member, Quay Studios", "absent"),
        ("Dee Ross", "TSC member, Riverside Labs", "present"),
        ("Omar Said", "Mill Animation", "present"),
    ]


def test_other_attendees_or_an_introduction_give_no_role() -> None:
    text = (
        "Riverside Makers plenum, 4 March 2026\n\n"
        "Introduction of attendees:\nNora Quinn\nBen Ashe\n\n"
        "Other attendees:\nOmar Said\n\n1. Tools\nThe lathe was noted.\n"
    )
    assert people(text) == [
        ("Nora Quinn", None, "present"),
        ("Ben Ashe", None, "present"),
        ("Omar Said", None, "present"),
    ]


# -- the meeting's title names its members' office; a sentence does not ----------------------


def test_a_board_of_directors_in_a_sentence_gives_the_members_present_no_office() -> None:
    text = (
        "# Riverside Hackspace annual meeting\n\n## Purpose\n\n"
        "At the annual meeting the voting members shall elect the Board of\n"
        "Directors and approve the budget.\n\n"
        "## Participants\n\n- Members Present:\n    - Nora\n    - Ben\n    - Dee\n\n"
        "## Reports\n\nNora gave the treasurer's report.\n"
    )
    assert people(text) == [
        ("Nora", None, "present"),
        ("Ben", None, "present"),
        ("Dee", None, "present"),
    ]


def test_a_board_of_directors_meeting_in_the_title_gives_each_present_a_director() -> None:
    text = (
        "Riverside Hackspace\nMeeting of the Board of Directors, 4 March 2026\n\n"
        "Present: Nora Quinn, Ben Ashe\n\n1. Accounts\nThe accounts were approved.\n"
    )
    assert people(text) == [
        ("Nora Quinn", "Director", "present"),
        ("Ben Ashe", "Director", "present"),
    ]
