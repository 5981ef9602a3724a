"""Agents of a task that are no person (round 17): the meeting's own body, a passive, an
agreement of the group, a possessive or descriptive subject."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict

HEAD = (
    "Minutes of the Brookfield Hall Committee, 3 March 2026\n\n"
    "Present: Ann Lee (Chair), Bob Tate\n\n1. Hall\n"
)


def owned(sentence: str) -> list[tuple[str | None, str]]:
    return [(a.owner, a.text) for a in parse_strict(HEAD + sentence + "\n").actions]


def test_the_body_itself_owns_a_plain_task() -> None:
    assert owned("The Committee will buy a new fridge for the kitchen.") == [
        ("The Committee", "Buy a new fridge for the kitchen.")
    ]
    assert owned("The hinge has broken. The Parish Council shall replace the gate by May.") == [
        ("The Parish Council", "Replace the gate by May.")
    ]
    assert owned("The Trustees are to write to the diocese about the lease.") == [
        ("The Trustees", "Write to the diocese about the lease.")
    ]
    assert owned("The PC should press the county for a crossing on Hill Lane.") == [
        ("The PC", "Press the county for a crossing on Hill Lane.")
    ]


def test_the_body_resolved_to_do_a_task() -> None:
    assert owned("The Committee resolved to replace the boiler before winter.") == [
        ("The Committee", "Replace the boiler before winter.")
    ]
    assert owned("The Committee decided to note the report.") == []
    assert owned("The Committee resolved to ask the county for a crossing.") == []


def test_we_own_a_plain_task_with_no_one_named() -> None:
    assert owned("We are going to repaint the porch in July.") == [
        (None, "Repaint the porch in July.")
    ]


def test_a_team_must_do_its_task() -> None:
    assert owned("The events team must book the marquee by June.") == [
        ("The events team", "Book the marquee by June.")
    ]


def test_the_body_s_standing_work_business_and_ideas_are_no_task() -> None:
    for sentence in (
        "The Committee will continue to monitor the heating costs.",
        "The Committee could consider a new sign.",
        "The Committee will meet again on 3 June.",
        "The Committee will not buy a new mower this year.",
        "If funds allow, the Committee will buy a new boiler.",
        "The Council must ensure that the accounts are audited each year.",
        "We should think about the car park.",
        "The Committee will be made up of five members.",
        "The Committee bought a mower last year.",
        "Perhaps the Council should write to the county.",
        "The Council will seek to keep the precept flat.",
    ):
        assert owned(sentence) == [], sentence


def test_another_body_s_plan_is_not_the_meeting_s_task() -> None:
    assert owned("Cllr Hale reported that the County Council will resurface Mill Lane.") == []


def test_an_agreement_by_the_group_is_a_task_with_no_one_named() -> None:
    assert owned("It was agreed by the group to print a leaflet for the May fair.") == [
        (None, "Print a leaflet for the May fair.")
    ]
    assert owned("It was unanimously agreed by the committee to replace the boiler.") == [
        (None, "Replace the boiler.")
    ]
    assert owned("It was agreed by members to hire a skip for the clear-out.") == [
        (None, "Hire a skip for the clear-out.")
    ]


def test_an_agreement_by_the_group_to_note_or_meet_is_no_task() -> None:
    assert owned("It was agreed by the group to note the treasurer's report.") == []
    assert owned("It was agreed by the group to meet again in June.") == []


def test_a_passive_task_in_a_later_clause() -> None:
    assert owned("Fees were settled, roofer to be told.") == [(None, "Tell roofer.")]
    assert owned("The quote was accepted; the glazier is to be told this week.") == [
        (None, "Tell the glazier this week.")
    ]
    assert owned("Members looked at the car park, and the lines are to be repainted in May.") == [
        (None, "Repaint the lines in May.")
    ]
    assert owned("After some discussion the lease is to be renewed for five years.") == [
        (None, "Renew the lease for five years.")
    ]
    assert owned("Duties were shared & the new list to be handed round at the coming meeting.") == [
        (None, "Hand round the new list at the coming meeting.")
    ]
    assert owned("The accounts were checked; the invoices to be filed by the Treasurer.") == [
        ("the Treasurer", "File the invoices.")
    ]


def test_a_later_clause_that_is_no_passive_task() -> None:
    for sentence in (
        "The report was noted, a copy to be kept on file.",
        "The hedge was cut last week, and the path is to be swept if required.",
        "If the weather allows, the hedge is to be cut in March.",
        "The plan was agreed, the residents to be consulted at the next meeting.",
        "The painter is away until June, so the work will be done then.",
        "The plan was welcomed, but more facts need to be gathered.",
        "The stall is full; no further steps to be taken for now.",
        "The grant is to be welcomed.",
    ):
        assert owned(sentence) == [], sentence


def test_an_agent_described_not_named() -> None:
    assert owned("Ann's nephew has agreed to redesign the newsletter.") == [
        ("Ann's nephew", "Redesign the newsletter.")
    ]
    assert owned("Our treasurer's husband will read the meter.") == [
        ("Our treasurer's husband", "Read the meter.")
    ]
    assert owned("The Chair's wife offered to fix the gate latch.") == [
        ("The Chair's wife", "Fix the gate latch.")
    ]
    assert owned("A local roofer is to look at the porch in April.") == [
        ("A local roofer", "Look at the porch in April.")
    ]
    assert owned("One of the residents will water the planters.") == [
        ("One of the residents", "Water the planters.")
    ]
    assert owned("A volunteer from the church will open the hall on Sunday.") == [
        ("A volunteer from the church", "Open the hall on Sunday.")
    ]


def test_a_thing_of_someone_s_or_a_wish_is_no_described_agent() -> None:
    for sentence in (
        "Ann's report will be circulated.",
        "Ann's daughter's wedding will be held in June.",
        "Two members would like to see more trees.",
        "A resident would prefer the hedge kept low.",
        "Ann's husband said the gate was broken.",
    ):
        assert owned(sentence) == [], sentence


REVIEW = (
    "# Brookfield Garden Club committee\n\n"
    "## Review of actions from the last meeting\n"
    "- KS to order the compost bins: done\n"
    "- AR to mend the shed door: complete\n"
    "- AR to ask about the pear tree: no reply yet\n"
    "{line}\n\n"
    "## Finance\nThe accounts were approved.\n"
)


def test_a_new_task_among_the_old_ones_under_review() -> None:
    for line, found in (
        (
            "- The water contract is to be renegotiated in October.",
            (None, "The water contract is to be renegotiated in October."),
        ),
        ("   - KS will now empty the bins next weekend.", ("KS", "Empty the bins next weekend.")),
    ):
        out = parse_strict(REVIEW.format(line=line)).actions
        assert [(a.owner, a.text) for a in out] == [found], line


def test_an_old_task_and_its_update_under_review_are_no_new_task() -> None:
    for line in (
        "- KS to fit the bins: KS will fit the bins next weekend.",
        "- AR will prune the roses - ongoing",
        "- KS to weed the beds",
    ):
        assert parse_strict(REVIEW.format(line=line)).actions == [], line


def test_a_thing_s_second_verb_in_the_future_passive() -> None:
    assert owned("A tenant has overpaid and will be phoned about a refund.") == [
        (None, "Phone a tenant about a refund.")
    ]
    assert owned("The old bench has rotted and will be replaced in the spring.") == [
        (None, "Replace the old bench in the spring.")
    ]
    assert owned("The old bench has rotted and was replaced in May.") == []


def test_this_to_be_done_before_the_next_meeting() -> None:
    assert owned(
        "The treasurer asked whether the gate could be painted and this is to be arranged"
        " before the next meeting."
    ) == [(None, "Arrange this before the next meeting.")]
    assert (
        owned(
            "It was asked if the shed could be moved and this is to be discussed at the"
            " next meeting."
        )
        == []
    )


TAGGED = (
    "Minutes of Brookfield Parish Council, 3 March 2026\n\n"
    "Present: Kate Sims (KS), Alan Roe-Price (ARP), Bob Tate (BT)\n\n1. Parish matters\n"
)


def tagged(sentence: str) -> list[tuple[str | None, str]]:
    return [(a.owner, a.text) for a in parse_strict(TAGGED + sentence + "\n").actions]


def test_things_tagged_with_their_doers_in_one_passive() -> None:
    assert tagged("New bins (KS) and a lamp (ARP) will be installed soon.") == [
        ("KS", "Install new bins soon."),
        ("ARP", "Install a lamp soon."),
    ]
    assert tagged("The verge (BT) is to be cut in March.") == [("BT", "Cut the verge in March.")]
    assert tagged("Posters (KS) to be put up in the village.") == [
        ("KS", "Put up posters in the village.")
    ]


def test_a_tagged_passive_that_is_no_task() -> None:
    for sentence in (
        "New bins (NB) will be installed soon.",
        "The fence (KS) was repaired last week.",
        "The grant (ARP) is to be welcomed.",
        "The shed (BT) is to be discussed at the next meeting.",
    ):
        assert [who for who, _ in tagged(sentence)] in ([], [None]), sentence


def test_a_task_minuted_before_a_later_items_minutes_label() -> None:
    """A committee page's items, their numbers alone on a line: what an item minuted is no
    agenda text of the item after it."""
    page = (
        "Agenda and minutes\n\nItems\nNo. Item\n\n12.\n\nElection of Vice-Chair:\n\nMinutes:\n\n"
        "Councillor Ann Lee was elected.\n\n"
        "A Councillor requested that the audit guide be emailed to every Councillor.\n\n\n"
        "13.\n\nDeclarations of interest:\n\nMinutes:\n\nNone were made.\n"
    )
    assert [(a.owner, a.text) for a in parse_strict(page).actions] == [
        (None, "Email the audit guide to every Councillor.")
    ]


def test_the_body_s_business_at_a_meeting_and_any_team_are_no_task() -> None:
    assert owned("We will bring the parking up at the AGM.") == []
    assert owned("It was confirmed that each team will host one match.") == []


def test_a_future_passive_done_by_someone_named_by_trade_or_reported_elsewhere() -> None:
    assert owned("The cracked sink will be replaced by the plumber.") == [
        ("the plumber", "Replace the cracked sink.")
    ]
    assert owned("* The loose slabs by the shop will be reported to the district council.") == [
        (None, "Report the loose slabs by the shop to the district council.")
    ]
    assert owned("* The budget figures will be reported to the next meeting.") == []
    assert owned("The cracked sink will be replaced by the end of May.") == [
        (None, "Replace the cracked sink by the end of May.")
    ]


def test_an_agreement_in_capitals_after_its_agent() -> None:
    assert owned("Bob Tate AGREED to book the hall for the quiz.") == [
        ("Bob Tate", "Book the hall for the quiz.")
    ]
    assert owned("The Committee RESOLVED to buy a new mower.") == [
        ("The Committee", "Buy a new mower.")
    ]
    assert owned("The Committee RESOLVED to note the report.") == []
    assert owned("The Committee RESOLVED to ask the county for a crossing.") == []
