"""Forward plans: a work programme, forward plan or list of items for a later meeting, laid
out as a table or a list, each row a follow-up due at its meeting (:func:`forward_plan_rows`)."""

from __future__ import annotations

import calendar
import re

from ..dates import DATE_EXPR
from ..model import FollowUp
from .context import Context, item_at, line_of, lines_with, resolved_due
from .items import NUM_RE, heading_like
from .layout import Line, indent
from .table_rows import RULE_ROW_RE, split_cells

_MEETING_WORD_RE = re.compile(r"(?i)meeting|agm")

PLAN_HEADING_RE = re.compile(
    r"(?i)^\W*(?:(?:\d+[.)]?|[A-Z]{1,4}\s?\d+[/.]\d+)\s+)?(?:(?:the\s+)?(?:committee|board|panel)[’']s\s+)?"
    r"(?:forward\s+(?:work\s+)?(?:plan|programme|agenda)|(?:annual\s+)?work\s*programme"
    r"|(?P<future>future\s+(?:agenda\s+)?(?:items|business|agendas?)"
    r"|(?:agenda\s+)?items\s+for\s+(?:the\s+)?(?:future|forthcoming|next)\s+(?:meetings?|agendas?)"
    r"|matters\s+for\s+(?:the\s+)?(?:future|forthcoming|next)\s+(?:meetings?|agendas?)"
    r"|(?:items\s+for\s+)?(?:the\s+)?next\s+agenda(?:\s+items)?|agenda\s+planning"
    r"|(?:agenda|topics|matters|business|issues|questions)\s+for\s+(?:the\s+|a\s+)?(?:next|future)\s+meetings?"
    # "Next call agenda", "Next sync's agenda", "Next week's agenda"
    r"|next\s+(?:meeting|call|sync|session|week|time)[’']?s?\s+agenda"
    # "Topics for future discussion", "Parking lot", "For next time", "For next week",
    # "Deferred items"
    r"|(?:topics|items|questions|issues|matters)\s+for\s+(?:future|further|later)\s+discussion"
    r"|parking\s+lot|(?:for|to\s+discuss)\s+next\s+(?:time|week|call)|(?:deferred|held[\s-]over)\s+items"
    # "Upcoming discussions", "Upcoming topics"
    r"|upcoming\s+(?:discussions|topics|agenda\s+items)"
    # what a heading names for a later gathering, or a gathering's topics: "For future
    # meetings", "Topics for next time", "To cover at the next call", "Next meeting topics",
    # "Future topics", "Next week's agenda items"
    # (or the agenda itself: "Agenda for next time", "Agenda for the next call")
    r"|(?:(?:agenda\s+)?(?:items|topics|matters|business|issues|questions|subjects|points)\s+"
    r"|agenda\s+)?(?:for|to\s+(?:discuss|consider|cover))\s+(?:at\s+|in\s+)?(?:the\s+|a\s+|our\s+)?(?:next"
    r"|future|later|upcoming|forthcoming|following|subsequent)\s+(?:meetings?|agendas?|time"
    r"|week|calls?|sessions?|syncs?)"
    r"|(?:future|next\s+(?:meeting|week|call|time|session)[’']?s?)\s+(?:agenda\s+)?(?:items"
    r"|topics|discussions|business)"
    r"|future\s+(?:meeting|call|session)s?\s+(?:topics|items|business|agendas?)"
    # (one of them, or the body's name between: "Request for the next TSC meeting")
    r"|(?:ideas?|suggestions?|requests?|proposals?)\s+for\s+(?:the\s+)?(?:future|next|upcoming|later)"
    r"\s+(?:[A-Z]{2,6}\s+)?(?:meetings?|calls?|sessions?|agendas?|discussions?)"
    # business put off or not reached: "Deferred", "Carried over", "Not discussed", "Items
    # not covered", "Leftover topics", "Didn't get to", "Skipped (out of time)"
    r"|(?:(?:agenda\s+)?(?:items?|topics?|matters|business|points)\s+)?(?:deferred|postponed"
    r"|carried\s+(?:over|forward)|held[\s-]over|tabled|parked|not\s+(?:discussed|covered|reached"
    r"|addressed)|skipped|left\s*over|remaining|to\s+be\s+(?:discussed|continued)"
    # "Items to carry forward", "Topics to hold over", "Carry over"
    r"|(?:to\s+)?(?:carry|bring|hold)\s+(?:forward|over)"
    r"|(?:we\s+)?did(?:n[’']t|\s+not)\s+get\s+to)"
    r"(?:\s+(?:agenda\s+)?(?:items?|topics?|matters|business))?(?:\s*\([^()]{1,30}\))?))"
    r"(?:\s+(?:for\s+)?20\d\d(?:\s*[/–-]\s*(?:20)?\d\d)?)?[\s:*_\-–]*$"
)
# An item's heading that names items for a later agenda, with more words around it.
# What a standing item of business for a later agenda is called: "Items for", "Matters to be
# included on", "Business for inclusion in".
ITEMS_FOR = (
    r"(?:items?|matters?|topics?|business)\s+(?:for(?:\s+inclusion\s+(?:on|in))?"
    r"|to\s+be\s+included\s+(?:on|in))"
)
NEXT_ITEMS_RE = re.compile(
    rf"(?i)\b{ITEMS_FOR}\s+(?:the\s+)?(?:agenda\s+(?:of|for)\s+(?:the\s+)?)?(?:next|future"
    r"|forthcoming)\s+(?:meetings?|agendas?)\b"
    r"|\b(?:next|future)\s+agenda\s+items\b"
)
# One matter said to be the item, after its article: "Dog fouling to be an agenda item for
# the next meeting", "agreed that the main item for the next meeting would be ...".
_ONE_ITEM_RE = re.compile(r"(?i)(?:item|matter|topic)\s")
_ITS_ARTICLE_RE = re.compile(r"(?i)\b(?:an?|the|one)\s+(?:[\w-]+\s+){0,2}$")


def names_next_items(c: str) -> bool:
    """Whether ``c`` names the items for a later agenda, as their heading does ("Any items
    for the next agenda", "Matters to be included on the next agenda"); not one matter said
    to be one of them ("Parking to be an agenda item for the next meeting")."""
    m = NEXT_ITEMS_RE.search(c)
    return m is not None and not (
        _ONE_ITEM_RE.match(m.group(0))
        and _ITS_ARTICLE_RE.search(c, max(0, m.start() - 40), m.start())
    )


def a_heading(ctx: Context, start: int, c: str) -> bool:
    """Whether ``c``, starting at ``start``, is an item's heading, a numbered one or a short
    title."""
    return start in ctx.item_start_set or bool(NUM_RE.match(c)) or heading_like(c)


# A word every forward plan heading holds (lower-cased).
_PLAN_WORDS = (
    "forward",
    "programme",
    "future",
    "agenda",
    "items for",
    "matters for",
    "topics for",
    "business for",
    "issues for",
    "questions for",
    "discussion",
    "parking lot",
    "request for",
    "requests for",
    "next time",
    "next week",
    "next call",
    "upcoming",
    "items",
    "topics",
    "next meeting",
    "next session",
    "deferred",
    "postponed",
    "carried over",
    "carried forward",
    "carry forward",
    "carry over",
    "hold over",
    "held over",
    "held-over",
    "tabled",
    "parked",
    "not discussed",
    "not covered",
    "not reached",
    "not addressed",
    "skipped",
    "leftover",
    "left over",
    "remaining",
    "to be discussed",
    "to be continued",
    "get to",
    "ideas for",
    "suggestions for",
    "requests for",
    "proposals for",
    "meeting",  # "For the June meeting:"
    "next month",
    " agm",
)


def _find_all(text: str, word: str) -> list[int]:
    """Every offset of ``word`` in ``text``."""
    out = []
    pos = text.find(word)
    while pos >= 0:
        out.append(pos)
        pos = text.find(word, pos + 1)
    return out


_HEAD_ITEM_RE = re.compile(
    r"(?i)^(?:item|items|topic|topics|report|reports|subject|title|agenda\s+item|business"
    r"|issue|description|report\s+title|matter)s?$"
)
_HEAD_WHEN_RE = re.compile(
    r"(?i)^(?:meeting|meeting\s+date|date|date\s+of\s+meeting|month|when|committee\s+date"
    r"|board\s+date|target\s+meeting|timing|scheduled\s+for|date\s+to\s+committee)$"
)
_HEAD_ACTION_RE = re.compile(r"(?i)^(?:actions?|owner|status|rag|done|completed?)$")
_DATE_CELL_RE = re.compile(rf"(?i)^(?:{DATE_EXPR}|tbc|tba|to be confirmed|ongoing)\W*$")
# A list entry with its meeting at the start or end: "12 March 2025 – Annual report",
# "September: Dementia strategy", "Dementia strategy (September 2025)".
_ENTRY_WHEN_FIRST_RE = re.compile(rf"^(?P<when>{DATE_EXPR})\s*(?:[:\-–—|]\s*|\t+)(?P<item>\S.*)$")
_ENTRY_WHEN_LAST_RE = re.compile(
    rf"^(?P<item>\S.*?)\s*(?:[:\-–—]\s*|\(\s*|\t+)(?P<when>{DATE_EXPR}|TBC|date\s+to\s+be\s+"
    r"confirmed)\s*\)?\.?$"
)


def _cells(c: str) -> list[str] | None:
    """The cells of a table row (pipes in any wiki's syntax, or tabs)."""
    split = split_cells(c)
    if split is not None and split[1] in ("|", "||", "^"):
        return split[0]
    if "\t" in c.strip():
        return [x.strip() for x in c.strip().split("\t") if x.strip()]
    return None


def forward_plan_rows(ctx: Context) -> list[FollowUp]:
    """A work programme or forward plan of future items: a table whose header names an Item
    and a Meeting (or Date) column, or the list under a "Forward plan", "Work programme",
    "Future agenda items" or "Items for future meetings" heading whose entries give their
    meeting ("12 March 2025 – Annual report", "Dementia strategy (September)"). Each row is
    a follow-up due at its meeting."""
    text = ctx.text
    lines = ctx.lines
    out: list[FollowUp] = []
    # Only the lines that could start one: a table row, or a heading's words.
    low = text.lower()
    heads = {line_of(ctx, pos) for word in _PLAN_WORDS for pos in _find_all(low, word)}
    table_lines = {*lines_with(ctx, "|"), *lines_with(ctx, "\t"), *lines_with(ctx, "^")}
    candidates = sorted(table_lines | heads)
    done = 0  # lines before this one are read
    for i in candidates:
        ln = lines[i]
        if i < done or ln.blank or ln.cend - ln.cstart > 300:
            continue
        c = text[ln.cstart : ln.cend]
        cells = _cells(c) if ("|" in c or "\t" in c or "^" in c) else None
        if cells is not None and len(cells) >= 2:
            got = _plan_table(ctx, i, cells)
            if got is not None:
                rows, done = got
                out.extend(rows)
                continue
        head = PLAN_HEADING_RE.match(c) if len(c) < 90 else None
        if head and _OWN_AGENDA_HEAD_RE.match(c) and _in_agenda_section(ctx, i):
            head = None  # "## Agenda" over "### To be discussed": this meeting's business
        if head:
            when = _heading_when(c) if head.group("future") else None
            rows, done = _plan_list(ctx, i + 1, when, _bullet_indent(text, ln))
            out.extend(rows)
        elif _NEXT_GATHERING_RE.match(c):
            # "Next Meeting" over "● Discuss bylaws.": its topics (not its date and place)
            rows, done = _plan_list(ctx, i + 1, _heading_when(c), topics=True)
            out.extend(rows)
        elif (later := _later_meeting_heading(ctx, c)) is not None:
            # "For the June meeting:", "Next month's agenda to include:" over its list
            rows, done = _plan_list(ctx, i + 1, later, _bullet_indent(text, ln))
            out.extend(rows)
        elif names_next_items(c) and a_heading(ctx, ln.cstart, c):
            # "5. Any further reports/items for the next agenda – for information only"
            rows, done = _plan_list(ctx, i + 1, _heading_when(c))
            out.extend(rows)
    return out


# A heading naming one later meeting by its month, or next month's agenda, that its list of
# business is for: "For the June meeting:", "To discuss at the October meeting", "Items for
# the May AGM:", "Next month's agenda to include:", "Agenda for next month".
LATER_MEETING_HEAD_RE = re.compile(
    r"(?i)^\W*(?:(?:agenda\s+)?(?:items?|matters|topics|business)\s+)?(?:for|to\s+(?:discuss"
    r"|consider|raise|cover)\s+at)\s+(?:the\s+)?(?P<when>(?P<month>"
    + "|".join(m for m in calendar.month_name if m)
    + r")(?:[’']s)?\s+(?:[\w-]+\s+)?(?:meeting|agenda|AGM))\W*$"
    r"|^\W*(?P<next>next\s+month[’']?s\s+(?:meeting|agenda)|(?:agenda|items)\s+for\s+next\s+month)"
    r"(?:\s+(?:to\s+include|will\s+include|should\s+include))?\W*$"
)


def _later_meeting_heading(ctx: Context, c: str) -> str | None:
    """The meeting a heading of :data:`LATER_MEETING_HEAD_RE` names ("the June meeting"),
    or None: not a heading of it, or its month the month of these minutes (the minutes' own
    title, "For the March meeting", over this meeting's agenda)."""
    m = LATER_MEETING_HEAD_RE.match(c) if len(c) < 70 else None
    if m is None:
        return None
    if m.group("next"):
        return "the next meeting"
    month = list(calendar.month_name).index(m.group("month").title())
    if ctx.meeting_date is None or ctx.meeting_date.month == month:
        return None
    return f"the {m.group('when')}"


# A heading that names business still to discuss, as this meeting's agenda may.
_OWN_AGENDA_HEAD_RE = re.compile(r"(?i)^#+\s*(?:to\s+be\s+discussed|remaining|to\s+discuss)\W*$")
_MD_HEADING_RE = re.compile(r"(#+)\s*(.*?)\s*#*\s*$")


def _in_agenda_section(ctx: Context, i: int) -> bool:
    """Whether markdown heading line i sits in this meeting's agenda: the nearest heading
    above it of a higher level is "Agenda" ("## Agenda" over "### To be discussed")."""
    text, lines = ctx.text, ctx.lines
    own = _MD_HEADING_RE.match(text, lines[i].cstart, lines[i].cend)
    if own is None:
        return False
    level = len(own.group(1))
    for j in range(i - 1, max(-1, i - 400), -1):
        ln = lines[j]
        if ln.blank or text[ln.cstart] != "#":
            continue
        m = _MD_HEADING_RE.match(text, ln.cstart, ln.cend)
        if m is not None and len(m.group(1)) < level:
            return m.group(2).strip(" *_:").lower() in (
                "agenda",
                "meeting agenda",
                "proposed agenda",
            )
    return False


def _plan_table(ctx: Context, i: int, heads: list[str]) -> tuple[list[FollowUp], int] | None:
    """The rows under a forward plan table's header line i (None when it is not one)."""
    norm = [h.strip("*_ ").strip() for h in heads]
    item_col = next((k for k, h in enumerate(norm) if _HEAD_ITEM_RE.match(h)), None)
    when_col = next((k for k, h in enumerate(norm) if _HEAD_WHEN_RE.match(h)), None)
    if item_col is None or when_col is None or any(_HEAD_ACTION_RE.match(h) for h in norm):
        return None
    text = ctx.text
    out: list[FollowUp] = []
    j = i + 1
    while j < len(ctx.lines):
        ln = ctx.lines[j]
        if ln.blank:
            break
        c = text[ln.cstart : ln.cend]
        if RULE_ROW_RE.fullmatch(c):
            j += 1
            continue
        cells = _cells(c)
        if cells is None or len(cells) <= max(item_col, when_col):
            break
        item, when = cells[item_col].strip("*_ "), cells[when_col].strip("*_ ")
        if item:
            out.append(_row(ctx, ln, item, when))
        j += 1
    return out, j


def _heading_when(heading: str) -> str:
    """The meeting a heading of future items names: "the next meeting" or "a future
    meeting"."""
    return "the next meeting" if re.search(r"(?i)\bnext\b", heading) else "a future meeting"


def entries_under(ctx: Context, i: int, when: str | None) -> list[FollowUp]:
    """The list set in under line i, which ends by naming the meeting its entries come to
    ("- Prioritise, at the next meeting:" over "   - Review the tracer biases"), or under a
    line of prose, as far in as it: each entry a follow-up at ``when``; none when the next
    line is no such entry."""
    text, lines = ctx.text, ctx.lines
    j = i + 1
    while j < len(lines) and lines[j].blank:
        j += 1
    if j >= len(lines):
        return []
    if listed(text, lines[j]) and indent(text, lines[j]) > indent(text, lines[i]):
        return _plan_list(ctx, j, when, indent(text, lines[i]))[0]
    if listed(text, lines[i]) or indent(text, lines[j]) < indent(text, lines[i]):
        return []
    # a line of prose over its list, the entries as far in as it ("The following items were
    # agreed for the next meeting:" over "- Review the insurance report"), bulleted or bare
    return _plan_list(ctx, j, when, indent(text, lines[i]) - 1)[0]


def _bullet_indent(text: str, ln: Line) -> int:
    """How far a bulleted line ("  * topics for next meeting") stands in; -1 for any other."""
    glyph = text[ln.start : ln.cstart]
    return indent(text, ln) if glyph.strip() else -1


def _plan_list(
    ctx: Context, i: int, when: str | None, above: int = -1, *, topics: bool = False
) -> tuple[list[FollowUp], int]:
    """The entries of a forward plan list from line i: each line that gives its meeting
    ("12 March 2025 – Annual report"), or under a heading that names the meeting (``when``:
    "Items for the next meeting"), each bulleted or numbered line; up to the first line that
    is not such an entry (blank lines aside). A heading that is a list entry itself (indented
    ``above``) owns only the entries set in further than it ("  * topics for next meeting"
    then "* Any other business": the agenda goes on). With ``topics``, the list ends at an
    entry that is not a topic (a date, a time, a place, a link: "- 2 June, 7pm")."""
    text = ctx.text
    lines = ctx.lines
    out: list[FollowUp] = []
    starts = ctx.item_start_set
    entry_indent = 0
    number = 0  # the number of the last entry numbered as the list's own ("1.", "2)")
    j = i
    while j < len(ctx.lines):
        ln = ctx.lines[j]
        if ln.blank:
            if out and j + 1 < len(ctx.lines) and ctx.lines[j + 1].blank:
                break
            j += 1
            continue
        if ln.cstart in starts:
            # a numbered line read as an item of the minutes: an entry of this list when the
            # list counts it ("Agenda for next meeting:" over "1. Review the insurance
            # report", "2. ..."), not the minutes' next item ("10. Date of next meeting")
            own = _ENTRY_NUMBER_RE.match(text, ln.cstart, ln.cend) if when is not None else None
            if own is None or int(own.group(1)) != number + 1 or len(out) != number:
                break
            number += 1
        if above >= 0 and indent(text, ln) <= above:
            break
        c = text[ln.cstart : ln.cend]
        if number and ln.cstart in starts:
            c = _ENTRY_NUMBER_RE.sub("", c, count=1)  # the entry's words, not its number
        elif number and len(out) == number:
            own = _ENTRY_NUMBER_RE.match(c)
            if own is not None and int(own.group(1)) == number + 1:
                number += 1  # the list's next entry, not read as an item ("3. To agree ...")
                c = c[own.end() :]
        if _NO_WORDS_RE.match(c) or (_NO_ENTRY_RE.match(c) and len(c.split()) <= 3):
            j += 1  # a link to the notes, "...", "- None", "- TBD": passed over
            continue
        m = _ENTRY_WHEN_FIRST_RE.match(c) or _ENTRY_WHEN_LAST_RE.match(c)
        if m is not None and _NEXT_MEETING_LINE_RE.match(m.group("item")):
            break  # "Next meeting: 9 March 2026": the list is over
        if out and when is not None and indent(text, ln) > entry_indent:
            if not listed(text, ln):  # the entry's text, wrapped: "  governance-only?"
                out[-1] = _row(ctx, ln, f"{out[-1].text} {c.strip(' .;')}", when, out[-1].start)
            j += 1  # else a note under the entry ("  - What rules should admins follow?")
            continue
        if topics and (not listed(text, ln) or _NOT_TOPIC_RE.search(c)):
            break
        if not out:
            entry_indent = indent(text, ln)
        if m is not None and len(m.group("item").split()) <= 25:
            out.append(_row(ctx, ln, m.group("item").strip(" .;"), m.group("when")))
        elif when is not None and listed(text, ln) and len(c.split()) <= 25:
            out.append(_row(ctx, ln, c.strip(" .;"), when))
        elif when is not None and _plain_entry(ctx, j, c) and not (out and lines[j - 1].blank):
            out.append(_row(ctx, ln, c.strip(" .;"), when))  # "Tree survey" under the heading
        else:
            break
        j += 1
    return out, j


# An entry's own number: "1. ", "2) ", "(3) ".
_ENTRY_NUMBER_RE = re.compile(r"\(?(\d{1,2})[.)]\s")
# A heading naming the next gathering alone: "Next Meeting", "## Next call", "Next time:".
_NEXT_GATHERING_RE = re.compile(
    r"(?i)^\W*(?:\d{1,2}[.)]?\s+)?(?:the\s+)?next\s+(?:meeting|call|session|sync|time|week|month"
    r"|gathering|get-together|plenum)[*_\s:]*$"
)
# What an entry under it says when it gives the meeting's details, not a topic: a date or a
# time (a digit), a link, "Venue: ...", "Zoom", "TBC".
_NOT_TOPIC_RE = re.compile(
    r"\d|https?:|www\.|(?i:^\W*(?:venue|location|where|when|time|date|place|host|chair|room"
    r"|zoom|teams|online|dial)\b|\b(?:tbc|tba|tbd)\b"
    # its day alone: "**Next week**", "Tuesday evening", "The following month"
    r"|^\W*(?:(?:the\s+)?(?:next|following|coming)\s+(?:week|month|fortnight|time)|(?:mon|tues"
    r"|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?)\W*$)"
)
# "Next meeting: 9 March", "Date of next meeting – 3 June": the date, not an entry.
_NEXT_MEETING_LINE_RE = re.compile(r"(?i)\W*(?:date\s+of\s+)?(?:the\s+)?next\s+meeting\W*$")
# A line with no words of its own: a bare link, an ellipsis.
_NO_WORDS_RE = re.compile(r"^\W*(?:(?:https?://|www\.)\S*\W*)?$")
# What a line under a heading of future items says when it lists none.
_NO_ENTRY_RE = re.compile(r"(?i)^\W*(?:none|nil|n/?a|nothing|tbc|tba|tbd|no\s+items?)\b")


def _plain_entry(ctx: Context, j: int, c: str) -> bool:
    """Whether line j, with no bullet or number, is an entry of a list of future items: a
    short line ("Tree survey", "Boat club lease") that is not a sentence of its own."""
    return (
        len(c.split()) <= 10
        and not c.rstrip().endswith((".", ":"))
        and not _NO_ENTRY_RE.match(c)
        and not _MEETING_WORD_RE.search(c)
    )


def listed(text: str, ln: Line) -> bool:
    """A bulleted or numbered line ("•", "-", "1.", "(a)")."""
    return (
        ln.cstart > ln.start
        and not text[ln.start : ln.cstart].isspace()
        or bool(re.match(r"\d{1,2}[.)]\s", text[ln.cstart : ln.cend]))
    )


def _row(ctx: Context, ln: Line, item: str, when: str, start: int | None = None) -> FollowUp:
    """The follow-up of a row or entry on line ``ln`` (from ``start``, where it began on an
    earlier line)."""
    when = " ".join(when.split())
    due = resolved_due(ctx, when) if _DATE_CELL_RE.match(when) or "meeting" in when else None
    start = ln.cstart if start is None else start
    return FollowUp(
        " ".join(item.split()),
        when or None,
        due,
        item_at(ctx, start),
        start,
        ln.cend,
    )
