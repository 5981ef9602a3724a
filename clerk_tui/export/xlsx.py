"""Excel: one worksheet per section, frozen header, autofilter, real dates, RAG as fill."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from clerk_tui.export.table import (
    HEADER_FILL,
    RAG_FILLS,
    Cell,
    Section,
    heading,
    neutralise,
    sections,
    subheading,
    xml_safe,
)
from clerk_tui.store.sheet import Sheet

DATE_FORMAT = "d mmm yyyy"
WIDTH_SCALE = 1.1
"""Excel column width (characters) per unit of a section's relative width."""
HEADER_ROW = 2
"""Row 1 holds the sheet's title; the table's header is row 2."""


def write(sheet: Sheet, path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    workbook.properties.title = xml_safe(heading(sheet))
    for section in sections(sheet):
        _write_section(workbook, section, f"{heading(sheet)}. {subheading(sheet)}")
    workbook.save(path)


def _write_section(workbook, section: Section, title: str) -> None:  # type: ignore[no-untyped-def]
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(section.sheet_name)
    last_column = get_column_letter(len(section.headers))
    for index, width in enumerate(section.widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width * WIDTH_SCALE
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{last_column}{HEADER_ROW + max(len(section.rows), 1)}"
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True

    title_cell = WriteOnlyCell(sheet, value=neutralise(xml_safe(title)))
    title_cell.font = Font(bold=True, size=12)
    sheet.append([title_cell])

    header_font = Font(bold=True)
    header_fill = PatternFill("solid", fgColor=HEADER_FILL)
    headers = []
    for text in section.headers:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font, cell.fill = header_font, header_fill
        headers.append(cell)
    sheet.append(headers)

    wrap = Alignment(wrap_text=True, vertical="top")
    fills = {rag: PatternFill("solid", fgColor=colour) for rag, colour in RAG_FILLS.items()}
    for row, rag in zip(section.rows, section.rags, strict=True):
        cells = []
        for column, value in enumerate(row):
            cell = WriteOnlyCell(sheet, value=_value(value))
            cell.alignment = wrap
            if isinstance(value, date):
                cell.number_format = DATE_FORMAT
            if rag and column in section.rag_columns:
                cell.fill = fills[rag]
            cells.append(cell)
        sheet.append(cells)


def _value(value: Cell) -> str | int | date | None:
    if isinstance(value, str):
        return neutralise(xml_safe(value))
    return value
