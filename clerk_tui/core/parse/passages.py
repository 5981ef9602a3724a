"""The passage an action links to: the whole sentence that states it, when the clause a
rule found does not name its owner.

A rule finds an action in a clause ("ask the trust if she would join the group"), but the
passage a clerk jumps to from the action must show who does it: the whole sentence, with
the owner's tag that closes its line ("... as a local resident. Action S Mills", "...
submitted to the Board    AF", "... convenient for him. CJ to deal with this"), or the
owner's label before it ("JT - A-2017-69 Show the demo"). The contract's
``text[start:end]`` is "the sentence or paragraph that states it". A clause that names its
owner stays as it is: two jobs in one sentence keep their own words.
"""

from __future__ import annotations

import re

from ..model import Action
from .context import Context, Sentence, line_of, sentences_of_line
from .layout import strip_span

_TAG_MOST = 30
"""The longest rest of a line, after the sentence, read as a tag on it ("Action: Clerk")."""


_WORD_RE = re.compile(r"[^\W_]{2,}")


def as_passages(ctx: Context, actions: list[Action]) -> None:
    """Widen the span of each action whose span does not name its owner to the sentences it
    lies in, and to a short tag after them on the same line."""
    for a in actions:
        if not _names_owner(ctx.text[a.start : a.end], a.owner):
            a.start, a.end = _passage(ctx, a.start, a.end)


def _names_owner(passage: str, owner: str | None) -> bool:
    """Whether ``passage`` holds a word of ``owner`` (of two letters or more)."""
    if not owner:
        return False
    low = passage.lower()
    return any(w.lower() in low for w in _WORD_RE.findall(owner))


def _passage(ctx: Context, start: int, end: int) -> tuple[int, int]:
    if not 0 <= start < end <= len(ctx.text):
        return start, end
    for s, e, _, _ in _sentences_at(ctx, start):
        if s <= start < e:
            start = s
            break
    for s, e, _, _ in _sentences_at(ctx, end - 1):
        if s < end <= e:
            end = e
            break
    last = line_of(ctx, end - 1)
    # The line's end, not its content's: an owner's column is no part of its content.
    line_end = strip_span(ctx.text, end, ctx.lines[last].end)[1]
    paragraph_ends = last + 1 == len(ctx.lines) or last + 1 not in ctx.absorbed
    if paragraph_ends and end < line_end and len(ctx.text[end:line_end].strip()) <= _TAG_MOST:
        end = line_end
    return start, end


def _sentences_at(ctx: Context, pos: int) -> list[Sentence]:
    """The sentences of the line (or the hard-wrapped paragraph) holding ``pos``."""
    index = line_of(ctx, pos)
    while index > 0 and index in ctx.absorbed and index not in ctx.furniture:
        index -= 1
    return sentences_of_line(ctx, ctx.lines[index])
