"""Table syntaxes a pasted document brings, each read into rows of cells, for every reader
of tables (the action logs of :mod:`.actions.tables`, the decisions' and forward plans'
tables): a line per row (markdown, org-mode and Textile pipes, MoinMoin's and Confluence's
doubled pipes, DokuWiki's "^" header cells, tabs, space-aligned columns, reStructuredText's
grid and simple tables, a grid's row written over several lines), and the block syntaxes
whose rows span lines (MediaWiki's ``{| ... |}``, AsciiDoc's ``|=== ... |===``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from .context import per_parse


class Row(NamedTuple):
    """A table's row: its cells' text and where it is in the minutes."""

    cells: list[str]
    start: int
    end: int


_ALIGNED_RE = re.compile(r"\S(?: {2,}|\u00a0{2,})\S")
_ALIGNED_GAP_RE = re.compile(r" {2,}|\u00a0{2,}")
_ALIGNED_CELL_RE = re.compile(r"\S+(?: \S+)*")
# A cell's attributes in MoinMoin ("||<-2 style="..."> text||") or MediaWiki
# ('style="color:red" | text').
_MOIN_ATTR_RE = re.compile(r"^<[^<>]{1,80}>\s*")
_WIKI_ATTR_RE = re.compile(
    r"^[\w-]+\s*=\s*[\"'][^\"'|]*[\"'](?:\s+[\w-]+\s*=\s*[\"'][^\"'|]*[\"'])*\s*\|(?!\|)"
)
# Textile's cell marks (Redmine's wiki): a header's "_. ", a span "\\2. ", an alignment "<. ",
# a style "{color:red}. ".
_TEXTILE_ATTR_RE = re.compile(r"^(?:_|[\\/]\d|[<>=^~]|\{[^{}]{0,80}\}|\([^()]{0,40}\)){1,4}\.\s+")
# Emphasis around a whole cell: '''bold''' and ''italic'' (wikis), **bold**, *bold*, _it_.
_CELL_EMPHASIS_RE = re.compile(r"^('{2,3}|\*{1,2}|_{1,2})(?P<c>\S(?:.*\S)?)\1$")


@per_parse  # (a table's cells are read by several rules)
def clean_cell(cell: str) -> str:
    """A cell's words, without its attributes or the emphasis around it."""
    cell = _TEXTILE_ATTR_RE.sub("", _MOIN_ATTR_RE.sub("", cell.strip()))
    cell = _WIKI_ATTR_RE.sub("", cell).strip()
    m = _CELL_EMPHASIS_RE.match(cell)
    return m.group("c").strip() if m else cell


def split_cells(line: str, pipes: int = 2) -> tuple[list[str], str] | None:
    """The cells of a table line and its separator: doubled pipes (MoinMoin's rows,
    Confluence's header, "||Action||Owner||"), DokuWiki's carets ("^ Action ^ Owner ^"),
    pipes (markdown, org-mode, Textile, a grid's row; ``pipes`` of them at least), tabs, or
    aligned columns (two spaces or more between them)."""
    c = line.strip()
    if c.startswith("||") and c.count("||") >= 2:
        return [clean_cell(x) for x in c.strip("|").split("||")], "||"
    if c.startswith("^") and c.count("^") >= 2:  # DokuWiki: "^ Action ^ Owner ^"
        return [clean_cell(x) for x in re.split(r"[\^|]", c.strip("^|"))], "^"
    if c.count("|") >= pipes:
        return [clean_cell(x) for x in c.strip("|").split("|")], "|"
    if line.count("\t") >= 2:
        return [clean_cell(x) for x in line.split("\t")], "\t"
    if ("  " in c or "\u00a0\u00a0" in c) and len(_ALIGNED_RE.findall(c)) >= 2:
        return [clean_cell(x) for x in _ALIGNED_GAP_RE.split(c)], "  "
    return None


def row_cells(line: str, sep: str, head_line: str) -> list[str] | None:
    """A row's cells in the syntax of its header (a Confluence row under "||Head||" has single
    pipes). Aligned columns are placed under the header's words, so an empty cell keeps the
    columns after it in place."""
    if sep == "  ":
        gap = _ALIGNED_GAP_RE.search(line.strip())  # one gap: two cells and the rest empty
        return None if gap is None else _aligned_cells(line, head_line)
    sp = split_cells(line, pipes=1)  # "a | b": a markdown row need not open with a pipe
    if sp is None:
        return None
    if sep in _PIPES:
        return sp[0] if sp[1] in _PIPES else None
    return [clean_cell(x) for x in line.split("\t")]


_PIPES = ("|", "||", "^")  # one family: a row in any of them goes under a header in another


def _aligned_cells(line: str, head_line: str) -> list[str]:
    """The cells of a space-aligned row, each under the header's column it starts nearest
    (an empty cell leaves its column empty); in order when two would share a column."""
    starts = [m.start() for m in _aligned_spans(head_line)]
    cells = [""] * len(starts)
    for m in _aligned_spans(line):
        k = min(range(len(starts)), key=lambda i: abs(starts[i] - m.start()))
        if cells[k]:
            return [clean_cell(x) for x in _ALIGNED_GAP_RE.split(line.strip())]
        cells[k] = clean_cell(m.group())
    return cells


def _aligned_spans(line: str) -> list[re.Match[str]]:
    """The cells of an aligned line: runs of words with single spaces between them."""
    return list(_ALIGNED_CELL_RE.finditer(line.replace("\u00a0", " ")))


# A rule between a table's rows: "|---|:--:|", "+----+----+", "|----+----|", "==== ====".
RULE_ROW_RE = re.compile(r"[\s|:+\-=–—]+")
# A grid table's rule ("+-----+-----+", "+=====+=====+"): the rows between are one row each.
GRID_RULE_RE = re.compile(r"\s*\+(?:[-=:]{2,}\+)+\s*")


def merge_rows(rows: list[list[str]]) -> list[str]:
    """The lines of a grid table's row, cell under cell, as one row."""
    width = max(len(r) for r in rows)
    return [" ".join(r[k] for r in rows if k < len(r) and r[k]) for k in range(width)]


def block_tables(text: str) -> Iterator[list[Row]]:
    """The rows of each MediaWiki and AsciiDoc table in the text, its header row first."""
    if "{|" in text:
        for m in _WIKI_TABLE_RE.finditer(text):
            yield _wiki_rows(text, m.start("body"), m.end("body"))
    if "|===" in text:
        for m in _ADOC_TABLE_RE.finditer(text):
            yield _adoc_rows(text, m)


_WIKI_TABLE_RE = re.compile(r"(?m)^[ \t]*\{\|[^\n]*\n(?P<body>(?:.*\n){0,2000}?)[ \t]*\|\}")


def _wiki_rows(text: str, start: int, end: int) -> list[Row]:
    """MediaWiki's rows: "|-" between them; a cell on each line opening with "|" (header
    cells "!"), or several on one line after "||" ("!!"); a line with neither goes on the
    cell above."""
    rows: list[Row] = []
    cells: list[str] = []
    s = e = -1
    pos = start
    for line in text[start:end].splitlines(keepends=True):
        at, pos = pos, pos + len(line)
        c = line.strip()
        if c.startswith("|-") or c.startswith("|+"):
            if cells:
                rows.append(Row([clean_cell(x) for x in cells], s, e))
            cells, s = [], -1
            continue
        if c.startswith(("|", "!")):
            cells.extend(re.split(r"\|\||!!" if c[0] == "!" else r"\|\|", c[1:]))
        elif c and cells:
            more = c.split("||")  # the cell above goes on, and the row's next cells after it
            cells[-1] += " " + more[0]
            cells.extend(more[1:])
        else:
            continue
        s = at if s < 0 else s
        e = at + len(line.rstrip())
    if cells:
        rows.append(Row([clean_cell(x) for x in cells], s, e))
    return rows


_ADOC_TABLE_RE = re.compile(
    r"(?m)(?:^\[(?P<attrs>[^\]\n]{0,200})\][ \t]*\n)?^\|={3,}[ \t]*\n"
    r"(?P<body>(?:.*\n){0,2000}?)^\|={3,}[ \t]*$"
)
_ADOC_COLS_RE = re.compile(r"""cols\s*=\s*["']?(?:(?P<n>\d+)\*|(?P<list>[^"'\]]+))""")
# A cell's opening pipe, at a line's start or after a space, and its specifier ("2+|", "a|").
_ADOC_CELL_RE = re.compile(r"(?:^|(?<=\s))[\d.+*<>^]{0,5}[adehlmsv]?\|")


def _adoc_rows(text: str, m: re.Match[str]) -> list[Row]:
    """AsciiDoc's rows: cells each opening with "|", on one line or several, as many a row
    as its "cols" attribute says, else as the first line holds."""
    attrs = m.group("attrs") or ""
    cols = _ADOC_COLS_RE.search(attrs)
    width = 0
    if cols is not None:
        width = int(cols.group("n")) if cols.group("n") else len(cols.group("list").split(","))
    cells: list[tuple[str, int, int]] = []  # each cell's words and span
    pos = m.start("body")
    for line in text[m.start("body") : m.end("body")].splitlines(keepends=True):
        at, pos = pos, pos + len(line)
        bars = list(_ADOC_CELL_RE.finditer(line))
        if not bars:
            if line.strip() and cells:
                words, s, _ = cells[-1]
                cells[-1] = (words + " " + line.strip(), s, at + len(line.rstrip()))
            continue
        if not width:
            width = len(bars)
        for k, bar in enumerate(bars):
            stop = bars[k + 1].start() if k + 1 < len(bars) else len(line.rstrip())
            cells.append((line[bar.end() : stop].strip(), at + bar.start(), at + stop))
    return [
        Row([clean_cell(c[0]) for c in cells[k : k + width]], cells[k][1], cells[k + width - 1][2])
        for k in range(0, len(cells) - width + 1, width)
    ]
