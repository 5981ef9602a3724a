"""Actions marked as such: "ACTION: <owner>" after the paragraph it closes, and inline
"Action: NB to circulate ...", "(Action: SB/JG)", "Action on SB to confirm ...", "Action JS:
circulate ...", "[AI: File an issue]", "To-Do: Owners should ..."."""

from __future__ import annotations

import bisect
import re

from ...model import Action
from ..context import Context, Spans, line_end
from ..keywords import scan
from ..layout import Line, split_sentences, strip_span
from ..people.words import is_name_word
from .common import ACTION_MARK_RE, best_sentence, make_action, paragraph_before
from .lexicon import is_base_verb, is_word
from .lists import EVERYONE_VERB_RE, name_then_verb
from .owners import (
    CONNECTORS,
    body_like,
    first_names,
    owner_like,
    person_like,
    role_like,
    split_owners,
)
from .verbs import WILL_BAD

# "NB to circulate ...", "OM team will meet ...", "everyone to look at ...", "Owners of the
# requirements should create ...", "SB: Look at ..." (after "Action on").
_OWNER_TASK_RE = re.compile(
    r"(?P<o>(?:(?:[Tt]he\s+)?[A-Z][\w’'&./@-]*|@\w[\w-]*)(?:\s+(?:(?:of|for|and|&|the|/)\s+)*(?:[A-Z][\w’'&./-]*"
    r"|team|members|group|speakers|owners|leads|requirements)){0,7}"
    r"|[A-Z]{2,4}(?:\s*/\s*[A-Z]{2,4})*|(?:all|everyone|everybody)(?:\s+\w+)?)"
    r"\s*(?P<cue>\s(?:to|will|should|must|shall)\s+|:\s*|\s[–—-]\s+)(?P<t>\S.*)$",
    re.S,
)
# Capitalised words that head a marker as a heading, not as someone's initials.
_NOT_INITIALS = frozenset("PLAN LOG LOGS LIST ITEM ITEMS NOTE NOTES POINT POINTS DATE".split())  # noqa: SIM905
_TAIL_OWNER_RE = re.compile(
    r"\s*[(\[]\s*(?P<o>[A-Z][^()\[\]]{0,60})[)\]]\s*$|\s+[–—-]\s+(?P<o2>[A-Z][\w .&/-]{0,60})$"
)
_EMPHASIS_TAIL_RE = re.compile(r"[\s*_]+$")
# The look-ahead on the first letters lets the engine skip to where a match can start.
_HINT_RE = re.compile(r"(?=[AaT\[])(?:\b(?:[Aa]ction|ACTION)|\[\s*AI|\bTo[- ]?[Dd]o\b|TODO)")


def marker_actions(ctx: Context, actions: list[Action], claimed: Spans) -> None:
    """Actions marked as such: "ACTION: Jo Banks" after the paragraph (or the sentence before
    it on the line) it closes, "Action: NB to circulate ...", "(Action: SB/JG)", "Action on
    SB to confirm ...", "Action (Jo Banks): circulate ...", "[AI: File an issue]", and
    "ACTION: <task> (owner)" / "- owner". A marked task runs to the end of its sentence,
    across the lines a wrapped paragraph goes on over, or to the next marker."""
    text = ctx.text
    for ln in _hinted_lines(ctx):
        if ln.blank or ln.cend - ln.cstart > 20000:
            continue
        region_end = line_end(ctx, ln)
        marks = [
            m
            for m in ACTION_MARK_RE.finditer(text, ln.cstart, region_end)
            if _real_mark(m) and not _word_before(text, m.start(), ln.cstart)
        ]
        for k, m in enumerate(marks):
            limit = marks[k + 1].start() if k + 1 < len(marks) else region_end
            _one_mark(ctx, actions, claimed, ln, m, limit)
        if not marks:
            bare_action_line(ctx, actions, claimed, ln)
        inline_action_marks(ctx, actions, claimed, ln.cstart, region_end)


def _word_before(text: str, at: int, start: int) -> bool:
    """ "Item action - there was a concern": a lower-case "action" after a word on its line
    is the word, not a marker."""
    if text[at : at + 6] != "action":
        return False
    before = text[start:at].rstrip()
    return bool(before) and before[-1].isalnum()


def inline_action_marks(
    ctx: Context, actions: list[Action], claimed: Spans, start: int, end: int
) -> None:
    """ "Action <owner> to <task>" with no colon, bold or not, anywhere in a paragraph, each
    one an action: "... agreed to try it. **Action Sam to book the hall.**", "Action Mike
    will work on this", "Action Everyone without a key to collect one", and "Action Ross to
    set up the account, Social team to draft the first issue": one action per owner and
    task, each with the span of its own words. Then the shapes with no cue
    (:func:`_cueless_marks`)."""
    text = ctx.text
    for m in _INLINE_MARK_RE.finditer(text, start, end):
        if claimed.overlaps(m.start(), m.end()):
            continue
        owner, task = m.group("o"), m.group("t")
        if owner.split()[0] in _NOT_INITIALS or not _inline_owner(ctx, owner):
            continue
        s, e = strip_span(text, m.start(), m.end())
        jobs = [(owner, task, s, e)]
        more = _AND_OWNER_TO_RE.search(task)  # ", Social team to draft ..."
        if more is not None and _inline_owner(ctx, more.group("o")):
            cut = m.start("t") + more.start()
            jobs = [
                (owner, task[: more.start()], s, cut),
                (more.group("o"), more.group("t"), m.start("t") + more.start("o"), e),
            ]
        for who, what, js, je in jobs:
            js, je = strip_span(text, js, je)
            actions.append(make_action(ctx, what.rstrip(" .,*_"), who, js, je))
        claimed.add(s, e)
    _cueless_marks(ctx, actions, claimed, start, end)


def _cueless_marks(
    ctx: Context, actions: list[Action], claimed: Spans, start: int, end: int
) -> None:
    """A marker whose owner comes straight before a bare verb, or in brackets with a word of
    doubt, anywhere in a paragraph: "**Action Board investigate the office costs**",
    "Action (possibly Greg, as he holds the keys) contact the electrician" (the owner
    "Greg (possibly)": named, not yet sure)."""
    text = ctx.text
    for m in _CUELESS_MARK_RE.finditer(text, start, end):
        task = m.group("t").rstrip(" .,*_")
        verb = task.split(None, 1)[0].lower()
        if claimed.overlaps(m.start(), m.end()) or len(task.split()) < 2:
            continue
        if not is_base_verb(verb) or verb in WILL_BAD or verb in _NOT_TASK_VERBS:
            continue
        owner = m.group("o") or m.group("o2")
        if owner.split()[0] in _NOT_INITIALS or not _inline_owner(ctx, owner):
            continue
        s, e = strip_span(text, m.start(), m.end())
        a = make_action(
            ctx, task, f"{owner} ({m.group('doubt').lower()})" if m.group("o2") else owner, s, e
        )
        a.owners = split_owners(owner)
        actions.append(a)
        claimed.add(s, e)


# "Action Board investigate ...", "Action (possibly Greg as he ...) Contact ...".
_CUELESS_MARK_RE = re.compile(
    r"(?<![\w-])[*_]{0,3}(?:ACTION|Action)[*_]{0,3} +(?:"
    r"(?P<o>[A-Z][\w’'.&/-]*(?: +[A-Z][\w’'.&/-]*){0,2})"
    r"|\( *(?P<doubt>possibly|probably|perhaps|maybe) +(?P<o2>[A-Z][a-z]+(?: +[A-Z][a-z]+)?)"
    r"\b[^()\n\t]{0,60}\))"
    r" +(?P<t>(?i:[a-z])[a-z]+ (?:(?!\bAction\b)[^.!?\n\t*;])+)"
)
# Words after an owner that are no task of theirs: a cue the cued shape reads, talk.
_NOT_TASK_VERBS = frozenset("to will is are should must shall would could can may note".split())  # noqa: SIM905


def _inline_owner(ctx: Context, owner: str) -> bool:
    """Who an inline marker names: a person, initials, role or body, a given name, a team
    ("Social team", "Board"), or part of everyone ("Everyone without an account")."""
    return (
        _GROUP_OWNER_RE.match(owner) is not None
        or owner_like(ctx, owner)
        or _given_names(owner)
        or owner.isupper()
        or owner.split()[-1].lower() in ("team", "group", "board", "committee", "members")
    )


_GROUP_OWNER_RE = re.compile(r"(?:Everyone|Everybody|Anyone|All|Those)\s")
# "Action Sam to book the hall.", "**Action Board to find an accountant**".
_INLINE_MARK_RE = re.compile(
    r"(?<![\w-])[*_]{0,3}(?:ACTION|Action)[*_]{0,3}\s+"
    r"(?P<o>[A-Z][\w’'.&/-]*(?:\s+(?:and\s+)?[A-Z][\w’'.&/-]*){0,2}|[A-Z][a-z]+\s+team"
    r"|(?:Everyone|Everybody|Anyone|All|Those)\s+(?:without|with|who|not|on|in)\b[^.,;\n*]{1,40}?)"
    r"\s+(?:to|will|is\s+to|should)\s+(?P<t>[a-z](?:(?!\bAction\b)[^.!?\n*;])*)"
)
# ", Social team to draft ...": a second owner and task in the same marker.
_AND_OWNER_TO_RE = re.compile(
    r",\s+(?:and\s+)?(?P<o>[A-Z][\w’'.&/-]*(?:\s+[A-Za-z][\w’'.&/-]*)?)\s+(?:to|will)\s+"
    r"(?P<t>[a-z].*)$"
)


def bare_action_line(ctx: Context, actions: list[Action], claimed: Spans, ln: Line) -> None:
    """A line opening with "ACTION" and no colon, then the owner and a bare verb, or the task
    alone: "ACTION everyone sign up to the shared drive", "ACTION Sam contact the caterer",
    "ACTION check the fire doors" (not a heading: "ACTION POINTS", "Action plan")."""
    text = ctx.text
    end = line_end(ctx, ln)
    m = _BARE_MARK_RE.match(text, ln.cstart, end)
    if m is None:
        return
    rest = " ".join(text[m.end() : end].split()).strip("*_ ")
    owner: str | None
    every = EVERYONE_VERB_RE.fullmatch(rest)
    named = name_then_verb(ctx, rest, bullet=True)
    if every is not None and is_base_verb(every.group("verb")):
        owner, task = every.group("owner"), every.group("task")
    elif named is not None:
        owner, task = named[0], named[2]
    elif len(rest.split()) >= 3 and is_base_verb(rest.split(None, 1)[0]) and rest[:1].islower():
        owner, task = None, rest
    else:
        return
    s, e = strip_span(text, ln.cstart, end)
    if claimed.overlaps(s, e):
        return
    actions.append(make_action(ctx, task, owner, s, e))
    claimed.add(s, e)


# "ACTION everyone ...", "**Action** Sam ...": the mark, then no colon or dash.
_BARE_MARK_RE = re.compile(
    r"[*_]{0,3}(?:ACTION|Action)[*_]{0,3}\s+(?![*_]*(?:[:–—-]|points?|plan|items?|lists?|logs?"
    r"|summary|arising|by|for|on|taken|to\s+be|POINTS?|PLAN|ITEMS?|LIST|LOG|SUMMARY)\b)"
)


def _hinted_lines(ctx: Context) -> list[Line]:
    """The lines (or the first lines of wrapped paragraphs) holding a word a marker needs,
    found in one pass over the text."""
    starts = [ln.start for ln in ctx.lines]
    first_of = {k: first for first, last in ctx.runs.items() for k in range(first + 1, last + 1)}
    seen: set[int] = set()
    out: list[Line] = []
    for m in scan(_HINT_RE, ctx.text):
        k = bisect.bisect_right(starts, m.start()) - 1
        k = first_of.get(k, k)
        if k not in seen and k not in ctx.furniture:
            seen.add(k)
            out.append(ctx.lines[k])
    return out


def _real_mark(m: re.Match[str]) -> bool:
    """Not "ACTION PLAN:" or "Action Points -" (headings): initials, or given names ("ACTION
    Daniel - update the price")."""
    who = m.group("who2")
    if who is None or who.isupper():
        return who not in _NOT_INITIALS
    return _given_names(who) or role_like(who) and not body_like(who)


def _given_names(words: str) -> bool:
    """Capitalised given names ("Daniel", "Luther/Val"), not everyday words ("Budget")."""
    names = [w for w in re.findall(r"[A-Za-z]+", words) if w != "and"]
    return (
        0 < len(names) <= 3
        and all(w[0].isupper() for w in names)
        and all(is_name_word(w) or not is_word(w) for w in names)
    )


def _one_mark(
    ctx: Context, actions: list[Action], claimed: Spans, ln: Line, m: re.Match[str], limit: int
) -> None:
    text = ctx.text
    rest_start = m.end()
    bracket = text[m.start()] if text[m.start()] in "([" else ""
    if bracket:
        close = text.find(")" if bracket == "(" else "]", rest_start, limit)
        if close < 0:
            return
        rest_end = close
    else:
        rest_end = limit
        for sp in split_sentences(text, rest_start, limit):
            rest_end = sp.end
            break
    rest = _EMPHASIS_TAIL_RE.sub("", text[rest_start:rest_end].strip()).strip().rstrip(".")
    rest = rest.strip("*_ ")
    if not rest:
        return
    before_start, before_end = strip_span(text, ln.cstart, m.start())
    owner: str | None
    who = m.group("who") or m.group("who2")
    mt = _OWNER_TASK_RE.match(rest)
    words = rest.split()
    span_s, span_e = m.start(), rest_end + (1 if bracket else 0)
    if who:  # "Action JS: circulate ...", "Action (Jo Banks): ..."
        owner, task = who.strip(), rest
    elif mt and _marked_owner(ctx, mt, on=bool(m.group("on"))):
        owner, task = mt.group("o").strip(), mt.group("t")
    elif m.group("on"):
        return  # "Action on hold": no owner after all
    elif (
        len(words) <= 8
        and not re.search(r"\b(?:to|will|should|must|by)\b", rest)
        and (
            owner_like(ctx, rest)
            or all(w[:1].isupper() or w.lower() in CONNECTORS or w in "/&" for w in words)
        )
    ):
        owner = rest.strip().rstrip("?").strip()  # "Action - Greg?": Greg, not sure
        if before_end > before_start:
            # "... church groups. Action: Brenda": the sentence(s) before it on the line.
            sp = best_sentence(ctx, ln, owner, limit=before_end)
            claimed.add(ln.cstart, before_end)
        else:
            para = paragraph_before(ctx, ln.index)
            if para is None:
                return
            sp = best_sentence(ctx, para, owner)
            claimed.add(para.cstart, para.cend)
        span_s, span_e = sp.start, sp.end
        task = text[sp.start : sp.end]
    else:
        tail = _TAIL_OWNER_RE.search(rest)
        owner = None
        task = rest
        if tail:
            cand = (tail.group("o") or tail.group("o2") or "").strip()
            if owner_like(ctx, cand):
                owner = cand
                task = rest[: tail.start()]
    span_s, span_e = strip_span(text, span_s, span_e)
    actions.append(make_action(ctx, task, owner, span_s, span_e))
    claimed.add(span_s, span_e)
    claimed.add(m.start(), rest_end)


def _marked_owner(ctx: Context, mt: re.Match[str], *, on: bool) -> bool:
    """Whether the words before "to", "will" or a colon in a marked task name its owner: a
    person, initials, role or body, a handle, "everyone"; any noun phrase before a modal
    ("Owners of the requirements should ..."); after "Action on", anything before the cue."""
    owner, cue, task = mt.group("o").strip(), mt.group("cue").strip(), mt.group("t")
    if cue in (":", "-", "–", "—") and not on:
        # "ACTION: Budget - circulate ..." is a heading and a task; "ACTION: Daniel - update
        # the price" names its owner.
        return person_like(ctx, owner) or _given_names(owner)
    if on or owner.startswith("@") or owner.lower().split()[0] in ("all", "everyone", "everybody"):
        return True
    if cue in ("should", "must", "will", "shall") and len(owner.split()) <= 6:
        return True
    return owner_like(ctx, owner) or first_names(owner, task)
