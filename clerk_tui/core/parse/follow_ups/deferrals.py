"""Follow-ups that put business off or take it up again: "the item was deferred", "held
over until the autumn", "the Board would revisit this in six months", "this will be
considered in the spring", "KIV until Feb", "This also to be discussed."."""

from __future__ import annotations

import re
from itertools import chain

from ..conditions import IF_WORDS
from ..context import Context
from ..keywords import Alternatives
from .common import CLAUSE_STOP_RE, FORWARD_RE, MONTHS, NEXT_TIME_RE, Hit, later, when_later
from .meetings import NAMED_MEETING_RE

_DEFERRED_RE = re.compile(
    # not "the deferred payment scheme"
    r"(?<!\b[Tt]he\s)(?<!\b[Aa]\s)(?<!\bof\s)\b(?P<verb>[Dd]efer|[Dd]eferred|[Dd]eferring|[Pp]ostpone"
    r"|[Pp]ostponed|[Hh]eld\s+over|[Hh]old\s+over|[Cc]arried\s+(?:forward|over)|[Cc]arry\s+(?:forward"
    r"|over)|put\s+back|[Tt]abled?(?=\s+(?:(?:this|it|that|these|them|the\s+\w+)\s+)?(?:until|till|for\s+(?:now|next"
    r"|later|a\s+later|the\s+next|a\s+future))\b)"
    # "Push to next week", "Punted to next week", "Moved to the next call", "Hold off until
    # January"
    r"|(?:[Pp]ush(?:ed)?(?:\s+back)?|[Pp]unt(?:ed)?|[Bb]ump(?:ed)?|[Ss]lip(?:ped|s)?|[Rr]oll(?:ed)?\s+over"
    r"|[Mm]ov(?:e|ed)|[Cc]ontinued)(?=\s+(?:(?:this|it|that|these|them)\s+)?(?:to|until|till)\s+(?:the\s+)?"
    r"(?:next|later|a\s+later|a\s+future|future)\b)|(?<!\b[Oo]n\s)[Hh]old(?:ing)?(?:\s+off)?(?=\s+(?:(?:this|it|that|these|them)\s+)?(?:until|till)\b)"
    # "Park this until the AGM", "parked until the spring": not "the car park"; "leave this
    # until September", "taking it off the agenda until ...": not "annual leave"
    r"|[Pp]ark(?:ed)?(?=\s+(?:(?:this|it|that|these|them|the\s+\w+)\s+)?(?:until|till|for)\b)"
    r"|[Ll]eave(?=\s+(?:this|it|that|these|them|the\s+\w+)\s+(?:until|till)\b)"
    r"|[Tt]ak(?:e|es|ing|en)\s+(?:[\w’'-]+\s+){0,3}?off\s+(?:the\s+)?agenda(?=\s+(?:until|till)\b))\b"
    r"(?:[^.;]{0,80}?\b(?:to|until|till|for)\s+(?P<when>(?:a|the|its)\s+(?:later|future|subsequent"
    r"|further)\s+(?:date|meeting|time)|next\s+(?:month|meeting|mtg|year|time|session|call|week)"
    r"|(?:the\s+)?(?:New\s+Year|new\s+year|spring|summer|autumn"
    r"|winter)|" + MONTHS + r"))?"
)
# "Tabled.", "Item tabled.": put off (a report "was tabled" is one handed round at the meeting).
_TABLED_NOTE_RE = re.compile(
    r"\W*(?:(?:item|motion|topic|issue|discussion|proposal)\s+)?(?:tabled|to\s+be\s+continued)\W*$"
)
# The item's outcome as a note closing the sentence, after a clause of its own: "We ran out
# of time; carry forward.", "Awaiting a reply, c/f", "No quotes yet – deferred.", "Register
# files - deferred to Toronto", "Bike racks to be parked for later".
_OUTCOME_NOTE_RE = re.compile(
    r"(?:^\W*|[;,:–—]\s*|\s-\s+|\*\*\s+)(?:(?:item|matter|this)\s+)?(?:to\s+be\s+)?(?P<verb>carr(?:y|ied|ying)"
    r"\s+(?:forward|over)|deferred|postponed|held\s+over|parked|c/f(?:wd)?)"
    r"(?P<to>\s+(?:to|until|till|for)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?\W*$"
)
# A label putting off what follows it, in bold perhaps: "Parking lot: website translations",
# "Held over: the bins rota", "**Deferred**: buying the new laptops".
_PUT_OFF_LABEL_RE = re.compile(
    r"\W*(?:parking\s+lot|parked|held\s+over|carried\s+(?:over|forward)|deferred|postponed)"
    r"(?:\*\*|__)?\s*[:–—]\s*(?:\*\*|__)?\s*\w"
)
_DEFERRED_WORDS = (
    "defer", "postpone", "over", "forward", "put back", "table", "park", "leave", "agenda",
    "push", "hold", "punt", "bump", "slip", "move", "continued", "c/f",
)  # fmt: skip
_AGENDA_BUSINESS_RE = re.compile(
    r"\b(?:item|items|matter|discussion|consideration|report|application|agenda|issue"
    r"|debate|presentation|paper|topic|this|it|minute|vote|proposal|question"
    # "Decision deferred", "the decision on the fees was postponed"
    r"|decision(?=\s+(?:(?:on|about|regarding|whether)\s+[^.;]{1,60}?\s+)?(?:was\s+|is\s+"
    r"|has\s+been\s+)?(?:deferred|postponed|held\s+over)))\b"
)
# The meeting's time gone (read by _OUT_OF_TIME_RE and _NOT_REACHED; the gate of
# :func:`not_reached` holds its last words, "out of time").
_RAN_OUT_OF_TIME = r"ran\s+out\s+of\s+time"
# Put off for the meeting's own time, so business of it: "deferred due to time", "postponed for
# lack of time", "held over as we ran out of time" (not an event's "postponed due to rain",
# "due to the time of year").
_OUT_OF_TIME_RE = re.compile(
    r"\b(?:due\s+to|owing\s+to|because\s+of|for\s+(?:lack|want)\s+of|through\s+lack\s+of)\s+"
    rf"(?:\w+\s+){{0,2}}?time\b(?!\s+of\b)|\b{_RAN_OUT_OF_TIME}\b"
    r"|\btime\s+(?:constraints|pressures?|ran\s+out)\b"
)
# Put off before this meeting: "had been deferred", "the item deferred in March had now been
# resolved"; or where it was put off, right after the verb: "the item deferred from the
# February meeting", "postponed at the last meeting" (not "deferred until the next meeting as
# at the last meeting no quotes had come").
_DEFERRED_PAST_RE = re.compile(
    r"\b(?:had\s+(?:now\s+|since\s+)?been|previously|last\s+time|already)\b"
)
_FROM_RE = re.compile(
    r"\s+(?:from\b|(?:at|in|by)\s+the\s+(?:last|previous|prior)\s+(?:[\w-]+\s+)?meeting\b)"
)
# "Defer until we have met the tenants", "postpone it until the survey is back": put off until
# a condition is met, the deferring verb right before "until".
_UNTIL_RE = re.compile(r"\s+(?:(?:this|it|that|these|them)\s+)?(?:until|till)\s+\w")
_REVISIT_RE = re.compile(
    r"\b(?:will|would|to|should|shall|could|agreed\s+to)\s+(?:\w+\s+)?(?:revisit|re-visit|reconsider"
    r"|re-consider|look\s+again\s+at|return\s+to\s+(?:this|the\s+(?:matter|issue|item|subject)|it))"
    r"\b|\bbe\s+(?:revisited|re-visited|reconsidered|re-considered|reviewed\s+again)\b"
    # "to be considered again next year", "discuss the fees again in the spring"
    r"|\bbe\s+(?:considered|discussed|looked\s+at|debated)\s+again\b"
    r"|\b(?:discuss|consider|debate|look\s+at)\s+(?:[\w’'-]+\s+){0,3}?again\s+(?:in|at|next|after"
    r"|once|when)\b"
    # a note in the imperative: "Revisit in the new year", "Reconsider at the next meeting",
    # "Parked for now; revisit after the release"
    r"|(?:^|[;:–—]\s*|\s-\s+)\W*(?:revisit|re-visit|reconsider|re-consider)\b"
    # "the policy will be reviewed by the Committee in 12 months"
    r"|\bbe\s+(?:reviewed|considered|looked\s+at|discussed)\s+(?:again\s+|further\s+)?by\s+(?:the"
    r"\s+)?(?:full\s+)?(?:board|committee|council|panel|cabinet|members|group|forum|trustees"
    r"|governors)\b[^.;]{0,40}?\b(?:in|at|after|next|once|when)\b"
    # "SR to report again on the pilot after the summer"
    r"|\b(?:to|will|would|shall|should)\s+report\s+(?:back\s+)?again\b"
)


# An entry marked as put off or not reached, the mark closing it: "7) Unifying the labels
# (postponed)", "Hall roof (deferred)", "Car park (carried forward)", "Mascot (skipped)" (in an
# agenda too, whose other entries are this meeting's business).
PUT_OFF_MARK_RE = re.compile(
    r"(?i)\(\s*(?:postponed|deferred|carried\s+(?:forward|over)|held\s+over|c/f|skipped"
    r"|not\s+(?:covered|reached))\s*\)\W*$"
)


def deferred(ctx: Context, st: str, low: str) -> Hit | None:
    """An item put off to a later meeting: "the item was deferred", "deferred to a later
    date", "held over until the autumn", "carried forward to the next meeting", "park this
    until the AGM", "Deferred." under an item, "leave this until the spring", "taking it off
    the agenda until the county replies", "Defer until we have met the tenants", "Parking
    lot: website translations", "**Deferred**: the mascot", "Logo refresh deferred due to
    time", "Decision on the registry deferred"."""
    if not any(w in low for w in _DEFERRED_WORDS):
        return None
    if _TABLED_NOTE_RE.match(low) or _PUT_OFF_LABEL_RE.match(low) or PUT_OFF_MARK_RE.search(low):
        return 0, None
    outcome = _OUTCOME_NOTE_RE.search(low)
    if outcome is not None and outcome.group("to") is None:
        return outcome.start("verb"), None  # "We ran out of time; carry forward."
    m = _DEFERRED_RE.search(st)
    if m is None or _DEFERRED_PAST_RE.search(low) or _FROM_RE.match(st, m.end("verb")):
        return None  # "the item deferred from the February meeting": one come back now
    named = NAMED_MEETING_RE.search(st, m.end())
    when = m.group("when") or (named.group("when") if named else None)
    if (
        when is None
        and not _AGENDA_BUSINESS_RE.search(low)
        and not _UNTIL_RE.match(st, m.end("verb"))
        and not _OUT_OF_TIME_RE.search(low)  # "Licence header was deferred due to time"
        and len(low.split()) > 3  # "Deferred.", "Carried forward.": the item's own outcome
    ):
        # "Register files - deferred to Toronto": a note naming where it goes; not "a
        # decision was made to postpone the fete": not the meeting's business
        return (outcome.start("verb"), None) if outcome is not None else None
    return m.start(), when


def not_reached(ctx: Context, st: str, low: str) -> Hit | None:
    """An item the meeting did not reach, so still to come: a label over it ("Not covered:
    licence header", "Did not get to: logo, stickers", "Ran out of time for the roadmap"), or a
    note closing it ("Licence header - skipped", "Mascot (not reached)", "Logo: no time, next
    week", "Item 6 not taken due to time"). Not someone's absence or errand ("Ann skipped the
    meeting"), nor the meeting's own close ("We ran out of time and closed at 9")."""
    m = _NOT_REACHED_LABEL_RE.match(low) or _NOT_REACHED_NOTE_RE.search(low)
    return (m.start(), None) if m else None


_NOT_REACHED = (
    r"(?:not\s+(?:covered|reached|discussed|taken|got\s+to)|skipped|did\s*n[o’']?t\s+get\s+to"
    rf"|{_RAN_OUT_OF_TIME}|no\s+time)"
)
_NOT_REACHED_LABEL_RE = re.compile(
    rf"\W*(?:(?:items?|topics?)\s+)?{_NOT_REACHED}(?:\s*[:–—]\s*|\s+(?:for|before)\s+)\w"
)
_NOT_REACHED_NOTE_RE = re.compile(
    rf"(?:[;:,–—(]\s*|\s-\s+|^\W*(?:item|topic|agenda\s+item)\s+[\w.]+\s+)(?:(?:was|were)\s+)?"
    rf"{_NOT_REACHED}(?:\s+(?:due\s+to|for\s+lack\s+of|owing\s+to)\s+time|\s+(?:for\s+now|today"
    r"|this\s+(?:week|time|call|meeting)))?\s*\)?"
    # and where it goes: "no time, next week", "skipped; carry over"
    r"(?:[,;]\s*(?:carry|carried|next|to\s+next|revisit|later|defer|postpone|push)[^.;]*)?\W*$"
)


def revisited(ctx: Context, st: str, low: str) -> Hit | None:
    """The meeting coming back to a subject: "the Board would revisit this in six months",
    "the policy to be reconsidered in the new year", "The Council will review the situation
    in three months", a note "Review in six months" (the meeting itself; an officer's review
    is their task)."""
    if "review" in low:
        body = _BODY_REVIEWS_RE.search(st)
        when = later(ctx, st, body.end()) if body else None
        if body and when:
            return body.start(), when
    m = _REVISIT_RE.search(low) if any(w in low for w in _REVISIT_WORDS) else None
    if m is None and any(w in low for w in _AGAIN_WORDS):
        m = _TAKE_UP_AGAIN_RE.search(low)
        if m is None:
            return None
        season = _SEASON_RE.search(st, m.end())
        when = when_later(ctx, st, m.end()) or (season.group(0) if season else None)
        return (m.start(), when) if when else None
    return (m.start(), None) if m else None


# "in the fall", "after the summer": a season to come.
_SEASON_RE = re.compile(
    r"(?i)\b(?:in|after|over|during)\s+the\s+(?:spring|summer|autumn|fall|winter|new\s+year)\b"
)
_REVISIT_WORDS = ("revisit", "re-visit", "consider", "again", "return to", " by ")
_AGAIN_WORDS = ("evaluat", "assess", "examin", "up again", "return to")
# Taken up again at a time to come (the time needed: "Re-evaluate the rota" alone is as
# often someone's task): "Reevaluate timeline of Ideas in April", "the board agreed to take
# this up again in the fall", "Return to this in the autumn", "reassess after the summer".
_TAKE_UP_AGAIN_RE = re.compile(
    r"(?:\b(?:will|would|to|should|shall|could|agreed\s+to|let[’']?s)\s+(?:\w+\s+)?|^\W*)"
    r"(?:re-?evaluate|re-?assess|re-?examine|take\s+(?:this|it|that|these|them|the\s+\w+)\s+up"
    r"\s+again|return\s+to\s+(?:this|it|that|these|them|the\s+(?:matter|issue|item|subject)))\b"
    r"|\bbe\s+(?:re-?evaluated|re-?assessed|re-?examined|taken\s+up\s+again)\b"
)


_BODY_REVIEWS_RE = re.compile(
    r"\b(?:Board|Committee|Council|Panel|Cabinet|Members|members|Group|group|Forum|Trustees"
    r"|Governors|we|We)\s+(?:will|would|shall|agreed\s+to|to|would\s+like\s+to)\s+review\b"
    # an action log's note: "Review in six months."
    r"|^\W*(?i:review)(?=\s+(?:again\s+)?(?:in|at|after)\b)"
)


def considered_later(ctx: Context, st: str, low: str) -> Hit | None:
    """Something the meeting is to take up at a time to come: "this will be considered in the
    spring", "the item would be discussed further in six months" (not "reviewed", which
    officers do as often)."""
    if " be " not in low:
        return None
    m = _BE_CONSIDERED_RE.search(low)
    if m is None:
        return None
    if _RESUMED_RE.search(m.group(0)):
        nxt = NEXT_TIME_RE.search(st, m.end())
        when = nxt.group(0) if nxt else None
    else:
        when = when_later(ctx, st, m.end())
    return (m.start(), when) if when else None


def taken_up_later(ctx: Context, st: str, low: str) -> Hit | None:
    """The meeting, or one of it, to take a matter up again at a time to come: "We'll discuss
    this next week", "Tomasz to present the benchmarks next week", "Let's decide at the next
    call", "In July, we will address the acoustics", "Will wait for more people on the dev
    call", "to review and vote on next month", "PR submitted for review next week", "Brynn
    suggested discussing a dues increase", "Discuss when Doug is back". Not a talk with
    someone outside ("Helen will discuss it with the printer next week")."""
    wait = _WAIT_FOR_RE.search(low) if "wait" in low else None
    if wait is not None:
        return wait.start(), wait.group("when")
    suggested = _SUGGESTED_RE.search(low) if "suggest" in low or "propos" in low else None
    if suggested is not None:
        return suggested.start(), None
    for m in chain(_TAKE_UP.finditer(low), _FOR_BUSINESS_RE.finditer(low)):
        if ("discuss" in m.group(0) or "talk" in m.group(0)) and _WITH_PARTY_RE.match(low, m.end()):
            continue
        if m.groupdict().get("body_verb") and not m.group("body"):
            continue  # "officers will review it in May": their own work
        when = when_later(ctx, st, m.end())
        if when is None and m.groupdict().get("body"):
            opening = _OPENING_TIME_RE.match(st)
            when = opening.group("when") if opening else None
        if when is None:
            event = _WHEN_EVENT_RE.match(low, m.end())
            when = st[event.start("when") : event.end()] if event else None
        if when is not None:
            return m.start(), when
    return None


# Taken up once something has happened: "Discuss when Doug is back", "decide once the survey
# has closed".
_WHEN_EVENT_RE = re.compile(
    r"(?:\s+(?!later\b)[\w’'-]+){0,6}?\s+(?P<when>(?:when|once|after|until)\s+(?:[\w’'-]+\s+){1,4}?(?:is|are"
    r"|has|have|becomes|returns?|gets|comes|lands|closes|arrives?)\b(?:\s+\w+)?)"
)


# "Will wait for more people on the dev call", "wait until the next meeting to decide".
_WAIT_FOR_RE = re.compile(
    r"\bwait\s+(?:for|until|till)\b[^.;]{0,60}?\b(?P<when>(?:the|a|our|next|future)\s+(?:[\w’'-]+\s+)"
    r"{0,3}?(?:call|meeting|sync|session|plenum|AGM))\b"
    # a decision waiting on something: "agreed to wait for the survey before deciding", "Await
    # the county's reply before proceeding"
    r"|\ba?wait(?:s|ed|ing)?\s+(?:for\s+|until\s+)?[^.;]{3,60}?\s+before\s+(?:deciding|discussing"
    r"|proceeding|voting|agreeing|approving|(?:making|taking|reaching)\s+(?:a|any|the)\s+decision)\b"
)
# A matter put forward to be taken up: "Brynn suggested discussing a dues increase", "Sam
# proposed that we revisit the fees".
_SUGGESTED_RE = re.compile(
    r"\b(?:suggested|proposed)\s+(?:that\s+(?:we|the\s+(?:group|committee|board|meeting))\s+)?"
    r"(?:discussing|revisiting|reconsidering|discuss|revisit|reconsider|talking\s+about"
    r"|putting\s+(?:\w+\s+){0,3}?on\s+the\s+agenda)\b"
)
_TAKE_UP_VERB = (
    r"\s*"
    # "to review and vote on next month": a first verb joined to it
    r"(?:also\s+|then\s+|further\s+)?(?:[a-z]+\s+and\s+)?(?:(?:discuss|decide|revisit|continue|talk\s+about|go\s+over"
    r"|pick\s+(?:\w+\s+)?up|resume|finish|finali[sz]e|present|demo|vote\s+on|come\s+back\s+to)"
    r"|(?P<body_verb>address|consider|look\s+(?:again\s+)?at|review|take\s+up))\b"
)
_TAKE_UP_CUE = (
    # the meeting as who takes it up: "we", "we'll", "the committee", a note's "Group to"
    r"(?P<body>\b(?:we|the\s+(?:committee|board|group|panel|council|members|meeting|team)"
    r"|(?<![\w’'-]\s)(?:committee|board|group|panel|council|team))\s+|\bwe(?=[’']ll\b))?"
    r"\b(?:will|would|shall|to|let[’']?s|we[’']ll|(?<=\bwe)[’']ll|i[’']ll|plan\s+to|going\s+to)"
)
# The verb after its cue ("we will", "to", "let's") or opening the note: the whole pattern at
# the sentence's start, elsewhere the verb after its cue (:class:`.keywords.Alternatives`).
_TAKE_UP = Alternatives(
    rf"^(?:(?:{_TAKE_UP_CUE}|^\W*){_TAKE_UP_VERB})", rf"(?:{_TAKE_UP_CUE}){_TAKE_UP_VERB}"
)
# A paper put up for the meeting's business: "PR submitted for review next week", "for a vote
# at the next call" (read with the time after it).
_FOR_BUSINESS_RE = re.compile(
    r"\bfor\s+(?:further\s+|final\s+)?(?:review|discussion|decision|a\s+vote|approval|consideration"
    r"|sign-?off)\b"
)
# "discuss it with the printer", not "with the group".
_WITH_PARTY_RE = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,3}?with\s+(?!(?:the\s+)?(?:group|team|committee|board|members|everyone"
    r"|all|us)\b)"
)
# "In July, we will address ...": the time opening the sentence.
_OPENING_TIME_RE = re.compile(
    r"\W*(?:\d{1,3}[.)]?\s+)?(?P<when>(?i:in|at|during)\s+(?:the\s+)?(?:[A-Z][a-z]+|next\s+\w+|new\s+year|spring"
    r"|summer|autumn|winter))\s*,"
)


def kept_in_view(ctx: Context, st: str, low: str) -> Hit | None:
    """Business kept open for a later meeting: "KIV until Feb", "keep in view", "Ongoing, to
    make a decision next year", "Making it an agenda item for Thursday's co-working hours",
    "report by the July meeting as an update item on the agenda",
    "will bring this up with the regional coordination meeting", "Cllr Hart will raise it at
    the Area Forum", "We will have a bid for repairs by the time of business meeting"."""
    m = None
    if "kiv" in low or "in view" in low:
        m = _KIV_RE.search(st)
    if m is None and ("decision" in low or "resolution" in low or "vote" in low):
        m = _LATER_DECISION_RE.search(st)
    if m is None and "item" in low and "agenda" in low:
        m = _AGENDA_ITEM_FOR_RE.search(st)
    if m is None and ("bring" in low or "raise" in low) and " up " in low:
        m = _BRING_UP_RE.search(st)
        if m is not None and not FORWARD_RE.search(low):
            return None
    if m is None and "raise" in low:
        m = _RAISE_AT_RE.search(st)
    if m is None and "the time" in low and FORWARD_RE.search(low):
        m = _BY_THE_TIME_RE.search(st)
    if m is None:
        return None
    return m.start(), later(ctx, st, m.start()) or m.groupdict().get("when")


_KIV_RE = re.compile(r"\bKIV\b|\b(?i:keep|kept)\s+in\s+view\b")
_LATER_DECISION_RE = re.compile(
    r"(?i)\b(?:make|take|reach|have)\s+(?:a|the|its|our|any)\s+(?:final\s+)?(?:decision|resolution"
    r"|vote)\s+(?:on\s+[^.;]{1,40}?\s+)?"
    r"(?P<when>next\s+(?:year|month|quarter|term|meeting|time|week|call)|in\s+the\s+new\s+year"
    r"|at\s+the\s+next\s+(?:meeting|call))\b"
)
_AGENDA_ITEM_FOR_RE = re.compile(
    r"(?i)(?:^\W*|\b(?:an?|as\s+an?)\s+)agenda\s+item\s+(?:for|at|on|in)\s+"
    # (not a meeting past: "was an agenda item at the last meeting")
    r"(?!(?:the\s+|our\s+)?(?:last|previous|prior)\b)(?P<when>[^.;,:]{3,40})(?![^.;,:]{0,60}:)"
    # "by the meeting in July as an update item on the agenda"
    r"|\bas\s+an?\s+(?:[\w-]+\s+)?item\s+on\s+(?:the|its|our)\s+(?:next\s+)?agenda\b"
)
_BRING_UP_RE = re.compile(
    r"(?i)\b(?:bring|raise)\s+(?:this|it|them|these|the\s+\w+)\s+up\s+(?:with|at)\s+"
    r"(?P<when>(?:the|a|our|their)\s+(?:[\w-]+\s+){0,4}?(?:meeting|call|forum|plenum|group))\b"
)


# Something to be ready for a meeting: "will have a bid by the time of business meeting".
_BY_THE_TIME_RE = re.compile(
    r"(?i)\bby\s+the\s+time\s+of\s+(?P<when>(?:the\s+|our\s+|its\s+|their\s+)?(?:next\s+)?"
    r"(?:[\w’'-]+\s+){0,2}?(?:meeting|call|AGM|session|plenum))\b"
)
# A matter to be raised at a body's meeting: "will raise it at the Area Forum", "to raise the
# parking concerns at the next Board meeting".
_RAISE_AT_RE = re.compile(
    r"(?:\b(?:will|would|to|shall|should|agreed\s+to|undertook\s+to|offered\s+to)\s+(?:\w+\s+)?"
    r"|^\W*)(?i:raise)\s+(?:[\w’'-]+\s+){0,4}?at\s+(?P<when>(?:the|a|its|their|our)\s+"
    r"(?:[\w’'-]+\s+){0,4}?(?:meeting|call|AGM|(?:[A-Z][\w’'-]+\s+)*(?:Forum|Board|Committee|Panel"
    r"|Council|Assembly|Group|Partnership)))\b(?![’'])"
)


def to_be_discussed(ctx: Context, st: str, low: str) -> Hit | None:
    """A subject left to be discussed, the sentence naming no time: "This also to be
    discussed.", "The fees will need to be considered further.", "Parking to be discussed at
    a later date.", "To be discussed at TPAC." (a phrase after it, "with the contractor",
    "under item 7", makes it something else)."""
    m = _TO_BE_DISCUSSED_RE.search(st)
    return (m.start(), None) if m else None


_TO_BE_DISCUSSED_RE = re.compile(
    r"(?i:\b(?:to|will|would|needs?\s+to|should|must)\s+(?:need\s+to\s+)?be\s+(?:also\s+|further\s+)?"
    r"(?:discussed|considered|debated|revisited))(?:\s+(?i:further|later|again|in\s+due\s+course"
    r"|at\s+a\s+(?:later|future)\s+(?:date|stage|time))"
    # "To be discussed at TPAC", "to be discussed at the retreat" (not "at length")
    r"|\s+(?i:at)\s+(?:(?i:the)\s+)?(?:[A-Z][\w/-]*|(?i:f2f|face-to-face|retreat|offsite|away\s*day"
    r"|summit))(?:\s+[\w/-]+){0,2})?\W*$"
)


_BE_CONSIDERED_RE = re.compile(
    r"\b(?:will|would|to|should|shall|could|may|might|can)\s+be\s+(?:further\s+|formally\s+)?"
    r"(?:considered|discussed|debated|revisited|reconsidered|re-considered|presented|brought"
    r"|tabled|received|scrutinised|scrutinized|returned\s+to|decided|continued|resumed|picked\s+up"
    r"|voted\s+on|voted\s+upon)\b"
)
# Verbs as often said of work as of a discussion: the discussion only with the next
# gathering named ("To be continued next week", not "work could be picked up in April").
_RESUMED_RE = re.compile(r"\b(?:continued|resumed|picked\s+up)$")


def more_discussion(ctx: Context, st: str, low: str) -> Hit | None:
    """More discussion of the matter still to come, with or without a time: "Further
    discussion needed", "Needs more discussion", "It was noted that further discussion will be
    required about the options", "(need to discuss more on this)", "Further discussion to be
    had on the docs call later in the week", "To be confirmed and discussed further",
    "Discussion to continue", "agreed to continue the discussion". Not a
    discussion past ("After further discussion it was agreed", "further discussions had taken
    place"), none needed or only perhaps ("No further discussion was required", "if more
    discussion is needed"), a talk with someone outside
    ("further discussion with the landowner is needed") or away from the meeting ("needs more
    discussion on the mailing list")."""
    m = _MORE_DISCUSSION_RE.search(low)
    if m is None or _NEGATED_RE.search(low, max(0, m.start() - 20), m.start()):
        return None
    opened = max(low.rfind(c, 0, m.start()) for c in ",;:()")
    if _PERHAPS_RE.search(low, opened + 1, m.start()):
        return None  # "If there are areas members feel would require further discussion, ..."
    stop = CLAUSE_STOP_RE.search(low, m.end())
    clause = low[max(0, m.start() - 40) : stop.start() if stop else len(low)]
    if _ELSEWHERE_TALK_RE.search(clause):
        return None
    return m.start(), when_later(ctx, st, m.end())


# (not a noun's modifier: "more discussion time")
_DISCUSSION = (
    r"(?:discussion|debate|consideration)s?(?!\s+(?:time|slots?|space|papers?|documents?))"
)
_MORE_DISCUSSION_RE = re.compile(
    rf"\b(?:further|more)\s+{_DISCUSSION}\s+(?:(?:is|are|was|were|will\s+be|would\s+be|may\s+be"
    r"|might\s+be|to\s+be)\s+)?(?:(?:still|also)\s+)?(?:needed|required|necessary|warranted"
    r"|to\s+be\s+had|to\s+follow|to\s+come)\b"
    r"|\b(?:needs?|needed|requires?|required|merit(?:s|ed)?|warrant(?:s|ed)?|deserve[sd]?)\s+(?:some\s+)?(?:further"
    rf"|more)\s+{_DISCUSSION}\b"
    r"|\b(?:needs?|needed)\s+to\s+(?:be\s+)?discuss(?:ed)?\s+(?:(?:this|it|that|these)\s+)?"
    r"(?:more|further)\b"
    r"|\b(?:and|be)\s+discussed\s+further\b"
    # the discussion to go on: "Discussion to continue", "the conversation will continue at the
    # F2F", "agreed to continue the discussion" (not "Discussion continued about the hedges")
    r"|\b(?:discussion|debate|conversation)s?\s+(?:will|would|shall|to|is\s+to|are\s+to|needs?\s+to"
    r"|should)\s+(?:be\s+)?(?:continued|resumed|continue|resume)\b"
    r"|\b(?:will|would|shall|to|let[’']?s|we[’']ll)\s+(?:continue|resume)\s+(?:the|this|that|our"
    r"|its)\s+(?:[\w’'-]+\s+){0,2}?(?:discussion|debate|conversation)\b"
)
# None needed: "no further discussion", "without more debate".
_NEGATED_RE = re.compile(r"\b(?:no|not|without|nor|never|any)\s+(?:[\w’'-]+\s+){0,2}$")
# A condition (:data:`..conditions.IF_WORDS`) or an open question ("whether", "in case"): what
# follows holds only perhaps ("if more discussion is needed", "whether it needs discussion").
_PERHAPS_RE = re.compile(rf"\b(?:{IF_WORDS}|whether|in\s+case)\b")
# Those a talk "with" is the meeting's own, no party outside: "with the group", "with everyone".
_OWN_PARTY = r"group|team|committee|board|council|members|everyone|all|us"
# A talk with a party outside, or by another channel: "with the landowner", "by email", "on
# the mailing list", "on Slack" (not "with the group").
_ELSEWHERE_TALK_RE = re.compile(
    rf"\bwith\s+(?!(?:the\s+)?(?:{_OWN_PARTY}|the\s+whole)\b)[\w’'-]+"
    r"|\b(?:by|via|over|on|in)\s+(?:e-?mail|slack|discord|matrix|irc|chat|(?:the\s+)?(?:mailing"
    r"\s+)?list|github|(?:the\s+)?(?:issue|ticket|pr|pull\s+request|thread|channel))\b"
)


def decision_awaits(ctx: Context, st: str, low: str) -> Hit | None:
    """A decision the meeting puts off until it has seen or heard something: "The Committee
    would like to see the designs before giving a recommendation", "Questions should be
    answered before a decision on this is made", "Members wished to see the full costs before
    making a decision", "No decision will be taken until the survey results are known", "A
    decision will be made once all quotes are in". Not one taken already ("The Panel heard
    from the applicant before making its decision")."""
    m = _DECISION_LATER_RE.search(low)
    if m is None:
        m = _BEFORE_DECIDING_RE.search(low)
        if m is None or not _STILL_TO_SEE_RE.search(low, 0, m.start()):
            return None
    return m.start(), None


_DECISION = r"(?:final\s+)?(?:decision|recommendation)"
# "before a decision on this is made", "before making a decision", "before giving a
# recommendation".
_BEFORE_DECIDING_RE = re.compile(
    rf"\bbefore\s+(?:(?:a|any|the|its|their|our)\s+{_DECISION}\s+(?:[\w’'-]+\s+){{0,4}}?"
    r"(?:is|are|can\s+be|could\s+be|will\s+be|be)\s+(?:made|taken|reached|given)"
    r"|(?:making|giving|taking|reaching|coming\s+to)\s+(?:a|any|the|its|their|our)\s+"
    rf"{_DECISION})\b"
)
# What the meeting still wants first, before "before": "would like to see", "wished to see",
# "should be answered", "asked for", "needs".
_STILL_TO_SEE_RE = re.compile(
    r"\b(?:would\s+like|wish(?:es|ed)?\s+to|want(?:s|ed)?\s+to|should|must|need(?:s|ed)?"
    r"|asked\s+(?:for|to)|requested|awaiting|to\s+be)\b"
)
# "No decision will be taken until ...", "A decision will be made once all quotes are in".
_DECISION_LATER_RE = re.compile(
    rf"\b(?:no|a|the|any|its|their|our)\s+{_DECISION}\s+(?:[\w’'-]+\s+){{0,4}}?(?:will|would|can"
    r"|could|shall|is\s+to|to)\s+(?:not\s+|only\s+)?be\s+(?:made|taken|reached)\s+(?:until|till|once"
    r"|when|after|pending)\b"
)


def left_for_later(ctx: Context, st: str, low: str) -> Hit | None:
    """Business left to be taken up later, no time named: "To discuss later once the room is
    settled", "a matter for the full Council to decide later", "Item for later: lighting",
    "we will come back to this later". Not "later in the meeting", "later today", "two weeks
    later" (a time past), nor what was done later ("it was discussed later")."""
    if "later" not in low:
        return None
    m = _FOR_LATER_RE.search(low)
    return (m.start(), "later") if m else None


_CUE = r"\b(?:to|will|would|shall|should|must|let[’']?s|we[’']ll)\s+"
_FOR_LATER_RE = re.compile(
    rf"(?:{_CUE}be\s+(?:discussed|decided|considered|revisited|looked\s+at|returned\s+to|picked\s+up"
    r"|dealt\s+with|addressed|agreed|finali[sz]ed|debated)"
    rf"|(?:{_CUE}|^\W*)(?:discuss|decide|consider|revisit|look\s+at|come\s+back\s+to|return\s+to"
    r"|pick\s+(?:\w+\s+)?up|talk\s+about|deal\s+with|address|agree|finali[sz]e|debate))"
    r"\s+(?:[\w’'-]+\s+){0,4}?later\b(?!\s+(?:in|on|at|this|that|today|tonight|than|the)\b)"
    # (not with a party outside: "discuss later with the vendor")
    rf"(?!\s+with\s+(?!(?:the\s+)?(?:{_OWN_PARTY})\b))"
    r"|\b(?:items?|matters?|topics?|business|one)\s+for\s+later\b"
)


def returned_to(ctx: Context, st: str, low: str) -> Hit | None:
    """The meeting's own return to the matter, no time named: "We'll revisit this.", "Let's
    park it.", "We can get back to that", "Let us pick it back up", "Parking this for now.",
    "Punting for now" (the group, or a note; the matter as a pronoun or the item itself, and
    nothing after it but "for now": not "we'll get back to you", "let's park the van in the
    yard")."""
    m = _RETURNED_TO_RE.search(low)
    return (m.start(m.lastgroup or 0), None) if m else None


_FOR_NOW = r"for\s+(?:now|the\s+moment|the\s+time\s+being)"
# Who returns: "we", "let's", or a note in the future's form ("will revisit", "to revisit").
_GROUP = (
    r"(?:\b(?:we|let[’']?s|let\s+us)\s+(?:(?:will|shall|can|could|should|must)\s+)?"
    r"|\bwe[’']ll\s+|^\W*(?:will|to)\s+)"
)
_RETURNED_TO_RE = re.compile(
    rf"(?:{_GROUP}(?P<cue>revisit|reconsider|come\s+back\s+to|get\s+back\s+to|return\s+to"
    r"|pick\s+(?:it|this|that)\s+(?:back\s+)?up|park|table|punt|defer|postpone|hold\s+off\s+on)"
    r"(?:\s+(?:it|this|that|these|them|the\s+(?:matter|item|topic|issue|question|discussion"
    r"|idea|proposal)))?(?:\s+(?:again|then|" + _FOR_NOW + "))?"
    r"|(?:^|[;,:–—]\s*|\s-\s+)\W*(?P<note>parking|punting|tabling|deferring|postponing)"
    r"(?:\s+(?:it|this|that|these|them))?\s+" + _FOR_NOW + r")\W*$"
)
