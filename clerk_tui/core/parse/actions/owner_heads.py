"""Someone named over their tasks: a label alone on its line ("Becky:") over a task a line,
and the heading that gives a list's bullets to someone ("Actions for the Clerk:", "### Helen")."""

from __future__ import annotations

import re

from ...model import Action
from ..context import Context, Spans
from ..layout import Line, indent
from ..people.words import is_name_word
from .common import make_action
from .entry_lines import (
    ENUMERATOR_RE,
    HANDLE_RE,
    LABEL_RE,
    is_entry_line,
    is_imperative,
    person_first,
    person_owner,
    task_for_someone,
)
from .owners import given_name, owner_like, person_like, role_like


def owner_block_actions(ctx: Context, actions: list[Action], claimed: Spans) -> None:
    """A person's name alone on a line as a label, then their tasks a line each until a blank
    line: "Becky:" over "Find a room for the AGM" and "speak to the college about dates".
    Each line is a task in the imperative (not a report, a question or a remark)."""
    text = ctx.text
    owner: str | None = None
    for ln in ctx.lines:
        if ln.blank or ln.cend - ln.cstart > 300:
            owner = None
            continue
        if text[ln.cend - 1] == ":" and ln.cend - ln.cstart <= 40:
            label = _OWNER_LABEL_RE.fullmatch(text, ln.cstart, ln.cend)
            owner = label.group("owner") if label is not None else None
            if owner is not None and (
                not person_owner(ctx, owner)
                or _said_label(owner)  # "The Chair reported:" over the points of a report
                or ROLL_HEAD_RE.search(owner)
                or role_like(owner)
                and owner.endswith("s")  # "Officers:" over who attended
            ):
                owner = None
            continue
        if owner is None:
            continue
        s, e = ln.cstart, ln.cend  # a line each, even where a paragraph seems to wrap on
        body = " ".join(ENUMERATOR_RE.sub("", text[s:e], count=1).split())
        task = body[:1].upper() + body[1:]
        if not is_imperative(task) or not task_for_someone(body) or person_first(ctx, body):
            owner = None  # the block ends at a line that gives no one a job
            continue
        if not claimed.overlaps(s, e):
            actions.append(make_action(ctx, task, owner, s, e))
            claimed.add(s, e)


def _said_label(label: str) -> bool:
    """A label that is someone and what they did, not a name alone: "The Chair reported",
    "Tom said" (a small-letter word other than a name's joins)."""
    return any(w[:1].islower() and w not in _NAME_JOINS for w in label.split())


# A label alone on its line: "Becky:", "**Shelley:**", "- Tom and Priya:".
_OWNER_LABEL_RE = re.compile(
    r"[-*•\s]*[*_]{0,2}(?P<owner>[A-Z][\w’'. &/-]{1,35}?)[*_]{0,2}:[*_]{0,2}"
)


def heading_owner(ctx: Context, ln: Line, *, roles: bool = False) -> str | None:
    """Who a list's heading gives its bullets to: "Actions for the Clerk:", "Board to-do",
    "Treasurer's actions" (a person, role or body), or a name alone ("### Helen") over the
    bullets that follow it with no gap between them; a role alone ("Clerk") only with
    ``roles`` (in an action list: elsewhere "### Inspector" heads a topic)."""
    found = owner_heading(ctx, ln, roles=roles)
    return found[0] if found is not None else None


def owner_heading(ctx: Context, ln: Line, *, roles: bool = False) -> tuple[str, Line] | None:
    """Who a list's heading gives the bullet ``ln`` to (:func:`heading_owner`), and the
    heading's line."""
    text = ctx.text
    blank = gap = False  # a blank line between bullets: the name's bullets end there
    depth = indent(ctx.text, ln)
    for k in range(ln.index - 1, max(-1, ln.index - 30), -1):
        prev = ctx.lines[k]
        if _wrapped_on(ctx, prev):
            continue
        if not prev.blank and is_entry_line(ctx, prev) and indent(ctx.text, prev) < depth:
            depth = indent(ctx.text, prev)  # the bullet this one is nested under: "- Helen"
            if not gap:
                return _with_line(person_head(ctx, prev, roles=roles), prev)
        if prev.blank or is_entry_line(ctx, prev):
            gap = gap or blank and not prev.blank
            blank = blank or prev.blank
            continue
        if prev.cend - prev.cstart > 60:
            return None
        m = _OWNER_HEAD_RE.fullmatch(text, prev.cstart, prev.cend)
        if m is None:
            return None if gap else _with_line(person_head(ctx, prev, roles=roles), prev)
        owner = (m.group("o") or m.group("o2")).strip()
        return (owner, prev) if owner_like(ctx, owner) else None
    return None


def owners_heading(ctx: Context, ln: Line) -> bool:
    """A heading that gives the bullets under it to someone: "Actions for the Clerk:", "Tom's
    action points", "Board to-do"."""
    if ln.cend - ln.cstart > 60:
        return False
    m = _OWNER_HEAD_RE.fullmatch(ctx.text, ln.cstart, ln.cend)
    return m is not None and owner_like(ctx, (m.group("o") or m.group("o2")).strip())


def _with_line(owner: str | None, ln: Line) -> tuple[str, Line] | None:
    return None if owner is None else (owner, ln)


def _wrapped_on(ctx: Context, ln: Line) -> bool:
    """A bullet's words wrapped onto the next line: a paragraph's run, or a line with no
    bullet of its own indented past the bullet right above it."""
    if ln.index in ctx.absorbed:
        return True
    if ln.blank or ln.index == 0 or is_entry_line(ctx, ln):
        return False
    above = ctx.lines[ln.index - 1]
    return is_entry_line(ctx, above) and indent(ctx.text, ln) > indent(ctx.text, above)


def person_head(ctx: Context, ln: Line, *, roles: bool = False) -> str | None:
    """The person a short heading names alone, over their actions: "### Helen", "**Tomasz
    Nowak**", "Priya:", "AB:", with ``roles`` a role ("Clerk", "Town Clerk"); not a label
    ("Ongoing:", "Present:")."""
    if ln.cend - ln.cstart > 40:
        return None
    m = _PERSON_HEAD_RE.fullmatch(ctx.text, ln.cstart, ln.cend)
    if m is None:
        return None
    who = m.group("o").strip()
    if any(w[:1].islower() and w not in _NAME_JOINS for w in who.split()):
        return None  # "Rob asked if we had told them": a sentence, not a name alone
    if HANDLE_RE.fullmatch(who) or who.lower() in _EVERYONE:
        return who  # "#### @priyas", "### All" over everyone's tasks
    if not person_owner(ctx, who) or ROLL_HEAD_RE.search(who) or LABEL_RE.fullmatch(who):
        return None
    if person_like(ctx, who) or who in ctx.initials:
        return who
    if (
        roles
        and not ctx.text.startswith("#", ln.cstart)
        and len(who.split()) <= 3
        and role_like(who.split()[-1])
    ):
        return who  # "Clerk" over the Clerk's tasks in an action list (not "### Inspector")
    # A word the minutes name no one by is a given name, not a topic ("#### Deliverables").
    return who if given_name(who) and is_name_word(who.split()[0]) else None


_EVERYONE = frozenset({"all", "everyone", "everybody", "all members"})
# Small words inside a name or a role ("Tom and Priya", "Clerk to the Council").
_NAME_JOINS = frozenset("and of the to for de van von da di le la".split())  # noqa: SIM905
# A name alone as a heading: "### Helen", "**Tomasz**", "__Priya__:", "Helen:".
_PERSON_HEAD_RE = re.compile(
    r"(?:#{1,6}\s*)?(?P<e>[*_]{0,2})(?P<o>[A-Z@][\w’'. -]{1,35}?)(?P=e)(?:\s*\([^()]{1,30}\))?"
    r"(?:\s+(?:to|will|should))?\s*(?::[*_]{0,2})?"  # "Helen to:" over her tasks
)


# "Actions for the Clerk:", "**Board to-do**", "Treasurer's actions", "Action items for Jo".
_OWNER_HEAD_RE = re.compile(
    r"(?i)(?:#{1,6}\s*)?[*_]{0,2}(?:(?:actions?(?:\s+(?:items?|points?))?|tasks?|to[- ]?dos?)"
    r"\s+(?:for|by)\s+(?P<o>[^:*_]{2,40}?)"
    r"|(?P<o2>[^:*_]{2,40}?)(?:['’]s)?\s+(?:actions?(?:\s+(?:items?|points?))?|tasks?|to[- ]?dos?))"
    r"\s*:?[*_]{0,2}\s*:?"
)
ROLL_HEAD_RE = re.compile(
    r"(?i)\b(?:attendance|attendees|attending|present|participants|roll\s+call|apologies"
    r"|absent|members\s+present|voting\s+members?)\b"
)
