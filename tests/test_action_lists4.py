"""Action lists exported from a web page, one entry a line or a paragraph and no bullets,
on short Riverside passages: every shape of entry is read, "ALL: Have a look ..." too, a
"Will" opening a task is no part of it, and the entries are no agenda items."""

from __future__ import annotations

from clerk_tui.core.parse import parse_strict
from tests.conftest import PARISH_HEAD, owned_actions

_ENTRIES = [
    "Tom Hale: Write the hire procedures.",
    "ALL: Have a look at the draft budget.",
    "PS: Email the school about the crossing.",
    "JC: Will clean up the text of the lease.",
    "Tom to book the hall for the fete",
    "Send the minutes to the website editor",
    "Update the risk register (Clerk)",
]
_EXPECTED = [
    ("Tom Hale", "Write the hire procedures."),
    ("ALL", "Have a look at the draft budget."),
    ("PS", "Email the school about the crossing."),
    ("JC", "Clean up the text of the lease."),
    ("Tom", "Book the hall for the fete"),
    (None, "Send the minutes to the website editor"),
    ("Clerk", "Update the risk register"),
]


def test_entries_one_a_line_under_an_actions_heading() -> None:
    text = PARISH_HEAD + "4. Hall\nActions\n" + "\n".join(_ENTRIES) + "\n"
    assert owned_actions(text) == _EXPECTED


def test_entries_one_a_paragraph_are_no_items() -> None:
    text = (
        PARISH_HEAD
        + "4. Hall\n\nAction points\n\n"
        + "\n\n".join(_ENTRIES)
        + "\n\n5. Date of next meeting\n\nThe next meeting is on 7 April.\n"
    )
    result = parse_strict(text)
    assert [(a.owner, a.text) for a in result.actions] == _EXPECTED
    assert [i.title for i in result.items] == ["Hall", "Action points", "Date of next meeting"]


def test_a_short_heading_after_the_list_is_still_an_item() -> None:
    text = (
        PARISH_HEAD + "Hall\n\nThe roof was inspected.\n\nActions\n\n"
        "Tom to book the roofer for May\n\nFinance\n\nThe accounts were approved.\n"
    )
    result = parse_strict(text)
    assert [(a.owner, a.text) for a in result.actions] == [("Tom", "Book the roofer for May")]
    assert [i.title for i in result.items] == ["Hall", "Finance"]


def test_have_is_still_talk_outside_the_idiom() -> None:
    text = PARISH_HEAD + "4. Hall\nActions\nALL: Have concerns about the damp in the kitchen.\n"
    assert owned_actions(text) == []


def test_a_topic_label_heading_a_task_is_no_owner() -> None:
    text = PARISH_HEAD + (
        "4. Hall\n### This month\n"
        "- [ ] **Priya**: Order the new chairs\n"
        "- [ ] **Hall notice board redesign**: Cork tiles and a locked glass front\n"
        "- [ ] **Finance team**: Set the hire charges for 2027\n"
        "- [ ] **Parish council meetings**: Move the start to 7pm\n"
    )
    assert owned_actions(text) == [
        ("Priya", "Order the new chairs"),
        (None, "Hall notice board redesign: Cork tiles and a locked glass front"),
        ("Finance team", "Set the hire charges for 2027"),
        (None, "Parish council meetings: Move the start to 7pm"),
    ]


def test_a_day_or_a_status_label_is_no_owner() -> None:
    text = PARISH_HEAD + (
        "4. Rota\nThursday:\nOpen the hall at 9\nLock up at 5\n\n"
        "5. Boiler\n- KIV: sort out when the service resumes\n"
    )
    assert owned_actions(text) == []


def test_a_numbered_list_runs_to_the_next_numbered_item() -> None:
    text = PARISH_HEAD + (
        "4. Hall\nActions\n"
        "1. Jane Cole - Update the hire leaflet\n"
        "2. Tom Hale - Fix the porch light\n"
        "3. Send the minutes to the website editor\n\n"
        "5. Any other business\n\nNone.\n"
    )
    assert owned_actions(text) == [
        ("Jane Cole", "Update the hire leaflet"),
        ("Tom Hale", "Fix the porch light"),
        (None, "Send the minutes to the website editor"),
    ]


def test_handles_heading_entries_of_a_bulleted_action_list() -> None:
    text = PARISH_HEAD + (
        "## Summary\n\n* Action Items:\n"
        "  * @tomh: Ask the county which format the survey can use. Can we run it online?\n"
        "  * @priya and @janec: Reach out to the youth club.\n\n## Details\n"
    )
    assert owned_actions(text) == [
        ("@tomh", "Ask the county which format the survey can use."),
        ("@priya and @janec", "Reach out to the youth club."),
    ]


def test_a_numbered_next_steps_heading_heads_an_action_list() -> None:
    text = PARISH_HEAD + (
        "## 8\\. Footpaths\n\nThe stile was discussed.\n\n## 9\\. Next steps\n\n"
        "* Write to the landowner about the stile. Completed: see the letter\n"
        "* Survey the bridleway before the summer and report back.\n\n"
        "## 10\\. Any other business\n\nNone.\n"
    )
    assert owned_actions(text) == [
        (None, "Survey the bridleway before the summer and report back."),
    ]


def test_owner_and_due_bullets_under_a_task_are_its_fields() -> None:
    text = PARISH_HEAD + (
        "## Action items\n"
        "* Publish the hire charges on the website\n"
        "  * Owner: Jane Cole\n"
        "  * Due: 30 April 2026\n"
        "* Update the booking calendar\n"
        "  * Owner: @tomh\n"
        "  * Status: open\n"
    )
    result = parse_strict(text)
    assert [(a.owner, a.text, a.due_text) for a in result.actions] == [
        ("Jane Cole", "Publish the hire charges on the website", "30 April 2026"),
        ("@tomh", "Update the booking calendar", None),
    ]


def test_handles_before_a_bare_verb_own_the_entry() -> None:
    text = PARISH_HEAD + (
        "## Action items\n"
        "- [ ] @tomh @janec review the hire agreement\n"
        "- @priya write the newsletter piece\n"
    )
    assert owned_actions(text) == [
        ("@tomh @janec", "Review the hire agreement"),
        ("@priya", "Write the newsletter piece"),
    ]


def test_a_table_with_task_and_assignee_columns() -> None:
    text = PARISH_HEAD + (
        "| Task | Assignee | Due |\n|---|---|---|\n"
        "| Publish the hire charges | Jane Cole | 30 April |\n"
        "| Update the booking calendar | @tomh | |\n"
    )
    assert owned_actions(text) == [
        ("Jane Cole", "Publish the hire charges"),
        ("@tomh", "Update the booking calendar"),
    ]


def test_status_subheadings_in_bold_within_an_action_summary() -> None:
    text = PARISH_HEAD + (
        "## Actions Summary\n\n**Immediate:**\n\n- Priya: Renew the hall licence\n\n"
        "**Ongoing:**\n\n- Tom: Draft the lettings policy\n"
    )
    assert owned_actions(text) == [
        ("Priya", "Renew the hall licence"),
        ("Tom", "Draft the lettings policy"),
    ]


def test_an_item_column_beside_a_responsible_one_is_the_task() -> None:
    text = PARISH_HEAD + (
        "| Item | Responsible | Due Date |\n| ---- | ---- | ---- |\n"
        "| please do the end of year accounts | rj | now |\n"
        "| to ask the county about the verge | jc |\n\n"
        "| Item | Lead | Time |\n|---|---|---|\n| Welcome and apologies | Chair | 7pm |\n"
    )
    assert owned_actions(text) == [
        ("rj", "Do the end of year accounts"),
        ("jc", "Ask the county about the verge"),
    ]
