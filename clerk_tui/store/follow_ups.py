"""Follow-ups: what must come back to a committee, and when (the forward plan)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from clerk_tui.store.db import StoreError, transaction

if TYPE_CHECKING:
    from sqlite_utils import Database

FOLLOW_UP_STATUSES = ("open", "scheduled", "done", "dropped")


def list_follow_ups(
    db: Database, committee: str | None = None, status: str = "pending"
) -> list[dict[str, Any]]:
    """Follow-ups by due date (undated last); `pending` means open or scheduled."""
    clauses, params = ["f.deleted = 0", "m.deleted = 0"], []
    if status == "pending":
        clauses.append("f.status IN ('open', 'scheduled')")
    elif status != "all":
        clauses.append("f.status = ?")
        params.append(status)
    if committee:
        clauses.append("c.name = ? COLLATE NOCASE")
        params.append(committee)
    return list(
        db.query(
            f"""SELECT f.id, f.text, f.when_text, f.due, f.status, f.exempt, f.meeting_id,
                       f.source_start, f.source_end, c.name AS committee,
                       c.short_name AS committee_short,
                       m.date AS meeting_date, coalesce(i.number, i.title) AS item
                FROM follow_ups f JOIN meetings m ON m.id = f.meeting_id
                LEFT JOIN committees c ON c.id = f.committee_id
                LEFT JOIN agenda_items i ON i.id = f.item_id
                WHERE {" AND ".join(clauses)}
                ORDER BY f.due IS NULL, f.due, m.date, f.id""",
            params,
        )
    )


def set_follow_up_status(db: Database, follow_up_id: int, status: str) -> None:
    if status not in FOLLOW_UP_STATUSES:
        raise StoreError(f"unknown status {status!r}; use one of {', '.join(FOLLOW_UP_STATUSES)}")
    with transaction(db):
        cursor = db.execute(
            """UPDATE follow_ups SET status = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
               WHERE id = ? AND deleted = 0""",
            [status, follow_up_id],
        )
        if cursor.rowcount == 0:
            raise StoreError(f"there is no follow-up {follow_up_id}")
