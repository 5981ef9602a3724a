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
