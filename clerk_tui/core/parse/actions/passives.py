"""Commitments in the passive and in requests (recommendations are tracked apart):
something will be done, by someone named at the end or by no one named ("An update would
be emailed round by HR", "It was stated that signage would be provided"); requests that
something be done or that someone do it ("Members requested that an audit be carried out",
"Cllr Keary requested the Council proceed to take legal action"); and the relative clause
that hands a task on ("... to the Clerk, who would then draft a letter"). Each rule returns
(owner, task) or None, like the prose rules."""

from __future__ import annotations

import re

from ..conditions import NEED_OR_POSSIBLE_RE
from ..context import Context
from ..items import VERBISH_RE
from ..keywords import Alternatives, holds_any
from .grammar import HEADING_SEP_RE, PARTICIPLE, PASSIVE_RE, RESOLUTION_THAT_RE, Found
from .lexicon import is_base_verb, is_plural_noun, is_task_verb, verb_base
from .owners import (
    PLAIN_ROLES,
    antecedent,
    body_like,
    owner_before,
    owner_like,
    person_like,
    plain_given_name,
    role_like,
    self_body,
    trade_like,
)
from .referents import speaker_of
from .verbs import DECISION_VERBS, TASK_VERBS

# A reporting frame before a that-clause: who said it (or "It was stated").
_FRAME = (
    r"(?:\b[Ii]t\s+was\s+(?:\w+\s+)?(?:stated|agreed|noted|confirmed|advised|indicated|suggested"
    r"|reported|explained|decided|resolved|understood)"
    r"|\b(?:was|were)\s+(?:advised|informed|told|assured)"
    r"|\b(?:stated|advised|confirmed|said|indicated|explained|agreed|decided|resolved|noted|assured|informed"
    r"|undertook|reported|replied|responded|added)"
    r"(?:\s+(?:the\s+)?(?:[Mm]embers|[Cc]ouncillors|[Cc]ouncil))?)"
)
# "<frame> (that) <subject> will/would/is to be <participle>" (a comma only before a year).
# A phrase set off by commas in a subject or before it ("that, as requested, a summary",
# "the figures, which were provisional,"), and a list's comma ("the data for Eastgate,
# Westmoor and Northfield") or one before a second clause ("..., but that they").
_PARENTHETICAL = (
    r",\s*(?:which|who|whose|where|when|once|as|if|subject\s+to|following|after|in|at|on|having"
    r"|including)\b[^,;:.()]{0,60},"
)
_PARENTHETICAL_RE = re.compile(rf"{_PARENTHETICAL}\s*")
_LIST_COMMA = r",(?=\s+[^,;:.()]{1,40}?(?:,|\s(?:and|or)\s)|\s+(?:and|but)\s)"
_P_REPORTED_PASSIVE = re.compile(
    rf"(?P<frame>{_FRAME}|^that(?=\s))\s+(?:that\s*(?=[\s,]))?"
    rf"(?P<np>(?:[^,;:]|,\s*(?=\d{{4}}\b)|{_PARENTHETICAL}|{_LIST_COMMA}){{2,90}}?)\s+"
    r"(?P<modal>will|would|shall|is\s+to|are\s+to)\s+(?:then\s+|also\s+|now\s+)?be\s+"
    rf"{PARTICIPLE}"
)
# "be" as a word: every pattern of a passive of the future holds it (" would be sent").
BE_WORD_RE = re.compile(r"\sbe\s")
# "<subject> would be emailed round by HR": a passive naming its doer after "by".
_P_PASSIVE_BY = re.compile(
    r"(?:^|(?<=[\s:*]))(?P<np>(?:[A-Za-z][\w’'-]*\s+){0,12}?)(?P<modal>will|would|shall|should"
    rf"|is\s+to|are\s+to|(?P<bare>to))\s+(?:then\s+|also\s+|now\s+)?be\s+{PARTICIPLE}"
)
# "requested (that) <something> (should) be <participle>", "asked for <something> to be ...".
# The frames of _P_REQUEST_PASSIVE before its subject: those opening the sentence ("^") are
# read only at its start, the others anywhere (see _P_REQUEST_PASSIVE).
_REQUEST_FRAMES = (
    r"(?P<ask>requested|requests|asked|suggested|urged)\s+(?:(?P<that>that)\s+|for\s+)?"
    # "It was agreed that", "RESOLVED: that", "The Panel agreed that" (see _meeting_subject)
    r"|(?:(?i:it\s+was\s+)(?:(?:[a-z]+ly|also|further|then|therefore|finally)\s+)?"
    r"(?:(?i:proposed|suggested|moved)\s+and\s+)?{opening_agreed}"
    r"|(?P<body>(?<=\s)))"
    # "RESOLVED: (1) That ..."
    r"(?i:agreed|resolved|decided)\s*[:–—-]?\s*(?:\(?(?:\d{{1,2}}|[a-h]|[ivx]{{1,4}})[.)]\s*)?"
    r"(?:(?i:that)(?:,\s*[^,;]{{1,40}},|\s*:)?\s+"  # "It was agreed that, in the short term, ..."
    r"|(?=(?:[Tt]he|[Aa]n?|it|they|these)\s))"  # "that" left out: "agreed the fence should be"
    # the meeting's view of what should be done: "It was felt that the county should be asked",
    # "Members felt that ...", "Members were of the view that ...", "The consensus was that
    # ...", "There was general agreement that ..." (see _meeting_subject)
    r"|(?i:it\s+was\s+)(?:generally\s+)?(?:felt|thought|considered)\s+that\s+"
    r"|(?P<view>(?<=\s))(?:(?i:felt|thought|believed)\s+(?:that\s+|(?=(?:[Tt]he|[Aa]n?)\s))"
    r"|(?i:was|were)\s+(?:all\s+)?(?i:of\s+the\s+(?:view|opinion)|in\s+(?:full\s+)?agreement"
    r"|unanimous|keen)\s+that\s+)"
    r"|\b(?i:the\s+(?:general\s+)?(?:consensus|view|feeling)(?:\s+of\s+the\s+meeting)?\s+was"
    r"|there\s+was\s+(?:a\s+)?(?:general\s+|broad\s+|unanimous\s+|full\s+)?(?:agreement"
    r"|consensus))\s+that\s+"
    # "Resolved – That the report be noted and that ...", "... be accepted and the work be
    # carried out" (a short subject and a bare "be")
    r"|(?P<also>\band\s+(?:that\s+|(?=(?:[Tt]he|[Aa]n?|[Aa]ll)\s+(?:(?!(?:to|that|who|which)\s)"
    r"[\w’'-]+\s+){{1,4}}?(?:should\s+)?be\s)))"
    # a motion or a proposal: "Proposed by AB, seconded by CD, that a letter be sent ...",
    # "Cllr Ross proposed that action be taken to repair the benches"
    r"|(?i:proposed)(?:\s+by\s+[^.;]{{2,60}}?,?\s+(?:and\s+)?(?i:seconded)\s+by\s+[^.;]{{2,60}}?,?)?"
    r"\s+(?i:that)\s+"
    r"|\b(?i:agreed|resolved|decided)\s+and\s+(?=(?:[Aa]n?|[Tt]he)\s)"  # "This was agreed and a"
    r"{opening_that}"
)
_REQUEST_SUBJECT = (
    r"(?P<np>(?:[Aa]n?|[Tt]he|[Aa]ll|[a-z]+\s+(?!(?:must|should|could)\b)[a-z]+|[a-z]{3,}|it"
    r"|[A-Z][\w-]*)\b[^,;:]{0,80}?)\s+"
    rf"(?:(?:(?P<should>should|could|must)\s+|to\s+)?be|(?P<is>is|are|were))\s+{PARTICIPLE}"
)
_OPENING_FRAMES = {
    "opening_agreed": r"|^[\W\d]*",
    # a resolution's clause, its "RESOLVED" left above: "That a letter be sent to ...", or
    # its second that-clause split off after "and" (see :mod:`.clauses`)
    "opening_that": r"|^(?:[\W\d]*(?:\(?(?:[a-h]|[ivx]{1,4})\)\s*)?That|that)"
    r"(?:,\s*[^,;]{1,40},)?\s+"
    r"(?=(?:[Aa]n?|[Tt]he|[Aa]ll|[A-Z])\w*\s)",
}
# A frame, then the subject and "(should) be <done>": the whole pattern at the sentence's
# start, elsewhere without the frames that open it (:class:`.keywords.Alternatives`).
_P_REQUEST_PASSIVE = Alternatives(
    r"^(?:(?:" + _REQUEST_FRAMES.format(**_OPENING_FRAMES) + ")" + _REQUEST_SUBJECT + ")",
    r"\b(?:" + _REQUEST_FRAMES.format(opening_agreed="", opening_that="") + ")" + _REQUEST_SUBJECT,
)
# What the meeting itself does in "It was agreed that ... be <done>": decisions, not tasks.
_MEETING_ACTS = frozenset(
    """
    adjourn suspend award grant elect appoint co-opt reappoint adopt ratify sign select choose
    hold retain move postpone exclude leave
    """.split()  # noqa: SIM905
)
# "requested (that) the Council proceed to ...", "suggested that the Clerk contact ...".
_P_REQUEST_ACTIVE = re.compile(
    r"\b(?:requested|asked|suggested|urged)\s+(?:that\s+)?"
    r"(?P<np>(?:the\s+|all\s+)?[A-Z][\w’'&.-]*(?:\s+(?:of|for|and|&|the)?\s*[A-Z][\w’'&.-]*){0,8})"
    r"\s+(?P<verb>[a-z][a-z-]+)\b"
)
# "requested a time scale for the works", "asked for an update on the bridge".
_P_REQUEST_INFO = re.compile(
    r"\b(?:requested|asked\s+for|sought)\s+(?P<np>(?:a|an)\s+(?:\w+\s+)?(?:update|report|breakdown"
    r"|time\s*scale|timescale|timeline|timetable|briefing|list|note|details|response|reply"
    r"|copy|map|plan|costing|estimate|survey|site\s+visit)"
    r"|(?:further\s+)?(?:training|information|guidance|clarification)\s+(?:in|on|about|as|for|regarding)\b"
    # "requested assurance that ...", "requested hard copy folders of the evidence"
    r"|(?:(?:further|more|written|hard|printed|paper)\s+)?(?:[a-z]+\s+)?(?:assurances?|copies"
    r"|folders|documents|papers|figures|details|data|evidence|statistics)\s+(?:that|of|on|about"
    r"|for|regarding|showing)\b)"
)
# "..., who would then draft a letter": the one named just before hands nothing on.
_P_WHO_WOULD = re.compile(
    r"(?:,?\s+|^)who\s+(?:would|will|is\s+to|agreed\s+to|undertook\s+to)\s+(?:then\s+|also\s+)?"
    r"(?P<verb>[a-z][a-z-]+)\b"
)
# A thing and a participle before "by": the doer named is that thing's ("the paper
# presented by the Chair"), not the task's (but "drafted and signed by the Chair").
_OTHER_DOER_RE = re.compile(
    r"\b(?!(?:and|or|be|been|being)\b)[a-z]{3,}\s+(?P<part>[a-z]+(?:ed|en))\s*$"
)
_BY_AGENT_RE = re.compile(
    r"[,\s]+by\s+(?:(?i:page)\s+\d{1,4}(?:\s+of\s+\d{1,4})?\s+"  # a page break between
    r"|Signed[\s.…_]*(?:Chair(?:man|person)?|Mayor)?[\s.…_]*(?:(?i:page)\s+\d{1,4}(?:\s+of\s+\d{1,4})?\s+)?)?"
    r"(?P<agent>(?:the\s+)?(?:(?:relevant|appropriate|responsible)\s+)?[A-Z][\w’'&.-]*"
    r"(?:\s+(?:of|for|and|&|the)?\s*[A-Z][\w’'&.-]*){0,6}"
    r"|the\s+[a-z][a-z-]+(?=[\s.,;]|$)"  # "by the contractor": one named by trade
    rf"|(?:{'|'.join(sorted(PLAIN_ROLES))})(?=[\s.,;]|$))"  # "by clerk": a role, no article
)
# A subject that holds a clause of its own ("whether the minutes could", "no amendments
# were required and it") is no thing to be done.
_CLAUSE_WORDS_RE = re.compile(
    r"\b(?:whether|if|that|what|how|where|why|who|could|would|should|can|will|might|must|may"
    r"|shall|cannot|was|were|is|are|has|have|had)\b"
)
# What is to come back to a meeting is a follow-up: "the item be added to the next agenda",
# "would be added to the work programme".
_OWN_BUSINESS_RE = re.compile(r"(?i)\b(?:agenda|work\s*programme|forward\s+plan)\b")
AGENDA_RE = re.compile(r"(?i)\bagenda\b")
# Participles that state, plan a meeting's business or describe, rather than promise a task.
_NOT_DONE = frozenset(
    """
    need require expect hold discuss consider note know see base affect welcome appreciate
    available able pleased happy involve include cover close open use keep allow give make
    find call lose win face charge pay reduce increase fund locate situate delay complete
    finish accept approve agree decide defer table present bring report review receive
    represent
    """.split()  # noqa: SIM905
)
_NOT_REQUESTED = _NOT_DONE | (DECISION_VERBS - {"confirm", "delegate"}) | {"attend"}
_NOT_SUBJECT = frozenset(
    """
    it this that there they these those which what who he she we minutes meeting something
    anything nothing
    """.split()  # noqa: SIM905
)
# A particle before a noun phrase of its own is a preposition ("drafted over the summer").
_PREPOSITION_RE = re.compile(
    r"\s*[a-z]+\s+(?:the|a|an|this|that|these|those|several|our|their|its|his|her)\s"
)
_PARTICLES = frozenset("out up off back round forward over down".split())  # noqa: SIM905
# A verb's preposition left behind by the passive, no object after it: "applied for later",
# "dealt with by May", "paid for." (its object is the passive's subject).
_VERB_PREPOSITION_RE = re.compile(
    r"\s*(for|with|to|at|into|after|about|on)\b(?=\s*(?:[.,;)]|$|(?:later|soon|shortly|now|again"
    r"|next|once|when|as\s+soon|in\s+due|by|before|after|following|within|during)\b))"
)


def participle_base(word: str) -> str | None:
    """The base verb of a past participle that names a task ("provided" -> "provide",
    "carried" -> "carry", "drawn" -> "draw", "sold" -> "sell"), or None."""
    if not (word.endswith(("ed", "en", "t", "wn", "ld")) or word in ("made", "done")):
        return None
    base = verb_base(word)
    if base is None or base == word and word not in _SAME_PARTICIPLE or base in _NOT_DONE:
        return None
    return base


# Participles spelt as their verb ("the hedge be cut back").
_SAME_PARTICIPLE = frozenset("cut put set shut spread split let".split())  # noqa: SIM905


_SPACE_BEFORE_STOP_RE = re.compile(r"\s+([.,;])")
_ARTICLE_START_RE = re.compile(r"^(?:The|A|An)\b")
# Words that open a noun phrase, in lower case inside a task ("Take any questions ...").
_DETERMINERS = frozenset(
    "A An The This These Those Any All Some More Further Each Both Our Their Its".split()  # noqa: SIM905
)


def active(base: str, np: str, rest: str) -> str:
    """ "signage would be provided at the site" -> "Provide signage at the site"; a particle
    goes with the verb ("carried out": "Carry out a traffic count"); "action (steps) be taken
    to repair the benches" -> "repair the benches"."""
    taken = _TAKEN_TO_RE.match(rest) if base == "take" and _STEPS_RE.fullmatch(np) else None
    if taken is not None:
        return rest[taken.end() :].strip()
    words = rest.split(None, 1)
    verb = base
    left = _VERB_PREPOSITION_RE.match(rest)
    if left is not None:  # "the grant would be applied for later": "Apply for the grant"
        verb, rest = f"{base} {left[1]}", rest[left.end() :]
    elif (
        words
        and words[0].rstrip(".,;") in _PARTICLES
        and not _PREPOSITION_RE.match(rest)
        and np.strip().lower() not in _OBJECT_PRONOUNS.values()  # "follow it up"
    ):
        particle = words[0].rstrip(".,;")
        verb, rest = f"{base} {particle}", rest.lstrip()[len(particle) :]
    np = re.sub(r"^(?:that|once\s+this\s+was\s+done)\s+", "", np.strip())
    rest = _AND_PARTICIPLE_RE.sub(_and_base, rest)  # "taped off and marked" -> "and mark"
    if np.split(None, 1)[:1] and np.split(None, 1)[0] in _DETERMINERS:
        np = np[0].lower() + np[1:]
    return _SPACE_BEFORE_STOP_RE.sub(r"\1", " ".join(f"{verb} {np} {rest}".split()))


# What is taken to do something: "action", "steps", "further action", "urgent measures".
_STEPS_RE = re.compile(
    r"(?i)(?:(?:some|further|urgent|immediate|appropriate)\s+)?(?:action|steps|measures)"
)
_TAKEN_TO_RE = re.compile(r"\s*to\s+(?=[a-z]+\b)")
_AND_PARTICIPLE_RE = re.compile(r"^(\s*(?:[a-z]+)?,?\s+and\s+)([a-z]+ed)\b")


def _and_base(m: re.Match[str]) -> str:
    """ "off and marked" -> "off and mark": a second participle of the same passive."""
    return m.group(1) + (verb_base(m.group(2)) or m.group(2))


def split_by_agent(ctx: Context, rest: str, *, trades: bool = False) -> tuple[str | None, str]:
    """The doer named after "by" (an owner, or with ``trades`` one named by trade: "by the
    contractor") and the rest without it."""
    m = _BY_AGENT_RE.search(rest)
    agent = m.group("agent").rstrip(".") if m else ""
    if m is None or not (
        owner_like(ctx, agent) or plain_given_name(agent) or trades and trade_like(agent)
    ):
        return None, rest
    other = _OTHER_DOER_RE.search(rest, 0, m.start())
    if other is not None and verb_base(other["part"]) not in (None, other["part"]):
        return None, rest  # "... as set out in the paper presented by the Chair": the paper's
    return agent, rest[: m.start()] + rest[m.start() + m.group(0).index(agent) + len(agent) :]


def reported_passive(ctx: Context, st: str, prev: str) -> Found:
    """A reported promise in the passive: "It was stated that signage would be provided at
    that location", "The Members were advised that a traffic count would be carried out",
    "He also stated that a report from Planning would be requested" (the speaker's), "It was
    agreed that a notice of the vacancy will be displayed on the website"; of two reports
    joined, the second's subject ("confirmed the booking and advised that the hall would be
    cleaned": the hall; "confirmed receipt and advised it would be dealt with": it, no task)."""
    for m in _P_REPORTED_PASSIVE.finditer(st):
        said, frame, words = st, m.start("frame"), m.group("frame")
        if words == "that":  # a second that-clause split off an agreement: "and that the bark
            # would be ordered" after "It was agreed that the bolt should be tightened"
            head = RESOLUTION_THAT_RE.search(prev)
            if head is None:
                continue
            said, frame, words = prev, head.start(), head.group(0)
        np = _PARENTHETICAL_RE.sub(" ", m.group("np")).strip(" ,")  # "the figures, which ...,"
        np = _AFTER_DONE_RE.sub("", np)  # "once this was done Ms. Wallace"
        seconds = [j.end() for j in _AND_FRAME_RE.finditer(np)]
        if seconds:  # "confirmed receipt and advised it would be": the second report's subject
            np = np[seconds[-1] :]
        first = _FIRST_PREDICATE_RE.fullmatch(np)
        if first is not None:  # "that the figures were not ready but (would be provided)"
            np = first["np"]
        base = task_participle(m.group("part"), st[m.end() :])
        if base is None or _OWN_BUSINESS_RE.search(st, m.end()):
            continue
        if np.lower() in _OBJECT_PRONOUNS and base in _HANDED_ON:
            np = _OBJECT_PRONOUNS[np.lower()]  # "as soon as they were received they would be
            # circulated": the things just named, handed on
        elif not _thing(np, base):
            continue
        if _meeting_agreed(said, frame, words, base):
            continue
        agent, rest = split_by_agent(ctx, st[m.end() :])
        if agent is None and _BY_SOMEONE_RE.search(rest):
            continue  # "It was noted that the hedge would be trimmed by the County": theirs
        owner = agent or (_speaker(ctx, st, frame, prev) if said is st else None)
        if m.group("frame") == "reported" and not (owner and role_like(owner)):
            continue  # "JR reported that the tenancy would be advertised": news
        if agent is None and said is st and _outside_body_said(st, frame):
            continue  # "the County, who advised the verges would be cut in May": its plan
        return owner, active(base, np, rest)
    return None


# A second report joined to the first: "(confirmed receipt) and advised (that)", "(that the
# data was checked) and that".
_AND_FRAME_RE = re.compile(rf"\b(?:and|but)\s+(?:{_FRAME}\s+(?:that\s+)?|that\s+)")
# A pronoun subject of a passive, as the object of the active task.
_OBJECT_PRONOUNS = {"they": "them", "it": "it", "these": "these", "this": "this"}
# Verbs of handing something on: its pronoun stands for a thing just named, not a clause.
_HANDED_ON = frozenset(
    "circulate send forward share distribute email pass supply provide".split()  # noqa: SIM905
)
# Verbs of sending minutes out or publishing them: their subject may be the minutes.
_PUBLISHED = _HANDED_ON | frozenset("issue post publish upload sign".split())  # noqa: SIM905
# Verbs of following a matter up: its pronoun stands for the matter just raised.
_FOLLOWED_UP = frozenset(
    "check investigate look follow pursue chase explore clarify confirm update fix".split()  # noqa: SIM905
)
# The subject's first predicate, before the passive promise that goes on with it: "the
# figures were not yet ready but (would be provided)", "the data was being checked and".
_FIRST_PREDICATE = (
    r"\s+(?:was|were|is|are|(?:has|have|had)(?:\s+been)?)\s+[^,;:.()]{1,80}?,?\s+(?:and|but)"
)
_FIRST_PREDICATE_RE = re.compile(rf"(?P<np>[^,;:.()]+?){_FIRST_PREDICATE}")
# A condition before the subject: "once this was done", "when the survey is complete".
_AFTER_DONE_RE = re.compile(
    r"^(?:once|when|after|as\s+soon\s+as)\s+[^,]{1,60}?\b(?:was|were|is|are|has\s+been"
    r"|have\s+been|had\s+been)\s+"
    r"(?:done|complete|completed|finished|received|agreed|signed)\b,?\s*"
)


def _thing(np: str, base: str | None = None) -> bool:
    """A subject that is a thing to be done (by the verb ``base``): not a pronoun or a
    clause, nor the minutes, unless a meeting's own are sent out or published ("The minutes
    will be circulated", "Minutes of the meeting will be posted"; not "approved", nor
    minutes in general: "minutes will be displayed on the notice board", a practice)."""
    words = np.lower().split()
    if words[:1] in (["the"], ["this"], ["these"]) and (words[0] == "the" or len(words) > 1):
        words = words[1:]  # "the matter", "this form" (not "the minutes", "this" alone)
    if words[:1] == ["minutes"] and base in _PUBLISHED:
        own = len(words) < len(np.split()) or words[1:2] == ["of"]
        return own and not _CLAUSE_WORDS_RE.search(np)
    return bool(words) and words[0] not in _NOT_SUBJECT and not _CLAUSE_WORDS_RE.search(np)


def _subject_thing(np: str, base: str | None = None) -> bool:
    """A passive's subject that is a thing to be done: :func:`_thing`, or a longer noun
    phrase holding a relative clause whose head is one, with no verb of its own ("the
    occupier of the house where the hedge overhangs the path", "the queries the auditor could
    not answer": not "the Clerk said that the hedge")."""
    if len(np) <= 60 and _thing(np, base):
        return True
    m = _RELATIVE_IN_SUBJECT_RE.search(np)
    head = (np[: m.start()] if m else np).split()
    return len(head) > 1 and _thing(" ".join(head)) and not any(map(_past_form, head[1:]))


# Where a relative clause starts in a subject: a relative word, or a contact clause's own
# subject and verb ("the questions Carol could not answer").
_RELATIVE_IN_SUBJECT_RE = re.compile(
    r"\s(?:where|which|who|whom|whose|that)\s"
    r"|\s(?=(?:the\s+[a-z]+|(?!It|There|This|That)[A-Z][a-z]+|he|she|they|we|I|you)\s+"
    r"(?:could|would|can|cannot|did|had|has|have|was|were|is|are|will|may|might)\b)"
)


def _past_form(word: str) -> bool:
    """A verb's past form ("said", "reported"), not its base, -s or -ing form."""
    base = verb_base(word)
    return base is not None and base != word and not word.endswith(("s", "ing"))


def _last_clause(np: str) -> str:
    """The subject of the last clause of ``np``: after its last "and" before a determiner when
    what comes before holds a clause ("CB had answered most of them and the remaining
    questions" -> "the remaining questions")."""
    cut = max(_AND_DETERMINER_RE.finditer(np), key=lambda x: x.start(), default=None)
    if cut is None or _thing(np[: cut.start()]):
        return np
    return np[cut.end() :]


_AND_DETERMINER_RE = re.compile(rf"\band\s+(?=(?:{'|'.join(_DETERMINERS).lower()})\s)")


def _meeting_agreed(st: str, frame: int, words: str, base: str) -> bool:
    """What the meeting agreed or resolved itself, a decision: its own business ("It was
    resolved that the grant would be awarded"), or anything the Board itself agreed would be
    done ("The Board agreed that a website would be created": who does it is said apart)."""
    if not _AGREEMENT_RE.search(words):
        return False
    if base in _MEETING_ACTS or base in DECISION_VERBS:
        return True
    ob = owner_before(st, frame)
    return ob is not None and self_body(ob[0]) and "resolved" not in words


# The meeting's agreement as a reporting frame: "It was agreed", "The Board resolved".
_AGREEMENT_RE = re.compile(r"agreed|decided|resolved")
_ADVERB_TAIL_RE = re.compile(r"(?:\s+(?:also|further|then|later|again|[a-z]{3,}ly))+\s*$")


def _outside_body_said(st: str, frame: int) -> bool:
    """Whether another body reports the promise, its own plan ("The County Council advised
    that the verges would be cut in May", "the clerk had contacted ELDC, who confirmed the
    work would be done in July"), not the meeting's own body, nor a role speaking for it."""
    if _AGREEMENT_RE.match(st, frame):
        return False  # "The Council agreed that ...": the meeting's own decision
    ob = owner_before(st, len(_REPORTER_END_RE.sub("", st[:frame])))
    if ob is None:
        return False
    owner = ob[0]
    return body_like(owner) and not role_like(owner) and not _the_meeting(owner)


# Between another body and the frame of its report: "ELDC, who (advised)", "the County also".
_REPORTER_END_RE = re.compile(r"(?:,?\s+(?:who|which)|\s+(?:had|has|have|also|then))*\s*$")


def _speaker(ctx: Context, st: str, frame: int, prev: str) -> str | None:
    """Who reported the promise: a person or role opening the sentence ("The Director
    stated that ..."), not "It was stated" nor "Members were advised"."""
    if st[frame:].lower().startswith(("it ", "was ", "were ")):
        return None
    ob = owner_before(st, _ADVERB_TAIL_RE.sub("", st[:frame]).__len__())  # "He also stated"
    if ob is None:
        return None
    owner = ob[0]
    if _the_meeting(owner):
        return None  # "Councillors agreed that ...": the meeting's, no one's in it
    if owner in ("He", "She", "he", "she"):
        return antecedent(ctx, prev, plural=False)  # the sentence before names him or her
    return owner if person_like(ctx, owner) or role_like(owner) else None


def passive_by(ctx: Context, st: str, prev: str) -> Found:
    """A passive naming its doer at the end: "An update on audit arrangements would be emailed
    round by HR", "(Correspondence folder:) would be restarted by HR"; in notes, a noun
    phrase and "to be": "Onboarding of new members to be led by Natalia"."""
    if "by" not in st or BE_WORD_RE.search(st) is None:
        return None  # (cheap tests first: the pattern needs both words)
    for m in _P_PASSIVE_BY.finditer(st):
        base = participle_base(m.group("part")) or _done_by_someone(m.group("part"))
        if base is None:
            continue
        if m.group("bare") and not _NOTE_SUBJECT_RE.fullmatch(st, 0, m.start("bare")):
            continue  # "asked to be kept informed by the Clerk": a verb's, not a note's
        # (a trade as the doer of a promise, not of a schedule reported: "It was stated
        # that the works would be completed by the contractor")
        reported = _REPORTED_FRAME_RE.search(st, 0, m.start("part")) is not None
        agent, rest = split_by_agent(ctx, st[m.end() :], trades=not reported)
        if agent is None:
            continue
        np = _FRAME_THAT_RE.sub("", _whole_subject(st, m.group("np"), m.end("np")))
        if np and not _thing(np, base):
            np = _last_clause(np)
            if not _subject_thing(np, base):
                continue
        return agent, active(base, np, rest)
    return None


# A note's subject opening the line: bullets, then words with no verb of a clause nor a
# pronoun among them (not "In the end we want this to be adopted by ...").
_NOTE_SUBJECT_RE = re.compile(
    r"[\W\d]*(?!(?:[\w’'-]+\s+)*?(?i:was|were|is|are|has|have|had|been|asked|agreed|said"
    r"|wants?|needs?|we|i|you|they|he|she|it|this|that)\s)"
    r"[A-Za-z][\w’'-]*(?:\s+[\w’'-]+){0,10}\s+"
)


def _whole_subject(st: str, np: str, end: int) -> str:
    """The subject before st[end] (its modal): from the sentence's start when all of it is a
    noun phrase ("The quotes for the new water tank and the pipework on the north side of
    the site"), else ``np``, the words the pattern took."""
    lead = _LEAD_MARK_RE.match(st)
    whole = st[lead.end() if lead else 0 : end].strip()
    if whole and _thing(whole) and not _STOP_IN_SUBJECT_RE.search(whole):
        return whole
    return np.strip()


_LEAD_MARK_RE = re.compile(r"[\W\d]*")
_STOP_IN_SUBJECT_RE = re.compile(r"[.;:!?*]")


# A report of what will happen before a passive: "It was stated that", "He said".
_REPORTED_FRAME_RE = re.compile(rf"{_FRAME}")
# A reporting frame before the subject of a passive: "It was agreed that", "He said that".
_FRAME_THAT_RE = re.compile(
    r"^(?:.*\b(?:agreed|said|noted|reported|stated|confirmed|decided|resolved|advised)\s+)?"
    r"that\s+"
)


def _done_by_someone(word: str) -> str | None:
    """A participle that is a task once its doer is named ("should be reviewed in more detail
    by the Council"), though not on its own ("would be reviewed at the next meeting")."""
    base = verb_base(word)
    return base if base in _TASKS_WITH_A_DOER and base != word else None


_TASKS_WITH_A_DOER = frozenset("review complete finish".split())  # noqa: SIM905


def requested_passive(ctx: Context, st: str, prev: str) -> Found:
    """A request or an agreement that something be done: "Members requested that an audit of
    estates be carried out", "requested a thank you be sent to the Vintage Club", "asked for
    a Policy Document to be drafted, by the appropriate Committee" (the doer, when named),
    "It was agreed that a letter be sent to the police", "It was requested that the full
    report is made available to members", "Resolved – That the report be noted and that any
    comments be sent to the Policy Lead", "agreed that the shed should be taped off", "This
    was agreed and a notice be placed in the shop"."""
    for m in _P_REQUEST_PASSIVE.finditer(st):
        np = m.group("np").strip()
        base = task_participle(m.group("part"), st[m.end() :], np)
        if base is None:  # "That the findings be presented to the Health Board"
            base = reported_elsewhere(m.group("part"), st[m.end() :])
        if np.lower() in _OBJECT_PRONOUNS and base in _HANDED_ON:
            np = _OBJECT_PRONOUNS[np.lower()]  # "The draft was read out and it was agreed it
            # should be sent as read out": the thing just named, handed on
        elif base is None or not _thing(np) or AGENDA_RE.search(st, m.end()):
            continue
        if m.group("is") and m.group("ask") is None or m.group("is") == "were" and not m["that"]:
            continue  # "agreed that the hall is booked": a fact; "requested that it is made",
            # "requested that it were made" a request, "the requested forms were sent" done
        if _STRANDED_RE.match(st, m.end()):
            continue  # "That a set topic be adhered to for these meetings": a rule kept
        if m.group("also") and not RESOLUTION_THAT_RE.search(st, 0, m.start()):
            continue  # "and that ..." goes on a resolution's that-clause only
        if st.startswith("that ") and not RESOLUTION_THAT_RE.search(prev):
            continue  # (split off, see :mod:`.clauses`) "Mr Green had noted that ..., and that
            # any works should be scheduled for May": what was said
        if m.group("should") == "could":
            continue  # "suggested ... how they could be improved": a hope; "agreed that the
            # hall could be hired at the reduced rate": leave given, a decision
        if (m.group("body") is not None or m.group("view") is not None) and not _meeting_subject(
            st, m.start()
        ):
            continue  # "The County agreed that the lane would be ...": another's plan;
            # "Cllr Lee felt that the hedge should be cut": a member's view
        if m.group("ask") is None and (
            base in _MEETING_ACTS or base in DECISION_VERBS or _OWN_BUSINESS_RE.search(st, m.end())
        ):
            continue  # "agreed that the meeting be adjourned", "... be added to the work programme"
        asked = _asked_to(ctx, st, m.end(), base, np)
        if asked is not None:
            return asked  # "... and the Treasurer be authorised to open an account"
        agent, rest = split_by_agent(ctx, st[m.end() :])
        return agent, active(base, np, rest)
    return None


# A preposition left after the participle ("be adhered to for", "be complied with."): its
# object is the subject, a rule to keep rather than a thing to be done.
_STRANDED_RE = re.compile(
    r"\s+(?:to|with|upon|on|of)(?=\s*(?:[.;,]|$)|\s+(?:for|at|in|by|from|during|when|until)\b)"
)


def _meeting_subject(st: str, at: int) -> bool:
    """Whether the meeting itself opens the sentence before st[at] ("The Panel agreed that",
    "Members resolved that", "The meeting agreed that"): its agreement is a decision of the
    minutes, like "It was agreed that"."""
    subject = _ADVERB_TAIL_RE.sub("", st[:at])
    ob = owner_before(st, len(subject))
    if ob is None or _LEAD_MARK_RE.fullmatch(st, 0, ob[1]) is None:
        ob = (_LEAD_MARK_RE.sub("", subject, count=1), 0)  # (lower case: "The meeting")
    return _the_meeting(ob[0])


def _the_meeting(np: str) -> bool:
    """The meeting or its own council: "the Board", "Members", "the meeting", "Councillors"."""
    return self_body(np) or np.lower().removeprefix("the ") in _OWN_COUNCIL


_OWN_COUNCIL = frozenset(("council", "parish council", "town council", "councillors", "governors"))


_PARTICLE_NEXT_RE = re.compile(r"\s+(?:out|up|off|back|round|forward|down)\b")


def task_participle(part: str, rest: str, np: str = "") -> str | None:
    """The base verb of a participle naming a task (:func:`participle_base`), or "make" for
    "made available" ("the slides would be made available to Members": make them
    available) and for a thing made as a task (its subject ``np``: "contact would be
    made", "that an objection be made to the application"), though "made" alone is none;
    ``rest`` is what follows the participle."""
    base = participle_base(part)
    if base is None and part == "made" and (_AVAILABLE_RE.match(rest) or _MADE_TASK_RE.search(np)):
        return "make"
    return base


_AVAILABLE_RE = re.compile(r"\s+(?:[a-z]+ly\s+)?available\b")  # "made publicly available"


def requested_active(ctx: Context, st: str, prev: str) -> Found:
    """A request naming who is to act, its verb bare: "Councillor Keary requested the Council
    proceed to take legal action", "It was suggested that the Clerk contact the Borough
    Council", "asked that all Councillors have a think about projects"."""
    for m in _P_REQUEST_ACTIVE.finditer(st):
        np, verb = m.group("np").strip(), m.group("verb")
        base = verb_base(verb)
        if base is None or verb not in (base, base + "s", base + "es") or base in _NOT_REQUESTED:
            continue  # "asked that the Cabinet Member attend the February meeting": a follow-up
        if base in ("be", "have") and verb != "have" or self_body(np):
            continue
        if base == "continue":
            continue  # "suggested that Cllr Ward continue to deal with the plan": a role kept
        if not (owner_like(ctx, np) or np.lower().startswith("all ")):
            continue
        return np, base + st[m.end("verb") :]
    return None


def asked_in_passive(ctx: Context, st: str, prev: str) -> Found:
    """Someone to be asked, reminded or chased: "the Handyman should be asked to collect the
    plants" (the Handyman's task, as a clerk logs it), "Residents would be reminded to cut
    back their hedges" (no one named: remind them), "The landowner will be written to about
    the trees"; not the meeting's own business ("The Council will be requested to pass a
    resolution excluding the press and public")."""
    m = _P_ASKED_IN_PASSIVE.search(st)
    if m is None:
        return None
    # (a name set off by commas, "the Member Champion, Cllr Moore, would be invited": its own)
    np = _CLAUSE_START_RE.split(st[: m.start()].rstrip(" ,"))[-1].strip(" -*•")
    np = _DECISION_LABEL_RE.sub("", _TITLE_SEP_RE.split(np)[-1])  # "5. Play area – RESOLVED X"
    if not np or len(np.split()) > 6 or "(" in np or not _thing(np) or self_body(np):
        return None
    if NEED_OR_POSSIBLE_RE.search(st):
        return None  # "If necessary the Trust will be approached": a step only if need be
    to = _TO_VERB_RE.match(st, m.end())
    if to is not None:
        verb = to.group("verb")
        if verb in DECISION_VERBS or verb in _MEETING_BUSINESS:
            return None
        if owner_like(ctx, np) and m.group("part") == "invited":
            # "Cllr Pryce will be invited to give a talk on bats": the inviting is the task,
            # by no one named (whether Cllr Pryce takes it on is for them to say)
            agent = split_by_agent(ctx, st[m.end() :])[0]
            return agent, f"Invite {np} {st[to.start() :]}"
        if owner_like(ctx, np) and m.group("part") in ("asked", "requested"):
            return np, st[to.start("verb") :]  # "the Handyman should be asked to collect ..."
    agent, rest = split_by_agent(ctx, st[m.end() :])
    if m.group("part").startswith("written"):  # "the landowner will be written to about ..."
        np = _ARTICLE_START_RE.sub(lambda a: a.group(0).lower(), np)
        return agent, _SPACE_BEFORE_STOP_RE.sub(r"\1", " ".join(f"Write to {np} {rest}".split()))
    return agent, active(verb_base(m.group("part")) or "ask", np, rest)


_P_ASKED_IN_PASSIVE = re.compile(
    r"\s+(?:will|would|shall|should|is\s+to|are\s+to)\s+(?:then\s+|also\s+|now\s+)?be\s+"
    r"(?P<part>asked|requested|invited|approached|reminded|chased|written\s+to)\b"
)
_TO_VERB_RE = re.compile(r"\s+to\s+(?P<verb>[a-z]+)\b")
_TITLE_SEP_RE = re.compile(r"\s[–—-]\s+|:\s+")
_DECISION_LABEL_RE = re.compile(r"^(?:RESOLVED|AGREED|Resolved|Agreed)\b[\s:.,–—-]*")
_MEETING_BUSINESS = frozenset("pass resolve consider attend".split())  # noqa: SIM905
# Where the subject before a modal starts: after "and", "that", a comma or a semicolon.
_CLAUSE_START_RE = re.compile(r"\band\s+|\bthat\s+|[,;:]\s*")


def requested_info(ctx: Context, st: str, prev: str) -> Found:
    """A request for something to be given, to no one named: "Councillor O'Brien requested a
    time scale of when the project will be completed", "asked for an update on the bridge",
    "requested training in these areas for members", "requested information as to whether
    ...", "Members requested assurance that the culvert would be cleared", "requested hard
    copy folders of the evidence"."""
    m = _P_REQUEST_INFO.search(st)
    if m is None or _HAD_BEFORE_RE.search(st, 0, m.start()):
        return None  # "Mrs Tranter had asked for information on the track": before, answered
    if TO_MEETING_RE.search(st, m.end()) and re.search(r"report|update|briefing", m.group("np")):
        return None  # "requested a progress report at its March meeting": a follow-up
    if _ANSWERED_RE.search(st, m.end()):
        return None  # "asked for clarification on the fees and the Treasurer explained ..."
    return None, "Provide " + st[m.start("np") :]


# An answer given at the meeting, in the same sentence as the question: "..., and AA stated
# that", "..., which the Chair explained", "..., to which the Clerk replied".
_ANSWERED_RE = re.compile(
    r"(?:\band|\bwhich|\bto\s+which)\s+(?:(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?"
    r"|the\s+[a-z]+|he|she|they)"
    r"\s+(?:stated|said|explained|confirmed|replied|responded|clarified|answered|advised|gave"
    r"|provided)\b"
)


_HAD_BEFORE_RE = re.compile(r"\bhad\s+$")
# What is brought to a meeting ("a progress report at its March meeting"): a follow-up.
TO_MEETING_RE = re.compile(
    r"\b(?:at|to|for)\s+(?:(?:the|its|a|their|our)\s+)?(?:[\w-]+\s+){0,2}meeting"
)


def who_would(ctx: Context, st: str, prev: str) -> Found:
    """A task handed on in a relative clause: "... forward the information to the Clerk, who
    would then draft a letter to the Borough Council"; the clause alone after the one that
    commits someone else (:func:`.clauses.split_clauses`), the owner ending the one before.
    A verb of a task only: not "Cllr Muir, who will be greatly missed", "... who would like
    to join"."""
    for m in _P_WHO_WOULD.finditer(st):
        if not is_task_verb(m.group("verb")):
            continue
        ob = (
            owner_before(st, m.start())
            if st[: m.start()].strip()
            else owner_before(prev, len(prev))
        )
        if ob is None or not (person_like(ctx, ob[0]) or role_like(ob[0])):
            continue
        return ob[0], st[m.start("verb") :]
    return None


def bare_subjunctive(ctx: Context, st: str, prev: str) -> Found:
    """A resolution's point in the subjunctive, its "RESOLVED that" left above or dropped:
    "Declan be asked to go ahead with the repair to the climbing frame", "the hedge by the
    car park be cut back before the fair". A noun phrase opening the clause and a bare "be"
    and a participle: something to be done, by no one named (or by the one named after
    "by")."""
    m = _P_BARE_SUBJUNCTIVE.match(st)
    if m is None:
        return None
    np = m.group("np").strip()
    if not _thing(np) or self_body(np) or _NOT_IN_SUBJECT_RE.search(np):
        return None
    base = participle_base(m.group("part"))
    if base not in _ASKING_VERBS or TO_MEETING_RE.search(st, m.end()):
        return None  # "the plan be published": the meeting's decision; "... to a meeting"
    asked = _asked_to(ctx, st, m.end(), base, np)
    if asked is not None:
        return asked  # "the Clerk be asked to write ...": the Clerk's
    agent, rest = split_by_agent(ctx, st[m.end() :])
    return agent, active(base, np, rest)


_ASKING_VERBS = frozenset("ask approach request instruct contact remind chase inform".split())  # noqa: SIM905


def _asked_to(ctx: Context, st: str, at: int, base: str, np: str) -> Found:
    """The task of an agent asked or allowed to do it, in the passive, "to" and the verb
    after st[at]: "the Clerk be asked to write ...", "... and the Treasurer be authorised to
    open an account" (the agent's own task, not the asking; a body asked is asked by the
    meeting: "the County Council be asked to repair the road"); else None."""
    to = _TO_VERB_RE.match(st, at)
    if to is None or base not in _BIDDING_VERBS or not owner_like(ctx, np) or body_like(np):
        return None
    return np, st[to.start("verb") :]


_BIDDING_VERBS = frozenset("ask instruct request authorise authorize permit empower".split())  # noqa: SIM905
# "<noun phrase> be <participle>" opening a clause: the subject is up to six words, the
# first capitalised or an article.
_P_BARE_SUBJUNCTIVE = re.compile(
    r"[\W\d]*(?:(?:RESOLVED|AGREED|Resolved|Agreed)\b[\s:.,–—-]*)?"
    r"(?P<np>(?:[Tt]he\s+|[Aa]n?\s+|[Aa]ll\s+)?[A-Z]?[\w’'-]+(?:\s+[\w’'-]+){0,5}?)"
    rf"\s+be\s+{PARTICIPLE}"
)
# Words that make the subject a clause of its own ("it may be asked", "who needs to be").
_NOT_IN_SUBJECT_RE = re.compile(
    r"(?i)\b(?:to|will|would|shall|should|may|might|must|can|could|cannot|not|never|needs?"
    r"|ought|let|please|did|does|do|and|or|if|when|whether|that|which|who)\b"
)


def which_would_be(ctx: Context, st: str, prev: str) -> Found:
    """A promise in a relative clause about a thing just named: "the last two items of the
    report, as detailed in the Appendix, which would be updated following this meeting"
    (update the Appendix), "the hall, which will be repainted in May"; by no one named, or
    by the one named after "by". Not what states or plans the meeting's business ("which
    would be considered in July", "which will be held on 5 May")."""
    m = _P_WHICH_WOULD_BE.search(st)
    if m is None:
        return None
    base = participle_base(m.group("part"))
    if base is None or base in _MEETING_ACTS or _OWN_BUSINESS_RE.search(st, m.end()):
        return None
    rest = st[m.end() :]
    if "," in st[m.end("np") : m.start("part")]:
        rest = rest.split(",", 1)[0]  # ", which will be repainted in May, was discussed"
    agent, rest = split_by_agent(ctx, rest)
    return agent, active(base, m.group("np"), rest)


_P_WHICH_WOULD_BE = re.compile(
    r"(?P<np>\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hese|[Ii]ts|[Tt]heir)\s+[\w’'-]+(?:\s+(?!which\b)[\w’'-]+){0,3}),?\s+"
    r"which\s+(?:would|will|is\s+to|are\s+to)\s+(?:then\s+|also\s+|now\s+)?be\s+"
    rf"{PARTICIPLE}"
)


# "<determiner> <a noun phrase> would/will/is to be <participle> ...", opening a clause;
# or a plural noun with no determiner ("Proposals will be emailed out").
_UNFRAMED_NP = (
    r"(?P<np>(?:[Aa]n?|[Tt]he|[Ff]urther|[Mm]ore|[Aa]ny|[Aa]ll|[Ss]ome|[Ee]ach|[Bb]oth|[Oo]ur"
    r"|[Tt]heir|[Ii]ts|[Oo]ther|[Dd]etails|[Ww]orkshop|[Tt]his|[Tt]hese|[Tt]hose|[Cc]ontact|[Ii]t|[Tt]hey"
    r"|[Ii]nformation|[Ii]nfo|[Gg]uidance|[Pp]ublicity"  # (a mass noun: "Information will be sent")
    r"|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Nn]ew)\b[^,;:.()]{0,120}?"
    r"|(?P<plural>[A-Za-z][a-z]{2,}s)(?:\s+[^,;:.()]{0,40}?)?)"
)
_FUTURE_BE = (
    r"\s+(?:would|will|(?:is|are|was|were)\s+to)\s+(?:then\s+|also\s+|now\s+)?be\s+"
    rf"{PARTICIPLE}"
)
# What is made as a task ("contact would be made", "enquiries were to be made", "a further
# report will be made via the portal", "a payment will be made to the contractor", "that an
# objection be made to the application").
_MADE_TASK_RE = re.compile(
    r"\b(?:contact|enquiry|enquiries|inquiries|arrangements|approach|report|application|complaint"
    r"|request|booking|payment|donation|claim|referral|order|bid|objection|representations?"
    r"|investigations?"
    r"|recommendation|submission|response)$"
)
_P_UNFRAMED_PASSIVE = re.compile(rf"[\W\d]*{_UNFRAMED_NP}{_FUTURE_BE}")
# The same subject's second verb, in the passive future: "A schedule was being worked on and
# would be finalised next month", "The old bench has rotted and will be replaced".
_P_AND_PASSIVE = re.compile(rf"[\W\d]*{_UNFRAMED_NP}{_FIRST_PREDICATE}{_FUTURE_BE}")
# Where a clause of a sentence starts: after a semicolon, or "and" before a determiner or a
# plural noun ("... at length and copies of the plan would be sent").
_CLAUSE_OPEN_RE = re.compile(
    r";\s+|,?\s+and\s+(?=(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hese|further|more)\s|[a-z]{3,}s\s)"
    # after a clause of time set first: "Once the survey has been completed, a report ..."
    r"|^[\W\d]*(?:[Oo]nce|[Ww]hen|[Aa]fter|[Aa]s\s+soon\s+as|[Ff]ollowing|[Bb]efore|[Dd]ue\s+to"
    r"|[Ii]n\s+(?:view|light)\s+of)\s+[^,;]{3,80},\s+(?=(?:[Aa]n?|[Tt]he)\s)"
)


# Who is asked ("would be requested to"): :func:`asked_in_passive`.
_ASKED = frozenset("ask request invite remind encourage write".split())  # noqa: SIM905
# Done by someone named ("by the end of May", "by Friday": when it is due, no one named).
_BY_SOMEONE = (
    r"\bby\s(?!(?:the\s+)?(?:end|start|beginning|middle|close|next|following|latest|time|\d)"
    r"|(?:mid-?|early\s+|late\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue"
    r"|Wed|Thu|Fri|Sat|Sun|Easter|Christmas|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter|then"
    r"|tomorrow|tonight"
    r"|(?:e-?mail|post|hand|phone|telephone|letter|text|mail)\b)"  # the means: "sent by email"
    r")"
)
_BY_SOMEONE_RE = re.compile(_BY_SOMEONE)
# Done by someone named, or brought to a meeting (a follow-up).
_NOT_UNFRAMED_RE = re.compile(rf"{_BY_SOMEONE}|\bmeeting\b")
# A meeting as the time of a task, not where it is brought: "after the meeting", "before
# the next meeting", "following today's meeting".
_AROUND_MEETING_RE = re.compile(
    r"\b(?:after|following|before|ahead\s+of|prior\s+to|in\s+advance\s+of)\s+(?:the\s+|this\s+"
    r"|today['’]s\s+|tonight['’]s\s+)?(?:next\s+)?meeting\b"
)
# Where what the passive says of its own task ends: a clause of its own after it ("Notices
# would be placed around the parish asking for questions to be put at that meeting": the
# meeting is the questions', the notices are a task).
_OWN_TASK_END_RE = re.compile(r"\s(?:asking|inviting|telling|reminding|so\s+that|which|who)\s")
# A new clause after a comma: "..., and if no election is called the vacancy will be filled".
_NEXT_CLAUSE_RE = re.compile(r",\s+(?:and|but)\s+(?=(?:if|when|once|the|a|an|any|this|it|there)\s)")
# "would be permitted to speak", "will be expected to attend": a verb after the participle
# (of what is allowed or expected, unless the participle is a job's: "will be displayed to
# gauge interest" says what the job is for).
_TO_INFINITIVE_RE = re.compile(r"\s*to\s+(?P<verb>[a-z]+)\b")


def unframed_passive(ctx: Context, st: str, prev: str) -> Found:
    """A task promised in the passive with no one named and no reporting frame, opening the
    sentence or a clause of it: "A meeting would be arranged with the parish councils", "a
    draft would be shared with members before the next meeting", "Details would be sought
    from partners", "Proposals will be emailed out", "... recently; a link to the article
    would be circulated", "The schedule was being drafted and would be finalised in May",
    "Play area: the swings will be repainted in May" (after a topic's label with no verb).
    Not what a meeting does ("would be held", "be considered"), nor anything done by
    someone named ("... by the Clerk": :func:`passive_by`)."""
    starts = (
        [0] + [c.end() for c in _CLAUSE_OPEN_RE.finditer(st)]
        if ";" in st or " and" in st or "," in st
        else [0]
    )
    head = HEADING_SEP_RE.match(st) if ":" in st or "–" in st or " - " in st else None
    label = head.end() if head is not None and not VERBISH_RE.search(st, 0, head.end()) else 0
    if label:
        starts.insert(1, label)
    for at in starts:
        for rx in (_P_UNFRAMED_PASSIVE, _P_AND_PASSIVE):
            m = rx.match(st, at)
            found = _unframed(st, m) if m is not None else None
            if found is not None:
                return found
    return None


def _unframed(st: str, m: re.Match[str]) -> Found:
    """The task of an unframed passive ``m``, or None."""
    np, rest = m.group("np").strip(), _NEXT_CLAUSE_RE.split(st[m.end() :], 1)[0]
    if m.group("plural") and not is_plural_noun(m.group("plural").lower()):
        return None  # "Cars will be ...", not "James will be ..."
    if " and " in np and any(map(_past_form, np.rsplit(" and ", 1)[0].split()[1:])):
        return None  # "The Chair thanked officers and details would be ...": the later clause's
    if not _ARTICLE_START_RE.match(np):
        np = np[0].lower() + np[1:]  # "Details would be sought" -> "Seek details"
    base = task_participle(m.group("part"), rest, np)  # ("contact was to be made": make it)
    if base is None:  # "Potholes will be reported to the county": a task
        base = reported_elsewhere(m.group("part"), rest)
    if base is None:
        base, rest = _settled_then_done(m.group("part"), rest)
    # "these would be provided in writing", "this would be looked into": the things or the
    # matter just named, handed on or followed up
    pronoun = _OBJECT_PRONOUNS.get(np.lower()) if base in _HANDED_ON | _FOLLOWED_UP else None
    if (
        base is None
        or base in _ASKED
        or not (pronoun or _subject_thing(np, base))
        or _OWN_BUSINESS_RE.search(st)
        or _NOT_UNFRAMED_RE.search(_AROUND_MEETING_RE.sub("", _OWN_TASK_END_RE.split(rest, 1)[0]))
    ):
        return None
    to = _TO_INFINITIVE_RE.match(rest)
    if to is not None and is_base_verb(to.group("verb")) and base not in TASK_VERBS:
        return None  # "would be permitted to speak" (not "will be displayed to gauge interest")
    if NEED_OR_POSSIBLE_RE.search(rest):
        return None
    return None, active(base, pronoun or np, rest)


def reported_elsewhere(part: str, rest: str) -> str | None:
    """ "reported to the county", "reported to Highways", "presented to the Health and
    Wellbeing Board": reported or presented to someone outside the meeting, a task (to a
    meeting, to the meeting's own body, or with no one named, it is its business). The
    task's verb ("report", "present"), or None."""
    if part not in ("reported", "presented"):
        return None
    to = _TO_OUTSIDE_RE.match(rest)
    if to is None or self_body(to["who"]) or TO_MEETING_RE.search(rest) or AGENDA_RE.search(rest):
        return None
    return part.removesuffix("ed")


# "to the county", "to Highways", "to the police": someone outside the meeting.
_TO_OUTSIDE_RE = re.compile(
    r"\s+to\s+(?P<who>(?:the\s+)?(?:[A-Z][\w&’'-]*|county|council|police|highways|district"
    r"|borough|landlord|landowner|owner|owners|contractor|authority|agency|company|insurers?))\b"
)


def _settled_then_done(part: str, rest: str) -> tuple[str | None, str]:
    """A thing first to be settled, then to be done with, in one passive: "A date will be
    agreed and posted on the noticeboard" -> ("post", " on the noticeboard"),
    "The wording would be decided and circulated to members": the second participle is the
    task (the first alone, "A date will be agreed", is the meeting's business). (None,
    ``rest``) when no second participle of a task follows."""
    first = verb_base(part)
    second = _AND_SECOND_RE.match(rest)
    if first not in _SETTLED or second is None:
        return None, rest
    base = participle_base(second.group("part"))
    if base is None or base in _ASKED:
        return None, rest
    return base, rest[second.end() :]


# What is settled before it is done with: "agreed", "decided", "finalised", "approved".
_SETTLED = frozenset("agree decide approve confirm finalise finalize fix set".split())  # noqa: SIM905
_AND_SECOND_RE = re.compile(rf"\s+and\s+(?:then\s+)?{PARTICIPLE}")


def letter_will_go(ctx: Context, st: str, prev: str) -> Found:
    """A message said to go to someone, by no one named: "The Chair thought a short letter
    should go to the allotment holders about the rent", "a reminder will go out to all members" ->
    "Send a letter to the allotment holders about the rent". Not what has gone ("a letter
    went to ..."), nor a message that goes with the post ("the reply will go by email")."""
    m = _P_LETTER_GOES.search(st)
    if m is None:
        return None
    np = _ARTICLE_START_RE.sub(lambda a: a.group(0).lower(), m.group("np"))
    return None, f"Send {np} {st[m.start('to') :]}"


_P_LETTER_GOES = re.compile(
    r"\b(?P<np>(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?(?:letter|reply|response|email|reminder"
    r"|notice|note|invitation|message))\s+(?:would|will|should|is\s+to|was\s+to)\s+"
    r"(?:then\s+|also\s+|now\s+)?go\s+(?:out\s+)?(?P<to>to)\s"
)


def starred_passive(ctx: Context, st: str, prev: str) -> Found:
    """A task starred in a run-on paragraph, in the passive with no one named: "*to be placed
    on noticeboards", "*Email policy to be placed on website"."""
    m = _STARRED_PASSIVE_RE.match(st)
    if m is None or not PASSIVE_RE.match(st, m.end()):
        return None
    return None, st[m.end("star") :]


def noted_passive(ctx: Context, st: str, prev: str) -> Found:
    """A note's topic, then what is to be done with it, by no one named: "Spring fair dates;
    to be posted on the website and social media", "Hedge survey - to be sent to the
    county", "stile on the bridleway broken again, to be looked into by chairman" (a short
    topic with no verb of a clause before a comma, or a thing's state: "Footpaths – the stile
    on FP12 is broken, to be reported to the County"). Not what is to come to a meeting ("to
    be put on the July agenda")."""
    m = _NOTED_PASSIVE_RE.match(st)
    if m is None and (head := HEADING_SEP_RE.match(st)) is not None:
        m = _NOTED_PASSIVE_RE.match(st, head.end())  # (after its heading: "Footpaths – ")
    if m is None:
        return None
    rest = st[m.end() :]
    if (
        task_participle(m.group("part"), rest) or reported_elsewhere(m.group("part"), rest)
    ) is None:
        return None
    if (
        m.group("sep") == ","
        and (
            VERBISH_RE.search(st, m.start(), m.start("sep")) or st.count(" ", 0, m.start("sep")) > 7
        )
        and not _STATE_RE.fullmatch(st, m.start(), m.start("sep"))
    ):
        return None  # "The hedge was cut, to be paid for in May": a clause, no note's topic
    if _TO_AGENDA_RE.search(st, m.end()):
        return None
    agent, _rest = split_by_agent(ctx, st[m.end() :])  # "- to be put up by the Rotary Club"
    return agent, st


_NOTED_PASSIVE_RE = re.compile(
    rf"[\W\d]{{0,6}}[A-Za-z][^;:–—.]{{1,80}}?\s*(?P<sep>;|:|\s[–—-]|,)\s*to\s+be\s+{PARTICIPLE}"
)
_TO_AGENDA_RE = re.compile(r"\b(?:agenda|meeting)\b")
# A thing's state, a topic before ", to be <done>": "the stile on FP12 is broken", "both gates
# are damaged again" (not what happened: "The hedge was cut").
_STATE_RE = re.compile(
    r"[\W\d]*[A-Za-z][^,;:]{0,60}?\s(?:is|are)\s+(?:now\s+|still\s+|badly\s+)?[a-z]+(?:\s+again)?\s*"
)
_STARRED_PASSIVE_RE = re.compile(r"(?P<star>\\?\*+\s*)(?:[A-Za-z][\w’' -]{0,40}?\s+)?to\s+be(?=\s)")


def passive_to_be_done(ctx: Context, st: str, prev: str) -> Found:
    """Something promised to be done, by no one named: "a reply would be sent to the
    residents", "the complaint will be forwarded on to the county" (requests that something
    be done: :func:`requested_passive`)."""
    if BE_WORD_RE.search(st) is None or not holds_any(st, _SENT_PARTICIPLES):
        return None  # (cheap tests first: every shape has the word "be" and a participle)
    m = _P_SENT_PASSIVE.search(st)
    if m is None or "meeting" in st[m.end() :]:
        return None  # "The reply will be shared at the next meeting": a follow-up
    if m.group("np") or m.group("np3"):
        return None, st[m.start("np" if m.group("np") else "np3") :]
    # Handed on by the officer who reported it: "The Director stated that ... and that these
    # guidelines would be issued to Members".
    speaker = speaker_of(ctx, st[: m.start()])
    return (speaker if speaker and role_like(speaker) else None), st[m.start("np2") :]


# The participles one of which every _P_SENT_PASSIVE match holds.
_SENT_PARTICIPLES = (
    "sent", "circulated", "forwarded", "written", "emailed", "issued", "posted", "shared",
    "drafted", "published", "distributed", "passed", "referred", "reported", "copied",
    "returned", "submitted", "supplied", "obtained", "sought", "requested", "gathered",
)  # fmt: skip
_P_SENT_PASSIVE = re.compile(
    # (its article left out in a note: "- Letter will be sent to the landlord")
    r"(?:^[\W\d]*|(?=[AaTt])\b(?=(?:[Aa]n?|[Tt]he)\s))"
    r"(?P<np>(?:(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?)?(?i:reply|replies|letter|letters|response"
    r"|note|copy|copies|email|notice|invitation|reminder|link|list|details))\s+"
    r"(?:would|will|is\s+to|are\s+to|should)\s+be\s+(?:sent|circulated|forwarded|written|emailed"
    r"|issued|posted|shared|drafted|published|distributed)\b"
    # anything handed on to someone: "the complaint will be forwarded on to the county"
    # (the whole subject: not the object of a preposition in it, "a link to the article")
    r"|(?=[AaTt])(?<!\bto\s)(?<!\bof\s)(?<!\bfor\s)(?<!\bon\s)(?<!\bin\s)(?<!\bby\s)"
    r"\b(?P<np2>(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hese)\s+(?:[\w-]+\s+){0,3}?)"
    r"(?:would|will|is\s+to|are\s+to|should)\s+(?:then\s+)?be\s+(?:sent|forwarded|passed|referred"
    r"|reported|circulated|copied|issued|emailed|returned|submitted|distributed|supplied)"
    r"\s+(?:on\s+|back\s+)?to\s"
    # what is to be got for the council: "Quotes will be obtained for the repair"
    r"|(?=[A-Za-z])\b(?P<np3>(?:(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ff]urther|[Aa]lternative|[Nn]ew"
    r"|[Mm]ore)\s+)?(?:(?:legal|further|more)\s+)?(?i:quotes?|quotations?|estimates?|prices"
    r"|costings|tenders|advice|information|permission))\s+(?:would|will|is\s+to|are\s+to"
    r"|should)\s+be\s+(?:obtained|sought|requested|gathered)\b"
)
