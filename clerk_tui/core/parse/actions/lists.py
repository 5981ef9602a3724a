"""Actions in lists: entries under a "Summary of actions" heading ("task (OWNER) - due"),
and dated duties for named people ("Monday 15th May at 1330. Robin and Brenda")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...dates import parse_date_literal
from ...model import Action
from ..context import Context, Spans, due_for, item_at, line_end, per_parse, sentences_of_line
from ..items import ACTION_LIST_HEAD_RE, LIST_ACTION_RE
from ..layout import Line, strip_span
from ..people.words import is_name_word
from .common import make_action
from .lexicon import is_base_verb, is_word, verb_base
from .notes import known_handle
from .owners import body_like, given_name, owner_like, person_like, role_like, split_owners
from .verbs import DECISION_VERBS, FIRST_NAME_VERBS, WILL_BAD

_SCHEDULE_RE = re.compile(
    r"(?P<date>(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{4})?(?:\s+(?:at|from)\s+[\d.:]+\s*(?:am|pm)?)?)\s*[.:,–-]\s*"
    r"(?P<names>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?:\s*,\s*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)*"
    r"(?:\s*,?\s+(?:and|&)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?)(?=\s*(?:[.;]|$))"
)


_SCHEDULE_HINT = re.compile(r"\d(?:st|nd|rd|th)?\s+[JFMASOND][a-z]+")


def schedule_actions(ctx: Context, actions: list[Action], claimed: Spans) -> None:
    """ "Monday 15th May at 1330. Robin, Brenda and Michael": a dated duty for named people."""
    text = ctx.text
    for ln in ctx.lines:
        if ln.blank or ln.cend - ln.cstart > 20000:
            continue
        if not _SCHEDULE_HINT.search(text, ln.cstart, ln.cend):
            continue
        for m in _SCHEDULE_RE.finditer(text, ln.cstart, ln.cend):
            names = [
                x.strip()
                for x in re.split(r"\s*,\s*|\s+and\s+|\s+&\s+", m.group("names"))
                if x.strip()
            ]
            if not names or not all(person_like(ctx, x) for x in names):
                continue
            s, e = m.start(), m.end()
            if claimed.overlaps(s, e):
                continue
            owner = m.group("names").strip()
            due = parse_date_literal(m.group("date"), ctx.meeting_date)
            # The item title gives what the duty is ("Plot inspections").
            it = item_at(ctx, s)
            what = ctx.items[it].title if it is not None else "Scheduled"
            task = f"{what}: {m.group('date')}"
            actions.append(Action(task, owner, due, m.group("date"), it, s, e, split_owners(owner)))
            claimed.add(s, e)


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
    seen_bullet = False  # the action list has had a bulleted entry
    head_indent = 0  # the indent of a bulleted "- Action items:" heading
    list_item: int | None = None
    for ln in ctx.lines:
        if ln.blank or ln.index in ctx.absorbed:
            continue
        if in_decisions and _is_entry_line(ctx, ln):
            _add_job(ctx, ln, resolved_bullet(ctx, ln), actions, claimed)
            continue  # the other bullets are decisions: the decisions' rules read them
        in_decisions = False
        label = _RESOLVED_LINE_RE.fullmatch(text, ln.cstart, ln.cend)
        if label is not None and _add_job(
            ctx, ln, owner_job(ctx, label.group("rest")), actions, claimed
        ):
            continue  # "**Resolved:** Rosa: Email the council about the rent review"
        if ln.cend - ln.cstart <= 40:
            if DECISION_LIST_HEAD_RE.fullmatch(text, ln.cstart, ln.cend):
                in_decisions, in_list = True, False
                continue
            head = ACTION_LIST_HEAD_RE.fullmatch(text, ln.cstart, ln.cend)
            if head is not None:
                # A "Summary of actions" gathers the whole meeting's actions: no item of its
                # own unless it is one (an entry minuted above takes that item when deduped).
                whole = bool(head.group("whole") or head.group("whole2"))
                in_list, seen_bullet = True, False
                bulleted = bool(text[ln.start : ln.cstart].strip())
                head_indent = _indent(ctx, ln) if bulleted else 0
                list_item = (
                    item_at(ctx, ln.cstart)
                    if not whole or ln.cstart in ctx.item_start_set
                    else None
                )
                continue
        if ln.cend - ln.cstart > 600:
            in_list = False
            continue
        bullet = _is_entry_line(ctx, ln)
        if (
            in_list
            and not bullet
            and (seen_bullet or ln.cstart in ctx.item_start_set)
            and not _SUB_HEAD_RE.fullmatch(text, ln.cstart, ln.cend)
        ):
            in_list = False  # a line after the list's bullets, or the next item's heading
        seen_bullet = seen_bullet and in_list or in_list and bullet
        if in_list and head_indent and _indent(ctx, ln) <= head_indent:
            in_list = False  # a bullet back out at the heading's level or less
        found = _entry(ctx, ln, in_list)
        if found is None:
            if bullet and _topic_line(ctx, ln):
                claimed.add(ln.cstart, ln.cend)  # read: no job in it for prose to find
            if in_list and (_SUB_HEAD_RE.fullmatch(text, ln.cstart, ln.cend) or bullet):
                continue  # "Carried forward from the last meeting:" heads part of the list
            in_list = False  # the list ends at the first line that is none of its entries
            continue
        owner, task, due_src = found
        if owner is None and bullet:
            owner = heading_owner(ctx, ln)  # "Actions for the Clerk:" / "- Write to ..."
        s, e = ln.cstart, line_end(ctx, ln)
        if claimed.overlaps(s, e):
            continue
        due_text, due = due_for(ctx, due_src)
        item = list_item if in_list else item_at(ctx, s)
        task = _INFINITIVE_TO_RE.sub("", task.strip(), count=1)  # "- Priya to book the hall"
        task = task[:1].upper() + task[1:]
        actions.append(Action(task, owner, due, due_text, item, s, e, split_owners(owner or "")))
        claimed.add(s, e)
        if in_list:
            spans.append((s, e))
    return spans


def owner_block_actions(ctx: Context, actions: list[Action], claimed: Spans) -> None:
    """A person's name alone on a line as a label, then their tasks a line each until a blank
    line: "Becky:" over "Find a room for the AGM" and "speak to the college about dates".
    Each line is a task in the imperative (not a report, a question or a remark)."""
    text = ctx.text
    owner: str | None = None
    for ln in ctx.lines:
        if ln.blank or ln.cend - ln.cstart > 300:
            owner = None
            continue
        if text[ln.cend - 1] == ":" and ln.cend - ln.cstart <= 40:
            label = _OWNER_LABEL_RE.fullmatch(text, ln.cstart, ln.cend)
            owner = label.group("owner") if label is not None else None
            if owner is not None and (
                not _person_owner(ctx, owner)
                or _ROLL_HEAD_RE.search(owner)
                or role_like(owner)
                and owner.endswith("s")  # "Officers:" over who attended
            ):
                owner = None
            continue
        if owner is None:
            continue
        s, e = ln.cstart, ln.cend  # a line each, even where a paragraph seems to wrap on
        body = " ".join(_ENUMERATOR_RE.sub("", text[s:e], count=1).split())
        task = body[:1].upper() + body[1:]
        if not _imperative(task) or not _task_for_someone(body) or _person_first(ctx, body):
            owner = None  # the block ends at a line that gives no one a job
            continue
        if not claimed.overlaps(s, e):
            actions.append(make_action(ctx, task, owner, s, e))
            claimed.add(s, e)


# A label alone on its line: "Becky:", "**Shelley:**", "- Tom and Priya:".
_OWNER_LABEL_RE = re.compile(
    r"[-*•\s]*[*_]{0,2}(?P<owner>[A-Z][\w’'. &/-]{1,35}?)[*_]{0,2}:[*_]{0,2}"
)


def heading_owner(ctx: Context, ln: Line) -> str | None:
    """Who a list's heading gives its bullets to: "Actions for the Clerk:", "Board to-do",
    "Treasurer's actions" (a person, role or body)."""
    text = ctx.text
    for k in range(ln.index - 1, max(-1, ln.index - 30), -1):
        prev = ctx.lines[k]
        if prev.blank or _is_entry_line(ctx, prev):
            continue
        if prev.cend - prev.cstart > 60:
            return None
        m = _OWNER_HEAD_RE.fullmatch(text, prev.cstart, prev.cend)
        if m is None:
            return None
        owner = (m.group("o") or m.group("o2")).strip()
        return owner if owner_like(ctx, owner) else None
    return None


# "Actions for the Clerk:", "**Board to-do**", "Treasurer's actions".
_OWNER_HEAD_RE = re.compile(
    r"(?i)(?:#{1,6}\s*)?[*_]{0,2}(?:(?:actions?|tasks?|to[- ]?dos?)\s+(?:for|by)\s+"
    r"(?P<o>[^:*_]{2,40}?)|(?P<o2>[^:*_]{2,40}?)(?:['’]s)?\s+(?:actions?|tasks?|to[- ]?dos?))"
    r"\s*:?[*_]{0,2}\s*:?"
)


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
    return owner_job(ctx, " ".join(_ENUMERATOR_RE.sub("", raw, count=1).split()))


def owner_job(ctx: Context, body: str) -> tuple[str, str, str] | None:
    """(owner, task, where its due date is) of "Tom: ring the garage" or "buy a fan (Sam)"
    that :func:`resolved_bullet` reads, in any text (after a label: "Resolved: Rosa: Email
    the council")."""
    m = _OWNER_FIRST_RE.fullmatch(body) or _OWNER_LAST_RE.fullmatch(body)
    if m is None:
        return None
    owner, task = m.group("owner"), m.group("task").rstrip(" .")
    if not _person_owner(ctx, owner) or not _task_for_someone(task):
        return None
    if m.re is _OWNER_LAST_RE and not _imperative(task[:1].upper() + task[1:]):
        return None  # "The hall (Main Room)": no job
    return owner, task[:1].upper() + task[1:], task


# "Tom:", "Jo/Sam:", "Ana Mendes -", "Cllr. A. Jones:", "AB & CD:" heading a bullet.
_OWNER_FIRST_RE = re.compile(
    r"(?P<owner>[A-Z][\w’'.-]*(?:(?:\s*(?:/|&|,)\s*|\s+and\s+|\s+)[A-Z][\w’'.-]*){0,3})"
    r"(?:\s*:|\s+[-–—])\s+(?P<task>\S.{3,})"
)
# "buy a new extractor fan (Sam)".
_OWNER_LAST_RE = re.compile(r"(?P<task>[A-Za-z].{3,}?)\s*\((?P<owner>[A-Z][^()]{0,40})\)\.?")


def _person_owner(ctx: Context, owner: str) -> bool:
    """Someone who can take a job: initials, a person, a role, or a given name (not a status
    label such as "Ongoing" or "Not yet", nor "We")."""
    parts = split_owners(owner)
    return bool(parts) and all(
        o.lower() not in NOT_OWNERS
        and (
            o in ctx.initials
            or _INITIALS_RE.fullmatch(o)
            or person_like(ctx, o)
            or role_like(o)
            or all(w[:1].isupper() and (is_name_word(w) or not is_word(w)) for w in o.split())
        )
        for o in parts
    )


# Words heading a line as a label or a voice, not as who acts.
NOT_OWNERS = frozenset(
    """
    we us i you they it ongoing pending outstanding done complete completed closed later
    deferred tbc tbd n/a na note notes update status new next todo
    """.split()  # noqa: SIM905
) | {"not yet", "in progress", "carried forward", "next steps"}


def _task_for_someone(task: str) -> bool:
    """Words giving someone a job: not a question, a report of work done, a statement ("the
    van has gone"), what a speaker said ("think we should ...") or a standing reminder
    ("always be aware ...")."""
    first = task.split(None, 1)[0].lower()
    return not (
        task.endswith("?")
        or first in _TALK_VERBS
        or first in _STANDING_WORDS
        or _DONE_RE.search(task)
        or _STATEMENT_RE.match(task)
    )


# A standing reminder of conduct, not a job: "always be aware", "never share", "continue to".
_STANDING_WORDS = frozenset("always never continue remember be keep".split())  # noqa: SIM905


def _indent(ctx: Context, ln: Line) -> int:
    """The spaces before a line's bullet or text (a tab counts four)."""
    lead = ctx.text[ln.start : ln.cstart].expandtabs(4)
    return len(lead) - len(lead.lstrip(" "))


def _entry(ctx: Context, ln: Line, in_list: bool) -> tuple[str | None, str, str] | None:
    """(owner, task, where its due date is) of an entry, in one of the list shapes."""
    text = ctx.text
    end = line_end(ctx, ln)
    box = _CHECKBOX_RE.match(text, ln.cstart, end)
    if box is not None:
        if box.group(1) or _roll_call(ctx, ln, text[box.end() : end]):
            return None
        return _checkbox_task(ctx, ln, text[box.end() : end])
    if in_list:
        m = LIST_ACTION_RE.fullmatch(text, ln.cstart, ln.cend)
        if m is not None:
            owner = m.group("owner")
            if all(o in ctx.initials or owner_like(ctx, o) for o in split_owners(owner)):
                return owner, m.group("task"), m.group("due") or ""
            return None
        m = _OWNER_COLON_RE.fullmatch(text, ln.cstart, ln.cend)
        if m is not None and _list_owner(ctx, m.group("owner")):
            if not _task_for_someone(m.group("task")):
                return None  # "Councillors: always be aware of ...": a standing reminder
            return m.group("owner"), m.group("task"), m.group("task")
        if _MARK_AKA_RE.match(text, ln.cstart, ln.cend):  # "AI(Tim): update the docs"
            noted = note_task(ctx, text[ln.cstart : line_end(ctx, ln)])
            if noted is not None:
                return noted[0], noted[1], noted[1]
    elif not _is_entry_line(ctx, ln):
        body = text[ln.cstart : end]
        if ":" not in body and "- " not in body and "– " not in body and "— " not in body:
            return None  # no note shape can match (a cheap test first)
        return _note_task(ctx, ln, body) or _task_then_owner(ctx, ln, body)
    body = _ENUMERATOR_RE.sub("", text[ln.cstart : end], count=1)
    if "|" in body or "\t" in body:
        return None  # a table's row: the table rules read it
    body = " ".join(body.split())
    # Outside an action list: "Name: task" or "Task (AM)" for an owner the minutes name
    # elsewhere ("Ana Mendes (AM)"); the other shapes are too often something else there.
    if not in_list and _BRACKET_LAST_RE.fullmatch(body) and _under_agenda(ctx, ln):
        return None  # "* Survey processes (Gordon)" on an agenda: who presents it
    shapes = _LIST_SHAPES if in_list else _ENTRY_SHAPES
    for shape in shapes:
        m = shape.fullmatch(body)
        if m is None:
            continue
        owner, task = _shape_owner(m), m.group("task").strip()
        if _DONE_RE.search(task):
            return None  # "Arushi - Create the files - done": reported, not to do
        if not (_entry_owner(ctx, owner) if in_list else _known_owner(ctx, owner)):
            continue
        if not _imperative(task[:1].upper() + task[1:]) and not (
            in_list and shape is not _BRACKET_FIRST_RE and _names(ctx, owner)
        ):  # "Daniel/Peter - membership report at the end of the month": theirs, any wording
            continue
        if in_list or task.split(None, 1)[0].lower() in FIRST_NAME_VERBS:
            # Outside a list, a verb of a job ("book", "send"), not of talk ("Can we ...").
            return owner, _PLEASE_RE.sub("", task), task
    if in_list:
        m = _NAME_VERB_RE.fullmatch(body)
        if m is not None and _named_first(ctx, m.group("owner")) and _imperative(m.group("task")):
            return m.group("owner"), m.group("task"), m.group("task")  # "Bob talk to Luther"
        m = EVERYONE_VERB_RE.fullmatch(body)
        if m is not None and is_base_verb(m.group("verb")):
            return m.group("owner"), m.group("task"), m.group("task")  # "everyone sign up ..."
        if _imperative(body) and not _PLEASE_RE.match(body):
            return None, body, body  # "Confirm the room booking": the meeting's own to do
        return _listed_task(ctx, ln, body)
    m = EVERYONE_VERB_RE.fullmatch(body)
    if m is not None and m.group("verb") in FIRST_NAME_VERBS:
        return m.group("owner"), m.group("task"), m.group("task")  # "- everyone bring a dish"
    if ln.cstart in ctx.item_start_set and ln.index not in ctx.runs:
        return _note_task(ctx, ln, body)  # an item's title ("2. Carers survey results")
    return (
        name_then_verb(ctx, body, bullet=True)
        or _note_task(ctx, ln, body)
        or _task_then_owner(ctx, ln, body)
        or _terse_name_task(ctx, body)
        or (None if _under_agenda(ctx, ln) else bracketed_job(ctx, body) or _bare_job(body))
    )


def _shape_owner(m: re.Match[str]) -> str:
    """The owner an entry's shape found, in whichever of its brackets."""
    groups = m.groupdict()
    return next(
        g for g in (groups["owner"], groups.get("owner2"), groups.get("owner3")) if g
    ).strip()


def _someone(ctx: Context, word: str) -> bool:
    """Someone present, or a given name that is no everyday word ("Ross", not "Mark")."""
    return word.lower() in ctx.name_tokens or is_name_word(word) and not is_word(word.lower())


def bracketed_job(ctx: Context, body: str) -> tuple[str, str, str] | None:
    """A job in notes with its owner in brackets at the end: "Agree to add the style checker
    (Ross)" (the task from the verb after "agree to"), "Add a wiki page of examples
    (anders)", "Can the level be set on the linter, how to do this (Martyn)" (a question
    left to someone to find out). The owner is someone: present, a given name, or a name
    written with a capital elsewhere in the minutes ("(anders)", "Anders")."""
    m = _BRACKET_END_RE.fullmatch(body)
    if m is None or not _bracket_owner(ctx, m.group("owner")):
        return None
    task = m.group("task").rstrip(" ,;.")
    first = task.split(None, 1)[0]
    if not first.isalpha() or _person_first(ctx, task):
        return None  # "Long Ho - Dropbox (LHO)": someone and their initials
    agree = _AGREE_TO_RE.match(task)
    if agree is not None:
        task = agree.group("task")
    elif _QUESTION_RE.search(task) is None and (
        not _imperative(task) or _reported(task) or len(task.split()) < 4
    ):
        return None  # "Transports were improved (ACC)": a report; "Project metrics (John)"
    if _DONE_RE.search(task) or _STANDING_RE.search(task):
        return None
    return m.group("owner"), task[:1].upper() + task[1:], task


_BRACKET_END_RE = re.compile(r"(?P<task>[A-Za-z].{5,}?)\s*\((?P<owner>[^()]{2,30})\)\s*[.!?]?")
_AGREE_TO_RE = re.compile(r"(?i)agreed?\s+to\s+(?P<task>[a-z]+\s.+)")
# A question left to someone: "Can the level be set ...", "..., how to do this".
_QUESTION_RE = re.compile(
    r"^(?:Can|Could|Should|Is|Are|Does|Do|Will|Would|How|What|Whether)\s|\bhow\s+to\b"
)


def _reported(body: str) -> bool:
    """A report or a musing, not a job: a finite verb or a modal in the main clause ("Work on
    the portal was slow", "Transports were improved", "Work being done could lead to ...");
    one after "when", "once", "if" is the job's condition ("Email them when the page is
    live")."""
    main = _CONDITION_RE.split(body, 1)[0]
    return _REPORT_RE.search(main) is not None


_REPORT_RE = re.compile(r"\b(?:was|were|had|has|have|is|are|being|been|could|would|might|may)\b")
_CONDITION_RE = re.compile(r"\b(?:when|once|if|after|before|until|unless|so\s+that)\b")


def _person_first(ctx: Context, task: str) -> bool:
    """A line opening with someone's name ("Long Ho - Dropbox"), not with a verb."""
    words = task.split()
    return (
        words[0].lower() in ctx.name_tokens
        and words[1:2] != []
        and person_like(ctx, " ".join(words[:2]))
    )


def _bracket_owner(ctx: Context, owner: str) -> bool:
    """A person in closing brackets: someone present or known, a given name ("Martyn"), or a
    word in lower case written as a name elsewhere ("anders" and "Anders")."""
    if owner.islower() and len(owner.split()) == 1:
        return re.search(rf"\b{re.escape(owner.capitalize())}\b", ctx.text) is not None
    parts = split_owners(owner)
    return bool(parts) and all(
        o in ctx.initials
        or person_like(ctx, o)
        or len(o.split()) <= 2
        and all(w[:1].isupper() and not is_word(w.lower()) or _someone(ctx, w) for w in o.split())
        for o in parts
    )


def bullet_sentence_actions(ctx: Context, actions: list[Action], claimed: Spans) -> None:
    """Sentences inside a bullet of notes giving a job, where the bullet as a whole gave none
    (its first words report or discuss): "Switching went well. Ross technical documentation
    for the build bot, send link when done" (:func:`_terse_name_task`), "For every pull
    request: Agree to add the style checker (Ross)." (:func:`bracketed_job`; a topic before
    a colon aside), "Email developers when both are added" (:func:`_bare_job`). Not on an
    agenda, an item's title or an action list's entries (:func:`list_actions` reads
    those)."""
    text = ctx.text
    for ln in ctx.lines:
        if ln.blank or ln.index in ctx.absorbed or not _is_entry_line(ctx, ln):
            continue
        end = line_end(ctx, ln)
        if end - ln.cstart > 1000 or claimed.overlaps(ln.cstart, end):
            continue
        if ln.cstart in ctx.item_start_set and ln.index not in ctx.runs or _under_agenda(ctx, ln):
            continue
        glyph = text[ln.start : ln.cstart].strip()
        if not glyph or ">" in glyph:
            continue  # a numbered paragraph of minutes, or a quoted one: not a bullet
        if _OPTION_RE.match(text, ln.cstart, end):
            continue  # "Plan 1.) Do not support the old release yet": a choice, not a job
        for s, e, st, _low in sentences_of_line(ctx, ln):
            body = " ".join(_ENUMERATOR_RE.sub("", st.strip(), count=1).split())
            topic = _TOPIC_RE.match(body)
            if topic is not None:
                body = body[topic.end() :]  # "For the build server: Agree to add ..."
            if len(body.split()) < 3 or "|" in body:
                continue
            job = _terse_name_task(ctx, body) or bracketed_job(ctx, body) or _bare_job(body)
            if job is None:
                continue
            s, e = strip_span(text, s, e)
            actions.append(make_action(ctx, job[1], job[0], s, e))
            claimed.add(s, e)


# An option put to the meeting: "Plan 1.)", "Option B:".
_OPTION_RE = re.compile(r"(?i)(?:plan|option|alternative|choice|scenario)\s*\w{0,3}\s*[.):]")
# A topic before a colon opening a sentence: "For build server jobs: ".
_TOPIC_RE = re.compile(r"[^:]{3,60}:\s+(?=[A-Z])")


def _under_agenda(ctx: Context, ln: Line) -> bool:
    """A bullet of an agenda ("#6/3 Agenda items", "## Call Agenda", "Agenda" over a rule of
    "="): a topic, not a job. A numbered item's heading ("## AGENDA III: Events") heads
    minutes, not an agenda."""
    text = ctx.text
    for k in range(ln.index - 1, max(-1, ln.index - 40), -1):
        prev = ctx.lines[k]
        if (
            prev.blank
            or _is_entry_line(ctx, prev)
            or _RULE_RE.fullmatch(text, prev.cstart, prev.cend)
        ):
            continue
        return _AGENDA_HEAD_RE.search(text, prev.cstart, prev.cend) is not None
    return False


# A line under a heading: "=====", "-----".
_RULE_RE = re.compile(r"[=\-_~*]{3,}\s*")
_AGENDA_HEAD_RE = re.compile(r"(?i)\bagenda\b(?!\s*(?:[IVXLC]+|\d+|items?\s*\d+)\s*[:.–—-])")


def _terse_name_task(ctx: Context, body: str) -> tuple[str, str, str] | None:
    """A terse bullet: someone present, then their job with no verb: "Ross technical
    documentation for the new starter, send link when done". The word after the name is
    an everyday noun or adjective ("technical"), not a verb form ("reported"), a word of
    mood or place ("happy", "away") or a function word ("on leave")."""
    words = body.split()
    if len(words) < 4 or not words[0][:1].isupper() or not _someone(ctx, words[0]):
        return None
    second = words[1]
    if not second.isalpha() or not second.islower() or second in _NOT_TERSE:
        return None
    if not is_word(second) or verb_base(second) is not None or second in _NOT_NAMES:
        return None
    task = body.split(None, 1)[1]
    return words[0], task[:1].upper() + task[1:], task


_NOT_TERSE = frozenset(
    """
    happy fine ok okay keen sorry unable able away absent present here there also still not
    pleased concerned interested unsure sure late busy unwell ill back off out
    """.split()  # noqa: SIM905
)


def _bare_job(body: str) -> tuple[None, str, str] | None:
    """A bullet under a topic giving a job to no one: "Send event details about the café to
    the department", "Email developers when the tools are added": a verb of a job first (not
    of talk or deciding: "Discuss", "Note", "Agree"), not a noun ("Review of the
    accounts"), of five to thirty words (shorter is a topic's title), not on an agenda nor
    a heading before a dash."""
    words = body.split()
    first = words[0].lower()
    if not 5 <= len(words) <= 30 or first not in FIRST_NAME_VERBS or first in _NOT_BARE_JOBS:
        return None  # "Coordinate demo", "Call for clarifications": a topic's title
    if _DASH_GAP_RE.search(body) or _ASK_TO_RE.match(body):
        return None  # a heading before a dash; "ask the Cabinet Member to write": theirs
    if (
        _noun_use(body)
        or verb_base(words[1]) not in (None, words[1].lower())
        or words[1].lower() in _NOT_OBJECT_WORDS
    ):
        return None  # "Chair noted that ...", "Email will be sent": a subject and its verb
    if _STANDING_RE.search(body) or _reported(body):
        return None  # "Review open requests at future meetings": a practice; "... was slow"
    if not _imperative(body) or "?" in body or body.endswith(":") or _DONE_RE.search(body):
        return None  # "Open house for neighbours, are we ready? Sarah: yes": a discussion
    if words[1].lower() in _WHEN_OR_BY:
        return None  # "Run after the engineering session", "Run by James": when, by whom
    return None, body[:1].upper() + body[1:], body


# What follows a subject, not a verb: a modal or "by" after a participle ("Run by James").
_NOT_OBJECT_WORDS = frozenset("will would can could should must may might shall by".split())  # noqa: SIM905
# A practice for every meeting, not a job: "at future meetings", "at each meeting".
_STANDING_RE = re.compile(
    r"(?i)\b(?:at|in|for)\s+(?:all\s+|each\s+|every\s+|future\s+|subsequent\s+)"
    r"(?:future\s+)?(?:[A-Z]{2,6}\s+)?(?:meetings?|calls?|sessions?)\b|\bin\s+future\b"
)
_WHEN_OR_BY = frozenset("after before by during until till while once since".split())  # noqa: SIM905


_ASK_TO_RE = re.compile(r"(?i)(?:ask|request|invite|instruct|remind|urge)\b.*?\bto\s+[a-z]")
_NOT_BARE_JOBS = DECISION_VERBS | frozenset(
    "discuss consider meet attend speak present report welcome thank hold progress".split()  # noqa: SIM905
)


def _listed_task(ctx: Context, ln: Line, body: str) -> tuple[str | None, str, str] | None:
    """A bullet of an action list in any wording, with no owner ("get updated quote for the
    kiln", "Website permissions fixed before launch"): under an "Actions" heading every
    bullet is a task (not a question, a report of work done or a sub-heading)."""
    if not _is_entry_line(ctx, ln) or len(body.split()) < 3:
        return None
    if body.endswith(("?", ":")) or _DONE_RE.search(body) or _STATEMENT_RE.match(body):
        return None
    if _DASH_GAP_RE.search(body):
        return None  # "Budget - Finance": a heading and its owner's shapes did not match
    if _LABEL_HEAD_RE.match(body) or _SUBJECT_MODAL_RE.match(body):
        return None  # "Ongoing: ...", "We: ...": a label; "I will ...": prose names its owner
    return None, body[:1].upper() + body[1:], body


_DASH_GAP_RE = re.compile(r"\s[-–—]\s")
_SUBJECT_MODAL_RE = re.compile(
    r"\S+(?:\s+\S+){0,2}\s+(?:will|would|shall|should|must|to|is\s+to|are\s+to)\s"
)
# A label heading a line: "Ongoing:", "Not yet:", "We:".
_LABEL_HEAD_RE = re.compile(r"[A-Za-z][\w/ ]{0,20}:\s")


# "everyone sign up to the shared drive", "all bring a dish": the whole group's job.
EVERYONE_VERB_RE = re.compile(
    r"(?P<owner>everyone|everybody|all(?:\s+members)?|Everyone|Everybody|All(?:\s+members)?)"
    r"\s+(?P<task>(?P<verb>[a-z]+)\s.{3,})"
)


def _task_then_owner(ctx: Context, ln: Line, body: str) -> tuple[str | None, str, str] | None:
    """A line of notes giving the task, then its owner after a dash: "Write to the county
    about the potholes – Clerk", "Quotes to be obtained for the bench - Clerk". Only a job
    (not "Review of fees - Finance") and a person, initials or role (not a body or a word)."""
    tail = body[-48:]
    if " – " not in tail and " - " not in tail and " — " not in tail:
        return None  # no owner after a dash at its end (a cheap test first)
    if ln.cstart in ctx.item_start_set and ln.index not in ctx.runs:
        return None  # an item's title
    m = _DASH_LAST_RE.fullmatch(" ".join(body.split()).rstrip("."))
    if m is None:
        return None
    owner, task = m.group("owner").strip(), m.group("task").strip()
    if (
        body_like(owner)
        and not role_like(owner)
        or not (person_like(ctx, owner) or role_like(owner) or owner in ctx.initials)
    ):
        return None
    job = task.split(None, 1)[0].lower() in FIRST_NAME_VERBS and _imperative(task)
    if not (job or _TO_BE_DONE_RE.search(task)):
        return None
    return owner, task, task


_TO_BE_DONE_RE = re.compile(r"\bto\s+be\s+[a-z]+(?:ed|en|t)\b")


def following_list_actions(ctx: Context, actions: list[Action], claimed: Spans) -> None:
    """A request for "the following", then the things, one a line: "The Administrator
    reminded Members to submit the following:-" / "(a) Declarations by 21st August;" / "(b)
    Ethics Forms by 14th July." Each line is an action for who was asked, the verb's task
    applied to the thing ("Submit Ethics Forms by 14th July")."""
    text = ctx.text
    for ln, after in _following_heads(ctx, 600):
        m = _FOLLOWING_REQUEST_RE.search(text, ln.cstart, ln.cend)
        if m is None:
            continue
        owner, verb = m.group("o1") or m.group("o2"), m.group("verb")
        if verb in _TALK_VERBS or verb in _NOT_ASKED or not is_base_verb(verb):
            continue
        if not (owner_like(ctx, owner) or _person_owner(ctx, owner)):
            continue
        ask = " ".join(text[m.start("verb") : m.end("ask")].split())
        for entry in after:
            if not _is_entry_line(ctx, entry) or entry.cstart in ctx.item_start_set:
                break
            s, e = strip_span(text, entry.start, line_end(ctx, entry))  # "(b)" and all
            body = " ".join(text[entry.cstart : e].split())
            thing = _ENUMERATOR_RE.sub("", body, count=1).rstrip(" ;.,")
            if claimed.overlaps(s, e) or not thing:
                continue
            actions.append(make_action(ctx, f"{ask} {thing}", owner, s, e))
            claimed.add(s, e)


def reported_following_actions(ctx: Context, actions: list[Action], claimed: Spans) -> None:
    """Someone's report "as follows", then its points, one a line: "4.1. Martin Coles, the
    Locality Steward, attended and reported the following:" / "4.1.2. Will chase up the
    blocked culvert" / "4.1.3. Will look at the leaning fingerpost". A point promising
    ("Will ...", "He would ...", "To ...") is an action for who reported; the others
    ("Hedge cutting – first round completed") are news."""
    text = ctx.text
    for ln, after in _following_heads(ctx, 400):
        head = _REPORTED_FOLLOWING_RE.match(text, ln.cstart, ln.cend)
        if head is None or not (owner_like(ctx, head.group("o")) or _names(ctx, head.group("o"))):
            continue
        depth = _depth(text, ln)
        for entry in after:
            if depth is None or _depth(text, entry) != depth + 1:
                break  # the points are numbered one level below the report's line
            s, e = entry.cstart, line_end(ctx, entry)
            body = " ".join(_POINT_NUMBER_RE.sub("", text[s:e], count=1).split())
            will = _WILL_POINT_RE.match(body)
            if will is None or not is_base_verb(will.group("verb")) or claimed.overlaps(s, e):
                continue
            s, e = strip_span(text, s, e)
            actions.append(make_action(ctx, will.group("task"), head.group("o"), s, e))
            claimed.add(s, e)


def _following_heads(ctx: Context, longest: int) -> Iterator[tuple[Line, list[Line]]]:
    """Each line of at most `longest` characters that ends "the following:" or "as follows",
    with the lines after it (blank and absorbed lines left out)."""
    text = ctx.text
    lines = [ln for ln in ctx.lines if not ln.blank and ln.index not in ctx.absorbed]
    for k, ln in enumerate(lines):
        if (
            ln.cend - ln.cstart <= longest
            and text.find("follow", ln.cstart, ln.cend) >= 0  # (a cheap test first)
            and _FOLLOWING_END_RE.search(text, ln.cstart, ln.cend)
        ):
            yield ln, lines[k + 1 :]


def _depth(text: str, ln: Line) -> int | None:
    """How many numbers a line's multi-level number has ("4.1.2." is 3), None for none."""
    m = _POINT_NUMBER_RE.match(text, ln.cstart, ln.cend)
    return m.group(0).count(".") if m is not None and "." in m.group(0) else None


_POINT_NUMBER_RE = re.compile(r"\d{1,3}(?:\.\d{1,3}){0,4}\.\s+")
# "4.1. Martin Coles, Locality Steward attended the meeting and reported the following:".
_REPORTED_FOLLOWING_RE = re.compile(
    r"(?:\d{1,3}(?:\.\d{1,3}){0,4}\.?\s+)?(?P<o>(?:[Tt]he\s+)?[A-Z][\w’'.-]*"
    r"(?:\s+[A-Z][\w’'.-]*){0,3})\b[^:]{0,120}?\b(?:reported|said|advised|stated|explained"
    r"|informed\s+(?:the\s+)?[\w ]{1,30}?|updated\s+(?:the\s+)?[\w ]{1,30}?)"
    r"\s+(?:on\s+)?(?:the\s+following|as\s+follows)"
)
# "Will chase up the culvert", "He would write to ...", "To ask the county ...".
_WILL_POINT_RE = re.compile(
    r"(?:(?:He|She|They|[Hh]e\s+also|[Ss]he\s+also)\s+)?(?:[Ww]ill|[Ww]ould|[Tt]o)\s+(?:also\s+)?"
    r"(?P<task>(?P<verb>[a-z]+)\s.{3,})"
)


_FOLLOWING_END_RE = re.compile(r"\b(?:the\s+following|as\s+follows)\s*(?::-?|–|—)?\s*$")
# "reminded Members to submit", "Members were asked to return", "The Clerk to circulate".
_FOLLOWING_REQUEST_RE = re.compile(
    r"(?:\b(?:asked|reminded|requested|invited|urged|encouraged)\s+"
    r"(?P<o1>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
    r"|^\s*(?P<o2>(?:The\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
    r"(?:\s+(?:was|were|are|is)\s+(?:asked|reminded|requested|invited))?)"
    r"\s+to\s+(?P<verb>[a-z]+)(?P<ask>.*?)\s+the\s+following\b",
    re.M,
)
# Verbs of being told, not of a task: "asked to note the following".
_NOT_ASKED = frozenset("note receive consider accept approve endorse".split())  # noqa: SIM905


def bare_verb_sentences(ctx: Context, actions: list[Action], claimed: Spans) -> None:
    """A sentence of telegraphic notes, anywhere in a paragraph, giving someone present a job
    with a bare verb: "The quote was too high. Priya talk to Tom, and then Jo about the
    rota." (see :func:`name_then_verb`)."""
    if not ctx.name_tokens:
        return
    text = ctx.text
    for ln in ctx.lines:
        if ln.blank or ln.index in ctx.absorbed or _is_entry_line(ctx, ln):
            continue
        if ln.cend - ln.cstart > 20000:
            continue
        for s, e, st, _low in sentences_of_line(ctx, ln):
            if not st[:1].isupper() or claimed.overlaps(s, e):
                continue
            first = st.split(None, 1)[0].lower()
            if first not in ctx.name_tokens:
                continue
            found = name_then_verb(ctx, st, bullet=False)
            if found is None:
                continue
            s, e = strip_span(text, s, e)
            owner, task, _ = found
            actions.append(make_action(ctx, task, owner, s, e))
            claimed.add(s, e)


def name_then_verb(ctx: Context, body: str, *, bullet: bool) -> tuple[str, str, str] | None:
    """A line of telegraphic notes opening with someone the attendance names (or, on a
    bullet, a given name) and a bare verb: "Priya talk to Tom, and then Jo about the rota",
    "- Sam contact the caterer and apologise". The name is no verb ("Mark the date"); the
    verb is in its base form (not "reported", "talks"), not one whose past is the same
    ("put", "read") nor of talk ("agree", "think"), and takes an object or a preposition
    ("the", "to", a name), so it is no noun ("Sam cake stall"), unless it is a job's verb on
    a bullet ("- Marcus order more wood chip"). Two names or more only on a bullet ("Tom and
    Jo meet the landlord every month" is their habit); nothing done already or as a habit
    ("last week", "as usual")."""
    m = _LINE_NAME_VERB_RE.match(body)
    if m is None or len(body) > 400:
        return None
    owner, verb, after = m.group("owner"), m.group("verb"), m.group("after")
    names = split_owners(owner)
    if not all(
        verb_base(o) is None and o.lower() not in _NOT_NAMES and not _CONTRACTION_RE.search(o)
        for o in names
    ):
        return None  # "Don't leave ...", "Let's keep ..."
    present = all(o.lower() in ctx.name_tokens for o in names)
    if not (present or bullet and all(_named_first(ctx, o) for o in names)):
        return None
    if not is_base_verb(verb) or verb in _TALK_VERBS or verb in _PAST_AS_BASE or verb in WILL_BAD:
        return None
    if len(names) > 1 and (not bullet or verb not in FIRST_NAME_VERBS):
        return None  # "Tom and Jo meet the landlord every month": a plural's present tense
    takes_object = after in _VERB_OBJECT_WORDS or after[:1].isupper()
    if not (takes_object or present and bullet and verb in FIRST_NAME_VERBS):
        return None  # "- Marcus order more wood chip": someone present, a job's verb
    if _HABIT_OR_PAST_RE.search(body):
        return None
    task = body[m.start("verb") :].strip()
    return owner, task[:1].upper() + task[1:], task


_LINE_NAME_VERB_RE = re.compile(
    r"(?P<owner>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)?(?:\s*(?:/|&|and)\s*[A-Z][a-z’'-]+)*)"
    r"\s+(?P<verb>[a-z]+)\s+(?P<after>[\w’']+)"
)
# Capitalised words opening a sentence that are no one's name ("With regard to ...").
_NOT_NAMES = frozenset(
    """
    the a an with for as if when on at by from per re regarding following further given all any each
    every some this that these those there here it we they he she you i our their yeah yes
    no ok okay so and but or not also just maybe then is are was were am been has had does did
    could would should might must can may shall
    """.split()  # noqa: SIM905
)
_CONTRACTION_RE = re.compile(r"['’](?:t|s)$")
_PAST_AS_BASE = frozenset(
    "put set read cut let hit shut spread quit cast hurt upset beat present".split()  # noqa: SIM905
)
# What was done or is done as a habit, not a job: "last week", "as usual", "every Tuesday".
_HABIT_OR_PAST_RE = re.compile(
    r"\b(?:last\s+(?:week|month|year|time|meeting)|yesterday|ago|as\s+usual|usually"
    r"|every\s+(?:week|month|day|time|[A-Z][a-z]+day)|each\s+(?:week|month|day|time))\b"
)
# What follows a verb and not a noun: a determiner, preposition, pronoun or particle.
_VERB_OBJECT_WORDS = frozenset(
    """
    the a an to with about up out on off in back round over down for all any some his her
    their our my your him them it this that these those everyone everybody someone
    """.split()  # noqa: SIM905
)


# "Bob talk to Luther", "Luther and Val sort out the visitors", "Carol to turn the notes into
# a document" in an action list (not "Chase up the invoices": a verb and its particle).
_NAME_VERB_RE = re.compile(
    r"(?P<owner>[A-Z][a-z’'-]+(?:\s*(?:/|&|and)\s*[A-Z][a-z’'-]+)*)\s+(?:to\s+|will\s+)?"
    r"(?!(?:up|down|over|back|round|forward)\b)(?P<task>[a-z].{3,})"
)


def _named_first(ctx: Context, owner: str) -> bool:
    """Given names ("Bob", "Luther and Val"): the attendance's, or names that are no
    everyday word ("Fazli") or are given names ("Bob", "Mark")."""
    return all(
        o.lower() in ctx.name_tokens or is_name_word(o) or not is_word(o)
        for o in split_owners(owner)
    )


# "Nick Draper and Martyn Gigg will update ...", "TSC is to decide ...", "Each facility to
# come prepared ...": who, then a cue, then the task.
_SUBJECT_TASK_RE = re.compile(
    r"(?P<owner>(?:[Ee]ach|[Ee]very|[Aa]ll)\s+[a-z]+(?:\s+[a-z]+)?|[A-Z][\w’'.&-]*"
    r"(?:\s+(?:(?:and|&)\s+)?[A-Z][\w’'.&-]*){0,5}|@[\w-]+(?:\s*(?:,|and|&)\s*@[\w-]+)*)"
    r"\s+(?:will|to|is\s+to|are\s+to|should|must|shall|needs?\s+to)\s+(?P<task>[a-z].{2,})"
)
_EACH_RE = re.compile(r"(?:[Ee]ach|[Ee]very|[Aa]ll)\s")
# "[ ] ...", "- [ ] ..." (a markdown task list); "[x]" is done.
_CHECKBOX_RE = re.compile(r"\[(?: |([xX✓]))\]\s+")
_HANDLE_END_RE = re.compile(r"\s+(?P<owner>@[\w-]+(?:\s*,?\s*@[\w-]+)*)\s*\.?$")


def _roll_call(ctx: Context, ln: Line, body: str) -> bool:
    """An attendance roll ticked in boxes ("* [ ] Henry Vera, Double Negative" under "Voting
    member attendance"): someone's name, with their organisation or role, or any box under
    a heading of attendance (a few words, not a "Present: ..." line of names); people, not
    jobs."""
    head = _ROLL_NAME_RE.match(body.strip(" *_"))
    if head is not None and person_like(ctx, head.group("name")):
        return True
    for k in range(ln.index - 1, max(-1, ln.index - 60), -1):
        prev = ctx.lines[k]
        if prev.blank or _is_entry_line(ctx, prev):
            continue
        head_words = ctx.text[prev.cstart : prev.cend].split()
        return (
            len(head_words) <= 5
            and _ROLL_HEAD_RE.search(ctx.text, prev.cstart, prev.cend) is not None
        )
    return False


# A name, then its organisation or role, or nothing: "Henry Vera, Double Negative".
_ROLL_NAME_RE = re.compile(
    r"(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})\s*(?:$|,|\s[-–—]\s|\()"
)
_ROLL_HEAD_RE = re.compile(
    r"(?i)\b(?:attendance|attendees|attending|present|participants|roll\s+call|apologies"
    r"|absent|members\s+present|voting\s+members?)\b"
)


def _checkbox_task(ctx: Context, ln: Line, body: str) -> tuple[str | None, str, str] | None:
    """An open box of a task list: "[ ] Fazli: contact the landlord", "- [ ] Bob talk to
    Luther", "- [ ] TSC is to decide ...", "- [ ] renew the domain @dana"; any wording is a
    task."""
    body = " ".join(body.split())
    if not body:
        return None
    found = _note_task(ctx, ln, body)
    if found is not None:
        return found
    m = _NAME_VERB_RE.fullmatch(body)
    if m is not None and _named_first(ctx, m.group("owner")) and _imperative(m.group("task")):
        return m.group("owner"), m.group("task"), m.group("task")
    m = _SUBJECT_TASK_RE.fullmatch(body)
    if m is not None and (_entry_owner(ctx, m.group("owner")) or _EACH_RE.match(m.group("owner"))):
        return m.group("owner"), m.group("task"), m.group("task")  # "TSC is to decide ..."
    h = _HANDLE_END_RE.search(body)
    if h is not None:
        return h.group("owner"), body[: h.start()], body
    return None, body, body


def _note_task(ctx: Context, ln: Line, body: str) -> tuple[str | None, str, str] | None:
    """ "Fazli: contact the landlord and apologise", "Luther/Val: sort out the questions",
    "everyone: read the draft", "Roland - make two more pigeonholes": a task in informal
    notes, on a line of its own, anywhere in the minutes; "Omar: will see to this" promises
    what the line before says. Not an item's title ("2. Treasurer - present the accounts")
    nor a title over a rule ("Riverside Group – call notes" over "=====") nor a topic over
    its discussion (:func:`_topic_over_bullets`)."""
    if ln.cstart in ctx.item_start_set and ln.index not in ctx.runs or _over_rule(ctx, ln):
        return None
    found = note_task(ctx, body)
    if found is None:
        return None
    owner, task, will = found
    if not will and _topic_over_bullets(ctx, ln, task):
        return None  # :func:`_topic_line`
    if will and _PRO_FORM_RE.fullmatch(task):  # "will see to this": what the line before says
        before = _line_before(ctx, ln)
        if before:
            return owner, f"{task.rstrip(' .')} ({before.rstrip(' .')})", task
    return owner, task, task


def _topic_line(ctx: Context, ln: Line) -> bool:
    """A bullet "Name: topic" over its discussion (:func:`_topic_over_bullets`)."""
    body = ctx.text[ln.cstart : ln.cend]
    if ":" not in body[:48]:
        return False
    found = note_task(ctx, body)
    return found is not None and not found[2] and _topic_over_bullets(ctx, ln, found[1])


def _topic_over_bullets(ctx: Context, ln: Line, task: str) -> bool:
    """ "* Nicole: volunteer newsletter" over bullets indented further: who brings a topic and
    its title (a few words, no article or preposition), the discussion below."""
    words = task.split()
    if len(words) > 3 or any(w.lower() in _VERB_OBJECT_WORDS for w in words[1:]):
        return False
    nxt = next((x for x in ctx.lines[ln.index + 1 : ln.index + 3] if not x.blank), None)
    return nxt is not None and _is_entry_line(ctx, nxt) and _indent(ctx, nxt) > _indent(ctx, ln)


def _over_rule(ctx: Context, ln: Line) -> bool:
    """A title underlined with a rule of "=" or "-" (a setext heading)."""
    nxt = ln.index + 1
    if nxt >= len(ctx.lines) or ctx.lines[nxt].blank:
        return False
    below = ctx.lines[nxt]
    return _RULE_RE.fullmatch(ctx.text, below.cstart, below.cend) is not None


def note_task(ctx: Context, body: str) -> tuple[str, str, bool] | None:
    """(owner, task, whether promised with "will") of "Name: <imperative task>", "Name -
    <task>", "Name: will <task>"; not a label ("Chair: Jane Smith", "Venue: the hall") nor
    what a speaker says ("Aisha: I think ...", "Tim: fine with that")."""
    head = body[:48]
    if ":" not in head and "- " not in head and " – " not in head:
        return None
    m = _NOTE_TASK_RE.fullmatch(body.strip())
    if m is None:
        return None
    owner, task = m.group("owner").strip(), m.group("task").strip()
    if " - " in owner:  # "Landlord issue - Fazli: contact the landlord"
        owner = owner.rsplit(" - ", 1)[1].strip()
    owner = _TODO_RE.sub("", owner)  # "TODO Fazli: contact the landlord"
    if _MARK_WORD_RE.fullmatch(owner) and m.group("aka"):
        owner = m.group("aka").strip()  # "AI (Tim): update the docs"
    if _SENTENCE_END_RE.search(owner) or not _entry_owner(ctx, owner) or _LABEL_RE.fullmatch(owner):
        return None  # "The roof leaks. Ivo: ...": a sentence before the owner
    if m.group("will"):
        return owner, task, True
    first = task.split(None, 1)[0].lower()
    if (
        first in _TALK_VERBS
        or task.endswith("?")
        or _DONE_RE.search(task)
        or _STATEMENT_RE.match(task)
        or _noun_use(task)
        or task[:1].isupper()
        and not _capitalised_job(ctx, owner, task)
        or not (_imperative(task[:1].upper() + task[1:]) or _loose_job(ctx, owner, task))
    ):
        return None
    return owner, task, False


def _present(ctx: Context, owner: str) -> bool:
    """Everyone in ``owner`` is someone the attendance names, by a name or initials."""
    parts = split_owners(owner)
    return bool(parts) and all(o.lower() in ctx.name_tokens or o in ctx.initials for o in parts)


def _capitalised_job(ctx: Context, owner: str, task: str) -> bool:
    """A task written as a sentence ("Tom: Ring the garage", "Nadia: Plan for a planting day
    to be drawn up") for someone present: a verb of a job or a thing to be done. What a
    speaker said reads otherwise ("BT: Bulk memory proposal is far along")."""
    first = task.split(None, 1)[0].lower()
    return _present(ctx, owner) and (
        first in FIRST_NAME_VERBS
        or bool(_THING_TO_BE_DONE_RE.match(task) or _PHRASAL_JOB_RE.match(task))
    )


# A verb of a job with its particle: "Come up with a plan", "Reach out to the college".
_PHRASAL_JOB_RE = re.compile(r"(?i)(?:come\s+up\s+with|reach\s+out\s+to|draw\s+up)\s")


# "Plan for a campaign to be drawn up ...": a short noun phrase, then what is to be done.
_THING_TO_BE_DONE_RE = re.compile(r"(?:[\w’'-]+\s+){1,5}to\s+be\s+[a-z]+(?:ed|en|t|wn)\b")


def _loose_job(ctx: Context, owner: str, task: str) -> bool:
    """A job for someone present in the words of informal notes: a verb no dictionary lists
    ("Felix: chivvy the caretaker"), or a thing to be done ("Nadia: Plan for a planting day
    to be drawn up before the next meeting")."""
    if not _present(ctx, owner):
        return False
    words = task.split()
    return (
        len(words) >= 3
        and words[0].isalpha()
        and words[0].islower()
        and not is_word(words[0])
        and words[0] not in _NOT_NAMES
        and words[1] in _VERB_OBJECT_WORDS
        or bool(_THING_TO_BE_DONE_RE.match(task))
    )


# "install has been too fragile": a subject and its verb, not an imperative.
_STATEMENT_RE = re.compile(r"\S+(?:\s+\S+)?\s+(?:has|have|had|is|are|was|were|does|did)\b")


def _names(ctx: Context, owner: str) -> bool:
    """Owners that are people by name or initials ("Daniel/Peter", "AB & CD", "Ana Mendes"),
    not a word ("Finance") or a role."""
    parts = split_owners(owner)
    return bool(parts) and all(
        _INITIALS_RE.fullmatch(o)
        or o in ctx.initials
        or person_like(ctx, o)
        or o[:1].isupper()
        and all(given_name(w) for w in o.split())
        for o in parts
    )


def _noun_use(task: str) -> bool:
    """A task that reads as a noun or an adjective, not a verb: "review of the accounts",
    "update on correspondence", "fine with that", "open to the idea", "back next week"."""
    words = task.lower().split(None, 2)
    if len(words) < 2:
        return False
    first, second = words[0], words[1]
    return (
        second == "of"
        or first in _NOUN_VERBS
        and second in ("on", "from", "for", "re")
        or first in _ADJECTIVE_VERBS
        or first in _ADJECTIVE_OR_VERB
        and second in _PREPOSITIONS
    )


_NOUN_VERBS = frozenset("update report review feedback progress".split())  # noqa: SIM905
_ADJECTIVE_VERBS = frozenset(
    "fine back like well right even still next last better best".split()  # noqa: SIM905
)
_ADJECTIVE_OR_VERB = frozenset("open clear free close present busy".split())  # noqa: SIM905
_PREPOSITIONS = frozenset("to with on about for at of in".split())  # noqa: SIM905


_MARK_WORD_RE = re.compile(r"AI|AP|TODO|To-?[Dd]o|ACTION|Action|Action\s+point")
# A mark with its owner in brackets heading an entry: "AI(Tim):", "Action item (Jo):".
_MARK_AKA_RE = re.compile(r"(?:AI|AP|TODO|ACTION|Action(?:\s+(?:item|point))?)\s*\([^()]+\)\s*:")
_TODO_RE = re.compile(r"^(?:TODO|To-?[Dd]o|ACTION|Action)\s+(?=\S)")


# A full stop ending a word that is no honorific or initial ("leaks.", not "Cllr." or "P.").
_SENTENCE_END_RE = re.compile(
    r"(?<![\w.])(?!(?:Cllr|Cr|Dr|Mr|Mrs|Ms|Prof|Rev|St)\.)[A-Za-z]{2,}\.(?=\s)"
)


def _line_before(ctx: Context, ln: Line) -> str:
    """The text of the nearest line above with any (none when it is an item's title)."""
    for k in range(ln.index - 1, max(-1, ln.index - 4), -1):
        prev = ctx.lines[k]
        if not prev.blank:
            if prev.cstart in ctx.item_start_set:
                return ""
            return ctx.text[prev.cstart : prev.cend].strip()
    return ""


_NOTE_TASK_RE = re.compile(
    r"(?P<owner>[A-Za-z@][\w’'.&/ ,+-]{0,39}?)(?:\s*\((?P<aka>[^()]{1,30})\))?"
    r"\s*(?::|\s[-–]|-(?=\s+[Pp]lease\b))\s+(?:(?P<will>will|to)\s+|(?P<please>[Pp]lease)\s+)?"
    r"(?P<task>[a-zA-Z].{1,})",
    re.S,
)
# "do it", "see to this", "sort that out", "deal with it" (and a time: "in a week or so").
_PRO_FORM_RE = re.compile(
    r"(?:(?:do|see\s+to|sort|take|deal\s+with|handle|look\s+into|follow\s+up|action)"
    r"\s+(?:it|this|that|these|them)\b(?:\s+(?:out|on|up))?(?:\s+[^.;]{0,30})?|do)\.?"
)
# Labels of minutes' furniture: their "Name: value" lines are no tasks.
_LABEL_RE = re.compile(
    r"(?i)(?:minutes?|minute\s+taker|notes?|note\s+taker|date|time|venue|location|place|present"
    r"|attendees|attendance|apologies|absent|in\s+attendance|item|subject|re|agenda|next"
    r"\s+meeting|decision|agreed|resolved|outcome|status|update|summary|background|purpose)"
)
# Verbs opening what a speaker said rather than a task for them.
_TALK_VERBS = frozenset(
    """
    think agree disagree like love want wish hope feel know see guess suppose wonder thank
    believe mean remember say note suggest prefer understand worry let need seem sound
    have can could may might must should would be query question comment welcome propose
    recommend object second vote oppose abstain
    """.split()  # noqa: SIM905
)


def _known_owner(ctx: Context, owner: str) -> bool:
    """Initials the attendance defines, people the minutes name, or everyone ("all")."""
    if owner.lower() in _EVERYONE:
        return True
    parts = split_owners(owner)
    return bool(parts) and all(
        o in ctx.initials or person_like(ctx, o) or _lower_known(ctx, o) or _HANDLE_RE.fullmatch(o)
        for o in parts
    )


def _lower_known(ctx: Context, owner: str) -> bool:
    """Someone present written in lower case: "(anders)", initials "(rj)", a user name the
    minutes give as someone's ("tnowak" for "@tnowak")."""
    return owner.islower() and (
        owner in ctx.name_tokens
        or len(owner) <= 3
        and owner.upper() in ctx.initials
        or known_handle(ctx, owner)
    )


_EVERYONE = frozenset({"all", "everyone", "everybody", "all members"})


# "(AM) Share the draft", "(All speakers) Upload slides".
_BRACKET_FIRST_RE = re.compile(
    r"(?:\((?P<owner>[^()]{1,40})\)|\[(?P<owner2>[^\[\]]{1,40})\](?!\())\s*(?P<task>[A-Z].{3,})"
)
# "Confirm the weekly call time - Arushi".
_DASH_LAST_RE = re.compile(r"(?P<task>[A-Z][a-z]+\b.{3,}?)\s+[-–—]\s+(?P<owner>[^-–—(]{2,40}?)\.?")
# "Arushi - Start writing sections", "all - review the pull request".
# "Tomasz (tnowak) - fix the bench": a name and its handle or role aside.
_DASH_FIRST_RE = re.compile(
    r"(?P<owner>[^-–—:(]{2,40}?)(?:\s*\([^()]{1,30}\))?\s*[-–—]\s+(?P<task>\S.{3,})"
)
# "Share the revised plan (AM)", "Review the guide [Tomasz]", "Update the changelog — @jo".
_BRACKET_LAST_RE = re.compile(
    r"(?P<task>[A-Z][a-z]+\b.{3,}?)\s*(?:\((?P<owner>[^()]{2,40})\)|\[(?P<owner2>[^\[\]]{2,40})\]"
    r"|\s[-–—]\s+(?P<owner3>@[\w-]+))\.?"
)
_INFINITIVE_TO_RE = re.compile(r"^to\s+(?=[a-z])", re.I)
_LIST_SHAPES = (_BRACKET_FIRST_RE, _DASH_LAST_RE, _DASH_FIRST_RE, _BRACKET_LAST_RE)
_ENTRY_SHAPES = (_BRACKET_LAST_RE,)
_ENUMERATOR_RE = re.compile(r"^(?:\(?(?:\d{1,2}|[A-Za-z])[.)]|\d{1,2}\.\d{1,2}\.?)\s+")
_PLEASE_RE = re.compile(r"^(?:[Pp]lease|[Kk]indly)\s+")
_ENTRY_LINE_RE = re.compile(r"\(?(?:\d{1,2}|[A-Za-z])[.)]\s|\d{1,2}\.\d{1,2}\.?\s")


def _is_entry_line(ctx: Context, ln: Line) -> bool:
    """A bulleted or numbered line."""
    return _bulleted(ctx.text, ln)


@per_parse  # (asked of a line by several rules)
def _bulleted(text: str, ln: Line) -> bool:
    if text[ln.start : ln.cstart].strip():
        return True  # a bullet glyph before the content
    return _ENTRY_LINE_RE.match(text, ln.cstart, ln.cend) is not None


def _imperative(task: str) -> bool:
    """A task opening with a verb in its base form ("Share the draft", "Please ensure ..."),
    not a title in capitals ("Best Practices", "Home Office") or a word alone."""
    words = _BRACKETS_RE.sub("", _PLEASE_RE.sub("", task)).split()
    if len(words) < 2 or not words[0][:1].isalpha() or not is_base_verb(words[0].lower()):
        return False
    second = words[1]
    # Not a title in capitals ("Best Practices") nor a heading ("Budget - Finance"); a name
    # may follow the verb ("Ping Tom about the keys").
    return second[:1].isalnum() and not (
        second[:1].isupper()
        and not second.isupper()
        and not (is_name_word(second) or not is_word(second.strip(",.")))
    )


def _entry_owner(ctx: Context, owner: str) -> bool:
    """The owner of an entry: initials, a person, role or body, a name that is no everyday
    word ("Arushi", "Mark"), "all", "everyone", "All speakers", "Subsection owners"."""
    parts = split_owners(owner)
    if not parts or len(owner) > 40:
        return False
    for o in parts:
        words = o.split()
        if o.lower() in NOT_OWNERS:
            return False  # "We: start stocking coffee pods", "Ongoing: ..."
        if o in ctx.initials or owner_like(ctx, o) or _INITIALS_RE.fullmatch(o):
            continue
        if _lower_known(ctx, o):
            continue
        if _HANDLE_RE.fullmatch(o):  # "@tim"
            continue
        if words[0].lower() in ("all", "everyone", "everybody"):
            continue
        if len(words) <= 2 and words[-1].lower() in ("owners", "leads", "members", "volunteers"):
            continue
        if len(words) <= 2 and all(
            w[:1].isupper() and (not is_word(w) or is_name_word(w)) for w in words
        ):
            continue
        return False
    return True


_INITIALS_RE = re.compile(r"[A-Z]{2,4}")
_HANDLE_RE = re.compile(r"@[\w-]{1,39}")
_SUB_HEAD_RE = re.compile(r"[^.;:]{3,60}:")
_BRACKETS_RE = re.compile(r"\([^()]*\)")
_DONE_RE = re.compile(r"(?i)(?=[-–—(dc])(?:[-–—(]\s*|\b)(?:done|completed?)\s*(?:[-–—).]|$)")


# "Marcel: Share an example ...", "All members: Add ...", "Eclipse Foundation: Explore ...".
_OWNER_COLON_RE = re.compile(
    r"(?P<owner>[A-Z][\w’'.&/-]*(?:\s+[\w’'.&/()-]+){0,4}?)\s*[:–—]\s+(?P<task>\S.{3,})"
)
_LIST_OWNER_WORDS = frozenset({"members", "member", "of", "the", "and", "&", "for", "team"})


def _list_owner(ctx: Context, owner: str) -> bool:
    """An owner heading an entry of an action list: a person, initials, role or body, or
    capitalised words ("Eclipse Foundation"), "All members", "Interested members"."""
    if owner.lower() in NOT_OWNERS:
        return False
    if owner_like(ctx, owner):
        return True
    words = owner.split()
    return words[0][:1].isupper() and all(
        w[:1].isupper() or w.lower() in _LIST_OWNER_WORDS for w in words
    )
