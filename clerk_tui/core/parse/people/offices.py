"""Offices given to people in running text: elections, appointments, "As Chair, ..."."""

from __future__ import annotations

import re

from .entries import is_name_token, is_role_phrase, strip_honorifics
from .finder import PeopleFinder
from .words import HON_ALT, INITIAL, NEXT_NAME_TOKEN, ROLE_WORDS, STOP_WORDS, may_be_given_name

_NAME = (
    rf"(?:(?:{HON_ALT})[ \t]+)?(?:{INITIAL}[ \t]+){{0,2}}"
    rf"{NEXT_NAME_TOKEN}(?:[ \t]+{NEXT_NAME_TOKEN}){{0,2}}"
)
# A capitalised office ("Vice Chairman", "Director of Public Health", "Leas-Chathaoirleach"),
# or a lower-case one ending in a role word ("internal auditor", "secretary").
_OFFICE = (
    r"(?:[A-Z][\w’'-]*(?:[ \t]+(?:of|for|and|&|to)[ \t]+(?:the[ \t]+)?|[ \t]+)){0,5}[A-Z][\w’'-]*"
    r"|[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,2}"
)
_NAMES = rf"(?P<who>{_NAME}(?:(?:,[ \t]*|[ \t]+and[ \t]+){_NAME})*)"
# "Cllr Crisp accepted the position of Chairman", "That John Cross be appointed as internal
# auditor", "declared Councillor Mitchell elected as Leas-Chathaoirleach", "Jo Hale and
# Sam Lee were elected", "Niall elected unopposed": the cue, then the names before it and
# the office after it.
# (Whole-text scans start with a literal word, and the word's start is checked in code,
# so the regex engine skips ahead to the candidate letters.)
_CUE_RE = re.compile(
    r"(?:elected|appointed|co-opted)(?!\s+(?:to|by\s+the|at|in|on)\b)\b"
    r"|accepted\s+the\s+(?:position|role|post|office)\s+of\b"
)
_WHO_BEFORE_RE = re.compile(
    rf"{_NAMES}\s+(?:(?:was|were|is|are|be|has[ \t]+been|have[ \t]+been|had[ \t]+been)\s+)?"
    r"(?:(?:duly|unanimously|formally|then)\s+)?$"
)
_OFFICE_AFTER_RE = re.compile(rf"\s+(?:as\s+)?(?:the\s+)?(?P<office>{_OFFICE})")
# "As chairperson, Jon Pretty conducted the meeting"
_AS_OFFICE_RE = re.compile(rf"As[ \t]+(?:the[ \t]+)?(?P<office>{_OFFICE}),[ \t]*(?P<who>{_NAME})")
# "Councillor Ann Lowry in the Chair", "Cllr Dean took the chair", "chaired by Dr Khan".
_CHAIR_WORD_RE = re.compile(r"[Cc]hair(?:ed)?\b")
_IN_THE_BEFORE_RE = re.compile(r"\b(?:(?:was|being)\s+)?(?:in|took)\s+the\s+$")
_CHAIRED_AFTER_RE = re.compile(r"\s+(?:the\s+meeting\b|(?P<by>by)\s+)")
_NAME_AFTER_RE = re.compile(rf"(?P<who>{_NAME})")
# "Election of the Project Leader", "**Treasurer**:" above the result.
_ELECTION_HEADING_RE = re.compile(
    r"(?i)election\s+of\s+(?:the\s+)?(?P<office>[^\n:]{3,60}?)\s*[:.]?\s*$"
    r"|^[-*•\s]*\*\*(?P<office2>[^*\n:]{2,40}?):?\*\*:*\s*$"
)
_TRIM_TAIL = frozenset({"for", "of", "and", "to", "the", "&"})
# Words that start no office: "elected unopposed", "appointed on Monday".
_NOT_OFFICES = frozenset(
    """the a an this that on in at by to for from with without unopposed unanimously january
    february march april may june july august september october november december monday
    tuesday wednesday thursday friday saturday sunday""".split()  # noqa: SIM905
)


def given_offices(finder: PeopleFinder) -> None:
    """People given an office in the text: the office is their role."""
    text = finder.text
    for cue in _CUE_RE.finditer(text):
        if not _word_start(text, cue.start(), prefix="re"):
            continue  # "selected"; "re-elected" and "reappointed" are cues
        who = _WHO_BEFORE_RE.search(text, max(0, cue.start() - 160), cue.start())
        if who is None:
            continue
        after = _OFFICE_AFTER_RE.match(text, cue.end(), cue.end() + 120)
        office = _office(after.group("office") if after else None)
        if office is None:
            office = _heading_office(text, who.start())
        if office is not None:
            _add_names(finder, who, office)
    for m in _AS_OFFICE_RE.finditer(text):
        if _sentence_start(text, m.start()):
            office = _office(m.group("office"))
            if office is not None:
                _add_names(finder, m, office)
    for chair in _CHAIR_WORD_RE.finditer(text):
        if _word_start(text, chair.start()):
            chaired = _who_chaired(text, chair)
            if chaired is not None:
                _add_names(finder, chaired, "Chair")


def _who_chaired(text: str, chair: re.Match[str]) -> re.Match[str] | None:
    """The names in "Councillor Ann Lowry in the Chair", "Cllr Dean took the chair",
    "chaired by Dr Khan", "Cllr Dean chaired the meeting"."""
    if chair.group(0).endswith("ed"):
        after = _CHAIRED_AFTER_RE.match(text, chair.end())
        if after is None:
            return None
        if after.group("by"):
            return _NAME_AFTER_RE.match(text, after.end())
        return _WHO_BEFORE_RE.search(text, max(0, chair.start() - 160), chair.start())
    before = _IN_THE_BEFORE_RE.search(text, max(0, chair.start() - 24), chair.start())
    if before is None:
        return None
    return _WHO_BEFORE_RE.search(text, max(0, before.start() - 160), before.start())


# "Carol facilitating, Mark taking notes": roles handed out at the start of a call.
_DUTY_RE = re.compile(
    r"(?:facilitating|chairing|moderating|minuting|scribing|time-?keeping"
    r"|taking[ \t]+(?:the[ \t]+)?(?:notes|minutes))\b"
)
_DUTIES = {"facilitating": "Facilitator", "chairing": "Chair", "moderating": "Moderator"}
_NAME_BEFORE_RE = re.compile(rf"(?P<who>{_NAME})[ \t]+$")
# "Treasurer's report of the financial statements, Jon Chang": a report and who gave it.
_REPORT_RE = re.compile(r"['’]s[ \t]+report\b[^,\n]{0,60},[ \t]*")
_OFFICE_BEFORE_RE = re.compile(r"(?:[A-Z][\w-]*[ \t]+){0,3}[A-Z][\w-]*$")
_NAME_ENDS_LINE_RE = re.compile(rf"(?P<who>{_NAME})[ \t]*$", re.M)


def duties_and_reports(finder: PeopleFinder) -> None:
    """Roles given by what someone does at the meeting: "Carol facilitating, Mark taking
    notes" (a facilitator, a note taker); "Treasurer's report, Jon Chang" (the office).
    (The scans start on the duty's or the report's words, then read the name beside.)"""
    text = finder.text
    for m in _DUTY_RE.finditer(text):
        who = _NAME_BEFORE_RE.search(text, max(0, m.start() - 60), m.start())
        if who is not None and _word_start(text, m.start()):
            duty = m.group(0).split()[0].lower()
            role = _DUTIES.get(duty, "Timekeeper" if "keep" in duty else "Note taker")
            _add_names(finder, who, role)
    for m in _REPORT_RE.finditer(text):
        office = _OFFICE_BEFORE_RE.search(text, max(0, m.start() - 60), m.start())
        who = _NAME_ENDS_LINE_RE.match(text, m.end())
        if office is None or who is None:
            continue
        if is_role_phrase(office.group(0)) or _BODY_OFFICE_RE.search(office.group(0)):
            _add_names(finder, who, office.group(0))


_BODY_OFFICE_RE = re.compile(r"(?i)\b(?:committee|board|group|panel|council|team)$")


def _word_start(text: str, at: int, prefix: str = "") -> bool:
    """Whether a word starts at ``at`` (or just after ``prefix``, with or without a hyphen)."""
    before = text[max(0, at - len(prefix) - 2) : at]
    if prefix:
        before = re.sub(rf"{prefix}-?$", "", before)
    return not before or not (before[-1].isalnum() or before[-1] == "-")


def _sentence_start(text: str, at: int) -> bool:
    """Whether ``at`` starts a line or follows a sentence's full stop."""
    before = text[max(0, at - 4) : at].rstrip(" \t")
    return not before or before[-1] in ".!?\n"


def _office(raw: str | None) -> str | None:
    """The office in a captured phrase: capitalised words, or lower-case words up to the
    last role word ("internal auditor for 2015" -> "internal auditor")."""
    if not raw:
        return None
    words = raw.split()
    if words[0][0].islower():
        last = max((i for i, w in enumerate(words) if w.lower() in ROLE_WORDS), default=-1)
        return " ".join(words[: last + 1]) or None
    while words and words[-1].lower() in _TRIM_TAIL:
        words.pop()
    if not words or words[0].lower() in _NOT_OFFICES:
        return None
    return " ".join(words)


def _heading_office(text: str, at: int) -> str | None:
    """ "Niall elected unopposed" under "**Chairperson**:" or "Election of the Treasurer":
    the office of the nearest heading in the three lines above."""
    end = text.rfind("\n", 0, at)  # the end of the line above
    for _ in range(4):
        if end < 0:
            break
        start = text.rfind("\n", 0, end)
        m = _ELECTION_HEADING_RE.search(text[start + 1 : end])
        if m is not None:
            return " ".join((m.group("office") or m.group("office2")).split())
        end = start
    return None


def _add_names(finder: PeopleFinder, m: re.Match[str], office: str) -> None:
    """Each name in the match's ``who`` with the office (names must read as a person's)."""
    text = finder.text
    for nm in re.finditer(_NAME, text[m.start("who") : m.end("who")]):
        hon, rest = strip_honorifics(nm.group(0))
        toks = rest.split()
        while toks and toks[0].lower() in STOP_WORDS:
            toks = toks[1:]  # "That John Cross"
        names = [t for t in toks if len(t.rstrip(".")) > 1]
        if not names or not all(is_name_token(t) or t[0].islower() for t in names):
            continue
        if len(toks) == 1 and not (hon or may_be_given_name(toks[0]) or _known(finder, toks[0])):
            continue
        name = " ".join(toks)
        start = m.start("who") + nm.start() + nm.group(0).rfind(name)
        finder.add(name, office, start, start + len(name))


def _known(finder: PeopleFinder, word: str) -> bool:
    """A single word that some person found so far is called by ("Niall")."""
    return any(word in (f.name or "").split() for f in finder.found)
