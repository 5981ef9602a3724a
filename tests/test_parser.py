"""Unit tests of the minutes parser's rules, on short made-up passages."""

from __future__ import annotations

import json
import logging
from datetime import date
from pathlib import Path

import pytest

from clerk_tui.core.parse import items, parse, parse_strict
from clerk_tui.core.parse.actions import agreements
from clerk_tui.core.parse.actions.owners import split_owners
from tests.conftest import PARISH_HEAD, owned_actions


def _span(text: str, e: object) -> str:
    return text[e.start : e.end]  # type: ignore[attr-defined]


def test_action_line_after_paragraph() -> None:
    text = (
        "Agenda item\n\nWinter planning\n\nMinutes:\n"
        "Jo Banks (Head of Housing) described the cold weather plan. "
        "Councillor Ravi Mehta asked for ward maps. Jo Banks said she could share the maps.\n"
        "ACTION: Jo Banks\n"
    )
    r = parse_strict(text)
    assert len(r.actions) == 1
    a = r.actions[0]
    assert a.owner == "Jo Banks"
    assert "share the maps" in _span(text, a)
    assert a.item == 0


def test_inline_action_with_owner_and_task() -> None:
    text = "5. Budget\nThe group agreed the draft. Action: KT to circulate the final version.\n"
    r = parse_strict(text)
    assert [(a.owner, a.text) for a in r.actions] == [("KT", "Circulate the final version")]


def test_bracketed_initials_owners() -> None:
    text = (
        "Present: Sam Berry (SB), Jill Green (JG)\n\n"
        "1. Finance\nThe Board asked SB and JG to bring a costed plan. (Action: SB/JG)\n"
    )
    r = parse_strict(text)
    assert len(r.actions) == 1
    assert r.actions[0].owner == "SB/JG"
    assert r.actions[0].owners == ["SB", "JG"]
    names = {p.name: p.initials for p in r.people}
    assert names == {"Sam Berry": "SB", "Jill Green": "JG"}


def test_prose_commitments() -> None:
    text = (
        "The Director of Public Health undertook to circulate the data by 28 June. "
        "Mark Ellis said he would write to the provider. "
        "Officers were asked to review the charges. "
        "Priya Shah and Tom Okafor agreed to visit the centre before Christmas."
    )
    r = parse_strict(text, meeting_date=date(2023, 3, 14))
    got = [(a.owner, a.due) for a in r.actions]
    assert got == [
        ("The Director of Public Health", date(2023, 6, 28)),
        ("Mark Ellis", None),
        ("Officers", None),
        ("Priya Shah and Tom Okafor", date(2023, 12, 24)),
    ]
    assert r.actions[3].owners == ["Priya Shah", "Tom Okafor"]


def test_descriptive_text_yields_no_actions() -> None:
    text = (
        "Work was needed to understand how the priorities fitted together. "
        "Partners were committed to building relationships and were hoping the model "
        "would be functioning in 12-18 months. The council would continue to fund the panel. "
        "In March the group reported on its progress to the Board."
    )
    r = parse_strict(text)
    assert r.actions == []
    assert r.decisions == []
    assert r.follow_ups == []


def test_resolutions_are_decisions() -> None:
    text = (
        "RESOLVED that:\n(1) the report be noted;\n(2) the strategy be endorsed.\n\n"
        "The minutes of the meeting held on 4 May 2023 were approved as a correct record.\n"
        "The following minutes are unapproved and will be agreed at the next meeting.\n"
    )
    r = parse_strict(text)
    assert [(_span(text, d), d.text) for d in r.decisions] == [
        ("(1) the report be noted;", "RESOLVED that: (1) the report be noted;"),
        ("(2) the strategy be endorsed.", "RESOLVED that: (2) the strategy be endorsed."),
        (
            "The minutes of the meeting held on 4 May 2023 were approved as a correct record.",
            "The minutes of the meeting held on 4 May 2023 were approved as a correct record.",
        ),
    ]


def test_resolved_alone_is_one_decision_and_repeats_are_merged() -> None:
    text = (
        "Agenda item\n\nStrategy\n\nDecision:\n\nRESOLVED:\n\nTo note the report\n\n"
        "Minutes:\n\nDiscussion.\n\nRESOLVED:\n\nTo note the report\n\nSupporting documents:\n"
    )
    r = parse_strict(text)
    assert [d.text for d in r.decisions] == ["To note the report"]


def test_resolution_that_owner_circulate_is_action_and_decision() -> None:
    text = "2. That the Executive Director of Place, Dorset Council circulate slides to members.\n"
    r = parse_strict(text)
    assert len(r.decisions) == 1
    assert [a.owner for a in r.actions] == ["the Executive Director of Place, Dorset Council"]


def test_follow_ups() -> None:
    text = (
        "The draft could come back to the Board in March. "
        "The Committee suggested an item on co-production for a future meeting. "
        "Date of next meeting: Tuesday 16 January 2024.\n"
        "An update will be given at the next meeting."
    )
    r = parse_strict(text, meeting_date=date(2023, 11, 21))
    assert [(f.when, f.due) for f in r.follow_ups] == [
        ("in March", date(2024, 3, 31)),
        ("a future meeting", None),
        ("the next meeting", date(2024, 1, 16)),
    ]


def test_header_attendance_and_people_merge() -> None:
    text = (
        "Minutes of the meeting of the Riverside Health and Wellbeing Board held on "
        "Tuesday 14 March 2023 at 6.30pm\n\n"
        "Present: Councillor Amanda Lloyd-Harris (Chair), Dr Avi Bhatia (AB), Kim Hale\n"
        "Apologies for absence: Cllr Joe Pike\n"
        "Officers present: Lena Ford, Director of Public Health\n\n"
        "1. Matters arising\nCouncillor Lloyd-Harris thanked Kim Hale. "
        "The Director of Public Health reported progress.\n"
    )
    r = parse_strict(text)
    assert r.meeting.committee == "Riverside Health and Wellbeing Board"
    assert r.meeting.date == date(2023, 3, 14)
    people = {p.name: p for p in r.people}
    assert set(people) == {"Amanda Lloyd-Harris", "Avi Bhatia", "Kim Hale", "Joe Pike", "Lena Ford"}
    assert people["Amanda Lloyd-Harris"].role == "Chair"
    assert len(people["Amanda Lloyd-Harris"].mentions) == 2
    assert people["Avi Bhatia"].initials == "AB"
    assert people["Lena Ford"].role == "Director of Public Health"


def test_role_only_people() -> None:
    text = "The Director of Public Health stressed the point. The Superintendent agreed."
    r = parse_strict(text)
    assert [(p.name, p.role) for p in r.people] == [
        (None, "Director of Public Health"),
        (None, "Superintendent"),
    ]


def test_exempt_items() -> None:
    text = (
        "7. Exclusion of the press and public\n"
        "RESOLVED that the press and public be excluded for the following item.\n\n"
        "8. Contract award\nThe Committee considered the report.\n\n"
        "9. Date of next meeting\nTo be confirmed.\n"
    )
    r = parse_strict(text)
    assert [(i.number, i.exempt) for i in r.items] == [("7", False), ("8", True), ("9", False)]


def test_clock_times_of_a_chat_log_are_not_item_numbers() -> None:
    text = (
        "19:02:10 <anna> evening all\n"
        "19:03:44 <tom> the rota is on the wiki\n"
        "3: Hall booking\n"
        "Tom to book the hall for April.\n"
    )
    assert [(i.number, i.title) for i in parse_strict(text).items] == [("3", "Hall booking")]


def test_exempt_cover_ends_with_the_exempt_business() -> None:
    exclusion = (
        "4. Exclusion of the press and public\n"
        "RESOLVED that the press and public be excluded for the following items.\n\n"
    )
    marked = (
        exclusion + "5. Land at Mill Lane (exempt)\nDiscussed.\n\n"
        "6. Depot lease (Part II)\nDiscussed.\n\n7. Any other business\nNone.\n"
    )
    assert [i.exempt for i in parse_strict(marked).items] == [False, True, True, False]
    unmarked = (
        exclusion + "5. Land at Mill Lane\nDiscussed.\n\n6. Depot lease\nDiscussed.\n\n"
        "7. Date of next meeting\n4 June 2024.\n"
    )
    assert [i.exempt for i in parse_strict(unmarked).items] == [False, True, True, False]
    readmitted = (
        exclusion + "5. Land at Mill Lane\nDiscussed. The press and public were readmitted.\n\n"
        "6. Parking review\nDiscussed.\n"
    )
    assert [i.exempt for i in parse_strict(readmitted).items] == [False, True, False]


def test_part_ii_heading_is_exempt() -> None:
    text = "1. Welcome\nHello.\n\n2. Land disposal (Part II)\nDiscussed.\n"
    r = parse_strict(text)
    assert [i.exempt for i in r.items] == [False, True]


def test_action_table_with_pipes() -> None:
    text = (
        "Ref | Action | Owner | Due | Status\n"
        "--- | --- | --- | --- | ---\n"
        "A1 | Send the survey | Carole Burgoyne and Ross Jago | by 28 June | Open\n"
        "A2 | Book the venue | MW/YO | Q3 | Open\n"
    )
    r = parse_strict(text, meeting_date=date(2023, 4, 25))
    assert [(a.text, a.owners, a.due) for a in r.actions] == [
        ("Send the survey", ["Carole Burgoyne", "Ross Jago"], date(2023, 6, 28)),
        ("Book the venue", ["MW", "YO"], date(2023, 12, 31)),
    ]


def test_offsets_are_into_the_original_text_with_crlf_and_nbsp() -> None:
    text = "1. Item\r\n\u00a0Jo Banks undertook to circulate the notes by 28 June.\r\n"
    r = parse_strict(text, meeting_date=date(2023, 1, 1))
    a = r.actions[0]
    assert text[a.start : a.end] == "Jo Banks undertook to circulate the notes by 28 June."


def test_split_owners() -> None:
    assert split_owners("Carole Burgoyne and Ross Jago") == ["Carole Burgoyne", "Ross Jago"]
    assert split_owners("MW/YO") == ["MW", "YO"]
    assert split_owners("ICB") == ["ICB"]
    assert split_owners(
        "the Directors of Public Health, Children and Adult Social Care and the Chief Operating "
        "Officer of the CCG"
    ) == [
        "the Directors of Public Health, Children and Adult Social Care",
        "the Chief Operating Officer of the CCG",
    ]


def test_empty_and_odd_inputs() -> None:
    for text in ("", " ", "\n\n", "\x00", "ACTION:", "RESOLVED", "|||", "Action: \n"):
        r = parse_strict(text)
        assert r.to_json()["actions"] is not None


def test_x_to_verb_lines_bullets_and_headings() -> None:
    text = (
        "Present: Nadia Brook (NB), Alan Best (AB), Carol Dean (CD)\n\n"
        "1. Grounds\n"
        "Brenda to book the skip for May.\n"
        "- NB to circulate the paper.\n"
        "• Officers to report back to the next meeting.\n"
        "Clerk to write to the ICB.\n"
        "AB/CD to review the figures by 30 June.\n"
        "2) Hedges – Robin and Priti to cut the hedge on the north boundary.\n"
        "Trees: Treasurer to pay the tree surgeon.\n"
        "Action: Geoff to order new padlocks.\n"
    )
    r = parse_strict(text, meeting_date=date(2024, 3, 12))
    assert [(a.owner, a.owners, a.text) for a in r.actions] == [
        ("Brenda", ["Brenda"], "Book the skip for May."),
        ("NB", ["NB"], "Circulate the paper."),
        ("Officers", ["Officers"], "Report back to the next meeting."),
        ("Clerk", ["Clerk"], "Write to the ICB."),
        ("AB/CD", ["AB", "CD"], "Review the figures by 30 June."),
        ("Robin and Priti", ["Robin", "Priti"], "Cut the hedge on the north boundary."),
        ("Treasurer", ["Treasurer"], "Pay the tree surgeon."),
        ("Geoff", ["Geoff"], "Order new padlocks"),
    ]
    assert r.actions[4].due == date(2024, 6, 30)
    assert all(a.item in (0, 1) for a in r.actions)


def test_to_verb_noun_phrases_are_not_owners() -> None:
    text = (
        "Work to improve access was slower than planned. "
        "Members to note the report. "
        "Aligned to integration, there needs to be a focus on primary care. "
        "Plans to expand the car park were withdrawn.\n"
        "Purpose: To consider the budget.\n"
    )
    assert parse_strict(text).actions == []


def test_body_commitments_about_the_future() -> None:
    text = (
        "1. Partner updates\n"
        "Healthwatch will share the survey results with members. "
        "The ICB agreed to provide a breakdown of waiting times by practice. "
        "Public Health would circulate the updated guidance to schools. "
        "The Highways team will write to residents on Mill Lane.\n"
    )
    r = parse_strict(text)
    assert [(a.owner, a.text) for a in r.actions] == [
        ("Healthwatch", "Share the survey results with members."),
        ("The ICB", "Provide a breakdown of waiting times by practice."),
        ("Public Health", "Circulate the updated guidance to schools."),
        ("The Highways team", "Write to residents on Mill Lane."),
    ]
    # A partner's task is not the meeting's decision.
    assert r.decisions == []


def test_body_descriptions_are_not_commitments() -> None:
    text = (
        "Healthwatch shared the survey results with members. "
        "The service will provide support to 200 families this year. "
        "The council would continue to fund the panel. "
        "The ICB will need to consider the options. "
        "The Board will continue to circulate the note. "
        "If the Trust would provide the figures, members could decide.\n"
    )
    assert parse_strict(text).actions == []
    # (The meeting's own body with a plain task is its action, round 17: "The Board will
    # circulate the note" is the Board's; its standing work, above, is none.)


def test_committee_from_header_styles() -> None:
    cases = {
        "RIVERSIDE PLACE BOARD — MINUTES\nThursday 18 April 2024": "Riverside Place Board",
        "Agenda and minutes\n\nRiverside Licensing Committee - Monday, 8th July, 2024 10.00 am": (
            "Riverside Licensing Committee"
        ),
        "Agenda and minutes / Cabinet - Thursday, 19th October, 2023 6.30 pm": "Cabinet",
        "Riverside Allotment Society\nCommittee meeting, Tuesday 7 May 2024, 7pm": (
            "Riverside Allotment Society"
        ),
        "MINUTES OF THE MILLBROOK TOWN COUNCIL MEETING HELD ON 3 JUNE 2024": (
            "Millbrook Town Council"
        ),
        "A meeting of Millbrook Parish Council was held on Monday 3 June 2024.": (
            "Millbrook Parish Council"
        ),
        "Committee: Cabinet\nDate: Tuesday 14 March 2023": "Cabinet",
        "Draft minutes of the extraordinary meeting of the Riverside Licensing Sub-Committee, "
        "2 May 2024": "Riverside Licensing Sub-Committee",
    }
    for head, committee in cases.items():
        r = parse_strict(head + "\n\n1. Apologies\nNone.\n")
        assert r.meeting.committee == committee, head
        assert r.meeting.date is not None, head


def test_committee_is_never_a_bare_word() -> None:
    for head in (
        "Committee meeting, Tuesday 7 May 2024, 7pm",
        "Minutes of the meeting held on 3 June 2024",
        "Board Minutes\n",
    ):
        assert parse_strict(head + "\n\n1. Apologies\nNone.\n").meeting.committee is None, head


def test_allotment_minutes_with_heading_dash_actions() -> None:
    path = Path(__file__).resolve().parents[1] / "sample_minutes" / "cycle"
    text = (path / "allotments-2024-05-07.txt").read_text(encoding="utf-8")
    r = parse_strict(text)
    assert r.meeting.committee == "Riverside Allotment Society"
    assert [(a.owner, a.due) for a in r.actions] == [
        ("Geoff", None),
        ("Brenda", None),
        ("Michael", None),
        ("Priti", date(2024, 6, 1)),
    ]
    assert [r.items[a.item].title for a in r.actions if a.item is not None] == [
        "Water supply",
        "Skip day",
        "Security",
        "Newsletter",
    ]


def test_next_meeting_date_under_its_heading_resolves_the_next_meeting() -> None:
    text = (
        "1. Highways\nCllr Adebayo would report back to the next meeting on the volunteers.\n\n"
        "2. Date of next meeting\nMonday 1 July 2024 at 7.30pm.\n"
    )
    r = parse_strict(text, meeting_date=date(2024, 6, 3))
    assert [f.due for f in r.follow_ups] == [date(2024, 7, 1)]


def test_heading_labels_and_recommendations_are_not_actions() -> None:
    text = (
        "1. Misc\n"
        "Update: Members to be informed of changes.\n"
        "Background: Residents to the north of the site have complained.\n"
        "Chair's update – Thanks to all volunteers.\n"
        "Decision: Council to approve the budget.\n"
        "NHS England will publish guidance later this year.\n"
    )
    assert parse_strict(text).actions == []


def test_a_resolution_that_only_opens_a_list_is_one_decision_per_sub_point() -> None:
    text = (
        "19. Care plan\n"
        "Mark Fenwick introduced the report.\n"
        "RESOLVED: That the Board\n"
        "(1) approves the plan for 2024-25;\n"
        "(2) delegates final sign-off to the Director.\n"
        "\n"
        "It was RESOLVED that:\n"
        "(a) the report be noted; and\n"
        "(b) a working group be set up.\n"
        "Members thanked the officers.\n"
        "\n"
        "Resolved – (a) the fees be approved; (b) the policy be adopted.\n"
        "It was agreed that the consultation would consist of:\n"
        "a. a leaflet to every household;\n"
        "b. two drop-in sessions at the library.\n"
        "RESOLVED that the minutes be agreed as a correct record.\n"
        "20. Matters arising\n"
        "There were none.\n"
    )
    r = parse_strict(text)
    assert [_span(text, d) for d in r.decisions] == [
        "(1) approves the plan for 2024-25;",
        "(2) delegates final sign-off to the Director.",
        "(a) the report be noted; and",
        "(b) a working group be set up.",
        "(a) the fees be approved;",
        "(b) the policy be adopted.",
        # The head says what was agreed: its list is one decision.
        "It was agreed that the consultation would consist of:\na. a leaflet to every household;"
        "\nb. two drop-in sessions at the library.",
        "RESOLVED that the minutes be agreed as a correct record.",
    ]
    # Each sub-point's text is led by the head that opens it.
    assert (
        r.decisions[1].text
        == "RESOLVED: That the Board (2) delegates final sign-off to the Director."
    )
    assert r.decisions[3].text == "It was RESOLVED that: (b) a working group be set up."
    assert r.decisions[5].text == "Resolved – (b) the policy be adopted."
    assert [d.item for d in r.decisions] == [0] * 8
    assert [i.title for i in r.items] == ["Care plan", "Matters arising"]


def test_requests_for_a_future_meeting_are_follow_ups() -> None:
    head = "Minutes of the meeting held on 4 September 2024\n\n1. Care\n"
    tail = "\n\n2. Date of next meeting\n4 December 2024.\n"
    cases = [
        (
            "Councillor Baxter asked that the Board receive a report on winter pressures "
            "at its December meeting.",
            "its December meeting",
            date(2024, 12, 4),
        ),
        (
            "The Panel requested a progress report at its March meeting.",
            "its March meeting",
            date(2025, 3, 31),
        ),
        (
            "An update would be provided at the January meeting.",
            "the January meeting",
            date(2025, 1, 31),
        ),
        (
            "The draft strategy would return to the committee in the new year.",
            "in the new year",
            date(2025, 1, 31),
        ),
        (
            "The Board would receive the final plan at its meeting on 12 March 2025.",
            "its meeting on 12 March 2025",
            date(2025, 3, 12),
        ),
        (
            "It was agreed that a further update be given to the Board in the autumn.",
            "in the autumn",
            date(2024, 11, 30),
        ),
    ]
    for sentence, when, due in cases:
        r = parse_strict(head + sentence + tail)
        assert [(f.when, f.due) for f in r.follow_ups] == [(when, due)], sentence
        assert r.actions == [], sentence


def test_past_meetings_and_own_work_programme() -> None:
    head = "Minutes of the meeting held on 4 September 2024\n\n1. Care\n"
    for sentence in (
        "The Board received a report on winter pressures at its December meeting.",
        "The report was presented at the January meeting.",
        "Councillor Baxter asked whether the figures included agency staff.",
    ):
        r = parse_strict(head + sentence + "\n")
        assert r.follow_ups == [] and r.actions == [], sentence
    r = parse_strict(
        head + "The Committee agreed to add school exclusions to the work programme.\n"
    )
    assert r.actions == []
    assert [f.text for f in r.follow_ups] == [
        "The Committee agreed to add school exclusions to the work programme."
    ]


def test_honorific_and_surname_owner_is_the_attendee() -> None:
    text = (
        "Present: Mark Fenwick (Director of Adult Social Care), Lucy Hart (Healthwatch)\n\n"
        "1. Discharge\n"
        "Mr Fenwick undertook to provide a breakdown of delays by ward.\n"
        "Action: Lucy Hart to share the survey results.\n"
    )
    r = parse_strict(text)
    assert [(a.owner, a.owners) for a in r.actions] == [
        ("Mr Fenwick", ["Mr Fenwick"]),
        ("Lucy Hart", ["Lucy Hart"]),
    ]
    assert [(p.name, [text[s:e] for s, e in p.mentions]) for p in r.people] == [
        ("Mark Fenwick", ["Mark Fenwick", "Mr Fenwick"]),
        ("Lucy Hart", ["Lucy Hart", "Lucy Hart"]),
    ]


def test_text_pasted_from_pdf_wraps_mid_sentence_across_page_breaks() -> None:
    header = "Environment Cabinet Committee – 10 October 2024"
    text = (
        "Minutes of the meeting held on 10 October 2024\n"
        "32. Winter service plan\n"
        "(1) Members asked about footway gritting in town centres. Mr Lacey undertook to send\n"
        "Members the list of footways treated in each district before the end of October.\n"
        "Page 3 of 7\n"
        f"{header}\n"
        "(2) RESOLVED that the minutes of the meeting held on 11 July 2024 are correctly\n"
        "recorded and that they be signed by the Chair.\n"
        "(3) Ms Webb said that usage had fallen by 12% and that the full evaluation would be\n"
        "Page 4 of 7\n"
        f"{header}\n"
        "brought back to the Committee in January 2025.\n"
    )
    r = parse_strict(text)
    assert [(a.owner, a.text, a.due) for a in r.actions] == [
        (
            "Mr Lacey",
            "Send Members the list of footways treated in each district before the end of October.",
            date(2024, 10, 31),
        )
    ]
    assert [d.text for d in r.decisions] == [
        "RESOLVED that the minutes of the meeting held on 11 July 2024 are correctly "
        "recorded and that they be signed by the Chair."
    ]
    assert [(f.text, f.due) for f in r.follow_ups] == [
        (
            "Ms Webb said that usage had fallen by 12% and that the full evaluation would be "
            "brought back to the Committee in January 2025.",
            date(2025, 1, 31),
        )
    ]
    assert header not in r.follow_ups[0].text


def test_short_lines_and_headings_are_not_joined() -> None:
    text = (
        "4. Finance report\n"
        "HL presented the month 7 position and the Board noted the report\n"
        "HL to bring a revised forecast to the February Board.\n"
        "Present: Jane Burrows, Amir Hassan and Peter Grant, together with officers\n"
        "Action: PG to circulate the figures.\n"
    )
    r = parse_strict(text)
    assert [a.owner for a in r.actions] == ["HL", "PG"]


def test_summary_of_actions_list_with_owners_in_brackets() -> None:
    text = (
        "Present: Jane Burrows (JB), Amir Hassan (AH), Laura Nkemelu (LN)\n\n"
        "4. Safeguarding\n"
        "LN will arrange a follow-up visit with the DSL in the spring term.\n\n"
        "5. Better Care Fund (BCF)\nNoted.\n\n"
        "Summary of actions\n"
        "1. Circulate the attendance data to all governors (AH) - by 7 February\n"
        "2. Arrange the safeguarding follow-up visit with the DSL (LN)\n"
        "3. Book the training room (Part II)\n"
    )
    r = parse_strict(text, meeting_date=date(2025, 1, 21))
    assert [i.title for i in r.items] == ["Safeguarding", "Better Care Fund (BCF)"]
    # The list stands for the action minuted above: one action, with the prose's due date,
    # linked to the minute where it was agreed (and so first in the order of the text).
    assert [(a.owner, a.text, a.due) for a in r.actions] == [
        ("LN", "Arrange the safeguarding follow-up visit with the DSL", date(2025, 5, 31)),
        ("AH", "Circulate the attendance data to all governors", date(2025, 2, 7)),
    ]
    assert text[r.actions[0].start : r.actions[0].end].startswith("LN will arrange")
    # A closing summary is not part of the last item; an entry minuted above takes its item.
    assert [a.item for a in r.actions] == [0, None]


def test_planning_committee_header_minute_references_and_vote() -> None:
    text = (
        "ASHCOMBE DISTRICT COUNCIL\n\nPLANNING COMMITTEE\n\n"
        "Minutes of a meeting of the Planning Committee held in the Council Chamber, Civic "
        "Offices, Ashcombe on Wednesday 12 February 2025 at 6.00pm\n\n"
        "Present: Councillors Helen Draycott (Chair), Susan Okoro and Derek Lamb\n\n"
        "PC/41 APOLOGIES FOR ABSENCE\n\nNone.\n\n"
        "PC/44 24/01873/FUL - LAND EAST OF MILL ROAD, ASHCOMBE\n\n"
        "It was proposed by Councillor Okoro and seconded by Councillor Lamb that the "
        "application be approved. On being put to the vote the motion was carried.\n\n"
        "RESOLVED that planning permission be GRANTED.\n\n"
        "C.45 Appeals\n\nThe motion was carried.\n"
    )
    r = parse_strict(text)
    assert r.meeting.committee == "Planning Committee"
    assert r.meeting.date == date(2025, 2, 12)
    assert [(i.number, i.title) for i in r.items] == [
        ("PC/41", "APOLOGIES FOR ABSENCE"),
        ("PC/44", "24/01873/FUL - LAND EAST OF MILL ROAD, ASHCOMBE"),
        ("C.45", "Appeals"),
    ]
    # The vote beside a RESOLVED is that resolution; alone, it is the decision.
    assert [(d.text, d.item) for d in r.decisions] == [
        ("RESOLVED that planning permission be GRANTED.", 1),
        ("The motion was carried.", 2),
    ]
    assert [(p.name, p.role) for p in r.people] == [
        ("Helen Draycott", "Chair"),
        ("Susan Okoro", "Councillor"),
        ("Derek Lamb", "Councillor"),
    ]


def test_council_name_is_the_committee_only_when_no_other_body_is_named() -> None:
    head = "Northfield Borough Council\n{}\nMinutes of the meeting held on 18 November 2024\n\n"
    body = "1. Apologies\nNone.\n"
    assert parse_strict(
        head.format("Overview and Scrutiny Committee") + body
    ).meeting.committee == ("Overview and Scrutiny Committee")
    assert parse_strict(head.format("Full Council") + body).meeting.committee == "Full Council"
    assert parse_strict(head.format("") + body).meeting.committee == "Northfield Borough Council"


def test_plural_honorific_gives_each_listed_name_the_role_until_a_semicolon() -> None:
    text = (
        "Present: Councillors Priya Desai, Kevin Doyle and Sam Whitfield; "
        "Lisa Moran (Director of Housing), Nick Evans\n\n1. Apologies\nNone.\n"
    )
    r = parse_strict(text)
    assert [(p.name, p.role) for p in r.people] == [
        ("Priya Desai", "Councillor"),
        ("Kevin Doyle", "Councillor"),
        ("Sam Whitfield", "Councillor"),
        ("Lisa Moran", "Director of Housing"),
        ("Nick Evans", None),
    ]


def test_closed_action_log_rows_are_not_open_actions() -> None:
    text = (
        "Members present:\nStephen Cole (SC)    Chief Executive\nHarriet Lyle (HL)    Chief "
        "Finance Officer\n\nItem 4  Finance report\n"
        "HL to bring a revised forecast, including the savings plan, to the February Board.\n\n"
        "Action log\n\n"
        "Ref    | Action                          | Lead | Due date   | Status\n"
        "24/017 | Publish the access recovery plan | SC   | 30/09/2024 | Closed\n"
        "24/023 | Revised forecast and savings plan to Board | HL | 06/02/2025 | Open\n\n"
        "Date of next meeting: Thursday 6 February 2025\n"
    )
    r = parse_strict(text, meeting_date=date(2024, 12, 5))
    assert [(p.name, p.role, p.initials) for p in r.people] == [
        ("Stephen Cole", "Chief Executive", "SC"),
        ("Harriet Lyle", "Chief Finance Officer", "HL"),
    ]
    # The open row stands for the prose action, and takes the item it was minuted under, and
    # its words: the row only labels the task ("Revised forecast and savings plan to Board").
    assert [(a.text, a.owner, a.due, a.item) for a in r.actions] == [
        (
            "Bring a revised forecast, including the savings plan, to the February Board.",
            "HL",
            date(2025, 2, 6),
            0,
        )
    ]
    # Bringing it to "the February Board" is also a follow-up, due at that meeting.
    assert [(f.when, f.due, f.committee) for f in r.follow_ups] == [
        ("the February Board", date(2025, 2, 6), "Board")
    ]


def test_follow_up_when_is_the_whole_meeting_phrase() -> None:
    text = "3. Report\nAH said the assessment data would be presented at the summer term meeting.\n"
    r = parse_strict(text, meeting_date=date(2025, 1, 21))
    assert [f.when for f in r.follow_ups] == ["the summer term meeting"]
    text2 = "5. Plan\nAction: OA and GW to report on handover delays to the January meeting.\n"
    r2 = parse_strict(text2, meeting_date=date(2024, 12, 5))
    assert [(f.when, f.due) for f in r2.follow_ups] == [("the January meeting", date(2025, 1, 31))]


def test_owner_bracketed_after_the_sentence() -> None:
    text = (
        "Present: Cllrs Ann Whitaker (Chair), Robert Fenwick\n"
        "Also present: Karen Bell (Parish Clerk), County Councillor Peter Hale\n\n"
        "5. Report\nHe would chase the highways team about the speed survey (CC Hale).\n\n"
        "6. Matters arising\nThe landowner had not responded (Mill Farm). "
        "The Clerk would write to the landowner again (Clerk).\n"
        "Cllr Fenwick agreed to contact the police coordinator (RF). "
        "The sign had been repaired (AW).\n"
    )
    r = parse_strict(text)
    assert [(a.owner, a.text, a.item) for a in r.actions] == [
        ("CC Hale", "Chase the highways team about the speed survey.", 0),
        ("Clerk", "Write to the landowner again.", 1),
        ("RF", "Contact the police coordinator.", 1),
    ]


def test_reason_for_absence_in_brackets_is_not_a_role() -> None:
    text = (
        "Apologies: Cllr Sue Oldham (holiday), Jo Kerr (work commitments), "
        "Ian Ford (Non-Executive Member)\n\n1. Minutes\nApproved.\n"
    )
    r = parse_strict(text)
    assert [(p.name, p.role) for p in r.people] == [
        ("Sue Oldham", "Cllr"),
        ("Jo Kerr", None),
        ("Ian Ford", "Non-Executive Member"),
    ]


def test_numbered_heading_followed_by_colon_and_text_on_the_same_line() -> None:
    text = (
        "1. Apologies: Cllr Sue Oldham (holiday).\n\n"
        "2. Minutes: The minutes of the meeting of 6 February 2025 were approved and signed.\n\n"
        "3. Local Plan: Preferred Options Consultation\nNoted.\n\n"
        "4. Date of next meeting: Thursday 3 April 2025.\n"
    )
    r = parse_strict(text)
    assert [(i.number, i.title) for i in r.items] == [
        ("1", "Apologies"),
        ("2", "Minutes"),
        ("3", "Local Plan: Preferred Options Consultation"),
        ("4", "Date of next meeting"),
    ]
    assert [d.item for d in r.decisions] == [1]


def test_moderngov_resolved_to_bullets_and_past_approvals() -> None:
    text = (
        "Agenda item\n\nFlood Risk Strategy - annual update\n\nMinutes:\n\n"
        "He drew attention to the schemes where the business cases had been approved. "
        "The Clerk would report the defects to the County Council highways department.\n\n"
        "The Committee RESOLVED to:\n\n"
        "·       note the progress made;\n\n"
        "·       receive a further update on the delivery plan at its meeting in March 2026.\n"
    )
    r = parse_strict(text, meeting_date=date(2025, 3, 4))
    assert [d.text for d in r.decisions] == [
        "The Committee RESOLVED to: note the progress made;",
        "The Committee RESOLVED to: receive a further update on the delivery plan at its "
        "meeting in March 2026.",
    ]
    assert [(f.when, f.due) for f in r.follow_ups] == [
        ("its meeting in March 2026", date(2026, 3, 31))
    ]


def test_role_then_name_in_commas_is_one_named_officer() -> None:
    text = (
        "1. Flooding\nThe Flood Risk Manager, Tom Hadley, introduced the report. "
        "Tom Hadley said the work was on track. "
        "The Director of Strategy, East London, was thanked.\n"
    )
    r = parse_strict(text)
    assert [(p.name, p.role) for p in r.people] == [
        ("Tom Hadley", "Flood Risk Manager"),
        (None, "Director of Strategy, East London"),  # a place, not a person found
    ]


def test_requests_for_another_bodys_meeting_or_an_attendance_are_follow_ups() -> None:
    text = (
        "25. Damp and mould\nThe Committee recommended that Cabinet reconsider its response "
        "at its meeting in January.\n\n26. Work programme\nMembers asked that the Cabinet Member "
        "for Finance attend the February meeting for the budget item. The Leader attended the "
        "March meeting.\n"
    )
    r = parse_strict(text, meeting_date=date(2024, 11, 18))
    assert [(f.when, f.due, f.item) for f in r.follow_ups] == [
        ("its meeting in January", date(2025, 1, 31), 0),
        ("the February meeting", date(2025, 2, 28), 1),
    ]


def test_street_name_after_and_is_not_a_person() -> None:
    text = "1. Schemes\nWork at Brookside and Nether Lane, and with Jo Kerr, was on track.\n"
    assert [p.name for p in parse_strict(text).people] == ["Jo Kerr"]


def test_owner_in_an_action_by_column_is_the_owner_not_part_of_the_text() -> None:
    text = (
        "Present: Cllr Ann Lloyd, Mrs Jo Rees (Clerk)\n\n"
        "Minute\tNotes\tLead\n"
        "1. Highways\n\tThe Clerk would report the pothole to the County Council.\tClerk\n"
        "2. Play area\n\tAgreed: to obtain three quotations for new swings.\t\tCllr Lloyd\n"
        "3. Finance\n\tPayments were approved.\n"
    )
    r = parse_strict(text)
    assert [(a.owner, a.text) for a in r.actions] == [
        ("Clerk", "Report the pothole to the County Council."),
        ("Cllr Lloyd", "Obtain three quotations for new swings."),
    ]
    assert [_span(text, d) for d in r.decisions] == [
        "Agreed: to obtain three quotations for new swings.",
        "Payments were approved.",
    ]


def test_aligned_words_without_an_action_by_header_are_not_owners() -> None:
    text = "1. Highways\nThe footway was reported to the County Council.   Clerk\n"
    r = parse_strict(text)
    assert r.actions == []


def test_council_tier_apposition_roles_and_list_neighbours() -> None:
    text = (
        "Present: Councillor Peter Hale, Councillor Ruth Adeyemi\n\n"
        "1. Planning\nCounty Councillor Peter Hale asked about flooding. "
        "Ms Claire Denton, the agent, spoke in support. Mr Al Hay, the member of the public, "
        "spoke against.\n"
    )
    assert [(p.name, p.role) for p in parse_strict(text).people] == [
        ("Peter Hale", "County Councillor"),
        ("Ruth Adeyemi", "Councillor"),
        ("Claire Denton", "agent"),
        ("Al Hay", None),
    ]


def test_resolution_asking_a_role_and_a_pronoun_promise_are_actions() -> None:
    text = (
        "5. Bus services\nThe Head of Transport, Mark Dunne, reported on the changes. "
        "He confirmed that the timetable had been changed in May and that he would send "
        "Members the link.\n\nRESOLVED to:\n(a) note the report; and\n"
        "(b) ask the Cabinet Member for Environment to write to the operator; and\n"
        "(c) receive a further update at its meeting in March 2026.\n"
    )
    r = parse_strict(text)
    assert [(a.owner, a.text, a.due_text) for a in r.actions] == [
        ("Mark Dunne", "Send Members the link.", None),  # May is when it changed, not a due
        ("the Cabinet Member for Environment", "Write to the operator", None),
    ]


def test_work_programme_entry_for_a_year_comes_back_in_that_year() -> None:
    text = (
        "6. Work programme\nThe Committee agreed to add the road safety review to its work "
        "programme for 2025-26.\n"
    )
    r = parse_strict(text, meeting_date=date(2025, 2, 4))
    assert [(f.when, f.due) for f in r.follow_ups] == [("2025-26", date(2026, 3, 31))]
    assert r.actions == []


def test_tab_log_rows_with_minute_refs_are_not_items_and_take_the_revised_deadline() -> None:
    text = (
        "CoG/25/033 Action log\nThe action log was reviewed.\n\n"
        "No.\tAction\tLead\tDeadline\tStatus\tRevised deadline\n"
        "CoG/25/014\tCirculate the training calendar\tKE\t31/08/2025\tComplete\n"
        "CoG/25/019\tArrange a site visit for governors\tKE\t30/09/2025\tOpen\t30/11/2025\n"
        "CoG/25/022\tReport on audiology waiting times\tSL\t16/10/2025\tOn track\n\n"
        "CoG/25/034 Chief Executive's report\nSL presented the report.\n"
    )
    r = parse_strict(text)
    assert [(i.number, i.title) for i in r.items] == [
        ("CoG/25/033", "Action log"),
        ("CoG/25/034", "Chief Executive's report"),
    ]
    assert [(a.owner, a.due, a.due_text, a.item) for a in r.actions] == [
        ("KE", date(2025, 11, 30), "30/11/2025", 0),
        ("SL", date(2025, 10, 16), "16/10/2025", 0),
    ]


def test_resolution_that_an_officer_writes_is_a_decision_and_their_action() -> None:
    text = (
        "5. London Road crossing\n"
        "It was RESOLVED that the Town Clerk writes to the highways authority about it.\n"
        "The Mayor would write to the MP to ask for her support.\n"
        "The Council would review its policy.\n"
    )
    r = parse_strict(text)
    assert [(a.owner, a.text) for a in r.actions] == [
        ("the Town Clerk", "Write to the highways authority about it."),
        ("The Mayor", "Write to the MP to ask for her support."),
    ]
    assert [_span(text, d) for d in r.decisions] == [
        "It was RESOLVED that the Town Clerk writes to the highways authority about it."
    ]


def test_mayor_named_in_attendance_is_one_person() -> None:
    text = (
        "ASHCOMBE TOWN COUNCIL\n\nMinutes of the meeting of the Full Council held on "
        "Monday 10 November 2025\n\n"
        "PRESENT: The Mayor, Cllr Janet Holloway (Chair); Cllrs Ravi Patel and Tom Briggs\n\n"
        "1. Roads\nThe Mayor would write to the MP.\n"
    )
    r = parse_strict(text)
    assert r.meeting.committee == "Full Council"  # as for a borough's Full Council
    assert [(p.name, p.role) for p in r.people] == [
        ("Janet Holloway", "Mayor"),
        ("Ravi Patel", "Cllr"),
        ("Tom Briggs", "Cllr"),
    ]


class _Broken:
    """Stands in for a compiled pattern that a rule calls: every search raises."""

    def __init__(self, message: str = "broken on purpose") -> None:
        self.message = message

    def __getattr__(self, name: str) -> object:
        def fail(*args: object, **kwargs: object) -> object:
            raise RuntimeError(self.message)

        return fail


FAULT_TEXT = (
    "1. Budget\n"
    "Jo Banks undertook to circulate the notes. Mark Ellis said he would write to the provider.\n"
)


def test_a_broken_stage_raises_in_strict_and_is_reported_by_parse(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(items, "NUM_RE", _Broken())
    with pytest.raises(RuntimeError, match="broken on purpose"):
        parse_strict(FAULT_TEXT)
    with caplog.at_level(logging.ERROR, logger="clerk_tui.parse"):
        r = parse(FAULT_TEXT)
    assert r.faults == [
        "parser rule items.find_items failed (RuntimeError: broken on purpose); "
        "what it finds is missing from this parse"
    ]
    assert "items.find_items" in caplog.text
    assert r.items == []
    assert [a.owner for a in r.actions] == ["Jo Banks", "Mark Ellis"]


def test_a_broken_sentence_rule_loses_only_its_own_actions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(agreements, "_P_AGREED", _Broken())
    with pytest.raises(RuntimeError):
        parse_strict(FAULT_TEXT)
    r = parse(FAULT_TEXT)
    assert [f.split(" failed")[0] for f in r.faults] == ["parser rule actions.agreements.agreed_to"]
    assert [a.owner for a in r.actions] == ["Mark Ellis"]
    assert [i.title for i in r.items] == ["Budget"]
    assert r.to_json()["faults"] == r.faults


def test_clerk_parse_prints_a_failed_rule_on_stderr(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from clerk_tui import cli

    monkeypatch.setattr(agreements, "_P_AGREED", _Broken())
    minutes = tmp_path / "minutes.txt"
    minutes.write_text(FAULT_TEXT, encoding="utf-8")
    assert cli.main(["parse", "--json", str(minutes)]) == 0
    out, err = capsys.readouterr()
    assert [a["owner"] for a in json.loads(out)["actions"]] == ["Mark Ellis"]
    assert err.startswith("clerk: parser rule actions.agreements.agreed_to failed (RuntimeError")
    assert len(err.strip().splitlines()) == 1


def _decision_spans(text: str) -> list[str]:
    return [" ".join(_span(text, d).split()) for d in parse_strict(text).decisions]


def test_agreed_to_a_numbered_list_is_one_decision_per_point() -> None:
    text = (
        "4. Chair's report\nThe plan had to be submitted before the next meeting.\n"
        "Agreed to:\n1. Delegate to the Director of Public Health a final review of the plan.\n"
        "2. Circulate the plan to all members of the Board before submission.\n"
        "5. Any other business\nNone.\n"
    )
    r = parse_strict(text)
    assert [d.text for d in r.decisions] == [
        "Agreed to: 1. Delegate to the Director of Public Health a final review of the plan.",
        "Agreed to: 2. Circulate the plan to all members of the Board before submission.",
    ]


def test_resolved_split_over_lines_is_one_decision() -> None:
    text = (
        "Resolved – That the minutes of the meeting held on 14 September 2021 be\n\n"
        "agreed as a correct record.\n\n"
        "RESOLVED –\nthat the report be noted and the\naction plan be endorsed.\n"
        "The Chair thanked the officers.\n"
    )
    assert _decision_spans(text) == [
        "Resolved – That the minutes of the meeting held on 14 September 2021 be agreed as a "
        "correct record.",
        "that the report be noted and the action plan be endorsed.",
    ]


def test_lettered_resolutions_with_no_keyword_are_decisions() -> None:
    text = (
        "During the ensuing discussion members asked about vacancies.\n\n"
        "(a) subject to the items added at the meeting, the work programme be approved;\n\n"
        "(b) the following members be appointed to the Challenge Groups –\n\n"
        "     Education – Councillor Rhys Tate\n\n"
        "(c) the Coordinator email all members and the matter be considered at the next "
        "meeting.\n\n"
        "(d) the officers would be asked to attend.\n"
        "1. The report was noted by the group.\n"
    )
    assert _decision_spans(text) == [
        "(a) subject to the items added at the meeting, the work programme be approved;",
        "(b) the following members be appointed to the Challenge Groups –",
        "(c) the Coordinator email all members and the matter be considered at the next meeting.",
        "The report was noted by the group.",
    ]


def test_a_motion_with_proposer_and_seconder_is_a_decision_unless_a_resolution_states_it() -> None:
    text = (
        "3. Minutes of 23rd March\nCllr Kirk proposed minutes agreed, Cllr Porter seconded, "
        "all in favour.\n"
        "4. Finance\nCllr Burgess proposed the payments above be made, all in favour.\n"
        "Risk Management signed off.\n"
        "5. Accounts\nThe Clerk had no figures. CC proposed and LH seconded that the accounts "
        "be presented at the July meeting. Councillors present were content with the proposal.\n"
        "6. 24/01873/FUL Land east of Mill Road\nIt was proposed by Councillor Pike and "
        "seconded by Councillor Marsh that the application be approved. On being put to the "
        "vote the motion was carried.\n"
        "RESOLVED that planning permission be granted.\n"
        "7. Minutes of the AGM\nProposed by Cllr Kirk, seconded by Cllr Porter.\n"
        "These were moved as correct by Robert Preston and Esme Clark.\n"
    )
    assert _decision_spans(text) == [
        "Cllr Kirk proposed minutes agreed, Cllr Porter seconded, all in favour.",
        "Cllr Burgess proposed the payments above be made, all in favour.",
        "Risk Management signed off.",
        "CC proposed and LH seconded that the accounts be presented at the July meeting.",
        "RESOLVED that planning permission be granted.",
        "These were moved as correct by Robert Preston and Esme Clark.",
    ]


def test_sentences_of_decision() -> None:
    text = (
        "It was resolved to write to the Boundary Commission. "
        "It was suggested and AGREED that we write to the Health Board. "
        "There was general agreement that bus franchising should be raised. "
        "Councillors agreed that the amendment should be made. "
        "All Councillors noted they were content. "
        "The Board noted the Chair's Report as presented. "
        "The Board discussed and agreed some minor changes to the letter. "
        "The final wording was discussed, and wording agreed with minor changes. "
        "Agreed unanimously that the hall fees stay the same. "
        "Members voted unanimously to approve the budget. "
        "The Board supported the recommendations in the report. "
        "The Committee gave its approval to the scheme. "
        "Agreement was reached to close the car park on Sundays. "
        "A decision was made to postpone the fete.\n"
        # Not decisions: facts noted, past or pending approvals, a person agreeing.
        "Members noted that an advert had been placed. "
        "The Board noted the criteria against which issues are assessed. "
        "The minutes were presented in January but have not yet been approved. "
        "The Clerk noted the accounts having been approved by the auditor. "
        "The Clerk noted that the Reporting Policy was adopted in June 2016. "
        "The Chair agreed. The Clerk agreed to circulate the letter. Cllr Smith voted against. "
        "The Board supported carers throughout the year.\n"
    )
    assert _decision_spans(text) == [
        "It was resolved to write to the Boundary Commission.",
        "It was suggested and AGREED that we write to the Health Board.",
        "There was general agreement that bus franchising should be raised.",
        "Councillors agreed that the amendment should be made.",
        "All Councillors noted they were content.",
        "The Board noted the Chair's Report as presented.",
        "The Board discussed and agreed some minor changes to the letter.",
        "The final wording was discussed, and wording agreed with minor changes.",
        "Agreed unanimously that the hall fees stay the same.",
        "Members voted unanimously to approve the budget.",
        "The Board supported the recommendations in the report.",
        "The Committee gave its approval to the scheme.",
        "Agreement was reached to close the car park on Sundays.",
        "A decision was made to postpone the fete.",
    ]


def test_a_decision_hard_wrapped_in_a_quoted_block() -> None:
    text = (
        "> The AGM of the transport group was on 19 February. Cllr Bell doubted that this\n"
        "> would extend to Glasgow given the cost of the scheme. There was\n"
        "> general agreement that this should be an issue to raise in the coming\n"
        "> election period.\n"
    )
    assert _decision_spans(text) == [
        "There was > general agreement that this should be an issue to raise in the coming > "
        "election period."
    ]


def _follow_ups(sentence: str, **kw: object) -> list[tuple[str | None, date | None]]:
    head = "Minutes of the meeting held on 4 September 2024\n\n1. Item\n"
    r = parse_strict(head + sentence + "\n", **kw)  # type: ignore[arg-type]
    return [(f.when, f.due) for f in r.follow_ups]


@pytest.mark.parametrize(
    ("sentence", "when", "due"),
    [
        # A meeting still to come, after a word that brings something to it.
        (
            "MW to create the system and update members on progress at the next meeting.",
            "the next meeting",
            None,
        ),
        (
            "The minutes will be presented for approval at the next Board meeting.",
            "the next Board meeting",
            None,
        ),
        (
            "Invitations went to the housing associations to attend our next monthly meeting on "
            "3 March.",
            "our next monthly meeting on 3 March",
            date(2025, 3, 3),
        ),
        ("It was agreed to defer this discussion to the next meeting.", "the next meeting", None),
        (
            "The Committee agreed to invite the Lead Members to future meetings of the committee.",
            "future meetings of the committee",
            None,
        ),
        (
            "The topic may be considered by the Board at a future meeting of the Board.",
            "a future meeting of the Board",
            None,
        ),
        ("This will be discussed at a later date.", "a later date", None),
        (
            "CC stated that the subject should be added to the agenda for next meeting.",
            "next meeting",
            None,
        ),
        # A meeting named by its month, term or purpose, in words that look forward.
        (
            "CC proposed that the accounts should be presented at the July Parish Council Meeting.",
            "the July Parish Council Meeting",
            date(2025, 7, 31),
        ),
        (
            "A scoping report be submitted for consideration to the Mid Point meeting.",
            "the Mid Point meeting",
            None,
        ),
        (
            "The Panel agreed to hold a themed session on loneliness at its June meeting.",
            "its June meeting",
            date(2025, 6, 30),
        ),
        (
            "Consideration of the tree survey was deferred until the October meeting.",
            "the October meeting",
            date(2024, 10, 31),
        ),
        # Back to a body, with the time it gives.
        (
            "Didac to report back to the Board in 2 months on the working group.",
            "in 2 months",
            date(2024, 11, 4),
        ),
        ("The revised policy will go to Cabinet in February.", "in February", date(2025, 2, 28)),
        (
            "The Director would update the Board in the spring on recruitment.",
            "in the spring",
            date(2025, 5, 31),
        ),
        (
            "The outcome will form the basis of a report to the Health and Well-Being Board.",
            None,
            None,
        ),
        ("The matter was referred to the Audit and Governance Committee.", None, None),
        # A report, a reconsideration or an item at a time to come.
        (
            "The Committee requested a further report in six months' time.",
            "in six months' time",
            date(2025, 3, 4),
        ),
        ("The Panel will receive the final report in January.", "in January", date(2025, 1, 31)),
        ("This item will be considered in the spring.", "in the spring", date(2025, 5, 31)),
        (
            "The Board would revisit the charter in the new year.",
            "in the new year",
            date(2025, 1, 31),
        ),
        (
            "Final adoption of the deliverables list is scheduled for September 21.",
            "September 21",
            date(2024, 9, 21),
        ),
        ("The item was deferred.", None, None),
        ("Matter carried forward.", None, None),
        ("The Committee requested a report on school exclusions.", None, None),
        (
            "Members would like a briefing on the new bus contract in the spring.",
            "in the spring",
            date(2025, 5, 31),
        ),
        # An action log's note with no verb.
        ("Update in 3 months.", "in 3 months", date(2024, 12, 4)),
    ],
)
def test_kinds_of_follow_up(sentence: str, when: str | None, due: date | None) -> None:
    assert _follow_ups(sentence) == [(when, due)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The next meeting will be held on 3 June 2025 at 7pm.",
        "Date of next meeting: Tuesday 4 March.",
        "Papers will be circulated before the next meeting.",
        "The Clerk will send the figures by the next meeting.",
        "The venue for the next meeting is the Town Hall.",
        "Apologies for the next meeting were noted from Cllr Ross.",
        "These minutes are unapproved and will be agreed at the next meeting.",
        "It was agreed that the next SC meeting should be face-to-face.",
        "The message will include the date and time of the next meeting.",
        "85/17 To receive further reports for items at the next Parish Council meeting.",
        "The report was presented at the January meeting.",
        "The minutes were presented at the January Board meeting but have not been approved.",
        "The Chairman welcomed everyone present to the Parish Council Meeting.",
        "CC noted that the firm had not provided a report to the Parish Clerk for the meeting.",
        "MW suggested that the group take an open source approach to the Board's web presence.",
        "Didac provided an update to the board following the first meeting of the group.",
        "The Council had previously deferred the matter.",
        "The Clerk will review the contract in March.",
        "Schools engagement would be reviewed in the autumn.",
        "Mr Patel said the road would be resurfaced in the summer.",
        "The annual report was published in March.",
        "Cllr Hale will write to the Highways team in the new year.",
        "Our Vice Chair will step down at the AGM.",
        "Update from the Police: crime had fallen in March.",
        "Members looked forward to the next meeting.",
        "Residents could come to the Council offices to see the plans.",
        "The deferred payment scheme was discussed.",
        "A decision was made to postpone the fete.",
        "The Chair requested an update from the Clerk on the bins.",
        # (round 16: every meeting's, not one's)
        "It was agreed that road safety would be a standing item on the agenda.",
    ],
)
def test_not_follow_ups(sentence: str) -> None:
    assert _follow_ups(sentence) == []


def test_a_forward_plan_table_and_lists_of_future_items() -> None:
    text = (
        "Minutes of the meeting held on 4 September 2024\n\n"
        "7. Work programme\n"
        "| Meeting date | Item | Lead |\n"
        "| --- | --- | --- |\n"
        "| 6 November 2024 | Winter plan | Director of Public Health |\n"
        "| January 2025 | Pharmacy needs assessment | ICB |\n"
        "| TBC | Dementia strategy | Adult Social Care |\n\n"
        "8. Forward plan\n"
        "• 6 November 2024 – Annual report of the Safeguarding Board\n"
        "• Carers strategy refresh (March 2025)\n\n"
        "Items for the next meeting:\n"
        "- Speedwatch results\n"
        "- Allotment rents\n\n"
        "9. Date of next meeting\n6 November 2024\n"
    )
    r = parse_strict(text)
    assert [(f.text, f.when, f.due, f.item) for f in r.follow_ups] == [
        ("Winter plan", "6 November 2024", date(2024, 11, 6), 0),
        ("Pharmacy needs assessment", "January 2025", date(2025, 1, 31), 0),
        ("Dementia strategy", "TBC", None, 0),
        ("Annual report of the Safeguarding Board", "6 November 2024", date(2024, 11, 6), 1),
        ("Carers strategy refresh", "March 2025", date(2025, 3, 31), 1),
        ("Speedwatch results", "the next meeting", date(2024, 11, 6), 1),
        ("Allotment rents", "the next meeting", date(2024, 11, 6), 1),
    ]
    assert r.actions == []


def _actions(text: str, **kw: object) -> list[tuple[str | None, str]]:
    return owned_actions(text, **kw)


def test_initials_as_owners_inside_run_on_paragraphs() -> None:
    text = (
        "3. Bookings\n"
        "OM had checked the calendar and found two clashes, so GH to email both hirers, and "
        "PK also to update the website. 2) OM still to order the replacement chairs. JT will "
        "liaise with the caterers about the summer fair. Meanwhile LB is to draft a note for "
        "the newsletter. AO and RO still to make the booking forms. SV to file.\n"
    )
    assert _actions(text) == [
        ("GH", "Email both hirers"),
        ("PK", "Update the website."),
        ("OM", "Order the replacement chairs."),
        ("JT", "Liaise with the caterers about the summer fair."),
        ("LB", "Draft a note for the newsletter."),
        ("AO and RO", "Make the booking forms."),
        ("SV", "File."),
    ]


def test_agents_with_a_body_in_brackets_a_role_or_a_row_reference() -> None:
    text = (
        "Robin Tate (Parks Service) to report back in two months on the hedge.\n"
        "The Treasurer is to follow this up with the bank.\n"
        "RV24/3 Mina Shah (Highways) to confirm the road closure dates.\n"
        "Secretary and Chair to follow up with the housing association.\n"
    )
    assert _actions(text) == [
        ("Robin Tate", "Report back in two months on the hedge."),
        ("The Treasurer", "Follow this up with the bank."),
        ("Mina Shah", "Confirm the road closure dates."),
        ("Secretary and Chair", "Follow up with the housing association."),
    ]


def test_requests_name_the_one_asked() -> None:
    text = (
        "OM asked that the Clerk contacts the insurers. "
        "The Chair asked committee members to consider how to raise more volunteers. "
        "CC requested that the Parish Clerk writes to the Borough Council. "
        "The Panel requests the Policy Officer to investigate the complaint. "
        "DP noted he would be away in August, but SV asked if he could prepare the accounts "
        "before then. PK asked if she could take the notes next time.\n"
        "The Clerk asked the Council to note the audit report.\n"
    )
    assert _actions(text) == [
        ("the Clerk", "Contact the insurers."),
        ("committee members", "Consider how to raise more volunteers."),
        ("the Parish Clerk", "Write to the Borough Council."),
        ("the Policy Officer", "Investigate the complaint."),
        ("DP", "Prepare the accounts before then."),
        ("PK", "Take the notes next time."),
    ]


def test_pronouns_point_to_the_last_named_person_or_role() -> None:
    text = (
        "4. Lyceum\n"
        "The Chair had not yet met the two ward members about the proposal.\n"
        "He would do so and report to the March meeting.\n"
    )
    assert _actions(text) == [("The Chair", "Do so and report to the March meeting.")]


def test_resolutions_and_agreed_points_name_who_acts() -> None:
    text = (
        "RESOLVED that:\n"
        "(a) the report be noted; and\n"
        "(b) the Scrutiny Coordinator email all members seeking volunteers.\n\n"
        "Agreed to:\n"
        "1. Delegate to the Director of Public Health, with the Chair, a final review of the "
        "plan.\n"
        "2. Circulate the plan to all members of the Board.\n"
        "3. Note the update.\n"
    )
    assert _actions(text) == [
        ("the Scrutiny Coordinator", "Email all members seeking volunteers."),
        (
            "the Director of Public Health",
            "Delegate to the Director of Public Health, with the Chair, a final review of the "
            "plan.",
        ),
        (None, "Circulate the plan to all members of the Board."),
    ]


def test_actions_with_no_owner() -> None:
    text = (
        "GH said a reply would be sent to the residents. "
        "It was agreed work to be completed on Saturday 4 May. "
        "It was suggested and AGREED that we write to the highways team. "
        "OM requested a notice to be put on the noticeboard. "
        "It was agreed to hold the next meeting on 3 June.\n"
        "Contractor to be advised that the car park must be clear.\n"
        "Update: Members to be informed of changes.\n"
    )
    assert _actions(text, meeting_date=date(2024, 4, 9)) == [
        (None, "A reply would be sent to the residents."),
        (None, "Work to be completed on Saturday 4 May."),
        (None, "Write to the highways team."),
        (None, "Put a notice on the noticeboard."),
        (None, "Contractor to be advised that the car park must be clear."),
    ]
    assert parse_strict(text, meeting_date=date(2024, 4, 9)).actions[1].due == date(2024, 5, 4)


def test_email_style_requests() -> None:
    text = (
        "Hi all,\n\nThanks for coming on Tuesday.\n"
        "Please send your section of the annual report by the end of the month.\n"
        "Let me know by 20 June if you can help at the open day.\n"
    )
    r = parse_strict(text, meeting_date=date(2024, 6, 4))
    assert [(a.owner, a.text, a.due) for a in r.actions] == [
        (
            None,
            "Send your section of the annual report by the end of the month.",
            date(2024, 6, 30),
        ),
        (None, "Let me know by 20 June if you can help at the open day.", date(2024, 6, 20)),
    ]


def test_action_lists_and_tables_in_many_shapes() -> None:
    text = (
        "## Action points\n"
        "* Riverside Trust: Explore moving the September meeting.\n"
        "* Marcel: Share the draft survey with the group.\n"
        "* All members: Add the group's address to their contacts.\n\n"
        "| No. | Detail | Resp. | Status |\n"
        "| --- | --- | --- | --- |\n"
        "| 2.1 | Update the terms of reference | TG | Not done |\n"
        "| 2.2 | Invite the new school to join | AG | Done |\n\n"
        "ACTION 4.2 Circulate the revised terms to all governors (AB/CD)\n\n"
        "New actions\n\nRef\nAction\nOwner\nDeadline\n"
        "R1\nCirculate the revised rules to all plot holders\nSecretary\n31 May\n"
        "R2\nBook the hall for the AGM\nGH\nJune\n"
    )
    got = parse_strict(text)
    assert [(a.owner, a.owners, a.text) for a in got.actions] == [
        ("Riverside Trust", ["Riverside Trust"], "Explore moving the September meeting."),
        ("Marcel", ["Marcel"], "Share the draft survey with the group."),
        ("All members", ["All members"], "Add the group's address to their contacts."),
        ("TG", ["TG"], "Update the terms of reference"),
        ("AB/CD", ["AB", "CD"], "Circulate the revised terms to all governors"),
        ("Secretary", ["Secretary"], "Circulate the revised rules to all plot holders"),
        ("GH", ["GH"], "Book the hall for the AGM"),
    ]
    assert [a.due_text for a in got.actions[-2:]] == ["31 May", "June"]


def test_past_events_reports_and_standing_roles_are_not_actions() -> None:
    text = (
        "1. Matters arising\n"
        "GH had written to the bank in January and the account was now open. OM reported "
        "that the hedge had been cut. PK explained that she would be away in August. The "
        "Treasurer would continue to manage the payroll. MW would manage the website. "
        "It was noted that the Clerk is to retire in 2026. Nothing to report on allotments. "
        "The Chair asked members to note the update. It was agreed that minutes will be "
        "displayed on the noticeboard.\n"
    )
    assert _actions(text) == []


def test_a_councils_responses_to_planning_applications_are_decisions() -> None:
    text = (
        "8. Planning\n"
        "Cllr Amos declared an interest in application 25/00418/HOU and left the room.\n"
        "25/00391/FUL – Land rear of 22 Station Road – two dwellings. Object – overdevelopment.\n"
        "25/00418/HOU – 7 Orchard Close – rear extension. No objection.\n"
        "25/00426/LBC – The Old Forge – replacement windows.\n"
        "Response: Support, provided the windows match the originals.\n"
        "Application C25/0123/16/LL, two storey extension, Ty Gwyn: no objection.\n"
        "| 25/00440/HOU | 2 Brook Lane | Rear dormer | No objection |\n"
        "| 25/00457/TCA | 11 Church Walk | Fell one sycamore | Object: the tree is healthy |\n"
        "DC/25/0101 – 4 Mill Lane – new garage. The Council raised no objection to the "
        "application.\n"
        "TB/25/061 Winter plan – Support for care homes was discussed.\n"
        "25/00470/FUL – The Maltings – six flats.\n"
        "Members discussed the access.\n"
    )
    assert _decision_spans(text) == [
        "25/00391/FUL – Land rear of 22 Station Road – two dwellings. Object – overdevelopment.",
        "25/00418/HOU – 7 Orchard Close – rear extension. No objection.",
        "25/00426/LBC – The Old Forge – replacement windows. Response: Support, provided the "
        "windows match the originals.",
        "Application C25/0123/16/LL, two storey extension, Ty Gwyn: no objection.",
        "| 25/00440/HOU | 2 Brook Lane | Rear dormer | No objection |",
        "| 25/00457/TCA | 11 Church Walk | Fell one sycamore | Object: the tree is healthy |",
        "DC/25/0101 – 4 Mill Lane – new garage. The Council raised no objection to the "
        "application.",
    ]


def test_irregular_participles_and_recorded_assent_are_decisions() -> None:
    text = (
        "(c) the final assessment be brought to the July meeting for approval.\n"
        "(d) a reply be sought from the operator.\n"
        "Councillors recorded that they were content that Standing Orders had been reviewed.\n"
    )
    assert _decision_spans(text) == [
        "(c) the final assessment be brought to the July meeting for approval.",
        "(d) a reply be sought from the operator.",
        "Councillors recorded that they were content that Standing Orders had been reviewed.",
    ]


def test_an_item_for_the_next_agenda_is_a_follow_up() -> None:
    assert _follow_ups(
        "PB requested an item on the cannabis farm to the next Agenda.",
        meeting_date=date(2024, 9, 4),
    ) == [("the next Agenda", None)]


def test_a_body_named_in_small_letters_commits_as_a_named_one_does() -> None:
    text = PARISH_HEAD + (
        "4. Allotments\n"
        "The allotments working group will look into the cost of new water butts.\n"
        "The parks team would write to the tenants about the hedges.\n"
        "The service will provide support to families.\n"
        "After the meeting the planning group will meet again.\n"
    )
    assert owned_actions(text) == [
        ("The allotments working group", "Look into the cost of new water butts."),
        ("The parks team", "Write to the tenants about the hedges."),
    ]


def test_a_body_named_with_an_ing_word_keeps_its_whole_name() -> None:
    text = PARISH_HEAD + (
        "4. Village plan\n"
        "The steering group agreed to write to the landowner about the footpath.\n"
        "The planning group undertook to survey the hedgerows in May.\n"
    )
    assert owned_actions(text) == [
        ("The steering group", "Write to the landowner about the footpath."),
        ("The planning group", "Survey the hedgerows in May."),
    ]
