"""The database as a whole: search everything, back it up, and what the app opens on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from clerk_tui.store.actions import ActionFilter, list_actions
from clerk_tui.store.db import backup
from clerk_tui.store.meetings import list_meetings
from clerk_tui.store.search import search

if TYPE_CHECKING:
    from sqlite_utils import Database

__all__ = ["backup", "search", "start_state"]


def start_state(db: Database) -> tuple[bool, bool]:
    """(any action stored, any meeting stored): the app opens on the actions when there
    are some, and offers the samples when there is nothing."""
    any_action = bool(list_actions(db, ActionFilter(status="all"), limit=1))
    return any_action, any_action or bool(list_meetings(db))
