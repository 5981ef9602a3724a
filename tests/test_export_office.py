"""The Word and Excel action logs as a clerk circulates them: printed to PDF by LibreOffice
(skipped where it is not installed) and read back, every heading and status is whole, the
Word table repeats its header row on each landscape page, and the Excel sheet prints one
page wide in landscape with no action text cut off by a short row."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pdfplumber
import pytest

from clerk_tui.core.model import Action, Item, Meeting, ParsedMinutes
from clerk_tui.export import write_sheet
from clerk_tui.export.table import sections
from clerk_tui.store.actions import add_note, set_due, set_status
from clerk_tui.store.meetings import save_parsed
from clerk_tui.store.sheet import Sheet, build_sheet

COMMITTEE = "Riverside Integrated Care Partnership Board"
TASKS = [
    "Confirm the number of step-down beds commissioned for the winter and circulate the "
    "figures to members of the Board",
    "Bring a costed proposal for the expansion of the virtual ward to the September meeting",
    "Write to the ambulance trust about handover delays at the emergency department",
    "Circulate the dashboard",
]
OWNERS = ["The Director of Public Health", "Councillor Amanda Lloyd-Harris", "SB/JG", "NK"]


@pytest.fixture(scope="module")
def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
    return found


@pytest.fixture
def sheet(db) -> Sheet:
    """Forty actions over four meetings: long and short texts, revised dues, updates,
    every status; enough for the tables to run over several pages."""
    for month in (1, 2, 3, 4):
        actions = [
            Action(TASKS[n % 4], OWNERS[n % 4], date(2024, month + n % 3 + 1, 28), None, 0, 0, 1)
            for n in range(10)
        ]
        actions[3] = Action(TASKS[3], "NK", None, "in the 2024-25 municipal year", 0, 0, 1)
        parsed = ParsedMinutes(
            meeting=Meeting(COMMITTEE, date(2024, month, 11)),
            items=[Item(f"ICP 24/{month}1", "Winter plan and discharge", 0, 1)],
            actions=actions,
        )
        save_parsed(db, f"minutes {month}", parsed)
    ids = [row[0] for row in db.execute("SELECT id FROM actions ORDER BY id")]
    for n, action_id in enumerate(ids):
        if n % 5 == 1:
            set_due(db, action_id, date(2024, 11, 30), note="Re-dated at the trust's request")
        if n % 7 == 2:
            set_status(db, action_id, "at_risk")
            add_note(db, action_id, "Waiting for the ICB's figures; the Chair asked for them by "
                     "the end of the month, with a breakdown by ward")  # fmt: skip
        if n % 11 == 4:
            set_status(db, action_id, "done", "Sent to members")
    save_parsed(db, "agenda", ParsedMinutes(meeting=Meeting(COMMITTEE, date(2024, 6, 20))))
    return build_sheet(db, COMMITTEE, today=date(2024, 6, 1))


def printed(soffice: str, document: Path) -> list[tuple[float, float, list[str]]]:
    """LibreOffice's PDF of `document`: each page's width, height and words."""
    out = document.parent / "pdf"
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{document.parent}/profile", "--headless",
         "--convert-to", "pdf", "--outdir", str(out), str(document)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    with pdfplumber.open(out / f"{document.stem}.pdf") as pdf:
        return [
            (page.width, page.height, [w["text"] for w in page.extract_words()])
            for page in pdf.pages
        ]


def _whole(words: list[str], text: str) -> bool:
    """Every word of `text` is a whole word on the page (no 'Meetin' + 'g')."""
    return all(word in words for word in text.split())


def test_word_log_in_libreoffice(soffice, sheet, tmp_path):
    pages = printed(soffice, write_sheet(sheet, "docx", tmp_path / "log.docx"))
    assert len(pages) >= 2
    assert all(width > height for width, height, _ in pages), "every page is landscape"
    words = [w for _, _, page in pages for w in page]
    for section in sections(sheet):
        for header in section.headers if section.rows else ():
            assert _whole(words, header), header
    for status in {row[7] for row in sections(sheet)[0].rows} | {"Not yet due", "Overdue"}:
        assert _whole(words, str(status)), status
    outstanding = sections(sheet)[0]
    table_pages = [page for _, _, page in pages if outstanding.rows[-1][3].split()[0] in page]
    for page in [p for _, _, p in pages][: len(table_pages)]:
        assert "Ref" in page and "Latest" in page, "the header row repeats on every page"


def test_excel_log_in_libreoffice(soffice, sheet, tmp_path):
    pages = printed(soffice, write_sheet(sheet, "xlsx", tmp_path / "log.xlsx"))
    assert all(width > height for width, height, _ in pages), "every page is landscape"
    assert all(round(width) == 842 for width, _, _ in pages), "A4"
    tables = sections(sheet)
    outstanding = tables[0]
    assert len(pages) > len(tables), "the outstanding actions run over several pages"
    for _, _, page in pages:
        # One page wide, header row repeated: each page has a whole row of headings.
        assert any(all(_whole(page, h) for h in t.headers) for t in tables), page[:30]
    words = [w for _, _, page in pages for w in page]
    for header in outstanding.headers:
        assert _whole(words, header), header
    for row in outstanding.rows:
        for cell in (row[3], row[4], row[9]):  # action, owner, update: not cut off
            assert _whole(words, str(cell or "")), cell


# --- the layout itself, without an office suite ---------------------------------------


def test_columns_fit_their_longest_word_and_short_values_stay_on_one_line():
    from clerk_tui.export.layout import column_widths, line_count, longest_word, text_width

    headers = ("Ref", "Meeting", "Action", "Revised due", "Status")
    rows = [
        ("1", "12 Mar 2024", " ".join(TASKS), "30 Nov 2024", "Not yet due"),
        ("22", "1 May 2024", "Circulate", "", "Overdue"),
    ]
    widths = column_widths(headers, rows, (5, 10, 40, 10, 10), (1, 1, 0, 1, 1), 500, 9, 10)
    assert round(sum(widths)) == 500
    for index, header in enumerate(headers):
        assert widths[index] - 10 >= longest_word(header, 9, bold=True)
    assert widths[1] - 10 >= text_width("12 Mar 2024", 9)
    assert widths[4] - 10 >= text_width("Not yet due", 9)
    assert widths[2] == max(widths), "the running text takes the room left"
    assert line_count("Circulate the dashboard", 1000, 10) == 1
    assert line_count("Circulate the dashboard", text_width("Circulate the", 10), 10) == 2
    assert line_count("one\ntwo", 1000, 10) == 2


def test_excel_rows_are_as_tall_as_their_wrapped_text(sheet, tmp_path):
    import openpyxl

    workbook = openpyxl.load_workbook(write_sheet(sheet, "xlsx", tmp_path / "log.xlsx"))
    outstanding = workbook["Outstanding actions"]
    assert outstanding.page_setup.orientation == "landscape"
    assert outstanding.page_setup.paperSize == 9  # A4
    assert outstanding.page_setup.fitToWidth == 1 and outstanding.page_setup.fitToHeight == 0
    assert outstanding.freeze_panes == "A3" and outstanding.auto_filter.ref.startswith("A2:")
    assert outstanding.print_title_rows == "$2:$2"
    rows = list(outstanding.iter_rows(min_row=3))
    short = [r for r in rows if r[3].value == TASKS[3] and not isinstance(r[5].value, str)]
    long = [r for r in rows if r[3].value == TASKS[0]]
    assert short and long
    for row in short:
        assert outstanding.row_dimensions[row[0].row].height is None, "one line: as it is"
    for row in long:
        assert outstanding.row_dimensions[row[0].row].height >= 3 * 12.75, "three lines"
    assert all(c.alignment.wrap_text for c in outstanding[3])
