"""Actions, round 14 (recall): kinds of sentence real minutes write that the parser missed."""

from __future__ import annotations

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
