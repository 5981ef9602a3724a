"""Decision rules, round 12, on made-up Riverside passages: "Agreed ..." after a topic run in
("Hall hire: Agreed a discount for the youth club") or with a bare noun and "of"/"for"
("Agreed terms of reference"); a note that the meeting weighed and settled a matter
("Discussed and agreed on the summer opening hours"); a nomination or motion seconded and
approved in one passive clause."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict

_HEAD = "Riverside allotment society, committee meeting, 3 March 2025\n\n"


def _decisions(text: str) -> list[str]:
    return [d.text for d in parse_strict(_HEAD + text).decisions]


@pytest.mark.parametrize(
    "line",
    [
        "Hall hire: Agreed a discount for the youth club.",
        "c. Water troughs: Agreed the new rota.",
        "-Agreed terms of reference for the shop subgroup",
        "Agreed date for the plant sale as 10 May.",
        "- discussed and agreed on the summer opening hours",
        "Reviewed and approved the seed order.",
        "The nomination was seconded and approved without opposition.",
        "Both trustees were nominated and approved.",
    ],
)
def test_a_decision(line: str) -> None:
    assert len(_decisions(line + "\n")) == 1


@pytest.mark.parametrize(
    "line",
    [
        "Hall hire: Agreed the Secretary would write to the youth club.",
        "The grant application has been approved by the county.",
        "Water troughs: discussed but no agreement.",
        "Sam discussed the rota with the warden.",
    ],
)
def test_no_decision(line: str) -> None:
    assert _decisions(line + "\n") == []
