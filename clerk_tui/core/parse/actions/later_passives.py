"""A passive task with no one named in a later clause of a sentence: "Fees were settled,
roofer to be told", "The plans were approved and the hedge is to be cut in March",
"After some discussion the lease is to be renewed for five years" (opening the sentence:
:func:`.passives.unframed_passive` and :func:`.agents.agent_to_verb`)."""

from __future__ import annotations

import re

from ..context import Context
from .grammar import PARTICIPLE, Found
from .lexicon import verb_base
from .passives import active, participle_base, reported_elsewhere, split_by_agent

# Where a later clause opens: after a comma, a semicolon, "&" or "and"; or after a phrase of
# discussion set first ("After some discussion", "Following a discussion", "Meanwhile").
_CLAUSE_OPEN_RE = re.compile(
    r"(?:,|;|\s&|,?\s+and)\s+"
    r"|^[\W\d]*(?:(?:After|Following)\s+(?:(?:a|some|the|further|much|lengthy|brief)\s+)?"
    r"discussion|Meanwhile|In\s+the\s+meantime),?\s+"
)
# The subject, then the future passive: "(the) roofer to be told", "the hedge is to be
# cut", "new bins will be fitted". Up to four words, none a word of a clause.
_LATER_PASSIVE_RE = re.compile(
    r"(?P<np>(?:(?:[Tt]he|[Aa]n?|[Nn]ew|[Ff]urther|[Oo]ur|[Aa]ll)\s+)?"
    r"[a-z][\w’'-]*(?:\s+[\w’'-]+){0,3}?)"
    rf"\s+(?:(?:is|are)\s+to|will|to)\s+(?:then\s+|also\s+|now\s+)?be\s+{PARTICIPLE}"
)
# Words no subject of a task holds: of grammar, time, negation, a pronoun.
_NOT_IN_NP = frozenset(
    """
    so then now also still currently no not nothing none need needs needed must may might can
    could would should shall will is are was were be been has have had do does did it its
    this that these those they their them there which who whom what he she his her we us i
    you your and or but if when once as than by for of with from in on at to into about
    """.split()  # noqa: SIM905
)
# A condition opening the sentence: "If the weather allows, ...", "Once the lease is signed, ...".
_CONDITION_FIRST_RE = re.compile(
    r"[\W\d]*(?i:if|unless|once|when|should|provided|subject\s+to|assuming|until)\b"
)
# What a participle says of a thing, not a task done to it ("is to be welcomed").
DESCRIBING = frozenset(
    "welcome appreciate expect commend congratulate applaud praise regret note hold do".split()  # noqa: SIM905
)
# A meeting as the time a task is due by: "prior to the next meeting", "before the meeting".
_BEFORE_MEETING_RE = re.compile(
    r"\b(?:prior\s+to|before|ahead\s+of|in\s+advance\s+of|by)\s+(?:the\s+|our\s+)?"
    r"(?:[\w-]+\s+){0,2}meeting$"
)
# What is handed out at a meeting: a task to do there.
_HANDED_OUT = frozenset(("hand", "distribute", "circulate"))
# Brought to a meeting (a follow-up), a condition, or a time of its own past.
_NOT_A_TASK_RE = re.compile(
    r"\b(?:meeting|agenda|if|when|once|unless|whether|required|necessary|possible)\b"
)


def later_clause_passive(ctx: Context, st: str, prev: str) -> Found:
    """A task in the passive opening a later clause of the sentence, no one named (or the
    doer after "by"): "Fees were settled, roofer to be told" -> "Tell roofer", "The
    quote was accepted; the contractor is to be told this week", "The plans were approved
    and the hedge is to be cut in March", "After some discussion the lease is to be renewed".
    Not what was done ("had been sent"), what is said of a thing ("is to be welcomed"),
    what is brought to a meeting, nor a condition ("if required")."""
    for opening in _CLAUSE_OPEN_RE.finditer(st):
        m = _LATER_PASSIVE_RE.match(st, opening.end())
        if m is None:
            continue
        if _CONDITION_FIRST_RE.match(st, 0, opening.start()):
            continue  # "If the weather allows, the hedge is to be cut": a contingent idea
        rest = st[m.end() :]
        base = participle_of(m.group("part"))
        if base is None:  # "..., and the pothole is to be reported to the county"
            base = reported_elsewhere(m.group("part"), rest)
        if base is None or base in DESCRIBING or not noun_phrase(m.group("np")):
            continue
        clause_rest = re.split(r"[,;]", rest, maxsplit=1)[0]
        if not_a_task(clause_rest, base):
            continue
        agent, rest = split_by_agent(ctx, clause_rest)
        return agent, active(base, m.group("np"), rest.rstrip(" .")) + "."
    return None


def not_a_task(rest: str, base: str) -> bool:
    """What the passive's clause says after its participle makes it no task: a condition, the
    agenda, a meeting it is brought to (not one it is done before, "prior to the next
    meeting", nor one it is handed out at)."""
    for bar in _NOT_A_TASK_RE.finditer(rest):
        if bar[0] != "meeting":
            return True
        if base in _HANDED_OUT or _BEFORE_MEETING_RE.search(rest, 0, bar.end()):
            continue  # "to be handed out at the meeting", "to be arranged before the meeting"
        return True
    return False


def participle_of(word: str) -> str | None:
    """The base verb of a participle of a task (:func:`.passives.participle_base`), and of
    "told", "sold", "laid" ("the contractor to be told")."""
    base = participle_base(word)
    if base is None and word.endswith(("old", "aid")) and word != "paid":
        base = verb_base(word)
        return None if base == word else base
    return base


def noun_phrase(np: str) -> bool:
    """Whether the subject reads as a thing: words of English, none a word of grammar, an
    adverb or a negation, the last not a verb's form ("builder", "the hedge", "new bins";
    not "so the work", "details need", "no further action", "its property"); or "this",
    "it" alone, what the sentence has just said."""
    words = np.lower().split()
    if words in (["this"], ["it"], ["these"]):
        return True  # what the sentence just said: "... and this is to be arranged"
    if any(w in _NOT_IN_NP or w.endswith("ly") for w in words[1:]):
        return False
    if words[0] in _NOT_IN_NP or words[0] != "further" and words[0].endswith("ly"):
        return False
    last = words[-1]
    return not last.endswith(("ed", "ing")) or verb_base(last) in (None, last)
