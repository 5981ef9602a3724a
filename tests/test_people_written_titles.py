"""A councillor's title is reported as the minutes write it (people/titles.py)."""

from __future__ import annotations

from clerk_tui.core.names import directory_role, fold_role
from clerk_tui.core.parse import parse_strict


def roles(text: str) -> dict[str | None, str | None]:
    return {p.name: p.role for p in parse_strict(text).people}


def test_cllr_stays_cllr_and_a_shared_cllrs_title_covers_its_series() -> None:
    text = (
        "Riverside Parish Council\nMinutes of the meeting held on 4 May 2026\n\n"
        "Present: Cllr Ann Bell (Chair), Cllrs Tom Reed, Sue Hart and Ian Cole\n"
        "Also present: County Cllr Peter Hale\n\n1. Apologies\nNone.\n"
    )
    assert roles(text) == {
        "Ann Bell": "Chair",
        "Tom Reed": "Cllr",
        "Sue Hart": "Cllr",
        "Ian Cole": "Cllr",
        "Peter Hale": "County Cllr",
    }


def test_a_title_written_two_ways_keeps_the_full_word() -> None:
    text = (
        "Riverside Town Council\nMinutes of the Amenities Committee, 4 May 2026\n\n"
        "Present: Councillor Sue Hart, Cllr Tom Reed, Ian Cole and Ann Bell\n\n"
        "1. Play area\nCouncillor Reed said the fence had been mended.\n"
    )
    got = roles(text)
    assert got["Sue Hart"] == "Councillor"
    assert got["Tom Reed"] == "Councillor"  # "Cllr Tom Reed" and "Councillor Reed"


def test_us_and_australian_spellings_are_kept() -> None:
    text = (
        "Riverside Township Board\nMinutes of 4 May 2026\n\n"
        "Present: Councilor Maria Ruiz, Cr Dan Nguyen\n\n1. Roads\nNothing to report.\n"
    )
    got = roles(text)
    assert got["Maria Ruiz"] == "Councilor"
    assert got["Dan Nguyen"] == "Cr"


def test_the_directory_and_the_matcher_read_every_spelling_as_councillor() -> None:
    assert directory_role("County Cllr") == "County Councillor"
    assert directory_role("Cllr.") == "Councillor"
    assert directory_role("Chair") == "Chair"
    assert fold_role("Cllr") == fold_role("Councilor") == fold_role("Councillor") == "councillor"
