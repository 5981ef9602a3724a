"""Who sits on a committee, and which of them a short mention in its minutes can mean.

Minutes name people the way the people in the room know them: 'SF', 'Steve', 'Mr
Wedgeworth', 'Mike Wedgeworth', 'Willie Joines'. Against a whole directory such a short
form is doubtful; among one committee's members (its members, officers who attend and
regular guests) it usually fits one person. `CommitteeMembers.fit` says who, in tiers a
clerk would use, the first tier that anyone fits deciding:

1. initials the committee's minutes defined for a member ('Steve Fisher (SF)');
2. exact: initials of the name, a given name, a surname (with or without an honorific),
   a given name and surname;
3. near: a nickname ('Steve' for Stephen) or the first letters of a given name ('Sher'
   for Sheralee), an initial for a given name ('S Wareham', 'Wendy Gray' for W Gray), one
   half of a double-barrelled surname;
4. typo: a slip of the pen in a given name or surname ('Willie Joines').

Two members in the deciding tier is ambiguous: the matcher asks.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from clerk_tui.core.names import (
    NICKNAME_FIT,
    NameParts,
    bare_name,
    fold,
    given_name_similarity,
    looks_like_initials,
    name_family,
    reads_as_typo,
    surname_forms,
)

DEFINED_INITIALS = 97
EXACT = 95
NEAR = 92
TYPO = 88
SHORTEST_SHORT_FORM = 3
"""A given name cut short ('Sher', 'Alex', 'Jen') has at least this many letters."""
_GIVEN_NAME_HONORIFICS = frozenset({"sir", "dame"})
"""Honorifics written before a given name ('Sir William'); the others precede a surname."""


@dataclass(frozen=True)
class Membership:
    """A person's seat on a committee, with the initials its minutes use for them."""

    committee: str
    initials: str | None = None


@dataclass(frozen=True)
class MemberFit:
    """The members a mention fits in its deciding tier (one: matched; more: ambiguous)."""

    person_ids: frozenset[int]
    score: int
    reason: str


@dataclass(frozen=True)
class _Member:
    id: int
    given: str | None
    """The first word of a name of two or more, folded ('d' for 'D Pattison')."""
    surnames: tuple[tuple[str, str], ...]
    """`names.surname_forms` of the name; a one-word name ('Hutchison') is its own surname."""


class CommitteeMembers:
    """One committee's people, indexed for the short forms its minutes use."""

    def __init__(self, members: Iterable[tuple[int, str, str | None]]) -> None:
        """`members`: (person id, directory name, initials the minutes defined or None)."""
        self.members: dict[int, _Member] = {}
        self._defined: dict[str, set[int]] = {}
        self._initials: dict[str, set[int]] = {}
        self._initials_otherwise: dict[str, set[int]] = {}
        self._letters: dict[int, str] = {}
        self._words: dict[str, set[int]] = {}
        self._families: dict[str, set[int]] = {}
        self._surname_letters: dict[str, set[int]] = {}
        self._given_starts: dict[str, set[int]] = {}
        for pid, written, initials in members:
            name = bare_name(written)
            words = fold(name).split()
            if not words:
                continue
            given = words[0] if len(words) >= 2 else None
            surnames = surname_forms(name) if given else ((words[0], "whole"),)
            self.members[pid] = _Member(pid, given, surnames)
            if initials:
                self._defined.setdefault(initials.replace(".", "").upper(), set()).add(pid)
            for derived in _initials(name):
                self._initials.setdefault(derived, set()).add(pid)
            self._letters[pid] = "".join(words)
            if len(words) == 2:
                for other in _initials_otherwise(words[0][0], words[1][0]):
                    self._initials_otherwise.setdefault(other, set()).add(pid)
            for word in {given, *(form for form, _ in surnames)} - {None}:
                self._words.setdefault(str(word), set()).add(pid)
            if given:
                self._surname_letters.setdefault(surnames[0][0][:1], set()).add(pid)
            if given and len(given) > 1:
                for family_name in name_family(given):
                    self._families.setdefault(family_name, set()).add(pid)
                for end in range(SHORTEST_SHORT_FORM, len(given)):
                    self._given_starts.setdefault(given[:end], set()).add(pid)
        self._word_choices = list(self._words)

    def __contains__(self, person_id: object) -> bool:
        return person_id in self.members

    def fit(self, query: str, parts: NameParts) -> MemberFit | None:
        """The members `query` (taken apart as `parts`) may mean, from the first tier any
        of them fits; None when it fits nobody here."""
        if looks_like_initials(query):
            wanted = query.replace(".", "").upper()
            return _first(
                (self._defined.get(wanted, set()), DEFINED_INITIALS, "initials the minutes use"),
                (self._initials.get(wanted, set()), EXACT, "initials of a member's name"),
                (self._otherwise(wanted), TYPO, "a member's initials, reversed or with another"),
            )
        tokens = parts.surname_joined
        if not tokens:
            return None
        if len(tokens) == 1:
            return self._fit_one_word(tokens[0], parts.honorifics)
        return self._fit_full_name(tokens)

    def _fit_one_word(self, word: str, honorifics: tuple[str, ...]) -> MemberFit | None:
        """'Steve', 'Kelly', 'Mr Wedgeworth': a given name or a surname of one member; after
        an honorific ('Cllr Bense') a surname, unless it is 'Sir' or 'Dame'."""
        given_too = not honorifics or bool(_GIVEN_NAME_HONORIFICS & set(honorifics))
        exact: set[int] = set()
        near: set[int] = set()
        for pid in self._words.get(word, ()):
            member = self.members[pid]
            if _surname_level(word, member) == EXACT or (given_too and member.given == word):
                exact.add(pid)
            elif _surname_level(word, member):
                near.add(pid)  # one half of a double-barrelled surname
        if given_too:
            for family_name in name_family(word):
                near |= self._families.get(family_name, set())
            near |= self._given_starts.get(word, set())
        typo = {
            pid
            for choice in self._typos(word)
            for pid in self._words[choice]
            if _surname_level(word, self.members[pid]) == TYPO
            or (given_too and self.members[pid].given == choice)
        }
        return _first(
            (exact, EXACT, "a member's name"),
            (near, NEAR, "a member's nickname or part of their name"),
            (typo, TYPO, "a member's name, misspelt"),
        )

    def _fit_full_name(self, tokens: tuple[str, ...]) -> MemberFit | None:
        """'Mike Wedgeworth', 'S Wareham', 'Willie Joines', 'Steve F': a given name (or its
        initial or nickname) and a surname (or its initial) of one member, each exact or a
        slip of the pen."""
        readings = {(tokens[0], "".join(tokens[1:])), (tokens[0], tokens[-1])}
        levels: dict[int, int] = {}
        for given, surname in readings:
            for choice in (surname, *self._typos(surname)):
                for pid in self._words.get(choice, ()):
                    member = self.members[pid]
                    level = min(_surname_level(surname, member), _given_level(given, member))
                    levels[pid] = max(levels.get(pid, 0), level)
        if len(tokens) == 2 and len(tokens[1]) == 1:  # 'Steve F'
            for pid in self._surname_letters.get(tokens[1], ()):
                known = self.members[pid].given or ""
                if given_name_similarity(tokens[0], known) >= NICKNAME_FIT:
                    levels[pid] = max(levels.get(pid, 0), NEAR)
        return _first(
            ({pid for pid, level in levels.items() if level == EXACT}, EXACT, "a member's name"),
            ({pid for pid, level in levels.items() if level == NEAR}, NEAR, "a member's name"),
            ({pid for pid, level in levels.items() if level == TYPO}, TYPO, "a member, misspelt"),
        )

    def _otherwise(self, wanted: str) -> set[int]:
        """Members of two names whose initials `wanted` are written the other way round
        ('RJ' for Jon Ranjit) or with a middle initial between ('CMJ' for Carys Jenner);
        with a middle initial, also any member whose name holds the three letters in order
        from its first ('MMN' for Mick Monaghan), since such codes follow many schemes."""
        if len(wanted) == 2:
            return self._initials_otherwise.get(wanted, set())
        fits = self._initials_otherwise.get(f"{wanted[0]}.{wanted[-1]}", set())
        if len(wanted) != 3 or not fits:
            return set()
        letters = wanted.lower()
        spelt = {pid for pid, name in self._letters.items() if _in_order(letters, name)}
        return fits | spelt

    def _typos(self, word: str) -> list[str]:
        """Words of members' names a slip of the pen away from `word` (four letters or more)."""
        if len(word) < 4:
            return []
        return [
            choice
            for choice, _, _ in process.extract(
                word, self._word_choices, scorer=OSA.distance, score_cutoff=2, limit=None
            )
            if choice != word and reads_as_typo(word, choice)
        ]


def _given_level(written: str, member: _Member) -> int:
    """How a written given name fits a member's: EXACT, NEAR (a nickname, its first letters
    'Sher' for Sheralee, or an initial on either side: 'S Wareham', 'Wendy Gray' for
    W Gray), TYPO, or 0."""
    known = member.given
    if known is None:
        return 0
    if len(known) == 1 and written[:1] == known:
        return EXACT if written == known else NEAR
    if len(known) > len(written) >= SHORTEST_SHORT_FORM and known.startswith(written):
        return NEAR
    fit = given_name_similarity(written, known)
    if fit == 100:
        return EXACT
    if fit >= 90:
        return NEAR
    return TYPO if fit > 0 or reads_as_typo(written, known) else 0


def _surname_level(written: str, member: _Member) -> int:
    """How a written surname fits a member's: EXACT, NEAR (one half of a double-barrelled
    name), TYPO (a slip of the pen in the whole surname), or 0."""
    level = 0
    for form, kind in member.surnames:
        if form == written:
            level = max(level, NEAR if kind == "half" else EXACT)
        elif kind != "half" and len(written) >= 4 and reads_as_typo(written, form):
            level = max(level, TYPO)
    return level


@lru_cache(maxsize=1 << 16)
def _initials(name: str) -> frozenset[str]:
    """'Didac Fabregas-Badosa' -> {'DFB', 'DF'}: the first letter of every part of the name,
    and of the first and last words as written."""
    words = fold(name).split()
    written = [fold(word) for word in name.split() if fold(word)]
    found = {"".join(word[0] for word in words).upper()}
    if len(written) >= 2:
        found.add((written[0][0] + written[-1][0]).upper())
    return frozenset(initials for initials in found if len(initials) >= 2)


def _initials_otherwise(given: str, surname: str) -> tuple[str, str]:
    """The keys `CommitteeMembers._otherwise` looks up for a name of two words: its initials
    reversed ('RJ' for Jon Ranjit), and given and surname around any middle ('C.J')."""
    return (surname + given).upper(), f"{given}.{surname}".upper()


def _in_order(letters: str, name: str) -> bool:
    """`name` starts with the first of `letters` and holds the rest in order after it."""
    rest = iter(name[1:])
    return name[:1] == letters[:1] and all(letter in rest for letter in letters[1:])


def _first(*tiers: tuple[set[int], int, str]) -> MemberFit | None:
    for person_ids, score, reason in tiers:
        if person_ids:
            return MemberFit(frozenset(person_ids), score, reason)
    return None
