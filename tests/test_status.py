"""The derived statuses and RAG ratings the screens and exports share."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_tui.core.status import derived_status, follow_up_status, rag, rag_label

TODAY = date(2024, 6, 1)


@pytest.mark.parametrize(
    ("status", "due", "original_due", "expected"),
    [
        ("done", date(2024, 1, 1), None, "Complete"),
        ("dropped", None, None, "Dropped"),
        ("paused", date(2024, 1, 1), None, "Paused"),
        ("open", date(2024, 5, 31), None, "Overdue"),
        ("at_risk", date(2024, 5, 31), None, "Overdue"),
        ("at_risk", date(2024, 9, 1), None, "At risk"),
        ("at_risk", None, None, "At risk"),
        ("open", date(2024, 6, 1), date(2024, 6, 1), "Not yet due"),
        ("open", date(2024, 9, 1), None, "Not yet due"),
        ("open", None, None, "No date"),
        ("open", None, date(2024, 5, 1), "No date"),
        ("open", date(2024, 9, 1), date(2024, 5, 1), "On track"),
        ("open", date(2024, 5, 1), date(2024, 4, 1), "Overdue"),
    ],
)
def test_derived_status(status, due, original_due, expected):
    assert derived_status(status, due, TODAY, original_due) == expected


def test_unknown_stored_status_is_refused():
    with pytest.raises(ValueError, match="unknown stored status 'finished'"):
        derived_status("finished", None, TODAY)


@pytest.mark.parametrize(
    ("status", "due", "expected"),
    [
        ("open", date(2024, 5, 31), "red"),
        ("at_risk", date(2024, 5, 31), "red"),
        ("open", date(2024, 6, 1), "amber"),
        ("open", date(2024, 6, 15), "amber"),
        ("open", date(2024, 6, 16), "green"),
        ("at_risk", date(2024, 12, 1), "amber"),
        ("at_risk", None, "amber"),
        ("done", date(2024, 1, 1), "green"),
        ("open", None, None),
        ("paused", date(2024, 1, 1), None),
        ("dropped", date(2024, 1, 1), None),
    ],
)
def test_rag(status, due, expected):
    assert rag(status, due, TODAY) == expected


def test_rag_label_is_text_for_every_colour():
    assert [rag_label(v) for v in ("red", "amber", "green", None)] == ["Red", "Amber", "Green", ""]


@pytest.mark.parametrize(
    ("status", "due", "expected"),
    [
        ("open", date(2024, 5, 31), "Overdue"),
        ("open", date(2024, 6, 1), "Open"),
        ("open", None, "Open"),
        ("scheduled", date(2024, 5, 31), "Scheduled · overdue"),
        ("scheduled", date(2024, 6, 1), "Scheduled"),
        ("done", date(2024, 5, 31), "Done"),
        ("dropped", None, "Dropped"),
    ],
)
def test_follow_up_status(status, due, expected):
    assert follow_up_status(status, due, TODAY) == expected
