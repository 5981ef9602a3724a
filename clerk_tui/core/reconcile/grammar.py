"""Clauses of minutes read for the work they report: a verb in any form (lemminflect's tables:
"held" is 'hold'), the auxiliaries before it, what it was done to and by whom.

- a passive in the past or perfect: "<object> has been / was / were / is now <participle>";
  a note "<object> <participle>" ("Letter sent to the landowner");
- an active past or perfect: "<doer> has / had <participle> <object>", "<doer> <past>
  <object>" ("Jonas updated the wiki page");
- a verb made a noun after a light verb: "Updates have been made to <object>", "A review of
  <object> was carried out";
- an event that took place ("<event> was held", "<event> took place"), a task carried out
  ("<task> was completed", "is now complete"), a thing "now in place" or "now live";
- and the same not finished: "has not been sent", "will be held", "is to be updated", "is
  being reviewed", "is still moving".

A noun phrase's head is its last word before a preposition; the names and nouns before it
and the phrases after it say which thing it is ("the fence along the play area").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from clerk_tui.core.parse.actions.lexicon import is_adjective, is_word, verb_base
from clerk_tui.core.reconcile.words import GENERIC, STOP, stem, vocabulary

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+")


class Token(NamedTuple):
    """A word of a clause (a named tuple: one is made for every word read)."""

    word: str
    """In small letters."""
    raw: str
    start: int
    end: int


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """The words and numbers of text[start:end]."""
    return [
        Token(m.group().lower(), m.group(), m.start(), m.end())
        for m in _TOKEN.finditer(text, start, end)
    ]


BASE, PAST, ING, S = "base", "past", "ing", "s"


@lru_cache(maxsize=1 << 14)
def verb_form(word: str) -> tuple[str, str] | None:
    """A verb form's lemma and form: ("hold", PAST) for "held"; None for a word that is no verb."""
    base = verb_base(word)
    if base is None or "-" in word:
        return None
    if base.endswith("l") and not base.endswith("ll") and verb_base(base + "l") == base + "l":
        base += "l"  # "installed": 'install', not the British 'instal'
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
_NOT_DONE = vocabulary("not never still yet")
"""Of an active verb, what says the work is not done ("is still to contact", "has yet to
write"); "X will write" is a commitment, which the parser reads as a new action."""
_ADVERBS = vocabulary(
    """now already since also just recently finally successfully duly then subsequently
    all both each"""
)
_PRESENT_BE = vocabulary("is are am")
_TOLD = vocabulary("was were been")
_SETTLED = vocabulary("now already")
"""A present passive reports the work done with these ("is now updated"), or in a verb of a
result that lasts (`_LASTING`)."""
_LASTING = vocabulary(
    """merge publish post release upload deploy install fix resolve sign book order submit
    schedule file appoint"""
)
"""Verbs whose present passive says the thing is now in that state ("the RFC is posted on the
forum", "the PR is merged"), unless said of what happens each time (`_HABITUAL`)."""
_WISHED = vocabulary("that if whether ensure once when until unless so")
"""Before a present passive, what makes it a wish or a condition ("ask that the hall is
booked", "once the PR is merged")."""
_HABITUAL = vocabulary(
    """each every always usually normally annually regularly weekly monthly yearly daily
    generally typically often automatically"""
)
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
"""What points at a meeting in the series ("the next meeting was held ..."), not a task; a
bare "the meeting" is this one too."""
_PRONOUNS = vocabulary("i we you he she they it")
_DATES = vocabulary(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday mon tue tues wed thu thur thurs fri sat sun today tomorrow yesterday"""
)
BODIES = vocabulary(
    """clerk chair chairman chairperson secretary treasurer group committee council board team
    members member everyone officer officers trustees we they he she i you"""
)
"""Doers that name no one in particular: who did the work is then not told."""

# The verbs that report an action's work though they are not its own.
ARRANGE = vocabulary("arrange organise organize schedule set convene book plan call host hold run")
_HELD = vocabulary("hold convene run host")
_GONE_OUT = ("send", "publish")
"""What a thing that "went out" or "has gone out" was: sent round, or published."""
_HAPPENED = {"happen": "", "occur": "", "take": "place", "go": "ahead"}
"""Events said to have taken place: the verb and the word it needs after it."""
CARRY_OUT = vocabulary("complete finish do carry undertake conduct perform finalise finalize run")
_LIGHT = vocabulary("make carry undertake do complete conduct perform finish")
"""Verbs that report the work of the noun before them: "updates were made", "a review was
carried out"."""
SET_UP = vocabulary(
    "set install put establish create implement introduce launch arrange organise organize build"
    " erect fit open provide"
)
BUY = vocabulary("buy purchase order procure obtain get")
"""Verbs of getting a thing, which it being in place reports ("the new noticeboard is up")."""
_FAMILIES = (
    "repair mend fix",
    "send circulate distribute forward email",
    "contact speak talk phone telephone ring email approach",
    "move relocate transfer switch migrate",
    "update refresh revise",
    "book reserve",
    "replace renew",
    "install fit erect mount",
    "remove dismantle",
    "submit file lodge",
    "buy purchase order procure",
    "get obtain receive secure",
    "publish post upload",
    "draft prepare write",
    "check inspect examine",
    "decide agree approve choose select",
)
"""Verbs that report one another's work in minutes ("the fence was mended" for "repair the
fence", "had spoken to the Trust" for "contact the Trust", "the benches were moved" for
"relocate the benches", "two quotes were received" for "get quotes", "the date was agreed" for
"decide on the date"): near-synonyms in what a
committee asks and reports, nothing wider."""
_KIN: dict[str, frozenset[str]] = {}
for _family in _FAMILIES:
    for _lemma in _family.split():
        _KIN[_lemma] = _KIN.get(_lemma, frozenset()) | frozenset(_family.split())


def kin(lemma: str) -> frozenset[str]:
    """The lemma and the verbs of its families (`_FAMILIES`)."""
    return _KIN.get(lemma, frozenset()) | {lemma}


_STATES = {"complete": "carried out", "done": "carried out", "finished": "carried out"}
_IN_PLACE = vocabulary("live operational")
"""A thing set up, said of it: "is now live"; and "in place", "in operation"."""
_PUT_OUT = vocabulary("website site webpage page blog wiki noticeboard newsletter intranet portal")
"""Where a thing made is put out for all to see: "the new logo is now on the website"."""
MAKE = vocabulary("design create produce draft write prepare make publish post upload")
"""Verbs of making a thing, which it being out reports ("the new logo is on the website")."""


@dataclass(frozen=True)
class Phrase:
    """A noun phrase: the thing work was done to, or an action asks to be done to."""

    head: str
    """The head noun, singular, in small letters."""
    qualifiers: frozenset[str]
    """Stems of the names and nouns qualifying it ("mqtt" of "the MQTT docs", "reference" of
    "terms of reference")."""
    complement: Phrase | None = None
    """What follows its first preposition of, to, on or for ("the open issues" of "a review of
    the open issues", "the docs" of "updates to the docs")."""
    attached: tuple[tuple[str, frozenset[str]], ...] = ()
    """Each preposition after it with the stems of what that names ("along": play, area)."""
    deictic: bool = False
    """It points at a meeting of the series ("the next meeting"), or this one."""
    initials: str = ""
    """A name's initials, in small letters: "cpt" of "the Community Payback Team", and of
    "the CPT" itself; '' when the phrase is no name."""


@dataclass(frozen=True)
class Work:
    """One verb of a clause read as work done (or not finished) on an object."""

    lemma: str
    pairing: str
    """How the verb may report another verb's work: '' (only its own), 'held' (an event
    arranged), 'carried out' (a task), 'in place' (a thing set up), 'out' (a thing made, put
    out)."""
    object: Phrase
    done: bool
    doer: str
    cue: str


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


_LONG_FORM = re.compile(r"(?:ation|ition|ment|ory|ories|ication)s?$")


def heads_agree(one: str, other: str) -> bool:
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


def _qualifier(token: Token) -> bool:
    """A word that says which thing the head is: a name, or a noun; not an adjective ("open
    issues"), a date, a number or a word every minute uses."""
    word = token.word
    if word in STOP or word in _DETERMINERS or word in _DEICTIC or not _lettered(word):
        return False
    if word in GENERIC or stem(word) in GENERIC:
        return False
    return token.raw[0].isupper() or not is_adjective(word)


def _lettered(word: str) -> bool:
    """Letters only, or words of letters joined by hyphens ("pull-request", "multi-channel")."""
    return word.replace("-", "").isalpha() and not word.startswith("-") and "--" not in word


def noun_phrase(tokens: list[Token]) -> Phrase | None:
    """The noun phrase of `tokens`: its head is the last word before any preposition; what
    follows "of" qualifies it too ("terms of reference")."""
    kept = [t for t in tokens if t.word not in _DETERMINERS]
    bounds = [n for n, t in enumerate(kept) if t.word in _PREPOSITIONS]
    cut = bounds[0] if bounds else len(kept)
    if cut == 0:
        return None
    head = kept[cut - 1]
    if head.word in _PRONOUNS or head.word in _DATES or not _lettered(head.word):
        return None  # "it"; "on 24 Oct": a date, not a thing
    qualifiers = {stem(t.word) for t in kept[: cut - 1] if _qualifier(t)}
    complement = None
    attached: dict[str, frozenset[str]] = {}
    for left, right in zip(bounds, [*bounds[1:], len(kept)], strict=False):
        preposition, part = kept[left].word, kept[left + 1 : right]
        stems = frozenset(stem(t.word) for t in part if _qualifier(t))
        if left == cut and preposition in _COMPLEMENT:
            complement = noun_phrase(part)
        if preposition == "of" and left == cut:
            qualifiers |= stems
        else:
            attached.setdefault(preposition, stems)
    articled = any(t.word in ("a", "an", "another") for t in tokens)
    opened = attached.get("to") == frozenset({"order"})  # "called the meeting to order at 7"
    ours = head.word == "meeting" and (opened or not (articled or qualifiers or attached))
    deictic = ours or any(t.word in _DEICTIC for t in tokens)  # "Meeting called to order"
    return Phrase(
        _singular(head.word),
        frozenset(qualifiers),
        complement,
        tuple(attached.items()),
        deictic,
        _initials(kept[:cut]),
    )


def _initials(named: list[Token]) -> str:
    """The initials of a name of two words or more written with capitals ("Community Payback
    Team"), or a name written as its initials ("CPT", "the HA"): how minutes call a body
    they named in full before."""
    if len(named) == 1 and 2 <= len(named[0].raw) <= 6 and named[0].raw.isupper():
        return named[0].word if named[0].raw.isalpha() else ""
    if len(named) >= 2 and all(t.raw[0].isupper() and not t.raw.isupper() for t in named):
        return "".join(t.word[0] for t in named)
    return ""


_COMPLEMENT = vocabulary("of to on for")


def _trailing(tokens: list[Token], at: int, text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The phrases after a passive verb ending at `at` ("sent to the bus company"), as a
    noun's attachments."""
    if at >= len(tokens) or tokens[at].word not in _PREPOSITIONS or tokens[at].word == "of":
        return ()
    if not _joined(text, tokens[at - 1], tokens[at]):
        return ()
    phrase = noun_phrase([Token("thing", "thing", 0, 0), *tokens[at : at + _WIDTH]])
    return phrase.attached if phrase else ()


def _joined(text: str, left: Token, right: Token) -> bool:
    """No punctuation between two tokens."""
    return not re.search(r"[,;:()\[\]\"“”.!?–—]|\s-\s", text[left.end : right.start])


_WIDTH = 8
"""A noun phrase has at most this many words."""


def _reduced(tokens: list[Token], n: int) -> bool:
    """A verb in the past after a noun, starting what qualifies it ("the issues raised by
    residents"), or a finite verb before a subject ("the Clerk said the letters ..."); not a
    participle qualifying a name after it ("Non personalised Business cards")."""
    form = verb_form(tokens[n].word)
    past = bool(form and form[1] == PAST and tokens[n].raw[0].islower())
    if not past or n > 0 and tokens[n - 1].word in _DETERMINERS:
        return False  # not "the revised policy"
    following = tokens[n + 1] if n + 1 < len(tokens) else None  # before a name, it qualifies
    return not (following and following.raw[0].isupper() and following.word not in _GRAMMAR)


_GRAMMAR = vocabulary("i a an the this that these those it he she we they his her their its")


def phrase_after(tokens: list[Token], at: int, text: str) -> Phrase | None:
    """The object after a verb ending at `at` (through one preposition: "wrote to the
    Council"), with up to two phrases after it ("the fence along the play area")."""
    start, end = _extent_after(tokens, at, text)
    return noun_phrase(tokens[start:end])


def phrases_after(tokens: list[Token], at: int, text: str) -> list[Phrase]:
    """The objects after a verb ending at `at`, with those joined to the first by "and" or a
    comma ("order business cards, posters and flyers")."""
    found: list[Phrase] = []
    while len(found) < 4:
        start, end = _extent_after(tokens, at, text)
        phrase = noun_phrase(tokens[start:end])
        if phrase is None:
            break
        found.append(phrase)
        joint = text[tokens[end - 1].end : tokens[end].start] if end < len(tokens) else ""
        if joint.strip() == "," and tokens[end].word not in _BOUNDARY:
            at = end
        elif end + 1 < len(tokens) and tokens[end].word in ("and", "&") and not joint.strip():
            at = end + 1
        else:
            break
    return found


def _extent_after(tokens: list[Token], at: int, text: str) -> tuple[int, int]:
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
    return start, n


def _phrase_before(tokens: list[Token], at: int, text: str) -> Phrase | None:
    """The subject ending at `at`, before the auxiliaries ("All GitHub issues" were reviewed,
    "The fence along the car park" was repaired), back to a boundary word or a verb."""
    n = at
    while n > 0 and at - n < _WIDTH:
        token = tokens[n - 1]
        if token.word in _EXCEPT:
            return None  # "everything on the list except Turnitin has been tested"
        if n < at and not _joined(text, token, tokens[n]):
            break
        if token.word in _BOUNDARY or token.word in _WHEN or _reduced(tokens, n - 1):
            break
        if token.word in _PREPOSITIONS and not _noun_before(tokens, n - 1, text):
            break  # "In February the survey ...": the subject starts after the phrase
        n -= 1
    return noun_phrase(tokens[n:at])


_EXCEPT = vocabulary("except excluding besides")
"""Before a subject, what names the thing left out: no report of work on it."""


def _noun_before(tokens: list[Token], at: int, text: str) -> bool:
    """Whether a noun comes right before the preposition at `at` ("fence along")."""
    if at == 0 or not _joined(text, tokens[at - 1], tokens[at]):
        return False
    word = tokens[at - 1].word
    grammar = _BOUNDARY | _DETERMINERS | _PREPOSITIONS | _WHEN | _BE | _PERFECT | _UNFINISHED
    return word not in grammar and not _reduced(tokens, at - 1)


def doer_before(tokens: list[Token], at: int, text: str) -> str:
    """Who did it, named right before `at`: a name ("Jonas", "Cllr Hale", "JB", "@bob"), a role
    or a pronoun, or a body in small letters ("the fete committee"); '' when the word before
    is none of those (the clause is then no active one)."""
    body = _body(tokens, at - 1, text)
    if body:
        return body
    found: list[str] = []
    n = at - 1
    while n >= 0 and len(found) < 3:
        token = tokens[n]
        handle = text[token.start - 1 : token.start] == "@"  # "@bob opened an issue"
        if token.word not in BODIES and not _named(tokens, n) and not handle:
            break
        if n + 1 < len(tokens) and not _joined(text, token, tokens[n + 1]):
            break
        found.insert(0, token.raw)
        n -= 1
    return " ".join(found)


def _named(tokens: list[Token], at: int) -> bool:
    """A name: a capitalised word, not an everyday one opening the clause ("Letter sent")."""
    token = tokens[at]
    return token.raw[0].isupper() and not (at == 0 and is_word(token.word))


def _first_name(tokens: list[Token], at: int, text: str) -> str:
    """A name opening the clause that is also a word ("Carol", "Will", "Rob"), before a verb in
    the past and its object ("Carol updated the README"): a note opening with a noun ("Letter
    sent to the landowner") has no object after its verb."""
    if at != 1 or at + 1 >= len(tokens) or tokens[at + 1].word not in _DETERMINERS:
        return ""
    first = tokens[0]
    form = verb_form(first.word)
    if not first.raw[0].isupper() or first.raw.isupper() or form and form[1] in (PAST, ING):
        return ""
    joined = _joined(text, first, tokens[1]) and _joined(text, tokens[1], tokens[2])
    return first.raw if joined else ""


def _doer_after(tokens: list[Token], at: int, text: str) -> str:
    """The doer of a passive, after "by": "by Lucy", "by the Clerk", "by the youth club"."""
    for n in range(at, min(at + 6, len(tokens))):
        if tokens[n].word == "by":
            named = tokens[n + 1 : n + 4]
            last = next((m for m in range(n + 3, n, -1) if _body(tokens, m, text)), None)
            if last is not None:
                return _body(tokens, last, text)
            return " ".join(t.raw for t in named if t.raw[0].isupper() or t.word in BODIES)
    return ""


_ORGANISATIONS = vocabulary(
    """committee club council society trust association group team board federation forum guild
    union league institute partnership panel"""
)
"""Nouns naming a body ("the youth club", "the fete committee")."""
_OWN_BODY = vocabulary(
    """working steering management executive full sub main whole parish town village community
    sub-committee this our same"""
)
"""Words before a body's noun that may name the meeting's own body ("the working group", "the
parish council")."""


def _body(tokens: list[Token], at: int, text: str) -> str:
    """A body named in small letters by the words ending at `at`, its noun last, a word or two
    before it saying which ("fete committee", "youth club"); '' for none, or for one that may be
    the meeting's own ("the working group", "the committee")."""
    if not 0 <= at < len(tokens) or tokens[at].word not in _ORGANISATIONS:
        return ""
    n = at
    while n > 0 and at - n < 2 and _joined(text, tokens[n - 1], tokens[n]):
        word = tokens[n - 1].word
        form = verb_form(word)
        if word in STOP or word in _PREPOSITIONS or word in _BOUNDARY or form and form[1] == PAST:
            break
        n -= 1
    which = {t.word for t in tokens[n:at]}
    if n == at or which & _OWN_BODY:
        return ""
    return " ".join(t.raw for t in tokens[n : at + 1])


def auxiliaries(tokens: list[Token], at: int, text: str) -> tuple[set[str], int]:
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


def _nominal(obj: Phrase) -> str | None:
    """The verb a head noun is ("update" for "updates", "review"), not a gerund ("meeting")."""
    form = verb_form(obj.head) or verb_form(obj.head + "s")
    return form[0] if form and form[1] in (BASE, S) else None


def particle(tokens: list[Token], at: int, text: str) -> int:
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
    return "carried out" if lemma in CARRY_OUT else ""


def works(
    tokens: list[Token], text: str, wanted: set[str], topic: Phrase | None = None
) -> Iterator[Work]:
    """Each verb of a clause whose lemma is in `wanted` or reports an event, a task or a
    state, read as work done (or not finished) on an object; "it", "this" or "these" for the
    object is the `topic` (the heading over the clause)."""
    for at, token in enumerate(tokens):
        if token.word == "in" and "contact" in wanted:
            yield from _in_touch(tokens, at, text)
        state = _state(tokens, at)
        form = verb_form(token.word)
        if form is None and not state:
            continue
        lemma, shape = form or (token.word, BASE)
        if not (
            state
            or lemma in wanted
            or lemma in _LIGHT
            or lemma in _HELD
            or lemma in _HAPPENED
            or lemma == "meet"
            or lemma in _EVENTS
        ):
            continue
        aux, first = auxiliaries(tokens, at, text)
        after = particle(tokens, at + 1, text)
        unfinished = bool(aux & _UNFINISHED)
        progressive = shape == ING and bool(aux & _BE)
        if unfinished and not (aux & _GOING_ON or {"to", "be"} <= aux) and not progressive:
            continue  # "OR to publish the statement", "should be published": asked, not told
        last = max(at, after - 1)
        if last + 1 < len(tokens) and tokens[last + 1].word in ("place", "ahead", "operation"):
            last += 1  # "took place", "is now in place"
        cue = text[tokens[first].start : tokens[last].end]
        if lemma == "go" and shape == PAST and [t.word for t in tokens[at + 1 : at + 2]] == ["out"]:
            gone = _phrase_before(tokens, first, text)  # "the newsletter went out"
            if gone:
                yield from (Work(sent, "", gone, not unfinished, "", cue) for sent in _GONE_OUT)
            continue
        if state:
            labelled = at > 0 and at == first and _status_after(tokens, at, text)
            if aux & _BE or "now" in aux or labelled:
                subject = _phrase_before(tokens, first, text) or _it(tokens, first, topic)
                if state == "updated":  # "is now up to date"
                    yield from _passive(
                        "update", subject, tokens, after, text, not unfinished, "", cue
                    )
                elif state == "carried out":
                    yield from _passive(
                        "complete", subject, tokens, after, text, not unfinished, "", cue
                    )
                elif subject:
                    yield Work(lemma, state, subject, not unfinished, "", cue)
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
                    yield Work(lemma, "held", subject, not unfinished, "", cue)
        elif participle and aux & _BE:
            lasting = (
                lemma in _LASTING
                and not any(t.word in _HABITUAL for t in tokens)
                and not any(t.word in _WISHED for t in tokens[:at])
                and "?" not in text[tokens[0].start : tokens[-1].end + 2]
            )
            told = aux & _TOLD or aux & _PRESENT_BE and (aux & _SETTLED or lasting)
            if not (told or unfinished):
                continue  # "the rules are published each year", "that a copy be made": no report
            subject = _phrase_before(tokens, first, text) or _it(tokens, first, topic)
            doer = _doer_after(tokens, after, text)
            for work in _passive(lemma, subject, tokens, after, text, not unfinished, doer, cue):
                yield work
                yield from _event(work)
        elif participle and aux & _PERFECT:
            obj = phrase_after(tokens, after, text) or _it(tokens, after + 1, topic)
            if obj:
                doer = doer_before(tokens, first, text)
                yield (work := Work(lemma, _pairing(lemma), obj, not unfinished, doer, cue))
                yield from _event(work)
                yield from _made(lemma, obj, tokens, after, text, not unfinished, doer, cue)
                yield from _met(lemma, obj, not unfinished, doer, cue)
        elif shape == PAST and not aux:
            doer = doer_before(tokens, at, text) or _first_name(tokens, at, text)
            obj = phrase_after(tokens, after, text) if doer else None
            if obj:
                yield (work := Work(lemma, _pairing(lemma), obj, True, doer, cue))
                yield from _event(work)
                yield from _made(lemma, obj, tokens, after, text, True, doer, cue)
                yield from _met(lemma, obj, True, doer, cue)
            elif _note_opening(tokens, at, text):
                subject = _phrase_before(tokens, at, text)  # a note: "Letter sent to ..."
                doer = _doer_after(tokens, after, text)
                for work in _passive(lemma, subject, tokens, after, text, True, doer, cue):
                    yield work
                    yield from _event(work)  # "Site visited on 3 May"
        elif progressive or shape == BASE and aux & _NOT_DONE:
            obj = phrase_after(tokens, after, text)
            if obj:
                yield Work(lemma, "", obj, False, doer_before(tokens, first, text), cue)


_TOUCH = vocabulary("touch contact")


def _in_touch(tokens: list[Token], at: int, text: str) -> Iterator[Work]:
    """Having been in touch with someone, as contacting them: "had been in touch with the
    County", "was in contact with Highways" (not "is in contact": still going on)."""
    if at + 2 >= len(tokens) or tokens[at + 1].word not in _TOUCH or tokens[at + 2].word != "with":
        return
    aux, first = auxiliaries(tokens, at, text)
    if not aux & _TOLD:
        return
    obj = phrase_after(tokens, at + 2, text)
    if obj:
        cue = text[tokens[first].start : tokens[at + 1].end]
        done = not aux & _UNFINISHED
        yield Work("contact", "", obj, done, doer_before(tokens, first, text), cue)


_IT = vocabulary("it this these that those they")


def _it(tokens: list[Token], at: int, topic: Phrase | None) -> Phrase | None:
    """The topic, when the word before `at` is "it", "this" or "these"."""
    return topic if 0 < at <= len(tokens) and tokens[at - 1].word in _IT else None


def _status_after(tokens: list[Token], at: int, text: str) -> bool:
    """A state given as a label's value, at the end of the clause (a date may follow):
    "Review of open issues: done", "Defibrillator - in place (3 May)"."""
    before = text[tokens[at - 1].end : tokens[at].start]
    return bool(re.fullmatch(r"\s*[:\-–—]\s*", before)) and at >= len(tokens) - 4


def _note_opening(tokens: list[Token], at: int, text: str) -> bool:
    """Whether the verb at `at` is a note's, near the start of the clause or of what follows a
    label ending in a colon or a dash ("Speed limit on Ferry Road: letter sent"), with no
    finite verb before it."""
    first = 0
    for n in range(at - 1, 0, -1):
        if re.search(r":|\s[-–—]\s", text[tokens[n - 1].end : tokens[n].start]):
            first = n
            break
    return at - first <= 5 and not any(_finite(t) for t in tokens[first:at])


def _finite(token: Token) -> bool:
    """A verb in the past or an auxiliary: before a participle, it makes it no note."""
    form = verb_form(token.word)
    return token.word in _BE or token.word in _PERFECT or bool(form and form[1] == PAST)


def _state(tokens: list[Token], at: int) -> str:
    """The pairing of a state said of a subject: 'carried out' for "complete", "done";
    'in place' for "in place", "live"; 'updated' for "up to date"; 'out' for "on the
    website", "online"."""
    word = tokens[at].word
    if word in _STATES:
        return _STATES[word]
    if word in _IN_PLACE:
        return "in place"
    following = [t.word for t in tokens[at + 1 : at + 3]]
    if word == "in" and following[:1] in (["place"], ["operation"]):
        return "in place"
    if word == "up" and following == ["to", "date"]:
        return "updated"
    if word == "up" and at == len(tokens) - 1 and at > 0 and tokens[at - 1].word in _BE:
        return "in place"  # "the new noticeboard is up."
    if (
        word == "online"
        or word == "on"
        and any(t.word in _PUT_OUT for t in tokens[at + 1 : at + 4])
    ):
        return "out"  # "the new logo is now on the website", "the handbook is online"
    return ""


def _passive(
    lemma: str,
    subject: Phrase | None,
    tokens: list[Token],
    after: int,
    text: str,
    done: bool,
    doer: str,
    cue: str,
) -> Iterator[Work]:
    """A passive's readings: the work done to its subject; and, after a light verb, the work
    its subject names ("Updates were made to the docs", "A review of the issues was carried
    out")."""
    if subject is None:
        return
    trailing = _trailing(tokens, after, text)
    done_to = replace(subject, attached=subject.attached + trailing)
    yield Work(lemma, _pairing(lemma), done_to, done, doer, cue)
    nominal = _nominal(subject)
    if lemma in _LIGHT and nominal and nominal not in _LIGHT:
        target = subject.complement
        if target is None and after < len(tokens) and tokens[after].word in _COMPLEMENT:
            target = phrase_after(tokens, after, text)
        if target:
            yield Work(nominal, "", target, done, doer, cue)


def _made(
    lemma: str,
    obj: Phrase,
    tokens: list[Token],
    after: int,
    text: str,
    done: bool,
    doer: str,
    cue: str,
) -> Iterator[Work]:
    """After a light verb in the active, the work its object names, done to what follows it:
    "had made contact with the Canal Trust" (contact the Canal Trust), "carried out a review
    of the lease" (review the lease)."""
    nominal = _nominal(obj)
    if lemma not in _LIGHT or not nominal or nominal in _LIGHT:
        return
    head = next(
        (
            n
            for n in range(after, min(after + _WIDTH, len(tokens)))
            if _singular(tokens[n].word) == obj.head
        ),
        None,
    )
    if head is None or head + 1 >= len(tokens) or tokens[head + 1].word not in _PREPOSITIONS:
        return
    target = phrase_after(tokens, head + 1, text)
    if target:
        yield Work(nominal, "", target, done, doer, cue)


def _met(lemma: str, obj: Phrase, done: bool, doer: str, cue: str) -> Iterator[Work]:
    """Having met someone, as a meeting with them held: "Dan met (with) the infrastructure
    team" reports "set up a meeting with the infrastructure team"."""
    if lemma != "meet":
        return
    who = frozenset(s for s in obj.qualifiers | {stem(obj.head)} if s not in GENERIC)
    meeting = Phrase("meeting", frozenset(), obj, (("with", who),))
    yield Work(lemma, "held", meeting, done, doer, cue)


EVENTS = {
    "interview": "interview",
    "visit": "visit",
    "inspect": "inspection",
    "survey": "survey",
    "tour": "tour",
    "audit": "audit",
    "train": "training",
    "demonstrate": "demonstration",
}
"""Verbs whose noun is an event a committee arranges ("arrange an interview with the radio
station"), which the verb in the past reports held ("were interviewed on the radio station")."""
_EVENTS = frozenset(EVENTS)


def _event(work: Work) -> Iterator[Work]:
    """The event a verb's noun names, held with all that its clause names: "Ann and Bob were
    interviewed on Radio Wey" reports an interview held with Ann, Bob and Radio Wey, "the
    Highways officer visited the site" a visit with the officer to the site; by whoever
    arranged it (no doer)."""
    noun = EVENTS.get(work.lemma)
    if noun is None or work.pairing:
        return
    obj = work.object
    named = obj.qualifiers.union({stem(obj.head)}, *(stems for _, stems in obj.attached))
    doers = {stem(w) for w in re.findall(r"[A-Za-z][\w'’-]*", work.doer)}
    who = frozenset(s for s in named | doers if s not in GENERIC and s not in STOP)
    yield Work(
        work.lemma,
        "held",
        Phrase(noun, frozenset(), None, (("with", who),)),
        work.done,
        "",
        work.cue,
    )


_LEADS = vocabulary("to will would shall should must please")


@lru_cache(maxsize=1 << 12)
def asked_verb(text: str) -> str:
    """The lemma of the verb an action's text asks for ("design" of "Design a logo", "send" of
    "Clerk to send the reminders", "write" of "Priya to write to tenants"), or ''."""
    tokens = tokenize(text, 0, len(text))
    at = task_verb(tokens, text)
    form = verb_form(tokens[at].word) if at is not None else None
    return form[0] if form else ""


def task_verb(tokens: list[Token], text: str) -> int | None:
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


def _is_base(token: Token) -> bool:
    form = verb_form(token.word)
    return bool(form and form[1] == BASE)
