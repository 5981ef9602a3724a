"""Actions, round 14 (recall): kinds of sentence real minutes write that the parser missed."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict
from tests.conftest import PARISH_HEAD, owned_actions


def _notes(lines: str) -> str:
    return PARISH_HEAD + "1. Village hall\n\n" + lines


def test_a_notes_noun_phrase_then_to_be_and_a_participle() -> None:
    """A note's noun phrase, then "to be" and a participle, is a task for no one named: the
    noun phrase may open with a word saying which things ("Remaining chairs", "Other
    suppliers"), and the participle may end in -wn ("shown", "drawn up"). A name before "to
    be" is no thing to be done."""
    body = _notes(
        "The jumble sale raised £120. Remaining chairs from the sale to be collected and stored.\n"
        "Other suppliers to be approached for the boiler.\n"
        "Comments on the leaflet to be shown to the Treasurer.\n"
        "A rota to be drawn up for the car park.\n"
        "Tom Hale to be thanked for the new sign.\n"
    )
    assert owned_actions(body) == [
        (None, "Remaining chairs from the sale to be collected and stored."),
        (None, "Other suppliers to be approached for the boiler."),
        (None, "Comments on the leaflet to be shown to the Treasurer."),
        (None, "A rota to be drawn up for the car park."),
    ]


def test_an_action_list_heading_with_an_emoji_shortcode() -> None:
    """A heading opening with an emoji's shortcode, as a notes template writes it ("##
    :exclamation: Action Items"), heads an action list as "## ❗ Action Items" does: its
    bare tasks are actions."""
    body = PARISH_HEAD + (
        "## :book: Minutes\n\n"
        "Ann: The noticeboard glass is cracked.\n\n"
        "## :exclamation: Action Items\n\n"
        "- Order new glass for the noticeboard\n"
        "- Put the spring dates on the website\n\n"
        "## :envelope_with_arrow: Feedback\n\n"
        "None\n"
    )
    assert owned_actions(body) == [
        (None, "Order new glass for the noticeboard"),
        (None, "Put the spring dates on the website"),
    ]


def test_a_meeting_to_come_named_in_more_words_or_with_its_year_is_a_due_date() -> None:
    """A meeting to come named in up to three words ("the next full governing body
    meeting") or by its month and year ("the April 2026 meeting") dates the task, as "the
    next Board meeting" and "the April meeting" did."""
    body = _notes(
        "The Clerk to ensure that the lease is on the agenda for the next full parish"
        " council meeting.\n"
        "The grant would be reviewed by the Finance Committee at the April 2026 meeting.\n"
    )
    got = [
        (a.owner, a.due_text, a.due.isoformat() if a.due else None)
        for a in parse_strict(body).actions
    ]
    assert got == [
        ("The Clerk", "for the next full parish council meeting", None),
        ("the Finance Committee", "the April 2026 meeting", "2026-04-30"),
    ]


def test_an_action_named_then_what_it_is() -> None:
    """ "The action item from this is to ...", "Action point after the meeting was to ...",
    "The next step is to ...", "Our plan is to ...": an action named, then what it is, for
    no one named ("setup" read as the verb it stands for). A plan or goal in the past is
    history, not a task."""
    body = _notes(
        "The action item from this discussion is to setup a working party for the car park.\n"
        "Action point after the meeting was to ring the insurer about the roof.\n"
        "The next step is to book the hall for the quiz.\n"
        "Our plan is to repaint the fence before May.\n"
        "Last year one of our goals was to get a new boiler.\n"
    )
    assert owned_actions(body) == [
        (None, "Setup a working party for the car park."),
        (None, "Ring the insurer about the roof."),
        (None, "Book the hall for the quiz."),
        (None, "Repaint the fence before May."),
    ]


def test_a_second_agent_with_any_committing_modal_opens_a_clause() -> None:
    """A sentence's second commitment, its own agent and any committing modal after "and"
    ("should", "would" as "will" did): "..., and Tom Hale should return the old keys", "...
    would be reported to the Clerk and she would write to the owner" (she: the Clerk,
    named just before)."""
    body = _notes(
        "The Clerk will order a new lock, and Tom Hale should return the old keys.\n"
        "It was agreed that the complaints would be reported to Mrs Jane Cole and she would"
        " write to the owner of the field.\n"
    )
    assert owned_actions(body) == [
        ("The Clerk", "Order a new lock"),
        ("Tom Hale", "Return the old keys."),
        (None, "The complaints would be reported to Mrs Jane Cole"),
        ("Mrs Jane Cole", "Write to the owner of the field."),
    ]
