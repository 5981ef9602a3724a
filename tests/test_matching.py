"""The matcher's rules, one case each, and the calibration a wrong match must not pass."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_tui.core.matching import DirectoryEntry, DirectoryRole, Matcher
from clerk_tui.core.model import Person


def role(title: str, organisation: str | None = None, start=None, end=None) -> DirectoryRole:
    return DirectoryRole(title, organisation, start, end)


DIRECTORY = [
    DirectoryEntry(1, "Amanda Lloyd-Harris", roles=(role("Councillor", "H&F Council"),)),
    DirectoryEntry(2, "Nicola Lang", roles=(role("Director of Public Health", "H&F Council"),)),
    DirectoryEntry(3, "Caroline Farrar", roles=(role("Managing Director"),)),
    DirectoryEntry(4, "James Grealy", roles=(role("Co-optee"),)),
    DirectoryEntry(5, "Robert Kennedy", roles=(role("Councillor"),)),
    DirectoryEntry(6, "Sarah Kennedy", roles=(role("Head of Finance"),)),
    DirectoryEntry(7, "John Smith", roles=(role("Councillor"),)),
    DirectoryEntry(8, "Jane Smith", roles=(role("Councillor"),)),
    DirectoryEntry(9, "Siân Davies", roles=(role("Cabinet Member for Housing"),)),
    DirectoryEntry(
        10,
        "Hilary Ross",
        roles=(role("Chief Executive", start=date(2020, 1, 1), end=date(2023, 3, 31)),),
    ),
    DirectoryEntry(11, "Paul Avery", roles=(role("Chief Executive", start=date(2023, 4, 1)),)),
    DirectoryEntry(
        12, "Integrated Care Board", "body", "North West London Integrated Care Board", (), ("ICB",)
    ),
    DirectoryEntry(13, "Tower Hamlets Together", "body", "Tower Hamlets Together"),
    DirectoryEntry(14, "Philip Glanville", roles=(role("Mayor", "Hackney Council"),)),
    DirectoryEntry(15, "Susan Masters", roles=(role("Voluntary sector representative"),)),
]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(DIRECTORY)


@pytest.mark.parametrize(
    ("mention", "person"),
    [
        ("Amanda Lloyd-Harris", "Amanda Lloyd-Harris"),
        ("Cllr Amanda Lloyd Harris", "Amanda Lloyd-Harris"),
        ("Councillor Lloyd-Harris", "Amanda Lloyd-Harris"),
        ("Cllr A Lloyd-Harris (Chair)", "Amanda Lloyd-Harris"),
        ("Dr Nicola Lang", "Nicola Lang"),
        ("Dr Lang", "Nicola Lang"),
        ("Caroline Farrer", "Caroline Farrar"),
        ("Jim Grealy", "James Grealy"),
        ("Bob Kennedy", "Robert Kennedy"),
        ("Sian Davies", "Siân Davies"),
        ("SIAN DAVIES", "Siân Davies"),
        ("ICB", "Integrated Care Board"),
        ("the ICB", "Integrated Care Board"),
        ("THT", "Tower Hamlets Together"),
        ("NWLICB", "Integrated Care Board"),
        ("Mayor Glanville", "Philip Glanville"),
        ("The Director of Public Health", "Nicola Lang"),
        ("the Cabinet Member for Housing", "Siân Davies"),
        ("Nicola Lang (Director of Public Health)", "Nicola Lang"),
        ("Caroline Farrar, Managing Director", "Caroline Farrar"),
    ],
)
def test_matches_the_right_person(matcher: Matcher, mention: str, person: str) -> None:
    result = matcher.match(mention)
    assert (result.status, result.person) == ("matched", person)


def test_councillor_prefers_the_councillor_of_two_namesakes(matcher: Matcher) -> None:
    result = matcher.match("Councillor Kennedy")
    assert (result.status, result.person, result.score) == ("matched", "Robert Kennedy", 95)
    assert [c.person for c in result.candidates] == ["Robert Kennedy", "Sarah Kennedy"]


def test_two_councillors_with_one_surname_are_ambiguous(matcher: Matcher) -> None:
    for mention in ("Councillor Smith", "Cllr J Smith", "Smith"):
        result = matcher.match(mention)
        assert result.status == "ambiguous", mention
        assert result.person is None
        assert {c.person for c in result.candidates} == {"John Smith", "Jane Smith"}


def test_given_name_settles_namesakes(matcher: Matcher) -> None:
    assert matcher.match("Councillor Jane Smith").person == "Jane Smith"
    assert matcher.match("Ms Sarah Kennedy").person == "Sarah Kennedy"


@pytest.mark.parametrize(
    "mention",
    [
        "Susan Matthews",  # a stranger whose given name is in the directory
        "The Chair",
        "Officers",
        "the Council",
        "Peter Smith",  # a third Smith
        "Nicola Long",  # a different surname, one letter away
        "Councillor Farrar",  # the only Farrar is not a councillor
        "Healthwatch",
        "",
    ],
)
def test_never_matches_without_asking(matcher: Matcher, mention: str) -> None:
    assert matcher.match(mention).status != "matched"


def test_a_stranger_is_unknown_and_a_near_namesake_only_a_candidate(matcher: Matcher) -> None:
    assert matcher.match("Susan Matthews").status == "unknown"
    peter = matcher.match("Peter Smith")
    assert peter.status == "unknown"
    assert {c.person for c in peter.candidates} == {"John Smith", "Jane Smith"}


def test_role_goes_to_its_holder_on_the_meeting_date(matcher: Matcher) -> None:
    before = matcher.match("The Chief Executive", on_date=date(2022, 6, 1))
    after = matcher.match("The Chief Executive", on_date=date(2024, 6, 1))
    now = matcher.match("the Chief Executive")
    assert (before.status, before.person, before.role) == (
        "matched",
        "Hilary Ross",
        "Chief Executive",
    )
    assert (after.status, after.person) == ("matched", "Paul Avery")
    assert now.person == "Paul Avery"


def test_role_nobody_held_on_the_date_asks(matcher: Matcher) -> None:
    result = matcher.match("The Chief Executive", on_date=date(2019, 6, 1))
    assert result.status == "unknown"
    assert {c.person for c in result.candidates} == {"Hilary Ross", "Paul Avery"}


def test_initials_resolve_through_the_attendance_first(matcher: Matcher) -> None:
    attendance = [
        Person("Nicola Lang", "Director of Public Health", [(0, 11)], initials="NL"),
        Person("Caroline Farrar", None, [(20, 35)]),
    ]
    stated = matcher.match("NL", attendance=attendance)
    derived = matcher.match("CF", attendance=attendance)
    assert (stated.status, stated.person, stated.expanded) == (
        "matched",
        "Nicola Lang",
        "Nicola Lang",
    )
    assert (derived.status, derived.person) == ("matched", "Caroline Farrar")
    assert matcher.match("NL").status == "ambiguous"  # the directory alone: ask


def test_unknown_initials_stay_unknown(matcher: Matcher) -> None:
    assert matcher.match("XY", attendance=[Person("Nicola Lang", None)]).status == "unknown"


def test_result_json_has_the_contract_keys(matcher: Matcher) -> None:
    answer = matcher.match("Councillor Kennedy").to_json()
    assert answer == {
        "query": "Councillor Kennedy",
        "status": "matched",
        "person": "Robert Kennedy",
        "role": "Councillor",
        "score": 95,
        "candidates": [
            {"person": "Robert Kennedy", "score": 95},
            {"person": "Sarah Kennedy", "score": 78},
        ],
    }


def test_identical_names_are_ambiguous_until_the_role_settles_them() -> None:
    twins = Matcher(
        [
            DirectoryEntry(1, "Mary Jones", roles=(role("Councillor"),)),
            DirectoryEntry(2, "Mary Jones", roles=(role("Head of Housing"),)),
        ]
    )
    assert twins.match("Mary Jones").status == "ambiguous"
    settled = twins.match("Mary Jones", role_text="Head of Housing")
    assert (settled.status, settled.person_id) == ("matched", 2)


def test_bare_surname_asks_even_when_one_person_has_it(matcher):
    """'Farrar said...' may be someone outside the directory: offer, do not attach."""
    result = matcher.match("Farrar")
    assert result.status == "ambiguous"
    assert [c.person for c in result.candidates][:1] == ["Caroline Farrar"]
    assert matcher.match("Ms Farrar").status == "matched"
