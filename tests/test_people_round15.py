"""People and roles in round 15's kinds (Riverside text, written for these tests): an
office used as a title before a surname ("Trustee Lowe", "Commissioner Pratt"), a plural
title over a list ("Present: Trustees Lowe (Chair), Hart, ..."), and "and the Clerk"
closing a list."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def people(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(p.name, p.role, p.attendance) for p in parse_strict(text).people]


def test_a_plural_title_over_a_list_gives_each_that_title_and_the_chair_keeps_hers() -> None:
    text = (
        "Minutes of the Riverside Hall trustees, 4 March 2026\n"
        "Present: Trustees Lowe (Chair), Hart, Okafor and the Clerk\n\n"
        "1. Apologies\nTrustee Marsh sent apologies.\n"
        "2. Roof\nTrustee Lowe reported that the gutter had been cleared.\n"
    )
    assert people(text) == [
        ("Lowe", "Chair", "present"),
        ("Hart", "Trustee", "present"),
        ("Okafor", "Trustee", "present"),
        (None, "Clerk", None),
        ("Marsh", "Trustee", None),
    ]


def test_commissioner_before_a_surname_in_running_text_names_a_commissioner() -> None:
    text = (
        "Special meeting of the Riverside Harbour Commission, 4 March 2026.\n"
        "The meeting was called to order by Mayor Quinn. Commissioner Pratt offered the "
        "motion to accept the dredging bid, seconded by Commissioner Ashe and approved by "
        "all members.\n"
    )
    assert people(text) == [
        ("Quinn", "Mayor", None),
        ("Pratt", "Commissioner", None),
        ("Ashe", "Commissioner", None),
    ]


def test_and_the_clerk_after_a_list_of_names_is_not_the_last_ones_role() -> None:
    text = (
        "Riverside Allotments committee, 4 March 2026\n"
        "Present: Nora Quinn (Chair), Ben Ashe, Dee Ross and the Secretary\n\n"
        "Water\nThe Secretary will chase the water company.\n"
    )
    got = people(text)
    assert ("Dee Ross", None, "present") in got
    assert all(p[1] != "Secretary" for p in got if p[0])


# -- shared notes decorate headings and labels with an emoji ---------------------------------


def test_an_emoji_shortcode_before_the_participants_heading_and_the_scribe_label() -> None:
    text = (
        "Riverside Makers monthly call, 4 March 2026\n===\n\n"
        "### :bust_in_silhouette: Participants\n\n"
        "<!-- pasted from the call tool -->\n"
        "- Nora Quinn\n- Ben Ashe\n- Dee Ross\n\n"
        ":writing_hand: **Scribe:** Ben Ashe\n\n"
        "### :scroll: Agenda\n\n* Workshop dates\n"
    )
    assert people(text) == [
        ("Nora Quinn", None, "present"),
        ("Ben Ashe", "Scribe", "present"),
        ("Dee Ross", None, "present"),
    ]


def test_an_emoji_picture_before_the_attendees_heading() -> None:
    text = (
        "# Riverside Repair Cafe notes, 4 March 2026\n\n"
        "## \U0001f465 Attendees\n\n- Nora Quinn\n- Omar Said\n\n"
        "## \U0001f4dd Notes\n\nThe soldering station is fixed.\n"
    )
    assert people(text) == [("Nora Quinn", None, "present"), ("Omar Said", None, "present")]
