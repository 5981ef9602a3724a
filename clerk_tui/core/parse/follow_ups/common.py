"""What the follow-up rules share: the months' names, the words that look forward, and the
phrase after a point that names a time to come."""

from __future__ import annotations

import calendar
import re

from ..actions.lexicon import MODAL, is_base_verb
from ..context import Context, due_phrases

MONTHS = "|".join(m for m in calendar.month_name if m)
# What a working group calls its meetings: "call", "telco", "sync", "plenary", "stand-up".
CALLS = (
    r"calls?|telcos?|teleconferences?|syncs?|sessions?|plenums?|plenary|plenaries|workshops?"
    r"|stand-?ups?"
)
# A word naming a meeting, its agenda or a call (as a time: "the next time").
MEETING_WORD_RE = re.compile(rf"(?i)\b(?:(?:meeting|mtg|agenda|agm|time)s?|{CALLS})\b")
# A discussion led at the gathering: "Ann will lead a discussion on the roadmap next month",
# "Ann to facilitate a discussion next week".
LEAD_DISCUSSION = (
    r"(?:lead|facilitate|kick\s+off|start|open|run)\s+(?:(?:a|the)\s+)?(?:[\w-]+\s+)?discussion"
)
# Where a clause stops.
CLAUSE_STOP_RE = re.compile(r"[;.!?]")


# Words that look forward: what a named meeting is for is still to happen.
FORWARD_RE = re.compile(
    r"\b(?:will|would|shall|should|could|be|asked|requested|requests?|agreed|invited"
    r"|to\s+(?:receive|consider|report|bring|present|submit|return|come|take|provide|give|attend"
    r"|update|discuss|share|review|agree|approve))\b"
    r"|^\W*(?:receive|consider|bring|present|submit|report|provide)\b"  # a "RESOLVED to:" bullet
    r"|\b(?:recommended|asked|requested)\s+that\b"
    # "Hope to have it resolved", "we plan to put it to members": an intention
    r"|\b(?:hope|hopes|hoping|plan|plans|aim|aims|intend|intends|expect|expects)\s+to\b"
    # "approves the report for submission to the meeting of the Council on 24 July"
    r"|\bfor\s+(?:submission|consideration|approval|adoption|decision)\s+(?:to|by|at)\b"
)


_MODAL_RE = re.compile(rf"\b{MODAL}\b")
_TO_VERB_RE = re.compile(r"\bto\s+(?:be\s+)?([a-z]+)\b")


def looks_ahead(st: str) -> bool:
    """Whether a sentence says what is still to come: a modal or an infinitive ("came back and
    will return in May", "came back to ask for more time", "AP to contact the league and
    provide an update"; not "came back to the Council in January", where "to" is a
    preposition)."""
    return _MODAL_RE.search(st) is not None or any(
        is_base_verb(m.group(1)) for m in _TO_VERB_RE.finditer(st)
    )


# (where the sentence's follow-up starts, the "when" phrase it names, or None)
Hit = tuple[int, str | None]


def later(ctx: Context, st: str, pos: int) -> str | None:
    """The first phrase after ``pos`` naming a time to come that is not a deadline ("in six
    months", "in the spring", "in January", "at the next meeting")."""
    for p in due_phrases(ctx, st):
        if p.start >= pos and _LATER_PREP_RE.match(p.text):
            return p.text
    return None


_LATER_PREP_RE = re.compile(r"(?i)(?:in|within|at|during|over|for|on)\b")


def when_later(ctx: Context, st: str, pos: int) -> str | None:
    """A time to come after ``pos``: a phrase :func:`later` reads, or the next
    gathering named bare ("next week", "next call")."""
    when = later(ctx, st, pos)
    if when is None:
        for m in NEXT_TIME_RE.finditer(st, pos):
            if not _DEADLINE_BEFORE_RE.search(st, max(0, m.start() - 20), m.start()):
                return m.group(0)  # not "before our next meeting": a deadline
    return when


_DEADLINE_BEFORE_RE = re.compile(
    r"(?i)\b(?:before|by|prior\s+to|ahead\s+of|in\s+advance\s+of)\s+(?:the\s+|our\s+|its\s+|their\s+)?$"
)
# What "next" names, a gathering or the time to it: "next week", "next call", "next mtg".
NEXT_GATHERING = r"(?:week|time|call|meeting|mtg|sync|session|plenum|month)"
# The next gathering of a group that meets often, named bare: "next week", "next call".
NEXT_TIME_RE = re.compile(
    rf"(?i)\bnext\s+{NEXT_GATHERING}\b"
    r"|\b(?:in|at|on|during)\s+(?:the\s+)?(?:next|following|coming)\s+(?:call|meeting|sync|session)\b"
)
