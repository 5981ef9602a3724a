"""Known defects, round 26, on made-up minutes of the Fernbrook Village Hall committee and
the Orchid Project's working group: a word that joins a sentence to what went before
("Otherwise", "Alternatively", "Hopefully") is nobody who owns a task."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict
from tests.conftest import owned_actions

_HALL = (
    "Fernbrook Village Hall Committee, minutes of 9 March 2026\n"
    "Present: Wren Hollis (WH), Osric Dale (OD), Tamsin Pryce (TP)\n\n"
    "3. Bookings\n"
)


def _actions(body: str, head: str = _HALL) -> list[tuple[str | None, str]]:
    return [(owner, task.rstrip(".")) for owner, task in owned_actions(head + body)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the adverb alone before the verb: no owner, no task of anyone's
            "The yoga class is ending. Otherwise will need to find a new hirer for Tuesdays.\n",
            [],
        ),
        (
            "OD to ring the brewery. Alternatively will hire a bar from the town.\n",
            [("OD", "Ring the brewery")],
        ),
        ("Hopefully will repaint the porch before the fete.\n", []),
        ("Consequently will need to write to the insurer again.\n", []),
        (  # the adverb, then the owner: the owner alone
            "Otherwise, Tamsin will find a new hirer for Tuesdays.\n",
            [("Tamsin", "Find a new hirer for Tuesdays")],
        ),
        (
            "Alternatively the treasurer will ask the bank for a new card reader.\n",
            [("the treasurer", "Ask the bank for a new card reader")],
        ),
        (
            "Instead, WH to order the chairs from the county store.\n",
            [("WH", "Order the chairs from the county store")],
        ),
        (
            "Ideally Osric Dale will fix the gutter before the autumn.\n",
            [("Osric Dale", "Fix the gutter before the autumn")],
        ),
        (  # the sentence's subject that "..., will <verb>" goes on with, past the adverb
            "Lately Tamsin has had no reply, will write to the brewery again.\n",
            [("Tamsin", "Write to the brewery again")],
        ),
    ],
)
def test_sentence_adverb_is_no_owner(body: str, expected: list[tuple[str | None, str]]) -> None:
    assert _actions(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # names and places that read like such words stay owners
            "Kelly to book the hall for the quiz night.\n",
            [("Kelly", "Book the hall for the quiz night")],
        ),
        (
            "Emily will collect the keys from the library.\n",
            [("Emily", "Collect the keys from the library")],
        ),
        (
            "West Fernbrook Parish Council to mow the verge by the hall.\n",
            [("West Fernbrook Parish Council", "Mow the verge by the hall")],
        ),
        (  # a report of what was done, an adverb before it: no task, as before
            "Fortunately TP had already renewed the licence.\n",
            [],
        ),
    ],
)
def test_sentence_adverb_near_misses(body: str, expected: list[tuple[str | None, str]]) -> None:
    assert _actions(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the thing received is the verb's object; the item's title run on goes
            "4. Post  OD had received a letter from the county archivist, "
            "no reply needed, TP to file.\n",
            [("TP", "File the letter from the county archivist")],
        ),
        (
            "Mail  An invoice had arrived from Gable Roofing for the porch, WH to pay.\n",
            [("WH", "Pay the invoice from Gable Roofing for the porch")],
        ),
        (
            "A complaint from a neighbour about the car park lights has been received. "
            "OD to reply.\n",
            [("OD", "Reply to the complaint from a neighbour about the car park lights")],
        ),
        (  # the title run on with one space (as a PDF's text gives it)
            "Post A letter had arrived from the school, TP to file.\n",
            [("TP", "File the letter from the school")],
        ),
        (
            "The hall has received two emails from the brewery. Tamsin to answer them.\n",
            [("Tamsin", "Answer the emails from the brewery")],
        ),
    ],
)
def test_verb_alone_takes_the_thing_received(
    body: str, expected: list[tuple[str | None, str]]
) -> None:
    assert _actions(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # no thing received: what the task is about stays in brackets, as before
            "The side gate was left open again last week. WH to chase.\n",
            [("WH", "Chase (the side gate was left open again last week)")],
        ),
        (  # a thing sent out, not received: in brackets, as before
            "OD had sent a letter to the highways office. WH to chase.\n",
            [("WH", "Chase (OD had sent a letter to the highways office)")],
        ),
    ],
)
def test_thing_received_near_misses(body: str, expected: list[tuple[str | None, str]]) -> None:
    assert _actions(body) == expected


_CALL = (
    "# Orchid Project working group, 11 March 2026\n\n"
    "Attendees: Ana Ruiz, Bo Lind, Kasim Tell\n\n## Notes\n\n"
)


@pytest.mark.parametrize(
    ("note", "task"),
    [
        (
            "- AI: add the mirror hosting costs to the agenda for next call.\n",
            "Add the mirror hosting costs to the agenda for next call",
        ),
        ("- TODO: put the logo vote on the next agenda.\n", "Put the logo vote on the next agenda"),
        (
            "ACTION: include the grant report on the April agenda.\n",
            "Include the grant report on the April agenda",
        ),
        (
            "- Action - bring the licence question to the next meeting's agenda\n",
            "Bring the licence question to the next meeting's agenda",
        ),
    ],
)
def test_marked_agenda_action_kept_beside_its_follow_up(note: str, task: str) -> None:
    """A note marked as an action, putting a matter on a later agenda, with no owner: the
    action and the follow-up both (the clerk's log keeps the action)."""
    parsed = parse_strict(_CALL + note)
    assert [(a.owner, a.text.rstrip(".")) for a in parsed.actions] == [(None, task)]
    assert len(parsed.follow_ups) == 1


@pytest.mark.parametrize(
    "note",
    [  # no mark: the matter comes back, as before; the follow-up alone
        "It was agreed to include the grant report on the April agenda.\n",
        "- Agreed to put the logo vote on the next agenda.\n",
    ],
)
def test_unmarked_agenda_matter_is_a_follow_up_alone(note: str) -> None:
    parsed = parse_strict(_CALL + note)
    assert parsed.actions == []
    assert len(parsed.follow_ups) == 1


def _call(body: str) -> list[tuple[str | None, list[str], str]]:
    return [(a.owner, a.owners, a.text.rstrip(".")) for a in parse_strict(_CALL + body).actions]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # one person, then a verb in the present tense, in an action list
            "## Action items\n\n- Kasim follows up with the print shop\n",
            [("Kasim", ["Kasim"], "Follow up with the print shop")],
        ),
        (
            "## Next steps\n\n- Ana Ruiz drafts the onboarding guide\n- Bo copies the slides\n",
            [
                ("Ana Ruiz", ["Ana Ruiz"], "Draft the onboarding guide"),
                ("Bo", ["Bo"], "Copy the slides"),
            ],
        ),
        (  # "AIs": action items, abbreviated, head the list
            "**AIs**\n\n- Kasim fixes the broken links\n- Logo licence check with the designer\n",
            [
                ("Kasim", ["Kasim"], "Fix the broken links"),
                (None, [], "Logo licence check with the designer"),
            ],
        ),
        (
            "APs:\n- Website permissions sorted before launch\n",
            [(None, [], "Website permissions sorted before launch")],
        ),
        (  # one entry naming two owners or more: each in the owners' list
            "**AIs**\n\n- Ana + Bo update the wiki\n",
            [("Ana + Bo", ["Ana", "Bo"], "Update the wiki")],
        ),
        (
            "**AIs**\n\n- Ana, Bo and Kasim triage the open issues\n",
            [("Ana, Bo and Kasim", ["Ana", "Bo", "Kasim"], "Triage the open issues")],
        ),
        (
            "**AIs**\n\n- Kasim and Bo follow up with the venue\n",
            [("Kasim and Bo", ["Kasim", "Bo"], "Follow up with the venue")],
        ),
    ],
)
def test_working_group_action_lists(
    body: str, expected: list[tuple[str | None, list[str], str]]
) -> None:
    assert _call(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a report, a need, a view, a request of others: no task of the named one's
            "## Action items\n\n- Kasim says the printer is fixed\n- Bo has the keys\n",
            [(None, [], "Kasim says the printer is fixed")],
        ),
        (
            "## Action items\n\n- Ana requests that the logs be kept for a month\n",
            [(None, [], "Ana requests that the logs be kept for a month")],
        ),
        (  # the present tense outside an action list: a report of the discussion
            "- Kasim follows the vendor's forum closely.\n",
            [],
        ),
        (  # "AIs" in small letters, a word of a sentence: no heading
            "Ais\n\n- Website permissions sorted before launch\n",
            [],
        ),
    ],
)
def test_working_group_near_misses(
    body: str, expected: list[tuple[str | None, list[str], str]]
) -> None:
    assert _call(body) == expected
