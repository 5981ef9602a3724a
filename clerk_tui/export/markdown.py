"""Markdown: a heading and one pipe table per section, for email or a wiki."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from clerk_tui.core.status import Rag
from clerk_tui.export.table import Cell, heading, legend, sections, short_date, subheading
from clerk_tui.store.sheet import Sheet

RAG_MARKS: dict[Rag, str] = {"red": "🔴", "amber": "🟠", "green": "🟢"}
"""Colour beside the RAG text, for readers whose viewer renders emoji."""


def write(sheet: Sheet, path: Path) -> None:
    path.write_text(render(sheet), encoding="utf-8", newline="\n")


def render(sheet: Sheet) -> str:
    lines = [f"# {escape(heading(sheet))}", "", escape(subheading(sheet))]
    if note := legend(sheet):
        lines += ["", escape(note)]
    for section in sections(sheet):
        lines += ["", f"## {section.title} ({len(section.rows)})", ""]
        if not section.rows:
            lines.append("None.")
            continue
        lines.append("| " + " | ".join(section.headers) + " |")
        lines.append("|" + "|".join(" --- " for _ in section.headers) + "|")
        rag_at = section.headers.index("RAG") if "RAG" in section.headers else None
        for row, rag in zip(section.rows, section.rags, strict=True):
            cells = [_cell(value) for value in row]
            if rag and rag_at is not None:
                cells[rag_at] = f"{RAG_MARKS[rag]} {cells[rag_at]}"
            lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def escape(text: str) -> str:
    """Text that stays inside its table cell and is not read as HTML or a line break."""
    text = text.replace("\\", "\\\\").replace("|", "\\|")
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    return " ".join(text.split())


def _cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return short_date(value)
    return escape(str(value))
