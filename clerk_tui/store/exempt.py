"""Exempt (Part II, confidential) items and actions: kept out of exports and chasers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from clerk_tui.store import actions as store_actions
from clerk_tui.store.db import NOW, StoreError, transaction

if TYPE_CHECKING:
    from sqlite_utils import Database


def set_exempt(
    db: Database, *, item_id: int | None = None, action_id: int | None = None, exempt: bool = True
) -> None:
    """Keep an agenda item (with its actions and follow-ups) or one action (with a follow-up
    from the same passage) out of exports and chasers, or let it back in. An action's change
    is kept in its history."""
    if (item_id is None) == (action_id is None):
        raise StoreError("mark either an agenda item or an action exempt, not both or neither")
    flag = int(exempt)
    with transaction(db):
        if item_id is not None:
            if not db.execute(
                "SELECT 1 FROM agenda_items WHERE id = ? AND deleted = 0", [item_id]
            ).fetchone():
                raise StoreError(f"there is no agenda item {item_id}")
            db.execute("UPDATE agenda_items SET exempt = ? WHERE id = ?", [flag, item_id])
            db.execute(
                f"UPDATE follow_ups SET exempt = ?, updated_at = {NOW} WHERE item_id = ?",
                [flag, item_id],
            )
            targets = [
                r[0]
                for r in db.execute(
                    "SELECT id FROM actions WHERE item_id = ? AND deleted = 0", [item_id]
                )
            ]
        else:
            targets = [action_id]  # type: ignore[list-item]
            # A follow-up minuted in the same passage tells the same confidential matter.
            db.execute(
                f"""UPDATE follow_ups SET exempt = ?, updated_at = {NOW}
                    WHERE (meeting_id, source_start, source_end) IN (
                        SELECT f.meeting_id, f.source_start, f.source_end
                        FROM follow_ups f JOIN actions a ON a.meeting_id = f.meeting_id
                        WHERE a.id = ? AND f.source_start < a.source_end
                          AND a.source_start < f.source_end)""",
                [flag, action_id],
            )
        for target in targets:
            row = db.execute(
                "SELECT exempt FROM actions WHERE id = ? AND deleted = 0", [target]
            ).fetchone()
            if row is None:
                raise StoreError(f"there is no action {target}")
            if row[0] != flag:
                db.execute(
                    f"UPDATE actions SET exempt = ?, updated_at = {NOW} WHERE id = ?",
                    [flag, target],
                )
                store_actions.record_event(db, target, "exempt", row[0], flag)
