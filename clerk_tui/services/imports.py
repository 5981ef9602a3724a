"""Importing minutes: read a file, preview what a text would store, then store it. `clerk
import`, the paste screen and the sample loader all go through here.

    request = file_request("minutes.docx")    # or ImportRequest(text) for a paste
    preview = preview_import(db, request)
    stored = store_import(db, preview)        # or import_minutes(db, request): both at once

A text whose committee and date match a stored meeting (or the meeting the clerk chose,
`replaces`) is that meeting's amended minutes: storing it updates the meeting in place.
Rows of an action log that only repeat open actions are not stored again, and progress the
minutes report on earlier actions becomes reconciliation proposals. A new meeting is never
stored without a committee and a date: when neither the clerk nor the minutes give one,
storing raises `MissingDetails` saying what to give.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clerk_tui.core.amend import AmendmentDiff
from clerk_tui.core.language import looks_foreign
from clerk_tui.core.matching import MatchResult
from clerk_tui.core.model import ParsedMinutes
from clerk_tui.core.source import InputError
from clerk_tui.ingest import Document, read_bytes, read_file
from clerk_tui.store.amendments import apply_amendment, find_previous_version, preview_amendment
from clerk_tui.store.db import transaction
from clerk_tui.store.meetings import (
    DuplicateMinutes,
    StoredMeeting,
    describe,
    find_duplicate,
    get_meeting,
    latest_committee,
    require_meeting,
    save_parsed,
)
from clerk_tui.store.people import match_owners
from clerk_tui.store.reconciliation import propose_reconciliation, without_repeated_actions

if TYPE_CHECKING:
    from sqlite_utils import Database

__all__ = [
    "Amendment",
    "DuplicateMinutes",
    "ImportPreview",
    "ImportRequest",
    "MissingDetails",
    "StoredMeeting",
    "Document",
    "describe",
    "file_request",
    "find_duplicate",
    "import_minutes",
    "parse_minutes",
    "preview_import",
    "read_minutes",
    "store_import",
    "with_force",
]


@dataclass(frozen=True)
class ImportRequest:
    """Minutes to import and what the clerk said about them."""

    text: str
    committee: str | None = None
    """Overrides what the minutes say (and helps the parser), as does `meeting_date`."""
    meeting_date: date | None = None
    title: str | None = None
    source: str | None = None
    """The file the minutes came from; None for a paste."""
    source_sha256: str | None = None
    """The hash of that file's bytes, to tell later which file a meeting came from."""
    replaces: int | None = None
    """The stored meeting the clerk chose to update with this text, if any."""
    force: bool = False
    """Store a second copy of minutes already stored, never as an amendment."""


class MissingDetails(InputError):
    """Minutes that would be stored without a committee or a date: `missing` names what the
    clerk must give ('committee', 'date'); nothing was stored. `last_committee`: the one to
    offer when the committee is missing (see `ImportPreview.last_committee`)."""

    def __init__(self, missing: tuple[str, ...], last_committee: str | None = None) -> None:
        super().__init__(f"the minutes name no {' or '.join(missing)}: nothing stored")
        self.missing = missing
        self.last_committee = last_committee if "committee" in missing else None


@dataclass(frozen=True)
class Amendment:
    """A stored meeting the text is a new version of, and what would change."""

    meeting: dict[str, Any]
    diff: AmendmentDiff


@dataclass(frozen=True)
class ImportPreview:
    """What storing the request would store."""

    request: ImportRequest
    parsed: ParsedMinutes
    """The parse, less the action-log rows that only repeat open actions."""
    amendment: Amendment | None = None
    owner_matches: dict[str, str] | None = None
    """Owner as written -> its match in the directory, in a few words (when asked for)."""
    last_committee: str | None = None
    """When neither the clerk nor the minutes name a committee: the one the clerk stored
    minutes under last, to offer (`clerk import` and the paste screen both do); never
    applied unasked."""

    @property
    def foreign(self) -> bool:
        """Whether the minutes look written in another language than English (the parser reads
        English only: say so rather than show an empty parse unexplained)."""
        return looks_foreign(self.request.text)

    @property
    def missing(self) -> tuple[str, ...]:
        """What a new meeting would lack: 'committee', 'date' (none for amended minutes,
        whose meeting has both)."""
        if self.amendment is not None:
            return ()
        request, meeting = self.request, self.parsed.meeting
        lacking = {
            "committee": not ((request.committee or meeting.committee or "").strip()),
            "date": (request.meeting_date or meeting.date) is None,
        }
        return tuple(name for name, absent in lacking.items() if absent)


def read_minutes(path: str | Path, data: bytes | None = None) -> Document:
    """The minutes in a file (Word, PDF, web page, Markdown or text), or in `data`, the bytes
    of a file called `path` (standard input, say). Raises InputError saying in one line why
    a file cannot be minutes (damaged, password-protected, empty, a scan, an old .doc)."""
    if data is not None:
        return read_bytes(data, str(path))
    return read_file(path)


def file_request(path: str | Path, data: bytes | None = None, **fields: Any) -> ImportRequest:
    """The import of a minutes file (`read_minutes`), with its name and hash as the source and
    `fields` (committee, meeting_date, title, force) as the clerk gave them: the one way a
    file comes in, for `clerk import`, the paste screen's ctrl+o and the samples."""
    document = read_minutes(path, data)
    return ImportRequest(
        document.text, source=document.name, source_sha256=document.sha256, **fields
    )


def parse_minutes(request: ImportRequest) -> ParsedMinutes:
    """The parse of the request's text, helped by its committee and date (no database)."""
    from clerk_tui.core.parse import parse

    return parse(request.text, meeting_date=request.meeting_date, committee=request.committee)


def preview_import(
    db: Database,
    request: ImportRequest,
    *,
    parse: Callable[[ImportRequest], ParsedMinutes] = parse_minutes,
    match_owners: bool = False,
) -> ImportPreview:
    """What `store_import` would store; changes nothing. `parse` reads the text (the paste
    screen parses long texts in a separate process); `match_owners` adds each action
    owner's match in the directory."""
    parsed = parse(request)
    committee = request.committee or parsed.meeting.committee
    when = request.meeting_date or parsed.meeting.date
    parsed = without_repeated_actions(db, parsed, request.text, committee, when)
    return ImportPreview(
        request,
        parsed,
        _amendment(db, request, parsed),
        _owner_matches(db, parsed, when, committee) if match_owners else None,
        None if (committee or "").strip() else last_committee(db),
    )


def last_committee(db: Database) -> str | None:
    """The committee of the minutes the clerk stored last (not a sample's), if any."""
    from clerk_tui.services.samples import sample_meeting_ids

    return latest_committee(db, leave_out=sample_meeting_ids(db))


def _amendment(db: Database, request: ImportRequest, parsed: ParsedMinutes) -> Amendment | None:
    """The stored meeting the text updates: the one the clerk chose, else the one of the same
    committee and date (unless this exact text is stored already), with the diff."""
    if request.force:
        return None
    if request.replaces is not None:
        meeting = get_meeting(db, request.replaces)
    else:
        meeting = find_previous_version(
            db,
            request.committee or parsed.meeting.committee,
            request.meeting_date or parsed.meeting.date,
        )
        if meeting is not None and find_duplicate(db, request.text):
            meeting = None
    if meeting is None:
        return None
    return Amendment(meeting, preview_amendment(db, meeting["id"], request.text, parsed))


def _owner_matches(
    db: Database, parsed: ParsedMinutes, on_date: date | None, committee: str | None
) -> dict[str, str]:
    """Each action owner's match, as the import will make it, in a few words."""
    return {
        owner: describe_match(match)
        for owner, match in match_owners(db, parsed, on_date, committee).items()
    }


def describe_match(match: MatchResult) -> str:
    """'matched: Priya Natarajan', 'ambiguous: 2 candidates' or 'unknown'."""
    if match.status == "matched":
        return f"matched: {match.person}"
    if match.status == "ambiguous":
        count = len(match.candidates)
        return f"ambiguous: {count} candidate{'' if count == 1 else 's'}"
    return str(match.status)


def store_import(
    db: Database, preview: ImportPreview, drop_vanished: frozenset[int] = frozenset()
) -> StoredMeeting:
    """Store what `preview` shows, all or nothing: a new meeting with its reconciliation
    proposals, or the amended meeting updated in place (dropping the vanished actions in
    `drop_vanished`, keeping the others); the parser rules that failed come back in
    `faults`. Raises DuplicateMinutes for minutes already stored unless the request says
    `force`."""
    request, parsed = preview.request, preview.parsed
    if preview.missing:
        raise MissingDetails(preview.missing, preview.last_committee)
    with transaction(db):
        if preview.amendment is None:
            stored = save_parsed(
                db,
                request.text,
                parsed,
                committee=request.committee,
                meeting_date=request.meeting_date,
                title=request.title,
                source=request.source or "pasted",
                source_sha256=request.source_sha256,
                force=request.force,
            )
            stored.proposals = propose_reconciliation(db, stored.id)
            stored.faults = list(parsed.faults)
            return stored
        meeting_id = preview.amendment.meeting["id"]
        result = apply_amendment(
            db,
            meeting_id,
            request.text,
            parsed,
            drop_vanished,
            title=request.title,
            source=request.source,
            source_sha256=request.source_sha256,
        )
        meeting = require_meeting(db, meeting_id)
    return StoredMeeting(
        id=meeting_id,
        committee=meeting["committee"],
        date=meeting["date"],
        title=meeting["title"],
        items=len(parsed.items),
        decisions=len(parsed.decisions),
        actions=len(parsed.actions),
        follow_ups=len(parsed.follow_ups),
        people=len(parsed.people),
        amendment=result,
        proposals=result.proposals,
        faults=list(parsed.faults),
    )


def import_minutes(db: Database, request: ImportRequest) -> StoredMeeting:
    """Parse and store one text (vanished actions of amended minutes are kept): what
    `clerk import` does for each file. Parsing happens before the transaction starts."""
    parsed = parse_minutes(request)
    with transaction(db):
        return store_import(db, preview_import(db, request, parse=lambda _: parsed))


def with_force(preview: ImportPreview) -> ImportPreview:
    """The same preview, to be stored as a second copy of minutes already stored."""
    return replace(preview, request=replace(preview.request, force=True), amendment=None)
