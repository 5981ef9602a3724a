"""Actions written as blocks of labelled fields on short Riverside passages: "Who:" /
"What:" / "When:" a line each, bulleted or bold, or on one line between bars or
semicolons; an event's "What:" / "When:" / "Where:" is no action."""

from __future__ import annotations

from tests.conftest import PARISH_HEAD, parse_strict


def _actions(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(a.owner, a.text, a.due_text) for a in parse_strict(text).actions]


def test_a_block_of_who_what_when_lines_is_an_action() -> None:
    text = (
        PARISH_HEAD + "4. Footpaths\nThe path by the mill is blocked.\n"
        "Who: Clerk\nWhat: Write to the landowner about the blocked path\nWhen: End of March\n"
        "\nWhat: Repair the stile by the church\nWho: T.H.\nWhen: April\n"
        "\n- **What:** Order a new bench for the green\n- **Who:** Cllr Shah\n"
        "- **When:** 30 April\n"
    )
    assert _actions(text) == [
        ("Clerk", "Write to the landowner about the blocked path", "End of March"),
        ("T.H.", "Repair the stile by the church", "April"),
        ("Cllr Shah", "Order a new bench for the green", "30 April"),
    ]


def test_fields_on_one_line_are_an_action() -> None:
    text = (
        PARISH_HEAD + "4. Hall\n"
        "What: Renew the hall insurance | Who: Clerk | When: May\n"
        "Task: Book the hall for the fete; Owner: Priya Shah; Due: 1 June\n"
    )
    assert _actions(text) == [
        ("Clerk", "Renew the hall insurance", "May"),
        ("Priya Shah", "Book the hall for the fete", "1 June"),
    ]


def test_an_events_fields_are_no_action() -> None:
    text = (
        PARISH_HEAD + "4. Fete\n"
        "What: Summer fete\nWho: Everyone welcome\nWhen: 5 July\n\n"
        "What: Book the marquee\nWho: Everyone\nWhen: 5 July\nWhere: The green\n\n"
        "When: 5 April 2026\nWho: All members\n"
    )
    assert _actions(text) == []
