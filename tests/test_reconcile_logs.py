"""Running action logs and reviews of the last actions as real minutes write them: a status
first, marked or dated ("`done` 3rd May 2024 : ..."), a review under "Open actions" or
"Review of action items" where owners report their own work ("**Greg** issued ... (closed)"),
an "ACTION:" label that names no one, and a note the action was recorded with, copied
forward, which is no news. Small texts of our own for the fictional council."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_tui.core.reconcile import OpenAction, reconcile
from clerk_tui.core.reconcile.grammar import phrase_after, tokenize
from clerk_tui.core.reconcile.sections import review_lines

ACTIONS = (
    "Update the website with the meeting dates | Ann",
    "Get quotes for the hedge cutting | Bill",
    "Write to the landowner about the footpath | Clerk",
)
LONG_HEAD = (
    "Minutes of the meeting\n\n1. Finance\n\n"
    "The accounts for the quarter were noted and approved by all members present.\n\n"
)


def _proposed(report: str, *texts: str) -> list[tuple[int, str, str | None]]:
    actions = [
        OpenAction(number, *text.split(" | "), date(2024, 5, 1))
        for number, text in enumerate(texts or ACTIONS, 1)
    ]
    return [(p.action_id, p.kind, p.value) for p in reconcile(report, actions, date(2024, 6, 5))]


def test_a_status_first_marked_or_dated_closes_the_action_it_restates() -> None:
    report = (
        "Minutes\n\n### Action items:\n"
        "- `done` 3rd May 2024 : Ann to update the website with the meeting dates\n"
        "- 3rd May 2024 : Bill to get quotes for the hedge cutting\n"
        "- **Closed** - Write to the landowner about the footpath\n"
    )
    assert _proposed(report) == [(1, "done", None), (3, "done", None)]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("[Done] Bill to get quotes for the hedge cutting", "done"),
        ("_Closed_ Bill to get quotes for the hedge cutting", "done"),
        ("Done (12/05) - Bill to get quotes for the hedge cutting", "done"),
        ("`ongoing` 3rd May 2024 : Bill to get quotes for the hedge cutting", "update"),
        ("**Not done** - Bill to get quotes for the hedge cutting", "update"),
    ],
)
def test_a_marked_status_before_the_action(line: str, kind: str) -> None:
    assert _proposed(f"Minutes\n\nAction log:\n- {line}\n") == [(2, kind, None)]


def test_a_dated_status_with_no_break_after_it_is_no_status_before_an_action() -> None:
    """ "Done 5 May the quotes came in" is a sentence, not a status cell before a task."""
    assert _proposed("Minutes\n\nAction log:\n- Done 5 May the quotes came in late\n") == []


@pytest.mark.parametrize(
    "title",
    [
        "1. Open Actions:",
        "Review of Action Items",
        "Review action items",
        "Action Items from last meeting",
        "Review of action points of last meeting:",
        "The following actions were reviewed and updated:",
        "Review of Annual Committee meeting actions",
        "Action items review",
        "3. Action point follow ups from previous meetings",
        "Follow-up from the last meeting",
        "Last meeting's actions:",
        "Old Business",
        "UNFINISHED BUSINESS",
    ],
)
def test_headings_over_a_review_of_the_last_actions(title: str) -> None:
    text = f"{title}\n\n- Greg issued the risk-assessment\n\n2. Finance\n\nNoted.\n"
    assert review_lines(text) == {2}


@pytest.mark.parametrize(
    "title", ["2. Finance", "New action items", "Next steps", "New business", "Follow-up actions"]
)
def test_other_headings_are_no_review(title: str) -> None:
    assert review_lines(f"{title}\n\n- Greg to issue the risk-assessment\n") == set()


OWNED = (
    "Issue an updated risk-assessment to the volunteers | Greg",
    "Book the scout hut for the quiz night | Dana",
)


def test_owners_report_their_own_work_under_open_actions() -> None:
    report = (
        "Present: Greg, Dana\n\n1. Open Actions:\n\n"
        "- **Greg** issued the updated risk-assessment (closed)\n"
        "- **Dana** has not yet booked the scout hut\n\n"
        "2. Finance\n\nThe accounts were noted.\n"
    )
    assert _proposed(report, *OWNED) == [(1, "done", None), (2, "update", None)]


def test_work_not_finished_under_open_actions_is_no_done() -> None:
    report = (
        "Present: Greg, Dana\n\n1. Open Actions:\n\n"
        "- **Greg** has not yet issued the risk-assessment\n\n"
        "2. Finance\n\nThe accounts were noted.\n"
    )
    assert _proposed(report, *OWNED) == [(1, "update", None)]


def test_a_hyphenated_noun_heads_what_an_action_asks() -> None:
    text = "Issue an updated risk-assessment to the volunteers"
    phrase = phrase_after(tokenize(text, 0, len(text)), 1, text)
    assert phrase is not None and phrase.head == "risk-assessment"


def test_an_action_label_names_no_new_owner() -> None:
    """Open actions set again under "ACTION:": carried forward; a new owner only when another
    person leads the line ("Bea"), never the label itself."""
    report = (
        f"{LONG_HEAD}2. Actions agreed\n\n"
        "ACTION: Ann to update the website with the meeting dates\n"
        "ACTION: Bea to get quotes for the hedge cutting\n"
    )
    assert _proposed(report) == [(1, "update", None), (2, "update", None), (2, "owner", "Bea")]


def test_the_note_an_action_was_recorded_with_copied_forward_is_no_news() -> None:
    """The action's own text already says "letter sent, waiting for a reply": the review
    repeating it reports nothing done."""
    action = "Approach the Canal Trust about the towpath - letter sent, waiting for a reply | Clerk"
    report = (
        "Minutes\n\nActions from the last meeting:\n"
        "- Approach the Canal Trust about the towpath - letter sent, waiting for a reply\n"
    )
    assert [kind for _, kind, _ in _proposed(report, action)] == ["update"]


def test_a_bare_status_closes_one_entry_the_action_its_words_fit_best() -> None:
    """ "(closed)" ends one entry of a log: when the entry's words point to two actions, only
    the one they fit best is done (a second 'done' could close an action nobody reported)."""
    actions = (
        "Agree the towpath licence fee with the Canal Trust | Mike",
        "Renew the boathouse licence with the Canal Trust | Dana",
    )
    report = "Notes\n\n- Canal Trust: the towpath licence fee and the boathouse licence. (closed)\n"
    assert _proposed(report, *actions) == [(1, "done", None)]


def test_an_owners_entry_ending_closed_reports_their_action_in_any_tense() -> None:
    """ "**Lee** already check ... (closed)" in a review: Lee's one action to check is done; the
    same entry with no status is no report."""
    actions = ("Check the allotment water meter readings | Lee", "Book the hall | Dana")
    entry = "- **Lee** already check the meters with the water company (see the May notes)."
    assert _proposed(f"1. Open Actions:\n\n{entry} (closed)\n\n2. AOB\n", *actions) == [
        (1, "done", None)
    ]
    assert _proposed(f"1. Open Actions:\n\n{entry}\n\n2. AOB\n", *actions) == []


def test_an_action_restated_as_a_link_to_its_issue_is_read_by_the_links_text() -> None:
    report = (
        "Minutes\n\nReview of actions:\n\n"
        "1. [Get quotes for the hedge cutting](https://github.com/ashcombe-parish-council/parish-business/issues/41)\n"
        "   - This work is complete!\n\n"
        "2. [Write to the landowner about the footpath](https://github.com/ashcombe-parish-council/parish-business/issues/42)\n"
        "   - Still waiting for a reply.\n"
    )
    assert _proposed(report) == [(2, "done", None), (3, "update", None)]


def test_a_link_to_other_work_is_no_report_on_an_action() -> None:
    report = (
        "Minutes\n\nReview of actions:\n\n"
        "1. [Get quotes for the bus shelter](https://github.com/ashcombe-parish-council/parish-business/issues/43)\n"
        "   - This work is complete!\n"
    )
    assert _proposed(report) == []
