"""The meeting header: committee and date, one kind of header each."""

from __future__ import annotations

from datetime import date

from clerk_tui.core.parse import parse_strict


def meeting(text: str) -> tuple[str | None, date | None]:
    m = parse_strict(text).meeting
    return m.committee, m.date


def test_bare_dated_title_lines() -> None:
    assert meeting("# Dec-4-2017\n\n## Agenda:\n1. Introductions\n")[1] == date(2017, 12, 4)
    assert meeting("# Riverside Bench Group meeting 18 Nov 2016\n\n## Agenda\n")[1] == date(
        2016, 11, 18
    )
    text = "# Riverside Data Council,\n\n\nCouncil Teleconference Draft Minutes 2014\\-08\\-01\n"
    assert meeting(text)[1] == date(2014, 8, 1)


def test_header_wrapped_in_capitals_as_pasted_from_pdf() -> None:
    text = (
        "MINUTES OF PROCEEDINGS AT MEETING OF THE MUNICIPAL\n\n"
        "DISTRICT OF RIVERSIDE-NORTH HELD IN THE CIVIC\n\n"
        "OFFICES, ON WEDNESDAY, 2ND\n\nJULY, 2014, AT 10.00 A.M.\n\n"
        "PRESENT IN THE CHAIR: Councillor Ann Lowry.\n"
    )
    assert meeting(text) == ("Municipal District of Riverside-North", date(2014, 7, 2))


def test_date_split_by_emphasis_and_month_first_dates() -> None:
    assert meeting("1\n\n**RIVERSIDE BOARD**\n\n**TUESDAY, 8TH** **MAY, 2018 AT 9.00**\n")[
        1
    ] == date(2018, 5, 8)
    text = "MINUTES OF RIVERSIDE PARISH COUNCIL AGM HELD AT THE HALL ON\n\nTUESDAY MAY 6th 2014\n"
    assert meeting(text) == ("Riverside Parish Council", date(2014, 5, 6))  # AGM: its kind
    text = "## Meeting Details\n\n- **Date/Time:** March 14th, 2023 @ 5:00pm UTC\n"
    assert meeting(text)[1] == date(2023, 3, 14)


def test_meeting_date_not_a_year_end_and_with_no_space_after_the_weekday() -> None:
    text = (
        "Riverside Allotment Society\n\nAnnual accounts for the year ending 31 March 2018\n\n"
        "Annual General Meeting, Wednesday14th November 2018\n\n1. Welcome\n"
    )
    assert meeting(text)[1] == date(2018, 11, 14)


def test_date_stated_in_a_later_section() -> None:
    text = (
        "# Minutes of the 3rd meeting of the Riverside Lab board\n\n## Summary\n\nWe met.\n\n"
        "## Date, Time and Location\n\nThe meeting took place virtually, at 6:00pm\n"
        "(Riverside time) on Wednesday, November 30, 2016.\n"
    )
    assert meeting(text)[1] == date(2016, 11, 30)


def test_an_attendance_line_or_a_note_about_people_is_not_the_committee() -> None:
    text = (
        "*Participants:*\n\nAnn Abel (AA - chair), Bo Dean (BD), Cy Hart (CH - minutes)\n\n"
        "- Carol facilitating, Mark taking notes\n\n"
        "Council: Carol, JP, Mark, Mara, Ed Holm, Eli Shaw\n\n## Notes\n"
    )
    assert meeting(text)[0] is None
