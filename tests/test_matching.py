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


# --- forms seen in real minutes, and the dangerous cases that must ask ----------------------

FORMS = Matcher(
    [
        DirectoryEntry(1, "Amanda Lloyd-Harris", roles=(role("Councillor", "H&F Council"),)),
        DirectoryEntry(
            2, "Nicola Lang", roles=(role("Director of Public Health", "Hammersmith & Fulham"),)
        ),
        DirectoryEntry(3, "John Smith", roles=(role("Councillor"),)),
        DirectoryEntry(4, "Joan Smith", roles=(role("Head of Housing"),)),
        DirectoryEntry(5, "Mary O'Brien", roles=(role("Councillor"),)),
        DirectoryEntry(
            6, "Angus McDonald", roles=(role("Chief Executive", "North West London ICB"),)
        ),
        DirectoryEntry(
            7, "Healthwatch Hammersmith & Fulham", "body", "Healthwatch Hammersmith & Fulham"
        ),
        DirectoryEntry(8, "Hammersmith and Fulham Clinical Commissioning Group", "body"),
        DirectoryEntry(9, "Brenda Hale", roles=(role("Co-optee"),)),
        DirectoryEntry(
            10, "Peter Grant", roles=(role("Director of Public Health", "Hackney Council"),)
        ),
        DirectoryEntry(11, "Sarah Bright", roles=(role("Chief Executive", "Hackney Council"),)),
        DirectoryEntry(12, "Sarah Kennedy", roles=(role("Councillor"),)),
        DirectoryEntry(13, "Robert Kennedy", roles=(role("Councillor"),)),
    ]
)


@pytest.mark.parametrize(
    ("mention", "person"),
    [
        ("Lang, Nicola", "Nicola Lang"),
        ("LANG, Nicola", "Nicola Lang"),
        ("Cllr. Lloyd-Harris", "Amanda Lloyd-Harris"),
        ("Ms. Lang", "Nicola Lang"),
        ("Prof. Lang", "Nicola Lang"),
        ("Councillor Dr Amanda Lloyd-Harris", "Amanda Lloyd-Harris"),
        ("Dr. Nicola Lang MBE", "Nicola Lang"),
        ("Dr Nicola Lang OBE JP", "Nicola Lang"),
        ("Nicola Lang (Vice-Chair)", "Nicola Lang"),
        ("Cllr OBrien", "Mary O'Brien"),
        ("Councillor O Brien", "Mary O'Brien"),
        ("Mary O’Brien", "Mary O'Brien"),
        ("Angus Mc Donald", "Angus McDonald"),
        ("Cllr Lloyd Harris", "Amanda Lloyd-Harris"),
        ("Dr Lang's", "Nicola Lang"),
        ("NICOLA LANG", "Nicola Lang"),
        ("Nicola Lang – Director of Public Health", "Nicola Lang"),
        ("Nicola Lang - Director of Public Health", "Nicola Lang"),
        ("the ICB Chief Executive", "Angus McDonald"),
        ("the Hackney Chief Executive", "Sarah Bright"),
        ("Director of Public Health, Hammersmith & Fulham", "Nicola Lang"),
        ("Healthwatch", "Healthwatch Hammersmith & Fulham"),
        ("the CCG", "Hammersmith and Fulham Clinical Commissioning Group"),
    ],
)
def test_forms_seen_in_minutes(mention: str, person: str) -> None:
    result = FORMS.match(mention)
    assert (result.status, result.person) == ("matched", person)


@pytest.mark.parametrize(
    ("mention", "offered"),
    [
        ("Mr Smith", {"John Smith", "Joan Smith"}),  # surname shared, generic honorific
        ("Ms Kennedy", {"Sarah Kennedy", "Robert Kennedy"}),
        ("J Smith", {"John Smith", "Joan Smith"}),  # an initial that fits both
        ("Jon Smyth", {"John Smith", "Joan Smith"}),  # a letter or two from both
        ("Jon Smith", {"John Smith", "Joan Smith"}),  # Jon is John's, but Joan is near
        ("the Director of Public Health", {"Nicola Lang", "Peter Grant"}),  # two holders
        ("Lloyd Harris", {"Amanda Lloyd-Harris"}),  # a bare surname
        ("Amanda Harris", {"Amanda Lloyd-Harris"}),  # half a double-barrelled name: ask
        ("Amanda Lloyd", {"Amanda Lloyd-Harris"}),
        ("Sarah Brighton", {"Sarah Bright"}),  # a longer surname is another name, not a typo
        ("O'Brien", {"Mary O'Brien"}),
    ],
)
def test_dangerous_mentions_ask_and_offer_the_right_people(mention: str, offered: set) -> None:
    result = FORMS.match(mention)
    assert (result.status, result.person) == ("ambiguous", None)
    assert {c.person for c in result.candidates} == offered


@pytest.mark.parametrize(
    "mention",
    ["Officers", "Members", "the Council", "the Chair", "the Clerk", "Councillors", "the Trust"],
)
def test_groups_never_match_and_offer_nobody(mention: str) -> None:
    result = FORMS.match(mention)
    assert (result.status, result.candidates) == ("unknown", [])


def test_first_name_alone_asks_unless_the_attendance_gives_the_full_name() -> None:
    alone = FORMS.match("Brenda")
    assert (alone.status, [c.person for c in alone.candidates]) == ("unknown", ["Brenda Hale"])
    attendance = [Person("Brenda Hale", "Co-optee"), Person("Nicola Lang", None)]
    present = FORMS.match("Brenda", attendance=attendance)
    assert (present.status, present.person, present.expanded) == (
        "matched",
        "Brenda Hale",
        "Brenda Hale",
    )
    stranger = FORMS.match("Brenda", attendance=[Person("Brenda Cole", None)])
    assert stranger.status != "matched"


def test_surname_alone_settled_by_the_attendance_only_when_one_attendee_carries_it() -> None:
    one = FORMS.match("Mr Smith", attendance=[Person("John Smith", "Councillor")])
    assert (one.status, one.person) == ("matched", "John Smith")
    both = FORMS.match(
        "Mr Smith", attendance=[Person("John Smith", None), Person("Joan Smith", None)]
    )
    assert both.status == "ambiguous"


def test_initials_the_directory_lacks_carry_the_attendance_name_and_role() -> None:
    result = FORMS.match("NK", attendance=[Person("Nadia Khan", "Project Lead", initials="NK")])
    assert (result.status, result.expanded, result.expanded_role) == (
        "unknown",
        "Nadia Khan",
        "Project Lead",
    )


def test_role_holder_whose_committee_or_organisation_fits_the_meeting() -> None:
    hf = FORMS.match(
        "the Director of Public Health",
        committee="Hammersmith & Fulham Health and Wellbeing Board",
    )
    hackney = FORMS.match("the Director of Public Health", committee="Hackney Health Scrutiny")
    elsewhere = FORMS.match("the Director of Public Health", committee="Kent Cabinet")
    assert (hf.status, hf.person) == ("matched", "Nicola Lang")
    assert (hackney.status, hackney.person) == ("matched", "Peter Grant")
    assert elsewhere.status == "ambiguous"


def test_role_for_a_named_committee_beats_a_place_in_common() -> None:
    matcher = Matcher(
        [
            DirectoryEntry(
                1, "Ann Lee", roles=(DirectoryRole("Chair", committee="Audit Committee"),)
            ),
            DirectoryEntry(2, "Bob Ray", roles=(DirectoryRole("Chair", committee="Health Board"),)),
            DirectoryEntry(3, "Cat Fox", roles=(DirectoryRole("Independent Chair", "THT"),)),
        ]
    )
    assert matcher.match("the Independent Chair").person == "Cat Fox"
    audit = matcher.match("the Chair", committee="Audit Committee")
    assert (audit.status, audit.person) == ("matched", "Ann Lee")
    assert matcher.match("the Chair").status == "unknown"


def test_learned_alias_matches_only_as_written() -> None:
    matcher = Matcher(
        [
            DirectoryEntry(3, "John Smith", roles=(role("Councillor"),), learned=("Cllr Smith",)),
            DirectoryEntry(4, "Joan Smith", roles=(role("Councillor"),)),
        ]
    )
    learned = matcher.match("Councillor Smith")
    assert (learned.status, learned.person, learned.score) == ("matched", "John Smith", 100)
    assert matcher.match("Smith").status == "ambiguous"
    assert matcher.match("Dr Smith").status == "ambiguous"


def test_body_by_words_and_acronyms_mixed(matcher: Matcher) -> None:
    result = matcher.match("North West London ICB")
    assert (result.status, result.person, result.reason) == (
        "matched",
        "Integrated Care Board",
        "short name of a body",
    )
    two = Matcher(
        [
            DirectoryEntry(1, "North West London ICB", "body", "North West London ICB"),
            DirectoryEntry(2, "South West London ICB", "body", "South West London ICB"),
        ]
    )
    assert two.match("the London ICB").status == "ambiguous"
    assert two.match("the West London ICB").status == "ambiguous"
    assert two.match("the North West London ICB").person == "North West London ICB"
