"""Decision rules, round 8: several decisions minuted in one sentence (coordinated verbs of
deciding, officers elected one after another, a head that opens a list after a decision of
its own); each on made-up Riverside passages."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def _decisions(text: str) -> list[str]:
    return [d.text for d in parse_strict(text).decisions]


def test_coordinated_verbs_of_deciding_are_decisions_of_their_own() -> None:
    text = (
        "## 3. Annual meeting\n\n"
        "Members unanimously approved the minutes of the last annual meeting, agreed to "
        "waive the audit for this year and adopted the 2025 accounts.\n"
    )
    assert _decisions(text) == [
        "Members unanimously approved the minutes of the last annual meeting",
        "agreed to waive the audit for this year",
        "adopted the 2025 accounts.",
    ]


def test_officers_elected_in_one_sentence_are_one_decision_each() -> None:
    text = (
        "5. Election of officers: Ann Lee was elected as Chair (proposed RP, seconded TK); "
        "Raj Patel was elected as Secretary (proposed AL, seconded by TK), and Tom Kay was "
        "elected as Treasurer (proposed AL, seconded by RP).\n"
    )
    assert _decisions(text) == [
        "Election of officers: Ann Lee was elected as Chair (proposed RP, seconded TK)",
        "Raj Patel was elected as Secretary (proposed AL, seconded by TK)",
        "Tom Kay was elected as Treasurer (proposed AL, seconded by RP).",
    ]


def test_a_decision_then_a_head_over_numbered_points() -> None:
    text = (
        "The Committee NOTED the draft annual report, and AGREED the following:\n"
        "1. That the section on the riverside path is to be shortened.\n"
        "2. For the photographs of the pavilion to be replaced.\n"
        "The Committee thanked the Clerk.\n"
    )
    assert _decisions(text) == [
        "The Committee NOTED the draft annual report",
        "AGREED the following: 1. That the section on the riverside path is to be shortened.",
        "AGREED the following: 2. For the photographs of the pavilion to be replaced.",
    ]


def test_one_decision_and_its_terms_stay_one() -> None:
    text = (
        "The Council agreed the Clerk's letter to the water company, and agreed that it "
        "should be signed by the Chair.\n\n"
        "Cllr Dunn was proposed and agreed to serve as tree warden.\n\n"
        "The Board noted and approved the insurance renewal.\n"
    )
    assert _decisions(text) == [
        "The Council agreed the Clerk's letter to the water company, and agreed that it "
        "should be signed by the Chair.",
        "Cllr Dunn was proposed and agreed to serve as tree warden.",
        "The Board noted and approved the insurance renewal.",
    ]


def test_outcomes_of_a_vote_with_no_verb_of_deciding_before_them() -> None:
    text = (
        "## 4. Hall\n\n"
        "A request was made to open the hall on Sundays and the Board passed the motion.\n\n"
        "Bench repairs (quote from Dunn Joinery). Ann has checked it. Moved Ann, 2nd Raj, "
        "Approved.\n\n"
        "Four trustees voted in favour. That is a quorum, so the proposal is accepted.\n\n"
        "Members also voted in Tom Kay as a trustee.\n\n"
        "We also decided that we will close the hall in August.\n"
    )
    assert _decisions(text) == [
        "A request was made to open the hall on Sundays and the Board passed the motion.",
        "Ann has checked it. Moved Ann, 2nd Raj, Approved.",
        "That is a quorum, so the proposal is accepted.",
        "Members also voted in Tom Kay as a trustee.",
        "We also decided that we will close the hall in August.",
    ]


def test_no_outcome_where_nothing_was_put_to_the_meeting() -> None:
    text = (
        "## 5. Reports\n\n"
        "The Clerk passed the plans to the planning officer.\n\n"
        "Members voted in Ann Lee's absence on the earlier item, she said.\n\n"
        "The plans, the costs and the timetable were discussed.\n"
    )
    assert _decisions(text) == []


def test_the_minutes_own_approval_noted_on_them_later_is_no_decision() -> None:
    text = (
        "Minutes of the Riverside Parish Council meeting held on Monday 8 June 2026\n\n"
        "Minutes approved 13/07/2026\n\n"
        "1. The minutes of the meeting held on 11 May 2026 were approved as a true record.\n\n"
        "2. Benches. The Council agreed to buy two benches for the green.\n\n"
        "**These minutes were approved by the Council at the July meeting.**\n"
    )
    assert _decisions(text) == [
        "The minutes of the meeting held on 11 May 2026 were approved as a true record.",
        "The Council agreed to buy two benches for the green.",
    ]


def test_agreement_as_a_noun_or_in_the_passive() -> None:
    text = (
        "## 6. Clerk\n\n"
        "The committee reviewed the applications for the clerk's post and reached an "
        "agreement on a preferred candidate.\n\n"
        "With the agreement of the Council the Chair added the flood plan to the agenda.\n\n"
        "Draft questions were reviewed – agreed by the group to send a survey in May.\n\n"
        "b. Hall rules: tabled and agreed to be posted on the notice board.\n"
    )
    assert _decisions(text) == [
        "The committee reviewed the applications for the clerk's post and reached an "
        "agreement on a preferred candidate.",
        "With the agreement of the Council the Chair added the flood plan to the agenda.",
        "Draft questions were reviewed – agreed by the group to send a survey in May.",
        "Hall rules: tabled and agreed to be posted on the notice board.",
    ]


def test_no_agreement_of_another_time_or_a_person() -> None:
    text = (
        "## 7. Reports\n\n"
        "The hall's plan, agreed by the group on 3 March, was read out.\n\n"
        "Ann agreed to be contacted about the fete.\n\n"
        "The two councils have not reached agreement yet.\n\n"
        "ACTION LIST AGREED BY THE MEETING\n\n"
        "The hall budget is approved by the Council each year.\n"
    )
    assert _decisions(text) == []


def test_resolved_in_capitals_after_whoever_decides_heads_its_points() -> None:
    text = (
        "## 21. Delegations\n\n"
        "21.1 The Leader presented the scheme of delegation for the year.\n\n"
        "21.2 The Leader and Lead Member RESOLVED to:\n\n"
        "(1) agree the delegation of functions to Cabinet members;\n\n"
        "(2) agree the officer scheme of delegation; and\n\n"
        "(3) agree his annual report to the Council.\n\n"
        "21.3 The Constitution requires the Leader to report delegations each May.\n"
    )
    head = "21.2 The Leader and Lead Member RESOLVED to:"
    assert _decisions(text) == [
        f"{head} (1) agree the delegation of functions to Cabinet members;",
        f"{head} (2) agree the officer scheme of delegation; and",
        f"{head} (3) agree his annual report to the Council.",
    ]


def test_variants_of_minutes_approved_elections_and_papers_noted() -> None:
    text = (
        "## 17. Minutes\n\n"
        "17.1 The Lead Member approved as a correct record the minutes of the meeting held "
        "on 7 March.\n\n"
        "## 18. Officers\n\n"
        "Ann Lee (chair) and Raj Patel (secretary) were re-nominated and unanimously "
        "re-elected.\n\n"
        "## 19. Audit\n\n"
        "The final report on the audit of the accounts for 2025/26, was noted.\n\n"
        "The auditor's report on the pavilion was noted; the roof will need to be looked at "
        "again.\n"
    )
    assert _decisions(text) == [
        "17.1 The Lead Member approved as a correct record the minutes of the meeting held "
        "on 7 March.",
        "Ann Lee (chair) and Raj Patel (secretary) were re-nominated and unanimously re-elected.",
        "The final report on the audit of the accounts for 2025/26, was noted.",
    ]


def test_a_motions_record_and_its_restated_outcome_join_it() -> None:
    text = (
        "## 7. Old business\n\n"
        "* Banners. Members agreed to two banners for the fete, left the design to Ann. "
        "AL moved, RP seconded, affirmed by unanimous voice vote at 8:05 PM\n\n"
        "## 8. Elections\n\n"
        "Tom moved, Raj seconded a motion to elect the slate of trustees in one vote. "
        "Motion to elect the slate passed.\n"
    )
    assert _decisions(text) == [
        "Members agreed to two banners for the fete, left the design to Ann. AL moved, RP "
        "seconded, affirmed by unanimous voice vote at 8:05 PM",
        "Tom moved, Raj seconded a motion to elect the slate of trustees in one vote. "
        "Motion to elect the slate passed.",
    ]


def test_an_exhortation_opening_with_lets_is_no_decision() -> None:
    """ "Let's all ...", "Let's not ...", "Let's try to ..." urge the group on; "Let's book
    the hall" settles something and stays a decision."""
    text = (
        "Summer fete\n\n"
        "- Let's all promote the fete as much as possible.\n"
        "- Let's not just sell tickets, but sell the day.\n"
        "- Let's try to focus on families this year.\n"
        "- Let's book the village hall for the wet-weather plan.\n"
    )
    assert [d.text for d in parse_strict(text).decisions] == [
        "Let's book the village hall for the wet-weather plan."
    ]


def test_put_off_to_a_later_meeting_is_no_decision() -> None:
    """Put off to a later meeting or a month comes back as a follow-up, not a decision;
    parked until a condition is met, or taken elsewhere, it is decided."""
    text = (
        "4. Hall fees\n- KIV until March (the Treasurer to bring figures).\n"
        "5. Bench by the pond\n- Postponed to next meeting as the quote is late.\n"
        "6. Mural\n- Carried forward to next meeting\n"
        "7. Noticeboard\n- Deferred until the lease is signed.\n"
        "8. Website\n- Take this back to the working group.\n"
    )
    r = parse_strict(text)
    assert [d.text for d in r.decisions] == [
        "Deferred until the lease is signed.",
        "Take this back to the working group.",
    ]
    assert [f.text for f in r.follow_ups][:3] == [
        "KIV until March (the Treasurer to bring figures).",
        "Postponed to next meeting as the quote is late.",
        "Carried forward to next meeting",
    ]


def test_a_note_on_the_minutes_own_draft_status_is_no_business() -> None:
    """The minutes called a draft or unofficial until approved at the next meeting: no
    decision, follow-up or action; the approval of the last minutes stays a decision."""
    text = (
        "RIVERSIDE PARISH COUNCIL\nDRAFT MINUTES of the meeting held on 3 March 2026\n\n"
        "These minutes are in draft form until approved at the next meeting of the Council.\n"
        "Please note these minutes remain unconfirmed until they are approved and signed at "
        "the next meeting.\n\n"
        "1. Minutes\nThe minutes of the meeting held on 3 February 2026 were approved.\n\n"
        "2. Highways\nCllr Chan to report the pothole on Mill Lane.\n"
    )
    r = parse_strict(text)
    assert [d.text for d in r.decisions] == [
        "The minutes of the meeting held on 3 February 2026 were approved."
    ]
    assert r.follow_ups == []
    assert [(a.owner, a.text) for a in r.actions] == [
        ("Cllr Chan", "Report the pothole on Mill Lane.")
    ]
