"""Candidate actions that are no task for anyone, whichever source found them: the meeting
invited to do its business there and then (declaring interests too); a standing instruction
to whoever attends (phones, microphones, the link to join); the meeting coming back to a
matter at a later meeting; an invitation to the reader; the meeting arranging its own next
meeting; a grant or an appointment the meeting made; an office taken on or kept; a refusal
or things left as they are; a trial of a way of working; an item's stated goal; the minutes
signed as the record; a step taken only if need be; a cell saying there is no task ("None",
"Noted"); a line introducing a list; a suggestion with no one to do it; an owner
read from an everyday word; a description of a state; what a report or plan says will
happen; a promise reported from before the meeting or made at an earlier one; a task misread
from "to"; a pointer to a website or to an action already on the log; a label then a link; a
thing made, given with its link; an agenda's line with its time allowed; an event's happening
or an outcome to be made read as a task; a task that only points back ("Do that"); the
meeting's own past act kept as written; a matter to come back to the meeting with no one
named to bring it; and a task a speaker tells the others in notes written as a
transcript."""

from __future__ import annotations

import re
from collections.abc import Callable

from ...model import Action, FollowUp
from ..conditions import NEED_RE
from ..context import Context, line_of, per_parse
from ..keywords import holds_any, may_hold_folded
from ..layout import AGENDA_NOTE, TIME_ALLOWED_RE, Line, paragraph_start
from ..people.words import is_name_word
from .common import ACTION_MARK_RE
from .lexicon import is_adjective, is_base_verb, is_plural_noun, is_word, verb_base
from .owners import PEOPLE_GROUPS, owner_like, past_form, role_like, self_body
from .speakers import told_in_talk


def drop_non_tasks(ctx: Context, actions: list[Action]) -> list[Action]:
    """``actions`` without those of a kind that is never a task (see :data:`NON_TASKS`)."""
    return [a for a in actions if not any(kind(ctx, a) for kind in NON_TASKS)]


def without_agenda_follow_ups(
    text: str, actions: list[Action], follow_ups: list[FollowUp]
) -> list[Action]:
    """``actions`` without a matter put on a later agenda by no one named, when a follow-up
    is made of it: "It was agreed to include on the March agenda", "Agreed to place the bins
    on the next agenda for a decision", a table's cell "Agenda item". Someone named to put it
    there ("The Clerk agreed to add to the January agenda") has a task, and so has putting
    something anywhere else ("Add the fair to the website"), what is to be done there ("Add
    to next meeting agenda to have Cara walk the group through the form") and a note marked
    as an action ("AI: add the bike rack to the agenda": the log keeps it beside the
    follow-up)."""
    placed = [
        a
        for a in actions
        if a.owner is None
        and _ON_AN_AGENDA_RE.match(a.text) is not None
        and ACTION_MARK_RE.match(text, a.start) is None
    ]
    if not placed:
        return actions
    drop = {id(a) for a in placed if any(f.start < a.end and a.start < f.end for f in follow_ups)}
    return [a for a in actions if id(a) not in drop]


_ON_AN_AGENDA_RE = re.compile(
    r"(?i)(?:further\s+|also\s+)?(?:add|include|put|place|list|carry|bring|table)\b[^.;]{0,80}?"
    r"\bagenda\b(?:\s+(?:for|of|in|at)\s(?:(?!\bto\b)[^.;]){0,40})?\W*$"
    # a table's cell saying only so: "| Beacon | Stored for now. | Agenda item |"
    r"|" + AGENDA_NOTE + r"\W*$"
)


def _the_meeting(a: Action) -> bool:
    """No owner, or the meeting itself (:func:`_meeting_itself`)."""
    return a.owner is None or _meeting_itself(a.owner)


@per_parse  # (asked of each action's owner by eight kinds of non-task)
def _meeting_itself(owner: str) -> bool:
    """ "Members", "the Panel", "addition Members" read from "In addition Members were asked
    ...", "we": the meeting itself."""
    words = owner.split()
    while len(words) > 1 and words[0].islower() and words[-1][:1].isupper():
        words.pop(0)  # not "committee members", a group of them
    return self_body(" ".join(words)) or _WE_RE.fullmatch(owner) is not None


_WE_RE = re.compile(r"(?i)all|everyone|we(?:['’](?:ll|d))?")


def interests_declared(ctx: Context, a: Action) -> bool:
    """Members reminded or asked to declare their interests, a standing item of every
    meeting: "Members were reminded to declare any interest in items on the agenda",
    "Councillors are asked to declare any disclosable pecuniary interests". One person named
    to declare at a later meeting stays a task."""
    head = (a.owner or "").split(" of ", 1)[0]  # "Members of the Council": its members
    return _DECLARE_RE.match(a.text) is not None and (
        _the_meeting(a) or is_plural_noun(head.split()[-1])
    )


_DECLARE_RE = re.compile(r"(?i)declare\b[^.;]{0,80}?\binterests?\b")


def opening_formality(ctx: Context, a: Action) -> bool:
    """The formalities that open (or close) every meeting, whoever is named to take them:
    "The Chairman to report apologies for absence", "Chair to receive declarations of
    interest", "The Chairman will open the meeting", "The Council will convene to conduct the
    following business" (a notice of the meeting's order of business). Sending apologies
    elsewhere ("Cllr Hughes to send apologies to the county forum") is a task."""
    return _FORMALITY_RE.match(a.text) is not None


_FORMALITY_RE = re.compile(
    r"(?i)(?:report|receive|note|record|accept|take)\s+(?:any\s+|the\s+)?(?:apologies"
    r"|declarations?\s+of\s+(?:\w+\s+)?interests?)\b"
    r"|(?:open|close|adjourn)\s+(?:the|this|today['’]s|tonight['’]s)\s+(?:[\w-]+\s+)?meeting\b"
    r"|convene(?:\s+(?:to|at|on|in)\b|\W*$)|conduct\s+(?:the\s+)?(?:following\s+)?business\b"
)


def attendee_instruction(ctx: Context, a: Action) -> bool:
    """A standing instruction to whoever attends, about the meeting itself (its room, devices
    and online platform), with no one named and no date: "Please ensure mobile phones are
    switched off", "Please mute your microphone when not speaking", "Sign the attendance
    sheet on arrival", "Use the following link to join the meeting", "Join the next call at
    https://...", "If you wish to speak you must register to do so", "Contact the officer
    named on the agenda"."""
    return (
        a.due is None
        and _the_meeting(a)
        and _MEETING_FURNITURE_RE.search(ctx.text, a.start, a.end) is not None
    )


_MEETING_FURNITURE_RE = re.compile(
    r"(?i)\b(?:your|their|mobile)\s+(?:mobile\s+)?(?:phones?|microphones?|mics?|cameras?"
    r"|videos?|devices?)\b|\b(?:un)?mut(?:e|ed)\b|\braise\s+(?:your\s+|a\s+)?hands?\b"
    r"|\bhand\s+function\b|\bin\s+the\s+chat\b|\b(?:attendance|sign[- ]in)\s+(?:sheet|book"
    r"|register)\b|\b(?:nearest|fire)\s+exit\b|\bfire\s+alarm\b|\bmeeting\s+id\b"
    r"|\bpasscode\b|\bdial[- ]in\b|\bjoin\s+(?:the|this|our)\s+(?:next\s+)?(?:meeting|call|webinar"
    r"|session|sync|telco)\s+(?:online|remotely|by\s+(?:phone|video)|via\b|at\s+https?://"
    r"|on\s+(?:zoom|jitsi|teams|webex|meet)\b)|\blink\s+(?:below\s+)?to\s+join\b"
    r"|\bfollowing\s+link\b|\bregister\s+to\s+(?:do\s+so|speak|attend)\b|\bofficer\s+named\b"
)


def meeting_returns_to_it(ctx: Context, a: Action) -> bool:
    """The meeting coming back to a matter at a later meeting, a follow-up and not a task:
    "We'll revisit this at the next meeting", "The Committee would return to the matter at
    a future meeting", "Action: moved to discuss at the next meeting", "No volunteers yet;
    to be revisited at the next call"; or setting aside the item in hand, said by the
    meeting or by a speaker as "we": "Priya: We will skip this", "We will come back to this
    when more people are here", "The group agreed to postpone the testing until the new
    build is ready". Someone bringing it back ("Priya to bring a proposal to the next
    meeting") has a task, and so does one person coming back to someone ("I will come back
    to you on this")."""
    if not (_the_meeting(a) or _said_as_we(ctx, a)):
        return False
    return (
        _ITEM_SET_ASIDE_RE.match(a.text) is not None
        or _PUT_OFF_UNTIL_RE.match(a.text) is not None
        or (
            bool(_RETURN_VERB_RE.match(a.text) or _RETURN_PASSIVE_RE.search(a.text))
            and _LATER_MEETING_RE.search(a.text) is not None
        )
    )


def _said_as_we(ctx: Context, a: Action) -> bool:
    """Whether the task's clause has "we" for its subject ("Priya: We will skip this"), the
    meeting speaking, whoever's label the line bears."""
    first = a.text.split(None, 1)[0] if a.text.strip() else ""
    if not first.isalpha() or "we" not in ctx.text[a.start : a.end].lower():
        return False  # (a cheap test before a pattern made for the word)
    we = rf"(?i)\bwe(?:['’]ll|\s+(?:will|shall|can|could|should|may|might|must))?\s+{first}\b"
    return re.search(we, ctx.text[a.start : a.end]) is not None


_RETURN_VERB_RE = re.compile(
    r"(?i)(?:(?:moved|deferred|postponed|carried\s+(?:over|forward))\s+to\s+)?"
    r"(?:revisit|return\s+to|come\s+back\s+to|discuss|consider|review|pick\s+(?:this|it)"
    r"\s+up|look\s+(?:again\s+)?at|continue|examine"
    # "do a close examination of the ordinance", "carry out a full review of the plan"
    r"|(?:do|carry\s+out|undertake|have)\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:examination|review"
    r"|discussion)\s+of)\b"
)
# The matter to be taken up again, after what the note says of it: "No volunteers yet; to
# be revisited at the next call", "Discussed - to be considered again in June".
_RETURN_PASSIVE_RE = re.compile(
    r"(?i)(?:^|[;:,–—-]\s*)to\s+be\s+(?:revisited|discussed|considered|reviewed|returned\s+to"
    r"|picked\s+up|brought\s+back|looked\s+at)\b"
)
# A piece of the meeting's work put off until a time or a condition: "Postpone VoiceOver
# testing until the new build is ready", "Defer the survey to June", "Hold off on the
# redesign until the funding is known".
_PUT_OFF_UNTIL_RE = re.compile(
    r"(?i)(?:postpone|defer|delay|put\s+off|hold\s+off(?:\s+on)?|pause)\s+[^.;]{1,80}?"
    r"\b(?:until|till|to|after)\b"
)
# The item in hand set aside, and nothing more to do: "Skip this", "Come back to this when
# there are more of us", "Park this topic for now", "Postpone the discussion until May".
_ITEM_SET_ASIDE_RE = re.compile(
    r"(?i)(?:skip|park|postpone|defer|come\s+back\s+to|return\s+to|revisit)\s+"
    r"(?:this|that|it|the\s+(?:item|topic|discussion|matter|point))"
    r"(?:\s+(?:item|topic|discussion|matter|point))?"
    r"(?:\s+(?:for\s+now|for\s+the\s+(?:moment|time\s+being)|later|(?:until|when|once)\b[^.;]*))?"
    r"\W*$"
)

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)
# At a later meeting, not before it ("review the draft before the next call" is a task):
# "at the next meeting", "at the March meeting", "in March" (the month of a later meeting).
_LATER_MEETING_RE = re.compile(
    r"(?i)\b(?:at|to|in|for|during)\s+(?:the\s+|a\s+)?(?:next|future|later|following|subsequent"
    rf"|another|(?-i:{_MONTH})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?)\s+(?:meeting|call|session)\b"
    r"|\bnext\s+time\b"
    rf"|\bin\s+(?-i:{_MONTH})\b(?!\s+\d)"
)


def event_happens(ctx: Context, a: Action) -> bool:
    """What is to happen, not what anyone is to do: a task read from an event's verb ("The
    fete will take place on the green" gave "Take place on the green") or from "there be"
    ("That there be a second litter pick in May"). Nobody can be chased to take place;
    someone named to arrange it ("Owen to book the green for the fete") has a task; and the
    event to be held, as the task's whole text ("A remembrance service to be held in the
    village in May"), where a task's verb comes first ("Organise a litter pick to be held in
    April")."""
    if _EVENT_VERB_RE.match(a.text) is not None:
        return True
    m = _TO_BE_HELD_RE.match(a.text)
    if m is None or a.owner is not None:
        return False
    first = m["first"].lower()
    return first in _DETERMINERS or not is_base_verb(first)


_EVENT_VERB_RE = re.compile(
    r"(?i)(?:take\s+place|be\s+held|happen|occur|there\s+(?:be|is|are|will\s+be))\b"
)
_TO_BE_HELD_RE = re.compile(
    r"(?P<first>[\w/'’-]+)\s+(?:[\w/'’-]+\s+){0,5}?(?:is\s+|are\s+)?(?:to|will)\s+be\s+held\b"
)


def outcome_to_be_made(ctx: Context, a: Action) -> bool:
    """An outcome put in the passive with no one to bring it about: "Decision to be made by
    email as some members are away", "Progress to be made there", "A choice will be made at
    the AGM". What the meeting hopes for, or will settle itself, not a task; "Owen to make a
    decision on the quotes" names who."""
    return a.owner is None and _OUTCOME_MADE_RE.match(a.text) is not None


_OUTCOME_MADE_RE = re.compile(
    r"(?i)(?:(?:a|an|the|some|any|further|more|real|good)\s+)?(?:final\s+)?(?:decisions?"
    r"|progress|choices?|agreement)\s+(?:\w+\s+)?(?:is\s+|are\s+)?(?:to|will|would|shall)"
    r"\s+be\s+(?:made|taken|reached)\b"
)


def business_of_the_meeting(ctx: Context, a: Action) -> bool:
    """The meeting or a council asked or invited to do, there and then, what a meeting does:
    "The Chairman invited Members to ask questions", "The Panel was asked to consider the
    recommendations", "Council to consider the draft budget", "The County Council to consider
    the request"; and passing a resolution, shutting out the press and public: "The Council
    to pass a resolution to exclude the press and public". Given a date ("Members were asked
    to send comments to the Clerk by 14 March") it is a task, and so is a council's work
    ("The Council to add the fair to the website") and a committee asked to consider
    something ("Request that the Finance committee consider the loan")."""
    if a.due is not None:
        return False
    if _RESOLUTION_RE.match(a.text) is not None:
        return True
    return (
        _the_meeting(a) or _COUNCIL_RE.fullmatch(a.owner or "") is not None
    ) and _MEETING_BUSINESS_RE.match(a.text) is not None


# A council, the meeting's own or another ("Council", "The Parish Council", "the County
# Council"); not a committee asked to look at something ("the Finance committee").
_COUNCIL_RE = re.compile(r"(?i)(?:the\s+)?(?:[a-z-]+\s+){0,2}?council")
_RESOLUTION_RE = re.compile(
    r"(?i)(?:pass\s+a\s+resolution|resolve\s+to\s+exclude|exclud(?:e|ing)\s+the\s+(?:press|public))\b"
)


_MEETING_BUSINESS_RE = re.compile(
    r"(?i)(?:ask|put|raise)\s+(?:any\s+)?questions\b|(?:make|give|offer|express)\s+"
    r"(?:any\s+|their\s+|its\s+|our\s+|his\s+|her\s+)?(?:comments|views|observations)\b"
    r"|(?:comment|consider|note|discuss|debate|agree|approve|endorse|scrutini[sz]e|question"
    r"|vote|decide|determine|receive)\b"
)


def given_in_this_meeting(ctx: Context, a: Action) -> bool:
    """A report or talk given later in this same meeting, its business there and then: "Ian
    will report on the website in the General Business of this meeting", "Sam will present
    the accounts later in this meeting". At a later meeting ("Ian will report on the website
    at the next meeting"), or something shown here to be sent on ("Ann will circulate the
    slides shown at this meeting"), it is a task."""
    return _GIVEN_HERE_RE.match(a.text) is not None


_GIVEN_HERE_RE = re.compile(
    r"(?i)(?:report|present|give|update|speak|talk|explain|introduce|brief|cover)\b[^.;]*?"
    r"\b(?:in|at|during|under|later\s+in)\s+(?:[\w-]+\s+){0,4}?(?:of\s+)?(?:this|today['’]s"
    r"|the\s+present)\s+meeting\W*$"
)


def agenda_items_invited(ctx: Context, a: Action) -> bool:
    """The standing invitation to members to put items on later agendas: "Members of the
    Board are invited to suggest future agenda items", "Members may propose items for the
    next agenda". Given a date ("Members to send agenda items to the Clerk by 1 June") it is
    a task, and so is one person's ("Ola to add the bins to the next agenda")."""
    if a.due is not None or _AGENDA_ITEMS_RE.match(a.text) is None:
        return False
    head = (a.owner or "").split(" of ", 1)[0].split()
    return _the_meeting(a) or bool(head) and is_plural_noun(head[-1].lower())


_AGENDA_ITEMS_RE = re.compile(
    r"(?i)(?:suggest|propose|send|submit|put\s+forward|raise|identify)\s+(?:any\s+)?"
    r"(?:(?:future|further|other|new)\s+)?(?:agenda\s+items|items\s+for\s+(?:the\s+|a\s+)?"
    r"(?:future|next|later|forthcoming)\s+agendas?)\b"
)


def planning_decision(ctx: Context, a: Action) -> bool:
    """A planning authority's decision on an application, listed for the meeting to note:
    "26/00312/HH 4 Church Row - Extension to rear of house to form kitchen Application
    Permitted 3 March 2026 Delegated Decision", "... - Extension to side of garage - Approved
    3 March 2026" (the application's description read as a task). Someone named to act on
    it ("The Clerk to ask why the application for the barn was refused") has a task."""
    return _PLANNING_OUTCOME_RE.search(ctx.text, a.start, a.end) is not None


_PLANNING_OUTCOME_RE = re.compile(
    r"(?i)\bapplication\s+(?:permitted|refused|approved|granted|withdrawn)\b|\bdelegated\s+decision\b"
    r"|\b(?:permitted|refused|approved|granted|withdrawn)\s+\d{1,2}(?:st|nd|rd|th)?\s+"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b"
)


def asked_to_leave(ctx: Context, a: Action) -> bool:
    """A standing notice of what happens to whoever misbehaves, read from "will be asked to":
    "If this happens you will be asked to leave", "If anyone disrupts the meeting they will
    be asked to leave", "Anyone behaving abusively will be asked to leave". One named to be
    asked ("If the hall is free, Cllr Morgan will be asked to book it") has a task."""
    return a.owner is None and _ANYONE_ASKED_RE.match(a.text) is not None


_ANYONE_ASKED_RE = re.compile(
    r"(?i)ask\s+(?:(?:if|should|when)\s[^.;]{0,80}?\b(?:you|they|he|she)\s+"
    r"|you\s+|anyone\s+|anybody\s+|whoever\s+)"
)


def need_on_a_condition(ctx: Context, a: Action) -> bool:
    """What something needs if it is to go on, a condition and not a task: "the club needs
    funding if it is to keep its rates low", "Need volunteers if the fete is to go ahead".
    Needing to do something ("Cllr Morgan needs to send the invoice if ...") is a task."""
    return _NEED_IF_RE.match(a.text) is not None


_NEED_IF_RE = re.compile(
    r"(?i)needs?\s+(?!to\b)[^.;]{1,60}?\bif\s+(?:[\w-]+\s+){1,3}?(?:is|are)\s+to\b"
)


def only_if_need_be(ctx: Context, a: Action) -> bool:
    """A step to be taken only if need be or when allowed, a condition and not a task: "Ravi
    would do it if required", "The Club will pay for the repair if its rules permit", "If
    necessary, the Secretary will write to the league". Two steps, one waiting on the need
    ("Paul will check the gutter and clear it if necessary"), a step waiting on a state
    ("Email the caterers if the hall is booked") and one the minutes mark as an action are
    tasks."""
    if NEED_RE.search(a.text) is None and not _opens_with_need(ctx.text, a.start, a.end):
        return False
    return ACTION_MARK_RE.search(_sentence_head(ctx, a)) is None and not any(
        is_base_verb(s["verb"]) for s in _NEXT_STEP_RE.finditer(a.text)
    )


def _opens_with_need(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens with a need ("If necessary, the Secretary will ...")."""
    m = NEED_RE.search(text, start, end)
    return m is not None and not any(ch.isalpha() for ch in text[start : m.start()])


# A second step in a task: "... and clear it", "..., then report back", "... and, if
# required, write to the MP".
_NEXT_STEP_RE = re.compile(
    r"(?i)(?:\band|\bthen|[,;])\W*(?:then\s+|(?:if|when|where)\s+[a-z]+\W+)?(?P<verb>[a-z]+)\b"
)


def no_task_stated(ctx: Context, a: Action) -> bool:
    """A cell or line saying there is no task, or how a matter stands, where a task would go:
    "None", "N/A", "No further action required", "Nothing to report", "Noted", "Ongoing",
    "To be confirmed", "As above", an officer's report of nothing ("Treasurer (Mike) -
    None"); or a report of what the meeting did: "Minutes approved", "Accounts noted" (not a
    task to get it done: "Get the accounts signed")."""
    text = a.text.strip(" \t.;:!*_-–—")
    if _NO_TASK_RE.fullmatch(text) is not None:
        return True
    if ")" in text and _empty_report(ctx, a):
        return True
    return _DONE_HERE_RE.fullmatch(text) is not None and not is_base_verb(text.split()[0].lower())


def _empty_report(ctx: Context, a: Action) -> bool:
    """An officer's line in a round of reports saying there is nothing: "Treasurer (Mike) -
    None", "* Captain (Jo Bell): nothing to report"."""
    ln = ctx.lines[line_of(ctx, a.start)]
    return _EMPTY_REPORT_RE.fullmatch(ctx.text, ln.cstart, ln.cend) is not None


# Words saying there is no action: "None", "N/A", "No further action required".
NO_ACTION = (
    r"(?i:none|nil|n\s*/\s*a|not\s+applicable|nothing(?:\s+(?:further|more|new|to\s+(?:report|add"
    r"|do)))?|no(?:\s+(?:further|new))?\s+actions?(?:\s+(?:required|needed|necessary|arising|taken"
    r"|at\s+(?:this|present)(?:\s+(?:stage|time))?))?)"
)
_NO_TASK_RE = re.compile(
    rf"{NO_ACTION}|(?i:noted|ongoing|on-?going|open|closed|done|completed?|pending|in\s+progress"
    r"|(?:to\s+)?be\s+confirmed|tb[cda]|as\s+above|see\s+above)"
)
# A line of a round of reports: a post, its holder's name in brackets, and nothing to report.
_EMPTY_REPORT_RE = re.compile(
    r"[ \t>*•-]*(?:\d{1,2}[.)]\s+)?[A-Z][\w’' -]{0,40}"
    r"\(\s*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?\s*\)"
    rf"\s*[-–—:]\s*{NO_ACTION}[\s.!]*"
)
# A thing and what the meeting did with it, no verb of a task: "Minutes approved".
_DONE_HERE_RE = re.compile(
    r"(?i)(?:[\w’'-]+\s+){1,3}(?:approved|noted|agreed|received|accepted|adopted|signed|ratified)"
)


def funding_rule(ctx: Context, a: Action) -> bool:
    """A rule for what kind of costs are paid from which money, with no one named: "New
    equipment to be funded from new income", "Existing debts to be paid from subscription
    income", "Repairs to be met out of reserves". One bill to pay ("The hall invoice to be
    paid from reserves") or someone named to pay ("The Treasurer to pay the debts") is a
    task."""
    if a.owner is not None:
        return False
    m = _FUNDED_FROM_RE.match(a.text)
    return m is not None and is_plural_noun(m["head"])


_FUNDED_FROM_RE = re.compile(
    r"(?i)(?!(?:the|this|that|these|those|our|his|her|their|its|an?|all|any)\b)"
    r"(?:[\w-]+\s+){0,3}?(?P<head>[a-z-]+)\s+to\s+be\s+(?:funded|paid|met|covered|financed"
    r"|repaid)\s+(?:from|with|by|out\s+of|through)\s+[^.;]{0,40}?\b(?:income|subscriptions?"
    r"|reserves|revenue|funds?|budgets?|donations|fees)\b"
)


def motion_lost(ctx: Context, a: Action) -> bool:
    """A motion or proposal that fell, said just after it: "Proposed by AB, seconded by CD,
    that a letter be sent to the owner. The motion was lost", "... that the Clerk write to
    the owner. Defeated", "... Not seconded". Nothing was resolved, so no one has a task."""
    return _MOTION_LOST_RE.match(ctx.text, a.end, a.end + 120) is not None


# What follows a motion that fell: "The motion was lost", "Motion defeated", "Not carried".
_FELL = r"(?i:lost|defeated|fell|failed|rejected|not\s+(?:carried|seconded|agreed|passed))\b"
_MOTION_LOST_RE = re.compile(
    r"[\s.;,(–—-]*(?:(?i:the\s+)?(?i:motion|proposal|amendment|resolution)\s+(?:was\s+)?"
    + _FELL
    + r"|"
    + _FELL
    + r"\W*(?:$|\n))",  # a bare "Defeated." (not "Lost property was ...")
    re.MULTILINE,
)


def minutes_signed(ctx: Context, a: Action) -> bool:
    """The chair signing the minutes just approved, done at the table as the meeting's formal
    record: "It was resolved that the Chairman sign these as a correct record", "the Chair
    signed the minutes". The approval is the meeting's decision, not a task to chase."""
    return _MINUTES_SIGNED_RE.match(a.text) is not None


_MINUTES_SIGNED_RE = re.compile(
    r"(?i)(?:sign|initial)\s+(?:off\s+)?(?:these|them|the(?:se)?\s+(?:\w+\s+){0,3}?minutes)\b"
    r"(?:\s+(?:of|from|for)\s+(?:the\s+)?[^.;]{1,40}?)?"
    r"(?:\s+as\s+(?:a\s+)?\w+\s+(?:and\s+\w+\s+)?record\b[^.;]*)?\W*$"
)


def invitation_to_reader(ctx: Context, a: Action) -> bool:
    """An invitation to whoever reads the minutes, on a condition of theirs and with no date:
    "Please tell us if you spot any serious problems", "Please contact the Clerk if you wish
    to speak". A request with a date ("Please let me know by Friday if you can come") is a
    task."""
    return (
        a.owner is None
        and a.due is None
        and _IF_YOU_RE.search(ctx.text, a.start, a.end) is not None
        and _INVITE_RE.search(ctx.text, a.start, a.end) is not None
    )


_IF_YOU_RE = re.compile(r"(?i)\b(?:if|should|whether|when)\s+you\b")
_INVITE_RE = re.compile(
    r"(?i)\b(?:tell|contact|email|e-mail|call|ring|phone|write\s+to|let|inform|notify)\s+"
    r"(?:us|me|the\s+(?:clerk|secretary|council|office))\b"
)


def told_to_reader(ctx: Context, a: Action) -> bool:
    """What the minutes tell whoever reads them, their subject "you": "You will need to
    sign up to the new list", "You should bring a plate to the social". No one named owns
    it."""
    return a.owner is not None and a.owner.lower() == "you"


def own_meeting_arranged(ctx: Context, a: Action) -> bool:
    """The meeting fixing when it meets next, a decision: "The Panel agreed to meet again on 13
    December", "Members agreed to have a further meeting after the survey", "The board agreed
    to hold the 2025 General Meeting on 15 May", "We agreed to set the next meeting for 3
    May", or moving one of its meetings: "the date of
    the October meeting would be moved forward a week", "The November meeting is to be put
    back to 20 November". Meeting someone ("Councillor Shah to meet the Carers Centre") or
    someone named to move it ("The Clerk to move the date of the December meeting") is a
    task."""
    return _the_meeting(a) and _OWN_MEETING_RE.match(a.text) is not None


def recurring_meeting(ctx: Context, a: Action) -> bool:
    """Meeting at a set interval, whoever meets: "The working party decided it would meet
    weekly", "Cllr Dunn and the Clerk to meet monthly with the contractor": a standing
    arrangement, not a task (one meeting, "Cllr Dunn to meet the contractor on site", is one)."""
    return _RECURRING_MEETING_RE.match(a.text) is not None


_RECURRING_MEETING_RE = re.compile(
    r"(?i)meet\s+(?:up\s+)?(?:(?:with\s+)?(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+)??"
    r"(?:monthly|weekly|fortnightly|quarterly|regularly|every\s+(?:\w+\s+)?(?:week|month|quarter"
    r"|fortnight|monday|tuesday|wednesday|thursday|friday))\b"
)


_OWN_MEETING_RE = re.compile(
    r"(?i)(?:meet|reconvene)\s+(?:again|next|monthly|weekly|fortnightly|quarterly"
    r"|(?:on|in|at|before|after|every|each)\s+(?!site\b|the\s+site\b)[\w/-]+)\b"
    r"|(?:meet|reconvene)\.?$"
    r"|(?:have|hold)\s+(?:a|an|the|another)?\s*(?:further|next|extra|additional|special"
    r"|second|follow[- ]up)\s+meeting\b"
    r"|(?:have|hold)\s+(?:the|its|our|their)\s+(?:\d{4}\s+)?(?:annual\s+)?(?:general|annual"
    r"|extraordinary)\s+(?:general\s+)?meeting\b"
    # "(Tentatively) set the next meeting for 3 May", "Fix the date of the AGM"
    r"|(?:[a-z]+ly\s+)?(?:set|fix)\s+(?:the\s+)?(?:date\s+(?:of|for)\s+(?:the\s+)?)?"
    r"(?:next\s+|following\s+)?(?:meeting|agm|egm)\b"
    # "Move forward the date of the October meeting", "Put back the November meeting"
    r"|(?:move|bring|put|push|change|re-?schedule|re-?arrange|postpone|defer)(?:\s+(?:forward|back))?"
    r"\s+(?:the\s+)?(?:date\s+of\s+(?:the\s+)?)?(?:[\w'’]+\s+){0,2}?(?:meeting|agm|egm)\b"
    r"(?!\s+(?:room|hall|space|notes|minutes|invite|invitation|link|agenda|papers|venue|rota))"
)


def award_made(ctx: Context, a: Action) -> bool:
    """A grant, donation, sum set aside or appointment the meeting made, a decision: "It was
    agreed to grant the bowls club £750", "It was agreed to budget a spend of up to £150 to
    buy the hedging", "Agreed to set aside £500 for the fete", "It was suggested that a
    bookings secretary be appointed. This was agreed", a sum fixed: "RESOLVED that the
    precept be set at £12,000". Someone named to act on it ("The Clerk to pay the grant", "The
    Clerk to budget £300 for the hedge") has a task, and so has the purchase ("It was agreed
    to buy the hedging at up to £150")."""
    return _the_meeting(a) and _AWARD_RE.match(a.text) is not None


_AWARD_RE = re.compile(
    r"(?i)(?:grant|award|donate|give|allocate|contribute|budget|set\s+aside|earmark|ring-?fence)"
    r"\s[^.;]{0,80}?[£$€]\s?\d"
    r"|(?:set|fix)\s[^.;]{0,60}?\s(?:at|to)\s+[£$€]\s?\d"
    r"|(?:appoint|elect|co-opt)\b"
)


def office_taken(ctx: Context, a: Action) -> bool:
    """A member taking on, or staying in, an office, a decision the meeting records: "Tom has
    agreed to take on the role of Webmaster", "Jo and Sam agreed to carry on in their roles as
    Treasurer and Secretary", "Dyana to take over as treasurer", "Tariq and Bea will co-chair
    for the youth section"; an office named before, with nothing more said ("All three agreed
    to serve", "Jo and Sam are to continue", "Ola agreed to assume the role"), a proxy held,
    or this meeting's own role ("Kim will facilitate", "Lee will scribe"). The office is a
    standing role, not a task; what its holder is to do in it ("Tom to move the website") is,
    and so is chairing one meeting ("Ola will chair the AGM on 5 May") or a job with an
    object ("Kim will facilitate the workshop", "Ann agreed to serve teas")."""
    return _OFFICE_TAKEN_RE.match(a.text) is not None


# An office of a club or council: "Treasurer", "Vice-Chair", "assistant secretary".
_OFFICE = (
    r"(?:co-?)?(?:vice[\s-]|deputy\s+|assistant\s+)?(?:chair(?:man|woman|person)?|president"
    r"|treasurer|secretar(?:y|ies)|clerk|trustees?|directors?|webmaster|editor|minute[\s-]taker|convenor|convener|co-?ordinator)\b"
)
_OFFICE_TAKEN_RE = re.compile(
    r"(?i)(?:take\s+(?:on\s+)?the\s+(?:role|post|position)\s+of\s+(?:the\s+)?(?-i:[A-Z])"
    r"|(?:(?:carry\s+on|continue|remain|stay\s+on)(?:\s+in)?(?:\s+(?:the|their|his|her)(?:\s+respective)?"
    rf"\s+(?:roles?|posts?|positions?))?|take\s+over|act|serve)\s+as\s+(?:the\s+)?(?:new\s+|joint\s+)?{_OFFICE})"
    # chairing a group, not one meeting: "Tariq and Bea will co-chair for the youth section"
    r"|(?:co-?)?chair\s+(?:for|of)\s"
    # an office named before, or this meeting's role, with nothing more said (but what it is
    # about, in brackets): "all agreed to serve", "are to continue", "Kim will facilitate"
    r"|(?:serve|continue|carry\s+on|stay\s+on|remain|facilitate|scribe|(?:co-?)?chair|minute"
    r"|take\s+(?:the\s+)?(?:minutes|notes))(?:\s+(?:on|in)\s+(?:the|this)\s+(?:[\w-]+\s+)?"
    r"(?:committee|board|group|council|panel|post|role|office))?\W*(?:\([^()]*\)\W*)?$"
    # "agreed to assume the role" (not "the role of organising the quiz"), "act as proxy"
    r"|(?:assume|take\s+(?:on|up)|accept)\s+(?:the|this|that)\s+(?:role|post|position|office)"
    r"\b(?!\s+of\b)|act\s+as\s+(?:a\s+|the\s+)?(?:\w+['’]s\s+)?proxy\b"
)


def office_keeps_records(ctx: Context, a: Action) -> bool:
    """An office's standing duty of keeping the meeting's records: "The secretary will take
    the minutes", "the secretary will be responsible for writing up the minutes", "The
    treasurer will be responsible for keeping the accounts". What the office holds, not a
    task; a task with those records ("The Secretary to circulate the minutes", "The
    Treasurer to write up the accounts by 30 June") or another duty ("The Clerk will be
    responsible for ordering the new bench") is one."""
    return (
        a.owner is not None
        and a.due is None
        and _AN_OFFICE_RE.fullmatch(a.owner) is not None
        and (
            _KEEPS_RECORDS_RE.match(a.text) is not None
            or _KEEPS_RECORDS_RE.search(ctx.text, a.start, a.end) is not None
        )  # (its words as written: the task may read "Write up the minutes")
    )


_AN_OFFICE_RE = re.compile(rf"(?i)(?:the\s+)?(?:[a-z-]+\s+)?{_OFFICE}")
_KEEPS_RECORDS_RE = re.compile(
    r"(?i)(?:be\s+responsible\s+for\s+(?:tak|keep|writ|record|maintain)[a-z]*(?:\s+(?:down|up))?"
    r"\s+(?:the\s+)?(?:minutes|notes|accounts|books|records|register)"
    r"|take\s+(?:down\s+)?(?:the\s+)?(?:minutes|notes))\b"
)


def post_left(ctx: Context, a: Action) -> bool:
    """Someone leaving an office, a post or a body, news the meeting records: "SS will quit
    the project at the end of March", "Jo will quit Acme in May", "Tom will step down as
    Treasurer at the AGM", "Ann will retire from the practice in June", "Raj will leave the
    club at the end of the season".
    Leaving or giving up a thing ("Tom will leave the keys with the Clerk", "Ann will resign
    the domain name") is a task."""
    return _POST_LEFT_RE.match(a.text) is not None


_POST_LEFT_RE = re.compile(
    r"(?i)quit\b|(?:leave|retire|resign|step\s+down|stand\s+down)(?:\s+(?:as|from)\b"
    r"|\s+(?:the|his|her|their|its)\s+(?:[\w-]+\s+)?(?:project|club|company|committee|board"
    r"|group|post|role|job|position|practice|team|council|society|school|office)\b"
    r"|(?=\s+(?:at|on|in|after|before|when)\b)|\W*$)"
)


def willing_to_serve(ctx: Context, a: Action) -> bool:
    """A member willing to hold an office, said in an election: "Priya: happy to be Secretary",
    "- Tom open to standing again", "Sam glad to stay on as Treasurer", "Kemi keen to stand
    for re-election", "(I'd be glad to) stand again as Chair". Willing to do a job ("Ola
    happy to send the minutes to the Chair", "happy to be the contact for the fair") is a
    task."""
    return _WILLING_RE.match(a.text) is not None


_GLAD = r"(?:happy|glad|willing|pleased|open|keen|prepared|delighted|content)\s+to\s+"
_SERVE = (
    r"(?:be(?:ing)?|becom(?:e|ing)|serv(?:e|ing)|stand(?:ing)?|stay(?:ing)?\s+on|remain(?:ing)?"
    r"|continu(?:e|ing)|carry(?:ing)?\s+on)(?:\s+again|\s+in\s+post)?"
)
_AN_OFFICE = (
    r"(?:(?:the|a|an)\s+)?(?:new\s+|joint\s+)?(?:(?:(?!(?:for|of|to|with|and)\b)[\w-]+\s+){0,2}?"
    rf"{_OFFICE}|(?:re-?)?election\b)"
)
_WILLING_RE = re.compile(
    # willing to: "Open to being Vice-Chair", "Happy to be Secretary", "Open to being co-opted"
    rf"(?i){_GLAD}{_SERVE}(?:\s+(?:as|for))?\s+(?:{_AN_OFFICE}|co-?opted\b"
    r"|(?-i:[A-Z])[\w-]*\W*$)"
    rf"|{_GLAD}stand(?:ing)?(?:\s+again)?\W*$"
    # what was offered, the willingness left behind: "Stand again as Chair", "Stand again and
    # were re-elected" (standing again is only ever for an office)
    rf"|{_SERVE}\s+(?:as|for)\s+{_AN_OFFICE}|stand(?:ing)?\s+again\b"
)


def refused_or_kept(ctx: Context, a: Action) -> bool:
    """The meeting turning something down or leaving things as they are, a decision with no
    one to act: "It was resolved that the request be declined", "Agreed to waive the hall
    fees", "The Councillors agreed to continue to retain the padlock", "Agreed not to renew
    the advert", "Agreed to put the refit on hold". Someone named to write the refusal ("The
    Clerk to decline the booking") has a task."""
    return _STATUS_QUO_RE.match(a.text) is not None and (
        _the_meeting(a) or is_plural_noun((a.owner or "").split()[-1].lower())
    )


_STATUS_QUO_RE = re.compile(
    r"(?i)(?:decline|refuse|reject|turn\s+down|waive|retain|not\s+to|take\s+no\s+(?:further\s+)?"
    r"action|leave\s+(?:it|this|things|the\s+\w+)\s+as|continue\s+to\s+(?:retain|keep|leave)"
    # work stopped for now: "It was agreed to put the refit on hold", "Agreed to hold off on the
    # mural"
    r"|put\s+(?:[\w’'-]+\s+){0,4}?on\s+hold|hold\s+off)\b"
)


def trial_of_practice(ctx: Context, a: Action) -> bool:
    """The meeting deciding to try out a way of working: "Agreed to try out reserving time for
    checking boxes", "Agreed to attempt in person meetings once per two weeks", "We agreed to
    try a stall". An effort at a
    task ("Try to contact the landowner again"), or a trial put to someone ("All: try the new
    booking form") is a task, and so is a thing tried out that must be put in place ("Agreed
    to trial one grit bin to be sited by the school")."""
    return (
        _the_meeting(a)
        and _TRIAL_RE.match(a.text) is not None
        and _TO_BE_PLACED_RE.search(a.text) is None
        and _DECIDED_RE.match(ctx.text, a.start, a.end) is not None
    )


_TRIAL_RE = re.compile(r"(?i)(?:try|trial|attempt|pilot|experiment\s+with)\s+(?!to\b)")
_TO_BE_PLACED_RE = re.compile(
    r"\bto\s+be\s+(?:sited|placed|put|installed|fitted|erected|mounted|located|positioned)\b"
)
_DECIDED_RE = re.compile(
    r"(?i)[\W\d]*(?:it\s+was\s+|we\s+(?:also\s+|all\s+)?)?(?:agreed|decided|resolved)\b"
)


def stated_goal(ctx: Context, a: Action) -> bool:
    """An item's goal or purpose stated under a label: "**Goal**: Identify any blockers",
    "Purpose: to agree the budget". What the item is for, not who will do what."""
    ln = ctx.lines[line_of(ctx, a.start)]
    m = _GOAL_LABEL_RE.match(ctx.text, ln.cstart, ln.cend)
    return m is not None and a.start <= m.end() + 1


_GOAL_LABEL_RE = re.compile(
    r"(?i)[*_\s-]*(?:goals?|aims?|purpose|objectives?|intended\s+outcomes?|background)[*_]*\s*[:–-]"
)


def list_lead_in(ctx: Context, a: Action) -> bool:
    """A line introducing the list below it: "Further actions to be taken, at the end of the
    meeting:", or a sentence cut where its line wraps before "the following:" ("it was agreed
    that we would give / the bowls club the following:"). Its entries are the tasks; someone
    named ("The Clerk will send the following to the auditor:") has one."""
    return a.owner is None and (
        ctx.text[a.start : a.end].rstrip(" *_").endswith(":")
        or _THE_FOLLOWING_RE.match(ctx.text, a.end) is not None
    )


# The rest of a sentence cut short before its list: "\nthe bowls club the following:".
_THE_FOLLOWING_RE = re.compile(r"[^.;:]{0,40}?\bthe\s+following\b[^.;:\n]{0,30}:")


def modal_suggestion(ctx: Context, a: Action) -> bool:
    """An option put to the meeting with no one to take it: "Could move the event to a campus
    location", "Maybe ask the college for a room" (the modal read as an owner)."""
    return a.owner is not None and a.owner.lower() in _MODALS


_MODALS = frozenset(
    "could should would might may maybe perhaps possibly potentially can must".split()  # noqa: SIM905
)


def no_one_committed(ctx: Context, a: Action) -> bool:
    """The words read as the owner commit no one: an abbreviation ("(eg to publish the bin
    dates online)": for example), the reader addressed ("You will need to register again on
    the new forum"), how much there is to say ("Little to report"), or a subject inside a
    question put ("To discuss what the Trustees would do if the hall closed", "asked how the
    Club would pay for it"). Someone asked to find it
    out ("Tom will find out what the Council would charge"), or asked whether they would do
    it ("asked whether Cllr Hale would write"), has a task."""
    owner = a.owner
    if owner is None:
        return False
    if owner.rstrip(".").lower() in _NOT_AGENTS and not owner.isupper():
        return True  # (not "IE", someone's initials)
    if owner.lower() in _HOW_MUCH and _SAY_RE.match(a.text):
        return True  # "Little to report", "Nothing more to add": a report with nothing in it
    at = ctx.text.find(owner, a.start, a.end)
    return at > 0 and _ASKED_SUBJECT_RE.search(ctx.text, max(0, at - 12), at) is not None


# "eg", "i.e.", "you": words read as an owner that name no one here.
_NOT_AGENTS = frozenset(("eg", "e.g", "ie", "i.e", "viz", "etc", "you"))
# How much there is to say, read as an owner: "Little to report", "Nothing new to add".
_HOW_MUCH = frozenset(("little", "nothing", "nothing new", "nothing more", "not much", "much"))
_SAY_RE = re.compile(r"(?i)(?:report|add|say|update|feed\s*back)\b")
# A question word just before the owner: "what the", "how" (not "whether", a request: "asked
# whether Tom would write").
_ASKED_SUBJECT_RE = re.compile(r"(?i)\b(?:what|how|why)\s+$")


def everyday_word_owner(ctx: Context, a: Action) -> bool:
    """An owner read from an everyday word that names no one, opening a remark or a label:
    "Seems OK to ask the vendor" ("OK"), "Round for all members to raise concerns",
    "Preferred practice: keep the fork in sync", "Backend-specific option to pass flags"
    (an adjective), "Preferred approach: ..." (a verb form). A name that is also a word
    ("Rich", "Will"), a capitalised name ("Public Health"), a role, a body or initials the
    minutes give stays an owner, and so does
    a word after the task ("Launch the site - Initial design", a log's owner misread)."""
    if a.owner is None or a.owner in ctx.initials or not a.text.strip():
        return False
    words = a.owner.split()
    span = ctx.text[a.start : a.end]
    if not 0 <= span.find(words[0]) < span.lower().find(a.text.split()[0].lower()):
        return False
    last = words[-1].strip("*_,.:;()")
    if len(words) == 1 and last.istitle() and last.lower() in _OPENING_WORDS:
        return True  # "Of course I'm happy to ...", "What do ...?": not "AS", a person's initials
    if words[-1].lower() in _DECIDING_WORDS:
        return True  # "Consensus to extend the window", "General agreement to archive it"
    if words[0].lower() in ("ok", "okay") or len(words) > 1 and past_form(last):
        return True  # "Sam Moved to pay ...": the motion's mover
    if owner_like(ctx, a.owner) or last.lower() in PEOPLE_GROUPS:
        return False  # ("candidates", "plot holders": asked to act)
    if len(words) > 1 and words[1][:1].isupper():
        return False  # "Public Health", "United Utilities": a name of a body or department
    first = words[0].strip("*_,.:;()").lower()
    return _everyday_word(first.rsplit("-", 1)[-1]) or (
        len(words) == 1 and _common_noun(ctx.text, words[0].strip("*_,.:;()"))
    )


# Words of grammar that open a sentence and name no one ("Of course ...", "In fact ...",
# "What do the results tell us ...?").
# What the meeting settled or was put to it, the subject of "to": "Consensus to extend the
# window", "Proposal to drop the field", "Plan to hold it in June": no one's name.
_DECIDING_WORDS = frozenset(
    """
    consensus agreement decision resolution proposal plan outcome conclusion vote motion
    recommendation suggestion idea
    """.split()  # noqa: SIM905
)
_OPENING_WORDS = frozenset(
    """
    of in on at for with by from into as if so and or but then also just well yes what how
    why where which
    """.split()  # noqa: SIM905
)


@per_parse  # (each scan reads the whole text: asked again of the same word by each action)
def _common_noun(text: str, word: str) -> bool:
    """An everyday word ("Event", "Minibus") that the minutes also write in lower case ("the
    event") and capitalise only where a sentence, line or label opens: a thing or a topic,
    not a name (a name keeps its capital mid-sentence, "yes, Mason", "in Welfare meeting",
    is not written in lower case, "Rex", or is no English word, "Dhaval")."""
    if not (word[:1].isupper() and word[1:].islower()) or is_name_word(word) or not is_word(word):
        return False
    if _word_re(word.lower() + "s?").search(text) is None:
        return False
    found = _word_re(word).finditer(text)
    return not any(_MID_SENTENCE_RE.match(text, m.start() - 2) for m in found)


def _word_re(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’-]){word}(?![\w'’-])")


# A word capitalised after a lower-case word, a digit or a comma: inside a sentence.
_MID_SENTENCE_RE = re.compile(r"[a-z\d,] ")


def _everyday_word(w: str) -> bool:
    """An adjective or a verb's inflected form ("Preferred", "Noted"), not a given name."""
    base = verb_base(w)
    return (is_adjective(w) or base is not None and base != w) and not is_name_word(w)


def breaking_in(ctx: Context, a: Action) -> bool:
    """A speaker in a call saying they will break in, talk and no task: "I'll jump in with one
    thing about the budget", "I just want to chime in on the rota", "Let me cut in here".
    Someone to join a discussion elsewhere ("Ola to chime in on the forum thread") has a
    task."""
    return (
        _BREAK_IN_RE.match(a.text) is not None
        and _FIRST_PERSON_RE.search(ctx.text, a.start, a.end) is not None
    )


_BREAK_IN_RE = re.compile(
    r"(?i)(?:(?:jump|chime|butt|cut|barge)\s+in|pipe\s+up|interject|interrupt)\b"
)
_FIRST_PERSON_RE = re.compile(r"\bI\b|\b(?i:let\s+me)\b")


def turning_back_in_talk(ctx: Context, a: Action) -> bool:
    """A speaker turning back to an earlier point, read as a task from its "To": "Good point.
    To come back to the caching question, right now it copies every file", "Thanks. To go
    back to the rota, it is still short". Someone to come back to the meeting ("RB to come
    back to the group on caching") has a task."""
    return (
        _TURN_BACK_RE.match(a.text) is not None
        and _TO_TURN_BACK_RE.search(ctx.text, a.start, a.end) is not None
    )


_TURN_BACK_RE = re.compile(r"(?i)(?:come|go|get)\s+back\s+to\b|return\s+to\b")
# "To" opening a sentence after another one (not after a name's colon: "RB: To come back ...")
_TO_TURN_BACK_RE = re.compile(r"[.!?]\s+To\s+(?:(?:come|go|get)\s+back|return)\s+to\b")


def struck_out(ctx: Context, a: Action) -> bool:
    """A task struck out of an action list, its reason after a dash: "Ladder for the loft to
    be bought – Not necessary as Rhys has lent his own", "Tariq to phone the insurers - no
    longer needed", "Quotes for the path - Cancelled, the path is the county's". A remark
    on how to do it ("Chairs to be ordered – not necessary to get three quotes") or another
    task after the dash ("Poster to be made – Bea to design it") leaves a task."""
    return _STRUCK_OUT_RE.search(a.text) is not None


_STRUCK_OUT_RE = re.compile(
    r"(?i)\s[–—-]+\s*(?:not\s+(?:necessary|needed|required)|no\s+longer\s+(?:necessary|needed"
    r"|required|relevant|applicable)|cancel+ed|withdrawn|superseded|dropped|redundant)"
    # the remark ends there or gives its reason ("– Cancelled, the path is the county's")
    r"(?=\s*(?:$|[.,;:!()–—-]|(?:as|since|because|now)\b))"
)


def status_remark(ctx: Context, a: Action) -> bool:
    """A remark on how something stands, with no one named: "the store pile has shrunk
    satisfactorily", "Hedge by the car park has been cut back", "the raffle prizes have all
    been collected" (a thing and what has become of it). Something still to do ("Shed roof
    has been leaking and needs patching", "Gate has to be repainted") is a task, and so is
    finding out how it stands ("Check that the fire doors have been fixed"), and a task on a
    condition ("Once we have prices agreed, book the hall", "When we have quotes back, order
    the chairs": "have" and a noun, in a clause of its own)."""
    if a.owner is not None:
        return False
    m = _HAS_BECOME_RE.match(a.text)
    if m is None or m["subject"].split(None, 1)[0].lower() in _NOT_A_THING:
        return False
    done = m["done"].lower()
    base = verb_base(done)  # ("has been cut": after "been", a participle like its base)
    if base is None or not m["been"] and (base == done or done.endswith("s")):
        return False  # ("have dates": an -s form is no participle)
    return not _still_to_do(a.text)


# A thing then "has"/"have" and a participle: "The store pile has shrunk", "Doors have been
# fixed" (no comma, no "to": one clause).
_HAS_BECOME_RE = re.compile(
    r"(?P<subject>(?:[\w'’&/-]+\s+){1,6}?)(?:has|have)\s+(?:(?:now|all|already|finally|also)\s+)*"
    r"(?P<been>been\s+)?(?P<done>[a-z]+)\b"
)
# What opens no thing's name: a verb of finding out ("Check that ...") or a word that opens
# a condition or a time ("Once we have ...", "If we have ...").
_NOT_A_THING = frozenset(
    """
    check confirm ensure make verify find see ask establish tell report say note once when if
    after before until as since whenever unless while
    """.split()  # noqa: SIM905
)


def outside_work_reported(ctx: Context, a: Action) -> bool:
    """A firm's or another body's own work or offer, reported to the meeting: "Greenways are
    looking into the broken gate", "Highfield Homes are organising a drop-in session",
    "Carters agreed to paint the bench for free" (a name that is no one's here, as a firm is
    written: with "are" or "have", or offering work for nothing, "Carters", "Vale Roofing",
    not one surname or a given name the lexicon lacks: "Dhaval has agreed to fix the bench
    for free"). The meeting asking them
    ("The Clerk to ask Greenways to repair the gate", "Greenways to be asked to ...") or a
    person ("Rhys agreed to paint the bench for free") has a task."""
    owner = a.owner
    if owner is None or owner in ctx.initials or role_like(owner) or self_body(owner):
        return False
    if any(w.lower() in ctx.name_tokens or is_name_word(w.lower()) for w in owner.split()):
        return False  # a person's name, known here or anywhere
    head = _sentence_head(ctx, a)
    if _ASKED_RE.search(head) is not None:
        return False
    if _FREE_RE.search(a.text) is not None and (owner.endswith("s") or " " in owner):
        return True  # (a firm's name: "Carters", "Vale Roofing")
    return (
        _FIRM_NAME_RE.fullmatch(owner) is not None
        and re.search(rf"\b{re.escape(owner)}\s+(?:are|have|were)\b", head) is not None
    )


# A firm's name: one or two capitalised words ("Greenways", "Highfield Homes").
_FIRM_NAME_RE = re.compile(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?")
_FREE_RE = re.compile(r"(?i)\b(?:for\s+free|free\s+of\s+charge|at\s+no\s+(?:cost|charge))\b")
_ASKED_RE = re.compile(
    r"(?i)\b(?:ask(?:ed)?|request(?:ed)?|instruct(?:ed)?|invite[ds]?|urged?|approach(?:ed)?"
    r"|chase[ds]?|remind(?:ed)?|tell|told)\b"
)


def meeting_procedure(ctx: Context, a: Action) -> bool:
    """How the meeting will take nominations or votes, a way of working it chose, with no one
    named: "We will take nominations from the floor rather than have the committee propose
    each other", "Officers will be elected by a show of hands"; or the order it takes its
    business in: "It was agreed to take item 9 before item 8", "Agreed to vary the order of
    business". Someone to run it ("The Clerk to invite nominations from the floor at the
    AGM") has a task."""
    return _the_meeting(a) and (
        _PROCEDURE_RE.search(ctx.text, a.start, a.end) is not None
        or _ORDER_OF_BUSINESS_RE.match(a.text) is not None
    )


_PROCEDURE_RE = re.compile(
    r"(?i)\b(?:nominations?|proposals?|votes?|voting|questions|elect(?:ed|ion)?)\b[^.;]{0,30}?"
    r"\b(?:from\s+the\s+floor|by\s+(?:a\s+)?(?:show\s+of\s+hands|(?:secret\s+)?ballot))\b"
)


# Items taken out of their order: "take item 9 before item 8", "bring forward items 4 and 5",
# "vary the order of the agenda".
_ORDER_OF_BUSINESS_RE = re.compile(
    r"(?i)(?:(?:take|consider|discuss|hear|bring\s+forward|move)\s+(?:agenda\s+)?items?\s+"
    r"\w{1,4}(?:\.\w{1,3})?(?:\s*(?:,|and|&)\s*\w{1,4}(?:\.\w{1,3})?)*"
    r"(?:\s+(?:before|after|first|next|together|now|earlier|out\s+of\s+(?:order|turn))\b|\W*$)"
    r"|(?:vary|change|alter)\s+the\s+order\s+of\s+(?:business|the\s+agenda|items))"
)


def wait_and_see(ctx: Context, a: Action) -> bool:
    """The meeting waiting to see how something it tried turns out: "We will see if that
    works", "we'll see how it goes", "See whether this helps". No one has a job; finding
    something out ("Tariq to see if the hall is free", "We will see if the county can help")
    is one."""
    return _the_meeting(a) and _WAIT_AND_SEE_RE.match(a.text) is not None


_WAIT_AND_SEE_RE = re.compile(
    r"(?i)see\s+(?:if|whether|how)\s+(?:that|it|this|things|they)\s+(?:works?|goes|go|helps?"
    r"|pans?\s+out|turns?\s+out|settles?(?:\s+down)?)\b"
)


def hearsay(ctx: Context, a: Action) -> bool:
    """Work the meeting has heard others will do, with no one named: "The new bus stop
    apparently will be installed in June", "The potholes will reportedly be filled next
    month", "We understand that the lane will be resurfaced". Someone named in the sentence
    ("...; the Clerk will chase the county if not") has a task."""
    return a.owner is None and _HEARSAY_RE.search(_sentence_head(ctx, a)) is not None


_HEARSAY_RE = re.compile(
    r"(?i)\b(?:apparently|reportedly|allegedly|we\s+understand|it\s+is\s+understood"
    r"|we\s+(?:have\s+been|were|are|had\s+been)\s+told)\b"
)


def rule_with_exception(ctx: Context, a: Action) -> bool:
    """A rule the meeting set, with no one named: what is not to be done unless a condition
    holds ("No new players were to be registered unless they lived in the parish", "no
    further bookings would be taken unless a deposit was paid"). Someone to see to it
    ("Ensure no cars are parked on the green unless ...", "Tariq to tell the league no new
    players will be registered unless ...") has a task."""
    return a.owner is None and _NO_UNLESS_RE.match(a.text) is not None


_NO_UNLESS_RE = re.compile(
    r"(?i)(?:(?!(?:ensure|make|check|confirm|tell|inform|remind|ask|warn|notify|advise)\b)"
    r"[a-z]+\s+)?no\s+[^.;]{1,80}?\b(?:unless|except\s+(?:where|when|if))\b"
)


def state_described(ctx: Context, a: Action) -> bool:
    """What something is or where it belongs, not a task: "Pontgarreg would sit within that
    programme", "Aapeli: is a bit tired this early", "Open question on funding for travel";
    or where someone or something stands, an adverb of time then a participle: "Bryan now
    thinking that ...", "Chaim currently involved as liaison", "Planned to be done by May";
    or done already: "John already set up the channel", "Already in hand"."""
    return _STATE_RE.match(a.text) is not None or (
        a.owner is None and _OPEN_QUESTION_RE.match(a.text) is not None
    )


_STATE_RE = re.compile(
    r"(?i)(?:is|are|was|were|am|sit|sits|lie|lies|belong|belongs|consist|comprise|seem"
    r"|seems|appear|appears|remain|remains|depend|depends"
    r"|(?:now|currently|still)\s+[a-z]+(?:ing|ed)|already\s+[a-z]+|planned\s+to\s+be)\b"
)
# "Open question on funding" is a note; "Nigel to open issue to agree ..." is a task.
_OPEN_QUESTION_RE = re.compile(r"(?i)open\s+questions?\b")


def _sentence_head(ctx: Context, a: Action) -> str:
    """The sentence holding the action, from its start to the action's end."""
    return _head_before(ctx, a.start, a.end)


@per_parse  # (read by nine kinds of non-task for each action)
def _head_before(ctx: Context, start: int, end: int) -> str:
    text = ctx.text
    lo = paragraph_start(text, start, 300)
    cut = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start))
    return text[max(cut + 1, lo) : end]


def _task_at(head: str, task: str) -> int:
    """Where the task's own words start in the sentence ``head`` (its first two words, as
    written there, a verb first), or the sentence's end when they are not found so (a task
    that is the whole sentence: "Jo had agreed to invite ...")."""
    words = task.split()[:2]
    if not words or not is_base_verb(words[0].lower()):
        return len(head)
    at = head.lower().rfind(" ".join(words).lower())
    return at if at >= 0 else len(head)


def made_possible(ctx: Context, a: Action) -> bool:
    """What a thing allows or enables to be done, read as a task from its passive: "The new
    software allows invoices to be sent by email", "The upgrade, enabling bookings to be
    taken online, is nearly complete", "PR for removing all warnings, allowing warnings to
    be treated as errors, is largely complete". Someone to allow it ("The Clerk to allow the
    hall to be used for the fete") or a task that only mentions it ("Tom to buy a keypad,
    allowing the hall to be opened remotely") is a task."""
    if _ALLOWS_RE.match(a.text) is not None:
        return True
    first = a.text.split(None, 1)[0].lower() if a.text.strip() else ""
    return any(verb_base(m["done"]) == first for m in _ALLOWED_RE.finditer(_sentence_head(ctx, a)))


_ALLOWED_RE = re.compile(
    r"(?i)\b(?:allow|enabl|permit|let)[a-z]*\s+(?:[\w'’-]+\s+){1,4}?to\s+be\s+(?P<done>[a-z]+)"
)
# "The new software allows invoices to be sent": a thing and what it allows, the whole task.
_ALLOWS_RE = re.compile(
    r"(?i)(?:[\w'’-]+\s+){1,4}?(?:allows|enables|permits|lets)\s+(?:[\w'’-]+\s+){1,4}?to\s+be\s"
)


def document_content(ctx: Context, a: Action) -> bool:
    """What a report, plan or paper says will happen, not a task given at the meeting: "The
    Clerk's report explained that the bins would be emptied weekly", "The strategy outlines
    that partners will work together to reduce loneliness"; or what it calls for: "The audit
    report recommended that the Clerk should review the asset register", "The inspection
    required the Trust to improve its discharge processes" (the meeting's own call on it,
    "The Committee recommended that ...", is a task)."""
    head = _sentence_head(ctx, a)
    low = head.lower()
    if holds_any(low, ("that", "how")) and _DOCUMENT_SAYS_RE.match(head) is not None:
        return True
    return holds_any(low, _CALLS_FOR) and _DOCUMENT_CALLS_FOR_RE.match(head) is not None


# A document opening a sentence: "The Clerk's report", "This year's audit" (read case-blind).
_DOCUMENT = (
    r"[\W\d]*(?:(?:the|this|that|a|an|its|their|our)\s+)?(?:[\w’'-]+\s+){0,4}?"
    r"(?:report|plan|strategy|paper|document|presentation|policy|review|survey|briefing"
    r"|guidance|framework|scheme|bid|application|consultation|appendix|update|audit"
    r"|inspection|assessment|evaluation|letter)s?\s+(?:\w+\s+)?"
)
_DOCUMENT_SAYS_RE = re.compile(
    "(?i)"
    + _DOCUMENT
    + r"(?:said|says|stated|states|set\s+out|sets\s+out|outlined|outlines|explained"
    r"|explains|showed|shows|highlighted|highlights|described|describes|detailed|details"
    r"|indicated|indicates|envisaged|envisages|anticipated|anticipates)\s+(?:that|how)\b"
)
_CALLS_FOR = ("recommend", "propos", "requir", "urge", "call")  # (a cheap test first)
_DOCUMENT_CALLS_FOR_RE = re.compile(
    # a document named as one ("The", "Its", "The auditor's"), not a note's "Survey required"
    r"(?i)(?=[\W\d]*(?:the|this|that|its|their|our|[\w’'-]+['’]s)\s)"
    + _DOCUMENT
    + r"(?:recommend(?:s|ed)?|propos(?:es|ed)|requir(?:es|ed)|urg(?:es|ed)"
    r"|call(?:s|ed)\s+(?:on|for|upon))\b"
)


def earlier_statement(ctx: Context, a: Action) -> bool:
    """A promise reported from before the meeting, part of the story of an item: "Yvonne said
    in October that the society would pay $1000", "In April, the Treasurer reported that the
    club would pay the full cost", "Last year the county had said it would resurface the
    lane". Said at the meeting ("The Clerk said she would write to the county") it is a
    task."""
    head = _sentence_head(ctx, a)
    return holds_any(head, _SAID_WORDS) and _EARLIER_SAID_RE.search(head) is not None


_EARLIER = (
    rf"(?:in\s+(?:early\s+|late\s+|mid-?\s*)?{_MONTH}(?:\s+or\s+{_MONTH})?(?:\s+\d{{4}})?"
    r"|last\s+(?:week|month|year|time|summer|spring|autumn|winter)|previously|originally"
    r"|earlier(?:\s+this\s+year)?|at\s+the\s+(?:last|previous)\s+meeting|in\s+the\s+past)"
)
# The verbs of saying one of which every _EARLIER_SAID_RE match holds (as written there).
_SAID_WORDS = (
    "said", "stated", "reported", "advised", "told", "announced", "indicated", "promised",
    "explained", "confirmed",
)  # fmt: skip
_EARLIER_SAID_RE = re.compile(
    rf"\b(?:said|stated|reported|advised|told\s+\w+|announced|indicated|promised|explained"
    rf"|confirmed)\s+{_EARLIER}\b"
    rf"|(?:^|[,;]\s*|\.\s+)\W*(?i:{_EARLIER}),?\s+(?:[\w’'-]+\s+){{1,5}}?(?:had\s+)?"
    r"(?:said|stated|reported|advised|told|announced|indicated|promised|explained|confirmed)\b"
)


def past_commitment(ctx: Context, a: Action) -> bool:
    """A commitment made before this meeting, recalled: "At the last meeting the Panel had
    asked the Scrutiny Officer to write to the Trust", "At the last Finance Committee meeting
    it was agreed to set up a panel", "The Panel had previously requested
    that the Officer write to the Trust", "At the previous meeting we agreed to buy an urn",
    "Last year it was agreed by all to repaint the hall". Renewed in the sentence ("... had
    not done so but would send them this week") it is a task, and so is one whose own words
    recall something ("Bob will reply to the resident who had asked about the bins")."""
    head = _sentence_head(ctx, a)
    m = _HAD_COMMITTED_RE.search(head, 0, _task_at(head, a.text))
    return (
        m is not None
        and _RENEWED_RE.search(head, m.end()) is None
        and not (m[0].lower().startswith("had") and _ANSWERED_NOW_RE.search(head, m.end()))
    )


_HAD_COMMITTED_RE = re.compile(
    r"(?i)\b(?:had\s+(?:previously\s+|already\s+|also\s+)?|previously\s+)(?:agreed|undertaken"
    r"|undertook|offered|promised|committed|volunteered|requested|asked|resolved|decided"
    r"|been\s+(?:asked|requested|tasked|invited))\b"
    # an earlier time, then the agreement: "At the last meeting it was agreed that ..."
    r"|(?:\b(?:at|in)\s+(?:the|its|our|their)\s+(?:last|previous|earlier|prior|preceding)"
    r"\s+(?:[\w&-]+\s+){0,3}?meeting|\blast\s+(?:month|week|year|time|meeting)|\bpreviously"
    r"|\bearlier)\b"  # ("At the last Finance Committee meeting it was agreed ...")
    r"[^.;]{0,40}?\b(?:agreed|resolved|decided|undertook|offered|promised|asked|requested)\b"
)
# A new clause promising: "... but would send them this week", "... and Maureen would",
# "... which would be circulated to Members".
_RENEWED_RE = re.compile(
    r"(?i)(?:\bbut\b|;|\bnow\b|\band\b|\bwhich\b)[^.]*?(?:\b(?:will|would|shall)\b|['’]ll\b)"
)


# The answer given at this meeting to what someone "had asked": a new clause whose agent
# takes it on in the simple past ("... had asked for a briefing and the Director agreed to
# arrange one").
_ANSWERED_NOW_RE = re.compile(
    r"(?i)(?:\band\b|;|,\s*but\b)\s+(?!had\b)(?:[\w.’'-]+\s+){1,5}(?:agreed|undertook|offered"
    r"|volunteered)\s+to\b"
)


def not_a_verb_after_to(ctx: Context, a: Action) -> bool:
    """A task read from "to" as a preposition: "invite the Trust to this meeting" gave "This
    meeting". A task opens with its verb (a log's noun phrase, "Costed proposal for the
    ward", has no "to" before it)."""
    words = a.text.rstrip(" .").split()
    if not words or words[0].lower() not in _DETERMINERS:
        return False
    return _after_to(ctx.text[a.start : a.end], words)


def _after_to(span: str, words: list[str]) -> bool:
    """Whether ``span`` holds the word "to" then ``words``, in any case, whitespace between.
    (A pattern made of the words, compiled for each task, cost a millisecond a task: in
    plain ASCII the words are looked for in the span lower-cased, its whitespace one space.)"""
    if not (span.isascii() and all(w.isascii() for w in words)):
        said = r"\s+".join(re.escape(w) for w in words)  # (as the pattern's own case rules read)
        return re.search(rf"(?i)\bto\s+{said}", span) is not None
    flat = " ".join(span.split()).lower()
    needle = " ".join(["to", *words]).lower()
    at = flat.find(needle)
    while at > 0 and (flat[at - 1].isalnum() or flat[at - 1] == "_"):
        at = flat.find(needle, at + 1)  # ("into the ...": not the word "to")
    return at >= 0


_DETERMINERS = frozenset(
    "this that these those the a an its their his her our your my every each".split()  # noqa: SIM905
)


def pointer_to_website(ctx: Context, a: Action) -> bool:
    """The reader sent to a website or page for more: "To find out more, please visit the
    council's website", "See the county's web page for the closures". Putting something on
    the website ("Clerk to post the agenda on the website") is a task."""
    return (
        a.owner is None
        and _POINT_VERB_RE.match(a.text) is not None
        and _WEB_RE.search(ctx.text, a.start, a.end) is not None
    )


_POINT_VERB_RE = re.compile(r"(?i)(?:visit|see|view|go\s+to|refer\s+to|browse|read|find)\b")
_WEB_RE = re.compile(
    r"(?i)\bweb\s?(?:site|page)s?\b|\bwww\.|https?://|\bonline\b|\bmore\s+information\b"
)


def points_to_an_action(ctx: Context, a: Action) -> bool:
    """A pointer to an action already on the log, opening the task's sentence: "See
    Action-BH-2025-15 'Survey the members ...'", "(see action 3.4 above - KM to chase the
    county)", "Refer to A12 in the action log: RT to renew the insurance", "As per action #14".
    The task it quotes is that action's, agreed before or minuted elsewhere, not a new one;
    "KM to see action 12 through" and "see minute 5 above" point nowhere of the kind."""
    head = _sentence_head(ctx, a)
    if not may_hold_folded(head, _POINTER_WORDS):
        return False
    m = _POINTER_RE.search(head)
    if m is None:
        return False
    span_at = len(head) - (a.end - a.start)
    first = a.text.split(None, 1)[0] if a.text.strip() else ""
    task_at = head.lower().find(first.lower(), span_at) if first else -1
    return m.end() <= max(task_at, span_at)


# The words one of which every _POINTER_RE match holds.
_POINTER_WORDS = ("see", "refer", "per", "cf")
# "see", "refer(red) to", "as per", "cf." and an action's label: "action 3.4", "Action-BH-2025-15",
# "action item 7", "A12", "#14".
_POINTER_RE = re.compile(
    r"(?i:\b(?:see(?:\s+also)?|refer(?:red)?\s+to|(?:as\s+)?per|cf\.?))\s+(?i:the\s+)?"
    r"(?:(?i:actions?(?:\s+(?:item|point|no\.?|number))?)\s*[-#]?\s*(?:[A-Za-z]{1,8}-)*"
    r"[A-Za-z]{0,2}\d{1,4}(?:[./-]\d{1,4})*|A\d{1,3}(?:\.\d{1,3})?|#\s?\d{1,4})\b"
)


def labelled_link(ctx: Context, a: Action) -> bool:
    """A label then a link, for reference: "Email notification to the TC:
    https://lists.example.org/msg00005.html", "Slides: www.example.org/deck". No one is
    given a job."""
    return a.owner is None and _LABELLED_LINK_RE.fullmatch(a.text.strip()) is not None


_LABELLED_LINK_RE = re.compile(r"[^:]{2,80}:\s*(?:https?://|www\.)\S+")


def made_with_its_link(ctx: Context, a: Action) -> bool:
    """A thing someone made, written with its own link: "- Sam set up a Slack channel
    (https://chat.example.org/rota) for the volunteers". Only a thing already made has a
    link, so the note reports work done in the shorthand of a job; "Sam to set up a Slack
    channel for the volunteers" (no link) and "Add a link on the rota page (see
    https://...)" (a link to read) are tasks."""
    return _MADE_WITH_LINK_RE.match(a.text) is not None


_MADE_WITH_LINK_RE = re.compile(
    r"(?i)(?:create|set\s+up|start|launch|make|build|establish)\s+"
    r"(?:(?!(?:at|on|in|to|into|from|via|see|using|under|for|with|of)\b)[\w’'-]+\s*){1,5}?"
    r"(?:\(\s*|:\s*)?<?(?:https?://|www\.)"
)
"""A making verb, its object (no preposition: "at https://..." says where to make it), then
a link. Not "open": "Open an issue (https://.../issues)" links the tracker to open it in."""


def agenda_time_allowance(ctx: Context, a: Action) -> bool:
    """An agenda's line with the time allowed for it: "Lead Members: Update the Committee on
    their panels (10 minutes)", "Revisit the meeting cadence (Ryan, 5 minutes)". What the
    meeting will spend time on, not a task."""
    return _time_allowed(ctx, ctx.lines[line_of(ctx, a.start)])


@per_parse  # (the same line for each action on it: a page-long line read once)
def _time_allowed(ctx: Context, ln: Line) -> bool:
    return TIME_ALLOWED_RE.search(ctx.text, ln.cstart, ln.cend) is not None


def only_points_back(ctx: Context, a: Action) -> bool:
    """A task that only points back, saying nothing of what is to be done: "Michael: Do that
    for initial testing", "Do it one day" ("do" and a pronoun). "Take care of the keys"
    says what, and so does a second task ("do so and report to the March meeting")."""
    return _DO_PRONOUN_RE.match(a.text) is not None


# (not "He would do so and report to the March meeting": a second task says what)
_DO_PRONOUN_RE = re.compile(r"(?i)do\s+(?:it|this|that)\b(?!\s*\()(?![^.;]*\band\s)")


def meetings_own_act(ctx: Context, a: Action) -> bool:
    """The meeting's own act, past, kept as written in a list of actions: "The Board welcomed
    the report and supported the new format", "Team agreed to consolidate the test
    benches". A decision or a noting, no one's task."""
    return (a.owner is None or self_body(a.owner)) and _BODY_ACTED_RE.match(a.text) is not None


_BODY_ACTED_RE = re.compile(
    r"(?i)(?:the\s+)?(?:board|committee|sub-committee|panel|council|group|meeting|members"
    r"|trustees|governors|cabinet|forum|partnership|team|councillors)\s+(?:also\s+|then\s+"
    r"|unanimously\s+|formally\s+)?(?:approved|noted|welcomed|supported|endorsed|accepted"
    r"|adopted|ratified|received|thanked|commended|acknowledged|agreed|resolved|decided)\b"
)


def reported_back(ctx: Context, a: Action) -> bool:
    """A matter to come back to the meeting, with no one named to bring it: "This will be
    reported back to the Committee in December", "An update would be brought to the next
    meeting". A follow-up, not a task; "The Clerk will report back to the Committee" is
    the Clerk's."""
    return a.owner is None and _COMES_BACK_RE.search(ctx.text, a.start, a.end) is not None


_COMES_BACK_RE = re.compile(
    r"(?i)\b(?:will|would|shall|is\s+to|are\s+to)\s+be\s+(?:reported|brought|presented|submitted"
    r"|considered|discussed|returned)\s+(?:back\s+)?(?:to|at|before)\s+(?:the|a|this|its|their)\s+"
    r"(?:next\s+|future\s+|following\s+|later\s+)?(?:meeting|committee|board|panel|council"
    r"|cabinet|group|forum|sub-committee)\b"
)


def work_reported(ctx: Context, a: Action) -> bool:
    """A note of work done or under way, with no one named: "Reviewed draft document",
    "Starting work on the markup", "Waiting to be opened" (a verb's past or "-ing" form
    where a task has its base form). A participle before a noun that is still to be dealt
    with ("Revised budget to be circulated") is a task, and so is a noun in "-ing"
    ("Training for new volunteers")."""
    if a.owner is not None or not a.text.strip():
        return False
    w = a.text.split(None, 1)[0].strip("*_,.:;").lower()
    base = verb_base(w)
    if base is None or base == w or is_name_word(w) or _still_to_do(a.text):
        return False
    return w.endswith("ed") or w.endswith("ing") and not is_plural_noun(w + "s")


def _still_to_do(text: str) -> bool:
    """ "... to be circulated", "... to finish", "... will need signing": what is still to be
    done (not "to the new host")."""
    return any(
        m.group(1) is None or is_base_verb(m.group(1).lower())
        for m in _STILL_TO_DO_RE.finditer(text)
    )


_STILL_TO_DO_RE = re.compile(r"(?i)\bto\s+([a-z]+)\b|\b(?:will|shall|should|must|needs?)\b")


def standing_rule(ctx: Context, a: Action) -> bool:
    """A standing rule, not a task: what is done whenever something happens ("When bookings
    come in they will be passed to the secretary, who will confirm them", "Whenever a
    complaint is received, the Clerk will acknowledge it"), or what the members or no one
    named do at every meeting or month ("Councillors to submit expense claims monthly", "All
    trustees to sign the register at every meeting"), or what is done from now on with no
    one named ("The verge has been cleared and will be maintained in future") or always ("The
    pavilion is to be kept locked at all times"). One occasion ("When the quote comes in, Tom
    will forward it"), one person's job ("The Clerk to post the minutes every month"), a
    schedule with no one named ("Village green to be mown fortnightly") or one thing done for
    the rule's sake ("A new lock to be fitted, as the gate must be shut at all times") is a
    task."""
    head = _sentence_head(ctx, a)
    if _HABITUAL_IF_RE.match(head) is not None:
        return True
    if a.owner is None:  # (a task with a schedule, "Village green to be mown fortnightly", stays)
        return (
            _FROM_NOW_ON_RE.search(ctx.text, a.start, a.end) is not None
            or _ALWAYS_SO_RE.search(a.text) is not None
        )
    owner = a.owner.split()
    group = _the_meeting(a) or is_plural_noun(owner[-1].lower())
    return group and _RECURRING_RE.search(ctx.text, a.start, a.end) is not None


# "Whenever ...", "When emails come in", "If a member is absent": an opening clause whose
# subject is any one of a kind (a bare plural, "a", "any"), then the rule's main clause.
_HABITUAL_IF_RE = re.compile(
    r"[\W\d]*(?:(?i:whenever|each\s+time|every\s+time|as\s+and\s+when)\b"
    r"|(?i:when|if)\s+(?:(?:a|an|any)\s+(?:[a-z]+\s+)?[a-z]+\s+(?:comes|arrives|is|has|wants"
    r"|wishes|needs|asks|applies|books|raises|reports|submits|joins|leaves|gets)"
    r"|(?!(?:this|his|its|ours|yours|theirs)\b)[a-z]+s\s+(?:come|arrive|are|have|want|wish"
    r"|need|ask|apply|book|raise|report|submit|join|leave|get))\b)"
)
_FROM_NOW_ON = r"\b(?:from\s+now\s+on|going\s+forward|in\s+future)\b(?!\s+[a-z])"
_FROM_NOW_ON_RE = re.compile(rf"(?i){_FROM_NOW_ON}")
# "at all times" in the task's own clause (not after "as", "so", "because", "since").
_ALWAYS_SO_RE = re.compile(r"(?i)^(?:(?!\b(?:as|so|because|since)\b)[^.;,])*\bat\s+all\s+times\b")
_RECURRING_RE = re.compile(
    r"(?i)\b(?:at|before|after|during|on|in)\s+(?:each|every|all)\s+(?:future\s+)?"
    r"(?:meeting|session|month|week|year|quarter|term|call|visit|event)s?\b"
    r"|\bevery\s+(?:\w+\s+)?(?:meeting|month|week|year|quarter|day|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday)s?\b|\b(?:monthly|weekly|fortnightly|quarterly|annually"
    r"|yearly|regularly)\b|\bof\s+(?:each|every)\s+month\b|" + _FROM_NOW_ON
)


def attendance_roll(ctx: Context, a: Action) -> bool:
    """A line of who attended, read as a task for its first word and its closing initials:
    "Present A Hale (AH) Chair, Councillors Tate (BT) Price (JP)". It gives two or more
    people's names with their initials; a task gives none ("New bins (KS) and a lamp (ARP)
    will be installed" tags things with their doers)."""
    ends = _named_with_initials(ctx)
    if len(ends) < 2:
        return False
    text = ctx.text
    given = [
        m
        for m in _BRACKETED_INITIALS_RE.finditer(text, a.start, a.end)
        if _end_of_words_before(text, m.start()) in ends
    ]
    return len(given) >= 2


def _end_of_words_before(text: str, pos: int) -> int:
    """Where the words before ``pos`` end (``len(text[:pos].rstrip())``, without copying the
    text before it)."""
    while pos and text[pos - 1].isspace():
        pos -= 1
    return pos


@per_parse
def _named_with_initials(ctx: Context) -> frozenset[int]:
    """Where each mention ends of a person the attendance gives initials ("A Hale (AH)")."""
    return frozenset(e for p in ctx.people if p.initials for _, e in p.mentions)


_BRACKETED_INITIALS_RE = re.compile(r"\(([A-Z]{2,4})\)")


def round_of_updates(ctx: Context, a: Action) -> bool:
    """One entry of a round of updates, each "Name: what they are doing" ("* Ann: time off,
    running the fete stall", "* Bob: reviewing the map", "* Kim: not much"), read as a task
    because its first word can be a verb ("time", "position paper"). Most of its neighbours
    report work in hand; an entry with a cue of its own ("will", "to <verb>") stays a task."""
    k = line_of(ctx, a.start)
    this = _UPDATE_RE.fullmatch(ctx.text, ctx.lines[k].cstart, ctx.lines[k].cend)
    if this is None or _OWN_CUE_RE.search(this["rest"]):
        return False
    others = [*_update_run(ctx, k, -1), *_update_run(ctx, k, 1)]
    in_hand = sum(_in_hand(rest) for rest in others)
    return len(others) >= 2 and 2 * in_hand >= len(others)


def _update_run(ctx: Context, k: int, step: int) -> list[str]:
    """What each "Name: ..." line next to line ``k`` (going by ``step``) says, up to a line
    of another shape."""
    rests: list[str] = []
    k += step
    while 0 <= k < len(ctx.lines) and len(rests) < 12:
        ln = ctx.lines[k]
        m = None if ln.blank else _UPDATE_RE.fullmatch(ctx.text, ln.cstart, ln.cend)
        if m is None:
            break
        rests.append(m["rest"])
        k += step
    return rests


# "* Ann: time off, running the stall", "- **Bob Tate**: reviewing the map".
_UPDATE_RE = re.compile(
    r"(?:[-*•]\s+)?\**(?P<name>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)\**\s*:\**\s+(?P<rest>\S.*)"
)


def _in_hand(rest: str) -> bool:
    """An update's words report work in hand or nothing: "reviewing the map", "not much";
    not a task whose verb ends in -ing ("ring the county", "bring the urn")."""
    m = _IN_HAND_RE.match(rest)
    return m is not None and not (m["ing"] and is_base_verb(m["ing"].lower()))


# Work in hand, or nothing to report: "reviewing ...", "working on ...", "not much".
_IN_HAND_RE = re.compile(
    r"(?i)(?:(?P<ing>[a-z]+ing)\b(?<!\bthing)|not\s+much|nothing|no\s+(?:update|news|change)"
    r"|n/a|none\b|busy\b|away\b|on\s+leave)"
)
# A task's own cue in an entry: "will send", "to draft", "going to".
_OWN_CUE_RE = re.compile(r"(?i)\b(?:will|shall|to\s+[a-z]+|action)\b")


NON_TASKS: tuple[Callable[[Context, Action], bool], ...] = (
    event_happens,
    outcome_to_be_made,
    business_of_the_meeting,
    given_in_this_meeting,
    agenda_items_invited,
    interests_declared,
    opening_formality,
    attendee_instruction,
    meeting_returns_to_it,
    invitation_to_reader,
    told_to_reader,
    own_meeting_arranged,
    recurring_meeting,
    award_made,
    office_taken,
    post_left,
    willing_to_serve,
    office_keeps_records,
    refused_or_kept,
    trial_of_practice,
    stated_goal,
    minutes_signed,
    motion_lost,
    planning_decision,
    asked_to_leave,
    need_on_a_condition,
    only_if_need_be,
    no_task_stated,
    funding_rule,
    list_lead_in,
    modal_suggestion,
    no_one_committed,
    everyday_word_owner,
    breaking_in,
    turning_back_in_talk,
    struck_out,
    status_remark,
    outside_work_reported,
    rule_with_exception,
    hearsay,
    wait_and_see,
    meeting_procedure,
    state_described,
    document_content,
    made_possible,
    earlier_statement,
    past_commitment,
    not_a_verb_after_to,
    pointer_to_website,
    points_to_an_action,
    labelled_link,
    made_with_its_link,
    agenda_time_allowance,
    only_points_back,
    meetings_own_act,
    reported_back,
    standing_rule,
    work_reported,
    attendance_roll,
    round_of_updates,
    told_in_talk,
)
