"""Attendance lists written in markdown's bold, roles in square brackets before initials,
and offices with a hyphened rank ("Co-President"), on short Riverside passages."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def _people(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(p.name, p.role, p.attendance) for p in parse_strict(text).people]


def test_bold_names_in_a_bulleted_list_keep_their_roles() -> None:
    text = (
        "# Riverside Hall Committee\n\n## Key Participants\n"
        "- **Mara Quill** - Chair\n- **Dev Ansel** – Treasurer  \n- __Tom Hale__, Clerk\n"
        "- **Ida** - Co-President\n\n"
        "## 1. Roof\nThe committee discussed the roof.\n"
    )
    assert _people(text) == [
        ("Mara Quill", "Chair", "present"),
        ("Dev Ansel", "Treasurer", "present"),
        ("Tom Hale", "Clerk", "present"),
        ("Ida", "Co-President", "present"),
    ]


def test_bold_run_on_list_and_bold_labels_and_headings_stay_as_they_were() -> None:
    text = (
        "**RIVERSIDE PARISH COUNCIL**\n\n**Present:** Cllr Hana Pryce, Owen Leckie\n\n"
        "**4 Board Members present: Mara Quill, Dev Ansel, Tom Hale, Ida Brook**\n\n"
        "a)  **Play area**\nThe swings were discussed.\n"
    )
    names = [p[0] for p in _people(text)]
    assert names[:2] == ["Hana Pryce", "Owen Leckie"]
    assert "Play area" not in names and "Riverside Parish Council" not in names


def test_a_role_in_square_brackets_before_the_initials() -> None:
    text = (
        "Riverside Friends Association\nMinutes of 4 March 2025\n\n"
        "Present: Ann Lowry (AL), Ellen Marsh [Treasurer] (EM), Bo Dean [Chair] (BD)\n"
        "Apologies: Ida Brook [Head Teacher] (IB), Sam Voss (SV)\n\n"
        "1. Fete\nEM reported a balance of 300 pounds.\n"
    )
    assert _people(text) == [
        ("Ann Lowry", None, "present"),
        ("Ellen Marsh", "Treasurer", "present"),
        ("Bo Dean", "Chair", "present"),
        ("Ida Brook", "Head Teacher", "apologies"),
        ("Sam Voss", None, "apologies"),
    ]


def test_an_attendance_list_pasted_as_html() -> None:
    text = (
        "<h1>Riverside Hall Committee</h1>\n<h2>Attendance</h2>\n<h3>Committee Members</h3>\n"
        "<ul>\n\n<li>Mara Quill</li>\n\n<li>Dev Ansel</li>\n</ul>\n<h3>Guests</h3>\n"
        "<ul>\n<li>Tom Hale</li>\n</ul>\n<h3>Not attending</h3>\n<ul>\n<li>Ida Brook</li>\n"
        "</ul>\n<h2>Roof</h2>\n<p>The committee discussed the roof.</p>\n"
    )
    assert _people(text) == [
        ("Mara Quill", "Committee member", "present"),
        ("Dev Ansel", "Committee member", "present"),
        ("Tom Hale", "Guest", "in attendance"),
        ("Ida Brook", None, "absent"),
    ]


def test_absence_headings_in_other_words_and_visitors() -> None:
    def under(heading: str) -> list[tuple[str | None, str | None, str | None]]:
        return _people(
            "Riverside Hall Committee\n\nPresent: Mara Quill, Dev Ansel\n\n"
            f"{heading}\n- Ida Brook\n- Sam Voss\n\n1. Roof\nThe roof was discussed.\n"
        )[2:]

    for heading, kind in (
        ("Not attending", "absent"),
        ("Not in attendance:", "absent"),
        ("Absentees:", "absent"),
        ("Unable to attend:", "apologies"),
        ("Excused:", "apologies"),
        ("Apologies received from:", "apologies"),
    ):
        assert under(heading) == [("Ida Brook", None, kind), ("Sam Voss", None, kind)], heading
    assert under("Visitors") == [
        ("Ida Brook", "Visitor", "in attendance"),
        ("Sam Voss", "Visitor", "in attendance"),
    ]


def test_name_colon_role_then_a_place_and_a_numbered_item_after_the_list() -> None:
    text = (
        "Riverside Friends Association\nPresent\nAnn Lowry: Secretary (Eastbank)\n"
        "Bo Dean: Chairperson (Westford)\nNot attending\nSam Voss: Treasurer(Northgate)\n"
        "1. Opening and attendance\nOpen at 7:30pm\n"
    )
    assert _people(text) == [
        ("Ann Lowry", "Secretary (Eastbank)", "present"),
        ("Bo Dean", "Chairperson (Westford)", "present"),
        ("Sam Voss", "Treasurer (Northgate)", "absent"),
    ]


def test_headings_written_as_a_sentence_over_a_list() -> None:
    for heading in (
        "### Were present at the site visit:",
        "Present were:",
        "The following were present:",
        "Those attending:",
        "Those who were present:",
    ):
        text = (
            "Riverside Hall Committee\n\n"
            f"{heading}\nMara Quill; Dev Ansel; Tom Hale\n\n## Roof\nThe roof was discussed.\n"
        )
        assert [p[0] for p in _people(text)] == ["Mara Quill", "Dev Ansel", "Tom Hale"], heading


def test_names_laid_out_in_columns_parted_by_spaces() -> None:
    text = (
        "RIVERSIDE HALL COMMITTEE\n\nPRESENT\nMara Quill          David Ansel\n"
        "Tom Hale            Anne Brook\nSam Voss\n\n"
        "In attendance\nIda Lowe            Parish Clerk\n\n"
        "1. Roof\nThe roof was discussed.\n"
    )
    assert _people(text) == [
        ("Mara Quill", None, "present"),
        ("David Ansel", None, "present"),
        ("Tom Hale", None, "present"),
        ("Anne Brook", None, "present"),
        ("Sam Voss", None, "present"),
        ("Ida Lowe", "Parish Clerk", "in attendance"),  # a role in the second column stays one
    ]
