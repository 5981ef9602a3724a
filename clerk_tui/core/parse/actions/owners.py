"""Owners: the noun phrase (person, initials, role or body) an action belongs to."""

from __future__ import annotations

import re

from ..context import Context, per_parse
from ..people import HONORIFICS, ROLE_WORDS, STOP_WORDS
from ..people.words import GIVEN_STOP_WORDS, is_initials_for, is_name_word
from .lexicon import (
    is_adjective,
    is_base_verb,
    is_noun,
    is_plural_noun,
    is_word,
    only_adverb,
    verb_base,
)
from .verbs import DECISION_VERBS

CONNECTORS = {"of", "for", "and", "&", "+", "the", "at", "to"}
# Prepositions that put a noun phrase after them as their object, not as an agent.
PREPOSITIONS = frozenset(
    """
    from by to of with on about for regarding in at into over under near along against
    towards through
    """.split()  # noqa: SIM905
)
# A preposition opening a sentence before its subject: "Within the working group ...".
_PLACE_PREPOSITIONS = {"within", "among", "amongst", "across", "inside", "throughout"}
# Words that join a clause to what went before, which may stand before its subject ("However,
# the clerk will ..."); with them, any "-ly" word English uses only as an adverb
# (:func:`discourse_word`: "Additionally", "Alternatively", "Hopefully", "Firstly").
DISCOURSE = {
    "however",
    "also",
    "otherwise",
    "instead",
    "moreover",
    "furthermore",
    "nevertheless",
    "nonetheless",
    "besides",
    "hence",
    "thus",
    "therefore",
    "meanwhile",
    "likewise",
    "again",
    "afterwards",
    "thereafter",
    "anyway",
    "addition",  # "In addition Members were asked ..."
    "then",
    "further",
    "in",
    "that",
    "it",
    "v",
    "and",
    "but",
    "so",
    "following",
    "after",
    "noted",
    "agreed",
    "resolved",
    "action",
    "actions",
    "next",
    "here",
    "now",
    "today",
    "yes",
    "overall",
}


def discourse_word(w: str) -> bool:
    """A word (in lower case) that joins a clause to what went before: one of
    :data:`DISCOURSE`, or a sentence adverb ("additionally", "alternatively", "hopefully",
    "lastly": a "-ly" word English uses only as an adverb), never the subject itself."""
    return w in DISCOURSE or w.endswith("ly") and only_adverb(w)


# The word naming a body after the words of its name, in either case: "the Highways team",
# "the housing team", "the steering group", "the working party".
BODY_HEADS = frozenset(
    """
    team service services department directorate unit office board committee sub-committee
    subcommittee group party panel forum
    """.split()  # noqa: SIM905
)
# Words naming a body or the people in it: a body's head word, or these.
_ORG_WORDS = BODY_HEADS | frozenset(
    """
    council teams partnership healthwatch trust icb ccg officers members network practice
    authority secretariat staff nhs alliance system programme everyone all club society
    association union foundation charity agency commission federation guild institute
    """.split()  # noqa: SIM905
)
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
    nothing none anyone anybody nobody someone somebody something everything everyone
    residents people parents pupils patients users customers tenants visitors applicants
    motion motions vote votes
    """.split()  # noqa: SIM905
)

_FINITE_REST_RE = re.compile(r"\b(?:was|were|is|are|has|have|had|will|would|being|been)\b")


# Initials, run together or dotted ("TN", "T.N.", "J.P.-R."), one or a list ("TN/AB").
_ONE_INITIALS = r"(?:[A-Z]{2,4}\.?|(?:[A-Z]\.){1,3}[A-Z]\.?(?:-[A-Z]\.?)?)"
_INITIALS_LIST_RE = re.compile(rf"{_ONE_INITIALS}(?:\s*(?:/|,|&|\+|and)\s*{_ONE_INITIALS})*")
_MINUTE_NUMBER_RE = re.compile(r"\d+(?:\.\d+)*")
_AND_RE = re.compile(r"\s+(?:and|&)\s+")
_OWNER_GROUP_SEP_RE = re.compile(r"\s*/\s*|\s*;\s*|\s+\+\s+|,?\s+(?:and|&)\s+(?=the\s)")
_OWNER_SEP_RE = re.compile(r"\s*,\s*|\s+and\s+|\s+&\s*|\s*&\s+")  # ("JT &PW", not "AT&T")


_TOKEN_RE = re.compile(r"\S+")
_LETTER_STOP_RE = re.compile(r"[A-Z]\.")


_TOKEN_STRIP = ',;:()"“”‘’*_\\'


def token_may_end_owner(t: str) -> bool:
    w = t.strip(_TOKEN_STRIP)
    if not w:
        return False
    if len(w) > 1 and w[0] in "&+":
        w = w[1:]  # "JT &PW": the sign typed on to the name after it
    low = w.lower()
    if low in CONNECTORS and low != "to" or low == "/":  # "PH / JS"
        return True
    # "the clerk", "the parks team": a role or body written in lower case; "@tony": a handle.
    return (
        w[0].isupper()
        or low in ROLE_WORDS
        or low.removesuffix("s") in ROLE_WORDS  # "all councillors"
        or low.rsplit("-", 1)[-1] in ROLE_WORDS  # "the vice-chairman", "the co-ordinator"
        or low in _ORG_WORDS
        or low in _STAFF_WORDS  # "NHS colleagues"
        or low == "everyone"
        or _HANDLE_RE.fullmatch(w) is not None
    )


def _modifier(t: str, head: str) -> bool:
    """ "parks" of "the parks team", "finance" of "the finance officer": a lower-case word
    naming which team or officer, not a verb nor a word that joins."""
    h = head.strip(_TOKEN_STRIP).lower()
    return (
        t.isalpha()
        and t.islower()
        and (h in _ORG_WORDS or h in ROLE_WORDS)
        and t not in CONNECTORS
        and t not in PREPOSITIONS  # "a question from Councillor Lowe": whose, not which
        and not discourse_word(t)
        and not t.endswith("ed")
        and (
            h in _ORG_WORDS  # "the steering group", "the planning team"
            if t.endswith("ing")
            else verb_base(t) in (None, t, t.removesuffix("s"))  # not "said", "told"
        )
    )


# A word with a hyphen hung on its end, a title set off by a dash typed with no space before
# it: "Park inspection- clerk to get quotes".
_HYPHEN_END_RE = re.compile(r"[A-Za-z]{2}-$")


def owner_before(s: str, i: int) -> tuple[str, int] | None:
    """The noun phrase (person, role or body) that ends just before s[i]: (owner, start)."""
    lo = max(0, i - 400)  # at most 20 words are taken: no need to read further back
    while 0 < lo < i and not s[lo - 1].isspace():
        lo += 1
    toks = list(_TOKEN_RE.finditer(s, lo, i))
    k = len(toks)
    taken: list[re.Match[str]] = []
    while k > 0 and len(taken) < 20:
        t = toks[k - 1].group(0)
        bare = t.rstrip("*_")  # "**Pond Boards:** HR to chase": the heading ends at its colon
        if bare.endswith(":") or _HYPHEN_END_RE.search(bare):
            break  # "AI: Tim to ...", "9. Costs- council to ...": a label ends before the owner
        if (
            bare.endswith((".", ";"))
            and len(t) > 3
            and not _INITIALS_LIST_RE.fullmatch(t)  # "TN.", "T.N.", "A.L./B.T."
            and not (t.endswith(".") and t[:-1].lower() in HONORIFICS)  # "Cllr. P. Hughes"
        ):
            break
        if taken and t.endswith(",") and not t.strip(",")[:1].isupper():
            break
        if _LETTER_STOP_RE.fullmatch(t) and k > 1 and toks[k - 2].group(0).islower():
            break  # "go with option B. Molly to write it up": a letter ending a sentence
        if t == ">" and taken:  # a quote marker inside a wrapped paragraph
            k -= 1
            continue
        if not token_may_end_owner(t) and not (taken and _modifier(t, taken[-1].group(0))):
            break
        taken.append(toks[k - 1])
        k -= 1
        if t.startswith("(") and not t.endswith(")"):
            break
    if not taken:
        return None
    taken.reverse()
    if len(taken) > 2 and _TIME_PP_RE.fullmatch(f"{taken[0].group(0)} {taken[1].group(0)}"):
        taken = taken[2:]  # "On Friday Ed will ...": a day or a month set before the owner
    # Drop leading connectors (keep "the"), discourse words and a slash ("... / Lesley to").
    while taken:
        w = taken[0].group(0).strip(_TOKEN_STRIP).lower()
        if len(taken) == 1 and _INITIALS_LIST_RE.fullmatch(taken[0].group(0).strip(_TOKEN_STRIP)):
            break  # "SO will attempt ...": initials, though they spell a word
        if (
            discourse_word(w)
            or (w in CONNECTORS and w != "the")
            or w in _PLACE_PREPOSITIONS  # "Within the working group ...": where, not who
            or w == "/"
            or _MINUTE_NUMBER_RE.fullmatch(w)
        ):
            taken = taken[1:]
            continue
        opener = _participle_phrase(taken)
        if opener:
            taken = taken[opener:]
            continue
        break
    taken = _without_caps_heading(taken)
    mid_the = [k for k, t in enumerate(taken) if k > 0 and t.group(0) == "The"]
    if mid_the:  # "Bus Shelter Mill Road The Clerk": a heading run on, then the owner
        taken = taken[mid_the[-1] :]
    taken = _without_heading_before_role(taken)
    if len(taken) > 1 and _BRACKETED_INITIALS_RE.fullmatch(taken[-1].group(0)):
        taken = taken[:-1]  # "Sarah Jones (SJ) will ...": the name, its initials aside
    if not taken:
        return None
    start = taken[0].start()
    end = taken[-1].end()
    owner = s[start:end].strip(" ,;:(*_\\")
    start = s.find(owner, start)
    if owner.lower() in ("the", "") or len(owner) < 2:
        return None
    if owner.lower().startswith("the ") and len(owner.split()) == 1:
        return None
    return owner, start


def _participle_phrase(taken: list[re.Match[str]]) -> int:
    """How many tokens open the sentence as a participle phrase set off by a comma before the
    subject ("Responding, Mr Quinn said ...", "Answering Cllr Byrne, the Engineer ..."): how
    the sentence opens, not who. Not a name ("Fleming,"), nor a noun in "-ing" naming a team
    ("Housing Manager, Tom Lee, said")."""
    w = taken[0].group(0).rstrip(",").lower()
    if not w.endswith("ing") or verb_base(w) in (None, w) or is_name_word(w):
        return 0
    for k, t in enumerate(taken[:-1]):
        if t.group(0).endswith(","):
            return k + 1 if k == 0 or not is_noun(w) else 0
    return 0


_TIME_PP_RE = re.compile(
    r"(?i:on|in|by|from|until|before|after|during|since)\s+(?:Monday|Tuesday|Wednesday|Thursday"
    r"|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September"
    r"|October|November|December),?"
)


def _without_caps_heading(taken: list[re.Match[str]]) -> list[re.Match[str]]:
    """The owner's words without an item heading in capitals run on before them ("BUS STOP
    MILL ROAD The Clerk to ..." -> "The Clerk"): a run of capitalised words of two or more,
    or one everyday word ("HEDGES Clerk to"), before a word that is not in capitals.
    Initials and acronyms ("NHS England", "ICB Chair") stay, and so does a list of initials
    ("TMW, IRP and BT")."""
    if _INITIALS_LIST_RE.fullmatch(" ".join(t.group(0) for t in taken).strip(_TOKEN_STRIP)):
        return taken
    k = 0
    while k < len(taken) and _CAPS_WORD_RE.fullmatch(taken[k].group(0).strip(_TOKEN_STRIP)):
        k += 1
    if k == 0 or k == len(taken):
        return taken
    words = [taken[i].group(0).strip(_TOKEN_STRIP).lower() for i in range(k)]
    if k >= 2 or is_word(words[0]):
        return taken[k:]
    return taken


_CAPS_WORD_RE = re.compile(r"[A-Z]{3,}")


def _without_heading_before_role(taken: list[re.Match[str]]) -> list[re.Match[str]]:
    """ "Bus Shelter Clerk to ..." -> "Clerk": a heading in title case run on before a role
    that is rarely qualified but by its office ("Parish Clerk", "Deputy Mayor", "Membership
    Secretary" stay)."""
    words = [t.group(0).strip(_TOKEN_STRIP).lower() for t in taken]
    if len(words) < 2 or words[-1] not in PLAIN_ROLES or not taken[-1].group(0)[:1].isupper():
        return taken  # "Ivo (treasurer)": a person, and the role in passing
    k = len(words) - 1
    while k > 0 and (words[k - 1] in _ROLE_QUALIFIERS or words[k - 1] in PLAIN_ROLES):
        k -= 1
    prior = taken[k - 1].group(0) if k else ""
    if not prior[:1].isupper() or prior.endswith(",") or words[k - 1].rstrip(".") in HONORIFICS:
        return taken  # "Lena, as treasurer", "Mr Clerk"
    return taken[k:]


# Roles rarely qualified but by their office, often written with no article ("by clerk").
PLAIN_ROLES = frozenset("clerk chairman chair chairperson mayor treasurer secretary".split())  # noqa: SIM905
_ROLE_QUALIFIERS = frozenset(
    """
    the our your parish town deputy assistant vice acting interim locum district county city
    borough joint committee council club proper honorary hon membership general company village
    community minutes meeting responsible financial finance
    """.split()  # noqa: SIM905
)
_BRACKETED_INITIALS_RE = re.compile(r"\([A-Z]{2,4}\),?")


def owner_forward(s: str, i: int) -> tuple[str, int, int] | None:
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
            or (w.lower() in CONNECTORS and w.lower() != "to")
            or w.lower() in ("officers", "members")
            or _lower_head_ahead(toks, len(taken), taken)
            or _role_to_body(s, m, taken)
        ):
            taken.append(m)
            if t.endswith((".", ";", ":")) and not re.fullmatch(r"[A-Z]{2,4}\.", t):
                break
            continue
        break
    while taken and taken[-1].group(0).strip(",").lower() in CONNECTORS:
        taken.pop()
    if not taken:
        return None
    start, end = taken[0].start(), taken[-1].end()
    owner = s[start:end].strip(" ,;:")
    return owner, start, start + len(owner)


def _role_to_body(s: str, m: re.Match[str], taken: list[re.Match[str]]) -> bool:
    """ "to" or "council" in "the Deputy Clerk to council", "the Clerk to the Council": the
    title of a role, not the "to" of a task."""
    if not taken:
        return False
    last = taken[-1].group(0).strip(",;:()").lower()
    if m.group(0) == "to":
        return last in ROLE_WORDS and _TO_BODY_RE.match(s, m.start()) is not None
    return last in ("to", "the") and m.group(0).strip(",;:.").lower() in _ORG_WORDS


_TO_BODY_RE = re.compile(r"to\s+(?:the\s+)?(?:council|board|committee|trust)\b", re.IGNORECASE)


def _lower_head_ahead(toks: list[re.Match[str]], k: int, taken: list[re.Match[str]]) -> bool:
    """Whether toks[k] opens or goes on with a role or body written in lower case after
    "the" ("the member working group", "the parks officer"): words in lower case up to a
    head word of a team or a role, three at most."""
    if not taken or taken[0].group(0).lower() != "the":
        return False
    for m in toks[k : k + 3]:
        w = m.group(0).strip(",;:.()")
        if not (w.isalpha() and w.islower()) or w in CONNECTORS:
            return False
        if w in _ORG_WORDS or w in ROLE_WORDS:
            return True
    return False


_POSS_RE = re.compile(r"[’']s?$")


@per_parse  # (asked again of the same words by several rules)
def person_like(ctx: Context, np: str) -> bool:
    """A named person (known name tokens, honorific) or a person's initials."""
    words = [_POSS_RE.sub("", w.strip(",.;:()")).lower() for w in np.split()]
    if any(w.rstrip(".") in HONORIFICS for w in words[:1]) and len(words) > 1:
        return True
    caps = [_POSS_RE.sub("", w.strip(",.;:()")) for w in np.split() if w[:1].isupper()]
    caps = [w for w in caps if w.lower() != "the"]
    if caps and all(w.lower() in ctx.name_tokens for w in caps):
        return True
    if len(caps) == 1 and len(words) == 1 and caps[0] in acting_names(ctx.text):
        return True
    return bool(_INITIALS_LIST_RE.fullmatch(np.strip()) or _initial_and_surname(np))


@per_parse  # (a new text each parse: no look-up compares a whole text)
def acting_names(text: str) -> frozenset[str]:
    """One-word names the minutes show speaking or acting, which the attendance may not list
    ("Miles explained ...", "Coach indicated ...", "Proposed by: Cart"): not a body, a role,
    a thing or a word of discourse ("Council agreed", "Report noted", "However, ...").
    Once per parse."""
    found = set()
    for m in _ACTING_NAME_RE.finditer(text):
        w = m.group("w") or m.group("w2")
        low = w.lower()
        one = low.removesuffix("s")
        if not (
            one in _ORG_WORDS
            or one in ROLE_WORDS
            or low in _ORG_WORDS
            or low in STOP_WORDS
            or discourse_word(low)
            or low in _NOT_OWNER_NOUNS
            or people_plural(low)  # "Practitioners said"
        ):
            found.add(w)
    return frozenset(found)


def people_plural(word: str) -> bool:
    """A plural noun naming people ("practitioners", "members", "volunteers"), not things."""
    low = word.lower()
    return low in _GROUP_NOUNS or low.endswith(_PEOPLE_PLURALS) and is_plural_noun(low)


# Plural nouns of a group of people ("Volunteers said", "Trustees agreed"), no one's name.
_GROUP_NOUNS = frozenset(
    """
    volunteers trustees directors governors participants attendees delegates others several
    both many most some few students neighbours homeowners owners landowners plotholders
    """.split()  # noqa: SIM905
)
_PEOPLE_PLURALS = ("ers", "ors", "ants", "ents", "ists", "ees", "ians", "ives")
# A capitalised word, then a verb of speech in the past ("Miles explained"), or after the
# "by" of a motion's mover ("Proposed by: Cart").
_ACTING_NAME_RE = re.compile(
    r"(?<![\w’'-])(?P<w>[A-Z][a-z]{2,}+)\s+(?:explained|said|indicated|reported|stated|mentioned"
    r"|suggested|proposed|confirmed|offered|volunteered|agreed|asked|noted|informed|advised"
    r"|updated|thanked|presented|raised|replied|responded)\b"
    r"|(?:[Pp]roposed|[Ss]econded|[Mm]oved)\s+by\s*:?\s*(?P<w2>[A-Z][a-z]{2,}+)\b(?![\w’'-])"
)


def _initial_and_surname(np: str) -> bool:
    """ "R Tolley", "J Smith", "J. Okafor-Reid": an initial, then a surname (not "A Survey",
    "I Think" nor "B Roads")."""
    m = _INITIAL_SURNAME_RE.fullmatch(np.strip())
    return m is not None and m.group(1).lower() not in STOP_WORDS and not is_plural_noun(m[1])


_INITIAL_SURNAME_RE = re.compile(r"(?![AI]\b)[A-Z]\.?\s+([A-Z][a-z’']+(?:-[A-Z][a-z’']+)?)")


_OF_WORDS = frozenset(("of", "for"))


def role_like(np: str | list[str]) -> bool:
    """A role ("the Director of Public Health", "Clerk", "Officers"); NP or its words."""
    split = np.split() if isinstance(np, str) else np
    whole = [w.strip(",.;:()").lower() for w in split]
    words = whole + [w.rsplit("-", 1)[-1] for w in whole if "-" in w]  # "Vice-Chair"
    return any(
        w in ROLE_WORDS or w.rstrip("s") in ROLE_WORDS or w in _POSTS or w[:-1] in _POSTS
        for w in words
    )


# Posts held by one person that the people lists do not read as roles: a school's, a
# church's and a website's.
_POSTS = frozenset(
    """
    headteacher headmaster headmistress senco vicar rector churchwarden webmaster
    """.split()  # noqa: SIM905
)


@per_parse
def body_like(np: str) -> bool:
    """A body ("the Council", "Healthwatch", "ICB", "the Highways team"); not a role whose
    name holds a body ("the Chair of the Finance Group", "the Leader of the Council", "the
    Democratic Services Officer": a role word heads it)."""
    words = [w.strip(",.;:()").lower() for w in np.split()]
    if any(w in _ORG_WORDS for w in words):
        cut = next((k for k, w in enumerate(words) if k and w in _OF_WORDS), len(words))
        head = words[:cut]
        if head and head[-1] not in _ORG_WORDS and role_like(head[-1:]):
            return False
        return cut == len(words) or any(w in _ORG_WORDS for w in head) or not role_like(head)
    return bool(_CAPITALS_BODY_RE.fullmatch(np.strip()))


_CAPITALS_BODY_RE = re.compile(r"(?:the\s+)?[A-Z][A-Z&]{1,6}s?")


# Nouns for a group of people whom a request can ask to act: "asked that members send ...",
# "requested candidates provide ...".
PEOPLE_GROUPS = frozenset(
    """
    members candidates holders volunteers residents parents trustees councillors users tenants
    officers attendees participants everyone everybody
    """.split()  # noqa: SIM905
)


def everyone(owner: str) -> bool:
    """All those at the meeting: "everyone", "all", "All members"."""
    return owner.lower() in ("everyone", "everybody", "all", "all members")


def commits_as_one(ctx: Context, np: str) -> bool:
    """One who can promise a task in their own name: a person, a role that is no body
    ("the Clerk", not "the Council", whose work is :func:`.agents.body_will`'s), or the staff
    who serve the meeting (:func:`staff_group`)."""
    return person_like(ctx, np) or role_like(np) and not body_like(np) or staff_group(np)


def staff_group(np: str) -> bool:
    """The staff who serve the meeting, named as a group that takes on work as a role does:
    "officers", "Council officers", "NHS colleagues", "the school's staff", "her team" (not
    "the transport team", "each team": a body or a side)."""
    words = [w.strip(",.;:()") for w in np.lower().split()]
    if not words:
        return False
    if words[-1] in ("team", "teams"):
        return len(words) > 1 and words[-2] in ("his", "her", "their")
    return words[-1] in _STAFF_WORDS


_STAFF_WORDS = frozenset(("officers", "officials", "colleagues", "staff"))


@per_parse
def owner_like(ctx: Context, np: str, *, bodies: bool = True) -> bool:
    """A person, initials, role or (unless ``bodies`` is false) body that can own an action."""
    if not np.strip() or len(np) > 160:
        return False  # (a no-break space alone: "NB to \xa0ACTION: ...")
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
    if person_like(ctx, np) or role_like(np):
        return True
    if "/" in np:  # "Clerk/chair", "Treasurer/AB": each of those joined by a slash
        parts = [p.strip() for p in np.split("/")]
        return all(p and owner_like(ctx, p, bodies=bodies) for p in parts)
    return bodies and (body_like(np) or np.removeprefix("the ") in named_bodies(ctx.text))


@per_parse  # (a new text each parse: no look-up compares a whole text)
def named_bodies(text: str) -> frozenset[str]:
    """Names the minutes give a committee, team or group somewhere ("the Meeting House
    committee", "Social team"), so that the name alone is that body when it owns a task
    ("Meeting House to come up with projects and costs"). Once per parse (a string's hash
    is kept, so a look-up costs little)."""
    return frozenset(m.group(1) for m in _NAMED_BODY_RE.finditer(text))


_NAMED_BODY_RE = re.compile(
    r"(?=[A-Z])(?<![\w-])(?!The\s)"
    r"((?:[A-Z][a-z]++|[A-Z]{2,5}+)(?:[ \t]+(?:[A-Z][a-z]++|[A-Z]{2,5}+)){0,2})\s+"
    r"(?:[Cc]ommittee|[Ss]ub-[Cc]ommittee|[Tt]eam|[Ww]orking\s+[Gg]roup|[Gg]roup|[Pp]anel)\b"
)


_AS_ROLE_RE = re.compile(r",\s*as\s+.*$")


def trim_owner_to_person(ctx: Context, owner: str, start: int) -> tuple[str, int]:
    """ "the Partnership and Caroline Farrar" -> "Caroline Farrar" when the last part is a
    named person and an earlier part is not; "Tim, as treasurer" -> "Tim"."""
    owner = _AS_ROLE_RE.sub("", owner)
    parts = _AND_RE.split(owner)
    if len(parts) < 2:
        return owner, start
    if not person_like(ctx, parts[-1]) or parts[-1][:1].islower():
        return owner, start
    keep = len(parts) - 1
    while (
        keep > 0
        and person_like(ctx, parts[keep - 1])
        and not parts[keep - 1].lower().startswith("the ")
    ):
        keep -= 1
    suffix = parts[keep:]
    if keep == 0:
        return owner, start
    sub = " and ".join(suffix)
    pos = owner.rfind(suffix[0])
    return owner[pos:] if pos >= 0 else sub, start + max(pos, 0)


def tidy_owner(owner: str) -> str:
    """The owner without what only describes them: "Tim (treasurer)" -> "Tim", "Tim Wright,
    the treasurer" -> "Tim Wright", "Anna Hughes, Head of Adult Services" -> "Anna Hughes",
    "Both Tim and Priya" -> "Tim and Priya"."""
    o = _BOTH_RE.sub("", owner.strip())
    m = _DESCRIBED_RE.fullmatch(o)
    if m is not None and _name_like_owner(m.group("who")) and role_like(m["what"] or m["what2"]):
        return m.group("who")
    return o or owner


_BOTH_RE = re.compile(r"^(?:[Bb]oth|[Ee]ither)\s+(?=\S)")
_DESCRIBED_RE = re.compile(
    r"(?P<who>[^(),]+?)(?:\s*\((?P<what>[^()]+)\)|,\s*(?P<what2>(?:the\s|our\s|[A-Z])[^,]+),?)"
)


def split_owners(owner: str) -> list[str]:
    """Each owner in "Carole Burgoyne and Ross Jago", "MW/YO", "the Director and the Clerk"."""
    return list(_owners_in(owner))  # (a list of one's own: actions keep and change it)


@per_parse  # (asked again of the same owner by several rules)
def _owners_in(owner: str) -> tuple[str, ...]:
    o = " ".join(owner.split()).strip(" .,;:")
    if not o:
        return ()
    parts = [p.strip(" ,") for p in _OWNER_GROUP_SEP_RE.split(o) if p.strip(" ,")]
    out: list[str] = []
    for p in parts:
        sub = [x.strip() for x in _OWNER_SEP_RE.split(p) if x.strip()]
        if len(sub) > 1 and (
            all(_name_like_owner(x) for x in sub)
            or all(role_like(x) or _name_like_owner(x) and len(x.split()) > 1 for x in sub)
        ):  # "Robin and Brenda", "MW, YO", "the Chairman and Clerk", "the Clerk and Cllr Lee"
            out.extend(sub)
        else:
            out.append(p if len(parts) > 1 or p != o else o)
    # Re-attach "the" that the split consumed.
    if len(parts) > 1 and o.lower().startswith("the "):
        out = [
            x if x.lower().startswith("the ") or i == 0 else "the " + x for i, x in enumerate(out)
        ]
    return tuple(out)


_INITIALS_TOKEN_RE = re.compile(r"[A-Z]{2,4}\.?")
_NAME_TOKEN_RE = re.compile(r"(?:Mc|Mac|O['’])?[A-Z][a-zà-ÿ]+(?:[-'’][A-Z]?[a-zà-ÿ]+)*|[A-Z]\.?")


def _name_like_owner(s: str) -> bool:
    toks = s.split()
    if not toks or len(toks) > 4:
        return False
    if len(toks) == 1 and _INITIALS_TOKEN_RE.fullmatch(toks[0]):
        return True
    start = 1 if toks[0].rstrip(".").lower() in HONORIFICS else 0
    rest = toks[start:]
    return bool(rest) and all(
        _NAME_TOKEN_RE.fullmatch(t)
        and t.lower() not in STOP_WORDS
        and _CONTRACTED_PRONOUN_RE.fullmatch(t) is None
        for t in rest
    )


# A pronoun with its verb run on ("We'll", "They’d"): no name, though spelt like "O'Brien".
_CONTRACTED_PRONOUN_RE = re.compile(r"(?i)(?:we|they|he|she|i|you|it)['’](?:ll|d|ve|re|s|m)")


def first_names(np: str, task: str) -> bool:
    """Names the attendance does not list ("Brenda", "Robin and Brenda", "@tony") owning a
    task that opens with a verb in its base form ("to stay on the project", "will triage");
    not a noun phrase ("Work to improve access was slow", "Plans to expand") nor a verb
    form heading a note ("Wants to fix the printer")."""
    first = task.split(None, 1)[0].rstrip(".,;:") if task.strip() else ""
    main = _SUBORDINATE_RE.split(task, 1)[0]  # "(Tuesday, as Monday is a holiday)" aside
    if not is_base_verb(first) or any(
        main[: f.start()].split()[-1:] not in _PRONOUN_SUBJECTS
        for f in _FINITE_REST_RE.finditer(main)
    ):  # (a clause of its own, "information on cases they have referred", is no matter)
        return False
    names = [x for x in re.split(r"\s*(?:,|\band\b|&|/)\s*", np) if x]
    return bool(names) and all(given_name(x) for x in names)


_PRONOUN_SUBJECTS = (["they"], ["we"], ["he"], ["she"], ["I"], ["you"])


def given_name(x: str) -> bool:
    """ "Brenda", "Matt Chang", "@tony": a name, not a noun or a verb form."""
    if _HANDLE_RE.fullmatch(x):
        return True
    if not _name_like_owner(x):
        return False
    w = x.split()[0].lower()
    if w in _NOT_OWNER_NOUNS or w in _QUANTIFIERS or everyday_word_not_a_name(w):
        return False
    base = verb_base(w)
    if base is None:
        return True
    # "Wants", "Agreed": a verb form, not a name; "Call to order": a verb unless a given name.
    return base == w and is_name_word(w)


def plain_given_name(x: str) -> bool:
    """A given name that is no everyday word ("Natalia", "Sam"; not "Friday", "Easter",
    "June"): a name where nothing else marks one (after "by")."""
    first = x.split()[0].lower() if x.split() else ""
    return given_name(x) and (
        is_name_word(first) and first not in GIVEN_STOP_WORDS or not is_word(first)
    )


# Words of quantity that head a noun phrase ("More to come on the costs", "Some to be
# replaced"), never a name.
_QUANTIFIERS = frozenset(
    "more most less least much many some any none few several".split()  # noqa: SIM905
)


def everyday_word_not_a_name(word: str) -> bool:
    """ "Difficult to organise", "Easy to set up", "Sessions will start": an adjective or a
    plural noun opening a note, not a person, unless the word is also a given name ("Frank",
    "Rich")."""
    return (is_adjective(word) or is_plural_noun(word)) and not is_name_word(word)


_SUBORDINATE_RE = re.compile(
    r"[(,;]|\b(?:as|if|when|because|since|so|but|which|who|that|why|how|what|where|whether)\b"
)
_HANDLE_RE = re.compile(r"@[A-Za-z0-9][\w-]{0,38}")


@per_parse
def same_party(a: str, b: str) -> bool:
    """Two ways of writing one owner: the same words, a name and a shorter form of it ("Cllr
    Hale", "Cllr Jo Hale"; "the Clerk", "Clerk"; "@kim", "Kim"), or a name and its initials
    ("RK", "Rob Kent")."""
    wa, wb = _party_words(a), _party_words(b)
    la, lb = {w.lower() for w in wa}, {w.lower() for w in wb}
    if not la or not lb:
        return False
    if la <= lb or lb <= la:
        return True
    return is_initials_for(a.strip(), " ".join(wb)) or is_initials_for(b.strip(), " ".join(wa))


def _party_words(owner: str) -> list[str]:
    return [
        w
        for w in _PARTY_WORD_RE.findall(owner)
        if w.lower() not in HONORIFICS and w.lower() != "the"
    ]


_PARTY_WORD_RE = re.compile(r"[A-Za-z][\w’'-]*")


def past_form(word: str) -> bool:
    """A verb's "-ed" form ("Moved", "Appended"), not a name ("Reed", "Alfred")."""
    w = word.lower()
    return w.endswith("ed") and verb_base(w) not in (None, w) and not is_name_word(w)


def self_body(np: str) -> bool:
    """The meeting itself ("the Board", "Members"): its acts are decisions, not actions."""
    w = np.lower().split()
    w = [x for x in w if x != "the"]
    return len(w) == 1 and w[0] in _BODY_SELF


def decides(ctx: Context, owner: str, verb: str) -> bool:
    """A verb of a decision whose agent is the meeting or a body ("Members to note the
    report", "Council to approve", "That the Council supports the bid"): a recommendation or
    a resolution, not a task (a role or initials confirming something is one)."""
    return verb in DECISION_VERBS and (
        self_body(owner)
        or body_like(owner)
        and not role_like(owner)
        and owner not in ctx.initials  # "T Blight (TB)": "TB to confirm" is his
    )


def antecedent(ctx: Context, prev: str, plural: bool) -> str | None:
    """The last person/role/body noun phrase in the previous sentence (for "They will ...");
    for "he" or "she" (not ``plural``) no group nor the meeting ("Members", "the Panel")."""
    best: str | None = None
    for m in re.finditer(
        r"(?:\bthe\s+)?[A-Z][\w’'&-]*(?:(?:\s+|,\s+)(?:(?:of|for|and|&|the|at)\s+)*[A-Z][\w’'&-]*)*",
        prev,
    ):
        np = m.group(0).strip(" ,")
        if np.split()[0] in ("That", "The", "This", "It", "If") and len(np.split()) == 1:
            continue
        np = re.sub(r"^(?:That|If|When|Then|Also|However)\s+", "", np)
        if role_like(np) or person_like(ctx, np):
            if not plural and (np.split()[-1].lower() in PEOPLE_GROUPS or self_body(np)):
                continue
            if plural and not (
                re.search(r"\band\b|s\b", np) or re.search(r"(?i)\b\w+s\s+of\b", np)
            ):
                continue
            best = np
    return best


def trade_like(np: str) -> bool:
    """ "the contractor", "the surveyor": someone the meeting engages, named by trade."""
    words = np.lower().split()
    return len(words) == 2 and words[0] == "the" and words[1] in _TRADES


_TRADES = frozenset(
    """
    contractor contractors supplier surveyor architect solicitor auditor engineer electrician
    builder builders gardener handyman lengthsman caretaker plumber tree-surgeon
    """.split()  # noqa: SIM905
)


# Sizes of a job in a list of ideas ("Rewrite the data store (XXL)"): no one's initials,
# unless the attendance gives them.
JOB_SIZES = frozenset("XS S M L XL XXL XXXL".split())  # noqa: SIM905
