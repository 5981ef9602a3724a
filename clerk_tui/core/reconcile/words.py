"""Content words of actions and passages, and which open actions a passage speaks of.

A passage speaks of an action when it shares enough of the action's distinctive words: at
least two separate ones (the words of one name, "Integrated Care Board (ICB)", count once)
covering a good share of the action's words, or one when it also names the owner. When
several actions fit, each must have words that point to it alone.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from clerk_tui.core.reconcile.model import OpenAction
from clerk_tui.core.reconcile.places import normal_ref


def vocabulary(words: str) -> frozenset[str]:
    return frozenset(words.split())


WORD = re.compile(r"[A-Za-z][A-Za-z'’]*|\d+")
_URL = re.compile(
    r"\b(?:https?://|www\.)\S+|(?<=\w)\.(?:com|org|net|io|dev|gov|edu|info|eu|co)(?:\.[a-z]{2})?\b",
    re.I,
)
"""A web address, and the ending of a domain name ("heronwood.org"): their pieces ("github",
"com", "org") name nothing an action is about."""
STOP = vocabulary(
    """a an the to of and or for on in at by with from into onto that this these those be been
    being had has have was were is are it its as any all some each every he she they them their
    his her we our us you your i not no so than then there here which who whom whose what when
    where while would will should could may might must can shall do does did done also about
    after before over under up down out off again further more most other such only own same
    very just now per via re etc mr mrs ms miss dr cllr councillor prof professor sir dame
    agreed undertook asked requested said stated confirmed reported noted advised informed
    explained discussed commented added mentioned suggested thought felt wish wished wishes
    action actions meeting meetings previous last next future item items minute minutes
    following regarding respect relation relating whether if following"""
)
_GENERIC_WORDS = vocabulary(
    """circulate circulat send sent share provide provid write written report present bring
    brought arrange produce update respond response information detail details paper papers
    briefing note notes member members board committee council officer officers clerk chair
    chairman parish group team work further copy copies email letter all relevant appropriate
    progress matter matters issue issues arising business other any
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec week weeks month months year
    receive received get make made take taken give given hold held keep need use help ensure
    confirm contact ask request follow look come put see know let say tell check local new
    current possible available required also time date place placed cost costs costing agenda
    bad recent"""
)
_SUFFIXES = ("ations", "ation", "ings", "ing", "ions", "ion", "ies", "ed", "es", "s", "e")


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    word = word.lower().replace("’", "'").removesuffix("'s").removesuffix("'")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


GENERIC = _GENERIC_WORDS | {stem(w) for w in _GENERIC_WORDS}
"""Words too common in minutes to tell actions apart: they count half."""


def _content(word: str) -> bool:
    """Not a stop word, nor the plural of one ("councillors", "actions")."""
    lowered = word.lower()
    return lowered not in STOP and stem(lowered) not in STOP and (len(word) >= 3 or word.isdigit())


def acronyms(text: str) -> set[str]:
    """Initials of runs of capitalised words: 'Joint Strategic Needs Assessment' gives 'jsna'."""
    found = set()
    run: list[str] = []
    for match in WORD.finditer(text + " ."):
        word = match.group()
        if word[0].isupper() and not word.isupper():
            run.append(word)
            continue
        if word.lower() in {"and", "of", "for"} and run:
            continue
        if len(run) >= 2 and not all(stem(w) in GENERIC for w in run):
            found.add("".join(w[0] for w in run).lower())
        run = []
    return found


@lru_cache(maxsize=1 << 14)
def words(text: str, joined: bool = False) -> Mapping[str, str]:
    """Content stems of `text`, each with the first word it came from, and a name's initials;
    with `joined`, also each two words written apart ("Goal Post" gives 'goalpost'). Cached:
    the same passage is compared with every open action (read only)."""
    found: dict[str, str] = {}
    previous = ""
    text = _URL.sub(" ", text)
    for match in WORD.finditer(text):
        word = match.group()
        if _content(word):
            found.setdefault(stem(word), word)
            if joined and previous and word.isalpha():
                found.setdefault(stem(previous + word), f"{previous} {word}")
            previous = word if word.isalpha() else ""
        else:
            previous = ""
    for acronym in acronyms(text):
        found.setdefault(acronym, acronym.upper())
    return found


@lru_cache(maxsize=1 << 12)
def concepts(text: str) -> Mapping[str, int]:
    """Each content stem of `text` with the name it belongs to: the stems of one run of
    capitalised words ("Integrated Care Board", and its initials) share a number (not those
    of a heading in capitals, "DOG BINS ON THE GREEN")."""
    found: dict[str, int] = {}
    run: list[str] = []
    number = 0

    def close() -> None:
        nonlocal number
        if len(run) >= 2 and not all(_shouted(w) for w in run):
            number += 1
            for word in run:
                found[stem(word)] = -number
            found["".join(w[0] for w in run).lower()] = -number
        run.clear()

    for match in WORD.finditer(text + " ."):
        word = match.group()
        if word[0].isupper() and word.isalpha():
            if run and _shouted(word) != _shouted(run[-1]) and len(run) >= 2:
                close()  # a heading in capitals ends where the sentence begins
            run.append(word)
            continue
        if word.lower() in {"and", "of", "for"} and run:
            continue
        close()
    return found


def _shouted(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def weight(stem_: str) -> float:
    return 0.5 if stem_ in GENERIC or stem_.isdigit() else 1.0


def distinctive(stems: Iterable[str]) -> list[str]:
    return [s for s in stems if weight(s) >= 1.0]


def independent(shared: Iterable[str], names: Mapping[str, int]) -> int:
    """How many separate things the shared stems are, counting once the stems of one name
    (`names`: the `concepts` of the text they were found in)."""
    return len({names.get(s, s) for s in distinctive(shared)})


WHEN_PHRASE = re.compile(
    r"\b(?:before|after|by|until|during|in\s+time\s+for|ahead\s+of)\s+(?:the\s+|this\s+)?"
    r"(?:(?:end|start|beginning|middle|close|next|last|first|early|mid|late)\b|\d"
    r"|(?:spring|summer|autumn|winter|christmas|easter|new\s+year|deadline|meeting|week|month"
    r"|year|january|february|march|april|may|june|july|august|september|october|november"
    r"|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|it|they)\b)[^,.;:()]*",
    re.I,
)
"""A deadline or an occasion in an action ("before the spring", "by the end of May", "before
it expires"): no word a report must show."""
_ASIDE = re.compile(r"\([^()]*\)")
"""A remark in brackets ("(per the treasurer's advice)", "(see issue 4)", a link's address)."""


@lru_cache(maxsize=4096)
def core_text(text: str) -> str:
    """An action's task without its remarks in brackets and its deadline ("Review the abstract
    by Thursday (~2 weeks)" gives "Review the abstract"): what a review restating it keeps."""
    once = _ASIDE.sub(" ", text)
    return " ".join(WHEN_PHRASE.sub(" ", _ASIDE.sub(" ", once)).split())  # nested twice at most


_CIRCUMSTANCE = re.compile(
    r"\b(?:following|because\s+of|due\s+to|in\s+(?:the\s+)?light\s+of|in\s+view\s+of)\s+"
    r"(?:the\s+|a\s+)?(?:recent|last|latest)\b[^,.;()]*",
    re.I,
)
"""Why or when an action arose, not what it is about: "following the recent bad weather"."""


def _without_circumstance(text: str) -> str:
    """The action's text without the occasion it arose from ("Enquire about re-filling
    following the recent bad weather": news of the weather is no news of the re-filling)."""
    return _CIRCUMSTANCE.sub(" ", text)


def _own_words(action: OpenAction) -> dict[str, str]:
    """The action's content stems, without its owner's (neither "ICB" nor the words of
    "Integrated Care Board (ICB)" when the ICB owns it) nor the occasion it arose from. An
    action whose words name nothing ("Clerk to chase again", "Clerk to instruct") takes those
    of the item it sat under."""
    owner = words(action.owner or "")
    found = words(_without_circumstance(action.text))
    if len(distinctive(found)) < 2:
        found = {**found, **words(action.topic)}
    names = concepts(action.text)
    theirs = {names[s] for s in owner if s in names}
    return {s: w for s, w in found.items() if s not in owner and names.get(s, 0) not in theirs}


_EVERYDAY_ROLES = vocabulary(
    """the parish town clerk chair chairman chairperson secretary treasurer council committee
    board group wg all members"""
)
"""The words of owners that minutes name in sentence after sentence ("the Clerk advised")."""


_ADDRESSEE = re.compile(
    r"^\W*(?i:ask|contact|write\s+to|e-?mail|chase|approach|inform|tell|remind|phone|ring"
    r"|speak\s+to|liaise\s+with)\s+(?i:the\s+)?(?P<whom>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)*)"
)


def _addressee(text: str) -> str:
    """The body an action is to get in touch with ("the Borough Council" in "Ask the Borough
    Council who owns the land"): news of that body elsewhere is not news of the action, so
    its words are no separate sign that a passage speaks of it (its initials neither: a
    lower-case word after it lets `words` close the name and read them)."""
    match = _ADDRESSEE.match(text)
    return match.group("whom") if match else ""


def _everyday(owner: str | None) -> bool:
    """An owner every other sentence names ("The Clerk", "the Chair"): named beside one
    shared word, it does not tell that a passage speaks of the action."""
    return bool(owner) and set((owner or "").lower().split()) <= _EVERYDAY_ROLES


def _owner_pattern(owner: str | None) -> re.Pattern[str] | None:
    """The owner as written, whole ("Parish Clerk", "TG"), to find it named in a passage."""
    name = re.sub(r"^(?:the\s+)", "", (owner or "").strip(), flags=re.I)
    if not name or not re.search(r"[A-Za-z]{2}", name):
        return None
    return re.compile(rf"\b{re.escape(name)}\b", 0 if name.isupper() else re.I)


_OPENING_NAME = re.compile(
    r"^\W*(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\W*\s+(?:has|have|will|would|is|are)\s"
)


def _opening_name(text: str) -> str:
    """The name an action without an owner opens with, as its doer ("**Mike** has weekly
    meetings with NVIDIA and will report back"): named in a report, it counts as the owner.
    Not a role or a body ("The Council will ..."), nor a word minutes use of anything."""
    match = _OPENING_NAME.match(text)
    if not match:
        return ""
    said = {w.lower() for w in match.group("name").split()} - {"the"}
    if (
        not said
        or said & (_EVERYDAY_ROLES | STOP | GENERIC)
        or any(stem(w) in GENERIC or w.endswith("ing") for w in said)
    ):
        return ""  # "The Council will ...", "Planning is due"
    return match.group("name")


_PLACE = re.compile(
    r"\b(?:on|in|at|along|near|outside|opposite|behind|beside)\s+(?:the\s+)?"
    r"(?P<place>[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+)*)"
)
_NO_PLACE = vocabulary(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday the this that a an"""
)


def places(text: str) -> set[str]:
    """The named places of a text, after a preposition of place ("on Kings Road", "at the
    Old School"), in small letters; not a month or a day ("in March")."""
    return {
        m.group("place").lower()
        for m in _PLACE.finditer(text)
        if m.group("place").split()[0].lower() not in _NO_PLACE
    }


def elsewhere(own: set[str], clause: str) -> bool:
    """Whether a clause names another place than the action's (`own`, its `places`) and not
    the action's own: "the street light on Queens Road was fixed" is no news of the one on
    Kings Road, however many words they share."""
    if not own:
        return False
    lowered = clause.lower()
    return bool(places(clause)) and not any(place in lowered for place in own)


@dataclass
class Candidate:
    action: OpenAction
    score: float
    shared: dict[str, str] = field(default_factory=dict)


class Index:
    """The open actions' content words, weighted by how few actions use each."""

    def __init__(self, actions: Sequence[OpenAction]) -> None:
        self.actions = list(actions)
        self.by_id = {a.id: a for a in actions}
        self.owner_words = {a.id: set(words(a.owner or "")) for a in actions}
        self.owner_names = {a.id: _owner_pattern(a.owner or _opening_name(a.text)) for a in actions}
        self.everyday_owner = {a.id: _everyday(a.owner) for a in actions}
        self.addressees = {a.id: set(words(f"{_addressee(a.text)} x")) for a in actions}
        self.places = {a.id: places(a.text) for a in actions}
        self.words = {a.id: _own_words(a) for a in actions}
        self.topic_words = {a.id: set(distinctive(words(a.topic, joined=True))) for a in actions}
        self.distinct = {a.id: distinctive(self.words[a.id]) for a in actions}
        self.using: dict[str, list[OpenAction]] = {}
        for action in self.actions:
            for s in self.words[action.id]:
                self.using.setdefault(s, []).append(action)
        self.totals = {
            a.id: sum(self.weight(s) for s in self.words[a.id]) or 1.0 for a in self.actions
        }

    def numbered(self, number: str) -> list[OpenAction]:
        """The actions a number names: the number their minutes gave them first, else the
        reference clerk-tui gave them ("HWB/25/07", or its plain id)."""
        key = normal_ref(number)
        own = [a for a in self.actions if a.ref and normal_ref(a.ref) == key]
        if own:
            return own
        logged = [a for a in self.actions if a.log_ref and normal_ref(a.log_ref) == key]
        if not logged and key.isdigit() and int(key) in self.by_id:
            logged = [self.by_id[int(key)]]
        return logged

    def weight(self, stem_: str) -> float:
        """A stem's weight: half for a common word, less the more actions use it."""
        return weight(stem_) / (1 + math.log(len(self.using.get(stem_, ())) or 1))

    def candidates(self, clause: str, among: Iterable[OpenAction] | None = None) -> list[Candidate]:
        """Actions the clause plausibly speaks of, best first."""
        found_words = words(clause, joined=True)
        sharing = {a.id for s in found_words for a in self.using.get(s, ())}
        names = concepts(clause)
        found = []
        for action in among if among is not None else self.actions:
            if action.id not in sharing:
                continue
            own = self.words[action.id]
            shared = {s: found_words[s] for s in own if s in found_words}
            coverage = sum(self.weight(s) for s in shared) / self.totals[action.id]
            addressed = self.addressees[action.id]
            separate = independent([s for s in shared if s not in addressed], names)
            pattern = self.owner_names[action.id]
            owner_named = bool(pattern and pattern.search(clause))
            needed = 2 if self.everyday_owner[action.id] else 1
            if (
                (separate >= 2 and coverage >= 0.34)
                or (owner_named and separate >= needed and coverage >= 0.25)
            ) and not elsewhere(self.places[action.id], clause):
                found.append(Candidate(action, round(coverage * 100, 1), shared))
        found.sort(key=lambda c: -c.score)
        return found

    def resolve(self, clause: str, among: Iterable[OpenAction] | None = None) -> list[Candidate]:
        """The actions the clause names beyond doubt: each needs words no other candidate has."""
        return unique(self.candidates(clause, among))

    def on_topic(self, heading: str, clause: str) -> list[Candidate]:
        """Actions whose item or part heading the passage's heading shares a distinctive word
        with, and whose own text shares another one with the clause ("Goal Post" for an action
        under "Goalpost Design" that asked for "a Design"); only when that points to one action."""
        heading_words = set(distinctive(words(heading, joined=True)))
        if not heading_words:
            return []
        clause_words = words(clause, joined=True)
        found = []
        for action in self.actions:
            if not heading_words & self.topic_words[action.id]:
                continue
            shared = {
                s: clause_words[s]
                for s in self.distinct[action.id]
                if s in clause_words and s not in heading_words
            }  # the heading's own words are the topic, not a second sign
            if shared:
                found.append(Candidate(action, 50.0, shared))
        return found if len(found) == 1 else []

    def titled(self, title: str) -> OpenAction | None:
        """The one open action recorded under the topic a short title names: every distinctive
        word of its item's heading and at most one other ("Moderation team new approach" for
        an action under "Moderation team"); None when no action's topic, or several, fit."""
        said = set(distinctive(words(title, joined=True)))
        plain = set(distinctive(words(title)))
        fits = [
            a
            for a in self.actions
            if self.topic_words[a.id]
            and self.topic_words[a.id] <= said
            and len(plain - self.topic_words[a.id]) <= 1
        ]
        return fits[0] if len(fits) == 1 else None

    def shared(self, action: OpenAction, text: str) -> dict[str, str]:
        """The action's distinctive stems that `text` uses."""
        found = words(text, joined=True)
        return {s: found[s] for s in self.distinct[action.id] if s in found}

    def sharing(self, text: str) -> list[OpenAction]:
        """The actions sharing a word with `text` (only they can share a distinctive one), in
        their order."""
        ids = {a.id for s in words(text, joined=True) for a in self.using.get(s, ())}
        return [a for a in self.actions if a.id in ids]


def unique(found: list[Candidate]) -> list[Candidate]:
    """Of several candidates, those with shared words no other candidate has."""
    if len(found) <= 1:
        return found
    chosen = []
    for candidate in found:
        others = set().union(*(c.shared.keys() for c in found if c is not candidate))
        own_evidence = [s for s in candidate.shared if s not in others]
        if own_evidence and len(candidate.shared) >= 2:
            chosen.append(candidate)
    return chosen
