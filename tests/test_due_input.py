"""Due dates as a clerk types them into the app or `clerk action --due`."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_tui.core.due_input import read_due_date

MONDAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2025-07-01", date(2025, 7, 1)),
        ("28 June", date(2027, 6, 28)),
        ("next Friday", date(2026, 11, 27)),
        ("Friday", date(2026, 11, 27)),
        ("by fri", date(2026, 11, 27)),
        ("next Monday", date(2026, 11, 30)),
        ("monday", date(2026, 11, 30)),
        ("tomorrow", date(2026, 11, 24)),
        ("today", MONDAY),
        ("in 2 weeks", date(2026, 12, 7)),
        ("within 10 days", date(2026, 12, 3)),
        ("end of the month", date(2026, 11, 30)),
        ("  NEXT   friday ", date(2026, 11, 27)),
    ],
)
def test_reads_typed_dates(typed, expected):
    assert read_due_date(typed, MONDAY) == expected


@pytest.mark.parametrize("typed", ["", "   ", "whenever suits", "fridays", "2025-13-45"])
def test_unreadable_is_none(typed):
    assert read_due_date(typed, MONDAY) is None
