"""Action rules, one kind of sentence each, on short Riverside passages: the exact tasks,
owners and due dates each rule reads (and what it must leave alone)."""

from __future__ import annotations

from datetime import date

from clerk_tui.core.parse import parse_strict
from tests.conftest import owned_actions


def _actions(text: str, meeting: date | None = None) -> list[tuple[str | None, str]]:
    return owned_actions(text, meeting_date=meeting)


def test_action_on_markers() -> None:
    text = (
        "Actions arising\n"
        "* **Action on TB to confirm the date of the hall booking.**\n"
        "* **Action on everyone to read the draft neighbourhood plan and mark the\n"
        "  policies they would change before the workshop.**\n\n"
        "Action on PL: Look at the revised footpath map and feed back.\n"
    )
    assert _actions(text) == [
        ("TB", "Confirm the date of the hall booking"),
        (
            "everyone",
            "Read the draft neighbourhood plan and mark the policies they would change before "
            "the workshop",
        ),
        ("PL", "Look at the revised footpath map and feed back"),
    ]


def test_markers_naming_the_owner_in_many_shapes() -> None:
    text = (
        "Action JS: circulate the tree survey to the allotment holders.\n"
        "Action (Dana Kerr): book the community room for the litter pick.\n"
        "**ACTION**: Mo Patel to draft the grant letter.\n"
        "No objections to the proposal. [AI: File the grant claim with the county]\n"
        "The Parks team outlined the options. [Actions: Parks team will price the new benches.]\n"
        "To-Do: Ward members should send their photographs to the Clerk.\n"
    )
    assert _actions(text) == [
        ("JS", "Circulate the tree survey to the allotment holders"),
        ("Dana Kerr", "Book the community room for the litter pick"),
        ("Mo Patel", "Draft the grant letter"),
        (None, "File the grant claim with the county"),
        ("Parks team", "Price the new benches"),
        ("Ward members", "Send their photographs to the Clerk"),
    ]


def test_action_plan_heading_is_no_marker() -> None:
    assert _actions("ACTION PLAN: the refreshed plan was noted.\n") == []


def test_first_names_with_any_verb_of_a_task() -> None:
    text = (
        "- Priya to stay on the bid team next week\n"
        "- Rob and Henry to meet the school about parking\n"
        "- Kwame to triage the lost property box\n"
    )
    assert _actions(text) == [
        ("Priya", "Stay on the bid team next week"),
        ("Rob and Henry", "Meet the school about parking"),
        ("Kwame", "Triage the lost property box"),
    ]


def test_nouns_verb_forms_and_headings_are_not_owners() -> None:
    text = (
        "- 19:00 Call to order\n"
        "- Motion to adopt the revised standing orders, moved by Cllr Dale\n"
        "### Wants to fix the broken bench\n"
        "Plans to extend the car park were noted.\n"
    )
    assert _actions(text) == []


def test_pdf_copy_with_a_blank_line_after_every_line() -> None:
    lines = [
        "RIVERSIDE TOWN COUNCIL",
        "Minutes of the Highways Committee held on Monday, 3rd June, 2024.",
        "1.",
        "Footpaths:",
        "Members raised the condition of the towpath beside the old mill and the loose",
        "railings near the weir. It was agreed that the Area Engineer would arrange for",
        "the railings to be repaired before the summer regatta.",
        "2.",
        "Lighting:",
        "The lamp outside the library was reported again. The Lighting Officer would replace",
        "the column next month.",
    ] * 2
    text = "\n\n".join(lines) + "\n"
    got = parse_strict(text, meeting_date=date(2024, 6, 3)).actions
    assert [(a.owner, a.text) for a in got[:2]] == [
        (
            "the Area Engineer",
            "Arrange for the railings to be repaired before the summer regatta.",
        ),
        ("The Lighting Officer", "Replace the column next month."),
    ]
    assert "arrange for\n\nthe railings" in text[got[0].start : got[0].end]


def test_starred_tasks_inside_a_run_on_paragraph() -> None:
    text = (
        "8. CORRESPONDENCE a. Newsletter from the county association, noted b. Riverside "
        "Regatta 3rd August, *to be placed on noticeboards c. Email about the towpath being "
        "overgrown. \\*Clerk to report the towpath to the county. d. Letter about the bus "
        "shelter. \\* Cllr Moss to ask the bus company about repairs.\n"
    )
    assert _actions(text) == [
        (None, "To be placed on noticeboards"),
        ("Clerk", "Report the towpath to the county."),
        ("Cllr Moss", "Ask the bus company about repairs."),
    ]


def test_owner_after_a_bold_heading_and_in_lower_case() -> None:
    text = (
        "3. **Bench Repairs:** TB to send the contractor a plan of the benches.\n"
        "4. **Deeds:** The clerk agreed to keep a copy of the deed on file.\n"
        "5. **Verges:** This work was still outstanding, TB to chase.\n"
    )
    got = parse_strict(text).actions
    assert [(a.owner, a.text) for a in got] == [
        ("TB", "Send the contractor a plan of the benches."),
        ("The clerk", "Keep a copy of the deed on file."),
        ("TB", "Chase (this work was still outstanding)"),
    ]
    assert text[got[2].start : got[2].end].endswith("This work was still outstanding, TB to chase.")


def test_going_to_and_progressive_commitments() -> None:
    text = (
        "* Priya is going to buy new ink for the plotter.\n"
        "* TB and NC would be creating a list of key contacts for the website.\n"
        "* Kwame volunteered to triage the lost property box.\n"
    )
    assert _actions(text) == [
        ("Priya", "Buy new ink for the plotter."),
        ("TB and NC", "Create a list of key contacts for the website."),
        ("Kwame", "Triage the lost property box."),
    ]


def test_speakers_and_the_first_person() -> None:
    text = (
        "PL: Any objections to the new rota? None.\n"
        "DG: I’ll start a thread on the forum about the rota.\n"
        "BT: Haven’t looked at the bids yet, will look through them this week.\n"
        "Moira: I’ll try to put a costed plan together before the next meeting.\n\n"
        "Notes sent after the meeting:\n"
        "2. I will also put all your questions on the shared board.\n"
        "We will try to reach out to the groups who have not replied.\n"
    )
    assert _actions(text) == [
        ("DG", "Start a thread on the forum about the rota."),
        ("BT", "Look through them this week."),
        ("Moira", "Put a costed plan together before the next meeting."),
        ("I", "Put all your questions on the shared board."),
    ]


def test_notices_of_motion_and_requests_done_at_the_meeting_are_not_actions() -> None:
    text = (
        "I will move at the next meeting that Riverside Council supports the regatta.\n"
        "The Mayor asked the Town Clerk to brief the Members on the venue options.\n"
        "It was agreed that the Guildhall be selected as the venue for the Annual Meeting.\n"
        "**2.** **Chairman to sign Declaration of Office**\n"
        "4. Clerk to report on the allotments\n"
    )
    assert _actions(text) == []


def test_entries_naming_their_owner_in_brackets_or_after_a_dash() -> None:
    text = (
        "Present: Ana Mendes (AM), Alan Ash (AA)\n\n"
        "## Actions:\n"
        "  * Carried forward from the last meeting:\n"
        "    * (All) Be ready to vote on the budget.\n"
        "  * (AM) Share the draft tree survey.\n"
        "  * (All speakers) Upload slides to the shared folder.\n"
        "  * Book the marquee for the fete - Arushi\n"
        "  * Kwame - Start drafting the newsletter and send it to Ana for review\n"
        "  * all - review the pull request before the next call\n"
        "  * Arushi - Create the shared folder - done\n"
    )
    assert _actions(text) == [
        ("All", "Be ready to vote on the budget."),
        ("AM", "Share the draft tree survey."),
        ("All speakers", "Upload slides to the shared folder."),
        ("Arushi", "Book the marquee for the fete"),
        ("Kwame", "Start drafting the newsletter and send it to Ana for review"),
        ("all", "Review the pull request before the next call"),
    ]


def test_bracket_and_dash_shapes_outside_an_action_list_are_not_actions() -> None:
    text = (
        "## Discussion\n"
        "1. Introductions - Ana, Alan\n"
        "2. (Riverside Trust) Update on the lido appeal\n"
        "3. Mihai Nita - Riverside Trust (MN)\n"
        "4. Budget - Review of the fees\n"
        "5. (AM) Share the revised plan\n"
    )
    assert _actions(text) == []


def test_bullets_naming_someone_the_minutes_know() -> None:
    text = (
        "Present: Tom Berry (TB), Ana Mendes (AM)\n\n"
        "3. Fete\n"
        "- Tom: book the hall for the fete\n"
        "- Ana Mendes: to order the bunting\n"
        "- Share the revised plan with the school (AM)\n"
        "- Eric: Can we ask the school about parking?\n"
        "- Tom: Like the idea of a raffle.\n"
    )
    assert _actions(text) == [
        ("Tom", "Book the hall for the fete"),
        ("Ana Mendes", "Order the bunting"),
        ("AM", "Share the revised plan with the school"),
    ]


def test_bare_tasks_under_an_action_items_heading() -> None:
    text = (
        "## Action Items:\n"
        "1. Confirm the 7pm start for the weekly call - Priya\n"
        "2. Confirm the accounts of the people who could not join\n"
        "3. Confirm the subsection owners\n\n"
        "## Agenda\n"
        "1. Trademark policy\n"
        "2. Review of the year\n"
    )
    assert _actions(text) == [
        ("Priya", "Confirm the 7pm start for the weekly call"),
        (None, "Confirm the accounts of the people who could not join"),
        (None, "Confirm the subsection owners"),
    ]


def test_passive_commitments_with_the_doer_at_the_end_or_missing() -> None:
    text = (
        "Present: Tom Berry (TB), Nia Cole (NC)\n\n"
        "11. Audit: An update on the audit arrangements would be emailed round by TB.\n"
        "12. Correspondence folder: would be restarted by TB.\n"
        "13. Signs: It was stated that new signage would be provided at the cemetery gate "
        "within the following month.\n"
        "14. Traffic: The Members were advised that a traffic count would be carried out "
        "in Mill Lane in September.\n"
        "15. Vacancy: It was agreed that a notice of the vacancy will be displayed on the "
        "council website.\n"
    )
    got = parse_strict(text, meeting_date=date(2024, 6, 3)).actions
    assert [(a.owner, a.text) for a in got] == [
        ("TB", "Email round an update on the audit arrangements."),
        ("TB", "Restart."),
        (None, "Provide new signage at the cemetery gate within the following month."),
        (None, "Carry out a traffic count in Mill Lane in September."),
        (None, "Display a notice of the vacancy on the council website."),
    ]


def test_reported_passives_that_are_no_promise() -> None:
    text = (
        "It was noted that the minutes will be displayed on the noticeboard. "
        "The Board agreed that a website would be created for the forum. "
        "It was stated that the works would be completed by the contractor in May. "
        "Some Members asked whether the draft minutes could be circulated sooner. "
        "It was agreed that it should be recorded as reviewed.\n"
    )
    assert _actions(text) == []


def test_requests_that_something_be_done_or_someone_do_it() -> None:
    text = (
        "Members requested that an audit of the unadopted estates be carried out.\n"
        "Councillor Keary requested Riverside Council proceed to take legal action on the "
        "drainage.\n"
        "Councillor Byrne congratulated the regatta volunteers and requested a thank you be "
        "sent to the rowing club.\n"
        "It was suggested that the Clerk contact the Borough Council about litter bins.\n"
        "Councillor Walsh requested a time scale for the completion of the footpath.\n"
        "It was agreed that the residents would send their photographs to the Clerk, who "
        "would then draft a letter to the landlord.\n"
    )
    assert _actions(text) == [
        (None, "Carry out an audit of the unadopted estates."),
        ("Riverside Council", "Proceed to take legal action on the drainage."),
        (None, "Send a thank you to the rowing club."),
        ("the Clerk", "Contact the Borough Council about litter bins."),
        (None, "Provide a time scale for the completion of the footpath."),
        ("the Clerk", "Draft a letter to the landlord."),
    ]


def test_requests_answered_by_an_owner_are_one_action() -> None:
    text = (
        "1. Finance\n"
        "CW asked for a breakdown of the hall hire income. BL would provide this for the "
        "October meeting.\n"
        "The Panel recommended that the Cabinet Member write to all headteachers.\n"
        "Cllr Dale asked that the Cabinet Member attend the February meeting.\n"
    )
    assert _actions(text) == [("BL", "Provide this for the October meeting.")]


def test_reported_commitments_of_an_officer() -> None:
    text = (
        "The Senior Engineer outlined the junction works. In response to Members, he "
        "advised Members he would convey their concerns to the highways authority.\n"
        "The Director of Services advised that he would keep this request under review.\n"
        "MH eventually to add a warning to the booking form.\n"
        "3. That TB use the highlighted areas to respond to the consultation online.\n"
        "*Clerk asked to contact the grass contractor about the verges.\n"
        "Cllr Moss asked to speak on the item.\n"
    )
    assert _actions(text) == [
        ("The Senior Engineer", "Convey their concerns to the highways authority."),
        ("The Director of Services", "Keep this request under review."),
        ("MH", "Add a warning to the booking form."),
        ("TB", "Use the highlighted areas to respond to the consultation online."),
        ("Clerk", "Contact the grass contractor about the verges."),
    ]


def _dues(text: str, meeting: date) -> list[tuple[str | None, str | None]]:
    got = parse_strict(text, meeting_date=meeting).actions
    return [(a.due_text, a.due.isoformat() if a.due else None) for a in got]


def test_due_dates_near_the_meeting() -> None:
    text = (
        "- Priya and Sam to co-work today on the rota\n"
        "- Sam to confirm the hall booking tomorrow EOD\n"
        "- Priya to send the draft this evening\n"
        "- Kwame to stay on the bid team next week\n"
        "- Rob to keep Ana in the loop about the demo Friday, if it goes ahead\n"
        "- Arushi to start writing sections (Tuesday, as Monday is a holiday)\n"
        "- Sam to print the posters by Friday\n"
        "- Priya to check the Sunday service times\n"
    )
    assert _dues(text, date(2024, 6, 12)) == [  # a Wednesday
        ("today", "2024-06-12"),
        ("tomorrow EOD", "2024-06-13"),
        ("this evening", "2024-06-12"),
        ("next week", "2024-06-19"),
        ("Friday", "2024-06-14"),
        ("Tuesday", "2024-06-18"),
        ("by Friday", "2024-06-14"),
        (None, None),
    ]


def test_due_meetings_the_minutes_date() -> None:
    text = (
        "1. Tiles\n"
        "That TB contact the contractor for a formal plan by the meeting in May.\n"
        "TB to invite the contractor to the May meeting.\n"
        "Clerk to follow up the bus stop and put it on the July agenda.\n"
        "PL to report again on the survey after the Oxford meeting.\n"
        "PL will try to reach the groups who have not replied and review again next meeting.\n"
        "TB to draft a briefing for the September Meeting.\n"
        "It was stated that signage would be provided within the following month or so.\n\n"
        "- **Dates of Next Meetings**\n\n"
        "Tuesday 14 May 2024 at 6.30 pm - Annual Parish Meeting.\n"
    )
    assert _dues(text, date(2024, 4, 9)) == [
        ("by the meeting in May", "2024-05-14"),
        ("the May meeting", "2024-05-14"),
        ("the July agenda", "2024-07-31"),
        ("after the Oxford meeting", None),
        ("next meeting", "2024-05-14"),
        ("the September Meeting", "2024-09-30"),
        ("within the following month or so", "2024-05-31"),
    ]


def test_owners_in_a_right_hand_column_with_no_header() -> None:
    text = (
        "Present: Tom Berry (TB), Ana Mendes (AM)\n\n"
        "4. Fete\n"
        "Book the hall for the fete\t\tTB\n"
        "The Clerk would write to the school about parking.       Ana Mendes\n"
        "Ref\tMinute\tAction\tLead\tDue date\tRAG\n"
        "The fete raised £420 for the playground.\t\tAM\n"
    )
    assert _actions(text) == [
        ("TB", "Book the hall for the fete"),
        ("Ana Mendes", "Write to the school about parking."),
    ]


def test_run_on_sentences_missing_their_full_stop() -> None:
    text = (
        "Present: Tom Berry (TB)\n\n"
        "The bus shelter was discussed Clerk to contact the operator about repairs.\n"
        "The bench is broken Cllr Hart will arrange a repair.\n"
        "It was noted that the Clerk is to retire in 2026.\n"
        "There is room for three Nurse Practitioners to support the clinic.\n"
        "TB agreed to contact AON to check the insurance.\n"
    )
    assert _actions(text) == [
        ("Clerk", "Contact the operator about repairs."),
        ("Cllr Hart", "Arrange a repair."),
        ("TB", "Contact AON to check the insurance."),
    ]


def test_compound_owners_in_lower_case() -> None:
    text = (
        "the parks team and the clerk will review the play area.\n"
        "The chair and vice-chair will meet the headteacher.\n"
    )
    assert _actions(text) == [
        ("the parks team and the clerk", "Review the play area."),
        ("The chair and vice-chair", "Meet the headteacher."),
    ]


def test_a_summary_restating_actions_keeps_the_listed_copy() -> None:
    """One action: the listed copy's words, linked to the minute where it was agreed."""
    text = (
        "## Notes\n"
        "1. Release notes: @tony to work on the features list and ask the groups to contribute.\n"
        "2. Venue: TB will book the hall for the annual meeting in May.\n\n"
        "## Action Items\n"
        "1. @tony to work on the features list and ask the groups to contribute\n"
    )
    got = parse_strict(text).actions
    assert [(a.owner, a.text) for a in got] == [
        ("@tony", "Work on the features list and ask the groups to contribute"),
        ("TB", "Book the hall for the annual meeting in May."),
    ]
    assert text[got[0].start : got[0].end].startswith("Release notes: @tony")


_HEAD = (
    "Riverside Allotments Committee\nMinutes of the meeting held on 2 June 2025\n\n"
    "Present: Cllr Nia Rees (Chair), Lena Fox, Marcus Webb, Ivo Stein, the Clerk\n\n"
    "1. Plots\n"
)


def test_named_people_will_any_verb_of_a_task() -> None:
    text = _HEAD + (
        "Lena will move the compost bays behind the shed. Marcus will migrate the waiting list "
        "to the new spreadsheet. The Chair and the Clerk will jointly walk the boundary "
        "hedge. Ivo is going to follow up with the water board. The rest is the gate repair, "
        "which Marcus will sort out with the contractor.\n"
        "Cllr Rees would move at the next meeting that the rents be frozen.\n"
    )
    assert _actions(text) == [
        ("Lena", "Move the compost bays behind the shed."),
        ("Marcus", "Migrate the waiting list to the new spreadsheet."),
        ("The Chair and the Clerk", "Walk the boundary hedge."),
        ("Ivo", "Follow up with the water board."),
        ("Marcus", "Sort out with the contractor (the gate repair)"),
    ]


def test_honorific_with_a_full_stop_and_joint_owners() -> None:
    text = _HEAD + (
        "Cllr. N. Rees and the Clerk to check the plot tenancy agreements.\n"
        "Cllr. N. Rees: renew the insurance for the tool store\n"
    )
    got = parse_strict(text).actions
    assert [(a.owner, a.owners, a.text) for a in got] == [
        (
            "Cllr. N. Rees and the Clerk",
            ["Cllr. N. Rees", "the Clerk"],
            "Check the plot tenancy agreements.",
        ),
        ("Cllr. N. Rees", ["Cllr. N. Rees"], "Renew the insurance for the tool store"),
    ]


def test_agreed_that_someone_do_it_in_the_subjunctive() -> None:
    text = _HEAD + (
        "It was agreed that the Clerk invite the beekeepers to the open day.\n"
        "Resolved that Lena Fox draft a new plot inspection form.\n"
        "It was agreed that the Clerk's report be noted.\n"
        "The Committee recommended that the Council adopt the new rules.\n"
    )
    assert _actions(text) == [
        ("the Clerk", "Invite the beekeepers to the open day."),
        ("Lena Fox", "Draft a new plot inspection form."),
    ]


def test_name_colon_task_lines_anywhere_in_notes() -> None:
    text = _HEAD + (
        "The shed roof leaks. Ivo: patch the shed roof before it rains again\n"
        "Lena/Marcus: work out the rota for the summer watering\n"
        "everyone: clear the paths next to their plots\n"
        "Kasia: will see to the padlock next week.\n"
        "Mrs Fox (Treasurer): bank the rents before the end of the month\n"
        "Plot holders- Please return the survey forms by Friday\n"
        "Lena + Ivo: count the seed packets\n"
        "@marcus: post the photos in the group chat\n"
        "Chair: Nia Rees\n"
        "Date: 7 July 2025\n"
        "Venue: the pavilion\n"
        "Marcus: I think the rota is fine as it is\n"
        "Lena: have some concerns about the cost\n"
    )
    assert _actions(text) == [
        ("Ivo", "Patch the shed roof before it rains again"),
        ("Lena/Marcus", "Work out the rota for the summer watering"),
        ("everyone", "Clear the paths next to their plots"),
        ("Kasia", "See to the padlock next week."),
        ("Mrs Fox", "Bank the rents before the end of the month"),
        ("Plot holders", "Return the survey forms by Friday"),
        ("Lena + Ivo", "Count the seed packets"),
        ("@marcus", "Post the photos in the group chat"),
    ]


def test_action_lists_with_names_bare_tasks_and_noun_phrases() -> None:
    text = _HEAD + (
        "ACTION Ivo - order the new water butts\n\n"
        "Actions\n"
        "- Marcus ring the council about the skip\n"
        "- Reprint the plot map for the noticeboard\n"
        "- tidy the shared tool store\n"
        "- Lena/Ivo: quarterly accounts at the end of the month\n"
        "- Water meter readings - Marcus\n"
        "- Annual inspection report (Lena Fox)\n"
        "- Budget - Finance\n"
    )
    assert _actions(text) == [
        ("Ivo", "Order the new water butts"),
        ("Marcus", "Ring the council about the skip"),
        (None, "Reprint the plot map for the noticeboard"),
        (None, "Tidy the shared tool store"),
        ("Lena/Ivo", "Quarterly accounts at the end of the month"),
        ("Marcus", "Water meter readings"),
        ("Lena Fox", "Annual inspection report"),
    ]


def test_passive_requests_and_notes_with_no_owner() -> None:
    text = _HEAD + (
        "It was requested that quotes be obtained for a new gate.\n"
        "Open day poster; to be displayed in the library and the shop.\n"
        "Rents for next year - to be put on the September agenda.\n"
        "Bonfire night notices - to be put up by the Rotary Club.\n"
    )
    assert _actions(text) == [
        (None, "Obtain quotes for a new gate."),
        (None, "Open day poster; to be displayed in the library and the shop."),
        ("the Rotary Club", "Bonfire night notices - to be put up by the Rotary Club."),
    ]


def test_work_under_way_and_hopes() -> None:
    text = _HEAD + (
        "Marcus was enquiring about second-hand polytunnels. Ivo is working on the website. "
        "The Clerk is chasing the water board for a refund.\n"
        "Cllr Rees raised the state of the fence. She was enquiring about a new one.\n"
        "Ivo was enquiring whether the water would be turned off in winter.\n"
        "Cllr Rees: query re the water bills\n"
        "Lena said the seed swap went well. It was hoped to hold another in the autumn "
        "and to have a stall at the fete.\n"
        "It was hoped to repaint the pavilion in August.\n"
    )
    assert _actions(text) == [
        ("Marcus", "Enquire about second-hand polytunnels."),
        ("The Clerk", "Chase the water board for a refund."),
        ("Cllr Rees", "Enquire about a new one."),
        ("Lena", "Hold another in the autumn and to have a stall at the fete."),
        (None, "Repaint the pavilion in August."),
    ]


def test_a_log_row_carried_into_the_new_actions_is_one_action() -> None:
    text = _HEAD + (
        "\n2. Actions from the last meeting\n\n"
        "| No | Action | Owner | Status |\n| -- | ------ | ----- | ------ |\n"
        "| 1 | Fix the leaking standpipe on the top field | Ivo | Waiting for parts |\n"
        "| 2 | Send the rent reminders to all tenants | Clerk | Done |\n\n"
        "3. New actions\n\n"
        "| No | Action | Owner |\n| -- | ------ | ----- |\n"
        "| 1 | Fix the leaking standpipe on the top field | Ivo and Marcus |\n"
        "| 2 | Book the skip for the autumn clear-out | Clerk |\n"
    )
    assert _actions(text) == [
        ("Ivo and Marcus", "Fix the leaking standpipe on the top field"),
        ("Clerk", "Book the skip for the autumn clear-out"),
    ]


def test_second_commitments_in_one_sentence_and_split_infinitives() -> None:
    text = _HEAD + (
        "That Lena will price the new fencing, and Marcus will ask the landowner about access.\n"
        "Ivo needs the plot numbers first, and will draw up the new map.\n"
        "Clerk to also remind the tenants about bonfires.\n"
        "It was agreed that the matter would be raised with the water board.\n"
        "Marcus welcomed the news and would save the committee a lot of work.\n"
        "Lena reported that the Parish Council will check the deeds and will put a copy on "
        "the website.\n"
    )
    assert _actions(text) == [
        ("Lena", "Price the new fencing"),
        ("Marcus", "Ask the landowner about access."),
        ("Ivo", "Draw up the new map."),
        ("Clerk", "Remind the tenants about bonfires."),
        (None, "Raise the matter with the water board."),
        ("the Parish Council", "Put a copy on the website."),
    ]


def test_everyone_after_a_dash_in_a_bulleted_list() -> None:
    text = _HEAD + (
        "## Jobs before the open day\n"
        "* all - clear the paths by the gate\n"
        "* Lena Fox - print the seed swap posters\n"
        "* Budget - Review of fees\n"
    )
    assert _actions(text) == [
        ("all", "Clear the paths by the gate"),
        ("Lena Fox", "Print the seed swap posters"),
    ]


def test_variants_of_notes_markers_and_requests() -> None:
    text = _HEAD + (
        "Marcus will be moving the water butts to the top field.\n"
        "Ivo will get the gate keys cut for the new tenants.\n"
        "Agreed that Cllr Rees liaise with the school about the bug hotel.\n"
        "Lena - make a new sign for the compost bays\n"
        "ACTION: Marcus - update the plot list on the website\n"
        "**ACTION** Lena and Ivo - repair the water trough\n"
        "ACTION Clerk - renew the allotment insurance\n"
        "It was requested that the brambles be cut back along the boundary.\n"
        "The treasurer was checking the standing orders.\n"
        "The water trough is leaking again.\n"
        "Ivo: will see to it after the weekend\n"
    )
    assert _actions(text) == [
        ("Marcus", "Move the water butts to the top field."),
        ("Ivo", "Get the gate keys cut for the new tenants."),
        ("Cllr Rees", "Liaise with the school about the bug hotel."),
        ("Lena", "Make a new sign for the compost bays"),
        ("Marcus", "Update the plot list on the website"),
        ("Lena and Ivo", "Repair the water trough"),
        ("Clerk", "Renew the allotment insurance"),
        (None, "Cut back the brambles along the boundary."),
        ("The treasurer", "Check the standing orders."),
        ("Ivo", "See to it after the weekend (The water trough is leaking again)"),
    ]


def test_statements_after_a_name_and_a_dash_are_not_tasks() -> None:
    text = _HEAD + (
        "Lena - install was too slow on the old laptop.\n"
        "Marcus - thanks for the seedlings\n"
        "ACTION: Budget - circulate the figures\n"
    )
    assert _actions(text) == [(None, "Budget - circulate the figures")]


def test_next_steps_and_to_do_lists() -> None:
    text = _HEAD + (
        "\nNext steps\n"
        "1. Book the pavilion for the AGM\n"
        "2. Lena to print the rent invoices\n\n"
        "## To do\n"
        "- order a new padlock for the gate\n"
        "- Marcus/Ivo - quarterly plot inspections\n\n"
        "Action items for next meeting:\n"
        "- Mow the long grass by the shed\n"
    )
    assert _actions(text) == [
        (None, "Book the pavilion for the AGM"),
        ("Lena", "Print the rent invoices"),
        (None, "Order a new padlock for the gate"),
        ("Marcus/Ivo", "Quarterly plot inspections"),
        (None, "Mow the long grass by the shed"),
    ]


def test_notes_that_are_views_or_headings_are_not_tasks() -> None:
    text = _HEAD + (
        "- Marcus: fine with the new rota\n"
        "- Ivo: back next week\n"
        "- Lena: open to the idea of a second shed\n"
        "Treasurer: review of the accounts\n"
        "\n2. Treasurer - present the annual accounts\n"
        "The accounts were approved.\n"
        "Clerk: update on correspondence\n"
        "- Ivo: open the pavilion at nine on Saturday\n"
    )
    assert _actions(text) == [("Ivo", "Open the pavilion at nine on Saturday")]


def test_agreements_with_adverbs_and_the_perfect() -> None:
    text = _HEAD + (
        "Cllr Rees kindly agreed to look into the flooding by the gate.\n"
        "Marcus has offered to mend the wheelbarrows.\n"
        "Lena, as treasurer, agreed to draw up next year's budget.\n"
        "It was agreed the Clerk write to the tenant of plot 12.\n"
        "Ivo had agreed to give a talk last year.\n"
        "Lena reported that the county has agreed to fund the new fence.\n"
    )
    assert _actions(text) == [
        ("Cllr Rees", "Look into the flooding by the gate."),
        ("Marcus", "Mend the wheelbarrows."),
        ("Lena", "Draw up next year's budget."),
        ("the Clerk", "Write to the tenant of plot 12."),
    ]


def test_markdown_task_lists() -> None:
    text = _HEAD + (
        "- [ ] Ivo: fix the hinge on the tool store door\n"
        "- [ ] Lena ring the water company\n"
        "- [ ] quarterly rent reminders @marcus\n"
        "- [ ] new sign for the car park\n"
        "- [x] order the wood chip\n"
        "TODO Marcus: empty the rain gauge\n"
    )
    assert _actions(text) == [
        ("Ivo", "Fix the hinge on the tool store door"),
        ("Lena", "Ring the water company"),
        ("@marcus", "Quarterly rent reminders"),
        (None, "New sign for the car park"),
        ("Marcus", "Empty the rain gauge"),
    ]


def test_contracted_promises_after_said() -> None:
    text = _HEAD + (
        "Ivo said he'd ask the farmer for manure.\n"
        "Lena said she’ll sort out the raffle prizes.\n"
        "Marcus said he'd enjoyed the show.\n"
        "Lena said she would like to see more fruit trees.\n"
        "The Clerk said she would keep the rents under review.\n"
    )
    assert _actions(text) == [
        ("Ivo", "Ask the farmer for manure."),
        ("Lena", "Sort out the raffle prizes."),
        ("The Clerk", "Keep the rents under review."),
    ]


def test_agreed_that_something_be_done() -> None:
    text = _HEAD + (
        "It was agreed that a letter be sent to the tenant of plot 7.\n"
        "It was resolved that the matter be referred to the county.\n"
        "It was agreed that the meeting be adjourned.\n"
        "It was agreed that the accounts be noted.\n"
        "It was agreed that an item on rents be added to the work programme.\n"
    )
    assert _actions(text) == [
        (None, "Send a letter to the tenant of plot 7."),
        (None, "Refer the matter to the county."),
    ]


def test_owners_described_in_passing_and_lists_of_names() -> None:
    text = _HEAD + (
        "Ivo (treasurer) will open a new bank account.\n"
        "Lena Fox, the plot secretary, will have a look at the waiting list.\n"
        "Both Marcus and Ivo will be in touch with the county.\n"
        "Lena, Marcus and Ivo will run the plant stall.\n"
        "Marcus will get in touch with the beekeepers.\n"
    )
    assert _actions(text) == [
        ("Ivo", "Open a new bank account."),
        ("Lena Fox", "Have a look at the waiting list."),
        ("Marcus and Ivo", "Be in touch with the county."),
        ("Lena, Marcus and Ivo", "Run the plant stall."),
        ("Marcus", "Get in touch with the beekeepers."),
    ]


def test_telegraphic_bullets_naming_someone_present() -> None:
    text = _HEAD + (
        "- Lena ring the water company about the meter\n"
        "- Marcus order more wood chip\n"
        "- Mark the open day in your diaries\n"
        "- Kasia fix the gate\n"
    )
    # Kasia is not in the attendance, but a given name opening a bullet before a verb
    # that takes an object ("fix the gate") is someone's job; "Mark" is a verb.
    assert _actions(text) == [
        ("Lena", "Ring the water company about the meter"),
        ("Marcus", "Order more wood chip"),
        ("Kasia", "Fix the gate"),
    ]


def test_polite_requests_to_someone_named() -> None:
    text = _HEAD + (
        "Please could Ivo send the photos to the newsletter editor.\n"
        "Could Lena please check the insurance renewal?\n"
        "Can everyone send the Clerk their availability by Friday?\n"
        "Marcus, please return the strimmer to the store.\n"
        "Plot holders are reminded to clear their paths of weeds.\n"
        "Could the Council consider a grant for the scouts?\n"
        "Will Ivo be at the next meeting?\n"
    )
    assert _actions(text) == [
        ("Ivo", "Send the photos to the newsletter editor."),
        ("Lena", "Check the insurance renewal"),
        ("everyone", "Send the Clerk their availability by Friday"),
        ("Marcus", "Return the strimmer to the store."),
        ("Plot holders", "Clear their paths of weeds."),
    ]


def test_verbs_of_states_in_the_sense_of_a_task() -> None:
    text = _HEAD + (
        "Lena will go and see the tenant of plot 9.\n"
        "The Clerk will come back to the committee on the water rates.\n"
        "Marcus will keep everyone updated on the shed.\n"
        "Ivo will apply for the lottery grant.\n"
        "The new rents will apply from April.\n"
        "The Clerk will include the rules in the spring newsletter.\n"
        "Ivo will help with the plant stall.\n"
        "The grant will help with the cost of the tank.\n"
        "Lena will come to the next meeting.\n"
    )
    assert _actions(text) == [
        ("Lena", "Go and see the tenant of plot 9."),
        ("The Clerk", "Come back to the committee on the water rates."),
        ("Marcus", "Keep everyone updated on the shed."),
        ("Ivo", "Apply for the lottery grant."),
        ("The Clerk", "Include the rules in the spring newsletter."),
        ("Ivo", "Help with the plant stall."),
    ]


def test_task_then_owner_after_a_dash_and_passives_with_a_bracketed_owner() -> None:
    text = _HEAD + (
        "Write to the tenant of plot 4 about the bonfire – Clerk.\n"
        "Quotes to be obtained for a new water tank - Clerk\n"
        "Broken glass by the gate to be reported to the county (Clerk).\n"
        "Review of fees - Finance\n"
        "Repaint the sign - Budget\n"
    )
    assert _actions(text) == [
        ("Clerk", "Write to the tenant of plot 4 about the bonfire"),
        ("Clerk", "Quotes to be obtained for a new water tank"),
        ("Clerk", "Broken glass by the gate to be reported to the county."),
    ]


def test_action_points_and_actions_taken() -> None:
    text = _HEAD + (
        "AI (Ivo): update the plot map\n"
        "AP: Lena to chase the unpaid rents\n"
        "Marcus took an action to price a new strimmer.\n"
    )
    assert _actions(text) == [
        ("Ivo", "Update the plot map"),
        ("Lena", "Chase the unpaid rents"),
        ("Marcus", "Price a new strimmer."),
    ]


def test_things_handed_on_to_someone_in_the_passive() -> None:
    text = _HEAD + (
        "It was noted that the complaint will be forwarded on to the county.\n"
        "The Clerk stated that the rules were strict and that these forms would be issued to "
        "all tenants.\n"
        "The report will be presented to the next meeting.\n"
    )
    assert _actions(text) == [
        (None, "The complaint will be forwarded on to the county."),
        ("The Clerk", "These forms would be issued to all tenants."),
    ]


def test_markdown_line_breaks_and_action_flags_are_not_the_tasks_words() -> None:
    text = (
        "Riverside Open Maps working group\n\n"
        "## Website\n"
        "The layers page is hard to read for new volunteers.\\\n"
        "JT and MO offered to redraw the legend for the layers page (ACTION).\\\n"
        "KB will check the licence of the aerial tiles before the launch.\\\n"
    )
    assert _actions(text) == [
        ("JT and MO", "Redraw the legend for the layers page."),
        ("KB", "Check the licence of the aerial tiles before the launch."),
    ]
