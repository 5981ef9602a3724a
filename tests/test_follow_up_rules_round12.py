"""Follow-up rules, round 12, on made-up Riverside notes: informal returns read by their
grammar, a verb of returning (come back to, return to, take up again, resume, pick back up,
another look, hold off, bump, park) with a later gathering or time in either order or none at
all ("We'll revisit this.", "Let's park it."); a paper brought or presented at the next
gathering ("bring the figures next week"); a review or vote to be held; a holiday as the
time; a label naming the next gathering over its topic ("Next time: the bins rota"); notes
nested under an agenda entry."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict

_HEAD = "Riverside tenants group, notes of 3 March 2025\n\n"


def _follow_ups(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.when) for f in parse_strict(_HEAD + text).follow_ups]


@pytest.mark.parametrize(
    ("line", "when"),
    [
        ("We'll return to the question of service charges in January.", "in January"),
        ("The residents' panel can resume this next session.", "next session"),
        ("Ifeoma: we'll take this up again in two weeks.", "in two weeks"),
        ("The PCC will pick this up again after Easter.", "after Easter"),
        ("<dmitri> ok, let's bump it until Grace is back", "until Grace is back"),
        ("Garden rota - bumped to f2f", "f2f"),
        ("There will be a review of the car park scheme in two years.", "in two years"),
        (
            "Once the survey closes, we'll revisit the parking question.",
            "Once the survey closes",
        ),
        ("In the new year the trustees will revisit the reserves policy.", "In the new year"),
        ("At our next meeting, the treasurer will present the accounts.", "our next meeting"),
        ("Dmitri to bring the bin figures next week.", "next week"),
        ("Grace will present the mock-ups next call.", "next call"),
        ("Colm to update us next week on the lift repairs.", "next week"),
        ("We didn't get to the bike store, so pick it up next week.", "next week"),
        ("* Ifeoma parks the fees discussion until the spring", "until the spring"),
        ("We'll have another look at the lease next month.", "next month"),
        ("We'll hold off on the newsletter until the AGM.", "the AGM"),
    ],
)
def test_an_informal_return_with_its_time(line: str, when: str) -> None:
    found = _follow_ups(line + "\n")
    assert [w for _, w in found] == [when]
    assert found[0][0] in line


@pytest.mark.parametrize(
    "line",
    [
        "We'll revisit this.",
        "Let's park it.",
        "Let's table the proposal for now.",
        "Parking this for now.",
        "We can get back to that.",
        "Let us pick it back up.",
        "Will reconsider the matter.",
    ],
)
def test_a_return_of_the_group_with_no_time(line: str) -> None:
    assert _follow_ups(line + "\n") == [(line, None)]


@pytest.mark.parametrize(
    "line",
    [
        "Next time: the bins rota",
        "For next week: the lift survey",
        "for next time: website analytics",
    ],
)
def test_a_label_naming_the_next_gathering_over_its_topic(line: str) -> None:
    assert _follow_ups(line + "\n") == [(line, "the next meeting")]


@pytest.mark.parametrize(
    "line",
    [
        "Next week: Tuesday at 7",
        "Next time: same place.",
        "Next call: TBD",
        "The coming year will bring challenges for the boiler.",
        "Grace will come back next week from her holiday.",
        "Colm will report the leak next week.",
        "Once the audit landed, we reviewed the reserves.",
        "In the spring the volunteers cut the hedge.",
        "There was a review in 2019.",
        "We'll get back to you.",
        "Let's park the van in the yard.",
        "We revisited the plan.",
        "After the AGM, Ifeoma will take over as treasurer.",
        "Next week the contractor will return to finish the wall.",
    ],
)
def test_no_return(line: str) -> None:
    assert _follow_ups(line + "\n") == []


def test_notes_nested_under_an_agenda_entry_are_read_but_not_the_entries() -> None:
    text = (
        "## Agenda\n"
        "- Revisit the bin rota (Colm, 5 minutes)\n"
        "- Lift repairs\n"
        "  - Grace: the contractor is slow\n"
        "  - we'll come back to this next week\n"
        "- Garden\n"
    )
    assert _follow_ups(text) == [("we'll come back to this next week", "next week")]


def test_when_to_revisit_as_a_question_to_settle_is_no_return() -> None:
    text = "Goal: decide how often we meet and when the next time this should be revisited.\n"
    assert _follow_ups(text) == []


def test_an_item_kept_on_the_agenda_by_name() -> None:
    assert _follow_ups("Keep the lift repairs item on the agenda.\n") == [
        ("Keep the lift repairs item on the agenda.", None)
    ]
