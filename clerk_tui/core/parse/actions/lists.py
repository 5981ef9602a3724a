"""Action lists: entries under an "Actions" or "Summary of actions" heading ("task (OWNER) -
due", "Owner: task", "- [ ] task @handle"), and a bullet giving someone a job under a heading of
decisions ("**Resolved**" over "- Tom: ring the garage")."""

from __future__ import annotations

import re
from datetime import date

from ...model import Action
from ..context import (
    Context,
    Spans,
    due_for,
    item_at,
    line_end,
    lines_holding,
    per_context,
    per_parse,
    resolved_due,
)
from ..items import LIST_ACTION_RE, action_list_head, entry_like
from ..keywords import holds_any
from ..layout import (
    BOX_TICKS,
    MD_LINK_RE,
    TICKS,
    Line,
    hanging_from,
    html_heading,
    indent,
    marker,
    markup_only,
    split_sentences,
)
from ..people.words import is_name_word
from .agents import present_task_verb
from .bullet_jobs import bracketed_job, names_its_owner, reported, terse_name_task
from .common import make_action
from .entry_lines import (
    CAPITAL,
    DASH_GAP_RE,
    DATE_CELL,
    DONE_RE,
    ENUMERATOR_RE,
    HANDLES_RE,
    NOT_NAMES,
    NOT_OWNERS,
    PLEASE_RE,
    STATEMENT_RE,
    entry_owner,
    heading_above,
    is_entry_line,
    is_imperative,
    known_owner,
    named_first,
    named_people,
    person_owner,
    task_for_someone,
    topic_bullet,
    topic_label,
    under_agenda,
    verb_phrase_head,
)
from .lexicon import (
    COMMITTING_MODAL,
    is_adjective,
    is_base_verb,
    is_noun,
    is_task_verb,
    is_word,
)
from .named_notes import (
    DASH_LAST_RE,
    EVERYONE_VERB_RE,
    HABIT_OR_PAST_RE,
    name_then_verb,
    note_line_task,
    note_task,
    task_then_owner,
    topic_line,
    verb_in_owner,
)
from .owner_heads import (
    ROLL_HEAD_RE,
    heading_owner,
    owner_heading,
    owners_heading,
    person_head,
)
from .owners import body_like, owner_like, person_like, role_like, split_owners
from .prose import owned_parts
from .referents import handle_word
from .tables import column_head
from .task_runs import task_run


def list_actions(ctx: Context, actions: list[Action], claimed: Spans) -> list[tuple[int, int]]:
    """Entries under an "Actions", "Action items" or "Summary of actions" heading, each "task
    (OWNER) - due", "Owner: task", "(Owner) Task", "Task - Owner", "Owner - Task", a bare
    "Task" opening with a verb ("Confirm the room booking") or, on a bullet, any wording;
    returns their spans (like a table's rows, they stand for the same actions minuted
    above). Elsewhere these shapes are too often something else ("(NHS England) Update on
    ...", "Budget - Review of fees"). The list ends at a line with no bullet after its
    bullets, or at the next item. Under a heading of decisions ("**Resolved**"), a bullet
    "Name: task" is an action (:func:`resolved_bullet`)."""
    text = ctx.text
    spans: list[tuple[int, int]] = []
    in_list = False
    in_decisions = False  # under a "**Resolved**" / "Agreed:" / "Decisions" heading
    decisions_indent = -1  # the indent of a bulleted "- Decisions:" heading (-1: none)
    seen_bullet = False  # the action list has had a bulleted entry
    head_indent = -1  # the indent of a bulleted "- Action items:" heading (-1: none)
    head_level = 0  # the level of a markdown heading "## Actions" (a deeper one heads a part)
    list_item: int | None = None
    any_wording = True  # any bullet of the list is a task, whatever its wording
    parent: Action | None = None  # the last entry read, whose fields may follow it
    parent_ln = ctx.lines[0]  # the line it was read from
    head_at = -1  # the line of the list's heading
    next_number = 0  # the number the list's next numbered entry has (0: none)
    resolved = set(lines_holding(ctx, _RESOLVED_WORDS))  # (lines _RESOLVED_LINE_RE may read)
    for ln in ctx.lines:
        if ln.blank or ln.index in ctx.absorbed:
            continue
        if ln.index == head_at + 1 and _UNDERLINE_RE.fullmatch(text, ln.cstart, ln.cend):
            continue  # "Actions" over "=======": the heading's underline
        bullet = is_entry_line(ctx, ln)
        if in_decisions and bullet and indent(ctx.text, ln) > decisions_indent:
            _add_job(ctx, ln, resolved_bullet(ctx, ln), actions, claimed)
            continue  # the other bullets are decisions: the decisions' rules read them
        in_decisions = False  # (a bullet back at a bulleted heading's depth heads another list)
        label = (
            _RESOLVED_LINE_RE.fullmatch(text, ln.cstart, ln.cend) if ln.index in resolved else None
        )
        if label is not None and _add_job(
            ctx, ln, owner_job(ctx, label.group("rest")), actions, claimed
        ):
            continue  # "**Resolved:** Rosa: Email the council about the rent review"
        if markup_only(text, ln):
            continue  # "<ol>" opening an action list pasted as HTML
        words = html_heading(text, ln) or (ln.cstart, ln.cend)  # "<h2>Actions</h2>"
        if words[1] - words[0] <= 40:
            if DECISION_LIST_HEAD_RE.fullmatch(text, *words):
                in_decisions, in_list = True, False
                decisions_indent = indent(ctx.text, ln) if bullet else -1
                continue
            head = action_list_head(text, *words)
            if head is not None:
                # A "Summary of actions" gathers the whole meeting's actions: no item of its
                # own unless it is one (an entry minuted above takes that item when deduped).
                whole = bool(head.group("whole") or head.group("whole2"))
                in_list, seen_bullet, head_at, next_number = True, False, ln.index, 0
                # "Follow up" heads topics to come back to as often as tasks, "Decisions
                # and actions" decisions: a bullet with no owner is one only when worded
                # as a task ("Check the lease").
                any_wording = not (
                    head["follow"] or head["mixed"] or head["mixed2"] or head["recap"]
                )
                claimed.add(ln.cstart, ln.cend)  # "Actions to be taken": a heading, no task
                head_level = _heading_level(text, ln.cstart)
                bulleted = bool(marker(text, ln))
                head_indent = indent(ctx.text, ln) if bulleted else -1
                list_item = (
                    item_at(ctx, ln.cstart)
                    if not whole or ln.cstart in ctx.item_start_set
                    else None
                )
                continue
        if ln.cend - ln.cstart > 600:
            in_list = False
            continue
        if (bullet or in_list) and _field_of(ctx, ln, parent, parent_ln):
            claimed.add(ln.cstart, ln.cend)
            continue  # "  * Owner: Jane Cole", "   Lead: Sam" under its task's entry
        part_head = in_list and not bullet and _part_head(ctx, ln, head_level)
        if (
            in_list
            and (
                not bullet
                and (seen_bullet or ln.cstart in ctx.item_start_set)
                or _next_item(ctx, ln, bullet)
                and not _numbered(text, ln, next_number)  # "2." after the list's "1."
            )
            and not part_head
        ):
            in_list = False  # a line after the list's bullets, or the next item's heading
        seen_bullet = seen_bullet and in_list or in_list and bullet
        if in_list and head_indent >= 0 and indent(ctx.text, ln) <= head_indent:
            in_list = False  # a bullet back out at the heading's level or less
        if not in_list and _payment_line(ctx, ln):
            claimed.add(ln.cstart, ln.cend)
            continue  # "b) A. Green – grass cut £93.36" among the payments: no job
        if part_head and owners_heading(ctx, ln):
            continue  # "Tom's action points" over Tom's tasks: no task of its own
        found = _entry(ctx, ln, in_list, any_wording)
        if (
            in_list
            and found is not None
            and found[0] is None
            and _detail_of(ctx, ln, parent, parent_ln)
        ):
            claimed.add(ln.cstart, line_end(ctx, ln))
            continue  # "  - compare two suppliers" under "- Ana: order the new oars"
        if found is not None and not in_list and bullet and _under_away_head(ctx, ln):
            claimed.add(ln.cstart, ln.cend)  # "* Javier vacation Aug 13 till Aug 31": away
            continue
        if found is None:
            if bullet and topic_line(ctx, ln):
                claimed.add(ln.cstart, ln.cend)  # read: no job in it for prose to find
            if in_list and (bullet or part_head):
                continue  # "Carried forward from the last meeting:" heads part of the list
            in_list = False  # the list ends at the first line that is none of its entries
            continue
        owner, task, due_src = found
        s, e = ln.cstart, line_end(ctx, ln)
        if owner is None and bullet:
            headed = owner_heading(ctx, ln, roles=in_list)  # "Actions for the Clerk:"
            if headed is not None:
                owner, heading_ln = headed
                if heading_ln.index == ln.index - 1:
                    s = heading_ln.cstart  # the first task under "Steph to:": the heading with it
        if claimed.overlaps(s, e):
            continue
        field = _DUE_FIELD_RE.search(task)  # "Book the hall (due: 31 May)": a field of it
        if field is not None:
            task, due_src = task[: field.start()], field.group("due")
        due_text, due = _due_of(ctx, due_src)
        item = list_item if in_list else item_at(ctx, s)
        task = _INFINITIVE_TO_RE.sub("", task.strip(), count=1)  # "- Priya to book the hall"
        task = task[:1].upper() + task[1:]
        claimed.add(s, e)
        runs = task_run(task) if in_list and owner else [(0, len(task))]
        later = _owned_sentences(ctx, task) if in_list and len(runs) == 1 else []
        if later:  # "Clerk to write to the county. Mr Lee to get a quote.": Mr Lee's is his
            runs = [(0, later[0][0])]
        for k, (task_s, task_e) in enumerate(runs):
            part = task[task_s:task_e].rstrip(" ,;") if len(runs) > 1 or later else task
            at = text.find(part[1:], s, e) - 1  # each task of a run its own passage
            ps = s if k == 0 or at < s else at
            pe = e if k == len(runs) - 1 or at < s else at + len(part)
            part = part[:1].upper() + part[1:]
            parent = Action(part, owner, due, due_text, item, ps, pe, split_owners(owner or ""))
            actions.append(parent)
            parent_ln = ln
            if in_list:
                spans.append((ps, pe))
        for off, who, job in later:  # each its own sentence's span
            sentence = task[off:].split(". ", 1)[0]
            at = text.find(sentence, s, e)
            ps, pe = (at, at + len(sentence)) if at >= 0 else (s, e)
            actions.append(make_action(ctx, job, who, ps, pe))
            spans.append((ps, pe))
        number = _NUMBER_RE.match(text, ln.cstart, ln.cend)
        next_number = int(number[1]) + 1 if in_list and number is not None else 0
    return spans


def _owned_sentences(ctx: Context, task: str) -> list[tuple[int, str, str]]:
    """The sentences after the first of an entry in an action list when each gives its own
    owner a task ("Clerk to write to the county. Mr Lee to get a quote. Treasurer to pay
    the invoice."), as (offset in ``task``, owner, task); none when any does not ("... Done.",
    "... The hall is booked."), nor when the first is no task in the imperative."""
    if ". " not in task:
        return []  # (a cheap test first)
    sentences = split_sentences(task, 0, len(task))
    if not verb_phrase_head(task[: sentences[0].end]):
        return []  # "Rental of the sound gear. Bo will find out the fee": Bo's task, one
    return owned_parts(ctx, task, [(sp.start, sp.end) for sp in sentences[1:]])


# A slot of an agenda's time in the brackets naming who presents an entry: "(10m, Lee)",
# "[Petra, 15 min]", "(5 mins - Odile)".
_TIME_SLOT_RE = re.compile(r"(?<![\w.:/])\d{1,3}\s?(?:m|mins?|minutes|h|hrs?|hours)\b")


def _payment_line(ctx: Context, ln: Line) -> bool:
    """A line of a schedule of payments or accounts: it ends with a sum of money, and so does
    the line before or after it ("b) A. Green – grass cut £93.36" / "c) Hall hire £60.00"):
    who is paid and for what, not a job."""
    text = ctx.text
    if not _SUM_END_RE.search(text, ln.cstart, ln.cend):
        return False
    for k in (ln.index - 1, ln.index + 1):
        if 0 <= k < len(ctx.lines):
            other = ctx.lines[k]
            if not other.blank and _SUM_END_RE.search(text, other.cstart, other.cend):
                return True
    return False


# A sum of money ending a line: "£ 93.36", "£1,200", "$60.00 (incl. VAT)".
_SUM_END_RE = re.compile(
    r"[£$€]\s?\d[\d,]*(?:\.\d\d)?(?:\s*\([^()]{1,20}\)|\s+(?:plus|\+|inc\.?|incl\.?|ex\.?)"
    r"\s*VAT)?\s*[.;]?$"
)


# A heading's underline in plain text and reStructuredText ("=======", "-------", "~~~~").
_UNDERLINE_RE = re.compile(r"([=\-~^*#+_])\1{2,}")


# A due date given as a field closing an entry: "(due: 31 May)", "[deadline 4 April]",
# "(by: Friday)".
_DUE_FIELD_RE = re.compile(
    r"\s*[(\[]\s*(?i:due(?:\s+date)?|deadline|target\s+date|by)\s*:?\s*"
    r"(?P<due>[^()\[\]]{2,30}?)\s*[)\]]\.?\s*$"
)


def _due_of(ctx: Context, src: str) -> tuple[str | None, date | None]:
    """The due phrase in an entry's words, or the entry's date alone ("1 April" from "(Clerk,
    by 1 April)", as a table's cell is read)."""
    due_text, due = due_for(ctx, src)
    if due_text is None and _DATE_CELL_RE.fullmatch(src.strip(" .")):
        return src.strip(" ."), resolved_due(ctx, src.strip(" ."))
    return due_text, due


_DATE_CELL_RE = re.compile(DATE_CELL)


def _field_of(ctx: Context, ln: Line, parent: Action | None, above: Line) -> bool:
    """A bullet giving a field of the task on the bullet above it ("* Publish the notes" over
    "  * Owner: Jane Cole" and "  * Due: 4 May"), or a line indented under an action list's
    entry ("1. Renew the insurance" over "   Lead: Sam, by Friday"), or flush under it, with no
    mark of its own ("1. Renew the lease" over "Owner: JB", "By: March"): the field is the task's
    (its owner, its due date; any other field is a note on it), not a task. Whether the line
    is such a field."""
    m = _FIELD_RE.fullmatch(ctx.text, ln.cstart, ln.cend)
    if m is None or parent is None:
        return False
    depth = indent(ctx.text, above)
    between = ctx.lines[above.index + 1 : ln.index]
    # (flush with a numbered or bulleted task, a field has no mark of its own: "1. Renew the
    # lease" over "Owner: JB" and "By: March")
    flush = is_entry_line(ctx, above) and not any(is_entry_line(ctx, x) for x in [*between, ln])
    if not 0 < ln.index - above.index <= 6 or any(
        x.blank or indent(ctx.text, x) <= depth and not flush for x in [*between, ln]
    ):
        return False  # not nested straight under the task's bullet, nor flush under it
    value = m.group("value").strip(" *_.")
    if m.group("owner"):
        value, _, due = value.partition(", by ")  # "Lead: Priya, by Friday"
        parent.owner, parent.owners = value, split_owners(value)
        if due and parent.due is None:
            parent.due_text, parent.due = due_for(ctx, "by " + due)
    elif m.group("due") and parent.due is None:
        parent.due_text, parent.due = value, resolved_due(ctx, value)  # a cell, as in a table
    return True


def _detail_of(ctx: Context, ln: Line, parent: Action | None, parent_ln: Line) -> bool:
    """A bullet with no owner of its own nested under the bullet of a task that has an owner
    or is worded as one ("- Ana: order the new oars" over "  - compare two suppliers"): a
    step or detail of that task, not a task of its own (a heading's bullets, "- Ana:" over
    "  - order the oars", are tasks)."""
    if parent is None:
        return False
    above = hanging_from(ctx.lines, ln, lambda line: indent(ctx.text, line), 30)
    return (
        above is parent_ln
        and is_entry_line(ctx, above)
        and (parent.owner is not None or is_imperative(parent.text))
    )


# A field of a task on a bullet of its own: "Owner: Jane Cole", "**Due**: 4 May", "Status: open".
_FIELD_RE = re.compile(
    r"(?i)[*_]{0,2}(?:(?P<owner>owners?|assignees?|assigned\s+to|who|responsible|dri|lead)"
    r"|(?P<due>due(?:\s+date)?|deadline|by(?:\s+when)?|when|target\s+date)|status|priority|notes?)"
    r"[*_]{0,2}\s*:[*_]{0,2}\s*(?P<value>\S.{0,80})"
)


def _numbered(text: str, ln: Line, number: int) -> bool:
    """Whether the line opens with ``number`` ("2. ...", "2) ...")."""
    m = _NUMBER_RE.match(text, ln.cstart, ln.cend)
    return m is not None and int(m[1]) == number


_NUMBER_RE = re.compile(r"\(?(\d{1,3})[.)]\s")


def _next_item(ctx: Context, ln: Line, bullet: bool) -> bool:
    """A numbered line heading the next item ("5. Any other business"), not the list's own
    entry: no owner in it, and not worded as an entry ("3. Send the minutes to the editor")."""
    if not bullet or ln.cstart not in ctx.item_start_set:
        return False
    found = _entry(ctx, ln, True)
    return (found is None or found[0] is None) and not entry_like(ctx.text[ln.cstart : ln.cend])


def _part_head(ctx: Context, ln: Line, head_level: int) -> bool:
    """A line heading part of an action list: "Carried forward from the last meeting:", a
    person ("### Helen" over Helen's actions, "Tom's action points"), or a markdown heading
    deeper than the list's ("## Actions" over "#### Deliverables")."""
    text = ctx.text
    return (
        _SUB_HEAD_RE.fullmatch(text, ln.cstart, ln.cend) is not None
        or person_head(ctx, ln, roles=True) is not None
        or owners_heading(ctx, ln)
        or 0 < head_level < _heading_level(text, ln.cstart)
    )


def _heading_level(text: str, at: int) -> int:
    """How many "#" open a markdown heading at ``at`` (0: none)."""
    n = 0
    while n < 6 and text.startswith("#", at + n):
        n += 1
    return n


def _add_job(
    ctx: Context,
    ln: Line,
    job: tuple[str, str, str] | None,
    actions: list[Action],
    claimed: Spans,
) -> bool:
    """The action of a line under or after a label of decisions that gives someone a job
    (see :func:`owner_job`); whether there is one."""
    s, e = ln.cstart, line_end(ctx, ln)
    if job is None or claimed.overlaps(s, e):
        return False
    who, task, due_src = job
    due_text, due = due_for(ctx, due_src)
    actions.append(Action(task, who, due, due_text, item_at(ctx, s), s, e, split_owners(who)))
    claimed.add(s, e)
    return True


# "Resolved: Rosa: Email the council", "**Agreed** - Tom: ring the garage".
# One of which every line _RESOLVED_LINE_RE reads holds, lower-cased.
_RESOLVED_WORDS = ("resolved", "agreed", "decided")
_RESOLVED_LINE_RE = re.compile(
    r"[*_#\s]*(?:RESOLVED|Resolved|AGREED|Agreed|DECIDED|Decided)[*_]*\s*[:–—-][*_]*\s+"
    r"(?P<rest>\S.*)"
)


# A heading of decisions alone: "**Resolved**", "Agreed:", "## Decisions", "Decisions made".
DECISION_LIST_HEAD_RE = re.compile(
    r"(?i)(?:#{1,6}\s*)?[*_]{0,3}(?:resolved|agreed|decided|decisions?(?:\s+(?:made|taken))?)"
    r"[*_]{0,3}\s*[:.]?[*_]{0,3}\s*:?"
)


def resolved_bullet(ctx: Context, ln: Line) -> tuple[str, str, str] | None:
    """(owner, task, where its due date is) of a bullet under a heading of decisions in
    informal notes that gives someone a job: "- Tom: ring the garage", "- Jo/Sam: Draw up a
    rota, by 30 May", "- Sam: Plan for a campaign to be drawn up before next plenum", "-
    Priya – book the electrician", "- buy a new extractor fan (Sam)". The
    owner is a person (a name, initials or a role), not a label ("Ongoing:", "We:"), and the
    task no statement, question or standing reminder ("Councillors: always be aware ...")."""
    raw = ctx.text[ln.cstart : line_end(ctx, ln)]
    return owner_job(ctx, " ".join(ENUMERATOR_RE.sub("", raw, count=1).split()))


def owner_job(ctx: Context, body: str) -> tuple[str, str, str] | None:
    """(owner, task, where its due date is) of "Tom: ring the garage" or "buy a fan (Sam)"
    that :func:`resolved_bullet` reads, in any text (after a label: "Resolved: Rosa: Email
    the council")."""
    m = _OWNER_FIRST_RE.fullmatch(body) or _OWNER_LAST_RE.fullmatch(body)
    if m is None:
        return None
    owner, task = m.group("owner"), m.group("task").rstrip(" .")
    if not person_owner(ctx, owner) or not task_for_someone(task):
        return None
    if m.re is _OWNER_LAST_RE and not is_imperative(task[:1].upper() + task[1:]):
        return None  # "The hall (Main Room)": no job
    return owner, task[:1].upper() + task[1:], task


# "Tom:", "Jo/Sam:", "Ana Mendes -", "Cllr. A. Jones:", "AB & CD:" heading a bullet.
_OWNER_FIRST_RE = re.compile(
    r"(?P<owner>[A-Z][\w’'.-]*(?:(?:\s*(?:/|&|,)\s*|\s+and\s+|\s+)[A-Z][\w’'.-]*){0,3})"
    r"(?:\s*:|\s+[-–—])\s+(?P<task>\S.{3,})"
)
# "buy a new extractor fan (Sam)".
_OWNER_LAST_RE = re.compile(r"(?P<task>[A-Za-z].{3,}?)\s*\((?P<owner>[A-Z][^()]{0,40})\)\.?")


def _entry(
    ctx: Context, ln: Line, in_list: bool, any_wording: bool = True
) -> tuple[str | None, str, str] | None:
    """(owner, task, where its due date is) of an entry, in one of the list shapes; under an
    action list's heading, a bullet with no owner in any wording unless not ``any_wording``."""
    text = ctx.text
    end = line_end(ctx, ln)
    if "ssigned" in text[ln.cstart : ln.cstart + 16]:  # (a cheap test first)
        assigned = _assigned_task(ctx, " ".join(text[ln.cstart : end].split()))
        if assigned is not None:
            return assigned
    box = _CHECKBOX_RE.match(text, ln.cstart, end)
    if box is not None:
        ticked = box.group(1) or box.group(2)
        if ticked and not in_list or _roll_call(ctx, ln, text[box.end() : end]):
            return None  # ticked: done, unless in this meeting's list of actions (ticked since)
        if not in_list and (under_agenda(ctx, ln) or _QUESTION_END_RE.match(text, box.end(), end)):
            return None  # "- [ ] Hackathon report" on an agenda, "- [ ] What shape ...?": topics
        return _checkbox_task(ctx, ln, text[box.end() : end])
    if in_list:
        m = LIST_ACTION_RE.fullmatch(text, ln.cstart, ln.cend)
        if m is not None:
            owner = m.group("owner")
            if not any_wording and not _worded_as_task(m.group("task")):
                return None  # "Member survey to guide our efforts (Gordon)": a topic
            if entry_owner(ctx, owner):
                return owner, m.group("task"), m.group("due") or ""
            return None
        # (after its number: "3.2 Jeff: Run the survey", "1. **Marcel**: Share ...")
        line = _unemphasised(ENUMERATOR_RE.sub("", text[ln.cstart : ln.cend], count=1))
        last = _owner_after_colon(ctx, line)
        if last is not None:
            return last
        m = _OWNER_COLON_RE.fullmatch(line)  # "Marcel: Share ...", "**Marcel**: Share ..."
        if m is not None and _list_owner(ctx, m.group("owner")):
            if not task_for_someone(m.group("task")):
                return None  # "Councillors: always be aware of ...": a standing reminder
            if not any_wording and not _worded_as_task(m.group("task")):
                return None  # "Cary: had feedback about ...": a remark on a topic
            return m.group("owner"), m.group("task"), m.group("task")
        if _MARK_AKA_RE.match(text, ln.cstart, ln.cend):  # "AI(Tim): update the docs"
            noted = note_task(ctx, text[ln.cstart : line_end(ctx, ln)])
            if noted is not None:
                return noted[0], noted[1], noted[1]
    elif not is_entry_line(ctx, ln):
        body = text[ln.cstart : end]
        if not any(mark in body for mark in (":", "- ", "– ", "— ", " / ", ")", "]")):
            return None  # no note shape can match (a cheap test first)
        return (
            note_line_task(ctx, ln, body)
            or task_then_owner(ctx, ln, body)
            or _bracketed_owner_line(ctx, ln, body)
            or _conventional_job(ctx, ln, " ".join(body.split()))
        )
    body = ENUMERATOR_RE.sub("", text[ln.cstart : end], count=1)
    if in_list and "\t" in body and "|" not in body:
        row = _owner_first_row(ctx, body)
        if row is not None:
            return row
    if "|" in body or body.count("\t") >= 2:
        return None  # a table's row: the table rules read it ("[HP]<tab>Contact ...": a list)
    body = " ".join(body.split())
    if in_list:
        body = _unemphasised(body)
    # Outside an action list: "Name: task" or "Task (AM)" for an owner the minutes name
    # elsewhere ("Ana Mendes (AM)"); the other shapes are too often something else there.
    bracketed = None if in_list else _fullmatch(_BRACKET_LAST_RE, body)
    if bracketed is not None and (
        under_agenda(ctx, ln) or _TIME_SLOT_RE.search(_shape_owner(bracketed))
    ):
        return None  # "* Survey processes (Gordon)" on an agenda, "Review the roadmap (10m,
        # Lee)": who presents it, and for how long
    # (outside a list, the one shape read above)
    # (a task heading its owner may open in small letters: "- circulate the draft (Priya)")
    capital = body[:1].upper() + body[1:]
    shaped = (
        (_fullmatch(shape, capital if shape in _TASK_FIRST else body) for shape in _LIST_SHAPES)
        if in_list
        else (bracketed,)
    )
    for m in shaped:
        if m is None:
            continue
        owner, task = _shape_owner(m), m.group("task").strip()
        if DONE_RE.search(task):
            return None  # "Arushi - Create the files - done": reported, not to do
        if not (entry_owner(ctx, owner) if in_list else known_owner(ctx, owner)):
            continue
        if not is_imperative(task[:1].upper() + task[1:]) and not (
            in_list
            and (m.re is not _BRACKET_FIRST_RE or m.group("owner2"))
            and named_people(ctx, owner)
        ):  # "Daniel/Peter - membership report at the end of the month", "[DC] D1: re-draft"
            continue
        # Outside a list, a verb phrase: a topic and its presenter open with nouns that are
        # verbs too ("Project success metrics (Bryn)", "Bob Tate - ... (BTT)").
        if in_list or verb_phrase_head(task[:1].upper() + task[1:]):
            return owner, PLEASE_RE.sub("", task), _shape_due(m) or task
    if in_list:
        m = _NAME_VERB_RE.fullmatch(body)
        if m is not None and named_first(ctx, m.group("owner")) and _cued_task(m, ctx):
            return m.group("owner"), m.group("task"), m.group("task")  # "Bob talk to Luther"
        m = _NAME_PRESENT_RE.fullmatch(body)
        verb = present_task_verb(m["verb"]) if m is not None and named_first(ctx, m[1]) else None
        if m is not None and verb is not None and is_task_verb(verb):
            task = f"{verb.capitalize()} {m['task']}"
            return m.group("owner"), task, task  # "Kasim follows up with the vendor"
        m = EVERYONE_VERB_RE.fullmatch(body)
        if m is not None and is_base_verb(m.group("verb")):
            return m.group("owner"), m.group("task"), m.group("task")  # "everyone sign up ..."
        subject = _subject_task(ctx, body)
        if subject is not None:
            return subject
        if _column_heads(body):
            return None  # "Ref No: Action/Decision Owner Deadline": a table's header
        if not any_wording and _CARRY_ON_RE.match(body):
            return None  # "Continue the monthly calls" under "Summary and next steps": as before
        if is_imperative(body) and not PLEASE_RE.match(body):
            return None, body, body  # "Confirm the room booking": the meeting's own to do
        return _listed_task(ctx, ln, body) if any_wording else None
    if _LINK_LINE_RE.fullmatch(body):
        return None  # "Blog post PR: https://...": a label and its link, no job
    m = EVERYONE_VERB_RE.fullmatch(body)
    if m is not None and is_task_verb(m.group("verb")):
        return m.group("owner"), m.group("task"), m.group("task")  # "- everyone bring a dish"
    if ln.cstart in ctx.item_start_set and ln.index not in ctx.runs:
        return note_line_task(ctx, ln, body)  # an item's title ("2. Carers survey results")
    found = (
        name_then_verb(ctx, body, bullet=True)
        or note_line_task(ctx, ln, body)
        or task_then_owner(ctx, ln, body)
        or terse_name_task(ctx, body)
    )
    if found is not None:
        return found
    topic = topic_bullet(ctx, ln)
    return (
        (None if topic else bracketed_job(ctx, body))
        or _headed_task(ctx, ln, body)
        or (None if topic else _conventional_job(ctx, ln, body))
    )


# Carrying on as before, under a heading whose bullets are decisions or a recap as often as
# tasks: what stays, no new task ("Continue with the current supplier", "Keep the Friday
# sessions").
_CARRY_ON_RE = re.compile(r"(?i)(?:continue|carry\s+on|keep|maintain|stick|stay)\b")


def _assigned_task(ctx: Context, body: str) -> tuple[str | None, str, str] | None:
    """A tracker's issue the notes mark as assigned: "1. Assigned: [Web site check](...)",
    "Assigned to Priya: Update the NOTICE file" (owner, task, task). Not an owner alone
    ("Assigned: Trevor"), nor a count or a remark ("Assigned issues: 12", "Assigned to the
    wrong milestone")."""
    m = _ASSIGNED_RE.fullmatch(body)
    if m is None:
        return None
    owner, task = m["owner"], MD_LINK_RE.sub(r"\1", m["task"]).strip()
    if owner is not None and not person_owner(ctx, owner) or person_owner(ctx, task):
        return None
    return owner, task[:1].upper() + task[1:], task


# "Assigned: <task>", "Assigned to Priya: <task>", after a point's number perhaps.
_ASSIGNED_RE = re.compile(
    r"(?:\(?\d{1,3}[.)]\s+)?(?:[Aa]ssigned|ASSIGNED)(?:\s+to\s+(?P<owner>@?[A-Z][\w.'’-]*"
    r"(?:(?:\s+|\s*[/&,]\s*|\s+and\s+)@?[A-Z][\w.'’-]*){0,3}))?\s*:\s+"
    r"(?P<task>\S.{3,})"
)


def _worded_as_task(task: str) -> bool:
    """Whether an entry under a heading of things to follow up ("Follow ups") is worded as
    a task ("share the draft", "to book the hall"), not a topic or a remark on one ("CI
    documentation?", "had feedback about the build", "a project that links ...")."""
    task = _INFINITIVE_TO_RE.sub("", task.strip(" *_"), count=1)
    return not task.rstrip().endswith("?") and is_imperative(task[:1].upper() + task[1:])


def _owner_first_row(ctx: Context, body: str) -> tuple[str, str, str] | None:
    """A row of an action list set in tab-separated cells with no header, the owner first:
    "RB<tab>Book the hall<tab>May", "Tam Kerr<tab>Write to the council". The owner is one an
    entry can have, the task opens with a verb, and a third cell is a date or none."""
    cells = [c.strip() for c in body.split("\t") if c.strip()]
    if not 2 <= len(cells) <= 3 or not entry_owner(ctx, cells[0]):
        return None
    if not is_imperative(cells[1]) or len(cells) == 3 and not _DATE_CELL_RE.fullmatch(cells[2]):
        return None
    return cells[0], cells[1], cells[2] if len(cells) == 3 else ""


def _conventional_job(ctx: Context, ln: Line, body: str) -> tuple[str, str, str] | None:
    """A line of notes naming its owner last, after a dash or in brackets, whose words are
    no task ("Website booking form broken on phones (Priya)", "Poster for the fete - Tom",
    "new padlock for the gate - alan"), in notes whose other lines give jobs that way
    (:func:`_owner_last_notes`): a job by the notes' convention. The owner is someone the
    minutes name, initials or a role; the words are no report ("The hall is closed -
    Tom"), nothing done or past ("last year"), no question, and no item's title or
    agenda's line (whoever presents it)."""
    if not _owner_last_notes(ctx):
        return None  # (asked first: once a parse, and most notes give no jobs so)
    if ln.cstart in ctx.item_start_set and ln.index not in ctx.runs or under_agenda(ctx, ln):
        return None
    line = body[:1].upper() + body[1:].rstrip(".")  # "new padlock for the gate - alan"
    m = _fullmatch(DASH_LAST_RE, line) or _fullmatch(_BRACKET_LAST_RE, line)
    if m is None:
        return None
    owner, task = _shape_owner(m), m.group("task").strip()
    if not (
        known_owner(ctx, owner)
        or role_like(owner)
        and not body_like(owner)
        or len(owner.split()) == 1
        and person_owner(ctx, owner)  # "Baz", whom the attendance names in full
    ):
        return None
    if verb_in_owner(owner):
        return None  # "cheaper mulch - Jon ask the council": Jon's job, for the note rules
    label = line.find(":", 0, 40)
    if label > 0 and ROLL_HEAD_RE.search(line, 0, label) or names_its_owner(task, owner):
        return None  # "Present: Jane Burrows (JB), Peter Grant (PG)": people, not a job
    if len(task.split()) < 2 or task.endswith("?") or reported(task) or STATEMENT_RE.match(task):
        return None
    if DONE_RE.search(body) or HABIT_OR_PAST_RE.search(task):
        return None
    if _TASK_CUE_RE.search(task) and not is_imperative(task):
        return None  # (a cue of a task, "to be reported", "will": the prose rules read it;
        # not a purpose after a task's verb: "Blow up the photos to pin on the board - Tom")
    return owner, task, _shape_due(m) or task


_TASK_CUE_RE = re.compile(r"\b(?:to|will|shall|should|must)\s+[a-z]")


@per_context
def _owner_last_notes(ctx: Context) -> bool:
    """Whether the notes give jobs with their owner last, after a dash or in brackets, on a
    line of their own or a bullet ("Order a new ball valve - Tom", "Ring the school about
    the stall (Priya)"), on two lines or more: then such a line is a job in any wording."""
    found = 0
    for ln in ctx.lines:
        if ln.blank or ln.index in ctx.absorbed or ln.cend - ln.cstart > 300:
            continue
        raw = ctx.text[ln.cstart : line_end(ctx, ln)]
        if not holds_any(raw, _OWNER_LAST_MARKS):
            continue  # no dash, slash or bracket for an owner to stand after (a cheap test)
        body = " ".join(ENUMERATOR_RE.sub("", raw, count=1).split())
        if task_then_owner(ctx, ln, body) or _bracketed_owner_line(ctx, ln, body):
            found += 1
            if found >= 2:
                return True
    return False


# One of which a line giving its owner last holds: the dash or slash before the owner
# (named_notes.dashed_job) or what the owner is written in (_BRACKET_LAST_MARKS).
_OWNER_LAST_MARKS = ("-", "–", "—", "/", ")", "]", "@")


def _column_heads(body: str) -> bool:
    """A line of a table's column heads: half its words or more head a column ("Action",
    "Owner", "Deadline"), two at least."""
    words = body.split()
    heads = sum(column_head(w) for w in words)
    return heads >= 2 and 2 * heads >= len(words)


@per_parse  # (asked again of a line by the list rules and by _owner_last_notes)
def _bracketed_owner_line(ctx: Context, ln: Line, body: str) -> tuple[str, str, str] | None:
    """A line of its own giving a job and its owner in brackets, and a due date or none:
    "Get three quotes for the roof (Clerk, by 1 April)", "Write to the school [Clerk]",
    "Order the bunting (AB) – April". The task opens with a verb of a job; the owner is a
    person the minutes name, initials or a role (not "(see minute 4)", "(2026)")."""
    if ln.cstart in ctx.item_start_set and ln.index not in ctx.runs:
        return None  # an item's title ("4. Survey results (Gordon)")
    m = _fullmatch(_BRACKET_LAST_RE, " ".join(body.split()))
    if m is None or m.group("owner3"):
        return None
    owner, task = _shape_owner(m), m.group("task").strip()
    if not (known_owner(ctx, owner) or all(role_like(o) for o in split_owners(owner))):
        return None
    # A verb phrase: a name and its initials in brackets open with given names and offices
    # that are verbs too ("Sue Hale (SH)", "Clerk A Moss (AM)").
    if not verb_phrase_head(task) or DONE_RE.search(body):
        return None
    if under_agenda(ctx, ln):
        return None
    return owner, task, _shape_due(m) or task


def _owner_after_colon(ctx: Context, line: str) -> tuple[str, str, str] | None:
    """An entry of an action list whose owner closes it after a colon, the task or a topic
    and its task before ("Mesh: finish the quad elements: Gianluca", "Hire page: Tom/Ann"):
    the owner is people the attendance names; the first label is not (else it owns the
    entry)."""
    head, sep, tail = line.rpartition(": ")
    tail = tail.strip(" .*_")
    head = head.strip(" *_")
    if not sep or not tail or not head or not _attending(ctx, tail):
        return None
    first = head.split(":", 1)[0].strip(" *_")
    if _attending(ctx, first) or DONE_RE.search(head) or _OWNER_WORD_END_RE.search(head):
        return None  # "Tom: ask Ann: ..."; "Hire page: done: Tom"; "..., owner: Tom"
    return tail, head[:1].upper() + head[1:], head


_OWNER_WORD_END_RE = re.compile(r"(?i)\b(?:owners?|lead|assignee|who)$")


@per_context
def _attending_words(ctx: Context) -> frozenset[str]:
    """The words of the names the attendance lists give (lower-cased)."""
    return frozenset(
        w.lower() for p in ctx.people if p.attendance and p.name for w in p.name.split()
    )


def _attending(ctx: Context, owner: str) -> bool:
    """People an attendance list names, by name or initials ("Tom/Ann", "PS and JC")."""
    parts = split_owners(owner)
    names = _attending_words(ctx)
    return bool(parts) and all(
        o in ctx.initials or all(w.lower() in names for w in o.split()) for o in parts
    )


def _headed_task(ctx: Context, ln: Line, body: str) -> tuple[str, str, str] | None:
    """A bare task on a bullet under a heading naming whose tasks they are ("Actions for the
    Clerk:", "Board to-do", "### Helen" over "- Write to the water company"); with no such
    heading, a bare task in notes is an idea or a plan more often than a job."""
    if not is_entry_line(ctx, ln) or not verb_phrase_head(body[:1].upper() + body[1:]):
        return None  # a verb phrase first: "Write to ...", not "Structure of ... is ..."
    if DONE_RE.search(body) or reported(body):
        return None
    owner = heading_owner(ctx, ln)
    return None if owner is None else (owner, PLEASE_RE.sub("", body), body)


def _shape_due(m: re.Match[str]) -> str | None:
    """The due date an entry's shape found after its owner ("(Clerk, by 1 April)")."""
    groups = m.groupdict()
    return groups.get("due") or groups.get("due2")


def _shape_owner(m: re.Match[str]) -> str:
    """The owner an entry's shape found, in whichever of its brackets."""
    groups = m.groupdict()
    return next(
        g for g in (groups["owner"], groups.get("owner2"), groups.get("owner3")) if g
    ).strip()


def _listed_task(ctx: Context, ln: Line, body: str) -> tuple[str | None, str, str] | None:
    """A bullet of an action list in any wording, with no owner ("get updated quote for the
    kiln", "Website permissions fixed before launch"): under an "Actions" heading every
    bullet is a task (not a question, a report of work done or a sub-heading)."""
    if not is_entry_line(ctx, ln) or len(body.split()) < 3:
        return None
    if body.endswith(("?", ":")) or DONE_RE.search(body) or STATEMENT_RE.match(body):
        return None
    if DASH_GAP_RE.search(body):
        return None  # "Budget - Finance": a heading and its owner's shapes did not match
    if _LABEL_HEAD_RE.match(body) or _SUBJECT_MODAL_RE.match(body):
        return None  # "Ongoing: ...", "We: ...": a label; "I will ...": prose names its owner
    if _introduced(ctx, ln, body):
        return None  # "- the practice exercises" under "- how to assemble the following:"
    if _titled(body):
        return None  # "- Spring Regatta Results Post": a title, no job
    return None, body[:1].upper() + body[1:], body


def _introduced(ctx: Context, ln: Line, body: str) -> bool:
    """The bullet is one of the points the line it is nested under introduces, that line
    ending in a colon or a comma ("- Greg: how to assemble the following for each topic,"
    over "  - the flipped classroom video"), or a detail of the task on the bullet above it
    ("- Check what still links to the old account" over "  - the mailing list"): part of
    that entry, not a task of its own. A name or a label alone ("- Helen:") heads tasks
    instead."""
    prev = hanging_from(ctx.lines, ln, lambda line: indent(ctx.text, line), 30)
    if prev is None:
        return False
    line = ctx.text[prev.cstart : prev.cend].rstrip(" *_")
    if line.endswith((":", ",")):
        return len(line.split()) >= 4  # not "Tom:" alone
    return is_entry_line(ctx, prev) and not is_imperative(body)


_SUBJECT_MODAL_RE = re.compile(
    rf"\S+(?:\s+\S+){{0,2}}\s+(?:{COMMITTING_MODAL}|to|is\s+to|are\s+to)\s"
)
# A label heading a line: "Ongoing:", "Not yet:", "We:".
_LABEL_HEAD_RE = re.compile(r"[A-Za-z][\w/ ]{0,20}:\s")


# "Bob talk to Luther", "Luther and Val sort out the visitors", "Ana + Bo update the wiki",
# "Ana, Bo and Kasim to triage the issues", "Carol to turn the notes into a document",
# "@tomh @janec review the PR" in an action list (not "Chase up the invoices": a verb and
# its particle).
_NAME_VERB_RE = re.compile(
    r"(?P<owner>[A-Z][a-z’'-]+(?:(?:\s*[/&+,]\s*|,?\s+and\s+)[A-Z][a-z’'-]+)*"
    r"|(?P<handle>@[\w-]+(?:\s*(?:,|/|&|\band\b)?\s*@[\w-]+)*))\s+(?P<cue>to\s+|will\s+)?"
    # (after a handle, which can be no word of the task, its verb may have a capital: "@wen
    # Update the guide")
    r"(?!(?:up|down|over|back|round|forward)\b)(?P<task>(?(handle)[A-Za-z]|[a-z]).{3,})"
)


# One person's name, then a verb in the present tense, in an action list: "Kasim follows up
# with the vendor", "Ana Ruiz drafts the FAQ"; not a that-clause after it ("Daniel requests
# that the emails be redirected": what someone asks or says, no task of theirs).
_NAME_PRESENT_RE = re.compile(
    r"(?P<owner>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)?)\s+(?P<verb>[a-z]{2,}s)\s+"
    r"(?!that\b)(?P<task>\S.{2,})"
)


def _cued_task(m: re.Match[str], ctx: Context) -> bool:
    """The task after a name: a verb in the imperative ("Bob talk to Luther"), or after "to"
    or "will" any word but a function word ("Dhaval to setup a meeting": a verb written as
    its noun). Before a bare verb, a given name or one the minutes name: a surname may name a
    thing ("Richardson number vertical mixing scheme")."""
    task = m.group("task")
    if is_imperative(task):
        return (
            m.group("cue") is not None
            or m.group("handle") is not None
            or named_first(ctx, m["owner"], unknown=False)
        )
    first = task.split(None, 1)[0].lower()
    return m.group("cue") is not None and first.isalpha() and first not in NOT_NAMES


def _subject_task(ctx: Context, body: str) -> tuple[str, str, str] | None:
    """An entry naming who, then a cue, then the task, after a topic's label or none: "Nick
    Draper and Martyn Gigg will update ...", "TSC is to decide ...", "Staff to notify the
    chosen supplier", "Each facility to come prepared ...", "**Open day**: Ana, Tom and Raj to
    split the rota". Who is an owner an entry can have (not "Minutes to go on the website");
    the task opens with a verb, not "be" ("Hall to be booked": no one named)."""
    m = _SUBJECT_TASK_RE.fullmatch(body)
    verb = m.group("verb").lower() if m is not None else ""
    if m is None or verb == "be" or not is_base_verb(verb):
        return None
    label, owner = m.group("label"), m.group("owner")
    if label is not None and entry_owner(ctx, label.strip()):
        return None  # "Tom: Ana to ...": whose entry it is is unclear
    if not (entry_owner(ctx, owner) or _EACH_RE.match(owner)):
        return None
    return owner, m.group("task"), m.group("task")


_SUBJECT_TASK_RE = re.compile(
    r"(?:(?P<label>[^:]{2,40}?):\s+)?"
    rf"(?P<owner>(?:[Ee]ach|[Ee]very|[Aa]ll)\s+[a-z]+(?:\s+[a-z]+)?|[{CAPITAL}][\w’'.&-]*"
    rf"(?:(?:,\s*|\s+)(?:(?:and|&)\s+)?[{CAPITAL}][\w’'.&-]*){{0,5}}|{HANDLES_RE.pattern})"
    r"\s+(?i:will|to|is\s+to|are\s+to|should|must|shall|needs?\s+to)\s+"
    r"(?P<task>(?P<verb>[A-Za-z][a-z-]*)\b.{2,})"
)
_EACH_RE = re.compile(r"(?:[Ee]ach|[Ee]very|[Aa]ll)\s")
# A label and the link it names: "Blog post PR: https://...", "Slides: <https://...>".
_LINK_LINE_RE = re.compile(r"[^:]{2,60}:\s*<?https?://\S+?>?")
# A question ending a line's first sentence: "What shape should it take?", "Governance - what
# do we need? How ...".
_QUESTION_END_RE = re.compile(r"[^.!?]{3,200}\?")
# "[ ] ...", "- [ ] ..." (a markdown task list); "[x]" is done (or ticked since it was set).
# A word processor's boxes: "☐ ..." open, "☑ ..." / "☒ ..." ticked (Google Docs, Word).
_CHECKBOX_RE = re.compile(rf"\[(?: |([{BOX_TICKS}]))\]\s+|☐\ufe0f?\s*|([{TICKS}])\ufe0f?\s*")
# Handles closing a task: "renew the domain @dana", "... - @dana", "... (@ana, @ben)".
_HANDLE_END_RE = re.compile(
    rf"(?:\s[-–—])?\s+(?P<b>\()?(?P<owner>{HANDLES_RE.pattern})(?(b)\))\s*\.?$"
)


def _roll_call(ctx: Context, ln: Line, body: str) -> bool:
    """An attendance roll ticked in boxes ("* [ ] Henry Vera, Double Negative" under "Voting
    member attendance"): someone's name, with their organisation, role or initials, or any
    box under a heading of attendance (a few words, not a "Present: ..." line of names);
    people, not jobs. Not a name and a task after a colon ("[ ] Ruth Lyle (RL): Book the track")."""
    after = body.partition(": ")[2].strip()
    if after and is_imperative(after[:1].upper() + after[1:]):
        return False
    head = _ROLL_NAME_RE.match(body.strip(" *_"))
    if head is not None and person_like(ctx, head.group("name")):
        return True
    named = _NAME_AND_INITIALS_RE.fullmatch(body.strip(" *_."))
    if named is not None and named["initials"] == "".join(w[0] for w in named["name"].split()):
        return True  # "[ ] Jessica Jordan (JJ)": someone, with the initials the notes use
    return _roll_head(ctx, heading_above(ctx, ln, 60), ROLL_HEAD_RE)


def _roll_head(ctx: Context, head: Line | None, head_re: re.Pattern[str]) -> bool:
    """``head`` is a short heading (five words or fewer) of who attends or, with
    ``_AWAY_HEAD_RE``, who is away ("Voting member attendance", "Vacation, Away", "Out of
    office"): its bullets are people, and their dates, not jobs."""
    return (
        head is not None
        and len(ctx.text[head.cstart : head.cend].split()) <= 5
        and head_re.search(ctx.text, head.cstart, head.cend) is not None
    )


def _under_away_head(ctx: Context, ln: Line) -> bool:
    """The bullet stands under a heading alone (not a label and its names: "Apologies: Bev
    Davis") of who attends or is away (:func:`_roll_head`)."""
    head = heading_above(ctx, ln, 60)
    return (
        head is not None
        and ":" not in ctx.text[head.cstart : head.cend].rstrip(" :*_")
        and _roll_head(ctx, head, _AWAY_HEAD_RE)
    )


# A heading of who attends or is away: "Attendance", "Apologies", "Vacation, Away", "Out of
# office", "Time off", "Availability" (not a team's "Away day").
_AWAY_HEAD_RE = re.compile(
    ROLL_HEAD_RE.pattern + r"|\b(?:away(?!\s+days?\b)|vacations?|out\s+of\s+(?:the\s+)?office"
    r"|time\s+off|availability|unavailable|absences?|PTO|OOO)\b"
)


# A name, then its initials in brackets: "Jessica Jordan (JJ)".
_NAME_AND_INITIALS_RE = re.compile(
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})\s*\((?P<initials>[A-Z]{2,4})\)"
)
# A name, then its organisation or role, or nothing: "Henry Vera, Double Negative".
_ROLL_NAME_RE = re.compile(
    r"(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})\s*(?:$|,|\s[-–—]\s|\()"
)


def _checkbox_task(ctx: Context, ln: Line, body: str) -> tuple[str | None, str, str] | None:
    """An open box of a task list: "[ ] Fazli: contact the landlord", "- [ ] Bob talk to
    Luther", "- [ ] TSC is to decide ...", "- [ ] renew the domain @dana"; any wording is a
    task."""
    body = _BOLD_RE.sub(r"\1", _BOLD_RUN_RE.sub(" ", body))  # "@oli ****@rhea **will ...**"
    body = _unemphasised(" ".join(body.split()))
    if not body:
        return None
    chip = _CHIP_RE.fullmatch(body)  # "☐ @Priya Shah book the hall": a document's person chip
    if chip is not None and is_base_verb(chip.group("task").split(None, 1)[0]):
        return chip.group("owner"), chip.group("task"), chip.group("task")
    found = note_line_task(ctx, ln, body)
    if found is not None:
        return found
    noted = note_task(ctx, body)  # "[ ] Ali & Mitch: share maps" over notes on it: a task still
    if noted is not None:
        return noted[0], noted[1], noted[1]
    subject = _subject_task(ctx, body)
    if subject is not None:
        return subject  # "TSC is to decide ...", "[ ] Open day: Lee and Sam to draft ..."
    label = _OWNER_COLON_RE.fullmatch(body)
    if (
        label is not None
        and topic_label(label.group("owner"))
        and not entry_owner(ctx, label.group("task").rstrip(" ."))
    ):
        # "[ ] Hall redesign: new notice boards": a topic, no owner (not "[ ] Check the
        # budget — Tariq": a task, then who does it)
        return None, body, body
    for shape in (_OWNER_COLON_RE, _DASH_FIRST_RE, _BRACKET_FIRST_RE):  # "[ ] Mitch: Raise ..."
        m = shape.fullmatch(body)
        if m is not None and entry_owner(ctx, _shape_owner(m)):
            return _shape_owner(m), m.group("task"), m.group("task")
    m = _NAME_VERB_RE.fullmatch(body)
    if m is not None and named_first(ctx, m.group("owner")) and _cued_task(m, ctx):
        return m.group("owner"), m.group("task"), m.group("task")
    h = _HANDLE_END_RE.search(body)
    if h is not None:
        return h.group("owner"), body[: h.start()], body
    for shape in (_BRACKET_LAST_RE, DASH_LAST_RE):  # "[ ] Order badges - Helen"
        m = _fullmatch(shape, body)
        if m is not None and entry_owner(ctx, _shape_owner(m)):
            return _shape_owner(m), m.group("task"), body
    if _titled(body):
        return None  # "[ ] Final Programme", "[ ] Talks Deadline Closes": a title, no job
    return None, body, body


def _titled(body: str) -> bool:
    """Words written as a title, every one but the small words with a capital ("Final
    Programme", "CFP Reminder/Call for Specific Talks"), two at least, no verb opening them:
    what a list of things to write, make or hold names (a post, an event), not a job ("Call
    the printers", "Book the Village Hall", "(AA) Ask Met Office IT": a verb that is no
    noun, then a name)."""
    words = [w for w in _TITLE_WORD_RE.findall(body) if w not in _TITLE_SMALL_WORDS]
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or is_imperative(body):
        return False
    first = _TITLE_WORD_RE.search(_LEAD_TAG_RE.sub("", body, count=1))
    verb = first.group(0).lower() if first is not None else ""
    return not (is_base_verb(verb) and not is_noun(verb) and not is_adjective(verb))


_TITLE_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")
# A tag in brackets opening an entry: "(AA) ", "[Tom] ".
_LEAD_TAG_RE = re.compile(r"\s*(?:\([^()]{1,30}\)|\[[^\[\]]{1,30}\])\s*")
_TITLE_SMALL_WORDS = frozenset(
    "a an and at by for from in of on or the to with".split()  # noqa: SIM905
)


# A person's chip as a word processor writes it, "@" and the full name, then the task.
_CHIP_RE = re.compile(
    r"@(?P<owner>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}),?\s+(?P<task>[a-z].{3,})"
)
# Bold around words, and an empty pair of bold marks between them.
_BOLD_RE = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_BOLD_RUN_RE = re.compile(r"\*{4,}")
# A mark with its owner in brackets heading an entry: "AI(Tim):", "Action item (Jo):".
_MARK_AKA_RE = re.compile(r"(?:AI|AP|TODO|ACTION|Action(?:\s+(?:item|point))?)\s*\([^()]+\)\s*:")


# "(AM) Share the draft", "(All speakers) Upload slides", "[Tom] ring the garage".
_BRACKET_FIRST_RE = re.compile(
    r"(?:\((?P<owner>[^()]{1,40})\)|\[(?P<owner2>[^\[\]]{1,40})\](?!\())\s*:?\s*"
    r"(?P<task>[A-Za-z].{3,})"
)
# "Arushi - Start writing sections", "all - review the pull request".
# "Tomasz (tnowak) - fix the bench": a name and its handle or role aside.
_DASH_FIRST_RE = re.compile(
    r"(?P<owner>[^-–—:(=>→]{2,40}?)(?:\s*\([^()]{1,30}\))?\s*(?:[-–—]|->|=>|→)\s+(?P<task>\S.{3,})"
)
# "Share the revised plan (AM)", "Review the guide [Tomasz]", "Update the changelog — @jo",
# with a due date in the brackets or after them: "(Clerk, by 1 April)", "(JPR) – April".
_BRACKET_LAST_RE = re.compile(
    r"(?P<task>[A-Z][a-z]+\b.{3,}?)\s*(?:\((?:(?i:owners?|lead|assignee|who)\s*:\s*)?"
    r"(?P<owner>[^()]{2,40}?)(?:,?\s+(?:by|due|before)\s+(?P<due>[^()]{2,30}))?\)"
    r"|\[(?P<owner2>[^\[\]]{2,40})\]|(?:\s[-–—])?\s+(?P<owner3>@[\w-]+))"
    rf"(?:\s+[-–—]\s+(?P<due2>{DATE_CELL}))?\.?"
)
# One of which every _BRACKET_LAST_RE match holds: what its owner is written in.
_BRACKET_LAST_MARKS = (")", "]", "@")


def _fullmatch(shape: re.Pattern[str], body: str) -> re.Match[str] | None:
    """``shape.fullmatch(body)``; the owner-last shapes are not tried on a body with none of
    the marks their owner is written in or set apart by (a cheap test first)."""
    if shape is _BRACKET_LAST_RE and not holds_any(body, _BRACKET_LAST_MARKS):
        return None
    if shape is DASH_LAST_RE and _DASH_LAST_MARK_RE.search(body) is None:
        return None
    return shape.fullmatch(body)


# One of which every DASH_LAST_RE match holds: what sets its owner apart from the task.
_DASH_LAST_MARK_RE = re.compile(r"\s[-–—/]|[-=]>|→|:")


_INFINITIVE_TO_RE = re.compile(r"^(?:[Tt]o|[Ww]ill|[Ss]hall)\s+(?=[a-z])")
_LIST_SHAPES = (_BRACKET_FIRST_RE, DASH_LAST_RE, _DASH_FIRST_RE, _BRACKET_LAST_RE)
_TASK_FIRST = (DASH_LAST_RE, _BRACKET_LAST_RE)  # the shapes whose task opens the entry
_SUB_HEAD_RE = re.compile(r"[*_]{0,2}[^.;:*_]{3,60}(?::[*_]{0,2}|[*_]{1,2}:)")  # "**Ongoing:**"


def _unemphasised(line: str) -> str:
    """The entry without the bold or italics around an owner heading it ("**Marcel**: ..."
    -> "Marcel: ..."); a label in bold stays ("**New**: PD to ...")."""
    m = _EMPHASISED_HEAD_RE.match(line)
    if m is None or m.group("o").lower() in NOT_OWNERS:
        return line
    if m.group("o").endswith((".", ":")):  # "**Jeremy Bennett.** Update the list"
        return m.group("o")[:-1] + ":" + line[m.end() :]
    return m.group("o") + line[m.end() :]


# An owner in bold or italics heading an entry: "**Marcel**: ...", "*Ana* - ...".
_EMPHASISED_HEAD_RE = re.compile(r"^([*_]{1,2})(?P<o>[^*_\s][^*_]{0,40}?)\1(?=\s*(?::|[-–—]\s|\s))")
# "Marcel: Share an example ...", "All members: Add ...", "Eclipse Foundation: Explore ...",
# "jdoe: update the wiki" (a user name).
_OWNER_COLON_RE = re.compile(
    rf"(?P<owner>[{CAPITAL}][\w’'.&/-]*(?:,?\s+[\w’'.&/()+-]+){{0,4}}?|{HANDLES_RE.pattern}"
    r"|[a-z][a-z0-9_.-]{1,30})"
    r"\s*[:–—]\s+(?P<task>\S.{3,})"
)
_LIST_OWNER_WORDS = frozenset({"members", "member", "of", "the", "and", "&", "+", "for", "team"})


def _list_owner(ctx: Context, owner: str) -> bool:
    """An owner heading an entry of an action list: a person, initials, role or body, or
    capitalised words ("Eclipse Foundation"), "All members", "Interested members"; not
    everyday words alone, a topic's label ("Blog: post the PR", "Website: ..."); a user name
    in lower case that is no word ("jdoe", "kvasquez")."""
    if owner.lower() in NOT_OWNERS or topic_label(owner):
        return False
    if owner_like(ctx, owner) or HANDLES_RE.fullmatch(owner):
        return True
    if owner.islower():
        return handle_word(owner)
    words = owner.split()
    return (
        words[0][:1].isupper()
        and all(w[:1].isupper() or w.lower() in _LIST_OWNER_WORDS for w in words)
        and not all(is_word(w) and not is_name_word(w) for w in words)  # "Blog:", "What:"
    )
