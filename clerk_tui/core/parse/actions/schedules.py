"""Dated duties for named people: "Monday 15th May at 1330. Robin and Brenda"."""

from __future__ import annotations

import re

from ...dates import parse_date_literal
from ...model import Action
from ..context import Context, Spans, item_at, line_of
from .owners import person_like, split_owners

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
    # (the lines where a hint starts: one scan of the text, not one of each line)
    hinted = sorted({line_of(ctx, h.start()) for h in _SCHEDULE_HINT.finditer(text)})
    for ln in (ctx.lines[k] for k in hinted):
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
