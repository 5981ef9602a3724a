"""The clerk's action statuses and RAG ratings, derived from the stored status and dates.

Stored statuses (schema.sql) are what the clerk set: open, at_risk, paused, done, dropped.
What a committee reads is derived from them and the dates, the same on screen and in every
export:

=========  ==========================================  ==============  ======
stored     condition (checked in this order)           derived         RAG
=========  ==========================================  ==============  ======
done                                                   Complete        green
dropped                                                Dropped         none
paused                                                 Paused          none
open,      due date passed                             Overdue         red
at_risk
at_risk    otherwise                                   At risk         amber
open       no due date                                 No date         none
open       re-dated, revised date not passed           On track        green*
open       first due date not passed                   Not yet due     green*
=========  ==========================================  ==============  ======

(*) amber instead when the due date is within `DUE_SOON_DAYS` days.

Follow-ups (what must come back to a committee) have their own words, also here
(`follow_up_status`): Open, Scheduled, Done, Dropped; Overdue for an open one whose date has
passed, and "Scheduled · overdue" for one put on an agenda whose date has passed (came back,
or not: the clerk checks).

The CLI, the screens and every export take their words from this module, never their own.

RAG is always given as text as well as colour (accessibility regulations): see `rag_label`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any, Literal

Rag = Literal["red", "amber", "green"]

DUE_SOON_DAYS = 14
"""An open action due within this many days is amber."""

NOT_YET_DUE = "Not yet due"
NO_DATE = "No date"
ON_TRACK = "On track"
AT_RISK = "At risk"
OVERDUE = "Overdue"
COMPLETE = "Complete"
PAUSED = "Paused"
DROPPED = "Dropped"

DERIVED_STATUSES = (NO_DATE, NOT_YET_DUE, ON_TRACK, AT_RISK, OVERDUE, COMPLETE, PAUSED, DROPPED)

_FIXED = {"done": COMPLETE, "dropped": DROPPED, "paused": PAUSED}
_STORED = ("open", "at_risk", "paused", "done", "dropped")

RAG_LABELS: dict[Rag, str] = {"red": "Red", "amber": "Amber", "green": "Green"}


def derived_status(
    status: str, due: date | None, today: date, original_due: date | None = None
) -> str:
    """The status a clerk reports for an action (see the module's table).

    `due` is the current (possibly revised) due date; `original_due` the first one, which
    tells a re-dated action ("On track" to its revised date) from a fresh one.
    """
    if status not in _STORED:
        raise ValueError(f"unknown stored status {status!r}")
    if status in _FIXED:
        return _FIXED[status]
    if due is not None and due < today:
        return OVERDUE
    if status == "at_risk":
        return AT_RISK
    if due is None:
        return NO_DATE
    if original_due is not None and original_due != due:
        return ON_TRACK
    return NOT_YET_DUE


def status_of(action: Mapping[str, Any], today: date) -> str:
    """`derived_status` of a stored action row (status, due and original_due as stored)."""
    return derived_status(
        action["status"], _day(action["due"]), today, _day(action.get("original_due"))
    )


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def rag(status: str, due: date | None, today: date) -> Rag | None:
    """Red overdue; amber at risk or due within `DUE_SOON_DAYS`; green on track or complete.

    None for dropped and paused actions and for open ones without a due date.
    """
    derived = derived_status(status, due, today)
    if derived == COMPLETE:
        return "green"
    if derived == OVERDUE:
        return "red"
    if derived == AT_RISK:
        return "amber"
    if derived in (DROPPED, PAUSED) or due is None:
        return None
    return "amber" if due <= today + timedelta(days=DUE_SOON_DAYS) else "green"


def rag_label(value: Rag | None) -> str:
    """'Red', 'Amber', 'Green', or '' when there is no rating."""
    return RAG_LABELS[value] if value else ""


FOLLOW_UP_WORDS = {"open": "Open", "scheduled": "Scheduled", "done": "Done", "dropped": "Dropped"}
SCHEDULED_OVERDUE = "Scheduled · overdue"


def follow_up_status(status: str, due: date | None, today: date) -> str:
    """What a clerk reads for a follow-up (see the module's docstring)."""
    if status not in FOLLOW_UP_WORDS:
        raise ValueError(f"unknown follow-up status {status!r}")
    if follow_up_overdue(status, due, today):
        return OVERDUE if status == "open" else SCHEDULED_OVERDUE
    return FOLLOW_UP_WORDS[status]


def follow_up_overdue(status: str, due: date | None, today: date) -> bool:
    """Still to come back (open or scheduled) and its date has passed."""
    return status in ("open", "scheduled") and due is not None and due < today


def day_label(day: date) -> str:
    """'Fri 11 Dec 2026': a date as the clerk reads it, everywhere."""
    return f"{day:%a} {day.day} {day:%b %Y}"
