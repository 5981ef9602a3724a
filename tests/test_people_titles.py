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
        ("S Pember", "Councillor", "present"),
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
