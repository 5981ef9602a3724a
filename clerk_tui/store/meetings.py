"""Meetings: store parsed minutes as one meeting in one transaction, list and read them, and
mark their minutes draft or confirmed."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from clerk_tui.core.model import Action, ParsedMinutes
from clerk_tui.store.committees import ensure_committee, find_committee
from clerk_tui.store.db import NOW, StoreError, insert, transaction
from clerk_tui.store.refs import PROVISIONAL_SQL, meeting_labels, next_ref

if TYPE_CHECKING:
    from sqlite_utils import Database

MEETING_STATES = ("draft", "confirmed")


class DuplicateMinutes(StoreError):
    """The same minutes text is already stored, as `meeting`."""

    def __init__(self, message: str, meeting: dict[str, Any]) -> None:
        super().__init__(message)
        self.meeting = meeting


@dataclass
class StoredMeeting:
    id: int
    committee: str | None
    date: str | None
    title: str | None
    items: int
    decisions: int
    actions: int
    follow_ups: int
    people: int
    amendment: Any = None
    """A `store.amendments.AmendmentResult` when the minutes replaced a stored version."""
    proposals: list[dict[str, Any]] = field(default_factory=list)
    """Reconciliation proposals the minutes gave rise to (`store.reconciliation`)."""
    action_refs: list[str] = field(default_factory=list)
    """What to call the new meeting's actions (their references), in the order of the
    minutes; an amendment's changes are in `amendment`."""
    faults: list[str] = field(default_factory=list)
    """Parser rules that failed on these minutes (`ParsedMinutes.faults`): what they would
    have found is missing; the rest was stored."""


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()


def find_duplicate(db: Database, text: str) -> dict[str, Any] | None:
    """The stored meeting with exactly this text, if any."""
    rows = db.query(
        """SELECT m.id, m.date, m.title, c.name AS committee FROM meetings m
           LEFT JOIN committees c ON c.id = m.committee_id
           WHERE m.content_hash = ? AND m.deleted = 0 ORDER BY m.id LIMIT 1""",
        [content_hash(text)],
    )
    return next(iter(rows), None)


def describe(meeting: dict[str, Any]) -> str:
    """'meeting 12 (Riverside HWB, 2024-03-12)' for messages."""
    parts = [p for p in (meeting.get("committee"), meeting.get("date")) if p]
    return f"meeting {meeting['id']}" + (f" ({', '.join(parts)})" if parts else "")


def save_parsed(
    db: Database,
    text: str,
    parsed: ParsedMinutes,
    *,
    committee: str | None = None,
    meeting_date: date | None = None,
    title: str | None = None,
    source: str | None = None,
    source_sha256: str | None = None,
    force: bool = False,
) -> StoredMeeting:
    """Store one meeting and everything parsed from it, all or nothing.

    `committee`, `meeting_date` and `title` override what the parser read from the text.
    Refuses minutes already stored unless `force`.
    """
    committee_name = (committee or parsed.meeting.committee or "").strip() or None
    when = meeting_date or parsed.meeting.date
    heading = title or parsed.meeting.title
    with transaction(db):
        if not force:
            earlier = find_duplicate(db, text)
            if earlier:
                raise DuplicateMinutes(
                    f"these minutes are already stored as {describe(earlier)}; "
                    "use --force to store a second copy",
                    earlier,
                )
        committee_id = ensure_committee(db, committee_name) if committee_name else None
        meeting_id = insert(
            db,
            "meetings",
            {
                "committee_id": committee_id,
                "date": when.isoformat() if when else None,
                "title": heading,
                "source": source,
                "source_sha256": source_sha256,
                "text": text,
                "content_hash": content_hash(text),
            },
        )
        item_ids = [
            insert(
                db,
                "agenda_items",
                {
                    "meeting_id": meeting_id,
                    "position": position,
                    "number": item.number,
                    "title": item.title,
                    "source_start": item.start,
                    "source_end": item.end,
                    "exempt": int(item.exempt),
                },
            )
            for position, item in enumerate(parsed.items)
        ]

        def item_id(index: int | None) -> int | None:
            return item_ids[index] if index is not None and 0 <= index < len(item_ids) else None

        def item_exempt(index: int | None) -> int:
            in_range = index is not None and 0 <= index < len(parsed.items)
            return int(in_range and parsed.items[index].exempt)  # type: ignore[index]

        for decision in parsed.decisions:
            insert(
                db,
                "decisions",
                {
                    "meeting_id": meeting_id,
                    "item_id": item_id(decision.item),
                    "text": decision.text,
                    "source_start": decision.start,
                    "source_end": decision.end,
                },
            )
        for action in parsed.actions:
            insert_action(db, meeting_id, action, item_id(action.item), item_exempt(action.item))
        for follow_up in parsed.follow_ups:
            target = find_committee(db, follow_up.committee) if follow_up.committee else None
            insert(
                db,
                "follow_ups",
                {
                    "meeting_id": meeting_id,
                    "item_id": item_id(follow_up.item),
                    "text": follow_up.text,
                    "committee_id": target or committee_id,
                    "when_text": follow_up.when,
                    "due": follow_up.due.isoformat() if follow_up.due else None,
                    "exempt": item_exempt(follow_up.item),
                    "source_start": follow_up.start,
                    "source_end": follow_up.end,
                },
            )
        from clerk_tui.store.people import attach_people  # the matcher: not at start-up

        attach_people(db, meeting_id, parsed, text, when)
    return StoredMeeting(
        id=meeting_id,
        committee=committee_name,
        date=when.isoformat() if when else None,
        title=heading,
        items=len(parsed.items),
        decisions=len(parsed.decisions),
        actions=len(parsed.actions),
        follow_ups=len(parsed.follow_ups),
        people=len(parsed.people),
        action_refs=meeting_labels(db, meeting_id),
    )


def insert_action(
    db: Database, meeting_id: int, action: Action, item_id: int | None, exempt: int
) -> int:
    """Store one parsed action with its owners and a 'created' event; its id."""
    due = action.due.isoformat() if action.due else None
    action_id = insert(
        db,
        "actions",
        {
            "meeting_id": meeting_id,
            "ref": next_ref(db.conn, meeting_id),
            "item_id": item_id,
            "text": action.text,
            "owner": action.owner,
            "due": due,
            "due_text": action.due_text,
            "original_due": due,
            "exempt": exempt,
            "source_start": action.start,
            "source_end": action.end,
        },
    )
    insert_owners(db, action_id, action)
    insert(
        db, "action_events", {"action_id": action_id, "field": "created", "new_value": action.text}
    )
    return action_id


def insert_owners(db: Database, action_id: int, action: Action) -> None:
    """One action_owners row per owner the minutes name, in order."""
    for position, owner in enumerate(action.owners or ([action.owner] if action.owner else [])):
        insert(db, "action_owners", {"action_id": action_id, "position": position, "owner": owner})


def list_meetings(db: Database, committee: str | None = None) -> list[dict[str, Any]]:
    """Meetings newest first, with counts of their open actions and follow-ups."""
    where, params = "m.deleted = 0", []
    if committee:
        where += " AND c.name = ? COLLATE NOCASE"
        params.append(committee)
    return list(
        db.query(
            f"""SELECT m.id, c.name AS committee, m.date, m.title, m.source, m.source_sha256,
                   m.state,
                   (SELECT count(*) FROM actions a WHERE a.meeting_id = m.id AND a.deleted = 0)
                       AS actions,
                   (SELECT count(*) FROM actions a WHERE a.meeting_id = m.id AND a.deleted = 0
                       AND a.status IN ('open', 'at_risk', 'paused')) AS open_actions,
                   (SELECT count(*) FROM follow_ups f WHERE f.meeting_id = m.id
                       AND f.deleted = 0) AS follow_ups
                FROM meetings m LEFT JOIN committees c ON c.id = m.committee_id
                WHERE {where} ORDER BY m.date DESC, m.id DESC""",
            params,
        )
    )


def get_meeting(db: Database, meeting_id: int) -> dict[str, Any] | None:
    """One meeting with its text, items, decisions, actions (each with `ref_provisional`)
    and follow-ups."""
    rows = list(
        db.query(
            """SELECT m.*, c.name AS committee FROM meetings m
               LEFT JOIN committees c ON c.id = m.committee_id WHERE m.id = ? AND m.deleted = 0""",
            [meeting_id],
        )
    )
    if not rows:
        return None
    meeting = rows[0]
    for table, columns, order in (
        ("agenda_items", "a.*", "position"),
        ("decisions", "a.*", "source_start"),
        ("actions", f"a.*, {PROVISIONAL_SQL} AS ref_provisional", "source_start"),
        ("follow_ups", "a.*", "source_start"),
    ):
        meeting[table] = list(
            db.query(
                f"""SELECT {columns} FROM {table} a WHERE meeting_id = ? AND deleted = 0
                    ORDER BY {order}, id""",
                [meeting_id],
            )
        )
    return meeting


def require_meeting(db: Database, meeting_id: int) -> dict[str, Any]:
    """The meeting's row (with its committee's name), or StoreError when it is not stored."""
    rows = list(
        db.query(
            """SELECT m.id, m.date, m.title, m.committee_id, m.state, c.name AS committee
               FROM meetings m
               LEFT JOIN committees c ON c.id = m.committee_id
               WHERE m.id = ? AND m.deleted = 0""",
            [meeting_id],
        )
    )
    if not rows:
        raise StoreError(f"there is no meeting {meeting_id}")
    return rows[0]


def set_meeting_state(db: Database, meeting_id: int, state: str) -> None:
    """Mark minutes 'draft' or 'confirmed' (agreed as a correct record)."""
    if state not in MEETING_STATES:
        raise StoreError(f"unknown meeting state {state!r}; use draft or confirmed")
    with transaction(db):
        require_meeting(db, meeting_id)
        db.execute(
            f"UPDATE meetings SET state = ?, updated_at = {NOW} WHERE id = ?", [state, meeting_id]
        )
