"""People named in running text: honorifics, names in context, roles alone."""

from __future__ import annotations

import bisect
import re

from ..actions.lexicon import is_base_verb, is_word
from ..context import Spans, per_parse
from ..layout import Line
from .entries import (
    capitals_surname,
    initials_and_role,
    is_name_token,
    is_role_phrase,
    names_a_person,
    tier_role,
    user_name,
)
from .finder import Found, PeopleFinder
from .words import (
    ABSENCE_REASON_RE,
    ATTENDANCE_NOTE_RE,
    CAPITAL,
    FIRST_NAME_TOKEN,
    HON_ALT,
    HONORIFICS,
    INITIAL,
    INITIALS_RE,
    LOWER,
    NAME_SP,
    NAME_TOKEN,
    NEXT_NAME_TOKEN,
    PARTICLES,
    PRONOUNS_RE,
    REMARK_RE,
    ROLE_SCOPE_RE,
    ROLE_WORDS,
    SP,
    SPEECH_VERBS,
    SURNAME_STOP_WORDS,
    TITLES_BEFORE_INITIALS,
    initials_of,
    is_given_name,
    is_initials_for,
    is_stop_word,
    may_be_given_name,
)

_HON_WORDS = frozenset(HONORIFICS)
_DETERMINERS = frozenset({"the", "our", "their", "your", "its", "this", "that", "a", "an"})

_SPEECH_RE = re.compile(rf"\s*(?:,\s*)?(?:then\s+|also\s+|further\s+)?(?:{SPEECH_VERBS})\b")

_COORD_RE = re.compile(
    rf"[ \t]+(?:and|&)[ \t]+(?:(?:{HON_ALT})[ \t]+)?(?P<other>{NAME_TOKEN}(?:[ \t]+{NAME_TOKEN}){{0,2}})\s*(?:,\s*)?(?P<verb>{SPEECH_VERBS}|to)\b"  # noqa: E501
)

# Words before capitalised words that make them a person's name ("represented by Mark
# Callaghan", "thanked Jo Bloggs"); not "and", "to", "for", "from" or a bracket, which
# come as often before places, bodies and things ("for Whittington Cemetery").
_BEFORE_CONTEXT_RE = re.compile(
    r"\b(?:by|with|thanked|welcomed|congratulated|including|invited|introduced|[Pp]roposed"
    r"|[Ss]econded|[Nn]ominated)[ \t]*:?[ \t]*$"
)

# Initials before the surname: "A. L.", "A.L." or "GT" run together.
_INITIALS = rf"(?:(?:[A-Z]\.){{2,3}}|[A-Z]{{2,3}}(?={NAME_SP}[A-Z][a-z])|{INITIAL})"
_HON_NAME = (
    rf"(?:{_INITIALS}{NAME_SP}){{0,2}}{NEXT_NAME_TOKEN}(?:{NAME_SP}{NEXT_NAME_TOKEN}){{0,2}}"
)
# "Councillors Bo Dean, Cy Hart and Dee Ross": the names after the first.
_MORE_NAMES_RE = re.compile(
    rf"(?:[ \t]*\([^()\n]{{1,80}}\))?(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+)(?P<name>{_HON_NAME})"
)

# "Councillor Mrs Pickering, Dewhurst, Oldroyd and Sandiford": the title written once
# before a list of surnames.
_SURNAMES_RE = re.compile(rf"(?:[ \t]*,[ \t]*{NAME_TOKEN})+,?[ \t]+(?:and|&)[ \t]+{NAME_TOKEN}\b")

# The (?=...) look-aheads only let the regex engine skip quickly to where a match can start.
# "Cllr Mrs D Clements": titles one after another, then the name.
_HON_NAME_RE = re.compile(
    rf"(?=[A-Z])\b(?P<hon>{HON_ALT})(?P<more>(?:{SP}(?:{HON_ALT})(?!\w))*){SP}"
    rf"(?:\d{{3,5}}{SP})?(?P<name>{_HON_NAME})"  # "PC 2741 M Ross": a collar number
)

_CAPITALISED_AFTER_RE = re.compile(rf"[ \t]{{1,2}}{NAME_TOKEN}\b")
_NAME_RUN_RE = re.compile(rf"{FIRST_NAME_TOKEN}(?:{NAME_SP}{NEXT_NAME_TOKEN}){{1,4}}")

# Whole-text scans start with a plain character set and check the word boundary with a
# look-behind ("[A-Z](?<!\w[A-Z])" is "\b[A-Z]"), so the regex engine skips ahead to
# the candidate letters instead of trying every position.
_ROLE_ONLY_RE = re.compile(
    r"[TtOoYy](?<!\w[TtOoYy])(?:(?<=[Tt])he|(?<=[Oo])ur|(?<=[Yy])our)\s+"
    # up to four capitalised words, on one line or wrapped once (not over a blank line)
    r"(?P<role>(?:(?!The\b)[A-Z][\w’'-]*+(?:[ \t]+|\n(?!\s*\n))(?:(?:and|&)\s+)?){0,4}"
    r"(?:Director|Officer|Manager|Superintendent|Clerk|Secretary|Treasurer|Chief Executive"
    r"|Executive|Leader|Head|Chair|Chairman|Vice-Chair|Member|Commissioner|Consultant|Lead"
    r"|Co-?ordinator|Advis[eo]r|Controller|Solicitor|Inspector|Engineer|Surveyor|Registrar"
    r"|President|Governor|Nurse|Mayor|Portfolio Holder|Cathaoirleach|Conven[eo]r)s?"
    r"(?:\s+(?:of|for|at)\s+(?:the\s+)?[A-Z][\w’'&-]*"
    r"(?:(?:\s+(?:and|&|of|for|at)\s+(?:the\s+)?|,\s+|\s+)[A-Z][\w’'&-]*)*)?"
    r"(?:,\s+(?!(?:The|A|An|This|That)\b|[A-Z][\w’'-]*\s+(?:and|said|was|were|noted)\b)[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,3})?)"
)

_ACRONYM_RE = re.compile(r"^[A-Z][A-Z&]{1,7}s?$")

_TITLED_RE = re.compile(rf"(?:{HON_ALT})\s")
_HON_BEFORE_RE = re.compile(rf"\b(?:{HON_ALT})\s*$")

_ROLE_BRACKET_RE = re.compile(r"\s*\(([^()]{2,150})\)")

_ROLE_COMMA_RE = re.compile(r"[ \t]?,\s+(?:the\s+)?([A-Z][^,.;:()\n]{2,120})")

# "Ms Claire Denton, the agent, ...": a lower-case role in apposition.
# "Stephen Lake, the returning officer at Mendip, ...": with the place or body it serves.
# "Ms Juliette Mee, a spokesperson for the group, ...": with "a" or "an".
# "Nia Ross, our treasurer, ...", "Iona Edwards, accountant, ...": "our", or no article.
_ROLE_APPOSITION_RE = re.compile(
    r",\s+(?:(?:the|an?|our|their|its)\s+)?(?P<role>(?P<head>(?!as\s)(?:[a-z]+\s+){0,2}[a-z]+)"
    r"(?:\s+(?:of|at|for)\s+(?:the\s+)?(?:[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,4}|(?!public\b)[a-z]+))?)"
    r"\s*[,.;]"
)
# "Jenni Douglas-Todd had attended the meeting as an observer"
_ATTENDED_AS_RE = re.compile(
    r"\s+(?:had\s+|has\s+)?attended(?:\s+the\s+meeting)?\s+as\s+(?:an?|the)\s+([a-z]+(?:\s+[a-z]+)?)\b"
)

_APPOSITION_ROLES = frozenset(
    """agent applicant objector petitioner landowner developer supporter accountant webmaster
    volunteer organiser organizer architect planner editor minister vicar chaplain headteacher
    teacher tenant landlord""".split()  # noqa: SIM905
)

# The tier before "Councillor": "County Councillor Peter Hale".
_TIER_BEFORE_RE = re.compile(r"\b(County|District|Borough|Town|Parish|City|Ward)[ \t]+$", re.I)

_AFTER_BRACKET_RE = re.compile(r"\s*\(([^()]{1,120})\)")

_DIGIT_RE = re.compile(r"\d")

_REPRESENTING_WORD_RE = re.compile(r"(?i)represent|substitut")

_POSSESSIVE_RE = re.compile(r"[’']s?\s+[a-z]")

_NAME_END_RE = re.compile(
    r"\s*(?:[.,;:)]|$|\s+(?:and|was|who|to|for|as|from\s+the\s+[A-Z]{2,6})\b)"
)

_AND_THE_RE = re.compile(r",?\s+and\s+the\s+")

_TRAILING_COMMA_RE = re.compile(r",\s*$")

_MEMBERS_RE = re.compile(r"(?i)members?\b")

_NAME_NEXT_RE = re.compile(rf"\s*,?\s*(?:{HON_ALT})?\s*{NAME_TOKEN}\s+{NAME_TOKEN}\b")

# "The Clerk (Mrs A Barnes)": the office's holder in brackets, written with a title.
# "The Scrutiny Officer (Naomi Achterberg)": without a title, a given name first.
_HOLDER_BRACKET_RE = re.compile(rf"[ \t]*\((?P<title>(?:{HON_ALT})[ \t]+)?(?P<name>{_HON_NAME})\)")
_SPEECH_NEXT_RE = re.compile(rf"\s*,?\s*(?:{SPEECH_VERBS})\b")

_DETERMINER_BEFORE_RE = re.compile(
    r"(?:^|[^\w])(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hese|[Tt]hose|[Oo]ur|[Tt]heir|[Ii]ts|[Yy]our"
    r"|[Oo]ther|[Aa]nother|[Ee]ach|[Ee]very|[Aa]ny)(?:[ \t]+|[ \t]*\n[ \t]*)$"
)
_ROLE_HEAD_RE = re.compile(r"[^,]*?(?=\s+(?:of|for|at)\s|,|$)")
_POSSESSIVE_AFTER_RE = re.compile(r"[’']s?\b")
_NUMBER_BEFORE_RE = re.compile(r"(?:^|[^\d.])\d{1,4}[a-z]?,?[ \t]+$")  # "3 Stocks Green"
# Words after a name that make it a place or body named after someone.
_NAMED_AFTER = frozenset(
    """centre center medical practice surgery hospital hall house school college university
    trust foundation library park road street lane court building room suite memorial fund
    award prize ward unit clinic way close avenue estate""".split()  # noqa: SIM905
)
_NEXT_WORD_RE = re.compile(r"[\s’'s]*([A-Za-z]+)")
_WEAK_VERB_RE = re.compile(r"\s*(?:,\s*)?(?:was|were|is|has|had|will|would|could)\b")
# "Mike Dailly of Govan Law Centre", "Mr Jim Ellis for the City Council", "Jo Whitmer with Sound
# Credit Union": the body they are from.
_ORG_WORDS = (
    r"(?:Council|Board|Trust|Centre|Center|Authority|Partnership|Association|Society|Group"
    r"|Service|Agency|Police|University|College|Foundation|Healthwatch|Hospital|Office"
    r"|Department|Commission|Network|Forum|Company|Ltd|Limited|CIC|Charity|Club|School|Union)"
)
_ORG_AFTER_RE = re.compile(
    rf"\s+(?:of|from|for|with)\s+(?:the\s+)?(?P<org>(?:[A-Z][\w’'&-]*\s+){{0,4}}{_ORG_WORDS})\b"
)
_ACRONYM_AFTER_RE = re.compile(r"\s+(?:of|from)\s+the\s+(?P<org>[A-Z]{2,6})\b(?![ \t]+[A-Z])")
# A role after a name with no comma: "as ICP Chair"; "the Trust's new Interim Chief Officer".
_ROLE_WORDS_AFTER = r"(?P<role>(?:[A-Z][\w’'&/-]*\s+){0,4}[A-Z][\w’'&/-]*)"
_AS_ROLE_RE = re.compile(
    rf"\s+as\s+(?:the\s+|an?\s+|its\s+|their\s+|our\s+)?(?:new\s+)?{_ROLE_WORDS_AFTER}"
)
_POSSESSIVE_ROLE_RE = re.compile(
    rf",?\s+the\s+(?:[A-Z][\w-]*\s+){{0,3}}[A-Z][\w-]*['’]s\s+(?:new\s+)?{_ROLE_WORDS_AFTER}"
)
_CAPITALS_AFTER_RE = re.compile(r"[ \t]+([A-Z][A-Z'’-]{2,})\b")
_ORG_END_RE = re.compile(rf"\b{_ORG_WORDS}$")
# "Ann Lowry (Riverside Homes)": a bracket after a name or title holds its organisation,
# not another person (unless after a role: "the Chair (Ann Lowry)").
_WORD_BRACKET_RE = re.compile(r"([A-Z][\w’'.-]*)\s*\(\s*$")


def _qualifying_bracket(before: str) -> bool:
    m = _WORD_BRACKET_RE.search(before)
    return m is not None and m.group(1).lower() not in ROLE_WORDS


_AND_NEXT_NAME_RE = re.compile(rf"\s+and\s+(?={NAME_TOKEN}\s+{NAME_TOKEN}(?:\s|$))")

# "the Flood Risk Manager, Tom Hadley", "The Mayor, Cllr Janet Holloway"
# "The Clerk, Mrs Bloggs, reported": a title and a surname do as well as a full name.
_ROLE_COMMA_NAME_RE = re.compile(
    r"(?P<role>[^,]+),\s+(?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Prof|Professor)\.?\s+"
    rf"(?P<surname>{NAME_TOKEN})|(?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Prof|Professor)\.?\s+)?"
    rf"(?P<name>{NAME_TOKEN}\s+{NAME_TOKEN}))"
)

_ORG_TAIL_RE = re.compile(
    r"\b(?:Council|Board|Trust|NHS|Authority|Partnership|Group|Service|Agency|Police|University"
    r"|College|Ltd|Limited|Foundation|Association|Healthwatch|Hospital|Borough|County|City)\b"
)

# Last words of street and place names, which only weak context would take for a surname.
_PLACE_SUFFIXES = frozenset(
    [
        "Row",
        "Place",
        "Walk",
        "Mews",
        "Parade",
        "Rise",
        "Green",
        "Hill",
        "Bridge",
        "Court",
        "Estate",
        "Farm",
        "Road",
        "Street",
        "Lane",
        "Avenue",
        "Close",
        "Drive",
        "Crescent",
        "Way",
        "Terrace",
        "Grove",
        "Gardens",
        "Square",
        "Park",
    ]
)


def honorific_names(finder: PeopleFinder) -> None:
    """ "Cllr Amanda Lloyd-Harris", "Dr A. Khan", "Councillors Bo Dean, Cy Hart and Dee Ross":
    names after a title; the title, or a role written after the name, is the role."""
    text = finder.text
    for m in _HON_NAME_RE.finditer(text):
        hon_word = m.group("hon").split()[-1].rstrip(".").lower()
        titles = [hon_word, *(w.rstrip(".").lower() for w in m.group("more").split())]
        hon = next(
            (h for t in titles if (h := HONORIFICS.get(t) or TITLES_BEFORE_INITIALS.get(t))), None
        )
        role = hon
        if hon == "Councillor":
            tier = _TIER_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
            if tier:  # "County Councillor Peter Hale"
                role = f"{tier.group(1).title()} Councillor"
        end = _add_titled(finder, m.start(), m.start("name"), m.group("name"), role)
        if end is None or (
            hon_word not in ("councillors", "cllrs")
            and not (hon == "Councillor" and _SURNAMES_RE.match(text, end))
        ):
            continue
        more = _MORE_NAMES_RE.match(text, end)
        while more is not None:
            end = _add_titled(
                finder, more.start("name"), more.start("name"), more.group("name"), role
            )
            if end is None:
                break
            more = _MORE_NAMES_RE.match(text, end)


def _next_person_runs_on(text: str, start: int, keep: list[str]) -> bool:
    """ "Cllr Janet Pike Helen Quill": a given name third, then a surname, starts the next
    person of a list typed with no commas."""
    end = start + len(" ".join(keep))
    return (
        is_given_name(keep[0])
        and is_given_name(keep[2])
        and _CAPITALISED_AFTER_RE.match(text, end) is not None
    )


def _add_titled(
    finder: PeopleFinder, start: int, name_start: int, raw: str, role: str | None
) -> int | None:
    """Adds the name ``raw`` (cut at the first stop word: "Mayor Glanville Highlighted" in
    a heading) with ``role`` or the role written after it; returns where the name ends."""
    while (hon := raw.split(None, 1))[0].rstrip(".").lower() in HONORIFICS and len(hon) > 1:
        name_start += len(raw) - len(hon[1])  # "Councillors Mr Iwan Morgan & Mr Huw Beddoe"
        raw = hon[1]
    keep: list[str] = []
    toks = raw.split()
    for i, t in enumerate(toks):
        surname = i == len(toks) - 1 and t.lower() in SURNAME_STOP_WORDS  # "Cllr Ann Hall"
        if (
            len(t.rstrip(".")) > 1
            and (is_stop_word(t) or t.rstrip(".").lower() in _HON_WORDS)
            and not surname
        ):
            break  # "Mr H Danvers Mrs P Gilchrist": the next person's title
        if t.endswith(("’s", "'s")):
            keep.append(t[:-2])  # "Cllr O. Williams’s proposal"
            break
        keep.append(t)
    if not keep or all(len(t.rstrip(".")) == 1 for t in keep):
        return None
    if len(keep) == 3 and _next_person_runs_on(finder.text, name_start, keep):
        keep = keep[:2]
    name = " ".join(keep)
    end = name_start + len(name)
    caps = _CAPITALS_AFTER_RE.match(finder.text, end)
    if caps and len(keep) == 1 and capitals_surname([*keep, caps.group(1)], 1):
        name = f"{name} {caps.group(1).title()}"  # "Cllr Alan REID"
        end = caps.end()
    after = finder.text[end : end + 300]
    r = _role_after(after)
    if r is None and role is None:
        r = _org_after(after)  # "Mr Jim Ellis for the City Council"
    finder.add(name, r or role, start, end)
    return end


def name_runs(finder: PeopleFinder) -> None:
    """Two or three capitalised words that read as a person's name by what surrounds them: a
    role after or before ("Roy Poole, the Handyman", "Our Vice Chair Hannah Salome"), a
    bracket, a verb of speech ("Willie Jones reported"), a known given name ("Mike Dailly"),
    or a preposition before ("thanked Jo Bloggs"). Not a name: words after a determiner or a
    house number ("the Farm Tenancy", "3 Stocks Green"), a street ("Harmony Row"), a gerund
    ("Tackling Obesity"), or words that only an auxiliary follows ("Get Glasgow Moving was").
    Not over a name a list read ("Terry Vine Marketing Manager": the list read "Terry Vine",
    then the role)."""
    text = finder.text
    listed = Spans()
    for f in finder.found:
        if f.attendance is not None:
            for s, e in f.mentions:
                listed.add(s, e)
    for m in _NAME_RUN_RE.finditer(text):
        run = m.group(0)
        words = run.split()
        lead = 0
        while lead < len(words) and is_stop_word(words[lead]):
            lead += 1
        # "Ask Sam Lee to ...", "Invite Carmen Ortega": the verb is no name, its object is
        bidden = lead == 0 and _bidding(text, m.start(), words[0])
        lead += bidden
        if any(w.rstrip(".").lower() in _HON_WORDS for w in words[: lead + 1]):
            continue  # the honorific rule reads it
        toks = words[lead:]
        cut = len(toks)
        role_tail = False
        for i, tok in enumerate(toks):
            low = tok.lower()
            if low[-2:] in ("’s", "'s"):
                low = low[:-2]
            if is_stop_word(low) and not (
                i == len(toks) - 1 and low in SURNAME_STOP_WORDS and is_given_name(toks[0])
            ):  # "Emma Young" is a name
                cut = i
                role_tail = low in ROLE_WORDS or low in ("independent", "interim")
                break
        if not 2 <= sum(t.lower() not in PARTICLES for t in toks[:cut]) <= 3:
            continue
        start = m.start() + (run.index(toks[0]) if lead else 0)
        if _HON_BEFORE_RE.search(text, max(0, start - 14), start):
            continue
        if toks[cut - 1].endswith(("’s", "'s")):
            toks[cut - 1] = toks[cut - 1][:-2]  # "James Vaughan’s report"
        name = " ".join(toks[:cut])
        end = start + len(name)
        if text[start:end] != name:
            continue  # the words are spread over a line break or double spaces
        if listed.overlaps(start, end):
            continue
        before = text[max(0, start - 30) : start]
        if _DETERMINER_BEFORE_RE.search(before) or _NUMBER_BEFORE_RE.search(before):
            continue
        nxt = _NEXT_WORD_RE.match(text, end, end + 40)
        if nxt and nxt.group(1).lower() in _NAMED_AFTER:
            continue  # "Margaret Thompson Medical Centre"
        given = is_given_name(toks[0])
        if toks[0].endswith("ing") and not given:
            continue
        if not given and _everyday_words(toks[:cut]):
            continue  # "Transparency Notice", "Charge Card", "Merchant Navy Day": things
        after = text[end : end + 300]
        # "Amy Gibbs Independent Chair of X"; not "Kings Lynn Enforcement Officer" (a title)
        role = _role_tail(after, name) if role_tail and may_be_given_name(toks[0]) else None
        ok = role is not None
        if not ok:
            br = _AFTER_BRACKET_RE.match(after)
            if br:
                inner = br.group(1).strip()
                if _TITLED_RE.match(inner):
                    continue  # "Riverside Consultants (Mr. A. Gleeson)": the person is inside
                acronym = inner.rstrip("s") if _ACRONYM_RE.match(inner) else None
                ini = initials_of(name)
                if acronym and (acronym == ini and not given or acronym.endswith(ini)):
                    # "Tower Hamlets Together (THT)": an organisation; "Community
                    # Infrastructure Levy (CIL)": the end of a longer name.
                    continue
                if not given and (
                    _DIGIT_RE.search(inner) or inner[0].islower() and not is_role_phrase(inner)
                ):
                    continue  # "Day Pass Rate (casual users)", "Summer Lab (June 2026)": things
                elif not _DIGIT_RE.match(inner) and (given or not acronym or acronym == ini):
                    ok = True
                    if not is_initials_for(inner, name):
                        role = _bracket_role(inner)
        if not ok:
            role = _role_after(after)
            ok = role is not None
        if not ok and lead:
            role = _role_words_before(words[:lead])
            ok = role is not None
        place = toks[cut - 1] in _PLACE_SUFFIXES
        if not ok:
            speech = _SPEECH_RE.match(after)
            ok = bool(
                (bidden and (may_be_given_name(toks[0]) or not is_word(toks[0])))
                or (speech and (given or not _WEAK_VERB_RE.match(speech.group(0))))
                or _POSSESSIVE_RE.match(after)
                or _coordinated(after, given)
                or (given and not place)
                or (
                    _BEFORE_CONTEXT_RE.search(before)
                    and not place  # "Brookside and Nether Lane"
                    and not _qualifying_bracket(before)
                    and _NAME_END_RE.match(after)
                )
            )
        if not ok:
            continue
        role = role or _org_after(after)
        finder.add(name, role, start, end)


# "Steve to confirm with Amy", "Rob / Heather to meet", "Dan volunteered", "@tony will":
# first names (or user names) as the subject of a commitment or of speech, at the start of
# a line, a bullet or a sentence.
_FIRST_WORD = rf"(?:[{CAPITAL}][{LOWER}]++|@[A-Za-z0-9][\w.-]*)"
# A first name, maybe with its surname's initial after it ("Nina R.", "Alan E").
_FIRST_INITIAL_RE = re.compile(rf"{_FIRST_WORD}(?:[ \t][{CAPITAL}]\.?(?![\w’'-]))?")
_FIRST_NAMES_RE = re.compile(  # (a plain character set first: a fast scan)
    r"[\n.!?](?:(?<=\n)|(?<=[.!?])[ \t]{1,2})[ \t>]*(?:[-*•+][ \t]+|\d{1,2}[.)][ \t]+)?"
    rf"(?P<names>{_FIRST_INITIAL_RE.pattern}"
    rf"(?:[ \t]*(?:,|/|&|\band\b)[ \t]*{_FIRST_INITIAL_RE.pattern})*)[ \t]+"
    r"(?:to[ \t]+(?!(?:be|the|date|do)\b)[a-z]|(?:will|would)[ \t]+[a-z]|is[ \t]+going[ \t]+to\b"
    r"|(?:volunteered|agreed|offered|said|suggested|asked|reported|explained|confirmed"
    r"|mentioned|proposed|presented|noted|thanked|raised|undertook|questioned|replied"
    r"|responded)\b)"
)
_FIRST_SPLIT_RE = re.compile(_FIRST_WORD)
_TO_CUE_RE = re.compile(r"\bto[ \t]+[a-z]$")
_WORD_RE = re.compile(r"[a-z][\w-]*")


def _bidding(text: str, start: int, word: str) -> bool:
    """Whether ``word`` (at ``start``) is a verb in the imperative opening a sentence, a
    line or a bullet ("Invite Carmen Ortega ...", "* [ ] Add Ben ..."), not a given name
    ("Mark Hale reported")."""
    return (
        _SENTENCE_OPEN_RE.search(text, max(0, start - 12), start) is not None
        and is_base_verb(word.lower())
        and not may_be_given_name(word)
    )


# Where a sentence, line or bullet opens: after a line break, a full stop, a bullet or a
# checkbox.
_SENTENCE_OPEN_RE = re.compile(r"(?:^|[\n.!?:]|[-*•]|\[[ xX]?\])[ \t]*$")


def _everyday_words(toks: list[str]) -> bool:
    """Capitalised words that are all everyday English words, the first no given name
    (not even one that is also a word, like "Rob"): a thing's name, not a person's."""
    return not may_be_given_name(toks[0]) and all(
        is_word(t[:-2] if t.endswith(("’s", "'s")) else t)
        for t in toks
        if t.lower() not in PARTICLES
    )


def _coordinated(after: str, given: bool) -> bool:
    """ "Jo Hale and Sam Lee reported": another name and a verb of speech follow; not "...
    and Social Club were agreed" (a body's words, an auxiliary only)."""
    m = _COORD_RE.match(after)
    if m is None or any(is_stop_word(w) for w in m.group("other").split()):
        return False
    return given or m.group("verb") not in _WEAK_VERBS


_WEAK_VERBS = frozenset("was were is has had will would could".split())  # noqa: SIM905


def first_names(finder: PeopleFinder) -> None:
    """People named by their first name (or user name) alone where the grammar wants a
    person: the subject of "to <verb>", "will", "volunteered", "said" at the start of a line,
    bullet or sentence; a given name, a user name, or a name the lists already gave."""
    text = finder.text
    known = {t for f in finder.found if f.name for t in f.name.split()[:1]}
    for m in _FIRST_NAMES_RE.finditer("\n" + text):  # (a line break: the text's start)
        if _TO_CUE_RE.search(m.group(0)):  # (m's offsets are one past the text's)
            verb = _WORD_RE.match(text, m.end() - 2)
            if verb is None or not is_base_verb(verb.group(0)):
                continue  # "Link to acmeair issue": no task follows
        words = list(_FIRST_INITIAL_RE.finditer(text, m.start("names") - 1, m.end("names") - 1))
        firsts = [w.group(0).split()[0] for w in words]
        sure = [
            first.startswith("@")
            or not is_stop_word(first)
            and (first in known or may_be_given_name(first))
            for first in firsts
        ]
        for w, first, ok in zip(words, firsts, sure, strict=True):
            # "Aziz and Lucan/Val reported": beside a known name, a word that is no English
            # word is a name too; "Nina R. will": the initial only after a given name, one
            # that is also a word with the initial's full stop ("Peter C.", not "Mark A").
            name = w.group(0)
            if " " in name and not (
                is_given_name(first) and (name.endswith(".") or not is_word(first))
            ):
                continue
            if ok or any(sure) and _may_be_person(first, known):
                finder.add(name, None, w.start(), w.end())


# "Aizat: come back with a proposal", "- Luther/Val – check the renewal": first names
# heading a line, then a task in the imperative.
_OWNER_LABEL_RE = re.compile(
    r"[ \t>]*(?:[-*•+][ \t]+|\d{1,2}[.)][ \t]+)?[*_]*"
    rf"(?P<names>{_FIRST_WORD}(?:[ \t]*(?:,|/|&|\band\b)[ \t]*{_FIRST_WORD})*)[*_]*"
    r"[ \t]*(?::|[ \t][-–—])[*_]*[ \t]*(?P<verb>[A-Za-z]+)\b"
)


def _may_hold_label(text: str, ln: Line) -> bool:
    """Whether the line holds a colon or a dash, one of which every label
    _OWNER_LABEL_RE reads ends with (a cheap test first)."""
    return any(text.find(mark, ln.start, ln.cend) >= 0 for mark in _LABEL_ENDS)


_LABEL_ENDS = (":", "-", "–", "—")


def task_owners(finder: PeopleFinder) -> None:
    """People named by first name alone heading a task: "Aizat: come back with a proposal",
    "Luther/Val: check the insurance" (a verb in its base form after the colon; a name no
    everyday word, so "Note: check the figures" names no one)."""
    text = finder.text
    known = {t for f in finder.found if f.name for t in f.name.split()[:1]}
    for ln in finder.lines:
        if ln.blank or ln.cend - ln.cstart < 6 or not _may_hold_label(text, ln):
            continue
        m = _OWNER_LABEL_RE.match(text, ln.start, ln.cend)
        if m is None:
            continue
        words = list(_FIRST_SPLIT_RE.finditer(text, m.start("names"), m.end("names")))
        if not is_base_verb(m.group("verb").lower()) and not (
            len(words) > 1 and any(w.group(0) in known for w in words)
        ):
            continue  # "Jamuna/Sanjeev - Readiness Overview": a pair, one of them known
        if not all(_may_be_person(w.group(0), known) for w in words):
            continue
        unknown = [w.group(0) for w in words if w.group(0) not in known]
        if any(not may_be_given_name(w) and _used_as_place(text, w) for w in unknown):
            continue  # "Figma: update the mock-ups" where the text says "in Figma"
        for w in words:
            finder.add(w.group(0), None, w.start(), w.end())


_PLACE_BEFORE_RE = re.compile(r"\b(?:on|in|into|via|using|from|at)[ \t]+$")


@per_parse  # (asked of the same word by each line it labels: "Decided: ...", "Decided: ...")
def _used_as_place(text: str, word: str) -> bool:
    """Whether the text uses the word as a place or a tool ("on Github", "in Jira")."""
    at = text.find(word)
    while at >= 0:
        if _PLACE_BEFORE_RE.search(text, max(0, at - 8), at):
            return True
        at = text.find(word, at + len(word))
    return False


# "Andrew (former treasurer): pushed back ...": a speaker, their role, what they said.
_SPEAKER_ROLE_RE = re.compile(
    rf"[ \t>]*(?:[-*•+][ \t]+)?[*_]*(?P<name>{_FIRST_WORD}(?:[ \t]+{NAME_TOKEN}){{0,2}})[ \t]*"
    r"\((?P<role>[^()\n]{2,60})\)[*_]*[ \t]*:"
)


def speakers_with_roles(finder: PeopleFinder) -> None:
    """Notes that give each speaker with a role in brackets: "Andrew (former treasurer):"."""
    text = finder.text
    known = {t for f in finder.found if f.name for t in f.name.split()[:1]}
    for ln in finder.lines:
        if ln.blank or text.find("):", ln.cstart, min(ln.cend, ln.cstart + 90)) < 0:
            continue
        m = _SPEAKER_ROLE_RE.match(text, ln.start, ln.cend)
        if m is None:
            continue
        words = m.group("name").split()
        if any(is_stop_word(w) for w in words):
            continue
        if len(words) == 1 and not _may_be_person(words[0], known):
            continue
        if len(words) > 1 and not (is_given_name(words[0]) or words[0] in known):
            continue  # "Day Pass Rate (casual visitors):" names a thing
        role = _bracket_role(m.group("role").strip())
        finder.add(m.group("name"), role, m.start("name"), m.end("name"))


def _may_be_person(word: str, known: set[str]) -> bool:
    """A capitalised word that may be someone's first name: a known name, a given name,
    a user name, or a word that is no English word ("Aizat")."""
    if word.startswith("@") or word in known:
        return True
    return not is_stop_word(word) and (may_be_given_name(word) or not is_word(word))


def roles_alone(finder: PeopleFinder) -> None:
    """ "The Director of Public Health", "our Treasurer": an office named without a name."""
    text = finder.text
    names = {p.name for p in finder.found}
    for m in _ROLE_ONLY_RE.finditer(text):
        role = m.group("role")
        # "the Directors of X and the Chief Operating Officer of Y": two roles.
        parts = [q for part in _AND_THE_RE.split(role) for q in _two_roles(part)]
        pos = m.start("role")
        for part in parts:
            off = text.find(part, pos, m.end())
            if off < 0:
                off = pos
            r = part.strip(" ,")
            r = _TRAILING_COMMA_RE.sub("", r)
            named = _ROLE_COMMA_NAME_RE.fullmatch(r)
            key = named and ("name" if named.group("name") else "surname")
            if (
                named
                and key
                and not _ORG_TAIL_RE.search(named.group(key))
                and named.group(key) in names
            ):
                # "The Flood Risk Manager, Tom Hadley, introduced": a named officer
                # ("the Director, East London" names a place, not a person found).
                ns = off + named.start(key)
                finder.add(named.group(key), named.group("role"), ns, off + len(r))
                pos = off + len(part)
                continue
            if (
                _is_plural_role(r)  # "the Board Members", "the Chairs": a group
                or _MEMBERS_RE.match(r)
                or _POSSESSIVE_AFTER_RE.match(text, off + len(r))  # "the Chair's report"
            ):
                pos = off + len(part)
                continue
            held = _HOLDER_BRACKET_RE.match(text, off + len(r))
            if held is not None and (
                held.group("title")
                or is_given_name(held.group("name").split()[0])
                and all(is_name_token(w) for w in held.group("name").split())
            ):  # "The Clerk (Mrs A Barnes) reported"
                finder.add(held.group("name"), r, held.start("name"), held.end("name"))
                pos = off + len(part)
                continue
            # A role followed by a name is the honorific/name route's business.
            nxt = text[off + len(part) : off + len(part) + 40]
            if _NAME_NEXT_RE.match(nxt) and not _SPEECH_NEXT_RE.match(nxt):
                pos = off + len(part)
                continue
            finder.found.append(Found(None, r, [(off, off + len(r))]))
            pos = off + len(part)


_AND_RE = re.compile(r"\s+(?:and|&)\s+")


def _two_roles(phrase: str) -> list[str]:
    """ "Parish Clerk and Chair of the Council": two offices, each ending in a role word
    before the "and" ("Director of Adults and Health" is one)."""
    m = _AND_RE.search(phrase)
    if m is None or phrase[: m.start()].split()[-1].lower() not in ROLE_WORDS:
        return [phrase]
    right = phrase[m.end() :]
    if not any(w.lower() in ROLE_WORDS for w in right.split()[:3]):
        return [phrase]
    return [phrase[: m.start()], right]


# An agenda item's title with its presenter: "Care Strategy Development (Hilary Ross)
# (10 minutes)".
_PRESENTED_RE = re.compile(
    rf"[^\n():,;]{{5,150}}?[ \t]*"
    rf"\((?P<who>{FIRST_NAME_TOKEN}(?:{NAME_SP}{NEXT_NAME_TOKEN}){{1,2}})\)"
    r"(?:[ \t]*\(\d+[ \t]*min(?:ute)?s?\))?[ \t]*$"
)
_OPENS_RE = re.compile(r"[ \t\u00a0]*(?:\d+(?:\.\d+)*\.?[ \t\u00a0]+)?(?:The|the)[ \t\u00a0]+")


def presenters(finder: PeopleFinder) -> None:
    """ "Strategy Development (Hilary Ross)" over an item whose minutes open with "The
    Director of Strategic Development highlighted ...": the presenter holds that office."""
    text = finder.text
    alone = sorted((f.mentions[0][0], f.role) for f in finder.found if f.name is None)
    if not alone:
        return
    starts = [a for a, _ in alone]
    for ln in finder.lines:
        if ln.blank or text[ln.cend - 1] != ")":
            continue
        m = _PRESENTED_RE.match(text, ln.cstart, ln.cend)
        if m is None or not all(is_name_token(w) for w in m.group("who").split()):
            continue
        k = bisect.bisect_right(starts, ln.cend)
        if k == len(alone) or alone[k][0] - ln.cend > 600:
            continue
        at, role = alone[k]
        line_start = text.rfind("\n", 0, at) + 1
        if _OPENS_RE.fullmatch(text, line_start, at) and _SPEECH_AFTER_ROLE_RE.match(
            text, at + len(role or ""), at + len(role or "") + 60
        ):
            finder.add(m.group("who"), role, m.start("who"), m.end("who"))


_SPEECH_AFTER_ROLE_RE = re.compile(rf"[^.\n]{{0,40}}?\b(?:{SPEECH_VERBS})\b")


def _is_plural_role(role: str) -> bool:
    head = _ROLE_HEAD_RE.match(role)
    word = (head.group(0) if head else role).split()[-1].lower()
    return word.endswith("s") and word[:-1] in ROLE_WORDS


def _org_after(after: str) -> str | None:
    """ "Jim Ellis for the City Council", "Priya Venkatesan from the JTU": the organisation."""
    m = _ORG_AFTER_RE.match(after) or _ACRONYM_AFTER_RE.match(after)
    return m.group("org") if m else None


def _role_words_before(words_before: list[str]) -> str | None:
    """ "Our Vice Chair" before a name: the role, when the words end in a role word."""
    words = [w for w in words_before if w.lower() not in _DETERMINERS]
    if words and words[-1].lower() in ROLE_WORDS:
        return " ".join(words)
    return None


# "(re-elected)", "(newly appointed)": how someone came to an office, not the office.
_ELECTION_NOTE_RE = re.compile(
    r"(?i)(?:newly[ \t]+|duly[ \t]+)?(?:re-?)?(?:elected|appointed)(?:[ \t]+unopposed)?"
)


def _bracket_role(inner: str) -> str | None:
    """The role in a bracket after a name: "(Chair)", "(JC - Chair)"; none in "(holiday)",
    "(represented by ...)", "(via Zoom)", "(re-elected)", nor an address, a user name or pronouns
    ("(d.lee@ppuk.org)", "(Tinned_Tuna)", "(she/her)")."""
    if (
        "@" in inner
        or user_name(inner) is True
        or PRONOUNS_RE.fullmatch(inner)
        or _REPRESENTING_WORD_RE.match(inner)
        or ABSENCE_REASON_RE.fullmatch(inner)
        or ATTENDANCE_NOTE_RE.fullmatch(inner)
        or REMARK_RE.match(inner)
        or _ELECTION_NOTE_RE.fullmatch(inner)
    ):
        return None
    if tier_role(inner):
        return tier_role(inner)
    if inner.lower() == "in the chair":
        return "Chair"
    pair = initials_and_role(inner)
    return pair[1] if pair is not None else ROLE_SCOPE_RE.sub("", inner)


# Small words inside an office's title: "Head of Planning and Transport", "Clerk to the Council".
_ROLE_JOINERS = frozenset({"of", "for", "and", "&", "at", "the", "-", "–", "in", "to"})


def _role_after(after: str) -> str | None:
    """A role written after a name: "(Managing Director of X)" or ", Policy Manager"."""
    m = _ROLE_BRACKET_RE.match(after)
    if m:
        inner = m.group(1).strip()
        return None if _DIGIT_RE.match(inner) or INITIALS_RE.match(inner) else _bracket_role(inner)
    m = _ROLE_COMMA_RE.match(after)
    if m:
        phrase = m.group(1)
        words = phrase.split()
        out: list[str] = []
        for w in words:
            if w[0].isupper() or w.lower() in _ROLE_JOINERS:  # "Clerk to the Council"
                out.append(w)
            else:
                break
        while out and out[-1].lower() in _ROLE_JOINERS:
            out.pop()
        cand = " ".join(out)
        # "Sian Thomas, Education Representative and Richard Jenkinson": stop at a new name.
        cand = _AND_NEXT_NAME_RE.split(cand)[0]
        if names_a_person(cand) or _starts_with_name(cand) or _role_then_name(cand):
            return None  # "Cllr Peter Hale, Cllr Ruth Adeyemi": the next person, not a role
        if _OFFICES_ACTING_RE.match(after, m.start(1) + len(cand)) and _two_offices(cand):
            return None  # "Cllr Hand, the Chairman and Clerk carried out": three people
        words = cand.split()
        if any(w.lower().rsplit("-", 1)[-1] in ROLE_WORDS for w in words) or _ORG_END_RE.search(
            cand
        ):
            return cand  # "Policy Manager"; "Alan Neil, Jülich Supercomputing Centre, said"
    m = _ROLE_APPOSITION_RE.match(after)
    if m and m.group("head").split()[-1] in _APPOSITION_ROLES | ROLE_WORDS:
        return m.group("role")
    m = _ATTENDED_AS_RE.match(after)
    if m and m.group(1).split()[-1] in _APPOSITION_ROLES | ROLE_WORDS:
        return m.group(1)
    m = _AS_ROLE_RE.match(after) or _POSSESSIVE_ROLE_RE.match(after)
    if m and m.group("role").split()[-1].lower() in ROLE_WORDS:
        return m.group("role")  # "Helen Oyelaran as ICP Chair", "Marcus Ebb the Trust's new CFO"
    return None


# Offices joined with "and" after a name, then a verb in small letters: a list of people
# doing something ("Cllr Hand, the Chairman and Clerk carried out a survey"), not one
# person's two offices ("Ann Lee, Chair and Treasurer, said").
_OFFICES_ACTING_RE = re.compile(r"[ \t]+[a-z]")
_OFFICE_JOIN_RE = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?")


def _two_offices(phrase: str) -> bool:
    """ "Chairman and Clerk", "Treasurer & the Clerk": an office on each side of "and"."""
    sides = [side.split() for side in _OFFICE_JOIN_RE.split(phrase)]
    return len(sides) == 2 and all(w and w[-1].lower() in ROLE_WORDS for w in sides)


_ROLE_TAIL_RE = re.compile(
    r"[ \t]+([A-Z][\w’'-]*(?:[ \t]+(?:[A-Z][\w’'&-]*|of|for|and|at|the|\([A-Z]{2,8}\)))*)"
)


def _role_then_name(phrase: str) -> bool:
    """ "Treasurer Owen Leckie": the next person in a list written role first (name words
    after the last role word)."""
    words = phrase.split()
    last = max((i for i, w in enumerate(words) if w.lower() in ROLE_WORDS), default=-1)
    tail = words[last + 1 :]
    return last >= 0 and bool(tail) and all(is_name_token(w) and not is_stop_word(w) for w in tail)


def _starts_with_name(phrase: str) -> bool:
    """ "Jane Evans - Clerk": a phrase that opens with someone's name (a known given name
    and a surname), so names the next person rather than a role."""
    words = phrase.split()
    return (
        len(words) > 2
        and is_given_name(words[0])
        and is_name_token(words[1])
        and words[1].lower() not in ROLE_WORDS
    )


def _role_tail(after: str, name: str) -> str | None:
    """ "Independent Chair of Tower Hamlets Together (THT)" right after a name, on its line
    (without the name's initials closing a table's row: "Chairman SB")."""
    m = _ROLE_TAIL_RE.match(after)
    if not m:
        return None
    r = m.group(1)
    head, _, last = r.rpartition(" ")
    if head and is_initials_for(last, name):
        r = head
    if not any(w.lower() in ROLE_WORDS for w in r.split()):
        return None
    return r
