"""A decision or follow-up that is also someone's task (round 22): what the meeting agreed,
resolved or proposed holds a task for an agent, or a thing to be done in the passive; it is
an action as well. Not the meeting's own business (approve, note, adopt, confirm the minutes,
set the precept, take an item first), nor what was agreed before, nor another body's plan.
All examples invented."""

from __future__ import annotations

from tests.conftest import owned_actions

_HEAD = (
    "Longmere Village Hall Committee\n"
    "Minutes of the meeting held on 14 April 2026\n\n"
    "Present: Ruth Ambler (Chair), Tom Pask, Nina Cole, Owen Reece (Secretary)\n\n"
    "5. Matters\n"
)


def test_an_agreed_invitation_to_a_meeting_is_a_task() -> None:
    """ "It was agreed to invite Sam Lowe to the June meeting": inviting is the task; the
    one invited is no owner ("to the June meeting" is no verb of theirs). A chair inviting
    someone to the table, or someone invited there, is what happened."""
    assert owned_actions(_HEAD + "It was agreed to invite Sam Lowe to the June meeting.\n") == [
        (None, "Invite Sam Lowe to the June meeting.")
    ]
    assert owned_actions(_HEAD + "It was agreed to invite the PCSO to the next meeting.\n") == [
        (None, "Invite the PCSO to the next meeting.")
    ]
    assert owned_actions(_HEAD + "Members agreed to invite the Rector to the May meeting.\n") == [
        ("Members", "Invite the Rector to the May meeting.")
    ]
    for said in (
        "The Chair invited Mr Hall to the meeting.",
        "Mrs Young was invited to the table to speak.",
        "The Chair invited Ms Dale to the front and she spoke about the bus.",
    ):
        assert owned_actions(_HEAD + said + "\n") == [], said


def test_a_second_that_clause_in_the_passive_is_its_own_task() -> None:
    """ "It was agreed that Tom would mend the gate and that the padlock should be replaced",
    "RESOLVED that the Treasurer pays the invoice and that the receipt be filed": two tasks,
    the second by no one named. A second clause of the meeting's own business ("and that the
    report be noted", "... be discussed at the next meeting") gives none, and leaves the
    first task its own words."""
    assert owned_actions(
        _HEAD + "It was agreed that Tom would mend the gate and that the padlock should be "
        "replaced.\n"
    ) == [("Tom", "Mend the gate"), (None, "Replace the padlock.")]
    assert owned_actions(
        _HEAD + "RESOLVED that the Treasurer pays the invoice and that the receipt be filed "
        "with the accounts.\n"
    ) == [("the Treasurer", "Pay the invoice"), (None, "File the receipt with the accounts.")]
    assert owned_actions(
        _HEAD + "It was agreed that Owen would tidy the store and that the old chairs should "
        "be sold at the fete.\n"
    ) == [("Owen", "Tidy the store"), (None, "Sell the old chairs at the fete.")]
    for second, first in (
        ("and that the matter be discussed at the next meeting", "Write to the school"),
        ("and that it be noted", "Write to the school"),
        ("and that the accounts be approved", "Write to the school"),
    ):
        text = _HEAD + f"It was agreed that the Secretary would write to the school {second}.\n"
        assert owned_actions(text) == [("the Secretary", first)], second


def test_a_second_that_clause_of_a_report_is_what_was_said() -> None:
    """Only a resolution's or agreement's head ("RESOLVED that", "It was agreed that")
    carries a passive second that-clause as a task; under a report ("had noted that",
    "advised that", "said that", "It was reported that") it is what someone said."""
    for said in (
        "Mr Green had noted that the council was intending to apply for the grant, and that "
        "any works should be scheduled for May.",
        "The officer advised that the road would close in June and that the works would be "
        "tendered.",
        "Mrs Hale said that the hall was busy and that the fees should be raised.",
        "It was reported that the lease had expired and that the keys be returned.",
    ):
        assert owned_actions(_HEAD + said + "\n") == [], said


def test_a_thing_agreed_to_be_told_or_sold_is_a_task() -> None:
    """Participles in -ld ("told", "sold") name a task as "sent" does: "It was agreed that
    the builder be told of the decision"."""
    assert owned_actions(_HEAD + "It was agreed that the builder be told of the decision.\n") == [
        (None, "Tell the builder of the decision.")
    ]
    assert owned_actions(_HEAD + "It was agreed that the surplus chairs should be sold.\n") == [
        (None, "Sell the surplus chairs.")
    ]
    assert owned_actions(_HEAD + "It was agreed that the hall should be held in trust.\n") == []


def test_what_we_or_the_group_agreed_to_do_is_the_meetings_task() -> None:
    """ "We also agreed that we would organise a litter pick", "We agreed to write to the bus
    company", "– agreed by the group to produce a leaflet", "Agreed by all to contact the
    police": the meeting's own task, no one named (not "by all" as an owner)."""
    for said, task in (
        ("We agreed to write to the bus company about the timetable.", "Write to the bus company"),
        ("We also agreed that we would organise a litter pick in April.", "Organise a litter pick"),
        ("We all agreed that we will print a new leaflet.", "Print a new leaflet."),
        ("We agreed that we should ask the school for the hall.", "Ask the school for the hall."),
        ("Read the old leaflet – agreed by the group to produce a new one in June.", "Produce a"),
        ("Discussed the fete, agreed by members to hire a marquee.", "Hire a marquee."),
        ("Agreed by all to contact the police about speeding.", "Contact the police"),
    ):
        found = owned_actions(_HEAD + said + "\n")
        assert len(found) == 1 and found[0][0] is None, said
        assert found[0][1].startswith(task), said


def test_agreed_to_do_a_named_thing_is_a_task() -> None:
    """ "It was agreed to do a survey of the footpaths in spring": "do" and a thing done;
    "to do so", "to do nothing further", "to do this at the next meeting" name none."""
    for said in (
        "It was agreed to do a survey of the footpaths in spring.",
        "It was agreed to do a trial run of the sound system before the show.",
        "It was agreed to do some weeding before the fete.",
    ):
        task = "D" + said.split(" to d", 1)[1]
        assert owned_actions(_HEAD + said + "\n") == [(None, task)], said
    for said in (
        "It was agreed to do nothing further.",
        "It was agreed to do so.",
        "It was agreed to do this at the next meeting.",
    ):
        assert owned_actions(_HEAD + said + "\n") == [], said


def test_the_meetings_own_business_or_an_earlier_agreement_is_no_task() -> None:
    """What we agreed that is the meeting's own business (meeting again, keeping a format,
    noting, setting its next date, a view) or an agreement made at an earlier meeting."""
    for said in (
        "We agreed that we would meet again in June.",
        "We agreed that we would keep the current format.",
        "We agreed that the plan is working well.",
        "We had agreed that we would write to the MP last year.",
        "Agreed by the committee to note the report.",
        "We agreed to tentatively set the next meeting for Monday 30 November.",
        "It was agreed to fix the date of the AGM as 4 June.",
        "At the last meeting we agreed to write to the school.",
        "Last month we agreed to buy a new urn.",
        "Previously, it was agreed by the group to print a leaflet.",
        "It was agreed at the last meeting to write to the school.",
        "At the previous meeting it was agreed that Tom would mend the gate.",
    ):
        assert owned_actions(_HEAD + said + "\n") == [], said


def test_the_order_of_business_or_a_sum_fixed_is_no_task() -> None:
    """The meeting taking its items out of order ("It was agreed to take item 9 before item
    8") or fixing a sum ("RESOLVED that the precept be set at £12,000"): its own decisions.
    Someone named to set a rate somewhere, or moving things to a store, has a task."""
    for said in (
        "It was agreed to take item 9 before item 8.",
        "It was agreed to take items 12 and 13 together.",
        "Agreed to bring forward item 7.",
        "It was agreed to vary the order of business.",
        "RESOLVED that the precept be set at £12,000.",
        "It was agreed that the hire charge be fixed at £10 an hour.",
        "It was agreed that the budget for 2027 be set at £5,000.",
    ):
        assert owned_actions(_HEAD + said + "\n") == [], said
    assert owned_actions(_HEAD + "The Secretary will set the hall rate at £10 on the form.\n") == [
        ("The Secretary", "Set the hall rate at £10 on the form.")
    ]
    assert owned_actions(_HEAD + "Owen will move items 3 and 4 to the store.\n") == [
        ("Owen", "Move items 3 and 4 to the store.")
    ]
    assert owned_actions(_HEAD + "It was agreed to take the old chairs to the tip.\n") == [
        (None, "Take the old chairs to the tip.")
    ]


def test_a_motion_or_proposal_in_the_passive_is_a_task() -> None:
    """ "Proposed by AB, seconded by CD, that a letter be sent to the owner. Carried" as its
    active "... that the Clerk write to the owner" is; "Cllr Ross proposed that action be
    taken to repair the benches": the task is what the action is taken to do. A motion to
    approve, to sign the minutes, to note or to defer is the meeting's own business."""
    for said, task in (
        (
            "Proposed by Nina Cole, seconded by Tom Pask, that a letter be sent to the owner. "
            "Carried.",
            "Send a letter to the owner.",
        ),
        (
            "It was proposed by Tom Pask and seconded by Nina Cole that the gate be repainted.",
            "Repaint the gate.",
        ),
        (
            "Proposed by NC, seconded by TP, that the hedge be cut back. Carried.",
            "Cut back the hedge.",
        ),
        (
            "Ruth Ambler proposed that action be taken to repair the benches in the park.",
            "Repair the benches in the park.",
        ),
        ("It was agreed that steps should be taken to clear the ditch.", "Clear the ditch."),
    ):
        assert owned_actions(_HEAD + said + "\n") == [(None, task)], said
    for said in (
        "Proposed by NC, seconded by TP, that the accounts be approved. Carried.",
        "Proposed by NC, seconded by TP, that the minutes be signed as a true record.",
        "Ruth Ambler proposed that the report be noted.",
        "It was proposed that the matter be deferred to June.",
        "Ruth Ambler proposed that the item be discussed at the next meeting.",
    ):
        assert owned_actions(_HEAD + said + "\n") == [], said


def test_a_motion_that_fell_gives_no_task() -> None:
    """A motion said to be lost, defeated or not seconded just after it resolved nothing,
    active or passive; one carried stands, and a sentence after a task that only opens with
    such a word ("Lost property was handed in") changes nothing."""
    for said in (
        "Proposed by NC, seconded by TP, that a letter be sent to the owner. The motion was lost.",
        "Proposed by NC, seconded by TP, that the Secretary write to the owner. Defeated.",
        "Ruth Ambler proposed that the fence be repainted. The proposal was not seconded.",
    ):
        assert owned_actions(_HEAD + said + "\n") == [], said
    assert owned_actions(
        _HEAD + "Proposed by NC, seconded by TP, that a letter be sent to the owner. Carried.\n"
    ) == [(None, "Send a letter to the owner.")]
    assert owned_actions(
        _HEAD + "The Secretary will write to the owner. Lost property was handed in.\n"
    ) == [("The Secretary", "Write to the owner.")]
