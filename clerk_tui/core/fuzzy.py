"""Finding someone in the directory as a clerk types: forgiving typos, word order, a part of
the name, a nickname-free alias or a role ("natrajan", "priya", "director public health")."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from rapidfuzz import fuzz, process

from clerk_tui.core.names import fold

CUTOFF = 70
"""Scores (0-100) below this are no match."""

Findable = tuple[int, str, Sequence[str]]
"""(id, name, other ways to find them: aliases, roles, organisation, committees)."""


def rank(query: str, people: Iterable[Findable], limit: int | None = None) -> list[int]:
    """The ids of the people that fit `query` best, best first (ties by name); all of them,
    by name, for an empty query."""
    everyone = list(people)
    if not fold(query):
        return [pid for pid, _, _ in sorted(everyone, key=lambda p: p[1].casefold())][:limit]
    choices: list[str] = []
    owners: list[tuple[int, str, bool]] = []
    for pid, name, others in everyone:
        words = fold(name).split()
        for index, text in enumerate((name, *others, *(words if len(words) > 1 else ()))):
            if text:
                choices.append(fold(text))
                owners.append((pid, name, index == 0))
    best: dict[int, tuple[float, str]] = {}
    for _, score, index in process.extract(
        fold(query), choices, scorer=fuzz.WRatio, limit=None, score_cutoff=CUTOFF
    ):
        pid, name, is_name = owners[index]
        score += 0.5 if is_name else 0  # the name itself before an alias that scores the same
        if score > best.get(pid, (0.0, ""))[0]:
            best[pid] = (score, name)
    ordered = sorted(best.items(), key=lambda item: (-item[1][0], item[1][1].casefold()))
    return [pid for pid, _ in ordered][:limit]


SURNAME_CUTOFF = 80
"""How alike two surnames must be (0-100, letter for letter) to offer one for the other."""


def by_surname(surname: str, people: Iterable[tuple[int, str]], limit: int) -> list[int]:
    """The ids of the people whose surname is spelled like `surname` ('Natrajan' for
    Natarajan, 'Okafr' for Okafor), best first: letter for letter, so 'Porter' is not
    'Peter' and 'Gray' not 'Kellingray'."""
    wanted = fold(surname)
    scored = []
    for pid, name in people:
        words = fold(name).split()
        score = fuzz.ratio(wanted, words[-1]) if words and wanted else 0
        if score >= SURNAME_CUTOFF:
            scored.append((-score, name.casefold(), pid))
    return [pid for *_, pid in sorted(scored)][:limit]


def as_findable(person: dict[str, Any]) -> Findable:
    """A directory entry as `services.people.list_people` gives it, ready for `rank`."""
    others = [
        *person.get("aliases", ()),
        *(role["title"] for role in person.get("roles", ())),
        *([person["organisation"]] if person.get("organisation") else []),
        *(seat["committee"] for seat in person.get("committees", ())),
    ]
    return int(person["id"]), str(person["name"]), [str(o) for o in others]
