"""One person per document: short forms, initials and roles merged into full names."""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from ...model import Person
from ...names import given_name_similarity
from ..context import per_parse
from .entries import is_role_phrase
from .finder import Found
from .words import (
    INITIALS_RE,
    PARTICLES,
    ROLE_WORDS,
    SPEECH_VERBS,
    STOP_WORDS,
    initials_of,
    may_be_given_name,
    plain,
    role_key,
)

_INITIALS_WORD_RE = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]{1,3}+\b")  # "\b[A-Z]{2,4}\b", fast


# Roles that give way to an office named elsewhere for the same person.
_CHAIRS = frozenset({"Chair", "Chairman", "Chairwoman", "Chairperson"})
# The titles of elected members ("Cllr", the Channel Islands' "Deputy P. R. Vautier",
# "Commissioner Gilday", "Trustee Hayden").
_MEMBER_TITLES = frozenset(
    {"Councillor", "Deputy", "Senator", "Connétable", "Commissioner", "Trustee"}
)
_GIVES_WAY = _CHAIRS | _MEMBER_TITLES | {"Mayor"}
# The chair, in other words: "the Cathaoirleach", "the Convener", "the Presiding Member".
_CHAIR_WORDS = frozenset(
    "chair chairman chairwoman chairperson cathaoirleach convenor convener".split()  # noqa: SIM905
) | {"presiding member", "presiding officer"}


def merge(text: str, found: list[Found]) -> list[Person]:
    """Each person once, with every mention; roles alone merged into their holders."""
    named = [p for p in found if p.name]
    roles = [p for p in found if not p.name]
    merged: list[Found] = []
    # Longest names first so short forms attach to them ("Wendy Gray" before "W Gray").
    order = sorted(
        range(len(named)), key=lambda i: (-len(named[i].tokens()), -len(named[i].name or ""), i)
    )
    index = _NameIndex()
    for i in order:
        p = named[i]
        target = index.find(merged, p)
        if target is None:
            merged.append(Found(p.name, p.role, list(p.mentions), p.initials, p.attendance))
            index.add(merged[-1], len(merged) - 1)
        else:
            t = merged[target]
            t.mentions.extend(p.mentions)
            # An honorific or a bare "(Chair)" gives way to an office named elsewhere
            # ("The Mayor, Cllr Janet Holloway (Chair)").
            t.role = _merged_role(t.role, p.role)
            t.initials = t.initials or p.initials
            if p.attendance and not t.attendance and _misspelt_name(index, p, t):
                t.name = p.name  # the list's spelling ("Willie Jones", not "Joines"; its hyphen)
            t.attendance = t.attendance or p.attendance
    drop: set[int] = set()
    _short_handles(merged, drop)
    _short_forms(merged, drop)
    # Initials used later ("NB to update") are mentions of the person they abbreviate.
    by_initials: dict[str, list[int]] = {}
    for idx, p in enumerate(merged):
        toks = p.tokens()
        if len(toks) >= 2 and all(t[0].isupper() for t in toks):
            by_initials.setdefault(p.initials or initials_of(p.name or ""), []).append(idx)
        elif p.initials:
            by_initials.setdefault(p.initials, []).append(idx)
    for idx, p in enumerate(merged):
        if p.name and INITIALS_RE.match(p.name + "") and len(p.tokens()) == 1:
            key = p.name.rstrip(".")
            owners = [o for o in by_initials.get(key, []) if o != idx]
            if len(owners) == 1:
                owner = merged[owners[0]]
                owner.mentions.extend(p.mentions)
                if p.role and is_role_phrase(p.role) and (owner.name or "") not in p.role:
                    owner.role = _merged_role(owner.role, p.role)  # "Chair: MQ"
                drop.add(idx)
    if by_initials:
        for m in _INITIALS_WORD_RE.finditer(text):
            owners = by_initials.get(m.group(0), [])
            if len(owners) == 1:
                merged[owners[0]].mentions.append((m.start(), m.end()))
    out_named = [p for i, p in enumerate(merged) if i not in drop and not _only_in_passing(text, p)]
    _short_mentions(text, out_named)
    # Roles alone: merge equal roles, and roles that a named person holds.
    role_people: list[Found] = []
    role_keys: list[str] = []
    named_keys = [(role_key(p.role), p) for p in out_named if p.role]
    by_role: dict[str, list[Found]] = {}
    for k, p in named_keys:
        by_role.setdefault(k, []).append(p)
    seen_key: dict[str, Found] = {}
    for r in roles:
        assert r.role is not None
        key = role_key(r.role)
        if key in seen_key:
            seen_key[key].mentions.extend(r.mentions)
            continue
        holders = by_role.get(key) or [p for k, p in named_keys if key and _holds(k, key)]
        if len(holders) > 1:  # "the Commissioner" of several named Commissioners: no one new
            seen_key[key] = Found(None, r.role)
            continue
        holder = holders[0] if holders else _sole_holder(by_role, key)
        if holder is None and key in _CHAIR_WORDS:  # "The Cathaoirleach" is whoever chaired
            chairs = [p for k, p in named_keys if k in _CHAIR_WORDS]
            holder = chairs[0] if len(chairs) == 1 else None
            if holder is not None and holder.role == "Chair":
                holder.role = r.role  # the title the minutes give the chair
        if holder is not None:
            holder.mentions.extend(r.mentions)
            seen_key[key] = holder
            continue
        same = next(
            (
                q
                for qk, q in zip(role_keys, role_people, strict=True)
                if qk == key or qk.startswith(key + " ") or key.startswith(qk + " ")
            ),
            None,
        )
        if same is not None:
            same.mentions.extend(r.mentions)
            seen_key[key] = same
            continue
        role_people.append(Found(None, r.role, list(r.mentions)))
        role_keys.append(key)
        seen_key[key] = role_people[-1]
    result: list[tuple[int, Person]] = []
    for p in out_named + role_people:
        # By start, the longest first (sorted as (start, -end): no key function to call).
        ments = [(s, -e) for s, e in sorted({(s, -e) for s, e in p.mentions})]
        kept: list[tuple[int, int]] = []
        for mm in ments:
            if kept and kept[-1][0] <= mm[0] and mm[1] <= kept[-1][1]:
                continue
            kept.append(mm)
        ments = kept
        result.append(
            (ments[0][0] if ments else 0, Person(p.name, p.role, ments, p.initials, p.attendance))
        )
    result.sort(key=lambda x: x[0])
    return [p for _, p in result]


def _is_group(role: str) -> bool:
    """A role a list's heading gives all it lists: "Board member", "Officer"."""
    return role in ("Officer", "Official") or role.endswith((" member", " members"))


_NOT_THE_OFFICE = frozenset({"vice", "deputy", "co", "assistant", "former", "past"})


@per_parse
def _holds(held: str, office: str) -> bool:
    """Whether a person whose role is ``held`` is "the <office>" ("the Director" of the
    Director of Public Health; not "the Chair" of the Vice Chair)."""
    if office.endswith(" " + held):  # "the Homebrew Project Leader" is the Project Leader
        return office[: -len(held)].split()[-1] not in _NOT_THE_OFFICE  # not the Vice Chair
    at = held.find(office)
    if at < 0:
        return False
    before = held[:at].split()
    return not before or before[-1] not in _NOT_THE_OFFICE


_FILLER = frozenset({"of", "the", "and", "for", "at", "to", "in"})


def _stems(role: str) -> set[str]:
    return {w.rstrip("s") for w in role.split() if w not in _FILLER}


def _sole_holder(by_role: dict[str, list[Found]], office: str) -> Found | None:
    """The one named person whose role covers the office written alone: "the Chair of the
    Council" is the Chair; "the Director of Service" is the Director of Water Services and
    Environment (every word of the office in the role). None when two could be."""
    if not office:
        return None
    words = _stems(office)
    short = "".join(w[0] for w in office.split() if w not in _FILLER)
    found = [
        p
        for held, holders in by_role.items()
        if office.startswith(held + " of ")
        and held.split()[-1] in ROLE_WORDS
        or words <= _stems(held)
        and office.split()[0] == held.split()[0]
        or len(short) > 1
        and short in held.split()  # "Responsible Financial Officer": RFO
        for p in holders
    ]
    return found[0] if len(found) == 1 else None


_CAP_WORD_RE = re.compile(r"[A-Z](?<![\w’'-][A-Z])[\w’'-]*+(?![\w’'-])")


def _short_mentions(text: str, people: list[Found]) -> None:
    """First names and surnames used alone ("Dolores reported") are mentions of the one
    person in the document with that name."""
    owners: dict[str, list[int]] = {}
    for idx, p in enumerate(people):
        toks = p.tokens()
        if len(toks) < 2:
            owners.setdefault(toks[0] if toks else "", []).append(idx)  # "Collins" is taken
            continue
        for t in {toks[0], toks[-1]}:
            if len(t) > 2 and t.lower() not in STOP_WORDS:
                owners.setdefault(t, []).append(idx)
    unique = {k: v[0] for k, v in owners.items() if len(v) == 1}
    if not unique:
        return
    last: tuple[int, int] | None = None  # (person, index of their last mention)
    for m in _CAP_WORD_RE.finditer(text):
        who = unique.get(m.group(0))
        if who is None:
            continue
        ments = people[who].mentions
        if last is not None and last[0] == who:
            s, e = ments[last[1]]
            if text[e : m.start()] == " ":
                ments[last[1]] = (s, m.end())  # "Lucy Hart": one mention, not two
                continue
        ments.append((m.start(), m.end()))
        last = (who, len(ments) - 1)


_SOCIAL_TITLE_RE = re.compile(r"(?:Mrs?|Ms|Miss|Mx)\.?\s")
_ACTS_RE = re.compile(
    rf"\s*(?:,\s*)?(?:then\s+|also\s+)?(?!(?:was|were|is|has|had)\b)(?:{SPEECH_VERBS}|to)\b"
)


def _only_in_passing(text: str, p: Found) -> bool:
    """ "thanked Mr Gott", "the late Mrs Gleed", "wrote to Mrs Roberts": a surname after a
    social title, in no list, with no role, never saying or doing anything in the meeting:
    someone mentioned, not a participant to match."""
    if len(p.tokens()) != 1 or p.role or p.attendance or p.initials:
        return False
    return all(
        _SOCIAL_TITLE_RE.match(text, a, b)
        and (
            not _ACTS_RE.match(text, b, b + 40)
            or _OBJECT_BEFORE_RE.search(text, max(0, a - 20), a) is not None
        )
        for a, b in p.mentions
    )


# "wrote to Mrs Roberts to ask", "replied to Mr and Mrs Lockwood to advise": the object of
# what someone else did, even with a purpose after it.
_OBJECT_BEFORE_RE = re.compile(r"\b(?:to|from|with|for|about)\s+(?:Mr\.?\s+(?:and|&)\s+)?$")


def _short_handles(merged: list[Found], drop: set[int]) -> None:
    """ "@tony" is "@tonybalandiuk" when no other user name starts so."""
    handles = [i for i, p in enumerate(merged) if (p.name or "").startswith("@")]
    for i in handles:
        short = (merged[i].name or "").lower()
        longer = [j for j in handles if j != i and (merged[j].name or "").lower().startswith(short)]
        if len(longer) == 1:
            merged[longer[0]].mentions.extend(merged[i].mentions)
            drop.add(i)


def _short_forms(merged: list[Found], drop: set[int]) -> None:
    """ "Mitch" is "Mitchell Blakney", "Cart" is "Carter Anderson", "Ben" is "benfrancis",
    "owenl" is "Owen Leckie": a one-word name that shortens the first name of one other
    person only (its start, or a nickname of it), or is a user name made of the name. A
    one-word name in a list ("Members present: Gabe, Obi") joins only a full name found
    outside the lists ("Gabriel Altay ran unopposed"), which takes its attendance."""
    shorts = [
        i
        for i, p in enumerate(merged)
        if len(p.tokens()) == 1 and i not in drop and len(p.tokens()[0]) > 2
    ]
    if not shorts:
        return
    firsts = [(p.tokens() or [""])[0].lower() for p in merged]
    users: dict[str, list[int]] = {}
    for j, p in enumerate(merged):
        for u in _user_names(p.tokens()):
            users.setdefault(u, []).append(j)
    for i in shorts:
        short = firsts[i]
        if firsts.count(short) > 1:
            continue  # another person's first name, written whole
        given = may_be_given_name(short)
        listed = merged[i].attendance
        hits = {
            j
            for j, first in enumerate(firsts)
            if j != i
            and j not in drop
            and first != short
            and not (listed and merged[j].attendance)
            and (
                # (a listed given name is its own, not the start of another: "Dan", "Dana")
                first.startswith(short)
                and not (listed and given)
                or given
                and given_name_similarity(short, first) >= 95
            )
        } | {
            j
            for j in users.get(short, [])
            if j != i and j not in drop and not (listed and merged[j].attendance)
        }
        if len(hits) == 1:
            q = merged[hits.pop()]
            q.mentions.extend(merged[i].mentions)
            q.role = _merged_role(q.role, merged[i].role)
            q.attendance = q.attendance or listed
            drop.add(i)


def _user_names(toks: list[str]) -> set[str]:
    """The user names a full name is often written as: "owenl", "oleckie", "owenleckie",
    "owen.leckie", "owen_l" for Owen Leckie."""
    if len(toks) < 2:
        return set()
    first, last = plain(toks[0].lower()), plain(toks[-1].lower().replace("'", ""))
    return {f"{first}{sep}{tail}" for sep in ("", ".", "_", "-") for tail in (last, last[:1])} | {
        f"{first[:1]}{last}"
    }


def _merged_role(kept: str | None, other: str | None) -> str | None:
    """One person's role from two mentions: an honorific, a bare "Chair" or a list's group
    ("Board member") gives way to an office named elsewhere ("The Mayor, Cllr Janet Holloway
    (Chair)"); an office and an organisation go together ("Chair, Riverside Homes")."""
    if not kept or not other or other == kept:
        return kept or other
    for group, office in ((kept, other), (other, kept)):
        head, _, body = group.partition(", ")
        if _is_group(head) and is_role_phrase(office) and not _is_group(office.split(",")[0]):
            return (
                f"{office}, {body}" if body and role_key(body) not in role_key(office) else office
            )
    if role_key(other) in role_key(kept):
        return kept  # "Riverside Labs (chair)" already says "Riverside Labs"
    if role_key(kept) in role_key(other) and kept not in _GIVES_WAY:
        return other
    if other in _MEMBER_TITLES:
        return kept  # the title adds nothing to a role the person already has
    if not is_role_phrase(other) and kept in _CHAIRS:
        return f"{kept}, {other}"
    if (
        kept in _GIVES_WAY
        and other not in _MEMBER_TITLES
        and not (kept in _CHAIRS and other in _CHAIRS)
    ):
        return other
    if is_role_phrase(other) != is_role_phrase(kept):
        office, body = (other, kept) if is_role_phrase(other) else (kept, other)
        return f"{office}, {body}"
    return kept


def _low_tokens(name: str) -> list[str]:
    """The name's words for comparing: lower-cased, without full stops, accents or
    particles ("S. Ó Ceallaigh" is "s ceallaigh"), one apostrophe."""
    toks = name.split()
    low = [t.rstrip(".").lower().replace("’", "'") for t in toks]
    # (Initials are no particle: "DE Coombe".)
    kept = [plain(t) for t, w in zip(low, toks, strict=True) if t not in PARTICLES or w.isupper()]
    return kept or [plain(t) for t in low]


def _unhyphenated(low: list[str]) -> tuple[str, ...]:
    return tuple(w for t in low for w in t.split("-"))


class _NameIndex:
    """Look-ups for :func:`_find_same` without scanning every person found so far."""

    def __init__(self) -> None:
        self.exact: dict[tuple[str, ...], int] = {}
        self.by_token: dict[str, list[int]] = {}
        self._low: dict[str, list[str]] = {}  # name -> its words for comparing

    def low(self, p: Found) -> list[str]:
        """:func:`_low_tokens` of the name, once per name (not to be changed)."""
        name = p.name or ""
        got = self._low.get(name)
        if got is None:
            got = self._low[name] = _low_tokens(name)
        return got

    def add(self, p: Found, idx: int) -> None:
        low = self.low(p)
        self.exact.setdefault(tuple(low), idx)
        if "-" in (p.name or ""):  # "Kit Hesketh-Harvey" written again "Kit Hesketh Harvey"
            self.exact.setdefault(_unhyphenated(low), idx)
        if low:
            self.by_token.setdefault(low[0], []).append(idx)
            if low[-1] != low[0]:
                self.by_token.setdefault(low[-1], []).append(idx)

    def find(self, merged: list[Found], p: Found) -> int | None:
        low = self.low(p)
        hit = self.exact.get(tuple(low))
        if hit is None and "-" in (p.name or ""):
            hit = self.exact.get(_unhyphenated(low))
        if hit is not None:
            return hit
        if not low:
            return None
        cands = sorted(set(self.by_token.get(low[0], []) + self.by_token.get(low[-1], [])))
        if not cands and len(low) == 1 and p.role == "Councillor":
            cands = list(range(len(merged)))  # a surname misspelt: "Cllr Gillet"
        if not cands:
            return None
        sub = [merged[i] for i in cands]
        found = _find_same(self, sub, p)
        return None if found is None else cands[found]


def _find_same(index: _NameIndex, merged: list[Found], p: Found) -> int | None:
    low = index.low(p)
    if len(low) == 1 and p.attendance and sum(index.low(q)[-1:] == low for q in merged) > 1:
        return None  # "In the Chair: Cllr Lee" of Cllrs Ann Lee and Tom Lee: neither for sure
    for i, q in enumerate(merged):
        if low == index.low(q):
            return i
    for i, q in enumerate(merged):
        ql = index.low(q)
        if not ql or (
            p.attendance
            and q.attendance
            and not _chair_among_members(p, q)
            and not _fewer_initials(low, ql)
        ):
            continue  # two entries of the attendance lists are two people ("Cllr Kerr")
        if len(low) == 1:
            # Surname ("Councillor Greene") or first name ("Brenda").
            if low[0] == ql[-1] or (low[0] == ql[0] and len(ql) > 1 and _is_first_only(p)):
                return i
            if len(ql) > 1 and p.role == "Councillor" and _misspelt(low[0], ql[-1]):
                return i  # "Cllr Gillet" for "Cllr G Gillett"
            continue
        if len(low) == 2 == len(ql) and len(low[1]) == 1 and low[0] == ql[0]:
            if ql[1].startswith(low[1]):
                return i  # "Myra F." for "Myra Fassler"
            continue
        # "A Lloyd-Harris" / "Amanda Lloyd-Harris"
        if (
            low[-1] == ql[-1]
            and len(low) <= len(ql)
            and (
                low[0] == ql[0]
                or (len(low[0]) == 1 and ql[0].startswith(low[0]))
                or given_name_similarity(low[0], ql[0]) >= 95  # "Mike" / "Michael"
            )
        ):
            return None if _two_by_initial(index, merged, low, i) else i
        if (
            len(low) < len(ql)
            and ql[-len(low) :] == low
            and all(len(t) == 1 for t in ql[: -len(low)])
        ):
            return i  # "Wyn Jenkins" for "D Wyn Jenkins": known by the second name
        if low[0] == ql[0] and len(low) == len(ql) and _misspelt(low[-1], ql[-1]):
            return i  # "Willie Joines" in one place, "Willie Jones" in another
    return None


def _two_by_initial(index: _NameIndex, merged: list[Found], low: list[str], i: int) -> bool:
    """ "M Peake" when "Mick Peake" and "Mandy Peake" are both found: the initial names
    neither for sure."""
    if len(low) != 2 or len(low[0]) != 1:
        return False
    first = index.low(merged[i])[0]
    return any(
        j != i and len(ql) > 1 and ql[-1] == low[-1] and ql[0] != first and ql[0].startswith(low[0])
        for j, q in enumerate(merged)
        if (ql := index.low(q))
    )


def _chair_among_members(p: Found, q: Found) -> bool:
    """ "Present in the chair: Mayor Michael Sheahan" and "Members present: ... and Sheahan",
    or "In the Chair: Cllr Lee" and "Present: Cllr Ann Lee": the chair listed twice, once by
    surname alone."""
    return any(
        a.role in _CHAIRS | {"Mayor"} and (len(b.tokens()) == 1) != (len(a.tokens()) == 1)
        for a, b in ((p, q), (q, p))
    )


def _fewer_initials(low: list[str], ql: list[str]) -> bool:
    """ "D Coombe" in one list, "DE Coombe" in another: one person, written with fewer of
    their initials (not "A Kerr" and "B Kerr")."""
    return (
        len(low) == len(ql) > 1
        and low[-1] == ql[-1]
        and low != ql
        and all(len(b) <= 3 and b.startswith(a) for a, b in zip(low[:-1], ql[:-1], strict=True))
    )


def _misspelt_name(index: _NameIndex, p: Found, q: Found) -> bool:
    """The same name written otherwise: a slip in the surname, or a hyphen for a space."""
    low, ql = index.low(p), index.low(q)
    if len(low) == len(ql) and low[:-1] == ql[:-1] and _misspelt(low[-1], ql[-1]):
        return True
    return low != ql and _unhyphenated(low) == _unhyphenated(ql)


def _misspelt(a: str, b: str) -> bool:
    """Two surnames one letter apart, long enough that this is a slip of the keyboard
    ("Joines", "Williams"/"William"), not two families ("Hart", "Hunt")."""
    return min(len(a), len(b)) >= 5 and Levenshtein.distance(a, b) == 1


def _is_first_only(p: Found) -> bool:
    return p.role not in ("Councillor", "Mayor", "ACC", "DCC", "Alderman")
