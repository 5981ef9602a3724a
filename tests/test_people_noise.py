"""What is never a person: the letters of a body ("NHS", "the PCN", "ICAT") and the entries
that only hold a name's place ("TBC", "??", "N/A"), in attendance lists and owner columns."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict
from clerk_tui.core.parse.people.words import (
    is_body_acronym,
    is_placeholder,
    names_an_organisation,
)
from clerk_tui.services.imports import ImportRequest, import_minutes
from clerk_tui.store.people import review_queue


def people(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.name, p.initials) for p in parse_strict(text).people]


def test_bodies_and_placeholders_in_an_attendance_list_are_no_one() -> None:
    text = (
        "Riverside Health Forum\n\nPresent: Ann Lee (AL), Bob Chan (BC), NHS, ICAT, TBC\n"
        "Apologies: ??\n\n1. Data\nAL to draft the letter to the PCN.\n"
    )
    assert people(text) == [("Ann Lee", "AL"), ("Bob Chan", "BC")]


def test_initials_of_a_person_stay_a_person() -> None:
    text = "# 2024-02-16\n\n## Attendance\n\nCouncil: Carol, JP, Mark\n\nObservers: TC, Santi\n"
    names = [name for name, _ in people(text)]
    assert "JP" in names and "TC" in names


@pytest.mark.parametrize(
    ("word", "text", "body"),
    [
        ("NHS", "NHS", True),
        ("PCN", "PCN", True),
        ("ICAT", "ICAT", True),  # four letters: an acronym, not initials
        ("RSG", "We asked the RSG for figures.", True),
        ("RSG", "RSG representatives attended.", True),
        ("RSG", "RSG to send the figures.", False),
        ("JP", "Council: Carol, JP, Mark", False),
        ("Ann", "Ann", False),
    ],
)
def test_body_acronyms(word: str, text: str, body: bool) -> None:
    assert is_body_acronym(word, text) is body


@pytest.mark.parametrize("entry", ["TBC", "tba", "??", "?", "N/A", "-", "–", "To be confirmed"])
def test_placeholders(entry: str) -> None:
    assert is_placeholder(entry)


@pytest.mark.parametrize("entry", ["NA", "All", "Ann", "AL", "Clerk"])
def test_names_are_not_placeholders(entry: str) -> None:
    assert not is_placeholder(entry)


def test_an_owner_column_that_says_tbc_gives_no_owner() -> None:
    text = (
        "Riverside Allotment Society\n\n## Actions\n\n| Action | Owner | Due |\n|---|---|---|\n"
        "| Book the hall | TBC | May |\n| Order chairs | ?? | |\n| Print the flyers | N/A | |\n"
        "| Mend the gate | Ann Lee | |\n"
    )
    got = [(a.text, a.owner, a.owners) for a in parse_strict(text).actions]
    assert got == [
        ("Book the hall", None, []),
        ("Order chairs", None, []),
        ("Print the flyers", None, []),
        ("Mend the gate", "Ann Lee", ["Ann Lee"]),
    ]


def test_a_placeholder_is_no_role() -> None:
    text = "Riverside Village Hall\n\nApologies: Len Ford, N/A\n\n1. Welcome\n"
    assert [(p.name, p.role) for p in parse_strict(text).people] == [("Len Ford", None)]


def test_a_body_owning_an_action_does_not_wait_in_the_review_queue(db) -> None:
    text = (
        "Riverside Health Forum\n\nMinutes of the meeting held on 3 March 2025\n\n"
        "Present: Ann Lee (AL), Bob Chan (BC)\n\n1. Surgery hours\n"
        "The PCN to circulate the new rota.\nBC to ask the surgery for figures.\nACTION: NHS\n"
    )
    import_minutes(db, ImportRequest(text))
    waiting = sorted((row["kind"], row["written"]) for row in review_queue(db))
    assert waiting == [("person", "Ann Lee"), ("person", "Bob Chan")]  # BC: Bob Chan


def test_an_organisation_place_or_event_is_no_one() -> None:
    """A name closed by a word that heads an organisation's, a place's or an event's name is
    no person; the people beside it stay."""
    text = (
        "Minutes of the meeting held at Weir Lane Allotments on 3rd May 2025 at 7pm\n\n"
        "Present: Ann Lee, Bob Chan\n\n"
        "3. Correspondence\n"
        "The quiz had raised £120 to be donated to Riverside Aid.\n"
        "BC will chase the unpaid invoice with Millbrook Caravans.\n"
        "* **Harvest Quiz Night**\n"
    )
    assert people(text) == [("Ann Lee", None), ("Bob Chan", None)]


@pytest.mark.parametrize(
    ("name", "organisation"),
    [
        ("Riverside Aid", True),
        ("Weir Lane Allotments", True),
        ("Mill Valley", True),
        ("Harvest Quiz Night", True),
        ("Ann Lee", False),
        ("Tom Knight", False),
        ("Aid", False),  # one word: left to the rules that read it
    ],
)
def test_names_an_organisation(name: str, organisation: bool) -> None:
    assert names_an_organisation(name) is organisation
