"""Working-group and call notes (round 22): markdown notes of standards groups, open-source
projects and societies, their decisions and actions. All examples invented."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict
from tests.conftest import owned_actions

_HEAD = (
    "Lantern Mapping Working Group\n"
    "Call notes, 14 April 2026\n\n"
    "Present: Odile Brandt (OB), Tariq Haddad (TH), Wen Sato (WS)\n\n"
)

# A table wider than the prose, as markdown notes hold (a table's rows are never wrapped).
_TABLE = (
    "| Component | Status and notes from the sites, with the owners of each piece of work "
    "as listed last time | Lead |\n"
    "|---|---|---|\n"
    "| Tile server | Running at both sites since the March upgrade, no open incidents "
    "reported | OB |\n\n"
)

# A link alone on its line, longer than the width the prose was wrapped to.
_LINK = (
    "[/wiki/working-group/meetings/2026-03-10-call-notes](/wiki/working-group/meetings/"
    "2026-03-10-call-notes)\n\n"
)


def _decisions(text: str) -> list[str]:
    return [d.text for d in parse_strict(text).decisions]


def test_a_wrapped_sentence_runs_on_to_a_capitalised_word_past_a_wide_table() -> None:
    """Prose wrapped at 72 columns whose next line opens with a name ("... Steve\\nFisher")
    is one sentence even when a table's row or a link alone on its line is wider than the
    prose: neither was wrapped, so neither gives the width the prose was wrapped to."""
    para = (
        "It was agreed that WS would merge the style fixes proposed by Carmen\n"
        "Ortega and the open tickets into one release plan.\n"
    )
    bare_link = "https://example.org/lantern/wiki/working-group/agendas/2026/april-call-agenda\n\n"
    for extra in (_TABLE, _LINK, bare_link):
        body = _HEAD + extra + para
        assert owned_actions(body) == [
            (
                "WS",
                "Merge the style fixes proposed by Carmen Ortega and the open tickets into one "
                "release plan.",
            )
        ], extra
        assert _decisions(body) == [
            "It was agreed that WS would merge the style fixes proposed by Carmen Ortega and "
            "the open tickets into one release plan."
        ]


def test_a_wrapped_action_takes_its_owner_tag_on_the_next_line_past_a_wide_table() -> None:
    """ "**ACTION 3.2** Ask the sites for feedback once the tile server is ready for launch\\n(TH)":
    the tag wrapped onto the next line is the action's owner, not a task of its own."""
    body = (
        _HEAD
        + _TABLE
        + (
            "**ACTION 3.2** Ask the sites for feedback once the tile server is ready for launch\n"
            "(TH)\n"
        )
    )
    assert owned_actions(body) == [
        ("TH", "Ask the sites for feedback once the tile server is ready for launch")
    ]


def test_a_line_ending_short_of_the_width_then_a_capitalised_line_stay_apart() -> None:
    """Past a wide table, a line whose full stop is missing and a new sentence: the new
    sentence's first word would have fitted on the line before (prose wrapped at 72
    columns), so the two are not one sentence."""
    body = (
        _HEAD
        + _TABLE
        + (
            "The sites compared the tile cache figures for March and April and found\n"
            "them close enough to keep the present settings for another quarter.\n\n"
            "The treasurer reported the balance of the project account\n"
            "Wen Sato will book the hall for the June sprint.\n"
        )
    )
    assert owned_actions(body) == [("Wen Sato", "Book the hall for the June sprint.")]


def test_an_assent_opening_its_line_takes_what_the_line_before_put() -> None:
    """ "These were approved.", "No objections.", "The group agreed." opening a line say
    only that the line before was agreed (an item's heading, a parent bullet, a proposal):
    the decision is that line with its assent."""
    body = _HEAD + (
        "### 2. Minutes of the March call\n\n"
        "These were approved. They are on the wiki.\n\n"
        "### 3. Agenda\n\n"
        "- Consent to agenda\n"
        "    - No objections.\n"
        "- Move the sprint to the first week of June\n"
        "    - The group agreed.\n\n"
        "### 4. Tile styles\n\n"
        "Wen suggested the dark style as the default for new users.\n"
        "This was accepted as proposed.\n"
    )
    assert _decisions(body) == [
        "### 2. Minutes of the March call These were approved.",
        "Consent to agenda - No objections.",
        "Move the sprint to the first week of June - The group agreed.",
        "Wen suggested the dark style as the default for new users. This was accepted as proposed.",
    ]


def test_a_decision_that_opens_like_an_assent_stands_alone() -> None:
    """ "It was agreed we will ..." and "It was agreed for ... to ..." open as "It was agreed"
    does, but say what was agreed: the line before is no part of them."""
    body = _HEAD + (
        "Tariq reported that the county had sent the new boundary files.\n"
        "It was agreed we will invite talks from the floor rather than pick speakers.\n\n"
        "Odile said the survey of users closes at the end of May.\n"
        "It was agreed for the review of the tile styles to wait for the survey results.\n"
    )
    assert _decisions(body) == [
        "It was agreed we will invite talks from the floor rather than pick speakers.",
        "It was agreed for the review of the tile styles to wait for the survey results.",
    ]


def test_an_outcome_label_after_a_topic_or_in_its_bracket_is_a_decision() -> None:
    """ "[Outcome: ...]", "(Outcome: ...)", ". Decision made: ...", "-- Conclusion: ..." after
    a bullet's topic give what the meeting settled: a decision, to the bracket's close, and
    the bullet is no task of its own."""
    body = _HEAD + (
        "- Pick the release cadence [Outcome: cut a release each second Tuesday (docs too)]\n"
        "- Choose a logo for the atlas (Outcome: the blue lantern)\n"
        "- Docs hosting. Decision made: keep the old host until June\n"
        "- Tile styles -- Conclusion: adopt the dark style for new users\n"
    )
    parsed = parse_strict(body)
    assert [d.text for d in parsed.decisions] == [
        "Outcome: cut a release each second Tuesday (docs too)",
        "Outcome: the blue lantern",
        "Decision made: keep the old host until June",
        "Conclusion: adopt the dark style for new users",
    ]
    assert parsed.actions == []


def test_an_outcome_still_open_or_a_mixed_field_is_no_decision() -> None:
    """ "[Outcome: TBD]" settles nothing; "Review the outcome: ..." names a topic; a template's
    field "Discussion or decision made:" holds talk as often as decisions."""
    body = _HEAD + (
        "- Decide on the hosting provider for the tiles [Outcome: TBD]\n\n"
        "Odile will review the outcome: what went wrong at the meetup.\n\n"
        "* **Discussion or decision made:** The sites compared their cache settings.\n"
    )
    assert _decisions(body) == []


_CALL = (
    "Lantern Mapping Working Group\n"
    "Call notes, 14 April 2026\n\n"
    "Attendees: Odile Brandt, Tariq Haddad, Wen Sato, Marta Ruiz\n\n"
)


def test_an_owner_after_an_action_items_mark_owns_it() -> None:
    """ "AI @marta: draft ...", "AI Odile: write up ...", "AI TH - book ...": the action item's
    mark, its owner (a handle, given name or initials), then the task; "AI tools:" and "AI
    Policy:" name a topic, no owner."""
    body = _CALL + (
        "## Notes\n"
        "- Tile cache is slow on mobile.\n"
        "    - AI @marta: draft the charter for the tile cache\n"
        "- AI Odile: write up the hosting options\n"
        "- AI TH - book the venue for the sprint\n"
        "- AI tools: we compared two note summarisers.\n"
        "- AI Policy: the foundation's draft is still pending.\n"
    )
    assert owned_actions(body) == [
        ("@marta", "Draft the charter for the tile cache"),
        ("Odile", "Write up the hosting options"),
        ("TH", "Book the venue for the sprint"),
    ]


def test_a_handle_then_a_bare_verb_is_that_persons_task() -> None:
    """ "@wen update the style guide", "TODO @odile check the licence headers", "- [ ] @wen
    Update ...": a handle names the owner, the bare verb after it the task, in any case;
    "@tariq updated the badge" is a report, "@marta said the guide is stale" talk."""
    body = _CALL + (
        "## Notes\n"
        "- @wen update the style guide for the dark tiles\n"
        "- TODO @odile check the licence headers\n"
        "- @tariq updated the badge on the README last week.\n"
        "- @marta said the style guide is stale.\n\n"
        "## Action items\n"
        "- [ ] @wen Update the contributor guide\n"
        "- [ ] @tariq, @marta Prepare the demo for the board\n"
    )
    assert owned_actions(body) == [
        ("@wen", "Update the style guide for the dark tiles"),
        ("@odile", "Check the licence headers"),
        ("@wen", "Update the contributor guide"),
        ("@tariq, @marta", "Prepare the demo for the board"),
    ]


def test_a_checkbox_task_then_a_dash_and_a_name_is_that_persons() -> None:
    """ "- [ ] Check the tile budget — Odile": the task, then who does it after an en or em
    dash, as after a hyphen; "- [ ] Hall redesign: new notice boards" is a topic's note."""
    body = _CALL + (
        "## Action items\n"
        "- [ ] Check the tile budget — Odile\n"
        "- [ ] Ring the printers about the atlas – Marta\n"
        "- [ ] Chase the county for the boundary files - Tariq\n"
        "- [ ] Atlas redesign: new cover for the print run\n"
    )
    assert owned_actions(body) == [
        ("Odile", "Check the tile budget"),
        ("Marta", "Ring the printers about the atlas"),
        ("Tariq", "Chase the county for the boundary files"),
        (None, "Atlas redesign: new cover for the print run"),
    ]


def test_a_consensus_on_the_following_makes_each_point_a_decision() -> None:
    """ "We agreed on the following:", "The members present came to a full consensus on the
    following:", "The group reached consensus on the following points:" only open a list:
    each point under them is a decision of its own, whoever the head says decided."""
    for head in (
        "We agreed on the following:",
        "The members present came to a full consensus on the following:",
        "The group reached consensus on the following points:",
    ):
        body = _CALL + (
            f"## Summary\n{head}\n"
            "- the weekly call stays on Tuesdays\n"
            "- the docs move to the wiki by June\n"
        )
        assert _decisions(body) == [
            f"{head} the weekly call stays on Tuesdays",
            f"{head} the docs move to the wiki by June",
        ], head


def test_a_head_with_words_of_its_own_keeps_its_points_together() -> None:
    """ "It was agreed that the sprint would cover:" says what was agreed and its points are
    that one decision's; "Wen reported on the following:" decides nothing."""
    body = _CALL + (
        "## Sprint\nIt was agreed that the June sprint would cover:\n"
        "- the tile cache\n"
        "- the style guide\n\n"
        "## Reports\nWen reported on the following:\n"
        "- the tile cache is slow on mobile\n"
        "- the county sent new boundary files\n"
    )
    assert _decisions(body) == [
        "It was agreed that the June sprint would cover: - the tile cache - the style guide"
    ]


_STEERING = (
    "Lantern Steering Committee\n"
    "Minutes, 14 April 2026\n\n"
    "Present: Odile Brandt (OB), Tariq Haddad (TH), Wen Sato (WS), Marta Ruiz (MR)\n\n"
)


def test_a_question_put_and_the_whole_groups_assent_is_a_decision() -> None:
    """In notes written as a transcript, "OB - ..., all agree?" then "TH/WS/MR - Agreed.",
    or "Odile: shall we ...?" then "Everyone: yes, ok": the question put and the group's
    assent are one decision; when the chair then declares it ("OB - Ok, agenda approved."),
    the declaration is the decision, read after its speaker and "Ok,"."""
    body = _STEERING + (
        "1. Agenda\n"
        "    1. OB - Is everyone content with the agenda?\n"
        "    2. ALL - Yes.\n"
        "    3. OB - Ok, agenda approved.\n"
        "2. Work plan\n"
        "    1. OB - We are approving the work plan for the tile cache; all agree?\n"
        "    2. TH/WS/MR - Agreed.\n"
        "3. Calls\n"
        "    - Odile: Shall we keep the call on Tuesdays?\n"
        "    - Everyone: yes, ok\n"
        "4. Minutes\n"
        "    - TH - Right, previous minutes accepted.\n"
    )
    assert _decisions(body) == [
        "OB - Ok, agenda approved.",
        "1. OB - We are approving the work plan for the tile cache; all agree? 2. TH/WS/MR - "
        "Agreed.",
        "Odile: Shall we keep the call on Tuesdays? - Everyone: yes, ok",
        "TH - Right, previous minutes accepted.",
    ]


def test_one_speakers_reply_or_a_groups_report_is_no_decision() -> None:
    """ "OB - Agreed." after a question, then "TH - No, ...": one speaker's view; "Wen:
    agree that the dark style should be a topic": one person's; "TH/WS - Yes, both of us
    read it." answers a question of fact."""
    body = _STEERING + (
        "1. Budget\n"
        "    1. WS - Shall we move the spare budget to the sprint?\n"
        "    2. OB - Agreed.\n"
        "    3. TH - No, I think we should keep it for hosting.\n"
        "2. Styles\n"
        "    - Wen: agree that the dark style should be a topic.\n"
        "    - OB - Did anyone read the release notes?\n"
        "    - TH/WS - Yes, both of us read them.\n"
    )
    assert _decisions(body) == []


def test_a_verb_opening_a_bullet_is_no_part_of_the_name_after_it() -> None:
    """ "Add Ben and Beth to the rota", "Ask Sam Lee to ...", "Invite Carmen Ortega ...": the
    imperative opening the bullet is no one's first name ("Add Ben" was a person, so "Add
    to the planning sheet." read as Add's task); "Mark Hale" and "Bill Dawes", given names
    that are verbs too, stay people."""
    body = _CALL + (
        "## Organisers\n"
        "* Nominate one lead for each month. Add to the planning sheet.\n"
        "* [ ] Add Ben and Beth to the organisers' channel.\n"
        "* Ask Sam Lee to review the draft programme.\n"
        "* Invite Carmen Ortega to the June sprint.\n"
        "* Mark Hale reported on the budget.\n"
        "* Bill Dawes reported on the room bookings.\n"
    )
    parsed = parse_strict(body)
    names = [p.name for p in parsed.people]
    assert not any(n.startswith(("Add ", "Ask ", "Invite ")) for n in names), names
    assert {"Sam Lee", "Carmen Ortega", "Mark Hale", "Bill Dawes"} <= set(names), names
    assert "Add" not in [a.owner for a in parsed.actions]


def test_work_done_already_is_no_task() -> None:
    """ "Slack channel: Tariq already set up the new channel", "Wen already sent the
    invites", "Odile: already in hand": done already, no task; "Marta to set up the
    list" and a task whose words say "already" later are tasks."""
    body = _CALL + (
        "## Infra\n"
        "- Slack channel: Tariq already set up the new channel.\n"
        "- Wen already sent the invites for June.\n"
        "- Odile: already in hand with the county.\n"
        "- Marta to set up the new mailing list.\n"
        "- Tariq will check the archive is already complete.\n"
    )
    assert owned_actions(body) == [
        ("Marta", "Set up the new mailing list."),
        ("Tariq", "Check the archive is already complete."),
    ]


def test_what_the_notes_tell_their_reader_is_no_task() -> None:
    """ "You will need to sign up to the new list", "You should bring a plate": said to
    whoever reads the notes, no one named owns it; the marked action before it stays."""
    body = _CALL + (
        "## Mailing list\n"
        "- **Action**: Odile will let people know about the new list. You will need\n"
        "  to sign up again even if you were on the old list.\n"
        "- For the social you should bring a plate; you will need to book a place.\n"
    )
    assert owned_actions(body) == [("Odile", "Let people know about the new list")]


def _follow_ups(text: str) -> list[str]:
    return [f.text for f in parse_strict(text).follow_ups]


def test_a_note_of_coming_back_nested_under_a_bullet_takes_in_that_bullet() -> None:
    """ "- Decide on a policy for lapsed maintainers" / "    - Come back to later": the
    note has no subject of its own; what comes back is the bullet it is nested under."""
    body = _CALL + (
        "## Notes\n"
        "- Decide on a policy for lapsed maintainers\n"
        "    - Come back to later\n"
        "- Tile styles for print\n"
        "  - Revisit next time\n"
    )
    assert _follow_ups(body) == [
        "Decide on a policy for lapsed maintainers - Come back to later",
        "Tile styles for print - Revisit next time",
    ]


def test_a_note_of_coming_back_beside_a_bullet_or_with_a_subject_stands_alone() -> None:
    """A note at the same depth as the bullet before it, or one naming its own matter
    ("Revisit the cache figures next time"), takes in nothing."""
    body = _CALL + (
        "## Notes\n"
        "- Hosting for the tiles\n"
        "- Come back to later\n\n"
        "- Cache\n"
        "    - Revisit the cache figures next time\n"
    )
    assert _follow_ups(body) == ["Come back to later", "Revisit the cache figures next time"]


def test_minutes_approved_in_a_form_said_alone_are_a_decision() -> None:
    """Under the minutes' heading, the outcome alone with the form it was approved in:
    "Approved as circulated.", "Approved without changes.", "Accepted with minor
    corrections.", "Agreed as a true record." ("Approved." alone already was)."""
    for outcome in (
        "Approved as circulated.",
        "Approved without changes.",
        "Accepted with minor corrections.",
        "Agreed as a true record.",
    ):
        body = _STEERING + f"1. Minutes of 17 March\n{outcome}\n\n2. Tiles\nWen presented.\n"
        assert _decisions(body) == [outcome], outcome


def test_minutes_to_be_approved_later_are_no_decision() -> None:
    """ "To be approved as circulated at the next meeting", "Not yet approved without
    changes": the approval is still to come."""
    body = _STEERING + (
        "1. Minutes of 17 March\nTo be approved as circulated at the next meeting.\n\n"
        "2. Minutes of 3 March\nNot yet approved without changes.\n"
    )
    assert _decisions(body) == []


def test_the_meeting_putting_a_matter_off_is_no_task() -> None:
    """ "No volunteers yet; to be revisited at the next call", "The group agreed to
    postpone the testing until the new build is ready", "We agreed to defer the survey to
    June": the meeting coming back to its own business later, no one's task."""
    body = _CALL + (
        "## Talks\nNo volunteers yet; to be revisited at the next call.\n\n"
        "## Testing\nThe group agreed to postpone the screen reader testing until the new "
        "build is ready.\n\n"
        "## Survey\nWe agreed to defer the user survey to June.\n"
    )
    assert owned_actions(body) == []


def test_someone_putting_off_or_bringing_back_has_a_task() -> None:
    """ "Tariq to postpone the room booking until June" and "Marta to bring the budget back
    to the next call" name who does it; "to be reviewed by Wen before the next call" is
    work before the meeting."""
    body = _CALL + (
        "## Sprint\nTariq to postpone the room booking until June.\n"
        "Marta to bring the budget back to the next call.\n"
        "The draft schema is to be reviewed by Wen before the next call.\n"
    )
    assert owned_actions(body) == [
        ("Tariq", "Postpone the room booking until June."),
        ("Marta", "Bring the budget back to the next call."),
        ("Wen", "The draft schema is to be reviewed by Wen before the next call."),
    ]


def test_a_word_of_deciding_before_to_owns_no_task() -> None:
    """ "Consensus to extend the window to 3 releases", "General agreement to archive the
    old repo", "Proposal to drop the checksum field", "Plan to hold the summit in June":
    what the meeting settled or was put to it, its first word no one's name."""
    body = _CALL + (
        "## Deprecation policy\n"
        "- Consensus to extend the window to 3 releases.\n"
        "- General agreement to archive the old repo.\n"
        "- Proposal to drop the checksum field.\n"
        "- Plan to hold the summit in June.\n"
        "- Tariq to update the policy page.\n"
    )
    assert owned_actions(body) == [("Tariq", "Update the policy page.")]
    assert _decisions(body) == [
        "Consensus to extend the window to 3 releases.",
        "General agreement to archive the old repo.",
    ]


def test_everyones_plus_one_after_a_proposal_is_a_decision() -> None:
    """ "Kofi wants to pilot Spanish with two volunteers. Everyone +1.", "... All 👍": the
    group's sign of assent takes the proposal before it; a phone number's "+1" is none."""
    body = _CALL + (
        "### Translations\nMarta wants to pilot Spanish with two volunteers. Everyone +1.\n\n"
        "### Tiles\nWen proposed a dark default style. All 👍\n\n"
        "### Contact\nCall the venue on +1 555 0100 for the sprint tickets.\n"
    )
    assert _decisions(body) == [
        "Marta wants to pilot Spanish with two volunteers. Everyone +1.",
        "Wen proposed a dark default style. All 👍",
    ]
