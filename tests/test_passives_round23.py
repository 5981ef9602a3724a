"""Tasks the meeting sets with nobody named (round 23): something agreed or resolved to be
done, in the passive, whatever the agreement's frame ("It was also agreed that", "The
meeting agreed that", "Members agreed the ...", "The Committee resolved that ... would
be"). Not the meeting's own business (approve, award, hold a meeting), nor what the Board
itself agreed would be done with its doer named apart, nor reports of what was done, nor
another body's plan. All examples invented."""

from __future__ import annotations

import pytest

from tests.conftest import owned_actions

_HEAD = (
    "Ashcombe Parish Council\n"
    "Minutes of the meeting held on 9 March 2026\n\n"
    "Present: Cllr Ivy Marsh (Chair), Cllr Ben Otley, Cllr Rhea Lyle, Paul Dent (Clerk)\n\n"
    "6. Open spaces\n"
)


@pytest.mark.parametrize(
    ("sentence", "task"),
    [
        (
            "It was also agreed that a copy of the tree survey should be made publicly available.",
            "Make a copy of the tree survey publicly available.",
        ),
        (
            "It was further agreed that the broken bench by the pond should be replaced.",
            "Replace the broken bench by the pond.",
        ),
        ("It was also RESOLVED that the verges be cut before May.", "Cut the verges before May."),
        (
            "The meeting agreed that a new padlock should be fitted to the shed.",
            "Fit a new padlock to the shed.",
        ),
        ("The meeting unanimously agreed that the bins should be relocated.", "Relocate the bins."),
        (
            "Members agreed the fence by the school should be repaired.",
            "Repair the fence by the school.",
        ),
        ("Agreed the new dog signs should be ordered.", "Order the new dog signs."),
    ],
)
def test_an_agreement_that_something_be_done_in_any_frame(sentence: str, task: str) -> None:
    """The agreement's frame with an adverb ("also", "further"), the meeting named in lower
    case ("The meeting agreed"), or its "that" left out: a task with no owner."""
    assert owned_actions(_HEAD + sentence + "\n") == [(None, task)]


@pytest.mark.parametrize(
    ("sentence", "task"),
    [
        (
            "The meeting resolved that the car park would be resurfaced in the spring.",
            "Resurface the car park in the spring.",
        ),
        (
            "The Committee resolved that the old hut would be cleared out.",
            "Clear out the old hut.",
        ),
        ("It was resolved that the hedge would be trimmed in March.", "Trim the hedge in March."),
        (
            "Councillors agreed that the noticeboard would be repainted.",
            "Repaint the noticeboard.",
        ),
        ("The meeting decided that the shed would be emptied.", "Empty the shed."),
    ],
)
def test_a_resolution_that_something_would_be_done(sentence: str, task: str) -> None:
    """ "resolved that ... would be <done>": a task by no one named (the councillors who
    agreed are the meeting, no owner)."""
    assert owned_actions(_HEAD + sentence + "\n") == [(None, task)]


@pytest.mark.parametrize(
    "sentence",
    [
        "It was resolved that the grant would be awarded to the scouts.",
        "The meeting resolved that the next meeting would be held on 4 May.",
        "It was resolved that the minutes would be approved.",
        "Members agreed the accounts were correct.",
        "It was agreed the minutes be signed by the Chair.",
        "The Council agreed the precept should be increased.",
        "The Board agreed that a website would be created.",
        "It was resolved that the hedge had been trimmed in March.",
        "The meeting noted that the hedge would be trimmed by the County in March.",
    ],
)
def test_the_meetings_own_business_or_a_report_is_no_task(sentence: str) -> None:
    """What the meeting does itself (award, hold a meeting, approve, sign, increase), a fact
    agreed, what the Board agreed would be done (its doer named apart), a report of what was
    done, and another body's plan: no action."""
    assert owned_actions(_HEAD + sentence + "\n") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Complaints should be sent to the Clerk in writing.",
        "All dogs should be kept on leads.",
        "Any damage should be reported to the caretaker.",
        "It should be noted that the hall is closed in August.",
        "The fence should be repaired by the landowner.",
        "The hall should have been cleaned after the party.",
        "This should be discussed at the next meeting.",
        "The plan was welcomed and the deliverables should be identified soon.",
        "The Council should be congratulated on the display.",
    ],
)
def test_a_rule_a_view_or_a_plan_that_should_be_is_no_task(sentence: str) -> None:
    """A rule for anyone ("Complaints should ...", "All dogs ..."), a remark ("It should be
    noted"), another's job ("... by the landowner"), what should have been done, what comes
    to a meeting, a "should" deep in a sentence's later clause, and praise of the meeting
    itself: no action."""
    assert owned_actions(_HEAD + sentence + "\n") == []


@pytest.mark.parametrize(
    ("sentence", "things"),
    [
        (
            "The meeting discussed the allotment waiting list. The list is to be reviewed and "
            "a notice to be placed in the newsletter.",
            ["list", "notice"],
        ),
        (
            "Signs to be ordered for the car park and the white lines to be repainted.",
            ["Signs", "white lines"],
        ),
        (
            "After a long discussion of the costs, new keys to be cut for the hall and the old "
            "locks to be replaced.",
            ["keys", "old locks"],
        ),
        (
            "Quotes to be sought for the roof and the gutters to be cleared before winter.",
            ["Quotes", "gutters"],
        ),
        (
            "Bank mandate – new signatories to be added; forms to be sent to the bank.",
            ["signatories", "Forms"],
        ),
        (
            "Hall – the old curtains to be taken down; new blinds to be ordered.",
            ["curtains", "blinds"],
        ),
    ],
)
def test_two_passive_notes_joined_by_and_are_two_tasks(sentence: str, things: list[str]) -> None:
    """ "X to be done and Y to be done", "X to be done; Y to be done": two things to be done,
    each by no one named."""
    found = owned_actions(_HEAD + sentence + "\n")
    assert [owner for owner, _task in found] == [None] * len(things)
    for (_owner, task), thing in zip(found, things, strict=True):
        assert thing in task and (thing == things[0] or things[0] not in task), found


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("The Clerk to contact the printer and ask for the logo to be added.", "The Clerk"),
        ("Ben Otley to draft a letter and forward it to the Clerk to be sent out.", "Ben Otley"),
        ("The Clerk to make requests for the gulley to be cleared.", "The Clerk"),
    ],
)
def test_what_a_request_is_for_is_no_second_task(sentence: str, owner: str) -> None:
    """ "... and ask for the logo to be added": what is asked for is the owner's one task."""
    found = owned_actions(_HEAD + sentence + "\n")
    assert len(found) == 1
    assert found[0][0].lower() == owner.lower()  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("sentence", "task"),
    [
        (
            "The Panel agreed to note the report and that the comments be forwarded to the "
            "Cabinet.",
            "Forward the comments to the Cabinet.",
        ),
        (
            "The Council resolved to adopt the plan; and that a copy be sent to the County.",
            "Send a copy to the County.",
        ),
        (
            "It was agreed that: the hall curtains be cleaned before the fair.",
            "Clean the hall curtains before the fair.",
        ),
    ],
)
def test_a_second_clause_of_an_agreement_to_note(sentence: str, task: str) -> None:
    """ "agreed to note the report and that the comments be forwarded": the noting is the
    decision, the second clause a task with no owner; "agreed that:" with its colon."""
    assert owned_actions(_HEAD + sentence + "\n") == [(None, task)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Footpaths – the stile on FP12 is broken, to be reported to the County.",
        "Bus shelter: the glass is cracked, to be replaced.",
        "Both gates are damaged again, to be repaired.",
        "Grass cutting contract to be re-tendered in the autumn.",
        "The path by the church to be swept before the fete.",
        "Old mower to be sold.",
    ],
)
def test_a_note_to_be_done_after_a_things_state(sentence: str) -> None:
    """A note in the passive after a thing's state and a comma ("the stile is broken, to be
    reported to the County"), or with a participle spelt with a hyphen or irregularly
    ("re-tendered", "swept", "sold"): the whole note, a task with no owner."""
    assert owned_actions(_HEAD + sentence + "\n") == [(None, sentence)]


@pytest.mark.parametrize(
    ("sentence", "task"),
    [
        (
            "The noticeboard would be re-sited near the shop.",
            "Re-site the noticeboard near the shop.",
        ),
        ("It was agreed that the hall should be re-decorated.", "Re-decorate the hall."),
    ],
)
def test_a_passive_with_a_hyphened_participle(sentence: str, task: str) -> None:
    """ "re-sited", "re-decorated": read as their verb ("re-site"), not cut at the hyphen."""
    assert owned_actions(_HEAD + sentence + "\n") == [(None, task)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Footpaths – the stile was repaired, to be paid for in May.",
        "The bench is fine, to be reviewed at the next meeting.",
        "Two councillors voted for all five to be co-opted.",
        "Members voted for Ann Reed to be elected as Chair.",
    ],
)
def test_what_happened_or_whom_the_meeting_chose_is_no_task(sentence: str) -> None:
    """What was done before the comma, what comes to a meeting, and whom the meeting
    chooses ("to be co-opted", "to be elected"): no action."""
    assert owned_actions(_HEAD + sentence + "\n") == []


@pytest.mark.parametrize(
    ("sentence", "tasks"),
    [
        (
            "After discussion it was agreed that the loose bolt should be tightened and that "
            "more bark would be ordered for the spring.",
            [(None, "Tighten the loose bolt"), (None, "Order more bark for the spring.")],
        ),
        (
            "It was resolved that the gate be repainted and that a new bench would be bought.",
            [(None, "Repaint the gate"), (None, "Buy a new bench.")],
        ),
        (
            "Cllr Lyle requested that the verge be cut and that the drain would be cleared.",
            [(None, "Cut the verge"), (None, "Clear the drain.")],
        ),
    ],
)
def test_an_agreements_second_that_clause_with_would(
    sentence: str, tasks: list[tuple[str | None, str]]
) -> None:
    """ "agreed that X should be done and that Y would be done": two tasks, neither the
    requester's."""
    assert owned_actions(_HEAD + sentence + "\n") == tasks


def test_the_boards_own_agreement_stays_a_decision_in_a_second_clause() -> None:
    """What the Board itself agreed would be done, in either that-clause: no action."""
    assert (
        owned_actions(
            _HEAD + "The Board agreed that a website would be created and that a domain would "
            "be bought.\n"
        )
        == []
    )


@pytest.mark.parametrize(
    ("sentence", "task"),
    [
        (
            "Following the resignation of Mr Hall, a notice of vacancy is to be posted on the "
            "noticeboards, and if no election is called the vacancy will be filled at the July "
            "meeting.",
            "Post a notice of vacancy on the noticeboards",
        ),
        (
            "In view of the cost, the repair will be carried out in two stages.",
            "Carry out the repair in two stages.",
        ),
    ],
)
def test_a_passive_after_an_opening_phrase_and_before_another_clause(
    sentence: str, task: str
) -> None:
    """A passive promise after an opening phrase and a comma ("Following ...,", "In view of
    ...,"), its own clause ending before ", and if ..." (what comes to a meeting there is not
    its own)."""
    assert owned_actions(_HEAD + sentence + "\n") == [(None, task)]


@pytest.mark.parametrize(
    ("minute", "owner", "task"),
    [
        (
            "A letter will be sent to the landowner about the hedge.\n"
            "Action: Clerk to write to the landowner about the hedge.",
            "Clerk",
            "Write to the landowner about the hedge",
        ),
        (
            "It was agreed that the faded bus timetable would be replaced.\n"
            "ACTION: Cllr Otley to replace the bus timetable.",
            "Cllr Otley",
            "Replace the bus timetable",
        ),
    ],
)
def test_a_task_restated_by_the_action_line_after_it(minute: str, owner: str, task: str) -> None:
    """A task by no one named, then on the next line an "Action:" giving it an owner: one
    action, the owner's."""
    found = owned_actions(_HEAD + minute + "\n")
    assert [(o, t.rstrip(".")) for o, t in found] == [(owner, task)]


def test_another_task_on_the_action_line_leaves_both() -> None:
    """An action line about something else, or one after a blank line, restates nothing."""
    found = owned_actions(
        _HEAD + "A letter will be sent to the landowner about the hedge.\n"
        "Action: Clerk to order new bins for the car park.\n"
    )
    assert [o for o, _t in found] == [None, "Clerk"]


@pytest.mark.parametrize(
    ("sentence", "task"),
    [
        ("It was agreed unanimously to write to the bus company.", "Write to the bus company."),
        (
            "Proposed Cllr Marsh, seconded Cllr Otley, all in favour: RESOLVED to purchase two "
            "new litter bins.",
            "Purchase two new litter bins.",
        ),
        (
            "Resolved: To obtain three quotes for the repair of the bus shelter.",
            "Obtain three quotes for the repair of the bus shelter.",
        ),
        (
            "It was resolved unanimously to replace the faded village sign.",
            "Replace the faded village sign.",
        ),
        (
            "It was proposed and agreed that a new notice board be purchased.",
            "Purchase a new notice board.",
        ),
    ],
)
def test_an_agreement_to_do_something_in_any_frame(sentence: str, task: str) -> None:
    """ "agreed unanimously to", "...: RESOLVED to", "Resolved: To", "It was proposed and
    agreed that ... be": a task with no owner."""
    assert owned_actions(_HEAD + sentence + "\n") == [(None, task)]


@pytest.mark.parametrize(
    ("sentence", "task"),
    [
        (
            "A further report will be made via the online portal.",
            "Make a further report via the online portal.",
        ),
        (
            "A payment will be made to the contractor once the work is complete.",
            "Make a payment to the contractor once the work is complete.",
        ),
    ],
)
def test_something_that_will_be_made(sentence: str, task: str) -> None:
    """A report, payment or request "will be made": a task ("made" alone is none)."""
    assert owned_actions(_HEAD + sentence + "\n") == [(None, task)]


@pytest.mark.parametrize(
    "sentence",
    [
        "A decision will be made at the next meeting.",
        "No decision will be made until the survey is back.",
        "It was resolved to approve the accounts.",
        "It was resolved unanimously to hold the fair in June.",
    ],
)
def test_a_decision_made_or_the_meetings_own_act_is_no_task(sentence: str) -> None:
    """A decision made, approving, holding an event: the meeting's business, no action."""
    assert owned_actions(_HEAD + sentence + "\n") == []


def test_notes_after_a_semicolon_with_a_place_in_them() -> None:
    """ "...; a rota for the tea tent to be drawn up; ...": each its own task."""
    found = owned_actions(
        _HEAD + "Village fete: Posters to be designed and distributed; a rota for the tea tent "
        "to be drawn up; the first aid team to be contacted.\n"
    )
    assert [o for o, _t in found] == [None, None, None]
    assert ["Posters" in found[0][1], "rota" in found[1][1], "first aid" in found[2][1]] == [
        True
    ] * 3


@pytest.mark.parametrize(
    ("sentence", "task"),
    [
        (
            "Members felt that the hedge should be cut back before the fair.",
            "Cut back the hedge before the fair.",
        ),
        ("The meeting felt the bus shelter should be cleaned.", "Clean the bus shelter."),
        ("Members were of the view that the gate should be replaced.", "Replace the gate."),
        ("The consensus was that the old shed should be cleared.", "Clear the old shed."),
        (
            "There was general agreement that a new sign should be ordered.",
            "Order a new sign.",
        ),
    ],
)
def test_the_meetings_view_that_something_should_be_done(sentence: str, task: str) -> None:
    """The meeting's view ("Members felt that", "The consensus was that", "There was general
    agreement that") that something should be done: a task with no owner."""
    assert owned_actions(_HEAD + sentence + "\n") == [(None, task)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Cllr Lyle felt that the hedge should be cut back.",
        "Residents felt that the speed limit should be lowered.",
        "The County was of the view that the road should be resurfaced.",
        "Members felt that the accounts should be approved.",
        "The consensus was that the meeting should be held in May.",
    ],
)
def test_a_members_view_or_the_meetings_business_is_no_task(sentence: str) -> None:
    """One member's or an outsider's view, and the meeting's own business: no action."""
    assert owned_actions(_HEAD + sentence + "\n") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Mill Lane potholes to be reported.",
        "Church Street bench to be repainted.",
        "Village Hall roof to be inspected before winter.",
        "St Mary's churchyard wall to be repaired.",
        "The Church Street bench to be repainted.",
        "Stoke Road drain to be jetted.",
    ],
)
def test_a_thing_named_by_its_place_to_be_done(sentence: str) -> None:
    """A note whose subject is a place's name and the thing there in lower case ("Mill Lane
    potholes", "Village Hall roof"): a task with no owner."""
    assert owned_actions(_HEAD + sentence + "\n") == [(None, sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Smith happy to be contacted.",
        "Tom Green himself to be asked.",
        "Ann Lee keen to be involved.",
    ],
)
def test_a_person_and_what_is_said_of_them_is_no_task(sentence: str) -> None:
    """A person's name, then what is said of them ("happy", "himself"): no action."""
    assert owned_actions(_HEAD + sentence + "\n") == []


@pytest.mark.parametrize(
    ("sentence", "task"),
    [
        ("Play area: the swings will be repainted in May.", "Repaint the swings in May."),
        ("Agreed action: the noticeboard will be replaced.", "Replace the noticeboard."),
        (
            "Footpaths: A survey of the stiles would be carried out in the spring.",
            "Carry out a survey of the stiles in the spring.",
        ),
        (
            "Bus shelter – the glass will be replaced by the end of March.",
            "Replace the glass by the end of March.",
        ),
    ],
)
def test_a_passive_after_a_topics_label(sentence: str, task: str) -> None:
    """A topic's label and a colon or a dash ("Play area:", "Bus shelter –"), then a thing
    that will be done: a task with no owner."""
    assert owned_actions(_HEAD + sentence + "\n") == [(None, task)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Note: the hall will be closed in August.",
        "Cllr Ross reported - the swings will be replaced by the County in May.",
        "Hall: the boiler had been serviced.",
    ],
)
def test_a_label_before_a_report_or_a_closure_is_no_task(sentence: str) -> None:
    """What will be closed, another body's work, what was done: no action."""
    assert owned_actions(_HEAD + sentence + "\n") == []
