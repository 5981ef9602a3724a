"""Follow-up rules, round 11, on made-up Riverside notes: a heading naming the next
gathering alone ("Next Meeting", "## Next call") over a list of topics; a heading of business
put off or not reached ("Carried over", "Not discussed", "Didn't get to"); a matter to be
reviewed or evaluated at a time to come, referred or saved for a later meeting or a gathering
of its own kind ("the F2F", "the retreat"); waiting on something before deciding; "To be
continued."; on a coming agenda in a note."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def _follow_ups(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.when) for f in parse_strict(text).follow_ups]


def test_the_topics_under_a_next_meeting_heading() -> None:
    text = (
        "## Riverside tenants group\n\n"
        "Notes of the evening.\n\n"
        "Next Meeting\n"
        "    ●   Discuss dues and a bank account.\n"
        "    ●   Agree the leaflet\n\n"
        "**Next call**\n"
        "* demo of the repairs tracker\n"
    )
    assert _follow_ups(text) == [
        ("Discuss dues and a bank account", "the next meeting"),
        ("Agree the leaflet", "the next meeting"),
        ("demo of the repairs tracker", "the next meeting"),
    ]


def test_the_next_meetings_date_and_place_are_no_topics() -> None:
    text = (
        "## Riverside tenants group\n\n"
        "## Next meeting\n"
        "- 2 June 2025, 7pm\n"
        "- Venue: the community hall\n\n"
        "Next Meeting\n"
        "The next meeting will be at the library.\n"
    )
    assert _follow_ups(text) == []


def test_a_heading_of_business_put_off_or_not_reached() -> None:
    for head in ("## Carried over", "Not discussed:", "### Didn't get to", "Leftover topics"):
        text = (
            "## Riverside allotments\n\n"
            "Water butts were delivered.\n\n"
            f"{head}\n"
            "- Shed insurance\n"
            "- Plot inspections\n"
        )
        assert _follow_ups(text) == [
            ("Shed insurance", "a future meeting"),
            ("Plot inspections", "a future meeting"),
        ], head


def test_a_matter_reviewed_referred_or_saved_for_later() -> None:
    notes = {
        "The grazing licence to be reviewed in six months.": "in six months",
        "The trial parking scheme to be evaluated after the summer.": "after the summer",
        "Referred to the next meeting.": "the next meeting",
        "We'll continue this conversation at the F2F.": "the F2F",
        "Saving this for the retreat.": "the retreat",
        "Members agreed to wait for the survey results before deciding.": None,
        "Hold until the grant is confirmed.": None,
        "To be continued.": None,
        "To consider at the next meeting.": "the next meeting",
        "Ongoing, on agenda next month.": "next month",
        "Out of time, carrying forward.": None,
    }
    for note, when in notes.items():
        text = f"## Riverside allotments\n\n3. Water supply\n\n{note}\n"
        assert _follow_ups(text) == [(note, when)], note


def test_a_past_reference_or_someones_review_is_no_follow_up() -> None:
    for note in (
        "Sam will review the figures in six months.",
        "He referred to the next steps in the plan.",
        "We discussed this at the retreat.",
        "The accounts were reviewed in March.",
        "Schools engagement would be reviewed in the autumn.",
    ):
        text = f"## Riverside allotments\n\n3. Water supply\n\n{note}\n"
        assert _follow_ups(text) == [], note


def test_a_note_after_its_topic_or_a_clause_naming_when() -> None:
    text = (
        "## Riverside running club\n\n"
        "  • Kit order – discuss in March. Ann\n"
        "  • Club records checked by end of May, table at the June meeting. Raj\n"
        "  • Rota – the kit was discussed in March.\n"
    )
    assert _follow_ups(text) == [
        ("Kit order – discuss in March.", "in March"),
        ("Club records checked by end of May, table at the June meeting.", "the June meeting"),
    ]


def test_boilerplate_a_meeting_past_and_an_explanation_are_no_follow_ups() -> None:
    text = (
        "Minutes of the Riverside Health Board, 12 March 2025\n\n"
        "1. Declarations\n\n"
        "Members to declare any interests they may have in any matter to be considered.\n\n"
        "2. Progress\n\n"
        "To update the Board on the changes discussed at the meeting on 4 December 2024.\n"
        "Falls had not risen since the last report to the Board.\n"
        "The officer explained how items would be added to the work programme.\n"
        "The refreshed plan will be presented to the Board on 9 July 2025.\n"
    )
    assert _follow_ups(text) == [
        ("The refreshed plan will be presented to the Board on 9 July 2025.", "on 9 July 2025")
    ]


def test_a_forward_plan_table_in_a_wikis_syntax() -> None:
    for table in (
        "|| Item || Meeting ||\n| Footpath survey | June 2025 |\n| Hall roof | September 2025 |\n",
        "^ Item ^ Meeting ^\n| Footpath survey | June 2025 |\n| Hall roof | September 2025 |\n",
    ):
        text = f"## Riverside Parish Council\n\n### Forward plan\n\n{table}\nEnd of notes.\n"
        assert _follow_ups(text) == [
            ("Footpath survey", "June 2025"),
            ("Hall roof", "September 2025"),
        ], table
