"""One meeting, whoever imports it: the same minutes imported by two clerks offline.

When a push brings a new meeting and the server already holds one of the same committee and
date whose text is (nearly) the same, the new meeting and what came with it are the rows the
server has: agenda items, decisions, follow-ups and actions are paired by their text (an
owner by its action and name), and the clerk's rows become the server's (`clerk_remaps`,
kept for the clerk's later edits of them). A paired row's creation only fills what the
server's row lacks, so what the other clerk already edited stands; the clerk's own later
edits merge as usual, field by field. Rows nobody else had join the kept meeting. Runs in the
push, under its lock, so two clerks' pushes cannot both keep their own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz

if TYPE_CHECKING:
    import psycopg

    from clerk_tui.sync.server import Edit

SAME_TEXT = 90.0  # rapidfuzz ratio, 0-100: minutes and their rows this alike are the same
_TEXT_OF = {
    "agenda_items": ("number", "title"),
    "decisions": ("text",),
    "follow_ups": ("text",),
    "actions": ("text",),
    "action_owners": ("position", "owner"),
}
_UNDER_MEETING = ("agenda_items", "decisions", "follow_ups", "actions")


def _plain(*values: Any) -> str:
    return re.sub(r"\s+", " ", " ".join(str(v) for v in values if v is not None)).strip().lower()


def _key(table: str, fields: dict[str, Any]) -> str:
    return _plain(*(fields.get(name) for name in _TEXT_OF[table]))


def _pair(
    mine: dict[str, dict[str, Any]], theirs: dict[str, dict[str, Any]], table: str
) -> dict[str, str]:
    """Each of `mine` (uuid -> fields) to the most alike of `theirs`, one to one."""
    scored = sorted(
        (
            (fuzz.ratio(_key(table, fields), _key(table, other)), uuid, kept)
            for uuid, fields in mine.items()
            for kept, other in theirs.items()
        ),
        reverse=True,
    )
    paired: dict[str, str] = {}
    for score, uuid, kept in scored:
        if score < SAME_TEXT:
            break
        if uuid not in paired and kept not in paired.values():
            paired[uuid] = kept
    return paired


def _server_children(
    conn: psycopg.Connection[Any], parent: str
) -> dict[str, dict[str, dict[str, Any]]]:
    """table -> uuid -> fields of the live rows under `parent` on the server."""
    found: dict[str, dict[str, dict[str, Any]]] = {}
    for table, row_uuid, state in conn.execute(
        "SELECT tbl, row_uuid, state FROM clerk_rows WHERE parent = %s", [parent]
    ):
        fields = {name: entry[0] for name, entry in state.items()}
        if not fields.get("deleted"):
            found.setdefault(table, {})[row_uuid] = fields
    return found


def _same_meeting(conn: psycopg.Connection[Any], edit: Edit) -> str | None:
    committee, day, text = (edit.fields.get(k) for k in ("committee_id", "date", "text"))
    if not (committee and day and text):
        return None
    best: tuple[float, str] | None = None
    for row_uuid, other, stamps in conn.execute(
        """SELECT row_uuid, state->'text'->>0,
                  (SELECT array_agg(value->>1) FROM jsonb_each(state)) FROM clerk_rows
           WHERE tbl = 'meetings' AND state->'committee_id'->>0 = %s
             AND state->'date'->>0 = %s AND row_uuid <> %s
             AND coalesce(state->'deleted'->>0, '0') IN ('0', 'false')""",
        [committee, day, edit.row_uuid],
    ):
        if min(stamps).rsplit(".", 1)[1] == edit.clerk:
            continue  # this copy's own: two meetings it keeps apart on purpose (--force)
        score = fuzz.ratio(_plain(text), _plain(other or ""))
        if score >= SAME_TEXT and (best is None or score > best[0]):
            best = (score, row_uuid)
    return best[1] if best else None


def _new_rows(edits: Sequence[Edit]) -> dict[str, dict[str, dict[str, Any]]]:
    """table -> uuid -> fields of the rows the batch creates."""
    found: dict[str, dict[str, dict[str, Any]]] = {}
    for edit in edits:
        if edit.prevs is None:
            found.setdefault(edit.tbl, {})[edit.row_uuid] = edit.fields
    return found


def _find(conn: psycopg.Connection[Any], edits: Sequence[Edit]) -> dict[tuple[str, str], str]:
    """New remaps: the batch's new meetings the server already has, with their rows."""
    created = _new_rows(edits)
    meetings = created.get("meetings", {})
    if not meetings:
        return {}
    held = {
        row[0]
        for row in conn.execute(
            "SELECT row_uuid FROM clerk_rows WHERE tbl = 'meetings' AND row_uuid = ANY (%s)",
            [list(meetings)],
        )
    }
    remaps: dict[tuple[str, str], str] = {}
    for edit in edits:
        if edit.tbl != "meetings" or edit.row_uuid not in meetings or edit.row_uuid in held:
            continue
        kept = _same_meeting(conn, edit)
        if kept is None:
            continue
        remaps[("meetings", edit.row_uuid)] = kept
        theirs = _server_children(conn, kept)
        for table in _UNDER_MEETING:
            mine = {
                uuid: fields
                for uuid, fields in created.get(table, {}).items()
                if fields.get("meeting_id") == edit.row_uuid
            }
            for uuid, other in _pair(mine, theirs.get(table, {}), table).items():
                remaps[(table, uuid)] = other
        for (table, uuid), other in list(remaps.items()):
            if table != "actions":
                continue
            mine = {
                o: fields
                for o, fields in created.get("action_owners", {}).items()
                if fields.get("action_id") == uuid
            }
            owners = _server_children(conn, other).get("action_owners", {})
            for owner, kept_owner in _pair(mine, owners, "action_owners").items():
                remaps[("action_owners", owner)] = kept_owner
    return remaps


def remap(
    conn: psycopg.Connection[Any], edits: Sequence[Edit]
) -> tuple[list[Edit], dict[tuple[str, str], str]]:
    """The batch with its rows turned into the server's where they are the same (found now,
    or earlier for this clerk), and the remaps found now."""
    uuids = list({e.row_uuid for e in edits})
    known = {
        (tbl, old): kept
        for tbl, old, kept in conn.execute(
            "SELECT tbl, from_uuid, to_uuid FROM clerk_remaps WHERE from_uuid = ANY (%s)",
            [uuids],
        )
    }
    found = _find(conn, [e for e in edits if (e.tbl, e.row_uuid) not in known])
    if found:
        conn.cursor().executemany(
            "INSERT INTO clerk_remaps (tbl, from_uuid, to_uuid) VALUES (%s, %s, %s) "
            "ON CONFLICT DO NOTHING",
            [(tbl, old, kept) for (tbl, old), kept in found.items()],
        )
    every = known | found
    if not every:
        return list(edits), {}
    by_uuid = {old: kept for (_tbl, old), kept in every.items()}
    kept_states = {
        (tbl, row_uuid): state
        for tbl, row_uuid, state in conn.execute(
            "SELECT tbl, row_uuid, state FROM clerk_rows WHERE row_uuid = ANY (%s)",
            [list(set(by_uuid.values()))],
        )
    }
    turned = []
    for edit in edits:
        fields = {
            name: by_uuid.get(value, value) if name.endswith("_id") else value
            for name, value in edit.fields.items()
        }
        target = every.get((edit.tbl, edit.row_uuid))
        if target is None:
            turned.append(replace(edit, fields=fields))
            continue
        held = kept_states.get((edit.tbl, target), {})
        if edit.prevs is None:  # a creation: it only fills what the server's row lacks
            fields = {name: value for name, value in fields.items() if name not in held}
            if not fields:
                continue
        turned.append(
            replace(edit, row_uuid=target, fields=fields, prevs=_seen(edit.prevs or {}, held))
        )
    return turned, found


def _seen(prevs: dict[str, str | None], held: dict[str, list[Any]]) -> dict[str, str | None]:
    """An edit of a paired row started from the minutes' value, as the server's row did where
    nobody has changed it since: no clash to report there."""
    created = min((entry[1] for entry in held.values()), default=None)
    return {
        name: held[name][1] if name in held and held[name][1] == created else stamp
        for name, stamp in prevs.items()
    }
