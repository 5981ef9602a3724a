"""Fixtures shared by the store and CLI tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from clerk_tui import cli
from clerk_tui.core.parse import parse_strict
from clerk_tui.core.reconcile import OpenAction, reconcile
from clerk_tui.services.imports import ImportRequest, import_minutes
from clerk_tui.store import open_db

MINUTES = """\
Minutes of the meeting of the Riverside Health and Wellbeing Board held on Tuesday 12 March 2024

1. Apologies for absence
Apologies were received from Councillor Mary Okafor.

2. Joint Strategic Needs Assessment
The Board received the annual refresh of the needs assessment.
Dr Priya Natarajan agreed to circulate the summary to all members by 28 June.
ACTION: Dr Priya Natarajan

RESOLVED: That the report be noted.

3. Carers strategy
Tom Whitley said he would bring the draft carers strategy back to the Board in September.
"""


CHASER_COMMITTEE = "Riverside Parish Council"
CHASER_DIRECTORY = """\
name,role,organisation,aliases,email
Dr Helen Marsh,Councillor,Riverside Parish Council,,helen.marsh@riverside.example
Priya Shah,Chair,Riverside Parish Council,,priya.shah@riverside.example
Parish Clerk,Parish Clerk,Riverside Parish Council,the Parish Clerk,clerk@riverside.example
"""
"""The directory chasers are addressed from (a person, a chair, a role), for the CLI and
the app's tests."""


def import_text(db, text: str, **request):
    """Parse and store minutes as `clerk import` does (`services.imports.import_minutes`)."""
    return import_minutes(db, ImportRequest(text, **request))


@dataclass
class Run:
    code: int
    out: str
    err: str


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "clerk.db"


@pytest.fixture
def db(db_path: Path):
    database = open_db(db_path)
    yield database
    database.close()


@pytest.fixture
def minutes_file(tmp_path: Path) -> Path:
    path = tmp_path / "hwb-2024-03-12.txt"
    path.write_text(MINUTES, encoding="utf-8")
    return path


@pytest.fixture
def clerk(db_path: Path, capsys: pytest.CaptureFixture[str]):
    """Run `clerk --db <tmp db> ARGS...` in-process; returns exit code and output."""

    def run(*args: str) -> Run:
        try:
            code = cli.main(["--db", str(db_path), *args])
        except SystemExit as exc:  # argparse errors
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


def owned_actions(text: str, **options: object) -> list[tuple[str | None, str]]:
    """The (owner, task) pairs the strict parser finds in TEXT, in order."""
    return [(a.owner, a.text) for a in parse_strict(text, **options).actions]  # type: ignore[arg-type]


def reconcile_kinds(report: str, *actions: str) -> list[tuple[int, str]]:
    """(action number, kind) of each proposal `report` makes, on 12 November 2024, for
    `actions` ("text | owner") of the meeting of 8 October."""
    open_ = [
        OpenAction(number, *(a.split(" | ") if " | " in a else (a, None)), date(2024, 10, 8))
        for number, a in enumerate(actions, 1)
    ]
    return [(p.action_id, p.kind) for p in reconcile(report, open_, date(2024, 11, 12))]


PARISH_HEAD = (
    "Riverside Parish Council\n"
    "Minutes of the meeting held on 3 March 2026\n\n"
    "Present: Cllr Ann Barlow (Chair), Cllr Tom Hale, Cllr Priya Shah, Mrs Jane Cole (Clerk)\n\n"
)
