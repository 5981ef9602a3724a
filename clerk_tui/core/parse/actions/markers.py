"""Actions marked as such: "ACTION: <owner>" after the paragraph it closes, and inline
"Action: NB to circulate ...", "(Action: SB/JG)", "Action on SB to confirm ...", "Action JS:
circulate ...", "[AI: File an issue]", "To-Do: Owners should ..."."""

from __future__ import annotations

import bisect
import re

from ...model import Action
from ..context import Context, Spans, line_end, line_of
from ..keywords import scan
from ..layout import MD_LINK_RE, Line, Span, split_sentences, strip_span
from ..people.words import is_name_word
from .clauses import split_clauses
from .common import ACTION_MARK_RE, best_sentence, committed_task, make_action, paragraph_before
from .entry_lines import person_owner, verb_phrase_head
from .lexicon import is_base_verb, is_word, verb_base
from .named_notes import EVERYONE_VERB_RE, name_then_verb
from .nontasks import NO_ACTION
from .notes import known_handle
from .owners import (
    CONNECTORS,
    body_like,
    first_names,
    owner_like,
    person_like,
    role_like,
    split_owners,
)
from .prose import commitment, owned_parts
from .verbs import WILL_BAD

# "NB to circulate ...", "OM team will meet ...", "everyone to look at ...", "Owners of the
# requirements should create ...", "SB: Look at ..." (after "Action on").
_OWNER_TASK_RE = re.compile(
    r"(?P<o>@\w[\w-]*(?:\s*(?:,|&|\band\b)?\s*@\w[\w-]*)+|(?:(?:[Tt]he\s+)?[A-Z][\w’'&./@-]*|@\w[\w-]*)(?:\s+(?:(?:of|for|and|&|the|/)\s+)*(?:[A-Z][\w’'&./-]*"
    r"|team|members|group|speakers|owners|leads|requirements)){0,7}"
    r"|[A-Z]{2,4}(?:\s*/\s*[A-Z]{2,4})*|(?:all|everyone|everybody)(?:\s+\w+)?|[a-z][a-z\d_-]{2,38})"
    r"\s*(?P<cue>\s(?:to|will|should|must|shall)\s+|:\s*|\s[–—-]\s+)(?P<t>\S.*)$",
    re.S,
)
# Capitalised words that head a marker as a heading, not as someone's initials.
_NOT_INITIALS = frozenset("PLAN LOG LOGS LIST ITEM ITEMS NOTE NOTES POINT POINTS DATE".split())  # noqa: SIM905
_TAIL_OWNER_RE = re.compile(
    r"\s*[(\[]\s*(?P<o>[A-Z][^()\[\]]{0,60})[)\]]\s*$|\s+[–—-]\s+(?P<o2>[A-Z][\w .&/-]{0,60})$"
)
_EMPHASIS_TAIL_RE = re.compile(r"[\s*_]+$")
_WORD_RE = re.compile(r"[A-Za-z]{2}")
# A word in lower case after the first in brackets: a remark ("(Paul agreed to help)").
_LOWER_VERB_RE = re.compile(r"\s(?!(?:and|of|the|for)\b)[a-z]{2,}")
# Someone addressed, then a verb: "Mike, get it done and committed".
_VOCATIVE_RE = re.compile(r"(?P<o>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?),\s+(?P<t>[a-z]+\s.+)")
# Bold around words ("**Davide** and **Paul** to push"), an HTML line break ending a line.
_BOLD_RE = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_BREAK_TAG_RE = re.compile(r"(?i)\s*<br\s*/?>\s*$")
# The look-ahead on the first letters lets the engine skip to where a match can start.
_HINT_RE = re.compile(
    r"(?=[AaT\[(])(?:(?<![A-Za-z0-9])(?:[Aa]ction|ACTION)|\[\s*AI|\bTo[- ]?[Dd]o\b|TO[- ]?DO"
    r"|\((?:Act|ACT)\b|\b(?:Act|ACT)-|\bA[IP](?=[\s\d:–—*_-]))"
)


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
            if _real_mark(m)
            and not _word_before(text, m.start(), ln.cstart)
            and m.group("ai") not in ctx.initials  # "AP: will send ...": Andrew Price (AP)
            and not _earlier_id(ctx, m.group("id"))
            and not _header_cell(text, ln.cstart, m.start())
            and not claimed.overlaps(m.start(), m.end())  # a log's row, read whole
        ]
        for k, m in enumerate(marks):
            limit = marks[k + 1].start() if k + 1 < len(marks) else region_end
            _one_mark(ctx, actions, claimed, ln, m, limit)
        if not marks:
            bare_action_line(ctx, actions, claimed, ln)
            closing_todo(ctx, actions, claimed, ln)
        trailing_tags(ctx, actions, claimed, ln, region_end)
        to_action_marks(ctx, actions, claimed, ln, region_end)
        inline_action_marks(ctx, actions, claimed, ln.cstart, region_end)


def trailing_tags(ctx: Context, actions: list[Action], claimed: Spans, ln: Line, end: int) -> None:
    """An owner tag closing a line, with no colon: "Ryan will send the form to Ann<gap>Action
    Ryan", "... during the pandemic.  Action ALL", "Chair will discuss it with the
    contractor. (Act GR)", "... to discuss. [Action NC]", "... banking details. ACTION
    MMacA.": the sentence before it
    (the one best fitting the owner, in the paragraph the tag closes) is the tagged owner's
    task, whoever its sentence names; the tag is in its span, not in its words."""
    text = ctx.text
    floor = ln.cstart  # a task starts after the tag before it
    tags = [*_TAG_END_RE.finditer(text, ln.cstart, end)]
    if "/" in text[ln.cstart : end]:  # (a cheap test first: a minute's number has one)
        tags = sorted([*tags, *_TAG_BEFORE_REF_RE.finditer(text, ln.cstart, end)], key=_at)
    for m in tags:
        owner = (m.groupdict().get("o") or m.group("o2")).strip(" .")
        tag_at = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        start, floor = floor, m.end()
        if claimed.overlaps(m.start(), m.end()) or not (
            _inline_owner(ctx, owner) or _handles(owner) or _MIXED_INITIALS_RE.fullmatch(owner)
        ):
            continue
        para, _para_end = _whole_paragraph(ctx, ctx.lines[line_of(ctx, m.start())])
        para = para._replace(cstart=max(start, para.cstart))
        sp = best_sentence(ctx, para, owner, limit=tag_at)
        if _AGREED_ALONE_RE.fullmatch(text, sp.start, sp.end) and sp.start > para.cstart:
            sp = best_sentence(ctx, para, owner, limit=sp.start)  # "... spring. All agreed."
        sentence = text[sp.start : sp.end]
        if sp.end > tag_at or len(sentence.split()) < 3 or claimed.overlaps(sp.start, sp.end):
            continue
        asked = _SOMEONE_TO_RE.search(sentence)  # "Members were asked to consider ..."
        task = sentence[asked.end() :] if asked else _sentence_task(sentence)
        s, e = strip_span(text, sp.start, m.end())
        actions.append(make_action(ctx, task, owner, s, e))
        claimed.add(s, e)


# A sentence saying only that the meeting agreed ("All agreed –" before "action TH"): the
# task the tag gives is the sentence before it.
_AGREED_ALONE_RE = re.compile(r"(?i)\W*(?:all|members|it\s+was|unanimously)?\s*agreed[\s.,;:–—-]*")
# Who is asked to do the task a tag gives its owner: "Members were asked to ...", "Jane
# would like someone to ...".
_SOMEONE_TO_RE = re.compile(
    r"\b(?:(?:was|were|is|are|been)\s+(?:also\s+)?(?:asked|requested|invited|reminded"
    r"|encouraged|urged|told)|(?:would\s+like|wants?|asked\s+for|needs?)\s+(?:someone|somebody"
    r"|a\s+volunteer))\s+to\s+(?=[a-z])"
)
# An owner tag ending a line: "(Act GR)", "(Action SB)", "(action SB)", "<gap>Action Ryan",
# ". ACTION MMacA.", after a dash: "... before the spring – action TH."
# (a colon after the mark is the marker's shape :func:`_one_mark` reads).
_TAG_OWNER = r"(?:[A-Z][\w’'.&-]*(?:\s*(?:/|&|,|\band\b)\s*[A-Z][\w’'.&-]*|\s+[A-Z][a-z]+){0,3})"
_TAG_END_RE = re.compile(
    rf"(?:[(\[]\s*(?:ACTION|Action|action|Act|ACT)[.:]?\s+(?P<o>{_TAG_OWNER})\s*[)\]]"
    rf"|(?<=[\w.;!?)])(?:(?:[ \t]{{2,}}|(?<=[.;!?)])[ \t]+)[*_]{{0,2}}(?:ACTION|Action)"
    rf"|[ \t]+[-–—][ \t]+[*_]{{0,2}}(?:ACTION|Action|action))[*_]{{0,2}}"
    rf"[ \t]+(?P<o2>{_TAG_OWNER}))[*_]{{0,2}}[ \t]*\.?[ \t]*(?:[-–—][ \t]*)?$",
    re.MULTILINE,
)
# An owner tag in a table's margin column, flattened into the line, before the next row's
# minute number: "... BO to chase Action BO 21/102 – Hedges to be cut ... ACTION CLERK 21/103".
# The owner in capitals (initials, "CLERK", "ALL"): "the Climate Action Group 2021/22 budget"
# names no owner.
_TAG_BEFORE_REF_RE = re.compile(
    r"(?<=[\w.;!?)])[ \t]+(?:ACTION|Action)[ \t]+"
    r"(?P<o2>[A-Z]{2,6}(?:\s*[/&,]\s*[A-Z]{2,6}){0,3})\.?"
    r"(?=[ \t]+\d{1,4}/\d{1,4}\b)"
)


def _sentence_task(sentence: str) -> str:
    """The task of a sentence an owner's tag closes: all of it after its minute's number when
    it opens with a verb phrase in the imperative ("4.7 Write to the county to ask them back
    - ACTION GB", not "Ask them back"), else from the verb it promises ("The Clerk to write
    to the school"), else all of it."""
    head = _REF_HEAD_RE.sub("", sentence, count=1).strip()
    if verb_phrase_head(head):
        return head
    return committed_task(head, len(head)) or head


# A minute's number opening the row a tag closes: "21/102 – ", "21/05 ", "4.7 ".
_REF_HEAD_RE = re.compile(r"^\d{1,4}(?:[./]\d{1,4})+\.?\s*[-–—:]?\s+")


def _at(m: re.Match[str]) -> int:
    return m.start()


# Initials written with small letters too: "MMacA", "StM".
_MIXED_INITIALS_RE = re.compile(r"[A-Z][A-Za-z]{0,3}[A-Z][a-z]?")


def to_action_marks(
    ctx: Context, actions: list[Action], claimed: Spans, ln: Line, end: int
) -> None:
    """ "<owner> to action" closing a sentence's task: "Martin will look into the cost and
    let the Council know. Martin to action", "Clerk to forward the report to Councillors.
    Clerk to action": one action, the sentence before for the owner named, the marker in
    its span."""
    text = ctx.text
    for m in _TO_ACTION_RE.finditer(text, ln.cstart, end):
        owner = m.group("o")
        if not (_inline_owner(ctx, owner) or owner.isupper()) or claimed.overlaps(*m.span()):
            continue
        before = [sp for sp in split_sentences(text, ln.cstart, m.start()) if sp.end <= m.start()]
        if not before:
            continue
        sp = before[-1]
        sentence = text[sp.start : sp.end]
        task = committed_task(sentence, len(sentence)) or sentence
        if claimed.overlaps(sp.start, sp.end):
            claimed.add(*m.span())  # the sentence is an action already: the marker adds nothing
            continue
        actions.append(make_action(ctx, task, owner, sp.start, m.end()))
        claimed.add(sp.start, m.end())


# "Martin to action", "Clerk to action." ending a line (or before the next numbered
# paragraph run on to it: "Clerk to action 1.3. ...").
_TO_ACTION_RE = re.compile(
    r"(?<=[.;!?]\s)\s*(?P<o>(?:[Tt]he\s+)?[A-Z][\w’'.-]*(?:\s+(?:and\s+)?[A-Z][\w’'.-]*){0,3})"
    r"\s+to\s+action\b[.!]?(?=[ \t]*$|\s+\d{1,3}(?:\.\d{1,3})*\.?\s)",
    re.MULTILINE,
)


def _header_cell(text: str, start: int, at: int) -> bool:
    """The mark is in a table's header cell pasted as HTML ("<th>Actions: Responsible</th>"):
    a column's name."""
    tag = text.rfind("<", start, at)
    return tag >= 0 and text.startswith(("<th", "<TH"), tag)


def _earlier_id(ctx: Context, action_id: str | None) -> bool:
    """A tracker's id stamped with a year before the meeting's ("Action-SC-2017-40" in 2018
    minutes): an earlier meeting's action, under review here."""
    year = _ID_YEAR_RE.search(action_id or "")
    return (
        year is not None
        and ctx.meeting_date is not None
        and int(year.group()) < ctx.meeting_date.year
    )


_ID_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


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


# Not in a word, nor after an article or a possessive: "join the Action Group to help", "our
# Action Team to ..." name a body.
_NOT_A_NAME = r"(?<![\w-])(?<![Tt]he )(?<![Aa]n )(?<![Oo]ur )(?<![Tt]his )(?<![Tt]heir )"
# "Action Board investigate ...", "Action (possibly Greg as he ...) Contact ...".
_CUELESS_MARK_RE = re.compile(
    rf"{_NOT_A_NAME}[*_]{{0,3}}(?:ACTION|Action)[*_]{{0,3}} +(?:"
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
    rf"{_NOT_A_NAME}[*_]{{0,3}}(?:ACTION|Action)[*_]{{0,3}}\s+"
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
    """A line opening with "ACTION" (or "TODO") and no colon, then the owner and a bare verb,
    or the task alone: "ACTION everyone sign up to the shared drive", "ACTION Sam contact the
    caterer", "ACTION check the fire doors", "TODO renew the licence", "**Action** check the
    survey data [RS]" (the owner's tag closing the task); not a heading: "ACTION POINTS",
    "Action plan", "TODO list"."""
    text = ctx.text
    end = line_end(ctx, ln)
    m = _BARE_MARK_RE.match(text, ln.cstart, end)
    if m is None:
        return
    rest = " ".join(text[m.end() : end].split()).strip("*_ ")
    owner: str | None
    every = EVERYONE_VERB_RE.fullmatch(rest)
    named = name_then_verb(ctx, rest, bullet=True)
    bracketed = _BRACKET_OWNER_RE.fullmatch(rest)
    if bracketed is not None:
        owner, task = bracketed.group("o").strip(), bracketed.group("t")
        if not is_base_verb(task.split(None, 1)[0].lower()) or not _bracket_owner(ctx, owner):
            return
    elif every is not None and is_base_verb(every.group("verb")):
        owner, task = every.group("owner"), every.group("task")
    elif named is not None:
        owner, task = named[0], named[2]
    elif len(rest.split()) >= 3 and is_base_verb(rest.split(None, 1)[0]) and rest[:1].islower():
        owner, task = None, rest
        tail = _TAIL_OWNER_RE.search(rest)
        if tail is not None and tail.group("o") and _bracket_owner(ctx, tail.group("o").strip()):
            owner, task = tail.group("o").strip(), rest[: tail.start()]  # "... the data [RS]"
    else:
        return
    s, e = strip_span(text, ln.cstart, end)
    if claimed.overlaps(s, e):
        return
    actions.append(make_action(ctx, task, owner, s, e))
    claimed.add(s, e)


# "ACTION (JK) Investigate the flyers", "ACTION (StM) to remove ...": the owner in brackets.
_BRACKET_OWNER_RE = re.compile(r"\((?P<o>[^()]{1,40})\)\s+(?:[Tt]o\s+)?(?P<t>[A-Za-z].{3,})")


# The owner in brackets opening a marked task: "(KM): Send the figures", "[Tom] to book".
_LEAD_BRACKET_OWNER_RE = re.compile(
    r"[(\[]\s*(?P<o>[A-Z][^()\[\]]{0,39}?)\s*[)\]]\s*[:–—-]?\s*(?:[Tt]o\s+)?(?P<t>[A-Za-z].{3,})"
)


def _bracket_owner(ctx: Context, owner: str) -> bool:
    """Who a bracket after "ACTION" names: people, initials (written "StM" too) or a role."""
    return all(
        _inline_owner(ctx, o) or re.fullmatch(r"[A-Z][A-Za-z]{1,3}", o) is not None
        for o in split_owners(owner)
    )


def closing_todo(ctx: Context, actions: list[Action], claimed: Spans, ln: Line) -> None:
    """A short note closed by "TODO" is a task with no owner, the note its words: "- Gas and
    water bills TODO.", "- Insurance renewal - TODO", "* Plot 7 invoice: TODO"; the mark is
    in its span. Not a sentence that ends so, nor "TODO" alone."""
    text = ctx.text
    end = line_end(ctx, ln)
    m = _CLOSING_TODO_RE.fullmatch(text, ln.cstart, end)
    if m is None or len(m.group("t").split()) > 8:
        return
    s, e = strip_span(text, ln.cstart, end)
    if not claimed.overlaps(s, e):
        actions.append(make_action(ctx, m.group("t"), None, s, e))
        claimed.add(s, e)


# A note, then "TODO" (after a dash, colon or nothing) ending its line.
_CLOSING_TODO_RE = re.compile(r"(?P<t>[A-Za-z][^.;:!?\n]*?[\w)])\s*(?:[:–—-]\s*)?TODO\W*")

# "ACTION everyone ...", "**Action** Sam ...", "TODO ring the merchant": the mark, then no
# colon or dash (after a list's number: "2. TODO order the padlocks").
_BARE_MARK_RE = re.compile(
    r"(?:\d{1,3}[.)]\s+)?[*_]{0,3}(?:ACTION|Action|TODO)[*_]{0,3}\s+"
    r"(?![*_]*(?:[:–—-]|points?|plan|items?|lists?|logs?|summary|arising|by|for|on|taken"
    r"|to\s+be|POINTS?|PLAN|ITEMS?|LIST|LOG|SUMMARY)\b)"
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
    """Not "ACTION PLAN:" or "Action Points -" (headings), nor "AI tools:" (a topic):
    initials, or given names ("ACTION Daniel - update the price"), everyone ("action all:
    ..."), or a handle ("AI @marta: draft the charter")."""
    if m.group("aiwho") is not None:
        ai_who = m.group("aiwho")
        return (
            ai_who.startswith("@")
            or ai_who not in _NOT_INITIALS
            and (ai_who.isupper() or _given_names(ai_who))
        )
    who = m.group("who2")
    if who is None or who.isupper():
        return who not in _NOT_INITIALS
    return who.islower() or _given_names(who) or role_like(who) and not body_like(who)


def _given_names(words: str) -> bool:
    """Capitalised given names ("Daniel", "Luther/Val"), not everyday words ("Budget")."""
    names = [w for w in re.findall(r"[A-Za-z]+", words) if w != "and"]
    return (
        0 < len(names) <= 3
        and all(w[0].isupper() for w in names)
        and all(is_name_word(w) or not is_word(w) for w in names)
    )


_NO_ACTION_RE = re.compile(rf"{NO_ACTION}\W*")


def _column_heads(rest: str) -> bool:
    """What follows a marker heads an action log's columns, one naming who: "Responsible /
    Note", "Action Owner Due Date", "Ref / Action by / Date completed" (not a task in those
    words: "Update notes", "Notes by Friday")."""
    words = _LETTERS_RE.findall(rest.lower())
    return (
        len(words) > 1
        and all(w in _COLUMN_HEAD_WORDS for w in words)
        and any(w in _OWNER_HEAD_WORDS for w in words)
    )


_LETTERS_RE = re.compile(r"[a-z]+")
_OWNER_HEAD_WORDS = frozenset(
    "owner owners responsible responsibility person lead by who whom".split()  # noqa: SIM905
)
_COLUMN_HEAD_WORDS = _OWNER_HEAD_WORDS | frozenset(
    """
    action actions task tasks item items ref reference no detail details description note
    notes comment comments due date dates deadline target timescale status progress
    completed completion when
    """.split()  # noqa: SIM905
)


def _one_mark(
    ctx: Context, actions: list[Action], claimed: Spans, ln: Line, m: re.Match[str], limit: int
) -> None:
    text = ctx.text
    rest_start = m.end()
    bracket = text[m.start()] if text[m.start()] in "([" and not m.group("shut") else ""
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
    rest = _BREAK_TAG_RE.sub("", _EMPHASIS_TAIL_RE.sub("", text[rest_start:rest_end].strip()))
    opened = _EMPHASIS_TAIL_RE.search(m.group(0))  # the mark took the "**" of "**Paul** to"
    rest = (opened.group(0).strip() if opened else "") + rest.strip().rstrip(".")
    rest = _BOLD_RE.sub(r"\2", rest).strip("*_ ")
    if not rest:
        _owner_below(ctx, actions, claimed, ln, m)
        return
    if _NO_ACTION_RE.fullmatch(rest) is not None or _column_heads(rest):
        # "ACTION: None" under a paragraph, "Actions: Responsible / Note" heading a log's
        # columns: no task
        claimed.add(m.start(), rest_end)
        return
    before_start, before_end = strip_span(text, ln.cstart, m.start())
    owner: str | None
    who = m.group("who") or m.group("who2") or m.group("aiwho")
    if m.group("who3") and person_owner(ctx, m.group("who3")):
        who = m.group("who3")  # "ACTION 4.9 (RT) Ring the insurers", not "(see above)"
    alone = _NEXT_LABEL_RE.split(rest, 1)[0]
    if alone != rest and _owner_alone(ctx, alone):
        rest = alone  # "Action: GW  Followup: ruv": the owner, then another label
    mt = _OWNER_TASK_RE.match(rest)
    span_s, span_e = m.start(), rest_end + (1 if bracket else 0)
    if who:  # "Action JS: circulate ...", "Action (Jo Banks): ..."
        owner, task = who.strip(), rest
    elif (held := _LEAD_BRACKET_OWNER_RE.fullmatch(rest)) and _bracket_owner(ctx, held["o"]):
        owner, task = held["o"], held["t"]  # "Action-PB-2024-31 (KM): Send the figures"
    elif mt and (
        _for_owner(ctx, mt) if m.group("for") else _marked_owner(ctx, mt, on=bool(m.group("on")))
    ):
        owner, task = mt.group("o").strip(), mt.group("t")
        tail = _TAIL_OWNER_RE.search(task)
        if tail is not None and tail.group("o") and _inline_owner(ctx, tail.group("o").strip()):
            # "AP3 – Group members to think about ... (ALL)": the tag in brackets names them
            owner, task = tail.group("o").strip(), task[: tail.start()]
    elif m.group("on"):
        return  # "Action on hold": no owner after all
    elif (vocative := _vocative(ctx, rest)) is not None:
        owner, task = vocative  # "ACTION: Mike, get it done"
    elif _owner_alone(ctx, rest):
        owner = _NEXT_LABEL_RE.split(rest, 1)[0].strip().rstrip("?").strip()  # "Greg?": unsure
        owner = owner.lstrip("-–— ") or owner  # "Action : - Treasurer"
        after = _task_after_tag(ctx, rest_end + (1 if bracket else 0), limit)
        if after is not None:
            # "**[ACTION - Tom]** fix the CI before Friday", "ACTION: Jo Banks. Book the
            # hall.": the tag names the owner, the task follows it.
            task, (span_s, span_e) = text[after.start : after.end], (m.start(), after.end)
        elif each := _each_own_task(ctx, owner, before_start, before_end):
            actions.extend(each)  # "... (Paul will ring the bank), ... (Lorna will ...) Action:
            claimed.add(ln.cstart, rest_end)  # Paul, Lorna": each their own
            return
        elif before_end > before_start:
            # "... church groups. Action: Brenda": the sentence(s) before it on the line, and
            # the marker with them.
            sp = _sentence_before(ctx, ln, owner, before_end)
            claimed.add(ln.cstart, before_end)
            owner_at = text.find(owner, m.end(), rest_end)
            span_s, span_e = sp.start, owner_at + len(owner) if owner_at >= 0 else rest_end
            task = _sentence_task(text[sp.start : sp.end].rstrip(" -–—:"))  # "... - Action: Clerk"
        else:
            para = paragraph_before(ctx, ln.index)
            if para is None:
                return
            para, para_end = _whole_paragraph(ctx, para)
            claimed.add(para.cstart, para_end)
            each = _each_own_task(ctx, owner, para.cstart, para_end)
            if each:  # "Eleanor agreed to order a book. ... Lorna agreed to draft a letter" over
                actions.extend(each)  # "Action: Eleanor, Lorna": each their own
                claimed.add(m.start(), rest_end)
                return
            sp = best_sentence(ctx, para, owner, limit=para_end)
            span_s, span_e = sp.start, sp.end
            task = text[sp.start : sp.end]
            if _WORD_RE.search(task) is None:
                return  # "Notes:" over a rule of "-": a heading, no task before the marker
            if _STAMP_END_RE.search(task):
                # "2021-07-30 11:19 - AntonErtl" / "Action: AE": a stamp, no task; the
                # heading above names what the owner is to take on.
                task = _heading_task(ctx, ln.index) or task
                span_s, span_e = m.start(), rest_end
    else:
        tail = _TAIL_OWNER_RE.search(rest)
        cand = (tail.group("o") or tail.group("o2") or "").strip() if tail else ""
        owner = None
        task = rest
        if cand and owner_like(ctx, cand) and not _LOWER_VERB_RE.search(cand):
            owner = cand  # "ACTION: Book the hall (Sam)", not "... (Paul agreed to help)"
            task = rest[: tail.start()] if tail else rest
        elif (found := _name_does(ctx, rest)) is not None:
            owner, task = found  # "TODO: Jeremiah books the room"
        elif (said := _committed(ctx, rest)) is not None:
            owner, task = said  # "ACTION: Ann agreed to get a quote", "Action - X was asked to"
        elif m.group("bot") and (found := _nick_verb(ctx, rest)) is not None:
            owner, task = found  # "#action raj tag the release"
        elif (lead := _initials_lead(ctx, rest)) is not None:
            owner, task = lead  # "Action 5.1 GB Write to the vicar"
        elif (before := _owner_before_label(ctx, text[before_start:before_end])) is not None:
            owner, span_s = before, before_start  # "- KM - Action-PB-2025-31 Book the hall"
    if owner is None and m.group("item") and not verb_phrase_head(task):
        return  # "Action item 3: The draft was approved": a log's entry, no task
    span_s, span_e = strip_span(text, span_s, span_e)
    later: list[tuple[int, str | None, str]] = []
    later += _later_owned_clauses(ctx, task) if owner is not None else []
    later = later or [(a, owner, t) for a, t in _later_imperatives(task)]
    if later:  # "Action: Ann to get a quote; Bob to pay the builder": Bob's task is his;
        # "TO DO: book the hall; print the tickets": two tasks
        task = task[: later[0][0]].rstrip(" ,;")
    action = make_action(ctx, task, owner, span_s, span_e)
    handles = _handles(owner or "")
    if len(handles) > 1:
        action.owners = handles  # "AE, ruv": each of them
    actions.append(action)
    for _, o, t in later:  # each its own span, where its words stand in the text
        at = text.find(t, span_s, span_e)
        s, e = (at, at + len(t)) if at >= 0 else (span_s, span_e)
        actions.append(make_action(ctx, t, o, s, e))
    claimed.add(span_s, span_e)
    claimed.add(m.start(), rest_end)


def _initials_lead(ctx: Context, rest: str) -> tuple[str, str] | None:
    """(owner, task) when a marked task opens with someone's initials, then a verb phrase in
    the imperative ("GB Write to the vicar", "KM/RT Book the hall"); not an acronym before
    a noun phrase ("NHS Trust report")."""
    m = _INITIALS_LEAD_RE.match(rest)
    if m is None or not person_owner(ctx, m.group("o")) or not verb_phrase_head(m.group("t")):
        return None
    return m.group("o"), m.group("t")


_INITIALS_LEAD_RE = re.compile(
    r"(?P<o>[A-Z]{2,4}(?:\s*[/&]\s*[A-Z]{2,4})*)\s+(?P<t>[A-Z][a-z].*)", re.S
)


def _owner_before_label(ctx: Context, before: str) -> str | None:
    """The owner written before an action's label, all the line holds before it: "- KM -
    Action-PB-2025-31 Book the hall", "RT – ACTION 12: chase the grant", "Owner: GB. Action 7
    – order the chairs", "Clerk: ACTION 5.3 Renew the lease"; not a minute's number or a
    heading ("21/102 –", "Finance –")."""
    m = _OWNER_BEFORE_RE.fullmatch(before)
    if m is None:
        return None
    owner = m.group("o")
    return owner if person_owner(ctx, owner) else None


# A bullet, an owner's label at most, the owner (in brackets or not), and what closes it, if
# anything (a tab): "- KM -", "Owner: GB.", "[RT]", "GB<tab>".
_OWNER_BEFORE_RE = re.compile(
    r"[-–—*•·>\s]*(?:(?i:owner|lead|responsible|who)\s*[:=]\s*)?(?P<b>[(\[])?"
    r"(?P<o>[A-Za-z@][\w’'&/ -]{0,38}?)(?(b)[)\]])\s*[.:,;–—-]?\s*[*_]{0,3}\s*"
)


def _each_own_task(ctx: Context, owner: str, start: int, end: int) -> list[Action]:
    """The tasks that the passage text[start:end] before a marker naming several people gives
    each of them in its own words, by the prose rules ("... the bank (Paul will ring them),
    the insurer (Lorna will check the cover). Action: Paul, Lorna"), an action each; none
    unless two of them or more are found so."""
    names = split_owners(owner)
    if len(names) < 2:
        return []
    passage = ctx.text[start:end]
    pieces = [(b.start(1), b.group(1)) for b in _BRACKETED_RE.finditer(passage)]
    outside = _BRACKETED_RE.sub(lambda b: " " * len(b.group(0)), passage)  # (offsets hold)
    for s in _SENTENCE_RE.finditer(outside):
        pieces += [(s.start() + a, s.group(0)[a:b]) for a, b in split_clauses(s.group(0))]
    found: list[Action] = []
    for at, piece in sorted(pieces):
        a, b = at + len(piece) - len(piece.lstrip()), at + len(piece.rstrip())
        said = commitment(ctx, piece.strip(), "")
        if said is not None and said[0] in names:
            found.append(make_action(ctx, said[1], said[0], start + a, start + b))
    return found if len({a.owner for a in found}) > 1 else []


# A remark in brackets inside a sentence: "(Paul will ring the bank)"; a sentence.
_BRACKETED_RE = re.compile(r"\(([^()]{8,300})\)")
_SENTENCE_RE = re.compile(r"[^.!?]+[.!?]*")


def _committed(ctx: Context, rest: str) -> tuple[str, str] | None:
    """(owner, task) when the prose rules read the marked text, before any bracket, as a
    commitment of someone written with a capital, the task just after the cue ("Ann agreed
    to get a quote"); not a word in small letters nobody speaks as ("raj to print"), nor a
    remark in brackets ("Order the oars (Lena agreed to help)")."""
    head = rest.split("(", 1)[0]
    said = commitment(ctx, head, "")
    if said is None:
        return None
    owner, task = said
    if owner is None or owner.islower() or verb_phrase_head(owner):
        return None  # not "Email the members to ask ...": a task in the imperative
    after_owner = head.find(owner) + len(owner)
    if len(head[after_owner : head.find(task)].split()) > 4:
        return None  # "Rhys is pricing a new urn and will report back": his report, kept whole
    return owner, task


def _later_owned_clauses(ctx: Context, task: str) -> list[tuple[int, str, str]]:
    """The clauses after the first of a marked task when each gives its own owner a task
    ("Ann to get a quote; Bob to pay the builder": Bob's), as (offset in ``task``, owner,
    task); none when any of them does not."""
    return owned_parts(ctx, task, split_clauses(task)[1:])


def _later_imperatives(task: str) -> list[tuple[int, str]]:
    """The tasks after the first of a marked list of imperatives parted by semicolons, each
    its own task and its owner the first's ("TO DO: book the hall; print the tickets; ring
    the caterer"), as (offset in ``task``, task); none when any part, the first too, is no
    verb phrase ("...; report to follow", "...; hall booked")."""
    first = task.split(None, 2)
    if ";" not in task or len(first) < 2 or not _imperative_part(task, first):
        return []  # not "Daniel's paid the fees; please record it": a report first
    found = []
    at = task.index(";") + 1
    for part in task[at:].split(";"):
        words = part.split(None, 2)
        if len(words) < 2 or not _imperative_part(part.strip(), words):
            return []
        found.append((at + part.index(words[0]), part.strip()))
        at += len(part) + 1
    return found


def _imperative_part(part: str, words: list[str]) -> bool:
    """A part of a task list in the imperative: a verb phrase ("Allocate the slots"), or, in
    small letters, a verb in its base form before no "to" or other verb ("find things for the
    stall"; not "report to follow", "date confirmed")."""
    if verb_phrase_head(part):
        return True
    first, second = words[0], words[1].lower()
    return (
        first.islower()
        and is_base_verb(first)
        and second != "to"
        and verb_base(second) in (None, second)
    )


def _task_after_tag(ctx: Context, start: int, limit: int) -> Span | None:
    """The sentence after a bracketed tag naming an owner, when one follows it on its line
    and opens with a verb in its base form ("[ACTION - Tom]** fix the CI before Friday")."""
    text = ctx.text
    while start < limit and text[start] in "*_:–—- \t":
        start += 1
    sentences = split_sentences(text, start, limit)
    if not sentences:
        return None
    first = _FIRST_WORD_RE.match(text, sentences[0].start, sentences[0].end)
    return sentences[0] if first is not None and is_base_verb(first.group().lower()) else None


_FIRST_WORD_RE = re.compile(r"[A-Za-z][\w’'-]*")


def _nick_verb(ctx: Context, rest: str) -> tuple[str, str] | None:
    """(owner, task) of a chat bot's action written as a nick and a bare verb: "#action raj
    tag the release", the nick one of the log's speakers (or handles)."""
    words = rest.split(None, 2)
    if len(words) < 3 or not known_handle(ctx, words[0]) or not is_base_verb(words[1]):
        return None
    return words[0], rest[rest.index(words[1]) :]


def _vocative(ctx: Context, rest: str) -> tuple[str, str] | None:
    """(owner, task) of a marked task said to its owner: "Mike, get it done and committed"."""
    m = _VOCATIVE_RE.fullmatch(rest)
    if m is None or not _inline_owner(ctx, m.group("o")):
        return None
    return (m.group("o"), m.group("t")) if is_base_verb(m.group("t").split(None, 1)[0]) else None


def _name_does(ctx: Context, rest: str) -> tuple[str, str] | None:
    """(owner, task) of a marked task written as what someone does: "TODO: Jeremiah books
    the room" (Jeremiah, "Book the room"); not a report ("Priya reports that ...")."""
    m = _NAME_DOES_RE.match(rest)
    if m is None:
        return None
    who, verb = m.group("o"), m.group("verb")
    base = verb_base(verb)
    if base is None or base == verb or base in _NOT_JOB_VERBS:
        return None
    if not (person_like(ctx, who) or first_names(who, base)):
        return None
    return who, base + rest[m.end("verb") :]


_NAME_DOES_RE = re.compile(r"(?P<o>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?P<verb>[a-z]+s)\b")
# Verbs of what someone is, says or holds, not a job they do.
_NOT_JOB_VERBS = frozenset(
    """
    be have do report say note think feel believe suggest explain confirm agree mention want
    like need hope seem look sound mean know
    """.split()  # noqa: SIM905
)


def _sentence_before(ctx: Context, ln: Line, owner: str, end: int) -> Span:
    """The sentence an owner alone after a marker closes on its line: the one best fitting
    the owner, or, after another marker or a posting stamp on the same line (lines run
    together: "... Action: TB 2026-02-05 11:02 - DevAnand Further discussion. Action: DA"),
    the last one after it."""
    text = ctx.text
    floor = ln.cstart
    for b in _BOUNDARY_RE.finditer(text, ln.cstart, end):
        floor = b.end()
    if floor == ln.cstart:
        return best_sentence(ctx, ln, owner, limit=end)
    sents = [sp for sp in split_sentences(text, floor, end) if sp.end <= end]
    return sents[-1] if sents else Span(floor, end)


# What ends the words of an earlier task on a line: a posting stamp, another marker.
_BOUNDARY_RE = re.compile(
    r"\d{4}-\d\d-\d\d(?:[ T]\d\d:\d\d(?::\d\d)?)?(?:\s*[-–—]\s*\S+)?"
    r"|\bAction:\s*[\w/, ]{1,20}?(?=\s+(?:Follow-?up:|###|$))"
)


def _promised(sentence: str) -> str:
    """The task a sentence promises ("Cllr Reid will draft a new agreement" -> "draft a new
    agreement"), else the sentence."""
    return committed_task(sentence, len(sentence)) or sentence


def _owner_below(
    ctx: Context, actions: list[Action], claimed: Spans, ln: Line, m: re.Match[str]
) -> None:
    """ "... should be reset. ACTION:" closing a line, its owner alone on the next ("Clerk"):
    the sentence before the marker is the owner's task, the owner's line in its span."""
    text = ctx.text
    nxt = next((x for x in ctx.lines[ln.index + 1 : ln.index + 3] if not x.blank), None)
    if nxt is None or nxt.cend - nxt.cstart > 60:
        return
    owner = text[nxt.cstart : nxt.cend].strip(" *_.")
    if not owner or not _owner_alone(ctx, owner) or nxt.cstart in ctx.item_start_set:
        return
    start, end = strip_span(text, ln.cstart, m.start())
    if _WORD_RE.search(text, start, end) is None:
        return  # "## Actions:" over its list: a heading, no sentence before the marker
    sp = best_sentence(ctx, ln, owner, limit=end)
    if claimed.overlaps(sp.start, sp.end):
        return
    task = text[sp.start : sp.end]
    actions.append(
        make_action(ctx, committed_task(task, len(task)) or task, owner, sp.start, nxt.cend)
    )
    claimed.add(sp.start, nxt.cend)


def _whole_paragraph(ctx: Context, last: Line) -> tuple[Line, int]:
    """The first line of the wrapped paragraph ``last`` ends, and where it ends: "TAPB would
    check the timber posts ... with" / "M Rudge" / "- Action: TAPB." reads the whole
    sentence, not its last line."""
    for first, end_index in ctx.runs.items():
        if first <= last.index <= end_index:
            return ctx.lines[first], ctx.lines[end_index].cend
    return last, last.cend


def _owner_alone(ctx: Context, rest: str) -> bool:
    """What follows a marker is its owner alone, not a task: a person, initials, role or
    body, capitalised names ("Greg?", "SP/LW"), handles in lower case that are no words
    ("ruv", "AE, ruv"), up to another label ("GW  Followup: ruv")."""
    rest = _NEXT_LABEL_RE.split(rest, 1)[0].strip()
    words = rest.split()
    if not words or len(words) > 8 or re.search(r"\b(?:to|will|should|must|by)\b", rest):
        return False
    if words[0].islower() and len(words) > 1 and is_base_verb(words[0]):
        return False  # "TODO: e-mail Llachlan suggestions": a task in the imperative
    if len(words) > 2 and words[1].islower() and verb_base(words[1]) not in (None, words[1]):
        return False  # "TODO: Jeremiah tells the date of the fair.": a sentence
    if is_base_verb(words[0].lower()) and any(
        w.islower() and w not in CONNECTORS for w in words[1:]
    ):
        return False  # "ACTION: Book the caretaker's training (Clerk)": a task, its owner after
    return (
        owner_like(ctx, rest)
        or all(w[:1].isupper() or w.lower() in CONNECTORS or w in "/&" for w in words)
        or bool(_handles(rest))
        or _ROLE_PHRASE_RE.fullmatch(rest) is not None  # "Parish lengthsman", "Tree warden"
        and words[0].lower() not in _STATUS_WORDS
    )


# Words opening a status after a marker, not a role: "Action : Ongoing matter".
_STATUS_WORDS = frozenset(
    "ongoing pending outstanding completed complete closed none no not noted deferred see".split()  # noqa: SIM905
)
# A role written with a small letter after a capitalised word: "Parish lengthsman", "Hall
# caretaker", "Footpath warden" (the last word a word for someone who does: -man, -er, ...).
_ROLE_PHRASE_RE = re.compile(
    r"[A-Z][a-z]+(?:\s+[a-z]+)?\s+[a-z]+(?:man|men|woman|person|er|or|ist|ian|ee|ary|ant"
    r"|warden|keeper|master)"
)


def _handles(owners: str) -> list[str]:
    """Each of a list of initials and handles in lower case that are no words ("AE, ruv"),
    or nothing when any part is something else."""
    parts = [p for p in _HANDLE_SEP_RE.split(owners.strip()) if p]
    ok = all(_HANDLE_RE.fullmatch(p) and not is_word(p) and p not in CONNECTORS for p in parts)
    return parts if ok else []


_HANDLE_SEP_RE = re.compile(r"\s*(?:[,/&]|\band\b)\s*|\s+")


# Another label after a marker's owner: "Action: GW  Followup: ruv".
_NEXT_LABEL_RE = re.compile(r"\s{2,}(?=[A-Z][\w-]*:)|\s+(?=Follow-?up:)")
_HANDLE_RE = re.compile(r"[A-Z]{2,4}|[a-z]{2,12}")
# A date and time stamp, and who posted: "2021-07-30 11:19:29 - UlrichHoffmann".
_STAMP_END_RE = re.compile(
    r"(?:^|\n|\s)\d{4}-\d\d-\d\d(?:[ T]\d\d:\d\d(?::\d\d)?)?(?:\s*[-–—]\s*\S+)?\s*$"
)


def _heading_task(ctx: Context, line_index: int) -> str | None:
    """The title of the markdown heading a few lines above, without its links: "## [206]
    PLACE +PLACE ([place-place #206](/proposals/...))" -> "[206] PLACE +PLACE"."""
    text = ctx.text
    for k in range(line_index - 1, max(-1, line_index - 8), -1):
        ln = ctx.lines[k]
        raw = text[ln.start : ln.cend].strip()
        if raw.startswith("#"):
            title = _STAMP_END_RE.sub("", _MD_LINK_PAREN_RE.sub("", raw.lstrip("# ")))
            return MD_LINK_RE.sub(r"\1", title).strip(" *_") or None
    return None


_MD_LINK_PAREN_RE = re.compile(r"\s*\(\[[^\]]*\]\([^)]*\)\)")


_AT_HANDLES_RE = re.compile(r"@[\w-]+(?:\s*(?:,|&|\band\b)?\s*@[\w-]+)*")


# Everyone at the meeting, as a marked task's owner: "Action all: ...", "Action for everyone to".
_EVERYONE = frozenset(("all", "everyone", "everybody"))


def _marked_owner(ctx: Context, mt: re.Match[str], *, on: bool) -> bool:
    """Whether the words before "to", "will" or a colon in a marked task name its owner: a
    person, initials, role or body, a handle, "everyone"; any noun phrase before a modal
    ("Owners of the requirements should ..."); after "Action on", anything before the cue."""
    owner, cue, task = mt.group("o").strip(), mt.group("cue").strip(), mt.group("t")
    if cue == "to" and verb_phrase_head(owner):
        return False  # "TO DO: Email the members to ask ...": a task in the imperative
    if _AT_HANDLES_RE.fullmatch(owner):
        return True  # "Action item: @tomh to open an issue"
    if owner.islower() and " " not in owner and owner not in _EVERYONE:
        return on or known_handle(ctx, owner)  # "ACTION: tnowak - fix the test": a user name
    if cue in (":", "-", "–", "—") and not on:
        # "ACTION: Budget - circulate ..." is a heading and a task; "ACTION: Daniel - update
        # the price" names its owner.
        return (
            person_like(ctx, owner)
            or _given_names(owner)
            or _role_then_verb(owner, task)  # "Action – Clerk: write to the council ..."
        )
    if on or owner.startswith("@") or owner.lower().split()[0] in _EVERYONE:
        return True
    if cue in ("should", "must", "will", "shall") and len(owner.split()) <= 6:
        return True
    return owner_like(ctx, owner) or first_names(owner, task)


def _for_owner(ctx: Context, mt: re.Match[str]) -> bool:
    """Whether "Action for" is followed by whose task it is, then "to": someone the minutes
    name or everyone ("Action for Odile to book the room", "Action for all to read the
    draft"); not a body named so ("Action for Children will host ...", "Action for climate:
    ...")."""
    owner = mt.group("o").strip()
    return mt.group("cue").strip() == "to" and (
        owner.lower() in _EVERYONE or person_owner(ctx, owner)
    )


def _role_then_verb(owner: str, task: str) -> bool:
    """A role before a colon or a dash in a marked task, then a task opening with a verb:
    "Action – Clerk: write to the council", "ACTION: Treasurer - pay the invoice"; not a body
    or a topic ("ACTION: Finance - ...")."""
    return (
        role_like(owner)
        and not body_like(owner)
        and len(owner.split()) <= 4
        and is_base_verb(task.split(None, 1)[0].lower() if task.strip() else "")
    )


def bold_owner_actions(ctx: Context, actions: list[Action], claimed: Spans) -> None:
    """An owner in bold at the end of a line, after the task (a column of owners set in
    bold): "Publish the source on the web site **PK**", "some revision necessary
    **UH/AE**", "needs more work; suggest name changes  10Y:0:1A  **BP Matthias Trute**".
    The task is the sentence the bold closes, read across a wrapped paragraph; a vote's
    tally ("10Y:0:1A") is no part of it. The owner: initials, each of "A/B", then a name."""
    text = ctx.text
    if "**" not in text:
        return
    for ln in ctx.lines:
        if ln.blank or ln.cend - ln.cstart > 2000 or "**" not in text[ln.cstart : ln.cend]:
            continue
        m = _BOLD_OWNER_RE.search(text, ln.cstart, ln.cend)
        if m is None or text.startswith("#", ln.cstart) or claimed.overlaps(*m.span("o")):
            continue
        first, _end = _whole_paragraph(ctx, ln)
        start = ln.cstart if ln.index in ctx.absorbed and first.index == ln.index else first.cstart
        bold = m.start("o") - 2
        sents = [sp for sp in split_sentences(text, start, bold) if sp.end <= bold]
        if not sents:
            continue
        sp = sents[-1]
        task = _TALLY_RE.sub("", text[sp.start : sp.end]).strip(" :;,-")
        if len(task.split()) < 2 or claimed.overlaps(sp.start, sp.end):
            continue
        actions.append(make_action(ctx, task, m.group("o").strip(), sp.start, m.end()))
        claimed.add(sp.start, m.end())


# "**AE**", "**SP/LW/BP**", "**BP Matthias Trute**" ending a line (a vote's tally may
# follow).
_BOLD_OWNER_RE = re.compile(
    r"\S[ \t]*\*\*(?P<o>[A-Z]{2,4}(?:\s*[/,&]\s*[A-Z]{2,4})*(?:\s+[A-Z][a-z]+){0,3})\*\*"
    r"[ \t]*(?:\d{1,2}Y:\d{1,2}N?:\d{1,2}A?)?[ \t]*$",
    re.MULTILINE,
)
_TALLY_RE = re.compile(r"\s*\d{1,2}Y:\d{1,2}N?:\d{1,2}A?\s*")
