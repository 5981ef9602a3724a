"""People and roles in attendance layouts and mentions real minutes write (issue 11, round
19). Invented minutes of fictional bodies; each test names the kind of layout it reads."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict

HEAD = "Minutes of the Brackwell Hall Committee, 4 June 2025\n"


def people(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.name, p.role) for p in parse_strict(text).people]


def roll(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(p.name, p.role, p.attendance) for p in parse_strict(text).people]


# A table row whose cells hold lines, pasted flat: the list's heading, then every name one a
# line, then every role one a line in the same order, the cells apart by " / ", a tab or a
# colon after the heading.


def test_a_row_of_cells_apart_by_slashes_each_list_its_own_row() -> None:
    text = HEAD + (
        "Present / Ann Lee\nBob Tate\nCarl Moss / Chair\nTreasurer\nYouth Club\n"
        "Apologies / Dan Hill\nEve Cole / Bowls Club\nSecretary\n"
        "1. Welcome\nAnn welcomed everyone.\n"
    )
    assert roll(text) == [
        ("Ann Lee", "Chair", "present"),
        ("Bob Tate", "Treasurer", "present"),
        ("Carl Moss", "Youth Club", "present"),
        ("Dan Hill", "Bowls Club", "apologies"),
        ("Eve Cole", "Secretary", "apologies"),
    ]


def test_a_row_of_cells_apart_by_tabs() -> None:
    text = HEAD + (
        "Attendees\tNora Quill\nPeter Shaw\nRuth Amos\tChairman\nSecretary\nWI representative\n"
        "Item 1 Welcome\nNora opened the meeting.\n"
    )
    assert roll(text) == [
        ("Nora Quill", "Chairman", "present"),
        ("Peter Shaw", "Secretary", "present"),
        ("Ruth Amos", "WI representative", "present"),
    ]


def test_the_heading_with_a_colon_on_the_first_name_s_line() -> None:
    text = HEAD + (
        "Present: Gwen Hale\nOwen Pryce\nIvy Marsh\nChairwoman\nTreasurer\nDrama Group\n"
        "Apologies: Sam Reed\nTess Vine\nBowls Club\nSecretary\n"
        "1. Minutes\nThe minutes were signed.\n"
    )
    assert roll(text) == [
        ("Gwen Hale", "Chairwoman", "present"),
        ("Owen Pryce", "Treasurer", "present"),
        ("Ivy Marsh", "Drama Group", "present"),
        ("Sam Reed", "Bowls Club", "apologies"),
        ("Tess Vine", "Secretary", "apologies"),
    ]


def test_a_column_of_the_bodies_each_person_speaks_for() -> None:
    text = HEAD + (
        "Present\nMaya Roth\nLeo Hart\nPip Shaw\nBowls Club\nFriends of the Green\nNEWT\n"
        "Maya welcomed all.\n"
    )
    assert people(text) == [
        ("Maya Roth", "Bowls Club"),
        ("Leo Hart", "Friends of the Green"),
        ("Pip Shaw", "NEWT"),
    ]


def test_a_row_s_roles_stop_at_the_next_list_s_heading() -> None:
    text = HEAD + (
        "Apologies\nMaya Roth\nLeo Hart\nChair\nTreasurer\nPresent\nPip Shaw\nTom Reed\n"
        "Pip welcomed all.\n"
    )
    assert roll(text) == [
        ("Maya Roth", "Chair", "apologies"),
        ("Leo Hart", "Treasurer", "apologies"),
        ("Pip Shaw", None, "present"),
        ("Tom Reed", None, "present"),
    ]


def test_a_row_of_names_alone_after_a_slash() -> None:
    text = HEAD + "Present / Hal Burke\nIris Dane\nJon Pike\nItem 1 Welcome\nHal opened.\n"
    assert roll(text) == [
        ("Hal Burke", None, "present"),
        ("Iris Dane", None, "present"),
        ("Jon Pike", None, "present"),
    ]


def test_names_over_item_titles_take_no_roles() -> None:
    text = HEAD + "Present\nMaya Roth\nLeo Hart\nPip Shaw\nWelcome\nMINUTES\nFinance\nMaya spoke.\n"
    assert people(text) == [("Maya Roth", None), ("Leo Hart", None), ("Pip Shaw", None)]


def test_a_table_one_person_a_row_keeps_each_row_s_role() -> None:
    text = HEAD + "Present | Hal Burke\nIris Dane | Treasurer\nJon Pike | Secretary\n1. Welcome\n"
    assert people(text) == [
        ("Hal Burke", None),
        ("Iris Dane", "Treasurer"),
        ("Jon Pike", "Secretary"),
    ]


def test_two_names_apart_by_a_slash_are_no_name_and_role() -> None:
    text = HEAD + "Present\nHal Burke\nIris Dane / Jon Pike\nTreasurer\n1. Welcome\n"
    assert all(role is None for _, role in people(text))


# A list's heading, then the members' group label with its own colon ("Present: Cllrs:",
# "Present: Councillors:"): each listed keeps the office written beside them.


def test_a_title_label_after_the_heading_loses_no_one() -> None:
    text = HEAD + "Present: Cllrs: A Fenn (Chairman), B Grove, C Holt\n1. Apologies\nNone.\n"
    assert roll(text) == [
        ("A Fenn", "Chairman", "present"),
        ("B Grove", None, "present"),
        ("C Holt", None, "present"),
    ]


def test_a_plural_office_label_leaves_each_one_s_own_office() -> None:
    text = HEAD + (
        "Present: Councillors: Rhian Moss (Chair), Idris Penn (Vice-Chair), Huw Tait\n"
        "1. Apologies\nNone.\n"
    )
    assert people(text) == [
        ("Rhian Moss", "Chair"),
        ("Idris Penn", "Vice-Chair"),
        ("Huw Tait", "Councillor"),
    ]


def test_governors_listed_under_their_label_with_a_chair_among_them() -> None:
    text = HEAD + "Attendance: Governors: Kay Dale (Chair), Paul Orme, Nita Shah\n1. Welcome\n"
    assert people(text) == [
        ("Kay Dale", "Chair"),
        ("Paul Orme", "Governor"),
        ("Nita Shah", "Governor"),
    ]


def test_a_plural_office_label_still_gives_its_office_to_those_with_none() -> None:
    text = HEAD + "Present: Town Councillors: Ada Wren, Ben Holt\n1. Welcome\n"
    assert people(text) == [("Ada Wren", "Town Councillor"), ("Ben Holt", "Town Councillor")]


def test_a_single_office_label_is_the_first_name_s_only() -> None:
    text = HEAD + "Present: Parish Clerk: Tara Webb; Cllrs Ada Wren, Ben Holt\n1. Welcome\n"
    assert people(text)[0] == ("Tara Webb", "Parish Clerk")
    assert all(role != "Parish Clerk" for _, role in people(text)[1:])


# An office, a comma and its holder in running text, the holder closing the sentence or
# between commas, the office maybe hyphened ("the Chairman, Cllr Fenn.", "The
# Vice-Chairman, Cllr Grove, said").

COUNCIL = HEAD + "Present: Cllr A Fenn, Cllr B Grove, Cllr C Holt\n4. Planning\n"


def role_of(text: str, name: str) -> str | None:
    return next(p.role for p in parse_strict(text).people if p.name == name)


def test_the_office_then_its_holder_closing_the_sentence() -> None:
    text = COUNCIL + "The minutes were signed by the Chairman, Cllr Fenn.\n"
    assert role_of(text, "A Fenn") == "Chairman"


def test_a_hyphened_office_then_its_holder_between_commas() -> None:
    text = COUNCIL + "The Vice-Chairman, Cllr Grove, said the plans were too large.\n"
    assert role_of(text, "B Grove") == "Vice-Chairman"
    text = COUNCIL + "A letter from the Deputy-Mayor, Cllr Holt, was read.\n"
    assert role_of(text, "C Holt") == "Deputy-Mayor"


def test_a_hyphened_office_then_a_holder_with_a_title_before_a_semicolon() -> None:
    text = HEAD + (
        "Present: Omar Vance, Lina Ruiz\n4. Finance\n"
        "The report was given by the Co-Chair, Dr Lina Ruiz; it was noted.\n"
    )
    assert role_of(text, "Lina Ruiz") == "Co-Chair"


def test_the_office_before_a_list_of_names_is_no_one_s() -> None:
    text = COUNCIL + "The Chairman, Cllr Grove, Cllr Holt and the Clerk will meet the agent.\n"
    assert role_of(text, "B Grove") == "Cllr"
    text = COUNCIL + "It was signed by the Chairman, Cllr Fenn and Cllr Grove.\n"
    assert role_of(text, "A Fenn") == "Cllr"


# An office the holder keeps or takes on, said in running text ("should remain as
# Vice-Chairman", "agreed to become the Bookings Secretary", "will continue as Treasurer").

OFFICERS = HEAD + "Present: Ann Lee, Bob Tate, Chris Moss\n5. Officers\n"


def test_an_office_the_holder_is_to_keep() -> None:
    text = COUNCIL + "It was proposed that Cllr B Grove should remain as Vice-Chairman.\n"
    assert role_of(text, "B Grove") == "Vice-Chairman"
    text = OFFICERS + "Ann Lee will continue as Treasurer for another year.\n"
    assert role_of(text, "Ann Lee") == "Treasurer"
    text = OFFICERS + "Chris Moss was happy to stay on as our Secretary.\n"
    assert role_of(text, "Chris Moss") == "Secretary"


def test_an_office_the_holder_takes_on() -> None:
    text = OFFICERS + "Bob agreed to become the Bookings Secretary.\n"
    assert role_of(text, "Bob Tate") == "Bookings Secretary"
    text = OFFICERS + "Chris Moss became Treasurer in May.\n"
    assert role_of(text, "Chris Moss") == "Treasurer"


def test_no_office_from_a_guess_a_refusal_or_a_membership() -> None:
    for said in (
        "Ann asked whether Bob Tate would become Treasurer.",
        "Bob Tate will not continue as Treasurer.",
        "Bob Tate declined to become Chair.",
        "Chris Moss became a member in May.",
        "The hall will remain as a polling station.",
    ):
        assert all(role is None for _, role in people(OFFICERS + said + "\n")), said


# An initial and a surname that two listed people share names neither of them for sure.


def test_an_initial_two_listed_people_share_gives_neither_the_office() -> None:
    text = HEAD + (
        "Present: Cllr Mick Peake, Cllr Mandy Peake, Cllr Ann Dale\n5. Vice-Chairman\n"
        "It was proposed that Cllr M Peake should remain as Vice-Chairman.\n"
    )
    assert people(text)[:2] == [("Mick Peake", "Cllr"), ("Mandy Peake", "Cllr")]
    text = HEAD + (
        "Present: Sara Kent, Simon Kent, Ann Dale\n4. Finance\n"
        "The accounts were presented by the Treasurer, Dr S Kent.\n"
    )
    assert people(text)[:2] == [("Sara Kent", None), ("Simon Kent", None)]


def test_an_initial_one_listed_person_has_is_theirs() -> None:
    text = HEAD + (
        "Present: Cllr Mick Peake, Cllr Ann Peake, Cllr Ann Dale\n5. Vice-Chairman\n"
        "It was proposed that Cllr M Peake should remain as Vice-Chairman.\n"
    )
    assert people(text)[:2] == [("Mick Peake", "Vice-Chairman"), ("Ann Peake", "Cllr")]


# Two columns of a list pasted as one row: a person's role after a dash runs on into the
# next person, whose initials in brackets close the line.


def test_a_role_then_the_next_person_with_their_initials() -> None:
    text = HEAD + (
        "Present: Nia Rowe (NR) – Chair Owen Bale (OB)\n"
        "Lucy Tait (LT) – Treasurer Ian Cope (IC)\n"
        "Sam Hale (SH) Dora Finch (DF)\n"
        "Apologies: Pete Gray (PG)\n1 Apologies\n"
    )
    assert people(text) == [
        ("Nia Rowe", "Chair"),
        ("Owen Bale", None),
        ("Lucy Tait", "Treasurer"),
        ("Ian Cope", None),
        ("Sam Hale", None),
        ("Dora Finch", None),
        ("Pete Gray", None),
    ]


def test_a_role_then_the_next_person_in_a_comma_list() -> None:
    text = (
        HEAD + "Attendees: Rhys Ward (RW) - Secretary Kate Lowe (KL), Tom Bright (TB)\n1 Minutes\n"
    )
    assert people(text) == [("Rhys Ward", "Secretary"), ("Kate Lowe", None), ("Tom Bright", None)]


def test_an_office_closed_by_its_own_letters_stays_whole() -> None:
    for office in ("Director of Adult Social Care (ASC)", "Lead for Mary Seacole House (MSH)"):
        text = HEAD + f"Present: Jo Marsh (JM) – {office}, Tom Bright (TB)\n1 Minutes\n"
        assert people(text) == [("Jo Marsh", office), ("Tom Bright", None)]


# Names run on in a row with single spaces, given name and surname in turn (a row of a
# table pasted flat), under the title or after the list's heading.


def test_rows_of_names_run_on_under_the_title() -> None:
    text = (
        "Notes of the Hall Committee\nTuesday 3 June 2025\n"
        "Ann Lee Bob Tate Carl Moss Dora Finch\nElla Hart Fred Shaw Gail Ross\n"
        "1. Apologies\nNone.\n"
    )
    assert [name for name, _ in people(text)] == [
        "Ann Lee",
        "Bob Tate",
        "Carl Moss",
        "Dora Finch",
        "Ella Hart",
        "Fred Shaw",
        "Gail Ross",
    ]


def test_a_row_of_names_run_on_after_the_heading() -> None:
    text = HEAD + "Present: Nora Quill Peter Shaw Ruth Amos Tom Reed\n1. Apologies\n"
    assert roll(text) == [
        ("Nora Quill", None, "present"),
        ("Peter Shaw", None, "present"),
        ("Ruth Amos", None, "present"),
        ("Tom Reed", None, "present"),
    ]
    text = (
        HEAD + "Attendees:\nNora Quill Peter Shaw Ruth Amos\nTom Reed Alice Ford Jack Dunn\n1. X\n"
    )
    assert len(people(text)) == 6


def test_one_long_name_places_and_a_title_are_no_rows_of_names() -> None:
    text = HEAD + "Present: Mary Anne Lloyd Harris, Bob Tate\n1. Apologies\n"
    assert people(text) == [("Mary Anne Lloyd Harris", None), ("Bob Tate", None)]
    text = "Joint meeting of the parishes of\nLangford Ashby Kirkton Fenwick Dalby Marston\n1. X\n"
    assert people(text) == []
    text = "Annual General Meeting Held In The Village Hall\nMinutes\n1. Apologies\n"
    assert people(text) == []


# A first name and the initial of the surname, as informal notes name people ("Nina R.
# will", "Alan E would"), the subject of a task or a report.


def test_a_first_name_and_the_surname_s_initial_as_a_subject() -> None:
    text = HEAD + (
        "Attending: Ann Lee, Bob Tate\n1. Fete\n"
        "Nancy R. will make a pumpkin pie. Alan E would like an overview of the routes.\n"
        "Peter C. agreed to run the tombola.\n"
    )
    assert [name for name, _ in people(text)] == [
        "Ann Lee",
        "Bob Tate",
        "Nancy R",
        "Alan E",
        "Peter C",
    ]


def test_a_first_name_and_an_initial_is_the_listed_person_it_shortens() -> None:
    text = HEAD + "Attending: Ann Lee, Myra Fassler\n1. Fete\nMyra F. will bring the cups.\n"
    assert people(text) == [("Ann Lee", None), ("Myra Fassler", None)]


def test_a_word_and_a_letter_are_no_one() -> None:
    text = HEAD + (
        "Attending: Ann Lee, Bob Tate\n1. Fete\n"
        "Plan B will be used. Section C will apply. Mark A would be ideal.\n"
    )
    assert people(text) == [("Ann Lee", None), ("Bob Tate", None)]


# An initial and a surname opening a line as a verb's subject, with their office in
# brackets ("R Dale (County Councillor) and T Penn (District Councillor) also advised").


def test_initial_surnames_with_their_offices_as_a_line_s_subject() -> None:
    text = COUNCIL + (
        "R Dale (County Councillor) and T Penn (District Councillor) also advised they "
        "could not attend.\nJ Rowe (Tree Warden) said the oak was sound.\n"
    )
    assert people(text)[3:] == [
        ("R Dale", "County Councillor"),
        ("T Penn", "District Councillor"),
        ("J Rowe", "Tree Warden"),
    ]


def test_an_initial_surname_with_a_bracket_that_is_no_office() -> None:
    text = COUNCIL + "K Marsh (resident) asked about the bins.\nL Hope (see above) agreed.\n"
    assert people(text)[3:] == [("K Marsh", None), ("L Hope", None)]


# A table of people pasted onto one line by columns: names closed by their initials in
# brackets, then as many roles run on, then a mark of attendance each.


def test_a_row_of_initialled_names_then_their_roles_and_marks() -> None:
    text = (
        "Minutes of the Governing Body, 3 May 2025 Ann Lee (AL) Bob Tate (BT) Carl Moss (CM) "
        "Dee Hart (DH) Co-opted Governor, Chair Parent Governor Staff Governor Headteacher and "
        "Ex-Officio Governor Present Present Apologies Present 1. Welcome The Chair opened.\n"
    )
    assert roll(text) == [
        ("Ann Lee", "Co-opted Governor, Chair", "present"),
        ("Bob Tate", "Parent Governor", "present"),
        ("Carl Moss", "Staff Governor", "apologies"),
        ("Dee Hart", "Headteacher and Ex-Officio Governor", "present"),
    ]


def test_a_row_of_initialled_names_then_roles_with_no_marks() -> None:
    text = (
        "Minutes of the Trustees, 3 May 2025 Ann Lee (AL) Bob Tate (BT) Carl Moss (CM) "
        "Trustee, Chair Trustee Treasurer 1. Welcome AL opened the meeting.\n"
    )
    assert roll(text) == [
        ("Ann Lee", "Trustee, Chair", None),
        ("Bob Tate", "Trustee", None),
        ("Carl Moss", "Treasurer", None),
    ]


def test_initialled_names_with_too_few_roles_take_none() -> None:
    text = HEAD + "Ann Lee (AL) Bob Tate (BT) Carl Moss (CM) Chair Treasurer. The roof leaks.\n"
    assert people(text) == [("Ann Lee", None), ("Bob Tate", None), ("Carl Moss", None)]


def test_bodies_with_their_letters_are_no_row_of_people() -> None:
    text = HEAD + (
        "Letters came from the Parish Council (PC) the District Council (DC) the Highways "
        "Agency (HA) and Natural England (NE) about the verge.\n"
    )
    assert people(text) == []


# A remark in brackets after a name, on how or whether the person took part, is no role.


def test_how_someone_took_part_in_brackets_is_no_role() -> None:
    text = HEAD + (
        "Present: Ann Lee (chair), Dora Finch (via Teams), Fred Shaw (by phone), "
        "Ella Hart (unable to stay - report read by Ann Lee), Gus Ray (online)\n1. Apologies\n"
    )
    assert people(text) == [
        ("Ann Lee", "chair"),
        ("Dora Finch", None),
        ("Fred Shaw", None),
        ("Ella Hart", None),
        ("Gus Ray", None),
    ]


def test_a_remark_in_brackets_after_a_titled_name_in_the_text() -> None:
    text = HEAD + (
        "2. Reports from guests\nRev Tom Hill (via Zoom) spoke about the church roof.\n"
        "Dr Jo Ward (unable to attend - report read by the Clerk) sent figures.\n"
        "Mrs Amy Fry (Treasurer) gave the accounts.\n"
    )
    assert [role_of(text, name) for name in ("Tom Hill", "Jo Ward", "Amy Fry")] == [
        None,
        None,
        "Treasurer",
    ]


# A name, a comma, the office, then the person's initials with no brackets ("Bob Tate,
# Vice Chair BT"): the initials are theirs, not part of the office.


def test_initials_after_the_office_with_no_brackets() -> None:
    text = "22 January 2025\nPresent: Ann Lee, Chair AL\nBob Tate, Vice Chair BT\n1. Prayers\n"
    assert [(p.name, p.role, p.initials) for p in parse_strict(text).people] == [
        ("Ann Lee", "Chair", "AL"),
        ("Bob Tate", "Vice Chair", "BT"),
    ]
    text = "22 January 2025\nPresent: Gil Shaw, Secretary GS\n\nEli Ross, Treasurer ER\n\n1. X\n"
    assert [(p.name, p.role) for p in parse_strict(text).people] == [
        ("Gil Shaw", "Secretary"),
        ("Eli Ross", "Treasurer"),
    ]


def test_letters_after_an_office_that_are_not_the_person_s_stay() -> None:
    text = HEAD + "Present: Bob Tate, Liaison NHS\nCara Moss, Lead CCG\n1. Welcome\n"
    assert people(text) == [("Bob Tate", "Liaison NHS"), ("Cara Moss", "Lead CCG")]


# A list on its heading's line that goes on a person a paragraph, blank lines between
# ("Present: Ann Lee, Chair" then "Bob Tate, Vice Chair" ...).


def test_a_list_going_on_one_person_a_paragraph() -> None:
    text = (
        "Minutes of the PCC, 22 January 2025\nPresent: Ann Lee, Chair\n\nBob Tate, Vice Chair\n\n"
        "Cara Moss, Churchwarden\n\nDee Penn\n\nEli Ross, Treasurer\n\n1. Opening prayers\n"
    )
    assert roll(text) == [
        ("Ann Lee", "Chair", "present"),
        ("Bob Tate", "Vice Chair", "present"),
        ("Cara Moss", "Churchwarden", "present"),
        ("Dee Penn", None, "present"),
        ("Eli Ross", "Treasurer", "present"),
    ]
    text = "Minutes of the PCC\nApologies: Ann Lee\n\nBob Tate, Treasurer\n\n1. Prayers\n"
    assert roll(text) == [("Ann Lee", None, "apologies"), ("Bob Tate", "Treasurer", "apologies")]


def test_a_paragraph_after_a_list_that_is_no_person_ends_it() -> None:
    text = (
        "Minutes of the PCC\nPresent: Ann Lee, Bob Tate\n\nThe Chair welcomed everyone.\n\n"
        "Dee Penn\n\n1. Opening prayers\n"
    )
    assert [p.attendance for p in parse_strict(text).people if p.name == "Dee Penn"] == [None]
    text = "Minutes of the PCC\nPresent: Ann Lee, Bob Tate\n\nVillage Hall Car Park\n\n1. X\n"
    assert people(text) == [("Ann Lee", None), ("Bob Tate", None)]


def test_an_office_written_out_stays_so_when_other_lines_title_the_holder_cllr() -> None:
    text = (
        "Minutes of the Parish Council\nPresent: Cllr Ann Hale, Cllr Bob Ward\n"
        "Borough Councillor - Mr. C Penn\n1. Apologies\nNone.\n"
        "2. Reports\nCllr. Penn reported on the bins.\n"
    )
    assert role_of(text, "C Penn") == "Borough Councillor"
    text = "Minutes\nAlso present: County Cllr Peter Hale\n\n1. Apologies\nNone.\n"
    assert role_of(text, "Peter Hale") == "County Cllr"


# A name followed by its initials with a middle one among them ("Paul Baines PJB").


def test_initials_with_a_middle_one_after_the_name_are_no_surname() -> None:
    text = (
        "Minutes of the Cricket Club AGM\n"
        "1. Members Present – John Gale JG, Paul Baines PJB, Tom Wills TMW, Jamie Webb.\n"
        "2. Apologies\nNone.\n3. Nets\nPJB to order the new nets.\n"
    )
    assert [(p.name, p.initials) for p in parse_strict(text).people] == [
        ("John Gale", "JG"),
        ("Paul Baines", "PJB"),
        ("Tom Wills", "TMW"),
        ("Jamie Webb", None),
    ]


def test_a_surname_in_capitals_stays_a_surname() -> None:
    text = HEAD + "Present: Trudy HALL, Cllr Alan REID, Mary Jo PAGE\n1. Welcome\n"
    assert [name for name, _ in people(text)] == ["Trudy Hall", "Alan Reid", "Mary Jo Page"]


def test_a_role_run_on_into_the_minutes_headings_in_capitals_stops_there() -> None:
    text = (
        "Minutes of the Governing Body 3 May 2025 In attendance: Eve Ross (ER) - Clerk "
        "AGENDA ITEM MINUTES ACTION NO: 1. Welcome The Chair opened.\n"
    )
    assert role_of(text, "Eve Ross") == "Clerk"
    text = HEAD + "Present: Ann Lee (VICE CHAIR), Cara Moss (Chair, NHS TRUST BOARD)\n1. X\n"
    assert people(text) == [("Ann Lee", "VICE CHAIR"), ("Cara Moss", "Chair, NHS TRUST BOARD")]


# A name too long for an entry in a comma list is no one's role.


def test_a_long_name_in_a_list_is_not_the_role_of_the_one_before() -> None:
    text = (
        'Minutes\nPresent: Ann Lee, Luis Diogo Monteiro Duarte Couto (aka "Luis"), Bob Tate\n1. X\n'
    )
    assert role_of(text, "Ann Lee") is None
    text = "Minutes\nPresent: Ann Lee, Head of Parks and Open Spaces, Bob Tate (chair)\n1. X\n"
    assert role_of(text, "Ann Lee") is not None


# A list's heading as the first cell of a table row ("| Participants | Ann Lee, ... |").


def test_a_list_heading_in_a_table_row_s_first_cell() -> None:
    text = (
        "# Steering Meeting 12\n|||\n|---|---|\n| Date | 4 March 2025 |\n"
        "| Participants | Ann Lee, Bob Tate (chair), Carl Moss (minutes) |\n\nReview of actions\n"
    )
    assert roll(text) == [
        ("Ann Lee", None, "present"),
        ("Bob Tate", "chair", "present"),
        ("Carl Moss", "minutes", "present"),
    ]
    text = (
        "# Steering Meeting 12\n| Item | Details |\n|---|---|\n"
        "| Present | Ann Lee, Bob Tate (chair) |\n| Apologies | Dee Hall |\n| Date | 4 March |\n"
    )
    assert [p.attendance for p in parse_strict(text).people] == ["present", "present", "apologies"]


def test_a_table_row_whose_first_cell_is_no_list_heading() -> None:
    text = "# Steering Meeting 12\n| Venue | Ann Lee's house, Bob Tate's barn |\n1. X\n"
    assert all(p.attendance is None for p in parse_strict(text).people)
