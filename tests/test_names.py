"""Name folding and splitting: the forms minutes use for one person."""

from __future__ import annotations

import pytest

from clerk_tui.core.names import (
    acronym_of,
    fold,
    given_name_similarity,
    initials_of,
    is_generic_role,
    looks_like_body,
    looks_like_initials,
    name_key,
    split_mention,
)


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("Siân Lloyd-Harris", "sian lloyd harris"),
        ("O’Brien", "obrien"),
        ("Hammersmith & Fulham", "hammersmith and fulham"),
        ("  ZOË   Smith ", "zoe smith"),
        ("Place Executive – Merton", "place executive merton"),
    ],
)
def test_fold(written: str, folded: str) -> None:
    assert fold(written) == folded


@pytest.mark.parametrize(
    ("mention", "name", "role", "honorifics"),
    [
        ("Councillor Lloyd-Harris", "Lloyd-Harris", None, ("councillor",)),
        ("Cllr A Lloyd-Harris (Chair)", "A Lloyd-Harris", "Chair", ("cllr",)),
        ("Dr Nicola Lang", "Nicola Lang", None, ("dr",)),
        ("Prof. Sir John Bell", "John Bell", None, ("prof", "sir")),
        (
            "Mark Creelman, Place Executive - Merton and Wandsworth",
            "Mark Creelman",
            "Place Executive - Merton and Wandsworth",
            (),
        ),
        ("Sarah Bright (Director, Commissioning)", "Sarah Bright", "Director, Commissioning", ()),
        (
            "The Director of Strategic Development, East London",
            "",
            "Director of Strategic Development, East London",
            (),
        ),
        ("Amy Gibbs Independent Chair of THT", "Amy Gibbs", "Independent Chair of THT", ()),
        ("The Chair", "", "Chair", ()),
        ("the Mayor", "", "Mayor", ()),
    ],
)
def test_split_mention(mention: str, name: str, role: str | None, honorifics: tuple) -> None:
    parts = split_mention(mention)
    assert (parts.name, parts.role, parts.honorifics) == (name, role, honorifics)


def test_name_key_ignores_honorific_hyphen_accent_and_case() -> None:
    assert name_key("Cllr Siân Lloyd-Harris") == name_key("sian lloyd harris") == "sianlloydharris"
    assert name_key("ICB") == "icb"


def test_initials_and_acronyms() -> None:
    assert initials_of("Amanda Lloyd-Harris") == "ALH"
    assert acronym_of("Tower Hamlets Together") == "THT"
    assert acronym_of("North West London Integrated Care Board") == "NWLICB"
    assert acronym_of("Healthwatch") is None
    assert looks_like_initials("AB") and looks_like_initials("A.B.")
    assert not looks_like_initials("Ab") and not looks_like_initials("A")


@pytest.mark.parametrize(
    ("query", "known", "expected"),
    [
        ("Jim", "James", 95),
        ("Bob", "Robert", 95),
        ("Chris", "Christopher", 95),
        ("A", "Amanda", 90),
        ("B", "Amanda", 0),
        ("Jane", "Jake", 0),
        ("Sian", "Siân", 100),
    ],
)
def test_given_name_similarity(query: str, known: str, expected: float) -> None:
    assert given_name_similarity(query, known) == expected


def test_small_typo_in_a_long_given_name_fits_partly() -> None:
    assert 90 < given_name_similarity("Carolin", "Caroline") < 95


def test_bodies_and_generic_roles() -> None:
    assert looks_like_body("Tower Hamlets Together", "Tower Hamlets Together")
    assert looks_like_body("Integrated Care Board", "North West London ICB")
    assert not looks_like_body("Jim Grealy", "Healthwatch Hammersmith & Fulham")
    assert is_generic_role("The Chair") and is_generic_role("officers")
    assert not is_generic_role("The Director of Public Health")
