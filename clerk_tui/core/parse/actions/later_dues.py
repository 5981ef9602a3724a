"""A due written in the sentence after its action, a sentence that says only when the task is
to be done: "Ann will contact the publishers. She will do this by 4 August.", "Clerk to write
to the county. This should be done before the end of the month.", "... Deadline: 30 June."."""

from __future__ import annotations

import re
from datetime import date

from ...dates import parse_date_literal
from ...model import Action
from ..context import Context, due_for, line_of
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
    Friday." (another person's), "This was done by 4 August last year." (done)."""
    text = ctx.text
    for a in actions:
        if a.due_text is not None:
            continue
        start = a.end
        while start < len(text) and text[start] in " \t.;,":
            start += 1
        limit = min(len(text), start + _WINDOW)
        sents = split_sentences(text, start, limit)
        if not sents or sents[0].start != start or sents[0].end >= limit:
            continue
        first = line_of(ctx, a.end)
        if any(i != first and i not in ctx.absorbed for i in range(first, line_of(ctx, start) + 1)):
            continue  # on a line of its own, not wrapped into the action's paragraph
        a.due_text, a.due = _when_only(ctx, text[start : sents[0].end])


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
