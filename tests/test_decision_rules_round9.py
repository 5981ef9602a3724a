"""Decision rules, round 9: a decision's label said within a line of a chat log or of notes
(after a speaker, a time or a checkbox, in lower case, as a meeting bot's "#agreed", after a
topic or sentence), and labelled bullets that stay decisions of their own; each on made-up
Riverside passages."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def _decisions(text: str) -> list[str]:
    return [d.text for d in parse_strict(text).decisions]


def test_a_label_after_a_speaker_or_time_in_a_chat_log() -> None:
    text = (
        "## Riverside website group\n\n"
        "19:02:10 <ruth> topic: the booking page\n"
        "19:03:40 <tom> the old form loses half the bookings\n"
        "19:04:05 <ruth> RESOLUTION: the booking page moves to the new form in May\n"
        "19:05:00 <tom> +1\n"
        "ruth: Decision: the hall calendar stays public\n"
        "[19:07] raj: RESOLVED: the photo gallery is archived\n"
        "#agreed the newsletter goes out monthly\n"
    )
    assert _decisions(text) == [
        "RESOLUTION: the booking page moves to the new form in May",
        "Decision: the hall calendar stays public",
        "RESOLVED: the photo gallery is archived",
        "#agreed the newsletter goes out monthly",
    ]


def test_a_label_in_lower_case_or_after_a_checkbox() -> None:
    text = (
        "## Pavilion\n\n"
        "- agreed: the pavilion opens at 9 on match days\n"
        "- [x] Decision: the kiosk takes cards only\n"
        "- Rough consensus: the old scoreboard stays\n"
    )
    assert _decisions(text) == [
        "agreed: the pavilion opens at 9 on match days",
        "Decision: the kiosk takes cards only",
        "consensus: the old scoreboard stays",
    ]


def test_a_label_after_a_topic_or_sentence_within_a_line() -> None:
    text = (
        "## Notes\n\n"
        "- Hall heating: discussed the quotes. Agreed: the cheaper boiler is fitted.\n"
        "- Car park -- Consensus: two spaces are kept for the minibus\n"
        "- Litter picks: **Decision:** they move to Sundays\n"
    )
    assert _decisions(text) == [
        "Agreed: the cheaper boiler is fitted.",
        "Consensus: two spaces are kept for the minibus",
        "Decision: they move to Sundays",
    ]


def test_no_decision_from_a_reply_an_undecided_label_or_a_passing_word() -> None:
    text = (
        "## Riverside website group\n\n"
        "ruth: we could move the forms to the new host\n"
        "tom: agreed\n"
        "<raj> agreed\n"
        "- Decision: TBD\n"
        "- Decision: TBD on the photo archive\n"
        "- Consensus: pending - see the quotes\n"
        "- Hosting. Decision: ?\n"
        "- Parking -- Consensus: no consensus yet\n"
        "<tom> decision: do we keep the old host?\n"
        "- We talked about a decision: nothing was settled\n"
        "<p>Notes of the call</p>\n"
    )
    assert _decisions(text) == []


def test_an_owner_and_task_after_a_lower_case_label_is_no_decision() -> None:
    assert _decisions("## Hall\n\n- agreed: Ruth: book the boiler service\n") == []


def test_a_resolution_stops_at_the_next_speaker() -> None:
    text = (
        "## Charter\n\n"
        "RESOLUTION: the charter goes to the council\n"
        "tom: ok\n"
        "ruth: next is the budget\n"
    )
    assert _decisions(text) == ["RESOLUTION: the charter goes to the council"]


def test_labelled_bullets_are_one_decision_each() -> None:
    # "Tuesdays" ending the first label's line opens no list of sub-points
    text = (
        "## Rota\n\n"
        "* Decision: the litter pick moves to Tuesdays\n"
        "* Agreed: new gloves for the volunteers\n"
        "* Consensus: the rota stays on the noticeboard\n"
    )
    assert _decisions(text) == [
        "Decision: the litter pick moves to Tuesdays",
        "Agreed: new gloves for the volunteers",
        "Consensus: the rota stays on the noticeboard",
    ]


def test_a_decision_ending_in_a_capitalised_word_opens_no_list() -> None:
    # "That the Board" ending its line opens the points under it; "... to Tuesdays" does not
    text = (
        "## Rota\n\n"
        "- Agreed we will move the litter pick to Tuesdays\n"
        "- Tom has the new gloves\n"
        "- Ruth asked about the hi-vis vests\n"
    )
    assert _decisions(text) == ["Agreed we will move the litter pick to Tuesdays"]


def test_a_labelled_bullet_heads_only_the_points_nested_under_it() -> None:
    text = (
        "## Pavilion\n\n"
        "- **Decision**:\n"
        "  - the kiosk takes cards only\n"
        "  - the pavilion opens at 9 on match days\n"
        "- Discussion\n"
        "  - Tom showed the new till\n"
    )
    assert _decisions(text) == [
        "Decision: the kiosk takes cards only",
        "Decision: the pavilion opens at 9 on match days",
    ]


def test_a_bulleted_head_over_points_beside_it_still_heads_them() -> None:
    text = (
        "## 6. Grants\n\n"
        "• RESOLVED that:\n"
        "• the grant to the youth club be approved\n"
        "• the grant to the bowls club be deferred\n"
    )
    assert _decisions(text) == [
        "RESOLVED that: the grant to the youth club be approved",
        "RESOLVED that: the grant to the bowls club be deferred",
    ]
