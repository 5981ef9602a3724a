"""A decision's label said within a line rather than opening it: after a speaker in a chat log
("<dom> RESOLUTION: publish the draft", "[14:02] carol: Decision: ..."), after a checkbox
("- [x] Decision: ..."), in lower case ("- agreed: the docs team owns the site"), as an IRC
meeting bot's command ("#agreed use the hosted runners"), or after a topic or sentence of
notes ("Logo. Decision: keep the blue one.", "Nightly builds: **Agreed:** keep them",
"| Logo | Consensus: blue |", "Pick a host [Outcome: keep the old one]", "Docs. Decision made:
..."). A label opening its line as written is
:func:`.resolutions.resolution_label`'s."""

from __future__ import annotations

import re

from ..actions.lists import owner_job
from ..context import Context, line_of
from ..keywords import scan
from ..layout import CLOCK, NICK, Line
from .outcomes import SOLE_OUTCOME_RE
from .resolutions import NO_DECISION_RE, SPEAKER_RE, UNDECIDED_RE

_WORDS = [
    *"resolution resolved decision decisions decided agreed agreement consensus".split(),  # noqa: SIM905
    "outcome",
    "conclusion",
]
_CASED = "|".join(w for word in _WORDS for w in (word.upper(), word.capitalize(), word))
# The label and the colon after it (or a meeting bot's command), then what was decided:
# "Decision: ...", "Decision made: ...", "Outcome: ...".
_LABEL_RE = re.compile(
    rf"(?:(?P<word>{_CASED})(?:\s+(?:made|taken|reached))?(?![\w-])[*_]{{0,2}}\s*:"
    r"|#(?:agreed?|decided|decision|resolved)\b:?)"
    r"[*_]{0,2}\s*(?=\S)"
)
# What may open the line before a label: a checkbox, a time, a speaker, emphasis, and the kind
# of consensus ("Rough consensus:").
_LEAD_RE = re.compile(
    rf"(?:\[[ xX]\]\s*)?(?:{CLOCK}\s*)?"
    rf"(?:{NICK}\s*|[A-Za-z][\w.|`-]{{0,29}}:\s+)?[*_]{{0,2}}(?i:(?:rough|lazy|general|broad)\s+)?"
)
# What ends a topic or sentence before a label within the line: "Logo. Decision:", "Builds:
# Agreed:", "Docs site -- Consensus:", "| Logo | Decision:", "Pick a host [Outcome:".
_AFTER_TOPIC_RE = re.compile(r"(?:[.!?;:)]|\s[-–—]{1,2}|\||\s[\[(])\s*[*_]{0,2}$")


def inline_labels(ctx: Context) -> list[tuple[int, int]]:
    """Each label said within a line (see the module's docstring), from the label to the end
    of its line, its table cell or the next such label. Not what a label says when it
    records nothing decided ("Decision: TBD", "Resolution: none"), the vote on the motion
    above ("Resolution: Passed"), nor an action ("agreed: Rosa: email the council")."""
    text = ctx.text
    out: list[tuple[int, int]] = []
    for m in scan(_LABEL_RE, text):
        ln = ctx.lines[line_of(ctx, m.start())]
        before = text[ln.cstart : m.start()]
        word = m.group("word")
        cased = word is not None and not word.islower()
        if _LEAD_RE.fullmatch(before) is not None:
            if cased and not before.strip("*_ ") and ln.index not in ctx.absorbed:
                continue  # "**Decision:** ..." opening its line: resolution_label's
        elif not (cased and _AFTER_TOPIC_RE.search(before)):
            continue
        end = _remark_end(ctx, ln)
        nxt = _LABEL_RE.search(text, m.end(), end)
        end = nxt.start() if nxt else end
        cell = text.find("|", m.end(), end)
        end = cell if cell >= 0 else end
        opened = before.rstrip(" *_")[-1:]
        if opened in _CLOSE:  # "[Outcome: do it all online]": to its bracket's close
            close = text.find(_CLOSE[opened], m.end(), end)
            end = close if close >= 0 else end
        rest = text[m.end() : end].strip(" *_.")
        if (
            not rest
            or rest.endswith("?")  # "<bob> decision: do we ship on Friday?"
            or NO_DECISION_RE.match(rest)
            or UNDECIDED_RE.match(rest)
            or SOLE_OUTCOME_RE.match(text[m.start() : end])
            or owner_job(ctx, rest) is not None
        ):
            continue
        start = m.start()
        while start > ln.cstart and text[start - 1] in "*_":  # "**Decision:**": its emphasis
            start -= 1
        out.append((start, end))
    return out


_CLOSE = {"[": "]", "(": ")"}


def _remark_end(ctx: Context, ln: Line) -> int:
    """The end of the line's paragraph, or of the line where the next line opens with a
    speaker ("raj.p: ok" under a long remark is no wrapped part of it)."""
    last = ctx.runs.get(ln.index, ln.index)
    for i in range(ln.index + 1, last + 1):
        if SPEAKER_RE.match(ctx.text, ctx.lines[i].cstart):
            return ctx.lines[i - 1].cend
    return ctx.lines[last].cend
