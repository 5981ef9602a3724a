"""Decision rules, round 5: a motion minuted over several sentences or lines (proposal, who
proposed and seconded, carrying) read as one decision, and what is no decision (a question,
"Let's have a look", a rule that "must then be approved", a motion to adjourn); each on
made-up Riverside passages."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def _decisions(text: str) -> list[str]:
    return [d.text for d in parse_strict(text).decisions]


def test_a_motion_its_seconder_and_its_carrying_in_one_paragraph() -> None:
    text = (
        "1. Riverside Rowing Club\n\n"
        "Priya moves to buy two new oars. Tomasz seconds. Unanimous consent, the motion "
        "carries, two oars to be bought before May.\n\n"
        "Chair proposed Helen as Vice Chair. Sec TK. All agreed.\n\n"
        "There was interest in co-option. HB proposed R Marsh. Sec PD all agreed.\n\n"
        "Agenda approved. Helen moves to approve the agenda, Priya seconds. Unanimous "
        "consent, the motion carries.\n"
    )
    assert _decisions(text) == [
        "Priya moves to buy two new oars. Tomasz seconds. Unanimous consent, the motion "
        "carries, two oars to be bought before May.",
        "Chair proposed Helen as Vice Chair. Sec TK. All agreed.",
        "HB proposed R Marsh. Sec PD all agreed.",
        "Agenda approved. Helen moves to approve the agenda, Priya seconds. Unanimous "
        "consent, the motion carries.",
    ]


def test_a_motion_over_lines_proposal_proposer_then_outcome() -> None:
    text = (
        "## Officers\n\n"
        "**Helen for Chair.**\n\nProposed by: Tomasz\n\nUnanimously approved.\n\n"
        "**Priya for Treasurer.**\n\nProposed by: Helen\n\n"
        "Unanimously approved, as a temporary post until the AGM.\n\n"
        "## Boathouse lease\n\n"
        "The club should renew the boathouse lease for five years.\n\nProposed by: Priya\n\n"
        "Discussed the rent. It may rise next year.\n\nUnanimously approved.\n\n"
        "## Adopt the safety code\n\nProposed by: Tomasz\n\n"
        "As drafted by the safety officer in March.\n\nUnanimously approved.\n\n"
        # Procedure, not a decision.
        "## Motion to adjourn\n\nProposed by: Helen\n\nUnanimously approved.\n"
    )
    assert _decisions(text) == [
        "Helen for Chair. Proposed by: Tomasz Unanimously approved.",
        "Priya for Treasurer. Proposed by: Helen Unanimously approved, as a temporary post "
        "until the AGM.",
        "The club should renew the boathouse lease for five years. Proposed by: Priya "
        "Discussed the rent. It may rise next year. Unanimously approved.",
        "Adopt the safety code Proposed by: Tomasz As drafted by the safety officer in March. "
        "Unanimously approved.",
    ]


def test_who_proposed_and_seconded_joins_the_decision_before_it() -> None:
    text = (
        "1. Minutes\n\nThe minutes of the March meeting were accepted without changes. "
        "Proposed by HB and seconded by TK.\n"
    )
    assert _decisions(text) == [
        "The minutes of the March meeting were accepted without changes. Proposed by HB and "
        "seconded by TK."
    ]


def test_questions_looks_and_rules_of_procedure_are_no_decisions() -> None:
    text = (
        "1. Riverside Rowing Club\n\n"
        "Helen: for the other crews, should the minutes be approved by the captains?\n\n"
        "Let's have a look at the open issues.\n\n"
        "(a) Must then be approved by a vote of the whole club.\n\n"
        # Still a decision: a subjunctive with no modal before it.
        "(b) the regatta budget be approved.\n"
    )
    assert _decisions(text) == ["(b) the regatta budget be approved."]
