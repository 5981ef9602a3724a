"""An answer recorded after an arrow to a question or proposal of the notes: "Check-in round
before meetings? -> No real consensus; just try it out next time", a suggestion then "->
Temporarily do it like that", "Widen the path or leave it?" / "-> Fine to do that."."""

from __future__ import annotations

import re

from ..context import Context, line_end, lines_with

_ARROW_RE = re.compile(r"(?<!\S)(?:->|=>|→)\s*")
# What an answer is put to: a question, or a suggestion or wish.
_PUT_RE = re.compile(
    r"\?|(?i:\b(?:suggest(?:s|ed|ion)?|propos(?:es|ed|al)|ideas?|wants?\s+to|would\s+like|asks?\s+about)\b)"
)
# A report rather than an answer: someone named and what they did ("-> Matthias answered
# privately", "-> Isabell suggested ...").
_REPORT_RE = re.compile(
    r"[A-Z][\w’'-]*\s+(?:[a-z]+(?:ed|s)|will|would|can|could|should|may|might|has|had)\b"
)


def arrow_answers(ctx: Context) -> list[tuple[int, int]]:
    """Each line whose arrow ("->", "=>", "→") gives the answer to a question or suggestion
    before it, on the line or the line above: from that question to the end of the answer's
    line. Not an arrow followed by someone's report ("-> Matthias answered ...")."""
    text = ctx.text
    out: list[tuple[int, int]] = []
    for i in sorted({*lines_with(ctx, "->"), *lines_with(ctx, "=>"), *lines_with(ctx, "→")}):
        ln = ctx.lines[i]
        if ln.blank or i in ctx.absorbed:
            continue
        end = line_end(ctx, ln)
        arrow = _ARROW_RE.search(text, ln.cstart, end)
        if arrow is None or _REPORT_RE.match(text, arrow.end(), end):
            continue
        if arrow.start() > ln.cstart + 1:
            start = ln.cstart  # "Check-in round? -> No consensus; try it"
        else:  # "-> Fine to do that." under the question
            prev = next(
                (ctx.lines[j] for j in range(i - 1, -1, -1) if not ctx.lines[j].blank), None
            )
            while prev is not None and prev.index in ctx.absorbed:  # a wrapped paragraph's start
                prev = ctx.lines[prev.index - 1]
            if prev is None or prev.cstart in ctx.item_start_set:
                continue
            start = prev.cstart
        if _PUT_RE.search(text, start, arrow.start()):
            out.append((start, end))
    return out
