"""Due-date phrases in minutes: finding them in a sentence and resolving them to a date.

Conventions (documented choices):

- A month alone ("in March", "by June") means the end of that month, in the first such
  month on or after the meeting date ("March" at a meeting in November is next March).
- A day and month without a year ("by 28 June") is the first such day on or after the
  meeting date.
- "before Christmas" is 24 December; "the new year" is 31 January of the next year;
  seasons end on 31 May (spring), 31 August (summer), 30 November (autumn),
  28/29 February (winter); "the summer recess" is 31 July.
- "within N weeks/months" and ranges ("within 12-18 months") take the upper bound.
- A municipal or financial year "2025-26" / "2025/26" ends on 31 March 2026.
- Quarters follow the UK public-sector financial year (April to March):
  Q1 = April-June, Q2 = July-September, Q3 = October-December, Q4 = January-March.
  "Q3" means the end of the next Q3 that has not finished at the meeting date
  ("Q3 2024/25" is 31 December 2024).
- "the December meeting" is the next meeting when the text dates it in December, else
  the end of that month.
- "at the next meeting" (or "before next plenum", "the next call") resolves only when the
  text gives the next meeting's date (pass it as ``next_meeting``) or a date in brackets
  after it; "a future meeting" never resolves.
- "before Easter" / "by Easter" is Easter Sunday; "the Easter holidays" end on 30 April.
- "early July" is the 10th, "mid-July" and "the middle of July" the 15th, "the start of
  July" the 1st, "late July" the last day; "a fortnight" is two weeks; "by the weekend"
  the Sunday after the meeting.
- "before the winter" is the end of the season before it (30 November), unless the
  meeting is in that season already; "this month" ends with the meeting's month; "before
  the 25th" is the first 25th after the meeting; "a week before <date>" is that date less
  a week.
- "as soon as possible", "shortly", "eventually", "in due course", "in the coming weeks",
  "in the interim" are kept as written, with no date, and give way to a dated phrase in
  the same sentence; so is an event after a deadline word ("before the fair", "by Sports
  Day", "before the Christmas market": not Christmas itself).
- "by 5/6" (figures without a year, after a deadline word) is day first: the next 5 June;
  "by 14th" and "by Friday 14th" the first 14th after the meeting.
- A date or meeting that dates a thing done ("the advice given at the May meeting", "the
  letter sent on 3 June") is no due.
- Without a meeting date only phrases carrying a year resolve.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(calendar.month_name):
    if _i:
        MONTHS[_name.lower()] = _i
        MONTHS[_name[:3].lower()] = _i
MONTHS["sept"] = 9

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![a-z])"
)
_WEEKDAY = r"(?:Mon|Tues|Tue|Wednes|Wed|Thurs|Thur|Thu|Fri|Satur|Sat|Sun)(?:day)?\.?,?"
_ORD = r"(?:st|nd|rd|th)?"
_DAY_MONTH = rf"(?:{_WEEKDAY}\s+)?(?:the\s+)?\d{{1,2}}{_ORD}\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?"
_MONTH_DAY = rf"(?:{_WEEKDAY}\s+)?{_MONTH}\s+\d{{1,2}}{_ORD}(?:,?\s+\d{{4}})?"
_NUMERIC = r"\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b|\d{4}-\d{2}-\d{2}"
_MONTH_ONLY = rf"(?:(?:the\s+)?(?:(?:end|beginning|start|middle)\s+of|end)\s+|(?:early|mid|late)[\s-]*)?{_MONTH}(?:\s+\d{{4}}|\s+next year|\s+this year)?"  # noqa: E501
_QUARTER = r"(?:(?:the\s+)?end\s+of\s+)?(?:Q[1-4]|quarter\s+[1-4]|the\s+(?:first|second|third|fourth)\s+quarter)(?:\s+(?:of\s+)?\d{4}(?:[/-]\d{2,4})?)?"  # noqa: E501
_FINYEAR = r"(?:the\s+)?(?:20\d\d)\s*[/–-]\s*(?:20)?\d\d\b(?:\s+(?:municipal|financial)\s+year)?"
_SEASON = r"(?:spring|summer|autumn|winter)"
_RELATIVE = (
    r"(?:the\s+)?end\s+of\s+(?:(?:the|this|next)\s+)?(?:week|month|quarter|year|financial year|municipal year)"  # noqa: E501
    rf"|(?:the\s+)?(?:next|following)\s+(?:week|fortnight|month|quarter|year|{_SEASON})"
    rf"|(?:later\s+)?this\s+(?:month|quarter|year|{_SEASON})"
    r"|(?:before\s+)?(?:Christmas|Easter)|the\s+(?:Christmas|Easter|summer|half[- ]term)\s+(?:recess|break|holidays?)"  # noqa: E501
    r"|the\s+new\s+year|(?:the\s+)?(?:spring|summer|autumn|winter)(?:\s+\d{4})?"
    r"(?!\s+(?:fair|f[eê]te|show|festival|gala|carnival|concert|event|party)\b)"
)
_DURATION = (
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)"
    r"(?:\s*(?:-|–|to)\s*(?:\d{1,3}|two|three|four|five|six|eight|ten|twelve))?"
    r"\s+(?:working\s+)?(?:days?|weeks?|fortnights?|months?|years?)(?:['’]s?\s+time)?"
)
_GATHERING = r"(?:meeting|plenum|call|session|AGM)"
_MEETING = (
    r"(?:the\s+|a\s+|our\s+|its\s+|their\s+|(?=next\s))(?:next|following|future|forthcoming"
    rf"|subsequent)\s+(?:[A-Za-z][\w&'’-]*\s+){{0,3}}?{_GATHERING}"  # "next full governing body"
    r"(?:\s+of\s+the\s+[A-Z][\w&'’-]*(?:\s+(?:and\s+)?[A-Z][\w&'’-]*){0,5})?"
    # "the next quarterly meeting (20th November)": the date in brackets is that meeting's.
    rf"(?:\s*\((?:{_DAY_MONTH}|{_MONTH_DAY}|{_NUMERIC})[^()\n]{{0,30}}\))?"
    rf"|(?:the|our|its)\s+meeting\s+in\s+{_MONTH}"
    r"|(?:the|our|its)\s+(?:AGM|annual\s+general\s+meeting)"
    rf"|(?:the\s+)?{_MONTH}\s+(?:\d{{4}}\s+)?(?:[A-Z][\w&'’-]*\s+){{0,2}}(?:meeting|agenda)"
)
# Days near the meeting: "today", "tomorrow EOD", "this evening", "by Friday", "EOD".
_WEEKDAY_NAME = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# "w/c 14 July", "the week commencing 14 July": the week that starts on the date.
_WEEK_OF = r"(?:(?:the\s+)?(?:w/c|week\s+(?:commencing|beginning|starting|of))\s+)?"
# "before the 25th", "(by 14th)", "by Friday 14th": a day of the month, the first such day
# after the meeting.
_DAY_OF_MONTH = rf"(?:{_WEEKDAY_NAME},?\s+)?(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)"
# "by 5/6": a day and month in figures, day first, without a year (after a deadline word).
_SHORT_NUMERIC = r"(?:[12]\d|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9])(?![/\d])"
_DAY_WORD = (
    r"(?:today|tonight|tomorrow)(?:\s+(?:EOD|COB|morning|afternoon|evening|night))?"
    r"|this\s+(?:morning|afternoon|evening|weekend|week)|(?:the\s+)?end\s+of\s+(?:the\s+)?day"
    r"|the\s+weekend"
    r"|close\s+of\s+(?:play|business)|EOD|COB"
    rf"|(?:next\s+|this\s+)?{_WEEKDAY_NAME}(?!,?\s+(?:the\s+)?\d)"
)

# "before the fair", "in time for Bonfire Night", "by the start of the season": an event
# the minutes name, after a deadline word (find_due_phrases checks the word before it and
# the capital of "Day"/"Night"); the phrase must end there, not run on into a noun ("by the
# show committee").
_EVENT_NOUN = (
    r"(?:fair|f[eê]te|show|festival|gala|carnival|assembly|elections?|dinner|party|concert"
    r"|tournament|event|opening|launch|deadline|closing\s+date|season|term)"
)
_EVENT_WORD = rf"(?:{_EVENT_NOUN}|day|night)"
_EVENT = (
    r"(?:the\s+)?(?:(?:start|end|beginning)\s+of\s+(?:the\s+)?)?"
    r"(?:(?!(?:at|in|on|of|for|to|and|or|by|with|from|the|an?|is|was|be)\s)[\w'’-]+\s+){0,3}?"
    rf"(?P<event>{_EVENT_WORD})(?=[ \t]*(?:[.,;:!?)\]\n(–—-]|$)|\s+(?:and|or|to|so|in|on|at|if|as"
    r"|when|which|where|with|then|but|this|next)\b)"
)

DATE_EXPR = rf"(?:{_DAY_MONTH}|{_MONTH_DAY}|{_NUMERIC}|{_QUARTER}|{_FINYEAR}|{_MONTH_ONLY})"
# A day of a month, either way round: "2nd Oct", "Dec 16", "the 3rd of March 2025".
DAY_AND_MONTH = rf"(?:{_DAY_MONTH}|{_MONTH_DAY})"

# The words that open a due phrase, in the order they are tried (case-insensitive).
_DUE_PREPS = (
    "no later than",
    "not later than",
    "by",
    "before",
    "prior to",
    "until",
    "ahead of",
    "in advance of",
    "in time for",
    "in",
    "on",
    "at",
    "during",
    "for",
    "due",
    "within the next",
    "within",
    "over the next",
    "in the next",
    "after",
)
# Their first letters in every case ("İ" and "ı" match "i" case-insensitively): the regex
# starts with this plain character set, so the engine skips ahead to the candidates, and
# each alternative checks its own first letter by look-behind.
_DUE_FIRST = "".join(sorted({c for p in _DUE_PREPS for c in (p[0], p[0].upper())})) + "İı"
_DUE_PREP_ALT = "|".join(f"(?<={p[0]}){p[1:]}" for p in _DUE_PREPS)
# (After "after", this meeting too: "pay the rent after the meeting", "after meeting".)
_DUE_RE = re.compile(
    rf"(?P<phrase>[{_DUE_FIRST}](?<!\w[{_DUE_FIRST}])(?i:(?:{_DUE_PREP_ALT})\s+"
    rf"(?P<expr>{_MEETING}|(?<=after\s)(?:(?:the|this)\s+)?meeting|{_WEEK_OF}(?:the\s+)?{_DAY_MONTH}|{_MONTH_DAY}|{_NUMERIC}|{_QUARTER}|{_FINYEAR}"
    rf"|{_RELATIVE}|{_DURATION}|{_MONTH_ONLY}|{_DAY_WORD}|{_DAY_OF_MONTH}|{_SHORT_NUMERIC})"
    r"(?:\s+or\s+so)?))(?![\w/])"
)
# Rarer phrases, each looked for only where a cheap test finds its words (find_due_phrases):
# "till the next meeting", "report back to the next meeting", "add it to the January agenda",
# and an event after a deadline word ("before the fair", "in time for Sports Day").
# (Each starts with a plain character set, its words' first letters, as _DUE_RE does.)
_TO_MEETING_RE = re.compile(
    rf"[tT](?<!\w[tT])(?P<prep>(?i:o|ill))\s+(?P<expr>(?i:{_MEETING}))(?![\w/])"
)
# Words that set a deadline: "by 3 June", "no later than Friday", "ahead of the AGM".
DEADLINE_WORDS = (
    *("no later than", "not later than", "by", "before", "prior to", "until", "till"),
    *("ahead of", "in advance of"),
)
_EVENT_PREP_WORDS = (*DEADLINE_WORDS, "in time for", "at")
_EVENT_FIRST = "".join(sorted({c for p in _EVENT_PREP_WORDS for c in (p[0], p[0].upper())}))
_EVENT_DUE_RE = re.compile(
    rf"[{_EVENT_FIRST}](?<!\w[{_EVENT_FIRST}])(?P<prep>(?i:"
    + "|".join(f"(?<={p[0]}){p[1:]}" for p in _EVENT_PREP_WORDS).replace(" ", r"\s+")
    + rf"))\s+(?P<expr>(?i:{_EVENT}))"
)
# Whatever follows a word that only sets a deadline, as a phrase of its own: "prior to
# migration", "in advance of the inspection", "ahead of the consultation" (not a pronoun or
# "schedule": "prior to that", "ahead of schedule").
_BEFORE_THING_RE = re.compile(
    r"\b(?i:prior\s+to|in\s+advance\s+of|ahead\s+of|in\s+time\s+for)\s+(?P<expr>(?:(?i:the|our|its"
    r"|their)\s+)?(?!(?i:it|this|that|them|these|those|then|now|schedule|time|us|him|her|me|you"
    r"|which|what)\b)[\w’'-]+(?:\s+(?!(?:and|or|to|so|but|which|when|where|with|if|as|that|is|was"
    r"|are|were|will|would|at|on|in|by|for|from)\b)[\w’'-]+){0,3}?)"
    r"(?=\s*(?:[.,;:!?)\]\n]|$)|\s+(?:and|or|so|but|which|when|where|if|as)\b)"
)
# Their words, looked for in the lower-cased sentence first (no flags: a fast scan).
_MEETING_HINT_RE = re.compile(r"meeting|agenda|plenum|session|call|agm")
_EVENT_HINT_RE = re.compile(_EVENT_NOUN.replace(r"\s+", " "))
# When, without a date: "as soon as possible", "shortly", "in due course", "eventually",
# "urgently", "soon" (not "as soon as she can", "soon after the fete").
_VAGUE = (
    r"as\s+soon\s+as\s+(?:possible|practicable)|ASAP|shortly|eventually|in\s+due\s+course"
    r"|at\s+the\s+earliest\s+opportunity|in\s+the\s+(?:coming|next\s+few)\s+(?:days|weeks|months)"
    r"|in\s+the\s+near\s+future|in\s+the\s+(?:interim|meantime)"
    r"|urgently|as\s+a\s+matter\s+of\s+urgency|(?<!\bas\s)soon(?![\w-]|\s+(?:as|after)\b)"
)
_VAGUE_RE = re.compile(rf"(?i:{_VAGUE})")
# A year, quarter or season to come with no word before it: "move the bins this summer", "book
# it again next year", "sometime this autumn" (not "the precept for next year", "the accounts
# of this year": the period a thing is for).
_PERIOD = rf"(?:quarter|year|{_SEASON})"
_PERIOD_TO_COME = (
    rf"(?<!\bfor\s)(?<!\bof\s)(?:(?:some\s?time\s+)?(?:later\s+)?this\s+{_PERIOD}"
    rf"|(?<!the\s)next\s+{_PERIOD})"
)
# With no word before it: "co-work today", "review again next meeting", "raise it next
# committee meeting" (not "an email about next meeting's venue": its subject), "(Tuesday,
# ...)", "w/c 12 May", "mid-May", "late August", "the next two weeks" (not "for the next two
# weeks", "the next 3 months of events"), "end of Q2" (not "to the end of March", a
# period reported on, nor "the mid-May survey"), and a date in brackets after a task
# ("Circulate the notes (30 June)").
_BARE_DUE_RE = re.compile(
    # (A look-ahead for the first letters, in every case, a match can start with: faster.)
    r"(?=[ACEFILMNSTUWacefilmnstuw\u0130\u0131\u017f(])"
    rf"(?:(?i:\b(?P<expr>{_DAY_WORD}|(?<!the\s)(?<!our\s)(?<!its\s)(?<!\ba\s)(?<!about\s)(?<!\bof\s)next\s+(?:(?:[A-Za-z][\w&'’-]*\s+){{0,2}}?{_GATHERING}|week"
    rf"|month)|(?<!the\s)(?:early|mid|late)[\s-]*{_MONTH}|(?<!\bfor\s)(?<!\bfor\sthe\s)(?:the\s+)?next\s+{_DURATION}(?!\s+of\b)|(?:later\s+)?this\s+(?:month|quarter)|{_PERIOD_TO_COME}|{_VAGUE}|(?:w/c|week\s+commencing)\s+{_DAY_MONTH}"
    rf"|(?<!the\s)(?<!\bto\s)end\s+(?:of\s+)?(?:Q[1-4]|{_MONTH}|(?:this|next|the)\s+(?:week|month|quarter|year)"
    r"|(?:the\s+)?(?:spring|summer|autumn|winter)))"
    r"\b(?!['’]))"
    rf"|\((?P<bracketed>(?:{_DAY_MONTH}|{_MONTH_DAY}|{_NUMERIC}|{_QUARTER}|{_MONTH_ONLY}))\))"
)
# Months are case sensitive in prose ("may", "march" are verbs); checked after matching.
_MONTH_WORD_RE = re.compile(_MONTH_ONLY + "$", re.IGNORECASE)

_NAMED_MEETING_RE = re.compile(
    r"\b(?P<prep>prior to|before|ahead of|in advance of|in time for|by|at|for|to|after)\s+"
    r"(?P<fill>[^.;:]{0,60}?\s)??"
    r"(?P<the>the\s+)?(?P<body>(?:[A-Z][\w&'’-]*\s+){1,5})meeting\b"
)

# A meeting someone is to attend ("attend a PPG meeting", "attending the Board meeting").
_ATTENDED_RE = re.compile(r"\battend(?:s|ed|ing)?\s+(?:an?\s+|their\s+|its\s+|our\s+)?$")

# "its December meeting", "the February Board": a meeting named by its month.
_MONTH_MEETING_RE = re.compile(
    rf"({_MONTH})\s+(?:[\w&'’-]+\s+){{0,3}}?(?:meeting|board|committee|cabinet|panel|agenda)\b"
    rf"|\bmeeting\s+in\s+({_MONTH})",
    re.IGNORECASE,
)

# Compiled once (these run for every date phrase of every parse).
_ANY_MONTH_RE = re.compile(_MONTH, re.IGNORECASE)
_DURATION_RE = re.compile(_DURATION, re.IGNORECASE)
_DIGIT_RE = re.compile(r"\d")
_MEETING_WORD_I_RE = re.compile(r"meeting", re.IGNORECASE)
_YEAR_RE = re.compile(r"\b(1[89]\d\d|2\d\d\d)\b")
_ISO_DATE_RE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_SLASH_DATE_RE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b")
_DAY_BEFORE_MONTH_RE = re.compile(rf"\b(\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MONTH}", re.IGNORECASE)
_DAY_AFTER_MONTH_RE = re.compile(rf"{_MONTH}\s+(\d{{1,2}}){_ORD}\b(?!\d)", re.IGNORECASE)
_DAY_DATE_RE = re.compile(
    rf"\b\d{{1,2}}{_ORD}\s+(?:of\s+)?{_MONTH}|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b", re.I
)
_MEETING_OR_AGM_RE = re.compile(r"\b(?:meeting|plenum|call|session)\b|\bagm\b")
# "the next meeting", "the next Board meeting", "our next monthly meeting".
_NEXT_MEETING_RE = re.compile(
    r"\b(?:next|following|forthcoming)\s+(?:[\w&'’-]+\s+){0,3}?(?:meeting|plenum|call|session)\b"
)
_MEETING_OF_RE = re.compile(r"meeting\s+of\s+(?:the\s+)?(.+)$")
_FINANCIAL_YEAR_RE = re.compile(r"\b(20\d\d)\s*[/–-]\s*((?:20)?\d\d)\b")
_QUARTER_WORD_RE = re.compile(r"\bQ[1-4]\b|quarter", re.IGNORECASE)
_QUARTER_NUMBER_RE = re.compile(
    r"\bQ([1-4])\b|\bquarter\s+([1-4])\b|\b(first|second|third|fourth)\s+quarter\b", re.I
)
_DURATION_AMOUNT_RE = re.compile(
    r"\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)"
    r"(?:\s*(?:-|–|to)\s*(\d{1,3}|two|three|four|five|six|eight|ten|twelve))?"
    r"\s+(?:working\s+)?(day|week|fortnight|month|year)s?\b"
)
_END_OF_RE = re.compile(
    r"end\s+of\s+(?:the\s+|this\s+)?(next\s+)?(week|month|quarter|year|financial year|municipal year)"  # noqa: E501
)
_NEXT_UNIT_RE = re.compile(r"\b(?:next|following)\s+(week|fortnight|month|quarter|year)\b")

_WORD_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}

_SHORT_NUMERIC_RE = re.compile(_SHORT_NUMERIC)
_POSSESSIVE_RE = re.compile(r"['’]s\b")
_EVENT_BOUND_RE = re.compile(r"(?i:the\s+)?(?i:start|end|beginning)\s")
_IRREGULAR_PARTICIPLES = frozenset(
    ("held", "given", "made", "taken", "sent", "written", "seen", "done", "said", "told")
    + ("heard", "brought", "bought", "paid", "met", "won", "set", "read", "left", "spent")
)
_AGENT_VERBS = frozenset(("for", "run", "met", "paid", "held", "led", "set", "won", "kept", "made"))
_HOLIDAY_RE = re.compile(r"\b(?:recess|break|holidays?)\b")
# The words before a duration that make it a due: "within two weeks", "in a week's time".
_DURATION_PREPS = ("within", "within the next", "in", "in the next", "over the next")
# Deadline words, preferred to any other phrase of the sentence ("feedback on Q1's plan ahead
# of Q2", "comments on the May draft in advance of 30 June").
_PREFERRED = (*DEADLINE_WORDS, "due")
_DAY_OF_MONTH_PREPS = frozenset(_PREFERRED) | {"on"}
# Deadline words, before which a past participle dates no thing done ("sent by 3 June").
_DEADLINE_PREPS = (*DEADLINE_WORDS, "in time for")
_GATHERING_WORDS = ("meeting", "call", "session", "plenum", "agm")
_TO_COME_RE = re.compile(r"(?i:next|following|forthcoming|future|coming)")
# Before a participle, words that make it a task: "to be agreed", "get the hedge cut".
_NOT_PAST = frozenset(("be", "being", "get", "have"))


@dataclass(frozen=True)
class DuePhrase:
    """A due phrase found in a sentence: the phrase as written and its offsets."""

    text: str
    start: int
    end: int


def _end_of_month(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _year(text: str) -> int | None:
    m = _YEAR_RE.search(text)
    return int(m.group(1)) if m else None


def _month_key(word: str) -> str:
    w = word.rstrip(".").lower()
    return w if w in MONTHS else w[:3]


def _number(word: str) -> int | None:
    w = word.lower()
    if w.isdigit():
        return int(w)
    return _WORD_NUMBERS.get(w)


def parse_date_literal(text: str, reference: date | None = None) -> date | None:
    """A calendar date written in full or in part ("Monday 15th May", "25/4/23", "2023-05-15").

    Without a year the date is the first such day on or after ``reference``; without both a
    year and a reference it is None. Day-first for numeric dates (UK style).
    """
    t = text.strip()
    m = _ISO_DATE_RE.search(t)
    if m:
        return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _SLASH_DATE_RE.search(t)
    if m:
        y = int(m.group(3))
        if y < 100:
            y += 2000
        return _safe_date(y, int(m.group(2)), int(m.group(1)))
    mm = _ANY_MONTH_RE.search(t)
    if not mm:
        return None
    month = MONTHS.get(_month_key(mm.group(0)))
    if month is None:
        return None
    day_m = _DAY_BEFORE_MONTH_RE.search(t) or _DAY_AFTER_MONTH_RE.search(t)
    if not day_m:
        return None
    day = int(day_m.group(1))
    year = _year(t)
    if year is not None:
        return _safe_date(year, month, day)
    if reference is None:
        return None
    return _next_day_and_month(day, month, reference)


def _next_day_and_month(day: int, month: int, reference: date) -> date | None:
    """The first such day on or after ``reference`` (None when it does not exist)."""
    found = _safe_date(reference.year, month, day)
    if found is not None and found < reference:
        found = _safe_date(reference.year + 1, month, day)
    return found


def _month_end_after(month: int, reference: date) -> date:
    year = reference.year if month >= reference.month else reference.year + 1
    return _end_of_month(year, month)


def _quarter_end(q: int, fy_start_year: int) -> date:
    # UK financial year: Q1 Apr-Jun, Q2 Jul-Sep, Q3 Oct-Dec, Q4 Jan-Mar.
    if q == 4:
        return date(fy_start_year + 1, 3, 31)
    return _end_of_month(fy_start_year, 3 + 3 * q)


def resolve_due(
    phrase: str,
    meeting_date: date | None,
    *,
    next_meeting: date | None = None,
    named_meetings: Mapping[str, date] | None = None,
) -> date | None:
    """Resolve a due phrase ("by 28 June", "Q3", "2025-26") against the meeting date.

    Returns None when the phrase cannot be resolved (the caller keeps the phrase).
    ``next_meeting`` is the date of the next meeting when the text states it;
    ``named_meetings`` maps a lower-cased body name ("county council", "agm") to the date
    the text gives for that body's meeting.
    """
    try:
        return _resolve(phrase, meeting_date, next_meeting, named_meetings or {})
    except (ValueError, OverflowError):
        return None


def _resolve(
    phrase: str,
    ref: date | None,
    next_meeting: date | None,
    named: Mapping[str, date],
) -> date | None:
    p = " ".join(phrase.split())
    low = p.lower().replace("annual general meeting", "agm")
    lead = _LEAD_TIME_RE.match(p)
    if lead:
        # "a week before the next meeting": that long before the date the rest gives.
        base = _resolve(lead.group("rest"), ref, next_meeting, named)
        return None if base is None else base - _duration(lead.group("dur"))

    # A meeting: the next one, or one the text dates ("the County Council meeting").
    month_meeting = _MONTH_MEETING_RE.search(p)
    if month_meeting or _MEETING_OR_AGM_RE.search(low):
        if not month_meeting and re.fullmatch(r"next\s+(?:meeting|plenum|call|session)", low):
            return next_meeting
        if _DIGIT_RE.search(p):
            # "our next monthly meeting on 3 March", "... (Feb 5th)": the date it gives.
            given = parse_date_literal(p, ref)
            if given is not None:
                return given
        if _NEXT_MEETING_RE.search(low):
            body = _MEETING_OF_RE.search(low)
            if body and body.group(1).strip() in named:
                return named[body.group(1).strip()]
            return next_meeting
        for key, when in sorted(named.items(), key=lambda kv: -len(kv[0])):
            if key and re.search(rf"\b{re.escape(key)}\b", low):
                return when
        if month_meeting and ref is not None and not _DIGIT_RE.search(low):
            # "its December meeting": the next meeting when that is in December, else
            # the end of the first December on or after the meeting.
            month = MONTHS.get(_month_key(month_meeting.group(1) or month_meeting.group(2)))
            if month is None:
                return None
            if next_meeting is not None and next_meeting.month == month and next_meeting > ref:
                return next_meeting
            return _month_end_after(month, ref)
        if not _DIGIT_RE.search(low):
            return None

    if _EVENT_END_RE.search(p):
        return None  # "before the Christmas fair": not Christmas itself

    # Full or partial calendar dates.
    explicit = parse_date_literal(p, ref)
    if explicit is not None:
        return explicit
    m = _SHORT_DATE_RE.fullmatch(low)
    if m:  # "by 5/6": the first 5 June on or after the meeting
        return None if ref is None else _next_day_and_month(int(m.group(1)), int(m.group(2)), ref)
    if _DAY_DATE_RE.search(p):
        return None  # a day that does not exist ("31 February"), or no year to place it in

    # Municipal / financial year 2025-26 or 2025/26: ends 31 March of the second year.
    m = _FINANCIAL_YEAR_RE.search(p)
    if m and not _QUARTER_WORD_RE.search(p):
        first = int(m.group(1))
        second = int(m.group(2))
        second = second + 2000 if second < 100 else second
        if second == first + 1:
            return date(second, 3, 31)
        return date(second, 12, 31) if second > first else None

    # Quarters (UK financial year).
    m = _QUARTER_NUMBER_RE.search(p)
    if m:
        q = int(m.group(1) or m.group(2) or 0) or (
            ["first", "second", "third", "fourth"].index(m.group(3).lower()) + 1
        )
        fy = re.search(r"\b(20\d\d)\s*[/-]\s*(?:20)?\d\d\b", p)
        if fy:
            return _quarter_end(q, int(fy.group(1)))
        year = _year(p)
        if year is not None:
            # "Q3 2024": the quarter of the financial year that starts in that year.
            return _quarter_end(q, year if q != 4 else year - 1)
        if ref is None:
            return None
        fy_start = ref.year if ref.month >= 4 else ref.year - 1
        end = _quarter_end(q, fy_start)
        return end if end >= ref else _quarter_end(q, fy_start + 1)

    # Durations: within six weeks, within 12-18 months (upper bound).
    m = _DURATION_AMOUNT_RE.search(low)
    if m:
        if ref is None:
            return None
        if _number(m.group(2) or m.group(1)) is None:
            return None
        return ref + _duration(m.group(0))

    year = _year(p)
    if "christmas" in low:
        y = year or (ref.year if ref else None)
        return date(y, 12, 24) if y else None
    if "new year" in low:
        y = year or (ref.year + 1 if ref else None)
        return date(y, 1, 31) if y else None
    if "easter" in low and not _HOLIDAY_RE.search(low):
        # "before Easter": Easter Sunday (of the year given, else the next one).
        if year is not None:
            return easter(year)
        return (
            None
            if ref is None
            else next(easter(y) for y in (ref.year, ref.year + 1) if easter(y) >= ref)
        )
    if "easter" in low:
        y = year or (ref.year if ref and ref.month < 4 else ref.year + 1 if ref else None)
        return date(y, 4, 30) if y else None
    if "summer recess" in low or "summer break" in low or "summer holiday" in low:
        y = year or (ref.year if ref and ref.month <= 7 else ref.year + 1 if ref else None)
        return date(y, 7, 31) if y else None

    m = _END_OF_RE.search(low)
    if m and ref is not None:
        nxt = bool(m.group(1))
        unit = m.group(2)
        if unit == "week":
            base = ref + timedelta(days=7 if nxt else 0)
            return base + timedelta(days=(4 - base.weekday()) % 7)
        if unit == "month":
            base = ref + relativedelta(months=1 if nxt else 0)
            return _end_of_month(base.year, base.month)
        if unit == "quarter":
            fy_start = ref.year if ref.month >= 4 else ref.year - 1
            q = ((ref.month - 4) % 12) // 3 + 1 + (1 if nxt else 0)
            if q > 4:
                q, fy_start = q - 4, fy_start + 1
            return _quarter_end(q, fy_start)
        if unit in ("financial year", "municipal year"):
            fy_start = ref.year if ref.month >= 4 else ref.year - 1
            return date(fy_start + 1 + (1 if nxt else 0), 3, 31)
        return date(ref.year + (1 if nxt else 0), 12, 31)
    m = _THIS_UNIT_RE.search(low)
    if m and ref is not None:
        return _end_of_this(m.group(1), ref)
    m = _NEXT_UNIT_RE.search(low)
    if m and ref is not None:
        unit = m.group(1)
        if unit in ("week", "fortnight"):
            return ref + timedelta(days=7 if unit == "week" else 14)
        if unit == "month":
            base = ref + relativedelta(months=1)
            return _end_of_month(base.year, base.month)
        if unit == "quarter":
            return _resolve("end of next quarter", ref, None, {})
        if "year" in unit and not _ANY_MONTH_RE.search(p):
            return date(ref.year + 1, 12, 31)

    m = _DAY_OF_MONTH_RE.fullmatch(low)
    if m and ref is not None:
        return _day_of_month_after(int(m.group(1)), ref)

    day = _day_word(low, ref)
    if day is not None:
        return day

    seasons = {"spring": (5, 31), "summer": (8, 31), "autumn": (11, 30), "winter": (2, 28)}
    if _BEFORE_RE.match(low) and not (ref and _in_season(low, ref)):
        # "before the winter": the end of the season before it (autumn's 30 November); in
        # that season already, its end as "by" would be.
        seasons = {"spring": (2, 28), "summer": (5, 31), "autumn": (8, 31), "winter": (11, 30)}
    for season, (mo, dy) in seasons.items():
        if re.search(rf"\b{season}\b", low):
            if year is None and ref is None:
                return None
            y = year if year is not None else ref.year if ref is not None else 0
            if year is None and ref is not None and (ref.month, ref.day) > (mo, dy):
                y += 1
            elif year is None and ref is not None and f"next {season}" in low:
                y += _in_season(season, ref)  # "next summer", said in the summer
            return _end_of_month(y, mo) if mo == 2 else date(y, mo, dy)

    # A month alone, possibly with a year or "next year".
    m = _ANY_MONTH_RE.search(p)
    if m:
        month = MONTHS.get(_month_key(m.group(0)))
        if month is None:
            return None
        if year is not None:
            end = _end_of_month(year, month)
        elif ref is None:
            return None
        elif "next year" in low:
            end = _end_of_month(ref.year + 1, month)
        elif "this year" in low:
            end = _end_of_month(ref.year, month)
        else:
            end = _month_end_after(month, ref)
        part = _PART_OF_MONTH_RE.search(low)
        return end.replace(day=_PART_DAYS[part.group(1)]) if part else end
    return None


# "by mid-July", "the beginning of March", "early June": a day in the month, not its end.
_PART_OF_MONTH_RE = re.compile(r"\b(beginning|start|early|mid|middle)\b")
_PART_DAYS = {"beginning": 1, "start": 1, "early": 10, "mid": 15, "middle": 15}


# "~1 week ahead of the next meeting", "two days before the AGM": a lead time.
_LEAD_TIME_HEAD = (
    rf"(?:~\s*|(?:about|around|approx(?:imately|\.)?|at\s+least)\s+)?(?P<dur>{_DURATION})\s+"
)
_LEAD_TIME_RE = re.compile(
    rf"(?i:{_LEAD_TIME_HEAD}(?P<rest>(?:before|ahead\s+of|in\s+advance\s+of|prior\s+to)\s.+))$"
)
_LEAD_BEFORE_RE = re.compile(rf"(?i:{_LEAD_TIME_HEAD})$")


def _duration(words: str) -> relativedelta:
    """ "1 week", "two working days", "a month" (the upper bound of a range)."""
    m = _DURATION_AMOUNT_RE.search(words.lower())
    n = (_number(m.group(2) or m.group(1)) or 0) if m else 0
    unit = m.group(3) if m else "day"
    if unit == "day":
        return relativedelta(days=n)
    if unit in ("week", "fortnight"):
        return relativedelta(weeks=n * 2 if unit == "fortnight" else n)
    return relativedelta(months=n) if unit == "month" else relativedelta(years=n)


_THIS_UNIT_RE = re.compile(r"\bthis\s+(month|quarter|year)\b")
_DAY_OF_MONTH_RE = re.compile(
    r"(?:(?:no\s+later\s+than|not\s+later\s+than|by|before|prior\s+to|until|till|on)\s+)?"
    rf"(?:{_WEEKDAY_NAME.lower()},?\s+)?(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)"
)
_SHORT_DATE_RE = re.compile(r"(?:[a-z ]+\s)?(\d{1,2})/(\d{1,2})")
# An event's name at the end of a phrase: dated only when the text dates it.
_EVENT_END_RE = re.compile(rf"\b(?i:{_EVENT_NOUN})$|\b(?:Day|Night)$")
_BEFORE_RE = re.compile(r"(?:before|ahead\s+of|in\s+advance\s+of|prior\s+to|in\s+time\s+for)\b")


_SEASON_MONTHS = {
    "spring": (3, 4, 5),
    "summer": (6, 7, 8),
    "autumn": (9, 10, 11),
    "winter": (12, 1, 2),
}


def _in_season(low: str, ref: date) -> bool:
    """Whether the meeting falls in the season the phrase names."""
    return any(re.search(rf"\b{s}\b", low) and ref.month in m for s, m in _SEASON_MONTHS.items())


def _end_of_this(unit: str, ref: date) -> date:
    """ "this month", "later this quarter", "this year": the end of the meeting's own."""
    if unit == "month":
        return _end_of_month(ref.year, ref.month)
    if unit == "quarter":
        fy_start = ref.year if ref.month >= 4 else ref.year - 1
        return _quarter_end(((ref.month - 4) % 12) // 3 + 1, fy_start)
    return date(ref.year, 12, 31)


def _day_of_month_after(day: int, ref: date) -> date | None:
    """ "before the 25th": that day of the meeting's month, or of the next month when it
    has passed (None when no month near has that day)."""
    for months in range(3):
        base = ref + relativedelta(months=months)
        found = _safe_date(base.year, base.month, day)
        if found is not None and found > ref:
            return found
    return None


_WEEKDAY_RE = re.compile(_WEEKDAY_NAME, re.IGNORECASE)
_FILL_PREP_RE = re.compile(r"\b(?:after|before|by|ahead of|in advance of|prior to|in time for)\s+$")
_AGENDA_OR_MEETING_RE = re.compile(r"(?i)agenda|meeting")
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_TODAY_RE = re.compile(
    r"\b(?:today|tonight|eod|cob|this\s+(?:morning|afternoon|evening)|end\s+of\s+(?:the\s+)?day"
    r"|close\s+of\s+(?:play|business))\b"
)


def _day_word(low: str, ref: date | None) -> date | None:
    """ "today", "this evening", "EOD" (the meeting's day), "tomorrow", "this week" (its
    Friday), "by Friday" (the first Friday after the meeting)."""
    if ref is None:
        return None
    if "tomorrow" in low:
        return ref + timedelta(days=1)
    if _TODAY_RE.search(low):
        return ref
    if "weekend" in low:
        return ref + timedelta(days=(6 - ref.weekday()) % 7 or 7)
    if "this week" in low:
        return ref + timedelta(days=(4 - ref.weekday()) % 7)
    for i, name in enumerate(_WEEKDAY_NAMES):
        if re.search(rf"\b{name}\b", low):
            return ref + timedelta(days=(i - ref.weekday()) % 7 or 7)
    return None


def _month_capitalised(expr: str) -> bool:
    m = _ANY_MONTH_RE.search(expr)
    return m is not None and m.group(0)[0].isupper()


def find_due_phrases(sentence: str) -> list[DuePhrase]:
    """Every due phrase in ``sentence`` ("by 28 June", "in March next year"), in order."""
    found: list[DuePhrase] = []
    for m in _DUE_RE.finditer(sentence):
        expr = m.group("expr")
        prep = m.group("phrase")[: m.start("expr") - m.start()].strip().lower()
        if _ANY_MONTH_RE.search(expr) and not _month_capitalised(expr):
            continue  # "may", "march" as verbs
        is_duration = bool(_DURATION_RE.fullmatch(expr.strip()))
        if is_duration and prep not in _DURATION_PREPS:
            continue  # "at 12-18 months", "for a year" are not deadlines
        if prep == "for" and not _MEETING_WORD_I_RE.search(expr):
            continue
        if _DAY_OF_MONTH_RE.fullmatch(expr.lower()) and prep not in _DAY_OF_MONTH_PREPS:
            continue  # "in the 1st", "at the 2nd": a place in a list, not a day
        if _SHORT_NUMERIC_RE.fullmatch(expr) and prep not in _PREFERRED:
            continue  # "scored 5/6", "in 3/4 of cases": a deadline word must come first
        if prep not in _PREFERRED and _POSSESSIVE_RE.match(sentence, m.end()):
            continue  # "feedback on Q1's plan", "the report on March's figures": a subject
        if (
            prep == "on"
            and not _DIGIT_RE.search(expr)
            and not _AGENDA_OR_MEETING_RE.search(expr)
            and not _on_weekday(sentence, m.start(), m.start("expr"), m.end())
        ):
            continue  # "a report on winter pressures": a subject, not a date
        phrase_start = m.start("expr") if prep == "due" else m.start()
        if prep in ("for", "at", "on") and _MONTH_MEETING_RE.search(expr):
            phrase_start = m.start("expr")  # "the January meeting", as a named meeting reads
        if prep in ("before", "ahead of", "in advance of", "prior to"):
            lead = _LEAD_BEFORE_RE.search(sentence, max(0, phrase_start - 40), phrase_start)
            phrase_start = lead.start() if lead else phrase_start
        found.append(DuePhrase(sentence[phrase_start : m.end()], phrase_start, m.end()))
    _rarer_phrases(sentence, found)
    for m in _BARE_DUE_RE.finditer(sentence):
        group = "expr" if m.group("expr") else "bracketed"
        s, e = m.start(group), m.end(group)
        if any(p.start <= s < p.end or s <= p.start < e for p in found):
            continue
        expr = m.group(group)
        if _ANY_MONTH_RE.search(expr) and not _month_capitalised(expr):
            continue
        if group == "expr" and _WEEKDAY_RE.search(expr) and not _bare_weekday(sentence, s, e):
            continue
        found.append(DuePhrase(sentence[s:e], s, e))
    named = _NAMED_MEETING_RE.finditer(sentence) if "meeting" in sentence else ()
    for m in named:
        body = m.group("body").strip()
        if body.split()[0].lower() in ("next", "following", "future", "forthcoming"):
            continue
        if any(p.start <= m.start() < p.end for p in found):
            continue
        if _ATTENDED_RE.search(sentence, 0, m.start("the") if m.group("the") else m.start("body")):
            continue  # "invited MR to attend a PPG meeting": the task's object, not its due
        start = m.start()
        if m.group("fill") and m.group("prep") not in (
            "prior to",
            "before",
            "ahead of",
            "in advance of",
            "in time for",
            "after",
        ):
            start = m.start("the") if m.group("the") else m.start("body")
            tail = _FILL_PREP_RE.search(m.group("fill"))
            if tail:  # "to report again after the Oxford meeting": from "after"
                start = m.start("fill") + tail.start()
        found.append(DuePhrase(sentence[start : m.end()], start, m.end()))
    found = [p for p in found if not _past_occasion(sentence, p)]
    found.sort(key=lambda d: d.start)
    return found


def _rarer_phrases(sentence: str, found: list[DuePhrase]) -> None:
    """Adds the phrases of _TO_MEETING_RE, _EVENT_DUE_RE and _BEFORE_THING_RE that overlap
    none found."""
    matches: list[re.Match[str]] = []
    low = sentence.lower()
    if "prior" in low or "advance" in low or "ahead" in low or "in time" in low:
        matches.extend(
            m
            for m in _BEFORE_THING_RE.finditer(sentence)
            if not _MEETING_HINT_RE.search(m.group("expr").lower())  # (read as meetings are)
        )
    if _MEETING_HINT_RE.search(low):
        matches.extend(_TO_MEETING_RE.finditer(sentence))
    if "Day" in sentence or "Night" in sentence or _EVENT_HINT_RE.search(low):
        matches.extend(
            m
            for m in _EVENT_DUE_RE.finditer(sentence)
            if _event_due(
                sentence, m, " ".join(m.group(0)[: m.start("expr") - m.start()].lower().split())
            )
        )
    for m in matches:
        if any(p.start < m.end() and m.start() < p.end for p in found):
            continue
        expr = m.group("expr")
        if _ANY_MONTH_RE.search(expr) and not _month_capitalised(expr):
            continue  # "may", "march" as verbs
        if expr[:2].lower() == "a ":
            continue  # "brought to a future meeting": some meeting, no due
        start = m.start("expr") if m.group(0)[:3].lower() == "to " else m.start()
        found.append(DuePhrase(sentence[start : m.end()], start, m.end()))


def _event_due(sentence: str, m: re.Match[str], prep: str) -> bool:
    """An event read as a due ("before the fair", "by Sports Day", "at the end of term"):
    after a deadline word, not an agent ("paid for by the fete", "run by the festival");
    "Day" and "Night" and an event with no "the" written with a capital ("by Open Day", not
    "by day")."""
    expr = m.group("expr")
    if prep == "at" and not _EVENT_BOUND_RE.match(expr):
        return False  # "at the end of term" is a due too; "at the fete" a place
    if not expr.lower().startswith("the") and not expr[0].isupper():
        return False
    if m.group("event").lower() in ("day", "night") and not m.group("event")[0].isupper():
        return False
    if prep != "by":
        return True
    before = sentence[max(0, m.start() - 16) : m.start()].split()
    return not (before and (before[-1].endswith(("ed", "en")) or before[-1] in _AGENT_VERBS))


def _past_occasion(sentence: str, phrase: DuePhrase) -> bool:
    """A time or meeting that dates a thing done, not a task: "the advice given at the May
    meeting", "the letter sent on 3 June", "the figures reported in March"; not "to be
    agreed at the May meeting", "being held on Friday", "get the hedge cut on 3 June", "sent
    by 3 June", "circulated at the next meeting"."""
    if phrase.text.lower().startswith(_DEADLINE_PREPS) or _TO_COME_RE.search(phrase.text):
        return False
    words = sentence[max(0, phrase.start - 40) : phrase.start].split()
    if words and words[-1].lower() in ("at", "on", "in", "during"):
        words.pop()
    if not words:
        return False
    last = words[-1].lower()
    participle = last in _IRREGULAR_PARTICIPLES or (
        len(last) > 4 and last.endswith("ed") and not last.endswith("eed")
    )
    before = {w.lower() for w in words[-4:-1]}
    return participle and not before & _NOT_PAST


def _on_weekday(sentence: str, on: int, start: int, end: int) -> bool:
    """ "on Sunday", "on Friday next": a day to come, written with a capital; not "on
    Monday evenings" (every week), nor a meeting's day ("at the community call on Thursday":
    the call is the phrase)."""
    if not _WEEKDAY_RE.fullmatch(sentence, start, end) or not sentence[start].isupper():
        return False
    if sentence[max(0, on - 10) : on].lower().rstrip().endswith(_GATHERING_WORDS):
        return False
    after = sentence[end : end + 16].split()
    return not (after and after[0][:1].islower() and after[0].rstrip(".,;:)").endswith("s"))


def _bare_weekday(sentence: str, start: int, end: int) -> bool:
    """A weekday with no word before it that means a day to come ("demo Friday", "(Tuesday,
    ...)"), written with a capital; not "the Sunday service", "every Monday", "on Monday
    evenings"."""
    if not sentence[start].isupper() and sentence[start : start + 4].lower() not in (
        "next",
        "this",
    ):
        return False
    before = sentence[max(0, start - 12) : start].lower().split()
    if before and before[-1] in ("the", "a", "every", "each", "on", "last", "of", "that", "since"):
        return False
    after = sentence[end : end + 12].split()
    return not (after and after[0][:1].islower())


def find_due(sentence: str) -> DuePhrase | None:
    """The best due phrase in a sentence: a deadline ("by", "before") first, else the first."""
    return preferred_due(find_due_phrases(sentence))


def preferred_due(phrases: list[DuePhrase]) -> DuePhrase | None:
    """The best of a sentence's due phrases: a deadline ("by", "before") first, else the
    first."""
    if not phrases:
        return None
    for p in phrases:
        if p.text.lower().startswith(_PREFERRED):
            return p
    dated = [p for p in phrases if not _VAGUE_RE.fullmatch(p.text)]
    return (dated or phrases)[0]


_MEETING_REF_RE = re.compile(
    rf"(?:the\s+)?(?P<body>(?:[A-Z][\w&'’-]*\s+){{0,5}}?)(?:(?:for\s+\w+\s+)?at\s+its\s+)?"
    rf"(?P<kind>meeting|AGM)(?:,)?\s+(?:which\s+will\s+be\s+)?(?:held\s+)?on\s+"
    rf"(?P<date>{_DAY_MONTH}|{_MONTH_DAY}|{_NUMERIC})"
)
_AGM_RE = re.compile(
    rf"\b(?P<kind>AGM|Annual General Meeting)\b[^.;\n]{{0,20}}?(?P<date>{_DAY_MONTH}|{_NUMERIC})"
)


_MEETING_WORD_RE = re.compile(r"meeting|AGM")
# The part of _MEETING_REF_RE from the meeting to "on" (in every match of it).
_MEETING_ON_RE = re.compile(r"(?:meeting|AGM),?\s+(?:which\s+will\s+be\s+)?(?:held\s+)?on\s")
_AGM_WORD_RE = re.compile(r"AGM|Annual General Meeting")


def _iter_windows(
    rx: re.Pattern[str], text: str, word: re.Pattern[str], hint: re.Pattern[str] | None = None
) -> list[re.Match[str]]:
    """Matches of ``rx`` only in the lines around occurrences of ``word`` (a fast prefilter),
    and only in those where ``hint`` (a part of every match of ``rx``) occurs."""
    out: list[re.Match[str]] = []
    last_end = -1
    for w in word.finditer(text):
        if w.start() < last_end:
            continue
        ls = text.rfind("\n", 0, w.start()) + 1
        le = text.find("\n", w.end())
        le = len(text) if le < 0 else le
        if hint is None or hint.search(text, ls, le):
            out.extend(rx.finditer(text, ls, le))
        last_end = le
    return out


# "Date of next meeting: Tuesday 2 July", "... next meeting will be on 2 July", and a date
# on the line under a "Date of next meeting" heading; not another body's ("the next meeting
# for the Flood Forum will be on 3 May").
# Case-insensitive "\bnext meeting\b..."; written to start with a plain character set
# ("[nN]" not preceded by a word character) so the regex engine skips ahead to each "n".
_NEXT_MEETING_DATE_RE = re.compile(
    rf"[nN](?<!\w[nN])(?i:ext\s+(?:[a-z-]+\s+){{0,2}}?(?:meeting|plenum)s?\b[*_]*(?!\s+(?:for|with)\s)(?:[^.\n]{{0,40}}?\b(?:on|is|will be)\s+|[ \t]*(?:[:\-–]|is|\r?\n)\s*)(?:held\s+on\s+)?(?P<date>{_DAY_MONTH}|{_MONTH_DAY}|{_NUMERIC}))",  # noqa: E501
)


def find_named_meetings(text: str, reference: date | None) -> tuple[dict[str, date], date | None]:
    """Dates the text gives for meetings: ({body: date}, next meeting date or None).

    "the County Council for approval at its meeting on the 16 December 2010" gives
    {"county council": 2010-12-16}; "the next meeting, which will be held on Tuesday 27th
    June" gives the next meeting's date.
    """
    named: dict[str, date] = {}
    next_meeting: date | None = None
    for m in _iter_windows(_MEETING_REF_RE, text, _MEETING_WORD_RE, _MEETING_ON_RE):
        when = parse_date_literal(m.group("date"), reference)
        if when is None:
            continue
        body = " ".join(m.group("body").split()).lower()
        prefix = text[max(0, m.start() - 12) : m.start()].lower()
        if body.startswith("next") or "next" in prefix.split()[-1:]:
            next_meeting = next_meeting or when
            continue
        if reference is not None and when <= reference:
            continue
        if m.group("kind") == "AGM":
            named.setdefault("agm", when)
        elif body:
            named.setdefault(body, when)
            last = body.split()[-1]
            named.setdefault(last, when)
    for m in _iter_windows(_AGM_RE, text, _AGM_WORD_RE):
        when = parse_date_literal(m.group("date"), reference)
        if when is not None:
            named.setdefault("agm", when)
    for m in _NEXT_MEETING_DATE_RE.finditer(text):
        when = parse_date_literal(m.group("date"), reference)
        if when is not None and next_meeting is None:
            next_meeting = when
    return named, next_meeting


__all__ = [
    "DATE_EXPR",
    "DuePhrase",
    "find_due",
    "find_due_phrases",
    "find_named_meetings",
    "parse_date_literal",
    "preferred_due",
    "resolve_due",
]
