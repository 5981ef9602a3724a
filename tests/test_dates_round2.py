"""Due phrases real minutes write that gave no date or an odd one (issue 11, round 2): each
kind of phrase found in a sentence, then resolved against the meeting (Tuesday 10 June 2025)."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_tui.core.dates import find_due, resolve_due
from clerk_tui.core.parse import parse_strict

MEETING = date(2025, 6, 10)
NEXT = date(2025, 7, 8)


def due(sentence: str, next_meeting: date | None = NEXT) -> tuple[str | None, date | None]:
    phrase = find_due(sentence)
    if phrase is None:
        return None, None
    return phrase.text, resolve_due(phrase.text, MEETING, next_meeting=next_meeting)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the next meeting under another name, with or without "the"
        ("Ann to fix the sign before next plenum.", ("before next plenum", NEXT)),
        ("Ann to fix the sign before the next plenum.", ("before the next plenum", NEXT)),
        ("All to read the draft before the next call.", ("before the next call", NEXT)),
        ("Ann to report at the next Steering meeting.", ("at the next Steering meeting", NEXT)),
        ("Ann to report by the next meeting.", ("by the next meeting", NEXT)),
        # the next meeting's date in brackets after it
        (
            "Ann to report at the next quarterly meeting (8th September).",
            ("at the next quarterly meeting (8th September)", date(2025, 9, 8)),
        ),
        # a lead time before a date
        (
            "Ann to send the agenda ~1 week ahead of the next meeting.",
            ("~1 week ahead of the next meeting", date(2025, 7, 1)),
        ),
        ("Ann to book it 2 weeks before 3 July.", ("2 weeks before 3 July", date(2025, 6, 19))),
        # the season before the one named
        ("Ann to paint the shed before the winter.", ("before the winter", date(2025, 11, 30))),
        ("Ann to clear the beds before the summer.", ("before the summer", date(2025, 8, 31))),
        # this month, and the end of the month written without "the"
        ("Ann to paint the shed this month.", ("this month", date(2025, 6, 30))),
        ("Ann will order the parts later this month.", ("later this month", date(2025, 6, 30))),
        ("Ann to send the rota by end of month.", ("by end of month", date(2025, 6, 30))),
        (
            "Ann to send the rota at the end of the month.",
            ("at the end of the month", date(2025, 6, 30)),
        ),
        ("Ann to order the parts next month.", ("next month", date(2025, 7, 31))),
        # a day and month with no year: the meeting's year, or the next
        ("Ann to send the rota by June 26.", ("by June 26", date(2025, 6, 26))),
        ("Ann to send the rota by June 2.", ("by June 2", date(2026, 6, 2))),
        # a day of the month alone
        ("Ann to send the accounts before the 25th.", ("before the 25th", date(2025, 6, 25))),
        ("Ann to send the accounts by the 3rd.", ("by the 3rd", date(2025, 7, 3))),
        # roughly a week
        ("Ann to send the rota in a week or so.", ("in a week or so", date(2025, 6, 17))),
        # when, with no date: kept as written
        ("Ann to send the rota as soon as possible.", ("as soon as possible", None)),
        ("Ann eventually to add the map to the website.", ("eventually", None)),
        ("The council will complete the works shortly.", ("shortly", None)),
        ("Ann will circulate the notes in the coming weeks.", ("in the coming weeks", None)),
        ("Ann to look into it in the near future.", ("in the near future", None)),
        # a part of a month
        ("Ann to send the rota by mid-July.", ("by mid-July", date(2025, 7, 15))),
        ("Ann to send the rota by early July.", ("by early July", date(2025, 7, 10))),
        ("Ann to send the rota by late July.", ("by late July", date(2025, 7, 31))),
        (
            "Ann to send the rota by the middle of July.",
            ("by the middle of July", date(2025, 7, 15)),
        ),
        ("Ann to send the rota by the start of July.", ("by the start of July", date(2025, 7, 1))),
        ("Ann to send the rota by w/c 14 July.", ("by w/c 14 July", date(2025, 7, 14))),
        # a fortnight, the weekend, Easter, the AGM
        ("Ann to send the rota in a fortnight.", ("in a fortnight", date(2025, 6, 24))),
        (
            "Ann to send the rota within the next fortnight.",
            ("within the next fortnight", date(2025, 6, 24)),
        ),
        ("Ann to send the rota by the weekend.", ("by the weekend", date(2025, 6, 15))),
        ("Ann to book the hall before Easter.", ("before Easter", date(2026, 4, 5))),
        (
            "Ann to book the hall before the Easter holidays.",
            ("before the Easter holidays", date(2026, 4, 30)),
        ),
        ("Ann to print the accounts before the next AGM.", ("before the next AGM", None)),
        # a date beats a vague word in the same sentence
        ("Ann will shortly circulate the report by 5 July.", ("by 5 July", date(2025, 7, 5))),
    ],
)
def test_due_phrases(sentence: str, expected: tuple[str | None, date | None]) -> None:
    assert due(sentence) == expected


def test_the_next_meeting_unstated_keeps_the_phrase_without_a_date() -> None:
    assert due("Ann to fix the sign before next plenum.", None) == ("before next plenum", None)


def test_the_season_already_begun_is_its_end() -> None:
    # At a meeting in June, "before the summer" cannot be before it begins.
    assert due("Ann to clear the beds before the summer.") == (
        "before the summer",
        date(2025, 8, 31),
    )


def test_the_agm_the_minutes_date() -> None:
    text = (
        "Riverside Allotment Society\n\nMinutes of the committee meeting held on 10 June 2025\n\n"
        "1. AGM\nThe AGM will be held on 9 September 2025 in the pavilion.\n"
        "Bo to print the accounts ahead of the AGM.\n"
    )
    got = [(a.owner, a.due_text, a.due) for a in parse_strict(text).actions]
    assert got == [("Bo", "ahead of the AGM", date(2025, 9, 9))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The minutes of today's meeting were approved.",
        "Ann to ask whether the boards can be stored there over the winter.",
        "The report reviewed this month's figures.",
        "Ann came in the 2nd place at the show.",
        "Ann asked for the 3rd time.",
    ],
)
def test_no_due_phrase(sentence: str) -> None:
    assert due(sentence) == (None, None)


def test_in_a_parse_the_next_meeting_date_the_minutes_state() -> None:
    text = (
        "Riverside Makerspace – monthly plenum\nDate: Tuesday 10 June 2025\n\n## Workshop\n\n"
        "Ann to fix the sign before next plenum.\nBen to paint the shed before the winter.\n\n"
        "## Next plenum\n\nNext meeting: Tuesday 8 July 2025 at the workshop.\n"
    )
    got = [(a.owner, a.due_text, a.due) for a in parse_strict(text).actions]
    assert got == [
        ("Ann", "before next plenum", NEXT),
        ("Ben", "before the winter", date(2025, 11, 30)),
    ]


def test_the_next_meeting_named_with_its_kind_gives_its_date() -> None:
    text = (
        "Riverside Village Hall\n\nMinutes of the committee meeting held on 12 November 2025\n\n"
        "1. Chairs\nJM to order stacking chairs by the next meeting.\n\n2. Next meeting\n"
        "The next committee meeting will be on Wednesday 14 January 2026 at 7pm.\n"
    )
    got = [(a.owner, a.due_text, a.due) for a in parse_strict(text).actions]
    assert got == [("JM", "by the next meeting", date(2026, 1, 14))]
