"""Tasks inside a meeting's decisions (round 24): a resolution that is also a task someone
must carry out afterwards gives the action as well as the decision. A resolution's point
numbered after "RESOLVED:" ("RESOLVED: (1) That a letter be sent ..."), a thing made as a
task ("That an objection be made to the application"), a second clause after a decision
with no "that" ("... be accepted and the work be carried out in May"), a permission that is
a task handed on ("delegated authority be given to the Clerk to agree the wording", "the
Treasurer be authorised to open an account"), a thing just named agreed to be sent on ("it
was agreed it should be sent as drafted"), the next step agreed. Not what only notes,
approves, adopts or signs, nor a doer named for another thing ("the paper presented by the
Chair"). And promises a gate dropped in long paragraphs: a second agent named with an
initial ("Kathy T will ..."), a department in a later clause finding something out, a task
naming someone who "had asked", information to be sent out in the passive, an owner's tag
in square brackets ("[Action NC]"). All examples invented."""

from __future__ import annotations

from clerk_tui.core.parse import parse
from tests.conftest import owned_actions

_HEAD = (
    "Lower Brindley Parish Council\n"
    "Minutes of the meeting held on 14 May 2026\n\n"
    "Present: Cllr Nia Holt (Chair), Cllr Owen Pryce, Cllr Gwen Tally, Cllr Ravi Dutt, "
    "Elin Marsh (Clerk)\n\n"
    "7. Business\n"
)


def _found(text: str) -> list[tuple[str | None, str]]:
    return owned_actions(_HEAD + text + "\n")


def _cases(cases: tuple[tuple[str, list[tuple[str | None, str]]], ...]) -> None:
    for text, expected in cases:
        assert _found(text) == expected, text


def test_a_resolution_point_numbered_after_its_label() -> None:
    """ "RESOLVED: (1) That a letter be sent to the MP": the point's number stands between
    the label and its that-clause."""
    _cases(
        (
            (
                "RESOLVED: (1) That a letter be sent to the MP about the bus route.",
                [(None, "Send a letter to the MP about the bus route.")],
            ),
            (
                "Resolved – (a) that quotes be obtained for the new fence.",
                [(None, "Obtain quotes for the new fence.")],
            ),
            (
                "AGREED: (i) that the verge by the school be cut back before June.",
                [(None, "Cut back the verge by the school before June.")],
            ),
            (
                "It was RESOLVED: (2) That the noticeboard be repainted.",
                [(None, "Repaint the noticeboard.")],
            ),
        )
    )


def test_a_thing_made_as_a_task() -> None:
    """ "That an objection be made to the application": an objection, a complaint, an
    application, representations made are tasks; a decision made, or no change made, are
    none."""
    _cases(
        (
            (
                "RESOLVED that an objection be made to planning application 26/0141.",
                [(None, "Make an objection to planning application 26/0141.")],
            ),
            (
                "It was agreed that a complaint be made to the bus operator.",
                [(None, "Make a complaint to the bus operator.")],
            ),
            (
                "Resolved: That representations be made to the County about the speed limit.",
                [(None, "Make representations to the County about the speed limit.")],
            ),
            (
                "RESOLVED that a recommendation be made to Full Council that the grant be renewed.",
                [(None, "Make a recommendation to Full Council that the grant be renewed.")],
            ),
            ("RESOLVED that the final decision be made at the July meeting.", []),
            ("RESOLVED that no change be made to the standing orders.", []),
            ("The Clerk reported that an objection had been made to the application.", []),
        )
    )


def test_a_task_after_a_decision_in_one_resolution() -> None:
    """ "RESOLVED that the quote be accepted and the work be carried out in May": the
    decision, then a thing to be done with no "that" before it (a short subject and a bare
    "be"); one asked or allowed to act owns the task."""
    _cases(
        (
            (
                "It was RESOLVED that the quote from Dyfi Fencing be accepted and the work be "
                "carried out in September.",
                [(None, "Carry out the work in September.")],
            ),
            (
                "RESOLVED that the lowest tender be accepted and the contractor be instructed.",
                [(None, "Instruct the contractor.")],
            ),
            (
                "Agreed that the play area policy be adopted and a copy be placed on the website.",
                [(None, "Place a copy on the website.")],
            ),
            (
                "RESOLVED that the estimate be approved and the Clerk be asked to place the order.",
                [("the Clerk", "Place the order.")],
            ),
            ("RESOLVED that the report be noted and the recommendations be approved.", []),
            (
                "RESOLVED that the minutes be approved and the Chair be authorised to sign them.",
                [],
            ),
            ("The quote was accepted and the work was carried out in April.", []),
        )
    )
    # (a request later in the sentence is still read: "and the Chair asked for ... to be")
    asked = _found("The old list was out of date and the Chair asked for this to be checked.")
    assert len(asked) == 1


def test_a_permission_is_a_task_handed_on() -> None:
    """ "delegated authority be given to the Clerk to agree the wording", "the Treasurer be
    authorised to open an account": the one allowed to act owns the task."""
    _cases(
        (
            (
                "RESOLVED that delegated authority be given to the Clerk to agree the final "
                "wording of the lease.",
                [("the Clerk", "Agree the final wording of the lease.")],
            ),
            (
                "It was agreed that the Treasurer be granted permission to open a deposit account.",
                [("the Treasurer", "Open a deposit account.")],
            ),
            (
                "RESOLVED that the Clerk be given delegated authority to spend up to £400 on "
                "the shelter repairs.",
                [("the Clerk", "Spend up to £400 on the shelter repairs.")],
            ),
            (
                "RESOLVED that the Clerk be authorised to buy two new litter bins.",
                [("the Clerk", "Buy two new litter bins.")],
            ),
            (
                "It was agreed that the Clerk be instructed to write to the landowner.",
                [("the Clerk", "Write to the landowner.")],
            ),
        )
    )


def test_the_doer_of_another_thing_owns_no_task() -> None:
    """ "... as set out in the paper presented by the Chair": the Chair presented the
    paper; the task has no owner named. "... drafted and signed by the Chair" is the
    Chair's."""
    _cases(
        (
            (
                "RESOLVED that an objection be made as set out in the paper presented by "
                "the Chair.",
                [(None, "Make an objection as set out in the paper presented by the Chair.")],
            ),
            (
                "RESOLVED that a letter be sent to the landowner by the Clerk.",
                [("the Clerk", "Send a letter to the landowner.")],
            ),
        )
    )


def test_a_thing_just_named_agreed_to_be_handed_on() -> None:
    """ "The letter was read out and it was agreed it should be sent as drafted": "it" (or
    "they") is the thing just named, to be sent, forwarded or circulated; what is noted,
    adopted or brought to a meeting is no task."""
    _cases(
        (
            (
                "The reply to the developer was read out and it was agreed it should be sent "
                "as drafted.",
                [(None, "Send it as drafted.")],
            ),
            (
                "The revised map was tabled and it was agreed that it should be forwarded to "
                "the County.",
                [(None, "Forward it to the County.")],
            ),
            (
                "Three quotes were compared and it was agreed they should be circulated to all "
                "councillors.",
                [(None, "Circulate them to all councillors.")],
            ),
            ("The audit letter was read out and it was agreed it should be noted.", []),
            ("The policy was discussed and it was agreed it should be adopted.", []),
        )
    )


def test_the_next_step_agreed() -> None:
    """ "It was agreed that the next step would be to write to the owner": the step agreed
    now, no one named; not one someone only said would come."""
    _cases(
        (
            (
                "It was agreed that the next step would be to write to the landowner.",
                [(None, "Write to the landowner.")],
            ),
            (
                "Members agreed that the next step was to commission a tree survey.",
                [(None, "Commission a tree survey.")],
            ),
            (
                "It was decided the next step will be to ask the County for a site meeting.",
                [(None, "Ask the County for a site meeting.")],
            ),
            ("Cllr Pryce said the next step would be to wait for the planning decision.", []),
            ("Our plan was to repaint the shelter.", []),
        )
    )


def test_a_second_agent_named_with_an_initial() -> None:
    """ "Marcia will run the raffle; Kathy T will contact the band": a given name and the
    initial of a surname opens the next commitment, as a full name does."""
    _cases(
        (
            (
                "Gwen will run the raffle; Ravi D will contact the band.",
                [("Gwen", "Run the raffle"), ("Ravi D", "Contact the band.")],
            ),
            (
                "Owen will book the marquee, Nia H. will order the bunting.",
                [("Owen", "Book the marquee"), ("Nia H.", "Order the bunting.")],
            ),
            (
                "Elin will collect the cups and Gwen T will wash them.",
                [("Elin", "Collect the cups"), ("Gwen T", "Wash them.")],
            ),
        )
    )


def test_a_department_finding_out_after_a_comma() -> None:
    """ "Only two places were left, but Democratic Services would find out if there was a
    waiting list": a department committing in a later clause, and finding something out for
    the meeting; not one doing its work ("Highways will resurface it next year")."""
    _cases(
        (
            (
                "Only two places were left on the course, but Democratic Services would find "
                "out if there was a waiting list.",
                [("Democratic Services", "Find out if there was a waiting list.")],
            ),
            (
                "The deadline had passed, but the Highways Team would look at the drainage again.",
                [("the Highways Team", "Look at the drainage again.")],
            ),
            (
                "Legal Services would ascertain whether the lease could be extended.",
                [("Legal Services", "Ascertain whether the lease could be extended.")],
            ),
            ("The County had a plan for the lane, but Highways will resurface it next year.", []),
        )
    )


def test_a_task_naming_someone_who_had_asked() -> None:
    """ "Bob will reply to the resident who had asked about the bins": what the task's own
    words recall is no commitment made before; one recalled before the task still is
    ("At the last meeting it was agreed that ...")."""
    _cases(
        (
            (
                "Owen will reply to the resident who had asked about the bins.",
                [("Owen", "Reply to the resident who had asked about the bins.")],
            ),
            (
                "It was agreed that Gwen and Ravi should take the lead on this with others who "
                "had volunteered.",
                [("Gwen and Ravi", "Take the lead on this with others who had volunteered.")],
            ),
            ("At the last meeting it was agreed that Owen would write to the school.", []),
            ("Owen had previously agreed to write to the residents who had asked.", []),
        )
    )


def test_information_to_be_sent_out() -> None:
    """ "Information will be distributed to residents", "Details will also be sent round by
    email": a mass noun opening a promise in the passive, and "by email" (by hand, by post)
    the means, not who does it; not what would only help."""
    _cases(
        (
            (
                "Information will be distributed to every household in the parish.",
                [(None, "Distribute information to every household in the parish.")],
            ),
            (
                "Details will also be sent round by email.",
                [(None, "Send round details by email.")],
            ),
            (
                "Copies of the survey will be delivered by hand to each house on the estate.",
                [(None, "Deliver copies of the survey by hand to each house on the estate.")],
            ),
            (
                "Further investigation will be made regarding the flooding at the ford.",
                [(None, "Make further investigation regarding the flooding at the ford.")],
            ),
            ("Information would be helpful before the next survey.", []),
            ("Information was provided by the County last year.", []),
        )
    )


def _spans(text: str) -> list[tuple[str | None, str]]:
    full = _HEAD + text + "\n"
    return [(a.owner, full[a.start : a.end]) for a in parse(full).actions]


def test_an_owner_tag_in_square_brackets_closes_its_task() -> None:
    """ "NC will contact Tim to discuss. [Action NC]": the tag in square brackets closes
    the task's passage, as "(Action NC)" does; "[Action Plan]" names no one."""
    assert _spans(
        "Boiler - the pilot light keeps failing. OP will ring Tim to discuss. [Action OP]"
    ) == [("OP", "OP will ring Tim to discuss. [Action OP]")]
    assert _spans("The hedge by the gate needs cutting. [ACTION: GT]") == [
        ("GT", "The hedge by the gate needs cutting. [ACTION: GT")
    ]
    assert _spans("The targets are set out in the [Action Plan] for the year.") == []
