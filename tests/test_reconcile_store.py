"""Reconciliation end to end: import a meeting, import the next, confirm what it reports
(store and `clerk reconcile`), and see it in the action's history and the follow-up sheet.
The corpus pairs run the way a clerk would, through the parser, so what must hold is held:
no wrong "done", and every "done" found among the actions the parser stored."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from clerk_tui.core.reconcile import readable
from clerk_tui.export import write_sheet
from clerk_tui.store import actions as store_actions
from clerk_tui.store import open_db
from clerk_tui.store.meetings import get_meeting
from clerk_tui.store.reconciliation import accept_proposal, list_proposals
from clerk_tui.store.schema import apply, migrations
from clerk_tui.store.sheet import build_sheet
from tests.conftest import import_text

CYCLE = Path(__file__).resolve().parents[1] / "sample_minutes" / "cycle"
PAIRS = next(
    (p / "shared" / "corpus" / "pairs" for p in Path(__file__).parents if (p / "shared").is_dir()),
    None,
)
CSP = "Riverside Community Safety Partnership"


def read(name: str) -> str:
    return (CYCLE / name).read_text(encoding="utf-8")


@pytest.fixture
def csp(db):
    """The partnership's January minutes, then its March minutes with the review table."""
    january = import_text(db, read("csp-2024-01-16.txt"), committee=CSP)
    march = import_text(db, read("csp-2024-03-19.txt"), committee=CSP)
    return january.id, march


def by_text(db, meeting_id: int) -> dict[str, int]:
    return {a["text"][:24]: a["id"] for a in get_meeting(db, meeting_id)["actions"]}


def test_review_table_rows_are_proposals_not_new_actions(db, csp) -> None:
    january, march = csp
    assert [a["text"] for a in get_meeting(db, march.id)["actions"]] == [
        "Share the Trading Standards scams leaflet with the housing associations"
    ]
    ids = by_text(db, january)
    assert sorted(
        (p["action_id"], p["kind"], p["value"]) for p in list_proposals(db, march.id)
    ) == sorted(
        [
            (ids["Circulate the ward-level"], "done", None),
            (ids["Arrange a joint patrol o"], "update", None),
            (ids["Write to the Youth Servi"], "update", None),
            (ids["Write to the Youth Servi"], "owner", "JB"),
            (ids["Report on fire-setting i"], "done", None),
            (ids["Organise a partnership s"], "dropped", None),
            (ids["Review the CCTV maintena"], "update", None),
            (ids["Review the CCTV maintena"], "owner", "AK"),
            (ids["Review the CCTV maintena"], "due", "2024-04-30"),
            (ids["Produce a leaflet on doo"], "dropped", None),
        ]
    )


def test_each_kind_applies_on_confirmation_with_its_note_as_the_latest_update(db, csp) -> None:
    january, march = csp
    ids = by_text(db, january)
    pending = {(p["action_id"], p["kind"]): p for p in list_proposals(db, march.id)}
    cctv = ids["Review the CCTV maintena"]
    assert store_actions.get_action(db, cctv)["owner"] == "MR"
    for key in [
        (cctv, "owner"),
        (cctv, "due"),
        (ids["Organise a partnership s"], "dropped"),
        (ids["Circulate the ward-level"], "done"),
        (ids["Arrange a joint patrol o"], "update"),
    ]:
        accept_proposal(db, pending[key]["id"])
    action = store_actions.get_action(db, cctv)
    assert (action["owner"], action["due"], action["original_due"], action["status"]) == (
        "AK",
        "2024-04-30",
        "2024-03-19",
        "open",
    )
    assert [e["field"] for e in action["events"]][-2:] == ["owner", "due"]
    assert action["latest_note"] == (
        "minutes of 2024-03-19: Open: AK has taken this on; revised date 30 April 2024"
    )
    stall = store_actions.get_action(db, ids["Organise a partnership s"])
    assert stall["status"] == "dropped"
    patrol = store_actions.get_action(db, ids["Arrange a joint patrol o"])
    assert patrol["status"] == "open"
    assert patrol["latest_note"] == (
        "minutes of 2024-03-19: Ongoing: First patrol on 2 March; a second to follow"
    )
    assert list_proposals(db, march.id, "accepted")[0]["status"] == "accepted"

    sheet = build_sheet(db, CSP, today=date(2024, 3, 20))
    updates = {row.text[:24]: row.update for row in sheet.outstanding}
    assert updates["Arrange a joint patrol o"] == patrol["latest_note"]
    assert updates["Review the CCTV maintena"] == action["latest_note"]
    assert "Organise a partnership s" not in updates


def test_clerk_reconcile_lists_and_applies_the_new_kinds(clerk, tmp_path) -> None:
    for name in ("csp-2024-01-16.txt", "csp-2024-03-19.txt"):
        path = tmp_path / name
        path.write_text(read(name), encoding="utf-8")
        assert clerk("import", "--committee", CSP, str(path)).code == 0
    listed = clerk("reconcile", "2")
    assert "pass to JB" in listed.out
    assert "re-date to 2024-04-30" in listed.out
    assert "drop" in listed.out
    proposals = json.loads(clerk("reconcile", "2", "--json").out)
    owner = next(p for p in proposals if p["kind"] == "owner" and p["value"] == "JB")
    assert owner["note"] == "Not done: passed to JB"
    assert owner["passage"].startswith("1.3 | Write to the Youth Service")
    assert clerk("reconcile", "2", "--accept", str(owner["id"])).code == 0
    actions = json.loads(clerk("actions", "--committee", CSP, "--status", "all", "--json").out)
    assert len(actions) == 8
    (youth,) = [a for a in actions if a["id"] == owner["action_id"]]
    assert youth["owner"] == "JB"


def similarity(a: str, b: str) -> float:
    return float(fuzz.token_set_ratio(a, b))


@pytest.mark.skipif(PAIRS is None, reason="../shared corpus not present")
@pytest.mark.parametrize("name", ["01", "02"])
def test_corpus_pair_end_to_end_no_wrong_done_and_every_done_found(clerk, name: str) -> None:
    """Import a, import b, read the proposals, as score_reconcile.py does."""
    assert PAIRS is not None
    folder = PAIRS / name
    gold_a = json.loads((folder / "gold-a.json").read_text(encoding="utf-8"))
    gold_b = json.loads((folder / "gold-b.json").read_text(encoding="utf-8"))
    outcomes = json.loads((folder / "reconcile.json").read_text(encoding="utf-8"))
    for part, gold in (("a", gold_a), ("b", gold_b)):
        imported = clerk(
            "import", "--committee", f"Pair {name}", "--date", gold["meeting_date"],
            str(folder / f"{part}.txt"),
        )  # fmt: skip
        assert imported.code == 0, imported.err
    stored = json.loads(clerk("actions", "--committee", f"Pair {name}", "--json").out)
    first = [a for a in stored if a["meeting_date"] == gold_a["meeting_date"]]
    proposals = json.loads(clerk("reconcile", "2", "--json").out)

    def gold_of(text: str) -> dict | None:
        scores = [
            max(similarity(text, g["text"]), similarity(text, o["evidence_a"]))
            for g, o in zip(gold_a["actions"], outcomes, strict=True)
        ]
        best = max(range(len(scores)), key=scores.__getitem__)
        return outcomes[best] if scores[best] >= 70 else None

    for proposal in proposals:
        if proposal["kind"] == "done":
            found = gold_of(proposal["action"])
            assert found is not None and found["outcome"] == "done", proposal
    done_texts = [p["action"] for p in proposals if p["kind"] == "done"]
    for gold, outcome in zip(gold_a["actions"], outcomes, strict=True):
        present = any(gold_of(a["text"]) is outcome for a in first)
        if outcome["outcome"] == "done" and present:
            assert any(gold_of(text) is outcome for text in done_texts), gold["text"]


def test_proposals_made_before_the_new_kinds_survive_the_upgrade(tmp_path) -> None:
    """A database left at version 6 with a pending 'update' keeps it, its passage as the note."""
    path = tmp_path / "v6.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for migration in migrations()[:6]:
        apply(conn, migration)
    conn.execute("INSERT INTO committees (uuid, name) VALUES ('c', 'Board')")
    conn.execute("INSERT INTO meetings (uuid, committee_id, text, content_hash) VALUES "
                 "('m1', 1, 'first', 'h1'), ('m2', 1, 'second', 'h2')")  # fmt: skip
    conn.execute("INSERT INTO actions (uuid, meeting_id, text) VALUES ('a', 1, 'Write')")
    conn.execute(
        "INSERT INTO proposals (uuid, meeting_id, action_id, kind, passage) "
        "VALUES ('p', 2, 1, 'update', 'The letter had been drafted.')"
    )
    conn.close()
    db = open_db(path)
    (row,) = list_proposals(db, 2)
    assert (row["kind"], row["note"], row["value"]) == (
        "update",
        "The letter had been drafted.",
        None,
    )
    db.close()


def test_running_log_over_three_meetings(db) -> None:
    """Each meeting's log carries the open rows on: they stay the actions they were, with the
    new status proposed; rows closed since are neither proposed again nor stored anew."""
    committee = "Riverside Integrated Care Partnership"
    import_text(db, read("icp-2024-01-25.txt"), committee=committee)
    march = import_text(db, read("icp-2024-03-28.txt"), committee=committee)
    for proposal in list_proposals(db, march.id):
        accept_proposal(db, proposal["id"])
    may = import_text(db, read("icp-2024-05-23.txt"), committee=committee)
    assert [a["text"] for a in get_meeting(db, may.id)["actions"]] == [
        "Review the partnership's terms of reference"
    ]
    assert [(p["action"], p["kind"], p["note"]) for p in list_proposals(db, may.id)] == [
        (
            "Agree a joint approach to hospital discharge communications",
            "done",
            "Complete: Joint leaflet agreed on 2 May",
        ),
        (
            "Set up a task and finish group on children's mental health",
            "update",
            "Open: First meeting on 6 June",
        ),
        (
            "Publish the partnership's annual report",
            "update",
            "Open: Draft with the designers",
        ),
    ]
    log = store_actions.list_actions(
        db, store_actions.ActionFilter(status="all", committee=committee)
    )
    assert len(log) == 7


def test_the_exported_follow_up_sheet_pasted_into_the_next_minutes(db, tmp_path) -> None:
    """The clerk circulates the sheet clerk-tui wrote; the next minutes paste it back with the
    statuses and updates the meeting gave: its rows are the actions its references name."""
    committee = "Riverside Place Partnership Board"
    import_text(db, read("rpb-2024-04-18.txt"), committee=committee)
    sheet = build_sheet(db, committee, today=date(2024, 6, 1))
    written = write_sheet(sheet, "md", tmp_path / "log.md")
    rows = [line for line in written.read_text(encoding="utf-8").splitlines() if "RPPB/" in line]
    assert len(rows) == 4
    statuses = ["Complete", "On track", "Complete", "Not started"]
    updates = ["Circulated 14 May", "Workshop booked", "Letter sent", "Moved to September"]
    pasted = [  # Status, RAG and Latest update filled in at the meeting
        "|".join([*cells[:-4], f" {status} ", " ", f" {update} ", ""])
        for cells, status, update in zip(
            (row.split("|") for row in rows), statuses, updates, strict=True
        )
    ]
    header = (
        "| Ref | Meeting | Item | Action | Owner | Due | Revised due | Status | RAG | "
        "Latest update |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
    )
    minutes = (
        "Riverside Place Partnership Board\nMinutes of the meeting held on 20 June 2024\n\n"
        "RPB 24/41 Action log\n\n" + header + "\n" + "\n".join(pasted) + "\n"
    )
    june = import_text(db, minutes, committee=committee)
    assert get_meeting(db, june.id)["actions"] == []
    assert [(p["kind"], p["note"]) for p in list_proposals(db, june.id)] == [
        ("done", "Complete: Circulated 14 May"),
        ("update", "On track: Workshop booked"),
        ("done", "Complete: Letter sent"),
        ("update", "Not started: Moved to September"),
        ("due", "Not started: Moved to September"),
    ]
    assert "row RPPB/24/01" in list_proposals(db, june.id)[0]["reason"]


def test_a_padded_review_table_row_is_shown_trimmed(db) -> None:
    """The passage of a proposal from a Markdown review table reads as its cells, trimmed and
    joined (no padding, no empty cells at the end); its span still points at the row."""
    first = (
        "Heronwood Parish Council\nMinutes of the meeting held on 5 March 2024\n\n"
        "1. Noticeboards\nACTION: TG to write a general note on the noticeboard rota.\n"
    )
    second = (
        "Heronwood Parish Council\nMinutes of the meeting held on 2 April 2024\n\n"
        "1. Review of actions\n\n"
        "| Ref  | Action                                          | Owner | Status   | Notes |\n"
        "|------|-------------------------------------------------|-------|----------|-------|\n"
        "| 1.1  | Write a general note on the noticeboard rota    | TG    | Done     |"
        + " " * 40
        + "|\n"
    )
    import_text(db, first, committee="Heronwood PC")
    later = import_text(db, second, committee="Heronwood PC")
    (proposal,) = [p for p in list_proposals(db, later.id) if p["kind"] == "done"]
    assert proposal["passage"] == "1.1 | Write a general note on the noticeboard rota | TG | Done"
    assert readable("plain | text") == "plain | text"
