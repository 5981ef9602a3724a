"""Who "I" is, in notes written by many hands: an action whose owner was read as "I" ("I'll
look into that soon") belongs to the speaker the notes name for that line, the presenter
the item's heading names, or the role the writer gives themself; "I" stays when nothing
names them (a letter with no signature)."""

from __future__ import annotations

import re

from ...model import Action
from ..context import Context, item_at, line_of
from ..layout import paragraph_start
from ..people import ROLE_WORDS
from .owners import person_like, plain_given_name, split_owners
from .speakers import speaker_of


def name_first_person(ctx: Context, actions: list[Action]) -> None:
    """Give each action owned by "I" the person or role that "I" stands for, when known."""
    for a in actions:
        if a.owner in ("I", "i"):
            who = (
                speaker_of(ctx, a.start)
                or _presenter(ctx, a.start)
                or _own_role(ctx, a.start, a.end)
            )
            if who is not None:
                a.owner, a.owners = who, split_owners(who)


def _presenter(ctx: Context, pos: int) -> str | None:
    """The person the heading over the line names after its topic: "### Siggraph - Joe",
    "Release plan (Dana)", "4. Budget – Cllr Shah"."""
    k = item_at(ctx, pos)
    title = ctx.items[k].title if k is not None else ""
    for ln in reversed(ctx.lines[max(0, line_of(ctx, pos) - 60) : line_of(ctx, pos)]):
        if ctx.text.startswith("#", ln.cstart):
            title = ctx.text[ln.cstart : ln.cend]
            break
    m = _PRESENTER_RE.search(title)
    if m is None:
        return None
    who = m.group("who") or m.group("who2")
    return who if person_like(ctx, who) or plain_given_name(who) else None


_NAME = r"(?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+)?"
_PRESENTER_RE = re.compile(rf"\S\s+[-–—]\s+(?P<who>{_NAME})\W*$|\((?P<who2>{_NAME})\)\W*$")


def _own_role(ctx: Context, pos: int, end: int) -> str | None:
    """The role the writer gives themself in the paragraph up to the task: "This is my last
    month as treasurer", "As Secretary, I ...", "I am the club's welfare officer"."""
    text = ctx.text
    lo = paragraph_start(text, pos, 1500)
    for m in _OWN_ROLE_RE.finditer(text, lo, end):
        words = m.group("role").split()
        if " ".join(words).lower() in ROLE_WORDS or words[-1].lower() in ROLE_WORDS:
            return " ".join(words)
        if words[0].lower() in ROLE_WORDS:
            return words[0]
    return None


_OWN_ROLE_RE = re.compile(
    r"(?:\b(?:my|I)\b[^.\n]{0,60}?\bas|\bI\s+am|\bI['’]m|(?:^|[.\n]\s*)As)\s+"
    r"(?:the\s+|your\s+|our\s+|\w+['’]s\s+)?(?P<role>[A-Za-z-]+(?:\s+[A-Za-z-]+)?)\b"
)
