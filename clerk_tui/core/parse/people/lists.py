"""Attendance lists: "Present:", "Apologies", "In attendance" and the names under them.

Each person found here carries the list it came from (``attendance``: present, apologies,
in attendance or absent) and the initials the list defines for them.
"""

from __future__ import annotations

import re
from collections import Counter

from ..actions.lexicon import is_word
from ..layout import Line, marker
from .entries import Entry, is_role_phrase, read_entry, singular_role
from .finder import PeopleFinder
from .list_heads import (
    ABSENT,
    IN_ATTENDANCE,
    PRESENT,
    column_head,
    group_role,
    heading_role,
    is_table_rule,
    list_kind,
    list_marker,
    marked_columns,
    role_heading,
    table_cells,
    table_heads,
)
from .list_names import name_role_column, read_line, read_list, role_bracket_names
from .loose_lists import bulleted_names, name_column, prose_lists, role_lines, schedule_speakers
from .words import (
    HONORIFICS,
    INITIALS_RE,
    SPEECH_VERBS,
    is_initials_for,
    is_stop_word,
    may_be_given_name,
)

# A list's heading after a sentence, a dash or a count on a line: "Plenum, 12 March -
# Attendees:", "Public: 2 Also, in attendance:".
_MID_LINE_MARKER_RE = re.compile(
    r"(?:[.;|\d]|\s[-–—])\s+[*_]*(?P<kind>Attendees|Present|Attendance|Participants|Apologies"
    r"|In attendance|Also,?[ \t]+(?:present|in[ \t]+attendance))[*_]*\s*:[*_]*\s*(?=\S)"
)
_MARKER_FIRST = frozenset("0123456789pmcaiobsgtdrnuevwh#*_>|")
# Where a run-on list changes list: "... Parish Clerk: Peter King In attendance: four ...",
# "... Clive Mitchell Apologies for absence: Svava Barker".
_INLINE_MARKER_RE = re.compile(
    r"(?:^|(?<=[\s.;,]))(?P<kind>In attendance|Also present"
    r"|Apologies(?: for absence)?(?: received)?(?: from)?|Absent|Present"
    r"|Officers|Officials|Observing|Observers)\s*:\s*"
    r"|(?:^|(?<=[\s.;,]))(?P<role>(?:[A-Z][\w-]*[ \t]+){0,3}[A-Z][\w-]*)[ \t]*:\s+(?=[A-Z])"
)


_PRESENT_WORD_RE = re.compile(r"(?i) (?:present|in attendance|attending|attendance)\b")


def _table_head_start(text: str, ln: Line) -> bool:
    """A line that may be a table's header naming people ("Name<TAB>Role", "Role | Name")."""
    return text[ln.cstart] in "nNrR" and (
        "\t" in text[ln.cstart : ln.cend] or "|" in text[ln.cstart : ln.cend]
    )


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
            mk = list_marker(text, ln)
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
        if kind is not None and text[rest : ln.cend].strip(" \t*_:-–—"):
            i = _inline_list(finder, i, rest, kind, role)
            continue
        i = _block_list(finder, i, kind, role)
    role_lines(finder)
    name_column(finder)
    bulleted_names(finder)
    _column_lists(finder)
    prose_lists(finder)
    schedule_speakers(finder)
    _shared_letters(finder)
    _members_of_the_meeting(finder)
    list_marker.cache_clear()


# A meeting's title that names its members by their office: "Full Governors Meeting",
# "Meeting of the Board of Trustees", "Trustees' Meeting".
_MEMBERS_TITLE_RE = re.compile(
    r"\b(?:(?P<a>Governors|Trustees|Directors)['’]?\s+(?:Board\s+)?Meeting"
    r"|Board\s+of\s+(?P<b>Governors|Trustees|Directors)"
    r"|Meeting\s+of\s+(?:the\s+)?(?P<c>Governors|Trustees|Directors))\b",
    re.IGNORECASE,
)


def _members_of_the_meeting(finder: PeopleFinder) -> None:
    """ "Full Governors Meeting ... Present: Neil Hart, Rose Tait": the meeting's title names
    its members' office, the role of each one present with no role of their own."""
    present = [f for f in finder.found if f.attendance == PRESENT and f.name and not f.role]
    if not present:
        return
    first = min(m[0] for f in present for m in f.mentions)
    m = next(
        (
            m
            for m in _MEMBERS_TITLE_RE.finditer(finder.text, 0, min(first, 1000))
            if _title_line(finder.text, m.start(), m.end())
        ),
        None,
    )
    if m is None:
        return
    office = singular_role((m.group("a") or m.group("b") or m.group("c")).title())
    for f in present:
        f.role = office


def _title_line(text: str, a: int, b: int) -> bool:
    """The words at a..b are on one short line, as a title is ("Meeting of the Board of
    Trustees, 4 May"), not in a sentence ("the members shall elect the Board of Directors")."""
    start = text.rfind("\n", 0, a) + 1
    end = text.find("\n", b)
    return "\n" not in text[a:b] and len(text[start : end if end >= 0 else len(text)].split()) <= 12


def _shared_letters(finder: PeopleFinder) -> None:
    """ "Evan Lee @evanlee (TSC)", "Rod Hale @rhale (TSC)": letters bracketed after several
    people in the lists are the body they belong to, not each one's initials."""
    # (Letters already read as a body's, "Joy Marsh (RSG)", count too.)
    counts = Counter(
        f.initials or f.role
        for f in finder.found
        if f.attendance and (f.initials or f.role and INITIALS_RE.match(f.role))
    )
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
    label = _LABEL_WORD_RE.search(text, max(ln.cstart, m.start() - 30), m.start())
    one = singular_role(label.group(0)) if label else ""
    role = group_role(one) if label and one != label.group(0) else None  # "Directors Present:"
    kind = list_kind(m.group("kind"))
    paired = _paired_names(text, m.end(), cut)
    if paired is not None:
        for s, e in paired:
            finder.add(text[s:e], role, s, e, attendance=kind)
        return
    for entry, sub_kind in _sub_lists(text, m.end(), cut, kind):
        if role and sub_kind == kind and entry.role is None:
            entry.role = role
        finder.add_entry(entry, sub_kind)


_LABEL_WORD_RE = re.compile(r"(?<![\w-])[A-Z][a-z]+$")
# One full name in names run together: "Isabel Drost-Fromm", "Mark Thomas (joined late)".
_NAME_PAIR_RE = re.compile(
    r"(?P<name>(?P<given>[A-Z][a-z]+)[ \t]+[A-Z][\w'’]+(?:-[A-Z][\w'’]+)?)"
    r"(?:[ \t]*\([^()\n]{1,30}\))?(?:[ \t]+|$)"
)
_ITEM_NUMBER_END_RE = re.compile(r"\s*\d{0,2}\s*$")


def _paired_names(text: str, a: int, b: int) -> list[tuple[int, int]] | None:
    """ "Rich Bowen Shane Curcuru Isabel Drost-Fromm Ted Dunning (joined late)": full names
    run together with nothing between them, as a list flattened from a page reads; the
    names' spans when the whole run is pairs of words, a first name and a surname (three
    pairs at least, no stop word, most first words known given names)."""
    end = a + len(_ITEM_NUMBER_END_RE.sub("", text[a:b]))  # (up to "3. Schedule")
    spans: list[tuple[int, int]] = []
    given = 0
    pos = a
    while pos < end:
        m = _NAME_PAIR_RE.match(text, pos, end)
        if m is None or any(is_stop_word(w) for w in m.group("name").split()):
            return None
        given += may_be_given_name(m.group("given"))
        spans.append((m.start("name"), m.end("name")))
        pos = m.end()
    return spans if len(spans) >= 3 and given * 2 > len(spans) else None


# A label opening a line: "Chair:", "Minutes -", "Newsletter –".
# A line that opens a sentence: a name (or its bracket) then a verb ("Greta (Treasurer) said",
# "Odile Fenn will").
_SENTENCE_RE = re.compile(rf"[^,;:\n]{{0,60}}?[\w)][ \t]+(?:{SPEECH_VERBS})[ \t]+[a-z]")
_LINE_LABEL_RE = re.compile(
    r"(?P<label>[A-Z][\w’'-]*(?:[ \t]+[A-Za-z][\w’'-]*){0,3})[ \t]*(?::|[ \t][-–—])[ \t]"
)


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
        if nl.blank or list_marker(text, nl) is not None or nl.cend - nl.cstart > 400:
            break
        if _roles_row(text, nl) is not None:
            break  # the names' roles in a row of their own (given below)
        if _ITEM_NUMBER_RE.match(text, nl.start, nl.cend):
            break  # "2. Minutes ... Proposed: KG", "1. Water": the next item, not more names
        label = _LINE_LABEL_RE.match(text, nl.cstart, nl.cend)
        who = read_entry(text, nl.cstart, label.end("label")) if label is not None else None
        if (
            label is not None
            and (who is None or not who.strong)
            and not is_role_phrase(label["label"])
        ):
            break  # "Newsletter – KS (Kay Shaw)": a topic's line, not more names ("Clerk: ...")
        if _SENTENCE_RE.match(text, nl.cstart, min(nl.cend, nl.cstart + 80)):
            break  # "Greta (Treasurer) said the balance was healthy.": the minutes begin
        probe = read_list(text, nl.cstart, nl.cend, strict=True, tolerate_honorific=True)
        if probe is None or _a_heading_word(probe):
            break
        j += 1
    end = lines[j - 1].cend
    while end > start and text[end - 1] in " \t|":
        end -= 1  # "Present | Deputy S.R. Bichard, Chairman |": a table's row
    offices = role_bracket_names(text, start, end) if "(" in text[start:end] else None
    for entry in offices or []:  # "Officials: Director (Mr. P. Lyne), Clerk (Ms J. Coyle)"
        finder.add_entry(entry, kind)
    listed = [] if offices else _sub_lists(text, start, end, kind)
    if j < len(lines) and _give_row_roles(text, lines[j], [e for e, _ in listed]):
        j += 1
    for entry, sub_kind in listed:
        if role and sub_kind == kind and (entry.role is None or entry.role == "Councillor"):
            entry.role = role
        elif role and sub_kind == kind == IN_ATTENDANCE and not is_role_phrase(entry.role or ""):
            entry.role = f"{role}, {entry.role}"  # "Guest: Ada Pike, for the Rowing Club"
        finder.add_entry(entry, sub_kind)
    # "Present: Ann Lee, Chair" then "Bob Tate, Vice Chair" and more a blank line apart.
    while j + 1 < len(lines) and lines[j].blank and (spaced := _spaced_entry(text, lines[j + 1])):
        finder.add_entry(spaced, kind)
        j += 2
    return j


def _spaced_entry(text: str, ln: Line) -> Entry | None:
    """A line after a blank line that goes on with a list as its own paragraph: one person's
    whole name, maybe with a short role after a comma ("Bob Tate, Vice Chair"), no
    sentence."""
    if ln.blank or ln.cend - ln.cstart > 80 or text[ln.cend - 1] in ".:;?!":
        return None
    if list_marker(text, ln) is not None or _ITEM_NUMBER_RE.match(text, ln.start, ln.cend):
        return None
    entries = read_line(text, ln.cstart, ln.cend)
    if entries is None or len(entries) != 1:
        return None
    one = entries[0]
    return one if one.strong and " " in one.name and len((one.role or "").split()) <= 4 else None


_ROW_CELL_SEP_RE = re.compile(r"[ \t]*(?:[,;|]|\t)[ \t]*")
_NOT_ROLES_ROW_RE = re.compile(r"[.:()–—]|\s-\s")


def _roles_row(text: str, ln: Line) -> list[str] | None:
    """A line of roles alone, two or more apart ("Chair, Treasurer, Secretary", tabbed cells):
    the roles of the names on the line above, in order (a table pasted flat by rows)."""
    line = text[ln.cstart : ln.cend]
    if ln.blank or len(line) > 200 or _NOT_ROLES_ROW_RE.search(line):
        return None  # "Present: Treasurer – Cy Hart": a list's line
    cells = [c.strip() for c in _ROW_CELL_SEP_RE.split(line)]
    if len(cells) < 2 or not all(c and len(c.split()) <= 5 and is_role_phrase(c) for c in cells):
        return None
    return cells


def _give_row_roles(text: str, ln: Line, entries: list[Entry]) -> bool:
    """Gives each entry the role in its place on a roles row (``ln``) of as many cells, when
    none has a role; whether it did."""
    if len(entries) < 2 or any(e.role not in (None, e.honorific) for e in entries):
        return False
    roles = _roles_row(text, ln)
    if roles is None or len(roles) != len(entries):
        return False
    for e, r in zip(entries, roles, strict=True):
        e.role = r
    return True


def _a_heading_word(entries: list[Entry]) -> bool:
    """A line that is one everyday word ("Water", "Highways"; not "Mark"): the next item's
    heading."""
    if len(entries) != 1 or " " in entries[0].name:
        return False
    return is_word(entries[0].name) and not may_be_given_name(entries[0].name)


_HTML_COMMENT_RE = re.compile(r"<!--.*?-->[ \t]*")


def _block_list(finder: PeopleFinder, i: int, kind: str | None, role: str | None = None) -> int:
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
    heads = table_heads(text, lines[i])
    marks: list[list[tuple[str, str | None]]] = []  # the columns each row marks
    skipped = False  # a line passed over (see _passed_over)
    first_numbered = False  # the first name's line is numbered: "1. Ann Lowry"
    headed = False  # the last name read has a role line of its own above it ("Chair")
    while j < len(lines) and j <= i + 80:
        nl = lines[j]
        if nl.blank or _HTML_COMMENT_RE.fullmatch(text, nl.cstart, nl.cend):
            blanks += 1  # "<!-- copied from the meeting tool -->": a note the page hides
            j += 1
            continue
        if not heading and blanks and (blanks > 1 or any(g != 1 for g in gaps) or kind is None):
            break  # a gap in a single-spaced list, or more than one blank line: the end
        if is_table_rule(text[nl.cstart : nl.cend]):
            heads = table_heads(text, nl) or heads
            j += 1
            blanks = 0
            continue
        if list_marker(text, nl) is not None or nl.cend - nl.cstart > 400:
            break
        numbered = _ITEM_NUMBER_RE.match(text, nl.start, nl.cend) is not None
        if spans and numbered and not first_numbered:
            break  # "1. Opening and attendance" after the names: the agenda's first item
        a, b, last = _logical_line(text, lines, j)
        entries = read_line(text, a, b)
        if entries and last + 1 < len(lines) and _give_row_roles(text, lines[last + 1], entries):
            last += 1  # "Ann Lee, Bo Marsh" over "Chair, Treasurer"
        if entries is None and read and _NOMINATED_RE.match(text, a, b):
            j = last + 1  # "Nominated by Health Board (Non-Executive Member)" under a member
            continue
        if entries is None:
            sub = role_heading(text, a, b)
            if sub is None and not skipped and _passed_over(text, lines, j, last, bool(read)):
                skipped, j = True, last + 1
                continue
            if sub is None:
                break
            label = text[a:b].strip(" \t*_#:")
            spaced = not blanks or blanks == 1 and all(g == 1 for g in gaps)  # double-spaced
            if sub and read and spaced and not headed and _role_under_name(text, a, b, read[-1]):
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
        elif not spans:
            first_numbered = numbered
        spans.append((a, b))
        read.append(entries)
        roles.append(sub_role or role)
        headed = sub_role is not None and not sub_many  # "Chair" over "Ann Lee": role first
        marks.append(marked_columns(text, a, b, heads) if heads else [])
        if not sub_many:
            sub_role = None  # "Chair": one person; "Advisers", "TOWN": all the names under it
        blanks = 0
        heading = False
        j = last + 1
    if not spans:
        return i + 1
    if name_role_column(text, spans):  # only a line of two parts reads otherwise
        read = [
            (read_line(text, a, b, pairs_are_roles=True) or []) if len(r) == 2 else r
            for (a, b), r in zip(spans, read, strict=True)
        ]
    if role is not None and roles.count(role) == len(roles):
        roles = _roles_in_order(role, roles, read)
    for (a, _), entries, list_role, marked in zip(spans, read, roles, marks, strict=True):
        row_kind = next((k for k, _ in marked), kind)
        if kind == PRESENT and _UNTICKED_RE.match(text, a):
            row_kind = ABSENT  # "* [ ] Gordon Bradley, Autodesk" in a roll of members
        marked_roles = ", ".join(r for _, r in marked if r) or None
        for e in entries:
            if list_role and (e.role is None or e.role == "Councillor"):
                e.role = list_role
            elif list_role and not is_role_phrase(e.role or ""):
                e.role = f"{list_role}, {e.role}"  # "## Co-Chair" over "Tia Roe [Huawei]"
            if marked_roles:
                e.role = f"{e.role}, {marked_roles}" if e.role else marked_roles
            finder.add_entry(e, e.mark or row_kind)
    return j


_ITEM_NUMBER_RE = re.compile(r"[ \t]*\d{1,2}[.)][ \t]")
_ROLES_APART_RE = re.compile(r"\s*(?:,|&|\band\b)\s*")


def _roles_in_order(
    role: str, roles: list[str | None], read: list[list[Entry]]
) -> list[str | None]:
    """ "Chair and Co-Chair" over two names: the first is the Chair, the second the Co-Chair
    (each role in turn when the heading names as many roles as there are names)."""
    parts = [p for p in _ROLES_APART_RE.split(role) if p]
    if len(parts) < 2 or len(parts) != sum(len(r) for r in read) or any(len(r) != 1 for r in read):
        return roles
    return list(parts)


def _passed_over(text: str, lines: list[Line], j: int, last: int, read: bool) -> bool:
    """A line a list goes on past, once, when the next line (or the one after a blank line)
    is a bulleted entry: a note under the heading before any name ("Note: Observers ready to
    become members should ...", "Add your name below when you join!", also over a group's
    heading: "### Core Team"), or a bullet no one's name among bulleted names ("* null
    [meta]")."""
    ln = lines[j]
    k = last + 1 if last + 1 < len(lines) and not lines[last + 1].blank else last + 2
    nxt = lines[k] if k < len(lines) else None
    if nxt is None or nxt.blank:
        return False
    if not read and role_heading(text, nxt.cstart, nxt.cend) is not None:
        pass  # (a group's heading, then its names)
    elif not marker(text, nxt) or read_line(text, nxt.cstart, nxt.cend) is None:
        return False
    line = text[ln.cstart : ln.cend]
    if read:
        return bool(marker(text, ln)) and len(line) < 40
    return len(line.split()) >= 8 and line.rstrip().endswith((".", ")", "!"))


_UNTICKED_RE = re.compile(r"\[ {0,2}\]\s")
_NOMINATED_RE = re.compile(r"(?i)(?:nominated|appointed|elected|representing|substitute)\b")


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
# A comma list wrapped inside its last name: "..., Chris Hughes, Alistaire" over
# "Pickles, John Hartill" (one word, then a comma, opens the next line, and the list goes
# on: not "Mara, our treasurer, presented ...", a sentence).
_WRAPPED_TAIL_RE = re.compile(r"[A-Z][\w’'-]+,(?:[ \t]*$|[ \t]+[A-Z@])")


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
        if k >= len(lines) or lines[k].blank or list_marker(text, lines[k]) is not None:
            break
        seg = text[a:b]
        nxt = lines[k]
        if marker(text, nxt):
            break  # a bullet: the next entry
        if k == last + 1 and not seg.rstrip().endswith(",") and _roles_row(text, nxt) is not None:
            break  # the names' roles in a row of their own
        if not (
            _CONTINUES_RE.search(seg)
            or _WRAPPED_TAIL_RE.match(text, nxt.cstart, nxt.cend)
            and seg.count(",") >= 2
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
                new_list_role = heading_role(m.group("kind"))
            elif is_role_phrase(m.group("role")):
                new_kind, new_role = kind, m.group("role")
            elif m.group("role") == "Also" or m.group("role").lower() in HONORIFICS:
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
                if one == part_role or entry.role in (None, entry.honorific):
                    entry.role = one  # (not over one's own: "Councillors: A Fenn (Chair)")
        for entry in entries:
            if part_list_role and (entry.role is None or entry.role == "Councillor"):
                entry.role = part_list_role  # "Observers: Tam, Sol"
        out.extend((entry, part_kind) for entry in entries)
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
        heads = [
            column_head(text[s:e].strip(" *_:")) for s, e in table_cells(text, ln.cstart, ln.cend)
        ]
        if sum(h is not None for h in heads) < 2 or any(h is None for h in heads):
            continue
        while i < len(lines) and not lines[i].blank:
            row = lines[i]
            i += 1
            if is_table_rule(text[row.cstart : row.cend]):
                continue
            cells = table_cells(text, row.cstart, row.cend)
            for (s, e), head in zip(cells, heads, strict=False):
                if head is None or not text[s:e].strip():
                    continue
                kind, role = head
                for entry in read_list(text, s, e, strict=False) or []:
                    if role and (entry.role is None or entry.role == "Councillor"):
                        entry.role = role
                    finder.add_entry(entry, kind)
