"""Reviews of the last actions that restate each old action and report on it beside or
under it: a status on the line below (a sub-bullet, an indented or labelled line), a note
nested under the action, or a note after it on the same entry ("... in March. Held on 16
March"). Riverside pairs in sample_minutes/cycle/ and small texts of our own."""

from __future__ import annotations

from datetime import date

import pytest

from clerk_tui.core.reconcile import OpenAction, reconcile
from tests.test_reconcile_pairs import proposed

WHEN = date(2024, 7, 2)


def _proposals(report: str, *texts: str) -> list[tuple[int, str, str | None]]:
    actions = [
        OpenAction(number, text, owner, date(2024, 6, 4))
        for number, (text, owner) in enumerate(
            (t.split(" | ") if " | " in t else (t, None)) for t in texts
        )
    ]
    return [(p.action_id, p.kind, p.value) for p in reconcile(report, actions, WHEN)]


def test_status_on_the_line_under_each_restated_action() -> None:
    assert proposed("digital-2024-06-04.txt", "digital-2024-07-02.txt") == [
        (
            "Publish the revised accessibility statement on the council website",
            "done",
            None,
            "done, live since 10 June",
        ),
        (
            "Send the complaints dashboard to the ward councillors",
            "done",
            None,
            "completed",
        ),
        (
            "Review the retention schedule for CCTV footage",
            "update",
            None,
            "not done yet, carry forward to September",
        ),
        ("Book the Council Chamber for the October digital open day", "done", None, "DONE"),
        (
            "Fix the broken address search on the planning portal",
            "update",
            None,
            "in progress: the supplier is testing a patch",
        ),
        (
            "Draft a web chat script for the garden waste service",
            "dropped",
            None,
            "dropped, the web chat pilot was cancelled by Cabinet",
        ),
        (
            "Arrange user testing of the new missed bin form with the tenants' panel",
            "update",
            None,
            "waiting for the panel to choose a date",
        ),
    ]


def test_a_note_after_each_restated_action_in_a_review_of_the_last_actions() -> None:
    assert proposed("canal-2024-02-13.txt", "canal-2024-04-09.txt") == [
        (
            "Organise a volunteer litter pick along the towpath in March",
            "done",
            None,
            "Held on 16 March, with 22 volunteers",
        ),
        ("Order twenty litter grabbers for the volunteers", "done", None, "received and in use"),
        (
            "Share the anti-social behaviour figures for the marina car park",
            "update",
            None,
            "Not yet received; PC Grant will send them before the next meeting",
        ),
        (
            "Write to the County Council about replacing the heritage trail signs",
            "update",
            None,
            "Letter sent 1 March; no reply yet",
        ),
        (
            "Get three quotes for new noticeboards at the lock",
            "update",
            None,
            "Ray Osei has taken this on while Sue is on leave",
        ),
        (
            "Get three quotes for new noticeboards at the lock",
            "owner",
            "Ray Osei",
            "Ray Osei has taken this on while Sue is on leave",
        ),
        (
            "Submit the lottery grant application for the boathouse roof",
            "update",
            None,
            "Deadline moved to 28 June by the funder",
        ),
        (
            "Submit the lottery grant application for the boathouse roof",
            "due",
            "2024-06-28",
            "Deadline moved to 28 June by the funder",
        ),
    ]


@pytest.mark.parametrize(
    ("under", "kind"),
    [
        ("  * done", "done"),
        ("  - Complete (3 June)", "done"),
        ("  [x]", "done"),
        ("  - Published on 10 June", "done"),
        ("  * cancelled, no longer needed", "dropped"),
        ("  * ongoing", "update"),
        ("  * still to be arranged", "update"),
        ("  * waiting for the supplier", "update"),
        ("  * Will be published next week", None),
        ("  - [x] Alt text added to the old pages", None),  # a ticked step, not the status
        ("* done", None),  # at the same level: an entry of its own
    ],
)
def test_the_status_under_an_action_is_read_precisely(under: str, kind: str | None) -> None:
    report = (
        f"Actions from the last meeting\n* OR to publish the accessibility statement\n{under}\n"
    )
    found = _proposals(report, "Publish the accessibility statement | OR")
    assert [k for _, k, _ in found] == ([kind] if kind else [])


@pytest.mark.parametrize(
    ("under", "kind"),
    [
        ("Status: Closed", "done"),
        ("- DONE", "done"),
        ("Status: not done", "update"),
        ("done", None),
    ],
)
def test_a_labelled_status_or_a_bullet_under_a_plain_line(under: str, kind: str | None) -> None:
    report = f"3.2 OR to publish the accessibility statement\n{under}\n"
    found = _proposals(report, "Publish the accessibility statement | OR")
    assert [k for _, k, _ in found] == ([kind] if kind else [])


def test_a_status_under_a_line_that_restates_no_open_action_says_nothing() -> None:
    report = "* OR to publish the cookie policy\n  * done\n"
    assert _proposals(report, "Publish the accessibility statement | OR") == []


def test_the_status_under_a_wrapped_or_noted_entry_belongs_to_its_parent() -> None:
    report = (
        "- [C] (2204-1, Ana) Create a label for triage issues and a group to apply it\n"
        "  - [X] Label created.\n"
        "  - [C] Decide who can apply it?\n"
        "  - Cancelled.\n"
        "- [ ] (2204-2, Ben) Collect the benchmark figures from each site\n"
        "  - Will be done at the next workshop\n"
    )
    found = _proposals(
        report,
        "(2204-1, Ana) Create a label for triage issues and a group to apply it",
        "(2204-2, Ben) Collect the benchmark figures from each site",
    )
    assert found == [(0, "dropped", None)]


@pytest.mark.parametrize(
    ("entry", "kind"),
    [
        ("Clerk to book the hall for the quiz night. Booked for 14 September.", "done"),
        ("Clerk to book the hall for the quiz night – hall booked", "done"),
        ("Clerk to book the hall for the quiz night (booking confirmed)", "done"),
        ("Clerk to book the hall for the quiz night. Not yet booked.", "update"),
        ("Clerk to book the hall for the quiz night. Will be booked once the date is set.", None),
        ("Clerk to book the hall for the quiz night. Emailed the caretaker.", None),
        ("Clerk to book the hall for the quiz night. Now with the Treasurer.", "update"),
    ],
)
def test_a_note_after_an_action_restated_under_matters_arising(entry: str, kind: str) -> None:
    report = f"3. Matters arising\n{entry}\n\n4. Finance\nThe accounts were approved.\n"
    found = _proposals(report, "Book the hall for the quiz night | Clerk")
    assert [k for _, k, _ in found if k in ("done", "dropped", "update")] == (
        [kind] if kind else []
    )


ACTIONS = (
    "Book the village hall for the quiz night | Clerk",
    "Write to the County Council about the broken footpath sign | Cllr Hale",
    "Circulate the draft budget to all members | Treasurer",
    "Get three quotes for repairing the bus shelter roof | JB",
    "Arrange a site visit with the tree officer | RK",
)


def test_a_plain_heading_over_actions_restated_with_notes_on_consecutive_lines() -> None:
    report = (
        "Actions from last meeting:\n"
        "Clerk to book the village hall for the quiz night – done\n"
        "Cllr Hale to write to the County Council about the broken footpath sign. Letter sent"
        " 12 May.\n"
        "Treasurer to circulate the draft budget to all members. Circulated 20 May.\n"
        "JB to get three quotes for repairing the bus shelter roof – two received, one awaited.\n"
        "RK to arrange a site visit with the tree officer. RK has handed this to the Clerk.\n"
        "\n"
        "Finance\n"
        "The accounts were noted.\n"
    )
    assert _proposals(report, *ACTIONS) == [
        (0, "done", None),
        (1, "done", None),
        (2, "done", None),
        (3, "update", None),
        (4, "update", None),
        (4, "owner", "the Clerk"),
    ]


def test_reports_in_prose_under_matters_arising_are_not_restated_actions() -> None:
    report = (
        "MATTERS ARISING\n"
        "The Clerk has booked the village hall for the quiz night on 14 June.\n"
        "Cllr Hale has written to the County Council about the footpath sign.\n"
        "JB has obtained two of the three quotes for the bus shelter roof.\n"
    )
    assert _proposals(report, *ACTIONS) == [
        (0, "done", None),
        (1, "done", None),
        (3, "update", None),
    ]


def test_a_status_column_first_in_a_table_pasted_without_its_header() -> None:
    report = (
        "DONE    Book the village hall for the quiz night (Clerk)\n"
        "Complete – circulate the draft budget to all members\n"
        "OPEN\tGet three quotes for repairing the bus shelter roof\tJB\n"
        "Closed session: the Chair reported on a staffing matter.\n"
    )
    assert _proposals(report, *ACTIONS) == [
        (0, "done", None),
        (2, "done", None),
        (3, "update", None),
    ]


def test_an_action_number_then_its_status() -> None:
    numbered = [
        OpenAction(n, text.split(" | ")[0], text.split(" | ")[1], date(2024, 6, 4), f"3.{n}")
        for n, text in enumerate(ACTIONS, 1)
    ]
    report = (
        "Review of actions\n"
        "3.1 Completed.\n"
        "3.2 Done – letter sent 12 May.\n"
        "3.4 Ongoing; two quotes received.\n"
        "3.5 Carried forward to July.\n"
        "3 Done\n"
    )
    assert [(p.action_id, p.kind, p.value) for p in reconcile(report, numbered, WHEN)] == [
        (1, "done", None),
        (2, "done", None),
        (4, "update", None),
        (5, "update", None),
        (5, "due", "2024-07-31"),
    ]


def test_of_several_notes_under_an_action_the_last_that_says_something_holds() -> None:
    action = "(0412-3, Ana) Write the informal specification of the concat operator"
    first = f"- [ ] {action}\n  - Work in progress, first review by Ben.\n  - Done, shown today\n"
    later = (
        f"- [ ] {action}\n  - Done, shown today\n  - Reopened: the review found gaps, in progress\n"
    )
    assert _proposals(first, action) == [(0, "done", None)]
    assert _proposals(later, action) == [(0, "update", None)]


def test_lists_under_headings_that_give_their_status() -> None:
    tasks = ("Invite the", "Publish these", "Update the licence", "Draft the data", "Remove the")
    assert [
        (next(t for t in tasks if t in text), kind, note)
        for text, kind, _, note in proposed("opendata-2024-09-05.txt", "opendata-2024-10-03.txt")
    ] == [
        ("Invite the", "done", "Done"),
        ("Publish these", "done", "Done"),
        ("Update the licence", "done", "Done"),
        (
            "Draft the data",
            "update",
            "Outstanding: First draft with the Information Governance team; comments due 18"
            " October",
        ),
        ("Remove the", "update", "Outstanding: the rest need the service owners to agree"),
    ]


def test_a_restated_action_under_an_outstanding_list_without_notes_is_outstanding() -> None:
    report = "Outstanding actions:\n* JB to get three quotes for repairing the bus shelter roof\n"
    (proposal,) = reconcile(report, [OpenAction(3, ACTIONS[3].split(" | ")[0], "JB")], WHEN)
    assert (proposal.kind, proposal.note) == ("update", "Outstanding")


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("The following actions from the last meeting were completed:", "done"),
        ("Completed actions", "done"),
        ("**Closed**", "done"),
        ("Actions not yet completed:", "update"),
        ("Outstanding actions", "update"),
        ("New actions", None),
        ("Done", None),  # a status of its own, not a heading
    ],
)
def test_an_action_restated_under_a_heading_giving_its_status(heading: str, kind: str) -> None:
    report = f"{heading}\n- Book the village hall for the quiz night\n"
    assert [k for _, k, _ in _proposals(report, *ACTIONS)] == ([kind] if kind else [])


def test_a_paragraph_after_the_list_is_not_under_its_heading() -> None:
    report = (
        "Completed actions\n- Circulate the draft budget to all members\n\n"
        "Book the village hall for the quiz night\n"
    )
    assert _proposals(report, *ACTIONS) == [(2, "done", None)]


@pytest.mark.parametrize(
    "entry",
    [
        "@hale: write to the County Council about the broken footpath sign",
        "[Cllr Hale] Write to the County Council about the broken footpath sign",
        "Write to the County Council about the broken footpath sign (Cllr Hale)",
        "Write to the County Council about the broken footpath sign - Cllr Hale",
        "Cllr Hale to write to the County Council about the broken\n  footpath sign",
    ],
)
def test_the_owner_around_a_restated_action_and_its_wrapped_lines(entry: str) -> None:
    report = f"Actions from last meeting:\n* {entry}\n  * done\n"
    assert _proposals(report, *ACTIONS) == [(1, "done", None)]


def test_an_item_number_run_on_to_its_title_heads_a_review() -> None:
    report = (
        "4.Matters Arising\n"
        "Clerk to book the village hall for the quiz night. Booked for 14 June.\n"
        "JB to get three quotes for repairing the bus shelter roof. Quotes awaits a third firm.\n"
        "5.Planning\n"
        "No applications.\n"
    )
    assert _proposals(report, *ACTIONS) == [(0, "done", None), (3, "update", None)]


def test_the_actions_text_wrapped_onto_the_next_line_is_no_status() -> None:
    action = "Check whether the old licence for the community hall bar was cancelled | Bob"
    wrapped = "* Bob to check whether the old licence for the community hall bar was\n  cancelled\n"
    assert _proposals(wrapped, action) == []
    assert _proposals(wrapped + "  * still waiting for the council\n", action) == [
        (0, "update", None)
    ]
    under = "* Bob to check whether the old licence for the community hall bar was cancelled\n"
    assert _proposals(under + "  done\n", action) == [(0, "done", None)]
    assert _proposals(under + "  cancelled, the bar has closed\n", action) == [(0, "dropped", None)]
