"""Actions in terse notes (:mod:`clerk_tui.core.parse.actions.notes`), on Riverside lines:
an owner after a topic run on with no full stop, after a note ending in a participle, owners
joined by a slash, an initial and a surname, a word after "<owner> to" that is the verb by
its place, and a thing to be asked or contacted after a comma or a discourse word; and what
is left alone."""

from __future__ import annotations

from tests.conftest import owned_actions

_HALL = (
    "Riverside Village Hall Committee\n\nMinutes of the meeting held on 12 March 2025\n\n"
    "Present: Maureen, Clive, Dot, Jo Kemp (JK), Mrs A Rowe (Chair), Mr B Tate (Clerk)\n\n"
    "1. Building\n"
)


def _actions(lines: str) -> list[tuple[str | None, str]]:
    return owned_actions(_HALL + lines)


def test_an_owner_after_a_topic_run_on_with_no_full_stop() -> None:
    assert _actions("Boiler Servicing of Radiators Maureen to ring the plumber.\n") == [
        ("Maureen", "Ring the plumber.")
    ]


def test_a_verb_and_its_object_before_to_is_no_topic() -> None:
    assert _actions("Invite Maureen to visit the open day.\n") == []


def test_an_owner_after_a_note_ending_in_a_participle() -> None:
    """The note before the owner is what the verb alone is about."""
    assert _actions("Hedge survey required Clerk to chase\n") == [
        ("Clerk", "Chase (hedge survey required)")
    ]


def test_a_finite_verb_and_its_object_before_to_be_is_no_task() -> None:
    assert _actions("Cllr Lee has contacted the District Council to be informed of dates.\n") == []


def test_owners_joined_by_a_slash() -> None:
    assert _actions("Clerk/chair to ensure that the lease is on the next agenda.\n") == [
        ("Clerk/chair", "Ensure that the lease is on the next agenda.")
    ]


def test_an_initial_and_a_surname_never_listed_own_what_they_are_asked() -> None:
    assert _actions("Bench by the pavilion overgrown with ivy R Hale to be asked to clear.\n") == [
        ("R Hale", "Clear (bench by the pavilion overgrown with ivy)")
    ]


def test_the_word_after_initials_and_to_is_the_verb_by_its_place() -> None:
    assert _actions("JK to advice the group of the new opening hours.\n") == [
        ("JK", "Advice the group of the new opening hours.")
    ]


def test_a_word_no_verb_after_to_needs_someone_named_before_it() -> None:
    assert _actions("Letter from JK to members about the hours.\nRiver to village on foot.\n") == []


def test_whom_to_ask_or_contact_after_a_comma_or_a_discourse_word() -> None:
    assert _actions(
        "Path ok, Contractor at Mill Farm to be asked again about the stile.\n"
        "Additionally, Fire and Rescue Services to be contacted to provide a safety check.\n"
    ) == [
        (None, "Contractor at Mill Farm to be asked again about the stile."),
        (None, "Fire and Rescue Services to be contacted to provide a safety check."),
    ]


_CALL = (
    "# Riverside Garden Club call\n\nAttendance: Priya Shah, Tomasz, Helen Ward, Becky\n\n"
    "## Notes\n\n"
)


def _call(lines: str) -> list[tuple[str | None, str]]:
    return owned_actions(_CALL + lines)


def test_a_speaker_owning_a_job_or_volunteering_to() -> None:
    assert _call(
        "- Compost bays\n"
        "    - Tomasz: I'll own writing the newsletter piece.\n"
        "    - Priya: I'm happy to volunteer to own this.\n"
        "    - Helen: I will own the shed.\n"
    ) == [("Tomasz", "Own writing the newsletter piece."), ("Priya", "Own this.")]


def test_a_label_inside_a_speakers_line_is_not_the_owner() -> None:
    assert _call("- Helen: Working on the rota. Next: will send the rota to Priya.\n") == [
        ("Helen", "Send the rota to Priya.")
    ]


def test_a_job_with_its_particle_after_a_speaker() -> None:
    assert _call(
        "- Tomasz: Come up with a plan for the spring fair.\n- Helen: Merged the two rotas.\n"
    ) == [("Tomasz", "Come up with a plan for the spring fair.")]


def test_a_name_alone_as_a_label_over_its_tasks() -> None:
    assert _call(
        "Further actions to be taken, at the end of the meeting:\n\n"
        "Helen:\ndelay the seed swap because the hall is not booked\n"
        "Speak to the warden about the gate\n\n"
        "Becky:\nFind a room for the AGM\nHad a chat with the college.\nPhone the college\n\n"
        "Chair:\nTomasz thanked everyone.\n"
    ) == [
        ("Helen", "Delay the seed swap because the hall is not booked"),
        ("Helen", "Speak to the warden about the gate"),
        ("Becky", "Find a room for the AGM"),
    ]


def test_a_topic_over_its_discussion_a_remark_and_a_suggestion_give_no_job() -> None:
    assert _call(
        "* Helen: seed swap\n"
        "  - Helen: is a bit tired of chasing (7 am start)\n"
        "  - Could move the swap to the library, e.g. the annexe.\n"
        "* Becky: book the hall\n"
        "  - the small room\n"
    ) == [("Becky", "Book the hall")]


def test_a_marked_task_written_as_what_someone_does_is_theirs() -> None:
    assert _call(
        "TODO: Tomasz books the hall for June.\n"
        "TODO: Priya reports that the boiler is fixed and the hall is warm.\n"
    ) == [
        ("Tomasz", "Book the hall for June"),
        (None, "Priya reports that the boiler is fixed and the hall is warm"),  # no job of hers
    ]


_WG = (
    "# Riverside Tools WG meeting 2024-03-05\n\n"
    "Attendees: Priya Shah (@priyas), Tomasz Nowak (@tnowak), Helen Ward\n\n## Notes\n\n"
)


def _wg(lines: str) -> list[tuple[str | None, str]]:
    return owned_actions(_WG + lines)


def test_owners_of_code_review_notes_by_user_name_and_in_square_brackets() -> None:
    assert _wg(
        "- Release\n"
        "  - TODO(tnowak): bump the version\n"
        "  - Update the changelog — @priyas\n"
        "  - Review the migration guide [Tomasz]\n"
        "  - ACTION: tnowak - fix the flaky test\n"
        "  - ACTION: review - the docs are stale\n"
    ) == [
        ("tnowak", "Bump the version"),
        ("@priyas", "Update the changelog"),
        ("Tomasz", "Review the migration guide"),
        ("tnowak", "Fix the flaky test"),
        (None, "Review - the docs are stale"),
    ]


def test_owners_in_an_action_items_list_of_a_code_review_call() -> None:
    assert _wg(
        "### Action items\n"
        "- [ ] @priyas to update the release checklist\n"
        "- AI(Tomasz): write up the migration notes\n"
        "- [Helen] Open an issue for the crash\n"
        "- Tomasz (tnowak) - fix the bench\n"
    ) == [
        ("@priyas", "Update the release checklist"),
        ("Tomasz", "Write up the migration notes"),
        ("Helen", "Open an issue for the crash"),
        ("Tomasz", "Fix the bench"),
    ]


def test_owners_of_an_action_list_by_name_headings_emphasis_arrows_and_labels() -> None:
    assert _wg(
        "## Action items\n\n"
        "### Helen\n- book the venue\n- Send the invites\n\n"
        "**Tomasz**\n- fix CI\n\n"
        "- **Priya**: update the release checklist\n"
        "- Priya -> send the survey\n"
        "- Open an issue → Helen\n"
        "- Update the wiki (owner: Helen)\n"
        "- Update the roadmap, owner: Tomasz\n"
        "- Review the docs PR @tnowak\n"
        "- **New**: Ongoing talks with the landlord about the lease\n"
    ) == [
        ("Helen", "Book the venue"),
        ("Helen", "Send the invites"),
        ("Tomasz", "Fix CI"),
        ("Priya", "Update the release checklist"),
        ("Priya", "Send the survey"),
        ("Helen", "Open an issue"),
        ("Helen", "Update the wiki"),
        ("Tomasz", "Update the roadmap"),
        ("@tnowak", "Review the docs PR"),
        (None, "New: Ongoing talks with the landlord about the lease"),
    ]


def test_owners_of_bullets_nested_under_a_name_or_a_user_name_heading() -> None:
    assert _wg(
        "## Action items\n\n"
        "- Helen\n  - book the venue\n  - Send the invites\n"
        "- @tnowak\n  - fix CI\n\n"
        "### Helen Ward (@hward)\n- chase the caterer\n"
    ) == [
        ("Helen", "Book the venue"),
        ("Helen", "Send the invites"),
        ("@tnowak", "Fix CI"),
        ("Helen Ward", "Chase the caterer"),
    ]


def test_owners_of_open_boxes_and_of_entries_ending_in_their_owner() -> None:
    assert _wg(
        "## Action items\n\n"
        "- [ ] **Tomasz**: fix CI\n"
        "- [ ] Order badges - Helen\n"
        "- [ ] Write the FAQ [Tomasz]\n"
        "- Send the invites: Helen\n"
        "- Draft the agenda -- Tomasz\n"
        "- Helen, Tomasz: plan the sprint\n\n"
        "Priya to:\n- book the venue\n"
    ) == [
        ("Tomasz", "Fix CI"),
        ("Helen", "Order badges"),
        ("Tomasz", "Write the FAQ"),
        ("Helen", "Send the invites"),
        ("Tomasz", "Draft the agenda"),
        ("Helen, Tomasz", "Plan the sprint"),
        ("Priya", "Book the venue"),
    ]


def test_a_chat_logs_speakers_are_the_handles_that_own_its_marked_tasks() -> None:
    """ "<tom>" speaking in the log makes "ACTION: tom to ..." his; a lower-case word that
    nobody speaks as stays no owner."""
    assert owned_actions(
        "Riverside Repair Cafe volunteers, 3 March 2026\n\n"
        "19:02:10 <anna> the hall is free on Saturdays\n"
        "19:03:05 <tom> I can ask the caretaker\n"
        "19:04:12 <anna> ACTION: tom to book the hall for April\n"
        "19:05:30 <anna> ACTION: raj to print the posters\n"
    ) == [("tom", "Book the hall for April"), (None, "Raj to print the posters")]
