"""Follow-ups stated as what a later meeting will hold, with no verb of bringing or putting
off: a paper or talk that "will be at" a named meeting, figures to be reported for a month,
the shape of the next few meetings, and a decision the body itself is still to make."""

from __future__ import annotations

import re

from ..context import Context
from .common import MONTHS, Hit, later, when_later

# A later meeting named: by its month ("June's general meeting", "the May meeting"), as the
# next or a future one, or the AGM.
_LATER_MEETING = (
    rf"(?:the\s+)?(?:{MONTHS})(?:[’']s)?\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:meeting|AGM)"
    r"|(?:the|a|our|its)\s+(?:next|future|forthcoming|following)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:meeting|AGM)"
    r"|the\s+AGM|the\s+annual\s+(?:general\s+)?meeting"
    rf"|(?:the\s+)?agenda\s+(?:in|for)\s+(?:the\s+)?(?:{MONTHS}|next\s+(?:meeting|month))"
)
# What is at the meeting, a thing (not a person who will be there): "the presentation would
# be at June's general meeting", "The talk will be at the May meeting", "the revised budget is
# expected at the September meeting", "the item would be on the agenda in June".
_BE_AT_RE = re.compile(
    r"(?i:\b(?:the|a|an|this|that|these|those|it|its|their|our|his|her)\b[^,;.]{0,60}?\s"
    r"(?:(?:will|would|should|shall|is\s+to|are\s+to|is\s+likely\s+to|are\s+likely\s+to)\s+"
    r"(?:now\s+|then\s+|probably\s+|also\s+)?be\s+(?:at|on|for|in)"
    r"|(?:is|are|now)\s+(?:expected|due|planned|scheduled)\s+(?:at|for|in))\s+)"
    rf"(?P<when>{_LATER_MEETING})\b"
)
# A person as what "will be at" the meeting: attendance, not business.
_PERSON_SUBJECT_RE = re.compile(r"(?i)\b(?:he|she|they|we|i|you)\s+(?:will|would|should)\b")


def at_a_meeting_to_come(ctx: Context, st: str, low: str) -> Hit | None:
    """A paper, talk or item stated as being at a later meeting (see :data:`_BE_AT_RE`);
    not someone who will be there ("she will be at the May meeting")."""
    m = _BE_AT_RE.search(st)
    if m is None or _PERSON_SUBJECT_RE.search(st, 0, m.start("when")):
        return None
    return m.start(), " ".join(m.group("when").split())


# Figures or a paper to be reported for a month's meeting: "Printing costs would be reported
# for April", "the survey results will be presented for June", "to be brought for the July
# meeting".
_FOR_MONTH_RE = re.compile(
    r"\b(?:will|would|should|shall|to|is\s+to|are\s+to)\s+be\s+(?:reported|presented|brought"
    r"|submitted|tabled|circulated\s+and\s+discussed)\s+(?:back\s+)?for\s+"
    rf"(?P<when>(?:the\s+)?(?:{MONTHS})(?:\s+20\d\d)?(?:\s+(?:[a-z][\w-]*\s+)?(?:meeting|AGM))?)\b"
)


def reported_for_a_month(ctx: Context, st: str, low: str) -> Hit | None:
    """A paper or figures to be reported, presented or brought for a month's meeting (see
    :data:`_FOR_MONTH_RE`)."""
    m = _FOR_MONTH_RE.search(st)
    return (m.start(), m.group("when")) if m else None


# The next few meetings given a shape or business: "the next two meetings should follow this
# format with talks from the area leads", "The following three meetings will each have a
# speaker"; not where or when they are held ("the next two meetings will be held at the
# school").
_NEXT_MEETINGS_RE = re.compile(
    r"(?i)\b(?P<when>(?:the\s+)?(?:next|following|coming|subsequent)\s+(?:two|three|four|five"
    r"|six|few|couple\s+of|\d)\s+(?:[a-z][\w-]*\s+)?meetings)\s+(?:will|would|should|shall"
    r"|are\s+to|to|could|might)\s+(?:each\s+|also\s+|all\s+)?"
    r"(?!be\s+(?:held|on|at|in|online|virtual|cancel)|take\s+place|start|begin|run|move)\w+"
)


def next_meetings_shape(ctx: Context, st: str, low: str) -> Hit | None:
    """The next few meetings given a format or business (see :data:`_NEXT_MEETINGS_RE`)."""
    m = _NEXT_MEETINGS_RE.search(st)
    return (m.start(), m.group("when")) if m else None


_BODY = (
    r"(?:the\s+)?(?:full\s+)?(?:committee|council|board|panel|cabinet|trustees|members|meeting"
    r"|group)"
)
# A decision the body itself is still to make: "costs to be found and then a decision made
# by the Committee", "a decision on the fence will be made by the committee once the quotes
# are in", "the final decision would be taken by the Board".
_DECIDED_LATER_RE = re.compile(
    r"(?i)\b(?:a|the)\s+(?:final\s+|further\s+)?decision\s+(?:(?:on|about|regarding|over)\s+"
    r"[^.;]{1,60}?\s+)?(?:will|would|to|shall|should|can|could|is\s+to|are\s+to)\s+"
    r"(?:then\s+|later\s+|now\s+)?be\s+(?:made|taken|reached)\s+(?:later\s+)?by\s+" + _BODY + r"\b"
    r"|\bthen\s+(?:a|the)\s+(?:final\s+)?decision\s+(?:be\s+)?(?:made|taken|reached)\s+by\s+"
    + _BODY
    + r"\b"
)


def decided_later_by_the_body(ctx: Context, st: str, low: str) -> Hit | None:
    """A decision that the committee, council or board itself is still to make (see
    :data:`_DECIDED_LATER_RE`); not one made ("a decision was made by the Committee")."""
    m = _DECIDED_LATER_RE.search(st)
    return (m.start(), later(ctx, st, m.start())) if m else None


# A subject named as business for later, with no meeting named: "the treasurer's duties are a
# future topic for the committee", "Fencing will be a future agenda item", "the logo is an
# item for later discussion".
_FUTURE_TOPIC_RE = re.compile(
    r"(?i)\b(?:is|are|will\s+be|would\s+be|to\s+be|remains?)\s+(?:a|an)\s+(?:future|later)\s+"
    r"(?:agenda\s+)?(?:topic|item|discussion|matter|subject)\b"
    r"|\b(?:is|are|will\s+be|would\s+be|to\s+be|remains?)\s+(?:a|an)\s+(?:topic|item|matter"
    r"|subject)\s+for\s+(?:later|future|further)\s+discussion\b"
)


def future_topic(ctx: Context, st: str, low: str) -> Hit | None:
    """A subject named as a topic or item for a later meeting (see
    :data:`_FUTURE_TOPIC_RE`)."""
    m = _FUTURE_TOPIC_RE.search(st)
    return (m.start(), "a future meeting") if m else None


# The rest of the business left for a later gathering: "we'll have to have the rest of the
# call next week to go through the feedback", "The remaining comments will be gone through next
# week", "the remainder of the review to be finished at the next call".
_REST_RE = re.compile(
    r"(?i)\b(?:the\s+)?(?:rest|remainder)\s+of\s+(?:the\s+|our\s+|this\s+|that\s+|its\s+)?"
    r"(?:[\w-]+\s+)?(?:call|meeting|discussion|feedback|agenda|list|review|items|business"
    r"|comments|points|topics|questions|presentation|document|paper|slides|session|draft"
    r"|report|proposals?)\b"
    r"|\bremaining\s+(?:agenda\s+items?|comments|feedback|points|business|topics|questions"
    r"|agenda|papers|reports|slides|sections?|issues)\b"
)
_STILL_TO_COME_RE = re.compile(
    r"(?i)\b(?:will|would|shall|to\s+be|have\s+to|need\s+to|needs\s+to|going\s+to)\b|[’']ll\b"
)


def rest_later(ctx: Context, st: str, low: str) -> Hit | None:
    """The rest of the business left for a later gathering (see :data:`_REST_RE`): a time to
    come named after it; not what was done ("the rest of the list was covered")."""
    m = _REST_RE.search(st)
    if m is None or not _STILL_TO_COME_RE.search(st):
        return None
    when = when_later(ctx, st, m.start())
    if when is None:
        when = when_later(ctx, st, 0)
    return (m.start(), when) if when else None


# A meeting of its own still needed or to be set up for the matter: "We then need an SGM to
# agree it", "An extraordinary meeting will be needed to approve the constitution", "Another
# meeting will be scheduled at that time", "A further meeting will be arranged once the survey
# results are in" (not one with a party outside: "we need a meeting with the county").
_MEETING_NEEDED_RE = re.compile(
    r"(?i)\b(?:need|needs|needed|require|requires|required)\s+(?P<s1>(?:a|an|another)\s+"
    r"(?:further\s+|separate\s+|special\s+|extraordinary\s+|follow-up\s+|general\s+)?"
    r"(?:SGM|EGM|meeting|session|vote))\b"
    r"|\b(?P<s2>(?:a|an|another)\s+(?:further\s+|separate\s+|special\s+|extraordinary\s+"
    r"|follow-up\s+)?(?:SGM|EGM|meeting|session))\s+(?:will|would|is\s+to|to|may|might)\s+"
    r"(?:then\s+)?be\s+(?:needed|required|scheduled|arranged|called|organi[sz]ed)\b"
)
# What it is for or when: a purpose, or a time or condition.
_NEEDED_FOR_RE = re.compile(
    r"(?i)\s+(?:[^.;]{0,30}?\s)?(?:to\s+(?!be\b)[a-z]{3,}|at\s+that\s+(?:time|point)|once\s"
    r"|when\s|after\s|then\b|later\b|next\s|in\s+(?:the\s+)?(?:new\s+year|spring|summer|autumn"
    rf"|winter|{MONTHS})\b)"
)
_WITH_OUTSIDE_RE = re.compile(r"(?i)\s+with\s+(?!(?:the\s+)?(?:committee|board|council|members)\b)")


def meeting_needed(ctx: Context, st: str, low: str) -> Hit | None:
    """A meeting of its own still needed or to be set up for the matter (see
    :data:`_MEETING_NEEDED_RE`), with its purpose or time."""
    m = _MEETING_NEEDED_RE.search(st)
    if m is None:
        return None
    group = "s1" if m.group("s1") else "s2"
    if _WITH_OUTSIDE_RE.match(st, m.end(group)):
        return None
    if not (_NEEDED_FOR_RE.match(st, m.end()) or _NEEDED_FOR_RE.search(st, 0, m.start())):
        return None
    return m.start(), later(ctx, st, m.start()) or " ".join(m.group(group).split())
