"""Jobs in informal notes for someone named, on a line of their own: "Name: task", "Task -
Owner", and telegraphic sentences opening with a name and a bare verb ("Priya talk to Tom")."""

from __future__ import annotations

import re

from ...model import Action
from ..context import Context, Spans, per_parse, sentences_of_line
from ..layout import Line, indent, strip_span
from .bullet_jobs import reported
from .common import make_action
from .entry_lines import (
    DATE_CELL,
    DONE_RE,
    LABEL_RE,
    NOT_NAMES,
    STATEMENT_RE,
    TALK_VERBS,
    VERB_OBJECT_WORDS,
    entry_owner,
    is_entry_line,
    is_imperative,
    named_first,
    noun_use,
    over_rule,
    verb_phrase_head,
)
from .lexicon import is_base_verb, is_task_verb, unlisted_word, verb_base
from .owners import body_like, past_form, person_like, role_like, split_owners
from .verbs import MODALS, WILL_BAD

# "everyone sign up to the shared drive", "all bring a dish": the whole group's job.
EVERYONE_VERB_RE = re.compile(
    r"(?P<owner>everyone|everybody|all(?:\s+members)?|Everyone|Everybody|All(?:\s+members)?)"
    r"\s+(?P<task>(?P<verb>[a-z]+)\s.{3,})"
)


def task_then_owner(ctx: Context, ln: Line, body: str) -> tuple[str | None, str, str] | None:
    """A line of notes giving the task, then its owner after a dash or a slash (see
    :func:`dashed_job`); not an item's title."""
    if ln.cstart in ctx.item_start_set and ln.index not in ctx.runs:
        return None  # an item's title
    return dashed_job(ctx, body)


def owner_after_dash(ctx: Context, st: str, prev: str) -> tuple[str | None, str] | None:
    """A sentence of prose giving a task, then its owner after a dash, as a line of notes
    does (:func:`dashed_job`): "The rise was agreed. Check the bank mandate - PP" (a line
    run on into the paragraph above it)."""
    found = dashed_job(ctx, st.strip())
    return None if found is None else (found[0], found[1])


def dashed_job(ctx: Context, body: str) -> tuple[str | None, str, str] | None:
    """The task, then its owner after a dash or a slash: "Write to the county about the
    potholes – Clerk", "Quotes to be obtained for the bench - Clerk", "The rota is to be put
    on the website / Priya". Only a job (not "Review of fees - Finance") and a person,
    initials or role (not a body or a word)."""
    tail = body[-48:]
    if " – " not in tail and " - " not in tail and " — " not in tail and " / " not in tail:
        return None  # no owner after a dash at its end (a cheap test first)
    line = " ".join(body.split()).rstrip(".")
    m = DASH_LAST_RE.fullmatch(line[:1].upper() + line[1:])  # "order new bins – Priya"
    if m is None:
        return None
    owner, task = m.group("owner").strip(), m.group("task").strip()
    if reported(owner) or verb_in_owner(owner):
        return None  # "Email about parking on the lane – Clerk has replied": what was done
    if (
        body_like(owner)
        and not role_like(owner)
        and owner not in ctx.initials  # "PP", the initials of Priya Patel, present: no body
        or not (person_like(ctx, owner) or role_like(owner) or owner in ctx.initials)
    ):
        return None
    # A verb phrase: a note and who gave it open with nouns that are verbs too ("Water bills
    # up on last year - Sam", "Ray Hale – Chairman").
    if not (verb_phrase_head(task) or _TO_BE_DONE_RE.search(task)):
        return None
    return owner, task, m.group("due") or task


_TO_BE_DONE_RE = re.compile(r"\bto\s+be\s+[a-z]+(?:ed|en|t)\b")


def bare_verb_sentences(ctx: Context, actions: list[Action], claimed: Spans) -> None:
    """A sentence of telegraphic notes, anywhere in a paragraph, giving someone present a job
    with a bare verb: "The quote was too high. Priya talk to Tom, and then Jo about the
    rota." (see :func:`name_then_verb`)."""
    if not ctx.name_tokens:
        return
    text = ctx.text
    for ln in ctx.lines:
        if ln.blank or ln.index in ctx.absorbed or is_entry_line(ctx, ln):
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
    owner, verb = m.group("owner"), m.group("verb")
    names = split_owners(owner)
    if not all(
        verb_base(o) is None and o.lower() not in NOT_NAMES and not _CONTRACTION_RE.search(o)
        for o in names
    ):
        return None  # "Don't leave ...", "Let's keep ..."
    if past_form(owner.split()[0]):
        return None  # "Appended Java code to the examples": a report of what was done
    present = all(o.lower() in ctx.name_tokens for o in names)
    if not (present or bullet and all(named_first(ctx, o) for o in names)):
        return None
    if (
        not is_base_verb(verb)
        or verb in TALK_VERBS
        or verb in _PAST_AS_BASE
        or verb in WILL_BAD
        or verb in MODALS  # "Ann will in turn ring ...": a modal, the verb later
    ):
        return None
    if len(names) > 1 and (not bullet or not is_task_verb(verb)):
        return None  # "Tom and Jo meet the landlord every month": a plural's present tense
    if not verb_phrase_head(body[m.start("verb") :], after_subject=True):
        return None  # "Sam cake stall": a name over a noun that is a verb too, a topic
    if HABIT_OR_PAST_RE.search(body):
        return None
    task = body[m.start("verb") :].strip()
    return owner, task[:1].upper() + task[1:], task


_LINE_NAME_VERB_RE = re.compile(
    r"(?P<owner>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)?(?:\s*(?:/|&|and)\s*[A-Z][a-z’'-]+)*"
    r"|@[\w-]+(?:\s*(?:,|/|&|and)\s*@[\w-]+)*)"  # or handles: "@wen update the guide"
    r"\s+(?P<verb>[a-z]+)\s+(?P<after>[\w’']+)"
)
# "Don't", "Let's", "We’ll", "I'd", "They're": no one's name.
_CONTRACTION_RE = re.compile(r"['’](?:t|s|ll|d|re|ve|m)$")
_PAST_AS_BASE = frozenset(
    "put set read cut let hit shut spread quit cast hurt upset beat present".split()  # noqa: SIM905
)
# What was done or is done as a habit, not a job: "last week", "as usual", "every Tuesday".
HABIT_OR_PAST_RE = re.compile(
    r"\b(?:last\s+(?:week|month|year|time|meeting)|yesterday|ago|as\s+usual|usually"
    r"|every\s+(?:week|month|day|time|[A-Z][a-z]+day)|each\s+(?:week|month|day|time))\b"
)


def note_line_task(ctx: Context, ln: Line, body: str) -> tuple[str | None, str, str] | None:
    """ "Fazli: contact the landlord and apologise", "Luther/Val: sort out the questions",
    "everyone: read the draft", "Roland - make two more pigeonholes": a task in informal
    notes, on a line of its own, anywhere in the minutes; "Omar: will see to this" promises
    what the line before says. Not an item's title ("2. Treasurer - present the accounts")
    nor a title over a rule ("Riverside Group – call notes" over "=====") or opening the
    text ("Riverside Residents – board meeting") nor a topic over its discussion
    (:func:`_topic_over_bullets`)."""
    if ln.cstart in ctx.item_start_set and ln.index not in ctx.runs or over_rule(ctx, ln):
        return None
    first = next((x for x in ctx.lines if not x.blank), None)
    if first is None or ln.index <= first.index:
        return None  # the first line: the minutes' title
    found = note_task(ctx, body)
    if found is None:
        return None
    owner, task, will = found
    if not will and _topic_over_bullets(ctx, ln, task):
        return None  # :func:`topic_line`
    if will and _PRO_FORM_RE.fullmatch(task):  # "will see to this": what the line before says
        before = _line_before(ctx, ln)
        if before:
            return owner, f"{task.rstrip(' .')} ({before.rstrip(' .')})", task
    return owner, task, task


def topic_line(ctx: Context, ln: Line) -> bool:
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
    if len(words) > 3 or any(w.lower() in VERB_OBJECT_WORDS for w in words[1:]):
        return False
    nxt = next((x for x in ctx.lines[ln.index + 1 : ln.index + 3] if not x.blank), None)
    return (
        nxt is not None and is_entry_line(ctx, nxt) and indent(ctx.text, nxt) > indent(ctx.text, ln)
    )


@per_parse  # (a line's body is read again by the list and prose rules)
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
    if _SENTENCE_END_RE.search(owner) or not entry_owner(ctx, owner) or LABEL_RE.fullmatch(owner):
        return None  # "The roof leaks. Ivo: ...": a sentence before the owner
    if m.group("will"):
        return None if m.group("will") == "to" and aside(task) else (owner, task, True)
    first = task.split(None, 1)[0].lower()
    if (
        first in TALK_VERBS
        or _QUESTION_FIRST_RE.match(task)  # "Do we need a Mac build? We have ..."
        or DONE_RE.search(task)
        or STATEMENT_RE.match(task)
        or noun_use(task)
        or task[:1].isupper()
        and not _capitalised_job(ctx, owner, task)
        or not (is_imperative(task[:1].upper() + task[1:]) or _loose_job(ctx, owner, task))
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
    # A verb phrase: what a speaker said opens with nouns that are verbs too ("Cloud storage
    # is ...", "Stock levels are fine").
    return _present(ctx, owner) and (
        verb_phrase_head(task)
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
        and unlisted_word(words[0])
        and words[0] not in NOT_NAMES
        and words[1] in VERB_OBJECT_WORDS
        or bool(_THING_TO_BE_DONE_RE.match(task))
    )


# A question, the task's first sentence.
_QUESTION_FIRST_RE = re.compile(r"[^.!?]{1,300}\?")
_MARK_WORD_RE = re.compile(r"AI|AP|TODO|To-?[Dd]o|ACTION|Action|Action\s+point")
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


def aside(task: str) -> bool:
    """The words after "to" are a speaker's aside before what they say, no task: "to
    clarify, the licence covers the docs", "to be fair, the tests were flaky" (a verb, or
    "be" and a word, then a comma and a clause); not verbs of one task in a row ("to review,
    update and merge the PR", "to check, then report back")."""
    m = _ASIDE_RE.match(task)
    return m is not None and not is_base_verb(m.group("next").lower())


# An infinitive's verb (or "be" and a word) and a comma, then the next word.
_ASIDE_RE = re.compile(r"(?:be\s+)?[a-z]+,\s+(?!(?:then|and|or)\b)(?P<next>[A-Za-z]+)")


# "do it", "see to this", "sort that out", "deal with it" (and a time: "in a week or so").
_PRO_FORM_RE = re.compile(
    r"(?:(?:do|see\s+to|sort|take|deal\s+with|handle|look\s+into|follow\s+up|action)"
    r"\s+(?:it|this|that|these|them)\b(?:\s+(?:out|on|up))?(?:\s+[^.;]{0,30})?|do)\.?"
)


# "Confirm the weekly call time - Arushi", "Book the hall / Priya", "... – Ann Lee – 30 March".
def verb_in_owner(owner: str) -> bool:
    """Words after a dash that are someone and their job, not an owner alone: "Jon ask the
    bank", "Sue chase" (a verb in small letters after the name); not "Tom and Ali", "Sue et
    al", "the Clerk"."""
    words = owner.split()
    return any(w.islower() and w not in NOT_NAMES and is_base_verb(w) for w in words[1:])


# When a task is due, after its owner: "30 March", "by Friday", "before the end of May".
_DUE_AFTER = (
    rf"(?:(?i:by|due|before)\s+)?(?:{DATE_CELL}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|(?i:the\s+)?(?i:end\s+of\s+)(?:the\s+)?(?:[A-Z][a-z]+|month|week|year))"
)
DASH_LAST_RE = re.compile(
    r"(?P<task>[A-Z][a-z]+\b.{3,}?)(?:\s+(?:[-–—/]|--)|\s*(?:->|=>|→|:)"
    r"|[,.;]?\s+(?i:owners?|lead|assignee|who)\s*:)\s+(?P<owner>[^-–—():]{2,40}?)"
    # "Contact the insurers – Ann Lee – 30 March", "... / Ann / April", "... — Ann, by Friday"
    rf"(?:(?:\s+[-–—/]|,)\s+(?P<due>{_DUE_AFTER}))?\.?"
)
