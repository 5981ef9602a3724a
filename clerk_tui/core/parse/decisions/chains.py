"""A motion minuted over several sentences or lines: what was proposed, who proposed and
seconded it, and its carrying, one decision from the proposal to the outcome:

- "Ken moves to start a review. Troy seconds. Unanimous consent, the motion carries.";
- "Chair proposed BB as Vice Chair. Sec MD. All agreed.";
- "**Lee for Treasurer.**" / "Proposed by: Ann" / "Unanimously approved, as a temporary post.";
- "The minutes were accepted. Proposed by WT and seconded by RL." (the record joins the
  decision before it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..context import Context, sentences_of_line
from ..layout import Line
from .found import Found, subjects
from .outcomes import COUNT, SIGNED, WITHOUT_DISSENT
from .votes import MOTION_RE, PROPOSAL_RE, records_vote

_OUTCOME = r"(?:carried|carries|passed|passes|approved|accepted|agreed|adopted)"
# A motion's carrying, after who seconded it at most, and before any restatement: "Unanimously
# approved.", "All agreed.", "Sec GB all agreed.", "Unanimous consent, the motion carries,
# agenda approved as published.", "Unanimously approved, with discussion of the term."
_CARRIED_RE = re.compile(
    r"^\W*(?:(?i:sec|seconded(?:\s+by)?|seconder)\W+(?:[A-Z][\w’'.-]*\s+){1,3}?"
    # "Cllr Caborn seconded the appointment and this was endorsed by the board."
    r"|(?:[A-Z][\w’'.-]*\s+){1,3}seconded\s+(?:(?i:the)\s+\w+|it|this)\s+and\s+)?"
    r"(?i:(?:unanimous\s+consent|all\s+in\s+favou?r|by\s+consensus|nem\.?\s*con\.?"
    # "There were no objections.", "Nobody objected."
    r"|there\s+were\s+no\s+objections|no(?:body|\s+one)\s+objected"
    # "The motion was carried.", "Motion to elect the slate passed."
    r"|(?:the\s+)?(?:motion|proposal|resolution)(?:\s+(?:to|that|for)\s+[^.;,]{1,80}?)?"
    rf"\s+(?:was\s+|is\s+)?(?:duly\s+)?{_OUTCOME}"
    # "This was carried.", "This was seconded by JN and approved.": the proposal before it
    r"|(?:this|it)\s+was\s+(?:then\s+|duly\s+)?(?:seconded(?:\s+by\s+[^.;,]{1,40}?)?\s+and\s+)?"
    rf"(?:unanimously\s+)?(?:{_OUTCOME}|endorsed)"
    r"(?:\s+by\s+the\s+(?:board|committee|council|meeting|members|group|panel))?"
    # "Lee seconded the motion and it passed unanimously", "... and it carried"
    r"|(?:this|it)\s+(?:then\s+)?(?:carried|passed)"
    # "All present agreed.", "Everyone agreed."
    r"|(?:unanimously\s+|all\s+(?:present\s+|members\s+(?:present\s+)?)?|everyone\s+(?:present\s+)?)?"
    rf"{_OUTCOME})(?:\s+unanimously|\s+by\s+all|\s+{WITHOUT_DISSENT})?(?:\s*{COUNT})?"
    # the minutes carried and signed: "Unanimously agreed and signed by the Chair."
    rf"(?i:{SIGNED})?"
    r"(?:\s*[,;]\s*|\W*$))+"
)
_POINTS_BACK_RE = re.compile(r"(?i)^\W*(?:[\w’'.-]+\s+){0,6}?(?:this|it)\s+was\b")
# Members named assenting: "Erin and Jordan agreed." (to the suggestion before it).
_ASSENT_RE = re.compile(
    r"^\W*(?:[A-Z][\w’'-]+(?:\s*,\s*|\s+and\s+|\s*&\s*))+[A-Z][\w’'-]+\s+(?:both\s+|all\s+)?agreed\W*$"
)
# A proposal that names what it proposes: "BB proposed A Potter", "GR was proposed by MD",
# "Lee moves to adopt the budget", "Brynn suggested discussing it in 2026", "Ann proposed
# monthly releases" (someone named proposing; not "The proposed budget").
_NAMED_PROPOSAL_RE = re.compile(
    r"\b(?:proposed|nominated)\s+(?:[A-Z]|that\b)|\b(?:was|were)\s+(?:duly\s+)?(?:proposed|nominated)\b"
    r"|\b(?!(?:The|A|An|This|That|These|Those|Its|Our|Their|His|Her)\b)[A-Z][\w’'.-]*\s+(?:also\s+)?"
    r"proposed\s+(?!by\b)[a-z]"
    r"|\b(?:suggested|proposed)\s+(?:that\b|[a-z]+ing\b|an?\s|the\s)"
)
# How far back a proposal is looked for, in lines.
_REACH = 5


def carried(st: str) -> bool:
    """Whether a sentence opens with a motion's carrying ("All agreed.", "Unanimous consent,
    the motion carries, ...") or is members named assenting ("Erin and Jordan agreed.")."""
    return bool(_CARRIED_RE.match(st) or _ASSENT_RE.match(st))


def assent(st: str) -> bool:
    """Whether a sentence is members named assenting ("Erin and Jordan agreed."): a decision
    only with the proposal before it."""
    return bool(_ASSENT_RE.match(st))


# A motion made, named by its words: "Melanie made a motion to allow Kathleen to draft a
# letter", "A motion was made that the fees rise", "Ann put forward a motion to buy a mower",
# "Motion to buy a new mower."
_MOTION_MADE_RE = re.compile(
    r"(?i)\b(?:made|makes|make|put\s+forward|puts\s+forward|brought|tabled|raised)\s+(?:a|the)\s+"
    r"motion\s+(?:to|that)\b|\ba\s+motion\s+was\s+(?:made|put\s+forward|tabled|raised)\s+"
    r"(?:by\s+[^.;]{1,40}?\s+)?(?:to|that)\b|^\W*motion\s+(?:to|that)\b"
)


def _proposal(st: str) -> bool:
    return bool(
        PROPOSAL_RE.search(st)
        or MOTION_RE.search(st)
        or _NAMED_PROPOSAL_RE.search(st)
        or _MOTION_MADE_RE.search(st)
    )


def _back(
    ctx: Context, nonblank: list[Line], k: int, n: int
) -> Iterator[tuple[int, int, str, int]]:
    """The sentences before sentence n of nonblank[k], nearest first, over at most _REACH
    lines; each with the index of its line."""
    for j in range(k, max(-1, k - _REACH - 1), -1):
        sentences = sentences_of_line(ctx, nonblank[j])
        for s, e, st, _ in reversed(sentences[:n] if j == k else sentences):
            yield s, e, st, j


def motion_start(ctx: Context, nonblank: list[Line], k: int, n: int, found: Found) -> int | None:
    """Where the motion carried by sentence n of nonblank[k] starts: the sentence proposing
    it ("BB proposed A Potter.", "Ken moves to ..."), or the one before the records of who
    proposed and seconded it; a heading right above the records names it ("## Adopt
    Bylaws" / "Proposed by: Cart"). A short decision just before the proposal on its line
    ("Agenda approved. Kent moves to approve the agenda ...") is the same one. None when
    no proposal or record is found before a heading, another outcome or an earlier decision."""
    item_starts = set(ctx.item_starts)
    outcome = sentences_of_line(ctx, nonblank[k])[n][2]
    # "This was carried.": the motion is the sentence right before it (past its records)
    pointing = bool(_POINTS_BACK_RE.match(outcome))
    record_at: int | None = None
    before: tuple[int, int, str, int] | None = None  # the sentence before the proposal
    start: tuple[int, int, str, int] | None = None
    units = _back(ctx, nonblank, k, n)
    for unit in units:
        s, e, st, j = unit
        if carried(st):
            break  # another motion's outcome
        if records_vote(st):  # who proposed or seconded it (its carrying is taken above)
            record_at = s
            continue
        ln = nonblank[j]
        if s == ln.cstart and (ln.cstart in item_starts or st.startswith("#")):
            # "## Adopt Bylaws" over "Proposed by: Cart": a heading names the motion
            return s + len(st) - len(st.lstrip("# ")) if record_at is not None else None
        if record_at is not None or _proposal(st):
            start = unit
            before = next(units, None)
            break
        if found.spans.overlaps(s, e) or pointing:
            break  # a decision before, which the outcome records; what "this" points to
    if start is None:
        return record_at
    if (
        before is not None
        and before[3] == start[3]
        and found.spans.overlaps(before[0], before[1])
        and subjects(before[2]) & subjects(start[2])
    ):
        return before[0]  # "Agenda approved." before the motion that approved it
    return start[0]


def record_after(ctx: Context, nonblank: list[Line], k: int, n: int, found: Found) -> int | None:
    """The start of the decision right before sentence n of nonblank[k] (on its line or the
    line before), which that sentence, a record of who proposed and seconded it, joins."""
    for s, e, _st, _j in _back(ctx, nonblank, k, n):
        return found.start_at(s) if found.spans.overlaps(s, e) else None
    return None
