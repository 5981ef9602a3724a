"""Decision rules, round 6: a motion minuted over several sentences or lines (proposal, who
proposed and seconded, carrying) read as one decision, and what is no decision (a question,
"Let's have a look", a rule that "must then be approved", a motion to adjourn); each on
made-up Riverside passages."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse_strict
from clerk_tui.core.parse.decisions.votes import records_vote


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


@pytest.mark.parametrize(
    ("sentence", "record"),
    [
        # who moved or seconded it
        ("Proposed by HB and seconded by TK.", True),
        ("Proposed by: Tomasz", True),
        ("Sec TK.", True),
        ("Seconder: Priya Nair", True),
        ("Tomasz seconds.", True),
        ("Moved Cllr Marsh, seconded Cllr Dunn.", True),
        # its outcome, with or without them
        ("Sec PD all agreed", True),
        ("Unanimously approved.", True),
        ("Carried.", True),
        ("All in favour.", True),
        # its count or a roll call
        ("Vote: 4 in favor, 1 opposed, 0 abstained", True),
        ("Trustees Ann Lee aye, Raj Patel aye, Tom Kay nay.", True),
        ("Motion carried by vote of Ann Lee yea, Raj Patel yea, and Tom Kay yea.", True),
        # what was decided, not a record of the vote
        ("Proposed by HB that the club buys two new oars.", False),
        ("Tomasz seconds the plan to buy oars.", False),
        ("The minutes were approved.", False),
        ("Unanimously approved, as a temporary post until the AGM.", False),
        ("Helen moves to approve the agenda.", False),
        ("Vote on buying a new mower for the green.", False),
        ("Ann Lee voted no to the new mower.", False),
    ],
)
def test_a_record_of_the_vote(sentence: str, record: bool) -> None:
    """One test of what only records a vote, read by the motion chains and the sentence rules
    alike."""
    assert records_vote(sentence) is record


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


def test_consensus_recommendations_and_the_group_in_the_present() -> None:
    text = (
        "1. Riverside Rowing Club\n\n"
        "Because of the rain, the group decides to move the rest of the meeting indoors.\n\n"
        "It is consensus among the members that we’ll use Signal for rota changes.\n\n"
        "There is consensus to keep the café open on Sundays.\n\n"
        "Everyone is in favour of painting the boathouse green.\n\n"
        "We’ll move the talk about the summer fair to the mailing list.\n\n"
        "As of tonight, we recommend that the Trustees approve the roof repair.\n\n"
        "We recommend using the reserve fund for the boiler.\n\n"
        "It was decided not to renew the magazine subscription.\n\n"
        # Not decisions: one member's view, a decision recalled.
        "Helen recommended that we wait for the survey.\n\n"
        "Agreed at the last meeting that Helen would chair the regatta.\n\n"
        "The fees, as previously agreed, stay the same.\n"
    )
    assert _decisions(text) == [
        "Because of the rain, the group decides to move the rest of the meeting indoors.",
        "It is consensus among the members that we’ll use Signal for rota changes.",
        "There is consensus to keep the café open on Sundays.",
        "Everyone is in favour of painting the boathouse green.",
        "We’ll move the talk about the summer fair to the mailing list.",
        "As of tonight, we recommend that the Trustees approve the roof repair.",
        "We recommend using the reserve fund for the boiler.",
        "It was decided not to renew the magazine subscription.",
    ]


def test_outcomes_in_short_notes() -> None:
    text = (
        "1. Acceptance of last minutes. Accepted by Gareth.\n\n"
        "2. Minutes of March\n\nSigned as true by Chair (HB) Proposed by all sec all\n\n"
        "3. Accounts\n\nIt was noted formally that the accounts were correct.\n\n"
        "4. Agree the club's aims - Agreed and constitution updated\n\n"
        "5. Fees\n\nTomasz suggested reviewing the fees in 2027. Helen and Priya agreed.\n\n"
        "The hall was cold. Helen and Priya agreed.\n\n"
        "6. Elections\n\n## Who was elected\n\n"
        "All six trustees stood for re-election unopposed and duly re-elected.\n\n"
        "7. Notes\n\n- The budget is approved.\n- The minutes are approved as written.\n"
        "- Grant of £300 approved for the scout hut.\n- PR #12 approved and merged.\n"
        "- The style guide accepted by lazy consensus.\n"
        "- Unanimously approved the 2026 budget.\n- Approved unanimously: the regatta fees.\n"
        # Not a decision: what a body does each year.
        "- The budget is approved by the Council each year in March.\n"
    )
    assert _decisions(text) == [
        "Acceptance of last minutes. Accepted by Gareth.",
        "Signed as true by Chair (HB) Proposed by all sec all",
        "It was noted formally that the accounts were correct.",
        "Agree the club's aims - Agreed and constitution updated",
        "Tomasz suggested reviewing the fees in 2027. Helen and Priya agreed.",
        "All six trustees stood for re-election unopposed and duly re-elected.",
        "The budget is approved.",
        "The minutes are approved as written.",
        "Grant of £300 approved for the scout hut.",
        "PR #12 approved and merged.",
        "The style guide accepted by lazy consensus.",
        "Unanimously approved the 2026 budget.",
        "Approved unanimously: the regatta fees.",
    ]


def test_labels_and_subjects_of_project_notes() -> None:
    text = (
        "1. Riverside Makers\n\n"
        "Decisions Made:\n- keep the Thursday call\n- move the wiki to the new host\n\n"
        "Outcome/Decision: the laser cutter stays in room 2.\n\n"
        "Agreements:\n- quiet hours after 10pm\n\n"
        "The core team agreed to freeze features on 1 May.\n\n"
        "Maintainers agreed to review pull requests weekly.\n\n"
        "The WG has decided to drop the old badge design.\n\n"
        "Everyone agrees to share the tool budget.\n\n"
        "We agree to close the forum.\n\n"
        "Publish the code of conduct: consensus.\n\n"
        "Rename the channel to #general. +1 from all.\n\n"
        "Councillors had no objection.\n\n"
        # Not decisions: a news item, a team outing, a person hiring.
        "The County Council has approved the new bus route.\n\n"
        "Team building day was fun.\n\n"
        "Sam appointed a contractor to fix the roof.\n"
    )
    assert _decisions(text) == [
        "Decisions Made: keep the Thursday call",
        "Decisions Made: move the wiki to the new host",
        "Outcome/Decision: the laser cutter stays in room 2.",
        "Agreements: quiet hours after 10pm",
        "The core team agreed to freeze features on 1 May.",
        "Maintainers agreed to review pull requests weekly.",
        "The WG has decided to drop the old badge design.",
        "Everyone agrees to share the tool budget.",
        "We agree to close the forum.",
        "Publish the code of conduct: consensus.",
        "Rename the channel to #general. +1 from all.",
        "Councillors had no objection.",
    ]


def test_elections_noted_without_a_verb_of_being() -> None:
    text = (
        "1. Officers\n\n- Ann Lee elected Treasurer.\n- Raj appointed as Vice Chair.\n"
        "- Co-opted Mo Khan onto the committee.\n- Jo was nominated and elected Secretary.\n"
    )
    assert _decisions(text) == [
        "Ann Lee elected Treasurer.",
        "Raj appointed as Vice Chair.",
        "Co-opted Mo Khan onto the committee.",
        "Jo was nominated and elected Secretary.",
    ]


def test_answers_after_an_arrow() -> None:
    text = (
        "### 6. Discussion\n"
        "- Quiet hour before the plenum? -> No real consensus; just try it at the next plenum.\n"
        "- Garden: idea to clear the brambles by the shed; keep the fence or take it down?\n"
        " -> Fine to do that. Keep the fence for now.\n"
        "- Lena is sorting the tool shelf. She suggests labelled boxes. -> Do it like that.\n"
        # Not answers: a report after the arrow, an arrow with no question before it.
        "- Can someone fix the bell? -> Tomas answered that he will look at it.\n"
        "- Bins go out on Monday -> the green bin too.\n"
    )
    assert _decisions(text) == [
        "Quiet hour before the plenum? -> No real consensus; just try it at the next plenum.",
        "Garden: idea to clear the brambles by the shed; keep the fence or take it down? -> Fine "
        "to do that. Keep the fence for now.",
        "Lena is sorting the tool shelf. She suggests labelled boxes. -> Do it like that.",
    ]


def test_votes_emphasis_and_a_one_word_decision() -> None:
    text = (
        "1. Riverside Makers\n\n"
        "- Door code: **agreed** to change it monthly.\n"
        "- **Decided:** Tuesdays.\n"
        "- Voted: buy a second printer (5 yes, 0 no)\n"
        "- The vote was 6-1 in favour of longer opening hours.\n"
        "- The proposal to sell the lathe was put to a vote and passed.\n"
    )
    assert _decisions(text) == [
        "Door code: agreed to change it monthly.",
        "Decided: Tuesdays.",
        "Voted: buy a second printer (5 yes, 0 no)",
        "The vote was 6-1 in favour of longer opening hours.",
        "The proposal to sell the lathe was put to a vote and passed.",
    ]


def test_conclusions_the_sense_of_the_meeting_and_choices() -> None:
    text = (
        "1. Riverside Allotments\n\n"
        "Ann proposed a new gate. There were no objections.\n\n"
        "Raj proposed a water butt scheme. Nobody objected.\n\n"
        "The conclusion was to keep the old shed.\n\n"
        "It was concluded that the hedge stays.\n\n"
        "The group concluded that plot 4 goes to the school.\n\n"
        "Members were in favour of a compost rota.\n\n"
        "The Committee was minded to support the new path.\n\n"
        "The committee supported opening on Sundays.\n\n"
        "There was unanimous support for a plant sale in May.\n\n"
        "Acme was selected as the fencing contractor.\n\n"
        "The Council set the rent at £40 a plot.\n\n"
        "Rent for 2027 set at £42.\n\n"
        "Policies reviewed and readopted.\n\n"
        # Not decisions: some support, a question reported, another body's choice.
        "There was support for asking the landlord about the drains.\n\n"
        "He asked how the plot holders were chosen.\n\n"
        "The paving was selected by the county council.\n"
    )
    assert _decisions(text) == [
        "Ann proposed a new gate. There were no objections.",
        "Raj proposed a water butt scheme. Nobody objected.",
        "The conclusion was to keep the old shed.",
        "It was concluded that the hedge stays.",
        "The group concluded that plot 4 goes to the school.",
        "Members were in favour of a compost rota.",
        "The Committee was minded to support the new path.",
        "The committee supported opening on Sundays.",
        "There was unanimous support for a plant sale in May.",
        "Acme was selected as the fencing contractor.",
        "The Council set the rent at £40 a plot.",
        "Rent for 2027 set at £42.",
        "Policies reviewed and readopted.",
    ]


def test_a_decision_told_then_resolved_is_one() -> None:
    text = (
        "1. Election of Chair\n\n"
        "Cllr Helen Brook, being the only Member willing to serve, was duly elected as Chair "
        "of the Committee for the year.\n\n"
        "RESOLVED – That Cllr Helen Brook be elected Chair for the year.\n\n"
        "2. Accounts\n\nThe minutes were approved.\n\n"
        "RESOLVED – That the accounts be adopted.\n"
    )
    assert _decisions(text) == [
        "RESOLVED – That Cllr Helen Brook be elected Chair for the year.",
        "The minutes were approved.",
        "RESOLVED – That the accounts be adopted.",
    ]
