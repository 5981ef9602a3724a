"""Committee membership in the store: learned from imported minutes and the directory CSV,
edited by the clerk, used to match each meeting's mentions; automatic matches undone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clerk_tui.store import StoreError
from clerk_tui.store.actions import get_action
from clerk_tui.store.people import (
    add_member,
    add_new_people,
    automatic_matches,
    confirm_mention,
    import_csv,
    list_people,
    match_text,
    merge_people,
    remove_member,
    review_queue,
    undo_match,
)
from tests.conftest import import_text

HALL = "Northfield Village Hall Committee"
DIRECTORY = """\
name,role,organisation,aliases,committees
Sarah Vaughan,Treasurer,,,
Simon Vale,Planning Officer,Northfield Council,,Northfield Planning Committee
Dan Pattison,,,,
Ann Orpwood,Booking Clerk,,,
Ben Wigmore,,,,
Mary Mears,,,,
"""
FIRST = """\
Northfield Village Hall Committee

Minutes of the meeting held on 5 August 2024

Present: Sarah Vaughan (SV), Dan Pattison (DP), Ann Orpwood (AO)
Apologies: Ben Wigmore

1. Treasurer's report
SV presented the accounts. SV to file the accounts with the Commission by 30 September.
The hall had been booked by Mary Mears for a party.
"""
SECOND = """\
Northfield Village Hall Committee

Minutes of the meeting held on 2 September 2024

1. Hall repairs
The roof had leaked again in August. SV to obtain three quotes for the roof repair by 31 October.
"""


@pytest.fixture
def hall(db, tmp_path: Path):
    path = tmp_path / "directory.csv"
    path.write_text(DIRECTORY, encoding="utf-8")
    import_csv(db, path)
    return db


def person_id(db, name: str) -> int:
    return next(p["id"] for p in list_people(db) if p["name"] == name)


def owner_of(db, meeting_id: int) -> list[tuple[str, str | None]]:
    return db.execute(
        "SELECT a.owner, p.name FROM actions a LEFT JOIN people p ON p.id = a.person_id "
        "WHERE a.meeting_id = ? ORDER BY a.id",
        [meeting_id],
    ).fetchall()


def test_initials_in_the_second_meeting_resolve_through_the_first_meetings_attendance(hall):
    assert match_text(hall, "SV", committee=HALL).status != "matched"  # Sarah or Simon?
    first = import_text(hall, FIRST)
    assert owner_of(hall, first.id) == [("SV", "Sarah Vaughan")]
    seats = {p["name"]: p["committees"] for p in list_people(hall, committee=HALL)}
    assert seats["Sarah Vaughan"] == [{"committee": HALL, "initials": "SV", "origin": "minutes"}]
    # the attendance lists, not someone the text names in passing
    assert set(seats) == {"Sarah Vaughan", "Dan Pattison", "Ann Orpwood", "Ben Wigmore"}
    assert "Mary Mears" in [m["person"] for m in automatic_matches(hall)]

    second = import_text(hall, SECOND)

    assert owner_of(hall, second.id) == [("SV", "Sarah Vaughan")]
    assert match_text(hall, "SV").status != "matched"  # outside the committee, still unsure
    assert "SV" not in [q["written"] for q in review_queue(hall)]


def test_csv_committees_column_seats_people(hall):
    assert [p["name"] for p in list_people(hall, committee="northfield planning committee")] == [
        "Simon Vale"
    ]
    result = match_text(hall, "SV", committee="Northfield Planning Committee")
    assert (result.status, result.person) == ("matched", "Simon Vale")
    with pytest.raises(StoreError, match="no committee called"):
        list_people(hall, committee="Nowhere")


def test_the_clerk_seats_and_unseats_and_minutes_do_not_undo_it(hall):
    ann = person_id(hall, "Ann Orpwood")
    add_member(hall, ann, "Northfield Planning Committee", initials="AO")
    assert match_text(hall, "AO", committee="Northfield Planning Committee").person == "Ann Orpwood"
    import_text(hall, FIRST)
    remove_member(hall, ann, HALL)
    import_text(hall, FIRST.replace("5 August", "7 October"))
    assert [
        s["committee"] for s in next(p for p in list_people(hall) if p["id"] == ann)["committees"]
    ] == ["Northfield Planning Committee"]
    with pytest.raises(StoreError, match="does not sit on"):
        remove_member(hall, ann, HALL)
    with pytest.raises(StoreError, match="not initials"):
        add_member(hall, ann, HALL, initials="ann")


def test_a_merged_duplicate_brings_its_seats(hall):
    import_text(hall, FIRST)
    sarah, simon = person_id(hall, "Sarah Vaughan"), person_id(hall, "Simon Vale")
    merge_people(hall, sarah, simon)
    committees = {
        s["committee"] for s in next(p for p in list_people(hall) if p["id"] == sarah)["committees"]
    }
    assert committees == {HALL, "Northfield Planning Committee"}


def test_undo_an_automatic_match_detaches_the_owner_and_is_learned(hall):
    meeting = import_text(hall, FIRST)
    row = next(m for m in automatic_matches(hall) if m["kind"] == "owner")
    assert (row["text"], row["person"], row["meeting_id"]) == ("SV", "Sarah Vaughan", meeting.id)

    undo_match(hall, row["id"])

    assert owner_of(hall, meeting.id) == [("SV", None)]
    action_id = hall.execute(
        "SELECT id FROM actions WHERE meeting_id = ?", [meeting.id]
    ).fetchone()[0]
    assert (
        get_action(hall, action_id)["events"][-1]["note"]
        == "automatic owner match undone in review"
    )
    waiting = [q for q in review_queue(hall) if q["written"] == "SV"]
    assert [q["status"] for q in waiting] == ["ambiguous"]
    assert "Sarah Vaughan" in [c["person"] for c in waiting[0]["candidates"]]
    second = import_text(hall, SECOND)
    assert owner_of(hall, second.id) == [("SV", None)]  # not matched to Sarah again unasked
    with pytest.raises(StoreError, match="not matched automatically"):
        undo_match(hall, row["id"])

    confirm_mention(hall, waiting[0]["id"], person_id(hall, "Sarah Vaughan"))  # changed mind
    assert match_text(hall, "SV", committee=HALL).person == "Sarah Vaughan"


def test_undo_leaves_an_owner_the_clerk_set(hall):
    from clerk_tui.store.actions import set_owner

    meeting = import_text(hall, FIRST)
    action_id = hall.execute(
        "SELECT id FROM actions WHERE meeting_id = ?", [meeting.id]
    ).fetchone()[0]
    set_owner(hall, action_id, "SV", person_id(hall, "Sarah Vaughan"))
    row = next(m for m in automatic_matches(hall) if m["kind"] == "owner")
    undo_match(hall, row["id"])
    assert owner_of(hall, meeting.id) == [("SV", "Sarah Vaughan")]


def test_cli_committees_column_list_and_match_in_context(clerk, tmp_path: Path) -> None:
    path = tmp_path / "directory.csv"
    path.write_text(DIRECTORY, encoding="utf-8")
    assert "1 committee seats" in clerk("people", "import", str(path)).out
    assert clerk("people", "import", str(path)).out.endswith("0 committee seats\n")
    members = json.loads(
        clerk("people", "list", "--json", "--committee", "Northfield Planning Committee").out
    )
    assert [(p["name"], [s["committee"] for s in p["committees"]]) for p in members] == [
        ("Simon Vale", ["Northfield Planning Committee"])
    ]
    table = clerk("people", "list").out
    assert "COMMITTEES" in table and "Northfield Planning Committee" in table
    unknown = clerk("people", "list", "--committee", "Nowhere")
    assert (unknown.code, unknown.err) == (1, "clerk: there is no committee called 'Nowhere'\n")

    answers = json.loads(
        clerk(
            "people",
            "match",
            "--json",
            "--committee",
            "Northfield Planning Committee",
            "--",
            "SV",
            "Simon",
            "Sarah Vaughan",
        ).out
    )
    assert [(a["status"], a["person"]) for a in answers] == [
        ("matched", "Simon Vale"),
        ("matched", "Simon Vale"),
        ("matched", "Sarah Vaughan"),
    ]
    plain = json.loads(clerk("people", "match", "--json", "SV").out)
    assert plain[0]["status"] != "matched"
    new = clerk("people", "match", "--committee", "New Board", "SV")
    assert new.code == 0 and "no committee called 'New Board'" in new.err


def test_names_waiting_resolve_once_the_clerk_adds_the_attendance(db):
    """A new clerk with an empty directory: the minutes first, then 'Add all new' in review;
    the owners written as initials, in both meetings, then resolve without asking."""
    first, second = import_text(db, FIRST), import_text(db, SECOND)
    assert owner_of(db, first.id) == owner_of(db, second.id) == [("SV", None)]

    add_new_people(db, [q["id"] for q in review_queue(db, first.id)])

    assert owner_of(db, first.id) == owner_of(db, second.id) == [("SV", "Sarah Vaughan")]
    assert "SV" not in [q["written"] for q in review_queue(db)]
    sarah = next(p for p in list_people(db, committee=HALL) if p["name"] == "Sarah Vaughan")
    assert sarah["committees"][0]["initials"] == "SV"
    action_id = db.execute("SELECT id FROM actions WHERE meeting_id = ?", [second.id]).fetchone()
    assert get_action(db, action_id[0])["events"][-1]["note"] == (
        "owner matched once the directory knew them"
    )


def test_a_directory_imported_after_the_minutes_resolves_what_waits(db, tmp_path: Path):
    meeting = import_text(db, FIRST)
    path = tmp_path / "directory.csv"
    path.write_text(DIRECTORY, encoding="utf-8")
    assert import_csv(db, path).rematched >= 1
    assert owner_of(db, meeting.id) == [("SV", "Sarah Vaughan")]
