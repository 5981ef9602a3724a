"""Attendance lists run together: titles that start each person, a role after its name's
comma, a list set in a table row; the exact people and roles found (Riverside text, written
for these tests)."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def people(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(p.name, p.role, p.attendance) for p in parse_strict(text).people]


def test_island_titles_start_each_person_and_the_role_follows_the_comma() -> None:
    text = (
        "Riverside Scrutiny Panel\nRecord of Meeting\n"
        "Present | Deputy A. B. Marsh, Chairman Deputy C.D. Lowe, Vice-Chairman Connétable "
        "E. F. Royle Senator G H Dean |\n"
        "Apologies |\n|\n"
        "In attendance | Mrs K. Ford , Scrutiny Officer (Item 1) Mr L. Bray , Scrutiny Officer |\n"
        "Ref Back | Agenda matter | Action |\n"
        "1. Minutes The Panel approved the minutes. |\n"
    )
    assert people(text) == [
        ("A. B. Marsh", "Chairman", "present"),
        ("C.D. Lowe", "Vice-Chairman", "present"),
        ("E. F. Royle", "Connétable", "present"),
        ("G H Dean", "Senator", "present"),
        ("K. Ford", "Scrutiny Officer (Item 1)", "in attendance"),
        ("L. Bray", "Scrutiny Officer", "in attendance"),
    ]


def test_island_titles_in_lines_with_no_heading() -> None:
    text = (
        "Riverside Health Sub-Panel\nRecord of Meeting\n\n"
        "Deputy A.L. Marsh , Chairman\n\nDeputy N.J. Lowe\n\nConnétable F.J. Royle\n\n"
        "1. Minutes\n\nThe Sub-Panel approved the records of its last meeting.\n"
    )
    assert people(text) == [
        ("A.L. Marsh", "Chairman", None),
        ("N.J. Lowe", "Deputy", None),
        ("F.J. Royle", "Connétable", None),
    ]


def test_deputy_before_an_office_is_no_title() -> None:
    text = (
        "Riverside Parish Council\n\nPresent: Deputy Chair Cllr B Dean, Cllr S Pember\n\n"
        "1. Budget\nThe Deputy Chief Executive reported on the budget.\n"
    )
    assert people(text) == [
        ("B Dean", "Deputy Chair", "present"),
        ("S Pember", "Cllr", "present"),
        (None, "Deputy Chief Executive", None),
    ]


def test_a_title_starts_the_next_person_where_a_comma_is_missing() -> None:
    text = (
        "RIVERSIDE PARISH COUNCIL\n\n"
        "PRESENT: – Councillors – Mrs J Ashby (Chair), Mr T Rook (Vice Chair), Mr H Vane "
        "Mrs P Gould, Mr. D. Sale & Mr K Hale (Clerk).\n\n"
        "1. APOLOGIES – Mr R Penn\n"
    )
    assert people(text) == [
        ("J Ashby", "Councillor (Chair)", "present"),
        ("T Rook", "Vice Chair", "present"),
        ("H Vane", "Councillor", "present"),
        ("P Gould", "Councillor", "present"),
        ("D. Sale", "Councillor", "present"),
        ("K Hale", "Clerk", "present"),
        ("R Penn", None, "apologies"),
    ]


def test_user_names_and_a_body_bracketed_after_each_member() -> None:
    text = (
        "# Riverside Tools Steering Group 2026-03-04\n\n## Present\n"
        "* Evan Lee @evanlee (RSG)\n* Joy Marsh @jmarsh (RSG)\n* Rod Hale @rhale (RSG)\n"
        "* Steve Fisher @sfisher (SF)\n\n## Agenda\n\n* Release plan\n"
    )
    assert [(p.name, p.role, p.initials) for p in parse_strict(text).people] == [
        ("Evan Lee", "RSG", None),
        ("Joy Marsh", "RSG", None),
        ("Rod Hale", "RSG", None),
        ("Steve Fisher", None, "SF"),
    ]


def test_a_body_label_gives_its_members_and_one_word_names_stay_people() -> None:
    text = (
        "# Riverside Council 2026-03-04\n\n## Attendance\n\n"
        "Council: Mara, Eli Shaw, Tam Rook, Santiago (sub for dlee), Mark\n"
        "Trustees: Ann Lowry, Bo Dean\n\n## Notes\n\n- Check-in\n"
    )
    assert people(text) == [
        ("Mara", "Council", "present"),
        ("Eli Shaw", "Council", "present"),
        ("Tam Rook", "Council", "present"),
        ("Santiago", "sub for dlee", "present"),
        ("Mark", "Council", "present"),
        ("Ann Lowry", "Trustee", "present"),
        ("Bo Dean", "Trustee", "present"),
    ]


def test_an_initial_and_a_surname_heading_a_bullet_as_its_subject() -> None:
    text = (
        "Riverside Makers, Town Hall, 4 March 2026\n\n"
        " - C Wilbur asked whether candidates would be told the dates\n"
        "   - E Marl answered that they would\n"
        " - D Porter is working on a members' forum.\n"
        " - C Wilbur and R Gask are repainting the space over Easter.\n"
        " - Q Could the bins be emptied weekly?\n"
        " - A Review of the rota was discussed.\n"
    )
    assert people(text) == [
        ("C Wilbur", None, None),
        ("E Marl", None, None),
        ("D Porter", None, None),
        ("R Gask", None, None),
    ]


def test_a_role_label_over_several_names_and_a_contact_with_their_number() -> None:
    text = (
        "Riverside Volunteers weekly call\n\n"
        "Present: Aapeli, Gabx, Nicole, Shirley\nScribes: Aapeli, Nicole\n"
        "Contact: Maureen Ashby  01632 960418\n\n* Nicole: forum listing\n"
    )
    assert people(text) == [
        ("Aapeli", "Scribe", "present"),
        ("Gabx", None, "present"),
        ("Nicole", "Scribe", "present"),
        ("Shirley", None, "present"),
        ("Maureen Ashby", "Contact", None),
    ]


def test_numbered_headings_a_misspelt_heading_and_why_someone_is_away() -> None:
    text = (
        "RIVERSIDE PARISH COUNCIL\n\n"
        "In Attendence : Councillors; Pell, Okafor, Rains. Six members of the public\n\n"
        "1/ Open Forum\nNo matters were raised.\n\n2/ Apologies\nW Carr - holiday\n\n"
        "3/ Minutes\nThe minutes were approved.\n"
    )
    assert people(text) == [
        ("Pell", "Councillor", "in attendance"),
        ("Okafor", "Councillor", "in attendance"),
        ("Rains", "Councillor", "in attendance"),
        ("W Carr", None, "apologies"),
    ]


def test_one_person_listed_with_fewer_initials_in_a_second_list() -> None:
    text = (
        "RIVERSIDE ROADS GROUP\n\nPresent: Mr GT Weald; Mr DE Coombs; Mrs R Ince and Mr C Vale, "
        "clerk.\n\n1. Notes of the last meeting\n\n"
        "Present Mr GT Weald; Mrs R Ince; Mr D Coombs and Mr C Vale, clerk.\n"
    )
    assert people(text) == [
        ("GT Weald", None, "present"),
        ("DE Coombs", None, "present"),
        ("R Ince", None, "present"),
        ("C Vale", "clerk", "present"),
    ]


def test_a_title_written_once_before_a_list_of_surnames() -> None:
    text = (
        "Riverside Scrutiny Committee\n\n1. Review groups\n"
        "a. That Councillor Mrs Pike, Dewar, Olds and Sandy be appointed to the Buses Review "
        "Group.\nb. That Councillor Hale, Riverside Ward, chair the group.\n"
    )
    assert people(text) == [
        ("Pike", "Councillor", None),
        ("Dewar", "Councillor", None),
        ("Olds", "Councillor", None),
        ("Sandy", "Councillor", None),
        ("Hale", "Councillor", None),
    ]


def test_an_office_with_its_holder_in_brackets_without_a_title() -> None:
    text = (
        "Riverside Health Scrutiny Committee\n\n4. Joint committee\n"
        "The Committee received a report of the Scrutiny and Policy Officer (Naomi Acker) on "
        "the joint committee, and of the Director (Public Health).\n"
    )
    assert people(text) == [
        ("Naomi Acker", "Scrutiny and Policy Officer", None),
        (None, "Director", None),  # "(Public Health)" is no one
    ]


def test_given_names_alone_in_notes_that_name_people_by_first_name() -> None:
    text = (
        "# Riverside Makerspace members' meeting\n\nPresent: Aapeli, Gabx, Shirley\n\n"
        "- Coordinating with Paul on the fellowships.\n"
        "- Matt Chang will follow up with Sam (landlord) about the machine.\n"
        "- Eugene wrote a handover note.\n"
        "- Laurel at the cottage is overhanging the path.\n"
        "- Chris Dane and Shirley will share the slides; Chris is happy to help.\n"
    )
    assert people(text) == [
        ("Aapeli", None, "present"),
        ("Gabx", None, "present"),
        ("Shirley", None, "present"),
        ("Paul", None, None),
        ("Matt Chang", None, None),
        ("Sam", "landlord", None),
        ("Eugene", None, None),
        ("Chris Dane", None, None),
    ]


def test_given_names_alone_are_no_one_in_formal_minutes() -> None:
    text = (
        "Riverside Parish Council\n\nPresent: Cllr A Lowry (Chair), Cllr B Dean\n\n"
        "1. Trees\nLaurel at Mill Cottage is overhanging the footway. A letter to Chester "
        "was agreed.\n"
    )
    assert people(text) == [("A Lowry", "Chair", "present"), ("B Dean", "Cllr", "present")]


def test_the_meetings_title_names_the_office_of_those_present() -> None:
    text = (
        "Minutes of Governors Meeting\n\n          Full Governors Meeting\n"
        "          Tuesday 18th January 2026\n\n"
        "Present: Neil Hart, Rose Tait, Gavin Eller.\n\n"
        "In attendance: Amanda Cleve (deputy head), Janet Yeo (clerk).\n\n"
        "1. Apologies were received from Ingrid Marsh.\n"
    )
    assert people(text) == [
        ("Neil Hart", "Governor", "present"),
        ("Rose Tait", "Governor", "present"),
        ("Gavin Eller", "Governor", "present"),
        ("Amanda Cleve", "deputy head", "in attendance"),
        ("Janet Yeo", "clerk", "in attendance"),
        ("Ingrid Marsh", None, "apologies"),
    ]
