"""Who to chase: each action's owners, resolved to directory people with their email."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

from clerk_tui.core.salutation import UNASSIGNED


@dataclass(frozen=True)
class Recipient:
    """One owner of an action: a directory person (with email when known) or a name as
    written in the minutes."""

    key: str
    name: str
    email: str | None
    person_id: int | None
    kind: str | None = None
    """The directory's 'person' or 'body'; None for a name only the minutes give."""


def action_recipients(db: Database, action_ids: list[int]) -> dict[int, list[Recipient]]:
    """Each action's owners, resolved to directory people (merged duplicates followed)."""
    found: dict[int, list[Recipient]] = {}
    if not action_ids:
        return found
    marks = ", ".join("?" for _ in action_ids)
    rows = db.execute(
        f"""SELECT a.id, o.owner, p.id, p.name, p.email, p.kind,
                   a.owner, ap.id, ap.name, ap.email, ap.kind,
                   (SELECT count(*) FROM action_owners x
                    WHERE x.action_id = a.id AND x.deleted = 0)
            FROM actions a
            LEFT JOIN action_owners o ON o.action_id = a.id AND o.deleted = 0
            LEFT JOIN people p0 ON p0.id = o.person_id
            LEFT JOIN people p ON p.id = coalesce(p0.merged_into, p0.id) AND p.deleted = 0
            LEFT JOIN people ap0 ON ap0.id = a.person_id
            LEFT JOIN people ap ON ap.id = coalesce(ap0.merged_into, ap0.id) AND ap.deleted = 0
            WHERE a.id IN ({marks}) ORDER BY a.id, o.position""",
        action_ids,
    ).fetchall()
    for row in rows:
        action_id, written, person_id, person, email, kind = row[:6]
        action_owner, action_person_id, action_person, action_email, action_kind, count = row[6:]
        if person_id is None and count <= 1 and action_person_id is not None:
            person_id, person, email, kind = (
                action_person_id,
                action_person,
                action_email,
                action_kind,
            )
        label = person or written or action_owner or UNASSIGNED
        key = f"person:{person_id}" if person_id else "name:" + " ".join(label.lower().split())
        recipient = Recipient(key, label, email or None, person_id, kind if person_id else None)
        if recipient not in found.setdefault(action_id, []):
            found[action_id].append(recipient)
    return found
