"""Follow-up rules, round 9: a follow-up read by its grammar, a cue of return and a later
meeting or time in one sentence (core/parse/follow_ups/cue_time.py), for wordings the
other rules were not written for; each on made-up Riverside passages."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict
from clerk_tui.core.parse.follow_ups.cue_time import cue_and_time


def _follow_ups(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.when) for f in parse_strict(text).follow_ups]


_CALL = "# Riverside Widgets community call, 4 March 2024\n\n## Notes\n"
_PARISH = "RIVERSIDE PARISH COUNCIL\nMinutes of the meeting held on 4 March 2024\n\n7. Play\n\n"


def test_a_cue_of_return_and_a_later_time() -> None:
    text = _CALL + (
        "- Ran out of time, pushing to next week.\n"
        "- Re-discuss in two weeks.\n"
        "- Table for now, revisit in Q3.\n"
        "- Parking this until the RFC is merged.\n"
        "- Defer to next quarter.\n"
        "- We'll check in on this next meeting.\n"
    )
    assert _follow_ups(text) == [
        ("Ran out of time, pushing to next week.", "next week"),
        ("Re-discuss in two weeks.", "in two weeks"),
        ("Table for now, revisit in Q3.", "in Q3"),
        ("Parking this until the RFC is merged.", "until the RFC is merged"),
        ("Defer to next quarter.", "next quarter"),
        ("We'll check in on this next meeting.", "next meeting"),
    ]


def test_put_on_hold_and_a_decision_at_a_named_meeting() -> None:
    text = _PARISH + (
        "The bench project was put on hold until the spring. "
        "A decision will be made at the September meeting.\n"
    )
    assert _follow_ups(text) == [
        ("The bench project was put on hold until the spring.", "until the spring"),
        ("A decision will be made at the September meeting.", "the September meeting"),
    ]


def test_no_return_cue_or_no_later_time_is_no_follow_up() -> None:
    text = _PARISH + (
        # past, a task with a party outside, a deadline, a scope, a move elsewhere, a noun
        "The fees were discussed in April. "
        "Cllr Ward will discuss the hedge with the landowner next week. "
        "The Clerk will provide the figures before the next meeting. "
        "The Council will consider the budget for the coming year. "
        "The family is moving to the village in the spring. "
        "The annual return must be filed after the annual meeting. "
        "The Clerk will report the leak to the water company next week. "
        "The Constitution requires the Chair to present a report at the annual meeting.\n"
    )
    assert _follow_ups(text) == []


def test_the_list_under_a_heading_of_business_for_later_meetings() -> None:
    for heading in (
        "## For future meetings:",
        "### Topics for next time",
        "## Next meeting topics",
        "**Parking lot**",
        "## For next meeting",
    ):
        text = _CALL + (
            f"- The logo was agreed.\n\n{heading}\n\n"
            "- Stall fees.\n"
            "    - Should members pay less?\n"
            "- Who keeps the spare keys when the\n"
            "  caretaker is away?\n\n"
            "## Decisions\n\n- None.\n"
        )
        when = "the next meeting" if "next" in heading.lower() else "a future meeting"
        assert _follow_ups(text) == [
            ("Stall fees", when),
            ("Who keeps the spare keys when the caretaker is away?", when),
        ], heading


def test_a_heading_of_the_next_meeting_or_its_actions_lists_no_follow_ups() -> None:
    for heading in ("## Next meeting", "**Next meeting:**", "## Actions carried forward"):
        text = _CALL + f"{heading}\n\n- 11 March 2024, 7pm.\n- Sam to book the hall.\n"
        assert _follow_ups(text) == [], heading


def test_an_outcome_note_closing_a_sentence_a_standing_item_an_agenda_item() -> None:
    text = _PARISH + (
        "- No quotes yet; carry forward.\n"
        "- Awaiting a reply from the county, c/f.\n"
        "- Speed watch (standing item).\n"
        "- Keep as standing item.\n"
        "- Agenda item for next month.\n"
        "- The Clerk will update the Council next month.\n"
        # Not follow-ups: work carried on, this agenda's heading, something done at a meeting
        "- The works were carried forward, and finished in May.\n"
        "- Standing items: minutes, finance.\n"
        "- The precept was agreed at the January meeting.\n"
    )
    assert _follow_ups(text) == [
        ("No quotes yet; carry forward.", None),
        ("Awaiting a reply from the county, c/f.", None),
        # (round 16: a standing item comes back to every meeting, not to one: no follow-up)
        ("Agenda item for next month.", "next month"),
        ("The Clerk will update the Council next month.", "next month"),
    ]


def test_officers_or_whom_the_body_asks_to_come_back() -> None:
    text = _PARISH + (
        "The Committee requested that officers come back with options. "
        "Officers to report back. "
        # a member's report back after a task: it comes back too
        "Sam will ask the club and report back. "
        # not a member's own errand: "check back"
        "Sam will check back with the club.\n"
    )
    assert [t for t, _ in _follow_ups(text)] == [
        "The Committee requested that officers come back with options.",
        "Officers to report back.",
        "Sam will ask the club and report back.",
    ]


def test_an_agenda_entry_with_its_time_or_an_action_carried_is_no_follow_up() -> None:
    text = _CALL + (
        "- Revisit the stall rota (*Sam*, 5 Minutes)\n"
        "- Quick updates on the lease (10 mins)\n"
        "- **Action carried forward**\n"
        # Still a follow-up
        "- Revisit the stall rota in the new year.\n"
    )
    assert _follow_ups(text) == [
        ("Revisit the stall rota in the new year.", "in the new year"),
    ]


def test_mtg_for_meeting_on_hold_to_a_time_and_the_next_agenda_as_a_note() -> None:
    text = _PARISH + (
        "- Defer to next mtg.\n"
        "- Cllr Ball to report at next mtg.\n"
        "- On hold until next financial year.\n"
        "- Next agenda.\n"
        # Not follow-ups: on hold until something happens is a state; waiting is no return
        "- Bus service on hold until the operator is found.\n"
        "- You need not wait until next year to get involved.\n"
    )
    assert _follow_ups(text) == [
        ("Defer to next mtg.", "next mtg"),
        ("Cllr Ball to report at next mtg.", "next mtg"),
        ("On hold until next financial year.", "next financial year"),
        ("Next agenda.", None),
    ]


def test_left_until_a_condition_and_a_table_cell_as_its_own_clause() -> None:
    text = _PARISH + (
        "- Hedge survey to be left until Cllr Moss is present.\n"
        # Not follow-ups: a state past; a time in another cell of an action table
        "- The key was left until the caretaker arrived.\n"
    )
    assert _follow_ups(text) == [
        ("Hedge survey to be left until Cllr Moss is present.", "until Cllr Moss is present"),
    ]
    row = "| ask the club to discuss the rota | Sam | next week |"
    assert cue_and_time(None, row, row.lower()) is None
    row = "| Rota | To discuss the rota again next week. | Sam |"
    assert cue_and_time(None, row, row.lower()) == (12, "next week")


def test_a_chat_logs_follow_up_is_the_message_without_its_clock_and_speaker() -> None:
    text = (
        "Riverside Repair Cafe website group, 14 April 2026\n\n"
        "19:02:10 <tom> hello all\n"
        "19:07:30 <raj> we should revisit the logo at the next meeting\n"
        "[19:08] ana: defer the shop page to next quarter\n"
    )
    assert _follow_ups(text) == [
        ("we should revisit the logo at the next meeting", "the next meeting"),
        ("defer the shop page to next quarter", "next quarter"),
    ]


def test_an_agenda_entry_with_its_time_allowed_is_no_follow_up_and_no_task() -> None:
    text = _CALL + (
        "## Agenda\n"
        "- Revisit the rota at the next meeting (Sam, 5 minutes)\n"
        "- Update on the new website (10 min presentation)\n"
    )
    got = parse_strict(text)
    assert got.follow_ups == []
    assert got.actions == []
