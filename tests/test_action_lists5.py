"""Entries of an action list naming who, then a cue, then the task, on short Riverside
passages: a body of people ("Staff to ..."), several names after a topic's label
("**Open day**: Priya, Tom and Jane to ..."), in a list or a task box; and what is no owner."""

from __future__ import annotations

from tests.conftest import PARISH_HEAD, owned_actions


def test_staff_heading_an_entry_own_it() -> None:
    text = PARISH_HEAD + "4. Hall\n\nActions:\n- Staff to notify the chosen caterer.\n"
    assert owned_actions(text) == [("Staff", "Notify the chosen caterer.")]


def test_names_after_a_topic_label_own_the_entry() -> None:
    text = (
        PARISH_HEAD + "4. Fete\n\n## Action items\n"
        "- **Open day**: Priya, Tom and Jane to split the stall rota\n"
        "- [ ] **Raffle**: Tom and Ann to collect the prizes\n"
    )
    assert owned_actions(text) == [
        ("Priya, Tom and Jane", "Split the stall rota"),
        ("Tom and Ann", "Collect the prizes"),
    ]


def test_a_thing_to_be_done_or_a_word_before_to_is_no_owner() -> None:
    text = (
        PARISH_HEAD + "4. Hall\n\nActions:\n"
        "- Fence to be repainted before the fete\n"
        "- Treasurer to pay the roofer\n"
    )
    assert owned_actions(text) == [
        (None, "Fence to be repainted before the fete"),
        ("Treasurer", "Pay the roofer"),
    ]


def test_an_owner_after_the_last_colon_of_a_task_list_entry() -> None:
    text = (
        PARISH_HEAD + "4. Hall\n\n- Tasks (short term)\n"
        "  - Website: update the hire page: Priya\n"
        "  - Noticeboard repairs: Tom/Ann\n"
        "  - Tom: ask Ann: she keeps the keys\n"
    )
    assert owned_actions(text) == [
        ("Priya", "Website: update the hire page"),
        ("Tom/Ann", "Noticeboard repairs"),
        ("Tom", "Ask Ann: she keeps the keys"),
    ]


def test_an_owner_after_a_slash_closing_a_line_of_notes() -> None:
    text = (
        PARISH_HEAD + "5. Fete\nThe rota was agreed.\n"
        "The rota is to be published on the website / Priya\n"
        "Book the marquee for the fete / Tom\n"
        "Hall / Tennis club\n"
    )
    assert owned_actions(text) == [
        ("Priya", "The rota is to be published on the website"),
        ("Tom", "Book the marquee for the fete"),
    ]


def test_a_name_then_to_in_a_bullet_of_notes_keeps_no_to_in_the_task() -> None:
    text = (
        PARISH_HEAD + "4. Hall\n- Newsletter: Priya to draft the spring issue\n"
        "- Two quiz nights are planned\n  - One will be held in the hall\n"
    )
    assert owned_actions(text) == [("Priya", "Draft the spring issue")]
