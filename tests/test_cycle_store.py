"""The meeting cycle in the store: amended minutes in place (store.amendments), meeting state,
exempt marks (store.exempt), reconciliation (store.reconciliation)."""

from __future__ import annotations

from pathlib import Path

import pytest

from clerk_tui.core.parse import parse
from clerk_tui.store import StoreError
from clerk_tui.store import actions as store_actions
from clerk_tui.store.amendments import apply_amendment, find_previous_version, preview_amendment
from clerk_tui.store.exempt import set_exempt
from clerk_tui.store.meetings import get_meeting, set_meeting_state
from clerk_tui.store.reconciliation import (
    accept_proposal,
    list_proposals,
    propose_reconciliation,
    reject_proposal,
)
from tests.conftest import import_text

CYCLE = Path(__file__).resolve().parents[1] / "sample_minutes" / "cycle"
HWB = "Riverside Health and Wellbeing Board"


def read(name: str) -> str:
    return (CYCLE / name).read_text(encoding="utf-8")


def actions_of(db, meeting_id: int) -> dict[int, dict]:
    return {a["id"]: a for a in get_meeting(db, meeting_id)["actions"]}


@pytest.fixture
def march(db):
    """The HWB's March minutes stored, with the clerk's edits on two actions."""
    stored = import_text(db, read("hwb-2024-03-12.txt"))
    by_text = {a["text"][:20]: a["id"] for a in get_meeting(db, stored.id)["actions"]}
    jsna, visit = by_text["Dr Priya Natarajan a"], by_text["Tom Whitley said he "]
    store_actions.add_note(db, jsna, "draft with the comms team")
    store_actions.set_status(db, visit, "at_risk", "no date from the centre")
    return stored.id, jsna, visit


def test_find_previous_version_needs_committee_and_date(db, march) -> None:
    meeting_id, *_ = march
    assert find_previous_version(db, HWB.upper(), "2024-03-12")["id"] == meeting_id
    assert find_previous_version(db, HWB, "2024-03-13") is None
    assert find_previous_version(db, None, "2024-03-12") is None
    assert find_previous_version(db, HWB, None) is None


def test_preview_changes_nothing(db, march) -> None:
    meeting_id, jsna, visit = march
    text = read("hwb-2024-03-12-amended.txt")
    before = actions_of(db, meeting_id)
    diff = preview_amendment(db, meeting_id, text, parse(text))
    assert diff.summary() == "2 kept, 1 changed, 1 new, 1 vanished"
    assert [p.old.id for p in diff.changed] == [jsna]
    assert actions_of(db, meeting_id) == before


def test_amendment_keeps_references_statuses_and_history(db, march) -> None:
    meeting_id, jsna, visit = march
    text = read("hwb-2024-03-12-amended.txt")
    vanished = preview_amendment(db, meeting_id, text, parse(text)).vanished
    assert [a.text[:8] for a in vanished] == ["Officers"]
    result = apply_amendment(db, meeting_id, text, parse(text), drop_vanished={vanished[0].id})
    assert result.dropped == [vanished[0].id]
    stored = actions_of(db, meeting_id)
    assert vanished[0].id not in stored
    assert len(stored) == 4
    assert stored[visit]["status"] == "at_risk"
    assert "Healthwatch" in stored[jsna]["text"]
    assert stored[jsna]["due"] == "2024-07-05"
    jsna_action = store_actions.get_action(db, jsna)
    assert jsna_action["latest_note"] == "draft with the comms team"
    assert [e["field"] for e in jsna_action["events"]] == ["created", "note", "text", "due"]
    assert jsna_action["events"][2]["clerk"] == "amended minutes"
    new_id = result.added[0]
    assert stored[new_id]["owner"] == "Councillor Dev Patel"
    meeting = get_meeting(db, meeting_id)
    assert meeting["text"] == text
    assert text[stored[jsna]["source_start"] : stored[jsna]["source_end"]].startswith(
        "Dr Priya Natarajan agreed"
    )
    assert [i["title"] for i in meeting["agenda_items"]][:3] == [
        "Apologies for absence",
        "Declarations of interest",
        "Joint Strategic Needs Assessment annual refresh",
    ]


def test_vanished_actions_are_kept_unless_dropped(db, march) -> None:
    meeting_id, *_ = march
    text = read("hwb-2024-03-12-amended.txt")
    result = apply_amendment(db, meeting_id, text, parse(text))
    (kept,) = result.kept_vanished
    action = store_actions.get_action(db, kept)
    assert action["status"] == "open"
    assert action["source_start"] is None
    assert action["events"][-1]["field"] == "kept"


def test_dropping_an_action_that_did_not_vanish_is_refused_and_changes_nothing(db, march) -> None:
    meeting_id, jsna, _visit = march
    text = read("hwb-2024-03-12-amended.txt")
    with pytest.raises(StoreError, match=f"action {jsna} is not one that vanished"):
        apply_amendment(db, meeting_id, text, parse(text), drop_vanished={jsna})
    assert get_meeting(db, meeting_id)["text"] == read("hwb-2024-03-12.txt")


def test_a_date_the_clerk_set_survives_an_amended_due_date(db, march) -> None:
    from datetime import date

    meeting_id, jsna, _visit = march
    store_actions.set_due(db, jsna, date(2024, 9, 1), "1 September")
    text = read("hwb-2024-03-12-amended.txt")
    apply_amendment(db, meeting_id, text, parse(text))
    action = store_actions.get_action(db, jsna)
    assert (action["due"], action["original_due"]) == ("2024-09-01", "2024-07-05")


def test_import_text_updates_the_same_meeting_in_place(db, march) -> None:
    meeting_id, jsna, visit = march
    stored = import_text(db, read("hwb-2024-03-12-amended.txt"))
    assert stored.id == meeting_id
    assert stored.amendment.diff.summary() == "2 kept, 1 changed, 1 new, 1 vanished"
    assert db.execute("SELECT count(*) FROM meetings").fetchone()[0] == 1


def test_meeting_state(db, march) -> None:
    meeting_id, *_ = march
    set_meeting_state(db, meeting_id, "confirmed")
    assert get_meeting(db, meeting_id)["state"] == "confirmed"
    with pytest.raises(StoreError, match="unknown meeting state"):
        set_meeting_state(db, meeting_id, "signed")
    with pytest.raises(StoreError, match="there is no meeting 99"):
        set_meeting_state(db, 99, "draft")


def test_set_exempt_on_an_item_marks_its_actions(db, march) -> None:
    meeting_id, jsna, visit = march
    item_id = store_actions.get_action(db, visit)["item"]
    items = {i["number"]: i["id"] for i in get_meeting(db, meeting_id)["agenda_items"]}
    set_exempt(db, item_id=items[item_id])
    assert actions_of(db, meeting_id)[visit]["exempt"] == 1
    assert actions_of(db, meeting_id)[jsna]["exempt"] == 0
    set_exempt(db, action_id=jsna)
    assert store_actions.get_action(db, jsna)["events"][-1]["field"] == "exempt"
    set_exempt(db, action_id=jsna, exempt=False)
    assert actions_of(db, meeting_id)[jsna]["exempt"] == 0
    with pytest.raises(StoreError, match="either an agenda item or an action"):
        set_exempt(db)


def test_reconciliation_proposes_and_applies_only_on_confirmation(db, march) -> None:
    _meeting_id, jsna, visit = march
    june = import_text(db, read("hwb-2024-06-11.txt"))
    proposals = {(p["action_id"], p["kind"]): p for p in june.proposals}
    assert proposals[jsna, "done"]["kind"] == "done"
    # "would now take place in July": the date it had ("before the summer recess"), not a new one
    assert (visit, "due") not in proposals
    assert [kind for _, kind in proposals].count("done") == 1
    assert store_actions.get_action(db, jsna)["status"] == "open"

    accept_proposal(db, proposals[jsna, "done"]["id"])
    action = store_actions.get_action(db, jsna)
    assert action["status"] == "done"
    assert action["events"][-1]["note"] == (
        "minutes of 2024-06-11: The JSNA summary had been circulated to Board members and "
        "Healthwatch on 3 June."
    )
    reject_proposal(db, proposals[visit, "update"]["id"])
    assert store_actions.get_action(db, visit)["status"] == "at_risk"
    with pytest.raises(StoreError, match="already rejected"):
        accept_proposal(db, proposals[visit, "update"]["id"])

    # Asking again proposes nothing already decided, and nothing twice.
    again = propose_reconciliation(db, june.id)
    decided = {(jsna, "done"), (visit, "update")}
    assert {(p["action_id"], p["kind"]) for p in again} == set(proposals) - decided
    assert len(list_proposals(db, june.id, None)) == len(proposals)


def test_action_log_rows_are_not_stored_again(db) -> None:
    committee = "Riverside Place Partnership Board"
    april = import_text(db, read("rpb-2024-04-18.txt"), committee=committee)
    june = import_text(db, read("rpb-2024-06-20.txt"), committee=committee)
    assert april.actions == 4
    assert [a["text"][:20] for a in get_meeting(db, june.id)["actions"]] == ["AB to circulate the "]
    kinds = sorted(
        (p["action_id"] - min(p["action_id"] for p in june.proposals), p["kind"])
        for p in june.proposals
    )
    assert kinds == [(0, "done"), (1, "update"), (2, "done"), (3, "due"), (3, "update")]
