"""Actions' precision on unseen minutes (issue 11, round 20): kinds of sentence that are no
task, beside near misses that are; and the one grammar of conditions the rules share."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict
from clerk_tui.core.parse.conditions import (
    CONDITION_RE,
    NEED_RE,
    OPENING_CONDITION_RE,
    SUBORDINATE_RE,
)

HEAD = (
    "Minutes of the Pavilion Committee, 9 April 2026\n"
    "Present: Nia Pryce, Owen Hart, Tess Marlow\n\n3. Business\n"
)


@pytest.mark.parametrize(
    "text",
    [
        "the budget stands unless the grant is refused",
        "we will order it, provided the club pays half",
        "providing that members agree",
        "Subject to planning consent",
        "depending on the weather",
        "If the hall is free",
    ],
)
def test_a_condition_is_found(text: str) -> None:
    assert CONDITION_RE.search(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "to proceed as per the guidance provided at the county meeting",
        "the chairs provided by the school",
        "the report was depended upon",
    ],
)
def test_provided_as_a_participle_is_no_condition(text: str) -> None:
    assert CONDITION_RE.search(text) is None


def test_each_sense_by_its_name() -> None:
    assert OPENING_CONDITION_RE.match("Should the hall be free") is not None
    assert OPENING_CONDITION_RE.match("The hall is free") is None
    assert SUBORDINATE_RE.split("Email them once the page is live", maxsplit=1)[0] == "Email them "
    assert NEED_RE.search("he would do it if the budget permits") is not None
    assert NEED_RE.search("as and when requested") is not None
    assert NEED_RE.search("if the gate is locked") is None


def test_a_participle_provided_keeps_the_follow_up() -> None:
    text = (
        HEAD + "Owen to contact the league to proceed as per the guidance provided at the "
        "county meeting and provide an update to the Committee.\n"
    )
    assert [f.text for f in parse_strict(text).follow_ups] != []
