"""Follow-up rules, round 7 (kinds counted over the whole dev pool): a person's own "report
back" or "come back with a proposal" naming no body and no time is their task, not business
for a meeting; each on made-up Riverside passages."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict


def _follow_ups(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.when) for f in parse_strict(text).follow_ups]


_CALL = "# Riverside Widgets community call, 4 March 2024\n\n## Notes\n"


def test_a_persons_report_back_is_their_task_and_comes_back() -> None:
    text = _CALL + (
        "- Priya will ask the printer about paper stock and report back.\n"
        "- Clerk was asked to check whether the grant arrived and feed back.\n"
        "- Tomasz: come back with a costed plan for the stall.\n"
        # Follow-ups: a body, a meeting or a time named.
        "- Priya to report back to the Board in May on the stock.\n"
        "- Tomasz will report back in two months on the pilot.\n"
        "- The stall plan will be brought back.\n"
        "- Priya to report back on the stock options to the next meeting.\n"
    )
    assert _follow_ups(text) == [
        # what a person finds after a task comes back (to the next meeting): their task and a
        # follow-up both (the Clerk's "feed back" lies in the "whether" clause's reach: none)
        ("Priya will ask the printer about paper stock and report back.", None),
        ("Tomasz: come back with a costed plan for the stall.", None),
        ("Priya to report back to the Board in May on the stock.", "in May"),
        ("Tomasz will report back in two months on the pilot.", "in two months"),
        ("The stall plan will be brought back.", None),
        ("Priya to report back on the stock options to the next meeting.", "the next meeting"),
    ]
    owners = [a.owner for a in parse_strict(text).actions]
    assert owners[:3] == ["Priya", "Clerk", "Tomasz"]


def test_a_later_meeting_named_its_own_way() -> None:
    text = _CALL + (
        "- Discuss the stall rota at next all-hands.\n"
        "- No agreement; try it out at next CoFi and see.\n"
        "- We will raise this as a topic in the upcoming steering meeting.\n"
        "- The treasurer will have audited accounts ready for the October open meeting.\n"
        "- Further figures have been requested for 12 March meeting.\n"
        "- Dana to cost the new shed for November 2024 meeting.\n"
        "- Leo requests that Dana bring three quotes to the June meeting.\n"
        # Not follow-ups: a time or stage, a meeting past, a quoted notice of motion.
        "- Sam hopes to stand at the next election.\n"
        "- The survey is open until next Monday.\n"
        "- The accounts were signed at the October open meeting.\n"
        "- “I will move at the next meeting that the group buy a gazebo”.\n"
    )
    assert _follow_ups(text) == [
        ("Discuss the stall rota at next all-hands.", "next all-hands"),
        ("No agreement; try it out at next CoFi and see.", "next CoFi"),
        (
            "We will raise this as a topic in the upcoming steering meeting.",
            "the upcoming steering meeting",
        ),
        (
            "The treasurer will have audited accounts ready for the October open meeting.",
            "the October open meeting",
        ),
        ("Further figures have been requested for 12 March meeting.", "12 March meeting"),
        ("Dana to cost the new shed for November 2024 meeting.", "November 2024 meeting"),
        ("Leo requests that Dana bring three quotes to the June meeting.", "the June meeting"),
    ]


def test_the_list_under_a_heading_for_next_week() -> None:
    text = _CALL + (
        "- Stall rota agreed.\n\n"
        "### 7. For next week\n"
        "- Has the council replied about the hall keys? (Dana)\n\n"
        "### Upcoming discussions\n"
        "https://pad.example.org/riverside-upcoming\n\n"
        "- Bike shed roof\n"
        "- ...\n"
    )
    assert _follow_ups(text) == [
        ("Has the council replied about the hall keys? (Dana)", "the next meeting"),
        ("Bike shed roof", "a future meeting"),
    ]


def test_business_for_the_next_gathering_without_a_cue() -> None:
    text = _CALL + (
        "- The rota change is up to review and vote on next month.\n"
        "- Draft agenda submitted by Dana for review next week.\n"
        "- Hope to have it early next week, circling back with a plan for the group.\n"
        "- We'll circle back on the banner next week.\n"
        "- Status update next call.\n"
        "- Vote next week.\n"
        "- Check in again next week on the shed.\n"
        # Not follow-ups: a person's own task, work done, a talk with someone outside.
        "- Sam will circle back with the printer.\n"
        "- Dana to check in with the caretaker next week.\n"
        "- We circled back to the banner after the break.\n"
    )
    assert _follow_ups(text) == [
        ("The rota change is up to review and vote on next month.", "next month"),
        ("Draft agenda submitted by Dana for review next week.", "next week"),
        ("Hope to have it early next week, circling back with a plan for the group.", "next week"),
        ("We'll circle back on the banner next week.", "next week"),
        ("Status update next call.", "next call"),
        ("Vote next week.", "next week"),
        ("Check in again next week on the shed.", "next week"),
    ]


def test_a_session_with_or_for_people_outside_is_a_task() -> None:
    text = _CALL + (
        "- Dana will arrange a meeting with the allotment society to agree the boundary.\n"
        "- Leo to host a first-aid session for residents to learn the basics.\n"
        # Follow-ups: the group's own session on a subject.
        "- The group will hold a workshop with all members to plan the summer fair.\n"
        "- A special meeting will be held in May to consider the lease.\n"
    )
    assert _follow_ups(text) == [
        (
            "The group will hold a workshop with all members to plan the summer fair.",
            "a workshop",
        ),
        ("A special meeting will be held in May to consider the lease.", "in May"),
    ]


def test_a_rule_for_all_future_meetings_is_no_follow_up() -> None:
    text = _CALL + (
        "- The group agreed a start time of 19:30 for future meetings.\n"
        "- Motion: adopt the speaking-time rules for all future general meetings.\n"
        # Follow-ups: something brought to later meetings.
        "- The working parties to give an update at future meetings.\n"
    )
    assert _follow_ups(text) == [
        ("The working parties to give an update at future meetings.", "future meetings"),
    ]


def test_taken_up_once_something_has_happened() -> None:
    text = _CALL + (
        "- Discuss the shed roof when Dana is back.\n"
        "- We will decide on the banner once the survey has closed.\n"
        # Not follow-ups: a person's own task, a talk with someone outside.
        "- Sam will follow up when the invoice arrives.\n"
        "- Discuss it with the printer when Sam is back.\n"
    )
    assert _follow_ups(text) == [
        ("Discuss the shed roof when Dana is back.", "when Dana is back"),
        (
            "We will decide on the banner once the survey has closed.",
            "once the survey has closed",
        ),
    ]


def test_a_note_opening_with_its_verb_puts_it_on_a_programme() -> None:
    text = _CALL + ("- Added to the work programme.\n- Put on the agenda for the June meeting.\n")
    assert _follow_ups(text) == [
        ("Added to the work programme.", None),
        ("Put on the agenda for the June meeting.", "for the June meeting"),
    ]


def test_the_short_notes_of_a_weekly_call() -> None:
    text = _CALL + (
        "- Tabled.\n"
        "- Table the logo for next week.\n"
        "- Let's table this for now.\n"
        "- Keep on agenda for next week.\n"
        "- Dana to give an update next week.\n"
        "- The rota motion will be voted on next week.\n"
        "- We'll meet again in May to finalise the plan.\n"
        "- To be discussed at FOSDEM.\n"
        # Not follow-ups: a paper handed round, discussed at length, a table of furniture.
        "- An updated budget was tabled.\n"
        "- The banner was discussed at length.\n"
        "- The keys were left on the table.\n"
    )
    assert _follow_ups(text) == [
        ("Tabled.", None),
        ("Table the logo for next week.", "next week"),
        ("Let's table this for now.", None),
        ("Keep on agenda for next week.", "next week"),
        ("Dana to give an update next week.", "next week"),
        ("The rota motion will be voted on next week.", "next week"),
        ("We'll meet again in May to finalise the plan.", "in May"),
        ("To be discussed at FOSDEM.", None),
    ]


def test_the_meetings_own_agenda_list_is_no_follow_up() -> None:
    text = (
        "# Riverside Widgets community call, 4 March 2024\n\n## Agenda\n\n"
        "- Revisit the stall rota (Dana, 5 minutes)\n"
        "- Decide what we bring to the next meeting\n\n"
        "## Notes\n\n"
        "- Stall rota: revisit next week.\n"
    )
    assert _follow_ups(text) == [("Stall rota: revisit next week.", "next week")]


def test_the_minutes_title_awaiting_confirmation() -> None:
    text = (
        "Minutes of the Riverside Parish Council held on 03.02.2025 (Subject to confirmation "
        "at the next meeting).\n\n1. Bus shelter\n\nThe Clerk will report back to the next "
        "meeting on the bus shelter.\n"
    )
    assert _follow_ups(text) == [
        ("The Clerk will report back to the next meeting on the bus shelter.", "the next meeting")
    ]


def test_a_bulleted_heading_owns_only_the_entries_set_in_under_it() -> None:
    text = _CALL + (
        "* Round of updates\n"
        "  * topics for next meeting\n"
        "* Any other business\n\n"
        "Some notes.\n\n"
        "* Items for next meeting\n"
        "  * Stall rota\n"
        "  * Banner design\n"
    )
    assert _follow_ups(text) == [
        ("Stall rota", "the next meeting"),
        ("Banner design", "the next meeting"),
    ]
