"""Who speaks a line of notes written by many hands, and so who "I" is on it: the person
whose label opens the line ("Jonathan: ...", "- Mihai: ..."), the nick of a chat log's line
("<jdoe> ...", "19:31:45<TAB>klausw<TAB>..."), the speaker a scribe's line names ("<scribe>
lachlan: I will ..."), and on a scribe's continuation ("<scribe> ... I'll look") the speaker
of the scribe's last labelled line. The prose rules read the line's speaker as they read its
sentences (:func:`line_speaker`); an action whose owner is still "I" afterwards, from any
source, asks :func:`speaker_of`."""

from __future__ import annotations

import re

from ...model import Action
from ..context import Context, line_of, per_context, per_parse
from ..items import heads_action_list
from ..layout import Line, hanging_from, indent, marker
from .clauses import unmarked
from .common import ACTION_MARK_RE
from .entry_lines import verb_phrase_head
from .grammar import ADVERBS, Found
from .lexicon import is_base_verb
from .modals import remark_speaker, task_sense
from .owners import body_like, person_like, plain_given_name, split_owners
from .referents import handle_word
from .verbs import DECISION_VERBS, NOT_TASK_VERBS, WILL_BAD


@per_parse  # (asked of a line by the prose rules and by :func:`transcript_lines`)
def line_speaker(ctx: Context, ln: Line) -> tuple[str | None, int]:
    """The speaker whose label opens the line ("Jonathan: ...", a chat log's "<jdoe> ...",
    "14:02 lachlan: ...", "Tom - ...") or who signs it ("... [name=Priya]"), and where the
    remark after the label starts, or (None, 0). A point's number before the label ("31. NM -
    I will ...", "2) Tom: I'll ...") is passed over."""
    text = ctx.text
    numbered = text[ln.cstart : ln.cstart + 1] in _POINT_FIRST
    number = _POINT_NUMBER_RE.match(text, ln.cstart, ln.cend) if numbered else None
    lo = number.end() if number is not None else ln.cstart
    colon = ctx.text.find(":", lo, min(ln.cend, lo + 48))
    if colon >= 0:
        who = remark_speaker(ctx, unmarked(ctx.text[lo : ln.cend]))
        if who:
            at = _REMARK_START_RE.match(ctx.text, colon + 1)
            return who, at.end() if at else colon + 1
    dash = _DASH_LABEL_RE.match(text, lo, ln.cend) if _held(text, ln, *_DASHES) else None
    if dash is not None and (dash["who"] in ctx.initials or person_like(ctx, dash["who"])):
        return dash["who"], dash.end()
    # (a chat line's speaker is a label's, before a colon, or a nick's, in "<...>" or a cell)
    m = _CHAT_LINE_RE.match(text, ln.cstart, ln.cend) if _held(text, ln, ":", "<", "\t") else None
    who = _chat_speaker(ctx, m) if m is not None else None
    if who is not None and m is not None:
        return who, m.end()
    signed = _signature(ctx, ln)
    if signed is not None:
        return signed[0], ln.cstart
    bracketed = _bracketed_speaker(ctx, ln)
    return bracketed if bracketed[0] is not None else _parent_speaker(ctx, ln)


def _parent_speaker(ctx: Context, ln: Line) -> tuple[str | None, int]:
    """A bullet nested under a speaker's remark or label ("* Pablo: planning the refactor"
    or "* Pablo:" over "  - Will chat with Aapeli after this", "- Ana - CI is flaky" over "  -
    I'll ping infra"): the speaker speaks it too."""
    if ln.cstart == ln.start or not marker(ctx.text, ln):
        return None, 0  # not a bullet
    parent = hanging_from(ctx.lines, ln, lambda up: indent(ctx.text, up), 12)
    if parent is None:
        return None, 0
    label = unmarked(ctx.text[parent.cstart : parent.cend]) + " "  # ("* Pablo:" alone)
    who = line_speaker(ctx, parent)[0] or remark_speaker(ctx, label)
    return (who, ln.cstart) if who is not None else (None, 0)


def _held(text: str, ln: Line, *marks: str) -> bool:
    """Whether the line's content holds one of ``marks``: a cheap test before a pattern
    each of whose matches holds one."""
    return any(text.find(mark, ln.cstart, ln.cend) >= 0 for mark in marks)


_POINT_FIRST = frozenset("(0123456789")  # (what a point's number opens with)
_DASHES = ("-", "–", "—")


def _bracketed_speaker(ctx: Context, ln: Line) -> tuple[str | None, int]:
    """A bullet under one that opens with a name in brackets ("- (Priya) Update on the
    bank." then "- Will talk with the bank in June"): that person speaks the bullets after
    it, up to a blank line, a line that is no bullet, or another such name."""
    text = ctx.text
    if ln.cstart == ln.start or not marker(text, ln):
        return None, 0  # not a bullet
    for k in range(ln.index, max(-1, ln.index - 12), -1):
        prev = ctx.lines[k]
        if prev.blank or prev.cstart == prev.start or not marker(text, prev):
            return None, 0
        m = _BRACKET_NAME_RE.match(text, prev.cstart, prev.cend)
        if m is not None:
            who = m["who"]
            if who in ctx.initials or person_like(ctx, who) or plain_given_name(who):
                return who, (m.end() if k == ln.index else ln.cstart)
            return None, 0
    return None, 0


# A bullet opening with a name in brackets: "(Priya) Update on the bank".
_BRACKET_NAME_RE = re.compile(r"\((?P<who>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)\)[ \t]+")


def name_signers(ctx: Context, actions: list[Action]) -> None:
    """In notes many hands write (HackMD's "[name=Priya]", an etherpad's "-- Tom"), a line
    signed by its writer: a task found there with no owner is the signer's ("- [ ] Fix the
    wiki login [name=Priya]"), and the task's words end before the signature ("Tom to book
    the hall [name=Priya]" stays Tom's). A line with no task makes none ("The boiler was
    fixed [name=Tom]")."""
    for a in actions:
        m = _SIGNATURE_RE.search(a.text)
        who = _signer(ctx, m) if m is not None else None
        if m is None or who is None or not a.text[: m.start()].strip():
            continue
        if a.owner is None:
            a.owner, a.owners = who, split_owners(who)
        a.text = a.text[: m.start()].rstrip()


def signature_at(ctx: Context, ln: Line) -> int | None:
    """Where the signature closing the line starts ("I'll take that one (Tom)"), if any."""
    signed = _signature(ctx, ln)
    return signed[1] if signed is not None else None


def _signature(ctx: Context, ln: Line) -> tuple[str, int] | None:
    """The writer who signs the line and where the signature starts: "[name=Priya]", "--
    Tom", or a promise in the first person signed after a dash or in brackets ("will do –
    Sam", "I'll take that one (Tom)")."""
    text = ctx.text
    if _PROMISE_OPEN_RE.match(text, ln.cstart, ln.cend):
        m = _SIGNED_PROMISE_RE.search(text, ln.cstart, ln.cend)
        who = m["who"] or m["who2"] if m is not None else None
        if who is not None and m is not None and (who in ctx.initials or person_like(ctx, who)):
            return who, m.start()
    if text.find("--", ln.cstart, ln.cend) < 0 and text.find("[name=", ln.cstart, ln.cend) < 0:
        return None  # (a cheap test first: every signature holds one of them)
    m = _SIGNATURE_RE.search(text, ln.cstart, ln.cend)
    who = _signer(ctx, m) if m is not None else None
    return (who, m.start()) if who is not None and m is not None else None


# A line opening with a promise in the first person, or its "I" dropped: "I'll ...", "I can
# ...", "will do", "can do", "happy to ...".
_PROMISE_OPEN_RE = re.compile(r"(?:I\b|I['’](?:ll|m)\b|[Ww]ill\s|[Cc]an\s|[Hh]appy\s+to\s)")
# Who signs it, closing the line: "– Sam", "- Tom Reed", "(Ana)".
_SIGNED_PROMISE_RE = re.compile(
    r"(?:\s[-–—]\s*(?P<who>[A-Z]{2,4}|[A-Z][a-z]+(?: [A-Z][a-z'’-]+)?)"
    r"|\s\((?P<who2>[A-Z]{2,4}|[A-Z][a-z]+(?: [A-Z][a-z'’-]+)?)\))[ \t.!]*$"
)


def _signer(ctx: Context, m: re.Match[str]) -> str | None:
    """Who a signature names: "[name=Priya Shah]" any name (the markup says it is one), "--
    Tom" a person the minutes name, or initials."""
    if m["name"]:
        return m["name"].strip()
    who = m["dashed"]
    return who if who in ctx.initials or person_like(ctx, who) else None


# A writer's signature: HackMD's "[name=Priya]" (with its "[time=...]", "[color=...]"), or
# "-- Tom" closing a line.
_SIGNATURE_RE = re.compile(
    r"\s*\[name=(?P<name>[^\]\n]{2,40})\]"
    r"|\s--\s*(?P<dashed>[A-Z]{2,4}|[A-Z][a-z]+(?: [A-Z][a-z'’-]+)?)[ \t.]*$",
    re.M,
)


_REMARK_START_RE = re.compile(r"[*_]*[ \t]*")
# A point's number: "31. ", "2) ", "(4) ", "3.2 ", "3.2. ".
_POINT_NUMBER_RE = re.compile(r"\(?\d{1,3}(?:(?:\.\d{1,3})+\.?|[.)])[ \t]+")
# A speaker's label set off by a dash: "Tom - ", "- Priya – ", "Sam Okafor — " (a person the
# minutes name, or initials, else a topic's: "Budget - ...").
_DASH_LABEL_RE = re.compile(
    r"[ \t]*(?:[-*•]\s+)?[*_]{0,2}(?P<who>[A-Z]{2,4}|[A-Z][a-z]+(?: [A-Z][a-z'’-]+)?)[*_]{0,2}"
    r"\s+[-–—]\s+"
)


def speaker_we(ctx: Context, st: str, prev: str) -> Found:
    """In a speaker's remark, a commitment with "we" or with no subject: "Tom - we will book
    the hall", "Sam — the boiler is fixed. Will send the invoice": the speaker speaks for
    the group they act in, so it is theirs (("I", task): the caller gives it to the line's
    speaker); the body's when the remark names it ("we, the hall trustees, will renew the
    lease", "we as a council will write to the county"). Not a need, a wish or a forecast
    ("we will need more chairs", "we will see", "we will probably ..."), nor what the meeting
    decides ("we will discuss ...")."""
    for m in _WE_WILL_RE.finditer(st):
        verb = m["verb"]
        if verb in DECISION_VERBS or not is_base_verb(verb):
            continue
        if (verb in WILL_BAD or verb in NOT_TASK_VERBS) and not task_sense(verb, st, m.end()):
            continue
        body = m["body"] or m["body2"] or m["body3"]
        if body is None:
            return "I", st[m.start("verb") :]
        if body_like(body):
            return f"The {body}", st[m.start("verb") :]
    return None


# "we will", "we'll", "we are going to", "Will" opening a sentence or "will" after a comma;
# "we" may name its body: "we, the trustees, will", "we (the PTA) will", "we as a council".
_WE_WILL_RE = re.compile(
    r"(?:^|(?<=[,;:–—(])|(?<=\s[-–—]))\s*(?:(?:[Yy]es|[Oo]k(?:ay)?|[Ss]o|[Aa]nd|[Tt]hen|[Aa]lso)"
    r"[,\s]+)*(?:[Ww]e(?:,\s+the\s+(?P<body>[\w ]{2,30}?),|\s+\((?:the\s+)?(?P<body2>[^()]{2,30})\)"
    r"|\s+(?:as|at)\s+(?:the|a|an)\s+(?P<body3>[\w ]{2,30}?))?"
    r"(?:\s+(?:will|shall)|['’]ll|\s+are\s+going\s+to)|[Ww]ill)\s+"
    rf"(?!probably|possibly|likely|perhaps|maybe){ADVERBS}(?P<verb>[a-z][a-z-]+)\b"
)


def speaker_of(ctx: Context, pos: int) -> str | None:
    """Who "I" is on the line at ``pos``: the line's speaker, or on a scribe's continuation
    ("<scribe> ... I'll look into that") the speaker of the scribe's last line that names one
    (other nicks' lines between are passed over; a blank line ends the search)."""
    first = line_of(ctx, pos)
    who, _ = line_speaker(ctx, ctx.lines[first])
    m = _CHAT_LINE_RE.match(ctx.text, ctx.lines[first].cstart, ctx.lines[first].cend)
    if who is not None or m is None or not m.group("more"):
        return who
    scribe = m.group("nick") or m.group("col")
    for k in range(first - 1, max(-1, first - 40), -1):
        ln = ctx.lines[k]
        m = _CHAT_LINE_RE.match(ctx.text, ln.cstart, ln.cend)
        if ln.blank or m is None:
            return None
        if (m.group("nick") or m.group("col")) != scribe:
            if scribe is None:
                return None
            continue  # another nick's line ("mounir <TAB> present+") between the scribe's
        if not m.group("more"):
            return _chat_speaker(ctx, m)
    return None


def _chat_speaker(ctx: Context, m: re.Match[str]) -> str | None:
    """The speaker of a line of a chat or IRC log: the label a scribe gives whose words the
    line holds ("<scribe> lachlan: I will ...", "lachlan: ...", "@dana: ..."), else the nick
    that typed it ("<jdoe> I'll open an issue", "19:31:45<TAB>klausw<TAB>I'll do it"), any
    word after a time ("[14:02] <tomb> ..."). A scribe's line going on with the speaker
    before ("<scribe> ... I'll look") is no one's here (see :func:`speaker_of`), nor a line
    of HTML ("<b>Note</b>: ...")."""
    if "</" in m.group(0) or m.group("more"):
        return None
    label = m.group("label")
    if label:
        return label if _names_speaker(ctx, label) else None
    nick = m.group("nick") or m.group("col")
    return nick if nick and (m.group("stamp") or handle_word(nick)) else None


def _names_speaker(ctx: Context, label: str) -> bool:
    """A label that names who speaks: a handle ("jdoe", "@dana_k") or a person's name in two
    words ("Dana Reyes"), not a topic's ("topic", "RESOLUTION", "Next Steps")."""
    if " " in label:
        return person_like(ctx, label) or plain_given_name(label)
    return handle_word(label)


# A line of a chat log or of notes by speakers: a time ("[14:02]", "2020-11-02 19:29:23"),
# a nick ("<dana>", or a nick and a tab), then a speaker's label ("dana:", "Dana Reyes:") or
# a scribe's "..." going on with the speaker before.
_CHAT_LINE_RE = re.compile(
    r"(?P<stamp>[\[(]?\d{1,4}[-:/.]\d[\d:/.-]*(?:[ T]\d{1,2}:\d\d(?::\d\d)?)?[\])]?\s+)?"
    r"(?:<[@+]?(?P<nick>[A-Za-z][\w.|`^-]{1,30})>\s+|(?P<col>[A-Za-z][\w.|`^-]{1,30})\t+)?"
    r"(?:(?P<more>\.{3}|…)|[*_]{0,2}(?P<label>@?[A-Za-z][\w.|`^-]{0,29}[^\W_](?: [A-Z][a-z]+)?)"
    r"[*_]{0,2}\s?:[*_]{0,2}\s+)?"
)


@per_context
def transcript_lines(ctx: Context) -> frozenset[int]:
    """The lines of notes written as a transcript: a run of lines each opening with a
    speaker's label ("14. KM - ...", "- Priya: ..."), by two speakers or more, at least two
    and a quarter of them talk (a view, a report, a question: no task, offer or marked action,
    :func:`_talk`). There the label names who speaks, not who is to act: "RT - Nice. Demo
    that at the board" asks the others. A list of jobs by name ("- Tom: ring the garage",
    "- Ann: will book the hall") is no transcript, nor a run under an action list's heading
    ("Action items" over "- Dana: no reply yet", "- Tom: update the wiki") unless most of it,
    three remarks or more, is talk ("Open actions" over "RT - I went through it ...", "KM -
    Keep it open"). A run ends at a heading or after three lines of other text (lines
    nested under a remark go on with it)."""
    text = ctx.text
    found: set[int] = set()
    run: list[tuple[int, str, bool]] = []
    gap, depth, listed = 0, 0, False
    for ln in ctx.lines:
        if ln.blank:
            continue
        if heads_action_list(text, ln):
            _close_run(run, found, listed)
            gap, listed = 0, True  # (the runs that follow are the list's, up to a heading)
            continue
        who, at = line_speaker(ctx, ln)
        if who is None or at <= ln.cstart:
            if listed and (text.startswith("#", ln.cstart) or ln.cstart in ctx.item_start_set):
                _close_run(run, found, listed)
                listed = False  # (a heading or an item's title after the list: another part)
            if not run or indent(ctx.text, ln) <= depth:
                gap += 1
                if gap >= 3:
                    _close_run(run, found, listed)
            continue
        run.append((ln.index, who, _talk(text[at : ln.cend])))
        gap, depth = 0, indent(ctx.text, ln)
    _close_run(run, found, listed)
    return frozenset(found)


def _close_run(run: list[tuple[int, str, bool]], found: set[int], listed: bool) -> None:
    """Add the run's lines to ``found`` when it is a transcript (not ``listed`` under an
    action list's heading); empty the run."""
    talk = sum(1 for _, _, said in run if said)
    least = (3, 2) if listed else (2, 4)  # (under a heading of actions: most of them talk)
    if talk >= least[0] and least[1] * talk >= len(run) and len({w for _, w, _ in run}) >= 2:
        found.update(k for k, _, _ in run)
    run.clear()


def _talk(remark: str) -> bool:
    """A remark that is talk: not a task in the imperative ("Check the harness"), an offer or
    a commitment ("I'll send ...", "will chase", "to draft ...", "happy to help") or a marked
    action ("Action-PB-31: ..."). "I went through it", "Nice. Demo that ...", "Should we
    ...?" are talk."""
    remark = remark.strip(" *_")
    if _TASK_SHAPED_RE.match(remark) or "ction" in remark[:30] or "TODO" in remark[:30]:
        return False
    first = _FIRST_SENTENCE_RE.match(remark)
    return not verb_phrase_head(first[0] if first else remark)


# A remark shaped as a task: a commitment or an offer, a suggestion, a request.
_TASK_SHAPED_RE = re.compile(
    r"(?:(?:[Yy]es|[Oo]k(?:ay)?|[Ss]ure|[Aa]nd|[Aa]lso|[Ss]o|[Tt]hen)[,.!]?\s+)*"
    r"(?:(?:I|[Ww]e)(?:['’]ll|\s+(?:will|shall|can|am\s+going|['’]m\s+going))\b"
    r"|I['’]m\s+going\b|(?:[Ww]ill|[Tt]o|[Cc]an|[Pp]lease|[Kk]indly)\s+[a-z]"
    r"|(?:I['’]m\s+|I\s+am\s+)?(?:[Hh]appy|[Gg]lad|[Ww]illing)\s+to\b|[Ll]et\s+me\b|[Ll]et['’]s\b)"
)
_FIRST_SENTENCE_RE = re.compile(r"[^.!?]*[.!?]?")


def told_in_talk(ctx: Context, a: Action) -> bool:
    """In a transcript (:func:`transcript_lines`), a task the speaker tells or suggests to
    the others, read as the speaker's own ("RT - Check the calibration sheet", "PA: Let's
    look at the docs again some time", "KM: Please send comments to the list", "SO: Good
    point. Make sure the README says so") or as no one's, or a task the speaker says someone
    should or could do ("KM - The chairs should send a note to the list", "The county could
    be asked"): talk, no action. The speaker's own offer or commitment ("I'll send ...",
    "Will chase again", "Happy to review it", "I should check the lease"), a task given to
    someone ("RT to send the slides", "RT will send them") and "Name: <imperative>" on a
    line of notes ("- Kim: share the draft questions") stay."""
    k = line_of(ctx, a.start)
    if k not in transcript_lines(ctx):
        return False
    ln = ctx.lines[k]
    who, at = line_speaker(ctx, ln)
    text = ctx.text
    lead = a.text.rstrip(" .")[:24].lower()
    where = text[at : ln.cend].lower().find(lead) if lead else -1
    if where < 0:  # (the task's words rewritten: "The county could be asked ...")
        remark = text[at : ln.cend].rstrip(" .")
        return _ONE_SENTENCE_RE.fullmatch(remark) is not None and bool(_SUGGESTED_RE.search(remark))
    said = text[at : at + where]
    cut = max(said.rfind(". "), said.rfind("! "), said.rfind("? ")) + 1
    said, remarked = said[cut:], cut > 0
    if _SUGGESTED_RE.search(said) is not None:
        return True
    if a.owner is not None and a.owner != who:
        return False
    told = _TOLD_RE.fullmatch(said)
    if told is None:
        return False
    if told["asked"] is not None:
        return True  # "please", "let's": asked of the others
    # A bare imperative ("- Kim: share the draft questions") is the named person's job in
    # notes, unless the notes mark their actions and the line is a transcript's numbered
    # remark ("17. PA - Check the harness") or the imperative follows a remark of the
    # speaker's own ("RT - Nice. Demo that at the board").
    numbered = _POINT_NUMBER_RE.match(text, ln.cstart, ln.cend) is not None
    return (numbered or remarked) and _marks_actions(ctx)


# What may stand before a task told to others in its sentence: nothing, "please", "let's".
_TOLD_RE = re.compile(
    r"(?i)[\s*_]*(?:(?:and|also|so|then|maybe|perhaps|just"
    r"|(?P<asked>please|kindly|let['’]s|let\s+us))[,\s]+)*"
)
# A task suggested for someone other than the speaker: "X should", "could be asked".
_SUGGESTED_RE = re.compile(r"(?<!\bI )\b(?:should|could|might|ought\s+to)\b")
_ONE_SENTENCE_RE = re.compile(r"[^.!?]+")


@per_context
def _marks_actions(ctx: Context) -> bool:
    """Whether the notes mark their actions as such: an action list's heading ("Action
    items"), a marker ("ACTION:", "AI:", "Action-PB-2024-31")."""
    text = ctx.text
    return ACTION_MARK_RE.search(text) is not None or any(
        not ln.blank and heads_action_list(text, ln) for ln in ctx.lines
    )
