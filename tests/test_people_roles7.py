"""Roles of attendance lists whose heading, line or table gives them (Riverside text,
written for these tests): the exact people and roles found, one kind of list each."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def people(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.name, p.role) for p in parse_strict(text).people]


# -- a heading that names a group: each listed holds its office ------------------------------


def test_a_board_or_officers_heading_gives_each_listed_their_office() -> None:
    text = (
        "Riverside Village Hall Trust\nMinutes of the meeting of 4 March 2026\n\n"
        "Board members in attendance:\n- Nora Quinn\n- Ben Ashe\n\n"
        "Officers:\nMarta Quell, Leon Brightwater (Clerk)\n\n"
        "1. Finance\nThe accounts were received.\n"
    )
    assert people(text) == [
        ("Nora Quinn", "Board member"),
        ("Ben Ashe", "Board member"),
        ("Marta Quell", "Officer"),
        ("Leon Brightwater", "Clerk"),
    ]


def test_members_heading_alone_gives_no_role() -> None:
    text = (
        "Riverside Allotment Society\nMinutes of 4 March 2026\n\n"
        "Members present: Nora Quinn, Ben Ashe\nVoting members present: Omar Said\n\n"
        "1. Plots\nThe waiting list was noted.\n"
    )
    assert people(text) == [("Nora Quinn", None), ("Ben Ashe", None), ("Omar Said", None)]
