"""Matters arising, round 23: how the next minutes report what became of an action, and near
misses that report the same kind of work done for another occasion, on another thing of the
same matter, or by another body than the action's owner.

Minutes invented for a fictional bowls club; each case asserts the exact proposals.
"""

from __future__ import annotations

from datetime import date

import pytest

from clerk_tui.core.reconcile import DONE, UPDATE, OpenAction, reconcile

MAY, JUNE = date(2025, 5, 6), date(2025, 6, 3)

MARQUEE = "Hire the marquee for the open day"
BADGES = "Order the name badges for the league final"
NOTICE = "Write to the groundsman about the worn rink"
ACTIONS = [
    OpenAction(1, MARQUEE, "Ines", MAY, minute="31/25"),
    OpenAction(2, BADGES, "Owen", MAY, minute="32/25"),
    OpenAction(3, NOTICE, "Secretary", MAY, minute="33/25"),
]


def _proposed(text: str) -> list[tuple[str, str]]:
    texts = {a.id: a.text for a in ACTIONS}
    return [(texts[p.action_id], p.kind) for p in reconcile(text, ACTIONS, JUNE)]


def _arising(*lines: str) -> str:
    return "## Matters arising\n" + "\n".join(lines) + "\n\n## Treasurer\nThe accounts balanced.\n"


# The same work reported for another occasion: the words saying what the thing is for
# disagree ("for the autumn dinner" is not "for the open day").


@pytest.mark.parametrize(
    "said",
    [
        "Minute 31/25: the hire of the marquee for the autumn dinner had been completed.",
        "Minute 31/25 – the marquee for the autumn dinner was hired.",
        "- Hire the marquee (Ines) – the marquee for the autumn dinner has been hired.",
    ],
)
def test_the_same_work_for_another_occasion_is_no_done(said: str) -> None:
    assert DONE not in [kind for _, kind in _proposed(_arising(said))]


@pytest.mark.parametrize(
    "said",
    [
        "Minute 31/25: the marquee for the open day had been hired.",
        "- Hire the marquee (Ines) – the marquee for the open day has been hired.",
        "Minute 31/25 – the marquee was hired for 14 June.",
    ],
)
def test_the_same_occasion_or_a_date_still_closes_it(said: str) -> None:
    assert _proposed(_arising(said)) == [(MARQUEE, DONE)]


# The same work done to another thing of the same matter: another head noun, what it is for
# the same ("the programmes for the league final" are not its name badges).


@pytest.mark.parametrize(
    "said",
    [
        "The lanyards for the league final had been ordered.",
        "Owen had ordered the trophies for the league final.",
        "The pennants for the league final were ordered last week.",
    ],
)
def test_the_same_work_on_another_thing_is_no_done(said: str) -> None:
    assert DONE not in [kind for _, kind in _proposed(_arising(said))]


def test_the_thing_itself_ordered_still_closes_it() -> None:
    said = "The name badges for the league final had been ordered."
    assert _proposed(_arising(said)) == [(BADGES, DONE)]


# The work done by a body other than the action's owner, named in small letters: the subject
# of the report ("the social committee had ordered ...") or its agent ("... by the youth
# section"): another owner's work, no 'done' of this one.


@pytest.mark.parametrize(
    "said",
    [
        "The social committee had ordered the name badges for the league final.",
        "The name badges for the league final had been ordered by the county association.",
        "The ladies' section team had ordered the badges for the league final.",
    ],
)
def test_the_work_of_another_body_is_no_done_of_the_owners(said: str) -> None:
    assert DONE not in [kind for _, kind in _proposed(_arising(said))]


@pytest.mark.parametrize(
    "said",
    [
        "Owen had ordered the name badges for the league final.",
        "The name badges for the league final had been ordered by Owen.",
        "The committee had ordered the name badges for the league final.",
        "The working group had ordered the name badges for the league final.",
    ],
)
def test_the_owner_or_the_meetings_own_body_still_closes_it(said: str) -> None:
    assert _proposed(_arising(said)) == [(BADGES, DONE)]


def test_a_body_that_owns_the_action_closes_it() -> None:
    actions = [OpenAction(1, BADGES, "Social committee", MAY)]
    said = _arising("The social committee had ordered the name badges for the league final.")
    assert [(p.action_id, p.kind) for p in reconcile(said, actions, JUNE)] == [(1, DONE)]


def test_a_hope_of_the_owner_is_progress_not_done() -> None:
    said = _arising("Owen hoped the name badges for the league final would be ordered soon.")
    assert _proposed(said) == [(BADGES, UPDATE)]


# An action to seek something is done once it is received or granted; a reason given after the
# report ("as the post is still vacant") says why, not that the matter goes on.

LICENCE = "Seek consent from the borough council for the clubhouse bar licence"
SOUGHT = [OpenAction(1, LICENCE, "Secretary", MAY)]


def _sought(said: str) -> list[str]:
    return [p.kind for p in reconcile(_arising(said), SOUGHT, JUNE)]


@pytest.mark.parametrize(
    "said",
    [
        "The Secretary advised that they had received consent from the borough council for the"
        " clubhouse bar licence.",
        "Consent for the clubhouse bar licence had been granted by the borough council.",
        "The Secretary reported that consent for the bar licence had been received from the"
        " borough council, as the steward is still needed at weekends.",
        "The Secretary confirmed the borough council had now granted consent for the clubhouse"
        " bar licence because it was still the same tenant.",
    ],
)
def test_what_was_sought_received_or_granted_closes_it(said: str) -> None:
    assert _sought(said) == [DONE]


@pytest.mark.parametrize(
    "said",
    [
        "The borough council had not yet given consent for the clubhouse bar licence.",
        "Consent for the clubhouse bar licence had been received, as the licence is still awaited.",
        "The Secretary hoped consent for the clubhouse bar licence would be granted in July.",
        "Consent for the clubhouse bar licence will be granted once the plans are received.",
    ],
)
def test_what_is_still_sought_is_no_done(said: str) -> None:
    assert DONE not in _sought(said)


# Part of the work done, said by a quantity of its thing: progress, never a 'done'.


@pytest.mark.parametrize(
    "said",
    [
        "Some of the name badges for the league final had been ordered.",
        "Most of the badges for the league final were ordered last week.",
        "Owen had ordered part of the name badges for the league final.",
        "Much of the marquee for the open day has been hired.",
    ],
)
def test_a_part_of_the_thing_done_is_progress(said: str) -> None:
    assert DONE not in [kind for _, kind in _proposed(_arising(said))]
