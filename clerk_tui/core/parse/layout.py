"""Lines and sentences of a minutes text, with offsets into the original string.

Nothing here changes the text: every span is a pair of offsets into the exact input, so
``text[start:end]`` is always the passage itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

from .keywords import lowers_alike, marks_and_their_lines, sub_at

# Whitespace, including the non-breaking and zero-width spaces pasted from web pages.
_WS = " \t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000\ufeff\x0b\x0c"  # noqa: E501
# Bullet glyphs and list markers that start a line; a wiki's icon as its alt text, glued or
# not ("(!)Adrian to create tickets": a warning, "(?)", "(*)", "(i)").
_BULLET_RE = re.compile(
    r"(?:[•·▪◦●○■□➢►\-–—*~o>](?=[\s\u00a0])|v(?=\s+[A-Z])|\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)(?=\s)"
    r"|\([!?*i]\)(?=[A-Z])"
    r"|(?:[a-z]|[ivx]{1,4})[.)](?=\s))[" + _WS + r"]*"
)
TICKS = "✓✔☑☒✅"
"""Marks ticking an item off: ticks, a ticked box (Word's "☒"), the green tick emoji."""
BOX_TICKS = "xX✓✔"
"""What a ticked "[ ]" box holds ("- [x] ...", "[✓]")."""
_LINE_RE = re.compile(r"[^\r\n\x1c\x1d\x1e\x85\u2028\u2029]*")

_ABBREV = {
    "dr",
    "mr",
    "mrs",
    "ms",
    "cllr",
    "prof",
    "st",
    "no",
    "nos",
    "e.g",
    "i.e",
    "eg",
    "ie",
    "etc",
    "vs",
    "v",
    "co",
    "ltd",
    "approx",
    "rev",
    "revd",
    "cf",
    "para",
    "paras",
    "ref",
    "fig",
    "sr",
    "jr",
    "cr",
}
# A sentence may open with a name in markup: "`Molly`_ will ...", "[Sam](...) will ...".
_SENT_END_RE = re.compile(r"[.!?][\"”’')\]]*[" + _WS + r"]+(?=[\"“‘(`\[]?[A-Z0-9£•·])")


class Line(NamedTuple):
    """One line: ``start``/``end`` of the whole line, ``cstart``/``cend`` of its content
    (without surrounding whitespace and leading bullet glyphs); ``blank`` when it has none.
    (A named tuple: made for every line of every parse, and hashed as a cache key.)"""

    index: int  # type: ignore[assignment]  # (the line's number: it hides tuple.index)
    start: int
    end: int
    cstart: int
    cend: int
    blank: bool


class Span(NamedTuple):
    start: int
    end: int


def marker(text: str, ln: Line) -> str:
    """What stands before the line's content: its bullet, number or glyph ("-", "2.", ">"),
    empty for a plain line."""
    return text[ln.start : ln.cstart].strip()


def indent(text: str, ln: Line) -> int:
    """How far the line's bullet or text stands in (a nested bullet's depth; a tab counts
    four spaces)."""
    lead = text[ln.start : ln.cstart].expandtabs(4)
    return len(lead) - len(lead.lstrip())


def hanging_from(
    lines: list[Line], ln: Line, depth: Callable[[Line], int], reach: int
) -> Line | None:
    """The line ``ln`` hangs from: the nearest line above it standing less far in (by
    ``depth``), within ``reach`` lines and with no blank line between; None if there is none."""
    own = depth(ln)
    for k in range(ln.index - 1, max(-1, ln.index - reach), -1):
        prev = lines[k]
        if prev.blank:
            return None
        if depth(prev) < own:
            return prev
    return None


def without_markdown_escapes(text: str) -> str:
    """Minutes converted to Markdown (pandoc) as plain text: an escaped list number "2\\. Welcome"
    as "2.  Welcome", an escaped bullet "\\- item" as " - item", a hard line break's closing
    backslash as a space. Each the same length, so every offset into the text holds."""
    if "\\" not in text:
        return text
    # (a match starts at its backslash, or at its line's start: sub tried every place)
    return sub_at(_MARKDOWN_ESCAPE_RE, _unescaped, text, marks_and_their_lines(text, ("\\",)))


# A Markdown link: "[Update NOTICE](https://...)", its words in group 1.
MD_LINK_RE = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def without_markup(text: str) -> str:
    """Text found, as the clerk reads it: Markdown's bold marks, code quotes and backslash
    escapes taken out ("**Dog bins:** order a \\*new\\* bin" -> "Dog bins: order a *new* bin")."""
    if not any(c in text for c in "*_`\\"):
        return text
    return " ".join(_MARKUP_RE.sub("", text).split())


_MARKUP_RE = re.compile(r"^\\?[*•](?!\*)\s*|\*\*|__(?=\S)|(?<=\S)__|`|\\(?=[^\w\s])")


def _unescaped(m: re.Match[str]) -> str:
    if m.group("number"):
        return m.group("lead") + m.group("number") + ". "
    if m.group("bullet"):
        return m.group("lead") + " " + m.group("bullet")
    return " "


_MARKDOWN_ESCAPE_RE = re.compile(
    r"(?m)^(?P<lead>[ \t]*)(?:(?P<number>\d{1,3})\\\.|\\(?P<bullet>[-*+]))(?=[ \t])|\\$"
)


def lines_after(lines: list[Line], k: int) -> Iterator[Line]:
    """The lines after ``lines[k]``, in order, read only as far as the caller reads: not a
    copy of every line to the end of the text for each heading that reads the few under it
    (``lines[k + 1 :]`` made reading them grow with the text's lines times its headings)."""
    return (lines[j] for j in range(k + 1, len(lines)))


def split_lines(text: str) -> list[Line]:
    """Split into lines (any newline convention), with the content span of each."""
    lines: list[Line] = []
    pos = 0
    n = len(text)
    idx = 0
    while pos <= n:
        m = _LINE_RE.match(text, pos)
        end = m.end() if m else pos
        cs, ce = strip_span(text, pos, end)
        if cs < ce:
            b = _BULLET_RE.match(text, cs, ce)
            if b and b.end() < ce:
                cs = b.end()
            elif text.startswith("<", cs):
                cs, ce = _list_item_content(text, cs, ce)
        lines.append(Line(idx, pos, end, cs, ce, cs >= ce))
        idx += 1
        if end >= n:
            break
        # Skip one newline sequence (\r\n counts as one).
        pos = end + 2 if text.startswith("\r\n", end) else end + 1
    return lines


def _list_item_content(text: str, cs: int, ce: int) -> tuple[int, int]:
    """A list item of notes pasted as HTML ("<li>Sam: book the hall.</li>", "<li><p>..."):
    the item's words, the tags as its bullet glyph and its end."""
    m = _HTML_ITEM_RE.match(text, cs, ce)
    if m is None:
        return cs, ce
    end = _HTML_ITEM_END_RE.search(text, m.end(), ce)
    return m.end(), end.start() if end is not None else ce


def html_heading(text: str, ln: Line) -> Span | None:
    """The words of a heading pasted as HTML ("<h2>Actions</h2>"), or None."""
    if not text.startswith("<", ln.cstart):
        return None  # (a cheap test first)
    m = _HTML_HEADING_RE.fullmatch(text, ln.cstart, ln.cend)
    return Span(m.start("words"), m.end("words")) if m is not None else None


def markup_only(text: str, ln: Line) -> bool:
    """A line of HTML tags and nothing else ("<ol>", "</ul>", "<p></p>")."""
    return (
        text.startswith("<", ln.cstart) and _TAGS_RE.fullmatch(text, ln.cstart, ln.cend) is not None
    )


_HTML_HEADING_RE = re.compile(
    r"(?i)<h[1-6]\b[^<>]{0,200}>\s*(?P<words>[^<>\s](?:[^<>]{0,200}[^<>\s])?)\s*</h[1-6]\s*>"
)
# One HTML tag ("<td>", "</li>", '<p class="x">'); and a run of them with the space between.
_TAG = r"</?[A-Za-z][^<>]{0,200}>"
HTML_TAG_RE = re.compile(_TAG)
_TAGS_RE = re.compile(rf"(?:{_TAG}\s*)+")
# An HTML list item's opening tags (its bullet) and closing tags (at its line's end).
_HTML_ITEM_RE = re.compile(r"(?i)<li\b[^<>]{0,200}>(?:\s*<p\b[^<>]{0,200}>)?\s*(?=[^\s<])")
_HTML_ITEM_END_RE = re.compile(r"(?i)\s*(?:</p\s*>\s*)?</li\s*>$")


_SPACE = frozenset(_WS)
# What strip_span strips: whitespace (any that str.isspace knows is below U+3001) and control
# characters, as one set (a single look-up a character).
_LAST = "\u3000"
_STRIP = frozenset(_WS) | {c for c in map(chr, range(ord(_LAST) + 1)) if c.isspace() or c < " "}


def paragraph_start(text: str, pos: int, most: int) -> int:
    """Where the paragraph holding ``pos`` starts (the blank line before it), looking back
    ``most`` characters at the furthest: the search stops there, not at the text's start."""
    lo = max(pos - most, 0)
    return max(text.rfind("\n\n", lo, pos), lo)


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) to exclude surrounding whitespace and control characters."""
    while start < end and (text[start] in _STRIP or text[start] > _LAST and text[start].isspace()):
        start += 1
    while end > start and (
        text[end - 1] in _STRIP or text[end - 1] > _LAST and text[end - 1].isspace()
    ):
        end -= 1
    return start, end


def split_sentences(text: str, start: int, end: int) -> list[Span]:
    """Sentences of text[start:end] (one line or paragraph), as spans into ``text``. A
    table's cell, a list's item or a paragraph pasted as HTML ends a sentence at its tag
    ("... next workshop</td><td>Romain to ..."), the tags no part of either."""
    if text.find("<", start, end) < 0:
        return _sentences(text, start, end)
    spans: list[Span] = []
    cur = start
    for m in _BLOCK_TAGS_RE.finditer(text, start, end):
        spans.extend(_sentences(text, cur, m.start()))
        cur = m.end()
    spans.extend(_sentences(text, cur, end))
    return spans


# A run of HTML tags that opens or closes a block: a cell, row, table, list item, paragraph,
# heading, line break.
_BLOCK_TAGS_RE = re.compile(
    r"(?:\s*</?(?:td|th|tr|table|thead|tbody|li|ul|ol|p|div|h[1-6]|br)\b[^<>]{0,200}>)+\s*",
    re.IGNORECASE,
)


def _sentences(text: str, start: int, end: int) -> list[Span]:
    spans: list[Span] = []
    cur = start
    for m in _SENT_END_RE.finditer(text, start, end):
        dot = m.start()
        if text[dot] == ".":
            # The word before the full stop: an abbreviation or an initial ends no sentence.
            ws = dot
            while ws > cur and not (text[ws - 1] in _SPACE or text[ws - 1].isspace()):
                ws -= 1
            word = text[ws:dot].lower().lstrip("(\"'“‘")
            if word in _ABBREV or (len(word) == 1 and word.isalpha()):
                continue
        s, e = strip_span(text, cur, dot + 1)
        if s < e:
            spans.append(Span(s, e))
        cur = m.end()
    s, e = strip_span(text, cur, end)
    if s < e:
        spans.append(Span(s, e))
    return spans


_PAGE_NUMBER_RE = re.compile(r"(?i)(?:page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|-\s*\d{1,4}\s*-)")


def page_furniture(text: str, lines: list[Line]) -> set[int]:
    """Indices of page numbers ("Page 3 of 7") and the running header or footer next to
    them (a line repeated beside more than one page number), left by text pasted from PDF."""
    numbers = [
        ln.index
        for ln in lines
        if not ln.blank
        and ln.cend - ln.cstart < 20
        and _PAGE_NUMBER_RE.fullmatch(text, ln.cstart, ln.cend)
    ]
    if not numbers:
        return set()
    out = set(numbers)
    beside: dict[str, list[int]] = {}
    for i in numbers:
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lines) and lines[j].blank:
                j += step
            if 0 <= j < len(lines) and j not in out:
                beside.setdefault(text[lines[j].cstart : lines[j].cend], []).append(j)
    for idxs in beside.values():
        if len(idxs) > 1:
            out.update(idxs)
    return out


_WRAP_END_RE = re.compile(r"[a-z,\d)’'-]$")
# A line ending in a word that cannot end a sentence runs on, whatever the next line's case
# ("... Secretary and" / "Chair to follow up ...").
# An owner's tag closing a line after a sentence: "... to the police. Action - Chair",
# "... the county. ACTION: RB/TK".
_TAG_CLOSE_RE = re.compile(
    r"[.;!?]\s+(?:ACTION|Action)\s*(?:[:\-–—]\s*)?[A-Z][\w’'./&]*(?:\s*[/&,]\s*[A-Z][\w’'./&]*)*$"
)
_OPEN_TAIL_RE = re.compile(r"\b(?:and|or|of|the|to|for|with|a|an|by|from|that|&)$")


def wrapped_runs(
    text: str, lines: list[Line], breaks: set[int], furniture: set[int]
) -> dict[int, int]:
    """Paragraphs hard-wrapped mid-sentence (pasted from PDF): {first line index: last line
    index} for each run. A long line that stops mid-sentence runs on into the next line
    unless that line starts an item or a list entry (``breaks`` are line starts that
    never continue a line); page numbers and running headers in between are skipped, and
    so is the blank line after every line of a PDF copy that double-spaces its lines."""
    runs: dict[int, int] = {}
    n = len(lines)
    double = _double_spaced(lines)
    # A capitalised word runs on only when it could not have fitted on the line before:
    # the longest line is at most the width the text was wrapped to (a table's row and a
    # line of one word, a link, which no wrapping could break, say nothing of that width).
    width = max(
        (
            ln.cend - ln.start
            for ln in lines
            if " " in text[ln.cstart : ln.cend] and not _table_row(text, ln)
        ),
        default=0,
    )
    i = 0
    while i < n:
        ln = lines[i]
        last = i
        while True:
            cur = lines[last]
            if (
                cur.blank
                or cur.cend - cur.cstart < 55
                or not _WRAP_END_RE.search(text, cur.cend - 1, cur.cend)
            ):
                break
            if _table_row(text, cur):
                break
            if _TAG_CLOSE_RE.search(text, max(cur.cstart, cur.cend - 40), cur.cend):
                break  # "... last year. Action - Chair": an owner's tag closes the paragraph
            j = last + 1
            while j < n and (
                j in furniture
                or lines[j].blank
                and (j - 1 in furniture or double and j - 1 == last)
            ):
                j += 1
            if j >= n or lines[j].blank or j in furniture:
                break
            nxt = lines[j]
            raw_start, _ = strip_span(text, nxt.start, nxt.cend)
            quoted = text[raw_start] == ">" and text[cur.start : cur.cstart].strip() == ">"
            if (
                nxt.cstart in breaks
                or raw_start != nxt.cstart  # a bullet glyph (not a quote marker going on)
                and not quoted
                or _ENTRY_START_RE.match(text, nxt.cstart, nxt.cend)
                or _LOWER_LABEL_RE.match(text, nxt.cstart, nxt.cend)
                and _LABEL_RE.match(text, ln.cstart, ln.cend)
            ):
                break  # an item heading, a list entry or a label ("RESOLVED:", "jdoe:" under
                # "Dave: ...": lines each opening with who speaks or acts)
            if not text[nxt.cstart].islower() and not _OPEN_TAIL_RE.search(
                text, max(cur.cstart, cur.cend - 6), cur.cend
            ):
                word = _WORD_RE.match(text, nxt.cstart, nxt.cend)
                if word is None or cur.cend - cur.start + 1 + len(word.group(0)) <= width:
                    break  # a new sentence whose full stop is missing
            last = j
        if last > i and not ln.blank:
            runs[i] = last
            i = last + 1
        else:
            i += 1
    return runs


def _table_row(text: str, ln: Line) -> bool:
    """A line of a table: cells set apart by bars or tabs."""
    return "|" in text[ln.cstart : ln.cend] or _cells_apart(text, ln)


def _cells_apart(text: str, ln: Line) -> bool:
    """A line whose tabs set cells apart (a table's row, which never wraps into the next
    line), not the one tab after a tag or a number opening an entry ("[AB]<tab>Draft the
    notice for ...", "4.<tab>Ask the ...")."""
    tab = text.find("\t", ln.cstart, ln.cend)
    if tab < 0:
        return False
    return _LEAD_TAB_RE.fullmatch(text, ln.cstart, tab) is None or "\t" in text[
        tab : ln.cend
    ].strip("\t ")


# What a tab may follow and still open an entry: a tag in brackets or a number ("[AB] ",
# "(a)", "4.2").
_LEAD_TAB_RE = re.compile(r"\[[^\[\]\t]{1,12}\]\s*|\(?[\dA-Za-z]{1,3}(?:\.\d{1,3})*[.)]?\s*")


def _double_spaced(lines: list[Line]) -> bool:
    """A text whose every line is followed by a blank one (a PDF copy): hardly any two
    lines with words follow each other."""
    full = [ln.index for ln in lines if not ln.blank]
    if len(full) < 20:
        return False
    adjacent = sum(1 for i in full if i + 1 < len(lines) and not lines[i + 1].blank)
    return adjacent < 0.15 * len(full)


_WORD_RE = re.compile(r"\S+")
# A chat log's message opens with its time ("19:02:10", "[19:07]") or its speaker ("<kaz>",
# not an HTML tag).
CLOCK = r"[\[(]?\d{1,2}:\d\d(?::\d\d)?[\])]?"
NICK = r"<(?!/?(?:p|li|br|td|th|tr|div|span|b|i|em|strong)>)[@+]?[^\s<>]{1,30}>"
_ENTRY_START_RE = re.compile(
    rf"\(?(?:\d{{1,3}}|[a-z]|[ivx]{{1,4}})[.)]\s|[A-Z][A-Za-z ]{{0,30}}:|{CLOCK}\s|{NICK}\s"
)
# A label in lower case opening a line, one word and a colon ("jdoe: ..."), and any label
# ("Dave: ...", "jdoe: ...").
_LOWER_LABEL_RE = re.compile(r"[a-z][\w.-]{1,30}\s?:\s")
_LABEL_RE = re.compile(r"[*_]{0,2}[\w@][\w.@ -]{0,30}[*_]{0,2}\s?:[*_]{0,2}\s")
# A message's clock and speaker before its words ("19:02:10 <raj> ", "[19:02] raj: "): a
# task or a follow-up read from the message starts after them.
CHAT_PREFIX_RE = re.compile(
    rf"^\s*(?:{CLOCK}\s+)?{NICK}\s+|^\s*{CLOCK}\s+(?:[a-z][\w.|`-]{{0,29}}:\s+)?"
)


# An agenda entry's time allowance closing its line or sentence: "(10 minutes)", "(Ryan, 5
# mins)", "(5 min presentation)". What a meeting will spend time on, neither task nor follow-up.
TIME_ALLOWED_RE = re.compile(
    r"(?i)\([^()\n]{0,40}\b\d{1,3}\s*(?:minutes?|mins?)\b[^()\n]{0,20}\)[\W_]*$"
)


# A note or table cell that only puts a matter on a coming agenda: "Agenda item", "Next
# agenda", "For the next meeting's agenda" (a follow-up, not a task).
AGENDA_NOTE = (
    r"(?i:(?:an?\s+)?agenda\s+item|(?:on\s+|for\s+)?(?:the\s+)?next\s+(?:meeting[’']?s?\s+)?"
    r"agenda(?:\s+item)?)"
)


# The meeting's own course, neither business nor a time to come back: someone awaited
# ("let's wait for him to join the call"), the farewell ("see you all at the next meeting").
MEETING_COURSE_RE = re.compile(
    r"(?i:\bwait(?:ing)?\s+for\s+(?:[\w’'-]+\s+){1,4}?to\s+(?:join|arrive|dial\s+in|connect)\b"
    r"|\bsee\s+(?:you|everyone|everybody|y[’']?all)(?:\s+all)?\s+(?:at|in|on|next)\b)"
)


# A column head standing alone on its line, as a table pasted one cell per line has them.
COLUMN_HEAD_CELL_RE = re.compile(
    r"(?i)(?:ref\.?|ref(?:erence)?\s+no\.?|no\.?|item|minute|status|rag|update|comments?|"
    r"action(?:s|\s*/\s*decision)?|agreed action|details?|description|task|owners?|lead|"
    r"lead officer|responsible|resp\.?|by whom|who|action by|due|due date|deadline|by when|"
    r"target date|date|timescale|when)"
)


def stacked_table_heads(text: str, lines: list[Line]) -> list[tuple[int, list[str]]]:
    """Tables pasted with each cell on a line of its own: (index of the first row's line,
    the column heads) for each run of two to six lines that are column heads alone."""
    out: list[tuple[int, list[str]]] = []
    nonblank = [ln for ln in lines if not ln.blank]
    # The column heads alone on their lines, by position among the lines with words (a
    # table is a run of them: the heads of every other line need not be read).
    cells: dict[int, str] = {}
    for k, ln in enumerate(nonblank):
        if ln.cend - ln.cstart <= 30:
            cell = text[ln.cstart : ln.cend].strip("*_: ")
            if COLUMN_HEAD_CELL_RE.fullmatch(cell):
                cells[k] = cell
    i = -1
    for k in cells:
        if k < i:
            continue  # in a run already read
        heads: list[str] = []
        i = k
        while i in cells and len(heads) < 6:
            heads.append(cells[i])
            i += 1
        if len(heads) >= 2 and i < len(nonblank):
            out.append((nonblank[i].index, heads))
    return out


def status_notes(text: str, lines: list[Line], runs: dict[int, int]) -> set[int]:
    """Indices of the lines (a wrapped paragraph whole) of a note on the minutes' own status,
    which is no business of the meeting: "These minutes are in draft form until approved at
    the next meeting", "NB These are draft minutes and are subject to correction before
    approval", "these are notes taken by the Clerk and cannot be regarded as the official
    minutes until they are approved and signed"."""
    out: set[int] = set()
    low = text.lower()
    if "draft" not in low and "unconfirmed" not in low and "official minutes" not in low:
        return out
    aligned = lowers_alike(text)  # (then a line's offsets hold in ``low`` too)
    for first, ln in enumerate(lines):
        if ln.blank or first in out:
            continue
        last = runs.get(first, first)
        end = lines[last].cend
        if (
            end - ln.cstart < 400
            and (not aligned or _names_the_minutes(low, ln.cstart, end))
            and _STATUS_NOTE_RE.search(text, ln.cstart, end)
        ):
            out.update(range(first, last + 1))
    return out


def _names_the_minutes(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] holds a word every status note holds (a cheap gate)."""
    return low.find("minutes", start, end) >= 0 or low.find("notes", start, end) >= 0


# The minutes (or notes) in hand called a draft, unconfirmed or not yet official, until an
# approval to come.
_STATUS_NOTE_RE = re.compile(
    r"(?i)\b(?:these|this|the)\s+(?:\w+\s+){0,3}?(?:minutes|notes)\b[^.]{0,120}?"
    r"\b(?:draft|unconfirmed|not\s+(?:yet\s+)?(?:been\s+)?(?:approved|confirmed)|official\s+minutes)"
    r"\b[^.]{0,120}?\b(?:until|before|subject\s+to)\b[^.]{0,60}?\b(?:approv|confirm|sign|ratif"
    r"|adopt)"
)
