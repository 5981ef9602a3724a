"""Roles of attendance lists whose heading, line or table gives them (Riverside text,
written for these tests): the exact people and roles found, one kind of list each."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def people(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.name, p.role) for p in parse_strict(text).people]


# -- a heading that names a group: each listed holds its office ------------------------------


def test_a_board_or_officers_heading_gives_each_listed_their_office() -> None:
    text = (
        "Riverside Village Hall Trust\nMinutes of the meeting of 4 March 2026\n\n"
        "Board members in attendance:\n- Nora Quinn\n- Ben Ashe\n\n"
        "Officers:\nMarta Quell, Leon Brightwater (Clerk)\n\n"
        "1. Finance\nThe accounts were received.\n"
    )
    assert people(text) == [
        ("Nora Quinn", "Board member"),
        ("Ben Ashe", "Board member"),
        ("Marta Quell", "Officer"),
        ("Leon Brightwater", "Clerk"),
    ]


def test_members_heading_alone_gives_no_role_voting_members_their_vote() -> None:
    text = (
        "Riverside Allotment Society\nMinutes of 4 March 2026\n\n"
        "Members present: Nora Quinn, Ben Ashe\nVoting members present: Omar Said\n\n"
        "1. Plots\nThe waiting list was noted.\n"
    )
    assert people(text) == [
        ("Nora Quinn", None),
        ("Ben Ashe", None),
        ("Omar Said", "Voting member"),
    ]


# -- an office beside a name in running text --------------------------------------------------


def test_an_office_before_a_name_in_running_text() -> None:
    text = (
        "Riverside Community Land Trust\nAnnual General Meeting, 4 March 2026\n\n"
        "Our chair Nora Quinn welcomed everyone. Our treasurer Ben Ashe reviewed the year.\n"
        "Constable Mai Lowe described the patrols, and resident Rod Saline asked about lighting.\n"
        "A letter will go to our MP Mr Gus Moor.\n"
    )
    assert people(text) == [
        ("Nora Quinn", "chair"),
        ("Ben Ashe", "treasurer"),
        ("Mai Lowe", "Constable"),
        ("Rod Saline", "resident"),
        ("Gus Moor", "MP"),
    ]


def test_an_office_and_its_holder_between_commas_or_after_as() -> None:
    text = (
        "Riverside Arts Festival\nAnnual General Meeting, 4 March 2026\n\n"
        "The Hon. Secretary, Omar Said, read the report.\n"
        "Mr Leon Brightwater, a Mill Lane resident, raised parking.\n"
        "The Chairman of the Film Society, Dr Ivy Lane, thanked the volunteers.\n"
        "Omar will stay on, with Dee Ross as treasurer for the coming year.\n"
    )
    assert people(text) == [
        ("Omar Said", "Hon. Secretary"),
        ("Leon Brightwater", "Mill Lane resident"),
        ("Ivy Lane", "Chairman of the Film Society"),
        ("Dee Ross", "treasurer"),
    ]


def test_capitalised_words_after_an_office_heading_a_paragraph_are_no_one() -> None:
    text = (
        "Riverside Makers\nBoard meeting, 4 March 2026\n\n"
        "Founding Board Member Point Reward. In recognition of their work the board agreed a "
        "reward.\nRESOLVED That Councillor Hart be thanked.\n"
    )
    assert people(text) == [("Hart", "Councillor")]


# -- an office of common words before a full name ---------------------------------------------


def test_an_office_no_role_word_names_before_a_full_name() -> None:
    text = (
        "Riverside Rowing Club Board Minutes\n\n**Attendance**\n\n"
        "-   President: Nora Quinn\n\n-   Coach: Ben Ashe\n\n-   Treasurer: Fred Lyle\\*\n\n"
        "-   Equip Mgr: Gina Hall\n\n## Finance\nThe balance was noted.\n"
    )
    assert people(text) == [
        ("Nora Quinn", "President"),
        ("Ben Ashe", "Coach"),
        ("Fred Lyle", "Treasurer"),
        ("Gina Hall", "Equip Mgr"),
    ]


def test_a_list_heading_before_a_name_is_no_office() -> None:
    text = (
        "Riverside Tenants Forum\n\nGuest: Cllr Ruth Ashe (ward councillor)\n"
        "Present: Nora Quinn: Chair\n\n1. Repairs\nThe repairs list was noted.\n"
    )
    assert ("Ruth Ashe", "Guest") not in people(text)
    assert ("Nora Quinn", "Chair") in people(text)


# -- a table row pasted as one line: name, role, initials --------------------------------------


def test_a_row_of_name_role_and_initials_gives_the_role_between() -> None:
    text = (
        "Riverside Hospital NHS Trust\nBoard meeting, 4 March 2026\n\nPresent voting:\n\n"
        "Nora Quinn Chairman NQ\nBenjamin Ashe Deputy Chairman BA\n"
        "Omar Said Non-Executive Director OS\nMarta Quell Medical Director MQ\n\n"
        "1. Welcome\nThe Chairman welcomed all.\n"
    )
    assert people(text) == [
        ("Nora Quinn", "Chairman"),
        ("Benjamin Ashe", "Deputy Chairman"),
        ("Omar Said", "Non-Executive Director"),
        ("Marta Quell", "Medical Director"),
    ]
