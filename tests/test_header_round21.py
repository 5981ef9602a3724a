"""Round 21: a title that is "Minutes of" and the body's name, then its date, "held" or
nothing ("Minutes of the Parks Committee, 3 March 2025"), names the committee."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict

_BODY = "\nPresent: Kwame Osei (KO), Rita Patel (RP)\n\n1. Hall\nKO to book the hall.\n"


@pytest.mark.parametrize(
    ("title", "committee"),
    [
        ("Minutes of the Parks Committee, 3 March 2025", "Parks Committee"),
        ("MINUTES OF THE PARKS COMMITTEE, 3 MARCH 2025", "Parks Committee"),
        ("Minutes of Harwood Parish Council", "Harwood Parish Council"),
        (
            "Notes of the Lime Street Residents Association – 3 March 2025",
            "Lime Street Residents Association",
        ),
        (
            "MINUTES OF MEETING FROM THE ASHBY VILLAGE HALL COMMITTEE HELD ON 3 March 2025",
            "Ashby Village Hall Committee",
        ),
        (
            "DRAFT HARWOOD PARISH COUNCIL Minutes of the Ordinary Meeting held on 3 March 2025",
            "Harwood Parish Council",
        ),
    ],
)
def test_minutes_of_a_body_names_the_committee(title: str, committee: str) -> None:
    assert parse_strict(title + _BODY).meeting.committee == committee


@pytest.mark.parametrize(
    "title",
    [
        "Minutes of the last meeting of the Parks Committee, 3 March 2025",
        "Minutes of the Annual Parish Meeting, 3 March 2025",
        "Notes of the discussion, 3 March 2025",
    ],
)
def test_a_title_that_names_no_body_names_no_committee(title: str) -> None:
    assert parse_strict(title + _BODY).meeting.committee is None
