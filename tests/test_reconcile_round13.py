"""Matters arising on real-style pairs, round 13: progress notes for replies awaited and
matters chased, entries keyed by minute read clause by clause, a check shown made by its
result, a reply received from the body written to, "Action closed" after a restated action;
and no 'done' for another kind of message sent, or one sent to someone else."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from clerk_tui.core.reconcile import DONE, UPDATE, OpenAction, reconcile
from clerk_tui.core.reconcile.cues import other_message
from clerk_tui.core.reconcile.outcomes import replies_awaited
from clerk_tui.core.reconcile.words import Index

CYCLE = Path(__file__).resolve().parents[1] / "sample_minutes" / "cycle"
MARCH, APRIL = date(2024, 3, 5), date(2024, 4, 2)


def _proposed(text: str, actions: list[OpenAction]) -> list[tuple[int, str]]:
    return [(p.action_id, p.kind) for p in reconcile(text, actions, APRIL)]


CONTACTS = [
    OpenAction(1, "Write to Highways about clearing the drain on Church Lane", "The Clerk", MARCH),
    OpenAction(2, "Ask the District Council to repair the bus shelter roof", "The Clerk", MARCH),
    OpenAction(3, "Contact the Football Club about the damaged goalposts", "Cllr Bell", MARCH),
    OpenAction(4, "Chase BT about the leaning telegraph pole", "Bruce", MARCH),
    OpenAction(5, "Obtain a tree survey for the oaks in the churchyard", "The Clerk", MARCH),
]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Clerk was still waiting for a response from Highways.", [(1, UPDATE)]),
        ("The District Council had not replied and the Clerk would chase them.", [(2, UPDATE)]),
        ("Cllr Bell was chasing the Football Club.", [(3, UPDATE)]),
        ("No reply had been received from Highways.", [(1, UPDATE)]),
        ("The Clerk had not yet heard from the District Council.", [(2, UPDATE)]),
        # someone no action was to reach; the meeting's own officer
        ("The Clerk was waiting for a response from the Environment Agency.", []),
        ("Residents were waiting for a reply from the Clerk.", []),
        # a new request is no progress
        ("The Clerk was asked to chase Highways again.", []),
    ],
)
def test_a_reply_awaited_from_whom_the_action_was_to_reach_is_a_progress_note(
    sentence: str, expected: list[tuple[int, str]]
) -> None:
    minutes = f"24/17 Matters arising\n{sentence}\n"
    assert _proposed(minutes, CONTACTS) == expected


def test_whom_a_chase_was_for_chased_is_no_sign_the_chase_goes_on() -> None:
    minutes = "Matters arising\nBruce was chasing BT about the pole.\n"
    assert replies_awaited(minutes, Index(CONTACTS), frozenset()) == []


def test_a_reply_awaited_is_never_done_and_keeps_a_letter_written_open() -> None:
    minutes = (
        "Matters arising\n"
        "The Clerk had written to Highways about the drain on Church Lane.\n"
        "She was waiting for a response from Highways.\n"
    )
    (proposal,) = reconcile(minutes, CONTACTS[:1], APRIL)
    assert proposal.kind == UPDATE


def test_two_actions_of_one_minute_each_get_their_own_clause() -> None:
    actions = [
        OpenAction(
            1, "Apply to the Memorials Trust for a grant", "The Clerk", MARCH, minute="33/24"
        ),
        OpenAction(
            2, "Find out who owns the land behind the memorial", "Cllr Greer", MARCH, minute="33/24"
        ),
    ]
    minutes = (
        "Minute 33/24 – the grant application is being progressed; Cllr Greer had not yet been "
        "able to find out who owns the land.\n"
    )
    assert _proposed(minutes, actions) == [(1, UPDATE), (2, UPDATE)]


def test_an_entry_keyed_by_minute_about_the_action_is_its_latest_news() -> None:
    actions = [
        OpenAction(
            1,
            "Write to the electricity company about the supply to the lights",
            "The Clerk",
            MARCH,
            minute="47/24",
            part="i",
        ),
        OpenAction(2, "Repair the water trough", "Tom", MARCH, minute="47/24", part="ii"),
    ]
    minutes = (
        "Minute 47/24(i) – the electricity company will reconnect the supply in October.\n"
        "Minute 47/24(ii) – the hedge was cut back by Tom.\n"
    )
    (proposal,) = reconcile(minutes, actions, APRIL)
    assert (proposal.action_id, proposal.kind) == (1, UPDATE)
    assert proposal.note == "the electricity company will reconnect the supply in October."


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Minute 47/24(i) – a reply had been received from the electricity company.", DONE),
        ("Minute 47/24(i) – a reply was still awaited from the electricity company.", UPDATE),
    ],
)
def test_a_reply_received_from_the_body_written_to_finishes_the_letter(
    sentence: str, kind: str
) -> None:
    action = OpenAction(
        1, "Write to the electricity company about the supply", "The Clerk", MARCH, minute="47/24"
    )
    assert _proposed(sentence, [action]) == [(1, kind)]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Cllr Dunn reported that the insurance on the pavilion had been renewed.", DONE),
        ("The insurance on the pavilion would be renewed in May.", UPDATE),
        # the same work on another thing: at most the owner's news, never the check made
        ("Cllr Dunn reported that the insurance on the bus shelter had been renewed.", UPDATE),
    ],
)
def test_a_check_is_made_when_its_thing_is_reported_renewed(sentence: str, kind: str) -> None:
    action = OpenAction(1, "Check the insurance on the pavilion", "Cllr Dunn", MARCH)
    assert _proposed(f"Matters arising\n{sentence}\n", [action]) == [(1, kind)]


@pytest.mark.parametrize(
    ("report", "kind"),
    [
        (
            "Minute 34/24 – a thank you card had been sent to the Chairman of the Cricket Club.",
            UPDATE,
        ),
        ("Minute 34/24 – a thank you card had been sent to Mrs Okafor.", UPDATE),
        ("Minute 34/24 – a letter had been sent to Mrs Okafor.", DONE),
    ],
)
def test_another_kind_of_message_or_another_recipient_is_no_letter_written(
    report: str, kind: str
) -> None:
    action = OpenAction(
        1,
        "Write a letter to Mrs Okafor thanking her for raising it",
        "The Clerk",
        MARCH,
        minute="34/24",
    )
    assert _proposed(report, [action]) == [(1, kind)]


def test_kinds_of_message() -> None:
    assert other_message("a thank you card", "Write a letter to Mrs Okafor")
    assert not other_message("a letter", "Write to the County Council")  # no kind asked
    assert not other_message("a letter", "The Clerk to email the hall committee")  # a verb
    assert not other_message("a thank you card", "Thank the volunteers")


@pytest.mark.parametrize(
    "entry",
    [
        "- 9.1 Tom to check that the sluice gates are in a good state. _Action closed_",
        "- 9.1 Tom to check that the sluice gates are in a good state. Action closed",
        "Action 9.1 closed.",
    ],
)
def test_action_closed_after_an_action_restated_is_done(entry: str) -> None:
    action = OpenAction(
        1, "Check that the sluice gates are in a good state", "Tom", MARCH, ref="9.1"
    )
    assert _proposed(f"## Actions from previous meeting\n\n{entry}\n", [action]) == [(1, DONE)]


# End to end: import a, import b, the proposals; accepting a progress note makes it the
# action's latest update.

PAIRS = [
    (
        "Riverside Meadow Parish Council",
        "meadow-2024-03-05.txt",
        "meadow-2024-04-02.txt",
        [
            ("Check the buildings insurance on the pavilion", "done"),
            ("Write to the County Council asking for a speed survey", "done"),
            ("Apply to the Memorials Trust", "update"),
            ("Find out who owns the strip of land", "update"),
            ("Write a letter to Mrs Okafor", "update"),
            ("Ask the landowner to clear the fallen tree", "update"),
            ("Contact the Rovers Football Club", "update"),
            ("Send tenancy renewal letters", "update"),
        ],
    ),
    (
        "Riverside Pavilion Trust",
        "pavilion-2024-05-14.txt",
        "pavilion-2024-06-11.txt",
        [
            ("Repair the boiler thermostat", "done"),
            ("Send subscription reminders", "done"),
            ("Book the bouncy castle", "done"),
            ("Ask the Scouts", "update"),
            ("Check the fire extinguishers", "done"),
            ("Order new line marking paint", "update"),
            ("Contact the District Council about the overflowing litter bin", "update"),
            ("Write to Highways about the drain", "update"),
        ],
    ),
    (
        # minutes numbered straight through, matters arising keyed "273a", "274"
        "Riverside Upton Parish Council",
        "upton-2024-03-05.txt",
        "upton-2024-04-02.txt",
        [
            ("Ask the County Council to repair the speed sign", "update"),
            ("Report the blocked gully", "done"),
            ("Obtain two quotes for repainting the hall doors", "done"),
        ],
    ),
]


def _json(clerk, *args: str) -> list[dict]:
    run = clerk(*args)
    assert run.code == 0, run.err
    return json.loads(run.out)


@pytest.mark.parametrize(("committee", "first", "second", "expected"), PAIRS)
def test_pairs_end_to_end(
    clerk, committee: str, first: str, second: str, expected: list[tuple[str, str]]
) -> None:
    assert clerk("import", "--committee", committee, str(CYCLE / first)).code == 0
    run = clerk("import", "--committee", committee, str(CYCLE / second))
    assert run.code == 0, run.err
    meeting = max(m["id"] for m in _json(clerk, "meetings", "--json"))
    proposals = _json(clerk, "reconcile", str(meeting), "--json")
    said = [(p["action"], p["kind"]) for p in proposals]
    assert len(said) == len(expected)
    for (action, kind), (opening, expected_kind) in zip(said, expected, strict=True):
        assert action.startswith(opening)
        assert kind == expected_kind, action
    update = next(p for p in proposals if p["kind"] == "update")
    assert clerk("reconcile", str(meeting), "--accept", str(update["id"])).code == 0
    action = json.loads(clerk("action", str(update["action_id"])).out)
    assert action["status"] == "open"
    assert update["note"] in action["latest_note"]


def test_a_task_carried_with_a_note_is_found_by_its_task_restated() -> None:
    action = OpenAction(
        1,
        "Move the club's records onto the shared drive. - Only the 2019 ledgers are left, "
        "which RP has passed to the auditor.",
        "All",
        MARCH,
    )
    review = (
        "## Actions from last meeting\n\n"
        "- [x] (All) Move the club's records onto the shared drive.\n"
    )
    assert _proposed(review, [action]) == [(1, DONE)]


@pytest.mark.parametrize(
    ("remark", "kind"),
    [
        ("For the gates on the weir too. _Action closed_", DONE),
        ("For the gates on the weir too. _Ongoing_", UPDATE),
    ],
)
def test_a_status_closing_the_line_under_an_action_restated_is_its_status(
    remark: str, kind: str
) -> None:
    action = OpenAction(
        1, "Check that the sluice gates are in a good state", "Tom", MARCH, ref="9.1"
    )
    review = (
        "## Actions from previous meeting\n\n"
        f"- 9.1 Tom to check that the sluice gates are in a good state.\n{remark}\n"
    )
    assert _proposed(review, [action]) == [(1, kind)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The tenancy renewal letters are in hand.",
        "The tenancy renewal letters are being progressed.",
        "The tenancy renewal letters are being dealt with by the Clerk.",
    ],
)
def test_in_hand_and_being_progressed_say_the_action_is_not_finished(sentence: str) -> None:
    action = OpenAction(1, "Send tenancy renewal letters to allotment holders", "The Clerk", MARCH)
    (proposal,) = reconcile(f"Matters arising\n{sentence}\n", [action], APRIL)
    assert proposal.kind == UPDATE
    assert proposal.reason.startswith("not finished")


def test_being_progressed_keeps_a_letter_reported_sent_open() -> None:
    action = OpenAction(1, "Send tenancy renewal letters to allotment holders", "The Clerk", MARCH)
    minutes = (
        "Matters arising\nThe renewal letters had been sent to the allotment holders and the "
        "renewals are in hand.\n"
    )
    assert _proposed(minutes, [action]) == [(1, UPDATE)]


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Action 3.2 remains open.", "remains open"),
        ("Action 3.2 – the Clerk had been unable to get the letters printed.", "unable to"),
        ("Action 3.2 – two holders had not replied to the renewal letters.", "not replied"),
    ],
)
def test_an_action_left_open_is_a_progress_note(sentence: str, cue: str) -> None:
    action = OpenAction(
        1, "Send tenancy renewal letters to allotment holders", "The Clerk", MARCH, ref="3.2"
    )
    (proposal,) = reconcile(f"Matters arising\n{sentence}\n", [action], APRIL)
    assert proposal.kind == UPDATE
    assert proposal.reason.startswith(f'not finished ("{cue}")')


STRAIGHT_THROUGH = [
    OpenAction(
        1,
        "Ask the County Council to repair the speed sign",
        "Cllr Fox",
        MARCH,
        minute="273",
        part="a",
    ),
    OpenAction(
        2, "Report the blocked gully to Highways", "The Clerk", MARCH, minute="273", part="b"
    ),
    OpenAction(
        3, "Obtain two quotes for repainting the hall doors", "The Clerk", MARCH, minute="274"
    ),
]


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("a) 273a Speed signs   Cllr Fox reported no response to date.", [(1, UPDATE)]),
        ("c) 274 Hall doors   Two quotes had been received.", [(3, DONE)]),
        # a count opening a sentence is no minute; nor is a year
        ("Speeding: 274 drivers were recorded over the limit in March.", []),
        ("2024 Budget   The precept was set.", []),
    ],
)
def test_a_minute_numbered_straight_through_keys_a_matters_arising_entry(
    entry: str, expected: list[tuple[int, str]]
) -> None:
    minutes = f"278     Matters arising from the Minutes of 5 March 2024\n\n{entry}\n"
    assert _proposed(minutes, STRAIGHT_THROUGH) == expected


def test_no_response_to_date_from_whom_the_action_was_to_reach() -> None:
    minutes = "Matters arising\nThe Clerk reported no response to date from Highways.\n"
    assert _proposed(minutes, CONTACTS) == [(1, UPDATE)]


@pytest.mark.parametrize(
    ("entry", "kind"),
    [
        ("b) 273b Gully   Reported on 8 March; cleared by the County on 20 March.", DONE),
        ("b) 273b Gully   Reported on 8 March but not yet cleared.", UPDATE),
        ("b) 273b Gully   Reported that the gully floods after rain.", UPDATE),
    ],
)
def test_a_keyed_note_opening_with_the_actions_own_verb_is_done(entry: str, kind: str) -> None:
    minutes = f"278     Matters arising\n\n{entry}\n"
    assert _proposed(minutes, STRAIGHT_THROUGH) == [(2, kind)]
