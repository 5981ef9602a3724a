"""Actions: the log, filtered and paged, and the clerk's changes to one action. Each change
returns the action as now stored, so a screen shows it without asking again."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from clerk_tui.store import actions
from clerk_tui.store.actions import (
    OPEN_STATUSES,
    ActionFilter,
    count_actions,
    get_action,
    list_actions,
)
from clerk_tui.store.db import transaction
from clerk_tui.store.refs import find_action_id

if TYPE_CHECKING:
    from sqlite_utils import Database

__all__ = [
    "OPEN_STATUSES",
    "ActionFilter",
    "add_note",
    "count_actions",
    "edit_action",
    "find_action_id",
    "get_action",
    "list_actions",
    "open_actions_of",
    "page_of_actions",
    "set_status",
]


def set_status(
    db: Database, action_id: int, status: str, note: str | None = None
) -> dict[str, Any]:
    """Done, dropped, paused, at risk or open again, kept in the history."""
    actions.set_status(db, action_id, status, note)
    return get_action(db, action_id)


def add_note(db: Database, action_id: int, note: str) -> dict[str, Any]:
    """A progress note in the action's history."""
    actions.add_note(db, action_id, note)
    return get_action(db, action_id)


def edit_action(
    db: Database,
    action_id: int,
    *,
    owner: tuple[str, int | None] | None = None,
    due: tuple[date | None, str | None] | None = None,
    note: str | None = None,
) -> dict[str, Any]:
    """Reassign (`owner`: as typed, and the directory person when known) and/or re-date
    (`due`: the date, and the phrase typed) an action, in one step; `note` says why."""
    with transaction(db):
        if owner is not None:
            actions.set_owner(db, action_id, *owner, note=note)
        if due is not None:
            actions.set_due(db, action_id, *due, note=note)
    return get_action(db, action_id)


def page_of_actions(
    db: Database, flt: ActionFilter, offset: int, limit: int, *, last: bool = False
) -> tuple[int, list[dict[str, Any]]]:
    """`limit` actions of the filtered log from `offset`, or (`last`) its last `limit`; with
    the offset of the first one."""
    if last:
        offset = max(0, count_actions(db, flt) - limit)
    return offset, list_actions(db, flt, limit=limit, offset=offset)


def open_actions_of(
    db: Database, person_id: int, today: date, limit: int
) -> tuple[list[dict[str, Any]], int]:
    """A directory person's first `limit` open actions, and how many they have."""
    flt = ActionFilter(person_id=person_id, today=today)
    rows = list_actions(db, flt, limit=limit)
    return rows, count_actions(db, flt) if len(rows) == limit else len(rows)
