"""Read a due date the clerk types: "2025-07-01", "28 June", "next Friday", "in 2 weeks".

Minutes phrases ("by the end of Q3", "March next year") go to `dates.resolve_due`; this adds
what people type into a prompt but minutes rarely say: weekdays and counted days or weeks.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from clerk_tui.core.dates import resolve_due

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(
    r"^(?:by\s+|on\s+)?(?:next\s+|this\s+)?(?P<day>mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday|s|r|rs)?$"
)
_COUNTED = re.compile(r"^(?:in|within)\s+(?P<n>\d{1,3})\s+(?P<unit>day|week)s?$")
_SIMPLE = {"today": 0, "tomorrow": 1}


def read_due_date(text: str, today: date) -> date | None:
    """The date `text` names, counted from `today`; None when it names none."""
    phrase = " ".join(text.lower().split())
    if not phrase:
        return None
    if phrase in _SIMPLE:
        return today + timedelta(days=_SIMPLE[phrase])
    weekday = _WEEKDAY.match(phrase)
    if weekday:
        target = next(i for i, name in enumerate(_WEEKDAYS) if name.startswith(weekday["day"]))
        # "Friday", "this Friday" and "next Friday" all mean the first Friday after today;
        # the app shows the date it read, so the clerk sees which one was taken.
        ahead = (target - today.weekday()) % 7 or 7
        return today + timedelta(days=ahead)
    counted = _COUNTED.match(phrase)
    if counted:
        days = int(counted["n"]) * (7 if counted["unit"] == "week" else 1)
        return today + timedelta(days=days)
    try:
        return date.fromisoformat(phrase)
    except ValueError:
        return resolve_due(text, today)
