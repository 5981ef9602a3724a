"""A due written outside its action's sentence: in a cell or labelled field beside the task
("Write to the county | 30 April |", "Order the salt. Deadline: 1 June", "... – target date 1
June"); in a field or a date line under it ("Owner: Clerk" / "Due by: next meeting", "By 20
May."); in the sentence after it, a sentence that says only when the task is to be done ("Ann
will contact the publishers. She will do this by 4 August.", "Clerk to write to the county.
This should be done before the end of the month."); in the heading over the tasks ("By 15
September:", "Actions before the AGM:", "For next meeting:", "### Website (by next
meeting)"); or as the date of the event the
action is listed under ("Harvest Supper: 18 October. ... Jon will make a gumbo.", "Open Day
(May 1, 2-4 pm):" over "• Matt will run the plant stall")."""

from __future__ import annotations

import re
from datetime import date

from ...dates import DAY_AND_MONTH, DEADLINE_WORDS, parse_date_literal
from ...model import Action
from ..context import Context, due_for, due_phrases, line_of, resolved_due
from ..forward_plans import listed
from ..layout import Line, split_sentences
from ..table_rows import RULE_ROW_RE
from .owners import owner_like

# The words of a sentence that names no task of its own, only when the one before is due
# (what is left of it once its due phrase is taken out).
_WHEN_ONLY_RE = re.compile(
    r"(?i)\W*(?:(?:he|she|they|we|this|it|that|all|of|the|task|work|job|so|to|be|will|would"
    r"|should|must|shall|needs?|has|have|is|are|aims?|hopes?|do|done|doing|completed?|finish"
    r"|finished|ready|sorted)\b\W*)*"
)
# A due's label, before its value: "Due: 30 April", "Deadline – Friday", "By when: next
# meeting", "target date 1 June", "The deadline is 4 August", "Due by: end of May".
_DUE_LABEL_RE = re.compile(
    r"(?i)(?<![\w-])[*_]*(?:the\s+)?(?:due(?:\s+(?:date|by|on))?|deadline|by\s+when|when\s+by"
    r"|target(?:\s+date)?|completion\s+date|complete\s+by|timescales?|date\s+due)[*_]*"
    r"(?:\s*[:–—-]|\s+(?:is|will\s+be)\b|(?=\s))[*_]*\s*"
)
# "due" before a due's value ("due 30 April"), which the value leaves out.
_DUE_WORD_RE = re.compile(r"(?i)^due\s+(?=\S)")
# Where a field's value ends: a cell's or bracket's end, a full stop, a wide gap.
_VALUE_END_RE = re.compile(r"[|;)\]\n\t]|\.(?:\s|$)|\s{3,}")
# The cells of a line after its task: between bars, tabs, wide gaps, dashes with spaces round
# them ("Clerk - write to the county - 30 April"), a table's tags pasted as HTML.
_CELL_SEP_RE = re.compile(
    r"[ \t]*\|[ \t]*|\t+|[ \t]{3,}|\s[–—-]\s|(?:\s*</?(?:td|th|tr)\b[^<>]{0,200}>\s*)+", re.I
)
# What follows a task on its line, in parts: its owner, its due ("– Clerk – 30 April").
_PART_SEP_RE = re.compile(r"[|;,()\[\]\t]|\s[–—-]\s|\.\s|\s{3,}")
# A column of a date that is no due: when the action was raised, the meeting's.
_OTHER_DATE_HEAD_RE = re.compile(
    r"(?i)raised|opened|logged|created|added|agreed|meeting|minute|\bref|\bitem|status|notes?\b"
    r"|comments?|updates?|progress|closed|completed\b|done"
)
# Where a sentence ends, read backwards from an action's start: a stop and a space.
_SENTENCE_END_RE = re.compile(r"\s[.!?;:]")
# What may come before a due opening a sentence.
_OPENERS = ("", "and", "but", "so", "then", "also")
# The words a due phrase opens with when it is all a line or heading says.
_DEADLINE_WORDS = (*DEADLINE_WORDS, "in time for", "due", "for", "w/c", "week commencing")
# A bracket closing a heading: "### Website (by next meeting)".
_BRACKET_TAIL_RE = re.compile(r"\(([^()]{2,50})\)$")
# A deadline word opening a bracket, and a word of a time or an occasion after it.
_DEADLINE_WORD_RE = re.compile(
    "(?i)(?:"
    + "|".join(w.replace(" ", r"\s+") for w in (*DEADLINE_WORDS, "due by", "due"))
    + r")\s+"
)
_TIME_WORD_RE = re.compile(
    r"(?i)\d|\b(?:meeting|call|sync|session|release|sprint|milestone|deadline|launch|week|month"
    r"|weekend|term|agm|event)\b"
)
# What a heading over tasks may say before its due: "Actions by 15 September", "To do
# before the AGM".
_HEAD_LEAD_RE = re.compile(
    r"(?i)(?:(?:agreed\s+|new\s+)?(?:actions?(?:\s+(?:points|items))?|tasks?|to[- ]?dos?|jobs"
    r"|next\s+steps|things\s+to\s+do)(?:\s+(?:required|to\s+be\s+done|to\s+complete))?\s*[:–—-]?\s*)?"
)
# A field of another kind under a task: "Owner: Clerk", "Status: open", "Assigned to: Tom".
_OTHER_FIELD_RE = re.compile(r"[*_]*[A-Z][\w/ ]{0,24}?[*_]*\s*:\s*\S")
# A sentence ends within this many characters of its action, or the due is not its.
_WINDOW = 160


Due = tuple[str, date | None]


def dues_said_after(ctx: Context, actions: list[Action]) -> None:
    """Gives each action with no due the first found of: a due opening its sentence
    (:func:`_due_fronted`), a due cell or labelled field beside its task
    (:func:`_due_beside`), a due field or date line under it (:func:`_due_below`), the
    sentence after it when that says only when the task is due (:func:`_next_sentence_due`;
    not "The shop closes on 4 August.", "Bob will do this by Friday." (another person's),
    "This was done by 4 August last year." (done)), the heading over the tasks
    (:func:`_due_heading`), the date of the event it is listed under (:func:`_event_date`)."""
    starts = [a.start for a in actions]
    action_lines = {line_of(ctx, s) for s in starts}
    for n, a in enumerate(actions):
        if a.due_text is not None:
            continue
        stop = starts[n + 1] if n + 1 < len(starts) else len(ctx.text)
        found = (
            _due_fronted(ctx, a)
            or _due_beside(ctx, a, stop)
            or _due_below(ctx, a, action_lines)
            or _next_sentence_due(ctx, a)
            or _due_heading(ctx, a, action_lines)
            or _event_date(ctx, a)
        )
        if found is not None:
            a.due_text, a.due = found


def _due_fronted(ctx: Context, a: Action) -> Due | None:
    """A due with a deadline word opening the action's sentence, before its owner ("By 30
    April, the Clerk will write ...", "The bins were discussed. Before the AGM, Tom will
    ..."): the phrase a clerk reads, which the clause after it does not hold; not "By then
    ..." nor a due later in the sentence (the clause's own, found with it)."""
    text = ctx.text
    ln = ctx.lines[line_of(ctx, a.start)]
    stop = _SENTENCE_END_RE.search(text[ln.cstart : a.start][::-1])
    start = a.start - stop.start() if stop else ln.cstart
    phrases = due_phrases(ctx, text[start : a.end])
    if not phrases:
        return None
    first = phrases[0]
    if text[start : start + first.start].strip(" *_").lower() not in _OPENERS:
        return None
    if not first.text.lower().startswith(_DEADLINE_WORDS):
        return None
    return first.text, resolved_due(ctx, first.text)


def _whole_due(ctx: Context, value: str) -> Due | None:
    """``value`` as a due when that is all it says ("30 April", "end of May", "ASAP", "the
    next meeting", "before the AGM"); not "Clerk", "May Jones", "to the county", nor a day
    on or before the meeting's ("### Action items (10 March 2025)" at that meeting)."""
    value = _DUE_WORD_RE.sub("", value.strip(" *_.,:;–—-"))
    if not value or len(value) > 40:
        return None
    whole = len(value) + 3
    if not any(p.end == whole and p.start in (0, 3) for p in due_phrases(ctx, "by " + value)):
        return None
    due = resolved_due(ctx, value)
    if due is not None and ctx.meeting_date is not None and due <= ctx.meeting_date:
        return None
    return value, due


def _labelled_due(ctx: Context, text: str, start: int, end: int) -> Due | None:
    """The due of the first labelled field in text[start:end] whose value is a due
    ("Deadline: 30 April", "target date 1 June"; not "a target date with the contractor")."""
    for m in _DUE_LABEL_RE.finditer(text, start, end):
        stop = _VALUE_END_RE.search(text, m.end(), end)
        found = _whole_due(ctx, text[m.end() : stop.start() if stop else end])
        if found is not None:
            return found
    return None


def _due_beside(ctx: Context, a: Action, stop: int) -> Due | None:
    """A due on the task's own line, after it begins (before the next action): a labelled
    field ("... Deadline: 30 April", "(target date: 1 June)"), a cell that is only a due
    ("Write to the county | 30 April |", "Repaint the shelter<TAB>end of May") in a column
    its table's header does not name as another date's, or a due closing the line after the
    task with nothing but its owner beside it ("Write to the county – Clerk – 30 April",
    "Repaint the shelter (TR, next meeting)")."""
    text = ctx.text
    i = line_of(ctx, a.start)
    end = min(ctx.lines[line_of(ctx, max(a.start, a.end - 1))].cend, stop)
    found = _labelled_due(ctx, text, a.start, end)
    if found is not None:
        return found
    ln = ctx.lines[i]
    seps = list(_CELL_SEP_RE.finditer(text, ln.cstart, ln.cend))
    cell_starts = [ln.cstart] + [m.end() for m in seps]
    cell_ends = [m.start() for m in seps] + [ln.cend]
    for k, (s, e) in enumerate(zip(cell_starts, cell_ends, strict=True)):
        if s <= a.start or s >= stop:
            continue
        found = _whole_due(ctx, text[s:e])
        if found is not None:
            return found if _due_column(ctx, i, k) else None
    return _trailing_due(ctx, a, text[a.end : end])


def _trailing_due(ctx: Context, a: Action, rest: str) -> Due | None:
    """The due of what follows the task on its line when that is only its owner and a due."""
    found = None
    for part in _PART_SEP_RE.split(rest):
        part = part.strip(" *_.")
        if not part:
            continue
        due = _whole_due(ctx, part) if found is None else None
        if due is not None:
            found = due
        elif not owner_like(ctx, part, bodies=False) and part not in a.owners:
            return None
    return found


def _due_column(ctx: Context, i: int, k: int) -> bool:
    """Whether cell ``k`` of a table's row on line ``i`` may be its due: the table's header
    (the row over a rule of dashes), if any, does not name that column another date's
    ("Raised", "Date of meeting")."""
    text, lines = ctx.text, ctx.lines
    j = i - 1
    while j > 0 and "|" in text[lines[j].cstart : lines[j].cend]:
        if RULE_ROW_RE.fullmatch(text, lines[j].cstart, lines[j].cend):
            heads = _CELL_SEP_RE.split(text[lines[j - 1].cstart : lines[j - 1].cend])
            return k >= len(heads) or not _OTHER_DATE_HEAD_RE.search(heads[k])
        j -= 1
    return True


def _due_below(ctx: Context, a: Action, action_lines: set[int]) -> Due | None:
    """A due on a line of its own under the task, among its other fields or cells: a
    labelled field ("Deadline: 30 April", "Due by: next meeting" under "Owner: Clerk"), a
    line that is only a due with a deadline word ("By 20 May."), or, after the owner's cell
    (a row of a table pasted a cell a line, blank lines between: task, "TR", "30/04/2025"),
    a cell that is only a due; not a line holding more ("By 20 May the hall will be
    painted."), one past another action or text, an entry of a list under a paragraph ("-
    Deadline: 30 September"), nor a date with no owner's cell before it (a heading: "Next
    meeting")."""
    text, lines = ctx.text, ctx.lines
    first = line_of(ctx, max(a.start, a.end - 1)) + 1
    in_list = listed(text, lines[first - 1])
    owner_cell = False
    for j in range(first, min(first + _BELOW_REACH, len(lines))):
        ln = lines[j]
        if ln.blank:
            continue
        if j in action_lines or listed(text, ln) and not in_list:
            return None  # another task, or a list that starts under the task's paragraph
        label = _DUE_LABEL_RE.match(text, ln.cstart, ln.cend)
        if label is not None:
            return _whole_due(ctx, text[label.end() : ln.cend])
        line = text[ln.cstart : ln.cend].strip("*_ .")
        if (owner_cell or line.lower().startswith(_DEADLINE_WORDS)) and (
            found := _whole_due(ctx, line)
        ):
            return found
        if _OTHER_FIELD_RE.match(text, ln.cstart, ln.cend):
            continue
        if owner_cell or len(line) > 40 or not owner_like(ctx, line, bodies=False):
            return None
        owner_cell = True
    return None


def _next_sentence_due(ctx: Context, a: Action) -> Due | None:
    """The due of the sentence right after the action in its paragraph, when that is all it
    says."""
    text = ctx.text
    start = a.end
    while start < len(text) and text[start] in " \t.;,":
        start += 1
    if start >= len(text):
        return None
    first = line_of(ctx, a.end)
    last = line_of(ctx, start)
    if any(i != first and i not in ctx.absorbed for i in range(first, last + 1)):
        return None  # on a line of its own, not wrapped into the action's paragraph
    while last + 1 < len(ctx.lines) and last + 1 in ctx.absorbed:
        last += 1
    para_end = ctx.lines[last].cend
    limit = min(para_end, start + _WINDOW)
    sents = split_sentences(text, start, limit)
    if not sents or sents[0].start != start or (sents[0].end >= limit and limit < para_end):
        return None
    return _when_only(ctx, text[start : sents[0].end])


def _when_only(ctx: Context, sentence: str) -> Due | None:
    """The due a sentence names when that is all it says."""
    label = _DUE_LABEL_RE.match(sentence)
    if label is not None:
        return _whole_due(ctx, sentence[label.end() :])
    due_text, due = due_for(ctx, sentence)
    if due_text is None:
        return None
    at = sentence.find(due_text)
    rest = sentence[:at] + " " + sentence[at + len(due_text) :]
    if not _WHEN_ONLY_RE.fullmatch(rest):
        return None
    return due_text, due


def _due_heading(ctx: Context, a: Action, action_lines: set[int]) -> Due | None:
    """The due a heading over the tasks sets: the first line above the action's that is no
    task's and no entry of its list, when it says only when they are due ("By 15
    September:", "Before the AGM", "Actions for next meeting:") or closes with a due in
    brackets ("### Website (by next meeting)", "Newsletter (due Friday)"); not "Done by 15
    September:", "At the May meeting:", "Finance (by the Treasurer)"."""
    text, lines = ctx.text, ctx.lines
    i = line_of(ctx, a.start)
    for k in range(i - 1, max(-1, i - _LIST_REACH), -1):
        ln = lines[k]
        if ln.blank or k in action_lines or listed(text, ln):
            continue
        if k - 1 in action_lines and not text[ln.start : ln.cend].endswith(":"):
            return None  # the due line of the task above ("By 20 May."), no heading
        return _heading_due(ctx, ln)
    return None


def _heading_due(ctx: Context, ln: Line) -> Due | None:
    """The due of a heading line: all it says after words that name the tasks or none
    ("Actions for next meeting", "Action items (due 30 April):"), or the due in brackets
    closing it."""
    line = ctx.text[ln.start : ln.cend].strip()
    if len(line) > 80:
        return None
    heading = line.lstrip("#").strip().strip("*_: ")
    bracket = _BRACKET_TAIL_RE.search(heading)
    if bracket is not None:
        return _bracketed_due(ctx, bracket.group(1))
    lead = _HEAD_LEAD_RE.match(heading)
    if lead is None:
        return None
    due = heading[lead.end() :]
    if not due.lower().startswith(_DEADLINE_WORDS):
        return None
    return _whole_due(ctx, due)


def _bracketed_due(ctx: Context, inside: str) -> Due | None:
    """The due a bracket closing a heading holds: a due alone ("(30 April)", "(next
    week)"), or a deadline word and a time or occasion, kept as written ("(by Friday's
    call)", "(before the 2.0 release)"); not a person ("(by the Treasurer)") nor a manner
    ("(by email)")."""
    found = _whole_due(ctx, inside)
    if found is not None:
        return found
    word = _DEADLINE_WORD_RE.match(inside)
    if word is None:
        return None
    rest = inside[word.end() :]
    if not (_TIME_WORD_RE.search(rest) or due_phrases(ctx, inside)):
        return None
    return inside, resolved_due(ctx, inside)


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
# How far under a task its due's field or cell is looked for, in lines (blank ones too).
_BELOW_REACH = 8
# How far up a list an event's heading is looked for, in lines.
_LIST_REACH = 12


def _event_date(ctx: Context, a: Action) -> Due | None:
    """The date of the event an action is listed under, when that event is still to come: the
    opening of the action's paragraph, or the heading over the list the action is an entry of
    (see :data:`_EVENT_HEAD_RE`)."""
    if ctx.meeting_date is None:
        return None
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
        return None
    when = " ".join(m.group("date").split())
    found = parse_date_literal(when, ctx.meeting_date)
    return (when, found) if found is not None and found > ctx.meeting_date else None


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
