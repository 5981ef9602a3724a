"""A two-column attendance table pasted flat (as PDF text of NHS and CCG boards reads):
every name one a line, then every role one a line in the same order, a long role wrapped
over two lines.

    Dr Asha Patel
    Ian Hurst
    Clinical Chair
    Lay Member –
    Audit and Governance
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..items import NUM_RE
from ..layout import Line
from .entries import (
    Entry,
    is_caps_word,
    is_role_phrase,
    names_a_person,
    read_entry,
    strip_honorifics,
)
from .finder import PeopleFinder
from .list_heads import list_kind
from .words import ROLE_WORDS, is_initials_for, names_an_organisation

# Words that make a cell a role, beside the shared role words ("GP", "Doctor"), or the body
# its holder speaks for ("Bowls Club", "Friends of the Park", "Pre-School").
_ROLE_CELL_WORDS = ROLE_WORDS | frozenset(
    """
    gp gps doctor minutes councillor lay club society association group friends trust council
    committee school shop church team forum union league guild federation
    institute network partnership alliance foundation charity centre
    """.split()  # noqa: SIM905
)
# A line ending in one of these goes on to the next: "Lay Member –", "Director of Adult &".
_RUNS_ON_RE = re.compile(r"(?:[-–—&,/(]|\b(?:and|of|for|to|the|in|with))\s*$")
# Page furniture inside a pasted table: "Page 1 of 17", "- 3 -".
_PAGE_RE = re.compile(r"(?i)(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?|[-–—]\s*\d{1,3}\s*[-–—]")
_WORD_RE = re.compile(r"[A-Za-z]+")
_MAX_CELL = 60
# A table row's cells pasted on one line: "Carl Moss<TAB>Chair", "Present / Ann Lee".
_CELL_SEP_RE = re.compile(r"\t+|[ \t]+[/|][ \t]+")
_MAX_ROW = 120
# A list's heading, alone on its line or a row's first cell: "Present / Ann Lee",
# "Apologies: Dan Hill", "Attendees<TAB>Nora Quill".
_LIST_HEAD = (
    r"(?i)(?P<head>present|attendees|attending|(?:also[ \t]+)?in[ \t]+attendance|also[ \t]+present"
    r"|apologies(?:[ \t]+for[ \t]+absence)?|absent)[ \t]*"
)
_HEAD_CELL_RE = re.compile(_LIST_HEAD + r"(?::[ \t]*|\t+|[/|][ \t]+)")
_LIST_HEAD_RE = re.compile(_LIST_HEAD + r"(?:[:/|\t]|$)")
_HEAD_FIRST = frozenset("PpAaIi")
_COLUMN_HEAD_RE = re.compile(
    r"(?i)[*_#\s]*(?:roles?|positions?|titles?|offices?|organi[sz]ations?|representing"
    r"|capacity|designation)[*_:\s]*"
)


def flattened_columns(finder: PeopleFinder) -> None:
    """Names one a line (two or more, each a whole name with no role), then lines that read
    as their roles: each name takes the role in its place, once the role lines (a wrapped
    role joined back) count as many as the names. A table row whose cells hold lines pastes
    so too, its cells apart by a tab, " / " or " | ": the list's heading before the first
    name ("Present / Ann Lee", "Apologies: Dan Hill"; each name is then on that list) and
    the first role after the last name ("Carl Moss<TAB>Chair")."""
    text, lines = finder.text, finder.lines
    read: dict[int, _NameCell | None] = {}  # each line read once (a line may be asked twice)

    def name_cell(ln: Line) -> _NameCell | None:
        if ln.index not in read:
            read[ln.index] = _name_cell(text, ln)
        return read[ln.index]

    def ends_roles(ln: Line) -> bool:
        return name_cell(ln) is not None or _opens_list(text, ln)

    i = 0
    while i < len(lines):
        if i + 1 < len(lines) and not _may_be_name_cell(text, lines[i + 1]):
            i += 1  # (a cheap test first) one name line alone heads no column
            continue
        names: list[Entry] = []
        kind: str | None = None
        roles_at: int | None = None
        while i < len(lines) and (cell := name_cell(lines[i])) is not None:
            if cell.kind is not None and names:
                break  # the next list's row
            kind = kind or cell.kind
            names.append(cell.entry)
            i += 1
            if cell.next_cell is not None:
                roles_at = cell.next_cell
                break
        if len(names) < 2:
            i += 1 if not names else 0
            continue
        first: list[str] = []
        if roles_at is None:
            i = _roles_start(text, lines, i)
        elif _whole_name(text, roles_at, lines[i - 1].cend) is None:
            first.append(text[roles_at : lines[i - 1].cend].strip())
        else:
            continue  # "Ann Lee / Bob Tate": two people, no role
        cells, i = _role_lines(text, lines, i, 3 * len(names), ends_roles)
        roles = _group_cells(first + cells, len(names))
        if roles is None:
            continue
        for entry, role in zip(names, roles, strict=True):
            _give_role(finder, entry, role, kind)


def _roles_start(text: str, lines: list[Line], i: int) -> int:
    """Where the roles begin after the names: past one blank line and the roles' column head
    ("Role", "Representing", "Position")."""
    if i < len(lines) and lines[i].blank:
        i += 1
    if i < len(lines) and _COLUMN_HEAD_RE.fullmatch(text, lines[i].cstart, lines[i].cend):
        i += 1
    return i


@dataclass(frozen=True)
class _NameCell:
    """A line of a names column: the name, the list a heading cell before it opens, and
    where a cell after it (the first role) starts."""

    entry: Entry
    kind: str | None = None
    next_cell: int | None = None


def _cells(text: str, ln: Line) -> tuple[str | None, int, int, int | None]:
    """A line's name cell, between a list's heading cell and the next cell: (the list, its
    start, its end, where the next cell starts)."""
    a, b = ln.cstart, ln.cend
    kind = None
    if text[a] in _HEAD_FIRST and (hm := _HEAD_CELL_RE.match(text, a, b)):
        kind, a = list_kind(hm.group("head")), hm.end()
    line = text[a:b]
    if "\t" in line or " / " in line or " | " in line:
        sep = _CELL_SEP_RE.search(text, a, b)
        if sep is not None:
            return kind, a, sep.start(), sep.end()
    return kind, a, b, None


def _may_be_name_cell(text: str, ln: Line) -> bool:
    """What :func:`_name_cell` asks first, short of reading the name."""
    if ln.blank or ln.cend - ln.cstart > _MAX_ROW or not text[ln.cstart].isalpha():
        return False
    _, a, b, _ = _cells(text, ln)
    return _may_be_name(text, a, b)


def _may_be_name(text: str, a: int, b: int) -> bool:
    if a >= b or b - a > 50 or not text[a].isupper():
        return False
    cell = text[a:b]
    return not (any(c in cell for c in ",:;()|\t") or is_role_phrase(strip_honorifics(cell)[1]))


def _name_cell(text: str, ln: Line) -> _NameCell | None:
    """A line whose name cell is one person's whole name."""
    if not _may_be_name_cell(text, ln):
        return None
    kind, a, b, next_cell = _cells(text, ln)
    entry = _whole_name(text, a, b)
    return None if entry is None else _NameCell(entry, kind, next_cell)


def _whole_name(text: str, a: int, b: int) -> Entry | None:
    """The text from ``a`` to ``b`` as one person's whole name, written with two words or
    more and no role; None when it is not one."""
    if not _may_be_name(text, a, b):
        return None
    entry = read_entry(text, a, b)
    if entry is None or entry.role not in (None, entry.honorific) or " " not in entry.name:
        return None
    if names_an_organisation(entry.name):
        return None  # "Valley Friends", a body a role column names
    return entry


def _opens_list(text: str, ln: Line) -> bool:
    """A line that opens an attendance list ("Apologies", "Absent / None")."""
    return (
        text[ln.cstart] in _HEAD_FIRST and _LIST_HEAD_RE.match(text, ln.cstart, ln.cend) is not None
    )


def _role_lines(
    text: str, lines: list[Line], i: int, most: int, ends_roles: Callable[[Line], bool]
) -> tuple[list[str], int]:
    """The lines from ``i`` that may be a role column's cells (page furniture skipped), up
    to a blank line, a heading, a name, a list's heading or a sentence; and the index after
    them."""
    cells: list[str] = []
    while i < len(lines) and len(cells) <= most:
        ln = lines[i]
        if ln.blank:
            break
        line = text[ln.cstart : ln.cend].strip()
        if _PAGE_RE.fullmatch(line):
            i += 1
            continue
        if (
            len(line) > _MAX_CELL
            or ":" in line
            or line[0].isdigit()
            or NUM_RE.match(line) is not None
            or all(map(is_caps_word, line.split()))  # a heading: "ITEM", "MATTERS ARISING"
            or line.endswith((".", "?", "!"))
            or ends_roles(ln)
            or names_a_person(line)
        ):
            break
        cells.append(line)
        i += 1
    return cells, i


def _has_role_word(cell: str) -> bool:
    """A role word, a body's word, or a body's capitals ("HAGA", "WI")."""
    return any(
        w.lower() in _ROLE_CELL_WORDS or 1 < len(w) < 6 and w.isupper()
        for w in _WORD_RE.findall(cell)
    )


def _group_cells(cells: list[str], n: int) -> list[str] | None:
    """``cells`` joined into ``n`` roles in order, or None when they cannot be. A cell runs
    on to the next when it ends in a dash, "&" or "of", or the next starts in lower case;
    otherwise where it is long enough to have wrapped; each role should hold a role word.
    (The cheapest grouping wins: a join that a wrap explains costs 1, another 4, a role
    with no role word 2.)"""
    m = len(cells)
    if m < n or m > 2 * n:
        return None
    width = max(len(c) for c in cells)
    join_cost: list[float] = []
    for a, b in zip(cells, cells[1:], strict=False):
        if _RUNS_ON_RE.search(a) or b[0].islower() or b[0] in "&(":
            join_cost.append(0.0)
        elif len(a) + 1 + len(b.split()[0]) > width:
            join_cost.append(1.0)
        else:
            join_cost.append(4.0)
    inf = float("inf")
    # best[k][j]: the cheapest grouping of cells[:j] into k roles, and where its last began.
    best = [[(inf, -1)] * (m + 1) for _ in range(n + 1)]
    best[0][0] = (0.0, -1)
    for k in range(1, n + 1):
        for j in range(k, m + 1):
            for s in range(k - 1, j):
                prev = best[k - 1][s][0]
                if prev == inf or (s > 0 and join_cost[s - 1] == 0.0):
                    continue  # a cell that runs on cannot end a role
                cost = prev + sum(join_cost[s : j - 1])
                cost += 0.0 if _has_role_word(" ".join(cells[s:j])) else 2.0
                if cost < best[k][j][0]:
                    best[k][j] = (cost, s)
    if best[n][m][0] == inf:
        return None
    roles: list[str] = []
    j = m
    for k in range(n, 0, -1):
        s = best[k][j][1]
        roles.append(" ".join(cells[s:j]))
        j = s
    roles.reverse()
    if 2 * sum(_has_role_word(r) for r in roles) < n:
        return None  # not a column of roles
    return roles


def _give_role(finder: PeopleFinder, entry: Entry, role: str, kind: str | None) -> None:
    """The role for the person the list already found at the name's place (replacing a
    heading's "Voting Member"), or a new person; on the list ``kind`` when the row's heading
    names one."""
    for found in finder.found:
        if found.name == entry.name and (entry.start, entry.end) in found.mentions:
            found.role = role.strip(" ,;:-–—")
            found.attendance = found.attendance or kind
            return
    entry.role = role
    finder.add_entry(entry, kind)


# Initials in brackets closing a name: "(MU)", "(MDF)".
_INITIALS_BRACKET_RE = re.compile(r"\(([A-Z]{2,4})\)")
_RUN_GAP = 40  # the most characters a name takes between two brackets of one run
_NAME_WORD_RE = re.compile(r"[A-Z][\w’'-]*")
# Where one role ends in a row of roles run on: after a role's head word, unless a comma,
# "and" or "of" goes on with it ("Co-opted Governor, Chair Parent Governor").
_ROLE_GOES_ON_RE = re.compile(r"\s*(?:,|&|and\b|of\b|for\b|to\b|[-–(])")
_MARKS = {"present": "present", "apologies": "apologies", "absent": "absent"}


def initialled_rows(finder: PeopleFinder) -> None:
    """A table of people pasted flat onto one line by columns: three or more names in a row,
    each closed by its initials in brackets ("Mark Upham (MU) Helen Kulendran (HK) ..."),
    then as many roles run on ("Co-opted Governor, Chair Parent Governor ..."), then maybe a
    mark of attendance each ("Present Present ..."). The names are people; the roles and
    marks theirs when they count as many."""
    text = finder.text
    if text.count("(") < 3:
        return
    run: list[tuple[int, int]] = []  # each name's start and its bracket's end
    for m in _INITIALS_BRACKET_RE.finditer(text):
        start = _initialled_name(text, m, run[-1][1] if run else -1)
        if start is None:
            _take_run(finder, run)
            run = []
            start = _initialled_name(text, m, -1)
        if start is not None:
            run.append((start, m.end()))
    _take_run(finder, run)


def _initialled_name(text: str, m: re.Match[str], after: int) -> int | None:
    """Where the name the initials ``m`` close starts: the capitalised words just before it
    whose initials they are (right after the run's last bracket when ``after`` >= 0)."""
    letters = m.group(1)
    lo = after if after >= 0 else max(0, m.start() - _RUN_GAP)
    if m.start() - lo > _RUN_GAP:
        return None
    words = list(_NAME_WORD_RE.finditer(text, lo, m.start()))
    for k in range(min(len(words), len(letters) + 1), 1, -1):
        first = words[-k]
        if after >= 0 and text[after : first.start()].strip():
            continue  # a word between two names: no run
        if "\n" not in text[first.start() : m.start()] and is_initials_for(
            letters, text[first.start() : m.start()]
        ):
            return first.start()
    return None


def _take_run(finder: PeopleFinder, run: list[tuple[int, int]]) -> None:
    if len(run) < 3:
        return
    text = finder.text
    roles, end = _run_on_roles(text, run[-1][1], len(run))
    marks = _marks(text, end, len(run)) if roles else None
    for k, (start, bracket_end) in enumerate(run):
        entry = read_entry(text, start, bracket_end)
        if entry is None:
            continue
        entry.role = roles[k] if roles else entry.role
        finder.add_entry(entry, marks[k] if marks else None)


def _run_on_roles(text: str, at: int, n: int) -> tuple[list[str] | None, int]:
    """The ``n`` roles run on from ``at``, each up to its head word, and where they end; None
    when the words there are not that many roles."""
    roles: list[str] = []
    start = at
    for w in _WORD_RE.finditer(text, at, min(len(text), at + 60 * n)):
        if text[start : w.start()].strip() and "\n" in text[start : w.start()]:
            return None, at
        if w.group().lower() not in ROLE_WORDS or _ROLE_GOES_ON_RE.match(text, w.end()):
            continue
        role = " ".join(text[start : w.end()].split())
        if not role[:1].isupper() or not is_role_phrase(role):
            return None, at
        roles.append(role)
        start = w.end()
        if len(roles) == n:
            return roles, start
    return None, at


def _marks(text: str, at: int, n: int) -> list[str] | None:
    """``n`` marks of attendance run on from ``at`` ("Present Present Apologies ...")."""
    words = text[at : at + 12 * n].split()[:n]
    if len(words) < n or any(w.lower() not in _MARKS for w in words):
        return None
    return [_MARKS[w.lower()] for w in words]
