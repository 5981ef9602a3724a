"""What reconciliation reads (the committee's open actions) and what it proposes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

DONE = "done"
DROPPED = "dropped"
OWNER = "owner"
DUE = "due"
UPDATE = "update"
KINDS = (DONE, DROPPED, OWNER, DUE, UPDATE)
"""done: finished; dropped: cancelled, superseded or no longer needed; owner: passed to
someone else; due: re-dated; update: a progress note, the action's latest update."""


@dataclass(frozen=True)
class OpenAction:
    """An open action of the committee, with where its minutes put it."""

    id: int
    text: str
    owner: str | None = None
    meeting_date: date | None = None
    ref: str | None = None
    """The number its minutes gave it: "2.4" in an action table, "Action 3"."""
    minute: str | None = None
    """The minute it was recorded under: "77/17", "HWB 23/45", "5"."""
    part: str | None = None
    """The lettered or numbered part of that minute: "d" in "77/17 d)", "ii"."""
    topic: str = ""
    """The title of its item and the heading of its part ("Chairman's Report Goalpost Design")."""
    due: date | None = None
    latest: str | None = None
    """Its latest update, so the same note is not proposed again from a running log."""
    log_ref: str | None = None
    """The reference clerk-tui gave it ("HWB/25/07"), which the follow-up sheet carries into
    the next minutes."""
    context: str = ""
    """The sentence before it, when its task is a pronoun ("push that through"): what the
    task is about."""


@dataclass(frozen=True)
class Proposal:
    """One change the new minutes suggest for one open action, with the passage saying so."""

    action_id: int
    kind: str
    """One of KINDS."""
    start: int
    end: int
    passage: str
    reason: str
    score: float = 0.0
    value: str | None = None
    """The new owner (kind 'owner') or the new due date as YYYY-MM-DD (kind 'due')."""
    note: str = ""
    """What the minutes report, as the action's latest update once accepted."""


CARRIED = "carried"
"""A finding that only says a row of a later action table repeats the action."""
ELSEWHERE = "elsewhere"
"""A finding that a passage reports the action's work done on another thing or by someone
else ("the fence along the car park was repaired by the District Council" for "repair the
fence along the play area"): no 'done' for the action from that passage's words alone."""


@dataclass(frozen=True)
class Finding:
    """One thing one passage says about one action, before the passages are weighed."""

    action_id: int
    kind: str
    """One of KINDS, CARRIED or ELSEWHERE."""
    start: int
    end: int
    reason: str
    note: str = ""
    strength: int = 1
    """3: named by its number or its row in an action table; 2: by its minute; 1: by words."""
    contrary: bool = False
    """An update saying the action is not finished (not done, outstanding, waiting)."""
    value: str | None = None
    sweeping: bool = False
    """Said of all the last meeting's actions at once ("All other actions were complete"):
    it stands only when no passage speaks of the action itself."""


def change_label(kind: str, value: str | None = None, *, made: bool = False) -> str:
    """What accepting a proposal of `kind` does, in a few words ("pass to JB"); `made`: as
    done ("passed to JB")."""
    if kind == OWNER:
        return f"{'passed' if made else 'pass'} to {value}"
    if kind == DUE:
        return f"re-date{'d' if made else ''} to {value}"
    if made:
        return {DONE: "marked done", DROPPED: "dropped"}.get(kind, "given the update")
    return {DONE: "mark done", DROPPED: "drop"}.get(kind, "add update")
