"""Follow-up rules, round 17, on made-up Hollybrook Allotment Society notes: a list of
business for a later meeting under a line of prose or a heading that names the meeting
(each entry a follow-up, the line over them none), and business stated as coming to a named
later meeting."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict

_HEAD = (
    "Hollybrook Allotment Society: notes of the committee meeting, 3 March 2026\n\n"
    "1. Water supply\nThe committee discussed the leaking standpipe.\n\n"
)
_ENTRIES = ["Review the insurance report", "Look for another mail provider", "To agree on the logo"]


def _follow_ups(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.when) for f in parse_strict(_HEAD + text).follow_ups]


def _listed(head: str, bullet: str = "- ", lead: str = "") -> str:
    return head + "\n" + "".join(f"{lead}{bullet}{e}\n" for e in _ENTRIES) + "\nClosed at 9pm.\n"


@pytest.mark.parametrize(
    ("head", "when"),
    [
        ("The following agenda items were agreed for the next meeting:", "the next meeting"),
        ("Matters to be raised at the next meeting were:", "the next meeting"),
        ("Members asked for these to come to the next meeting:", "the next meeting"),
        ("Items to carry forward to the next meeting:", "the next meeting"),
        (
            "It was agreed that the following would be on the agenda for the May meeting:",
            "the May meeting",
        ),
    ],
)
@pytest.mark.parametrize("bullet", ["- ", "* ", "• "])
def test_the_entries_under_a_line_of_prose_are_the_follow_ups(
    head: str, when: str, bullet: str
) -> None:
    assert _follow_ups(_listed(head, bullet)) == [(e, when) for e in _ENTRIES]


def test_bare_entries_under_a_line_of_prose() -> None:
    text = "The following agenda items were agreed for the next meeting:\n" + "\n".join(_ENTRIES)
    assert _follow_ups(text + "\n\nClosed at 9pm.\n") == [(e, "the next meeting") for e in _ENTRIES]


def test_entries_standing_out_from_their_line_are_not_its() -> None:
    # the list stands further out than the line: not its entries (and the line over a list is
    # a heading, no follow-up of its own)
    text = "  Members asked for these to come to the next meeting:\n- Hedges\n- Compost bays\n"
    assert _follow_ups(text) == []
    assert _follow_ups(text.replace("- ", "  - ")) == [
        ("Hedges", "the next meeting"),
        ("Compost bays", "the next meeting"),
    ]


@pytest.mark.parametrize(
    ("head", "when"),
    [
        ("For the June meeting:", "the June meeting"),
        ("To discuss at the October meeting", "the October meeting"),
        ("Items for the May AGM", "the May AGM"),
        ("Next month's agenda to include:", "the next meeting"),
        ("Agenda for next month", "the next meeting"),
    ],
)
def test_a_heading_naming_a_later_meeting(head: str, when: str) -> None:
    assert _follow_ups(_listed(head)) == [(e, when) for e in _ENTRIES]


@pytest.mark.parametrize(
    "text",
    [
        # the month of these minutes: their own agenda's title
        _listed("For the March meeting:"),
        "Next meeting:\n- 7 April 2026 at 7pm\n- Village hall\n",
        "Apologies for the next meeting:\n- Jo Bell\n- Ann Carr\n",
    ],
)
def test_no_list_of_later_business(text: str) -> None:
    assert _follow_ups(text) == []


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("Sam said the presentation would be at June's general meeting.", "June's general meeting"),
        ("The talk on composting will be at the May general meeting.", "the May general meeting"),
        ("The revised budget is expected at the September meeting.", "the September meeting"),
        ("The seed swap would be on the agenda in June.", "the agenda in June"),
        ("The hedge survey is now due at the AGM.", "the AGM"),
    ],
)
def test_a_thing_that_will_be_at_a_later_meeting(line: str, when: str) -> None:
    assert _follow_ups(line + "\n") == [(line, when)]


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("Printing costs would be reported for April.", "April"),
        ("The survey results will be presented for the June meeting.", "the June meeting"),
        ("Quotes for the gates are to be brought for May.", "May"),
    ],
)
def test_reported_for_a_month(line: str, when: str) -> None:
    assert _follow_ups(line + "\n") == [(line, when)]


@pytest.mark.parametrize(
    ("line", "when"),
    [
        (
            "It was agreed that the next two meetings should follow this format with talks from"
            " the area leads.",
            "the next two meetings",
        ),
        (
            "The following three meetings will each have a guest speaker.",
            "The following three meetings",
        ),
    ],
)
def test_the_next_few_meetings_given_a_shape(line: str, when: str) -> None:
    assert _follow_ups(line + "\n") == [(line, when)]


@pytest.mark.parametrize(
    "line",
    [
        "Costs to be found and then a decision made by the Committee.",
        "A decision on the fence will be made by the committee once the quotes are in.",
        "The final decision would be taken by the full Council.",
    ],
)
def test_a_decision_the_body_is_still_to_make(line: str) -> None:
    assert _follow_ups(line + "\n") == [(line, None)]


@pytest.mark.parametrize(
    "line",
    [
        "She will be at the May meeting.",
        "The presentation was at the May general meeting.",
        "The next two meetings will be held at the school.",
        "A decision was made by the Committee to buy the mower.",
        "The costs were reported for April and approved.",
        "The committee made a decision on the fence in February.",
    ],
)
def test_no_business_for_a_later_meeting(line: str) -> None:
    assert _follow_ups(line + "\n") == []


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("Aim to vote on the new rules by the next meeting", "the next meeting"),
        ("We hope to reach a decision by the next meeting.", "the next meeting"),
        (
            "The members should vote on the rota by the next committee meeting.",
            "the next committee meeting",
        ),
    ],
)
def test_settled_by_the_next_meeting_is_at_it(line: str, when: str) -> None:
    assert _follow_ups(line + "\n") == [(line, when)]


@pytest.mark.parametrize(
    "line",
    [
        "The exact duties of the treasurer are a future topic for the committee.",
        "Fencing will be a future agenda item.",
        "The logo remains an item for further discussion.",
    ],
)
def test_a_future_topic(line: str) -> None:
    assert _follow_ups(line + "\n") == [(line, "a future meeting")]


@pytest.mark.parametrize(
    "line",
    [
        "Send comments on the rota to Sam by the next meeting.",
        "The fence was a topic at the last meeting.",
        "The logo was discussed further.",
    ],
)
def test_no_later_topic(line: str) -> None:
    assert _follow_ups(line + "\n") == []


@pytest.mark.parametrize(
    "text",
    [
        "He listed further items to be considered:\n- the hedge by the gate\n- the water bills\n",
        "She set out the matters still to be considered:\n\n* compost\n* fencing\n",
        "The Clerk advised that this would result in a number of substantial items for the June"
        " meeting.\n",
        "The Treasurer said this would mean many items for the May meeting.\n",
        "This will lead to a heavy agenda at the next meeting.\n",
        "Jory to pick this back up next week.\n",
        "Sam will look at this again next month.\n",
        "Priya to revisit the costings next week.\n",
        "Action: The Site Management Team agreed to discuss this further at their meeting the"
        " following week.\n",
    ],
)
def test_not_a_matter_for_a_later_meeting(text: str) -> None:
    assert _follow_ups(text) == []


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("Tom to present the mock-ups next week.", "next week"),
        ("We will pick this back up next week.", "next week"),
        ("Priya to revisit the costings at the next meeting.", "the next meeting"),
        ("Members agreed to consider the lease at their next meeting.", "their next meeting"),
        ("The Clerk said this would mean a report to the May meeting.", "the May meeting"),
    ],
)
def test_still_a_follow_up_for_a_later_meeting(line: str, when: str) -> None:
    assert _follow_ups(line + "\n") == [(line, when)]


def test_a_heading_naming_the_meeting_over_a_list_gives_its_entries() -> None:
    text = "The Chair listed the items to be discussed at the next meeting:\n- hedges\n- bills\n"
    assert _follow_ups(text) == [("hedges", "the next meeting"), ("bills", "the next meeting")]


@pytest.mark.parametrize(
    "line",
    [
        "Phil is going to bring back the Interest Groups.",
        "Sue will bring back the Christmas raffle.",
        "We should bring back monthly socials.",
    ],
)
def test_a_thing_revived_is_no_business_brought_back(line: str) -> None:
    assert _follow_ups(line + "\n") == []


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("Sam will bring back a costed proposal.", None),
        ("Jo to bring back figures on the hall hire.", None),
        ("Sam will bring back the quiz nights at the May meeting.", "the May meeting"),
        ("Sam will bring it back in June.", "in June"),
    ],
)
def test_a_paper_brought_back_is(line: str, when: str | None) -> None:
    assert _follow_ups(line + "\n") == [(line, when)]


@pytest.mark.parametrize(
    ("line", "when"),
    [
        (
            "We'll have to have the rest of the call next week to go through the feedback.",
            "next week",
        ),
        ("The remaining comments will be gone through next week.", "next week"),
        ("The remainder of the review will be finished at the next call.", "the next call"),
    ],
)
def test_the_rest_left_for_a_later_gathering(line: str, when: str) -> None:
    assert _follow_ups(line + "\n") == [(line, when)]


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("We then need an SGM to agree it.", "an SGM"),
        (
            "An extraordinary meeting will be needed to approve the new rules.",
            "An extraordinary meeting",
        ),
        ("Another meeting will be scheduled at that time.", "Another meeting"),
        ("A further meeting will be arranged once the survey results are in.", "A further meeting"),
    ],
)
def test_a_meeting_still_needed_for_the_matter(line: str, when: str) -> None:
    assert _follow_ups(line + "\n") == [(line, when)]


@pytest.mark.parametrize(
    "line",
    [
        "The rest of the list was covered after the break.",
        "The remaining funds will be spent on bulbs next month.",
        "The remaining tools will be kept in the shed until next week.",
        "We need a meeting with the county to sort out the lease.",
        "A meeting was arranged to discuss the hedge.",
        "Sam will spend the rest of the week painting.",
    ],
)
def test_no_rest_or_meeting_for_later(line: str) -> None:
    assert _follow_ups(line + "\n") == []


@pytest.mark.parametrize(
    "head",
    [
        "Agenda for next meeting:",
        "Next meeting - to discuss:",
        "The following agenda items were agreed for the next meeting:",
    ],
)
@pytest.mark.parametrize("number", ["{}. ", "{}) "])
def test_numbered_entries_under_a_heading_for_the_next_meeting(head: str, number: str) -> None:
    text = head + "\n" + "".join(number.format(k) + e + "\n" for k, e in enumerate(_ENTRIES, 1))
    got = _follow_ups(text + "\nClosed at 9pm.\n")
    assert [t for t, _ in got] == _ENTRIES
    assert all(w is not None and "next meeting" in w.lower() for _, w in got)


def test_the_minutes_next_numbered_item_is_no_entry() -> None:
    text = (
        "3. Items for the next meeting\n- Review the insurance report\n\n"
        "4. Date of next meeting\n7 April 2026 at the pavilion.\n"
    )
    assert _follow_ups(text) == [("Review the insurance report", "the next meeting")]
