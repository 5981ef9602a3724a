"""A council's responses to planning applications: "25/00418/HOU – 7 Orchard Close – No
objection", "Response: Support", "H17-0102-25 Mill Lane extension-support", one per
application of a run-on list."""

from __future__ import annotations

import re

from ..context import Context, line_end, line_of, lines_with
from ..layout import Line
from .found import RESOLUTION, Found
from .outcomes import (
    no_objection,
)

# A planning application's reference: "25/00418/HOU", "DC/24/0123", "P/2024/0456/FUL", or
# with hyphens: "H15-0575-21", "H15- 0726-21", "24-00418-FUL". (Letters and digits both:
# "12/03/2024" is a date.)
_HYPHEN_REF = r"\b(?:[A-Z]{1,4}\d{0,3}-\s?\d{3,6}-\d{2,4}|\d{2,4}-\d{3,6}-[A-Z]{2,4})\b"
_HYPHEN_REF_RE = re.compile(_HYPHEN_REF)
# Its middle part, which every such reference holds (found by its "-", fast).
_HYPHEN_CORE = r"-\s?\d{3,6}-"
_HYPHEN_CORE_RE = re.compile(_HYPHEN_CORE)
_PLANNING_REF_RE = re.compile(
    r"\b(?=[A-Z0-9/]*\d\d)(?=[A-Z0-9/]*[A-Z])[A-Z0-9]{1,6}(?:/[A-Z0-9]{1,8}){2,3}\b|" + _HYPHEN_REF
)
# Its middle part, which starts with a plain "/" or "-": a fast test before the full one.
_REF_CORE_RE = re.compile(r"/[A-Z0-9]{1,8}/|" + _HYPHEN_CORE)
# A council's response to it: "No objection", "Support", "Object – overdevelopment",
# "Comments: no observations", "Recommend refusal".
_RESPONSE_RE = re.compile(
    r"(?i)^\W*(?:(?:response|comments?|observations?|decision|recommendation|resolved|agreed"
    r"|council\W?s?\s+(?:response|comments?))\W+)?(?:no\s+objections?|no\s+comments?|no\s+observations"
    r"|support(?:ed|s)?|object(?:ion|ions|s|ed)?|approve[ds]?|refuse[ds]?|recommend(?:ed)?\s+(?:approval"
    r"|refusal)|neutral)(?:\W*$|\s*[,–—(-]|\s+(?:subject|provided|on\s+the\s+grounds|due|because|as"
    r"|but|with|in\s+principle|to\s+the\s+(?:application|proposal)))"
)
# (a dash typed with no space before it too, after a word: "... roof covering- support",
# "...render-support"; not "pre-approved")
_RESPONSE_SPLIT_RE = re.compile(r"\s*(?:\||\t|[.;]\s+|\s[–—-]\s|(?<=[a-z]{4})-|:\s)\s*")
# "The Council raised no objection to the application", "Members resolved to support it",
# "Members objected on the grounds of overdevelopment".
_RESPONSE_SENTENCE_RE = re.compile(
    r"(?i)\b(?:council|councillors|members|committee|we)\s+(?:would\s+|will\s+|resolved\s+to\s+"
    r"|agreed\s+to\s+|decided\s+to\s+|unanimously\s+)?(?:support(?:s|ed)?\s+(?:(?:the|this"
    r"|these)\s+)?(?:application|proposal|plans?)|object(?:s|ed)?\s+(?:to|on\s+the\s+grounds)"
    r"|(?:raise[sd]?|ha[sd]|have)\s+no\s+"
    r"objections?)\b"
)


def _responds(c: str, *, skip_first: bool) -> bool:
    """Whether a line gives a response to a planning application: a part of it ("... – No
    objection.", "| Support |", "Response: Object – loss of light") that opens with one, or a
    sentence saying the council supports or objects."""
    parts = _RESPONSE_SPLIT_RE.split(c)
    for part in parts[1:] if skip_first else parts:
        if (len(part.split()) <= 20 and _RESPONSE_RE.match(part)) or no_objection(part):
            return True
    return bool(_RESPONSE_SENTENCE_RE.search(c))


# "b. 18/00734/F": a lettered or numbered application inside a run-on paragraph.
_APPLICATION_START_RE = re.compile(
    r"(?:(?<=\s)|^)\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]\s+(?=[A-Z0-9]{1,6}/[A-Z0-9]{1,8}/)"
)


def _applications(text: str, start: int, cstart: int, end: int) -> list[tuple[int, int]]:
    """The parts of a line (text[start:end], its content from ``cstart``) that each list one
    application ("a. 18/0087/F ... No objections raised. b. 18/0073/F ..."): the content
    whole when it lists one."""
    marks = [m.start() for m in _APPLICATION_START_RE.finditer(text, start, end)]
    if len(marks) < 2:
        return [(cstart, end)]
    return list(zip(marks, [*marks[1:], end], strict=True))


def _reference_lines(ctx: Context) -> list[int]:
    """The lines that may hold an application's reference: those with a "/", and those with a
    reference in hyphens."""
    rows = set(lines_with(ctx, "/"))
    if _HYPHEN_CORE_RE.search(ctx.text):  # (a fast test first: few minutes hold one)
        rows.update(line_of(ctx, m.start()) for m in _HYPHEN_REF_RE.finditer(ctx.text))
    return sorted(rows)


def _application_end(ctx: Context, ln: Line) -> int:
    """Where an application's line ends: its paragraph's end (a line wrapped on), or the end
    of the line before one that opens with another reference ("... conversion-support (Cllr
    Dean left the room)" / "H17-0391-25 ...": two applications, not a line wrapped on)."""
    last = ctx.runs.get(ln.index)
    if last is None:
        return ln.cend
    lines = ctx.lines
    for j in range(ln.index + 1, last + 1):
        nxt = lines[j]
        if not nxt.blank and _PLANNING_REF_RE.match(ctx.text, nxt.cstart, nxt.cend):
            return lines[j - 1].cend
    return lines[last].cend


def planning_responses(ctx: Context, found: Found) -> None:
    """A council's response to each planning application listed: the application's line
    (with its reference, "25/00418/HOU – 7 Orchard Close – rear extension") and the response
    on it or on a line just under it ("No objection.", "Response: Support", "Object –
    overdevelopment"), in prose, lists or table rows."""
    text = ctx.text
    lines = ctx.lines
    item_starts = set(ctx.item_starts)
    for i in _reference_lines(ctx):
        ln = lines[i]
        if ln.blank or not _REF_CORE_RE.search(text, ln.cstart, ln.cend):
            continue
        if not _PLANNING_REF_RE.search(text, ln.cstart, ln.cend):
            continue
        end = _application_end(ctx, ln)
        parts = _applications(text, ln.start, ln.cstart, end)
        if len(parts) > 1:  # "a. 18/0087/F ... No objections. b. 18/0073/F ..."
            for a, b in parts:
                if _responds(text[a:b], skip_first=False):
                    found.add(a, b, RESOLUTION)
            continue
        if ln.cstart in item_starts:
            continue  # an item's heading ("TB/24/061 Board Assurance Framework") is no response
        if _responds(text[ln.cstart : end], skip_first=True):
            found.add(ln.cstart, end, RESOLUTION)
            continue
        # The response on one of the next lines, before the next application or item (a
        # blank line between them at most: "... Low Road 09/01119/F" / "" / "Parish Council
        # supports application").
        j = i + 1
        apart = j + 1 < len(lines) and lines[j].blank and not lines[j + 1].blank
        if apart:
            j += 1
        while j < len(lines) and j <= i + 4 and not lines[j].blank:
            nl = lines[j]
            c = text[nl.cstart : line_end(ctx, nl)]
            if apart and j == i + 2 and len(c.split()) <= 12 and _RESPONSE_SENTENCE_RE.search(c):
                # a short line of its own, read as a heading: "Parish Council supports
                # application"
                found.add(nl.cstart, line_end(ctx, nl), RESOLUTION)
                break
            if nl.cstart in item_starts or _PLANNING_REF_RE.search(c):
                break
            if _responds(c, skip_first=False):
                found.add(ln.cstart, line_end(ctx, nl), RESOLUTION)
                break
            j += 1
