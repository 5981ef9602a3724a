"""A councillor's title kept as the minutes write it: "Cllr Ann Bell" is a Cllr, "Councilor
Ruiz" a Councilor, "Cr Nguyen" a Cr. The rules read every such title as "Councillor" so that
they compare; the role a clerk reads back is the minutes' own word."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...model import Person

# A councillor's title before a name, folded to the word the role takes ("Cllrs" -> "Cllr");
# in the text, also a list's heading ("Councillors:").
_TITLE = r"(Cllrs?|CLLRS?|Cr|Councilors?|Councillors?|COUNCILLORS?)"
_TITLE_RE = re.compile(rf"{_TITLE}\.?\s")
_TITLE_IN_TEXT_RE = re.compile(rf"\b{_TITLE}(?:\.?\s+(?=[A-Z])|[ \t]*:)")
_WRITTEN = {"cllr": "Cllr", "cr": "Cr", "councilor": "Councilor", "councillor": "Councillor"}


def titles_as_written(text: str, people: list[Person]) -> list[Person]:
    """Each councillor's role ("Councillor", "County Councillor") in the one form of title
    their own mentions use ("Cllr" when each says "Cllr" or "Cllrs"), or when none carries
    one ("Cllrs A, B and C"), the one form the whole minutes use, a "Councillors:" heading
    included; unchanged when the minutes write it two ways, or write the office out in full
    ("R Dale (County Councillor)", "Borough Councillor - Mr C Sampson")."""
    in_text: set[str] | None = None
    for person in people:
        if not person.role or person.role.split()[-1] != "Councillor":
            continue
        if " " in person.role and person.role in text:
            continue  # "R Dale (County Councillor)": the office as the minutes write it
        written = _forms(_TITLE_RE.match(text, start, end) for start, end in person.mentions)
        if not written:
            if in_text is None:
                in_text = _forms(_TITLE_IN_TEXT_RE.finditer(text))
            written = set(in_text)
        if len(written) == 1:
            person.role = person.role[: -len("Councillor")] + written.pop()
    return people


def _forms(found: Iterable[re.Match[str] | None]) -> set[str]:
    return {_WRITTEN[m.group(1).lower().rstrip("s")] for m in found if m}
