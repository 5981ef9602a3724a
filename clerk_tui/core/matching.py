"""Attach a mention in minutes to a directory entry, or say it is not sure.

`Matcher` is built once from the directory and keeps prepared look-ups: exact keys for
names and aliases, acronyms of bodies, surnames, given names, initials and role titles.
Fuzzy look-ups go through rapidfuzz's `process.extract` over those prepared choices, never
a Python loop over every person. The rules are those a clerk would use:

- a full name or a known alias matches exactly;
- an exact surname with an honorific ("Councillor Kennedy", "Dr Lang") beats a fuzzy full
  name, and "Councillor X" prefers councillors and cabinet members;
- a role alone ("The Director of Public Health") goes to whoever held it on the date;
- an acronym ("ICB", "THT") goes to its body, derived from the body's name if not given;
- nicknames (Jim / James) and initials of given names fit;
- initials ("AB") resolve through the meeting's own attendance before the directory.

Filing an action against the wrong person without asking is the worst error, so
`matched` needs a high score and a clear lead over the next candidate.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from rapidfuzz import fuzz, process

from clerk_tui.core.model import Person
from clerk_tui.core.names import (
    BODY_WORDS,
    COUNCILLOR_HONORIFICS,
    NameParts,
    acronym_of,
    fold,
    fold_role,
    given_name_similarity,
    initials_of,
    is_generic_role,
    looks_like_initials,
    name_key,
    split_mention,
)

Status = Literal["matched", "ambiguous", "unknown"]

MATCH_SCORE = 88
"""The least score that attaches a mention without asking."""
MARGIN = 6
"""How far the best candidate must lead the next one to be attached without asking."""
ASK_SCORE = 75
"""From here a candidate is plausible: the answer is `ambiguous` (ask) rather than `unknown`."""
CANDIDATE_FLOOR = 60
"""Candidates below this are not worth showing the clerk."""

EXACT = 100
ALIAS_ACRONYM = 100
DERIVED_ACRONYM = 95
ROLE_HOLDER = 95
ROLE_NOT_HELD_THEN = 70
SURNAME_WITH_COUNCILLOR_ROLE = 95
SURNAME_WITH_HONORIFIC = 92
SURNAME_ALONE = 84
"""A bare surname may be anyone outside the directory with that name: ask."""
HONORIFIC_CONTRADICTS_ROLE = 78
DIRECTORY_INITIALS = 80
GIVEN_NAME_ALONE = 70
NON_EXACT_CAP = 97
ROLE_TEXT_MISMATCH = 10
SURNAME_FUZZY_CUTOFF = 75
ROLE_FUZZY_CUTOFF = 86
BODY_FUZZY_CUTOFF = 90

_COUNCILLOR_ROLE_WORDS = ("councillor", "cabinet member", "mayor", "leader", "alderman")


@dataclass(frozen=True)
class DirectoryRole:
    """A role someone holds or held: 'Director of Public Health' at an organisation."""

    title: str
    organisation: str | None = None
    start: date | None = None
    end: date | None = None
    committee: str | None = None

    def held_on(self, day: date | None) -> bool:
        """True when held on `day`; with no day, when still held."""
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class DirectoryEntry:
    """A person or a body (kind 'body': 'Integrated Care Board') as the matcher sees it."""

    id: int
    name: str
    kind: str = "person"
    organisation: str | None = None
    roles: tuple[DirectoryRole, ...] = ()
    aliases: tuple[str, ...] = ()

    def role_on(self, day: date | None) -> DirectoryRole | None:
        """The role held on `day` (or now), else the latest one listed."""
        held = [r for r in self.roles if r.held_on(day)] or list(self.roles)
        return held[0] if held else None


@dataclass(frozen=True)
class Candidate:
    person_id: int
    person: str
    score: int


@dataclass
class MatchResult:
    """The answer for one mention: `matched` attaches it; `ambiguous` and `unknown` ask."""

    query: str
    status: Status
    person_id: int | None = None
    person: str | None = None
    role: str | None = None
    score: int = 0
    candidates: list[Candidate] = field(default_factory=list)
    reason: str = ""
    """Why, in words for the review screen: 'surname with honorific', 'acronym of a body'."""
    expanded: str | None = None
    """The name the meeting's attendance gives for initials ('AB' -> 'Dr Avi Bhatia')."""

    def to_json(self) -> dict[str, Any]:
        """The object `clerk people match --json` prints."""
        return {
            "query": self.query,
            "status": self.status,
            "person": self.person,
            "role": self.role,
            "score": self.score,
            "candidates": [{"person": c.person, "score": c.score} for c in self.candidates],
        }


@dataclass
class _Scored:
    score: float
    reason: str
    role: DirectoryRole | None = None


class Matcher:
    """Prepared look-ups over a directory; build once, call `match` many times."""

    def __init__(self, entries: Iterable[DirectoryEntry]) -> None:
        self.entries: dict[int, DirectoryEntry] = {e.id: e for e in entries}
        self._exact: dict[str, set[int]] = {}
        self._acronyms: dict[str, dict[int, int]] = {}
        self._surnames: dict[str, dict[int, int]] = {}
        self._given: dict[str, set[int]] = {}
        self._initials: dict[str, set[int]] = {}
        self._roles: dict[str, list[tuple[int, DirectoryRole]]] = {}
        self._body_names: dict[str, set[int]] = {}
        self._given_of: dict[int, str] = {}
        self._councillors = {e.id for e in self.entries.values() if _is_councillor(e)}
        self._mayors = {
            e.id for e in self.entries.values() if any("mayor" in fold(r.title) for r in e.roles)
        }
        for entry in self.entries.values():
            self._index(entry)
        self._surname_choices = list(self._surnames)
        self._role_choices = list(self._roles)
        self._body_choices = list(self._body_names)

    def _index(self, entry: DirectoryEntry) -> None:
        pid = entry.id
        self._exact.setdefault(name_key(entry.name), set()).add(pid)
        for alias in entry.aliases:
            key = name_key(alias)
            if looks_like_initials(alias.replace(" ", "")):
                self._acronyms.setdefault(key, {})[pid] = ALIAS_ACRONYM
            self._exact.setdefault(key, set()).add(pid)
        for role in entry.roles:
            title = fold_role(role.title)
            self._roles.setdefault(title, []).append((pid, role))
            if role.organisation:
                with_org = f"{title} {fold(role.organisation)}"
                self._roles.setdefault(with_org, []).append((pid, role))
        if entry.kind == "body":
            for name in filter(None, (entry.name, entry.organisation)):
                self._body_names.setdefault(fold_role(name), set()).add(pid)
                self._exact.setdefault(name_key(name), set()).add(pid)
                derived = acronym_of(name)
                if derived:
                    slot = self._acronyms.setdefault(derived.lower(), {})
                    slot.setdefault(pid, DERIVED_ACRONYM)
            return
        words = fold(entry.name).split()
        raw_words = entry.name.split()
        if not words:
            return
        self._given_of[pid] = words[0]
        if len(raw_words) >= 2:
            self._surnames.setdefault(fold(raw_words[-1]).replace(" ", ""), {})[pid] = 0
            self._given.setdefault(words[0], set()).add(pid)
        if len(raw_words) >= 3:  # "Amanda Lloyd Harris" may be double-barrelled
            joined = fold(" ".join(raw_words[-2:])).replace(" ", "")
            self._surnames.setdefault(joined, {}).setdefault(pid, 6)
        self._initials.setdefault(initials_of(entry.name), set()).add(pid)

    # --- the one public question ------------------------------------------------------------

    def match(
        self,
        mention: str,
        *,
        on_date: date | None = None,
        attendance: Sequence[Person] | None = None,
        role_text: str | None = None,
    ) -> MatchResult:
        """Who `mention` refers to on `on_date` (the meeting date; roles are resolved to
        their holder then). `attendance` is the meeting's own people, which define initials
        ('Dr Avi Bhatia (AB)'); `role_text` a role the minutes give with the name, used to
        break ties."""
        query = " ".join(mention.split())
        if not query:
            return MatchResult(mention, "unknown", reason="empty")
        if looks_like_initials(query) and attendance:
            found = _attendance_person(query, attendance)
            if found is not None and found.name:
                result = self.match(found.name, on_date=on_date, role_text=found.role)
                result.query, result.expanded = mention, found.name
                result.reason = f"initials of {found.name} in the attendance; {result.reason}"
                return result
        parts = split_mention(query)
        scores = self._score(query, parts, on_date, role_text or parts.role)
        return self._decide(mention, scores, on_date)

    def _score(
        self, query: str, parts: NameParts, on_date: date | None, role_text: str | None
    ) -> dict[int, _Scored]:
        scores: dict[int, _Scored] = {}

        def offer(pid: int, score: float, reason: str, role: DirectoryRole | None = None) -> None:
            if pid not in scores or scores[pid].score < score:
                scores[pid] = _Scored(score, reason, role)

        key = parts.key
        for pid in self._exact.get(key, ()) if key else ():
            offer(pid, EXACT, "name or alias")
        compact = query.replace(".", "").replace(" ", "")
        for acronym_key in {key, fold(compact)}:
            for pid, score in self._acronyms.get(acronym_key, {}).items():
                offer(pid, score, "acronym of a body")
        if scores:
            return self._with_role_text(scores, role_text)
        if not parts.tokens:
            if parts.role and not is_generic_role(parts.role):
                self._score_role(parts.role, on_date, offer)
            return scores
        folded_words = fold(query).split()
        if any(word in BODY_WORDS for word in folded_words):
            self._score_body(query, offer)
            return scores
        if looks_like_initials(query):
            for pid in self._initials.get(query.replace(".", ""), ()):
                offer(pid, DIRECTORY_INITIALS, "initials of a directory name")
            return scores
        self._score_name(parts, offer)
        return self._with_role_text(scores, role_text)

    def _score_role(self, role: str, on_date: date | None, offer: Any) -> None:
        title = fold_role(role)
        hits = [(title, 100.0)] if title in self._roles else []
        if not hits and title:
            hits = [
                (choice, float(score))
                for choice, score, _ in process.extract(
                    title,
                    self._role_choices,
                    scorer=fuzz.token_sort_ratio,
                    score_cutoff=ROLE_FUZZY_CUTOFF,
                    limit=5,
                )
            ]
        for choice, similarity in hits:
            for pid, held in self._roles[choice]:
                if held.held_on(on_date):
                    offer(pid, ROLE_HOLDER * similarity / 100, "holds the role", held)
                else:
                    offer(pid, ROLE_NOT_HELD_THEN, "held the role at another time", held)

    def _score_body(self, query: str, offer: Any) -> None:
        for choice, score, _ in process.extract(
            fold_role(query),
            self._body_choices,
            scorer=fuzz.token_sort_ratio,
            score_cutoff=BODY_FUZZY_CUTOFF,
            limit=5,
        ):
            for pid in self._body_names[choice]:
                offer(pid, min(float(score), NON_EXACT_CAP), "close to a body's name")

    def _score_name(self, parts: NameParts, offer: Any) -> None:
        tokens = parts.tokens
        readings: list[tuple[str | None, str]] = [(None, "".join(tokens))]
        if len(tokens) >= 2:
            readings += [(tokens[0], "".join(tokens[1:])), (tokens[0], tokens[-1])]
        for given, surname in dict.fromkeys(readings):
            for pid, similarity in self._surname_hits(surname):
                if given is None:
                    score, reason = self._surname_only(pid, parts.honorifics, similarity)
                else:
                    fit = given_name_similarity(given, self._given_of.get(pid, ""))
                    if fit == 0:
                        score, reason = 0.6 * similarity, "same surname, other given name"
                    else:
                        score = min(0.35 * fit + 0.65 * similarity, NON_EXACT_CAP)
                        reason = "given name and surname"
                        if _says_councillor(parts.honorifics) and pid not in self._councillors:
                            score = min(score, HONORIFIC_CONTRADICTS_ROLE)
                offer(pid, score, reason)
        if len(tokens) == 1:
            for pid in self._given.get(tokens[0], ()):
                offer(pid, GIVEN_NAME_ALONE, "given name only")

    def _surname_hits(self, surname: str) -> list[tuple[int, float]]:
        exact = self._surnames.get(surname)
        if exact:
            return [(pid, 100.0 - penalty) for pid, penalty in exact.items()]
        if len(surname) < 4:
            return []
        hits: list[tuple[int, float]] = []
        for choice, score, _ in process.extract(
            surname,
            self._surname_choices,
            scorer=fuzz.ratio,
            score_cutoff=SURNAME_FUZZY_CUTOFF,
            limit=8,
        ):
            hits += [(pid, score - penalty) for pid, penalty in self._surnames[choice].items()]
        return hits

    def _surname_only(
        self, pid: int, honorifics: tuple[str, ...], similarity: float
    ) -> tuple[float, str]:
        if _says_councillor(honorifics):
            if pid in self._councillors:
                score, reason = SURNAME_WITH_COUNCILLOR_ROLE, "surname, and a councillor"
            else:
                score, reason = HONORIFIC_CONTRADICTS_ROLE, "surname, but not a councillor"
        elif "mayor" in honorifics and pid in self._mayors:
            score, reason = SURNAME_WITH_COUNCILLOR_ROLE, "surname, and the mayor"
        elif honorifics:
            score, reason = SURNAME_WITH_HONORIFIC, "surname with honorific"
        else:
            score, reason = SURNAME_ALONE, "surname alone"
        if similarity < 100:
            return score * similarity / 100 - 5, f"{reason} (spelt differently)"
        return score, reason

    def _with_role_text(
        self, scores: dict[int, _Scored], role_text: str | None
    ) -> dict[int, _Scored]:
        """Between people who fit the name, those whose directory role is the one the minutes
        state stay; the others drop back, so the role can settle namesakes."""
        if not role_text or len(scores) < 2:
            return scores
        wanted = fold_role(role_text)
        fitting = {
            pid
            for pid in scores
            if any(
                fuzz.token_set_ratio(wanted, fold_role(r.title)) >= 90
                for r in self.entries[pid].roles
            )
        }
        if fitting:
            for pid, scored in scores.items():
                if pid not in fitting:
                    scored.score -= ROLE_TEXT_MISMATCH
        return scores

    def _decide(self, query: str, scores: dict[int, _Scored], on_date: date | None) -> MatchResult:
        ranked = sorted(scores.items(), key=lambda item: (-item[1].score, item[0]))
        candidates = [
            Candidate(pid, self.entries[pid].name, round(s.score))
            for pid, s in ranked[:5]
            if s.score >= CANDIDATE_FLOOR
        ]
        if not candidates:
            return MatchResult(query, "unknown", reason="nobody in the directory fits")
        best_id, best = ranked[0]
        runner_up = ranked[1][1].score if len(ranked) > 1 else 0.0
        if best.score >= MATCH_SCORE and best.score - runner_up >= MARGIN:
            entry = self.entries[best_id]
            role = best.role or entry.role_on(on_date)
            return MatchResult(
                query,
                "matched",
                best_id,
                entry.name,
                role.title if role else None,
                round(best.score),
                candidates,
                best.reason,
            )
        status: Status = "ambiguous" if best.score >= ASK_SCORE else "unknown"
        reason = best.reason if len(candidates) == 1 else "several people fit"
        return MatchResult(
            query, status, score=round(best.score), candidates=candidates, reason=reason
        )


def _says_councillor(honorifics: tuple[str, ...]) -> bool:
    return any(h in COUNCILLOR_HONORIFICS for h in honorifics)


def _is_councillor(entry: DirectoryEntry) -> bool:
    return any(word in fold(r.title) for r in entry.roles for word in _COUNCILLOR_ROLE_WORDS)


def _attendance_person(initials: str, attendance: Sequence[Person]) -> Person | None:
    """The one person of the meeting these initials stand for: stated ones first
    ('Dr Avi Bhatia (AB)'), then the initials of their names."""
    wanted = initials.replace(".", "").upper()
    for derive in (False, True):
        found = [
            p
            for p in attendance
            if (initials_of(p.name or "") if derive else (p.initials or "").upper()) == wanted
        ]
        if found:
            return found[0] if len(found) == 1 else None
    return None
