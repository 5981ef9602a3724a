"""A run of bullets under an item each giving a job with a bare verb ("- Book the hall for
June" / "- Ask the printers for a quote"): the item's to-do list, though no heading says so."""

from __future__ import annotations

import re

from ...model import Action
from ..context import Context, Spans, line_end
from ..items import action_list_head
from ..layout import Line, indent, strip_span
from .agreements import AGREED_TO_HEAD_RE
from .bullet_jobs import STANDING_RE
from .common import make_action
from .entry_lines import (
    DONE_RE,
    ENUMERATOR_RE,
    PLEASE_RE,
    is_entry_line,
    under_agenda,
    verb_phrase_head,
)
from .lists import DECISION_LIST_HEAD_RE
from .owner_heads import heading_owner


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
        if (
            ln.blank
            or ln.index in ctx.absorbed
            or not is_entry_line(ctx, ln)
            or ln.cstart in ctx.item_start_set  # "4. Garden": the item's heading
        ):
            k += 1
            continue
        run = _run_from(ctx, k)
        k = run[-1].index + 1 if run else k + 1
        if _lead_offers(ctx, run[0]) or under_agenda(ctx, run[0]):
            continue
        spans = [strip_span(text, entry.cstart, line_end(ctx, entry)) for entry in run]
        if any(claimed.overlaps(s, e) for s, e in spans):
            continue  # another rule read the run (an action list's): it said what is a task
        tasks = [_task(ctx, entry, siblings=len(run) > 1) for entry in run]
        if len(run) == 1 and not _lone_job(ctx, run[0]):
            continue
        if any(t is None for t in tasks):
            if _lead_decides(ctx, run[0]) or indent(ctx.text, run[0]) > 0:
                continue  # "Decisions:" over its points; a topic's own points under its bullet
            # a run mixing points and jobs: the bullets whose verb is a job's, written as the
            # run writes its points (with a capital, or all in small letters)
            small = not any(_capitalised(ctx, e) for e in run)
            tasks = [
                t
                if t is not None
                and verb_phrase_head(t, bare_object=False)
                and _job_among_points(ctx, e, t, small)
                else None
                for e, t in zip(run, tasks, strict=True)
            ]
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
    depth = indent(ctx.text, first)
    run = [first]
    j = ctx.runs.get(k, k) + 1
    while j < len(ctx.lines):
        ln = ctx.lines[j]
        if (
            ln.blank
            or not is_entry_line(ctx, ln)
            or indent(ctx.text, ln) != depth
            or ln.cstart in ctx.item_start_set
        ):
            break
        run.append(ln)
        j = ctx.runs.get(j, j) + 1
    return run


def _task(ctx: Context, entry: Line, *, siblings: bool = False) -> str | None:
    """The bullet's task in the imperative, or None. A verb and a bare noun ("Inform plot
    holders of the rota") only among ``siblings`` that are all tasks: alone or among points,
    such words read as a noun phrase as often ("Temp badges for visitors")."""
    if entry.cstart in ctx.item_start_set:
        return None
    body = " ".join(ENUMERATOR_RE.sub("", ctx.text[entry.cstart : line_end(ctx, entry)]).split())
    body = PLEASE_RE.sub("", body.strip(" *_"))  # "Please bring a plate for the social"
    body = body[:1].upper() + body[1:]
    if (
        len(body.split()) < 3
        or body.endswith(("?", ":"))
        or not verb_phrase_head(body, bare_object=siblings)
    ):
        return None  # "Audit of the accounts", "Bank mandate changes": a noun, a topic
    if body.split(None, 1)[0].lower() in _NOT_JOBS or DONE_RE.search(body):
        return None
    if _SETTLED_RE.search(body):
        return None  # "Pick a host [Outcome: the old one]": settled at the meeting
    if _FINITE_RE.search(" ".join(body.split()[:4])):
        return None  # "Raffle prizes were discussed": a report, its first word a noun
    return body.rstrip(" ;,")


def _lone_job(ctx: Context, entry: Line) -> bool:
    """A bullet alone under its item's words is a job when its verb is one of a job's ("Email
    the volunteers when the rota is ready", "Order a new latch for the gate") and it says
    more than a topic does (four words or more); not a bullet among bullets of other depths
    (a point of notes nested under another)."""
    task = _task(ctx, entry)
    if task is None or len(task.split()) < 4:
        return False
    nearby: list[Line] = []
    for k in range(entry.index - 1, max(-1, entry.index - 4), -1):
        prev = ctx.lines[k]
        if prev.blank or prev.cstart in ctx.item_start_set:
            break  # its block starts here
        nearby.append(prev)
    after = ctx.runs.get(entry.index, entry.index) + 1
    if after < len(ctx.lines) and not ctx.lines[after].blank:
        nearby.append(ctx.lines[after])
    return not any(is_entry_line(ctx, x) for x in nearby)


def _job_among_points(ctx: Context, entry: Line, task: str, small: bool) -> bool:
    """A bullet among points of notes that is a job: a verb phrase in the imperative, written
    with a capital ("Order a new latch for the gate", not the jotted "ask for donations of
    kit" among capitalised points) unless the points are ``small`` (all in small letters),
    four words or more, and no heading over bullets nested under it."""
    if not (small or _capitalised(ctx, entry)) or len(task.split()) < 4:
        return False
    if _REPORT_WORD_RE.search(task) or STANDING_RE.search(task):
        return False  # "Work on the portal was slow", "... at future meetings"
    if _CLOSING_NAMES_RE.search(ctx.text, entry.cstart, line_end(ctx, entry)):
        return False  # "Renew the domain. Priya/Zebedee": names closing it (the prose rules')
    after = ctx.runs.get(entry.index, entry.index) + 1
    nxt = ctx.lines[after] if after < len(ctx.lines) else None
    return not (
        nxt is not None
        and not nxt.blank
        and is_entry_line(ctx, nxt)
        and indent(ctx.text, nxt) > indent(ctx.text, entry)
    )


# Names closing a line after a full stop or a gap ("... phones. Tom/Priya", "...  Bernard").
_CLOSING_NAMES_RE = re.compile(
    r"(?:\.\s+|\s{2,}|\t)[A-Z][\w'’-]*(?:\s*[/+&]\s*[A-Z][\w'’-]*)*\.?\s*$"
)
# A finite verb or a modal anywhere in the bullet: a report or a musing, not a job.
_REPORT_WORD_RE = re.compile(r"\b(?:was|were|is|are|has|have|had|been|will|would|could|might)\b")


def _capitalised(ctx: Context, entry: Line) -> bool:
    """The bullet's words open with a capital, as a written task does."""
    return _FIRST_LETTER_RE.match(ctx.text, entry.cstart, entry.cend) is not None


_FIRST_LETTER_RE = re.compile(r"[\W\d]*[A-Z]")


def _lead_decides(ctx: Context, first: Line) -> bool:
    """The line over the run heads decisions ("Decisions:", "**Agreed**") or the points a
    resolution agrees ("RESOLVED to:", which :mod:`.lead_lists` reads)."""
    for k in range(first.index - 1, max(-1, first.index - 4), -1):
        prev = ctx.lines[k]
        if not prev.blank:
            body = ctx.text[prev.cstart : prev.cend].strip(" *_")
            return bool(DECISION_LIST_HEAD_RE.fullmatch(body) or AGREED_TO_HEAD_RE.search(body))
    return False


def _lead_offers(ctx: Context, first: Line) -> bool:
    """The line over the run offers ideas, options or questions, lists what was discussed or
    reviews what was done ("Ideas for the fete:", "Possible options", "Actions from the last
    meeting:"), or there is none."""
    for k in range(first.index - 1, max(-1, first.index - 4), -1):
        prev = ctx.lines[k]
        if prev.blank:
            continue
        text = ctx.text
        return (
            _OFFERED_RE.search(text, prev.cstart, prev.cend) is not None
            or text.startswith(":", prev.cend - 1)
            and _LISTED_RE.search(text, prev.cstart, prev.cend) is not None
            or action_list_head(text, prev.cstart, prev.cend) is not None
        )  # (an action list's bullets are the list rules' to read)
    return True


# A bullet giving its own outcome after its topic: "Pick a logo (Outcome: the blue one)",
# "Choose the host. Decision: keep the old one", "Pick a venue [Agreed: the library]".
_SETTLED_RE = re.compile(
    r"[\[(.;–—]\s*[*_]{0,2}(?i:outcome|decision|decided|agreed|resolution|resolved|consensus)"
    r"[*_]{0,2}\s*:(?!\s*(?i:tbd|tbc|pending|none|n/?a|\?))"
)
_FINITE_RE = re.compile(r"\b(?:was|were|is|are|has|have|had|been|will|would)\b")
# Bare verbs that open ideas and points of discussion more often than jobs.
_NOT_JOBS = frozenset("consider explore think discuss debate look".split())  # noqa: SIM905
_OFFERED_RE = re.compile(
    r"(?i)\b(?:ideas?|suggest\w*|options?|proposals?|proposed|questions?|could|might"
    r"|possibl[ey]|whether|consider\w*|agenda|previous|last\s+meeting|matters\s+arising"
    r"|completed|done|wish\s*list|review\w*|outstanding|carried|progress|updates?|status"
    r"|should\s+we|shall\s+we)\b|\?"
)
# A lead ending in a colon over the points of a discussion, aims, advice or standing duties
# ("Points discussed:", "Our aims for the year:", "Tips for stallholders:", "The warden's
# duties are to:"): no jobs.
_LISTED_RE = re.compile(
    r"(?i)\b(?:discuss\w*|raised|points?|aims?|objectives?|goals?|priorit\w+|recommend\w*"
    r"|guidance|tips?|rules?|how\s+to|include[sd]?|following|reported|said|explained|noted"
    r"|responsibilit\w+|duties|remit|roles?"
    r"|informed|advised|told|stated|updated|presented|highlighted|outlined)\b"
)
