"""Tasks kept as org-mode does: a heading opening with a keyword of its state ("** TODO
Write to the county :tom:", "* NEXT [#A] Book the hall"), its owner a tag that names one and
its due date on a "DEADLINE:" or "SCHEDULED:" line under it; "DONE" is done."""

from __future__ import annotations

import re

from ...model import Action
from ..context import Context, Spans, item_at, resolved_due
from ..keywords import scan
from .owners import person_like, role_like, split_owners


def todo_heading_actions(ctx: Context, actions: list[Action], claimed: Spans) -> None:
    """An action for each org-mode heading whose keyword says it is to do ("TODO", "NEXT",
    "WAITING", "STARTED"); one saying done ("DONE", "CANCELLED") is claimed, no action. A
    tag naming a person, initials or a role owns it; a "DEADLINE:" (else "SCHEDULED:") line
    right under it gives its due date."""
    text = ctx.text
    for h in scan(_TODO_RE, text):
        s, e = h.start(), h.end()
        if claimed.overlaps(s, e):
            continue
        claimed.add(s, e)
        if h.group("state").upper() in _DONE_STATES:
            continue
        tags = [t for t in (h.group("tags") or "").split(":") if t]
        owners = [t for t in tags if t in ctx.initials or person_like(ctx, t) or role_like(t)]
        owner = "/".join(owners) or None
        due_line = _PLANNING_RE.match(text, e + 1) if e < len(text) else None
        due_text = due_line.group("date") if due_line else None
        task = h.group("task").strip()
        due = resolved_due(ctx, due_text) if due_text else None
        owned = split_owners(owner) if owner else []
        actions.append(Action(task, owner, due, due_text, item_at(ctx, s), s, e, owned))


_DONE_STATES = frozenset({"DONE", "CANCELLED", "CANCELED"})
# "** TODO [#A] Write to the county   :tom:clerk:" (a heading's stars, its state, a
# priority, the task, its tags); not a bullet's mark, "* TODO - look up the balance".
_TODO_RE = re.compile(
    r"(?m)^\*{1,8}[ \t]+(?P<state>TODO|NEXT|WAITING|STARTED|DONE|CANCELL?ED)[ \t]+"
    r"(?:\[#[A-Z]\][ \t]+)?(?P<task>(?![-–—:])[^\n]*?\S)(?:[ \t]+:(?P<tags>[\w@.:-]+):)?[ \t]*$"
)
# The planning line under a heading: "   DEADLINE: <2026-03-31 Tue>".
_PLANNING_RE = re.compile(
    r"[ \t]*(?:CLOSED:[ \t]*\[[^\]\n]*\][ \t]*)?(?:DEADLINE|SCHEDULED):"
    r"[ \t]*<(?P<date>\d{4}-\d\d-\d\d)"
)
