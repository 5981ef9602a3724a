"""Table rows in the syntaxes of editors and wikis (core.parse.table_rows)."""

from __future__ import annotations

from clerk_tui.core.parse.table_rows import RULE_ROW_RE, is_row, row_cells


def test_the_cells_of_each_syntax() -> None:
    assert row_cells("| Item | Decision |") == ["Item", "Decision"]
    assert row_cells("|| Item || Decision ||") == ["Item", "Decision"]
    assert row_cells("! Item !! Decision") == ["Item", "Decision"]
    assert row_cells("| Bins || Weekly") == ["Bins", "Weekly"]
    assert row_cells("^ Item ^ Decision ^") == ["Item", "Decision"]
    assert row_cells("|_. Item |_. Decision |") == ["Item", "Decision"]
    assert row_cells("| **Item** | |") == ["Item", ""]


def test_rows_and_the_lines_between_them() -> None:
    assert all(is_row(c) for c in ("| a | b |", "! a !! b", "^ a ^ b ^", "| a || b"))
    assert not any(is_row(c) for c in ("a | b", "! Note", "x^2"))
    assert all(RULE_ROW_RE.match(c) for c in ("|---|:--|", "+----+", "|-", "{| class=x", "|}"))
    assert not RULE_ROW_RE.match("| Bins | Weekly |")
