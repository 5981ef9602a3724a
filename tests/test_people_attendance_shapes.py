"""Attendance lists in more shapes, on short Riverside passages: initials in a second
bracket after a role, given names that are also months, and a block list's entries of
every shape (tabs, "Name (Org)", "Name – Role", "Name, Role (AB)")."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def _people(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(p.name, p.role, p.attendance, p.initials) for p in parse_strict(text).people]


def test_initials_in_a_second_bracket_after_the_role() -> None:
    text = (
        "RIVERSIDE PARISH COUNCIL\nMinutes of 4 March 2025\n\n"
        "Present: Cllr Hana Pryce (Chair) (HP), Cllr Owen Leckie (OL)\n"
        "In attendance: Sara Quinn (Clerk) (SQ), Nick Draper (Treasurer) (PM)\n\n"
        "1. Play area\nSQ to order the swing seat.\n"
    )
    assert _people(text) == [
        ("Hana Pryce", "Chair", "present", "HP"),
        ("Owen Leckie", "Cllr", "present", "OL"),
        ("Sara Quinn", "Clerk", "in attendance", "SQ"),
        ("Nick Draper", "Treasurer (PM)", "in attendance", None),  # (PM): an office's letters
    ]


def test_given_names_that_are_months_and_a_block_of_mixed_shapes() -> None:
    text = (
        "Riverside Hall Committee\nMinutes of 3 March 2025\n\n"
        "Present\nMark Ellery\tChair\nJune Voss\tTreasurer\nApril Dunne\tSecretary\n\n"
        "In attendance:\nMay Tolland (Riverside Trust)\nDr Omar Fenn – County Councillor\n"
        "Leah Brink, Clerk (LB)\n\n"
        "1. Roof\nThe May Day fair and the April Newsletter were discussed.\n"
    )
    assert _people(text) == [
        ("Mark Ellery", "Chair", "present", None),
        ("June Voss", "Treasurer", "present", None),
        ("April Dunne", "Secretary", "present", None),
        ("May Tolland", "Riverside Trust", "in attendance", None),
        ("Omar Fenn", "County Councillor", "in attendance", None),
        ("Leah Brink", "Clerk", "in attendance", "LB"),
    ]


def test_names_written_as_markdown_links_are_read_as_their_words() -> None:
    text = (
        "Riverside Friends Committee\n\n9 June 2025\n\n"
        "In attendance: [Ada Penrose](/friends/AdaPenrose/) (clerk), [Molly\n"
        "Quennell](/friends/MollyQuennell/), [Dan Kerridge](https://example.org/dk)\n\n"
        "1. Roof\nThe roof needs new flashing.\n"
    )
    got = parse_strict(text).people
    assert [(p.name, p.role) for p in got] == [
        ("Ada Penrose", "clerk"),
        ("Molly Quennell", None),
        ("Dan Kerridge", None),
    ]
    for p in got:
        s, e = p.mentions[0]
        assert " ".join(text[s:e].split()) == p.name


def test_headings_with_no_colon_naming_who_is_present_and_surnames_first() -> None:
    text = (
        "Riverside Friends AGM\n=====================\n\n"
        "Trustees Present\n----------------\nAda Penrose, Owen Kerridge\n\n"
        "Regrets\n-------\nLena Marsh\n\n"
        "### 2.1.1 Voting Members Present\n"
        "* Quill, Nora;\tRiverside Trust\n* Farrow, Ted; Riverside Rowing Club\n\n"
        "1. Report\nThe report was received.\n"
    )
    assert _people(text) == [
        ("Ada Penrose", "Trustee", "present", None),
        ("Owen Kerridge", "Trustee", "present", None),
        ("Lena Marsh", None, "apologies", None),
        ("Nora Quill", "Voting Member, Riverside Trust", "present", None),
        ("Ted Farrow", "Voting Member, Riverside Rowing Club", "present", None),
    ]


def test_given_names_parted_by_commas_and_semicolons_are_not_a_surname_first() -> None:
    text = "Riverside Makers\n\nPresent:\nAda Penrose\nGreg, Dana; Tom\n\n1. Tools\nNoted.\n"
    assert [p.name for p in parse_strict(text).people] == ["Ada Penrose", "Greg", "Dana", "Tom"]
