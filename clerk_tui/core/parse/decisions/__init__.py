"""Decisions: what the meeting decided. Each rule reads one kind of passage:

- :func:`.resolutions.resolution_label`: a "RESOLVED", "Agreed:", "DECISION -" label and
  what it heads; when the label only opens a list ("RESOLVED: That the Committee:-",
  "Agreed to:"), each numbered, lettered or bulleted sub-point is a decision of its own;
- :func:`.inline.inline_labels`: a label within a line, after a speaker, time or checkbox
  ("<dom> RESOLUTION: ...", "- [x] Decision: ..."), in lower case ("- agreed: ..."), as a
  meeting bot's "#agreed", or after a topic or sentence ("Logo. Decision: keep the blue one.");
- :func:`.resolutions.that_resolution`: a numbered "That ... be approved" resolution;
- :func:`.resolutions.lettered_resolution`: "(a) the work programme be approved" with no keyword;
- :func:`.resolutions.body_points`: "After discussion, the Committee:" over "(a) noted ...",
  "(b) approved ..." points, each a decision; a markdown section "### Decisions" heads its
  bullets as a label does;
- sentences of decision (:data:`.sentences.SENTENCE_RULES`): "It was resolved to", "It was agreed
  that", "The Board noted the report", "Councillors agreed that", minutes approved,
  elections, "wording agreed with minor changes", "Risk Management signed off", a motion
  with its proposer and seconder;
- :func:`.planning.planning_responses`: a council's response to a planning application ("No
  objection", "Support", "Object – overdevelopment"), one per application of a run-on list;
- outcomes with no verb of deciding (:mod:`.outcomes`): "No objections raised", "accepted
  as presented", "elected unopposed", "Let's archive it", "Defer until we have met James"; an
  outcome pointing back ("This was approved.") takes in the sentence before it, one alone on its
  line ("Carried.", "=> Accepted.") the line before it, and a proposal followed by "This was
  seconded ... and agreed" is one decision; a table's Decision or Outcome column
  (:func:`.outcomes.decision_rows`);
- :func:`.answers.arrow_answers`: the answer after an arrow to a question or suggestion
  ("Check-in round? -> No real consensus; just try it out next time").

A motion minuted over several sentences or lines (its proposal, who proposed and seconded
it, its carrying: "Ken moves to X. Troy seconds. Unanimous consent, the motion carries.")
is one decision (:mod:`.chains`).

Procedure (excluding the public, closing or adjourning the meeting), a question and a
decision of an earlier meeting recalled ("Agreed at the last meeting that ...") are not
decisions.

A resolution to note or agree is a decision, not an action. A recorded vote ("Proposed
Cllr A, seconded Cllr B", "the motion was carried") beside a resolution is not another
decision, nor is a motion that the resolution after it states again (:mod:`.votes`,
:mod:`.found`).
"""

from __future__ import annotations

from collections.abc import Callable

from ...model import Decision
from ..context import Context
from ..layout import TICKS, Line
from .answers import arrow_answers
from .found import RESOLUTION, Found
from .inline import inline_labels
from .outcomes import decision_rows, motion_rows, officers_elected
from .planning import planning_responses
from .resolutions import body_points, lettered_resolution, resolution_label, that_resolution
from .sentences import decision_sentences


def find_decisions(ctx: Context) -> list[Decision]:
    """Every decision, once each, in the order of the text: each line is read by the first
    line rule that takes it, else sentence by sentence (see the module's docstring)."""
    text = ctx.text
    found = Found(ctx)
    nonblank = [ln for ln in ctx.lines if not ln.blank and ln.index not in ctx.absorbed]
    item_starts = set(ctx.item_starts)
    if "/" in text or "-" in text:
        try:
            planning_responses(ctx, found)
        except Exception as exc:
            ctx.faults.failed(planning_responses, exc)
    for whole_text_pass in (
        motion_rows,
        decision_rows,
        officers_elected,
        arrow_answers,
        inline_labels,
    ):
        try:
            for start, end in whole_text_pass(ctx):
                found.add(start, end, RESOLUTION)
        except Exception as exc:
            ctx.faults.failed(whole_text_pass, exc)
    k = 0
    while k < len(nonblank):
        ln = nonblank[k]
        if ln.cend - ln.cstart > 20000:
            # a page flattened onto one line: its sentences only (the line rules read lines)
            k = _try(ctx, decision_sentences, nonblank, k, item_starts, found) or k + 1
            continue
        nxt = None
        # Line rules read labels, "That ...", numbered or lettered lines and heads ending ":".
        if (
            text[ln.cstart] in _LINE_RULE_FIRST
            or (ln.cstart > ln.start and not text[ln.start : ln.cstart].isspace())
            or text[ln.cend - 1] == ":"
            or (ln.cend - ln.cstart <= 60 and text[ln.cend - 1].isalpha())  # a heading's words
        ):
            for rule in LINE_RULES:
                nxt = _try(ctx, rule, nonblank, k, item_starts, found)
                if nxt is not None:
                    break
        if nxt is None:
            nxt = _try(ctx, decision_sentences, nonblank, k, item_starts, found) or k + 1
        k = nxt
    return found.decisions()


LineRule = Callable[[Context, list[Line], int, set[int], Found], int | None]


def _try(
    ctx: Context, rule: LineRule, nonblank: list[Line], k: int, starts: set[int], found: Found
) -> int | None:
    """One line rule on nonblank[k]: the index of the next line to read, or None when the
    rule does not take the line (or raises: reported, and the line is left to the others)."""
    try:
        return rule(ctx, nonblank, k, starts, found)
    except Exception as exc:
        ctx.faults.failed(rule, exc)
        return None


LINE_RULES: tuple[LineRule, ...] = (
    resolution_label,
    that_resolution,
    lettered_resolution,
    body_points,
)
# The first characters of the lines they read (past any bullet or "(a)"): a label (a tick
# before it, "✅ Agreed:", "Passed:", "Unanimous:"), "That" or a number.
_LINE_RULE_FIRST = frozenset("RADNOTCPUt0123456789(*_#" + TICKS)
