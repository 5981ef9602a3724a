"""Follow-ups and decisions on unseen minutes (issue 11, round 20): each kind of sentence with
invented variants (a fictional parish council and a fictional project's call, meeting on
Thursday 2 July 2026) and near misses it must not fire on."""

from __future__ import annotations

import pytest

from clerk_tui.core.model import ParsedMinutes
from clerk_tui.core.parse import parse_strict

HEAD = (
    "Minutes of the Fenbridge Parish Council meeting held on 2 July 2026\n"
    "Present: Ann Lee, Bob Tate, Carl Moss, Dee Hart\n\n4. Business\n"
)
CALL = "# Tooling sync - 2026-07-02\nAttendees: Ann, Bob, Carl\n\n## Notes\n"


def parsed(body: str, head: str = HEAD) -> ParsedMinutes:
    return parse_strict(head + body + "\n")


def decisions(body: str, head: str = HEAD) -> list[str]:
    return [d.text for d in parsed(body, head).decisions]


def follow_ups(body: str, head: str = HEAD) -> list[str]:
    return [f.text for f in parsed(body, head).follow_ups]


# --- decisions: a list numbered afresh under a label of decisions ------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Decisions:\n1. Drop the old installer\n2. Tag the release on Monday",
            ["Drop the old installer", "Tag the release on Monday"],
        ),
        (
            "DECISIONS\n1) Keep the forum open\n2) Close the old wiki\n3) Archive the chat",
            ["Keep the forum open", "Close the old wiki", "Archive the chat"],
        ),
        (
            "Agreed:\n1. Renew the mower contract\n2. Repaint the bus shelter",
            ["Renew the mower contract", "Repaint the bus shelter"],
        ),
        (
            "Key decisions:\n1. Hold the quiz in March\n2. Charge £5 a team",
            ["Hold the quiz in March", "Charge £5 a team"],
        ),
    ],
)
def test_a_fresh_numbered_list_under_a_decisions_label_is_its_decisions(
    body: str, expected: list[str]
) -> None:
    found = decisions(body, CALL)
    assert len(found) == len(expected)
    for text, point in zip(found, expected, strict=True):
        assert point in text


@pytest.mark.parametrize(
    "body",
    [
        # the label's list ends at a blank line: the meeting's next item is no decision
        "Agreed:\n1. Renew the mower contract\n2. Repaint the bus shelter\n\n"
        "3. Date of next meeting\nTuesday 8 September 2026.",
        # the meeting's next item right after the list, numbered out of turn
        "Agreed:\n1. Renew the mower contract\n2. Repaint the bus shelter\n"
        "5. Date of next meeting\nTuesday 8 September 2026.",
        # numbered headings, each over its own resolution: one line alone is no list
        "Decisions:\n1. Minutes\nRESOLVED that the minutes be approved.\n2. Budget\n"
        "RESOLVED that the precept be set at £9,000.",
    ],
)
def test_the_meetings_own_numbered_items_are_not_a_labels_list(body: str) -> None:
    found = decisions(body)
    assert not any("Date of next meeting" in d or d.endswith(("Minutes", "Budget")) for d in found)


# --- decisions: sentences of deciding the rules read only in part ------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the meeting voted, then agreed
        (
            "The members voted and unanimously agreed on the need to repair the roof.",
            "The members voted and unanimously agreed on the need to repair the roof.",
        ),
        (
            "Members voted and unanimously approved the new hire rates.",
            "Members voted and unanimously approved the new hire rates.",
        ),
        # a proposal weighed somewhere named, then accepted
        (
            "The proposal was discussed at length and accepted; a report will follow.",
            "The proposal was discussed at length and accepted; a report will follow.",
        ),
        (
            "The plan was discussed at the spring meeting and approved.",
            "The plan was discussed at the spring meeting and approved.",
        ),
        # the outcome in capitals
        (
            "An amendment to list the schemes by cost was CARRIED.",
            "An amendment to list the schemes by cost was CARRIED.",
        ),
        (
            "The request for a second bench was APPROVED.",
            "The request for a second bench was APPROVED.",
        ),
        # someone's paper or news noted, whatever it is, or with a clause between
        (
            "Mr Hale has stepped down from the group. His resignation was noted.",
            "His resignation was noted.",
        ),
        ("The Clerk's planning sheet was noted.", "The Clerk's planning sheet was noted."),
        (
            "Her resignation from the committee was noted with regret.",
            "Her resignation from the committee was noted with regret.",
        ),
        (
            "Ms Rowe's report, which was circulated in advance, was noted.",
            "Ms Rowe's report, which was circulated in advance, was noted.",
        ),
    ],
)
def test_sentences_of_deciding(body: str, expected: str) -> None:
    assert decisions(body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        "The grant was discussed at the last meeting and approved by the District Council.",
        "The Annual Return was completed and duly signed by the Chairman.",
        "The balance of £40 was CARRIED FORWARD to next year.",
        "Several members voted and agreed with the motion.",
        "Cllr Dunn's apology was noted.",
        "Thanks to the Clerk for the new layout was noted.",
        "His concern that the hedge was too high was noted.",
        "The item was discussed and it was noted that the hedge needed cutting.",
    ],
)
def test_not_sentences_of_deciding(body: str) -> None:
    assert decisions(body) == []


# --- decisions: a sentence after its paragraph's number ---------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "4.1 The committee agreed to hold the fete on 6 June.",
        "7.2 Members endorsed the revised hire charges.",
        "12/26 The meeting supported the plan to close the lane.",
        "3.1.2 Trustees voted to replace the boiler.",
    ],
)
def test_a_decision_after_its_paragraphs_number(body: str) -> None:
    assert decisions(body) == [body]


@pytest.mark.parametrize(
    "body",
    [
        # a count, not a paragraph's number: some of the members
        "4.1 Fees\n2 members voted against the proposal.",
        "Two members voted against the proposal.",
    ],
)
def test_some_of_the_members_after_a_number_decide_nothing(body: str) -> None:
    assert decisions(body) == []


# --- decisions: a motion that fell, with no one to second it or on the vote -------------------


@pytest.mark.parametrize(
    "body",
    [
        "The motion to sell the field fell for want of a seconder.",
        "Motion by Cllr Pike to close the car park. It fell for lack of a seconder.",
        "Motion to close the car park was not seconded.",
        "Motion by Cllr Pike to close the car park. The motion fell 2-4.",
        "Cllr Pike proposed that the car park be closed, seconded by Cllr Hart.\n"
        "The proposal was lost.",
        "Cllr Moss proposed that the hall fees rise, seconded by Cllr Lee. The motion fell.",
    ],
)
def test_a_motion_that_fell_is_no_decision(body: str) -> None:
    assert decisions(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Motion by Cllr Pike to close the car park. Carried 4-2.",
        "Cllr Pike proposed that the car park be closed, seconded by Cllr Hart.\n"
        "Carried unanimously.",
    ],
)
def test_a_motion_carried_is_still_a_decision(body: str) -> None:
    assert len(decisions(body)) == 1


# --- follow-ups: the list under a heading of the next gathering's agenda or of items held over --


@pytest.mark.parametrize(
    "body",
    [
        "Agenda for next time:\n- Docs site move\n- Hiring a contractor",
        "Agenda for the next call\n* Docs site move\n* Hiring a contractor",
        "Items to carry forward:\n- Docs site move\n- Hiring a contractor",
        "Topics to hold over:\n- Docs site move\n- Hiring a contractor",
    ],
)
def test_the_list_under_a_later_agenda_or_items_held_over(body: str) -> None:
    assert follow_ups(body, CALL) == ["Docs site move", "Hiring a contractor"]


@pytest.mark.parametrize(
    "body",
    [
        "## Agenda\n- Docs site move\n- Hiring a contractor",
        "Agenda for this meeting:\n- Docs site move\n- Hiring a contractor",
        "Agenda for today:\n- Docs site move",
    ],
)
def test_this_meetings_own_agenda_is_no_follow_up(body: str) -> None:
    assert follow_ups(body, CALL) == []


# --- decisions: a practice changed from this meeting on -----------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "From now on, minutes will be circulated within a week.",
        "Going forward, we will use the shared drive for papers.",
        "In future the agenda will go out ten days before the meeting.",
        "Declarations of interest will be taken at the start of each meeting.",
        "Public questions will be at the start of future meetings rather than the end.",
        "Henceforth the hall will be locked at ten o'clock.",
    ],
)
def test_a_practice_changed_from_now_on_is_a_decision(body: str) -> None:
    assert decisions(body) == [body]


@pytest.mark.parametrize(
    "body",
    [
        # a report of work done and kept up
        "The area has been cleared and will be maintained in future.",
        # hedged, suggested, hoped or expected
        "It might be better in future to meet in the library.",
        "Cllr Hart suggested that in future the agenda should go out earlier.",
        "We hope to meet more often going forward.",
        "The service is expected to be available from September onwards.",
        # a question
        "Is the agenda going to be sent out earlier in future?",
    ],
)
def test_not_a_practice_changed(body: str) -> None:
    assert decisions(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "The questions of electing a new chair, any changes to the rules and the lease are to be "
        "considered at future meetings.",
        "The boundary question will be discussed again at future meetings.",
        "The hedge survey is to be looked at in future meetings.",
        "Grant criteria will be reviewed at each meeting until the fund is spent.",
    ],
)
def test_business_taken_up_at_meetings_to_come_is_no_practice(body: str) -> None:
    assert decisions(body) == []


# --- decisions: a charge raised, cut or kept ----------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Hire charges to remain unchanged for next year.",
        "Hire charges to increase to £15 per hour from April.",
        "Allotment rents will stay at £30 a plot.",
        "The subscription will rise to £12 from January.",
        "Hall charges will remain the same.",
    ],
)
def test_a_charge_raised_or_kept_is_a_decision(body: str) -> None:
    assert decisions(body) == [body]


@pytest.mark.parametrize(
    "body",
    [
        "The County Council's charges will rise to £20.",
        "Hire charges may rise to £15 if the boiler fails.",
        "Hire charges rose to £15 last year.",
        "Hire charges will remain unchanged if the grant is paid.",
    ],
)
def test_not_a_charge_fixed_by_the_meeting(body: str) -> None:
    assert decisions(body) == []


# --- decisions: a candidate nominated for an office, and the election told after it ------------


@pytest.mark.parametrize(
    "body",
    [
        "Cllr Pike nominated Cllr Hart for Chair, seconded by Cllr Lee. There were no other "
        "nominations.",
        "Ann Lee was nominated by Bob Tate and seconded by Carl Moss. No other nominations "
        "were received.",
        "Sam kindly agreed to continue as Chair for another year.",
        "Cllr Hart agreed to continue as Vice Chair.",
        "Jo agreed to remain as Treasurer until the AGM.",
    ],
)
def test_a_nomination_seconded_or_an_office_kept_is_a_decision(body: str) -> None:
    assert len(decisions(body)) == 1


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Cllr Pike nominated Cllr Hart for Chairman, seconded by Cllr Lee. With no other "
            "nominations Cllr Hart was duly elected.",
            "With no other nominations Cllr Hart was duly elected.",
        ),
        (
            "It was proposed and seconded that Cllr Rhian Moss should remain as Vice-Chairman. "
            "With no other nominations Cllr Moss was duly elected.",
            "With no other nominations Cllr Moss was duly elected.",
        ),
        (
            "Councillor Dana Frost was nominated and seconded for Chairman. There were no other "
            "nominations and Councillor Frost took the role of Chairman.",
            "There were no other nominations and Councillor Frost took the role of Chairman.",
        ),
    ],
)
def test_a_nomination_and_its_election_are_one_decision(body: str, expected: str) -> None:
    assert decisions(body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        "Cllr Pike nominated Cllr Hart for Chair.",
        "Cllr Hart was nominated for the award by the District Council.",
        "Sam agreed to continue as normal with the rota.",
        "Cllr Pike nominated Cllr Hart for Chair, seconded by Cllr Lee. The nomination fell 2-4.",
    ],
)
def test_not_an_office_filled(body: str) -> None:
    assert decisions(body) == []


def test_a_motion_and_another_decision_after_it_stay_two() -> None:
    body = (
        "Cllr Pike proposed approval of the revised burial fees, seconded by Cllr Lee, all in "
        "favour. The Council also agreed to adopt the revised burial guidance."
    )
    assert len(decisions(body)) == 2


# --- decisions: "Agreed." alone closes the point on the line before it --------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "- Freeze the hall fees for a year.\n\nAgreed.\n\n- Check the boiler pressure "
            "monthly.\n\nThis is done already.",
            "Freeze the hall fees for a year. Agreed.",
        ),
        ("- Buy a second mower\n  - Agreed.", "Buy a second mower - Agreed."),
        ("Move the quiz to Fridays.\nAGREED.", "Move the quiz to Fridays. AGREED."),
        (
            "Members discussed a later start for the summer walks.\nAgreed.",
            "Members discussed a later start for the summer walks. Agreed.",
        ),
    ],
)
def test_agreed_alone_closes_the_point_before_it(body: str, expected: str) -> None:
    assert decisions(body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a colon opens what follows
        ("Move the quiz.\nAgreed:\nThe quiz moves to Fridays.", "The quiz moves to Fridays."),
        # right under the item's heading, it heads what follows
        ("5. Quiz\nAgreed.\nThe quiz moves to Fridays.", "The quiz moves to Fridays."),
    ],
)
def test_agreed_that_heads_what_follows(body: str, expected: str) -> None:
    assert decisions(body) == [expected]


# --- follow-ups: not the previous meeting's log under review -----------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "## Review of previous actions\n- 12/3: Reconsider the licence wording (no progress)\n"
        "- 12/4: Reconsider the quotes - ongoing",
        "Actions from last meeting:\n* Reconsider the docs structure (no progress).",
        "## Review of previous actions\n- 12/3: Revisit the licence question next month (done)",
        "- Revisit the hosting costs next week (done)",
    ],
)
def test_the_previous_log_restated_brings_nothing_back(body: str) -> None:
    assert follow_ups(body, CALL) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an entry's update that brings a matter back
        (
            "## Review of previous actions\n- 12/3: Price the flagpoles – done, options for "
            "decision at the next meeting",
            ["12/3: Price the flagpoles – done, options for decision at the next meeting"],
        ),
        # minuted in prose while the log is reviewed
        (
            "## Review of previous actions\n- 12/3: Reconsider the licence wording (no progress)\n"
            "It was agreed that the licence question will come back at the next call.",
            ["It was agreed that the licence question will come back at the next call."],
        ),
    ],
)
def test_a_matter_brought_back_while_the_log_is_reviewed(body: str, expected: list[str]) -> None:
    assert follow_ups(body, CALL) == expected
