"""Decision rules, round 10: a motion minuted over two sentences (its proposal, then "This
was carried", "This was seconded by X and approved", "X seconded the appointment and this
was endorsed by the board") is one decision, and an officer elected in a list ("Treasurer –
Name – Proposed XY and carried") is a decision of its own; each on made-up Riverside
passages."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def _decisions(text: str) -> list[str]:
    return [d.text for d in parse_strict(text).decisions]


def test_a_proposal_then_this_was_carried_is_one_decision() -> None:
    text = (
        "## Hall committee\n\n"
        "- Bookings officer – RT was willing to carry on. PW proposed and SL seconded RT’s "
        "reappointment.  This was carried.\n"
        "- Caretaker – DM said he could stay for another year and PW proposed DM to "
        "continue.  This was seconded by SL and approved.\n"
    )
    assert _decisions(text) == [
        "PW proposed and SL seconded RT’s reappointment. This was carried.",
        "Caretaker – DM said he could stay for another year and PW proposed DM to continue. "
        "This was seconded by SL and approved.",
    ]


def test_a_seconding_and_its_carrying_join_the_nomination_before_them() -> None:
    text = (
        "## Riverside Board\n\n"
        "The Chair nominated Councillor Rowe as Vice-Chair. Councillor Pell seconded the "
        "appointment and this was endorsed by the board.\n"
    )
    assert _decisions(text) == [
        "The Chair nominated Councillor Rowe as Vice-Chair. Councillor Pell seconded the "
        "appointment and this was endorsed by the board."
    ]


def test_this_was_approved_after_no_proposal_takes_in_the_sentence_before() -> None:
    text = (
        "## Riverside Board\n\n"
        "The Treasurer presented the budget for the fete. This was approved.\n"
    )
    assert _decisions(text) == [
        "The Treasurer presented the budget for the fete. This was approved."
    ]


def test_officers_elected_in_a_list_with_their_proposers() -> None:
    text = (
        "5. Election of Officers\n"
        "- Chair - Ruth Ames - Proposed Tom Hale, and carried unanimously\n"
        "- Treasurer – Sam Lowe – Proposed RA and carried unanimously\n"
        "- Fixtures Secretary – Jo Pike – Proposed TH and carried unanimously\n"
        "6. Pitch\n"
        "The roller is to be serviced.\n"
    )
    assert _decisions(text) == [
        "Chair - Ruth Ames - Proposed Tom Hale, and carried unanimously",
        "Treasurer – Sam Lowe – Proposed RA and carried unanimously",
        "Fixtures Secretary – Jo Pike – Proposed TH and carried unanimously",
    ]


def test_a_vote_record_after_its_resolution_joins_it() -> None:
    text = (
        "7. Accounts\n"
        "RESOLVED that the accounts for 2025 be approved.\n"
        "Proposed Cllr Ames, seconded Cllr Hale, carried unanimously.\n"
    )
    assert _decisions(text) == [
        "RESOLVED that the accounts for 2025 be approved. Proposed Cllr Ames, seconded Cllr Hale, "
        "carried unanimously."
    ]


def test_a_named_member_proposing_then_all_in_favour_is_one_decision() -> None:
    text = (
        "3. Hall fees\n\n"
        "Cllr Hart proposed raising the hall fee to £12 an hour. All in favour.\n\n"
        "The Treasurer proposed a second key safe. Everyone agreed.\n\n"
        "4. Other\n\n"
        "The proposed bench was discussed at length. All in favour.\n"
    )
    assert _decisions(text) == [
        "Cllr Hart proposed raising the hall fee to £12 an hour. All in favour.",
        "The Treasurer proposed a second key safe. Everyone agreed.",
        # all in favour of what was discussed, as "... was discussed. Agreed." is
        "The proposed bench was discussed at length. All in favour.",
    ]


def test_agreed_with_the_clause_it_settles_and_no_that() -> None:
    text = (
        "## Riverside website group\n\n"
        "- Bookings page was discussed\n"
        "- Tom/Ruth: Agree that is reasonable.\n"
        "- All: Agree a shared calendar would be good.\n"
        "- Hall sign – unanimously agreed we will not have a lit sign.\n"
        "- Agreed a new padlock should be bought for the store.\n"
        "1. A clearer way of posting agendas for the group (done: Agreed we will post "
        "them in the chat channel)\n"
    )
    assert _decisions(text) == [
        "Tom/Ruth: Agree that is reasonable.",
        "All: Agree a shared calendar would be good.",
        "Hall sign – unanimously agreed we will not have a lit sign.",
        "Agreed a new padlock should be bought for the store.",
        "A clearer way of posting agendas for the group (done: Agreed we will post them in "
        "the chat channel)",
    ]


def test_one_member_agreeing_or_a_task_agreed_is_no_decision() -> None:
    text = (
        "## Riverside website group\n\n"
        "- Ruth: the old form loses bookings\n"
        "- Tom: Agree with Ruth on the form.\n"
        "- Sam: I agree we need more data.\n"
        "- For the hall map: Agree to adopt the county licence (Sam).\n"
        "- Agreed the Clerk would write to the county about the verges.\n"
    )
    assert _decisions(text) == []


def test_an_outcome_run_in_after_a_topic_with_who_assented_or_how() -> None:
    text = (
        "## Riverside rowing club committee\n\n"
        "- Flyers were discussed\n"
        "- Print another 500 flyers for the regatta - ALL AGREED\n"
        "- Ask Tom back onto the committee - some doubts - but people say yes - All Agreed\n"
        "- The boathouse rules were read out\n\n"
        "Subject to the wording above, the charter was approved _nem. con._\n"
    )
    assert _decisions(text) == [
        "Print another 500 flyers for the regatta - ALL AGREED",
        "Ask Tom back onto the committee - some doubts - but people say yes - All Agreed",
        "Subject to the wording above, the charter was approved _nem. con._",
    ]


def test_not_all_agreeing_is_no_outcome() -> None:
    text = (
        "## Riverside rowing club committee\n\n"
        "- The new boat was discussed\n"
        "- Not all agreed\n"
        "- Selling the old boat - some doubts\n"
    )
    assert _decisions(text) == []


def test_a_head_ending_in_a_colon_takes_points_numbered_in_square_brackets() -> None:
    text = (
        "Riverside tenants' meeting\n"
        "present: ruth, tom, sam\n"
        "Agreed to change the constitution in two respects:\n"
        "[i] the committee would only need four members\n"
        "[ii] two open meetings per year would be held.\n"
        "A notice board was requested.\n"
    )
    assert _decisions(text) == [
        "Agreed to change the constitution in two respects: [i] the committee would only "
        "need four members [ii] two open meetings per year would be held."
    ]


def test_a_link_in_square_brackets_is_no_point() -> None:
    text = (
        "## Riverside website group\n\n"
        "It was agreed that the booking page would move to the new form:\n"
        "[the form](https://example.org/form) is linked from the home page.\n"
    )
    assert _decisions(text) == ["It was agreed that the booking page would move to the new form:"]


def test_this_was_approved_points_to_the_sentence_right_before_it_not_an_earlier_proposal() -> None:
    text = (
        "## Riverside Board\n\n"
        "Cllr Hart proposed that the hall be repainted. The Clerk presented the grass "
        "cutting quotes. This was approved.\n"
    )
    assert _decisions(text) == ["The Clerk presented the grass cutting quotes. This was approved."]
