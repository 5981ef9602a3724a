"""Matching in a committee's context: its members are the first candidates for a short
form, and a wrong match is never made without asking."""

from __future__ import annotations

import pytest

from clerk_tui.core.matching import DirectoryEntry, DirectoryRole, Matcher
from clerk_tui.core.membership import CommitteeMembers, Membership
from clerk_tui.core.names import split_mention

HWB = "Riverside Health and Wellbeing Board"
AUDIT = "Riverside Audit Committee"


def person(pid: int, name: str, *committees: str, title: str = "", org: str = "", initials=None):
    roles = (DirectoryRole(title, org or None),) if title else ()
    seats = tuple(Membership(c, initials) for c in committees)
    return DirectoryEntry(pid, name, organisation=org or None, roles=roles, committees=seats)


DIRECTORY = [
    person(1, "Steve Fisher", HWB, initials="SF"),
    person(2, "Sam Foster", AUDIT),
    person(3, "Priya Natarajan", HWB, AUDIT, title="Councillor"),
    person(4, "Dave Mears", HWB),
    person(5, "David Chandler", HWB),
    person(6, "Michael Wedgeworth", HWB, title="Chairman"),
    person(7, "Helen Price", HWB, title="Head of Commissioning", org="Riverside Council"),
    person(8, "Helen Ames", title="Chief Officer", org="Healthwatch Riverside"),
    person(9, "Joanne Pryce", AUDIT),
    person(10, "Joan Price", title="Data Protection Officer"),
    person(11, "Rebecca Ward", HWB, title="Head of Adult Social Care"),
    person(12, "James Ward", AUDIT, title="Councillor"),
    person(13, "Mark Patel", HWB),
    person(14, "Ahmed", title="MP"),
    person(15, "W Gray", AUDIT, title="Clerk"),
    person(16, "Kevin Hale", AUDIT),
    person(17, "Karen Hale", AUDIT),
    DirectoryEntry(18, "Tom Becker", roles=(DirectoryRole("Director", committee=HWB),)),
    person(19, "Willie Jones", HWB),
    person(21, "Sheralee Turner-Birchall", HWB),
    DirectoryEntry(20, "Integrated Care Board", "body", aliases=("ICB",)),
]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(DIRECTORY)


@pytest.mark.parametrize(
    ("mention", "committee", "expected", "why"),
    [
        ("SF", HWB, "Steve Fisher", "initials the minutes defined"),
        ("SF", AUDIT, "Sam Foster", "initials of a member's name"),
        ("Steve", HWB, "Steve Fisher", "a given name"),
        ("Priya", AUDIT, "Priya Natarajan", "a person on several committees"),
        ("Cllr Natarjan", HWB, "Priya Natarajan", "a misspelt surname"),
        ("Dave", HWB, "Dave Mears", "a given name as written beats a nickname"),
        ("Mike Wedgeworth", HWB, "Michael Wedgeworth", "a nickname and surname"),
        ("Mr Wedgeworth", HWB, "Michael Wedgeworth", "a surname after an honorific"),
        ("Helen", HWB, "Helen Price", "a member before a namesake off the committee"),
        ("Wendy Gray", AUDIT, "W Gray", "a given name the directory only has the initial of"),
        ("Tom", HWB, "Tom Becker", "a role for the committee makes a member"),
        ("Willie Joines", HWB, "Willie Jones", "a slip of the pen"),
        ("MP", HWB, "Mark Patel", "a member's initials beat a title held off the committee"),
        ("Steve F", HWB, "Steve Fisher", "a given name and the surname's initial"),
        ("Sher", HWB, "Sheralee Turner-Birchall", "the first letters of a given name"),
        ("Ms Turner", HWB, "Sheralee Turner-Birchall", "half a double-barrelled surname"),
        ("Ms Ward", HWB, "Rebecca Ward", "the one Ward on the committee"),
        ("Cllr Ward", AUDIT, "James Ward", "the councillor Ward on the committee"),
        ("the Chair", HWB, "Michael Wedgeworth", "the one member holding the post"),
    ],
)
def test_a_short_form_matches_the_one_member_it_fits(
    matcher: Matcher, mention: str, committee: str, expected: str, why: str
) -> None:
    result = matcher.match(mention, committee=committee)
    assert (result.status, result.person) == ("matched", expected), why


@pytest.mark.parametrize(
    ("mention", "committee", "why"),
    [
        ("David", AUDIT, "nobody on the committee fits: the whole directory's rules"),
        ("Steve", None, "no committee: a given name alone is doubtful"),
        ("Hale", AUDIT, "two members fit"),
        ("KH", AUDIT, "two members have these initials"),
        ("Helen (Healthwatch)", HWB, "the body written is another's, not the member's"),
        ("Ms Price", AUDIT, "someone off the committee fits better than a misspelt member"),
        ("Cllr Ward", HWB, "the councillor Ward is not on this committee; the member is not one"),
        ("the Chair", None, "no committee: a seat, not a person"),
        ("the Clerk", HWB, "no member holds the post"),
        ("Steve", "A New Committee", "a committee with no members known yet"),
    ],
)
def test_asks_when_the_committee_does_not_settle_it(
    matcher: Matcher, mention: str, committee: str | None, why: str
) -> None:
    assert matcher.match(mention, committee=committee).status != "matched", why


def test_a_full_name_off_the_committee_still_matches(matcher: Matcher) -> None:
    result = matcher.match("Helen Ames", committee=HWB)
    assert (result.status, result.person) == ("matched", "Helen Ames")


def test_two_members_fitting_are_both_offered(matcher: Matcher) -> None:
    result = matcher.match("Hale", committee=AUDIT)
    assert result.status == "ambiguous"
    assert [c.person for c in result.candidates[:2]] == ["Karen Hale", "Kevin Hale"]


def test_the_role_written_picks_one_of_two_members() -> None:
    matcher = Matcher(
        [
            person(1, "Ann Hale", AUDIT, title="Treasurer"),
            person(2, "Bob Hale", AUDIT, title="Secretary"),
        ]
    )
    result = matcher.match("Hale", committee=AUDIT, role_text="Treasurer")
    assert (result.status, result.person) == ("matched", "Ann Hale")


def test_a_refused_match_is_asked_again_only_where_it_was_refused() -> None:
    refused = DirectoryEntry(
        1, "Steve Fisher", committees=(Membership(HWB),), refused=(("SF", HWB),)
    )
    matcher = Matcher([refused, person(2, "Sue Ford", AUDIT), person(3, "Sam Fox", AUDIT)])
    again = matcher.match("SF", committee=HWB)
    assert again.status == "ambiguous"
    assert [c.person for c in again.candidates][:1] == ["Steve Fisher"]
    assert matcher.match("S.F.", committee=HWB).status == "ambiguous"
    assert matcher.match("Steve", committee=HWB).person == "Steve Fisher"


def test_a_refusal_anywhere_applies_to_every_committee() -> None:
    entry = DirectoryEntry(
        1, "Steve Fisher", committees=(Membership(HWB),), refused=(("SF", None),)
    )
    assert Matcher([entry]).match("SF", committee=HWB).status == "ambiguous"


def test_committee_names_compare_folded(matcher: Matcher) -> None:
    assert matcher.match("Steve", committee=HWB.upper()).person == "Steve Fisher"


def test_members_index_tiers() -> None:
    members = CommitteeMembers([(1, "Dave Mears", None), (2, "David Chandler", "DC")])
    fit = members.fit("Dave", split_mention("Dave"))
    assert fit is not None and fit.person_ids == {1}
    fit = members.fit("DC", split_mention("DC"))
    assert fit is not None and (fit.person_ids, fit.score) == ({2}, 97)
    assert members.fit("Zed", split_mention("Zed")) is None
    both = members.fit("Davey", split_mention("Davey"))
    assert both is not None and both.person_ids == {1, 2}
