"""The agenda follow-up sheet (action log) of one committee, as plain data for the exports.

`build_sheet(db, committee)` gathers what a clerk circulates before a meeting: outstanding
actions (oldest meeting first), follow-ups due back to the committee, and actions closed
since its last meeting. Statuses and RAG come from `core.status`, so the sheet says what
the screens say. `clerk_tui.export.write_sheet` turns a Sheet into a file.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from clerk_tui.core.refs import of_row
from clerk_tui.core.status import Rag, derived_status, follow_up_status, rag
from clerk_tui.store.actions import ActionFilter, list_actions
from clerk_tui.store.committees import committees, find_committee
from clerk_tui.store.db import StoreError
from clerk_tui.store.follow_ups import list_follow_ups

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass
class SheetAction:
    """One action row. `due` is the current date; `original_due` is set only when re-dated.
    `ref` is the shared reference ('HWB/25/07', '*' while provisional); `id` the local one."""

    id: int
    ref: str
    meeting_date: date | None
    item: str | None
    text: str
    owner: str
    due: date | None
    original_due: date | None
    due_text: str | None
    status: str
    rag: Rag | None
    update: str | None
    closed: date | None = None
    exempt: bool = False


@dataclass
class SheetFollowUp:
    """Something due to come back to the committee (its forward plan)."""

    ref: int
    meeting_date: date | None
    item: str | None
    text: str
    due: date | None
    when_text: str | None
    status: str
    exempt: bool = False


@dataclass
class Sheet:
    """Everything one committee's action log shows, in the order it shows it."""

    committee: str
    export_date: date
    next_meeting: date | None
    last_meeting: date | None
    outstanding: list[SheetAction] = field(default_factory=list)
    follow_ups: list[SheetFollowUp] = field(default_factory=list)
    completed: list[SheetAction] = field(default_factory=list)
    include_exempt: bool = False
    title: str = "Action log"

    @property
    def for_date(self) -> date:
        """The date the sheet is headed with: the next meeting when known, else the export."""
        return self.next_meeting or self.export_date

    @property
    def meeting_dates(self) -> list[date]:
        """The dates of the meetings whose actions the sheet lists, oldest first."""
        rows: Iterable[SheetAction] = [*self.outstanding, *self.completed]
        return sorted({r.meeting_date for r in rows if r.meeting_date})


def build_sheet(
    db: Database,
    committee: str,
    *,
    today: date | None = None,
    include_exempt: bool = False,
    next_meeting: date | None = None,
) -> Sheet:
    """The action log of `committee` (any case) as of `today` (default: the real today).

    `next_meeting` overrides the date read from the store (the earliest meeting of the
    committee dated after today). Exempt (Part II) actions and follow-ups, and those under
    an exempt agenda item, are left out unless `include_exempt`. Raises StoreError for an
    unknown committee.
    """
    today = today or date.today()
    committee_id = find_committee(db, committee)
    if committee_id is None:
        known = ", ".join(committees(db)) or "none yet"
        raise StoreError(f"there is no committee called {committee!r} (known: {known})")
    name = db.execute("SELECT name FROM committees WHERE id = ?", [committee_id]).fetchone()[0]
    upcoming, last = _meeting_dates_around(db, committee_id, today)
    hidden_actions, hidden_follow_ups = (
        (set(), set()) if include_exempt else _under_exempt_items(db)
    )
    roles = _current_roles(db, committee_id, today)
    owners = _owners(db, committee_id, roles)

    def keep(row: dict[str, Any], hidden: set[int]) -> bool:
        return include_exempt or not (row["exempt"] or row["id"] in hidden)

    flt = ActionFilter(status="open", committee=name, include_exempt=include_exempt, today=today)
    outstanding = [
        _action(row, owners, roles, today)
        for row in list_actions(db, flt)
        if keep(row, hidden_actions)
    ]
    closed = [
        _action(row, owners, roles, today)
        for status in ("done", "dropped")
        for row in list_actions(
            db,
            ActionFilter(status=status, committee=name, include_exempt=include_exempt, today=today),
        )
        if keep(row, hidden_actions) and _closed_after(row["closed_at"], last)
    ]
    closed.sort(key=lambda a: (a.closed or date.min, a.id))
    follow_ups = [
        SheetFollowUp(
            ref=row["id"],
            meeting_date=_day(row["meeting_date"]),
            item=row["item"],
            text=row["text"],
            due=_day(row["due"]),
            when_text=row["when_text"],
            status=follow_up_status(row["status"], _day(row["due"]), today),
            exempt=bool(row["exempt"]),
        )
        for row in list_follow_ups(db, name)
        if keep(row, hidden_follow_ups)
    ]
    return Sheet(
        committee=name,
        export_date=today,
        next_meeting=next_meeting or upcoming,
        last_meeting=last,
        outstanding=outstanding,
        follow_ups=follow_ups,
        completed=closed,
        include_exempt=include_exempt,
    )


def _action(
    row: dict[str, Any], owners: dict[int, list[str]], roles: dict[int, str], today: date
) -> SheetAction:
    due = _day(row["due"])
    original = _day(row["original_due"])
    redated = original if original and original != due else None
    owner = "; ".join(owners.get(row["id"], [])) or _owner_label(
        row["person"], roles.get(row["person_id"]), row["owner"]
    )
    return SheetAction(
        id=row["id"],
        ref=of_row(row),
        meeting_date=_day(row["meeting_date"]),
        item=row["item"],
        text=row["text"],
        owner=owner,
        due=due,
        original_due=redated,
        due_text=row["due_text"],
        status=derived_status(row["status"], due, today, original),
        rag=rag(row["status"], due, today),
        update=row["latest_note"],
        closed=_day(row["closed_at"]),
        exempt=bool(row["exempt"]),
    )


def _owner_label(person: str | None, role: str | None, written: str | None) -> str:
    """'Dr Priya Natarajan (Director of Public Health)' when matched, else as written; a role
    the name already says is not repeated ('Parish Clerk', never 'Parish Clerk (Parish
    Clerk)')."""
    if person:
        from clerk_tui.core.names import fold  # rapidfuzz: not when `clerk` starts

        repeated = role is not None and fold(role) in fold(person)
        return f"{person} ({role})" if role and not repeated else person
    return written or ""


def _owners(db: Database, committee_id: int, roles: dict[int, str]) -> dict[int, list[str]]:
    """Each action's owners as shown on the sheet, for every action of the committee."""
    rows = db.execute(
        """SELECT o.action_id, o.owner, coalesce(p.id, a.person_id), coalesce(p.name, ap.name),
                  (SELECT count(*) FROM action_owners x
                   WHERE x.action_id = o.action_id AND x.deleted = 0) AS n
           FROM action_owners o
           JOIN actions a ON a.id = o.action_id
           JOIN meetings m ON m.id = a.meeting_id
           LEFT JOIN people p0 ON p0.id = o.person_id
           LEFT JOIN people p ON p.id = coalesce(p0.merged_into, p0.id) AND p.deleted = 0
           LEFT JOIN people ap ON ap.id = a.person_id AND ap.deleted = 0
           WHERE o.deleted = 0 AND m.committee_id = ?
           ORDER BY o.action_id, o.position""",
        [committee_id],
    ).fetchall()
    owners: dict[int, list[str]] = {}
    for action_id, written, person_id, person, count in rows:
        # The action's own match stands for its owner only when it has just one.
        if count > 1 and person_id is not None and person is None:
            person_id = None
        owners.setdefault(action_id, []).append(_owner_label(person, roles.get(person_id), written))
    return owners


def _current_roles(db: Database, committee_id: int, today: date) -> dict[int, str]:
    """person id -> role held today, a role on this committee before a general one."""
    rows = db.execute(
        """SELECT person_id, title FROM roles
           WHERE deleted = 0 AND (committee_id IS NULL OR committee_id = ?)
             AND (from_date IS NULL OR from_date <= ?) AND (to_date IS NULL OR to_date >= ?)
           ORDER BY committee_id IS NULL, from_date DESC""",
        [committee_id, today.isoformat(), today.isoformat()],
    ).fetchall()
    roles: dict[int, str] = {}
    for person_id, title in rows:
        roles.setdefault(person_id, title)
    return roles


def _meeting_dates_around(
    db: Database, committee_id: int, today: date
) -> tuple[date | None, date | None]:
    """(the committee's next meeting after today, its last meeting on or before today)."""
    upcoming, last = db.execute(
        """SELECT min(CASE WHEN date > ? THEN date END), max(CASE WHEN date <= ? THEN date END)
           FROM meetings WHERE committee_id = ? AND deleted = 0""",
        [today.isoformat(), today.isoformat(), committee_id],
    ).fetchone()
    return _day(upcoming), _day(last)


def _under_exempt_items(db: Database) -> tuple[set[int], set[int]]:
    """Ids of the actions and follow-ups recorded under an exempt agenda item."""
    action_ids, follow_up_ids = (
        {
            row[0]
            for row in db.execute(
                f"""SELECT t.id FROM {table} t JOIN agenda_items i ON i.id = t.item_id
                    WHERE i.exempt = 1"""
            )
        }
        for table in ("actions", "follow_ups")
    )
    return action_ids, follow_up_ids


def _closed_after(closed_at: str | None, last_meeting: date | None) -> bool:
    closed = _day(closed_at)
    return closed is not None and (last_meeting is None or closed > last_meeting)


def _day(value: str | None) -> date | None:
    """A date from 'YYYY-MM-DD' or an ISO timestamp; None when absent or unreadable."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
