"""The meeting header's committee, one kind of header line each (issue 11, round 2): the
forms of minutes that are not from a formal council, and words that are never a committee."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_tui.core.parse import parse_strict


def meeting(text: str) -> tuple[str | None, date | None]:
    m = parse_strict(text).meeting
    return m.committee, m.date


def test_a_date_line_then_prose_that_names_the_body() -> None:
    text = (
        "10 June 2020\n\n"
        "Riverside and Weir Community Council held their meeting remotely via Zoom at 7.30pm "
        "on 10 June 2020.\n\n1. Apologies\nNone were received.\n"
    )
    assert meeting(text) == ("Riverside and Weir Community Council", date(2020, 6, 10))


def test_a_body_that_met_on_a_date() -> None:
    text = "Riverside Allotment Society met on 3 March 2021 at the pavilion.\n\n1. Apologies\n"
    assert meeting(text) == ("Riverside Allotment Society", date(2021, 3, 3))


def test_prose_with_a_person_as_subject_names_no_committee() -> None:
    text = "Councillor Jane Reed held a meeting with residents on 3 March 2021.\n\n1. Parking\n"
    assert meeting(text) == (None, date(2021, 3, 3))


def test_the_body_then_a_charity_number_then_the_annual_general_meeting() -> None:
    text = (
        "Riverside Village Hall (Registered Charity No 123456) Minutes of the Annual General "
        "Meeting held at the Village Hall on Wednesday 14th November 2018\n\n1. Welcome\n"
    )
    assert meeting(text) == ("Riverside Village Hall", date(2018, 11, 14))


def test_a_part_number_before_minutes_is_not_a_body() -> None:
    text = (
        "Riverside Carers Board\n\nPart I Minutes of the Meeting held on Wednesday, 23rd March, "
        "2016 at 10.00 am\n\n1. Welcome\n"
    )
    assert meeting(text) == ("Riverside Carers Board", date(2016, 3, 23))


@pytest.mark.parametrize(
    ("title", "committee"),
    [
        (
            "# Riverside Makerspace Board monthly meeting, December 11, 2025",
            "Riverside Makerspace Board",
        ),
        ("# Riverside Cycling Group Meeting #3", "Riverside Cycling Group"),
        ("Riverside Makerspace – monthly plenum", "Riverside Makerspace"),
        ("# Riverside Film Club Annual General Meeting 2023 Minutes", "Riverside Film Club"),
        (
            "Riverside Parish Council – Ordinary Meeting Tuesday 5th June 2018",
            "Riverside Parish Council",
        ),
        (
            "Riverside Open Maps working group – fortnightly call",
            "Riverside Open Maps working group",
        ),
        ("# Riverside Data Council Meeting,", "Riverside Data Council"),
        ("# Riverside Heritage Trails Working Group", "Riverside Heritage Trails Working Group"),
    ],
)
def test_a_title_line_that_names_the_group_then_the_kind_of_meeting(
    title: str, committee: str
) -> None:
    assert meeting(f"{title}\n\nPresent: Ann Lee, Bo Chan\n\n1. Welcome\n")[0] == committee


def test_the_kind_of_meeting_is_not_part_of_the_name() -> None:
    text = "MINUTES OF RIVERSIDE PARISH COUNCIL AGM HELD AT THE HALL ON 6 MAY 2014\n\n1. Chair\n"
    assert meeting(text)[0] == "Riverside Parish Council"
    text = "Riverside Plan Steering Committee (Virtual) Meeting: 15th May 2020\n\nDraft Minutes\n"
    assert meeting(text) == ("Riverside Plan Steering Committee", date(2020, 5, 15))
    text = (
        "**RIVERSIDE PARISH COUNCIL**\n\n**Extraordinary Parish Council Meeting**\n\n"
        "**12 April 2016 at 6.30 pm**\n\n**Attendance:**\n"
    )
    assert meeting(text) == ("Riverside Parish Council", date(2016, 4, 12))


def test_an_ordinal_meeting_of_a_body() -> None:
    text = "# Minutes of the 3rd meeting of the Riverside Code Centre, Q4 2016\n\n## Summary\n"
    assert meeting(text)[0] == "Riverside Code Centre"


@pytest.mark.parametrize(
    "text",
    [
        # no organisation named anywhere: import asks for the committee
        "## Plenum 2019-01-16 Agenda/Minutes\n\n- Kitchen rota\n- Keys\n",
        # "Council:" labels the attendees, it is not the committee
        "# 2024-02-16\n\n## Attendance\n\nCouncil: Carol, JP, Mark\n\nObservers: TC\n\n## Notes\n",
        # "Member's" and "Next" come from "Member's Meeting" and "Next meeting"
        "## 2024-06-03 Member's Meeting\n\nMinutes recorded by: Nia Rowe\n",
        "## Next meeting 4 May 2024\n\nAt the hall.\n",
        "Monthly meeting, 4 May 2024\n\n1. Welcome\n",
        "Zoom call 4 May 2024\n\n1. Welcome\n",
        # a sentence before "meeting" is no name
        "Thanks to everyone who came to the meeting on 3 May 2024.\n\n1. Welcome\n",
        "The Chair held a short meeting with officers before the start.\n\n1. Apologies\n",
        "Councillor Jane Reed met on site with residents on 3 May 2024.\n\n1. Parking\n",
        "We expect to return to these topics at a future meeting.\n\n1. Roadmap\n",
        "Video/Phone meeting (Bluejeans)\n\n1. Roadmap\n",
        "### Opening, welcome and roll call\n\n1. Roadmap\n",
        "Ref | Meeting | Action | Lead | Due date\n---|---|---|---|---\n",
        "18 September 2025 | Winter plan | Riverside Place Director\n",
    ],
)
def test_headers_that_name_no_committee(text: str) -> None:
    assert meeting(text)[0] is None


def test_the_next_meeting_date_in_the_header_is_not_the_meeting_date() -> None:
    assert meeting("Riverside Bowls Club\n\n## Next meeting: 4 May 2024\n") == (
        "Riverside Bowls Club",
        None,
    )


@pytest.mark.parametrize(
    ("header", "committee"),
    [
        # "Minutes" first, then the body, then the date
        (
            "Minutes – Riverside Tenants' Association – 3 March 2024",
            "Riverside Tenants' Association",
        ),
        (
            "Meeting notes: Riverside Food Bank trustees, 3 March 2024",
            "Riverside Food Bank trustees",
        ),
        ("Minutes: Riverside Cycling Club AGM, 3 March 2024", "Riverside Cycling Club"),
        (
            "Agenda & Minutes — Riverside Repair Café volunteers — 3 March 2024",
            "Riverside Repair Café volunteers",
        ),
        # the body's name over a title that names no one
        (
            "RIVERSIDE & DISTRICT BEEKEEPERS\nCOMMITTEE MEETING MINUTES\n3rd March 2024",
            "Riverside & District Beekeepers",
        ),
        # a possessive, "meeting minutes" and an AGM after the name
        ("Riverside Food Bank Trustees' Meeting – 3 March 2024", "Riverside Food Bank Trustees"),
        (
            "Minutes of Riverside Parish Council's meeting held on 3 March 2024",
            "Riverside Parish Council",
        ),
        (
            "Riverside Neighbourhood Watch - meeting minutes - 3 March 2024",
            "Riverside Neighbourhood Watch",
        ),
        ("Draft minutes of the Riverside Allotments AGM, 3 March 2024", "Riverside Allotments"),
    ],
)
def test_titles_of_clubs_and_associations(header: str, committee: str) -> None:
    assert meeting(f"{header}\n\n1. Welcome\n") == (committee, date(2024, 3, 3))


def test_a_notes_label_names_who_took_them_not_the_committee() -> None:
    text = "Riverside Makerspace – monthly plenum\nDate: Tuesday 8 April 2025\nNotes: Sunil Varma\n"
    assert meeting(text) == ("Riverside Makerspace", date(2025, 4, 8))


@pytest.mark.parametrize(
    "text",
    [
        "Minutes: Resolved that the report be noted\n",
        "Minutes: None\n",
        "Agenda item\n\nMinutes:\n\nThe Committee considered the report.\n",
        "Notes: Sunil Varma, 8 April 2025\n",
    ],
)
def test_a_minutes_label_before_a_person_or_a_sentence_names_no_committee(text: str) -> None:
    assert meeting(text)[0] is None


@pytest.mark.parametrize(
    ("text", "committee"),
    [
        (
            "---\ntitle: Riverside Cycling Group – March meeting\n"
            "date: 2024-03-03\n---\n\n## Notes\n",
            "Riverside Cycling Group",
        ),
        ("Riverside Film Society | Committee meeting | 3 March 2024\n", "Riverside Film Society"),
        (
            "RIVERSIDE PARISH COUNCIL\n\n"
            "MINUTES OF THE ANNUAL PARISH MEETING HELD ON 3 MARCH 2024\n",
            "Riverside Parish Council",
        ),
        ("Riverside Men's Shed\n\nTrustees Meeting\n\n3 March 2024\n", "Riverside Men's Shed"),
        ("Riverside Bowls Sub-Committee Meeting 3 March 2024\n", "Riverside Bowls Sub-Committee"),
    ],
)
def test_front_matter_bars_and_a_generic_second_line(text: str, committee: str) -> None:
    assert meeting(text + "\n1. Welcome\n") == (committee, date(2024, 3, 3))


def test_an_email_subject_before_notes() -> None:
    text = "Subject: Riverside Gardeners – notes from Tuesday's meeting\n\nHi all,\n"
    assert meeting(text)[0] == "Riverside Gardeners"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Riverside Bowls Club\nMeeting held 7th March '24\n",
            ("Riverside Bowls Club", date(2024, 3, 7)),
        ),
        ("Riverside Bowls Club\n7 Mar 24\n", ("Riverside Bowls Club", date(2024, 3, 7))),
        (
            "Riverside Bowls Club\n\nHeld: 7th March 2024\n",
            ("Riverside Bowls Club", date(2024, 3, 7)),
        ),
        ("Riverside Bowls Club – 2024.03.07\n", ("Riverside Bowls Club", date(2024, 3, 7))),
        ("# 7 March 2024 – Riverside Bowls Club\n", ("Riverside Bowls Club", date(2024, 3, 7))),
        ("Riverside Bowls Club, 7 March 2024 at 7pm\n", ("Riverside Bowls Club", date(2024, 3, 7))),
        # a time is no year; a person beside the date is not the committee
        ("Riverside Bowls Club\n7 March 19:00\n", ("Riverside Bowls Club", None)),
        ("Ann Lee, 7 March 2024\n", (None, date(2024, 3, 7))),
    ],
)
def test_the_name_beside_the_date_and_short_years(
    text: str, expected: tuple[str | None, date | None]
) -> None:
    assert meeting(text + "\n1. Welcome\n") == expected


@pytest.mark.parametrize(
    ("text", "committee"),
    [
        ("# Riverside SIG-Docs weekly sync 2024-03-03\n", "Riverside SIG-Docs"),
        ("Riverside Rotary Club – Council Meeting – 3 March 2024\n", "Riverside Rotary Club"),
        ("# Community call 2024-03-03\n\nAttendees: Ann, Bo\n", None),
    ],
)
def test_open_project_syncs_and_a_generic_part_after_a_dash(
    text: str, committee: str | None
) -> None:
    assert meeting(text + "\n1. Welcome\n")[0] == committee


def test_a_body_in_capitals_alone_and_never_meeting_of() -> None:
    assert meeting("MEETING OF THE CABINET\n3 March 2024\n\n1. Welcome\n") == (
        "Cabinet",
        date(2024, 3, 3),
    )


@pytest.mark.parametrize(
    ("title", "committee"),
    [
        ("Minutes of the July meeting of Riverside Parish Council", "Riverside Parish Council"),
        (
            "Minutes of the March meeting of the Riverside Allotment Society held on 4 March 2026",
            "Riverside Allotment Society",
        ),
        ("Notes of the May 2025 meeting of the Friends of Weir Park", "Friends of Weir Park"),
        (
            "Minutes of the December Ordinary meeting of Riverside Town Council",
            "Riverside Town Council",
        ),
    ],
)
def test_a_month_names_the_meeting_not_the_body(title: str, committee: str) -> None:
    """'Minutes of the July meeting of X': the month says which meeting; X is the body."""
    assert meeting(f"{title}\n\nPresent: Ann Lee, Bo Chan\n\n1. Welcome\n")[0] == committee
