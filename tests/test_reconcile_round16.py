"""Matters arising on real-style pairs, round 16: a report that restates one of several
actions it shares words with reports that one; a completion followed by "and <another
thing> would ..." is not doubted by the other thing's future."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_tui.core.reconcile import DONE, UPDATE, OpenAction, reconcile
from clerk_tui.core.reconcile.cues import doubts
from tests.test_reconcile_pairs import open_actions, proposed

MARCH, APRIL = date(2025, 3, 4), date(2025, 4, 1)


def _proposed(text: str, actions: list[OpenAction]) -> list[tuple[int, str]]:
    return [(p.action_id, p.kind) for p in reconcile(text, actions, APRIL)]


URN = [
    OpenAction(1, "Order the tea urn as agreed", "Cllr Pike", MARCH),
    OpenAction(2, "Arrange ordering of the urn and its invoice to the hall", "Cllr Pike", MARCH),
]


def test_a_report_restating_one_of_two_actions_closes_that_one() -> None:
    """ "an order for the tea urn was placed on 3 March, as agreed" shares 'order' and 'urn' with
    both actions; it restates the first (order, urn, agreed), so the first is done and the
    second, which it only touches, gets the note."""
    text = (
        "7. Hall kitchen\n"
        "Cllr Pike said an order for the tea urn was placed on 3 March, as agreed, and its invoice "
        "is listed for approval under item 9.\n"
    )
    assert _proposed(text, URN) == [(1, DONE), (2, UPDATE)]


def test_a_report_of_other_work_on_the_thing_restates_no_action() -> None:
    """ "The invoice for the tea urn order had been paid" shares the first action's words but
    says no ordering done (its completion is said of the invoice): neither is done."""
    text = "7. Hall kitchen\nThe invoice for the tea urn order had been paid.\n"
    assert _proposed(text, URN) == [(1, UPDATE), (2, UPDATE)]


@pytest.mark.parametrize(
    ("clause", "action", "expected"),
    [
        # the other thing's future is no doubt of the banner
        (
            "The banner had been put up and the rota would be discussed in May",
            "Put up the banner by the gate",
            [],
        ),
        # the other thing is the action's own: still to come
        (
            "The banner had been put up and the rota would be discussed in May",
            "Put up the banner and draw up a rota",
            ["would", "be discussed"],
        ),
        # another subject, but speaking of the banner's work again: still to come
        (
            "The banner had been printed and the caretaker would put it up in May",
            "Get the new banner up by the gate",
            ["would"],
        ),
        (
            "The hedge had been cut and the contractor would return in May to finish",
            "Cut the hedge by the gate",
            ["would"],
        ),
        # the same subject going on is doubt, as before
        (
            "The banner had been ordered and would be delivered in May",
            "Put up the banner by the gate",
            ["would", "be delivered"],
        ),
    ],
)
def test_a_joined_clause_about_another_thing_is_no_doubt(
    clause: str, action: str, expected: list[str]
) -> None:
    assert doubts(clause, action) == expected


def test_an_advert_placed_and_another_matter_to_come_is_done() -> None:
    actions = [OpenAction(1, "Place an advert for a litter warden in the Parish News", None, MARCH)]
    done = (
        "8. Litter warden\n"
        "An advert had been placed in the Parish News and the appointment would be made in May.\n"
    )
    assert _proposed(done, actions) == [(1, DONE)]
    still = (
        "8. Litter warden\n"
        "An advert had been placed in the Parish News and the advert would run again in May.\n"
    )
    assert _proposed(still, actions) == [(1, UPDATE)]


RADIO = [
    OpenAction(
        1,
        "Arrange an interview with Radio Wey to promote the fun run before the summer",
        "Cllr Hart",
        MARCH,
    ),
    OpenAction(2, "Organise a visit to the sewage works for the youth council", "Ann", MARCH),
]


@pytest.mark.parametrize(
    ("minutes", "expected"),
    [
        # the event's own verb, in the passive, naming whom it was with
        ("Two of the runners were interviewed on Radio Wey by its breakfast host.\n", [(1, DONE)]),
        # in the active, with whom it was with as the object
        ("The youth council visited the sewage works on 12 March.\n", [(2, DONE)]),
        # the event with someone else
        ("Two of the runners were interviewed on Radio Kennet.\n", []),
        # still to come
        ("Two of the runners will be interviewed on Radio Wey in May.\n", []),
    ],
)
def test_an_event_arranged_is_done_when_its_verb_reports_it_held(
    minutes: str, expected: list[tuple[int, str]]
) -> None:
    """ "Arrange an interview with Radio Wey": "were interviewed on Radio Wey" reports the
    interview held, whoever was interviewed and whatever it was for; an interview elsewhere,
    or one to come, is no report of it."""
    assert [(i, kind) for i, kind in _proposed(minutes, RADIO) if kind == DONE] == expected


@pytest.mark.parametrize(
    ("report", "done"),
    [
        ("The Highways officer visited the site on 3 May.", True),
        ("The play area was inspected by the insurers' surveyor in March.", False),
        ("The Clerk visited the site on 3 May.", False),
        ("The Highways officer will visit the site on 3 May.", False),
    ],
)
def test_a_site_visit_arranged_is_done_when_the_one_it_was_with_visited(
    report: str, done: bool
) -> None:
    actions = [OpenAction(1, "Arrange a site visit with the Highways officer", "Clerk", MARCH)]
    assert (DONE in [kind for _, kind in _proposed(report, actions)]) is done


@pytest.mark.parametrize(
    ("report", "expected"),
    [
        # the item's words and a completion of something else: no news of the instructing
        (
            "9. Millbrook Green\nA wild flower bed at Millbrook Green, where the hedges have "
            "been cleared, was discussed.\n",
            [UPDATE],
        ),
        # the action's own verb
        ("9. Millbrook Green\nThe hedge contractor at the Green had been instructed.\n", [DONE]),
    ],
)
def test_an_action_naming_nothing_is_closed_only_by_its_own_verb(
    report: str, expected: list[str]
) -> None:
    """ "Cllr Reed to instruct." under "Hedges at Millbrook Green" takes its item's words; a
    sentence sharing them closes it only when it says the instructing was done."""
    actions = [OpenAction(1, "Instruct", "Cllr Reed", MARCH, topic="HEDGES AT MILLBROOK GREEN")]
    assert [kind for _, kind in _proposed(report, actions)] == expected


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        # the action taking its place has the work still going on
        ("_Superseded by Action 4.1_", "dropped"),
        ("- superseded by new action 4.1", "dropped"),
        # no successor named: the note that it goes on leaves it open, as before
        ("_Cancelled_", "update"),
    ],
)
def test_an_action_superseded_by_a_numbered_one_is_dropped_whatever_its_notes_say(
    status: str, expected: str
) -> None:
    actions = [
        OpenAction(
            1, "Check with the Rangers which footpath signs are missing", "Tom", MARCH, "3.5"
        )
    ]
    text = (
        "## Review of actions\n\n"
        f"- 3.5 Tom: Check with the Rangers which footpath signs are missing. {status}\n"
        "   - The Rangers walked the path but the survey is still not finished.\n"
    )
    assert [kind for _, kind in _proposed(text, actions)] == [expected]


def test_pair_reports_under_each_item_in_the_minutes_own_words() -> None:
    """A village hall committee's next minutes report under the clerk's report and the items:
    the urn ordered (restating one of two actions on the urn), an advert placed (with another
    matter still to come), an interview held (by its verb); a suggestion at Bell Lane, whose
    brambles were cleared, says nothing of the instructing it shares only its item's words
    with."""
    assert [(a.owner, a.text) for a in open_actions("hallcttee-2024-02-12.txt")] == [
        ("Cllr Pike", "Order the tea urn as agreed"),
        ("Cllr Oduya", "Arrange ordering of the urn and its invoice to the hall account"),
        ("Clerk", "Place an advert in the Parish News for a new caretaker"),
        ("Cllr Reed", "Instruct"),
        ("Cllr Oduya", "Arrange an interview with Radio Wey about the spring lettings offer"),
    ]
    kitchen = (
        "Kitchen: Cllr Pike said an order for the tea urn was placed on 20 February, as agreed, "
        "and its invoice is listed for approval under item 6."
    )
    assert proposed("hallcttee-2024-02-12.txt", "hallcttee-2024-03-11.txt") == [
        ("Order the tea urn as agreed", DONE, None, kitchen),
        ("Arrange ordering of the urn and its invoice to the hall account", UPDATE, None, kitchen),
        (
            "Place an advert in the Parish News for a new caretaker",
            DONE,
            None,
            "Caretaker: An advert had been placed in the Parish News and the appointment would "
            "be made at the April meeting.",
        ),
        (
            "Instruct",
            UPDATE,
            None,
            "A resident suggested sowing wild flowers at Bell Lane, where the brambles have been "
            "cleared.",
        ),
        (
            "Arrange an interview with Radio Wey about the spring lettings offer",
            DONE,
            None,
            "Cllr Oduya and the Chair were interviewed on Radio Wey about the spring lettings "
            "offer and three bookings have followed.",
        ),
    ]


def test_pair_a_review_list_and_events_reported_under_their_headings() -> None:
    """A volunteer group's notes: the review list drops a check superseded by a new action
    (though its note says the work goes on) and carries the write-up forward; the site visit
    and the training are reported held under their own headings."""
    assert [a.text for a in open_actions("riverwatch-2024-04-10.txt")] == [
        "Arrange a site visit with the water company's ranger before sampling starts.",
        "Check with Priya which sampling kits are still in the store.",
        "Write up the March survey results for the newsletter.",
        "Organise training in water testing for the new volunteers.",
    ]
    assert [
        (text, kind, note)
        for text, kind, _, note in proposed(
            "riverwatch-2024-04-10.txt", "riverwatch-2024-05-08.txt"
        )
    ] == [
        (
            "Check with Priya which sampling kits are still in the store.",
            "dropped",
            "Superseded by Action 3.1",
        ),
        ("Write up the March survey results for the newsletter.", UPDATE, "Carry forward"),
        (
            "Arrange a site visit with the water company's ranger before sampling starts.",
            DONE,
            "The water company's ranger visited the weir with Ana on 23 April and marked the "
            "safe entry points.",
        ),
        (
            "Organise training in water testing for the new volunteers.",
            DONE,
            "Seven of the new volunteers were trained in water testing at the library on 27 April.",
        ),
    ]


@pytest.mark.parametrize(
    "report",
    [
        "Mina was away, delaying the follow-up with the Canal Trust on the towpath lights.",
        "The follow-up with the Canal Trust on the towpath lights had been delayed by the strike.",
        "Delays at the Canal Trust meant the towpath lights had not been followed up.",
    ],
)
def test_a_delay_leaves_the_action_open(report: str) -> None:
    """Any form of 'delay' says the matter goes on: a progress note, never a 'done'."""
    actions = [OpenAction(1, "Follow up the towpath lights with the Canal Trust", "Mina", MARCH)]
    found = reconcile(report, actions, APRIL)
    assert [(p.kind, "not finished" in p.reason) for p in found] == [(UPDATE, True)]
