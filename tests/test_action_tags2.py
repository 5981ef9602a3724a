"""Owner tags closing a line with no colon, on short Riverside passages: "Action Tom" in a
column after a gap, "(Act PS)" after the sentence, "ACTION JCo." closing a paragraph; the
tag names the owner, whoever the sentence names, and stays out of the task's words."""

from __future__ import annotations

from tests.conftest import PARISH_HEAD, owned_actions


def test_an_action_tag_after_a_gap_names_the_owner() -> None:
    text = PARISH_HEAD + (
        "4. Playing field\n"
        "Tom will ask the contractor for a quote for the goalposts               Action Tom\n"
        "Members were asked to report any damage to the benches.  Action ALL\n"
    )
    assert owned_actions(text) == [
        ("Tom", "Ask the contractor for a quote for the goalposts."),
        ("ALL", "Report any damage to the benches."),
    ]


def test_an_abbreviated_tag_in_brackets_outranks_the_sentences_subject() -> None:
    text = PARISH_HEAD + (
        "5. Footpaths\n"
        "The stile on the church path is broken. The Chair will raise it with the rights of"
        " way officer. (Act PS)\n"
        "Clerk to write to the landowner about the hedge.(Act Clerk)\n"
    )
    assert owned_actions(text) == [
        ("PS", "Raise it with the rights of way officer."),
        ("Clerk", "Write to the landowner about the hedge."),
    ]


def test_a_tag_closing_a_wrapped_paragraph_takes_its_committing_sentence() -> None:
    text = PARISH_HEAD + (
        "6. Grants\n"
        "The lottery fund opens in June. Jane would like someone to draft the\n"
        "application. The form asks for the constitution. ACTION PShah.\n"
    )
    assert owned_actions(text) == [
        ("PShah", "Draft the application."),
    ]


def test_no_tag_no_owner_from_an_action_heading_or_a_plain_word() -> None:
    text = PARISH_HEAD + (
        "7. Correspondence\n"
        "A letter from the school about parking was noted.   Action Plan\n"
        "The village hall roof was repaired in May. Action taken\n"
    )
    assert owned_actions(text) == []


def test_an_action_items_or_points_abbreviation_is_a_marker_not_an_owner() -> None:
    text = PARISH_HEAD + (
        "4. Hall\n"
        "AI: update the booking calendar\n"
        "AI: Tom to fix the porch light\n"
        "AP1 – Priya to circulate the hire leaflet\n"
        "AP 2: Book the caretaker's training (Clerk)\n"
        "AP3 – Members to read the lease before May (ALL)\n"
    )
    assert owned_actions(text) == [
        (None, "Update the booking calendar"),
        ("Tom", "Fix the porch light"),
        ("Priya", "Circulate the hire leaflet"),
        ("Clerk", "Book the caretaker's training"),
        ("ALL", "Read the lease before May"),
    ]


def test_initials_the_attendance_gives_are_someone_not_a_marker() -> None:
    text = (
        "Riverside Parish Council\nMinutes of the meeting held on 3 March 2026\n\n"
        "Present: Andrew Price (AP), Tom Hale (TH)\n\n"
        "4. Hall\nAP: will send the hire figures to the bank\n"
    )
    assert owned_actions(text) == [("AP", "Send the hire figures to the bank")]


def test_a_marked_task_with_a_role_in_brackets_after_it() -> None:
    text = PARISH_HEAD + (
        "4. Hall\nThe hall needs a caretaker.\n"
        "ACTION: Book the caretaker's training (Clerk)\n"
        "The roof leaks.\n"
        "ACTION: Bill Jones and Clerk\n"
    )
    assert owned_actions(text) == [
        ("Clerk", "Book the caretaker's training"),
        ("Bill Jones and Clerk", "The roof leaks."),
    ]


def test_an_action_its_line_marks_done_is_no_new_action() -> None:
    text = PARISH_HEAD + (
        "4. Hall\n"
        "[NEW] ACTION: Tom to draft the hire agreement\n"
        "[DONE] ACTION: Priya to book the caretaker\n"
        "- Jane to open a ticket with the boiler firm -> done\n"
        "- ~~Sam to email the insurer~~\n"
        "- Sam to fix the gate (completed)\n"
        "- Tom to write the list of jobs done this year\n"
    )
    assert owned_actions(text) == [
        ("Tom", "Draft the hire agreement"),
        ("Tom", "Write the list of jobs done this year"),
    ]


def test_a_minuting_bots_record_note_is_no_part_of_the_task() -> None:
    text = PARISH_HEAD + (
        "4. Hall\nACTION: jane to update the hire page [recorded in"
        " https://example.org/2026/03/03-minutes#action01]\n"
    )
    assert owned_actions(text) == [("jane", "Update the hire page")]


def test_a_handle_after_a_marker_owns_the_task() -> None:
    text = PARISH_HEAD + (
        "4. Hall\n- Action item: @tomh to ask the insurer about the porch\n"
        "- ACTION: @priya and @janec to update the hire notes\n"
    )
    assert owned_actions(text) == [
        ("@tomh", "Ask the insurer about the porch"),
        ("@priya and @janec", "Update the hire notes"),
    ]


def test_a_status_tag_opening_a_log_line_marks_it_done() -> None:
    text = PARISH_HEAD + (
        "4. Hall\n"
        "- `done` 5 Jan 2026 : Dhaval to set up the triage meeting\n"
        "- _Closed_ Tom to fix the gate\n"
        "- DONE - Priya to book the room\n"
        "- Jane to review the list of done repairs\n"
    )
    assert owned_actions(text) == [("Jane", "Review the list of done repairs")]


def test_a_trackers_action_id_marks_its_task() -> None:
    text = PARISH_HEAD + (
        "4. Hall\n"
        "- ACTION-123: Tom to draft the hire charter\n"
        "- [Action-HC-2026-19 ensure every hirer signs the form](https://example.org/issues/19)\n"
        "- [Action-HC-2025-40 Update the fire notice](https://example.org/issues/7)\n"
        "* _Action_ (Jane): ping the boiler firm\n"
        "* **AI**: Priya - update the booking form\n"
    )
    assert owned_actions(text) == [
        ("Tom", "Draft the hire charter"),
        (None, "Ensure every hirer signs the form"),
        ("Jane", "Ping the boiler firm"),
        ("Priya", "Update the booking form"),
    ]


def test_a_tag_after_a_dash_or_in_small_letters_names_the_owner() -> None:
    text = PARISH_HEAD + (
        "4. Verges\n"
        "The verge by the bus stop needs mowing before the fete – action TH.\n"
        "The bin by the gate is overflowing every weekend (action PS).\n"
        "The clerk said the verge belongs to the county - action on this was not needed.\n"
    )
    assert owned_actions(text) == [
        ("TH", "The verge by the bus stop needs mowing before the fete"),
        ("PS", "The bin by the gate is overflowing every weekend"),
    ]


def test_a_tag_after_a_bare_agreement_gives_the_sentence_before_it() -> None:
    text = PARISH_HEAD + (
        "4. Verges\n"
        "The verge by the bus stop needs mowing before the fete. All agreed – action TH.\n"
    )
    assert owned_actions(text) == [
        ("TH", "The verge by the bus stop needs mowing before the fete."),
    ]
