"""What a clerk tripped over walking the whole app in a terminal, each fixed and pinned."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.widgets import Tree

from clerk_tui.core.model import Meeting, ParsedMinutes
from clerk_tui.store import open_db
from clerk_tui.store.meetings import save_parsed

LONG_TITLE = (
    "Minutes of the meeting of Millbrook Parish Council held on Monday 3 June 2024 at "
    "7.30pm in the Village Hall"
)


def store_bare_meeting(path: Path, title: str | None, source: str, when: date | None) -> None:
    db = open_db(path)
    try:
        save_parsed(
            db,
            f"Minutes read from {source}.",
            ParsedMinutes(meeting=Meeting("Millbrook Parish Council", when, title)),
            source=source,
        )
    finally:
        db.close()


async def test_meeting_tree_keeps_counts_visible_and_names_untitled_meetings(
    make_app, empty_db_path: Path
) -> None:
    """A long title pushed '0/0 open' off an 80-column screen, and a meeting without a
    title showed only 'no date' (which of the two was which?)."""
    store_bare_meeting(empty_db_path, LONG_TITLE, "millbrook.txt", date(2024, 6, 3))
    store_bare_meeting(empty_db_path, None, "19_moderngov_fragment.txt", None)
    app = make_app(empty_db_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        tree = app.screen.query_one("#meeting-list", Tree)
        labels = [str(node.label) for node in tree.root.children[0].children]
        assert labels == [
            "2024-06-03  Minutes of the meeting of Millbrook Par…  0/0 open",
            "no date  19_moderngov_fragment.txt  0/0 open",
        ]
        assert all(len(label) + 4 <= 80 for label in labels)  # "└── " + label fits


async def test_a_database_fault_is_a_notification_not_a_crash(
    make_app, sample_db_path, monkeypatch
):
    import sqlite3

    from clerk_tui.tui.screens import actions as actions_screen

    def broken(*args, **kwargs):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(actions_screen, "page_of_actions", broken)
    app = make_app(sample_db_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("m")
        await pilot.pause()
        assert app.is_running and app.return_code is None
        errors = [n.message for n in app._notifications if n.severity == "error"]
        assert any("database disk image is malformed" in m for m in errors)
