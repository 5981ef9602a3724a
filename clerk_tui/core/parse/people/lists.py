"""Attendance lists: "Present:", "Apologies", "In attendance" and the names under them."""

from __future__ import annotations

import bisect
import re

from ..layout import split_sentences
from .finder import PeopleFinder
from .words import (
    ABSENCE_REASON_RE,
    HONORIFICS,
    INITIAL,
    INITIALS_RE,
    NAME_TOKEN_FULL_RE,
    ROLE_WORDS,
    STOP_WORDS,
)

_LIST_MARKER_RE = re.compile(
    r"^(?:\d{1,3}[.)]\s*)?(?P<kind>Present|Members present|Councillors present|Attendees|Attendance"
    r"|In attendance|Also present|Also in attendance|Officers(?: present| in attendance)?"
    r"|Apologies(?: for absence)?(?: received)?|Apologies|Substitutes?|Observers?"
    r"|Board members|Committee members|Members)\b\s*(?:[:\-–—]\s*|(?=\s+[A-Z])|$)(?P<rest>.*)$",
    re.IGNORECASE,
)

# Case-insensitive after the first letter, which is a plain character set (a fast scan;
# "İ" and "ı" match "i" case-insensitively) that each alternative checks by look-behind.
_LIST_PROSE_RE = re.compile(
    r"[aArRwWiIİıpP](?<!\w[aArRwWiIİıpP])(?i:(?<=a)pologies(?:\s+for\s+absence)?\s+"
    r"(?:were|was|had been)\s+received\s+from|(?<=r)eceived\s+apologies\s+from"
    r"|(?<=a)pologies\s+from|(?:(?<=w)elcomed|(?<=i)ntroduced)\s+(?:new\s+)?"
    r"(?:[Mm]embers\s+)?including|(?<=p)resent\s+were|(?<=a)ttending\s+were)\s+"
)

_MARKER_FIRST = frozenset("0123456789pmcaiobs")

_LIST_SEP_RE = re.compile(r"[(),;]| and | & ")

_INITIAL_FULL_RE = re.compile(INITIAL)

_BRACKET_RE = re.compile(r"\(([^()]*)\)")

_REPRESENTING_RE = re.compile(r"^(.*?)\s+(?:representing|from|of)\s+(.+)$")

# Compiled once: used for every name and list entry of every parse.
# "(JB)" closing a list chunk.
_TRAILING_INITIALS_RE = re.compile(r"\s*\(([A-Z]{2,4})\)\s*$")

_REPRESENTATIVE_RE = re.compile(r"(?i)representative|representing|observer")

_SUBSTITUTE_RE = re.compile(
    r"(?i)(?:represented|substituted|deputised|deputising)\s+(?:by|for)\s+(.+)$"
)


def is_name_token(word: str) -> bool:
    return bool(NAME_TOKEN_FULL_RE.fullmatch(word)) and word.lower() not in STOP_WORDS


def _strip_hon(name: str) -> tuple[str | None, str]:
    parts = name.split()
    hon: str | None = None
    while parts and parts[0].rstrip(".").lower() in HONORIFICS:
        h = HONORIFICS[parts[0].rstrip(".").lower()]
        hon = h or hon
        parts = parts[1:]
    return hon, " ".join(parts)


_PLURAL_HON_RE = re.compile(r"(?i)(Councillors|Cllrs\.?)\s")


def attendance_lists(finder: PeopleFinder) -> None:
    text = finder.text
    lines = finder.lines
    i = 0
    n = len(lines)
    while i < n:
        ln = lines[i]
        if ln.blank:
            i += 1
            continue
        if text[ln.cstart].lower() not in _MARKER_FIRST:
            i += 1
            continue
        content = text[ln.cstart : ln.cend]
        m = _LIST_MARKER_RE.match(content)
        if m and len(content) < 2000:
            rest_start = ln.cstart + m.start("rest")
            if m.group("rest").strip():
                parse_list(finder, rest_start, ln.cend, strict=False)
                i += 1
                continue
            # Following lines, until a blank line after some names or a new marker.
            j = i + 1
            got = False
            while j < n and j <= i + 40:
                nl = lines[j]
                if nl.blank:
                    if got:
                        break
                    j += 1
                    continue
                c = text[nl.cstart : nl.cend]
                if _LIST_MARKER_RE.match(c) or len(c) > 400:
                    break
                if not parse_list(finder, nl.cstart, nl.cend, strict=True):
                    break
                got = True
                j += 1
            i = j if got else i + 1
            continue
        i += 1
    # Lists in prose ("Apologies were received from ..."): one scan of the whole text,
    # each match kept to its own line.
    line_starts = [ln.start for ln in lines]
    for m in _LIST_PROSE_RE.finditer(text):
        ln = lines[bisect.bisect_right(line_starts, m.start()) - 1]
        if m.end() > ln.cend or ln.cend - ln.cstart > 5000:
            continue
        end = ln.cend
        for s in split_sentences(text, m.end(), ln.cend):
            end = s.end
            break
        parse_list(finder, m.end(), end, strict=False)


def parse_list(finder: PeopleFinder, start: int, end: int, *, strict: bool) -> bool:
    """Parse "A Smith (Chair), Cllr B Jones, C Brown" style lists; returns True if the
    span looked like a list of names."""
    text = finder.text
    seg = text[start:end]
    # Split on commas/semicolons/" and " outside brackets.
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
        elif depth == 0:
            if sep == ";":
                group_ends.add(len(chunks))
            chunks.append((cs, m.start()))
            cs = m.end()
    chunks.append((cs, len(seg)))
    # "Councillors Priya Desai, Kevin Doyle and Sam Whitfield": each is a Councillor.
    group_role: str | None = None
    parsed: list[tuple[str, str | None, str | None, int, int, str | None]] = []
    ok = 0
    bad = 0
    last_person: int | None = None
    for k, (a, b) in enumerate(chunks):
        a0, b0 = a, b
        while a0 < b0 and seg[a0] in " \t\u00a0.":
            a0 += 1
        while b0 > a0 and seg[b0 - 1] in " \t\u00a0.":
            b0 -= 1
        chunk = seg[a0:b0]
        if not chunk:
            continue
        res = _parse_list_chunk(chunk)
        if res is None:
            if last_person is not None and (
                _is_role_phrase(chunk) or not strict or len(chunk) < 60
            ):
                p = parsed[last_person]
                ini = _TRAILING_INITIALS_RE.search(chunk)
                role_txt = _TRAILING_INITIALS_RE.sub("", chunk)
                parsed[last_person] = (
                    p[0],
                    p[1] if p[1] and p[1] not in ("Councillor",) else role_txt,
                    p[2] or (ini.group(1) if ini else None),
                    p[3],
                    p[4],
                    p[5],
                )
                continue
            bad += 1
            continue
        name, role, initials, extra = res
        hon_word = _PLURAL_HON_RE.match(chunk)
        if hon_word:
            group_role = HONORIFICS[hon_word.group(1).lower().rstrip(".")]
        elif _strip_hon(name_span(chunk))[0]:
            group_role = None  # "Mr Alan Shaw" starts a new kind of entry
        elif role is None:
            role = group_role
        if k in group_ends:
            group_role = None
        ok += 1
        npos = max(chunk.find(name), 0)
        parsed.append(
            (name, role, initials, start + a0 + npos, start + a0 + npos + len(name), None)
        )
        last_person = len(parsed) - 1
        if extra:
            pos = chunk.find(extra)
            parsed.append(
                (extra, None, None, start + a0 + pos, start + a0 + pos + len(extra), None)
            )
    if ok == 0 or (strict and bad > 0):
        return False
    if bad > ok:
        return False
    for name, role, initials, s, e, _ in parsed:
        finder.add(name, role, s, e, initials)
    return True


def name_span(chunk: str) -> str:
    """The name part of a list chunk (before any bracket)."""
    return chunk.split("(")[0].rstrip()


def _is_role_phrase(chunk: str) -> bool:
    words = [w.lower().strip("()") for w in chunk.split()]
    return any(w in ROLE_WORDS for w in words) or bool(_REPRESENTATIVE_RE.search(chunk))


def _parse_list_chunk(chunk: str) -> tuple[str, str | None, str | None, str | None] | None:
    """(name, role, initials, substitute name) for one list chunk, or None if not a name."""
    role: str | None = None
    initials: str | None = None
    extra: str | None = None
    main = chunk
    br = _BRACKET_RE.search(chunk)
    if br:
        inner = br.group(1).strip()
        main = (chunk[: br.start()] + chunk[br.end() :]).strip()
        sub = _SUBSTITUTE_RE.match(inner)
        if sub:
            _h, nm = _strip_hon(sub.group(1).strip())
            if nm and all(is_name_token(t) or _INITIAL_FULL_RE.fullmatch(t) for t in nm.split()):
                extra = sub.group(1).strip()
        elif INITIALS_RE.match(inner):
            initials = inner.rstrip(".")
            after = chunk[br.end() :].strip(" ,–—-")
            if after:  # "Jane Burrows (JB) Chair": the role follows the initials
                main, role = chunk[: br.start()].strip(), after
        elif not ABSENCE_REASON_RE.fullmatch(inner):  # "Cllr Sue Oldham (holiday)"
            role = inner
    # "Simon Watkins representing the CCG" / "A Smith, Chair"
    rep = _REPRESENTING_RE.match(main) if " " in main else None
    if rep and rep.group(1):
        main, role = rep.group(1), role or rep.group(2)
    hon, rest = _strip_hon(main)
    toks = rest.split()
    if not toks:
        return None
    if len(toks) == 1 and INITIALS_RE.match(toks[0]):
        return toks[0].rstrip("."), role, toks[0].rstrip("."), extra
    if len(toks) > 4:
        return None
    for i, t in enumerate(toks):
        if _INITIAL_FULL_RE.fullmatch(t) and i < len(toks) - 1:
            continue
        if not is_name_token(t):
            return None
    if hon and not role:
        role = hon
    return rest, role, initials, extra
