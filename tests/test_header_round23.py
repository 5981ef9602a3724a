"""Round 23: a title that is the group's name, a dash, then which of its bodies met, with no
word for a meeting ("Riverside Cycle Forum – steering group, 3 March 2026"), names the group."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict

_BODY = "\nPresent: Dev Rao, Ines Costa\n\n1. Hall\nDev to book the hall.\n"


@pytest.mark.parametrize(
    ("title", "committee"),
    [
        ("# Riverside Cycle Forum – steering group, 3 March 2026", "Riverside Cycle Forum"),
        ("Hilltop Tenants Association - Committee, 4 May 2025", "Hilltop Tenants Association"),
        ("Ashby Food Bank — trustees", "Ashby Food Bank"),
        ("Millbrook Festival: organising committee, 12 June 2025", "Millbrook Festival"),
        ("Lime Street Gardens – working group 2025-06-12", "Lime Street Gardens"),
    ],
)
def test_a_group_then_its_body_names_the_group(title: str, committee: str) -> None:
    assert parse_strict(title + "\n" + _BODY).meeting.committee == committee


@pytest.mark.parametrize(
    "title",
    [
        "Budget – committee to decide, 3 March 2026",
        "Kwame Osei, Rita Patel – board",
        "The committee agreed to meet again",
    ],
)
def test_a_line_that_is_no_title_names_no_committee(title: str) -> None:
    assert parse_strict(title + "\n" + _BODY).meeting.committee is None
