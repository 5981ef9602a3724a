"""Roles of the people named, in the layouts and mentions real minutes give them (issue 11,
round 20). Invented minutes of fictional bodies; each test names the kind it reads, and its
near misses say what must not become a role."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict

HEAD = "Minutes of the Brackwell Hall Committee, 4 June 2025\n"
LISTED = HEAD + "Present: Kim Bray (KB)\n\nLena Marsh (LM)\n\nOwen Pike (OP)\n\nRuth Tobin (RT)\n\n"


def roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in parse_strict(text).people}


# An office as a label, then who was elected or appointed to it: the office is before the
# name, not after the cue (where the next line's words stand).


def test_an_office_labelling_initials_that_were_appointed() -> None:
    text = LISTED + (
        "Officers: Treasurer: KB was appointed\n\nSecretary: LM was appointed\n\n"
        "- Chair - OP was elected\n\n  • Clerk: RT was co-opted\n\nThe hall was booked.\n"
    )
    assert roles(text) == {
        "Kim Bray": "Treasurer",
        "Lena Marsh": "Secretary",
        "Owen Pike": "Chair",
        "Ruth Tobin": "Clerk",
    }


def test_an_office_labelling_a_name_on_single_spaced_lines() -> None:
    text = HEAD + (
        "Present: Kim Bray, Lena Marsh, Owen Pike\n"
        "Election of officers\nTreasurer: Kim Bray was re-elected\n"
        "Vice Chair: Lena Marsh was elected\nGrants\nOwen Pike reported.\n"
    )
    assert roles(text) == {"Kim Bray": "Treasurer", "Lena Marsh": "Vice Chair", "Owen Pike": None}


def test_near_miss_no_office_is_read_from_the_line_after_the_cue() -> None:
    text = LISTED + (
        "RT was co-opted\n\nList of grants: LM gave a list.\n\n"
        "Owen Pike was appointed\n\nVice Chair: nobody stood.\n"
    )
    assert roles(text) == {
        "Kim Bray": None,
        "Lena Marsh": None,
        "Owen Pike": None,
        "Ruth Tobin": None,
    }


def test_near_miss_a_label_that_is_no_office() -> None:
    text = LISTED + "Notes: OP was elected to the panel\n\nGrants: KB was appointed\n"
    assert roles(text)["Owen Pike"] is None
    assert roles(text)["Kim Bray"] is None


def test_re_elected_and_reappointed_names_before_the_prefix() -> None:
    text = HEAD + (
        "Present: Kim Bray, Lena Marsh, Owen Pike\n\n"
        "Kim Bray was re-elected as Treasurer. Lena Marsh was reappointed as Secretary.\n"
    )
    assert roles(text) == {"Kim Bray": "Treasurer", "Lena Marsh": "Secretary", "Owen Pike": None}


def test_near_miss_officers_under_a_heading_of_several_offices() -> None:
    text = HEAD + (
        "Present: Kim Bray (Chair), Lena Marsh (Treasurer), Owen Pike\n\n"
        "4. Election of officers\nKim Bray and Lena Marsh were re-elected unopposed.\n"
    )
    assert roles(text) == {"Kim Bray": "Chair", "Lena Marsh": "Treasurer", "Owen Pike": None}
