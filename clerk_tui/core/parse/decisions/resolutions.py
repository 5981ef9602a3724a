"""Resolutions laid out as such: a label ("RESOLVED", "Agreed:", "DECISION -") and what it
heads, a numbered "That ... be approved", and "(a) the programme be approved" with no
keyword; a head that only opens a list makes each sub-point a decision of its own, as does
"the Committee:" over points that open with what it did ("(a) noted ...")."""

from __future__ import annotations

import re

from ..actions.entry_lines import over_rule
from ..actions.lexicon import MODAL
from ..actions.lists import owner_job, resolved_bullet
from ..context import Context, line_end
from ..items import ENUM_RE, MARKER_RE, NUM_RE, heading_like
from ..layout import NICK, TICKS, Line, indent
from .found import EMPHASIS_RE, Found
from .outcomes import SOLE_OUTCOME_RE, motion_lost

_LABEL_RE = re.compile(
    rf"^(?:[{TICKS}]\ufe0f?\s*)?[*_]{{0,3}}(?:(?:RESOLVED|Resolved|RESOLVE)(?:\s+(?:UNANIMOUSLY|unanimously))?|AGREED|Agreed"
    r"|DECISION|Decision|DECIDED|Decided|DECISIONS|NOTED|Recommendations? agreed"
    r"|RECOMMENDATIONS? AGREED|Agreement|AGREEMENT"
    # "Consensus: first come, first served", "Conclusion – we keep the old printer"
    r"|(?:Outcome|OUTCOME|Decisions|Consensus|CONSENSUS|Conclusions?|CONCLUSIONS?|Result|RESULT)"
    r"(?=[*_]*\s*[:–—-])"
    # whose or which: "Final decision: keep the old host", "Group consensus: merge after the
    # release"
    r"|(?:Final|Group|Team|Overall|General|Rough|Lazy|Board|Committee|Joint)\s+(?i:decision"
    r"|consensus|outcome|conclusion)(?=[*_]*\s*[:–—-])"
    # "Resolution: adopt the code of conduct", "Approved: the 2026 budget", "Passed: the policy"
    r"|(?:Resolutions?|RESOLUTIONS?|Approved|APPROVED|Passed|PASSED|Carried|CARRIED|Unanimous"
    r"|UNANIMOUS)(?:\s+(?:unanimously|UNANIMOUSLY))?(?=[*_]*\s*:)"
    r"|Decisions(?=[*_]+\s*$)"
    # "Decisions made:", "Key decisions:", "Summary of decisions -"
    r"|(?i:key\s+decisions|summary\s+of\s+(?:the\s+)?decisions|decisions?\s+(?:made|taken|reached))"
    r"(?=[*_]*\s*[:–—-])"
    # "Agreements:", "Outcome/Decision:", "Decisions/Actions:"
    r"|(?:Agreements|AGREEMENTS|(?:Outcomes?|Decisions?)\s*/\s*(?:Decisions?|Outcomes?|Actions?))"
    r"(?=[*_]*\s*:))"
    r"(?![A-Za-z0-9])"
    # (not a decision still to make, named as a topic: "- Decision on approach (dimension vs
    # integration)", unless a colon gives its outcome: "Decision on the logo: keep it")
    r"(?![ ]+(?:on|about|regarding|needed|required|pending|to\s+be\s+(?:made|taken))\b[^:]*$)"
    r"[*_]*\s*(?::|-|–|—|\.)?[*_]*\s*(?P<rest>.*)$"
)
# A heading of a section of decisions, in any style ("### Decisions", "**Decided**", "Key
# decisions", "What we agreed:", "DECISIONS TAKEN"): the section's name, or things of the
# meeting's business with the outcome they met ("Grants approved", "Policies adopted",
# "Motions passed").
_SECTION_HEAD_RE = re.compile(
    r"(?i)^(?:#{1,6}\s*)?[*_]{0,3}(?:\d{1,2}[.)]?\s+)?(?:(?:key|main|final|summary\s+of(?:\s+the)?"
    r"|list\s+of|record\s+of)\s+)?"
    r"(?:(?:decisions?|outcomes?|resolutions?|resolved|agreed|agreements?|consensus|conclusions?"
    r"|decided)(?:\s+(?:made|taken|reached|log|agreed|items|points))?"
    r"|what\s+(?:we|the\s+(?:group|meeting|committee|board|council|team))\s+(?:decided|agreed)"
    r"|(?:[a-z]+\s+)?(?:grants|applications|requests|proposals|motions|policies|payments|changes"
    r"|budgets?|purchases|bids|recommendations|amendments|donations|awards)\s+(?:approved|agreed"
    r"|adopted|awarded|ratified|accepted|passed|granted|endorsed|made))"
    r"[*_]*\s*:?[*_]*\s*$"
)


def _section_head(ctx: Context, nonblank: list[Line], k: int, c: str) -> bool:
    """Whether line ``c`` (nonblank[k]) heads a section of decisions: a markdown heading, a
    bold line or one standing alone over a list, whose words name decisions (see
    :data:`_SECTION_HEAD_RE`)."""
    if len(c) > 60 or not _SECTION_HEAD_RE.match(c):
        return False
    if c[:1] == "#" or (c.startswith(("**", "__")) and c.rstrip(" :").endswith(("**", "__"))):
        return True
    return k + 1 < len(nonblank) and _enumerated(ctx.text, nonblank[k + 1])


# What a label says when it records no decision: "(For information only)", "None", "N/A".
NO_DECISION_RE = re.compile(
    r"(?i)^[*_(\s]*(?:(?:for\s+)?information(?:\s+only)?|none|nil|n/?a"
    r"|no\s+(?:formal\s+)?(?:decisions?|votes?|resolutions?)(?:\s+\w+)?)"
    r"[*_).\s]*$"
)
# A label with nothing decided yet: "Decision: TBD on the archive", "Consensus: no consensus
# yet", "Consensus: pending - see the quotes", "Decision: ?".
UNDECIDED_RE = re.compile(
    r"(?i)(?:tbd|tbc|no\s+(?:consensus|agreement))\b"
    r"|(?:pending|not\s+yet(?:\s+decided)?|to\s+be\s+(?:decided|confirmed)|\?+)"
    r"(?:\W*$|\s*[-–—(,;])"
)
# "Agreed to ...", "Noted the ...": a sentence, not a label (unless it only opens a list).
_LOWER_DECISION_VERB_RE = re.compile(r"(?i)(?:agreed|decided|noted)\s+(?:to|that|with|by|the)\b")
_MARKER_WORD_RE = re.compile(r"^(?:RESOLVED|Resolved|DECISION|Decision|AGREED|NOTED)\b")
_LABEL_WORD_RE = re.compile(r"^\S+\s*(?::|-|–|—|$)")
_NEXT_MARKER_RE = re.compile(r"(?i)(?:resolved|decision|agreed|decided)\b\s*(?::|-|–|—|that\b|$)")


_THAT_RE = re.compile(r"^(?:\(?\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})\s*[.)]\s*)?That\b")
_THAT_WORD_RE = re.compile(r"^(?:That|that)\b")
# "That" pointing at something, then a finite verb: "That functionality is needed anyway",
# "That was the plan", "that idea would work" (not "That the minutes are approved", "That
# Cllr Bell be appointed").
_DEMONSTRATIVE_RE = re.compile(
    r"^(?:That|that)\s+(?:[a-z][\w’'-]*\s+)?(?:is|was|are|were|has|had|seems|sounds|looks|would"
    r"|will|could|should|might|may|can)\b"
)
# "the work programme be approved", "be re-elected", "be given": a "be" and its participle;
# a subjunctive unless a modal or "to" comes before it (see :func:`_subjunctive`).
_BE_DONE_RE = re.compile(
    r"\bbe\s+(?:[a-z]+ly\s+)?(?:re-)?(?:[a-z]+(?:ed|en|ne|wn)|set|put|sent|held|made|given|kept"
    r"|brought|taken|sought|paid|met|told|built|spent|sold|bought|read|run|cut|let|lent|led|left)\b"
)
# The verb of a "That ..." resolution: "be approved", or "be, and they are hereby, approved".
_RESOLUTION_VERB_RE = re.compile(_BE_DONE_RE.pattern + r"|\bhereby,?\s+(?:re-)?[a-z]+(?:ed|en)\b")
# What makes "be" no subjunctive, one or two words before it: "to be", "will be", "must then
# be", "can not be".
_NOT_SUBJUNCTIVE_BEFORE = frozenset(
    "to not will would could should shall must may might can cannot won't".split()  # noqa: SIM905
)


def _subjunctive(c: str) -> bool:
    """Whether ``c`` holds a subjunctive "be" and its participle ("the programme be approved",
    not "will be approved", "Must then be approved")."""
    for m in _BE_DONE_RE.finditer(c):
        # the words as written, without brackets or emphasis: "_(To be addressed ...)_"
        before = [
            w.strip("*_([{\"'“‘")
            for w in c[max(0, m.start() - 30) : m.start()].lower().split()[-2:]
        ]
        if not _NOT_SUBJUNCTIVE_BEFORE.intersection(before):
            return True
    return False


_FINITE_RE = re.compile(r"\b(?:were|was|had|is|are|has|have)\b")
_MODAL_RE = re.compile(rf"\b{MODAL}\b")
_BULLET_START = "•·-▪*◦●○■➢►"


# The words of a head that only opens a list of resolutions: "RESOLVED: That the
# Committee:-", "The Board RESOLVED to:", "It was agreed that:", "Agreed to:".
_OPEN_HEAD_WORDS = frozenset(
    """
    it was is has been resolved agreed decided decision decisions unanimously that to the as
    follows following and of by all recommendation recommendations resolve
    we on upon consensus reached points items group meeting members
    """.split()  # noqa: SIM905
)
# The words of deciding that end who decided ("The members present came to a consensus").
_CUE_WORDS = frozenset({"resolved", "agreed", "decided", "consensus", "resolve"})
WORD_RE = re.compile(r"[A-Za-z][\w'’&-]*")
OPEN_END_RE = re.compile(r"(?:[:–—-]|\b(?:that|That|THAT|[A-Z][a-z]+))\s*$")
_SENTENCE_END_RE = re.compile(r"[.;!?:][\"”’')\]]*\s*$")


def _label(c: str) -> re.Match[str] | None:
    """The label that opens a line ("RESOLVED:", "Agreed -", "DECISION"), if it is one."""
    m = _LABEL_RE.match(c)
    if m is None:
        return None
    c = c.lstrip(TICKS + "\ufe0f ")  # "✅ Agreed: ..."
    if (c.isupper() or c.lstrip("*_")[:1].isupper()) and not _LOWER_DECISION_VERB_RE.match(c):
        return m
    if _MARKER_WORD_RE.match(c) and _LABEL_WORD_RE.match(c):
        return m
    if open_head(c) and OPEN_END_RE.search(c):
        return m  # "Agreed to:", "Resolved that:"
    return None


def open_head(s: str) -> bool:
    """Whether ``s`` only opens a list of resolutions ("RESOLVED: That the Committee:-",
    "The Board RESOLVED to:", "Agreed to:"): no word of its own but the label's, "that",
    "to" and the meeting's name; when a colon ends it, none after its word of deciding
    ("The members present came to a full consensus on the following:")."""
    words = WORD_RE.findall(s)
    if s.rstrip(" *_").endswith(":"):
        cue = max((i for i, w in enumerate(words) if w.lower() in _CUE_WORDS), default=-1)
        words = words[cue + 1 :]
    for w in words:
        if w[0].islower() and w.lower() not in _OPEN_HEAD_WORDS:
            return False
        if w[0].isupper() and w.lower() in ("noted", "approved", "endorsed"):
            return False
    return True


def _enumerated(text: str, ln: Line) -> bool:
    """A numbered, lettered or bulleted line ("(a)", "2.", "iv)", "[ii]", "•")."""
    raw = text[ln.start : ln.cend].lstrip()
    if raw.startswith(("**", "__")):
        return False  # "**Membership**": bold, not a bullet
    return bool(ENUM_RE.match(raw) or _BRACKETED_RE.match(raw)) or raw[:1] in _BULLET_START


# A number or letter in square brackets: "[ii] a minimum of two meetings", "[1.2] Air Ambulance".
_BRACKETED_RE = re.compile(r"\[(?:\d{1,2}(?:\.\d{1,2})?|[a-z]|[ivx]{1,4})\]\s")


def _fresh_numbered_run(ctx: Context, nonblank: list[Line], j: int) -> set[int]:
    """Where the lines of a list numbered afresh from nonblank[j] on start ("1." then "2.",
    "(a)" then "(b)", counting up by one, with no blank line between), at least two of them;
    empty when nonblank[j] opens no such list. The item after a blank line, or numbered out
    of turn ("5. Any other business"), is the meeting's next."""
    text = ctx.text
    run: set[int] = set()
    for n, ln in enumerate(nonblank[j:], 1):
        if (run and ln.index != nonblank[j + n - 2].index + 1) or _rank(text, ln) != n:
            break
        run.add(ln.cstart)
    return run if len(run) > 1 else set()


def _rank(text: str, ln: Line) -> int | None:
    """Where a line numbered "3." or lettered "(c)" stands in its list (3), if it is."""
    m = ENUM_RE.match(text[ln.start : ln.cend])
    mark = m.group(0).strip(" \t().") if m else ""
    if mark.isdigit():
        return int(mark)
    return ord(mark) - ord("a") + 1 if len(mark) == 1 and mark.isalpha() else None


def stops(ctx: Context, ln: Line, item_starts: set[int]) -> bool:
    """A line that no resolution runs into: an item heading or a section label."""
    c = ctx.text[ln.cstart : ln.cend]
    return ln.cstart in item_starts or bool(MARKER_RE.match(c)) or bool(_NEXT_MARKER_RE.match(c))


def _enum_style(text: str, ln: Line) -> str | None:
    """How a line is numbered or lettered: "(9)", "9.", "a)", "(a)"; None if it is not."""
    m = ENUM_RE.match(text[ln.start : ln.cend])
    if m is None:
        return None
    mark = m.group(0).strip()
    kind = "9" if mark.strip("().").isdigit() else "a"
    return f"({kind})" if mark.startswith("(") else kind + mark[-1]


def split_points(
    ctx: Context, nonblank: list[Line], j: int, item_starts: set[int], found: Found, head: str
) -> int:
    """Each numbered, lettered or bulleted line from nonblank[j] on, a decision of its own led
    by ``head``, up to one numbered as the head's own line is ("21.2 The Leader RESOLVED to:"
    over "(1) ...", "(2) ...", up to "21.3"). Returns the index of the first line not taken."""
    head_style = _enum_style(ctx.text, nonblank[j - 1]) if j else None
    # Points nested under the head ("- Decision:" over "  - keep X") end at a line as far in
    # as the head; points beside it (a flat list) run on as before.
    head_indent = indent(ctx.text, nonblank[j - 1]) if j else -1
    if j >= len(nonblank) or indent(ctx.text, nonblank[j]) <= head_indent:
        head_indent = -1
    while j < len(nonblank):
        nl = nonblank[j]
        if stops(ctx, nl, item_starts) or not _enumerated(ctx.text, nl):
            break
        if head_style is not None and _enum_style(ctx.text, nl) == head_style:
            break
        if indent(ctx.text, nl) <= head_indent:
            break  # "- Decision:" over its nested points, then "- Discussion" beside it
        bullet = ctx.text[nl.start : nl.cend].lstrip()[:1] in _BULLET_START
        if resolved_bullet(ctx, nl) is None:  # "- Tom: ring the garage" is Tom's action
            found.add(nl.cstart if bullet else nl.start, line_end(ctx, nl), head=head)
        j += 1
    return j


# A chat log's speaker ("<dom>", "<@kaz>"), not an HTML tag ("<p>").
# A speaker opening a line of a chat log or of notes written as a dialogue: "kaz: ok", "<dom>".
SPEAKER_RE = re.compile(rf"(?:[a-z][\w.|`-]{{0,29}}:\s|{NICK})")


def _continued(ctx: Context, nonblank: list[Line], j: int, item_starts: set[int]) -> int:
    """The last line of a resolution that starts on nonblank[j] and runs on, unpunctuated,
    into the next lines ("Resolved – That the Board\\nnotes the report.")."""
    text = ctx.text
    while j + 1 < len(nonblank):
        cur, nl = nonblank[j], nonblank[j + 1]
        if _SENTENCE_END_RE.search(text, cur.cstart, line_end(ctx, cur)):
            break
        if (
            stops(ctx, nl, item_starts)
            or _enumerated(text, nl)
            or SPEAKER_RE.match(text, nl.cstart)
        ):
            break
        if not (
            text[nl.cstart].islower()
            or (line_end(ctx, cur) - cur.cstart < 40 and nl.index == cur.index + 1)
        ):
            break
        j += 1
    return j


def _inline_points(ctx: Context, start: int, end: int, found: Found, head: str) -> bool:
    """ "Resolved: (1) that the payments be approved; (2) that the reconciliation be noted.":
    each numbered or lettered part of one line a decision of its own, led by ``head``.
    False when the line does not have at least two such parts."""
    text = ctx.text
    marks = [m.start() for m in _INLINE_POINT_RE.finditer(text, start, end)]
    if len(marks) < 2:
        return False
    for a, b in zip(marks, [*marks[1:], end], strict=True):
        found.add(a, b, head=head)
    return True


# "(1)", "(b)", "ii)" opening a line's rest or following "; " / "; and ".
_INLINE_POINT_RE = re.compile(
    r"(?:(?<=[:;–—-]\s)|(?<=[:;]\s\s)|(?<=;\sand\s)|(?<=\bthat\s)|(?<=\bThat\s))"
    r"\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})\)\s"
)


def resolution_label(
    ctx: Context, nonblank: list[Line], k: int, item_starts: set[int], found: Found
) -> int | None:
    """A label ("RESOLVED", "Resolved –", "Agreed:", "DECISION", "Agreement:") and what it
    heads: the rest of its line (run on over unpunctuated lines), else the line under it. A
    label that only opens a list ("RESOLVED: That the Committee:-", "Agreed to:") heads one
    decision per sub-point; "(1) ...; (2) ..." on the label's line are split the same way. A
    markdown heading of decisions ("### Decisions", "#### Outcome") is such a label too."""
    text = ctx.text
    ln = nonblank[k]
    c = text[ln.cstart : ln.cend]
    m = _label(c)
    if m is None and not _section_head(ctx, nonblank, k, c):
        return None
    rest = m.group("rest").strip() if m else ""  # "### Decisions": a section's heading
    if (
        m
        and not rest
        and c.rstrip(" *_").endswith(".")
        and k
        and nonblank[k - 1].cstart not in item_starts
    ):
        return None  # "Agreed." alone closes the point on the line before (a sentence rule)
    if NO_DECISION_RE.match(rest) or UNDECIDED_RE.match(rest):
        return k + 1  # "Resolved: (For information only)", "Decisions: none", "Decision: TBD"
    if rest and SOLE_OUTCOME_RE.match(c):
        return None  # "Resolution: Passed": the vote on the motion above (a sentence rule)
    if rest and owner_job(ctx, rest.strip("*_ ")) is not None:
        return k + 1  # "Resolved: Rosa: Email the council": Rosa's action
    if m and rest and not (open_head(c) and OPEN_END_RE.search(c)):
        first_point = _INLINE_POINT_RE.search(text, ln.cstart + m.start("rest"), ln.cend)
        if first_point and _inline_points(
            ctx, first_point.start(), ln.cend, found, c[: first_point.start() - ln.cstart]
        ):
            return k + 1
        return _labelled(ctx, nonblank, k, item_starts, found, ln.cstart)
    # The label (with "That the Committee:-" at most) opens what follows, past its underline
    # ("Decisions" over "---------": a setext heading).
    j = k + 1
    if j < len(nonblank) and over_rule(ctx, ln):
        j += 1
    if j < len(nonblank) and not m and text[nonblank[j].cstart] == "#":
        return k + 1  # "#### Resolved" over "#### New": a section with nothing in it
    own_list = _fresh_numbered_run(ctx, nonblank, j) if j < len(nonblank) else set()
    if own_list:
        # "Decisions:" over "1. Move the CI" / "2. Ship on Friday": its own list, numbered
        # afresh, though each line looks like an item's heading
        return split_points(ctx, nonblank, j, item_starts - own_list, found, c)
    if j < len(nonblank) and not stops(ctx, nonblank[j], item_starts):
        nl = nonblank[j]
        nc = text[nl.cstart : nl.cend]
        if NO_DECISION_RE.match(nc):
            return j + 1  # "Decisions" / "None."
        if _enumerated(text, nl):
            return split_points(ctx, nonblank, j, item_starts, found, c)
        mnum = NUM_RE.match(nc)
        if not (mnum and not _THAT_RE.match(nc) and heading_like(mnum.group("title"))):
            if open_head(nc) and OPEN_END_RE.search(nc):
                # "RESOLVED" / "That the Board:" / "(a) ... (b) ..."
                nxt = split_points(ctx, nonblank, j + 1, item_starts, found, f"{c} {nc}")
                if nxt > j + 1:
                    return nxt
            return _labelled(ctx, nonblank, j, item_starts, found, nl.start)
    nxt_label = j < len(nonblank) and bool(
        _LABEL_RE.match(text[nonblank[j].cstart : nonblank[j].cend])
    )
    if not (nxt_label and re.match(r"(?i)decisions?\b", c) or EMPHASIS_RE.match(c)):
        found.add(ln.cstart, line_end(ctx, ln))  # "RESOLVED" alone: the decision is not given
    return k + 1


def that_resolution(
    ctx: Context, nonblank: list[Line], k: int, item_starts: set[int], found: Found
) -> int | None:
    """A resolution written "That ...", often numbered: "1. That the refresh of the plan be
    approved.", "2. That the Director circulate slides to members." (with its sub-points),
    and the motion under its proposer and seconder ("Proposed by Cllr A" / "Seconded by Cllr
    B" / "That CCTV be fitted in all taxis.") unless the line after it says it was lost."""
    text = ctx.text
    ln = nonblank[k]
    c = text[ln.cstart : ln.cend]
    raw = text[ln.start : ln.cend].lstrip()
    if not (_THAT_RE.match(c) or (ENUM_RE.match(raw) and _THAT_WORD_RE.match(c))):
        return None
    if _DEMONSTRATIVE_RE.match(c):
        return None  # "That functionality is needed anyway": a remark, not a resolution
    moved = _moved(ctx, nonblank, k)
    if not (
        _RESOLUTION_VERB_RE.search(c)
        or ((ENUM_RE.match(raw) or NUM_RE.match(c)) and not _FINITE_RE.search(c))
        or (open_head(c) and OPEN_END_RE.search(c))
        or moved
    ):
        return None
    if moved and k + 1 < len(nonblank) and motion_lost(_line_text(ctx, nonblank[k + 1])):
        return k + 2  # "That ... / The motion was lost."
    if open_head(c) and OPEN_END_RE.search(c):
        nxt = split_points(ctx, nonblank, k + 1, item_starts, found, c)
        if nxt > k + 1:
            return nxt
    nxt, end = sub_points(ctx, nonblank, k, item_starts)
    found.add(ln.cstart, end)
    return nxt


def _labelled(
    ctx: Context, nonblank: list[Line], j: int, item_starts: set[int], found: Found, start: int
) -> int:
    """The decision a label heads, from ``start`` on nonblank[j]: run on over unpunctuated
    lines, or with the sub-points under it; the index of the next line to read."""
    last = _continued(ctx, nonblank, j, item_starts)
    if last == j:
        nxt, end = sub_points(ctx, nonblank, j, item_starts)
        found.add(start, end)
        return nxt
    found.add(start, line_end(ctx, nonblank[last]))
    return last + 1


# What opens a line naming who moved or seconded a motion: "Proposed by Cllr Hart", "Seconder:
# Cllr Lowe", "Sec MD".
MOVER_OPEN = r"^\W*(?i:proposed|proposer|moved|mover|seconded|seconder|sec|2nd)\b"
_MOVER_RE = re.compile(MOVER_OPEN)
# A line recording that the motion before it was carried: "On being put to the vote the
# motion was CARRIED.", "Carried unanimously".
_CARRIED_RE = re.compile(
    r"(?i)^\W*(?:on\s+being\s+put\s+to\s+the\s+vote|carried\b)|\bwas\s+carried\b"
)


def _line_text(ctx: Context, ln: Line) -> str:
    return ctx.text[ln.cstart : line_end(ctx, ln)]


def _moved(ctx: Context, nonblank: list[Line], k: int) -> bool:
    """Whether the line nonblank[k] states a motion: a line naming its proposer or seconder
    is one of the two before it, or the line after it records it carried."""
    if any(_MOVER_RE.match(_line_text(ctx, ln)) for ln in nonblank[max(0, k - 2) : k]):
        return True
    return k + 1 < len(nonblank) and bool(_CARRIED_RE.search(_line_text(ctx, nonblank[k + 1])))


# A head naming the meeting and opening its list of decisions: "After discussion, the
# Committee:", "The Board unanimously:".
_BODY_HEAD_RE = re.compile(
    r"(?:^|\s)(?:the\s+|The\s+)?(?:Board|Committee|Sub-Committee|Panel|Sub-Panel|Cabinet|Council"
    r"|Group|Members|Forum|Trustees|Governors|Partnership)(?:\s+(?:unanimously|then|also))?\s*:\s*$"
)
# A sub-point that opens with what the meeting did: "(a) noted the responses;", "2. approved
# the design".
_POINT_VERB_RE = re.compile(
    r"^\W*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s*)?(?:noted|approved|agreed|endorsed|resolved"
    r"|supported|adopted|accepted|recommended|requested|asked|welcomed|ratified|confirmed|decided"
    r"|delegated|authorised|authorized|commended|received|instructed|deferred)\b"
)


def body_points(
    ctx: Context, nonblank: list[Line], k: int, item_starts: set[int], found: Found
) -> int | None:
    """A head naming the meeting ("After discussion, the Committee:") over numbered, lettered
    or bulleted points that open with what it did ("(a) noted the consultation responses;",
    "(b) approved the final design"): each point a decision of its own, led by the head."""
    ln = nonblank[k]
    c = ctx.text[ln.cstart : ln.cend]
    if not c.endswith(":") or not _BODY_HEAD_RE.search(c) or k + 1 >= len(nonblank):
        return None
    nl = nonblank[k + 1]
    if not _enumerated(ctx.text, nl) or not _POINT_VERB_RE.match(ctx.text[nl.cstart : nl.cend]):
        return None
    nxt = split_points(ctx, nonblank, k + 1, item_starts, found, c)
    return nxt if nxt > k + 1 else None


def lettered_resolution(
    ctx: Context, nonblank: list[Line], k: int, item_starts: set[int], found: Found
) -> int | None:
    """A numbered or lettered resolution with no keyword, in the subjunctive: "(a) the work
    programme as detailed in Appendix 1 be approved;", "(c) the Coordinator email all
    members and the matter be given further consideration at the next meeting.", and the
    points after it in the same list that state no fact and no modal ("(b) the Clerk write to
    the operators", "(c) works to begin in May"; not "(d) officers would be asked")."""
    text = ctx.text
    ln = nonblank[k]
    raw = text[ln.start : ln.cend].lstrip()
    if not ENUM_RE.match(raw):
        return None
    c = text[ln.cstart : line_end(ctx, ln)]
    if not _subjunctive(c) or _FINITE_RE.search(c) or c.rstrip().endswith("?"):
        return None
    found.add(ln.start, line_end(ctx, ln))
    j = k + 1
    while j < len(nonblank):
        nl = nonblank[j]
        c = _line_text(ctx, nl)
        if (
            stops(ctx, nl, item_starts)
            or not ENUM_RE.match(text[nl.start : nl.cend].lstrip())
            or _FINITE_RE.search(c)
            or _MODAL_RE.search(c)
            or c.rstrip().endswith("?")
        ):
            break
        found.add(nl.start, line_end(ctx, nl))
        j += 1
    return j


def sub_points(
    ctx: Context, nonblank: list[Line], k: int, item_starts: set[int], head: str | None = None
) -> tuple[int, int]:
    """A resolution on nonblank[k] (its paragraph, or ``head``) left open ("That the
    Board", "resolved that:") takes the numbered, lettered or bulleted sub-points after it.
    Returns the index of the first line not taken and the end of the last line taken."""
    text = ctx.text
    end = line_end(ctx, nonblank[k])
    j = k + 1
    opening = text[nonblank[k].cstart : end] if head is None else head
    open_end = OPEN_END_RE.search(opening)
    if open_end is None or (open_end.group(0)[:1].isupper() and not open_head(opening)):
        return j, end  # (a capitalised word ends "That the Board", not "... to Tuesdays")
    while j < len(nonblank):
        nl = nonblank[j]
        if stops(ctx, nl, item_starts) or not _enumerated(text, nl):
            break  # (nor a bullet that is a decision of its own: "- Agreed: ...")
        end = line_end(ctx, nl)
        j += 1
    return j, end
