"""Owners and verbs in terse notes, where the grammar of prose is cut short: a topic run on
before the owner with no full stop ("Heating of the hall Brian to ring the electrician"), a
note ending in a participle before the owner ("Hedge survey required Clerk to chase"), and a
word after "<owner> to" that is the verb by its place though no dictionary has it so ("AW to
advice us of ...")."""

from __future__ import annotations

import re

from ..context import Context, per_parse
from ..people.words import is_name_word
from .lexicon import is_base_verb, is_plural_noun, verb_base
from .owners import person_like, role_like


def trailing_agent(ctx: Context, np: str) -> tuple[str, int] | None:
    """The owner ending a run of capitalised words that is not one as a whole: a topic run on
    before it ("Electrical Testing of Heaters Brian" -> "Brian", "Tree Survey KT" -> "KT");
    (owner, its offset in ``np``). The owner is initials, someone the minutes name, a
    given name, or a role ("Bins Clerk" -> "Clerk")."""
    words = list(_WORD_RE.finditer(np))
    if words and is_base_verb(words[0].group(0).lower()):
        return None  # "Ask Tom", "Invite Sam": a verb and its object, not a topic
    for k in range(max(1, len(words) - 3), len(words)):  # the owner: three words at most
        start = words[k].start()
        tail = np[start:]
        first = words[k].group(0)
        if not first[:1].isupper():
            continue  # "of Heaters Brian": a connector opens no owner
        n = len(words) - k
        if (
            tail in ctx.initials
            or _INITIALS_RE.fullmatch(tail)
            or person_like(ctx, tail)
            or (n == 1 and is_name_word(tail))
            or (n <= 2 and role_like(tail) and tail.split()[-1].lower().rstrip("s") in _ROLES)
        ):
            return tail, start
    return None


_WORD_RE = re.compile(r"\S+")
_INITIALS_RE = re.compile(r"[A-Z]{2,4}")
# Roles that own a note's task on their own ("Bins Clerk to chase").
_ROLES = frozenset("clerk chair chairman treasurer secretary warden caretaker".split())  # noqa: SIM905


def verb_by_position(word: str) -> bool:
    """A word after "<owner> to" that is taken for the task's verb by its place though it is
    no verb in its base form ("advice", a slip for "advise"): a word in lower case, not a
    pronoun or a determiner, a plural noun ("members") or a verb's other forms."""
    return (
        len(word) >= 3
        and word.isalpha()
        and word.islower()
        and word not in _NOT_VERBS
        and not is_plural_noun(word)
        and verb_base(word) in (None, word)
    )


_NOT_VERBS = frozenset(
    """
    everyone everybody anyone someone all both each either none whom which what whose where
    when
    """.split()  # noqa: SIM905
)


def participle_note(before: str) -> bool:
    """A note of a few words ending in a past participle, its full stop missing, before the
    owner of what follows: "Hedge survey required" (Clerk to chase), "Quote received"."""
    words = before.split()
    if not 2 <= len(words) <= 4 or not words[0][:1].isupper():
        return False
    if any(w.lower() in _AUXILIARIES or role_like(w) for w in words):
        return False  # "Cllr Lee has contacted the Council": a verb and its object
    if words[-1].lower() in _ASKING:
        return False  # "The Mayor asked the Clerk to brief ...": :mod:`.prose` reads requests
    last = words[-1]
    return last.isalpha() and last.endswith("ed") and verb_base(last) not in (None, last)


_AUXILIARIES = frozenset("has have had was were is are be been will would".split())  # noqa: SIM905
# Verbs whose object is asked to act, not the owner of a note's task by a missing full stop.
_ASKING = frozenset(
    "asked requested invited told instructed reminded urged encouraged advised wanted".split()  # noqa: SIM905
)


def known_handle(ctx: Context, word: str) -> bool:
    """A user name in lower case that the minutes give as someone's ("@tnowak", "(tnowak)")
    or the attendance names."""
    return word in ctx.name_tokens or word in _handles(ctx.text)


@per_parse  # (a new text each parse: no look-up compares a whole text)
def _handles(text: str) -> frozenset[str]:
    """The user names written "@tnowak", "(tnowak)" after a name ("Tomasz Nowak (tnowak)"), or
    "<tnowak>" opening a chat log's line, in the text, once per parse ("Projects (beta)" names
    no one)."""
    return (
        frozenset(_HANDLE_RE.findall(text))
        | _named_handles(text)
        | frozenset(_SPEAKER_HANDLE_RE.findall(text))
    )


def _named_handles(text: str) -> frozenset[str]:
    """The handles of ``_NAMED_HANDLE_RE.findall(text)`` ("Tomasz Nowak (tnowak)"), found from
    the brackets: each "(tnowak)" whose two capitalised words before it read backwards
    (``_NAMES_BEFORE_BACKWARDS_RE`` on the reversed text, at the bracket). The same handles
    (no two matches can share a bracket), without trying the name pattern at every capital
    of the text."""
    found: set[str] = set()
    backwards = ""
    for m in _BRACKETED_HANDLE_RE.finditer(text):
        if not backwards:
            backwards = text[::-1]
        if _NAMES_BEFORE_BACKWARDS_RE.match(backwards, len(text) - m.start()):
            found.add(m.group(1))
    return frozenset(found)


_HANDLE_RE = re.compile(r"@([a-z][\w-]{1,38})\b")
_SPEAKER_HANDLE_RE = re.compile(r"(?m)^(?:\S+\s+)?<[@+]?([a-z][\w-]{1,38})>\s")
_NAMED_HANDLE_RE = re.compile(r"[A-Z][a-z’'-]++\s+[A-Z][a-z’'-]++\s+\(([a-z][\w-]{1,38})\)")
# Its bracketed handle, and (read backwards from the bracket) the two words before it.
_BRACKETED_HANDLE_RE = re.compile(r"\(([a-z][\w-]{1,38})\)")
_NAMES_BEFORE_BACKWARDS_RE = re.compile(r"\s+[a-z’'-]+[A-Z]\s+[a-z’'-]+[A-Z]")
