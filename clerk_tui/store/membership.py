"""Committee membership and refused matches as stored: who sits on which committee, with the
initials its minutes use, and the mentions the clerk said are not someone.

These helpers run inside the caller's transaction and leave the directory version to it;
the clerk's changes go through `store.people` (`add_member`, `remove_member`, `undo_match`).
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from clerk_tui.core.membership import Membership
from clerk_tui.core.names import name_key
from clerk_tui.store.db import insert

if TYPE_CHECKING:
    from sqlite_utils import Database

ORIGINS = ("directory", "minutes", "clerk")
"""Where a membership came from: the directory CSV, the people named in a meeting's minutes,
or the clerk. Minutes never restore a membership the clerk removed."""


def join_committee(
    db: Database,
    committee_id: int,
    person_id: int,
    *,
    origin: str,
    initials: str | None = None,
) -> bool:
    """Seat a person on a committee (restoring a removed seat unless `origin` is the
    minutes), keeping the initials the minutes define; True when something changed."""
    row = db.execute(
        "SELECT id, initials, deleted FROM committee_members WHERE committee_id = ? "
        "AND person_id = ?",
        [committee_id, person_id],
    ).fetchone()
    initials = initials.replace(".", "").upper() if initials else None
    if row is None:
        insert(
            db,
            "committee_members",
            {
                "uuid": _seat_uuid(db, committee_id, person_id),
                "committee_id": committee_id,
                "person_id": person_id,
                "initials": initials,
                "origin": origin,
            },
        )
        return True
    seat_id, known_initials, deleted = row
    if deleted and origin == "minutes":
        return False
    if not deleted and (not initials or initials == known_initials):
        return False
    db.execute(
        "UPDATE committee_members SET deleted = 0, initials = coalesce(?, initials) WHERE id = ?",
        [initials, seat_id],
    )
    return True


def leave_committee(db: Database, committee_id: int, person_id: int) -> bool:
    """Take a person off a committee (a tombstone); True when they sat on it."""
    cursor = db.execute(
        "UPDATE committee_members SET deleted = 1 WHERE committee_id = ? AND person_id = ? "
        "AND deleted = 0",
        [committee_id, person_id],
    )
    return cursor.rowcount > 0


def _seat_uuid(db: Database, committee_id: int, person_id: int) -> str:
    """The same for one person and committee on every clerk's copy, so a seat two clerks
    both learn syncs as one row."""
    committee = db.execute("SELECT uuid FROM committees WHERE id = ?", [committee_id]).fetchone()
    person = db.execute("SELECT uuid FROM people WHERE id = ?", [person_id]).fetchone()
    seat = f"clerk-tui:committee-member:{committee[0]}:{person[0]}"
    return str(uuid.uuid5(uuid.NAMESPACE_URL, seat))


def memberships(db: Database) -> dict[int, list[dict[str, Any]]]:
    """Person id -> their seats: {committee, initials, origin}, by committee name."""
    seats: dict[int, list[dict[str, Any]]] = {}
    for person_id, committee, initials, origin in db.execute(
        """SELECT m.person_id, c.name, m.initials, m.origin FROM committee_members m
           JOIN committees c ON c.id = m.committee_id
           WHERE m.deleted = 0 AND c.deleted = 0 ORDER BY c.name COLLATE NOCASE"""
    ):
        seats.setdefault(person_id, []).append(
            {"committee": committee, "initials": initials, "origin": origin}
        )
    return seats


def seats_for_matcher(db: Database) -> dict[int, tuple[Membership, ...]]:
    """Person id -> their memberships as the matcher takes them."""
    return {
        person_id: tuple(Membership(s["committee"], s["initials"]) for s in seats)
        for person_id, seats in memberships(db).items()
    }


def move_seats(db: Database, keep_id: int, duplicate_id: int) -> None:
    """A merged duplicate's seats and refusals become the kept person's."""
    for committee_id, initials, origin in db.execute(
        "SELECT committee_id, initials, origin FROM committee_members "
        "WHERE person_id = ? AND deleted = 0",
        [duplicate_id],
    ).fetchall():
        join_committee(db, committee_id, keep_id, origin=origin, initials=initials)
    db.execute("UPDATE committee_members SET deleted = 1 WHERE person_id = ?", [duplicate_id])
    db.execute(
        "UPDATE refused_matches SET person_id = ? WHERE person_id = ?", [keep_id, duplicate_id]
    )


def refuse(db: Database, person_id: int, committee_id: int | None, mention: str) -> None:
    """Record that `mention`, in that committee's minutes, is not `person_id`."""
    key = name_key(mention)
    if (
        not key
        or db.execute(
            "SELECT 1 FROM refused_matches WHERE person_id = ? AND committee_id IS ? "
            "AND normalised = ? AND deleted = 0",
            [person_id, committee_id, key],
        ).fetchone()
    ):
        return
    insert(
        db,
        "refused_matches",
        {
            "person_id": person_id,
            "committee_id": committee_id,
            "mention": mention,
            "normalised": key,
        },
    )


def withdraw_refusals(db: Database, person_id: int, mention: str) -> bool:
    """The clerk says `mention` is `person_id` after all: forget any refusal of it."""
    cursor = db.execute(
        "UPDATE refused_matches SET deleted = 1 WHERE person_id = ? AND normalised = ? "
        "AND deleted = 0",
        [person_id, name_key(mention)],
    )
    return cursor.rowcount > 0


def refusals(db: Database) -> dict[int, tuple[tuple[str, str | None], ...]]:
    """Person id -> the mentions refused for them, each with its committee (or None)."""
    found: dict[int, list[tuple[str, str | None]]] = {}
    for person_id, mention, committee in db.execute(
        """SELECT r.person_id, r.mention, c.name FROM refused_matches r
           LEFT JOIN committees c ON c.id = r.committee_id WHERE r.deleted = 0"""
    ):
        found.setdefault(person_id, []).append((mention, committee))
    return {person_id: tuple(pairs) for person_id, pairs in found.items()}
