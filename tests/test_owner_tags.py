"""An owner's field or tag closing a task, as trackers, telecon logs and templates write it:
"Assigned Tom Hale" or "Owner: Clerk" on a line of its own under the task, or ending the
task's line ("... Owner: Clerk", "-> Priya Shah", "=> Clerk", "@tom")."""

from __future__ import annotations

from tests.conftest import PARISH_HEAD, owned_actions


def test_an_owner_field_on_a_line_of_its_own_under_the_task() -> None:
    text = PARISH_HEAD + (
        "1. Bus shelter\n"
        "The glass was broken again. Get three quotes for the repairs.\n"
        "Assigned Tom Hale\n\n"
        "2. Verges\n"
        "The verge on Mill Lane is eroding. Write to the county about the verge.\n"
        "Assigned to: Clerk\n\n"
        "3. Hall\n"
        "Book the hall for the annual parish meeting.\n"
        "**Owner:** Priya Shah\n"
    )
    assert owned_actions(text) == [
        ("Tom Hale", "Get three quotes for the repairs"),
        ("Clerk", "Write to the county about the verge"),
        ("Priya Shah", "Book the hall for the annual parish meeting"),
    ]


def test_an_owner_tag_or_an_arrow_ending_the_tasks_line() -> None:
    text = PARISH_HEAD + (
        "1. Hall\n"
        "Order new chairs for the hall -> Tom Hale\n"
        "Replace the notice board lock => Clerk\n"
        "Check the defibrillator pads. Who: Priya Shah\n"
        "Renew the website domain @tom\n"
    )
    assert owned_actions(text) == [
        ("Tom Hale", "Order new chairs for the hall"),
        ("Clerk", "Replace the notice board lock"),
        ("Priya Shah", "Check the defibrillator pads"),
        ("@tom", "Renew the website domain"),
    ]


def test_tags_that_name_no_owner_of_a_task() -> None:
    text = PARISH_HEAD + (
        "1. Budget\n"
        "Owner: Clerk\n\n"
        "2. Precept\n"
        "Energy prices rose again -> Budget review\n"
        "Thanks were given for the new website @tom\n"
    )
    assert owned_actions(text) == []
