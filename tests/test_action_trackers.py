"""Action trackers, lists and tables in the shapes minutes use, on short Riverside passages:
the exact tasks, owners and due dates read, and what is left alone (a table's header, rows
already done, boilerplate that is no task)."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict

_COUNCIL = (
    "RIVERSIDE PARISH COUNCIL\nMinutes of the meeting held on 4 March 2025\n\n"
    "Present: Cllr Rosa Vell (RV), Cllr Ian Moss (IM), Cllr Kit Lane (KL)\n\n"
)


def _actions(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(a.owner, a.text, a.due_text) for a in parse_strict(text).actions]


def test_a_by_column_is_the_owner_beside_no_owner_column_and_the_due_date_beside_one() -> None:
    text = _COUNCIL + (
        "1. Allotments\n\n"
        "| What | By | When |\n| --- | --- | --- |\n| Check the water meter | IM | July |\n\n"
        "2. Hall\n\n"
        "Action\tOwner\tBy\nGet three quotes for the roof\tRV\t30 April\n"
        "Renew the boiler contract\tKL\tMay meeting\n"
    )
    assert _actions(text) == [
        ("IM", "Check the water meter", "July"),
        ("RV", "Get three quotes for the roof", "30 April"),
        ("KL", "Renew the boiler contract", "May meeting"),
    ]


def test_the_next_tables_header_after_a_blank_line_is_no_row() -> None:
    text = _COUNCIL + (
        "1. Finance\n\n"
        "| Action | Assigned to | Deadline |\n| --- | --- | --- |\n"
        "| Draft the precept paper | Rosa Vell | 1 July 2025 |\n\n"
        "| What | By | When |\n| --- | --- | --- |\n| Ring the auditor | KL | June |\n\n"
        "| Task | Resp | Due |\n|---|---|---|\n| Clear the path by plot 9 | IM | |\n\n"
        "| Item | Action by |\n|---|---|\n| Order the seed catalogue | RV |\n"
    )
    assert _actions(text) == [
        ("Rosa Vell", "Draft the precept paper", "1 July 2025"),
        ("KL", "Ring the auditor", "June"),
        ("IM", "Clear the path by plot 9", None),
        ("RV", "Order the seed catalogue", None),
    ]


def test_rows_a_progress_column_marks_done_are_not_new_actions() -> None:
    text = _COUNCIL + (
        "1. Actions\n\n"
        "| Action | Responsible | Progress |\n| --- | --- | --- |\n"
        "| Renew the hall booking | IM | Not started |\n"
        "| Pay the grass-cutting invoice | KL | Actioned |\n"
        "| Mend the noticeboard | RV | Completed in May |\n"
    )
    assert _actions(text) == [("IM", "Renew the hall booking", None)]


def test_standing_instructions_to_attendees_and_declaring_interests_are_no_tasks() -> None:
    text = _COUNCIL + (
        "Information for the public\n"
        "Use the following link to join the meeting: https://meet.example.org/riverside\n"
        "If you wish to speak at the meeting you must register to do so with the Clerk.\n"
        "Please ensure mobile phones are switched off.\n"
        "Please mute your microphone when not speaking and raise your hand in the chat.\n"
        "Please sign the attendance sheet on arrival.\n"
        "In the event of the fire alarm sounding, please leave by the nearest exit.\n\n"
        "1. Declarations of interest\n"
        "Members were reminded to declare any interest in items on the agenda.\n"
        "Councillors are asked to declare any disclosable pecuniary interests.\n\n"
        "2. Hall\n"
        "Please send your comments on the hall plans to the Clerk by 30 May.\n"
        "KL to buy a new camera for the hall noticeboard.\n"
    )
    assert _actions(text) == [
        (None, "Send your comments on the hall plans to the Clerk by 30 May.", "by 30 May"),
        ("KL", "Buy a new camera for the hall noticeboard.", None),
    ]


_CALL = "# Riverside Makers – weekly call\n\n3 June 2025\n\nPresent: Priya, Tomasz, Helen\n\n"


def test_ticked_boxes_in_this_meetings_action_list_are_its_actions() -> None:
    text = _CALL + (
        "## Workshop\n- [x] Greg to fix the door closer\n\n"
        "### Actions for next meeting:\n"
        "- [x] Get the lathe quote from the supplier (Priya)\n"
        "- [ ] Check the rota and tell Helen of any gaps (all)\n"
    )
    assert [(o, t) for o, t, _ in _actions(text)] == [
        ("Priya", "Get the lathe quote from the supplier"),
        ("all", "Check the rota and tell Helen of any gaps"),
    ]


def test_options_a_contraction_and_a_labelled_link_are_no_tasks() -> None:
    text = _CALL + (
        "- Video calls?\n"
        "    - We’ll lose the free account. The options are:\n"
        "        - go back to the old video service\n"
        "        - use the library's meeting room\n"
        "- Uses of the back room:\n"
        "    - Store banners, tables, stall supplies for the fair\n"
        "- Slides from the talk: https://example.org/riverside/slides\n"
        "- TODO: e-mail Helen the supplier list.\n"
    )
    assert _actions(text) == [(None, "E-mail Helen the supplier list", None)]
