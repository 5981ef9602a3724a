"""A bare "Action" mark (bold or capitals, no colon) before a task that ends with its owner's
tag in brackets: the tag is the owner, not part of the task."""

from tests.conftest import owned_actions

NOTES = """# Riverside data group, 4 March 2026

Attendees: Ann Baker (AB), Raj Singh (RS), Jo Smith (JS)

## Agenda
- Survey results [AB]
  - **Action** design a form for the autumn survey [RS]
  - ACTION check the survey data against the register [JS / AB]
  - **Action** thank the volunteers (all of them did well)
"""


def test_a_bare_action_mark_with_its_owners_tag_at_the_end() -> None:
    assert owned_actions(NOTES) == [
        ("RS", "Design a form for the autumn survey"),
        ("JS / AB", "Check the survey data against the register"),
        (None, "Thank the volunteers (all of them did well)"),
    ]
