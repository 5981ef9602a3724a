"""The decision rules (core/parse/decisions/), each on short made-up passages of the kind
of sentence it reads, and on near misses it must leave alone."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def _decisions(text: str) -> list[str]:
    return [d.text for d in parse_strict(text).decisions]


def test_labels_in_markdown_emphasis() -> None:
    text = (
        "1. Budget\n\n**Agreed:** the budget for 2027 be approved.\n\n"
        "2. Hall\n\n_Agreed_: to repaint the Riverside hall.\n\n"
        "3. Grants\n\n**Outcome:** Approved, 7 to 2\n\nOutcome of the survey was unclear.\n\n"
        "4. Shelving\n\nDecisions: buy two more bookcases.\n\n"
        "Decisions on the bins were made last year.\n"
    )
    assert _decisions(text) == [  # the label's words, not its markdown
        "Agreed: the budget for 2027 be approved.",
        "Agreed: to repaint the Riverside hall.",
        "Outcome: Approved, 7 to 2",
        "Decisions: buy two more bookcases.",
    ]


def test_a_label_that_records_no_decision_is_none() -> None:
    text = (
        "1. Correspondence\n\n**Resolved: (For information only)**\n\n"
        "1. A letter from the library trust was read.\n\n"
        "2. Other business\n\nDecisions: none\n\nRESOLVED: Noted.\n"
    )
    assert _decisions(text) == ["RESOLVED: Noted."]


def test_responses_with_no_verb_of_deciding() -> None:
    text = (
        "1. Planning\n\n"
        "a. 26/00112/F Garden room at 4 Mill Row Riverside RV2 4PL No objections raised. "
        "b. 26/00140/F Two storey side extension at 9 Quay Street RV1 2AB No objections raised "
        "but the parking plan is out of date.\n\n"
        "2. Allotments\n\n"
        "The allotment society is to be paid the amount still owed. No objections.\n\n"
        "Any objections to trialling the new booking form? No objections.\n\n"
        "The neighbours were consulted and there have been no objections.\n"
    )
    assert _decisions(text) == [
        "a. 26/00112/F Garden room at 4 Mill Row Riverside RV2 4PL No objections raised.",
        "b. 26/00140/F Two storey side extension at 9 Quay Street RV1 2AB No objections raised "
        "but the parking plan is out of date.",
        "The allotment society is to be paid the amount still owed. No objections.",
        "Any objections to trialling the new booking form? No objections.",
    ]


def test_passive_outcomes_and_what_they_point_back_to() -> None:
    text = (
        "1. Finance\n\nThe bank statements were presented and accepted for payment. "
        "The year-end accounts were accepted as presented. "
        "The annual governance return was duly completed and signed.\n\n"
        "2. Apologies\n\nApologies from Cllr Hart were accepted.\n\n"
        "3. Fete\n\nThe scouts would like to camp on the green the night before the fete. "
        "This was approved.\n\n"
        "4. Footpaths\n\nAn update on the towpath survey was given. The report was noted by "
        "Members.\n\n5. Lorries\n\nResidents reported mud on Quay Road again. It was agreed "
        "that the Clerk write to the haulier.\n"
    )
    assert _decisions(text) == [
        "The bank statements were presented and accepted for payment.",
        "The year-end accounts were accepted as presented.",
        "The annual governance return was duly completed and signed.",
        "The scouts would like to camp on the green the night before the fete. This was approved.",
        "An update on the towpath survey was given. The report was noted by Members.",
        "It was agreed that the Clerk write to the haulier.",
    ]


def test_elections_without_was() -> None:
    text = (
        "1. Elections\n\n- Chair: Priya Shah elected unopposed\n"
        "- Committee: Tom Reed and Ada Cole are elected.\n"
        "- Treasurer: Lee Wong elected by acclamation.\n"
        "- Secretary: Ben and Jo elected to other positions\n"
    )
    assert _decisions(text) == [
        "Chair: Priya Shah elected unopposed",
        "Committee: Tom Reed and Ada Cole are elected.",
        "Treasurer: Lee Wong elected by acclamation.",
    ]


def test_a_proposal_then_its_seconding_is_one_decision() -> None:
    text = (
        "1. Vice Chair\n\nCllr Rowe proposed that Cllr Akhtar be elected as Vice Chair. "
        "This was seconded by Cllr Dunn and agreed unanimously.\n\n"
        "2. Rules\n\nMina Osei moves to adopt the new quorum rule.\n\n"
        "Motion carried unanimously.\n\n"
        "3. Signatories\n\nIt was also agreed that the Chair should be a bank signatory.\n"
    )
    assert _decisions(text) == [
        "Cllr Rowe proposed that Cllr Akhtar be elected as Vice Chair. This was seconded by Cllr"
        " Dunn and agreed unanimously.",  # (round 16: the decision holds its carrying)
        "Mina Osei moves to adopt the new quorum rule. Motion carried unanimously.",
        "It was also agreed that the Chair should be a bank signatory.",
    ]


def test_the_group_deciding_in_its_own_voice() -> None:
    text = (
        "Kitchen\n\n- Let's get an updated quote for the boiler and go for it.\n"
        "- We shall start stocking oat milk.\n- We accept the new rota.\n"
        "- Go ahead and fix the shelves in the store.\n"
        "- Voted unanimously to confirm the new opening hours.\n"
        "- Let's discuss the fridge next time?\n"
        "- We will see how it goes.\n"
    )
    assert _decisions(text) == [
        "Let's get an updated quote for the boiler and go for it.",
        "We shall start stocking oat milk.",
        "We accept the new rota.",
        "Go ahead and fix the shelves in the store.",
        "Voted unanimously to confirm the new opening hours.",
    ]


def test_procedure_is_not_a_decision() -> None:
    text = (
        "1. Exclusion\n\nIt was resolved to exclude the public to discuss staffing.\n\n"
        "2. Public session\n\nIt was agreed to close the meeting for public participation. "
        "It was agreed to re-open the meeting.\n\n3. Close\n\nThe meeting was adjourned at 9pm.\n"
    )
    assert _decisions(text) == []


def test_formal_agm_resolutions() -> None:
    text = (
        "3. Accounts and officers\n\n"
        "That the Accounts for the year ended 31 March 2026 be, and they are hereby, approved.\n\n"
        "That G Smith be, and she is hereby, appointed Secretary.\n\n"
        "That A Jones, B Patel and C Wu be re-elected to serve as committee members.\n"
    )
    assert _decisions(text) == [
        "That the Accounts for the year ended 31 March 2026 be, and they are hereby, approved.",
        "That G Smith be, and she is hereby, appointed Secretary.",
        "That A Jones, B Patel and C Wu be re-elected to serve as committee members.",
    ]


def test_motion_table_rows_carried_and_a_bare_vote() -> None:
    text = (
        "4. Motions\n\n| Motion Text | Moved by | Seconded by | Status |\n|---|---|---|---|\n"
        "| To buy a new urn | Sam | Jo | Carried |\n| To paint the door red | Kim | Lee | Lost |\n"
        "\nSkot moves to accept the budget, Daniel seconds, accepted.\n\nVote approved.\n"
    )
    assert _decisions(text) == [
        "| To buy a new urn | Sam | Jo | Carried |",
        "Skot moves to accept the budget, Daniel seconds, accepted. Vote approved.",
    ]


def test_officers_listed_under_an_elections_item() -> None:
    text = (
        "5. Election of officers\n\nPresident: Ann Lee\nTreasurer – Bob Rai\n\n"
        "6. Any other business\n\nChair: Ann Lee closed the meeting.\n"
    )
    assert _decisions(text) == ["President: Ann Lee", "Treasurer – Bob Rai"]


def test_a_heading_run_into_the_decision_is_left_out() -> None:
    text = (
        "2. Officers\n\nElection of Chairman It was proposed by Cllr Hill that Cllr Moss be "
        "elected Chairman, seconded by Cllr Ray and agreed.\n\n"
        "Grass Cutting The Council agreed to renew the contract.\n"
    )
    assert _decisions(text) == [
        "It was proposed by Cllr Hill that Cllr Moss be elected Chairman, seconded by Cllr Ray "
        "and agreed.",
        "The Council agreed to renew the contract.",
    ]
