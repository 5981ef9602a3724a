"""Excel: one worksheet per section, frozen header, autofilter, real dates, RAG as fill."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from clerk_tui.export.layout import column_widths, line_count
from clerk_tui.export.table import (
    HEADER_FILL,
    RAG_FILLS,
    Cell,
    Section,
    heading,
    legend,
    neutralise,
    sections,
    short_date,
    subheading,
    xml_safe,
)
from clerk_tui.store.sheet import Sheet

DATE_FORMAT = "d mmm yyyy"
HEADER_ROW = 2
"""Row 1 holds the sheet's title; the table's header is row 2."""
FONT = "Arial"
FONT_SIZE_PT = 10
TITLE_SIZE_PT = 12
LINE_PT = 12.75
"""Height of a line of 10pt Arial in a row."""
CHARACTER_PT = 5.25
COLUMN_PADDING_PT = 3.75
"""Excel measures column widths in digits of the workbook's default font (Calibri 11:
7 pixels, 5.25 points), plus 5 pixels of padding."""
PAGE_PT = (841.9, 595.3)
"""A4 landscape, width and height."""
MARGIN_PT = 0.5 * 72
CELL_PADDING_PT = 8.0
"""What a cell keeps clear beside its text, both sides together."""
A4 = 9
"""Excel's paper size code for A4."""


def write(sheet: Sheet, path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    workbook.properties.title = xml_safe(heading(sheet))
    title = f"{heading(sheet)}. {subheading(sheet)}"
    if note := legend(sheet):
        title += f" {note}"
    for section in sections(sheet):
        _write_section(workbook, section, title)
    workbook.save(path)


def _write_section(workbook, section: Section, title: str) -> None:  # type: ignore[no-untyped-def]
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.styles.cell_style import StyleArray
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(section.sheet_name)
    last_column = get_column_letter(len(section.headers))
    texts = [[_shown(value) for value in row] for row in section.rows]
    widths = column_widths(
        section.headers,
        texts,
        section.widths,
        section.compact,
        PAGE_PT[0] - 2 * MARGIN_PT,
        FONT_SIZE_PT,
        CELL_PADDING_PT,
    )
    for index, width in enumerate(widths, start=1):
        characters = (width - COLUMN_PADDING_PT) / CHARACTER_PT
        sheet.column_dimensions[get_column_letter(index)].width = round(characters, 1)
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{last_column}{HEADER_ROW + max(len(section.rows), 1)}"
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_margins.left = sheet.page_margins.right = MARGIN_PT / 72
    sheet.print_options.horizontalCentered = True

    # The title wraps within the table's width: text running past the last column would
    # widen the printed page and shrink the table to fit it.
    title_cell = WriteOnlyCell(sheet, value=neutralise(xml_safe(title)))
    title_cell.font = Font(name=FONT, bold=True, size=TITLE_SIZE_PT)
    title_cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.merged_cells.add(f"A1:{last_column}1")
    title_lines = line_count(title, sum(widths) - CELL_PADDING_PT, TITLE_SIZE_PT * 1.1)
    sheet.row_dimensions[1].height = title_lines * TITLE_SIZE_PT * 1.3 + 4
    sheet.append([title_cell])

    line = Side(style="thin", color="808080")
    border = Border(left=line, right=line, top=line, bottom=line)
    wrap = Alignment(wrap_text=True, vertical="top", horizontal="left")
    header_font = Font(name=FONT, size=FONT_SIZE_PT, bold=True)
    header_fill = PatternFill("solid", fgColor=HEADER_FILL)
    headers = []
    for text in section.headers:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font, cell.fill, cell.alignment, cell.border = header_font, header_fill, wrap, border
        headers.append(cell)
    _row_height(sheet, HEADER_ROW, section.headers, widths)
    sheet.append(headers)

    font = Font(name=FONT, size=FONT_SIZE_PT)
    fills = {rag: PatternFill("solid", fgColor=colour) for rag, colour in RAG_FILLS.items()}
    styles: dict[tuple[bool, str | None], StyleArray] = {}

    def style(is_date: bool, rag: str | None) -> StyleArray:
        """The cell style for a date or not and a RAG fill or none, registered once: setting
        font, border and alignment on each of thousands of cells is most of the time."""
        if (is_date, rag) not in styles:
            model = WriteOnlyCell(sheet)
            model.font, model.alignment, model.border = font, wrap, border
            if is_date:
                model.number_format = DATE_FORMAT
            if rag:
                model.fill = fills[rag]  # type: ignore[index]
            styles[(is_date, rag)] = model._style
        return StyleArray(styles[(is_date, rag)])

    for number, (row, shown, rag) in enumerate(
        zip(section.rows, texts, section.rags, strict=True), start=HEADER_ROW + 1
    ):
        cells = []
        for column, value in enumerate(row):
            cell = WriteOnlyCell(sheet, value=_value(value))
            fill = rag if rag and column in section.rag_columns else None
            cell._style = style(isinstance(value, date), fill)
            cells.append(cell)
        _row_height(sheet, number, shown, widths)
        sheet.append(cells)


def _row_height(sheet, number: int, texts: Sequence[str], widths: Sequence[float]) -> None:  # type: ignore[no-untyped-def]
    """Make row `number` tall enough for its most wrapped cell (Excel does not fit the
    height of a row written by a program; LibreOffice does, but not always on print)."""
    lines = max(
        line_count(text, width - CELL_PADDING_PT, FONT_SIZE_PT)
        for text, width in zip(texts, widths, strict=True)
    )
    if lines > 1:
        sheet.row_dimensions[number].height = lines * LINE_PT + 2


def _shown(value: Cell) -> str:
    """The text a cell shows, for measuring it."""
    if value is None:
        return ""
    if isinstance(value, date):
        return short_date(value)
    return str(value)


def _value(value: Cell) -> str | int | date | None:
    if isinstance(value, str):
        return neutralise(xml_safe(value))
    return value
