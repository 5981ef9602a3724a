"""Round 10 of the structured action sources, on short Riverside passages: an action list
pasted as HTML ("<h2>Actions</h2>", "<ol>", "<li>Tom: ring the garage.</li>"), and one task
given to several people on rows of their own."""

from __future__ import annotations

from tests.conftest import PARISH_HEAD, owned_actions


def test_an_action_list_pasted_as_html_is_read_as_a_list() -> None:
    text = PARISH_HEAD + (
        "<h3>Allotments</h3>\n<p>Text: The waiting list is long.</p>\n\n"
        "<h2>Actions</h2>\n<ol>\n\n"
        "<li>Tom Hale: Write to the water company about the standpipe.</li>\n\n"
        "<li>ALL: Have a look at the draft tenancy agreement.</li>\n\n"
        '<li class="item"><p>PS: Email the county about the hedges.</p></li>\n'
        "</ol>\n"
    )
    assert owned_actions(text) == [
        ("Tom Hale", "Write to the water company about the standpipe."),
        ("ALL", "Have a look at the draft tenancy agreement."),
        ("PS", "Email the county about the hedges."),
    ]


def test_html_markup_alone_is_no_action() -> None:
    text = PARISH_HEAD + (
        "<h2>Notes</h2>\n<ul>\n<li>The hall roof was repaired in May.</li>\n</ul>\n"
    )
    assert owned_actions(text) == []


def test_one_task_given_to_each_of_several_people_on_rows_of_their_own() -> None:
    text = PARISH_HEAD + (
        "Actions:\n"
        "- TH: Work on the rewrite of the grant bid.\n"
        "- PS: Work on the rewrite of the grant bid.\n"
        "- AB: Send the bid to the county.\n"
    )
    assert owned_actions(text) == [
        ("TH", "Work on the rewrite of the grant bid."),
        ("PS", "Work on the rewrite of the grant bid."),
        ("AB", "Send the bid to the county."),
    ]


def test_each_cell_of_a_table_pasted_as_html_is_read_as_its_own_text() -> None:
    text = PARISH_HEAD + (
        "<table><thead><tr><th>Item</th><th>Notes</th><th>Actions: Responsible</th></tr>"
        "</thead><tbody><tr><td>Allotments</td><td>The waiting list is long</td>"
        "<td>Tom Hale will write to the water company about the standpipe.</td></tr>"
        "<tr><td>Hedges</td><td>Overgrown on Mill Lane</td>"
        "<td>Priya Shah to email the county about the hedges</td></tr></tbody></table>\n"
    )
    assert owned_actions(text) == [
        ("Tom Hale", "Write to the water company about the standpipe."),
        ("Priya Shah", "Email the county about the hedges"),
    ]


def test_a_marker_naming_a_column_of_an_html_table_is_no_action() -> None:
    text = PARISH_HEAD + (
        "<table><tr><th>Item</th><th>Notes</th><th>Action: Owner</th></tr>"
        "<tr><td>Hall</td><td>The roof was repaired in May.</td><td></td></tr></table>\n"
    )
    assert owned_actions(text) == []
