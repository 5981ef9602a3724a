"""People known only as the owners of actions: "Aizat to draft the rota", "Bilal: order
the parts". The action rules read the grammar that makes a word an owner; a first name
that no other rule found is a person too."""

from __future__ import annotations

import re

from ...model import Action, Person
from ..actions.lexicon import is_word
from .words import ROLE_WORDS, is_placeholder, is_stop_word, may_be_given_name, plain

_FIRST_NAME_RE = re.compile(r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?")


def owners_as_people(text: str, people: list[Person], actions: list[Action]) -> list[Person]:
    """``people`` with each first name that owns an action and is no one found yet (nor a
    role, a body or an everyday word), in order of first mention."""
    known = {plain(t.lower().rstrip(".")) for p in people if p.name for t in p.name.split()}
    added: list[Person] = []
    for action in actions:
        for owner in action.owners or ([action.owner] if action.owner else []):
            word = owner.strip()
            low = plain(word.lower())
            if (
                not _FIRST_NAME_RE.fullmatch(word)
                or low in known
                or is_stop_word(word)
                or low in ROLE_WORDS
                or is_word(word)
                and not may_be_given_name(word)
            ):
                continue
            at = text.find(word, action.start, action.end)
            if at < 0:
                continue
            known.add(low)
            added.append(Person(word, None, [(at, at + len(word))]))
    if not added:
        return people
    return sorted([*people, *added], key=lambda p: p.mentions[0][0] if p.mentions else 0)


def without_placeholder_owners(actions: list[Action]) -> list[Action]:
    """``actions`` with owners that only hold a name's place ("TBC", "??", "N/A" in an
    owner column) taken out: an action with no one named yet has no owner."""
    for action in actions:
        if action.owner is not None and is_placeholder(action.owner):
            action.owner, action.owners = None, []
        action.owners = [o for o in action.owners if not is_placeholder(o)]
    return actions
