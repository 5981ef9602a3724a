"""The people and bodies directory, matching every mention at import, and the review queue.

The People and Review screens are built on these functions:

- directory: `import_csv`, `list_people`, `get_person`, `add_person`, `edit_person`,
  `add_role`, `add_alias`, `merge_people`, `add_member`, `remove_member`;
- matching: `load_matcher` (cached until the directory changes), `match_text`;
- import: `attach_people`, called by `save_parsed` inside its transaction;
- review: `review_queue`, `confirm_mention`, `ignore_mention`, `create_person_from_mention`,
  `add_new_people`; `automatic_matches` and `undo_match` for the matches made without
  asking.

People sit on committees (`store.membership`): from the CSV's committees column, from the
attendance lists of each imported meeting (with the initials they define), and from the
clerk. A mention in a committee's minutes is matched first among its members.

Every change runs in one transaction and bumps the directory version (`directory_changed`,
which a sync that brings directory rows calls too), so the next `load_matcher` rebuilds its
index.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clerk_tui.core.matching import DirectoryEntry, DirectoryRole, Matcher, MatchResult
from clerk_tui.core.model import ParsedMinutes, Person
from clerk_tui.core.name_kinds import names_a_person, reads_as_role
from clerk_tui.core.names import (
    COUNCILLOR_HONORIFICS,
    directory_role,
    fold,
    is_generic_role,
    learned_key,
    looks_like_body,
    looks_like_initials,
    name_key,
    split_mention,
)
from clerk_tui.core.parse.people.words import is_body_acronym
from clerk_tui.core.salutation import is_email
from clerk_tui.store.actions import record_event
from clerk_tui.store.committees import ensure_committee
from clerk_tui.store.db import StoreError, db_path, insert, new_uuid, transaction
from clerk_tui.store.membership import (
    join_committee,
    leave_committee,
    memberships,
    move_seats,
    refusals,
    refuse,
    seats_for_matcher,
    withdraw_refusals,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

DIRECTORY_VERSION = "people.directory_version"
DIRECTORY_TABLES = frozenset(
    {"committees", "people", "roles", "aliases", "committee_members", "refused_matches"}
)
"""The tables the matcher is built from."""
PENDING = ("ambiguous", "unknown")
CSV_COLUMNS = "name,role,organisation,aliases[,committees]"
_NOW = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"


# --- the directory --------------------------------------------------------------------------


@dataclass
class ImportReport:
    """What `import_csv` did: entries added (of them bodies), updated and unchanged; roles,
    aliases and committee seats added."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    bodies: int = 0
    roles: int = 0
    aliases: int = 0
    seats: int = 0
    """Committee memberships added from the committees column."""
    rematched: int = 0
    """Names waiting for review in stored minutes that the new directory now matches."""


def import_csv(db: Database, path: str | Path) -> ImportReport:
    """Load a directory CSV (columns name,role,organisation,aliases; optional committees,
    the committees the person sits on; aliases and committees separated by ';'; optional
    from, to, committee (the role's), email). A row with no role whose name is an
    organisation is a body. Importing the same file again updates entries rather than
    duplicating them. All or nothing: a bad file raises a one-line StoreError."""
    rows = _read_csv(Path(path))
    report = ImportReport()
    with transaction(db):
        known = _known_keys(db)
        for line, row in rows:
            _import_row(db, known, line, row, report)
        directory_changed(db)
        report.rematched = _rematch_waiting(db, None)
    return report


def _read_csv(path: Path) -> list[tuple[int, dict[str, str]]]:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise StoreError(f"{path}: no such file") from None
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")  # a CSV saved by Excel on Windows
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = [fold(h).replace(" ", "_") for h in next(reader, [])]
        if "name" not in header:
            raise StoreError(f"{path}: no 'name' column; expected the columns {CSV_COLUMNS}")
        rows = []
        for cells in reader:
            if not any(c.strip() for c in cells):
                continue
            if len(cells) > len(header):
                raise StoreError(
                    f"{path}: line {reader.line_num} has {len(cells)} fields, the header "
                    f"{len(header)}; put quotes around values that contain commas"
                )
            row = {h: c.strip() for h, c in zip(header, cells, strict=False)}
            if not row.get("name"):
                raise StoreError(f"{path}: line {reader.line_num} has no name")
            rows.append((reader.line_num, row))
    except csv.Error as exc:
        raise StoreError(f"{path}: line {reader.line_num}: {exc}") from None
    return rows


def _import_row(
    db: Database, known: dict[str, int], line: int, row: dict[str, str], report: ImportReport
) -> None:
    name, role = row["name"], row.get("role") or None
    organisation = row.get("organisation") or None
    email = row.get("email") or None
    if email and not is_email(email):
        raise StoreError(f"line {line}: email {email!r} is not an address like name@council.gov.uk")
    kind = "body" if not role and looks_like_body(name, organisation) else "person"
    person_id = known.get(name_key(name))
    changed = is_new = person_id is None
    if person_id is None:
        report.bodies += kind == "body"
        person_id = _insert_person(db, name, kind, organisation, email)
        known[name_key(name)] = person_id
        report.added += 1
    else:
        changed = _update_person(db, person_id, kind=kind, organisation=organisation, email=email)
    if role:
        start = _csv_date(row, ("from", "from_date", "start"), line)
        end = _csv_date(row, ("to", "to_date", "end"), line)
        committee_id = _committee_id(db, row.get("committee"))
        if _insert_role(db, person_id, role, organisation, start, end, committee_id):
            report.roles += 1
            changed = True
    for alias in (row.get("aliases") or "").split(";"):
        if alias.strip() and _insert_alias(db, person_id, alias.strip(), "directory"):
            known.setdefault(name_key(alias), person_id)
            report.aliases += 1
            changed = True
    for committee in (row.get("committees") or "").split(";"):
        committee_id = _committee_id(db, " ".join(committee.split()))
        if committee_id and join_committee(db, committee_id, person_id, origin="directory"):
            report.seats += 1
            changed = True
    if not is_new:
        report.updated += changed
        report.unchanged += not changed


def _csv_date(row: dict[str, str], columns: tuple[str, ...], line: int) -> date | None:
    for column in columns:
        value = row.get(column)
        if value:
            try:
                return date.fromisoformat(value)
            except ValueError:
                raise StoreError(
                    f"line {line}: {column} {value!r} is not a date in the form YYYY-MM-DD"
                ) from None
    return None


def _committee_id(db: Database, name: str | None) -> int | None:
    if not name:
        return None
    return ensure_committee(db, name)


def _known_keys(db: Database) -> dict[str, int]:
    """Name and alias keys of the live directory, to find an entry again on re-import."""
    known: dict[str, int] = {}
    for pid, alias in db.execute(
        """SELECT a.person_id, a.alias FROM aliases a JOIN people p ON p.id = a.person_id
           WHERE a.deleted = 0 AND p.deleted = 0 AND p.merged_into IS NULL"""
    ):
        known.setdefault(name_key(alias), pid)
    for pid, name in db.execute(
        "SELECT id, name FROM people WHERE deleted = 0 AND merged_into IS NULL ORDER BY id"
    ):
        known[name_key(name)] = pid
    return known


def _insert_person(
    db: Database, name: str, kind: str, organisation: str | None, email: str | None = None
) -> int:
    name = " ".join(name.split())
    if not name:
        raise StoreError("a person needs a name")
    return insert(
        db, "people", {"name": name, "kind": kind, "organisation": organisation, "email": email}
    )


def _update_person(db: Database, person_id: int, **values: str | None) -> bool:
    """Set the given non-empty fields; True when something changed."""
    values = {k: v for k, v in values.items() if v}
    if not values:
        return False
    current = _person_row(db, person_id)
    if all(current[k] == v for k, v in values.items()):
        return False
    assignments = ", ".join(f"{k} = ?" for k in values)
    db.execute(
        f"UPDATE people SET {assignments}, updated_at = {_NOW} WHERE id = ?",
        [*values.values(), person_id],
    )
    return True


def _insert_role(
    db: Database,
    person_id: int,
    title: str,
    organisation: str | None,
    start: date | None = None,
    end: date | None = None,
    committee_id: int | None = None,
) -> bool:
    """Add a role unless the person already has it (same title, organisation and dates)."""
    title = " ".join(title.split())
    for row in db.query(
        "SELECT title, organisation, from_date FROM roles WHERE person_id = ? AND deleted = 0",
        [person_id],
    ):
        same_title = fold(row["title"]) == fold(title)
        same_org = fold(row["organisation"] or "") == fold(organisation or "")
        if same_title and same_org and row["from_date"] == (start.isoformat() if start else None):
            return False
    insert(
        db,
        "roles",
        {
            "person_id": person_id,
            "title": title,
            "organisation": organisation,
            "committee_id": committee_id,
            "from_date": start.isoformat() if start else None,
            "to_date": end.isoformat() if end else None,
        },
    )
    return True


def _insert_alias(db: Database, person_id: int, alias: str, origin: str) -> bool:
    """Add an alias unless the person has one with the same key; True when added."""
    key = name_key(alias)
    if not key:
        return False
    cursor = db.execute(
        """INSERT INTO aliases (uuid, person_id, alias, normalised, origin) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (person_id, normalised) DO UPDATE SET deleted = 0 WHERE deleted = 1""",
        [new_uuid(), person_id, alias, key, origin],
    )
    return cursor.rowcount > 0


def directory_changed(db: Database) -> None:
    """Make every connection's next `load_matcher` rebuild its index."""
    db.execute(
        "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
        [DIRECTORY_VERSION, new_uuid()],
    )


def _person_row(db: Database, person_id: int) -> dict[str, Any]:
    rows = list(db.query("SELECT * FROM people WHERE id = ? AND deleted = 0", [person_id]))
    if not rows:
        raise StoreError(f"there is no person {person_id}")
    return rows[0]


def list_people(db: Database, committee: str | None = None) -> list[dict[str, Any]]:
    """Every live person and body (merged duplicates left out), or the members of
    `committee`, by name, each with `roles` (title, organisation, committee, from, to),
    `aliases` (as written) and `committees` (committee, initials, origin)."""
    where, params = "", []
    if committee is not None:
        committee_id = _existing_committee(db, committee)
        where = (
            " AND id IN (SELECT person_id FROM committee_members"
            " WHERE committee_id = ? AND deleted = 0)"
        )
        params.append(committee_id)
    people = list(
        db.query(
            f"""SELECT id, name, kind, organisation, email FROM people
               WHERE deleted = 0 AND merged_into IS NULL{where} ORDER BY name COLLATE NOCASE, id""",
            params,
        )
    )
    roles: dict[int, list[dict[str, Any]]] = {}
    for row in db.query(
        """SELECT r.id, r.person_id, r.title, r.organisation, c.name AS committee,
                  r.from_date AS "from", r.to_date AS "to"
           FROM roles r LEFT JOIN committees c ON c.id = r.committee_id
           WHERE r.deleted = 0 ORDER BY r.from_date IS NOT NULL, r.from_date DESC, r.id"""
    ):
        roles.setdefault(row.pop("person_id"), []).append(row)
    aliases: dict[int, list[str]] = {}
    for pid, alias in db.execute(
        "SELECT person_id, alias FROM aliases WHERE deleted = 0 ORDER BY id"
    ):
        aliases.setdefault(pid, []).append(alias)
    seats = memberships(db)
    for person in people:
        person["roles"] = roles.get(person["id"], [])
        person["aliases"] = aliases.get(person["id"], [])
        person["committees"] = seats.get(person["id"], [])
    return people


def _existing_committee(db: Database, name: str) -> int:
    row = db.execute(
        "SELECT id FROM committees WHERE name = ? COLLATE NOCASE AND deleted = 0", [name.strip()]
    ).fetchone()
    if row is None:
        raise StoreError(f"there is no committee called {name.strip()!r}")
    return int(row[0])


def get_person(db: Database, person_id: int) -> dict[str, Any]:
    """One person with roles and aliases, as in `list_people`."""
    _person_row(db, person_id)
    return next(p for p in list_people(db) if p["id"] == person_id)


def add_person(
    db: Database,
    name: str,
    *,
    role: str | None = None,
    organisation: str | None = None,
    kind: str | None = None,
    aliases: tuple[str, ...] | list[str] = (),
    email: str | None = None,
) -> int:
    """Add a person (or a body: kind 'body', guessed from the name when not given)."""
    with transaction(db):
        person_id = _add_person(db, name, role, organisation, kind, aliases, email)
        directory_changed(db)
    return person_id


def _add_person(
    db: Database,
    name: str,
    role: str | None,
    organisation: str | None,
    kind: str | None,
    aliases: tuple[str, ...] | list[str] = (),
    email: str | None = None,
) -> int:
    if kind not in (None, "person", "body"):
        raise StoreError(f"kind must be 'person' or 'body', not {kind!r}")
    kind = kind or ("body" if not role and looks_like_body(name, organisation) else "person")
    person_id = _insert_person(db, name, kind, organisation, email)
    if role:
        _insert_role(db, person_id, role, organisation)
    for alias in aliases:
        _insert_alias(db, person_id, alias, "directory")
    return person_id


def edit_person(
    db: Database,
    person_id: int,
    *,
    name: str | None = None,
    organisation: str | None = None,
    email: str | None = None,
    kind: str | None = None,
) -> None:
    """Change a person's name, organisation, email or kind (None: unchanged; '' clears the
    organisation or email). A changed name is kept as an alias, so minutes that used the old
    spelling still match. An email that is not an address is refused."""
    if kind not in (None, "person", "body"):
        raise StoreError(f"kind must be 'person' or 'body', not {kind!r}")
    if email and not is_email(email):
        raise StoreError(f"{email.strip()!r} is not an email address like name@council.gov.uk")
    with transaction(db):
        cleared = [f for f, v in (("organisation", organisation), ("email", email)) if v == ""]
        for column in cleared:
            db.execute(
                f"UPDATE people SET {column} = NULL, updated_at = {_NOW} "
                f"WHERE id = ? AND {column} IS NOT NULL",
                [person_id],
            )
        old = _person_row(db, person_id)
        new_name = " ".join(name.split()) if name is not None else None
        if name is not None and not new_name:
            raise StoreError("a person needs a name")
        if new_name and new_name != old["name"]:
            _insert_alias(db, person_id, old["name"], "directory")
        _update_person(
            db,
            person_id,
            name=new_name,
            organisation=organisation,
            email=email.strip() if email else None,
            kind=kind,
        )
        directory_changed(db)


def add_role(
    db: Database,
    person_id: int,
    title: str,
    *,
    organisation: str | None = None,
    from_date: date | None = None,
    to_date: date | None = None,
    committee: str | None = None,
) -> None:
    """Give someone a role, held from `from_date` to `to_date` (open ends: always, still)."""
    if not title.strip():
        raise StoreError("a role needs a title")
    with transaction(db):
        _person_row(db, person_id)
        _insert_role(
            db, person_id, title, organisation, from_date, to_date, _committee_id(db, committee)
        )
        directory_changed(db)


def add_alias(db: Database, person_id: int, alias: str) -> None:
    """Another way the minutes write this person or body ('Cllr Sanderson', 'ICB')."""
    if not name_key(alias):
        raise StoreError("an alias cannot be empty")
    with transaction(db):
        _person_row(db, person_id)
        _insert_alias(db, person_id, alias.strip(), "directory")
        directory_changed(db)


def add_member(
    db: Database, person_id: int, committee: str, *, initials: str | None = None
) -> None:
    """Seat someone on a committee (created when new): its minutes then match them first."""
    name = " ".join(committee.split())
    if not name:
        raise StoreError("a committee needs a name")
    if initials and not looks_like_initials(initials.strip()):
        raise StoreError(f"{initials.strip()!r} are not initials: two to five capital letters")
    with transaction(db):
        person = _person_row(db, person_id)
        if person["kind"] != "person":
            raise StoreError(
                f"{person['name']} is a body, not a person: bodies sit on no committee"
            )
        committee_id = _committee_id(db, name)
        assert committee_id is not None
        join_committee(db, committee_id, person_id, origin="clerk", initials=initials or None)
        directory_changed(db)
        _rematch_waiting(db, committee_id)


def remove_member(db: Database, person_id: int, committee: str) -> None:
    """Take someone off a committee; minutes imported later do not seat them again."""
    with transaction(db):
        person = _person_row(db, person_id)
        committee_id = _existing_committee(db, committee)
        if not leave_committee(db, committee_id, person_id):
            raise StoreError(f"{person['name']} does not sit on {committee.strip()}")
        directory_changed(db)


def merge_people(db: Database, keep_id: int, duplicate_id: int) -> None:
    """Fold a duplicate entry into `keep_id`: its name becomes an alias, its aliases, roles,
    committee seats, actions, owners and mentions move across, and it is marked
    `merged_into`."""
    if keep_id == duplicate_id:
        raise StoreError("cannot merge a person into themselves")
    with transaction(db):
        _person_row(db, keep_id)
        duplicate = _person_row(db, duplicate_id)
        if duplicate["merged_into"] is not None:
            raise StoreError(f"person {duplicate_id} is already merged")
        _insert_alias(db, keep_id, duplicate["name"], "directory")
        for alias, origin in db.execute(
            "SELECT alias, origin FROM aliases WHERE person_id = ? AND deleted = 0",
            [duplicate_id],
        ).fetchall():
            _insert_alias(db, keep_id, alias, origin)
        db.execute("UPDATE aliases SET deleted = 1 WHERE person_id = ?", [duplicate_id])
        move_seats(db, keep_id, duplicate_id)
        for table in ("roles", "action_owners", "mentions"):
            db.execute(
                f"UPDATE {table} SET person_id = ? WHERE person_id = ?", [keep_id, duplicate_id]
            )
        db.execute(
            f"UPDATE actions SET person_id = ?, updated_at = {_NOW} WHERE person_id = ?",
            [keep_id, duplicate_id],
        )
        db.execute(
            f"UPDATE people SET merged_into = ?, updated_at = {_NOW} WHERE id = ?",
            [keep_id, duplicate_id],
        )
        directory_changed(db)


# --- matching -------------------------------------------------------------------------------

_matchers: dict[tuple[str, int], tuple[str | None, Matcher]] = {}


def load_matcher(db: Database) -> Matcher:
    """The matcher for this database's directory, rebuilt only when the directory changed."""
    slot = (str(db_path(db)), id(db.conn))
    row = db.execute("SELECT value FROM settings WHERE key = ?", [DIRECTORY_VERSION]).fetchone()
    version = row[0] if row else None
    cached = _matchers.get(slot)
    if cached and cached[0] == version:
        return cached[1]
    matcher = Matcher(_directory_entries(db))
    _matchers[slot] = (version, matcher)
    return matcher


def _directory_entries(db: Database) -> list[DirectoryEntry]:
    roles: dict[int, list[DirectoryRole]] = {}
    for pid, title, organisation, start, end, committee in db.execute(
        """SELECT r.person_id, r.title, r.organisation, r.from_date, r.to_date, c.name
           FROM roles r LEFT JOIN committees c ON c.id = r.committee_id
           WHERE r.deleted = 0 ORDER BY r.from_date IS NOT NULL, r.from_date DESC, r.id"""
    ):
        roles.setdefault(pid, []).append(
            DirectoryRole(
                title,
                organisation,
                date.fromisoformat(start) if start else None,
                date.fromisoformat(end) if end else None,
                committee,
            )
        )
    aliases: dict[int, list[str]] = {}
    learned: dict[int, list[str]] = {}
    for pid, alias, origin in db.execute(
        "SELECT person_id, alias, origin FROM aliases WHERE deleted = 0"
    ):
        (learned if origin == "learned" else aliases).setdefault(pid, []).append(alias)
    seats, refused = seats_for_matcher(db), refusals(db)
    return [
        DirectoryEntry(
            pid,
            name,
            kind,
            organisation,
            tuple(roles.get(pid, ())),
            tuple(aliases.get(pid, ())),
            tuple(learned.get(pid, ())),
            seats.get(pid, ()),
            refused.get(pid, ()),
        )
        for pid, name, kind, organisation in db.execute(
            "SELECT id, name, kind, organisation FROM people "
            "WHERE deleted = 0 AND merged_into IS NULL"
        )
    ]


def match_text(
    db: Database, text: str, on_date: date | None = None, committee: str | None = None
) -> MatchResult:
    """Who `text` ('Cllr Kennedy', 'ICB', 'the Director of Public Health') refers to, at a
    meeting of `committee` on `on_date` when given."""
    return load_matcher(db).match(text, on_date=on_date, committee=committee)


def match_owners(
    db: Database, parsed: ParsedMinutes, on_date: date | None, committee: str | None
) -> dict[str, MatchResult]:
    """Each action owner of a parse as the import will match it (the meeting's attendance,
    its committee's members), for the preview before storing."""
    matcher = load_matcher(db)
    owners = {o for action in parsed.actions for o in action.owners or [action.owner or ""]}
    return {
        owner: matcher.match(owner, on_date=on_date, attendance=parsed.people, committee=committee)
        for owner in sorted(owners - {""})
    }


def committee_exists(db: Database, name: str) -> bool:
    """A committee of that name (any case) is stored."""
    return bool(
        db.execute(
            "SELECT 1 FROM committees WHERE name = ? COLLATE NOCASE AND deleted = 0", [name.strip()]
        ).fetchone()
    )


# --- import ---------------------------------------------------------------------------------


def attach_people(
    db: Database, meeting_id: int, parsed: ParsedMinutes, text: str, meeting_date: date | None
) -> None:
    """Match every person and every action owner of a stored parse in its committee's
    context, inside the caller's transaction: each mention is recorded with its answer,
    matched owners set `action_owners.person_id` and `actions.person_id` where none is set
    yet (a clerk's choice is never overwritten), the rest wait in `review_queue`. The
    people the attendance lists name (present, apologies, in attendance) whom the matcher
    is sure of join the meeting's committee, with the initials the minutes give them."""
    matcher = load_matcher(db)
    committee_id, committee = _meeting_committee(db, meeting_id)
    seated = False
    answers: dict[tuple[str, str | None], MatchResult] = {}

    def answer(label: str, role: str | None) -> MatchResult:
        if (label, role) not in answers:
            answers[label, role] = matcher.match(
                label,
                on_date=meeting_date,
                attendance=parsed.people,
                role_text=role,
                committee=committee,
            )
        return answers[label, role]

    for person in parsed.people:
        label = person.name or person.role
        if not label:
            continue
        result = answer(label, person.role)
        for start, end in person.mentions or [(0, 0)]:
            _record_mention(
                db, meeting_id, "person", label, person.role, start, end, result, person.attendance
            )
        listed = person.attendance or person.initials
        if committee_id and listed and result.status == "matched" and result.person_id:
            seated |= _seat(db, committee_id, result.person_id, person.initials, "minutes")
    actions = db.execute(
        "SELECT id, owner, source_start, source_end FROM actions "
        "WHERE meeting_id = ? AND deleted = 0",
        [meeting_id],
    ).fetchall()
    for action_id, owner, start, end in actions:
        owners = db.execute(
            "SELECT id, owner FROM action_owners WHERE action_id = ? AND deleted = 0 "
            "ORDER BY position",
            [action_id],
        ).fetchall()
        first_person: int | None = None
        for owner_row_id, owner_text in owners:
            result = answer(owner_text, None)
            if result.status != "matched" and is_body_acronym(owner_text, text):
                continue  # "NHS", "the PCN": a body's letters, no one to ask the clerk about
            _record_mention(db, meeting_id, "owner", owner_text, None, start or 0, end or 0, result)
            if result.status == "matched":
                db.execute(
                    "UPDATE action_owners SET person_id = ? WHERE id = ? AND person_id IS NULL",
                    [result.person_id, owner_row_id],
                )
                first_person = first_person or result.person_id
        if owner and first_person is None:
            result = answer(owner, None)
            first_person = result.person_id if result.status == "matched" else None
        if first_person is not None:
            db.execute(
                "UPDATE actions SET person_id = ? WHERE id = ? AND person_id IS NULL",
                [first_person, action_id],
            )
    if seated:
        directory_changed(db)


def _meeting_committee(db: Database, meeting_id: int) -> tuple[int | None, str | None]:
    row = db.execute(
        "SELECT c.id, c.name FROM meetings m LEFT JOIN committees c ON c.id = m.committee_id "
        "WHERE m.id = ?",
        [meeting_id],
    ).fetchone()
    return (row[0], row[1]) if row else (None, None)


def _seat(
    db: Database, committee_id: int, person_id: int, initials: str | None, origin: str
) -> bool:
    """Seat a person (not a body) on a committee; True when that changed the directory."""
    kind = db.execute("SELECT kind FROM people WHERE id = ?", [person_id]).fetchone()
    if not kind or kind[0] != "person":
        return False
    initials = initials if initials and looks_like_initials(initials) else None
    return join_committee(db, committee_id, person_id, origin=origin, initials=initials)


def _record_mention(
    db: Database,
    meeting_id: int,
    kind: str,
    label: str,
    role: str | None,
    start: int,
    end: int,
    result: MatchResult,
    attendance: str | None = None,
) -> None:
    insert(
        db,
        "mentions",
        {
            "meeting_id": meeting_id,
            "kind": kind,
            "source_start": start,
            "source_end": end,
            "text": label,
            "role_text": role or result.expanded_role,
            "expanded": result.expanded,
            "attendance": attendance,
            "person_id": result.person_id,
            "score": result.score,
            "status": result.status,
            "candidates": json.dumps(
                [
                    {"person_id": c.person_id, "person": c.person, "score": c.score}
                    for c in result.candidates
                ]
            ),
        },
    )


# --- review ---------------------------------------------------------------------------------


def review_queue(
    db: Database, meeting_id: int | None = None, leave_out: Iterable[int] = ()
) -> list[dict[str, Any]]:
    """Mentions waiting for the clerk (ambiguous or unknown), one entry per name per
    meeting, oldest meeting first. Each has `id` (pass it to confirm/ignore), `meeting_id`,
    `committee`, `meeting_date`, `kind` ('person' or 'owner'), `text` (as the minutes give
    it), `role_text` (the role the minutes state), `status`, `score`, `candidates` (list
    of {person_id, person, score}), `mentions` (how many times) and `sentence` (the line of
    the minutes where it first appears). Initials the meeting's attendance defines carry
    that person's name: `expanded` ('Nadia Khan'), `text` 'Nadia Khan (NK)' so a new person
    is named in full, `written` ('NK', as the minutes give it) and the attendance's role in
    `role_text`; `listed` says the attendance lists them. The meetings `leave_out` (the
    samples, say) are left out."""
    where, params = "x.status IN ('ambiguous', 'unknown')", []
    if meeting_id is not None:
        where += " AND x.meeting_id = ?"
        params.append(meeting_id)
    skipped = sorted(set(leave_out))
    if skipped:
        where += f" AND x.meeting_id NOT IN ({', '.join('?' for _ in skipped)})"
        params += skipped
    rows = list(
        db.query(
            f"""SELECT min(x.id) AS id, x.meeting_id, c.name AS committee, m.date AS meeting_date,
                   x.kind, x.text, max(x.role_text) AS role_text, max(x.expanded) AS expanded,
                   x.status, x.score, max(x.attendance IS NOT NULL) AS listed,
                   x.candidates, count(*) AS mentions, min(x.source_start) AS source_start,
                   substr(m.text, max(1, min(x.source_start) - 200), 400 + max(x.source_end)
                       - min(x.source_start)) AS context,
                   max(1, min(x.source_start) - 200) - 1 AS context_start
                FROM mentions x JOIN meetings m ON m.id = x.meeting_id AND m.deleted = 0
                LEFT JOIN committees c ON c.id = m.committee_id
                WHERE {where}
                GROUP BY x.meeting_id, x.text COLLATE NOCASE
                ORDER BY m.date, x.meeting_id, min(x.source_start)""",
            params,
        )
    )
    for row in rows:
        row["written"] = row["text"]
        if row["expanded"] and looks_like_initials(row["text"]):
            row["text"] = f"{row['expanded']} ({row['text']})"
        row["candidates"] = json.loads(row["candidates"] or "[]")
        row["sentence"] = _line_around(
            row.pop("context") or "", row["source_start"] - row.pop("context_start")
        )
    return rows


def written_like(label: str) -> Callable[[str], bool]:
    """Whether another mention or owner in the same minutes is written as `label` is
    ('Cllr Smith', 'Councillor Smith'; the same initials)."""
    keys = {name_key(label), label.casefold()} - {""}

    def same(text: str) -> bool:
        return bool({name_key(text), text.casefold()} & keys)

    return same


def directory_arrived(db: Database) -> int:
    """People, roles or seats came from another clerk (a team sync): the matcher is rebuilt,
    and the names waiting for review that it is now sure of are matched, as after
    `import_csv`. Returns how many."""
    with transaction(db):
        directory_changed(db)
        return _rematch_waiting(db, None)


def _rematch_waiting(db: Database, committee_id: int | None) -> int:
    """Match again, inside the caller's transaction, the names waiting for review in a
    committee's meetings (every meeting's when None) now that the directory has changed:
    those the matcher is now sure of are matched, as at import (the clerk can still undo
    them), and their action owners attached. Returns how many mentions were matched."""
    where, params = "x.status IN ('ambiguous', 'unknown')", []
    if committee_id is not None:
        where += " AND m.committee_id = ?"
        params.append(committee_id)
    rows = db.execute(
        f"""SELECT x.id, x.meeting_id, x.text, x.expanded, x.role_text, m.date, c.id, c.name
            FROM mentions x JOIN meetings m ON m.id = x.meeting_id AND m.deleted = 0
            LEFT JOIN committees c ON c.id = m.committee_id WHERE {where}""",
        params,
    ).fetchall()
    matcher = load_matcher(db)
    matched = 0
    for mention_id, meeting_id, text, expanded, role, day, seat, committee in rows:
        initials = text if looks_like_initials(text) else None
        attendance = [Person(expanded, role, initials=initials)] if expanded else None
        on_date = date.fromisoformat(day) if day else None
        result = matcher.match(
            text, on_date=on_date, attendance=attendance, role_text=role, committee=committee
        )
        if result.status != "matched" or result.person_id is None:
            continue
        db.execute(
            "UPDATE mentions SET status = 'matched', person_id = ?, score = ? WHERE id = ?",
            [result.person_id, result.score, mention_id],
        )
        _attach_owners(
            db,
            meeting_id,
            written_like(text),
            result.person_id,
            result.person or "",
            "matched once the directory knew them",
        )
        if seat and expanded and initials:  # the attendance said whose initials they are
            _seat(db, seat, result.person_id, initials, "minutes")
        matched += 1
    return matched


def _line_around(context: str, offset: int) -> str:
    """The line of `context` that holds `offset`, single-spaced."""
    start = context.rfind("\n", 0, max(offset, 0)) + 1
    end = context.find("\n", max(offset, 0))
    return " ".join(context[start : end if end >= 0 else len(context)].split())


def confirm_mention(db: Database, mention_id: int | Sequence[int], person_id: int) -> None:
    """The clerk says this mention (or each of these, the same name in several meetings)
    is `person_id`. Its text is stored as a learned alias (so
    the next import matches it exactly; a bare role like 'the Chair' or meeting initials are
    not learned), and in that meeting every waiting mention and every action owner written
    the same way is attached to the person. Someone in the attendance, an action's owner or
    initials joins the meeting's committee (with the initials), and an earlier refusal of
    the mention for them is withdrawn."""
    ids = _ids(mention_id)
    with transaction(db):
        for one in ids:
            _confirm(db, one, person_id)
        directory_changed(db)
        for committee_id in _committees_of(db, ids):
            _rematch_waiting(db, committee_id)


def _confirm(db: Database, mention_id: int, person_id: int) -> None:
    mention = _mention_row(db, mention_id)
    person = _person_row(db, person_id)
    if person["merged_into"] is not None:
        person_id = int(person["merged_into"])
        person = _person_row(db, person_id)
    label, meeting_id = mention["text"], mention["meeting_id"]
    same_meeting = written_like(label)

    learnable = not is_generic_role(label) and not looks_like_initials(label)
    if learnable:
        _insert_alias(db, person_id, label, "learned")
    learned = learned_key(label) if learnable else None
    withdraw_refusals(db, person_id, label)
    committee_id, _ = _meeting_committee(db, meeting_id)
    initials = label if looks_like_initials(label) else None
    takes_part = mention["attendance"] or mention["kind"] == "owner" or initials
    if committee_id and takes_part and not is_generic_role(label):
        _seat(db, committee_id, person_id, initials, "minutes")

    def learned_elsewhere(text: str) -> bool:
        return learned_key(text) == learned

    elsewhere: set[int] = set()
    for row in db.query(
        f"SELECT id, meeting_id, text FROM mentions WHERE status IN {PENDING} OR id = ?",
        [mention_id],
    ):
        if row["id"] == mention_id or (
            row["meeting_id"] == meeting_id and same_meeting(row["text"])
        ):
            db.execute(
                "UPDATE mentions SET status = 'confirmed', confirmed = 1, person_id = ? "
                "WHERE id = ?",
                [person_id, row["id"]],
            )
        elif learned and learned_elsewhere(row["text"]):
            db.execute(
                "UPDATE mentions SET status = 'matched', person_id = ?, score = 100 WHERE id = ?",
                [person_id, row["id"]],
            )
            elsewhere.add(row["meeting_id"])
    _attach_owners(db, meeting_id, same_meeting, person_id, person["name"], "confirmed in review")
    for other in sorted(elsewhere):
        _attach_owners(db, other, learned_elsewhere, person_id, person["name"], "learned in review")


def _attach_owners(
    db: Database,
    meeting_id: int,
    written_as: Callable[[str], bool],
    person_id: int,
    person_name: str,
    how: str,
) -> None:
    """Attach the meeting's unmatched action owners that `written_as` accepts, and their
    actions when they have no person yet."""
    for action_id, owner_id, owner in db.execute(
        """SELECT o.action_id, o.id, o.owner FROM action_owners o
           JOIN actions a ON a.id = o.action_id
           WHERE a.meeting_id = ? AND o.person_id IS NULL AND o.deleted = 0""",
        [meeting_id],
    ).fetchall():
        if written_as(owner):
            db.execute("UPDATE action_owners SET person_id = ? WHERE id = ?", [person_id, owner_id])
            _attach_action(db, action_id, person_id, person_name, how)
    for action_id, owner in db.execute(
        "SELECT id, owner FROM actions WHERE meeting_id = ? AND person_id IS NULL "
        "AND deleted = 0 AND owner IS NOT NULL",
        [meeting_id],
    ).fetchall():
        if written_as(owner):
            _attach_action(db, action_id, person_id, person_name, how)


def _attach_action(
    db: Database, action_id: int, person_id: int, person_name: str, how: str
) -> None:
    """Attach an action without a matched person to `person_id`, with a history row."""
    cursor = db.execute(
        f"UPDATE actions SET person_id = ?, updated_at = {_NOW} WHERE id = ? AND person_id IS NULL",
        [person_id, action_id],
    )
    if cursor.rowcount:
        record_event(db, action_id, "person", None, person_name, f"owner {how}")


def _mention_row(db: Database, mention_id: int) -> dict[str, Any]:
    rows = list(db.query("SELECT * FROM mentions WHERE id = ?", [mention_id]))
    if not rows:
        raise StoreError(f"there is no mention {mention_id}")
    return rows[0]


def automatic_matches(db: Database, limit: int = 1000) -> list[dict[str, Any]]:
    """Mentions matched without asking, one entry per name per meeting, newest meeting
    first: `id` (pass it to `undo_match`), `meeting_id`, `committee`, `meeting_date`,
    `kind`, `text`, `person_id`, `person`, `score`, `mentions` and `sentence`."""
    rows = list(
        db.query(
            """SELECT min(x.id) AS id, x.meeting_id, c.name AS committee, m.date AS meeting_date,
                   x.kind, x.text, x.person_id, p.name AS person, x.score, count(*) AS mentions,
                   min(x.source_start) AS source_start,
                   substr(m.text, max(1, min(x.source_start) - 200), 400 + max(x.source_end)
                       - min(x.source_start)) AS context,
                   max(1, min(x.source_start) - 200) - 1 AS context_start
                FROM mentions x JOIN meetings m ON m.id = x.meeting_id AND m.deleted = 0
                JOIN people p ON p.id = x.person_id
                LEFT JOIN committees c ON c.id = m.committee_id
                WHERE x.status = 'matched'
                GROUP BY x.meeting_id, x.text COLLATE NOCASE, x.person_id
                ORDER BY m.date DESC, x.meeting_id DESC, x.score, min(x.source_start) LIMIT ?""",
            [limit],
        )
    )
    for row in rows:
        row["sentence"] = _line_around(
            row.pop("context") or "", row["source_start"] - row.pop("context_start")
        )
    return rows


def undo_match(db: Database, mention_id: int) -> None:
    """The clerk says an automatic match is wrong: in that meeting the mention (and the same
    text matched to the same person) goes back to the review queue, the action owners it
    attached are detached (not those the clerk set), and the refusal is learned, so the
    mention is never matched to that person again without asking in that committee's
    minutes."""
    with transaction(db):
        mention = _mention_row(db, mention_id)
        if mention["status"] != "matched" or mention["person_id"] is None:
            raise StoreError(f"mention {mention_id} was not matched automatically")
        person_id, meeting_id, label = mention["person_id"], mention["meeting_id"], mention["text"]
        person = _person_row(db, person_id)
        committee_id, _ = _meeting_committee(db, meeting_id)
        refuse(db, person_id, committee_id, label)
        written_so = written_like(label)

        for row_id, text in db.execute(
            "SELECT id, text FROM mentions WHERE meeting_id = ? AND person_id = ? "
            "AND status = 'matched'",
            [meeting_id, person_id],
        ).fetchall():
            if written_so(text):
                db.execute(
                    "UPDATE mentions SET status = 'ambiguous', person_id = NULL WHERE id = ?",
                    [row_id],
                )
        _detach_owners(db, meeting_id, written_so, person_id, person["name"])
        directory_changed(db)


def _detach_owners(
    db: Database,
    meeting_id: int,
    written_as: Callable[[str], bool],
    person_id: int,
    person_name: str,
) -> None:
    """Undo what an automatic match attached in a meeting: owners written that way, and
    their actions unless the clerk has set the action's owner since."""
    touched = {
        action_id
        for (action_id,) in db.execute(
            "SELECT DISTINCT action_id FROM action_events WHERE field IN ('owner', 'person') "
            "AND action_id IN (SELECT id FROM actions WHERE meeting_id = ?)",
            [meeting_id],
        )
    }
    detached: set[int] = set()
    for action_id, owner_id, owner in db.execute(
        """SELECT o.action_id, o.id, o.owner FROM action_owners o
           JOIN actions a ON a.id = o.action_id
           WHERE a.meeting_id = ? AND o.person_id = ? AND o.deleted = 0""",
        [meeting_id, person_id],
    ).fetchall():
        if written_as(owner) and action_id not in touched:
            db.execute("UPDATE action_owners SET person_id = NULL WHERE id = ?", [owner_id])
            detached.add(action_id)
    for action_id, owner in db.execute(
        "SELECT id, owner FROM actions WHERE meeting_id = ? AND person_id = ? AND deleted = 0",
        [meeting_id, person_id],
    ).fetchall():
        if action_id in touched or not (action_id in detached or written_as(owner or "")):
            continue
        other = db.execute(
            """SELECT o.person_id, p.name FROM action_owners o JOIN people p ON p.id = o.person_id
               WHERE o.action_id = ? AND o.deleted = 0 ORDER BY o.position LIMIT 1""",
            [action_id],
        ).fetchone()
        db.execute(
            f"UPDATE actions SET person_id = ?, updated_at = {_NOW} WHERE id = ?",
            [other[0] if other else None, action_id],
        )
        note = "automatic owner match undone in review"
        record_event(db, action_id, "person", person_name, other[1] if other else None, note)


def ignore_mention(db: Database, mention_id: int | Sequence[int]) -> None:
    """Take a mention (or each of several) and the same text in its meeting off the review
    queue unmatched."""
    with transaction(db):
        for one in _ids(mention_id):
            mention = _mention_row(db, one)
            db.execute(
                f"""UPDATE mentions SET status = 'ignored' WHERE meeting_id = ?
                    AND text = ? COLLATE NOCASE AND status IN {PENDING}""",
                [mention["meeting_id"], mention["text"]],
            )


def _written_role(mention: dict[str, Any]) -> str | None:
    """The role the minutes gave with a mention, as the directory keeps it ('Cllr' as
    'Councillor'); None for words beside a name that are no role."""
    role_text = mention["role_text"]
    return directory_role(role_text) if reads_as_role(role_text) else None


def create_person_from_mention(
    db: Database, mention_id: int | Sequence[int], name: str, role: str | None = None
) -> int:
    """Add a new directory entry for a mention nobody fits (or several, the same name in
    several meetings) and confirm the mentions to it. The names waiting in those
    committees' minutes are matched again at once: initials or a surname that now fit the
    new person only are matched, the rest offer them as a candidate."""
    ids = _ids(mention_id)
    with transaction(db):
        mention = _mention_row(db, ids[0])
        given_role = role or _written_role(mention)
        person_id = _add_person(db, name, given_role, None, None)
        for one in ids:
            _confirm(db, one, person_id)
        directory_changed(db)
        for committee_id in _committees_of(db, ids):
            _rematch_waiting(db, committee_id)
    return person_id


def _ids(mention_id: int | Sequence[int]) -> list[int]:
    ids = [mention_id] if isinstance(mention_id, int) else list(mention_id)
    if not ids:
        raise StoreError("no name chosen")
    return ids


def _committees_of(db: Database, mention_ids: list[int]) -> list[int | None]:
    """The committees of the meetings of these mentions, each once."""
    found: dict[int | None, None] = {}
    for one in mention_ids:
        found.setdefault(_meeting_committee(db, _mention_row(db, one)["meeting_id"])[0])
    return list(found)


def add_new_people(db: Database, mention_ids: Sequence[int]) -> tuple[list[str], int]:
    """'Add all new': each of these waiting mentions that nobody in the directory fits
    (status 'unknown') and that names a person (`core.name_kinds.names_a_person`: not a post
    like 'Parish Clerk', a group or a thing like 'Farm Tenancy') becomes a directory entry,
    with the role the minutes give when it reads as one, and the mention is confirmed to
    it. A surname alone ('Councillor Okafor') is left for the clerk when a fuller name
    waiting has that surname ('Mary Okafor'): adding her offers or matches it at once.
    Returns the names added and how many mentions were left for the clerk."""
    added: list[str] = []
    left = 0
    minutes: dict[int, str] = {}
    new_ids: dict[str, int] = {}  # name key -> person added here: 'SV' after 'Sarah Vaughan'
    with transaction(db):
        surnames = _waiting_surnames(db)
        for mention_id in mention_ids:
            mention = _mention_row(db, mention_id)
            if mention["status"] != "unknown":
                left += mention["status"] in PENDING
                continue
            meeting_id = mention["meeting_id"]
            if meeting_id not in minutes:
                row = db.execute("SELECT text FROM meetings WHERE id = ?", [meeting_id]).fetchone()
                minutes[meeting_id] = row[0] if row else ""
            label = mention["expanded"] or mention["text"]
            if name_key(label) in new_ids:
                _confirm(db, mention_id, new_ids[name_key(label)])
                continue
            listed = mention["attendance"] is not None
            parts = split_mention(label)
            surname_only = len(parts.name.split()) == 1 and fold(parts.name) in surnames
            if surname_only or not names_a_person(
                label, listed=listed, minutes=minutes[meeting_id]
            ):
                left += 1
                continue
            role = _written_role(mention)
            if not role and COUNCILLOR_HONORIFICS & set(parts.honorifics):
                role = "Councillor"
            name = " ".join(
                [*(h.title() for h in parts.honorifics if h in _KEPT_HONORIFICS), parts.name]
            )
            person_id = _add_person(db, name, role or parts.role, None, None)
            _confirm(db, mention_id, person_id)
            new_ids[name_key(label)] = person_id
            added.append(name)
        directory_changed(db)
        for committee_id in _committees_of(db, list(mention_ids)) if mention_ids else ():
            _rematch_waiting(db, committee_id)
    return added, left


def _waiting_surnames(db: Database) -> set[str]:
    """The surnames (folded) of the names of two words or more waiting for review."""
    found = set()
    for (text,) in db.execute(
        f"SELECT DISTINCT coalesce(expanded, text) FROM mentions WHERE status IN {PENDING}"
    ):
        words = split_mention(text).name.split()
        if len(words) > 1:
            found.add(fold(words[-1]))
    return found


_KEPT_HONORIFICS = frozenset({"dr", "professor", "sir", "dame", "lord", "lady", "baroness"})
"""Honorifics that are part of how a person is named in the directory ('Dr Helen Marsh');
'Cllr' and 'Mrs' are not (a councillor's role says it)."""
