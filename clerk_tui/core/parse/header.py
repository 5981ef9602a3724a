"""The meeting header: the committee's name, the date and the title line."""

from __future__ import annotations

import re

from ..dates import parse_date_literal
from ..model import Meeting
from .items import VERBISH_RE
from .layout import Line

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
        r"(?i)^(?!(?:document\s+type|type|status|subject|re|title|date)\s*:)"
        r"(?P<c>[^:|–—]{3,120}?)\s*(?:[:|–—]|\s-)\s*(?:(?:draft|confirmed|unconfirmed"
        r"|approved)\s+)?(?:minutes|notes|record of (?:the\s+)?meeting)\b"
    ),
    # "Patient Participation Group (PPG) Meeting Minutes"
    re.compile(r"(?i)^(?P<c>[^\d:]{3,120}?)\s+(?:meeting\s+)?(?:minutes|notes)$"),
    # CMIS and form-like headers: "Committee: Cabinet", "Meeting: Health and Wellbeing Board"
    re.compile(
        r"(?i)^(?:committee|meeting|board|body|forum|group|sig)(?:\s+name)?\s*:\s*"
        r"(?P<c>[A-Z][^\d]{2,120})$"
    ),
    # An email's subject: "Subject: Notes from the Riverside Carers Forum planning meeting"
    re.compile(
        r"(?i)^(?:subject|re)\s*:\s*(?:draft\s+)?(?:minutes|notes|actions)\s+(?:of|from)\s+"
        r"(?:the\s+)?(?P<c>.+?)(?:\s+(?:planning|steering|working|review|catch-up))?\s+meeting\b"
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
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b"
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
    if not name[:1].isupper() or VERBISH_RE.search(name):
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
    if VERBISH_RE.search(c) or c.rstrip()[-1:] in ".:;,":
        return False
    return all(w[:1].isupper() or w.lower() in _SMALL_TITLE_WORDS or w in "&-–" for w in words)


def find_meeting(text: str, lines: list[Line], header_end: int) -> Meeting:
    """The committee, date and title from the header lines (before the first item)."""
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
            for dm in _HEADER_DATE_RE.finditer(c.replace("*", " ")):  # "8TH** **MAY, 2018"
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
