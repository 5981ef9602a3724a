"""Future and intention are never done, and a blanket report closes only what reads as a task
(`core.reconcile.intent`). Sentences of our own, of Millbrook Parish Council and its
neighbours (a residents' association, a student society, an NHS board, an IRC log)."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_tui.core.reconcile import OpenAction, reconcile
from clerk_tui.core.reconcile.intent import still_to_come, task_like

MAY = date(2024, 5, 14)


def _kinds(minutes: str, actions: list[OpenAction]) -> dict[int, str]:
    return {p.action_id: p.kind for p in reconcile(minutes, actions, date(2024, 6, 11))}


@pytest.mark.parametrize(
    ("action", "minutes"),
    [
        (
            "Send reminders to allotment holders about unpaid rent",
            "Allotments\nThe Clerk has prepared reminders to allotment holders about unpaid rent;"
            " these will be sent shortly.",
        ),
        (
            "Send reminders to allotment holders about unpaid rent",
            "Actions from the last meeting\n- [x] Clerk to send reminders to allotment holders"
            " about unpaid rent - reminders will be sent next week",
        ),
        (
            "Circulate the draft budget to all members",
            "| Action | Owner | Status |\n|---|---|---|\n"
            "| Circulate the draft budget to all members | Treasurer | Done - it will be"
            " circulated after the audit |\n",
        ),
        (
            "Book the Scout hut for the summer fair",
            "Summer fair\nThe secretary has phoned the Scout hut and is going to book it for"
            " the summer fair. Completed.",
        ),
        (
            "Write to the County Council about the Mill Lane potholes",
            "Matters arising\nMill Lane potholes: the Clerk has drafted a letter to the County"
            " Council, which is to be sent on Monday. Action complete.",
        ),
        (
            "Publish the society's constitution on the website",
            "Review of actions\nConstitution on the website - done; the final version will go"
            " out with the newsletter",
        ),
        (
            "Order two grit bins for Church Street",
            "Church Street grit bins: quotes obtained; Cllr Tate plans to order both bins in"
            " July. Closed.",
        ),
        (
            "Repair the bus shelter on the Green",
            "| Action | Owner | Status | Notes |\n|---|---|---|---|\n| Repair the bus shelter on"
            " the Green | Clerk | Complete | the contractor intends to repair it in August |\n",
        ),
    ],
)
def test_the_actions_own_work_still_to_come_is_no_done(action: str, minutes: str) -> None:
    assert _kinds(minutes, [OpenAction(1, action, "Clerk", MAY)]) == {1: "update"}


@pytest.mark.parametrize(
    ("action", "minutes"),
    [
        # the action read out again in its own future wording, then its status
        (
            "Post the agenda on the noticeboard",
            "Actions from the last meeting\n3. Completed: Ben will post the agenda on the"
            " noticeboard",
        ),
        # another verb in the future: the action's own work is done
        (
            "Write to the County Council about the Mill Lane potholes",
            "Mill Lane potholes: the Clerk has written to the County Council. Highways will"
            " inspect the road in July.",
        ),
        (
            "Confirm with the association whether rent reminders go out",
            "Actions from the last meeting\nCllr Patel confirmed with the association that"
            " rent reminders will go out.",
        ),
    ],
)
def test_the_future_of_other_work_leaves_the_done(action: str, minutes: str) -> None:
    actions = [OpenAction(1, action, "Cllr Patel", MAY)]
    assert _kinds(minutes, actions) == {1: "done"}


@pytest.mark.parametrize(
    ("passage", "action", "said"),
    [
        ("Reminders will be sent.", "Send reminders", "will be sent"),
        ("the hall is to be booked", "Book the hall", "is to be booked"),
        ("Dr Khan is yet to contact the ICB", "Contact the ICB", "yet to contact"),
        ("<mira> i'll email the list tonight", "Send the minutes to the list", "'ll email"),
        ("Completed: Jo will send the minutes to the list", "Send the minutes to the list", None),
        ("<mira> i'll send the minutes tonight", "Send the minutes to the list", "'ll send"),
        ("the fence will be mended in May", "Repair the fence", "will be mended"),
        ("the newsletter will go out on Friday", "Circulate the newsletter", "will go"),
        ("the bench was repaired and will be painted", "Repair the bench", None),
    ],
)
def test_still_to_come_reads_the_actions_verb_and_its_near_synonyms(
    passage: str, action: str, said: str | None
) -> None:
    assert still_to_come(passage, action) == said


@pytest.mark.parametrize(
    ("action", "owner", "ref", "task"),
    [
        ("Book the hall for the AGM", "Clerk", None, True),
        ("Renew the insurance", None, "4.2", True),
        ("Renew the insurance", None, None, False),  # no one to do it, no log row
        ("The summer fete was declared a success", "Cllr Tate", None, False),
        ("Chased the County again on 3 May", "Clerk", None, False),
    ],
)
def test_what_reads_as_a_task(action: str, owner: str | None, ref: str | None, task: bool) -> None:
    assert task_like(OpenAction(1, action, owner, MAY, ref)) is task


def test_a_blanket_report_closes_no_past_event_and_no_action_another_clause_puts_off() -> None:
    actions = [
        OpenAction(1, "The summer fete was declared a success", "Cllr Tate", MAY),
        OpenAction(2, "Repair the gate at the playing field", "Cllr Jones", MAY),
        OpenAction(3, "Book the hall for the AGM", "Clerk", MAY),
    ]
    minutes = "Matters arising\nThe gate will be fixed in July; all other actions are complete.\n"
    assert _kinds(minutes, actions) == {3: "done"}


@pytest.mark.parametrize(
    "entry",
    [
        "3. Draft safeguarding policy – circulated ✓",
        "3. Draft safeguarding policy: circulated ✅",
        "- Draft safeguarding policy circulated 2 May ✔",
        "- Draft safeguarding policy to trustees – done ✓",
        "- Secretary: the safeguarding policy draft has been circulated ☑",
    ],
)
def test_a_tick_after_what_was_done_says_it_again(entry: str) -> None:
    action = OpenAction(1, "Circulate the draft safeguarding policy to trustees", "Secretary", MAY)
    assert _kinds(f"Actions from the last meeting\n{entry}\n", [action]) == {1: "done"}


def test_a_tick_after_work_still_to_come_is_no_done() -> None:
    action = OpenAction(1, "Circulate the draft safeguarding policy to trustees", "Secretary", MAY)
    minutes = "Actions from the last meeting\n- Safeguarding policy – to be circulated in July ✓\n"
    assert _kinds(minutes, [action]) == {1: "update"}
