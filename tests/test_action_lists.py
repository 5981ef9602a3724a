"""Actions in lists and columns, one kind of passage each, on short Riverside passages: the
exact tasks, owners and due dates read (and what is left alone): bullets under a heading of
decisions, action lists in any wording, bare verbs after a name, and an owner column after
a run of tabs."""

from __future__ import annotations

from datetime import date

from clerk_tui.core.parse import parse_strict

_PLENUM = "Riverside Food Co-op\nPlenum notes, 14 May 2025\n\nPresent: Priya, Tomasz, Jo, Sam\n\n"


def _actions(text: str) -> list[tuple[str | None, str, str | None]]:
    got = parse_strict(text).actions
    return [(a.owner, a.text, a.due.isoformat() if a.due else None) for a in got]


def _decisions(text: str) -> list[str]:
    return [d.text for d in parse_strict(text).decisions]


def test_name_colon_bullets_under_a_resolved_heading_are_actions_not_decisions() -> None:
    text = _PLENUM + (
        "**Resolved**\n\n"
        "- Tomasz: Ring the garage about the clutch\n"
        "- Jo/Sam: draw up a backup rota for drivers, by 30 May\n"
        "- Sam: Plan for a rota to be drawn up before next plenum\n"
        "- The shop will close at 6pm on Saturdays.\n\n"
        "**Membership**\n\n"
        "Numbers are steady.\n"
    )
    assert _actions(text) == [
        ("Tomasz", "Ring the garage about the clutch", None),
        ("Jo/Sam", "Draw up a backup rota for drivers, by 30 May", "2025-05-30"),
        ("Sam", "Plan for a rota to be drawn up before next plenum", None),
    ]
    # The bullet that decides is a decision; the bare headings and the jobs are not.
    assert _decisions(text) == ["Resolved The shop will close at 6pm on Saturdays."]


def test_labels_and_standing_reminders_under_agreed_are_no_actions() -> None:
    text = _PLENUM + (
        "Agreed:\n"
        "* We: start stocking coffee pods\n"
        "* Ongoing: make a decision next year\n"
        "* Councillors: always be aware of the code of conduct\n"
        "* Priya: update the membership form\n"
    )
    assert _actions(text) == [("Priya", "Update the membership form", None)]


def test_every_bullet_of_an_action_summary_is_an_action() -> None:
    text = _PLENUM + (
        "1. Website\n"
        "The booking form lets anyone edit the bookings.\n"
        "ACTION everyone sign up to the shared drive\n\n"
        "ACTION SUMMARY\n"
        "- get updated quote for the kiln\n"
        "- Correct the permissions on the booking form\n"
        "- Ongoing: make a decision next year\n"
        "- everyone sign up to the shared drive\n"
        "- Budget - Finance\n"
        "- Sam: ping Tomasz about the keys\n"
    )
    assert _actions(text) == [
        # once: the summary's for both, where it was agreed
        ("everyone", "Sign up to the shared drive", None),
        (None, "Get updated quote for the kiln", None),
        (None, "Correct the permissions on the booking form", None),
        ("Sam", "Ping Tomasz about the keys", None),
    ]


def test_an_action_list_ends_after_its_bullets() -> None:
    text = _PLENUM + (
        "Actions arising\n"
        "- Action on Sam to confirm the van booking.\n"
        "- reprint the rota for the shop window\n"
        "Next Release (SB/EM); cut-off date\n"
        "- refrigeration starts on 6 September: no code commits that day\n"
    )
    assert _actions(text) == [
        ("Sam", "Confirm the van booking", None),
        (None, "Reprint the rota for the shop window", None),
    ]


def test_action_marks_with_no_colon() -> None:
    text = _PLENUM + (
        "ACTION everyone sign up to the shared drive\n"
        "ACTION Sam contact the web host about the renewal\n"
        "ACTION check the fire doors close properly\n"
        "ACTION POINTS\n"
    )
    assert _actions(text) == [
        ("everyone", "Sign up to the shared drive", None),
        ("Sam", "Contact the web host about the renewal", None),
        (None, "Check the fire doors close properly", None),
    ]


def test_a_name_then_a_bare_verb_in_telegraphic_notes() -> None:
    text = _PLENUM + (
        "The kiln quote was too high. Priya talk to Tomasz, and then Jo about the rota.\n"
        "Sam contact the caterer and apologise.\n"
        "Jo reported that the van was fixed.\n"
        "Priya and Jo meet the landlord every month.\n"
        "Sam cake stall at the fete.\n"
        "- Bram fix the hinge on the side gate\n"
        "- With regard to the rota, nothing changed.\n"
        "Sam: chivvy the caretaker about the lights\n"
        "Jo: Plan for a stall to be drawn up before the fete\n"
        "Jo: Bulk buying is far too risky\n"
    )
    assert _actions(text) == [
        ("Priya", "Talk to Tomasz, and then Jo about the rota.", None),
        ("Sam", "Contact the caterer and apologise.", None),
        ("Bram", "Fix the hinge on the side gate", None),
        ("Sam", "Chivvy the caretaker about the lights", None),
        ("Jo", "Plan for a stall to be drawn up before the fete", None),
    ]


_COUNCIL = (
    "Riverside Community Council\nMinutes of the meeting held on 9 October 2025\n\n"
    "Present: Cllr. A. Jones (Chair), Cllr. D. Evans\nIn attendance: Mrs S. Hughes (Clerk)\n\n"
    "2.\tRemembrance\n"
)


def test_an_owner_column_after_a_run_of_tabs_names_who_acts() -> None:
    text = _COUNCIL + (
        "It was unanimously agreed that a donation of £50 be made to the poppy appeal.\t\tClerk\n"
        "The survey of common land was still ongoing.\t\tClerk\n"
        "C.C.C. to repair the footpath sign at Heol Fawr.\t\tCllr. A. Jones/Clerk\n"
        "W.G. consultation on rural bus services received.\t\tNoted\n"
        "The precept for the second half of the year was received.\t\t£4,500\n"
        "Cllr. D. Evans (Vice Chair)\t\tCllr. A. Jones\n"
    )
    got = parse_strict(text).actions
    assert [(a.owner, a.owners, a.text) for a in got] == [
        (
            "Clerk",
            ["Clerk"],
            "It was unanimously agreed that a donation of £50 be made to the poppy appeal.",
        ),
        ("Clerk", ["Clerk"], "The survey of common land was still ongoing."),
        (
            "Cllr. A. Jones/Clerk",
            ["Cllr. A. Jones", "Clerk"],
            "C.C.C. to repair the footpath sign at Heol Fawr.",
        ),
    ]


def test_one_line_with_tabs_is_no_owner_column() -> None:
    text = _COUNCIL + "The fete raised £420 for the playground.\t\tClerk\n"
    assert parse_strict(text, meeting_date=date(2025, 10, 9)).actions == []


def test_a_bare_task_in_an_action_list_takes_the_owner_minuted_above() -> None:
    text = _PLENUM + (
        "1. Kiln\n"
        "Tomasz to get an updated quote for the kiln by 30 June.\n"
        "Jo will write to the landlord about the damp in the store.\n\n"
        "**Action items:**\n"
        "* get updated quote for the kiln\n"
        "* write to the landlord about the damp\n"
        "* tidy the glaze shelves\n"
    )
    got = parse_strict(text).actions
    assert [(a.owner, a.text, a.item, a.due_text) for a in got] == [
        ("Tomasz", "Get updated quote for the kiln", 0, "by 30 June"),
        ("Jo", "Write to the landlord about the damp", 0, None),
        (None, "Tidy the glaze shelves", None, None),
    ]


def test_bullets_under_resolved_naming_their_owner_first_or_last() -> None:
    text = _PLENUM + (
        "**Resolved:**\n"
        "1. buy a new extractor fan (Sam)\n"
        "2. Priya – book the electrician for the kiln wiring\n"
        "3. The studio will close for August.\n"
        "4. The hall (Main Room)\n"
    )
    assert _actions(text) == [
        ("Sam", "Buy a new extractor fan", None),
        ("Priya", "Book the electrician for the kiln wiring", None),
    ]


def test_a_request_for_the_following_makes_each_line_an_action() -> None:
    text = _COUNCIL + (
        "The Clerk reminded Members to return the following:-\n"
        "(a) Declarations of interest by 31 October;\n"
        "(b) Signed expense claims for the training day.\n"
    )
    assert _actions(text) == [
        ("Members", "Return Declarations of interest by 31 October", "2025-10-31"),
        ("Members", "Return Signed expense claims for the training day", None),
    ]


def test_an_owner_column_of_two_roles_or_the_whole_council() -> None:
    text = _COUNCIL + (
        "A letter of thanks is to be sent to the school for the litter pick.\t\tClerk/Chair\n"
        "Members discussed the play area and agreed to get three quotes.\t\tAll\n"
        "The internal audit report was received and accepted.\t\tNoted\n"
    )
    got = parse_strict(text).actions
    assert [(a.owner, a.owners, a.text) for a in got] == [
        (
            "Clerk/Chair",
            ["Clerk", "Chair"],
            "A letter of thanks is to be sent to the school for the litter pick.",
        ),
        ("All", ["All"], "Get three quotes."),
    ]


def test_bare_verbs_that_report_habits_or_past_work_are_no_jobs() -> None:
    text = _PLENUM + (
        "2. Carers survey results\n"
        "- Sam and Jo run the Tuesday sessions as usual.\n"
        "- Jo present at the council meeting last week.\n"
        "- The reply will be shared at the next meeting.\n"
        "- Mark the calendar for the open day.\n"
        "- Tom: happy with the plan\n"
        "- Status: the website is down\n"
        "Sam report on finances next time.\n"
        "Priya chair the next meeting.\n"
    )
    assert [(o, t) for o, t, _ in _actions(text)] == [
        ("Sam", "Report on finances next time."),
        ("Priya", "Chair the next meeting."),
    ]


def test_an_owner_column_after_runs_of_spaces() -> None:
    text = _COUNCIL + (
        "The bench at the bus stop has still not been replaced.          Chair\n"
        "The survey of common land was still ongoing.                    Clerk\n"
        "The internal audit report was received and accepted.            Noted\n\n"
        "Signed ..................................          Chairman\n"
    )
    assert [(o, t) for o, t, _ in _actions(text)] == [
        ("Chair", "The bench at the bus stop has still not been replaced."),
        ("Clerk", "The survey of common land was still ongoing."),
    ]


_MAKERS = (
    "Riverside Makerspace\nMembers meeting, 20 May 2025\n\n"
    "Present: Sam Okoro, Mike Dunn, Greg Hale, Ross Fenn, Nick Draper, Martyn Gigg, "
    "Anders Berg\n\n1. Hall\n"
)


def test_action_marks_with_no_colon_inside_a_paragraph() -> None:
    text = _MAKERS + (
        "We agreed to try the summer fair. **Action Sam to book the hall.** The urn is "
        "broken. Action Board to find an accountant. Action Mike will work on this.\n"
        "Someone should chase the insurers. **Action - Greg?**\n"
        "Action Ross to set up the account, Social team to draft the first issue\n"
        "Item action - there was a concern about noise\n"
    )
    assert [(o, t) for o, t, _ in _actions(text)] == [
        ("Sam", "Book the hall"),
        ("Board", "Find an accountant"),
        ("Mike", "Work on this"),
        ("Greg", "Someone should chase the insurers."),
        ("Ross", "Set up the account"),
        ("Social team", "Draft the first issue"),
    ]


def test_open_boxes_name_people_and_bodies_before_their_cue() -> None:
    text = _MAKERS + (
        "- [ ] Nick Draper and Martyn Gigg will update the wiki pages for the lathe\n"
        "- [ ] TSC is to decide on the new membership rates\n"
        "- [ ] Each facility to come prepared with a budget for next year\n"
        "- [x] Greg to fix the door closer\n"
    )
    assert [(o, t) for o, t, _ in _actions(text)] == [
        ("Nick Draper and Martyn Gigg", "Update the wiki pages for the lathe"),
        ("TSC", "Decide on the new membership rates"),
        ("Each facility", "Come prepared with a budget for next year"),
    ]


def test_terse_bullets_owner_in_brackets_or_a_name_with_no_verb() -> None:
    text = _MAKERS + (
        "- Agree to add doxygen to the build (Ross)\n"
        "- Tidy the soldering station (anders)\n"
        "- Ross technical documentation for the new starter, send link when done\n"
        "- Send event details about the café to the department\n"
        "- Email developers when the tools are added\n"
        "- Ross happy with the new layout of the benches\n"
        "- Coordinate demo\n"
        "- Don't leave the laser unattended\n"
        "- Let's keep the Friday socials\n"
        "- Events are going well this year\n"
        "Agenda for next time\n"
        "- Review the bid for items that apply to the space\n"
    )
    assert [(o, t) for o, t, _ in _actions(text)] == [
        ("Ross", "Agree to add doxygen to the build"),
        ("anders", "Tidy the soldering station"),
        ("Ross", "Technical documentation for the new starter, send link when done"),
    ]


def test_a_bare_task_in_notes_bullets_is_an_idea_not_an_action() -> None:
    """Outside a list of actions, a bullet opening with a verb and naming no one is an idea,
    a plan or a standing practice more often than a job someone took."""
    text = _MAKERS + (
        "## Open day\n"
        "- Buy safety glasses in bulk and put them in the welcome packs\n"
        "  - Add the makerspace logo to the glasses\n"
        "- Logistics\n"
        "  - Charge a flat fee at the door, which covers the materials\n"
        "- Notify members ten minutes before each induction starts\n"
        "- Ross to book the hall for the open day\n"
    )
    assert [(o, t) for o, t, _ in _actions(text)] == [("Ross", "Book the hall for the open day")]


def test_an_action_log_pasted_as_html_and_owners_in_lower_case() -> None:
    text = (
        "Riverside Makerspace\nMembers meeting, 20 May 2025\n\n"
        "Present: Greg Hale (GH), Ross Fenn (RF), Rita Jones (RJ)\n\n"
        "<table>\n<tr><th>Action</th><th>Responsible</th><th>Due</th></tr>\n"
        "<tr><td>Lathe training process</td><td>Greg</td><td>30 June 2025</td></tr>\n"
        "<tr>\n  <td><p>Order new <b>safety glasses</b></p></td>\n  <td>rj</td>\n"
        "  <td></td>\n</tr>\n</table>\n\n"
        "- Tidy the soldering station (rj)\n"
        "- rf: check the extractor filters\n"
    )
    assert _actions(text) == [
        ("Greg", "Lathe training process", "2025-06-30"),
        ("rj", "Order new safety glasses", None),
        ("rj", "Tidy the soldering station", None),
        ("rf", "Check the extractor filters", None),
    ]


def test_action_points_and_several_marks_in_one_sentence() -> None:
    text = _MAKERS + (
        "Action Greg to contact the insurer and ask about cover; Action Sam to update the "
        "boat log.\n"
        "The trailer passed its check. Action point: Ross to book the next service.\n"
    )
    assert [(o, t) for o, t, _ in _actions(text)] == [
        ("Greg", "Contact the insurer and ask about cover"),
        ("Sam", "Update the boat log"),
        ("Ross", "Book the next service"),
    ]


def test_a_label_of_decision_then_someone_s_job_on_one_line() -> None:
    text = _PLENUM + (
        "**Resolved:** Priya: Email the council about the rent review\n"
        "Agreed: the shop will open at ten on Saturdays.\n"
    )
    assert _actions(text) == [("Priya", "Email the council about the rent review", None)]
    assert _decisions(text) == ["Agreed: the shop will open at ten on Saturdays."]


def test_an_adjective_or_a_plural_noun_before_to_or_will_owns_nothing() -> None:
    """`everyday_word_not_a_name`: "Difficult to organise", "Sessions will start" are notes,
    not jobs; a given name before the same verbs still owns one."""
    text = _PLENUM + (
        "**Notes**\n\n"
        "- Difficult to organise around coursework deadlines\n"
        "- Hard to embed the newsletter\n"
        "- Easy to set up the room\n"
        "- Sessions will start at 11 each Tuesday\n"
        "- Priya to book the hall\n"
    )
    assert [owner for owner, _, _ in _actions(text)] == ["Priya"]


def test_a_motion_s_mover_and_seconder_own_no_action() -> None:
    """`_motion_movers`: "MOTION: Okafor/Lind to approve ..." and "M/S/C (Reyes/Kay) to adopt
    ..." name who moved and seconded a decision; the job after them still has its owner."""
    text = _PLENUM + (
        "MOTION: Okafor/Lind to approve the budget\n\n"
        "M/S/C (Reyes/Kay) to adopt the policy\n\n"
        "- Priya to book the hall\n"
    )
    assert [owner for owner, _, _ in _actions(text)] == ["Priya"]
    assert _decisions(text) == [
        "MOTION: Okafor/Lind to approve the budget",
        "M/S/C (Reyes/Kay) to adopt the policy",
    ]


def test_a_bullet_naming_its_owner_before_to_gives_the_task_without_to() -> None:
    text = (
        "Present: Priya Shah, Sam Lee\n\n## Hall\n- Priya to book the hall\n"
        "- Sam to ring the caterer\n"
    )
    assert [(owner, task) for owner, task, _ in _actions(text)] == [
        ("Priya", "Book the hall"),
        ("Sam", "Ring the caterer"),
    ]
