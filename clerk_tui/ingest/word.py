"""Word (.docx): the body as Word shows it with every tracked change accepted.

Paragraphs come in order, each on its line, led by its list number as Word draws it
("13.1", "(a)", "•"); a table row is one line with its cells separated by tabs. Headers,
footers, comments, footnotes, text boxes, hidden text and deleted text are left out.
python-docx opens the package; the text is read from its XML because python-docx's
`Paragraph.text` skips inserted (tracked) runs and knows no list numbering.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from clerk_tui.core.source import InputError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
SKIPPED = {
    f"{W}del",  # deleted text (tracked): accepted means gone
    f"{W}moveFrom",  # moved-away text (tracked)
    f"{W}txbxContent",  # text boxes float outside the reading order
    MC_FALLBACK,  # a copy of the drawing above it for older readers
    f"{W}pPr",  # paragraph properties (tab stops are w:tab too)
    f"{W}rPr",
}
"""Elements whose text Word does not show in the body."""


def read_docx(data: bytes, name: str) -> str:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        body = document.element.body
        numbering = Numbering.load(document)
    except Exception as exc:  # zip, XML or package errors all mean the same to a clerk
        raise InputError(f"{name} is damaged or not a Word document ({_reason(exc)})") from None
    lines: list[str] = []
    _block(body, numbering, lines)
    return "\n".join(lines)


def _reason(exc: Exception) -> str:
    return str(exc).splitlines()[0][:80] if str(exc) else type(exc).__name__


def _block(container: Any, numbering: Numbering, lines: list[str]) -> None:
    """Paragraphs and tables of a body, cell or content control, in order."""
    for child in container.iterchildren():
        tag = child.tag
        if tag == f"{W}p":
            text = _paragraph(child, numbering)
            if text is not None:
                lines.append(text)
        elif tag == f"{W}tbl":
            lines.extend(_table(child, numbering))
        elif tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml"):
            _block(child, numbering, lines)


def _paragraph(p: Any, numbering: Numbering) -> str | None:
    """The paragraph's text led by its list number; None for a paragraph that a tracked
    deletion removed whole."""
    text = "".join(_runs(p))
    if not text.strip() and p.find(f"{W}pPr/{W}rPr/{W}del") is not None:
        return None
    label = numbering.label(p)
    return f"{label} {text.strip()}" if label and text.strip() else text.rstrip()


def _runs(element: Any) -> list[str]:
    parts: list[str] = []
    for child in element.iterchildren():
        tag = child.tag
        if tag in SKIPPED or (tag == f"{W}sdt" and _placeholder(child)):
            continue
        if tag == f"{W}t":
            parts.append(child.text or "")
        elif tag in (f"{W}tab", f"{W}ptab"):
            parts.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            parts.append("\n")
        elif tag == f"{W}noBreakHyphen":
            parts.append("-")
        elif tag == f"{W}r" and _hidden(child):
            continue
        else:
            parts.extend(_runs(child))
    return parts


def _hidden(run: Any) -> bool:
    vanish = run.find(f"{W}rPr/{W}vanish")
    return vanish is not None and vanish.get(f"{W}val", "true") not in ("false", "0", "off")


def _placeholder(sdt: Any) -> bool:
    """A content control still showing its 'Click or tap here' prompt."""
    return sdt.find(f"{W}sdtPr/{W}showingPlcHdr") is not None


def _table(tbl: Any, numbering: Numbering) -> list[str]:
    rows = []
    for tr in _children(tbl, "tr"):
        if tr.find(f"{W}trPr/{W}del") is not None:
            continue
        cells = [_cell(tc, numbering) for tc in _children(tr, "tc")]
        while cells and not cells[-1]:
            cells.pop()
        if cells:
            rows.append("\t".join(cells))
    return rows


def _children(element: Any, name: str) -> list[Any]:
    """Rows of a table or cells of a row, also those wrapped in content controls."""
    found = []
    for child in element.iterchildren():
        if child.tag == f"{W}{name}":
            found.append(child)
        elif child.tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml"):
            found.extend(_children(child, name))
    return found


def _cell(tc: Any, numbering: Numbering) -> str:
    merge = tc.find(f"{W}tcPr/{W}vMerge")
    if merge is not None and merge.get(f"{W}val", "continue") == "continue":
        return ""  # the lower part of a vertically merged cell: its text is above
    lines: list[str] = []
    _block(tc, numbering, lines)
    return " ".join(" ".join(line.split()) for line in lines if line.strip())


# --- list numbering ----------------------------------------------------------------------


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    legal: bool = False
    restart: int | None = None
    """Restart after this (0-based) level is used; None means after any higher level."""


@dataclass
class ListInstance:
    """A w:num: which abstract list it counts in, and its 'restart numbering' overrides."""

    abstract_id: str
    starts: dict[int, int] = field(default_factory=dict)
    levels: dict[int, Level] = field(default_factory=dict)


@dataclass
class Numbering:
    """numbering.xml and the styles that number paragraphs, with the running counters.

    Lists that share an abstract definition share their counters, as in Word, unless a
    list restarts a level (w:startOverride) when its first paragraph comes.
    """

    levels: dict[str, dict[int, Level]] = field(default_factory=dict)
    """abstractNumId -> level -> definition."""
    lists: dict[str, ListInstance] = field(default_factory=dict)
    """numId -> its list."""
    style_numbering: dict[str, tuple[str | None, int | None]] = field(default_factory=dict)
    """paragraph styleId -> (numId, level), from the style or those it is based on."""
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    started: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, document: Any) -> Numbering:
        numbering = cls()
        for rel in document.part.rels.values():
            if rel.reltype.endswith("/numbering") and not rel.is_external:
                numbering._read_definitions(rel.target_part.element)
        numbering._read_styles(document.styles.element)
        return numbering

    def _read_definitions(self, root: Any) -> None:
        for abstract in root.iterchildren(f"{W}abstractNum"):
            self.levels[_val(abstract, "abstractNumId")] = {
                _int(_val(lvl, "ilvl"), 0): _level(lvl) for lvl in abstract.iterchildren(f"{W}lvl")
            }
        for num in root.iterchildren(f"{W}num"):
            instance = ListInstance(_val(num.find(f"{W}abstractNumId"), "val"))
            for override in num.iterchildren(f"{W}lvlOverride"):
                ilvl = _int(_val(override, "ilvl"), 0)
                start = override.find(f"{W}startOverride")
                if start is not None:
                    instance.starts[ilvl] = _int(_val(start, "val"), 1)
                lvl = override.find(f"{W}lvl")
                if lvl is not None:
                    instance.levels[ilvl] = _level(lvl)
            self.lists[_val(num, "numId")] = instance

    def _read_styles(self, root: Any) -> None:
        own: dict[str, tuple[str | None, int | None, str | None]] = {}
        for style in root.iterchildren(f"{W}style"):
            num_pr = style.find(f"{W}pPr/{W}numPr")
            based = style.find(f"{W}basedOn")
            own[_val(style, "styleId")] = (
                _val(num_pr.find(f"{W}numId"), "val") or None if num_pr is not None else None,
                _opt_int(_val(num_pr.find(f"{W}ilvl"), "val")) if num_pr is not None else None,
                _val(based, "val") or None,
            )
        for style_id in own:
            num_id, ilvl, based, seen = None, None, style_id, set()
            while based in own and based not in seen:
                seen.add(based)
                base_num, base_lvl, next_based = own[based]
                num_id = num_id if num_id is not None else base_num
                ilvl = ilvl if ilvl is not None else base_lvl
                based = next_based
            if num_id is not None:
                self.style_numbering[style_id] = (num_id, ilvl)

    def label(self, p: Any) -> str:
        """The number Word draws before paragraph `p` ('' for none), counting it."""
        num_id, ilvl = self._numbering_of(p)
        instance = self.lists.get(num_id or "")
        if instance is None:
            return ""
        levels = {**self.levels.get(instance.abstract_id, {}), **instance.levels}
        level = levels.get(ilvl)
        if level is None:
            return ""
        counters = self.counters.setdefault(instance.abstract_id, {})
        if num_id not in self.started:
            self.started.add(num_id or "")
            for lvl, start in instance.starts.items():
                counters[lvl] = start - 1
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper, definition in levels.items():
            if deeper > ilvl and (definition.restart is None or ilvl <= definition.restart):
                counters.pop(deeper, None)
        if level.fmt == "bullet":
            return "•"

        def number(index: int) -> str:
            definition = levels.get(index, Level())
            value = counters.get(index, definition.start)
            return format_number(value, "decimal" if level.legal else definition.fmt)

        text = level.text
        for index in range(9, 0, -1):
            if f"%{index}" in text:
                text = text.replace(f"%{index}", number(index - 1))
        return text.strip()

    def _numbering_of(self, p: Any) -> tuple[str | None, int]:
        p_pr = p.find(f"{W}pPr")
        if p_pr is None:
            return None, 0
        num_id: str | None = None
        ilvl: int | None = None
        num_pr = p_pr.find(f"{W}numPr")
        if num_pr is not None:
            num_id = _val(num_pr.find(f"{W}numId"), "val") or None
            ilvl = _opt_int(_val(num_pr.find(f"{W}ilvl"), "val"))
        style_num, style_lvl = self.style_numbering.get(
            _val(p_pr.find(f"{W}pStyle"), "val"), (None, None)
        )
        return (num_id if num_id is not None else style_num), (
            ilvl if ilvl is not None else style_lvl or 0
        )


def _level(lvl: Any) -> Level:
    def prop(name: str) -> str | None:
        element = lvl.find(f"{W}{name}")
        return _val(element, "val") if element is not None else None

    restart = prop("lvlRestart")
    return Level(
        start=_int(prop("start"), 1),
        fmt=prop("numFmt") or "decimal",
        text=prop("lvlText") or "",
        legal=lvl.find(f"{W}isLgl") is not None,
        restart=None if restart is None else _int(restart, 1) - 1,
    )


def _val(element: Any, name: str) -> str:
    return "" if element is None else element.get(f"{W}{name}", "")


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _opt_int(value: str) -> int | None:
    return _int(value, 0) if value else None


ROMAN = [
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
]


def format_number(value: int, fmt: str) -> str:
    """A list counter in one of Word's number formats (w:numFmt)."""
    if fmt in ("lowerLetter", "upperLetter"):
        # Word goes a..z, aa..zz, aaa..: the letter repeated, not base 26.
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1) if value > 0 else ""
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman") and value > 0:
        out, rest = "", value
        for amount, numeral in ROMAN:
            while rest >= amount:
                out, rest = out + numeral, rest - amount
        return out.upper() if fmt == "upperRoman" else out
    if fmt == "none":
        return ""
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)
