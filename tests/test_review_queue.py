"""The review queue is not a wall: names grouped across meetings, fresh candidates (someone
just added is offered at once), narrowed by meeting, the samples' names left out unless
asked for; "Add all new" adds only names of people; finding someone forgives typos."""

from __future__ import annotations

from datetime import date

from clerk_tui.core.fuzzy import by_surname, rank
from clerk_tui.core.model import Meeting, ParsedMinutes, Person
from clerk_tui.core.name_kinds import names_a_person, reads_as_role
from clerk_tui.services.review import review_lists
from clerk_tui.services.samples import load_samples
from clerk_tui.store.meetings import save_parsed
from clerk_tui.store.people import add_new_people, create_person_from_mention, list_people

PARISH = "Riverside St Mary Parish Council"
MINUTES = """\
Riverside St Mary Parish Council, 6 June 2024

Present: Councillors Pam Bullas (PB), Claire Cann (Chair).
Parish Clerk: Peter King.
Apologies had been received from Tom Foy (TF) who was unavoidably detained at work.

1. Farm Tenancy
CC noted that the Farm Tenancy would be available from October. The Parish Clerk to place
an advert. The Internal Auditor had passed the accounts; all Parish Councillors had seen
the report.

2. Telephone boxes
Councillors agreed to put plants in the telephone boxes. The Telephone Box (South) door is
to be locked. Sharon Wareham, the Internal Auditor, thanked the Council.
"""


def span(passage: str, text: str = MINUTES) -> list[tuple[int, int]]:
    start = text.index(passage)
    return [(start, start + len(passage))]


def parish_parse(day: date, text: str = MINUTES) -> ParsedMinutes:
    """What a parser that over-reads capitalised words might find in MINUTES: people,
    posts, groups and things alike (the app must sort them out)."""
    people = [
        Person("Pam Bullas", "Councillor", span("Pam Bullas", text), "PB", "present"),
        Person("Claire Cann", "Chair", span("Claire Cann", text), None, "present"),
        Person("Peter King", "Parish Clerk", span("Peter King", text), None, "present"),
        Person(
            "Tom Foy",
            "who was unavoidably detained at work",
            span("Tom Foy", text),
            "TF",
            "apologies",
        ),  # fmt: skip
        Person("Parish Clerk", None, span("Parish Clerk to", text)),
        Person("Internal Auditor", None, span("Internal Auditor had", text)),
        Person("Parish Councillors", None, span("Parish Councillors", text)),
        Person("Farm Tenancy", None, span("Farm Tenancy would", text)),
        Person("Telephone Box", "South", span("Telephone Box", text)),
        Person("Sharon Wareham", "Internal Auditor", span("Sharon Wareham", text)),
    ]
    return ParsedMinutes(meeting=Meeting(PARISH, day, None), people=people)


def store_parish(db, day: date = date(2024, 6, 6), text: str = MINUTES) -> int:
    return save_parsed(db, text, parish_parse(day, text)).id


def test_add_all_new_adds_people_only_and_keeps_roles_that_read_as_roles(db):
    meeting = store_parish(db)
    lists = review_lists(db, meeting_id=meeting)
    added, left = add_new_people(db, [i for name in lists.names for i in name["ids"]])
    assert sorted(added) == [
        "Claire Cann", "Pam Bullas", "Peter King", "Sharon Wareham", "Tom Foy"
    ]  # fmt: skip
    assert left == 5
    roles = {p["name"]: [r["title"] for r in p["roles"]] for p in list_people(db)}
    assert roles["Tom Foy"] == []  # not "who was unavoidably detained at work"
    assert roles["Sharon Wareham"] == ["Internal Auditor"]
    assert roles["Peter King"] == ["Parish Clerk"]
    waiting = [name["text"] for name in review_lists(db).names]
    # the posts now name the people just added, who hold them: matched, as at import
    assert sorted(waiting) == ["Farm Tenancy", "Parish Councillors", "Telephone Box"]
    matched = {row["text"]: row["person"] for row in review_lists(db, matched=True).names}
    assert matched["Parish Clerk"] == "Peter King"
    assert matched["Internal Auditor"] == "Sharon Wareham"


def test_the_same_name_in_several_meetings_is_one_row_and_resolves_in_all(db):
    first = store_parish(db)
    second = store_parish(db, date(2024, 7, 4), MINUTES.replace("6 June", "4 July"))
    names = review_lists(db).names
    foy = next(name for name in names if name["text"] == "Tom Foy")
    assert (foy["meetings"], sorted(foy["meeting_ids"]), len(foy["ids"])) == (
        2,
        [first, second],
        2,
    )
    assert len(names) == 10  # not twenty
    create_person_from_mention(db, foy["ids"], "Tom Foy")
    assert "Tom Foy" not in [name["text"] for name in review_lists(db).names]
    only_second = review_lists(db, meeting_id=second)
    assert {name["meeting_ids"][0] for name in only_second.names} == {second}
    assert [label for _, label in only_second.meetings] == [
        f"2024-06-06 {PARISH}",
        f"2024-07-04 {PARISH}",
    ]


def test_someone_just_added_is_a_candidate_for_the_next_rows_at_once(db):
    later = MINUTES.replace("6 June", "4 July") + "\nMr Wareham asked about the accounts.\n"
    store_parish(db)
    meeting = save_parsed(
        db,
        later,
        ParsedMinutes(
            meeting=Meeting("Riverside Allotments", date(2024, 7, 4), None),
            people=[Person("Mr Wareham", None, span("Mr Wareham", later))],
        ),
    ).id
    before = next(n for n in review_lists(db).names if n["text"] == "Mr Wareham")
    assert before["candidates"] == []
    sharon = next(n for n in review_lists(db).names if n["text"] == "Sharon Wareham")
    person = create_person_from_mention(db, sharon["ids"], "Sharon Wareham", "Internal Auditor")
    after = next(n for n in review_lists(db, meeting_id=meeting).names if n["text"] == "Mr Wareham")
    assert after["candidates"][0]["person_id"] == person


def test_the_samples_names_stay_out_unless_asked_for(db):
    mine = store_parish(db)
    stored, _ = load_samples(db)
    assert stored > 20
    hidden = review_lists(db)
    assert {m for name in hidden.names for m in name["meeting_ids"]} == {mine}
    assert hidden.samples_hidden > 20
    shown = review_lists(db, with_samples=True)
    assert len(shown.names) == len(hidden.names) + hidden.samples_hidden
    assert shown.samples_hidden == 0


def test_names_and_roles_read_as_such():
    assert names_a_person("Karen O'Kane", minutes="Karen O'Kane reported.")
    assert names_a_person("Cllr Hughes")
    assert names_a_person("A Orpwood")
    assert not names_a_person("Tom")  # whose? The clerk says.
    assert not names_a_person("Village Pump", minutes="in the Village Pump and the pump")
    assert not names_a_person("Traffic Commissioner")
    assert reads_as_role("Programme Director of Better Broadband for Norfolk")
    assert not reads_as_role("on holiday")
    assert not reads_as_role("which had been circulated")


def test_directory_search_forgives_typos_parts_and_word_order():
    people = [
        (1, "Priya Natarajan", ["Director of Public Health"]),
        (2, "Tom Whitley", ["Carers Lead"]),
        (3, "Tom Foy", []),
        (4, "Mary Okafor", ["Councillor"]),
    ]
    assert rank("natrajan", people) == [1]
    assert rank("Prya", people) == [1]
    assert rank("public health director", people) == [1]
    assert rank("tom", people) == [3, 2]
    assert rank("okafr", people) == [4]
    assert rank("zzzz", people) == []
    assert rank("", people, limit=2) == [4, 1]


def test_a_surname_spelled_alike_is_a_candidate_and_a_given_name_is_not():
    people = [(1, "Priya Natarajan"), (2, "Peter King"), (3, "Paula Kellingray"), (4, "Tom Foy")]
    assert by_surname("Natrajan", people, 3) == [1]
    assert by_surname("Porter", people, 3) == []
    assert by_surname("Gray", people, 3) == []
    assert by_surname("Whitley", people, 3) == []
