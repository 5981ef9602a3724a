"""Matters arising, round 25: how the next notes report an outcome in other words than the
action's, and near misses that must not close one.

Each case is a pair of invented notes of a fictional canal restoration trust: the first notes'
actions are parsed, then the second notes reconciled against them; the exact proposals are
asserted.
"""

from __future__ import annotations

from datetime import date

import pytest

from clerk_tui.core.parse import parse
from clerk_tui.core.reconcile import DONE, parsed_open_actions, reconcile

JUNE, JULY = date(2026, 6, 2), date(2026, 7, 7)

SLUICE = "Reach out to Hilda Marsh of the Lock Keepers Guild about the sluice gates"
BARGE = "Book the trip barge for the volunteers' outing"
LEAFLET = "Draft a leaflet on the towpath wildlife"

FIRST = """# Ashby Canal Trust – working notes, 2 June

## Actions
- Ravi to reach out to Hilda Marsh of the Lock Keepers Guild about the sluice gates
- Ravi to book the trip barge for the volunteers' outing
- Juno to draft a leaflet on the towpath wildlife
"""


def _proposed(second: str, first: str = FIRST) -> list[tuple[str, str]]:
    actions = parsed_open_actions(first, parse(first, meeting_date=JUNE), JUNE)
    texts = {a.id: a.text for a in actions}
    return [(texts[p.action_id], p.kind) for p in reconcile(second, actions, JULY)]


def _notes(*review: str) -> str:
    return (
        "# Ashby Canal Trust – working notes, 7 July\n\n## Review of actions\n"
        + "\n".join(review)
        + "\n\n## Towpath\nThe new fencing is up.\n"
    )


def test_the_first_notes_give_the_three_actions() -> None:
    actions = parsed_open_actions(FIRST, parse(FIRST, meeting_date=JUNE), JUNE)
    assert [(a.text, a.owner) for a in actions] == [
        (SLUICE, "Ravi"),
        (BARGE, "Ravi"),
        (LEAFLET, "Juno"),
    ]


# An owner's entry in the verb the action asked for, said of another object: the same verb
# for other work is no report of the action.


@pytest.mark.parametrize(
    "entry",
    [
        "- Ravi has reached out to Hilda Marsh about the sluice gates.",
        "- **Ravi** reached out to the Lock Keepers Guild.",
        "- Ravi booked the barge; twelve volunteers have signed up.",
    ],
)
def test_the_owners_verb_over_the_actions_object_is_done(entry: str) -> None:
    assert [kind for _, kind in _proposed(_notes(entry))] == [DONE]


@pytest.mark.parametrize(
    "entry",
    [
        "- Ravi has reached out to the new county archivist regarding old photographs.",
        "- **Ravi** reached out to Perdita Lowe at the boatyard.",
        "- Ravi booked a stall at the Midsummer craft fair.",
        "- Juno drafted the press release for the reopening.",
    ],
)
def test_the_owners_verb_over_another_object_is_no_done(entry: str) -> None:
    assert DONE not in [kind for _, kind in _proposed(_notes(entry))]


# An action list's entry whose sub-bullets are its parts: the questions to ask a body named in
# capitals ("(RM) Ask Canal River Board"), the runs of a trial under a sub-heading, one named
# for a person ("Pelham gauge reading"). They are the entry's, not actions of their own that a
# tick in the next notes would close apart from it.

PARTS = """# Ashby Canal Trust – working notes, 2 June

Present: Ravi Mehta (RM), Juno Ferris (JF), Teodor Vance (TV)

## Actions
  * (RM) Ask Canal River Board
    * Replace the informal permit with a written licence for the dredger
    * Can volunteers use the slipway at weekends?
  * Teodor to run flow trials at the top lock
    * Upper pound
      * two-hour reading
      * Pelham gauge reading
  * (JF) Contact Harbour Trust Archives
  * Juno check the towpath signs
  * Teodor order the lock keys
"""


def test_the_parts_of_an_entry_are_no_actions() -> None:
    actions = parsed_open_actions(PARTS, parse(PARTS, meeting_date=JUNE), JUNE)
    assert [(a.text, a.owner) for a in actions] == [
        ("Ask Canal River Board", "RM"),
        ("Run flow trials at the top lock", "Teodor"),
        ("Contact Harbour Trust Archives", "JF"),
        ("Check the towpath signs", "Juno"),
        ("Order the lock keys", "Teodor"),
    ]


def test_ticked_parts_close_only_their_entry() -> None:
    second = (
        "# Ashby Canal Trust – working notes, 7 July\n\n## Actions from last time\n"
        "- [x] (RM) Ask Canal River Board:\n"
        "    - [x] Replace the informal permit with a written licence for the dredger\n"
        "    - [x] Can volunteers use the slipway at weekends?\n"
        "- [ ] (TV) Run flow trials at the top lock\n"
        "      - [x] Pelham gauge reading\n"
    )
    assert _proposed(second, PARTS) == [("Ask Canal River Board", DONE)]


# A review heading that names this meeting ("Review of action items from this meeting",
# "... from today's call") heads this meeting's own list, not the last one's under review:
# its open items are actions, which a tick in the next notes closes.

OWN_LIST = """# Ashby Canal Trust – working notes, 2 June

## Review of action items
- [x] ~~Order new mooring rings (Ravi)~~
- [ ] Repaint the lock beams (Juno)

## Towpath
Juno reported the hedges are overgrown.

## {heading}
- [ ] Book the trip barge for the volunteers' outing (Ravi)
- [ ] Draft a leaflet on the towpath wildlife (Juno)
"""


@pytest.mark.parametrize(
    "heading",
    [
        "Review of Action Items From This Meeting",
        "Review of actions from today's call",
        "Update on action points from this session",
    ],
)
def test_a_review_heading_naming_this_meeting_heads_its_own_actions(heading: str) -> None:
    first = OWN_LIST.format(heading=heading)
    actions = parsed_open_actions(first, parse(first, meeting_date=JUNE), JUNE)
    assert [(a.text, a.owner) for a in actions] == [(BARGE, "Ravi"), (LEAFLET, "Juno")]
    second = _notes("- [x] ~~Book the trip barge for the volunteers' outing (Ravi)~~")
    assert _proposed(second, first) == [(BARGE, DONE)]


@pytest.mark.parametrize(
    "heading", ["Review of action items from the last meeting", "Review of actions"]
)
def test_a_review_heading_of_the_last_meeting_gives_no_new_actions(heading: str) -> None:
    first = OWN_LIST.format(heading=heading)
    assert parsed_open_actions(first, parse(first, meeting_date=JUNE), JUNE) == []


# "X presented the draft" for "X to prepare a draft": an owner's entry in another verb over the
# action's words reports it; a word only naming what kind of paper it is ("draft", "plan",
# "report") does not say which, so a draft of something else is no report of it.

HANDBOOK = "Prepare a draft of the volunteer handbook"
PAPERS = """# Ashby Canal Trust – working notes, 2 June

## Actions
- Juno to prepare a draft of the volunteer handbook
- Ravi to book the trip barge for the volunteers' outing
"""


@pytest.mark.parametrize(
    "entry",
    [
        "- Juno presented the draft volunteer handbook; members gave comments.",
        "- **Juno** circulated the volunteer handbook in draft.",
        "- Juno shared a first draft of the handbook.",
    ],
)
def test_the_owner_presenting_the_paper_asked_for_is_done(entry: str) -> None:
    assert _proposed(_notes(entry), PAPERS) == [(HANDBOOK, DONE)]


@pytest.mark.parametrize(
    "entry",
    [
        "- Juno presented the draft of the events programme.",
        "- Juno circulated a plan for the autumn work parties.",
        "- Juno will present the draft handbook at the next meeting.",
        "- Juno has partly drafted the volunteer handbook.",
        "- Mina presented the draft volunteer handbook.",
    ],
)
def test_another_paper_another_owner_or_work_to_come_is_no_done(entry: str) -> None:
    assert DONE not in [kind for _, kind in _proposed(_notes(entry), PAPERS)]


# The thing an action was to make, said to be out where all can see it ("is now on the
# website", "is online"): the action is done. Not when it will be, nor for another thing on
# the website, nor for an action that was to change a thing rather than make it.

LOGO = "Design a logo for the trust"
BLOG = "Write a blog post about the lock restoration"
MADE = """# Ashby Canal Trust – working notes, 2 June

## Actions
- Ravi to design a logo for the trust
- Mina to write a blog post about the lock restoration
- Teodor to update the membership form
"""


@pytest.mark.parametrize(
    ("entry", "action"),
    [
        ("- The new logo for the trust is now on the website.", LOGO),
        ("- **Ravi**: the logo for the trust is on the site.", LOGO),
        ("- The blog post about the lock restoration is online.", BLOG),
        ("- Lock restoration blog post now on the Trust's blog.", BLOG),
    ],
)
def test_the_thing_made_now_out_is_done(entry: str, action: str) -> None:
    assert _proposed(_notes(entry), MADE) == [(action, DONE)]


@pytest.mark.parametrize(
    "entry",
    [
        "- The new logo for the trust will be on the website next week.",
        "- A logo for the canoe club is now on the website.",
        "- Photos of the lock restoration are on the website.",
        "- The membership form is on the website.",
    ],
)
def test_to_come_another_thing_or_no_making_is_no_done(entry: str) -> None:
    assert DONE not in [kind for _, kind in _proposed(_notes(entry), MADE)]


# A review's entry naming an action to make or set up a thing, then only a link (its text, if
# any, saying done): the link is to the result. Not a link with words of its own, a link
# called a draft, nor a link under an action to change a thing.


@pytest.mark.parametrize(
    "entry",
    [
        "- Blog post on the lock restoration: https://ashby.example.org/blog/lock",
        "- Lock restoration blog post – [published](https://ashby.example.org/blog/lock)",
        "- Lock restoration blog post: <https://ashby.example.org/blog/lock>",
    ],
)
def test_an_entry_linking_to_the_result_is_done(entry: str) -> None:
    assert _proposed(_notes(entry), MADE) == [(BLOG, DONE)]


@pytest.mark.parametrize(
    "entry",
    [
        "- Blog post on the lock restoration: draft at https://ashby.example.org/blog/lock",
        "- Blog post on the lock restoration: [draft](https://ashby.example.org/blog/lock)",
        "- Blog post on the lock restoration: will go up at https://ashby.example.org/blog",
        "- Membership form: https://ashby.example.org/join",
    ],
)
def test_a_draft_link_a_promise_or_a_change_is_no_done(entry: str) -> None:
    assert DONE not in [kind for _, kind in _proposed(_notes(entry), MADE)]
