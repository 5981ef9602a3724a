"""Tasks kept as org-mode headings: "** TODO Book the hall :Priya:", a "DEADLINE:" line under
it, and "DONE" headings that are done."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict
from tests.conftest import PARISH_HEAD


def test_org_mode_todo_headings_with_tags_and_deadlines() -> None:
    text = PARISH_HEAD + (
        "* Bus shelter\n"
        "The glass was broken again.\n"
        "** TODO Get three quotes for the repairs                  :Tom:\n"
        "** NEXT [#A] Write to the county about the verge\n"
        "   DEADLINE: <2026-03-31 Tue>\n"
        "** DONE Renew the insurance for the pavilion\n"
        "** Notes on the shelter's history\n"
    )
    got = [(a.owner, a.text, a.due_text) for a in parse_strict(text).actions]
    assert got == [
        ("Tom", "Get three quotes for the repairs", None),
        (None, "Write to the county about the verge", "2026-03-31"),
    ]
