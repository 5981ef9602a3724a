"""Due dates as a clerk types them into the app or `clerk action --due`."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_tui.core.due_input import Reading, due_readings, read_due_date
from clerk_tui.core.status import day_label

MONDAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2025-07-01", date(2025, 7, 1)),
        ("28 June", date(2027, 6, 28)),
        ("next Friday", date(2026, 12, 4)),
        ("this Friday", date(2026, 11, 27)),
        ("Friday", date(2026, 11, 27)),
        ("by fri", date(2026, 11, 27)),
        ("next Monday", date(2026, 11, 30)),
        ("monday", date(2026, 11, 30)),
        ("tomorrow", date(2026, 11, 24)),
        ("today", MONDAY),
        ("in 2 weeks", date(2026, 12, 7)),
        ("within 10 days", date(2026, 12, 3)),
        ("end of the month", date(2026, 11, 30)),
        ("  NEXT   friday ", date(2026, 12, 4)),
    ],
)
def test_reads_typed_dates(typed, expected):
    assert read_due_date(typed, MONDAY) == expected


@pytest.mark.parametrize("typed", ["", "   ", "whenever suits", "fridays", "2025-13-45"])
def test_unreadable_is_none(typed):
    assert read_due_date(typed, MONDAY) is None


TUESDAY = date(2026, 12, 1)


def test_next_friday_on_a_tuesday_is_next_weeks_with_this_weeks_offered():
    assert due_readings("next Friday", TUESDAY) == [
        Reading(date(2026, 12, 11), "next week's Friday"),
        Reading(date(2026, 12, 4), "this week's Friday"),
    ]
    assert day_label(date(2026, 12, 11)) == "Fri 11 Dec 2026"


@pytest.mark.parametrize(
    ("typed", "today", "expected"),
    [
        ("next Friday", date(2026, 12, 4), date(2026, 12, 11)),  # said on a Friday
        ("next Friday", date(2026, 12, 5), date(2026, 12, 11)),  # on a Saturday
        ("next Monday", date(2026, 12, 6), date(2026, 12, 7)),  # on a Sunday: tomorrow
        ("next Monday", TUESDAY, date(2026, 12, 7)),  # this week's Monday has gone
        ("Friday", TUESDAY, date(2026, 12, 4)),
        ("28 June", TUESDAY, date(2027, 6, 28)),
    ],
)
def test_one_reading_when_the_phrase_has_no_other(typed, today, expected):
    assert due_readings(typed, today) == [Reading(expected)]


def test_unreadable_has_no_readings():
    assert due_readings("whenever suits", TUESDAY) == []
