"""Decisions that are not this meeting's, though a verb of deciding states them: a decision
recalled from an earlier time ("At the February meeting it was resolved to buy two bins",
"The Council agreed last month to fund the crossing", "The Panel resolved on 12 January
to ...") and one of another body, reported or only noted ("The County Council agreed to
fund the crossing", "The Planning Committee recommended to Cabinet that ..."), and the
minutes' own approval, noted on them afterwards ("Minutes approved 14/08/2017", "These
minutes were approved at the May meeting")."""

from __future__ import annotations

import re
from datetime import date

from ...dates import DATE_EXPR, MONTHS, parse_date_literal
from ..context import Context, per_parse

# A time before the meeting, said of when a decision was taken: "last month", "at its
# previous meeting", "at the February meeting", "previously", "earlier this year", "in 2021".
_BEFORE = (
    r"(?:last|previous)\s+(?:week|month|year|meeting|time|session|autumn|spring|summer|winter)"
    r"|(?:at|in|during)\s+(?:the|its|their|our|a)\s+(?:(?:last|previous|prior|earlier|recent"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)(?:[’']s)?)\s+)(?:[\w-]+\s+){0,2}?(?:meeting|session|AGM)"
    # "at its meeting on 12 May", "at the Main PPG meeting on 16.01.20"
    r"|(?:at|in)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?meeting\s+(?:on|of|held\s+on)\s+(?P<held>"
    + DATE_EXPR
    + ")"
    r"|previously|earlier\s+(?:this|in\s+the)\s+(?:year|month)|in\s+(?P<year>(?:19|20)\d\d)\b"
)
# The time right after the verb of deciding ("agreed last month to", "resolved on 12 February
# to"), or opening the sentence ("At the February meeting it was resolved").
_AFTER_VERB_RE = re.compile(
    r"\s*,?\s*(?:"
    + _BEFORE
    + r"|on\s+(?P<on>"
    + DATE_EXPR
    + r")|in\s+(?P<month>"
    + DATE_EXPR
    + "))"
    r"(?=\s*,?\s*(?:to|that|the|this|a|an|its|their|\w+ing)\b)",
    re.IGNORECASE,
)
_OPENING_RE = re.compile(
    r"\W*(?:" + _BEFORE + r"|(?:on|in)\s+(?P<on>" + DATE_EXPR + r"))\s*,?\s", re.IGNORECASE
)


def decided_before(ctx: Context, st: str, verb_end: int) -> bool:
    """Whether the decision whose verb ends at ``st[verb_end]`` was taken before this meeting,
    by a time said right after the verb or at the opening of the sentence (a date later in it
    is as often what the decision is about: "the minutes of the meeting held on 5 May")."""
    return any(
        m is not None and _past(ctx, m)
        for m in (_AFTER_VERB_RE.match(st, verb_end), _OPENING_RE.match(st))
    )


# The minutes in hand, not a meeting's before them: "These minutes were approved ...".
_THESE_MINUTES_RE = re.compile(r"(?i)^\W*(?:these|this)\s+minutes\b")
_DATE_RE = re.compile(DATE_EXPR, re.IGNORECASE)


def approved_later(ctx: Context, st: str, verb_end: int) -> bool:
    """Whether a sentence approving minutes (its verb ending at ``st[verb_end]``) is the note
    of these minutes' own approval, made after the meeting: "These minutes were approved by
    the membership", "Minutes approved 14/08/2017" (a date after the meeting's)."""
    if _THESE_MINUTES_RE.match(st):
        return True
    m = _DATE_RE.search(st, verb_end, verb_end + 40)
    meeting = ctx.meeting_date
    if m is None or meeting is None:
        return False
    when = parse_date_literal(m.group(0), meeting)
    return when is not None and when > meeting


def _past(ctx: Context, m: re.Match[str]) -> bool:
    """Whether the time matched is before the meeting: a phrase that looks back, or a year,
    month or date before the meeting's (one with no year is taken in the meeting's year)."""
    groups = m.groupdict()
    phrase = groups.get("on") or groups.get("held") or groups.get("month") or groups.get("year")
    if phrase is None:
        return True
    meeting = ctx.meeting_date
    if meeting is None:
        return False
    year_m = _YEAR_RE.search(phrase)
    year = int(year_m.group(0)) if year_m else meeting.year
    month_m = _MONTH_RE.search(phrase)
    if month_m is None:
        return year < meeting.year
    when = parse_date_literal(phrase, date(year, 1, 1))
    if when is not None:
        return when < meeting
    month = MONTHS.get(month_m.group(0).lower()) or MONTHS[month_m.group(0).lower()[:3]]
    return (year, month) < (meeting.year, meeting.month)


_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
_MONTH_RE = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b")


# The words naming a body before its noun: "the County Council", "The Planning Committee".
_QUALIFIER_RE = re.compile(
    r"(?:^|(?<=\b[Tt]he\s)|(?<=[,;:]\s))"
    r"(?P<q>(?:(?!The\b)[A-Z][\w’'&-]*\s+(?:(?:and|&|of|for)\s+)?){1,5})$"
)
_NOUN_RE = re.compile(
    r"(?:Council|Committee|Sub-Committee|Board|Panel|Partnership|Group|Forum|Authority"
    r"|Executive|Commission|Cabinet)\b"
)
_BODY_WORD_RE = re.compile(
    r"(?i)\b(?:council|committee|board|panel|cabinet|partnership|group|forum|authority"
    r"|executive|commission|trust|assembly)\b"
)


def another_body(ctx: Context, st: str, start: int) -> bool:
    """Whether the body named at ``st[start]`` (its noun, before its verb of deciding) is
    named with words of its own that the minutes' heading does not hold: "The County Council
    agreed" in a parish council's minutes, "Cabinet approved" in a committee's. A heading with
    no body in it tells nothing."""
    noun = _NOUN_RE.match(st, start)
    if noun is None:
        return False
    q = _QUALIFIER_RE.search(st, max(0, start - 80), start)
    if q is None and noun.group(0) != "Cabinet":
        return False
    head = _heading(ctx.text, ctx.item_starts[0] if ctx.item_starts else 0)
    if not _BODY_WORD_RE.search(head):
        return False
    name = (q.group("q") if q else "") + noun.group(0)
    return " ".join(name.lower().split()) not in head


@per_parse
def _heading(text: str, first_item: int) -> str:
    """The minutes' heading, lower-cased and its spaces single: the text before the first
    item, else the first five lines with words."""
    if 0 < first_item < 3000:
        head = text[:first_item]
    else:
        head = " ".join([ln for ln in text[:2000].splitlines() if ln.strip()][:5])[:500]
    return " ".join(head.lower().split())
