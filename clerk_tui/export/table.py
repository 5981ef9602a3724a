"""The sheet as titled tables of cells: what every format writes, decided once.

Writers only lay out and style these cells; columns, order, wording and the safety of
cell text (formula injection, characters XML cannot hold) are settled here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from clerk_tui.core.refs import PROVISIONAL_LEGEND, any_provisional
from clerk_tui.core.status import Rag, rag_label
from clerk_tui.store.sheet import Sheet, SheetFollowUp

Cell = str | int | date | None

RAG_FILLS: dict[Rag, str] = {"red": "FFC7CE", "amber": "FFEB9C", "green": "C6EFCE"}
"""Pale fills (hex RGB) that keep black text readable on screen and in grey print."""

HEADER_FILL = "D9D9D9"

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass
class Section:
    """One titled table. `rags[i]` colours row i's `rag_columns`; `widths` are the relative
    shares of running-text columns; `short` columns (dates, statuses) never wrap."""

    title: str
    sheet_name: str
    headers: tuple[str, ...]
    widths: tuple[int, ...]
    rows: list[list[Cell]] = field(default_factory=list)
    rags: list[Rag | None] = field(default_factory=list)
    rag_columns: tuple[int, ...] = ()
    short: tuple[int, ...] = ()

    @property
    def compact(self) -> list[bool]:
        return [index in self.short for index in range(len(self.headers))]


def neutralise(text: str) -> str:
    """Text a spreadsheet will not run as a formula: a leading apostrophe (OWASP)."""
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def xml_safe(text: str) -> str:
    """Text without the control characters Word and Excel files cannot hold."""
    return _NOT_XML.sub("", text)


def long_date(value: date) -> str:
    """'12 March 2024': for headings and printed tables."""
    return f"{value.day} {value:%B %Y}"


def short_date(value: date) -> str:
    """'12 Mar 2024': for table cells."""
    return f"{value.day} {value:%b %Y}"


def heading(sheet: Sheet) -> str:
    return f"{sheet.committee}: {sheet.title}"


def subheading(sheet: Sheet) -> str:
    """What meeting the log is for and which meetings it covers."""
    when = (
        f"For the meeting on {long_date(sheet.next_meeting)}."
        if sheet.next_meeting
        else f"As at {long_date(sheet.export_date)}."
    )
    dates = sheet.meeting_dates
    if dates:
        listed = ", ".join(long_date(d) for d in dates)
        when += f" Covers the meeting{'s' if len(dates) > 1 else ''} of {listed}."
    if sheet.include_exempt:
        when += " INCLUDES EXEMPT (PART II) ITEMS: NOT FOR PUBLICATION."
    return when


def legend(sheet: Sheet) -> str | None:
    """The line explaining a provisional reference, when the sheet shows one."""
    refs = [action.ref for action in (*sheet.outstanding, *sheet.completed)]
    return PROVISIONAL_LEGEND if any_provisional(refs) else None


def sections(sheet: Sheet) -> list[Section]:
    """The three tables of the sheet, in the order the clerk circulates them."""
    outstanding = Section(
        title="Outstanding actions",
        sheet_name="Outstanding actions",
        headers=(
            "Ref",
            "Meeting",
            "Item",
            "Action",
            "Owner",
            "Due",
            "Revised due",
            "Status",
            "RAG",
            "Latest update",
        ),
        widths=(10, 10, 14, 40, 20, 10, 10, 10, 7, 30),
        rag_columns=(7, 8),
        short=(0, 1, 5, 6, 7, 8),
    )
    for action in sheet.outstanding:
        outstanding.rows.append(
            [
                action.ref,
                action.meeting_date,
                _item(action.item, action.exempt),
                action.text,
                action.owner,
                action.original_due or action.due or action.due_text,
                action.due if action.original_due else None,
                action.status,
                rag_label(action.rag),
                action.update,
            ]
        )
        outstanding.rags.append(action.rag)
    follow_ups = Section(
        title="Due to come back to the committee",
        sheet_name="Forward plan",
        headers=("Ref", "Meeting", "Item", "Follow-up", "When", "Status"),
        widths=(5, 10, 16, 50, 16, 10),
        short=(0, 1, 5),
    )
    for follow_up in sheet.follow_ups:
        follow_ups.rows.append(_follow_up_row(follow_up))
        follow_ups.rags.append(None)
    completed = Section(
        title="Completed since the last meeting",
        sheet_name="Completed",
        headers=("Ref", "Meeting", "Item", "Action", "Owner", "Closed", "Status", "Latest update"),
        widths=(10, 10, 14, 42, 20, 10, 10, 30),
        rag_columns=(6,),
        short=(0, 1, 5, 6),
    )
    for action in sheet.completed:
        completed.rows.append(
            [
                action.ref,
                action.meeting_date,
                _item(action.item, action.exempt),
                action.text,
                action.owner,
                action.closed,
                action.status,
                action.update,
            ]
        )
        completed.rags.append(action.rag)
    return [outstanding, follow_ups, completed]


def _follow_up_row(follow_up: SheetFollowUp) -> list[Cell]:
    return [
        follow_up.ref,
        follow_up.meeting_date,
        _item(follow_up.item, follow_up.exempt),
        follow_up.text,
        follow_up.due or follow_up.when_text,
        follow_up.status,
    ]


def _item(item: str | None, exempt: bool) -> str | None:
    return f"{item or ''} (exempt)".strip() if exempt else item
