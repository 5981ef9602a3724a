"""Round 24: the meeting header. Each kind of header is asserted with the committee and the date
it gives (invented councils and clubs); the near misses name no committee."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_tui.core.parse import parse_strict

_BODY = "\nPresent: Dev Rao, Ines Costa\n\n1. Hall\nDev to book the hall.\n"
# Items numbered "1/": the item finder takes the header's second line for an item's heading.
_SLASHED = "\nPresent G Rees (GR), Cllr Allen (NA)\n\n1/ Forum\nNone.\n2/ Hall\nDev to book it.\n"


def _header(head: str, body: str = _BODY) -> tuple[str | None, date | None]:
    meeting = parse_strict(head + "\n" + body).meeting
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


# A title that is a date only, or a line that is no body's name (a heading, a person, an
# address, an attendee), names no committee; a date or a status word beside a body's name is
# not part of it.
@pytest.mark.parametrize(
    ("head", "committee", "when"),
    [
        ("March 2025 – Committee Meeting (11/03/2025)", None, date(2025, 3, 11)),
        ("October Meeting Minutes\n14 October 2024", None, date(2024, 10, 14)),
        ("Minutes of the Meeting of March 4th 2025", None, date(2025, 3, 4)),
        ("# Oct 7 SIG-Packaging Meeting", "SIG-Packaging", None),
        (
            "Minutes of May 5th Hollybush Parish Council\nHELD AT THE CHAPEL TUESDAY MAY 5th 2025",
            "Hollybush Parish Council",
            date(2025, 5, 5),
        ),
        (
            "ELMTREE PARISH COUNCIL Draft (until approved) Minutes of the Ordinary Meeting held on"
            " Monday 2 June 2025",
            "Elmtree Parish Council",
            date(2025, 6, 2),
        ),
        (
            "Minutes of the Annual General Meeting of the Elmtree Hall Management Committee Monday"
            " 7 April 2025",
            "Elmtree Hall Management Committee",
            date(2025, 4, 7),
        ),
        (
            "Minutes of a meeting of Elmtree RFC Board: Tuesday 19th November 2024.",
            "Elmtree RFC Board",
            date(2024, 11, 19),
        ),
        (
            "Agenda and minutes\nCabinet - for meetings after May 2025 see 'Mayor & Cabinet' -"
            " Monday, 3 March 2025 5:00 pm",
            "Cabinet",
            date(2025, 3, 3),
        ),
        (
            "The Hollins Allotments Society\nMill Lane, Hollins\nCommittee Meeting\nTuesday 4th"
            " February 2025",
            "Hollins Allotments Society",
            date(2025, 2, 4),
        ),
        (
            "Ashton under Hill Village Hall Committee\nDRAFT Minutes of Meeting Held on 5th August"
            " 2025",
            "Ashton under Hill Village Hall Committee",
            date(2025, 8, 5),
        ),
        (
            "Minutes of Committee Meeting\nDate: Tuesday 3rd June 2025\nRavi Kapoor (RK) – Minutes"
            "  Jo Lee (JL)",
            None,
            date(2025, 6, 3),
        ),
        (
            "Board Meeting 2025-01-23 Minutes\n### Directors Present\n- Ann Wood",
            None,
            date(2025, 1, 23),
        ),
        ("## Attendees\n- Ravi Kapoor\n- Jo Marsh\n\n## Minutes", None, None),
        ("# Roll call:\n## Attending\n* Ann Wood", None, None),
        (
            "Minutes of a Trustee Meeting\nheld on 21st July 2025 at 7.30 pm.",
            None,
            date(2025, 7, 21),
        ),
        (
            "# Summary of the committee's regular monthly meeting\nMay 6, 2025",
            None,
            date(2025, 5, 6),
        ),
        ("Finance\nRenewal of Trust Membership\nThe board agreed the renewal.", None, None),
    ],
)
def test_a_date_or_a_heading_is_no_body(
    head: str, committee: str | None, when: date | None
) -> None:
    assert _header(head) == (committee, when)


# "<body> Minutes <date>": the body's name, "Minutes", then the date (after a dash, a bracket or
# a space); an acronym's full name, in the header too, is the fuller name.
@pytest.mark.parametrize(
    ("head", "committee", "when"),
    [
        (
            "Hollybrook Steering Group Minutes Thursday 14 March 2024",
            "Hollybrook Steering Group",
            date(2024, 3, 14),
        ),
        (
            "Ashdale Budget Committee Minutes (October 24, 2023)",
            "Ashdale Budget Committee",
            date(2023, 10, 24),
        ),
        ("PRG Minutes - 4 June 2025", "PRG", date(2025, 6, 4)),
        ("Exec Committee Minutes (5 Oct 2024)", "Exec Committee", date(2024, 10, 5)),
        (
            "Canal Users Board Minutes – Wed 2nd July 2025 (web)",
            "Canal Users Board",
            date(2025, 7, 2),
        ),
        (
            "PRG Minutes - 13/10/25\n\nPatient Reference Group (PRG) Meeting Minutes",
            "Patient Reference Group (PRG)",
            date(2025, 10, 13),
        ),
        (
            "Ashdale Cricket Supporters Association (ACSA)\nMinutes of Committee Meeting\nDate:"
            " Thursday 24th April 2025",
            "Ashdale Cricket Supporters Association (ACSA)",
            date(2025, 4, 24),
        ),
    ],
)
def test_body_minutes_then_date(head: str, committee: str, when: date) -> None:
    assert _header(head) == (committee, when)


@pytest.mark.parametrize(
    "head",
    [
        "Committee meeting minutes February 2025",
        "Agreed Minutes 06 February 2025 – Kings Coffee Shop",
        "Meeting Minutes – 12th October 2025",
        "Draft Minutes 3 May 2025",
        "2026 Winter Sports Meeting Minutes",
        "Present: Ann Wood, Bob Hill minutes 3 May 2025",
    ],
)
def test_minutes_then_date_without_a_body(head: str) -> None:
    assert _header(head)[0] is None


# A title that names no body, then the body's name on the next line (a heading the item finder
# may take for an item's).
@pytest.mark.parametrize(
    ("head", "committee", "when"),
    [
        (
            "Minutes of meeting 6th Feb 2025\n\nAshworth Parish Council\n\nChair G Rees",
            "Ashworth Parish Council",
            date(2025, 2, 6),
        ),
        (
            "Committee Meeting Minutes 5 October 2024\n\nFriends of Millbank Gardens\n\nExtracts"
            " from the meeting",
            "Friends of Millbank Gardens",
            date(2024, 10, 5),
        ),
        (
            "Minutes of the Ordinary Meeting held on Monday 3 March 2025\n\nHolbeck Community"
            " Council",
            "Holbeck Community Council",
            date(2025, 3, 3),
        ),
        (
            "Minutes 25th April 2025\n\nHALTON PARISH COUNCIL\n\nThe councillors met at the hall",
            "Halton Parish Council",
            date(2025, 4, 25),
        ),
        (
            "Holbeck Parish Council\nMinutes of the Ordinary Meeting held on 3 March 2025",
            "Holbeck Parish Council",
            date(2025, 3, 3),
        ),
    ],
)
def test_body_under_a_title_naming_none(head: str, committee: str, when: date) -> None:
    assert _header(head, _SLASHED) == (committee, when)


@pytest.mark.parametrize(
    "head",
    [
        "Minutes of meeting 6th Feb 2025\n\nMatters Arising",
        "Committee Meeting Minutes 5 October 2024\n\nApologies and Welcome",
        "Minutes of the Ordinary Meeting held on 3 March 2025\nPresent: Cllr Rees, Cllr Hart",
        "Minutes of meeting 6th Feb 2025\n\nFinance Committee Report",
        "Committee Meeting Minutes 5 October 2024\n\nJo Marsh (Chair)",
        "Minutes of meeting 6th Feb 2025\n\nMill Lane, Ashworth",
        "Minutes of meeting 6th Feb 2025\nThe council met at the hall",
    ],
)
def test_no_body_under_a_title_naming_none(head: str) -> None:
    assert _header(head, _SLASHED)[0] is None


# A header that is a date or a place only, and an opening sentence that names the body.
@pytest.mark.parametrize(
    ("head", "committee", "when"),
    [
        (
            "Tuesday, 4 March 2025\n\nThe meeting of the Friends of Ashgrove Common was opened at"
            " 7pm by the chair.",
            "Friends of Ashgrove Common",
            date(2025, 3, 4),
        ),
        (
            "Committee Meeting 01/09/2025\n\nThe following is a short note from the Meeting of the"
            " Hollins Road Allotments Society Committee held on 1st September.",
            "Hollins Road Allotments Society Committee",
            date(2025, 9, 1),
        ),
        (
            "February 5, 2025\nThe Elmfield Hospital Auxiliary meeting was called to order by Nora"
            " Platt at 7:04 p.m. The minutes of the previous meeting were read.",
            "Elmfield Hospital Auxiliary",
            date(2025, 2, 5),
        ),
        (
            "At the Old School\nWednesday 6th March 2025 7pm\nThe monthly meeting of the Brookside"
            " Residents Association was held in the hall.",
            "Brookside Residents Association",
            date(2025, 3, 6),
        ),
    ],
)
def test_body_named_in_the_opening_sentence(head: str, committee: str, when: date) -> None:
    assert _header(head) == (committee, when)


@pytest.mark.parametrize(
    "sentence",
    [
        "The minutes of the last meeting of the Finance Committee were approved.",
        "The next meeting of the Parish Council will be held on 1 April.",
        "The chair reported that the meeting of the Highways Committee had been cancelled.",
        "The Chair reported on the meeting of the Highways Committee held on 3 March.",
        "The meeting was opened at 7pm.",
        "A joint meeting of the council and residents was held.",
    ],
)
def test_an_opening_sentence_naming_no_body(sentence: str) -> None:
    assert _header("4 March 2025\n\n" + sentence) == (None, date(2025, 3, 4))


# A title line with the date first ("# 14 Sept 2025 <body> meeting"), or the body's name then
# the date with nothing between; a form's "Decision Maker:" label.
@pytest.mark.parametrize(
    ("head", "committee", "when"),
    [
        (
            "# 14 Sept 2025 Hollins Outreach Committee meeting",
            "Hollins Outreach Committee",
            date(2025, 9, 14),
        ),
        ("## March 3, 2025 Ashby Tenants Forum meeting", "Ashby Tenants Forum", date(2025, 3, 3)),
        (
            "Safer Streets Scrutiny Panel 16 March 2025",
            "Safer Streets Scrutiny Panel",
            date(2025, 3, 16),
        ),
        (
            "Holme Village Scrutiny Panel Tuesday 16 March 2025 at 7pm",
            "Holme Village Scrutiny Panel",
            date(2025, 3, 16),
        ),
        (
            "Decision Maker: Internal Audit Committee\nDate: 4 June 2025",
            "Internal Audit Committee",
            date(2025, 6, 4),
        ),
        (
            "Ashby Makers Project Management Committee Meeting 13 March 2025",
            "Ashby Makers Project Management Committee",
            date(2025, 3, 13),
        ),
        (
            "Ashby Allotment Society Committee Meeting 6.30pm 25/4/25",
            "Ashby Allotment Society",
            date(2025, 4, 25),
        ),
    ],
)
def test_date_first_or_body_then_date(head: str, committee: str, when: date) -> None:
    assert _header(head) == (committee, when)


@pytest.mark.parametrize(
    "head",
    [
        "Update on Community Council 16 March 2025",
        "Reports to the Committee 16 March 2025",
        "# 14 Sept 2025 Meeting",
        "Ravi Kapoor 16 March 2025",
        "# 3 March 2025 Agenda and Minutes",
    ],
)
def test_a_date_beside_no_body(head: str) -> None:
    assert _header(head)[0] is None


# One plain word is no body's name ("the Bowls AGM"); an acronym or a body's word is. The kind
# of meeting inside a council's name is not part of it.
@pytest.mark.parametrize(
    ("head", "committee", "when"),
    [
        (
            "Minutes of the Bowls AGM - The Pavilion on Monday 3rd March 2025",
            None,
            date(2025, 3, 3),
        ),
        ("# Garden Meeting 14\nDate: 3 March 2025", None, date(2025, 3, 3)),
        ("Minutes of the PTA meeting held on 3 March 2025", "PTA", date(2025, 3, 3)),
        ("Minutes of the Cabinet meeting held on 3 March 2025", "Cabinet", date(2025, 3, 3)),
        (
            "Minutes of Ashby Annual Parish Council Meeting held in the Hall on Wednesday 14 May"
            " 2025",
            "Ashby Parish Council",
            date(2025, 5, 14),
        ),
    ],
)
def test_one_plain_word_or_a_kind_of_meeting(head: str, committee: str | None, when: date) -> None:
    assert _header(head) == (committee, when)


# A web page's label for the meeting below the page's own title, which the item finder may
# take for the first item's heading.
@pytest.mark.parametrize(
    ("page", "committee", "when"),
    [
        (
            "Decision details\n\nUpdate from the Chair\n\nDecision Maker: Hollins Audit Committee"
            "\n\nDecision status: Recommendations Approved\n",
            "Hollins Audit Committee",
            None,
        ),
        (
            "Agenda and draft minutes\n\nHollins Scrutiny Board - Tuesday, 15th April, 2025 6.00 pm"
            "\n\nVenue: Committee Room 3 - Civic Centre.\n\nNo. Item\n\nApologies for absence\n\nNo"
            " apologies for absence were received.\n\nDeclarations of interest\n\nNone.\n",
            "Hollins Scrutiny Board",
            date(2025, 4, 15),
        ),
        (
            "Issue - meetings\n\nMinute of Previous Board Meeting\n\nMeeting: 21/01/2025 - Hollins"
            " Joint Board (Item 3)\n\nDecision:\n\nThe Board resolved to note the minutes.\n",
            "Hollins Joint Board",
            date(2025, 1, 21),
        ),
    ],
)
def test_a_pages_label_below_its_title(page: str, committee: str, when: date | None) -> None:
    meeting = parse_strict(page).meeting
    assert (meeting.committee, meeting.date) == (committee, when)


@pytest.mark.parametrize(
    "page",
    [
        "Decision details\n\nDecision status: Recommendations Approved\n\nIs Key decision?: No\n",
        "Agenda and draft minutes\n\nVenue: Committee Room 3 - Civic Centre\n",
        "Issue - meetings\n\nMeeting: 21/01/2025 - 2.00 pm, Room 4\n",
    ],
)
def test_a_pages_lines_naming_no_body(page: str) -> None:
    assert parse_strict(page + _BODY).meeting.committee is None
