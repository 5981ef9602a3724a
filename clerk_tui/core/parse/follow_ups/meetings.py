"""Follow-ups that name the meeting they come to: a meeting still to come ("at the next
meeting", "to a future meeting of the Board"), one named by its month, term or purpose
("the July meeting", "the Mid Point meeting"), a subject made the business of a meeting to
come, a group to meet again, and a session of its own to be held on a subject."""

from __future__ import annotations

import calendar
import re
from itertools import chain

from ...dates import DATE_EXPR, DAY_AND_MONTH
from ..actions.lexicon import is_base_verb
from ..context import Context
from .common import CALLS, FORWARD_RE, MONTHS, Hit, later

# A meeting still to come: "the next meeting", "a future meeting of the Board", "the next
# Board meeting", "our next monthly meeting on 3 March", "future meetings", "the next telco".
_FUTURE_MEETING = (
    r"(?i:(?:the|a|its|our|their|any)\s+(?:next|future|forthcoming|subsequent|following|later"
    r"|upcoming)|\bnext|\bfuture)\s+"
    r"(?:(?!(?i:to|and|of|the|a|at|was|were|is|will|for|with|in|on|by|meetings?|agendas?)\b)"
    rf"[\w’'/&-]+\s+){{0,3}}?(?i:meetings?|mtgs?|agendas?|{CALLS}"
    r"|catch-?ups?|check-?ins?"
    r"|seminars?|briefings?)\b"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w&'’-]*|committee|board|panel|group)"
    r"(?:\s+(?:and\s+|&\s+)?[A-Z][\w&'’-]*){0,5})?"
    rf"(?:,?\s+(?:on|in)\s+(?:{DATE_EXPR}))?"
)
# The word before it says the meeting is where something comes: "at", "to", "for", "until",
# "attend"; or a deadline ("by", "before"), where something is to be ready for it (see
# :func:`_deadline`); not "of" ("the date of the next meeting").
_FUTURE_MEETING_RE = re.compile(
    r"\b(?P<prep>(?i:at|to|for|until|till|in|into|on|onto|during|attend|attending|address|join"
    r"|by|prior\s+to|in\s+time\s+for|before|ahead\s+of)|(?<=\bthe\s)agenda\s+of)\s+"
    rf"(?P<when>{_FUTURE_MEETING}|(?i:a|some)\s+(?:later|future)\s+(?:date|stage|time)"
    # "discussed at a different meeting": with a word that looks forward (else often past)
    r"|(?P<other>(?i:a\s+(?:different|separate)|another)\s+(?:meeting|session|call)))\b"
)
# A gathering named its own way, after "at": "at next all-hands", "at the next retro", "at
# next CoMe" (a capital: the group's name for it; not a month or a day).
_AT_NEXT_RE = re.compile(
    r"\b(?P<prep>at)\s+(?P<when>(?:(?:the|our|its|their)\s+)?next\s+(?:(?i:all-hands"
    r"|town-?hall|retro|hangout|huddle|office\s+hours|get-together)\b"
    rf"|(?!(?:{MONTHS}|{'|'.join(calendar.day_name)})\b)[A-Z][\w/-]*))"
)
# "the date for the next meeting", "apologies for the next meeting", "looked forward to the
# next meeting": about the meeting itself.
_LOGISTICS_BEFORE_RE = re.compile(
    r"(?i)\b(?:date|dates|(?<!\bin\s)times?|venue|location|room|arrangements|apologies|chair|minutes"
    r"|welcome|welcomed|refreshments|link|forward|office"
    # how it is held: "We'll try Zoom for the next meeting", "use Jitsi for the next call"
    r"|zoom|teams|jitsi|hangouts|skype|webex|discord|video)\s*$"
    # "owing to the length of the agenda for the Ordinary Meeting"
    r"|\b(?:length|size|volume)\s+of\s+the\s+agenda\s*$"
    # its agenda prepared ("would review the agenda for the March meeting"), or items for it
    # asked of all ("send any items for the next agenda to the Clerk"): no business named
    r"|\b(?:set|setting|prepare|preparing|draft|drafting|review|reviewing|finali[sz]e|finali[sz]ing"
    r"|compile|compiling|plan|planning|circulate|circulating|issue|issuing|send|sending|share"
    r"|sharing|post|posting)\s+(?:the\s+|an\s+)?agenda\s*$"
    # its record and how to join it: "the recording of the next call", "the invite for ..."
    r"|\b(?:recording|invite|invitation|dial-?in|joining\s+details)\s*$"
    r"|\bany\s+(?:other\s+|further\s+|more\s+)?(?:items?|matters?|topics?|business|suggestions?)\s*$"
    # items for it asked of all: "Please send agenda items for the next meeting to ..."
    r"|\b(?:send|submit|e-?mail|forward)\s+(?:your\s+|all\s+)?agenda\s+(?:items?|topics?)\s*$"
    # where it is held: "Ann offered her house for the next meeting"
    r"|\b(?:house|home|garden)\s*$"
    # where it is held: "Pat to book the hall for the next meeting"
    r"|\b(?:book|booking|booked|reserve|reserved|hire|hired)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?"
    r"(?:hall|room|venue|space|pavilion|church)\s*$"
)
_PREP_END_RE = re.compile(r"(?i)\s+(?:for|of|to)\s*$")


def _logistics_before(st: str, pos: int) -> bool:
    """Whether the words right before ``pos`` (a meeting named) are about the meeting itself
    (see :data:`_LOGISTICS_BEFORE_RE`), a preposition between them or not ("the Zoom link for
    next meeting", "book the hall for next meeting")."""
    start = max(0, pos - 30)
    prep = _PREP_END_RE.search(st, start, pos)
    end = prep.start() if prep else pos
    return _LOGISTICS_BEFORE_RE.search(st, start, end) is not None


# What is to be ready for the meeting a deadline names: "a draft available by the next
# meeting", "report findings prior to the next plenum".
_READY_FOR_RE = re.compile(
    r"\b(?:available|ready|resolved|settled|draft|outline|version|findings|proposals?|options|costings"
    r"|recommendations?|in\s+place|to\s+(?:present|report|bring|table)"
    # what is found out comes back with it: "will look into the drainage costs by the next
    # meeting"
    r"|look(?:s|ing)?\s+into|investigat\w+|find(?:ing)?\s+out|research(?:ing)?|ascertain\w*)\b"
)
# A paper made or brought for the meeting a deadline names, which it is to be ready for: "put
# something together before the next meeting", "a plan to be drawn up ahead of the next call",
# "the Clerk will prepare costings ahead of the next meeting" (not "review the draft before the
# next call", "send comments before the next meeting", "circulate the agenda a week before the
# next meeting", "to report on the footbridge before the next meeting": done before it).
_MADE_FOR_RE = re.compile(
    r"\b(?:put\s+(?:[\w’'-]+\s+){1,4}?together|(?:draw|drawn|write|written)\s+(?:[\w’'-]+\s+){0,3}?up"
    r"|prepar(?:e|ed|ing)|produc(?:e|ed|ing)|(?:to|will|would|shall|be)\s+drafted?"
    r"|available|ready)\b"
)
# What the meeting itself settles there, by the time it meets: "Aim to vote on it by the next
# meeting", "hope to reach a decision by the next meeting" (not "a decision is needed before
# the next meeting": taken outside it).
_SETTLED_THERE_RE = re.compile(r"\b(?:vote|voting|decision)\b")
# "review again next meeting", "assign an owner next meeting": no preposition, after a verb.
_BARE_NEXT_RE = re.compile(r"(?i)\bnext\s+(?:meeting|mtg|time|call|plenum|session)\b")
HYPOTHETICAL_RE = re.compile(r"(?i)\b(?:possibility|possible|possibly|whether|option\s+of)\b")
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
# "next meeting date", "the next meeting's venue": the meeting itself.
_LOGISTICS_AFTER_RE = re.compile(
    r"(?i)(?:[’']s)?\s+(?:date|dates|time|times|venue|location|arrangements|room)\b"
)


# A meeting named by its month, term or purpose: "the July meeting", "its December meeting",
# "the July Parish Council Meeting", "the Mid Point meeting", "the AGM on 23rd April", "its
# meeting on 12 March 2025", "the February Board", "the meeting of the Council on 24 July",
# "the Panel meeting scheduled for 3 March".
NAMED_MEETING_RE = re.compile(
    r"\b(?P<prep>at|to|for|until|till|in|attend|by)\s+(?P<when>(?:the|its|our|their)\s+"
    # "the August public meeting": a month, then a word or two of any case; "the March telco"
    rf"(?:(?:{MONTHS})\s+(?:(?:[a-z][\w’'-]*\s+){{1,2}}?[Mm]eeting|(?i:{CALLS}))|"
    r"(?:(?!(?i:last|previous|first|recent|same|this|today|next|future)\b)"
    r"(?:[A-Z][\w&'’-]*|spring|summer|autumn|winter|annual|budget|term|mid-point|mid-year"
    r"|extraordinary|special|planning|strategy|general|quarterly|away-day|development|20\d\d"
    # "our regular meeting", "the first annual meeting" (not "the first meeting": often past)
    r"|regular|monthly|weekly|usual|ordinary|full)\s+"
    # "the first annual meeting" (not "the first meeting": often past)
    r"|first\s+(?=(?:annual|general|full|ordinary)\b))"
    r"{1,4}(?:[Mm]eeting|AGM|Board|Committee|Cabinet|Panel)"
    rf"(?:\s+(?:on|in|scheduled\s+for)\s+(?:the\s+)?(?:{DATE_EXPR}))?"
    r"|meeting\s+(?:of\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){1,5}?)?"
    rf"(?:on|in|scheduled\s+for)\s+(?:the\s+)?(?:{DATE_EXPR})"
    r"|AGM|Annual\s+(?:General\s+|Parish\s+)?Meeting))\b"
)


_MONTH_WORD_RE = re.compile(rf"\b(?:{MONTHS})\b")
# A sentence about what happened: "was presented to the May meeting".
_PAST_RE = re.compile(r"\b(?:was|were|had|did|went|came|presented|reported|attended)\b")
_MEETING_WORD_RE = re.compile(r"(?i)meeting|agm")


# Business brought to a meeting: a paper, or a verb of presenting, deciding or discussing.
_BUSINESS_RE = re.compile(
    r"\b(?:present|submi[ts]|bring|brought|report|(?:re-?)?consider|revisit|discuss|receive|approv|agree|decid|table"
    r"|raise|review|update|give|given|provide|share|return|come|take|taken|appoint|elect|adopt"
    r"|confirm|resolv|finali[sz]"
    r"|sign|accounts|item|paper|proposal|plan|strateg|session|business|motion|information"
    r"|presentation|invit|attend|debate|scrutin|hear|see|vote|set|put\s+(?:to|before))"
)
# A meeting named bare, by its name or kind, no article: "in Welfare meeting", "in monthly
# Classic meeting", "for AGM" (one line: not a heading's last word and the next line's first).
_BARE_NAMED_RE = re.compile(
    r"(?<!\bthe\s)(?<!\bThe\s)(?<!\bour\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bthis\s)"
    r"\b(?P<prep>at|in|for|to)[ ](?P<when>(?:(?:monthly|weekly|regular|quarterly|annual)[ ])?"
    r"(?:(?!(?:This|That|Each|Every|Last|Next)\b)[A-Z][\w&'’-]*[ ]){1,3}[Mm]eeting|AGM)\b"
)


def _task_note(low: str) -> bool:
    """Whether a note opens with a verb of work and its object, someone's task ("Look at the
    code, to make a recommendation at Toronto meeting"; not "Discuss in Welfare meeting", nor
    a noun "Stall rota in Volunteers meeting")."""
    first = _FIRST_WORD_RE.match(low)
    return (
        first is not None
        and is_base_verb(first.group(1))
        and not _BUSINESS_RE.match(low, first.start(1))
    )


_FIRST_WORD_RE = re.compile(
    r"\W*([a-z]+)\s+(?:the|a|an|at|to|for|with|on|up|out|our|their|his|her|all|any|some|it|this"
    r"|these|them|that)\b"
)
# A verb that makes a sentence more than a note: "the AGM was held", "minutes approved".
_FINITE_RE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|did|does|do|been|being|[a-z]{2,}ed|met|said|held|took"
    r"|made|gave|went|came|saw|told|felt|thought|brought|sent|spoke|found|left|began|won|lost)\b"
)


_OTHER_PREPS = frozenset(("at", "to", "until", "till", "in"))


def at_a_future_meeting(ctx: Context, st: str, low: str) -> Hit | None:
    """A meeting (or its agenda) still to come, after a word that brings something to it: "an
    update at the next meeting", "an item for a future meeting", "an item to the next Agenda",
    "defer this discussion to the next meeting", "invite the Lead Members to future meetings
    of the committee", "attend our next monthly meeting on 3 March", "discuss it at next
    all-hands". Not a deadline ("by the next meeting") nor the meeting itself ("the date and
    time of the next meeting", "unapproved minutes")."""
    if not (
        "next" in low
        or "future" in low
        or ("different" in low or "separate" in low or "another" in low)
        or "forthcoming" in low
        or "later" in low
        or ("subsequent" in low or "following" in low or "upcoming" in low)
    ):
        return None
    for m in chain(_FUTURE_MEETING_RE.finditer(st), _AT_NEXT_RE.finditer(st)):
        if _logistics_before(st, m.start()):
            continue
        if m.groupdict().get("other") and (
            m.group("prep").lower() not in _OTHER_PREPS or not FORWARD_RE.search(low)
        ):
            continue  # "he attended at another session", "asked for another session"
        if _LOGISTICS_AFTER_RE.match(st, m.end()):
            continue  # "agree on next meeting date"
        if HYPOTHETICAL_RE.search(st, 0, m.start()):
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
        if _logistics_before(st, m.start()):
            continue  # "Calendar invite for next call will be sent": how to join it
        if not _BARE_NEXT_STOP_RE.match(st, m.end()) and not _LOGISTICS_AFTER_RE.match(st, m.end()):
            return m.start(), m.group(0)
    return None


def _deadline(prep: str, low: str) -> bool:
    """Whether a meeting after ``prep`` is a deadline: "by the next meeting", "before the
    next call", and what members are to come prepared with; unless something is to be ready
    for it ("a draft available by the next meeting", "put a proposal together before the next
    meeting")."""
    if "come prepared" in low or "comes prepared" in low:
        return True
    prep = " ".join(prep.lower().split())
    if prep in ("before", "ahead of"):
        return _MADE_FOR_RE.search(low) is None
    return prep in ("by", "prior to", "in time for") and not (
        _READY_FOR_RE.search(low) or _MADE_FOR_RE.search(low) or _SETTLED_THERE_RE.search(low)
    )


# "put on July agenda", "invite to May meeting", "for the March agenda", "for 9 February
# meeting", "for December 2020 meeting": a month's meeting with no article before it, or its
# agenda.
_MONTH_MEETING_RE = re.compile(
    rf"\b(?:on|to|onto|for|at|until|till)\s+(?P<when>(?P<the>the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?"
    rf"(?:{MONTHS})(?:\s+20\d\d)?(?:[’']s)?\s+"
    r"(?:(?i:meeting|agenda)|(?:[A-Z][\w&'’-]*\s+){1,3}(?i:meeting|agenda)))\b"
)


_MONTHS_SET = frozenset(m.lower() for m in calendar.month_name if m)


def month_meeting(st: str, low: str, noun: str) -> re.Match[str] | None:
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


# A meeting named by its day, the month perhaps cut short: "at Dec 16 meeting", "for the 2nd
# Oct mtg", "to the 3 March board meeting".
_DATED_MEETING_RE = re.compile(
    r"\b(?:on|to|onto|for|at|until|till)\s+(?P<when>(?:the\s+|our\s+|its\s+)?"
    rf"{DAY_AND_MONTH}\s+(?:[A-Za-z][\w&'’-]*\s+)?(?i:meeting|mtg))\b"
)


def _dated_meeting(st: str, low: str) -> re.Match[str] | None:
    """A meeting named by its day (see :data:`_DATED_MEETING_RE`), with "the" or without, in
    a sentence that brings business to it: the day names which meeting, as a bare month does
    ("to May meeting")."""
    if " m" not in low or not any(map(str.isdigit, st)):
        return None
    m = _DATED_MEETING_RE.search(st)
    if m is None or not _BUSINESS_RE.search(low):
        return None  # "To be announced at Dec 4 lab meeting": no business comes to it
    if _DONE_THERE_RE.search(st, max(0, m.start() - 30), m.start()):
        return None  # "As discussed at the Nov 4 meeting": a meeting past (its year unsaid)
    return m


# Done at a meeting, the participle right before it: "discussed at", "agreed in" (not "to be
# discussed at").
_DONE_THERE_RE = re.compile(r"(?<!\bbe\s)(?<!\bbeen\s)\b[a-z]+ed\s+$")


def at_a_named_meeting(ctx: Context, st: str, low: str) -> Hit | None:
    """A meeting named by its month, term, purpose or name, in a sentence that looks forward
    or a note with no verb: "bring the accounts to the July Parish Council Meeting", "a
    scoping report be submitted to the Mid Point meeting", "receive the plan at its meeting
    on 12 March 2025", "take it to the AGM on 23rd April", "put to a vote at the first annual
    meeting", "Hope to have resolved in time for the Board meeting", "JIRA hygiene in monthly
    Classic meeting", "Motion suggestion for AGM: ...". Not "the report was presented at the
    January meeting", "remain in post until the AGM", "Following the approval of X at the AGM
    on 12 May, ...", a task "Look at the code, to recommend at Toronto meeting"."""
    if (
        "meeting" not in low
        and "agm" not in low
        and "mtg" not in low
        and not _MONTH_WORD_RE.search(st)
    ):
        return None
    bare = month_meeting(st, low, " meeting") or _dated_meeting(st, low)
    if (
        bare
        and not bare.groupdict().get("the")
        and not bare.group("when").lower().endswith("agenda")
        and not _PAST_RE.search(low)
        and not _logistics_before(st, bare.start())
    ):
        return bare.start(), bare.group("when")  # "invite them to May meeting"
    if FORWARD_RE.search(low):
        if not _BUSINESS_RE.search(low):
            return None  # "the Vice Chair will step down at the AGM": no business comes to it
    elif _FINITE_RE.search(low) or _task_note(low):
        return None  # not a note ("JIRA hygiene in monthly Classic meeting"): nothing to come
    for m in chain(NAMED_MEETING_RE.finditer(st), _BARE_NAMED_RE.finditer(st)):
        when = m.group("when")
        if _logistics_before(st, m.start()):
            continue  # "the venue for the Annual Meeting": the meeting itself
        if _deadline(m.group("prep"), low):
            continue
        if _DONE_AT_RE.search(st, max(0, m.start() - 40), m.start("when")):
            continue  # "The precept was agreed at the January meeting": done there
        if _RECALLED_AT_RE.search(st, max(0, m.start() - 40), m.start("when")):
            continue  # "The points raised at the May meeting were sent on": a meeting past
        if _LASTS_UNTIL_RE.search(st, max(0, m.start() - 80), m.start("when")):
            continue  # "the officers remain in post until the 2020 AGM": a state, not business
        if m.group("prep") == "to" and _FURTHER_TO_RE.fullmatch(st, 0, m.start()):
            continue  # "Further to the meeting on 22 January, it had been agreed ..."
        if _OPENING_PAST_RE.match(st) and "," in st[m.end() :]:
            continue  # "Following the approval of the Constitution at the AGM on 12 May, ..."
        if _MEETING_WORD_RE.search(when) or _MONTH_WORD_RE.search(when):
            return m.start(), when
        # else "to the Health Board": a body, read by to_the_body
    return None


# Something done at a meeting: "was agreed at", "had been discussed at"; a paper that was
# taken to it: "was brought back to", "were presented to" (not "was deferred to": put off).
_DONE_AT_RE = re.compile(
    r"\b(?:was|were|(?:had|has|have)\s+been)\s+(?:[a-z]+\s+){1,2}?(?:at|in|during)\s+$"
    r"|\b(?:was|were|(?:had|has|have)\s+been)\s+(?:brought|presented|reported|submitted|taken"
    r"|tabled|circulated|sent)\s+(?:back\s+)?to\s+$"
)
# A meeting named by what was done there, a participle with no "be" before it: "the points
# raised at the May meeting", "the figures presented at the June meeting" (not "to be raised
# at", "will be presented at"); or a subject, a verb in the past and its object: "Cllr Bell
# clarified the point at issue in our May meeting", "she explained her figures at the April
# meeting" (not "agreed to bring the plan to the May meeting", "asked that it come back at",
# "Members requested a report at": what was asked for is to come; nor "agreed to hold a themed
# session at its June meeting": no subject before "themed").
_RECALLED_AT_RE = re.compile(
    r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)\b(?:[a-z]{2,}ed|given|made|taken|held|brought|sent"
    r"|put|set|seen|done|heard|spoken|read)\s+(?:at|in|during)\s+$"
    r"|(?:\b[A-Z][\w’'-]*|\b(?:he|she|they|we|who))\s+(?:also\s+)?(?!(?:ask|request|agre|invit"
    r"|resolv|recommend|decid|propos|suggest|want|expect|plann|hop|intend|arrang|schedul|defer"
    r"|postpon|mov|refer|need)ed\b)[a-z]{2,}ed\s+(?:(?!(?:to|be|that|for|will|would|shall|should"
    r"|could|can|may|might|must|back|again)\b)[\w’'-]+\s+){1,4}?(?:at|in|during)\s+$"
)
# A state that lasts until a meeting: "remain in post until", "serve until", "stays open till".
_LASTS_UNTIL_RE = re.compile(
    r"\b(?:remain|remains|stay|stays|continue|continues|serve|serves|hold\s+office"
    r"|in\s+(?:post|office|place)|valid|open)\b[^.;]{0,50}?\b(?:until|till)\s+$"
)
# An opening clause about what happened at a meeting, the sentence's news after its comma:
# "Following the approval of the new Constitution at the AGM on 12 May, the Committee ...".
_OPENING_PAST_RE = re.compile(
    r"\W*(?:Following|After|Since)\s+(?:the|its|their|our)\s+[\w-]+(?:\s+of)?\b[^,;]*?\s+at\s"
)
# "Further to the meeting on Friday 3rd May at the pavilion, it had been agreed ...": a
# meeting past, whose outcome follows.
_FURTHER_TO_RE = re.compile(r"\W*(?i:further|following\s+on)\s+$")


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
    run first", "the working group agreed to reconvene in May to finalise the bid", "agreed to
    have a further meeting after the survey". Not the
    next meeting's date alone ("we will meet again on 3 March")."""
    m = _MEET_AGAIN_RE.search(low)
    if m is None:
        return None
    return m.start(), later(ctx, st, m.start())


_MEET_AGAIN_RE = re.compile(
    r"(?:\b(?:will|would|shall|should|to|agreed\s+to|plans?\s+to|planned\s+to)|[’']ll|\blet[’']?s)\s+"
    r"(?:meet\s+again|reconvene|re-convene)\b[^.;]{0,60}?\bto\s+(?!be\b)[a-z]{3,}"
    # a meeting of its own once something is done: "Members agreed to have a further meeting
    # after the survey", "will hold another meeting once the quotes are in"
    r"|(?:\b(?:will|would|shall|should|to|agreed\s+to|plans?\s+to|planned\s+to)|[’']ll|\blet[’']?s)\s+"
    r"(?:have|hold)\s+(?:a\s+)?(?:further|another|follow-up|follow\s+up)\s+meeting\s+(?:after|once|when)\s+\w"
)


def special_session(ctx: Context, st: str, low: str) -> Hit | None:
    """A meeting, session, workshop or briefing of its own to be held on a subject: "agreed to
    host a Board development session to look at the five-year plan", "a workshop for members
    would be arranged on the budget", "an extraordinary meeting will be held in May to
    consider the lease"; a general meeting (an AGM, an EGM) fixed for a date to come, a
    meeting of its own by its kind ("An EGM will be held on 14 April", "agreed to set the date
    of the AGM", "a provisional date for the AGM of 6 July was agreed"). Not the next ordinary
    meeting, nor one with no purpose given ("a
    developer meeting will be held at the same time"), nor one with or for people outside the
    meeting ("Pete to arrange a meeting with the web team to discuss ...", "host a
    preparedness meeting for residents"): someone's task. Also one announced under its
    subject as a label ("Regatta planning: There will be a meeting at the library on Tuesday,
    April 14th") or named by its subject with its time ("October budget meeting: 6:30")."""
    m = _HOLD_SESSION_RE.search(low)
    if m is None:
        return _subject_meeting(st, low)
    group = next(g for g in ("s1", "s2", "s3", "s4", "s5") if m.group(g))
    if _OUTSIDE_PARTY_RE.match(low, m.end(group)):
        return None  # "arrange a meeting with the sea ice people": a task with others
    purpose = _SESSION_PURPOSE_RE.search(low, m.end(), m.end() + 120)
    if (
        purpose is None
        and not _SESSION_KIND_RE.search(m.group(group))
        and not (group != "s1" and _label(st))
    ):
        return None
    # "in May", not the time what it looks at names ("to plan the next year")
    when = later(ctx, st[: purpose.start() if purpose else len(st)], m.start())
    return m.start(), when or " ".join(st[m.start(group) : m.end(group)].split())


_SESSION = (
    r"(?:(?!next\b|the\b|this\b)[\w-]+\s+){0,3}?(?:meeting|session|workshop|seminar|briefing"
    r"|away[\s-]?day|hearing|agm|egm)s?\b"
)
_HOLD_SESSION_RE = re.compile(
    r"\b(?:will|would|shall|to|agreed\s+to|should|plans?\s+to)\s+(?:\w+\s+)?(?:hold|host"
    r"|arrange|organi[sz]e|convene|schedule|set\s+up|call)\s+(?P<s1>(?:a|an)\s+"
    + _SESSION
    + r")|\b(?P<s2>(?:a|an)\s+"
    + _SESSION
    + r")(?:\s+(?:of|for|with|on)(?:\s+[\w-]+){1,3}?)?\s+(?:(?:will"
    r"|would|is\s+to|are\s+to|to|should|could)\s+)?be\s+(?:held|arranged|organi[sz]ed|convened"
    r"|scheduled|set\s+up|called)\b"
    # "There will be a meeting at the library on Tuesday"
    r"|\bthere\s+(?:will|would|shall|is\s+to)\s+be\s+(?P<s3>(?:a|an)\s+(?:[\w-]+\s+){0,2}?meeting)\b"
    # its date fixed: "decided to set the date of the AGM", "a tentative date for the AGM of 31
    # August was agreed"
    r"|\b(?:set|fix|agree|confirm|choose)\s+(?:on\s+)?(?:the\s+|a\s+)?(?:tentative\s+"
    r"|provisional\s+)?dates?\s+(?:of|for)\s+(?P<s4>(?:the\s+|an?\s+)?" + _SESSION + r")"
    r"|\bdates?\s+(?:of|for)\s+(?P<s5>(?:the\s+|an?\s+)?" + _SESSION + r")[^.;]{0,60}?\b(?:was"
    r"|were|is|has\s+been|have\s+been)\s+(?:now\s+)?(?:agreed|set|fixed|confirmed|chosen)\b"
)
# The subject a line opens with, as a label: "Gatsby planning: There will be a meeting ..."
# (not "Next meeting:", "Date:").
_LABEL_RE = re.compile(r"\W*(?P<label>[A-Za-z][\w ’'&/]{2,40}?)(?:\s*:|\s+[-–—])\s")
_NOT_A_SUBJECT_RE = re.compile(
    r"(?i)\b(?:meetings?|date|next|time|venue|when|where|location|note|notes|update|minutes"
    r"|actions?|agreed|resolved|decisions?)\b"
)


def _label(st: str) -> bool:
    """Whether sentence ``st`` opens with its subject as a label ("Regatta planning: There
    will be a meeting ...")."""
    m = _LABEL_RE.match(st)
    return m is not None and not _NOT_A_SUBJECT_RE.search(m.group("label"))


# A meeting to come named by its subject, with its day or time: "October budget meeting:
# 6:30-7:30 PM", "wednesday garden meeting at 10 where we also discuss the trees"; not a kind
# of meeting ("the July public meeting") nor a group's name ("13 July CLUG meeting").
_SUBJECT_MEETING_RE = re.compile(
    rf"(?i:\b(?:{MONTHS}|{'|'.join(calendar.day_name)})(?:[’']s)?)\s+"
    r"(?!(?:public|general|regular|board|committee|council|monthly|weekly|annual|full|open"
    r"|business|members|membership|staff|team|parish|town|ordinary|usual|next|last|first|joint"
    r"|online|virtual|hybrid|zoom|in-person|special|extraordinary)\b)(?P<subject>[a-z][a-z-]+)\s+"
    r"(?i:meeting)\b(?=\W{0,3}:|\s+[-–—]\s+\d|\s+(?:will\s+be\s+|is\s+)?at\s+\d"
    r"|\s+(?:where|to\s+(?:discuss|decide|plan|agree)))"
)


def _subject_meeting(st: str, low: str) -> Hit | None:
    """A meeting to come named by its subject with its time (see _SUBJECT_MEETING_RE)."""
    if " meeting" not in low or _PAST_RE.search(low):
        return None
    m = _SUBJECT_MEETING_RE.search(st)
    return (m.start(), " ".join(m.group(0).split())) if m else None


# Whom a session is with or for, when not the meeting itself: "with the web team", "for
# residents".
_OUTSIDE_PARTY_RE = re.compile(
    r"\s+(?:with\s+(?!(?:the\s+|all\s+)?(?:group|committee|board|panel|council|members|trustees"
    r"|governors|everyone|all|us)\b)|for\s+(?:the\s+)?(?:people|residents|homeowners|public|parents"
    r"|families|volunteers|owners|neighbou?rs|staff|students|community)\b)"
)
# A session that is not an ordinary meeting by its kind: "a special meeting", "an
# extraordinary meeting", "a development session", "a confirmation hearing".
_SESSION_KIND_RE = re.compile(
    r"\b(?:special|extraordinary|additional|extra|development|dedicated|separate|emergency"
    r"|hearings?|general|agm|egm)\b"
)
# What the session is for: "to look at", "to consider", "about", "in relation to".
_SESSION_PURPOSE_RE = re.compile(
    r"\bto\s+(?:look|discuss|consider|review|agree|explore|plan|decide|finali[sz]e|examine"
    r"|scrutini[sz]e|go\s+through|work\s+through|develop|agree|set|shape|talk)\b"
    r"|\b(?:about|regarding|concerning|in\s+relation\s+to|focus(?:ed|ing)?\s+on|dedicated\s+to)\b"
)


def next_meeting_business(ctx: Context, st: str, low: str) -> Hit | None:
    """The next meeting's business stated with it: "Next meeting: 8 April 2024, to include the
    annual accounts", "The next meeting will focus on the summer show", "The next meeting
    will be to vote in the new Chair", "Next meeting agenda:
    hedges; compost bays", "the Panel's meeting in December includes a report on the budget",
    "Next week: discuss the checklist". Not its date, time or place alone ("Next meeting: 8
    April at 7pm in the Pavilion")."""
    m = _NEXT_MEETING_BUSINESS_RE.search(st)
    if m is not None:
        when = m.group("when")
        return m.start(), "the next meeting" if when and when[:4].lower() == "next" else when
    note = _NEXT_NOTE_RE.match(st)
    if note is not None and (
        is_base_verb(note.group("verb").lower())
        # a topic after a label that names no date: "Next time: cadence", "For next week: the
        # budget", "Next agenda: bus shelter", "For the September meeting: the grass contract"
        # (not "Next week: Tuesday at 7", "Next meeting: the village hall")
        or (
            (
                note.group("for")
                or note.group("month")
                or note.group("gathering").lower() in ("time", "agenda")
            )
            and not _WHEN_OR_PLACE_RE.match(note.group("verb"))
        )
    ):
        return _noted_for(ctx, note)
    topic = _TOPIC_THEN_MEETING_RE.match(st)
    if topic is None:
        topic = _LATER_AGENDA_LABEL_RE.match(st)
        if topic is not None and (
            _WHEN_OR_PLACE_RE.match(topic.group("first")) or topic.group("first")[0].isdigit()
        ):
            return None  # "Agenda next time: 7pm at the hall", "Next week's agenda: none"
    return _noted_for(ctx, topic) if topic is not None else None


def _noted_for(ctx: Context, note: re.Match[str]) -> Hit | None:
    """The meeting a note is for: the next, or the month's ("the September meeting"); not
    the month of these minutes ("For the March meeting:" in March: their own agenda)."""
    month = note.group("month")
    if month is None:
        return note.start(), "the next meeting"
    if ctx.meeting_date is not None and _MONTH_NUMBER[month] == ctx.meeting_date.month:
        return None
    return note.start(), f"the {month} meeting"


_MONTH_NUMBER = {name: i for i, name in enumerate(calendar.month_name) if name}


_NEXT_MEETING_BUSINESS_RE = re.compile(
    r"(?i)\b(?P<when>next\s+(?:meeting|call|session|plenum)|(?:" + MONTHS + r")\s+meeting"
    r"|meeting\s+(?:in|on)\s+(?:" + DATE_EXPR + r"))\b(?:[^.;]{0,60}?[,:–—-]\s*|\s+)"
    r"(?:(?:will|would|should|shall|is\s+to)\s+(?:also\s+)?|to\s+)?(?:include|includes|cover|covers"
    r"|feature|features|focus\s+on|focuses\s+on|be\s+devoted\s+to|concentrate\s+on"
    # who will bring what to it: "Next meeting: 9 July – Ana will present the survey
    # results", "Next call 12 Aug: Priya to demo the dashboard" (not "Ana will chair", "Dee
    # to book the hall": its running)
    r"|(?:[\w’'-]+\s+){1,3}?(?:will|would|is\s+to|to)\s+(?:also\s+)?(?:present|report|update"
    r"|bring|demo|demonstrate|show|lead|talk|speak|propose|table|introduce"
    r"|give\s+(?:a|an|the|her|his|their)\s+(?:[\w-]+\s+)?(?:talk|update|presentation|report|briefing))"
    # what it is held for: "The next meeting will be to vote in the new Chair"
    r"|be\s+(?:held\s+)?to\s+(?:vote|elect|appoint|decide|agree|approve|discuss|consider|review"
    r"|finali[sz]e|choose|select|adopt))\b"
    r"|^\W*next\s+(?:meeting|call)[’']?s?\s+agenda\s*[:–—-]\s*(?!(?:none|nil|tbc|tba|n/?a)\b)\w"
)
# "Next week: discuss the release checklist": the next gathering's business, a verb first;
# or a topic for the next agenda or a month's meeting ("Next agenda: bus shelter", "For the
# September meeting: a review of the contract").
_NEXT_NOTE_RE = re.compile(
    r"(?i)^\W*(?P<for>for\s+(?:the\s+)?)?(?:next\s+(?P<gathering>week|call|meeting|time|sync"
    r"|session|agenda)|(?-i:(?P<month>" + MONTHS + r")))\s*(?(month)(?:meeting|agenda))"
    r"\W*[:–—-]\s*(?P<verb>[a-z]+)\b"
)
# A topic noted for the next meeting or a month's: "Car park - next meeting.", "Bus shelter:
# next agenda", "Hedges - October meeting" (not its date, place or apologies).
_TOPIC_THEN_MEETING_RE = re.compile(
    r"^\W*(?!(?i:date|time|venue|place|location|apologies)\b)[A-Z][\w’'/&,-]*(?:\s+[\w’'/&,-]+){0,5}"
    r"\s*(?:[:–—(→]|\s-|\s->)\s*(?i:for\s+)?(?i:the\s+)?"
    r"(?:(?i:next\s+(?:meeting|agenda|call|sync)|next\s+(?:week|month|call|meeting)[’']s\s+agenda)"
    r"|(?P<month>" + MONTHS + r")\s+(?i:meeting|agenda))\W*$"
)
# A label naming a later meeting's agenda, its topics after it: "Next week's agenda: CI costs",
# "Agenda next time: the mascot", "For the agenda next week: CI costs", "Proposed agenda items
# for next time: ...", "Agenda item for November: allotment rents" (not "Next week's agenda:
# none", "Agenda next time: 7pm at the hall").
_LATER_AGENDA_LABEL_RE = re.compile(
    r"(?i)^\W*(?:for\s+)?(?:the\s+)?(?:proposed\s+|draft\s+)?(?:next\s+(?:week|month|call|meeting"
    r"|sync|session)[’']s\s+agenda(?:\s+items?)?|agenda(?:\s+items?)?\s+(?:for\s+)?(?:the\s+)?"
    r"(?:next\s+(?:week|month|call|sync|session|time)|(?-i:(?P<month>" + MONTHS + r"))))"
    r"\s*[:–—-]\s*(?P<first>\w+)"
)
# A word that opens a date, time or place, or says none is set.
_WHEN_OR_PLACE_RE = re.compile(
    r"(?i)(?:at|in|on|same|tbc|tba|tbd|none|n/a|nil|venue|date|time|"
    + "|".join(calendar.day_name)
    + "|"
    + MONTHS
    + r")\b"
)
