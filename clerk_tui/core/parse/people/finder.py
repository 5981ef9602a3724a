"""The collector every people rule adds to."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..context import per_parse
from ..layout import Line
from .entries import Entry, is_caps_word
from .words import (
    LEADING_THE_RE,
    is_body_acronym,
    is_initials_for,
    is_placeholder,
    names_an_organisation,
)

# Offices written short in a bracket after a name: "(Pres.)", "(Treas.)", "(Sec.)", "(VP)".
_SHORT_OFFICES = {
    "pres": "President",
    "vp": "Vice President",
    "v.p": "Vice President",
    "treas": "Treasurer",
    "sec": "Secretary",
    "secy": "Secretary",
    "sec'y": "Secretary",
}


_CHARACTER_REFERENCE_RE = re.compile(r"&#(?:x[0-9a-fA-F]{1,4}|[0-9]{1,5});?")


@per_parse  # (the same roles come again from every list)
def _clean_role(role: str | None) -> str | None:
    if role is None:
        return None
    if "&#" in role:
        role = _CHARACTER_REFERENCE_RE.sub(" ", role)  # "Member &#x20;": a space, as HTML writes
    r = " ".join(role.replace("\u00a0", " ").split()).strip(" ,;:.-–")
    r = _before_caps_heading(LEADING_THE_RE.sub("", r))
    r = _SHORT_OFFICES.get(r.lower(), r)
    return None if not r or is_placeholder(r) else r


def _before_caps_heading(role: str) -> str:
    """A role run on into the minutes' own headings in capitals, as text flattened from a PDF
    table runs ("Clerk AGENDA ITEM MINUTES ACTION NO: 1"): the role before them (not "Chair,
    NHS TRUST BOARD")."""
    words = role.split()
    for k in range(1, len(words) - 1):
        if words[k].lower() in _HEADING_WORDS and words[k].isupper() and is_caps_word(words[k + 1]):
            return " ".join(words[:k]).rstrip(" ,;:-–")
    return role


# The words of the minutes' own headings in capitals ("AGENDA ITEM", "MINUTES", "ACTION").
_HEADING_WORDS = frozenset("agenda item items minutes action actions discussion decisions".split())  # noqa: SIM905


@dataclass
class Found:
    """One person (or role alone) as one rule found it."""

    name: str | None
    role: str | None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    initials: str | None = None
    attendance: str | None = None

    def tokens(self) -> list[str]:
        return (self.name or "").split()


class PeopleFinder:
    """What the rules found in one document, before merging (see :mod:`.merge`)."""

    def __init__(self, text: str, lines: list[Line]) -> None:
        self.text = text
        self.lines = lines
        self.found: list[Found] = []
        self.bodies: dict[str, bool] = {}  # name -> whether it is a body's capitals

    def is_body(self, name: str) -> bool:
        """:func:`.words.is_body_acronym` for this text, once per name."""
        if name not in self.bodies:
            self.bodies[name] = is_body_acronym(name, self.text)
        return self.bodies[name]

    def add(
        self,
        name: str | None,
        role: str | None,
        start: int,
        end: int,
        initials: str | None = None,
        attendance: str | None = None,
    ) -> None:
        if name is not None:
            name = " ".join(name.split()).strip(" ,.;:'’")
            if not name or is_placeholder(name) or self.is_body(name):
                return  # "TBC", "??"; "NHS", "the PCN": no one's name
            if names_an_organisation(name):
                return  # "Christian Aid", "Glen Allotments"
            if role and " " in role:
                head, _, last = role.rstrip().rpartition(" ")
                if is_initials_for(last, name):
                    role, initials = head, initials or last  # "Ann Lee, Chair AL": her letters
        self.found.append(Found(name, _clean_role(role), [(start, end)], initials, attendance))

    def add_entry(self, entry: Entry, attendance: str | None) -> None:
        """A person read from an attendance list (``attendance``: which list)."""
        self.add(entry.name, entry.role, entry.start, entry.end, entry.initials, attendance)
