"""Follow-up rules, round 5: a paper to come back with or be resubmitted, business to come
before a body, put on a Forward Plan, put off in a call's words ("Punted to next week"),
revisited after a semicolon, reviewed by the body later, raised at another body's meeting,
a note "Follow-up in two weeks" and the next meeting's business stated with it; each on
made-up Riverside passages, with what the rules must not take."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def _follow_ups(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.when) for f in parse_strict(text).follow_ups]


_HEAD = (
    "Riverside Borough Council\nMinutes of the Housing Panel held on 4 March 2024\n\n1. Repairs\n"
)


def test_a_paper_to_come_back_or_before_a_body() -> None:
    text = _HEAD + (
        "The Panel directed officers to return with costed options for the depot.\n"
        "The scheme was withdrawn and will be resubmitted in April.\n"
        "The lettings policy would come before the Committee again in the new year.\n"
        "Item to be added to the Forward Plan.\n"
        # Not follow-ups: a return from a place, a paper resubmitted already.
        "Cllr Lowe would return with the keys on Friday.\n"
        "The application was resubmitted last week.\n"
    )
    assert _follow_ups(text) == [
        ("The Panel directed officers to return with costed options for the depot.", None),
        ("The scheme was withdrawn and will be resubmitted in April.", "in April"),
        (
            "The lettings policy would come before the Committee again in the new year.",
            "in the new year",
        ),
        ("Item to be added to the Forward Plan.", None),
    ]


def test_business_put_off_in_a_call_s_words() -> None:
    text = (
        "# Riverside Data WG call, 4 March 2024\n\n"
        "- Punted to next week.\n"
        "- The schema discussion slipped to the next meeting.\n"
        "- Moved to next week's call.\n"
        "- Parked for now; revisit after the spring release.\n"
        "- Follow-up in two weeks.\n"
        # Not follow-ups: a move, a motion, a task to follow up with someone.
        "- Helen moved to Leeds last year.\n"
        "- The motion was moved by Helen.\n"
        "- Follow up with the printer about the proofs.\n"
    )
    assert [t for t, _ in _follow_ups(text)] == [
        "Punted to next week.",
        "The schema discussion slipped to the next meeting.",
        "Moved to next week's call.",
        "Parked for now; revisit after the spring release.",
        "Follow-up in two weeks.",
    ]


def test_reviewed_by_the_body_or_raised_at_another() -> None:
    text = _HEAD + (
        "The allocations policy will be reviewed by the Panel in 12 months.\n"
        "Cllr Hart will raise the damp cases at the Area Forum.\n"
        # Not follow-ups: an officer's review, money raised.
        "The allocations policy will be reviewed by officers.\n"
        "The tenants will raise funds at the summer fair.\n"
    )
    assert _follow_ups(text) == [
        ("The allocations policy will be reviewed by the Panel in 12 months.", "in 12 months"),
        ("Cllr Hart will raise the damp cases at the Area Forum.", "the Area Forum"),
    ]


def test_the_next_meeting_s_business_stated_with_it() -> None:
    text = (
        "Riverside Allotment Society\nCommittee meeting, 4 March 2024\n\n1. Any other business\n"
        "Next meeting: 8 April 2024, to include the annual accounts.\n"
        "The next meeting will focus on the summer show.\n"
        "Next meeting agenda: hedges; compost bays.\n"
        # Not follow-ups: the next meeting's date, time and place.
        "Next meeting: 8 April 2024 at 7pm in the Pavilion.\n"
        "The next meeting will be held on 8 April.\n"
    )
    assert [t for t, _ in _follow_ups(text)] == [
        "Next meeting: 8 April 2024, to include the annual accounts.",
        "The next meeting will focus on the summer show.",
        "Next meeting agenda: hedges; compost bays.",
    ]


def test_sent_on_to_a_body_or_to_be_decided_later() -> None:
    text = _HEAD + (
        "Referred to the Policy Committee.\n"
        "RECOMMENDED to Council that the repairs contract be extended.\n"
        "Recommendation to Full Council: that the rents rise by 3%.\n"
        "The Panel noted the update and asked to see the final figures in June.\n"
        "Members will be asked to approve the final version in May.\n"
        "A further paper will come forward in the autumn.\n"
        # Not follow-ups: a heading, figures asked for with no time, work brought forward.
        "Recommendations to Cabinet were considered in December.\n"
        "Members asked to see the figures.\n"
        "The start of the works was brought forward.\n"
    )
    assert _follow_ups(text) == [
        ("Referred to the Policy Committee.", None),
        ("RECOMMENDED to Council that the repairs contract be extended.", None),
        ("Recommendation to Full Council: that the rents rise by 3%.", None),
        ("The Panel noted the update and asked to see the final figures in June.", "in June"),
        ("Members will be asked to approve the final version in May.", "in May"),
        ("A further paper will come forward in the autumn.", "in the autumn"),
    ]


def test_what_names_a_later_meeting_and_brings_nothing_back_to_it() -> None:
    text = _HEAD + (
        "The County Council will report back to residents in the summer.\n"
        "The Clerk will report back to the contractor.\n"
        "Cllr Hart said she could not attend the April meeting.\n"
        "The item deferred from the February meeting was considered.\n"
        # Still follow-ups: back to the body, its members, or the matter.
        "The Clerk will report back to Members in the summer.\n"
        "The Panel will come back to this in May.\n"
    )
    assert [t for t, _ in _follow_ups(text)] == [
        "The Clerk will report back to Members in the summer.",
        "The Panel will come back to this in May.",
    ]
