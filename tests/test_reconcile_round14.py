"""Matters arising on real-style pairs, round 14: an action to put a matter on the agenda is
done when this meeting's agenda lists it, as a Markdown heading or a line of the agenda list
(not the next meeting's agenda, and not carried forward by that line); notes kept on a code
host key each entry by its issue number ("* Cookie banner [#9](...)"), as minutes key theirs
by minute number; and a change request an action was to open or review, reported ready to
merge or merged, is done."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from clerk_tui.core.reconcile import DONE, UPDATE, OpenAction, reconcile
from clerk_tui.core.reconcile.cues import change_landed
from clerk_tui.core.reconcile.places import issue_above, place_of
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


NOTES = (
    "* Rota page [#31](https://example.org/issues/31)\n"
    "  * The rota is out of date.\n"
    "ACTION: Ben to open a PR with the new rota.\n"
    "\n"
    "* Newsletter [#40](https://example.org/issues/40)\n"
    "ACTION: Cara to draft the summer newsletter.\n"
    "\n"
    "* Any other business\n"
    "ACTION: Ann to book the room.\n"
)


@pytest.mark.parametrize(
    ("task", "issue"),
    [("open a PR", "#31"), ("draft the summer", "#40"), ("book the room", None)],
)
def test_an_action_is_placed_under_the_issue_of_its_entry(task: str, issue: str | None) -> None:
    start = NOTES.index(task)
    assert issue_above(NOTES, start) == issue
    assert place_of(NOTES, start, start + len(task)).minute == issue


ISSUES = [
    OpenAction(1, "Open a PR with the new rota", "Ben", MAY, minute="#31"),
    OpenAction(2, "Draft the summer newsletter", "Cara", MAY, minute="#40"),
]


@pytest.mark.parametrize(
    ("minutes", "expected"),
    [
        # keyed by the issue number: the entry's own lines speak of its action
        (
            "* Rota page [#31](https://example.org/issues/31)\n  * PR is ready to merge\n",
            [(1, DONE)],
        ),
        ("* Newsletter #40\n  * No update\n", [(2, UPDATE)]),
        ("## Rota page #31\n\nThe PR was merged on Monday.\n", [(1, DONE)]),
        # another issue's entry, even under the same words
        ("* Rota printing [#35](https://example.org/issues/35)\n  * PR is ready to merge\n", []),
        # a new entry at the margin ends the issue's entry
        ("* Rota page #31\n  * discussed\n* Other business\n  * PR is ready to merge\n", []),
        # not yet: progress, never done
        ("* Rota page #31\n  * PR not yet merged, waiting for a review\n", [(1, UPDATE)]),
    ],
)
def test_notes_on_a_code_host_are_keyed_by_issue_number(
    minutes: str, expected: list[tuple[int, str]]
) -> None:
    assert _proposed(minutes, ISSUES) == expected


@pytest.mark.parametrize(
    ("clause", "action", "landed"),
    [
        ("PR is ready to merge", "Review PR before the next call", True),
        ("The pull request was merged", "Open a pull request for the rota page", True),
        ("PR #12 has been merged", "Submit a PR with the new wording", True),
        ("The PR was merged", "Email the hall about the heating", False),
        ("PR is not ready to merge", "Review PR before the next call", False),
        ("The PR should be merged next week", "Review PR before the next call", False),
        ("Needs a PR to merge all the docs", "Review PR before the next call", False),
        ("Sara to merge PR", "Review PR before the next call", False),
    ],
)
def test_a_change_request_ready_to_merge_or_merged_finishes_opening_or_reviewing_it(
    clause: str, action: str, landed: bool
) -> None:
    assert bool(change_landed(clause, action)) is landed


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


def test_webnotes_pair_end_to_end(clerk) -> None:
    """Notes kept on a code host, each entry keyed by its issue: the PR Ben was to open is ready
    to merge (done), the form review has no update and the cookie banner PR is not yet merged
    (progress notes, never done)."""
    for name in ("webnotes-2024-07-04.txt", "webnotes-2024-08-01.txt"):
        run = clerk("import", "--committee", "Website notes", str(CYCLE / name))
        assert run.code == 0, run.err
    meeting = max(m["id"] for m in _json(clerk, "meetings", "--json"))
    proposals = _json(clerk, "reconcile", str(meeting), "--json")
    assert [(p["action"], p["kind"]) for p in proposals] == [
        ("Open a PR with the larger plot map", "done"),
        ("Review the form wording with the hall secretary", "update"),
        ("Review PR before the next call", "update"),
    ]
    assert "names issue #14" in proposals[0]["reason"]


ENTRY_45 = "* Church Lane [#45](https://example.org/issues/45)\n"
DRAIN = [
    OpenAction(
        1, "Write to Highways about the drain on Church Lane", "The Clerk", MAY, minute="45/24"
    )
]


@pytest.mark.parametrize(
    ("minutes", "expected"),
    [
        ("Minute 45/24 – Highways will clear the drain on Church Lane in July.\n", [(1, UPDATE)]),
        # a question under the action's minute tells nothing of what became of it
        ("Minute 45/24 – who is responsible for the drain on Church Lane?\n", []),
        (
            f"{ENTRY_45}  * Q: who owns the drain on Church Lane?\n",
            [],
        ),
        (
            f"{ENTRY_45}  * Highways will clear the drain on Church Lane.\n",
            [(1, UPDATE)],
        ),
    ],
)
def test_a_question_under_the_actions_minute_is_no_progress_note(
    minutes: str, expected: list[tuple[int, str]]
) -> None:
    key = "#45" if "#45" in minutes else "45/24"
    assert _proposed(minutes, [replace(DRAIN[0], minute=key)]) == expected
