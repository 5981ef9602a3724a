"""Actions set out as lists and sections, round 23, on made-up Fernhill Cycling Club
working-group notes: a section of this meeting's actions under any heading naming them
("Open and new actions", "New & ongoing actions"), its items numbered by reference ("- 3.2
Jeff: Run the survey"); near misses (the previous meeting's actions under review, a list
of discussion points) stay as they were."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict
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


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a speaker's label in bold, its colon inside the marks
            "## Chat\n"
            "* **Ruth:** The cafe still hasn't confirmed the feed stop.\n"
            "* **Jeff:** I'll chase the cafe this week.\n",
            [("Jeff", "Chase the cafe this week")],
        ),
        (  # a user name in italics
            "## Chat\n* _mosei:_ I'll send the sponsor list round tonight.\n",
            [("mosei", "Send the sponsor list round tonight")],
        ),
        (  # in italics with a single mark, a name
            "## Chat\n* *Dev:* I will print the route cards on Friday.\n",
            [("Dev", "Print the route cards on Friday")],
        ),
        (  # bold, on a line of its own, "I can" answering a need
            "**Mina:** Someone needs to sort the raffle prizes.\n**Ruth:** I can take that.\n",
            [("Ruth", "Take that (sort the raffle prizes)")],
        ),
    ],
)
def test_speakers_in_emphasis_promise(body: str, expected: list[tuple[str | None, str]]) -> None:
    assert _actions(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "## Chat\n* **Jeff:** I'll ask: can we get the marshals earlier?\n",
        "## Chat\n* **Mina:** I went to the bike show last week.\n",
        "## Chat\n* **Ruth:** I think we should move the start.\n",
        "## Chat\n* _dpatel:_ I'd like to see more juniors racing.\n",
        "## Chat\n* *Mina:* I've already sent the entry forms.\n",
    ],
)
def test_speakers_in_emphasis_no_promise(body: str) -> None:
    assert _actions(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # steps under an owner's task: its detail, one action
            "## Actions:\n"
            "- Mina: order the new club jerseys\n"
            "  - compare two suppliers\n"
            "  - check the sizes with the juniors\n"
            "- Jeff: book the track\n",
            [("Mina", "Order the new club jerseys"), ("Jeff", "Book the track")],
        ),
        (  # under a task with no owner, worded as one
            "Action items\n"
            "* Renew the club's insurance\n"
            "    * ask two brokers for quotes\n"
            "* Ruth to write to the landowner\n",
            [(None, "Renew the club's insurance"), ("Ruth", "Write to the landowner")],
        ),
        (  # a sub-list of owners under "Actions:": each an action
            "Actions:\n"
            "  - Jeff: book the room for the AGM\n"
            "  - Dev: ring the insurers about the trailer\n",
            [("Jeff", "Book the room for the AGM"), ("Dev", "Ring the insurers about the trailer")],
        ),
        (  # a nested bullet naming its own owner: an action of its own
            "## Actions:\n"
            "- Mina: order the new club jerseys\n"
            "  - Dev to collect them from the supplier\n",
            [("Mina", "Order the new club jerseys"), ("Dev", "Collect them from the supplier")],
        ),
        (  # bullets under a person's name: that person's tasks
            "## Actions:\n- Ruth:\n  - book the hall\n  - order the trophies\n",
            [("Ruth", "Book the hall"), ("Ruth", "Order the trophies")],
        ),
    ],
)
def test_sub_bullets(body: str, expected: list[tuple[str | None, str]]) -> None:
    assert _actions(body) == expected


def test_actionables_under_people() -> None:
    """ "Actionables" heads a list of actions; the bullets under "Mina to:" are Mina's, in any
    wording, and the first one's passage holds the heading that names her."""
    body = (
        "## Actionables\n"
        "* Mina to:\n"
        "  * Preliminary costing of the new kit for the next meeting.\n"
        "  * Research whether the club needs a second trailer.\n"
        "* Dev to:\n"
        "  * Finalise the route map (printed or online) for Saturday.\n"
    )
    assert _actions(body) == [
        ("Mina", "Preliminary costing of the new kit for the next meeting"),
        ("Mina", "Research whether the club needs a second trailer"),
        ("Dev", "Finalise the route map (printed or online) for Saturday"),
    ]
    text = _HEAD + body
    first = parse_strict(text).actions[0]
    assert text[first.start : first.end].startswith("Mina to:")


@pytest.mark.parametrize(
    ("heading", "owner"),
    [
        ("Action items for the Secretary:", "the Secretary"),
        ("Action points for Ruth", "Ruth"),
        ("Jeff's action points", "Jeff"),
        ("Tasks for Dev:", "Dev"),
    ],
)
def test_headings_naming_whose_tasks(heading: str, owner: str) -> None:
    body = (
        "## Actions\n"
        f"{heading}\n"
        "- write to the county about the bridleway\n"
        "- ask the school for a date\n"
    )
    assert _actions(body) == [
        (owner, "Write to the county about the bridleway"),
        (owner, "Ask the school for a date"),
    ]


def test_roll_of_names_and_initials_in_boxes() -> None:
    """Open boxes under a team's heading, each a name and its initials: who may attend, no
    task; a box with a task after the name is one."""
    body = (
        "## Who came\n\n### Routes team\n"
        "- [ ] Mina Osei (MO)\n"
        "- [x] Dev Patel (DP)\n"
        "- [ ] Ruth Lyle (RL)\n\n"
        "### Tasks\n"
        "- [ ] Ruth Lyle (RL): Book the track for June\n"
    )
    assert _actions(body) == [("Ruth Lyle (RL)", "Book the track for June")]


def test_owner_then_due_after_the_task() -> None:
    """A row flattened to a line: the task, its owner, then when it is due, set apart by
    dashes, slashes or a comma."""
    body = (
        "## Action items\n"
        "- Ring the council about the bridleway – Jeff – by 1 May\n"
        "- Order the new club jerseys / Mina / April\n"
        "- Renew the trailer insurance — Ruth Lyle, by Friday\n"
        "- Print the route cards - Dev - before the end of June\n"
    )
    found = [(a.owner, a.text, a.due_text) for a in parse_strict(_HEAD + body).actions]
    assert found == [
        ("Jeff", "Ring the council about the bridleway", "by 1 May"),
        ("Mina", "Order the new club jerseys", "April"),
        ("Ruth Lyle", "Renew the trailer insurance", "by Friday"),
        ("Dev", "Print the route cards", "before the end of June"),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # "will do", signed after a dash, answering a need
            "## Chat\n- Someone needs to chase the cafe for the invoice.\n- will do – Ruth\n",
            [("Ruth", "Chase the cafe for the invoice")],
        ),
        (  # a promise in the first person, signed in brackets
            "## Chat\n- I'll print the route cards on Friday (Dev)\n",
            [("Dev", "Print the route cards on Friday")],
        ),
    ],
)
def test_signed_promises(body: str, expected: list[tuple[str | None, str]]) -> None:
    assert _actions(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "## Chat\n- I went to the bike show last week – Mina\n",
        "## Chat\n- I think we should move the start – Ruth\n",
        "## Chat\n- Will the cafe be open on Sunday? – Dev\n",
    ],
)
def test_signed_lines_no_promise(body: str) -> None:
    assert _actions(body) == []


def test_fields_indented_under_numbered_entries() -> None:
    """A numbered action list whose entries each have a field line indented under them
    ("Lead: Ruth"): the owner (and due date) of that entry, and the list goes on past it."""
    body = (
        "## Next steps\n"
        "1. Renew the trailer insurance\n"
        "   Lead: Ruth\n"
        "2. Update the club website\n"
        "   Lead: Dev, by Friday\n"
        "3. Order the new jerseys\n"
        "   Owner: Mina\n"
    )
    found = [(a.owner, a.text, a.due_text) for a in parse_strict(_HEAD + body).actions]
    assert found == [
        ("Ruth", "Renew the trailer insurance", None),
        ("Dev", "Update the club website", "by Friday"),
        ("Mina", "Order the new jerseys", None),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Mina: Can anyone collect the float from the bank?\nRuth: I can.\n",
            [("Ruth", "Collect the float from the bank")],
        ),
        (
            "Jeff: Someone needs to check the first-aid kits.\nDev: Yes, I will.\n",
            [("Dev", "Check the first-aid kits")],
        ),
        ("Ruth: Could somebody order new bibs?\nMina: Happy to.\n", [("Mina", "Order new bibs")]),
    ],
)
def test_bare_yes_takes_on_the_call(body: str, expected: list[tuple[str | None, str]]) -> None:
    """A bare yes answering a call for someone to take a task on: that task, the speaker's."""
    assert _actions("## Chat\n" + body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Mina: Can you make Tuesday?\nRuth: I can.\n",  # who is free, no task
        "Jeff: Is the cafe open on Sunday?\nDev: I can't remember.\n",
        "Ruth: Does anyone know the code for the shed?\nMina: I can't recall it.\n",
    ],
)
def test_bare_yes_near_misses(body: str) -> None:
    assert _actions("## Chat\n" + body) == []
