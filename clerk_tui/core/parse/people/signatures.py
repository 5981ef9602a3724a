"""Who signs the minutes, in what office: a signature block of short lines ("Signed: Ann Lee"
then "Chairman"; "Respectfully submitted," then the name and the office; "Chairman ........
Ann Lee   Date ......")."""

from __future__ import annotations

import re

from ..keywords import scan
from .entries import bare_role, read_entry
from .finder import PeopleFinder

# What opens a block: a cue ("Signed", "Respectfully submitted", "Minutes taken by"), or an
# office before a dotted line to sign on. (The scan starts on the cue's words.)
_CUE_RE = re.compile(
    r"(?i:signed|respectfully[ \t]+submitted|submitted[ \t]+by"
    r"|minutes[ \t]+(?:taken|recorded|prepared)[ \t]+by)\b"
)
_OFFICE_LEADER_RE = re.compile(
    r"(?m)^[ \t]*(?P<office>[A-Z][\w-]*(?:[ \t]+[\w-]+){0,3})[ \t]*[.…_]{4,}"
)
# What parts the block's words: a dotted line, a bracket, a colon, a comma, a line break, wide
# spaces; "Date" and what follows it on its line is no one's.
_PARTS_RE = re.compile(r"[.…_]{3,}|[():,\n\t]| {3,}")
_OF_BODY_RE = re.compile(r"[ \t]+(?:of|to|for)[ \t]+")
_DATE_RE = re.compile(r"(?i)date\b[^\n]*")
_BLOCK_LINES = 4  # the cue's line and the lines after it a block may hold
_SHORT = 60  # a block's lines are short: a longer one is the minutes' text again


def signatures(finder: PeopleFinder) -> None:
    """The one person a signature block names, with the one office it gives them."""
    text = finder.text
    starts = [m.start() for m in scan(_CUE_RE, text) if _opens_line(text, m.start())]
    if "...." in text or "…" in text or "____" in text:
        starts += [m.start() for m in _OFFICE_LEADER_RE.finditer(text)]
    for start in starts:
        _read_block(finder, start, _block_end(text, start))


def _opens_line(text: str, at: int) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    return not text[line_start:at].strip(" \t>*_#-")


def _block_end(text: str, start: int) -> int:
    """Where the block from ``start`` ends: after its lines, at a long line, past blank ones."""
    end, taken = start, 0
    while taken < _BLOCK_LINES and end < len(text):
        nl = text.find("\n", end + 1)
        nl = len(text) if nl < 0 else nl
        line = text[end:nl].strip()
        if len(line) > _SHORT:
            break
        if line:
            taken += 1
        end = nl
    return end


def _read_block(finder: PeopleFinder, start: int, end: int) -> None:
    text = finder.text
    block = _DATE_RE.sub(lambda m: " " * len(m.group(0)), text[start:end])
    offices: list[str] = []
    people = []
    at = 0
    for cut in [*_PARTS_RE.finditer(block), None]:
        stop = cut.start() if cut is not None else len(block)
        piece = block[at:stop].strip()
        if piece and not _CUE_RE.fullmatch(piece):
            if bare_role(_OF_BODY_RE.split(piece, 1)[0]):  # "Clerk to the Council"
                offices.append(piece)
            elif (entry := read_entry(text, start + at, start + stop)) is not None:
                people.append(entry)
            else:
                return  # words of the minutes: no block
        at = cut.end() if cut is not None else stop
    if len(people) != 1 or len(offices) > 1 or not (offices or people[0].role):
        return
    person = people[0]
    if " " not in person.name:
        return  # one word: no one's whole name
    finder.add(person.name, offices[0] if offices else person.role, person.start, person.end)
