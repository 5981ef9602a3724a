"""People and roles in attendance lists of shapes real minutes write (issue 11, round 18).
Invented minutes of fictional bodies; each test names the kind of line it reads."""

from __future__ import annotations

from clerk_tui.core.parse import parse

HEAD = "Minutes of the Hatchford Parish Council, 3 March 2025\n"


def people(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.name, p.role) for p in parse(text).people]


def test_a_name_role_table_flattened_with_spaces_under_its_head() -> None:
    text = (
        "Minutes of the Ashby Rovers committee meeting\nMonday 3rd March 2025\n"
        "Attendee Role\nGwen Pryce Chairperson\nOwen Lake Club Secretary\n"
        "Terry Vine Marketing Manager\nSally Dunn Youth Coordinator\n"
        "Nia Cole U12s Coordinator\nIan Marsh Treasurer\n"
        "The minutes of the last meeting were approved.\n"
    )
    assert people(text) == [
        ("Gwen Pryce", "Chairperson"),
        ("Owen Lake", "Club Secretary"),
        ("Terry Vine", "Marketing Manager"),
        ("Sally Dunn", "Youth Coordinator"),
        ("Nia Cole", "U12s Coordinator"),
        ("Ian Marsh", "Treasurer"),
    ]


def test_a_surname_that_is_also_a_place_word_after_a_title() -> None:
    text = HEAD + "Present: Cllr Ann Hall, Cllr Bob Green, Cllr Di Park, Cllr Ed North.\n"
    assert people(text) == [
        ("Ann Hall", "Cllr"),
        ("Bob Green", "Cllr"),
        ("Di Park", "Cllr"),
        ("Ed North", "Cllr"),
    ]


def test_the_next_item_after_a_list_on_the_heading_line_is_no_person() -> None:
    for item in ("1. Water", "4) Highways and verges", "Water"):
        text = (
            HEAD
            + f"Present: Cllrs Kate Lowe, Mo Nash, Ollie Dean\n{item}\nClerk to fix the trough.\n"
        )
        assert people(text) == [
            ("Kate Lowe", "Cllr"),
            ("Mo Nash", "Cllr"),
            ("Ollie Dean", "Cllr"),
        ], item


def test_a_name_that_goes_on_to_the_next_line_of_a_list_still_counts() -> None:
    text = HEAD + "Present: Cllrs Kate Lowe, Mo Nash\nOllie Dean and Pia Ross\n\n1. Water\n"
    assert [n for n, _ in people(text)] == ["Kate Lowe", "Mo Nash", "Ollie Dean", "Pia Ross"]
