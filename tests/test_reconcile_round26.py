"""Matters arising, round 26: how the next minutes of a parish council report an outcome in
prose, under the item of the same subject, and near misses that must not close an action.

Each case is a pair of invented minutes of a fictional parish council: the first minutes'
actions are parsed, then the second minutes reconciled against them; the exact proposals are
asserted.
"""

from __future__ import annotations

from datetime import date

import pytest

from clerk_tui.core.parse import parse
from clerk_tui.core.reconcile import DONE, UPDATE, parsed_open_actions, reconcile
from clerk_tui.core.reconcile.grammar import verb_form
from clerk_tui.core.reconcile.sections import titles

MAY, JUNE = date(2026, 5, 12), date(2026, 6, 9)

QUOTES = "Obtain three quotes for resurfacing the car park"
BIN = "Order a dog bin for the recreation ground"
SEATS = "Purchase replacement swing seats for the play area"

FIRST = """KETTLEBY PARISH COUNCIL
Minutes of the meeting held on 12 May 2026

41/26 Car park
The car park was discussed. Cllr Ormerod to obtain three quotes for resurfacing the car park.

42/26 Recreation ground
Members agreed that a bin was needed. The Clerk to order a dog bin for the recreation ground.

43/26 Play area
The Clerk to purchase replacement swing seats for the play area.
"""


def _proposed(second: str, first: str = FIRST) -> list[tuple[str, str]]:
    actions = parsed_open_actions(first, parse(first, meeting_date=MAY), MAY)
    texts = {a.id: a.text.rstrip(".") for a in actions}
    return [(texts[p.action_id], p.kind) for p in reconcile(second, actions, JUNE)]


def _minutes(*items: str) -> str:
    return (
        "KETTLEBY PARISH COUNCIL\nMinutes of the meeting held on 9 June 2026\n\n"
        + "\n\n".join(items)
        + "\n\n58/26 Date of next meeting\nThe next meeting will be held on 14 July.\n"
    )


def test_the_first_minutes_give_the_three_actions() -> None:
    actions = parsed_open_actions(FIRST, parse(FIRST, meeting_date=MAY), MAY)
    assert [(a.text.rstrip("."), a.owner) for a in actions] == [
        (QUOTES, "Cllr Ormerod"),
        (BIN, "The Clerk"),
        (SEATS, "The Clerk"),
    ]


# A minute's number and title on a line of their own head the paragraph under them: what
# the paragraph reports is about the item the title names.


@pytest.mark.parametrize(
    "line",
    ["52/26 Car park", "52/26 CAR PARK", "7 CAR PARK", "7.2 Car Park", "2606/07 CAR PARK."],
)
def test_a_numbered_title_line_is_a_heading(line: str) -> None:
    text = f"{line}\nQuotes were received and considered.\n"
    assert titles(text) == [(0, line)]


@pytest.mark.parametrize(
    "line",
    [
        "7 Councillors were present at the start.",
        "12 members of the public attended",
        "52/26 The Clerk reported that three quotes had been received and were considered.",
    ],
)
def test_a_numbered_sentence_is_no_heading(line: str) -> None:
    assert titles(f"{line}\nMore was said.\n") == []


@pytest.mark.parametrize(
    "item",
    [
        "52/26 Car park\nQuotes were received and considered.",
        "7 CAR PARK\nQuotes had been obtained and were considered by members.",
        "52/26 Car Park Resurfacing\nThe quotes have now been received; the Clerk circulated them.",
    ],
)
def test_the_work_reported_under_its_items_numbered_title_is_done(item: str) -> None:
    assert _proposed(_minutes(item)) == [(QUOTES, DONE)]


@pytest.mark.parametrize(
    "item",
    [
        "52/26 Allotments\nQuotes were received and considered.",
        "52/26 Car park\nQuotes for the allotment fence were received.",
        "52/26 Car park\nQuotes are still awaited.",
        "52/26 Car park\nThe quotes will be received by the end of the month.",
    ],
)
def test_another_item_another_thing_or_work_to_come_is_no_done(item: str) -> None:
    assert (QUOTES, DONE) not in _proposed(_minutes(item))


# A thing bought, now installed, fitted or delivered: the buying is done.


def test_a_participle_of_install_is_install() -> None:
    assert verb_form("installed") == ("install", "past")
    assert verb_form("enrolled") == ("enroll", "past")
    assert verb_form("cancelled") == ("cancel", "past")


@pytest.mark.parametrize(
    ("item", "action"),
    [
        ("53/26 Recreation ground\nThe new bin has been installed.", BIN),
        ("53/26 RECREATION GROUND\nThe bin was installed on 2 June.", BIN),
        ("53/26 Play area\nThe replacement swing seats had been fitted.", SEATS),
        ("53/26 Play Area\nThe new swing seats were delivered last week.", SEATS),
    ],
)
def test_a_thing_bought_now_installed_or_delivered_is_done(item: str, action: str) -> None:
    assert _proposed(_minutes(item)) == [(action, DONE)]


@pytest.mark.parametrize(
    "item",
    [
        "53/26 Recreation ground\nThe dog bin will be installed next month.",
        "53/26 Recreation ground\nThe dog bin has not yet been installed.",
        "53/26 Highways\nA grit bin has been installed on Mill Hill.",
        "53/26 Recreation ground\nA new salt bin was installed by the County Council.",
        "53/26 Play area\nNew goal nets were fitted by the football club.",
    ],
)
def test_to_come_or_another_thing_installed_is_no_done(item: str) -> None:
    assert [p for p in _proposed(_minutes(item)) if p[1] == DONE] == []


def test_a_thing_installed_still_to_come_is_progress() -> None:
    second = _minutes("53/26 Recreation ground\nThe dog bin is being installed this week.")
    assert _proposed(second) == [(BIN, UPDATE)]


# A reply received from the one an action was to write to, about the same matter: the
# writing is done.

GULLY = "Write to the County Council about the blocked gully on Church Street"
LETTERS = """KETTLEBY PARISH COUNCIL
Minutes of the meeting held on 12 May 2026

44/26 Drainage
The Clerk to write to the County Council about the blocked gully on Church Street.
"""


@pytest.mark.parametrize(
    "item",
    [
        "54/26 Drainage\nA reply had been received from the County Council about the gully.",
        "54/26 Matters arising\nb) Gully – a response has been received from the County Council.",
        "54/26 Gully\nThe County Council has now replied.",
        "54/26 Drainage\nThe County Council have responded regarding the gully.",
    ],
)
def test_a_reply_from_the_one_written_to_is_done(item: str) -> None:
    assert _proposed(_minutes(item), LETTERS) == [(GULLY, DONE)]


@pytest.mark.parametrize(
    "item",
    [
        "54/26 Drainage\nA reply had been received from the County Council about the footpath"
        " on Church Street.",
        "54/26 Drainage\nNo reply had been received from the County Council about the gully.",
        "54/26 Drainage\nThe Clerk would write to the County Council again about the gully.",
        "54/26 Drainage\nA reply had been received from the police about the gully.",
        "54/26 Allotments\nThe County Council has now replied.",
    ],
)
def test_no_reply_another_matter_or_another_body_is_no_done(item: str) -> None:
    assert [p for p in _proposed(_minutes(item), LETTERS) if p[1] == DONE] == []


# A bare outcome under a title that opens with its minute's number ("52/26 Car park" then
# "This has now been done."): the item's action is done.


@pytest.mark.parametrize(
    ("item", "action"),
    [
        ("52/26 Car park\nThis has now been done.", QUOTES),
        ("7 CAR PARK\nCllr Ormerod reported that this was complete.", QUOTES),
        ("53/26 Recreation ground\nCompleted.", BIN),
        ("7.3 Play area\nThe Clerk confirmed that this had been actioned.", SEATS),
    ],
)
def test_a_bare_outcome_under_a_numbered_title_is_done(item: str, action: str) -> None:
    assert _proposed(_minutes(item)) == [(action, DONE)]


@pytest.mark.parametrize(
    "item",
    [
        "52/26 Car park\nThis has not yet been done.",
        "52/26 Car park\nThis will be done before the next meeting.",
        "52/26 Allotments\nThis has now been done.",
        "52/26 Car park\nThis has now been done; the resurfacing is still to be arranged and is"
        " ongoing.",
    ],
)
def test_not_done_or_another_item_is_no_done(item: str) -> None:
    assert [p for p in _proposed(_minutes(item)) if p[1] == DONE] == []


# A payment agreed for the work an action asked for (or for the thing it was to buy): the
# work is done.

UPKEEP = """KETTLEBY PARISH COUNCIL
Minutes of the meeting held on 12 May 2026

45/26 Bus shelter
The Clerk to arrange for the bus shelter to be cleaned.

46/26 Noticeboard
Cllr Ormerod to get the noticeboard repaired.

47/26 Recreation ground
The Clerk to order a dog bin for the recreation ground.

48/26 Churchyard
The Clerk to arrange for the grass at the churchyard to be cut.
"""
SHELTER = "Arrange for the bus shelter to be cleaned"
NOTICEBOARD = "Get the noticeboard repaired"
DOG_BIN = "Order a dog bin for the recreation ground"
GRASS = "Arrange for the grass at the churchyard to be cut"


@pytest.mark.parametrize(
    ("payment", "action"),
    [
        ("Payment of £120 to A Smith for cleaning the bus shelter was approved.", SHELTER),
        ("It was resolved to pay Ace Signs £95 for the noticeboard repair.", NOTICEBOARD),
        ("b) Ace Signs – noticeboard repair – £95 – paid", NOTICEBOARD),
        (
            "The invoice from Parkway Supplies for the dog bin (£210) was approved for payment.",
            DOG_BIN,
        ),
        ("Payment of £300 to Green Ltd for cutting the grass at the churchyard was agreed.", GRASS),
    ],
)
def test_a_payment_agreed_for_the_work_is_done(payment: str, action: str) -> None:
    assert _proposed(_minutes(f"60/26 Finance\n{payment}"), UPKEEP) == [(action, DONE)]


@pytest.mark.parametrize(
    "payment",
    [
        "The noticeboard repair (£95) will be paid on completion.",
        "Payment of £80 to J Lowe for repairing the bench was approved.",
        "Payment of £120 for cleaning the village hall was approved.",
        "It was resolved to accept the quote of £95 for the noticeboard repair.",
        "Payment of £300 for grass cutting was approved.",
        "Payment of £120 to the District Council for emptying the dog bin was approved.",
        "Payment of £60 for servicing the dog bin was agreed.",
        "The Clerk was asked to pay £95 to Ace Signs for the noticeboard repair.",
    ],
)
def test_a_deposit_a_payment_to_come_or_for_other_work_is_no_done(payment: str) -> None:
    proposed = _proposed(_minutes(f"60/26 Finance\n{payment}"), UPKEEP)
    assert [p for p in proposed if p[1] == DONE] == []
