"""Actions set out as lists and sections, round 23, on made-up Fernhill Cycling Club
working-group notes: a section of this meeting's actions under any heading naming them
("Open and new actions", "New & ongoing actions"), its items numbered by reference ("- 3.2
Jeff: Run the survey"); near misses (the previous meeting's actions under review, a list
of discussion points) stay as they were."""

from __future__ import annotations

import pytest

from tests.conftest import owned_actions

_HEAD = (
    "# Fernhill Cycling Club: routes working group, 14 May 2026\n\n"
    "Present: Mina Osei, Dev Patel, Ruth Lyle, Jeff Crane\n\n"
    "## Routes review\n"
    "- The spring rides were well attended.\n"
    "- Two marshals are needed for the hill climb.\n\n"
)


def _actions(body: str) -> list[tuple[str | None, str]]:
    return [(owner, task.rstrip(".")) for owner, task in owned_actions(_HEAD + body)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # items by reference number, the owner and a colon, under "Open and new actions"
            "## Open and new actions:\n"
            "- 3.2 Jeff: Run the survey of ride leaders.\n"
            "- 3.8 All: Add their ride times to the shared calendar.\n"
            "- 4.1 Mina: Ask the council about the closed bridleway.\n",
            [
                ("Jeff", "Run the survey of ride leaders"),
                ("All", "Add their ride times to the shared calendar"),
                ("Mina", "Ask the council about the closed bridleway"),
            ],
        ),
        (  # a reference with a closing point, under a markdown heading "## Actions:"
            "## Actions:\n"
            "- 5.1. Dev: Order the new club jerseys.\n"
            "- 5.2. Ruth/Mina: Draft the winter ride calendar.\n",
            [
                ("Dev", "Order the new club jerseys"),
                ("Ruth/Mina", "Draft the winter ride calendar"),
            ],
        ),
        (  # "New & ongoing actions", numbered items
            "**New & ongoing actions**\n"
            "1. Ruth: Book the village hall for the AGM.\n"
            "2. Jeff: Chase the insurers about the trailer.\n",
            [
                ("Ruth", "Book the village hall for the AGM"),
                ("Jeff", "Chase the insurers about the trailer"),
            ],
        ),
        (  # "Outstanding and new actions", references of two numbers, a task then its owner
            "Outstanding and new actions\n"
            "- 12.3 Mina: Print the route cards.\n"
            "- 12.4 Send the marshal rota to members (Dev)\n",
            [("Mina", "Print the route cards"), ("Dev", "Send the marshal rota to members")],
        ),
        (  # "Actions arising", referenced items
            "Actions arising:\n"
            "- 7.1 Jeff: Renew the first-aid kit.\n"
            "- 7.2 Ruth: Write to the landowner about parking.\n",
            [
                ("Jeff", "Renew the first-aid kit"),
                ("Ruth", "Write to the landowner about parking"),
            ],
        ),
    ],
)
def test_referenced_action_sections(body: str, expected: list[tuple[str | None, str]]) -> None:
    assert _actions(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a list of the meeting's discussion points, numbered
        "## Discussion:\n- 3.2 Jeff: The new route is too hilly for juniors.\n",
        # a heading of ongoing work alone: the previous meeting's list reviewed
        "## Ongoing actions:\n- 2.1 Jeff: Survey of ride leaders. _Closed_\n",
    ],
)
def test_not_action_sections(body: str) -> None:
    assert _actions(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # lines each opening with who acts, a user name in lower case among them
            "## Next steps\n"
            "kvasquez: Draft the charter for the new juniors group\n"
            "Dev Patel: Book the track for the summer time trial\n"
            "tmurphy: Update the wiki with the new ride times\n",
            [
                ("kvasquez", "Draft the charter for the new juniors group"),
                ("Dev Patel", "Book the track for the summer time trial"),
                ("tmurphy", "Update the wiki with the new ride times"),
            ],
        ),
        (  # a long line running to its end, then a user name's line: not wrapped into it
            "Next steps:\n"
            "Ruth Lyle: Send the draft route maps to the marshals and to the two local "
            "cafes that host the feed stops and ask them for opening hours\n"
            "jcrane: Check the insurance cover for the junior rides\n",
            [
                (
                    "Ruth Lyle",
                    "Send the draft route maps to the marshals and to the two local cafes "
                    "that host the feed stops and ask them for opening hours",
                ),
                ("jcrane", "Check the insurance cover for the junior rides"),
            ],
        ),
    ],
)
def test_user_names_heading_entries(body: str, expected: list[tuple[str | None, str]]) -> None:
    assert _actions(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a label in lower case that is an everyday word: a note, no owner
        "## Next steps\nnote: the track is closed in August for resurfacing\n",
        "## Next steps\nupdate: the club shop has sold out of jerseys\n",
    ],
)
def test_lower_case_labels_not_owners(body: str) -> None:
    assert _actions(body) == []
