"""Follow-ups: what must come back to a later meeting or go to another body. Each sentence
rule reads one kind of sentence (see :data:`SENTENCE_RULES`):

- :func:`at_a_future_meeting`: "an update at the next meeting", "an item for a future
  meeting", "defer this to the next Board meeting", "invite them to future meetings";
- :func:`at_a_named_meeting`: "bring it to the July meeting", "the Mid Point meeting",
  "its meeting on 12 March" (with words that look forward: a named month is as often past);
- :func:`back_to`: "report back to the Board in 2 months", "come back in the new year";
- :func:`to_the_body`: "bring the plan to the Board", "for consideration by the Board",
  "recommended to the County Council for approval";
- :func:`on_the_programme`: "added to the work programme", "placed on the agenda for";
- :func:`deferred`: "deferred to a later date", "the item was deferred";
- :func:`revisited`: "the Committee would revisit this in six months";
- :func:`scheduled`: "adoption of the list scheduled for September 21";
- :func:`considered_later`: "this will be considered in the spring";
- :func:`further_report`: "Members requested a further report in six months' time";
- :func:`standing_item`: "road safety would be a standing item";
- :func:`kept_in_view`: "KIV until Feb", "to make a decision next year", "an agenda item for
  Thursday's drop-in", "bring this up with the coordination meeting";

a meeting named bare is one too ("assign an owner next meeting", "invite to May meeting",
"put on July agenda", "a draft available by the next meeting"). Not follow-ups: a quoted
notice of motion or question ("I will ask at the next meeting ..."), minutes awaiting
approval, headings ("## Actions for next meeting"), a possibility discussed;

and :func:`forward_plan_rows` reads a work programme or forward plan laid out as a table or
list of future items, each with its meeting date. Each follow-up has ``when`` (the phrase)
and ``due`` (the date it resolves to, where it does).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date

from ..dates import DATE_EXPR
from ..model import FollowUp
from .actions.lexicon import is_base_verb
from .context import (
    Context,
    Spans,
    due_after,
    due_phrases,
    item_at,
    line_of,
    resolved_due,
    sentences_of_line,
)
from .forward_plans import NEXT_ITEMS_RE, PLAN_HEADING_RE, a_heading, forward_plan_rows, listed
from .keywords import any_of

_MONTHS = "|".join(m for m in calendar.month_name if m)
_MONTHS_LOW = "(?:" + _MONTHS.lower() + ")"

# A meeting still to come: "the next meeting", "a future meeting of the Board", "the next
# Board meeting", "our next monthly meeting on 3 March", "future meetings".
_FUTURE_MEETING = (
    r"(?i:(?:the|a|its|our|their|any)\s+(?:next|future|forthcoming|subsequent|following|later"
    r"|upcoming)|\bnext|\bfuture)\s+"
    r"(?:(?!(?i:to|and|of|the|a|at|was|were|is|will|for|with|in|on|by|meetings?|agendas?)\b)"
    r"[\w’'-]+\s+){0,3}?(?i:meetings?|agendas?|plenums?|plenary|calls?|sessions?|workshops?"
    r"|seminars?|briefings?)\b"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w&'’-]*|committee|board|panel|group)"
    r"(?:\s+(?:and\s+|&\s+)?[A-Z][\w&'’-]*){0,5})?"
    rf"(?:,?\s+(?:on|in)\s+(?:{DATE_EXPR}))?"
)
# The word before it says the meeting is where something comes: "at", "to", "for", "until",
# "attend"; not "before" or "by" (a deadline) nor "of" ("the date of the next meeting").
_FUTURE_MEETING_RE = re.compile(
    r"\b(?P<prep>(?i:at|to|for|until|till|in|into|on|onto|attend|attending|address|join|by"
    r"|prior\s+to|in\s+time\s+for))\s+"
    rf"(?P<when>{_FUTURE_MEETING}|(?i:a|some)\s+(?:later|future)\s+(?:date|stage|time))"
)
# "the date for the next meeting", "apologies for the next meeting", "looked forward to the
# next meeting": about the meeting itself.
_LOGISTICS_BEFORE_RE = re.compile(
    r"(?i)\b(?:date|dates|time|times|venue|location|room|arrangements|apologies|chair|minutes"
    r"|welcome|welcomed|refreshments|link|forward|office)\s*$"
    # "owing to the length of the agenda for the Ordinary Meeting"
    r"|\b(?:length|size|volume)\s+of\s+the\s+agenda\s*$"
)
# What is to be ready for the meeting a deadline names: "a draft available by the next
# meeting", "report findings prior to the next plenum".
_READY_FOR_RE = re.compile(
    r"\b(?:available|ready|draft|outline|version|findings|proposals?|options|costings"
    r"|recommendations?|in\s+place|to\s+(?:present|report|bring|table))\b"
)
# "review again next meeting", "assign an owner next meeting": no preposition, after a verb.
_BARE_NEXT_RE = re.compile(r"(?i)\bnext\s+(?:meeting|time|call|plenum|session)\b")
_HYPOTHETICAL_RE = re.compile(r"(?i)\b(?:possibility|possible|possibly|whether|option\s+of)\b")
_NOT_BEFORE_BARE_NEXT = frozenset(
    """
    the of date set arrange book schedule organise organize host chair call until till before
    after since from by this our its their
    """.split()  # noqa: SIM905
)
# "Next meeting: ...", "the next meeting will be held on": the meeting itself.
_BARE_NEXT_STOP_RE = re.compile(
    r"\s*(?::|\s(?:will\s+be|is|was|would\s+be)\s+(?:held|on|at|scheduled|arranged)\b|\s+on\s+\w+day)"
)
_MINUTES_STATUS_RE = re.compile(
    r"(?i)\bminutes\b[^.;]{0,40}\b(?:are|is|were|remain)\s+(?:unapproved|draft|provisional"
    r"|subject\s+to)|\bunapproved\b|\b(?:draft|provisional)\s+minutes\b"
    r"|\bminutes\b[^.;]{0,80}?\b(?:subject\s+to|following|until|pending|after|before)\s+"
    r"(?:their\s+|the\s+|its\s+|formal\s+)?(?:approval|ratification|adoption|confirmation)\b"
)
# Later in this same meeting: "come back to it later in the meeting", "deferred to item 13".
_THIS_MEETING_RE = re.compile(
    r"\blater\s+(?:in|on)\s+(?:the|this|today[’']?s)\s+(?:meeting|agenda|call|session)\b"
    r"|\blater\s+today\b|\b(?:to|until|till|under)\s+(?:agenda\s+)?item\s+\d"
)
# An apology for a meeting to come: "may not be able to join the next call", "will be unable
# to attend the March meeting".
_ABSENT_RE = re.compile(
    r"\b(?:not\s+be\s+able|unable|can[’']?t|cannot|won[’']?t\s+be\s+able)\s+to\s+(?:attend"
    r"|join|make|be\s+at|be\s+present)\b|\bapologies\s+for\s+the\s+next\b"
)
# A notice of motion or question, quoted as it was submitted: "I will ask at the next meeting
# for ...", "We will move at the next Meeting that ...": business of this meeting.
_NOTICE_RE = re.compile(
    r"(?i)^\W*(?:I|we)\W*\s*(?:will|shall|wish\s+to|intend\s+to)\s+(?:ask|move|raise|propose"
    r"|seek|table)\b"
)

# A meeting named by its month, term or purpose: "the July meeting", "its December meeting",
# "the July Parish Council Meeting", "the Mid Point meeting", "the AGM on 23rd April", "its
# meeting on 12 March 2025", "the February Board".
_NAMED_MEETING_RE = re.compile(
    r"\b(?P<prep>at|to|for|until|till|in|attend)\s+(?P<when>(?:the|its|our|their)\s+"
    r"(?:(?:(?!(?:last|previous|first|recent|same|this|today|next|future)\b)"
    r"(?:[A-Z][\w&'’-]*|spring|summer|autumn|winter|annual|budget|term|mid-point|mid-year"
    r"|extraordinary|special|planning|strategy|general|quarterly|away-day|development|20\d\d)\s+)"
    r"{1,4}(?:[Mm]eeting|AGM|Board|Committee|Cabinet|Panel)"
    rf"(?:\s+(?:on|in)\s+(?:the\s+)?(?:{DATE_EXPR}))?"
    rf"|meeting\s+(?:on|in)\s+(?:the\s+)?(?:{DATE_EXPR})"
    r"|AGM|Annual\s+(?:General\s+|Parish\s+)?Meeting))\b"
)
_MONTH_WORD_RE = re.compile(rf"\b(?:{_MONTHS})\b")
# A sentence about what happened: "was presented to the May meeting".
_PAST_RE = re.compile(r"\b(?:was|were|had|did|went|came|presented|reported|attended)\b")
_MEETING_WORD_RE = re.compile(r"(?i)meeting|agm")
# Words that look forward: what a named meeting is for is still to happen.
_FORWARD_RE = re.compile(
    r"\b(?:will|would|shall|should|could|be|asked|requested|request|agreed|invited"
    r"|to\s+(?:receive|consider|report|bring|present|submit|return|come|take|provide|give|attend"
    r"|update|discuss|share|review|agree|approve))\b"
    r"|^\W*(?:receive|consider|bring|present|submit|report|provide)\b"  # a "RESOLVED to:" bullet
    r"|\b(?:recommended|asked|requested)\s+that\b"
)
# Business brought to a meeting: a paper, or a verb of presenting, deciding or discussing.
_BUSINESS_RE = re.compile(
    r"\b(?:present|submit|bring|brought|report|(?:re-?)?consider|revisit|discuss|receive|approv|agree|decid|table"
    r"|raise|review|update|give|given|provide|share|return|come|take|taken|appoint|elect|adopt"
    r"|confirm|resolv|finali[sz]"
    r"|sign|accounts|item|paper|proposal|plan|strateg|session|business|motion|information"
    r"|presentation|invit|attend|debate|scrutin|hear|see)"
)
_PAST_FOLLOW_RE = re.compile(
    r"\b(?:came|reported|returned|fed)\s+back\b|\bhad\s+(?:come|been\s+brought|reported)\b"
)
_MODAL_RE = re.compile(r"\b(?:will|would|could|should|shall|to)\b")

_BACK_RE = re.compile(
    r"\b(?:come|coming|comes|brought|bring|bringing|report|reporting|feed|feeding|return"
    r"|returning|be\s+brought|check|checking)\s+back\b(?!\s+(?:any\s+|their\s+|your\s+)?(?:thoughts|comments"
    r"|views|suggest\w*|changes|ideas|input)\b)"
    # "go back to the Board", not "funds may go back to the parish"
    # "bring a proposal back to the group", "bring it back in March"
    r"|\b(?:bring|bringing|brought|be\s+brought)\s+(?:(?:it|this|these|them|that|the|a|an|its"
    r"|their|[\w-]+)\s+){1,3}?back\b"
    r"|\b(?:go|going)\s+back\s+to\s+(?:the\s+)?(?:[a-z]+\s+)?(?:board|committee|panel|cabinet"
    r"|council|meeting|group|forum)\b"
)
_BODY = (
    r"(?:Cabinet|Board|Committee|Panel|Council|Executive|(?<=the\s)(?:board|committee|panel)"
    r"|(?:[A-Z][\w’'&-]*\s+(?:(?:and|&|of|for)\s+)?){1,6}"
    r"(?:Board|Committee|Panel|Council|Group|Partnership|Forum))\b"
    # "the Board's web presence", "the County Council highways department", "the Council
    # offices": not its meeting
    r"(?![’']|\s+(?:[a-z]+\s+){0,2}(?:department|team|service|officers?|directorate)\b"
    r"|\s+(?i:offices?|chamber|website|building|depot|tax|house|hall)\b)"
)
_TO_BODY_RE = re.compile(
    r"\b(?:bring|present|submit|report|take|return"
    r"|be\s+brought|be\s+presented|be\s+submitted|be\s+reported|be\s+taken|be\s+given"
    r"|be\s+provided|come|go|goes|refer|be\s+referred|referred|escalate|be\s+escalated"
    r"|(?P<update>update|updates|an\s+update|progress\s+report))"
    r"\s+(?:[\w’'-]+,?\s+){0,8}?to\s+(?:the\s+|a\s+)?" + _BODY
)
# "the report to the Board", "the full report is sent to the Committee", "everyone present to
# the meeting": a noun or an adjective.
_NOT_A_VERB_RE = re.compile(
    r"(?i)\b(?:the|a|this|its|one|everyone|those|members|all)\s+(?:full|final|whole|draft|annual|written)?\s*$"
)
# A standing duty, not one occasion: "the requirement of X to", "the duty on officers to".
_STANDING_DUTY_RE = re.compile(
    r"(?i)\b(?:requirements?|duty|duties|obligations?)\s+(?:for|of|on|upon)\s+[^.;]{1,80}?\bto\s+$"
)
_PARTICIPLE_TO_BODY_RE = re.compile(
    r"\b(?:presented|submitted|brought|taken|referred|reported)\s+(?:[\w’'-]+,?\s+){0,4}?to\s+"
    r"(?:the\s+)?(?:(?i:full|main)\s+)?" + _BODY
)
_TO_BE_BEFORE_RE = re.compile(r"\b(?:should|will|would|shall|must|could|to)\s+be\b[^.;]*$")
_REPORT_TO_BODY_RE = re.compile(
    r"\b(?:a|the|further)\s+report\s+to\s+(?:the\s+)?" + _BODY + r"|"
    r"\bfor\s+consideration\s+by\s+the\s+[A-Z]"
    # "a process for discussion by the board and the teams"
    r"|\bfor\s+(?:further\s+)?(?:discussion|consideration|decision)\s+by\s+the\s+(?:full\s+)?"
    r"(?i:board|committee|panel|cabinet|council|trustees|members)\b"
    r"|\brecommended\s+to\s+the\s+[A-Z][^.;]{0,80}?\bfor\s+(?:approval|adoption|decision)"
    r"|\brecommend\w*\s+(?:[\w’'-]+\s+){0,5}?for\s+(?:approval|adoption)\s+(?:to|by)\s+(?:the\s+)?"
    r"(?:full\s+)?[A-Z]"
    r"|\b(?:take|taken|go|goes|going|submit|submitted|present|presented|refer|referred)\s+(?:it\s+)?"
    r"to\s+the\s+(?:AGM|Annual General Meeting)\b"
)
_UPDATE_BODY_RE = re.compile(
    r"\b(?:will|would|to|shall|should|could)\s+(?:\w+\s+)?update\s+(?:the\s+)?(?:Board|Committee"
    r"|Panel|Cabinet|Council|Group|group|members|Members|councillors|Councillors)\b"
    r"[^.;]{0,80}?\b(?:in|at|by|within|during)\s+"
)
_PROGRAMME_RE = re.compile(
    r"\b(?:add|added|adding|include|included|including|place|placed|put|schedule|scheduled"
    r"|programme|programmed|incorporate|incorporated|keep|kept|remain|remains|list|listed"
    r"|inclusion)\s+(?:[\w’'-]+\s+){0,6}?(?:on|to|in|into|within|onto)\s+"
    r"(?:the|its|their|our|this|(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,4}?(?:Committee|Board|Panel"
    r"|Group)[’']s?)\s+"
    r"(?:[\w’'-]+\s+){0,2}?(?:work\s*programme|forward\s+plan|work\s*plan|forward\s+agenda"
    r"|rolling\s+programme|programme\s+of\s+work|agenda\s+(?:for|of)\b|agenda\b(?=[^.;]{0,40}"
    r"\b(?:next|future|forthcoming)\b))"
)
# "Keep on the agenda", "the item remains on the agenda": it comes back to the next one.
_KEPT_ON_AGENDA_RE = re.compile(
    r"(?i)\b(?:keep|kept|remain|remains|leave|left|stay|stays)\s+(?:[\w’'-]+\s+){0,2}?on\s+(?:the"
    r"|our|its)\s+agenda\b(?!\s+(?:for|of)\s+(?:this|today))"
)
_PROGRAMME_YEAR_RE = re.compile(r"\s+for\s+(?P<year>20\d\d\s*[/–-]\s*(?:20)?\d\d)\b")
_DEFERRED_RE = re.compile(
    # not "the deferred payment scheme"
    r"(?<!\b[Tt]he\s)(?<!\b[Aa]\s)(?<!\bof\s)\b(?:[Dd]efer|[Dd]eferred|deferring|[Pp]ostpone|[Pp]ostponed"
    r"|[Hh]eld\s+over|[Hh]old\s+over|[Cc]arried\s+(?:forward|over)|[Cc]arry\s+(?:forward|over)|put\s+back"
    r"|[Tt]abled?(?=\s+(?:until|till)\b)"
    # "Park this until the AGM", "parked until the spring": not "the car park"
    r"|[Pp]ark(?:ed)?(?=\s+(?:(?:this|it|that|these|them|the\s+\w+)\s+)?(?:until|till|for)\b))\b"
    r"(?:[^.;]{0,80}?\b(?:to|until|till)\s+(?P<when>(?:a|the|its)\s+(?:later|future|subsequent"
    r"|further)\s+(?:date|meeting|time)|next\s+(?:month|meeting|year|time|session|call)"
    r"|(?:the\s+)?(?:New\s+Year|new\s+year|spring|summer|autumn"
    r"|winter)|" + _MONTHS + r"))?"
)
_AGENDA_BUSINESS_RE = re.compile(
    r"\b(?:item|items|matter|discussion|consideration|report|application|agenda|issue"
    r"|debate|presentation|paper|topic|this|it|minute|vote|proposal|question"
    r"|decision(?=\s+(?:was\s+|is\s+|has\s+been\s+)?(?:deferred|postponed|held\s+over)))\b"
)
_DEFERRED_PAST_RE = re.compile(r"\b(?:had\s+been|previously|last\s+time|already)\b")
_REVISIT_RE = re.compile(
    r"\b(?:will|would|to|should|shall|could|agreed\s+to)\s+(?:\w+\s+)?(?:revisit|re-visit|reconsider"
    r"|re-consider|look\s+again\s+at|return\s+to\s+(?:this|the\s+(?:matter|issue|item|subject)|it))"
    r"\b|\bbe\s+(?:revisited|re-visited|reconsidered|re-considered|reviewed\s+again)\b"
    # "to be considered again next year", "discuss the fees again in the spring"
    r"|\bbe\s+(?:considered|discussed|looked\s+at|debated)\s+again\b"
    r"|\b(?:discuss|consider|debate|look\s+at)\s+(?:[\w’'-]+\s+){0,3}?again\s+(?:in|at|next|after"
    r"|once|when)\b"
    # a note in the imperative: "Revisit in the new year", "Reconsider at the next meeting"
    r"|^\W*(?:revisit|re-visit|reconsider|re-consider)\b"
    # "SR to report again on the pilot after the summer"
    r"|\b(?:to|will|would|shall|should)\s+report\s+(?:back\s+)?again\b"
)
_SCHEDULED_RE = re.compile(
    r"\b(?:adoption|approval|sign-off|consideration|decision|report|review|presentation"
    r"|discussion|update|item|debate)\b[^.;,]{0,60}?\b(?:scheduled|planned|timetabled|programmed"
    r"|pencilled\s+in)\s+(?:for|at|on|in)\s+"
    rf"(?P<when>(?:the\s+)?(?:{DATE_EXPR}))"
)

_WHEN_RE = re.compile(
    r"(?i)\b(?:a|the)\s+(?:future|next|forthcoming|subsequent|following)\s+meeting\b"
    r"|\bthe\s+AGM\s+on\s+[^.;,]{3,25}"
)
_COMMITTEE_RE = re.compile(
    r"\b(?:to|by|at)\s+(?:the\s+)?(?P<body>(?:[A-Z][\w&'’-]*\s+(?:and\s+|&\s+|of\s+(?:the\s+)?)?){0,6}"
    r"(?:Board|Committee|Cabinet|Council|Panel|Partnership|Group|Forum|Assembly|Commission|AGM))\b"
)
_MONTH_START_RE = re.compile(rf"^(?:{_MONTHS})\s+")
_AGENDA_TEXT_RE = re.compile(
    r"(?i)\s*(?:[\w/.-]*\d[\w/.-]*[.):]?\s+)?to\s+(?:receive|note|consider)\b"
)

# (where the sentence's follow-up starts, the "when" phrase it names, or None)
Hit = tuple[int, str | None]


def at_a_future_meeting(ctx: Context, st: str, low: str) -> Hit | None:
    """A meeting (or its agenda) still to come, after a word that brings something to it: "an
    update at the next meeting", "an item for a future meeting", "an item to the next Agenda",
    "defer this discussion to the next meeting", "invite the Lead Members to future meetings
    of the committee", "attend our next monthly meeting on 3 March". Not a deadline ("by the
    next meeting") nor the meeting itself ("the date and time of the next meeting",
    "unapproved minutes")."""
    if not (
        "next" in low
        or "future" in low
        or "forthcoming" in low
        or "later" in low
        or ("subsequent" in low or "following" in low or "upcoming" in low)
    ):
        return None
    for m in _FUTURE_MEETING_RE.finditer(st):
        if _LOGISTICS_BEFORE_RE.search(st, max(0, m.start() - 30), m.start()):
            continue
        if _HYPOTHETICAL_RE.search(st, 0, m.start()):
            continue  # "a discussion over the possibility of moving it to a later date"
        if _deadline(m.group("prep"), low):
            continue  # "send comments by the next meeting": a deadline
        return m.start(), m.group("when")
    for m in _BARE_NEXT_RE.finditer(st):
        before = st[: m.start()].split()[-2:]
        if before[-1:] == ["again"]:
            before = before[:-1]
        if not before or not before[-1][-1:].islower():
            continue  # "Next meeting: 3 March", "(next meeting)"
        if before[-1].lower() in _NOT_BEFORE_BARE_NEXT:
            continue  # "the date of next meeting", "set next meeting for January"
        if not _BARE_NEXT_STOP_RE.match(st, m.end()):
            return m.start(), m.group(0)
    return None


def _deadline(prep: str, low: str) -> bool:
    """Whether a meeting after ``prep`` is a deadline: "by the next meeting", "in time for
    the next meeting", and what members are to come prepared with; unless something is to be
    ready for it ("a draft available by the next meeting")."""
    if "come prepared" in low or "comes prepared" in low:
        return True
    return " ".join(prep.lower().split()) in ("by", "prior to", "in time for") and not (
        _READY_FOR_RE.search(low)
    )


# "put on July agenda", "invite to May meeting", "for the March agenda": a month's meeting
# with no article before it, or its agenda.
_MONTH_MEETING_RE = re.compile(
    rf"\b(?:on|to|onto|for|at|until|till)\s+(?P<when>(?P<the>the\s+)?(?:{_MONTHS})(?:[’']s)?\s+"
    r"(?:(?i:meeting|agenda)|(?:[A-Z][\w&'’-]*\s+){1,3}(?i:meeting|agenda)))\b"
)


_MONTHS_SET = frozenset(m.lower() for m in calendar.month_name if m)


def _month_meeting(st: str, low: str, noun: str) -> re.Match[str] | None:
    """ "the July agenda", "to May meeting": ``noun`` after a month's name (looked for with
    string operations first: most sentences have none)."""
    pos = low.find(noun)
    if pos > 0 and not _MONTH_WORD_RE.search(st):
        return None
    while pos > 0:
        words = low[max(0, pos - 40) : pos].split()
        if any(w.removesuffix("'s").removesuffix("’s") in _MONTHS_SET for w in words[-4:]):
            m = _MONTH_MEETING_RE.search(st, max(0, pos - 60), pos + len(noun) + 1)
            if m and m.group("when").lower().endswith(noun.strip()):
                return m
        pos = low.find(noun, pos + 1)
    return None


def at_a_named_meeting(ctx: Context, st: str, low: str) -> Hit | None:
    """A meeting named by its month, term or purpose, in a sentence that looks forward:
    "bring the accounts to the July Parish Council Meeting", "a scoping report be submitted
    to the Mid Point meeting", "receive the plan at its meeting on 12 March 2025", "take it to
    the AGM on 23rd April". Not "the report was presented at the January meeting"."""
    if "meeting" not in low and "agm" not in low and not _MONTH_WORD_RE.search(st):
        return None
    bare = _month_meeting(st, low, " meeting")
    if (
        bare
        and not bare.group("the")
        and not bare.group("when").lower().endswith("agenda")
        and not _PAST_RE.search(low)
        and not _LOGISTICS_BEFORE_RE.search(st, max(0, bare.start() - 30), bare.start())
    ):
        return bare.start(), bare.group("when")  # "invite them to May meeting"
    if not _FORWARD_RE.search(low) or not _BUSINESS_RE.search(low):
        return None  # "the Vice Chair will step down at the AGM": no business comes to it
    for m in _NAMED_MEETING_RE.finditer(st):
        when = m.group("when")
        if _LOGISTICS_BEFORE_RE.search(st, max(0, m.start() - 30), m.start()):
            continue  # "the venue for the Annual Meeting": the meeting itself
        if _deadline(m.group("prep"), low):
            continue
        if _MEETING_WORD_RE.search(when) or _MONTH_WORD_RE.search(when):
            return m.start(), when
        # else "to the Health Board": a body, read by to_the_body
    return None


def back_to(ctx: Context, st: str, low: str) -> Hit | None:
    """Something coming back: "report back to the Board in 2 months", "the draft could come
    back to the Board in March", "this will be brought back", "Officers to feed back"."""
    if "back" not in low:
        return None
    m = _BACK_RE.search(low)
    return (m.start(), None) if m else None


def to_the_body(ctx: Context, st: str, low: str) -> Hit | None:
    """Something taken to a body's meeting: "bring a costed proposal to the Board",
    "present a draft strategy for consideration by the Health and Wellbeing Board in March",
    "a further report to the Cabinet", "recommended to the County Council for approval",
    "officers would update the Board in the spring"."""
    m = None
    if " to " in low:
        for m in _TO_BODY_RE.finditer(st):
            if not _NOT_A_VERB_RE.search(st, max(0, m.start() - 20), m.start()):
                break
        else:
            m = None
    if m is not None and m.group("update") and not _FORWARD_RE.search(low):
        m = None  # "Didac provided an update to the board": done, not to come
    m = m or _REPORT_TO_BODY_RE.search(st) or _UPDATE_BODY_RE.search(st)
    if m is None and (" be " in low or "should" in low):
        m = _participle_to_body(st)
    if m is not None and _STANDING_DUTY_RE.search(st, max(0, m.start() - 100), m.start()):
        return None  # "the requirement of Portfolio Holders to present statements to the
        # Committee": a standing rule, not something to come back
    return (m.start(), None) if m else None


def _participle_to_body(st: str) -> re.Match[str] | None:
    """A paper to be taken to a body, its verb a participle after an earlier "be": "a plan
    should be drawn up, and presented to main Council for approval"."""
    for m in _PARTICIPLE_TO_BODY_RE.finditer(st):
        if _TO_BE_BEFORE_RE.search(st, max(0, m.start() - 120), m.start()):
            return m
    return None


def on_the_programme(ctx: Context, st: str, low: str) -> Hit | None:
    """An item put on a work programme, forward plan or a coming agenda: "added to the work
    programme", "to its work programme for 2025-26", "placed on the agenda for the next
    meeting", "for inclusion in the Committee's forward plan"."""
    if not ("programme" in low or "plan" in low or "agenda" in low):
        return None
    bare = _month_meeting(st, low, " agenda")
    if bare:
        return bare.start(), bare.group("when")  # "Clerk to place on July agenda"
    m = _PROGRAMME_RE.search(st) or _KEPT_ON_AGENDA_RE.search(st)
    if m is None:
        return None
    year = _PROGRAMME_YEAR_RE.match(st, m.end())
    return m.start(), year.group("year") if year else None


def deferred(ctx: Context, st: str, low: str) -> Hit | None:
    """An item put off to a later meeting: "the item was deferred", "deferred to a later
    date", "held over until the autumn", "carried forward to the next meeting", "park this
    until the AGM"."""
    if not (
        "defer" in low
        or "postpone" in low
        or "over" in low
        or "forward" in low
        or ("put back" in low)
        or "table" in low
        or "park" in low
    ):
        return None
    m = _DEFERRED_RE.search(st)
    if m is None or _DEFERRED_PAST_RE.search(low):
        return None
    named = _NAMED_MEETING_RE.search(st, m.end())
    when = m.group("when") or (named.group("when") if named else None)
    if when is None and not _AGENDA_BUSINESS_RE.search(low):
        return None  # "a decision was made to postpone the fete": not the meeting's business
    return m.start(), when


def revisited(ctx: Context, st: str, low: str) -> Hit | None:
    """The meeting coming back to a subject: "the Board would revisit this in six months",
    "the policy to be reconsidered in the new year"."""
    if (
        "revisit" not in low
        and "re-visit" not in low
        and "consider" not in low
        and "again" not in low
        and ("return to" not in low)
    ):
        return None
    m = _REVISIT_RE.search(low)
    return (m.start(), None) if m else None


def scheduled(ctx: Context, st: str, low: str) -> Hit | None:
    """A decision or item booked for a date to come: "final adoption of the deliverables
    list scheduled for September 21", "the annual report is scheduled for the June
    meeting"."""
    if (
        "schedul" not in low
        and "planned" not in low
        and "timetabled" not in low
        and ("programmed" not in low and "pencilled" not in low)
    ):
        return None
    m = _SCHEDULED_RE.search(st)
    return (m.start(), m.group("when")) if m else None


def considered_later(ctx: Context, st: str, low: str) -> Hit | None:
    """Something the meeting is to take up at a time to come: "this will be considered in the
    spring", "the item would be discussed further in six months" (not "reviewed", which
    officers do as often)."""
    if " be " not in low:
        return None
    m = _BE_CONSIDERED_RE.search(low)
    when = _later(ctx, st, m.end()) if m else None
    return (m.start(), when) if m and when else None


def further_report(ctx: Context, st: str, low: str) -> Hit | None:
    """A report or update asked for at a time to come: "Members requested a further report in
    six months' time", "The Committee requested a report on exclusions", "a progress update
    would be given in the new year", "The Panel will receive the final report in January",
    and an action log's note "Update in 3 months"."""
    note = _NOTE_RE.match(low)
    if note and len(low.split()) <= 8:
        when = _later(ctx, st, note.end())
        return (0, when) if when else None
    asked = _ASKED_FOR_REPORT_RE.search(low)
    if asked and asked.group("paper") != "update":
        return asked.start(), _later(ctx, st, asked.end())  # "requested a report on ..."
    m = asked or _FURTHER_REPORT_RE.search(low) or _BODY_RECEIVES_RE.search(st)
    if m is None or not _FORWARD_RE.search(low):
        return None
    when = _later(ctx, st, m.end())
    return (m.start(), when) if when else None


def kept_in_view(ctx: Context, st: str, low: str) -> Hit | None:
    """Business kept open for a later meeting: "KIV until Feb", "keep in view", "Ongoing, to
    make a decision next year", "Making it an agenda item for Thursday's co-working hours",
    "report by the July meeting as an update item on the agenda",
    "will bring this up with the regional coordination meeting"."""
    m = None
    if "kiv" in low or "in view" in low:
        m = _KIV_RE.search(st)
    if m is None and "decision" in low:
        m = _LATER_DECISION_RE.search(st)
    if m is None and "item" in low and "agenda" in low:
        m = _AGENDA_ITEM_FOR_RE.search(st)
    if m is None and ("bring" in low or "raise" in low) and " up " in low:
        m = _BRING_UP_RE.search(st)
        if m is not None and not _FORWARD_RE.search(low):
            return None
    if m is None:
        return None
    return m.start(), _later(ctx, st, m.start()) or m.groupdict().get("when")


_KIV_RE = re.compile(r"\bKIV\b|\b(?i:keep|kept)\s+in\s+view\b")
_LATER_DECISION_RE = re.compile(
    r"(?i)\b(?:make|take|reach)\s+(?:a|the|its|our|any)\s+(?:final\s+)?decision\s+(?:on\s+[^.;]{1,40}?\s+)?"
    r"(?P<when>next\s+(?:year|month|quarter|term|meeting|time)|in\s+the\s+new\s+year)\b"
)
_AGENDA_ITEM_FOR_RE = re.compile(
    r"(?i)\b(?:an?|as\s+an?)\s+agenda\s+item\s+(?:for|at|on)\s+(?P<when>[^.;,]{3,40})"
    # "by the meeting in July as an update item on the agenda"
    r"|\bas\s+an?\s+(?:[\w-]+\s+)?item\s+on\s+(?:the|its|our)\s+(?:next\s+)?agenda\b"
)
_BRING_UP_RE = re.compile(
    r"(?i)\b(?:bring|raise)\s+(?:this|it|them|these|the\s+\w+)\s+up\s+(?:with|at)\s+"
    r"(?P<when>(?:the|a|our|their)\s+(?:[\w-]+\s+){0,4}?(?:meeting|call|forum|plenum|group))\b"
)


def standing_item(ctx: Context, st: str, low: str) -> Hit | None:
    """A subject made a standing item of every meeting's agenda: "it was agreed that road
    safety would be a standing item"."""
    if "standing" not in low:
        return None
    m = _STANDING_ITEM_RE.search(low)
    return (m.start(), None) if m and _FORWARD_RE.search(low) else None


def item_of_a_meeting(ctx: Context, st: str, low: str) -> Hit | None:
    """A subject named as business of a meeting to come: "This will be the major topic of an
    extraordinary meeting in six weeks", "Fees will be another item of the May meeting",
    "the survey would be the focus of the Board's next session"."""
    m = _ITEM_OF_MEETING_RE.search(st)
    return (m.start(), m.group("when")) if m else None


_ITEM_OF_MEETING_RE = re.compile(
    r"(?i:\b(?:will|would|shall|should|is\s+to|are\s+to|to)\s+be\s+(?:the|a|an|another)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:topic|item|focus|subject|theme)\s+(?:of|at|for|on)\s+)"
    r"(?P<when>(?i:the|a|an|its|our|their)\s+(?:(?!(?i:this|today|last|previous)\b)[\w&'’-]+\s+)"
    r"{0,4}?(?i:meeting|session|workshop|AGM)"
    rf"(?:\s+(?:in|on)\s+(?:{DATE_EXPR})\b)?)"
)


def meets_again(ctx: Context, st: str, low: str) -> Hit | None:
    """A group to meet again on a subject: "the team will meet again to decide which trials to
    run first", "the working group agreed to reconvene in May to finalise the bid". Not the
    next meeting's date alone ("we will meet again on 3 March")."""
    m = _MEET_AGAIN_RE.search(low)
    if m is None:
        return None
    return m.start(), _later(ctx, st, m.start())


_MEET_AGAIN_RE = re.compile(
    r"\b(?:will|would|shall|should|to|agreed\s+to|plans?\s+to|planned\s+to)\s+"
    r"(?:meet\s+again|reconvene|re-convene)\b[^.;]{0,60}?\bto\s+(?!be\b)[a-z]{3,}"
)


def special_session(ctx: Context, st: str, low: str) -> Hit | None:
    """A meeting, session, workshop or briefing of its own to be held on a subject: "agreed to
    host a Board development session to look at the five-year plan", "a workshop for members
    would be arranged on the budget", "an extraordinary meeting will be held in May to
    consider the lease". Not the next ordinary meeting, nor one with no purpose given ("a
    developer meeting will be held at the same time")."""
    m = _HOLD_SESSION_RE.search(low)
    if m is None:
        return None
    group = "s1" if m.group("s1") else "s2"
    purpose = _SESSION_PURPOSE_RE.search(low, m.end(), m.end() + 120)
    if purpose is None and not _SESSION_KIND_RE.search(m.group(group)):
        return None
    # "in May", not the time what it looks at names ("to plan the next year")
    when = _later(ctx, st[: purpose.start() if purpose else len(st)], m.start())
    return m.start(), when or " ".join(st[m.start(group) : m.end(group)].split())


_SESSION = (
    r"(?:(?!next\b|the\b|this\b)[\w-]+\s+){0,3}?(?:meeting|session|workshop|seminar|briefing"
    r"|away[\s-]?day)s?\b"
)
_HOLD_SESSION_RE = re.compile(
    r"\b(?:will|would|shall|to|agreed\s+to|should|plans?\s+to)\s+(?:\w+\s+)?(?:hold|host"
    r"|arrange|organi[sz]e|convene|schedule|set\s+up|call)\s+(?P<s1>(?:a|an)\s+"
    + _SESSION
    + r")|\b(?P<s2>(?:a|an)\s+"
    + _SESSION
    + r")(?:\s+(?:of|for|with)\s+(?:[\w-]+\s+){1,3}?)?\s+(?:(?:will"
    r"|would|is\s+to|are\s+to|to|should|could)\s+)?be\s+(?:held|arranged|organi[sz]ed|convened"
    r"|scheduled|set\s+up|called)\b"
)
# A session that is not an ordinary meeting by its kind: "a special meeting", "an
# extraordinary meeting", "a development session".
_SESSION_KIND_RE = re.compile(
    r"\b(?:special|extraordinary|additional|extra|development|dedicated|separate|emergency)\b"
)
# What the session is for: "to look at", "to consider", "about", "in relation to".
_SESSION_PURPOSE_RE = re.compile(
    r"\bto\s+(?:look|discuss|consider|review|agree|explore|plan|decide|finali[sz]e|examine"
    r"|scrutini[sz]e|go\s+through|work\s+through|develop|agree|set|shape|talk)\b"
    r"|\b(?:about|regarding|concerning|in\s+relation\s+to|focus(?:ed|ing)?\s+on|dedicated\s+to)\b"
)


def to_be_discussed(ctx: Context, st: str, low: str) -> Hit | None:
    """A subject left to be discussed, the sentence naming no time: "This also to be
    discussed.", "The fees will need to be considered further.", "Parking to be discussed at
    a later date." (a phrase after it, "with the contractor", "under item 7", makes it
    something else)."""
    m = _TO_BE_DISCUSSED_RE.search(low)
    return (m.start(), None) if m else None


_TO_BE_DISCUSSED_RE = re.compile(
    r"\b(?:to|will|would|needs?\s+to|should|must)\s+(?:need\s+to\s+)?be\s+(?:also\s+|further\s+)?"
    r"(?:discussed|considered|debated|revisited)(?:\s+(?:further|later|again|in\s+due\s+course"
    r"|at\s+a\s+(?:later|future)\s+(?:date|stage|time)))?\W*$"
)


def items_after_heading(ctx: Context, st: str, low: str) -> Hit | None:
    """A heading of items for the next meeting with its items on the same line: "Items for
    next meeting: bus shelter, tree survey", "25. ITEMS FOR AGENDA OF NEXT MEETING: TO BE HELD
    ON 3rd JULY, Village Hall FIT payments" (not "Items for next meeting: none")."""
    m = _INLINE_ITEMS_RE.match(st)
    if m is None or _NO_ITEMS_RE.match(st, m.end()) or len(st[m.end() :].split()) < 2:
        return None
    return 0, "the next meeting" if "next" in low[: m.end()] else "a future meeting"


_INLINE_ITEMS_RE = re.compile(
    r"(?i)\W*(?:\d+\W*\s*)?(?:any\s+)?(?:items?|matters|topics|business)\s+for\s+(?:the\s+)?"
    r"(?:agenda\s+(?:of|for)\s+(?:the\s+)?)?(?:next|future|forthcoming)\s+(?:meeting|agenda)s?"
    r"\s*[:–—-]\s*(?=\S)"
)
_NO_ITEMS_RE = re.compile(r"(?i)\W*(?:none|nil|n/?a|nothing|tbc|tba|no\s+items?)\b")


def _later(ctx: Context, st: str, pos: int) -> str | None:
    """The first phrase after ``pos`` naming a time to come that is not a deadline ("in six
    months", "in the spring", "in January", "at the next meeting")."""
    for p in due_phrases(ctx, st):
        if p.start >= pos and _LATER_PREP_RE.match(p.text):
            return p.text
    return None


_LATER_PREP_RE = re.compile(r"(?i)(?:in|within|at|during|over|for|on)\b")
_BE_CONSIDERED_RE = re.compile(
    r"\b(?:will|would|to|should|shall|could|may|might|can)\s+be\s+(?:further\s+|formally\s+)?"
    r"(?:considered|discussed|debated|revisited|reconsidered|re-considered|presented|brought"
    r"|tabled|received|scrutinised|scrutinized|returned\s+to)\b"
)
_FURTHER_REPORT_RE = re.compile(
    r"\b(?:further|progress|follow-up|follow\s+up|updated?|final|full|another|interim|detailed"
    r"|annual|written)\s+(?:[\w-]+\s+){0,2}?(?:report|update|paper|briefing|presentation"
    r"|review)s?\b|\ban\s+update\b"
)
_BODY_RECEIVES_RE = re.compile(
    r"\b(?:Board|Committee|Panel|Cabinet|Council|Members|members|Group|Forum|Partnership|it)\s+"
    r"(?:will|would|shall|should|wished\s+to|wanted\s+to|would\s+like\s+to|asked\s+to"
    r"|agreed\s+to|to)\s+(?:receive|consider|see|scrutinise|scrutinize)\b"
)
# "The Committee requested a report on school exclusions": a paper asked of a later meeting.
_ASKED_FOR_REPORT_RE = re.compile(
    r"\b(?:requested|asked\s+for|would\s+like|wished\s+to\s+(?:see|have|receive)|requires?)\s+"
    r"(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?P<paper>report|briefing|paper|presentation|update)\b"
)
# "Update in 3 months.", "Further report to come in the new year.": a note with no verb.
_NOTE_RE = re.compile(
    r"\W*(?:an?\s+)?(?:further\s+|progress\s+|full\s+)?(?:update|report|briefing|review)s?\b"
)
_STANDING_ITEM_RE = re.compile(r"\bstanding\s+(?:agenda\s+)?item\b")


SentenceRule = Callable[[Context, str, str], "Hit | None"]
# Each rule with the words (as _KEY_RE finds them in the lower-cased sentence) one of which
# it needs: a rule runs only on sentences holding one, which keeps most sentences cheap.
SENTENCE_RULES: tuple[tuple[SentenceRule, frozenset[str]], ...] = tuple(
    (rule, frozenset(needs.split("|")))
    for rule, needs in (
        (at_a_future_meeting, "next|future|forthcoming|later|subsequent|following|upcoming"),
        (at_a_named_meeting, "meeting|agm|annual|cabinet|board|committee|panel"),
        (back_to, "back"),
        (
            to_the_body,
            "cabinet|board|committee|panel|council|executive|group|partnership|forum|agm|annual"
            "|members",
        ),
        (on_the_programme, "programme|plan|agenda"),
        (deferred, "defer|postpone|over|forward|put back|table|tabled|park"),
        (revisited, "revisit|re-visit|consider|again|return"),
        (scheduled, "schedul|planned|timetabled|programme|pencilled"),
        (
            considered_later,
            "consider|discuss|debat|revisit|present|brought|tabled|receiv|scrutini|return",
        ),
        (further_report, "report|update|briefing|presentation|receiv"),
        (standing_item, "standing"),
        (item_of_a_meeting, "topic|item|focus|subject|theme"),
        (meets_again, "again|reconvene|re-convene"),
        (to_be_discussed, "discussed|considered|debated|revisited"),
        (special_session, "meeting|session|workshop|seminar|briefing|away"),
        (kept_in_view, "kiv|view|decision|agenda|bring|raise"),
        (items_after_heading, "items for|matters for|topics for|business for|item for"),
    )
)
_KEY_RE = any_of({w for _, needs in SENTENCE_RULES for w in needs})
# Each word: the indices of the rules that need it or a word within it (_KEY_RE finds the
# longest word, "considered" and not "consider", "put back" and not "back").
_RULES_OF = {
    w: tuple(k for k, (_, needs) in enumerate(SENTENCE_RULES) if any(n in w for n in needs))
    for _, needs in SENTENCE_RULES
    for w in needs
}


def find_follow_ups(ctx: Context) -> list[FollowUp]:
    """Every follow-up, once per sentence, in the order of the text: the rows of a forward
    plan, then each sentence that the first of :data:`SENTENCE_RULES` to match reads."""
    out: list[FollowUp] = []
    taken = Spans()
    try:
        out.extend(forward_plan_rows(ctx))
    except Exception as exc:
        ctx.faults.failed(forward_plan_rows, exc)
    for row in out:
        taken.add(row.start, row.end)
    for ln in ctx.lines:
        if ln.blank or ln.cend - ln.cstart > 200_000:
            continue
        for s_start, s_end, st, low in sentences_of_line(ctx, ln):
            if len(st) > 3000 or taken.overlaps(s_start, s_end):
                continue
            found = _follow_up(ctx, st, low, s_start, s_end)
            if found is not None:
                out.append(found)
    out.sort(key=lambda f: f.start)
    return out


def _follow_up(ctx: Context, st: str, low: str, start: int, end: int) -> FollowUp | None:
    """The follow-up a sentence states, if any (see :data:`SENTENCE_RULES`)."""
    keys = _KEY_RE.findall(low)
    if not keys:
        return None
    hit = None
    for k in sorted({k for key in keys for k in _RULES_OF[key]}):
        rule = SENTENCE_RULES[k][0]
        try:
            hit = rule(ctx, st, low)
        except Exception as exc:
            ctx.faults.failed(rule, exc)
            hit = None
        if hit is not None:
            break
    if hit is None:
        return None
    if _PAST_FOLLOW_RE.search(st) and not _MODAL_RE.search(st):
        return None
    if _AGENDA_TEXT_RE.match(st) or PLAN_HEADING_RE.match(st):
        return None  # agenda text ("To receive a report ..."), a forward plan's heading
    if _NOTICE_RE.match(st) or _MINUTES_STATUS_RE.search(st) or _heading(ctx, start, end):
        return None
    if _THIS_MEETING_RE.search(low) or _ABSENT_RE.search(low):
        return None
    if "standing order" in low and _STANDING_ORDER_RE.search(st):
        return None  # the council's procedure ("shall not be moved again until the next meeting")
    if NEXT_ITEMS_RE.search(st) and (
        a_heading(ctx, start, st) or listed(ctx.text, ctx.lines[line_of(ctx, start)])
    ):
        # a heading of items for the next agenda ("5. Any items for the next agenda"): its
        # list is what comes back, unless the items follow it on its line
        hit = items_after_heading(ctx, st, low)
        if hit is None:
            return None
    pos, when = hit
    due: date | None = None
    if when is None:
        due_text, due = due_after(ctx, st, pos)
        when = due_text
        wm = _WHEN_RE.search(st)
        if wm and (when is None or "meeting" in wm.group(0)):
            when = wm.group(0)
            due = resolved_due(ctx, when) or due
    else:
        due = resolved_due(ctx, when)
        if due is None:
            # A date phrase within the meeting's ("at the summer" of "at the summer term
            # meeting"), resolved as a due phrase.
            when_end = st.find(when, pos) + len(when)
            inner = [p for p in due_phrases(ctx, st) if pos <= p.start < when_end]
            if inner:
                due = resolved_due(ctx, inner[0].text)
    cm = _COMMITTEE_RE.search(st)
    # "the February Board": the body, not its month.
    committee = _MONTH_START_RE.sub("", cm.group("body")).strip() if cm else None
    return FollowUp(" ".join(st.split()), when, due, item_at(ctx, start), start, end, committee)


# A note in the imperative, taken for an item's title: "Discuss it at the next meeting" (a
# verb, then a pronoun or "again", "back").
_IMPERATIVE_RE = re.compile(r"(?P<verb>[A-Z][a-z]+)\s+(?:it|this|them|these|that|again|back)\b")


def _imperative(c: str) -> bool:
    """Whether line ``c`` opens with a verb in the imperative and its object ("Discuss it",
    "Bring this back"), so it is a note, not a title."""
    m = _IMPERATIVE_RE.match(c)
    return m is not None and is_base_verb(m.group("verb").lower())


def _heading(ctx: Context, start: int, end: int) -> bool:
    """Whether text[start:end] is a heading: an agenda item's, a markdown "## ..." or a line
    in bold, short ("Items for the next agenda", "## Actions for next meeting")."""
    ln = ctx.lines[line_of(ctx, start)]
    if start != ln.cstart or end < ln.cend or len(ctx.text[start:end].split()) > 16:
        return False
    c = ctx.text[ln.start : ln.cend].lstrip()
    return (
        (ln.cstart in ctx.item_start_set and not _imperative(c) and not _INLINE_ITEMS_RE.match(c))
        or c.startswith("#")
        or (c.startswith("**") and c.rstrip(" :").endswith("**"))
    )


# A council's standing order quoted: "Standing Order 7: a motion ... shall not be moved again".
_STANDING_ORDER_RE = re.compile(
    r"(?i)^\W*standing\s+orders?\s+\d|\bstanding\s+orders?\b[^.;]*\bshall\b"
)
