"""Agenda items: numbered headings ("4.", "13)", "HWB 23/45"), ModernGov "Agenda item"
pages and short unnumbered headings between blank lines; and which items are exempt."""

from __future__ import annotations

import re

from ..model import Item
from .context import Context, item_at, per_parse
from .layout import Line, stacked_table_heads, strip_span

NUM_RE = re.compile(
    r"^(?:(?:Item|Minute|No\.?)\s+)?(?P<num>[A-Z]{1,6}\s?\d{2}/\d{1,4}|[A-Z][A-Za-z]{0,3}/\d{2}/\d{1,4}"
    r"|[A-Z]{1,6}/\d{1,4}|[A-Z]{1,3}\.\d{1,3}|\d{2}/\d{2,3}|\d{1,3}(?:\.\d{1,2}){0,2})"
    r"(?!:\d\d\b)(?:[.):]\s*|\s+|$)(?P<title>.*)$"  # not a clock time ("19:02:10 <nick>")
)
MARKER_RE = re.compile(
    r"^(?:Minutes|Decision|Decisions|Supporting documents|Additional documents|Agenda item"
    r"|RESOLVED|Resolved|AGREED|DECISION|NOTED|Purpose|Summary|Recommendations?|Reasons?"
    r"|Background|Media|Attachments|Documents|Action|Actions)\s*[:\-–]?\s*$"
)
VERBISH_RE = re.compile(
    r"\b(?:said|says|noted|asked|explained|considered|highlighted|stressed|reported|welcomed"
    r"|agreed|raised|thanked|emphasised|emphasized|confirmed|advised|informed|presented"
    r"|introduced|outlined|was|were|is|are|had|has|have|will|would|could|should|been)\b"
)
_EXEMPT_RE = re.compile(
    r"(?i)\bpart\s+(?:ii|2|two)\b|\bexempt\b|\bconfidential\b|\bin private\b"
    r"|press and public (?:were|was|be|being) excluded|exclusion of (?:the )?press and public"
)
# Case-insensitive; the first letter is a plain character set so that the regex engine
# skips ahead to each "p" or "e" of the whole text.
_EXCLUSION_RE = re.compile(
    r"[pPeE](?i:(?<=p)ress and public (?:were|was|be|being) excluded"
    r"|(?<=e)xclusion of (?:the )?press and public)"
)
# "excluded ... for the following item" / "for item 8": the exclusion covers one item.
_ONE_ITEM_RE = re.compile(r"(?i)\b(?:the\s+following|next)\s+item\b(?!s)|\bfor\s+item\s+\d")
# Headings that close a meeting: business after exempt items that is held in public again.
_PROCEDURAL_CLOSE_RE = re.compile(
    r"(?i)(?:date|time|dates)\s+(?:and\s+time\s+)?of\s+(?:the\s+)?next\s+meeting|close\b|closure"
    r"|meeting\s+closed|next\s+meeting"
)
_READMIT_RE = re.compile(
    r"(?i)press and public (?:were|was) (?:re-?admitted|readmitted)|returned to public session"
)

ENUM_RE = re.compile(
    r"^\s*(?:\(\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})\s*\)|(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s*"
)

_DATE_LINE_RE = re.compile(
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)\b"
)
_TITLE_DASH_RE = re.compile(r"^(.{2,80}?)\s+[–—-]\s+")
_TITLE_COLON_RE = re.compile(r"^([^:;.]{2,60}?):\s+(?![Tt]hat\b)(?=\S)")
_REFERENCE_RE = re.compile(r"[\w/.-]*\d[\w/.-]*")
# "2. DOG BINS ON THE GREEN The two bins ...": a capitals title run on into its first
# sentence (minutes flattened from a PDF); the sentence opens with a capital and a lower-case
# letter, a lone "A", a figure or a list's first mark ("a)", "(i)").
_CAPS_TITLE_RE = re.compile(
    r"((?:[A-Z][A-Z'’&/-]*,?\s+)*[A-Z][A-Z'’&/-]+)\s+(?=[A-Z][a-z]|A\s|\d|\(?[a-z]{1,3}[.)]\s)"
)

_YEAR_NUMBER_RE = re.compile(r"\d{4}")
# A line of the meeting's details or attendance, not a heading: "Venue", "Date: 4 May".
_DETAIL_LABEL_RE = re.compile(
    r"(?i)(?:present|apologies|attendees|in attendance|venue|contact|date|time|location)\b"
)
_AGENDA_ITEM_RE = re.compile(r"(?i)agenda item|item")
_ATTENDANCE_HEAD_RE = re.compile(
    r"(?i)^(?:\d{1,3}[.)]\s*)?(?:apologies(?: for absence)?|present|attendance|attendees|in attendance"  # noqa: E501
    r"|also present|officers(?: present)?)\s*:?\s*$"
)


_DATE_LINE_RE = re.compile(
    r"(?i)(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+\d{4}"
)
_BOLD_TITLE_RE = re.compile(r"(?:\*\*|__)(.+?)(?:\*\*|__)\s*\.?")
# "Draft minutes of the meeting held on 2nd September 2024": the header, not an item.
_MINUTES_OF_RE = re.compile(r"(?i)(?:(?:draft|confirmed|unconfirmed)\s+)?(?:minutes|notes)\s+of\b")


def heading_like(title: str, max_words: int = 12) -> bool:
    """A short title without a verb of report ("Winter planning", "Apologies")."""
    t = title.strip()
    if not t or len(t) > 120:
        return False
    if "\t" in t and sum(1 for cell in t.split("\t") if cell.strip()) >= 3:
        return False  # a pasted table row ("CoG/25/014<TAB>Circulate ...<TAB>KE<TAB>...")
    if not (t[0].isupper() or t[0].isdigit() or t[0] in "‘'\"“("):
        return False
    words = t.split()
    if len(words) > max_words:
        return False
    if t[-1] in ".,;:!?-–" and not t.endswith("etc."):
        return False
    if VERBISH_RE.search(t):
        return False
    return not t.startswith(("That ", "To "))


def _caps_title(title: str) -> re.Match[str] | None:
    """The capitals title that opens a numbered line run on into its text ("DOG BINS ON THE
    GREEN The two bins by the pond ..."): two words or more, or one of five letters or more
    ("APOLOGIES None."), so that an acronym opening a sentence ("NHS Trust staff ...") is
    not read as a title."""
    m = _CAPS_TITLE_RE.match(title)
    if m is None:
        return None
    words = m.group(1).split()
    return m if len(words) >= 2 or len(words[0]) >= 5 else None


def _structural_line(c: str) -> bool:
    """A numbered heading or an "Agenda item" line."""
    if _AGENDA_ITEM_RE.fullmatch(c.strip()):
        return True
    m = NUM_RE.match(c)
    title = m.group("title") if m else ""
    return m is not None and (heading_like(title or "Title") or _caps_title(title) is not None)


def entry_like(c: str) -> bool:
    """An entry of an action list written as a paragraph of its own (a web page's list
    exported one item a line: "Tom to book the hall for the fete", "Update the risk
    register (Clerk)"), not a heading: four words or more, most not capitalised, and no
    heading that closes a meeting ("Date of next meeting")."""
    m = NUM_RE.match(c)
    if m is not None:
        c = m.group("title")  # "5. Any other business": its title
    words = c.split()
    return (
        len(words) >= 4
        and 2 * sum(w[:1].isupper() for w in words) < len(words)
        and _PROCEDURAL_CLOSE_RE.match(c) is None
    )


def find_items(text: str, lines: list[Line]) -> tuple[list[Item], int]:
    """Items and the offset where the header ends (the first item's start)."""
    items: list[Item] = []
    n = len(lines)
    structural_seen = False
    nonblank = [i for i in range(n) if not lines[i].blank]
    next_nb: dict[int, int | None] = {}
    prev_nb: dict[int, int | None] = {}
    last: int | None = None
    for i in nonblank:
        prev_nb[i] = last
        if last is not None:
            next_nb[last] = i
        last = i
    if last is not None:
        next_nb[last] = None
    skip_until = -1
    in_action_list = False  # under a "Summary of actions" heading
    under_actions = False  # since an "Actions" heading, before the next numbered one
    # A table pasted one cell per line: its rows ("NOV24/1" / "Circulate the ...") run to the
    # next blank line and hold no headings.
    table_rows = set()
    for first, _heads in stacked_table_heads(text, lines):
        k = first
        while k < n and not lines[k].blank:
            table_rows.add(k)
            k += 1
    has_structural = any(
        _structural_line(text[lines[i].cstart : lines[i].cend])
        for i in nonblank
        if lines[i].cend - lines[i].cstart < 3000
    )
    for i in nonblank:
        if i <= skip_until or i in table_rows:
            continue
        ln = lines[i]
        c = text[ln.cstart : ln.cend]
        if len(c) > 3000:
            continue
        head = heads_action_list(text, ln)
        in_action_list = head or in_action_list and LIST_ACTION_RE.fullmatch(c) is not None
        under_actions = head or under_actions and not c.startswith("#")
        if _AGENDA_ITEM_RE.fullmatch(c.strip()):
            j = next_nb.get(i)
            if j is not None:
                t = text[lines[j].cstart : lines[j].cend]
                if not MARKER_RE.match(t):
                    items.append(Item(None, t.strip(), lines[j].cstart, lines[j].cend))
                    structural_seen = True
                    skip_until = j
            continue
        m = NUM_RE.match(c)
        if m and _DATE_LINE_RE.match(c):
            m = None  # "6 November 2024 – Annual report": a date, not an item number
        if m and not ENUM_RE.match(c[:1]) and not c.startswith("("):
            num = m.group("num")
            title = m.group("title").strip()
            bold = _BOLD_TITLE_RE.fullmatch(title)
            if bold:  # "1. **Matters arising**" pasted from markdown
                title = bold.group(1).strip()
            if in_action_list and LIST_ACTION_RE.fullmatch(c):
                continue  # "2. Arrange the visit (LN)" under "Summary of actions"
            if not title:
                j = next_nb.get(i)
                if j is not None and (j - i) <= 3:
                    t = text[lines[j].cstart : lines[j].cend]
                    if heading_like(t, 16) and not MARKER_RE.match(t):
                        items.append(Item(num, t.strip(), ln.cstart, lines[j].cend))
                        structural_seen = True
                        skip_until = j
                continue
            # "Housing - final report", "Apologies: Cllr Sue Oldham (holiday)."
            dash = _TITLE_DASH_RE.match(title)
            if dash is None and not heading_like(title):
                dash = _TITLE_COLON_RE.match(title)
            short_title = title
            caps = None if dash or heading_like(title) else _caps_title(title)
            if caps:
                dash, short_title = caps, caps.group(1)
            if (
                dash
                and not VERBISH_RE.search(dash.group(1))
                and dash.group(1).count("(") == dash.group(1).count(")")
                and not _REFERENCE_RE.fullmatch(dash.group(1))  # "24/01873/FUL - ..."
            ):
                short_title = dash.group(1)
            paren_num = c.lstrip()[len(num) : len(num) + 1] == ")"
            if (
                (dash and short_title != title and heading_like(short_title, 10))
                or heading_like(title)
                or (
                    paren_num
                    and short_title[:1].isupper()
                    and not VERBISH_RE.search(" ".join(short_title.split()[:4]))
                )
            ):
                if paren_num and short_title == title and len(title.split()) > 6:
                    short_title = " ".join(title.split()[:6])
                if "." in num and not heading_like(title, 10):
                    continue
                if _YEAR_NUMBER_RE.fullmatch(num):
                    continue
                items.append(Item(num, short_title.strip(), ln.cstart, ln.cend))
                structural_seen = True
                under_actions = False  # a numbered heading ends an action list
            continue
        if structural_seen or not has_structural:
            # Unnumbered heading: a short line standing alone between blank lines.
            p, q = prev_nb.get(i), next_nb.get(i)
            alone = (i == 0 or lines[i - 1].blank) and (i + 1 >= n or lines[i + 1].blank)
            if not alone or q is None:
                continue
            if not heading_like(c, 10) or MARKER_RE.match(c) or under_actions and entry_like(c):
                continue
            if (
                _DETAIL_LABEL_RE.match(c)
                or _MINUTES_OF_RE.match(c)
                or _DATE_LINE_RE.fullmatch(c.strip("*_ "))
            ):
                continue  # "TUESDAY MAY 6th 2014": the header's date, not a heading
            nxt = text[lines[q].cstart : lines[q].cend]
            if heading_like(nxt, 10) and not MARKER_RE.match(nxt):
                # Two headings in a row: the second is the real one (sub-heading).
                pass
            if not structural_seen and p is None:
                continue  # the very first line of a document is its title
            if p is not None and _ATTENDANCE_HEAD_RE.match(text[lines[p].cstart : lines[p].cend]):
                continue  # names under "Apologies for absence"
            items.append(Item(None, c.strip(), ln.cstart, ln.cend))
    items.sort(key=lambda it: it.start)
    # Item spans run to the next item.
    for k, it in enumerate(items):
        end = items[k + 1].start if k + 1 < len(items) else len(text)
        s, e = strip_span(text, it.start, end)
        it.end = max(e, it.start)
    header_end = items[0].start if items else len(text)
    return items, header_end


def mark_exempt(ctx: Context) -> None:
    """Mark exempt items: a heading that says so ("Part II", "exempt", "confidential"), an
    item whose own minutes exclude the press and public, and the items an "Exclusion of the
    press and public" item covers. That cover ends with the exempt business: after one item
    when the resolution says "the following item", at the last item headed as exempt when
    later ones are, else at readmission or the procedural close ("Date of next meeting")."""
    text = ctx.text
    items = ctx.items
    marked = [
        bool(_EXEMPT_RE.search(it.title)) and not re.match(r"(?i)exclusion", it.title)
        for it in items
    ]
    excluding = {item_at(ctx, m.start()) for m in _EXCLUSION_RE.finditer(text)}
    for k, it in enumerate(items):
        exclusion = k in excluding
        if marked[k] or (exclusion and not re.search(r"(?i)exclusion of", it.title)):
            it.exempt = True
        if not (exclusion and re.search(r"(?i)exclu", it.title)):
            continue
        rest = range(k + 1, len(items))
        if _ONE_ITEM_RE.search(text, it.start, it.end):
            covered = [k + 1] if k + 1 < len(items) else []
        elif any(marked[j] for j in rest):
            covered = []
            for j in rest:
                if not marked[j]:
                    break
                covered.append(j)
        else:
            covered = []
            for j in rest:
                if _PROCEDURAL_CLOSE_RE.match(items[j].title):
                    break
                covered.append(j)
                if _READMIT_RE.search(text, items[j].start, items[j].end):
                    break
        for j in covered:
            items[j].exempt = True


# "Circulate the data to governors (AH) - by 7 February": a task, its owners in brackets
# (initials, or names), then perhaps a due phrase; a line of a list of actions.
LIST_ACTION_RE = re.compile(
    r"(?:\d{1,3}[.)]\s+)?(?P<task>[A-Z][^()|\t]{4,300}?)\s*"
    r"\((?P<owner>[A-Z][A-Za-z]{1,3}\.?(?:\s*[/,&]\s*[A-Z][A-Za-z]{1,3}\.?)*"
    r"|(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)\)"
    r"\s*(?:[-–—,:;]\s*(?P<due>[^()|\t]{2,60}?))?\s*\.?"
)
# What a meeting decided, named beside its actions in one heading ("Decisions and actions").
_DECIDED_WORDS = r"decisions?|outcomes?|agreements?|resolutions?"
# What heads this meeting's own list of actions: "New actions", "Agreed actions", "Next steps".
_NEW_LIST = (
    r"agreed|new|immediate|open|key|follow[- ]?up|future|further|next|proposed|resulting"
    r"|assigned|individual|group|team|upcoming"
)
# What the list holds beside them, joined to one of them: "Open and new actions", "New &
# ongoing actions", "Outstanding/new actions" (alone, the previous meeting's list reviewed).
_LIST_STATES = rf"{_NEW_LIST}|ongoing|outstanding|existing|current|carried[- ]forward"
# A heading over a list of actions, in any heading syntax: markdown "## Actions", a wiki's
# "== Action items ==", Confluence's "h2. Next steps", AsciiDoc's "=== Actions", bold, a
# number, a colon. Its words: "Actions", "Action points", "Future actions", "Actions and
# owners", "Tasks", "Individual tasks", "AIs", "To do", "Next steps", "Follow-ups", "Assignments",
# "Homework", "Who does what", "Decisions and actions" (its bullets decisions as often as
# tasks: ``mixed``).
ACTION_LIST_HEAD_RE = re.compile(
    r"(?i)(?:#{1,6}\s*|={1,6}\s*|h[1-6]\.\s+)?(?:\d{1,2}\\?[.)]\s*)?(?:\*\*)?"
    # an emoji first, or its shortcode: "### ❗Actions", "## :exclamation: Action Items"
    r"(?:(?:[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?|:[a-z0-9_+-]{2,40}:)\s*)?"
    r"(?P<whole>summary\s+of|schedule\s+of|list\s+of|record\s+of)?\s*"
    # "Decisions and actions"; "Summary and next steps" (its bullets a recap as often as tasks)
    rf"(?:(?:(?P<mixed>{_DECIDED_WORDS})|(?P<recap>summary|recap|conclusions?|wrap[- ]?up))"
    r"\s*(?:and|&|/|\+)\s*)?"
    rf"(?:(?:(?:{_LIST_STATES})\s*(?:and|&|/|\+|,)\s*)?(?:{_NEW_LIST})"
    rf"(?:\s*(?:and|&|/|\+|,)\s*(?:{_LIST_STATES}))?\s+)?"
    r"(?:actions?(?:\s+(?P<whole2>points|items|agreed|list|summary|arising|to\s+be\s+taken"
    r"|required|needed))?"
    r"|actionables|next\s+steps|to[- ]?do(?:['’]?s)?(?:\s+(?:list|tasks|items))?|tasks"
    r"|(?-i:A[IP]['’]?s)"  # action items or points, abbreviated: "**AIs**", "APs:"
    r"|assignments|homework"
    r"|who\s+does\s+what|who['’]?s\s+doing\s+what"
    r"|(?P<follow>follow[- ]?ups?(?:\s+items)?))"
    # "Action points arising", "Tasks assigned", "Action items resulting"
    r"(?:\s+(?:arising|agreed|assigned|allocated|resulting))?"
    r"(?:\s*(?:and|&|/|\+)\s*(?:(?:action\s+items|actions?|next\s+steps|owners?|responsibilit(?:y|ies)"
    rf"|deadlines?)|(?P<mixed2>{_DECIDED_WORDS})))?"  # "Actions and owners", "... & decisions"
    r"(?:\s*\([^()]{1,30}\))?"  # "Tasks (short term)"
    r"(?:\s+(?:for\s+(?:the\s+)?next\s+(?:meeting|call|time|week)"
    r"|from\s+(?:this|today['’]?s?|the)(?:\s+(?:meeting|call))?))?"
    r"\s*:?(?:\*\*)?\s*:?(?:\s*={1,6})?"
)


@per_parse  # (asked of a line by the items, the transcript, the list and the bullet rules)
def action_list_head(text: str, start: int, end: int) -> re.Match[str] | None:
    """The heading over a list of actions that text[start:end] is, if it is one
    (:data:`ACTION_LIST_HEAD_RE`)."""
    return ACTION_LIST_HEAD_RE.fullmatch(text, start, end)


def heads_action_list(text: str, ln: Line) -> bool:
    """A line short enough for a heading (40 characters or fewer) that heads a list of
    actions (:func:`action_list_head`: "Action items:", "## Next steps")."""
    return ln.cend - ln.cstart <= 40 and action_list_head(text, ln.cstart, ln.cend) is not None
