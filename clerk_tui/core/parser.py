"""The minutes parser: items, decisions, actions, follow-ups and people, each with its span.

Entry point: :func:`parse`. Pure Python; never raises on any text. Offsets are into the
exact input string (nothing is normalised before offsets are taken).

The rules are general ones for English committee minutes (see shared/notes/minutes.md):

- items: numbered headings ("4.", "13)", "HWB 23/45"), ModernGov "Agenda item" pages,
  and short unnumbered headings between blank lines;
- decisions: "RESOLVED", "DECISION", numbered "That ..." resolutions, "it was agreed that",
  "The Board noted/agreed/approved ...", minutes approved, elections;
- actions: action tables (pipes, tabs or aligned columns), "ACTION: <owner>" lines and
  inline "Action: NB to ...", and prose commitments by a named person, role or body
  ("X agreed to / undertook to / was asked to", "X said she would", "That the Director
  circulate ...", "X will place a notice ...", "X to report back");
- follow-ups: things that must come back to a later meeting or go to another body;
- people: see :mod:`clerk_tui.core.people_extract`.
"""

from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass, field
from datetime import date

from .dates import (
    DuePhrase,
    find_due_phrases,
    find_named_meetings,
    parse_date_literal,
    preferred_due,
    resolve_due,
)
from .model import Action, Decision, FollowUp, Item, Meeting, ParsedMinutes, Person
from .people_extract import (
    HONORIFICS,
    ROLE_WORDS,
    STOP_WORDS,
    extract_people,
    initials_of,
)
from .segment import (
    Line,
    Span,
    page_furniture,
    split_lines,
    split_sentences,
    strip_span,
    wrapped_runs,
)

__all__ = ["parse", "parse_strict"]

# --- items ---------------------------------------------------------------------------------

_NUM_RE = re.compile(
    r"^(?:(?:Item|Minute|No\.?)\s+)?(?P<num>[A-Z]{1,6}\s?\d{2}/\d{1,4}|[A-Z][A-Za-z]{0,3}/\d{2}/\d{1,4}"
    r"|[A-Z]{1,6}/\d{1,4}|[A-Z]{1,3}\.\d{1,3}|\d{2}/\d{2,3}|\d{1,3}(?:\.\d{1,2}){0,2})"
    r"(?:[.):]\s*|\s+|$)(?P<title>.*)$"
)
_MARKER_RE = re.compile(
    r"^(?:Minutes|Decision|Decisions|Supporting documents|Additional documents|Agenda item"
    r"|RESOLVED|Resolved|AGREED|DECISION|NOTED|Purpose|Summary|Recommendations?|Reasons?"
    r"|Background|Media|Attachments|Documents|Action|Actions)\s*[:\-–]?\s*$"
)
_VERBISH_RE = re.compile(
    r"\b(?:said|says|noted|asked|explained|considered|highlighted|stressed|reported|welcomed"
    r"|agreed|raised|thanked|emphasised|emphasized|confirmed|advised|informed|presented"
    r"|introduced|outlined|was|were|is|are|had|has|have|will|would|could|should|been)\b"
)
_EXEMPT_RE = re.compile(
    r"(?i)\bpart\s+(?:ii|2|two)\b|\bexempt\b|\bconfidential\b|\bin private\b"
    r"|press and public (?:were|was|be|being) excluded|exclusion of (?:the )?press and public"
)
# Case-insensitive; the first letter is a plain character set so that the regex engine
# skips ahead to each "p" or "e" of the whole text.
_EXCLUSION_RE = re.compile(
    r"[pPeE](?i:(?<=p)ress and public (?:were|was|be|being) excluded"
    r"|(?<=e)xclusion of (?:the )?press and public)"
)
# "excluded ... for the following item" / "for item 8": the exclusion covers one item.
_ONE_ITEM_RE = re.compile(r"(?i)\b(?:the\s+following|next)\s+item\b(?!s)|\bfor\s+item\s+\d")
# Headings that close a meeting: business after exempt items that is held in public again.
_PROCEDURAL_CLOSE_RE = re.compile(
    r"(?i)(?:date|time|dates)\s+(?:and\s+time\s+)?of\s+(?:the\s+)?next\s+meeting|close\b|closure"
    r"|meeting\s+closed|next\s+meeting"
)
_READMIT_RE = re.compile(
    r"(?i)press and public (?:were|was) (?:re-?admitted|readmitted)|returned to public session"
)

# --- decisions -----------------------------------------------------------------------------

_RESOLVED_LINE_RE = re.compile(
    r"^(?:(?:RESOLVED|Resolved|RESOLVE)(?:\s+(?:UNANIMOUSLY|unanimously))?|AGREED|Agreed|DECISION|Decision"
    r"|DECIDED|Decided|DECISIONS|NOTED|Recommendations? agreed|RECOMMENDATIONS? AGREED)"
    r"\b\s*(?::|-|–|—|\.)?\s*(?P<rest>.*)$"
)
_ENUM_RE = re.compile(
    r"^\s*(?:\(\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})\s*\)|(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s*"
)
_THAT_RE = re.compile(r"^(?:\(?\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})\s*[.)]\s*)?That\b")
_DECISION_RES = [
    re.compile(
        r"\b(?:it\s+was|it\s+is|it\s+has\s+been|was|were)\s+(?:unanimously\s+|formally\s+|further\s+)?"
        r"(?:RESOLVED|resolved|agreed|AGREED|decided|DECIDED)\s+(?:that|to)\b"
    ),
    re.compile(
        r"(?:\b(?:[Tt]he\s+)?(?:Board|Committee|committee|Cabinet|Panel|Sub-Committee|Group|Partnership"
        r"|Council|Members|members|Governors|governors|Trustees|Forum|Executive|Assembly|Commission|Meeting|meeting)|\b[Tt]he\s+[A-Z]{2,5})"
        r"\s+(?:also\s+|then\s+|further\s+|unanimously\s+|formally\s+)?"
        r"(?:resolved|RESOLVED|agreed|AGREED|approved|APPROVED|endorsed|noted\s+the|NOTED|accepted"
        r"|ratified|adopted|signed\s+off|decided|recommended|RECOMMENDED|(?:were|was)\s+(?:happy|content|pleased)\s+to"
        r"\s+(?:take|approve|support|endorse|agree|accept|recommend|sign|note|proceed))\b"
    ),
    re.compile(
        r"(?i)\bminutes\b(?:(?!\b(?:will|to|shall|would|not|unapproved)\b)[^.;]){0,140}?"
        r"\b(?:were|was|be|been|are|is|–|-)?\s*(?:duly\s+|formally\s+)?"
        r"(?:agreed|approved|confirmed|accepted|adopted|signed)\b(?!\s+(?:at|by)\s+the\s+next)"
    ),
    re.compile(
        r"\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:elected|appointed|re-elected)\b"
        r"|\btook the role of\b"
    ),
    re.compile(
        r"(?<!\bhad\s)\b(?:were|was|been)\s+(?:unanimously\s+|formally\s+)?(?:agreed|approved|endorsed|ratified"
        r"|adopted|carried)\b(?!\s+(?:to|by\s+the\s+next))"
    ),
]
# "The ICB agreed to provide a breakdown": a partner body's task, not the meeting's decision.
_PARTNER_TASK_RE = re.compile(
    r"[Tt]he\s+[A-Z]{2,5}\s+(?:also\s+)?agreed\s+to\s+(?!(?:note|approve|support|endorse|accept"
    r"|recommend|defer|receive|adopt|agree|delegate|ratify|confirm|welcome)\b)[a-z]"
)
_RESOLUTION_VERB_RE = re.compile(
    r"\bbe\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|ne)\b|\bbe\s+(?:set|put|sent|held|made)\b"
)
_FINITE_RE = re.compile(r"\b(?:were|was|had|is|are|has|have)\b")

# --- actions -------------------------------------------------------------------------------

_ACTION_MARK_RE = re.compile(
    r"(?<![\w-])(?:\(\s*)?(?:ACTIONS?|Actions?|action)(?:\s+(?:by|for|owner|lead))?\s*(?::|–|—|-(?=\s))\s*"
)
_CONNECTORS = {"of", "for", "and", "&", "the", "at", "to"}
_DISCOURSE = {
    "however",
    "also",
    "additionally",
    "finally",
    "then",
    "further",
    "furthermore",
    "in",
    "that",
    "it",
    "v",
    "and",
    "but",
    "so",
    "therefore",
    "subsequently",
    "meanwhile",
    "following",
    "after",
    "noted",
    "agreed",
    "resolved",
    "action",
    "actions",
    "accordingly",
    "separately",
    "lastly",
    "firstly",
    "secondly",
    "thirdly",
    "next",
    "here",
    "now",
    "today",
    "yes",
    "overall",
    "again",
    "similarly",
    "likewise",
}
_ORG_WORDS = {
    "council",
    "board",
    "team",
    "teams",
    "group",
    "partnership",
    "healthwatch",
    "service",
    "services",
    "trust",
    "icb",
    "ccg",
    "officers",
    "members",
    "department",
    "directorate",
    "committee",
    "panel",
    "forum",
    "network",
    "practice",
    "authority",
    "secretariat",
    "unit",
    "office",
    "nhs",
    "alliance",
    "system",
    "programme",
    "everyone",
    "all",
}
_BODY_SELF = {
    "board",
    "committee",
    "cabinet",
    "panel",
    "sub-committee",
    "members",
    "group",
    "meeting",
    "forum",
}
_DECISION_VERBS = {
    "note",
    "approve",
    "support",
    "endorse",
    "accept",
    "recommend",
    "defer",
    "receive",
    "adopt",
    "agree",
    "delegate",
    "ratify",
    "confirm",
    "welcome",
}
_TASK_VERBS = set(
    """
    circulate provide send share arrange write report bring update contact investigate look
    follow liaise confirm check clarify respond present produce prepare review raise feed
    pick ensure take place add organise organize draft submit publish invite consider
    explore meet discuss develop set seek obtain chase email distribute agree progress
    deliver complete attend speak engage establish identify monitor amend revise circulate
    forward request collate compile book hold visit work lead write co-ordinate coordinate
    convene escalate inform notify advise brief include incorporate reflect revisit return
    compile scope test trial pilot map audit assess evaluate examine analyse analyze
    look-into put post display upload remind approach source procure commission fund recruit
    appoint nominate offer demonstrate facilitate support
    """.split()  # noqa: SIM905
)
_WILL_BAD = {
    "be",
    "have",
    "need",
    "help",
    "include",
    "form",
    "remain",
    "become",
    "mean",
    "allow",
    "enable",
    "cover",
    "not",
    "also",
    "still",
    "continue",
    "require",
    "depend",
    "vary",
    "receive",
    "benefit",
    "likely",
    "then",
    "now",
    "take-place",
    "happen",
    "follow",
}

_SAY = r"(?:said|confirmed|advised|explained|stated|indicated|replied|responded|added|assured\s+(?:the\s+\w+|members)|informed\s+(?:the\s+\w+|members)|agreed|undertook|offered|noted|clarified)"  # noqa: E501
_PRON = r"(?:he|she|they|we)"
# Each prose rule opens with a look-ahead on its first letters: the regex engine then skips
# straight to the places a match can start (a large share of the parse time otherwise).
_P_SAID = re.compile(
    rf"(?=[scaeiruon])\b{_SAY}\s+(?:that\s+)?{_PRON}\s+(?:would|could|will|can|shall|intends?\s+to|planned\s+to|was\s+happy\s+to|were\s+happy\s+to|would\s+be\s+happy\s+to|would\s+be\s+pleased\s+to)\s+"
    r"(?:then\s+|also\s+|now\s+|further\s+|personally\s+|be\s+happy\s+to\s+)?(?P<verb>[a-z][a-z-]+)"
)
_P_AGREED = re.compile(
    r"(?=[auovpc])\b(?:agreed|undertook|offered|volunteered|promised|pledged|committed\s+(?:herself|himself|themselves))\s+to\s+"
    r"(?:(?:also|further|personally)\s+)?(?P<verb>[a-z][a-z-]+)"
)
_P_ASKED_PASSIVE = re.compile(
    r"(?=[whia])\b(?:was|were|has\s+been|have\s+been|is|are)\s+(?:also\s+)?(?:asked|requested|tasked|invited|instructed|commissioned|mandated|charged)\s+(?:with\s+|to\s+)"
    r"(?P<verb>[a-z][a-z-]+)"
)
_P_ASKED_ACTIVE = re.compile(
    r"(?=[artiusc])\b(?:ask(?:ed)?|request(?:ed)?|tasked|invited?|instruct(?:ed)?|urged?|set|challenged)\s+(?P<obj>(?:the\s+)?(?:officers|the\s+clerk|members)(?=\s+to\s)|(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:of|for|and|&|the|at)?\s*[A-Z][\w’'&.-]*){0,8})"
    r"(?P<fill>\s+(?:a|an|the|some|several|number|of|challenges?|task|to|and|with|\w+ing)){0,6}?\s+(?:and\s+)?to\s+(?P<verb>[a-z][a-z-]+)"
)
# "He confirmed that the consultation was open and that he would send Members the link."
_P_SAID_AND_THAT = re.compile(
    rf"(?=[scaeiruon])\b{_SAY}\s+that\b[^.;]*?\band\s+that\s+(?P<pron>he|she)\s+"
    r"(?:would|will|could|shall)\s+(?:also\s+|then\s+)?(?P<verb>[a-z][a-z-]+)"
)
_P_IS_TO = re.compile(r"(?=[iaw])\b(?:is|are|was|were)\s+to\s+(?P<verb>[a-z][a-z-]+)")
_P_WILL = re.compile(
    r"(?=[ws])\b(?:will|shall)\s+(?:then\s+|also\s+|now\s+|personally\s+)?(?P<verb>[a-z][a-z-]+)"
)
_P_WOULD = re.compile(r"(?=w)\bwould\s+(?:then\s+|also\s+|now\s+)?(?P<verb>[a-z][a-z-]+)")
# "add X to the work programme": what the meeting plans for itself, not a task.
_OWN_AGENDA_RE = re.compile(
    r"(?:add|include|place|schedule|put)\b[^.;]{0,80}?\b(?:on|to|in)\s+(?:the|its)\s+"
    r"(?:work\s*programme|forward\s+plan|agenda)"
)
_P_AGREED_THAT = re.compile(
    r"(?=[ard])\b(?:agreed|resolved|requested|asked|recommended|decided)\s+that\s+(?P<np>(?:the\s+)?[A-Z][\w’'&.,-]*(?:\s+(?:of|for|and|&|the|at)?\s*[A-Z][\w’'&.,-]*){0,10})\s+"
    r"(?:would|should|will|shall|to|be\s+asked\s+to|be\s+requested\s+to)\s+(?:then\s+|also\s+)?(?P<verb>[a-z][a-z-]+)"
)
_P_DUE = re.compile(r"(?=[iaw])\b(?:is|are|was|were)\s+due\s+(?:by|on|before|in|at)\b")
_P_TO_START = re.compile(
    r"^(?P<np>[A-Z][\w’'&./-]*(?:\s+(?:of|for|and|&|the|at|/)?\s*[A-Z][\w’'&./-]*){0,8})\.?\s+to\s+(?P<verb>[a-z][a-z-]+)\b"
)
_P_BODY_WILL = re.compile(
    r"(?:[\W\d]{0,6}(?:Noted\s+that\s+|It\s+was\s+noted\s+that\s+)?)?"
    r"(?P<np>(?:[Tt]he\s+)?[A-Z][\w’'&-]*(?:\s+(?:of|for|and|&)?\s*[A-Z][\w’'&-]*){0,6}"
    r"(?:\s+(?:team|service|services|department|directorate|unit|office))?)"
    r"\s+(?:will|would|shall|(?:is|are)\s+going\s+to)\s+(?:also\s+|then\s+|now\s+|shortly\s+)?"
    r"(?P<verb>[a-z][a-z-]+)\b"
)
# Departments named without an organisation word ("Public Health would circulate ...").
_DEPARTMENT_RE = re.compile(
    r"(?i)(?:the\s+)?(?:public health|environmental health|highways|planning|housing|finance"
    r"|legal(?: services)?|procurement|communications|comms|estates|parks|licensing"
    r"|democratic services|adult social care|children['’]s services|social care|HR)"
    r"(?:\s+(?:team|service|services|department|officers))?"
)
# Verbs by which a body commits to bring something back to the meeting.
_BODY_COMMIT_VERBS = frozenset(
    """
    circulate report write bring present update arrange confirm check investigate look liaise
    contact respond clarify feed forward email distribute brief inform notify advise chase
    come return follow-up
    """.split()  # noqa: SIM905
)
# Verbs that commit only with an information object ("provide a breakdown").
_BODY_GIVE_VERBS = frozenset(["provide", "share", "send", "produce", "prepare", "give", "supply"])
_INFO_OBJECT_RE = re.compile(
    r"\b(?:breakdown|update|updates|report|briefing|note|response|details|figures|data"
    r"|information|list|summary|paper|analysis|copy|copies|results|findings|answer|reply"
    r"|timeline|timetable|maps?|numbers|statistics|costings|assurance|slides|presentation"
    r"|survey|guidance|feedback|evidence|comparison|explanation|clarification)\b"
)
# "4) Skip day – Brenda to book ...", "Trees: Clerk to write ...": a short heading, then a
# separator, then the "X to VERB" clause.
_HEADING_SEP_RE = re.compile(r"^[^.;:–—]{1,80}?(?::|\s[–—-]|[–—])\s+")
# Words that read like a first name at a sentence start but head a noun phrase
# ("Work to improve access was ...", "Plans to expand ...").
_NOT_OWNER_NOUNS = frozenset(
    """
    work efforts effort plans plan proposals proposal steps moves attempts funding money time
    need needs ability decision decisions right access failure permission consent bid bids
    application applications request requests agreement commitment opportunity
    opportunities approach options option support help way ways aim aims intention scheme
    budget target targets visits training improvements changes action actions reference
    references agenda papers paper reports report minutes questions question item items
    responses response comments feedback funds resources staff costs savings measures
    """.split()  # noqa: SIM905
)
# Verbs of the small jobs a first-named owner takes on ("Geoff to get a quote").
_FIRST_NAME_VERBS = _TASK_VERBS | frozenset(
    """
    ask get buy order repair fix replace renew pay sign inspect survey cut clear tidy collect
    paint mend call phone ring find tell give make do go print design sort cancel move clean
    install purchase resolve chair host run apply register record file let hire prune mow
    plant empty store lock open close label count measure quote advertise promote thank
    remind insure bank invoice reply
    """.split()  # noqa: SIM905
)
_FINITE_REST_RE = re.compile(r"\b(?:was|were|is|are|has|have|had|will|would|being|been)\b")

# --- follow-ups ----------------------------------------------------------------------------

_MONTHS_LOWER = tuple(m.lower() for m in calendar.month_name if m)
_MONTHS_LOW = "(?:" + "|".join(_MONTHS_LOWER) + ")"
# A meeting named by its month is in the past as often as the future: such a follow-up
# needs words that look forward.
_MONTH_WORD_RE = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\s+"
)
_MONTH_MEETING_RE = re.compile(_MONTHS_LOW + r"\s+meeting|meeting\s+(?:in|on)\s")
_FORWARD_RE = re.compile(
    r"\b(?:will|would|shall|should|could|be|asked|requested|request|agreed"
    r"|to\s+(?:receive|consider|report|bring|present|submit|return|come|take|provide|give))\b"
    r"|^\W*(?:receive|consider)\b"  # a "RESOLVED to:" bullet
    r"|\b(?:recommended|asked)\s+that\b"
)
_FOLLOW_RES = [
    re.compile(
        r"\b(?:come|coming|comes|brought|bring|bringing|report|reporting|feed|feeding|return|returning)\s+back\b"
    ),
    re.compile(
        r"\b(?:an?|further|the|another)\s+(?:\w+\s+){0,3}?(?:item|report|update|paper|presentation|briefing|progress report)s?\b"  # noqa: E501
        r"[^.;]{0,160}?\b(?:future|next|forthcoming|subsequent|following|later|"
        + _MONTHS_LOW
        + r")\s+(?:meeting|agenda)"  # noqa: E501
    ),
    re.compile(
        r"\b(?:deferred|brought|referred|carried forward)\s+to\s+(?:a|the)\s+(?:next|future|forthcoming)\s+meeting"  # noqa: E501
    ),
    re.compile(r"\b(?:a|the|further)\s+report\s+to\s+(?:the\s+)?[A-Z]"),
    re.compile(r"\bfor\s+consideration\s+by\s+the\s+[A-Z]"),
    re.compile(
        r"\brecommended\s+to\s+the\s+[A-Z][^.;]{0,80}?\bfor\s+(?:approval|adoption|decision)"
    ),
    re.compile(
        r"\b(?:take|taken|go|goes|going|submit|submitted|present|presented|refer|referred)\s+(?:it\s+)?to\s+the\s+"
        r"(?:AGM|Annual General Meeting|(?:[A-Z][\w&-]*\s+){1,5}meeting)"
    ),
    re.compile(
        r"\b(?:shared|reported|presented|brought|considered|discussed|circulated|tabled|given|heard)\s+"
        r"(?:back\s+)?(?:at|to)\s+(?:a|the)\s+(?:next|future|forthcoming|following)\s+meeting"
    ),
    re.compile(
        r"(?<!\bthe\s)(?<!\ba\s)(?<!\bthis\s)(?<!\bits\s)\b(?:bring|present|submit|report|take|return|be\s+brought|be\s+presented|be\s+submitted"
        r"|be\s+reported|be\s+taken|be\s+given|be\s+provided|come)\s+(?:[\w’'-]+,?\s+){0,8}?to\s+(?:the\s+|a\s+)?"
        r"(?:Cabinet|Board|Committee|Panel|Council|Executive|(?<=the\s)(?:board|committee|panel)|(?:[A-Z][\w’'&-]*\s+){1,6}(?:Board|Committee|Panel|Council|Group|Partnership|Forum)"
        r"|(?:[A-Z][\w’'&-]*\s+){1,3}meeting)\b"
        # "report the defects to the County Council highways department": not its meeting
        r"(?!\s+(?:[a-z]+\s+){0,2}(?:department|team|service|officers?|directorate)\b)"
    ),
    re.compile(
        r"\b(?:added|add|included|include|placed|scheduled)\s+(?:\w+\s+){0,6}?(?:on|to|in)\s+(?:the|its|their)\s+(?:work\s*programme|forward\s+plan|agenda\s+for)"
    ),
    # "The Board would receive the final plan at its meeting on 12 March 2025."
    re.compile(
        r"\b(?:receive|consider|reconsider|see|discuss|scrutinise|scrutinize|be\s+(?:provided|given|presented"
        r"|brought|submitted|considered|received|shared|tabled|reported|circulated|discussed))\b"
        r"[^.;]{0,120}?\b(?:at|to|for)\s+(?:its|the|their)\s+(?:(?:next|future|forthcoming|(?:spring|summer|autumn)\s+term|"
        + _MONTHS_LOW
        + r")\s+meeting|meeting\s+(?:in|on)\s+(?:the\s+)?(?:\d|"
        + _MONTHS_LOW
        + r"))"
    ),
    # "Members asked that the Cabinet Member for Finance attend the February meeting"
    re.compile(
        r"\battend\s+(?:the|its|a)\s+(?:next|future|forthcoming|" + _MONTHS_LOW + r")\s+meeting\b"
    ),
]
_FOLLOW_LOWER = frozenset({1, 2, 9, 10, 11})
_WORK_PROGRAMME_RULE = 9
# The year a work programme entry is for: "to its work programme for 2025-26".
_PROGRAMME_YEAR_RE = re.compile(r"\s+for\s+(?P<year>20\d\d\s*[/–-]\s*(?:20)?\d\d)\b")
# Words one of which each follow-up rule needs (in the lower-cased sentence): a rule runs
# only when its sentence has one, which keeps the costly rules off most sentences.
_FOLLOW_NEEDS: list[frozenset[str]] = [
    frozenset(words)
    for words in (
        ("back",),
        ("meeting", "agenda"),
        ("meeting",),
        ("report",),
        ("consideration",),
        ("recommended",),
        ("meeting", "agm"),
        ("meeting",),
        (
            "cabinet",
            "board",
            "committee",
            "panel",
            "council",
            "executive",
            "group",
            "partnership",
            "forum",
            "meeting",
        ),
        ("programme", "forward", "agenda"),
        ("meeting",),
        ("meeting",),
    )
]
# A second word some rules also need: the verb that sends a report to a body, or the
# meeting a further item goes to.
_FOLLOW_ALSO_NEEDS: dict[int, tuple[str, ...]] = {
    1: ("future", "next", "forthcoming", "subsequent", "following", "later", *_MONTHS_LOWER),
    8: (
        "bring",
        "present",
        "submit",
        "report",
        "take",
        "return",
        "brought",
        "come",
        "given",
        "provided",
    ),
}
_FOLLOW_KEY_RE = re.compile("|".join(sorted({w for ws in _FOLLOW_NEEDS for w in ws})))
_PAST_FOLLOW_RE = re.compile(
    r"\b(?:came|reported|returned|fed)\s+back\b|\bhad\s+(?:come|been\s+brought|reported)\b"
)
_WHEN_RE = re.compile(
    r"(?i)\b(?:a|the)\s+(?:future|next|forthcoming|subsequent|following)\s+meeting\b"
    r"|\bthe\s+AGM\s+on\s+[^.;,]{3,25}|\bits\s+meeting\s+on\s+(?:the\s+)?\d{1,2}\w*\s+\w+\s+\d{4}"
    r"|\bits\s+meeting\s+in\s+(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)(?:\s+\d{4})?"
    r"|\b(?:its|the)\s+(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|(?:spring|summer|autumn)\s+term)\s+(?:meeting|Board|Committee|Cabinet|Panel)\b"
)
_COMMITTEE_RE = re.compile(
    r"\b(?:to|by|at)\s+(?:the\s+)?(?P<body>(?:[A-Z][\w&'’-]*\s+(?:and\s+|&\s+|of\s+(?:the\s+)?)?){0,6}"
    r"(?:Board|Committee|Cabinet|Council|Panel|Partnership|Group|Forum|Assembly|Commission|AGM))\b"
)

_DECISION_HINT = re.compile(
    r"resolved|agreed|approved|decided|noted|endorsed|accepted|ratified|adopted|signed"
    r"|elected|appointed|took the role|carried|happy|content|pleased|recommended|confirmed"
)
_Sentence = tuple[int, int, str, str]
_ACTION_HINT = re.compile(r"\b(?:to|will|shall|would|could|can|due|That)\b")

# --- tables --------------------------------------------------------------------------------

_TABLE_HEAD_ACTION = re.compile(
    r"(?i)^(?:agreed\s+)?actions?(?:\s+(?:required|agreed|description|point))?$|^description$|^task$"
)
_TABLE_HEAD_OWNER = re.compile(
    r"(?i)^(?:owner|owners|lead|lead officer|responsible(?:\s+officer)?|by whom|who|action owner|officer|assigned to|responsibility|action by)s?$"  # noqa: E501
)
_TABLE_HEAD_DUE = re.compile(
    r"(?i)^(?:due|due date|deadline|by when|target date|date due|timescale|when|date|target|revised date|new date)$"  # noqa: E501
)
_TABLE_HEAD_REF = re.compile(
    r"(?i)^(?:ref|ref\.|reference|no\.?|action no\.?|number|#|item|minute|minute ref)$"
)
_TABLE_HEAD_STATUS = re.compile(r"(?i)^(?:status|rag|rag status|update|comments?|progress|notes?)$")


@dataclass
class _Ctx:
    text: str
    lines: list[Line]
    meeting_date: date | None
    next_meeting: date | None
    named_meetings: dict[str, date]
    people: list[Person]
    name_tokens: set[str]
    initials: set[str]
    items: list[Item]
    item_starts: list[int]
    # Sentences of each line (by line index), shared by the decision, action and
    # follow-up passes: (start, end, text, lower-cased text).
    sentences: dict[int, list[_Sentence]] = field(default_factory=dict)
    # Hard-wrapped paragraphs: first line index -> last line index; the lines a run
    # absorbs; page numbers and running headers (blanked out of sentences).
    runs: dict[int, int] = field(default_factory=dict)
    absorbed: set[int] = field(default_factory=set)
    furniture: set[int] = field(default_factory=set)
    # Owners written in an "Action by" column at the end of a line: line index -> owner
    # (the line's content span no longer covers it).
    column_owners: dict[int, str] = field(default_factory=dict)
    resolved: dict[str, date | None] = field(default_factory=dict)  # due phrase -> date
    due_phrases: dict[str, list[DuePhrase]] = field(default_factory=dict)  # by sentence


def parse(
    text: str, *, meeting_date: date | None = None, committee: str | None = None
) -> ParsedMinutes:
    """Parse minutes text. Never raises; on an internal error returns what is safe."""
    try:
        return parse_strict(text, meeting_date=meeting_date, committee=committee)
    except Exception:  # noqa: BLE001 - a parse must never crash the app or the CLI
        return ParsedMinutes(meeting=Meeting(committee=committee, date=meeting_date))


def parse_strict(
    text: str, *, meeting_date: date | None = None, committee: str | None = None
) -> ParsedMinutes:
    """Like :func:`parse`, but lets internal errors propagate (for tests)."""
    if not isinstance(text, str):
        raise TypeError("text must be str")
    lines = split_lines(text)
    items, header_end = _find_items(text, lines)
    meeting = _find_meeting(text, lines, header_end)
    if meeting_date is not None:
        meeting.date = meeting_date
    if committee is not None:
        meeting.committee = committee
    named, next_meeting = (
        find_named_meetings(text, meeting.date) if len(text) < 3_000_000 else ({}, None)
    )
    people = extract_people(text, lines)
    name_tokens: set[str] = set()
    initials: set[str] = set()
    for p in people:
        if p.name:
            toks = p.name.split()
            for t in toks:
                if len(t.rstrip(".")) > 1:
                    name_tokens.add(t.lower().rstrip("."))
            if len(toks) >= 2:
                initials.add(initials_of(p.name))
            elif re.fullmatch(r"[A-Z]{2,4}\.?", p.name):
                initials.add(p.name.rstrip("."))
        if p.initials:
            initials.add(p.initials)
    ctx = _Ctx(
        text,
        lines,
        meeting.date,
        next_meeting,
        named,
        people,
        name_tokens,
        initials,
        items,
        [i.start for i in items],
    )
    ctx.column_owners = _column_owners(ctx)
    ctx.furniture = page_furniture(text, lines)
    ctx.runs = wrapped_runs(text, lines, set(ctx.item_starts), ctx.furniture)
    ctx.absorbed = {i for first, last in ctx.runs.items() for i in range(first + 1, last + 1)}
    ctx.absorbed |= ctx.furniture
    _mark_exempt(ctx)
    decisions = _find_decisions(ctx)
    actions = _find_actions(ctx)
    follow_ups = _find_follow_ups(ctx)
    return ParsedMinutes(meeting, items, decisions, actions, follow_ups, people)


# Compiled once: used for every line, sentence or owner of every parse.
_WORD_RE = re.compile(r"[A-Za-z][\w’'-]+")
_ACRONYM_WORD_RE = re.compile(r"\b[A-Z]{2,6}\b")
_LOWER_WORD_RE = re.compile(r"[a-z][\w’'-]+")
_CONTENT_WORD_RE = re.compile(r"[a-z][a-z'-]{2,}")
_INITIALS_LIST_RE = re.compile(r"[A-Z]{2,4}\.?(?:\s*(?:/|,|&|and)\s*[A-Z]{2,4}\.?)*")
_INITIALS_DOT_RE = re.compile(r"[A-Z]{2,4}\.")
_MINUTE_NUMBER_RE = re.compile(r"\d+(?:\.\d+)*")
_AND_RE = re.compile(r"\s+(?:and|&)\s+")
_OWNER_GROUP_SEP_RE = re.compile(r"\s*/\s*|\s*;\s*|,?\s+and\s+the\s+|,?\s+&\s+the\s+")
_OWNER_SEP_RE = re.compile(r"\s*,\s*|\s+and\s+|\s+&\s+")
_TITLE_DASH_RE = re.compile(r"^(.{2,80}?)\s+[–—-]\s+")
_TITLE_COLON_RE = re.compile(r"^([^:;.]{2,60}?):\s+(?![Tt]hat\b)(?=\S)")
_REFERENCE_RE = re.compile(r"[\w/.-]*\d[\w/.-]*")
_NON_ALNUM_RE = re.compile(r"[^0-9a-z]+")
_DECISION_LABEL_RE = re.compile(r"^(?:RESOLVED|Resolved|DECISION|Decision)\s*[:\-–]?")
_LOWER_DECISION_VERB_RE = re.compile(r"(?i)(?:agreed|decided|noted)\s+(?:to|that|with|by|the)\b")
_MARKER_WORD_RE = re.compile(r"^(?:RESOLVED|Resolved|DECISION|Decision|AGREED|NOTED)\b")
_LABEL_WORD_RE = re.compile(r"^\S+\s*(?::|-|–|—|$)")
_THAT_ALONE_RE = re.compile(r"(?i)that:?|as follows:?")
_NEXT_MARKER_RE = re.compile(r"(?i)(?:resolved|decision|agreed|decided)\b\s*(?::|-|–|—|that\b|$)")
_THAT_WORD_RE = re.compile(r"^(?:That|that)\b")


# --- helpers -------------------------------------------------------------------------------


def _content(ctx_text: str, ln: Line) -> str:
    return ctx_text[ln.cstart : ln.cend]


def _item_at(ctx: _Ctx, pos: int) -> int | None:
    idx: int | None = None
    lo, hi = 0, len(ctx.item_starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if ctx.item_starts[mid] <= pos:
            lo = mid + 1
        else:
            hi = mid
    if lo > 0:
        idx = lo - 1
    return idx


_AGENDA_ITEM_RE = re.compile(r"(?i)agenda item|item")
_ATTENDANCE_HEAD_RE = re.compile(
    r"(?i)^(?:\d{1,3}[.)]\s*)?(?:apologies(?: for absence)?|present|attendance|attendees|in attendance"  # noqa: E501
    r"|also present|officers(?: present)?)\s*:?\s*$"
)


def _heading_like(title: str, max_words: int = 12) -> bool:
    t = title.strip()
    if not t or len(t) > 120:
        return False
    if "\t" in t and sum(1 for cell in t.split("\t") if cell.strip()) >= 3:
        return False  # a pasted table row ("CoG/25/014<TAB>Circulate ...<TAB>KE<TAB>...")
    if not (t[0].isupper() or t[0].isdigit() or t[0] in "‘'\"“("):
        return False
    words = t.split()
    if len(words) > max_words:
        return False
    if t[-1] in ".,;:!?-–" and not t.endswith("etc."):
        return False
    if _VERBISH_RE.search(t):
        return False
    return not t.startswith(("That ", "To "))


def _structural_line(c: str) -> bool:
    if _AGENDA_ITEM_RE.fullmatch(c.strip()):
        return True
    m = _NUM_RE.match(c)
    return m is not None and _heading_like(m.group("title") or "Title")


def _find_items(text: str, lines: list[Line]) -> tuple[list[Item], int]:
    """Items and the offset where the header ends (the first item's start)."""
    items: list[Item] = []
    n = len(lines)
    structural_seen = False
    nonblank = [i for i in range(n) if not lines[i].blank]
    next_nb: dict[int, int | None] = {}
    prev_nb: dict[int, int | None] = {}
    last: int | None = None
    for i in nonblank:
        prev_nb[i] = last
        if last is not None:
            next_nb[last] = i
        last = i
    if last is not None:
        next_nb[last] = None
    skip_until = -1
    in_action_list = False  # under a "Summary of actions" heading
    has_structural = any(
        _structural_line(text[lines[i].cstart : lines[i].cend])
        for i in nonblank
        if lines[i].cend - lines[i].cstart < 3000
    )
    for i in nonblank:
        if i <= skip_until:
            continue
        ln = lines[i]
        c = text[ln.cstart : ln.cend]
        if len(c) > 3000:
            continue
        in_action_list = (
            len(c) <= 40
            and _ACTION_LIST_HEAD_RE.fullmatch(c) is not None
            or in_action_list
            and _LIST_ACTION_RE.fullmatch(c) is not None
        )
        if _AGENDA_ITEM_RE.fullmatch(c.strip()):
            j = next_nb.get(i)
            if j is not None:
                t = text[lines[j].cstart : lines[j].cend]
                if not _MARKER_RE.match(t):
                    items.append(Item(None, t.strip(), lines[j].cstart, lines[j].cend))
                    structural_seen = True
                    skip_until = j
            continue
        m = _NUM_RE.match(c)
        if m and not _ENUM_RE.match(c[:1]) and not c.startswith("("):
            num = m.group("num")
            title = m.group("title").strip()
            if in_action_list and _LIST_ACTION_RE.fullmatch(c):
                continue  # "2. Arrange the visit (LN)" under "Summary of actions"
            if not title:
                j = next_nb.get(i)
                if j is not None and (j - i) <= 3:
                    t = text[lines[j].cstart : lines[j].cend]
                    if _heading_like(t, 16) and not _MARKER_RE.match(t):
                        items.append(Item(num, t.strip(), ln.cstart, lines[j].cend))
                        structural_seen = True
                        skip_until = j
                continue
            # "Housing - final report", "Apologies: Cllr Sue Oldham (holiday)."
            dash = _TITLE_DASH_RE.match(title)
            if dash is None and not _heading_like(title):
                dash = _TITLE_COLON_RE.match(title)
            short_title = title
            if (
                dash
                and not _VERBISH_RE.search(dash.group(1))
                and dash.group(1).count("(") == dash.group(1).count(")")
                and not _REFERENCE_RE.fullmatch(dash.group(1))  # "24/01873/FUL - ..."
            ):
                short_title = dash.group(1)
            paren_num = c.lstrip()[len(num) : len(num) + 1] == ")"
            if (
                (dash and short_title != title and _heading_like(short_title, 10))
                or _heading_like(title)
                or (
                    paren_num
                    and short_title[:1].isupper()
                    and not _VERBISH_RE.search(" ".join(short_title.split()[:4]))
                )
            ):
                if paren_num and short_title == title and len(title.split()) > 6:
                    short_title = " ".join(title.split()[:6])
                if "." in num and not _heading_like(title, 10):
                    continue
                if re.fullmatch(r"\d{4}", num):
                    continue
                items.append(Item(num, short_title.strip(), ln.cstart, ln.cend))
                structural_seen = True
            continue
        if structural_seen or not has_structural:
            # Unnumbered heading: a short line standing alone between blank lines.
            p, q = prev_nb.get(i), next_nb.get(i)
            alone = (i == 0 or lines[i - 1].blank) and (i + 1 >= n or lines[i + 1].blank)
            if not alone or q is None:
                continue
            if not _heading_like(c, 10) or _MARKER_RE.match(c):
                continue
            if re.match(
                r"(?i)(?:present|apologies|attendees|in attendance|venue|contact|date|time|location)\b",  # noqa: E501
                c,
            ):
                continue
            nxt = text[lines[q].cstart : lines[q].cend]
            if _heading_like(nxt, 10) and not _MARKER_RE.match(nxt):
                # Two headings in a row: the second is the real one (sub-heading).
                pass
            if not structural_seen and p is None:
                continue  # the very first line of a document is its title
            if p is not None and _ATTENDANCE_HEAD_RE.match(text[lines[p].cstart : lines[p].cend]):
                continue  # names under "Apologies for absence"
            items.append(Item(None, c.strip(), ln.cstart, ln.cend))
    items.sort(key=lambda it: it.start)
    # Item spans run to the next item.
    for k, it in enumerate(items):
        end = items[k + 1].start if k + 1 < len(items) else len(text)
        s, e = strip_span(text, it.start, end)
        it.end = max(e, it.start)
    header_end = items[0].start if items else len(text)
    return items, header_end


def _mark_exempt(ctx: _Ctx) -> None:
    """Mark exempt items: a heading that says so ("Part II", "exempt", "confidential"), an
    item whose own minutes exclude the press and public, and the items an "Exclusion of the
    press and public" item covers. That cover ends with the exempt business: after one item
    when the resolution says "the following item", at the last item headed as exempt when
    later ones are, else at readmission or the procedural close ("Date of next meeting")."""
    text = ctx.text
    items = ctx.items
    marked = [
        bool(_EXEMPT_RE.search(it.title)) and not re.match(r"(?i)exclusion", it.title)
        for it in items
    ]
    excluding = {_item_at(ctx, m.start()) for m in _EXCLUSION_RE.finditer(text)}
    for k, it in enumerate(items):
        exclusion = k in excluding
        if marked[k] or (exclusion and not re.search(r"(?i)exclusion of", it.title)):
            it.exempt = True
        if not (exclusion and re.search(r"(?i)exclu", it.title)):
            continue
        rest = range(k + 1, len(items))
        if _ONE_ITEM_RE.search(text, it.start, it.end):
            covered = [k + 1] if k + 1 < len(items) else []
        elif any(marked[j] for j in rest):
            covered = []
            for j in rest:
                if not marked[j]:
                    break
                covered.append(j)
        else:
            covered = []
            for j in rest:
                if _PROCEDURAL_CLOSE_RE.match(items[j].title):
                    break
                covered.append(j)
                if _READMIT_RE.search(text, items[j].start, items[j].end):
                    break
        for j in covered:
            items[j].exempt = True


_BODY_WORD_RE = re.compile(
    r"(?i)\b(?:Board|Committee|Forum|Panel|Partnership|Group|Cabinet|Council|Trust|Association"
    r"|Sub-Committee|Commission|Assembly|Executive|Directors|Society|Club|Trustees|Governors"
    r"|Network|Alliance|Federation|Conference|Collaborative)\b"
)
_MEETING_KIND = (
    r"(?:(?:ordinary|extraordinary|annual|special|virtual|public|informal|formal|remote|hybrid"
    r"|inaugural|general|monthly|quarterly|bi-monthly|open|closed|private|joint)\s+)*"
)
_END_OF_NAME = r"(?=\s+(?:held|on|at|was|which)\b|\s*[,(;]|\s+[-–—|]\s|\s*$)"
# Header lines that name the committee, most explicit first.
_COMMITTEE_LINE_RES = [
    # "Minutes of the meeting of the Riverside Adults Scrutiny Committee held on ..."
    re.compile(
        r"(?i)^(?:(?:draft|confirmed|unconfirmed|approved|signed)\s+)?(?:minutes|notes)\s+of\s+"
        rf"(?:the\s+|an?\s+)?{_MEETING_KIND}(?:meeting|proceedings)\s+of\s+(?:the\s+)?(?P<c>.+?)"
        + _END_OF_NAME
    ),
    # "Minutes of the Riverside Place Board meeting held on ...", "Minutes of Cabinet held on"
    re.compile(
        r"(?i)^(?:(?:draft|confirmed|unconfirmed|approved|signed)\s+)?(?:minutes|notes)\s+of\s+"
        r"(?:the\s+|an?\s+)?(?!(?:meeting|last|previous)\b)(?P<c>.+?)\s+(?:meeting\b|held\b)"
    ),
    # "A meeting of Riverside Town Council was held on ...", "Meeting of Cabinet, 4 May 2023"
    re.compile(
        rf"(?i)^(?:(?:an?|the)\s+)?{_MEETING_KIND}meeting\s+of\s+(?:the\s+)?(?P<c>.+?)"
        + _END_OF_NAME
    ),
    # "RIVERSIDE PLACE BOARD — MINUTES", "Riverside Parish Council: minutes of the meeting ..."
    re.compile(
        r"(?i)^(?P<c>[^:|–—]{3,120}?)\s*(?:[:|–—]|\s-)\s*(?:(?:draft|confirmed|unconfirmed"
        r"|approved)\s+)?(?:minutes|notes|record of (?:the\s+)?meeting)\b"
    ),
    # "Patient Participation Group (PPG) Meeting Minutes"
    re.compile(r"(?i)^(?P<c>[^\d:]{3,120}?)\s+(?:meeting\s+)?(?:minutes|notes)$"),
    # CMIS and form-like headers: "Committee: Cabinet", "Meeting: Health and Wellbeing Board"
    re.compile(
        r"(?i)^(?:committee|meeting|board|body|forum)(?:\s+name)?\s*:\s*(?P<c>[A-Z][^\d]{2,120})$"
    ),
]
# ModernGov: "Agenda and minutes" then "<Committee> - Wednesday, 8th February, 2023 2.00 pm".
_MODERNGOV_HEAD_RE = re.compile(
    r"^(?:(?i:agenda\s+and\s+(?:draft\s+)?minutes)\s*[/|>:-]?\s*)?(?P<c>[A-Z][^\n]{2,120}?)\s+[-–—]\s+"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?P<d>\d{1,2}(?:st|nd|rd|th)?\s+\w+,?\s+\d{4}.*)$"
)
# "Meeting: 17/06/2021 - Health and Wellbeing Board (Item 8)" (a ModernGov issue page).
_ISSUE_MEETING_RE = re.compile(
    r"(?i)^meeting:\s*(\d{1,2}/\d{1,2}/\d{2,4})\s*[-–]\s*(.+?)(?:\s*\(item.*)?$"
)
# "Riverside Allotment Society Committee Meeting 6.30pm 25/4/23"
_NAME_MEETING_RE = re.compile(r"^(?P<c>[A-Z][\w()&’' ,-]{3,120}?)\s+(?:Committee\s+)?[Mm]eeting\b")
_HEADER_DATE_RE = re.compile(
    r"(?i)\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December),?\s+\d{4}\b"
)
# Names too generic to identify a committee.
_GENERIC_COMMITTEE = frozenset(
    """
    committee board meeting minutes notes panel group forum sub-committee members agenda
    partnership the committee the board the meeting committee meeting board meeting
    """.split()  # noqa: SIM905
) | {"the committee", "the board", "the meeting", "committee meeting", "board meeting"}
_SMALL_TITLE_WORDS = frozenset({"and", "of", "the", "for", "in", "on", "at", "to"})


def _committee_name(raw: str) -> str | None:
    """A cleaned committee name, or None when it is generic or not a name at all."""
    name = re.sub(r"\s*\((?:item|agenda item)\b[^)]*\)\s*$", "", raw, flags=re.I)
    name = " ".join(name.split()).strip(" .,:;|-–—")
    name = re.sub(r"(?i)^(?:the\s+)", "", name)
    name = re.sub(r"(?i)\s+(?:meeting|minutes)$", "", name)
    if not name or len(name) > 120 or name.lower() in _GENERIC_COMMITTEE:
        return None
    if re.search(r"(?i)\b(?:held|minutes of|previous|last meeting)\b|^agenda\b", name):
        return None
    if not name[:1].isupper() or _VERBISH_RE.search(name):
        return None
    letters = [ch for ch in name if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters) and len(name.split()) > 1:
        name = _title_case(name)
    return name


def _title_case(upper: str) -> str:
    """ "RIVERSIDE PLACE BOARD" -> "Riverside Place Board"; short acronyms (NHS, ICB) stay."""
    out = []
    for k, w in enumerate(upper.split()):
        low = w.lower()
        if k and low in _SMALL_TITLE_WORDS:
            out.append(low)
        elif w in ("ST", "MR", "DR"):
            out.append(w[0] + w[1:].lower())
        elif len(w) <= 3 or not re.search(r"[AEIOUY]", w):
            out.append(w)
        else:
            out.append(w[:1] + w[1:].lower())
    return " ".join(out)


def _title_like(c: str) -> bool:
    """A short heading whose words are capitalised ("Riverside Allotment Society")."""
    words = c.split()
    if not words or len(words) > 12 or len(c) > 120 or re.search(r"\d", c):
        return False
    if _VERBISH_RE.search(c) or c.rstrip()[-1:] in ".:;,":
        return False
    return all(w[:1].isupper() or w.lower() in _SMALL_TITLE_WORDS or w in "&-–" for w in words)


def _find_meeting(text: str, lines: list[Line], header_end: int) -> Meeting:
    meeting = Meeting()
    count = 0
    titles: list[str] = []  # title-like header lines naming a body
    fallback: str | None = None
    for ln in lines:
        if ln.blank:
            continue
        if ln.cstart >= header_end or count >= 15:
            break
        count += 1
        c = text[ln.cstart : min(ln.cend, ln.cstart + 400)]
        low = c.lower()
        if (
            re.match(r"(?i)to\s", c)
            or re.search(r"\b(?:previous|last)\b", low)
            or re.search(r"\b(?:were|was)\s+(?:agreed|approved|confirmed|signed|accepted)", low)
        ):
            continue
        if meeting.committee is None:
            for rx in _COMMITTEE_LINE_RES:
                m = rx.match(c)
                name = _committee_name(m.group("c")) if m else None
                if name:
                    meeting.committee = name
                    meeting.title = meeting.title or c.strip()
                    break
        m2 = _ISSUE_MEETING_RE.match(c)
        if m2:
            meeting.date = meeting.date or parse_date_literal(m2.group(1))
            if not re.match(r"(?i)\d|noon|midday", m2.group(2)):
                meeting.committee = meeting.committee or _committee_name(m2.group(2))
            continue
        if _BODY_WORD_RE.search(c) and _title_like(c):
            title = _committee_name(c)
            if title:
                titles.append(title)
        m3 = _MODERNGOV_HEAD_RE.match(c)
        if m3:
            d = parse_date_literal(m3.group("d"))
            if d:
                meeting.date = meeting.date or d
                meeting.committee = meeting.committee or _committee_name(m3.group("c"))
                meeting.title = meeting.title or c.strip()
                continue
        if meeting.date is None:
            for dm in _HEADER_DATE_RE.finditer(c):
                d = parse_date_literal(dm.group(0))
                if d is not None and 1900 < d.year < 2200:
                    meeting.date = d
                    cm = _NAME_MEETING_RE.match(c)
                    if cm and not re.match(r"(?i)minutes|notes|date|agenda", cm.group("c")):
                        fallback = fallback or _committee_name(cm.group("c"))
                    break
    # "Northfield Borough Council" over "Overview and Scrutiny Committee": the council's own
    # name is the committee only when no committee, board, panel or cabinet is named.
    committee_titles = [t for t in titles if not _COUNCIL_NAME_RE.search(t)]
    meeting.committee = (
        meeting.committee or fallback or next(iter(committee_titles or titles), None)
    )
    if meeting.committee and len(meeting.committee.split()) <= 2:
        # "Minutes of the Parish Council meeting" under "HOLME ST MARY PARISH COUNCIL".
        short = meeting.committee.lower()
        fuller = [t for t in titles if t.lower().endswith(" " + short) and ":" not in t]
        meeting.committee = fuller[0] if fuller else meeting.committee
    return meeting


_COUNCIL_NAME_RE = re.compile(r"(?i)^(?!full\s).*\bcouncil$")


def _sentences_of_line(ctx: _Ctx, ln: Line) -> list[_Sentence]:
    """The sentences of one line, split once per parse."""
    got = ctx.sentences.get(ln.index)
    if got is None:
        text = ctx.text
        got = []
        last = ctx.runs.get(ln.index)
        if ln.index in ctx.absorbed:
            pass  # part of a wrapped paragraph that starts on an earlier line
        elif last is not None:
            # A hard-wrapped paragraph: split it whole, with page furniture blanked out
            # (same length, so offsets into the text hold).
            base = ln.cstart
            region = text[base : ctx.lines[last].cend]
            for i in range(ln.index + 1, last + 1):
                if i in ctx.furniture:
                    f = ctx.lines[i]
                    region = (
                        region[: f.cstart - base]
                        + " " * (f.cend - f.cstart)
                        + region[f.cend - base :]
                    )
            for sp in split_sentences(region, 0, len(region)):
                st = region[sp.start : sp.end]
                got.append((base + sp.start, base + sp.end, st, st.lower()))
        else:
            for sp in _split_line(text, ln):
                st = text[sp.start : sp.end]
                got.append((sp.start, sp.end, st, st.lower()))
        ctx.sentences[ln.index] = got
    return got


def _line_end(ctx: _Ctx, ln: Line) -> int:
    """Where the line's paragraph ends: the line itself, or the last line it wraps into."""
    last = ctx.runs.get(ln.index)
    return ln.cend if last is None else ctx.lines[last].cend


def _split_line(text: str, ln: Line) -> list[Span]:
    if ln.cend - ln.cstart > 20000:
        # Pathological one-line input: chunk it so every step stays linear.
        out: list[Span] = []
        pos = ln.cstart
        while pos < ln.cend:
            end = min(ln.cend, pos + 2000)
            out.extend(split_sentences(text, pos, end))
            pos = end
        return out
    return split_sentences(text, ln.cstart, ln.cend)


# --- decisions -----------------------------------------------------------------------------


def _norm(s: str) -> str:
    return " ".join(_NON_ALNUM_RE.sub(" ", s.lower()).split())


def _find_decisions(ctx: _Ctx) -> list[Decision]:
    text = ctx.text
    lines = ctx.lines
    out: list[Decision] = []
    seen_spans: list[tuple[int, int]] = []
    seen_text: set[tuple[int | None, str]] = set()

    def add(start: int, end: int) -> None:
        s, e = strip_span(text, start, end)
        if s >= e:
            return
        for a, b in seen_spans:
            if s < b and a < e:
                return
        item = _item_at(ctx, s)
        body = text[s:e]
        key = (item, _norm(_DECISION_LABEL_RE.sub("", body)))
        if key in seen_text:
            seen_spans.append((s, e))
            return
        seen_text.add(key)
        seen_spans.append((s, e))
        out.append(Decision(" ".join(body.split()), item, s, e))

    nonblank = [ln for ln in lines if not ln.blank and ln.index not in ctx.absorbed]
    item_starts = set(ctx.item_starts)
    k = 0
    while k < len(nonblank):
        ln = nonblank[k]
        c = text[ln.cstart : ln.cend]
        if len(c) > 20000:
            k += 1
            continue
        raw = text[ln.start : ln.cend].lstrip()
        m = _RESOLVED_LINE_RE.match(c)
        if (
            m
            and (c.isupper() or m.group(0)[:1].isupper())
            and not _LOWER_DECISION_VERB_RE.match(c)
            or (m and _MARKER_WORD_RE.match(c) and _LABEL_WORD_RE.match(c))
        ):
            assert m is not None
            rest = m.group("rest").strip()
            if rest and not _THAT_ALONE_RE.fullmatch(rest):
                k, end = _sub_points(ctx, nonblank, k, item_starts)
                add(ln.cstart, end)
                continue
            # Marker alone: the following lines are the resolution(s).
            j = k + 1
            first = j
            got = False
            while j < len(nonblank):
                nl = nonblank[j]
                nc = text[nl.cstart : nl.cend]
                if _MARKER_RE.match(nc) or nl.cstart in item_starts or _NEXT_MARKER_RE.match(nc):
                    break
                nraw = text[nl.start : nl.cend].lstrip()
                if got and not (_ENUM_RE.match(nraw) or _THAT_RE.match(nc) or nraw[:1] in "•·-▪"):
                    break
                if (
                    _NUM_RE.match(nc)
                    and not _ENUM_RE.match(nraw)
                    and not _THAT_RE.match(nc)
                    and not got
                ):
                    mnum = _NUM_RE.match(nc)
                    if mnum and _heading_like(mnum.group("title")):
                        break
                got = True
                j += 1
            nxt_marker = j < len(nonblank) and bool(
                _RESOLVED_LINE_RE.match(text[nonblank[j].cstart : nonblank[j].cend])
            )
            if got:
                # One resolution: all the lines (sub-points) the marker heads.
                add(nonblank[first].start, _line_end(ctx, nonblank[j - 1]))
            elif not (nxt_marker and re.match(r"(?i)decisions?\b", c)):
                add(ln.cstart, _line_end(ctx, ln))
            k = j if got else k + 1
            continue
        if (_THAT_RE.match(c) or (_ENUM_RE.match(raw) and _THAT_WORD_RE.match(c))) and (
            _RESOLUTION_VERB_RE.search(c)
            or ((_ENUM_RE.match(raw) or _NUM_RE.match(c)) and not _FINITE_RE.search(c))
        ):
            k, end = _sub_points(ctx, nonblank, k, item_starts)
            add(ln.cstart, end)
            continue
        nxt = k + 1
        for s_start, s_end, st, low in _sentences_of_line(ctx, ln):
            if not _DECISION_HINT.search(low):
                continue
            for rx in _DECISION_RES:
                hit = rx.search(st)
                if hit and not _PARTNER_TASK_RE.match(st, hit.start()):
                    if s_end >= _line_end(ctx, ln):
                        # "It was RESOLVED that:" ending its line heads sub-points.
                        nxt, s_end = _sub_points(ctx, nonblank, k, item_starts, st)
                    add(s_start, s_end)
                    break
        k = nxt
    out.sort(key=lambda d: d.start)
    # "On being put to the vote the motion was carried" records the vote on the resolution
    # minuted beside it, not a decision of its own.
    votes = [_records_vote(d.text) for d in out]
    resolved_items = {d.item for d, vote in zip(out, votes, strict=True) if not vote}
    kept = zip(out, votes, strict=True)
    return [d for d, vote in kept if not (vote and d.item in resolved_items)]


def _records_vote(text: str) -> bool:
    """Whether a decision's text records a vote. Every match of _VOTE_RE holds "carried" or
    "vote" in some case, so most texts are settled by a substring test."""
    low = text.lower()
    return ("carr" in low or "vote" in low) and bool(_VOTE_RE.search(text))


_VOTE_RE = re.compile(
    r"(?i)\b(?:motion|amendment|proposal|recommendation|substantive)\b[^.;]{0,60}?\b(?:was|were)"
    r"\s+(?:duly\s+|unanimously\s+)?carried\b|^(?:on\s+)?(?:being\s+)?put\s+to\s+the\s+vote\b"
)


_OPEN_END_RE = re.compile(r"(?:[:–—-]|\b(?:that|That|THAT|[A-Z][a-z]+))\s*$")


def _sub_points(
    ctx: _Ctx, nonblank: list[Line], k: int, item_starts: set[int], head: str | None = None
) -> tuple[int, int]:
    """A resolution on nonblank[k] (its paragraph, or ``head``) left open ("That the
    Board", "resolved that:") takes the numbered, lettered or bulleted sub-points after it.
    Returns the index of the first line not taken and the end of the last line taken."""
    text = ctx.text
    end = _line_end(ctx, nonblank[k])
    j = k + 1
    if not _OPEN_END_RE.search(text[nonblank[k].cstart : end] if head is None else head):
        return j, end
    while j < len(nonblank):
        nl = nonblank[j]
        raw = text[nl.start : nl.cend].lstrip()
        if nl.cstart in item_starts or not (_ENUM_RE.match(raw) or raw[:1] in "•·-▪"):
            break
        end = _line_end(ctx, nl)
        j += 1
    return j, end


# --- owners --------------------------------------------------------------------------------

_TOKEN_RE = re.compile(r"\S+")


def _tok_ok_back(t: str) -> bool:
    w = t.strip(',;:()"“”‘’')
    if not w:
        return False
    if w.lower() in _CONNECTORS and w.lower() != "to":
        return True
    return w[0].isupper() or w.lower() in ("officers", "members", "all")


def _owner_before(s: str, i: int) -> tuple[str, int] | None:
    """The noun phrase (person, role or body) that ends just before s[i]: (owner, start)."""
    prefix = s[:i]
    toks = list(_TOKEN_RE.finditer(prefix))
    k = len(toks)
    taken: list[re.Match[str]] = []
    while k > 0 and len(taken) < 20:
        t = toks[k - 1].group(0)
        if t.endswith((".", ";", ":")) and len(t) > 3 and not _INITIALS_DOT_RE.fullmatch(t):
            break
        if taken and t.endswith(",") and not t.strip(",")[:1].isupper():
            break
        if not _tok_ok_back(t):
            break
        taken.append(toks[k - 1])
        k -= 1
        if t.startswith("(") and not t.endswith(")"):
            break
    if not taken:
        return None
    taken.reverse()
    # Drop leading connectors (keep "the") and discourse words.
    while taken:
        w = taken[0].group(0).strip(',;:()"“”‘’').lower()
        if w in _DISCOURSE or (w in _CONNECTORS and w != "the") or _MINUTE_NUMBER_RE.fullmatch(w):
            taken = taken[1:]
            continue
        break
    if not taken:
        return None
    start = taken[0].start()
    end = taken[-1].end()
    owner = s[start:end].strip(" ,;:(")
    if owner.lower() in ("the", "") or len(owner) < 2:
        return None
    if owner.lower().startswith("the ") and len(owner.split()) == 1:
        return None
    return owner, start


def _owner_forward(s: str, i: int) -> tuple[str, int, int] | None:
    """A noun phrase starting at s[i] (after "That", "asked"): (owner, start, end)."""
    toks = list(_TOKEN_RE.finditer(s, i))
    taken: list[re.Match[str]] = []
    for m in toks[:20]:
        t = m.group(0)
        w = t.strip(",;:()")
        if not w:
            break
        if (
            w[0].isupper()
            or (w.lower() in _CONNECTORS and w.lower() != "to")
            or w.lower() in ("officers", "members")
        ):
            taken.append(m)
            if t.endswith((".", ";", ":")) and not re.fullmatch(r"[A-Z]{2,4}\.", t):
                break
            continue
        break
    while taken and taken[-1].group(0).strip(",").lower() in _CONNECTORS:
        taken.pop()
    if not taken:
        return None
    start, end = taken[0].start(), taken[-1].end()
    owner = s[start:end].strip(" ,;:")
    return owner, start, start + len(owner)


_POSS_RE = re.compile(r"[’']s?$")


def _person_like(ctx: _Ctx, np: str) -> bool:
    """A named person (known name tokens, honorific) or a person's initials."""
    words = [_POSS_RE.sub("", w.strip(",.;:()")).lower() for w in np.split()]
    if any(w.rstrip(".") in HONORIFICS for w in words[:1]) and len(words) > 1:
        return True
    caps = [_POSS_RE.sub("", w.strip(",.;:()")) for w in np.split() if w[:1].isupper()]
    if caps and all(w.lower() in ctx.name_tokens for w in caps if w.lower() not in ("the",)):
        return True
    return bool(_INITIALS_LIST_RE.fullmatch(np.strip()))


def _role_like(np: str) -> bool:
    words = [w.strip(",.;:()").lower() for w in np.split()]
    return any(w in ROLE_WORDS or w.rstrip("s") in ROLE_WORDS for w in words)


def _body_like(np: str) -> bool:
    words = [w.strip(",.;:()").lower() for w in np.split()]
    if any(w in _ORG_WORDS for w in words):
        return True
    return bool(re.fullmatch(r"(?:the\s+)?[A-Z][A-Z&]{1,6}s?", np.strip()))


def _owner_like(ctx: _Ctx, np: str, *, bodies: bool = True) -> bool:
    if not np or len(np) > 160:
        return False
    first = np.split()[0].strip(",").lower()
    if first in (
        "it",
        "this",
        "that",
        "there",
        "these",
        "those",
        "which",
        "what",
        "who",
        "a",
        "an",
    ):
        return False
    if _person_like(ctx, np) or _role_like(np):
        return True
    return bodies and _body_like(np)


def _trim_owner_to_person(ctx: _Ctx, owner: str, start: int) -> tuple[str, int]:
    """ "the Partnership and Caroline Farrar" -> "Caroline Farrar" when the last part is a
    named person and an earlier part is not."""
    parts = _AND_RE.split(owner)
    if len(parts) < 2:
        return owner, start
    if not _person_like(ctx, parts[-1]) or parts[-1][:1].islower():
        return owner, start
    keep = len(parts) - 1
    while (
        keep > 0
        and _person_like(ctx, parts[keep - 1])
        and not parts[keep - 1].lower().startswith("the ")
    ):
        keep -= 1
    suffix = parts[keep:]
    if keep == 0:
        return owner, start
    sub = " and ".join(suffix)
    pos = owner.rfind(suffix[0])
    return owner[pos:] if pos >= 0 else sub, start + max(pos, 0)


def split_owners(owner: str, is_person: object = None) -> list[str]:
    """Each owner in "Carole Burgoyne and Ross Jago", "MW/YO", "the Director and the Clerk"."""
    o = " ".join(owner.split()).strip(" .,;:")
    if not o:
        return []
    parts = [p.strip(" ,") for p in _OWNER_GROUP_SEP_RE.split(o) if p.strip(" ,")]
    out: list[str] = []
    for p in parts:
        sub = [x.strip() for x in _OWNER_SEP_RE.split(p) if x.strip()]
        if len(sub) > 1 and all(_name_like_owner(x) for x in sub):
            out.extend(sub)
        else:
            out.append(p if len(parts) > 1 or p != o else o)
    # Re-attach "the" that the split consumed.
    if len(parts) > 1 and o.lower().startswith("the "):
        out = [
            x if x.lower().startswith("the ") or i == 0 else "the " + x for i, x in enumerate(out)
        ]
    return out


def _name_like_owner(s: str) -> bool:
    toks = s.split()
    if not toks or len(toks) > 4:
        return False
    if len(toks) == 1 and re.fullmatch(r"[A-Z]{2,4}\.?", toks[0]):
        return True
    start = 1 if toks[0].rstrip(".").lower() in HONORIFICS else 0
    rest = toks[start:]
    return bool(rest) and all(
        re.fullmatch(r"(?:Mc|Mac|O['’])?[A-Z][a-zà-ÿ]+(?:[-'’][A-Z]?[a-zà-ÿ]+)*|[A-Z]\.?", t)
        and t.lower() not in STOP_WORDS
        for t in rest
    )


# --- actions -------------------------------------------------------------------------------


def _due_phrases(ctx: _Ctx, sentence: str) -> list[DuePhrase]:
    """find_due_phrases, once per sentence per parse."""
    got = ctx.due_phrases.get(sentence)
    if got is None:
        got = ctx.due_phrases[sentence] = find_due_phrases(sentence)
    return got


def _due_for(ctx: _Ctx, sentence: str) -> tuple[str | None, date | None]:
    d = preferred_due(_due_phrases(ctx, sentence))
    if d is None:
        return None, None
    return d.text, _resolved(ctx, d.text)


def _resolved(ctx: _Ctx, phrase: str) -> date | None:
    """resolve_due against the meeting, once per phrase per parse."""
    if phrase not in ctx.resolved:
        ctx.resolved[phrase] = resolve_due(
            phrase,
            ctx.meeting_date,
            next_meeting=ctx.next_meeting,
            named_meetings=ctx.named_meetings,
        )
    return ctx.resolved[phrase]


def _due_after(ctx: _Ctx, sentence: str, pos: int) -> tuple[str | None, date | None]:
    """The due phrase nearest after ``pos`` (else the last one before it)."""
    phrases = _due_phrases(ctx, sentence)
    if not phrases:
        return None, None
    after = [p for p in phrases if p.start >= pos]
    d = after[0] if after else phrases[-1]
    return d.text, _resolved(ctx, d.text)


# "...; and" closing a resolution's bullet is not part of its task.
_LIST_TAIL_RE = re.compile(r"\s*[;,]\s*(?:and|or)\s*$")


def _make_action(
    ctx: _Ctx, task: str, owner: str | None, start: int, end: int, due_src: str | None = None
) -> Action:
    due_text, due = _due_for(ctx, due_src if due_src is not None else ctx.text[start:end])
    task = " ".join(task.split())
    if ";" in task or "," in task:
        task = _LIST_TAIL_RE.sub("", task)
    task = task.strip(" ;,")
    if task[:1].islower():
        task = task[0].upper() + task[1:]
    owners = split_owners(owner) if owner else []
    return Action(task, owner, due, due_text, _item_at(ctx, start), start, end, owners)


def _clause_from(s: str, i: int) -> str:
    return s[i:].strip()


class _Spans:
    """Disjoint, sorted character spans with an O(log n) overlap test."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect.bisect_left(self.ends, s + 1)  # first span ending after s
        return i < len(self.starts) and self.starts[i] < e

    def add(self, s: int, e: int) -> None:
        if e <= s:
            return
        # Merge with every span it overlaps.
        i = bisect.bisect_left(self.ends, s + 1)
        j = i
        while j < len(self.starts) and self.starts[j] < e:
            s = min(s, self.starts[j])
            e = max(e, self.ends[j])
            j += 1
        self.starts[i:j] = [s]
        self.ends[i:j] = [e]


def _find_actions(ctx: _Ctx) -> list[Action]:
    actions: list[Action] = []
    claimed = _Spans()  # spans whose prose is already covered

    table_lines = _table_actions(ctx, actions)
    for s, e in table_lines:
        claimed.add(s, e)
    _marker_actions(ctx, actions, claimed)
    _column_actions(ctx, actions, claimed)
    _schedule_actions(ctx, actions, claimed)
    list_lines = _list_actions(ctx, actions, claimed)
    _prose_actions(ctx, actions, claimed, strict=False)
    actions = _dedupe_against_table(actions, set(table_lines) | set(list_lines))
    actions.sort(key=lambda a: a.start)
    # One action per span.
    out: list[Action] = []
    for a in actions:
        if out and out[-1].start == a.start and out[-1].end == a.end and out[-1].owner == a.owner:
            continue
        out.append(a)
    return out


_SMALL_STOP = frozenset(
    """
    the and for with from that this these those into onto about their there been have will
    would could should all any each other than then them they its our your
    """.split()  # noqa: SIM905
)


def _content_words(s: str) -> set[str]:
    return {
        w.rstrip("s")
        for w in _CONTENT_WORD_RE.findall(s.lower())
        if w not in _SMALL_STOP and w not in _TASK_VERBS
    }


def _owner_key(a: Action) -> frozenset[str]:
    return frozenset(o.lower().strip(". ") for o in (a.owners or ([a.owner] if a.owner else [])))


def _same_owner(a: Action, b: Action) -> bool:
    oa = {o.lower().strip(". ") for o in (a.owners or ([a.owner] if a.owner else []))}
    ob = {o.lower().strip(". ") for o in (b.owners or ([b.owner] if b.owner else []))}
    return bool(oa) and oa == ob


def _dedupe_against_table(actions: list[Action], table_spans: set[tuple[int, int]]) -> list[Action]:
    """An action log at the end repeats actions minuted above: keep one (the log's row, which
    carries the reference and due date; it takes the due from the prose when it has none)."""
    rows = [a for a in actions if (a.start, a.end) in table_spans]
    if not rows:
        return actions
    by_owner: dict[frozenset[str], list[Action]] = {}
    for r in rows:
        by_owner.setdefault(_owner_key(r), []).append(r)
    out: list[Action] = []
    for a in actions:
        if (a.start, a.end) in table_spans:
            out.append(a)
            continue
        words = _content_words(a.text)
        dup = None
        for r in by_owner.get(_owner_key(a), []):
            if not _same_owner(a, r):
                continue
            rw = _content_words(r.text)
            shared = words & rw
            if len(shared) >= 2 or (rw and len(shared) / len(rw) >= 0.5):
                dup = r
                break
        if dup is None:
            out.append(a)
            continue
        dup.item = a.item  # the item where it was minuted
        if dup.due is None and a.due is not None:
            dup.due, dup.due_text = a.due, a.due_text
    return out


_ALIGNED_RE = re.compile(r"\S(?: {2,}|\u00a0{2,})\S")


def _split_cells(c: str) -> tuple[list[str], str] | None:
    if c.count("|") >= 2:
        cells = [x.strip() for x in c.strip().strip("|").split("|")]
        return cells, "|"
    if c.count("\t") >= 2:
        return [x.strip() for x in c.split("\t")], "\t"
    if ("  " in c or "\u00a0\u00a0" in c) and len(_ALIGNED_RE.findall(c)) >= 2:
        return [x.strip() for x in re.split(r" {2,}|\u00a0{2,}", c.strip())], "  "
    return None


def _table_actions(ctx: _Ctx, actions: list[Action]) -> list[tuple[int, int]]:
    text = ctx.text
    lines = ctx.lines
    covered: list[tuple[int, int]] = []
    i = 0
    n = len(lines)
    while i < n:
        ln = lines[i]
        if ln.blank or ln.end - ln.start > 2000:
            i += 1
            continue
        raw = text[ln.start : ln.end]
        sp = _split_cells(raw)
        if sp is None:
            i += 1
            continue
        cells, sep = sp
        heads = [h.strip("*_ ").strip() for h in cells]
        act_col = next((k for k, h in enumerate(heads) if _TABLE_HEAD_ACTION.match(h)), None)
        own_col = next((k for k, h in enumerate(heads) if _TABLE_HEAD_OWNER.match(h)), None)
        if act_col is None or own_col is None:
            i += 1
            continue
        due_col = next((k for k, h in enumerate(heads) if _TABLE_HEAD_DUE.match(h)), None)
        rev_col = next(
            (
                k
                for k, h in enumerate(heads)
                if re.match(r"(?i)^(?:revised|new)\s+(?:due\s+date|date|deadline)$", h)
            ),
            None,
        )
        status_col = next(
            (k for k, h in enumerate(heads) if re.match(r"(?i)^(?:status|rag|rag status)$", h)),
            None,
        )
        j = i + 1
        while j < n:
            rl = lines[j]
            if rl.blank:
                # Tables pasted from Word sometimes have blank lines between rows.
                if (
                    j + 1 < n
                    and not lines[j + 1].blank
                    and _split_cells(text[lines[j + 1].start : lines[j + 1].end])
                ):
                    j += 1
                    continue
                break
            rraw = text[rl.start : rl.end]
            if re.fullmatch(r"[\s|:+\-=–—]+", rraw):
                j += 1
                continue
            rs = _split_cells(rraw) if sep != "  " else _split_cells(rraw)
            if rs is None:
                break
            rcells = rs[0]
            if sep == "|":
                rcells = [x.strip() for x in rraw.strip().strip("|").split("|")]
            elif sep == "\t":
                rcells = [x.strip() for x in rraw.split("\t")]
            if len(rcells) <= max(act_col, own_col):
                j += 1
                continue
            task = rcells[act_col]
            owner = rcells[own_col] or None
            if not task:
                j += 1
                continue
            s, e = strip_span(text, rl.start, rl.end)
            if (
                status_col is not None
                and status_col < len(rcells)
                and re.match(r"(?i)^(?:complete|completed|closed|done|blue)\b", rcells[status_col])
            ):
                # Progress on an earlier action, not an open one; its row is still claimed.
                covered.append((s, e))
                j += 1
                continue
            task_pos = text.find(task, s, e)
            due_text: str | None = None
            due: date | None = None
            for col in (rev_col, due_col):
                if col is not None and col < len(rcells) and rcells[col].strip():
                    due_text = rcells[col].strip()
                    due = resolve_due(
                        due_text,
                        ctx.meeting_date,
                        next_meeting=ctx.next_meeting,
                        named_meetings=ctx.named_meetings,
                    )
                    if due is None and rev_col is not None and col == rev_col:
                        continue
                    break
            a = Action(
                " ".join(task.split()),
                owner,
                due,
                due_text,
                _item_at(ctx, s),
                s,
                e,
                split_owners(owner) if owner else [],
            )
            if task_pos < 0:
                task_pos = s
            actions.append(a)
            covered.append((s, e))
            j += 1
        i = j
    return covered


_COLUMN_HEAD_RE = re.compile(
    r"(?i)^(?:actions?|action\s+by|action\s+owner|lead|lead officer|owner|responsible|by whom|who)$"
)
_CELL_GAP_RE = re.compile(r"\t|[ \u00a0]{2,}")
# The last cell of a line: an owner after a tab or a run of spaces.
_COLUMN_OWNER_RE = re.compile(
    r"(?:\t|[ \u00a0]{2,})[ \t\u00a0]*(?P<o>[A-Z][\w’'.&/-]*(?: [\w’'.&/-]+){0,4})$"
)


def _column_owners(ctx: _Ctx) -> dict[int, str]:
    """Owners in an "Action by" column: under a header whose last column is "Action by",
    "Action" or "Lead" (and that is not a full action table), a line ending in a short owner
    cell after a tab or a run of spaces. The owner is cut off the line's content."""
    text = ctx.text
    if "\t" not in text and "   " not in text:
        return {}
    out: dict[int, str] = {}
    under_header = False
    for k, ln in enumerate(ctx.lines):
        if ln.blank or ln.cend - ln.cstart > 2000:
            continue
        c = text[ln.cstart : ln.cend]
        if "\t" not in c and "  " not in c and "\u00a0\u00a0" not in c:
            continue
        if not under_header:
            cells = [x.strip("*_ ") for x in _CELL_GAP_RE.split(c) if x.strip()]
            under_header = (
                2 <= len(cells) <= 6
                and bool(_COLUMN_HEAD_RE.match(cells[-1]))
                and all(len(x.split()) <= 4 for x in cells)
                and not any(_TABLE_HEAD_ACTION.match(x) for x in cells[:-1])
            )
            continue
        m = _COLUMN_OWNER_RE.search(c)
        if m is None:
            continue
        owner = m.group("o").strip(" .")
        before = c[: m.start()].rstrip()
        if not (
            before.endswith((".", ";", ")")) or len(before.split()) >= 4 and before[-1:].isalnum()
        ):
            continue  # "25/041    Apologies for absence": a heading, not an owner
        if not (
            all(o in ctx.initials for o in split_owners(owner))
            or _person_like(ctx, owner)
            or _role_like(owner)
        ):
            continue
        cend = ln.cstart + len(before)
        ctx.lines[k] = Line(ln.index, ln.start, ln.end, ln.cstart, cend, False)
        out[k] = owner
    return out


def _column_actions(ctx: _Ctx, actions: list[Action], claimed: _Spans) -> None:
    """An action for each line with an "Action by" owner: its sentence committing to a task,
    from the promised verb ("The Clerk would report ...", "Agreed: to obtain ..."), else the
    sentence that best fits the owner."""
    text = ctx.text
    for k, owner in ctx.column_owners.items():
        ln = ctx.lines[k]
        found: tuple[int, int, str] | None = None
        for s, e, st, _low in reversed(_sentences_of_line(ctx, ln)):
            task = _committed_task(st, len(st))
            if task is not None:
                found = (s, e, task)
                break
        if found is None:
            sp = _best_sentence(ctx, ln, owner)
            found = (sp.start, sp.end, text[sp.start : sp.end])
        s, e, task = found
        actions.append(_make_action(ctx, task, owner, s, e))
        claimed.add(ln.cstart, ln.cend)


def _paragraph_before(ctx: _Ctx, line_index: int) -> Line | None:
    k = line_index - 1
    while k >= 0:
        ln = ctx.lines[k]
        if not ln.blank:
            c = ctx.text[ln.cstart : ln.cend]
            if _ACTION_MARK_RE.match(c):
                return None
            return ln
        k -= 1
    return None


def _best_sentence(ctx: _Ctx, ln: Line, owner: str, limit: int | None = None) -> Span:
    text = ctx.text
    end = limit if limit is not None else ln.cend
    sents = [s for s in split_sentences(text, ln.cstart, end) if s.end <= end]
    if not sents:
        return Span(ln.cstart, end)
    keys = {
        w.lower() for w in _WORD_RE.findall(owner) if w.lower() not in STOP_WORDS or w.isupper()
    }
    keys |= {w.lower() for w in _ACRONYM_WORD_RE.findall(owner)}
    commit = re.compile(
        r"\b(?:would|will|could|can|agreed|undertook|offered|suggested|asked|to\s+(?:circulate|provide|send|share|report|bring|arrange|write|update|contact))\b|\bfor a future meeting\b"  # noqa: E501
    )
    best: Span | None = None
    for s in sents:
        st = text[s.start : s.end].lower()
        words = set(_LOWER_WORD_RE.findall(st))
        if keys & words and commit.search(st):
            best = s
    if best is None:
        for s in sents:
            st = text[s.start : s.end].lower()
            if keys & set(_LOWER_WORD_RE.findall(st)):
                best = s
    if best is None:
        for s in sents:
            if commit.search(text[s.start : s.end].lower()):
                best = s
    return best or sents[-1]


def _marker_actions(ctx: _Ctx, actions: list[Action], claimed: _Spans) -> int:
    text = ctx.text
    count = 0
    for ln in ctx.lines:
        if ln.blank or ln.cend - ln.cstart > 20000:
            continue
        c = text[ln.cstart : ln.cend]
        if "ction" not in c and "CTION" not in c:
            continue
        for m in _ACTION_MARK_RE.finditer(text, ln.cstart, ln.cend):
            # Not "Action Plan" headings: the marker needs a colon/dash, checked by the regex.
            rest_start = m.end()
            rest_end = ln.cend
            # The marker's text runs to the end of the sentence or a closing bracket.
            bracketed = text[m.start()] == "("
            if bracketed:
                close = text.find(")", rest_start, ln.cend)
                if close < 0:
                    continue
                rest_end = close
            else:
                for sp in split_sentences(text, rest_start, ln.cend):
                    rest_end = sp.end
                    break
            rest = text[rest_start:rest_end].strip().rstrip(".")
            if not rest:
                continue
            before_start, before_end = strip_span(text, ln.cstart, m.start())
            owner: str | None
            task: str
            span_s: int
            span_e: int
            mt = re.match(
                r"^(?P<o>[A-Z][\w’'&./-]*(?:\s+(?:of|for|and|&|the|/)?\s*[A-Z][\w’'&./-]*){0,7}|[A-Z]{2,4}(?:\s*/\s*[A-Z]{2,4})*)\s+(?:to|will)\s+(?P<t>\S.*)$",
                rest,
            )
            words = rest.split()
            if mt and (
                _owner_like(ctx, mt.group("o")) or _first_names(mt.group("o"), mt.group("t"))
            ):
                owner = mt.group("o").strip()
                task = mt.group("t")
                span_s, span_e = m.start(), rest_end
                if bracketed:
                    span_e = rest_end + 1
            elif (
                len(words) <= 8
                and not re.search(r"\b(?:to|will|should|must|by)\b", rest)
                and (
                    _owner_like(ctx, rest)
                    or all(w[:1].isupper() or w.lower() in _CONNECTORS or w in "/&" for w in words)
                )
            ):
                owner = rest.strip()
                if before_end > before_start:
                    # "... church groups. Action: Brenda": the sentence(s) before it on the line.
                    target_line = ln
                    sp = _best_sentence(ctx, target_line, owner, limit=before_end)
                    span_s, span_e = sp.start, sp.end
                    task = text[sp.start : sp.end]
                    claimed.add(ln.cstart, before_end)
                else:
                    para = _paragraph_before(ctx, ln.index)
                    if para is None:
                        continue
                    sp = _best_sentence(ctx, para, owner)
                    span_s, span_e = sp.start, sp.end
                    task = text[sp.start : sp.end]
                    claimed.add(para.cstart, para.cend)
            else:
                tail = re.search(
                    r"\s*[(\[]\s*(?P<o>[A-Z][^()\[\]]{0,60})[)\]]\s*$|\s+[–—-]\s+(?P<o2>[A-Z][\w .&/-]{0,60})$",  # noqa: E501
                    rest,
                )
                owner = None
                task = rest
                if tail:
                    cand = (tail.group("o") or tail.group("o2") or "").strip()
                    if _owner_like(ctx, cand):
                        owner = cand
                        task = rest[: tail.start()]
                span_s, span_e = m.start(), rest_end
            span_s, span_e = strip_span(text, span_s, span_e)
            actions.append(_make_action(ctx, task, owner, span_s, span_e))
            claimed.add(span_s, span_e)
            claimed.add(m.start(), rest_end)
            count += 1
    return count


_SCHEDULE_RE = re.compile(
    r"(?P<date>(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{4})?(?:\s+(?:at|from)\s+[\d.:]+\s*(?:am|pm)?)?)\s*[.:,–-]\s*"
    r"(?P<names>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?:\s*,\s*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)*"
    r"(?:\s*,?\s+(?:and|&)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?)(?=\s*(?:[.;]|$))"
)


_SCHEDULE_HINT = re.compile(r"\d(?:st|nd|rd|th)?\s+[JFMASOND][a-z]+")


def _schedule_actions(ctx: _Ctx, actions: list[Action], claimed: _Spans) -> None:
    """ "Monday 15th May at 1330. Robin, Brenda and Michael": a dated duty for named people."""
    text = ctx.text
    for ln in ctx.lines:
        if ln.blank or ln.cend - ln.cstart > 20000:
            continue
        if not _SCHEDULE_HINT.search(text, ln.cstart, ln.cend):
            continue
        for m in _SCHEDULE_RE.finditer(text, ln.cstart, ln.cend):
            names = [
                x.strip()
                for x in re.split(r"\s*,\s*|\s+and\s+|\s+&\s+", m.group("names"))
                if x.strip()
            ]
            if not names or not all(_person_like(ctx, x) for x in names):
                continue
            s, e = m.start(), m.end()
            if claimed.overlaps(s, e):
                continue
            owner = m.group("names").strip()
            due = parse_date_literal(m.group("date"), ctx.meeting_date)
            # The item title gives what the duty is ("Plot inspections").
            it = _item_at(ctx, s)
            what = ctx.items[it].title if it is not None else "Scheduled"
            task = f"{what}: {m.group('date')}"
            actions.append(Action(task, owner, due, m.group("date"), it, s, e, split_owners(owner)))
            claimed.add(s, e)


# "Circulate the data to governors (AH) - by 7 February": a task, its owners in brackets
# (initials, or names), then perhaps a due phrase; a line of a list of actions.
_LIST_ACTION_RE = re.compile(
    r"(?:\d{1,3}[.)]\s+)?(?P<task>[A-Z][^()|\t]{4,300}?)\s*"
    r"\((?P<owner>[A-Z][A-Za-z]{1,3}\.?(?:\s*[/,&]\s*[A-Z][A-Za-z]{1,3}\.?)*"
    r"|(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)\)"
    r"\s*(?:[-–—,:;]\s*(?P<due>[^()|\t]{2,60}?))?\s*\.?"
)
_ACTION_LIST_HEAD_RE = re.compile(
    r"(?i)(?P<whole>summary\s+of|schedule\s+of|list\s+of|record\s+of)?\s*(?:agreed\s+|new\s+)?"
    r"actions?(?:\s+(?P<whole2>points|agreed|list|summary|to\s+be\s+taken))?\s*:?"
)


def _list_actions(ctx: _Ctx, actions: list[Action], claimed: _Spans) -> list[tuple[int, int]]:
    """Entries under a "Summary of actions" heading, each "task (OWNER) - due"; returns
    their spans (like a table's rows, they stand for the same actions minuted above)."""
    text = ctx.text
    lines = ctx.lines
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        i += 1
        if ln.blank or ln.cend - ln.cstart > 40:
            continue
        head = _ACTION_LIST_HEAD_RE.fullmatch(text, ln.cstart, ln.cend)
        if head is None:
            continue
        # A "Summary of actions" gathers the whole meeting's actions: no item of its own unless
        # it is one (an entry minuted above takes that item when deduplicated).
        whole_meeting = bool(head.group("whole") or head.group("whole2"))
        list_item = (
            _item_at(ctx, ln.cstart) if not whole_meeting or ln.cstart in ctx.item_starts else None
        )
        while i < len(lines):
            entry = lines[i]
            if entry.blank:
                i += 1
                continue
            m = _LIST_ACTION_RE.fullmatch(text, entry.cstart, entry.cend)
            if m is None:
                break
            i += 1
            owner = m.group("owner")
            owners = split_owners(owner)
            if not all(o in ctx.initials or _owner_like(ctx, o) for o in owners):
                continue
            due_text, due = _due_for(ctx, m.group("due") or "")
            s, e = entry.cstart, entry.cend
            if claimed.overlaps(s, e):
                continue
            task = m.group("task").strip()
            actions.append(Action(task, owner, due, due_text, list_item, s, e, owners))
            claimed.add(s, e)
            spans.append((s, e))
    return spans


def _antecedent(ctx: _Ctx, prev: str, plural: bool) -> str | None:
    """The last person/role/body noun phrase in the previous sentence (for "They will ...")."""
    best: str | None = None
    for m in re.finditer(
        r"(?:\bthe\s+)?[A-Z][\w’'&-]*(?:(?:\s+|,\s+)(?:(?:of|for|and|&|the|at)\s+)*[A-Z][\w’'&-]*)*",
        prev,
    ):
        np = m.group(0).strip(" ,")
        if np.split()[0] in ("That", "The", "This", "It", "If") and len(np.split()) == 1:
            continue
        np = re.sub(r"^(?:That|If|When|Then|Also|However)\s+", "", np)
        if _role_like(np) or _person_like(ctx, np):
            if plural and not (
                re.search(r"\band\b|s\b", np) or re.search(r"(?i)\b\w+s\s+of\b", np)
            ):
                continue
            best = np
    return best


def _prose_actions(ctx: _Ctx, actions: list[Action], claimed: _Spans, *, strict: bool) -> None:
    for ln in ctx.lines:
        if ln.blank:
            continue
        if ln.cend - ln.cstart > 200_000:
            continue
        prev_text = ""
        for s, e, st, _low in _sentences_of_line(ctx, ln):
            if claimed.overlaps(s, e) or len(st) > 3000:
                prev_text = st
                continue
            found = _bracket_owner(ctx, st) or _prose_one(ctx, st, prev_text, strict=strict)
            prev_text = st
            if found is None:
                continue
            owner, task = found
            actions.append(_make_action(ctx, task, owner, s, e, _due_source(ctx, st, task)))
            claimed.add(s, e)


# "... had been updated in January and he would send ...": a date of what already happened.
_PAST_WORD_RE = re.compile(r"(?=[hw])\b(?:had|has|have|was|were)\b")
_PAST_EVENT_RE = re.compile(r"\b(?:had|has|have|was|were)\s+(?:been\s+)?[a-z]+\s+$")


def _due_source(ctx: _Ctx, st: str, task: str) -> str:
    """Where a prose action's due phrase is looked for: the sentence, or only the task when
    the sentence's first date phrase before the task dates an event already past."""
    if not _PAST_WORD_RE.search(st):
        return st
    d = preferred_due(_due_phrases(ctx, st))
    if d is None or not _PAST_EVENT_RE.search(st, 0, d.start):
        return st
    pos = st.find(task)
    return task if pos >= d.end else st


_THAT_START_RE = re.compile(
    r"^(?:\(?\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})\s*[.)]\s*)?"
    r"(?:(?:It\s+was\s+)?(?:RESOLVED|Resolved|resolved|AGREED|Agreed)\s*:?\s+)?[Tt]hat\s+"
)
# "The Clerk would write to the landowner (Clerk).": the owner noted after the sentence.
_TRAILING_OWNER_RE = re.compile(r"\s*\((?P<owner>[A-Z][^()]{1,40})\)\s*[.;]?\s*$")
_COMMIT_VERB_RE = re.compile(
    r"\b(?:would|will|shall|to)\s+(?:then\s+|also\s+|again\s+)?(?P<verb>[a-z][a-z-]+)\b"
)


_PAST_BEFORE_RE = re.compile(r"\b(?:had|has|have|was|were)\s+\w+\s*$")


def _bracket_owner(ctx: _Ctx, st: str) -> tuple[str, str] | None:
    """(owner, task) for a commitment whose owner is bracketed at its end: initials of someone
    present, a person or a role; the task runs from the promised verb to the bracket."""
    m = _TRAILING_OWNER_RE.search(st) if ")" in st else None
    if m is None or st.rstrip().endswith("?"):
        return None
    owner = m.group("owner").strip()
    owners = split_owners(owner)
    if not owners or not all(
        o in ctx.initials
        or _person_like(ctx, re.sub(r"^(?:[A-Z]{1,4}\s+)+(?=[A-Z][a-z])", "", o))  # "CC Hale"
        or (_role_like(o) and not _body_like(o))
        for o in owners
    ):
        return None
    task = _committed_task(st, m.start())
    return None if task is None else (owner, task)


def _committed_task(st: str, end: int) -> str | None:
    """The task promised in st[:end], from its verb ("would write to ...", "to obtain ...")."""
    for vm in _COMMIT_VERB_RE.finditer(st, 0, end):
        verb = vm.group("verb")
        if verb in _WILL_BAD or _PAST_BEFORE_RE.search(st, 0, vm.start()):  # "had agreed to"
            continue
        return st[vm.start("verb") : end].rstrip(" .") + "."
    return None


def _base_task_verb(word: str) -> str | None:
    """The task verb in "circulate" or in its third-person form "circulates"."""
    if word in _TASK_VERBS:
        return word
    for cut in ("s", "es"):
        if word.endswith(cut) and word[: -len(cut)] in _TASK_VERBS:
            return word[: -len(cut)]
    return None


def _prose_one(ctx: _Ctx, st: str, prev: str, *, strict: bool) -> tuple[str, str] | None:
    """(owner, task) if the sentence commits a named owner to do something."""
    low_st = st
    # "Reflect" conditions: questions and hypotheticals are not commitments.
    if st.rstrip().endswith("?") or not _ACTION_HINT.search(st):
        return None

    def ok_verb(v: str) -> bool:
        return v not in _WILL_BAD and v.isalpha() or "-" in v

    # 1. Resolutions: "That the Director of Place circulate to members ..."
    mt = _THAT_START_RE.match(st) if "hat " in st[:32] else None
    if mt:
        fw = _owner_forward(st, mt.end())
        if fw:
            owner, _os, oe = fw
            rest = st[oe:].lstrip()
            vm = re.match(r"(?:be\s+(?:asked|requested|invited)\s+to\s+)?([a-z][a-z-]+)\b", rest)
            verb = _base_task_verb(vm.group(1)) if vm else None
            if vm and verb and _owner_like(ctx, owner) and not _self_body(owner):
                # "that the Town Clerk writes to ..." is minuted as "write to ..."
                return owner, verb + rest[vm.end(1) :]
    # 2. "X to report back ..." at the start of a sentence or bullet, or after a heading.
    found = _to_clause(ctx, st)
    if found is not None:
        return found
    # 3. "X agreed to / undertook to / offered to ..."
    for m in _P_AGREED.finditer(st):
        ob = _owner_before(st, m.start())
        if ob is None:
            continue
        owner, ostart = _trim_owner_to_person(ctx, *ob)
        verb = m.group("verb")
        if re.search(r"\b(?:it|was|were|had|has|have)\s*$", st[: m.start()]):
            continue
        if _self_body(owner) and (
            verb in _DECISION_VERBS or _OWN_AGENDA_RE.match(st, m.start("verb"))
        ):
            continue  # the meeting's own decision, or its work programme (a follow-up)
        if strict and not m.group(0).startswith(("agreed", "undertook")):
            continue
        if _owner_like(ctx, owner) and verb not in ("be", "the"):
            return owner, st[m.start("verb") :]
    # 4. "X was asked to ..."
    for m in _P_ASKED_PASSIVE.finditer(st):
        ob = _owner_before(st, m.start())
        if ob and _owner_like(ctx, ob[0]) and ok_verb(m.group("verb")):
            if re.match(r"had been invited", m.group(0)):
                continue
            return _trim_owner_to_person(ctx, *ob)[0], st[m.start("verb") :]
    # 5. "asked the Director to ...", "set THT a number of challenges and to report back"
    for m in _P_ASKED_ACTIVE.finditer(st):
        obj = m.group("obj").strip()
        if m.group("fill") and not m.group(0).startswith(("set", "challenged")):
            continue
        if re.search(r"\bhad\s+$", st[: m.start()]):
            continue
        if _owner_like(ctx, obj) and ok_verb(m.group("verb")):
            return obj, st[m.start("verb") :]
    # 6. "agreed that the Clerk would write ..."
    for m in _P_AGREED_THAT.finditer(st):
        np = m.group("np").strip(" ,")
        if _owner_like(ctx, np) and ok_verb(m.group("verb")) and not _self_body(np):
            return np, st[m.start("verb") :]
    if strict:
        return None
    # 7. "X said she would take this forward"
    for m in _P_SAID.finditer(st):
        verb = m.group("verb")
        if verb in _WILL_BAD or verb in ("not", "be"):
            continue
        ob = _owner_before(st, m.start())
        if ob is None:
            continue
        owner, _ = _trim_owner_to_person(ctx, *ob)
        if _owner_like(ctx, owner, bodies=False) or _person_like(ctx, owner):
            return owner, st[m.start("verb") :]
    # 7b. "X confirmed that ... and that he would send ...": the speaker, or the person the
    # sentence before names when the speaker is a pronoun.
    for m in _P_SAID_AND_THAT.finditer(st):
        if m.group("verb") not in _TASK_VERBS:
            continue
        ob = _owner_before(st, m.start())
        if ob is None:
            continue
        owner = ob[0]
        if owner in ("He", "She"):
            ante = _antecedent(ctx, prev, plural=False)
            if ante:
                # "The Head of Transport, Mark Dunne": he or she is the person named.
                named = [x for x in ante.split(", ") if _person_like(ctx, x)]
                return (named[-1] if named else ante), st[m.start("verb") :]
        elif _person_like(ctx, owner) or _role_like(owner) and not _body_like(owner):
            return owner, st[m.start("verb") :]
    # 8. "HJ. will place a notice ...", "They will then present ..."
    for m in _P_WILL.finditer(st):
        verb = m.group("verb")
        if verb in _WILL_BAD or verb not in _TASK_VERBS:
            continue
        before = st[: m.start()].rstrip()
        pm = re.fullmatch(r"(?:\(?\w{1,3}[.)]\s*)?(They|He|She|We)", before)
        if pm:
            ante = _antecedent(ctx, prev, plural=pm.group(1) in ("They", "We"))
            if ante:
                return ante, st[m.start("verb") :]
            continue
        ob = _owner_before(st, m.start())
        if (
            ob is None
            or ob[1] > 0
            and not re.fullmatch(
                r"[\W\d]*(?:(?:Noted|noted|Also|also)\s+(?:that\s+)?)?", st[: ob[1]]
            )
        ):
            continue
        owner = ob[0]
        if _person_like(ctx, owner) or (_role_like(owner) and not _body_like(owner)):
            return owner, st[m.start("verb") :]
    # 9. "X would provide a written response"
    for m in _P_WOULD.finditer(st):
        verb = m.group("verb")
        if verb not in _TASK_VERBS or verb in _WILL_BAD:
            continue
        ob = _owner_before(st, m.start())
        if ob is None or ob[1] > 0 and not re.fullmatch(r"[\W\d]*", st[: ob[1]]):
            continue
        owner = ob[0]
        if _person_like(ctx, owner) and re.search(r"[A-Z]", owner):
            return owner, st[m.start("verb") :]
        if _role_like(owner) and not _body_like(owner):  # "The Mayor would write to the MP"
            return owner, st[m.start("verb") :]
    # 10. "Healthwatch will share the survey results with members": a body's commitment.
    found = _body_commitment(st)
    if found is not None:
        return found
    # 11. "the plan is due by 28 June": a deadline for the body the sentence is about.
    due_m = _P_DUE.search(st)
    if due_m and _due_phrases(ctx, st[due_m.start() :]):
        for om in re.finditer(
            r"\b(?:the\s+)?[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*)*", st[: due_m.start()]
        ):
            np = om.group(0)
            if (
                np.split()[0] in ("Noted", "The", "This", "That", "It", "In")
                and len(np.split()) == 1
            ):
                continue
            np = re.sub(r"^(?:Noted|Also|However)\s+", "", np)
            if (
                _person_like(ctx, np)
                or re.fullmatch(r"(?:the\s+)?[A-Z]{2,6}", np)
                or _role_like(np)
            ):
                return np.strip(), st
    del low_st
    return None


def _body_commitment(st: str) -> tuple[str, str] | None:
    """(owner, task) when a body opening the sentence will do something for the meeting:
    "Healthwatch will share the survey results", "Public Health would circulate the guidance".
    Only verbs that deliver something back ("provide support to families" describes a service,
    "provide a breakdown" is a commitment), so descriptive reports stay action-free."""
    m = _P_BODY_WILL.match(st)
    if m is None:
        return None
    np, verb = m.group("np").strip(), m.group("verb")
    if _self_body(np) or not (_body_like(np) or _DEPARTMENT_RE.fullmatch(np)):
        return None
    task = st[m.start("verb") :]
    if verb in _BODY_GIVE_VERBS:
        if not _INFO_OBJECT_RE.search(task[len(verb) :][:60]):
            return None
    elif verb not in _BODY_COMMIT_VERBS:
        return None
    if verb == "look" and not re.match(r"look\s+(?:into|at)\b", task):
        return None
    return np, task


def _to_clause(ctx: _Ctx, st: str) -> tuple[str, str] | None:
    """(owner, task) for "Brenda to book the skip", "4) Skip day – NB to circulate ..."."""
    m = _P_TO_START.match(st)
    if m is None:
        hm = _HEADING_SEP_RE.match(st)
        if hm is None or _VERBISH_RE.search(st, 0, hm.end()):
            return None
        st = st[hm.end() :]
        m = _P_TO_START.match(st)
        if m is None:
            return None
    np, verb = m.group("np"), m.group("verb")
    if verb in ("be", "the", "a", "an", "date") or np.startswith("To "):
        return None
    if np.split()[0].lower() in _DISCOURSE:
        return None
    if verb in _DECISION_VERBS and (_self_body(np) or _body_like(np)):
        return None  # "Members to note the report", "Council to approve": recommendations
    task = st[m.start("verb") :]
    if _owner_like(ctx, np) or _first_names(np, task):
        return np, task
    return None


def _first_names(np: str, task: str) -> bool:
    """Names the attendance does not list ("Brenda", "Robin and Brenda") owning a bare
    "to VERB" clause; not a noun phrase ("Work to improve access was slow")."""
    if _FINITE_REST_RE.search(task) or task.split(None, 1)[0] not in _FIRST_NAME_VERBS:
        return False
    names = [x for x in re.split(r"\s*(?:,|\band\b|&|/)\s*", np) if x]
    return bool(names) and all(
        _name_like_owner(x) and x.split()[0].lower() not in _NOT_OWNER_NOUNS for x in names
    )


def _self_body(np: str) -> bool:
    w = np.lower().split()
    w = [x for x in w if x != "the"]
    return len(w) == 1 and w[0] in _BODY_SELF


# --- follow-ups ----------------------------------------------------------------------------


def _find_follow_ups(ctx: _Ctx) -> list[FollowUp]:
    out: list[FollowUp] = []
    for ln in ctx.lines:
        if ln.blank or ln.cend - ln.cstart > 200_000:
            continue
        for s_start, s_end, st, low in _sentences_of_line(ctx, ln):
            if len(st) > 3000:
                continue
            keys = set(_FOLLOW_KEY_RE.findall(low))
            if not keys:
                continue
            hit = None
            for k, rx in enumerate(_FOLLOW_RES):
                if keys.isdisjoint(_FOLLOW_NEEDS[k]):
                    continue
                also = _FOLLOW_ALSO_NEEDS.get(k)
                if also is not None and not any(w in low for w in also):
                    continue
                # Case-insensitive rules run on the lower-cased copy (a cheap test).
                hit = rx.search(low) if k in _FOLLOW_LOWER else rx.search(st)
                if hit:
                    break
            if not hit:
                continue
            if _MONTH_MEETING_RE.search(low, hit.start(), hit.end()) and not _FORWARD_RE.search(
                low
            ):
                continue  # "a report was presented at the July meeting"
            if _PAST_FOLLOW_RE.search(st) and not re.search(r"\b(?:will|would|could|to)\b", st):
                continue
            if re.match(r"(?i)\s*to\s+(?:receive|note|consider)\b", st):
                continue  # agenda text ("To receive a report ...") is not a follow-up
            wm = _WHEN_RE.search(st)
            due_text, due = _due_after(ctx, st, hit.start())
            when = due_text
            if wm and (when is None or "meeting" in wm.group(0)):
                when = wm.group(0)
                d2 = resolve_due(
                    when,
                    ctx.meeting_date,
                    next_meeting=ctx.next_meeting,
                    named_meetings=ctx.named_meetings,
                )
                due = d2 or due
            if when is None and k == _WORK_PROGRAMME_RULE:
                ym = _PROGRAMME_YEAR_RE.match(st, hit.end())
                if ym:  # "to its work programme for 2025-26"
                    when = ym.group("year")
                    due = resolve_due(when, ctx.meeting_date)
            cm = _COMMITTEE_RE.search(st)
            # "the February Board": the body, not its month.
            committee = _MONTH_WORD_RE.sub("", cm.group("body")).strip() if cm else None
            out.append(
                FollowUp(
                    " ".join(st.split()),
                    when,
                    due,
                    _item_at(ctx, s_start),
                    s_start,
                    s_end,
                    committee,
                )
            )
    return out
