"""Chasers: one valid email message (and Markdown twin) per owner of open, non-exempt actions."""

from __future__ import annotations

import email
import email.policy
from datetime import date
from pathlib import Path

from clerk_tui.core.refs import PROVISIONAL_LEGEND
from clerk_tui.export.chase import build_chasers, reply_date, to_email, write_chasers
from clerk_tui.store import actions as store_actions
from clerk_tui.store.people import add_person
from tests.conftest import import_text

CYCLE = Path(__file__).resolve().parents[1] / "sample_minutes" / "cycle"
SCRUTINY = "Riverside Overview and Scrutiny Committee"
TODAY = date(2024, 10, 1)


def load(db):
    text = (CYCLE / "scrutiny-2024-09-10.txt").read_text(encoding="utf-8")
    stored = import_text(db, text, committee=SCRUTINY)
    rows = store_actions.list_actions(db, store_actions.ActionFilter(status="all"))
    shelters = next(r["id"] for r in rows if "bus shelters" in r["text"])
    depot = next(r["id"] for r in rows if "depot contract" in r["text"])
    return stored, shelters, depot


def parse_eml(path: Path) -> email.message.EmailMessage:
    return email.message_from_bytes(path.read_bytes(), policy=email.policy.default)


def test_one_message_per_owner_with_only_open_non_exempt_actions(db, tmp_path) -> None:
    _stored, shelters, depot = load(db)
    chasers = build_chasers(db, SCRUTINY, reply_by=date(2024, 10, 29), today=TODAY)
    assert [(c.recipient.name, [a.id for a in c.actions]) for c in chasers] == [
        ("Karen Lowe", [shelters])
    ]
    paths = write_chasers(chasers, tmp_path / "out")
    assert [p.name for p in paths] == ["karen-lowe.eml", "karen-lowe.md"]
    message = parse_eml(paths[0])
    assert message["To"] == ""
    assert message["Subject"] == (
        f"{SCRUTINY}: your open actions (ROSC/24/01), update needed by 29 October 2024"
    )
    body = message.get_content().replace("\r\n", "\n")
    assert "- Ref ROSC/24/01: Karen Lowe agreed to provide a list of bus shelters" in body
    assert "Please send an update on it by 29 October 2024" in body
    assert "From: meeting of 10 September 2024, item 22" in body
    assert "depot" not in body.lower()
    assert paths[1].read_text(encoding="utf-8") == f"# {message['Subject']}\n\n{body}"

    assert PROVISIONAL_LEGEND not in body  # no team sync: every reference is final
    with_exempt = build_chasers(db, SCRUTINY, today=TODAY, include_exempt=True)
    assert [a.id for a in with_exempt[0].actions] == [shelters, depot]


def test_a_provisional_reference_is_marked_and_explained(db) -> None:
    load(db)
    db.execute("INSERT INTO settings (key, value) VALUES ('sync_server', 'postgresql://x/y')")
    (chaser,) = build_chasers(db, SCRUTINY, reply_by=date(2024, 10, 29), today=TODAY)
    assert "your open actions (ROSC/24/01*), update needed" in chaser.subject
    assert "- Ref ROSC/24/01*: Karen Lowe agreed" in chaser.body
    assert chaser.body.endswith(f"\n{PROVISIONAL_LEGEND}\n\nThank you.\n")


def test_closed_actions_are_not_chased_and_updates_and_revised_dates_show(db, tmp_path) -> None:
    _stored, shelters, _depot = load(db)
    store_actions.set_due(db, shelters, date(2024, 10, 15), "15 October")
    store_actions.set_due(db, shelters, date(2024, 11, 1), "1 November")
    store_actions.add_note(db, shelters, "survey half done")
    (chaser,) = build_chasers(db, SCRUTINY, reply_by=date(2024, 10, 29), today=TODAY)
    assert "Due: 1 November 2024 (revised; first due 15 October 2024)" in chaser.body
    assert "Latest update: survey half done" in chaser.body
    store_actions.set_status(db, shelters, "done")
    assert build_chasers(db, SCRUTINY, today=TODAY) == []


def test_directory_email_fills_to_and_several_owners_each_get_the_action(db) -> None:
    committee = "Riverside Place Partnership Board"
    add_person(db, "Dr Avi Bhatia", email="avi.bhatia@riverside-pcn.example")
    text = (CYCLE / "rpb-2024-04-18.txt").read_text(encoding="utf-8")
    import_text(db, text, committee=committee)
    chasers = {c.recipient.name: c for c in build_chasers(db, committee, today=TODAY)}
    workshop = [c for c in chasers.values() if any("frailty" in a.text for a in c.actions)]
    assert len(workshop) == 2
    avi = chasers["Dr Avi Bhatia"]
    message = email.message_from_bytes(
        to_email(avi).as_bytes(policy=email.policy.SMTP), policy=email.policy.default
    )
    assert message["To"].addresses[0].addr_spec == "avi.bhatia@riverside-pcn.example"
    assert message["To"].addresses[0].display_name == "Dr Avi Bhatia"


def test_reply_date_defaults() -> None:
    assert reply_date(date(2024, 11, 5), TODAY) == date(2024, 10, 29)
    assert reply_date(date(2024, 10, 3), TODAY) == date(2024, 10, 15)
    assert reply_date(None, TODAY) == date(2024, 10, 15)
