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


def test_a_bullet_naming_its_topic_then_someone_present_and_their_job() -> None:
    text = PARISH_HEAD + (
        "Notes:\n"
        "- Summer fete 6/12-Priya to send out the email to stallholders\n"
        "- Bench repairs Tom to ask the joiner for a quote. Wood is cheaper now.\n"
        "- Hall tidy-up (Tom and Priya to sort the store cupboard)\n"
    )
    assert owned_actions(text) == [
        ("Priya", "Send out the email to stallholders"),
        ("Tom", "Ask the joiner for a quote"),
        ("Tom and Priya", "Sort the store cupboard"),
    ]


def test_no_job_for_a_topic_then_a_clause_a_question_or_a_passive() -> None:
    text = PARISH_HEAD + (
        "Notes:\n"
        "- It was confirmed that each team will play the final at home\n"
        "- Asked whether Tom will attend the county meeting\n"
        "- The new bins, Priya to be consulted\n"
    )
    assert owned_actions(text) == []


def test_a_marker_naming_its_owner_as_a_sentence_then_the_task() -> None:
    text = PARISH_HEAD + (
        "4. Hall\nThe quote for the roof was too high.\n\n"
        "**ACTION:** Tom Hale. Ask the roofer for a second quote.\n\n"
        "ACTION: Clerk. The roof is leaking again.\n"
    )
    assert owned_actions(text) == [
        ("Tom Hale", "Ask the roofer for a second quote.")
    ]  # "The roof is leaking again." is no task of the Clerk's


def test_agenda_topics_questions_and_links_in_notes_are_no_actions() -> None:
    text = PARISH_HEAD + (
        "### New agenda items\n\n"
        "- [ ] Footpath survey last month\n"
        "  - Report PR: https://example.org/riverside/footpaths/pull/12\n"
        "- [ ] What shape should the new allotment rules take?\n\n"
        "### Notes\n\n"
        "- Tom: Do we need a second bin store? The old one should last the year.\n"
        "- [ ] Priya: email the county about the hedges\n"
    )
    assert owned_actions(text) == [("Priya", "Email the county about the hedges")]


def test_a_heading_for_everyone_gives_them_the_tasks_under_it() -> None:
    text = PARISH_HEAD + (
        "## Actions\n\n"
        "### All\n"
        "* [ ] Read the draft tenancy agreement before the next meeting.\n\n"
        "### Priya\n"
        "* [ ] Email the county about the hedges.\n\n"
        "* Everyone:\n"
        "    * Bring a photo of your plot to the show\n"
    )
    assert owned_actions(text) == [
        ("All", "Read the draft tenancy agreement before the next meeting."),
        ("Priya", "Email the county about the hedges."),
        ("Everyone", "Bring a photo of your plot to the show"),
    ]
