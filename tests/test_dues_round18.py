"""Due dates as minutes write them on an action's own line (issue 11, round 18): each kind of
phrase found in the action's sentence and resolved against the meeting (Monday 10 March
2025), and near misses that are no due. Invented sentences, a fictional council."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_tui.core.dates import find_due, resolve_due
from clerk_tui.core.parse import parse

MEETING = date(2025, 3, 10)
NEXT = date(2025, 4, 14)


def due(sentence: str) -> tuple[str | None, date | None]:
    phrase = find_due(sentence)
    if phrase is None:
        return None, None
    return phrase.text, resolve_due(phrase.text, MEETING, next_meeting=NEXT)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a day and month in figures, day first, after a deadline word
        ("Jo to send the figures by 5/6.", ("by 5/6", date(2025, 6, 5))),
        ("Treasurer to bank the cheques before 2/4.", ("before 2/4", date(2025, 4, 2))),
        # a day of the month with no "the", or after its weekday
        ("Ben to sort the signage (by 14th).", ("by 14th", date(2025, 3, 14))),
        ("Clerk to post the notice by Friday 21st.", ("by Friday 21st", date(2025, 3, 21))),
        (
            "Rob will chase the printer no later than Tuesday, 1st",
            ("no later than Tuesday, 1st", date(2025, 4, 1)),
        ),
        # the end of a month or quarter, "of" left out or no word before it
        ("Kim to circulate the draft by end March.", ("by end March", date(2025, 3, 31))),
        ("Treasurer to finalise the budget by end of Q2.", ("by end of Q2", date(2025, 9, 30))),
        ("Ann to finalise the budget end of Q2.", ("end of Q2", date(2025, 9, 30))),
        ("Sue to book the hall w/c 12 May.", ("w/c 12 May", date(2025, 5, 12))),
        # an event the minutes name, after a deadline word: kept as written, undated
        ("Clerk to write to the owner, to be done before the fair.", ("before the fair", None)),
        ("Ed to paint the fence by the summer fete.", ("by the summer fete", None)),
        ("Vera to order bunting in time for Sports Day.", ("in time for Sports Day", None)),
        (
            "Committee to agree the rota before the Christmas market opening.",
            ("before the Christmas market opening", None),
        ),
        ("Coach to return the bibs at the end of the season.", ("at the end of the season", None)),
        # a weekday after "on", written with a capital
        ("Ken will bring the urn to the fete on Saturday.", ("on Saturday", date(2025, 3, 15))),
        # "till" as "until"; "to the next meeting"
        ("Clerk to keep the post open till the next meeting.", ("till the next meeting", NEXT)),
        ("Clerk to look into it and report back to the next meeting.", ("the next meeting", NEXT)),
        # a season's end with no word before it; a month's agenda after "to"
        ("Jen will get the survey started end of Spring", ("end of Spring", date(2025, 5, 31))),
        (
            "The Clerk agreed to add it to the April agenda.",
            ("the April agenda", NEXT),
        ),
        # for the time being
        ("Robin will keep the keys in the interim.", ("in the interim", None)),
        ("In the meantime the vice-chair to sign cheques.", ("In the meantime", None)),
    ],
)
def test_due_phrase_kinds(sentence: str, expected: tuple[str | None, date | None]) -> None:
    assert due(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The costs will be paid for by the fete.",
        "The bar is run by the festival committee.",
        "Funds were raised by the summer show committee.",
        "The accounts to the end of March were approved.",
        "The team scored 5/6 in the quiz.",
        "The hall is used on Monday evenings.",
        "Ann will run the tombola at the fete.",
        "Members thanked everyone for the fete.",
        "The park is open by day.",
        "He was elected for a term of three years.",
        "The clerk will add it to the agenda.",
        "A short plan to be brought to a future meeting.",
        "The Chair will raise it at the parish meeting on Thursday.",
        "Ann to report to the Planning Committee.",
        "The accounts cover the period to the end of the summer.",
        # a date or meeting that dates a thing done
        "Clerk to act on the advice given at the Harbour Board meeting.",
        "Treasurer to chase the invoice sent on 3 February.",
    ],
)
def test_no_due_in_near_misses(sentence: str) -> None:
    assert find_due(sentence) is None


def test_a_participle_to_come_keeps_its_due() -> None:
    assert due("Clerk to get the hedge cut on 3 April.") == ("on 3 April", date(2025, 4, 3))
    assert due("The plan is to be agreed at the April meeting.")[0] == "the April meeting"


def test_the_next_meeting_of_another_body_does_not_date_ours() -> None:
    text = (
        "Mossley Parish Council\nMinutes of the meeting held on 10 March 2025\n\n"
        "1. Flooding\nCllr Tate said the next meeting for the Flood Forum will be on 2 May.\n"
        "Clerk to write to the Forum and report back to the next meeting.\n\n"
        "2. Date of next meeting\nThe next meeting will be on Monday 14 April 2025.\n"
    )
    (action,) = parse(text).actions
    assert (action.owner, action.due_text, action.due) == (
        "Clerk",
        "the next meeting",
        date(2025, 4, 14),
    )
