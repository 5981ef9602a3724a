"""The sample minutes shipped with the app (`clerk_tui.sample_minutes`, from the top-level
sample_minutes/ folder), offered on an empty database; they can be removed again
(`remove_samples`, `clerk samples --remove`), and the review queue leaves their names out
unless asked (`sample_meeting_ids`)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import clerk_tui.sample_minutes
from clerk_tui.core.source import InputError, decode_minutes
from clerk_tui.store.committees import remove_unused_committees
from clerk_tui.store.db import StoreError, transaction
from clerk_tui.store.meetings import content_hash, delete_meeting

if TYPE_CHECKING:
    from sqlite_utils import Database


def sample_folder() -> Path:
    """Where the samples are, installed or in a source checkout."""
    return Path(clerk_tui.sample_minutes.__file__).parent


def sample_files(folder: Path) -> list[Path]:
    """The sample minutes files in `folder`, by name (none when it is missing)."""
    return sorted(folder.glob("*.txt")) if folder.is_dir() else []


SAMPLE_COMMITTEE = "Riverside (sample minutes)"
SAMPLE_DATE = date(2025, 1, 6)
"""What a sample that names no committee or date (a report, a fragment of a web page) is
stored under, as a clerk would have to give it for their own such minutes: the committee,
and a week apart from this date (so no two are taken for versions of one meeting)."""


def load_samples(db: Database, files: list[Path] | None = None) -> tuple[int, list[str]]:
    """Import each file (the shipped samples by default; one that names no committee or date
    under `SAMPLE_COMMITTEE` or `SAMPLE_DATE`); how many were stored, and a line for each
    that was not."""
    from clerk_tui.services.imports import (  # the parser: not at start
        MissingDetails,
        file_request,
        import_minutes,
    )

    stored, failures, filled = 0, [], 0
    for path in sample_files(sample_folder()) if files is None else files:
        try:
            request = file_request(path)
            try:
                import_minutes(db, request)
            except MissingDetails as missing:
                given: dict[str, Any] = {}
                if "committee" in missing.missing:
                    given["committee"] = SAMPLE_COMMITTEE
                if "date" in missing.missing:
                    given["meeting_date"] = SAMPLE_DATE + timedelta(weeks=filled)
                    filled += 1
                import_minutes(db, replace(request, **given))
            stored += 1
        except (InputError, StoreError, OSError) as exc:
            failures.append(f"{path.name}: {exc}")
    return stored, failures


@cache
def sample_hashes(folder: Path) -> frozenset[str]:
    """The content hashes the sample minutes in `folder` are stored under."""
    hashes = set()
    for path in sample_files(folder):
        try:
            hashes.add(content_hash(decode_minutes(path.read_bytes(), path.name)))
        except (InputError, OSError):
            continue
    return frozenset(hashes)


def sample_meeting_ids(db: Database, folder: Path | None = None) -> set[int]:
    """The stored meetings that are sample minutes (their text is a sample's, unchanged)."""
    hashes = sample_hashes(folder or sample_folder())
    if not hashes:
        return set()
    marks = ", ".join("?" for _ in hashes)
    return {
        row[0]
        for row in db.execute(
            f"SELECT id FROM meetings WHERE deleted = 0 AND content_hash IN ({marks})",
            sorted(hashes),
        )
    }


def remove_samples(db: Database, folder: Path | None = None) -> tuple[int, int, list[str]]:
    """Delete the sample meetings with their actions and follow-ups (tombstones, as
    `delete_meeting`), and the committees only they used. Returns (meetings, actions,
    committees' names) removed."""
    with transaction(db):
        ids = sorted(sample_meeting_ids(db, folder))
        committees = [
            row[0]
            for row in db.execute(
                f"SELECT DISTINCT committee_id FROM meetings WHERE id IN "
                f"({', '.join('?' for _ in ids) or 'NULL'}) AND committee_id IS NOT NULL",
                ids,
            )
        ]
        actions = sum(delete_meeting(db, meeting_id).actions for meeting_id in ids)
        names = remove_unused_committees(db, committees)
    return len(ids), actions, names
