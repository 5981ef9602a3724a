"""Names as minutes write them: fold to a comparable form, split off honorifics and roles.

"Cllr Siân Lloyd-Harris (Chair)" and "sian lloyd harris" fold to the same tokens; the
honorific and the role are kept beside the name rather than thrown away, because the
matcher uses them ("Councillor X" prefers councillors).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.util import find_spec
from pathlib import Path

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

HONORIFICS = frozenset(
    [
        "councillor",
        "cllr",
        "cr",
        "alderman",
        "mayor",
        "dr",
        "doctor",
        "professor",
        "prof",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "sir",
        "dame",
        "lord",
        "lady",
        "baroness",
        "rev",
        "revd",
        "reverend",
        "canon",
    ]
)
COUNCILLOR_HONORIFICS = frozenset({"councillor", "cllr", "cr", "alderman"})
COUNCIL_TIERS = frozenset({"county", "borough", "district", "parish", "town", "city", "ward"})
"""Which council a councillor sits on, written before the title: 'County Councillor'."""
# One spelling for honorifics that are written several ways, so learned aliases compare.
_HONORIFIC_SPELLING = {
    "cllr": "councillor",
    "cr": "councillor",
    "councilor": "councillor",
    "doctor": "dr",
    "prof": "professor",
    "rev": "reverend",
    "revd": "reverend",
}

# Letters after a name ("Dr Nicola Lang MBE"): dropped, they are never part of the name.
POST_NOMINALS = frozenset(
    [
        "mbe",
        "obe",
        "cbe",
        "kbe",
        "dbe",
        "jp",
        "dl",
        "qc",
        "kc",
        "mp",
        "msp",
        "phd",
        "frcp",
        "frcs",
        "frcgp",
        "mrcgp",
        "frcpsych",
        "ffph",
        "mfph",
        "rgn",
        "rmn",
    ]
)
# Words that join a surname to what follows: "O Brien", "Mc Donald", "van der Berg".
SURNAME_PARTICLES = frozenset(
    [
        "o",
        "mc",
        "mac",
        "de",
        "da",
        "di",
        "du",
        "van",
        "von",
        "der",
        "den",
        "le",
        "la",
        "st",
        "ap",
        "ab",
        "el",
        "al",
    ]
)

# Words that begin or make up a role ("Director of ...", "Independent Chair"), never a name.
ROLE_WORDS = frozenset(
    [
        "chair",
        "chairman",
        "chairwoman",
        "chairperson",
        "vice",
        "deputy",
        "director",
        "directors",
        "head",
        "manager",
        "officer",
        "officers",
        "member",
        "members",
        "executive",
        "chief",
        "lead",
        "leader",
        "representative",
        "cabinet",
        "independent",
        "clerk",
        "secretary",
        "treasurer",
        "assistant",
        "interim",
        "acting",
        "senior",
        "principal",
        "corporate",
        "strategic",
        "programme",
        "consultant",
        "commissioner",
        "coordinator",
        "advisor",
        "adviser",
        "governor",
        "president",
        "cooptee",
        "portfolio",
        "holder",
        "council",
        "councils",
        "committee",
        "board",
        "team",
    ]
)

# A role alone that names nobody in particular: never learned as anyone's alias.
GENERIC_ROLES = frozenset(
    {
        "chair",
        "vice chair",
        "deputy chair",
        "chairman",
        "chairwoman",
        "chairperson",
        "clerk",
        "officer",
        "officers",
        "member",
        "members",
        "all members",
        "board members",
        "council",
        "board",
        "committee",
        "secretary",
        "minute taker",
        "democratic services officer",
        "everyone",
        "all",
    }
)
# Words that, alone or together ("all Members", "Councillors", "the Council"), name a group
# or a seat nobody in particular fills: such a mention never matches a person.
_GENERIC_WORDS = frozenset(
    [
        "chair",
        "chairs",
        "chairman",
        "chairwoman",
        "chairperson",
        "vice",
        "deputy",
        "clerk",
        "clerks",
        "officer",
        "officers",
        "member",
        "members",
        "councillor",
        "councillors",
        "council",
        "councils",
        "board",
        "boards",
        "committee",
        "committees",
        "panel",
        "meeting",
        "secretary",
        "minute",
        "taker",
        "democratic",
        "services",
        "service",
        "staff",
        "team",
        "everyone",
        "all",
        "partners",
        "residents",
        "governors",
        "trustees",
        "directors",
        "attendees",
        "present",
        "cabinet",
        "colleagues",
        "representatives",
        "group",
        "groups",
        "forum",
        "those",
        "both",
        "each",
    ]
)

# Words that mark an organisation rather than a person.
BODY_WORDS = frozenset(
    [
        "board",
        "council",
        "together",
        "trust",
        "partnership",
        "partnerships",
        "nhs",
        "icb",
        "icp",
        "ccg",
        "healthwatch",
        "group",
        "team",
        "committee",
        "service",
        "services",
        "ltd",
        "limited",
        "plc",
        "cvs",
        "forum",
        "network",
        "alliance",
        "association",
        "authority",
        "department",
        "directorate",
        "agency",
        "commission",
        "foundation",
        "society",
        "charity",
        "police",
        "fire",
        "hospital",
        "university",
        "college",
        "school",
        "practice",
        "federation",
        "collaborative",
        "system",
        "unit",
        "office",
    ]
)
_CONNECTIVES = frozenset({"of", "and", "the", "for", "in", "on", "at", "to", "a", "an"})

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212-"
_APOSTROPHES = "'\u2019\u2018`\u00b4"
_NON_WORD = re.compile(r"[^0-9a-z]+")
_INITIALS_RE = re.compile(r"^(?:[A-Z]\.?){2,5}$")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case, accents removed (Siân = Sian), '&' as 'and', apostrophes dropped
    (O'Brien = OBrien), hyphens and other punctuation as spaces, single-spaced."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    plain = plain.replace("&", " and ")
    for mark in _APOSTROPHES:
        plain = plain.replace(mark, "")
    for dash in _DASHES:
        plain = plain.replace(dash, " ")
    return _NON_WORD.sub(" ", plain).strip()


def fold_role(text: str) -> str:
    """A role title folded, without a leading 'the' ('The Director of Public Health'), a
    councillor's title in one spelling ('Cllr', 'Councilor': 'councillor')."""
    words = ["councillor" if w in _COUNCILLOR_SPELLINGS else w for w in fold(text).split()]
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


# The other ways of writing "councillor" ("Cllr", "Cr", "Councilor").
_COUNCILLOR_SPELLINGS = frozenset(k for k, v in _HONORIFIC_SPELLING.items() if v == "councillor")


def directory_role(role: str) -> str:
    """A role as the directory keeps it, a councillor's title in one spelling: 'County Cllr'
    as 'County Councillor'."""
    words = role.split()
    if words and words[-1].lower().rstrip(".") in _COUNCILLOR_SPELLINGS:
        words[-1] = "Councillor"
    return " ".join(words)


@dataclass(frozen=True)
class NameParts:
    """One mention taken apart: the person's name, what stood before it and beside it."""

    text: str
    """The mention as written."""
    name: str
    """The name without honorifics or role, as written ('Lloyd-Harris'); '' for a role alone."""
    role: str | None
    """A role given with the name ('Chair' from 'X (Chair)'), or the whole mention when it
    names a role alone ('The Director of Public Health')."""
    honorifics: tuple[str, ...]
    """Folded honorifics before the name: ('councillor',), ('dr',)."""
    initials: str | None = None
    """Initials given in brackets after the name ('Nadia Khan (NK)' -> 'NK')."""

    @property
    def tokens(self) -> tuple[str, ...]:
        return tuple(fold(self.name).split())

    @property
    def key(self) -> str:
        """The exact look-up form: folded tokens run together ('amandalloydharris')."""
        return "".join(self.tokens)

    @property
    def surname_joined(self) -> tuple[str, ...]:
        """The tokens with a particle joined to the surname after it ('Mary O Brien' ->
        ('mary', 'obrien')); an initial with a full stop is no particle ('O. Williams')."""
        tokens = self.tokens
        if len(tokens) < 2 or tokens[-2] not in SURNAME_PARTICLES:
            return tokens
        if _INITIAL_BEFORE_SURNAME.search(self.name):
            return tokens
        return (*tokens[:-2], tokens[-2] + tokens[-1])


def split_mention(text: str) -> NameParts:
    """Take 'Cllr A Lloyd-Harris (Chair)', 'Mark Creelman, Place Executive', 'Lang, Nicola',
    'Dr. Nicola Lang MBE', 'Nicola Lang – Director of Public Health' or 'The Director of
    Public Health' apart into honorifics, name, initials and role."""
    raw = _POSSESSIVE.sub("", " ".join(text.split()))
    role: str | None = None
    initials: str | None = None
    while paren := re.match(r"^(.*?)\s*\(([^()]*)\)\s*$", raw):
        if not paren.group(1):
            break
        raw, inside = paren.group(1), paren.group(2).strip()
        if looks_like_initials(inside):
            initials = inside.replace(".", "")
        elif inside:
            role = ", ".join(r for r in (inside, role) if r)
    raw = _POST_NOMINALS_RE.sub("", raw)
    words = raw.split()
    honorifics: list[str] = []
    while words:
        if fold(words[0]) in HONORIFICS | {"the"}:
            folded = fold(words.pop(0))
            if folded != "the":
                honorifics.append(folded)
        elif title := _title_before_name(words):
            honorifics.append(title)
        else:
            break
    rest = " ".join(words)
    if not rest and honorifics:  # "The Mayor": a title alone
        title = " ".join(r for r in (honorifics[-1].title(), role) if r)
        return NameParts(text, "", title, (), initials)
    rest, role = _split_at_separator(rest, role)
    if rest and not honorifics and _starts_with_role(rest):
        return NameParts(text, "", " ".join(r for r in (rest, role) if r), (), initials)
    name_words = rest.split()
    for index, word in enumerate(name_words):
        if fold(word) not in ROLE_WORDS:
            continue
        if index >= 2:
            trailing = " ".join(name_words[index:])
            role = ", ".join(r for r in (trailing, role) if r)
            name_words = name_words[:index]
        elif index == 1 and not honorifics and _names_an_organisation(name_words[0]):
            return NameParts(text, "", " ".join(r for r in (rest, role) if r), (), initials)
        break
    return NameParts(text, " ".join(name_words), role, tuple(honorifics), initials)


def _title_before_name(words: list[str]) -> str | None:
    """Take off the title at the start of `words` that is written only before a name, and
    say which honorific it is: a councillor's title with the council's tier or place
    ('County Councillor', 'Ward Cllr', 'BDBC Cllr'), councillors in the plural before one
    name ('Cllrs M Cain'), a police rank ('PC', 'Chief Superintendent')."""
    folded = [fold(word) for word in words[:4]]
    for size in (2, 1):
        rank = " ".join(folded[:size])
        if rank in _POLICE_RANKS and len(words) > size:
            del words[:size]
            return rank
    for index, word in enumerate(folded[:3]):
        if word in COUNCILLOR_HONORIFICS | _PLURAL_COUNCILLORS:
            qualifiers = words[:index]
            plural_names = word in _PLURAL_COUNCILLORS and _NAMES_SEVERAL.search(
                " ".join(words[index + 1 :])
            )
            if len(words) > index + 1 and not plural_names and all(map(_qualifies, qualifiers)):
                del words[: index + 1]
                return "councillor"
            return None
    return None


def _qualifies(word: str) -> bool:
    """A word before a councillor's title that says which council: 'County', 'Wilts'."""
    return fold(word) in COUNCIL_TIERS or (word[:1].isupper() and fold(word) not in HONORIFICS)


_POLICE_RANKS = frozenset(
    {
        "pc",
        "pcso",
        "police constable",
        "constable",
        "sgt",
        "sergeant",
        "insp",
        "inspector",
        "chief inspector",
        "supt",
        "superintendent",
        "chief superintendent",
    }
)
_PLURAL_COUNCILLORS = frozenset({"cllrs", "councillors", "councilors", "crs"})
_NAMES_SEVERAL = re.compile(r"\band\b|&|,")
_INITIAL_BEFORE_SURNAME = re.compile(r"(?:^|\s)[^\W\d_]\.\s*[^\s.]+$")
_POSSESSIVE = re.compile(r"(?<=[^\W\d_])['\u2019]s?(?=$|[\s,;(])")
_POST_NOMINALS_RE = re.compile(
    r"(?:[\s,]+(?:" + "|".join(sorted(POST_NOMINALS)) + r")\.?)+\s*$", re.IGNORECASE
)
_SEPARATOR = re.compile(r"\s*,\s*|\s+[\u2013\u2014-]\s+")


def _split_at_separator(rest: str, role: str | None) -> tuple[str, str | None]:
    """'Mark Creelman, Place Executive' and 'Nicola Lang – Director': the name, then the
    role; 'Lang, Nicola' (surname first): the name in the usual order."""
    pieces = _SEPARATOR.split(rest, maxsplit=1)
    if len(pieces) != 2 or not pieces[0] or not _reads_as_name(pieces[0]):
        return rest, role
    before, after = pieces
    if _reads_as_given_names(after) and len(before.split()) == 1:
        return f"{after} {before}", role
    return before, ", ".join(r for r in (after, role) if r) or None


def _reads_as_given_names(text: str) -> bool:
    """'Nicola', 'Jane A.': one or two capitalised words or initials, no role or body."""
    words = text.split()
    return 1 <= len(words) <= 2 and all(
        word[:1].isupper()
        and fold(word)
        and fold(word) not in ROLE_WORDS | BODY_WORDS | _CONNECTIVES | HONORIFICS
        for word in words
    )


def _names_an_organisation(word: str) -> bool:
    """'ICB', 'NHS', 'Healthwatch' before a role: 'the ICB Chief Executive'."""
    return (len(word) >= 2 and word.isupper()) or fold(word) in BODY_WORDS


def _reads_as_name(text: str) -> bool:
    words = fold(text).split()
    return 1 <= len(words) <= 4 and not any(w in ROLE_WORDS or w in _CONNECTIVES for w in words)


def _starts_with_role(text: str) -> bool:
    words = fold(text).split()
    return bool(words) and (words[0] in ROLE_WORDS or fold_role(text) in GENERIC_ROLES)


def is_generic_role(text: str) -> bool:
    """'The Chair', 'Officers', 'all Members', 'Councillors', 'the Council': roles and groups
    that name nobody in particular."""
    words = fold_role(text).split()
    return " ".join(words) in GENERIC_ROLES or (
        bool(words) and all(w in _GENERIC_WORDS or w in _CONNECTIVES for w in words)
    )


def learned_key(text: str) -> str:
    """The key of an alias learned from the clerk: the mention folded whole, honorifics kept
    (one spelling each: Cllr = Councillor), so 'Councillor Smith' learned for one Smith is
    never taken for 'Dr Smith' or 'Smith'."""
    parts = split_mention(text)
    honorifics = [_HONORIFIC_SPELLING.get(h, h) for h in parts.honorifics]
    words = honorifics + list(parts.tokens) if parts.tokens else fold_role(text).split()
    return " ".join(words)


def name_key(text: str) -> str:
    """The exact look-up key of a name or alias: honorifics and role dropped, folded, run
    together. 'Cllr Amanda Lloyd-Harris' and 'amanda lloyd harris' share one key."""
    parts = split_mention(text)
    return parts.key or "".join(fold_role(text).split())


def looks_like_initials(text: str) -> bool:
    """'AB', 'ALH', 'A.B.': two to five capitals and nothing else."""
    return bool(_INITIALS_RE.match(text.strip()))


def bare_name(name: str) -> str:
    """A name without the honorifics, role and letters written with it: 'Dr Avi Bhatia MBE'
    -> 'Avi Bhatia'."""
    return split_mention(name).name or name


def initials_of(name: str) -> str:
    """'Amanda Lloyd-Harris' -> 'ALH': the first letter of each part of the name."""
    return "".join(word[0] for word in fold(bare_name(name)).split()).upper()


def acronym_of(name: str) -> str | None:
    """'Tower Hamlets Together' -> 'THT', 'North West London Integrated Care Board' ->
    'NWLICB': initials of the significant words, when there are at least two."""
    words = [w for w in fold(name).split() if w not in _CONNECTIVES]
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else None


def looks_like_body(name: str, organisation: str | None = None) -> bool:
    """A directory row names an organisation: it equals or sits inside its organisation
    ('Tower Hamlets Together'), or carries an organisation word ('Integrated Care Board')."""
    folded = fold(name)
    if organisation and folded and folded in fold(organisation):
        return True
    return any(word in BODY_WORDS for word in folded.split())


@cache
def _formal_names() -> dict[str, frozenset[str]]:
    """Each short form of a given name and the formal names it shortens ('jim' -> {'james'}),
    from the nicknames package's table ("formal,has_nickname,short" rows), read as its
    ``NickNamer`` reads it but without importing the package (which loads
    importlib.metadata for its version: most of the cost)."""
    spec = find_spec("nicknames")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("nicknames")
    table = (Path(spec.origin).parent / "names.csv").read_text(encoding="utf-8")
    formal: dict[str, set[str]] = {}
    for row in table.splitlines()[1:]:
        name, relationship, short = row.split(",")
        if relationship == "has_nickname":
            formal.setdefault(short.lower().strip(), set()).add(name.lower().strip())
    return {short: frozenset(names) for short, names in formal.items()}


@cache
def name_family(given: str) -> frozenset[str]:
    """The given name and the formal names it shortens: 'jim' -> {'jim', 'james'}."""
    return frozenset({given, *_formal_names().get(given.lower().strip(), ())})


NICKNAME_FIT = 95.0
"""How well a nickname fits the formal name (`given_name_similarity`): Jim for James."""


@cache
def given_name_similarity(query: str, known: str) -> float:
    """How well a written given name fits a directory one, 0-100: the same 100, a nickname
    (Jim / James, Chris / Christopher) 95, an initial that fits 90, a small typo in a name of
    five letters or more its similarity, anything else 0."""
    query, known = fold(query).replace(" ", ""), fold(known).replace(" ", "")
    if not query or not known:
        return 0.0
    if query == known:
        return 100.0
    if len(query) == 1:
        return 90.0 if known.startswith(query) else 0.0
    if name_family(query) & name_family(known):
        return NICKNAME_FIT
    if min(len(query), len(known)) >= 5:
        similarity = fuzz.ratio(query, known)
        if similarity >= 85:
            return float(similarity)
    return 0.0


@lru_cache(maxsize=1 << 16)
def surname_forms(name: str) -> tuple[tuple[str, str], ...]:
    """The surnames a directory name may be written by, each with its kind: 'whole', the
    last word with any particle before it ('O Brien' -> 'obrien') or a double-barrelled name
    run together ('Lloyd-Harris' -> 'lloydharris'); 'half', each half of a double-barrelled
    name ('harris', 'lloyd'); 'joined', the last two words of a three-word name
    ('Amanda Lloyd Harris' -> 'lloydharris')."""
    raw_words = [word for word in (fold(word) for word in name.split()) if word]
    surname = raw_words[-1].replace(" ", "")
    if len(raw_words) >= 3 and raw_words[-2] in SURNAME_PARTICLES:
        surname = raw_words[-2] + surname
    forms = [(surname, "whole")]
    halves = raw_words[-1].split()
    if len(halves) >= 2:
        forms += [(half, "half") for half in halves if len(half) >= 3]
    if len(raw_words) >= 3 and raw_words[-2] not in SURNAME_PARTICLES:
        forms.append((raw_words[-2] + surname, "joined"))
    return tuple(forms)


def reads_as_typo(written: str, known: str) -> bool:
    """A slip of the pen rather than another name: the same first letter and one edit
    (two in names of eight letters or more), a swap of neighbours counting as one."""
    limit = 2 if min(len(written), len(known)) >= 8 else 1
    return written[:1] == known[:1] and OSA.distance(written, known) <= limit
