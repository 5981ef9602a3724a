"""Due phrases: finding them in a sentence and resolving them against the meeting date."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_tui.core.dates import (
    find_due,
    find_due_phrases,
    find_named_meetings,
    parse_date_literal,
    resolve_due,
)

MEETING = date(2023, 4, 25)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("by 28 June", date(2023, 6, 28)),
        ("by 28th June 2024", date(2024, 6, 28)),
        ("in March", date(2024, 3, 31)),
        ("in May", date(2023, 5, 31)),
        ("March next year", date(2024, 3, 31)),
        ("in March 2014", date(2014, 3, 31)),
        ("by the end of the month", date(2023, 4, 30)),
        ("by the end of next month", date(2023, 5, 31)),
        ("by the end of the year", date(2023, 12, 31)),
        ("before Christmas", date(2023, 12, 24)),
        ("in the new year", date(2024, 1, 31)),
        ("before the summer recess", date(2023, 7, 31)),
        ("within six weeks", date(2023, 6, 6)),
        ("within 2 weeks", date(2023, 5, 9)),
        ("within 12-18 months", date(2024, 10, 25)),
        ("2025-26", date(2026, 3, 31)),
        ("in 2025/26", date(2026, 3, 31)),
        ("in the 2024-25 municipal year", date(2025, 3, 31)),
        ("Q3", date(2023, 12, 31)),
        ("by the end of Q4", date(2024, 3, 31)),
        ("Q1", date(2023, 6, 30)),
        ("Q3 2024/25", date(2024, 12, 31)),
        ("Monday 15th May", date(2023, 5, 15)),
        ("31/08/2023", date(2023, 8, 31)),
        ("2023-09-01", date(2023, 9, 1)),
        ("in the autumn", date(2023, 11, 30)),
    ],
)
def test_resolve_due(phrase: str, expected: date) -> None:
    assert resolve_due(phrase, MEETING) == expected


def test_next_meeting_needs_its_date() -> None:
    assert resolve_due("at the next meeting", MEETING) is None
    assert resolve_due("at the next meeting", MEETING, next_meeting=date(2023, 6, 27)) == date(
        2023, 6, 27
    )
    assert resolve_due("a future meeting", MEETING) is None


def test_named_meeting() -> None:
    named = {"county council": date(2010, 12, 16), "council": date(2010, 12, 16)}
    phrase = "prior to the report going on to the County Council meeting"
    assert resolve_due(phrase, date(2010, 11, 29), named_meetings=named) == date(2010, 12, 16)


def test_without_meeting_date_only_years_resolve() -> None:
    assert resolve_due("by 28 June", None) is None
    assert resolve_due("in March", None) is None
    assert resolve_due("in March 2014", None) == date(2014, 3, 31)
    assert resolve_due("2025-26", None) == date(2026, 3, 31)
    assert resolve_due("Q3", None) is None


def test_unresolvable_phrases_give_none() -> None:
    assert resolve_due("as soon as possible", MEETING) is None
    assert resolve_due("", MEETING) is None
    assert resolve_due("by 31 February", MEETING) is None


def test_find_due_prefers_deadlines() -> None:
    s = "In relation to 2023-25, the plan is due by 28 June and work starts in May."
    d = find_due(s)
    assert d is not None and d.text == "by 28 June"
    assert s[d.start : d.end] == d.text


def test_find_due_ignores_verbs_and_durations() -> None:
    assert find_due_phrases("We may go to the park.") == []
    assert find_due_phrases("waiting times are currently trending at 12-18 months") == []
    assert [p.text for p in find_due_phrases("the next meeting, in March 2014")] == [
        "in March 2014"
    ]


def test_a_meeting_to_be_attended_is_no_due() -> None:
    def texts(s: str) -> list[str]:
        return [p.text for p in find_due_phrases(s)]

    assert texts("Jo asked Sam to attend a PPG meeting in the next few weeks.") == [
        "in the next few weeks"
    ]
    assert texts("Priya offered to attend the Harbour Trust meeting.") == []
    assert texts("Priya will report back to the Harbour Trust meeting.") == [
        "to the Harbour Trust meeting"
    ]


def test_parse_date_literal() -> None:
    assert parse_date_literal("25/4/23") == date(2023, 4, 25)
    assert parse_date_literal("Thursday, 3rd December, 2020") == date(2020, 12, 3)
    assert parse_date_literal("15th May", date(2023, 6, 1)) == date(2024, 5, 15)
    assert parse_date_literal("15th May") is None


def test_find_named_meetings() -> None:
    text = (
        "The report would be submitted to the Council at its meeting on 16 December 2010. "
        "There will be an item at the next meeting, which will be held on Tuesday 27th June."
    )
    named, nxt = find_named_meetings(text, date(2010, 11, 29))
    assert named["council"] == date(2010, 12, 16)
    assert nxt == date(2011, 6, 27)


def test_a_meeting_named_by_its_month() -> None:
    ref = date(2024, 9, 4)
    assert resolve_due("its December meeting", ref, next_meeting=date(2024, 12, 4)) == date(
        2024, 12, 4
    )
    assert resolve_due("the January meeting", ref, next_meeting=date(2024, 12, 4)) == date(
        2025, 1, 31
    )
    assert resolve_due("the July meeting", ref) == date(2025, 7, 31)
    assert resolve_due("the July meeting", None) is None


def test_on_a_season_is_a_subject_not_a_date() -> None:
    assert [p.text for p in find_due_phrases("a report on winter pressures by 3 May")] == [
        "by 3 May"
    ]


def test_a_next_meeting_with_words_between_or_with_its_date() -> None:
    ref = date(2025, 2, 11)
    nxt = date(2025, 3, 11)
    assert resolve_due("the next Board meeting", ref, next_meeting=nxt) == nxt
    assert resolve_due("our next monthly meeting", ref, next_meeting=nxt) == nxt
    # The date written with it wins over the next meeting found elsewhere.
    assert resolve_due("our next monthly meeting on 3 March", ref, next_meeting=nxt) == date(
        2025, 3, 3
    )
    # A month with the body's name between it and "meeting".
    assert resolve_due("the July Parish Council Meeting", date(2017, 6, 1)) == date(2017, 7, 31)
    assert resolve_due(
        "the July Parish Council Meeting", date(2017, 6, 1), next_meeting=date(2017, 7, 6)
    ) == date(2017, 7, 6)
