"""Round 21: an action's passage names its owner. When the clause a rule read does not
(the owner is a tag after the sentence, a column, a label before the task, or a speaker),
the passage is the whole sentence with that tag; a clause that names its owner stays."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict

_HEAD = (
    "Minutes of the Parks Committee, 3 March 2025\n"
    "Present: Kwame Osei (KO), Rita Patel (RP), Dan Brook (DB)\n\n"
)


def _passages(body: str) -> list[tuple[str | None, str]]:
    text = _HEAD + body
    return [(a.owner, text[a.start : a.end]) for a in parse_strict(text).actions]


@pytest.mark.parametrize(
    ("body", "owner", "passage"),
    [
        (
            "2. Leaflets\nA leaflet will be produced for the open day.          KO\n",
            "KO",
            "A leaflet will be produced for the open day.          KO",
        ),
        (
            "3. Talks\nIt was agreed to invite the beekeepers to talk at a meeting, on a "
            "date to suit them. KO to deal with this.\n",
            "KO",
            "It was agreed to invite the beekeepers to talk at a meeting, on a date to suit "
            "them. KO to deal with this.",
        ),
    ],
)
def test_an_owner_tag_after_the_sentence_is_in_its_passage(
    body: str, owner: str, passage: str
) -> None:
    assert _passages(body)[0] == (owner, passage)


def test_two_jobs_in_one_sentence_keep_their_own_clauses() -> None:
    assert _passages("4. Hall\nKO to book the hall, RP to order the urn.\n") == [
        ("KO", "KO to book the hall"),
        ("RP", "RP to order the urn."),
    ]


def test_a_long_rest_of_the_line_is_no_tag() -> None:
    """What follows the sentence on its line is another sentence, not a tag on it."""
    body = (
        "5. Paths\nA reply would be sent to the residents about the gravel path. The "
        "contractor's quote was thought fair by everyone present.\n"
    )
    assert _passages(body) == [
        (None, "A reply would be sent to the residents about the gravel path."),
    ]
