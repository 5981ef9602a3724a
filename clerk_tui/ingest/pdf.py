"""PDF: the text in reading order, as the paragraphs and table rows a clerk reads.

pdfplumber (on pdfminer.six) gives each word with its position and finds ruled tables,
whose cells may run over several lines. From those this module:
- puts a ruled table's rows on one line each, cells separated by tabs;
- joins the lines of a paragraph that the page width wrapped (a line is a wrap when the
  next line's first word would not have fitted at its end), joining a word hyphenated at
  the line end;
- drops running headers and footers (the same text at the top or bottom of most pages,
  numbers aside) and page numbers;
- separates words on one line by a tab where a wide gap stands between them (a table
  without rules).
A PDF without a text layer (a scan) is refused in one line.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from clerk_tui.core.source import InputError

BAND = 0.07
"""Running headers and footers sit in this fraction of the page at the top and bottom:
above and below the body's usual margins of 2 cm or more (an A4 page is 29.7 cm)."""
PAGE_NUMBER = re.compile(
    r"^[-–—(\s]*(page\s+)?(\d+|[ivxlc]+)(\s*(of|/)\s*\d+)?[-–—)\s]*$", re.IGNORECASE
)
UNMAPPED_BULLET = re.compile(r"^(\(cid:\d+\)|[\ue000-\uf8ff])\s")
"""A glyph with no Unicode (a Symbol or Wingdings bullet) leading a line."""
UNMAPPED = re.compile(r"\(cid:\d+\)")
HYPHENATED = re.compile(r"([^\W\d_]+)-$")
STARTS_LOWER = re.compile(r"^([a-z]+)")


@dataclass
class Line:
    """A line of text on a page; `cells` > 1 when it is a table row."""

    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    cells: list[str]
    first_word_width: float = 0.0
    table_row: int | None = None
    """The row's index in its ruled table; None for text."""

    @property
    def table(self) -> bool:
        return self.table_row is not None

    @property
    def size(self) -> float:
        return self.bottom - self.top

    @property
    def text(self) -> str:
        return "\t".join(self.cells)


def read_pdf(data: bytes, name: str) -> str:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    pages: list[list[Line]] = []
    heights: list[float] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for number, page in enumerate(pdf.pages):
                pages.append(_page_lines(page, number))
                heights.append(float(page.height))
    except Exception as exc:
        cause = exc.__cause__ or exc.__context__ or exc
        if isinstance(exc, PDFPasswordIncorrect) or isinstance(cause, PDFPasswordIncorrect):
            raise InputError(
                f"{name} is password-protected; save a copy without the password first"
            ) from None
        raise InputError(f"{name} is damaged or not a PDF ({_reason(exc)})") from None
    if not any(pages):
        raise InputError(
            f"{name} has no text layer (a scanned document?); run it through OCR "
            "or paste the minutes' text instead"
        )
    lines = _without_running_text(pages, heights)
    return _reflow(lines)


def _reason(exc: Exception) -> str:
    text = str(exc).splitlines()[0][:80] if str(exc) else ""
    return text or type(exc).__name__


def _page_lines(page: Any, number: int) -> list[Line]:
    tables = [t for t in page.find_tables() if len(t.rows) >= 1 and len(t.columns) >= 2]
    boxes = [t.bbox for t in tables]

    def outside_tables(obj: dict[str, Any]) -> bool:
        if obj.get("object_type") != "char":
            return True
        x = (obj["x0"] + obj["x1"]) / 2
        y = (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)

    text_page = page.filter(outside_tables) if boxes else page
    words = text_page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
    lines = [_line(group, number) for group in _rows_of(words)]
    for table in tables:
        for index, (row, texts) in enumerate(zip(table.rows, table.extract(), strict=True)):
            cells = [" ".join((cell or "").split()) for cell in texts]
            while cells and not cells[-1]:
                cells.pop()
            if any(cells):
                x0, top, x1, bottom = row.bbox
                lines.append(Line(number, top, bottom, x0, x1, cells, table_row=index))
    lines.sort(key=lambda line: (line.top, line.x0))
    return lines


def _rows_of(words: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Words grouped into lines: those whose vertical middles lie within half a line."""
    rows: list[list[dict[str, Any]]] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        middle = (word["top"] + word["bottom"]) / 2
        if rows:
            last = rows[-1]
            last_middle = sum((w["top"] + w["bottom"]) / 2 for w in last) / len(last)
            height = max(w["bottom"] - w["top"] for w in last)
            if abs(middle - last_middle) < height / 2:
                last.append(word)
                continue
        rows.append([word])
    return rows


def _line(words: list[dict[str, Any]], page: int) -> Line:
    words.sort(key=lambda w: w["x0"])
    for word in words:
        word["text"] = UNMAPPED.sub("", UNMAPPED_BULLET.sub("• ", word["text"] + " ")).strip()
    words = [word for word in words if word["text"]] or words
    cells = [words[0]["text"] or "•"]
    for before, word in zip(words, words[1:], strict=False):
        size = word["bottom"] - word["top"]
        gap = word["x0"] - before["x1"]
        if gap > 1.5 * size:  # wider than any justified space: a new column
            cells.append(word["text"])
        else:
            cells[-1] += " " + word["text"]
    return Line(
        page=page,
        top=min(w["top"] for w in words),
        bottom=max(w["bottom"] for w in words),
        x0=words[0]["x0"],
        x1=words[-1]["x1"],
        cells=cells,
        first_word_width=words[0]["x1"] - words[0]["x0"],
    )


def _signature(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _without_running_text(pages: list[list[Line]], heights: list[float]) -> list[Line]:
    """Every line but running headers and footers, page numbers, and a table's header row
    repeated at the top of the next page."""
    edges = [_edge_lines(lines, height) for lines, height in zip(pages, heights, strict=True)]
    repeated = Counter(
        signature for lines in edges for signature in {_signature(line.text) for line in lines}
    )
    needed = max(2, (len(pages) + 1) // 2)
    running = {
        id(line)
        for lines, page in zip(edges, pages, strict=True)
        for line in lines
        if repeated[_signature(line.text)] >= needed
        or PAGE_NUMBER.match(line.text)
        or _set_apart(line, page)
    }
    kept: list[Line] = []
    header_row = ""
    for lines in pages:
        first_row = True
        for line in lines:
            if id(line) in running:
                continue
            going_on = first_row and bool(kept) and kept[-1].table and kept[-1].page < line.page
            if going_on and line.table_row == 0 and line.text == header_row:
                continue  # the header row Word repeats on each page
            first_row = False
            if going_on and line.table and not line.cells[0]:
                _merge_row(kept[-1], line)  # a row that the page break split
                continue
            if line.table_row == 0:
                header_row = line.text
            kept.append(line)
    return kept


def _merge_row(row: Line, rest: Line) -> None:
    """Put the part of a table row carried to the next page back into its cells."""
    width = max(len(row.cells), len(rest.cells))
    padded = [(cells + [""] * width)[:width] for cells in (row.cells, rest.cells)]
    row.cells = [f"{a} {b}".strip() for a, b in zip(*padded, strict=True)]
    while row.cells and not row.cells[-1]:
        row.cells.pop()


def _edge_lines(lines: list[Line], height: float) -> list[Line]:
    """The text lines in the page's header and footer bands, at most two at each edge."""

    def in_band(line: Line) -> bool:
        return not line.table and (line.bottom < height * BAND or line.top > height * (1 - BAND))

    top = [line for line in lines[:2] if in_band(line)]
    return top + [line for line in lines[-2:] if in_band(line) and line not in top]


def _set_apart(line: Line, page: list[Line]) -> bool:
    """True when a wide gap (half as much again as a line's height) parts the line, and
    any lines close beside it, from the page's body text."""
    index = page.index(line)
    above = index < len(page) // 2
    step = 1 if above else -1
    near = index
    while (
        0 <= near + step < len(page) and abs(page[near + step].top - page[near].top) < 2 * line.size
    ):
        near += step
    if not 0 <= near + step < len(page):
        return False  # nothing but the band on this page
    body = page[near + step]
    gap = body.top - page[near].bottom if above else page[near].top - body.bottom
    return gap > 1.5 * max(line.size, body.size)


def _reflow(lines: list[Line]) -> str:
    """Lines as text: the wrapped lines of a paragraph joined; a paragraph a line, as in
    a text file (a blank line only where the page leaves one)."""
    right = _right_margin(lines)
    pitch = _line_pitch(lines)
    out: list[str] = []
    previous: Line | None = None
    for line in lines:
        text = line.text
        if previous is None:
            out.append(text)
        elif _wraps_into(previous, line, right, pitch):
            out[-1] = _join(out[-1], text)
        else:
            if _paragraph_gap(previous, line, 2.5 * pitch) and not (line.table and previous.table):
                out.append("")  # a gap of an empty paragraph or more
            out.append(text)
        previous = line
    return "\n".join(out)


def _line_pitch(lines: list[Line]) -> float:
    """How far apart (top to top, in line heights) the lines of one paragraph stand: the
    closest spacing that recurs (paragraphs may stand further apart)."""
    pitches = Counter(
        round((line.top - previous.top) / previous.size, 1)
        for previous, line in zip(lines, lines[1:], strict=False)
        if line.page == previous.page and not (line.table or previous.table) and previous.size
    )
    recurring = [p for p, n in pitches.items() if n >= max(2, sum(pitches.values()) / 20)]
    return min(recurring) if recurring else 1.2


def _paragraph_gap(previous: Line, line: Line, pitch: float) -> bool:
    if line.page != previous.page or not previous.size:
        return False
    return (line.top - previous.top) / previous.size > pitch * 1.25 + 0.05


def _right_margin(lines: list[Line]) -> float:
    """Where the body text's lines end: the right edge most wrapped lines reach."""
    ends = sorted(line.x1 for line in lines if not line.table and len(line.cells) == 1)
    return ends[int(len(ends) * 0.9)] if ends else 0.0


LIST_MARKER = re.compile(r"^([•·▪‣◦*–-]|\(?[a-z0-9]{1,3}[.)]|\d+(\.\d+)+)\s")
LABEL = re.compile(r"^[A-Z][\w']*(\s[\w']+){0,2}:")
"""'Also present:', 'Action:', 'RESOLVED:': a line led by a label starts anew."""


def _wraps_into(previous: Line, line: Line, right: float, pitch: float) -> bool:
    """True when `line` continues `previous`: the page width, not the writer, broke it."""
    if previous.table or line.table or len(previous.cells) > 1 or len(line.cells) > 1:
        return False
    if _paragraph_gap(previous, line, pitch):
        return False
    text = line.text
    if LABEL.match(text) or (LIST_MARKER.match(text) and previous.text.endswith((".", ":", ";"))):
        return False
    space = previous.size * 0.3
    return previous.x1 + space + line.first_word_width > right - space


def _join(text: str, continuation: str) -> str:
    """Join a wrapped line to the next; 'recom-' + 'mendation' is one word again, but
    'Stoke-on-' + 'Trent' and 'mid-' + '2024' keep their hyphen."""
    hyphen = HYPHENATED.search(text)
    lower = STARTS_LOWER.match(continuation)
    if hyphen and lower:
        return text[:-1] + continuation
    if hyphen:
        return text + continuation
    return text + " " + continuation
