"""Who "I" is, read in one place (:mod:`clerk_tui.core.parse.actions.speakers`) for the prose
rules and for an action still owned by "I": a chat log's nick after a time, a scribe's label
naming a speaker in two words, a handle with its "@"; not an HTML tag or a topic's label."""

from __future__ import annotations

from tests.conftest import owned_actions

_HEAD = (
    "Riverside Parish Council\n"
    "Minutes of the meeting held on 3 March 2026\n\n"
    "Present: Cllr Ann Barlow (Chair), Cllr Tom Hale, Cllr Priya Shah, Dana Reyes\n\n"
    "1. Website\n\n"
)


def test_a_chat_logs_nick_after_a_time_speaks_even_if_it_is_a_word() -> None:
    """ "[19:02] <tomb> I will ...": a nick after a time is who typed the line, though "tomb"
    is an English word; a scribe's label in two words names the speaker; the scribe's "..."
    goes on with the speaker the scribe last named."""
    body = _HEAD + (
        "[19:01] <scribe> Dana Reyes: I will send the slides round by Friday\n"
        "[19:02] <tomb> I will fix the booking form\n"
        "[19:03] <scribe> Priya: the lathe belt is worn\n"
        "[19:04] <scribe> ... I will order a new belt\n"
    )
    assert owned_actions(body) == [
        ("Dana Reyes", "Send the slides round by Friday"),
        ("tomb", "Fix the booking form"),
        ("Priya", "Order a new belt"),
    ]


def test_a_handle_with_its_at_sign_labels_its_speaker() -> None:
    """ "@priya: I will update the rota": the handle is the speaker."""
    body = _HEAD + "@priya: I will update the rota\n"
    assert owned_actions(body) == [("@priya", "Update the rota")]


def test_an_html_tag_or_a_topics_label_is_no_speaker() -> None:
    """ "<td>I will ...", "TODO: I will ...": "I" stays, no one is named."""
    body = _HEAD + "<td>I will bring the cake</td>\n\nTODO: I will renew the insurance\n"
    assert owned_actions(body) == [("I", "Bring the cake"), ("I", "Renew the insurance")]


def test_a_speaker_set_off_by_a_dash_owns_their_i_and_we() -> None:
    """ "Tom - I will ...", "Priya – I need to ...", "Tom - we will ...", "Ann — the boiler is
    fixed. Will send ...": a person the minutes name, then a dash, speaks; "we" in their
    remark is them (they act for the group), a sentence with no subject theirs too."""
    body = _HEAD + (
        "Tom - I will check the boiler before the fete\n"
        "Priya – I need to check the insurance renewal date\n"
        "Tom - we will book the hall for the quiz night\n"
        "Ann — the boiler is fixed. Will send the invoice to the treasurer.\n"
    )
    assert owned_actions(body) == [
        ("Tom", "Check the boiler before the fete"),
        ("Priya", "Check the insurance renewal date"),
        ("Tom", "Book the hall for the quiz night"),
        ("Ann", "Send the invoice to the treasurer."),
    ]


def test_we_in_a_remark_that_names_its_body_is_the_bodys() -> None:
    """ "Ann: we as a council will write ...": the body the remark names acts."""
    body = _HEAD + "Ann: we as a council will write to the county about the verges\n"
    assert owned_actions(body) == [("The council", "Write to the county about the verges")]


def test_a_topic_set_off_by_a_dash_or_a_need_or_a_forecast_is_no_task() -> None:
    """ "Budget - we will ...": a topic, no speaker; "we will need", "we will see", "we will
    probably": no commitment."""
    body = _HEAD + (
        "Budget - we will review the reserves in May\n"
        "Tom - we will need more chairs for the fete\n"
        "Priya - we will see how the trial goes\n"
        "Tom – we will probably repaint the doors\n"
    )
    assert owned_actions(body) == []


def test_a_signed_line_of_collaborative_notes_gives_its_task_the_signer() -> None:
    """HackMD's "[name=Priya]", an etherpad's "-- Tom": a task on the signed line with no
    owner, or owned by "I", is the signer's; an owner the line names stays; the signature
    is no part of the task; a signed line with no task makes none."""
    body = _HEAD + (
        "- [ ] Fix the login page of the booking form [name=Priya]\n"
        "- I will update the volunteers' handbook -- Tom\n"
        "- Ann to book the hall for the quiz [name=Priya] [time=Sun, Jun 28, 2026 6:30 PM]\n"
        "- The boiler was fixed last week [name=Tom]\n"
        "- We should ask the county about the verges [name=Priya]\n"
    )
    assert owned_actions(body) == [
        ("Priya", "Fix the login page of the booking form"),
        ("Tom", "Update the volunteers' handbook"),
        ("Ann", "Book the hall for the quiz"),
    ]


def test_a_job_handed_out_for_the_next_meeting_is_an_action() -> None:
    """ "Moderator for next call: @tom", "Next chair: Priya", "Note-taker next time: Ann",
    and "* Scribe: Tom" under "Roles for the next meeting:": the person does that job then.
    Who chairs this meeting, a date for the next one or "Next steps:" hands out no job."""
    body = _HEAD + (
        "Chair: Ann Barlow\n"
        "Next meeting: 5 May 2026\n"
        "Moderator for next call: @tom\n"
        "Next chair: Priya\n"
        "Note-taker next time: Ann\n\n"
        "Roles for the next meeting:\n"
        "* Scribe: Tom\n"
        "* Timekeeper: Dana Reyes\n"
    )
    assert owned_actions(body) == [
        ("@tom", "Moderate the next call"),
        ("Priya", "Chair the next meeting"),
        ("Ann", "Take notes at the next meeting"),
        ("Tom", "Take notes at the next meeting"),
        ("Dana Reyes", "Keep time at the next meeting"),
    ]
