"""Reports of work done, written about their subject in the minutes' own words, matched to the
open action that asked for that work by the action's verb and object.

Minutes seldom repeat an action's words when they report it finished: "Updates have been made
to the MQTT documentation" (for "Update the MQTT docs"), "All GitHub issues were reviewed"
("Review open issues"), "An online meeting was held" ("Arrange an online meeting"). Each
clause is read for a verb, in any form (lemminflect's tables: "held" is 'hold'), with the
auxiliaries before it and what it was done to:

- a passive in the past or perfect: "<object> has been / was / were / is now <participle>";
  a note "<object> <participle>" ("Letter sent to the landowner");
- an active past or perfect: "<doer> has / had <participle> <object>", "<doer> <past>
  <object>" ("Jonas updated the wiki page");
- a verb made a noun after a light verb: "Updates have been made to <object>", "A review of
  <object> was carried out";
- an event that took place ("<event> was held", "<event> took place") finishes an action to
  arrange it; a task carried out ("<task> was completed", "is now complete") one to carry it
  out or complete it; a thing "now in place" or "now live" one to set it up.

The clause speaks of an action when their verbs agree (the same lemma, or one of those
pairings), the head nouns of their objects agree (a clipped form with its long one: "docs",
"documentation"), no qualifying name or noun of one is replaced by another in the other
("garage rents" is not "allotment rents"), a doer it names is not someone other than the
owner, and most of the action's words are there, unless the owner or the heading over the
clause confirm it. It must fit one open action only.

Precision first: auxiliaries or words saying the work is not finished (not, will, to be, is
being, still, waiting, ongoing ...) make a progress note, never a 'done'; a new request
("asked Jonas to update ...") is neither.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache

from clerk_tui.core.parse.actions.lexicon import is_adjective, is_word, verb_base
from clerk_tui.core.reconcile.cues import REQUEST, doubts, goes_on
from clerk_tui.core.reconcile.model import DONE, ELSEWHERE, UPDATE, Finding, OpenAction
from clerk_tui.core.reconcile.places import units
from clerk_tui.core.reconcile.prose import clauses
from clerk_tui.core.reconcile.sections import titles
from clerk_tui.core.reconcile.words import GENERIC, STOP, Index, stem, vocabulary, words

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+")


@dataclass(frozen=True)
class _Token:
    word: str
    """In small letters."""
    raw: str
    start: int
    end: int


def _tokens(text: str, start: int, end: int) -> list[_Token]:
    return [
        _Token(m.group().lower(), m.group(), m.start(), m.end())
        for m in _TOKEN.finditer(text, start, end)
    ]


BASE, PAST, ING, S = "base", "past", "ing", "s"


@lru_cache(maxsize=1 << 14)
def _verb(word: str) -> tuple[str, str] | None:
    """A verb form's lemma and form: ("hold", PAST) for "held"; None for a word that is no verb."""
    base = verb_base(word)
    if base is None or "-" in word:
        return None
    if word == base:
        return base, BASE
    if word.endswith("ing"):
        return base, ING
    if word in (base + "s", base + "es") or word == base[:-1] + "ies":
        return base, S
    return base, PAST


_PERFECT = vocabulary("has have had")
_BE = vocabulary("been was were is are be being am")
_UNFINISHED = vocabulary(
    "will would shall should must can could may might to not never yet still being"
)
"""Auxiliaries that leave the work to come or undone: "will be held", "to be updated",
"has not been sent", "is being reviewed"."""
_GOING_ON = vocabulary("will would shall not never still yet being")
"""Those of them that report the work not finished (with "is to be"), not only ask for it."""
_ADVERBS = vocabulary(
    """now already since also just recently finally successfully duly then subsequently
    all both each now"""
)
_PRESENT_BE = vocabulary("is are am")
_SETTLED = vocabulary("now already")
"""A present passive reports the work done only with these ("is now updated")."""
_PARTICLES = vocabulary("up out forward back off")
_PREPOSITIONS = vocabulary(
    """to with into onto on about at for from in over under between across within via per
    against towards regarding concerning including along around near behind beside outside
    inside through throughout of"""
)
"""Prepositions that say which thing a noun is ("the fence along the play area")."""
_WHEN = vocabulary("before after by until during since")
"""Prepositions of a deadline or an occasion ("before the spring", "by Friday"), or of a
passive's doer: what follows is not what the work is on."""
_BOUNDARY = vocabulary(
    """and or but that which who whom whose whether if as when while because so than where
    once unless"""
)
_DETERMINERS = vocabulary(
    """a an the this these those its their our his her my your all any some each every both
    several many few other another such no"""
)
_DEICTIC = vocabulary("this last previous next present same following")
"""What points at a meeting in the series ("the next meeting was held ..."), not a task."""
_PRONOUNS = vocabulary("i we you he she they it")
_BODIES = vocabulary(
    """clerk chair chairman chairperson secretary treasurer group committee council board team
    members member everyone officer officers trustees we they he she i you"""
)
"""Doers that name no one in particular: who did the work is then not told."""

# The verbs that report an action's work though they are not its own.
_ARRANGE = vocabulary("arrange organise organize schedule set convene book plan call host hold run")
_HELD = vocabulary("hold convene run host")
_HAPPENED = {"happen": "", "occur": "", "take": "place", "go": "ahead"}
"""Events said to have taken place: the verb and the word it needs after it."""
_CARRY_OUT = vocabulary("complete finish do carry undertake conduct perform finalise finalize run")
_LIGHT = vocabulary("make carry undertake do complete conduct perform finish")
"""Verbs that report the work of the noun before them: "updates were made", "a review was
carried out"."""
_SET_UP = vocabulary(
    "set install put establish create implement introduce launch arrange organise organize build"
    " erect fit open provide"
)
_STATES = {"complete": "carried out", "done": "carried out", "finished": "carried out"}
_IN_PLACE = vocabulary("live operational")
"""A thing set up, said of it: "is now live"; and "in place", "in operation"."""


@dataclass(frozen=True)
class _Object:
    head: str
    """The head noun, singular, in small letters."""
    qualifiers: frozenset[str]
    """Stems of the names and nouns qualifying it ("mqtt" of "the MQTT docs", "reference" of
    "terms of reference")."""
    complement: _Object | None = None
    """What follows its first preposition of, to, on or for ("the open issues" of "a review of
    the open issues", "the docs" of "updates to the docs")."""
    attached: tuple[tuple[str, frozenset[str]], ...] = ()
    """Each preposition after it with the stems of what that names ("along": play, area)."""
    deictic: bool = False


@dataclass(frozen=True)
class _Report:
    """One verb of a clause read as work done (or not finished) on an object."""

    lemma: str
    pairing: str
    """How the verb may report another verb's work: '' (only its own), 'held' (an event
    arranged), 'carried out' (a task), 'in place' (a thing set up)."""
    object: _Object
    done: bool
    doer: str
    cue: str


@dataclass(frozen=True)
class _Frame:
    """What an open action asks: its verb's lemma, its object, and the words a report of it
    should show (its content stems without its verb, its owner's, its head noun and its
    adjectives, which `hints` holds)."""

    lemma: str
    object: _Object
    words: frozenset[str]
    hints: frozenset[str]


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


_LONG_FORM = re.compile(r"(?:ation|ition|ment|ory|ories|ication)s?$")


def _heads_agree(one: str, other: str) -> bool:
    """The same head noun, or a clipped form and its long one ("doc" and "documentation",
    "info" and "information", "repo" and "repository")."""
    if one == other:
        return True
    short, long_ = sorted((one, other), key=len)
    return (
        len(short) >= 3
        and long_.startswith(short)
        and len(long_) >= 2 * len(short)
        and bool(_LONG_FORM.search(long_))
    )


def _qualifier(token: _Token) -> bool:
    """A word that says which thing the head is: a name, or a noun; not an adjective ("open
    issues"), a date, a number or a word every minute uses."""
    word = token.word
    if word in STOP or word in _DETERMINERS or word in _DEICTIC or not word.isalpha():
        return False
    if word in GENERIC or stem(word) in GENERIC:
        return False
    return token.raw[0].isupper() or not is_adjective(word)


def _phrase(tokens: list[_Token]) -> _Object | None:
    """The noun phrase of `tokens`: its head is the last word before any preposition; what
    follows "of" qualifies it too ("terms of reference")."""
    kept = [t for t in tokens if t.word not in _DETERMINERS]
    bounds = [n for n, t in enumerate(kept) if t.word in _PREPOSITIONS]
    cut = bounds[0] if bounds else len(kept)
    if cut == 0:
        return None
    head = kept[cut - 1]
    if head.word in _PRONOUNS or not head.word.isalpha():
        return None
    qualifiers = {stem(t.word) for t in kept[: cut - 1] if _qualifier(t)}
    complement = None
    attached: dict[str, frozenset[str]] = {}
    for left, right in zip(bounds, [*bounds[1:], len(kept)], strict=False):
        preposition, part = kept[left].word, kept[left + 1 : right]
        stems = frozenset(stem(t.word) for t in part if _qualifier(t))
        if left == cut and preposition in _COMPLEMENT:
            complement = _phrase(part)
        if preposition == "of" and left == cut:
            qualifiers |= stems
        else:
            attached.setdefault(preposition, stems)
    deictic = any(t.word in _DEICTIC for t in tokens)
    return _Object(
        _singular(head.word), frozenset(qualifiers), complement, tuple(attached.items()), deictic
    )


_COMPLEMENT = vocabulary("of to on for")


def _trailing(tokens: list[_Token], at: int, text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The phrases after a passive verb ending at `at` ("sent to the bus company"), as a
    noun's attachments."""
    if at >= len(tokens) or tokens[at].word not in _PREPOSITIONS or tokens[at].word == "of":
        return ()
    if not _joined(text, tokens[at - 1], tokens[at]):
        return ()
    phrase = _phrase([_Token("thing", "thing", 0, 0), *tokens[at : at + _WIDTH]])
    return phrase.attached if phrase else ()


def _joined(text: str, left: _Token, right: _Token) -> bool:
    """No punctuation between two tokens."""
    return not re.search(r"[,;:()\[\]\"“”.!?–—]|\s-\s", text[left.end : right.start])


_WIDTH = 8
"""A noun phrase has at most this many words."""


def _reduced(tokens: list[_Token], n: int) -> bool:
    """A verb in the past after a noun, starting what qualifies it ("the issues raised by
    residents"), or a finite verb before a subject ("the Clerk said the letters ...")."""
    form = _verb(tokens[n].word)
    past = bool(form and form[1] == PAST and tokens[n].raw[0].islower())
    return past and not (n > 0 and tokens[n - 1].word in _DETERMINERS)  # not "the revised policy"


def _phrase_after(tokens: list[_Token], at: int, text: str) -> _Object | None:
    """The object after a verb ending at `at` (through one preposition: "wrote to the
    Council"), with up to two phrases after it ("the fence along the play area")."""
    n = at
    if n < len(tokens) and tokens[n].word in _PREPOSITIONS:
        n += 1
    start, prepositions = n, 0
    while n < len(tokens) and n - start < _WIDTH:
        token = tokens[n]
        if n > start and not _joined(text, tokens[n - 1], token):
            break
        if token.word in _BOUNDARY or token.word in _WHEN:
            break
        if token.word in _PREPOSITIONS:
            prepositions += 1
            if prepositions > 2:
                break
        elif n > start and _reduced(tokens, n):
            break
        n += 1
    return _phrase(tokens[start:n])


def _phrase_before(tokens: list[_Token], at: int, text: str) -> _Object | None:
    """The subject ending at `at`, before the auxiliaries ("All GitHub issues" were reviewed,
    "The fence along the car park" was repaired), back to a boundary word or a verb."""
    n = at
    while n > 0 and at - n < _WIDTH:
        token = tokens[n - 1]
        if n < at and not _joined(text, token, tokens[n]):
            break
        if token.word in _BOUNDARY or token.word in _WHEN or _reduced(tokens, n - 1):
            break
        if token.word in _PREPOSITIONS and not _noun_before(tokens, n - 1, text):
            break  # "In February the survey ...": the subject starts after the phrase
        n -= 1
    return _phrase(tokens[n:at])


def _noun_before(tokens: list[_Token], at: int, text: str) -> bool:
    """Whether a noun comes right before the preposition at `at` ("fence along")."""
    if at == 0 or not _joined(text, tokens[at - 1], tokens[at]):
        return False
    word = tokens[at - 1].word
    grammar = _BOUNDARY | _DETERMINERS | _PREPOSITIONS | _WHEN | _BE | _PERFECT | _UNFINISHED
    return word not in grammar and not _reduced(tokens, at - 1)


def _doer_before(tokens: list[_Token], at: int, text: str) -> str:
    """Who did it, named right before `at`: a name ("Jonas", "Cllr Hale", "JB"), a role or a
    pronoun; '' when the word before is none of those (the clause is then no active one)."""
    found: list[str] = []
    n = at - 1
    while n >= 0 and len(found) < 3:
        token = tokens[n]
        if token.word not in _BODIES and not _named(tokens, n):
            break
        if n + 1 < len(tokens) and not _joined(text, token, tokens[n + 1]):
            break
        found.insert(0, token.raw)
        n -= 1
    return " ".join(found)


def _named(tokens: list[_Token], at: int) -> bool:
    """A name: a capitalised word, not an everyday one opening the clause ("Letter sent")."""
    token = tokens[at]
    return token.raw[0].isupper() and not (at == 0 and is_word(token.word))


def _doer_after(tokens: list[_Token], at: int) -> str:
    """The doer of a passive, after "by": "by Lucy", "by the Clerk"."""
    for n in range(at, min(at + 6, len(tokens))):
        if tokens[n].word == "by":
            named = tokens[n + 1 : n + 4]
            return " ".join(t.raw for t in named if t.raw[0].isupper() or t.word in _BODIES)
    return ""


def _auxiliaries(tokens: list[_Token], at: int, text: str) -> tuple[set[str], int]:
    """The auxiliaries and adverbs right before the word at `at`, and where they start."""
    n = at
    found: set[str] = set()
    while n > 0 and _joined(text, tokens[n - 1], tokens[n]):
        word = tokens[n - 1].word
        if word in _PERFECT or word in _BE or word in _UNFINISHED or word in _ADVERBS:
            found.add(word)
        elif not (word.endswith("ly") and len(word) > 4):
            break
        n -= 1
    return found, n


def _nominal(obj: _Object) -> str | None:
    """The verb a head noun is ("update" for "updates", "review"), not a gerund ("meeting")."""
    form = _verb(obj.head) or _verb(obj.head + "s")
    return form[0] if form and form[1] in (BASE, S) else None


def _particle(tokens: list[_Token], at: int, text: str) -> int:
    """Past a particle after the verb at `at - 1` ("carried out", "set up")."""
    if (
        at < len(tokens)
        and tokens[at].word in _PARTICLES
        and _joined(text, tokens[at - 1], tokens[at])
    ):
        return at + 1
    return at


def _pairing(lemma: str) -> str:
    if lemma in _HELD:
        return "held"
    return "carried out" if lemma in _CARRY_OUT else ""


def _reports(tokens: list[_Token], text: str, wanted: set[str]) -> Iterator[_Report]:
    """Each verb of a clause whose lemma is in `wanted` or reports an event, a task or a
    state, read as work done (or not finished) on an object."""
    for at, token in enumerate(tokens):
        state = _state(tokens, at)
        form = _verb(token.word)
        if form is None and not state:
            continue
        lemma, shape = form or (token.word, BASE)
        if not (
            state or lemma in wanted or lemma in _LIGHT or lemma in _HELD or lemma in _HAPPENED
        ):
            continue
        aux, first = _auxiliaries(tokens, at, text)
        after = _particle(tokens, at + 1, text)
        unfinished = bool(aux & _UNFINISHED)
        progressive = shape == ING and bool(aux & _BE)
        if unfinished and not (aux & _GOING_ON or {"to", "be"} <= aux) and not progressive:
            continue  # "OR to publish the statement", "should be published": asked, not told
        last = max(at, after - 1)
        if last + 1 < len(tokens) and tokens[last + 1].word in ("place", "ahead", "operation"):
            last += 1  # "took place", "is now in place"
        cue = text[tokens[first].start : tokens[last].end]
        if state:
            if aux & _BE or "now" in aux:
                subject = _phrase_before(tokens, first, text)
                if subject:
                    yield _Report(lemma, state, subject, not unfinished, "", cue)
            continue
        participle = (
            shape == PAST
            or shape == BASE
            and bool(aux & {"has", "have", "had", "been", "was", "were"})
        )
        if lemma in _HAPPENED:
            needs = _HAPPENED[lemma]
            if shape == PAST and (
                not needs or at + 1 < len(tokens) and tokens[at + 1].word == needs
            ):
                subject = _phrase_before(tokens, first, text)
                if subject:
                    yield _Report(lemma, "held", subject, not unfinished, "", cue)
        elif participle and aux & _BE:
            if aux & _PRESENT_BE and not aux & _SETTLED and not unfinished:
                continue  # "the rules are published each year": a habit, not a report
            subject = _phrase_before(tokens, first, text)
            doer = _doer_after(tokens, after)
            yield from _passive(lemma, subject, tokens, after, text, not unfinished, doer, cue)
        elif participle and aux & _PERFECT:
            obj = _phrase_after(tokens, after, text)
            if obj:
                doer = _doer_before(tokens, first, text)
                yield _Report(lemma, _pairing(lemma), obj, not unfinished, doer, cue)
        elif shape == PAST and not aux:
            doer = _doer_before(tokens, at, text)
            if doer:
                obj = _phrase_after(tokens, after, text)
                if obj:
                    yield _Report(lemma, _pairing(lemma), obj, True, doer, cue)
            elif at <= 5 and not any(_finite(t) for t in tokens[:at]):
                subject = _phrase_before(tokens, at, text)  # a note: "Letter sent to ..."
                yield from _passive(lemma, subject, tokens, after, text, True, "", cue)
        elif progressive or shape == BASE and unfinished:
            obj = _phrase_after(tokens, after, text)
            if obj:
                yield _Report(lemma, "", obj, False, _doer_before(tokens, first, text), cue)


def _finite(token: _Token) -> bool:
    """A verb in the past or an auxiliary: before a participle, it makes it no note."""
    form = _verb(token.word)
    return token.word in _BE or token.word in _PERFECT or bool(form and form[1] == PAST)


def _state(tokens: list[_Token], at: int) -> str:
    """The pairing of a state said of a subject: 'carried out' for "complete", "done";
    'in place' for "in place", "live"."""
    word = tokens[at].word
    if word in _STATES:
        return _STATES[word]
    if word in _IN_PLACE:
        return "in place"
    following = tokens[at + 1].word if at + 1 < len(tokens) else ""
    if word == "in" and following in ("place", "operation"):
        return "in place"
    return ""


def _passive(
    lemma: str,
    subject: _Object | None,
    tokens: list[_Token],
    after: int,
    text: str,
    done: bool,
    doer: str,
    cue: str,
) -> Iterator[_Report]:
    """A passive's readings: the work done to its subject; and, after a light verb, the work
    its subject names ("Updates were made to the docs", "A review of the issues was carried
    out")."""
    if subject is None:
        return
    trailing = _trailing(tokens, after, text)
    done_to = replace(subject, attached=subject.attached + trailing)
    yield _Report(lemma, _pairing(lemma), done_to, done, doer, cue)
    nominal = _nominal(subject)
    if lemma in _LIGHT and nominal and nominal not in _LIGHT:
        target = subject.complement
        if target is None and after < len(tokens) and tokens[after].word in _COMPLEMENT:
            target = _phrase_after(tokens, after, text)
        if target:
            yield _Report(nominal, "", target, done, doer, cue)


# What open actions ask, and which of them a report fits.


def _frame(action: OpenAction, owner_words: set[str]) -> _Frame | None:
    """The action's verb (the first word, or the one after "to" or a modal: "JB to circulate",
    "CC asked the Clerk to chase") and its object."""
    tokens = _tokens(action.text, 0, len(action.text))
    at = _task_verb(tokens, action.text)
    if at is None:
        return None
    lemma = (_verb(tokens[at].word) or ("",))[0]
    obj = _phrase_after(tokens, _particle(tokens, at + 1, action.text), action.text)
    if not lemma or obj is None:
        return None
    found = words(_WHEN_PHRASE.sub(" ", action.text))
    skip = owner_words | {stem(tokens[at].word), stem(obj.head), stem(obj.head + "s")}
    hints = frozenset(
        s for s, w in found.items() if s not in skip and w.islower() and is_adjective(w.lower())
    )
    required = frozenset(s for s in found if s not in skip and s not in hints and s not in GENERIC)
    return _Frame(lemma, obj, required, hints | frozenset(found) - skip)


_WHEN_PHRASE = re.compile(
    r"\b(?:before|after|by|until|during|in\s+time\s+for|ahead\s+of)\s+(?:the\s+|this\s+)?"
    r"(?:(?:end|start|beginning|middle|close|next|last|first|early|mid|late)\b|\d"
    r"|(?:spring|summer|autumn|winter|christmas|easter|new\s+year|deadline|meeting|week|month"
    r"|year|january|february|march|april|may|june|july|august|september|october|november"
    r"|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|it|they)\b)[^,.;:()]*",
    re.I,
)
"""A deadline or an occasion in an action ("before the spring", "by the end of May", "before
it expires"): no word a report must show."""
_LEADS = vocabulary("to will would shall should must please")


def _task_verb(tokens: list[_Token], text: str) -> int | None:
    """Where the verb an action asks for is."""
    if tokens and _is_base(tokens[0]):
        second = tokens[1].word if len(tokens) > 1 else ""
        doer = (  # "Mark to send ...", "Will and Ana: ..."
            second in _LEADS
            and len(tokens) > 2
            and _is_base(tokens[2])
            or second in ("and", "&")
            or text[tokens[0].end : tokens[0].end + 1] == ":"
        )
        if not doer:
            return 0
    for n in range(1, len(tokens)):
        if tokens[n - 1].word in _LEADS and tokens[n].word != "be" and _is_base(tokens[n]):
            return n
    return None


def _is_base(token: _Token) -> bool:
    form = _verb(token.word)
    return bool(form and form[1] == BASE)


def _owner_says(action: OpenAction, doer: str) -> bool | None:
    """Whether the doer a report names is the action's owner (True), someone else (False),
    or not told (None: no one named, a pronoun, or a role the owner may hold)."""
    named = [w for w in re.findall(r"[A-Za-z][\w'’-]*", doer) if w.lower() not in _BODIES]
    owner = action.owner or ""
    mine = {w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", owner)}
    said = {w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", doer)} - {"the"}
    if said & mine:
        return True
    if not named or not owner:
        return None
    initials = "".join(w[0] for w in named if not w.isupper()).lower()
    theirs = "".join(w[0] for w in owner.split() if w[:1].isupper() and not w.isupper()).lower()
    return bool(initials and initials in mine or theirs and theirs in said)


@dataclass(frozen=True)
class _Fit:
    action: OpenAction
    score: int
    why: str
    elsewhere: bool = False


def _other_thing(mine: _Object, theirs: _Object) -> bool:
    """Whether a report's object is another thing than the action's with the same head noun:
    a name or noun before it, or a phrase after the same preposition, that the report puts
    where the action has another ("garage rents", "the fence along the car park")."""
    if mine.qualifiers and theirs.qualifiers and not _agreeing(mine.qualifiers, theirs.qualifiers):
        return True
    attached = dict(theirs.attached)
    return any(
        stems and attached.get(preposition) and not _agreeing(stems, attached[preposition])
        for preposition, stems in mine.attached
    )


def _agreeing(mine: Iterable[str], theirs: Iterable[str]) -> set[str]:
    """Those of `mine` that `theirs` has, as they are or clipped ("repo", "repository")."""
    theirs = set(theirs)
    return {w for w in mine if w in theirs or any(_heads_agree(w, t) for t in theirs)}


def _fits(
    frame: _Frame, report: _Report, action: OpenAction, seen: Mapping[str, str], topic: bool
) -> _Fit | None:
    """Whether the report speaks of the action, and how surely; a fit `elsewhere` when it
    reports the same work on another thing, or by someone else."""
    mine, theirs = frame.object, report.object
    if not _heads_agree(mine.head, theirs.head) or theirs.deictic and not mine.deictic:
        return None
    owner = _owner_says(action, report.doer)
    if owner is False:
        return _Fit(action, 0, f"done by {report.doer}, not {action.owner}", elsewhere=True)
    if _other_thing(mine, theirs):
        return _Fit(action, 0, "done to another thing", elsewhere=True)
    shown = _agreeing(frame.words, seen)
    hinted = _agreeing(frame.hints, seen)
    complete = len(shown) * 3 >= len(frame.words) * 2
    sure = complete or owner or topic
    if report.lemma != frame.lemma:
        sure = sure and bool(shown or hinted)  # an event held, a task carried out: and more
    if not sure:
        return None
    said = sorted({seen.get(s, s) for s in shown | hinted} | {theirs.head}, key=str.lower)
    why = [f"shares: {', '.join(said)}"]
    if owner:
        why.append(f"by {report.doer}, its owner")
    if topic:
        why.append("under a heading of its topic")
    return _Fit(action, len(shown) + len(hinted) + 2 * bool(owner) + bool(topic), "; ".join(why))


def _chosen(fits: list[_Fit]) -> list[_Fit]:
    """The fit that names its action beyond doubt: the only one, or one more sure than any
    other (several when they are one action carried forward, word for word)."""
    if len(fits) <= 1:
        return fits
    fits = sorted(fits, key=lambda f: -f.score)
    best = fits[0]
    same = [f for f in fits if f.action.text.strip().lower() == best.action.text.strip().lower()]
    rest = [f for f in fits if f not in same]
    return same if not rest or rest[0].score < best.score else []


class _Frames:
    """The open actions' frames, by the verbs whose reports can speak of them."""

    def __init__(self, index: Index) -> None:
        self.frames: dict[int, _Frame] = {}
        self.by_lemma: dict[str, list[OpenAction]] = {}
        for action in index.actions:
            frame = _frame(action, index.owner_words[action.id])
            if frame:
                self.frames[action.id] = frame
                self.by_lemma.setdefault(frame.lemma, []).append(action)
        self.by_pairing = {
            "held": self._among(_ARRANGE),
            "carried out": self._among(_CARRY_OUT),
            "in place": self._among(_SET_UP),
            "": [],
        }

    def _among(self, lemmas: Iterable[str]) -> list[OpenAction]:
        return [a for lemma in lemmas for a in self.by_lemma.get(lemma, ())]

    def candidates(self, report: _Report) -> list[OpenAction]:
        own = self.by_lemma.get(report.lemma, [])
        return own + [a for a in self.by_pairing[report.pairing] if a not in own]


def findings(text: str, index: Index, skip: set[int] | frozenset[int]) -> list[Finding]:
    """What clauses of `text` (lines in `skip` left out) report of open actions in their own
    words: done, or a progress note when the work is not finished."""
    frames = _Frames(index)
    if not frames.frames:
        return []
    wanted = set(frames.by_lemma)
    heads = titles(text)
    starts = [start for start, _ in heads]
    found: list[Finding] = []
    for unit in units(text, skip):
        sentence = text[unit.start : unit.end]
        above = bisect_right(starts, unit.start) - 1
        title = heads[above][1] if above >= 0 and heads[above][0] < unit.start else ""
        title = " ".join(t for t in (title, unit.heading) if t)
        seen = words(f"{title} {sentence}", joined=True)
        for start, end in clauses(text, unit.lead, unit.end):
            clause = text[start:end]
            if REQUEST.search(clause):
                continue
            for report in _reports(_tokens(text, start, end), text, wanted):
                fits = []
                for action in frames.candidates(report):
                    topic = bool(title and index.shared(action, title))
                    fit = _fits(frames.frames[action.id], report, action, seen, topic)
                    if fit:
                        fits.append(fit)
                for fit in _chosen([f for f in fits if not f.elsewhere]):
                    found.append(_finding(fit, report, clause, sentence, unit.start, unit.end))
                found += [
                    Finding(f.action.id, ELSEWHERE, unit.start, unit.end, f.why)
                    for f in fits
                    if f.elsewhere and report.done
                ]
    return found


def _finding(
    fit: _Fit, report: _Report, clause: str, sentence: str, start: int, end: int
) -> Finding:
    action = fit.action
    note = " ".join(sentence.split())
    on = goes_on(sentence, action.text)
    doubt = doubts(clause, action.text)
    if report.done and not on and not doubt:
        reason = f'reported done in its own words ("{report.cue}"); {fit.why}'
        return Finding(action.id, DONE, start, end, reason, note, 1)
    said = on or (doubt[0] if doubt else report.cue)
    reason = f'not finished ("{said}"); {fit.why}'
    return Finding(action.id, UPDATE, start, end, reason, note, 1, True)
