"""Follow-ups on unseen minutes (issue 11, round 26): precision first, then recall. Each kind
with invented variants (a fictional parish council meeting on Thursday 2 July 2026) and near
misses."""

from __future__ import annotations

import pytest

from tests.test_fudec_round20 import follow_ups

# --- a programme of works is what an organisation does, not a meeting's programme ------------


@pytest.mark.parametrize(
    "body",
    [
        "The resurfacing of Mill Lane will be included in the programme of works for 2027.",
        "The Area Engineer confirmed that the footpath would be added to the programme of works.",
        "Cllr Tate asked that the drainage scheme be put in the programme of works.",
        "The Council will include the playground in its programme of work.",
        "The estate has been placed on the Roads Section's programme of works.",
        "Lighting at the car park to be incorporated into the programme of work for the depot.",
    ],
)
def test_a_programme_of_works_brings_nothing_back(body: str) -> None:
    assert follow_ups(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "The tree survey will be added to the work programme.",
        "The Committee agreed to add the bus review to its work programme for 2026-27.",
        "Road verges to be included in the forward plan.",
    ],
)
def test_a_committees_work_programme_still_brings_it_back(body: str) -> None:
    assert follow_ups(body) == [body]
