"""Follow-ups put on a programme or a coming agenda: "added to the work programme",
"placed on the agenda for the next meeting", "adoption scheduled for September 21", "road
safety would be a standing item", "Items for next meeting: bus shelter, tree survey"."""

from __future__ import annotations

import calendar
import re

from ...dates import DATE_EXPR
from ...model import FollowUp
from ..context import Context, item_at, lines_with, resolved_due
from ..forward_plans import ITEMS_FOR
from ..layout import AGENDA_NOTE
from ..table_rows import split_cells
from .common import FORWARD_RE, MONTHS, Hit
from .meetings import HYPOTHETICAL_RE, month_meeting

_PROGRAMME_RE = re.compile(
    r"\b(?i:add|added|adding|include|included|including|place|placed|put|schedule|scheduled"
    r"|programme|programmed|incorporate|incorporated|keep|kept|remain|remains|list|listed"
    r"|inclusion)\s+(?:[\w’'-]+\s+){0,6}?(?:on|to|in|into|within|onto)\s+"
    r"(?:the|its|their|our|this|(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,4}?(?:Committee|Board|Panel"
    r"|Group)[’']s?)\s+"
    r"(?:[\w’'-]+\s+){0,2}?(?i:work\s*programme|forward\s+plan|work\s*plan|forward\s+agenda"
    # (not "a programme of work(s)": what an organisation does, roads resurfaced, projects run;
    # "included in the 2027 programme of works" brings nothing back to a meeting)
    r"|rolling\s+programme|agenda\s+(?:for|of)\b|agenda\b(?=[^.;]{0,40}"
    r"\b(?:next|future|forthcoming)\b))"
)
# "Keep on the agenda", "the item remains on the agenda": it comes back to the next one.
_KEPT_ON_AGENDA_RE = re.compile(
    r"(?i)\b(?:keep|kept|remain|remains|leave|left|stay|stays)\s+(?:[\w’'-]+\s+){0,4}?on\s+(?:(?:the"
    r"|our|its)\s+)?agenda\b(?!\s+(?:for|of)\s+(?:this|today))"
    # on a coming agenda, in a note: "Ongoing, on agenda next month", "agenda item next time"
    r"|\b(?:on\s+(?:the\s+|our\s+)?agenda|agenda\s+item)\s+(?:for\s+|at\s+)?(?:the\s+)?next\s+"
    r"(?:meeting|month|week|time|call|session)\b(?!\s*:)"
)
# "requested that it be added as an agenda item every month": an item of coming agendas.
_AS_ITEM_RE = re.compile(
    r"\b(?i:add|added|adding|include|included|put|place|placed)\s+(?:[\w’'-]+\s+){0,4}?as\s+"
    r"(?:an?\s+)?(?:[\w-]+\s+)?agenda\s+items?\b"
)
# A note naming the next agenda alone: "Next agenda.", "For next agenda".
_NEXT_AGENDA_NOTE_RE = re.compile(r"(?i)\W*(?:for\s+|on\s+)?(?:the\s+)?next\s+agenda\W*$")
_PROGRAMME_YEAR_RE = re.compile(r"\s+for\s+(?P<year>20\d\d\s*[/–-]\s*(?:20)?\d\d)\b")


_SCHEDULED_RE = re.compile(
    r"\b(?:adoption|approval|sign-off|consideration|decision|report|review|presentation"
    r"|discussion|update|item|debate)\b[^.;,]{0,100}?\b(?:scheduled|planned|timetabled|programmed"
    r"|pencilled\s+in)\s+(?:for|at|on|in)\s+"
    rf"(?P<when>(?:the\s+)?(?:{DATE_EXPR}))"
)


def on_the_programme(ctx: Context, st: str, low: str) -> Hit | None:
    """An item put on a work programme, forward plan or a coming agenda: "added to the work
    programme", "to its work programme for 2025-26", "placed on the agenda for the next
    meeting", "for inclusion in the Committee's forward plan", "Next agenda."."""
    if not ("programme" in low or "plan" in low or "agenda" in low):
        return None
    bare = month_meeting(st, low, " agenda")
    if bare:
        return bare.start(), bare.group("when")  # "Clerk to place on July agenda"
    m = (
        _PROGRAMME_RE.search(st)
        or _KEPT_ON_AGENDA_RE.search(st)
        or _AS_ITEM_RE.search(st)
        or _NEXT_AGENDA_NOTE_RE.match(st)
    )
    if m is None or HYPOTHETICAL_RE.search(st, 0, m.start()):
        return None  # "no decision as to whether they should be added to its workplan"
    year = _PROGRAMME_YEAR_RE.match(st, m.end())
    return m.start(), year.group("year") if year else None


# A matter to be put on an agenda, none named: a later one's ("AI: Sam to add the hedge to the
# agenda", "Add licensing to agenda", "asked for the rents to be placed on the agenda",
# "requested that the bins be an agenda item", "it was agreed to include it on the agenda").
# Not this meeting's ("matters already included in the agenda", "added to tonight's agenda"),
# an agenda's template or pack, one's offer to add any item ("anyone wishing to add an item to
# the agenda"), nor an agenda done ("The item was added to the agenda").
_ONTO_AGENDA_RE = re.compile(
    r"(?i)(?:(?<!wish\s)(?<!wishes\s)(?<!wishing\s)(?<!like\s)(?<!want\s)(?<!wants\s)\bto"
    r"|\b(?:will|shall|should|would|must)|^\W*(?:[\w.]+\s*[:–—-]\s*)?)"
    r"\s*\b(?:be\s+)?(?:add|added|put|place|placed|include|included|list|listed)\s+"
    r"(?!(?:an?\s+|any\s+|more\s+|further\s+|other\s+)?(?:items?|anything|topics?|matters?)\s+(?:to|on)\b)"
    r"(?:[\w’'/&-]+\s+){0,6}?(?:on|to|in|onto)\s+(?:the\s+|an?\s+)?agenda\b"
    r"(?!\s*(?:template|pack|papers)|\s+(?:for|of)\s+(?:this|today|tonight))"
    r"|\bbe\s+(?:made\s+)?an?\s+agenda\s+item\b"
)


def onto_an_agenda(ctx: Context, st: str, low: str) -> Hit | None:
    """A matter to be put on an agenda that names no meeting, so a later one's (see
    :data:`_ONTO_AGENDA_RE`): "Clerk to add the allotment rents to the agenda", "AI: add the
    plugin API to agenda", "Cllr Tate asked for the hedge to be placed on the agenda"."""
    if "agenda" not in low:
        return None
    m = _ONTO_AGENDA_RE.search(st)
    if m is None or HYPOTHETICAL_RE.search(st, 0, m.start()):
        return None
    if _HAD_RE.search(low, 0, m.start()):
        return None  # "The Clerk had suggested it and it was agreed to add to the agenda": how
        # this meeting's item came on its agenda
    return m.start(), None


_HAD_RE = re.compile(r"\bhad\b")


def scheduled(ctx: Context, st: str, low: str) -> Hit | None:
    """A decision or item booked for a date to come: "final adoption of the deliverables
    list scheduled for September 21", "the annual report is scheduled for the June
    meeting"."""
    if (
        "schedul" not in low
        and "planned" not in low
        and "timetabled" not in low
        and ("programmed" not in low and "pencilled" not in low)
    ):
        return None
    m = _SCHEDULED_RE.search(st)
    return (m.start(), m.group("when")) if m else None


def standing_item(low: str) -> bool:
    """Whether a sentence makes a subject a standing item of every meeting's agenda: "it was
    agreed that road safety would be a standing item", "Keep as standing item", "Speed watch
    (standing item)", "This will be a regular item on future agendas". Not a follow-up: it
    comes back to every meeting, not to one (round 16; the clerk's work programme lists what
    comes back once)."""
    m = _STANDING_ITEM_RE.search(low) if "item" in low else None
    return m is not None and (
        FORWARD_RE.search(low) is not None or _MADE_STANDING_RE.search(low) is not None
    )


def items_after_heading(ctx: Context, st: str, low: str) -> Hit | None:
    """A heading of items for the next meeting with its items on the same line: "Items for
    next meeting: bus shelter, tree survey", "25. ITEMS FOR AGENDA OF NEXT MEETING: TO BE HELD
    ON 3rd JULY, Village Hall FIT payments" (not "Items for next meeting: none")."""
    m = INLINE_ITEMS_RE.match(st)
    if m is None or _NO_ITEMS_RE.match(st, m.end()):
        return None
    held = _TO_BE_HELD_RE.match(st, m.end())
    if len(st[held.end() if held else m.end() :].split()) < 2:
        return None  # "ITEMS FOR THE NEXT AGENDA: TO BE HELD ON MONDAY 8th April, 7pm."
    if m.group("month"):
        return 0, f"the {m.group('month').title()} meeting"  # "Items for April agenda: ..."
    return 0, "the next meeting" if "next" in low[: m.end()] else "a future meeting"


INLINE_ITEMS_RE = re.compile(
    rf"(?i)\W*(?:\d+\W*\s*)?(?:any\s+)?(?:agenda\s+)?{ITEMS_FOR}\s+(?:the\s+)?"
    r"(?:agenda\s+(?:of|for)\s+(?:the\s+)?)?(?:next|future|forthcoming|(?P<month>"
    + MONTHS
    + r"))\s+"
    r"(?:meeting|agenda|week|time|call)s?"
    r"\s*[:–—-]\s*(?=\S)"
)
# The next meeting's date after the heading: "TO BE HELD ON MONDAY 8th April 2024, 7pm".
_TO_BE_HELD_RE = re.compile(
    rf"(?i)\s*to\s+be\s+held(?:\s+on)?\W*(?:(?:{'|'.join(calendar.day_name)})\W*)?"
    rf"(?:{DATE_EXPR})?(?:\W*(?:at\s+)?\d{{1,2}}(?:[.:]\d\d)?\s*(?:am|pm)?)?\W*"
)
_NO_ITEMS_RE = re.compile(r"(?i)\W*(?:none|nil|n/?a|nothing|tbc|tba|no\s+items?)\b")


_STANDING_ITEM_RE = re.compile(
    r"\b(?:standing|regular|recurring|permanent|fixed)\s+(?:agenda\s+)?item\b"
)
# An item marked or kept as a standing item: "Speed watch (standing item)", "Keep as standing
# item", "Bus shelter – standing item" (not the heading "Standing items" of this agenda).
_MADE_STANDING_RE = re.compile(
    r"\(\s*standing\s+(?:agenda\s+)?item\s*\)|\w\W*\s[-–—:]\s*standing\s+(?:agenda\s+)?item\W*$"
    r"|\b(?:keep|kept|remain|remains|make|made|become|becomes)\s+(?:it\s+|this\s+)?(?:as\s+)?"
    r"(?:an?\s+)?standing\s+(?:agenda\s+)?item\b"
)


_AGENDA_CELL_RE = re.compile(AGENDA_NOTE)
_RULE_LINE_RE = re.compile(r"\s*[|+]?\s*:?-{3,}")


def agenda_cells(ctx: Context) -> list[FollowUp]:
    """Each table row whose cell after its first only puts the row's matter on a coming
    agenda ("| Beacon | Stored in the barn for now. | Agenda item |", a row flattened onto a
    line: "Stored in the barn for now. | Agenda item | |"): the row comes back to the next
    meeting. Not a header row (one over a rule line, "|---|")."""
    text, lines = ctx.text, ctx.lines
    out: list[FollowUp] = []
    for i in lines_with(ctx, "|"):
        ln = lines[i]
        c = text[ln.cstart : ln.cend]
        if "genda" not in c:
            continue
        split = split_cells(c)
        cells = [x for x in split[0] if x] if split is not None else []
        if len(cells) < 2 or not any(_AGENDA_CELL_RE.fullmatch(x) for x in cells[1:]):
            continue
        if i + 1 < len(lines) and _RULE_LINE_RE.match(text, lines[i + 1].cstart, lines[i + 1].cend):
            continue  # a header: "| Agenda item | Notes | Action |"
        when = "the next meeting"
        # its words: the other cells but a row number ("Verges – The verges need cutting.")
        words = [x for x in cells if not _AGENDA_CELL_RE.fullmatch(x) and not x.isdigit()]
        out.append(
            FollowUp(
                " – ".join(" ".join(x.split()) for x in words),
                when,
                resolved_due(ctx, when),
                item_at(ctx, ln.cstart),
                ln.cstart,
                ln.cend,
            )
        )
    return out
