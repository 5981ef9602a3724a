"""Decision rules, round 4: informal notes' labels ("Consensus:", "Resolution:"), outcomes
closing a proposal ("Passed.", "Carried." on the line under it, "approved by a vote of
4-0"), the meeting as subject after another verb ("noted and approved"), everyone agreeing,
and subjectless notes ("Accepted the RFC"); each on made-up Riverside passages."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def _decisions(text: str) -> list[str]:
    return [d.text for d in parse_strict(text).decisions]


def test_labels_of_informal_notes() -> None:
    text = (
        "1. Riverside Makers\n\n"
        "Consensus: the café stays open in winter.\n\n"
        "Conclusion: we keep the old printer.\n\n"
        "Resolution: adopt the new code of conduct.\n\n"
        "Approved: the 2026 budget.\n\n"
        # Not a label.
        "Consensus building will take time.\n"
    )
    assert _decisions(text) == [
        "Consensus: the café stays open in winter.",
        "Conclusion: we keep the old printer.",
        "Resolution: adopt the new code of conduct.",
        "Approved: the 2026 budget.",
    ]


def test_an_outcome_closing_what_was_proposed() -> None:
    text = (
        "1. Riverside Makers\n\n"
        "Proposal: buy a new lawnmower. Passed.\n\n"
        "Barbecues every two weeks: passed\n\n"
        "Two new trustees were approved by a vote of 4-0.\n\n"
        "Purchase a second kiln\n"
        "Carried.\n\n"
        # "Carried unanimously." records the motion before it: one decision with it, not a
        # second one.
        "Cllr Amos proposed and Cllr Okoye seconded that the Council buy a new bench. "
        "Carried unanimously.\n\n"
        # Not decisions: a rule of procedure.
        "The constitution must be approved by a vote of the members.\n"
    )
    assert _decisions(text) == [
        "Proposal: buy a new lawnmower. Passed.",
        "Barbecues every two weeks: passed",
        "Two new trustees were approved by a vote of 4-0.",
        "Purchase a second kiln Carried.",
        "Cllr Amos proposed and Cllr Okoye seconded that the Council buy a new bench."
        " Carried unanimously.",
    ]


def test_the_meeting_deciding_in_notes_and_prose() -> None:
    text = (
        "1. Riverside Makers\n\n"
        "The Sub-Panel noted and approved the notes of the workshop.\n\n"
        "The Panel amended the timetable and agreed the remaining milestones.\n\n"
        "Everyone agreed the new logo is fine.\n\n"
        "Consensus to switch the chat to Matrix.\n\n"
        "General agreement to trial a quiet hour on Sundays.\n\n"
        "No objections to renaming the repository.\n\n"
        "Accepted the RFC as written.\n\n"
        "RFC 12 approved.\n"
    )
    assert _decisions(text) == [
        "The Sub-Panel noted and approved the notes of the workshop.",
        "The Panel amended the timetable and agreed the remaining milestones.",
        "Everyone agreed the new logo is fine.",
        "Consensus to switch the chat to Matrix.",
        "General agreement to trial a quiet hour on Sundays.",
        "No objections to renaming the repository.",
        "Accepted the RFC as written.",
        "RFC 12 approved.",
    ]


def test_outcomes_and_agreement_in_informal_notes() -> None:
    text = (
        "1. Riverside Hackspace\n\n"
        "- Jo wants to join as a member.\n  => Accepted.\n"
        "- Proposal to buy a new soldering station\n  -> approved (7/0/1)\n"
        "- Vote: 7 yes / 0 no / 1 abstain – accepted\n"
        "- The fridge policy is approved with 6 votes in favour and 1 against.\n"
        "- Change the door code monthly: agreed by consensus.\n"
        "- Unanimous approval for the new banner.\n"
        "- Consensus reached: quiet hours from 10pm.\n"
        "- The plenum agrees to raise the fee to £25.\n"
        "- It's decided: the space closes on 24 December.\n"
        "- The assembly approved the annual accounts.\n"
        "- All present agreed to the new opening hours.\n"
        # "Motion carries." records the motion before it.
        "- Jane moves to adopt the new bylaws; Tom seconds. Motion carries.\n"
        "- The decision was to keep the chat server.\n"
        "- It was decided the kiln will stay in the back room.\n"
        "- Everyone is in agreement that the wiki should move.\n"
        "- Passed: the equipment policy.\n"
        "- We are going ahead with the mural.\n"
        "- Will go with the second quote.\n"
    )
    assert _decisions(text) == [
        "Jo wants to join as a member. => Accepted.",
        # the count after a decision records its vote
        "Proposal to buy a new soldering station -> approved (7/0/1) - Vote: 7 yes / 0 no / 1 "
        "abstain – accepted",
        "The fridge policy is approved with 6 votes in favour and 1 against.",
        "Change the door code monthly: agreed by consensus.",
        "Unanimous approval for the new banner.",
        "Consensus reached: quiet hours from 10pm.",
        "The plenum agrees to raise the fee to £25.",
        "It's decided: the space closes on 24 December.",
        "The assembly approved the annual accounts.",
        "All present agreed to the new opening hours.",
        "Jane moves to adopt the new bylaws; Tom seconds. Motion carries.",
        "The decision was to keep the chat server.",
        "It was decided the kiln will stay in the back room.",
        "Everyone is in agreement that the wiki should move.",
        "Passed: the equipment policy.",
        "We are going ahead with the mural.",
        "Will go with the second quote.",
    ]


def test_a_table_of_decisions_the_committee_over_its_points_and_an_objection() -> None:
    text = (
        "1. Door access\n\n| Item | Decision |\n|------|----------|\n"
        "| Door access | Keep the key fobs |\n| Bike rack | TBC |\n\n"
        "2. Leisure\n\nAfter discussion, the Committee:\n(a) noted the consultation responses;\n"
        "(b) approved the final design of the play area.\n\n"
        # Not decisions: options listed.
        "The options were:\n(a) do nothing;\n(b) build a new pavilion.\n\n"
        "3. Planning\n\n25/00511/FUL – Mill Lane – new dwelling. Members objected on the grounds "
        "of overdevelopment.\n"
    )
    assert _decisions(text) == [
        "| Door access | Keep the key fobs |",
        "After discussion, the Committee: (a) noted the consultation responses;",
        "After discussion, the Committee: (b) approved the final design of the play area.",
        "25/00511/FUL – Mill Lane – new dwelling. Members objected on the grounds of "
        "overdevelopment.",
    ]


def test_minutes_approved_under_their_heading_and_a_run_on_decision() -> None:
    text = (
        "4. MINUTES OF THE LAST MEETING\n\nApproved and signed.\n\n"
        "5. Constitution\n\nA draft constitution was circulated and agreed to revisit in July. "
        "group for agreement The group decided that a newsletter was not needed\n"
    )
    assert _decisions(text) == [
        "Approved and signed.",
        "A draft constitution was circulated and agreed to revisit in July. group for agreement",
        "The group decided that a newsletter was not needed",
    ]


def test_sections_of_decisions_in_markdown_notes() -> None:
    text = (
        "# Riverside Open Data Group\n\n## Item 1: Licences\n\n### Decisions\n"
        "- Use CC-BY for all new datasets.\n- Keep the old licence for the archive.\n\n"
        "## Item 2: Website\n\nDecisions made:\n1. The blog moves to the main site.\n"
        "2. Comments are switched off.\n\n"
        "## Item 3: Events\n\n#### Outcome\nWe will run the hack day on 6 June.\n\n"
        "## Item 4: Votes\n\n### Decisions\n\nno formal votes\n"
    )
    assert _decisions(text) == [
        "Decisions Use CC-BY for all new datasets.",
        "Decisions Keep the old licence for the archive.",
        "Decisions made: 1. The blog moves to the main site.",
        "Decisions made: 2. Comments are switched off.",
        "We will run the hack day on 6 June.",
    ]


def test_what_the_council_authorised_refused_set_and_co_opted() -> None:
    text = (
        "23/45 Village Green\n\n"
        "Payments totalling £1,234.56 were authorised.\n\n"
        "The clerk was authorised to spend up to £500 on repairs.\n\n"
        "The precept for 2026/27 was set at £24,000.\n\n"
        "Cllr Pike was co-opted onto the Council.\n\n"
        "Council declined the request for a donation.\n\n"
        "The request for a second bin was refused.\n\n"
        # Not decisions: another body's decision, and news.
        "The planning application was refused by the District Council.\n\n"
        "The grant had not been authorised in 2024.\n"
    )
    assert _decisions(text) == [
        "Payments totalling £1,234.56 were authorised.",
        "The clerk was authorised to spend up to £500 on repairs.",
        "The precept for 2026/27 was set at £24,000.",
        "Cllr Pike was co-opted onto the Council.",
        "Council declined the request for a donation.",
        "The request for a second bin was refused.",
    ]


def test_a_page_flattened_onto_one_line_is_read_sentence_by_sentence() -> None:
    filler = "The group discussed the allotment waiting list at some length. " * 400
    text = f"{filler}The Committee agreed to open a second site. {filler}\n"
    assert _decisions(text) == ["The Committee agreed to open a second site."]


def test_a_paper_agreed_in_two_words_but_not_a_person_assenting() -> None:
    text = "1. Fees\n\nRecommendation agreed.\n\n2. Hall\n\nJohn agreed.\n"
    assert _decisions(text) == ["Recommendation agreed."]


def test_notes_putting_business_off_until_a_condition() -> None:
    text = (
        "1. Release process\n\n"
        "- Defer until we have met the maintainers.\n"
        "- Taking the logo off the agenda until there is a concrete proposal.\n"
        "- Take back to the issue tracker for now.\n"
        # Not decisions: reports of what others did.
        "- The vendor deferred the release until May.\n"
    )
    assert _decisions(text) == [
        "Defer until we have met the maintainers.",
        "Taking the logo off the agenda until there is a concrete proposal.",
        "Take back to the issue tracker for now.",
    ]


def test_a_heading_run_into_the_decision_and_a_decision_named_in_passing() -> None:
    text = (
        "| 5. Visit to the Assembly Members agreed that new members should visit the "
        "Assembly. | TG |\n\n"
        "Officers reported on the workshop where Members approved the draft scheme last year.\n"
    )
    assert _decisions(text) == ["Members agreed that new members should visit the Assembly. | TG |"]


def test_an_item_announced_as_carried_forward_is_no_decision() -> None:
    text = (
        "3. Policies\n\nThe papers had not been sent out and this item will be carried forward "
        "to the next meeting.\n\n4. Fees\n\nMoved to next meeting.\n"
    )
    # Put off to a later meeting, announced or minuted, is business coming back (a follow-up
    # only): see test_decision_rules_round8.test_put_off_to_a_later_meeting_is_no_decision.
    assert _decisions(text) == []


def test_a_proposal_its_details_and_its_seconding_later_on_the_line() -> None:
    text = (
        "1. Mill Lane\n\nIt was proposed that Cllr Pike would write to the District Council. "
        "The Clerk would copy in the MP. Proposal seconded by Cllr Ross, all in favour.\n"
    )
    assert _decisions(text) == [
        "It was proposed that Cllr Pike would write to the District Council. The Clerk would "
        "copy in the MP. Proposal seconded by Cllr Ross, all in favour."
    ]
