"""Round 24: the meeting header. Each kind of header is asserted with the committee and the date
it gives (invented councils and clubs); the near misses name no committee."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_tui.core.parse import parse_strict

_BODY = "\nPresent: Dev Rao, Ines Costa\n\n1. Hall\nDev to book the hall.\n"


def _header(head: str) -> tuple[str | None, date | None]:
    meeting = parse_strict(head + "\n" + _BODY).meeting
    return meeting.committee, meeting.date


# "Minutes of/from/for <body> meeting ...": one pattern, with the body before "meeting" or
# "held", or a body's name that ends the title or stands before its date.
@pytest.mark.parametrize(
    ("head", "committee", "when"),
    [
        (
            "Minutes from the 4th Millbrook Tools TSC meeting, 2 May 2025",
            "Millbrook Tools TSC",
            date(2025, 5, 2),
        ),
        (
            "Minutes for the Hollow Lane Residents Forum teleconference, June 3, 2025",
            "Hollow Lane Residents Forum",
            date(2025, 6, 3),
        ),
        (
            "Approved minutes for the Ashby Canal Trust meeting – 3 June 2025",
            "Ashby Canal Trust",
            date(2025, 6, 3),
        ),
        (
            "Minutes of Elmtree Carers Group (ECG)\n4 March 2025",
            "Elmtree Carers Group",
            date(2025, 3, 4),
        ),
        (
            "MINUTES OF MEETING FROM THE ELMTREE HALL COMMITTEE HELD ON 3 MAY 2025",
            "Elmtree Hall Committee",
            date(2025, 5, 3),
        ),
        ("Minutes of the Board of Governors, 9 July 2024", "Board of Governors", date(2024, 7, 9)),
    ],
)
def test_minutes_of_a_body(head: str, committee: str, when: date) -> None:
    assert _header(head) == (committee, when)


@pytest.mark.parametrize(
    "head",
    [
        "Minutes of the last meeting were approved",
        "Minutes from the previous meeting, 3 March 2025",
        "Minutes for approval",
        "Minutes of meeting held on 3 May 2025",
    ],
)
def test_minutes_of_no_body(head: str) -> None:
    assert _header(head)[0] is None
