"""Jobs handed out for the next meeting: "Moderator for next call: @tom", "Next chair:
Priya", "Note-taker next time: Sam", and under a line "Moderator/notetaker for next time:"
its "* Moderator: @lgierth" — an action, the named person's, to do that job at the next
meeting. Only an assignment: who chaired this meeting ("Chair: Ann Barlow") or took its
minutes is a record, no task."""

from __future__ import annotations

import re

from ...model import Action
from ..context import Context, Spans, lines_holding
from ..meeting_jobs import JOB_NAME, job_named
from .common import make_action
from .owners import person_like, plain_given_name


def next_role_actions(ctx: Context, actions: list[Action], claimed: Spans) -> None:
    """An action for each line giving a person a meeting's job at the next meeting: the job
    and "next" in its label ("Next chair: Priya", "Scribe for the next meeting: Sam"), or
    the job alone on a line under one that names the jobs for next time ("Moderator/notetaker
    for next time:" then "* Moderator: @lgierth")."""
    text = ctx.text
    # The lines holding "next" (in every label and heading read here) and the few under each
    # (a heading's jobs): no other line is read.
    nexts = lines_holding(ctx, ("next",))
    near = sorted({k + d for k in nexts for d in range(5) if k + d < len(ctx.lines)})
    under = -1  # the last line of a run of jobs under a "... for next time:" line
    meeting = "meeting"
    for ln in (ctx.lines[k] for k in near):
        if ln.blank:
            under = -1
            continue
        head = _JOBS_NEXT_HEAD_RE.fullmatch(text, ln.cstart, ln.cend)
        if head is not None:
            under, meeting = ln.index + 4, _meeting(head["meeting"])
            continue
        m = _NEXT_JOB_RE.fullmatch(text, ln.cstart, ln.cend)
        if m is not None:
            job, at = m["role"] or m["role2"], _meeting(m["meeting"] or m["meeting2"])
        elif ln.index <= under:
            m = _JOB_RE.fullmatch(text, ln.cstart, ln.cend)
            if m is None:
                continue
            job, at = m["role"], meeting
        else:
            continue
        who = m["who"]
        if claimed.overlaps(ln.cstart, ln.cend) or not _one_person(ctx, who):
            continue
        task = f"{job_named(job).task} the next {at}"
        actions.append(make_action(ctx, task, who, ln.cstart, ln.cend))
        claimed.add(ln.cstart, ln.cend)


def _one_person(ctx: Context, who: str) -> bool:
    """A handle ("@tom"), initials or a person's name."""
    return (
        who.startswith("@")
        or who in ctx.initials
        or person_like(ctx, who)
        or (plain_given_name(who))
    )


def _meeting(word: str | None) -> str:
    """ "call", "meeting" or "session" as the label says; "next time", "next week": meeting."""
    return word.lower() if word and word.lower() in ("call", "meeting", "session") else "meeting"


_NEXT = (
    r"(?i:(?:for|at)\s+)?(?i:the\s+)?(?i:next)\s+(?i:(?P<{}>call|meeting|session|time|week|month))"
)
_WHO = r"[*_]{0,2}(?P<who>@[\w.-]{2,30}|[A-Z]{2,4}|[A-Z][a-z]+(?: [A-Z][a-z'’-]+)?)[*_]{0,2}"
_BULLET = r"[ \t]*(?:[-*•]\s+|\d{1,2}[.)]\s+)?[*_]{0,2}"
# "Next chair: Priya", "Next meeting's chair: Tom Hale", "Moderator for next call: @tom",
# "Note-taker next time: Sam".
_NEXT_JOB_RE = re.compile(
    rf"{_BULLET}(?:(?i:next)\s+(?:(?P<meeting>(?i:call|meeting|session))(?:['’]s)?\s+)?"
    rf"(?P<role>{JOB_NAME})|(?P<role2>{JOB_NAME})\s+{_NEXT.format('meeting2')})[*_]{{0,2}}"
    rf"\s*[:=–—-]\s*{_WHO}\s*\.?\s*"
)
# "- Moderator/notetaker for next time:", "Roles for the next meeting:".
_JOBS_NEXT_HEAD_RE = re.compile(
    rf"{_BULLET}(?:{JOB_NAME}s?(?:\s*(?:/|,|&|and)\s*{JOB_NAME}s?)*|(?i:roles|jobs))\s+"
    rf"{_NEXT.format('meeting')}[*_]{{0,2}}\s*:?\s*"
)
# "* Moderator: @lgierth" under such a line.
_JOB_RE = re.compile(rf"{_BULLET}(?P<role>{JOB_NAME})[*_]{{0,2}}\s*[:=–—-]\s*{_WHO}\s*\.?\s*")
