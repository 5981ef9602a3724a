"""Follow-ups on unseen minutes (issue 11, round 25): what must come back to a later meeting
of this body, read also when the sentence is an action's. Each kind with invented variants (a
fictional parish council and a fictional project's call, meeting on Thursday 2 July 2026) and
near misses it must not fire on."""

from __future__ import annotations

import pytest

from tests.test_fudec_round20 import CALL, follow_ups, parsed

# --- a matter to be put on an agenda that names no meeting: a later one's ----------------------


@pytest.mark.parametrize(
    ("body", "head"),
    [
        ("Clerk to add the allotment rents to the agenda.", None),
        ("Cllr Tate asked for the pond railings to be placed on the agenda.", None),
        ("Cllr Hart requested that the war memorial be an agenda item.", None),
        ("It was agreed to include the verge cutting on the agenda.", None),
        ("The Clerk will put the bus shelter on the agenda.", None),
        ("- AI: Sam to add the plugin API to the agenda", CALL),
        ("- AI(Sam): add mirror hosting to the agenda", CALL),
        ("- Add licensing to agenda", CALL),
        ("- Bob: put mower quotes on agenda", CALL),
    ],
)
def test_onto_an_agenda(body: str, head: str | None) -> None:
    found = parsed(body, head) if head else parsed(body)
    assert [f.text for f in found.follow_ups] == [body.removeprefix("- ")]
    assert found.follow_ups[0].when is None


def test_onto_an_agenda_keeps_the_action() -> None:
    found = parsed("- AI: Sam to add the plugin API to the agenda", CALL)
    assert [(a.text, a.owner) for a in found.actions] == [
        ("Add the plugin API to the agenda", "Sam")
    ]


@pytest.mark.parametrize(
    ("body", "head"),
    [
        # done, or how this meeting's own item came on its agenda
        ("The item was added to the agenda at the Chair's request.", None),
        ("Cllr Moss had raised the verges and it was agreed to add them to the agenda.", None),
        ("There were no matters arising not already included in the agenda.", None),
        ("The Chair asked to add the verges to tonight's agenda.", None),
        # anyone's offer to add business, a standing process
        ("Anyone wishing to add an item to the agenda should contact the Clerk.", None),
        ("Members were reminded to add items to the agenda by Friday.", None),
        ("Would anyone like to add anything to the agenda?", None),
        # the agenda's template or pack, somewhere else, a standing item, a question
        ("- Ola: include in agenda template a slot for demos", CALL),
        ("Agenda papers to be included in the agenda pack.", None),
        ("Clerk to add the fete to the website.", None),
        ("Road safety should be put on the agenda as a standing item.", None),
        ("The Clerk was asked whether the fees should be put on the agenda.", None),
    ],
)
def test_onto_an_agenda_near_misses(body: str, head: str | None) -> None:
    assert (follow_ups(body, head) if head else follow_ups(body)) == []


# --- a later meeting named by its weekday or its day ---------------------------------------------


@pytest.mark.parametrize(
    ("body", "when"),
    [
        ("- AI: Ann to present the survey results on Thursday's call", "Thursday's call"),
        ("- Ann to present the roadmap at the 21st call", "the 21st call"),
        ("- Decide on the logo next Tuesday", "next Tuesday"),
        ("- Let's decide the venue at Thursday's call", "Thursday's call"),
        ("- Vote on the charter at Monday's sync", "Monday's sync"),
        ("- Carl to present the installer at the Friday sync", "the Friday sync"),
    ],
)
def test_meeting_named_by_weekday_or_day(body: str, when: str) -> None:
    found = parsed(body, CALL).follow_ups
    assert [(f.text, f.when) for f in found] == [(body.removeprefix("- "), when)]


@pytest.mark.parametrize(
    "body",
    [
        "- Ann presented the survey results on last Thursday's call",  # past
        "- Ann to send the survey results by next Tuesday",  # a task's due date
        "- Release 2.0 ships next Tuesday",  # an event
        "- Ann to discuss the budget with the treasurer next Tuesday",  # with a party outside
        "- The 14th call was cancelled",
        "- Next call: Thursday 9 July",  # the next meeting's own date
        "- Standup moved to Thursday",
        "- Bob to present at the Thursday meetup of the Python user group",  # another body's
    ],
)
def test_meeting_named_by_weekday_near_misses(body: str) -> None:
    assert follow_ups(body, CALL) == []


@pytest.mark.parametrize(
    "body",
    [
        "The Clerk will report the leak to the county next Tuesday.",
        "The fete will be held next Saturday.",
    ],
)
def test_meeting_named_by_weekday_near_misses_in_minutes(body: str) -> None:
    assert follow_ups(body) == []


# --- a note of coming back behind an action mark: the task read as the note it is ---------------


@pytest.mark.parametrize(
    ("body", "when"),
    [
        ("- AI: discuss later", "later"),
        ("- TODO: decide later", "later"),
        ("- ACTION 2.1: Discuss later", "later"),
        ("- AI(Sam): decide on this later", "later"),
        ("- AI 3: More to come on timing", None),
        ("- Action: Ann - more to come on timing", None),
    ],
)
def test_note_behind_an_action_mark(body: str, when: str | None) -> None:
    found = parsed(body, CALL).follow_ups
    assert [(f.text, f.when) for f in found] == [(body.removeprefix("- "), when)]


@pytest.mark.parametrize(
    "body",
    [
        "- AI: Sam: discuss later with the vendor",  # a talk with a party outside
        "- Discuss later with the vendor",
        "- Action: Ann - take this offline",
        "- AI: Sam to send the minutes later",  # a task done later, nothing brought back
        "- TODO: later",
    ],
)
def test_note_behind_an_action_mark_near_misses(body: str) -> None:
    assert follow_ups(body, CALL) == []


# --- a matter the body is still to settle, named as its agent ------------------------------------


@pytest.mark.parametrize(
    ("body", "head"),
    [
        ("- Ann to draft a FAQ to be discussed by the WG", CALL),
        ("- Bob to write up the options, to be decided by the SC", CALL),
        ("Action (Ann/Bob): prepare a costed plan to be considered by the Committee.", None),
        ("The Clerk will obtain quotes to be approved by Council.", None),
        ("The revised terms of reference will be agreed by the Board.", None),
        ("The new byelaws should then be ratified by the membership.", None),
    ],
)
def test_body_still_to_settle(body: str, head: str | None) -> None:
    found = parsed(body, head) if head else parsed(body)
    assert [(f.text, f.when) for f in found.follow_ups] == [(body.removeprefix("- "), None)]


@pytest.mark.parametrize(
    ("body", "head"),
    [
        ("The draft terms have been agreed by the group for publishing.", None),  # done
        ("The plan was discussed by the Committee last month.", None),
        ("The accounts having been approved by the auditor were signed.", None),
        ("Decisions can only be made by the full council.", None),  # a standing rule
        ("- The release notes to be reviewed by Ann", CALL),  # a person's task
        ("The application will be decided by the planning authority.", None),  # no body's meeting
    ],
)
def test_body_still_to_settle_near_misses(body: str, head: str | None) -> None:
    assert (follow_ups(body, head) if head else follow_ups(body)) == []


# --- the body's next meeting named by the body, or by its meeting again --------------------------


@pytest.mark.parametrize(
    ("body", "head", "when"),
    [
        ("- AI: @alice to open an issue and bring it to the next WG", CALL, "the next WG"),
        ("- Ann to present the charter to the next TSC", CALL, "the next TSC"),
        ("- AI: Sam will update next WG", CALL, "next WG"),
        ("The Clerk will report to the next Committee on the lease.", None, "the next Committee"),
        ("Members agreed to discuss the hedges at the next Council.", None, "the next Council"),
        ("- Discuss the logo when we next meet", CALL, "when we next meet"),
        ("- We'll vote on it when the group next meets", CALL, "when the group next meets"),
        ("- Decide on the venue at our next get-together", CALL, "our next get-together"),
        (
            "The Clerk will report on the lease when the Council next meets.",
            None,
            "when the Council next meets",
        ),
    ],
)
def test_next_meeting_named_by_the_body(body: str, head: str | None, when: str) -> None:
    found = (parsed(body, head) if head else parsed(body)).follow_ups
    assert [(f.text, f.when) for f in found] == [(body.removeprefix("- "), when)]


@pytest.mark.parametrize(
    ("body", "head"),
    [
        ("The handover to the next committee went smoothly.", None),  # its successor
        ("Ann will chair the next committee.", None),
        ("The next Council will decide its own budget.", None),
        ("- Ann to send the charter to the next WG chair", CALL),  # a person
        ("- Discuss the logo when we next meet with the vendor", CALL),  # a party outside
        ("- Ann to email the figures when we next meet the vendor", CALL),
        ("The fete will be held in a fortnight.", None),  # an event
        ("- Ann to send the docs in a fortnight", CALL),  # a task's time
    ],
)
def test_next_meeting_named_by_the_body_near_misses(body: str, head: str | None) -> None:
    assert (follow_ups(body, head) if head else follow_ups(body)) == []


# --- a later meeting's agenda as a note's label or tag --------------------------------------------


@pytest.mark.parametrize(
    ("body", "head", "when"),
    [
        ("- Next week's agenda: CI costs, mascot", CALL, "the next meeting"),
        ("- Agenda next time: the mirror budget", CALL, "the next meeting"),
        ("- For the agenda next week: CI costs", CALL, "the next meeting"),
        ("- Proposed agenda items for next time: licence audit", CALL, "the next meeting"),
        ("- CI costs -> next week's agenda", CALL, "the next meeting"),
        ("Allotment rents (next agenda)", None, "the next meeting"),
        ("Agenda item for November: allotment rents.", None, "the November meeting"),
    ],
)
def test_later_agenda_as_label_or_tag(body: str, head: str | None, when: str) -> None:
    found = (parsed(body, head) if head else parsed(body)).follow_ups
    assert [(f.text, f.when) for f in found] == [(body.removeprefix("- "), when)]


@pytest.mark.parametrize(
    ("body", "head"),
    [
        ("- Next week's agenda: none", CALL),
        ("- Agenda next time: 7pm at the hall", CALL),  # its time and place
        ("- Agenda next week: Tuesday at 7", CALL),
        ("- Fete -> next week", CALL),  # an event
        ("- Picnic (next week)", CALL),
        ("Agenda item for July: allotment rents.", None),  # this meeting's month
        ("- Thanks to Bob (next call host)", CALL),
    ],
)
def test_later_agenda_as_label_or_tag_near_misses(body: str, head: str | None) -> None:
    assert (follow_ups(body, head) if head else follow_ups(body)) == []


# --- a settling noted with its later time, or still to be decided then ---------------------------


@pytest.mark.parametrize(
    ("body", "head", "when"),
    [
        ("- Decision next week", CALL, "next week"),
        ("- Final decision next month", CALL, "next month"),
        ("- Formal vote in two weeks; then tag it", CALL, "in two weeks"),
        ("Sam volunteered to be Treasurer. TBD in January.", None, "in January"),
        ("- Group vote at the next sync", CALL, "the next sync"),
    ],
)
def test_settling_noted_with_its_time(body: str, head: str | None, when: str) -> None:
    found = (parsed(body, head) if head else parsed(body)).follow_ups
    assert [(f.text, f.when) for f in found] == [(body.removeprefix("- "), when)]


@pytest.mark.parametrize(
    ("body", "head"),
    [
        ("- Decision made last week", CALL),  # past
        ("- Vote was held last month", CALL),
        ("- Decision: ship 2.0 next week", CALL),  # the decision, a plan
        ("- Vote in the board elections by next week", CALL),  # a member's own vote
        ("- TBD in full", CALL),
        ("- Date TBC in March", CALL),  # a date still to set
        ("Date of next meeting: To be confirmed in March.", None),
    ],
)
def test_settling_noted_with_its_time_near_misses(body: str, head: str | None) -> None:
    assert (follow_ups(body, head) if head else follow_ups(body)) == []


# --- a heading carrying its list to a later call: its agenda, or a carry-over ---------------------


@pytest.mark.parametrize(
    ("body", "when"),
    [
        ("## Next call agenda\n- Review the RFC\n- Mascot vote", "the next meeting"),
        ("Next sync's agenda:\n- Review the RFC\n- Mascot vote", "the next meeting"),
        ("Carry over:\n- Review the RFC\n- Mascot vote", "a future meeting"),
        ("**Carry forward**\n- Review the RFC\n- Mascot vote", "a future meeting"),
    ],
)
def test_heading_carries_its_list(body: str, when: str) -> None:
    found = parsed(body, CALL).follow_ups
    assert [(f.text, f.when) for f in found] == [("Review the RFC", when), ("Mascot vote", when)]


@pytest.mark.parametrize(
    "body",
    [
        "## Next call agenda\n- 9 July, 3pm UTC",  # its date
        "## Next call agenda\n- TBD",  # nothing listed
        "## For next week\n- TBD",
        "## Parking lot\n- none",
        "## Open items\n- Review the RFC\n- Mascot vote",  # still open, not put off
        "## Next steps\n- Review the RFC\n- Mascot vote",  # tasks
    ],
)
def test_heading_carries_its_list_near_misses(body: str) -> None:
    assert follow_ups(body, CALL) == []


# --- "the following" before a list is the list below, not a later time --------------------------


def test_following_agenda_is_the_list_below() -> None:
    body = "The group met to discuss the following agenda:\n\n- Plugin API\n- Mirrors"
    assert follow_ups(body, CALL) == []


@pytest.mark.parametrize(
    ("body", "when"),
    [
        ("- We will discuss this at the following meeting", "the following meeting"),
        ("- Revisit the mirrors at the following call", "the following call"),
    ],
)
def test_following_meeting_still_a_later_time(body: str, when: str) -> None:
    found = parsed(body, CALL).follow_ups
    assert [(f.text, f.when) for f in found] == [(body.removeprefix("- "), when)]
