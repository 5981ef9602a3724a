"""Offices given to people in running text: elections, appointments, "As Chair, ..."."""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from ..actions.lexicon import is_word
from ..keywords import scan
from ..layout import Line
from ..meeting_jobs import JOB_DOING, job_done
from .entries import is_name_token, is_role_phrase, singular_role, strip_honorifics
from .finder import PeopleFinder
from .words import (
    HON_ALT,
    INITIAL,
    NEXT_NAME_TOKEN,
    ROLE_WORDS,
    SPEECH_VERBS,
    STOP_WORDS,
    SURNAME_STOP_WORDS,
    initials_of,
    is_stop_word,
    may_be_given_name,
)

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
# "Tom, Ann and Dee all selected as committee members", "Michelle Savage ran unopposed"
# (under or beside the office), "MR proposed as chair and all supported - agreed" (a
# proposal the same line records as carried, see _CARRIED_RE).
_CUE_RE = re.compile(
    r"(?:elected|appointed|co-opted)(?!\s+(?:to|by\s+the|at|in|on)\b)\b"
    r"|accepted\s+the\s+(?:position|role|post|office)\s+of\b"
    r"|(?P<chosen>selected|proposed|nominated)(?=\s+as\b)"
    r"|(?:ran|stood|returned)\s+unopposed\b"
)
# The prefix of "re-elected", "reappointed" (or nothing), which the names stand before.
_RE_PREFIX_RE = re.compile(r"(?:re-?)?$")
# (A resolution's words between: "That Jo Hale be, and she is hereby, appointed".)
_WHO_BEFORE_RE = re.compile(
    rf"{_NAMES}\s+(?:(?:was|were|is|are|be|has[ \t]+been|have[ \t]+been|had[ \t]+been)\s+"
    r"|be,?\s+and\s+(?:he|she|they|it)\s+(?:is|are)\s+hereby,?\s+)?"
    r"(?:(?:duly|unanimously|formally|then|all|both|hereby)\s+)?$"
)
# "TM, CG and SM all selected as", "MR proposed as": initials the lists defined, before a cue.
_INITIALS_BEFORE_RE = re.compile(
    r"(?<![\w-])(?P<who>[A-Z]{2,3}(?:(?:,[ \t]*|[ \t]+and[ \t]+)[A-Z][A-Za-z]{1,2})*)[ \t]+"
    r"(?:(?:was|were|is|are|be)[ \t]+)?(?:(?:duly|unanimously|all|both)[ \t]+)?$"
)
# What carries a proposal, later on its line: "and all supported - agreed", "Carried".
_CARRIED_RE = re.compile(r"(?i)[^\n]{0,80}?\b(?:agreed|carried|approved|unanimously)\b")
# The office after the cue, on its line ("was appointed\n\nList of grants" names none); only
# "as" carries it over a line break ("elected as\nChair").
_OFFICE_AFTER_RE = re.compile(rf"(?:[ \t]*\n?[ \t]*as\s+|[ \t]+)(?:the\s+)?(?P<office>{_OFFICE})")
# "appoint Mrs. Sue Prigg as the internal auditor", "elected Jo Hale as Chair".
_APPOINT_AS_RE = re.compile(
    rf"(?:appoint(?:ed)?|elect(?:ed)?|co-opt(?:ed)?|nominated?)[ \t]+(?P<who>{_NAME})[ \t]+as"
    rf"[ \t]+(?:the[ \t]+|our[ \t]+)?(?P<office>{_OFFICE})"
)
# "Cllr Ann Dale should remain as Vice-Chairman", "Tom agreed to become the Bookings
# Secretary", "Jo continues as our treasurer", "Ivo will be our clerk", "Tess will step down
# as Secretary", "Ann would act as Chair": an office the holder keeps, takes on or leaves
# (the holder read back from the verb, _KEEPER_BEFORE_RE).
_KEEPS_RE = re.compile(
    r"(?:(?:remain|continue|stay)(?:s|ed)?[ \t]+(?:on[ \t]+)?as|act(?:s|ed|ing)?[ \t]+as"
    r"|become|becomes|became|be"
    r"|(?:step|stand)(?:s|ing|ped|ping)?[ \t]+down[ \t]+as|(?:resign|retire)(?:s|d|ed)?[ \t]+as)"
    rf"[ \t]+(?:(?P<article>the|our|a|an)[ \t]+)?(?:new[ \t]+)?(?P<office>{_OFFICE})"
)
_KEEPER_BEFORE_RE = re.compile(
    rf"{_NAMES}[ \t]+(?:(?:should|will|would|shall|(?:is|are)[ \t]+to"
    r"|(?:(?:has|have)[ \t]+)?(?:agreed|offered|volunteered)[ \t]+to"
    r"|(?:is|are|was|were)[ \t]+(?:happy|willing)[ \t]+to)[ \t]+)?$"
)
# "As chairperson, Jon Pretty conducted the meeting"
_AS_OFFICE_RE = re.compile(rf"As[ \t]+(?:the[ \t]+)?(?P<office>{_OFFICE}),[ \t]*(?P<who>{_NAME})")
# "Councillor Ann Lowry in the Chair", "Cllr Dean took the chair", "chaired by Dr Khan".
_CHAIR_WORD_RE = re.compile(r"[Cc]hair(?:ed)?\b")
# "Nick was selected to chair the meeting", "Cllr Dale agreed to chair.": this meeting's
# chair (not "to chair the next meeting").
_CHOSEN_TO_CHAIR_RE = re.compile(
    r"(?:selected|elected|chosen|asked|appointed|invited|nominated|agreed|volunteered|voted)"
    r"[ \t]+to[ \t]+chair(?:[ \t]+(?:the|this|today['’]s)[ \t]+(?:meeting|session|call)\b"
    r"|[ \t]*[.,;\n])"
)
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
    for cue in scan(_CUE_RE, text):
        if not word_start(text, cue.start(), prefix="re"):
            continue  # "selected"; "re-elected" and "reappointed" are cues
        prefix = _RE_PREFIX_RE.search(text, max(0, cue.start() - 3), cue.start())
        at = prefix.start() if prefix else cue.start()
        lettered = _INITIALS_BEFORE_RE.search(text, max(0, at - 60), at)
        who = None if lettered else _WHO_BEFORE_RE.search(text, max(0, at - 160), at)
        if who is None and lettered is None:
            continue
        after = _OFFICE_AFTER_RE.match(text, cue.end(), cue.end() + 120)
        if cue.group("chosen") in ("proposed", "nominated") and (
            after is None or not _CARRIED_RE.match(text, after.end())
        ):
            continue  # "Jo proposed as Chair": a proposal, not yet an office
        office = _office(after.group("office") if after else None)
        named = lettered or who
        assert named is not None
        if office is None:
            office = _label_office(text, named.start()) or _heading_office(text, named.start())
        if lettered is not None:
            if office is not None:
                add_initials(finder, lettered, singular_role(office))
            continue
        assert who is not None
        if office is not None:
            add_names(finder, who, singular_role(office))
    for m in scan(_APPOINT_AS_RE, text):
        if word_start(text, m.start()):
            office = _office(m.group("office"))
            if office is not None:
                add_names(finder, m, office)
    for m in scan(_KEEPS_RE, text):
        office = _office(m.group("office"))
        if office is None or not one_office(office) or not word_start(text, m.start()):
            continue  # "become co-opted members": no office
        who = _KEEPER_BEFORE_RE.search(text, max(0, m.start() - 100), m.start())
        if who is not None and _keeps_or_takes(text, who.end("who"), m):
            add_names(finder, who, office)
    for m in _AS_OFFICE_RE.finditer(text):
        if _sentence_start(text, m.start()):
            office = _office(m.group("office"))
            if office is not None:
                add_names(finder, m, office, lone=True)  # "As Secretary, Brynn will ..."
    for chair in scan(_CHAIR_WORD_RE, text):
        if word_start(text, chair.start()):
            chaired = _who_chaired(text, chair)
            if chaired is not None:
                add_names(finder, chaired, "Chair")
    for chosen in scan(_CHOSEN_TO_CHAIR_RE, text):
        who = _WHO_BEFORE_RE.search(text, max(0, chosen.start() - 160), chosen.start())
        if who is not None and word_start(text, chosen.start()):
            add_names(finder, who, "Chair")
    for acc in _ACCEPTANCE_RE.finditer(text) if "f office" in text or "f Office" in text else ():
        office = _office(acc.group("office"))
        if office is None:
            continue
        who = _NAME_AFTER_RE.match(text, acc.end()) if acc.group("by") else None
        if who is None:
            who = _WHO_SIGNED_RE.search(text, max(0, acc.start() - 120), acc.start())
        if who is not None:
            add_names(finder, who, office)
    for by in scan(_LED_BY_RE, text):  # "The meeting was facilitated by Lou Park."
        who = _NAME_AFTER_RE.match(text, by.end())
        if who is not None and word_start(text, by.start()):
            add_names(finder, who, _LED_ROLES[by.group("verb")])
    for led in _LED_RE.finditer(text):
        verb = _LED_VERB_RE.search(text, max(0, led.start() - 12), led.start() + 2)
        if verb is None:
            continue
        who = _NAME_BEFORE_RE.search(text, max(0, verb.start() - 60), verb.start())
        if who is not None:
            said = " ".join(text[verb.start() : led.end()].split())
            role = _LED_ROLES.get(verb.group("verb"), f"Chair ({said})")
            add_names(finder, who, role, lone=True)


# "acceptance of office as Vice Chair from Cllr Anderson", "Cllr Roe signed the declaration
# of acceptance of office as Chair", "the Declaration of Acceptance of Office for the office
# of Vice Chairman".
_ACCEPTANCE_RE = re.compile(
    r"(?i:acceptance|declaration)[ \t]+of[ \t]+(?i:acceptance[ \t]+of[ \t]+)?(?i:office)[ \t]+"
    r"(?:as|of|for[ \t]+the[ \t]+(?:office|post|role)[ \t]+of)"
    rf"[ \t]+(?:the[ \t]+)?(?P<office>{_OFFICE})(?:[ \t]+(?P<by>from|by)[ \t]+|[ \t]*[.,;\n])"
)
_WHO_SIGNED_RE = re.compile(
    rf"{_NAMES}[ \t]+(?:signed|made|completed|gave)[ \t]+(?:the|a|his|her|their)[ \t]+$"
)
# "Thibaud led the meeting", "Ana facilitated the call": who ran the meeting.
# (The scan starts on the literal "ed " every verb ends in; the verb is checked after.)
_LED_RE = re.compile(r"ed[ \t]+(?:the|this|today['’]s)[ \t]+(?:meeting|call|session|plenum)\b")
_LED_VERB_RE = re.compile(r"\b(?P<verb>led|hosted|facilitated|moderated|convened)$")
_LED_ROLES = {"facilitated": "Facilitator", "moderated": "Moderator", "convened": "Convener"}
_LED_BY_RE = re.compile(r"(?P<verb>facilitated|moderated|convened)[ \t]+by[ \t]+")


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
_DUTY_RE = re.compile(rf"{JOB_DOING}\b")
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
    for m in scan(_DUTY_RE, text):
        who = _NAME_BEFORE_RE.search(text, max(0, m.start() - 60), m.start())
        if who is not None and word_start(text, m.start()):
            add_names(finder, who, job_done(m.group(0)).title)
    for m in _REPORT_RE.finditer(text):
        office = _OFFICE_BEFORE_RE.search(text, max(0, m.start() - 60), m.start())
        who = _NAME_ENDS_LINE_RE.match(text, m.end())
        if office is None or who is None:
            continue
        if is_role_phrase(office.group(0)) or _BODY_OFFICE_RE.search(office.group(0)):
            add_names(finder, who, office.group(0))


# "Reinhild was thanked for her detailed work as our Treasurer": an office the sentence's
# subject holds.
_WORK_AS_RE = re.compile(
    r" as[ \t]+(?:our|the)[ \t]+(?P<office>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2})"
)
_THEIR_WORK_RE = re.compile(r"\b(?:his|her|their)[ \t]+(?:[a-z]+[ \t]+){0,3}$")
_BLANK_LINE_RE = re.compile(r"\n[ \t>]*\n")
_SUBJECT_RE = re.compile(rf"[ \t>*_-]*(?P<who>{_NAME})[ \t]+(?:was|is|has|had|were)\b")
# Under an office's heading in the officers' reports ("**Treasurer**", "Secretary's report"),
# the first sentence's speaker: "Esme reported that ...".
_REPORTER_RE = re.compile(
    rf"[ \t>*_-]*(?P<who>{_NAME})[ \t]+(?:reported|said|presented|updated|gave|explained"
    r"|advised|informed|outlined|(?:had[ \t]+)?(?:sent|submitted|circulated))\b"
)
_MARKUP = str.maketrans("", "", "*_#>:")
# An item's number before its heading: "5. ", "10/21 ", "Item 4 ", "b) ".
_HEADING_NUMBER_RE = re.compile(
    r"^(?:[Ii]tem[ \t]+)?(?:\d{1,3}(?:[./]\d{1,3})*[.)]?|[a-z][.)])[ \t]+"
)
_REPORT_WORD_RE = re.compile(r"(?i)(?:['’]s)?\s+report$")


def officers_in_their_reports(finder: PeopleFinder) -> None:
    """Offices that the text shows someone holds: the speaker who opens the report under
    an office's heading ("**Secretary**" then "Esme reported that ..."), and "X was thanked
    for her work as our Treasurer"."""
    text, lines = finder.text, finder.lines
    for m in _WORK_AS_RE.finditer(text):
        if not _THEIR_WORK_RE.search(text, max(0, m.start() - 40), m.start() + 1):
            continue
        before = text[max(0, m.start() - 300) : m.start()]
        cut = max(before.rfind(". "), -1, *(b.end() - 2 for b in _BLANK_LINE_RE.finditer(before)))
        start = m.start() - len(before) + (cut + 2 if cut >= 0 else 0)
        who = _SUBJECT_RE.match(text, start, m.start())
        if who is not None and is_role_phrase(m.group("office")):
            add_names(finder, who, m.group("office"))
    for k, ln in enumerate(lines):
        if ln.blank or ln.cend - ln.cstart > 40 or text[ln.cend - 1] in ".,;":
            continue
        office = _HEADING_NUMBER_RE.sub("", text[ln.cstart : ln.cend].translate(_MARKUP).strip())
        if office.lower().endswith("report"):
            office = _REPORT_WORD_RE.sub("", office)
        if not office or len(office.split()) > 3 or not _whole_office(office):
            continue
        para = _first_paragraph(text, lines, k + 1)
        if para is not None:
            who = _REPORTER_RE.match(text, para, min(len(text), para + 120))
            if who is not None:
                add_names(finder, who, office)


# "a) Locum Clerk, Helen Richardson – the Clerk thanked ...", "1st Team Captain – Matt Hale
# – proposed JB, carried": an office, then its holder (a whole name after a dash), heading a
# line or a lettered point.
_ROLE_FIRST_RE = re.compile(
    r"[ \t>*-]*(?:\(?[a-z0-9]{1,2}[.)][ \t]+)?"
    r"(?P<office>(?:\d+(?:st|nd|rd|th)[ \t]+)?[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,3})"
    rf"(?:,|(?P<dash>[ \t]+[-–—]))[ \t]+(?P<who>{_NAME})[ \t]*(?:[-–—:(]|$)"
)
# "* Treasurer (Greta) - accounts with the examiner": an officer's report line, the office
# then its holder in a bracket, then a dash or a colon (or the line's end).
_ROLE_BRACKET_RE = re.compile(
    r"[ \t>*-]*(?:\(?[a-z0-9]{1,2}[.)][ \t]+)?"
    r"(?P<office>[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,3})"
    rf"[ \t]*\((?P<who>{_NAME})\)[ \t]*(?:[-–—:]|$)"
)
_ROLE_FIRST_GATE_RE = re.compile(r",|[ \t][-–—][ \t]|\(")
_ORDINAL_RE = re.compile(r"\d+(?:st|nd|rd|th)[ \t]+")


def offices_before_names(finder: PeopleFinder) -> None:
    """ "a) Locum Clerk, Helen Richardson – ...", "Fixture Secretary - Jo Hale", "- Treasurer
    (Greta) - no report": the office written before its holder, at a line's start."""
    text = finder.text
    for ln in finder.lines:
        if ln.blank or not _ROLE_FIRST_GATE_RE.search(
            text, ln.cstart, min(ln.cend, ln.cstart + 50)
        ):
            continue
        m = _ROLE_FIRST_RE.match(text, ln.cstart, ln.cend) or _ROLE_BRACKET_RE.match(
            text, ln.cstart, ln.cend
        )
        if m is None or not _whole_office(_ORDINAL_RE.sub("", m.group("office"))):
            continue
        if m.groupdict().get("dash") and len(strip_honorifics(m.group("who"))[1].split()) < 2:
            continue  # "Chair - Ann to write": a task's owner, not the office's holder
        add_names(finder, m, m.group("office"))


# "Treasurer Erin reported", "former Secretary Wes, he is to ...": an office that titles a
# person, then one first name, then a verb of speech, "will", "to" or a comma. (The scan
# starts on the office's literal words.)
_TITLING_OFFICES = (
    "Chair Chairman Chairwoman Chairperson President Secretary Treasurer Clerk Director"
    " Governor Trustee Warden Facilitator Convenor Convener Moderator Scribe Steward Coordinator"
    " Manager Officer Leader Captain"
)
_OFFICE_FIRST_NAME_RE = re.compile(
    r"(?P<office>(?:"
    + "|".join(sorted(_TITLING_OFFICES.split(), key=len, reverse=True))
    + r"))[ \t]+(?P<who>[A-Z][a-z]+)"
    + rf"(?=[ \t]*,|[ \t]+(?:{SPEECH_VERBS}|will|to)\b)"
)
# A word before the office that belongs to it: "former Secretary", "Vice President".
_OFFICE_QUALIFIER_RE = re.compile(
    r"\b(?:former|past|outgoing|incoming|new|Vice|Deputy|Assistant|Acting|Interim)[ \t]+$"
)


def offices_before_first_names(finder: PeopleFinder) -> None:
    """An office written before one first name in running text ("President Jordan welcomed
    everyone"): the name may be a person's (no stop word, a given name or no English word)."""
    text = finder.text
    for m in scan(_OFFICE_FIRST_NAME_RE, text):
        who = m.group("who")
        if not word_start(text, m.start()) or is_stop_word(who) or who.lower() in ROLE_WORDS:
            continue
        if not (may_be_given_name(who) or not is_word(who.lower())):
            continue
        before = _OFFICE_QUALIFIER_RE.search(text, max(0, m.start() - 12), m.start())
        start = before.start() if before is not None else m.start()
        office = " ".join(text[start : m.end("office")].split())
        finder.add(who, office, m.start("who"), m.end("who"))


def _whole_office(phrase: str) -> bool:
    """ "Treasurer", "Vice Chair", "Planning Lead": capitalised words ending in a role word."""
    words = phrase.split()
    return words[-1].lower() in ROLE_WORDS and all(w[0].isupper() for w in words)


def _first_paragraph(text: str, lines: list[Line], k: int) -> int | None:
    """Where the first paragraph under a heading starts (past blank lines, quote marks and
    one or two short sub-headings with no full stop)."""
    skipped = 0
    while k < len(lines) and skipped <= 4:
        ln = lines[k]
        body = text[ln.cstart : ln.cend].strip(" >")
        if not body:
            k += 1
            continue
        if len(body) < 60 and body[-1] not in ".!?:" and not _REPORTER_RE.match(body):
            k += 1  # "**Franchising of bus services**"
            skipped += 1
            continue
        return ln.cstart
    return None


_BODY_OFFICE_RE = re.compile(r"(?i)\b(?:committee|board|group|panel|council|team)$")


def one_office(office: str) -> bool:
    """An office one person holds: a role phrase, not "members" or a membership."""
    last = office.split()[-1].lower()
    return (
        is_role_phrase(office) and last not in ("member", "members") and singular_role(last) == last
    )


def _keeps_or_takes(text: str, verb_at: int, m: re.Match[str]) -> bool:
    """ "should remain as", "continues as", "agreed to become", "became", "will be our
    clerk", "agreed to be Treasurer": the holder keeps or takes the office; not "would
    become" or "should be", a guess or a wish, nor "will be asked to chair" (after "be", an
    office has an article or a capital)."""
    modal = text[verb_at : m.start()].split()
    if text.startswith("be ", m.start()) or text.startswith("be\t", m.start()):
        return (
            bool(modal)
            and modal[-1] in ("to", "will", "shall")
            and bool(m.group("article") or m.group("office")[0].isupper())
        )
    if not text.startswith("bec", m.start()):
        return True
    return not modal or modal[-1] == "to"


def word_start(text: str, at: int, prefix: str = "") -> bool:
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


# "President: Michelle Savage ran unopposed", as a wiki or a code block writes the results.
# (After a line's bullet or another label, or before a dash: "Officers: Chairman: WS was
# appointed", "- Chair – OP was elected".)
_LABEL_OFFICE_RE = re.compile(
    r"[ \t>*_`•-]*(?:[^\n:]{1,40}:[ \t]+)?(?P<office>[A-Z][\w-]*(?:[ \t]+[\w-]+){0,3})"
    r"(?::|[ \t]+[–—-])[ \t`'\"*_]*$"
)


def _label_office(text: str, at: int) -> str | None:
    """The office labelling the line before a name at ``at`` ("Vice President: ''Obioma
    Anomnachi ran unopposed"): capitalised words ending in a role word, or a seat."""
    start = text.rfind("\n", 0, at) + 1
    m = _LABEL_OFFICE_RE.fullmatch(text, start, at)
    if m is None:
        return None
    office = m.group("office")
    return office if is_role_phrase(office) or office.lower().endswith(("seat", "seats")) else None


# Headings of the election of every officer: "Election of officers" names no one office.
_OFFICES_IN_GENERAL = ("officers", "officials", "office bearers", "office-bearers")


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
            office = " ".join((m.group("office") or m.group("office2")).split())
            return None if office.lower().endswith(_OFFICES_IN_GENERAL) else office
        end = start
    return None


def add_names(finder: PeopleFinder, m: re.Match[str], office: str, lone: bool = False) -> None:
    """Each name in the match's ``who`` with the office, or with its own of offices joined
    by "and" (:func:`_respective`; names must read as a person's; ``lone``: one word that is
    no English word is a first name, as the grammar wants a person)."""
    text = finder.text
    named: list[tuple[str, int]] = []
    for nm in re.finditer(_NAME, text[m.start("who") : m.end("who")]):
        hon, rest = strip_honorifics(nm.group(0))
        toks = rest.split()
        while toks and toks[0].lower() in STOP_WORDS:
            toks = toks[1:]  # "That John Cross"
        cut = next(
            (
                i
                for i, t in enumerate(toks)
                if i and t.lower() in STOP_WORDS and t.lower() not in SURNAME_STOP_WORDS
            ),
            len(toks),
        )
        toks = toks[:cut]  # "from Cllr Dee This was accepted"
        names = [t for t in toks if len(t.rstrip(".")) > 1]
        if not names or not all(
            is_name_token(t) or t[0].islower() or t is names[-1] and t.lower() in SURNAME_STOP_WORDS
            for t in names
        ):
            continue  # (a surname that is also a word, last: "Lou Park")
        if len(toks) == 1 and not (
            hon
            or may_be_given_name(toks[0])
            or known_name(finder, toks[0])
            or lone
            and not is_word(toks[0])
            and not toks[0].endswith(("'s", "’s"))
        ):
            continue
        name = " ".join(toks)
        start = m.start("who") + nm.start() + nm.group(0).rfind(name)
        named.append((name, start))
    for (name, start), each in zip(named, _respective(office, len(named)), strict=False):
        finder.add(name, each, start, start + len(name))


def _respective(office: str, people: int) -> list[str]:
    """Each person's office, in order: "M Dee and G Roe ... as Chair and Treasurer" gives
    one each (none when the counts differ); "Health and Safety Officer" is one office."""
    if people < 2 or " and " not in office:
        return [office] * people
    offices = office.split(" and ")
    if not all(is_role_phrase(o) for o in offices):
        return [office] * people
    return offices if len(offices) == people else []


def add_initials(finder: PeopleFinder, m: re.Match[str], office: str, group: str = "who") -> None:
    """Each of the initials in the match's ``group`` that one person found so far bears
    ("GR - Gary Ridgway" in the list, "GR proposed as secretary ... agreed"): that person,
    with the office; initials nobody bears are no one's."""
    bearers = _bearers(finder)
    given: set[str] = set()  # (each initials once)
    for im in re.finditer(r"[A-Z][A-Za-z]{1,2}", m.group(group)):
        names = bearers.get(im.group(0), set())
        if len(names) == 1 and im.group(0) not in given:
            given.add(im.group(0))
            start = m.start(group) + im.start()
            finder.add(next(iter(names)), office, start, start + len(im.group(0)))


def _bearers(finder: PeopleFinder) -> dict[str, set[str]]:
    """The names of two words or more that the people found so far bear, by their initials
    (the finder only grows: each person read once; read after the lists set the initials)."""
    seen, bearers = _BEARERS.get(finder, (0, {}))
    for f in finder.found[seen:]:
        if f.name and len(f.tokens()) > 1:
            bearers.setdefault(f.initials or initials_of(f.name), set()).add(f.name)
    _BEARERS[finder] = (len(finder.found), bearers)
    return bearers


def known_name(finder: PeopleFinder, word: str) -> bool:
    """A single word that some person found so far is called by ("Niall")."""
    seen, words = _NAME_WORDS.get(finder, (0, set()))
    for f in finder.found[seen:]:  # (the finder only grows: each name read once)
        words.update((f.name or "").split())
    _NAME_WORDS[finder] = (len(finder.found), words)
    return word in words


# The words of the names each finder has found (up to how many it had found).
_NAME_WORDS: WeakKeyDictionary[PeopleFinder, tuple[int, set[str]]] = WeakKeyDictionary()
# The bearers of initials each finder has found (up to how many it had found).
_BEARERS: WeakKeyDictionary[PeopleFinder, tuple[int, dict[str, set[str]]]] = WeakKeyDictionary()
