"""The last meeting's actions under review, round 25, on made-up notes of a Harrowgate
cycle path working group: a person's status line in "Name: status" form ("Tove: grant
application drafting ongoing", "Sam — still waiting on the venue") under a heading reviewing
the last actions ("Review of last actions", "Previous action items", "Matters arising")
reports on an old action (reconciliation reads it from the next minutes), no new task. A
task the meeting gives there is new: a line labelled new ("New: Sam to book the hall") or
marked as an action ("**[ACTION - Rafe]** - ..."). Near misses: a person's new task under
matters arising with no status, a topic's status beside a new task, the person's lines
under the next heading, a status line outside any review."""

from __future__ import annotations

import pytest

from tests.conftest import owned_actions

_HEAD = (
    "# Harrowgate cycle path working group, 12 May 2026\n\n"
    "Attendees: Tove Berg (TB), Rafe Quill (RQ), Sam Okoro, Lina Park\n\n"
)


def _actions(body: str) -> list[tuple[str | None, str]]:
    return [(owner, task.rstrip(".")) for owner, task in owned_actions(_HEAD + body)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a markdown heading, bulleted status lines, then the next section's task
            "## Review of last actions\n"
            "- Tove: grant application drafting ongoing\n"
            "- Rafe: done, see the wiki\n"
            "- Sam — still waiting on the venue\n\n"
            "## Route survey\n"
            "Lina to walk the northern section.\n",
            [("Lina", "Walk the northern section")],
        ),
        (  # plain lines under a plain heading; a new task labelled as such
            "Previous action items\n"
            "Tove: grant application drafting ongoing\n"
            "Lina: seed order still waiting on the supplier\n\n"
            "New: Sam to book the hall\n",
            [("Sam", "Book the hall")],
        ),
        (  # a bulleted new task among the old ones
            "Actions from last meeting:\n"
            "* Tove: grant application drafting ongoing\n"
            "* Sam — still waiting on the venue\n"
            "* New: Sam to book the hall for the launch\n",
            [("Sam", "Book the hall for the launch")],
        ),
        (  # matters arising, an item of its own, to the next item
            "3. Matters arising\n"
            "Tove: grant application drafting ongoing\n"
            "Lina - leaflet print run pending\n\n"
            "4. Finance\n"
            "Lina to check the bank statement.\n",
            [("Lina", "Check the bank statement")],
        ),
        (  # a heading with no "of", plain lines, a full name before a dash
            "Review previous meeting's action items\n"
            "Rafe: print run still waiting on the proofs\n"
            "Tove Berg - grant bid drafting ongoing\n",
            [],
        ),
        (  # initials as labels under matters arising, with no item number
            "Matters arising\n"
            "RQ: print run still waiting on the proofs\n"
            "TB: grant bid drafting ongoing\n",
            [],
        ),
        (  # an action marked in the review of an old one is the meeting's own
            "## Actions from last meeting\n"
            "- Lina to chase the council – ongoing\n"
            "  - **[ACTION - Rafe]** - ask the ranger about the gate\n",
            [("Rafe", "Ask the ranger about the gate")],
        ),
    ],
)
def test_status_lines_under_review(body: str, expected: list[tuple[str | None, str]]) -> None:
    assert _actions(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a person's new task under matters arising, no status
            "3. Matters arising\nRafe: to write to the landowner about the stile\n",
            [("Rafe", "Write to the landowner about the stile")],
        ),
        (  # a topic's status, then a new task
            "Matters arising\nNotice board – ongoing. Tove to ask the joiner for a price.\n",
            [("Tove", "Ask the joiner for a price")],
        ),
        (  # the review ends at the next plain heading
            "Review of last actions\n"
            "Tove: done\n\n"
            "Route survey\n"
            "Lina: walk the northern section by Friday\n",
            [("Lina", "Walk the northern section by Friday")],
        ),
        (  # no review: a person's task in a list of this meeting's jobs
            "## Next steps\n- Lina: draft the newsletter\n- Sam: order the bike racks\n",
            [("Lina", "Draft the newsletter"), ("Sam", "Order the bike racks")],
        ),
    ],
)
def test_new_tasks_stay(body: str, expected: list[tuple[str | None, str]]) -> None:
    assert _actions(body) == expected
