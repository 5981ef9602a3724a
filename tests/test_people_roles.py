"""People and their roles in the attendance shapes of UK council and NHS minutes: the exact
people and roles found, one kind of list each (Riverside text, written for these tests)."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def people(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.name, p.role) for p in parse_strict(text).people]


def roles_of(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in parse_strict(text).people}


# -- a two-column table pasted flat: the names, then the roles -------------------------------


def test_flattened_table_gives_each_name_the_role_in_its_place() -> None:
    text = (
        "RIVERSIDE HEALTH BOARD\nMinutes of the meeting held on 3 March 2026\n"
        "PRESENT:\nVOTING MEMBERS:\nDr Asha Patel\nIan Hurst\nProf Wendy Cole\nDr Omar Said\n"
        "Chair/GP\nChief Officer\nLay Member –\nAudit and Governance\nGP\n"
        "Page 1 of 9\n"
        "IN ATTENDANCE:\nMarta Quell\nLeon Brightwater\nTeodor Lisle\n"
        "Riverside Integrated Care\nProgramme Director\nHead of Estates &\nFacilities\n"
        "Minutes\n"
        "APOLOGIES:\nNora Quinn\nCouncillor Ben Ashe\nDeputy Director of Nursing\n"
        "Riverside Borough Council\nPublic: 3\n\n1. Welcome\nThe Chair opened the meeting.\n"
    )
    assert people(text) == [
        ("Asha Patel", "Chair/GP"),
        ("Ian Hurst", "Chief Officer"),
        ("Wendy Cole", "Lay Member – Audit and Governance"),
        ("Omar Said", "GP"),
        ("Marta Quell", "Riverside Integrated Care Programme Director"),
        ("Leon Brightwater", "Head of Estates & Facilities"),
        ("Teodor Lisle", "Minutes"),
        ("Nora Quinn", "Deputy Director of Nursing"),
        ("Ben Ashe", "Riverside Borough Council"),
    ]


def test_names_over_lines_that_are_no_roles_keep_no_role() -> None:
    text = (
        "Present:\nMarta Quell\nLeon Brightwater\nWelcome and introductions\nThe hall\n\n"
        "1. Minutes\nThe minutes were approved.\n"
    )
    assert roles_of(text) == {"Marta Quell": None, "Leon Brightwater": None}


# -- initials run together, names apart by runs of spaces, a role beside a name --------------


def test_initials_run_together_before_a_surname_are_a_name() -> None:
    text = (
        "Riverside Parish Council\n\n"
        "Present: Cllr JR Lamb, TAP Brough and R.A. Kettering (Chair)\n\n"
        "1. Apologies\nNone.\n"
    )
    assert people(text) == [
        ("JR Lamb", "Cllr"),
        ("TAP Brough", None),
        ("R.A. Kettering", "Chair"),
    ]


def test_names_apart_by_runs_of_spaces_and_a_role_before_a_name() -> None:
    text = (
        "Minutes of the Play Committee\n\n"
        "Present:   T Garside (chair)   P Okafor   JR Lamb\n"
        "           S Nuttgens   GW Tuck\n"
        "           In attendance D Whitcombe\n"
        "           The clerk AM Fenwick\n\n"
        "1   Apologies for absence\n     None.\n"
    )
    assert [(p.name, p.role, p.attendance) for p in parse_strict(text).people] == [
        ("T Garside", "chair", "present"),
        ("P Okafor", None, "present"),
        ("JR Lamb", None, "present"),
        ("S Nuttgens", None, "present"),
        ("GW Tuck", None, "present"),
        ("D Whitcombe", None, "in attendance"),
        ("AM Fenwick", "clerk", "in attendance"),
    ]


def test_a_role_written_before_or_after_a_name_with_nothing_between() -> None:
    text = (
        "Riverside Parish Council\n\n"
        "Present: Chairman Cllr R Bevan, Vice Chairman Cllr T Hodges; Cllr S Pember\n\n"
        "In attendance: Parish Clerk Fiona Delahay, Peter Skyrme past Tree Warden; "
        "4 Parishioners.\n\n1. Apologies for absence: None\n"
    )
    assert people(text) == [
        ("R Bevan", "Chairman"),
        ("T Hodges", "Vice Chairman"),
        ("S Pember", "Cllr"),
        ("Fiona Delahay", "Parish Clerk"),
        ("Peter Skyrme", "past Tree Warden"),
    ]


def test_words_before_a_title_that_are_no_role_give_none() -> None:
    text = (
        "PRESENT IN THE CHAIR: Councillor Jo Marsh.\n\n"
        "Questions submitted by Councillor J. Marsh:\nWhen will the lights be fixed?\n"
    )
    assert people(text) == [("Jo Marsh", "Chair")]


# -- initials as a column beside the name; a roll of members with tick boxes ----------------


def test_initials_before_or_after_a_name_are_its_initials_not_its_name() -> None:
    text = (
        "Riverside CCG Governing Body\n\nPresent:\n"
        "Dr Asha Patel AP Clinical Chair\nIan Hurst IH Lay Member for Audit\n"
        "Martin Wale MWa Lay Member / Vice Chair\n\n"
        "## Participants\n\n* KM Kit Marlow\n* DO Dara Osei\n\n## Agenda\nNone.\n"
    )
    assert [(p.name, p.role, p.initials) for p in parse_strict(text).people] == [
        ("Asha Patel", "Clinical Chair", "AP"),
        ("Ian Hurst", "Lay Member for Audit", "IH"),
        ("Martin Wale", "Lay Member / Vice Chair", "MWa"),
        ("Kit Marlow", None, "KM"),
        ("Dara Osei", None, "DO"),
    ]


def test_a_roll_with_tick_boxes_reads_each_member_and_who_was_absent() -> None:
    text = (
        "# Riverside Arts Trust board\n\n## Voting member attendance\n\n"
        "* [x] Hetty Marsh - Chairperson, Riverside Museum\n"
        "* [x] Joe Pryor, Riverside Homes\n"
        "* [ ] Nora Quinn, Quay Studios Ltd\n\n## Agenda\n\n* Budget\n"
    )
    assert [(p.name, p.role, p.attendance) for p in parse_strict(text).people] == [
        ("Hetty Marsh", "Chairperson, Riverside Museum", "present"),
        ("Joe Pryor", "Voting member, Riverside Homes", "present"),
        ("Nora Quinn", "Voting member, Quay Studios Ltd", "absent"),
    ]


# -- councillors' lists in parish and community council minutes ------------------------------


def test_initials_in_brackets_close_an_entry_before_an_initialled_name() -> None:
    text = (
        "Minutes of the Council Meeting\nIn Attendance\n"
        "Councillors R Pugh (RP) Chair, L Vaughan (LV) Vice-Chair, M Corbett (MC) H Whitley "
        "(HW),\nE Dunn (ED)\n"
        "Nia Rowlands, the interim clerk, was in attendance.\n"
        "1) Apologies\nCouncillor G Meadows.\n2) Declarations of Interest\nNone.\n"
    )
    assert [(p.name, p.role, p.initials) for p in parse_strict(text).people] == [
        ("R Pugh", "Chair", "RP"),
        ("L Vaughan", "Vice-Chair", "LV"),
        ("M Corbett", "Councillor", "MC"),
        ("H Whitley", "Councillor", "HW"),
        ("E Dunn", "Councillor", "ED"),
        ("Nia Rowlands", "interim clerk", None),
        ("G Meadows", "Councillor", None),
    ]


def test_councillors_comma_then_names_with_honorifics_and_also_a_county_councilor() -> None:
    text = (
        "Minutes of the Community Council meeting held on 4 March 2026.\n\n1   Present\n\n"
        "Councillors, Mr Rhodri Parry (Chair), Mrs Carys Lloyd & Mr D Wyn Jenkins (Clerk). "
        "Also: County Councilor Mr Dylan Rees\n\n2   Apologies\n\n"
        "were received from: Councillors Mr Iwan Morgan & Mr Huw Beddoe.\n\n"
        "3   Matters arising\n\nWyn Jenkins reported that Mr Huw Beddoe' had mended the gate.\n"
    )
    assert people(text) == [
        ("Rhodri Parry", "Chair"),
        ("Carys Lloyd", "Councillor"),
        ("D Wyn Jenkins", "Clerk"),
        ("Dylan Rees", "County Councilor"),
        ("Iwan Morgan", "Councillor"),
        ("Huw Beddoe", "Councillor"),
    ]


def test_a_forename_in_brackets_between_initials_and_surname() -> None:
    text = (
        "Riverside Recreation Ground Charity\n"
        "513 Present: Chairman – R.A. (Ralph) Kettering, Councillors M. (Margaret) Oduya and "
        "B. (Brian) Wardle, the Clerk – C.M. (Carol) Pennock, and 3 members of the public.\n"
        "514 Apologies for Absence: L. (Linda) Ormerod and the Deputy Clerk – J.A. (Julie) "
        "Stott.\n515 Minutes of the Previous Meeting\nApproved.\n"
    )
    assert [(p.name, p.role, p.attendance) for p in parse_strict(text).people] == [
        ("Ralph Kettering", "Chairman", "present"),
        ("Margaret Oduya", "Councillor", "present"),
        ("Brian Wardle", "Councillor", "present"),
        ("Carol Pennock", "Clerk", "present"),
        ("Linda Ormerod", None, "apologies"),
        ("Julie Stott", "Deputy Clerk", "apologies"),
    ]


def test_notes_in_brackets_of_when_someone_came_are_no_role() -> None:
    text = (
        "Riverside Community Council\n\n"
        "Present: E. Simpson (ES)(Chairman), Cllr Ailsa Rennie (chair Items 1-3)(minutes), "
        "Gordon Baird (from item4), B. Lowe (part meeting)(Treasurer), Ann Kerr (Item 6 only)\n\n"
        "In attendance: PC Aileen Dow\n\n1. Apologies\nNone.\n"
    )
    assert [(p.name, p.role, p.initials) for p in parse_strict(text).people] == [
        ("E. Simpson", "Chairman", "ES"),
        ("Ailsa Rennie", "chair (minutes)", None),
        ("Gordon Baird", None, None),
        ("B. Lowe", "Treasurer", None),
        ("Ann Kerr", None, None),
        ("Aileen Dow", "Police Constable", None),
    ]


# -- roles in the minutes' text ---------------------------------------------------------------


def test_a_role_after_a_name_with_as_or_an_organisations_possessive() -> None:
    text = (
        "Riverside Health Board\n\n"
        "The Chair introduced Marta Quell the Trust's new Interim Chief People Officer. "
        "The posts were confirmed, with Leon Brightwater as ICP Chair, Nora Quinn as ICP "
        "Director, and more to come.\n"
        "The Director introduced Teodor Lisle from the JTU who explained the figures.\n"
    )
    assert roles_of(text) == {
        "Marta Quell": "Interim Chief People Officer",
        "Leon Brightwater": "ICP Chair",
        "Nora Quinn": "ICP Director",  # "The Director" too: the one holder of that office
        "Teodor Lisle": "JTU",
    }


def test_as_or_a_possessive_before_words_that_are_no_role_gives_none() -> None:
    text = (
        "Riverside Health Board\n\n"
        "The Board thanked Marta Quell as Riverside Homes had paid for the hall. "
        "It welcomed Leon Brightwater, the Trust's Annual Report was noted.\n"
    )
    assert roles_of(text) == {"Marta Quell": None, "Leon Brightwater": None}


def test_council_blocks_with_a_shared_plural_title_officers_and_a_named_clerk() -> None:
    text = (
        "RIVERSIDE TOWN COUNCIL\nMinutes of the Environment Committee, 3 March 2026\n\n"
        "Present: Cllr A Smith (Chairman), Cllrs B Jones, C Brown and D Green\n"
        "Also in attendance: County Cllr P Hale; PC 2741 M Ross\n"
        "Officers: Mrs J Bloggs – Clerk and RFO; Mr T Wynn – Deputy Clerk\n"
        "Apologies: Cllr E Frost (work commitments)\n\n1. Welcome\n"
        "The Clerk, Mrs Bloggs, reported that the hall had been booked. Dr Ravi Mehta, "
        "Director of Public Health, presented the annual report.\n"
    )
    assert [(p.name, p.role, p.attendance) for p in parse_strict(text).people] == [
        ("A Smith", "Chairman", "present"),
        ("B Jones", "Cllr", "present"),
        ("C Brown", "Cllr", "present"),
        ("D Green", "Cllr", "present"),
        ("P Hale", "County Cllr", "in attendance"),
        ("M Ross", "Police Constable", "in attendance"),
        ("J Bloggs", "Clerk and RFO", "in attendance"),
        ("T Wynn", "Deputy Clerk", "in attendance"),
        ("E Frost", "Cllr", "apologies"),
        ("Ravi Mehta", "Director of Public Health", None),
    ]


# -- NHS trust and integration joint board lists ---------------------------------------------


def test_name_and_role_pairs_run_on_with_no_separator() -> None:
    text = (
        "Riverside NHS Trust Board\n\nIn Attendance\n"
        "Mr M Bell Acting Chair Mr B Sim Non-Executive Director Dr P Vane Medical Director\n\n"
        "Apologies\nNone.\n\n1. Welcome\n"
    )
    assert people(text) == [
        ("M Bell", "Acting Chair"),
        ("B Sim", "Non-Executive Director"),
        ("P Vane", "Medical Director"),
    ]


def test_surnames_in_capitals_and_a_nominating_body_under_each_member() -> None:
    text = (
        "Riverside Integration Joint Board\nMinute of meeting held on 4 March 2026\n\n"
        "Present\nTrudy HALL (Vice Chairperson)\nNominated by Health Board (Non-Executive "
        "Member)\nCllr Alan REID (Chairperson)\nNominated by Riverside Council\n\n"
        "Apologies\nNone.\n\n1. Welcome\nThe NHS and Cllr Alan REID agreed.\n"
    )
    assert [(p.name, p.role, p.attendance) for p in parse_strict(text).people] == [
        ("Trudy Hall", "Vice Chairperson", "present"),
        ("Alan Reid", "Chairperson", "present"),
    ]


# -- an organisation, a dash, its people ------------------------------------------------------


def test_an_organisation_then_a_dash_then_its_people() -> None:
    text = (
        "# Riverside Science Partnership\n\n**In Attendance:**\n\n```\n"
        "* RSF - Andrew Jackson, Jon Taylor\n"
        "* Riverside Homes – Ann Lowry (Chair), Bo Dean\n"
        "* Non-facility - Nick Draper (PM), Daniel Murphy (Secretary)\n"
        "* Clerk – Mrs W Gray\n"
        "* GP – Dockside Locality Chair\n```\n\n## 1. Membership\n"
    )
    assert people(text) == [
        ("Andrew Jackson", "RSF"),
        ("Jon Taylor", "RSF"),
        ("Ann Lowry", "Riverside Homes (Chair)"),
        ("Bo Dean", "Riverside Homes"),
        ("Nick Draper", "Non-facility (PM)"),
        ("Daniel Murphy", "Non-facility (Secretary)"),
        ("W Gray", "Clerk"),
    ]


def test_a_list_of_first_names_inside_a_paragraph_pasted_flat() -> None:
    text = (
        "MINUTES OF RIVERSIDE COMMUNITY COUNCIL MEETING 7:00PM 4TH MARCH 2026 Present: Rhys, "
        "Meinir, Alun, Gwenllian (Chair) County Councillor: Dafydd (taking minutes) Before the "
        "formal meeting it was agreed to hear from Bethan about the solar farm consultation. "
        + "Councillors were shown a plan of the site and the options for each field. " * 4
        + "Apologies: Huw.\n"
    )
    assert [(p.name, p.role, p.attendance) for p in parse_strict(text).people] == [
        ("Rhys", None, "present"),
        ("Meinir", None, "present"),
        ("Alun", None, "present"),
        ("Gwenllian", "Chair", "present"),
        ("Dafydd", "County Councillor", "present"),
        ("Bethan", None, None),  # "to hear from Bethan": named, not listed
        ("Huw", None, "apologies"),
    ]
