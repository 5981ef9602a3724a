"""The directory in the store, matching at import, the review queue and learning, the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from clerk_tui.core.model import Action, ParsedMinutes, Person
from clerk_tui.core.names import split_mention
from clerk_tui.store import StoreError
from clerk_tui.store.actions import get_action
from clerk_tui.store.meetings import save_parsed
from clerk_tui.store.people import (
    add_new_people,
    add_person,
    confirm_mention,
    create_person_from_mention,
    edit_person,
    get_person,
    ignore_mention,
    import_csv,
    list_people,
    load_matcher,
    match_text,
    merge_people,
    review_queue,
)

SHARED_PEOPLE = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "people"

DIRECTORY_CSV = """\
name,role,organisation,aliases
John Smith,Councillor,Riverside Council,
Jane Smith,Councillor,Riverside Council,
Avi Bhatia,Consultant in Public Health,Riverside Council,
Integrated Care Board,,North West London Integrated Care Board,ICB;NWL ICB
"""

TEXT = """\
Present: Councillor J Smith, Dr Avi Bhatia (AB), Councillor Mary Okafor.
AB agreed to circulate the plan. ACTION: AB
Cllr Smith would write to the ICB. ACTION: Cllr Smith
"""


def span(text: str, part: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def parsed_minutes() -> ParsedMinutes:
    """A parse built by hand, so these tests do not depend on the parser's choices."""

    def action(sentence: str, owner: str) -> Action:
        start, end = span(TEXT, sentence)
        return Action(sentence, owner, None, None, None, start, end, [owner])

    return ParsedMinutes(
        actions=[
            action("AB agreed to circulate the plan.", "AB"),
            action("Cllr Smith would write to the ICB.", "Cllr Smith"),
        ],
        people=[
            Person("J Smith", "Councillor", [span(TEXT, "J Smith")]),
            Person("Avi Bhatia", None, [span(TEXT, "Avi Bhatia")], initials="AB"),
            Person("Mary Okafor", "Councillor", [span(TEXT, "Mary Okafor")]),
        ],
    )


@pytest.fixture
def directory_csv(tmp_path: Path) -> Path:
    path = tmp_path / "directory.csv"
    path.write_text(DIRECTORY_CSV, encoding="utf-8")
    return path


@pytest.fixture
def stocked(db, directory_csv: Path):
    import_csv(db, directory_csv)
    return db


def store(db, force: bool = False) -> int:
    return save_parsed(db, TEXT, parsed_minutes(), meeting_date=date(2024, 3, 12), force=force).id


def names(db) -> list[str]:
    return [p["name"] for p in list_people(db)]


# --- import CSV -----------------------------------------------------------------------------


def test_import_csv_people_bodies_roles_aliases(db, directory_csv: Path) -> None:
    report = import_csv(db, directory_csv)
    assert (report.added, report.bodies, report.roles, report.aliases) == (4, 1, 3, 2)
    people = {p["name"]: p for p in list_people(db)}
    assert people["Integrated Care Board"]["kind"] == "body"
    assert people["Integrated Care Board"]["aliases"] == ["ICB", "NWL ICB"]
    assert [r["title"] for r in people["Avi Bhatia"]["roles"]] == ["Consultant in Public Health"]


def test_reimport_updates_rather_than_duplicates(db, directory_csv: Path) -> None:
    import_csv(db, directory_csv)
    directory_csv.write_text(
        DIRECTORY_CSV + "Avi Bhatia,Director of Public Health,Riverside Council,Dr Bhatia\n",
        encoding="utf-8",
    )
    report = import_csv(db, directory_csv)
    assert (report.added, report.updated, report.unchanged) == (0, 1, 4)  # per row
    assert names(db) == ["Avi Bhatia", "Integrated Care Board", "Jane Smith", "John Smith"]
    avi = next(p for p in list_people(db) if p["name"] == "Avi Bhatia")
    assert sorted(r["title"] for r in avi["roles"]) == [
        "Consultant in Public Health",
        "Director of Public Health",
    ]
    assert db.execute("SELECT count(*) FROM roles").fetchone()[0] == 4


def test_roles_with_dates_resolve_on_the_meeting_date(db, tmp_path: Path) -> None:
    path = tmp_path / "dated.csv"
    path.write_text(
        "name,role,organisation,aliases,from,to\n"
        "Hilary Ross,Chief Executive,Trust,,2020-01-01,2023-03-31\n"
        "Paul Avery,Chief Executive,Trust,,2023-04-01,\n",
        encoding="utf-8",
    )
    import_csv(db, path)
    assert match_text(db, "the Chief Executive", date(2022, 1, 5)).person == "Hilary Ross"
    assert match_text(db, "the Chief Executive", date(2024, 1, 5)).person == "Paul Avery"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("who,role\nJim,Chair\n", "no 'name' column"),
        ("name,role\nJim Grealy,Chair\n,Clerk\n", "line 3 has no name"),
        ("name,role,organisation,aliases,from\nJim,Chair,X,,5 May\n", "not a date"),
        ('name,role\n"Jim, Chair\n', "line"),
        ("name,role\nJim Grealy,Chair,Healthwatch,,extra,more\n", "put quotes around"),
    ],
)
def test_bad_csv_is_one_line_and_stores_nothing(
    db, tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(StoreError) as caught:
        import_csv(db, path)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)
    assert db.execute("SELECT count(*) FROM people").fetchone()[0] == 0


def test_missing_csv(db, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such file"):
        import_csv(db, tmp_path / "nope.csv")


# --- edits and merge ------------------------------------------------------------------------


def test_edit_keeps_the_old_name_as_an_alias(stocked) -> None:
    avi = next(p["id"] for p in list_people(stocked) if p["name"] == "Avi Bhatia")
    edit_person(stocked, avi, name="Avinash Bhatia")
    assert match_text(stocked, "Avi Bhatia").person == "Avinash Bhatia"
    assert match_text(stocked, "Avinash Bhatia").status == "matched"


def test_merge_moves_aliases_roles_actions_and_mentions(stocked) -> None:
    meeting_id = store(stocked)
    duplicate = add_person(stocked, "Dr A. Bhatia", role="Clinical Lead", aliases=["Dr B"])
    keep = next(p["id"] for p in list_people(stocked) if p["name"] == "Avi Bhatia")
    for table in ("actions", "mentions"):
        stocked.execute(
            f"UPDATE {table} SET person_id = ? WHERE meeting_id = ?", [duplicate, meeting_id]
        )

    merge_people(stocked, keep, duplicate)

    assert "Dr A. Bhatia" not in names(stocked)
    kept = next(p for p in list_people(stocked) if p["id"] == keep)
    assert set(kept["aliases"]) == {"Dr A. Bhatia", "Dr B"}
    assert {r["title"] for r in kept["roles"]} == {"Consultant in Public Health", "Clinical Lead"}
    for table in ("actions", "mentions"):
        owners = {r[0] for r in stocked.execute(f"SELECT person_id FROM {table}")}
        assert owners == {keep}, table
    merged = stocked.execute("SELECT merged_into FROM people WHERE id = ?", [duplicate])
    assert merged.fetchone()[0] == keep
    assert match_text(stocked, "Dr A. Bhatia").person == "Avi Bhatia"
    with pytest.raises(StoreError, match="already merged"):
        merge_people(stocked, keep, duplicate)


def test_matcher_is_cached_until_the_directory_changes(stocked) -> None:
    first = load_matcher(stocked)
    assert load_matcher(stocked) is first
    add_person(stocked, "Tom Whitley")
    assert load_matcher(stocked) is not first
    assert match_text(stocked, "Tom Whitley").status == "matched"


# --- import, review and learning ------------------------------------------------------------


def test_import_matches_owners_through_attendance_initials(stocked) -> None:
    meeting_id = store(stocked)
    actions = stocked.execute(
        "SELECT a.owner, p.name FROM actions a LEFT JOIN people p ON p.id = a.person_id "
        "WHERE a.meeting_id = ? ORDER BY a.id",
        [meeting_id],
    ).fetchall()
    assert actions == [("AB", "Avi Bhatia"), ("Cllr Smith", None)]
    owners = stocked.execute(
        "SELECT o.owner, o.person_id IS NOT NULL FROM action_owners o ORDER BY o.id"
    ).fetchall()
    assert owners == [("AB", 1), ("Cllr Smith", 0)]


def test_review_queue_lists_what_is_not_sure(stocked) -> None:
    meeting_id = store(stocked)
    queue = review_queue(stocked)
    assert [(q["kind"], q["text"], q["status"]) for q in queue] == [
        ("person", "J Smith", "ambiguous"),
        ("person", "Mary Okafor", "unknown"),
        ("owner", "Cllr Smith", "ambiguous"),
    ]
    smith = queue[2]
    assert smith["meeting_id"] == meeting_id and smith["meeting_date"] == "2024-03-12"
    assert {c["person"] for c in smith["candidates"]} == {"John Smith", "Jane Smith"}
    assert smith["sentence"] == "Cllr Smith would write to the ICB. ACTION: Cllr Smith"
    assert queue[0]["role_text"] == "Councillor"


def test_confirm_learns_the_alias_and_attaches_the_action(stocked) -> None:
    meeting_id = store(stocked)
    john = next(p["id"] for p in list_people(stocked) if p["name"] == "John Smith")
    owner = next(q for q in review_queue(stocked) if q["text"] == "Cllr Smith")

    confirm_mention(stocked, owner["id"], john)

    action_id = stocked.execute(
        "SELECT id FROM actions WHERE meeting_id = ? AND owner = 'Cllr Smith'", [meeting_id]
    ).fetchone()[0]
    action = get_action(stocked, action_id)
    assert action["person"] == "John Smith"
    assert [o["person"] for o in action["owners"]] == ["John Smith"]
    assert action["events"][-1]["field"] == "person"
    assert "Cllr Smith" not in [q["text"] for q in review_queue(stocked)]
    alias = stocked.execute("SELECT alias, origin FROM aliases WHERE person_id = ?", [john])
    assert alias.fetchall() == [("Cllr Smith", "learned")]

    second = store(stocked, force=True)
    matched = stocked.execute(
        "SELECT p.name, x.score, x.status FROM mentions x JOIN people p ON p.id = x.person_id "
        "WHERE x.meeting_id = ? AND x.text = 'Cllr Smith'",
        [second],
    ).fetchall()
    assert matched == [("John Smith", 100.0, "matched")]


def test_a_bare_role_is_confirmed_but_not_learned(stocked) -> None:
    meeting_id = store(stocked)
    mention_id = stocked.execute(
        "INSERT INTO mentions (uuid, meeting_id, source_start, source_end, text, status) "
        "VALUES ('u1', ?, 0, 0, 'The Chair', 'unknown')",
        [meeting_id],
    ).lastrowid
    john = next(p["id"] for p in list_people(stocked) if p["name"] == "John Smith")
    confirm_mention(stocked, mention_id, john)
    assert stocked.execute("SELECT count(*) FROM aliases WHERE origin = 'learned'").fetchone() == (
        0,
    )
    assert match_text(stocked, "The Chair").status == "unknown"


def test_ignore_takes_it_off_the_queue(stocked) -> None:
    store(stocked)
    okafor = next(q for q in review_queue(stocked) if q["text"] == "Mary Okafor")
    ignore_mention(stocked, okafor["id"])
    assert "Mary Okafor" not in [q["text"] for q in review_queue(stocked)]
    status = stocked.execute("SELECT status FROM mentions WHERE text = 'Mary Okafor'")
    assert status.fetchall() == [("ignored",)]


def test_create_person_from_mention(stocked) -> None:
    store(stocked)
    okafor = next(q for q in review_queue(stocked) if q["text"] == "Mary Okafor")
    person_id = create_person_from_mention(stocked, okafor["id"], "Mary Okafor")
    person = next(p for p in list_people(stocked) if p["id"] == person_id)
    assert [r["title"] for r in person["roles"]] == ["Councillor"]
    assert match_text(stocked, "Councillor Okafor").person == "Mary Okafor"


def test_add_new_people_adds_only_the_unknown_ones(stocked) -> None:
    meeting_id = store(stocked)
    added, left = add_new_people(stocked, [q["id"] for q in review_queue(stocked, meeting_id)])
    assert (added, left) == (["Mary Okafor"], 2)
    assert "Mary Okafor" in [p["name"] for p in list_people(stocked)]
    assert [q["text"] for q in review_queue(stocked)] == ["J Smith", "Cllr Smith"]


# --- CLI ------------------------------------------------------------------------------------


def test_cli_people_import_list_match(clerk, directory_csv: Path) -> None:
    run = clerk("people", "import", str(directory_csv))
    assert run.code == 0
    assert "4 added (1 bodies)" in run.out
    listed = json.loads(clerk("people", "list", "--json").out)
    assert [p["name"] for p in listed] == [
        "Avi Bhatia",
        "Integrated Care Board",
        "Jane Smith",
        "John Smith",
    ]
    answers = json.loads(clerk("people", "match", "--json", "ICB", "Councillor Smith").out)
    assert [(a["query"], a["status"], a["person"]) for a in answers] == [
        ("ICB", "matched", "Integrated Care Board"),
        ("Councillor Smith", "ambiguous", None),
    ]
    assert set(answers[0]) == {"query", "status", "person", "role", "score", "candidates"}
    table = clerk("people", "match", "Dr Avi Bhatia").out
    assert "matched" in table and "Avi Bhatia" in table


def test_cli_bad_csv_is_one_line_exit_1(clerk, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("who\nx\n", encoding="utf-8")
    run = clerk("people", "import", str(path))
    assert run.code == 1
    assert run.err.startswith("clerk: ") and run.err.count("\n") == 1


def test_cli_people_match_in_a_subprocess(db_path: Path, directory_csv: Path) -> None:
    command = [sys.executable, "-m", "clerk_tui.cli", "--db", str(db_path), "people"]
    subprocess.run([*command, "import", str(directory_csv)], check=True, capture_output=True)
    done = subprocess.run(
        [*command, "match", "--json", "Avi Bhatia", "Susan Matthews"],
        capture_output=True,
        text=True,
        check=True,
    )
    answers = json.loads(done.stdout)
    assert [(a["status"], a["person"]) for a in answers] == [
        ("matched", "Avi Bhatia"),
        ("unknown", None),
    ]


@pytest.mark.skipif(not SHARED_PEOPLE.is_dir(), reason="../shared corpus not present")
def test_shared_directory_queries_all_right(db) -> None:
    import_csv(db, SHARED_PEOPLE / "directory.csv")
    queries = json.loads((SHARED_PEOPLE / "queries.json").read_text(encoding="utf-8"))
    for query in queries:
        result = match_text(db, query["query"])
        if query["expect"] is None:
            assert result.status != "matched", query
        else:
            assert (result.status, result.person) == ("matched", query["expect"]), query


# --- learning across meetings, initials from the attendance, committee ----------------------


def test_confirm_rematches_the_same_text_waiting_in_other_meetings(stocked) -> None:
    first, second = store(stocked), store(stocked, force=True)
    bare = stocked.execute(
        "INSERT INTO mentions (uuid, meeting_id, source_start, source_end, text, status) "
        "VALUES ('u2', ?, 0, 0, 'Smith', 'ambiguous')",
        [second],
    ).lastrowid
    john = next(p["id"] for p in list_people(stocked) if p["name"] == "John Smith")
    owner = next(q for q in review_queue(stocked) if q["text"] == "Cllr Smith")
    assert owner["meeting_id"] == first

    confirm_mention(stocked, owner["id"], john)

    rows = stocked.execute(
        "SELECT meeting_id, status, person_id FROM mentions WHERE text = 'Cllr Smith' "
        "ORDER BY meeting_id"
    ).fetchall()
    assert rows == [(first, "confirmed", john), (second, "matched", john)]
    later = stocked.execute(
        "SELECT id FROM actions WHERE meeting_id = ? AND owner = 'Cllr Smith'", [second]
    ).fetchone()[0]
    action = get_action(stocked, later)
    assert action["person"] == "John Smith"
    assert [o["person"] for o in action["owners"]] == ["John Smith"]
    assert (action["events"][-1]["field"], action["events"][-1]["note"]) == (
        "person",
        "owner learned in review",
    )
    # learned exactly: a bare 'Smith' elsewhere still waits for the clerk
    assert stocked.execute("SELECT status FROM mentions WHERE id = ?", [bare]).fetchone() == (
        "ambiguous",
    )
    assert sorted((q["meeting_id"], q["text"]) for q in review_queue(stocked)) == [
        (first, "J Smith"),
        (first, "Mary Okafor"),
        (second, "J Smith"),
        (second, "Mary Okafor"),
        (second, "Smith"),
    ]
    assert match_text(stocked, "Smith").status == "ambiguous"
    assert match_text(stocked, "Councillor Smith").person == "John Smith"


def nadia_minutes() -> tuple[str, ParsedMinutes]:
    text = "Present: Nadia Khan (NK), Project Lead.\nNK to draft the bid. ACTION: NK\n"
    start, end = span(text, "NK to draft the bid.")
    return text, ParsedMinutes(
        actions=[Action("NK to draft the bid.", "NK", None, None, None, start, end, ["NK"])],
        people=[Person("Nadia Khan", "Project Lead", [span(text, "Nadia Khan")], initials="NK")],
    )


def test_initials_outside_the_directory_wait_with_the_attendance_name_and_role(stocked) -> None:
    text, parsed = nadia_minutes()
    meeting_id = save_parsed(stocked, text, parsed, meeting_date=date(2024, 5, 1)).id
    owner = next(q for q in review_queue(stocked) if q["kind"] == "owner")
    assert (owner["text"], owner["written"], owner["expanded"], owner["role_text"]) == (
        "Nadia Khan (NK)",
        "NK",
        "Nadia Khan",
        "Project Lead",
    )
    assert split_mention(owner["text"]).name == "Nadia Khan"  # what the review screen prefills

    person_id = create_person_from_mention(stocked, owner["id"], "Nadia Khan")

    nadia = get_person(stocked, person_id)
    assert (nadia["name"], [r["title"] for r in nadia["roles"]], nadia["aliases"]) == (
        "Nadia Khan",
        ["Project Lead"],
        [],
    )
    action = stocked.execute(
        "SELECT p.name FROM actions a JOIN people p ON p.id = a.person_id WHERE a.meeting_id = ?",
        [meeting_id],
    ).fetchall()
    assert action == [("Nadia Khan",)]
    again = save_parsed(stocked, text, parsed, meeting_date=date(2024, 6, 1), force=True).id
    owner_now = stocked.execute(
        "SELECT status, person_id FROM mentions WHERE meeting_id = ? AND kind = 'owner'", [again]
    ).fetchall()
    assert owner_now == [("matched", person_id)]


def test_import_gives_a_role_to_the_holder_for_the_meeting_committee(db, tmp_path: Path) -> None:
    directory = tmp_path / "dph.csv"
    directory.write_text(
        "name,role,organisation,aliases\n"
        "Nicola Lang,Director of Public Health,Hammersmith & Fulham Council,\n"
        "Peter Grant,Director of Public Health,Hackney Council,\n",
        encoding="utf-8",
    )
    import_csv(db, directory)
    text = "The Director of Public Health to report back. ACTION: The Director of Public Health\n"
    start, end = span(text, "The Director of Public Health to report back.")
    owner = "The Director of Public Health"
    parsed = ParsedMinutes(
        actions=[Action("report back", owner, None, None, None, start, end, [owner])]
    )
    meeting = save_parsed(
        db,
        text,
        parsed,
        committee="Hackney Health Scrutiny Commission",
        meeting_date=date(2024, 1, 9),
    )
    assert db.execute(
        "SELECT p.name FROM actions a JOIN people p ON p.id = a.person_id WHERE a.meeting_id = ?",
        [meeting.id],
    ).fetchall() == [("Peter Grant",)]
    assert match_text(db, owner).status == "ambiguous"
    assert match_text(db, owner, committee="Hammersmith & Fulham HWB").person == "Nicola Lang"


OWN_SETS = Path(__file__).resolve().parent / "data"


@pytest.mark.parametrize(("folder", "recorded"), [("people", 72), ("people-committees", 60)])
def test_own_sets_no_wrong_match(db, folder: str, recorded: int) -> None:
    """Our own sets in the scorer's format (tests/data/; each also runs with
    score_matching.py --dir): people, 40 entries with namesakes and 72 mentions as minutes
    write them; people-committees, 30 people on four committees with namesakes on and off
    them and 60 mentions, most asked in a committee's context. Recorded: all right, 0 wrong
    matches."""
    import_csv(db, OWN_SETS / folder / "directory.csv")
    queries = json.loads((OWN_SETS / folder / "queries.json").read_text(encoding="utf-8"))
    right, wrong = [], []
    for query in queries:
        result = match_text(db, query["query"], committee=query.get("committee"))
        expected = query["expect"]
        if result.status == "matched" and result.person != expected:
            wrong.append((query["query"], result.person))
        elif (result.status == "matched") == (expected is not None):
            right.append(query["query"])
    assert wrong == []
    assert (len(right), len(queries)) == (recorded, recorded)
