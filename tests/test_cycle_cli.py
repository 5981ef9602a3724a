"""The meeting cycle end to end through `clerk`: amended minutes, reconciliation, exempt."""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path

import pytest

CYCLE = Path(__file__).resolve().parents[1] / "sample_minutes" / "cycle"

# (committee, meeting N, meeting N+1, words of each action N+1 reports done)
PAIRS = [
    (
        "Riverside Health and Wellbeing Board",
        "hwb-2024-03-12.txt",
        "hwb-2024-06-11.txt",
        {"JSNA summary"},
    ),
    (
        "Riverside Place Partnership Board",
        "rpb-2024-04-18.txt",
        "rpb-2024-06-20.txt",
        {"discharge delay data", "write to the ICB"},
    ),
    (
        "Riverside Overview and Scrutiny Committee",
        "scrutiny-2024-09-10.txt",
        "scrutiny-2024-11-05.txt",
        {"bus shelters"},
    ),
    (
        "Riverside Allotment Society",
        "allotments-2024-05-07.txt",
        "allotments-2024-07-02.txt",
        # "all actions complete except the water trough repair"
        {"council skip", "padlock", "summer newsletter"},
    ),
    (
        # the status on the line under each old action
        "Riverside Digital Services Board",
        "digital-2024-06-04.txt",
        "digital-2024-07-02.txt",
        {"accessibility statement", "complaints dashboard", "Council Chamber"},
    ),
    (
        # a note after each old action restated under "Actions from the last meeting"
        "Riverside Canal Partnership",
        "canal-2024-02-13.txt",
        "canal-2024-04-09.txt",
        {"litter pick", "litter grabbers"},
    ),
    (
        # lists under headings that give their status ("### Done", "### Still open")
        "Riverside Open Data Working Group",
        "opendata-2024-09-05.txt",
        "opendata-2024-10-03.txt",
        {"Invite the residents", "Publish these notes", "licence page"},
    ),
    (
        # "All other actions completed", with two actions reported on elsewhere as going on
        "Riverside Community Orchard Group",
        "orchard-2024-09-10.txt",
        "orchard-2024-10-08.txt",
        {"marquee", "apple day poster"},
    ),
]


def actions_json(clerk, *args: str) -> list[dict]:
    run = clerk("actions", "--status", "all", "--json", *args)
    assert run.code == 0, run.err
    return json.loads(run.out)


def test_amended_reimport_keeps_edited_statuses_and_references(clerk) -> None:
    assert clerk("import", str(CYCLE / "hwb-2024-03-12.txt")).code == 0
    before = {a["text"][:25]: a for a in actions_json(clerk)}
    visit = before["Tom Whitley said he would"]["id"]
    jsna = before["Dr Priya Natarajan agreed"]["id"]
    assert clerk("action", str(visit), "--done", "--note", "visit held 2 May").code == 0
    assert clerk("action", str(jsna), "--note", "with comms").code == 0

    run = clerk("import", str(CYCLE / "hwb-2024-03-12-amended.txt"))
    assert run.code == 0, run.err
    assert "updated meeting 1" in run.out
    assert "amended minutes: 2 kept, 1 changed, 1 new, 1 vanished" in run.out
    jsna_ref = before["Dr Priya Natarajan agreed"]["ref"]
    assert f"changed action {jsna_ref} (text, due)" in run.out  # its reference, not its number
    assert "  new action RHWB/24/05: " in run.out
    vanished = next(line for line in run.out.splitlines() if "vanished action" in line)
    assert vanished.startswith("  vanished action RHWB/24/0")
    assert "(kept; drop it with: clerk action RHWB/24/0" in vanished

    after = {a["id"]: a for a in actions_json(clerk)}
    before_ids = {a["id"] for a in before.values()}
    assert before_ids <= set(after)
    assert len(after) == len(before_ids) + 1
    assert after[visit]["status"] == "done"
    assert "Healthwatch" in after[jsna]["text"]
    assert after[jsna]["latest_note"] == "with comms"
    meetings = json.loads(clerk("meetings", "--json").out)
    assert len(meetings) == 1

    # The very same text again is refused, not a third version.
    again = clerk("import", str(CYCLE / "hwb-2024-03-12-amended.txt"))
    assert again.code == 1
    assert "already stored" in again.err


@pytest.mark.parametrize(("committee", "first", "second", "done_words"), PAIRS)
def test_reconciliation_proposes_exactly_the_actions_reported_done(
    clerk, committee: str, first: str, second: str, done_words: set[str]
) -> None:
    assert clerk("import", "--committee", committee, str(CYCLE / first)).code == 0
    earlier = {a["id"]: a["text"] for a in actions_json(clerk)}
    run = clerk("import", "--committee", committee, str(CYCLE / second))
    assert run.code == 0, run.err
    meeting = max(m["id"] for m in json.loads(clerk("meetings", "--json").out))
    proposals = json.loads(clerk("reconcile", str(meeting), "--json").out)
    done = {p["action_id"] for p in proposals if p["kind"] == "done"}
    expected = {i for i, text in earlier.items() if any(w in text for w in done_words)}
    assert len(expected) == len(done_words)
    assert done == expected
    for p in proposals:
        assert p["passage"] and p["reason"]
        assert f"proposal {p['id']}:" in run.out
        assert f" on action {p['action_ref']} (" in run.out
        assert p["action_ref"] == next(
            a["ref"] for a in actions_json(clerk) if a["id"] == p["action_id"]
        )
    # Nothing changed until the clerk confirms.
    assert all(a["status"] == "open" for a in actions_json(clerk) if a["id"] in earlier)


def test_accepting_through_the_cli_closes_the_action_with_its_passage(clerk) -> None:
    committee = "Riverside Overview and Scrutiny Committee"
    clerk("import", "--committee", committee, str(CYCLE / "scrutiny-2024-09-10.txt"))
    clerk("import", "--committee", committee, str(CYCLE / "scrutiny-2024-11-05.txt"))
    (proposal,) = json.loads(clerk("reconcile", "2", "--json").out)
    assert clerk("reconcile", "2", "--accept", str(proposal["id"])).code == 0
    action = json.loads(clerk("action", str(proposal["action_id"])).out)
    assert action["status"] == "done"
    assert "had been circulated to members on 2 October" in action["latest_note"]
    assert json.loads(clerk("reconcile", "2", "--json").out) == []
    repeat = clerk("reconcile", "2", "--accept", str(proposal["id"]))
    assert repeat.code == 1 and "already accepted" in repeat.err


def test_exempt_items_never_reach_an_export_or_a_chaser(clerk, tmp_path: Path) -> None:
    committee = "Riverside Overview and Scrutiny Committee"
    clerk("import", "--committee", committee, str(CYCLE / "scrutiny-2024-09-10.txt"))
    clerk("import", "--committee", committee, str(CYCLE / "scrutiny-2024-11-05.txt"))
    lights = next(a["id"] for a in actions_json(clerk) if "street lights" in a["text"])
    lights_ref = next(a["ref"] for a in actions_json(clerk) if a["id"] == lights)
    marked = clerk("exempt", "--action", lights_ref.lower())  # a reference, as said aloud
    assert marked.code == 0
    assert marked.out == f"action {lights_ref}: exempt (kept out of exports and chasers)\n"

    outputs = []
    for fmt in ("md", "csv", "ics", "docx", "xlsx"):
        out = tmp_path / f"log.{fmt}"
        run = clerk("export", "--committee", committee, "--format", fmt, "--out", str(out))
        assert run.code == 0, run.err
        outputs.append(out)
    run = clerk("chase", "--committee", committee, "--out", str(tmp_path / "chasers"))
    assert run.code == 0, run.err
    outputs += sorted((tmp_path / "chasers").iterdir())
    assert {p.suffix for p in outputs} == {".md", ".csv", ".ics", ".docx", ".xlsx", ".eml"}
    for path in outputs:
        text = _text_of(path)
        assert "depot" not in text.lower(), path.name
        assert "street lights" not in text.lower(), path.name
    assert "bus shelters" in _text_of(tmp_path / "log.md")

    (eml,) = (tmp_path / "chasers").glob("*.eml")
    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert "bus shelters" in message.get_content()

    run = clerk(
        "chase", "--committee", committee, "--include-exempt", "--out", str(tmp_path / "all")
    )
    assert run.code == 0
    (eml,) = (tmp_path / "all").glob("*.eml")
    message = email.message_from_bytes(eml.read_bytes(), policy=email.policy.default)
    assert "depot contract" in message.get_content()


def _text_of(path: Path) -> str:
    """What a reader of the file sees, for any export format."""
    if path.suffix == ".docx":
        from docx import Document

        document = Document(str(path))
        cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
        return "\n".join([p.text for p in document.paragraphs] + cells)
    if path.suffix == ".xlsx":
        from openpyxl import load_workbook

        book = load_workbook(path)
        return "\n".join(
            str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for v in row
        )
    if path.suffix == ".eml":
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        return message.get_content()
    return path.read_text(encoding="utf-8").replace("\r\n ", "")


def test_confirm_and_bad_arguments(clerk) -> None:
    clerk("import", str(CYCLE / "hwb-2024-03-12.txt"))
    assert clerk("confirm", "1").code == 0
    assert json.loads(clerk("meetings", "--json").out)[0]["state"] == "confirmed"
    assert clerk("confirm", "1", "--draft").code == 0
    assert json.loads(clerk("meetings", "--json").out)[0]["state"] == "draft"
    missing = clerk("confirm", "42")
    assert missing.code == 1 and missing.err.strip() == "clerk: there is no meeting 42"
    nobody = clerk("chase", "--committee", "Nobody")
    assert nobody.code == 1 and "no committee called 'Nobody'" in nobody.err
