"""Follow-up rules, round 16, on made-up Ashby Parva notes: a paper that was brought back to
a meeting past ("the survey was brought back to the February meeting and agreed") and people
coming forward ("more volunteers will come forward") are not follow-ups; papers still to come
are."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict

_HEAD = "Ashby Parva Parish Council: notes of its meeting, 12 March 2024\n\n"


def _follow_ups(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.when) for f in parse_strict(_HEAD + text).follow_ups]


@pytest.mark.parametrize(
    "line",
    [
        "The footpath survey was brought back to the February meeting and agreed.",
        "The bench quotes were taken back to the January meeting and approved.",
        "The pond report was presented to the February meeting of the Council.",
        "The report on the pond came back to the Council in January and was noted.",
        "It is hoped that more volunteers will come forward next year.",
        "Members hoped that someone would come forward to run the tombola.",
    ],
)
def test_no_follow_up(line: str) -> None:
    assert _follow_ups(line + "\n") == []


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("The footpath survey will be brought back to the April meeting.", "the April meeting"),
        ("The item was deferred to the April meeting.", "the April meeting"),
        ("A further paper on the allotments will come forward in the autumn.", "in the autumn"),
        (
            "The matter came back to the Council and it was agreed to take it to the May meeting.",
            "the May meeting",
        ),
    ],
)
def test_still_a_follow_up(line: str, when: str) -> None:
    assert _follow_ups(line + "\n") == [(line, when)]


@pytest.mark.parametrize(
    ("line", "when"),
    [
        (
            "Members said they would be glad to receive the hedge report in November.",
            "in November",
        ),
        ("The Tree Warden would be asked to give a short report in June.", "in June"),
        ("Mo will give a presentation on the play area at the next meeting.", "the next meeting"),
    ],
)
def test_a_paper_given_at_a_later_time_is_a_follow_up(line: str, when: str) -> None:
    assert _follow_ups(line + "\n") == [(line, when)]


@pytest.mark.parametrize(
    "line",
    [
        "The contractor will provide a quote in May.",
        "The residents received the hedge report in November.",
        "Mo gave a presentation on the play area in February.",
        "Mo will give a presentation on the play area.",
    ],
)
def test_a_paper_given_no_follow_up(line: str) -> None:
    assert _follow_ups(line + "\n") == []


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("* moved the grant form to done - more updates next week", "next week"),
        ("- Website: more details next call", "next call"),
        ("More updates next week.", "next week"),
    ],
)
def test_more_at_the_next_gathering_is_a_follow_up(line: str, when: str) -> None:
    text = line.removeprefix("* ").removeprefix("- ")
    assert _follow_ups(line + "\n") == [(text, when)]


@pytest.mark.parametrize(
    "line",
    [
        "The group wanted more details next week to decide.",
        "More information was received last week.",
        "- Website: more updates by next week",
    ],
)
def test_more_no_follow_up(line: str) -> None:
    assert _follow_ups(line + "\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "The Chair and Clerk would review the agenda for the May meeting.",
        "The Clerk will prepare the agenda for the next meeting.",
        "Councillors were asked to send any items for the next agenda to the Clerk by 1 April.",
    ],
)
def test_the_agenda_prepared_is_no_follow_up(line: str) -> None:
    assert _follow_ups(line + "\n") == []


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("The hedges will be added to the agenda for the May meeting.", "the May meeting"),
        ("The Chair will present the hedge policy at the May meeting.", "the May meeting"),
    ],
)
def test_business_for_a_meeting_is_still_a_follow_up(line: str, when: str) -> None:
    assert _follow_ups(line + "\n") == [(line, when)]


_AGENDA_NOTES = (
    "# Tree group call, 4 March 2024\n\n## Agenda\n\n### Updates\n\n* Nursery order\n\n"
    "### To be discussed\n\n* Which hedges to lay this winter\n* A stall at the fete\n\n"
    "## Minutes\n\n* Nursery order: it arrives on Friday.\n"
)


def test_to_be_discussed_under_the_agenda_is_this_meetings_business() -> None:
    assert [f.text for f in parse_strict(_AGENDA_NOTES).follow_ups] == []


def test_to_be_discussed_after_the_minutes_is_put_off() -> None:
    text = _AGENDA_NOTES.replace("### Updates\n\n* Nursery order\n\n", "").replace(
        "### To be discussed", "## Minutes\n\n* Nursery order: it arrives.\n\n### To be discussed"
    )
    assert [f.text for f in parse_strict(text).follow_ups] == [
        "Which hedges to lay this winter",
        "A stall at the fete",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Cllr Dunn will look into the drainage costs by the next meeting.",
        "The Clerk will investigate the cost of a new gate by the next meeting.",
    ],
)
def test_finding_out_by_the_next_meeting_is_a_follow_up(line: str) -> None:
    assert _follow_ups(line + "\n") == [(line.removeprefix("17. "), "the next meeting")]


@pytest.mark.parametrize(
    "line",
    [
        "Cllr Dunn will cut the hedge by the next meeting.",
        "Please send your comments to the Clerk by the next meeting.",
    ],
)
def test_a_deadline_of_the_next_meeting_no_follow_up(line: str) -> None:
    assert _follow_ups(line + "\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "The District Council is urging owners to bring empty shops back into use.",
        "The old pump was brought back into working order in the summer.",
        "Resurfacing of the car park for the pavilion is due to begin in June.",
        "A move to the new pavilion is planned for the spring.",
        "Cllr Dunn proposed that the Council join the rural network for a trial year.",
        "Further to the meeting on Sunday 21st January at the churchyard it had been agreed to"
        " lay the hedge.",
    ],
)
def test_restored_a_noun_a_motion_or_a_meeting_past_no_follow_up(line: str) -> None:
    assert _follow_ups(line + "\n") == []


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("Let's move this to next week.", "next week"),
        ("Park this until the AGM.", "the AGM"),
        ("Officers would bring the matter back to the Board in May.", "in May"),
    ],
)
def test_put_off_or_brought_back_still_a_follow_up(line: str, when: str) -> None:
    assert _follow_ups(line + "\n") == [(line, when)]


def test_items_for_the_next_agenda_with_only_its_date_no_follow_up() -> None:
    line = "17. ITEMS FOR THE NEXT AGENDA: TO BE HELD ON MONDAY 8th April 2024, 7pm."
    assert _follow_ups(line + " Cllr Dunn noted the bus times.\n") == []


def test_items_for_the_next_agenda_after_its_date_are_a_follow_up() -> None:
    line = "17. ITEMS FOR THE NEXT AGENDA: TO BE HELD ON 8th April, bus shelter repairs"
    assert _follow_ups(line + "\n") == [(line.removeprefix("17. "), "the next meeting")]


@pytest.mark.parametrize(
    "line",
    [
        "It was agreed that the village green would be a standing item on the agenda.",
        "- Keep as standing item",
        "- Speed watch (standing item)",
    ],
)
def test_a_standing_item_is_no_follow_up(line: str) -> None:
    assert _follow_ups(line + "\n") == []


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("- Carried forward to next meeting", "next meeting"),
        ("- No quote yet; carried forward", None),
    ],
)
def test_a_bulleted_note_is_no_heading(line: str, when: str | None) -> None:
    # (a loose list under an action's heading: its bullets are read as the items' titles)
    text = (
        "## Welcome\n\n- Short call today\n\n- Jo back from leave\n\n## Actions from March\n\n"
        "### Action Pat: quotes for the gate\n\n- Status: not complete\n\n- No progress\n\n"
        f"{line}\n\n### Action Jo: the rota\n\n- Status: complete\n"
    )
    assert _follow_ups(text) == [(line[2:], when)]


def test_items_for_a_months_agenda_under_an_item_are_a_follow_up() -> None:
    text = (
        "22. Correspondence\n\nA letter from the school was read.\n\n"
        "Items for May agenda: Overhanging trees and parking (Cllr Dunn)\n\n"
        "The meeting closed at 9 pm.\n"
    )
    assert _follow_ups(text) == [
        ("Items for May agenda: Overhanging trees and parking (Cllr Dunn)", "May agenda")
    ]


def test_a_list_under_a_line_naming_the_next_meeting() -> None:
    text = (
        "- 3.7 Pat to book the hall for the next meeting. Prioritise, at the next meeting:\n"
        "   - Discuss the hedge survey\n"
        "   - Review the bench quotes\n"
        "- 3.8 All: read the draft plan.\n"
    )
    assert _follow_ups(text) == [
        ("Discuss the hedge survey", "the next meeting"),
        ("Review the bench quotes", "the next meeting"),
    ]


def test_a_line_naming_the_next_meeting_over_no_list_stays_one() -> None:
    text = "- Prioritise, at the next meeting: the hedge survey.\n- Pat: book the hall.\n"
    assert _follow_ups(text) == [
        ("Prioritise, at the next meeting: the hedge survey.", "the next meeting")
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Lena to book the community hall for the April meeting.",
        "The Clerk will reserve the church room for the next meeting.",
    ],
)
def test_booking_the_room_for_a_meeting_is_no_follow_up(line: str) -> None:
    assert _follow_ups(line + "\n") == []


@pytest.mark.parametrize(
    ("line", "when"),
    [
        (
            "Agreed to push the final fete budget decision back to June to allow more quotes.",
            "to June",
        ),
        (
            "The decision on whether the Council should buy the old pound beside the village green"
            " for a garden is scheduled for 9 July.",
            "9 July",
        ),
    ],
)
def test_a_decision_put_back_or_scheduled_is_a_follow_up(line: str, when: str) -> None:
    assert _follow_ups(line + "\n") == [(line, when)]


@pytest.mark.parametrize(
    "line",
    ["Put the chairs back to the store in June.", "They pushed the mower back to the shed in May."],
)
def test_a_thing_put_back_is_no_follow_up(line: str) -> None:
    assert _follow_ups(line + "\n") == []


def test_taking_part_in_meetings_to_come_is_no_follow_up() -> None:
    line = (
        "The Chair asked members to consider how the Council's meetings could be made more"
        " welcoming to young people, to ensure their participation at future Council meetings."
    )
    assert _follow_ups(line + "\n") == []


def test_an_update_at_meetings_to_come_is_still_one() -> None:
    line = "The youth club to give an update at future Council meetings."
    assert _follow_ups(line + "\n") == [(line, "future Council meetings")]
