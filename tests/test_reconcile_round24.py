"""Matters arising, round 24: how a working group's next notes report the outcome of the last
notes' action items, and near misses that must not close one.

Each case is a pair of invented notes of a fictional mapping group: the first notes' actions
are parsed, then the second notes reconciled against them; the exact proposals are asserted.
"""

from __future__ import annotations

from datetime import date

import pytest

from clerk_tui.core.parse import parse
from clerk_tui.core.reconcile import DONE, UPDATE, parsed_open_actions, reconcile

MARCH, APRIL = date(2026, 3, 3), date(2026, 4, 7)

GUIDE = "Update the contributor guide for the new tile server"
HALL = "Book the hall for the mapping party"
GRANT = "Draft the grant application for the survey drones"

FIRST = """# Fernhill Mapping Group – notes, 3 March

## Action items
- Wren to update the contributor guide for the new tile server
- Kofi to book the hall for the mapping party
- Dana to draft the grant application for the survey drones
"""


def _proposed(second: str, first: str = FIRST) -> list[tuple[str, str]]:
    actions = parsed_open_actions(first, parse(first, meeting_date=MARCH), MARCH)
    texts = {a.id: a.text for a in actions}
    return [(texts[p.action_id], p.kind) for p in reconcile(second, actions, APRIL)]


def _notes(*review: str) -> str:
    return (
        "# Fernhill Mapping Group – notes, 7 April\n\n## Actions from last time\n"
        + "\n".join(review)
        + "\n\n## Tile server\nThe new server is running.\n"
    )


def test_the_first_notes_give_the_three_actions() -> None:
    actions = parsed_open_actions(FIRST, parse(FIRST, meeting_date=MARCH), MARCH)
    assert [(a.text, a.owner) for a in actions] == [
        (GUIDE, "Wren"),
        (HALL, "Kofi"),
        (GRANT, "Dana"),
    ]


# A ticked item in shorthand that ends with its owner after a dash ("- Dana"): the name is
# the owner, not a remark on the task, so the shorthand is matched by the owner's words.


@pytest.mark.parametrize(
    "ticked",
    [
        "- [x] Draft drone grant application - Dana",
        "- [X] Survey drones grant application drafted – Dana",
        "* [x] Grant application for drones — Dana",
    ],
)
def test_a_ticked_item_closed_by_its_owners_name(ticked: str) -> None:
    second = _notes(ticked, "- [ ] Book hall for mapping party - Kofi")
    assert _proposed(second) == [(GRANT, DONE)]


def test_a_ticked_item_of_another_owner_is_no_done() -> None:
    second = _notes("- [x] Draft drone grant application - Mateo")
    assert DONE not in [kind for _, kind in _proposed(second)]


def test_an_unticked_item_carried_over_is_no_done() -> None:
    second = _notes("- [ ] Draft drone grant application - Dana")
    assert DONE not in [kind for _, kind in _proposed(second)]


# A status in capitals first, with no dash or colon before the action ("DONE Wren to ...").


@pytest.mark.parametrize("status", ["DONE", "CLOSED", "COMPLETED"])
def test_a_status_in_capitals_before_the_action(status: str) -> None:
    second = _notes(
        f"- {status} Wren to update the contributor guide for the new tile server",
        "- OPEN Kofi to book the hall for the mapping party",
    )
    assert _proposed(second) == [(GUIDE, DONE), (HALL, UPDATE)]


def test_a_word_in_small_letters_before_the_action_is_no_status() -> None:
    second = _notes("- done with Wren to update the contributor guide for the new tile server")
    assert DONE not in [kind for _, kind in _proposed(second)]


# A status in brackets with a remark after a comma, or with more work joined on after it:
# the words before the brackets are done, unless the action asked for the more work too.


@pytest.mark.parametrize(
    "said",
    [
        "- Dana: draft the grant application for the survey drones (Done, see the shared drive)",
        "- Dana: draft the grant application for the survey drones (done) and send it to the "
        "council",
        "- Dana to draft the grant application for the survey drones (Completed), then ask the "
        "treasurer to sign it",
    ],
)
def test_a_status_in_brackets_with_a_remark_or_more_work(said: str) -> None:
    assert _proposed(_notes(said)) == [(GRANT, DONE)]


def test_the_actions_own_second_task_after_the_brackets_is_no_done() -> None:
    first = FIRST.replace(
        "draft the grant application for the survey drones",
        "draft the grant application and send it to the council",
    )
    said = "- Dana: draft the grant application (done) and send it to the council"
    assert DONE not in [kind for _, kind in _proposed(_notes(said), first)]


def test_partly_done_in_brackets_is_no_done() -> None:
    said = "- Dana: draft the grant application for the survey drones (partly done, see drive)"
    assert DONE not in [kind for _, kind in _proposed(_notes(said))]


# A review quoting each old item ("> ..."), its report in the paragraph after the quote.


def test_a_quoted_item_then_its_status() -> None:
    second = _notes(
        "> Wren to update the contributor guide for the new tile server",
        "",
        "Done; the guide links to the new server.",
        "",
        "> Kofi to book the hall for the mapping party",
        "",
        "Not yet, the hall has not replied.",
        "",
        "> Dana to draft the grant application for the survey drones",
        "",
        "Status: complete.",
    )
    assert _proposed(second) == [(GUIDE, DONE), (HALL, UPDATE), (GRANT, DONE)]


@pytest.mark.parametrize(
    "said",
    [
        "Kofi will book it once the date is fixed.",
        "Kofi has partly done this: the hall is held until Friday.",
        "Kofi booked the hall for the AGM instead.",
    ],
)
def test_a_quoted_item_then_no_report_of_it_done(said: str) -> None:
    second = _notes("> Kofi to book the hall for the mapping party", "", said)
    assert DONE not in [kind for _, kind in _proposed(second)]


# Prose: the owner and the action's own verb in the simple past, done to its thing; a version
# released, a branch merged. Not: people told ("updated the group on ..."), another version,
# another thing of the same kind ("the style guide"), someone else, a promise, a part.

LATER = """# Fernhill Mapping Group – notes, 3 March

## Action items
- Wren to update the contributor guide for the new tile server
- Ola to tag and release version 3.2 of the plugin
- Ravi to merge the translation branch
"""
PLUGIN = "Tag and release version 3.2 of the plugin"
BRANCH = "Merge the translation branch"


def _updates(said: str) -> str:
    return f"# Fernhill Mapping Group – notes, 7 April\n\n## Updates\n{said}\n\n## Roadmap\nNone.\n"


@pytest.mark.parametrize(
    "said",
    [
        "Wren finally updated the contributor guide; it now points at the new server.",
        "WR updated the contributor guide on Tuesday.",
        "Wren then updated the contributor guide, with screenshots.",
    ],
)
def test_the_owner_did_the_actions_own_work(said: str) -> None:
    assert _proposed(_updates(said), LATER) == [(GUIDE, DONE)]


@pytest.mark.parametrize(
    "said",
    [
        "Version 3.2 of the plugin was released on 30 March.",
        "Ola released version 3.2 of the plugin.",
        "Plugin version 3.2 has been released.",
    ],
)
def test_a_version_released(said: str) -> None:
    assert _proposed(_updates(said), LATER) == [(PLUGIN, DONE)]


@pytest.mark.parametrize(
    "said",
    [
        "Wren updated the group on the contributor guide.",
        "Wren updated the meeting about the contributor guide.",
        "Wren updated the style guide for the new tile server.",
        "Mateo updated the contributor guide for the new tile server.",
        "Wren will update the contributor guide once the server is live.",
        "Wren updated part of the contributor guide for the new tile server.",
        "Version 3.1 of the plugin was released on 30 March.",
        "Ravi merged the docs branch on Friday.",
    ],
)
def test_no_done_from_another_report(said: str) -> None:
    assert DONE not in [kind for _, kind in _proposed(_updates(said), LATER)]


def test_a_branch_merged_still_closes_it() -> None:
    assert _proposed(_updates("Ravi merged the translation branch on Friday."), LATER) == [
        (BRANCH, DONE)
    ]
