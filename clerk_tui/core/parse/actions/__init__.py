"""Actions, by source: tables (:mod:`.tables`), blocks of fields (:mod:`.fields`), "ACTION:"
markers (:mod:`.markers`), lists of actions (:mod:`.lists`, :mod:`.owner_heads`,
:mod:`.following`, :mod:`.schedules`), informal notes (:mod:`.named_notes`,
:mod:`.bullet_jobs`), prose commitments (:mod:`.prose`) and shorthand with no subject
(:mod:`.subjectless`); then one action per span, and an
action log's row standing for the same action minuted above."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable

from ...model import Action
from ..action_refs import passage_ref
from ..context import Context, Spans, per_context, per_parse
from ..items import heads_action_list
from ..layout import HTML_TAG_RE, lines_after
from ..people.words import initials_shaped
from .bullet_jobs import bullet_sentence_actions
from .bullet_runs import bare_bullet_runs
from .carried import (
    carry_bare_objects,
    labelled_to_tasks,
    split_carried_tasks,
    trailing_tag_tasks,
)
from .common import ACTION_MARK_RE
from .fields import field_block_actions, owner_tag_actions
from .first_person import name_first_person
from .following import following_list_actions, reported_following_actions
from .later_dues import dues_said_after
from .lead_lists import lead_list_actions
from .lexicon import is_task_verb
from .lists import list_actions
from .markers import bold_owner_actions, marker_actions
from .named_notes import bare_verb_sentences
from .next_roles import next_role_actions
from .nontasks import drop_non_tasks
from .owner_heads import owner_block_actions
from .owners import same_party
from .prose import prose_actions
from .reviews import drop_reviewed
from .schedules import schedule_actions
from .speakers import name_signers
from .subjectless import subjectless_notes
from .tables import (
    column_actions,
    column_head,
    drop_restated_labels,
    html_table_actions,
    owner_column_actions,
    stacked_table_actions,
    table_actions,
)
from .tag_subjects import tag_subject_actions
from .tagged_passives import tagged_passive_actions
from .todos import todo_heading_actions
from .verbs import TASK_VERBS

CONTENT_WORD_RE = re.compile(r"[a-z][a-z'-]{2,}")

# A source of actions appends what it finds and claims the spans it covers (so that prose
# rules skip them); a log or list returns its rows, which may repeat actions minuted above.
Source = Callable[[Context, list[Action], Spans], list[tuple[int, int]] | None]
SOURCES: tuple[Source, ...] = (
    field_block_actions,
    owner_tag_actions,
    table_actions,
    html_table_actions,
    owner_column_actions,
    stacked_table_actions,
    todo_heading_actions,
    marker_actions,
    bold_owner_actions,
    column_actions,
    schedule_actions,
    following_list_actions,
    reported_following_actions,
    lead_list_actions,
    next_role_actions,
    list_actions,
    owner_block_actions,
    bare_bullet_runs,
    tag_subject_actions,
    tagged_passive_actions,
    bullet_sentence_actions,
    bare_verb_sentences,
    labelled_to_tasks,
    trailing_tag_tasks,
    prose_actions,
    subjectless_notes,
)


def find_actions(ctx: Context) -> list[Action]:
    """Every action, from each source in turn, once each, in the order of the text."""
    actions: list[Action] = []
    claimed = Spans()  # spans whose prose is already covered
    rows: set[tuple[int, int]] = set()
    marked: list[Action] = []
    for source in SOURCES:
        before = len(actions)
        rows.update(_from_source(ctx, source, actions, claimed))
        if source is marker_actions:
            marked = actions[before:]
    actions.sort(key=lambda a: a.start)
    actions = split_carried_tasks(ctx, actions)
    actions = drop_non_tasks(ctx, actions)  # before the copies of one task are merged
    name_first_person(ctx, actions)
    name_signers(ctx, actions)
    actions = drop_reviewed(ctx, actions)  # before a minute is merged into an old row
    actions = _drop_answered_requests(ctx.text, actions, marked)
    actions = _drop_restated_by_marker(ctx, actions, marked)
    actions = [a for a in actions if not _answered_at_once(ctx.text, a)]
    actions = _drop_carried_rows(ctx.text, actions, rows)
    actions = drop_restated_labels(ctx, actions, rows)
    agreed = _Agreed()
    actions = _dedupe_against_table(ctx, actions, rows, agreed)
    lists = _action_list_spans(ctx)
    actions = _drop_restated(ctx, actions, lists, agreed)
    actions = _restated_in_list(ctx, actions, lists, agreed)
    actions = [a for a in actions if not _motion_movers(ctx.text, a)]
    stated = carry_bare_objects(ctx, actions)
    actions.sort(key=lambda a: a.start)
    # One action per span, and none with no words ("**" left by a label's bold, a cell's tags).
    out: list[Action] = []
    for a in actions:
        if out and out[-1].start == a.start and out[-1].end == a.end and out[-1].owner == a.owner:
            continue
        if "<" in a.text:
            a.text = " ".join(HTML_TAG_RE.sub(" ", a.text).split())
        if (
            _header_cells(a.text)
            and (a.owner is None or _header_cells(a.owner))
            or "|" in (a.owner or "")
            and _header_cells(a.owner or "")
        ):
            # "<th>Responsible</th>", "Action: Owner |": a table's header, read as a line (not
            # "- Kasim to follow up": someone's task in the words of a column's head)
            continue
        if _LETTER_RE.search(a.text) is None:
            continue
        out.append(a)
    dues_said_after(ctx, out)  # (from each task's own sentence: "By 30 April, Jo will ...")
    for a, start in stated:
        a.start = start  # stated with the sentence it is about
    agreed.link(ctx.text, out)
    out.sort(key=lambda a: a.start)
    return out


class _Agreed:
    """Where each action restated in a log or list was agreed: the minute it stands for."""

    def __init__(self) -> None:
        self._at: dict[int, tuple[int, int]] = {}

    def merge(self, kept: Action, minute: Action) -> None:
        """``kept`` stands for ``minute`` too: it is linked to the passage where the minute
        was agreed, takes the minute's words when they say more than its own, and the
        minute's owner, due date and item when it has none."""
        self._at[id(kept)] = self._at.pop(id(minute), (minute.start, minute.end))
        if _fuller_task(minute, kept):
            kept.text = minute.text
        if kept.owner is None:
            kept.owner, kept.owners = minute.owner, minute.owners
        if kept.due is None and (minute.due is not None or kept.due_text is None):
            kept.due, kept.due_text = minute.due, minute.due_text
        kept.item = minute.item

    def link(self, text: str, actions: list[Action]) -> None:
        """Each action that stands for a minute takes the minute's span (once the due dates
        written beside each copy are read), unless its own copy is a statement of the action
        in its own right: a line marked as one ("- ACTION: Jo to collect the forms" under
        "Action items"), or the only copy carrying the action's reference ("| 1.1 | Circulate
        the data | AH |" for "AH will circulate the data")."""
        for a in actions:
            start, end = self._at.get(id(a), (a.start, a.end))
            if _MARKED_LINE_RE.match(text, text.rfind("\n", 0, a.start) + 1):
                continue
            if passage_ref(text, start, end) or not passage_ref(text, a.start, a.end):
                a.start, a.end = start, end


# A line opening with an action's mark, after a bullet or a number: "- ACTION: Jo to ...".
_MARKED_LINE_RE = re.compile(r"[ \t>*•-]*(?:\d{1,3}[.)]\s+)?(?:" + ACTION_MARK_RE.pattern + ")")


_LETTER_RE = re.compile(r"[^\W\d_]")


def _header_cells(text: str) -> bool:
    """Whether ``text`` is nothing but the heads of an action log's columns ("Responsible",
    "Responsible | Due |", "Lead |")."""
    cells = [c for c in text.split("|") if c.strip(" *_:")]
    return bool(cells) and all(column_head(c) for c in cells)


def _motion_movers(text: str, action: Action) -> bool:
    """ "MOTION: Okafor/Lind to approve the budget", "M/S/C (Reyes/Kay) to adopt the policy":
    the pair before "to" moved and seconded a motion, a decision; nobody was given a job."""
    line_start = text.rfind("\n", 0, action.start) + 1
    return _MOTION_LABEL_RE.match(text, line_start) is not None


_MOTION_LABEL_RE = re.compile(
    r"[ \t>*_#-]*(?:motion\s*[:.\-–]|m\s*/\s*s(?:\s*/\s*[cfp])?\b|moved\s*/\s*seconded\b)",
    re.IGNORECASE,
)


def _from_source(
    ctx: Context, source: Source, actions: list[Action], claimed: Spans
) -> list[tuple[int, int]]:
    """Run one source; one that raises is reported and adds no actions."""
    before = len(actions)
    try:
        return source(ctx, actions, claimed) or []
    except Exception as exc:
        del actions[before:]
        ctx.faults.failed(source, exc)
        return []


_SMALL_STOP = frozenset(
    """
    the and for with from that this these those into onto about their there been have will
    would could should all any each other than then them they its our your
    """.split()  # noqa: SIM905
)


@per_parse  # (each action's text, asked again beside each other action)
def _content_words(s: str) -> frozenset[str]:
    return frozenset(
        w.rstrip("s")
        for w in CONTENT_WORD_RE.findall(s.lower())
        if w not in _SMALL_STOP and w not in TASK_VERBS
    )


def _fuller_task(a: Action, b: Action) -> bool:
    """Whether ``a`` says as a task in the imperative what ``b`` only labels, all its words
    and more beside its due date ("Review the staffing model for the stroke unit and report
    to the Quality Committee" for "Staffing model review for stroke unit"; not "The Board
    asked SB to bring a costed proposal ...", nor "Reach out to contacts for potential
    mentoring opportunities" for "Reach out to contacts for mentoring opportunities", a task
    already)."""
    first, label = (x.text.split(None, 1)[0].lower() if x.text.strip() else "" for x in (a, b))
    return (
        is_task_verb(first)
        and not is_task_verb(label)
        and _content_words(b.text) <= _content_words(a.text) - _content_words(a.due_text or "")
    )


def _different_tasks(a: str, b: str) -> bool:
    """Both open with a verb of a task, and not the same one ("Provide contact points ..."
    and "Set up a workshop ..." are two tasks, however many words they share)."""
    va, vb = a.split(None, 1)[0].lower(), b.split(None, 1)[0].lower()
    return va != vb and is_task_verb(va) and is_task_verb(vb)


def _owner_key(ctx: Context, a: Action) -> frozenset[str]:
    """Who owns ``a``, each in lower case as the one person the minutes name in full that
    they stand for ("Cllr Ford" and "LF" are "lena ford"), else a handle as its name ("@kim"
    is "kim") and a role with or without its article ("the Clerk" is "clerk")."""
    return frozenset(_party(ctx, o) for o in _owners(a))


@per_parse  # (asked of each owner beside each other copy of a task)
def _party(ctx: Context, owner: str) -> str:
    """The key of :func:`_owner_key` for one owner."""
    by_key = _full_names(ctx)
    keys = {w.lower() for w in _WORD_RE.findall(owner)}
    if initials_shaped(owner.strip()):  # ("RK" for "Rob Kent"; other owners share a word)
        keys.add(owner.strip()[:1])
    named = {n for k in keys for n in by_key.get(k, ()) if same_party(owner, n)}
    if len(named) == 1:
        return named.pop().lower()
    return _THE_RE.sub("", owner.lower().strip(". ").lstrip("@"))


@per_context
def _full_names(ctx: Context) -> dict[str, list[str]]:
    """The names of people the minutes name in full, by each of their words in lower case and
    by their first letter (what initials for them start with)."""
    by_key: dict[str, list[str]] = {}
    for name in {p.name for p in ctx.people if p.name and " " in p.name}:
        for key in {w.lower() for w in _WORD_RE.findall(name)} | {name[:1]}:
            by_key.setdefault(key, []).append(name)
    return by_key


_WORD_RE = re.compile(r"[A-Za-z][\w’'-]*")
_THE_RE = re.compile(r"^the\s+")


def _owners(a: Action) -> list[str]:
    return a.owners or ([a.owner] if a.owner else [])


def _same_owner(ctx: Context, a: Action, b: Action) -> bool:
    """Whether ``a`` and ``b`` have the same owners, however each is written: as each other
    (:func:`same_party`), or as one person the minutes name ("Cllr Ford" and "LF" for "Cllr
    Lena Ford")."""
    oa, ob = _owners(a), _owners(b)
    return (
        bool(oa)
        and len(oa) == len(ob)
        and all(any(same_party(x, y) or _party(ctx, x) == _party(ctx, y) for y in ob) for x in oa)
    )


def _drop_answered_requests(text: str, actions: list[Action], marked: list[Action]) -> list[Action]:
    """A request for something, by no one named, answered at once by an owner: "CW asked for
    a breakdown of spend. BL would provide this ...", or "Cllr Amadi asked that ward members
    be briefed." then "ACTION: AB to arrange a briefing ...": one action, the owner's.
    ``actions`` are in the order of the text."""
    marked_ids = {id(a) for a in marked}
    drop: set[int] = set()
    for a, b in zip(actions, actions[1:], strict=False):
        if a.owner is not None or b.owner is None or text[a.end : b.start].strip():
            continue
        if not _REQUEST_WORD_RE.search(text, a.start, min(a.end, b.start)):
            continue  # "Kompan will be approached ...; the Clerk to ask Declan ...": two tasks
        if (
            id(b) in marked_ids
            and _content_words(a.text) & _content_words(b.text)
            or _BACK_REFERENCE_RE.search(b.text)
        ):
            drop.add(id(a))
    return [a for a in actions if id(a) not in drop]


def _drop_restated_by_marker(
    ctx: Context, actions: list[Action], marked: list[Action]
) -> list[Action]:
    """A task minuted, then on the next line an action's marker restating it: "A letter will
    be sent to the landowner about the hedge." then "Action: Clerk to write to the landowner
    about the hedge"; "Sam - I need to send you the figures for the grant:" then "- Action
    2024-07 Send the grant figures to the board" (two of the words of a task shared), or
    "Ivan: I can have a look." then "[ACTION - Ivan] check the licence headers" (a task that
    says nothing of its own). One action, the marked one, taking the minute's owner (and due
    date) when it names none; not when each names a different owner. ``actions`` are in the
    order of the text."""
    text = ctx.text
    marked_ids = {id(a) for a in marked}
    drop: set[int] = set()
    for k, b in enumerate(actions):
        if id(b) not in marked_ids:
            continue
        for a in reversed(actions[:k]):  # the minute's tasks on the line above, nearest first
            if a.end > b.start or text.count("\n", a.end, b.start) > 1:
                break
            if id(a) in marked_ids or id(a) in drop:
                continue
            if a.owner is not None and b.owner is not None and not _same_owner(ctx, a, b):
                continue
            if b.owner is None and a.owner is None:
                continue
            words = _content_words(a.text) - _content_words(a.due_text or "")
            if words and len(words & _content_words(b.text)) < 2:
                continue
            if b.owner is None:
                b.owner, b.owners = a.owner, a.owners
                if b.due is None:
                    b.due, b.due_text = a.due, a.due_text
            drop.add(id(a))
    return [a for a in actions if id(a) not in drop]


def _answered_at_once(text: str, action: Action) -> bool:
    """A request by no one named that the meeting answered there and then, a question asked
    and answered: "Cllr Lind asked for an update on the bridge. The Director advised that the
    work had been completed in May", "A Member requested the figures; the officer replied
    that there had been 14". Not when the answer promises something ("... replied that a
    note would be circulated"): the request stands, or the promise is the task."""
    if action.owner is not None:
        return False
    asked = _REQUEST_WORD_RE.search(text, action.start, action.end)
    if asked is None:
        return False
    answer = _ANSWER_RE.search(text, asked.end(), action.end)
    if answer is None:
        after = text[action.end : action.end + 400]
        answer = _ANSWER_RE.match(after)
        if answer is None:
            return False
        reply = after[answer.end() :]
    else:
        reply = text[answer.end() : action.end]
    return _PROMISE_RE.search(reply.split(". ", 1)[0]) is None


# Someone's answer opening a clause or the next sentence: "; the officer replied that",
# "... and the Engineer replied that", ". In response, the Director advised that".
_ANSWER_RE = re.compile(
    r"(?:[;:]|,?\s+and|^[\s.]*)\s*(?:(?:In\s+(?:response|reply)|Responding)\b[^.;]{0,80}?,\s*)?"
    r"(?:[Tt]he\s+|[Oo]fficers?\b|[A-Z])[^.;?]{0,60}?\b(?:explained|advised|replied|responded"
    r"|confirmed|stated|said|clarified|informed|outlined|indicated)\b"
)
# A promise in an answer: "would", "will", "undertook to", "agreed to", "to be".
_PROMISE_RE = re.compile(
    r"\b(?:would|will|shall|undertook|agreed\s+to|offered|going\s+to|to\s+be)\b|['’](?:ll|d)\b"
)
_BACK_REFERENCE_RE = re.compile(r"\b(?:this|these|that|it|them|so)\b")
# What asks for something: the first of a request and its answer.
_REQUEST_WORD_RE = re.compile(
    r"(?i)\b(?:ask|asked|asking|request|requested|requests|sought|wondered)\b"
)


def _drop_restated(
    ctx: Context, actions: list[Action], lists: Spans, agreed: _Agreed
) -> list[Action]:
    """The same task for the same owner stated twice (a summary of actions at the top or the
    foot restating the minutes): keep one, the copy under an action list's heading if one
    is. ``actions`` are in the order of the text."""
    seen: dict[tuple[frozenset[str], str], list[tuple[frozenset[str], int]]] = {}
    out: list[Action | None] = []
    for a in actions:
        key = _owner_key(ctx, a)
        words = _content_words(a.text)
        verb = a.text.split(None, 1)[0].lower() if a.text.strip() else ""
        if key and len(words) >= 3:
            earlier = seen.setdefault((key, verb), [])
            same = next(
                (k for w, k in earlier if len(words & w) >= 0.8 * max(len(words), len(w))), None
            )
            if same is not None:
                first = out[same]
                if first is None:
                    continue
                listed, first_listed = (lists.overlaps(x.start, x.end) for x in (a, first))
                if listed and not first_listed:
                    out[same] = a  # the list's copy stands for the action
                    agreed.merge(a, first)
                elif first_listed and not listed:
                    agreed.merge(first, a)  # a summary at the top, then the minute
                continue
            earlier.append((words, len(out)))
        out.append(a)
    return [a for a in out if a is not None]


def _restated_in_list(
    ctx: Context, actions: list[Action], lists: Spans, agreed: _Agreed
) -> list[Action]:
    """An action list's task restating an action minuted above, for the same owner or with an
    owner on one side only ("Tomasz to get an updated quote for the kiln", then "- get
    updated quote for the kiln" under "Action items"; "Ravi will book the hall" then "ACTION:
    Ravi to book the hall for the May fair"): one action, the list's, with the owner, due
    date and item of the minute when it has none. The same task: the same verb and the words
    of one all in the other (two or more), or most of either's words shared (three or more)
    and no two different verbs of a task. ``actions`` are in the order of the
    text."""
    drop: set[int] = set()
    listed = [lists.overlaps(a.start, a.end) for a in actions]
    # The actions outside the lists by content word: either test needs two words shared.
    having: dict[str, list[int]] = {}
    for k, a in enumerate(actions):
        if not listed[k]:
            for w in _content_words(a.text):
                having.setdefault(w, []).append(k)
    for k, a in enumerate(actions):
        if not listed[k] or not a.text.strip():
            continue
        words, verb = _content_words(a.text), a.text.split(None, 1)[0].lower()
        sharing = Counter(j for w in words for j in _before(having.get(w, []), k))
        for j in sorted((j for j, n in sharing.items() if n >= 2), reverse=True):
            b = actions[j]
            if id(b) in drop:
                continue
            if a.owner is not None and b.owner is not None and not _same_owner(ctx, a, b):
                continue
            theirs = _content_words(b.text)
            shared = words & theirs
            if not (
                b.text.lower().startswith(verb)
                and len(shared) >= 2
                and (words <= theirs or theirs <= words)
                or len(shared) >= 3
                and 5 * len(shared) >= 3 * min(len(words), len(theirs))
                and not _different_tasks(a.text, b.text)
            ):
                continue
            agreed.merge(a, b)
            drop.add(id(b))
            break
    return [a for a in actions if id(a) not in drop]


def _before(ascending: list[int], k: int) -> list[int]:
    """The numbers of ``ascending`` below ``k``."""
    return ascending[: bisect.bisect_left(ascending, k)]


def _action_list_spans(ctx: Context) -> Spans:
    """Where the minutes list their actions: from an "Actions" / "Action items" heading to the
    next heading or item, or a thematic break ("***", "---") closing the list."""
    spans = Spans()
    text = ctx.text
    lines = ctx.lines
    for k, ln in enumerate(lines):
        if ln.blank or not heads_action_list(text, ln):
            continue
        end = len(text)
        for nxt in lines_after(lines, k):
            if not nxt.blank and (
                text.startswith("#", nxt.cstart)
                or nxt.cstart in ctx.item_start_set
                or nxt.index > k + 1
                and _BREAK_RE.fullmatch(text, nxt.start, nxt.cend)
            ):
                end = nxt.start
                break
        spans.add(ln.start, end)
    return spans


# A thematic break in markdown, "***", "---", "___" (not the underline of the list's own
# heading, the line under it).
_BREAK_RE = re.compile(r"\s*([*_-])\s*(?:\1\s*){2,}")


def _drop_carried_rows(
    text: str, actions: list[Action], rows: set[tuple[int, int]]
) -> list[Action]:
    """A row of the previous meeting's action log carried into the new actions' table of the
    same minutes (the same task, whoever owns it now): one action, the later row. Rows next
    to each other in one list ("JW: Revise the proposal." then "RH: Revise the proposal.")
    give the same task to each of them. ``actions`` are in the order of the text."""
    last: dict[str, int] = {}
    drop: set[int] = set()
    for k, a in enumerate(actions):
        if (a.start, a.end) in rows:
            key = " ".join(CONTENT_WORD_RE.findall(a.text.lower()))
            if key.count(" ") < 2:
                continue  # three words or more: the same task, not a short label
            before = last.get(key)
            if before is not None and not _next_rows(text, actions[before], a):
                drop.add(before)
            last[key] = k
    return [a for k, a in enumerate(actions) if k not in drop]


def _next_rows(text: str, a: Action, b: Action) -> bool:
    """Two rows of one list with nothing but blank lines and markup between them (spaces,
    bars, stars, dashes and HTML tags: ``_ROW_GAP_RE``, which stops at the first other
    character, so rows far apart cost no copy of the text between them)."""
    return b.start <= a.end or _ROW_GAP_RE.fullmatch(text, a.end, b.start) is not None


# What may stand between two rows of one list: blank lines and markup (HTML_TAG_RE's tags).
_ROW_GAP_RE = re.compile(r"(?:[ \t\r\n|*-]++|" + HTML_TAG_RE.pattern + r")*+")


def _dedupe_against_table(
    ctx: Context, actions: list[Action], table_spans: set[tuple[int, int]], agreed: _Agreed
) -> list[Action]:
    """An action log at the end repeats actions minuted above: keep one (the log's row, which
    carries the reference, the owner and the due date), linked to the minute
    (:meth:`_Agreed.merge`)."""
    rows = [a for a in actions if (a.start, a.end) in table_spans]
    if not rows:
        return actions
    by_owner: dict[frozenset[str], list[Action]] = {}
    by_word: dict[str, list[Action]] = {}  # for actions with no owner: rows sharing a word
    for r in rows:
        by_owner.setdefault(_owner_key(ctx, r), []).append(r)
        for w in _content_words(r.text):
            by_word.setdefault(w, []).append(r)
    out: list[Action] = []
    for a in actions:
        if (a.start, a.end) in table_spans:
            out.append(a)
            continue
        words = _content_words(a.text)
        dup = None
        # An action minuted with no owner is the row that names one, when they share enough.
        if a.owner is None:
            near = {id(r) for w in words for r in by_word.get(w, ())}
            candidates = [r for r in rows if id(r) in near]
        else:
            candidates = by_owner.get(_owner_key(ctx, a), [])
        for r in candidates:
            if a.owner is not None and not _same_owner(ctx, a, r):
                continue
            rw = _content_words(r.text)
            shared = words & rw
            if a.owner is None and len(shared) < 3:
                continue
            if len(shared) >= 3 or (
                len(shared) >= 2
                and 2 * len(shared) >= max(len(rw), len(words))
                and not _different_tasks(a.text, r.text)
            ):
                dup = r
                break
        if dup is None:
            out.append(a)
            continue
        agreed.merge(dup, a)
    return out
