"""The decisions found so far: each once, by its span and (for a labelled resolution) its
text within the item, and without a vote or motion that a resolution beside it records."""

from __future__ import annotations

import re

from ...model import Decision
from ..context import Context, Spans, item_at
from ..layout import strip_span
from .outcomes import (
    PROCEDURAL_RE,
)

# What a found passage records: a labelled or "That ..." resolution, a sentence of decision,
# a motion moved (and seconded), or a vote.
FORMAL, RESOLUTION, MOTION, VOTE = "formal", "resolution", "motion", "vote"


_DECISION_LABEL_RE = re.compile(r"^(?:RESOLVED|Resolved|DECISION|Decision)\s*[:\-–]?")


EMPHASIS_RE = re.compile(r"^#{1,6}\s*|[*_]{2,3}")
_LEADING_EMPHASIS_RE = re.compile(r"^(?P<mark>[*_]{1,3})(?P<label>[^*_\n]{1,40}?)(?P=mark)")


# A decision of an earlier meeting, recalled: "Agreed at the last meeting that ...", "as
# previously agreed", "The Board had already approved ...".
_RECALLED_RE = re.compile(
    r"(?i)\b(?:agreed|decided|resolved|approved|adopted|accepted|endorsed|ratified|voted)"
    r"(?:(?!\bto\b)[^.;]){0,40}?\b(?:at|in|during)\s+(?:the|its|their|our|an?)\s+(?:last|previous|prior"
    r"|earlier)\s+meeting\b|\b(?:previously|already|earlier)\s+(?:been\s+)?(?:agreed|decided|resolved"
    r"|approved|adopted|accepted|endorsed|ratified)\b"
)


_NON_ALNUM_RE = re.compile(r"[^0-9a-z]+")


# An action marker after a decision on its line: "**Action Laser team to ...**", "ACTION:
# Clerk to ...", "Action - AB": the action's, not the decision's text.
_ACTION_TAIL_RE = re.compile(
    r"\s(?:(?:\*\*|__)\s*(?:ACTION|Action)S?\b|ACTIONS?\b|Actions?\s*(?:[:–—]|-\s))"
)


def _norm(s: str) -> str:
    return " ".join(_NON_ALNUM_RE.sub(" ", s.lower()).split())


class Found:
    """The decisions found so far: one per span, and one resolution per text within an item
    (ModernGov pages repeat it under "Decision:" and "Minutes:")."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.spans = Spans()
        self.keys: set[tuple[int | None, str]] = set()
        self.found: list[tuple[Decision, str]] = []

    def add(
        self, start: int, end: int, kind: str = FORMAL, head: str = "", *, joined: bool = False
    ) -> None:
        """A decision from text[start:end]; ``head`` (the label or sentence that opens a
        list of resolutions) leads its text. ``joined``: it takes in what was found within
        it (see :meth:`merge`)."""
        text = self.ctx.text
        s, e = strip_span(text, start, end)
        tail = _ACTION_TAIL_RE.search(text, s + 10, e) if e - s > 10 else None
        if tail is not None:  # "Board agreed to this **Action Laser team to ...**"
            s, e = strip_span(text, s, tail.start())
        if s >= e or (self.spans.overlaps(s, e) and not joined):
            return
        body = " ".join(text[s:e].split())
        if kind != FORMAL and PROCEDURAL_RE.search(body):
            return  # "It was resolved to exclude the public", "The meeting was adjourned"
        if _RECALLED_RE.search(body):
            return  # "Agreed at the last meeting that ...": a decision recalled
        self.spans.add(s, e)
        head = EMPHASIS_RE.sub("", head)  # "**Resolved**": the label, not its markdown
        full = f"{' '.join(head.split())} {body}" if head.strip() else body
        full = _LEADING_EMPHASIS_RE.sub(r"\g<label>", full)  # "**Resolved:** That ..."
        item = item_at(self.ctx, s)
        if kind == FORMAL:
            key = (item, _norm(_DECISION_LABEL_RE.sub("", full)))
            if key in self.keys:
                return
            self.keys.add(key)
        self.found.append((Decision(full, item, s, e), kind))

    def start_at(self, pos: int) -> int | None:
        """The start of the decision found whose span holds ``pos``, if one does."""
        return next((d.start for d, _ in self.found if d.start <= pos < d.end), None)

    def carried_to(self, pos: int, end: int) -> None:
        """The decision found whose span holds ``pos`` (a motion or resolution, not a vote's
        record) takes in the text after it up to ``end``: its carrying ("Motion carried.")."""
        text = self.ctx.text
        for d, kind in self.found:
            if d.start <= pos < d.end:
                s, e = strip_span(text, d.end, end)
                if kind != VOTE and e > s:
                    d.text = f"{d.text} {' '.join(text[s:e].split())}"
                    d.end = e
                    self.spans.add(s, e)
                return

    def merge(self, start: int, end: int) -> None:
        """One decision from text[start:end] in place of those found within it."""
        self.found = [dk for dk in self.found if not start <= dk[0].start < dk[0].end <= end]
        self.add(start, end, RESOLUTION, joined=True)

    def decisions(self) -> list[Decision]:
        """In the order of the text, without a vote or motion that a resolution beside it
        records (see :func:`_recorded_beside`), nor a decision a summary restates (see
        :func:`_restated`)."""
        self.found.sort(key=lambda dk: dk[0].start)
        kept = [d for k, (d, _) in enumerate(self.found) if not _recorded_beside(self.found, k)]
        return _restated(kept)


# A summary list's heading run into its first decision: "Decisions The Board agreed ...".
_SUMMARY_HEAD_RE = re.compile(r"^(?:decisions?|resolutions?|outcomes?|agreed)\s+")


def _restated(decisions: list[Decision]) -> list[Decision]:
    """Without a decision of a dozen words or more that one earlier in the text states in the
    same words: a summary's list of the decisions minuted above ("Decisions" over "• The Board
    agreed that ...", each a sentence of the minutes). (Short ones repeat as decisions of their
    own: "Councillors agreed that the amendment should be made.", once for each amendment.)"""
    seen: set[str] = set()
    out: list[Decision] = []
    for d in decisions:
        key = _SUMMARY_HEAD_RE.sub("", _norm(d.text))
        if key.count(" ") >= 11:
            if key in seen:
                continue
            seen.add(key)
        out.append(d)
    return out


# An election's outcome: "was duly elected", "took the role of Chairman", "will be the third
# signatory".
_TAKES_OFFICE_RE = re.compile(
    r"(?i)\b(?:(?:re-)?elected|appointed|co-opted|took\s+the\s+(?:role|chair|post)|will\s+be\s+the)\b"
)


def _recorded_beside(found: list[tuple[Decision, str]], k: int) -> bool:
    """Whether found[k] only records a decision minuted beside it: a vote ("On being put to
    the vote the motion was carried") in an item that has a resolution, or a motion that the
    resolution right after it states ("It was proposed ... that the application be approved.
    RESOLVED that planning permission be granted"), or a decision told in a sentence that
    the resolution right after it states again."""
    d, kind = found[k]
    if kind == VOTE:
        # in its item, or right before it: "Proposed - Cllr A Seconded - Cllr B" then "'That
        # the minutes ... be approved'" (whatever the items parser made of the lines)
        return any(
            kind2 != VOTE and (d2.item == d.item or 0 <= d2.start - d.end < 200)
            for d2, kind2 in found
        )
    if kind == FORMAL:
        return False
    after = (dk for dk in found[k + 1 :] if dk[1] != VOTE)
    d2, kind2 = next(after, (d, kind))
    if (
        kind == MOTION
        and kind2 == RESOLUTION
        and 0 <= d2.start - d.end < 5
        and _TAKES_OFFICE_RE.search(d2.text)
        and len(subjects(d.text) & subjects(d2.text)) >= 2
    ):
        # the election told in the next sentence: "Cllr Pike nominated Cllr Hart for Chair,
        # seconded by Cllr Lee." then "With no other nominations Cllr Hart was duly elected."
        return True
    if kind2 != FORMAL or d2.item != d.item:
        return False
    if kind == MOTION:
        return 0 < d2.start - d.end < 600
    # "X, being the only Member willing to serve, was duly elected as Chairman." then
    # "RESOLVED – That X be re-elected Chairman.": the same decision, told then resolved
    return 0 <= d2.start - d.end < 300 and len(subjects(d.text) & subjects(d2.text)) >= 3


# Words that name no subject of a motion.
_FORM_WORDS = frozenset(
    """
    that this these those with from were have been moved moves proposed seconded seconds
    approve approved agreed accept accepted adopt adopted motion proposal unanimously
    """.split()  # noqa: SIM905
)


def subjects(st: str) -> set[str]:
    """The words of four letters or more that may name what a sentence is about."""
    return {w for w in re.findall(r"[a-z]{4,}", st.lower()) if w not in _FORM_WORDS}
