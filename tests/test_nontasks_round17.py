"""Lines that are no task though a list rule reads one (round 17): a line of who attended,
a round of updates, members of the council asked to declare their interests."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def owned(text: str) -> list[tuple[str | None, str]]:
    return [(a.owner, a.text) for a in parse_strict(text).actions]


ROLL = (
    "Minutes of the Parish Council, Tuesday 3 March 2026\n\n"
    "Present A Hale (AH) Chair, Councillors Tate (BT) Price (JP) Lowe (KL) Singh (RS)\n\n"
    "1. Hall\nKL to ask the county about the lease.\n"
)


def test_a_line_of_who_attended_is_no_task() -> None:
    assert owned(ROLL) == [("KL", "Ask the county about the lease.")]


def test_a_task_with_its_owners_initials_stays_a_task() -> None:
    text = ROLL + "Present the hall accounts to the county (KL)\n"
    assert owned(text) == [
        ("KL", "Ask the county about the lease."),
        ("KL", "Present the hall accounts to the county"),
    ]


def updates(*entries: str) -> str:
    lines = "".join(f"* {e}\n" for e in entries)
    return f"Club committee notes, 4 May 2026\n\n1. Updates from members\n{lines}"


def test_a_round_of_updates_gives_no_task() -> None:
    text = updates(
        "Ann: time off, running the fete stall and writing up the survey",
        "Bob: reviewing the footpath map, talking to the school",
        "Jo: position paper on the verges",
        "Kim: not much, some emails",
        "Raj: working on the grant bid with Bob",
    )
    assert owned(text) == []


def test_an_entry_with_its_own_cue_in_a_round_of_updates_stays_a_task() -> None:
    text = updates(
        "Bob: reviewing the footpath map",
        "Jo: will book the hall for the quiz",
        "Kim: not much",
    )
    assert owned(text) == [("Jo", "Book the hall for the quiz")]


def test_a_list_of_jobs_by_name_is_no_round_of_updates() -> None:
    text = updates(
        "Ann: book the hall for June",
        "Bob: order the bunting",
        "Jo: write to the school about parking",
    )
    assert [owner for owner, _ in owned(text)] == ["Ann", "Bob", "Jo"]


def test_members_of_the_council_invited_to_declare_interests_is_no_task() -> None:
    text = (
        "Parish Council meeting, 3 March 2026\n\n  1. Apologies for Absence\n\n"
        "Apologies were received from Cllr Hale.\n\n  1. Members of the Council are invited to "
        "declare any interest they may have in the business set out below.\n"
    )
    assert owned(text) == []
    one = "\nCllr Hale to declare her interest in the allotments lease at the May meeting.\n"
    assert owned(text + one) == [
        ("Cllr Hale", "Declare her interest in the allotments lease at the May meeting.")
    ]


FOLLOW_UPS = (
    "Steering group notes, 9 September 2026\n\n"
    "Attendees: Ann Lee, Bob Tate, Kim Ross, Raj Singh\n\n"
    "* Follow ups\n"
    "    * Website refresh and style guide? (Kim)\n"
    "        * Nothing yet, but still on it.\n"
    "    * Hall survey results for the planning group (Raj)\n"
    "        * Ann: had feedback that the form is too long.\n"
    "        * Bob: a survey that asks everything is the hardest to answer\n"
    "        * Kim: share the draft questions with the group\n"
    "    * Bob: to book the hall for the open day\n"
)


def test_under_follow_ups_only_an_entry_worded_as_a_task_is_one() -> None:
    assert owned(FOLLOW_UPS) == [
        ("Kim", "Share the draft questions with the group"),
        ("Bob", "Book the hall for the open day"),
    ]


def test_under_actions_an_entry_in_any_wording_is_still_a_task() -> None:
    text = FOLLOW_UPS.replace("* Follow ups", "* Actions")
    assert ("Raj", "Hall survey results for the planning group") in owned(text)


def test_a_title_with_a_dash_typed_with_no_space_then_the_task() -> None:
    head = "Parish council minutes, 19 July 2026\n\n1. Apologies for absence-none\n"
    assert owned(head + "12. Play area- clerk to get quotes for a safety check.\n") == [
        ("clerk", "Get quotes for a safety check.")
    ]
    assert owned(head + "10. Bins- district councillor and clerk to complain about bins.\n") == [
        ("district councillor and clerk", "Complain about bins.")
    ]
    assert owned(head + "14. Sign- the repainted sign was well- liked by all.\n") == []
