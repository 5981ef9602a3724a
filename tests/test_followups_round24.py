"""Follow-ups on unseen minutes (issue 11, round 24): what must come back to a later meeting
of this body, with or without a time named. Each kind with invented variants (a fictional
parish council and a fictional project's call, meeting on Thursday 2 July 2026) and near
misses it must not fire on."""

from __future__ import annotations

import pytest

from tests.test_fudec_round20 import CALL, follow_ups, parsed

# --- more discussion of the matter still to come -----------------------------------------------


@pytest.mark.parametrize(
    ("body", "head"),
    [
        ("It was noted that further discussion will be required on the allotment rents.", None),
        ("The design of the new noticeboard needs more discussion.", None),
        ("Members felt the cemetery proposal merited further consideration.", None),
        ("Verge cutting: quotes circulated. To be confirmed and discussed further.", None),
        ("- Release notes template (need to discuss more on this)", CALL),
        ("- Further discussion to be had on the docs call later in the week", CALL),
        ("- Plugin API: needs further discussion", CALL),
        # the discussion to go on
        ("Members agreed that the precept debate would continue.", None),
        ("- Discussion to continue", CALL),
        ("- The conversation will continue at the F2F", CALL),
        ("- Agreed to continue the mascot discussion", CALL),
    ],
)
def test_more_discussion_still_to_come(body: str, head: str | None) -> None:
    found = follow_ups(body, head) if head else follow_ups(body)
    assert found == [body.removeprefix("- ")]


@pytest.mark.parametrize(
    ("body", "head"),
    [
        # a discussion past
        ("After further discussion it was agreed to renew the mower contract.", None),
        ("Further discussions had taken place with the county about the verge.", None),
        # none needed, or only perhaps
        ("No further discussion was required on the precept.", None),
        ("If further debate is needed the Chairman will write to members.", None),
        (
            "If there are any matters members feel would require further discussion, they"
            " should email the Clerk.",
            None,
        ),
        # a talk with a party outside, or by another channel
        ("Further discussion with the landowner is needed.", None),
        ("- Needs more discussion on the mailing list", CALL),
        # a noun's modifier
        ("- Priya needs more discussion time for her talk", CALL),
        # a discussion that went on, or would; with a party or elsewhere
        ("Discussion continued about the hedges on Mill Lane.", None),
        ("- If the discussion continues we will run late", CALL),
        ("- Discussion will continue with the residents", CALL),
        ("- Work on the docs site will continue", CALL),
    ],
)
def test_more_discussion_near_misses(body: str, head: str | None) -> None:
    assert (follow_ups(body, head) if head else follow_ups(body)) == []


# --- business put off: for the meeting's own time, a decision, a label in bold ----------------


@pytest.mark.parametrize(
    ("body", "head"),
    [
        ("- Licence header was deferred due to time", CALL),
        ("- Logo refresh postponed for lack of time", CALL),
        ("The verge cutting contract was held over as members ran out of time.", None),
        ("- Decision on the plugin registry deferred", CALL),
        ("- Deferring the mascot discussion", CALL),
        ("- **Deferred**: mascot, sticker order", CALL),
        ("- **Parked:** release cadence", CALL),
    ],
)
def test_business_put_off(body: str, head: str | None) -> None:
    found = follow_ups(body, head) if head else follow_ups(body)
    assert found == [body.removeprefix("- ").replace("**", "")]


@pytest.mark.parametrize(
    ("body", "head"),
    [
        # an event or a piece of work put off, for a reason of its own
        ("The village fete was postponed due to rain.", None),
        ("The litter pick was postponed due to the time of year.", None),
        ("- The 2.0 release was deferred due to a packaging bug", CALL),
        ("- The sprint was postponed due to the holidays", CALL),
        # a scheme's name
        ("The Clerk explained the deferred payment scheme for the hall hire.", None),
    ],
)
def test_put_off_near_misses(body: str, head: str | None) -> None:
    assert (follow_ups(body, head) if head else follow_ups(body)) == []


# --- an item the meeting did not reach ---------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("- Not covered: plugin registry", "Not covered: plugin registry"),
        ("- Didn't get to: mascot, sticker order", "Didn't get to: mascot, sticker order"),
        ("- Ran out of time for the roadmap review", "Ran out of time for the roadmap review"),
        ("- Release checklist - skipped", "Release checklist - skipped"),
        ("- Mascot vote (not reached)", "Mascot vote (not reached)"),
        ("- Docs site: no time, next week", "Docs site: no time, next week"),
        ("## Agenda\n- CI budget (skipped)\n- Release plan", "CI budget (skipped)"),
    ],
)
def test_an_item_not_reached(body: str, expected: str) -> None:
    assert follow_ups(body, CALL) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # someone's absence or errand
        "- Priya skipped the meeting",
        "- Tomasz: skipped the warm-up",
        # the meeting's own close, or a thing not done
        "- We ran out of time and closed at 9",
        "- The bin collection was skipped over Christmas",
        "- No time limit was agreed for talks",
    ],
)
def test_not_reached_near_misses(body: str) -> None:
    assert follow_ups(body, CALL) == []


# --- the group's note to come back, today's reason before it ------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "- no Priya today, circle back",
        "- Tomasz away today - come back to this",
        "- Not enough time today; revisit",
        "- Circle back on the licence question",
        "- We'll circle back on the mascot",
        "- Let's circle back",
    ],
)
def test_the_group_comes_back(body: str) -> None:
    assert follow_ups(body, CALL) == [body.removeprefix("- ")]


@pytest.mark.parametrize(
    "body",
    [
        # someone's own errand, or with a party
        "- Bob to circle back",
        "- Sam will circle back with the club",
        "- Circle back with the vendor about pricing",
        "- Check back with legal",
        # done
        "- Bob circled back on the pricing today",
    ],
)
def test_circle_back_near_misses(body: str) -> None:
    assert follow_ups(body, CALL) == []


# --- the group, as "we'll" or a note's bare "Group to", takes the matter up at a later time ------


@pytest.mark.parametrize(
    "body",
    [
        "- Bob to open a PR and we'll review it next week",
        "- Priya to share the mock-ups; group to review next week",
        "- We'll review the draft charter next week",
        "- Team to review next week",
        "- Committee to review the quotes next month",
        "- We'll look at this next week",
    ],
)
def test_the_group_takes_it_up_later(body: str) -> None:
    assert follow_ups(body, CALL) == [body.removeprefix("- ")]


@pytest.mark.parametrize(
    "body",
    [
        # someone else's own work, or another body's
        "- Officers will review it next week",
        "- I'll review the PR next week",
        "- The Finance Group to review the draft next week",
        # members' homework before the call
        "- Members to review the draft next week",
    ],
)
def test_own_work_later_near_misses(body: str) -> None:
    assert follow_ups(body, CALL) == []


# --- a decision put off until the meeting has seen or heard something --------------------------


@pytest.mark.parametrize(
    "body",
    [
        "The Council would like to see the designs before giving a recommendation on the shelter.",
        "Questions on the lease should be answered before a decision on this is made.",
        "Members wished to see the full costs of the bench before making a decision.",
        "No decision would be taken until the verge survey results were known.",
        "A decision on the mower will be made once all quotes are in.",
    ],
)
def test_a_decision_awaits(body: str) -> None:
    assert follow_ups(body) == [body]


@pytest.mark.parametrize(
    "body",
    [
        # taken already, or what was done before it
        "The Council heard from the applicant before making its decision.",
        "Members asked questions before making a decision on the lease.",
        "A decision on the lease was made before the survey closed.",
        # another body's
        "The County will make a decision once the consultation closes.",
    ],
)
def test_decision_awaits_near_misses(body: str) -> None:
    assert follow_ups(body) == []


# --- a resolution's point in the subjunctive, its "That" spaced out or left off -----------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "(2) T H A T the Committee receive a further report on the pavilion lease.",
            "T H A T the Committee receive a further report on the pavilion lease.",
        ),
        (
            "(3) the Council receive a progress report on the footpath survey.",
            "the Council receive a progress report on the footpath survey.",
        ),
        (
            "(4) the Cabinet receive a further update on the bus scheme.",
            "the Cabinet receive a further update on the bus scheme.",
        ),
    ],
)
def test_a_body_to_receive_a_report(body: str, expected: str) -> None:
    assert follow_ups(body) == [expected]


@pytest.mark.parametrize(
    "body",
    [
        # its practice, or a report received
        "The Committee receives a report on the lease each quarter.",
        "The Committee received a further report on the pavilion lease.",
        "Members receive a report on the accounts every year.",
    ],
)
def test_body_receives_near_misses(body: str) -> None:
    assert follow_ups(body) == []


# --- a matter to be settled, or a paper ready, by a meeting named -------------------------------


@pytest.mark.parametrize(
    ("body", "when"),
    [
        ("It was agreed that the allotment rents would be resolved by the AGM.", "the AGM"),
        ("The boundary question should be settled by the October meeting.", "the October meeting"),
        (
            "Cllr Moss to circulate the draft newsletter by the meeting in June.",
            "the meeting in June",
        ),
        (
            "The revised footpath plan to be ready by the September meeting.",
            "the September meeting",
        ),
    ],
)
def test_settled_or_ready_by_a_named_meeting(body: str, when: str) -> None:
    assert [(f.text, f.when) for f in parsed(body).follow_ups] == [(body, when)]


@pytest.mark.parametrize(
    "body",
    [
        # a deadline for something done outside the meeting
        "Nominations must be received by the AGM.",
        "Members must renew their subscriptions by the AGM.",
        "Quotes for the hedge to be obtained by the September meeting.",
    ],
)
def test_a_deadline_by_a_named_meeting(body: str) -> None:
    assert follow_ups(body) == []


# --- a discussion at the next gathering: in the passive, as a note, led by someone --------------


@pytest.mark.parametrize(
    ("body", "when"),
    [
        ("- Licensing to be discussed next month", "next month"),
        ("- Benchmarks to be presented next week", "next week"),
        ("- Discussion on the release cadence next month", "next month"),
        ("- Mascot discussion next week", "next week"),
        ("- Some progress on the docs site; more next week", "next week"),
        ("- Priya will lead a discussion on the roadmap next month", "next month"),
        ("- Tomasz to facilitate a discussion on triage next week", "next week"),
    ],
)
def test_a_discussion_at_the_next_gathering(body: str, when: str) -> None:
    text = body.removeprefix("- ")
    assert [(f.text, f.when) for f in parsed(body, CALL).follow_ups] == [(text, when)]


@pytest.mark.parametrize(
    "body",
    [
        # a thing done, in the passive: no meeting's business
        "- Website to be updated next week",
        "- Priya to be away next week",
        # a discussion past, with a party, or of a time's subject
        "- Good discussion last week",
        "- Discussion with the vendor next week",
        "- Discussion of next month's budget",
        # someone's discussion elsewhere
        "- Priya will start a discussion on the mailing list",
        "- We need more next week",
    ],
)
def test_discussion_at_the_next_gathering_near_misses(body: str) -> None:
    assert follow_ups(body, CALL) == []
