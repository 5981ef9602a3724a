"""Readers of minutes files (clerk_tui.ingest): each format's text exactly, and one clear
line for every file that cannot be minutes."""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from pathlib import Path

import pytest

from clerk_tui.core.source import InputError
from clerk_tui.ingest import read_bytes, read_file, sniff

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# --- Word ------------------------------------------------------------------------------


def _numbering(document, levels: list[tuple[str, str, int]]) -> str:  # type: ignore[no-untyped-def]
    """Add a list definition (numFmt, lvlText, start per level) and return its numId."""
    from docx.oxml import parse_xml

    root = document.part.numbering_part.element
    abstract_id = str(100 + len(root.findall(f"{{{W_NS}}}abstractNum")))
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text, start) in enumerate(levels)
    )
    abstract = parse_xml(
        f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{abstract_id}">{lvls}</w:abstractNum>'
    )
    root.insert(0, abstract)  # abstract definitions come before the w:num elements
    num = parse_xml(
        f'<w:num xmlns:w="{W_NS}" w:numId="{abstract_id}">'
        f'<w:abstractNumId w:val="{abstract_id}"/></w:num>'
    )
    root.append(num)
    return abstract_id


def _numbered(document, text: str, num_id: str, level: int = 0):  # type: ignore[no-untyped-def]
    from docx.oxml import parse_xml

    paragraph = document.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(
        parse_xml(
            f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{level}"/>'
            f'<w:numId w:val="{num_id}"/></w:numPr>'
        )
    )
    return paragraph


def _docx_bytes(document) -> bytes:  # type: ignore[no-untyped-def]
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_word_list_numbers_as_word_shows_them() -> None:
    import docx

    document = docx.Document()
    minutes = _numbering(
        document, [("decimal", "%1.", 13), ("decimal", "%1.%2", 1), ("lowerLetter", "(%3)", 1)]
    )
    _numbered(document, "Winter plan", minutes)
    _numbered(document, "The Board discussed the plan.", minutes, 1)
    _numbered(document, "It was agreed:", minutes, 1)
    _numbered(document, "to fund the beds;", minutes, 2)
    _numbered(document, "to report back in March.", minutes, 2)
    _numbered(document, "Primary care", minutes)
    _numbered(document, "Noted.", minutes, 1)
    document.add_paragraph("Members were reminded of:", style="Normal")
    document.add_paragraph("the training day", style="List Bullet")
    document.add_paragraph("First numbered by its style", style="List Number")
    document.add_paragraph("Second numbered by its style", style="List Number")

    text = read_bytes(_docx_bytes(document), "minutes.docx").text

    assert text.splitlines() == [
        "13. Winter plan",
        "13.1 The Board discussed the plan.",
        "13.2 It was agreed:",
        "(a) to fund the beds;",
        "(b) to report back in March.",
        "14. Primary care",
        "14.1 Noted.",
        "Members were reminded of:",
        "• the training day",
        "1. First numbered by its style",
        "2. Second numbered by its style",
    ]


def test_word_tables_are_tab_rows_and_headers_footers_comments_are_left_out() -> None:
    import docx

    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "DRAFT - not for publication"
    section.footer.paragraphs[0].text = "Page 1 of 3"
    paragraph = document.add_paragraph("The Board noted the action log.")
    document.add_comment(paragraph.runs, text="Check this with the Chair", author="Clerk")
    table = document.add_table(rows=3, cols=4)
    for row, values in zip(
        table.rows,
        [
            ("Ref", "Action", "Owner", "Due"),
            ("23/43", "Confirm the number of\nstep-down beds", "NK", "31/08/2023"),
            ("23/44", "Brief ward councillors", "AB", ""),
        ],
        strict=True,
    ):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    merged = document.add_table(rows=2, cols=3)
    merged.cell(0, 0).merge(merged.cell(0, 1)).text = "Spanning two columns"
    merged.cell(0, 2).text = "Third"
    merged.cell(1, 0).text = "a"

    text = read_bytes(_docx_bytes(document), "minutes.docx").text

    assert text.splitlines() == [
        "The Board noted the action log.",
        "Ref\tAction\tOwner\tDue",
        "23/43\tConfirm the number of step-down beds\tNK\t31/08/2023",
        "23/44\tBrief ward councillors\tAB",
        "Spanning two columns\tThird",
        "a",
    ]
    assert "DRAFT" not in text and "Page" not in text and "Chair" not in text


def test_word_tracked_changes_read_as_accepted_and_hidden_text_is_left_out() -> None:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    paragraph = document.add_paragraph("SB to report ")
    author = 'w:id="1" w:author="Clerk" w:date="2024-03-12T10:00:00Z"'
    paragraph._p.append(
        parse_xml(
            f'<w:del xmlns:w="{W_NS}" {author}><w:r><w:delText>in June</w:delText></w:r></w:del>'
        )
    )
    paragraph._p.append(
        parse_xml(f'<w:ins xmlns:w="{W_NS}" {author}><w:r><w:t>by 30 September</w:t></w:r></w:ins>')
    )
    paragraph.add_run(".")
    hidden = paragraph.add_run(" (internal note)")
    hidden.font.hidden = True
    gone = document.add_paragraph()
    gone._p.append(
        parse_xml(
            f'<w:del xmlns:w="{W_NS}" {author}><w:r><w:delText>A deleted paragraph.</w:delText>'
            "</w:r></w:del>"
        )
    )
    gone._p.get_or_add_pPr().append(parse_xml(f'<w:rPr xmlns:w="{W_NS}"><w:del {author}/></w:rPr>'))
    document.add_paragraph("RESOLVED: that the report be noted.")

    text = read_bytes(_docx_bytes(document), "minutes.docx").text

    assert text.splitlines() == [
        "SB to report by 30 September.",
        "RESOLVED: that the report be noted.",
    ]


def test_word_files_that_cannot_be_read_say_why_in_one_line(tmp_path: Path) -> None:
    import docx

    good = _docx_bytes(_with_text(docx.Document()))
    cases = {
        "empty.docx": b"",
        "truncated.docx": good[: len(good) // 2],
        "no-body.docx": _zip({"word/document.xml": "<not xml"}),
        "blank.docx": _docx_bytes(docx.Document()),
        "locked.docx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\0" * 512
        + "EncryptedPackage".encode("utf-16-le"),
        "old.doc": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512,
        "log.xlsx": _zip({"xl/workbook.xml": "<workbook/>"}),
    }
    expected = {
        "empty.docx": "empty.docx is empty",
        "truncated.docx": "truncated.docx is damaged",
        "no-body.docx": "no-body.docx is damaged or not a Word document",
        "blank.docx": "blank.docx has no text",
        "locked.docx": "locked.docx is password-protected",
        "old.doc": "old.doc is an old Word or Excel file",
        "log.xlsx": "log.xlsx is an Excel workbook",
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        with pytest.raises(InputError) as raised:
            read_file(tmp_path / name)
        message = str(raised.value)
        assert message.startswith(expected[name]), message
        assert "\n" not in message


def _with_text(document):  # type: ignore[no-untyped-def]
    document.add_paragraph("Minutes of the meeting")
    return document


def _zip(files: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return out.getvalue()


# --- PDF -------------------------------------------------------------------------------


def _pdf(pages: list[list[str]], **canvas_options) -> bytes:  # type: ignore[no-untyped-def]
    """A PDF with a running header and page-number footer on every page, and the given
    lines (12pt, 15pt apart, a blank string skipping a line) as each page's body."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, **canvas_options)
    for number, lines in enumerate(pages, start=1):
        pdf.setFont("Helvetica", 9)
        pdf.drawString(72, A4[1] - 40, "Riverside Health and Wellbeing Board - 12 March 2024")
        pdf.drawCentredString(A4[0] / 2, 30, f"Page {number} of {len(pages)}")
        pdf.setFont("Helvetica", 12)
        y = A4[1] - 100
        for line in lines:
            pdf.drawString(72, y, line)
            y -= 15
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def _wrapped(text: str, width: float = 310) -> list[str]:
    """Lines of at most `width` points of 12pt Helvetica, as a word processor wraps a
    paragraph: a word breaks only after a hyphen or at a soft hyphen (shown as '-')."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def fits(line: str) -> bool:
        return stringWidth(line, "Helvetica", 12) <= width

    lines = [""]
    for word in text.split():
        if fits(f"{lines[-1]} {word}".strip().replace("\u00ad", "")):
            lines[-1] = f"{lines[-1]} {word}".strip()
            continue
        pieces = re.split(r"(?<=-)|\u00ad", word)
        for cut in range(len(pieces) - 1, 0, -1):
            head = "".join(pieces[:cut]).rstrip("-") + "-"
            if fits(f"{lines[-1]} {head}"):
                lines[-1] += f" {head}"
                lines.append("".join(pieces[cut:]))
                break
        else:
            lines.append(word)
    return [line.replace("\u00ad", "") for line in lines]


def test_pdf_reading_order_without_running_text_and_with_hyphenation_joined() -> None:
    first = (
        "The Board considered the carers strategy and the work of the carers group, and "
        "thanked the group for its recom\u00admendations. Tom Whitley agreed to bring the "
        "draft strategy back to the Board in September."
    )
    second = (
        "Dr Natarajan said that the pharmacy needs of Stoke-on-Trent and the mid-year review "
        "would go to the Board's well-being subgroup, which would report to the Board in the "
        "spring."
    )
    first_lines, second_lines = _wrapped(first), _wrapped(second)
    assert any(line.endswith("recom-") for line in first_lines)
    assert any(line.endswith("Stoke-on-") for line in second_lines)
    data = _pdf(
        [
            ["Minutes of the Health and Wellbeing Board", "", "5. Carers strategy", *first_lines],
            ["6. Pharmacy needs assessment", *second_lines[:2]],
            second_lines[2:],  # the paragraph goes on over the page break
        ]
    )

    text = read_bytes(data, "minutes.pdf").text

    assert text.splitlines() == [
        "Minutes of the Health and Wellbeing Board",
        "5. Carers strategy",
        first.replace("\u00ad", ""),
        "6. Pharmacy needs assessment",
        second,
    ]


def test_pdf_ruled_table_rows_are_tab_rows_with_the_repeated_header_row_dropped() -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    style = getSampleStyleSheet()["BodyText"]
    rows = [["Ref", "Action", "Owner", "Due"]] + [
        [
            f"24/{n:03d}",
            Paragraph(f"Circulate the revised figures for scheme {n} to members", style),
            "HL",
            "31/01/2025",
        ]
        for n in range(1, 41)
    ]
    table = Table(rows, colWidths=[60, 260, 60, 80], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build([Paragraph("Action log", style), table])

    lines = read_bytes(out.getvalue(), "log.pdf").text.splitlines()

    assert lines[0] == "Action log"
    assert lines[1] == "Ref\tAction\tOwner\tDue"
    assert (
        lines[2] == "24/001\tCirculate the revised figures for scheme 1 to members\tHL\t31/01/2025"
    )
    assert (
        lines[-1]
        == "24/040\tCirculate the revised figures for scheme 40 to members\tHL\t31/01/2025"
    )
    assert len(lines) == 42  # the header row once, though the table runs over two pages


def test_pdf_files_that_cannot_be_read_say_why_in_one_line() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    scan = io.BytesIO()
    page = canvas.Canvas(scan, pagesize=A4)
    page.rect(72, 72, 400, 600, fill=1)  # a picture of a page: marks but no text
    page.showPage()
    page.save()
    good = _pdf([["Minutes"]])
    cases = {
        "scan.pdf": (scan.getvalue(), "scan.pdf has no text layer (a scanned document?)"),
        "locked.pdf": (_pdf([["Minutes"]], encrypt="secret"), "locked.pdf is password-protected"),
        "damaged.pdf": (good[:200], "damaged.pdf is damaged or not a PDF"),
    }
    for name, (data, expected) in cases.items():
        with pytest.raises(InputError) as raised:
            read_bytes(data, name)
        assert str(raised.value).startswith(expected), str(raised.value)
        assert "\n" not in str(raised.value)


def test_pdf_protected_only_against_editing_still_reads() -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption

    lines = ["Minutes of the Cabinet", "held on Thursday 19 October 2023 at 7.00pm"]
    locked_for_editing = StandardEncryption("", ownerPassword="owner", canModify=0)
    text = read_bytes(_pdf([lines], encrypt=locked_for_editing), "x.pdf").text
    assert text.splitlines() == lines


# --- web pages and Markdown ------------------------------------------------------------

MODERNGOV_PAGE = """<!DOCTYPE html>
<html><head><title>Minutes - Riverside Council</title><script>var x = 1;</script>
<style>.mgContent { color: red }</style></head>
<body>
<a class="skip-link" href="#modgov">Skip to content</a>
<header class="site-header"><img alt="Riverside Council logo"> Riverside Council</header>
<nav id="main-nav"><ul><li>Home</li><li>Councillors</li><li>Meetings</li></ul></nav>
<div id="breadcrumb">Home &gt; Meetings &gt; Health and Wellbeing Board</div>
<div id="modgov"><div class="mgContent">
<h1 class="mgMainTitleTxt">Minutes: Riverside Health and Wellbeing Board</h1>
<p>Venue: Council Chamber, Riverside House</p>
<table class="mgItemTable">
<tr><td class="mgItemNumberCell"><p>12.</p></td>
<td><h2 class="mgSubItemTitleTxt">Carers strategy</h2>
<p>The Board considered the draft strategy.</p>
<p>Tom Whitley would bring it back to the Board in <b>September</b>.</p></td></tr>
</table>
<p>Actions:</p>
<table class="mgStatsTable">
<tr><th>Ref</th><th>Action</th><th>Owner</th><th>Due</th></tr>
<tr><td>12a</td><td>Circulate the   strategy</td><td>TW</td><td>30/09/2024</td></tr>
</table>
<ol start="13"><li>Any other business</li><li>Date of next meeting</li></ol>
<ul><li>Members noted the update.</li></ul>
<div style="display: none">Hidden text</div>
</div></div>
<footer>Riverside Council, Riverside House. Cookies | Accessibility</footer>
</body></html>"""


def test_moderngov_page_gives_the_minutes_with_tables_and_without_navigation() -> None:
    text = read_bytes(MODERNGOV_PAGE.encode("utf-8"), "Minutes.htm").text
    lines = [line for line in text.splitlines() if line]
    assert lines == [
        "Minutes: Riverside Health and Wellbeing Board",
        "Venue: Council Chamber, Riverside House",
        "12. Carers strategy",
        "The Board considered the draft strategy.",
        "Tom Whitley would bring it back to the Board in September.",
        "Actions:",
        "Ref\tAction\tOwner\tDue",
        "12a\tCirculate the strategy\tTW\t30/09/2024",
        "13. Any other business",
        "14. Date of next meeting",
        "• Members noted the update.",
    ]


def test_moderngov_item_table_reads_number_title_and_minutes_in_order() -> None:
    page = """<html><body><div id="modgov"><table class="mgItemTable">
    <tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">4.</p></td>
    <td><p class="mgAiTitleTxt">Pimlico District Heating</p>
    <ul class="mgActionList"><li><a href="x">View the decision for item 4.</a></li></ul>
    <div class="mgWordPara">To consider additional expenditure.</div>
    <p class="mgSubItemTitleTxt">Minutes:</p>
    <div class="mgWordPara"><p>The Cabinet Member for Housing would report back in June.</p>
    <p>RESOLVED: that the expenditure be approved.</p></div></td></tr>
    </table></div></body></html>"""
    assert read_bytes(page.encode(), "item.html").text.splitlines() == [
        "4. Pimlico District Heating",
        "To consider additional expenditure.",
        "Minutes:",
        "The Cabinet Member for Housing would report back in June.",
        "RESOLVED: that the expenditure be approved.",
    ]


def test_page_saved_as_a_single_file_reads_its_html_part() -> None:
    from email.message import EmailMessage

    archive = EmailMessage()
    archive["MIME-Version"] = "1.0"
    archive.set_content(MODERNGOV_PAGE, subtype="html")
    text = read_bytes(archive.as_bytes(), "Minutes.mhtml").text
    assert "12. Carers strategy" in text and "Councillors" not in text


def test_markdown_minutes_read_as_plain_text_with_tables_as_tab_rows() -> None:
    source = (
        "# Minutes of the Riverside Cabinet\n\n"
        "## 5. Budget\n\n"
        "**RESOLVED:** that the budget be *approved*.\n\n"
        "| Ref | Action | Owner |\n|---|---|---|\n"
        "| 5a | Publish the [budget](http://x) | Finance |\n\n"
        "- Members thanked officers.\n"
    )
    text = read_bytes(source.encode("utf-8"), "cabinet.md").text
    assert [line for line in text.splitlines() if line] == [
        "Minutes of the Riverside Cabinet",
        "5. Budget",
        "RESOLVED: that the budget be approved.",
        "Ref\tAction\tOwner",
        "5a\tPublish the budget\tFinance",
        "• Members thanked officers.",
    ]


# --- the dispatcher --------------------------------------------------------------------


def test_text_files_are_kept_exactly_as_read_so_offsets_agree(tmp_path: Path) -> None:
    raw = "Minutes  \r\nof the   meeting\u00a0\n\n\n\nRESOLVED\n"
    path = tmp_path / "minutes.txt"
    path.write_bytes(raw.encode("utf-8"))
    document = read_file(path)
    assert document.text == path.read_text(encoding="utf-8")
    assert document.kind == "txt" and document.name == "minutes.txt"
    assert document.sha256 == hashlib.sha256(raw.encode("utf-8")).hexdigest()


def test_format_is_told_by_content_before_name() -> None:
    assert sniff(_pdf([["x"]]), "minutes.txt") == "pdf"
    assert sniff(b"<!DOCTYPE html><p>x</p>", "minutes") == "html"
    assert sniff(b"# Minutes", "minutes.md") == "md"
    assert sniff(b"Minutes", "minutes.TXT") == "txt"
    with pytest.raises(InputError, match="Rich Text"):
        sniff(b"{\\rtf1 Minutes}", "minutes.rtf")


def test_missing_file_and_folder_say_so(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_file(tmp_path / "nope.docx")
    with pytest.raises(InputError, match="is a folder"):
        read_file(tmp_path)
