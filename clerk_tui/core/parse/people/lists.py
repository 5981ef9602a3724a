"""Attendance lists: "Present:", "Apologies", "In attendance" and the names under them.

Each person found here carries the list it came from (``attendance``: present, apologies,
in attendance or absent) and the initials the list defines for them.
"""

from __future__ import annotations

import bisect
import re

from ..layout import Line, split_sentences
from .entries import Entry, is_role_phrase, read_entry, strip_honorifics
from .finder import PeopleFinder
from .words import HONORIFICS, is_given_name

PRESENT, APOLOGIES, IN_ATTENDANCE, ABSENT = "present", "apologies", "in attendance", "absent"

# A list's heading, at the start of a line: "Present:", "**Present**:", "## Participants",
# "PRESENT (six Councillors): -", "In attendance (Secretariat)—", "1. Apologies for Absence".
_LIST_MARKER_RE = re.compile(
    r"(?P<kind>Members present|Councillors present|Present|Attendees|Attendance|Participants"
    r"|Also in attendance|In attendance|Also present|Officers(?: present| in attendance)?"
    r"|Apologies(?: for absence)?(?: received)?(?:\s*/\s*Absent)?|Absent|Substitutes?"
    r"|Observers?(?: and speakers)?|Guests|Board members|Committee members|Members)\b"
    r"(?:\s*\([^()]{0,40}\))?\s*(?:[:\-–—]+\s*|(?=\s+[A-Z])|$)(?P<rest>.*)$",
    re.IGNORECASE,
)
_MARKER_PREFIX_RE = re.compile(r"[#*_>\s]*(?:\d{1,3}[.)]\s*)?[*_]*")
_EMPHASIS = "*_"
_MARKER_FIRST = frozenset("0123456789pmcaiobsg#*_>")
_KINDS = (
    ("apolog", APOLOGIES),
    ("absent", ABSENT),
    ("in attendance", IN_ATTENDANCE),
    ("also", IN_ATTENDANCE),
    ("officer", IN_ATTENDANCE),
    ("observer", IN_ATTENDANCE),
    ("guest", IN_ATTENDANCE),
)

# Lists in prose: "Apologies had been received from ...", "Present were ...".
# Case-insensitive after the first letter, which is a plain character set (a fast scan;
# "İ" and "ı" match "i" case-insensitively) that each alternative checks by look-behind.
_LIST_PROSE_RE = re.compile(
    r"[aArRnNwWiIİıpP](?<!\w[aArRnNwWiIİıpP])(?i:(?<=a)pologies(?:\s+for\s+absence)?\s+"
    r"(?:were|was|had\s+been|have\s+been)\s+(?:received|noted|given|tendered)\s+(?:from|by)"
    r"|(?:(?<=r)eceived|(?<=n)oted)\s+apologies(?:\s+for\s+absence)?\s+from"
    r"|(?<=a)pologies\s+from|(?:(?<=w)elcomed|(?<=i)ntroduced)\s+(?:new\s+)?"
    r"(?:[Mm]embers\s+)?including|(?<=p)resent\s+were|(?<=a)ttending\s+were)\s+"
)
# A list's separators outside brackets; a line break too, unless it follows an honorific.
_LIST_SEP_RE = re.compile(r"[(),;\n]| and | & | / |\.(?= [A-Z])")
# Where a run-on list changes list: "... Parish Clerk: Peter King In attendance: four ...".
_INLINE_MARKER_RE = re.compile(
    r"(?:^|(?<=[\s.;,]))(?P<kind>In attendance|Also present|Apologies|Absent|Present)\s*:\s*"
    r"|(?:^|(?<=[\s.;,]))(?P<role>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)\s*:\s+(?=[A-Z])"
)
_PLURAL_HON_RE = re.compile(r"(?i)(Councillors|Cllrs\.?)\s")
_TRAILING_INITIALS_RE = re.compile(r"\s*\(([A-Z]{2,4})\)\s*$")
_HON_END_RE = re.compile(r"\b(?:Cllrs?|Councillors?|Dr|Mrs?|Ms|Miss|Prof|Professor|Revd?)\.?\s*$")
# The end of the person in a prose list: "Tom Foy (TF) who was unavoidably detained".
_PROSE_TAIL_RE = re.compile(
    r"\s+(?:who|whose|as|because|due|owing|since|for|on|at|to)\s.*$|\s+-\s.*$", re.S
)
# "Minute taker: John Foster" on a line of its own.
_ROLE_COLON_RE = re.compile(r"(?P<role>[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,4})\s*:\s*(?P<name>.+)$")


def list_kind(marker: str) -> str:
    low = marker.lower()
    return next((kind for word, kind in _KINDS if word in low), PRESENT)


def _marker(text: str, ln: Line) -> tuple[str, int] | None:
    """(attendance kind, where the list starts) when the line opens an attendance list."""
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
        return list_kind(hm.group("kind")), start + rest
    hm = _LIST_MARKER_RE.match(content)
    if not hm:
        return None
    return list_kind(hm.group("kind")), start + hm.start("rest")


def attendance_lists(finder: PeopleFinder) -> None:
    """Lists under a heading (on its line, or the lines below it) and lists in prose."""
    text = finder.text
    lines = finder.lines
    i = 0
    n = len(lines)
    while i < n:
        ln = lines[i]
        if ln.blank or text[ln.cstart].lower() not in _MARKER_FIRST or ln.cend - ln.cstart > 2000:
            i += 1
            continue
        mk = _marker(text, ln)
        if mk is None:
            i += 1
            continue
        kind, rest = mk
        if text[rest : ln.cend].strip(" \t*_:-–—"):
            i = _inline_list(finder, i, rest, kind)
            continue
        i = _block_list(finder, i, kind)
    _role_lines(finder)
    _name_column(finder)
    _prose_lists(finder)


def _inline_list(finder: PeopleFinder, i: int, start: int, kind: str) -> int:
    """ "Present: A Smith (Chair), Cllr B Jones, ..." on the heading's line, and on the lines
    of the same paragraph that go on listing names; returns the next line to read."""
    text, lines = finder.text, finder.lines
    j = i + 1
    while j < len(lines) and j <= i + 20:
        nl = lines[j]
        if nl.blank or _marker(text, nl) is not None or nl.cend - nl.cstart > 400:
            break
        probe = read_list(text, nl.cstart, nl.cend, strict=True, tolerate_honorific=True)
        if probe is None:
            break
        j += 1
    end = lines[j - 1].cend
    for entry, sub_kind in _sub_lists(text, start, end, kind):
        finder.add_entry(entry, sub_kind)
    return j


def _block_list(finder: PeopleFinder, i: int, kind: str) -> int:
    """A heading alone, then one person a line (bulleted, tabbed, a table, "Name, Role"),
    until a blank line after some names or the next heading."""
    text, lines = finder.text, finder.lines
    j = i + 1
    got = False
    while j < len(lines) and j <= i + 60:
        nl = lines[j]
        if nl.blank:
            if got:
                break
            j += 1
            continue
        if _marker(text, nl) is not None or nl.cend - nl.cstart > 400:
            break
        if _is_table_rule(text[nl.cstart : nl.cend]):
            j += 1
            continue
        entries = read_line(text, nl.cstart, nl.cend)
        if entries is None:
            break
        for e in entries:
            finder.add_entry(e, kind)
        got = True
        j += 1
    return j if got else i + 1


_TABLE_HEADER_RE = re.compile(r"(?i)\|?\s*(?:names?|attendees?|members?|person)\s*(?:\||\t)")


def _is_table_rule(line: str) -> bool:
    """A table's header rule ("|---|---|") or its header ("| Name | Role |")."""
    s = line.strip()
    return bool(s) and (set(s) <= set("|-:+= \t") or bool(_TABLE_HEADER_RE.match(s)))


def read_line(text: str, a: int, b: int) -> list[Entry] | None:
    """The people one line of a block list names: "Name, Role, Org" (one person), or
    "Name, Name, Name" (several), or a table row; None if the line is not such an entry."""
    if "|" in text[a:b] or "\t" in text[a:b]:
        row = read_entry(text, a, b)  # a table row: its cells hold the roles
        return [row] if row is not None else None
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
    if first.strong and all(o is not None and _reads_as_person(o) for o in others):
        return [first, *(o for o in others if o is not None)]
    # The rest of the line is the first person's role ("Gill Brown, Chief Executive, X").
    tail = text[rest[0][0] : rest[-1][1]].strip(" ,;")
    ini = _TRAILING_INITIALS_RE.search(tail)
    if ini:
        first.initials = first.initials or ini.group(1)
        tail = tail[: ini.start()]
    if first.role and first.role != first.honorific and first.role not in HONORIFICS.values():
        first.role = f"{first.role}, {tail}" if tail else first.role
    else:
        first.role = tail or first.role
    return [first]


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
            # "Lorraine Hunt (LH) Pam Walker (PW)": initials close an entry.
            opened = seg.rfind("(", 0, m.start())
            if (
                depth == 0
                and re.fullmatch(r"[A-Z]{2,4}", seg[opened + 1 : m.start()])
                and re.match(r"\s+[A-Z][a-z]", seg[m.end() :])
            ):
                chunks.append((cs, m.end()))
                cs = m.end()
        elif depth == 0:
            if sep == "\n" and _HON_END_RE.search(seg, cs, m.start()):
                continue  # "Cllr\nGill Pidgeon": one name over a line break
            if sep == "." and not _ends_sentence(seg, cs, m.start()):
                continue
            if sep == ";":
                group_ends.add(len(chunks))
            chunks.append((cs, m.start()))
            cs = m.end()
    chunks.append((cs, len(seg)))
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
        entry = read_entry(text, a + s, a + e)
        if (
            entry is not None
            and not entry.strong
            and last is not None
            and (" " in last.name or last.titled)
        ):
            entry = None  # "Rose Whalley, Moore and Smalley": one word after a full name
        if entry is None:
            if last is not None and (is_role_phrase(chunk) or not strict or len(chunk) < 60):
                ini = _TRAILING_INITIALS_RE.search(chunk)
                role_txt = _TRAILING_INITIALS_RE.sub("", chunk)
                last.initials = last.initials or (ini.group(1) if ini else None)
                if role_run and last.role:
                    last.role = f"{last.role}, {role_txt}"
                elif not last.role or last.role == last.honorific or last.role == "Councillor":
                    last.role = role_txt
                role_run = True
                continue
            bad += 1
            continue
        role_run = False
        hon_word = _PLURAL_HON_RE.match(chunk)
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


def _ends_sentence(seg: str, start: int, dot: int) -> bool:
    """A full stop in a list ends an entry, unless it closes an initial or an honorific."""
    word = seg[start:dot].rsplit(None, 1)[-1] if seg[start:dot].strip() else ""
    return len(word) > 2 and word.lower() not in HONORIFICS


def _sub_lists(text: str, a: int, b: int, kind: str) -> list[tuple[Entry, str]]:
    """A run-on list that changes list or names a role on the way: "... Claire Williams.
    Parish Clerk: Peter King In attendance: four members of the public."."""
    parts: list[tuple[int, int, str, str | None]] = []
    start, role = a, None
    if ":" in text[a:b]:
        for m in _INLINE_MARKER_RE.finditer(text, a, b):
            if m.group("kind"):
                new_kind, new_role = list_kind(m.group("kind")), None
            elif is_role_phrase(m.group("role")):
                new_kind, new_role = kind, m.group("role")
            else:
                continue
            parts.append((start, m.start(), kind, role))
            start, kind, role = m.end(), new_kind, new_role
    parts.append((start, b, kind, role))
    out: list[tuple[Entry, str]] = []
    for s, e, part_kind, part_role in parts:
        entries = read_list(text, s, e, strict=False) or []
        if part_role is not None:
            entries = entries[:1]
            for entry in entries:
                entry.role = part_role
        out.extend((entry, part_kind) for entry in entries)
    return out


def _role_lines(finder: PeopleFinder) -> None:
    """ "Minute taker: John Foster", "Clerk – Mrs W Gray": a role and a name on one line."""
    text = finder.text
    for ln in finder.lines:
        if ln.blank or ln.cend - ln.cstart > 80 or ":" not in text[ln.cstart : ln.cend]:
            continue
        m = _ROLE_COLON_RE.match(text, ln.cstart, ln.cend)
        if m is None or not is_role_phrase(m.group("role")):
            continue
        entry = read_entry(text, m.start("name"), m.end("name"))
        if entry is not None and entry.strong:
            entry.role = m.group("role")
            finder.add_entry(entry, None)


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


def _prose_lists(finder: PeopleFinder) -> None:
    """ "Apologies were received from Rolf Krahl and Brian Matthews.": the sentence's names."""
    text, lines = finder.text, finder.lines
    line_starts = [ln.start for ln in lines]
    for m in _LIST_PROSE_RE.finditer(text):
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
        for entry in read_list(text, m.end(), end, strict=False) or []:
            finder.add_entry(entry, kind)
