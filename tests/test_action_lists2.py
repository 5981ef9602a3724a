"""Actions in markers, tables and lists, round 2, on short Riverside passages: the exact
tasks and owners read, and what is left alone: markers with no cue or a doubtful owner, two
jobs in one marker, and an actions table of topics restating the marked actions."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict
from tests.conftest import owned_actions

_BOARD = (
    "# Riverside Repair Café – Board Meeting\n\n14 January 2026\n\n"
    "Present:\tPriya, Tomasz, Helen, Dev\n\n"
)


def _actions(text: str) -> list[tuple[str | None, str]]:
    return owned_actions(text)


def test_a_marker_with_no_cue_gives_the_owner_before_a_bare_verb() -> None:
    text = _BOARD + (
        "Insurance: the cover ends in March. **Action Board review the broker's quote**\n"
        "Action Dev will check the fuses.\n"
        "Action Points - none this week\n"
    )
    assert _actions(text) == [
        ("Board", "Review the broker's quote"),
        ("Dev", "Check the fuses"),
    ]


def test_a_doubtful_owner_in_brackets_is_kept_with_the_doubt() -> None:
    text = _BOARD + (
        "Safety - new fixers start without a briefing. **Action (possibly Dev as he runs the"
        " bench) Write a one-page briefing for new fixers**\n"
    )
    got = parse_strict(text).actions
    assert [(a.owner, a.owners, a.text) for a in got] == [
        ("Dev (possibly)", ["Dev"], "Write a one-page briefing for new fixers")
    ]


def test_part_of_everyone_owns_a_marked_task() -> None:
    text = _BOARD + "Storage - **Action Everyone with tools in the cupboard to label them**\n"
    assert _actions(text) == [("Everyone with tools in the cupboard", "Label them")]


def test_two_jobs_in_one_marker_each_have_their_own_words() -> None:
    text = _BOARD + "Action Helen to ring the college, Social team to post a call for fixers\n"
    got = parse_strict(text)
    assert [(a.owner, a.text, text[a.start : a.end]) for a in got.actions] == [
        ("Helen", "Ring the college", "Action Helen to ring the college"),
        ("Social team", "Post a call for fixers", "Social team to post a call for fixers"),
    ]


def test_a_table_of_topics_restating_marked_actions_adds_only_its_new_rows() -> None:
    text = _BOARD + (
        "Card Reader: it fails on the library wifi. **Action Tomasz to order a new reader**\n\n"
        "Rota - gaps on Saturdays. **Action Helen to contact the college**\n\n"
        "Storage - **Action Everyone with tools in the cupboard to label them**\n\n"
        "<table>\n<tr><td>Action</td><td>Responsible Person</td></tr>\n"
        "<tr><td>Card Reader</td><td>Tomasz</td></tr>\n"
        "<tr><td>Rota</td><td>Helen?</td></tr>\n"
        "<tr><td>Storage</td><td>Those with tools to clear them</td></tr>\n"
        "<tr><td>Fixers' Guidance</td><td>Priya</td></tr>\n"
        "</table>\n"
    )
    assert _actions(text) == [
        ("Tomasz", "Order a new reader"),
        ("Helen", "Contact the college"),
        ("Everyone with tools in the cupboard", "Label them"),
        ("Priya", "Fixers' Guidance"),  # only in the table: a job of its own
    ]


def test_a_row_with_a_due_date_stays_the_record_of_the_action() -> None:
    text = _BOARD + (
        "Card Reader: it fails. Tomasz to order a replacement card reader.\n\n"
        "Ref | Action | Owner | Due\n"
        "1 | Card reader replacement | Tomasz | 28 February 2026\n"
    )
    got = parse_strict(text).actions
    assert [(a.owner, a.text, a.due_text) for a in got] == [
        ("Tomasz", "Card reader replacement", "28 February 2026")
    ]


_NOTES = (
    "Riverside Open Data Group\n\n3 March 2026\n\nPresent: Ffion Hale, Bryn Cole, Oskar Lind\n\n"
)


def test_jobs_inside_a_bullet_of_notes_are_read_sentence_by_sentence() -> None:
    text = _NOTES + (
        "* The dataset is nearly clean. Oskar spreadsheet of the missing stops, send link"
        " when done\n"
        "* For the maps: Agree to adopt the open licence (Ffion). Can the old maps be"
        " relicensed, who to ask about this (Bryn). Email the ward offices when the page is"
        " live\n"
    )
    got = parse_strict(text).actions
    assert [(a.owner, a.text, text[a.start : a.end]) for a in got] == [
        (
            "Oskar",
            "Spreadsheet of the missing stops, send link when done",
            "Oskar spreadsheet of the missing stops, send link when done",
        ),
        (
            "Ffion",
            "Adopt the open licence",
            "For the maps: Agree to adopt the open licence (Ffion).",
        ),
        (
            "Bryn",
            "Can the old maps be relicensed, who to ask about this",
            "Can the old maps be relicensed, who to ask about this (Bryn).",
        ),
    ]  # "Email the ward offices ...": a bare task for no one, in notes an idea or a plan


def test_a_name_in_lower_case_in_closing_brackets_owns_the_bullet() -> None:
    text = _NOTES + "* Write a short guide to the changelog for volunteers (bryn)\n"
    assert _actions(text) == [("bryn", "Write a short guide to the changelog for volunteers")]


def test_reports_practices_and_presenters_in_bullets_are_no_actions() -> None:
    text = _NOTES + (
        "Agenda\n======\n\n"
        "* Publishing the bus stop dataset (Oskar)\n"
        "* Can we add a changelog page? (Bryn)\n\n"
        "Minutes\n=======\n\n"
        "* Review any open data requests at future group meetings\n"
        "* Work on the portal was slow this month and could be picked up again in April.\n"
        "* Project success metrics (Bryn)\n"
        "* Transports were improved, as the model shows (Oskar).\n"
    )
    assert _actions(text) == []


def test_an_item_heading_named_agenda_heads_minutes_not_an_agenda() -> None:
    text = _NOTES + (
        "## AGENDA III: Events\n"
        "- Open data day\n"
        "  - Book the library meeting room for the open data day (Oskar)\n"
    )
    assert _actions(text) == [("Oskar", "Book the library meeting room for the open data day")]
    agenda = _NOTES + (
        "## Agenda\n"
        "- Open data day\n"
        "  - Book the library meeting room for the open data day (Oskar)\n"
    )
    assert _actions(agenda) == []  # who presents the topic


_PANEL = "# Riverside Signage Standards Panel – 12 February 2026\n\n"


def test_a_roll_of_ticked_boxes_is_attendance_not_actions() -> None:
    text = _PANEL + (
        "## Member attendance\n\n"
        "* [x] Hana Okafor, Riverside Council\n"
        "* [ ] Lucy Marsh, Riverside Civic Society\n"
        "* [ ] Sam Reyes\n\n"
        "## Signs\n\n"
        "* [ ] Order the new river path signs\n"
    )
    assert _actions(text) == [(None, "Order the new river path signs")]


def test_an_owner_alone_after_the_task_on_its_line() -> None:
    text = _PANEL + (
        "Collect samples from three suppliers.  Action: TB  Followup: DA\n\n"
        "Further discussion.  Action: DA, tbecker\n"
    )
    got = parse_strict(text).actions
    assert [(a.owner, a.owners, a.text, text[a.start : a.end]) for a in got] == [
        (
            "TB",
            ["TB"],
            "Collect samples from three suppliers.",
            "Collect samples from three suppliers.  Action: TB",
        ),
        (
            "DA, tbecker",
            ["DA", "tbecker"],
            "Further discussion.",
            "Further discussion.  Action: DA, tbecker",
        ),
    ]


def test_a_marker_under_a_posting_stamp_takes_the_heading_as_its_task() -> None:
    text = _PANEL + (
        "### [44] Bilingual street name plates ([plates #44](/proposals/plates))\n"
        "2026-01-30 09:12:44 - HanaOkafor\n\n"
        "Action: HO\n"
    )
    got = parse_strict(text).actions
    assert [(a.owner, a.text, text[a.start : a.end]) for a in got] == [
        ("HO", "[44] Bilingual street name plates", "Action: HO")
    ]


def test_the_last_meetings_actions_under_review_are_not_new() -> None:
    text = _PANEL + (
        "## Review of actions from the last meeting\n\n"
        "* [40] Action: HO\n"
        "* [36] Waiting for the printer's proof. Action: DA\n"
        "* TB to chase the printer - in progress\n\n"
        "## New business\n\n"
        "Sam Reyes to draft the tender. \n"
    )
    assert _actions(text) == [("Sam Reyes", "Draft the tender.")]


def test_an_outstanding_actions_item_keeps_what_the_meeting_minuted_in_prose() -> None:
    text = "Riverside Trust Board\n\n9 December 2025\n\n" + (
        "191/25\n\nOutstanding actions of the Board\n\n"
        "Staff Wellbeing Offer - It was noted that options to support staff would be"
        " considered as part of the Workforce Plan.\n\n"
        "Action  :  Chief People Officer\n"
    )
    assert [o for o, _ in _actions(text)] == ["Chief People Officer"]


def test_who_reported_the_following_owns_the_points_they_promise() -> None:
    text = "Riverside Parish Council\n\n10 March 2026\n\n" + (
        "1.1. Kieran Walsh, the Highways Locality Steward, attended and reported the"
        " following:\n"
        "1.1.1. Gully emptying on Mill Lane has been completed.\n"
        "1.1.2. Will chase up the blocked drain outside the school\n"
        "1.1.3. Will look at the faded markings at Church Corner\n"
    )
    assert _actions(text) == [
        ("Kieran Walsh", "Chase up the blocked drain outside the school"),
        ("Kieran Walsh", "Look at the faded markings at Church Corner"),
    ]


def test_owner_to_action_closes_the_sentence_before() -> None:
    text = "Riverside Parish Council\n\n10 March 2026\n\nPresent: Cllr R Doyle\n\n" + (
        "1.2. Cllr Doyle will ask the bus company about the shelter glass. Cllr Doyle to"
        " action\n"
        "1.3. The footpath survey came back. Clerk to action\n"
    )
    got = parse_strict(text).actions
    assert [(a.owner, a.text, text[a.start : a.end]) for a in got] == [
        (
            "Cllr Doyle",
            "Ask the bus company about the shelter glass.",
            "Cllr Doyle will ask the bus company about the shelter glass. Cllr Doyle to action",
        ),
        (
            "Clerk",
            "The footpath survey came back.",
            "The footpath survey came back. Clerk to action",
        ),
    ]


def test_a_marker_after_a_wrapped_paragraph_reads_the_whole_sentence() -> None:
    text = "Riverside Parish Council\n\n10 March 2026\n\n2. Play area\n" + (
        "The play inspector would check the timber posts throughout for rot and would\n"
        "discuss the necessary repairs on the recreation ground play areas with\n"
        "K Walsh\n"
        "- Action: Play Inspector.\n"
    )
    assert [(o, t) for o, t in _actions(text)] == [
        (
            "Play Inspector",
            "The play inspector would check the timber posts throughout for rot and would"
            " discuss the necessary repairs on the recreation ground play areas with K Walsh",
        )
    ]


def test_an_owner_in_bold_at_the_end_of_a_line() -> None:
    text = "Riverside Parish Council\n\n10 March 2026\n\n3. Allotments\n" + (
        "Publish the new plot rules on the notice board  **PM**\n"
        "Ask the water company about a second standpipe  **RD/AH**\n"
        "Draft a tenancy letter for the two empty plots  12Y:0:0  **JC**\n"
        "The rents were agreed. **Agreed**\n"
    )
    assert _actions(text) == [
        ("PM", "Publish the new plot rules on the notice board"),
        ("RD/AH", "Ask the water company about a second standpipe"),
        ("JC", "Draft a tenancy letter for the two empty plots"),
    ]


def test_a_lists_heading_names_who_its_bullets_are_for() -> None:
    text = "Riverside Allotments Committee\n\n12 May 2026\n\nPresent: Jo Banks (Clerk)\n\n" + (
        "Actions for the Clerk:\n"
        "- Write to the water company about the standpipe\n\n"
        "Board to-do\n"
        "- Renew the insurance before June\n\n"
        "Next steps\n"
        "- Send the rent letters in July\n"
    )
    assert _actions(text) == [
        ("the Clerk", "Write to the water company about the standpipe"),
        ("Board", "Renew the insurance before June"),
        (None, "Send the rent letters in July"),
    ]


def test_options_put_to_the_meeting_are_no_jobs() -> None:
    text = _NOTES + (
        "In light of the old release, should we follow:\n"
        "- Plan 1.) Do not support the new release yet\n"
        "- Plan 2.) Support both releases, with only the new viewer on the latter.\n"
    )
    assert _actions(text) == []


def test_council_shapes_of_an_owner_after_the_minute() -> None:
    text = (
        "RIVERSIDE TOWN COUNCIL\n\nMinutes of the Environment Committee held on 4 March 2026\n\n"
        "Present: Cllr J Patel (Chair), Cllr S Reid, K Lowe (Town Clerk)\n\n"
        "25/12 Footpaths\n"
        "The stile on footpath 7 is broken. The Town Clerk would report it to the county.\n"
        "Action by: Town Clerk\n\n"
        "25/13 Allotments\n"
        "Cllr Reid will draft a new tenancy agreement for the allotments. ACTION: SR\n\n"
        "25/14 Trees\n"
        "ACTION 25.14 Obtain three quotes for the oak on Church Street (KL/JP)\n\n"
        "25/15 Signs\n"
        "The finger post at Mill Lane is leaning and should be reset. ACTION:\n"
        "Clerk\n"
    )
    assert _actions(text) == [
        ("Town Clerk", "The Town Clerk would report it to the county."),
        ("SR", "Draft a new tenancy agreement for the allotments."),
        ("KL/JP", "Obtain three quotes for the oak on Church Street"),
        ("Clerk", "The finger post at Mill Lane is leaning and should be reset."),
    ]


_TRUSTEES = (
    "Riverside Community Centre Trustees\n\nMinutes of 3 February 2026\n\n"
    "Present: Ana Silva (Chair), Ben Ford (Treasurer), Cai Lee\n\n"
)


def test_tables_headed_next_steps_or_outcome_one_after_another() -> None:
    text = _TRUSTEES + (
        "| Topic | Discussion | Next steps | Who | By when |\n"
        "|---|---|---|---|---|\n"
        "| Roof | Leak over the stage | Get two quotes for the flat roof | Ben Ford"
        " | 28 February 2026 |\n"
        "| Lettings | Yoga wants Tuesdays | Send the yoga group the new rates | Cai Lee | |\n\n"
        "| Item | Outcome | Responsible |\n"
        "|---|---|---|\n"
        "| Heating | Ask the engineer to service the boiler | Ana Silva |\n"
    )
    got = parse_strict(text).actions
    assert [(a.owner, a.text, a.due_text) for a in got] == [
        ("Ben Ford", "Get two quotes for the flat roof", "28 February 2026"),
        ("Cai Lee", "Send the yoga group the new rates", None),
        ("Ana Silva", "Ask the engineer to service the boiler", None),
    ]


def test_minutes_in_a_table_with_who_acts_in_the_last_column() -> None:
    text = (
        "RIVERSIDE PARISH COUNCIL\n\nMinutes of the meeting held on 3 February 2026\n\n"
        "Present: Cllr A Hughes (Chair), Cllr P Mistry, J Carter (Clerk)\n\n"
        "| Ref | Minute | Action |\n"
        "|---|---|---|\n"
        "| 26/01 | Apologies were received from Cllr Doyle. | |\n"
        "| 26/02 | The bench is broken. The Clerk would obtain a price for a new one. | Clerk |\n"
        "| 26/03 | Members asked for the hedge to be cut back before March. | PM |\n"
    )
    assert _actions(text) == [
        ("Clerk", "Obtain a price for a new one."),
        ("PM", "Members asked for the hedge to be cut back before March."),
    ]


def test_a_presenter_in_brackets_on_an_agenda_owns_nothing() -> None:
    text = _TRUSTEES + (
        "# Agenda\n\n"
        "* Goals for the year\n"
        "    * Survey processes (Ana Silva)\n"
        "    * Review the lettings policy (Cai Lee)\n"
    )
    assert _actions(text) == []
