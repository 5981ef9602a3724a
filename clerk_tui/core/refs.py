"""Shared action references a clerk can say aloud: committee short name, meeting year, number.

    short_name("Health and Wellbeing Board")   -> "HWB"
    make_ref("HWB", 2025, 7)                   -> "HWB/25/07"
    parse_ref("hwb/25/7")                      -> ("HWB/25", 7)
    label("HWB/25/07", provisional=True)       -> "HWB/25/07*"
    span(["HWB/25/07", "HWB/25/08", "HWB/25/09"]) -> "HWB/25/07 to HWB/25/09"

A copy numbers a new action itself (the next free number it knows for the prefix); in team
mode the sync server confirms the number, or gives the next free one when another clerk took
it offline, and until then the reference is provisional.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_MINOR_WORDS = frozenset({"and", "of", "the", "for", "&", "on", "in", "to", "a", "an"})
_GENERIC_WORDS = frozenset({"committee", "board", "sub-committee", "subcommittee", "panel"})
_REF = re.compile(r"\s*([A-Za-z][A-Za-z0-9]*)\s*/\s*(\d{2})\s*/\s*(\d+)\s*\*?\s*")
NO_COMMITTEE = "ACT"
PROVISIONAL_MARK = "*"
PROVISIONAL_LEGEND = (
    "* A reference marked * is provisional: the team's sync server confirms it (or gives "
    "the next free number) at the next sync."
)
"""The one line every export and chaser that shows a provisional reference carries."""
SPAN_LISTED = 3


def short_name(committee: str) -> str:
    """The acronym the name holds ('Riverside HWB' -> 'HWB'), else the initials of its
    significant words ('Overview and Scrutiny Committee' -> 'OSC'); one significant word gives
    its first three letters ('Planning Committee' -> 'PLA')."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", committee)
    acronyms = [w for w in words if len(w) >= 2 and w.isupper() and w.isalpha()]
    if acronyms:
        return acronyms[-1]
    significant = [w for w in words if w.lower() not in _MINOR_WORDS]
    if not significant:
        return NO_COMMITTEE
    core = [w for w in significant if w.lower() not in _GENERIC_WORDS]
    if len(core) == 1 and len(significant) <= 2:
        return re.sub(r"[^A-Za-z]", "", core[0])[:3].upper()
    if len(significant) == 1:
        return re.sub(r"[^A-Za-z]", "", significant[0])[:3].upper()
    return "".join(w[0] for w in significant).upper()


def prefix(short: str | None, year: int) -> str:
    """'HWB/25': the part of a reference before its number."""
    return f"{(short or NO_COMMITTEE).upper()}/{year % 100:02d}"


def make_ref(short: str | None, year: int, number: int) -> str:
    return f"{prefix(short, year)}/{number:02d}"


def parse_ref(text: str) -> tuple[str, int] | None:
    """(prefix, number) of a reference as typed, any case and padding; None when it is not
    one."""
    match = _REF.fullmatch(text)
    if not match:
        return None
    return f"{match[1].upper()}/{match[2]}", int(match[3])


def normalise(text: str) -> str | None:
    """A typed reference in its stored form ('hwb/25/7*' -> 'HWB/25/07'), else None."""
    parsed = parse_ref(text)
    return f"{parsed[0]}/{parsed[1]:02d}" if parsed else None


def label(ref: str | None, provisional: bool) -> str:
    """The reference as shown: marked with '*' until the sync server has confirmed it."""
    if not ref:
        return ""
    return ref + (PROVISIONAL_MARK if provisional else "")


def of_row(row: Mapping[str, Any]) -> str:
    """What to call a stored action (a row with id, ref, ref_provisional): its shared
    reference, else its local number."""
    return label(row.get("ref"), bool(row.get("ref_provisional"))) or str(row["id"])


def span(labels: list[str]) -> str:
    """Several references in a few words: 'HWB/25/07 to HWB/25/09' for a run of numbers of
    one prefix, else the first few and how many more."""
    parsed = [parse_ref(text) for text in labels]
    if len(labels) > 2 and all(parsed):
        prefixes = {p[0] for p in parsed if p}
        numbers = [p[1] for p in parsed if p]
        if len(prefixes) == 1 and numbers == list(range(numbers[0], numbers[0] + len(numbers))):
            return f"{labels[0]} to {labels[-1]}"
    shown = ", ".join(labels[:SPAN_LISTED])
    more = len(labels) - SPAN_LISTED
    return shown + (f" and {more} more" if more > 0 else "")


def any_provisional(labels: list[str]) -> bool:
    return any(text.endswith(PROVISIONAL_MARK) for text in labels)
