"""Actions marked as such: "ACTION: <owner>" after the paragraph it closes, and inline
"Action: NB to circulate ...", "(Action: SB/JG)"."""

from __future__ import annotations

import re

from ...model import Action
from ..context import Context, Spans
from ..layout import split_sentences, strip_span
from .common import ACTION_MARK_RE, best_sentence, make_action, paragraph_before
from .owners import CONNECTORS, first_names, owner_like


def marker_actions(ctx: Context, actions: list[Action], claimed: Spans) -> None:
    """Actions marked as such: "ACTION: Jo Banks" after the paragraph (or the
    sentence before it on the line) it closes, "Action: NB to circulate ...", "(Action:
    SB/JG)", and "ACTION: <task> (owner)" / "- owner"."""
    text = ctx.text
    for ln in ctx.lines:
        if ln.blank or ln.cend - ln.cstart > 20000:
            continue
        c = text[ln.cstart : ln.cend]
        if "ction" not in c and "CTION" not in c:
            continue
        for m in ACTION_MARK_RE.finditer(text, ln.cstart, ln.cend):
            # Not "Action Plan" headings: the marker needs a colon/dash, checked by the regex.
            rest_start = m.end()
            rest_end = ln.cend
            # The marker's text runs to the end of the sentence or a closing bracket.
            bracketed = text[m.start()] == "("
            if bracketed:
                close = text.find(")", rest_start, ln.cend)
                if close < 0:
                    continue
                rest_end = close
            else:
                for sp in split_sentences(text, rest_start, ln.cend):
                    rest_end = sp.end
                    break
            rest = text[rest_start:rest_end].strip().rstrip(".")
            if not rest:
                continue
            before_start, before_end = strip_span(text, ln.cstart, m.start())
            owner: str | None
            task: str
            span_s: int
            span_e: int
            mt = re.match(
                r"^(?P<o>[A-Z][\w’'&./-]*(?:\s+(?:of|for|and|&|the|/)?\s*[A-Z][\w’'&./-]*){0,7}|[A-Z]{2,4}(?:\s*/\s*[A-Z]{2,4})*)\s+(?:to|will)\s+(?P<t>\S.*)$",
                rest,
            )
            words = rest.split()
            if mt and (owner_like(ctx, mt.group("o")) or first_names(mt.group("o"), mt.group("t"))):
                owner = mt.group("o").strip()
                task = mt.group("t")
                span_s, span_e = m.start(), rest_end
                if bracketed:
                    span_e = rest_end + 1
            elif (
                len(words) <= 8
                and not re.search(r"\b(?:to|will|should|must|by)\b", rest)
                and (
                    owner_like(ctx, rest)
                    or all(w[:1].isupper() or w.lower() in CONNECTORS or w in "/&" for w in words)
                )
            ):
                owner = rest.strip()
                if before_end > before_start:
                    # "... church groups. Action: Brenda": the sentence(s) before it on the line.
                    target_line = ln
                    sp = best_sentence(ctx, target_line, owner, limit=before_end)
                    span_s, span_e = sp.start, sp.end
                    task = text[sp.start : sp.end]
                    claimed.add(ln.cstart, before_end)
                else:
                    para = paragraph_before(ctx, ln.index)
                    if para is None:
                        continue
                    sp = best_sentence(ctx, para, owner)
                    span_s, span_e = sp.start, sp.end
                    task = text[sp.start : sp.end]
                    claimed.add(para.cstart, para.cend)
            else:
                tail = re.search(
                    r"\s*[(\[]\s*(?P<o>[A-Z][^()\[\]]{0,60})[)\]]\s*$|\s+[–—-]\s+(?P<o2>[A-Z][\w .&/-]{0,60})$",  # noqa: E501
                    rest,
                )
                owner = None
                task = rest
                if tail:
                    cand = (tail.group("o") or tail.group("o2") or "").strip()
                    if owner_like(ctx, cand):
                        owner = cand
                        task = rest[: tail.start()]
                span_s, span_e = m.start(), rest_end
            span_s, span_e = strip_span(text, span_s, span_e)
            actions.append(make_action(ctx, task, owner, span_s, span_e))
            claimed.add(span_s, span_e)
            claimed.add(m.start(), rest_end)
