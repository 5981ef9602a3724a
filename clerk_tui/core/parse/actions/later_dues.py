"""A due written outside its action's sentence: in the sentence after it, a sentence that
says only when the task is to be done ("Ann will contact the publishers. She will do this by 4
August.", "Clerk to write to the county. This should be done before the end of the month.",
"... Deadline: 30 June."); or as the date of the event the action is listed under ("Harvest
Supper: 18 October. ... Jon will make a gumbo.", "Open Day (May 1, 2-4 pm):" over "• Matt
will run the plant stall")."""

from __future__ import annotations

import re
from datetime import date

from ...dates import DAY_AND_MONTH, parse_date_literal
from ...model import Action
from ..context import Context, due_for, line_of
from ..forward_plans import listed
from ..layout import split_sentences

# The words of a sentence that names no task of its own, only when the one before is due
# (what is left of it once its due phrase is taken out).
_WHEN_ONLY_RE = re.compile(
    r"(?i)\W*(?:(?:he|she|they|we|this|it|that|all|of|the|task|work|job|so|to|be|will|would"
    r"|should|must|shall|needs?|has|have|is|are|aims?|hopes?|do|done|doing|completed?|finish"
    r"|finished|ready|sorted)\b\W*)*"
)
# A deadline written as a label or a plain statement: "Deadline: 30 June", "The target date
# is 4 August", "Deadline - Friday 3rd May".
_DEADLINE_LABEL_RE = re.compile(
    r"(?i)\W*(?:the\s+)?(?:deadline|target\s+date|due\s+date|completion\s+date)"
    r"(?:\s+(?:is|will\s+be)|\s*[:–—-])\s*(?P<date>[^.;]{3,40}?)\W*$"
)
# A sentence ends within this many characters of its action, or the due is not its.
_WINDOW = 160


def dues_said_after(ctx: Context, actions: list[Action]) -> None:
    """Gives each action with no due the due of the sentence right after it, in its
    paragraph, when that sentence says only when the task is due (see :data:`_WHEN_ONLY_RE`,
    :data:`_DEADLINE_LABEL_RE`); not "The shop closes on 4 August.", "Bob will do this by
    Friday." (another person's), "This was done by 4 August last year." (done); else the date
    of the event it is listed under (see :func:`_event_date`)."""
    for a in actions:
        if a.due_text is None:
            a.due_text, a.due = _next_sentence_due(ctx, a)
        if a.due_text is None:
            a.due_text, a.due = _event_date(ctx, a)


def _next_sentence_due(ctx: Context, a: Action) -> tuple[str | None, date | None]:
    """The due of the sentence right after the action in its paragraph, when that is all it
    says."""
    text = ctx.text
    start = a.end
    while start < len(text) and text[start] in " \t.;,":
        start += 1
    limit = min(len(text), start + _WINDOW)
    sents = split_sentences(text, start, limit)
    if not sents or sents[0].start != start or sents[0].end >= limit:
        return None, None
    first = line_of(ctx, a.end)
    if any(i != first and i not in ctx.absorbed for i in range(first, line_of(ctx, start) + 1)):
        return None, None  # on a line of its own, not wrapped into the action's paragraph
    return _when_only(ctx, text[start : sents[0].end])


def _when_only(ctx: Context, sentence: str) -> tuple[str | None, date | None]:
    """The due a sentence names when that is all it says."""
    label = _DEADLINE_LABEL_RE.match(sentence)
    if label is not None:
        when = label.group("date").strip()
        found = parse_date_literal(when, ctx.meeting_date)
        return (when, found) if found is not None else (None, None)
    due_text, due = due_for(ctx, sentence)
    if due_text is None:
        return None, None
    at = sentence.find(due_text)
    rest = sentence[:at] + " " + sentence[at + len(due_text) :]
    if not _WHEN_ONLY_RE.fullmatch(rest):
        return None, None
    return due_text, due


# An event and its date, opening a paragraph or heading a list: "Harvest Supper: Oct. 18,
# 2014.", "V. Open Day (May 1, 2-4 pm):", "Quiz night – Friday 6th March".
_EVENT_HEAD_RE = re.compile(
    r"\W*(?:[IVX]{1,4}\.|\d{1,2}[.)])?\s*(?P<title>[A-Z][\w’'&-]*(?:\s+[\w’'&-]+){0,5}?)"
    rf"\s*(?::|\(|\s[–—-])\s*(?P<date>{DAY_AND_MONTH})(?![\w/])"
)
# Not an event: the meeting itself, its papers and its business.
_NOT_EVENT_RE = re.compile(
    r"(?i)\b(?:meeting|minutes|agenda|report|apologies|present|date|held|received|deadline|due)\b"
)
# How far up a list an event's heading is looked for, in lines.
_LIST_REACH = 12


def _event_date(ctx: Context, a: Action) -> tuple[str | None, date | None]:
    """The date of the event an action is listed under, when that event is still to come: the
    opening of the action's paragraph, or the heading over the list the action is an entry of
    (see :data:`_EVENT_HEAD_RE`)."""
    if ctx.meeting_date is None:
        return None, None
    text, lines = ctx.text, ctx.lines
    i = line_of(ctx, a.start)
    ln = lines[i]
    if a.start > ln.cstart:
        m = _EVENT_HEAD_RE.match(text, ln.cstart, a.start)
        if m is None and listed(text, ln):
            m = _heading_above(ctx, i)
    elif listed(text, ln):
        m = _heading_above(ctx, i)
    else:
        m = None
    if m is None or _NOT_EVENT_RE.search(m.group("title")):
        return None, None
    when = " ".join(m.group("date").split())
    found = parse_date_literal(when, ctx.meeting_date)
    return (when, found) if found is not None and found > ctx.meeting_date else (None, None)


def _heading_above(ctx: Context, i: int) -> re.Match[str] | None:
    """The event heading over the list line ``i`` is an entry of: the first line above that
    is no entry of it (blank lines between), when it is a short heading naming an event."""
    text, lines = ctx.text, ctx.lines
    for k in range(i - 1, max(-1, i - _LIST_REACH), -1):
        ln = lines[k]
        if ln.blank or listed(text, ln):
            continue
        if ln.cend - ln.cstart > 80:
            return None
        return _EVENT_HEAD_RE.match(text, ln.cstart, ln.cend)
    return None
