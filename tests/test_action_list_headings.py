"""Headings over a list of actions, in every heading syntax (a wiki's "== Actions ==",
Confluence's "h2.", AsciiDoc's "===", an underline) and in the words clerks and note tools
use ("Future actions", "Individual tasks", "Assignments", "Homework", "Who does what");
under them a bullet with no owner is still an action. A heading for the previous
meeting's actions heads none."""

from __future__ import annotations

import pytest

from tests.conftest import PARISH_HEAD, owned_actions

_ITEM = "1. Allotments\nThe waiting list was discussed.\n\n"
_LIST = (
    "- Tom Hale: get three quotes for the bus shelter\n"
    "- order a new litter bin for the green\n"
    "- ask the scouts to help with the litter pick\n"
)
_FOUND = [
    ("Tom Hale", "Get three quotes for the bus shelter"),
    (None, "Order a new litter bin for the green"),
    (None, "Ask the scouts to help with the litter pick"),
]


@pytest.mark.parametrize(
    "heading",
    [
        "== Actions ==",
        "=== Action items ===",
        "h2. Action items",
        "== Next steps",
        "Actions\n=======",
        "Action points\n-------------",
        "Future actions",
        "Further actions:",
        "Individual tasks",
        "Assignments",
        "Homework",
        "Who does what",
        "Actions required",
        "Actions and owners",
        "Proposed actions",
    ],
)
def test_a_heading_over_a_list_of_actions_in_any_syntax_and_wording(heading: str) -> None:
    assert owned_actions(PARISH_HEAD + _ITEM + heading + "\n" + _LIST) == _FOUND


@pytest.mark.parametrize(
    "heading", ["Review of actions", "Outstanding actions", "Previous actions"]
)
def test_the_previous_meetings_actions_head_no_new_owner_less_task(heading: str) -> None:
    got = owned_actions(PARISH_HEAD + _ITEM + heading + "\n" + _LIST)
    assert [t for o, t in got if o is None] == []


def test_a_bulleted_heading_at_the_margin_ends_at_the_next_bullet_there() -> None:
    text = PARISH_HEAD + (
        "● Future actions\n"
        "    ○ Order a new litter bin for the green\n"
        "● Close of meeting\n"
        "    ○ The meeting closed at 9.05pm\n"
    )
    assert owned_actions(text) == [(None, "Order a new litter bin for the green")]


def test_an_owner_in_bold_closed_by_a_full_stop_heads_the_entry() -> None:
    text = PARISH_HEAD + (
        "== Summary of actions\n\n"
        "* **Tom Hale.** Get three quotes for the bus shelter.\n"
        "* **Priya Shah.** Ask the scouts to help with the litter pick.\n"
    )
    assert owned_actions(text) == [
        ("Tom Hale", "Get three quotes for the bus shelter."),
        ("Priya Shah", "Ask the scouts to help with the litter pick."),
    ]


def test_a_role_alone_over_its_tasks_in_an_action_list() -> None:
    text = PARISH_HEAD + (
        "ACTION POINTS\n"
        "Tom Hale\n"
        "  - get three quotes for the bus shelter\n"
        "Clerk\n"
        "  - write to the county about the verge\n"
        "  - order a new litter bin for the green\n"
    )
    assert owned_actions(text) == [
        ("Tom Hale", "Get three quotes for the bus shelter"),
        ("Clerk", "Write to the county about the verge"),
        ("Clerk", "Order a new litter bin for the green"),
    ]


def test_a_markdown_heading_naming_a_role_heads_a_topic() -> None:
    text = PARISH_HEAD + (
        "Next steps:\n\n"
        "* Book the hall for the annual parish meeting\n\n"
        "### Treasurer\n\n"
        "* Audit of the accounts\n"
        "* Bank mandate changes\n"
    )
    assert owned_actions(text) == [(None, "Book the hall for the annual parish meeting")]


def test_a_word_processors_check_boxes_and_person_chips() -> None:
    text = PARISH_HEAD + (
        "Action items\n"
        "☐ Tom Hale: get three quotes for the bus shelter\n"
        "☐ Write to the county about the verge - Clerk\n"
        "☐ @Priya Shah book the hall for the annual parish meeting\n"
        "☑ Renew the insurance for the pavilion (Clerk)\n"
    )
    assert owned_actions(text) == [
        ("Tom Hale", "Get three quotes for the bus shelter"),
        ("Clerk", "Write to the county about the verge"),
        ("Priya Shah", "Book the hall for the annual parish meeting"),
    ]
