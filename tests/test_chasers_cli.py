"""Chasers and exports that go out unedited: addressed from the directory, greeted as a
person, a role or a body would expect, signed with the clerk's settings, with no words from
inside the app; through the CLI, each .eml parsed back with the email package."""

from __future__ import annotations

import csv
import email
import email.policy
import json
from pathlib import Path

import pytest

from clerk_tui.store import open_db
from clerk_tui.store.actions import record_event
from clerk_tui.store.people import add_person, confirm_mention, review_queue
from tests.conftest import CHASER_COMMITTEE as COMMITTEE
from tests.conftest import CHASER_DIRECTORY as DIRECTORY

MINUTES = """\
Minutes of the meeting of Riverside Parish Council held on Tuesday 14 May 2024

Present: Councillor Priya Shah (Chair), Dr Helen Marsh, Councillor Paul Brown (PB)

1. Play area
Dr Helen Marsh to obtain a quotation for replacing the swing seats by 30 June 2024.
Priya Shah to write to the school about the summer fair by 21 June 2024.
The Parish Clerk to report the potholes on Mill Lane to County Highways by 7 June 2024.
The Parish Council to review the grass cutting contract by 31 July 2024.
PB to order two replacement goal nets by 14 June 2024.

2. Next meeting
The play area inspection report to come back to the next meeting.
"""


@pytest.fixture
def parish(clerk, tmp_path: Path):
    """The directory (with emails) and the minutes stored, the clerk's details set."""
    (tmp_path / "people.csv").write_text(DIRECTORY, encoding="utf-8")
    (tmp_path / "minutes.txt").write_text(MINUTES, encoding="utf-8")
    assert clerk("people", "import", str(tmp_path / "people.csv")).code == 0
    assert clerk("import", str(tmp_path / "minutes.txt")).code == 0
    run = clerk(
        "settings", "--name", "Sam Jones", "--title", "Clerk to the Council",
        "--email", "sam.jones@riverside.example",
    )  # fmt: skip
    assert run.code == 0, run.err
    return clerk


def messages(folder: Path) -> dict[str, email.message.EmailMessage]:
    """Each .eml in `folder` parsed back, by file stem."""
    return {
        path.stem: email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        for path in sorted(folder.glob("*.eml"))
    }


def body(message: email.message.EmailMessage) -> str:
    return message.get_content().replace("\r\n", "\n")


def test_chasers_are_addressed_greeted_and_signed(parish, tmp_path):
    run = parish("chase", "--committee", COMMITTEE, "--by", "2024-06-01", "--out", "out")
    assert run.code == 0, run.err
    sent = messages(Path("out"))
    assert set(sent) == {"dr-helen-marsh", "priya-shah", "parish-clerk", "the-parish-council", "pb"}
    assert str(sent["dr-helen-marsh"]["To"]) == "Dr Helen Marsh <helen.marsh@riverside.example>"
    assert str(sent["parish-clerk"]["To"]) == "Parish Clerk <clerk@riverside.example>"
    assert sent["pb"]["To"] == ""  # nobody in the directory: the clerk fills it in
    greetings = {stem: body(m).splitlines()[0] for stem, m in sent.items()}
    assert greetings == {
        "dr-helen-marsh": "Dear Dr Marsh,",
        "priya-shah": "Dear Priya,",
        "parish-clerk": "Dear Parish Clerk,",
        "the-parish-council": "Dear Parish Council colleagues,",
        "pb": "Dear colleague,",
    }
    for message in sent.values():
        assert str(message["From"]) == "Sam Jones <sam.jones@riverside.example>"
        assert body(message).endswith(
            "Thank you.\n\nKind regards,\nSam Jones\nClerk to the Council\n"
            "sam.jones@riverside.example\n"
        )
    assert "Please send an update on it by 1 June 2024" in body(sent["priya-shah"])


@pytest.fixture
def chdir_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


pytestmark = pytest.mark.usefixtures("chdir_tmp")


def test_a_signature_replaces_the_default_sign_off_and_a_bad_email_is_refused(parish):
    bad = parish("settings", "--email", "sam at riverside")
    assert bad.code == 1
    assert bad.err == "clerk: 'sam at riverside' is not an email address like name@council.gov.uk\n"
    parish(
        "settings", "--signature", "Sam Jones\\nClerk to Riverside Parish Council\\n01234 567890"
    )
    shown = json.loads(parish("settings", "--json").out)
    assert shown["signature"] == "Sam Jones\nClerk to Riverside Parish Council\n01234 567890"
    parish("chase", "--committee", COMMITTEE, "--out", "out")
    text = body(messages(Path("out"))["priya-shah"])
    assert text.endswith(
        "Kind regards,\nSam Jones\nClerk to Riverside Parish Council\n01234 567890\n"
    )


def test_no_words_from_inside_the_app_reach_the_latest_update(parish, db_path):
    db = open_db(db_path)
    try:
        paul = add_person(db, "Councillor Paul Brown")
        (pb,) = [row for row in review_queue(db) if row["written"] == "PB"]
        confirm_mention(db, pb["id"], paul)  # the app notes 'owner confirmed in review'
        (kept,) = db.execute("SELECT id FROM actions WHERE ref = 'RPC/24/01'").fetchone()
        record_event(db, kept, "kept", None, None, "not in the amended minutes; kept by the clerk")
    finally:
        db.close()
    parish("chase", "--committee", COMMITTEE, "--out", "out")
    sent = messages(Path("out"))
    paul_text = body(sent["councillor-paul-brown"])
    assert paul_text.startswith("Dear Councillor Brown,")
    assert "  Latest update: none yet\n" in paul_text
    assert "review" not in paul_text
    parish("action", "RPC/24/05", "--note", "nets ordered from the supplier")
    parish("export", "--committee", COMMITTEE, "--out", "log.csv")
    rows = list(csv.DictReader(Path("log.csv").read_text(encoding="utf-8").splitlines()))
    updates = {row["Ref"]: row["Latest update"] for row in rows}
    assert updates["RPC/24/05"] == "nets ordered from the supplier"
    assert not any("review" in value or "kept" in value for value in updates.values())


def test_exports_name_owners_once_and_count_in_good_english(parish):
    run = parish("export", "--committee", COMMITTEE, "--out", "log.csv")
    assert run.code == 0, run.err
    assert run.out.endswith(": 5 outstanding actions, 1 follow-up, 0 completed\n")
    owners = {
        row["Owner"]
        for row in csv.DictReader(Path("log.csv").read_text(encoding="utf-8").splitlines())
    }
    assert "Parish Clerk" in owners
    assert "Dr Helen Marsh (Councillor)" in owners
    assert not any("(Parish Clerk)" in owner for owner in owners)


def test_people_import_refuses_a_bad_email_naming_the_line(clerk, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("name,role,email\nAnn Lee,Clerk,ann.lee@x.example\nBo Li,,bo li\n")
    run = clerk("people", "import", str(path))
    assert run.code == 1
    assert run.err == "clerk: line 3: email 'bo li' is not an address like name@council.gov.uk\n"
    assert clerk("people", "list", "--json").out.strip() == "[]"
