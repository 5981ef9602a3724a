"""A run of bullets under an item each giving a job with a bare verb ("- Book the hall for
June" / "- Ask the printers for a quote"): the item's to-do list, though no heading says so."""

from __future__ import annotations

import re

from ...model import Action
from ..context import Context, Spans, line_end
from ..items import ACTION_LIST_HEAD_RE
from ..layout import Line, strip_span
from .common import make_action
from .entry_lines import (
    DONE_RE,
    ENUMERATOR_RE,
    TALK_VERBS,
    indent_of,
    is_entry_line,
    is_imperative,
    under_agenda,
)
from .named_notes import VERB_OBJECT_WORDS
from .owner_heads import heading_owner
from .verbs import DECISION_VERBS


def bare_bullet_runs(ctx: Context, actions: list[Action], claimed: Spans) -> None:
    """Two bullets or more in a row, at one depth, each a task in the imperative ("- Book
    the bouncy castle for the fete" / "- Ask the scouts to run the car park"): a to-do list
    under its item, owner null unless a heading over it names one ("Actions for the
    Clerk:"). Every bullet of the run must be such a task (a run mixing reports, "- Raffle
    prizes were discussed", is the discussion's points), and the run is not an agenda's, nor
    under a line offering ideas, options or questions ("Ideas for the fete:", "Points
    discussed:"), nor a review of what was done."""
    text = ctx.text
    lines = ctx.lines
    k = 0
    while k < len(lines):
        ln = lines[k]
        if ln.blank or ln.index in ctx.absorbed or not is_entry_line(ctx, ln):
            k += 1
            continue
        run = _run_from(ctx, k)
        k = run[-1].index + 1 if run else k + 1
        if len(run) < 2 or _lead_offers(ctx, run[0]) or under_agenda(ctx, run[0]):
            continue
        spans = [strip_span(text, entry.cstart, line_end(ctx, entry)) for entry in run]
        if any(claimed.overlaps(s, e) for s, e in spans):
            continue  # another rule read the run (an action list's): it said what is a task
        tasks = [_task(ctx, entry) for entry in run]
        if any(t is None for t in tasks):
            continue
        owner = heading_owner(ctx, run[0])
        for (s, e), task in zip(spans, tasks, strict=True):
            if task is None:
                continue
            actions.append(make_action(ctx, task, owner, s, e))
            claimed.add(s, e)


def _run_from(ctx: Context, k: int) -> list[Line]:
    """The bullets from line ``k`` on at its depth, with no blank line or other line between
    them (wrapped lines go with their bullet)."""
    first = ctx.lines[k]
    depth = indent_of(ctx, first)
    run = [first]
    j = ctx.runs.get(k, k) + 1
    while j < len(ctx.lines):
        ln = ctx.lines[j]
        if (
            ln.blank
            or not is_entry_line(ctx, ln)
            or indent_of(ctx, ln) != depth
            or ln.cstart in ctx.item_start_set
        ):
            break
        run.append(ln)
        j = ctx.runs.get(j, j) + 1
    return run


def _task(ctx: Context, entry: Line) -> str | None:
    """The bullet's task in the imperative, or None."""
    if entry.cstart in ctx.item_start_set:
        return None
    body = " ".join(ENUMERATOR_RE.sub("", ctx.text[entry.cstart : line_end(ctx, entry)]).split())
    body = body.strip(" *_")
    if len(body.split()) < 3 or body.endswith(("?", ":")) or not is_imperative(body):
        return None
    verb, after = body.split(None, 1)[0].lower(), body.split()[1]
    if not (after.lower() in VERB_OBJECT_WORDS or after[:1].isupper()):
        return None  # "Audit of the accounts", "Bank mandate changes": a noun, a topic
    if verb in TALK_VERBS or verb in DECISION_VERBS or verb in _NOT_JOBS or DONE_RE.search(body):
        return None
    if _FINITE_RE.search(body):
        return None  # "Raffle prizes were discussed": a report, its first word a noun
    return body.rstrip(" ;,")


def _lead_offers(ctx: Context, first: Line) -> bool:
    """The line over the run offers ideas, options or questions, lists what was discussed or
    reviews what was done ("Ideas for the fete:", "Possible options", "Actions from the last
    meeting:"), or there is none."""
    for k in range(first.index - 1, max(-1, first.index - 4), -1):
        prev = ctx.lines[k]
        if prev.blank:
            continue
        return (
            _OFFERED_RE.search(ctx.text, prev.cstart, prev.cend) is not None
            or ACTION_LIST_HEAD_RE.fullmatch(ctx.text, prev.cstart, prev.cend) is not None
        )  # (an action list's bullets are the list rules' to read)
    return True


_FINITE_RE = re.compile(r"\b(?:was|were|is|are|has|have|had|been|will|would)\b")
# Bare verbs that open ideas and points of discussion more often than jobs.
_NOT_JOBS = frozenset("consider explore think discuss debate look".split())  # noqa: SIM905
_OFFERED_RE = re.compile(
    r"(?i)\b(?:ideas?|suggest\w*|options?|proposals?|proposed|discuss\w*|questions?|could"
    r"|might|possibl[ey]|whether|consider\w*|raised|points?|agenda|previous|last\s+meeting"
    r"|matters\s+arising|completed|done|wish\s*list|aims?|objectives?|goals?|priorit\w+"
    r"|recommend\w*|guidance|tips?|rules?|how\s+to|review\w*|outstanding|carried|progress"
    r"|updates?|status|should\s+we|shall\s+we)\b|\?"
)
