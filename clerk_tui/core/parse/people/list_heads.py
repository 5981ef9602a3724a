"""Which attendance list a line heads: "Present:", "Apologies", "Observers:", a role over names
("Chair:"), a table's header and the columns a row marks ("| Name | Present | Apologies |")."""

from __future__ import annotations

import re
from functools import cache

from ..keywords import may_hold_folded
from ..layout import TICKS, Line
from .entries import bare_role, is_role_phrase, singular_role, tier_role
from .list_names import read_list
from .words import EMOJI

PRESENT, APOLOGIES, IN_ATTENDANCE, ABSENT = "present", "apologies", "in attendance", "absent"

# A list's heading, at the start of a line: "Present:", "**Present**:", "## Participants",
# "PRESENT (six Councillors): -", "In attendance (Secretariat)—", "1. Apologies for Absence",
# "Present ; ..." (a semicolon for the colon), "Present / Ann Lee" (a table's cells), "Roll
# call: ...", and in informal notes "Apols: Jo, Sam", "Here: Ann, Bob", "Sent apologies: Dee",
# "Not here: Eve".
_LIST_MARKER_RE = re.compile(
    r"(?P<kind>(?:Present\s+)?In\s+the\s+chair|Members present|Councillors present"
    r"|Members in attendance|Those present"
    r"|(?:(?:Those|The following)(?: who)?(?: were)?|Were|Was)[ \t]+"
    r"(?:present|attending|in attendance)"
    r"(?:[ \t][^:\n]{1,40}(?=:))?"
    r"|(?:Present|Attending|In attendance)[ \t]+were|Present|Also attending|Attending"
    r"|(?:(?:(?:Community|Parish|Town|County|City|District|Borough)\s+)?(?:Councillors|Cllrs)"
    r"|Staff(?: present)?|Office[- ]?bearers)(?=\s*(?:[:\-–—]|$))|Visitors"
    r"|(?:(?:Additional|Other|Further)[ \t]+)?(?:Attendees|Participants)|Attend[ae]nce"
    r"|Roll[ \t-]*call|Also,?[ \t]+in[ \t]+attend[ae]nce|In attend[ae]nce|Also,?[ \t]+present"
    r"|(?:Officers|Officials)(?: present| in attendance)?"
    r"|(?:(?:Sent|Gave)[ \t]+)?(?:Apologies|Apols)(?: for absence)?(?: received)?(?: from)?"
    r"(?:\s*/\s*Absent)?|Regrets"
    r"|Absent(?:,?\s+with(?:out)?\s+(?:apologies|an?\s+excuse|excuse|notice))?|Absentees"
    r"|Substitutes?"
    r"|Not (?:present|attending|in attendance|here)|Unable to attend|Excused|Here|Attended"
    r"|Observers?(?: and speakers)?|Observing|Guests?|Board members|Committee members|Members)\b"
    # how they attended: "Attending remotely:", "Present via Zoom -", "Present (via Teams):"
    r"(?:[ \t]+(?:remotely|online|virtually|in[ \t]+person|(?:via|by|on)[ \t]+[\w-]+))?"
    r"(?:\s*\([^()]{0,40}\))?\s*(?:[:;\-–—|]+\s*|/[ \t]+(?=(?-i:[A-Z]))|(?=\s+(?-i:[A-Z]))|$)"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
_MARKER_PREFIX_RE = re.compile(
    rf"(?:\|[ \t]*)?[#*_>\s]*(?:{EMOJI})*(?:\d{{1,3}}(?:\.\d{{1,3}})*(?:[.)/]|[*_]*\s)\s*)?[*_]*"
)
_EMPHASIS = "*_"
_KINDS = (
    ("not present", ABSENT),
    ("not attending", ABSENT),
    ("not in attend", ABSENT),
    ("not here", ABSENT),
    ("unable", APOLOGIES),
    ("excused", APOLOGIES),
    ("without apolog", ABSENT),
    ("absent without", ABSENT),
    ("absent, without", ABSENT),
    ("absent with", APOLOGIES),  # "Absent with notice", "Absent, with excuse:"
    ("absent, with", APOLOGIES),
    ("members in attendance", PRESENT),
    ("apol", APOLOGIES),
    ("regret", APOLOGIES),
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


def list_kind(marker: str) -> str:
    low = marker.lower()
    return next((kind for word, kind in _KINDS if word in low), PRESENT)


@cache  # asked again for the same lines while lists are read (cleared after)
def list_marker(text: str, ln: Line) -> tuple[str | None, int, str | None] | None:
    """(attendance kind, where the list starts, the role the heading gives) when the line
    opens an attendance list (kind None: a role's holders, whose attendance it does not say)."""
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
        return list_kind(hm.group("kind")), start + rest, heading_role(hm.group("kind"))
    hm = _LIST_MARKER_RE.match(content)
    if not hm:
        return (
            _offices_present(text, start, ln)
            or _attendees_label(text, start, ln)
            or _titled_heading(text, ln)
            or _body_label(text, start, ln)
        )
    return list_kind(hm.group("kind")), start + hm.start("rest"), heading_role(hm.group("kind"))


# "Commissioners present:", "Trustees Present" (a heading alone), "Voting Members Present",
# "HOA owners in attendance via Zoom:", "Board Attendance:", "Board members in attendance
# were:", "Persons Present (only members were invited this year, as ...)": who is listed,
# then a word of attendance (and how they attended, or why so few), then a colon or a dash,
# or the line's end.
_ATTENDANCE_LABEL_RE = re.compile(
    r"(?P<office>[A-Z][\w-]*(?:[ \t]+[A-Za-z][\w-]*){0,3}?)[ \t]+"
    r"(?P<kind>present|in[ \t]+attendance|attending|attendance)(?:[ \t]+were)?"
    r"(?:[ \t]+(?:via|by|on|in|at)[ \t]+[\w-]+(?:[ \t]+[\w-]+)?|[ \t]+online"
    r"|[ \t]*\([^()\n]{0,200}\))?"
    r"[*_]*(?:[ \t]*[:\-–—]+[ \t]*|[ \t]*$)",
    re.IGNORECASE,
)

# One of these is in every label _ATTENDANCE_LABEL_RE reads (a cheap gate).
_ATTENDANCE_WORDS = ("present", "attend")


def _offices_present(text: str, start: int, ln: Line) -> tuple[str, int, str | None] | None:
    """A list headed by who attends and a word of attendance; each listed holds the office
    the label names ("Trustees": a Trustee; "Board members": a Board member; "Board": a
    Board member; members and owners hold none)."""
    if ln.cend - start > 400 or not may_hold_folded(text[start : ln.cend], _ATTENDANCE_WORDS):
        return None
    m = _ATTENDANCE_LABEL_RE.match(text, start, ln.cend)
    if m is None or (m.group(0).rstrip()[-1:].isalpha() and not _is_heading(text, ln)):
        return None  # a label alone on its line is a heading ("### Members Present")
    office = m.group("office")
    one = singular_role(office)
    role = _members_label(office) if one == office else group_role(one)
    return list_kind(m.group(0)), m.end(), role


_UNDERLINE_RE = re.compile(r"\n[ \t]*(?:-{3,}|={3,})[ \t]*(?:\n|$)")


def _is_heading(text: str, ln: Line) -> bool:
    """A short line marked as a heading: "## Attendees", "**Present**", or underlined
    ("Trustees Present" over "-----", as reStructuredText and setext write headings)."""
    return ln.cend - ln.cstart <= 60 and (
        text[ln.start : ln.cstart + 1].lstrip()[:1] in ("#", "*", "_")
        or bool(_UNDERLINE_RE.match(text, ln.cend))
    )


def _titled_heading(text: str, ln: Line) -> tuple[str | None, int, str | None] | None:
    """A heading that names the attendance in other words ("#### Introduction of attendees",
    "## Intros", "Roll call:", a table's header "| Name | Organisation |") or the role of whoever is
    listed under it ("## Chair", or "Scribe" over an indented name): a list under it."""
    line = text[ln.start : ln.cend]
    if ("|" in line or "\t" in line) and (
        _TABLE_HEADER_RE.match(line.strip()) or _marks_columns(text, ln)
    ):
        return PRESENT, ln.cend, None
    if ln.cend - ln.cstart > 80:
        return None
    if not (
        line.lstrip().startswith(("#", "*", "_"))
        or line.rstrip(" *_").endswith(":")
        or _indents_next(text, ln)
    ):
        return None
    words = _HEADING_WORDS_RE.search(line)
    if words:
        return list_kind(line), ln.cend, _members_label(line[: words.start()])
    label = _NUMBER_RE.sub("", line.strip(" \t#*_:"))
    if _INTRODUCTIONS_RE.fullmatch(label):
        return PRESENT, ln.cend, None
    one = singular_role(label)
    if one != label and len(label.split()) <= 3 and label[:1].isupper():
        return PRESENT, ln.cend, one  # "Commissioners:" over their names
    if len(label.split()) <= 4 and label[:1].isupper() and bare_role(label):
        return None, ln.cend, label  # "## Chair and Co-Chair", "7. Next facilitator"
    return None


_INDENT_RE = re.compile(r"\r?\n([ \t]*)(?=\S)")


def _indents_next(text: str, ln: Line) -> bool:
    """The next line is indented deeper than this one: "Chair" over "    Ana Ruiz", as
    chat-room minutes lay out who chaired and who scribed."""
    m = _INDENT_RE.match(text, ln.end)
    return m is not None and len(m.group(1)) > ln.cstart - ln.start


_NUMBER_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*[.)]?[ \t]+")


_HEADING_WORDS_RE = re.compile(
    r"(?i)\b(?:attendees|attendance|participants|roll[\s-]*call|those\s+present)\b"
)
# "## Introductions", "Intros:": a heading of that word alone, the people introduced under it.
_INTRODUCTIONS_RE = re.compile(r"(?i)intro(?:duction)?s")
# "TSC", "Steering Committee", "Board": a body whose members a heading lists.
_BODY_RE = re.compile(
    r"(?:[A-Z]{2,6}|(?:[A-Z][a-z]+[ \t]+)?(?:Board|Committee|Council|Panel|Trustees|Governors))"
)


def _members_label(label: str) -> str | None:
    """The role a heading's words before "attendees", "attendance" or "roll call" give each
    listed: "Voting member roll call" a Voting member, "Trustee attendance" a Trustee; a
    body ("TSC Attendees", "Board attendance") a member of it. "Other", "Introduction of"
    give none."""
    words = " ".join(_NUMBER_RE.sub("", label.strip(" \t#*_-•>")).split())
    if not words or len(words.split()) > 3:
        return None
    one = singular_role(words)
    if bare_role(one):
        return group_role(one)
    if _BODY_RE.fullmatch(words):
        return f"{words} member"
    return None


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
    return PRESENT, m.end(), group_role(one)


# "Meeting attendees: Dustin, Craig", "TSC participants: ...": a label of who attends, then
# the names on its line.
_ATTENDEES_LABEL_RE = re.compile(
    r"(?i)(?P<label>(?:[\w-]+[ \t]+){1,2})(?:attendees|participants)[ \t]*:[ \t]*(?=\S)"
)


def _attendees_label(text: str, start: int, ln: Line) -> tuple[str, int, str | None] | None:
    if text.find(":", start, ln.cend) < 0:
        return None  # (a cheap test first)
    m = _ATTENDEES_LABEL_RE.match(text, start, ln.cend)
    if m is None:
        return None
    return PRESENT, m.end(), _members_label(m.group("label"))


def group_role(one: str) -> str | None:
    """The role a list's label gives each listed ("Board member", "Trustee", "Voting member":
    a vote the observers beside them lack); "Members", "All members" say only that they
    belong: none."""
    words = one.lower().split()
    mere = words[-1] == "member" and (len(words) == 1 or words[0] in _MERE)
    return None if mere else one


_MERE = frozenset({"full", "other", "all", "general", "current", "new"})


def heading_role(kind: str) -> str | None:
    """The role of whoever is listed: "Present in the chair:", "Observers:", "Observing:",
    "Councillors:"."""
    low = kind.lower()
    if low.endswith("chair"):
        return "Chair"
    if low in ("councillors", "cllrs"):
        return "Councillor"
    if low in ("board members", "committee members", "officers", "officials"):
        return kind[:-1].capitalize()  # "Board member", "Officer"
    if low.endswith(("councillors", "cllrs")):
        return f"{kind.split()[0].title()} Councillor"  # "Community councillors:"
    if low in ("guests", "visitors", "guest"):
        return kind.rstrip("sS").capitalize()  # "Guest", "Visitor"
    if low.startswith("observ") and "speaker" not in low:
        return "Observing" if low == "observing" else "Observer"
    return None


_MARKS = frozenset({*TICKS, "x", "✗", "yes", "y", "•", "*"})


def table_heads(text: str, ln: Line) -> list[str] | None:
    """A table's header cells ("| Name | Observing | Chairperson |")."""
    line = text[ln.cstart : ln.cend]
    if ("|" not in line and "\t" not in line) or set(line) <= set("|-:+= \t"):
        return None
    return [text[s:e].strip(" *_") for s, e in table_cells(text, ln.cstart, ln.cend)]


def _marks_columns(text: str, ln: Line) -> bool:
    """A table's header whose first column is untitled ("| | Observing | Chairperson |") or
    titled otherwise, and whose other columns are lists or roles to mark."""
    heads = table_heads(text, ln)
    if not heads or len(heads) < 2 or column_head(heads[0]) is not None:
        return False
    if not all(column_head(h) is not None for h in heads[1:]):
        return False
    rows = text[ln.end : ln.end + 400].split("\n")[1:4]  # the first rows after the rule
    return any(cell.strip(" *_").lower() in _MARKS for row in rows for cell in row.split("|"))


def marked_columns(text: str, a: int, b: int, heads: list[str]) -> list[tuple[str, str | None]]:
    """The (attendance kind, role) of each column a row marks with an "X" or a tick."""
    out = []
    cells = table_cells(text, a, b)
    for (s, e), head in zip(cells, heads, strict=False):
        if text[s:e].strip(" *_").lower() in _MARKS and (col := column_head(head)) is not None:
            out.append(col)
    return out


_ROLE_HEADING_RE = re.compile(
    r"[*_#\s]*(?P<role>[A-Z][\w’'/-]*(?:[ \t]+[\w’'/&-]+){0,4})[*_\s]*:?[*_\s]*"
)


def role_heading(text: str, a: int, b: int) -> str | None:
    """ "Chair", "**Vice-Chair**:", "Clerk to the Council:", "TOWN COUNCILLORS" alone on a
    line: the role of the names listed under it ("" for a label that gives none, "COUNTY":
    a County Councillor, "### Core Team": a group's members)."""
    m = _ROLE_HEADING_RE.fullmatch(text, a, b)
    if m is None:
        return None
    label = m.group("role")
    if is_role_phrase(label):
        return singular_role(label)  # "Advisers": each an Adviser
    if label.isupper() and len(label.split()) <= 3:
        return tier_role(label) or ""
    if text[a] in "#*_" and _GROUP_LABEL_RE.search(label):
        return ""  # "### Core Team" under "## Attendees": the team's members
    return None


# A group of the people a meeting lists, as a sub-heading names it: "Core Team", "Steering
# Committee", "Working Group", "Maintainers".
_GROUP_LABEL_RE = re.compile(
    r"(?i)\b(?:team|committee|group|board|council|panel|staff|maintainers|contributors)$"
)


_TABLE_HEADER_RE = re.compile(
    r"(?i)\|?\s*(?:(?:role|position|title|organi[sz]ation)\s*(?:\||\t+)\s*)?"
    r"(?:(?:full|first|member(?:'s)?|attendee(?:'s)?)\s+)?"
    r"(?:names?|attendees?|members?|person|participants?)"
    # the next column's head after a space too: "Attendee Role", "Name Position"
    r"(?:\s+(?:roles?|positions?|titles?|offices?|organi[sz]ations?))?\s*(?:\||\t|$)"
)


def is_table_rule(line: str) -> bool:
    """A table's header rule ("|---|---|"), its header ("| Name | Role |"), or a markdown
    code fence ("```") around a pasted list."""
    s = line.strip()
    return bool(s) and (
        set(s) <= set("|-:+= \t") or s.startswith("```") or bool(_TABLE_HEADER_RE.match(s))
    )


_TABLE_CELL_SEP_RE = re.compile(r"\t+|\s*\|\s*")


def table_cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
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


def column_head(cell: str) -> tuple[str, str | None] | None:
    """A table head that names a list: (attendance kind, the role it gives)."""
    m = _LIST_MARKER_RE.fullmatch(cell) if cell else None
    if m is not None and not m.group("rest"):
        return list_kind(m.group("kind")), heading_role(m.group("kind"))
    if cell and is_role_phrase(cell) and len(cell.split()) <= 3:
        return PRESENT, None if cell.lower().rstrip("s") == "member" else cell
    return None
