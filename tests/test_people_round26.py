"""Attendance lists whose names each hold an everyday word (issue 11, round 26): a person
named after another in a list is that person, never the first one's role; a role looks like
one (an office word or an organisation). Invented lists of fictional bodies, with near
misses where the words after a name are truly its role."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict


def people(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.name, p.role) for p in parse_strict(text).people]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Present: Karen Holt, June Marsh, Peter Ross\n",
            [("Karen Holt", None), ("June Marsh", None), ("Peter Ross", None)],
        ),
        (
            "Attendees: Cllr Owen Pritchard, April Dean and Sally Voss\n",
            [("Owen Pritchard", "Cllr"), ("April Dean", None), ("Sally Voss", None)],
        ),
        (
            "In attendance: Dr Nia Harte; June Pike; Colin Fry\n",
            [("Nia Harte", None), ("June Pike", None), ("Colin Fry", None)],
        ),
        (
            "Attendees:\nGraham Tull, April Dean\nRuth Okoro, Treasurer\n",
            [("Graham Tull", None), ("April Dean", None), ("Ruth Okoro", "Treasurer")],
        ),
        (
            "Present: Tom Ashby, Dawn Carter; Lee Moss (Chair)\n",
            [("Tom Ashby", None), ("Dawn Carter", None), ("Lee Moss", "Chair")],
        ),
    ],
)
def test_a_name_after_a_name_in_a_list_is_another_person(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert people(text) == expected


def test_the_second_person_owns_what_she_will_do() -> None:
    text = "Present: Karen Holt, June Marsh, Peter Ross\n\nJune will send the letter by Friday.\n"
    assert [a.owner for a in parse_strict(text).actions] == ["June"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Present: Ann Cole, Parish Clerk\n", [("Ann Cole", "Parish Clerk")]),
        (
            "Present: Dr Ian Poole, Planning Consultant; Tess Lamb, Chair\n",
            [("Ian Poole", "Planning Consultant"), ("Tess Lamb", "Chair")],
        ),
        (
            "Present: Mark Simpson (Mendip District Council), Lena Ward\n",
            [("Mark Simpson", "Mendip District Council"), ("Lena Ward", None)],
        ),
        (
            "Present: Peter Ross, Mark Simpson, Ann Cole\n",
            [("Peter Ross", None), ("Mark Simpson", None), ("Ann Cole", None)],
        ),
        (
            "Attendees:\nGraham Tull, Grace Church\nRuth Okoro, Treasurer\n",
            [("Graham Tull", "Grace Church"), ("Ruth Okoro", "Treasurer")],
        ),
        (
            "Attendees:\nGraham Tull, Harbour Trust\nRuth Okoro, Treasurer\n",
            [("Graham Tull", "Harbour Trust"), ("Ruth Okoro", "Treasurer")],
        ),
    ],
)
def test_a_real_role_after_a_name_stays_its_role(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert people(text) == expected


# An office and the place it serves before a name: the office is the role, the name the
# person ("returning officer at Mendip" is no part of anyone's name).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Present: Ann Cole, returning officer at Mendip Stephen Lake\n",
            [("Ann Cole", None), ("Stephen Lake", "returning officer at Mendip")],
        ),
        (
            "In attendance: Electoral Officer for Brackley Dennis Orme\n",
            [("Dennis Orme", "Electoral Officer for Brackley")],
        ),
        (
            "Present: Ann Cole; Clerk to Upton Parish Council Sylvia Noakes; Tim Fox\n",
            [
                ("Ann Cole", None),
                ("Sylvia Noakes", "Clerk to Upton Parish Council"),
                ("Tim Fox", None),
            ],
        ),
    ],
)
def test_an_office_at_a_place_before_a_name_is_that_persons_role(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert people(text) == expected


def test_an_office_at_a_place_with_no_name_after_it_stays_a_role() -> None:
    text = "Present: Ann Cole, Head of Planning at Wexcombe Council\n"
    assert people(text) == [("Ann Cole", "Head of Planning at Wexcombe Council")]
