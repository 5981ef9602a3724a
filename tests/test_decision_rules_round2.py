"""Decision rules added for minutes nobody here had seen (issue 11, round 2): each kind of
sentence on short made-up Riverside passages, with the near misses it must leave alone."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def _decisions(text: str) -> list[str]:
    return [d.text for d in parse_strict(text).decisions]


def test_the_meeting_accepting_in_the_present_tense_or_with_thanks() -> None:
    text = (
        "1. Reports\n\nMeeting accepts the report.\n\n"
        "The Board approves the revised terms of reference.\n\n"
        "Treasurer's report accepted with thanks.\n\n"
        # Not decisions: a person accepting, a report to come.
        "Ann accepts the role of minute taker for one meeting only.\n\n"
        "The meeting will accept reports by email next year.\n"
    )
    assert _decisions(text) == [
        "Meeting accepts the report.",
        "The Board approves the revised terms of reference.",
        "Treasurer's report accepted with thanks.",
    ]


def test_us_style_motions_are_one_decision_each_unless_lost() -> None:
    text = (
        "2. Budget\n\nMotion by Okafor, second by Lind, to approve the 2027 budget. "
        "Motion carried 5-0.\n\n"
        "Motion: to adopt the volunteer policy. The motion passed.\n\n"
        "A motion was made by Reyes and seconded by Kay that the hall fees stay the same.\n"
        "The motion was defeated 2-3.\n\n"
        "Motion by Lind to adjourn.\n\n"
        "### Motion to adopt the new logo\n"
    )
    assert _decisions(text) == [
        "Motion by Okafor, second by Lind, to approve the 2027 budget. Motion carried 5-0.",
        "Motion: to adopt the volunteer policy. The motion passed.",
    ]


def test_a_consensus_stated() -> None:
    text = (
        "3. Kiosk\n\nAfter a long discussion the consensus was that the kiosk should open on "
        "Sundays.\n\nAll in support of closing the riverside car park in August.\n\n"
        # Only a vote on the sentence before it, which it joins: not a decision of its own.
        "All in favour of the motion.\n\n"
        "Consensus is hard to reach on parking.\n"
    )
    assert _decisions(text) == [
        "After a long discussion the consensus was that the kiosk should open on Sundays.",
        "All in support of closing the riverside car park in August. All in favour of the motion.",
    ]


def test_things_settled_in_the_passive() -> None:
    text = (
        "4. Newsletter\n\nThe Riverside Bulletin to be renamed Riverside News.\n\n"
        "Next user meeting to be held between January and April.\n\n"
        # The date of this body's next meeting is not a decision.
        "Next meeting to be held in March.\n"
    )
    assert _decisions(text) == [
        "The Riverside Bulletin to be renamed Riverside News.",
        "Next user meeting to be held between January and April.",
    ]


def test_a_quoted_resolution_in_a_run_on_paragraph() -> None:
    text = (
        "5. Accounts\n\nThe treasurer took members through the figures and on the proposal of "
        'the chair it was resolved unanimously "That the Accounts for the year to 31 March be, '
        'and they are hereby, approved" after which the examiner was thanked.\n'
    )
    assert _decisions(text) == [
        "The treasurer took members through the figures and on the proposal of the chair it "
        'was resolved unanimously "That the Accounts for the year to 31 March be, and they are '
        'hereby, approved" after which the examiner was thanked.'
    ]


def test_decided_we_agreed_and_a_counted_vote() -> None:
    text = (
        "6. Website\n\nDecided Hugo as the site generator for the new pages.\n\n"
        "For the spring fair we agreed that stalls are free for members.\n\n"
        "A vote was taken; all 7 voted to object to the application.\n\n"
        "The councillors discussed the quote at length and agreed to accept it.\n\n"
        # a person's task minuted as agreed: the meeting's decision too (and an action)
        "It was agreed that Cllr Moss would meet the contractor on site.\n\n"
        "It was agreed that JR would look into the moles.\n"
    )
    assert _decisions(text) == [
        "Decided Hugo as the site generator for the new pages.",
        "For the spring fair we agreed that stalls are free for members.",
        "A vote was taken; all 7 voted to object to the application.",
        "The councillors discussed the quote at length and agreed to accept it.",
        "It was agreed that Cllr Moss would meet the contractor on site.",
        "It was agreed that JR would look into the moles.",
    ]


def test_officers_under_an_elections_heading_line() -> None:
    text = (
        "Riverside Rowing Club AGM\n\nThe chair welcomed members.\n\n"
        "Officers elected for 2026:\nPresident: Jane Okafor\nTreasurer – Bob Lind\n\n"
        "Present:\nChair: Ann Reyes\n"
    )
    assert _decisions(text) == ["President: Jane Okafor", "Treasurer – Bob Lind"]


def test_motions_moved_and_seconded_by_surnames() -> None:
    text = (
        "1. Agenda\n\nMOTION: Okafor/Lind to approve the agenda. Carried.\n\n"
        "M/S/C (Reyes/Kay) to approve the budget as presented.\n\n"
        "The board voted 5-0 to approve the cleaning contract.\n"
    )
    assert _decisions(text) == [
        "MOTION: Okafor/Lind to approve the agenda. Carried.",
        "M/S/C (Reyes/Kay) to approve the budget as presented.",
        "The board voted 5-0 to approve the cleaning contract.",
    ]


def test_approval_given_and_a_choice_made() -> None:
    text = (
        "2. Benches\n\nApproval was given for two new benches by the slipway.\n\n"
        "The group opted to use the cheaper supplier.\n\n"
        "The Board selected Acme Paving as the contractor.\n\n"
        # Not decisions: chosen by someone else, approval still to come.
        "The paving was selected by the county council.\n\n"
        "Approval will be sought from the landowner.\n"
    )
    assert _decisions(text) == [
        "Approval was given for two new benches by the slipway.",
        "The group opted to use the cheaper supplier.",
        "The Board selected Acme Paving as the contractor.",
    ]


def test_an_action_marker_after_a_decision_is_left_out_of_it() -> None:
    text = (
        "3. Signs\n\nBoard agreed to this being implemented **Action Laser team to fit the "
        "new signs**\n\nThe Riverside Action Plan was approved.\n"
    )
    assert _decisions(text) == [
        "Board agreed to this being implemented",
        "The Riverside Action Plan was approved.",
    ]


def test_news_of_what_was_decided_elsewhere_is_no_decision() -> None:
    text = (
        "4. Planning\n\nThe application for the boathouse has now been approved.\n\n"
        "The crossing points have been agreed by Highways at a site meeting.\n\n"
        "The Deputy Chief Executive agreed to ask the planners for a second consultation.\n\n"
        "The Council approved the new crossing points.\n"
    )
    assert _decisions(text) == ["The Council approved the new crossing points."]
