"""Owners, round 26: a reply reported after an introductory phrase ("In response to a
question from Councillor X, the Head of Planning said she would ...", "Answering Cllr Y,
the Finance Officer said ..."): the speaker after the comma owns the task, not the person
who asked; a genuine pair of owners and a name with its role in apposition stay."""

from __future__ import annotations

from tests.conftest import PARISH_HEAD, owned_actions


def _owned(*sentences: str) -> list[tuple[str, str]]:
    return owned_actions(PARISH_HEAD + "1. Matters arising\n\n" + "\n\n".join(sentences) + "\n")


def test_the_speaker_after_a_question_from_someone_owns_the_task() -> None:
    """ "from Councillor Kemp", "by Councillor Adeyemi", "from Members": the asker is the
    object of a preposition, not a part of the owner's name."""
    assert _owned(
        "In reply to a query from Councillor Kemp, the Head of Leisure said that she would"
        " circulate the usage figures.",
        "Following a question by Councillor Adeyemi, the Parks Manager confirmed he would"
        " inspect the skate ramp.",
        "In answer to questions from Members, Priya Shah said she would look into the"
        " verge cutting.",
    ) == [
        ("the Head of Leisure", "Circulate the usage figures."),
        ("the Parks Manager", "Inspect the skate ramp."),
        ("Priya Shah", "Look into the verge cutting."),
    ]


def test_a_participle_phrase_naming_the_asker_is_not_the_owner() -> None:
    """ "Answering Cllr Byrne,", "Addressing Mrs Quill,": how the sentence opens."""
    assert _owned(
        "Answering Cllr Byrne, the Finance Officer said she would check the hire invoice.",
        "Addressing Mrs Quill, the Head Teacher said she would arrange a meeting with parents.",
    ) == [
        ("the Finance Officer", "Check the hire invoice."),
        ("the Head Teacher", "Arrange a meeting with parents."),
    ]


def test_two_owners_and_a_name_with_its_role_stay() -> None:
    """Near misses: two people who commit together; a person and their office in
    apposition; a team named by a noun in "-ing" before the person."""
    assert _owned(
        "The Clerk and the Chair said they would meet the landowner.",
        "Cllr Dunn, the Chair, said she would write to the MP.",
        "Following a question from Councillor Tate, the Clerk will write to the bus company.",
    ) == [
        ("The Clerk and the Chair", "Meet the landowner."),
        ("Cllr Dunn", "Write to the MP."),
        ("the Clerk", "Write to the bus company."),
    ]
