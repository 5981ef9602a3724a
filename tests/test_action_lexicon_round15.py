"""A commitment whose verb the English tables lack ("offered to strim") is still a task:
the cue and the agent make it one, not a list of verbs."""

from tests.conftest import owned_actions

MINUTES = """MINUTES OF THE MILLBROOK PARISH COUNCIL MEETING HELD ON 3 MARCH 2026

Present: Cllr A Hale (Chairman), Cllr B Osei, Mrs C Dale (Clerk)

7. Open spaces
7.1 Cllr Osei offered to strim the verge by the church.
7.2 Mrs Dale agreed to recirculate the letter from the county.
7.3 The plan for the verge, which everyone agreed to in principle, was noted.
"""


def test_offered_or_agreed_to_a_verb_the_tables_lack() -> None:
    assert owned_actions(MINUTES) == [
        ("Cllr Osei", "Strim the verge by the church."),
        ("Mrs Dale", "Recirculate the letter from the county."),
    ]
