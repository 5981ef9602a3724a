"""Decision rules, round 7: the record of a vote (its outcome under a label, its count, a roll
call, the initials of who moved it, "All present agreed.") belongs to the motion before it;
each on made-up Riverside passages."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def _decisions(text: str) -> list[str]:
    return [d.text for d in parse_strict(text).decisions]


def test_an_outcome_under_a_label_decides_the_motion_above_it() -> None:
    text = (
        "## 4. Motions\n\n"
        "### Motion 3\nPresenter: Helen Marsh\n"
        "Text: Buy a second defibrillator for the pavilion.\nResolution: Passed\n\n"
        "## 5. Mower\n\nCan we afford a new mower this year?\n\n"
        "Vote on buying a new mower for the green.\n\n"
        "- Vote: 4 in favor, 1 opposed, 0 abstained\n- Resolution: Vote passed\n\n"
        # A motion found already: its outcome is no second decision.
        "## 6. Fees\n\nCllr Dunn proposed that the hall hire fee rise to 12 pounds an hour.\n"
        "Result: Carried\n"
    )
    assert _decisions(text) == [
        "Text: Buy a second defibrillator for the pavilion. Resolution: Passed",
        "Vote on buying a new mower for the green. - Vote: 4 in favor, 1 opposed, 0 "
        "abstained - Resolution: Vote passed",
        "Cllr Dunn proposed that the hall hire fee rise to 12 pounds an hour. Result: Carried",
    ]


def test_a_roll_call_and_the_movers_initials_join_the_motion() -> None:
    text = (
        "## 6. Pavilion lock\n\n- Motion to replace the pavilion lock\n\n"
        "- Motion approved – AL and RP\n\n"
        "## 7. Minutes\n\n"
        "Trustee Ann Lee makes a motion to approve the March minutes, Trustee Raj Patel "
        "seconds the motion. Trustees Ann Lee aye, Raj Patel aye, Tom Kay nay. Motion "
        "carried.\n\n"
        "Motion by Raj Patel, second by Ann Lee to pay the gritting invoice. Motion carried "
        "by vote of Ann Lee yea, Raj Patel yea, and Tom Kay yea. The invoice was 240 "
        "pounds.\n\n"
        "## 8. Officers\n\n"
        "Cllr Reed proposed Ann Lee for the position of Secretary and was seconded by Cllr\n"
        "Adams. All present agreed.\n"
    )
    assert _decisions(text) == [
        "Motion to replace the pavilion lock - Motion approved – AL and RP",
        "Trustee Ann Lee makes a motion to approve the March minutes, Trustee Raj Patel "
        "seconds the motion. Trustees Ann Lee aye, Raj Patel aye, Tom Kay nay. Motion "
        "carried.",
        "Motion by Raj Patel, second by Ann Lee to pay the gritting invoice. Motion carried "
        "by vote of Ann Lee yea, Raj Patel yea, and Tom Kay yea.",
        "Cllr Reed proposed Ann Lee for the position of Secretary and was seconded by Cllr "
        "Adams. All present agreed.",
    ]


def test_what_is_no_record_of_a_vote() -> None:
    text = (
        "## 9. Logo\n\nVote on the new logo.\n\n"
        "### Motion 4\nText: Move the May meeting to the library.\n"
        "Resolution: Postponed to next meeting\n"
    )
    # A vote announced is no decision; a motion put off is decided as put off.
    assert _decisions(text) == ["Resolution: Postponed to next meeting"]


def test_a_team_or_the_membership_deciding() -> None:
    text = (
        "## 3. Grounds\n\nThe grounds team decided to close the east gate at dusk.\n\n"
        "## 4. Logo\n\nMembership agreed to a new logo, in green.\n\n"
        # A team named, but nothing decided.
        "## 5. Cleaning\n\nThe cleaning team will be on site on Monday.\n"
    )
    assert _decisions(text) == [
        "The grounds team decided to close the east gate at dusk.",
        "Membership agreed to a new logo, in green.",
    ]
