"""Follow-ups on unseen minutes (issue 11, round 23): what comes back to a later meeting of
this body, against what only happens later. Each kind with invented variants (a fictional
parish council and a fictional project's call, meeting on Thursday 2 July 2026) and near
misses it must not fire on."""

from __future__ import annotations

import pytest

from tests.test_fudec_round20 import CALL, HEAD, follow_ups

# --- absent today, a report brought to a later meeting ------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Cllr Moss was unable to attend (he hoped to report to the September meeting).",
            "Cllr Moss was unable to attend (he hoped to report to the September meeting).",
        ),
        (
            "The Tree Warden could not attend; she will bring her survey to the next meeting.",
            "The Tree Warden could not attend; she will bring her survey to the next meeting.",
        ),
        (
            "Mrs Hart could not attend (the accounts will come back to the October meeting).",
            "Mrs Hart could not attend (the accounts will come back to the October meeting).",
        ),
        (
            "PCSO Grant couldn't attend tonight; he will report back at the next meeting.",
            "PCSO Grant couldn't attend tonight; he will report back at the next meeting.",
        ),
    ],
)
def test_absent_today_a_report_brought_to_a_later_meeting(body: str, expected: str) -> None:
    assert follow_ups(body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # apologies for a meeting to come: nothing comes back
        "Cllr Lee said she will be unable to attend the September meeting.",
        "Bob: may not be able to join the next call due to leave.",
        # absent today, what would have been brought named with it
        "The Tree Warden was unable to attend this evening's meeting to report to members.",
        "Mr Tate could not attend to give his report to the Council.",
    ],
)
def test_an_apology_brings_nothing_back(body: str) -> None:
    assert follow_ups(body) == []


# --- a meeting past, named where something was done there ---------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Cllr Tate clarified the point at issue in our May meeting, whereby developers would"
        " revise plans after consent.",
        "Mrs Hart presented her photographs at the March meeting, which the school would like"
        " to borrow.",
        "The Chairman thanked the volunteers at the January meeting, who would be invited to"
        " the fete.",
        "Cllr Moss raised the bus shelter in our March meeting, whereby the county would"
        " consider it.",
    ],
)
def test_a_meeting_past_where_something_was_done(body: str) -> None:
    assert follow_ups(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # what was asked for, agreed or put off is still to come there
        (
            "Members requested a further report at the September meeting.",
            "Members requested a further report at the September meeting.",
        ),
        (
            "It was agreed to bring the plan to the October meeting.",
            "It was agreed to bring the plan to the October meeting.",
        ),
        (
            "Cllr Hart asked that the survey come back at the November meeting.",
            "Cllr Hart asked that the survey come back at the November meeting.",
        ),
        (
            "The verges item was deferred to the September meeting.",
            "The verges item was deferred to the September meeting.",
        ),
        # an adjective in -ed, no subject before it
        (
            "The Council agreed to hold a themed session on flooding at its October meeting.",
            "The Council agreed to hold a themed session on flooding at its October meeting.",
        ),
    ],
)
def test_what_was_asked_for_at_a_named_meeting_is_still_to_come(body: str, expected: str) -> None:
    assert follow_ups(body) == [expected]


# --- taken up offline, away from the meeting ----------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Bob and Carl will discuss the licence offline next week.",
        "It was hoped to discuss the lease informally on 14 July.",
        "Cllr Lee asked for an informal briefing on the reserves.",
        "Ann and Dee will discuss the rota outside the meeting in August.",
        "We'll pick up the CI costs one-to-one next week.",
    ],
)
def test_taken_up_offline_is_no_follow_up(body: str) -> None:
    assert follow_ups(body, CALL if body.startswith(("Bob", "We")) else HEAD) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # offline first, then brought back to a meeting
        (
            "Bob and Carl to take this offline and come back to it next call.",
            "Bob and Carl to take this offline and come back to it next call.",
        ),
        (
            "The lease will be discussed informally at the next meeting.",
            "The lease will be discussed informally at the next meeting.",
        ),
        (
            "Discuss offline; revisit at the next meeting.",
            "Discuss offline; revisit at the next meeting.",
        ),
    ],
)
def test_offline_then_back_to_a_meeting(body: str, expected: str) -> None:
    assert follow_ups(body) == [expected]


# --- a resolution's point sends business to a later meeting or another body ---------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a point numbered "1)" is a resolution's, not an item's title
        (
            "RESOLVED:\n1) That the report be noted.\n2) That a further report be brought to the"
            " next meeting.",
            ["2) That a further report be brought to the next meeting."],
        ),
        (
            "It was moved and seconded and\n\n1) The accounts be received ahead of their"
            " submission to Council",
            ["1) The accounts be received ahead of their submission to Council"],
        ),
        # a further report resolved in the subjunctive
        (
            "RESOLVED - That the Committee receive a further report on the library overspend.",
            ["RESOLVED - That the Committee receive a further report on the library overspend."],
        ),
        (
            "(3) That Cabinet receive a progress report on the bus scheme.",
            ["That Cabinet receive a progress report on the bus scheme."],
        ),
        # a recommendation to another body, with an outcome's label before it
        (
            "RESOLUTION: Recommendation to Full Council for the Parish Council to fund the"
            " verge cuts.",
            [
                "RESOLUTION: Recommendation to Full Council for the Parish Council to fund the"
                " verge cuts."
            ],
        ),
        (
            "Resolved – Recommend to Council that the hall hire fees rise by 5%.",
            ["Resolved – Recommend to Council that the hall hire fees rise by 5%."],
        ),
        (
            "Residents' comments will be collated before submission to the District Council.",
            ["Residents' comments will be collated before submission to the District Council."],
        ),
    ],
)
def test_a_resolution_sends_business_on(body: str, expected: list[str]) -> None:
    assert follow_ups(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # gone already, or a standing process, or a practice
        "The draft plan was noted following its submission to Council in May.",
        "Members were shown the proposal form for submission to the Chairs' Group.",
        "The Committee receives a report on the budget each quarter.",
        "It was noted that the Board received a report on exclusions in May.",
        "RESOLVED:\n1) That the report be noted.\n2) That the grant be paid.",
    ],
)
def test_a_resolution_that_sends_nothing_on(body: str) -> None:
    assert follow_ups(body) == []


# --- a member's part at a meeting to come, no business brought ----------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Dee will take notes at the next meeting.",
        "Carl will be host for the next meeting.",
        "Ann will be scribe for the next call.",
        "Bob to provide refreshments at the next meeting.",
        "Carl will bring cake to the AGM.",
    ],
)
def test_a_members_part_at_a_later_meeting_brings_nothing(body: str) -> None:
    assert follow_ups(body, CALL if body.startswith(("Ann", "Dee")) else HEAD) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Bob will bring the quotes to the next meeting.",
            "Bob will bring the quotes to the next meeting.",
        ),
        (
            "The Treasurer will report on the cost of refreshments at the next meeting.",
            "The Treasurer will report on the cost of refreshments at the next meeting.",
        ),
        (
            "The minutes of the working party will be considered at the next meeting.",
            "The minutes of the working party will be considered at the next meeting.",
        ),
    ],
)
def test_business_brought_to_a_later_meeting_stays(body: str, expected: str) -> None:
    assert follow_ups(body) == [expected]


# --- someone named brings the matter back to the group at a bare time ---------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Raj to circle back next week.", "Raj to circle back next week."),
        (
            "Carl will circle back on the hosting bill next week.",
            "Carl will circle back on the hosting bill next week.",
        ),
        (
            "Ann will come back to the group next week with a proposal.",
            "Ann will come back to the group next week with a proposal.",
        ),
        (
            "Mia to follow up on the mirror costs and report next week.",
            "Mia to follow up on the mirror costs and report next week.",
        ),
        (
            "Carl will check the numbers and then present next week.",
            "Carl will check the numbers and then present next week.",
        ),
    ],
)
def test_someone_brings_the_matter_back_next_week(body: str, expected: str) -> None:
    assert follow_ups(body, CALL) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # their own work taken up again, nothing brought to the group
        "Raj to pick this back up next week.",
        "Ann will look at the installer again next month.",
        "Carl to revisit the report next week.",
    ],
)
def test_own_work_taken_up_again_is_no_follow_up(body: str) -> None:
    assert follow_ups(body, CALL) == []


# --- an update on a matter at the next gathering ------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "* ACTION: Carl - update on the mirror budget next week",
            "ACTION: Carl - update on the mirror budget next week",
        ),
        (
            "Ann will update on the migration next week.",
            "Ann will update on the migration next week.",
        ),
        (
            "Dee - update about the hosting bill next week",
            "Dee - update about the hosting bill next week",
        ),
    ],
)
def test_an_update_on_a_matter_next_week(body: str, expected: str) -> None:
    assert follow_ups(body, CALL) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # something updated, not an update given
        "Carl to update the docs next week.",
        "Ann will update the mirror list next month.",
    ],
)
def test_something_updated_next_week_is_no_follow_up(body: str) -> None:
    assert follow_ups(body, CALL) == []


# --- the next meeting's day alone, under its heading --------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("### Next meeting\n\n* **Next week**\n    * Chair: Ann\n    * Notes: Bob", []),
        ("## Next call\n\n- Tuesday evening\n    - Host: Carl", []),
        ("## Next meeting\n\n- The following month", []),
        # its topics still come back
        (
            "## Next meeting\n\n- Discuss the bylaws\n- Review the budget",
            ["Discuss the bylaws", "Review the budget"],
        ),
    ],
)
def test_the_next_meetings_day_alone_is_no_topic(body: str, expected: list[str]) -> None:
    assert follow_ups(body, CALL) == expected


# --- a place reopening, not a matter ------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The Youth Club reopens in September.", []),
        ("The library will re-open in the new year.", []),
        (
            "Members will reopen the discussion in October.",
            ["Members will reopen the discussion in October."],
        ),
        (
            "Members agreed to re-open this next year.",
            ["Members agreed to re-open this next year."],
        ),
    ],
)
def test_a_place_reopening_is_no_follow_up(body: str, expected: list[str]) -> None:
    assert follow_ups(body) == expected


# --- the next meeting's own arrangements, a preposition before it -------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Calendar invite for next call will be sent by Ann.",
        "Bob to send the Zoom link for next meeting.",
        "Carl to book the hall for next meeting.",
        "The recording of the next call will be posted.",
    ],
)
def test_the_next_meetings_arrangements_bring_nothing(body: str) -> None:
    assert follow_ups(body, CALL) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Discuss the mirror costs at next meeting.",
            ["Discuss the mirror costs at next meeting."],
        ),
        ("Invite the packager to next meeting.", ["Invite the packager to next meeting."]),
        ("Bring the benchmarks to the next call.", ["Bring the benchmarks to the next call."]),
    ],
)
def test_business_for_the_next_meeting_stays(body: str, expected: list[str]) -> None:
    assert follow_ups(body, CALL) == expected


@pytest.mark.parametrize(
    "body",
    [
        # the minutes of this meeting, approved at the next
        "The minutes of this meeting will be approved at the next meeting.",
        "Minutes of tonight's meeting to be signed at the September meeting.",
        # the next meeting's own papers sent round, items asked of all, its venue
        "The agenda for the next meeting will be circulated a week before.",
        "Papers for the October meeting will be sent out a week in advance.",
        "Please send agenda items for the next meeting to the Clerk by 1 September.",
        "Mrs Hart offered her house for the next meeting.",
    ],
)
def test_the_next_meetings_own_papers_and_place(body: str) -> None:
    assert follow_ups(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Put the verge cutting on the agenda for the next meeting.",
            ["Put the verge cutting on the agenda for the next meeting."],
        ),
        (
            "The agenda for the next meeting will include the budget.",
            ["The agenda for the next meeting will include the budget."],
        ),
    ],
)
def test_the_next_meetings_business_on_its_agenda(body: str, expected: list[str]) -> None:
    assert follow_ups(body) == expected


# --- a regular item of every agenda, not one later meeting's ------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("This will be a regular item on future agendas.", []),
        ("It was agreed that the speedwatch would be a recurring agenda item.", []),
        ("The verges will be a permanent item at future meetings.", []),
        # one later meeting's item stays
        (
            "It was agreed that the verges would be an item at the next meeting.",
            ["It was agreed that the verges would be an item at the next meeting."],
        ),
    ],
)
def test_a_regular_item_is_every_meetings(body: str, expected: list[str]) -> None:
    assert follow_ups(body) == expected


# --- a main clause after a question or condition, and a time that is a question's ---------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "A query was raised about whether the quotes should be considered in private and"
            " with this in mind the standing orders will be reviewed at the next meeting.",
            [
                "A query was raised about whether the quotes should be considered in private and"
                " with this in mind the standing orders will be reviewed at the next meeting."
            ],
        ),
        (
            "Members asked if the bins could be discussed again and so the Clerk will bring"
            " costs to the September meeting.",
            [
                "Members asked if the bins could be discussed again and so the Clerk will bring"
                " costs to the September meeting."
            ],
        ),
        # the time is a question's: when something falls due, asked of someone
        ("Clerk to contact the school to discuss and enquire when the lease is due.", []),
        ("Ann to check when the insurance renewal is due and discuss it.", []),
        # a question to settle holding the time
        ("Goal: decide how often we meet and when the next time this should be revisited.", []),
        ("Members asked whether the report would come back to the next meeting.", []),
    ],
)
def test_a_main_clause_after_a_question(body: str, expected: list[str]) -> None:
    assert follow_ups(body) == expected
