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


# -- offices given at the meeting: selected, carried proposals, unopposed candidates ---------


def test_a_proposal_carried_on_its_line_and_a_selection_give_offices_by_initials() -> None:
    text = (
        "RIVERSIDE PAVILION ASSOCIATION\nAGM, 4 March 2026\n\n"
        "  1. Present\n\n    NQ - Nora Quinn\n\n    BA - Ben Ashe\n\n    DR - Dee Ross\n\n"
        "    OS - Omar Said\n\n"
        "  2. All committee members stood down.\n\n"
        "  3. NQ proposed as chair and all supported - agreed.\n\n"
        "  4. BA proposed as treasurer.\n\n"
        "  5. DR and OS all selected as committee members.\n\n"
        "Action: NQ to write to the bank.\n"
    )
    assert [(p.name, p.role) for p in parse_strict(text).people] == [
        ("Nora Quinn", "chair"),
        ("Ben Ashe", None),  # proposed, and nothing says it was carried
        ("Dee Ross", "committee member"),
        ("Omar Said", "committee member"),
    ]


def test_names_selected_as_officers_and_candidates_who_ran_unopposed() -> None:
    text = (
        "# Riverside Hackspace annual meeting\n\n"
        "## Participants\n\n- Members Present:\n    - Nora\n    - Ben\n    - Dee\n\n"
        "## Elections\n\nResults of the elections are as follows:\n\n"
        "`   President: ''Nora Quinn ran unopposed`\n\n"
        "`   Vice President:  ''Ben Ashe ran unopposed`\n\n"
        "Dee Ross and Omar Said were selected as trustees.\n"
    )
    assert [(p.name, p.role) for p in parse_strict(text).people] == [
        ("Nora Quinn", "President"),
        ("Ben Ashe", "Vice President"),
        ("Dee Ross", "trustee"),
        ("Omar Said", "trustee"),
    ]


def test_a_listed_short_name_joins_the_one_full_name_found_outside_the_lists() -> None:
    text = (
        "# Riverside Hackspace annual meeting\n\n"
        "## Participants\n\n- Members Present:\n    - Gabe\n    - Obi\n    - Dan\n\n"
        "## Talks\n\n- 19:20–19:30 Dana Reyes - Laser safety\n\n## Elections\n\n"
        "`   Treasurer: ''Obioma Hale ran unopposed`\n\n"
        "`   At large seats: ''Gabriel Ashe ran unopposed`\n"
    )
    assert people(text) == [
        ("Gabriel Ashe", "At large seats", "present"),  # "Gabe", a short form of Gabriel
        ("Obioma Hale", "Treasurer", "present"),  # "Obi", no name of its own
        ("Dan", None, "present"),  # a name of his own, not the start of "Dana"
        ("Dana Reyes", None, None),
    ]


# -- a run-on attendance line ------------------------------------------------------------------


def test_apologies_for_absence_run_on_after_the_last_name_present() -> None:
    text = (
        "Minutes of the Riverside Hall Committee held on 4th March 2026 by Zoom\n"
        "1. Attendance: Nora Quinn, Ben Ashe, Dee Ross Apologies for absence: Omar Said, "
        "Lena Marsh\n"
        "2. Minutes of previous meeting approved. Proposed: NQ Seconded: BA\n"
        "3. Finance\n3.1 DR reported the balance.\n"
    )
    assert people(text) == [
        ("Nora Quinn", None, "present"),
        ("Ben Ashe", None, "present"),
        ("Dee Ross", None, "present"),
        ("Omar Said", None, "apologies"),
        ("Lena Marsh", None, "apologies"),
    ]


def test_full_names_run_together_in_a_flattened_page_are_read_in_pairs() -> None:
    text = (
        "The Riverside Trust Board of Trustees Meeting Minutes March 4, 2026 1. Call to order "
        "The meeting began at 10:37 when a quorum was recognized by the Chairman. 2. Roll Call "
        "Trustees Present: Nora Quinn Shane Ashe Isabel Drost-Fromm Dee Ross (joined late) "
        "3. Schedule The board discussed its priorities for the year and agreed to meet again "
        "in April. Nora: fundraising. Dee: the new website.\n"
    )
    assert [p for p in people(text) if p[0]] == [
        ("Nora Quinn", "Trustee", "present"),
        ("Shane Ashe", "Trustee", "present"),
        ("Isabel Drost-Fromm", "Trustee", "present"),
        ("Dee Ross", "Trustee", "present"),
    ]


def test_capitalised_words_run_together_that_are_no_names_are_no_list() -> None:
    text = (
        "Riverside Hall Committee Minutes March 4, 2026 1. Roll Call Members Present: "
        "Finance Report Annual Accounts Budget Review Website Update 2. Finance The accounts "
        "were received.\n"
    )
    assert people(text) == []


# -- who did a duty, by its label -----------------------------------------------------------


def test_minutes_or_notes_labelling_a_name_give_the_taker() -> None:
    text = (
        "Riverside Makers plenum\n4 March 2026\n\nChair: Priya Patel\nMinutes: Tom Reed\n\n"
        "1. Tools\nMinutes: approved as a true record.\nNotes: the lathe is back.\n"
    )
    assert people(text) == [("Priya Patel", "Chair", None), ("Tom Reed", "Minute taker", None)]


# -- couples sharing a surname ---------------------------------------------------------------


def test_a_couple_written_with_one_surname_are_two_people_of_that_name() -> None:
    text = (
        "Riverside Residents Association\nMinutes of 4 March 2026\n\n"
        "Present: Priya Patel (Chair), Tom Reed, Anne & Wilf Platt\n"
        "Apologies: Dee Ross, Chris and Caroline Hale, Sam Lee.\n\n"
        "1. Litter pick\nWilf reported a good turnout.\n"
    )
    assert people(text) == [
        ("Priya Patel", "Chair", "present"),
        ("Tom Reed", None, "present"),
        ("Anne Platt", None, "present"),
        ("Wilf Platt", None, "present"),
        ("Dee Ross", None, "apologies"),
        ("Chris Hale", None, "apologies"),
        ("Caroline Hale", None, "apologies"),
        ("Sam Lee", None, "apologies"),
    ]


def test_first_names_listed_with_one_full_name_are_no_couple() -> None:
    text = (
        "Riverside Makers plenum\n4 March 2026\n\nPresent: Anne, Tom and Wilf Platt\n\n"
        "1. Tools\nNoted.\n"
    )
    assert people(text) == [
        ("Anne", None, "present"),
        ("Tom", None, "present"),
        ("Wilf Platt", None, "present"),
    ]


def test_an_office_after_a_name_keeps_its_words_as_written() -> None:
    text = (
        "Riverside Parish Council\nMinutes of 4 March 2026\n\n"
        "Priya Patel, Clerk to the Council, read the letter from the county.\n"
    )
    assert people(text) == [("Priya Patel", "Clerk to the Council", None)]
