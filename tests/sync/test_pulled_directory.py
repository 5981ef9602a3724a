"""People another clerk added reach this copy's matcher with the sync that brings them: the
next match knows them, and names waiting for review that they settle are matched (and sent
back as this clerk's edits at the next sync)."""

from __future__ import annotations

from datetime import date

from clerk_tui.core.model import Action, Item, Meeting, ParsedMinutes, Person
from clerk_tui.store.meetings import save_parsed
from clerk_tui.store.people import add_person, match_text, review_queue
from clerk_tui.sync import client

TEXT = (
    "Minutes of the Health and Wellbeing Board, 12 March 2025\n"
    "Priya Natarajan to circulate the JSNA summary.\n"
)


def store_minutes(db) -> None:
    start = TEXT.index("Priya")
    parsed = ParsedMinutes(
        meeting=Meeting("Health and Wellbeing Board", date(2025, 3, 12), "Meeting"),
        items=[Item("1", "JSNA", 0, len(TEXT))],
        actions=[
            Action(
                "Circulate the JSNA summary",
                "Priya Natarajan",
                None,
                None,
                0,
                start,
                len(TEXT) - 1,
                ["Priya Natarajan"],
            )
        ],
        people=[Person("Priya Natarajan", None, [(start, start + 15)])],
    )
    save_parsed(db, TEXT, parsed)


def test_people_pulled_are_matched_at_once(server_url, make_clerk) -> None:
    sam, alex = make_clerk("Sam"), make_clerk("Alex")
    store_minutes(alex)
    assert match_text(alex, "Priya Natarajan").status == "unknown"  # the matcher now cached
    assert [row["text"] for row in review_queue(alex)] == ["Priya Natarajan"]
    add_person(sam, "Priya Natarajan", role="Director of Public Health")
    client.sync(sam, server_url)

    report = client.sync(alex, server_url)

    assert report.matched == 2  # the name as attendee and as owner
    assert report.summary().endswith(", 2 mentions waiting for review now matched")
    assert match_text(alex, "Priya Natarajan").person == "Priya Natarajan"
    assert match_text(alex, "the Director of Public Health").person == "Priya Natarajan"
    assert review_queue(alex) == []
    owner = alex.execute(
        "SELECT p.name FROM actions a JOIN people p ON p.id = a.person_id"
    ).fetchall()
    assert owner == [("Priya Natarajan",)]
    assert client.sync(alex, server_url).pushed > 0  # the match travels as Alex's edit
    client.sync(sam, server_url)
    assert sam.execute(
        "SELECT p.name FROM actions a JOIN people p ON p.id = a.person_id"
    ).fetchall() == [("Priya Natarajan",)]
