"""Structured reports on the last actions: a numbered review giving each entry's status first
("3. Completed: ..."), checklists grouped under headings that rule their status ("Abandoned
(funding not available):"), statuses after each restated action ("Status: Complete", "(done)",
"- no update"), and old actions restated as they were asked, which report nothing. Riverside
pairs in sample_minutes/cycle/ and small texts of our own."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_tui.core.parse import parse
from clerk_tui.core.reconcile import OpenAction, reconcile, repeated_actions
from tests.test_reconcile_pairs import CYCLE, open_actions, proposed

WHEN = date(2024, 6, 5)
ACTIONS = (
    "Write to the landowner about the footpath | Clerk",
    "Get quotes for the hedge cutting | Bill",
    "Update the website with the meeting dates | Ann",
    "Get the hall lease signed | Boris",
)


def _kinds(report: str, *texts: str) -> list[tuple[int, str]]:
    actions = [
        OpenAction(number, *text.split(" | "), date(2024, 5, 1))
        for number, text in enumerate(texts or ACTIONS, 1)
    ]
    return [(p.action_id, p.kind) for p in reconcile(report, actions, WHEN)]


def test_a_numbered_review_giving_each_entrys_status_first() -> None:
    """ "Completed:" is done, "Ongoing:" a note, an "Action:" repeated with a "Follow up:" under
    it still open with that next step as its note."""
    assert proposed("landtrust-2024-03-26.txt", "landtrust-2024-04-23.txt") == [
        (
            "Get the orchard lease signed by the landowner",
            "update",
            None,
            "Follow up: Owen to chase the landowner's solicitor",
        ),
        ("Order twelve fruit trees from the county nursery", "done", None, "Completed"),
        ("Prepare a cash flow forecast for the next two years", "update", None, "Ongoing"),
        ("Open a savings account for the maintenance reserve", "done", None, "Completed"),
        ("Write a welcome letter for new members", "done", None, "Completed"),
        (
            "Book the scout hut for the annual general meeting",
            "update",
            None,
            "Follow up: Delia to ask the scouts for a Saturday instead",
        ),
    ]


def test_checklists_under_headings_that_rule_their_status() -> None:
    """A tick under "Abandoned (funding not available):" drops the action; under "Still
    outstanding:", or with "carried forward" after it, it is no "done"."""
    assert proposed("playarea-2024-05-13.txt", "playarea-2024-07-08.txt") == [
        ("Tighten the bolts on the climbing frame", "done", None, "Done"),
        ("Order a replacement seat for the basket swing", "done", None, "Done"),
        ("Ask the district council for a second litter bin", "update", None, "Outstanding"),
        (
            "Get the new safety signs put up at both gates",
            "update",
            None,
            "Outstanding: carried forward",
        ),
        (
            "Apply for a lottery grant for a new roundabout",
            "dropped",
            None,
            "Dropped (funding not available)",
        ),
        (
            "Repaint the railings along the brook path",
            "dropped",
            None,
            "Dropped (funding not available)",
        ),
    ]


def test_a_status_after_each_action_restated_from_last_time() -> None:
    """ "Status: Complete" and "(done)" are done; "Status: awaiting ...", "no update" and
    "standing item" are notes; "Treasurer to get the insurance renewed" restated bare reports
    nothing, though the action's own words end in a completion."""
    assert proposed("bowls-2024-04-15.txt", "bowls-2024-05-13.txt") == [
        ("Buy a bag of moss killer for the north rink.", "done", None, "Complete"),
        (
            "Get the roof repair quote approved by the landlord.",
            "update",
            None,
            "awaiting the landlord's agent",
        ),
        ("Send the summer fixture list to the league secretary.", "done", None, "done"),
        ("Update the website with the new membership fees.", "update", None, "no update"),
        ("Write to the parish magazine about the open day.", "update", None, "standing item"),
    ]


def test_old_actions_restated_in_a_review_are_not_new_actions() -> None:
    text = (CYCLE / "bowls-2024-05-13.txt").read_text(encoding="utf-8")
    new = parse(text, meeting_date=date(2024, 5, 13)).actions
    repeated = repeated_actions(new, text, open_actions("bowls-2024-04-15.txt"))
    assert [a.text for n, a in enumerate(new) if n not in repeated] == []


@pytest.mark.parametrize(
    "line",
    [
        "Boris to get the hall lease signed",
        "Action: Boris to get the hall lease signed",
        "3. Action: Boris will get the hall lease signed",
        "- Boris to get the hall lease signed",
    ],
)
def test_an_action_restated_as_asked_reports_nothing(line: str) -> None:
    """The completion word is the action's own ("signed"): the task, not news of it."""
    assert _kinds(f"Actions from the last meeting\n\n{line}\n") == []


@pytest.mark.parametrize(
    "title",
    [
        "1. Ensure that all outstanding DPIAs are completed",
        "1. [Ensure that all outstanding DPIAs are completed](https://example.org/12)",
    ],
)
def test_a_review_heading_restating_the_title_word_for_word_reports_nothing(title: str) -> None:
    """'completed' is the task's own word, read out again as the heading of its review."""
    task = "Ensure that all outstanding DPIAs are completed"
    action = [OpenAction(1, task, None, date(2024, 5, 1))]

    def kinds(report: str) -> list[str]:
        return [p.kind for p in reconcile(f"Review of actions\n\n{report}\n", action, WHEN)]

    assert "done" not in kinds(f"{title}\n- Riverside status: returned.")
    assert kinds("All outstanding DPIAs are completed.") == ["done"]


@pytest.mark.parametrize(
    "report",
    [
        "Boris to get the hall lease signed (done)",
        "The hall lease has been signed by both parties.",
        "Boris to get the hall lease signed. Status: Complete",
    ],
)
def test_the_same_action_reported_done_is_done(report: str) -> None:
    assert _kinds(f"Actions from the last meeting\n\n{report}\n") == [(4, "done")]


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        ("Status: Complete", "done"),
        ("Status: still outstanding", "update"),
        ("(closed)", "done"),
        ("- no update", "update"),
        ("- standing item", "update"),
        ("- carried forward", "update"),
        ("[Cancelled]", "dropped"),
    ],
)
def test_a_status_after_the_restated_action(status: str, kind: str) -> None:
    report = f"## Open actions\n\n- Bill to get quotes for the hedge cutting {status}\n"
    assert _kinds(report) == [(2, kind)]


@pytest.mark.parametrize(
    ("heading", "box", "kind"),
    [
        ("Completed:", "[x]", "done"),
        ("### Done (from previous minutes)", "[X]", "done"),
        ("### Done (from previous minutes)", "[ ]", None),
        ("Still outstanding:", "[x]", "update"),
        ("Abandoned (funding not available):", "[x]", "dropped"),
        ("Dropped:", "[ ]", "dropped"),
        ("### Old", "[x]", "done"),
        ("### Old", "[ ]", None),
    ],
)
def test_a_checklist_items_status_under_its_heading(heading: str, box: str, kind: str) -> None:
    report = f"{heading}\n- {box} Bill to get quotes for the hedge cutting\n"
    assert _kinds(report) == ([(2, kind)] if kind else [])


def test_a_bullet_over_a_nested_checklist_rules_its_status_until_a_sibling() -> None:
    """ "* Abandoned (no grant this year)" over indented ticked items drops them; the next
    bullet at its level ("* Reported at this meeting") ends that list."""
    report = (
        "* Review of actions from last meeting:\n"
        "  * Finished before the meeting\n"
        "    - [x] Ann to update the website with the meeting dates\n"
        "  * Abandoned (no grant this year)\n"
        "    - [x] Bill to get quotes for the hedge cutting\n"
        "  * Reported at this meeting\n"
        "    - [x] Clerk to write to the landowner about the footpath\n"
    )
    assert sorted(_kinds(report)) == [(1, "done"), (2, "dropped"), (3, "done")]


def test_a_status_bullet_with_nothing_under_it_is_one_actions_status() -> None:
    report = (
        "- Bill to get quotes for the hedge cutting\n"
        "  - Dropped\n"
        "- [x] Clerk to write to the landowner about the footpath\n"
    )
    assert sorted(_kinds(report)) == [(1, "done"), (2, "dropped")]


def test_a_ticked_item_with_a_status_after_it_takes_that_status() -> None:
    report = "- [x] Ann to update the website with the meeting dates - carried forward\n"
    assert _kinds(report) == [(3, "update")]


def test_another_heading_ends_a_list_under_a_status_heading() -> None:
    report = (
        "Completed:\n"
        "- Clerk to write to the landowner about the footpath\n"
        "New actions:\n"
        "- Bill to get quotes for the hedge cutting\n"
        "### Old\n"
        "- Ann to update the website with the meeting dates\n"
    )
    assert _kinds(report) == [(1, "done")]


def test_a_lists_numbering_is_not_the_old_actions_number() -> None:
    """Entry "2." of a review is not the store's action 2: the words decide."""
    report = (
        "Review of actions\n"
        "1. Completed: Ann to update the website with the meeting dates\n"
        "2. Completed: Clerk to write to the landowner about the footpath\n"
    )
    actions = [
        OpenAction(2, "Get quotes for writing the footpath leaflet", "Bill"),
        OpenAction(3, "Write to the landowner about the footpath", "Clerk"),
    ]
    assert [(p.action_id, p.kind) for p in reconcile(report, actions, WHEN)] == [(3, "done")]


def test_an_update_column_without_a_status_is_read_as_a_note() -> None:
    report = (
        "## Actions from the last meeting\n\n"
        "| Action | Who | Update |\n|---|---|---|\n"
        "| Write to the landowner about the footpath | Clerk | Letter sent 3 May; no reply yet |\n"
        "| Get quotes for the hedge cutting | Bill | Three quotes received |\n"
        "| Update the website with the meeting dates | Ann | Standing item |\n"
    )
    assert _kinds(report) == [(1, "update"), (2, "done"), (3, "update")]


def test_the_latest_status_column_of_a_running_log_rules() -> None:
    report = (
        "| No | Action | Owner | Status May | Status June 2024 |\n|---|---|---|---|---|\n"
        "| 1 | Write to the landowner about the footpath | Clerk | Open | Closed |\n"
        "| 2 | Get quotes for the hedge cutting | Bill | Open | Open - one quote so far |\n"
        "| 3 | Update the website with the meeting dates | Ann | Done | Reopened, in progress |\n"
    )
    assert _kinds(report) == [(1, "done"), (2, "update"), (3, "update")]


def test_a_rag_rating_of_on_track_leaves_the_progress_note_to_say_done() -> None:
    report = (
        "Action\tOwner\tRAG\tProgress\n"
        "Write to the landowner about the footpath\tClerk\tGreen\tComplete\n"
        "Get quotes for the hedge cutting\tBill\tGreen\tOn track\n"
        "Update the website with the meeting dates\tAnn\tRed\tComplete apart from June\n"
    )
    assert _kinds(report) == [(1, "done"), (2, "update"), (3, "update")]


@pytest.mark.parametrize(
    ("status", "note", "kind"),
    [
        ("Done?", "", "update"),
        ("Done", "except the third firm", "update"),
        ("Complete", "apart from the June dates", "update"),
        ("Done", "but the invoice is still to come", "update"),
        ("Done", "three quotes in, the cheapest accepted", "done"),
    ],
)
def test_a_done_status_with_strings_attached_is_a_note(status: str, note: str, kind: str) -> None:
    report = (
        "| Action | Owner | Status | Notes |\n|---|---|---|---|\n"
        f"| Get quotes for the hedge cutting | Bill | {status} | {note} |\n"
    )
    assert _kinds(report) == [(2, kind)]


def test_a_review_restates_the_task_without_its_remark_in_brackets_or_its_deadline() -> None:
    """ "Review quotes by Friday" is restated "Bill: Review hedge quotes"; an action's remark
    in brackets is not restated either. A word put in another's place still tells two
    actions apart ("church hall" is not "village hall")."""
    report = (
        "## Actions from last meeting\n\n"
        "- Ann: Update the parish website with meeting dates\n  - Status: Complete\n"
        "- Bill: Review hedge quotes\n  - Status: Complete (thanks to Bill)\n"
        "- Clerk: Book the church hall for the fair\n  - Status: Complete\n"
    )
    assert _kinds(
        report,
        "Update website with the meeting dates (per the Chair's request) | Ann",
        "Review quotes by Friday | Bill",
        "Book the village hall for the fair (before May) | Clerk",
    ) == [(1, "done"), (2, "done")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- ~~Ann: update the website with the meeting dates~~", [(3, "done")]),
        ("* ~~Update the website with the meeting dates~~ (Ann)", [(3, "done")]),
        ("- ~~Ann: update the website with the meeting dates~~ not needed now", [(3, "dropped")]),
        ("- Ann: update the website with the meeting dates ✅", [(3, "done")]),
        ("- Ann to update the website with the meeting dates -> done", [(3, "done")]),
        ("- Ann to update the website with the meeting dates => still to do", [(3, "update")]),
        ("- Ann: update the website with the meeting dates", []),
        ("- ~~the old website~~ the new website has the meeting dates", []),
    ],
)
def test_an_action_struck_through_ticked_or_arrowed_to_its_status(
    line: str, expected: list[tuple[int, str]]
) -> None:
    """Markdown minutes strike an old action through when done, or end it with a tick or an
    arrow to its status; restated bare, it reports nothing."""
    assert _kinds(f"## Actions from last time\n{line}\n") == expected
