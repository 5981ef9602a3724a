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
- initials ("AB") resolve through the meeting's own attendance before the directory, and so
  does a lone given name or surname ("Brenda") that one attendee's full name carries;
- a role with its organisation ("the ICB Chief Executive") goes to the holder at that
  organisation; with several holders, the one whose committee or organisation fits the
  meeting's committee;
- a body goes by its short name ("Healthwatch") or the acronym of its last words ("the CCG");
- groups and seats nobody in particular fills ("Officers", "the Chair") never match;
- an alias learned from the clerk matches only as written (honorifics included);
- in a committee's minutes, a short form that fits exactly one of its members (initials,
  a given name, a surname, a nickname, a slip of the pen: `core.membership`) is that member,
  unless someone off the committee fits the name better or the role or body written with
  it is another's; two members fitting is asked; none falls back to the rules above;
- a match the clerk undid is never made again without asking.

Filing an action against the wrong person without asking is the worst error, so
`matched` needs a high score and a clear lead over the next candidate.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from clerk_tui.core.membership import CommitteeMembers, MemberFit, Membership
from clerk_tui.core.model import Person
from clerk_tui.core.names import (
    BODY_WORDS,
    COUNCILLOR_HONORIFICS,
    ROLE_WORDS,
    NameParts,
    acronym_of,
    bare_name,
    fold,
    fold_role,
    given_name_similarity,
    initials_of,
    is_generic_role,
    learned_key,
    looks_like_initials,
    name_key,
    reads_as_typo,
    split_mention,
    surname_forms,
)
from clerk_tui.core.posts import Holding, holds_post, post_named

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
ROLE_AT_ANOTHER_ORGANISATION = 72
"""The minutes name an organisation ('the ICB Chief Executive') this holder is not at."""
ROLE_OUTSIDE_COMMITTEE = 84
"""One of several holders of a title, not the one whose committee fits the meeting's."""
BODY_SHORT_NAME = 92
"""'Healthwatch' for the only body whose name holds every word written."""
SUFFIX_ACRONYM = 92
"""'CCG' for 'Hammersmith and Fulham Clinical Commissioning Group'."""
DOUBLE_BARREL_PART = 80
"""One half of a double-barrelled surname ('Amanda Harris' for Amanda Lloyd-Harris): ask."""
NEAR_GIVEN_NAME = 85
"""How well a given name a letter or two away would fit, were it a typo: only to ask."""
NEAR_NAMESAKE = 80
"""A surname typo of more than one letter, or with another first letter, or any surname typo
after a bare initial: ask."""
_SURNAME_FORM_PENALTY = {"whole": 0, "joined": 6, "half": 100 - DOUBLE_BARREL_PART}
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

HOLDS_ROLE = "holds the role"
"""The reason a role title written alone ('the Youth Mayor', 'MP') gives its holder."""

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
    learned: tuple[str, ...] = ()
    """Mentions the clerk confirmed as this entry: matched only as written."""
    committees: tuple[Membership, ...] = ()
    """The committees this person sits on (a role for a committee counts too)."""
    refused: tuple[tuple[str, str | None], ...] = ()
    """Mentions the clerk said are not this entry, each with the committee whose minutes it
    was in (None: anywhere): never matched to it again without asking, however written
    ('S.F.' as 'SF', 'Dr Smith' as 'Cllr Smith')."""

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
    """The name the meeting's attendance gives for initials ('AB' -> 'Dr Avi Bhatia') or
    for a lone given name or surname ('Brenda' -> 'Brenda Hale')."""
    expanded_role: str | None = None
    """The role the attendance gives that person, if any."""

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
        self._learned: dict[str, set[int]] = {}
        self._acronyms: dict[str, dict[int, int]] = {}
        self._surnames: dict[str, dict[int, int]] = {}
        self._given: dict[str, set[int]] = {}
        self._initials: dict[str, set[int]] = {}
        self._roles: dict[str, list[tuple[int, DirectoryRole]]] = {}
        self._body_names: dict[str, set[int]] = {}
        self._body_words: dict[str, set[int]] = {}
        self._given_of: dict[int, str] = {}
        self._councillors = {e.id for e in self.entries.values() if _is_councillor(e)}
        self._mayors = {
            e.id for e in self.entries.values() if any("mayor" in fold(r.title) for r in e.roles)
        }
        for entry in self.entries.values():
            self._index(entry)
        self._committees = _committee_index(self.entries.values())
        self._alone: dict[int, CommitteeMembers] = {}
        self._refused: dict[str, set[tuple[int, str | None]]] = {}
        for entry in self.entries.values():
            for written, committee in entry.refused:
                seat = (entry.id, fold(committee) if committee else None)
                self._refused.setdefault(name_key(written), set()).add(seat)
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
        for learned in entry.learned:
            self._learned.setdefault(learned_key(learned), set()).add(pid)
        for role in entry.roles:
            title = fold_role(role.title)
            self._roles.setdefault(title, []).append((pid, role))
            if role.organisation:
                with_org = f"{title} {fold(role.organisation)}"
                self._roles.setdefault(with_org, []).append((pid, role))
        if entry.kind == "body":
            self._index_body(entry)
            return
        name = bare_name(entry.name)
        words = fold(name).split()
        if not words:
            return
        self._given_of[pid] = words[0]
        if len(words) >= 2:
            self._given.setdefault(words[0], set()).add(pid)
            for surname, kind in surname_forms(name):
                penalty = _SURNAME_FORM_PENALTY[kind]
                slot = self._surnames.setdefault(surname, {})
                slot[pid] = min(slot.get(pid, penalty), penalty)
        self._initials.setdefault("".join(w[0] for w in words).upper(), set()).add(pid)

    def _index_body(self, entry: DirectoryEntry) -> None:
        pid = entry.id
        for name in filter(None, (entry.name, entry.organisation)):
            self._body_names.setdefault(fold_role(name), set()).add(pid)
            self._exact.setdefault(name_key(name), set()).add(pid)
            derived = acronym_of(name)
            if derived:
                self._acronyms.setdefault(derived.lower(), {}).setdefault(pid, DERIVED_ACRONYM)
            suffixes = _suffix_acronyms(name)
            for suffix in suffixes:
                self._acronyms.setdefault(suffix, {}).setdefault(pid, SUFFIX_ACRONYM)
            # short names may mix words and acronyms: "North West London ICB"
            for word in {*fold(name).split(), *suffixes, *fold(" ".join(entry.aliases)).split()}:
                self._body_words.setdefault(word, set()).add(pid)

    # --- the one public question ------------------------------------------------------------

    def match(
        self,
        mention: str,
        *,
        on_date: date | None = None,
        attendance: Sequence[Person] | None = None,
        role_text: str | None = None,
        committee: str | None = None,
    ) -> MatchResult:
        """Who `mention` refers to on `on_date` (the meeting date; roles are resolved to
        their holder then). `attendance` is the meeting's own people, which define initials
        ('Dr Avi Bhatia (AB)') and full names for a lone given name or surname; `role_text`
        a role the minutes give with the name, used to break ties; `committee` the
        meeting's committee: its members are the first candidates for a short form, and it
        settles a role several people hold."""
        result = self._match(mention, on_date, attendance, role_text, committee)
        if result.status == "matched" and self._was_refused(mention, result.person_id, committee):
            result.status, result.person_id, result.person, result.role = "ambiguous", *[None] * 3
            result.reason = "the clerk undid this match before; " + result.reason
        return result

    def _match(
        self,
        mention: str,
        on_date: date | None,
        attendance: Sequence[Person] | None,
        role_text: str | None,
        committee: str | None,
    ) -> MatchResult:
        query = " ".join(mention.split())
        if not query:
            return MatchResult(mention, "unknown", reason="empty")
        parts = split_mention(query)
        learned = self._learned.get(learned_key(query), set())
        if attendance and (looks_like_initials(query) or len(parts.tokens) == 1):
            found = _attendance_person(query, parts, attendance)
            if found is not None and found.name:
                result = self._match(found.name, on_date, None, found.role, committee)
                result.query, result.expanded = mention, split_mention(found.name).name
                result.expanded_role = found.role
                result.reason = f"{found.name} in the attendance; {result.reason}"
                fits = {result.person_id} if result.person_id else set()
                fits |= {c.person_id for c in result.candidates if result.status == "ambiguous"}
                if not learned or not learned <= fits:
                    return result  # the meeting says who it was, whatever else the name fits
        if learned:
            scores = {pid: _Scored(EXACT, "learned from the clerk") for pid in learned}
            return self._decide(mention, scores, on_date)
        members = self._committees.get(fold(committee)) if committee else None
        post = post_named(query, committee) if members and committee else None
        if post and members and committee:
            holder = self._post_holder(mention, post, members, committee, on_date)
            if holder is not None:
                return holder
        generic = is_generic_role(query) or (not parts.tokens and is_generic_role(parts.role or ""))
        two_capitals = looks_like_initials(query) and len(query.replace(".", "")) == 2
        if generic and not two_capitals:  # 'TO', 'AN', 'CR': initials, not words
            return MatchResult(mention, "unknown", reason="names nobody in particular")
        role_text = role_text or parts.role
        scores = self._score(query, parts, on_date, role_text, committee)
        general = self._decide(mention, scores, on_date)
        fit = members.fit(query, parts) if members else None
        if fit is None or members is None or committee is None:
            return general  # nobody on the committee fits: the whole directory's rules
        return self._among_members(members, fit, general, committee, parts, role_text, on_date)

    def _among_members(
        self,
        members_index: CommitteeMembers,
        fit: MemberFit,
        general: MatchResult,
        committee: str,
        parts: NameParts,
        role_text: str | None,
        on_date: date | None,
    ) -> MatchResult:
        """The answer when committee members fit a mention: the one member, unless the whole
        directory is sure of someone else (initials of a member outweigh a title held off
        the committee: 'MP') or the text points elsewhere; several: ask."""
        ids = self._narrow(fit.person_ids, parts.honorifics, role_text)
        members = sorted(ids, key=lambda pid: self.entries[pid].name)
        candidates = [Candidate(pid, self.entries[pid].name, fit.score) for pid in members]
        candidates += [c for c in general.candidates if c.person_id not in ids]
        answer = MatchResult(general.query, "ambiguous", score=fit.score, candidates=candidates)
        if len(ids) > 1:
            answer.reason = f"{len(ids)} members of {committee} fit"
            return answer
        pid = members[0]
        title_elsewhere = (
            looks_like_initials(parts.text)
            and general.reason == HOLDS_ROLE
            and general.person_id not in members_index
        )
        if general.status == "matched" and not title_elsewhere:
            if general.person_id == pid:
                general.reason += f"; a member of {committee}"
                return general
            best = Candidate(general.person_id or 0, general.person or "", general.score)
            others = [c for c in candidates if c.person_id != best.person_id]
            answer.candidates = [best, *others]
            answer.reason = f"fits a member of {committee}, and someone else better"
            return answer
        if any(self._fits_better(c.person_id, fit, parts) for c in general.candidates):
            answer.reason = f"fits a member of {committee}, and someone else better"
            return answer
        if role_text and self._points_elsewhere(pid, role_text, general.candidates):
            answer.reason = f"fits a member of {committee}, but not the role or body written"
            return answer
        entry = self.entries[pid]
        role = entry.role_on(on_date)
        answer.status, answer.person_id, answer.person = "matched", pid, entry.name
        answer.role = role.title if role else None
        answer.reason = f"{fit.reason} in {committee}"
        return answer

    def _post_holder(
        self,
        mention: str,
        post: str,
        members: CommitteeMembers,
        committee: str,
        on_date: date | None,
    ) -> MatchResult | None:
        """'the Clerk', 'Chairman' in a committee's minutes: the one member who holds that
        post on the committee then; when another member may hold it too ('Assembly
        Clerk'), or two do, ask; None when no member holds it."""
        holding: dict[int, tuple[Holding, DirectoryRole]] = {}
        for pid in members.members:
            for role in self.entries[pid].roles:
                if not role.held_on(on_date) or not _for_committee(role, committee):
                    continue
                found = holds_post(role.title, role.organisation, post, committee)
                if found != Holding.NO and (pid not in holding or found == Holding.HOLDS):
                    holding[pid] = (found, role)
        if not holding:
            return None
        holders = [pid for pid, (found, _) in holding.items() if found == Holding.HOLDS]
        if len(holders) == 1 and len(holding) == 1:
            pid = holders[0]
            role = holding[pid][1]
            reason = f"holds the post of {post} in {committee}"
            name = self.entries[pid].name
            candidates = [Candidate(pid, name, ROLE_HOLDER)]
            return MatchResult(
                mention, "matched", pid, name, role.title, ROLE_HOLDER, candidates, reason
            )
        candidates = sorted(
            (Candidate(pid, self.entries[pid].name, ASK_SCORE) for pid in holding),
            key=lambda c: c.person,
        )
        reason = f"{len(holding)} members of {committee} may hold the post of {post}"
        return MatchResult(
            mention, "ambiguous", score=ASK_SCORE, candidates=candidates, reason=reason
        )

    def _narrow(
        self, ids: frozenset[int], honorifics: tuple[str, ...], role_text: str | None
    ) -> frozenset[int]:
        """Of several members who fit, the one that 'Councillor' or the role written picks."""
        if len(ids) > 1 and _says_councillor(honorifics):
            councillors = ids & self._councillors
            ids = councillors if len(councillors) == 1 else ids
        if len(ids) > 1 and role_text and _names_a_role_or_body(role_text):
            holders = frozenset(pid for pid in ids if _fits_role_text(self.entries[pid], role_text))
            ids = holders if len(holders) == 1 else ids
        return ids

    def _fits_better(self, person_id: int, fit: MemberFit, parts: NameParts) -> bool:
        """Someone off the committee fits the name better than the member does ('Ms Price'
        for Joan Price, not the member Joanne Pryce)."""
        if person_id in fit.person_ids or self.entries[person_id].kind != "person":
            return False
        alone = self._alone.get(person_id)
        if alone is None:
            entry = self.entries[person_id]
            alone = self._alone[person_id] = CommitteeMembers([(person_id, entry.name, None)])
        theirs = alone.fit(parts.text, parts)
        return theirs is not None and theirs.score > fit.score

    def _points_elsewhere(self, pid: int, role_text: str, others: list[Candidate]) -> bool:
        """The role or body written with the name is not the member's: their known roles
        and organisation do not fit it, or someone else who fits the name holds it."""
        if not _names_a_role_or_body(role_text):
            return False
        entry = self.entries[pid]
        if _fits_role_text(entry, role_text):
            return False
        if entry.roles or entry.organisation:
            return True
        return any(
            c.person_id != pid and _fits_role_text(self.entries[c.person_id], role_text)
            for c in others
        )

    def _was_refused(self, mention: str, person_id: int | None, committee: str | None) -> bool:
        seats = self._refused.get(name_key(mention), set())
        return (person_id, None) in seats or (
            committee is not None and (person_id, fold(committee)) in seats
        )

    def _score(
        self,
        query: str,
        parts: NameParts,
        on_date: date | None,
        role_text: str | None,
        committee: str | None,
    ) -> dict[int, _Scored]:
        scores: dict[int, _Scored] = {}

        def offer(pid: int, score: float, reason: str, role: DirectoryRole | None = None) -> None:
            if pid not in scores or scores[pid].score < score:
                scores[pid] = _Scored(score, reason, role)

        key = parts.key
        for pid in self._exact.get(key, ()) if key else ():
            offer(pid, EXACT, "name or alias")
        compact = fold_role(query.replace(".", "")).replace(" ", "")
        for acronym_key in {key, compact}:
            for pid, score in self._acronyms.get(acronym_key, {}).items():
                offer(pid, score, "acronym of a body")
        if scores:
            return self._with_role_text(scores, role_text)
        if not parts.tokens:
            if parts.role:
                self._score_role(parts.role, on_date, committee, offer)
            return scores
        if fold_role(query) in self._roles or any(word in ROLE_WORDS for word in parts.tokens):
            # "the Youth Mayor", "the Hackney Chief Executive": a title, not a name
            self._score_role(fold_role(query), on_date, committee, offer)
            if scores:
                return scores
        folded_words = fold(query).split()
        if any(word in BODY_WORDS for word in folded_words):
            self._score_body(query, offer)
            return scores
        if looks_like_initials(query):
            for pid in self._initials.get(query.replace(".", ""), ()):
                offer(pid, DIRECTORY_INITIALS, "initials of a directory name")
            if scores or len(query) <= 3:
                return scores
        near_given = self._score_name(parts, offer)
        if near_given:
            # "Jon Smith" fits John Smith as a nickname, but Joan Smith is a letter away: ask.
            others = [s.score for pid, s in scores.items() if pid not in near_given]
            ceiling = max(others) - 1 if others else NEAR_NAMESAKE
            for pid, near in near_given.items():
                offer(pid, min(near, ceiling), "given name a letter or two away")
        return self._with_role_text(scores, role_text)

    def _score_role(
        self, role: str, on_date: date | None, committee: str | None, offer: Any
    ) -> None:
        """A role alone, perhaps with its organisation before or after the title."""
        title = fold_role(role)
        hits: list[tuple[str, float, list[str]]] = []
        if title in self._roles:
            hits = [(title, 100.0, [])]
        else:
            found = _longest_known_phrase(title.split(), self._roles)
            if found is not None:
                hits = [(found[0], 100.0, found[1])]
        if not hits and title:
            hits = [
                (choice, float(score), [])
                for choice, score, _ in process.extract(
                    title,
                    self._role_choices,
                    scorer=fuzz.token_sort_ratio,
                    score_cutoff=ROLE_FUZZY_CUTOFF,
                    limit=5,
                )
            ]
        for choice, similarity, organisation_words in hits:
            holders = self._roles[choice]
            current = [(pid, held) for pid, held in holders if held.held_on(on_date)]
            fitting_committee = {pid for pid, held in current if _fits_committee(held, committee)}
            for pid, held in holders:
                if not held.held_on(on_date):
                    offer(pid, ROLE_NOT_HELD_THEN, "held the role at another time", held)
                elif organisation_words and not _at_organisation(organisation_words, held):
                    offer(pid, ROLE_AT_ANOTHER_ORGANISATION, "holds the role elsewhere", held)
                elif len(current) > 1 and fitting_committee and pid not in fitting_committee:
                    offer(pid, ROLE_OUTSIDE_COMMITTEE, "holds the role for another body", held)
                else:
                    offer(pid, ROLE_HOLDER * similarity / 100, HOLDS_ROLE, held)

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
        words = [w for w in fold_role(query).split() if w not in _CONNECTIVE_WORDS]
        if not words or all(w in _GENERIC_BODY_WORDS for w in words):
            return
        holding = set.intersection(*(self._body_words.get(w, set()) for w in words))
        for pid in holding:
            score = BODY_SHORT_NAME if len(holding) == 1 else ASK_SCORE + 5
            offer(pid, score, "short name of a body")

    def _score_name(self, parts: NameParts, offer: Any) -> dict[int, float]:
        """Offer everyone the name may be; return those whose given name is only a letter
        or two from the one written ('Joan' for 'Jon'), with the score they would have."""
        tokens = parts.surname_joined
        readings: list[tuple[str | None, str]] = [(None, "".join(tokens))]
        if len(tokens) >= 2:
            readings += [(tokens[0], "".join(tokens[1:])), (tokens[0], tokens[-1])]
        exact_given = False
        near_given: dict[int, float] = {}
        for given, surname in dict.fromkeys(readings):
            for pid, similarity in self._surname_hits(surname):
                if given is None:
                    score, reason = self._surname_only(pid, parts.honorifics, similarity)
                    offer(pid, score, reason)
                    continue
                known_given = self._given_of.get(pid, "")
                fit = given_name_similarity(given, known_given)
                if fit == 0:
                    score, reason = 0.6 * similarity, "same surname, other given name"
                    if _one_or_two_letters_apart(given, known_given):
                        near = 0.35 * NEAR_GIVEN_NAME + 0.65 * similarity
                        near_given[pid] = max(near_given.get(pid, 0.0), near)
                else:
                    exact_given |= fit == 100 and similarity == 100
                    score = min(0.35 * fit + 0.65 * similarity, NON_EXACT_CAP)
                    reason = "given name and surname"
                    if len(given) == 1 and similarity < 100:
                        score = min(score, NEAR_NAMESAKE)  # 'F Davis' for Fiona Davies: ask
                    if _says_councillor(parts.honorifics) and pid not in self._councillors:
                        score = min(score, HONORIFIC_CONTRADICTS_ROLE)
                offer(pid, score, reason)
        if len(tokens) == 1:
            for pid in self._given.get(tokens[0], ()):
                offer(pid, GIVEN_NAME_ALONE, "given name only")
        return {} if exact_given else near_given

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
            if not reads_as_typo(surname, choice):
                score = min(score, NEAR_NAMESAKE)
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


def _committee_index(entries: Iterable[DirectoryEntry]) -> dict[str, CommitteeMembers]:
    """Folded committee name -> its members, from memberships and roles for a committee."""
    seats: dict[str, list[tuple[int, str, str | None]]] = {}
    for entry in entries:
        if entry.kind != "person":
            continue
        for membership in entry.committees:
            key = fold(membership.committee)
            seats.setdefault(key, []).append((entry.id, entry.name, membership.initials))
        for role in entry.roles:
            if role.committee:
                seats.setdefault(fold(role.committee), []).append((entry.id, entry.name, None))
    return {key: CommitteeMembers(members) for key, members in seats.items()}


def _names_a_role_or_body(text: str) -> bool:
    """'Chair', 'CDDO', 'Govan Law Centre': a role or an organisation, not stray words the
    minutes put beside a name ('who was detained at work')."""
    words = fold(text).split()
    return any(w in ROLE_WORDS or w in BODY_WORDS for w in words) or any(
        len(w) >= 2 and w.isupper() for w in text.split()
    )


def _fits_role_text(entry: DirectoryEntry, text: str) -> bool:
    """A role or organisation written with a name is one of the entry's."""
    wanted = fold_role(text)
    words = [w for w in wanted.split() if w not in _CONNECTIVE_WORDS]
    for role in entry.roles:
        if fuzz.token_set_ratio(wanted, fold_role(role.title)) >= 90:
            return True
        if words and role.organisation and _at_organisation(words, role):
            return True
    organisation = DirectoryRole("", entry.organisation)
    return bool(words and entry.organisation and _at_organisation(words, organisation))


def _for_committee(role: DirectoryRole, committee: str) -> bool:
    """The role is held on this committee, or on no committee in particular."""
    return role.committee is None or fold(role.committee) == fold(committee)


def _says_councillor(honorifics: tuple[str, ...]) -> bool:
    return any(h in COUNCILLOR_HONORIFICS for h in honorifics)


def _is_councillor(entry: DirectoryEntry) -> bool:
    return any(word in fold(r.title) for r in entry.roles for word in _COUNCILLOR_ROLE_WORDS)


def _attendance_person(query: str, parts: NameParts, attendance: Sequence[Person]) -> Person | None:
    """The one person of the meeting the mention stands for: initials stated
    ('Dr Avi Bhatia (AB)'), then the initials of their names; a lone given name or surname
    ('Brenda', 'Mr Fenwick') when one attendee's full name carries it."""
    if looks_like_initials(query):
        wanted = query.replace(".", "").upper()
        for derive in (False, True):
            found = [
                p
                for p in attendance
                if (initials_of(p.name or "") if derive else (p.initials or "").upper()) == wanted
            ]
            if found:
                return found[0] if len(found) == 1 else None
    if len(parts.tokens) != 1:
        return None
    word = parts.tokens[0]
    carrying = {
        p.name: p
        for p in attendance
        if p.name
        and len(tokens := split_mention(p.name).tokens) >= 2
        and word in (tokens[0], tokens[-1])
    }
    return next(iter(carrying.values())) if len(carrying) == 1 else None


_CONNECTIVE_WORDS = frozenset({"of", "and", "the", "for", "in", "on", "at", "to", "a", "an"})
# Words too common in bodies' names to pick one out alone ("the Trust", "the Board").
_GENERIC_BODY_WORDS = frozenset(BODY_WORDS - {"nhs", "icb", "icp", "ccg", "healthwatch", "cvs"})
# Words in committee and organisation names that say nothing about which place or body.
_COMMITTEE_WORDS = frozenset(
    [
        "health",
        "wellbeing",
        "well",
        "being",
        "social",
        "care",
        "adult",
        "adults",
        "children",
        "childrens",
        "young",
        "people",
        "scrutiny",
        "overview",
        "select",
        "policy",
        "performance",
        "audit",
        "finance",
        "resources",
        "housing",
        "planning",
        "licensing",
        "public",
        "cabinet",
        "executive",
        "integrated",
        "joint",
        "sub",
    ]
)


def _suffix_acronyms(name: str) -> list[str]:
    """Acronyms of a body's last three or more significant words, shorter than its whole
    acronym: 'Hammersmith and Fulham Clinical Commissioning Group' -> 'fccg', 'ccg'."""
    words = [w for w in fold(name).split() if w not in _CONNECTIVE_WORDS]
    return ["".join(w[0] for w in words[i:]) for i in range(1, len(words) - 2)]


def _longest_known_phrase(words: list[str], known: dict[str, Any]) -> tuple[str, list[str]] | None:
    """The longest run of `words` that is a known role title, and the words around it
    (the organisation: 'icb chief executive' -> ('chief executive', ['icb']))."""
    for length in range(len(words) - 1, 0, -1):
        for start in range(len(words) - length + 1):
            phrase = " ".join(words[start : start + length])
            if phrase in known:
                around = words[:start] + words[start + length :]
                return phrase, [w for w in around if w not in _CONNECTIVE_WORDS]
    return None


def _at_organisation(words: list[str], role: DirectoryRole) -> bool:
    """The organisation written with a role ('icb', 'hammersmith and fulham') is the role's:
    its words are among the organisation's, or they spell its acronym or one of its ends."""
    if not role.organisation:
        return False
    organisation = fold(role.organisation).split()
    if all(w in organisation for w in words):
        return True
    written = "".join(words)
    acronyms = {(acronym_of(role.organisation) or "").lower(), *_suffix_acronyms(role.organisation)}
    return written in acronyms or all(w in organisation or w in acronyms for w in words)


def _fits_committee(role: DirectoryRole, committee: str | None) -> bool:
    """The role is for this committee, or its organisation shares a place with it
    ('Hammersmith & Fulham Council' and 'Hammersmith and Fulham Health and Wellbeing Board')."""
    if not committee:
        return False
    if role.committee and fold(role.committee) == fold(committee):
        return True
    ignored = _COMMITTEE_WORDS | BODY_WORDS | _CONNECTIVE_WORDS
    places = set(fold(committee).split()) - ignored
    return bool(places & (set(fold(role.organisation or "").split()) - ignored))


def _one_or_two_letters_apart(written: str, known: str) -> bool:
    return len(written) >= 3 and len(known) >= 3 and 0 < Levenshtein.distance(written, known) <= 2
