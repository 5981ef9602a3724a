"""Who "I" is, read in one place (:mod:`clerk_tui.core.parse.actions.speakers`) for the prose
rules and for an action still owned by "I": a chat log's nick after a time, a scribe's label
naming a speaker in two words, a handle with its "@"; not an HTML tag or a topic's label."""

from __future__ import annotations

from tests.conftest import owned_actions

_HEAD = (
    "Riverside Parish Council\n"
    "Minutes of the meeting held on 3 March 2026\n\n"
    "Present: Cllr Ann Barlow (Chair), Cllr Tom Hale, Cllr Priya Shah, Dana Reyes\n\n"
    "1. Website\n\n"
)


def test_a_chat_logs_nick_after_a_time_speaks_even_if_it_is_a_word() -> None:
    """ "[19:02] <tomb> I will ...": a nick after a time is who typed the line, though "tomb"
    is an English word; a scribe's label in two words names the speaker; the scribe's "..."
    goes on with the speaker the scribe last named."""
    body = _HEAD + (
        "[19:01] <scribe> Dana Reyes: I will send the slides round by Friday\n"
        "[19:02] <tomb> I will fix the booking form\n"
        "[19:03] <scribe> Priya: the lathe belt is worn\n"
        "[19:04] <scribe> ... I will order a new belt\n"
    )
    assert owned_actions(body) == [
        ("Dana Reyes", "Send the slides round by Friday"),
        ("tomb", "Fix the booking form"),
        ("Priya", "Order a new belt"),
    ]


def test_a_handle_with_its_at_sign_labels_its_speaker() -> None:
    """ "@priya: I will update the rota": the handle is the speaker."""
    body = _HEAD + "@priya: I will update the rota\n"
    assert owned_actions(body) == [("@priya", "Update the rota")]


def test_an_html_tag_or_a_topics_label_is_no_speaker() -> None:
    """ "<td>I will ...", "TODO: I will ...": "I" stays, no one is named."""
    body = _HEAD + "<td>I will bring the cake</td>\n\nTODO: I will renew the insurance\n"
    assert owned_actions(body) == [("I", "Bring the cake"), ("I", "Renew the insurance")]
