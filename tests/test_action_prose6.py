"""Prose actions, round 6: promises in the passive with no one named, opening a clause
inside the sentence (after a semicolon or "and"), with a bare plural subject, or going on
with the subject's second verb; a passive reported by an officer ("reported that ...")."""

from __future__ import annotations

from tests.conftest import PARISH_HEAD, owned_actions


def test_passive_promise_opening_a_clause() -> None:
    """ "...; a copy of the plan would be sent to ...", "Leaflets will be delivered ...",
    "The rota was being drawn up and would be finalised ...": tasks of no one named."""
    body = PARISH_HEAD + (
        "4. Village green\n\n"
        "Cllr Hale described the new planting scheme on the green; a copy of the plan would "
        "be sent to the allotment society.\n\n"
        "Leaflets will be delivered to every house on Mill Lane.\n\n"
        "A rota for litter picking was being drawn up and would be finalised in April.\n"
    )
    assert owned_actions(body) == [
        (None, "Send a copy of the plan to the allotment society."),
        (None, "Deliver leaflets to every house on Mill Lane."),
        (None, "Finalise a rota for litter picking in April."),
    ]


def test_passive_reported_by_an_officer() -> None:
    """ "The Clerk reported that <something> would be <done>": the Clerk's task; a date's
    comma inside the subject does not end it."""
    body = PARISH_HEAD + (
        "5. Correspondence\n\n"
        "The Clerk reported that the footpath survey for the meeting on 9 June, 2026 would "
        "be revised to include the new stile.\n"
    )
    assert owned_actions(body) == [
        (
            "The Clerk",
            "Revise the footpath survey for the meeting on 9 June, 2026 to include the new stile.",
        )
    ]


def test_passive_that_is_no_task() -> None:
    """Not a task: what someone will be allowed or expected to do, what waits on a condition,
    a member's news ("reported that"), the meeting's business."""
    body = PARISH_HEAD + (
        "6. Standing orders\n\n"
        "Residents will be permitted to speak for three minutes each.\n\n"
        "Councillors would be expected to attend the training; members of the public would "
        "be welcome.\n\n"
        "Minutes of the working group will be considered at the next meeting.\n\n"
        "New benches will be bought when funds allow.\n\n"
        "Cllr Shah reported that the bus shelter would be repainted in May.\n"
    )
    assert owned_actions(body) == []


def test_a_body_agreeing_to_hold_to_something_decides() -> None:
    """A body agreeing to keep, reserve, reaffirm or support something takes a stance (a
    decision); agreeing to do something is still a task."""
    body = PARISH_HEAD + (
        "7. Meetings\n\n"
        "The Council agreed to keep the present format of its meetings.\n\n"
        "The Committee agreed to reserve its position on the bypass until the consultation.\n\n"
        "The RDA agreed to support this, a walking festival run by volunteers.\n\n"
        "The Committee agreed to re-affirm the standing orders adopted in May.\n\n"
        "The Council agreed to send a survey to every household in the spring.\n"
    )
    assert owned_actions(body) == [
        ("The Council", "Send a survey to every household in the spring."),
    ]


def test_a_pronoun_after_a_phrase_set_before_it() -> None:
    """ "To whoever takes the seat, I will ...": a phrase and a comma before the pronoun
    leave it the subject (the writer's task, or the one named before); "we" stays the
    group's plan."""
    body = PARISH_HEAD + (
        "8. Handover\n\n"
        "To whoever takes over the bookings, I will send the keys and the diary.\n\n"
        "Cllr Priya Shah reported on the footpath. Once the survey is back, she will write to "
        "the landowner.\n\n"
        "Before the next meeting, we will think about the budget.\n"
    )
    assert owned_actions(body) == [
        ("I", "Send the keys and the diary."),
        ("Cllr Priya Shah", "Write to the landowner."),
    ]


def test_a_time_phrase_before_the_subject() -> None:
    """ "In the meantime he was asked to ...", "On Friday Sam will ...": a phrase of time
    (no comma) before the subject leaves it the owner; a day or month is no part of a name."""
    body = PARISH_HEAD + (
        "9. Drains\n\n"
        "Cllr Tom Hale reported on the blocked drain. In the meantime he was asked to contact "
        "the water board.\n\n"
        "On Friday Sam will put up the posters for the fair.\n\n"
        "In May the hall will be busy with the elections.\n"
    )
    assert owned_actions(body) == [
        ("Cllr Tom Hale", "Contact the water board."),
        ("Sam", "Put up the posters for the fair."),
    ]


def test_a_name_in_a_markdown_reference_link() -> None:
    """ "[Sam Hale][samh] agreed to ...": the link's words are the name, its label aside."""
    body = PARISH_HEAD + (
        "10. Fair\n\n"
        "The stalls were discussed. [Sam Hale][samh] agreed to book the marquee.\n\n"
        "[Priya Shah][ps] will print the raffle tickets.\n"
    )
    assert owned_actions(body) == [
        ("Sam Hale", "Book the marquee."),
        ("Priya Shah", "Print the raffle tickets."),
    ]


def test_a_resolutions_point_for_another_body() -> None:
    """A resolution's point naming a body other than the meeting, its verb bare: "(c) the
    Office of the Police Commissioner include ..." (its task); the meeting's own points
    decide."""
    body = PARISH_HEAD + (
        "11. Footpaths\n\n"
        "RESOLVED:\n"
        "(i) that the report be noted;\n"
        "(ii) the Office of the Police Commissioner include members in its circulation of "
        "press releases; and\n"
        "(iii) the Council approve the revised footpath policy.\n"
    )
    assert owned_actions(body) == [
        (
            "the Office of the Police Commissioner",
            "Include members in its circulation of press releases",
        ),
    ]


def test_initials_that_spell_a_word() -> None:
    """ "SO will chase the invoice": initials, though they spell "so"; "So we will ..."
    stays a discourse word and the group's plan."""
    body = PARISH_HEAD + (
        "12. Finance\n\n"
        "d) SO will chase the outstanding invoice with the caravan company.\n\n"
        "So we will wait for the audit.\n"
    )
    assert owned_actions(body) == [
        ("SO", "Chase the outstanding invoice with the caravan company.")
    ]


def test_agreed_that_a_given_name_should() -> None:
    """ "It was agreed that Dylan should arrange ...": a given name of five letters or more
    (not only a role or a name the attendance lists) owns the task; "Councillors should
    always be aware ..." has no verb of a task."""
    body = PARISH_HEAD + (
        "13. Speed bumps\n\n"
        "It was agreed that Dylan should arrange the removal of the bumps.\n\n"
        "It was agreed that Councillors should always be aware of the code of conduct.\n"
    )
    assert owned_actions(body) == [("Dylan", "Arrange the removal of the bumps.")]
