"""Actions, round 22 (precision): kinds of sentence unseen minutes write that read as tasks
and are none."""

from __future__ import annotations

import pytest

from clerk_tui.core.parse import parse
from tests.conftest import PARISH_HEAD, owned_actions


def _notes(lines: str) -> str:
    return PARISH_HEAD + "1. Committee\n\n" + lines


@pytest.mark.parametrize(
    "lines",
    [
        "Members Tom, Ann and Raj all agreed to serve.\n",
        "Kemi will not stand again.\nJo and Sam are to continue.\n",
        "Ola agreed to assume the role and the vote was carried.\n",
        "The Chair asked that Tom act as proxy for Raj (by email).\n",
        "Roles for this call:\n  - Kim will facilitate\n  - Lee will scribe\n",
        "Sue and Raj agreed to stay on in the committee.\n",
        "Bea agreed to take on the post.\n",
    ],
)
def test_an_office_or_this_meeting_s_role_taken_with_nothing_more_is_no_task(lines: str) -> None:
    """A member taking on or staying in an office named before ("all agreed to serve", "are
    to continue", "agreed to assume the role"), holding a proxy, or this meeting's own role
    ("Kim will facilitate", "Lee will scribe"): a role the meeting records, not a task."""
    assert owned_actions(_notes(lines)) == []


def test_a_task_done_in_a_role_or_at_a_later_meeting_stays() -> None:
    """A job with an object or a later meeting stays a task: serving teas, going on chasing,
    facilitating a workshop, taking notes at the AGM, a role of doing something."""
    body = _notes(
        "Ann agreed to serve teas at the fete.\n\n"
        "Bob to continue chasing the county about the verge.\n\n"
        "Kim will facilitate the workshop in May.\n\n"
        "Lee will take notes at the AGM.\n\n"
        "Ola to take on the role of organising the quiz.\n"
    )
    assert owned_actions(body) == [
        ("Ann", "Serve teas at the fete."),
        ("Bob", "Continue chasing the county about the verge."),
        ("Kim", "Facilitate the workshop in May."),
        ("Lee", "Take notes at the AGM."),
        ("Ola", "Take on the role of organising the quiz."),
    ]


def _passages(lines: str) -> list[tuple[str | None, str, str]]:
    """(owner, task, passage) of each action in the notes."""
    text = _notes(lines)
    return [(a.owner, a.text, text[a.start : a.end]) for a in parse(text).actions]


@pytest.mark.parametrize(
    ("lines", "action"),
    [
        (
            "A letter came from the school about parking. After discussion it was agreed for "
            "Tom to reply.\n",
            ("Tom", "Reply (a letter came from the school about parking)"),
        ),
        (
            "A request from a resident to use the hall for free was received. It was agreed "
            "that Ann would respond.\n",
            ("Ann", "Respond (a request from a resident to use the hall for free was received)"),
        ),
        (
            "The county wrote about the verges. Following a short discussion it was decided "
            "that the Clerk would follow up.\n",
            ("the Clerk", "Follow up (the county wrote about the verges)"),
        ),
        (
            "Notes from the fete debrief were read. AGREED: Priya to attend.\n",
            ("Priya", "Attend (notes from the fete debrief were read)"),
        ),
        (
            "The bowls club has no copy of its lease. Raj to obtain one.\n",
            ("Raj", "Obtain one (the bowls club has no copy of its lease)"),
        ),
    ],
)
def test_a_verb_alone_is_stated_with_the_sentence_before_it(
    lines: str, action: tuple[str, str]
) -> None:
    """A task of a verb alone ("Tom to reply", "the Clerk would follow up"), with nothing but
    the meeting's agreement before its owner, is about the sentence before it: the task says
    so, and its passage is both sentences, the task and what it is about."""
    assert _passages(lines) == [(*action, lines.strip())]


def test_a_task_with_its_own_object_or_nothing_before_keeps_its_own_sentence() -> None:
    """A task with its own object, one with no sentence before it, and one with another
    task between it and what it is about, keep their own sentence."""
    lines = (
        "A letter came from the school about parking. After discussion it was agreed for Tom "
        "to write to the head.\n\n"
        "After discussion it was agreed for Tom to reply.\n\n"
        "Jo asked for a new bench. Sam to book the hall. Kim to reply.\n"
    )
    assert _passages(lines) == [
        (
            "Tom",
            "Write to the head.",
            "After discussion it was agreed for Tom to write to the head.",
        ),
        ("Tom", "Reply.", "After discussion it was agreed for Tom to reply."),
        ("Sam", "Book the hall.", "Sam to book the hall."),
        ("Kim", "Reply (Jo asked for a new bench)", "Kim to reply."),
    ]


@pytest.mark.parametrize(
    ("lines", "action"),
    [
        (
            "- Sam: who has time for the newsletter rota?\n    - Kim volunteered.\n",
            (
                "Kim",
                "Take this on (who has time for the newsletter rota?)",
                "Sam: who has time for the newsletter rota?\n    - Kim volunteered.",
            ),
        ),
        (
            "The noticeboard glass is cracked. Tom agreed to deal with it.\n",
            (
                "Tom",
                "Deal with it (the noticeboard glass is cracked)",
                "The noticeboard glass is cracked. Tom agreed to deal with it.",
            ),
        ),
        (
            "Residents have complained about the streetlight on Mill Lane. Cllr Hale will "
            "follow this up.\n",
            (
                "Cllr Hale",
                "Follow this up (residents have complained about the streetlight on Mill Lane)",
                "Residents have complained about the streetlight on Mill Lane. Cllr Hale will "
                "follow this up.",
            ),
        ),
    ],
)
def test_a_task_pointing_back_is_stated_with_what_it_points_to(
    lines: str, action: tuple[str, str, str]
) -> None:
    """A task that points back ("take this on", "deal with it", "follow this up") to a sentence
    that asked for nothing a verb could take on: that sentence is its matter, and its
    passage holds both, the answer and what it answers (a volunteer under a speaker's
    question too)."""
    assert _passages(lines) == [action]


def test_a_numbered_point_answers_nothing_before_it() -> None:
    """A sentence opening with a point's number is a new matter: it points back to nothing
    in the point before it."""
    lines = "12.1 The fete made £400 for the church. 12.2 Tom will look into it.\n"
    assert _passages(lines) == [("Tom", "Look into it.", "12.2 Tom will look into it.")]


@pytest.mark.parametrize(
    "lines",
    [
        "General discussion about the website (eg to publish the bin dates online).\n",
        "Several ideas were raised, e.g. to hold a quiz night.\n",
        "Welcome packs for new plot holders (ie to explain the rules).\n",
        "You will need to register again on the new forum.\n",
        "4.2 To discuss what the Trustees would do if the hall had to close\n",
    ],
)
def test_words_read_as_an_owner_that_commit_no_one_are_no_task(lines: str) -> None:
    """An abbreviation ("eg", "i.e."), the reader addressed ("You will need to ...") or a
    subject inside a question put ("what the Trustees would do") commits no one."""
    assert owned_actions(_notes(lines)) == []


def test_initials_and_someone_finding_out_stay_owners() -> None:
    body = _notes(
        "Tom will find out what the Council would charge.\n\n"
        "IE to send the accounts to the auditor.\n\n"
        "NB to update the website.\n"
    )
    assert owned_actions(body) == [
        ("Tom", "Find out what the Council would charge."),
        ("IE", "Send the accounts to the auditor."),
        ("NB", "Update the website."),
    ]


_WG_HEAD = "# Tools WG sync - 12 June 2025\n\nAttendees: Ana, Ben, Cai\n\n"


@pytest.mark.parametrize(
    "text",
    [
        _WG_HEAD + "## Previous TODOs\n\n### 3/8\n- [ ] Book the venue for the sprint\n"
        "- [ ] Ask the foundation about the budget\n\n### 5/17\n- [ ] Write the migration guide\n"
        "- [x] Move the docs to the new theme\n\n## Notes\n- Ben will draft the announcement.\n\n"
        "## New TODOs\n- [ ] Cai to update the contributor guide\n",
        "Garden Club committee - 12 June 2025\n\nPresent: Ana, Ben, Cai\n\n"
        "**Outstanding tasks from earlier meetings**\n\n**3/8**\n"
        "- [ ] Book the venue for the sprint\n- [ ] Ask the foundation about the budget\n\n"
        "**5/17**\n- [ ] Write the migration guide\n\n**Discussion**\n\n"
        "Ben will draft the announcement.\n\n**New tasks**\n"
        "- [ ] Cai to update the contributor guide\n",
        "Allotment Society committee meeting, 12 June 2025\n\nPresent: Ana, Ben, Cai\n\n"
        "1. Apologies\n\nNone.\n\n2. Carried forward\n\n2.1 From 3 March\n"
        "- Book the venue for the sprint\n- Ask the foundation about the budget\n\n"
        "2.2 From 17 May\n- Write the migration guide\n\n3. Website\n\n"
        "Ben will draft the announcement. Cai to update the contributor guide.\n",
    ],
)
def test_items_under_a_previous_log_s_dated_sub_headings_are_no_new_tasks(text: str) -> None:
    """A section of the old log ("## Previous TODOs", "**Outstanding tasks from earlier
    meetings**", "2. Carried forward") runs over its sub-headings (a "###" under its "##", a
    date alone, "2.1 From 3 March" under "2."): the items carried from earlier meetings are
    no new tasks; the notes after it and a section of new items are."""
    assert [owner for owner, _ in owned_actions(text)] == ["Ben", "Cai"]


def test_this_meeting_s_own_items_end_the_old_log() -> None:
    """A sub-heading of this meeting's date ("### 6/12" on 12 June), or "From this meeting",
    opens new items; a dated sub-heading under a plain "## Actions" is no old log."""
    text = (
        _WG_HEAD + "## Previous TODOs\n\n### 5/17\n- [ ] Book the venue for the sprint\n\n"
        "### 6/12\n- [ ] Write the release notes\n- [ ] Ana to email the sponsors\n"
    )
    assert owned_actions(text) == [
        (None, "Write the release notes"),
        ("Ana", "Email the sponsors"),
    ]
    text = (
        _WG_HEAD + "## Actions\n\n### From this meeting\n- [ ] Book the venue for the sprint\n\n"
        "### 5/17\n- [ ] Write the release notes\n"
    )
    assert owned_actions(text) == [
        (None, "Book the venue for the sprint"),
        (None, "Write the release notes"),
    ]


def test_a_task_stated_with_the_sentence_before_keeps_its_own_due() -> None:
    """A due opening the task's own sentence stays its due when its passage starts at the
    sentence before ("By 30 April, the Clerk will renew it"), and a clause of its own
    sentence ("By 30 April,") is no matter it points back to."""
    text = _notes("The licence was discussed. By 30 April, the Clerk will renew it.\n")
    got = [(a.owner, a.text, a.due_text, text[a.start : a.end]) for a in parse(text).actions]
    assert got == [
        (
            "the Clerk",
            "Renew it (the licence was discussed)",
            "By 30 April",
            "The licence was discussed. By 30 April, the Clerk will renew it.",
        )
    ]


@pytest.mark.parametrize(
    "lines",
    [
        "Ian will report on the progress of the new website in the General Business of this "
        "meeting.\n",
        "Sam will present the accounts later in this meeting.\n",
        "At the Chair's suggestion, the committee agreed to do a close examination of the lease "
        "and the 2019 survey at the March 4th meeting.\n",
        "Members agreed to carry out a full review of the standing orders at the May meeting.\n",
    ],
)
def test_the_business_of_this_or_a_later_meeting_is_no_task(lines: str) -> None:
    """A report given later in this same meeting, or the meeting's own examination of a
    matter at a later meeting (a follow-up), is no one's task."""
    assert owned_actions(_notes(lines)) == []


def test_a_report_at_a_later_meeting_or_a_paper_sent_on_stays() -> None:
    body = _notes(
        "Ian will report on the website at the next meeting.\n\n"
        "Ann will circulate the slides shown at this meeting.\n\n"
        "Tom to review the lease before the March 4th meeting.\n\n"
        "The committee agreed to invite the planners to the March 4th meeting.\n"
    )
    assert owned_actions(body) == [
        ("Ian", "Report on the website at the next meeting."),
        ("Ann", "Circulate the slides shown at this meeting."),
        ("Tom", "Review the lease before the March 4th meeting."),
        ("The committee", "Invite the planners to the March 4th meeting."),
    ]
