"""Meetings: store parsed minutes as one meeting in one transaction, list and read them, mark
their minutes draft or confirmed, correct their committee, date or title, and delete them
(tombstones, so team sync carries the deletion)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from clerk_tui.core.model import Action, ParsedMinutes
from clerk_tui.core.refs import span
from clerk_tui.core.wording import plural
from clerk_tui.store.committees import ensure_committee, find_committee
from clerk_tui.store.db import NOW, StoreError, insert, transaction
from clerk_tui.store.refs import PROVISIONAL_SQL, meeting_labels, meeting_prefix, next_ref

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

    def contents(self) -> str:
        """What was stored, for the clerk: '8 actions (SFPC/13/01 to SFPC/13/08), 6
        decisions, 4 follow-ups, 13 people'."""
        refs = f" ({span(self.action_refs)})" if self.action_refs else ""
        return (
            f"{plural(self.actions, 'action')}{refs}, {plural(self.decisions, 'decision')}, "
            f"{plural(self.follow_ups, 'follow-up')}, {plural(self.people, 'person', 'people')}"
        )


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


def latest_committee(db: Database, leave_out: Iterable[int] = ()) -> str | None:
    """The committee of the meeting stored last, leaving out the meetings `leave_out`."""
    skipped = sorted(set(leave_out))
    marks = ", ".join("?" for _ in skipped)
    row = db.execute(
        f"""SELECT c.name FROM meetings m JOIN committees c ON c.id = m.committee_id
            WHERE m.deleted = 0 AND c.deleted = 0 {f"AND m.id NOT IN ({marks})" if skipped else ""}
            ORDER BY m.id DESC LIMIT 1""",
        skipped,
    ).fetchone()
    return row[0] if row else None


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


@dataclass(frozen=True)
class MeetingContents:
    """What a meeting holds: what deleting it takes with it."""

    meeting: dict[str, Any]
    items: int
    decisions: int
    actions: int
    open_actions: int
    follow_ups: int

    def summary(self) -> str:
        """'meeting 12 (Parish Council, 2019-08-05) with 4 actions (3 open), 2 follow-ups
        and 1 decision'."""

        actions = plural(self.actions, "action")
        if self.open_actions:
            actions += f" ({self.open_actions} open)"
        parts = [actions, plural(self.follow_ups, "follow-up"), plural(self.decisions, "decision")]
        return f"{describe(self.meeting)} with {', '.join(parts[:-1])} and {parts[-1]}"


def meeting_contents(db: Database, meeting_id: int) -> MeetingContents:
    """The meeting and how many items, decisions, actions (open ones) and follow-ups it holds;
    StoreError when it is not stored."""
    meeting = require_meeting(db, meeting_id)
    items, decisions, actions, open_actions, follow_ups = db.execute(
        """SELECT (SELECT count(*) FROM agenda_items WHERE meeting_id = :id AND deleted = 0),
                  (SELECT count(*) FROM decisions WHERE meeting_id = :id AND deleted = 0),
                  (SELECT count(*) FROM actions WHERE meeting_id = :id AND deleted = 0),
                  (SELECT count(*) FROM actions WHERE meeting_id = :id AND deleted = 0
                      AND status IN ('open', 'at_risk', 'paused')),
                  (SELECT count(*) FROM follow_ups WHERE meeting_id = :id AND deleted = 0)""",
        {"id": meeting_id},
    ).fetchone()
    return MeetingContents(meeting, items, decisions, actions, open_actions, follow_ups)


def edit_meeting(
    db: Database,
    meeting_id: int,
    *,
    committee: str | None = None,
    meeting_date: date | None = None,
    title: str | None = None,
) -> dict[str, Any]:
    """Correct a meeting's committee, date or title (None: unchanged; a title of '' clears
    it). Its follow-ups due back to its own committee move with it, and action references
    not yet confirmed by the sync server are renumbered when the committee or year changes.
    Returns the meeting as `require_meeting` gives it."""
    with transaction(db):
        old = require_meeting(db, meeting_id)
        changes: dict[str, Any] = {}
        if committee is not None:
            name = " ".join(committee.split())
            if not name:
                raise StoreError("a meeting needs a committee")
            committee_id = ensure_committee(db, name)
            if committee_id != old["committee_id"]:
                changes["committee_id"] = committee_id
                db.execute(
                    f"""UPDATE follow_ups SET committee_id = ?, updated_at = {NOW}
                        WHERE meeting_id = ? AND deleted = 0
                          AND (committee_id IS ? OR committee_id IS NULL)""",
                    [committee_id, meeting_id, old["committee_id"]],
                )
        if meeting_date is not None and meeting_date.isoformat() != old["date"]:
            changes["date"] = meeting_date.isoformat()
        if title is not None and (title.strip() or None) != old["title"]:
            changes["title"] = title.strip() or None
        if not changes:
            return old
        assignments = ", ".join(f"{column} = ?" for column in changes)
        old_prefix = meeting_prefix(db.conn, meeting_id)
        db.execute(
            f"UPDATE meetings SET {assignments}, updated_at = {NOW} WHERE id = ?",
            [*changes.values(), meeting_id],
        )
        if meeting_prefix(db.conn, meeting_id) != old_prefix:
            _renumber_actions(db, meeting_id)
        return require_meeting(db, meeting_id)


def _renumber_actions(db: Database, meeting_id: int) -> None:
    """New references, under the meeting's new prefix, for its actions the sync server has
    not confirmed yet (a confirmed reference is the team's and stays)."""
    for (action_id,) in db.execute(
        "SELECT id FROM actions WHERE meeting_id = ? AND ref_final = 0 ORDER BY id", [meeting_id]
    ).fetchall():
        db.execute(
            f"UPDATE actions SET ref = ?, updated_at = {NOW} WHERE id = ?",
            [next_ref(db.conn, meeting_id), action_id],
        )


def delete_meeting(db: Database, meeting_id: int) -> MeetingContents:
    """Delete a meeting with everything read from it (items, decisions, actions and their
    owners, follow-ups, the names waiting for review, proposals it made or that concern its
    actions). Synced rows become tombstones (`deleted = 1`), so team sync carries the
    deletion to the other clerks. Returns what went."""
    with transaction(db):
        contents = meeting_contents(db, meeting_id)
        actions = "SELECT id FROM actions WHERE meeting_id = :id"
        for statement in (
            f"UPDATE action_owners SET deleted = 1 WHERE action_id IN ({actions}) AND deleted = 0",
            f"UPDATE proposals SET deleted = 1 WHERE (meeting_id = :id OR action_id IN ({actions}))"
            " AND deleted = 0",
            f"UPDATE actions SET deleted = 1, updated_at = {NOW} WHERE meeting_id = :id "
            "AND deleted = 0",
            f"UPDATE follow_ups SET deleted = 1, updated_at = {NOW} WHERE meeting_id = :id "
            "AND deleted = 0",
            "UPDATE decisions SET deleted = 1 WHERE meeting_id = :id AND deleted = 0",
            "UPDATE agenda_items SET deleted = 1 WHERE meeting_id = :id AND deleted = 0",
            "DELETE FROM mentions WHERE meeting_id = :id",
            f"UPDATE meetings SET deleted = 1, updated_at = {NOW} WHERE id = :id",
        ):
            db.execute(statement, {"id": meeting_id})
    return contents
