"""Tasks headed by verbs no list of tasks' verbs held ("laminate", "winterise", "signpost"),
round 19, on made-up Holmwood Bowls Club minutes: each shape whose gate now asks the lexicon
(verbs.is_task_verb), and near misses with verbs that head no task."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict
from clerk_tui.core.parse.actions.lexicon import is_task_verb
from tests.conftest import owned_actions

_HEAD = (
    "Holmwood Bowls Club: minutes of the committee meeting held on 3 June 2026\n"
    "Present: Ann Lee (AL), Bob Tate (BT), Carl Moss (CM), Dee Hall (DH)\n\n"
)


def _actions(body: str) -> list[tuple[str | None, str]]:
    found = owned_actions(_HEAD + "3. Green\n" + body + "\n\n10. Close\nClosed at 9pm.\n")
    return [(owner, task.rstrip(".")) for owner, task in found]


@pytest.mark.parametrize(
    "word",
    [
        "liaise",
        "profile",
        "reevaluate",
        "inform",
        "remove",
        "stock",
        "winterise",
        "signpost",
        "laminate",
        "get",
        "make",
        "confirm",
    ],
)
def test_task_verbs_by_the_lexicon(word: str) -> None:
    assert is_task_verb(word)


@pytest.mark.parametrize(
    "word", ["the", "think", "hope", "note", "approve", "welcome", "be", "would", "minutes"]
)
def test_verbs_of_no_task(word: str) -> None:
    assert not is_task_verb(word)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("DH to Laminate the fixture cards.", [("DH", "Laminate the fixture cards")]),
        (
            "The cards were discussed; dh to laminate the fixture cards.",
            [("dh", "Laminate the fixture cards")],
        ),
        (
            "The Clerk reported that the posters were torn. She is to laminate the new ones.",
            [("The Clerk", "Laminate the new ones")],
        ),
        (
            "Carl confirmed that the mower was serviced and that he would winterise it.",
            [("Carl", "Winterise it")],
        ),
    ],
)
def test_unlisted_verb_heads_a_task(body: str, expected: list[tuple[str | None, str]]) -> None:
    assert _actions(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "DH to Mark the rinks.",  # a name as often as a verb, in capitals
        "The Clerk needs to know the dates of the fixtures.",
        "Bob Tate has to be at the fete.",
        "The Clerk would like to thank the volunteers.",
        "What: Summer fete\nWho: Bob Tate\nWhen: October",
        "The green needs to be reseeded.",
        "Officers:\n- Bob Tate – Treasurer\n- Ann Lee – Secretary",  # "bob": a verb too
        "Carl will struggle to find the time.",  # a state, not a job
        "Carl confirmed that the mower was serviced and that he would qualify for the discount.",
        "The Chair said the Clerk would cope with the workload.",
        "The Clerk should cope with the workload.",
        "The new mower was discussed.\nWill require a new shed.",  # what a thing will do
        "The new mower was discussed.\nWill interfere with the fixtures.",
    ],
)
def test_verbs_of_no_task_make_no_action(body: str) -> None:
    assert _actions(body) == []


def _bare_actions(text: str) -> list[tuple[str | None, str]]:
    parsed = parse_strict(
        "Holmwood Bowls Club: notes of the committee meeting held on 3 June 2026\n\n" + text
    )
    return [(a.owner, a.text.rstrip(".")) for a in parsed.actions]


@pytest.mark.parametrize(
    "text",
    [
        # an attendance list: a name that is a verb too ("Bob") and its initials
        "#### Attendees:\n- Ann Lee - Brightwater (ALE)\n- Bob Tate - Harbour Trust (BTT)\n"
        "- Carl Moss - Kingsway (CMO)\n\n### 1. Green\nThe green is fine.\n",
        # an ideas list with sizes in brackets: no initials, and "Proof of": a noun
        "### 2. Ideas\n* Python bindings for the scripts (XL)\n"
        "  1. Proof of concept for the data store (XXL)\n  2. Fix the build scripts (M)\n",
        "### 2. Ideas\n* Laminate the fixture cards (XL)\n* Winterise the mower (S)\n",
    ],
)
def test_names_and_sizes_in_brackets_are_no_owners(text: str) -> None:
    assert _bare_actions(text) == []
