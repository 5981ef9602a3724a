"""Action tables in the new minutes: a review of the last actions with a status or notes
column, a running log carried from meeting to meeting, or a list of actions that repeats
open ones (pipes, tabs or aligned columns once pasted). Lists read as rows too (`lists`):
each old action restated with its status at the end or first, on the line under it (a
sub-bullet, an indented or "Status:" line) or in a note after it; and under a heading that
gives the status of all it lists ("### Done", "Outstanding actions:").

A row is an open action's when it gives the action's number and its text agrees (or it
gives only the number, of the latest meeting's actions), or when its text is nearly the
action's own. Its status and notes are read by `cues.read_status`; a revised date column
re-dates it; an owner column naming someone else passes it on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import lru_cache

from clerk_tui.core.amend import normalise, text_similarity
from clerk_tui.core.dates import parse_date_literal, resolve_due
from clerk_tui.core.parse.layout import Line, indent, marker
from clerk_tui.core.parse.table_rows import RULE_ROW_RE, row_cells, split_cells
from clerk_tui.core.reconcile import lists
from clerk_tui.core.reconcile.cues import read_note, read_status
from clerk_tui.core.reconcile.lists import Row
from clerk_tui.core.reconcile.model import (
    CARRIED,
    DONE,
    DROPPED,
    DUE,
    OWNER,
    UPDATE,
    Finding,
    OpenAction,
)
from clerk_tui.core.reconcile.places import NUMBER as _NUMBER
from clerk_tui.core.reconcile.places import lines_of, normal_ref
from clerk_tui.core.reconcile.words import Index, core_text, distinctive, words

_ROLES = (
    ("revised", r"(?:revised|new)\s+(?:due|(?:due\s+)?(?:date|deadline|target)(?:\s+date)?)"),
    (
        "owner",
        r"owner|resp|responsible|responsibility|lead(?:\s+officer)?|by\s+whom|who"
        r"|action\s+(?:by|owner)|officer|assigned\s+to|lead\s+member",
    ),
    ("ref", r"(?:action\s+)?(?:no|number|ref|reference|#|id)"),
    ("minute", r"(?:minute|min|item)(?:\s+(?:no|ref|number))?"),
    ("meeting", r"meeting(?:\s+date)?|date(?:\s+(?:raised|of\s+meeting|agreed))?|raised"),
    ("text", r"actions?|details?|description|task|action\s+(?:required|agreed|point)|what"),
    (
        "due",
        r"due(?:\s+date)?|deadline|target(?:\s+date)?|by\s+when|date\s+due|timescale"
        r"|when",
    ),
    ("status", r"status|state|complete|done"),
    ("rag", r"rag(?:\s+(?:status|rating))?"),
    (
        "note",
        r"notes?|updates?|comments?|progress(?:\s+update)?|remarks|outcome"
        r"|latest\s+update|update\s*/\s*comments?|commentary",
    ),
)


_AS_OF = re.compile(
    r"\b(?:as\s+(?:at|of)|at|on|for)?\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b(?:\s+\d{2,4})?"
    r"|\b\d{1,4}(?:[/.-]\d{1,4}){1,2}\b"
)
"""The date a running log's column is as of ("Status May", "Update (12/06/24)")."""


def _role(cell: str) -> str | None:
    """The role of a column from its header; a status or update column of a running log may
    give the meeting it is as of ("Status June 2024"): the last such column is the latest."""
    label = re.sub(r"[^\w#/ ]+", " ", _AS_OF.sub(" ", cell.lower())).strip()
    label = re.sub(r"\s+", " ", label)
    for role, pattern in _ROLES:
        if re.fullmatch(pattern, label):
            return role
    return None


def _cells(content: str) -> tuple[list[str], str]:
    """The cells of a table line and its separator, as the parser splits them
    (`table_rows.split_cells`: pipes, doubled pipes, tabs or aligned columns); none and ""
    for a line that is no row."""
    return split_cells(content) or ([], "")


_STATUS = re.compile(
    r"(?:done|complete|completed|closed|actioned|achieved|finished|ongoing|on-going|in progress"
    r"|not\s+(?:yet\s+)?(?:done|started|complete|completed)|open|outstanding|pending|cancell?ed"
    r"|no longer|superseded|withdrawn|dropped|deferred|carried forward|on track|on hold"
    r"|at risk|overdue)\b",
    re.I,
)


def _headerless(line: Line, content: str) -> Row | None:
    """A row of a table pasted without its header: a number or the action's text, then a cell
    that starts with a status ("3 <tab> Circulate the terms of reference <tab> SB <tab> Done")."""
    cells = [c for c in _cells(content)[0] if c]
    if len(cells) < 3:
        return None
    status_at = next((i for i, c in enumerate(cells) if i >= 2 and _STATUS.match(c)), None)
    if status_at is None:
        return None
    before = cells[:status_at]
    row = {"status": cells[status_at], "note": " ".join(cells[status_at + 1 :])}
    if re.fullmatch(_NUMBER, before[0]):
        row["ref"], before = before[0], before[1:]
    if before:
        row["text"] = max(before, key=len)
    return Row(line, {k: v for k, v in row.items() if v}, True, headed=False)


def rows(text: str) -> list[list[Row]]:
    """Rows of the action tables of `text`, each cell under the role its column has (and
    rows of tables pasted without their header, when a cell gives a status): per line, the
    ways to read it as a row, the likeliest first."""
    found: list[list[Row]] = []
    header: list[str | None] | None = None
    splitter: str | None = None
    head_line = ""
    recent: list[Line] = []
    listing: str | None = None  # the status of the list the line is in
    listing_indent = -1  # the indent of a bullet heading that list, whose siblings end it
    gap = False
    every = lines_of(text)
    for line in every:
        content = text[line.cstart : line.cend]
        if line.blank:
            header, gap = None, True
            continue
        above, recent = recent[-lists.NESTED_REACH :], [*recent[-lists.NESTED_REACH :], line]
        own = indent(text, line)
        if gap and line.cstart == line.start or own <= listing_indent:
            listing, listing_indent = None, -1  # a paragraph after the list, or a sibling
        gap = False
        status = lists.list_status(text, line, content, lists.nests(text, every, line))
        if status:
            bullet = line.cstart > line.start + own
            listing, listing_indent = status, own if bullet else -1
            continue
        if line.cstart == line.start and lists.HEADING.fullmatch(content):
            listing = None  # another heading ("New:", "### Old") ends the list
        if header is not None and splitter is not None:
            if RULE_ROW_RE.fullmatch(content):
                continue
            cells = row_cells(content, splitter, head_line) or []
            if len(cells) >= 2:
                row = {
                    role: cell for role, cell in zip(header, cells, strict=False) if role and cell
                }
                if len(cells) <= len(header) and row:
                    reviewed = bool({"status", "rag", "note", "revised"} & set(header))
                    found.append([Row(line, row, reviewed)])
                    continue
        header = None
        cells, separator = _cells(content)
        roles = [_role(c) for c in cells]
        named = {r for r in roles if r}
        if (
            len(cells) >= 3
            and len(named) >= 2
            and named & {"text", "ref"}
            and len(named) * 2 >= len(cells)
        ):
            header, splitter, head_line = roles, separator, content
        else:
            headerless = [
                lists.checkbox(line, content, listing),
                lists.struck(line, content),
                _headerless(line, content),
                lists.status_line(line, content),
                lists.status_first(line, content),
                lists.under_entry(text, line, content, above, listing),
                lists.listed(line, content, listing) if listing else None,
            ]
            if any(headerless):
                found.append([row for row in headerless if row])
    return found


def _similar(action: OpenAction, text: str, cutoff: float = 0.0) -> float:
    """How alike a row's text is to the action's, or to its task without remarks in brackets
    and its deadline (`core_text`), with the action's owner leading the row taken off ("PC
    Lewis Grant to share the figures"); 0 under `cutoff`."""
    own = _without_owner(text, action.owner)
    core = core_text(action.text)
    score = text_similarity(action.text, text, cutoff)
    if own != text:
        score = max(score, text_similarity(action.text, own, cutoff))
    if core != action.text and " " in core:
        score = max(score, text_similarity(core, own, cutoff))
    task = _task_before_note(action.text)
    if task:
        score = max(score, text_similarity(task, own, cutoff))
    return score


_NOTE_AFTER = re.compile(r"[.;]\s+[-–—]\s+|\.\s+(?=[A-Z])")


@lru_cache(maxsize=4096)
def _task_before_note(text: str) -> str:
    """An action's task when a note follows it in its own minutes, the way a carried-forward
    list writes one ("Be proactive about moving the workflows. - Only one workflow left"):
    the task alone, which the next review restates; '' when there is no note."""
    cut = _NOTE_AFTER.search(text)
    task = text[: cut.start()] if cut else ""
    return task if len(task.split()) >= 4 else ""


def _without_owner(text: str, owner: str | None) -> str:
    """`text` without `owner` as the doer before it ("Cllr Hale to write ...", "@hale: write
    ...", "[Hale] write ...") or after it ("write ... (Hale)", "write ... - Hale")."""
    patterns = _owner_around(owner or "")
    if patterns is None or patterns[2] not in text.lower():
        return text
    lead = patterns[0].match(text)
    text = text[lead.end() :] if lead else text
    trail = patterns[1].search(text, max(0, len(text) - len(patterns[2]) - 12))
    return text[: trail.start()] if trail and trail.start() > 0 else text


@lru_cache(maxsize=1024)
def _owner_around(owner: str) -> tuple[re.Pattern[str], re.Pattern[str], str] | None:
    """The owner named before an action's text, and after it (see `_without_owner`), and the
    name in small letters."""
    name = re.sub(r"^the\s+", "", owner, flags=re.I).strip()
    if not name:
        return None
    who = rf"[@(\[]?(?:the\s+)?{re.escape(name)}[)\]]?"
    lead = re.compile(rf"{who}(?:\s*:\s*|\s+(?:to|will|would|should)\s+|\s+(?=[a-z]))", re.I)
    return lead, re.compile(rf"\s*(?:[-–—,]\s*)?{who}\s*\.?$", re.I), name.lower()


def _best(scored: list[tuple[float, OpenAction]], threshold: float) -> list[OpenAction]:
    """The best-scoring actions at or over `threshold`; several only when they are the same
    action carried forward (nearly the same text), none when two differ and fit equally."""
    scored = sorted((p for p in scored if p[0] >= threshold), key=lambda p: -p[0])
    if not scored:
        return []
    best = scored[0]
    chosen = [best[1]]
    for score, action in scored[1:]:
        if best[0] >= 100 > score:
            break  # the row is one action's text word for word: not a look-alike's
        if text_similarity(action.text, best[1].text) >= 90:
            chosen.append(action)
        elif score >= best[0] - 10:
            return []
    return chosen


def row_actions(row: dict[str, str], index: Index) -> tuple[list[OpenAction], str]:
    """The open actions a row is about, and how it names them."""
    ref = normal_ref(row.get("ref"))
    text = row.get("text", "")
    if ref:
        named = index.numbered(ref)
        if named and text:
            chosen = _best([(_similar(a, text, 60), a) for a in named], 60)
        elif named:
            latest = max((a.meeting_date for a in named if a.meeting_date), default=None)
            chosen = [a for a in named if a.meeting_date == latest]
            chosen = chosen if len(chosen) == 1 else []
        else:
            chosen = []
        if chosen:
            return chosen, f"row {row['ref']}"
    minute = normal_ref(row.get("minute") or row.get("ref"))  # a log keyed by minute number
    if minute:
        under = [a for a in index.actions if a.minute and normal_ref(a.minute) == minute]
        chosen = _best([(_similar(a, text, 50), a) for a in under], 50) if text else []
        if chosen or len(under) == 1 and not text:
            return chosen or under, f"row of minute {row.get('minute') or row['ref']}"
    by = row.get("by", "")
    if len(text.split()) >= 3:
        scored = [(_similar(a, text, 80), a) for a in index.actions]
        loosely = [
            (s, a)
            for s, a in scored
            if 80 <= s < 90
            and _restates(index, a, text)
            and not (by and a.owner and other_owner(by, a.owner))
        ]  # "Jo – newsletter to printer" is not Kim's "Send the newsletter draft to the printer"
        chosen = _best([(s, a) for s, a in scored if s >= 90] + loosely, 80)
        if chosen:
            return chosen, f'row "{_short(text)}"'
    elif len(text.split()) == 2:
        same = [a for a in index.actions if normalise(a.text) == normalise(text)]
        if same:
            return same, f'row "{text}"'
    titled = index.titled(text) if 0 < len(text.split()) <= _TITLE_WORDS else None
    if titled:
        return [titled], f'row "{text}" (its item\'s heading)'
    keyed = _keyed_by_owner(text, by, index)
    return ([keyed], f'row "{_short(text)}" by {by}, its owner') if keyed else ([], "")


_TITLE_WORDS = 5
"""A row's text of at most this many words may be the title of the item an action sat under
("- Stewarding team: actioned")."""


def _keyed_by_owner(text: str, by: str, index: Index) -> OpenAction | None:
    """The one open action of the owner a row names ("- [x] Kim – newsletter to printer",
    "- [x] quiz venue (Lou)") that the row's words, in shorthand, point to: two of its
    distinctive words at least, more than any other action of that owner's shares, and no
    word of the row's own beside them ("marquee booked (Jo)" is not "book the hall")."""
    if not by:
        return None
    said = text[len(by) :].lstrip(" -–—:") if text.startswith(by) else text
    own = set(distinctive(words(said)))
    theirs = [
        a
        for a in index.actions
        if a.owner
        and not other_owner(by, a.owner)
        and not other_owner(a.owner, by)
        and own <= set(words(a.text, joined=True))
    ]
    scored = sorted(((len(index.shared(a, said)), a.id) for a in theirs), reverse=True)
    if not scored or scored[0][0] < 2 or len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    return index.by_id[scored[0][1]]


def _restates(index: Index, action: OpenAction, text: str) -> bool:
    """A row named by its text alone, unless nearly word for word, does not put a word of its
    own where the action has another ("book the marquee for the fair" is not "book the hall
    for the fair"); a row that only leaves words out, or adds some, may restate it."""
    mine = set(index.distinct[action.id]) & set(words(core_text(action.text), joined=True))
    theirs = set(distinctive(words(text, joined=True)))
    joined = set(words(action.text, joined=True)) | mine
    return not (mine - theirs and theirs - joined)


def _short(text: str, words: int = 6) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


_TITLE = re.compile(r"^(?:the\s+|(?:cllr|councillor|mr|mrs|ms|miss|dr|prof)\b\.?\s*)", re.I)


def _owners(text: str | None) -> set[str]:
    parts = re.split(r"\s*(?:,|&|/|;|\band\b|\+)\s*", text or "")
    return {re.sub(r"[^\w\s]", "", _TITLE.sub("", p.strip().lower())).strip() for p in parts} - {""}


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w)


def _surname_initials(initials: str, surname: str) -> bool:
    """Initials ending in the letter of an owner named by surname alone ("TH" for "Cllr
    Hale"): not told apart."""
    return (
        2 <= len(initials) <= 3
        and initials.isalpha()
        and " " not in surname
        and initials[-1] == surname[:1]
    )


def other_owner(new: str, old: str | None) -> bool:
    """Whether `new` (an owner cell) names other people than the action's owner `old`."""
    if not re.search(r"[A-Za-z]", new):
        return False
    mine, theirs = _owners(old), _owners(new)

    def known(owner: str) -> bool:
        return any(
            owner == o
            or owner == _initials(o)
            or o == _initials(owner)
            or owner in o.split()
            or _surname_initials(owner, o)
            for o in mine
        )

    return not mine or not all(known(o) for o in theirs) or len(theirs) < len(mine)


def _due(cell: str, meeting_date: date | None) -> date | None:
    return parse_date_literal(cell, meeting_date) or resolve_due(cell, meeting_date)


def findings(
    text: str, index: Index, meeting_date: date | None, reviewing: set[int] | None = None
) -> tuple[list[Finding], set[int]]:
    """What the action tables of `text` say about open actions, and the lines they fill; and,
    of the lines in `reviewing` (under a heading of reports on the last actions) no table
    row fills, those restating an open action with a note after it."""
    found: list[Finding] = []
    lines: set[int] = set()
    latest: dict[int, list[Finding]] = {}
    own: list[tuple[int, list[Finding]]] = []
    for ways in rows(text):
        row, named = _first_naming(ways, index)
        said = _read_row(row, named, meeting_date, lines)
        if row.parent is None:
            own.append((row.line.index, said))
        elif any(f.kind != CARRIED for f in said):
            latest[row.parent] = said  # notes under an action run oldest first
        else:
            found += said  # a note saying nothing: the action is repeated all the same
    for line_index, said in own:  # a note under the row is its latest update, not the row's
        found += [f for f in said if f.kind != UPDATE or line_index not in latest]
    found += [f for said in latest.values() for f in said]
    for group in _review_groups(text, reviewing or set(), set(lines)):
        for entry in _entries(text, group, index):
            ways = lists.noted_rows(text, entry)
            noted, named = _first_naming(ways, index) if ways else (None, ([], ""))
            if noted is not None and named[0]:
                found += _read_row(noted, named, meeting_date, lines)
    return found, lines


def _first_naming(ways: list[Row], index: Index) -> tuple[Row, tuple[list[OpenAction], str]]:
    """The first of the ways to read a line (at least one) as a row that names an open action,
    with the actions it names; else the first, naming none."""
    for row in ways:
        named = _restating(row, index)
        if named[0]:
            return row, named
    return ways[0], ([], "")


def _review_groups(text: str, reviewing: set[int], taken: set[int]) -> Iterator[list[Line]]:
    """The runs of lines of a review of the last actions no table row fills, each up to a
    blank line, a bullet or a number."""
    group: list[Line] = []
    for line in lines_of(text):
        if line.index not in reviewing or line.index in taken or line.blank:
            yield from [group] if group else []
            group = []
            continue
        opens = marker(text, line) or lists.NUMBER_LEAD.match(text, line.cstart, line.cend)
        if group and opens:
            yield group
            group = []
        group.append(line)
    if group:
        yield group


def _entries(text: str, group: list[Line], index: Index) -> Iterator[list[Line]]:
    """The entries of a run of lines: a line that restates an open action by itself opens one,
    else a line goes on the entry above it (wrapped)."""
    entry: list[Line] = []
    for line in group:
        if entry and any(_restating(r, index)[0] for r in lists.noted_rows(text, [line])):
            yield entry
            entry = []
        entry.append(line)
    if entry:
        yield entry


def _restating(row: Row, index: Index) -> tuple[list[OpenAction], str]:
    """The open actions a row names; a row read from a line of prose (`noted`) must restate
    the action as asked, opening with its words ("to book the hall", not "has booked the
    hall": that is a report, which the prose rules read)."""
    actions, how = row_actions(row.cells, index)
    said = row.cells.get("text", "")
    if row.noted:
        actions = [
            a for a in actions if _first_word(a.text) == _first_word(_without_owner(said, a.owner))
        ]
    if row.wrapping:  # "... whether the licence was" then "cancelled": the text goes on
        actions = [a for a in actions if _similar(a, f"{said} {row.wrapping}") <= _similar(a, said)]
    return actions, how


def _first_word(text: str) -> str | None:
    match = re.search(r"[A-Za-z]+", text)
    return match.group().lower() if match else None


def _read_row(
    row: Row, named: tuple[list[OpenAction], str], meeting_date: date | None, lines: set[int]
) -> list[Finding]:
    """What one row says about the open actions it `named`; the lines it fills go in `lines`."""
    actions, how = named
    if row.headed or actions:
        lines.update((row.line.index, *row.covers))
    return [f for action in actions for f in _row_findings(row, action, how, meeting_date)]


_SAYS_NOTHING = re.compile(r"\W*(?i:green|blue)?\W*")
"""A status cell that says nothing of the action being finished or not: empty, or a RAG
rating of on track; the note beside it says what became of the action."""


def _already_said(note: str, action_text: str) -> bool:
    """Whether the action's own text holds the note ("Approach the Canal Trust - letter sent,
    waiting for a reply" restated with "letter sent, waiting for a reply")."""
    said = " ".join(re.findall(r"\w+", note.lower()))
    return bool(said) and said in " ".join(re.findall(r"\w+", action_text.lower()))


def _row_findings(
    row: Row, action: OpenAction, how: str, meeting_date: date | None
) -> list[Finding]:
    cells = row.cells
    span = (row.line.cstart, row.line.cend)
    status, notes = cells.get("status") or cells.get("rag", ""), cells.get("note", "")
    found = [Finding(action.id, CARRIED, *span, f"{how} repeats it", strength=3)]
    if not status and _already_said(notes, action.text):
        return found  # the note the action was recorded with, copied forward: no news
    if row.closing:  # the status closing the entry says what became of the action
        reading = read_status(status, notes, action.text)
    elif row.noted:  # under a list of outstanding actions, a note is their status's note
        reading = read_note(notes, action.text) or (
            read_status(status, notes, action.text) if status else None
        )
    elif row.reviewed and notes and _SAYS_NOTHING.fullmatch(status):
        # the note is the report ("Quotes received"), else a note all the same
        reading = read_note(notes, action.text) or read_status(status, notes, action.text)
    else:
        reading = read_status(status, notes, action.text) if row.reviewed else None
    note = ": ".join(p for p in (status, notes) if p)
    if reading and reading.kind in (DONE, DROPPED):
        said = "reported done" if reading.kind == DONE else "no longer needed"
        reason = f'{how} of the action log: "{_short(note, 10)}" ({said})'
        found.append(Finding(action.id, reading.kind, *span, reason, note, 3))
        return found
    if reading:
        reason = f'{how} of the action log: "{_short(note, 10)}"'
        found.append(Finding(action.id, UPDATE, *span, reason, note, 3, reading.contrary))
    owner = cells.get("owner")
    new_owner = reading.owner if reading and reading.owner else owner
    if new_owner and other_owner(new_owner, action.owner):
        source = "its note" if reading and reading.owner else "its owner column"
        reason = f"{how} names {new_owner} ({source})"
        found.append(Finding(action.id, OWNER, *span, reason, note, 3, value=new_owner))
    due_text = cells.get("revised") or (reading.due_phrase if reading else None)
    if not due_text and action.due:
        due_text = cells.get("due")  # a log's due column changed in place is a new date
    due = _due(due_text, meeting_date) if due_text else None
    if due and due != action.due:
        reason = f'{how} gives the date "{due_text}"'
        found.append(Finding(action.id, DUE, *span, reason, note, 3, value=due.isoformat()))
    return found
