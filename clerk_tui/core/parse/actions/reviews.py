"""The previous meeting's actions under review: a section headed "Actions from the last
meeting", "Review of action items from prior meeting", "Update on actions arising from
previous meetings" restates old actions with their progress ("[315] Action: SP", "ED to
move reserves – complete"); reconciliation reads them, and none is a new action. Under
"Matters arising" (where new business is minuted too) a person's status line ("Tove: quote
still awaited") reports on an old action in the same way. Nor is an action marked done on
its own line ("[DONE] ACTION: ...", "... -> done", struck through)."""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

from ..context import Context, Spans, line_of, lines_holding, per_context, per_parse
from ..layout import TICKS, Line, hanging_from, indent, lines_after, marker
from .common import ACTION_MARK_RE
from .owners import person_like


class _Found(Protocol):
    start: int
    end: int


_F = TypeVar("_F", bound=_Found)


def drop_reviewed(ctx: Context, actions: list[_F]) -> list[_F]:
    """Without the old actions (or follow-ups) restated in a section reviewing the previous
    meeting's actions: its entries (bullets, numbered lines, table rows: "* [315] Action:
    SP") and lines giving a status ("ED to move reserves – Complete", "still in progress").
    What the meeting minuted there in prose ("It was noted that ... would be considered" /
    "Action: Chief People Officer") is new; so is a line labelled new ("New: Sam to book
    the hall"). Under "Matters arising" only a person's status line is an old action's."""
    actions = [a for a in actions if not marked_done(ctx, a)]
    sections, arising = review_sections(ctx), arising_sections(ctx)
    if not sections.starts and not arising.starts:
        return actions
    return [
        a
        for a in actions
        if not (
            sections.overlaps(a.start, a.end)
            and _restated(ctx, a)
            or arising.overlaps(a.start, a.end)
            and _status_report(ctx, a)
        )
        or new_under_review(ctx, a)
    ]


def new_under_review(ctx: Context, action: _Found) -> bool:
    """A new task given while the old ones are reviewed: a line of its own promising it in the
    future ("KS will now fit the bins next weekend", "The drainage contract is to be reviewed
    in November"), not in the shape of the old log's entry ("KS to order bins"), nor an
    entry's update after its label ("KS to fit bins: KS will ..."), and reporting no status
    ("done", "ongoing"); an action marked in the talk under an old entry; or any line
    labelled new ("New: Sam to book the hall", "(new) ...")."""
    text = ctx.text
    ln = ctx.lines[line_of(ctx, action.start)]
    if _NEW_LABEL_RE.match(text, ln.cstart, ln.cend):
        return True
    if not _marked_in_talk(ctx, ln):
        cue = _FUTURE_CUE_RE.search(text, action.start, action.end)
        if cue is None or _LABEL_SEP_RE.search(text, ln.cstart, cue.start()):
            return False  # "KS to fit bins: KS will now ...": the old entry, then its update
    return _STATUS_RE.search(text, ln.cstart, ln.cend) is None


def _marked_in_talk(ctx: Context, ln: Line) -> bool:
    """The line marks an action ("**[ACTION - Lee]** - delete the old calendar", "ACTION:
    ...") and hangs from an old entry, in the talk about it: given at this meeting (hanging
    from the review's heading, it is one of the old entries)."""
    text = ctx.text
    start = ln.cstart
    while start < ln.cend and text[start] in "*_":
        start += 1
    if ACTION_MARK_RE.match(text, start, ln.cend) is None:
        return False
    parent = hanging_from(ctx.lines, ln, lambda up: indent(ctx.text, up), 20)
    return parent is not None and _REVIEW_HEAD_RE.search(text, parent.cstart, parent.cend) is None


# What parts an old entry from its update: a colon, a dash between spaces.
_LABEL_SEP_RE = re.compile(r":\s|\s[-–—]\s")
# A line labelled as a new task: "New: ...", "NEW action - ...", "(new) ...", "[New] ...".
_NEW_LABEL_RE = re.compile(
    r"(?i)[*_]*(?:new(?:\s+(?:action|task|item|to-?do)s?)?[*_]*\s*(?::|\s[-–—])|[(\[]new[)\]])\s"
)


# A promise in the future tense: "will", "shall", "is to (be)", "are to (be)".
_FUTURE_CUE_RE = re.compile(r"\b(?:will|shall|(?:is|are)\s+to)\s+(?:now\s+|then\s+|also\s+)?[a-z]")


def marked_done(ctx: Context, action: _Found) -> bool:
    """An action its line marks as done, wherever it stands: a status tag opening or closing
    the line ("[DONE] ACTION: Priya to book the room", "`done` 5 Jan : Dhaval to ...", "DONE -
    ...", "_Closed_ ...", "Tom to open an issue -> done", "... (completed)", "Ola to ring the
    vet – done", "... : Completed.", "... . Done", a tick "✅"), or
    its words struck through ("~~Tom to fix the CI~~")."""
    first, last = ctx.lines[line_of(ctx, action.start)], ctx.lines[line_of(ctx, action.end)]
    start, end = first.cstart, max(last.cend, first.cend)
    return _tagged_done(ctx, start, end) or any(
        s <= action.start and action.end <= e + 2 for s, e in _struck(ctx, start, end)
    )


@per_parse  # (the same line for each action on it: a page-long line read once)
def _tagged_done(ctx: Context, start: int, end: int) -> bool:
    """Whether the line(s) text[start:end] open or close with a status tag of done."""
    return _DONE_TAG_RE.search(ctx.text[start:end]) is not None


@per_parse  # (as _tagged_done)
def _struck(ctx: Context, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of words struck through in text[start:end]."""
    return [m.span() for m in _STRUCK_RE.finditer(ctx.text, start, end)]


_DONE_WORD = r"(?:done|completed?|closed|finished)"
_DONE_TAG_RE = re.compile(
    rf"(?i)^[*_\s]*(?:\[\s*{_DONE_WORD}\s*\]|\(\s*{_DONE_WORD}\s*\)|[{TICKS}]"
    rf"|(?:`|[*_]{{1,2}})\s*{_DONE_WORD}\s*(?:`|[*_]{{1,2}})|(?-i:DONE|CLOSED|COMPLETED?)\s*[-–—:])"
    rf"|(?:\[\s*{_DONE_WORD}\s*\]|\(\s*{_DONE_WORD}\s*\)|(?:->|=>|→|\s[-–—]+|:|\.)\s*{_DONE_WORD}"
    rf"|[{TICKS}])"
    r"[\s.*_!]*$"
)
_STRUCK_RE = re.compile(r"~~(?=\S)[^~\n]{3,}?(?<=\S)~~")


def _restated(ctx: Context, action: _Found) -> bool:
    """The action's line is an entry of a list or table, a person's update ("Rafe: sent it
    round"), or reports a status."""
    text = ctx.text
    ln = ctx.lines[line_of(ctx, action.start)]
    return (
        _entry(text, ln)
        or "<t" in text[action.start : action.end]
        or _STATUS_RE.search(text, ln.cstart, ln.cend) is not None
        or _person_label(ctx, ln) is not None
    )


def _entry(text: str, ln: Line) -> bool:
    """A line of a list (a bullet, a number: "a) ...", "[315] ...") or a table's row."""
    return (
        bool(marker(text, ln))
        or _ENTRY_RE.match(text, ln.cstart, ln.cend) is not None
        or "|" in text[ln.cstart : ln.cend]
    )


def _person_label(ctx: Context, ln: Line) -> re.Match[str] | None:
    """The line opens with a person's name or initials as a label: "Tove: ...", "**RQ** –
    ...", "Sam Okoro - ..." (not a topic: "Kitchen - ongoing")."""
    m = _PERSON_LABEL_RE.match(ctx.text, ln.cstart, ln.cend)
    return m if m is not None and person_like(ctx, m["name"]) else None


def _status_report(ctx: Context, action: _Found) -> bool:
    """The action stands in a person's status report: their label, then a sentence giving a
    status ("Tove: grant application drafting ongoing", "Rafe: done, see the wiki", "Sam —
    still waiting on the venue"); not in a sentence after it ("... ongoing. RQ to ring the
    printer")."""
    m = _person_label(ctx, ctx.lines[line_of(ctx, action.start)])
    if m is None:
        return False
    end = ctx.text.find(". ", m.end(), action.end)
    end = action.end if end < 0 else end
    return action.start < end and _STATUS_RE.search(ctx.text, m.end(), end) is not None


_ENTRY_RE = re.compile(r"\(?(?:\d{1,3}|[A-Za-z])[.)]\s|\[\d{1,4}\]")
_STATUS_RE = re.compile(
    r"(?i)\b(?:complete[ds]?|done|closed|ongoing|in\s+progress|carried\s+forward|carry\s+forward"
    r"|not\s+yet|awaiting|outstanding|superseded|no\s+longer\s+required|still\s+(?:waiting"
    r"|to\s+(?:come|hear)|\w+ing)|pending|under\s?way|on\s+hold|no\s+(?:progress|update|news))\b"
)
# A person's name or initials heading the line as a label: "Tove:", "**RQ** –", "Sam Okoro -".
_PERSON_LABEL_RE = re.compile(
    r"[*_]{0,2}(?P<name>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)[*_]{0,2}\s*(?::|\s[-–—])[*_]{0,2}\s+"
)


@per_context  # (read by the action rules, then by the follow-up rules)
def review_sections(ctx: Context) -> Spans:
    """Where the minutes review the previous meeting's actions: from a heading naming them
    ("## Actions from last meeting", "5) Update on Actions arising from previous meetings",
    "Discussion of action items from the last meetings.", "Review of last actions") to the
    end of its section (:func:`_sections`)."""
    return _sections(ctx, _REVIEW_WORDS, _REVIEW_HEAD_RE)


@per_context  # (as review_sections)
def arising_sections(ctx: Context) -> Spans:
    """Where the minutes take up matters arising from the last minutes ("3. Matters arising",
    "MATTERS ARISING FROM THE MINUTES:"): reports on old actions beside new business."""
    return _sections(ctx, ("arising",), _ARISING_HEAD_RE)


def _sections(ctx: Context, words: tuple[str, ...], head_re: re.Pattern[str]) -> Spans:
    """The sections under each short heading ``head_re`` reads near its start (every one
    holding one of ``words``): to the next heading of its level or above (a markdown
    heading), the next item, a heading of this meeting's own items, or (a heading that is
    no item's) the first line of prose after the entries below it (list lines, people's
    labelled updates)."""
    text = ctx.text
    spans = Spans()
    lines = ctx.lines
    for k in lines_holding(ctx, words):
        ln = lines[k]
        if ln.blank or ln.cend - ln.cstart > 100:
            continue
        head = head_re.search(text, ln.cstart, ln.cend)
        if head is None or head.start() - ln.cstart > 25:
            continue
        if head.lastgroup == "carried" and not _CARRIED_LEAD_RE.fullmatch(
            text, ln.start, head.start()
        ):
            continue  # "- No quote yet; carried forward": an entry's status, no heading
        if _THIS_MEETING_RE.search(text, head.end(), ln.cend):
            continue  # "Review of action items from this meeting": its own, read as such
        level = _md_level(text, ln.start, ln.cend)
        item = ln.cstart in ctx.item_start_set
        number = _ITEM_NUMBER_RE.match(text, ln.cstart, ln.cend)
        # A bulleted heading ("- Review actions from the last meeting:") heads the bullets
        # nested under it; the next bullet at its own depth or less is the next topic.
        bulleted = bool(marker(text, ln))
        depth = indent(ctx.text, ln)
        end = len(text)
        seen_entry = False
        for nxt in lines_after(lines, k):
            if nxt.blank:
                continue
            nl = _md_level(text, nxt.start, nxt.cend)
            if level and nl and nl <= level or not level and nl or _new_items_head(ctx, nxt):
                end = nxt.start  # (a sub-heading is inside it: "### 3/8" under "## Previous")
                break
            if _sub_heading(ctx, nxt, number):
                continue  # "4.1 From 3 March" under "4. Previous actions", "**3/8**"
            if nxt.cstart in ctx.item_start_set:
                end = nxt.start
                break
            bullet = bool(marker(text, nxt))
            if bulleted and bullet and indent(ctx.text, nxt) <= depth:
                end = nxt.start
                break
            entry = bullet or _person_label(ctx, nxt) is not None
            if not level and not item and not entry and seen_entry:
                end = nxt.start  # prose after the entries of a plain heading
                break
            seen_entry = seen_entry or entry
        spans.add(ln.start, end)
    return spans


def _new_items_head(ctx: Context, ln: Line) -> bool:
    """A short heading (or a date alone) opening this meeting's own items: "### New TODOs",
    "**From this meeting**", "New actions:", "### 6/12" (this meeting's date)."""
    if ln.cend - ln.cstart > 60:
        return False
    line = ctx.text[ln.cstart : ln.cend]
    if _NEW_ITEMS_RE.search(line) is not None:
        return True
    return _heading_date(ctx, line) == "this"


def _sub_heading(ctx: Context, ln: Line, number: re.Match[str] | None) -> bool:
    """A heading inside a section: its number's sub-number ("4.1 From 3 March" under "4.
    Previous actions"), or a date alone ("**3/8**", "5 May:")."""
    text = ctx.text
    if number is not None and text.startswith(number[1] + ".", ln.cstart):
        return text[ln.cstart + len(number[1]) + 1 : ln.cstart + len(number[1]) + 2].isdigit()
    return ln.cend - ln.cstart <= 30 and _heading_date(ctx, text[ln.cstart : ln.cend]) == "earlier"


def _heading_date(ctx: Context, line: str) -> str | None:
    """ "this" for a heading that is this meeting's date alone ("### 6/12", "12/6/25"),
    "earlier" for another date alone ("**3/8**"), None for anything else."""
    m = _DATE_HEAD_RE.fullmatch(line)
    if m is None:
        return None
    when = ctx.meeting_date
    pair = (int(m["a"]), int(m["b"]))
    if when is not None and pair in ((when.month, when.day), (when.day, when.month)):
        return "this"
    return "earlier"


# The old log's entries named: "actions", "action items", "TODOs", "to dos", "tasks".
_LOG_NOUNS = r"(?:actions?|action\s+(?:items|points)|to-?dos|to\s+dos|tasks)"
# What may come before "Carried forward" heading a section: a number, markup, "Actions".
_CARRIED_LEAD_RE = re.compile(rf"(?i)[#*_\s\d.)]*(?:(?:{_LOG_NOUNS}|items)\s+)?")
# The number opening an item's heading: "4." in "4. Previous actions".
_ITEM_NUMBER_RE = re.compile(r"[#*_\s]*(\d{1,3})[.)]\s")
# This meeting: "this meeting", "today's call", "today".
_THIS_MEETING = r"(?:this|today['’]?s)\s+(?:meeting|call|sync|week|session)|today"
# A heading naming this meeting's own items: "New TODOs", "New actions", "From this meeting".
_NEW_ITEMS_RE = re.compile(
    r"(?i)^[#*_\s]*(?:\d{1,3}(?:\.\d{1,3})*[.)]?\s+)?"
    rf"(?:new\s+(?:{_LOG_NOUNS}|items|business)|(?:from\s+)?{_THIS_MEETING})\b"
)
# This meeting named after a review heading's words: "Review of action items from this meeting".
_THIS_MEETING_RE = re.compile(rf"(?i)\b(?:{_THIS_MEETING})\b")
# A date alone as a heading: "### 3/8", "**5/17**", "12/6/25:", "- 3.8".
_DATE_HEAD_RE = re.compile(r"[#*_\s-]*(?P<a>\d{1,2})[/.](?P<b>\d{1,2})(?:[/.]\d{2,4})?[*_:\s]*")


def _md_level(text: str, start: int, end: int) -> int:
    """The level of a markdown heading ("## ..." is 2), 0 for any other line."""
    m = _MD_HEAD_RE.match(text, start, end)
    return len(m.group(1)) if m else 0


_MD_HEAD_RE = re.compile(r"\s{0,3}(#{1,6})\s")
# Words one of which every heading _REVIEW_HEAD_RE reads holds.
_REVIEW_WORDS = ("action", "todo", "to-do", "to do", "task", "item", "carried")
_REVIEW_HEAD_RE = re.compile(
    r"(?i)\b(?:(?:review|discussion|update|progress|report)s?\s+(?:of|on)\s+(?:the\s+)?"
    r"(?:(?:outstanding|previous|prior|last|open)\s+(?:(?:meeting|week|call)['’]s\s+)?)?"
    r"action(?:s|\s+items?|\s+points?|\s+log)?"
    r"(?:\s+(?:arising\s+)?from\s+(?:the\s+)?(?:last|previous|prior)\s+meetings?)?"
    r"(?!\s+(?:undertaken|agreed|taken))\b"
    r"|action(?:s|\s+items?|\s+points?)\s+(?:arising\s+)?from\s+(?:the\s+)?(?:last|previous|prior)"
    r"\s+(?:meetings?|time|calls?|sessions?|week)\b|(?:outstanding|previous)\s+actions\b"
    # the old log under other names: "Previous TODOs", "Outstanding tasks", "Open actions from
    # earlier meetings", "Last meeting's actions", "Previous week's tasks", "Carried forward"
    r"|(?:previous|earlier|prior|outstanding|old|(?:last|previous|prior)\s+(?:meeting|week|call)"
    r"['’]s)\s+"
    rf"{_LOG_NOUNS}\b"
    rf"|(?:open\s+)?(?:{_LOG_NOUNS}|items)\s+(?:carried\s+"
    r"(?:forward|over)|from\s+(?:the\s+)?(?:earlier|previous|prior|last)\s+(?:meetings?|weeks?"
    r"|calls?|sessions?|syncs?))\b|(?P<carried>\bcarried\s+(?:forward|over))[\s*_:]*$)"
)
# The heading of matters arising from the last minutes: "4. Matters arising", "MATTERS ARISING".
_ARISING_HEAD_RE = re.compile(r"(?i)\bmatters\s+arising\b")
