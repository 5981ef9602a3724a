"""Decisions: "RESOLVED", "DECISION", numbered "That ..." resolutions, "it was agreed that",
"The Board noted/agreed/approved ...", minutes approved, elections."""

from __future__ import annotations

import re

from ..model import Decision
from .context import Context, item_at, line_end, sentences_of_line
from .items import ENUM_RE, MARKER_RE, NUM_RE, heading_like
from .layout import Line, strip_span

_RESOLVED_LINE_RE = re.compile(
    r"^(?:(?:RESOLVED|Resolved|RESOLVE)(?:\s+(?:UNANIMOUSLY|unanimously))?|AGREED|Agreed|DECISION|Decision"
    r"|DECIDED|Decided|DECISIONS|NOTED|Recommendations? agreed|RECOMMENDATIONS? AGREED)"
    r"\b\s*(?::|-|–|—|\.)?\s*(?P<rest>.*)$"
)

_THAT_RE = re.compile(r"^(?:\(?\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})\s*[.)]\s*)?That\b")
_DECISION_RES = [
    re.compile(
        r"\b(?:it\s+was|it\s+is|it\s+has\s+been|was|were)\s+(?:unanimously\s+|formally\s+|further\s+)?"
        r"(?:RESOLVED|resolved|agreed|AGREED|decided|DECIDED)\s+(?:that|to)\b"
    ),
    re.compile(
        r"(?:\b(?:[Tt]he\s+)?(?:Board|Committee|committee|Cabinet|Panel|Sub-Committee|Group|Partnership"
        r"|Council|Members|members|Governors|governors|Trustees|Forum|Executive|Assembly|Commission|Meeting|meeting)|\b[Tt]he\s+[A-Z]{2,5})"
        r"\s+(?:also\s+|then\s+|further\s+|unanimously\s+|formally\s+)?"
        r"(?:resolved|RESOLVED|agreed|AGREED|approved|APPROVED|endorsed|noted\s+the|NOTED|accepted"
        r"|ratified|adopted|signed\s+off|decided|recommended|RECOMMENDED|(?:were|was)\s+(?:happy|content|pleased)\s+to"
        r"\s+(?:take|approve|support|endorse|agree|accept|recommend|sign|note|proceed))\b"
    ),
    re.compile(
        r"(?i)\bminutes\b(?:(?!\b(?:will|to|shall|would|not|unapproved)\b)[^.;]){0,140}?"
        r"\b(?:were|was|be|been|are|is|–|-)?\s*(?:duly\s+|formally\s+)?"
        r"(?:agreed|approved|confirmed|accepted|adopted|signed)\b(?!\s+(?:at|by)\s+the\s+next)"
    ),
    re.compile(
        r"\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:elected|appointed|re-elected)\b"
        r"|\btook the role of\b"
    ),
    re.compile(
        r"(?<!\bhad\s)\b(?:were|was|been)\s+(?:unanimously\s+|formally\s+)?(?:agreed|approved|endorsed|ratified"
        r"|adopted|carried)\b(?!\s+(?:to|by\s+the\s+next))"
    ),
]
# "The ICB agreed to provide a breakdown": a partner body's task, not the meeting's decision.
_PARTNER_TASK_RE = re.compile(
    r"[Tt]he\s+[A-Z]{2,5}\s+(?:also\s+)?agreed\s+to\s+(?!(?:note|approve|support|endorse|accept"
    r"|recommend|defer|receive|adopt|agree|delegate|ratify|confirm|welcome)\b)[a-z]"
)
_RESOLUTION_VERB_RE = re.compile(
    r"\bbe\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|ne)\b|\bbe\s+(?:set|put|sent|held|made)\b"
)
_FINITE_RE = re.compile(r"\b(?:were|was|had|is|are|has|have)\b")


_DECISION_HINT = re.compile(
    r"resolved|agreed|approved|decided|noted|endorsed|accepted|ratified|adopted|signed"
    r"|elected|appointed|took the role|carried|happy|content|pleased|recommended|confirmed"
)

_NON_ALNUM_RE = re.compile(r"[^0-9a-z]+")
_DECISION_LABEL_RE = re.compile(r"^(?:RESOLVED|Resolved|DECISION|Decision)\s*[:\-–]?")
_LOWER_DECISION_VERB_RE = re.compile(r"(?i)(?:agreed|decided|noted)\s+(?:to|that|with|by|the)\b")
_MARKER_WORD_RE = re.compile(r"^(?:RESOLVED|Resolved|DECISION|Decision|AGREED|NOTED)\b")
_LABEL_WORD_RE = re.compile(r"^\S+\s*(?::|-|–|—|$)")
_THAT_ALONE_RE = re.compile(r"(?i)that:?|as follows:?")
_NEXT_MARKER_RE = re.compile(r"(?i)(?:resolved|decision|agreed|decided)\b\s*(?::|-|–|—|that\b|$)")
_THAT_WORD_RE = re.compile(r"^(?:That|that)\b")


def _norm(s: str) -> str:
    return " ".join(_NON_ALNUM_RE.sub(" ", s.lower()).split())


def find_decisions(ctx: Context) -> list[Decision]:
    """Every decision, once each: a "RESOLVED"/"DECISION" label (with the lines or
    sub-points it heads), a numbered "That ..." resolution, and sentences of decision
    (see ``_DECISION_RES``); a recorded vote beside a resolution is not another decision."""
    text = ctx.text
    lines = ctx.lines
    out: list[Decision] = []
    seen_spans: list[tuple[int, int]] = []
    seen_text: set[tuple[int | None, str]] = set()

    def add(start: int, end: int) -> None:
        s, e = strip_span(text, start, end)
        if s >= e:
            return
        for a, b in seen_spans:
            if s < b and a < e:
                return
        item = item_at(ctx, s)
        body = text[s:e]
        key = (item, _norm(_DECISION_LABEL_RE.sub("", body)))
        if key in seen_text:
            seen_spans.append((s, e))
            return
        seen_text.add(key)
        seen_spans.append((s, e))
        out.append(Decision(" ".join(body.split()), item, s, e))

    nonblank = [ln for ln in lines if not ln.blank and ln.index not in ctx.absorbed]
    item_starts = set(ctx.item_starts)
    k = 0
    while k < len(nonblank):
        ln = nonblank[k]
        c = text[ln.cstart : ln.cend]
        if len(c) > 20000:
            k += 1
            continue
        raw = text[ln.start : ln.cend].lstrip()
        m = _RESOLVED_LINE_RE.match(c)
        if (
            m
            and (c.isupper() or m.group(0)[:1].isupper())
            and not _LOWER_DECISION_VERB_RE.match(c)
            or (m and _MARKER_WORD_RE.match(c) and _LABEL_WORD_RE.match(c))
        ):
            assert m is not None
            rest = m.group("rest").strip()
            if rest and not _THAT_ALONE_RE.fullmatch(rest):
                k, end = _sub_points(ctx, nonblank, k, item_starts)
                add(ln.cstart, end)
                continue
            # Marker alone: the following lines are the resolution(s).
            j = k + 1
            first = j
            got = False
            while j < len(nonblank):
                nl = nonblank[j]
                nc = text[nl.cstart : nl.cend]
                if MARKER_RE.match(nc) or nl.cstart in item_starts or _NEXT_MARKER_RE.match(nc):
                    break
                nraw = text[nl.start : nl.cend].lstrip()
                if got and not (ENUM_RE.match(nraw) or _THAT_RE.match(nc) or nraw[:1] in "•·-▪"):
                    break
                if (
                    NUM_RE.match(nc)
                    and not ENUM_RE.match(nraw)
                    and not _THAT_RE.match(nc)
                    and not got
                ):
                    mnum = NUM_RE.match(nc)
                    if mnum and heading_like(mnum.group("title")):
                        break
                got = True
                j += 1
            nxt_marker = j < len(nonblank) and bool(
                _RESOLVED_LINE_RE.match(text[nonblank[j].cstart : nonblank[j].cend])
            )
            if got:
                # One resolution: all the lines (sub-points) the marker heads.
                add(nonblank[first].start, line_end(ctx, nonblank[j - 1]))
            elif not (nxt_marker and re.match(r"(?i)decisions?\b", c)):
                add(ln.cstart, line_end(ctx, ln))
            k = j if got else k + 1
            continue
        if (_THAT_RE.match(c) or (ENUM_RE.match(raw) and _THAT_WORD_RE.match(c))) and (
            _RESOLUTION_VERB_RE.search(c)
            or ((ENUM_RE.match(raw) or NUM_RE.match(c)) and not _FINITE_RE.search(c))
        ):
            k, end = _sub_points(ctx, nonblank, k, item_starts)
            add(ln.cstart, end)
            continue
        nxt = k + 1
        for s_start, s_end, st, low in sentences_of_line(ctx, ln):
            if not _DECISION_HINT.search(low):
                continue
            for rx in _DECISION_RES:
                hit = rx.search(st)
                if hit and not _PARTNER_TASK_RE.match(st, hit.start()):
                    if s_end >= line_end(ctx, ln):
                        # "It was RESOLVED that:" ending its line heads sub-points.
                        nxt, s_end = _sub_points(ctx, nonblank, k, item_starts, st)
                    add(s_start, s_end)
                    break
        k = nxt
    out.sort(key=lambda d: d.start)
    # "On being put to the vote the motion was carried" records the vote on the resolution
    # minuted beside it, not a decision of its own.
    votes = [_records_vote(d.text) for d in out]
    resolved_items = {d.item for d, vote in zip(out, votes, strict=True) if not vote}
    kept = zip(out, votes, strict=True)
    return [d for d, vote in kept if not (vote and d.item in resolved_items)]


def _records_vote(text: str) -> bool:
    """Whether a decision's text records a vote. Every match of _VOTE_RE holds "carried" or
    "vote" in some case, so most texts are settled by a substring test."""
    low = text.lower()
    return ("carr" in low or "vote" in low) and bool(_VOTE_RE.search(text))


_VOTE_RE = re.compile(
    r"(?i)\b(?:motion|amendment|proposal|recommendation|substantive)\b[^.;]{0,60}?\b(?:was|were)"
    r"\s+(?:duly\s+|unanimously\s+)?carried\b|^(?:on\s+)?(?:being\s+)?put\s+to\s+the\s+vote\b"
)


_OPEN_END_RE = re.compile(r"(?:[:–—-]|\b(?:that|That|THAT|[A-Z][a-z]+))\s*$")


def _sub_points(
    ctx: Context, nonblank: list[Line], k: int, item_starts: set[int], head: str | None = None
) -> tuple[int, int]:
    """A resolution on nonblank[k] (its paragraph, or ``head``) left open ("That the
    Board", "resolved that:") takes the numbered, lettered or bulleted sub-points after it.
    Returns the index of the first line not taken and the end of the last line taken."""
    text = ctx.text
    end = line_end(ctx, nonblank[k])
    j = k + 1
    if not _OPEN_END_RE.search(text[nonblank[k].cstart : end] if head is None else head):
        return j, end
    while j < len(nonblank):
        nl = nonblank[j]
        raw = text[nl.start : nl.cend].lstrip()
        if nl.cstart in item_starts or not (ENUM_RE.match(raw) or raw[:1] in "•·-▪"):
            break
        end = line_end(ctx, nl)
        j += 1
    return j, end
