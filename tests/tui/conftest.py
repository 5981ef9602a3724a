"""Fixtures for the app tests: a temporary database holding one known meeting, and an app
factory with a fixed "today" so screens and snapshots are stable.

The sample meeting is stored through `store.meetings.save_parsed` from a hand-built
ParsedMinutes, so these tests do not depend on the parser's behaviour.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from datetime import date
from pathlib import Path
from time import monotonic

import pytest

from clerk_tui.core.model import (
    Action,
    Decision,
    FollowUp,
    Item,
    Meeting,
    ParsedMinutes,
    Person,
)
from clerk_tui.store import open_db
from clerk_tui.store.meetings import save_parsed
from clerk_tui.tui.app import ClerkApp
from tests.conftest import MINUTES


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run `async def` tests in a fresh event loop (no async plugin needed)."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = pyfuncitem._fixtureinfo.argnames
    asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
    return True


TODAY = date(2024, 7, 1)
"""The fixed "today" of every app test: the first action (due 28 June 2024) is overdue."""

SAMPLE_COMMITTEE = "Riverside Health and Wellbeing Board"
SAMPLE_DATE = date(2024, 3, 12)
SAMPLE_MINUTES = (
    MINUTES
    + "Tom Whitley to send the carers survey results to Councillor Okafor by 30 September 2024.\n"
)
"""The store tests' minutes with one "X to VERB" action more."""


def span(text: str, passage: str) -> tuple[int, int]:
    """Offsets of the first occurrence of `passage` in `text`."""
    start = text.index(passage)
    return start, start + len(passage)


def sample_parsed(text: str = SAMPLE_MINUTES) -> ParsedMinutes:
    """What the parser should read from SAMPLE_MINUTES, built by hand."""
    items = [
        Item("1", "Apologies for absence", *span(text, "1. Apologies for absence")),
        Item("2", "Joint Strategic Needs Assessment", *span(text, "2. Joint Strategic")),
        Item("3", "Carers strategy", *span(text, "3. Carers strategy")),
    ]
    circulate = "Dr Priya Natarajan agreed to circulate the summary to all members by 28 June."
    survey = "Tom Whitley to send the carers survey results to Councillor Okafor by 30 September"
    strategy = "bring the draft carers strategy back to the Board in September"
    return ParsedMinutes(
        meeting=Meeting(SAMPLE_COMMITTEE, SAMPLE_DATE, "Meeting of 12 March 2024"),
        items=items,
        decisions=[Decision("That the report be noted.", 1, *span(text, "RESOLVED: That"))],
        actions=[
            Action(
                "Circulate the needs assessment summary to all members",
                "Dr Priya Natarajan",
                date(2024, 6, 28),
                "by 28 June",
                1,
                *span(text, circulate),
            ),
            Action(
                "Send the carers survey results to Councillor Okafor",
                "Tom Whitley",
                date(2024, 9, 30),
                "by 30 September 2024",
                2,
                *span(text, survey),
            ),
        ],
        follow_ups=[
            FollowUp(
                "Draft carers strategy", "in September", date(2024, 9, 30), 2, *span(text, strategy)
            )
        ],
        people=[
            Person("Priya Natarajan", None, [span(text, "Dr Priya Natarajan")]),
            Person("Tom Whitley", None, [span(text, "Tom Whitley")]),
            Person("Mary Okafor", "Councillor", [span(text, "Councillor Mary Okafor")]),
        ],
    )


def store_minutes(path: Path, text: str, parsed: ParsedMinutes) -> int:
    """Store one meeting in the database at `path`; its id."""
    db = open_db(path)
    try:
        return save_parsed(db, text, parsed).id
    finally:
        db.close()


@pytest.fixture
def empty_db_path(tmp_path: Path) -> Path:
    """Where a fresh database will be created (nothing stored)."""
    return tmp_path / "clerk.db"


@pytest.fixture
def sample_db_path(tmp_path: Path) -> Path:
    """A temporary database holding the sample meeting (2 actions, 1 follow-up)."""
    path = tmp_path / "clerk.db"
    store_minutes(path, SAMPLE_MINUTES, sample_parsed())
    return path


@pytest.fixture(autouse=True)
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The Documents folder the export and chaser dialogs offer: one of the test's own, never
    the user's."""
    folder = tmp_path / "Documents"
    folder.mkdir()
    monkeypatch.setattr("clerk_tui.services.exports.documents_folder", lambda: folder)
    return folder


@pytest.fixture
def make_app(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], ClerkApp]:
    """Build a ClerkApp on a database path with today fixed to TODAY.

    The sample-minutes offer is switched off so it does not cover the first screen; tests of
    the offer point `clerk_tui.tui.app.SAMPLE_DIR` somewhere themselves.
    """
    import clerk_tui.tui.app as app_module

    monkeypatch.setattr(app_module, "SAMPLE_DIR", Path("/nonexistent-sample-minutes"))

    def build(path: Path) -> ClerkApp:
        return ClerkApp(path, today=TODAY)

    return build


@pytest.fixture
def fixed_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    """Replace the parser with one that reads SAMPLE_MINUTES (and text starting with it) as
    `sample_parsed()` and anything else as nothing, so app tests do not follow parser changes."""

    def parse(
        text: str, *, meeting_date: date | None = None, committee: str | None = None
    ) -> ParsedMinutes:
        if text.startswith(SAMPLE_MINUTES):
            return sample_parsed(text)
        return ParsedMinutes()

    monkeypatch.setattr("clerk_tui.core.parse.parse", parse)


async def wait_for_preview(pilot, timeout: float = 30.0) -> None:
    """Wait past the paste screen's debounce and parse worker until its preview is shown,
    however loaded the machine (a fixed pause alone left the preview out under load)."""
    deadline = monotonic() + timeout
    await pilot.pause(0.4)
    while True:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if getattr(pilot.app.screen, "preview", None) is not None or monotonic() > deadline:
            return
        await pilot.pause(0.1)
