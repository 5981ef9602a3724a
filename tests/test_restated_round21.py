"""Actions restated, referred to and labelled (issue 11, round 21): an action agreed in the
minutes and restated in a closing summary is one action, linked to where it was agreed; a
pointer to an earlier action is no new one; an owner written before an action's label owns
it. Invented minutes of invented bodies, beside near misses."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict

HEAD = (
    "Tolley Green Community Centre\n"
    "Minutes of the management committee, 14 May 2025\n\n"
    "Present: Hana Ojo (HO), Felix Brandt (FB), Mira Lund (ML)\n\n"
    "3. Matters arising\n"
)


def found(body: str) -> list[tuple[str | None, str, str]]:
    """(owner, task, the text of its span) of each action in the minutes HEAD + body."""
    text = HEAD + body
    return [(a.owner, a.text, text[a.start : a.end]) for a in parse_strict(text).actions]


# 1. An action agreed in the minutes and restated in a closing summary is one action, linked
# to where it was agreed, with the summary's words and whichever owner is named.


def test_a_labelled_action_restated_in_a_closing_table() -> None:
    body = (
        "The rota for the summer was discussed.\n"
        "**ACTION 3.2** Draft the volunteer policy (HO)\n"
        "The county had not replied about the grant.\n"
        "**ACTION 3.7** Write to the county to ask them back (FB)\n\n"
        "4. Any other business\nNone.\n\n"
        "New actions\n\n| Ref | Action | Owner |\n|---|---|---|\n"
        "| 3.2 | Draft the volunteer policy | HO |\n"
        "| 3.7 | Write to the county to ask them back | FB |\n"
    )
    assert found(body) == [
        ("HO", "Draft the volunteer policy", "**ACTION 3.2** Draft the volunteer policy (HO)"),
        (
            "FB",
            "Write to the county to ask them back",
            "**ACTION 3.7** Write to the county to ask them back (FB)",
        ),
    ]


def test_prose_restated_in_a_summary_list_under_initials() -> None:
    body = (
        "It was agreed that Felix Brandt would get three quotes for the new fence.\n"
        "The caretaker reported that the boiler had been serviced.\n\n"
        "4. Footpaths\n"
        "Cllr Lund will walk footpath 12 and report on the broken stile.\n\n"
        "Summary of actions\n"
        "- Get three quotes for the new fence - FB\n"
        "- Walk footpath 12 and report on the broken stile - ML\n"
    )
    assert found(body) == [
        (
            "FB",
            "Get three quotes for the new fence",
            "It was agreed that Felix Brandt would get three quotes for the new fence.",
        ),
        (
            "ML",
            "Walk footpath 12 and report on the broken stile",
            "Cllr Lund will walk footpath 12 and report on the broken stile.",
        ),
    ]


def test_a_marked_action_restated_in_an_action_list_table() -> None:
    body = (
        "The standpipe by plot 9 is leaking again. ACTION 3.1: ML to get the standpipe "
        "repaired.\n\n4. Shed\n"
        "Members asked for a second key. Action 4.2 - HO to have two more keys cut.\n\n"
        "Action list\n| No. | Action | Who |\n|---|---|---|\n"
        "| 3.1 | Get the standpipe repaired | ML |\n"
        "| 4.2 | Have two more keys cut for the shed | HO |\n"
    )
    assert found(body) == [
        ("ML", "Get the standpipe repaired", "ACTION 3.1: ML to get the standpipe repaired."),
        ("HO", "Have two more keys cut for the shed", "Action 4.2 - HO to have two more keys cut."),
    ]


def test_an_agreement_restated_in_a_numbered_summary() -> None:
    body = (
        "After discussion it was agreed that FB would write to the council about the "
        "parking bays on Elm Road.\n\n"
        "Summary of actions\n1. FB - write to the council about the Elm Road parking bays\n"
    )
    assert found(body) == [
        (
            "FB",
            "Write to the council about the Elm Road parking bays",
            "After discussion it was agreed that FB would write to the council about the "
            "parking bays on Elm Road.",
        )
    ]


def test_a_log_row_labelling_a_task_takes_the_minutes_words() -> None:
    body = (
        "HO will review the cleaning contract and report to the June meeting.\n\n"
        "Actions\n| Action | Owner | Due |\n|---|---|---|\n"
        "| Cleaning contract review | HO | 30 June 2025 |\n"
    )
    assert found(body) == [
        (
            "HO",
            "Review the cleaning contract and report to the June meeting.",
            "HO will review the cleaning contract and report to the June meeting.",
        )
    ]


def test_a_summary_of_marked_actions_is_the_action_itself() -> None:
    """A closing list of lines each marked as an action, with its owner, states the actions
    in their own right: the action is linked to its line there, not to the discussion."""
    body = (
        "The bank needs new signatories. Need forms, ACTION: FB can get those and collect a "
        "new set of signatories.\n\n"
        "Action items\n"
        "- ACTION: FB to collect a new set of signatories on the bank's form\n"
    )
    assert found(body) == [
        (
            "FB",
            "Collect a new set of signatories on the bank's form",
            "ACTION: FB to collect a new set of signatories on the bank's form",
        )
    ]


def test_last_meetings_actions_are_not_what_this_meeting_agreed() -> None:
    """A table of the last meeting's actions with their status: the minute that takes one
    up again is this meeting's action; the old rows are none."""
    body = (
        "| Ref | Action | Owner | Status |\n|---|---|---|---|\n"
        "| 12 | Chase the county about the court lights | FB | Ongoing |\n"
        "| 13 | Order new nets | ML | Done |\n\n"
        "4. Courts\n"
        "FB to chase the county again about the court lights before July.\n"
    )
    body = body.replace("| Ref |", "Actions from the last meeting\n| Ref |", 1)
    assert [(o, t) for o, t, _ in found(body)] == [
        ("FB", "Chase the county again about the court lights before July."),
    ]


def test_a_different_task_in_the_table_sharing_a_verb_stays() -> None:
    body = (
        "FB to write to the county about the verge on Mill Lane.\n\n"
        "New actions\n| Action | Owner |\n|---|---|\n"
        "| Write to the school about the summer fete | FB |\n"
    )
    assert [(o, t, span[:8]) for o, t, span in found(body)] == [
        ("FB", "Write to the county about the verge on Mill Lane.", "FB to wr"),
        ("FB", "Write to the school about the summer fete", "| Write "),
    ]


# 2. A pointer to an earlier action is no new action.


@pytest.mark.parametrize(
    "line",
    [
        'See Action-TG-2025-15 "Survey the members on meeting times and report back in June."',
        "See ACTION 3.4 above: HO to chase the council about the lease.",
        "The boiler was discussed (see action A7 - FB to book the service engineer).",
        "Refer to Action 12 in the action log: ML to renew the insurance.",
        "As per action #14 (Repaint the front door - FB), no progress yet.",
        "For the kitchen, see action item 9: Get a quote for the new cooker.",
    ],
)
def test_a_pointer_to_an_action_is_no_new_action(line: str) -> None:
    assert found(line + "\n") == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "HO to see action 12 through before the summer.",
            [("HO", "See action 12 through before the summer.")],
        ),
        (
            "FB to write to the council about the lease (see minute 5 above).",
            [("FB", "Write to the council about the lease (see minute 5 above).")],
        ),
        (
            "The lease was discussed, see minute 5 above. ML to book the hall for the AGM.",
            [("ML", "Book the hall for the AGM.")],
        ),
        (
            "ACTION 4: HO to see the vicar about the car park.",
            [("HO", "See the vicar about the car park")],
        ),
    ],
)
def test_a_task_that_only_mentions_seeing_stays(line: str, expected: list[tuple[str, str]]) -> None:
    assert [(o, t) for o, t, _ in found(line + "\n")] == expected


# 3. An owner written before an action's label owns it.


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "- HO - Action-TG-2025-31 Book the hall for the AGM",
            ("HO", "Book the hall for the AGM", "HO - Action-TG-2025-31 Book the hall for the AGM"),
        ),
        (
            "FB – ACTION 12: chase the lottery grant",
            ("FB", "Chase the lottery grant", "FB – ACTION 12: chase the lottery grant"),
        ),
        (
            "Owner: ML. Action 7 – order the stacking chairs",
            ("ML", "Order the stacking chairs", "Owner: ML. Action 7 – order the stacking chairs"),
        ),
        (
            "Mira Lund - ACTION 3.2 - Write to the county about the verge",
            (
                "Mira Lund",
                "Write to the county about the verge",
                "Mira Lund - ACTION 3.2 - Write to the county about the verge",
            ),
        ),
        (
            "[HO] ACTION 14: send the accounts to the examiner",
            (
                "HO",
                "Send the accounts to the examiner",
                "[HO] ACTION 14: send the accounts to the examiner",
            ),
        ),
        (
            "- FB Act-TG-2025-5 Check the gate hinges",
            ("FB", "Check the gate hinges", "FB Act-TG-2025-5 Check the gate hinges"),
        ),
        (
            "Clerk: Action 9 - renew the insurance",
            ("Clerk", "Renew the insurance", "Clerk: Action 9 - renew the insurance"),
        ),
    ],
)
def test_an_owner_before_the_label_owns_the_task(line: str, expected: tuple[str, str, str]) -> None:
    assert found(line + "\n") == [expected]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A heading or a minute's number before the label is no owner.
        ("Finance – ACTION 12: chase the lottery grant", "Chase the lottery grant"),
        ("AOB - Action 14: book the hall for the quiz", "Book the hall for the quiz"),
        ("21/102 – ACTION 16: check the gutters", "Check the gutters"),
        ("Grounds Act-TG-2025-8 Repaint the railings", "Repaint the railings"),
        ("The hedge was discussed. ACTION 17: cut the hedge", "Cut the hedge"),
    ],
)
def test_a_heading_before_the_label_is_no_owner(line: str, expected: str) -> None:
    assert [(o, t) for o, t, _ in found(line + "\n")] == [(None, expected)]


def test_a_log_row_with_an_action_label_is_one_action() -> None:
    body = (
        "| Owner | Ref | Action |\n|---|---|---|\n"
        "| HO | Action-TG-2025-31 | Book the hall for the AGM |\n"
        "| FB | ACTION 12 | Chase the lottery grant |\n"
    )
    assert [(o, t) for o, t, _ in found(body)] == [
        ("HO", "Book the hall for the AGM"),
        ("FB", "Chase the lottery grant"),
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A tag closing a numbered task in the imperative: the whole task, not its last clause.
        (
            "3.7 Write to the county to ask them back - ACTION FB",
            ("FB", "Write to the county to ask them back"),
        ),
        (
            "3.8 The Clerk to write to the school to ask them for a date. ACTION: Clerk",
            ("Clerk", "Write to the school to ask them for a date."),
        ),
        # The owner in brackets or as initials right after the label.
        (
            "ACTION 4.9 (ML) Ring the insurers to ask them to renew the policy",
            ("ML", "Ring the insurers to ask them to renew the policy"),
        ),
        (
            "Action 5.1 HO Write to the vicar to ask him to open the church",
            ("HO", "Write to the vicar to ask him to open the church"),
        ),
        # Near misses: a bracket and an acronym that name no one.
        ("ACTION 6 (see above) Book the hall for the quiz", (None, "Book the hall for the quiz")),
        (
            "Action 7 NHS Trust report to be circulated to members",
            (None, "NHS Trust report to be circulated to members"),
        ),
    ],
)
def test_a_labelled_task_is_read_whole_with_its_owner(
    line: str, expected: tuple[str | None, str]
) -> None:
    assert [(o, t) for o, t, _ in found(line + "\n")] == [expected]
