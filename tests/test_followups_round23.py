"""Follow-ups on unseen minutes (issue 11, round 23): what comes back to a later meeting of
this body, against what only happens later. Each kind with invented variants (a fictional
parish council and a fictional project's call, meeting on Thursday 2 July 2026) and near
misses it must not fire on."""

from __future__ import annotations

import pytest

from tests.test_fudec_round20 import follow_ups

# --- absent today, a report brought to a later meeting ------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Cllr Moss was unable to attend (he hoped to report to the September meeting).",
            "Cllr Moss was unable to attend (he hoped to report to the September meeting).",
        ),
        (
            "The Tree Warden could not attend; she will bring her survey to the next meeting.",
            "The Tree Warden could not attend; she will bring her survey to the next meeting.",
        ),
        (
            "Mrs Hart could not attend (the accounts will come back to the October meeting).",
            "Mrs Hart could not attend (the accounts will come back to the October meeting).",
        ),
        (
            "PCSO Grant couldn't attend tonight; he will report back at the next meeting.",
            "PCSO Grant couldn't attend tonight; he will report back at the next meeting.",
        ),
    ],
)
def test_absent_today_a_report_brought_to_a_later_meeting(body: str, expected: str) -> None:
    assert follow_ups(body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # apologies for a meeting to come: nothing comes back
        "Cllr Lee said she will be unable to attend the September meeting.",
        "Bob: may not be able to join the next call due to leave.",
        # absent today, what would have been brought named with it
        "The Tree Warden was unable to attend this evening's meeting to report to members.",
        "Mr Tate could not attend to give his report to the Council.",
    ],
)
def test_an_apology_brings_nothing_back(body: str) -> None:
    assert follow_ups(body) == []
