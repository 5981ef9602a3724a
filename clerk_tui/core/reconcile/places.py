"""Where things sit in minutes: minute numbers ("77/17", "HWB 23/45"), lettered parts
("d)", "(ii)"), part headings ("Goalpost Design –"), action numbers ("2.4" in an action
table, "Action 3").

`place_of` tells the store where an action of earlier minutes sits, so the next minutes can
name it by number; `units` walks new minutes sentence by sentence with the minute, part and
heading each sentence falls under.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from clerk_tui.core.model import ParsedMinutes
from clerk_tui.core.parse.action_refs import NUMBER, passage_ref
from clerk_tui.core.parse.layout import Line, marker, split_lines, split_sentences
from clerk_tui.core.reconcile.model import OpenAction

# "77/17", "45/20", "HWB 23/45", "TB/24/061", "RPB 24/41", "CoG/25/031"; not dates (12/03/2024).
_SLASH_REF = r"(?:[A-Z][A-Za-z]{0,5}[ /]?)?\d{1,4}/\d{2,4}(?:/\d{1,4})?"
_PART = r"(?:\s?\(([a-z]|[ivx]{1,4})\)|([a-z])\b|\s([a-z]|[ivx]{1,4})\))"
MINUTE_REF = re.compile(rf"(?<![\w/])({_SLASH_REF})(?![\d/]){_PART}?(?![\w/])")
NAMED_MINUTE = re.compile(
    rf"\b(?:(?:minutes?|min\.?|item|agenda\s+item|under)\s+(?:no\.?\s*)?({_SLASH_REF})"
    rf"|(?:minutes?|min\.?)\s+(?:no\.?\s*)?(\d{{1,3}}(?:\.\d{{1,3}})*))(?![\d/.]){_PART}?"
    r"(?![\w/])",
    re.I,
)
"""A minute of earlier minutes named in a sentence: "Minute 45/20(ii)", "item HWB 23/45",
"minute 5.2" (a bare number only after "minute": "item 5" is usually this meeting's)."""
PREVIOUS_ITEM = re.compile(
    r"\bitem\s+(?:no\.?\s*)?(\d{1,3}(?:\.\d{1,3})?)\s*(?:\(\s*(?:of\s+)?(?:the\s+)?"
    r"(?:previous|last)\s+(?:minutes|meeting)\s*\)|of\s+the\s+(?:previous|last)\s+(?:minutes"
    r"|meeting))",
    re.I,
)
"""An item of the last minutes named by its bare number, said to be theirs: "Item 6 (previous
minutes):", "item 4 of the last minutes"."""
ACTION_REF = re.compile(
    r"\b(?i:actions?|action\s+point|ap)\s*(?i:no\.?\s*|number\s+|ref\.?\s*|reference\s+)?"
    rf"({NUMBER})((?:\s*(?:,|and|&)\s*{NUMBER})*)",
)
_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}")
_PART_MARK = re.compile(r"(?:^|(?<=[\s.;:]))\(?([a-z]|[ivx]{1,4})\)\s+(?=\S)")
_LEAD_PUNCTUATION = re.compile(r"[\s:\-–—.]*")
_HEAD_END = re.compile(r"[*_]{0,3}(?:\s+[-–—]\s+|:[*_]{0,3}\s+|\s+[-–—](?=[A-Z]))")
"""Where a short heading ends: a dash or a colon, with any Markdown bold or italic marks
closing it ("**Hall booking:** Done", "__Hall booking__ – Done")."""


@lru_cache(maxsize=4096)
def normal_ref(ref: str | None) -> str:
    """A minute or action number compared loosely: 'HWB 23/45' and 'hwb23/45' agree, and so
    do 'ICP-31' and 'ICP 31'."""
    return re.sub(r"[\s.]+$", "", re.sub(r"[\s\-–]+", "", (ref or "").lower()))


_ISSUE_ENTRY = re.compile(
    r"^(?:[*+-]|#{1,6})[ \t]+(?P<entry>[^\n]*?)(?<![\w/&])(?P<issue>#\d{1,6})\b", re.M
)
"""An entry of notes kept on a code host, opening at the margin and keyed by the issue or pull
request it discusses ("* Next steps for the rota [#412](https://...)", "## Hall bookings #87"):
the next notes key their entry on the same matter by the same number."""
_MARGIN_ENTRY = re.compile(r"^(?:[*+-]|#{1,6})[ \t]+\S", re.M)


def _entry_title(text: str, line: Line) -> bool:
    """Whether an entry's line is only its title: a Markdown heading, or a bullet with lines
    indented under it ("* Rota page [#31](...)" then "  * PR is ready to merge"); not a bullet
    that is its own report ("- @mira opened an issue for the sitemap (#88)")."""
    if text.startswith("#", line.start):
        return True
    below = re.compile(r"\n[ \t]+\S").match(text, line.cend)
    return below is not None


def issue_above(text: str, start: int) -> str | None:
    """The issue number of the entry at the margin that `start` falls in ("#412"), if any."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    entries = [
        e
        for e in _MARGIN_ENTRY.finditer(text, 0, len(text) if line_end < 0 else line_end)
        if e.start() <= line_start
    ]
    if not entries:
        return None
    issue = _ISSUE_ENTRY.match(text, entries[-1].start())
    entry_end = text.find("\n", entries[-1].start())
    if issue and (entry_end < 0 or issue.end() <= entry_end):
        return issue.group("issue")
    return None


@dataclass(frozen=True)
class Place:
    """An action's number, minute, part and topic (see `OpenAction`)."""

    ref: str | None = None
    minute: str | None = None
    part: str | None = None
    topic: str = ""
    context: str = ""


@lru_cache(maxsize=4)
def lines_of(text: str) -> tuple[Line, ...]:
    """The lines of `text` (`split_lines`), kept for the last few texts: every reader of the
    minutes walks the same lines."""
    return tuple(split_lines(text))


def _minute_refs(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    for match in MINUTE_REF.finditer(text, start, len(text) if end is None else end):
        if not _DATE.fullmatch(match.group(1)):
            yield match


def _part_of(match: re.Match[str]) -> str | None:
    return next((g for g in match.groups()[1:] if g), None)


def heading_after(text: str, start: int, end: int) -> str:
    """A short heading at `start` ending in a dash or colon ("Goalpost Design – CC asked")."""
    window = text[start : min(end, start + 90)]
    found = _HEAD_END.search(window)
    if not found:
        return ""
    head = window[: found.start()].strip()
    if 0 < len(head.split()) <= 8 and not re.search(r"[.;]|\b(?:was|were|had|has)\b", head):
        return head
    return ""


def _is_heading_start(text: str, position: int) -> bool:
    """A minute number that opens a line or follows the end of a sentence."""
    before = text[max(0, position - 3) : position]
    line_start = text.rfind("\n", 0, position) + 1
    return not text[line_start:position].strip() or bool(re.search(r"[.!?:]\s+$", before))


def place_of(
    text: str,
    start: int,
    end: int,
    item_number: str | None = None,
    item_title: str | None = None,
    item_start: int | None = None,
) -> Place:
    """Where the action whose passage is text[start:end] sits in its minutes."""
    line_start = text.rfind("\n", 0, start) + 1
    ref = passage_ref(text, start, end)
    minute, minute_at = None, item_start or 0
    for match in _minute_refs(text, 0, start):
        if _is_heading_start(text, match.start()):
            minute, minute_at = match.group(1), match.end()
    if item_number and (minute is None or (item_start or 0) >= minute_at):
        minute, minute_at = item_number, item_start or minute_at
    minute = minute or issue_above(text, start)
    part, heading = None, ""
    for match in _PART_MARK.finditer(text, minute_at, min(end, start + 12)):
        if match.start() > start:
            break
        part = match.group(1)
        heading = heading_after(text, match.end(), max(start, match.end()) + 90)
    title = item_title or _run_in_heading(text[line_start:start]) or _item_above(text, start)
    topic = " ".join(t for t in (title, heading) if t)
    return Place(ref, minute, part, topic, antecedent(text, start, end))


_PRONOUN_TASK = re.compile(
    r"\b(?:it|this|that|these|those|them)\b(?=\s*(?:$|[.,;:!?()<*]|(?:through|in|on|to|into|up"
    r"|out|over|off|forward|back|offline|done|with|at|by|for|and|before|after|again|further"
    r"|asap|now|soon|please)\b))",
    re.I,
)
"""A task whose object is a pronoun: "push that through", "get it done and committed",
"owns this (...)", "publish this in the forum"; not "check that the hedge is cut"."""
_OTHER_TASK = re.compile(r"\W*(?:\[[ xX]\]|(?i:action)\b)")
"""A line that is another action ("ACTION: ...", "[ ] ..."), no sentence a task refers to."""
_CONTEXT_LINES = 2
"""How many lines up the sentence a pronoun task refers to may start."""


def antecedent(text: str, start: int, end: int) -> str:
    """The sentence before an action whose task is a pronoun ("- Paul had opened a pull
    request to update the user manual." then "ACTION: Davide and Paul to push that through"):
    what the task is about; "" for a task that names its own object."""
    first = split_sentences(text, start, end)
    if not first or not _PRONOUN_TASK.search(text, start, first[0].end):
        return ""
    begin = start
    for _ in range(_CONTEXT_LINES):
        begin = text.rfind("\n", 0, max(0, begin - 1)) + 1
    before = [
        text[span.start : span.end]
        for line in split_lines(text[begin:start])
        for span in split_sentences(text, begin + line.cstart, begin + line.cend)
    ]
    said = [
        b for b in before if len(re.findall(r"[A-Za-z]{3,}", b)) >= 3 and not _OTHER_TASK.match(b)
    ]
    return " ".join(said[-1].split()) if said else ""


_RUN_IN_HEADING = re.compile(
    r"^\s*(?:\d{1,3}\\?[.)]\s+)?(?P<title>[A-Z][A-Z0-9’'&/,()\-]*(?:\s+[A-Z0-9][A-Z0-9’'&/,()\-]*)*"
    r"(?:\s+(?:for|of|and|at|in|on|to)\s+[A-Z][\w’'-]*)*)(?=\s+[A-Z]|\s*[:–—-])"
)


def _run_in_heading(line: str) -> str:
    """A heading in capitals that the item's text runs on from ("20. GRIT BIN for
    Whittington A cost ...": GRIT BIN), as minutes pasted from a PDF keep them."""
    match = _RUN_IN_HEADING.match(line)
    title = match.group("title") if match else ""
    return title if re.search(r"[A-Z]{3}", title) else ""


_ITEM_LINE = re.compile(r"^[ \t]*\d{1,3}\\?[.)][ \t]+(?=[A-Z])", re.M)


def _item_above(text: str, start: int) -> str:
    """The capitals heading of the numbered item an action's paragraph falls under, when the
    item is a few paragraphs up ("9\\. SAFETY ISSUES AT THE METHWOLD RD/A134 JUNCTION Cllr
    Nickles met ..." then, two paragraphs on, "The Clerk was asked to chase an update")."""
    openings = list(_ITEM_LINE.finditer(text, 0, min(len(text), start + 1)))
    if not openings:
        return ""
    opening = openings[-1]
    line_end = text.find("\n", opening.start())
    return _run_in_heading(text[opening.start() : start if line_end < 0 else line_end])


@dataclass(frozen=True)
class Unit:
    """One sentence of the new minutes with what it falls under."""

    start: int
    end: int
    minute: str | None = None
    """A minute of earlier minutes the sentence or its heading names ("77/17d ...:")."""
    part: str | None = None
    named: bool = False
    """The sentence itself names the minute (not only the paragraph it is in)."""
    heading: str = ""
    """The heading of the part it is in ("Goal Post (Recreation Ground)")."""
    lead: int = 0
    """Where the sentence starts after any minute number or part letter it opens with."""
    body: int = 0
    """Where the sentence says its piece, after its own heading too."""


def _pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentences, split again where a lettered part or a minute number starts mid-line."""
    for sentence in split_sentences(text, start, end):
        cuts = [sentence.start]
        pattern = re.compile(
            rf"(?<=[.;:!?])\s+(?=(?:\(?(?:[a-z]|[ivx]{{1,4}})\)\s+\S|{_SLASH_REF}\b))"
        )
        cuts += [m.end() for m in pattern.finditer(text, sentence.start, sentence.end)]
        cuts.append(sentence.end)
        for left, right in zip(cuts, cuts[1:], strict=False):
            if text[left:right].strip():
                yield left, right


_SENTENCE_END = re.compile(r"[.!?:;][\"”’')\]]*\s*$")
_QUOTE = re.compile(r"[\s>]+")


def _after_quote(text: str, position: int) -> int:
    """Past the '>' marks and spaces a quoted line starts with, if any."""
    quote = _QUOTE.match(text, position)
    return quote.end() if quote else position


_NEW_ENTRY = re.compile(rf"\(?(?:[a-z]|[ivx]{{1,4}}|\d{{1,3}})[.)]\s|{_SLASH_REF}\b|[A-Z][A-Z\s]+$")


def _runs_on(text: str, line: Line, following: Line) -> bool:
    """Whether a hard-wrapped line's last sentence goes on in the next line (minutes pasted
    from PDF, or quoted in Markdown with '>' starting each line)."""
    content = text[line.cstart : line.cend]
    if _SENTENCE_END.search(content) or following.blank:
        return False
    if following.cstart != _after_quote(text, following.start):
        return False  # the next line starts with a bullet or a part letter
    rest = text[following.cstart : following.cend]
    if _NEW_ENTRY.match(rest):
        return False
    return rest[:1].islower() or len(content) >= 55 and _hard_wrapped(text)


_LONG_LINE = 130
"""Longer than any line of minutes hard-wrapped for a page (PDF, e-mail)."""


@lru_cache(maxsize=64)
def _hard_wrapped(text: str) -> bool:
    """Whether the text's prose is hard-wrapped: no more than two lines longer than a page
    is wide (table rows aside). Else each paragraph is one line, and a line with no full
    stop (a heading, a task written as a note) ends its sentence before a capital."""
    long_lines = 0
    for line in text.splitlines():
        if len(line) > _LONG_LINE and line.count("|") < 2 and "\t" not in line:
            long_lines += 1
            if long_lines > 2:
                return False
    return True


def _sentences(text: str, skip: set[int] | frozenset[int]) -> Iterator[tuple[int, int, Line]]:
    """The sentences of the lines not in `skip`, a sentence going on across wrapped lines;
    each with the line it starts on."""
    lines = [line for line in lines_of(text) if not line.blank and line.index not in skip]
    pending: tuple[int, int, Line] | None = None
    for number, line in enumerate(lines):
        pieces = [
            (a, b, line) for a, b in _pieces(text, _after_quote(text, line.cstart), line.cend)
        ]
        if pending and pieces:
            pieces[0] = (pending[0], pieces[0][1], pending[2])
        elif pending:
            yield pending
        pending = None
        following = lines[number + 1] if number + 1 < len(lines) else None
        if (
            pieces
            and following is not None
            and following.index == line.index + 1
            and _runs_on(text, line, following)
        ):
            pending = pieces.pop()
        yield from pieces
    if pending:
        yield pending


def _new_entry(text: str, line: Line, previous: Line) -> bool:
    """Whether a line opens a new entry, whose topic is its own: a bullet, a Markdown heading,
    or a line after a blank one (a heading such as "New WS specifications:" speaks only for
    the sentences of its own bullet or paragraph)."""
    return (
        line.index > previous.index + 1
        or bool(marker(text, line))
        or text.startswith(("#", "**"), line.cstart)
    )


_BARE_MINUTE = re.compile(r"(?P<number>\d{2,4})(?P<part>[ivx]{1,4}|[a-z])?[ \t]+(?=[A-Z][a-z])")


def _bare_minute(text: str, start: int, end: int) -> re.Match[str] | None:
    """A minute of earlier minutes numbered straight through, without a stroke, heading an
    entry of matters arising: with its part ("a) 273d SpeedWatch repairs – ...", "289ii
    Articles"), or of three or four figures ("281 Village hall roof")."""
    match = _BARE_MINUTE.match(text, start, end)
    if match and (match.group("part") or len(match.group("number")) >= 3):
        return match
    return None


def units(text: str, skip: set[int] | frozenset[int] = frozenset()) -> Iterator[Unit]:
    """The sentences of `text` (lines whose index is in `skip` left out) with their minute,
    part and heading. A minute named at the head of a sentence ("77/17d St Andrew's Close:",
    "Minute 45/20(ii) –", "273d SpeedWatch repairs") holds for the sentences after it in the
    same paragraph."""
    minute: str | None = None
    part: str | None = None
    heading = ""
    previous: Line | None = None
    issue: str | None = None
    titled = -1  # the line of the entry an issue number keys: its title, no report
    for start, end, line in _sentences(text, skip):
        own_minute, own_part, named = None, None, False
        if previous and line.index != previous.index and _new_entry(text, line, previous):
            heading = ""
        if (previous is None or line.index != previous.index) and _MARGIN_ENTRY.match(
            text, line.start
        ):
            issue = issue_above(text, line.start)
            if issue:
                minute, part, heading = issue, None, ""
                titled = line.index if _entry_title(text, line) else -1
            elif minute and minute.startswith("#"):
                minute = None
        previous = line
        bullet = re.search(r"\(?([a-z]|[ivx]{1,4})[.)]\s*$", text[line.start : line.cstart])
        if bullet and start <= _after_quote(text, line.cstart):
            part, heading = bullet.group(1), ""
        head_start = start
        first = next(iter(_minute_refs(text, start, min(end, start + 40))), None)
        if first and _is_heading_start(text, first.start()):
            own_minute, own_part = first.group(1), _part_of(first)
            head_start = first.end()
        explicit = NAMED_MINUTE.search(text, start, end)
        previous_item = PREVIOUS_ITEM.search(text, start, end)
        if explicit:
            own_minute, named = explicit.group(1) or explicit.group(2), True
            own_part = next((g for g in explicit.groups()[2:] if g), None)
            if explicit.start() <= start + 2:
                head_start = max(head_start, explicit.end())
        elif previous_item:
            own_minute, own_part, named = previous_item.group(1), None, True
            if previous_item.start() <= start + 2:
                head_start = max(head_start, previous_item.end())
        if own_minute:
            minute, part, heading = own_minute, own_part, ""
            named = named or bool(first)
        punctuation = _LEAD_PUNCTUATION.match(text, head_start)
        head_start = punctuation.end() if punctuation else head_start
        mark = _PART_MARK.match(text, head_start)
        if mark:
            part, head_start = mark.group(1), mark.end()
            heading = ""
        bare = None if own_minute else _bare_minute(text, head_start, end)
        if bare:
            minute, part, named, heading = bare.group("number"), bare.group("part"), True, ""
            head_start = bare.end()
        own_heading = heading_after(text, head_start, end)
        body = head_start
        if own_heading:
            heading = own_heading
            separator = _HEAD_END.search(text, head_start + len(own_heading), end)
            body = separator.end() if separator else head_start + len(own_heading)
        named = named or bool(issue and minute == issue)
        if named and minute == issue and line.index == titled:
            head_start = body = end
        yield Unit(start, end, minute, part, named, heading, head_start, body)


def parsed_open_actions(
    text: str, parsed: ParsedMinutes, meeting_date: date | None = None, first_id: int = 1
) -> list[OpenAction]:
    """The actions of one parse as open actions numbered from ``first_id``, each placed in
    ``text`` by its item as the store places it (for checks and benches that reconcile
    without a database)."""
    found = []
    for number, action in enumerate(parsed.actions, first_id):
        item = parsed.items[action.item] if action.item is not None else None
        place = place_of(
            text,
            action.start,
            action.end,
            item.number if item else None,
            item.title if item else None,
            item.start if item else None,
        )
        found.append(
            OpenAction(
                number,
                action.text,
                action.owner,
                meeting_date,
                place.ref,
                place.minute,
                place.part,
                place.topic,
                action.due,
                context=place.context,
            )
        )
    return found
