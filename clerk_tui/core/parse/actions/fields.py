"""Actions written as a block of labelled fields, a line each or on one line: "Who: Clerk" /
"What: Write to the landowner" / "When: End of March", "**Task:** ... | **Owner:** ...";
the form some minutes' templates give every action."""

from __future__ import annotations

import re

from ...model import Action
from ..context import Context, Spans, item_at, resolved_due
from ..keywords import scan
from ..layout import Line
from .owners import split_owners
from .verbs import FIRST_NAME_VERBS


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
    if task.split(None, 1)[0].lower().strip("*_") not in FIRST_NAME_VERBS:
        return  # "What: Summer fete": an event, no job
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
