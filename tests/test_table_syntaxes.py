"""Action logs in every table syntax a pasted document brings, read by one table reader
(:mod:`clerk_tui.core.parse.table_rows` splits each syntax's rows): MoinMoin and
Confluence's doubled pipes, MediaWiki, reStructuredText's grid and simple tables, AsciiDoc,
org-mode, and space-aligned columns with an empty cell."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict
from tests.conftest import PARISH_HEAD, owned_actions

_ROWS = [
    ("Tom Hale", "Get three quotes for the bus shelter repairs"),
    ("Clerk", "Write to the county about the Mill Lane verge"),
    ("Priya Shah", "Book the hall for the annual parish meeting"),
]


def _dues(text: str) -> list[str | None]:
    return [a.due_text for a in parse_strict(text).actions]


def test_a_moinmoin_table_with_doubled_pipes_and_an_assigned_column() -> None:
    text = PARISH_HEAD + (
        "== Action items ==\n"
        "||'''Action'''||'''Assigned'''||'''Due'''||\n"
        "||Get three quotes for the bus shelter repairs||Tom Hale||April 2026||\n"
        '||<style="color: red"> Write to the county about the Mill Lane verge||Clerk||May 2026||\n'
        "||Book the hall for the annual parish meeting||Priya Shah|| ||\n"
    )
    assert owned_actions(text) == _ROWS
    assert _dues(text) == ["April 2026", "May 2026", None]


def test_a_confluence_table_with_a_doubled_pipe_header_and_a_done_status() -> None:
    text = PARISH_HEAD + (
        "h2. Action items\n"
        "||Task||Assignee||Due date||Status||\n"
        "|Get three quotes for the bus shelter repairs|Tom Hale|April 2026|Open|\n"
        "|Renew the insurance for the pavilion|Clerk|January 2026|Done|\n"
        "|Write to the county about the Mill Lane verge|Clerk|May 2026|In progress|\n"
        "|Book the hall for the annual parish meeting|Priya Shah| | |\n"
    )
    assert owned_actions(text) == _ROWS


def test_a_mediawiki_table_with_cells_on_one_line_or_a_line_each() -> None:
    text = PARISH_HEAD + (
        "== Actions ==\n"
        '{| class="wikitable"\n'
        "|+ Actions agreed\n"
        "! Action !! Owner !! Due\n"
        "|-\n"
        "| Get three quotes for the bus shelter repairs || Tom Hale || April 2026\n"
        "|-\n"
        '| style="width: 60%" | Write to the county about the Mill Lane verge\n'
        "| Clerk\n"
        "| May 2026\n"
        "|-\n"
        "| Book the hall for the annual\n"
        "parish meeting || Priya Shah || June 2026\n"
        "|}\n"
    )
    assert owned_actions(text) == _ROWS
    assert _dues(text) == ["April 2026", "May 2026", "June 2026"]


def test_a_restructuredtext_grid_table_with_a_row_over_two_lines() -> None:
    text = PARISH_HEAD + (
        "Actions\n=======\n\n"
        "+-----------------------------------------------+------------+------------+\n"
        "| Action                                        | Owner      | Due        |\n"
        "+===============================================+============+============+\n"
        "| Get three quotes for the bus shelter repairs  | Tom Hale   | April 2026 |\n"
        "+-----------------------------------------------+------------+------------+\n"
        "| Write to the county about the Mill Lane       | Clerk      | May 2026   |\n"
        "| verge                                         |            |            |\n"
        "+-----------------------------------------------+------------+------------+\n"
        "| Book the hall for the annual parish meeting   | Priya Shah |            |\n"
        "+-----------------------------------------------+------------+------------+\n"
    )
    assert owned_actions(text) == _ROWS
    assert _dues(text) == ["April 2026", "May 2026", None]


def test_a_restructuredtext_simple_table_and_an_empty_owner_cell() -> None:
    text = PARISH_HEAD + (
        "Actions\n-------\n\n"
        "=============================================  ==========  ==========\n"
        "Action                                         Owner       Due\n"
        "=============================================  ==========  ==========\n"
        "Get three quotes for the bus shelter repairs   Tom Hale    April 2026\n"
        "Write to the county about the Mill Lane verge  Clerk       May 2026\n"
        "Order a new litter bin for the green                       June 2026\n"
        "=============================================  ==========  ==========\n"
    )
    assert owned_actions(text) == [
        *_ROWS[:2],
        (None, "Order a new litter bin for the green"),
    ]
    assert _dues(text) == ["April 2026", "May 2026", "June 2026"]


def test_an_asciidoc_table_with_cells_on_lines_of_their_own() -> None:
    text = PARISH_HEAD + (
        "== Actions\n\n"
        '[cols="3,1,1",options="header"]\n'
        "|===\n"
        "|Action |Owner |Due\n\n"
        "|Get three quotes for the bus shelter repairs\n"
        "|Tom Hale\n"
        "|April 2026\n\n"
        "|Write to the county about the Mill Lane verge |Clerk |May 2026\n"
        "|Book the hall for the annual parish meeting |Priya Shah |June 2026\n"
        "|===\n"
    )
    assert owned_actions(text) == _ROWS


def test_an_org_mode_table_with_a_who_and_a_deadline_column() -> None:
    text = PARISH_HEAD + (
        "* Actions\n"
        "|-----------------------------------------------+------------+------------|\n"
        "| Action                                        | Who        | Deadline   |\n"
        "|-----------------------------------------------+------------+------------|\n"
        "| Get three quotes for the bus shelter repairs  | Tom Hale   | April 2026 |\n"
        "| Write to the county about the Mill Lane verge | Clerk      | May 2026   |\n"
        "| Book the hall for the annual parish meeting   | Priya Shah | June 2026  |\n"
        "|-----------------------------------------------+------------+------------|\n"
    )
    assert owned_actions(text) == _ROWS


def test_tables_with_no_owner_column_are_no_action_log() -> None:
    text = PARISH_HEAD + (
        "||'''Name'''||'''Role'''||\n"
        "||Tom Hale||Councillor||\n"
        "||Jane Cole||Clerk||\n\n"
        '[cols="3,1",options="header"]\n'
        "|===\n"
        "| _Project_ | _Votes_\n"
        "| Resurface the tennis courts | 8\n"
        "| Plant an orchard on the green | 5\n"
        "|===\n"
    )
    assert owned_actions(text) == []


def test_columns_found_by_the_meaning_of_their_heads() -> None:
    text = PARISH_HEAD + (
        "| Task description | Responsible party | Completion date | State |\n"
        "|---|---|---|---|\n"
        "| Get three quotes for the bus shelter repairs | Tom Hale | April 2026 | open |\n"
        "| Renew the insurance for the pavilion | Clerk | January 2026 | ✓ |\n\n"
        "Activity                                         Person       Target\n"
        "Write to the county about the Mill Lane verge    Clerk        May 2026\n"
        "Book the hall for the annual parish meeting      Priya Shah   June 2026\n"
    )
    assert owned_actions(text) == _ROWS
    assert _dues(text) == ["April 2026", "May 2026", "June 2026"]


def test_a_markdown_table_of_two_columns_and_rows_with_no_outer_pipes() -> None:
    text = PARISH_HEAD + (
        "## Actions\n"
        "Action | Owner\n"
        "--- | ---\n"
        "Get three quotes for the bus shelter repairs | Tom Hale\n"
        "Write to the county about the Mill Lane verge | Clerk\n"
        "Book the hall for the annual parish meeting | Priya Shah\n"
    )
    assert owned_actions(text) == _ROWS


def test_a_textile_table_with_header_and_style_marks() -> None:
    text = PARISH_HEAD + (
        "h2. Actions\n\n"
        "|_. Action |_. Owner |_. Due |\n"
        "| Get three quotes for the bus shelter repairs | Tom Hale | April 2026 |\n"
        "|{background:#eee}. Write to the county about the Mill Lane verge | Clerk | May 2026 |\n"
        "|<. Book the hall for the annual parish meeting | Priya Shah | June 2026 |\n"
    )
    assert owned_actions(text) == _ROWS


def test_a_dokuwiki_table_with_caret_header_cells() -> None:
    text = PARISH_HEAD + (
        "===== Actions =====\n"
        "^ Action ^ Owner ^ Due ^\n"
        "| Get three quotes for the bus shelter repairs | Tom Hale | April 2026 |\n"
        "| Write to the county about the Mill Lane verge | Clerk | May 2026 |\n"
        "| Book the hall for the annual parish meeting | Priya Shah | June 2026 |\n"
    )
    assert owned_actions(text) == _ROWS


def test_one_splitter_for_every_line_syntax() -> None:
    from clerk_tui.core.parse.table_rows import split_cells

    assert split_cells("| Item | Decision |") == (["Item", "Decision"], "|")
    assert split_cells("|| Item || Decision ||") == (["Item", "Decision"], "||")
    assert split_cells("||'''Item'''||'''Decision'''||") == (["Item", "Decision"], "||")
    assert split_cells("^ Item ^ Decision ^") == (["Item", "Decision"], "^")
    assert split_cells("|_. Item |_. Decision |") == (["Item", "Decision"], "|")
    assert split_cells("| **Item** | |") == (["Item", ""], "|")
    assert split_cells("Item\tDecision\tDate") == (["Item", "Decision", "Date"], "\t")
    assert split_cells("Item    Decision    Date") == (["Item", "Decision", "Date"], "  ")
    assert split_cells("Item | Decision") is None
    assert split_cells("Item | Decision", pipes=1) == (["Item", "Decision"], "|")
