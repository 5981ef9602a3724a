"""Jobs inside bullets of notes whose first words give none: a terse "Name task" and a task
with its owner in brackets at the end."""

from __future__ import annotations

import re

from ...model import Action
from ..conditions import SUBORDINATE_RE
from ..context import Context, Spans, line_end, sentences_of_line
from ..layout import marker, strip_span
from ..people.words import is_initials_for, is_name_word
from .carried import with_about
from .common import make_action
from .entry_lines import (
    DONE_RE,
    ENUMERATOR_RE,
    NOT_NAMES,
    is_entry_line,
    is_imperative,
    known_owner,
    person_first,
    topic_bullet,
)
from .lexicon import is_base_verb, is_word, verb_base
from .owners import JOB_SIZES, person_like, split_owners
from .verbs import AUXILIARIES, NOT_TASK_VERBS


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
    if not first.isalpha() or person_first(ctx, task) or names_its_owner(task, m["owner"]):
        return None  # "Long Ho - Dropbox (LHO)", "Guest speaker Peter Grant (PG)": a name
    agree = _AGREE_TO_RE.match(task)
    if agree is not None:
        task = agree.group("task")
    elif _QUESTION_RE.search(task) is None and (
        not is_imperative(task) or reported(task) or len(task.split()) < 4
    ):
        return None  # "Transports were improved (ACC)": a report; "Project metrics (John)"
    if DONE_RE.search(task) or STANDING_RE.search(task):
        return None
    return m.group("owner"), task[:1].upper() + task[1:], task


def names_its_owner(task: str, owner: str) -> bool:
    """The words before the bracket end with the name whose initials the bracket gives
    ("Guest speaker Peter Grant (PG)"): a name and its initials, not a job and its owner."""
    words = task.split()
    return any(is_initials_for(owner, " ".join(words[-k:])) for k in (1, 2, 3) if k < len(words))


_BRACKET_END_RE = re.compile(r"(?P<task>[A-Za-z].{5,}?)\s*\((?P<owner>[^()]{2,30})\)\s*[.!?]?")
_AGREE_TO_RE = re.compile(r"(?i)agreed?\s+to\s+(?P<task>[a-z]+\s.+)")
# A question left to someone: "Can the level be set ...", "..., how to do this".
_QUESTION_RE = re.compile(
    r"^(?:Can|Could|Should|Is|Are|Does|Do|Will|Would|How|What|Whether)\s|\bhow\s+to\b"
)


def reported(body: str) -> bool:
    """A report or a musing, not a job: a finite verb or a modal in the main clause ("Work on
    the portal was slow", "Transports were improved", "Work being done could lead to ...");
    one after "when", "once", "if" is the job's condition ("Email them when the page is
    live")."""
    main = SUBORDINATE_RE.split(body, 1)[0]
    return _REPORT_RE.search(main) is not None


_REPORT_RE = re.compile(r"\b(?:was|were|had|has|have|is|are|being|been|could|would|might|may)\b")


def _bracket_owner(ctx: Context, owner: str) -> bool:
    """A person in closing brackets: someone present or known, a given name ("Martyn"), or a
    word in lower case written as a name elsewhere ("anders" and "Anders")."""
    if owner.islower() and len(owner.split()) == 1:
        return re.search(rf"\b{re.escape(owner.capitalize())}\b", ctx.text) is not None
    parts = split_owners(owner)
    return bool(parts) and all(
        o in ctx.initials
        or o not in JOB_SIZES
        and (
            person_like(ctx, o)
            or len(o.split()) <= 2
            and all(
                w[:1].isupper() and not is_word(w.lower()) or _someone(ctx, w) for w in o.split()
            )
        )
        for o in parts
    )


def bullet_sentence_actions(ctx: Context, actions: list[Action], claimed: Spans) -> None:
    """Sentences inside a bullet of notes giving a job, where the bullet as a whole gave none
    (its first words report or discuss): "Switching went well. Ross technical documentation
    for the build bot, send link when done" (:func:`terse_name_task`), "For every pull
    request: Agree to add the style checker (Ross)." (:func:`bracketed_job`; a topic before
    a colon aside). Not on an agenda, an item's title or an action list's entries
    (:func:`.lists.list_actions` reads those). A bare task for no one in notes' bullets
    ("Buy calculators in bulk") is an idea or a plan more often than a job: not read."""
    text = ctx.text
    for ln in ctx.lines:
        if ln.blank or ln.index in ctx.absorbed or not is_entry_line(ctx, ln):
            continue
        end = line_end(ctx, ln)
        if end - ln.cstart > 1000 or claimed.overlaps(ln.cstart, end):
            continue
        if ln.cstart in ctx.item_start_set and ln.index not in ctx.runs or topic_bullet(ctx, ln):
            continue
        glyph = marker(text, ln)
        if not glyph or ">" in glyph:
            continue  # a numbered paragraph of minutes, or a quoted one: not a bullet
        if _OPTION_RE.match(text, ln.cstart, end):
            continue  # "Plan 1.) Do not support the old release yet": a choice, not a job
        for s, e, st, _low in sentences_of_line(ctx, ln):
            body = " ".join(ENUMERATOR_RE.sub("", st.strip(), count=1).split())
            topic = _TOPIC_RE.match(body)
            if topic is not None:
                body = body[topic.end() :]  # "For the build server: Agree to add ..."
            if len(body.split()) < 3 or "|" in body:
                continue
            job = (
                terse_name_task(ctx, body)
                or bracketed_job(ctx, body)
                or topic_then_owner_task(ctx, body)
            )
            if job is None:
                continue
            s, e = strip_span(text, s, e)
            task = job[1]
            asked = _TOPIC_QUESTION_RE.fullmatch(text, ln.cstart, s)
            if asked is not None:  # "sponsors?  Jon to ask the bank": the job is about it
                s, task = ln.cstart, with_about(task, asked.group(1))
            actions.append(make_action(ctx, task, job[0], s, e))
            claimed.add(s, e)


def topic_then_owner_task(ctx: Context, body: str) -> tuple[str, str, str] | None:
    """A bullet naming its topic, then someone present and their job after "to" or "will",
    with a dash, a bracket or nothing between (a label, not a clause: "It was confirmed
    that the league will ..." reports): "Summer fete 6/12-Priya to send out the
    email", "Bench repairs Tom to ask the joiner for a quote", "Web site tidy-up (tomh and
    priya to work from the spreadsheet)". Everyone named is someone the minutes name (by a
    name, initials or a handle); the job opens with a verb (not "be"), and the topic asks
    nothing ("whether Tom will ..."). After a dash the cue may be left out: "Bird boxes – Jon
    ask the school", "Mulch - Sue and Ali price it up"."""
    m = _TOPIC_OWNER_TASK_RE.fullmatch(body)
    if m is None:
        if " - " not in body and " – " not in body and " — " not in body:
            return None  # (a cheap test before the dash's pattern)
        m = _TOPIC_DASH_OWNER_VERB_RE.fullmatch(body)
        if m is None or m.group("verb") in AUXILIARIES | NOT_TASK_VERBS | _PAST_AS_BASE:
            return None  # "Bins – Tom was unhappy", "Hedges – Sue cut them": no job
    if m.group("verb") == "be" or not is_base_verb(m.group("verb")):
        return None
    topic = m.group("topic")
    if _OPEN_QUESTION_RE.search(topic) or reported(topic) or DONE_RE.search(body):
        return None
    owner = m.group("owner")
    if not all(_present(ctx, o) for o in split_owners(owner)):
        return None
    before = topic.rsplit(None, 1)[-1].strip("(,")
    spaced = body[m.end("topic") : m.start("owner")].isspace()
    if before.lower() in ("and", "&", "or") or _present(ctx, before):
        return None  # "Rob and Henry to ...", "Tom, Priya to ...": more names own it
    if spaced and not (before.islower() or _everyday(before)):
        return None  # "Ruth Okafor to ...", "Cllr Price to ...": the name is longer
    task = m.group("task").rstrip(" .;,")
    return owner, task[:1].upper() + task[1:], task


_NAME = r"(?:[A-Z][\w’']*(?:-[A-Z][\w’']*)?|[a-z][\w’']*)"  # "Priya", "Hale-Jones", "tomh"


def _present(ctx: Context, owner: str) -> bool:
    """Someone the attendance names, by a name, initials or a handle in lower case."""
    return (
        owner.lower() in ctx.name_tokens
        or owner in ctx.initials
        or known_owner(ctx, owner)
        and owner.islower()
    )


def _everyday(word: str) -> bool:
    """A capitalised everyday word, no name or honorific ("Fans", not "Ruth", "Cllr")."""
    return is_word(word.lower()) and not is_name_word(word)


# A topic, then (after a dash, a bracket, a comma or a space) names, a cue and the task.
_TOPIC_OWNER_TASK_RE = re.compile(
    r"(?P<topic>[A-Za-z].{2,80}?)(?:\s*[-–—(,:]\s*|(?<=[\w.)])-|\s+)"
    rf"(?P<owner>{_NAME}(?:\s*(?:,|&|\band\b)\s*{_NAME}){{0,3}})"
    r"\s+(?:to|will)\s+(?P<task>(?P<verb>[a-z][a-z-]*)\b[^()]*?)\)?[.;]?"
)
# Verbs whose past is their base: with no cue, "Sue cut them" may be what was done.
_PAST_AS_BASE = frozenset("cut put set let hit shut spread read bid quit cost hurt".split())  # noqa: SIM905
# A bullet's topic put as a short question before the job: "sponsors? ", "a new date? ";
# not a question asked ("What next? ", "Can we afford it? "), which the job answers.
_TOPIC_QUESTION_RE = re.compile(
    r"(?!(?i:what|who|whom|whose|when|where|why|how|which|is|are|was|were|do|does|did|can"
    r"|could|should|shall|will|would|may|might|must|has|have|had)\b)([^?.!:;]{3,40}\?)\s*"
)
# A topic, a dash, names and a verb with no cue: "Bird boxes – Jon ask the school".
_TOPIC_DASH_OWNER_VERB_RE = re.compile(
    r"(?P<topic>[A-Za-z].{2,80}?)\s+[-–—]\s+"
    rf"(?P<owner>{_NAME}(?:\s*(?:,|&|\band\b)\s*{_NAME}){{0,3}})"
    r"\s+(?P<task>(?P<verb>[a-z][a-z-]*)\s[^()]*?)[.;]?"
)
# A topic that leaves what follows open: "Asked whether Tom will ...".
_OPEN_QUESTION_RE = re.compile(r"(?i)\b(?:whether|if|unless|unclear|wondered|asked|not\s+sure)\b")
# An option put to the meeting: "Plan 1.)", "Option B:".
_OPTION_RE = re.compile(r"(?i)(?:plan|option|alternative|choice|scenario)\s*\w{0,3}\s*[.):]")
# A topic before a colon opening a sentence: "For build server jobs: ".
_TOPIC_RE = re.compile(r"[^:]{3,60}:\s+(?=[A-Z])")


def terse_name_task(ctx: Context, body: str) -> tuple[str, str, str] | None:
    """A terse bullet: someone present, then their job with no verb: "Ross technical
    documentation for the new starter, send link when done". The word after the name is
    an everyday noun or adjective ("technical"), not a verb form ("reported"), a word of
    mood or place ("happy", "away") or a function word ("on leave"). After "to" or "will"
    the task opens with its verb ("Priya to draft the spring issue")."""
    words = body.split()
    if len(words) < 4 or not words[0][:1].isupper() or not _someone(ctx, words[0]):
        return None
    second = words[1]
    if second in ("to", "will") and words[0].lower() not in ctx.name_tokens:
        return None  # "One will be held in the hall": no one the minutes name
    if second in ("to", "will") and words[2] != "be" and is_base_verb(words[2]):
        task = body.split(None, 2)[2]  # "Newsletter: Priya to draft the spring issue"
        return words[0], task[:1].upper() + task[1:], task
    if not second.isalpha() or not second.islower() or second in _NOT_TERSE:
        return None
    if not is_word(second) or verb_base(second) is not None or second in NOT_NAMES:
        return None
    task = body.split(None, 1)[1]
    return words[0], task[:1].upper() + task[1:], task


_NOT_TERSE = frozenset(
    """
    happy fine ok okay keen sorry unable able away absent present here there also still not
    pleased concerned interested unsure sure late busy unwell ill back off out
    """.split()  # noqa: SIM905
)


# A practice for every meeting, not a job: "at future meetings", "at each meeting".
STANDING_RE = re.compile(
    r"(?i)\b(?:at|in|for)\s+(?:all\s+|each\s+|every\s+|future\s+|subsequent\s+)"
    r"(?:future\s+)?(?:[A-Z]{2,6}\s+)?(?:meetings?|calls?|sessions?)\b|\bin\s+future\b"
)
