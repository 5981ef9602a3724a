"""People rules, one kind of text each: the exact people, roles, lists and initials found."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def people(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.name, p.role) for p in parse_strict(text).people]


def attendance(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(p.name, p.attendance, p.initials) for p in parse_strict(text).people]


# -- attendance lists -------------------------------------------------------------------------


def test_bulleted_block_under_headings_with_org_and_bracketed_role() -> None:
    text = (
        "Steering Group\n\nAttendees\n\nMembers\n\n"
        "  • Hetty Marsh - Riverside Council ( Chair)\n"
        "  • Joe Pryor - Riverside Homes\n\n"
        "Observers and speakers\n\n"
        "  • Ali Kazmi - Riverside Council (Secretariat)\n\n"
        "Apologies\n\n  • Nora Quinn - Riverside Trust\n\n1. Welcome\nThe group met.\n"
    )
    assert people(text) == [
        ("Hetty Marsh", "Riverside Council (Chair)"),
        ("Joe Pryor", "Riverside Homes"),
        ("Ali Kazmi", "Riverside Council (Secretariat)"),
        ("Nora Quinn", "Riverside Trust"),
    ]
    assert [a for _, a, _ in attendance(text)] == [
        "present",
        "present",
        "in attendance",
        "apologies",
    ]


def test_markdown_heading_and_bold_heading_with_split_emphasis() -> None:
    text = (
        "## Participants\nTeodor Lisle\nMarta Quell\n\n"
        "A**pologies**: Dina Frost, Cllr Oake\n\nNotes follow.\n"
    )
    assert attendance(text) == [
        ("Teodor Lisle", "present", None),
        ("Marta Quell", "present", None),
        ("Dina Frost", "apologies", None),
        ("Oake", "apologies", None),
    ]


def test_run_on_present_list_over_lines_with_honorific_split_by_a_line_break() -> None:
    text = (
        "**Present**: Alys Bevan, Rhodri Price, Catrin Lloyd,\n"
        "Owain Hughes, Cllr Gwen Morris. Cllr\nIfan Jones (representing Riverside Trust)\n\n"
        "1. Minutes\n"
    )
    assert people(text) == [
        ("Alys Bevan", None),
        ("Rhodri Price", None),
        ("Catrin Lloyd", None),
        ("Owain Hughes", None),
        ("Gwen Morris", "Cllr"),
        ("Ifan Jones", "representing Riverside Trust"),
    ]


def test_one_line_list_with_initials_dash_role_and_role_colon_name() -> None:
    text = (
        "PRESENT (five Councillors): - Ann Dale (AD), Bryn Cole (BC) – Chair, Cai Rees (CR) "
        "Dot Hale (DH), and Eve Moss (EM). Parish Clerk: Fred Lowe In attendance: two "
        "members of the public.\n\nAD reported on the hall.\n"
    )
    assert [(p.name, p.role, p.initials) for p in parse_strict(text).people] == [
        ("Ann Dale", None, "AD"),
        ("Bryn Cole", "Chair", "BC"),
        ("Cai Rees", None, "CR"),
        ("Dot Hale", None, "DH"),
        ("Eve Moss", None, "EM"),
        ("Fred Lowe", "Parish Clerk", None),
    ]


def test_list_line_name_then_its_organisation_or_then_more_names() -> None:
    text = (
        "Attendance\n\n"
        "- Pia Lund (PL), Riverside Lab, Data Services\n"
        "- Bo Strand (BS), RLAB\n\n"
        "Apologies\n\n- Maud Fenn, Ivo Dane\n- Rose Whitlow, Moore and Smalley\n\nItems\n"
    )
    assert people(text) == [
        ("Pia Lund", "Riverside Lab, Data Services"),
        ("Bo Strand", "RLAB"),
        ("Maud Fenn", None),
        ("Ivo Dane", None),
        ("Rose Whitlow", "Moore and Smalley"),
    ]


def test_first_names_only_list() -> None:
    text = "1) Apologies for absence Robin, Les, Stuart, Nigel\n2) Present - Mark (Chair), Dot\n"
    assert people(text) == [
        ("Robin", None),
        ("Les", None),
        ("Stuart", None),
        ("Nigel", None),
        ("Mark", "Chair"),
        ("Dot", None),
    ]


def test_double_spaced_attendance_table_as_pasted_from_pdf() -> None:
    text = (
        "**Attendance:**\n\n"
        "Cllr Ada Penhale            AP        Chairperson\n\n"
        "Cllr Tom Rudd               TR\n\n"
        "Lena Marsh                  LM        Parish Clerk\n\n \n\n"
        "**Also in attendance:**\n\n"
        "Cllr Owen Fry               OF        Riverside County Council\n\n \n\n"
        "1. Welcome\n"
    )
    assert [(p.name, p.role, p.attendance, p.initials) for p in parse_strict(text).people] == [
        ("Ada Penhale", "Councillor (Chairperson)", "present", "AP"),
        ("Tom Rudd", "Cllr", "present", "TR"),
        ("Lena Marsh", "Parish Clerk", "present", "LM"),
        ("Owen Fry", "Councillor, Riverside County Council", "in attendance", "OF"),
    ]


def test_plural_honorific_list_wrapped_over_blank_lines_with_initial_qualifiers() -> None:
    text = (
        "PRESENT IN THE CHAIR: Councillor R. Doyle, Mayor.\n\n"
        "MEMBERS PRESENT:\n\n"
        "Councillors Abbot (T), Byrne, Ó Faoláin, O’Meara,\n\n"
        "Doyle (P) and Keane.\n\n"
        "The Mayor welcomed everybody.\n"
    )
    assert people(text) == [
        ("R. Doyle", "Mayor"),
        ("T. Abbot", "Councillor"),
        ("Byrne", "Councillor"),
        ("Ó Faoláin", "Councillor"),
        ("O’Meara", "Councillor"),
        ("P. Doyle", "Councillor"),
        ("Keane", "Councillor"),
    ]


def test_offices_with_their_holders_in_brackets_over_wrapped_lines() -> None:
    text = (
        "OFFICIALS IN ATTENDANCE:\n\n"
        "Director of Services (Mr. P. Lyne), Meetings Administrator (Ms. J.\n\n"
        "Coyle), Administrative Officer, Corporate\n\n"
        "Services (Nora Hayes).\n\n"
        "1. Adoption of Minutes\n"
    )
    assert people(text) == [
        ("P. Lyne", "Director of Services"),
        ("J. Coyle", "Meetings Administrator"),
        ("Nora Hayes", "Administrative Officer, Corporate Services"),
    ]


def test_present_in_the_chair_gives_the_chair() -> None:
    text = "Present in the chair: Councillor Ann Lowry\n\nMembers present: Cllr Bo Dean\n"
    assert people(text) == [("Ann Lowry", "Chair"), ("Bo Dean", "Cllr")]


def test_one_line_list_with_initials_and_role_in_one_bracket() -> None:
    text = (
        "*Participants:*\n\n"
        "Ann Abel (AA - chair), Emma Young (EY), Yann Guiavarc'h (YG),"
        " Dai Sears (DSe - minutes)\n\n"
        "*Apologies:*\nDan Sell (DSl)\n\n## Agenda\n"
    )
    assert [(p.name, p.role, p.initials) for p in parse_strict(text).people] == [
        ("Ann Abel", "chair", "AA"),
        ("Emma Young", None, "EY"),
        ("Yann Guiavarc'h", None, "YG"),
        ("Dai Sears", "minutes", "DSe"),
        ("Dan Sell", None, "DSl"),
    ]


def test_first_names_under_a_heading_and_attendees_in_a_heading() -> None:
    text = (
        "## Attendees:\n Priyanka, Joanna, Tomasz\n\n## Notes\nWe met.\n\n"
        "#### Introduction of attendees\n - Ola Berg\n - Ravi Shah\n - Jan van der Velde\n\n"
        "### Next\n"
    )
    assert people(text) == [
        ("Priyanka", None),
        ("Joanna", None),
        ("Tomasz", None),
        ("Ola Berg", None),
        ("Ravi Shah", None),
        ("Jan van der Velde", None),
    ]


def test_bulleted_names_with_their_organisations() -> None:
    text = (
        "Other board members present:\n\n"
        "- Jeff Orland, Tapworks\n- Morgan Lyle, Goldcrest Bank\n- Ravi Shah, Riverside Lab\n"
    )
    assert people(text) == [
        ("Jeff Orland", "Tapworks"),
        ("Morgan Lyle", "Goldcrest Bank"),
        ("Ravi Shah", "Riverside Lab"),
    ]


def test_semicolons_part_people_and_commas_their_organisations() -> None:
    text = "Present: Ann Lowry, Riverside Homes; Bo Dean, Riverside Trust; Cy Hart, Tapworks\n"
    assert people(text) == [
        ("Ann Lowry", "Riverside Homes"),
        ("Bo Dean", "Riverside Trust"),
        ("Cy Hart", "Tapworks"),
    ]


def test_observers_and_a_body_label_list() -> None:
    text = (
        "Present: Ann Lowry (Riverside Homes), Bo Dean\nObserving: Cy Hart, Dee Ross\n\n"
        "Council: Carola, JP, Ed Holm\nObservers: TC, Santos\n\n## Notes\n"
    )
    assert [(p.name, p.role, p.attendance) for p in parse_strict(text).people] == [
        ("Ann Lowry", "Riverside Homes", "present"),
        ("Bo Dean", None, "present"),
        ("Cy Hart", "Observing", "in attendance"),
        ("Dee Ross", "Observing", "in attendance"),
        ("Carola", "Council", "present"),
        ("JP", "Council", "present"),
        ("Ed Holm", "Council", "present"),
        ("TC", "Observer", "in attendance"),
        ("Santos", "Observer", "in attendance"),
    ]


def test_role_first_table_and_role_headings_over_names() -> None:
    text = (
        "| Role | Name |\n|---|---|\n| Chair | Ann Lowry |\n| Vice-Chair | Bo Dean |\n\n"
        "Attendance:\n**Clerk:**\n- Cy Hart\n**Advisers:**\n- Dee Ross\n- Eli Shaw\n\n"
        "Notes follow.\n"
    )
    assert people(text) == [
        ("Ann Lowry", "Chair"),
        ("Bo Dean", "Vice-Chair"),
        ("Cy Hart", "Clerk"),
        ("Dee Ross", "Adviser"),
        ("Eli Shaw", "Adviser"),
    ]


def test_headerless_column_of_names_under_the_title() -> None:
    text = (
        "Riverside Carers Board\n\nMinutes of the meeting held on 3 March 2024\n\n"
        "Michael Penn (Chairman)\nJohn Fell\nDavina Hale / Alex Rook\nSusan Webb\n\n"
        "In Attendance\n\nGill Brown, Chief Executive, Riverside Carers\n\n1. Welcome\n"
    )
    assert people(text) == [
        ("Michael Penn", "Chairman"),
        ("John Fell", None),
        ("Davina Hale", None),
        ("Alex Rook", None),
        ("Susan Webb", None),
        ("Gill Brown", "Chief Executive, Riverside Carers"),
    ]


def test_a_column_of_agenda_titles_is_not_people() -> None:
    text = "Riverside Forum\n\nBus Routes\nLibrary Hours\nPark Benches\n\n1. Welcome\n"
    assert people(text) == []


def test_role_colon_name_line_and_post_nominal_office() -> None:
    text = (
        "Apologies: Hamid Rahim MSP, Dr Khan MP\n\nMinute taker: Jon Frost\n\n"
        "1. Welcome\nThe chair opened the meeting.\n"
    )
    assert people(text) == [("Hamid Rahim", "MSP"), ("Khan", "MP"), ("Jon Frost", "Minute taker")]


def test_prose_apologies_end_at_the_reason() -> None:
    text = "Apologies had been received from Tom Fay (TF) who was unavoidably detained at work.\n"
    assert attendance(text) == [("Tom Fay", "apologies", "TF")]
    assert people(text) == [("Tom Fay", None)]


def test_representing_is_shared_by_the_names_before_it() -> None:
    text = (
        "The Board welcomed new Members including Sue Kerr, Education Representative and "
        "Rick Jenner, Mo Nadim and Sam Watt representing the CCG.\n"
    )
    assert people(text) == [
        ("Sue Kerr", "Education Representative"),
        ("Rick Jenner", "CCG"),
        ("Mo Nadim", "CCG"),
        ("Sam Watt", "CCG"),
    ]


# -- people in running text -------------------------------------------------------------------


def test_role_before_a_name_and_body_after_it() -> None:
    text = (
        "Our Vice Chair Hannah Sale has sent word that she will attend. "
        "Our Chair had yet to brief Mike Dunn of Riverside Law Centre.\n"
    )
    # "Our Chair" is another person than the Vice Chair: a role alone.
    assert people(text) == [
        ("Hannah Sale", "Vice Chair"),
        (None, "Chair"),
        ("Mike Dunn", "Riverside Law Centre"),
    ]


def test_no_people_in_things_named_like_people() -> None:
    text = (
        "CC noted that the Farm Tenancy would be available. The verge outside number 3 Stocks "
        "Green is to be repaired, between Brechin Bar and Harmony Row. The Committee considered "
        "reviews relating to Tackling Obesity and Tackling Diabetes. The AGM of Get Riverside "
        "Moving was on 19 February. Pavement Parking Regulations were now in force. Surgery "
        "hours at Margaret Thompson Medical Centre changed. The other Telephone Box (North) "
        "stays. See Steve's slides. 7) Lettings Officer’s report was noted.\n"
    )
    assert people(text) == []


def test_given_name_and_speech_verbs_find_people_in_prose() -> None:
    text = (
        "Willie Jones reported on progress. 5) David Chant to end the art classes. "
        "PW noted that Karen O’Kane, Programme Director of Better Broadband had been in touch.\n"
    )
    assert people(text) == [
        ("Willie Jones", None),
        ("David Chant", None),
        ("Karen O’Kane", "Programme Director of Better Broadband"),
    ]


def test_roles_alone_and_the_chair_of_the_meeting() -> None:
    text = (
        "Following a question from the Chair, The Executive Place Managing Director confirmed "
        "supplies. The Board requests the Policy and Improvement Officer to investigate.\n"
    )
    assert people(text) == [
        (None, "Executive Place Managing Director"),
        (None, "Policy and Improvement Officer"),
    ]


def test_offices_given_by_election_and_appointment() -> None:
    text = (
        "Present: Cllr Ann Lowry, Cllr Bo Dean, Niall Navan, Peter Lyle\n\n"
        "Cllr. Lowry accepted the position of Vice Chairman for the year 2024-2025. "
        "That Cy Hart be appointed as internal auditor for 2024/25.\n\n"
        "### Election results:\n* **Treasurer**:\n  * Niall elected to other positions, "
        "Peter elected unopposed\n\n"
        "- 11:57 Election of the Project Leader\n\n  Dee Ross elected by acclamation.\n\n"
        "As chairperson, Eli Shaw opened the meeting.\n"
    )
    assert people(text) == [
        ("Ann Lowry", "Vice Chairman"),
        ("Bo Dean", "Cllr"),
        ("Niall Navan", None),
        ("Peter Lyle", "Treasurer"),
        ("Cy Hart", "internal auditor"),
        ("Dee Ross", "Project Leader"),
        ("Eli Shaw", "chairperson"),
    ]


def test_an_office_joins_the_organisation_a_list_gave() -> None:
    text = (
        "Board members present:\n\n- Jon Petty, Tapworks\n- Hetty Mills, Riverside Lab\n\n"
        "As Executive Director, Hetty Mills summarised the quarter.\n"
    )
    assert people(text) == [
        ("Jon Petty", "Board member, Tapworks"),
        ("Hetty Mills", "Executive Director, Riverside Lab"),
    ]


def test_who_was_in_the_chair_and_councillors_listed_in_prose() -> None:
    text = (
        "Councillor Ann Lowry in the Chair.\n\n"
        "Councillors Bo Dean, Cy Hart (Vice-Chair) and Dee Ross were also present. "
        "Vice-Chair Hart thanked officers. The meeting was chaired by Dr Eli Shaw for item 5.\n"
    )
    assert people(text) == [
        ("Ann Lowry", "Chair"),
        ("Bo Dean", "Councillor"),
        ("Cy Hart", "Vice-Chair"),
        ("Dee Ross", "Councillor"),
        ("Eli Shaw", "Chair"),
    ]


def test_an_office_and_an_organisation_from_two_mentions_go_together() -> None:
    text = (
        "Chair: Cllr Ann Lowry (Riverside Borough Council)\n"
        "Vice-Chair: Bo Dean (Riverside Homes)\n\n"
        "Present\nCouncillor Cy Hart\tMember\nCouncillor Dee Ross\tVice-Chair\n"
    )
    assert people(text) == [
        ("Ann Lowry", "Chair, Riverside Borough Council"),
        ("Bo Dean", "Vice-Chair, Riverside Homes"),
        ("Cy Hart", "Councillor (Member)"),
        ("Dee Ross", "Councillor (Vice-Chair)"),
    ]


def test_first_names_and_user_names_as_subjects_of_commitments() -> None:
    text = (
        "## Actions\n* Steve to confirm with Amy re: demo\n* Rob / Heather to meet about maps\n"
        "- Dan volunteered to triage the shop.\nOfficers to report back. Everyone to read.\n\n"
        "- **Moderator**: @tonyb\n\n1. @tony to reach out to Royal.\n"
    )
    assert people(text) == [
        ("Steve", None),
        ("Amy", None),  # notes that name people by first name: "with Amy" is a person
        ("Rob", None),
        ("Heather", None),
        ("Dan", None),
        ("@tonyb", "Moderator"),
    ]
    tony = parse_strict(text).people[-1]
    assert [text[a:b] for a, b in tony.mentions] == ["@tonyb", "@tony"]


def test_minute_taker_and_a_counted_members_list() -> None:
    text = (
        "Minutes recorded by: **Michael Kirk**\n\n"
        "**12** Members in attendance: **Andrew, Chuck, Dan, Matt Chang**\n\n### Notes\n"
        "Minutes were taken by Seth Tisue (secretary).\n"
    )
    assert [(p.name, p.role, p.attendance) for p in parse_strict(text).people] == [
        ("Michael Kirk", "Minute taker", None),
        ("Andrew", None, "present"),
        ("Chuck", None, "present"),
        ("Dan", None, "present"),
        ("Matt Chang", None, "present"),
        ("Seth Tisue", "secretary", None),
    ]


def test_people_mentioned_in_passing_and_things_named_like_people() -> None:
    text = (
        "The Parish Council thanked Mr Gott for washing the tiles. The memorial for the late "
        "Mrs Gleed was accepted. Ms Bliss advised that no rent was due. Payments for "
        "Northwold Village Hall and Northwold Sports and Social Club were agreed. No issues "
        "were raised for Whittington Cemetery. Fly the flag for Merchant Navy Day.\n\n"
        "**Councillor Training**\n\nApologies were received and accepted from Ruth Tan.\n"
    )
    assert people(text) == [("Bliss", None), ("Ruth Tan", None)]


def test_a_comma_list_wrapped_inside_a_name() -> None:
    text = "**Present:**  Jan Cole (JC - Chair), Hugh Case (HC), Lou\n Barnard (LB), Mia Holm\n"
    assert [(p.name, p.role, p.initials) for p in parse_strict(text).people] == [
        ("Jan Cole", "Chair", "JC"),
        ("Hugh Case", None, "HC"),
        ("Lou Barnard", None, "LB"),
        ("Mia Holm", None, None),
    ]


def test_a_table_whose_columns_are_lists_and_more_list_headings() -> None:
    text = (
        "| Present | In attendance | Apologies |\n|---|---|---|\n"
        "| Cllr Ann Lowry (Chair) | Jo Bloggs (Clerk) | Cllr Cy Hart |\n| Cllr Bo Dean | | |\n\n"
        "Councillors: Eve Ross, Ian Moss\nStaff: Kit Lamb\n\n"
        "New volunteers: Welcome Wendy, Alec and Pushkar - please pick a subsection.\n"
    )
    assert [(p.name, p.role, p.attendance) for p in parse_strict(text).people] == [
        ("Ann Lowry", "Chair", "present"),
        ("Jo Bloggs", "Clerk", "in attendance"),
        ("Cy Hart", "Cllr", "apologies"),
        ("Bo Dean", "Cllr", "present"),
        ("Eve Ross", "Councillor", "present"),
        ("Ian Moss", "Councillor", "present"),
        ("Kit Lamb", None, "in attendance"),
        ("Wendy", None, "present"),
        ("Alec", None, "present"),
        ("Pushkar", None, "present"),
    ]


def test_roles_from_duties_reports_and_a_name_dash_role_line() -> None:
    text = (
        "- Assign roles\n    - Carol facilitating, Mark taking notes\n\n"
        "- 11:20 Treasurer's report of the financial statements, Jon Chang\n"
        "- 11:25 Technical Steering Committee's report, Misty Demeo\n\n"
        "Vicky Bright – Clerk and 3 members of the public.\n\n"
        "Riverside Homes – Planning Application 24/001.\n"
    )
    assert people(text) == [
        ("Carol", "Facilitator"),
        ("Mark", "Note taker"),
        ("Jon Chang", "Treasurer"),
        ("Misty Demeo", "Technical Steering Committee"),
        ("Vicky Bright", "Clerk"),
    ]


def test_titled_names_in_brackets_after_any_office_and_names_beyond_latin_1() -> None:
    text = (
        "OFFICIALS IN ATTENDANCE:\n\nDirector, Regional Services (Ms. C. Curran), Riverside"
        " Conultants (Mr. A.\n\nGleeson), Clerical Officer (Ms. L. Hart).\n\n"
        "Attendees:\n- Staś Małolepszy - Riverside Lab\n- Zoë Ruiz - Tapworks\n\n## Notes\n"
    )
    assert people(text) == [
        ("C. Curran", "Director, Regional Services"),
        ("A. Gleeson", "Riverside Conultants"),
        ("L. Hart", "Clerical Officer"),
        ("Staś Małolepszy", "Riverside Lab"),
        ("Zoë Ruiz", "Tapworks"),
    ]


def test_a_surname_some_listed_person_is_called_by_is_theirs() -> None:
    text = (
        "Members present: Councillors Browne, Collins and Foley.\n\n"
        "Officials in attendance: Executive Engineer (Mr. M. Collins).\n\n"
        "Seconded by Councillor Collins.\n"
    )
    got = parse_strict(text).people
    assert [(p.name, p.role) for p in got] == [
        ("Browne", "Councillor"),
        ("Collins", "Councillor"),
        ("Foley", "Councillor"),
        ("M. Collins", "Executive Engineer"),
    ]
    assert [text[a:b] for a, b in got[3].mentions] == ["Mr. M. Collins"]


def test_capitalised_everyday_words_are_things_not_people() -> None:
    text = (
        "The Openness and Transparency Notice was read by the Chair. HR to send Andy Wallace, "
        "Speed Watch and Chris Loake a rota. A Charge Card for the Clerk was explored. "
        "Fly the flag for Merchant Navy Day, noted.\n\n* Link to the issue that Ali raised\n"
        "* Rob to book the hall\n"
    )
    assert people(text) == [
        (None, "Chair"),
        ("Andy Wallace", None),
        ("Chris Loake", None),
        (None, "Clerk"),
        ("Rob", None),
    ]


def test_roles_alone_that_a_listed_person_holds_and_an_office_title_that_is_no_name() -> None:
    text = (
        "Present: Ann Lowry (Chair), Bo Dean (Project Leader), Cy Hart (Director of Roads &"
        " Bridges)\n\nThe Vice Chair sent apologies. The Riverside Project Leader reported. "
        "The Director of Roads and Bridges replied. Residents had contacted the local PCSO "
        "and Riverside Parking Enforcement Officer with no success.\n"
    )
    assert people(text) == [
        ("Ann Lowry", "Chair"),
        ("Bo Dean", "Project Leader"),
        ("Cy Hart", "Director of Roads & Bridges"),
        (None, "Vice Chair"),
    ]


def test_several_role_name_pairs_on_one_line_and_a_role_dash_name_line() -> None:
    text = (
        "Chair: Cllr Ann Lowry     Vice-Chair: Cllr Bo Dean\nChairman – Councillor Cy Hart\n\n"
        "Present: Cllr Ann Lowry, Cllr Bo Dean, Cllr Cy Hart, Cllr Dee Ross\n"
    )
    assert people(text) == [
        ("Ann Lowry", "Chair"),
        ("Bo Dean", "Vice-Chair"),
        ("Cy Hart", "Chairman"),
        ("Dee Ross", "Cllr"),
    ]


# -- one person per document ------------------------------------------------------------------


def test_nickname_and_initial_forms_are_the_listed_person() -> None:
    text = (
        "Present: Michael Harte (Chairman), Mrs W Grey (Clerk)\n\n"
        "The Chair, Mike Harte, welcomed all. Wendy Grey read the minutes.\n"
    )
    assert people(text) == [("Michael Harte", "Chairman"), ("Wendy Grey", "Clerk")]
    assert [len(p.mentions) for p in parse_strict(text).people] == [2, 2]


def test_two_entries_of_a_list_are_two_people() -> None:
    text = "Present: Moira Kerr, Ewan Baird, Cllr Kerr\n\nCllr Kerr reported on the path.\n"
    assert people(text) == [("Moira Kerr", None), ("Ewan Baird", None), ("Kerr", "Cllr")]


def test_table_of_attendees_with_header_row() -> None:
    text = (
        "In Attendance\n\n| Name | Role |\n|------|------|\n"
        "| Gill Barton | Chief Executive, Riverside Carers |\n| Neil Orme | Finance Manager |\n\n"
        "Name\tRole\nTess Hale\tClerk\n"
    )
    assert people(text) == [
        ("Gill Barton", "Chief Executive, Riverside Carers"),
        ("Neil Orme", "Finance Manager"),
        ("Tess Hale", "Clerk"),
    ]


def test_lower_case_role_in_apposition_and_attended_as() -> None:
    text = (
        "AO had a letter from Stephen Lark, the returning officer at Riverside, about polling. "
        "The Board was advised that Jen Dowd had attended the meeting as an observer.\n"
    )
    assert people(text) == [
        ("Stephen Lark", "returning officer at Riverside"),
        ("Jen Dowd", "observer"),
    ]


# -- roles in lists: a role is never another person's name ----------------------------------


def test_inline_list_with_tiered_councillor_and_stacked_titles() -> None:
    text = (
        "Present: Cllr A. Pryce (Chairperson), B. Lowe – Vice Chairperson, Cllr Mrs Fenn, "
        "County Councillor Rhys Morgan, Nia Bevan – Clerk, T. Gower – Internal auditor, "
        "H Ellis (Secretary).\n\nCllr Mrs D Fenn asked about the bins.\n"
    )
    assert people(text) == [
        ("A. Pryce", "Chairperson"),
        ("B. Lowe", "Vice Chairperson"),
        ("D Fenn", "Cllr"),  # "Cllr Mrs Fenn" and "Cllr Mrs D Fenn": one person
        ("Rhys Morgan", "County Councillor"),
        ("Nia Bevan", "Clerk"),
        ("T. Gower", "Internal auditor"),
        ("H Ellis", "Secretary"),
    ]


def test_a_list_entry_after_a_name_is_no_role_of_it() -> None:
    text = "Present: Councillors Ann Roe and Bo Dee; County Councillor Cy Hale; Di Moss (Clerk).\n"
    assert people(text) == [
        ("Ann Roe", "Councillor"),
        ("Bo Dee", "Councillor"),
        ("Cy Hale", "County Councillor"),
        ("Di Moss", "Clerk"),
    ]


def test_role_line_under_a_name_and_capital_labels_over_names() -> None:
    text = (
        "PRESENT\nCllr Owain Rees\nChairperson\nCllr Mari Lloyd\n\n"
        "Members:\nTOWN\nCllr Sion Pugh\nCllr Gwen Roberts\nCOUNTY\nCllr Ifan Hughes\n\n"
        "In attendance: Cllr Elin Jones (COUNTY)\n\n1. Welcome\n"
    )
    assert people(text) == [
        ("Owain Rees", "Chairperson"),
        ("Mari Lloyd", "Cllr"),
        ("Sion Pugh", "Town Cllr"),
        ("Gwen Roberts", "Town Cllr"),
        ("Ifan Hughes", "County Cllr"),
        ("Elin Jones", "County Cllr"),
    ]


def test_plural_role_label_inside_a_run_on_list() -> None:
    text = "Present: Cllr Ann Roe, Cllr Bo Dee\nTOWN COUNCILLORS: Cllr Cy Hale, Cllr Di Moss\n"
    assert people(text) == [
        ("Ann Roe", "Cllr"),
        ("Bo Dee", "Cllr"),
        ("Cy Hale", "Town Cllr"),
        ("Di Moss", "Town Cllr"),
    ]


def test_table_columns_marked_with_an_x_give_roles_and_lists() -> None:
    text = (
        "| Full name | Organisation | Observing | Chairperson | Apologies |\n"
        "|---|---|---|---|---|\n"
        "| Mira Quent | Riverside Homes | | X | |\n"
        "| Hamid Oyelaran | Riverside College | x | | |\n"
        "| Pia Nandra | | | | ✓ |\n"
        "| Tam Bellow | Riverside FC | | | |\n\n1. Welcome\n"
    )
    assert [(p.name, p.role, p.attendance) for p in parse_strict(text).people] == [
        ("Mira Quent", "Riverside Homes, Chairperson", "present"),
        ("Hamid Oyelaran", "Riverside College, Observing", "in attendance"),
        ("Pia Nandra", None, "apologies"),
        ("Tam Bellow", "Riverside FC", "present"),
    ]


# -- informal notes: first names, counts, lists mid-line --------------------------------------


def test_first_names_in_lists_with_counts_and_initials() -> None:
    text = (
        "Club night, 4 March 2026. Attendees: Zofia K, Karen, Rainer, Lex + 3 guests\n"
        "Apologies: Matt C., Nick S., and others\n"
    )
    assert attendance(text) == [
        ("Zofia K", "present", None),
        ("Karen", "present", None),
        ("Rainer", "present", None),
        ("Lex", "present", None),
        ("Matt C", "apologies", None),
        ("Nick S", "apologies", None),
    ]
    assert all(p.role is None for p in parse_strict(text).people)


def test_first_names_heading_a_task() -> None:
    text = (
        "## Updates\n- Aizat: come back with a proposal on the rota\n"
        "- Luther/Val: check the insurance renewal\n- Note: check the figures\n"
        "- Budget: Review the spend\nOksana – update the wiki\n"
    )
    assert people(text) == [("Aizat", None), ("Luther", None), ("Val", None), ("Oksana", None)]


def test_a_name_written_with_and_without_accents_is_one_person() -> None:
    text = "## Participants\nCiarán Ó Briain\nDara Lyne\n\n* Ciaran: send the agenda\n"
    assert [(p.name, len(p.mentions)) for p in parse_strict(text).people] == [
        ("Ciarán Ó Briain", 2),
        ("Dara Lyne", 1),
    ]


def test_possessive_after_a_titled_name() -> None:
    text = "Present: Cllrs P. Lewin and O. Wills\n\nCllr O. Wills’s motion was carried.\n"
    assert people(text) == [("P. Lewin", "Cllr"), ("O. Wills", "Cllr")]


# -- who holds an office, told in other words ------------------------------------------------


def test_who_led_the_meeting_and_who_accepted_an_office() -> None:
    text = (
        "Present: Cllr A Roe, Cllr B Dee, Cllr C Hale\n\n"
        "Thibaut led the meeting. Marta facilitated the call. The vote led the meeting astray.\n"
        "1. Formally request acceptance of office as Vice Chair from Cllr Dee This was accepted.\n"
        "2. Cllr Hale signed the declaration of acceptance of office as Chairman.\n"
    )
    assert people(text) == [
        ("A Roe", "Cllr"),
        ("B Dee", "Vice Chair"),
        ("C Hale", "Chairman"),
        ("Thibaut", "Chair (led the meeting)"),
        ("Marta", "Facilitator"),
    ]


def test_officers_reports_and_work_as_an_office_name_the_holders() -> None:
    text = (
        "**Present**: Esma Clarke, Rein Gorin, Jo Foss\n\n"
        "Invitations had been sent by our Secretary and our Treasurer.\n\n"
        "4. OFFICERS' REPORTS\n\n> **Secretary**\n>\n> **Local issues**\n>\n"
        "> Esma reported that she had written to the supermarket.\n>\n"
        "> **Treasurer**\n>\n> We had £4,500 in the account. Rein was thanked for\n"
        "> her careful work as our Treasurer.\n"
    )
    assert people(text) == [
        ("Esma Clarke", "Secretary"),
        ("Rein Gorin", "Treasurer"),
        ("Jo Foss", None),
    ]


def test_a_nameless_office_goes_to_the_one_person_who_holds_it() -> None:
    text = (
        "OFFICIALS IN ATTENDANCE: Director of Water Services & Environment (Mr. K. Lane), "
        "Clerk (Ms P. Ward)\n\n"
        "The Director of Service said the bins were emptied. The document was signed by the "
        "Clerk and Chair of the Council.\na) Locum Clerk, Helen Ritchie – thanked for her help.\n"
    )
    assert people(text) == [
        ("K. Lane", "Director of Water Services & Environment"),
        ("P. Ward", "Clerk"),
        (None, "Chair of the Council"),
        ("Helen Ritchie", "Locum Clerk"),
    ]


# -- one person written two ways; things that are no one --------------------------------------


def test_misspelt_surnames_and_the_chair_listed_again_among_members() -> None:
    text = (
        "PRESENT IN THE CHAIR:\n\nMayor Michael Shea\n\nMEMBERS PRESENT:\n\n"
        "Councillors Byrne, Dunne and Shea\n\n"
        "Also present: Cllr G Gillett, Willie Jones\n\nCllr Gillet asked about the verge. "
        "Willie Joines reported on the garden.\n"
    )
    assert [p.name for p in parse_strict(text).people] == [
        "Michael Shea",
        "Byrne",
        "Dunne",
        "G Gillett",
        "Willie Jones",
    ]


def test_residents_written_to_and_things_with_brackets_are_no_one() -> None:
    text = (
        "Present: Ann Lowry (Chair), Bo Dean\n\n"
        "The Clerk had replied to Mr and Mrs Lockley to advise them. NC had written to "
        "Mrs Robins to clarify the route. The notice went to the Lynn News and to "
        "3 Fendle Cottages. Day Pass Rate (casual users) stays at £5. Makers Lab "
        "(Summer 2026) opens. Flooding at Mr Skinner Property was noted.\n"
    )
    assert people(text) == [("Ann Lowry", "Chair"), ("Bo Dean", None), (None, "Clerk")]


def test_speakers_slots_and_spokespeople() -> None:
    text = (
        "## Talks\n- 12:20–12:30 Dana Reyes - Relocating bottles\n"
        "- 12:30–12:35 Caleb Wu - Native builds\n\n"
        "Members: Andrew, Chuck, Dan, Jamuna\n\n"
        "Andrew (former treasurer): pushed back on the fees.\n"
        "Jamuna/Sanjay - Readiness overview\nJamuna will draft it.\n"
        "Ms. Julie Mee, a spokesperson for the group, gave a presentation.\n"
    )
    assert people(text) == [
        ("Dana Reyes", None),
        ("Caleb Wu", None),
        ("Andrew", "former treasurer"),
        ("Chuck", None),
        ("Dan", None),
        ("Jamuna", None),
        ("Sanjay", None),
        ("Julie Mee", "spokesperson for the group"),
    ]


def test_a_list_laid_out_in_two_columns() -> None:
    text = (
        "Present:\nCllr O. Howell (Chairperson)\t\tCllr P. Lewin\n"
        "K. Pryor – Vice Chairperson\t\tCllr R. Harte\nJane Evers, Internal Auditor\n\n"
        "1. Apologies\n"
    )
    assert people(text) == [
        ("O. Howell", "Chairperson"),
        ("P. Lewin", "Cllr"),
        ("K. Pryor", "Vice Chairperson"),
        ("R. Harte", "Cllr"),
        ("Jane Evers", "Internal Auditor"),
    ]


def test_an_office_with_its_holder_in_brackets_and_an_office_by_its_initials() -> None:
    text = (
        "Present: Cllr Bo Dee, Mrs C Lyle (Clerk & RFO)\n\n"
        "The Chair (Cllr Ann Roe) reported on the grant. The Chair will write. "
        "The Responsible Financial Officer presented the accounts.\n"
    )
    assert people(text) == [
        ("Bo Dee", "Cllr"),
        ("C Lyle", "Clerk & RFO"),
        ("Ann Roe", "Chair"),
    ]


def test_organisations_beside_names_in_running_text() -> None:
    text = (
        "Call notes, 4 March 2026\n\nTobias Hodd (The Carpentries) opened the call. "
        "Alan Neale, Riverside Computing Centre, presented the roadmap.\n"
    )
    assert people(text) == [
        ("Tobias Hodd", "Carpentries"),
        ("Alan Neale", "Riverside Computing Centre"),
    ]


def test_the_chair_called_by_another_title() -> None:
    text = (
        "PRESENT IN THE CHAIR:\n\nCouncillor Eamon Rowe\n\nMEMBERS PRESENT:\n\n"
        "Councillors Dunne and Kehoe\n\nThe Cathaoirleach welcomed the delegation.\n"
    )
    assert people(text) == [
        ("Eamon Rowe", "Cathaoirleach"),
        ("Dunne", "Councillor"),
        ("Kehoe", "Councillor"),
    ]


def test_an_office_several_hold_and_places_named_with_a_possessive() -> None:
    text = (
        "Commissioners:\n- Ada Quill\n- Ben Ruske\n\nThe Commissioner asked about the budget.\n"
        "Attendees: Talia, Karin, Sketchy's\n\nSketchy's hosted the meeting.\n"
    )
    assert people(text) == [
        ("Ada Quill", "Commissioner"),
        ("Ben Ruske", "Commissioner"),
        ("Talia", None),
        ("Karin", None),
    ]


def test_run_on_lists_with_offices_first_and_names_with_dashes() -> None:
    text = (
        "Present: Chairperson: Cllr O. Howell; Clerk: Jane Evers; Cllrs P. Lewin, R. Harte\n"
        "Apologies: Cllr K. Pryor - Vice Chairperson, Cllr S. Lyle, Jane Voss - Treasurer\n"
        "Also present: Councillor Owen Hale (in the Chair)\n"
    )
    assert [(p.name, p.role, p.attendance) for p in parse_strict(text).people] == [
        ("O. Howell", "Chairperson", "present"),
        ("Jane Evers", "Clerk", "present"),
        ("P. Lewin", "Cllr", "present"),
        ("R. Harte", "Councillor", "present"),
        ("K. Pryor", "Vice Chairperson", "apologies"),
        ("S. Lyle", "Cllr", "apologies"),
        ("Jane Voss", "Treasurer", "apologies"),
        ("Owen Hale", "Chair", "in attendance"),
    ]


def test_an_open_call_attendee_list_with_roles_after_organisations() -> None:
    text = (
        "## Attendees\n- Priya Nandi (Riverside Labs) – chair\n- Tom Okafor, Open Maps Foundation\n"
        "- Lena Vogt / note taker\n- Sam (observer)\n- @kwabena\n\n"
        "## Notes\n- Priya opened the call.\n- Sam asked whether the schema was frozen.\n"
    )
    assert people(text) == [
        ("Priya Nandi", "Riverside Labs (chair)"),
        ("Tom Okafor", "Open Maps Foundation"),
        ("Lena Vogt", "note taker"),
        ("Sam", "observer"),
        ("@kwabena", None),
    ]


def test_an_office_present_heads_its_holders() -> None:
    text = (
        "Commissioners present: Ann Lowry (Chair), Bo Dean, Cy Hart\n"
        "Staff: Dee Ross (Chief Executive)\nDirectors in attendance - Eli Shaw, Fay Lord\n\n"
        "1. Commissioner Hart asked about timescales. Everyone present agreed the plan.\n"
    )
    assert [(p.name, p.role, p.attendance) for p in parse_strict(text).people] == [
        ("Ann Lowry", "Chair", "present"),
        ("Bo Dean", "Commissioner", "present"),
        ("Cy Hart", "Commissioner", "present"),
        ("Dee Ross", "Chief Executive", "in attendance"),
        ("Eli Shaw", "Director", "in attendance"),
        ("Fay Lord", "Director", "in attendance"),
    ]


def test_an_items_presenter_holds_the_office_that_opens_its_minutes() -> None:
    text = (
        "Agenda item\n\nRiverside Care Strategy (Hana Rossi) (10 minutes)\n\nMinutes:\n\n"
        "13.1  The Director of Strategic Development, Riverside, highlighted the following:\n"
        "Budgets were tight.\n\nAgenda item\n\nHousing Update (Tom Lyle)\n\nMinutes:\n\n"
        "14.1  Members noted the report. The Director of Housing said more homes were needed.\n"
    )
    assert people(text) == [
        ("Hana Rossi", "Director of Strategic Development, Riverside"),
        ("Tom Lyle", None),
        (None, "Director of Housing"),
    ]


def test_a_marked_table_whose_name_column_has_no_title() -> None:
    text = (
        "| | Observing | Chairperson |\n|---|---|---|\n| Mira Quent | | X |\n"
        "| Hamid Oyelaran | X | |\n\n| Task | Lead |\n|---|---|\n| Budget review | Sarah Bell |\n"
    )
    assert [(p.name, p.role, p.attendance) for p in parse_strict(text).people] == [
        ("Mira Quent", "Chairperson", "present"),
        ("Hamid Oyelaran", "Observing", "in attendance"),
        ("Sarah Bell", None, None),
    ]


def test_office_bearers_and_community_councillors() -> None:
    text = (
        "Office bearers: Ann Lowry (Chair), Bo Dean (Secretary)\n"
        "Community councillors: Dee Ross, Eli Shaw\n"
        "Present: Treasurer – Cy Hart; Members – Fay Lord\n\n"
        "The Secretary read the correspondence.\n"
    )
    assert [(p.name, p.role, p.attendance) for p in parse_strict(text).people] == [
        ("Ann Lowry", "Chair", "present"),
        ("Bo Dean", "Secretary", "present"),
        ("Dee Ross", "Community Councillor", "present"),
        ("Eli Shaw", "Community Councillor", "present"),
        ("Cy Hart", "Treasurer", "present"),
        ("Fay Lord", "Member", "present"),
    ]


def test_a_double_spaced_list_of_names_each_over_its_role() -> None:
    text = (
        "Present:\n\nCllr Owain Rees\n\nChairperson\n\nCllr Mari Lloyd\n\nNia Bevan\n\nClerk\n\n"
        "1. Apologies\n"
    )
    assert people(text) == [
        ("Owain Rees", "Chairperson"),
        ("Mari Lloyd", "Cllr"),
        ("Nia Bevan", "Clerk"),
    ]


def test_first_names_known_only_as_owners_of_actions() -> None:
    text = (
        "Club notes, 4 March 2026\n\nAizat to draft the rota.\n"
        "Action - Oksana to book the hall.\n* [ ] Bilal: order the parts\n"
        "Everyone to read the constitution.\n"
    )
    assert people(text) == [("Aizat", None), ("Oksana", None), ("Bilal", None)]


def test_appointed_or_elected_as_an_office() -> None:
    text = (
        "It was agreed to appoint Mrs. Sue Pringle as the internal auditor for the year. "
        "The meeting elected Jo Hale as Chair. Members nominated Ann Roe as Vice Chair.\n"
    )
    assert people(text) == [
        ("Sue Pringle", "internal auditor"),
        ("Jo Hale", "Chair"),
        ("Ann Roe", "Vice Chair"),
    ]


# -- reading a list chunk once a parse ----------------------------------------------------------


def test_a_chunk_read_again_is_a_fresh_entry_the_list_may_change() -> None:
    """The lists give roles and initials to what they read: a chunk read a second time in
    the same parse is the name as written, not as an earlier list changed it."""
    from clerk_tui.core.parse.context import forget_parse
    from clerk_tui.core.parse.people.entries import read_entry

    text = "Present: Cllr Bea Ortiz, Tom Reyes (Clerk)"
    try:
        a, b = text.index("Cllr"), text.index(",")
        first = read_entry(text, a, b)
        assert first is not None and (first.name, first.role) == ("Bea Ortiz", "Councillor")
        first.role, first.initials = "Chair", "BO"
        again = read_entry(text, a, b)
        assert again is not first and again is not None
        assert (again.name, again.role, again.initials) == ("Bea Ortiz", "Councillor", None)
        tom = read_entry(text, text.index("Tom"), len(text))
        assert tom is not None and (tom.name, tom.role) == ("Tom Reyes", "Clerk")
    finally:
        forget_parse()


def test_two_names_over_two_roles_flattened_but_not_one_name_alone() -> None:
    text = (
        "Members\n\nDr Asha Patel\nIan Hurst\nClinical Chair\nLay Member\n\n"
        "Notes\n\nSam Ortiz\nTreasurer's report was received.\n"
    )
    found = people(text)
    assert found[:2] == [("Asha Patel", "Clinical Chair"), ("Ian Hurst", "Lay Member")]
    assert ("Sam Ortiz", None) in found  # one name over a sentence heads no column
