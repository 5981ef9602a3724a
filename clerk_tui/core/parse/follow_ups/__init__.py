"""Follow-ups: what must come back to a later meeting or go to another body. Each sentence
rule reads one kind of sentence (see :data:`SENTENCE_RULES`); the rules live in modules by
kind: :mod:`.meetings` (a meeting named), :mod:`.returns` (back, or to a body),
:mod:`.deferrals` (put off, taken up again) and :mod:`.work_programme` (a programme or
coming agenda); this module runs them and sets aside what is not a follow-up:

- :func:`at_a_future_meeting`: "an update at the next meeting", "an item for a future
  meeting", "defer this to the next Board meeting", "invite them to future meetings",
  "discussed at a different meeting", "on the agenda of the next meeting", a paper made
  for it ("put a proposal together before the next meeting");
- :func:`at_a_named_meeting`: "bring it to the July meeting", "the Mid Point meeting",
  "its meeting on 12 March", "in our regular meeting", "to discuss in Welfare meeting" (with
  words that look forward, or a note with no verb: a named month is as often past);
- :func:`back_to`: "report back to the Board in 2 months", "come back in the new year";
- :func:`to_the_body`: "bring the plan to the Board", "for consideration by the Board",
  "for the Council's consideration",
  "recommended to the County Council for approval";
- :func:`on_the_programme`: "added to the work programme", "placed on the agenda for";
- :func:`onto_an_agenda`: "Clerk to add the rents to the agenda", "AI: add licensing to agenda";
- :func:`deferred`: "deferred to a later date", "the item was deferred", "leave this until
  the spring";
- :func:`left_for_later`: "To discuss later once the room is settled", "Item for later:";
- :func:`revisited`: "the Committee would revisit this in six months", "Reevaluate the
  timeline in April";
- :func:`special_session`: "a special meeting on the budget will be held in October",
  "Fair planning: There will be a meeting at the hall on 7 May", "October budget meeting:
  6:30", "An EGM will be held on 14 April", "a date for the AGM was agreed";
- :func:`scheduled`: "adoption of the list scheduled for September 21";
- :func:`considered_later`: "this will be considered in the spring";
- :func:`taken_up_later`: "We'll discuss this next week", "Tomasz to present it next week";
- :func:`further_report`: "Members requested a further report in six months' time";
- :func:`more_discussion`: "Needs more discussion", "further discussion will be required";
- :func:`decision_awaits`: "would like to see the designs before giving a recommendation";
- :func:`not_reached`: "Not covered: licence header", "Mascot (skipped)";
- :func:`kept_in_view`: "KIV until Feb", "to make a decision next year", "an agenda item for
  Thursday's drop-in", "bring this up with the coordination meeting";

- :func:`next_meeting_business`: "Next meeting: 8 April, to include the accounts";
- :func:`cue_and_time`: what the rules above leave, read by its grammar, a cue of return
  and a later time ("pushing to next week", "Table for now, revisit in Q3");
- what they leave that a later meeting will hold (:mod:`.coming`): "the talk will be at the
  May meeting", "costs would be reported for April", "the next two meetings will each have a
  speaker", "a decision will then be made by the Committee";

a note behind an action mark is read as the note it is ("AI: discuss later", "TODO: decide
later"), and a meeting named bare is one too ("assign an owner next meeting", "invite to May
meeting", "put on July agenda", "a draft available by the next meeting"). Not follow-ups: a
standing item (every meeting's, not one's: "road safety would be a standing item"), a quoted
notice of motion or question ("I will ask at the next meeting ..."), minutes awaiting
approval, headings ("## Actions for next meeting"), a possibility discussed, what lies in
an "if" or "whether" clause ("enquired whether it would be reported back"), what only happens
later: a matter taken up offline ("discuss this offline next week"), a member's part at a
later meeting ("take notes at the next meeting", "bring cake to the AGM"), the meeting's own
arrangements and papers ("the Zoom link for next meeting", "The agenda for the next meeting
will be circulated a week before");

and :func:`forward_plan_rows` reads a work programme or forward plan laid out as a table or
list of future items, each with its meeting date. Each follow-up has ``when`` (the phrase)
and ``due`` (the date it resolves to, where it does).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from ...model import FollowUp
from ..actions.lexicon import is_base_verb
from ..actions.reviews import drop_reviewed, marked_done
from ..conditions import IF_WORDS
from ..context import (
    Context,
    Spans,
    due_after,
    due_phrases,
    item_at,
    line_of,
    lines_with,
    resolved_due,
    sentences_of_line,
)
from ..forward_plans import (
    LATER_MEETING_HEAD_RE,
    PLAN_HEADING_RE,
    a_heading,
    entries_under,
    forward_plan_rows,
    listed,
    names_next_items,
)
from ..keywords import KeyedRules
from ..layout import (
    CHAT_PREFIX_RE,
    MEETING_COURSE_RE,
    TIME_ALLOWED_RE,
    Line,
    hanging_from,
    indent,
    marker,
)
from .coming import (
    at_a_meeting_to_come,
    decided_later_by_the_body,
    future_topic,
    meeting_needed,
    next_meetings_shape,
    reported_for_a_month,
    rest_later,
)
from .common import (
    CALLS,
    CLAUSE_STOP_RE,
    FORWARD_RE,
    LEAD_DISCUSSION,
    MEETING_WORD_RE,
    MONTHS,
    Hit,
    looks_ahead,
)
from .cue_time import cue_and_time
from .deferrals import (
    PUT_OFF_MARK_RE,
    considered_later,
    decision_awaits,
    deferred,
    kept_in_view,
    left_for_later,
    more_discussion,
    not_reached,
    returned_to,
    revisited,
    taken_up_later,
    to_be_discussed,
)
from .meetings import (
    at_a_future_meeting,
    at_a_named_meeting,
    item_of_a_meeting,
    meets_again,
    next_meeting_business,
    special_session,
)
from .returns import back_to, further_report, to_the_body
from .work_programme import (
    INLINE_ITEMS_RE,
    agenda_cells,
    items_after_heading,
    on_the_programme,
    onto_an_agenda,
    scheduled,
    standing_item,
)

# Filters: sentences that name a later meeting and still bring nothing back to it.
_MINUTES_STATUS_RE = re.compile(
    r"(?i)\bminutes\b[^.;]{0,40}\b(?:are|is|were|remain)\s+(?:unapproved|draft|provisional"
    r"|subject\s+to)|\bunapproved\b|\b(?:draft|provisional)\s+minutes\b"
    r"|\bminutes\b[^.;]{0,80}?\b(?:subject\s+to|following|until|pending|after|before)\s+"
    r"(?:their\s+|the\s+|its\s+|formal\s+)?(?:approval|ratification|adoption|confirmation)\b"
    # "minutes of the meeting of 7 December to be included on the next agenda", "the minutes of
    # all meetings must be approved at the next meeting": minutes coming for approval
    r"|\bminutes\s+of\s+(?:the|all|each|every|its|our|this|today[’']?s|tonight[’']?s)\b[^.;]{0,60}?"
    r"\b(?:approved|agreed|signed"
    rf"|confirmed|included|ratified)\b[^.;]{{0,60}}?\b(?:next|following|{MONTHS})\b"
    # the minutes' own title: "Minutes of ... held on 31.01.2018 (Subject to confirmation at the
    # next meeting)"
    r"|\(\s*subject\s+to\s+(?:their\s+|formal\s+)?(?:approval|ratification|adoption|confirmation)\b"
    # "Draft (until approved at the next meeting) Minutes of the Ordinary Meeting ..."
    r"|\bdraft\s*\(\s*(?:until|pending|subject\s+to|to\s+be)\b"
    r"|\(\s*(?:until|pending|subject\s+to|to\s+be)\s[^()]{0,60}\)\s*minutes\b"
)
# A later meeting's own papers sent round, the sentence's subject: "The agenda for the next
# meeting will be circulated a week before", "Agenda for next call to be sent out by Ann",
# "Papers for the next meeting will be circulated in advance" (not "Put the fees on the agenda
# for the next meeting").
_PAPERS_SENT_RE = re.compile(
    r"(?i)^\W*(?:the\s+)?(?:draft\s+)?(?:agenda|papers|paperwork|documents|notice|reminders?"
    r"|joining\s+instructions)\s+(?:for|of)\s+[^.;]{3,60}?\b(?:will|to|shall|should|would|must)"
    r"\s+be\s+(?:\w+\s+)?(?:circulated|sent|issued|published|posted|distributed|e-?mailed"
    r"|uploaded|shared)\b"
)
# A standing practice, not one occasion: "After each meeting the clerk will report back", "add
# the new actions after every call", "a start time of 18:00 for future meetings" (not "Items
# for future meetings").
_STANDING_PRACTICE_RE = re.compile(
    r"(?i)\b(?:after|following|at|before|during)\s+(?:each|every)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:meeting|{CALLS})\b"
    r"|(?<!items\s)(?<!topics\s)(?<!matters\s)\bfor\s+(?:all\s+)?(?:the\s+)?future\s+(?:[\w-]+\s+){0,3}?"
    r"meetings\b"
    # people taking part in meetings to come, not business: "to ensure their participation at
    # future Board meetings", "a letter inviting attendance at the next Rural Forum meeting"
    # (not "invite them to future meetings", "an update at future meetings")
    r"|\b(?:participation|attendance|involvement|presence|representation)\s+(?:at|in)\s+"
    r"(?:all\s+)?(?:the\s+)?(?:future|next|forthcoming|upcoming)\s+(?:[\w-]+\s+){0,4}?meetings?\b"
)
# Later in this same meeting: "come back to it later in the meeting", "deferred to item 13".
_THIS_MEETING_RE = re.compile(
    r"\blater\s+(?:in|on)\s+(?:the|this|today[’']?s)\s+(?:meeting|agenda|call|session)\b"
    r"|\blater\s+today\b|\b(?:to|until|till|under)\s+(?:agenda\s+)?item\s+\d"
    # "a canvass meeting upon completion of the board meeting": straight after this one
    r"|\b(?:upon|on|at|after|following)\s+(?:the\s+)?(?:completion|close|end|conclusion)\s+of"
    r"\s+(?:the\s+|this\s+|today[’']?s\s+)?(?:[\w-]+\s+)?meeting\b"
    r"|\bimmediately\s+(?:after|following)\s+(?:the|this)\s+(?:[\w-]+\s+)?meeting\b"
    # "Update: Following the meeting it has been suggested ...": after this one, not a later one
    r"|\b(?:after|following)\s+(?:the|this|today[’']?s)\s+meeting\b(?!\s+(?:on|of|in|at|with)\b)"
    # what this meeting is for: "the reason for this meeting is to discuss the forthcoming
    # AGM", "This extra meeting was called to plan the next fete"
    r"|\b(?:reason|purpose|aim|object)\s+(?:of|for)\s+(?:this|today[’']?s|tonight[’']?s)\s+"
    r"(?:[\w-]+\s+)?meeting\b"
    r"|\b(?:this|today[’']?s|tonight[’']?s)\s+(?:[\w-]+\s+)?meeting\s+(?:is|was|has\s+been"
    r"|had\s+been)\s+(?:called|held|arranged|convened)\s+(?:to|for)\b"
)
# An apology for a meeting to come: "may not be able to join the next call", "will be unable
# to attend the March meeting", "said she could not attend the April meeting".
_ABSENT_RE = re.compile(
    r"\b(?:(?:not\s+(?:be|being)\s+able|unable|won[’']?t\s+be\s+able)\s+to|can[’']?t|cannot"
    r"|could\s+not"
    r"|couldn[’']?t|will\s+not|won[’']?t|would\s+not)\s+(?:attend|join|make|be\s+at|be\s+present)\b"
    r"|\bapologies\s+for\s+the\s+next\b"
)
# Where an absence's clause closes before what is brought back: "Lizzie was unable to
# attend (she hoped to report to the July meeting)", absent today, her report brought to July
# (not "was unable to attend today's meeting to feedback to the group").
_CLAUSE_CLOSED_RE = re.compile(r"[();]")


def _absent(low: str, pos: int) -> bool:
    """Whether ``low`` sends apologies (see :data:`_ABSENT_RE`) in the clause that holds the
    follow-up at ``pos``."""
    m = _ABSENT_RE.search(low)
    return m is not None and (pos < m.start() or not _CLAUSE_CLOSED_RE.search(low, m.end(), pos))


# A member's own part at a meeting to come, right before it: an office ("she will step down at
# the AGM", "Carl to act as minute-taker for the next meeting", "he would be Chairman for
# tonight and up until the next meeting"), a question put there ("DD will ask this question
# at the next Parish Council meeting", "enquire at CATG meeting") or an absence until it ("Ann
# will be on leave until the next call"), the minutes taken there ("Dee will take notes at the
# next meeting", "Ann will be scribe for the next call"); not "invite the warden to attend the
# next meeting" (a guest comes), "The Chair will report back at the next meeting", "asked for
# an update at the next meeting".
_OWN_PART_RE = re.compile(
    r"(?i)(?:\b(?:st(?:and(?:s|ing)?|ep(?:s|ping)?)\s+down|retir(?:e|es|ing)|(?:be|serve|act)\s+as\s+"
    r"(?:the\s+)?[\w-]+|be\s+(?:the\s+)?(?:chair(?:man|woman|person)?|recorder|minute[\s-]?taker"
    r"|note[\s-]?taker|secretary|scribe|timekeeper|host|facilitator)"
    r"|(?:take|takes|taking)\s+(?:the\s+)?(?:notes|minutes))\b[^.;:]{0,40}"
    r"|\b(?:ask|asks|asking|enquire|enquires|enquiring|inquire|inquires|inquiring|query|queries)"
    r"(?:\s+(?:this|that|the|these|a|his|her|their|our)\s+questions?)?\s+"
    r"|\b(?:on\s+(?:leave|holiday|vacation|sabbatical|annual\s+leave)|away|unavailable|absent"
    r"|off\s+sick|out\s+of\s+(?:the\s+)?(?:office|country))\s+)$"
)
# Refreshments for a meeting to come: "Bob to provide refreshments at the next meeting", "Carl
# will bring cake to the AGM" (not "bring the quotes to the next meeting").
_REFRESHMENTS_RE = re.compile(
    r"\b(?:bring|brings|bringing|provide|provides|providing|supply|supplies|make|makes|making"
    r"|organi[sz]e|organi[sz]es|organi[sz]ing)\s+(?:the\s+|some\s+)?(?:refreshments|cakes?"
    r"|biscuits|snacks|drinks|tea|coffee|pizza|lunch|food)\b"
)
# A clause of what was done before, the cue inside it: "Having given a report during the
# Annual Meeting, the Chair ...", "Having been deferred from the last meeting, ..." (not
# "Having considered the report, the Committee deferred it to the next meeting").
_HAVING_DONE_RE = re.compile(r"\b[Hh]aving\s+(?:been\s+|already\s+)?[a-z]+\b[^,;:.()]*$")
# Something shown at an event of others: "present the roadmap at the regional conference",
# "demo it at the county show", "speak at next year's festival" (not "report on the takings at
# the fete", a report to this meeting; "by a show of hands").
_ELSEWHERE_RE = re.compile(
    r"(?i)\b(?:present|presenting|demo|demonstrate|show|showcase|exhibit|display|speak|talk)\b"
    r"[^.;]{0,60}?\bat\s+(?:the\s+|an?\s+|this\s+year[’']s\s+|next\s+year[’']s\s+)?"
    r"(?:[\w’'&-]+\s+){0,3}?(?:conferences?|conventions?|congress|symposium|shows?(?!\s+of\b)"
    r"|fairs?|festivals?|expo|exhibitions?|fete|gala|roadshow|open\s+day|meet-?ups?)\b"
)


# Taken up away from the meeting: "discuss this offline next week", "to discuss informally on
# 11 June", "an informal briefing", "talk it over outside the meeting", "one-to-one".
_OFFLINE_RE = re.compile(
    r"\b(?:off-?line|informal(?:ly)?|privately|in\s+private|bilateral(?:ly)?"
    r"|outside\s+(?:of\s+)?(?:the|this)\s+(?:meeting|call|session)|one[\s-]to[\s-]one|1[:-]1)\b"
)


def _elsewhere(st: str, low: str, hit: Hit) -> bool:
    """Whether ``st`` takes the matter up away from this body's meetings, at a time that
    names none of them: at an event of others (see :data:`_ELSEWHERE_RE`: "Alice will present
    the roadmap at the regional conference in October"), or offline in the clause that holds
    the follow-up ("We will discuss this offline next week"; not "Sam will report back on the
    show at the next meeting", "take it offline and come back to it next call")."""
    pos, when = hit
    if when is not None and MEETING_WORD_RE.search(when) is not None:
        return False
    if " at " in low and _ELSEWHERE_RE.search(st) is not None:
        return True
    stop = CLAUSE_STOP_RE.search(low, pos)
    return _OFFLINE_RE.search(low, pos, stop.start() if stop else len(low)) is not None


# A notice of motion or question, quoted as it was submitted: "I will ask at the next meeting
# for ...", "We will move at the next Meeting that ...": business of this meeting (not "We will
# raise this at the next meeting", a matter taken there).
_NOTICE_RE = re.compile(
    r"(?i)^\W*(?:I|we)\W*\s*(?:will|shall|wish\s+to|intend\s+to)\s+(?:ask|move|raise|propose"
    r"|seek|table)\s+(?:at|that)\b"
)


# What follows lies inside a condition or a question asked or answered: "enquired whether
# the reviews would be reported back", "if there was anything they would like to add to the
# work programme", "explained how items would be added to the work programme" (not "if there
# is more, let's do it on Sunday": the clause has closed).
_IF_OR_QUESTION_RE = re.compile(
    rf"(?i)\b(?:{IF_WORDS}|whether|(?<=explained\s)how|(?<=described\s)how|(?<=outlined\s)how"
    r"|(?<=asked\s)how|(?<=enquired\s)how|(?<=queried\s)how"
    # a question of when, asked or to settle: "decide ... and when the next time this should be
    # revisited", "asked when it would come back"
    r"|(?<=\band\s)when|(?<=decide\s)when|(?<=asked\s)when|(?<=enquired\s)when"
    r"|(?<=discuss\s)when|(?<=determine\s)when|(?<=agree\s)when|(?<=enquire\s)when"
    r"|(?<=ask\s)when|(?<=check\s)when|(?<=confirm\s)when|(?<=establish\s)when)\b"
    # (up to a new main clause: "... whether quotes should be considered in private, and with
    # this in mind the Regulations will be reviewed at the next meeting")
    r"(?:(?!\band\s+(?:with|so|therefore|thus|hence|it\s+was|it\s+is)\b)[^,;:()–—])*$"
)
_LETTER_RE = re.compile(r"[A-Za-z]")


def _inside_condition(st: str, pos: int) -> bool:
    """Whether ``pos`` lies in a clause of "if" or "whether" that a verb took ("enquired
    whether ..."; not a sentence opening with one, "Whether to print it is to be discussed
    at the next meeting", its main clause still to come)."""
    m = _IF_OR_QUESTION_RE.search(st, max(0, pos - 200), pos)
    return m is not None and _LETTER_RE.search(st, 0, m.start()) is not None


def _conditional(st: str, hit: Hit) -> bool:
    """Whether the follow-up at ``hit`` lies in a condition or a question ("enquired whether
    it would be reported back", "if there is anything to add"), or its time is a question's
    ("Clerk to discuss and enquire when the contract is due")."""
    pos, when = hit
    if _inside_condition(st, pos):
        return True
    if when is None or not when.lower().startswith("when "):
        return False
    at = st.find(when, pos)
    m = _IF_OR_QUESTION_RE.match(st, at, at + len(when)) if at >= 0 else None
    return m is not None and at > 0


# A question put to the meeting, after a speaker's label perhaps: an auxiliary or a question
# word first ("Should we ...?", "Who will bring ...?"); not a note's "Revisit next call?".
_QUESTION_RE = re.compile(
    r"\W*(?:[\w@.]+(?:\s[A-Z][a-z]+)?\s*(?::|\s[-–—])\s+)?(?i:should|shall|can|could|do|does"
    r"|would|will|is|are|who|what|when|why|how|which)\s"
)
# How to join a meeting: "join" and a link or a conferencing service.
_JOIN_LINK_RE = re.compile(
    r"(?i)\bjoin\b.*(?:https?://|www\.|\b(?:zoom|jitsi|webex|teams|hangouts?|meet)\b)"
)
_PAST_FOLLOW_RE = re.compile(
    r"\b(?:came|reported|returned|fed|circled)\s+back\b|\bhad\s+(?:come|been\s+brought|reported)\b"
    # "The survey was brought back to the February meeting"
    r"|\b(?:was|were)\s+(?:brought|reported|referred|taken)\s+back\b"
)
_WHEN_RE = re.compile(
    r"(?i)\b(?:a|the)\s+(?:future|next|forthcoming|subsequent|following)\s+meeting\b"
    r"|\bthe\s+AGM\s+on\s+[^.;,]{3,25}"
)
_COMMITTEE_RE = re.compile(
    r"\b(?:to|by|at)\s+(?:the\s+)?(?P<body>(?:[A-Z][\w&'’-]*\s+(?:and\s+|&\s+|of\s+(?:the\s+)?)?){0,6}"
    r"(?:Board|Committee|Cabinet|Council|Panel|Partnership|Group|Forum|Assembly|Commission|AGM))\b"
)
_MONTH_START_RE = re.compile(rf"^(?:{MONTHS})\s+")
_AGENDA_TEXT_RE = re.compile(
    r"(?i)\s*(?:[\w/.-]*\d[\w/.-]*[.):]?\s+)?to\s+(?:receive|note|consider)\b"
    # (not a note of when: "To consider at the next meeting")
    r"(?!\s+(?:(?:it|this|these|them)\s+)?(?:again\s+)?(?:at|in)\s+(?:the\s+|a\s+)?(?:next|future"
    r"|following|later|subsequent)\b)"
)


SentenceRule = Callable[[Context, str, str], "Hit | None"]
# Each rule with the words (as _KEYED finds them in the lower-cased sentence) one of which
# it needs: a rule runs only on sentences holding one, which keeps most sentences cheap.
SENTENCE_RULES: tuple[tuple[SentenceRule, frozenset[str]], ...] = tuple(
    (rule, frozenset(needs.split("|")))
    for rule, needs in (
        (
            at_a_future_meeting,
            "next|future|forthcoming|later|subsequent|following|upcoming|different|separate"
            "|another",
        ),
        (at_a_named_meeting, "meeting|agm|annual|cabinet|board|committee|panel|mtg"),
        (back_to, "back|return with|resubmit|re-submit|forward"),
        (
            to_the_body,
            "cabinet|board|committee|panel|council|executive|group|partnership|forum|agm|annual"
            "|members|meeting|trustees|assembly|governors|commission| by ",
        ),
        (on_the_programme, "programme|plan|agenda"),
        (onto_an_agenda, "agenda"),
        (
            deferred,
            "defer|postpone|over|forward|put back|table|tabled|park|leave|agenda|push|hold"
            "|punt|bump|slip|move|moved|continued|c/f",
        ),
        (
            revisited,
            "revisit|re-visit|consider|again|return|review|looked at|discussed|evaluat|assess"
            "|examin",
        ),
        (scheduled, "schedul|planned|timetabled|programme|pencilled"),
        (
            considered_later,
            "consider|discuss|debat|revisit|present|brought|tabled|receiv|scrutini|return|continu"
            "|picked|resum|decided|voted",
        ),
        (
            taken_up_later,
            "discuss|decide|revisit|continu|talk|go over|pick|resum|finish|finali|present|demo"
            "|vote|come back|address|consider|look|review|take up|wait|suggest|propos",
        ),
        (
            further_report,
            "report|update|briefing|presentation|receiv|follow|to see|be asked|more|further|tbd"
            "|discussion"
            "|tbc|tba|vote|check|decision|to be decided|to be determined|to be agreed",
        ),
        (item_of_a_meeting, "topic|item|focus|subject|theme"),
        (
            meets_again,
            "again|reconvene|re-convene|further meeting|another meeting|follow-up meeting",
        ),
        (
            next_meeting_business,
            "include|cover|feature|focus|devoted|concentrate|agenda|next week|next call|next time"
            "|next sync|meeting",
        ),
        (to_be_discussed, "discussed|considered|debated|revisited"),
        (
            not_reached,
            "skipped|not covered|not reached|not discussed|not taken|not got to|not get to"
            "|n't get to|out of time|no time",
        ),
        (special_session, "meeting|session|workshop|seminar|briefing|away|hearing|agm|egm"),
        (kept_in_view, "kiv|view|decision|resolution|vote|agenda|bring|raise|the time"),
        (items_after_heading, "items for|matters for|topics for|business for|item for"),
        (left_for_later, "later"),
        (returned_to, "revisit|reconsider|back|return|pick|park|table|punt|defer|postpon|hold"),
        (
            cue_and_time,
            "next|future|later|subsequent|following|upcoming|forthcoming|coming|week|month|year"
            "|quarter|spring|summer|autumn|fall|winter|q1|q2|q3|q4|agm|annual|until|till|once"
            "|easter|christmas|xmas|half-term|half term"
            "|pending|after|f2f|face-to-face|face to face|retreat|offsite|off-site|away day"
            "|awayday|summit|hackathon|in-person|unconference|strategy day|"
            "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            "|0th|1st|2nd|3rd|4th|5th|6th|7th|8th|9th|"
            + MONTHS.lower(),  # (the words of a later time or a condition)
        ),
        (at_a_meeting_to_come, "meeting|agm|agenda"),
        (reported_for_a_month, "reported|presented|brought|submitted|tabled|discussed"),
        (next_meetings_shape, "meeting"),
        (decided_later_by_the_body, "decision"),
        (future_topic, "future|later|further"),
        (rest_later, "rest of|remainder|remaining"),
        (meeting_needed, "meeting|session|sgm|egm|vote"),
        (decision_awaits, "decision|recommendation"),
        (  # (after the rules that read a time with their cue)
            more_discussion,
            "further discussion|more discussion|further debate|more debate|further consideration"
            "|more consideration|discuss more|discuss further|discussed more|discussed further"
            "|discuss this more|discuss this further|discuss it more|discuss it further"
            "|continue|resume",
        ),
    )
)
_KEYED = KeyedRules([needs for _, needs in SENTENCE_RULES])


def find_follow_ups(ctx: Context) -> list[FollowUp]:
    """Every follow-up, once per sentence, in the order of the text: the rows of a forward
    plan, then each sentence that the first of :data:`SENTENCE_RULES` to match reads."""
    out: list[FollowUp] = []
    taken = Spans()
    for rows in (forward_plan_rows, agenda_cells):
        try:
            out.extend(rows(ctx))
        except Exception as exc:
            ctx.faults.failed(rows, exc)
    for row in out:
        taken.add(row.start, row.end)
    agenda = _agenda_lines(ctx)
    for ln in ctx.lines:
        if ln.blank or ln.cend - ln.cstart > 200_000:
            continue
        if ln.index in agenda and not PUT_OFF_MARK_RE.search(ctx.text, ln.cstart, ln.cend):
            continue
        before = None  # the sentence before, on this line, when no follow-up
        for s_start, s_end, st, low in sentences_of_line(ctx, ln):
            if len(st) > 3000 or taken.overlaps(s_start, s_end):
                before = None
                continue
            found = _follow_up(ctx, st, low, s_start, s_end)
            if found is None:
                before = s_start
                continue
            if st.endswith(":") and s_end >= ln.cend:
                # "Prioritise, at the next meeting:" over its list: the entries come back
                entries = entries_under(ctx, ln.index, found.when) if found.when else []
                if entries:
                    out.extend(entries)
                    for e in entries:
                        taken.add(e.start, e.end)
                    continue
                if _over_a_list(ctx, ln.index):
                    continue  # "He listed further items to be considered:": a list's heading
            out.append(_with_topic(ctx, found, ln, before))
            before = None
    out.sort(key=lambda f: f.start)
    # (not the previous meeting's log under review, an entry with no time of its own to come
    # back: "- 41/3: Reconsider the fees (no progress)"; its update may bring a matter back:
    # "- Price flagpoles – done, options for decision at the next meeting")
    kept = {id(f) for f in drop_reviewed(ctx, out)}  # (a set: "f in" a list compared each)
    return _once(
        [f for f in out if id(f) in kept or f.when is not None and not marked_done(ctx, f)]
    )


def _once(follow_ups: list[FollowUp]) -> list[FollowUp]:
    """Each follow-up once: the same words for the same time stated again (a summary of
    actions at the foot restating the minutes, "ACTION: Sam will come back with a quote"
    twice) are the first's."""
    seen: set[tuple[str, str | None]] = set()
    out = []
    for f in follow_ups:
        key = (" ".join(_WORD_RE.findall(f.text.lower())), f.when)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


_WORD_RE = re.compile(r"[^\W_]+")


def _over_a_list(ctx: Context, i: int) -> bool:
    """Whether a list (bulleted or numbered lines) follows line i, a blank line between at
    most."""
    text, lines = ctx.text, ctx.lines
    j = i + 1
    if j < len(lines) and lines[j].blank:
        j += 1
    return (
        j < len(lines)
        and not lines[j].blank
        and lines[j].cstart not in ctx.item_start_set
        and listed(text, lines[j])
    )


def _agenda_lines(ctx: Context) -> set[int]:
    """The lines of this meeting's own agenda, the list right under a heading "Agenda"
    ("## Agenda", "Agenda:", "## Agenda topics", "Today's agenda:"): its entries are this
    meeting's business ("Revisit frequency of meetings (Ryan, 5 minutes)", "Determine the
    tasks for the next meeting"); not the notes nested under an entry, which minute what was
    said of it ("  - we'll come back to this next week")."""
    out: set[int] = set()
    text, lines = ctx.text, ctx.lines
    for word in ("Agenda", "AGENDA", "agenda"):
        for i in lines_with(ctx, word):
            if not _AGENDA_HEAD_RE.match(text, lines[i].cstart, lines[i].cend):
                continue
            j = i + 1
            while j < len(lines) and lines[j].blank:
                j += 1
            top = indent(text, lines[j]) if j < len(lines) else 0
            while j < len(lines) and not lines[j].blank and listed(text, lines[j]):
                if indent(text, lines[j]) <= top:
                    out.add(j)
                j += 1
    return out


# "## Agenda", "Proposed agenda:", "## Agenda topics", "Today's agenda", "Agenda for this call"
# (not "Agenda for next meeting", "Next meeting agenda topics": a later one's).
_AGENDA_HEAD_RE = re.compile(
    r"(?i)\W*(?:(?:proposed|draft|meeting|today[’']?s|tonight[’']?s|this\s+(?:week|meeting|call)[’']?s?)"
    r"\s+)?agenda(?:\s+(?:items?|topics?|points?))?(?:\s+for\s+(?:today|tonight|this\s+(?:meeting|call"
    r"|session|week)))?\W*$"
)


def _follow_up(ctx: Context, st: str, low: str, start: int, end: int) -> FollowUp | None:
    """The follow-up a sentence states, if any (see :data:`SENTENCE_RULES`)."""
    keys = _KEYED.key_re.findall(low)
    if not keys:
        return None
    hit = _first_hit(ctx, st, low, keys)
    if hit is None:
        task = _task_after_mark(st)
        if task:  # "AI: discuss later", "ACTION 4.2 (KT): Revisit once the survey closes"
            in_task = _first_hit(ctx, st[task:], low[task:], keys)
            hit = (in_task[0] + task, in_task[1]) if in_task else None
    if hit is None:
        return None
    if _PAST_FOLLOW_RE.search(st) and not looks_ahead(st):
        return None
    if st.endswith("?") and _QUESTION_RE.match(st):
        return None  # "Should we revisit this next call?", "KM: Can we bring it back?": asked
    if "join" in low and _JOIN_LINK_RE.search(st):
        return None  # "Join the next call at https://...": how to join it, no business
    if _AGENDA_TEXT_RE.match(st) or PLAN_HEADING_RE.match(st) or LATER_MEETING_HEAD_RE.match(st):
        return None  # agenda text ("To receive a report ..."), a forward plan's heading
    if _NOTICE_RE.match(st) or _MINUTES_STATUS_RE.search(st) or _heading(ctx, start, end):
        return None
    if TIME_ALLOWED_RE.search(st) or _ACTION_CARRIED_RE.search(low):
        return None  # this agenda's entry ("Revisit the rota (Sam, 5 minutes)"), an action
        # of the log still open ("Action carried forward")
    if (
        _THIS_MEETING_RE.search(low)
        or MEETING_COURSE_RE.search(low)
        or _absent(low, hit[0])
        or _STANDING_PRACTICE_RE.search(low)
    ):
        return None  # this meeting's own time or course ("see you at the next meeting")
    if (
        "mean" in low or "result" in low or "lead" in low or "make for" in low
    ) and _FORECAST_RE.search(low):
        return None  # "this would result in a number of items for the March meeting": a
        # forecast of a meeting's load, no matter brought to it
    if "their" in low and _THEIR_MEETING_RE.search(st):
        return None  # "The Leadership Team agreed to discuss it at their meeting": another
        # body's meeting
    if standing_item(low):
        return None  # "road safety would be a standing item": every meeting's, not one's
    if _PAPERS_SENT_RE.match(st):
        return None  # "The agenda for the next meeting will be circulated a week before"
    if _REFRESHMENTS_RE.search(low):
        return None  # "Bob to provide refreshments at the next meeting": no business
    if "interest" in low and _INTERESTS_RE.search(low):
        return None  # "Members to declare any interests in any matter to be considered"
    if "requir" in low and _REQUIRED_RE.search(st):
        return None  # "the Constitution requires the Leader to present it at the annual
        # meeting": a standing duty
    if "standing order" in low and _STANDING_ORDER_RE.search(st):
        return None  # the council's procedure ("shall not be moved again until the next meeting")
    if names_next_items(st) and (
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
        if _todays_before(ctx, st, pos, due_text, due):
            due_text, due = None, None  # "no Sri today, circle back": today's reason, not when
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
    if _own_work_later(st, when):
        return None  # "Jory to pick this back up next week": someone's task, an action
    if (
        due is not None
        and ctx.meeting_date is not None
        and due <= ctx.meeting_date
        and (_RECALLED_MEETING_RE.search(st) or not FORWARD_RE.search(st))
    ):
        return None  # "the changes discussed at the meeting on 23 July 2019": a meeting past,
        # or this one ("Footpaths Group report to the Parish Council meeting on 3 March 2026")
        # (a date not after the meeting's, unless the sentence looks ahead: its date is as
        # often read wrong)
    cm = _COMMITTEE_RE.search(st)
    # "the February Board": the body, not its month.
    committee = _MONTH_START_RE.sub("", cm.group("body")).strip() if cm else None
    when = " ".join(when.split()) if when else when  # "the first annual\nmeeting": one line
    text = CHAT_PREFIX_RE.sub("", " ".join(st.split()), count=1)  # "19:07:30 <raj> ...": its words
    return FollowUp(text, when, due, item_at(ctx, start), start, end, committee)


def _first_hit(ctx: Context, st: str, low: str, keys: list[str]) -> Hit | None:
    """The follow-up the first of :data:`SENTENCE_RULES` (those ``keys`` call) reads in a
    sentence, the ones a filter sets aside passed over."""
    floor = -1  # a later rule's follow-up counts only after a condition's (see below)
    for k in _KEYED.rules(keys):
        rule = SENTENCE_RULES[k][0]
        try:
            hit = rule(ctx, st, low)
        except Exception as exc:
            ctx.faults.failed(rule, exc)
            hit = None
        if hit is not None and _OWN_PART_RE.search(st, max(0, hit[0] - 60), hit[0]):
            hit = None  # "she will step down at the AGM", "ask this question at the next Parish
            # Council meeting": a member's own part there (a later rule may read "and report back")
        if hit is not None and "aving " in st and _HAVING_DONE_RE.search(st, 0, hit[0]):
            hit = None  # "Having given a report at the Annual Meeting, ...": done already
        if hit is not None and _elsewhere(st, low, hit):
            hit = None  # "Alice will present the roadmap at the regional conference in October"
        if hit is not None and (hit[0] <= floor or _conditional(st, hit)):
            floor = max(floor, hit[0])
            hit = None  # "asked whether it would come back", "enquire when the lease ends"; a
            # later rule may read a main clause after it ("... whether quotes should be
            # considered in private and with this in mind it will be reviewed at the next
            # meeting"), not one that holds it ("Decide ... and when this should be revisited")
        if hit is not None:
            return hit
    return None


def _task_after_mark(st: str) -> int:
    """Where a note's words start after the action mark that opens it, and the owner named
    after the mark ("AI: ", "ACTION 4.2 (KT): ", "TODO: ", "AI(Sam): ", "Action: Sam - "), so
    the rules that read a note from its start read the task as one ("AI: discuss later" as
    "discuss later"); 0 when no mark opens it."""
    m = _MARK_RE.match(st)
    if m is None:
        return 0
    owner = _OWNER_AFTER_MARK_RE.match(st, m.end())
    return owner.end() if owner else m.end()


# An action mark opening a note: "AI:", "AI(Sam):", "AI 3:", "ACTION:", "ACTION 4.2 (KT):",
# "Action -", "[ACTION]", "TODO:", "To do:", "Action point:".
_MARK_RE = re.compile(
    r"\W*(?:AI|AP|ACTIONS?|Actions?|TODO|To[- ]?[Dd]o)(?:\s+(?:point|item|POINT|ITEM|Point|Item))?"
    r"(?:\s*\d{1,3}(?:\.\d{1,3})*)?(?:\s*\([^()]{1,40}\))?[*_\]]{0,3}\s*(?::|–|—|-(?=\s))\s*"
)
# Whom the task is for, after the mark: "Sam: ", "Sam - ", "@sam: ", "KT/LB: ".
_OWNER_AFTER_MARK_RE = re.compile(
    r"(?:@[\w-]+|[A-Z][\w.-]*(?:\s*[/&,]\s*[A-Z][\w.-]*)*(?:\s+[A-Z][\w.-]*)?)\s*(?::|–|—|-(?=\s))\s*"
)


def _todays_before(ctx: Context, st: str, pos: int, due_text: str | None, due: date | None) -> bool:
    """Whether the due phrase read for a follow-up at ``pos`` stands only before it and names
    this meeting's day or earlier: the time of a reason given first ("no Sri today, circle
    back", "Not enough time today; revisit"), not when the matter comes back."""
    return (
        due_text is not None
        and due is not None
        and ctx.meeting_date is not None
        and due <= ctx.meeting_date
        and st.find(due_text, pos) < 0
        and st.rfind(due_text, 0, pos) >= 0
    )


def _with_topic(ctx: Context, f: FollowUp, ln: Line, before: int | None) -> FollowUp:
    """A note with no subject ("To discuss later.") takes in the topic run in before it on
    its line ("Coat racks! To discuss later."): a few words of its own; and a short one that
    names only who settles it or when ("AGM to confirm.", "To be ratified at the AGM.") the
    sentence before it on its line, which says what ("Sam volunteered to be Chair. AGM to
    confirm."). Alone on a bullet nested under another ("- Decide on a policy for lapsed
    maintainers" / "  - Come back to later"), the note takes in the bullet it is under."""
    line_start = ln.cstart
    if f.start <= line_start:
        parent = _parent_bullet(ctx, ln) if _SUBJECTLESS_RE.match(f.text) else None
        if parent is None:
            return f
        topic = " ".join(ctx.text[parent.cstart : parent.cend].split()).rstrip(" :")
        text = f"{topic} - {f.text}"
        return FollowUp(text, f.when, f.due, f.item, parent.cstart, f.end, f.committee)
    topic = ctx.text[line_start : f.start]
    if f.text.startswith("To ") and len(topic.split()) <= 6 and _TWO_LETTERS_RE.search(topic):
        start = line_start
    elif before is not None and _SHORT_NOTE_RE.match(f.text):
        start = before
    else:
        return f
    text = " ".join(ctx.text[start : f.end].split())
    return FollowUp(text, f.when, f.due, f.item, start, f.end, f.committee)


def _parent_bullet(ctx: Context, ln: Line) -> Line | None:
    """The bullet line ``ln`` is nested under: the nearest line above standing less far in,
    a bullet or a numbered entry ("1. Grant bid"), the notes beside ``ln`` under it passed
    over (``ln`` a bullet too; no blank line between)."""
    text = ctx.text
    if marker(text, ln)[:1] not in _BULLETS:
        return None
    prev = hanging_from(ctx.lines, ln, lambda line: indent(text, line), 15)
    return prev if prev is not None and listed(text, prev) else None


# A note of coming back with no subject of its own: "Come back to later", "Revisit next
# time", "To discuss at the next call", "Park until the release".
_SUBJECTLESS_RE = re.compile(
    r"(?i)^\W*(?:to\s+(?:be\s+)?)?(?:come\s+back|revisit(?:ed)?|discuss(?:ed)?|defer(?:red)?"
    r"|park(?:ed)?|return|pick(?:ed)?\s+up|follow(?:ed)?\s+up|table[d]?)\b"
    r"(?:\s+(?:to|it|this|that|later|again|next|time|at|the|a|in|on|until|after|meeting|call"
    r"|week|month|sync|telco|session|release|year|quarter|new|spring|summer|autumn|fall|winter|"
    + MONTHS
    + r"))*\W*$"
)
# A short note of who settles a matter or when, with no subject: "AGM to confirm.", "To be
# ratified at the AGM.", "Next meeting to decide.", "TBD in January."
_SHORT_NOTE_RE = re.compile(
    r"(?i)^\W*(?:to\s+be\s+[a-z]+ed|tb[cda]\b|(?:the\s+)?(?:AGM|EGM|full\s+council|next\s+meeting)\s+to\s+[a-z]+)"
    r"(?:\s+[\w’'-]+){0,4}\W*$"
)


_TWO_LETTERS_RE = re.compile(r"[A-Za-z]{2}")
# A bullet before a line's words ("-", "*", "•"): the line is a note of a list.
_BULLETS = frozenset(["-", "*", "+", "•", "·", "▪", "◦", "‣", "–"])


# A note in the imperative, taken for an item's title: "Discuss it at the next meeting" (a
# verb, then a pronoun or "again", "back").
_IMPERATIVE_RE = re.compile(r"(?P<verb>[A-Z][a-z]+)\s+(?:it|this|them|these|that|again|back)\b")


def _imperative(c: str) -> bool:
    """Whether line ``c`` opens with a verb in the imperative and its object ("Discuss it",
    "Bring this back"), so it is a note, not a title."""
    m = _IMPERATIVE_RE.match(c)
    return m is not None and is_base_verb(m.group("verb").lower())


# A clause in the subjunctive or with a modal, a resolution's point, not a title: "That a
# further report be brought to the next meeting", "The report be received ahead of its
# submission to Council", "The Clerk will report back in May" (not "Matters to be considered
# at the next meeting", a heading).
_RESOLUTION_RE = re.compile(
    r"(?<!\bto\s)\bbe\s+(?:[a-z]+ed|brought|given|taken|sent|made|held|put|set|kept|drawn|written)\b"
    r"|\b(?:will|would|shall|should)\s+(?:be\s+)?[a-z]+\b"
)


def _heading(ctx: Context, start: int, end: int) -> bool:
    """Whether text[start:end] is a heading: an agenda item's, a markdown "## ..." or a line
    in bold, short ("Items for the next agenda", "## Actions for next meeting")."""
    ln = ctx.lines[line_of(ctx, start)]
    if start != ln.cstart or end < ln.cend or len(ctx.text[start:end].split()) > 16:
        return False
    c = ctx.text[ln.start : ln.cend].lstrip()
    bullet = marker(ctx.text, ln) in _BULLETS
    return (
        (
            ln.cstart in ctx.item_start_set
            and not bullet  # "- Carried forward to next meeting": a note, taken for an item
            and not _imperative(c)
            and not INLINE_ITEMS_RE.match(c)
            and not PUT_OFF_MARK_RE.search(c)  # "7) Car park (postponed)": put off
            and not _RESOLUTION_RE.search(c)  # "2) That a further report be brought ...": a
            # resolution's point, taken for an item
        )
        or c.startswith("#")
        or (c.startswith("**") and c.rstrip(" :").endswith("**"))
    )


# An entry of this meeting's agenda with its time allowed: "Revisit frequency of meetings
# (*Ryan*, 5 Minutes)", "Quick updates (10 mins)".
# An action of the log still open, not business of a meeting: "Action carried forward".
_ACTION_CARRIED_RE = re.compile(
    r"\bactions?\s+(?:(?:was|were|is|are)\s+)?carried\s+(?:forward|over)\b"
)
# A meeting past, named by what was done there: "the changes discussed at the meeting on 23
# July" (not "to be discussed at the meeting on 5 May").
_RECALLED_MEETING_RE = re.compile(
    r"(?<!\bbe\s)(?<!\bbeen\s)\b(?:discussed|agreed|considered|decided|approved|raised|noted"
    r"|presented|reported|held|made|taken)\s+(?:at|in|during)\s+(?:the|its|our|their)\s+"
    r"(?:[\w’'-]+\s+){0,3}?meeting\b"
)
# Declaring interests, the opening boilerplate of a meeting.
_INTERESTS_RE = re.compile(r"\b(?:declar|disclos)\w*\b[^.;]{0,80}?\binterests?\b")
# A standing duty: "the Constitution requires the Leader to present".
_REQUIRED_RE = re.compile(
    r"\brequires?\s+(?:the\s+|all\s+|each\s+|every\s+)?(?:[A-Z][\w’']*\s+){1,4}to\s+[a-z]+"
)
# A council's standing order quoted: "Standing Order 7: a motion ... shall not be moved again".
_STANDING_ORDER_RE = re.compile(
    r"(?i)^\W*standing\s+orders?\s+\d|\bstanding\s+orders?\b[^.;]*\bshall\b"
)


# A forecast of a later meeting's load: "this would result in a number of substantial items
# for the March meeting", "it would mean many items for the June meeting", "will lead to a
# heavy agenda at the next meeting".
_FORECAST_RE = re.compile(
    r"\b(?:result(?:s|ed)?\s+in|mean|means|meant|lead\s+to|leads\s+to|make\s+for)\s+"
    r"(?:a\s+(?:number|lot|range|couple)\s+of\s+|many\s+|several\s+|more\s+|fewer\s+|an?\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:items|agenda|business|reports|papers)\b"
)
# A named person's own task to take a matter up again at a bare time to come, no meeting
# named: "Jory to pick this back up next week", "Sam will look at this again next month",
# "Priya to revisit the costings next week" (an action; not "Tom to present the mock-ups next
# week", a paper brought to the group, nor "We'll discuss this next week", the meeting's).
_OWN_WORK_RE = re.compile(
    r"^\W*(?P<agent>(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|[A-Z]{2,4})\s+)(?:to|will|is\s+to|agreed\s+to"
    r"|has\s+agreed\s+to|[’']ll)\s+(?:also\s+)?(?P<verb>[a-z]+)\b"
)
# A verb that brings the matter back to the group, anywhere after the agent: "Sam to circle
# back next week", "Carl will come back to the group next week with a proposal", "Sam to follow
# up on the costs and report next week" (not "Tom to revisit the report next week": a noun).
_BRINGS_RE = re.compile(
    r"(?:(?<=\bto\s)|(?<=\band\s)|(?<=\bwill\s)|(?<=\bthen\s)|(?<=\balso\s)|(?<=[’']ll\s))"
    r"(?:(?:present|report|update|bring|share|demo|show|table|raise|propose|circulate|give|lead"
    r"|chair|attend|join)\b|(?:circle|come|get|feed|loop)\s+back\b"
    rf"|{LEAD_DISCUSSION}\b)"  # a discussion of the group led: "Ann to facilitate a discussion"
)
_BARE_TIME_RE = re.compile(
    r"(?i)(?:the\s+)?(?:next|following|coming)\s+(?:week|month|fortnight)|in\s+(?:a|one|two"
    r"|three|\d)\s+weeks?(?:[’']?\s*time)?"
)
# Who is not a person with work of their own: the group, the meeting or the body itself.
_NOT_NAMES = frozenset(
    {"We", "Let", "Lets", "It", "This", "That", "They", "All", "Everyone"}
    | {"Committee", "Board", "Group", "Team", "Panel", "Council", "Meeting"}
)


def _own_work_later(st: str, when: str | None) -> bool:
    """Whether ``st`` is a named person's own task to take a matter up again at a bare time
    (see :data:`_OWN_WORK_RE`)."""
    if when is None or not _BARE_TIME_RE.fullmatch(when.strip()):
        return False
    m = _OWN_WORK_RE.match(st)
    if m is None or st.split()[0].strip("*-•") in _NOT_NAMES:
        return False
    first = m.group("agent").split()[0].lower()
    if is_base_verb(first) or not is_base_verb(m.group("verb")):
        return False  # a note in the imperative: "Push to next week", "Hope to have it soon"
    if m.group("verb") == "be":
        return False  # "Roadmap to be discussed next month": a thing, in the passive
    return not _BRINGS_RE.search(st, m.start("verb"))


# Another body's own meeting, its subject named: "The Senior Leadership Team agreed to discuss
# this further at their meeting" (not "Members agreed to consider it at their next meeting":
# this meeting's members).
_THEIR_MEETING_RE = re.compile(
    r"\b(?:The|the)\s+(?:[A-Z][\w&’'-]*\s+){1,5}?(?:agreed\s+to|will|would|to|are\s+to|is\s+to)\s+"
    r"[^.;]{0,80}?\bat\s+their\s+(?:own\s+|next\s+|own\s+next\s+)?(?:[\w-]+\s+)?meeting\b"
)
