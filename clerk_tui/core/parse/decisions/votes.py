"""Motions and votes: a motion that only names who moved and seconded it, a recorded vote,
and the sentence after a proposal that records its seconding, carrying or loss."""

from __future__ import annotations

import re

from ..context import Context, sentences_of_line
from ..layout import Line
from .found import MOTION, VOTE
from .outcomes import (
    SECONDED_RE,
    motion_lost,
)
from .resolutions import MOVER_OPEN, WORD_RE, stops

# A motion: "Cllr A proposed and Cllr B seconded that ...", "Proposed by X, seconded by Y",
# "moved as correct by X and Y", "Cllr C proposed the payments be made, all in favour", a
# candidate for an office: "Cllr A nominated Cllr B for Chair, seconded by Cllr C".
MOTION_RE = re.compile(
    r"(?is)\b(?:proposed|moved|moves|nominated|proposal\s+of)\b(?=.*?\b(?:seconded|seconds"
    r"|in\s+favour|carried"
    r"|unanimous|agreed\s+by\s+all|accepted|passed)\b)|\bmoved\s+as\s+(?:a\s+)?(?:correct|true|accurate)\b"
    r"|\bproposed\s*:.{0,60}?\bseconded\s*:"
)
# The words of a motion that only name who moved, seconded or voted.
MOTION_FORM_RE = re.compile(
    r"(?i:\b(?:it\s+was|was|were|proposed|proposer|seconded|seconds|seconder|sec|moved|by|and|the"
    r"|2nd|motion|proposal|all|in"
    r"|favour|carried|unanimously|agreed|resolved|with|of|on|vote|votes|for|against|abstentions?"
    r"|cllrs?|councillors?|mr|mrs|ms|dr|none|nem|con)\b)|[A-Z][\w’'-]*|\d+"
)
_VOTE_RE = re.compile(
    r"(?i)\b(?:motion|amendment|proposal|recommendation|substantive)\b[^.;]{0,60}?\b(?:was|were)"
    r"\s+(?:duly\s+|unanimously\s+)?carried\b|^(?:on\s+)?(?:being\s+)?put\s+to\s+the\s+vote\b"
    r"|\b(?:were|was)\s+content\s+with\s+the\s+(?:proposal|motion|recommendation)"
)


# A head naming what a motion on its line is about, before a dash: "Treasurer – Ann Lee –
# Proposed BT, seconded JM" (not the mover's name alone: "Cllr A – proposed").
_HEAD_RE = re.compile(
    r"\W*(?:[\w’'.-]+\s+){1,8}?[-–—]\s+(?:[\w’'.-]+\s+){1,4}?[-–—]\s+(?i:proposed|moved|nominated)\b"
)


def vote_kind(st: str, kind: str) -> str:
    """A motion that names only who moved and seconded it ("Proposed Cllr A, seconded Cllr
    B, all in favour"), or a sentence that records a vote, is a vote; else ``kind``. A
    motion after a head that names its subject ("Fixture Secretary – Paul Baines – Proposed
    IRP and carried unanimously": an officer elected) is a motion."""
    if (
        kind == MOTION
        and not WORD_RE.search(MOTION_FORM_RE.sub(" ", st))
        and not _HEAD_RE.match(st)
    ):
        return VOTE
    low = st.lower()
    if ("carr" in low or "vote" in low or "content" in low) and _VOTE_RE.search(st):
        return VOTE
    return kind


# A proposal or motion put: "X proposed that", "X moves to adopt", "It was proposed by X that".
PROPOSAL_RE = re.compile(
    r"(?i)\b(?:proposed|moved|moves|propose[sd]?)\s+(?:(?:by|from)\s+[^.;]{1,60}?\s+)?(?:that|to)\b"
)


def lost_after(ctx: Context, nonblank: list[Line], k: int, n: int) -> bool:
    """Whether the sentence after sentence n of nonblank[k] (on its line or the next) says
    the motion was not carried."""
    sentences = sentences_of_line(ctx, nonblank[k])
    if n + 1 < len(sentences):
        return motion_lost(sentences[n + 1][2])
    if k + 1 < len(nonblank):
        following = sentences_of_line(ctx, nonblank[k + 1])
        return bool(following) and motion_lost(following[0][2])
    return False


def seconded_after(ctx: Context, nonblank: list[Line], k: int, n: int) -> tuple[int, int] | None:
    """The span of the sentence right after sentence n of nonblank[k] (on the same line or
    the next) when it only records the proposal's seconding or carrying ("This was seconded
    by Cllr C", "Omar seconded.", "Unanimous vote in favour."), and the sentence after that
    does not say the motion was lost."""
    following = sentences_of_line(ctx, nonblank[k])[n + 1 :]
    if k + 1 < len(nonblank) and not stops(ctx, nonblank[k + 1], set(ctx.item_starts)):
        following += sentences_of_line(ctx, nonblank[k + 1])
    if not following or not (SECONDED_RE.match(following[0][2]) or records_vote(following[0][2])):
        return None
    if len(following) > 1 and motion_lost(following[1][2]):
        return None
    return following[0][0], following[0][1]


# What opens a sentence that records a vote: who moved or seconded it ("Proposed by WT", "Sec
# MD", "Seconder: Ann Lee", "Troy seconds"), its outcome ("Carried", "All agreed", "Unanimously
# approved", "Motion carried by vote of ..."), its count ("Vote: 3 in favor, 0 opposed") or a
# roll call ("Supervisors Lee aye, Kay aye").
_RECORD_OPEN_RE = re.compile(
    MOVER_OPEN + r"|^\W*(?i:carried|all\s+(?:agreed|in\s+favou?r)|unanimously\s+(?:agreed|approved"
    r"|carried)|unanimous\s+(?:vote|decision|agreement)|votes?"
    r"|(?:the\s+)?(?:motion|proposal)\s+(?:was\s+)?(?:carried|passed|approved))\b"
    r"|^\W*(?:[A-Z][\w’'.-]*\s+){1,3}(?:seconds|seconded)(?:\s+(?:it|this|the\s+motion))?\W*$"
    # "BC moved, HL seconded, affirmed by unanimous voice vote"
    r"|^\W*(?:[A-Z][\w’'.-]*\s+){1,3}(?:moved|proposed),"
    r"|^\W*(?:[A-Z][\w’'.-]*\s+){1,4}(?i:aye|yea|nay)\b"
)
# Words of a vote's record beside those of a motion's (:data:`MOTION_FORM_RE`).
_RECORD_WORD_RE = re.compile(
    r"(?i)\b(?:approved|accepted|passed|affirmed|favor|opposed|abstain\w*|ayes?|yeas?|nays?|yes|no"
    # how and when it was voted: "affirmed by unanimous voice vote at 7:12 PM"
    r"|unanimous|voice|show\s+of\s+hands|acclamation|consent|at)\b"
)


def records_vote(st: str) -> bool:
    """Whether a sentence or line only records who proposed, seconded or voted for a decision
    beside it: "Proposed by WT and seconded by RL.", "Sec MD.", "Troy seconds.", "Proposed by:
    Cart", "Sec GB all agreed", "Unanimously approved", "Vote: 3 in favor, 0 opposed",
    "Supervisors Lee aye, Kay aye, Dunn nay."."""
    if len(st) > 160 or not _RECORD_OPEN_RE.match(st):
        return False
    return not WORD_RE.search(MOTION_FORM_RE.sub(" ", _RECORD_WORD_RE.sub(" ", st)))
