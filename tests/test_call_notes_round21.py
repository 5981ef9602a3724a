"""Call notes and working-group notes (round 21): notes written as a transcript, speaker lines
by initials, names or handles. There the label names who speaks, not who is to act: a task a
speaker tells or suggests to the others is talk; the speaker's own commitment and a task
marked as an action are actions. All examples invented."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict
from tests.conftest import owned_actions

_TELCO = (
    "Tidewater Sensors Working Group\n"
    "Teleconference, 12 May 2026\n\n"
    "Present: Kwame Mensah (KM), Rina Takeda (RT), Paula Anand (PA), Joel Lind (JL)\n\n"
    "Notes\n\n"
)


def test_a_speakers_imperative_in_numbered_telco_notes_is_talk() -> None:
    """ "14. KM - We could ask ...", "RT - Nice. Demo that at the board", "JL - Make sure the
    README says ...": talk among speakers by initials, no task; "I'll send ..." is the
    speaker's own; a marked action stays; a report, a hypothetical and a question are no
    tasks."""
    body = _TELCO + (
        "11. KM - The tide gauge data for April is now in the archive.\n"
        "12. RT - I sent the calibration sheet to the list last week.\n"
        "13. PA - If we had more time we would rewrite the validator.\n"
        "14. KM - We could ask the county for the raw figures.\n"
        "15. RT - Nice. Demo that at the board so they get it.\n"
        "16. JL - Make sure the README says which units we use\n"
        "17. PA - Check the harness runs on Windows as well.\n"
        "18. KM - I'll send the figures round tomorrow\n"
        "19. JL - Should we ask the county about the licence?\n"
        "20. Action-TS-2026-07: PA to circulate the revised schema by 20 May.\n"
    )
    assert owned_actions(body) == [
        ("KM", "Send the figures round tomorrow"),
        ("PA", "Circulate the revised schema by 20 May"),
    ]


def test_a_speakers_request_or_suggestion_after_a_colon_is_talk() -> None:
    """ "Paula: let's look at the docs again some time", "RT: Please send comments to the
    list", and in notes that mark their actions ("ACTION: ...") an imperative after a remark
    of the speaker's own ("Joel: Good point. Review the pull request before Friday"), among
    remarks: talk; "happy to review it" and "will chase the vendor" are the speaker's, and so
    is a bare "Name: <imperative>" line ("Tomas: fix the badge"), as in any notes."""
    body = _TELCO + (
        "- Rina: the vendor has not replied about the firmware.\n"
        "- Paula: let's look at the docs again some time.\n"
        "- Kwame: I think the schema is nearly ready.\n"
        "- Joel: Good point. Review the pull request before Friday.\n"
        "- Rina: Please send comments to the list.\n"
        "- Paula: Happy to review the units section.\n"
        "- Kwame: No objections from me. Will chase the vendor again.\n"
        "- Joel: did anyone test the new parser?\n"
        "- Rina: fix the broken badge on the README\n\n"
        "ACTION: Rina to book the room for the June workshop.\n"
    )
    assert owned_actions(body) == [
        ("Paula", "Review the units section."),
        ("Kwame", "Chase the vendor again."),
        ("Rina", "Fix the broken badge on the README"),
        ("Rina", "Book the room for the June workshop"),
    ]


def test_a_handles_suggestion_in_chat_notes_is_talk() -> None:
    """ "@jlee: we should sort those out one day", "@mira: please ping the maintainers":
    talk between handles in notes with an "Action items" list; "@mira: I'll open an issue" is
    hers."""
    body = (
        "Opal Tiles project - community call, 4 June 2026\n\n"
        "Attendees: @jlee, @mira, @tobi\n\n"
        "@tobi: the nightly build broke again on arm64\n"
        "@jlee: we should sort those out one day\n"
        "@mira: please ping the maintainers about it\n"
        "@tobi: it only fails on the old runners\n"
        "@mira: I'll open an issue for the runners\n\n"
        "Action items\n\n"
        "- @tobi: retire the old runners\n"
    )
    assert owned_actions(body) == [
        ("@mira", "Open an issue for the runners"),
        ("@tobi", "Retire the old runners"),
    ]


def test_a_task_a_speaker_says_someone_should_do_is_talk() -> None:
    """ "KM - The chairs should send a note to the list", "The county could be asked for the
    figures": a suggestion in a remark, talk; "I should check the licence first" is the
    speaker's own."""
    body = _TELCO + (
        "4. KM - The glossary review is finished.\n"
        "5. RT - The chairs should send a note to the list.\n"
        "6. PA - The county could be asked for the raw figures.\n"
        "7. JL - I think the draft is in good shape.\n"
        "8. KM - I should check the licence first.\n"
    )
    assert owned_actions(body) == [("KM", "Check the licence first.")]


def test_a_bare_imperative_in_notes_marking_no_actions_stays_the_speakers() -> None:
    """Near miss: notes that mark no actions give jobs as "Name: task" among remarks too
    ("- Omar: do the spring clear-out of the store"): the speaker's job, as before; "let's"
    is still talk."""
    body = _TELCO + (
        "- Rina: the store floods when it rains.\n"
        "- Joel: has anyone seen the insurance policy?\n"
        "- Paula: do the spring clear-out of the store in March\n"
        "- Kwame: let's look at the lease again some time\n"
    )
    assert owned_actions(body) == [("Paula", "Do the spring clear-out of the store in March")]


def test_status_remarks_under_an_action_list_heading_leave_its_tasks() -> None:
    """ "Action items" over "- Rina: no reply from the vendor yet", "- Joel: I sent the draft
    last week", "- Paula: Update the wiki": an action list reviewed, no transcript; its task
    stays (what the list makes of its status lines is not asked here)."""
    body = _TELCO + (
        "Action items\n\n"
        "- Rina: no reply from the vendor yet\n"
        "- Joel: I sent the draft to the list last week\n"
        "- Paula: Update the wiki page with the new units\n"
    )
    assert ("Paula", "Update the wiki page with the new units") in owned_actions(body)


def test_a_list_of_jobs_by_name_and_an_action_list_after_talk_stay() -> None:
    """Near misses of a transcript: "- Tom: ring the garage" lines, each a job, are a list of
    jobs; so is an "Action items" list after the talk, whatever its labels."""
    jobs = _TELCO + (
        "- Rina: phone the county about the gauge\n"
        "- Joel: update the wiki page\n"
        "- Paula: will book the room for June\n"
    )
    assert owned_actions(jobs) == [
        ("Rina", "Phone the county about the gauge"),
        ("Joel", "Update the wiki page"),
        ("Paula", "Book the room for June"),
    ]
    after = _TELCO + (
        "- Rina: the vendor has not replied.\n"
        "- Paula: I think the schema is nearly ready.\n"
        "- Joel: did anyone test the parser?\n\n"
        "Action items\n\n"
        "- Rina: Chase the vendor about the firmware.\n"
        "- Joel: Test the parser on the backlog.\n"
    )
    assert owned_actions(after) == [
        ("Rina", "Chase the vendor about the firmware."),
        ("Joel", "Test the parser on the backlog."),
    ]


def test_numbered_remarks_are_no_items_titles_for_the_prose_rules() -> None:
    """ "18. KM - I'll send the figures round. Action-TS-2026-08" (no full stop closing it):
    a remark, not an item's title; the speaker's commitment is read."""
    body = _TELCO + (
        "11. RT - The gauge data is in.\n"
        "12. KM - I'll send the figures round. Action-TS-2026-08\n"
        "13. PA - Fine by me.\n"
    )
    assert [(a.owner, a.text) for a in parse_strict(body).actions] == [
        ("KM", "Send the figures round.")
    ]


_CALL = (
    "Opal Tiles project - community call, 4 June 2026\n\n"
    "Attendees: Tomas Berg, Amara Obi, Joel Lind, Dana Reyes (@dana), Mira Chen\n\n"
    "## Notes\n\n"
)


def test_work_someone_owes_is_their_outstanding_task() -> None:
    """ "Tomas owes a PR for the config docs", "Amara still owes the group a write-up",
    "Joel owes Dana a review", "@dana owes the TSC a proposal": each an outstanding
    commitment. Near misses: what was owed ("owed ... and sent it"), a question, thanks,
    a thing's or the group's debt, nothing owed."""
    body = _CALL + (
        "- Tomas owes a PR for the config docs.\n"
        "- Amara still owes the group a write-up of the survey results\n"
        "- Joel owes Dana a review of the parser patch.\n"
        "- @dana owes the TSC a proposal for the release cadence.\n"
        "- Mira owed a PR last time and sent it.\n"
        "- Who owes the changelog entry?\n"
        "- Tomas owes Dana a big thanks for the patch.\n"
        "- The project owes its success to Amara.\n"
        "- We owe the county a reply.\n"
        "- Joel owes nothing.\n"
    )
    assert owned_actions(body) == [
        ("Tomas", "Deliver a PR for the config docs"),
        ("Amara", "Deliver a write-up of the survey results"),
        ("Joel", "Deliver a review of the parser patch to Dana"),
        ("@dana", "Deliver a proposal for the release cadence"),
    ]


def test_volunteers_after_a_dash_own_the_job_asked_about() -> None:
    """ "Who can take the release notes? - Amara and Joel volunteered", "Need someone for the
    release notes - Joel volunteered", "Someone needed to review the patch - Mira
    volunteered", "Anyone able to run the stall? – Dana offered": the volunteers own the task
    asked about. Near misses: no one volunteered; a topic before the dash, no request."""
    body = _CALL + (
        "- Who can take the release notes? - Amara and Joel volunteered\n"
        "- Need someone for the changelog - Joel volunteered.\n"
        "- Someone needed to review the parser patch - Mira volunteered\n"
        "- Anyone able to run the stall at the meetup? – Dana offered.\n"
        "- Who can host the next call? - Nobody volunteered.\n"
        "- Budget - Tomas volunteered last year.\n"
    )
    assert owned_actions(body) == [
        ("Amara and Joel", "Take this on (take the release notes)"),
        ("Joel", "Take on the changelog"),
        ("Mira", "Take this on (review the parser patch)"),
        ("Dana", "Take this on (run the stall at the meetup)"),
    ]


def test_handles_given_tasks_in_lists_and_checkboxes() -> None:
    """ "@dana to open an issue", "- [ ] @dana open an issue for the CI failure": already read
    (a guard); "Dana will chair next week" stays as it is, a soft case."""
    body = _CALL + (
        "- @dana to open an issue for the flaky test\n"
        "- [ ] @dana open an issue for the CI failure\n"
        "- [x] @dana close the stale issues\n"
    )
    assert owned_actions(body) == [
        ("@dana", "Open an issue for the flaky test"),
        ("@dana", "Open an issue for the CI failure"),
    ]


def _follow_ups(body: str) -> list[str]:
    return [f.text for f in parse_strict(body).follow_ups]


def test_a_working_groups_calls_named_as_meetings_to_come() -> None:
    """ "Bring the numbers to the March telco", "... at the next telco", "to the June
    plenary", "at the April sync", "at the next stand-up": a call to come, named by its
    month or as the next, is a meeting that business comes back to. Near misses: a call
    past ("We discussed the numbers at the March telco"), one cancelled."""
    body = _CALL + (
        "- Bring the numbers to the March telco\n"
        "- Tomas to bring the numbers to the June plenary.\n"
        "- Pick this up at the next telco.\n"
        "- Revisit at the April sync.\n"
        "- We discussed the budget at the March telco.\n"
        "- The May telco was cancelled.\n"
    )
    assert _follow_ups(body) == [
        "Bring the numbers to the March telco",
        "Tomas to bring the numbers to the June plenary.",
        "Pick this up at the next telco.",
        "Revisit at the April sync.",
    ]


def test_call_notes_follow_ups_in_speaker_lines_and_their_near_misses() -> None:
    """ "JL - Revisit next call", "Carry over to next week's agenda", "Discuss again when Dana
    is back", "Parked until the next sync": follow-ups in a speaker's remark too. Not a
    question put to the call ("Should we revisit next call?", "Mira: can we come back to
    this next week?"), nor how to join the next call, sending its agenda, or a past
    return; "Join the next call at https://..." is no task either."""
    body = _TELCO + (
        "1. JL - Revisit next call.\n"
        "2. KM - Carry over to next week's agenda, we are out of time.\n"
        "3. RT - Discuss again when Paula is back.\n"
        "4. PA - Parked until the next sync.\n"
        "5. JL - Should we revisit the licence next call?\n"
        "6. RT - Can we come back to the units next week?\n"
        "7. KM - We revisited the schema on the last call.\n"
        "8. KM - Join the next call at https://meet.example.org/tidewater\n"
        "9. RT - Kwame will send the agenda for the next call.\n"
    )
    assert _follow_ups(body) == [
        "JL - Revisit next call.",
        "KM - Carry over to next week's agenda, we are out of time.",
        "RT - Discuss again when Paula is back.",
        "PA - Parked until the next sync.",
    ]
    joining = _CALL + "- Join the next call at https://meet.example.org/opal\n"
    assert owned_actions(joining) == []
    assert _follow_ups(joining) == []


def test_talk_reviewing_open_actions_under_their_heading_is_no_entry() -> None:
    """Under "Open actions", remarks most of which are talk ("RT - I went through it and
    sent comments", "PA - I emailed them but no reply yet", "KM - Keep it open.") are a
    transcript, no entries of an action list, in notes that mark their actions by IDs; the
    marked action stays."""
    body = _TELCO + (
        "2. Open actions\n\n"
        "4. KM - Action-TS-2026-03 (RT, review the glossary) - done.\n"
        "5. RT - I went through it and sent comments to the list.\n"
        "6. PA - I emailed the registry but no reply yet.\n"
        "7. KM - Keep it open.\n"
        "8. Action-TS-2026-09: JL to book the room for June.\n"
    )
    assert owned_actions(body) == [("JL", "Book the room for June")]


def test_an_action_id_in_brackets_or_its_owner_in_brackets_after_it() -> None:
    """ "[Action-TS-2026-08] KM to send the figures", "Action-TS-2026-09 (RT): Review the
    glossary", "Action-TS-2026-10 [PA] Chase the registry": a marked action, its owner read
    from after the ID (the brackets shut the ID, or hold the owner)."""
    body = _TELCO + (
        "[Action-TS-2026-08] KM to send the figures round.\n"
        "Action-TS-2026-09 (RT): Review the glossary\n"
        "Action-TS-2026-10 [PA] Chase the registry about the licence\n"
    )
    assert owned_actions(body) == [
        ("KM", "Send the figures round"),
        ("RT", "Review the glossary"),
        ("PA", "Chase the registry about the licence"),
    ]


def test_an_issue_marked_assigned_is_a_task() -> None:
    """ "1. Assigned: [Fix the download page](link)", "Assigned to Dana: update the NOTICE
    file", "- Assigned: Tidy the CI matrix": an issue of the tracker marked as assigned, a
    task (its link's words). Near misses: an owner alone ("Assigned: Dana"), a count, a
    remark, an unassigned issue."""
    body = _CALL + (
        "### Issues\n"
        "1. Assigned: [Fix the download page](https://example.org/issues/12)\n"
        "2. Assigned to Dana: update the NOTICE file\n"
        "3. Assigned: Tidy the CI matrix\n"
        "4. Assigned: Dana\n"
        "5. Assigned issues: 12\n"
        "6. Assigned to the wrong milestone: the flaky test\n"
        "7. Unassigned: the broken badge\n"
    )
    assert owned_actions(body) == [
        (None, "Fix the download page"),
        ("Dana", "Update the NOTICE file"),
        (None, "Tidy the CI matrix"),
    ]


def test_a_speakers_short_answer_takes_on_what_the_remark_before_asked() -> None:
    """ "JL - Who can update the wiki page?" then "PA - I can take that one"; "RT - Someone
    needs to chase the vendor" then "KM - I'll do it"; "KM - Need a volunteer for the release
    notes" then "PA - I'll take it": the answer owns the task asked for (the point's number
    before each remark is no sentence of its own). Near misses: "I'll do it" after a view,
    asking nothing; "I did it last week"."""
    body = _TELCO + (
        "1. KM - The wiki page on units is out of date.\n"
        "2. JL - Who can update the wiki page?\n"
        "3. PA - I can take that one.\n"
        "4. RT - Someone needs to chase the vendor about the firmware.\n"
        "5. KM - I'll do it.\n"
        "6. KM - Need a volunteer for the release notes.\n"
        "7. PA - I'll take it.\n"
        "8. JL - I think the units table looks wrong in places.\n"
        "9. RT - I'll do it.\n"
        "10. KM - I did it last week.\n"
    )
    assert owned_actions(body) == [
        ("PA", "Take that one (update the wiki page)"),
        ("KM", "Chase the vendor about the firmware."),
        ("PA", "Take it (take on the release notes)"),
    ]
