"""Real files: each sample's minutes made into a Word document and a PDF (with running
header, page numbers, ruled tables and wrapped paragraphs), imported with `clerk import`,
give the same meeting, actions, owners, due dates, decisions and follow-ups as the text."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from clerk_tui import cli
from tests.documents import to_docx, to_pdf

SAMPLES = sorted((Path(__file__).resolve().parents[1] / "sample_minutes").glob("*.txt"))
TABLE_SAMPLES = [p for p in SAMPLES if "\t" in p.read_text() or " | " in p.read_text()]


GIVEN = ["--committee", "Board", "--date", "2023-06-01"]
"""What the clerk gives for a sample that names no committee or date (a report, a fragment)."""


def imported(path: Path, db: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    """What `clerk import` stored from one file (with `GIVEN` when it names no committee or
    date): the meeting and its actions."""
    code = cli.main(["--db", str(db), "import", str(path)])
    if code and "the minutes name no" in capsys.readouterr().err:
        code = cli.main(["--db", str(db), "import", *GIVEN, str(path)])
    assert code == 0, capsys.readouterr().err
    capsys.readouterr()
    cli.main(["--db", str(db), "meetings", "--json"])
    [meeting] = json.loads(capsys.readouterr().out)
    cli.main(["--db", str(db), "actions", "--status", "all", "--json"])
    actions = json.loads(capsys.readouterr().out)
    cli.main(["--db", str(db), "follow-ups", "--json"])
    follow_ups = json.loads(capsys.readouterr().out)
    return {
        "meeting": (meeting["committee"], meeting["date"]),
        "actions": sorted(
            (" ".join(a["text"].split()), a["owner"], a["due"], a["due_text"]) for a in actions
        ),
        "follow_ups": sorted((" ".join(f["text"].split()), f["due"]) for f in follow_ups),
    }


def test_the_samples_include_action_tables() -> None:
    assert len(SAMPLES) >= 5 and len(TABLE_SAMPLES) >= 4


@pytest.mark.parametrize("convert", [to_docx, to_pdf], ids=["docx", "pdf"])
@pytest.mark.parametrize("sample", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_word_and_pdf_minutes_import_as_their_text_does(sample, convert, tmp_path, capsys):
    expected = imported(sample, tmp_path / "text.db", capsys)
    document = convert(sample.read_text(encoding="utf-8"), tmp_path / sample.stem)
    assert imported(document, tmp_path / "document.db", capsys) == expected


@pytest.fixture(scope="module")
def office_pdfs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Word versions of the table samples printed to PDF by LibreOffice, as a clerk's
    Word would: real embedded fonts, Word's table layout."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
    folder = tmp_path_factory.mktemp("office")
    documents = [
        str(to_docx(p.read_text(encoding="utf-8"), folder / f"{p.stem}.docx"))
        for p in TABLE_SAMPLES
    ]
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{folder}/profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            *documents,
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    return folder


@pytest.mark.parametrize("sample", TABLE_SAMPLES, ids=[p.stem for p in TABLE_SAMPLES])
def test_pdf_printed_from_word_imports_as_its_text_does(sample, office_pdfs, tmp_path, capsys):
    expected = imported(sample, tmp_path / "text.db", capsys)
    assert imported(office_pdfs / f"{sample.stem}.pdf", tmp_path / "pdf.db", capsys) == expected


def _pdf(**options) -> bytes:  # type: ignore[no-untyped-def]
    import io

    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, **options)
    page.rect(72, 72, 300, 300, fill=1)  # a picture, no text: what a scanner makes
    page.showPage()
    page.save()
    return out.getvalue()


def test_clerk_import_keeps_the_files_name_and_hash_and_refuses_bad_files(tmp_path, capsys):
    import hashlib

    db = tmp_path / "clerk.db"
    text = SAMPLES[0].read_text(encoding="utf-8")
    word = to_docx(text, tmp_path / "minutes")
    pdf = to_pdf(text, tmp_path / "minutes")
    bad = {
        "damaged.docx": word.read_bytes()[:3000],
        "locked.pdf": _pdf(encrypt="secret"),
        "scan.pdf": _pdf(),
        "empty.pdf": b"",
    }

    def run(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--db", str(db), *args])
        out, err = capsys.readouterr()
        return code, out, err

    assert run("import", str(word))[0] == 0
    code, _, err = run("import", str(word))
    assert code == 1 and "already stored as meeting 1" in err
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
        code, _, err = run("import", str(tmp_path / name))
        assert code == 1 and err.startswith(f"clerk: {name} ") and err.count("\n") == 1, err
    [meeting] = json.loads(run("meetings", "--json")[1])
    assert meeting["source"] == "minutes.docx"
    assert meeting["source_sha256"] == hashlib.sha256(word.read_bytes()).hexdigest()
    # The same minutes as a PDF update that meeting, which now names the PDF.
    assert run("import", str(pdf))[0] == 0
    [meeting] = json.loads(run("meetings", "--json")[1])
    assert meeting["source"] == "minutes.pdf"
    assert meeting["source_sha256"] == hashlib.sha256(pdf.read_bytes()).hexdigest()
