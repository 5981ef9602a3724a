"""Promises and requests in council and club minutes (round 25): a thing to be done in the
passive future with what it is for after it ("Notices will be displayed to gauge
interest"); a request put to a group of people ("asked all team captains to ..."); an office
written with a hyphen ("the vice-chairman will ..."); a second task by an office in small
letters ("... and the clerk would monitor the effect"). Not a "to be" phrase inside a clause
with a verb of its own ("The trees to be felled were marked on the plan") nor the time
something takes; another body's plan reported ("The County Council advised that the verges
would be cut"); a question answered at the meeting; the meeting's own order of business
("The Chair will open the meeting"); an agreement recalled from an earlier meeting. All
examples invented."""

from __future__ import annotations

from tests.conftest import owned_actions

_HEAD = (
    "Ashcombe Bowls Club\n"
    "Minutes of the committee meeting held on 9 June 2026\n\n"
    "Present: Hazel Brook (Chair), Tom Fenn (Secretary), Priya Nair (Treasurer), "
    "Dev Okoro, Lena Voss\n\n"
    "5. Business\n"
)


def _found(text: str) -> list[tuple[str | None, str]]:
    return owned_actions(_HEAD + text + "\n")


def _cases(cases: tuple[tuple[str, list[tuple[str | None, str]]], ...]) -> None:
    for text, expected in cases:
        assert _found(text) == expected, text


def test_a_passive_task_with_its_purpose_after_it() -> None:
    """ "Notices will be displayed to gauge interest": the "to" after a job's participle
    says what the job is for; after one of what is allowed or expected it is no task."""
    _cases(
        (
            (
                "Notices will be displayed to gauge whether members want a summer social.",
                [(None, "Display notices to gauge whether members want a summer social.")],
            ),
            (
                "Leaflets would be delivered to encourage new members to join.",
                [(None, "Deliver leaflets to encourage new members to join.")],
            ),
            (
                "Flyers will be posted to advertise the quiz night.",
                [(None, "Post flyers to advertise the quiz night.")],
            ),
            (
                "Cones will be placed to stop cars parking on the verge.",
                [(None, "Place cones to stop cars parking on the verge.")],
            ),
            ("Visitors will be permitted to play on the lower green.", []),
            ("Members will be expected to help at the open day.", []),
            ("The grant will be used to resurface the car park.", []),
        )
    )


def test_a_to_be_phrase_inside_a_clause_is_no_task() -> None:
    """ "The trees to be felled were marked on the plan": the phrase names which things, the
    clause's own verb says what was done; "Applications take two months to be assessed": a
    time taken. A "to be" task standing alone, or with a clause of its own after a comma,
    stays."""
    _cases(
        (
            ("The trees to be felled were marked on the plan.", []),
            ("Extra hedges to be trimmed have been added to the contract.", []),
            ("The items to be sold at the auction are listed in the appendix.", []),
            ("Applications usually take six weeks to be processed.", []),
            ("Claims can take several months to be settled.", []),
            (
                "Hedges to be cut before the open day.",
                [(None, "Hedges to be cut before the open day.")],
            ),
            (
                "Quotes to be obtained for the roof, which was damaged in the storm.",
                [(None, "Quotes to be obtained for the roof, which was damaged in the storm.")],
            ),
        )
    )


def test_a_request_put_to_a_group_of_people() -> None:
    """ "Hazel asked all team captains to send in their availability": the group asked, named
    by a noun for people (with a clause saying which of them, left out of the owner), owns
    the task. Not a reminder or advice to a group (a standing rule), someone's promise to
    invite a group, a request mentioned as a thing, nor what a group is asked to note."""
    _cases(
        (
            (
                "Hazel asked all team captains to send in their availability by Friday.",
                [("all team captains", "Send in their availability by Friday.")],
            ),
            (
                "The Secretary asked everyone to bring a plate of food to the barbecue.",
                [("everyone", "Bring a plate of food to the barbecue.")],
            ),
            (
                "Priya requested two committee members to count the raffle takings.",
                [("two committee members", "Count the raffle takings.")],
            ),
            (
                "The Chair asked members who would like to join the fixtures group to please "
                "contact Tom.",
                [("members", "Contact Tom.")],
            ),
            (
                "Dev asked parents interested in coaching to email him.",
                [("parents", "Email him.")],
            ),
            ("The Chair reminded all plot holders to keep their paths clear.", []),
            ("Lena advised players to lock their cars.", []),
            (
                "Tom will invite new members to join the social committee.",
                [
                    ("Tom", "Invite new members to join the social committee."),
                ],
            ),
            ("The newsletter included a request for volunteers to contact the Secretary.", []),
            ("The Chair asked members to note the accounts.", []),
        )
    )


def test_another_bodys_plan_reported_is_no_task() -> None:
    """ "The County Council advised that the verges would be cut in May": another body's
    own plan, reported; not a task of the meeting's. The same report by a role of the
    meeting, or the meeting's own agreement, stays a task."""
    _cases(
        (
            ("The County Council advised that the verges would be cut in May.", []),
            (
                "The Secretary had contacted the district council, who confirmed the bins would "
                "be emptied in July.",
                [],
            ),
            ("ECB stated that the new nets would be delivered next month.", []),
            (
                "The Chair said that the accounts would be circulated before the AGM.",
                [("The Chair", "Circulate the accounts before the AGM.")],
            ),
            (
                "It was agreed that a notice would be displayed in the pavilion.",
                [(None, "Display a notice in the pavilion.")],
            ),
        )
    )


def test_a_question_answered_at_the_meeting_is_no_request() -> None:
    """ "Dev asked for clarification on the fees and the Treasurer explained that ...": the
    answer given in the same sentence; a request for an update with no answer stays."""
    _cases(
        (
            (
                "Dev asked for clarification on the new fees and Priya explained that they rise "
                "in April.",
                [],
            ),
            ("Lena asked for an update on the mower, which the Secretary gave.", []),
            ("Lena asked for an update on the mower and the Chair said it had been repaired.", []),
            (
                "Lena asked for further information about the grant, to which the Treasurer "
                "replied that it had closed.",
                [],
            ),
            ("Lena asked for an update on the mower.", [(None, "Provide an update on the mower.")]),
        )
    )


def test_a_promise_by_an_office_written_with_a_hyphen() -> None:
    """ "The chairman and vice-chairman will decide ...": an office in small letters with a
    hyphen ends its owner's name as its last part does ("vice-chairman": "chairman")."""
    _cases(
        (
            (
                "The chairman and vice-chairman will decide how to fill the vacancy.",
                [("The chairman and vice-chairman", "Decide how to fill the vacancy.")],
            ),
            (
                "The vice-president will book the coach for the away match.",
                [("The vice-president", "Book the coach for the away match.")],
            ),
            (
                "Our co-ordinator will send the rota to all members.",
                [("Our co-ordinator", "Send the rota to all members.")],
            ),
            ("The non-members will be charged a green fee.", []),
        )
    )


def test_a_second_task_by_an_office_in_small_letters() -> None:
    """ "Neighbours to be told of the change and the clerk would monitor the effect": a plain
    office in small letters after "the" opens a second commitment as a capitalised one
    does, each clause its own task."""
    _cases(
        (
            (
                "Neighbours to be told of the change and the secretary would monitor the effect.",
                [
                    (None, "Neighbours to be told of the change"),
                    ("the secretary", "Monitor the effect."),
                ],
            ),
            (
                "Quotes to be obtained for the fence, the treasurer to pay the deposit.",
                [
                    (None, "Quotes to be obtained for the fence"),
                    ("the treasurer", "Pay the deposit."),
                ],
            ),
            (
                "New balls to be ordered; the chairman to collect them from the shop.",
                [
                    (None, "New balls to be ordered"),
                    ("the chairman", "Collect them from the shop."),
                ],
            ),
            (
                "The chairman and the clerk will meet the groundsman.",
                [("The chairman and the clerk", "Meet the groundsman.")],
            ),
        )
    )


def test_the_order_of_business_is_no_task() -> None:
    """ "The Chairman will open the meeting and receive apologies", "The Committee will
    convene to conduct the following business": a notice of the meeting's own order of
    business. Opening or convening something else is a task."""
    _cases(
        (
            ("The Chair will open the meeting and welcome the new members.", []),
            ("The Committee will convene to conduct the following business:", []),
            ("The President will close the meeting at 9.30pm.", []),
            (
                "Tom will open the pavilion at 6pm for the quiz.",
                [("Tom", "Open the pavilion at 6pm for the quiz.")],
            ),
            (
                "The Secretary will convene a working group on the new clubhouse.",
                [("The Secretary", "Convene a working group on the new clubhouse.")],
            ),
        )
    )


def test_an_agreement_at_an_earlier_named_meeting_is_recalled() -> None:
    """ "At the last Finance Committee meeting it was agreed to buy a new urn": an earlier
    meeting named by its body is as earlier as "the last meeting"; the agreement is recalled,
    no new task."""
    _cases(
        (
            ("At the last Finance Committee meeting it was agreed to buy a new urn.", []),
            ("At the previous Greens meeting it was agreed to hire a scarifier.", []),
            (
                "It was agreed to buy a new urn before the last match of the season.",
                [(None, "Buy a new urn before the last match of the season.")],
            ),
        )
    )
