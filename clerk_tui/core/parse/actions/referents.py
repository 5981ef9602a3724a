"""Whom a pronoun or a continuing clause stands for: "She agreed to ..." (the person the
sentence before names), "..., and will reserve ..." (the sentence's subject), "It was hoped
to ..." (whoever was just speaking)."""

from __future__ import annotations

import re

from ..context import Context
from ..people.words import STOP_WORDS
from .entry_lines import NOT_OWNERS
from .grammar import FRONTED, LEAD_RE
from .lexicon import is_word
from .owners import (
    antecedent,
    body_like,
    commits_as_one,
    discourse_word,
    given_name,
    owner_before,
    owner_like,
    person_like,
    plain_given_name,
    role_like,
    self_body,
    split_owners,
    trade_like,
)


def pronoun_owner(ctx: Context, st: str, pos: int, prev: str) -> str | None:
    """Whom "he", "she" or "they" just before st[pos] stands for: opening the sentence, the
    person or role the sentence before names ("Mrs Jones reported on the audit. She agreed
    to ..."); after "and", a comma or a semicolon, the sentence's own subject when a person
    or role ("Cllr Brown explained the problem; she will ask ...", "KT has a meeting on
    Thursday at which she will raise it", "Tom has a list which he will send out", not "The
    Parish Council thanked Mr Gott, they also agreed ..."); after a clause of time or
    condition about the same pronoun, as opening the sentence ("When he returns from his
    trip, he will look into a lock")."""
    m = _PRONOUN_END_RE.search(st, 0, pos)
    if m is None:
        return None
    pron, joint = m.group("pron").lower(), m.group("joint")
    if joint is None and st[: m.start()].strip(" -*•"):
        return None
    if pron == "they" and joint is not None and joint.strip() == "which":
        return None  # "the county has a plan which they will publish": the body's plan
    if joint is not None:
        asked = _ONE_ASKED_RE.search(st, 0, m.start()) if pron != "they" else None
        if asked is not None and commits_as_one(ctx, asked["np"]):
            return asked["np"]  # "Cllr Ray asked Cllr Ito to ring the farmer, which she agreed to"
        opening = _SUBORDINATE_OPEN_RE.match(st) if joint.startswith(",") else None
        if opening is None or opening.group(1) != pron:
            subject = continued_subject(ctx, st, m.start())
            if subject is not None or pron == "they" or not _subject_no_one(st):
                return subject
    return antecedent(ctx, prev, plural=True) if pron == "they" else person_before(ctx, prev)


# Someone asked to do something, before the pronoun: "asked Cllr Ito to", "invited the Clerk
# to".
_ONE_ASKED_RE = re.compile(
    r"\b(?:asked|invited|requested|urged|encouraged)\s+"
    r"(?P<np>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+to\s+[a-z]"
)


def _subject_no_one(st: str) -> bool:
    """A sentence opening with "he" or "she" or with a thing ("The process was slow but he
    would continue to seek a way forward", "He has had no reply so he will follow up"): the
    "he" after its "but" or "so" is the person the sentence before names."""
    m = _THING_SUBJECT_RE.match(st)
    return m is not None and (m.group("pron") is not None or not m.group("np")[:1].isupper())


# A clause of time or condition opening the sentence about "he", "she" or "they".
_SUBORDINATE_OPEN_RE = re.compile(
    r"[\W\d]*(?:When|Once|If|After|Before|As\s+soon\s+as|Until|Unless|While)\s+(he|she|they)\b"
    r"[^,;.]*,\s"
)


# (a phrase of time may open the sentence: "In the meantime he was asked to")
_PRONOUN_END_RE = re.compile(
    rf"(?:^(?:[\s*•-]*{FRONTED})?|(?P<joint>(?:[;,]|\band(?:\s+that)?|\bbut|\bso|\b(?:(?:at|in|during)\s+)?which)\s+))"
    r"(?P<pron>He|She|They|he|she|they)\s*$"
)


def people_and_roles(ctx: Context, owner: str) -> bool:
    """People and roles together: "Rob and the Clerk", "Cllr Brown and the Chair"."""
    parts = split_owners(owner)
    return len(parts) > 1 and all(
        person_like(ctx, p) or given_name(p) or role_like(p) and not body_like(p) for p in parts
    )


# A sentence's subject: "he" or "she", or "the"/"a" and a noun in lower case.
_THING_SUBJECT_RE = re.compile(
    r"[\W\d]{0,6}(?:[a-z]\)\s*)?(?:(?P<pron>He|She)\b|(?:The|A|An|This|That|It)\s+(?P<np>\w+))"
)


# A person, initials or role opening a sentence, then its verb: the subject that "..., and
# will reserve ..." goes on with.
_SUBJECT_RE = re.compile(
    r"[\W\d]{0,6}(?P<np>(?:[Tt]he\s+)?[A-Z][\w.&’'-]*(?:\s+(?:of\s+)?[A-Z][\w.&’'-]*){0,3})"
    r"\s+(?:also\s+|then\s+)?[a-z]{2,}"
)


_THAT_SUBJECT_RE = re.compile(
    r"\bthat\s+(?P<np>(?:[Tt]he\s+)?[A-Z][\w.&’'-]*(?:\s+(?:of\s+)?[A-Z][\w.&’'-]*){0,3})"
    r"\s+(?:will|would|shall|is|are|was|were|has|have|had)\b"
)


def continued_subject(ctx: Context, st: str, end: int) -> str | None:
    """Whom "..., and will <verb>" (before ``end``) goes on about: the subject of the
    that-clause it continues ("CC said that the Parish Council will try ... and will put
    ..."), else the person, initials or role the sentence opens with; or None."""
    inner = max(_THAT_SUBJECT_RE.finditer(st, 0, end), key=lambda x: x.start(), default=None)
    if inner is not None:
        np = inner.group("np")
        return np if owner_like(ctx, np) and not self_body(np) else None
    m = _subject(st)
    if m is None:
        return None
    np = m.group("np")
    if np in ctx.initials or person_like(ctx, np) and not body_like(np):
        return np  # "HC" (initials the minutes use), "Cllr Rees"
    if body_like(np):
        return None
    named = all(given_name(x) for x in split_owners(np))
    return np if named or role_like(np) else None


def opening_subject(st: str) -> tuple[str, int] | None:
    """The noun phrase opening a sentence and where it starts, when a verb follows it: the
    subject that "..., and agreed to <verb>" goes on with."""
    m = _subject(st)
    return None if m is None else (m.group("np"), m.start("np"))


def _subject(st: str) -> re.Match[str] | None:
    """:data:`_SUBJECT_RE` at the sentence's start, past a word that joins it to what went
    before ("Recently Ann has ...": Ann; "However, the Clerk ...": the Clerk)."""
    m = _SUBJECT_RE.match(st)
    if m is None:
        return None
    first = m.group("np").split()[0]
    if not discourse_word(first.lower()):
        return m
    m = _SUBJECT_RE.match(st, m.start("np") + len(first))
    return m if m is None or not discourse_word(m.group("np").split()[0].lower()) else None


def reporter_in_clause(ctx: Context, before: str) -> str | None:
    """The person or role whose report opens the clause that "and would <verb>" goes on: "...,
    the clerk had not received any application and would make enquiries" (the clerk)."""
    clause = _CLAUSE_TAIL_RE.search(before)
    m = _REPORTER_RE.match(clause.group(0)) if clause else None
    if m is None:
        m = _REPORTED_SELF_RE.match(before)  # "Tom said he had rung the insurers but would"
    if m is None:
        m = _REPORTED_THING_RE.match(before)  # "The Chair advised that the response ..."
        thing = m["thing"] if m else ""
        if m is None or role_like(thing) or body_like(thing) or trade_like(thing):
            return None
    np = m.group("np")
    if np in ctx.initials:
        return np  # "SC was still waiting for a reply but would ring again"
    if body_like(np) or not (role_like(np) or person_like(ctx, np) and np[:1].isupper()):
        return None
    return np


# The last clause before "and would": from a comma, semicolon, dash or the start.
_CLAUSE_TAIL_RE = re.compile(r"[^,;:–—]*$")
# Its subject and a verb of a report: "the clerk had not received ...", "Cllr Rees was told".
_REPORTER_RE = re.compile(
    r"\s*(?P<np>(?:the\s+)?[A-Za-z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+"
    r"(?:had|has|have|was|were|is|are|did)\b"
)


# A report of what the reporter has done ("Cllr Ward said that she had written to the
# county", "The Clerk reported he was still waiting"): "and would chase it" goes on with him.
_REPORTED_SELF_RE = re.compile(
    r"[\W\d]*(?P<np>(?:the\s+|The\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+"
    r"(?:also\s+)?(?:advised|said|reported|confirmed|explained|stated|noted|added|informed"
    r"(?:\s+(?:the\s+)?\w+)?)\s+(?:that\s+)?(?:he|she|they)\s+"
    r"(?:had|has|have|was|were|is|are|did)\b"
)


# A report of a thing ("The Chair advised that the response had only just been received")
# or of how things stand ("Cllr Dunn advised there would be no cost"): "and would forward it
# on" then goes on with the reporter, a thing (or "there") acting for no one.
_REPORTED_THING_RE = re.compile(
    r"[\W\d]*(?P<np>(?:the\s+|The\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+"
    r"(?:advised|said|reported|confirmed|explained|stated|noted|informed\s+(?:the\s+)?\w+)"
    r"\s+(?:that\s+)?(?P<thing>(?:the|a|an|this|its|their)\s+[a-z]+"
    r"(?:\s+(?!(?:had|has|have|was|were|is|are|did|would|will)\b)[a-z]+){0,2}"
    r"|there(?=\s+(?:was|were|is|are|would|will|had|has)\b))\b(?!\s+(?:and|&)\b)"
)


def roles_and_bodies(owner: str) -> bool:
    """A role ("the Clerk"), or roles with bodies ("the parks team and the clerk"); a body
    alone only commits through :func:`.agents.body_will`."""
    parts = split_owners(owner)
    return any(role_like(p) and not body_like(p) for p in parts) and all(
        role_like(p) or body_like(p) for p in parts
    )


def speaker_of(ctx: Context, prev: str) -> str | None:
    """The person or role who opens the sentence before by speaking ("Priya said ...", "The
    Clerk reported ..."), or None."""
    m = _SPOKE_RE.search(prev)
    if m is None:
        return None
    ob = owner_before(prev, m.start())
    if ob is None or not LEAD_RE.fullmatch(prev, 0, ob[1]):
        return None
    owner = ob[0]
    if (
        person_like(ctx, owner)
        and not body_like(owner)
        or all(given_name(x) for x in split_owners(owner))
        or roles_and_bodies(owner)
    ):
        return owner
    return None


def person_before(ctx: Context, prev: str) -> str | None:
    """Whom "he" or "she" opening a sentence stands for: the person or role who spoke in the
    sentence before ("Cllr Smith said the engineer, Mr Jones, had visited. He will speak to
    the engineer": Cllr Smith), else the last person or role it names ("The Chair thanked Dr
    Patel. She would circulate the slides": Dr Patel), else a given name opening it as its
    subject though the attendance does not list it ("Caleb is checking the list. He will
    ...")."""
    found = speaker_of(ctx, prev) or antecedent(ctx, prev, plural=False)
    if found is None and (subject := opening_subject(prev)) is not None:
        found = subject[0] if plain_given_name(subject[0]) else None
    return found


_SPOKE_RE = re.compile(
    r"\s(?:said|reported|explained|advised|confirmed|stated|noted|updated|informed|told"
    r"|outlined|presented|suggested|proposed|mentioned|described)\b"
)


def initials_body(np: str) -> bool:
    """A body named by its initials with its article opening a sentence: "The PCC", "The
    HWB", "The PTA" (one body: not "The WGs")."""
    return _INITIALS_BODY_RE.fullmatch(np.strip()) is not None


_INITIALS_BODY_RE = re.compile(r"The\s+[A-Z][A-Z&]{1,6}")


def handle_subject(ctx: Context, st: str, i: int) -> tuple[str, int] | None:
    """Handles or names written in small letters that end just before st[i] and open their
    clause, as notes of a chat, an open-source group or a hurried clerk name people: "jdoe
    will check the build", "bodhi and tilmann will have a look", "(tommy in flight, akm to
    review)", "tom + priya to create the monthly update" (Tom and Priya present). Each is
    no English word ("note", "everyone") and no label of a topic, or a word of the name of
    someone the minutes name ("tom", though a word). (owner, start), or None."""
    m = _HANDLES_END_RE.search(st, max(0, i - 80), i)
    if m is None:
        return None
    names = _HANDLE_SEP_RE.split(m.group("who"))
    if not all(handle_word(n) or _named_word(ctx, n) for n in names):
        return None
    return m.group("who"), m.start("who")


def named_in_small_letters(ctx: Context, who: str) -> bool:
    """Whether each of the handles :func:`handle_subject` read is a word of the name of
    someone the minutes name ("tom + priya"): people known, who may take any task."""
    return all(_named_word(ctx, n) for n in _HANDLE_SEP_RE.split(who.lstrip("@")))


def _named_word(ctx: Context, word: str) -> bool:
    """A word of the name of someone the minutes name, in small letters ("tom" for Tom
    Reed), no word of grammar."""
    return word in ctx.name_tokens and word not in STOP_WORDS and word not in _PRONOUN_WORDS


def handle_word(word: str) -> bool:
    """A name or a handle a chat or notes give a person ("jdoe", "klausw", "tommy"), not an
    English word ("note", "duty", "which"), a label of a topic or a pronoun."""
    w = word.lstrip("@").lower()
    return (
        bool(w)
        and not is_word(w)
        and w not in STOP_WORDS
        and w not in NOT_OWNERS
        and not discourse_word(w)
        and w not in _PRONOUN_WORDS
    )


_PRONOUN_WORDS = frozenset(
    "i we you he she they it both everyone everybody someone somebody anyone anybody nobody".split()  # noqa: SIM905
)


_HANDLE = r"@?[a-z][a-z0-9_.-]{1,24}"
_HANDLES_END_RE = re.compile(
    rf"(?:^[\W\d]*|(?<=[(\[>])\s*|(?<=[,;:])\s+|(?<=[-–—>])\s+)"
    rf"(?P<who>{_HANDLE}(?:(?:\s*,\s*|\s+(?:and|&|\+)\s+|\s*/\s*){_HANDLE}){{0,3}})"
    r"(?:\s+(?:also|still|then|now))?\s+$"
)
_HANDLE_SEP_RE = re.compile(r"\s*,\s*|\s+(?:and|&|\+)\s+|\s*/\s*")
