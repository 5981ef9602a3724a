"""The meeting header: the committee's name, the date and the title line.

The committee comes from the first header line that names it, most explicit first:
"Minutes of the meeting of <body> held ...", "<body> held their meeting ...", "Minutes –
<body> – <date>"; else a title line that names the group then the kind of meeting
("<body> – monthly plenum", "# <body> Meeting #3", "<body> | Committee meeting | <date>")
or the body beside the date; else the name over a title that names no one ("COMMITTEE
MEETING MINUTES"); else a capitalised heading with a body's word ("Riverside Allotment
Society"). The kind of meeting (AGM, Extraordinary, monthly, (Virtual)) is not part of the
name, and words that never name a body ("Next", "Member's", "Part I", "Council:") give none:
minutes that name no committee leave it to the clerk (see `services.imports`)."""

from __future__ import annotations

import re
from datetime import date

from ..dates import parse_date_literal
from ..model import Meeting
from .items import VERBISH_RE
from .layout import Line, marker
from .people.words import is_given_name

_BODY_WORDS = (
    r"(?:Board|Committee|Forum|Panel|Partnership|Group|Cabinet|Council|Trust|Association"
    r"|Sub-Committee|Commission|Assembly|Executive|Directors|Society|Club|Trustees|Governors"
    r"|Network|Alliance|Federation|Conference|Collaborative|Authority|Auxiliary)"
)
_BODY_WORD_RE = re.compile(rf"(?i)\b{_BODY_WORDS}\b")
# A heading that is a body's name ends with its body's word ("Riverside Allotment Society",
# "Board of Directors", "Riverside Carers Group (RCG)"; not "Renewal of Trust Membership").
_BODY_ENDS_NAME_RE = re.compile(rf"(?i)\b{_BODY_WORDS}(?:\s+of\s+[^()]+|\s*\([^()]*\))?$")
_MEETING_KIND = (
    r"(?:(?:ordinary|extraordinary|annual|special|virtual|public|informal|formal|remote|hybrid"
    r"|inaugural|general|monthly|quarterly|bi-monthly|open|closed|private|joint"
    r"|\d{1,3}(?:st|nd|rd|th)|(?:january|february|march|april|may|june|july|august|september"
    r"|october|november|december)(?:\s+\d{4})?)\s+)*"
)
_MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![a-z])"
)
# A day's name, lower-cased: "monday".
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_END_OF_NAME = (
    rf"(?=\s+(?:held|on|at|was|which|{_WEEKDAY})\b|\s*[,(;:]"
    r"|\s+[-–—|]\s|\s*$)"
)
# CMIS and form-like headers: "Committee: Cabinet", "Meeting: Health and Wellbeing Board",
# "Decision Maker: Riverside Audit Committee".
_FORM_LABEL_RE = re.compile(
    r"(?i)^(?:committee|meeting|board|body|forum|group|sig|decision\s+maker)(?:\s+name)?\s*:\s*"
    r"(?P<c>[A-Z][^\d]{2,120})$"
)
# Header lines that name the committee, most explicit first.
_COMMITTEE_LINE_RES = [
    # "Minutes of the meeting of the Riverside Adults Scrutiny Committee held on ...", "MINUTES OF
    # MEETING FROM THE RIVERSIDE HALL COMMITTEE HELD ON ..."
    re.compile(
        r"(?i)^(?:(?:draft|confirmed|unconfirmed|approved|signed)\s+)?(?:minutes|notes)\s+of\s+"
        r"(?:(?:the\s+)?proceedings\s+(?:at|of)\s+)?"
        rf"(?:the\s+|an?\s+)?{_MEETING_KIND}(?:\([^()]*\)\s+)?(?:meeting|proceedings)\s+(?:\([^()]*\)\s+)?(?:of|from)\s+(?:the\s+)?(?P<c>.+?)"
        + _END_OF_NAME
    ),
    # "Minutes of the Riverside Place Board meeting held on ...", "Minutes from the 11th Riverside
    # Tools TSC meeting", "Minutes of the Riverside Parks Committee, 3 March 2024", "Minutes of
    # Patient Reference Group (PRG)": a name before "meeting" or "held", or a body's name that
    # ends the title or stands before its date.
    re.compile(
        r"(?i)^(?:(?:draft|confirmed|unconfirmed|approved|signed)\s+)?(?:minutes|notes)\s+"
        r"(?:of|from|for)\s+(?:the\s+|an?\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+)?"
        r"(?!(?:meeting|last|previous|proceedings)\b)"
        rf"(?P<c>[^,:;|–—()]{{0,100}}?\b{_BODY_WORDS}(?=\s*(?:[,(|–—:]|\s-\s|$))"
        r"|.+?(?=\s+(?:meeting|held|AGM|EGM|teleconference)\b))"
    ),
    # "A meeting of Riverside Town Council was held on ...", "Meeting of Cabinet, 4 May 2023"
    re.compile(
        rf"(?i)^(?:(?:an?|the)\s+)?{_MEETING_KIND}meeting\s+of\s+(?:the\s+)?(?P<c>.+?)"
        + _END_OF_NAME
    ),
    # "RIVERSIDE PLACE BOARD — MINUTES", "Riverside Parish Council: minutes of the meeting ..."
    re.compile(
        r"(?i)^(?!(?:document\s+type|type|status|subject|re|title|date)\s*:)"
        r"(?P<c>[^:|–—]{3,120}?)\s*(?:[:|–—]|\s-)\s*(?:(?:draft|confirmed|unconfirmed"
        r"|approved)\s+)?(?:minutes|notes|record of (?:the\s+)?meeting)\b"
    ),
    # "Patient Participation Group (PPG) Meeting Minutes", "Riverside Steering Group Minutes
    # Thursday 14 July", "Riverside Budget Committee Minutes (October 24, 2007)": the body's
    # name, "Minutes", then nothing or the date.
    re.compile(
        r"(?i)^(?P<c>[^\d:]{3,120}?)\s+(?:meeting\s+)?(?:minutes|notes)"
        rf"(?:(?:\s*[-–—,(|]\s*|\s+)(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*\b|\d|{_MONTH_NAME}).*)?$"
    ),
    _FORM_LABEL_RE,
    # An email's subject: "Subject: Notes from the Riverside Carers Forum planning meeting"
    re.compile(
        r"(?i)^(?:subject|re)\s*:\s*(?:draft\s+)?(?:minutes|notes|actions)\s+(?:of|from)\s+"
        r"(?:the\s+)?(?P<c>.+?)(?:\s+(?:planning|steering|working|review|catch-up))?\s+meeting\b"
    ),
    # "Subject: Riverside Gardeners – notes from Tuesday's meeting"
    re.compile(
        r"(?i)^(?:subject|re)\s*:\s*(?P<c>[^:–—|]+?)\s*(?:[:–—|]|\s-)\s*(?:draft\s+)?"
        r"(?:minutes|notes|actions)\b"
    ),
    # The body's name, then the title: "Riverside Village Hall (Registered Charity No 123456)
    # Minutes of the Annual General Meeting held at the Village Hall on ...", "DRAFT RIVERSIDE
    # PARISH COUNCIL Minutes of the Ordinary Meeting held on ..."
    re.compile(
        r"^(?i:draft\s+)?(?P<c>[A-Z][^:|–—()]{2,120}?)\s*(?:\([^()]*\)\s*)?(?i:(?:draft\s+)?(?:minutes|notes)"
        rf"\s+of\s+(?:the\s+|an?\s+)?{_MEETING_KIND}(?:meeting|AGM|EGM)\b)"
    ),
]
_BODY_HELD_MEETING_RE = re.compile(
    r"^(?:The\s+)?(?P<c>[A-Z][\w&'’ -]{2,100}?)\s+(?:(?:held|holds)\s+(?:their|its|an?|the)\s+"
    r"(?:[\w-]+\s+){0,3}?meeting\b|met\s+(?:on|at|in|via|remotely|virtually|online)\b)"
)


def _body_held_meeting(line: str) -> str | None:
    """Prose that opens the minutes with the body as its subject: "Riverside and Weir Community
    Council held their meeting remotely via Zoom at 7.30pm on ...", "Riverside Parish Council
    met on 4 May 2023 ..." (a body's name: capitalised words with a word like Council)."""
    m = _BODY_HELD_MEETING_RE.match(line)
    if not m or not _BODY_WORD_RE.search(m.group("c")) or not _title_like(m.group("c")):
        return None
    return _committee_name(m.group("c"))


# How or when a group meets, said between its name and "meeting": "monthly", "Annual General".
_KIND_ADJECTIVES = (
    r"(?:(?:ordinary|extraordinary|annual|special|virtual|public|informal|formal|remote|hybrid"
    r"|inaugural|general|monthly|quarterly|weekly|fortnightly|bi-monthly|open|joint|members['’]?"
    r"|member['’]s|video|zoom|teams|online|phone|telephone)\s+)*"
)
_MONTH_WORD = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_TITLED_MEETING_RE = re.compile(
    r"^(?P<c>[A-Z][^:;!?|]{0,100}?)(?:(?:\s*[–—:,|]|\s+-)\s*(?i:(?:committee|board|trustees['’]?"
    r"|management|executive|steering)\s+)?|\s+)"
    rf"(?i:(?:{_MONTH_WORD}\s+)?{_KIND_ADJECTIVES}(?:meeting|plenum|call|teleconference|AGM|EGM"
    r"|get-together|sync|stand-?up))"
    r"(?=\s*(?:$|[,#(:|–—-]|\d|(?i:minutes|notes|agenda|held|on|at|via"
    rf"|{_WEEKDAY})\b))"
)


# "Riverside Cycle Forum – steering group, 3 March 2026": the group, a dash, then which of its
# bodies met, with no word for a meeting.
_TITLED_BODY_RE = re.compile(
    r"^(?P<c>[A-Z][^:;!?|,]{0,100}?)(?:\s*[–—:|]|\s+-)\s*(?i:(?:steering|working|management"
    r"|executive|organi[sz]ing)\s+(?:group|committee)|committee|board|trustees)\s*(?:$|,|\d)"
)


def _titled_meeting(line: str) -> str | None:
    """A title line that names the group, then the kind of meeting: "Riverside Makerspace
    Board monthly meeting, December 11, 2025", "Riverside Cycling Group Meeting #3",
    "Riverside Makerspace – monthly plenum", "Riverside Film Club Annual General Meeting
    2023 Minutes", "Riverside Parish Council – Ordinary Meeting Tuesday 5th June 2018",
    "Riverside Cycle Forum – steering group, 3 March 2026"."""
    m = _TITLED_MEETING_RE.match(line) or _TITLED_BODY_RE.match(line)
    if not m or len(m.group("c").split()) > 8 or "/" in m.group("c") or line.count("|") > 2:
        return None  # "We expect to return to these topics at a future meeting"; "Video/Phone"
    return _committee_name(m.group("c"))


# ModernGov: "Agenda and minutes" then "<Committee> - Wednesday, 8th February, 2023 2.00 pm".
_MODERNGOV_HEAD_RE = re.compile(
    r"^(?:(?i:agenda\s+and\s+(?:draft\s+)?minutes)\s*[/|>:-]?\s*)?(?P<c>[A-Z][^\n]{2,120}?)\s+[-–—]\s+"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?P<d>\d{1,2}(?:st|nd|rd|th)?\s+\w+,?\s+\d{4}.*)$"
)
# "Meeting: 17/06/2021 - Health and Wellbeing Board (Item 8)" (a ModernGov issue page).
_ISSUE_MEETING_RE = re.compile(
    r"(?i)^meeting:\s*(\d{1,2}/\d{1,2}/\d{2,4})\s*[-–]\s*(.+?)(?:\s*\(item.*)?$"
)
# "Riverside Allotment Society Committee Meeting 6.30pm 25/4/23" (the society; but "Riverside
# Outreach Committee Meeting", where no other word names a body, is the committee's).
_NAME_MEETING_RE = re.compile(
    r"^(?P<c>[A-Z][\w()&’' ,-]{3,120}?)(?P<own>\s+Committee)?\s+[Mm]eeting\b"
)
# A date with its year, in the shapes headers write it once emphasis and escapes are gone:
# "Wednesday14th November 2018", "TUESDAY MAY 6th 2014", "Dec-4-2017", "2014-08-01",
# "March 14th, 2023", "25/4/23".
_DATE_RE = re.compile(
    r"(?i)(?:\b(?:mon|tues?|wednes|wed|thu(?:rs)?|fri|satur|sat|sun)(?:day)?\.?,?\s*)?"
    rf"(?:(?:\b|(?<=day))(?:the\s+)?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?[\s-]*(?:of\s+)?"
    rf"(?P<m1>{_MONTH_NAME})[\s,.-]+(?P<y1>\d{{4}}|['’]\d\d|\d\d(?![\d:.]))\b"
    rf"|\b(?P<m2>{_MONTH_NAME})[\s.-]*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)[\s,-]+(?P<y2>\d{{4}})\b"
    r"|\b(?P<y3>\d{4})(?P<s3>[-./])(?P<m3>\d{1,2})(?P=s3)(?P<d3>\d{1,2})\b"
    r"|\b(?P<d4>\d{1,2})[/.](?P<m4>\d{1,2})[/.](?P<y4>\d{4}|\d{2})\b)"
)
_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}
# Words before a date that make it another date than the meeting's ("year ending 31 March").
_DIGIT_RE = re.compile(r"\d")
_NOT_MEETING_DATE_RE = re.compile(
    r"(?i)(?:\bend(?:ing|ed|s)?|\buntil|\bto|\bby|\bdeadline|\bdue|\bfrom|\bbetween|\bsince"
    r"|\bprevious|\blast|\bnext|\bissued"
    r"|\bnext\s+(?:meeting|plenum|call)(?:\s+(?:is|will\s+be|on|date))*)[\s:,]*$"
)
_MARKUP_RE = re.compile(r"[*_\\`]+")
# "Date: ...", "**Date/Time:** ...", "When: ...", "Meeting: 21/01/2020 - ...", "The meeting
# took place ... on <date>".
_DATE_LABEL_RE = re.compile(
    r"(?i)^(?:date(?:\s*/\s*time)?|when|meeting(?:\s+date)?)\s*:|\b(?:took\s+place|was\s+held|met)\b"
)
# Names too generic to identify a committee.
_GENERIC_COMMITTEE = frozenset(
    """
    committee board meeting minutes notes panel group forum sub-committee members agenda
    draft confirmed unconfirmed approved signed trustees governors directors executive
    officers steering subcommittee trustee chair chairman agreed
    partnership the committee the board the meeting committee meeting board meeting
    """.split()  # noqa: SIM905
) | {"the committee", "the board", "the meeting", "committee meeting", "board meeting"}
_SPACED_DASH_RE = re.compile(r"\s+[-–—|]\s+")
_SMALL_TITLE_WORDS = frozenset(
    {"and", "of", "the", "for", "in", "on", "at", "to", "upon", "under", "by"}
)
# "Riverside Parish Council AGM", "... Steering Committee (Virtual)": the kind of meeting
# after the body's name is not part of it.
_MEETING_KIND_SUFFIX_RE = re.compile(
    r"(?i)\s*(?:(?:\s(?:ordinary|extraordinary|special|annual|monthly|quarterly|weekly"
    r"|fortnightly|virtual|remote|hybrid))+|\s(?:AGM|EGM|annual\s+general(?:\s+meeting)?)"
    r"|\((?:virtual|remote|online|hybrid|zoom|teams|in person)\))$"
)
_LEADING_KIND_RE = re.compile(
    r"(?i)^(?:(?:ordinary|extraordinary|special|annual|virtual|remote|hybrid|informal|inaugural"
    r"|monthly|quarterly|weekly|fortnightly)\s+)+(?=\S)"
)
# Words that say how or when people meet, never who: "Member's Meeting", "Monthly plenum".
_KIND_WORDS = frozenset(
    """
    ordinary extraordinary annual special virtual public informal formal remote hybrid
    inaugural general monthly quarterly weekly fortnightly bi-monthly open closed private
    joint member's members members' member plenum meeting meetings call video zoom teams
    online phone telephone teleconference team staff agm egm minutes notes agenda parish town
    village community sync standup stand-up check-in
    """.split()  # noqa: SIM905
)
# Words a body's name never ends with.
_DANGLING_WORDS = frozenset(
    "the a an of to for from and with at on in by our their its this".split()  # noqa: SIM905
)
# Words a body's name never starts with: "Next meeting", "Date of meeting", "Part I Minutes".
_NOT_NAME_START = frozenset(
    """
    next last previous future this that these our your their each every any all following
    same a an part draft date time venue welcome agenda minutes notes action actions item
    items apologies present attendance attendees subject thanks thank hello hi dear we i you
    meeting meetings
    they he she it opening closing schedule roll summary report
    """.split()  # noqa: SIM905
)


def _committee_name(raw: str) -> str | None:
    """A cleaned committee name, or None when it is generic or not a name at all."""
    name = re.sub(r"\s*\((?:item|agenda item)\b[^)]*\)\s*$", "", raw, flags=re.I)
    name = " ".join(name.split()).strip(" .,:;|-–—")
    name = re.sub(r"(?i)^(?:the\s+)", "", name)
    name = _LEADING_KIND_RE.sub("", name)  # "Extraordinary Parish Council" (its meeting)
    name = _INNER_KIND_RE.sub("", name)  # "Riverside Annual Parish Council" (its meeting)
    name = _LEADING_DATE_RE.sub("", name)  # "June 3rd West Dereham Parish Council"
    name = re.sub(r"(?i)(?:\s*[-–—:|,]?\s+(?:meeting|minutes|notes|summary|draft))+$", "", name)
    name = re.sub(r"(?i)\s+members?['’]?s?['’]?$", "", name)  # "Riverside Makerspace members'"
    name = re.sub(r"['’]s$|(?<=s)['’]$", "", name)  # "Riverside Parish Council's meeting"
    name = _MEETING_KIND_SUFFIX_RE.sub("", name)
    parts = _SPACED_DASH_RE.split(name)
    if len(parts) > 1 and (
        parts[1][:1].islower()
        or all(p.lower() in _GENERIC_COMMITTEE | {"council"} for p in parts[1:])
    ):
        name = parts[0]  # "Riverside Rotary Club – Council (Meeting)", "Cabinet – for meetings ..."
    if not name or len(name) > 120 or name.lower() in _GENERIC_COMMITTEE:
        return None
    words = [w.strip("'’,.") for w in name.lower().split()]
    if words[0] in _NOT_NAME_START or all(w in _KIND_WORDS for w in words):
        return None
    if words[-1] in _DANGLING_WORDS or name.count("(") != name.count(")"):
        return None  # "Thanks to everyone who came to the (meeting)": a sentence
    if all(_DATE_WORD_RE.fullmatch(w) for w in words) or _SECTION_WORDS.intersection(words):
        return None  # "June 2024", "September" (a date's title); "Directors Present"
    if len(words) == 1 and name.istitle() and "-" not in name and not _BODY_WORD_RE.match(name):
        return None  # "the Cricket AGM", "Net Meeting 68": a plain word (not "PTA", "Cabinet")
    if re.search(r"(?i)\b(?:held|minutes of|previous|last meeting)\b|^agenda\b", name):
        return None
    if not name[:1].isupper() or VERBISH_RE.search(name) or _names_people(name):
        return None
    letters = [ch for ch in name if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters) and (" " in name or len(name) >= 6):
        name = _title_case(name)
    return name


# The kind of meeting inside a council's name: "Riverside Annual Parish Council (Meeting)".
_INNER_KIND_RE = re.compile(
    r"(?i)\s(?:annual|extraordinary|ordinary|special)(?=\s+(?:parish|town|community)\s+council\b)"
)
# A word of a date: "june", "8th", "2024", "sept".
_DATE_WORD_RE = re.compile(rf"\d{{1,4}}(?:st|nd|rd|th)?|(?i:{_MONTH_NAME})")
# Words of a section's heading or a document's title, never of a body's name: "Directors
# Present", "Additional Items", "Board Meeting Protocol", "Project update for the Board".
_SECTION_WORDS = frozenset(
    "present absent attending items protocol update updates report reports".split()  # noqa: SIM905
)


def _names_people(name: str) -> bool:
    """ "Ana Abel (AA - chair), Emma Young (EY), ...", "Carol facilitating, Mark taking": an
    attendance line or a note about people, not a committee's name."""
    words = name.split()
    if len(words) > 1 and is_given_name(words[0]):
        if words[1][:1].islower() and words[1] not in _PLACE_LINKS:
            return True  # "Carol facilitating"; not "Leigh on Mendip Memorial Hall Committee"
        if len(words) <= 3 and _BRACKET_INITIALS_RE.search(name):
            return True  # "Helen Bowater (HB)"
    commas = name.count(",")
    return ":" in name or commas >= 3 or (commas >= 1 and bool(_BRACKET_INITIALS_RE.search(name)))


_BRACKET_INITIALS_RE = re.compile(r"\([A-Z]{2,4}\b")
# Words that join a place's name: "Leigh on Mendip", "Stratford upon Avon".
_PLACE_LINKS = frozenset("on upon in under by".split())  # noqa: SIM905


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
            out.append("-".join(p[:1] + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


def _title_like(c: str) -> bool:
    """A short heading whose words are capitalised ("Riverside Allotment Society", "Riverside
    Carers Group (RCG)")."""
    words = c.split()
    if not words or len(words) > 12 or len(c) > 120 or re.search(r"\d", c):
        return False
    if VERBISH_RE.search(c) or c.rstrip()[-1:] in ".:;,":
        return False
    return all(
        w[:1].isupper() or w.lower() in _SMALL_TITLE_WORDS or w in "&-–" or w[1:2].isupper()
        for w in words
    )


def find_meeting(text: str, lines: list[Line], header_end: int) -> Meeting:
    """The committee, date and title from the header lines (before the first item)."""
    meeting = Meeting()
    count = 0
    titles: list[str] = []  # title-like header lines naming a body
    fallback: str | None = None
    titled: str | None = None  # the committee a title line names (`_titled_meeting`)
    beside: str | None = None  # the name over or under a generic title
    previous: str | None = None  # the header line before this one
    after_generic = False  # the header line before this one is a generic title
    header_lines: list[str] = []  # the header's lines that may give the date
    for k, ln in enumerate(lines):
        if ln.blank:
            continue
        if ln.cstart >= header_end or count >= 15:
            if beside is None and after_generic:  # (the item finder took it for a heading)
                beside = _body_name(_HEADING_MARK_RE.sub("", _joined(text, lines, k)))
            break
        count += 1
        line = _joined(text, lines, k)
        heading = line.startswith("#")
        c = _HEADING_MARK_RE.sub("", _LEADING_DATE_RE.sub("", line))
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
            else:
                meeting.committee = _body_held_meeting(c) or _minutes_then_name(c)
        if titled is None and (heading or count <= 3):
            titled = _titled_meeting(c) or _name_beside_date(c)
        generic = _GENERIC_TITLE_RE.match(c) is not None
        if beside is None and generic and previous is not None:
            beside = _name_above_generic_title(previous)
        elif beside is None and after_generic:
            beside = _body_name(c)  # "Committee Meeting Minutes 5 May" over "Friends of ..."
        after_generic = generic or _MEETING_OF_NO_ONE_RE.match(c) is not None
        previous = None if marker(text, ln) else c  # not a list's item
        page = _page_meeting(c)
        if page:
            meeting.committee = meeting.committee or page[0]
            meeting.date = meeting.date or page[1]
            meeting.title = meeting.title or page[2]
            continue
        title = _body_name(c)
        if title:
            titles.append(title)
        header_lines.append(line)
        if fallback is None and _line_date(line) is not None:
            cm = _NAME_MEETING_RE.match(c)
            if cm and not re.match(r"(?i)minutes|notes|date|agenda", cm.group("c")):
                own = cm.group("own") and not _BODY_WORD_RE.search(cm.group("c"))
                fallback = _committee_name(c[: cm.end("own")] if own else cm.group("c"))
    meeting.date = (
        meeting.date
        or _header_date(header_lines)
        or _header_date(_top_lines(text, lines))
        or _stated_date(text, lines)
    )
    # "Northfield Borough Council" over "Overview and Scrutiny Committee": the council's own
    # name is the committee only when no committee, board, panel or cabinet is named.
    committee_titles = [t for t in titles if not _COUNCIL_NAME_RE.search(t)]
    meeting.committee = (
        meeting.committee
        or fallback
        or titled
        or beside
        or next(iter(committee_titles or titles), None)
        or _named_in_opening(text, lines)
    )
    if meeting.committee and len(meeting.committee.split()) <= 2:
        # "Minutes of the Parish Council meeting" under "HOLME ST MARY PARISH COUNCIL".
        short = meeting.committee.lower()
        # "PPG Minutes - 13/10/25" over "Patient Participation Group (PPG) Meeting Minutes".
        ends = (" " + short, f"({short})")
        fuller = [t for t in titles if t.lower().endswith(ends) and ":" not in t]
        meeting.committee = fuller[0] if fuller else meeting.committee
    return meeting


_COUNCIL_NAME_RE = re.compile(r"(?i)^(?!full\s).*\bcouncil$")
_DATE_AHEAD = (
    rf"(?=\s*(?:[,–—|]|\s-)\s*(?:(?i:{_WEEKDAY})\b|\d|{_MONTH_NAME})"
    r"|\s+(?i:AGM|EGM|annual\s+general\s+meeting|meeting)\b)"
)
_MINUTES_THEN_NAME_RE = re.compile(
    r"(?i:(?:(?:draft|approved|confirmed|unconfirmed)\s+)?(?:agenda\s*(?:&|and)\s*)?"
    r"(?:meeting\s+)?(?:minutes|notes)\s*(?P<sep>[:–—|]|\s-)\s*(?:of\s+)?(?:the\s+)?)"
    rf"(?P<c>[A-Z][^:–—|]{{2,100}}?){_DATE_AHEAD}"
)


def _minutes_then_name(line: str) -> str | None:
    """A title that says "Minutes" first, then the body, then the date: "Minutes – Riverside
    Tenants' Association – 3 March 2024", "Meeting notes: Riverside Food Bank trustees, 3
    March 2024", "Minutes: Riverside Cycling Club AGM 2024" (a name, not a sentence, and
    a date or the meeting after it: "Notes: Sunil Varma" names who took them)."""
    m = _MINUTES_THEN_NAME_RE.match(line)
    if not m or not _name_like(m.group("c")):
        return None
    if m.group("sep") == ":" and _person_like(m.group("c")):
        return None  # "Minutes: Sunil Varma, 8 April": who took them
    return _committee_name(m.group("c"))


def _person_like(c: str) -> bool:
    """Two or three capitalised words and no body's word: "Sunil Varma", "Ann de Vries"."""
    words = c.split()
    return len(words) <= 3 and not _BODY_WORD_RE.search(c) and "&" not in c


def _name_like(c: str) -> bool:
    """Words that may be a body's name: two to ten, most capitalised, no digits, not a
    sentence ("Riverside Food Bank trustees"; not "Resolved that the report be noted")."""
    words = c.split()
    if not 2 <= len(words) <= 10 or re.search(r"\d", c) or c.rstrip()[-1:] in ".:;":
        return False
    capitals = sum(w[:1].isupper() for w in words if w.lower() not in _SMALL_TITLE_WORDS)
    return 2 * capitals > len(words) and not VERBISH_RE.search(c)


# A title that names no one: "COMMITTEE MEETING MINUTES", "Minutes", "Trustees' meeting notes".
_GENERIC_TITLE_RE = re.compile(
    r"(?i)^(?:(?:draft|approved|confirmed|unconfirmed)\s+)?(?:(?:committee|board|trustees['’]?"
    r"|management|steering|executive|general|members['’]?|monthly)\s+){0,2}"
    r"(?:(?:meeting\s+)?(?:minutes|notes)|meeting)\b(?!\s+of\b)"
    rf"(?:\s*[-–—:,]?\s*(?:\d|{_WEEKDAY}\b)[^\n]*)?\s*$"
)


# "Minutes of the Ordinary Meeting held on 3 May 2025", "Minutes of meeting 6th Feb 2025": a
# title naming no body, over the body's name.
_MEETING_OF_NO_ONE_RE = re.compile(
    rf"(?i)^(?:draft\s+)?(?:minutes|notes)\s+of\s+(?:the\s+|an?\s+)?{_MEETING_KIND}"
    r"(?:(?:committee|board|trustees['’]?|management)\s+)?meeting\b(?!\s+of\b)"
)
_TITLE_PARTS_RE = re.compile(r"\s+[-–—|]\s+|\s*[,|]\s+")
_TIME_RE = re.compile(r"(?i)[\s,]*(?:(?:at|from)\s+)?(?:\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)?)?\s*$")


def _name_beside_date(line: str) -> str | None:
    """A title that is only the body's name and the date, in either order: "Riverside Bowls
    Club – 2024.03.07", "# 7 March 2024 – Riverside Bowls Club", "Riverside Choir | 3 May";
    or a body's name then the date with nothing between: "Riverside Scrutiny Panel 16 March
    2024"."""
    parts = _TITLE_PARTS_RE.split(line.strip(), maxsplit=1)
    if len(parts) == 1:
        m = _DATE_RE.search(line)
        if m and m.start() and _TIME_RE.fullmatch(line, m.end()):
            return _body_name(line[: m.start()].strip())
    if len(parts) != 2 or "|" in parts[1]:  # a table's row
        return None
    for name, when in (parts, parts[::-1]):
        m = _DATE_RE.match(when)
        if m and _TIME_RE.fullmatch(when, m.end()) and _name_like(name) and not _person_like(name):
            return _committee_name(name)
    return None


def _body_name(c: str) -> str | None:
    """A heading that is a body's name: capitalised words that end with a body's word
    ("Riverside Allotment Society", "Board of Directors", "Riverside Carers Group (RCG)"; not
    "Renewal of Trust Membership"), or a group of friends ("Friends of Riverside Park")."""
    friends = c.startswith("Friends of ")
    if not (friends or _BODY_WORD_RE.search(c)) or not _title_like(c):
        return None
    name = _committee_name(c)
    return name if name and (friends or _BODY_ENDS_NAME_RE.search(name)) else None


# The opening sentence that names the body: "The meeting of the Friends of Riverside Park was
# opened at 7pm", "A brief note from the Meeting of the Riverside Allotments Society Committee
# held on ...", "The Riverside Hospital Auxiliary meeting was called to order by ...".
_OPENING_RE = re.compile(
    r"(?i)(?:^(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?|\b(?:notes?|record|summary)\s+(?:of|from)\s+"
    r"the\s+)meeting\s+of\s+(?:the\s+)?(?P<a>[^,.;:()]{3,100}?)\s+(?:was|held|opened|began"
    r"|commenced|took\s+place)\b"
    rf"|^(?:the\s+)?(?P<b>[^,.;:()]{{3,100}}?)\s+{_MEETING_KIND}meeting\s+(?:was\s+)?(?:called\s+to"
    r"\s+order|opened|began|commenced|started|held)\b"
)


_OTHER_MEETING_RE = re.compile(r"(?i)\b(?:previous|last|next|future|forthcoming)\b")


def _named_in_opening(text: str, lines: list[Line]) -> str | None:
    """The body named in the first lines, when no header line names one: by a web page's
    label for the meeting below the page's own title ("Decision details" over "Decision Maker:
    Riverside Audit Committee", "Agenda and draft minutes" over "Scrutiny Board - Tuesday, 15th
    April, 2025 6.00 pm"), or by one of the first sentences (minutes whose header is a date or
    a place; not "The minutes of the last meeting of ... were approved", nor a sentence about
    another meeting)."""
    seen = 0
    for ln in lines:
        if ln.blank:
            continue
        seen += 1
        if seen > 8:
            break
        line = text[ln.cstart : min(ln.cend, ln.cstart + 300)]
        label = _FORM_LABEL_RE.match(line)
        page = None if label else _page_meeting(line)
        name = _committee_name(label.group("c")) if label else page and page[0]
        if name:
            return name
        m = _OPENING_RE.search(line) if "eeting" in line else None
        if m is None or _OTHER_MEETING_RE.search(line, 0, m.end()):
            continue
        name = _body_name(m.group("a") or m.group("b"))
        if name:
            return name
    return None


def _page_meeting(c: str) -> tuple[str | None, date | None, str | None] | None:
    """A web page's line for the meeting, its committee, date and title: "Meeting: 17/06/2021
    - Health and Wellbeing Board (Item 8)" (an issue page, no title; "Meeting: 17/06/2021 -
    2.00 pm" names none), "Riverside Cabinet - Wednesday, 8th February, 2023 2.00 pm" (ModernGov,
    with a date: the title)."""
    m = _ISSUE_MEETING_RE.match(c)
    if m:
        name = None if re.match(r"(?i)\d|noon|midday", m.group(2)) else _committee_name(m.group(2))
        return name, parse_date_literal(m.group(1)), None
    m = _MODERNGOV_HEAD_RE.match(c)
    when = parse_date_literal(m.group("d")) if m else None
    return (_committee_name(m.group("c")), when, c.strip()) if m and when else None


def _name_above_generic_title(line: str) -> str | None:
    """The body's name on the line above a title that names no one: "RIVERSIDE & DISTRICT
    BEEKEEPERS" over "COMMITTEE MEETING MINUTES" (a name-like line with no date; not an
    address, "Mill Lane, Ashby", nor a person, "Sunil Varma", nor a list's item)."""
    if not _name_like(line) and not _title_like(line) or "," in line:
        return None
    if _person_like(line) and is_given_name(line.split()[0]):
        return None
    return _committee_name(line)


def _line_date(line: str) -> date | None:
    return _first_date(" ".join(_MARKUP_RE.sub("", line).split()))


def _first_date(plain: str) -> date | None:
    """The first date in ``plain`` that is not another date than the meeting's."""
    if _DIGIT_RE.search(plain) is None:
        return None  # (every date _DATE_RE reads has a digit: a cheap test first)
    for m in _DATE_RE.finditer(plain):
        if _NOT_MEETING_DATE_RE.search(plain, max(0, m.start() - 24), m.start()):
            continue
        d = _date_of(m)
        if d is not None and 1900 < d.year < 2200:
            return d
    return None


def _date_of(m: re.Match[str]) -> date | None:
    for k in "1234":
        if m.group(f"y{k}"):
            month = m.group(f"m{k}")
            y = int(m.group(f"y{k}").lstrip("'’"))
            mo = int(month) if month.isdigit() else _MONTHS[month[:3].lower()]
            try:
                return date(y + 2000 if y < 100 else y, mo, int(m.group(f"d{k}")))
            except ValueError:
                return None
    return None


def _header_date(header_lines: list[str]) -> date | None:
    """The meeting's date in the header, read as one text (a date wrapped over two lines,
    as in headers pasted from PDF, or split by emphasis: "**TUESDAY, 8TH** **MAY, 2018**")."""
    return _first_date(" ".join(_MARKUP_RE.sub("", " ".join(header_lines)).split()))


# "MINUTES OF PROCEEDINGS AT MEETING OF THE MUNICIPAL" / "DISTRICT OF ... HELD IN ...":
# a title in capitals that goes on until it says where or when the meeting was held.
_OPEN_TITLE_RE = re.compile(r"(?i)^(?:draft\s+)?minutes\s+of\b(?!.*\b(?:held|on)\b)")


def _capitals(s: str) -> bool:
    letters = [ch for ch in s if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) >= 0.9 * len(letters)


_CONTINUES_RE = re.compile(r"(?i)(?:of|and|held|in|at|on)\b(?!\s*:)")
_RUNS_ON_RE = re.compile(r"(?i)(?:\b(?:of|the|and|at|in|for|on)|[-,&])\s*$")


def _joined(text: str, lines: list[Line], k: int) -> str:
    """Line ``k`` without emphasis, with the lines it runs on to (a title wrapped after "OF
    THE", as pasted from PDF, one blank line apart at most)."""
    ln = lines[k]
    c = _MARKUP_RE.sub("", text[ln.cstart : min(ln.cend, ln.cstart + 400)]).strip()
    j = k + 1
    while len(c) < 300:
        while j < len(lines) and j <= k + 4 and lines[j].blank:
            j += 1
        if j >= len(lines) or j > k + 4:
            break
        nxt = lines[j]
        more = _MARKUP_RE.sub("", text[nxt.cstart : min(nxt.cend, nxt.cstart + 200)]).strip()
        if not (
            _RUNS_ON_RE.search(c)
            or _CONTINUES_RE.match(more)
            or _OPEN_TITLE_RE.match(c)
            and _capitals(c)
            and _capitals(more)
        ):
            break
        c = f"{c}{more}" if c.endswith("-") else f"{c} {more}"
        j += 1
    return c


# A Markdown heading's marks, or a title in a document's front matter ('title: "..."').
_HEADING_MARK_RE = re.compile(r"^(?:#{1,6}\s*|title\s*:\s*[\"']?)")
# "2025-04-07 Riverside Makerspace members' meeting", "# 14 Sept 2025 Riverside Outreach
# Committee meeting", "Minutes of June 3rd Riverside Parish Council": a date before the title
# or the name.
_LEADING_DATE_RE = re.compile(
    rf"^(?:#+\s*)?(?:\d{{4}}-\d\d-\d\d|(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_NAME}"
    rf"|{_MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+\d{{4}})?)\s+(?=[A-Z])"
)
_EARLIER_RE = re.compile(r"(?i)\b(?:previous|last)\b")
_ITEM_START_RE = re.compile(r"\(?\d{1,3}[.)]\s")


def _top_lines(text: str, lines: list[Line]) -> list[str]:
    """The first lines of the text, up to the first numbered item: the header even when
    the item finder takes one of its lines ("TUESDAY MAY 6th 2014") for an item."""
    top: list[str] = []
    for ln in lines:
        if ln.blank:
            continue
        line = text[ln.cstart : min(ln.cend, ln.cstart + 300)]
        if (
            len(top) >= 10
            or _ITEM_START_RE.match(line)
            or re.search(r"(?i)\b(?:previous|last)\b", line)
        ):
            break
        top.append(line)
    return top


def _stated_date(text: str, lines: list[Line]) -> date | None:
    """A date given further down: "Date: 4 May 2023", "The meeting took place ... on
    Wednesday, November 30, 2016" (within the first 60 lines)."""
    seen = 0
    for k, ln in enumerate(lines):
        if ln.blank:
            continue
        seen += 1
        if seen > 60:
            break
        line = _MARKUP_RE.sub("", text[ln.cstart : min(ln.cend, ln.cstart + 300)]).strip()
        if not _DATE_LABEL_RE.search(line):
            continue
        nxt = next((n for n in lines[k + 1 : k + 3] if not n.blank), None)
        more = text[nxt.cstart : min(nxt.cend, nxt.cstart + 200)] if nxt else ""
        found = _line_date(f"{line} {more}")
        if found is not None:
            return found
    return None
