"""Actions in lists: entries under a "Summary of actions" heading ("task (OWNER) - due"),
and dated duties for named people ("Monday 15th May at 1330. Robin and Brenda")."""

from __future__ import annotations

import re

from ...dates import parse_date_literal
from ...model import Action
from ..context import Context, Spans, due_for, item_at
from ..items import ACTION_LIST_HEAD_RE, LIST_ACTION_RE
from .owners import owner_like, person_like, split_owners

_SCHEDULE_RE = re.compile(
    r"(?P<date>(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{4})?(?:\s+(?:at|from)\s+[\d.:]+\s*(?:am|pm)?)?)\s*[.:,–-]\s*"
    r"(?P<names>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?:\s*,\s*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)*"
    r"(?:\s*,?\s+(?:and|&)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?)(?=\s*(?:[.;]|$))"
)


_SCHEDULE_HINT = re.compile(r"\d(?:st|nd|rd|th)?\s+[JFMASOND][a-z]+")


def schedule_actions(ctx: Context, actions: list[Action], claimed: Spans) -> None:
    """ "Monday 15th May at 1330. Robin, Brenda and Michael": a dated duty for named people."""
    text = ctx.text
    for ln in ctx.lines:
        if ln.blank or ln.cend - ln.cstart > 20000:
            continue
        if not _SCHEDULE_HINT.search(text, ln.cstart, ln.cend):
            continue
        for m in _SCHEDULE_RE.finditer(text, ln.cstart, ln.cend):
            names = [
                x.strip()
                for x in re.split(r"\s*,\s*|\s+and\s+|\s+&\s+", m.group("names"))
                if x.strip()
            ]
            if not names or not all(person_like(ctx, x) for x in names):
                continue
            s, e = m.start(), m.end()
            if claimed.overlaps(s, e):
                continue
            owner = m.group("names").strip()
            due = parse_date_literal(m.group("date"), ctx.meeting_date)
            # The item title gives what the duty is ("Plot inspections").
            it = item_at(ctx, s)
            what = ctx.items[it].title if it is not None else "Scheduled"
            task = f"{what}: {m.group('date')}"
            actions.append(Action(task, owner, due, m.group("date"), it, s, e, split_owners(owner)))
            claimed.add(s, e)


def list_actions(ctx: Context, actions: list[Action], claimed: Spans) -> list[tuple[int, int]]:
    """Entries under a "Summary of actions" or "Action points" heading, each "task (OWNER) -
    due" or "Owner: task" ("All members: Add the list's address to contacts"); returns their
    spans (like a table's rows, they stand for the same actions minuted above)."""
    text = ctx.text
    lines = ctx.lines
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        i += 1
        if ln.blank or ln.cend - ln.cstart > 40:
            continue
        head = ACTION_LIST_HEAD_RE.fullmatch(text, ln.cstart, ln.cend)
        if head is None:
            continue
        # A "Summary of actions" gathers the whole meeting's actions: no item of its own unless
        # it is one (an entry minuted above takes that item when deduplicated).
        whole_meeting = bool(head.group("whole") or head.group("whole2"))
        list_item = (
            item_at(ctx, ln.cstart) if not whole_meeting or ln.cstart in ctx.item_starts else None
        )
        while i < len(lines):
            entry = lines[i]
            if entry.blank:
                i += 1
                continue
            m = LIST_ACTION_RE.fullmatch(text, entry.cstart, entry.cend)
            if m is not None:
                owner, task, due_src = m.group("owner"), m.group("task"), m.group("due") or ""
                owners = split_owners(owner)
                if not all(o in ctx.initials or owner_like(ctx, o) for o in owners):
                    i += 1
                    continue
            else:
                m = _OWNER_COLON_RE.fullmatch(text, entry.cstart, entry.cend)
                if m is None or not _list_owner(ctx, m.group("owner")):
                    break
                owner, task = m.group("owner"), m.group("task")
                due_src, owners = task, split_owners(owner)
            i += 1
            due_text, due = due_for(ctx, due_src)
            s, e = entry.cstart, entry.cend
            if claimed.overlaps(s, e):
                continue
            task = task.strip()
            actions.append(Action(task, owner, due, due_text, list_item, s, e, owners))
            claimed.add(s, e)
            spans.append((s, e))
    return spans


# "Marcel: Share an example ...", "All members: Add ...", "Eclipse Foundation: Explore ...".
_OWNER_COLON_RE = re.compile(
    r"(?P<owner>[A-Z][\w’'.&/-]*(?:\s+[\w’'.&/()-]+){0,4}?)\s*[:–—]\s+(?P<task>\S.{3,})"
)
_LIST_OWNER_WORDS = frozenset({"members", "member", "of", "the", "and", "&", "for", "team"})


def _list_owner(ctx: Context, owner: str) -> bool:
    """An owner heading an entry of an action list: a person, initials, role or body, or
    capitalised words ("Eclipse Foundation"), "All members", "Interested members"."""
    if owner_like(ctx, owner):
        return True
    words = owner.split()
    return words[0][:1].isupper() and all(
        w[:1].isupper() or w.lower() in _LIST_OWNER_WORDS for w in words
    )
