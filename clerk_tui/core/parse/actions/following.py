"""Lists announced by the line before them: a request for "the following" then the things
("reminded Members to submit the following:-"), and a report "as follows" then its points."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...model import Action
from ..context import Context, Spans, line_end
from ..layout import Line, lines_after, strip_span
from .common import make_action
from .entry_lines import ENUMERATOR_RE, TALK_VERBS, is_entry_line, named_people, person_owner
from .lexicon import is_base_verb
from .owners import owner_like


def following_list_actions(ctx: Context, actions: list[Action], claimed: Spans) -> None:
    """A request for "the following", then the things, one a line: "The Administrator
    reminded Members to submit the following:-" / "(a) Declarations by 21st August;" / "(b)
    Ethics Forms by 14th July." Each line is an action for who was asked, the verb's task
    applied to the thing ("Submit Ethics Forms by 14th July")."""
    text = ctx.text
    for ln, after in _following_heads(ctx, 600):
        m = _FOLLOWING_REQUEST_RE.search(text, ln.cstart, ln.cend)
        if m is None:
            continue
        owner, verb = m.group("o1") or m.group("o2"), m.group("verb")
        if verb in TALK_VERBS or verb in _NOT_ASKED or not is_base_verb(verb):
            continue
        if not (owner_like(ctx, owner) or person_owner(ctx, owner)):
            continue
        ask = " ".join(text[m.start("verb") : m.end("ask")].split())
        for entry in after:
            if not is_entry_line(ctx, entry) or entry.cstart in ctx.item_start_set:
                break
            s, e = strip_span(text, entry.start, line_end(ctx, entry))  # "(b)" and all
            body = " ".join(text[entry.cstart : e].split())
            thing = ENUMERATOR_RE.sub("", body, count=1).rstrip(" ;.,")
            if claimed.overlaps(s, e) or not thing:
                continue
            actions.append(make_action(ctx, f"{ask} {thing}", owner, s, e))
            claimed.add(s, e)


def reported_following_actions(ctx: Context, actions: list[Action], claimed: Spans) -> None:
    """Someone's report "as follows", then its points, one a line: "4.1. Martin Coles, the
    Locality Steward, attended and reported the following:" / "4.1.2. Will chase up the
    blocked culvert" / "4.1.3. Will look at the leaning fingerpost". A point promising
    ("Will ...", "He would ...", "To ...") is an action for who reported; the others
    ("Hedge cutting – first round completed") are news."""
    text = ctx.text
    for ln, after in _following_heads(ctx, 400):
        head = _REPORTED_FOLLOWING_RE.match(text, ln.cstart, ln.cend)
        if head is None or not (
            owner_like(ctx, head.group("o")) or named_people(ctx, head.group("o"))
        ):
            continue
        depth = _depth(text, ln)
        for entry in after:
            if depth is None or _depth(text, entry) != depth + 1:
                break  # the points are numbered one level below the report's line
            s, e = entry.cstart, line_end(ctx, entry)
            body = " ".join(_POINT_NUMBER_RE.sub("", text[s:e], count=1).split())
            will = _WILL_POINT_RE.match(body)
            if will is None or not is_base_verb(will.group("verb")) or claimed.overlaps(s, e):
                continue
            s, e = strip_span(text, s, e)
            actions.append(make_action(ctx, will.group("task"), head.group("o"), s, e))
            claimed.add(s, e)


def _following_heads(ctx: Context, longest: int) -> Iterator[tuple[Line, Iterator[Line]]]:
    """Each line of at most `longest` characters that ends "the following:" or "as follows",
    with the lines after it (blank and absorbed lines left out)."""
    text = ctx.text
    lines = [ln for ln in ctx.lines if not ln.blank and ln.index not in ctx.absorbed]
    for k, ln in enumerate(lines):
        if (
            ln.cend - ln.cstart <= longest
            and text.find("follow", ln.cstart, ln.cend) >= 0  # (a cheap test first)
            and _FOLLOWING_END_RE.search(text, ln.cstart, ln.cend)
        ):
            yield ln, lines_after(lines, k)


def _depth(text: str, ln: Line) -> int | None:
    """How many numbers a line's multi-level number has ("4.1.2." is 3), None for none."""
    m = _POINT_NUMBER_RE.match(text, ln.cstart, ln.cend)
    return m.group(0).count(".") if m is not None and "." in m.group(0) else None


_POINT_NUMBER_RE = re.compile(r"\d{1,3}(?:\.\d{1,3}){0,4}\.\s+")
# "4.1. Martin Coles, Locality Steward attended the meeting and reported the following:".
_REPORTED_FOLLOWING_RE = re.compile(
    r"(?:\d{1,3}(?:\.\d{1,3}){0,4}\.?\s+)?(?P<o>(?:[Tt]he\s+)?[A-Z][\w’'.-]*"
    r"(?:\s+[A-Z][\w’'.-]*){0,3})\b[^:]{0,120}?\b(?:reported|said|advised|stated|explained"
    r"|informed\s+(?:the\s+)?[\w ]{1,30}?|updated\s+(?:the\s+)?[\w ]{1,30}?)"
    r"\s+(?:on\s+)?(?:the\s+following|as\s+follows)"
)
# "Will chase up the culvert", "He would write to ...", "To ask the county ...".
_WILL_POINT_RE = re.compile(
    r"(?:(?:He|She|They|[Hh]e\s+also|[Ss]he\s+also)\s+)?(?:[Ww]ill|[Ww]ould|[Tt]o)\s+(?:also\s+)?"
    r"(?P<task>(?P<verb>[a-z]+)\s.{3,})"
)


_FOLLOWING_END_RE = re.compile(r"\b(?:the\s+following|as\s+follows)\s*(?::-?|–|—)?\s*$")
# "reminded Members to submit", "Members were asked to return", "The Clerk to circulate".
_FOLLOWING_REQUEST_RE = re.compile(
    r"(?:\b(?:asked|reminded|requested|invited|urged|encouraged)\s+"
    r"(?P<o1>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
    r"|^\s*(?P<o2>(?:The\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
    r"(?:\s+(?:was|were|are|is)\s+(?:asked|reminded|requested|invited))?)"
    r"\s+to\s+(?P<verb>[a-z]+)(?P<ask>.*?)\s+the\s+following\b",
    re.M,
)
# Verbs of being told, not of a task: "asked to note the following".
_NOT_ASKED = frozenset("note receive consider accept approve endorse".split())  # noqa: SIM905
