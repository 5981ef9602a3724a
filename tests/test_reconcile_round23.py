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


# A status after the task and a colon ("Ines to hire the marquee for the open day: Complete"),
# as after a dash.


@pytest.mark.parametrize(
    ("entry", "kind"),
    [
        ("Ines to hire the marquee for the open day: Complete", DONE),
        ("Hire the marquee for the open day (Ines): done.", DONE),
        ("Ines will hire the marquee for the open day: actioned", DONE),
        ("Ines to hire the marquee for the open day: ongoing, two firms asked", UPDATE),
        ("Ines to hire the marquee for the open day: carried forward", UPDATE),
        ("Ines to hire the marquee for the open day: still awaiting a price", UPDATE),
    ],
)
def test_a_status_after_the_task_and_a_colon(entry: str, kind: str) -> None:
    text = (
        f"## Review of actions\n{entry}\nOwen to order the name badges for the league final: Open\n"
    )
    assert _proposed(text) == [(MARQUEE, kind), (BADGES, UPDATE)]


# A line keyed by the action's minute, labelled or not, with its status ("Ref 31/25 – Action
# closed"): that action's status, and no heading over the lines after it.


@pytest.mark.parametrize(
    "entry",
    [
        "31/25 - Action complete.",
        "Ref 31/25 – Action closed",
        "Min. 31/25: Actioned",
        "Ref. 31/25 Done",
    ],
)
def test_a_minute_number_then_its_status(entry: str) -> None:
    text = (
        f"Matters arising from the last meeting\n{entry}\n32/25 - Still waiting for the supplier.\n"
    )
    assert _proposed(text) == [(MARQUEE, DONE), (BADGES, UPDATE)]


@pytest.mark.parametrize(
    "entry",
    [
        "Ref 31/25 – Action not complete",
        "31/25 – carried forward",
        "Min. 31/25: open",
    ],
)
def test_a_minute_number_then_work_still_open(entry: str) -> None:
    assert _proposed(f"Matters arising from the last meeting\n{entry}\n") == [(MARQUEE, UPDATE)]


# An entry titled by the heading of the item the action was recorded under, with a bare status
# ("#### 2.1 Rink rota" then "Actioned."): that action's status, when one action only sat
# under that heading.

ROTA = "Ask two members to take turns with the roller"
TOPICAL = [
    OpenAction(1, ROTA, "Pip", MAY, topic="Rink rota"),
    OpenAction(2, "Walk the boundary and count the gaps", "Lu", MAY, topic="Hedge survey"),
]


def _topical(text: str) -> list[tuple[int, str]]:
    return [(p.action_id, p.kind) for p in reconcile(text, TOPICAL, JUNE)]


@pytest.mark.parametrize(
    "text",
    [
        "### 2. Actions from the previous meeting\n\n#### 2.1 Rink rota\n\nActioned.\n",
        "## Actions from the last meeting\n\n### Rink rota new approach\n\nDone.\n",
        "## Review of actions\n- Rink rota: actioned.\n- Hedge survey: ongoing.\n",
        "## Matters arising\nRink rota – complete\n",
    ],
)
def test_an_entry_titled_by_the_actions_item_gives_its_status(text: str) -> None:
    assert _topical(text)[:1] == [(1, DONE)]


@pytest.mark.parametrize(
    "text",
    [
        "## Review of actions\n- Rink rota: ongoing.\n",
        "## Actions from the last meeting\n\n### Rink rota\n\nStill to be arranged.\n",
        "## Review of actions\n- Rink rota and summer rota for the green: done.\n",
    ],
)
def test_an_entry_titled_by_the_item_with_work_open_or_more_is_no_done(text: str) -> None:
    assert DONE not in [kind for _, kind in _topical(text)]


def test_an_item_heading_two_actions_sat_under_names_neither() -> None:
    actions = [*TOPICAL, OpenAction(3, "Buy a new roller", "Lu", MAY, topic="Rink rota")]
    text = "## Review of actions\n- Rink rota: actioned.\n"
    assert reconcile(text, actions, JUNE) == []


# The action's own work reported done, then the next step for its thing joined on with no
# subject of its own ("... had been ordered and will be handed out at the final"): the next
# step is other work, no doubt that this was done.


@pytest.mark.parametrize(
    "said",
    [
        "The name badges for the league final had been ordered and will be handed out on the day.",
        "Owen had ordered the name badges for the league final and they would be paid for from"
        " the social fund.",
        "Name badges for the league final were ordered, and are to be collected by the captain.",
        "The name badges for the league final have now been ordered and will be discussed under"
        " item 7.",
    ],
)
def test_done_then_the_next_step_for_its_thing_closes_it(said: str) -> None:
    assert _proposed(_arising(said)) == [(BADGES, DONE)]


@pytest.mark.parametrize(
    "said",
    [
        "The name badges for the league final had been ordered and would be ordered again in"
        " spring.",
        "The name badges for the league final had been ordered and will be confirmed once the"
        " colours are chosen.",
        "The name badges for the league final had been chosen and would be ordered next week.",
        "Some of the name badges for the league final had been ordered and will be handed out.",
    ],
)
def test_done_then_more_of_the_same_work_is_no_done(said: str) -> None:
    assert DONE not in [kind for _, kind in _proposed(_arising(said))]


# Everyday words of a thing seen to: "dealt with", someone "has done this", a note "completed by
# Owen".


@pytest.mark.parametrize(
    "said",
    [
        "League final name badges – dealt with.",
        "League final: Owen had dealt with the name badges order.",
        "Name badges for the league final: Owen has done this.",
        "Name badges for the league final: Owen had already done it.",
        "League final name badges – completed by Owen.",
        "Name badges for the league final – ordered by Owen on 20 May.",
    ],
)
def test_everyday_words_of_a_thing_seen_to_close_it(said: str) -> None:
    assert _proposed(_arising(said)) == [(BADGES, DONE)]


@pytest.mark.parametrize(
    "said",
    [
        "League final name badges – being dealt with.",
        "League final name badges – to be dealt with by Owen.",
        "Name badges for the league final: Owen has not done this yet.",
        "League final name badges – to be completed by Owen.",
        "Name badges for the league final: Owen would have done this but the shop was shut.",
    ],
)
def test_a_thing_still_to_be_seen_to_is_no_done(said: str) -> None:
    assert DONE not in [kind for _, kind in _proposed(_arising(said))]
