"""Attendance lists: "Present:", "Apologies", "In attendance" and the names under them.

Each person found here carries the list it came from (``attendance``: present, apologies,
in attendance or absent) and the initials the list defines for them.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import cache

from ..actions.lexicon import is_word
from ..keywords import scan
from ..layout import Line, split_sentences
from .entries import (
    Entry,
    initials_and_role,
    is_role_phrase,
    names_a_person,
    read_entry,
    singular_role,
    strip_honorifics,
    tier_role,
)
from .finder import PeopleFinder
from .words import (
    BEFORE_INITIALS,
    CAPITAL,
    HONORIFICS,
    INITIALS_RE,
    LOWER,
    is_given_name,
    is_initials_for,
    may_be_given_name,
)

PRESENT, APOLOGIES, IN_ATTENDANCE, ABSENT = "present", "apologies", "in attendance", "absent"

# A list's heading, at the start of a line: "Present:", "**Present**:", "## Participants",
# "PRESENT (six Councillors): -", "In attendance (Secretariat)—", "1. Apologies for Absence".
_LIST_MARKER_RE = re.compile(
    r"(?P<kind>(?:Present\s+)?In\s+the\s+chair|Members present|Councillors present"
    r"|Members in attendance|Those present|Present|Also attending|Attending"
    r"|(?:(?:(?:Community|Parish|Town|County|City|District|Borough)\s+)?(?:Councillors|Cllrs)"
    r"|Staff(?: present)?|Office[- ]?bearers)(?=\s*(?:[:\-–—]|$))|Visitors"
    r"|Attendees|Attend[ae]nce|Participants|Also in attend[ae]nce|In attend[ae]nce|Also present"
    r"|(?:Officers|Officials)(?: present| in attendance)?"
    r"|Apologies(?: for absence)?(?: received)?(?:\s*/\s*Absent)?|Absent|Substitutes?"
    r"|Observers?(?: and speakers)?|Observing|Guests|Board members|Committee members|Members)\b"
    r"(?:\s*\([^()]{0,40}\))?\s*(?:[:\-–—|]+\s*|(?=\s+(?-i:[A-Z]))|$)(?P<rest>.*)$",
    re.IGNORECASE,
)
# A list's heading after a sentence or a dash on a line: "Plenum, 12 March - Attendees:".
_MID_LINE_MARKER_RE = re.compile(
    r"(?:[.;|]|\s[-–—])\s+[*_]*(?P<kind>Attendees|Present|Attendance|Participants|Apologies"
    r"|In attendance|Also present)[*_]*\s*:[*_]*\s*(?=\S)"
)
_MARKER_PREFIX_RE = re.compile(r"[#*_>\s]*(?:\d{1,3}(?:[.)/]|[*_]*\s)\s*)?[*_]*")
_EMPHASIS = "*_"
_MARKER_FIRST = frozenset("0123456789pmcaiobsgtd#*_>|")
_KINDS = (
    ("members in attendance", PRESENT),
    ("apolog", APOLOGIES),
    ("absent", ABSENT),
    ("in attend", IN_ATTENDANCE),  # and "In Attendence"
    ("also", IN_ATTENDANCE),
    ("officer", IN_ATTENDANCE),
    ("official", IN_ATTENDANCE),
    ("staff", IN_ATTENDANCE),
    ("visitor", IN_ATTENDANCE),
    ("observ", IN_ATTENDANCE),
    ("guest", IN_ATTENDANCE),
)

# Lists in prose: "Apologies had been received from ...", "Present were ...".
# Case-insensitive after the first letter, which is a plain character set (a fast scan;
# "İ" and "ı" match "i" case-insensitively) that each alternative checks by look-behind.
_LIST_PROSE_RE = re.compile(
    r"[aArRnNwWiIİıpP](?<!\w[aArRnNwWiIİıpP])(?i:(?<=a)pologies(?:\s+for\s+absence)?\s+"
    r"(?:were|was|had\s+been|have\s+been)\s+(?:received|noted|given|tendered)"
    r"(?:\s+and\s+(?:accepted|noted|approved))?\s+(?:from|by)"
    r"|(?:(?<=r)eceived|(?<=n)oted)\s+apologies(?:\s+for\s+absence)?\s+from"
    r"|(?<=a)pologies\s+from|(?:(?<=w)elcomed|(?<=i)ntroduced)\s+(?:new\s+)?"
    r"(?:[Mm]embers\s+)?including|(?<=p)resent\s+were|(?<=a)ttending\s+were"
    r"|(?<=w)elcome(?:d|s)?(?:\s+new\s+(?:members|volunteers))?(?=\s+[A-Z][a-z]+,))\s+"
)
# A list's separators outside brackets; a line break too, unless it follows an honorific.
_LIST_SEP_RE = re.compile(r"[(),;\n]| and | & | / | \+ |\.(?= [A-Z])")
# Who else came, counted or unnamed: "3 guests", "others", "two members of the public".
_HEAD_COUNT_RE = re.compile(
    r"(?i)(?:\+\s*)?(?:and\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve"
    r"|several|some|a\s+few|many|various|no|other|others|guests?|visitors?|members\s+of)\b"
)
# Where a run-on list changes list: "... Parish Clerk: Peter King In attendance: four ...".
_INLINE_MARKER_RE = re.compile(
    r"(?:^|(?<=[\s.;,]))(?P<kind>In attendance|Also present|Apologies|Absent|Present"
    r"|Officers|Officials|Observing|Observers)\s*:\s*"
    r"|(?:^|(?<=[\s.;,]))(?P<role>(?:[A-Z][\w-]*[ \t]+){0,3}[A-Z][\w-]*)[ \t]*:\s+(?=[A-Z])"
)
_WRAPPED_NAME_RE = re.compile(rf"\s*[{CAPITAL}][{LOWER}'’-]+[ \t]*")
_DOTTED_INITIALS_RE = re.compile(r"(?:[A-Z]\.)+[A-Z]")  # "R.A" before "Kettering"
_NEXT_NAME_RE = re.compile(r"\s+(?:[A-Z][a-z]|[A-Z]\.?\s+[A-Z]|[A-Z]{2,3}\s+[A-Z][a-z])")
_AND_BEFORE_RE = re.compile(r"(?: and | & )$")
_PLURAL_HON_RE = re.compile(r"(?i)(Councillors|Councilors|Cllrs\.?)(?:\s|,\s*(?=[A-Z]))")
_PLURAL_HON_ALONE_RE = re.compile(r"(?i)Councillors|Councilors|Cllrs\.?")
_TRAILING_INITIALS_RE = re.compile(r"\s*\(([A-Z]{2,4})\)\s*$")
_HON_END_RE = re.compile(r"\b(?:Cllrs?|Councillors?|Dr|Mrs?|Ms|Miss|Prof|Professor|Revd?)\.?\s*$")
# The end of the person in a prose list: "Tom Foy (TF) who was unavoidably detained".
_PROSE_TAIL_RE = re.compile(
    r"\s+(?:who|whose|as|because|due|owing|since|for|on|at|to)\s.*$|\s+-\s.*$", re.S
)
# "Minute taker: John Foster" on a line of its own.
_ROLE_COLON_RE = re.compile(
    r"[*_]*(?P<role>[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){0,4})[*_]*[ \t]*:[*_]*[ \t]*(?P<name>.+)"
)
# "Vicky Bright – Clerk and 3 members of the public.": a name, a dash, a role.
_NAME_DASH_ROLE_RE = re.compile(
    r"(?:[A-Z][\w.’'-]*[ \t]+){1,3}[A-Z][\w’'-]*[ \t]+[-–—][ \t]+"
    r"(?P<role>[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,3})(?=[ \t]+and\b|[ \t]*[.,;(]|[ \t]*$)"
)
# "Minutes recorded by: **Michael Kirk**", "Minutes were taken by Seth Tisue (secretary)".
_MINUTED_BY_RE = re.compile(
    r"(?:[Mm]inutes|[Nn]otes)\s+(?:were\s+|was\s+)?(?:recorded|taken|written|kept)\s+by\b[\s:*_]*"
)


def list_kind(marker: str) -> str:
    low = marker.lower()
    return next((kind for word, kind in _KINDS if word in low), PRESENT)


@cache  # asked again for the same lines while lists are read (cleared after)
def _marker(text: str, ln: Line) -> tuple[str, int, str | None] | None:
    """(attendance kind, where the list starts, the role the heading gives) when the line
    opens an attendance list."""
    a = ln.cstart
    m = _MARKER_PREFIX_RE.match(text, a, ln.cend)
    start = m.end() if m else a
    content = text[start : min(ln.cend, start + 300)]
    if _EMPHASIS[0] in content[:40] or _EMPHASIS[1] in content[:40]:
        # "A**pologies**:": read the heading without its emphasis, keep the offsets.
        keep = [i for i, c in enumerate(content) if c not in _EMPHASIS]
        plain = "".join(content[i] for i in keep)
        hm = _LIST_MARKER_RE.match(plain)
        if not hm:
            return None
        rest = keep[hm.start("rest")] if hm.start("rest") < len(keep) else len(content)
        return list_kind(hm.group("kind")), start + rest, _heading_role(hm.group("kind"))
    hm = _LIST_MARKER_RE.match(content)
    if not hm:
        return (
            _titled_heading(text, ln)
            or _body_label(text, start, ln)
            or _offices_present(text, start, ln)
        )
    return list_kind(hm.group("kind")), start + hm.start("rest"), _heading_role(hm.group("kind"))


_PRESENT_WORD_RE = re.compile(r"(?i) (?:present|in attendance|attending)\b")
# "Commissioners present:", "Trustees in attendance -": an office's holders listed.
_OFFICES_PRESENT_RE = re.compile(
    r"(?P<office>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?)[ \t]+(?P<kind>present|in attendance|attending)"
    r"[ \t]*[:\-–—]+[ \t]*",
    re.IGNORECASE,
)


_LIST_PUNCT_RE = re.compile(r"[:\-–—]")


def _offices_present(text: str, start: int, ln: Line) -> tuple[str, int, str | None] | None:
    if not _LIST_PUNCT_RE.search(text, start, ln.cend):
        return None  # (a cheap test first: the heading's colon or dash)
    m = _OFFICES_PRESENT_RE.match(text, start, ln.cend)
    if m is None:
        return None
    one = singular_role(m.group("office"))
    if one == m.group("office") or one.lower().endswith("member"):
        return None  # a plural office only; members are no office
    return list_kind(m.group("kind")), m.end(), one


def _table_head_start(text: str, ln: Line) -> bool:
    """A line that may be a table's header naming people ("Name<TAB>Role", "Role | Name")."""
    return text[ln.cstart] in "nNrR" and (
        "\t" in text[ln.cstart : ln.cend] or "|" in text[ln.cstart : ln.cend]
    )


def _titled_heading(text: str, ln: Line) -> tuple[str, int, str | None] | None:
    """A heading that names the attendance in other words ("#### Introduction of attendees",
    "Roll call:", a table's header "| Name | Organisation |"): a list under it."""
    line = text[ln.start : ln.cend]
    if ("|" in line or "\t" in line) and (
        _TABLE_HEADER_RE.match(line.strip()) or _marks_columns(text, ln)
    ):
        return PRESENT, ln.cend, None
    if ln.cend - ln.cstart > 80:
        return None
    if not (line.lstrip().startswith(("#", "*", "_")) or line.rstrip(" *_").endswith(":")):
        return None
    if _HEADING_WORDS_RE.search(line):
        return list_kind(line), ln.cend, None
    label = line.strip(" \t#*_:")
    one = singular_role(label)
    if one != label and len(label.split()) <= 3 and label[:1].isupper():
        return PRESENT, ln.cend, one  # "Commissioners:" over their names
    return None


_HEADING_WORDS_RE = re.compile(
    r"(?i)\b(?:attendees|attendance|participants|roll\s+call|those\s+present)\b"
)


# "Council: Carol, JP, Mark", "Core team: ...": a body's members listed after its name.
_BODY_LABEL_RE = re.compile(
    r"(?i)(?:[A-Z][\w-]*\s+){0,2}(?:council|board|committee|members|team|staff|trustees"
    r"|directors|governors|panel|maintainers)\s*:\s*(?=\S)"
)


def _body_label(text: str, start: int, ln: Line) -> tuple[str, int, str | None] | None:
    if text.find(":", start, ln.cend) < 0:
        return None  # (a cheap test first)
    m = _BODY_LABEL_RE.match(text, start, ln.cend)
    if m is None or ln.cend - ln.cstart > 400:
        return None
    entries = read_list(text, m.end(), ln.cend, strict=True)
    if entries is None or len(entries) < 2:
        return None
    label = " ".join(text[start : m.end()].rstrip(" \t:").split())
    one = singular_role(label)  # "Council: Mara, Eric Huss": each a member of the Council
    return PRESENT, m.end(), None if one.lower().endswith("member") else one


def _heading_role(kind: str) -> str | None:
    """The role of whoever is listed: "Present in the chair:", "Observers:", "Observing:",
    "Councillors:"."""
    low = kind.lower()
    if low.endswith("chair"):
        return "Chair"
    if low in ("councillors", "cllrs"):
        return "Councillor"
    if low.endswith(("councillors", "cllrs")):
        return f"{kind.split()[0].title()} Councillor"  # "Community councillors:"
    if low.startswith("observ") and "speaker" not in low:
        return "Observing" if low == "observing" else "Observer"
    return None


def attendance_lists(finder: PeopleFinder) -> None:
    """Lists under a heading (on its line, or the lines below it) and lists in prose."""
    text = finder.text
    lines = finder.lines
    i = 0
    n = len(lines)
    while i < n:
        ln = lines[i]
        if ln.blank or ln.cend - ln.cstart > 2000:
            if not ln.blank:
                _run_on_list(finder, ln, ln.cend)
            i += 1
            continue
        mk = None
        if (
            text[ln.cstart].lower() in _MARKER_FIRST
            or text[ln.cend - 1] == ":"
            or _table_head_start(text, ln)
            or _PRESENT_WORD_RE.search(text, ln.cstart, min(ln.cend, ln.cstart + 40))
        ):
            mk = _marker(text, ln)
        if mk is None:
            colon = text.find(":", ln.cstart, ln.cend)
            mid = _MID_LINE_MARKER_RE.search(text, ln.cstart, ln.cend) if colon > 0 else None
            if colon > 0 and ln.cend - ln.cstart > 300:
                _run_on_list(finder, ln, mid.start() if mid else ln.cend)
            if mid is not None:  # "Date: 12 March. Attendees: Tam, Lex"
                i = _inline_list(finder, i, mid.end(), list_kind(mid.group("kind")))
                continue
            i += 1
            continue
        kind, rest, role = mk
        if text[rest : ln.cend].strip(" \t*_:-–—"):
            i = _inline_list(finder, i, rest, kind, role)
            continue
        i = _block_list(finder, i, kind, role)
    _role_lines(finder)
    _name_column(finder)
    _bulleted_names(finder)
    _column_lists(finder)
    _prose_lists(finder)
    _schedule_speakers(finder)
    _shared_letters(finder)
    _marker.cache_clear()


def _shared_letters(finder: PeopleFinder) -> None:
    """ "Evan Lee @evanlee (TSC)", "Rod Hale @rhale (TSC)": letters bracketed after several
    people in the lists are the body they belong to, not each one's initials."""
    counts = Counter(f.initials for f in finder.found if f.initials and f.attendance)
    if not counts or counts.most_common(1)[0][1] < 2:
        return
    for f in finder.found:
        if f.initials and counts[f.initials] > 1 and not is_initials_for(f.initials, f.name or ""):
            f.role = f.role or f.initials
            f.initials = None


# Where a list in a page-long paragraph (a PDF pasted flat) starts, and where prose
# starts again after it: "... 2019 Present: Rhys, Meinir, Gwenllian (Chair) County
# Councillor: Dafydd (taking minutes) Before commencing formal meeting ...".
_RUN_ON_MARKER_RE = re.compile(r"\s(?P<kind>Present|Apologies|In attendance|Attendees)\s*:\s+")
_RUN_ON_END_RE = re.compile(r"\)\s+(?=[A-Z][a-z]+\s+[a-z])|\.\s+(?=[A-Z])|\n")


def _run_on_list(finder: PeopleFinder, ln: Line, before: int) -> None:
    """The first attendance list inside a long line that starts otherwise, up to where prose
    starts again (a bracket or a full stop, then a sentence) and 400 characters at most."""
    text = finder.text
    m = _RUN_ON_MARKER_RE.search(text, ln.cstart, min(before, ln.cstart + 1000))
    if m is None:
        return
    stop = min(ln.cend, m.end() + 400)
    end = _RUN_ON_END_RE.search(text, m.end(), stop)
    cut = stop if end is None else end.start() + (1 if text[end.start()] == ")" else 0)
    for entry, kind in _sub_lists(text, m.end(), cut, list_kind(m.group("kind"))):
        finder.add_entry(entry, kind)


def _inline_list(
    finder: PeopleFinder, i: int, start: int, kind: str, role: str | None = None
) -> int:
    """ "Present: A Smith (Chair), Cllr B Jones, ..." on the heading's line, and on the lines
    of the same paragraph that go on listing names (past one blank line after a comma, as
    in text pasted from PDF); returns the next line to read."""
    text, lines = finder.text, finder.lines
    _, _, j = _logical_line(text, lines, i)
    j += 1
    while j < len(lines) and j <= i + 20:
        nl = lines[j]
        if nl.blank or _marker(text, nl) is not None or nl.cend - nl.cstart > 400:
            break
        probe = read_list(text, nl.cstart, nl.cend, strict=True, tolerate_honorific=True)
        if probe is None:
            break
        j += 1
    end = lines[j - 1].cend
    while end > start and text[end - 1] in " \t|":
        end -= 1  # "Present | Deputy S.R. Bichard, Chairman |": a table's row
    offices = role_bracket_names(text, start, end) if "(" in text[start:end] else None
    for entry in offices or []:  # "Officials: Director (Mr. P. Lyne), Clerk (Ms J. Coyle)"
        finder.add_entry(entry, kind)
    for entry, sub_kind in [] if offices else _sub_lists(text, start, end, kind):
        if role and sub_kind == kind and (entry.role is None or entry.role == "Councillor"):
            entry.role = role
        finder.add_entry(entry, sub_kind)
    return j


def _block_list(finder: PeopleFinder, i: int, kind: str, role: str | None = None) -> int:
    """A heading alone, then one person a line (bulleted, tabbed, a table, "Name, Role"),
    until a blank line after some names or the next heading. A list double-spaced (a blank
    line after every entry, as pasted from PDF) goes on past single blank lines; a role
    on a line of its own ("Chair:", "**Vice-Chair**") heads the names under it."""
    text, lines = finder.text, finder.lines
    spans: list[tuple[int, int]] = []
    read: list[list[Entry]] = []
    roles: list[str | None] = []
    sub_role: str | None = None
    sub_many = False  # the role heads every name under it, not only the next
    heading = True  # blank lines may follow a heading
    j = i + 1
    blanks = 0
    gaps: list[int] = []  # the blank lines before each entry after the first
    heads = _table_heads(text, lines[i])
    marks: list[list[tuple[str, str | None]]] = []  # the columns each row marks
    while j < len(lines) and j <= i + 80:
        nl = lines[j]
        if nl.blank:
            blanks += 1
            j += 1
            continue
        if not heading and blanks and (blanks > 1 or any(g != 1 for g in gaps)):
            break  # a gap in a single-spaced list, or more than one blank line: the end
        if _is_table_rule(text[nl.cstart : nl.cend]):
            heads = _table_heads(text, nl) or heads
            j += 1
            blanks = 0
            continue
        if _marker(text, nl) is not None or nl.cend - nl.cstart > 400:
            break
        a, b, last = _logical_line(text, lines, j)
        entries = read_line(text, a, b)
        if entries is None and read and _NOMINATED_RE.match(text, a, b):
            j = last + 1  # "Nominated by Health Board (Non-Executive Member)" under a member
            continue
        if entries is None:
            sub = _role_heading(text, a, b)
            if sub is None:
                break
            label = text[a:b].strip(" \t*_#:")
            spaced = not blanks or blanks == 1 and all(g == 1 for g in gaps)  # double-spaced
            if sub and read and spaced and _role_under_name(text, a, b, read[-1]):
                read[-1][0].role = sub  # "Cllr Owen Hughes" over "Chairperson": a cell each
                blanks = 0
                j += 1
                continue
            sub_role, heading, blanks = sub or None, True, 0
            sub_many = label.isupper() or label.lower().endswith("s")
            j += 1
            continue
        if spans and not heading:
            gaps.append(blanks)
        spans.append((a, b))
        read.append(entries)
        roles.append(sub_role or role)
        marks.append(_marked_columns(text, a, b, heads) if heads else [])
        if not sub_many:
            sub_role = None  # "Chair": one person; "Advisers", "TOWN": all the names under it
        blanks = 0
        heading = False
        j = last + 1
    if not spans:
        return i + 1
    if _name_role_column(text, spans):  # only a line of two parts reads otherwise
        read = [
            (read_line(text, a, b, pairs_are_roles=True) or []) if len(r) == 2 else r
            for (a, b), r in zip(spans, read, strict=True)
        ]
    for (a, _), entries, list_role, marked in zip(spans, read, roles, marks, strict=True):
        row_kind = next((k for k, _ in marked), kind)
        if kind == PRESENT and _UNTICKED_RE.match(text, a):
            row_kind = ABSENT  # "* [ ] Gordon Bradley, Autodesk" in a roll of members
        marked_roles = ", ".join(r for _, r in marked if r) or None
        for e in entries:
            if list_role and (e.role is None or e.role == "Councillor"):
                e.role = list_role
            if marked_roles:
                e.role = f"{e.role}, {marked_roles}" if e.role else marked_roles
            finder.add_entry(e, row_kind)
    return j


_UNTICKED_RE = re.compile(r"\[ ?\]\s")
_NOMINATED_RE = re.compile(r"(?i)(?:nominated|appointed|elected|representing|substitute)\b")
_MARKS = frozenset({"x", "✓", "✔", "☑", "✗", "yes", "y", "•", "*"})


def _table_heads(text: str, ln: Line) -> list[str] | None:
    """A table's header cells ("| Name | Observing | Chairperson |")."""
    line = text[ln.cstart : ln.cend]
    if ("|" not in line and "\t" not in line) or set(line) <= set("|-:+= \t"):
        return None
    return [text[s:e].strip(" *_") for s, e in _cells(text, ln.cstart, ln.cend)]


def _marks_columns(text: str, ln: Line) -> bool:
    """A table's header whose first column is untitled ("| | Observing | Chairperson |") or
    titled otherwise, and whose other columns are lists or roles to mark."""
    heads = _table_heads(text, ln)
    if not heads or len(heads) < 2 or _column_head(heads[0]) is not None:
        return False
    if not all(_column_head(h) is not None for h in heads[1:]):
        return False
    rows = text[ln.end : ln.end + 400].split("\n")[1:4]  # the first rows after the rule
    return any(cell.strip(" *_").lower() in _MARKS for row in rows for cell in row.split("|"))


def _marked_columns(text: str, a: int, b: int, heads: list[str]) -> list[tuple[str, str | None]]:
    """The (attendance kind, role) of each column a row marks with an "X" or a tick."""
    out = []
    cells = _cells(text, a, b)
    for (s, e), head in zip(cells, heads, strict=False):
        if text[s:e].strip(" *_").lower() in _MARKS and (col := _column_head(head)) is not None:
            out.append(col)
    return out


_ROLE_HEADING_RE = re.compile(
    r"[*_#\s]*(?P<role>[A-Z][\w’'/-]*(?:[ \t]+[\w’'/&-]+){0,4})[*_\s]*:?[*_\s]*"
)


def _role_heading(text: str, a: int, b: int) -> str | None:
    """ "Chair", "**Vice-Chair**:", "Clerk to the Council:", "TOWN COUNCILLORS" alone on a
    line: the role of the names listed under it ("" for a label that gives none, "COUNTY":
    a County Councillor)."""
    m = _ROLE_HEADING_RE.fullmatch(text, a, b)
    if m is None:
        return None
    label = m.group("role")
    if is_role_phrase(label):
        return singular_role(label)  # "Advisers": each an Adviser
    if label.isupper() and len(label.split()) <= 3:
        return tier_role(label) or ""
    return None


def _role_under_name(text: str, a: int, b: int, above: list[Entry]) -> bool:
    """A plain role line (no colon, bullet or emphasis) right under one person with no role
    of their own: that person's role, as a two-column table reads when flattened."""
    line = text[a:b]
    return (
        not line.isupper()
        and len(above) == 1
        and above[0].role in (None, above[0].honorific)
        and not any(c in line for c in ":*_#")
        and not text[text.rfind("\n", 0, a) + 1 : a].strip()
    )


_CONTINUES_RE = re.compile(r"(?:[,;&(]|\band)\s*$")


def _logical_line(text: str, lines: list[Line], j: int) -> tuple[int, int, int]:
    """The entry that starts on line ``j``, with the lines it runs on to (a line ending in a
    comma or "and", or an open bracket; the next starting with a bracket), one blank line
    apart at most: (start, end, index of its last line)."""
    a, b = lines[j].cstart, lines[j].cend
    last = j
    while last - j < 12:
        k = last + 1
        if k < len(lines) and lines[k].blank:
            k += 1
        if k >= len(lines) or lines[k].blank or _marker(text, lines[k]) is not None:
            break
        seg = text[a:b]
        nxt = lines[k]
        if text[nxt.start : nxt.cstart].strip():
            break  # a bullet: the next entry
        if not (
            _CONTINUES_RE.search(seg)
            or seg.count("(") > seg.count(")")
            or text.startswith("(", nxt.cstart)
            or _awaits_bracket(text, a, b)
        ):
            break
        b, last = nxt.cend, k
    return a, b, last


def _awaits_bracket(text: str, a: int, b: int) -> bool:
    """ "Chief Executive (Mr. P. Daly), A/Administrative Officer, Corporate": a list of
    offices with their holders in brackets whose last office goes on to the next line."""
    close = text.rfind(")", a, b)
    opened = text.rfind("(", a, close)
    if close < 0 or opened < 0 or " " not in text[opened:close].strip():
        return False
    tail = text[close + 1 : b].strip(" ,;")
    return (
        bool(tail)
        and tail[-1].isalpha()
        and read_entry(text, opened + 1, close) is not None
        and read_entry(text, close + 1, b) is None
    )


def _name_role_column(text: str, spans: list[tuple[int, int]], least: int = 2) -> bool:
    """Whether a block's "X, Y" lines are a name and its organisation ("James Hale, Morgan
    Grant"), not two names: so when most of three or more are (Y is not written with a
    title or a known given name), or both of two cannot be a name."""
    pairs = [c for a, b in spans if len(c := _split(text, a, b, separators=",;")) == 2]
    if len(pairs) < least:
        return False
    orgs = not_names = 0
    for _, second in pairs:
        e = read_entry(text, *second)
        not_names += e is None
        orgs += e is None or not (e.titled or is_given_name(e.name.split()[0]))
    if least < 2:
        return orgs == len(pairs)
    if len(pairs) >= 3:
        return 2 * orgs >= len(pairs)
    return not_names == len(pairs)


_TABLE_HEADER_RE = re.compile(
    r"(?i)\|?\s*(?:(?:role|position|title|organi[sz]ation)\s*(?:\||\t+)\s*)?"
    r"(?:(?:full|first|member(?:'s)?|attendee(?:'s)?)\s+)?"
    r"(?:names?|attendees?|members?|person|participants?)\s*(?:\||\t|$)"
)


def _is_table_rule(line: str) -> bool:
    """A table's header rule ("|---|---|"), its header ("| Name | Role |"), or a markdown
    code fence ("```") around a pasted list."""
    s = line.strip()
    return bool(s) and (
        set(s) <= set("|-:+= \t") or s.startswith("```") or bool(_TABLE_HEADER_RE.match(s))
    )


def read_line(text: str, a: int, b: int, *, pairs_are_roles: bool = False) -> list[Entry] | None:
    """The people one line of a block list names: "Name, Role, Org" (one person), or
    "Name, Name, Name" (several), or a table row, or "Role (Mr A Name), Role (...)"; None
    if the line is not such an entry. ``pairs_are_roles``: "X, Y" is a name and its role."""
    if "|" in text[a:b] or "\t" in text[a:b]:
        columns = _name_columns(text, a, b) if "|" not in text[a:b] else None
        if columns:
            return columns
        row = read_entry(text, a, b)  # a table row: its cells hold the roles
        return [row] if row is not None else None
    dash = _ORG_DASH_RE.search(text, a, b)
    if dash is not None and (by_org := _org_then_names(text, a, b, dash)) is not None:
        return by_org
    if "," not in text[a:b] and len(_TITLE_START_RE.findall(text, a, b)) > 1:
        run = _titled_run(text, a, b)
        if run:
            return run
    if "(" in text[a:b]:
        offices = role_bracket_names(text, a, b)
        if offices:
            return offices
    if _PLURAL_HON_RE.match(text, a, b):
        return read_list(text, a, b, strict=False)  # "Councillors Byrne, Daly and Keller"
    if _INNER_TITLE_RE.search(text, a, b):
        run_on = read_list(text, a, b, strict=True)  # "Mr H Danvers Mrs P Gilchrist"
        if run_on is not None and len(run_on) > 1:
            return run_on
    chunks = _split(text, a, b, separators=",;")
    if not chunks:
        return None
    first = read_entry(text, *chunks[0])
    if first is None:
        return read_list(text, a, b, strict=True)
    rest = chunks[1:]
    if not rest:
        return [first]
    others = [read_entry(text, s, e) for s, e in rest]
    if " " not in first.name and all(o is not None and " " not in o.name for o in others):
        return [first, *(o for o in others if o is not None)]  # "Greg, Dan, Sarah"
    people = [o for o in others if o is not None and _reads_as_person(o)]
    second_titled = len(rest) == 1 and others[0] is not None and others[0].titled
    if not (pairs_are_roles and len(rest) == 1 and not second_titled) and (
        (first.strong and len(people) == len(rest))
        or (len(rest) >= 2 and 3 * len(people) >= 2 * len(rest))  # a list, one misread
    ):
        # In a list of people, a lone word that is no English word is a first name too.
        return [first, *(o for o in others if o and (o in people or not is_word(o.name)))]
    # The rest of the line is the first person's role ("Gill Brown, Chief Executive, X").
    tail = text[rest[0][0] : rest[-1][1]].strip(" ,;")
    if (verb := _ATTENDED_CLAUSE_RE.search(tail)) is not None:
        tail = tail[: verb.start()]  # "Nia Rowlands, the interim clerk, was in attendance."
    ini = _TRAILING_INITIALS_RE.search(tail)
    if ini:
        first.initials = first.initials or ini.group(1)
        tail = tail[: ini.start()]
    if first.role and first.role != first.honorific and first.role not in HONORIFICS.values():
        first.role = f"{first.role}, {tail}" if tail else first.role
    else:
        first.role = tail or first.role
    return [first]


# The sentence a list line may be: "..., the interim clerk, was in attendance.".
_ATTENDED_CLAUSE_RE = re.compile(
    r"[,;]?\s+(?:was|were|is|are|also|attended|joined|sent|gave)\b.*$", re.S
)
_BRACKETED_RE = re.compile(r"\([^()]*\)")
_ORG_DASH_RE = re.compile(r"[ \t]+[-–—][ \t]+")


def _org_then_names(text: str, a: int, b: int, dash: re.Match[str]) -> list[Entry] | None:
    """ "ILL - Miguel Gonzalez, Paolo Mutti", "Riverside Homes – Ann Lowry (Chair), Bo Dean":
    an organisation, a dash, then its people, each with the organisation as their role
    (beside any role of their own). Not "Jane Evans – Clerk" (a person, then a role) nor
    "JE – Jane Evans" (initials, then their name)."""
    org = text[a : dash.start()].strip()
    if not org or len(org.split()) > 5 or not org[0].isupper() or ":" in org:
        return None
    if is_role_phrase(org):
        return None  # "Clerk – Mrs W Gray": an office (read by the entry)
    if is_role_phrase(_BRACKETED_RE.sub("", text[dash.end() : b])):
        return None  # "GP – Dockside Locality Chair": an office and where it is held
    entries = read_list(text, dash.end(), b, strict=True)
    if not entries or not all(e.strong and (" " in e.name or e.titled) for e in entries):
        return None
    if len(entries) == 1 and is_initials_for(org, entries[0].name):
        return None
    person = read_entry(text, a, dash.start())
    if person is not None and person.strong and not INITIALS_RE.match(org):
        return None  # "Jane Evans – Dee Ross": two people
    for e in entries:
        e.role = f"{org} ({e.role})" if e.role and e.role != e.honorific else org
    return entries


_TITLE_START_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Prof|Professor)\.?[ \t]")


def _titled_run(text: str, a: int, b: int) -> list[Entry] | None:
    """ "Mr M Bell Acting Chair Mr B Sim Non-Executive Director Dr P Vane Medical Director":
    name and role pairs run on with no separator, as trust boards' lists flatten; each
    title starts a person, and each person has a role."""
    starts = [m.start() for m in _TITLE_START_RE.finditer(text, a, b)]
    if starts[0] != a:
        return None
    out = []
    for s, e in zip(starts, [*starts[1:], b], strict=True):
        entry = read_entry(text, s, e)
        if entry is None or not entry.role or entry.role == entry.honorific:
            return None
        out.append(entry)
    return out


_COLUMN_GAP_RE = re.compile(r"\t+| {3,}")


def _name_columns(text: str, a: int, b: int) -> list[Entry] | None:
    """ "Cllr O. Hughes (Chair)<TABS>Cllr P. Lewis": a list laid out in columns, a person
    in each; a column after the first is a person when written with a title or a known
    given name, and no role."""
    cuts = [(m.start(), m.end()) for m in _COLUMN_GAP_RE.finditer(text, a, b)]
    if not cuts:
        return None
    spans = list(zip([a] + [e for _, e in cuts], [s for s, _ in cuts] + [b], strict=True))
    out = []
    for k, (s, e) in enumerate(spans):
        cell = text[s:e].strip()
        if not cell:
            continue
        entry = read_entry(text, s, e)
        if entry is None:
            return None
        if k and (
            is_role_phrase(cell.split("(")[0])
            or not (entry.titled or is_given_name(entry.name.split()[0]))
        ):
            return None
        out.append(entry)
    return out if len(out) > 1 else None


def role_bracket_names(text: str, a: int, b: int) -> list[Entry] | None:
    """ "Chief Executive (Mr. P. Daly), Meetings Administrator (Ms J. Clune)": each office
    followed by its holder's name in brackets; None unless the whole span is such."""
    out: list[Entry] = []
    prev = a
    for m in _BRACKET_NAME_RE.finditer(text, a, b):
        role = text[prev : m.start()].strip(" \t\r\n,;.")
        if not role or len(role) > 120 or not role[0].isupper():
            return None
        entry = read_entry(text, m.start(1), m.end(1))
        if entry is None:
            return None
        if not (is_role_phrase(role) or entry.titled and role[0].isupper()):
            return None  # "PMCE Consultants (Mr. A. Gleeson)": a title makes the name sure
        entry.role = " ".join(role.split())
        out.append(entry)
        prev = m.end()
    if not out or text[prev:b].strip(" \t\r\n,;."):
        return None
    return out


_BRACKET_NAME_RE = re.compile(r"\(([^()]{3,60})\)")


def _reads_as_person(e: Entry) -> bool:
    """An entry that is another person after a name, not the name's organisation ("Steve
    Fisher (SF), STFC, Scientific Computing" names one person, "Maureen Tull, Stan Hobbs"
    two): an honorific, or two name words, or a known given name."""
    return e.titled or " " in e.name or is_given_name(e.name)


def _split(text: str, a: int, b: int, separators: str) -> list[tuple[int, int]]:
    """The spans between ``separators`` outside brackets."""
    out: list[tuple[int, int]] = []
    depth = 0
    cs = a
    for k in range(a, b):
        c = text[k]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and c in separators:
            out.append((cs, k))
            cs = k + 1
    out.append((cs, b))
    return [(s, e) for s, e in out if text[s:e].strip(" \t.*_")]


def read_list(
    text: str, a: int, b: int, *, strict: bool, tolerate_honorific: bool = False
) -> list[Entry] | None:
    """The people of a run-on list "A Smith (Chair), Cllr B Jones and C Brown": names apart,
    a phrase after a name is that person's role. None when the span is not such a list
    (strict: every part must be a name or a role; otherwise most parts)."""
    seg = text[a:b]
    wrapped = seg.count(",") >= 2
    if ";" in seg and "," in seg:
        grouped = _semicolon_groups(text, a, b)
        if grouped is not None:
            return grouped
    chunks: list[tuple[int, int]] = []
    group_ends: set[int] = set()  # chunk indexes a semicolon closes
    depth = 0
    cs = 0
    for m in _LIST_SEP_RE.finditer(seg):
        sep = m.group(0)
        if sep == "(":
            depth += 1
        elif sep == ")":
            depth = max(0, depth - 1)
            # "Lorraine Hunt (LH) Pam Walker (PW)", "M Corbett (MC) H Whitley (HW)": initials
            # close an entry.
            opened = seg.rfind("(", 0, m.start())
            if (
                depth == 0
                and re.fullmatch(r"[A-Z]{2,4}", seg[opened + 1 : m.start()])
                and _NEXT_NAME_RE.match(seg, m.end())
            ):
                chunks.append((cs, m.end()))
                cs = m.end()
        elif depth == 0:
            if sep == "\n" and _HON_END_RE.search(seg, cs, m.start()):
                continue  # "Cllr\nGill Pidgeon": one name over a line break
            if sep == "\n" and wrapped and _WRAPPED_NAME_RE.fullmatch(seg, cs, m.start()):
                continue  # "..., Lou\n Burnard (LB), ...": a comma list wrapped mid-name
            if sep == "." and not _ends_sentence(seg, cs, m.start()):
                continue
            if sep == ";":
                group_ends.add(len(chunks))
            chunks.append((cs, m.start()))
            cs = m.end()
    chunks.append((cs, len(seg)))
    if "   " in seg or "\t" in seg:
        chunks = [piece for s, e in chunks for piece in _spaced_names(text, a, s, e)]
    if _INNER_TITLE_RE.search(seg):
        chunks = _split_at_titles(seg, chunks)
    if tolerate_honorific and _HON_END_RE.search(seg):
        final = chunks.pop()
        tail = _HON_END_RE.search(seg, final[0])
        if tail is not None and seg[final[0] : tail.start()].strip(" ,;"):
            chunks.append((final[0], tail.start()))
    group_role: str | None = None
    entries: list[Entry] = []
    ok = bad = 0
    last: Entry | None = None
    role_run = False  # the previous chunk was already a role of ``last``
    for k, (s, e) in enumerate(chunks):
        chunk = seg[s:e].strip(" \t\u00a0.*_\r\n")
        if not chunk:
            continue
        if _PLURAL_HON_ALONE_RE.fullmatch(chunk):
            group_role = "Councillor"  # "Councillors, Mr Rhodri Parry (Chair), Mrs ..."
            continue
        entry = read_entry(text, a + s, a + e)
        if (
            entry is not None
            and not entry.strong
            and group_role is None
            and last is not None
            and all(" " in e.name for e in entries)  # "Mara, Eric Huss, Mark": one word names
            and (" " in last.name and len(last.name.split()[-1].rstrip(".")) > 1 or last.titled)
            and (is_word(entry.name) or not _person_follows(text, a, chunks, k))
        ):
            entry = None  # "Rose Whalley, Moore and Smalley": one word after a full name
        if entry is None and _HEAD_COUNT_RE.match(chunk):
            continue  # "Lex + 3 guests", "and others": no one named
        if entry is None:
            if (
                last is not None
                and (is_role_phrase(chunk) or not strict or len(chunk) < 60)
                and not names_a_person(chunk)
                and not chunk.endswith(("'s", "’s"))  # "Sketchy's": a place, no role
            ):
                ini = _TRAILING_INITIALS_RE.search(chunk)
                role_txt = _TRAILING_INITIALS_RE.sub("", chunk)
                last.initials = last.initials or (ini.group(1) if ini else None)
                pair = None if is_role_phrase(role_txt) else initials_and_role(role_txt)
                if pair is not None:  # "(JC - Chair)"
                    last.initials = last.initials or pair[0]
                    role_txt = pair[1] or ""
                    if not role_txt:
                        continue
                if role_run and last.role:
                    last.role = f"{last.role}, {role_txt}"
                elif last.role and last.role != last.honorific and _AND_BEFORE_RE.search(seg, 0, s):
                    last.role = f"{last.role} and {role_txt}"  # "Mrs J Bloggs – Clerk and RFO"
                elif not last.role or last.role == last.honorific or last.role == "Councillor":
                    last.role = role_txt
                role_run = True
                continue
            bad += 1
            continue
        role_run = False
        hon_word = _PLURAL_HON_RE.match(chunk.lstrip("-–— "))  # "– Councillors – Mrs J Low"
        if hon_word:
            group_role = HONORIFICS[hon_word.group(1).lower().rstrip(".")]
        elif strip_honorifics(chunk.split("(")[0])[0]:
            group_role = None  # "Mr Alan Shaw" starts a new kind of entry
        elif entry.role is None:
            entry.role = group_role
        if k in group_ends:
            group_role = None
        if entry.shared_role:
            # "Richard Jenkinson, Mufeed Niman and Simon Watkins representing the CCG"
            for prev in reversed(entries):
                if prev.role and prev.role != prev.honorific:
                    break
                prev.role = entry.role
        ok += 1
        entries.append(entry)
        last = entry
    if ok == 0 or (strict and bad > 0) or bad > ok:
        return None
    return entries


_SPACED_RE = re.compile(r" {3,}|\t+")
# A title after a word or a bracket, where a list run together starts its next person.
_INNER_TITLE_RE = re.compile(
    rf"(?<=[\w)])\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Prof|Professor|Senator"
    rf"|Conn[ée]table)\.?[ \t]|Deputy{BEFORE_INITIALS})"
)


def _split_at_titles(seg: str, chunks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A list whose commas part each name from its role, not one person from the next:
    "Deputy P. R. Vautier, Chairman Connétable L. A. Brehaut, Vice Chairman Deputy B Falla",
    or that lacks a comma ("Mr H Danvers Mrs P Gilchrist"): each title after a capitalised
    word or a bracket starts the next person, and the words before it are the previous
    person's role. Not where titles follow each other ("Cllr Mrs Ryan", "County Councillor
    Joseph Davies"), nor in a list that writes the role first ("Vice Chairman Cllr T Hodges,
    Clerk Mrs W Gray")."""
    head = _INNER_TITLE_RE.search(seg, chunks[0][0], chunks[0][1])
    lead = seg[chunks[0][0] : head.start()].strip(" \t*_:-–—") if head else ""
    if lead and is_role_phrase(lead) and singular_role(lead) == lead:
        return chunks
    out: list[tuple[int, int]] = []
    for s, e in chunks:
        for m in _INNER_TITLE_RE.finditer(seg, s, e):
            before = seg[s : m.start()].split()
            prev = before[-1] if before else ""
            word = prev.rstrip(".").lower()
            after_name = prev[:1].isupper() and word not in HONORIFICS and not tier_role(word)
            if not (after_name or prev.endswith(")")):
                continue
            out.append((s, m.start()))
            s = m.start()
        out.append((s, e))
    return out


def _spaced_names(text: str, a: int, s: int, e: int) -> list[tuple[int, int]]:
    """ "T Garside (chair)   P Okafor   JR Lamb": names apart by runs of spaces or tabs, as a
    typed or pasted list lays them out; the chunk's pieces when each is a name of two words
    or a title (not a name and its role in columns), else the chunk whole."""
    seg = text[a + s : a + e]
    cuts = [(m.start(), m.end()) for m in _SPACED_RE.finditer(seg)]
    if not cuts:
        return [(s, e)]
    bounds = zip([0] + [c1 for _, c1 in cuts], [c0 for c0, _ in cuts] + [len(seg)], strict=True)
    pieces = [(s + p0, s + p1) for p0, p1 in bounds if seg[p0:p1].strip()]
    for p0, p1 in pieces:
        piece = text[a + p0 : a + p1]
        entry = read_entry(text, a + p0, a + p1)
        if (
            entry is None
            or not (" " in entry.name or entry.titled)
            or is_role_phrase(piece.split("(")[0])
        ):
            return [(s, e)]
    return pieces


def _person_follows(text: str, a: int, chunks: list[tuple[int, int]], k: int) -> bool:
    """Whether the chunk after chunk ``k`` is surely a person ("..., Tomasz, @dana-li"):
    then a lone word between is a person too, not part of an organisation's name."""
    if k + 1 >= len(chunks) or text[a + chunks[k][0] - 1 : a + chunks[k][0]] not in ",;":
        return False  # "Amir Hassan (AH) Headteacher": the words after a bracket are a role
    nxt = read_entry(text, a + chunks[k + 1][0], a + chunks[k + 1][1])
    return nxt is not None and nxt.strong and (" " in nxt.name or nxt.titled)


def _semicolon_groups(text: str, a: int, b: int) -> list[Entry] | None:
    """ "Ann Lowry, Riverside Homes; Bo Dean, Riverside Trust": semicolons part the people,
    commas a person from their organisation (None unless every group reads so)."""
    groups = _split(text, a, b, separators=";")
    if len(groups) < 2 or not any("," in text[s:e] for s, e in groups):
        return None
    if any(_PLURAL_HON_RE.match(text[s:e].lstrip()) or " and " in text[s:e] for s, e in groups):
        return None  # "Councillors A, B and C; D (Director), E": groups of names
    if not _name_role_column(text, groups, least=1):
        return None
    out: list[Entry] = []
    for s, e in groups:
        got = read_line(text, s, e, pairs_are_roles=True)
        if got is None:
            return None
        out.extend(got)
    return out


def _ends_sentence(seg: str, start: int, dot: int) -> bool:
    """A full stop in a list ends an entry, unless it closes an initial or an honorific."""
    word = seg[start:dot].rsplit(None, 1)[-1] if seg[start:dot].strip() else ""
    return (
        len(word) > 2 and word.lower() not in HONORIFICS and not _DOTTED_INITIALS_RE.fullmatch(word)
    )


def _sub_lists(text: str, a: int, b: int, kind: str) -> list[tuple[Entry, str]]:
    """A run-on list that changes list or names a role on the way: "... Claire Williams.
    Parish Clerk: Peter King In attendance: four members of the public."."""
    parts: list[tuple[int, int, str, str | None, str | None]] = []
    start, role, list_role = a, None, None
    if ":" in text[a:b]:
        for m in _INLINE_MARKER_RE.finditer(text, a, b):
            new_list_role = None
            if m.group("kind"):
                new_kind, new_role = list_kind(m.group("kind")), None
                new_list_role = _heading_role(m.group("kind"))
            elif is_role_phrase(m.group("role")):
                new_kind, new_role = kind, m.group("role")
            elif m.group("role") == "Also":
                new_kind, new_role = kind, None  # "... & Mr D Jenkins. Also: County Cllr X"
            else:
                continue
            parts.append((start, m.start(), kind, role, list_role))
            start, kind, role, list_role = m.end(), new_kind, new_role, new_list_role
    parts.append((start, b, kind, role, list_role))
    out: list[tuple[Entry, str]] = []
    for s, e, part_kind, part_role, part_list_role in parts:
        entries = read_list(text, s, e, strict=False) or []
        if part_role is not None:
            one = singular_role(part_role)  # "Town Councillors: A, B": each a Town Councillor
            # "Parish Clerk: Peter King; Cllrs A, B": the office is the first name's only.
            for entry in entries if one != part_role else entries[:1]:
                entry.role = one
        for entry in entries:
            if part_list_role and (entry.role is None or entry.role == "Councillor"):
                entry.role = part_list_role  # "Observers: Tam, Sol"
        out.extend((entry, part_kind) for entry in entries)
    return out


def _role_lines(finder: PeopleFinder) -> None:
    """ "Minute taker: John Foster", "Clerk – Mrs W Gray": a role and a name on one line."""
    text = finder.text
    for by in scan(_MINUTED_BY_RE, text):
        end = text.find("\n", by.end(), by.end() + 200)
        taker = read_list(text, by.end(), end if end >= 0 else by.end() + 200, strict=False)
        if taker and taker[0].strong:
            taker[0].role = taker[0].role or "Minute taker"
            finder.add_entry(taker[0], None)
    for ln in finder.lines:
        if ln.blank or ln.cend - ln.cstart > 160:
            continue
        line = text[ln.cstart : ln.cend]
        if ":" not in line and " – " not in line and " - " not in line and " — " not in line:
            continue
        if _marker(text, ln) is not None:
            continue
        # "Chair: Cllr A Lowry    Vice-Chair: Cllr B Dean": pairs apart by tabs or spaces.
        for a, b in _pair_spans(text, ln.cstart, ln.cend):
            for entry in _role_and_names(text, a, b):
                finder.add_entry(entry, None)


_PAIR_SEP_RE = re.compile(r"\t+| {3,}|\s*[;|]\s*")


def _pair_spans(text: str, a: int, b: int) -> list[tuple[int, int]]:
    spans, start = [], a
    for m in _PAIR_SEP_RE.finditer(text, a, b):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, b))
    return [(s, e) for s, e in spans if e - s <= 80]


def _role_and_names(text: str, a: int, b: int) -> list[Entry]:
    """ "Minute taker: John Foster", "Scribes: Aapeli, Nicole", "Contact: Mo Ash 01632 960418",
    "Chairman – Cllr J Hale", "Vicky Bright – Clerk and 3 members of the public.": a role
    and the name (or names) of whoever holds it."""
    m = _ROLE_COLON_RE.match(text, a, b)
    if m is not None:
        label = m.group("role")
        if not is_role_phrase(label) and label.lower() != "contact":
            return []
        end = m.end("name")
        if (cut := _CONTACT_DETAILS_RE.search(text, m.start("name"), end)) is not None:
            end = cut.start()  # "Mo Ash  01632 960418", "Mo Ash, mo.ash@riverside.gov.uk"
        entry = read_entry(text, m.start("name"), end)
        if entry is not None and entry.strong:
            entry.role = label
            return [entry]
        several = read_list(text, m.start("name"), end, strict=True) if entry is None else None
        if several is None or len(several) < 2 or any(e.role for e in several):
            return []
        for e in several:
            e.role = singular_role(label)  # "Scribes: Aapeli, Nicole": each a Scribe
        return several
    dash = _NAME_DASH_ROLE_RE.match(text, a, b)
    entry = read_entry(text, a, dash.end("role") if dash is not None else b)
    if entry is None or not entry.strong or not entry.role or not is_role_phrase(entry.role):
        return []
    return [entry]


# A telephone number or an email address after a contact's name.
_CONTACT_DETAILS_RE = re.compile(r"[ \t]*,?[ \t]*(?:\(?\+?\d[\d ()-]{5,}|[\w.-]+@[\w-]+\.[\w.]+)")


def _name_column(finder: PeopleFinder) -> None:
    """A column of names with no heading under the title ("Michael Wedgeworth (Chairman)",
    "John Fell", ...): three or more lines in a row near the top, each one person's name
    alone, most of them starting with a known given name or an honorific."""
    text, lines = finder.text, finder.lines
    run: list[Entry] = []
    seen = 0
    for ln in lines:
        if seen > 40:
            break
        if ln.blank:
            continue
        seen += 1
        entry = _column_entry(text, ln)
        if entry is not None:
            run.append(entry)
            continue
        _take_column(finder, run)
        run = []
    _take_column(finder, run)


def _column_entry(text: str, ln: Line) -> Entry | None:
    line = text[ln.cstart : ln.cend]
    if len(line) > 80 or "," in line:
        return None
    words = line.split("(", 1)[0].split()
    if not 2 <= len(words) <= 9 or not all(w[0].isupper() or w == "/" for w in words):
        return None  # a name's words are all capitalised (a cheap test first)
    entry = read_entry(text, ln.cstart, ln.cend)
    if entry is None or not entry.strong or " " not in entry.name:
        alt = text.find(" / ", ln.cstart, ln.cend)  # "Davina Hanlon / Alex Rocke"
        if alt < 0:
            return None
        entry = read_entry(text, ln.cstart, alt)
        if entry is None or " " not in entry.name:
            return None
    return entry


def _take_column(finder: PeopleFinder, run: list[Entry]) -> None:
    if len(run) < 3:
        return
    known = sum(e.titled or is_given_name(e.name.split()[0]) for e in run)
    if 2 * known < len(run):
        return
    text = finder.text
    for e in run:
        finder.add_entry(e, PRESENT)
        alt = text.find(" / ", e.end, e.end + 80)
        line_end = text.find("\n", e.end)
        if alt >= 0 and (line_end < 0 or alt < line_end):
            other = read_entry(text, alt + 3, line_end if line_end >= 0 else len(text))
            if other is not None:
                finder.add_entry(other, PRESENT)


def _bulleted_names(finder: PeopleFinder) -> None:
    """Bullets that each name one person, with their organisation or role ("- Jeff Orland,
    Tapworks"): under a line ending in a colon, a third of them starting with a known given
    name or a title; or three or more in a row, half of them."""
    text, lines = finder.text, finder.lines
    run: list[tuple[int, int]] = []
    intro = False
    for ln in lines:
        if (
            not ln.blank
            and ln.cend - ln.cstart < 120
            and text[ln.cstart].isupper()
            and text[ln.start : ln.cstart].strip()
            and _may_start_name(text[ln.cstart : ln.cstart + 30])
        ):
            got = read_line(text, ln.cstart, ln.cend, pairs_are_roles=True)
            if got is not None and len(got) == 1 and (" " in got[0].name or got[0].titled):
                run.append((ln.cstart, ln.cend))
                continue
        _take_bullets(finder, run, intro)
        run = []
        intro = not ln.blank and text[ln.cend - 1] == ":" or (ln.blank and intro)
    _take_bullets(finder, run, intro)


def _may_start_name(head: str) -> bool:
    """A cheap first look: a bullet's first word is a title, a known given name or a word of
    a short line's name."""
    first = head.split(None, 1)[0].rstrip(".,:")
    return first.lower() in HONORIFICS or may_be_given_name(first) or "," in head


def _take_bullets(finder: PeopleFinder, run: list[tuple[int, int]], intro: bool) -> None:
    if len(run) < (2 if intro else 3):
        return
    text = finder.text
    firsts = [text[a:b].split(None, 1)[0] for a, b in run]
    known = sum(is_given_name(w) or w.rstrip(".").lower() in HONORIFICS for w in firsts)
    if (3 if intro else 2) * known < len(run):
        return
    for a, b in run:  # each bullet one person, as the run was read
        for e in read_line(text, a, b, pairs_are_roles=True) or []:
            finder.add_entry(e, None)


_TABLE_CELL_SEP_RE = re.compile(r"\t+|\s*\|\s*")


def _cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The cells of a table row (pipes or tabs), as spans; empty ones kept."""
    line = text[a:b]
    if line.startswith("|"):
        line, a = line[1:], a + 1
    if line.endswith("|"):
        line = line[:-1]
    out, start = [], 0
    for m in _TABLE_CELL_SEP_RE.finditer(line):
        out.append((a + start, a + m.start()))
        start = m.end()
    out.append((a + start, a + len(line)))
    return out


def _column_lists(finder: PeopleFinder) -> None:
    """A table whose columns are lists: "| Present | In attendance | Apologies |" (or
    "| Chair | Members | Officers |") over rows of names, a list to each column."""
    text, lines = finder.text, finder.lines
    i = 0
    while i < len(lines):
        ln = lines[i]
        i += 1
        line = text[ln.cstart : ln.cend]
        if ln.blank or ("|" not in line and "\t" not in line) or len(line) > 200:
            continue
        heads = [_column_head(text[s:e].strip(" *_:")) for s, e in _cells(text, ln.cstart, ln.cend)]
        if sum(h is not None for h in heads) < 2 or any(h is None for h in heads):
            continue
        while i < len(lines) and not lines[i].blank:
            row = lines[i]
            i += 1
            if _is_table_rule(text[row.cstart : row.cend]):
                continue
            cells = _cells(text, row.cstart, row.cend)
            for (s, e), head in zip(cells, heads, strict=False):
                if head is None or not text[s:e].strip():
                    continue
                kind, role = head
                for entry in read_list(text, s, e, strict=False) or []:
                    if role and (entry.role is None or entry.role == "Councillor"):
                        entry.role = role
                    finder.add_entry(entry, kind)


def _column_head(cell: str) -> tuple[str, str | None] | None:
    """A table head that names a list: (attendance kind, the role it gives)."""
    m = _LIST_MARKER_RE.fullmatch(cell) if cell else None
    if m is not None and not m.group("rest"):
        return list_kind(m.group("kind")), _heading_role(m.group("kind"))
    if cell and is_role_phrase(cell) and len(cell.split()) <= 3:
        return PRESENT, None if cell.lower().rstrip("s") == "member" else cell
    return None


def _prose_lists(finder: PeopleFinder) -> None:
    """ "Apologies were received from Rolf Krahl and Brian Matthews.": the sentence's names."""
    text, lines = finder.text, finder.lines
    line_starts = [ln.start for ln in lines]
    for m in scan(_LIST_PROSE_RE, text):
        ln = lines[bisect.bisect_right(line_starts, m.start()) - 1]
        if m.end() > ln.cend or ln.cend - ln.cstart > 5000:
            continue
        end = ln.cend
        for s in split_sentences(text, m.end(), ln.cend):
            end = s.end
            break
        tail = _PROSE_TAIL_RE.search(text, m.end(), end)
        if tail is not None:
            end = tail.start()
        kind = APOLOGIES if "pologies" in m.group(0) else PRESENT
        entries = read_list(text, m.end(), end, strict=False) or []
        if m.group(0)[:2].lower() == "we" and len(entries) < 2:
            continue  # "Welcome Wendy, Alec and Pushkar": a list, not one capitalised word
        for entry in entries:
            finder.add_entry(entry, kind)


# "- 12:20–12:30 Dana Reyes - Relocating bottles": a programme's slot, its speaker, a title.
_SLOT_RE = re.compile(
    r"\d{1,2}[:.]\d{2}\s*(?:[-–—]|to)\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?[ \t]+"
    r"(?P<who>[^-–—:|\n]{3,60}?)[ \t]+[-–—:|][ \t]"
)


def _schedule_speakers(finder: PeopleFinder) -> None:
    """Speakers in a programme of timed slots, one a line."""
    text = finder.text
    for ln in finder.lines:
        if ln.blank or not text[ln.cstart].isdigit():
            continue
        m = _SLOT_RE.match(text, ln.cstart, ln.cend)
        if m is None:
            continue
        entry = read_entry(text, m.start("who"), m.end("who"))
        if entry is not None and entry.strong and " " in entry.name:
            finder.add_entry(entry, None)
