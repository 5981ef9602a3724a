"""Actions written as a block of labelled fields, a line each or on one line: "Who: Clerk" /
"What: Write to the landowner" / "When: End of March", "**Task:** ... | **Owner:** ...";
the form some minutes' templates give every action; and an owner's field or tag closing a
task ("Assigned: Clerk", "Owner: Tom Hale", "-> Priya")."""

from __future__ import annotations

import re

from ...model import Action
from ..context import Context, Spans, item_at, line_of, resolved_due
from ..keywords import scan
from ..layout import Line, marker, strip_span
from .common import best_sentence, committed_task, make_action, paragraph_before
from .entry_lines import HANDLES_RE, is_imperative, verb_phrase_head
from .owners import owner_like, person_like, role_like, split_owners


def field_block_actions(ctx: Context, actions: list[Action], claimed: Spans) -> None:
    """An action for each block of fields naming a task ("What:", "Task:") and who does it
    ("Who:", "Owner:", "Responsible:", "Lead:"), with a due date ("When:", "Due:",
    "Deadline:") or none: lines of fields one under another with no gap, or the fields on
    one line between bars, semicolons or wide gaps. A block with no task's or no owner's
    field, or with a "Where:", is something else (an event's "What:", "When:", "Where:"); a
    task opens with a verb of a job ("What: Write to ...", not "What: Summer fete")."""
    text = ctx.text
    if next(scan(_HINT_RE, text), None) is None:
        return  # no owner's field anywhere
    block: list[tuple[Line, dict[str, str]]] = []
    for ln in [*ctx.lines, None]:
        fields = _fields(text, ln) if ln is not None and not ln.blank else None
        if fields is not None and not (block and fields.keys() & _merged(block).keys()):
            block.append((ln, fields))  # type: ignore[arg-type]
            continue
        if block:
            _add(ctx, block, actions, claimed)
        block = [(ln, fields)] if fields is not None and ln is not None else []


def _merged(block: list[tuple[Line, dict[str, str]]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for _, fields in block:
        out.update(fields)
    return out


def _fields(text: str, ln: Line) -> dict[str, str] | None:
    """The fields of a line ("Who: Clerk", "What: ... | Who: ..."), by kind, or None."""
    body = text[ln.cstart : ln.cend]
    if ":" not in body or len(body) > 600:
        return None
    parts = _PART_SEP_RE.split(body) if _PART_SEP_RE.search(body) else [body]
    out: dict[str, str] = {}
    for part in parts:
        m = _FIELD_RE.fullmatch(part.strip())
        if m is None:
            return None
        kind = next(k for k in ("task", "owner", "due", "where") if m.group(k))
        value = m.group("value").strip(" *_")
        if kind in out or not value:
            return None
        out[kind] = value
    return out


def _add(
    ctx: Context, block: list[tuple[Line, dict[str, str]]], actions: list[Action], claimed: Spans
) -> None:
    fields = _merged(block)
    task, owner = fields.get("task"), fields.get("owner")
    if not task or not owner or "where" in fields:
        return
    if not verb_phrase_head(task.strip("*_")):
        return  # "What: Summer fete", "What: Quiz night": an event, no job
    s, e = block[0][0].cstart, block[-1][0].cend
    if claimed.overlaps(s, e):
        return
    due_text = fields.get("due")
    due = resolved_due(ctx, due_text) if due_text else None
    task = task[:1].upper() + task[1:]
    actions.append(Action(task, owner, due, due_text, item_at(ctx, s), s, e, split_owners(owner)))
    claimed.add(s, e)


_HINT_RE = re.compile(
    r"(?i)\b(?:who|owners?|responsible|lead|assigned\s+to|by\s+whom|action\s+by)[*_]*\s*:"
)
# Fields on one line: "What: ... | Who: ... | When: ...", "...; Owner: ...", wide gaps.
_PART_SEP_RE = re.compile(r"\s+\|\s+|;\s+|\s{3,}|\t+")
_FIELD_RE = re.compile(
    r"(?i)[*_]{0,2}(?:(?P<task>what|task|action\s+required|to\s+do)"
    r"|(?P<owner>who|owners?|responsible|lead|assigned\s+to|by\s+whom|action\s+by)"
    r"|(?P<due>when|due(?:\s+date)?|deadline|by\s+when|target\s+date|timescale)"
    r"|(?P<where>where|venue|location))"
    r"[*_]{0,2}\s*:[*_]{0,2}\s*(?P<value>\S.{0,300})"
)


def owner_tag_actions(ctx: Context, actions: list[Action], claimed: Spans) -> None:
    """A task and, closing it, a field or tag naming its owner, as trackers, telecon logs
    and templates write them: on a line of its own under the task's paragraph ("Assigned
    David", "Assigned to: Clerk", "Assignee: PS", "Owner: Tom Hale", "Responsible: Clerk",
    "Who: All") or ending the task's line ("Write to the county. Owner: Clerk", "Order the
    chairs -> Tom Hale", "Replace the lock => Clerk"). The task is the sentence before the
    tag that best fits the owner; the owner a person, initials, role or body (after an
    arrow a person, initials or a role: an arrow also leads to a result)."""
    text = ctx.text
    hinted = sorted({line_of(ctx, h.start()) for h in scan(_TAG_HINT_RE, text)})
    for ln in (ctx.lines[k] for k in hinted):
        if ln.blank or ln.cend - ln.cstart > 2000:
            continue
        m = _OWNER_TAG_RE.search(text, max(ln.cstart, ln.cend - 160), ln.cend)  # its end
        if m is None or claimed.overlaps(m.start(), m.end()):
            continue
        owner = (m.group("o") or m.group("o2") or m.group("o3")).strip(" .*_")
        if not _tag_owner(ctx, owner, arrow=m.group("o2") is not None):
            continue
        before = strip_span(text, ln.cstart, m.start())
        if m.group("o3") and not is_imperative(text[before[0] : before[1]]):
            continue  # "Renew the domain @dana", not "Thanks for the release @dana"
        if before[1] > before[0]:
            para, limit = ln, before[1]  # the task on the tag's line
        elif m.group("o") is not None and not marker(text, ln):
            # (a bulleted field under a task's bullet is the list's: lists.py reads it)
            above = paragraph_before(ctx, ln.index)
            if above is None or above.cstart in ctx.item_start_set or _fields(text, above):
                continue  # under an item's title or another field ("When: 5 July"), no task
            para, limit = above, above.cend
        else:
            continue
        sp = best_sentence(ctx, para, owner, limit=limit)
        sentence = text[sp.start : sp.end].rstrip(" -–—:;,.")
        if len(sentence.split()) < 3 or claimed.overlaps(sp.start, sp.end):
            continue
        task = committed_task(sentence, len(sentence)) or sentence
        actions.append(make_action(ctx, task, owner, sp.start, m.end()))
        claimed.add(sp.start, m.end())


def _tag_owner(ctx: Context, owner: str, *, arrow: bool) -> bool:
    """Who a tag names: a person, initials, a role, everyone, a handle; or a body."""
    if _EVERYONE_RE.fullmatch(owner) or HANDLES_RE.fullmatch(owner):
        return True
    parts = split_owners(owner)
    if not parts:
        return False
    if arrow:
        return all(o in ctx.initials or person_like(ctx, o) or role_like(o) for o in parts)
    return all(o in ctx.initials or owner_like(ctx, o) for o in parts)


_EVERYONE_RE = re.compile(r"(?i)all|everyone|everybody|all\s+members")
# What every tag holds (case-sensitive literals: the scan looks for them, not the regex).
_TAG_HINT_RE = re.compile(
    r"ssign|SSIGN|wner|WNER|esponsible|ESPONSIBLE|[Ww]ho[*_]{0,2}\s*:|WHO|->|=>|→|⇒| @"
)
_TAG_NAME = r"(?:@[\w-]+|[A-Z][\w’'.&-]*)"
_TAG_WHO = rf"{_TAG_NAME}(?:(?:\s*(?:/|&|,|\band\b)\s*|\s+){_TAG_NAME}){{0,3}}"
# An owner's tag ending a line (or alone on it): a field with a colon ("Owner: Tom Hale",
# "(owner: PS)"), "Assigned" with or without one ("Assigned David"), or an
# arrow ("-> Tom Hale", "=> Clerk").
_OWNER_TAG_RE = re.compile(
    r"(?:(?<![^\s.;,)])[(\[]?[*_]{0,2}(?i:assigned(?:\s+to)?[*_]{0,2}\s*:?"
    r"|(?:assignee|(?:action\s+)?owner|responsible|who)[*_]{0,2}\s*:)"
    rf"\s*[*_]{{0,2}}\s*(?P<o>{_TAG_WHO})"
    rf"|\s(?:->|=>|→|⇒)\s*(?P<o2>{_TAG_WHO})|\s(?P<o3>{HANDLES_RE.pattern}))"
    r"[*_]{0,2}[)\]]?\.?[ \t]*$",
)
