"""Word: a landscape document with one real table per section, RAG as cell shading."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clerk_tui.export.layout import column_widths
from clerk_tui.export.table import (
    HEADER_FILL,
    RAG_FILLS,
    Cell,
    Section,
    heading,
    legend,
    sections,
    short_date,
    subheading,
    xml_safe,
)
from clerk_tui.store.sheet import Sheet

if TYPE_CHECKING:
    from docx.shared import Length

FONT = "Arial"
FONT_SIZE_PT = 9
PAGE_CM = (29.7, 21.0)
"""A4 landscape: width, height."""
MARGIN_CM = 1.5
CELL_MARGIN_PT = 5.4
"""Word's default left and right cell margins (0.19 cm each)."""


def write(sheet: Sheet, path: Path) -> None:
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    document = docx.Document()
    document.core_properties.title = xml_safe(heading(sheet))
    page = document.sections[0]
    page.orientation = WD_ORIENT.LANDSCAPE
    page.page_width, page.page_height = Cm(PAGE_CM[0]), Cm(PAGE_CM[1])
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(page, side, Cm(MARGIN_CM))
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(FONT_SIZE_PT)

    document.add_heading(xml_safe(heading(sheet)), level=1)
    document.add_paragraph(xml_safe(subheading(sheet)))
    if note := legend(sheet):
        document.add_paragraph(note)
    usable = Cm(PAGE_CM[0] - 2 * MARGIN_CM)
    for section in sections(sheet):
        document.add_heading(f"{section.title} ({len(section.rows)})", level=2)
        if section.rows:
            _table(document, section, usable)
        else:
            document.add_paragraph("None.")
    document.save(str(path))


def _table(document: Any, section: Section, usable_width: Length) -> None:
    from copy import deepcopy

    from docx.oxml.ns import qn
    from docx.shared import Emu, Pt
    from docx.table import _Cell

    texts = [[_text(value) for value in row] for row in section.rows]
    points = column_widths(
        section.headers,
        texts,
        section.widths,
        section.compact,
        usable_width.pt,
        FONT_SIZE_PT,
        2 * CELL_MARGIN_PT,
    )
    widths = [Emu(int(Pt(w))) for w in points]
    table = document.add_table(rows=1, cols=len(section.headers))
    table.style = "Table Grid"
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    header = table.rows[0]
    _mark(header._tr, "w:tblHeader")
    for tc, text, width in zip(header._tr.tc_lst, section.headers, widths, strict=True):
        cell = _Cell(tc, table)
        cell.width = width
        cell.paragraphs[0].add_run(text).bold = True
        _shade(tc, HEADER_FILL)
    # Rows are copies of one template row, filled through their XML: building each cell
    # with python-docx's API takes seconds for a few thousand actions.
    template = table.add_row()._tr
    _mark(template, "w:cantSplit")
    for tc in template.tc_lst:
        tc.p_lst[0].add_r().add_t("").set(qn("xml:space"), "preserve")
    template.getparent().remove(template)
    text_tag = qn("w:t")
    for texts_row, rag in zip(texts, section.rags, strict=True):
        tr = deepcopy(template)
        table._tbl.append(tr)
        for column, (tc, text) in enumerate(zip(tr.tc_lst, texts_row, strict=True)):
            t = next(tc.iter(text_tag))
            if "\n" in text or "\t" in text:
                run = t.getparent()
                run.remove(t)
                run.text = text  # python-docx writes these as line breaks and tabs
            else:
                t.text = text
            if rag and column in section.rag_columns:
                _shade(tc, RAG_FILLS[rag])


def _text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return short_date(value)
    return xml_safe(str(value))


def _mark(tr: Any, tag: str) -> None:
    """Set a row property such as repeat-as-header (w:tblHeader) or keep-together."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement(tag)
    element.set(qn("w:val"), "true")
    tr.get_or_add_trPr().append(element)


def _shade(tc: Any, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    tc.get_or_add_tcPr().append(shading)
