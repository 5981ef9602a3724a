"""Commitments by their grammar, round 18, on made-up Brackley Green Hall Committee minutes:
an agent (dotted initials, a role after "our"/"your", everyone) with a cue and a task, and
the near misses that must give no action (past, reports, hedges, negations, questions)."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict

_HEAD = (
    "Brackley Green Hall Committee: minutes of the meeting held on 3 March 2026\n"
    "Present: Nia Oduya, Rhys Pell, Tomas Kerr, Vera Lund\n\n"
    "4. Business\n"
)


def _actions(line: str) -> list[tuple[str | None, str]]:
    parsed = parse_strict(_HEAD + line + "\n\n9. Close\nClosed at 9pm.\n")
    return [(a.owner, a.text.rstrip(".")) for a in parsed.actions]


@pytest.mark.parametrize(
    ("line", "owner", "task"),
    [
        ("N.O. will order new chairs for the hall.", "N.O.", "Order new chairs for the hall"),
        ("R.P. to book the sweep for April.", "R.P.", "Book the sweep for April"),
        ("The boiler is failing. T.K. is to get two quotes.", "T.K.", "Get two quotes"),
        ("V.L./R.P. to draft the hire leaflet.", "V.L./R.P.", "Draft the hire leaflet"),
        ("J.P.K. will be repainting the porch in May.", "J.P.K.", "Repaint the porch in May"),
    ],
)
def test_dotted_initials_before_a_cue(line: str, owner: str, task: str) -> None:
    assert _actions(line) == [(owner, task)]


@pytest.mark.parametrize(
    "line",
    [
        "N.O. ordered new chairs for the hall.",
        "R.P. has booked the sweep.",
        "T.K. might get two quotes if the boiler fails again.",
        "V.L. will not draft the hire leaflet.",
    ],
)
def test_dotted_initials_not_a_commitment(line: str) -> None:
    assert _actions(line) == []


@pytest.mark.parametrize(
    ("line", "owner", "task"),
    [
        ("Our Secretary will write to the brewery.", "Our Secretary", "Write to the brewery"),
        ("Our Clerk is to renew the licence.", "Our Clerk", "Renew the licence"),
        ("Your Chairman to sign the lease.", "Your Chairman", "Sign the lease"),
        (
            "The gutters are blocked. Our Treasurer will pay the roofer.",
            "Our Treasurer",
            "Pay the roofer",
        ),
        (
            "Lease - our clerk to send the plan to the tenant",
            "our clerk",
            "Send the plan to the tenant",
        ),
    ],
)
def test_a_role_after_our_or_your(line: str, owner: str, task: str) -> None:
    assert _actions(line) == [(owner, task)]


@pytest.mark.parametrize(
    "line",
    [
        "Our Secretary wrote to the brewery.",
        "Our Clerk has renewed the licence.",
        "Your Chairman might sign the lease if the terms change.",
        "Our Treasurer will not pay the roofer until the work is done.",
    ],
)
def test_a_role_after_our_not_a_commitment(line: str) -> None:
    assert _actions(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "Nia will never hire the hall to the quiz league again.",
        "RP will no longer collect the keys on Fridays.",
        "Tomas said he would no longer run the bar.",
        "Vera Lund would no longer chair the garden group.",
        "It was agreed Rhys would no longer sign the cheques.",
        "Nia will neither book nor pay the band.",
    ],
)
def test_a_negation_after_the_modal_is_no_commitment(line: str) -> None:
    assert _actions(line) == []


@pytest.mark.parametrize(
    ("line", "owner", "task"),
    [
        (
            "Nia will now hire the hall to the quiz league.",
            "Nia",
            "Hire the hall to the quiz league",
        ),
        ("RP will again collect the keys on Fridays.", "RP", "Collect the keys on Fridays"),
    ],
)
def test_an_adverb_after_the_modal_still_commits(line: str, owner: str, task: str) -> None:
    assert _actions(line) == [(owner, task)]


@pytest.mark.parametrize(
    "line",
    [
        "It was not agreed that Tomas would repaint the porch.",
        "It was not agreed Vera would hire the marquee.",
        "Members did not ask Rhys to renew the insurance.",
        "The committee never asked the Clerk to move the bins.",
        "Members didn't ask Nia to order the chairs.",
        "The Treasurer has not been asked to pay the roofer.",
    ],
)
def test_a_denied_cue_hands_out_no_task(line: str) -> None:
    assert _actions(line) == []


@pytest.mark.parametrize(
    ("line", "owner", "task"),
    [
        ("It was agreed that Tomas would repaint the porch.", "Tomas", "Repaint the porch"),
        ("Members asked Rhys to renew the insurance.", "Rhys", "Renew the insurance"),
        (
            "The Clerk had not heard back and will chase the roofer.",
            "The Clerk",
            "Chase the roofer",
        ),
    ],
)
def test_a_cue_not_denied_still_hands_out_the_task(line: str, owner: str, task: str) -> None:
    assert _actions(line) == [(owner, task)]


@pytest.mark.parametrize(
    "line",
    [
        "Nia will perhaps order the chairs.",
        "The Clerk will maybe write to the brewery.",
        "RP would perhaps collect the keys.",
        "Tomas will maybe repaint the porch in May.",
    ],
)
def test_a_hedge_after_the_modal_is_no_promise(line: str) -> None:
    assert _actions(line) == []


@pytest.mark.parametrize(
    ("line", "owner", "task"),
    [
        (
            "All members will read the draft lease before May.",
            "All members",
            "Read the draft lease before May",
        ),
        (
            "Everyone will bring a dish to the harvest supper.",
            "Everyone",
            "Bring a dish to the harvest supper",
        ),
        (
            "Everybody will check their own expense claims.",
            "Everybody",
            "Check their own expense claims",
        ),
        (
            "The hall is shut. All members will walk the boundary on Sunday.",
            "All members",
            "Walk the boundary on Sunday",
        ),
        (
            "all members will sign the new code of conduct.",
            "all members",
            "Sign the new code of conduct",
        ),
    ],
)
def test_all_members_or_everyone_before_will(line: str, owner: str, task: str) -> None:
    assert _actions(line) == [(owner, task)]


@pytest.mark.parametrize(
    "line",
    [
        "All members will receive a copy of the lease.",
        "Everyone will enjoy the harvest supper.",
        "All members will consider the lease at the next meeting.",
        "All members read the draft lease.",
        "Everyone might bring a dish if the kitchen is open.",
        "All members will not walk the boundary this year.",
    ],
)
def test_all_members_or_everyone_not_a_task(line: str) -> None:
    assert _actions(line) == []


@pytest.mark.parametrize(
    ("line", "owner", "task"),
    [
        ("Members asked our Clerk to renew the licence.", "our Clerk", "Renew the licence"),
        ("The Chair asked our Treasurer to pay the roofer.", "our Treasurer", "Pay the roofer"),
        ("Members asked your Chairman to sign the lease.", "your Chairman", "Sign the lease"),
        (
            "Members requested that our Clerk write to the brewery.",
            "our Clerk",
            "Write to the brewery",
        ),
        ("It was agreed our Secretary would book the sweep.", "our Secretary", "Book the sweep"),
    ],
)
def test_a_role_after_our_asked_or_agreed(line: str, owner: str, task: str) -> None:
    assert _actions(line) == [(owner, task)]


@pytest.mark.parametrize(
    "line",
    [
        "Members did not ask our Clerk to renew the licence.",
        "Our Treasurer asked whether the roofer had been paid.",
        "Members asked our residents to report potholes.",
    ],
)
def test_a_role_after_our_asked_not_a_task(line: str) -> None:
    assert _actions(line) == []


@pytest.mark.parametrize(
    ("line", "owner", "task"),
    [
        ("Nia has undertaken to order the chairs.", "Nia", "Order the chairs"),
        ("The Clerk has undertaken to write to the brewery.", "The Clerk", "Write to the brewery"),
        ("RP has agreed to collect the keys.", "RP", "Collect the keys"),
        ("TK has kindly undertaken to mow the verge.", "TK", "Mow the verge"),
        ("VL has offered to sort the lost property.", "VL", "Sort the lost property"),
        (
            "Rhys Pell reported a leak. He has undertaken to get two quotes.",
            "Rhys Pell",
            "Get two quotes",
        ),
    ],
)
def test_has_undertaken_or_a_members_initials_with_has(line: str, owner: str, task: str) -> None:
    assert _actions(line) == [(owner, task)]


@pytest.mark.parametrize(
    "line",
    [
        "The County Council has undertaken to resurface the lane.",
        "The ICB has agreed to fund the post.",
        "Nia had undertaken to order the chairs.",
        "Repairs have been undertaken to the porch roof.",
        "Nia has not undertaken to order the chairs.",
    ],
)
def test_has_undertaken_not_a_members_task(line: str) -> None:
    assert _actions(line) == []


@pytest.mark.parametrize(
    ("line", "owner", "task"),
    [
        ("Nia will once more order the chairs.", "Nia", "Order the chairs"),
        ("Rhys and Vera will between them paint the porch.", "Rhys and Vera", "Paint the porch"),
        ("Tomas will himself ring the sweep.", "Tomas", "Ring the sweep"),
        ("Vera will in turn write to the brewery.", "Vera", "Write to the brewery"),
        ("The Clerk will in due course renew the licence.", "The Clerk", "Renew the licence"),
        ("Nia to in the meantime lock the side door.", "Nia", "Lock the side door"),
    ],
)
def test_an_adverbial_of_more_words_between_the_cue_and_the_task(
    line: str, owner: str, task: str
) -> None:
    assert _actions(line) == [(owner, task)]


@pytest.mark.parametrize(
    "line",
    [
        "Nia once more ordered the chairs.",
        "Vera in turn wrote to the brewery.",
        "Tomas might himself ring the sweep.",
    ],
)
def test_an_adverbial_of_more_words_not_a_task(line: str) -> None:
    assert _actions(line) == []


@pytest.mark.parametrize(
    ("line", "owner", "task"),
    [
        ("Nia was happy to order the chairs.", "Nia", "Order the chairs"),
        ("Rhys would be happy to draft the hire leaflet.", "Rhys", "Draft the hire leaflet"),
        ("The Clerk is willing to renew the licence.", "The Clerk", "Renew the licence"),
        ("TK would be pleased to ring the sweep.", "TK", "Ring the sweep"),
        (
            "Vera Lund reported a leak. She was prepared to get two quotes.",
            "Vera Lund",
            "Get two quotes",
        ),
    ],
)
def test_an_offer_by_willingness(line: str, owner: str, task: str) -> None:
    assert _actions(line) == [(owner, task)]


@pytest.mark.parametrize(
    "line",
    [
        "Nia was happy with the new chairs.",
        "Rhys was pleased to report that the porch is painted.",
        "The Clerk was happy to support the application.",
        "Vera was not willing to ring the sweep.",
        "The County Council is willing to repair the wall.",
        "Tomas was happy to see the porch painted.",
    ],
)
def test_willingness_not_an_offer(line: str) -> None:
    assert _actions(line) == []


@pytest.mark.parametrize(
    ("line", "owner", "task"),
    [
        ("ACTION: Nia agreed to order the chairs.", "Nia", "Order the chairs"),
        ("Action - Rhys was asked to renew the insurance.", "Rhys", "Renew the insurance"),
        ("Action: It was agreed Vera would hire the marquee.", "Vera", "Hire the marquee"),
        ("Action: the Clerk offered to write to the brewery.", "the Clerk", "Write to the brewery"),
        ("ACTION: Members asked TK to mow the verge.", "TK", "Mow the verge"),
    ],
)
def test_an_action_mark_before_any_cue(line: str, owner: str, task: str) -> None:
    assert _actions(line) == [(owner, task)]


@pytest.mark.parametrize(
    ("line", "task"),
    [
        ("Action: Nia wrote to the brewery.", "Nia wrote to the brewery"),
        ("ACTION: It was agreed to buy a bench.", "It was agreed to buy a bench"),
        (
            "Action: Tomas is pricing a boiler and will come back with a quote.",
            "Tomas is pricing a boiler and will come back with a quote",
        ),
    ],
)
def test_an_action_mark_with_no_owner_in_its_cue(line: str, task: str) -> None:
    assert _actions(line) == [(None, task)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Action: Nia to order the chairs; Rhys to pay the invoice.",
            [("Nia", "Order the chairs"), ("Rhys", "Pay the invoice")],
        ),
        (
            "ACTION: Clerk to write to the brewery; Chair to sign the letter.",
            [("Clerk", "Write to the brewery"), ("Chair", "Sign the letter")],
        ),
        (
            "Actions: VL to book the sweep, TK to clear the hearth.",
            [("VL", "Book the sweep"), ("TK", "Clear the hearth")],
        ),
        (
            "Action - Tomas to get two quotes; Vera will ring the insurer.",
            [("Tomas", "Get two quotes"), ("Vera", "Ring the insurer")],
        ),
    ],
)
def test_an_action_mark_over_two_owners_clauses(line: str, expected: list[tuple[str, str]]) -> None:
    assert _actions(line) == expected


@pytest.mark.parametrize(
    ("line", "task"),
    [
        (
            "Action: Nia to order the chairs; the shop is closed.",
            "Order the chairs; the shop is closed",
        ),
        ("Action: Rhys to ring the roofer, who will quote.", "Ring the roofer, who will quote"),
    ],
)
def test_an_action_mark_over_one_owners_clauses(line: str, task: str) -> None:
    assert len(_actions(line)) == 1
    assert _actions(line)[0][1] == task
