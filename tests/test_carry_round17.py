"""Round 17, owners carried by labels and speakers (issue 11): Greywell text, written for
these tests."""

from __future__ import annotations

import pytest

from tests.conftest import owned_actions

NUMBERED_SPEAKERS = """Greywell Tennis Club committee, 3 March 2025

1. Open day

\t31. NM - I will send the entry forms out to the clubs.
\t32. WQ - Ok, so everyone should have a look at them.
4. Priya: I'll draft the letter to the league by Friday.
5) KT - I think the day went well.
6. KT - We will need more chairs.
"""


def test_a_speakers_label_after_a_points_number_owns_the_first_person() -> None:
    """ "31. NM - I will ...", "4. Priya: I'll ...": the number is passed over and the label
    names who "I" is; a view ("I think") or a need ("we will need") is no task."""
    assert owned_actions(NUMBERED_SPEAKERS) == [
        ("NM", "Send the entry forms out to the clubs."),
        ("Priya", "Draft the letter to the league by Friday."),
    ]


@pytest.mark.parametrize("number", ["2.1 ", "(3) ", "12. ", "7) "])
def test_any_points_number_before_a_speakers_label(number: str) -> None:
    text = f"Greywell Tennis Club committee, 3 March 2025\n\n{number}JB - I will order the nets.\n"
    assert owned_actions(text) == [("JB", "Order the nets.")]


def test_a_number_before_a_topics_label_names_no_speaker() -> None:
    text = (
        "Greywell Tennis Club committee, 3 March 2025\n\n"
        "4. Budget: I will say more about this next time.\n"
    )
    assert owned_actions(text) == []
