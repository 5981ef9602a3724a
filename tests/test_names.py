"""Name folding and splitting: the forms minutes use for one person."""

from __future__ import annotations

import pytest

from clerk_tui.core.names import (
    acronym_of,
    fold,
    given_name_similarity,
    initials_of,
    is_generic_role,
    learned_key,
    looks_like_body,
    looks_like_initials,
    name_family,
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


@pytest.mark.parametrize(
    ("mention", "name", "role", "honorifics", "initials"),
    [
        ("Lang, Nicola", "Nicola Lang", None, (), None),
        ("Lang, Councillor", "Lang", "Councillor", (), None),
        ("Cllr. Smith", "Smith", None, ("cllr",), None),
        ("Councillor Dr Jane Smith", "Jane Smith", None, ("councillor", "dr"), None),
        ("Dr. Nicola Lang MBE", "Nicola Lang", None, ("dr",), None),
        ("Dr Nicola Lang, OBE JP", "Nicola Lang", None, ("dr",), None),
        ("Nicola Lang (Vice-Chair)", "Nicola Lang", "Vice-Chair", (), None),
        ("Dr Lang's", "Lang", None, ("dr",), None),
        ("Jones'", "Jones", None, (), None),
        (
            "Nicola Lang – Director of Public Health",
            "Nicola Lang",
            "Director of Public Health",
            (),
            None,
        ),
        ("the ICB Chief Executive", "", "ICB Chief Executive", (), None),
        ("Nadia Khan (NK)", "Nadia Khan", None, (), "NK"),
        ("Nadia Khan (N.K.) (Chair)", "Nadia Khan", "Chair", (), "NK"),
        ("O'Brien", "O'Brien", None, (), None),
    ],
)
def test_split_mention_forms_seen_in_minutes(
    mention: str, name: str, role: str | None, honorifics: tuple, initials: str | None
) -> None:
    parts = split_mention(mention)
    assert (parts.name, parts.role, parts.honorifics, parts.initials) == (
        name,
        role,
        honorifics,
        initials,
    )


@pytest.mark.parametrize(
    "mention",
    ["Officers", "Members", "all Members", "the Council", "the Clerk", "Councillors", "the Board"],
)
def test_groups_name_nobody(mention: str) -> None:
    assert is_generic_role(mention)


@pytest.mark.parametrize(
    "mention", ["The Director of Public Health", "the Mayor", "Independent Chair", "Jane Smith"]
)
def test_roles_a_person_holds_are_not_generic(mention: str) -> None:
    assert not is_generic_role(mention)


def test_learned_key_keeps_the_honorific_in_one_spelling() -> None:
    assert learned_key("Cllr. Smith") == learned_key("Councillor Smith") == "councillor smith"
    assert learned_key("Dr Smith") != learned_key("Smith") != learned_key("Councillor Smith")
    assert learned_key("Dr O'Brien's") == "dr obrien"
    assert initials_of("Dr Avi Bhatia (AB)") == "AB"


def test_name_family_reads_the_nicknames_table_as_its_package_does() -> None:
    from nicknames import NickNamer

    namer = NickNamer()
    names = {*namer.canonical_lookup, *namer.nickname_lookup, " Jim ", "BOB", "Zebedee"}
    assert {n: name_family(n) for n in names} == {
        n: frozenset({n, *namer.canonicals_of(n)}) for n in names
    }
    assert name_family("jim") == {"jim", "james"}
