"""Commitments in prose, round 2: kinds of sentence missed on minutes nobody here had seen
(names in markup, bodies the minutes name, requests to a committee, instructions in
notes, resolutions in the subjunctive), each on a short Riverside passage with the exact
tasks and owners, and what must be left alone."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict

_HEAD = (
    "Riverside Friends of the Park\n"
    "Minutes of the meeting held on 3 March 2026\n\n"
    "Present: Molly Shaw, Ann Tate, Bill Ward, Lisa Park, Priya Das\n\n"
)


def _actions(body: str) -> list[tuple[str | None, str]]:
    return [(a.owner, a.text) for a in parse_strict(_HEAD + body).actions]


def _spans(body: str) -> list[str]:
    text = _HEAD + body
    return [" ".join(text[a.start : a.end].split()) for a in parse_strict(text).actions]


def test_names_in_markup_open_a_sentence_of_their_own() -> None:
    body = (
        "1. Lodge\n\n"
        "Progress on the roof. `Molly`_ will take the lead on the quotes. The gutters "
        "were cleared. [Ann](/people/ann) will ask the glazier for a date.\n\n"
        ".. _Molly: /people/molly/\n"
    )
    assert _actions(body) == [
        ("Molly", "Take the lead on the quotes."),
        ("Ann", "Ask the glazier for a date."),
    ]
    assert _spans(body)[0] == "`Molly`_ will take the lead on the quotes."


def test_a_name_the_minutes_give_a_committee_owns_a_task_alone() -> None:
    body = (
        "1. Lodge\n\n"
        "The Lodge House committee also met in February.\n\n"
        "The grant round opens in June. Lodge House to come up with a list of projects and "
        "their costs.\n"
        "Lodge Lane was resurfaced in May.\n"
    )
    assert _actions(body) == [
        ("Lodge House", "Come up with a list of projects and their costs."),
    ]


def test_a_request_that_a_committee_consider_something() -> None:
    body = (
        "1. Finance\n\n"
        "Request that the Finance committee consider whether the loan should be repaid "
        "early.\n"
        "Request that Events Team advise on the fair's budget.\n"
        "The Chair noted that the Finance committee had met twice.\n"
    )
    assert _actions(body) == [
        ("the Finance committee", "Consider whether the loan should be repaid early."),
        ("Events Team", "Advise on the fair's budget."),
    ]


def test_an_instruction_on_a_bullet_is_an_action_with_no_owner() -> None:
    """Under a numbered section headed "AGENDA n: title" too (an item, not an agenda); a
    bullet saying when or by whom something runs is no instruction."""
    body = (
        "## AGENDA II: Events\n"
        "- **Fairs**\n"
        "  - Spring fair\n"
        "    - Send the fair's details to the newsletter editor so it can be advertised\n"
        "    - Run after the plant sale\n"
        "    - Run by Lisa and Priya\n"
        "    - Email: fair@riverside.example\n"
        "    - Draft Agenda at the usual page\n"
        "    - Send slide with the opening times for the screens\n"
    )
    assert _actions(body) == [
        (None, "Send the fair's details to the newsletter editor so it can be advertised"),
        (None, "Send slide with the opening times for the screens"),
    ]


def test_a_resolution_point_in_the_subjunctive() -> None:
    body = (
        "4. Play area\n"
        "RESOLVED Kompan will be approached about the slide as it may be under guarantee; "
        "the Clerk to ask the fitter not to move it for now;\n"
        "Declan be asked to go ahead with the repair to the swings;\n"
        "the new bark be published in the newsletter;\n"
        "the Clerk be instructed to order the gate latch.\n"
    )
    assert _actions(body) == [
        (None, "Approach Kompan about the slide as it may be under guarantee"),
        ("the Clerk", "Ask the fitter not to move it for now"),
        (None, "Ask Declan to go ahead with the repair to the swings"),
        ("the Clerk", "Order the gate latch."),
    ]
