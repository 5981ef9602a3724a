"""Prose actions: a second commitment in one sentence (the same subject's "and will also",
a pronoun's "and she'll", "and Sam is to", "but will"), an agent after a slash or a double
dash in notes, and the group's own "We will" (not an action)."""

from __future__ import annotations

from tests.conftest import owned_actions


def _actions(text: str) -> list[tuple[str | None, str]]:
    return owned_actions(text)


_HEAD = "Riverside Allotments Committee\n\nPresent: Priya Nandy, Omar Reyes, Sam Hale\n\n"


def test_two_commitments_in_one_sentence() -> None:
    """ "X will A and will also B": two tasks of X's; "X will send Y ... and she'll post
    them": the second is hers (the person last named); "... and Sam is to buy": Sam's."""
    body = _HEAD + (
        "3. Summer fair\n\n"
        "Sam will book the hall and will also order the chairs for the fair.\n\n"
        "Omar Reyes will send the minutes to Priya Nandy and she'll post them on the "
        "noticeboard.\n\n"
        "The kiosk would be painted by a volunteer and Sam is to buy the paint.\n"
    )
    assert _actions(body) == [
        ("Sam", "Book the hall"),
        ("Sam", "Order the chairs for the fair."),
        ("Omar Reyes", "Send the minutes to Priya Nandy"),
        ("Priya Nandy", "Post them on the noticeboard."),
        ("Sam", "Buy the paint."),
    ]


def test_but_will_goes_on_with_the_subject() -> None:
    """ "X could not attend but will send ...": X's task, as after "and"."""
    body = _HEAD + "4. Plans\n\nOmar Reyes could not attend but will send his comments.\n"
    assert _actions(body) == [("Omar Reyes", "Send his comments.")]


def test_one_commitment_stays_one() -> None:
    """No second task where "and" joins two objects and a purpose, where what follows "and
    will" is no task of the subject's, or is the first task's next step (no "also")."""
    body = _HEAD + (
        "5. Funding\n\n"
        "Sam will write to the Council and the Trust to ask for funds.\n\n"
        "Priya Nandy will book the hall and will be away in May.\n\n"
        "Omar Reyes will start the rules list and will work with the board to finish it.\n\n"
        "The stall was a success and will run again next year.\n"
    )
    assert _actions(body) == [
        ("Sam", "Write to the Council and the Trust to ask for funds."),
        ("Priya Nandy", "Book the hall and will be away in May."),
        (
            "Omar Reyes",
            "Start the rules list and will work with the board to finish it.",
        ),
    ]


def test_an_agent_after_a_slash_or_a_double_dash() -> None:
    """Notes close a clause with " / " or " -- " before the next agent; "PH / JS" and
    "and/or" stay as they are."""
    body = _HEAD + (
        "6. Rota\n\n"
        "Members discussed the rota. / Priya to update it before June.\n\n"
        "The quotes were agreed -- Omar Reyes will tell the builder.\n\n"
        "PN / SH to send the letter to the landlord.\n\n"
        "Planters and/or benches will be bought when funds allow.\n"
    )
    assert _actions(body) == [
        ("Priya", "Update it before June."),
        ("Omar Reyes", "Tell the builder."),
        ("PN / SH", "Send the letter to the landlord."),
    ]


def test_we_will_is_the_groups_plan_not_an_action() -> None:
    """ "We will raise this at the AGM", "We'll move the discussion online": the group's own
    plans, no one's task; "I will ..." in notes stays the writer's."""
    body = _HEAD + (
        "7. Any other business\n\n"
        "We will raise this as a topic at the AGM.\n\n"
        "We’ll move the discussion about dates to the group chat.\n\n"
        "I will put the questions on the shared board.\n"
    )
    assert _actions(body) == [("I", "Put the questions on the shared board.")]
