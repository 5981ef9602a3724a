"""Decision rules, round 13, on made-up Riverside passages from the notes of project and
working groups: an officer returned as the one candidate ("Ann Lee ran unopposed"), several
named in one note ("TM, GB and SR all selected as committee members"), a member taking on or
keeping a role ("agreed to take on the role of Webmaster"); the group's common mind as a note
("Tentative consensus for adoption", "Support for this, let's go ahead", "is generally agreed
upon", "Winner chosen, to be announced soon"); work put on hold, a decision that is no one's
task."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict

_HEAD = "Riverside canal volunteers, working group notes, 3 March 2025\n\n"


def _decisions(text: str) -> list[str]:
    return [d.text for d in parse_strict(_HEAD + text).decisions]


@pytest.mark.parametrize(
    "line",
    [
        "- Priya Shah ran unopposed for Chair.",
        "Treasurer: Owen Lister stood unopposed",
        "- Tom Bell was returned unopposed as Secretary.",
        "- TM, GB, HS and RK all selected as committee members.",
        "- Ann Lee and Bob Rai both appointed as trustees.",
        "- Jo and Sam have agreed to carry on their respective roles as Treasurer and Secretary.",
        "- Raj has agreed to take on the role of Webmaster for the coming year.",
    ],
)
def test_an_officer_elected_or_taking_a_role(line: str) -> None:
    assert _decisions(line + "\n") == [line.lstrip("- ")]


@pytest.mark.parametrize(
    "line",
    [
        "Dr Ann Lee, appointed governor, Riverside College (AL)",
        "The candidates standing unopposed will be named at the AGM.",
        "Raj selected the photos for the newsletter.",
    ],
)
def test_not_an_election(line: str) -> None:
    assert _decisions(line + "\n") == []


@pytest.mark.parametrize(
    "line",
    [
        "- Tentative consensus for adoption, pending a reply from the lock keeper.",
        "- Support for this, let's go ahead.",
        "- The towpath survey is part of phase one and is generally agreed upon.",
        "- The new route is broadly agreed, with details to follow.",
        "- Winner chosen, to be announced soon",
    ],
)
def test_the_groups_common_mind(line: str) -> None:
    assert _decisions(line + "\n") == [line.lstrip("- ")]


@pytest.mark.parametrize(
    "line",
    [
        "- Support for the bid was mixed.",
        "- It is generally agreed that parking by the lock is a problem.",
        "- A date for the clean-up has not been agreed upon.",
    ],
)
def test_not_the_groups_common_mind(line: str) -> None:
    assert _decisions(line + "\n") == []


def test_work_put_on_hold_with_what_it_stops() -> None:
    text = " * Rebuilding the boat trailer for the summer. Officially on hold.\n"
    assert _decisions(text) == ["Rebuilding the boat trailer for the summer. Officially on hold."]


@pytest.mark.parametrize(
    "line",
    ["- Hedge laying put on hold.", "- The bridge repaint has been placed on hold."],
)
def test_work_put_on_hold(line: str) -> None:
    assert _decisions(line + "\n") == [line.lstrip("- ")]


def test_a_person_putting_something_on_hold_is_no_decision() -> None:
    assert _decisions("- Sam put the paint order on hold last week.\n") == []


def test_putting_work_on_hold_is_no_ones_task() -> None:
    p = parse_strict(_HEAD + "It was agreed to put the bridge repaint on hold.\n")
    assert [d.text for d in p.decisions] == ["It was agreed to put the bridge repaint on hold."]
    assert p.actions == []
    p = parse_strict(_HEAD + "Sam to put the paint order on hold.\n")
    assert [(a.owner, a.text) for a in p.actions] == [("Sam", "Put the paint order on hold.")]


@pytest.mark.parametrize(
    "line",
    [
        "6.1 Agreed we should open the towpath café from July.",
        "3.2.1 Agreed to buy two more litter pickers.",
        "We discussed the empty mooring and agreed that we could not bid for it this year.",
        "We looked at the three quotes and decided to go with the cheapest.",
        "Ann will stay on as chair and there were no concerns raised about this arrangement.",
        "- -> agreed to move the call to Tuesdays",
        "- => decided to keep the Thursday work parties",
        "* → consensus: keep the tool store at the lock",
        "- Group consensus: repaint the bridge after the summer.",
        "- Final decision: keep the old website host",
    ],
)
def test_a_decision_in_a_notes_style(line: str) -> None:
    assert _decisions(line + "\n") == [line.removeprefix("- ").removeprefix("* ")]


@pytest.mark.parametrize(
    "line",
    [
        "6.2 TH agreed to check the forms.",
        "When we discussed the plan last year and agreed to it, nobody objected.",
        "- The police reported no concerns on the estate.",
        "- Final decision - TBD",
        "- Ask Sam -> agreed to check the quotes",
    ],
)
def test_no_decision_in_a_notes_style(line: str) -> None:
    assert _decisions(line + "\n") == []


@pytest.mark.parametrize(
    "line",
    ["- We'll try Zoom for the work party call.", "- We will try the new rota for a month."],
)
def test_the_group_trying_something_out(line: str) -> None:
    assert _decisions(line + "\n") == [line.removeprefix("- ")]


def test_trying_to_do_a_task_is_no_decision() -> None:
    assert _decisions("- We'll try to finish the towpath map by Friday.\n") == []


def test_a_means_of_meeting_is_no_follow_up() -> None:
    p = parse_strict(_HEAD + "- We'll try Zoom for the next meeting.\n")
    assert [d.text for d in p.decisions] == ["We'll try Zoom for the next meeting."]
    assert p.follow_ups == []


@pytest.mark.parametrize(
    "line",
    [
        "- Agreed that the litter pick was a very positive day.",
        "- All agreed the quiz night had been a great success.",
    ],
)
def test_a_view_of_something_past_is_no_decision(line: str) -> None:
    assert _decisions(line + "\n") == []


def test_what_follows_from_a_view_is_a_decision() -> None:
    line = "It was agreed that the trial was successful and should continue."
    assert _decisions(line + "\n") == [line]


def test_an_office_taken_on_or_kept_is_no_task() -> None:
    p = parse_strict(_HEAD + "- Tom has agreed to take on the role of Webmaster.\n")
    assert [d.text for d in p.decisions] == ["Tom has agreed to take on the role of Webmaster."]
    assert p.actions == []
    text = (
        "* Jo and Sam have agreed to carry on their respective roles as Treasurer and Secretary.\n"
    )
    assert parse_strict(_HEAD + text).actions == []
    p = parse_strict(_HEAD + "- Tom to take over the website from Raj.\n")
    assert [(a.owner, a.text) for a in p.actions] == [("Tom", "Take over the website from Raj.")]


def test_a_decision_takes_in_the_condition_set_on_it() -> None:
    text = "- The hall hire was agreed. Conditions: the hirer cleans up afterwards.\n"
    assert _decisions(text) == [
        "The hall hire was agreed. Conditions: the hirer cleans up afterwards."
    ]
    assert _decisions("- The hall hire was agreed. The fete is on 4 May.\n") == [
        "The hall hire was agreed."
    ]


def test_plus_ones_all_round() -> None:
    assert _decisions("- +1s all round to merge the towpath map\n") == [
        "+1s all round to merge the towpath map"
    ]


def test_a_short_outcome_takes_in_its_effect() -> None:
    assert _decisions("- Change accepted. These signs will be replaced in May.\n") == [
        "Change accepted. These signs will be replaced in May."
    ]
    text = "- The working group agreed the new towpath route after a long discussion. "
    assert _decisions(text + "These will be reviewed in a year.\n") == [
        "The working group agreed the new towpath route after a long discussion."
    ]
