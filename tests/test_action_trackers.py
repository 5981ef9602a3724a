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
