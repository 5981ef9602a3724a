"""Follow-ups on unseen minutes (issue 11, round 22): each kind with invented variants (a
fictional parish council and a fictional project's call, meeting on Thursday 2 July 2026) and
near misses it must not fire on."""

from __future__ import annotations

import pytest

from tests.test_fudec_round20 import CALL, HEAD, follow_ups

# --- one matter said to be an agenda item for the next meeting, on a numbered line -----------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "7. Speeding on Mill Lane to be an agenda item for the next meeting.",
            "Speeding on Mill Lane to be an agenda item for the next meeting.",
        ),
        (
            "b) Hopefully signed off by the summer – an agenda item for the next meeting, and"
            " shared with residents.",
            "Hopefully signed off by the summer – an agenda item for the next meeting, and shared"
            " with residents.",
        ),
        (
            "3. It was agreed that the main agenda item for the next meeting would be the draft"
            " budget.",
            "It was agreed that the main agenda item for the next meeting would be the draft"
            " budget.",
        ),
        (
            "4) Members agreed the playground audit should be the first item for the next meeting.",
            "4) Members agreed the playground audit should be the first item for the next meeting.",
        ),
        (
            "iii. The verge survey: one matter for the next agenda, once the county replies.",
            "The verge survey: one matter for the next agenda, once the county replies.",
        ),
    ],
)
def test_one_matter_made_an_item_for_the_next_meeting(body: str, expected: str) -> None:
    assert follow_ups(body) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the heading of the items for the next agenda: its entries come back, not it
        (
            "5. Items for the next agenda\n- Bus shelter\n- Tree survey",
            ["Bus shelter", "Tree survey"],
        ),
        ("9. Matters to be included on the next agenda\n- Verge cutting", ["Verge cutting"]),
        ("6. Any items for the next meeting: none", []),
        # an item of a meeting past
        ("2. The allotment rent was an agenda item at the last meeting and was agreed then.", []),
        ("- Parking was an agenda item at the previous meeting.", []),
    ],
)
def test_not_one_matter_for_the_next_meeting(body: str, expected: list[str]) -> None:
    assert follow_ups(body) == expected


# --- a member's own office or absence at a meeting to come brings no business back ------------


@pytest.mark.parametrize(
    ("body", "head"),
    [
        ("- Bob apologised in advance for not being able to join the next call.", CALL),
        ("Dee sent apologies in advance, not being able to attend the next meeting.", HEAD),
        (
            "After some discussion of the vacancies, Ann Lee confirmed that she will step down at"
            " the AGM.",
            HEAD,
        ),
        (
            "There was a short discussion about who will be standing down at the annual meeting"
            " in May.",
            HEAD,
        ),
        ("Carl agreed to act as minute-taker for the next meeting.", HEAD),
        ("Bob Tate said he would be Chairman for tonight and up until the next meeting.", HEAD),
        ("Carl took the notes today; Dee will be the recorder for the next meeting.", HEAD),
        # away until a meeting to come
        ("- Ann will be on leave until the next call.", CALL),
        ("- Carl will be unavailable for the next two calls.", CALL),
        ("Dee is off sick until the next meeting.", HEAD),
        ("- Ana is on holiday until the next call.", CALL),
    ],
)
def test_a_members_own_office_or_absence_is_no_follow_up(body: str, head: str) -> None:
    assert follow_ups(body, head) == []


@pytest.mark.parametrize(
    "body",
    [
        # business brought by an officer, or a guest who comes
        "The Treasurer will present the accounts at the AGM.",
        "Invite the footpath officer to attend the next meeting.",
        "The Chair will report back at the next meeting.",
        "The Secretary will bring the new constitution to the AGM.",
        "Ann will step down at the AGM and the committee will discuss the vacancy at the next"
        " meeting.",
        "Bob is away, so the budget will be discussed at the next meeting.",
    ],
)
def test_business_brought_by_an_officer_still_comes_back(body: str) -> None:
    assert follow_ups(body) == [body]


# --- a member's question put at a meeting, or attendance asked at one, is their errand --------


@pytest.mark.parametrize(
    "body",
    [
        "DD will ask this question at the next Parish Council meeting.",
        "Cllr. Body to enquire at CATG meeting regarding potential part-funding for the gates.",
        "Dee will query at the next PCC meeting whether the hall can be used.",
        "A letter from the county invited attendance at the next Rural Partnership meeting on 3"
        " September.",
        "Members were urged to ensure attendance at the forthcoming joint meeting.",
    ],
)
def test_a_members_question_or_attendance_at_a_meeting_is_no_follow_up(body: str) -> None:
    assert follow_ups(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Members asked for an update at the next meeting.",
        "Ask the Clerk to report at the next meeting.",
        "Cllr Hart will raise it at the Area Forum.",
        "Invite the PCSO to attend the next meeting.",
        "The Clerk will ask the county for figures and bring them to the next meeting.",
        # the question is hers, what she brings back is business
        "Sam will ask the question at the next District Forum meeting and report back.",
    ],
)
def test_business_asked_for_at_a_meeting_still_comes_back(body: str) -> None:
    assert follow_ups(body) == [body]


# --- a body named in lower case with its kind before it, business taken to it -----------------


@pytest.mark.parametrize(
    "body",
    [
        "An update that Priya will present to the steering board.",
        "The revised budget will be referred to the finance committee.",
        "Sam to bring the draft policy to the management committee in September.",
        "Costs to be reported to the events committee.",
        "The Clerk will submit the bid to the grants panel.",
    ],
)
def test_business_taken_to_a_body_named_in_lower_case(body: str) -> None:
    assert follow_ups(body) == [body]


@pytest.mark.parametrize(
    "body",
    [
        # a board or panel that is a thing
        "Sam will take the poster to the notice board.",
        "The cable will go to the control panel.",
        "Ann will submit the photos to the information board.",
        # done already
        "Ann said the grant was reported to the finance committee last year.",
    ],
)
def test_not_business_taken_to_a_body_in_lower_case(body: str) -> None:
    assert follow_ups(body) == []


# --- a standing practice after each call, and "the following" things listed, bring nothing back


@pytest.mark.parametrize(
    "body",
    [
        "- Update the checklist to include the following steps after each call",
        "- Bob to update the following pages after each call",
        "- We agreed to review the following risks at every sync",
        "- Revisit the following checklist during every stand-up",
        "- Ana will share the recording after every call and report back.",
    ],
)
def test_a_practice_at_every_call_is_no_follow_up(body: str) -> None:
    assert follow_ups(body, CALL) == []


@pytest.mark.parametrize(
    ("body", "head"),
    [
        ("- Discuss the following points at the next call", CALL),
        ("- Bring the following week's figures to the next sync", CALL),
        ("The survey results will be discussed at the following meeting.", HEAD),
        ("Deferred to the next in-person meeting.", HEAD),
    ],
)
def test_a_call_or_meeting_to_come_still_brings_business_back(body: str, head: str) -> None:
    assert follow_ups(body, head) == [body.removeprefix("- ")]


# --- the next meeting's note, with who will bring what to it -----------------------------------


@pytest.mark.parametrize(
    ("body", "head"),
    [
        ("Next meeting: 9 July – Ana will present the survey results", HEAD),
        ("Next meeting 14 October: the Treasurer to present the draft budget.", HEAD),
        ("Next meeting on 3 March, when Bob will report on the playground.", HEAD),
        ("Next call: 12 Aug — Priya to demo the new dashboard", CALL),
        ("Next meeting: 14 May, when the warden will give a short talk on the stiles.", HEAD),
    ],
)
def test_the_next_meeting_with_who_brings_what(body: str, head: str) -> None:
    assert follow_ups(body, head) == [body]


@pytest.mark.parametrize(
    "body",
    [
        # its date, place, chair or running; nothing brought
        "Next meeting: 9 July at 7pm in the Pavilion",
        "Next meeting: 9 July – Ana will chair",
        "Next meeting: 9 July – venue to be confirmed",
        "Next meeting: 9 July – Dee to book the hall",
        "Sam said that since the next meeting clashes with the fete, Ana will give her apologies.",
        # a meeting past
        "The next meeting was on 3 June, when Bob reported on the playground.",
    ],
)
def test_the_next_meeting_with_nothing_brought(body: str) -> None:
    assert follow_ups(body) == []


# --- a matter put off before this meeting, told now, does not come back again -----------------


@pytest.mark.parametrize(
    "body",
    [
        "The item on the hall roof was deferred at the last meeting pending quotes.",
        "The item on the hall roof was deferred at the last meeting, pending quotes.",
        "The Clerk reported that the item deferred in March had now been resolved.",
        "The footpath item, postponed at the previous meeting, has now been settled.",
        "The grant application, postponed at the previous meeting, was approved.",
    ],
)
def test_a_matter_put_off_before_this_meeting(body: str) -> None:
    assert follow_ups(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "The item was deferred to the next meeting.",
        "As at the last meeting, the item was deferred until the autumn.",
        "The verge cutting was postponed until the October meeting.",
    ],
)
def test_a_matter_put_off_at_this_meeting_comes_back(body: str) -> None:
    assert follow_ups(body) == [body]


# --- something shown at an event of others, not at a meeting of this one ---------------------


@pytest.mark.parametrize(
    ("body", "head"),
    [
        ("Alice will present the roadmap at the regional conference in October.", HEAD),
        ("- The vendor will demo the new release at the summer expo in October.", CALL),
        ("- Ana will present the new logo at the community fair next week.", CALL),
        ("- Priya will present her poster at the spring symposium next month.", CALL),
        ("- Bob will talk about the project at the autumn festival in September.", CALL),
    ],
)
def test_something_shown_at_an_event_of_others(body: str, head: str) -> None:
    assert follow_ups(body, head) == []


@pytest.mark.parametrize(
    ("body", "head"),
    [
        ("Sam will report back on the regional conference at the next meeting.", HEAD),
        ("It will be decided by a show of hands at the next meeting.", HEAD),
        (
            "Ann will present her photos at the open day and bring the feedback to the October"
            " meeting.",
            HEAD,
        ),
        ("- Priya will present the survey results next week.", CALL),
    ],
)
def test_something_brought_to_this_meeting_after_an_event(body: str, head: str) -> None:
    assert follow_ups(body, head) == [body.removeprefix("- ")]


# --- a clause of what was done before ("Having ...") holds no follow-up -----------------------


@pytest.mark.parametrize(
    ("body", "head"),
    [
        (
            "Having given a report at the Annual Parish Meeting, the Chairman had nothing further"
            " to report.",
            HEAD,
        ),
        (
            "Having been carried over to the next meeting twice, the hall roof was finally agreed.",
            HEAD,
        ),
        ("- Having been pushed to next week twice, the item was finally discussed.", CALL),
        ("Having been postponed until the spring, the fete was finally held in June.", HEAD),
        ("Having been held over to the next meeting, the hedge quote was accepted.", HEAD),
    ],
)
def test_a_clause_of_what_was_done_before(body: str, head: str) -> None:
    assert follow_ups(body, head) == []


@pytest.mark.parametrize(
    ("body", "head"),
    [
        ("Having considered the report, the Committee deferred it to the next meeting.", HEAD),
        (
            "Having discussed it at the last meeting, members agreed to bring it back in the"
            " autumn.",
            HEAD,
        ),
        ("The Clerk, having checked the lease, will report back to the next meeting.", HEAD),
        (
            "- Having demoed the tool at the last call, Priya will bring the docs next week.",
            CALL,
        ),
    ],
)
def test_what_comes_back_after_a_clause_of_what_was_done(body: str, head: str) -> None:
    assert follow_ups(body, head) == [body.removeprefix("- ")]


# --- a note of coming back nested under a bullet, notes beside it between -------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "- Decide on a naming policy for forks\n    - Come back to later",
            "Decide on a naming policy for forks - Come back to later",
        ),
        (
            "- Release cadence\n    - the current monthly cadence is fine\n    - revisit next week",
            "Release cadence - revisit next week",
        ),
        (
            "* Docs site migration:\n    * blocked on DNS\n    * To discuss again next call",
            "Docs site migration - To discuss again next call",
        ),
        ("1. Grant bid\n   - Revisit in the new year", "1. Grant bid - Revisit in the new year"),
        (
            "- Mentoring scheme\n\t- defer to the autumn meeting",
            "Mentoring scheme - defer to the autumn meeting",
        ),
    ],
)
def test_a_nested_note_comes_back_with_its_topic(body: str, expected: str) -> None:
    assert follow_ups(body, CALL) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the note names its own subject, or stands under no bullet
        ("- Release cadence\n    - We will revisit next week", "We will revisit next week"),
        ("- Revisit the fees next month", "Revisit the fees next month"),
        ("Fees review\n    - revisit next week", "revisit next week"),
        ("- Release cadence\n\n    - revisit next week", "revisit next week"),
    ],
)
def test_a_note_with_its_own_subject_or_no_bullet_over_it(body: str, expected: str) -> None:
    assert follow_ups(body, CALL) == [expected]
