"""Actions in tables: an action log with Action and Owner columns (pipes, tabs or aligned
columns), and an "Action by" column of owners at the right of the minutes' lines."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import NamedTuple

from ...model import Action
from ..context import Context, Spans, item_at, resolved_due, sentences_of_line
from ..layout import (
    COLUMN_HEAD_CELL_RE,
    HTML_TAG_RE,
    TICKS,
    Line,
    lines_after,
    split_sentences,
    stacked_table_heads,
    strip_span,
)
from ..table_rows import (
    GRID_RULE_RE,
    RULE_ROW_RE,
    Row,
    block_tables,
    clean_cell,
    merge_rows,
    row_cells,
    split_cells,
)
from .common import best_sentence, committed_task, make_action
from .entry_lines import DATE_CELL
from .lexicon import is_base_verb
from .owners import person_like, role_like, split_owners

# Column heads by their meaning. A task's: "Action", "Agreed action", "Action item",
# "Action/Decision", "Task", "Task description", "What", "What needs doing", "Activity",
# "Deliverable", "Next steps", "To do", "Outcome". An owner's: "Owner", "Action owner",
# "Assigned (to)", "Assignee", "Who", "By whom", "Action by", "Lead (officer)", "Responsible
# (person/party)", "Resp.", "Person", "Name", "Officer", "Initials", "DRI" (the directly
# responsible individual of software projects), "Point person". A due date's: "Due (date)",
# "Deadline", "By when", "Target (date)", "Completion date", "Date for completion", "Timescale",
# "Timeframe", "ETA", "When".
_TABLE_HEAD_ACTION = re.compile(
    r"(?i)^(?:(?:agreed|new|outstanding)\s+)?actions?(?:\s*/\s*(?:decisions?|tasks?))?"
    r"(?:\s+(?:required|agreed|description|points?|details?|items?|to\s+be\s+taken))?$"
    r"|^(?:description|details?|tasks?(?:\s+(?:description|details?))?|what"
    r"|what\s+(?:needs?\s+(?:doing|to\s+be\s+done)|is\s+to\s+be\s+done)|activit(?:y|ies)"
    r"|deliverables?|next\s+steps?|to[- ]?dos?|follow[- ]?ups?|outcomes?(?:\s*/\s*actions?)?)$"
)
_TABLE_HEAD_OWNER = re.compile(
    r"(?i)^(?:(?:action|task)\s+)?(?:owners?|leads?|lead\s+(?:officers?|persons?|members?)"
    r"|responsible(?:\s+(?:officers?|persons?|party|parties|members?))?|persons?(?:\s+responsible)?"
    r"|by\s+whom|who|who\s+is\s+responsible|officers?|assigned(?:\s+to)?|assignees?"
    r"|responsibility|action\s+by|resp\.?|initials|names?|dri|point\s+person)$"
)
_TABLE_HEAD_DUE = re.compile(
    r"(?i)^(?:due|due\s+(?:date|by|on)|deadline(?:\s+date)?|by\s+when|when\s+by|when\s+due"
    r"|target(?:\s+(?:completion\s+)?date)?|date\s+due|(?:target\s+)?completion\s+date"
    r"|date\s+(?:for|of)\s+completion|(?:to\s+be\s+)?complete[d]?\s+by|timescales?|time\s*frames?"
    r"|(?:expected|estimated)\s+(?:completion\s+)?date|eta|when|date|revised\s+date|new\s+date)$"
)
_TABLE_HEAD_REVISED = re.compile(r"(?i)^(?:revised|new)\s+(?:due\s+date|date|deadline)$")
_TABLE_HEAD_STATUS = re.compile(
    r"(?i)^(?:(?:current\s+)?status|state|rag|rag\s+status|progress|update|position|done\??)$"
)
# "By" alone: who, beside no owner's column ("What | By | When"); else when ("Owner | By").
_TABLE_HEAD_BY = re.compile(r"(?i)^by$")
# A status saying the action is done: progress on an earlier action, not an open one.
_DONE_STATUS_RE = re.compile(
    r"(?i)^(?:complete|completed|closed|done|blue|actioned|finished|achieved|discharged|resolved"
    rf"|[{TICKS}])(?!\w)"
)


class Columns(NamedTuple):
    """Where an action log's cells are: the task's, the owner's, and any due date's (revised
    or first) and status's."""

    act: int
    own: int
    due: int | None
    revised: int | None
    status: int | None


def head_columns(heads: list[str]) -> Columns | None:
    """The columns of an action log's header ("Action | Owner | Due | Status", "What | By |
    When"), or None unless it names a task's column and an owner's."""
    act = _first(heads, _TABLE_HEAD_ACTION)
    own = _first(heads, _TABLE_HEAD_OWNER)
    by = _first(heads, _TABLE_HEAD_BY)
    if own is None:
        own, by = by, None
    if act is None and own is not None and _ITEM_OWNER_HEAD_RE.match(heads[own]):
        act = _first(heads, _TABLE_HEAD_ITEM)  # "Item | Responsible | Due Date"
    if act is None or own is None:
        return None
    due = _first(heads, _TABLE_HEAD_DUE)
    return Columns(
        act,
        own,
        due if due is not None else by,
        _first(heads, _TABLE_HEAD_REVISED),
        _first(heads, _TABLE_HEAD_STATUS),
    )


# "Item" is the task's column beside an owner's that says who is to act, not an agenda's
# "Item | Lead | Time" (who presents it).
_TABLE_HEAD_ITEM = re.compile(r"(?i)^items?$")
_ITEM_OWNER_HEAD_RE = re.compile(
    r"(?i)^(?:owners?|responsible(?:\s+(?:officer|person))?|person responsible|action by|who"
    r"|assignees?|assigned to|by whom)$"
)


def column_head(cell: str) -> bool:
    """A cell that heads an action log's column ("Responsible", "Action", "Due date")."""
    cell = cell.strip("*_: ")
    return any(rx.match(cell) for rx in (_TABLE_HEAD_ACTION, _TABLE_HEAD_OWNER, _TABLE_HEAD_DUE))


def _first(heads: list[str], rx: re.Pattern[str]) -> int | None:
    return next((k for k, h in enumerate(heads) if rx.match(h)), None)


def table_actions(ctx: Context, actions: list[Action], claimed: Spans) -> list[tuple[int, int]]:
    """A row for each row of an action log, in any of the syntaxes :mod:`.table_rows` reads,
    under a header naming an Action and an Owner column (a Due or Revised date column gives
    the due); rows whose status says done are progress on earlier actions, claimed but not
    new. Returns the rows' spans."""
    covered: list[tuple[int, int]] = []
    for rows in (*_line_tables(ctx), *block_tables(ctx.text)):
        cols: Columns | None = None
        for row in rows:
            head = _header_columns(row.cells)
            if head is not None:
                cols = head  # a header, here or further down: the columns from here on
            elif cols is not None:
                _row_action(ctx, cols, row, actions, covered)
    for s, e in covered:
        claimed.add(s, e)
    return covered


def _header_columns(cells: list[str]) -> Columns | None:
    return head_columns([_head_words(c) for c in cells])


def _head_words(cell: str) -> str:
    """A header cell's words, without emphasis, a colon or a plural's "(s)"."""
    return " ".join(cell.strip("*_': ").replace("(s)", "s").split())


def _row_action(
    ctx: Context, cols: Columns, row: Row, actions: list[Action], covered: list[tuple[int, int]]
) -> None:
    """The action of an action log's row, unless its task is empty; a row whose status says
    done is claimed, no action."""
    cells = row.cells
    if len(cells) <= max(cols.act, cols.own) or not cells[cols.act]:
        return
    s, e = strip_span(ctx.text, row.start, row.end)
    covered.append((s, e))
    status = cells[cols.status] if cols.status is not None and cols.status < len(cells) else ""
    if _DONE_STATUS_RE.match(status):
        return  # progress on an earlier action, not an open one
    owner = cells[cols.own] or None
    due_text: str | None = None
    due: date | None = None
    for col in (cols.revised, cols.due):
        if col is not None and col < len(cells) and cells[col].strip():
            due_text = cells[col].strip()
            due = resolved_due(ctx, due_text)
            if due is None and col == cols.revised:
                continue
            break
    owners = split_owners(owner) if owner else []
    task = _cell_task(cells[cols.act])
    actions.append(Action(task, owner, due, due_text, item_at(ctx, s), s, e, owners))


def _line_tables(ctx: Context) -> Iterator[list[Row]]:
    """Tables written a row to a line, each from its header: the rows that follow, in the
    header's syntax, over rules and the blank lines a Word paste leaves between rows, up to
    a line that is no row. A grid table's row over several lines is one row."""
    text = ctx.text
    lines = ctx.lines
    i = 0
    n = len(lines)
    while i < n:
        ln = lines[i]
        if ln.blank or ln.end - ln.start > 2000:
            i += 1
            continue
        head_line = text[ln.start : ln.end]
        sp = split_cells(head_line, pipes=1 if _over_rule(ctx, i) else 2)  # "Action | Owner"
        cols = None if sp is None else _header_columns(sp[0])
        if sp is None or cols is None:
            i += 1
            continue
        sep = sp[1]
        act = cols.act
        rows = [Row(sp[0], ln.start, ln.end)]
        grid: list[Row] = []  # the lines of a grid table's row, until its rule
        j = i + 1
        while j < n:
            rl = lines[j]
            if rl.blank:
                if j + 1 < n and not lines[j + 1].blank:
                    nxt = lines[j + 1]
                    if split_cells(text[nxt.start : nxt.end]):
                        j += 1
                        continue
                break
            rraw = text[rl.start : rl.end]
            if RULE_ROW_RE.fullmatch(rraw):
                if GRID_RULE_RE.fullmatch(rraw) and grid:
                    rows.append(_grid_row(grid))
                    grid = []
                j += 1
                continue
            rcells = row_cells(rraw, sep, head_line)
            if rcells is None or sep == "  " and not any(rcells[act + 1 :]):
                break  # aligned, a row has a cell right of its task ("25/041  Apologies")
            if _header_columns(rcells) is not None or _over_rule(ctx, j):
                break  # the next table's header: its own columns
            if _grid_rules(ctx, i):
                grid.append(Row(rcells, rl.start, rl.end))
            else:
                rows.append(Row(rcells, rl.start, rl.end))
            j += 1
        if grid:
            rows.append(_grid_row(grid))
        yield rows
        i = j


def _grid_row(lines: list[Row]) -> Row:
    return Row(merge_rows([r.cells for r in lines]), lines[0].start, lines[-1].end)


def _grid_rules(ctx: Context, head: int) -> bool:
    """The table headed at line ``head`` is a grid table: a "+----+----+" rule under it."""
    nxt = ctx.lines[head + 1] if head + 1 < len(ctx.lines) else None
    return nxt is not None and GRID_RULE_RE.fullmatch(ctx.text, nxt.start, nxt.end) is not None


def _cell_task(cell: str) -> str:
    """A task cell as a task reads: "please do end of year accounts" -> "Do end of year
    accounts", "to ask the caretaker" -> "Ask the caretaker"."""
    task = _CELL_LEAD_RE.sub("", " ".join(cell.split()), count=1)
    return task[:1].upper() + task[1:]


_CELL_LEAD_RE = re.compile(r"^(?:[Pp]lease\s+|[Tt]o\s+(?=[a-z]))")


def _over_rule(ctx: Context, j: int) -> bool:
    """Line ``j`` is a markdown table's header: the next line is its rule ("|---|---|")."""
    if j + 1 >= len(ctx.lines):
        return False
    nxt = ctx.lines[j + 1]
    return not nxt.blank and _HEAD_RULE_RE.fullmatch(ctx.text, nxt.cstart, nxt.cend) is not None


_HEAD_RULE_RE = re.compile(
    r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-{3,}:?\s*\|?\s*|\|(?:\s*:?-{3,}:?\s*\|)+"
)


def html_table_actions(
    ctx: Context, actions: list[Action], claimed: Spans
) -> list[tuple[int, int]]:
    """An action log pasted as HTML: "<tr><td>Lathe training process</td><td>Greg</td>
    <td>June</td></tr>" rows under a header row naming an Action (or Task) and an Owner (or
    Responsible) column, read as :func:`table_actions` reads a text table. Returns the
    rows' spans."""
    text = ctx.text
    if "</t" not in text and "</T" not in text:
        return []
    covered: list[tuple[int, int]] = []
    cols: Columns | None = None
    last_end = 0
    for row in _HTML_ROW_RE.finditer(text):
        if _HTML_TABLE_END_RE.search(text, last_end, row.start()):
            cols = None  # a new table
        last_end = row.end()
        cells = [HTML_TAG_RE.sub(" ", c) for c in _HTML_CELL_RE.findall(row.group("cells"))]
        cells = [clean_cell(" ".join(c.split())) for c in cells]
        head = _header_columns(cells)
        if head is not None:
            cols = head
        elif cols is not None:
            _row_action(ctx, cols, Row(cells, row.start(), row.end()), actions, covered)
    for s, e in covered:
        claimed.add(s, e)
    return covered


_HTML_ROW_RE = re.compile(r"(?is)<tr\b[^>]{0,200}>(?P<cells>.{0,4000}?)</tr\s*>")
_HTML_CELL_RE = re.compile(r"(?is)<t[dh]\b[^>]{0,200}>(.{0,2000}?)</t[dh]\s*>")
_HTML_TABLE_END_RE = re.compile(r"(?i)</table\s*>")


_COLUMN_HEAD_RE = re.compile(
    r"(?i)^(?:actions?|action\s+by|action\s+owner|lead|lead officer|owner|responsible|by whom|who)$"
)
# An agenda's or a forward plan's columns ("Min | Topic | Lead", "Meeting date | Item | Lead"):
# its "Lead" presents the item, owns no action.
_AGENDA_HEAD_RE = re.compile(
    r"(?i)^(?:min|mins|time|topic|agenda(?:\s+item)?|presenter|paper|meeting(?:\s+date)?"
    r"|date\s+of\s+meeting|committee\s+date)$"
)
_CELL_GAP_RE = re.compile(r"\t|[ \u00a0]{2,}")
_CELL_GAP = r"(?:\t|[ \u00a0]{2})[ \t\u00a0]*+"
# The last cells of a line: an owner after a tab or a run of spaces, and a due date after
# it in a cell of its own or none ("Write to the landowner<tab>Clerk<tab>March 2027").
_COLUMN_OWNER_RE = re.compile(
    rf"(?<![ \t\u00a0]){_CELL_GAP}(?P<o>[A-Z][\w’'.&/-]*(?: [\w’'.&/-]+){{0,4}}?)"
    rf"(?:{_CELL_GAP}(?P<due>{DATE_CELL}))?$"
)


def column_owners(ctx: Context) -> dict[int, tuple[str, str]]:
    """Owners in an "Action by" column: under a header whose last column is "Action by",
    "Action" or "Lead" (and that is not a full action table), a line ending in a short owner
    cell after a tab or a run of spaces, and a due date's cell after it or none. The cells
    are cut off the line's content; the line's index maps to (owner, due date or "")."""
    text = ctx.text
    if "\t" not in text and "   " not in text:
        return {}
    out: dict[int, tuple[str, str]] = {}
    under_header = False
    gaps = _column_gaps(text)
    for k, ln in enumerate(ctx.lines):
        if ln.blank or ln.cend - ln.cstart > 2000:
            continue
        c = text[ln.cstart : ln.cend]
        if "\t" not in c and "  " not in c and "\u00a0\u00a0" not in c:
            continue
        if not under_header:
            cells = [x.strip("*_ ") for x in _CELL_GAP_RE.split(c) if x.strip()]
            under_header = (
                2 <= len(cells) <= 6
                and bool(_COLUMN_HEAD_RE.match(cells[-1]))
                and all(len(x.split()) <= 4 for x in cells)
                and not any(_TABLE_HEAD_ACTION.match(x) for x in cells[:-1])
                and not any(_AGENDA_HEAD_RE.match(x) for x in cells)
            )
            if under_header or not _WIDE_GAP_RE.search(c, max(0, len(c) - 100)):
                continue
        m = _COLUMN_OWNER_RE.search(c, max(0, len(c) - 100))  # an owner cell ends the line
        if m is None:
            continue
        if not under_header and not (
            _tab_column_line(ctx, c, m, gaps) or _headerless_owner_line(ctx, c, m)
        ):
            continue
        owner = m.group("o").strip(" .")
        before = c[: m.start()].rstrip()
        if not (
            before.endswith((".", ";", ")"))
            or len(before.split()) >= 4
            and before[-1:].isalnum()
            or _short_task(before)
        ):
            continue  # "25/041    Apologies for absence": a heading, not an owner
        if not (
            all(o in ctx.initials for o in split_owners(owner))
            or person_like(ctx, owner)
            or role_like(owner)
            or gaps is not None
            and _column_owner(ctx, owner)
        ):
            continue
        cend = ln.cstart + len(before)
        ctx.lines[k] = Line(ln.index, ln.start, ln.end, ln.cstart, cend, False)
        out[k] = (owner, m.group("due") or "")
    return out


_WIDE_GAP_RE = re.compile(r"\S(?:\t[\t ]*|[ \u00a0]{3,})\S")


def _short_task(cell: str) -> bool:
    """Three words opening with a verb of a task, before an owner's cell ("Book the hall<tab>
    <tab>RB"): a task, not a heading ("Apologies for absence")."""
    words = cell.split()
    return len(words) == 3 and words[0][:1].isupper() and is_base_verb(words[0].lower())


# A run of tabs between a line's text and its last cell.
# A run of tabs, or of four spaces or more, before a line's last cell.
_TAB_GAP_RE = re.compile(r" *+\t(?=[\t ]*\t)[\t ]*+| *+\t[ \u00a0]{2,}+")
_SPACE_GAP_RE = re.compile(r"[ \u00a0]{4,}+")
_LAST_CELL = r"[A-Z][^\t\n]{0,40}$"
_TAB_RUN_RE = re.compile(rf"\S{_TAB_GAP_RE.pattern}{_LAST_CELL}", re.M)
_SPACE_RUN_RE = re.compile(rf"\S{_SPACE_GAP_RE.pattern}{_LAST_CELL}", re.M)


def _column_gaps(text: str) -> re.Pattern[str] | None:
    """The gap that sets off a column of last cells: runs of tabs, or of spaces, before a
    capitalised cell ending three lines or more (a column, not a line)."""
    for run, gap, needles in (
        (_TAB_RUN_RE, _TAB_GAP_RE, ("\t",)),
        (_SPACE_RUN_RE, _SPACE_GAP_RE, ("  ", "\u00a0")),
    ):
        if _lines_matching(text, run, needles, 3) >= 3:
            return gap
    return None


def _lines_matching(text: str, rx: re.Pattern[str], needles: tuple[str, ...], most: int) -> int:
    """How many lines of the text's first 2,000,000 characters ``rx`` matches (up to
    ``most``), trying only the lines that hold one of ``needles``: one scan for the
    needles, not the pattern tried at every character."""
    limit = min(len(text), 2_000_000)
    count = pos = 0
    while pos < limit and count < most:
        at = [i for i in (text.find(n, pos, limit) for n in needles) if i >= 0]
        if not at:
            break
        hit = min(at)
        end = text.find("\n", hit, limit)
        end = limit if end < 0 else end
        count += rx.search(text, text.rfind("\n", 0, hit) + 1, end) is not None
        pos = end + 1
    return count


def _tab_column_line(ctx: Context, c: str, m: re.Match[str], gaps: re.Pattern[str] | None) -> bool:
    """Minutes written beside a column of who acts, after a run of tabs or spaces (community
    council style): "...agreed that a donation of £50 be made to the poppy appeal.<tabs>Clerk", "The
    survey of common land was still ongoing.<tabs>Cllr. A. Jones/Clerk". Whatever the
    minute's wording, the column names who acts: a person, initials or a role (not "Noted"
    or an amount), each of "A/B"; the minute a sentence (three words in lower case or more)."""
    if gaps is None or gaps.search(c, m.start(), m.start("o")) is None:
        return False
    return (
        _column_owner(ctx, m.group("o").strip(" ."))
        and len(_LOWER_WORD_RE.findall(c, 0, m.start())) >= 3  # a sentence, not names
    )


def _column_owner(ctx: Context, owner: str) -> bool:
    """Who acts, in an owner column: each of "Clerk/Chair", "Cllr. Evans & Clerk" a person,
    initials or a role, or the whole council ("All", "All Cllrs")."""
    if _ALL_OWNER_RE.fullmatch(owner):
        return True
    parts = split_owners(owner)
    return bool(parts) and all(
        o in ctx.initials or person_like(ctx, o) or role_like(o) for o in parts
    )


_ALL_OWNER_RE = re.compile(r"All(?:\s+(?:[Mm]embers|Cllrs\.?|[Cc]ouncillors|present))?")


_LOWER_WORD_RE = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]*")


def _headerless_owner_line(ctx: Context, c: str, m: re.Match[str]) -> bool:
    """With no column header, a line ending in an owner after a tab or a wide gap: the owner
    one the minutes know (initials they define, a person they name, a role) and the text a
    task ("Book the hall for the fete", "The Clerk would write to the school")."""
    if "\t" not in c[m.start() : m.start("o")] and "   " not in c[m.start() : m.start("o")]:
        return False
    owner = m.group("o").strip(" .")
    known = all(o in ctx.initials for o in split_owners(owner)) or (
        person_like(ctx, owner) and (not owner.isupper() or "." in owner)  # "RAG": a column
    )
    if not (known or role_like(owner) and len(owner.split()) <= 3):
        return False
    before = c[: m.start()].strip()
    first = before.split(None, 1)[0] if before else ""
    return committed_task(before, len(before)) is not None or (
        first[:1].isupper() and is_base_verb(first.lower()) and len(before.split()) >= 3
    )


def column_actions(ctx: Context, actions: list[Action], claimed: Spans) -> None:
    """An action for each line with an "Action by" owner: its sentence committing to a task,
    from the promised verb ("The Clerk would report ...", "Agreed: to obtain ..."), else the
    sentence that best fits the owner."""
    text = ctx.text
    for k, (owner, due) in ctx.column_owners.items():
        ln = ctx.lines[k]
        found: tuple[int, int, str] | None = None
        for s, e, st, _low in reversed(sentences_of_line(ctx, ln)):
            task = committed_task(st, len(st))
            if task is not None:
                # "C.C.C. to repair the sign<tabs>Clerk": a body asked, not the owner's initials
                found = (s, e, st if _DOTTED_BODY_RE.match(st) else task)
                break
        if found is None:
            sp = best_sentence(ctx, ln, owner)
            found = (sp.start, sp.end, text[sp.start : sp.end])
        s, e, task = found
        action = make_action(ctx, task, owner, s, e)
        if due:  # a cell of its own, as in a table
            action.due_text, action.due = due, resolved_due(ctx, due)
        actions.append(action)
        claimed.add(ln.cstart, ln.cend)


# A body by its dotted initials opening a minute: "C.C.C.", "W.G.", "N.R.W.".
_DOTTED_BODY_RE = re.compile(r"(?:[A-Z]\.){2,}\s")


def stacked_table_actions(
    ctx: Context, actions: list[Action], claimed: Spans
) -> list[tuple[int, int]]:
    """An action log pasted with each cell on a line of its own: a run of two to six short
    column heads, one a task ("Action") and one an owner ("Owner"), then the rows, as many
    lines each ("R1" / "Circulate the rules to plot holders" / "Secretary" / "31 May").
    Returns the rows' spans."""
    text = ctx.text
    nonblank = [ln for ln in ctx.lines if not ln.blank]
    position = {ln.index: k for k, ln in enumerate(nonblank)}
    covered: list[tuple[int, int]] = []
    for first, heads in [*stacked_table_heads(text, ctx.lines), *_one_line_heads(ctx)]:
        cols = head_columns(heads)
        if cols is None:
            continue
        act, own, due = cols.act, cols.own, cols.due
        ref_col = next((k for k, h in enumerate(heads) if _STACKED_REF_HEAD_RE.match(h)), None)
        width = len(heads)
        i = position[first]
        while i + width <= len(nonblank):
            row = nonblank[i : i + width]
            cells = [text[ln.cstart : ln.cend].strip() for ln in row]
            task, owner = cells[act], cells[own]
            if (
                len(task.split()) < 2
                or not _stacked_owner(ctx, owner)
                or ref_col is not None
                and not _STACKED_REF_RE.fullmatch(cells[ref_col])
            ):
                break
            s, e = row[0].cstart, row[-1].cend
            due_text = cells[due] if due is not None and cells[due] not in "-–—" else None
            when = resolved_due(ctx, due_text) if due_text else None
            owners = split_owners(owner)
            actions.append(Action(task, owner, when, due_text, item_at(ctx, s), s, e, owners))
            claimed.add(s, e)
            covered.append((s, e))
            i += width
    return covered


def _one_line_heads(ctx: Context) -> list[tuple[int, list[str]]]:
    """The column heads of a table pasted one cell a line, themselves run together on one
    line with single spaces: "Ref No: Action/Decision Owner Deadline" over "1.1" / "Send
    the letter" / "RB" / "May 2026": (index of the first row's line, the heads), where the
    line is three to six heads and nothing else."""
    text = ctx.text
    out: list[tuple[int, list[str]]] = []
    for k, ln in enumerate(ctx.lines):
        if ln.blank or ln.cend - ln.cstart > 60 or text.count(" ", ln.cstart, ln.cend) < 2:
            continue
        heads = _split_heads(text[ln.cstart : ln.cend].replace(":", " ").split())
        if heads is None or len(heads) < 3:
            continue
        nxt = next((x for x in lines_after(ctx.lines, k) if not x.blank), None)
        if nxt is not None:
            out.append((nxt.index, heads))
    return out


def _split_heads(words: list[str]) -> list[str] | None:
    """The words cut into column heads of one to three words each ("Ref No", "Action/Decision",
    "Owner", "Deadline"), the longest head first; None if some words are no head."""
    heads: list[str] = []
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            cell = " ".join(words[i : i + n]).strip("*_ ")
            if i + n <= len(words) and COLUMN_HEAD_CELL_RE.fullmatch(cell):
                heads.append(cell)
                i += n
                break
        else:
            return None
    return heads if len(heads) <= 6 else None


_STACKED_REF_HEAD_RE = re.compile(r"(?i)ref|no\b|item|minute")
_STACKED_REF_RE = re.compile(r"[\w./-]{0,12}\d[\w./-]{0,12}")


def _stacked_owner(ctx: Context, owner: str) -> bool:
    """An owner cell: initials, a person, a role, a body, or a name (not a sentence)."""
    return (
        0 < len(owner) <= 60
        and len(owner.split()) <= 6
        and (
            all(o in ctx.initials for o in split_owners(owner))
            or person_like(ctx, owner)
            or role_like(owner)
            or _NAME_CELL_RE.fullmatch(owner) is not None
        )
    )


_NAME_CELL_RE = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:and|&|/)?\s*[A-Z][\w’'.-]*){0,3}")


def drop_restated_labels(
    ctx: Context, actions: list[Action], rows: set[tuple[int, int]]
) -> list[Action]:
    """An actions table at the foot whose rows name topics, not jobs ("Accountant | Board",
    "Bank Mandate | Greg", "Newsletter - Mailchimp Setup | Ross"), restating actions minuted
    above with their verbs ("Action Board to find an accountant ..."): one action, the
    minute's (a row with a due date is the log's record: :func:`_dedupe_against_table` in
    the package keeps that one). A row is the minute's when the owner is the
    same (see :func:`_same_label_owner`) and the row's words are all on the minute's line
    (its topic, "Bank Mandate Changes: ...", included), or all but one of three or more."""
    minuted = [a for a in actions if (a.start, a.end) not in rows and a.owner]
    drop: set[int] = set()
    for r in actions:
        if (r.start, r.end) not in rows or not r.owner or r.due_text or not label_task(r.text):
            continue  # a row with a due date is the log's record: the rule below keeps it
        words = _label_words(r.text)
        for a in minuted:
            if not words or not _same_label_owner(a.owner or "", r.owner):
                continue
            on_line = _label_words(_line_text(ctx.text, a.start))
            if len(words - on_line) > (1 if len(words) >= 3 else 0):
                continue
            drop.add(id(r))
            break
    return [a for a in actions if id(a) not in drop]


def label_task(task: str) -> bool:
    """A row's task that names a topic, not a job: no verb first ("Accountant", "Snackspace
    stock spreadsheet"), a noun use ("Update of procurement list") or words in title case
    ("Electrical Checks - Contact Electrician")."""
    words = task.split()
    if not words:
        return False
    long = [w for w in words if len(w) > 3 and w[:1].isalpha()]
    return (
        not is_base_verb(words[0].lower())
        or len(words) > 1
        and words[1].lower() == "of"
        or len(long) >= 2
        and all(w[:1].isupper() for w in long)
    )


def _same_label_owner(minuted: str, cell: str) -> bool:
    """The minute's owner is the row's: the same, or named in a sentence written in the
    owner's cell ("Laser team" in "Delegate to Laser Team for implementation")."""
    if _bare_owner(minuted) == _bare_owner(cell):
        return True
    return len(cell.split()) >= 4 and bool(_label_words(minuted) & _label_words(cell))


def _bare_owner(owner: str | None) -> str:
    """An owner without a mark of doubt: "Greg?", "Greg (possibly)" -> "greg"."""
    return _DOUBT_RE.sub("", (owner or "").lower()).strip(" ?.")


_DOUBT_RE = re.compile(r"\(\s*(?:possibly|probably|perhaps|maybe|tbc)\s*\)|\?")
_LABEL_WORD_RE = re.compile(r"[a-z][a-z'-]{2,}")
_LABEL_STOP = frozenset("the and for with from of".split())  # noqa: SIM905


def _label_words(s: str) -> set[str]:
    return {w.rstrip("s") for w in _LABEL_WORD_RE.findall(s.lower()) if w not in _LABEL_STOP}


def _line_text(text: str, pos: int) -> str:
    """The whole line ``pos`` is on."""
    end = text.find("\n", pos)
    return text[text.rfind("\n", 0, pos) + 1 : end if end >= 0 else len(text)]


def owner_column_actions(ctx: Context, actions: list[Action], claimed: Spans) -> None:
    """Minutes written as a table whose last column names who acts ("| Ref | Minute | Action
    |" with "Clerk", "PM" in the last cell): a row with an owner there is an action, its
    task the sentence of the minute that commits to one ("The Clerk would obtain a price"),
    else its last sentence. A row with an empty last cell is a minute only."""
    text = ctx.text
    if "|" not in text:
        return
    minute_col: int | None = None
    width = 0
    for ln in ctx.lines:
        if ln.blank or text.count("|", ln.cstart, ln.cend) < 2:
            minute_col = None
            continue
        cells = [c.strip() for c in text[ln.cstart : ln.cend].strip().strip("|").split("|")]
        heads = [c.strip("*_ ") for c in cells]
        if _LAST_OWNER_HEAD_RE.fullmatch(heads[-1]) and not any(
            _TABLE_HEAD_ACTION.match(h) or _TABLE_HEAD_OWNER.match(h) or _AGENDA_HEAD_RE.match(h)
            for h in heads[:-1]
        ):
            minute_col, width = _minute_column(heads), len(cells)
            continue
        if (
            minute_col is None
            or len(cells) != width
            or RULE_ROW_RE.fullmatch(text, ln.cstart, ln.cend)
        ):
            continue
        owner = cells[-1].strip(" .")
        if not owner or not _column_owner(ctx, owner):
            continue
        minute = cells[minute_col]
        at = text.find(minute, ln.cstart, ln.cend)
        if not minute or at < 0:
            continue
        task = None
        for sp in reversed(split_sentences(text, at, at + len(minute))):
            sentence = text[sp.start : sp.end]
            task = committed_task(sentence, len(sentence))
            if task is not None:
                break
        if task is None:
            sents = split_sentences(text, at, at + len(minute))
            task = text[sents[-1].start : sents[-1].end] if sents else minute
        s, e = strip_span(text, ln.cstart, ln.cend)
        actions.append(make_action(ctx, task, owner, s, e, due_src=minute))
        claimed.add(s, e)


def _minute_column(heads: list[str]) -> int:
    """The column holding the minute's words: one headed so ("Minute", "Discussion",
    "Notes"), else the one before the owner's."""
    for k, h in enumerate(heads[:-1]):
        if _MINUTE_HEAD_RE.match(h):
            return k
    return max(0, len(heads) - 2)


# The last column of minutes set in a table, naming who acts (not an agenda's "Lead").
_LAST_OWNER_HEAD_RE = re.compile(
    r"(?i)actions?|action\s+by|action\s+owner|owner|responsible|by\s+whom|who"
)
_MINUTE_HEAD_RE = re.compile(r"(?i)(?:minutes?|discussion|notes?|summary|details?|item|subject)$")
