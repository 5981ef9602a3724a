"""Actions in markers, tables and lists, round 2, on short Riverside passages: the exact
tasks and owners read, and what is left alone: markers with no cue or a doubtful owner, two
jobs in one marker, and an actions table of topics restating the marked actions."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict

_BOARD = (
    "# Riverside Repair Café – Board Meeting\n\n14 January 2026\n\n"
    "Present:\tPriya, Tomasz, Helen, Dev\n\n"
)


def _actions(text: str) -> list[tuple[str | None, str]]:
    return [(a.owner, a.text) for a in parse_strict(text).actions]


def test_a_marker_with_no_cue_gives_the_owner_before_a_bare_verb() -> None:
    text = _BOARD + (
        "Insurance: the cover ends in March. **Action Board review the broker's quote**\n"
        "Action Dev will check the fuses.\n"
        "Action Points - none this week\n"
    )
    assert _actions(text) == [
        ("Board", "Review the broker's quote"),
        ("Dev", "Check the fuses"),
    ]


def test_a_doubtful_owner_in_brackets_is_kept_with_the_doubt() -> None:
    text = _BOARD + (
        "Safety - new fixers start without a briefing. **Action (possibly Dev as he runs the"
        " bench) Write a one-page briefing for new fixers**\n"
    )
    got = parse_strict(text).actions
    assert [(a.owner, a.owners, a.text) for a in got] == [
        ("Dev (possibly)", ["Dev"], "Write a one-page briefing for new fixers")
    ]


def test_part_of_everyone_owns_a_marked_task() -> None:
    text = _BOARD + "Storage - **Action Everyone with tools in the cupboard to label them**\n"
    assert _actions(text) == [("Everyone with tools in the cupboard", "Label them")]


def test_two_jobs_in_one_marker_each_have_their_own_words() -> None:
    text = _BOARD + "Action Helen to ring the college, Social team to post a call for fixers\n"
    got = parse_strict(text)
    assert [(a.owner, a.text, text[a.start : a.end]) for a in got.actions] == [
        ("Helen", "Ring the college", "Action Helen to ring the college"),
        ("Social team", "Post a call for fixers", "Social team to post a call for fixers"),
    ]


def test_a_table_of_topics_restating_marked_actions_adds_only_its_new_rows() -> None:
    text = _BOARD + (
        "Card Reader: it fails on the library wifi. **Action Tomasz to order a new reader**\n\n"
        "Rota - gaps on Saturdays. **Action Helen to contact the college**\n\n"
        "Storage - **Action Everyone with tools in the cupboard to label them**\n\n"
        "<table>\n<tr><td>Action</td><td>Responsible Person</td></tr>\n"
        "<tr><td>Card Reader</td><td>Tomasz</td></tr>\n"
        "<tr><td>Rota</td><td>Helen?</td></tr>\n"
        "<tr><td>Storage</td><td>Those with tools to clear them</td></tr>\n"
        "<tr><td>Fixers' Guidance</td><td>Priya</td></tr>\n"
        "</table>\n"
    )
    assert _actions(text) == [
        ("Tomasz", "Order a new reader"),
        ("Helen", "Contact the college"),
        ("Everyone with tools in the cupboard", "Label them"),
        ("Priya", "Fixers' Guidance"),  # only in the table: a job of its own
    ]


def test_a_row_with_a_due_date_stays_the_record_of_the_action() -> None:
    text = _BOARD + (
        "Card Reader: it fails. Tomasz to order a replacement card reader.\n\n"
        "Ref | Action | Owner | Due\n"
        "1 | Card reader replacement | Tomasz | 28 February 2026\n"
    )
    got = parse_strict(text).actions
    assert [(a.owner, a.text, a.due_text) for a in got] == [
        ("Tomasz", "Card reader replacement", "28 February 2026")
    ]
