"""Round 16, structured actions: lists, tags and tables (issue 11)."""

from tests.conftest import owned_actions

TAGGED_WRAPPED = """Ashgrove Allotment Society committee, 4 March 2026

## Present
- [RB] Rosa Bell
- [TK] Tam Kerr

## Actions
- [RB]\tWrite to the water company about the standpipe on the lower plots and the
meter reading for last quarter.
- [TK]\tOrder two new padlocks for the gates.
- [All]\tRead the draft tenancy rules before the next meeting and send comments to
the secretary.
"""


def test_tagged_entries_after_a_tab_run_on_to_the_next_line() -> None:
    """ "- [RB]<tab>Write to ... and the" / "meter reading ...": one entry, wrapped; the list
    goes on after it."""
    assert owned_actions(TAGGED_WRAPPED) == [
        (
            "RB",
            "Write to the water company about the standpipe on the lower plots and the "
            "meter reading for last quarter.",
        ),
        ("TK", "Order two new padlocks for the gates."),
        (
            "All",
            "Read the draft tenancy rules before the next meeting and send comments to the "
            "secretary.",
        ),
    ]


TAB_TABLE = """Ashgrove Allotment Society committee, 4 March 2026

Present: Rosa Bell (RB), Tam Kerr (TK)

Actions
Write to the water company about the standpipe on the lower plots and the\tRB\tMay
Meter reading for last quarter\tTK\tJune
"""


def test_a_row_of_tab_cells_does_not_run_on() -> None:
    """A row whose tabs set cells apart is a table's row: the next row is its own."""
    assert [o for o, _ in owned_actions(TAB_TABLE)] == ["RB", "TK"]
