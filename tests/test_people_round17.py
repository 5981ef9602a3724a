"""People in round 17's kinds (Greywell text, written for these tests): attendance labels
set off by a semicolon ("Present ; ...", "In attendance; ...", "APOLOGIES; ...") and a
roll call heading its list ("Roll call: ...", "Roll Call" underlined)."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict


def people(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(p.name, p.role, p.attendance) for p in parse_strict(text).people]


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Present ; ", "present"),
        ("Present; ", "present"),
        ("In attendance; ", "in attendance"),
        ("APOLOGIES; ", "apologies"),
        ("Attendees ;", "present"),
    ],
)
def test_an_attendance_label_set_off_by_a_semicolon_heads_its_list(label: str, kind: str) -> None:
    text = (
        "Greywell Tennis Club committee, 3 March 2025\n\n"
        f"{label}K. Scott, I. Evans, P. Hale\n\n"
        "1. Nets\nThe nets were discussed.\n"
    )
    assert people(text) == [
        ("K. Scott", None, kind),
        ("I. Evans", None, kind),
        ("P. Hale", None, kind),
    ]


def test_a_semicolon_after_a_word_that_is_not_a_label_heads_no_list() -> None:
    text = (
        "Greywell Tennis Club committee, 3 March 2025\n\n"
        "Presently; the nets, the posts and the benches were discussed.\n"
    )
    assert people(text) == []


@pytest.mark.parametrize(
    "head",
    [
        "Roll call: Mason, Jessica, Erin, Peter L\n",
        "Roll Call\n---------\nMason, Jessica, Erin, Peter L\n",
    ],
)
def test_a_roll_call_heads_an_attendance_list(head: str) -> None:
    text = f"Greywell Makers meeting 2025-03-09\n\n{head}\n1. Lights\nThe lights were fixed.\n"
    assert people(text) == [
        ("Mason", None, "present"),
        ("Jessica", None, "present"),
        ("Erin", None, "present"),
        ("Peter L", None, "present"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Chair – PB (Pam Bryan)",
        "Chair: PB (Pam Bryan)",
        "Chair - Pam Bryan",
        "Chair – PB – Pam Bryan",
    ],
)
def test_a_role_then_its_holder_written_as_initials_and_name(line: str) -> None:
    """ "Chair – PB (Pam Bryan)": the role's holder is the name in brackets, whose initials
    come first; a dash sets off the role as a colon does."""
    text = (
        "Greywell PPG meeting, 3 March 2025\n\n"
        "Present – JW (Jill Wood) / PB (Pam Bryan) / KS (Kay Shaw)\n"
        f"{line}\n\n1. Minutes\nThe minutes were agreed.\n"
    )
    assert people(text) == [
        ("Jill Wood", None, "present"),
        ("Pam Bryan", "Chair", "present"),
        ("Kay Shaw", None, "present"),
    ]


def test_minutes_then_a_dash_names_the_minute_taker() -> None:
    text = (
        "Greywell PPG meeting, 3 March 2025\n\n"
        "Present – Jill Wood, Kay Shaw\nMinutes - KS – Kay Shaw\n\n"
        "1. Minutes\nThe minutes were agreed.\n"
    )
    assert people(text) == [("Jill Wood", None, "present"), ("Kay Shaw", "Minute taker", "present")]


def test_a_topic_then_a_dash_then_initials_and_name_gives_no_role() -> None:
    text = (
        "Greywell PPG meeting, 3 March 2025\n\n"
        "Present – JW (Jill Wood) / KS (Kay Shaw)\nNewsletter – KS (Kay Shaw)\n\n"
        "1. Minutes\nThe minutes were agreed.\n"
    )
    assert people(text) == [("Jill Wood", None, "present"), ("Kay Shaw", None, "present")]
