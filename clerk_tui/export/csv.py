"""CSV: UTF-8 with a byte-order mark (so Excel reads it right), one row per entry."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from clerk_tui.export.table import Cell, legend, neutralise, sections
from clerk_tui.store.sheet import Sheet

COLUMNS = (
    "Section",
    "Ref",
    "Meeting",
    "Item",
    "Action",
    "Owner",
    "Due",
    "Revised due",
    "Closed",
    "Status",
    "RAG",
    "Latest update",
)
_SAME_AS = {"Follow-up": "Action", "When": "Due"}
"""Section headers that share a CSV column with a differently named one."""


def write(sheet: Sheet, path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for section in sections(sheet):
            positions = [COLUMNS.index(_SAME_AS.get(h, h)) for h in section.headers]
            for row in section.rows:
                line = [""] * len(COLUMNS)
                line[0] = section.title
                for position, value in zip(positions, row, strict=True):
                    line[position] = _text(value)
                writer.writerow(line)
        if note := legend(sheet):  # last, so the rows above read as one table
            line = [""] * len(COLUMNS)
            line[0], line[COLUMNS.index("Action")] = "Note", note
            writer.writerow(line)


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return neutralise(str(value))
