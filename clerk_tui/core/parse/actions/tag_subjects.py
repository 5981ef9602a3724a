"""Initials in brackets as the subject of a task: "[RB] to circulate the draft", "(TK) will ask
the printers for a quote", as notes written in a hurry tag who does what."""

from __future__ import annotations

import re

from ...model import Action
from ..context import Context, Spans, line_end
from .common import make_action
from .entry_lines import NOT_OWNERS
from .lexicon import is_base_verb


def tag_subject_actions(ctx: Context, actions: list[Action], claimed: Spans) -> None:
    """A tag of initials in square or round brackets opening a line or a sentence, then "to"
    or "will" and a verb: "[RB] to circulate the draft constitution", "The fete was
    discussed. (TK) will book the bouncy castle.", "- [RB/TK] to check the lease". The task
    runs to the sentence's end. Not: a tag closing a name ("Rosa Bell (RB) to ..." is
    prose's), a note's label ("(NB) to be noted"), nor "to be" ("[TK] to be away in May")."""
    text = ctx.text
    for ln in ctx.lines:
        if ln.blank or ln.index in ctx.absorbed:
            continue
        end = line_end(ctx, ln)
        if text.find("[", ln.cstart, end) < 0 and text.find("(", ln.cstart, end) < 0:
            continue  # (a cheap test first)
        for m in _TAG_SUBJECT_RE.finditer(text, ln.cstart, end):
            if m.start() != ln.cstart and not m.group("after"):
                continue  # inside a sentence: "Rosa Bell (RB) to ..."
            owner, verb = m.group("o"), m.group("verb")
            if owner.lower() in NOT_OWNERS or verb in ("be", "have") or not is_base_verb(verb):
                continue
            s = m.start("tag")
            e = m.end()
            if claimed.overlaps(s, e):
                continue
            actions.append(make_action(ctx, m.group("task"), owner, s, e))
            claimed.add(s, e)


# "[RB] to circulate ...", "(TK/YJ) will ask ...", at a line's start or after a sentence's end.
_TAG_SUBJECT_RE = re.compile(
    r"(?P<after>(?<=[.;!?])[ \t]+)?(?P<tag>[\[(](?P<o>[A-Z]{2,4}(?:\s*[/,&]\s*[A-Z]{2,4}){0,3})"
    r"[\])])[ \t]*:?[ \t]+(?:to|will|is\s+to|are\s+to)\s+"
    r"(?P<task>(?P<verb>[a-z]+)\b[^.;!?]*(?:\.(?=\S)[^.;!?]*)*[.!]?)"
)
