"""The action log: what build_sheet gathers, and each format read back with its own library."""

from __future__ import annotations

import csv
import errno
from datetime import date, datetime
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.oxml.ns import qn

from clerk_tui import export
from clerk_tui.core.model import Action, FollowUp, Item, Meeting, ParsedMinutes
from clerk_tui.core.refs import PROVISIONAL_LEGEND
from clerk_tui.export import ExportError, default_export_path, write_sheet
from clerk_tui.export.markdown import render
from clerk_tui.export.table import neutralise
from clerk_tui.store import StoreError, transaction
from clerk_tui.store.actions import add_note, set_due, set_status
from clerk_tui.store.db import insert
from clerk_tui.store.meetings import save_parsed
from clerk_tui.store.sheet import build_sheet

COMMITTEE = "Riverside HWB"
TODAY = date(2024, 6, 1)
FORMULA = '=HYPERLINK("http://x","y")'
SECRET = "Sale of the Riverside depot"


def _action(text, owner, due, item, owners=None):
    return Action(text, owner, due, None, item, 0, 1, owners or [])


@pytest.fixture
def refs(db):
    """Two past meetings and one scheduled; returns action refs by short name."""
    march = ParsedMinutes(
        meeting=Meeting(COMMITTEE, date(2024, 3, 12)),
        items=[
            Item("2", "Joint Strategic Needs Assessment", 0, 1),
            Item("3", "Carers strategy", 0, 1),
            Item("4", "Property disposal", 0, 1, exempt=True),
        ],
        actions=[
            _action("Circulate the JSNA summary", "Dr Priya Natarajan", date(2024, 5, 1), 0),
            _action(FORMULA, "Tom Whitley", date(2024, 6, 10), 1),
            _action(SECRET, "Head of Property", date(2024, 9, 1), 2),
            _action(
                "Write to the ICB | the trust about discharge",
                "Carole Burgoyne and Ross Jago",
                date(2024, 5, 15),
                1,
                owners=["Carole Burgoyne", "Ross Jago"],
            ),
        ],
        follow_ups=[
            FollowUp("Draft carers strategy", "in September", date(2024, 9, 30), 1, 0, 1),
            FollowUp("Depot valuation", "in July", date(2024, 7, 31), 2, 0, 1),
        ],
    )
    april = ParsedMinutes(
        meeting=Meeting(COMMITTEE, date(2024, 4, 16)),
        items=[Item("5", "Dementia pathway", 0, 1)],
        actions=[
            _action("Update on the dementia pathway", "ICB", date(2024, 9, 30), 0),
            _action("Circulate the carers survey", "Tom Whitley", None, 0),
            _action("Survey results to members", "Tom Whitley", None, 0),
            _action("Visit the new hub", "Cllr Mary Okafor", None, 0),
            _action("Respond to Healthwatch", "the Director", None, None),
        ],
    )
    save_parsed(db, "march minutes", march)
    save_parsed(db, "april minutes", april)
    save_parsed(db, "june agenda", ParsedMinutes(meeting=Meeting(COMMITTEE, date(2024, 6, 20))))
    ids = [r[0] for r in db.execute("SELECT id FROM actions ORDER BY id")]
    names = ["jsna", "formula", "secret", "letter", "dementia", "survey", "results", "visit", "hw"]
    refs = dict(zip(names, ids, strict=False))
    set_due(db, refs["letter"], date(2024, 7, 31), note="Re-dated: waiting for the trust")
    set_status(db, refs["dementia"], "at_risk")
    add_note(db, refs["dementia"], "Waiting for ICB data")
    set_status(db, refs["survey"], "done", "Sent 20 May")
    set_status(db, refs["results"], "done")
    set_status(db, refs["visit"], "dropped")
    # The results went out before the April meeting: already reported, so not listed again.
    db.execute(
        "UPDATE actions SET closed_at = '2024-04-10T09:00:00Z' WHERE id = ?", [refs["results"]]
    )
    with transaction(db):
        person = insert(db, "people", {"name": "Dr Priya Natarajan"})
        insert(db, "roles", {"person_id": person, "title": "Director of Public Health"})
        db.execute(
            "UPDATE action_owners SET person_id = ? WHERE owner = 'Dr Priya Natarajan'", [person]
        )
    return refs


@pytest.fixture
def labels(db, refs):
    """The shared reference of each action, by short name ('HWB/24/01')."""
    shared = dict(db.execute("SELECT id, ref FROM actions").fetchall())
    return {name: shared[action_id] for name, action_id in refs.items()}


@pytest.fixture
def sheet(db, refs):
    return build_sheet(db, "riverside hwb", today=TODAY)


def test_sheet_lists_outstanding_actions_oldest_meeting_first(sheet, refs):
    rows = [
        (a.id, a.meeting_date, a.item, a.owner, a.due, a.original_due, a.status, a.rag, a.update)
        for a in sheet.outstanding
    ]
    assert rows == [
        (
            refs["jsna"],
            date(2024, 3, 12),
            "2",
            "Dr Priya Natarajan (Director of Public Health)",
            date(2024, 5, 1),
            None,
            "Overdue",
            "red",
            None,
        ),
        (refs["formula"], date(2024, 3, 12), "3", "Tom Whitley", date(2024, 6, 10), None,
         "Not yet due", "amber", None),
        (refs["letter"], date(2024, 3, 12), "3", "Carole Burgoyne; Ross Jago", date(2024, 7, 31),
         date(2024, 5, 15), "On track", "green", "Re-dated: waiting for the trust"),
        (refs["dementia"], date(2024, 4, 16), "5", "ICB", date(2024, 9, 30), None, "At risk",
         "amber", "Waiting for ICB data"),
        (refs["hw"], date(2024, 4, 16), None, "the Director", None, None, "No date", None,
         None),
    ]  # fmt: skip


def test_sheet_heading_completed_and_follow_ups(sheet, refs):
    assert sheet.committee == COMMITTEE
    assert sheet.next_meeting == date(2024, 6, 20)
    assert sheet.for_date == date(2024, 6, 20)
    assert sheet.last_meeting == date(2024, 4, 16)
    assert sheet.meeting_dates == [date(2024, 3, 12), date(2024, 4, 16)]
    completed = {a.id: (a.status, a.rag, a.update) for a in sheet.completed}
    assert completed == {
        refs["survey"]: ("Complete", "green", "Sent 20 May"),
        refs["visit"]: ("Dropped", None, None),
    }
    assert all(a.closed and a.closed > date(2024, 4, 16) for a in sheet.completed)
    assert [(f.text, f.due, f.status) for f in sheet.follow_ups] == [
        ("Draft carers strategy", date(2024, 9, 30), "Open")
    ]


def test_exempt_items_only_when_asked_for(db, refs):
    assert refs["secret"] not in {a.id for a in build_sheet(db, COMMITTEE, today=TODAY).outstanding}
    full = build_sheet(db, COMMITTEE, today=TODAY, include_exempt=True)
    assert refs["secret"] in {a.id for a in full.outstanding}
    assert {f.text for f in full.follow_ups} == {"Draft carers strategy", "Depot valuation"}


def test_an_item_marked_exempt_later_hides_its_actions(db, refs):
    db.execute("UPDATE agenda_items SET exempt = 1 WHERE number = '5'")
    sheet = build_sheet(db, COMMITTEE, today=TODAY)
    assert refs["dementia"] not in {a.id for a in sheet.outstanding}
    assert refs["survey"] not in {a.id for a in sheet.completed}


def test_without_a_later_meeting_the_sheet_is_dated_the_export_day(db, refs):
    sheet = build_sheet(db, COMMITTEE, today=date(2024, 7, 1))
    assert sheet.next_meeting is None
    assert sheet.for_date == date(2024, 7, 1)
    assert sheet.last_meeting == date(2024, 6, 20)


def test_unknown_committee_is_one_clear_line(db, refs):
    with pytest.raises(
        StoreError, match=r"no committee called 'Planning' \(known: Riverside HWB\)"
    ):
        build_sheet(db, "Planning", today=TODAY)


# --- formats ----------------------------------------------------------------------------------


def test_docx_has_landscape_tables_with_repeating_headers_and_rag_shading(sheet, labels, tmp_path):
    path = write_sheet(sheet, "docx", tmp_path / "log.docx")
    document = docx.Document(str(path))
    assert document.sections[0].page_width > document.sections[0].page_height
    assert document.paragraphs[0].text == "Riverside HWB: Action log"
    assert "For the meeting on 20 June 2024" in document.paragraphs[1].text
    outstanding, follow_ups, completed = document.tables
    header = outstanding.rows[0]
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None
    assert [c.text for c in header.cells][:4] == ["Ref", "Meeting", "Item", "Action"]
    first = [c.text for c in outstanding.rows[1].cells]
    assert first == [
        labels["jsna"], "12 Mar 2024", "2", "Circulate the JSNA summary",
        "Dr Priya Natarajan (Director of Public Health)", "1 May 2024", "", "Overdue", "Red", "",
    ]  # fmt: skip
    assert [c.text for c in outstanding.rows[3].cells][5:7] == ["15 May 2024", "31 Jul 2024"]
    fills = [_fill(row.cells[8]) for row in outstanding.rows[1:]]
    assert fills == ["FFC7CE", "FFEB9C", "C6EFCE", "FFEB9C", None]
    assert [c.text for c in outstanding.rows[2].cells][3] == FORMULA  # Word runs no formulas
    assert len(follow_ups.rows) == 2 and len(completed.rows) == 3
    assert SECRET not in _all_text(document)


def test_xlsx_sheets_dates_fills_and_neutralised_formula(sheet, labels, tmp_path):
    path = write_sheet(sheet, "xlsx", tmp_path / "log.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Outstanding actions", "Forward plan", "Completed"]
    ws = book["Outstanding actions"]
    assert ws.freeze_panes == "A3"
    assert ws.auto_filter.ref == "A2:J7"
    assert ws.cell(2, 4).value == "Action"
    assert [ws.cell(r, 1).value for r in range(3, 8)] == [
        labels["jsna"],
        labels["formula"],
        labels["letter"],
        labels["dementia"],
        labels["hw"],
    ]
    assert ws.cell(3, 2).value == datetime(2024, 3, 12)
    assert ws.cell(3, 2).is_date
    formula = ws.cell(4, 4)
    assert formula.value == "'" + FORMULA and formula.data_type == "s"
    assert [ws.cell(r, 9).value for r in range(3, 8)] == ["Red", "Amber", "Green", "Amber", None]
    assert [ws.cell(r, 9).fill.fgColor.rgb[-6:] for r in range(3, 7)] == [
        "FFC7CE",
        "FFEB9C",
        "C6EFCE",
        "FFEB9C",
    ]
    assert ws.cell(7, 9).fill.fill_type is None
    assert ws.column_dimensions["D"].width > ws.column_dimensions["A"].width
    done = book["Completed"]
    assert [done.cell(r, 7).value for r in (3, 4)] == ["Complete", "Dropped"]
    all_cells = [c.value for s in book for row in s.iter_rows() for c in row]
    assert SECRET not in all_cells


def test_csv_has_bom_a_section_column_and_neutralised_cells(sheet, labels, tmp_path):
    path = write_sheet(sheet, "csv", tmp_path / "log.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["Section"], r["Ref"]) for r in rows] == [
        ("Outstanding actions", labels["jsna"]),
        ("Outstanding actions", labels["formula"]),
        ("Outstanding actions", labels["letter"]),
        ("Outstanding actions", labels["dementia"]),
        ("Outstanding actions", labels["hw"]),
        ("Due to come back to the committee", rows[5]["Ref"]),
        ("Completed since the last meeting", labels["survey"]),
        ("Completed since the last meeting", labels["visit"]),
    ]
    assert rows[1]["Action"] == "'" + FORMULA
    assert (rows[0]["Due"], rows[0]["Status"], rows[0]["RAG"]) == ("2024-05-01", "Overdue", "Red")
    assert (rows[2]["Due"], rows[2]["Revised due"]) == ("2024-05-15", "2024-07-31")
    assert (rows[4]["Status"], rows[4]["RAG"], rows[4]["Due"]) == ("No date", "", "")
    assert (rows[5]["Action"], rows[5]["Due"]) == ("Draft carers strategy", "2024-09-30")
    assert rows[6]["Closed"] and rows[6]["Status"] == "Complete"
    assert SECRET not in path.read_text(encoding="utf-8-sig")


def test_markdown_tables_escape_pipes(sheet, refs, tmp_path):
    path = write_sheet(sheet, "md", tmp_path / "log.md")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Riverside HWB: Action log\n")
    assert "## Outstanding actions (5)" in text
    assert "Write to the ICB \\| the trust about discharge" in text
    letter = next(line for line in text.splitlines() if "discharge" in line)
    assert letter.count(" | ") == 9  # ten cells: the escaped pipe did not add one
    assert "| 🔴 Red |" in text
    assert SECRET not in text


def test_markdown_keeps_html_and_newlines_out_of_cells(db, refs):
    add_note(db, refs["jsna"], "line one\nline <b>two</b>")
    text = render(build_sheet(db, COMMITTEE, today=TODAY))
    assert "| line one line &lt;b&gt;two&lt;/b&gt; |" in text


@pytest.mark.parametrize("fmt", ["docx", "xlsx", "csv", "md"])
def test_include_exempt_reaches_every_format(db, refs, tmp_path, fmt):
    sheet = build_sheet(db, COMMITTEE, today=TODAY, include_exempt=True)
    path = write_sheet(sheet, fmt, tmp_path / f"log.{fmt}")
    if fmt == "docx":
        text = _all_text(docx.Document(str(path)))
    elif fmt == "xlsx":
        text = str(
            [c.value for s in openpyxl.load_workbook(path) for r in s.iter_rows() for c in r]
        )
    else:
        text = path.read_text(encoding="utf-8-sig")
    assert SECRET in text
    assert "NOT FOR PUBLICATION" in text or fmt == "csv"


def _written_text(sheet, fmt: str, path: Path) -> str:
    """Everything a written export says, as text."""
    path = write_sheet(sheet, fmt, path)
    if fmt == "docx":
        return _all_text(docx.Document(str(path)))
    if fmt == "xlsx":
        return str(
            [c.value for s in openpyxl.load_workbook(path) for r in s.iter_rows() for c in r]
        )
    return path.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("fmt", ["docx", "xlsx", "csv", "md"])
def test_a_provisional_reference_is_explained_in_every_format(db, refs, tmp_path, fmt):
    final = _written_text(build_sheet(db, COMMITTEE, today=TODAY), fmt, tmp_path / f"a.{fmt}")
    assert "HWB/24/01" in final and "HWB/24/01*" not in final
    assert "provisional" not in final
    db.execute("INSERT INTO settings (key, value) VALUES ('sync_server', 'postgresql://x/y')")
    team = _written_text(build_sheet(db, COMMITTEE, today=TODAY), fmt, tmp_path / f"b.{fmt}")
    assert "HWB/24/01*" in team
    assert team.count(PROVISIONAL_LEGEND) == (3 if fmt == "xlsx" else 1)  # xlsx: each sheet
    if fmt == "csv":
        last = list(csv.reader(team.splitlines()))[-1]
        assert (last[0], last[4]) == ("Note", PROVISIONAL_LEGEND)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+44 20", "'+44 20"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Plain text = fine", "Plain text = fine"),
        ("", ""),
    ],
)
def test_neutralise(text, expected):
    assert neutralise(text) == expected


def test_word_keeps_line_breaks_and_spaces_inside_a_cell(db, refs, tmp_path):
    add_note(db, refs["jsna"], "Draft sent.\nFinal due  in July")
    sheet = build_sheet(db, COMMITTEE, today=TODAY)
    document = docx.Document(str(write_sheet(sheet, "docx", tmp_path / "log.docx")))
    assert document.tables[0].rows[1].cells[9].text == "Draft sent.\nFinal due  in July"


def test_control_characters_do_not_break_word_or_excel(db, refs, tmp_path):
    add_note(db, refs["jsna"], "bell\x07 and escape\x1b[31m")
    sheet = build_sheet(db, COMMITTEE, today=TODAY)
    document = docx.Document(str(write_sheet(sheet, "docx", tmp_path / "log.docx")))
    assert document.tables[0].rows[1].cells[9].text == "bell and escape[31m"
    book = openpyxl.load_workbook(write_sheet(sheet, "xlsx", tmp_path / "log.xlsx"))
    assert book["Outstanding actions"].cell(3, 10).value == "bell and escape[31m"


# --- writing safely ---------------------------------------------------------------------------


def test_an_existing_file_is_refused_without_force(sheet, tmp_path):
    target = tmp_path / "log.csv"
    target.write_text("the clerk's own notes", encoding="utf-8")
    with pytest.raises(ExportError, match=r"log\.csv already exists; use --force to replace it"):
        write_sheet(sheet, "csv", target)
    assert target.read_text(encoding="utf-8") == "the clerk's own notes"
    assert write_sheet(sheet, "csv", target, force=True) == target
    assert target.read_text(encoding="utf-8-sig").startswith("Section,Ref")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clerk.db", "clerk.db-shm",
                                                          "clerk.db-wal", "log.csv"]  # fmt: skip


def test_a_failing_write_leaves_no_file(sheet, tmp_path, monkeypatch):
    def fills_the_disk(sheet, path: Path) -> None:
        path.write_bytes(b"half a spreadsheet")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setitem(export.FORMATS, "xlsx", fills_the_disk)
    before = set(tmp_path.iterdir())
    with pytest.raises(ExportError, match=r"cannot write .*log\.xlsx: the disk is full"):
        write_sheet(sheet, "xlsx", tmp_path / "log.xlsx")
    assert set(tmp_path.iterdir()) == before


def test_a_failed_replacement_keeps_the_old_file(sheet, tmp_path, monkeypatch):
    def breaks(sheet, path: Path) -> None:
        raise ValueError("writer bug")

    target = tmp_path / "log.docx"
    target.write_bytes(b"last week's log")
    monkeypatch.setitem(export.FORMATS, "docx", breaks)
    with pytest.raises(ValueError, match="writer bug"):
        write_sheet(sheet, "docx", target, force=True)
    assert target.read_bytes() == b"last week's log"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def test_bad_paths_and_formats_are_one_line_errors(sheet, tmp_path):
    with pytest.raises(ExportError, match=r"folder .*nowhere does not exist"):
        write_sheet(sheet, "csv", tmp_path / "nowhere" / "log.csv")
    with pytest.raises(ExportError, match=r"unknown export format 'pdf'; use one of docx, xlsx"):
        write_sheet(sheet, "pdf", tmp_path / "log.pdf")


def test_a_folder_gets_the_default_name(sheet, tmp_path):
    path = write_sheet(sheet, "md", tmp_path)
    assert path == tmp_path / "riverside-hwb-action-log-2024-06-01.md"
    assert path.is_file()


def test_default_export_path():
    assert default_export_path("Health & Wellbeing Board", "xlsx", date(2024, 6, 1)) == Path(
        "health-wellbeing-board-action-log-2024-06-01.xlsx"
    )


# --- the command ------------------------------------------------------------------------------


def test_clerk_export_writes_the_default_file_here(clerk, refs, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = clerk("export", "--committee", "riverside hwb", "--format", "csv")
    assert result.code == 0, result.err
    expected = f"riverside-hwb-action-log-{date.today().isoformat()}.csv"
    assert result.out.startswith(f"wrote {expected}: ")
    assert (tmp_path / expected).read_bytes().startswith(b"\xef\xbb\xbfSection,Ref")
    again = clerk("export", "--committee", "riverside hwb", "--format", "csv")
    assert (again.code, again.err) == (1, f"clerk: {expected} already exists; use --force to "
                                          "replace it\n")  # fmt: skip
    assert clerk("export", "--committee", "riverside hwb", "--format", "csv", "--force").code == 0


def test_clerk_export_takes_the_format_from_out(clerk, refs, tmp_path):
    out = tmp_path / "log.xlsx"
    result = clerk("export", "--committee", COMMITTEE, "--out", str(out))
    assert result.code == 0, result.err
    assert openpyxl.load_workbook(out).sheetnames[0] == "Outstanding actions"


def test_clerk_export_include_exempt(clerk, refs, tmp_path):
    hidden, shown = tmp_path / "public.md", tmp_path / "part2.md"
    assert clerk("export", "--committee", COMMITTEE, "--out", str(hidden)).code == 0
    assert (
        clerk("export", "--committee", COMMITTEE, "--out", str(shown), "--include-exempt").code == 0
    )
    assert SECRET not in hidden.read_text(encoding="utf-8")
    assert SECRET in shown.read_text(encoding="utf-8")


def test_clerk_export_next_meeting_heads_the_log(clerk, refs, tmp_path):
    out = tmp_path / "log.md"
    result = clerk(
        "export", "--committee", COMMITTEE, "--out", str(out), "--next-meeting", "2030-01-07"
    )
    assert result.code == 0, result.err
    assert (
        out.read_text(encoding="utf-8")
        .splitlines()[2]
        .startswith("For the meeting on 7 January 2030.")
    )


def test_a_committee_name_is_not_a_formula_in_excel(db, tmp_path):
    save_parsed(db, "minutes", ParsedMinutes(meeting=Meeting("=1+2", date(2024, 3, 1))))
    sheet = build_sheet(db, "=1+2", today=TODAY)
    ws = openpyxl.load_workbook(write_sheet(sheet, "xlsx", tmp_path / "x.xlsx")).worksheets[0]
    assert ws["A1"].value.startswith("'=1+2: Action log. As at 1 June 2024.")
    assert ws["A1"].data_type == "s"


def test_clerk_export_unknown_committee(clerk, refs):
    result = clerk("export", "--committee", "Planning", "--out", "x.md")
    assert result.code == 1
    assert result.err.startswith("clerk: there is no committee called 'Planning'")


def _fill(cell) -> str | None:
    shading = cell._tc.tcPr.find(qn("w:shd"))
    return None if shading is None else shading.get(qn("w:fill"))


def _all_text(document) -> str:
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)
