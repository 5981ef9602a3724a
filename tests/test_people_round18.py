"""People and roles in attendance lists of shapes real minutes write (issue 11, round 18).
Invented minutes of fictional bodies; each test names the kind of line it reads."""

from __future__ import annotations

from clerk_tui.core.parse import parse

HEAD = "Minutes of the Hatchford Parish Council, 3 March 2025\n"


def people(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.name, p.role) for p in parse(text).people]


def test_a_name_role_table_flattened_with_spaces_under_its_head() -> None:
    text = (
        "Minutes of the Ashby Rovers committee meeting\nMonday 3rd March 2025\n"
        "Attendee Role\nGwen Pryce Chairperson\nOwen Lake Club Secretary\n"
        "Terry Vine Marketing Manager\nSally Dunn Youth Coordinator\n"
        "Nia Cole U12s Coordinator\nIan Marsh Treasurer\n"
        "The minutes of the last meeting were approved.\n"
    )
    assert people(text) == [
        ("Gwen Pryce", "Chairperson"),
        ("Owen Lake", "Club Secretary"),
        ("Terry Vine", "Marketing Manager"),
        ("Sally Dunn", "Youth Coordinator"),
        ("Nia Cole", "U12s Coordinator"),
        ("Ian Marsh", "Treasurer"),
    ]


def test_a_surname_that_is_also_a_place_word_after_a_title() -> None:
    text = HEAD + "Present: Cllr Ann Hall, Cllr Bob Green, Cllr Di Park, Cllr Ed North.\n"
    assert people(text) == [
        ("Ann Hall", "Cllr"),
        ("Bob Green", "Cllr"),
        ("Di Park", "Cllr"),
        ("Ed North", "Cllr"),
    ]


def test_the_next_item_after_a_list_on_the_heading_line_is_no_person() -> None:
    for item in ("1. Water", "4) Highways and verges", "Water"):
        text = (
            HEAD
            + f"Present: Cllrs Kate Lowe, Mo Nash, Ollie Dean\n{item}\nClerk to fix the trough.\n"
        )
        assert people(text) == [
            ("Kate Lowe", "Cllr"),
            ("Mo Nash", "Cllr"),
            ("Ollie Dean", "Cllr"),
        ], item


def test_a_name_that_goes_on_to_the_next_line_of_a_list_still_counts() -> None:
    text = HEAD + "Present: Cllrs Kate Lowe, Mo Nash\nOllie Dean and Pia Ross\n\n1. Water\n"
    assert [n for n, _ in people(text)] == ["Kate Lowe", "Mo Nash", "Ollie Dean", "Pia Ross"]


def test_how_they_attended_after_the_list_word() -> None:
    for head in ("Present (via Teams)", "Attending remotely", "Present via Zoom", "Present online"):
        text = (
            HEAD
            + f"Present: Kate Lowe (Chair), Liam Moss\n{head}: Ned Owen, Tara Penn\n\n1. Water\n"
        )
        assert [n for n, _ in people(text)] == [
            "Kate Lowe",
            "Liam Moss",
            "Ned Owen",
            "Tara Penn",
        ], head


def test_apologies_written_short_with_first_names_only() -> None:
    for head in ("Apols", "APOLS", "Apols received from"):
        text = HEAD + f"Present: Kate Lowe, Liam Moss\n{head}: Jo, Sam\n\n1. Water\n"
        assert [n for n, _ in people(text)] == ["Kate Lowe", "Liam Moss", "Jo", "Sam"], head


def test_a_row_of_roles_under_a_row_of_names() -> None:
    on_the_heading_line = (
        HEAD + "Present: Kate Lowe, Liam Moss, Ned Owen\nChair, Treasurer, Secretary\n\n1. Water\n"
    )
    under_the_heading = (
        HEAD
        + "Present\nKate Lowe, Liam Moss, Ned Owen\nChair, Treasurer, Bookings Secretary\n\n"
        + "1. Water\n"
    )
    tabbed = (
        HEAD
        + "Attendees\nKate Lowe\tChair\nLiam Moss\tTreasurer\nNed Owen\tSecretary\n\n1. Water\n"
    )
    assert people(on_the_heading_line) == [
        ("Kate Lowe", "Chair"),
        ("Liam Moss", "Treasurer"),
        ("Ned Owen", "Secretary"),
    ]
    assert people(under_the_heading)[2] == ("Ned Owen", "Bookings Secretary")
    assert people(tabbed) == people(on_the_heading_line)


def test_a_row_of_roles_that_does_not_match_the_names_gives_none() -> None:
    text = HEAD + "Present: Kate Lowe, Liam Moss, Ned Owen\nClerk, Treasurer\n\n1. Water\n"
    assert [r for _, r in people(text)][:3] == [None, None, None]


def test_a_login_in_brackets_then_the_role_after_a_dash() -> None:
    text = (
        "Widget Society committee, 11 November 2024\n\nPresent:\n\n"
        "  - Rui Costa e Silva (rc781) – Chair\n  - Adam Jenks (aj35) – Secretary\n"
        "  - Dora Bell (db260) – Publicity Officer\n\n1. Reimbursements\n"
    )
    assert people(text) == [
        ("Rui Costa e Silva", "Chair"),
        ("Adam Jenks", "Secretary"),
        ("Dora Bell", "Publicity Officer"),
    ]


def test_further_attendees_with_their_organisations() -> None:
    for head in ("Additional Attendees", "Other attendees", "Also, in attendance"):
        text = (
            "Widget TSC meeting, 21 March 2024\n\nAttendees: Nora Bell, Dev Kapoor\n\n"
            f"{head}: Brian Chalk (Intel), Anna Pryce (DWA),\nTuan Ho (LF)\n\nAgenda:\n"
        )
        assert people(text)[2:] == [
            ("Brian Chalk", "Intel"),
            ("Anna Pryce", "DWA"),
            ("Tuan Ho", "LF"),
        ], head


def test_a_list_with_no_commas_each_person_opened_by_a_title() -> None:
    text = (
        "HATCHFORD PARISH COUNCIL Minutes of the Meeting held on 4 December 2024\n\n"
        "Present: Cllr Ann Lowe (Chair) Cllr Bea Moss Cllr Cy Nash (Vice Chair) Cllr Di Owen "
        "Cllr Janet Pike Helen Quill (Parish Clerk and RFO)\n\n"
        "Public: 3 Also, in attendance: Kit Reed, Tree Warden Cllr Lou Sims, NCC\n\n"
        "275/24 The evacuation procedure was read.\n"
    )
    assert people(text) == [
        ("Ann Lowe", "Chair"),
        ("Bea Moss", "Cllr"),
        ("Cy Nash", "Vice Chair"),
        ("Di Owen", "Cllr"),
        ("Janet Pike", "Cllr"),
        ("Helen Quill", "Parish Clerk and RFO"),
        ("Kit Reed", "Tree Warden"),
        ("Lou Sims", "NCC"),
    ]


def test_a_role_first_list_with_titles_is_not_split_so() -> None:
    text = HEAD + "Present: Vice Chairman Cllr Tom Hodges, Clerk Mrs Wendy Gray\n\n1. Water\n"
    assert people(text) == [("Tom Hodges", "Vice Chairman"), ("Wendy Gray", "Clerk")]


def test_given_names_the_english_table_lacks() -> None:
    text = (
        HEAD
        + "Attendees : Niamh Doyle (ND), Liam North (LN), Aoife Hall (AH) and Imran Shah (IS)\n"
        "\n1. Water\nCiaran to fix the trough.\n"
    )
    assert [n for n, _ in people(text)] == [
        "Niamh Doyle",
        "Liam North",
        "Aoife Hall",
        "Imran Shah",
        "Ciaran",
    ]
    assert [a.owner for a in parse(text).actions] == ["Ciaran"]


def test_a_long_name_with_a_particle() -> None:
    text = (
        HEAD
        + "Present:\n- Maria Luisa Costa da Silva – Chair\n- Tomás Ruiz y Vega – Treasurer\n"
        + "\n1. Water\n"
    )
    assert people(text) == [
        ("Maria Luisa Costa da Silva", "Chair"),
        ("Tomás Ruiz y Vega", "Treasurer"),
    ]


def test_initials_that_are_also_an_office_s_letters() -> None:
    text = (
        HEAD + "In Attendance\nCouncillors K Lowe (KL) Chair, P Marsh (PM) Vice-Chair, "
        "O Dean (OD) R Rudd (RR),\nT Sims (TS)\n\n1. Water\n"
    )
    assert people(text)[:2] == [("K Lowe", "Chair"), ("P Marsh", "Vice-Chair")]
    project = HEAD + "Present: Nick Draper (PM), Ann Lee (Chair)\n\n1. Water\n"
    assert people(project)[0] == ("Nick Draper", "PM")


def test_names_two_spaces_apart_in_a_list() -> None:
    text = (
        HEAD
        + "PRESENT  C.Cook(Clerk), H. Lane  S. Hale ,  P. Jones, M. Ball  J. Berry\n\n1. Water\n"
    )
    assert [n for n, _ in people(text)] == [
        "C.Cook",
        "H. Lane",
        "S. Hale",
        "P. Jones",
        "M. Ball",
        "J. Berry",
    ]


def test_a_double_surname_written_with_and_without_its_hyphen_is_one_person() -> None:
    text = (
        HEAD + "Present: Cllr Mary Hesketh-Harvey, Cllr Tom Bell\n\n1. Water\n"
        "Cllr Mary Hesketh Harvey said the trough leaks.\n"
    )
    assert people(text) == [("Mary Hesketh-Harvey", "Cllr"), ("Tom Bell", "Cllr")]


def test_a_titled_name_does_not_run_on_into_the_next_person() -> None:
    text = HEAD + "Present: Cllr Janet Pike Helen Quill (Clerk)\n\n1. Water\n"
    assert people(text) == [("Janet Pike", "Cllr"), ("Helen Quill", "Clerk")]


def test_attendance_in_informal_notes() -> None:
    text = (
        "Hall committee notes 3/3/25\nHere: Ann, Bob, Cath\nSent apologies: Dee\nNot here: Eve\n"
        "- Ann to ring the plumber\n"
    )
    got = [(p.name, p.attendance) for p in parse(text).people]
    assert got == [
        ("Ann", "present"),
        ("Bob", "present"),
        ("Cath", "present"),
        ("Dee", "apologies"),
        ("Eve", "absent"),
    ]


NAMES = ["Ann Lee", "Bob Tate", "Carl Moss", "Dee Orr", "Eve Parr"]
ROLES = ["Chair", "Vice Chair", "Treasurer", "Youth Club", "Bowls Club"]


def test_a_table_flattened_by_columns_with_a_gap_or_a_head_between_the_runs() -> None:
    expected = list(zip(NAMES, ROLES, strict=True))
    names, roles = "\n".join(NAMES), "\n".join(ROLES)
    for layout in (f"Present\n\n{names}\n\n{roles}\n", f"Name\n{names}\nRepresenting\n{roles}\n"):
        text = f"Ashby Hall committee, 3 March 2025\n{layout}\n1. Water\n"
        assert people(text) == expected, layout


def test_names_over_a_sentence_take_no_roles() -> None:
    text = "Ashby Hall committee, 3 March 2025\nPresent\nAnn Lee\nBob Tate\n\nThe Chair spoke.\n"
    assert people(text)[:2] == [("Ann Lee", None), ("Bob Tate", None)]
