"""Make real Word and PDF files from plain-text minutes, as a clerk's office would.

A line is a paragraph; a run of lines with tabs or ' | ' between cells is a real table
(bordered, header row bold); a blank line is space between paragraphs. The PDF wraps long
paragraphs at the margin and carries a running header and a page-number footer, so reading
it back tests reflow and running-text removal.
"""

from __future__ import annotations

import re
from pathlib import Path


def cells(line: str) -> list[str]:
    """A line's cells: between ' | ', tabs, or runs of three or more spaces."""
    line = line.rstrip()
    if " | " in line:
        return [c.strip() for c in re.split(r"\s*\|\s*", line)]
    return [c.strip() for c in re.split(r"\t|\s{3,}", line)]


def blocks(text: str) -> list[str | list[list[str]]]:
    """The minutes as paragraphs (str) and tables (rows of cells). A table starts at a
    line of three or more cells and goes on while lines have two or more (an indented
    line is a row with its first cell empty)."""
    out: list[str | list[list[str]]] = []
    for line in text.splitlines():
        row = cells(line)
        in_table = bool(out) and isinstance(out[-1], list)
        if len(row) >= 3 or (in_table and len(row) >= 2):
            if in_table:
                out[-1].append(row)  # type: ignore[union-attr]
            else:
                out.append([row])
        else:
            out.append(line.rstrip())
    return out


def to_docx(text: str, path: Path) -> Path:
    path = path.with_suffix(".docx")
    import docx
    from docx.shared import Cm, Pt

    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "Arial", Pt(11)
    section = document.sections[0]
    section.header.paragraphs[0].text = "Riverside Council: draft minutes"
    section.footer.paragraphs[0].text = "Chair's initials ........"
    usable = (section.page_width - section.left_margin - section.right_margin) / Cm(1) * 28.35
    for block in blocks(text):
        if isinstance(block, str):
            if block:
                document.add_paragraph(block).paragraph_format.space_after = Pt(6)
            continue
        widths = _column_widths(block, usable)
        table = document.add_table(rows=0, cols=len(widths))
        table.style = "Table Grid"
        table.autofit = False
        for column, width in zip(table.columns, widths, strict=True):
            column.width = Pt(width)  # the grid, which LibreOffice lays out by
        for row in block:
            cells = table.add_row().cells
            for cell, width, value in zip(cells, widths, [*row, *[""] * len(widths)], strict=False):
                cell.width = Pt(width)
                cell.text = value
                for run in cell.paragraphs[0].runs:
                    run.font.size = Pt(10)
    document.save(str(path))
    return path


def to_pdf(text: str, path: Path) -> Path:
    path = path.with_suffix(".pdf")
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    body = styles["BodyText"].clone("minutes", fontName="Helvetica", fontSize=12, leading=15)
    cell_style = styles["BodyText"].clone("cell", fontSize=10, leading=12)

    def running(canvas, document) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2 * cm, A4[1] - 1.2 * cm, "Riverside Council - Minutes (draft)")
        canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"Page {document.page}")
        canvas.restoreState()

    flow = []
    for block in blocks(text):
        if isinstance(block, str):
            flow.append(Paragraph(escape(block), body) if block else Spacer(1, 4))
            continue
        width = max(len(row) for row in block)
        rows = [
            [Paragraph(escape(c), cell_style) for c in row] + [""] * (width - len(row))
            for row in block
        ]
        table = Table(rows, colWidths=_column_widths(block, A4[0] - 5 * cm), repeatRows=1)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
        flow.append(table)
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm).build(
        flow, onFirstPage=running, onLaterPages=running
    )
    return path


def _column_widths(block: list[list[str]], total: float) -> list[float]:
    """Each column as wide as its longest word, the rest shared by the length of its text,
    so no word breaks inside a cell (as a clerk would size a Word table)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    width = max(len(row) for row in block)
    columns = [[row[i] if i < len(row) else "" for row in block] for i in range(width)]
    floor = [
        max(stringWidth(w, "Helvetica", 10) for c in column for w in [*c.split(), ""]) + 14
        for column in columns
    ]
    text = [sum(len(c) for c in column) + 1 for column in columns]
    spare = max(total - sum(floor), 0)
    return [f + spare * t / sum(text) for f, t in zip(floor, text, strict=True)]
