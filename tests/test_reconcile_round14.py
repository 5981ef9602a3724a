"""Matters arising on real-style pairs, round 14: an action to put a matter on the agenda is
done when this meeting's agenda lists it, as a Markdown heading or a line of the agenda list
(not the next meeting's agenda, and not carried forward by that line)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from clerk_tui.core.reconcile import DONE, OpenAction, reconcile
from clerk_tui.core.reconcile.sections import agenda_lines

CYCLE = Path(__file__).resolve().parents[1] / "sample_minutes" / "cycle"
MAY, JUNE = date(2024, 5, 9), date(2024, 6, 13)

AGENDA_ASKED = [
    OpenAction(1, "Add the tennis court resurfacing to the next agenda", "The Clerk", MAY),
    OpenAction(2, "Draft the privacy notice for the contact page", "Ann", MAY),
]


def _proposed(text: str, actions: list[OpenAction] = AGENDA_ASKED) -> list[tuple[int, str]]:
    return [(p.action_id, p.kind) for p in reconcile(text, actions, JUNE)]


@pytest.mark.parametrize(
    ("minutes", "expected"),
    [
        # a Markdown heading of this meeting's business
        ("# Leisure committee\n\n## Tennis court resurfacing\n\nTwo firms have quoted.\n", [DONE]),
        # a line of this meeting's agenda list
        ("Agenda\n+ Apologies\n+ Tennis court resurfacing\n+ Any other business\n", [DONE]),
        ("## Agenda\n\n- Minutes\n- Tennis court resurfacing quotes\n", [DONE]),
        # a numbered item, as before
        ("5. Tennis court resurfacing - two firms have quoted.\n", [DONE]),
        # the next meeting's agenda is still to come
        ("## Agenda for next meeting\n\n- Tennis court resurfacing\n", []),
        ("Next agenda\n+ Tennis court resurfacing\n", []),
        # a heading that shares one word only
        ("## Tennis club fixtures\n\nThe club sent its fixtures.\n", []),
    ],
)
def test_an_action_to_add_a_matter_to_the_agenda_is_done_when_this_agenda_lists_it(
    minutes: str, expected: list[str]
) -> None:
    assert [kind for action_id, kind in _proposed(minutes) if action_id == 1] == expected


def test_the_agenda_line_does_not_carry_the_agenda_action_forward() -> None:
    """The line repeats the matter closely enough to read as the action set again; for an
    action to put it on the agenda, it is the action done."""
    actions = [
        OpenAction(1, "Add to next meeting agenda to have Cara show the booking form", None, MAY)
    ]
    minutes = "## Agenda\n\n+ Cara to show the booking form\n+ Any other business\n"
    assert _proposed(minutes, actions) == [(1, DONE)]


def test_agenda_lines_are_this_meetings_agenda_only() -> None:
    text = "## Agenda\n\n+ Minutes\n+ Hall roof\n\n## Hall roof\n\nNext agenda\n+ Budget\n"
    assert [text[line.cstart : line.cend].lstrip("+ ") for line in agenda_lines(text)] == [
        "Minutes",
        "Hall roof",
    ]


def _json(clerk, *args: str) -> list[dict]:
    run = clerk(*args)
    assert run.code == 0, run.err
    return json.loads(run.out)


def test_webgroup_pair_end_to_end(clerk) -> None:
    """A working group's notes in Markdown: the walk-through asked for the next agenda is on
    it (done, though the item itself was put back a month); the privacy notice is half
    written (a progress note)."""
    for name in ("webgroup-2024-05-09.txt", "webgroup-2024-06-13.txt"):
        run = clerk("import", "--committee", "Website group", str(CYCLE / name))
        assert run.code == 0, run.err
    meeting = max(m["id"] for m in _json(clerk, "meetings", "--json"))
    proposals = _json(clerk, "reconcile", str(meeting), "--json")
    said = [(p["action"], p["kind"]) for p in proposals]
    assert said == [
        (
            "Add to next meeting agenda to have Cara walk the group through the hall booking form.",
            "done",
        ),
        ("Draft the privacy notice for the contact page.", "update"),
    ]
    assert "on this meeting's agenda" in proposals[0]["reason"]
