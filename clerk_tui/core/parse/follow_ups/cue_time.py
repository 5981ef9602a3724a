"""Follow-ups read by their grammar: a cue of return (business put off, taken up again,
brought back or taken up at all) and a later meeting or time in the same sentence or list
entry: "pushing to next week", "Re-discuss in two weeks", "Table for now, revisit in Q3",
"put on hold until the spring", "A decision will be made at the September meeting",
"We'll check in on this next meeting", "the item remains open until the county replies".
The other modules read the same kinds by their own wording first; this rule reads what they
leave, so a wording they were not written for is still read when its grammar is."""

from __future__ import annotations

import re

from ..actions.lexicon import MODAL
from ..conditions import WAIT_WORDS
from .common import CALLS, LEAD_DISCUSSION, MEETING_WORD_RE, MONTHS, Hit
from .returns import to_outside

# A cue of return, by the kind of return (the lower-cased sentence):
# - "off": business put off (any tense: "was deferred" is the item's outcome);
# - "again": taken up again ("revisit", "re-discuss", "look at this again");
# - "back": brought back ("come back", "report back", "circle back");
# - "take": taken up by the meeting ("discuss", "decide", "vote on", "pick up", "continue");
# - "bring": a paper brought to it ("present", "update", "report", "bring", "raise").
_CUE_RE = re.compile(
    r"\b(?:(?P<off>defer(?:s|red|ring)?|postpon(?:e|es|ed|ing)|adjourn(?:s|ed|ing)?"
    r"|carr(?:y|ies|ied|ying)\s+(?:(?:it|this|that|them)\s+)?(?:forward|over)"
    r"|(?:hold|holds|held|holding)\s+(?:(?:it|this|that|them|the\s+\w+)\s+)?(?:over|off)"
    r"|(?:put|puts|putting|placed?)\s+(?:(?:it|this|that|them)\s+)?on\s+hold"
    r"|(?P<status>on\s+hold)|(?:to\s+be|be)\s+left(?=\s+(?:until|till)\b)"
    # (the matter named too: "parks the fees discussion until the spring"; not "moving the fete
    # to a later date", as often a possibility discussed)
    r"|(?:park|parks|parked|parking|punt|punts|punted|punting|bump|bumps|bumped|bumping)\s+(?:the"
    r"|this|that|our|its|their)(?:\s+(?!(?:until|till|to|for|pending|date)\b)[\w-]+){1,2}?"
    r"(?=\s+(?:until|till|to|for|pending)\b)"
    # the matter named, then "back": "push the Go decision back to June 15th"
    r"|(?:push|pushes|pushed|pushing|mov(?:e|es|ed|ing))\s+(?:the|this|that|our"
    r"|its|their)(?:\s+[\w\"“”’'/-]+){1,8}?\s+back(?=\s+(?:until|till|to)\b)"
    # (a verb: not "the car park for the hall", "a move to the new hall")
    r"|(?<!\bthe\s)(?<!\ba\s)(?<!\bcar\s)(?<!\bskate\s)(?<!\bits\s)(?<!\bour\s)"
    r"(?:push|pushes|pushed|pushing|bump|bumps|bumped|bumping|punt|punts|punted|punting"
    r"|park|parks|parked|parking|roll|rolls|rolled|rolling|mov(?:e|es|ed|ing)|slip(?:s|ped)?"
    r"|refer|refers|referred|referring|save|saves|saved|saving"
    r"|table|tables|tabled|tabling)(?:\s+(?:it|this|that|them|these))?(?:\s+(?:back|over|on))?"
    r"(?=\s+(?:(?:to|until|till|for|into)\s|pending\b)))"
    r"|(?P<again>re-?(?:visit|consider|discuss|examine|evaluate|assess|address|raise"
    r"|review)(?:s|ed|ing)?"
    # a matter reopened, not a place: "reopen the discussion in May", "re-open this next
    # year" (not "The Youth Club reopens in September")
    r"|re-?open(?:s|ed|ing)?(?=\s+(?:(?:the|this|that|our|its)\s+)?(?:discussion|debate|matter"
    r"|item|issue|question|topic|conversation|it|this|that)\b)"
    # the meeting turning to the matter again: "return to the fees in January", "take this up
    # again in two weeks", "have another look next month", "resume this next session", "pick
    # it back up"
    r"|return(?:s|ing)?\s+to(?=\s+(?:the|this|it|that|these|those|our|its)\b)"
    r"|(?:take|takes|taking)\s+(?:(?:it|this|that|them|these)\s+up|up\s+(?:the|this|that)\s+"
    r"(?:matter|issue|item|question|topic|point|discussion|proposal))"
    r"|(?:another|a\s+(?:fresh|second|further))\s+look"
    r"|(?:resum|continu)(?:e|es|ing)\s+(?:it|this|that|them|these)\b"
    r"|pick(?:s|ing)?\s+(?:(?:it|this|that|them)\s+)?back\s+up"
    # a review or vote to be held: "There will be a review in two years", "have another vote"
    r"|(?:be|have|hold)\s+(?:a|another)\s+(?:further\s+|final\s+|new\s+)?(?:review|vote|look"
    r"|discussion)"
    # a note or resolution of the matter itself to be reviewed: "To be reviewed in six months",
    # "the trial to be evaluated after the summer" (not "Sam will review it", someone's task, nor
    # "it would be reviewed in the autumn", a service's plan reported)
    r"|to\s+be\s+(?:re-?)?(?:reviewed|evaluated|assessed|re-?examined)|(?:look|looks|looking|discuss|discussed|consider|considered|talk"
    r"|debate|debated)\s+(?:(?:at|about|over)\s+)?(?:(?:it|this|that|them|these|the\s+\w+"
    r"|the\s+\w+\s+\w+)\s+)?again)"
    r"|(?P<back>(?:bring|brings|bringing|brought|report|reports|reporting|feed|feeds|feeding"
    r"|circle|circles|circling|check|checking)\s+back|get(?:ting)?\s+back\s+to"
    # business coming back, not a person ("come back to this", "come back with numbers")
    r"|(?:come|comes|coming)\s+back(?=\s+(?:to|with)\b))"
    r"|(?P<take>discuss(?:es|ed|ing)?|decid(?:e|es|ed|ing)|decision|vote|votes|voted|voting"
    rf"|{LEAD_DISCUSSION}"  # "Ann will lead a discussion on the roadmap next month"
    r"|consider(?:s|ed|ing|ation)?|pick(?:s|ed|ing)?\s+(?:it|this|that|them)\s+up|picked\s+up"
    r"|(?:continu|resum)(?:e|es|ed|ing)\s+(?:the\s+|this\s+|our\s+)?(?:discussion|conversation"
    r"|debate)|be\s+(?:continued|resumed)|follow(?:s|ed|ing)?[\s-]up|check(?:s|ed|ing)?[\s-]in"
    r"|talk\s+about)"
    r"|(?P<bring>present(?:s|ed|ing)?|presentation|updat(?:e|es|ed|ing)|report(?:s|ed|ing)?"
    r"|bring|brings|bringing|brought|return(?:s|ed|ing)?|raise|raised|submit(?:s|ted)?"
    r"|table|tables|tabling"  # put before a meeting: "table at the February meeting"
    r"|provid(?:e|es|ed|ing)|review(?:s|ed|ing)?))\b"
)
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# The body's next meeting named by the body: "the next WG", "next SC", "the next board" (not its
# members or term: "the next board members", "the next committee year").
_NEXT_BODY = (
    r"next\s+(?:[\w-]+\s+)?(?:board|committee|council|panel|cabinet|wg|working\s+group"
    r"|steering\s+group|sc|tsc|psc)\b(?!\s+(?:meeting|mtg|call|members?|elections?|chair\w*"
    r"|year|term)\b)"
)
# The body meeting again: "when we next meet", "the next time the group meets", "when the
# Council next meets", "at our next get-together" (not "when we next meet the vendor").
_MEETS_AGAIN = (
    r"(?:when|(?:the\s+)?next\s+time)\s+(?:we|(?:the|this)\s+(?:[\w-]+\s+)?(?:group|committee"
    r"|board|council|panel|team|wg|forum))\s+(?:next\s+)?(?:meets?|convenes?|gets?\s+together)\b"
    r"(?!\s+(?:with|the|a|an|them|him|her)\b)|(?:the|our)\s+next\s+get-?together\b"
)
# A later time: a meeting or gathering to come, a span ahead, a season, a quarter, a month,
# or the meeting a month names ("the July meeting").
_LATER = (
    r"(?:(?:the|our|its|their|a|an)\s+)?(?:next|future|later|subsequent|following|upcoming"
    # (not a time of its own between: "the following steps after each call")
    r"|forthcoming|coming)\s+(?:(?!this\b|today|of\b|(?:after|before|each|every|per|at|on|for"
    r"|to|by|from|with|in)\s)[\w’'/&-]+\s+){0,3}?(?:(?:meeting|mtg|week"
    rf"|month|quarter|year|term|agenda|time|date|stage|agm|hangout)s?|{CALLS})\b"
    rf"|(?:(?:the|its|our)\s+)?(?:{MONTHS})(?:[’']s)?\s+(?:(?!in\b|at\b|on\b|for\b)[\w-]+\s+){{0,2}}?"
    rf"(?:meeting|agenda|{CALLS})\b"
    r"|(?:in|within|after)\s+(?:a|one|two|three|four|five|six|nine|twelve|\d{1,2}|a\s+few"
    r"|a\s+couple\s+of|several)\s+(?:weeks?|months?|years?|fortnights?)(?:[’']?\s*time)?"
    rf"|{_MEETS_AGAIN}"
    r"|(?:in|after|over|during|until|till|to)\s+(?:the\s+)?(?:new\s+year|spring|summer|autumn"
    r"|fall|winter)\b"
    # a holiday or break: "after Easter", "until the Christmas break", "over half-term"
    r"|(?:after|over|until|till|to)\s+(?:the\s+)?(?:easter|christmas|xmas|half[\s-]term"
    r"|(?:summer|winter|christmas|easter|holiday)\s+(?:break|holidays?|recess))\b"
    rf"|(?:in|until|till|to)\s+(?:early\s+|mid-?\s*|late\s+)?(?:{MONTHS})\b"
    r"|(?:in|until|till|to)\s+q[1-4]\b"
    r"|(?:the\s+)?(?:agm|annual\s+(?:general\s+|parish\s+|town\s+)?meeting)\b"
    # a gathering of its own kind: "at the F2F", "for the retreat", "at our away day"
    r"|(?:the|our|this\s+year[’']s)\s+(?:[\w-]+\s+)?(?:f2f|face[\s-]to[\s-]face|retreat|off-?site"
    r"|away\s*day|summit|hackathon|in-person(?:\s+meeting)?|unconference|strategy\s+day)\b"
    r"|(?:(?<=to\s)|(?<=at\s)|(?<=for\s)|(?<=until\s))f2f\b"  # "bumped to f2f"
    # a meeting named by its weekday or its day: "Thursday's call", "the Thursday sync", "next
    # Tuesday's meeting", "the 14th call" (not "last Thursday's call"), or "next Thursday"
    rf"|(?<!last\s)(?<!previous\s)(?:(?:the|this|next|our)\s+)?{_WEEKDAY}(?:[’']s)?\s+"
    rf"(?:[\w-]+\s+)?(?:meeting|mtg|agenda|{CALLS})\b"
    rf"|(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)(?:[’']s)?\s+(?:meeting|mtg|{CALLS})\b"
    rf"|next\s+{_WEEKDAY}\b"
    # the body's next meeting named by the body: "bring it to the next WG", "at the next SC"
    rf"|(?:(?:the|our|its)\s+)?{_NEXT_BODY}"
)
_LATER_RE = re.compile(rf"(?i)\b(?P<when>{_LATER})")
_BARE_MONTH_RE = re.compile(
    rf"(?i)(?:in|until|till|to)\s+(?:early\s+|mid-?\s*|late\s+)?(?:{MONTHS})$"
)
# Put off until something happens: "until the RFC is merged", "pending further information".
_WAIT_RE = re.compile(rf"(?i)\b(?P<when>{WAIT_WORDS}\s+(?!now\b|then\b)[\w’'-]+(?:\s+[\w’'-]+)+)")
# A time that is a deadline ("before the next meeting"), not when business comes back.
_DEADLINE_RE = re.compile(
    r"(?i)\b(?:before|by|prior\s+to|ahead\s+of|in\s+advance\s+of|in\s+time\s+for)\s+$"
)
# The meeting or its body as what a paper is brought to: "update the Council next month".
_BODY_OBJECT_RE = re.compile(
    r"(?i)\s+(?:to\s+)?(?:the\s+)?(?:full\s+)?(?:council|board|committee|panel|cabinet|members"
    r"|councillors|trustees|governors|group|meeting|team|us|everyone|all)\b"
)
# Past: "was discussed", "had reviewed"; a participle after "be" looks forward ("to be
# discussed", "will be reconsidered", "should be brought back").
_PAST_FORM_RE = re.compile(r"(?:ed|brought|held|left|kept|put)$")
_BE_BEFORE_RE = re.compile(r"\bbe\s+(?:\w+\s+)?$")
# What makes "discuss", "present" a verb of what is to come: a modal or "to" before it, "be"
# before its participle, or its place opening a note ("Discuss at the next call").
_VERB_BEFORE_RE = re.compile(
    rf"(?:\b(?:{MODAL}|to|let[’']?s|please|be|and|so|then)"
    r"|[’']ll)\s+(?:\w+\s+)?$|^\W*$"
    # a note after its topic or a clause: "Marketing plan – discuss in February", "Minutes
    # by end January, table at the February meeting"
    r"|\s(?:[–—-]|->|=>|→)\s+$|\w[:,]\s+$"
)
_HAD_BEFORE_RE = re.compile(r"\b(?:had|has|have|was|were)\s+(?:\w+\s+)?$")
# "discuss it with the printer", "raise it with the county": a task with a party outside.
_WITH_PARTY_RE = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,4}?with\s+(?!(?:the\s+)?(?:group|team|committee|board|council"
    r"|members|everyone|all|us|panel|trustees)\b)"
)
# The agenda itself as what the cue acts on: "review the agenda for the March meeting".
_AGENDA_OBJECT_RE = re.compile(r"\s+(?:the\s+)?(?:draft\s+)?agenda\s+(?:for|of)\b")
# A decision or consideration taken by the meeting, as a noun: "A decision will be made at
# the September meeting", "for consideration at the next meeting".
_NOUN_CUE_RE = re.compile(r"^(?:decision|consideration|presentation)$")
_NOUN_VERB_BEFORE_RE = re.compile(
    r"\bfor\s+(?:further\s+|final\s+)?$|\b(?:make|take|reach|give|have)\s+(?:a|the|its|our|any)"
    r"\s+(?:final\s+)?$"
)
_NOUN_VERB_AFTER_RE = re.compile(
    r"\s+(?:will|would|to|shall|should|can|could)\s+be\s+(?:made|taken|reached|given|held)\b"
)
_WINDOW = 90  # the time within so many characters after its cue
# Verbs of moving that put off only when the time follows at once ("pushing to next week",
# not "moving to the area in the spring").
_MOVE_RE = re.compile(r"(?:push|bump|punt|roll|mov|slip|refer|sav)")
_MOVED_TO_RE = re.compile(r"\s+(?:to|until|till|into|for)\s+")


def _moved_to(st: str, pos: int, when_start: int) -> bool:
    """Whether the time follows a verb of moving at once, or after its "to"."""
    to = _MOVED_TO_RE.match(st, pos)
    return when_start <= (to.end() if to else pos + 1)


# "the following agenda:", "the following items:": the list below, not a time.
_LIST_BELOW_RE = re.compile(r"(?i)(?:the\s+)?following\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*:")
# A span a time names as a scope, not when: "the budget for the coming year".
_SCOPE_RE = re.compile(r"(?i)\b(?:for|of|over|during|throughout)\s+$")
_SPAN_RE = re.compile(r"(?i)(?:week|month|quarter|year|term)s?$")
# A sentence that tells what was done and looks nowhere ahead: "The report was received at
# the July meeting".
_LOOKS_BACK_RE = re.compile(r"\b(?:was|were|had|did)\b")
_LOOKS_AHEAD_RE = re.compile(
    r"\b(?:will|would|shall|should|to|be|must|need|needs|can|could|may|might|going|let[’']?s"
    r"|until|till|pending)\b|[’']ll\b"
)


def cue_and_time(ctx: object, st: str, low: str) -> Hit | None:
    """A cue of return and a later time in one sentence (see the module's docstring): the
    kinds of cue that put business off, take it up again or bring it back take any later time
    or a condition ("revisit when bob is back"); "discuss", "decide" or "vote" a time to come;
    "present", "report", "update" or "bring" a later meeting ("present the figures at the May
    meeting", not "report the leak next week"). Not a cue in the past ("was discussed in
    April"), a talk with someone outside ("discuss it with the printer next week"), nor a
    deadline ("provide it before the next meeting")."""
    if _LOOKS_BACK_RE.search(low) and not _LOOKS_AHEAD_RE.search(low):
        return None
    for m in _CUE_RE.finditer(low):
        kind = m.lastgroup or ""
        cue = m.group(kind)
        start = m.start()
        if (
            kind != "off"
            and _PAST_FORM_RE.search(cue.split()[0])
            and not _BE_BEFORE_RE.search(low, max(0, start - 20), start)
        ):
            continue  # "the fees were discussed in April": done
        if (
            kind == "off"
            and _HAD_BEFORE_RE.search(low, max(0, start - 20), start)
            and ("last" in low or "previous" in low or "from" in low[m.end() : m.end() + 8])
        ):
            continue  # "the item had been deferred from the last meeting"
        if _NOUN_CUE_RE.match(cue) and not (
            _NOUN_VERB_BEFORE_RE.search(low, max(0, start - 30), start)
            or _NOUN_VERB_AFTER_RE.match(low, m.end())
        ):
            continue  # "the decision of the last meeting"
        if kind in ("take", "again") and _WITH_PARTY_RE.match(low, m.end()):
            continue
        if _AGENDA_OBJECT_RE.match(low, m.end()):
            continue  # "would review the agenda for the March meeting": the agenda prepared
        if kind in ("back", "bring") and not cue.startswith("com") and to_outside(st, m.end()):
            continue  # "report back to residents in the summer" (not "come back to the fees")
        if (
            kind in ("take", "bring")
            and not _NOUN_CUE_RE.match(cue)
            and not _VERB_BEFORE_RE.search(low, max(0, start - 30), start)
        ):
            continue  # "the annual return", "it reports to the Board": not what is to come
        moving = kind == "off" and _MOVE_RE.match(cue) is not None
        # a condition is as often a state's ("on hold until the release is out"), or where a
        # thing moves ("moving the bins until the works end"), unless it follows the verb at
        # once ("let's bump it until she's back")
        no_condition = m.group("status") is not None or (
            moving and not _UNTIL_NEXT_RE.match(st, m.end())
        )
        when = _later_after(st, m.end(), kind, cue, no_condition)
        if when is None and not moving:
            when = _later_before(st, start, kind, cue)
            if when is not None:
                return when[1], when[0]
        if when is None or (moving and not _moved_to(st, m.end(), when[1])):
            continue
        return start, when[0]
    return None


_UNTIL_NEXT_RE = re.compile(r"(?i)\s+(?:until|till|pending)\b")
# A time or condition put first, then who will take the matter up: "In the spring we'll
# revisit the fee", "Once the audit lands, we'll come back to the reserves", "At the next
# meeting, Sam will present the accounts", "Next week let's pick this up".
_FRONT_TIME_RE = re.compile(
    rf"(?i)^\W*(?:(?:and|so|then)\s+)?(?P<prep>(?:at|in|on|during|over|from|for)\s+)?(?P<when>{_LATER})"
    r"\s*(?P<comma>,)?\s+"
)
_FRONT_CONDITION_RE = re.compile(
    r"(?i)^\W*(?:(?:and|so|then)\s+)?(?P<when>(?:once|when|after|as\s+soon\s+as)\s+[^,;:]{3,80}?)"
    r"\s*,\s*"
)
# Who then takes it up, and how: "we'll ", "Sam will ", "let's ", "the Panel would then ".
_MODAL_FIRST_RE = re.compile(rf"(?i)(?:{MODAL}|to)\b")
_FRONT_SUBJECT_RE = re.compile(
    r"(?i)(?:(?:[\w@’'-]+\s+){0,3}?(?:will|would|shall|should|can|could|may|might|must|to)"
    r"|[\w@-]+[’']ll|let[’']?s)\s+(?:then\s+|also\s+)?$"
)


def _later_before(st: str, cue_start: int, kind: str, cue: str) -> tuple[str, int] | None:
    """The later time or condition put before the cue's clause (see :data:`_FRONT_TIME_RE`),
    and where it starts: a time that the cue's kind takes, a condition for the kinds that
    take one."""
    begin = max(0, cue_start - _WINDOW)
    for stop in _CLAUSE_END_RE.finditer(st, begin, cue_start):
        begin = stop.end()
    t = _FRONT_TIME_RE.match(st, begin, cue_start)
    if (
        t is not None
        and _FRONT_SUBJECT_RE.fullmatch(st, t.end(), cue_start)
        # the time set apart, not the subject ("The coming year will bring challenges")
        and (t.group("prep") or t.group("comma") or not _MODAL_FIRST_RE.match(st, t.end()))
    ):
        when = t.group("when")
        if _takes(kind, cue, when, st, cue_start):
            return when, t.start("when")
    c = _FRONT_CONDITION_RE.match(st, begin, cue_start)
    if (
        c is not None
        and kind in ("off", "again", "back", "take")
        and _FRONT_SUBJECT_RE.fullmatch(st, c.end(), cue_start)
    ):
        return c.group("when"), c.start("when")
    return None


def _later_after(
    st: str, pos: int, kind: str, cue: str, no_condition: bool
) -> tuple[str, int] | None:
    """The later time within the window after ``pos`` that a cue of ``kind`` takes, and
    where it starts (a condition too, "until the survey is back", unless ``no_condition``)."""
    end = min(len(st), pos + _WINDOW)
    stop = _CLAUSE_END_RE.search(st, pos, end)
    end = stop.start() if stop else end
    for t in _LATER_RE.finditer(st, pos, end):
        before = st[max(0, t.start() - 15) : t.start()]
        if _DEADLINE_RE.search(before):
            continue
        when = t.group("when")
        if _SPAN_RE.search(when) and _SCOPE_RE.search(before):
            continue  # "the budget for the coming year"
        if _LIST_BELOW_RE.match(st, t.start()):
            continue  # "gathered to discuss the following agenda:": the list below
        if not _takes(kind, cue, when, st, pos):
            continue
        if kind == "take" and _BARE_MONTH_RE.match(when) and st[pos : t.start()].strip():
            continue  # "Discuss who to hire in January": as often a task (not "discuss in
            # February", the month right after the verb)
        return when, t.start()
    if kind in ("off", "again", "back") and not no_condition:
        c = _WAIT_RE.search(st, pos, end)
        if c is not None and len(c.group("when").split()) >= 3:
            return c.group("when"), c.start()
    return None


def _takes(kind: str, cue: str, when: str, st: str, pos: int) -> bool:
    """Whether a cue of ``kind`` takes the time ``when``: "present", "report", "update" or
    "bring" only a meeting or its body as what the paper comes to ("update the Council next
    month"); a paper brought, shown or presented, or an update given on a matter, also the next
    gathering ("bring numbers next week", "present the mock-ups next call", "Sam - update on the
    budget next week"; not "report the leak next week", "update the docs next week")."""
    if (
        kind != "bring"
        or MEETING_WORD_RE.search(when)
        or _BODY_OBJECT_RE.match(st, pos)
        or _NEXT_BODY_RE.search(when)
    ):
        return True
    shown = _SHOWN_RE.match(cue) is not None or (
        cue.startswith("updat") and _ON_TOPIC_RE.match(st, pos) is not None
    )
    return shown and _NEXT_GATHERING_RE.match(when) is not None


_NEXT_BODY_RE = re.compile(rf"(?i){_NEXT_BODY}|{_MEETS_AGAIN}")
_SHOWN_RE = re.compile(r"bring|present|table|tabling")
_ON_TOPIC_RE = re.compile(r"(?i)\s+(?:on|about)\s")
_NEXT_GATHERING_RE = re.compile(r"(?i)(?:(?:the|our)\s+)?(?:next|following|coming)\s")


# Where the cue's clause ends: a sentence's or clause's stop, or a table's next cell.
_CLAUSE_END_RE = re.compile(r"[.;!?]\s|\s[–—|]\s|\bbut\b|,\s*(?:and|which|while|although)\b")
