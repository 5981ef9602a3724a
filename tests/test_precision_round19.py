"""False actions on minutes nobody here had read (round 19): each kind of sentence that is no
task, with invented variants (Harrowby Vale, a fictional club), and near misses that must
stay tasks."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict

HEAD = (
    "Harrowby Vale Community Club\n"
    "Committee meeting held on 14 May 2026\n"
    "Present: Anwen Lloyd (Chair), Rhys Morgan, Bea Carter, Ola Bakare, Tariq Aziz\n\n"
)


def owned(body: str) -> list[tuple[str | None, str]]:
    return [(a.owner, a.text) for a in parse_strict(HEAD + body).actions]


# --- a table's header row read as an action ---------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        "| Topic | Notes | Action: Owner |",
        "| Item | Discussion | Actions: Responsible | Due |",
        "| Subject | Minutes | ACTION: Who |",
        "| Point | Summary | Action - Lead |",
    ],
)
def test_a_table_header_is_no_action(header: str) -> None:
    row = "| Hall roof | Quotes were discussed | Rhys |"
    assert [o for o, _ in owned(f"{header}\n{row}\n")] == []


@pytest.mark.parametrize(
    ("row", "owner", "task"),
    [
        ("| Bins | Bins overflow | ACTION: Ola to ring the district council |", "Ola", "Ring"),
        ("| Fete | Discussed | Action - Bea will book the marquee |", "Bea", "Book"),
    ],
)
def test_a_row_under_a_table_header_keeps_its_action(row: str, owner: str, task: str) -> None:
    header = "| Subject | Minutes | ACTION: Who |"
    assert any(o == owner and t.startswith(task) for o, t in owned(f"{header}\n{row}\n"))
