"""Kinds of attendance and naming read on short Riverside passages: headings that say who
attends in other words, roll calls written surname first, user names and organisations in
square brackets, role headings over names, chat transcripts, first names in a series,
offices in running text; and what none of them may take."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def _people(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(p.name, p.role, p.attendance) for p in parse_strict(text).people]


def _names(text: str) -> list[str | None]:
    return [p.name for p in parse_strict(text).people]


def test_a_label_and_a_word_of_attendance_heads_a_list() -> None:
    text = (
        "Riverside Allotments Board\nMinutes of 4 March 2025\n\n"
        "Board attendance: Chair Hana Pryce, Treasurer Owen Leckie\n\n"
        "Plot holders in attendance via Zoom: Sara Quinn, Nick Draper.\n\n"
        "1. Water troughs\nThe troughs were cleaned.\n"
    )
    assert _people(text) == [
        ("Hana Pryce", "Chair", "present"),
        ("Owen Leckie", "Treasurer", "present"),
        ("Sara Quinn", "Plot holder", "in attendance"),
        ("Nick Draper", "Plot holder", "in attendance"),
    ]


def test_a_heading_of_office_holders_present_underlined_or_numbered() -> None:
    text = (
        "Riverside Trust General Meeting\n14 September 2024\n\n"
        "Trustees Present\n----------------\nAmira Cole, Ben Hale, Dora Finch\n\n"
        "### 2.1.1 Voting Members Present\n* Evan Lowe\n* Fay Moss\n\n"
        "Report\n------\nBen Hale presented the accounts.\n"
    )
    assert _people(text) == [
        ("Amira Cole", "Trustee", "present"),
        ("Ben Hale", "Trustee", "present"),
        ("Dora Finch", "Trustee", "present"),
        ("Evan Lowe", "Voting Member", "present"),
        ("Fay Moss", "Voting Member", "present"),
    ]


def test_a_sentence_ending_in_present_is_no_heading() -> None:
    text = (
        "Riverside Hall Committee\nMinutes of 3 March 2025\n\n"
        "All members were present\nMark Ellery opened the meeting.\n"
    )
    assert ("Mark Ellery", None, "present") not in _people(text)


def test_a_roll_call_written_surname_first_with_organisations() -> None:
    text = (
        "Riverside Standards Group\nMinutes of 5 March 2025\n\n"
        "Voting Members Present:\n"
        "* Pryce, Hana;\tRiverside Homes\n* Leckie, Owen;\tRiverside Trust, Ltd.\n"
        "* Quinn, Sara; Riverside Council\n\n"
        "1. Terms of reference\nAgreed.\n"
    )
    assert _people(text) == [
        ("Hana Pryce", "Voting Member, Riverside Homes", "present"),
        ("Owen Leckie", "Voting Member, Riverside Trust, Ltd", "present"),
        ("Sara Quinn", "Voting Member, Riverside Council", "present"),
    ]


def test_first_names_in_a_list_line_are_not_turned_round() -> None:
    text = "Riverside Choir\nNotes of 6 March 2025\n\nPresent:\nGreg, Dan\nSarah, Tom\n\n1. Songs\n"
    assert _names(text) == ["Greg", "Dan", "Sarah", "Tom"]


def test_user_names_and_organisations_in_square_brackets() -> None:
    text = (
        "# Riverside Makers TSC\n\n## Attendees (by chat name)\n"
        "* hana_p [Riverside Labs]\n* Owen Leckie [Tapworks]\n* null [meta]\n"
        "* sara.quinn\n* nickd\n\n## Notes\nThe 3D printer is back.\n"
    )
    assert _people(text) == [
        ("hana_p", "Riverside Labs", "present"),
        ("Owen Leckie", "Tapworks", "present"),
        ("sara.quinn", None, "present"),
        ("nickd", None, "present"),
    ]


def test_a_user_name_in_brackets_is_no_role_and_files_are_no_users() -> None:
    text = (
        "Riverside Cycling Club\nMinutes of 7 March 2025\n\nAttendees\n=========\n"
        "  * Hana Pryce (hana_p)\n  * Owen Leckie (Rider42)\n\n"
        "Minutes\n=======\nSee notes.md and minutes.pdf for the route.\n"
    )
    assert _people(text) == [
        ("Hana Pryce", None, "present"),
        ("Owen Leckie", None, "present"),
    ]


def test_letters_after_a_name_that_are_not_its_initials_are_its_body() -> None:
    text = (
        "Riverside Partners\nMinutes of 8 March 2025\n\n"
        "Present\nHana (RLT), Owen Leckie (OL), Sara Quinn (RPG)\n\n"
        "1. The RPG members agreed the plan.\n"
    )
    assert [(p.name, p.role, p.initials) for p in parse_strict(text).people] == [
        ("Hana", "RLT", None),
        ("Owen Leckie", None, "OL"),
        ("Sara Quinn", "RPG", None),
    ]


def test_a_role_heading_over_names_gives_each_role_in_turn() -> None:
    text = (
        "# Riverside Makers TSC\n\n## Chair and Co-Chair\n* Hana Pryce\n"
        "* Owen Leckie [Tapworks]\n\n### 7. Next facilitator\nSara\n\n"
        "Chair\n    Nick Draper\nScribe\n    Dora Finch\n\n## Treasurer's report\n"
        "The balance is healthy.\n"
    )
    assert _people(text) == [
        ("Hana Pryce", "Chair", None),
        ("Owen Leckie", "Co-Chair, Tapworks", None),
        ("Sara", "Next facilitator", None),
        ("Nick Draper", "Chair", None),
        ("Dora Finch", "Scribe", None),
    ]


def test_a_comma_list_wrapped_inside_a_name_and_a_note_under_a_heading() -> None:
    text = (
        "Riverside Swim Club\nMinutes of 9 March 2025\n\nAttendees\n"
        "Hana Pryce, Owen Leckie, Sara Quinn, Alistair\nMoss, Nick Draper\n\n"
        "## Observers present\n\n"
        "Note: observers who wish to join should write to the secretary.\n\n"
        "* Dora Finch, Riverside Homes\n\n1. Pool times\nAgreed.\n"
    )
    assert _people(text) == [
        ("Hana Pryce", None, "present"),
        ("Owen Leckie", None, "present"),
        ("Sara Quinn", None, "present"),
        ("Alistair Moss", None, "present"),
        ("Nick Draper", None, "present"),
        ("Dora Finch", "Observer, Riverside Homes", "in attendance"),
    ]


def test_speakers_of_a_chat_transcript() -> None:
    text = (
        "# Riverside Makers call\n\n## Minutes\n\n"
        "hanap: the laser cutter needs a new lens\n"
        "owenl: I can order one this week\n"
        "hanap: thanks, the supplier is slow\n"
        "Owenl: noted\n"
        "Note: the room is booked\nNote: bring a laptop\n"
        "TODO: tidy the shelves\nTODO: label the bins\n"
    )
    assert _names(text) == ["hanap", "owenl"]


def test_one_speaker_alone_is_no_transcript() -> None:
    text = "# Riverside notes\n\nStatus: open\nzorbo: one line\nzorbo: another line\n"
    assert _names(text) == []


def test_first_names_in_a_series_as_the_subject() -> None:
    text = (
        "Riverside Residents AGM\n\n"
        "Graham, John, Mary and Iain gave the presentation. "
        "Victoria, Albert and Regent streets were resurfaced. "
        "Oak, Ash and Elm were planted.\n"
    )
    assert _names(text) == ["Graham", "John", "Mary", "Iain"]


def test_offices_in_running_text() -> None:
    text = (
        "Riverside Hall Committee\nMinutes of 3 March 2025\n\n"
        "As Secretary, Brynn will send the invitations. "
        "President Jordan welcomed everyone. "
        "The signs are with former Secretary Wes, he is to bring them. "
        "Iona Edwards, accountant, also needed to see the letter. "
        "Nia Ross, our treasurer, presented the accounts. "
        "Kim Lowe with Riverside Credit Union is the contact. "
        "The Treasurer Report was noted. Chair Training is booked.\n"
    )
    assert _people(text) == [
        ("Brynn", "Secretary", None),
        ("Jordan", "President", None),
        ("Wes", "former Secretary", None),
        ("Iona Edwards", "accountant", None),
        ("Nia Ross", "treasurer", None),
        ("Kim Lowe", "Riverside Credit Union", None),
    ]


def test_short_forms_join_the_one_full_name_they_start() -> None:
    text = (
        "Riverside Hall Committee\nMinutes of 3 March 2025\n\n"
        "Present: Mitchell Blake, Carter Dunn, Chris Hale, Christine Lowe\n\n"
        "1. Roof\nMitch said the roof leaks. Cart will get a quote. Chris agreed.\n"
    )
    assert _names(text) == ["Mitchell Blake", "Carter Dunn", "Chris Hale", "Christine Lowe"]


def test_weekdays_and_places_are_no_people() -> None:
    text = (
        "Riverside Haus Plenum\n\nPresent: Anja, Tilmann, Doug\n\n"
        "- Mittwoch: market pickup (Doug)\n- Freitag: bins out\n"
        "Anja will visit York St. John. Joe Is working on it.\n"
    )
    assert _names(text) == ["Anja", "Tilmann", "Doug"]


def test_a_roll_call_marks_who_came_and_pronouns_are_no_role() -> None:
    text = (
        "Riverside Parish Council\nMinutes of 3 March 2025\n\n"
        "Roll call:\nSmith - present\nJones - absent\nPatel - excused\n\n"
        "In attendance: Ann Wu (she/her), Clerk\n"
        "Absent without apologies: Cllr Ray Dunn\n\n1. Minutes\nApproved.\n"
    )
    assert _people(text) == [
        ("Smith", None, "present"),
        ("Jones", None, "absent"),
        ("Patel", None, "apologies"),
        ("Ann Wu", "Clerk", "in attendance"),
        ("Ray Dunn", "Cllr", "absent"),
    ]


def test_short_offices_first_names_with_offices_and_who_facilitated() -> None:
    text = (
        "Riverside Garden Club\nMeeting of 3 March 2025\n\n"
        "Present: Jane Smith (Pres.), Bob Lee (Treas.), Ann Wu (Sec.), Kim Ode\n\n"
        "The meeting was facilitated by Lou Park. Tom (treasurer) reported a balance. "
        "Sue, our secretary, read the minutes. Rose (the shop) is closed. "
        "Bill (see below) was paid.\n"
    )
    assert [(p.name, p.role) for p in parse_strict(text).people] == [
        ("Jane Smith", "President"),
        ("Bob Lee", "Treasurer"),
        ("Ann Wu", "Secretary"),
        ("Kim Ode", None),
        ("Lou Park", "Facilitator"),
        ("Tom", "treasurer"),
        ("Sue", "secretary"),
    ]


def test_a_grid_of_names_two_to_a_line_with_initials() -> None:
    text = (
        "Riverside Athletics Committee\n22 September 2025\n\nLocation Riverside Hall\n"
        "Hana Pryce (HP) (Chair) Owen Leckie (OL)\nSara Quinn (SQ) Nick Draper (ND)\n"
        "Dora Finch (DF) Rafe Moss (RM)\n\n1. General\nHP opened the meeting.\n"
    )
    assert [(p.name, p.role, p.initials) for p in parse_strict(text).people] == [
        ("Hana Pryce", "Chair", "HP"),
        ("Owen Leckie", None, "OL"),
        ("Sara Quinn", None, "SQ"),
        ("Nick Draper", None, "ND"),
        ("Dora Finch", None, "DF"),
        ("Rafe Moss", None, "RM"),
    ]


def test_why_someone_is_absent_written_after_the_name() -> None:
    text = (
        "Riverside Parish Council\nMinutes of 9 May 2025\n\nPresent: Cllr Hana Pryce (Chair)\n\n"
        "3/ Apologies\nA Potter unav.\nCllr J Hale unwell\n\n4/ Minutes\nApproved.\n"
    )
    assert _people(text) == [
        ("Hana Pryce", "Chair", "present"),
        ("A Potter", None, "apologies"),
        ("J Hale", "Cllr", "apologies"),
    ]
