"""Decision rules, round 5: decisions that are not this meeting's though a verb of deciding
states them, one recalled from an earlier time or one of another body, reported or only
noted; each on made-up Riverside passages."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def _decisions(text: str) -> list[str]:
    return [d.text for d in parse_strict(text).decisions]


_HEAD = (
    "Riverside Town Council\n"
    "Minutes of the Amenities Committee held on 4 March 2024\n\n"
    "Present: Cllr A Hart (Chair), Cllr B Evans\n\n"
    "1. Matters arising\n"
)


def test_a_decision_taken_before_this_meeting() -> None:
    text = _HEAD + (
        "At the February meeting it was resolved to buy two new bins.\n"
        "The Committee agreed last month to repaint the benches.\n"
        "The Committee resolved on 12 January to close the toilets in winter.\n"
        "In 2022 the Committee agreed to plant a tree for every new house.\n"
        # This meeting's: the date is when the work is done, or the meeting's own.
        "The Committee agreed to hold a litter pick on 6 April.\n"
        "The Committee resolved to reopen the toilets in May.\n"
        "The Committee recommended that Cabinet reconsider the fees at its meeting in January.\n"
    )
    assert _decisions(text) == [
        "The Committee agreed to hold a litter pick on 6 April.",
        "The Committee resolved to reopen the toilets in May.",
        "The Committee recommended that Cabinet reconsider the fees at its meeting in January.",
    ]


def test_a_decision_of_another_body() -> None:
    text = _HEAD + (
        "The County Council agreed to fund the crossing on Mill Lane.\n"
        "The Planning Committee recommended to Cabinet that the local plan be adopted.\n"
        "Cabinet approved the play strategy.\n"
        # The meeting itself, named as its heading names it or bare.
        "The Amenities Committee resolved to hold a spring clean.\n"
        "The Committee agreed to recommend to Full Council that the fees rise.\n"
    )
    assert _decisions(text) == [
        "The Amenities Committee resolved to hold a spring clean.",
        "The Committee agreed to recommend to Full Council that the fees rise.",
    ]


def test_a_heading_with_no_body_tells_nothing() -> None:
    text = (
        "Riverside Makers: notes of 4 March 2024\n\n"
        "1. Tools\n"
        "The Steering Group agreed to buy a second lathe.\n"
    )
    assert _decisions(text) == ["The Steering Group agreed to buy a second lathe."]


def test_minutes_of_an_earlier_meeting_approved_now() -> None:
    text = _HEAD + "The minutes of the meeting held on 5 February 2024 were approved.\n"
    assert _decisions(text) == ["The minutes of the meeting held on 5 February 2024 were approved."]


def test_the_points_after_a_lettered_resolution() -> None:
    text = _HEAD + (
        "Members considered the quotes for the swings.\n"
        "(a) the quote from Acme Play be accepted;\n"
        "(b) the Clerk write to the other bidders; and\n"
        "(c) works to begin in May.\n"
        "Members were pleased with the outcome.\n"
        "2. Hedges\n"
        # A list that states facts is not a resolution's.
        "(a) the hedge was cut in January;\n"
        "(b) the Clerk write to the farmer.\n"
    )
    assert _decisions(text) == [
        "(a) the quote from Acme Play be accepted;",
        "(b) the Clerk write to the other bidders; and",
        "(c) works to begin in May.",
    ]


def test_a_motion_under_its_proposer_and_seconder() -> None:
    text = _HEAD + (
        "Proposed by Cllr Hart\n"
        "Seconded by Cllr Evans\n"
        "That CCTV be mandatory in all taxis from 2025.\n"
        "On being put to the vote the motion was carried.\n"
        "2. Benches\n"
        "Proposed by Cllr Evans\n"
        "Seconded by Cllr Hart\n"
        "That a bench be placed by the pond.\n"
        "The motion was lost.\n"
    )
    assert _decisions(text) == ["That CCTV be mandatory in all taxis from 2025."]


def test_decisions_in_a_project_s_call_notes() -> None:
    text = (
        "# Riverside Widgets TSC call, 4 March 2024\n\n"
        "## 1. Release\n"
        "- +1 from all to drop Python 3.8.\n"
        "- Proposal accepted: weekly triage rota.\n"
        "- Folks agreed that the roadmap lives in the wiki.\n"
        "- ✅ Agreed: move the website to the new host.\n"
        # Not decisions: one person's +1, an open question.
        "- Helen: +1 to the idea, but needs more discussion.\n"
        "- Proposal: drop the mailing list?\n"
    )
    assert _decisions(text) == [
        "+1 from all to drop Python 3.8.",
        "Proposal accepted: weekly triage rota.",
        "Folks agreed that the roadmap lives in the wiki.",
        "✅ Agreed: move the website to the new host.",
    ]


def test_the_vote_recorded_beside_a_decision() -> None:
    text = (
        "Riverside Allotments Committee, 4 March 2024\n\n"
        "1. Minutes\n"
        "The minutes of the last meeting were accepted without changes. Proposed by WT and "
        "seconded by RL.\n"
        "2. Officers\n"
        "Chair proposed BB as Vice Chair. Sec MD. All agreed.\n"
        "## Bank account\n\n"
        "The Treasurer shall open a bank account for the society.\n\n"
        "Proposed by: Helen\n\n"
        "Unanimously approved.\n\n"
        "## Website\n\n"
        "Unanimously approved, with the costs to be reviewed in a year.\n\n"
        "## Motion to adjourn\n\n"
        "Proposed by: Helen\n\n"
        "Unanimously approved.\n"
    )
    assert _decisions(text) == [
        "The minutes of the last meeting were accepted without changes. Proposed by WT and "
        "seconded by RL.",
        "Chair proposed BB as Vice Chair. Sec MD. All agreed.",
        "The Treasurer shall open a bank account for the society. Proposed by: Helen "
        "Unanimously approved.",
        "Unanimously approved, with the costs to be reviewed in a year.",
    ]
