"""A sentence giving the bullets under it to someone: "It was agreed that the Clerk
should:" over "- write to the county about the verge" and "- ask the school for a date";
and the meeting's own points under "Agreed to:" ("1. Circulate the plan to all members")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ...model import Action
from ..context import Context, Spans, line_end, sentences_of_line
from ..layout import Line, indent, lines_after, strip_span
from .agreements import AGREED_TO_HEAD_RE, agreed_point
from .clauses import split_clauses, unmarked
from .common import make_action
from .entry_lines import (
    ENUMERATOR_RE,
    is_entry_line,
    is_imperative,
    is_list_point,
    person_owner,
)
from .grammar import try_rule
from .owners import owner_like
from .prose import commitment
from .verbs import DECISION_VERBS


def lead_list_actions(ctx: Context, actions: list[Action], claimed: Spans) -> None:
    """A sentence agreeing what someone is to do, cut off at a colon, then the tasks a
    bullet each: "It was agreed that the Clerk should:" / "- write to the county about the
    verge," / "- ask the school for a date, and" / "- book the hall for the fete." Each
    bullet opening with a verb of a task is an action for who the sentence names; "It was
    agreed to:" names no one (owner null). The bullets end at the first line that is not
    one at the first bullet's depth. Not: the points of a report ("The Clerk reported:"),
    nor bullets that decide rather than do ("It was agreed to:" / "- approve the
    accounts"). Under the meeting's own "Agreed to:" ("resolved to", "decided to"; a dash
    or nothing closing it), a point the bullet rule does not read is read by its first
    clause (:func:`.agreements.agreed_point`: "1. Delegate to the Director ... a review"
    is the Director's)."""
    text = ctx.text
    lines = [ln for ln in ctx.lines if not ln.blank and ln.index not in ctx.absorbed]
    for k, ln in enumerate(lines):
        frame = _that_frame(text, ln)
        if frame is not None:
            _that_points(ctx, lines_after(lines, k), frame, actions, claimed)
            continue
        points = text[ln.cend - 1] in ":-–—o" and bool(
            AGREED_TO_HEAD_RE.search(text, max(ln.cstart, ln.cend - 40), ln.cend)
        )
        if (
            not points
            and not text.startswith(":", ln.cend - 1)
            and not text.startswith(":-", ln.cend - 2)
        ):
            continue
        head = _LEAD_RE.search(text, max(ln.cstart, ln.cend - 160), ln.cend)
        if head is not None and (
            head.start() > ln.cstart
            and not _AFTER_SENTENCE_RE.search(text, max(ln.cstart, head.start() - 3), head.start())
        ):
            head = None  # the lead is the line, or the last sentence on it
        if head is None:
            if points:
                _agreed_points(ctx, lines_after(lines, k), actions, claimed)
            continue
        owner = head.group("o") or head.group("o2")
        if owner is not None and not (owner_like(ctx, owner) or person_owner(ctx, owner)):
            continue
        for entry, s, e in _points_under(ctx, lines_after(lines, k)):
            task = _task_of(text[entry.cstart : e])
            if task is None and points:
                _agreed_points(ctx, [entry], actions, claimed)
            if task is None or claimed.overlaps(s, e):
                continue
            actions.append(make_action(ctx, task, owner, s, e))
            claimed.add(s, e)


def _points_under(ctx: Context, lines: Iterable[Line]) -> Iterator[tuple[Line, int, int]]:
    """The bullets under a lead, each with its span: while lines are bulleted or numbered
    at the first one's depth (not a new item): its bullet's indent, or where its words start
    (numerals set flush right: "   i) ..." over "  ii) ...")."""
    depth: tuple[int, int] | None = None
    for entry in lines:
        if not is_entry_line(ctx, entry) or entry.cstart in ctx.item_start_set:
            return
        at = (indent(ctx.text, entry), entry.cstart - entry.start)
        depth = depth or at
        if at[0] != depth[0] and at[1] != depth[1]:
            return
        s, e = strip_span(ctx.text, entry.cstart, line_end(ctx, entry))
        yield entry, s, e


def _that_frame(text: str, ln: Line) -> str | None:
    """The frame of the that-clauses a line leaves to the points below it ("The Committee
    requested that:", "RESOLVED:", "RESOLVED - that:-", "It was agreed that:"): "requested
    that" or "resolved that"; None for any other line."""
    if not _LEAD_END_RE.search(text, max(ln.cstart, ln.cend - 4), ln.cend):
        return None
    m = _THAT_LEAD_RE.search(text, max(ln.cstart, ln.cend - 40), ln.cend)
    if m is None:
        return None
    return "requested that" if m["ask"] else "resolved that"


def _that_points(
    ctx: Context, lines: Iterable[Line], frame: str, actions: list[Action], claimed: Spans
) -> None:
    """The points of a request or a resolution cut off before its that-clauses, each a
    clause of it: "The Committee requested that:" / "(a) a map of the new rounds be
    circulated;" / "(b) the Director writes to the Trust."; "RESOLVED:" / "(a) that the
    report be noted;" / "(b) that a briefing be arranged for Members." Each point is read as
    the frame and the point ("requested that a map ... be circulated") by the prose rules
    (:func:`.prose.commitment`)."""
    for entry, s, e in _points_under(ctx, lines):
        if claimed.overlaps(s, e):
            continue
        body = _TAIL_RE.sub("", ENUMERATOR_RE.sub("", ctx.text[entry.cstart : e], count=1))
        body = _THAT_RE.sub("", " ".join(body.split()), count=1)
        found = try_rule(ctx, commitment, f"{frame} {body}", "")
        if found is not None:
            actions.append(make_action(ctx, found[1], found[0], s, e))
            claimed.add(s, e)


def _agreed_points(
    ctx: Context, lines: Iterable[Line], actions: list[Action], claimed: Spans
) -> None:
    """The points under "Agreed to:" while lines are points: each point's first clause that
    opens with a verb of a task is an action (:func:`.agreements.agreed_point`)."""
    for ln in lines:
        if not is_list_point(ctx, ln):
            return
        for s, e, st, _low in sentences_of_line(ctx, ln):
            if claimed.overlaps(s, e):
                continue
            clause_at = next(
                (
                    (cs, ce)
                    for cs, ce in split_clauses(unmarked(st))
                    if _WORD_CHAR_RE.search(st, cs, ce)
                ),
                None,
            )
            if clause_at is None:
                continue  # ("1." may split off as a sentence)
            cs, ce = clause_at
            found = try_rule(ctx, agreed_point, unmarked(st)[cs:ce], "")
            if found is not None:
                actions.append(make_action(ctx, found[1], found[0], s + cs, s + ce))
                claimed.add(s + cs, s + ce)
            break  # only a point's first clause opens with its verb


_WORD_CHAR_RE = re.compile(r"[A-Za-z]")


def _task_of(bullet: str) -> str | None:
    """The task a bullet under a lead gives, in the imperative ("invite the tenants to the
    open day,", "to ask the school for a date; and"), or None."""
    body = " ".join(ENUMERATOR_RE.sub("", bullet, count=1).split())
    body = _TAIL_RE.sub("", _TO_RE.sub("", body, count=1))
    task = body[:1].upper() + body[1:]
    verb = body.split(None, 1)[0].lower() if body else ""
    if not is_imperative(task) or verb in DECISION_VERBS:
        return None
    return task


# A request cut off at a colon, its clauses the points below: "The Committee requested
# that:", "RESOLVED that the Panel asks that:-".
# What ends a lead left to the points below it: a colon, a dash, or the word itself.
_LEAD_END_RE = re.compile(r"(?:[:–—-]|\b[A-Za-z]+)[*_]{0,2}$")
# A request or a resolution left to its that-clauses below: "requested that:", "RESOLVED:",
# "RESOLVED - That:-", "Resolved", "agreed that:" (not "agreed to:", nor "agreed:" alone).
_THAT_LEAD_RE = re.compile(
    r"(?:\b(?P<ask>requested|requests|asked|asks)\s+that"
    r"|\b(?:RESOLVED|Resolved|resolved)(?:\s*[:–—-]+)?(?:\s+[Tt]hat)?"
    r"|\b(?i:agreed|decided)\s+that)"
    r"\s*(?::-?|[–—-])?[*_]{0,2}$"
)
_THAT_RE = re.compile(r"^[Tt]hat\s+")
_AFTER_SENTENCE_RE = re.compile(r"[.!?]\s+$")
_TO_RE = re.compile(r"^(?:to|will)\s+(?=[a-z])")
# The list's joints closing a bullet: "..., and", "...; or", a comma.
_TAIL_RE = re.compile(r"\s*(?:[;,]\s*(?:and|or)?|\s+and)\s*$")
_OWNER = r"(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w’'.&-]*){0,3}"
# "It was agreed that the Clerk should:", "It was agreed to:", "Cllr Hale agreed to:",
# "The Clerk was asked to:", "AB and CD will:".
_LEAD_RE = re.compile(
    r"[*_]{0,2}(?:"
    r"It\s+was\s+(?:(?:further|also|unanimously)\s+)?(?:agreed|decided|resolved)\s+that\s+"
    rf"(?P<o>{_OWNER})\s+(?:should|would|will|shall|must|is\s+to|are\s+to|to)"
    r"|It\s+was\s+(?:(?:further|also|unanimously)\s+)?agreed\s+to"
    rf"|(?P<o2>{_OWNER})\s+(?:(?:also\s+)?(?:agreed|undertook|offered|volunteered)\s+to"
    r"|(?:was|were)\s+asked\s+to|will|is\s+to|are\s+to)"
    r")\s*:-?[*_]{0,2}$"
)
