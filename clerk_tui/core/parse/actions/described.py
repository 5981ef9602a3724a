"""A task whose agent is described rather than named: someone's relation or helper ("Dan's
daughter has agreed to update the website", "Our treasurer's husband will check the
meter") or someone not named ("A local builder has offered to look at the roof", "One of
the residents will water the planters", "A volunteer from the church is to open the
hall"). The owner is the description as written."""

from __future__ import annotations

import re

from ..context import Context
from ..keywords import Alternatives
from .clauses import opens_clause
from .grammar import ADVERBS, Found
from .lexicon import is_base_verb, verb_base
from .modals import task_sense
from .verbs import AUXILIARIES, DECISION_VERBS, NOT_A_VERB, NOT_TASK_VERBS, WILL_BAD

# Nouns of a person described by relation, help or trade.
_PERSON_NOUNS = frozenset(
    """
    daughter son husband wife partner neighbour neighbor friend brother sister mother father
    grandson granddaughter grandchildren nephew niece cousin family assistant deputy colleague
    secretary volunteer volunteers resident residents parent parents member members helper
    helpers builder electrician plumber gardener contractor carpenter roofer handyman
    caretaker cleaner verger warden churchwarden representative rep engineer surveyor
    architect decorator joiner landowner landlord tenant farmer parishioner parishioners
    """.split()  # noqa: SIM905
)
_HEAD_RE = re.compile(r"\b(?:" + "|".join(sorted(_PERSON_NOUNS)) + r")\b")
# The words of a cue, which no description holds.
_CUE_WORDS = (
    r"(?:has|have|had|is|are|was|were|will|would|kindly|also|agreed|offered|volunteered"
    r"|undertook|promised|to)\b"
)
_POSSESSIVE = (
    r"(?:(?:[Tt]he|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Mm]y)\s+)?"
    r"(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Za-z][\w-]*\s+){0,2}?[\w-]+['’]s"
    rf"(?:\s+(?!{_CUE_WORDS})[a-z][a-z-]*)?"  # "Dan's eldest son"
)
_INDEFINITE = (
    r"(?:[Aa]n?|[Aa]nother|[Oo]ne\s+of\s+the|[Ss]ome|[Tt]wo|[Tt]hree)(?:\s+[a-z][a-z-]*){0,2}?"
)
# What follows the description: its head noun (and where it is from), closing the agent,
# then a cue of a task and its verb.
_AFTER_DESCRIPTION = (
    rf"\s+(?P<head>(?!{_CUE_WORDS})[a-z]+)"
    r"(?:\s+(?:from|of|at|in)\s+(?:the\s+)?[A-Za-z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?)"
    r"\s+(?:(?:has|have|had)\s+)?(?:kindly\s+|also\s+)?"
    r"(?:(?:agreed|offered|volunteered|undertook|promised)\s+to|will|would|(?:is|are)\s+to|to)\s+"
    rf"{ADVERBS}(?P<verb>[a-z][a-z-]+)\b"
)
# The described agent, then its cue and verb: each kind of description searched on its own
# (:class:`.keywords.Alternatives`), a possessive only where the sentence holds one.
_DESCRIBED = Alternatives(
    (rf"(?P<np>(?:{_POSSESSIVE}){_AFTER_DESCRIPTION}", ("'s", "’s")),
    rf"(?P<np>(?:{_INDEFINITE}){_AFTER_DESCRIPTION}",
)


def described_agent(ctx: Context, st: str, prev: str) -> Found:
    """Someone described, not named, opening a clause, then agreed/offered/volunteered to,
    will, would or is to and a verb of a task: "Dan's daughter has agreed to update the
    website", "The Chair's husband will repair the bench", "A local builder has offered to
    look at the roof", "One of the residents will water the planters". Not a thing of
    someone's ("Dan's report will be circulated"), nor a wish or a state ("would like")."""
    if _HEAD_RE.search(st) is None:
        return None  # (a cheap test first: most sentences name no such person)
    for m in _DESCRIBED.finditer(st):
        if m.group("head") not in _PERSON_NOUNS:
            continue
        verb = m.group("verb")
        if verb in AUXILIARIES or verb in NOT_A_VERB or verb in DECISION_VERBS:
            continue
        if not is_base_verb(verb) or verb_base(verb) != verb:
            continue
        if (verb in WILL_BAD or verb in NOT_TASK_VERBS) and not task_sense(verb, st, m.end()):
            continue
        if not opens_clause(st, m.start("np")):
            continue
        return m.group("np"), st[m.start("verb") :]
    return None
