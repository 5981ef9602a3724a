"""A minutes file comes in one way: `services.imports.file_request` reads it (through
`clerk_tui.ingest`) for `clerk import`, the paste screen's ctrl+o and the samples. Bad files
are one line and change nothing."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from clerk_tui.core.source import InputError
from clerk_tui.services import imports
from tests.conftest import MINUTES


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files the import service read (it still reads them)."""
    seen: list[str] = []
    real = imports.read_file

    def recording(path: str | Path):  # type: ignore[no-untyped-def]
        seen.append(Path(path).name)
        return real(path)

    monkeypatch.setattr(imports, "read_file", recording)
    return seen


def test_file_request_carries_the_text_name_hash_and_the_clerks_fields(tmp_path: Path) -> None:
    path = tmp_path / "hwb.txt"
    path.write_text(MINUTES, encoding="utf-8")
    request = imports.file_request(path, committee="Riverside HWB", force=True)
    assert (request.text, request.source, request.committee, request.force) == (
        MINUTES,
        "hwb.txt",
        "Riverside HWB",
        True,
    )
    assert request.source_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    piped = imports.file_request("standard input", MINUTES.encode())
    assert (piped.text, piped.source) == (MINUTES, "standard input")
    with pytest.raises(InputError, match=r"^scan\.docx is damaged \(a broken Word or zip file\)$"):
        imports.file_request("scan.docx", b"PK\x03\x04 not a zip")


def test_clerk_import_reads_files_through_the_import_service(clerk, tmp_path, reads) -> None:
    good = tmp_path / "good.txt"
    good.write_text(MINUTES, encoding="utf-8")
    damaged = tmp_path / "damaged.docx"
    damaged.write_bytes(b"PK\x03\x04" + b"\0" * 40)
    run = clerk("import", str(damaged), str(good))
    assert reads == ["damaged.docx", "good.txt"]
    assert run.code == 1
    assert run.err == "clerk: damaged.docx is damaged (a broken Word or zip file)\n"
    assert "good.txt: stored meeting 1" in run.out
    [meeting] = json.loads(clerk("meetings", "--json").out)
    assert meeting["source"] == "good.txt"


def test_clerk_import_stores_and_says_which_parser_rule_failed(
    clerk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from clerk_tui.core.parse.actions import agreements
    from tests.test_parser import FAULT_TEXT, _Broken

    monkeypatch.setattr(agreements, "_P_AGREED", _Broken())
    minutes = tmp_path / "budget.txt"
    minutes.write_text(FAULT_TEXT, encoding="utf-8")
    run = clerk("import", "--committee", "Finance Panel", "--date", "2025-03-04", str(minutes))
    assert run.code == 0
    assert "budget.txt: stored meeting 1" in run.out
    [line] = run.err.splitlines()
    assert line.startswith(
        f"clerk: {minutes}: parser rule actions.agreements.agreed_to failed "
        "(RuntimeError: broken on "
    )
    actions = json.loads(clerk("actions", "--json").out)
    assert [a["owner"] for a in actions] == ["Mark Ellis"]  # the other rules' finds are stored
