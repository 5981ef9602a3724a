"""Meetings and committees: list and read them, confirm minutes, keep items out of exports,
correct a meeting's committee, date or title, delete a meeting with what was read from it.

The meetings screen reads everything it shows in one step (`meetings_view`), and each change
hands that view back, read after the change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from clerk_tui.services.connections import data_stamp
from clerk_tui.store.committees import committees
from clerk_tui.store.exempt import set_exempt
from clerk_tui.store.meetings import (
    MeetingContents,
    delete_meeting,
    edit_meeting,
    get_meeting,
    list_meetings,
    meeting_contents,
    set_meeting_state,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

__all__ = [
    "MeetingContents",
    "MeetingsView",
    "change_meeting",
    "committees",
    "delete_meeting",
    "edit_meeting",
    "get_meeting",
    "list_meetings",
    "mark_exempt",
    "mark_state",
    "meeting_contents",
    "meetings_view",
    "remove_meeting",
    "set_exempt",
    "set_meeting_state",
]

MeetingsView = tuple[tuple[int, int, int], list[dict[str, Any]], dict[str, Any] | None]
"""When it was read (`data_stamp`), the meetings newest first, and the open meeting in full
(None when none is open or it is no longer stored)."""


def meetings_view(
    db: Database, seen: tuple[int, int, int] | None = None, open_id: int | None = None
) -> MeetingsView | None:
    """The meetings and the open one, or None when nothing changed since `seen`."""
    stamp = data_stamp(db)
    if stamp == seen:
        return None
    return stamp, list_meetings(db), get_meeting(db, open_id) if open_id is not None else None


def mark_state(db: Database, meeting_id: int, state: str, open_id: int | None) -> MeetingsView:
    """Minutes confirmed (agreed as a correct record) or back to draft; the view after."""
    set_meeting_state(db, meeting_id, state)
    return meetings_view(db, None, open_id)  # type: ignore[return-value]


def mark_exempt(db: Database, open_id: int | None, **target: Any) -> MeetingsView:
    """An item (with its actions and follow-ups) or an action kept out of exports and
    chasers, or let back in (`set_exempt`'s arguments); the view after."""
    set_exempt(db, **target)
    return meetings_view(db, None, open_id)  # type: ignore[return-value]


def change_meeting(
    db: Database, meeting_id: int, open_id: int | None, **changes: Any
) -> MeetingsView:
    """A meeting's committee, date or title corrected (`edit_meeting`'s arguments); the
    view after."""
    edit_meeting(db, meeting_id, **changes)
    return meetings_view(db, None, open_id)  # type: ignore[return-value]


def remove_meeting(db: Database, meeting_id: int, open_id: int | None) -> MeetingsView:
    """A meeting deleted with its actions and follow-ups (`delete_meeting`); the view after."""
    delete_meeting(db, meeting_id)
    return meetings_view(db, None, None if open_id == meeting_id else open_id)  # type: ignore[return-value]
