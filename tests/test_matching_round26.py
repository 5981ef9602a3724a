"""Round 26 matching: a committee's own officer posts ('the Clerk', 'Chairman') asked in its
minutes. Invented directory and mentions; exact outcomes, and the near misses that must be
asked."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_tui.core.matching import DirectoryEntry, DirectoryRole, Matcher
from clerk_tui.core.membership import Membership

FERN = "Fernhollow Parish Council"
KESTLE = "Kestle Village Hall Committee"


def seat(pid: int, name: str, title: str, *committees: str, **kw: date) -> DirectoryEntry:
    roles = (DirectoryRole(title, start=kw.get("start"), end=kw.get("end")),) if title else ()
    return DirectoryEntry(pid, name, roles=roles, committees=tuple(map(Membership, committees)))


POSTS = Matcher(
    [
        seat(1, "Oriel Pask", "Chairman", FERN),
        seat(2, "Tamsin Brough", "Parish Clerk and RFO", FERN),
        seat(3, "Idris Venn", "Vice-Chair", FERN),
        seat(4, "Lorcan Tey", "Chair of the Allotments Association", FERN),
        seat(5, "Wenna Crail", "Hon. Treasurer", FERN),
        seat(6, "Bryony Sayle", "Minutes Secretary", FERN),
        seat(7, "Ansel Drury", "Secretary", KESTLE),
        seat(8, "Maud Penry", "Bookings Secretary", KESTLE),
        seat(9, "Corin Blythe", "Assembly Clerk", KESTLE),
        seat(10, "Dora Quill", "Clerk", KESTLE),
        seat(11, "Hedda Marsh", "Co-opted Member, Chair", KESTLE, end=date(2024, 5, 1)),
        seat(12, "Piran Loy", "Chair", KESTLE, start=date(2024, 5, 2)),
        seat(13, "Greer Ollis", "Treasurer"),
    ]
)


@pytest.mark.parametrize(
    ("mention", "person"),
    [
        ("the Chair", "Oriel Pask"),
        ("The Chairperson", "Oriel Pask"),
        ("CHAIRMAN", "Oriel Pask"),
        ("the Chair of the Parish Council", "Oriel Pask"),
        ("the clerk", "Tamsin Brough"),
        ("Clerk to the Council", "Tamsin Brough"),
        ("the Parish Clerk", "Tamsin Brough"),
        ("Hon. Treas.", "Wenna Crail"),
        ("the Treasurer", "Wenna Crail"),
        ("Minute Taker", "Bryony Sayle"),
        ("the Minute Secretary", "Bryony Sayle"),
    ],
)
def test_the_one_member_holding_a_post_is_matched(mention: str, person: str) -> None:
    result = POSTS.match(mention, committee=FERN)
    assert (result.status, result.person) == ("matched", person)


@pytest.mark.parametrize(
    ("mention", "committee"),
    [
        ("the Chair", None),  # no committee: nobody in particular
        ("the Clerk", None),
        ("the Secretary", FERN),  # the minutes secretary is another post
        ("the Vice-Chair", FERN),
        ("the Chair of the Youth Club", FERN),  # another body's chair
        ("the Secretary", KESTLE),  # the bookings secretary may be meant
        ("the Clerk", KESTLE),  # the assembly clerk may be meant
        ("the Deputy Clerk", KESTLE),
    ],
)
def test_a_post_nobody_or_several_may_hold_is_asked(mention: str, committee: str | None) -> None:
    assert POSTS.match(mention, committee=committee).status != "matched"


def test_the_post_goes_to_whoever_held_it_on_the_day() -> None:
    before = POSTS.match("the Chairman", committee=KESTLE, on_date=date(2024, 3, 1))
    after = POSTS.match("the Chairman", committee=KESTLE, on_date=date(2024, 9, 1))
    assert (before.status, before.person) == ("matched", "Hedda Marsh")
    assert (after.status, after.person) == ("matched", "Piran Loy")


def test_a_post_the_committee_fills_beats_its_holder_elsewhere() -> None:
    fern = POSTS.match("Treasurer", committee=FERN)
    assert (fern.status, fern.person) == ("matched", "Wenna Crail")


def test_a_post_at_another_organisation_is_not_the_committees() -> None:
    board = "Tarn Valley Health Board"
    matcher = Matcher(
        [
            DirectoryEntry(
                1,
                "Isla Rendle",
                roles=(DirectoryRole("Chair", "Healthwatch Tarn"),),
                committees=(Membership(board),),
            ),
            DirectoryEntry(
                2,
                "Noah Trist",
                roles=(DirectoryRole("Clerk", "Tarn Valley Council"),),
                committees=(Membership(board),),
            ),
        ]
    )
    assert matcher.match("the Chair", committee=board).status != "matched"
    clerk = matcher.match("the Clerk", committee=board)
    assert (clerk.status, clerk.person) == ("matched", "Noah Trist")


# --- titles written before a name --------------------------------------------------------

TITLES = Matcher(
    [
        DirectoryEntry(1, "Rhoswen Tarrant", roles=(DirectoryRole("County Councillor"),)),
        DirectoryEntry(2, "Gethin Pryor", roles=(DirectoryRole("Borough Councillor"),)),
        DirectoryEntry(3, "Olwen Williams", roles=(DirectoryRole("Councillor"),)),
        DirectoryEntry(4, "Ned Orrell", roles=(DirectoryRole("PCSO"),)),
        DirectoryEntry(5, "Tegan Mallory", roles=(DirectoryRole("Inspector"),)),
        DirectoryEntry(7, "Lewin Sayer", roles=(DirectoryRole("Councillor"),)),
        DirectoryEntry(8, "Ffion Sayer", roles=(DirectoryRole("Clerk"),)),
    ]
)


@pytest.mark.parametrize(
    ("mention", "person"),
    [
        ("County Councillor R Tarrant", "Rhoswen Tarrant"),
        ("County Cllr Tarrant", "Rhoswen Tarrant"),
        ("Borough Councillor Gethin Pryor", "Gethin Pryor"),
        ("Ward Cllr G. Pryor", "Gethin Pryor"),
        ("Parish Councillor Olwen Williams", "Olwen Williams"),
        ("Glamorgan County Councillor Tarrant", "Rhoswen Tarrant"),
        ("Cllrs R Tarrant", "Rhoswen Tarrant"),
        ("Councillors Gethin Pryor", "Gethin Pryor"),
        ("PC Ned Orrell", "Ned Orrell"),
        ("PCSO Orrell", "Ned Orrell"),
        ("Chief Inspector Tegan Mallory", "Tegan Mallory"),
        ("Cllr. O. Williams", "Olwen Williams"),
        ("Ward Cllr Sayer", "Lewin Sayer"),
    ],
)
def test_a_title_before_a_name_is_taken_off(mention: str, person: str) -> None:
    result = TITLES.match(mention)
    assert (result.status, result.person) == ("matched", person)


@pytest.mark.parametrize(
    "mention",
    [
        "Cllrs Tarrant and Pryor",  # two people
        "Councillors Gethin and Olwen Williams",
        "PC",
        "PCSO Sayer",  # two Sayers, neither a police officer
        "Parish Councillor Ffion Sayle",  # a similar surname, another given name
    ],
)
def test_a_title_before_names_that_settle_nobody_is_asked(mention: str) -> None:
    assert TITLES.match(mention).status != "matched"


# --- an initial or a surname's letter is too little to settle a near name ----------------

NEAR = Matcher(
    [
        DirectoryEntry(1, "Fenella Dawes"),
        DirectoryEntry(2, "Corwen Hallett"),
        seat(3, "Paula Brennock", "", KESTLE),
        seat(4, "D Sorrell", "", KESTLE),
        seat(5, "Stephen Fairlie", "", KESTLE),
        seat(6, "Mabli Greer", "", KESTLE),
    ]
)


@pytest.mark.parametrize(
    ("mention", "committee"),
    [
        ("F Daws", None),  # an initial and a surname spelt otherwise: ask
        ("F. Dawe", None),
        ("C Hallet", None),
        ("Paul B", KESTLE),  # Paul is a name of its own, not Paula cut short
        ("David S.", KESTLE),  # an initial on each side: two letters prove nothing
    ],
)
def test_an_initial_with_a_near_name_is_asked(mention: str, committee: str | None) -> None:
    assert NEAR.match(mention, committee=committee).status != "matched"


@pytest.mark.parametrize(
    ("mention", "committee", "person"),
    [
        ("F Dawes", None, "Fenella Dawes"),
        ("Fenella Daws", None, "Fenella Dawes"),  # the given name written out settles it
        ("Corwen Hallet", None, "Corwen Hallett"),
        ("Steve F", KESTLE, "Stephen Fairlie"),  # a nickname and the surname's letter
        ("Mabli G", KESTLE, "Mabli Greer"),
    ],
)
def test_a_written_out_name_still_matches(mention: str, committee: str | None, person: str) -> None:
    result = NEAR.match(mention, committee=committee)
    assert (result.status, result.person) == ("matched", person)


# --- a directory name written with its honorific ------------------------------------------

PANEL = "Orme Clinical Panel"
HONOURED = Matcher(
    [
        seat(1, "Dr Ilar Benn", "", PANEL),
        seat(2, "Professor Oona Marr", "", PANEL),
        seat(3, "Mrs T Quinlan", "", PANEL),
        seat(4, "Dr Mairwen Wyatt", "", PANEL),
        seat(5, "Madoc Whitby", "", PANEL),
        seat(6, "Councillor Rees", "", PANEL),
    ]
)


@pytest.mark.parametrize(
    ("mention", "person"),
    [
        ("IB", "Dr Ilar Benn"),
        ("OM", "Professor Oona Marr"),
        ("Ilar", "Dr Ilar Benn"),
        ("Oona Marr", "Professor Oona Marr"),
        ("TQ", "Mrs T Quinlan"),
        ("Cllr Rees", "Councillor Rees"),
    ],
)
def test_initials_and_given_names_skip_the_directory_names_honorific(
    mention: str, person: str
) -> None:
    result = HONOURED.match(mention, committee=PANEL)
    assert (result.status, result.person) == ("matched", person)


@pytest.mark.parametrize("mention", ["MW", "DB", "Dr"])
def test_initials_two_members_share_or_an_honorific_alone_are_asked(mention: str) -> None:
    assert HONOURED.match(mention, committee=PANEL).status != "matched"


# --- initials that are words, reversed, or with a middle initial --------------------------

GUILD = "Brenna Bell Ringers"
CODES = Matcher(
    [
        seat(1, "Tegid Orme", "", GUILD),
        seat(2, "Alys Nance", "", GUILD),
        seat(3, "Emrys Tallow", "", GUILD),
        seat(4, "Carys Jenner", "", GUILD),
        seat(5, "Tomos Wynne", "", GUILD),
        seat(6, "Tirion Walsh", "", GUILD),
        seat(7, "Mali Hughes", "", GUILD),
        seat(8, "Mererid Hale", "", GUILD),
        seat(9, "Aled Ifan", "", GUILD),
    ]
)


@pytest.mark.parametrize(
    ("mention", "person"),
    [
        ("TO", "Tegid Orme"),  # initials, not the word 'to'
        ("AN", "Alys Nance"),
        ("TE", "Emrys Tallow"),  # surname first
        ("CMJ", "Carys Jenner"),  # a middle initial the directory lacks
        ("C.R.J.", "Carys Jenner"),
        ("AI", "Aled Ifan"),
    ],
)
def test_initials_a_member_is_written_by(mention: str, person: str) -> None:
    result = CODES.match(mention, committee=GUILD)
    assert (result.status, result.person) == ("matched", person)


@pytest.mark.parametrize(
    ("mention", "committee"),
    [
        ("TMW", GUILD),  # Tomos Wynne and Tirion Walsh both fit
        ("MEH", GUILD),  # Mali Hughes with a middle initial; Mererid Hale spells it
        ("TO", None),  # without the committee: not sure
    ],
)
def test_initials_several_may_be_are_asked(mention: str, committee: str | None) -> None:
    assert CODES.match(mention, committee=committee).status != "matched"


def test_initials_in_order_beat_reversed_ones() -> None:
    both = Matcher([seat(1, "Emrys Tallow", "", GUILD), seat(2, "Tudur Evans", "", GUILD)])
    result = both.match("TE", committee=GUILD)
    assert (result.status, result.person) == ("matched", "Tudur Evans")
