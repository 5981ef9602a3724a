"""Read a due date the clerk types: "2025-07-01", "28 June", "next Friday", "in 2 weeks".

Minutes phrases ("by the end of Q3", "March next year") go to `dates.resolve_due`; this adds
what people type into a prompt but minutes rarely say: weekdays and counted days or weeks.

Some phrases have two readings. "next Friday" said on a Tuesday is, for many clerks, the
Friday of next week, and for others the coming one, three days off: `due_readings` gives
both (next week's first), so the app can show the date it would store and offer the other
before anything is saved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from clerk_tui.core.dates import resolve_due

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(
    r"^(?:by\s+|on\s+)?(?:(?P<next>next)\s+|this\s+)?(?P<day>mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday|s|r|rs)?$"
)
_COUNTED = re.compile(r"^(?:in|within)\s+(?P<n>\d{1,3})\s+(?P<unit>day|week)s?$")
_SIMPLE = {"today": 0, "tomorrow": 1}


@dataclass(frozen=True)
class Reading:
    """One date a typed phrase can mean, and how to say which reading it is."""

    day: date
    meaning: str = ""
    """'next week's Friday' when the phrase has another reading, else ''."""


def due_readings(text: str, today: date) -> list[Reading]:
    """The dates `text` can mean, counted from `today`, the likelier first; [] when it names
    none. Only "next <weekday>" while that weekday is still to come this week has two."""
    phrase = " ".join(text.lower().split())
    if not phrase:
        return []
    if phrase in _SIMPLE:
        return [Reading(today + timedelta(days=_SIMPLE[phrase]))]
    weekday = _WEEKDAY.match(phrase)
    if weekday:
        return _weekday_readings(weekday, today)
    counted = _COUNTED.match(phrase)
    if counted:
        days = int(counted["n"]) * (7 if counted["unit"] == "week" else 1)
        return [Reading(today + timedelta(days=days))]
    try:
        return [Reading(date.fromisoformat(phrase))]
    except ValueError:
        resolved = resolve_due(text, today)
        return [Reading(resolved)] if resolved else []


def _weekday_readings(match: re.Match[str], today: date) -> list[Reading]:
    """'Friday', 'by Friday', 'this Friday': the first Friday after today. 'next Friday':
    the Friday of next week (weeks start on Monday), and, when this week's Friday is still
    to come, that one as the other reading."""
    target = next(i for i, name in enumerate(_WEEKDAYS) if name.startswith(match["day"]))
    coming = today + timedelta(days=(target - today.weekday()) % 7 or 7)
    if not match["next"]:
        return [Reading(coming)]
    next_week = today + timedelta(days=7 - today.weekday() + target)
    if next_week == coming:
        return [Reading(coming)]
    name = _WEEKDAYS[target].capitalize()
    return [Reading(next_week, f"next week's {name}"), Reading(coming, f"this week's {name}")]


def read_due_date(text: str, today: date) -> date | None:
    """The date `text` names (its likelier reading), counted from `today`; None when it
    names none."""
    readings = due_readings(text, today)
    return readings[0].day if readings else None
