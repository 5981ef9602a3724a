"""The parse: each stage in turn over one shared context (see :mod:`.context`)."""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from ..dates import find_named_meetings
from ..model import Action, Decision, FollowUp, Meeting, ParsedMinutes, Person
from .actions import find_actions
from .actions.nontasks import without_agenda_follow_ups
from .actions.tables import column_owners
from .context import Context, Faults, forget_parse
from .decisions import find_decisions
from .follow_ups import find_follow_ups
from .header import find_meeting
from .items import find_items, mark_exempt
from .layout import (
    page_furniture,
    split_lines,
    status_notes,
    without_markdown_escapes,
    without_markup,
    wrapped_runs,
)
from .passages import as_passages
from .people import extract_people, initials_of
from .people.owners import owners_as_people, without_placeholder_owners


def parse(
    text: str, *, meeting_date: date | None = None, committee: str | None = None
) -> ParsedMinutes:
    """Parse minutes text. Never raises: a rule that fails is logged and reported as one line
    in the result's ``faults``, and everything the other rules found is returned."""
    faults = Faults(strict=False)
    try:
        with _collector_paused():
            return _parse(text, meeting_date, committee, faults)
    except Exception as exc:  # noqa: BLE001 - outside any rule: nothing is safe to keep
        faults.failed(parse, exc)
        return ParsedMinutes(meeting=Meeting(committee, meeting_date), faults=faults.lines)


def parse_strict(
    text: str, *, meeting_date: date | None = None, committee: str | None = None
) -> ParsedMinutes:
    """Like :func:`parse`, but a rule's exception propagates (what the tests call)."""
    with _collector_paused():
        return _parse(text, meeting_date, committee, Faults(strict=True))


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while a parse runs: a parse makes hundreds of
    thousands of short-lived objects (lines, matches, tuples) and no cycles, so the
    collections it would set off (7% of a 1 MB parse, most of them full ones) find nothing;
    reference counting frees them all the same. Left as it was when already off. What the
    parse remembered (:func:`.context.per_parse`) is forgotten after it."""
    if not gc.isenabled():
        try:
            yield
        finally:
            forget_parse()
        return
    gc.disable()
    try:
        yield
    finally:
        forget_parse()
        gc.enable()


def _parse(
    text: str, meeting_date: date | None, committee: str | None, faults: Faults
) -> ParsedMinutes:
    """The stages in order; each runs under ``faults`` (see :class:`.context.Faults`)."""
    if not isinstance(text, str):
        raise TypeError("text must be str")
    text = without_markdown_escapes(text)
    run = faults.run
    lines = split_lines(text)
    items, header_end = run(find_items, text, lines) or ([], len(text))
    meeting = run(find_meeting, text, lines, header_end) or Meeting()
    if meeting_date is not None:
        meeting.date = meeting_date
    if committee is not None:
        meeting.committee = committee
    named: dict[str, date] = {}
    next_meeting: date | None = None
    if len(text) < 3_000_000:
        named, next_meeting = run(find_named_meetings, text, meeting.date) or ({}, None)
    people = run(extract_people, text, lines) or []
    name_tokens, initials = _known_names(people)
    ctx = Context(
        text,
        lines,
        meeting.date,
        next_meeting,
        named,
        people,
        name_tokens,
        initials,
        items,
        [i.start for i in items],
        faults,
    )
    ctx.item_start_set = set(ctx.item_starts)
    ctx.column_owners = run(column_owners, ctx) or {}
    ctx.furniture = run(page_furniture, text, lines) or set()
    ctx.runs = run(wrapped_runs, text, lines, ctx.item_start_set, ctx.furniture) or {}
    ctx.absorbed = {i for first, last in ctx.runs.items() for i in range(first + 1, last + 1)}
    ctx.absorbed |= ctx.furniture
    ctx.absorbed |= run(status_notes, text, lines, ctx.runs) or set()
    run(mark_exempt, ctx)
    decisions = run(find_decisions, ctx) or []
    actions = run(find_actions, ctx) or []
    actions = run(without_placeholder_owners, actions) or actions
    people = run(owners_as_people, text, people, actions) or people
    follow_ups = run(find_follow_ups, ctx) or []
    kept = run(without_agenda_follow_ups, text, actions, follow_ups)
    if kept is not None:
        actions = kept
    found: list[Decision | Action | FollowUp] = [*decisions, *actions, *follow_ups]
    for each in found:
        each.text = without_markup(each.text)
    run(as_passages, ctx, actions)
    return ParsedMinutes(
        meeting, items, decisions, actions, follow_ups, people, faults=faults.lines
    )


def _known_names(people: list[Person]) -> tuple[set[str], set[str]]:
    """The name words (lower-cased) and the initials of the people found, for owners."""
    name_tokens: set[str] = set()
    initials: set[str] = set()
    for p in people:
        if p.name:
            toks = p.name.split()
            for t in toks:
                if len(t.rstrip(".")) > 1:
                    name_tokens.add(t.lower().rstrip("."))
            if len(toks) >= 2:
                initials.add(initials_of(p.name))
            elif re.fullmatch(r"[A-Z]{2,4}\.?", p.name):
                initials.add(p.name.rstrip("."))
        if p.initials:
            initials.add(p.initials)
    return name_tokens, initials
