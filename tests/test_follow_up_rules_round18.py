"""Follow-up rules, round 18, on made-up Ashcombe Parish Council minutes: the minutes' own
title marked as a draft until a later meeting approves it, and a meeting dated the day of
these minutes (this meeting), are no follow-ups."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict

_HEAD = (
    "Ashcombe Parish Council: minutes of the meeting held on 3 March 2026\n\n"
    "1. Village green\nThe council discussed the mowing.\n\n"
)


def _follow_ups(text: str) -> list[str]:
    return [
        f.text for f in parse_strict(_HEAD + text + "\n\n9. Close\nClosed at 9pm.\n").follow_ups
    ]


@pytest.mark.parametrize(
    "title",
    [
        "ASHCOMBE PARISH COUNCIL Draft (until approved at the next meeting) Minutes of the"
        " Ordinary Meeting held on Tuesday 3 March 2026",
        "Ashcombe Parish Council (to be confirmed at the next meeting) Minutes of the meeting"
        " held on 3 March 2026",
        "DRAFT (pending approval at the April meeting) Minutes of Ashcombe Parish Council,"
        " 3 March 2026",
    ],
)
def test_the_minutes_title_awaiting_approval(title: str) -> None:
    text = f"{title}\n\n1. Apologies\nNone.\n"
    assert [f.text for f in parse_strict(text).follow_ups] == []


def test_a_paper_awaiting_approval_is_still_one() -> None:
    line = "The draft policy (to be approved at the next meeting) was circulated."
    assert _follow_ups(f"4. Policy\n{line}") == [line]


@pytest.mark.parametrize(
    ("line", "later"),
    [
        ("Footpaths Group report to the Parish Council meeting on 3 March 2026", False),
        ("Footpaths Group report to the Parish Council meeting on 7 April 2026", True),
        ("The footpaths report will be presented at the council meeting on 7 April 2026.", True),
    ],
)
def test_a_meeting_dated_the_day_of_these_minutes_is_this_one(line: str, later: bool) -> None:
    assert _follow_ups(f"4. Reports\n{line}") == ([line] if later else [])


@pytest.mark.parametrize(
    "line",
    [
        "Jo Bell offered to take over as Chair. AGM to confirm.",
        "Jo Bell offered to take over as Chair; the AGM to ratify.",
        "The new tree policy was drafted. Full council to approve.",
        "The clerk's hours were discussed; next meeting to decide.",
        "Jo Bell offered to take over as Chair. To be confirmed at the AGM.",
    ],
)
def test_a_later_meeting_to_settle_it_with_what_it_settles(line: str) -> None:
    assert _follow_ups(f"4. Chair\n{line}") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "The AGM to confirm the officers was held in May.",
        "Jo Bell was re-elected at the AGM to serve a further year.",
        "The clerk will circulate the accounts before the next meeting to approve them.",
    ],
)
def test_no_later_meeting_to_settle_it(line: str) -> None:
    assert _follow_ups(f"4. Chair\n{line}") == []


@pytest.mark.parametrize(
    ("line", "when"),
    [
        (
            "For the September meeting: a review of the grass cutting contract.",
            "the September meeting",
        ),
        ("September meeting: review of the grass cutting contract.", "the September meeting"),
        ("October meeting - quotes for the gate.", "the October meeting"),
        ("Next agenda: bus shelter.", "the next meeting"),
        ("Car park - next meeting.", "the next meeting"),
        ("Bus shelter: next agenda", "the next meeting"),
        ("Gate repairs - October meeting", "the October meeting"),
    ],
)
def test_a_topic_noted_for_a_later_meeting(line: str, when: str) -> None:
    text = _HEAD + f"4. Notes\n{line}\n\n9. Close\nClosed at 9pm.\n"
    assert [(f.text, f.when) for f in parse_strict(text).follow_ups] == [(line, when)]


@pytest.mark.parametrize(
    "line",
    [
        # the month of these minutes: their own agenda
        "For the March meeting: a review of the grass cutting contract.",
        "Gate repairs - March meeting",
        # the meeting's time, place or date
        "September meeting: 7pm in the hall.",
        "Venue - next meeting.",
        "Next agenda: none.",
    ],
)
def test_no_topic_noted_for_a_later_meeting(line: str) -> None:
    assert _follow_ups(f"4. Notes\n{line}") == []


@pytest.mark.parametrize(
    ("line", "coming"),
    [
        ("AP to contact the league and provide an update to the Management Committee.", True),
        ("The clerk to speak to the contractor and give an update to the Finance Committee.", True),
        ("Cllr Dean will visit the site and bring an update to the Council.", True),
        ("AP met the league and gave an update to the Management Committee.", False),
        ("AP went to the league and provided an update to the Management Committee.", False),
    ],
)
def test_an_update_to_a_body_after_a_task(line: str, coming: bool) -> None:
    assert _follow_ups(f"4. Kit\n{line}") == ([line] if coming else [])


def test_agenda_entries_marked_as_put_off() -> None:
    agenda = (
        "Agenda:\n1) Bins\n2) Car park (postponed)\n3) Hall roof (deferred)\n4) Speeding (added)\n"
        "5) Footpaths (carried forward)\n6) Hedges (completed)\n\n1) Bins\nNothing to report.\n"
    )
    assert [f.text for f in parse_strict(_HEAD + agenda).follow_ups] == [
        "2) Car park (postponed)",
        "3) Hall roof (deferred)",
        "5) Footpaths (carried forward)",
    ]


def test_an_item_marked_as_put_off() -> None:
    assert _follow_ups("7. Car park (deferred)\nNo report this month.") == ["Car park (deferred)"]


@pytest.mark.parametrize(
    ("line", "coming"),
    [
        ("Bob will look at what is possible for the car park and report back.", True),
        ("Sam is researching a new fridge and will come back with a quote.", True),
        ("The clerk to ask the county and feed back.", True),
        ("Bob will check back with the county.", False),
        ("Bob reported back on the car park survey.", False),
        ("Bob came back with a quote last month.", False),
    ],
)
def test_a_report_back_after_a_task(line: str, coming: bool) -> None:
    assert _follow_ups(f"4. Car park\n{line}") == ([line] if coming else [])
