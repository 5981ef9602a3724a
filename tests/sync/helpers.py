"""Minutes to import and checks that stores agree, shared by the sync tests."""

from __future__ import annotations

from datetime import date

import psycopg
from sqlite_utils import Database

from clerk_tui.core.model import Action, FollowUp, Item, Meeting, ParsedMinutes
from clerk_tui.store.capture import row_state
from clerk_tui.store.meetings import save_parsed
from clerk_tui.sync import server


def import_minutes(db: Database, committee: str, day: date, actions: list[str]) -> list[int]:
    """Store a meeting with one action per text; return the new actions' ids."""
    text = f"Minutes of the {committee} held on {day:%d %B %Y}\n" + "\n".join(actions)
    parsed = ParsedMinutes(
        meeting=Meeting(committee, day, f"{committee} {day}"),
        items=[Item("1", "Business", 0, len(text))],
        actions=[
            Action(a, "Sam Jones", date(2025, 5, 31), "by 31 May", 0, 0, 10, ["Sam Jones"])
            for a in actions
        ],
        follow_ups=[FollowUp("report back", "in March", None, 0, 0, 5)],
    )
    stored = save_parsed(db, text, parsed, force=True)
    return [
        row[0]
        for row in db.execute(
            "SELECT id FROM actions WHERE meeting_id = ? ORDER BY id", [stored.id]
        ).fetchall()
    ]


def action_id(db: Database, text: str) -> int:
    return int(db.execute("SELECT id FROM actions WHERE text = ?", [text]).fetchone()[0])


def action(db: Database, text: str) -> dict:
    return next(iter(db.query("SELECT * FROM actions WHERE text = ?", [text])))


def server_state(url: str) -> dict:
    with psycopg.connect(url) as conn:
        return server.server_rows(conn)


def assert_all_equal(url: str, *dbs: Database) -> dict:
    """Every clerk's synced rows equal each other's and the server's merged state. A field
    the server never received (a column added by a later migration, still empty) is empty."""
    expected = server_state(url)
    for db in dbs:
        assert _set_fields(row_state(db.conn)) == _set_fields(expected)
    assert expected
    return expected


def _set_fields(state: dict) -> dict:
    return {key: {f: v for f, v in row.items() if v is not None} for key, row in state.items()}
