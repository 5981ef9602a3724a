"""What waits for the clerk's review: the names the matcher could not settle (or, to check
them, the ones it matched without asking), and the progress later minutes report on open
actions (`services.reconcile` decides those)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from clerk_tui.store.people import automatic_matches, review_queue
from clerk_tui.store.reconciliation import list_proposals

if TYPE_CHECKING:
    from sqlite_utils import Database


def review_lists(
    db: Database, matched: bool = False
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The names waiting (or, when `matched`, matched without asking) and the pending
    reconciliation proposals."""
    names = automatic_matches(db) if matched else review_queue(db)
    return names, list_proposals(db)
