"""How a message addresses the one it is sent to: the greeting, from the name the directory
or the minutes give: a person ('Dear Priya,', 'Dear Dr Marsh,'), a role ('Dear Parish
Clerk,'), a body ('Dear Parish Council colleagues,') or initials nobody resolved ('Dear
colleague,'); and whether an email address is one."""

from __future__ import annotations

from email.errors import HeaderParseError
from email.headerregistry import Address

from clerk_tui.core.names import (
    BODY_WORDS,
    ROLE_WORDS,
    fold,
    is_generic_role,
    looks_like_body,
    looks_like_initials,
    split_mention,
)

FORMAL_TITLES = {
    "dr": "Dr",
    "doctor": "Dr",
    "councillor": "Councillor",
    "cllr": "Councillor",
    "cr": "Councillor",
    "alderman": "Alderman",
    "mayor": "Mayor",
    "professor": "Professor",
    "prof": "Professor",
    "mr": "Mr",
    "mrs": "Mrs",
    "ms": "Ms",
    "miss": "Miss",
    "mx": "Mx",
    "rev": "Reverend",
    "revd": "Reverend",
    "reverend": "Reverend",
    "canon": "Canon",
    "lord": "Lord",
    "lady": "Lady",
    "baroness": "Baroness",
}
"""Titles a letter keeps before the surname ('Dear Dr Marsh,')."""
GIVEN_NAME_TITLES = {"sir": "Sir", "dame": "Dame"}
"""Titles that go with the given name ('Dear Sir John,')."""
UNASSIGNED = "Unassigned"
"""The recipient of actions with no owner: greeted as a colleague."""
_ROLE_WORDS = ROLE_WORDS | {"councillors", "auditor", "handyman", "caretaker", "warden"}


def greeting(name: str, kind: str | None = None) -> str:
    """'Dear …,' for a recipient called `name`; `kind` is the directory's ('person' or
    'body'), None for a name as the minutes write it."""
    return f"Dear {addressee(name, kind)},"


def addressee(name: str, kind: str | None = None) -> str:
    """What follows 'Dear': see `greeting`."""
    written = " ".join(name.split())
    if not written or written == UNASSIGNED or looks_like_initials(written):
        return "colleague"
    bare = _without_article(written)
    if kind == "body" or (kind is None and looks_like_body(bare)):
        return f"{bare} colleagues"
    parts = split_mention(written)
    if not parts.tokens or is_generic_role(written) or _names_a_role(parts.name):
        return bare
    words = parts.name.split() or bare.split()
    for honorific in parts.honorifics:
        if honorific in GIVEN_NAME_TITLES:
            return f"{GIVEN_NAME_TITLES[honorific]} {words[0]}"
        if honorific in FORMAL_TITLES:
            return f"{FORMAL_TITLES[honorific]} {_surname(words)}"
    return words[0]


def _without_article(text: str) -> str:
    first, _, rest = text.partition(" ")
    return rest if first.lower() == "the" and rest else text


def _names_a_role(name: str) -> bool:
    """'Parish Clerk', 'Internal Auditor', 'Director of Public Health': a post, not a name."""
    return any(word in _ROLE_WORDS or word in BODY_WORDS for word in fold(name).split())


_PARTICLES = frozenset({"van", "von", "de", "der", "den", "du", "da", "di", "le", "la"})


def _surname(words: list[str]) -> str:
    """The surname with its particles: 'van der Berg' of 'Jan van der Berg'."""
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in _PARTICLES:
        start -= 1
    return " ".join(words[start:])


def is_email(value: str) -> bool:
    """One plain address, name@domain.tld ('priya.n@riverside.gov.uk')."""
    try:
        address = Address(addr_spec=value.strip())
    except (HeaderParseError, ValueError, IndexError):
        return False
    return bool(address.username) and "." in address.domain and address.addr_spec == value.strip()
