"""Jobs on the lines of a list told by grammar and by the list's own context, round 20, on
made-up Larkfield Allotment Society minutes: a line is a job when its head is a verb phrase
in the imperative (lexicon: a verb of a task, then what a verb takes), not when its first
word is on a list of jobs' verbs; near misses (agendas, the meeting's own business, reports,
noun phrases, people, standing duties) stay no action."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse.actions.entry_lines import verb_phrase_head
from tests.conftest import owned_actions

_HEAD = (
    "Larkfield Allotment Society: minutes of the committee meeting held on 9 May 2026\n"
    "Present: Nia Reed (NR), Owen Pike (OP), Tess Vale (TV), Gus Brand (GB)\n\n"
)


def _actions(body: str) -> list[tuple[str | None, str]]:
    found = owned_actions(_HEAD + "4. Water supply\n" + body + "\n\n9. Close\nClosed at 9pm.\n")
    return [(owner, task.rstrip(".")) for owner, task in found]


@pytest.mark.parametrize(
    "task",
    [
        "Inform plot holders of the new tap rota",
        "Reevaluate the water charges before the AGM",
        "Remove the broken hose from plot 9",
        "Practise the fire drill with the new members",
        "Relocate the water butts behind the shed",
        "Track down the spare padlock key",
        "Talk it through with Owen",
        "Order new chairs for the hut",
        "Forward MES Day details to the society page",
        "Email MES staff about the open day",
    ],
)
def test_verb_phrase_heads(task: str) -> None:
    assert verb_phrase_head(task)


@pytest.mark.parametrize(
    "line",
    [
        "Water bills up on last year",
        "Project success metrics",
        "Press release for the open day",
        "Approve the minutes of the last meeting",
        "Note the report of the warden",
        "Review of the budget",
        "Update on the budget",
        "Sent the rota last week",
        "Hall booked",
        "Bob Tate - Brightwater",
        "Clerk T Whitlow",
        "NAB letters, we will split the accounts",
        "Mark the calendar for the open day",
        "Noise Night happening on Friday",
        "Ward Cllr Jo Hale gave an update on the county budget",
        "Zoom details: [link](https://example.org/join)",
        "Temp badges - Okafor",
    ],
)
def test_no_verb_phrase_heads(line: str) -> None:
    assert not verb_phrase_head(line)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a to-do run of bare verbs no list of jobs' verbs held
            "The new meter was discussed.\n\n"
            "- Inform plot holders of the new tap rota\n"
            "- Remove the broken hose from plot 9\n",
            [
                (None, "Inform plot holders of the new tap rota"),
                (None, "Remove the broken hose from plot 9"),
            ],
        ),
        (  # a lone bullet of a job
            "The charges were discussed at length.\n"
            "- Reevaluate the water charges before the AGM\n",
            [(None, "Reevaluate the water charges before the AGM")],
        ),
        (  # jobs among points, the whole list in small letters
            "- the trough by plot 4 leaks\n"
            "- relocate the water butts behind the shed\n"
            "- new tap fitted in March\n",
            [(None, "Relocate the water butts behind the shed")],
        ),
        (  # an owner after a dash
            "Reinstate the standpipe cover by the gate - Owen\n"
            "Repaint the tap numbers on the posts - Tess\n",
            [
                ("Owen", "Reinstate the standpipe cover by the gate"),
                ("Tess", "Repaint the tap numbers on the posts"),
            ],
        ),
        (  # an owner in brackets
            "Relocate the water butts behind the shed (TV)\n",
            [("TV", "Relocate the water butts behind the shed")],
        ),
        (  # siblings giving jobs with their owner last: a nickname owns one too
            "Things to sort before the show:\n\n"
            "- Book the marquee for the show - Nia\n"
            "- Print the show programme - Gus\n"
            "- Hire a PA system for the day - Jez\n",
            [
                ("Nia", "Book the marquee for the show"),
                ("Gus", "Print the show programme"),
                ("Jez", "Hire a PA system for the day"),
            ],
        ),
        (  # no one's name after the dash: an everyday word, a day
            "- Book the marquee for the show - Nia\n- Print the show programme - Gus\n"
            "- Budget report for the year - Finance\n- Tidy the hut after the show - Monday\n",
            [("Nia", "Book the marquee for the show"), ("Gus", "Print the show programme")],
        ),
        (  # a bulleted heading of decisions, then one of actions
            "* Decisions:\n"
            "  * The tap rota stays as it is\n"
            "* Action items:\n"
            "  * Reinstate the standpipe cover by the gate\n",
            [(None, "Reinstate the standpipe cover by the gate")],
        ),
    ],
)
def test_jobs_on_list_lines(body: str, expected: list[tuple[str | None, str]]) -> None:
    assert _actions(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Agenda:\n- Approve the minutes of the last meeting\n- Review of the budget\n",
        "The meeting went through the list.\n\n- Discuss the hedge along the lane\n"
        "- Consider a grant to the scouts\n",
        "- Sent the rota to all plot holders last week\n- Hall booked for the AGM\n",
        "- Water bills up on last year - Gus\n- Project success metrics (NR)\n",
        "Present:\n- Ann Lee - Brightwater (ALE)\n- Bob Tate - Larkfield (BTT)\n",
        "Ideas for the open day:\n- Laminate the plot maps (XL)\n- Paint the hut door (S)\n",
        "The warden's duties are to:\n\n- Inspect the plots each month\n"
        "- Ensure the gates are locked at dusk\n- Maintain the waiting list\n",
        "- Reevaluate the water charges - done\n",
        "The gate was discussed.\n- Zoom link for the Thursday meeting\n",
        "- The trough leaks again\n- Temp badges for visitors at the gate\n- The tap is fine\n",
    ],
)
def test_near_misses_stay_no_action(body: str) -> None:
    assert _actions(body) == []
