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

from ..layout import Line
from .entries import Entry, is_role_phrase, names_a_person, read_entry, strip_honorifics
from .finder import PeopleFinder
from .words import ROLE_WORDS

# Words that make a cell a role, beside the shared role words ("GP", "Doctor").
_ROLE_CELL_WORDS = ROLE_WORDS | {"gp", "gps", "doctor", "minutes", "councillor", "lay"}
# A line ending in one of these goes on to the next: "Lay Member –", "Director of Adult &".
_RUNS_ON_RE = re.compile(r"(?:[-–—&,/(]|\b(?:and|of|for|to|the|in|with))\s*$")
# Page furniture inside a pasted table: "Page 1 of 17", "- 3 -".
_PAGE_RE = re.compile(r"(?i)(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?|[-–—]\s*\d{1,3}\s*[-–—]")
_WORD_RE = re.compile(r"[A-Za-z]+")
_MAX_CELL = 60
_COLUMN_HEAD_RE = re.compile(
    r"(?i)[*_#\s]*(?:roles?|positions?|titles?|offices?|organi[sz]ations?|representing"
    r"|capacity|designation)[*_:\s]*"
)


def flattened_columns(finder: PeopleFinder) -> None:
    """Names one a line (two or more, each a whole name with no role), then lines that read
    as their roles: each name takes the role in its place, once the role lines (a wrapped
    role joined back) count as many as the names."""
    text, lines = finder.text, finder.lines
    read: dict[int, Entry | None] = {}  # each line read once (a line may be asked twice)

    def name_line(ln: Line) -> Entry | None:
        if ln.index not in read:
            read[ln.index] = _name_line(text, ln)
        return read[ln.index]

    i = 0
    while i < len(lines):
        if i + 1 < len(lines) and not _may_be_name_line(text, lines[i + 1]):
            i += 1  # (a cheap test first) one name line alone heads no column
            continue
        names: list[Entry] = []
        while i < len(lines) and (entry := name_line(lines[i])) is not None:
            names.append(entry)
            i += 1
        if len(names) < 2:
            i += 1 if not names else 0
            continue
        i = _roles_start(text, lines, i)
        cells, i = _role_lines(text, lines, i, 3 * len(names), name_line)
        roles = _group_cells(cells, len(names))
        if roles is None:
            continue
        for entry, role in zip(names, roles, strict=True):
            _give_role(finder, entry, role)


def _roles_start(text: str, lines: list[Line], i: int) -> int:
    """Where the roles begin after the names: past one blank line and the roles' column head
    ("Role", "Representing", "Position")."""
    if i < len(lines) and lines[i].blank:
        i += 1
    if i < len(lines) and _COLUMN_HEAD_RE.fullmatch(text, lines[i].cstart, lines[i].cend):
        i += 1
    return i


def _may_be_name_line(text: str, ln: Line) -> bool:
    """What :func:`_name_line` asks first, short of reading the name."""
    if ln.blank or ln.cend - ln.cstart > 50 or not text[ln.cstart].isupper():
        return False
    line = text[ln.cstart : ln.cend]
    return not (any(c in line for c in ",:;()|\t") or is_role_phrase(strip_honorifics(line)[1]))


def _name_line(text: str, ln: Line) -> Entry | None:
    """A line that is one person's whole name, written with two words or more and no role."""
    if not _may_be_name_line(text, ln):
        return None
    line = text[ln.cstart : ln.cend]
    entry = read_entry(text, ln.cstart, ln.cend)
    if entry is None or entry.role not in (None, entry.honorific):
        return None
    if " " not in entry.name or text[ln.cstart : ln.cend].strip(" .") != line.strip(" ."):
        return None
    return entry


def _role_lines(
    text: str, lines: list[Line], i: int, most: int, name_line: Callable[[Line], Entry | None]
) -> tuple[list[str], int]:
    """The lines from ``i`` that may be a role column's cells (page furniture skipped), up
    to a blank line, a heading, a name or a sentence; and the index after them."""
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
            or line.endswith((".", "?", "!"))
            or name_line(ln) is not None
            or names_a_person(line)
        ):
            break
        cells.append(line)
        i += 1
    return cells, i


def _has_role_word(cell: str) -> bool:
    return any(w.lower() in _ROLE_CELL_WORDS for w in _WORD_RE.findall(cell))


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


def _give_role(finder: PeopleFinder, entry: Entry, role: str) -> None:
    """The role for the person the list already found at the name's place (replacing a
    heading's "Voting Member"), or a new person."""
    for found in finder.found:
        if found.name == entry.name and (entry.start, entry.end) in found.mentions:
            found.role = role.strip(" ,;:-–—")
            return
    entry.role = role
    finder.add_entry(entry, None)
