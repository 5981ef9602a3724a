"""People and their roles as clubs', associations' and working groups' notes write them
(issue 11, round 23). Invented notes of fictional bodies; each test names the kind of layout
or mention it reads, with near misses the rule must not read."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict

PRESENT = "Present: Hamish Dunmore, Greta Lindqvist, Odile Fenn\n\n"


def people(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.name, p.role) for p in parse_strict(text).people]


def role_of(text: str, name: str) -> str | None:
    return next(p.role for p in parse_strict(text).people if p.name == name)


# A first name with its office in a bracket, capitalised or not, as the sentence's subject:
# the office is that listed person's role.


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        ("1. Finance\nGreta (Treasurer) said the balance was healthy.\n", "Greta", "Treasurer"),
        ("Odile (Secretary) read out the correspondence.\n", "Odile", "Secretary"),
        ("Under AOB, Hamish (Vice Chair) asked about the keys.\n", "Hamish", "Vice Chair"),
        ("- Greta (Membership Secretary) reported 40 renewals\n", "Greta", "Membership Secretary"),
    ],
)
def test_a_first_name_with_a_capitalised_office_in_a_bracket(
    line: str, name: str, role: str
) -> None:
    full = {"Greta": "Greta Lindqvist", "Odile": "Odile Fenn", "Hamish": "Hamish Dunmore"}[name]
    assert role_of(PRESENT + line, full) == role


@pytest.mark.parametrize(
    "line",
    [
        "Greta (Harbour Trust) said the balance was healthy.\n",  # her organisation
        "Odile (Item 4) read out the correspondence.\n",  # an item, no office
        "Greta (see Treasurer's report) said the balance was healthy.\n",
    ],
)
def test_a_bracket_that_holds_no_office_gives_no_role(line: str) -> None:
    assert all(role is None for _, role in people(PRESENT + line))


# An officer's line in the officers' reports: the office, its holder in a bracket, then a
# dash or a colon and what was reported.


def test_offices_with_their_holders_in_brackets_at_the_lines_start() -> None:
    text = (
        "Attendees: Hamish, Greta Lindqvist, Odile, Piet Maas\n\n## Officer updates\n\n"
        "* President (Hamish) - nothing to report.\n"
        "* Treasurer (Greta) - accounts are with the examiner.\n"
        "* Secretary (Odile): two letters received.\n"
        "* Events (Piet) - quiz night booked.\n"
    )
    assert people(text) == [
        ("Hamish", "President"),
        ("Greta Lindqvist", "Treasurer"),
        ("Odile", "Secretary"),
        ("Piet Maas", None),
    ]


def test_an_office_with_a_bracket_that_is_no_name_gives_no_one() -> None:
    text = (
        "Present: Hamish Dunmore, Greta Lindqvist\n\n"
        "- Treasurer (interim) - the accounts are late.\n"
        "- Secretary (vacant): nobody has come forward.\n"
        "- Chair (see item 3) - no report.\n"
    )
    assert people(text) == [("Hamish Dunmore", None), ("Greta Lindqvist", None)]


# Introductions in working-group notes: under an "Introductions" heading, one person a line
# (or a paragraph), "Name: Role - Organisation" or "Name - Role - Organisation".


def test_introductions_one_person_a_paragraph_with_role_and_organisation() -> None:
    text = (
        "# Steering call, 3 March\n\n## Introductions\n\n"
        "Tove Rask: Voting Member - Harbour Trust\n\n"
        "Bram Okoro: Secretary of the Board - Quayside Ltd\n\n"
        "Lena Brook - Programme Manager - Quayside Ltd\n\n"
        "## Agenda\n\n- Budget\n"
    )
    assert people(text) == [
        ("Tove Rask", "Voting Member - Harbour Trust"),
        ("Bram Okoro", "Secretary of the Board - Quayside Ltd"),
        ("Lena Brook", "Programme Manager - Quayside Ltd"),
    ]


def test_introductions_as_bullets() -> None:
    text = (
        "Intros:\n- Tove Rask: Chair, Harbour Trust\n- Bram Okoro: Maintainer\n\n"
        "Tove opened the call.\n"
    )
    assert people(text) == [("Tove Rask", "Chair, Harbour Trust"), ("Bram Okoro", "Maintainer")]


def test_introductions_written_as_prose_name_no_list() -> None:
    text = (
        "## Introductions\n\nEveryone introduced themselves and the new members were"
        " welcomed.\n\nThe Budget was reviewed.\n"
    )
    assert people(text) == []


def test_a_label_of_who_attended_then_the_names_on_its_line() -> None:
    text = (
        "* Meeting attendees: Dustin, Craig, Laria\n* Started at: 19:30\n\n"
        "## Officer updates\n\n* President (Craig) - none.\n* Vice President (Laria) - none.\n"
    )
    found = [(p.name, p.role, p.attendance) for p in parse_strict(text).people]
    assert found == [
        ("Dustin", None, "present"),
        ("Craig", "President", "present"),
        ("Laria", "Vice President", "present"),
    ]


def test_a_space_written_as_an_html_character_reference_is_no_part_of_a_role() -> None:
    text = "## Attendees\n\nTove Rask: Voting Member&#x20;\n\nBram Okoro: Maintainer &#160;\n"
    assert people(text) == [("Tove Rask", "Voting Member"), ("Bram Okoro", "Maintainer")]


def test_introductions_among_an_items_other_words_heads_no_list() -> None:
    text = (
        "1. Welcome, introductions and the agenda\n"
        "    1. Chair - the agenda is circulated. Any comments?\n"
        "    2. ALL - None.\n"
    )
    assert people(text) == []


# Offices shared out in one sentence: "X would act as Chair, Y as Treasurer and Z as
# Secretary", each office its holder's.


@pytest.mark.parametrize(
    "sentence",
    [
        "It was agreed that Hamish would act as Chairman, Greta as Treasurer and Odile as"
        " Secretary until the AGM.\n",
        "Hamish will act as Chairman, with Greta as Treasurer and Odile as Secretary.\n",
        "For the coming year Hamish agreed to act as Chairman; Greta as Treasurer, Odile as"
        " Secretary.\n",
    ],
)
def test_offices_shared_out_in_one_sentence(sentence: str) -> None:
    assert people(PRESENT + sentence) == [
        ("Hamish Dunmore", "Chairman"),
        ("Greta Lindqvist", "Treasurer"),
        ("Odile Fenn", "Secretary"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Greta spoke as Treasurer of the Harbour Trust, not of this club.\n",
        "Odile asked whether the same rules applied as Secretary had said.\n",
        "Hamish thanked Greta for her years as Treasurer.\n",
    ],
)
def test_as_and_an_office_that_is_not_handed_out(sentence: str) -> None:
    assert people(PRESENT + sentence) == [
        ("Hamish Dunmore", None),
        ("Greta Lindqvist", None),
        ("Odile Fenn", None),
    ]


# An office written before a listed person's initials: "the minute secretary OF will ...".


@pytest.mark.parametrize(
    "sentence",
    [
        "The minute secretary OF will send copies to members.\n",
        "Copies will go from our secretary OF to the hall.\n",
        "It was noted that the secretary, OF, had resigned.\n",
    ],
)
def test_an_office_before_a_listed_persons_initials(sentence: str) -> None:
    text = "Present: Hamish Dunmore (HD), Greta Lindqvist (GL), Odile Fenn (OF)\n\n" + sentence
    assert role_of(text, "Odile Fenn") == "secretary" or role_of(text, "Odile Fenn") == (
        "minute secretary"
    )


def test_an_office_before_letters_nobody_bears() -> None:
    text = (
        "Present: Hamish Dunmore (HD), Greta Lindqvist (GL)\n\n"
        "The secretary AGM pack is ready. The treasurer HMRC return was filed.\n"
    )
    assert people(text) == [("Hamish Dunmore", None), ("Greta Lindqvist", None)]


# A surname of two parts, the second with a Mac or Mc: "Anderson-McLeod".


@pytest.mark.parametrize(
    ("listed", "name"),
    [
        ("Present: Moira Anderson-McLeod, Chair; Fergus Baird", "Moira Anderson-McLeod"),
        ("Attendees: Fergus Baird, Isla Grant-MacKay (Chair)", "Isla Grant-MacKay"),
        ("## Attendees\n- Fergus Baird\n- Rory Lyle-McAra - Chair", "Rory Lyle-McAra"),
    ],
)
def test_a_hyphened_surname_whose_second_part_is_a_mac_name(listed: str, name: str) -> None:
    assert role_of(listed + "\n\nFergus opened the meeting.\n", name) == "Chair"


# A list on the heading's line ends where a sentence starts on the next line: "Greta
# (Treasurer) said ..." is no one's attendance.


def test_an_inline_list_ends_before_a_sentence_on_the_next_line() -> None:
    text = (
        "Present: Hamish Dunmore, Greta Lindqvist, Odile Fenn\n"
        "Apologies: Bruno Achterberg\n"
        "Greta (Treasurer) said the balance was healthy.\n"
    )
    found = [(p.name, p.role, p.attendance) for p in parse_strict(text).people]
    assert found == [
        ("Hamish Dunmore", None, "present"),
        ("Greta Lindqvist", "Treasurer", "present"),
        ("Odile Fenn", None, "present"),
        ("Bruno Achterberg", None, "apologies"),
    ]


def test_a_list_on_the_headings_line_goes_on_over_the_next_line() -> None:
    text = (
        "Present: Hamish Dunmore (Chair), Greta Lindqvist,\n"
        "Odile Fenn (Secretary) and Bruno Achterberg\n"
        "Hamish welcomed everyone.\n"
    )
    assert people(text) == [
        ("Hamish Dunmore", "Chair"),
        ("Greta Lindqvist", None),
        ("Odile Fenn", "Secretary"),
        ("Bruno Achterberg", None),
    ]


# Under "## Attendees", the people in groups each under a sub-heading of its own ("### Core
# Team", "### Guests"), maybe after a line telling readers to add themselves.


def test_attendees_in_groups_under_sub_headings() -> None:
    text = (
        "## Attendees\n\nPlease add your name below when you join the call, and tick it!\n\n"
        "### Core Team\n- [ ] Amy Lam (AL)\n- [x] Isaac Lee (IL)\n- [x] Jen Weber (JW)\n\n"
        "### Guests\n- [x] Tom Rees (TR)\n\n## Agenda\n\n- Budget\n"
    )
    found = [(p.name, p.role, p.attendance) for p in parse_strict(text).people]
    assert found == [
        ("Amy Lam", None, "absent"),
        ("Isaac Lee", None, "present"),
        ("Jen Weber", None, "present"),
        ("Tom Rees", "Guest", "in attendance"),
    ]


def test_a_sub_heading_that_names_no_group_ends_the_list() -> None:
    text = (
        "## Attendees\n\n- Isaac Lee\n- Jen Weber\n\n### Budget review\n- Tom Rees to send the"
        " figures\n"
    )
    assert people(text)[:2] == [("Isaac Lee", None), ("Jen Weber", None)]
    assert all(p.attendance is None for p in parse_strict(text).people[2:])


# Common English given names with no short form (Colin, Karen, Graham, Ruth): a list of two
# is two people, not a name and its organisation.


@pytest.mark.parametrize(
    "pair",
    ["Trevor Banks, Gillian Ward.", "Colin Hart, Ruth Lane", "Karen Dale, Nigel Park."],
)
def test_two_people_with_common_given_names_apologise(pair: str) -> None:
    text = f"Minutes of the Trustees\nApologies for Absence\n{pair}\nMinutes of last meeting\n"
    first, second = (n.strip(" .") for n in pair.split(","))
    assert people(text) == [(first, None), (second, None)]


def test_a_name_after_an_office_in_columns_is_whole_words() -> None:
    text = (
        "Election of Office Bearers\n"
        "   Chairman        Ann Lowe       Proposed Ben Tate\n"
        "   Treasurer       Ben Tate       Proposed Ann Lowe\n"
    )
    assert all("Propose" not in (name or "") for name, _ in people(text))


# Absence written with its excuse or without: "Absent, with excuse:", "Absent without notice:".


def test_absent_with_or_without_an_excuse_heads_a_list() -> None:
    text = (
        "Present: Glen Hart, Dana Moor\n\nAbsent, with excuse: Colm Reid, Tara Voss\n\n"
        "Absent without notice: Ivo Lund\n\nGuest: Ada Pike\n"
    )
    found = [(p.name, p.attendance) for p in parse_strict(text).people]
    assert found == [
        ("Glen Hart", "present"),
        ("Dana Moor", "present"),
        ("Colm Reid", "apologies"),
        ("Tara Voss", "apologies"),
        ("Ivo Lund", "absent"),
        ("Ada Pike", "in attendance"),
    ]


# A run-on list wrapped onto the next line goes on with names, not with a sentence that
# opens on one name and a comma ("Mara, our treasurer, presented ...").


def test_a_sentence_after_an_inline_list_is_not_its_wrapped_tail() -> None:
    text = (
        "Present: Mara Quill, Oskar Brandt, Pia Lund\n\n"
        "Mara, our treasurer, presented the accounts. Oskar thanked her.\n"
    )
    assert people(text) == [
        ("Mara Quill", "treasurer"),
        ("Oskar Brandt", None),
        ("Pia Lund", None),
    ]


def test_a_list_wrapped_inside_a_name_goes_on() -> None:
    text = "Present: Mara Quill, Oskar Brandt, Pia\nLund, Tom Reed\n\nMara opened the meeting.\n"
    assert [name for name, _ in people(text)] == [
        "Mara Quill",
        "Oskar Brandt",
        "Pia Lund",
        "Tom Reed",
    ]


def test_a_guest_listed_with_whom_they_speak_for() -> None:
    text = "Present: Glen Hart\n\nGuest: Ada Pike, on behalf of the Rowing Club\n"
    assert people(text)[1] == ("Ada Pike", "Guest, on behalf of the Rowing Club")


# A role line naming someone the attendance list wrote in full, by a first name or by the
# initials the list gave: the role is that person's.


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            "Facilitator: Mara\nNote-taker: Oskar\n",
            [("Mara Quill", "Facilitator"), ("Oskar Brandt", "Note-taker")],
        ),
        ("Chair: MQ\nMinutes: OB\n", [("Mara Quill", "Chair"), ("Oskar Brandt", "Minute taker")]),
        ("**Scribe**: Pia\n", [("Pia Lund", "Scribe")]),
    ],
)
def test_a_role_line_naming_a_listed_person_by_first_name_or_initials(
    lines: str, expected: list[tuple[str, str]]
) -> None:
    text = "Attendees: Mara Quill (MQ), Oskar Brandt (OB), Pia Lund (PL)\n\n" + lines
    found = dict(people(text))
    assert all(found[name] == role for name, role in expected)


@pytest.mark.parametrize(
    "lines",
    [
        "Facilitator: Sam\n",  # no one listed is Sam
        "Chair: AGM\n",  # no one listed bears these letters
        "Venue: Quill\n",  # no role
        "Treasurer: tbc\n",
    ],
)
def test_a_role_line_naming_no_one_listed_gives_no_listed_person_a_role(lines: str) -> None:
    text = "Attendees: Mara Quill (MQ), Oskar Brandt (OB), Pia Lund (PL)\n\n" + lines
    found = dict(people(text))
    assert [found[n] for n in ("Mara Quill", "Oskar Brandt", "Pia Lund")] == [None, None, None]


@pytest.mark.parametrize(
    ("listed", "line", "name", "role"),
    [
        (
            "Tamara Voss, Dwayne Hale",
            "Tamara (Treasurer) reported a surplus.",
            "Tamara Voss",
            "Treasurer",
        ),
        (
            "Imogen Pratt, Clive Dorn",
            "* Secretary (Clive) - two letters.",
            "Clive Dorn",
            "Secretary",
        ),
        ("Robin Ashe, Guy Penn", "Guy (Chair) welcomed everyone.", "Guy Penn", "Chair"),
    ],
)
def test_more_common_given_names_take_their_roles(
    listed: str, line: str, name: str, role: str
) -> None:
    assert role_of(f"Present: {listed}\n\n{line}\n", name) == role


def test_a_given_name_that_is_an_everyday_word_is_no_name_alone() -> None:
    text = (
        "Present: Ann Lee, Bob Tate\n\nThe fern and the iris beds were weeded by the guy ropes.\n"
    )
    assert people(text) == [("Ann Lee", None), ("Bob Tate", None)]


@pytest.mark.parametrize("note", ["re-elected", "newly appointed", "elected unopposed"])
def test_how_someone_came_to_an_office_in_a_bracket_is_no_role(note: str) -> None:
    text = f"Present: Ruth Tobin, Sam Hale\n\nRuth Tobin ({note}) thanked the members.\n"
    assert role_of(text, "Ruth Tobin") is None
