"""Action lists as word processors and note pads write them, on short Riverside passages: an
owner in square brackets then a tab, parts of a list under deeper headings, "To do tasks",
and bare tasks that name no one (read only under a heading naming whose they are)."""

from __future__ import annotations

from tests.conftest import owned_actions

_GROUP = (
    "Riverside Heritage Group\n\nSteering meeting, 9 June 2026\n\n"
    "Present: Hana Price (HP), Noel Lamb (NL), Dora Cole (DC), Mo Sethi (MS)\n\n"
)


def _actions(text: str) -> list[tuple[str | None, str]]:
    return owned_actions(text)


def test_square_bracketed_owners_then_a_tab_and_parts_under_deeper_headings() -> None:
    text = _GROUP + (
        "## Actions\n"
        "- [HP]\tContact the printers about the walking trail leaflets.\n"
        "- [MS, NM]  Check the lease of the old forge.\n\n"
        "##### Deliverables\n\n"
        "- [DC, MS]  \tD1 (Trail map): re-draft (if needed) and outline the next steps.\n"
        "- [NL] \tD2 (Survey): re-draft and outline the next steps.\n\n"
        "## Next meeting\n"
        "Tuesday 14 July.\n"
    )
    assert _actions(text) == [
        ("HP", "Contact the printers about the walking trail leaflets."),
        ("MS, NM", "Check the lease of the old forge."),
        ("DC, MS", "D1 (Trail map): re-draft (if needed) and outline the next steps."),
        ("NL", "D2 (Survey): re-draft and outline the next steps."),
    ]


def test_to_do_tasks_heading_a_list_of_name_dash_task() -> None:
    text = _GROUP + (
        "## To Do Tasks:\n"
        "- Hana - Minutes for the June walk\n"
        "- Noel - Leaflets for the July fair + posters\n"
    )
    assert _actions(text) == [
        ("Hana", "Minutes for the June walk"),
        ("Noel", "Leaflets for the July fair + posters"),
    ]


def test_a_topic_heading_is_no_owner_of_the_bullets_under_it() -> None:
    text = _GROUP + (
        "## Actions\n"
        "- [HP] Write to the county archive.\n\n"
        "#### Milestones\n"
        "- Publish the trail map by August\n"
    )
    assert _actions(text) == [
        ("HP", "Write to the county archive."),
        (None, "Publish the trail map by August"),
    ]


def test_bare_tasks_under_a_heading_naming_their_owner_but_not_in_notes() -> None:
    text = _GROUP + (
        "Actions for the Secretary:\n"
        "- Write to the county archive about the tithe maps\n\n"
        "Open day\n"
        "- Buy name badges in bulk and put them in the welcome packs\n"
        "- Hana to book the church hall\n"
    )
    assert _actions(text) == [
        ("the Secretary", "Write to the county archive about the tithe maps"),
        ("Hana", "Book the church hall"),
    ]
