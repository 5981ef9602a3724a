"""The people a list names: a run-on list ("A Smith (Chair), Cllr B Jones and C Brown"), one
line of a block list ("Name, Role, Org", a table row, "Role (Mr A Name)"), and their shapes
(an organisation then its people, names in columns, titles run together)."""

from __future__ import annotations

import re

from ..actions.lexicon import is_word
from .entries import (
    Entry,
    initials_and_role,
    is_role_phrase,
    listed_person,
    names_a_person,
    read_entry,
    singular_role,
    strip_honorifics,
    tier_role,
)
from .words import (
    BEFORE_INITIALS,
    CAPITAL,
    HONORIFICS,
    INITIALS_RE,
    LOWER,
    NAME_TOKEN,
    PARTICLES,
    ROLE_WORDS,
    is_given_name,
    is_initials_for,
    is_stop_word,
    may_be_given_name,
)

# A list's separators outside brackets; a line break too, unless it follows an honorific.
_BODY_LETTERS_RE = re.compile(r"[A-Z]{3,7}")
_LIST_SEP_RE = re.compile(r"[(),;\n]| and | & | / | \+ |\.(?= [A-Z])")
# Who else came, counted or unnamed: "3 guests", "others", "two members of the public".
_HEAD_COUNT_RE = re.compile(
    r"(?i)(?:\+\s*)?(?:and\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve"
    r"|several|some|a\s+few|many|various|no|other|others|guests?|visitors?|members\s+of)\b"
)
_WRAPPED_NAME_RE = re.compile(rf"\s*[{CAPITAL}][{LOWER}'’-]+[ \t]*")
_DOTTED_INITIALS_RE = re.compile(r"(?:[A-Z]\.)+[A-Z]")  # "R.A" before "Kettering"
_NEXT_NAME_RE = re.compile(r"\s+(?:[A-Z][a-z]|[A-Z]\.?\s+[A-Z]|[A-Z]{2,3}\s+[A-Z][a-z])")
# Initials closing an entry in brackets: "(LH)".
_BRACKET_INITIALS_RE = re.compile(r"[A-Z]{2,4}")
_AND_BEFORE_RE = re.compile(r"(?: and | & )$")
# An office after "and the" closing a list of names: another person, not the last one's role.
_THE_OFFICE_RE = re.compile(r"the\s+[A-Z]")
_PLURAL_HON_RE = re.compile(
    r"(?i)(Councillors|Councilors|Cllrs\.?|Commissioners|Trustees)(?:\s|,\s*(?=[A-Z]))"
)
_PLURAL_HON_ALONE_RE = re.compile(r"(?i)Councillors|Councilors|Cllrs\.?|Commissioners|Trustees")
_TRAILING_INITIALS_RE = re.compile(r"\s*\(([A-Z]{2,4})\)\s*$")
_HON_END_RE = re.compile(r"\b(?:Cllrs?|Councillors?|Dr|Mrs?|Ms|Miss|Prof|Professor|Revd?)\.?\s*$")


def name_role_column(text: str, spans: list[tuple[int, int]], least: int = 2) -> bool:
    """Whether a block's "X, Y" lines are a name and its organisation ("James Hale, Morgan
    Grant"), not two names: so when most of three or more are (Y is not written with a
    title or a known given name), or both of two cannot be a name."""
    pairs = [c for a, b in spans if len(c := _split(text, a, b, separators=",;")) == 2]
    if len(pairs) < least:
        return False
    orgs = not_names = 0
    for _, second in pairs:
        e = read_entry(text, *second)
        not_names += e is None
        orgs += e is None or not (e.titled or is_given_name(e.name.split()[0]))
    if least < 2:
        return orgs == len(pairs)
    if len(pairs) >= 3:
        return 2 * orgs >= len(pairs)
    return not_names == len(pairs)


def read_line(text: str, a: int, b: int, *, pairs_are_roles: bool = False) -> list[Entry] | None:
    """The people one line of a block list names: "Name, Role, Org" (one person), or
    "Name, Name, Name" (several), or a table row, or "Role (Mr A Name), Role (...)"; None
    if the line is not such an entry. ``pairs_are_roles``: "X, Y" is a name and its role."""
    if "," in text[a:b] and (inverted := _surname_first(text, a, b)) is not None:
        return [inverted]
    if "|" in text[a:b] or "\t" in text[a:b] or "   " in text[a:b]:
        columns = _name_columns(text, a, b) if "|" not in text[a:b] else None
        if columns:
            return columns
        if "|" in text[a:b] or "\t" in text[a:b]:
            row = read_entry(text, a, b)  # a table row: its cells hold the roles
            return [row] if row is not None else None
    dash = _ORG_DASH_RE.search(text, a, b)
    if dash is not None and (by_org := _org_then_names(text, a, b, dash)) is not None:
        return by_org
    if "," not in text[a:b] and len(_TITLE_START_RE.findall(text, a, b)) > 1:
        run = _titled_run(text, a, b)
        if run:
            return run
    if "(" in text[a:b]:
        offices = role_bracket_names(text, a, b)
        if offices:
            return offices
    if _PLURAL_HON_RE.match(text, a, b):
        return read_list(text, a, b, strict=False)  # "Councillors Byrne, Daly and Keller"
    if _INNER_TITLE_RE.search(text, a, b):
        run_on = read_list(text, a, b, strict=True)  # "Mr H Danvers Mrs P Gilchrist"
        if run_on is not None and len(run_on) > 1:
            return run_on
    chunks = _split(text, a, b, separators=",;")
    if not chunks:
        return None
    if len(chunks) == 1 and (pairs := name_pairs(text, a, b)) is not None:
        return [entry for s, e in pairs if (entry := read_entry(text, s, e)) is not None]
    first = read_entry(text, *chunks[0])
    if first is None:
        return read_list(text, a, b, strict=True)
    rest = chunks[1:]
    if not rest:
        return [first]
    others = [read_entry(text, s, e) or listed_person(text, s, e) for s, e in rest]
    if " " not in first.name and all(o is not None and " " not in o.name for o in others):
        return [first, *(o for o in others if o is not None)]  # "Greg, Dan, Sarah"
    people = [o for o in others if o is not None and _reads_as_person(o)]
    second_titled = (
        len(rest) == 1
        and others[0] is not None
        and (others[0].titled or listed_person(text, *rest[0]) is not None)
    )  # "Karen Holt, June Marsh": two people, not her role
    if not (pairs_are_roles and len(rest) == 1 and not second_titled) and (
        (first.strong and len(people) == len(rest))
        or (len(rest) >= 2 and 3 * len(people) >= 2 * len(rest))  # a list, one misread
    ):
        # In a list of people, a lone word that is no English word is a first name too.
        return [first, *(o for o in others if o and (o in people or not is_word(o.name)))]
    # The rest of the line is the first person's role ("Gill Brown, Chief Executive, X").
    tail = text[rest[0][0] : rest[-1][1]].strip(" ,;")
    if (verb := _ATTENDED_CLAUSE_RE.search(tail)) is not None:
        tail = tail[: verb.start()]  # "Nia Rowlands, the interim clerk, was in attendance."
    ini = _TRAILING_INITIALS_RE.search(tail)
    if ini:
        first.initials = first.initials or ini.group(1)
        tail = tail[: ini.start()]
    if first.role and first.role != first.honorific and first.role not in HONORIFICS.values():
        first.role = f"{first.role}, {tail}" if tail else first.role
    else:
        first.role = tail or first.role
    return [first]


# "Bitle, Jonathan;<TAB>Kaiser Permanente", "Pumo, Beth; Kaiser Permanente": a roll call's
# surname first, then the given name (and an initial), then the organisation.
_SURNAME_FIRST_RE = re.compile(
    rf"(?:[-*•]\s+)?(?P<sur>{NAME_TOKEN}(?:[ -]{NAME_TOKEN})?),[ \t]*"
    rf"(?P<given>{NAME_TOKEN}(?:[ \t]+[A-Z]\.?)?)[ \t]*(?:(?:;[ \t]*|\t+)(?P<org>\S.*?))?[ \t;.]*"
)


def _surname_first(text: str, a: int, b: int) -> Entry | None:
    """A roll call's entry written surname first: so when an organisation follows after a
    semicolon or a tab, or the second word is a known given name and the first is not."""
    m = _SURNAME_FIRST_RE.fullmatch(text, a, b)
    if m is None:
        return None
    sur, given = m.group("sur"), m.group("given")
    if m.group("org") is None and (
        not is_given_name(given.split()[0]) or may_be_given_name(sur.split()[0])
    ):
        return None  # "Greg, Dan": two people
    org = m.group("org")
    if is_role_phrase(f"{sur} {given}") or org and " " not in org and is_given_name(org):
        return None  # "Ada, Ben; Cleo": three given names
    return Entry(f"{given} {sur}", org, None, m.start("sur"), m.end("given"))


# The sentence a list line may be: "..., the interim clerk, was in attendance.".
_ATTENDED_CLAUSE_RE = re.compile(
    r"[,;]?\s+(?:was|were|is|are|also|attended|joined|sent|gave)\b.*$", re.S
)
_BRACKETED_RE = re.compile(r"\([^()]*\)")
_ORG_DASH_RE = re.compile(r"[ \t]+[-–—][ \t]+")


def _org_then_names(text: str, a: int, b: int, dash: re.Match[str]) -> list[Entry] | None:
    """ "ILL - Miguel Gonzalez, Paolo Mutti", "Riverside Homes – Ann Lowry (Chair), Bo Dean":
    an organisation, a dash, then its people, each with the organisation as their role
    (beside any role of their own). Not "Jane Evans – Clerk" (a person, then a role) nor
    "JE – Jane Evans" (initials, then their name)."""
    org = text[a : dash.start()].strip()
    if not org or len(org.split()) > 5 or not org[0].isupper() or ":" in org:
        return None
    if is_role_phrase(org):
        return None  # "Clerk – Mrs W Gray": an office (read by the entry)
    if is_role_phrase(_BRACKETED_RE.sub("", text[dash.end() : b])):
        return None  # "GP – Dockside Locality Chair": an office and where it is held
    entries = read_list(text, dash.end(), b, strict=True)
    if not entries or not all(e.strong and (" " in e.name or e.titled) for e in entries):
        return None
    if len(entries) == 1 and is_initials_for(org, entries[0].name):
        return None
    person = read_entry(text, a, dash.start())
    if person is not None and person.strong and not INITIALS_RE.match(org):
        return None  # "Jane Evans – Dee Ross": two people
    for e in entries:
        e.role = f"{org} ({e.role})" if e.role and e.role != e.honorific else org
    return entries


_TITLE_START_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Prof|Professor)\.?[ \t]")


def _titled_run(text: str, a: int, b: int) -> list[Entry] | None:
    """ "Mr M Bell Acting Chair Mr B Sim Non-Executive Director Dr P Vane Medical Director":
    name and role pairs run on with no separator, as trust boards' lists flatten; each
    title starts a person, and each person has a role."""
    starts = [m.start() for m in _TITLE_START_RE.finditer(text, a, b)]
    if starts[0] != a:
        return None
    out = []
    for s, e in zip(starts, [*starts[1:], b], strict=True):
        entry = read_entry(text, s, e)
        if entry is None or not entry.role or entry.role == entry.honorific:
            return None
        out.append(entry)
    return out


_COLUMN_GAP_RE = re.compile(r"\t+| {3,}")


def _name_columns(text: str, a: int, b: int) -> list[Entry] | None:
    """ "Cllr O. Hughes (Chair)<TABS>Cllr P. Lewis": a list laid out in columns, a person
    in each; a column after the first is a person when written with a title or a known
    given name, and no role."""
    cuts = [(m.start(), m.end()) for m in _COLUMN_GAP_RE.finditer(text, a, b)]
    if not cuts:
        return None
    spans = list(zip([a] + [e for _, e in cuts], [s for s, _ in cuts] + [b], strict=True))
    out = []
    for k, (s, e) in enumerate(spans):
        cell = text[s:e].strip()
        if not cell:
            continue
        entry = read_entry(text, s, e)
        if entry is None:
            return None
        if k and (
            is_role_phrase(cell.split("(")[0])
            or not (entry.titled or is_given_name(entry.name.split()[0]))
        ):
            return None
        out.append(entry)
    return out if len(out) > 1 else None


def role_bracket_names(text: str, a: int, b: int) -> list[Entry] | None:
    """ "Chief Executive (Mr. P. Daly), Meetings Administrator (Ms J. Clune)": each office
    followed by its holder's name in brackets; None unless the whole span is such."""
    out: list[Entry] = []
    prev = a
    for m in _BRACKET_NAME_RE.finditer(text, a, b):
        role = text[prev : m.start()].strip(" \t\r\n,;.")
        if not role or len(role) > 120 or not role[0].isupper() or ":" in role:
            return None  # "Ann Lowry: Treasurer (Hamilton)": a name and role before the place
        entry = read_entry(text, m.start(1), m.end(1))
        if entry is None:
            return None
        if not (is_role_phrase(role) or entry.titled and role[0].isupper()):
            return None  # "PMCE Consultants (Mr. A. Gleeson)": a title makes the name sure
        entry.role = " ".join(role.split())
        out.append(entry)
        prev = m.end()
    if not out or text[prev:b].strip(" \t\r\n,;."):
        return None
    return out


_BRACKET_NAME_RE = re.compile(r"\(([^()]{3,60})\)")


def _reads_as_person(e: Entry) -> bool:
    """An entry that is another person after a name, not the name's organisation ("Steve
    Fisher (SF), STFC, Scientific Computing" names one person, "Maureen Tull, Stan Hobbs"
    two): an honorific, or two name words, or a known given name."""
    return e.titled or " " in e.name or is_given_name(e.name)


def _split(text: str, a: int, b: int, separators: str) -> list[tuple[int, int]]:
    """The spans between ``separators`` outside brackets."""
    out: list[tuple[int, int]] = []
    depth = 0
    cs = a
    for k in range(a, b):
        c = text[k]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and c in separators:
            out.append((cs, k))
            cs = k + 1
    out.append((cs, b))
    return [(s, e) for s, e in out if text[s:e].strip(" \t.*_")]


def read_list(
    text: str, a: int, b: int, *, strict: bool, tolerate_honorific: bool = False
) -> list[Entry] | None:
    """The people of a run-on list "A Smith (Chair), Cllr B Jones and C Brown": names apart,
    a phrase after a name is that person's role. None when the span is not such a list
    (strict: every part must be a name or a role; otherwise most parts)."""
    seg = text[a:b]
    wrapped = seg.count(",") >= 2
    if ";" in seg and "," in seg:
        grouped = _semicolon_groups(text, a, b)
        if grouped is not None:
            return grouped
    chunks: list[tuple[int, int]] = []
    group_ends: set[int] = set()  # chunk indexes a semicolon closes
    depth = 0
    cs = 0
    for m in _LIST_SEP_RE.finditer(seg):
        sep = m.group(0)
        if sep == "(":
            depth += 1
        elif sep == ")":
            depth = max(0, depth - 1)
            # "Lorraine Hunt (LH) Pam Walker (PW)", "M Corbett (MC) H Whitley (HW)": initials
            # close an entry.
            opened = seg.rfind("(", 0, m.start())
            if (
                depth == 0
                and _BRACKET_INITIALS_RE.fullmatch(seg[opened + 1 : m.start()])
                and _NEXT_NAME_RE.match(seg, m.end())
            ):
                chunks.append((cs, m.end()))
                cs = m.end()
        elif depth == 0:
            if sep == "\n" and _HON_END_RE.search(seg, cs, m.start()):
                continue  # "Cllr\nGill Pidgeon": one name over a line break
            if sep == "\n" and wrapped and _WRAPPED_NAME_RE.fullmatch(seg, cs, m.start()):
                continue  # "..., Lou\n Burnard (LB), ...": a comma list wrapped mid-name
            if sep == "." and not _ends_sentence(seg, cs, m.start()):
                continue
            if sep == ";":
                group_ends.add(len(chunks))
            chunks.append((cs, m.start()))
            cs = m.end()
    chunks.append((cs, len(seg)))
    if "  " in seg or "\t" in seg:
        chunks = [piece for s, e in chunks for piece in _spaced_names(text, a, s, e)]
    if _INNER_TITLE_RE.search(seg):
        chunks = _split_at_titles(seg, chunks)
    chunks = [piece for chunk in chunks for piece in _two_names(seg, *chunk)]
    if ")" in seg:
        chunks = [piece for chunk in chunks for piece in role_then_next_name(seg, *chunk)]
    chunks = [piece for chunk in chunks for piece in name_pairs(seg, *chunk) or [chunk]]
    if tolerate_honorific and _HON_END_RE.search(seg):
        final = chunks.pop()
        tail = _HON_END_RE.search(seg, final[0])
        if tail is not None and seg[final[0] : tail.start()].strip(" ,;"):
            chunks.append((final[0], tail.start()))
    group_role: str | None = None
    entries: list[Entry] = []
    ok = bad = 0
    last: Entry | None = None
    role_run = False  # the previous chunk was already a role of ``last``
    run_start = 0  # the first entry a group's bracket closing the run would name
    for k, (s, e) in enumerate(chunks):
        chunk = seg[s:e].strip(" \t\u00a0.*_\r\n")
        if not chunk:
            continue
        if _PLURAL_HON_ALONE_RE.fullmatch(chunk):
            # "Councillors, Mr Rhodri Parry (Chair), Mrs ...": each a Councillor
            group_role = HONORIFICS[chunk.lower().rstrip(".")]
            continue
        if (
            last is not None
            and last.titled
            and last.role in (None, last.honorific)
            and _BODY_LETTERS_RE.fullmatch(chunk)
            and not is_initials_for(chunk, last.name)
        ):
            last.role = chunk  # "Cllr Lou Sims, NCC": the council he sits on
            continue
        entry = read_entry(text, a + s, a + e)
        if (
            entry is not None
            and last is not None
            and entry.name == entry.initials
            and is_initials_for(entry.name, last.name)
        ):
            entry = None  # "Ann Lee, Chair AL": her office, then her letters
        if (
            entry is not None
            and not entry.strong
            and group_role is None
            and last is not None
            and all(" " in e.name for e in entries)  # "Mara, Eric Huss, Mark": one word names
            and (" " in last.name and len(last.name.split()[-1].rstrip(".")) > 1 or last.titled)
            and (is_word(entry.name) or not _person_follows(text, a, chunks, k))
        ):
            entry = None  # "Rose Whalley, Moore and Smalley": one word after a full name
        if entry is None and _HEAD_COUNT_RE.match(chunk):
            continue  # "Lex + 3 guests", "and others": no one named
        if entry is None and last is not None:
            entry = listed_person(text, a + s, a + e)  # "Kay Holt, June Marsh": not her role
        if entry is None:
            if (
                last is not None
                and (is_role_phrase(chunk) or not strict or len(chunk) < 60)
                and not names_a_person(chunk)
                and not chunk.endswith(("'s", "’s"))  # "Sketchy's": a place, no role
                and not _long_name(chunk)
            ):
                ini = _TRAILING_INITIALS_RE.search(chunk)
                role_txt = _TRAILING_INITIALS_RE.sub("", chunk)
                last.initials = last.initials or (ini.group(1) if ini else None)
                pair = None if is_role_phrase(role_txt) else initials_and_role(role_txt)
                if pair is not None:  # "(JC - Chair)"
                    last.initials = last.initials or pair[0]
                    role_txt = pair[1] or ""
                    if not role_txt:
                        continue
                if _AND_BEFORE_RE.search(seg, 0, s) and _THE_OFFICE_RE.match(chunk):
                    role_run = True  # "Howden and the Clerk": the clerk attends too, unnamed
                    continue
                group = _group_role(role_txt)
                if group is not None:  # "Jo Bell, Kay Roe, both governors": each a governor
                    _name_group(entries[run_start:], group)
                    run_start = len(entries)
                    role_run = True
                    continue
                if role_run and last.role:
                    last.role = f"{last.role}, {role_txt}"
                elif last.role and last.role != last.honorific and _AND_BEFORE_RE.search(seg, 0, s):
                    last.role = f"{last.role} and {role_txt}"  # "Mrs J Bloggs – Clerk and RFO"
                elif not last.role or last.role == last.honorific or last.role == "Councillor":
                    last.role = role_txt
                role_run = True
                continue
            bad += 1
            continue
        role_run = False
        hon_word = _PLURAL_HON_RE.match(chunk.lstrip("-–— "))  # "– Councillors – Mrs J Low"
        if hon_word:
            group_role = HONORIFICS[hon_word.group(1).lower().rstrip(".")]
        elif strip_honorifics(chunk.split("(")[0])[0]:
            group_role = None  # "Mr Alan Shaw" starts a new kind of entry
        elif entry.role is None:
            entry.role = group_role
        if entry.role and chunk.endswith(")"):
            own, _, bracket = entry.role.rpartition(", ")
            group = _group_role(bracket)
            if group is not None:  # "Jo Bell, Kay Roe (both governors)": each a governor
                entry.role = own or None
                _name_group([*entries[run_start:], entry], group)
                run_start = len(entries) + 1
        if k in group_ends:
            group_role = None
            run_start = len(entries) + 1
        if entry.shared_role:
            # "Richard Jenkinson, Mufeed Niman and Simon Watkins representing the CCG"
            for prev in reversed(entries):
                if prev.role and prev.role != prev.honorific:
                    break
                prev.role = entry.role
        ok += 1
        entries.append(entry)
        last = entry
    if ok == 0 or (strict and bad > 0) or bad > ok:
        return None
    _couples(text, entries)
    return entries


# A group in a bracket: "all committee members", "both Governors", "villagers/electors",
# "Trustees": "all"/"both" and a plural, or plurals of people ("-ers", "-ents", "-ees"...) or
# of role words; not "(minutes)", "(Parks Services)", "(and others)", nor a plural after
# the office's head ("Clerk to Governors").
_GROUP_RE = re.compile(
    r"(?i)(?P<all>(?:all|both)[ \t]+)?"
    r"(?P<group>(?:(?!(?:to|of|for|at|and|with)\b)[\w-]+[ \t]+)*[\w-]+s"
    r"(?:[ \t]*/[ \t]*[\w-]+s)*)"
)
_PEOPLE_PLURAL_RE = re.compile(r"(?i)(?:er|or|ent|ant|ee|ian|ist|ive)s")


def _name_group(entries: list[Entry], group: str) -> None:
    """The group's role for each of the entries with none of their own."""
    for entry in entries:
        if entry.role in (None, entry.honorific):
            entry.role = group


def _group_role(bracket: str) -> str | None:
    """The role of each person of a group a bracket names, in the singular ("committee
    member", "villager/elector", "Governor"), or None when it names no group."""
    m = _GROUP_RE.fullmatch(bracket.strip())
    if m is None or bracket.strip().lower() in ("others", "and others"):
        return None
    parts = [p.strip() for p in m.group("group").split("/")]
    for part in parts:
        words = part.split()
        last = words[-1].lower()
        if m.group("all"):
            continue
        if len(words) > 1 and not part.islower():
            return None  # "(Brackwell Rangers)": a body's name
        if not (last[:-1] in ROLE_WORDS or _PEOPLE_PLURAL_RE.search(last, len(last) - 4)):
            return None
    return "/".join(p[:-1] for p in parts)


_COUPLE_JOIN_RE = re.compile(r"[ \t]*(?:&|and)[ \t]+")


def _couples(text: str, entries: list[Entry]) -> None:
    """ "Anne & Wilf Platt", "Tom Reed, Jo and Sam Hale": a given name alone joined by "&" or
    "and" to a given name and a surname, in a list of full names, is the first of a couple
    who share the surname (two people: "Anne Platt", "Wilf Platt")."""
    for k, (one, two) in enumerate(zip(entries, entries[1:], strict=False)):
        words = two.name.split()
        if (
            " " in one.name
            or one.role not in (None, two.role)  # (a group's role both share: a couple)
            or one.honorific
            or one.initials
            or len(words) != 2
            or not is_given_name(one.name)
            or not (may_be_given_name(words[0]) or not is_word(words[0].lower()))
            or not _COUPLE_JOIN_RE.fullmatch(text, one.end, two.start)
            or any(" " not in e.name for i, e in enumerate(entries) if i != k)
        ):
            continue
        one.name = f"{one.name} {words[1]}"
        one.strong = True


_SPACED_RE = re.compile(r" {2,}|\t+")
# A title after a word or a bracket, where a list run together starts its next person.
_INNER_TITLE_RE = re.compile(
    rf"(?<=[\w)])\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Prof|Professor|Senator"
    rf"|Conn[ée]table)\.?[ \t]|Deputy{BEFORE_INITIALS})"
)


def _split_at_titles(seg: str, chunks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A list whose commas part each name from its role, not one person from the next:
    "Deputy P. R. Vautier, Chairman Connétable L. A. Brehaut, Vice Chairman Deputy B Falla",
    or that lacks a comma ("Mr H Danvers Mrs P Gilchrist"): each title after a capitalised
    word or a bracket starts the next person, and the words before it are the previous
    person's role. Not where titles follow each other ("Cllr Mrs Ryan", "County Councillor
    Joseph Davies"), nor in a list that writes the role first ("Vice Chairman Cllr T Hodges,
    Clerk Mrs W Gray"); a list with no comma whose people each open with a title and some
    have a role in brackets is split so ("Cllr Ann Lowe (Chair) Cllr Bea Moss ...")."""
    head = _INNER_TITLE_RE.search(seg, chunks[0][0], chunks[0][1])
    lead = seg[chunks[0][0] : head.start()].strip(" \t*_:-–—") if head else ""
    if (
        lead
        and is_role_phrase(lead)
        and singular_role(lead) == lead
        and not strip_honorifics(lead.split("(")[0])[0]  # "Cllr Ann Lowe (Chair)": a person
    ):
        return chunks
    out: list[tuple[int, int]] = []
    for s, e in chunks:
        for m in _INNER_TITLE_RE.finditer(seg, s, e):
            before = seg[s : m.start()].split()
            prev = before[-1] if before else ""
            word = prev.rstrip(".").lower()
            after_name = prev[:1].isupper() and word not in HONORIFICS and not tier_role(word)
            if not (after_name or prev.endswith(")")):
                continue
            out.append((s, m.start()))
            s = m.start()
        out.append((s, e))
    return out


_TITLED_FOUR_NAME_WORDS_RE = re.compile(
    rf"\s*(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?[ \t]+"
    rf"({NAME_TOKEN}) {NAME_TOKEN} ({NAME_TOKEN}) {NAME_TOKEN}(?![\w’'-])"
)


def _two_names(seg: str, s: int, e: int) -> list[tuple[int, int]]:
    """A titled person run on into an untitled one in a list with no commas ("Cllr Ed Pike
    Jo Quill (Clerk)"): four words of names, the first and the third known given names, are
    two people."""
    m = _TITLED_FOUR_NAME_WORDS_RE.match(seg, s, e)
    if m is None or not (is_given_name(m.group(1)) and is_given_name(m.group(2))):
        return [(s, e)]
    return [(s, m.start(2)), (m.start(2), e)]


# A chunk closed by initials in brackets ("... Steve Barrett (SB)"), and the dash before a role.
_CLOSING_INITIALS_RE = re.compile(r"[ \t]\(([A-Z]{2,3})\)[ \t]*$")
_ROLE_DASH_RE = re.compile(r"[ \t][-–—][ \t]")
_ROLE_RUNS_ON = frozenset("of for and to the & in at".split())  # noqa: SIM905


def role_then_next_name(seg: str, s: int, e: int) -> list[tuple[int, int]]:
    """ "Paul Allison (PA) – Chair Steve Barrett (SB)": two columns of a list pasted as one
    row, a person's role after a dash run on into the next person, whose initials close the
    chunk: the words they are the initials of, from a known given name, are that person."""
    m = _CLOSING_INITIALS_RE.search(seg, s, e)
    dash = _ROLE_DASH_RE.search(seg, s, m.start()) if m is not None else None
    if m is None or dash is None:
        return [(s, e)]
    words = [(w.start(), w.group()) for w in re.finditer(r"\S+", seg[: m.start()])]
    words = [(at, w) for at, w in words if at >= dash.end()]
    n = len(m.group(1))
    if len(words) <= n:
        return [(s, e)]  # "– Chair (CH)": no role before the name
    name, role = [w for _, w in words[-n:]], words[-n - 1][1]
    if (
        not is_initials_for(m.group(1), " ".join(name))
        or not (is_given_name(name[0]) or not is_word(name[0]))
        or any(is_stop_word(w) for w in name)  # "Adult Social Care (ASC)": an office's
        or role.lower() in _ROLE_RUNS_ON  # "Lead for Mary Seacole House (MSH)"
    ):
        return [(s, e)]
    return [(s, words[-n][0]), (words[-n][0], e)]


_WORD_AT_RE = re.compile(r"\S+")


def _long_name(chunk: str) -> bool:
    """ "Luis Diogo Monteiro Duarte Couto (aka "Luis")": a name of four words or more, too long
    for an entry but no one's role: capitalised words (or particles), each a given name or no
    English word, none a stop word."""
    words = chunk.split("(")[0].split()
    return len(words) >= 4 and all(
        w.lower() in PARTICLES
        or w[:1].isupper()
        and w[1:].islower()
        and not is_stop_word(w)
        and (is_given_name(w) or not is_word(w))
        for w in words
    )


def name_pairs(seg: str, s: int, e: int) -> list[tuple[int, int]] | None:
    """ "Ann Lee Bob Tate Carl Moss": given names and surnames run on with single spaces,
    as a row of names pasted flat writes them; each pair's span, when there are three pairs
    or more (not "Mary Anne Lloyd Harris"), every word is a capitalised word of a name (no
    stop word, particle or role) and half the pairs or more open with a known given name or
    a word no dictionary holds ("Angelo")."""
    if seg.count(" ", s, e) < 5 or any(c in seg[s:e] for c in "(),:;"):
        return None  # (a cheap test first) fewer than six words, or more than names
    plain = seg[s:e].split()
    if len(plain) < 6 or len(plain) % 2:
        return None
    if not all(
        w[0].isupper()
        and w[1:].islower()
        and w.isalpha()
        and not is_stop_word(w)
        and w.lower() not in PARTICLES
        for w in plain
    ):
        return None  # (a cheap test first) "Annual General Meeting", "Ann Lee (Chair)"
    words = [(w.start(), w.end(), w.group()) for w in _WORD_AT_RE.finditer(seg, s, e)]
    given = sum(
        is_given_name(words[k][2]) or not is_word(words[k][2]) for k in range(0, len(words), 2)
    )
    if 2 * given < len(words) // 2:
        return None
    if is_role_phrase(" ".join(w for _, _, w in words)):
        return None
    return [(words[k][0], words[k + 1][1]) for k in range(0, len(words), 2)]


def _spaced_names(text: str, a: int, s: int, e: int) -> list[tuple[int, int]]:
    """ "T Garside (chair)   P Okafor   JR Lamb", "H. Lane  S. Hale": names apart by two spaces
    or more or tabs, as a typed or pasted list lays them out; the chunk's pieces when each is
    a name of two words or a title (not a name and its role in columns), else the chunk
    whole."""
    seg = text[a + s : a + e]
    cuts = [(m.start(), m.end()) for m in _SPACED_RE.finditer(seg)]
    if not cuts:
        return [(s, e)]
    bounds = zip([0] + [c1 for _, c1 in cuts], [c0 for c0, _ in cuts] + [len(seg)], strict=True)
    pieces = [(s + p0, s + p1) for p0, p1 in bounds if seg[p0:p1].strip()]
    for p0, p1 in pieces:
        piece = text[a + p0 : a + p1]
        entry = read_entry(text, a + p0, a + p1)
        if (
            entry is None
            or not (" " in entry.name or entry.titled)
            or is_role_phrase(piece.split("(")[0])
        ):
            return [(s, e)]
    return pieces


def _person_follows(text: str, a: int, chunks: list[tuple[int, int]], k: int) -> bool:
    """Whether the chunk after chunk ``k`` is surely a person ("..., Tomasz, @dana-li"):
    then a lone word between is a person too, not part of an organisation's name."""
    if k + 1 >= len(chunks) or text[a + chunks[k][0] - 1 : a + chunks[k][0]] not in ",;":
        return False  # "Amir Hassan (AH) Headteacher": the words after a bracket are a role
    nxt = read_entry(text, a + chunks[k + 1][0], a + chunks[k + 1][1])
    return nxt is not None and nxt.strong and (" " in nxt.name or nxt.titled)


def _semicolon_groups(text: str, a: int, b: int) -> list[Entry] | None:
    """ "Ann Lowry, Riverside Homes; Bo Dean, Riverside Trust": semicolons part the people,
    commas a person from their organisation (None unless every group reads so)."""
    groups = _split(text, a, b, separators=";")
    if len(groups) < 2 or not any("," in text[s:e] for s, e in groups):
        return None
    if any(_PLURAL_HON_RE.match(text[s:e].lstrip()) or " and " in text[s:e] for s, e in groups):
        return None  # "Councillors A, B and C; D (Director), E": groups of names
    if not name_role_column(text, groups, least=1):
        return None
    out: list[Entry] = []
    for s, e in groups:
        got = read_line(text, s, e, pairs_are_roles=True)
        if got is None:
            return None
        out.extend(got)
    return out


def _ends_sentence(seg: str, start: int, dot: int) -> bool:
    """A full stop in a list ends an entry, unless it closes an initial or an honorific."""
    word = seg[start:dot].rsplit(None, 1)[-1] if seg[start:dot].strip() else ""
    return (
        len(word) > 2 and word.lower() not in HONORIFICS and not _DOTTED_INITIALS_RE.fullmatch(word)
    )
