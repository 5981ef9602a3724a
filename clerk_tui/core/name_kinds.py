"""What a name in the minutes names: a person, a post, a body or a thing.

"Add all new" in review adds only people ("Pam Bullas", "Cllr Hughes"), never a post
("Parish Clerk", "Internal Auditor"), a group ("Parish Councillors") or a thing the minutes
capitalise ("Farm Tenancy", "Telephone Box"); and a role the parser read beside a name is
kept only when it reads as one ("Chair", not "who was unavoidably detained at work").
"""

from __future__ import annotations

import re

from clerk_tui.core.names import (
    BODY_WORDS,
    ROLE_WORDS,
    fold,
    is_generic_role,
    looks_like_body,
    split_mention,
)
from clerk_tui.core.parse.people import words

_POST_WORDS = ROLE_WORDS | words.ROLE_WORDS | {"auditor", "auditors", "handyman", "caretaker"}
_ARTICLE_BEFORE = r"\b(?:the|a|an)\s+"
_NOT_A_ROLE_START = frozenset(
    """who which that whose was were is are had has have as because due being on for at in
    with from by and but or not""".split()  # noqa: SIM905
)
MAX_ROLE_WORDS = 10


def names_a_role(name: str) -> bool:
    """'Parish Clerk', 'Internal Auditor', 'Director of Public Health', 'Parish Councillors':
    a post or a group, not someone's name."""
    return any(
        word in _POST_WORDS or word.removesuffix("s") in _POST_WORDS or word in BODY_WORDS
        for word in fold(name).split()
    )


def names_a_person(mention: str, *, listed: bool = False, minutes: str = "") -> bool:
    """Whether `mention` is a person's name, as the minutes `minutes` use it (`listed`: it
    stands in their attendance list). A name of two words or more with no post or body word
    in it counts when something says it is a person: an honorific, initials given with it,
    the attendance list, a known given name, or none of its words written in lower case
    elsewhere in the minutes; never when the minutes put an article before it ('the Farm
    Tenancy')."""
    parts = split_mention(mention)
    name_words = parts.name.split()
    if not name_words or is_generic_role(mention) or looks_like_body(parts.name):
        return False
    given = [w for w in name_words[:-1] if len(w.rstrip(".")) > 1]  # 'A Orpwood': an initial
    if names_a_role(parts.name) or any(words.is_stop_word(w) for w in given):
        return False
    last = fold(name_words[-1])
    if words.is_stop_word(last) and not (len(name_words) > 1 and last in words.SURNAME_STOP_WORDS):
        return False
    if minutes and re.search(_ARTICLE_BEFORE + re.escape(parts.name) + r"\b", minutes, re.I):
        return False
    if len(name_words) < 2 and not parts.honorifics:
        return False  # 'Tom', 'Okafor': whose? The clerk says.
    lower = {w for w in re.findall(r"\b[a-z][a-z'-]+\b", minutes)} if minutes else set()
    return bool(
        parts.honorifics
        or parts.initials
        or listed
        or words.is_given_name(name_words[0])
        or (len(name_words) >= 2 and not any(fold(w) in lower for w in name_words))
    )


def reads_as_role(text: str | None) -> bool:
    """A role as minutes give one beside a name ('Chair', 'Programme Director of Better
    Broadband'), not a clause the parser took along ('who was unavoidably detained at
    work') or a reason for absence ('holiday')."""
    if not text or not text.strip():
        return False
    folded = fold(text).split()
    if not folded or folded[0] in _NOT_A_ROLE_START or len(folded) > MAX_ROLE_WORDS:
        return False
    return not words.ABSENCE_REASON_RE.fullmatch(text.strip())
