"""Notes in a clerk's shorthand that drop their subject: "Will profile the import code and
report", "Going to work with Roger on that", "Need to chase the printer", "...; need to
check we will have power", or whose subject is the meeting as "we" ("We have to answer the
county by Friday"). The owner is the person the notes put them under (a heading "###
Helen", the bullet they hang from, "Rob questioned ..." over "- Will check with Roger"),
else no one."""

from __future__ import annotations

import re
from itertools import islice

from ...model import Action
from ..context import Context, Spans, per_context, sentences_of_line
from ..keywords import holds_any
from ..layout import Line, indent
from .common import make_action
from .entry_lines import DONE_RE, TALK_VERBS, is_entry_line
from .grammar import LEAD_RE, Found
from .lexicon import is_base_verb, verb_base
from .owner_heads import heading_owner
from .owners import person_like
from .speakers import line_speaker
from .verbs import AUXILIARIES, FIRST_NAME_VERBS, NOT_ASKED, NOT_TASK_VERBS


def subjectless_notes(ctx: Context, actions: list[Action], claimed: Spans) -> None:
    """A clause of notes with no subject, opening with "Will", "Going to" or "Need to" and a
    verb of a task, at a line's start or after a semicolon (see :func:`subjectless_task`);
    its owner is whom the notes put it under (:func:`_put_under`), else no one. Read after
    the prose rules, so a speaker's label ("Priya: need to renew the domain") names its
    owner first."""
    text = ctx.text
    for ln in ctx.lines:
        if ln.blank or ln.index in ctx.absorbed or text.startswith("#", ln.cstart):
            continue
        if ln.cend - ln.cstart > 5000:
            continue
        for s, e, st, low in sentences_of_line(ctx, ln):
            if not holds_any(low, _CLAUSE_WORDS):
                continue  # no clause _SUBJECTLESS_RE reads (a cheap test first)
            if claimed.overlaps(s, e) or st.rstrip().endswith("?") or DONE_RE.search(st):
                continue  # "- Will send the insurance form - done": done since
            for at, need in _clause_starts(st):
                found = subjectless_task(st[at:], need=need)
                if found is None:
                    continue
                task, will = found
                if _WE_VIEW_RE.match(st, at) and line_speaker(ctx, ln)[0] is not None:
                    break  # "CW: ... We need to write to them": a speaker's view
                owner = _put_under(ctx, ln)
                # A list of jobs' verbs guards "Will ..." with no one named: the lexicon knows
                # "require" and "interfere" as verbs as it knows "profile", and what a thing
                # will do is said with many verbs. Formal minutes name who will act, so there
                # a "Will ..." naming no one is no clerk's shorthand ("We will ..." names us).
                if (
                    will
                    and owner is None
                    and (
                        task.split(None, 1)[0].lower() not in FIRST_NAME_VERBS
                        or formal_minutes(ctx)
                        and not _WE_RE.match(st, at)
                    )
                ):
                    continue  # "Will interfere with ...", "Will require ...": what it will do
                if owner is None and not need and _NEED_RE.match(st, at):
                    continue  # "- Need to buy new cones": a need stated, no one to meet it
                actions.append(make_action(ctx, task, owner, s + at, e))
                claimed.add(s + at, e)
                break


@per_context
def formal_minutes(ctx: Context) -> bool:
    """Whether the minutes are a formal body's, in full sentences: they title councillors or
    minute motions seconded, three times at least ("Cllr Byrne", "Councillor Dunne",
    "seconded by ..."), where a club's or a team's notes name a councillor once or twice."""
    return sum(1 for _ in islice(_FORMAL_MARK_RE.finditer(ctx.text), 3)) == 3


# A councillor's title or a motion's seconder: the marks of a formal body's minutes.
_FORMAL_MARK_RE = re.compile(r"\b(?:Cllrs?|Councill?ors?|[Ss]econded)\b")


def speaker_needs(ctx: Context, st: str, prev: str) -> Found:
    """In a speaker's remark, a need with no subject: "Joe: Needs to bring the policy docs
    over from the old wiki" is the speaker's own task (("I", task): the caller gives it to
    the line's speaker), as "Joe: Will bring ..." is; not a need of a thing's ("Needs to be
    approved") nor a view ("Need to think about it"): :func:`subjectless_task`'s checks."""
    m = _REMARK_NEED_RE.search(st)
    if m is None:
        return None
    found = subjectless_task(st[m.end() :], need=True)
    return ("I", found[0]) if found is not None else None


# "Needs to" opening a speaker's remark, just after the label's colon.
_REMARK_NEED_RE = re.compile(r"^[^:]{1,48}:\s*[*_]{0,2}(?=[Nn]eeds?\s+to\s)")


def _clause_starts(st: str) -> list[tuple[int, bool]]:
    """Where a clause with no subject may open: the sentence's start (past bullets and
    numbers), for "Will" or "Need to"; after a semicolon, for "need to" only (a "will"
    there goes on with the sentence's subject: "Tom fixed it; will test it")."""
    lead = LEAD_RE.match(st)
    starts = [(lead.end() if lead else 0, False)]
    starts += [(m.end(), True) for m in _SEMICOLON_RE.finditer(st)]
    return starts


_SEMICOLON_RE = re.compile(r";\s+")
# A need with no subject opening a line: "Need to ...", "Needs to ..." (after a semicolon,
# "...; need to check the power" goes on with the line's matter: a task with no owner).
_NEED_RE = re.compile(r"[*_]{0,2}[Nn]eeds?\s+to\s")
# One of which every clause _SUBJECTLESS_RE reads holds, lower-cased.
_CLAUSE_WORDS = ("we", "will", "going", "need")
_WE_RE = re.compile(r"[*_]{0,2}[Ww]e\b")
# "we need to", "we should", "we ought to": the group's need or view, unless a note states it.
_WE_VIEW_RE = re.compile(r"[*_]{0,2}[Ww]e\s+(?:need\s+to|should|ought\s+to)\s")


def subjectless_task(clause: str, *, need: bool = False) -> tuple[str, bool] | None:
    """The task of a clause opening with "Will" ("Going to") or "Need(s) to" and a verb of a
    task ("Will check with Roger on this" -> "Check with Roger on this"), or with the meeting
    as "we" and its duty or job ("We have to answer by Friday", "We will have a short
    meeting to plan it" -> "Hold a short meeting to plan it"; not what "we" do at a meeting:
    "We will raise this at the AGM"), or only a need with ``need``;
    and whether it opened with "Will" (with no one named, "Will require a working group"
    says what a thing will do: only a job's verb is a task then). Not a state or a view
    ("Will be good to see ...", "Need to think about it"), nor a decision's verb (but
    "confirm")."""
    m = _SUBJECTLESS_RE.match(clause)
    will = m is not None and (m.group("will") or m.group("we_will")) is not None
    if m is None or need and will:
        return None
    verb = m.group("verb")
    held = _MEETING_RE.match(clause, m.end()) if m.group("we") and verb == "have" else None
    if held is not None:  # "We will have a short meeting to plan it": to hold one
        return "Hold" + clause[m.end() :].rstrip(), will
    if not is_base_verb(verb) or verb_base(verb) != verb:
        return None
    if m.group("we_need"):
        if not _outward_task(verb, clause, m.end()):
            return None  # "We need to help the slower groups", "we should think about": a view
    elif verb in AUXILIARIES or verb in NOT_TASK_VERBS or verb in TALK_VERBS:
        return None
    if verb in NOT_ASKED:
        return None  # "Will approve the budget", "Will attend": the meeting's, a presence
    if m.group("we") and _AT_MEETING_RE.search(clause, m.end()):
        return None  # "We will raise this at the AGM": the meeting's own business, then
    task = clause[m.start("verb") :].strip()
    return task[:1].upper() + task[1:], will


# "Will" (or "Going to"), "Need to", or the meeting as "we" with its duty or its job: "We
# must book the hall", "We have to answer by Friday", "We will write to the landowner" (not
# "we should", "we could", "we need to": a view, a suggestion, a need stated, often a
# speaker's view).
_SUBJECTLESS_RE = re.compile(
    r"[*_]{0,2}(?:(?P<we>[Ww]e)(?:(?P<we_will>\s+(?:will|shall)|['’]ll)|\s+have\s+to|\s+must"
    r"|(?P<we_need>\s+(?:need\s+to|should|ought\s+to)))"
    r"|(?P<will>[Ww]ill|WILL|[Gg]oing\s+to)|[Nn]eeds?\s+to)"
    r"\s+(?:(?:also|then|now|first|still)\s+)?(?P<verb>[a-z]+)\b"
)


def _outward_task(verb: str, clause: str, verb_end: int) -> bool:
    """What "we need to" or "we should" do that is a task, not a view: reaching someone
    outside the meeting or getting something from them ("We need to write to the landlord",
    "we should ask the school whether ...", "We need to get three quotes", "we should put a
    notice in the newsletter"); not a way of working ("we need to help ...", "we should
    think about ...", "we need to make sure ...")."""
    if _OWN_SELVES_RE.match(clause, verb_end):
        return False  # "we need to ask ourselves whether ...", "remind each other"
    if verb == "apply":
        return _FOR_RE.match(clause, verb_end) is not None  # not "apply the same rule"
    if verb in _REACHING_VERBS:
        return True
    if verb == "get":
        return _GOT_RE.match(clause, verb_end) is not None
    return verb == "put" and _NOTICE_RE.match(clause, verb_end) is not None


_REACHING_VERBS = frozenset(
    """
    write ask contact email e-mail phone invite book order chase remind notify request obtain
    """.split()  # noqa: SIM905
)
_OWN_SELVES_RE = re.compile(r"\s+(?:ourselves|themselves|yourselves|each\s+other|our\b|us\b)")
_FOR_RE = re.compile(r"\s+for\b")
_GOT_RE = re.compile(
    r"\s+(?:(?:an?|some|two|three|more|further)\s+)?(?:quotes?|quotations|prices"
    r"|estimates|permission|in\s+touch)\b"
)
_NOTICE_RE = re.compile(r"\s+(?:an?\s+|the\s+)?(?:notice|note|piece|item|article|poster|advert)")


# A meeting where what "we" will do is done: "at the AGM", "at our next meeting".
_AT_MEETING_RE = re.compile(
    r"\bat\s+(?:the\s+|our\s+|a\s+)?(?:[\w-]+\s+){0,2}(?:meeting|AGM|EGM)\b"
)
# A meeting "we" will have: "have a short meeting", "have a call with the county".
_MEETING_RE = re.compile(r"\s+an?\s+(?:[a-z]+\s+){0,2}(?:meeting|call|session|workshop)\b")


def _put_under(ctx: Context, ln: Line) -> str | None:
    """Whom the notes put a line under: the person a heading or the bullet it hangs from
    names ("### Helen", "- Helen"), else the person opening the bullet it hangs from with a
    verb ("- Rob questioned if ..." over "  - Will check with Roger")."""
    owner = heading_owner(ctx, ln)
    if owner is not None:
        return owner
    depth = indent(ctx.text, ln)
    for k in range(ln.index - 1, max(-1, ln.index - 15), -1):
        prev = ctx.lines[k]
        if prev.blank or not is_entry_line(ctx, prev):
            return None
        if indent(ctx.text, prev) < depth:
            m = _SUBJECT_VERB_RE.match(ctx.text, prev.cstart, prev.cend)
            if m is None or verb_base(m.group("verb")) in (None, m.group("verb")):
                return None  # its own subject opens no bullet it hangs from
            who = m.group("who")
            return who if person_like(ctx, who) or who in ctx.initials else None
    return None


# A bullet opening with its subject and a verb's inflected form: "Rob questioned if ...",
# "Kevin says that ...".
_SUBJECT_VERB_RE = re.compile(
    r"[\W\d]*(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?P<verb>[a-z]+)\b"
)
