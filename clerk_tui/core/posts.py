"""A committee's officer posts as minutes and directories write them.

Every committee has its own chair, clerk, secretary, treasurer and minute taker, each
written several ways: 'the Chairman', 'Parish Clerk', 'Clerk to the Council', 'Hon. Treas.',
'Minute Secretary'. `post_named` reads a mention that names a post alone; `holds_post` says
whether a directory role is that post on a committee, perhaps is ('Assembly Clerk', 'Parish
Clerk (Minutes)': a clerk of some kind), or is another post ('Vice-Chair', 'Chair of the
Audit Board', 'Chair, ICB' when the meeting is not theirs).
"""

from __future__ import annotations

import re
from enum import Enum

from clerk_tui.core.names import ROLE_WORDS, fold, fold_role

_POSTS = {
    "chair": "chair",
    "chairman": "chair",
    "chairwoman": "chair",
    "chairperson": "chair",
    "clerk": "clerk",
    "secretary": "secretary",
    "sec": "secretary",
    "treasurer": "treasurer",
    "treas": "treasurer",
    "tres": "treasurer",
    "minute taker": "minute taker",
    "minutes taker": "minute taker",
    "minute secretary": "minute taker",
    "minutes secretary": "minute taker",
    "note taker": "minute taker",
}
"""Each way of writing a post, and the post."""
_SAME_POST = frozenset({"the", "parish", "town", "city", "community", "council", "hon", "honorary"})
"""Words beside a post that leave it the committee's own: 'Parish Clerk', 'Hon. Treasurer'."""
_ACTING = frozenset({"acting", "interim"})
"""An acting post is the post for now: 'Acting Chair'."""
_OTHER_POST = frozenset(
    {"vice", "deputy", "assistant", "former", "past", "outgoing", "incoming", "retiring", "ex"}
)
"""Words that make a post another one: 'Vice-Chair', 'Assistant Clerk', 'former Treasurer'."""
_BODY_AFTER = re.compile(r"\s+(?:of|for|to)\s+")
"""'Chair of the Audit Board', 'Clerk to the Council': the post, then whose it is."""
_PARTS = re.compile(r"\s*(?:/|&|\band\b|\+)\s*")
_CONNECTIVES = frozenset({"the", "of", "and", "for", "to", "a", "an"})


class Holding(Enum):
    """Whether a directory role is a post on the committee."""

    HOLDS = "holds"
    MAY_HOLD = "may hold"
    NO = "no"


def post_named(mention: str, committee: str) -> str | None:
    """The post on `committee` a mention names alone: 'the Clerk to the Council' ->
    'clerk', 'Hon. Treas.' -> 'treasurer', 'Minute Secretary' -> 'minute taker'; None for
    anything else, another body's post too ('the Chair of the Audit Board')."""
    post, qualified = _read_post(fold_role(mention))
    if not post or qualified:
        return None
    whose = _whose(mention)
    return post if whose is None or _names_committee(whose, committee) else None


def holds_post(role: str, organisation: str | None, post: str, committee: str) -> Holding:
    """Whether the directory role `role` at `organisation` is `post` on `committee`:
    'Rector and Chair', 'Co-opted Governor, Chair' and 'Parish Clerk and RFO' hold theirs;
    'Chair, ICB', 'Chair of the Audit Board' and a chair at Healthwatch are another body's
    (unless the committee is that body); 'Vice-Chair' is another post; 'Assembly Clerk'
    may be the clerk."""
    best = Holding.NO
    if organisation and not _names_committee(fold(organisation), committee):
        return best
    for piece in role.split(","):
        for part in _PARTS.split(piece):
            found, qualified = _read_post(fold_role(part))
            if found != post:
                continue
            if qualified:
                best = Holding.MAY_HOLD
                continue
            whose = _whose(part)
            if whose is None:
                whose = _body_after_comma(role, piece)
            if whose is None or _names_committee(whose, committee):
                return Holding.HOLDS
    return best


def _read_post(words: str) -> tuple[str | None, bool]:
    """The post in folded `words` and whether other words qualify it ('assembly clerk':
    ('clerk', True)); (None, False) when there is none or it is another post."""
    head = _BODY_AFTER.split(words, maxsplit=1)[0].split()
    if any(w in _OTHER_POST for w in head):
        return None, False
    kept = [w for w in head if w not in _SAME_POST and w not in _ACTING]
    whole = _POSTS.get(" ".join(kept))
    if whole:
        return whole, False
    posts = {_POSTS[w] for w in kept if w in _POSTS}
    return (posts.pop(), True) if len(posts) == 1 else (None, False)


def _whose(part: str) -> str | None:
    """The body after 'of', 'for' or 'to' in a role ('Chair of the Audit Board')."""
    pieces = _BODY_AFTER.split(fold(part), maxsplit=1)
    return pieces[1] if len(pieces) == 2 else None


def _body_after_comma(role: str, piece: str) -> str | None:
    """'Chair, ICB': the piece after a post's, when it names no post or role of its own."""
    pieces = [p.strip() for p in role.split(",")]
    index = pieces.index(piece.strip())
    if index + 1 >= len(pieces):
        return None
    after = pieces[index + 1]
    names_a_role = any(w in ROLE_WORDS for w in fold(after).split())
    return None if names_a_role or _read_post(fold_role(after))[0] else fold(after)


def _names_committee(whose: str, committee: str) -> bool:
    """The body a post is of is the committee itself ('Chair of the Parish Council' in the
    Parish Council's minutes): its words, but for 'the' and 'council', are the committee's."""
    words = set(whose.split()) - _CONNECTIVES - _SAME_POST
    return words <= set(fold(committee).split())
