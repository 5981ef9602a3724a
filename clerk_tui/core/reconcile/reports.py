"""Reports of work done, written about their subject in the minutes' own words, matched to the
open action that asked for that work by the action's verb and object.

Minutes seldom repeat an action's words when they report it finished: "Updates have been made
to the MQTT documentation" (for "Update the MQTT docs"), "All GitHub issues were reviewed"
("Review open issues"), "An online meeting was held" ("Arrange an online meeting"). Each
clause is read for the work it reports (`grammar`), and speaks of an action when:

- their verbs agree: the same lemma; an event held or taken place for an action to arrange
  it; a task carried out or complete for one to carry it out; a thing now in place or live
  for one to set it up; a thing renewed, repaired or paid for one to check it;
- the head nouns of their objects agree (a clipped form with its long one: "docs",
  "documentation"), and no name, noun or phrase of one is replaced by another in the other
  ("garage rents" are not "allotment rents");
- a doer it names is not someone other than the owner;
- most of the action's words are there, unless the owner or the heading over the clause
  confirm it; and it fits that one open action only.

Precision first: auxiliaries or words saying the work is not finished (not, will, to be, is
being, still, waiting, ongoing ...) make a progress note, never a 'done'; a new request
("asked Jonas to update ...") is neither. The same work reported on another thing or by
someone else vetoes a 'done' the prose rules read from that passage's words alone.

An action to find something out ("Investigate business cards", "Get quotes for a bench") is
done when its next step is set or taken on the same thing ("JK to order business cards and
flyers"): `next_steps`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace

from clerk_tui.core.parse.actions.lexicon import is_adjective
from clerk_tui.core.parse.layout import Span, split_sentences
from clerk_tui.core.reconcile.cues import REQUEST, before_message, doubts, goes_on
from clerk_tui.core.reconcile.grammar import (
    ARRANGE,
    BASE,
    BODIES,
    BUY,
    CARRY_OUT,
    EVENTS,
    ING,
    MAKE,
    PAST,
    SET_UP,
    Phrase,
    Token,
    Work,
    auxiliaries,
    doer_before,
    heads_agree,
    kin,
    noun_phrase,
    particle,
    phrase_after,
    phrases_after,
    task_verb,
    tokenize,
    verb_form,
    works,
)
from clerk_tui.core.reconcile.model import DONE, ELSEWHERE, UPDATE, Finding, OpenAction
from clerk_tui.core.reconcile.places import lines_of, units
from clerk_tui.core.reconcile.prose import clauses
from clerk_tui.core.reconcile.sections import titles
from clerk_tui.core.reconcile.words import (
    GENERIC,
    STOP,
    WHEN_PHRASE,
    Index,
    stem,
    vocabulary,
    words,
)

# What open actions ask, and which of them a report fits.


@dataclass(frozen=True)
class _Frame:
    """What an open action asks: its verb's lemma, its object, and the words a report of it
    should show (its content stems without its verb, its owner's, its head noun and its
    adjectives, which `hints` holds)."""

    lemma: str
    object: Phrase
    words: frozenset[str]
    hints: frozenset[str]


def _frame(action: OpenAction, owner_words: set[str]) -> _Frame | None:
    """The action's verb (the first word, or the one after "to" or a modal: "JB to circulate",
    "CC asked the Clerk to chase") and its object."""
    tokens = tokenize(action.text, 0, len(action.text))
    at = task_verb(tokens, action.text)
    return None if at is None else _frame_at(action, owner_words, tokens, at)


_ASKING = vocabulary("ask request instruct tell remind chase urge persuade encourage")


def _asked_of_others(action: OpenAction, owner_words: set[str]) -> _Frame | None:
    """The work an action asks someone else to do: "refill the grit bin" of "Ask the County to
    refill the grit bin"; that work reported done ("the grit bin had been refilled") shows the
    asking was done. So too the work an action is to have done ("Get the gate repaired",
    "Arrange for the shelter to be cleaned", "Ensure the hedge is cut back": `_caused`)."""
    tokens = tokenize(action.text, 0, len(action.text))
    at = task_verb(tokens, action.text)
    if at is None:
        return None
    lemma = (verb_form(tokens[at].word) or ("",))[0]
    if lemma not in _ASKING:
        return _caused(action, owner_words, tokens, at, lemma)
    for n in range(at + 2, min(at + 9, len(tokens) - 1)):
        following = verb_form(tokens[n + 1].word)
        if tokens[n].word == "to" and following and following[1] == BASE and following[0] != "be":
            return _frame_at(action, owner_words, tokens, n + 1, own=False)
    return None


_CAUSING = vocabulary("get have arrange organise organize ensure")


def _caused(
    action: OpenAction, owner_words: set[str], tokens: list[Token], at: int, lemma: str
) -> _Frame | None:
    """The frame of the work an action is to have done to a thing: the participle after the
    thing ("Get the gate repaired", "Arrange for the shelter to be cleaned", "Ensure that the
    hedge is cut back")."""
    if lemma not in _CAUSING:
        return None
    start = at + 1
    if start < len(tokens) and tokens[start].word in ("for", "that"):
        start += 1
    for n in range(start + 1, min(start + 12, len(tokens))):
        form = verb_form(tokens[n].word)
        passive = form and form[1] == BASE and tokens[n - 1].word in ("is", "are", "be")
        if not form or not (form[1] == PAST or passive) or form[0] == "be":
            continue  # "is cut back": a participle like its base
        end = n
        while end > start and tokens[end - 1].word in ("to", "be", "is", "are", "gets", "get"):
            end -= 1
        if lemma in ("get", "have") and end != n:
            return None  # "get the form to be signed" is not said; "have to ..." is no causing
        if lemma in ("arrange", "organise", "organize", "ensure") and end == n:
            return None  # "arrange the repaired ..." names the thing
        thing = noun_phrase(tokens[start:end])
        if thing is None:
            return None
        return _frame_at(action, owner_words, tokens, n, own=False, thing=thing)
    return None


def _frame_at(
    action: OpenAction,
    owner_words: set[str],
    tokens: list[Token],
    at: int,
    own: bool = True,
    thing: Phrase | None = None,
) -> _Frame | None:
    """The frame of the verb at `at` of the action's words; not `own` (work asked of someone
    else), its words are those from that verb on, not the asking's ("the County"), or from the
    `thing` before it that the work is to be done to."""
    lemma = (verb_form(tokens[at].word) or ("",))[0]
    obj = thing or phrase_after(tokens, particle(tokens, at + 1, action.text), action.text)
    if not lemma or obj is None:
        return None
    found = words(WHEN_PHRASE.sub(" ", action.text if own else action.text[tokens[at].start :]))
    if thing is not None:
        found = words(WHEN_PHRASE.sub(" ", action.text))
    skip = owner_words | {stem(tokens[at].word), stem(obj.head), stem(obj.head + "s")}
    hints = frozenset(
        s for s, w in found.items() if s not in skip and w.islower() and is_adjective(w.lower())
    )
    required = frozenset(s for s in found if s not in skip and s not in hints and s not in GENERIC)
    return _Frame(lemma, obj, required, hints | frozenset(found) - skip)


_TITLES = vocabulary("the cllr councillor mr mrs ms miss dr prof rev revd sir dame")
_GROUPS = vocabulary("all everyone members member committee group council board team trustees and")
"""Owners that are the body itself, whose work any member may report done."""


def _owner_says(action: OpenAction, doer: str) -> bool | None:
    """Whether the doer a report names is the action's owner (True), someone else (False),
    or not told (None: no one named, a pronoun, a role the owner may hold, or an owner that
    is a group: "All members")."""

    def names(text: str) -> list[str]:
        return [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if w.lower() not in _TITLES]

    mine = {w.lower() for w in names(action.owner or "")}
    said = {w.lower() for w in names(doer)}
    if said & mine:
        return True
    named = [w for w in names(doer) if w.lower() not in BODIES]
    if not named or not mine or mine <= _GROUPS:
        return None
    owner = names(action.owner or "")
    if _first_name_of(named, owner) or _first_name_of(owner, named):
        return None  # "Rob" and "RJ": perhaps one person
    initials = "".join(w[0] for w in named if not w.isupper()).lower()
    theirs = "".join(w[0] for w in owner if not w.isupper()).lower()
    return bool(initials and initials in mine or theirs and theirs in said)


def _first_name_of(name: list[str], initials: list[str]) -> bool:
    """Whether `name` is a first name alone and `initials` someone's initials ("RJ", "rj")
    starting with its letter."""
    if len(name) != 1 or len(initials) != 1 or len(name[0]) < 3 or name[0].isupper():
        return False
    short = initials[0]
    return (
        2 <= len(short) <= 3
        and (short.isupper() or short.islower())
        and (short[0].lower() == name[0][0].lower())
    )


@dataclass(frozen=True)
class _Fit:
    action: OpenAction
    score: int
    why: str
    elsewhere: bool = False


_CONTAINERS = vocabulary(
    """policy contract agreement scheme document form application licence license account
    plan booking lease cover subscription membership registration certificate"""
)
"""Head nouns a thing's name may go without ("the insurance policy" is "the insurance")."""
_BODY_NOUNS = vocabulary(
    """authority council agency department trust association company service team office
    partnership society"""
)
"""Head nouns a body's name (in capitals) may go without ("Highways" for "the Highways
Authority")."""


def _same_thing(mine: Phrase, theirs: Phrase) -> bool:
    """The same head noun (`heads_agree`), a name and its initials ("the CPT" for "the
    Community Payback Team", and back), or one phrase the other's name without its container
    noun ("Insurance renewed" for "renew the insurance policy", "Highways" for "the Highways
    Authority"), and back."""
    if heads_agree(mine.head, theirs.head) or _abbreviated(mine, theirs):
        return True
    for one, other in ((mine, theirs), (theirs, mine)):
        named = other.qualifiers | {stem(other.head)}
        container = one.head in _CONTAINERS or one.head in _BODY_NOUNS and one.initials
        if container and stem(other.head) in one.qualifiers:
            return one.qualifiers <= named  # "hall insurance" for "the hall insurance policy"
    return False


def _abbreviated(mine: Phrase, theirs: Phrase) -> bool:
    """One phrase is a name of several words, the other its initials alone ("CPT")."""
    return bool(mine.initials and mine.initials == theirs.initials) and (
        mine.head == mine.initials or theirs.head == theirs.initials
    )


_REACHING = kin("contact")
"""Verbs of getting in touch with someone."""


def _of_body(frame: _Frame, report: Work, seen: Mapping[str, str]) -> bool:
    """Whether a report of getting in touch with a person names, in its sentence, the body an
    action asked to get in touch with ("had made contact with Ann Reid who led the CPT",
    "spoke to Tom Hale of the Highways Authority" for "contact the Community Payback Team",
    "... the Highways Authority"): reaching its people is reaching the body."""
    mine, theirs = frame.object, report.object
    if frame.lemma not in _REACHING or report.lemma not in _REACHING:
        return False
    if not (mine.initials and theirs.initials) or mine.initials == theirs.initials:
        return False  # both names; the same name is `_same_thing`'s
    if mine.head == mine.initials:
        return mine.initials in seen  # "the CPT"
    return mine.initials in seen or {stem(mine.head), *mine.qualifiers} <= set(seen)


def _other_thing(mine: Phrase, theirs: Phrase) -> bool:
    """Whether a report's object is another thing than the action's with the same head noun:
    a name or noun before it, or a phrase after the same preposition, that the report puts
    where the action has another ("garage rents", "the fence along the car park"; "the style
    guide for the website" for "the contributor guide for the website")."""
    if (
        mine.qualifiers
        and theirs.qualifiers
        and not _agreeing(mine.qualifiers, _naming(theirs))
        and not _agreeing(theirs.qualifiers, _naming(mine))
    ):
        return True  # neither names its thing where the other does
    attached = dict(theirs.attached)
    return any(
        stems and attached.get(preposition) and not _agreeing(stems, attached[preposition])
        for preposition, stems in mine.attached
    )


def _beside(frame: _Frame, report: Work, action: OpenAction) -> bool:
    """Whether a report is of the action's own work done to another thing for the same matter:
    "the programmes for the fete had been printed" for "Print the raffle tickets for the fete"
    (another head noun, none of the action's words, what it is for the same)."""
    mine, theirs = frame.object, report.object
    return (
        report.lemma == frame.lemma
        and not _everyday(theirs.head)
        and stem(theirs.head) not in words(action.text)
        and not _agreeing({theirs.head}, {mine.head, *mine.qualifiers})
        and bool(_agreeing(_naming(mine), _naming(theirs)))
    )


def _naming(phrase: Phrase) -> frozenset[str]:
    """The names and nouns that say which thing a phrase is, before its head or after it
    ("the insurance policy for the village hall": insurance, village, hall)."""
    return phrase.qualifiers.union(*(stems for _, stems in phrase.attached))


def _agreeing(mine: Iterable[str], theirs: Iterable[str]) -> set[str]:
    """Those of `mine` that `theirs` has, as they are or clipped ("repo", "repository")."""
    theirs = set(theirs)
    return {w for w in mine if w in theirs or any(heads_agree(w, t) for t in theirs)}


def _fits(
    frame: _Frame,
    report: Work,
    action: OpenAction,
    seen: Mapping[str, str],
    topic: bool,
    asked: bool = False,
) -> _Fit | None:
    """Whether the report speaks of the action, and how surely; a fit `elsewhere` when it
    reports the same work on another thing, or by someone else (unless the frame is the work
    the action `asked` someone else to do: anyone may have done it)."""
    mine, theirs = frame.object, report.object
    written = _message(report) and frame.lemma in _WRITING_TO
    represented = False
    if written:
        recipient = _recipient(theirs)
        if recipient is None and not topic:
            return None  # "Letter sent." names no one: only a heading says what it was about
        named = mine.qualifiers | {stem(mine.head), mine.initials} - {""}
        if recipient and not _agreeing(recipient, named):
            return _Fit(action, 0, "written to someone else", elsewhere=True)
    else:
        same = _same_thing(mine, theirs)
        represented = not same and _of_body(frame, report, seen)
        if not (same or represented) and _beside(frame, report, action):
            return _Fit(action, 0, "done to another thing for it", elsewhere=True)
        if not (same or represented) or theirs.deictic and not mine.deictic:
            return None
    owner = None if asked else _owner_says(action, report.doer)
    if owner is False:
        return _Fit(action, 0, f"done by {report.doer}, not {action.owner}", elsewhere=True)
    if not (written or represented) and _other_thing(mine, theirs):
        return _Fit(action, 0, "done to another thing", elsewhere=True)
    shown = _agreeing(frame.words, seen)
    hinted = _agreeing(frame.hints, seen)
    specific = bool(shown or hinted) or not (_everyday(mine.head) and _everyday(frame.lemma))
    complete = len(shown) * 3 >= len(frame.words) * 2 and specific  # not "a report was sent"
    sure = complete or owner or topic or _witnessed(mine, report, seen)
    if report.lemma != frame.lemma:  # an event held, a task carried out: and more
        alone = not (frame.words or frame.hints) and not _everyday(mine.head)
        sure = sure and bool(shown or hinted or alone)
    if not sure:
        return None
    said = sorted({seen.get(s, s) for s in shown | hinted} | {theirs.head}, key=str.lower)
    why = [f"shares: {', '.join(said)}"]
    if owner:
        why.append(f"by {report.doer}, its owner")
    if topic:
        why.append("under a heading of its topic")
    return _Fit(action, len(shown) + len(hinted) + 2 * bool(owner) + bool(topic), "; ".join(why))


def _witnessed(mine: Phrase, report: Work, seen: Mapping[str, str]) -> bool:
    """An event held (`grammar.EVENTS`) naming whom or what the action's event was to be with,
    every word of the phrase after its noun ("an interview with Radio Wey", "a visit to the
    depot"): the report of that event, whatever else the action says it was for."""
    if report.pairing != "held" or report.object.head not in EVENTS.values() or not mine.attached:
        return False
    first = {s for s in mine.attached[0][1] if s not in GENERIC}
    return bool(first) and len(_agreeing(first, seen)) == len(first)


_MESSAGES = vocabulary("letter email e-mail message reply response correspondence")
_SENDING = vocabulary("send write email post issue deliver forward despatch dispatch")
_WRITING_TO = vocabulary(
    """write email contact inform notify tell thank remind reply respond advise approach ask
    request chase answer"""
)
"""Actions to write to someone, which a letter or an email sent reports ("Letter sent to
Highways" for "Write to the Highways Authority about the pothole")."""


def _message(report: Work) -> bool:
    """A letter, an email or a message sent or written."""
    return report.lemma in _SENDING and report.object.head in _MESSAGES


def _recipient(message: Phrase) -> frozenset[str] | None:
    """Whom a message went to ("to Highways"), None when not told."""
    return dict(message.attached).get("to") or None


def _everyday(head: str) -> bool:
    """A head noun minutes use of anything ("meeting", "letter", "report")."""
    return head in STOP or stem(head) in GENERIC or head in GENERIC


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


_DELIVERED = vocabulary("install fit erect deliver")
"""What becomes of a thing bought: "the new dog bin has been installed" for "Order a dog bin
for the play area", "the bench was delivered" for "Purchase a bench"."""
_CHECKING = vocabulary("check inspect examine verify")
_RESULTS = vocabulary(
    "renew repair mend fix replace pay install clear cut trim empty remove correct resolve"
)
"""What a check finds done to its thing, which shows the check made: "the insurance on the
pavilion had been renewed" for "Check the insurance on the pavilion", "the street light had
been repaired" for "Check the street light on Mill Lane"."""


class Frames:
    """The open actions' frames (what each asks), by the verbs whose reports can speak of
    them."""

    def __init__(self, index: Index) -> None:
        self.frames: dict[int, _Frame] = {}
        self.asked: dict[int, _Frame] = {}
        """The work an action asks someone else to do (`_asked_of_others`)."""
        self.by_lemma: dict[str, list[OpenAction]] = {}
        for action in index.actions:
            frame = _frame(action, index.owner_words[action.id])
            if frame:
                self.frames[action.id] = frame
                self.by_lemma.setdefault(frame.lemma, []).append(action)
            asked = _asked_of_others(action, index.owner_words[action.id])
            if asked and asked.lemma not in kin(frame.lemma if frame else ""):
                self.asked[action.id] = asked
                self.by_lemma.setdefault(asked.lemma, []).append(action)
        self.by_pairing = {
            "held": self._among(ARRANGE),
            "carried out": self._among(CARRY_OUT | ARRANGE),  # a visit arranged is carried out
            "in place": self._among(SET_UP | BUY),  # a thing bought, now in place
            "out": self._among(MAKE),  # a thing made, now on the website
            "written": self._among(_WRITING_TO),
            "checked": self._among(_CHECKING),
            "delivered": self._among(BUY),
            "": [],
        }

    def _among(self, lemmas: Iterable[str]) -> list[OpenAction]:
        return [a for lemma in lemmas for a in self.by_lemma.get(lemma, ())]

    def frame(self, action: OpenAction, report: Work) -> tuple[_Frame | None, bool]:
        """The frame of the action a report may speak of: the work it asks someone else to do
        when the report's verb is that work's (and whether it is), else its own (if any)."""
        asked = self.asked.get(action.id)
        if asked and asked.lemma in kin(report.lemma):
            return asked, True
        return self.frames.get(action.id), False

    def wanted(self) -> set[str]:
        """The verbs whose reports can speak of an open action: theirs and their kin, sending
        when an action is to write to someone, and a thing's results when one is to check it
        or buy it."""
        verbs = {verb for lemma in self.by_lemma for verb in kin(lemma)}
        verbs |= _RESULTS if self.by_pairing["checked"] else set()
        verbs |= _DELIVERED if self.by_pairing["delivered"] else set()
        return verbs | _SENDING if self.by_pairing["written"] else verbs

    def candidates(self, report: Work) -> list[OpenAction]:
        own = [a for verb in kin(report.lemma) for a in self.by_lemma.get(verb, ())]
        pairing = "written" if _message(report) else report.pairing
        checked = self.by_pairing["checked"] if report.lemma in _RESULTS else []
        bought = self.by_pairing["delivered"] if report.lemma in _DELIVERED else []
        return own + [a for a in self.by_pairing[pairing] + checked + bought if a not in own]


def findings(
    text: str, index: Index, frames: Frames, skip: set[int] | frozenset[int]
) -> list[Finding]:
    """What clauses of `text` (lines in `skip` left out) report of open actions in their own
    words: done, or a progress note when the work is not finished."""
    if not (frames.frames or frames.asked):
        return []
    wanted = frames.wanted()
    heads = titles(text)
    starts = [start for start, _ in heads]
    found: list[Finding] = []
    for unit in units(text, skip):
        sentence = text[unit.start : unit.end]
        above = bisect_right(starts, unit.start) - 1
        title = heads[above][1] if above >= 0 and heads[above][0] < unit.start else ""
        title = " ".join(t for t in (title, unit.heading) if t)
        seen = words(f"{title} {sentence}", joined=True)
        named = unit.heading or title
        about = noun_phrase(tokenize(named, 0, len(named)))
        for start, end in clauses(text, unit.lead, unit.end):
            request = REQUEST.search(text, start, end)
            end = request.start() if request else end  # what is asked after it is no report
            clause = text[start:end]
            for report in works(tokenize(text, start, end), text, wanted, about):
                report = _told_by(report, text[unit.lead : end])
                fits = []
                for action in frames.candidates(report):
                    topic = bool(title and index.shared(action, title))
                    frame, asked = frames.frame(action, report)
                    fit = frame and _fits(frame, report, action, seen, topic, asked)
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


_SAID_BY = re.compile(
    r"^\W*(?P<who>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:had\s+|has\s+)?"
    r"(?:reported|advised|said|stated|confirmed|explained|noted|(?:informed|told|updated)\s+\w+)"
    r"\s+(?:that\s+)?(?P<pronoun>he|she|they)\s"
)
"""Someone saying what they did: "The Clerk advised that she had written ...", "Cllr Hale
reported he had met the landowner"."""


def _told_by(report: Work, said: str) -> Work:
    """The report with the speaker as its doer, when its doer is the pronoun by which the
    speaker, saying what they did, names themselves."""
    speaker = _SAID_BY.match(said)
    if speaker is None or report.doer.lower() != speaker.group("pronoun"):
        return report
    return replace(report, doer=speaker.group("who"))


def _finding(fit: _Fit, report: Work, clause: str, sentence: str, start: int, end: int) -> Finding:
    action = fit.action
    note = " ".join(sentence.split())
    on = goes_on(_told(sentence, report.cue), action.text)
    doubt = doubts(_told(clause, report.cue), action.text)
    if report.done and not on and not doubt:
        reason = f'reported done in its own words ("{report.cue}"); {fit.why}'
        return Finding(action.id, DONE, start, end, reason, note, 1)
    said = on or (doubt[0] if doubt else report.cue)
    reason = f'not finished ("{said}"); {fit.why}'
    return Finding(action.id, UPDATE, start, end, reason, note, 1, True)


def _told(said: str, cue: str) -> str:
    """`said` without the message that its verb (`cue`) passes on (`before_message`)."""
    at = said.find(cue)
    return before_message(said, at + len(cue)) if at >= 0 else said


_INQUIRY = vocabulary(
    "investigate research explore look scope price cost source find enquire inquire get obtain seek"
)
"""Verbs of actions to find something out: what they were for is known once the next step on
the same thing is set or taken."""
_NEXT_STEP = vocabulary("order buy purchase book commission procure install hire")
_STEP_WORD = re.compile(r"\b(?:order|buy|bought|purchas|book|commission|procur|install|hir)", re.I)
_ABOUT = vocabulary("quote quotation price cost estimate option detail information idea")
"""What an inquiry gets about a thing ("quotes for a bench"): the thing is what it is about."""
_NOT_YET = re.compile(
    r"\b(?:not|never|no|if|once|unless|until|whether|subject\s+to|provided|pending|await\w*)\b"
    r"|n't\b",
    re.I,
)


def _clauses_holding(
    gate: re.Pattern[str], text: str, skip: set[int] | frozenset[int]
) -> Iterator[tuple[Span, int, int]]:
    """The clauses (start, end) of the lines not skipped whose text holds `gate`, each with
    its sentence."""
    for line in lines_of(text):
        if line.index in skip or not gate.search(text, line.cstart, line.cend):
            continue
        for sentence in split_sentences(text, line.cstart, line.cend):
            for start, end in clauses(text, sentence.start, sentence.end):
                yield sentence, start, end


def next_steps(
    text: str, index: Index, frames: Frames, skip: set[int] | frozenset[int]
) -> list[Finding]:
    """Actions to find something out, done when the minutes set or take the next step on the
    same thing, with no condition ("Investigate business cards", then "ACTION: JK to order
    business cards and flyers"); a clause still finding out ("to get prices") says nothing."""
    sought = _inquiries(frames)
    if not sought:
        return []
    found: list[Finding] = []
    for sentence, start, end in _clauses_holding(_STEP_WORD, text, skip):
        found += _next_step(text, start, end, sentence, index, sought)
    return found


def _inquiries(frames: Frames) -> dict[int, Phrase]:
    """The open actions to find something out, each with the thing it is about."""
    return {
        a.id: _sought(frames.frames[a.id])
        for lemma in _INQUIRY
        for a in frames.by_lemma.get(lemma, ())
    }


_MONEY = re.compile(r"[£$€]\s?\d|\b\d[\d,.]*\s?(?:pounds|dollars|euros|GBP|USD|EUR)\b", re.I)


def prices_given(
    text: str, index: Index, frames: Frames, skip: set[int] | frozenset[int]
) -> list[Finding]:
    """Actions to find something out, done when the minutes give the thing's price, with no
    condition ("Investigate the cost of a defibrillator", then "the Clerk reported that a new
    defibrillator would cost £1,200"; "business cards $42 (from wholesaler)"): the clause
    names the thing as fully as the action did, or its owner."""
    sought = _inquiries(frames)
    if not sought:
        return []
    found: list[Finding] = []
    for sentence, start, end in _clauses_holding(_MONEY, text, skip):
        clause = text[start:end]
        if not _MONEY.search(clause) or _NOT_YET.search(clause) or REQUEST.search(clause):
            continue
        said = set(words(clause, joined=True))
        fits = [
            fit
            for action_id, thing in sought.items()
            if (fit := _priced(index, index.by_id[action_id], thing, clause, said))
        ]
        for fit in _chosen(fits):
            reason = f"its price is given; {fit.why}"
            found.append(Finding(fit.action.id, DONE, *sentence, reason, clause))
    return found


_UPKEEP = _RESULTS - {"pay", "install"} | vocabulary("service maintain clean inspect")
"""Work done on a thing, which a payment for it names: no sign the thing was bought."""
_PAID = re.compile(r"\b(?:paid|pay|payments?|invoices?|cheques?|reimburse\w*)\b", re.I)
_PART_PAID = re.compile(
    r"\b(?:deposit|quot\w*|estimates?|instal\w*ments?|interim|part|advance|retention|will"
    r"|would|to\s+be\s+paid|on\s+completion)\b",
    re.I,
)
"""A payment that is no sign the work is finished: a deposit, a part, one still to come."""


def payments(
    text: str, index: Index, frames: Frames, skip: set[int] | frozenset[int]
) -> list[Finding]:
    """Work an action asked for, done when the minutes agree a payment for it ("Payment of £120
    to A Smith for cleaning the bus shelter was approved" for "Arrange for the bus shelter to
    be cleaned"; "Ace Signs, new dog bin, £210" for "Order a dog bin"): the clause gives a sum
    and a payment, names the action's thing with all its words and its work (a thing bought
    needs no more), and says no condition, deposit or part."""
    if not frames.frames and not frames.asked:
        return []
    found: list[Finding] = []
    for sentence, start, end in _clauses_holding(_MONEY, text, skip):
        clause = text[start:end]
        if not (_MONEY.search(clause) and _PAID.search(clause)):
            continue
        if _NOT_YET.search(clause) or _PART_PAID.search(clause) or REQUEST.search(clause):
            continue
        said = set(words(clause, joined=True))
        forms = [form for t in tokenize(clause, 0, len(clause)) if (form := verb_form(t.word))]
        lemmas = {lemma for lemma, shape in forms}
        upkeep = any(shape == ING for _, shape in forms) or bool(lemmas & _UPKEEP)
        fits = [
            fit
            for action in index.actions
            if (fit := _paid_for(frames, action, said, lemmas, upkeep))
        ]
        for fit in _chosen(fits):
            reason = f"a payment for it agreed; {fit.why}"
            note = " ".join(clause.split())
            found.append(Finding(fit.action.id, DONE, *sentence, reason, note))
    return found


def _paid_for(
    frames: Frames, action: OpenAction, said: set[str], lemmas: set[str], upkeep: bool
) -> _Fit | None:
    """Whether a payment names the action's thing, every word of it, and its work; for a thing
    bought, no work done on it (`upkeep`: "for emptying the dog bin")."""
    for frame in (frames.asked.get(action.id), frames.frames.get(action.id)):
        if frame is None or _everyday(frame.object.head):
            continue
        thing = frame.object
        named = {stem(thing.head), stem(thing.head + "s")} & said
        whole = thing.qualifiers or frame.words <= said | kin(frame.lemma)
        if not named or not thing.qualifiers <= said or not whole:
            continue  # "grass cutting" is not "cut the grass at the churchyard"
        if not kin(frame.lemma) & lemmas if frame.lemma not in BUY else upkeep:
            continue
        shown = sorted(thing.qualifiers | {thing.head})
        return _Fit(action, len(shown), f"its {frame.lemma}: {' '.join(shown)}")
    return None


def _priced(
    index: Index, action: OpenAction, thing: Phrase, clause: str, said: set[str]
) -> _Fit | None:
    """Whether a clause giving a price names the thing the action was to find out about: its
    head noun, with all its qualifiers or its owner named."""
    if _everyday(thing.head) or not {stem(thing.head), stem(thing.head + "s")} & said:
        return None
    pattern = index.owner_names[action.id]
    owner = bool(pattern and pattern.search(clause))
    if not (owner or thing.qualifiers and thing.qualifiers <= said):
        return None
    why = [f"what it was to find out about: {thing.head}"]
    if owner:
        why.append(f"its owner, {action.owner}, named")
    return _Fit(action, len(thing.qualifiers) + 2 * owner, "; ".join(why))


def _sought(frame: _Frame) -> Phrase:
    thing = frame.object
    return thing.complement if thing.head in _ABOUT and thing.complement else thing


def _next_fit(action: OpenAction, asked: Phrase, thing: Phrase, doer: str) -> _Fit | None:
    """Whether the next step's object is the thing the action was to find out about: the
    same thing named as fully ("business cards"), or its owner taking the step."""
    owner = _owner_says(action, doer)
    if not heads_agree(asked.head, thing.head) or _other_thing(asked, thing) or owner is False:
        return None
    shared = asked.qualifiers & thing.qualifiers
    if not (owner or shared):
        return None
    why = [f"what it was to find out about: {thing.head}"]
    if owner:
        why.append(f"by {doer}, its owner")
    return _Fit(action, len(shared) + 2 * bool(owner), "; ".join(why))


def _next_step(
    text: str, start: int, end: int, sentence: Span, index: Index, sought: dict[int, Phrase]
) -> list[Finding]:
    clause = text[start:end]
    tokens = tokenize(text, start, end)
    lemmas = [(verb_form(t.word) or ("",))[0] for t in tokens]
    if _NOT_YET.search(clause) or _INQUIRY & set(lemmas):
        return []
    found: list[Finding] = []
    for at, lemma in enumerate(lemmas):
        if lemma not in _NEXT_STEP:
            continue
        aux, first = auxiliaries(tokens, at, text)
        doer = doer_before(tokens, first, text)
        if not (aux or doer):
            continue  # a noun ("in order to"), not the step taken
        cue = " ".join(clause.split())
        for thing in phrases_after(tokens, particle(tokens, at + 1, text), text):
            fits = [
                fit
                for action_id, asked in sought.items()
                if (fit := _next_fit(index.by_id[action_id], asked, thing, doer))
            ]
            for fit in _chosen(fits):
                reason = f'its next step is set ("{cue}"); {fit.why}'
                found.append(Finding(fit.action.id, DONE, *sentence, reason, cue))
    return found
