"""People and their roles in the attendance shapes of UK council and NHS minutes: the exact
people and roles found, one kind of list each (Riverside text, written for these tests)."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def people(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.name, p.role) for p in parse_strict(text).people]


def roles_of(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in parse_strict(text).people}


# -- a two-column table pasted flat: the names, then the roles -------------------------------


def test_flattened_table_gives_each_name_the_role_in_its_place() -> None:
    text = (
        "RIVERSIDE HEALTH BOARD\nMinutes of the meeting held on 3 March 2026\n"
        "PRESENT:\nVOTING MEMBERS:\nDr Asha Patel\nIan Hurst\nProf Wendy Cole\nDr Omar Said\n"
        "Chair/GP\nChief Officer\nLay Member –\nAudit and Governance\nGP\n"
        "Page 1 of 9\n"
        "IN ATTENDANCE:\nMarta Quell\nLeon Brightwater\nTeodor Lisle\n"
        "Riverside Integrated Care\nProgramme Director\nHead of Estates &\nFacilities\n"
        "Minutes\n"
        "APOLOGIES:\nNora Quinn\nCouncillor Ben Ashe\nDeputy Director of Nursing\n"
        "Riverside Borough Council\nPublic: 3\n\n1. Welcome\nThe Chair opened the meeting.\n"
    )
    assert people(text) == [
        ("Asha Patel", "Chair/GP"),
        ("Ian Hurst", "Chief Officer"),
        ("Wendy Cole", "Lay Member – Audit and Governance"),
        ("Omar Said", "GP"),
        ("Marta Quell", "Riverside Integrated Care Programme Director"),
        ("Leon Brightwater", "Head of Estates & Facilities"),
        ("Teodor Lisle", "Minutes"),
        ("Nora Quinn", "Deputy Director of Nursing"),
        ("Ben Ashe", "Riverside Borough Council"),
    ]


def test_names_over_lines_that_are_no_roles_keep_no_role() -> None:
    text = (
        "Present:\nMarta Quell\nLeon Brightwater\nWelcome and introductions\nThe hall\n\n"
        "1. Minutes\nThe minutes were approved.\n"
    )
    assert roles_of(text) == {"Marta Quell": None, "Leon Brightwater": None}
