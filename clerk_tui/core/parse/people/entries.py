"""One attendance-list entry read into a name, a role and initials, in every written shape.

Shapes: "Name", "Cllr Name", "Name (Role)", "Name (AB)", "Name (AB) – Role", "Name – Role",
"Name - Org (Chair)", "Name, Role" (a line), "Role: Name", "Name<TAB>Role", "| Name | Role |",
"Name representing Org", "Name MSP", "Name (substituted by Name)".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...names import COUNCIL_TIERS
from ..actions.lexicon import is_word
from ..context import per_parse
from ..layout import BOX_TICKS
from .words import (
    ABSENCE_REASON_RE,
    ATTENDANCE_NOTE_RE,
    BODY_ACRONYMS,
    GIVEN_STOP_WORDS,
    HANDLE_RE,
    HONORIFICS,
    INITIAL,
    INITIALS_RE,
    NAME_TOKEN_FULL_RE,
    OFFICE_LETTERS,
    PARTICLES,
    PRONOUNS_RE,
    REMARK_RE,
    ROLE_SCOPE_RE,
    ROLE_WORDS,
    STOP_WORDS,
    SURNAME_STOP_WORDS,
    initials_shaped,
    is_body_acronym,
    is_given_name,
    is_initials_for,
    is_name_word,
    may_be_given_name,
    names_an_organisation,
    title_before_initials,
)


@dataclass
class Entry:
    """A person read from a list: the name's span in the text, the role written beside it
    and initials defined for it. ``strong``: two name words, an honorific or initials, so
    it cannot be one capitalised word of an organisation's name."""

    name: str
    role: str | None
    initials: str | None
    start: int
    end: int
    honorific: str | None = None
    strong: bool = True
    shared_role: bool = False  # "representing the CCG": also the role of the names before
    titled: bool = False  # written with a title: "Dr Khan"
    mark: str | None = None  # the list a roll call's mark puts them on: "Jones - absent"

    def copied(self) -> Entry:
        """A copy to change (``copy.copy``, without its generic and slower protocol)."""
        return Entry(
            self.name,
            self.role,
            self.initials,
            self.start,
            self.end,
            self.honorific,
            self.strong,
            self.shared_role,
            self.titled,
            self.mark,
        )


# A roll call's mark after a name: the list the person is on, not a role.
_ROLL_MARKS = {
    "present": "present",
    "here": "present",
    "absent": "absent",
    "excused": "apologies",
    "apologies": "apologies",
    "regrets": "apologies",
}
_INITIAL_FULL_RE = re.compile(INITIAL)
# A forename in brackets between initials and the surname: "R.A. (Ralph) Kettering".
_FORENAME_RE = re.compile(r"\([A-Z][a-z]+\)")
_INITIAL_BEFORE_RE = re.compile(r"(?:^|\s)(?:[A-Z]\.)+\s*$")
_SURNAME_AFTER_RE = re.compile(r"\s+[A-Z][a-z]")


def _is_forename_bracket(chunk: str, start: int, end: int) -> bool:
    return (
        bool(_FORENAME_RE.fullmatch(chunk, start, end))
        and bool(_INITIAL_BEFORE_RE.search(chunk[:start]))
        and bool(_SURNAME_AFTER_RE.match(chunk, end))
    )


_DOTTED_INITIALS_RE = re.compile(r"(?:[A-Z]\.)+")
# A person's initials run together before the surname: "JR Lamb", "TAP Brough", "R.A. Kettering".
_RUN_INITIALS_RE = re.compile(r"[A-Z]{2,3}|(?:[A-Z]\.){2,3}")
_BRACKET_RE = re.compile(r"\(([^()]*)\)")
_CELL_SEP_RE = re.compile(r"\t+|\s*\|\s*| {3,}")
_DASH_SEP_RE = re.compile(r"\s+[-–—]+\s+|\s*[–—]\s*")
_DASHES = "-–—"  # one of which each _DASH_SEP_RE match holds
_COLON_SEP_RE = re.compile(r"\s*:\s+")
_REPRESENTING_RE = re.compile(r"^(.*?)\s+(representing|on behalf of|from|of)\s+(.+)$")
_REPRESENTING_WORDS = ("of", "from", "representing")  # one of which each match holds
_ORG_START_RE = re.compile(r"(?:the\s+)?(?=[A-Z])")
_SUBSTITUTE_RE = re.compile(
    r"(?i)(?:represented|substituted|substituting|deputised|deputising)\s+(?:by|for)\s+(.+)$"
)
# Initials with a role in one bracket ("AA - chair"), or initials with a lower-case letter
# ("DSc", told apart from a "DS" present).
_INITIALS_ROLE_RE = re.compile(r"(?P<ini>[A-Z][A-Za-z]{1,3})(?:\s*[-–—,:]\s*(?P<role>.+))?")
# One capital in brackets tells apart two members of one surname: "Collins (M)".
_QUALIFIER_RE = re.compile(r"[A-Z]\.?")
_SUBSTITUTE_PREFIX_RE = re.compile(r"(?i)^(?:as\s+)?substitute\b")
# Letters after a name: an elected office ("Humza Yousaf MSP") is the role; honours are not.
_POST_NOMINAL_RE = re.compile(
    r"\s+(MP|MSP|MS|AM|MEP|MLA|MBE|OBE|CBE|JP|DL|QC|KC|PhD|FRCP|FRCS|FRCGP|MRCGP)\.?$"
)
_OFFICES = frozenset({"MP", "MSP", "MS", "AM", "MEP", "MLA"})
# Before a list entry's name: a bullet, a number, "and", a tick box ("[x]", "[x ]"), "Also:".
_LEADING_JUNK_RE = re.compile(
    rf"(?:Also\s*:\s*|\[ ?[{BOX_TICKS}]? ?\]\s+"
    rf"|[•▪●◦■➢►]\s*|[-–—·*>o]\s+|\d{{1,2}}[.)]\s+|(?:and|&)\s+)+"
)
# An organisation in square brackets after a name: "Jan Hanca [Robotec.AI]", "colinb[APMG]".
_SQUARE_ORG_RE = re.compile(r"[ \t]*\[([^\[\]()]{2,60})\]$")


# Why someone is absent, written after the name with no bracket: "A Potter unav.".
_REASON_AFTER_RE = re.compile(r"(?i)[ \t]+(?:unav\.?|unavailable|unwell|ill|on[ \t]+holiday)$")
# A user name after the name it belongs to: "Evan Lee @evanlee".
_HANDLE_AFTER_RE = re.compile(rf"[ \t]+{HANDLE_RE.pattern}$")


@per_parse
def strip_honorifics(name: str) -> tuple[str | None, str]:
    """("Councillor", "Amanda Lloyd-Harris") for "Cllr Amanda Lloyd-Harris"; ("County
    Councillor", "Joseph Davies") for "County Councillor Joseph Davies"."""
    parts = name.split()
    hon: str | None = None
    if (
        len(parts) > 2
        and parts[0].lower() in COUNCIL_TIERS
        and HONORIFICS.get(parts[1].rstrip(".").lower()) == "Councillor"
    ):
        hon = f"{parts[0].title()} Councillor"
        parts = parts[2:]
    while parts:
        if parts[0].rstrip(".").lower() in HONORIFICS:
            h = HONORIFICS[parts[0].rstrip(".").lower()]
        elif len(parts) > 2 and (t := title_before_initials(parts[0], parts[1])) is not None:
            h = t  # "Deputy P. R. Vautier"
        else:
            break
        hon = hon or h
        parts = parts[1:]
    if hon and len(parts) > 1 and parts[0].isdigit() and len(parts[0]) >= 3:
        parts = parts[1:]  # "PC 2741 M Ross": an officer's collar number
    return hon, " ".join(parts)


def tier_role(word: str) -> str | None:
    """ "County Councillor" for "COUNTY" written beside a councillor or over a list."""
    return f"{word.title()} Councillor" if word.lower() in COUNCIL_TIERS else None


def singular_role(phrase: str) -> str:
    """The role of each person a plural heading lists: "Town Councillors" -> "Town
    Councillor" (a heading in capitals is written in title case)."""
    words = phrase.split()
    low = words[-1].lower() if words else ""
    if not (low.endswith("s") and low[:-1] in ROLE_WORDS):
        return phrase
    words[-1] = words[-1][:-1]
    one = " ".join(words)
    return one.title() if one.isupper() else one


def is_caps_word(word: str) -> bool:
    """ "TOWN", "NOTE": an English word written in capitals, not someone's initials."""
    return len(word) > 2 and word.isupper() and is_word(word) and not may_be_given_name(word)


def names_a_person(phrase: str) -> bool:
    """Whether a phrase that might be read as a role names someone instead: a title before
    a name ("County Councillor Joseph Davies", "Cllr Mrs Ryan", "Cllr T Hodges"). A role is
    never another person's name."""
    words = phrase.split()
    for w, nxt in zip(words, words[1:], strict=False):
        if title_before_initials(w, nxt):
            return True  # "Deputy M.K. Tardif"
        if w.rstrip(".").lower() in HONORIFICS and (
            nxt.rstrip(".").lower() in HONORIFICS
            or is_name_token(nxt)
            and nxt.lower() not in ROLE_WORDS
            or bool(_INITIAL_FULL_RE.fullmatch(nxt))
            or _run_initials(nxt)
        ):
            return True
    return False


def initials_and_role(inner: str) -> tuple[str, str | None] | None:
    """ "AA - chair" or "DSc" in a bracket after a name: (initials, role or None)."""
    m = _INITIALS_ROLE_RE.fullmatch(inner.strip())
    if m is None or sum(c.isupper() for c in m.group("ini")) < 2:
        return None
    return m.group("ini"), m.group("role")


@per_parse
def is_name_token(word: str) -> bool:
    low = word.lower()
    return (
        bool(NAME_TOKEN_FULL_RE.fullmatch(word))
        and low not in STOP_WORDS
        and not (low.endswith("s") and low[:-1] in ROLE_WORDS)  # "Advisers"
        and not ("-" in low and all(p in STOP_WORDS for p in low.split("-")))  # "Vice-Chair"
        and not low.endswith(("'s", "’s"))  # "Sketchy's": a possessive, a shop or a pub
    )


def _surname_after_given(toks: list[str], i: int) -> bool:
    """ "Emma Young", "P. Ward": a stop word that is also a surname, last after a given name
    or initials."""
    return (
        i == len(toks) - 1
        and i > 0
        and toks[i].lower() in SURNAME_STOP_WORDS
        and bool(NAME_TOKEN_FULL_RE.fullmatch(toks[i]))
        and (is_given_name(toks[0]) or all(_INITIAL_FULL_RE.fullmatch(t) for t in toks[:i]))
    )


def _given_before_surname(toks: list[str], i: int) -> bool:
    """ "June Voss", "May Tolland": a given name that is also a stop word (a month), first
    before a surname that is no everyday word ("May Day", "April Newsletter" are none)."""
    return (
        i == 0
        and len(toks) == 2
        and toks[0].lower() in GIVEN_STOP_WORDS
        and toks[0][:1].isupper()
        and is_name_token(toks[1])
        and not is_word(toks[1].lower())
    )


def _surname_after_initials(toks: list[str], i: int) -> bool:
    """ "Councillor G Meadows", "Mr J Hall": after a title and initials, the last word is
    the surname even when it is also a place word (not a role: "Cllr J Clerk")."""
    t = toks[i]
    return (
        i == len(toks) - 1
        and i > 0
        and bool(NAME_TOKEN_FULL_RE.fullmatch(t))
        and t.lower() not in ROLE_WORDS
        and all(_INITIAL_FULL_RE.fullmatch(x) or _RUN_INITIALS_RE.fullmatch(x) for x in toks[:i])
    )


_CAPITALS_RE = re.compile(r"[A-Z][A-Z'’-]+")


def capitals_surname(toks: list[str], i: int) -> bool:
    """ "Trudy HALL", "Cllr Alan REID": a surname in capitals after a given name, as Scottish
    boards write them."""
    return (
        i == len(toks) - 1
        and i > 0
        and bool(_CAPITALS_RE.fullmatch(toks[i]))
        and len(toks[i]) > 2
        and toks[i].lower() not in BODY_ACRONYMS
        and may_be_given_name(toks[0])
    )


_RANK_PREFIXES = frozenset(
    {"co", "vice", "deputy", "sub", "joint", "acting", "assistant", "interim"}
)


@per_parse
def is_role_phrase(chunk: str) -> bool:
    """A role or an office: it holds a role word ("Director", "Clerk", "observer"), also
    after a hyphened prefix of rank ("Co-President", "Vice-Chair", "Sub-Treasurer")."""
    for w in chunk.split():
        low = w.lower().strip("(),;:.")
        head, hyphen, rest = low.partition("-")
        if hyphen and head in _RANK_PREFIXES:
            low = rest
        if low in ROLE_WORDS or low.endswith("s") and low[:-1] in ROLE_WORDS:
            return True
    return False


def _run_initials(word: str) -> bool:
    """ "JR", "TAP", "R.A." before a surname, as parish minutes name people: a person's
    initials, unless the letters are a body's ("NHS")."""
    return bool(_RUN_INITIALS_RE.fullmatch(word)) and word.lower() not in BODY_ACRONYMS


@per_parse
def _name_words(text: str) -> tuple[str | None, list[str], bool] | None:
    """(honorific's role, name words, whether a title came first) when ``text`` is a
    person's name and nothing else. (Remembered for the parse: the words are read, never
    changed.)"""
    hon, rest = strip_honorifics(text)
    toks = rest.split()
    if not toks or len(toks) > 6 or sum(t.lower() not in PARTICLES for t in toks) > 4:
        return None  # (four words besides "e", "da", "van": "Matias Wang Almeida e Silva")
    titled = len(toks) < len(text.split())
    if len(toks) == 1 and INITIALS_RE.match(toks[0]):
        if is_caps_word(toks[0].rstrip(".")) or toks[0].lower() in ROLE_WORDS:  # "RFO"
            return None
        return hon, [toks[0].rstrip(".")], titled
    if len(toks) == 1 and HANDLE_RE.fullmatch(toks[0]):
        return hon, toks, True  # "@tonyb": a user name on a code-hosting site
    if len(toks) == 1 and not hon and user_name(toks[0]) is not None:
        return None, toks, False  # "nick_l", "Shreya.Bhopal", "benfrancis"
    if (
        len(toks) == 2
        and _INITIAL_FULL_RE.fullmatch(toks[1])
        and is_name_token(toks[0])
        and (may_be_given_name(toks[0]) or not is_word(toks[0]))
    ):
        return hon, toks, titled  # "Matt C.": a first name and the surname's initial
    if len(toks) == 2 and _run_initials(toks[0]):
        return (hon, toks, titled) if is_name_token(toks[1]) else None
    for i, t in enumerate(toks):
        if (_INITIAL_FULL_RE.fullmatch(t) or t.lower() in PARTICLES) and i < len(toks) - 1:
            continue
        if i < len(toks) - 1 and (
            i == 0 and _DOTTED_INITIALS_RE.fullmatch(t) or i > 0 and _FORENAME_RE.fullmatch(t)
        ):
            continue  # "R.A. (Ralph) Kettering"
        if (
            not is_name_token(t)
            and not _surname_after_given(toks, i)
            and not _given_before_surname(toks, i)
            and not (titled and _surname_after_initials(toks, i))
            and not capitals_surname(toks, i)
        ):
            return None
    return hon, toks, titled


# A user name as chat and wiki lists write them: "nick_l", "Sid_Moudgil", "Shreya.Bhopal",
# "Tempest3K" (parts joined by "_", "." or "-", or with digits); "benfrancis", "colinb" (one
# lower-case word); "OtuNwachinemere" (capitals run together).
_JOINED_USER_RE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[._][A-Za-z0-9]+)+|[A-Za-z]+\d+[A-Za-z]*")
_LOWER_USER_RE = re.compile(r"[a-z][a-z0-9]{2,}")
_CAMEL_USER_RE = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")
_LOGIN_ID_RE = re.compile(r"[a-z]{2,4}\d{2,5}")
_FILE_END_RE = re.compile(r"\.[a-z]{1,4}$")  # "notes.md", "example.com": no one's name


@per_parse
def user_name(word: str) -> bool | None:
    """Whether one word is a user name: True when its shape says so (parts joined by "_" or
    ".", digits), False when it only may be one (a lower-case word that is no English word,
    or a lower-case given name; capitals run together); None when it is no user name."""
    if _JOINED_USER_RE.fullmatch(word):
        if _LOGIN_ID_RE.fullmatch(word):
            return True  # "mw781", "aj35": a login made of initials and digits
        letters = sum(c.isalpha() for c in word)
        if letters < 3 or _FILE_END_RE.search(word) or word[0] in "vV" and word[1:2].isdigit():
            return None  # "e.g", "v2.1", "notes.md"
        return True
    if _LOWER_USER_RE.fullmatch(word):
        if word in STOP_WORDS or (is_word(word) and not may_be_given_name(word)):
            return None
        return False
    if _CAMEL_USER_RE.fullmatch(word) and not NAME_TOKEN_FULL_RE.fullmatch(word):
        return False  # (not "McCool": a name)
    return None


_TOKEN_RE = re.compile(r"\S+")
_ROLE_TOKEN_RE = re.compile(r"[A-Za-z][\w'’/-]*")
# "... Parish Clerk in attendance": the list's own words after the role.
_ATTENDING_TAIL_RE = re.compile(r"(?i)\s+(?:was\s+|were\s+)?(?:in\s+attendance|present|attending)$")


# Words written in lower case inside a role: "the clerk", "past Tree Warden".
_ROLE_LOWER_WORDS = ROLE_WORDS | {"the", "of", "for", "and", "to", "past", "former", "new"}


@per_parse
def bare_role(words: str) -> bool:
    """Words that are a role and nothing else, ending in a role word: "The clerk", "Vice
    Chairman", "past Tree Warden" (no digits, no one's name, six words at most)."""
    toks = words.split()
    return (
        0 < len(toks) <= 6
        and all(_role_token(t) for t in toks)
        and is_role_phrase(toks[-1])
        and not names_a_person(words)
    )


@per_parse
def _role_token(word: str) -> bool:
    """A word a role can hold: capitalised, or one of the lower-case words of roles."""
    return bool(_ROLE_TOKEN_RE.fullmatch(word)) and (
        word[0].isupper() or word.lower() in _ROLE_LOWER_WORDS
    )


@per_parse
def _role_beside_name(main: str) -> tuple[str, int, int] | None:
    """A role written before or after a name with nothing between: "The clerk AM Fenwick",
    "Vice Chairman Cllr T Hodges", "Treasurer BT", "Alan Scorer Parish Clerk", "Peter Skyrme
    past Tree Warden". (role, the name's start and end in ``main``); the name has two words,
    a title or is initials, so a role word never reads as a surname."""
    tail = _ATTENDING_TAIL_RE.search(main)
    if tail is not None:
        main = main[: tail.start()]
    tokens = list(_TOKEN_RE.finditer(main))
    # (Cheap tests first.) A role has six words at most, each a word a role can hold: the
    # words before a split can be one only up to the first other word, those after it
    # only from past the last.
    others = [j for j, m in enumerate(tokens) if not _role_token(m.group())]
    lead = min(others[0] if others else len(tokens), 6)
    trail = max(others[-1] + 1 if others else 0, len(tokens) - 6)
    placed = _office_at_place(tokens)
    if placed is not None:
        return main[:placed].rstrip(), placed, len(main)
    for t, m in enumerate(tokens[1:], 1):
        if lead < t < trail:
            continue
        k = m.start()
        left, right = main[:k].rstrip(), main[k:]
        if t <= lead and bare_role(left):
            read = _name_words(right)
            if read is not None and (len(read[1]) > 1 or read[2] or _run_initials(read[1][0])):
                return left, k, len(main)  # (also "Chairman PAB": initials, as lists write)
        if t >= trail and bare_role(right):  # (the cheaper test first)
            read = _name_words(left)
            if read is not None and len(read[1]) > 1:
                return right, 0, len(left)
    return None


_PLACE_LINKS = frozenset({"at", "for", "of", "to"})


def _office_at_place(tokens: list[re.Match[str]]) -> int | None:
    """ "returning officer at Mendip Stephen Lake", "Clerk to Upton Parish Anne Bell": an
    office, the place it serves in capitalised words, then a name of two or three words
    from a given name that is no everyday word; the name's start, else None."""
    link = next((j for j, m in enumerate(tokens[:5]) if m.group() in _PLACE_LINKS), 0)
    if not link or not is_role_phrase(tokens[link - 1].group()):
        return None
    if not all(m.group().isalpha() for m in tokens[:link]):
        return None
    for t in range(link + 2, min(link + 5, len(tokens) - 1)):
        if not tokens[t - 1].group()[:1].isupper():
            return None
        name = " ".join(m.group() for m in tokens[t:])
        read = _name_words(name)
        if read is not None and 1 < len(read[1]) <= 3 and is_given_name(read[1][0]):
            return tokens[t].start()
    return None


@per_parse
def _initials_beside_name(main: str) -> tuple[str, int, int, str | None] | None:
    """Initials written as a column beside the name: before it ("AE Anton Ertl", a list of
    participants), after it and before the role ("Dr Asha Patel AP Clinical Chair", a CCG's
    attendance) or last, after the role ("Asha Patel Medical Director AP", a trust board's):
    (initials, the name's start and end in ``main``, the role)."""
    toks = [(m.start(), m.end()) for m in _TOKEN_RE.finditer(main)]
    if len(toks) < 3:
        return None
    first = main[toks[0][0] : toks[0][1]]
    rest = main[toks[1][0] :]
    if (
        initials_shaped(first)  # (cheap tests first)
        and is_initials_for(first, strip_honorifics(rest)[1])
        and _name_words(rest) is not None
    ):
        return first, toks[1][0], len(main), None
    for k in range(2, min(len(toks), 6)):
        word = main[toks[k][0] : toks[k][1]]
        if not initials_shaped(word):
            continue
        name = main[: toks[k - 1][1]]
        read = _name_words(name)
        if read is not None and len(read[1]) > 1 and is_initials_for(word, " ".join(read[1])):
            return word, 0, len(name), main[toks[k][1] :].strip(" ,;–—-") or None
    last = main[toks[-1][0] : toks[-1][1]]
    if len(toks) > 3 and initials_shaped(last):  # "Sian Bates Chairman SB": the role between
        for k in (2, 3):
            read = _name_words(main[: toks[k - 1][1]])
            if read is not None and is_initials_for(last, " ".join(read[1])):
                role = main[toks[k - 1][1] : toks[-1][0]].strip(" ,;–—-")
                return last, 0, toks[k - 1][1], role or None
    return None


def _locate(text: str, a: int, b: int, words: list[str]) -> tuple[int, int]:
    """The span of ``words`` (written with any spacing) inside text[a:b]."""
    plain = text.find(" ".join(words), a, b)
    if plain >= 0:
        return plain, plain + len(" ".join(words))
    m = re.search(r"\s+".join(re.escape(w) for w in words), text[a:b])
    if m is None:
        return a, b
    return a + m.start(), a + m.end()


_ATTENDANCE_WORDS_RE = re.compile(
    r"(?i)present|attend|guest|apolog|absent|visitor|observ|regrets|also|members?\b"
)


def _office_first(left: str, right: str) -> bool:
    """ "Coach: Matt Lowe", "Equip Mgr – Ann Hart": an office of common words (or short
    abbreviations) before a full name, though no role word says so."""
    words = left.replace("/", " ").split()
    if not 0 < len(words) <= 3 or is_given_name(words[0]) or _ATTENDANCE_WORDS_RE.search(left):
        return False  # "Present: Cllr Dee Ross" is a list's heading
    if not all(is_word(w.lower()) or len(w) <= 4 and w[:1].isupper() for w in words):
        return False
    read = _name_words(right)
    return read is not None and (read[2] or len(read[1]) > 1 and is_given_name(read[1][0]))


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \t\u00a0.,;:\r\n*_":
        a += 1
    while b > a and text[b - 1] in " \t\u00a0.,;:\r\n*_\\":  # "Ann Hart\*": markdown's escape
        b -= 1
    m = _LEADING_JUNK_RE.match(text, a, b)
    if m and m.end() < b:
        a = m.end()
    return a, b


def _join_roles(*roles: str | None) -> str | None:
    kept = [r.strip(" ,;:-–—") for r in roles if r and r.strip(" ,;:-–—")]
    if not kept:
        return None
    if len(kept) == 2 and len(kept[1].split()) <= 2:
        return f"{kept[0]} ({kept[1]})"  # "CDDO (Chair)"
    return ", ".join(kept)


_NOT_CELLS = Entry("", None, None, 0, 0)


def _read_cells(text: str, a: int, b: int) -> Entry | None:
    """A table row or a tab-separated line: the name first, then its roles and initials
    (``_NOT_CELLS`` when text[a:b] has one cell only)."""
    chunk = text[a:b]
    cells = [(m.start(), m.end()) for m in _CELL_SEP_RE.finditer(chunk)]
    bounds = [0] + [e for _, e in cells]
    ends = [s for s, _ in cells] + [len(chunk)]
    parts = [(a + s, a + e) for s, e in zip(bounds, ends, strict=True) if chunk[s:e].strip()]
    if len(parts) < 2:
        return _NOT_CELLS
    first = read_entry(text, *parts[0])
    if first is None:
        # "| Chair | Ann Lowry |": the role first, the name in a later cell.
        for k, (s, e) in enumerate(parts[1:], 1):
            named = read_entry(text, s, e)
            if named is not None and named.strong and not named.role:
                parts = [parts[k], *parts[:k], *parts[k + 1 :]]
                first = named
                break
        else:
            return None
    roles: list[str] = []
    for s, e in parts[1:]:
        cell = text[s:e].strip()
        if INITIALS_RE.match(cell.strip("()")) and not first.initials:
            first.initials = cell.strip("()").rstrip(".")
        elif len(cell.strip(" *_")) < 2 or cell.lower() in ("yes", "no"):
            continue  # a mark ("X", a tick) in a column: the column names the role
        elif "|" not in chunk and "\t" not in chunk and _another_person(text, s, e):
            continue  # "Eric Baird      Ann Lowry": names laid out in columns, no role
        elif cell.strip("-–— "):
            roles.append(cell)
    if not first.titled and any(_COLUMN_TITLE_RE.fullmatch(r) for r in roles):
        return None  # "| Ref Back | Agenda matter | Action |": a table's header
    first.role = _join_roles(first.role, ", ".join(roles) or None)
    return first


def _another_person(text: str, a: int, b: int) -> bool:
    """text[a:b] names a person of two words with a known given name, and no role."""
    e = read_entry(text, a, b)
    return (
        e is not None
        and " " in e.name
        and is_given_name(e.name.split()[0])
        and not e.role
        and not is_role_phrase(text[a:b])
    )


# The title of a minutes table's column, never a person's role.
_COLUMN_TITLE_RE = re.compile(
    r"(?i)agenda(?:\s+\w+)?|actions?(?:\s+by)?|owners?|due(?:\s+date)?|deadline|decisions?"
    r"|status|minutes?|items?|subject|topic|ref\.?"
)


def _own_initials(inner: str) -> bool:
    """Letters in brackets that are someone's initials ("(AL)"), not an office's ("(PM)")."""
    return INITIALS_RE.match(inner) is not None and inner.lower() not in OFFICE_LETTERS


@per_parse
def _body_letters(letters: str, words: tuple[str, ...], text: str) -> bool:
    """Letters bracketed after a name that are its body's, not its initials: they fit
    neither the first nor the last name ("Thomas (ESS)"), or the text uses them as a
    body's ("James Paybody (PPG)" where "the PPG members" meet)."""
    if is_initials_for(letters, " ".join(words)):
        return False  # "Silvia Da Graca Ramos (SDGR)"
    fit = letters[0] == words[0][0] or letters[-1] == words[-1][0]
    return not fit or is_body_acronym(letters, text)


# Capitals closing a name that may be its initials with a middle one: "Paul Baines PJB".
_WITH_MIDDLE_INITIAL_RE = re.compile(r"[ \t]([A-Z]{3,4})[ \t]*$")


def _with_middle_initial(letters: str, words: list[str]) -> bool:
    """The letters open with the first name's initial and close with the surname's, one or
    two middle names' between: "PJB" for "Paul Baines" (not a surname, "Trudy HALL")."""
    return (
        len(words) >= 2
        and len(letters) == len(words) + 1
        and letters[0] == words[0][:1]
        and letters[-1] == words[-1][:1]
    )


def read_entry(text: str, a: int, b: int) -> Entry | None:
    """The person one list chunk text[a:b] names, with the role written beside the name.
    (A new Entry each call: the lists change the role and initials of what they read.)"""
    a, b = _trim(text, a, b)
    if a >= b or b - a > 200:
        return None
    e = _read_chunk(text, a, b)
    if e is None:
        return None
    return e.copied()


def listed_person(text: str, a: int, b: int) -> Entry | None:
    """A person among other people in a list, though each word of the name is also an
    everyday word: "June Marsh", "Hope Dean", "Karen Hall" (a given name, then a capitalised
    surname that is no stop word nor role word; "Hall", "Ward" only after a given name that
    is no everyday word: "Grace Church" is a place). Never a role: a role holds an office
    word or names an organisation."""
    a, b = _trim(text, a, b)
    toks = text[a:b].split()
    if (
        len(toks) != 2
        or not toks[0][:1].isupper()
        or not is_name_word(toks[0])
        or not NAME_TOKEN_FULL_RE.fullmatch(toks[1])
        or toks[1].lower() in STOP_WORDS
        and not (toks[1].lower() in SURNAME_STOP_WORDS and is_given_name(toks[0]))
        or is_role_phrase(toks[1])
        or names_an_organisation(" ".join(toks))
    ):
        return None
    return Entry(" ".join(toks), None, None, a, b)


@per_parse  # (the list rules read the same chunk again: a line, then its cells or names)
def _initials_then_name(before: str, inner: str) -> bool:
    """ "PB (Pam Bryan)": initials, then the name they stand for in brackets."""
    return (
        initials_shaped(before)
        and is_initials_for(before, inner)
        and _name_words(inner) is not None
    )


@per_parse  # (the list rules read the same chunk again: a line by role_lines, then by a list)
def _read_chunk(text: str, a: int, b: int) -> Entry | None:
    """:func:`read_entry` of the trimmed chunk text[a:b]; never handed out, only copied."""
    chunk = text[a:b]
    if "\t" in chunk or "|" in chunk or "   " in chunk:
        cells = _read_cells(text, a, b)
        if cells is not _NOT_CELLS:
            return cells
    org: str | None = None
    sq = _SQUARE_ORG_RE.search(chunk) if chunk.endswith("]") else None
    if sq is not None and sq.start() > 0:  # "Jan Hanca [Robotec.AI]": the organisation
        org = sq.group(1).strip()
        b = a + sq.start()
        chunk = text[a:b]
    role: str | None = None
    initials: str | None = None
    qualifier: str | None = None
    mark: str | None = None
    main_end = b
    inside: tuple[int, int] | None = None  # the name's span when the bracket holds it
    # A bracket: initials, a role, a substitute, or why they are absent (not the forename
    # between initials and surname: "R.A. (Ralph) Kettering").
    br = _BRACKET_RE.search(chunk)
    if br and _is_forename_bracket(chunk, br.start(), br.end()):
        br = _BRACKET_RE.search(chunk, br.end())
    if br:
        inner = br.group(1).strip()
        after = chunk[br.end() :].strip(" ,–—-")
        second = False  # ``after`` is a second bracket's
        if after.startswith(":"):
            after = ""  # "Andrew (former treasurer): pushed back": what they said follows
        elif _BRACKET_RE.fullmatch(after):
            after, second = after[1:-1].strip(), True  # "E. Simpson (ES)(Chairman)"
            if ATTENDANCE_NOTE_RE.fullmatch(after) or ABSENCE_REASON_RE.fullmatch(after):
                after = ""
        main_end = a + br.start()
        ini_role = initials_and_role(inner)
        if inner.lower() in OFFICE_LETTERS and not is_initials_for(
            inner, strip_honorifics(chunk[: br.start()])[1]
        ):
            role = inner  # "Nick Draper (PM)": the project manager; "P March (PM)": initials
        elif INITIALS_RE.match(inner):
            initials = inner.rstrip(".")
        elif ini_role is not None:
            initials, role = ini_role  # "(AA - chair)"
        elif _QUALIFIER_RE.fullmatch(inner):
            qualifier = inner[0]  # "Collins (M)": Councillor M. Collins
        elif (
            user_name(inner) is True  # "Phil Cooke (Tempest3K)": his user name
            or PRONOUNS_RE.fullmatch(inner)
            or _SUBSTITUTE_RE.match(inner)
            or REMARK_RE.match(inner)
            or ABSENCE_REASON_RE.fullmatch(inner)
            or ATTENDANCE_NOTE_RE.fullmatch(inner)
        ):
            pass  # "(substituted by ...)" is read by the list; "(holiday)", "(from item 4)",
            # "(via Zoom)"
        elif _initials_then_name(chunk[: br.start()].strip(), inner):
            initials = chunk[: br.start()].strip()  # "PB (Pam Bryan)": the name in brackets
            inside = (a + br.start(1), a + br.end(1))
        elif tier_role(inner):
            role = tier_role(inner)  # "Cllr D Ross (COUNTY)"
        elif inner.lower() == "in the chair":
            role = "Chair"
        elif not _SUBSTITUTE_PREFIX_RE.match(inner) and not inner.isdecimal():
            role = ROLE_SCOPE_RE.sub("", inner)  # "(chair Items 1-3)": the chair
        if second and not initials and _own_initials(after):
            initials, after = after.rstrip("."), ""  # "Cllr Ann Lowry (Chair) (AL)"
        if inside is not None and "(" in after:
            after = ""  # "KS (Kay Shaw) AB (Angela Boote)": the next person's, run on
        if after:
            if br.start() == 0 or not chunk[: br.start()].strip():
                return None
            role = _join_roles(role, after) if not initials else _join_roles(after, role)
    main_a, main_b = _trim(text, a, main_end) if inside is None else _trim(text, *inside)
    main = text[main_a:main_b]
    sq = _SQUARE_ORG_RE.search(main) if org is None and main.endswith("]") else None
    if sq is not None and sq.start() > 0:  # "Ellie Moran [Treasurer] (EM)": then the initials
        org = sq.group(1).strip()
        main = main[: sq.start()]
        main_b = main_a + sq.start()
    reason = _REASON_AFTER_RE.search(main)
    if reason is not None and reason.start() > 0:
        main = main[: reason.start()]  # "A Potter unav.", "Cllr J Hale unwell": why absent
        main_b = main_a + len(main)
    handle = _HANDLE_AFTER_RE.search(main)
    if handle is not None and handle.start() > 0:
        main = main[: handle.start()]  # "Evan Lee @evanlee": the name, then the user name
        main_b = main_a + len(main)
    # "Name – Role" or "Role – Name", "Role: Name"; the first separator first ("Ann Lee:
    # Voting Member - Harbour Trust": her role, then her organisation).
    dashed = any(map(main.__contains__, _DASHES))  # (cheap tests first)
    seps = [
        m
        for sep_re, written in ((_DASH_SEP_RE, dashed), (_COLON_SEP_RE, ":" in main))
        if written and (m := sep_re.search(main)) is not None
    ]
    for m in sorted(seps, key=lambda m: m.start()):
        left, right = main[: m.start()], main[m.end() :]
        if (
            not initials
            and initials_shaped(left.strip())
            and is_initials_for(left.strip(), right.strip())
            and _name_words(right) is not None
        ):
            initials = left.strip()  # "GR - Gary Ridgway": the initials the minutes use later
            main_a += m.end()
            main = right
            break
        if _name_words(left) is not None and right.strip() and not _office_first(left, right):
            main_b = main_a + m.start()
            mark = _ROLL_MARKS.get(right.strip(" .").lower())
            if mark is None and not (
                ABSENCE_REASON_RE.fullmatch(right) or ATTENDANCE_NOTE_RE.fullmatch(right)
            ):
                role = _join_roles(right, role)  # not "W Carrick - holiday", "Jones - absent"
            main = left
            break
        if (is_role_phrase(left) or _office_first(left, right)) and _name_words(right):
            main_a += m.end()
            role = _join_roles(singular_role(left), role)  # "Members – Dee Ross": a Member
            main = right
            break
    # "Simon Watkins representing the CCG", "Mike Dailly of Govan Law Centre"
    rep = (
        _REPRESENTING_RE.match(main)
        if any(map(main.__contains__, _REPRESENTING_WORDS))  # (a cheap test first)
        else None
    )
    shared = False
    rep_name = _name_words(rep.group(1)) if rep else None
    if (
        rep
        and rep_name is not None
        and (len(rep_name[1]) > 1 or rep_name[2] or is_given_name(rep_name[1][0]))
        and _ORG_START_RE.match(rep.group(3))
    ):
        main = rep.group(1)
        main_b = main_a + len(main)
        role = role or _ORG_START_RE.sub("", rep.group(3))
        shared = True
    mid = _WITH_MIDDLE_INITIAL_RE.search(main) if not initials else None
    if mid is not None and _with_middle_initial(mid.group(1), main[: mid.start()].split()):
        initials = mid.group(1)  # "Paul Baines PJB": his initials, a middle name's among them
        main = main[: mid.start()]
        main_b = main_a + len(main)
    post = _POST_NOMINAL_RE.search(main)
    if post:
        main = main[: post.start()]
        main_b = main_a + len(main)
        if post.group(1) in _OFFICES:
            role = role or post.group(1)
    read = _name_words(main)
    if read is None and (ini_split := _initials_beside_name(main)) is not None:
        initials, name_a, name_b, role_txt = ini_split
        role = _join_roles(role_txt, role)
        main_a, main_b = main_a + name_a, main_a + name_b
        main = text[main_a:main_b]
        read = _name_words(main)
    if read is None:
        beside = _role_beside_name(main)
        if beside is None:
            return None
        role_txt, name_a, name_b = beside
        role = _join_roles(role_txt, role)
        main_a, main_b = main_a + name_a, main_a + name_b
        main = text[main_a:main_b]
        read = _name_words(main)
        if read is None:
            return None
    hon, words, titled = read
    s, e = _locate(text, main_a, main_b, words)
    if len(words) > 1 and capitals_surname(words, len(words) - 1):
        words = [*words[:-1], words[-1].title()]  # "Trudy HALL": Trudy Hall
    if qualifier and len(words) == 1:
        words = [f"{qualifier}.", *words]
    forename = next((w for w in words if _FORENAME_RE.fullmatch(w)), None)
    if forename is not None:  # "R.A. (Ralph) Kettering": Ralph Kettering
        words = [forename.strip("()"), *words[words.index(forename) + 1 :]]
    name = " ".join(words)
    if initials and _body_letters(initials, tuple(words), text):
        role, initials = _join_roles(role, initials), None  # "Thomas (ESS)": his body's letters
    if len(words) == 1 and INITIALS_RE.match(words[0]):
        initials = initials or words[0]
    strong = (
        len(words) > 1
        or titled
        or initials is not None
        or is_given_name(name)
        or user_name(name) is True
    )
    role = _join_roles(role, org) if org else role
    return Entry(name, role or hon, initials, s, e, hon, strong, shared, titled, mark)
