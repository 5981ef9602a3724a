"""Follow-ups that come back or go to a body: "report back to the Board in 2 months",
"bring a costed proposal to the Board", "for consideration by the Cabinet", "Members
requested a further report in six months' time"."""

from __future__ import annotations

import re

from ..actions.lexicon import is_base_verb
from ..context import Context
from ..keywords import Alternatives, holds_any
from .common import FORWARD_RE, NEXT_GATHERING, Hit, later, looks_ahead, when_later

_BACK_RE = re.compile(
    r"\b(?:come|coming|comes|brought|bring|bringing|report|reporting|feed|feeding|return"
    r"|returning|be\s+brought|check|checking|circle|circling)\s+back\b(?!\s+(?:any\s+|their\s+|your\s+)?(?:thoughts|comments"
    r"|views|suggest\w*|changes|ideas|input)\b)"
    # "look into it and get back to the committee" (not "get back on track", "get back to
    # normal", "get back the deposit")
    r"|\b(?:get|gets|getting)\s+back\b(?!\s+(?:on|in|into|onto|up|the|their|his|her|its|our|my"
    r"|to\s+(?:normal|work|basics|business|school)))"
    # "feedback" as a verb: "PMs to feedback to group once known" (not "respond to feedback
    # from residents")
    r"|\b(?:to|will|would|should|shall|can|could)\s+feedback(?=\s+(?:to|at|once|when|after|in)\b"
    r"|\W*$)"
    # "go back to the Board", not "funds may go back to the parish"
    # "bring a proposal back to the group", "bring it back in March"
    r"|\b(?:bring|bringing|brought|be\s+brought)\s+(?:(?:it|this|these|them|that|the|a|an|its"
    r"|their|[\w-]+)\s+){1,3}?back\b"
    r"|\b(?:go|going)\s+back\s+to\s+(?:the\s+)?(?:[a-z]+\s+)?(?:board|committee|panel|cabinet"
    r"|council|meeting|group|forum)\b"
    # "directed officers to return with a revised proposal": a paper to come back with
    r"|\b(?:to|will|would|should|shall|could)\s+return\s+with\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:proposals?|options?|report|recommendations?|plans?|figures|costings?|quot\w+|details"
    r"|information|update|scheme|designs?|drafts?|answers?|evidence)\b"
    # "the application will be resubmitted in April", "resubmit it to the next meeting"
    r"|\b(?:to|will|would|should|shall|could|may)\s+(?:be\s+)?re-?submit(?:ted)?\b"
    # "A further paper will come forward in the autumn"
    r"|\b(?:to|will|would|should|shall|could)\s+(?:be\s+brought|come)\s+forward\b"
)
# Someone or something coming back, not business: "comes back on Friday", "come back on"
# (switched on) with no cue that looks forward before it.
_COME_BACK_RE = re.compile(
    r"(?:come|comes|coming)\s+back\b(?!\s+(?:to|with|before|in\s+(?:the\s+)?(?:new|spring|summer"
    r"|autumn|winter|\w+\s+(?:weeks|months))|at\s+(?:the|a)\s))"
)
# A person or people as who comes back: "Chandi might come back", "ask Tim to come back onto
# the committee", "The children and their parents are coming back to meeting".
_PERSON_RETURNS_RE = re.compile(
    r"(?:\b(?!(?:This|That|These|Those|It|We|They|Item|Items|Matter|Report|Paper|Topic|Issue"
    r"|Proposal|Plan|Officers?|Staff|Council|Committee|Board|Panel|Group)\b)[A-Z][a-z]+|\b(?:children"
    r"|parents|families|people|he|she|volunteers|residents|students|visitors|guests))\s+"
    r"(?:(?:are|is|will|would|might|may|could|should|to|can|must)\s+)?(?:be\s+)?(?:coming|come"
    r"|comes)\s+back\b"
)
# A thing restored, not business come back: "bring them back into use", "back into service",
# "back to life".
_BACK_INTO_USE_RE = re.compile(
    r"\s+(?:in\s*to|onto|on\s*line|online|to\s+life|to\s+(?:full\s+)?(?:use|health|service"
    r"|working\s+order))\b"
)
# A thing revived, not business brought back: "bring back the quiz nights", "bring back
# Interest Groups" (not "bring back a costed proposal", "bring back figures"): what follows
# "back" is no paper.
_REVIVED_RE = re.compile(
    r"(?:bring|brings|bringing|brought)\s+back\s+(?!(?:to|with|in|at|for|on|by|before|next"
    r"|here|later|it|this|that|them|these)\b)"
    r"(?!(?:(?:a|an|the|some|any|more|further|revised|costed|full|final|detailed|written|new)\s+)*"
    r"(?:[\w-]+\s+){0,2}?(?:reports?|proposals?|figures|costings?|costs|options|plans?"
    r"|recommendations?|details|updates?|quot\w+|information|findings|answers?|drafts?"
    r"|feedback|comments|views|numbers|results|suggestions?|ideas|responses?|papers?|evidence"
    r"|estimates?|prices|budget|accounts|minutes|designs?|sketch\w*|list)\b)[a-z]"
)
# People offering themselves, not a paper coming to a meeting: "more volunteers will come
# forward", "if anyone would come forward to help".
_PEOPLE_FORWARD_RE = re.compile(
    r"\b(?:volunteers?|candidates?|people|persons?|anyone|someone|somebody|anybody|residents"
    r"|helpers?|applicants?|nominees?|individuals|parents|sponsors|(?:new\s+)?members|others"
    r"|businesses|groups|organisations|organizations)\s+(?:[a-z’']+\s+){0,2}?come\s+forward\b"
)
# What makes a person's return business: "come back with a proposal", "to the Board".
_BUSINESS_BACK_RE = re.compile(
    r"\s+(?:with|to\s+(?:the\s+)?(?:board|committee|council|panel|group|cabinet|meeting\s+with)"
    r"|on\s+(?:this|the\s+\w+)\s+(?:at|to|in)\b)"
)
_CUE_BEFORE_RE = re.compile(
    r"(?:\b(?:will|would|shall|should|could|may|might|to|can)|[’']ll)\s+(?:\w+\s+)?$"
)
# Whom something comes back to: a body, its members or its meeting, or the meeting to the
# matter ("come back to this"); else a party outside ("report back to the contractor").
_BACK_TO_RE = re.compile(
    r"\s+to\s+(?P<whom>(?:(?!(?i:or|but|which|who|that|so|as|when|if|because|in|on|at|by|for)\b"
    r"|and\s+[a-z])[\w’'&-]+\s*){1,6})"
)
_MEETING_OR_MATTER_RE = re.compile(
    r"\b(?:council|committee|board|panel|cabinet|group|meeting|members|councillors|trustees"
    r"|governors|directors|forum|partnership|assembly|executive|sub-committee|subcommittee|us"
    r"|this|it|that|these|matter|issue|item|subject|question|topic|point|next|future|later"
    r"|agenda|wg|sig|team|plenum|meetings|session|call|steering|commission|authority|all)\b"
)
# What a board or panel is that is no body: "notice board", "solar panel".
_THINGS = (
    r"(?:notice|bulletin|display|information|info|message|sign|interpretation|welcome|solar"
    r"|control|fence|fencing|floor|skirting|white|black|dart|score|key|ironing|chopping)"
)
_BODY = (
    # (lower case, its kind perhaps before it: "the governing board", "the finance committee";
    # not a board or panel one puts things on: "the notice board", "the control panel")
    r"(?:Cabinet|Board|Committee|Panel|Council|Executive|(?<=the\s)(?:(?!"
    + _THINGS
    + r"\s)[a-z]+\s+)?"
    r"(?:board|committee|panel)"
    r"|(?:[A-Z][\w’'&-]*\s+(?:(?:and|&|of|for)\s+)?){1,6}"
    r"(?:Board|Committee|Panel|Council|Group|Partnership|Forum))\b"
    # "the Board's web presence", "the County Council highways department", "the Council
    # offices": not its meeting
    r"(?![’']|\s+(?:[a-z]+\s+){0,2}(?:department|team|service|officers?|directorate)\b"
    r"|\s+(?i:offices?|chamber|website|building|depot|tax|house|hall)\b)"
)
# The body, "the" or "full" before it perhaps: "the Policy Committee", "Full Council".
_THE_BODY = r"(?:the\s+)?(?:(?i:full|main)\s+)?" + _BODY
# A body named, with a capital or not: "Council", "the Parish Council", "the committee".
_BODY_NAMED = (
    r"(?:(?i:full|main)\s+)?(?:[A-Z][\w’'&-]*\s+){0,4}(?:Cabinet|Board|Committee|Panel|Council"
    r"|Executive|Trustees|Group|Forum|board|committee|panel|council|trustees|members)"
)
_TO_BODY_RE = re.compile(
    r"\b(?:bring|present|submit|report|take|return"
    r"|be\s+brought|be\s+presented|be\s+submitted|be\s+reported|be\s+taken|be\s+given"
    r"|be\s+provided|come|go|goes|refer|be\s+referred|referred|escalate|be\s+escalated"
    r"|(?P<update>update|updates|an\s+update|progress\s+report))"
    r"\s+(?:[\w’'-]+,?\s+){0,8}?to\s+(?:the\s+|a\s+)?" + _BODY + r"|"
    # "It would come before the committee again", "be put before Full Council"
    r"\b(?:come|comes|coming|go|goes|be\s+brought|be\s+put|be\s+laid|be\s+placed)\s+(?:back\s+)?"
    r"before\s+" + _THE_BODY
)
# "the report to the Board", "the full report is sent to the Committee", "everyone present to
# the meeting": a noun or an adjective.
_NOT_A_VERB_RE = re.compile(
    r"(?i)\b(?:the|a|this|its|one|everyone|those|members|all)\s+(?:full|final|whole|draft|annual|written"
    r"|last|previous|latest|recent|earlier)?\s*$"  # "since the last report to the Committee"
)
# A standing duty, not one occasion: "the requirement of X to", "the duty on officers to".
_STANDING_DUTY_RE = re.compile(
    r"(?i)\b(?:requirements?|duty|duties|obligations?)\s+(?:for|of|on|upon)\s+[^.;]{1,80}?\bto\s+$"
)
_PARTICIPLE_TO_BODY_RE = re.compile(
    r"\b(?:presented|submitted|brought|taken|referred|reported)\s+(?:[\w’'-]+,?\s+){0,4}?to\s+"
    + _THE_BODY
)
_TO_BE_BEFORE_RE = re.compile(r"\b(?:should|will|would|shall|must|could|to)\s+be\b[^.;]*$")
_REPORT_TO_BODY_ANYWHERE = (
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
    # a paper seen before it goes on: "received ahead of its submission to Council" (not
    # "following its submission to Council": gone; nor "a form for submission to the Group": a
    # standing process)
    r"|\b(?:ahead\s+of|before|prior\s+to|pending)\s+(?:its\s+|their\s+|the\s+)?(?:final\s+"
    r"|formal\s+)?submission\s+to\s+" + _THE_BODY
)
# The label an outcome may open with: "RESOLUTION: Recommendation to Full Council ...".
_OUTCOME_LABEL = r"(?:(?i:resolution|resolved|decision|agreed)\s*[:–—-]\s*)?"
# an outcome sending the matter on: "Referred to the Policy Committee.", "RECOMMENDED to
# Council that ...", "Recommend to Council that ...", "Recommendation to Full Council: ...",
# "Recommendation to Council for the hall to ...", "agreed to recommend to Cabinet"
_REPORT_TO_BODY_OPENING = (
    r"|^\W*"
    + _OUTCOME_LABEL
    + r"(?i:referred|recommended|recommend)\s+to\s+"
    + _THE_BODY
    + r"|^\W*"
    + _OUTCOME_LABEL
    + r"(?i:recommendation)\s+to\s+"
    + _THE_BODY
    + r"\s*(?:[:–—]|(?:for|that)\s)"
)
_REPORT_TO_BODY_LATER = (
    r"|\b(?:agreed|resolved|decided|voted)\s+to\s+recommend\s+to\s+"
    + _THE_BODY
    # a matter the body is still to settle: "this should be voted on by the committee", "the
    # proposal will be put to a vote of the members", "a draft FAQ to be discussed by the WG",
    # "the terms to be agreed by the Board" (not "agreed by the group": done; "decisions can
    # only be made by the full council": its standing rule)
    + r"|\b(?:should|will|would|shall|must|to)\s+(?:then\s+|first\s+|further\s+)?be\s+"
    r"(?:voted\s+on|put\s+to\s+(?:a\s+)?vote\s+(?:of|by)|(?:decided|discussed|considered|agreed"
    r"|approved|ratified|endorsed|debated|signed\s+off)(?:\s+on|\s+upon)?)\s+(?:by\s+)?"
    r"(?:the\s+)?(?:(?i:full|whole)\s+)?(?:(?i:board|committee|panel|cabinet|council"
    r"|trustees|members|membership|steering\s+group|working\s+group|group|agm)"
    r"|(?-i:[A-Z]{2,5}))\b"
)
# The whole pattern at the sentence's start, elsewhere without the outcomes that open it
# (:class:`.keywords.Alternatives`).
_REPORT_TO_BODY = Alternatives(
    "^(?:" + _REPORT_TO_BODY_ANYWHERE + _REPORT_TO_BODY_OPENING + _REPORT_TO_BODY_LATER + ")",
    _REPORT_TO_BODY_ANYWHERE + _REPORT_TO_BODY_LATER,
)
# A paper made for a body to settle, the body in the possessive or before its noun, or the
# subject after the paper: "for the Council's consideration", "for Committee approval",
# "options for the Board to consider" (not "funding for the Council to review its website").
_FOR_THE_BODY_RE = re.compile(
    r"\bfor\s+(?:the\s+)?" + _BODY_NAMED + r"(?:[’']s)?\s+(?:consideration|approval|decision)\b"
    r"|\b(?:options|proposals?|report|paper|plan|draft|recommendations?|costings|quotes?|figures"
    r"|wording|policy|document|details)\s+for\s+the\s+" + _BODY_NAMED + r"\s+to\s+(?:consider"
    r"|approve|decide|review|discuss)\b"
)
# Words one of which every _REPORT_TO_BODY match holds (in the lower-cased sentence).
_REPORT_TO_BODY_WORDS = (
    "report", "consideration", "discussion", "decision", "recommend", "referred", "agm",
    "annual general meeting", "voted on", "to a vote", " by ", "submission",
)  # fmt: skip
_FOR_THE_BODY_WORDS = ("consideration", "approval", "decision", " to ")
# "officers would update the Board in the spring", "she will inform the Commission of the
# figures in the near future": the body told at a later meeting.
_UPDATE_BODY_RE = re.compile(
    r"\b(?:will|would|to|shall|should|could)\s+(?:\w+\s+)?(?:update|inform|advise|brief)\s+"
    r"(?:the\s+)?(?:Board|Committee|Panel|Cabinet|Council|Commission|Trustees|Group|group|members"
    r"|Members|councillors|Councillors)\b"
    r"[^.;]{0,80}?\b(?:in|at|by|within|during)\s+"
)


# The meeting's body or its officers as who asks or comes back: "The Committee requested
# that officers come back with options", "Officers to report back": it comes back to it.
_ASKED_BY_BODY_RE = re.compile(
    r"\b(?:Committee|Board|Panel|Council|Cabinet|Members|Trustees|Governors|Forum|Executive)\s+"
    r"(?:requested|asked|agreed|resolved|instructed|directed|requires|required)\b"
    r"|\b[Oo]fficers\s+(?:(?:will|would|should|to|were\s+asked\s+to)\s+)?$"
)
# A person's own return, their task unless it names whom or when: "report back", "feed back",
# "circle back", "come back with a proposal".
_OWN_RETURN_RE = re.compile(r"(?:check|checking|circle|circling)\s+back\b")


def back_to(ctx: Context, st: str, low: str) -> Hit | None:
    """Something coming back: "report back to the Board in 2 months", "the draft could come
    back to the Board in March", "this will be brought back", "Officers to feed back in the
    spring", "look into it and get back to the committee", "to feedback to group once known",
    "officers to return with costed options", "the application will be resubmitted",
    "a further paper will come forward in the autumn", a person's "report back" or "come back
    with a quote" after a task (what they find comes back to the next meeting: "Bob will look
    at the car park and report back"), and the group's own note to come back ("no Sri today,
    circle back", "we'll circle back on this"). Not someone's "check back" or "circle back"
    naming no body and no time (their own errand: "Sam will circle back"), nor a person
    returning ("Chandi might come back during the week")."""
    if not any(w in low for w in ("back", "return with", "submit", "forward")):
        return None
    m = _BACK_RE.search(low)
    if m is None:
        return None
    before = low[max(0, m.start() - 30) : m.start()]
    if before.endswith("not ") or (
        _COME_BACK_RE.match(low, m.start()) and not _CUE_BEFORE_RE.search(before)
    ):
        return None  # "Bodhi comes back on Friday", "one heater would not come back on"
    if _PERSON_RETURNS_RE.search(
        st, max(0, m.start() - 40), m.end()
    ) and not _BUSINESS_BACK_RE.match(low, m.end()):
        return None  # "Chandi might come back during the week": a person returning
    if _BACK_INTO_USE_RE.match(low, m.end()):
        return None  # "to bring empty homes back into use": a thing restored, not business
    if _REVIVED_RE.match(low, m.start()) and not _whom_or_when(ctx, st, m.end()):
        return None  # "Phil is going to bring back the quiz nights": a thing revived
    if _PEOPLE_FORWARD_RE.search(low, max(0, m.start() - 40), m.end()):
        return None  # "hoped that more volunteers would come forward": people offering
    to = _BACK_TO_RE.match(st, m.end()) if len(st) == len(low) else None
    if to and to_outside(st, m.end()):
        return None  # "report back to the contractor", "feed back to residents"
    if (
        to is None
        and _OWN_RETURN_RE.match(low, m.start())
        and not _whom_or_when(ctx, st, m.end())
        and not _ASKED_BY_BODY_RE.search(st, 0, m.start())
        and not _group_returns(low, m.start(), m.end())
    ):
        return None  # "Sam will check back with the club": Sam's errand, no meeting named
    return m.start(), None


# Who opens a clause of coming back that is the group's: no one ("no Sri today, circle
# back", "Circle back on this"), or "we" ("we'll circle back", "let's circle back").
_GROUP_OPENS_RE = re.compile(
    r"(?:\W*|.*[,;:(–—]\s*|.*\s-\s+)(?:(?:we|we[’']ll|let[’']?s|we\s+(?:will|can|should|shall))\s+)?$"
)
_WITH_SOMEONE_RE = re.compile(r"\s+with\b")


def _group_returns(low: str, cue: int, end: int) -> bool:
    """Whether a "circle back" or "check back" naming no body and no time is the group's own
    note to come back to the matter, its clause opening with the cue or "we" (see
    :data:`_GROUP_OPENS_RE`), not someone's errand with a party ("circle back with the club")."""
    return _GROUP_OPENS_RE.fullmatch(low, 0, cue) is not None and not _WITH_SOMEONE_RE.match(
        low, end
    )


def to_outside(st: str, pos: int) -> bool:
    """Whether the words after ``pos`` send something to a party outside the meeting ("to
    the contractor", "to residents"), not to a body, its meeting or the matter."""
    to = _BACK_TO_RE.match(st, pos)
    return to is not None and not _MEETING_OR_MATTER_RE.search(to.group("whom").lower())


def _whom_or_when(ctx: Context, st: str, pos: int) -> bool:
    """Whether the words after ``pos`` name a body or meeting something goes to ("report back
    on the options to the next meeting"), or the sentence a time to come ("in two months",
    "next week")."""
    for to in _BACK_TO_RE.finditer(st, pos):
        if _MEETING_OR_MATTER_RE.search(to.group("whom").lower()):
            return True
    return when_later(ctx, st, 0) is not None


def to_the_body(ctx: Context, st: str, low: str) -> Hit | None:
    """Something taken to a body's meeting: "bring a costed proposal to the Board",
    "present a draft strategy for consideration by the Health and Wellbeing Board in March",
    "a further report to the Cabinet", "recommended to the County Council for approval",
    "officers would update the Board in the spring", "she will inform the Commission of the
    figures in the near future", "We recommend that Meeting approve
    this expense", "this should be voted on by the committee", "will draft a reply for the
    Council's consideration"."""
    m = None
    if " to " in low or " before " in low:
        for m in _TO_BODY_RE.finditer(st):
            if not _NOT_A_VERB_RE.search(st, max(0, m.start() - 20), m.start()):
                break
        else:
            m = None
    if m is not None and m.group("update") and not FORWARD_RE.search(low) and not looks_ahead(st):
        m = None  # "Didac provided an update to the board": done, not to come
    if m is None and holds_any(low, _REPORT_TO_BODY_WORDS):
        m = _REPORT_TO_BODY.search(st)
    if m is None and holds_any(low, _FOR_THE_BODY_WORDS) and looks_ahead(st):
        m = _FOR_THE_BODY_RE.search(st)  # (not "was submitted for the Board's approval in May")
    if m is None and ("update" in st or "inform" in st or "advise" in st or "brief" in st):
        m = _UPDATE_BODY_RE.search(st)
    m = m or _asked_of_body(st)
    if m is None and " to " in low:
        m = _meeting_to_settle(st)
    if m is None and (" be " in low or "should" in low):
        m = _participle_to_body(st)
    if m is not None and _STANDING_DUTY_RE.search(st, max(0, m.start() - 100), m.start()):
        return None  # "the requirement of Portfolio Holders to present statements to the
        # Committee": a standing rule, not something to come back
    return (m.start(), None) if m else None


# A later meeting that is to settle the matter, in a note: "AGM to confirm.", "the AGM to
# ratify", "Full Council to approve", "next meeting to decide".
_MEETING_TO_SETTLE_RE = re.compile(
    r"(?i)\b(?:AGM|EGM|annual\s+(?:general\s+|parish\s+)?meeting|full\s+council"
    r"|next\s+(?:[\w-]+\s+)?meeting)\s+to\s+(?:confirm|ratify|approve|decide|agree|endorse"
    r"|consider|vote\s+on|sign\s+off|finali[sz]e)(?:\s+(?:this|it|these|them|that))?\s*(?:[.;,)]|$)"
)
# Where the meeting is a place or a time, not the one to settle it: "invited to the AGM to
# vote", "before the next meeting to approve", "re-elected at the AGM to ...".
_PREPOSITION_BEFORE_RE = re.compile(
    r"(?i)\b(?:at|to|until|till|before|by|for|from|since|after|in|of)\s+(?:the\s+|an?\s+|its\s+)?$"
)


def _meeting_to_settle(st: str) -> re.Match[str] | None:
    """A later meeting named as the one to settle the matter ("AGM to confirm.", "Full
    Council to approve"); not one named after a preposition ("invited to the AGM to vote")."""
    for m in _MEETING_TO_SETTLE_RE.finditer(st):
        if not _PREPOSITION_BEFORE_RE.search(st, max(0, m.start() - 12), m.start()):
            return m
    return None


def _asked_of_body(st: str) -> re.Match[str] | None:
    """What is asked of a body in the subjunctive, business for its meeting: "We recommend
    that Meeting approve this expense", "asked that Council consider a grant", "recommended
    that the Cabinet reconsider its response"."""
    if "that" not in st:
        return None
    for m in _ASKED_OF_BODY_RE.finditer(st):
        if m.group("verb") != "be" and is_base_verb(m.group("verb")):
            return m  # not "asked that the Committee be given a breakdown": a request
    return None


# "recommend that Meeting approve", "asked that the Council consider": a body, then a verb.
_ASKED_OF_BODY_RE = re.compile(
    # (not "proposed that the Council subscribe": a motion put to this meeting)
    r"\b(?:recommend|recommends|recommended|ask|asks|asked|request|requests|requested)\s+that\s+(?:the\s+)?(?:(?i:full|main)\s+)?(?:Meeting|Council|Cabinet|Board"
    r"|Committee|Executive|Trustees|Assembly|Governors|Panel|(?:[A-Z][\w’'&-]*\s+){1,4}(?:Council"
    r"|Committee|Board|Panel|Meeting|Group|Forum))\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\b"
)


def _participle_to_body(st: str) -> re.Match[str] | None:
    """A paper to be taken to a body, its verb a participle after an earlier "be": "a plan
    should be drawn up, and presented to main Council for approval"."""
    for m in _PARTICIPLE_TO_BODY_RE.finditer(st):
        if _TO_BE_BEFORE_RE.search(st, max(0, m.start() - 120), m.start()):
            return m
    return None


def further_report(ctx: Context, st: str, low: str) -> Hit | None:
    """A report or update asked for at a time to come: "Members requested a further report in
    six months' time", "The Committee requested a report on exclusions", "a progress update
    would be given in the new year", "The Panel will receive the final report in January",
    "the Working Group would report in due course", and an action log's note "Update in 3
    months", "Follow-up in two weeks", "More to come on timing", "TBD next call"; and what
    the meeting is to see or decide at a time to
    come ("asked to see the final figures in June", "will be asked to approve it in May",
    "The Forum will be asked to make a final recommendation on 9 February"), and reports
    to come as it arrives ("further reports would be made as information becomes
    available")."""
    more = _MORE_TO_COME_RE.match(low)
    if more is not None:
        return 0, later(ctx, st, more.end())
    more = _MORE_NEXT_RE.search(low) if "next" in low else None
    if more is not None:
        return more.start("more"), st[more.start("when") : more.end()]
    talk = _DISCUSSION_NOTE_RE.match(low) if "discussion" in low else None
    if talk is not None:
        return 0, st[talk.start("when") : talk.end("when")]
    note = _NOTE_RE.match(low)
    if note and len(low.split()) <= 8:
        when = when_later(ctx, st, note.end())
        return (0, when) if when else None
    asked = _ASKED_FOR_REPORT_RE.search(low)
    if asked and asked.group("paper") != "update":
        return asked.start(), later(ctx, st, asked.end())  # "requested a report on ..."
    body = _BODY_ASKS_RE.search(st) if asked or "receive" in low else None
    if body is not None:
        return body.start(), later(ctx, st, body.end())  # "The Panel requested an update on
        # the library review": the body's, so at a meeting to come (not a member's question)
    due_course = _IN_DUE_COURSE_RE.search(low)
    if due_course:
        return due_course.start(), due_course.group("when")  # "would report in due course"
    m = (
        asked
        or _FURTHER_REPORT_RE.search(low)
        or _BODY_RECEIVES_RE.search(st)
        or _TO_SEE_LATER_RE.search(low)
        or _PAPER_GIVEN_RE.search(low)
    )
    if m is None or not FORWARD_RE.search(low):
        return None
    when = when_later(ctx, st, m.end())
    return (m.start(), when) if when else None


_FURTHER_REPORT_RE = re.compile(
    r"\b(?:further|progress|follow-up|follow\s+up|updated?|final|full|another|interim|detailed"
    r"|annual|written)\s+(?:[\w-]+\s+){0,2}?(?:report|update|paper|briefing|presentation"
    r"|review)s?\b|\ban\s+update\b"
)
_BODY_RECEIVES_RE = re.compile(
    r"\b(?:Board|Committee|Panel|Cabinet|Council|Members|members|Group|Forum|Partnership|it)\s+"
    r"(?:will|would|shall|should|wished\s+to|wanted\s+to|would\s+like\s+to|asked\s+to"
    r"|agreed\s+to|to)\s+(?:receive|consider|see|scrutinise|scrutinize)\b"
    # "The Forum will be asked to make a final recommendation on 9 February"
    r"|\b(?:Board|Committee|Panel|Cabinet|Council|Members|members|Group|Forum|Partnership"
    r"|Trustees|Governors|Assembly)\s+(?:will|would|shall)\s+be\s+asked\s+to\s+[a-z]+"
)
# A paper given to or received by the meeting, read with a time to come after it: "members
# would be glad to receive the audit report in May", "the Tree Warden would be asked to give a
# short report in June", "will give a presentation on the trial at the next meeting".
_PAPER_GIVEN_RE = re.compile(
    r"\b(?:receive|provide|give|present|submit|deliver|bring)\s+(?:a|an|the|their|its|his|her)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:report|update|presentation|briefing|paper)s?\b"
)
# The meeting to see or decide something at a later time: "asked to see the final figures in
# June", "Members will be asked to approve the final version in May" (with a time: read by
# further_report).
_TO_SEE_LATER_RE = re.compile(
    r"\b(?:asked|wished|wanted|would\s+like|requested)\s+to\s+see\b"
    r"|\b(?:will|would|shall)\s+be\s+asked\s+to\s+(?:approve|agree|adopt|consider|note|endorse"
    r"|ratify|decide|sign\s+off|comment)\b"
)
# "The Committee requested a report on school exclusions": a paper asked of a later meeting.
_ASKED_FOR_REPORT_RE = re.compile(
    r"\b(?:requested|asked\s+for|would\s+like|wished\s+to\s+(?:see|have|receive)|requires?)\s+"
    r"(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?P<paper>report|briefing|paper|presentation|update)\b"
)
# The body asking for a paper: "The Panel requested an update on ...", "Members agreed to
# receive a report on ...", a resolution's "That the Committee receive a further report on
# ..." (not "the Committee receives a report each quarter": its practice).
_ASKING_BODIES = (
    "Board|Committee|Panel|Cabinet|Council|Members|Forum|Partnership|Trustees|Governors"
)
_BODY_ASKS_RE = re.compile(
    rf"(?:\b(?:{_ASKING_BODIES}|members)\s+(?:also\s+)?(?:requested|asked\s+for"
    r"|(?:asked|agreed|wished|would\s+like)\s+to\s+receive)"
    rf"|\b(?i:that)\s+(?:the\s+)?(?:{_ASKING_BODIES})\s+receive"
    # a body in the singular with "receive": the subjunctive, its "That" spaced out or left
    # off a resolution's numbered point ("(2) T H A T the Committee receive a further report")
    r"|\b(?:Board|Committee|Panel|Cabinet|Council|Forum|Partnership)\s+receive)"
    r"\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:report|briefing|paper|presentation|update)s?\b"
)
# "Update in 3 months.", "Further report to come in the new year.": a note with no verb.
# A report to come at a time not named: "the Working Group would report in due course", "will
# update Members at a later stage".
_IN_DUE_COURSE_RE = re.compile(
    r"(?:\b(?:will|would|to|shall|should)\s+(?:\w+\s+)?(?:report|update|brief|feed\s+back)\b"
    # "further reports would be made as information becomes available"
    r"|\b(?:reports?|updates?|briefings?)\b[^.;]{0,60}?\b(?:will|would|to|shall|should)\s+be"
    r"\s+(?:made|given|provided|brought|presented|submitted)\b)"
    r"[^.;]{0,60}?\b(?P<when>in\s+due\s+course|at\s+a\s+later\s+(?:date|stage)|in\s+the\s+coming"
    r"\s+(?:weeks|months)|(?:as|when)\s+(?:and\s+when\s+)?(?:more\s+|further\s+|new\s+)?"
    r"(?:information|details|news)\s+(?:becomes?|is|are)\s+available)"
)
_NOTE_RE = re.compile(
    r"\W*(?:an?\s+)?(?:further\s+|progress\s+|full\s+)?(?:update|report|briefing|review)s?\b"
    # "Follow-up in two weeks", not "Follow up with the supplier in May" (a task)
    r"|\W*follow[\s-]?up(?=\s+(?:in|at|next|after|discussion)\b)"
    # "Status update next week", "Needs more discussion next call", "Vote next week",
    # "Check in again in a month"
    r"|\W*(?:status\s+update|(?:needs?\s+)?(?:more|further)\s+discussion|vote|check[\s-]in)\b"
    # a settling noted with its time: "Decision next week", "Formal vote next month", "Final
    # decision at the next call" (not a label: "Decision: ship it next week")
    r"|\W*(?:(?:a|the)\s+)?(?:(?:final|formal|firm|group)\s+)?(?:decision|vote)\b(?!\s*[:–—-])"
    # still to settle, its time after: "TBD in January", "TBC at the AGM" (not "Date TBC")
    r"|\W*(?:tbd|tbc|tba|to\s+be\s+(?:decided|determined|agreed))\b(?=\s+(?:in|at|after|during)\s)"
)
# A discussion at the next gathering, a note its time closes: "Discussion next month",
# "Roadmap discussion next week", "Discussion on the fees at the next call" (not "Discussion with
# the vendor next week", "Discussion of next month's budget").
_DISCUSSION_NOTE_RE = re.compile(
    r"\W*(?:[\w-]+\s+){0,2}?discussion(?:\s+(?:on|of|about|re)\s+(?:[\w’'-]+\s+){1,4}?)?\s*"
    rf"(?:at\s+|on\s+|in\s+)?(?P<when>(?:the\s+)?next\s+{NEXT_GATHERING})\W*$"
)
# "Further details next call", "moved the card to done - more news next week",
# "Further discussion at the next call", "Some progress; more next week": more of it at the next
# gathering, a note of its own.
_MORE_NEXT_RE = re.compile(
    r"(?:^|[;:–—]\s*|\s-\s+)\W*(?P<more>(?:more|further)\s+(?:(?:updates?|details|info(?:rmation)?"
    r"|news|discussion|on\s+(?:this|it|that))\s+)?(?:at\s+|on\s+|in\s+)?(?P<when>(?:the\s+)?next\s+"
    rf"{NEXT_GATHERING}))\b(?!\s+(?:to|by|before)\b)"
)
# "More to come on timing and cost.", "TBD next call": more of it at a later meeting.
_MORE_TO_COME_RE = re.compile(
    r"\W*(?:more|further\s+(?:details|information|news))\s+(?:to\s+(?:come|follow)|at\s+(?:the\s+)?next)\b"
    rf"|\W*(?:tbd|tbc|tba)\s+(?:at\s+)?(?:the\s+)?next\s+{NEXT_GATHERING}\b"
)
