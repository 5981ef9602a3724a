"""Action logs, round 11 (`core.reconcile.cues.read_status`, `core.reconcile.tables`): a status
cell giving the action's own work in the past participle ("Repaired", "Letters sent 20/10"),
a wiki's doubled pipes, a log keyed by minute number in its reference column, and initials
in the owner column for an owner named by surname. Logs of our own, of the Riverside
allotments committee."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_tui.core.reconcile import OpenAction, reconcile
from clerk_tui.core.reconcile.cues import read_status

ACTIONS = [
    OpenAction(1, "Repair the water trough on plot 7", "Tom", date(2024, 10, 8), minute="24/51"),
    OpenAction(2, "Write to tenants about overgrown plots", "Priya", date(2024, 10, 8)),
    OpenAction(3, "Arrange a working party for the orchard", "Ann", date(2024, 10, 8)),
    OpenAction(4, "Install a bench by the pond", "Cllr Hale", date(2024, 10, 8), minute="24/54"),
]


def _kinds(minutes: str) -> list[tuple[int, str]]:
    return [(p.action_id, p.kind) for p in reconcile(minutes, ACTIONS, date(2024, 11, 12))]


_LOG = """4. Action log
| Action | Owner | Status |
|---|---|---|
| Repair the water trough on plot 7 | Tom | {0} |
| Write to tenants about overgrown plots | Priya | {1} |
| Arrange a working party for the orchard | Ann | {2} |
"""


def test_a_status_in_the_participle_of_the_actions_own_work_reports_it_done() -> None:
    log = _LOG.format("Repaired", "Letters sent 20/10", "Held 2 November")
    assert _kinds(log) == [(1, "done"), (2, "done"), (3, "done")]


def test_a_participle_with_doubt_or_of_other_work_leaves_the_action_open() -> None:
    log = _LOG.format("Not repaired", "Drafted, to be sent", "Volunteers contacted")
    assert _kinds(log) == [(1, "update"), (2, "update"), (3, "update")]


@pytest.mark.parametrize(
    ("status", "action", "kind"),
    [
        ("Circulated 1 Nov", "Circulate the draft budget", "done"),
        ("Emailed", "Contact the drainage board", "done"),
        ("Quotes received", "Obtain quotes for new fencing", "done"),
        ("Booked for 4 December", "Book the hall for the AGM", "done"),
        ("Ordered", "Install a bench by the pond", "update"),  # a step towards it
        ("Monitored", "Monitor the water meter", "update"),  # a task that goes on
        ("Chased 3 Nov", "Chase the water company for a reply", "update"),
        ("Started", "Start the plot survey", "update"),
        ("Sent", "Obtain quotes for new fencing", "update"),  # a request, not the quotes
        ("Agreed that it can wait", "Book the hall for the AGM", "update"),
    ],
)
def test_which_participles_finish_which_actions(status: str, action: str, kind: str) -> None:
    reading = read_status(status, "", action)
    assert reading is not None and reading.kind == kind


def test_a_wiki_table_with_doubled_pipes_is_read_as_an_action_log() -> None:
    log = (
        "== Actions ==\n"
        "|| Action || Owner || Status ||\n"
        "|| Repair the water trough on plot 7 || Tom || Done ||\n"
        "|| Write to tenants about overgrown plots || Priya || In progress ||\n"
    )
    assert _kinds(log) == [(1, "done"), (2, "update")]


def test_a_creole_header_row_names_the_columns() -> None:
    log = (
        "|=Action |=Owner |=Status |\n"
        "| Repair the water trough on plot 7 | Tom | Complete |\n"
        "| Arrange a working party for the orchard | Ann | Not started |\n"
    )
    assert _kinds(log) == [(1, "done"), (3, "update")]


def test_a_reference_column_holding_minute_numbers_names_the_actions_of_those_minutes() -> None:
    log = (
        "| Ref | Action | By | Status |\n"
        "|---|---|---|---|\n"
        "| 24/51 | Trough | TG | Complete |\n"
        "| 24/54 | Pond bench | TH | Ordered |\n"
    )
    proposals = reconcile(log, ACTIONS, date(2024, 11, 12))
    assert [(p.action_id, p.kind) for p in proposals] == [(1, "done"), (4, "update")]
    # "TH" for "Cllr Hale" is not told apart: no change of owner beside the update


@pytest.mark.parametrize(
    ("mark", "kind"),
    [("✔️", "done"), ("☒", "done"), ("❌", "update"), ("⏳", "update"), ("☐", None)],
)
def test_checklist_marks_with_emoji_forms(mark: str, kind: str | None) -> None:
    minutes = f"Actions from the last meeting:\n{mark} Tom to repair the water trough on plot 7\n"
    assert _kinds(minutes) == ([(1, kind)] if kind else [])


NUMBERED = [
    OpenAction(1, "Repair the water trough on plot 7", "Tom", date(2024, 10, 8), ref="A12"),
    OpenAction(2, "Write to tenants about overgrown plots", "Priya", date(2024, 10, 8), ref="A14"),
]


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Action A14 complete.", [(2, "done")]),
        ("Action A12 - trough repaired by Tom on 3 November.", [(1, "done")]),
        ("AP A12: trough repaired, awaiting a new ballcock.", [(1, "update")]),
        ("Action A12 – the hedge was cut back by Tom.", []),
    ],
)
def test_a_note_after_an_action_number_reports_on_that_action(
    sentence: str, kinds: list[tuple[int, str]]
) -> None:
    minutes = f"4. Matters arising\n{sentence}\n"
    assert [
        (p.action_id, p.kind) for p in reconcile(minutes, NUMBERED, date(2024, 11, 12))
    ] == kinds


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Water trough on plot 7 repaired by Tom last week.", "done"),
        ("The water trough on plot 7 is repaired every spring.", None),
    ],
)
def test_a_note_restating_the_action_with_its_work_done(sentence: str, kind: str | None) -> None:
    found = [(p.action_id, p.kind) for p in reconcile(sentence, ACTIONS[:1], date(2024, 11, 12))]
    assert found == ([(1, kind)] if kind else [])


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Newsletter: the autumn newsletter went out to all plot holders on 1 November.", "done"),
        ("The autumn newsletter has gone out to plot holders.", "done"),
        ("The autumn newsletter has not gone out yet.", "update"),
        ("The autumn newsletter will go out next week.", None),
    ],
)
def test_a_thing_gone_out_was_sent_round(sentence: str, kind: str | None) -> None:
    actions = [OpenAction(1, "Circulate the autumn newsletter to plot holders", "Priya")]
    found = [(p.action_id, p.kind) for p in reconcile(sentence, actions)]
    assert found == ([(1, kind)] if kind else [])
