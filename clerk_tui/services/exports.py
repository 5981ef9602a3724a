"""What leaves the app: a committee's action log as a file, and chasers to action owners."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from clerk_tui.export import FORMATS, default_export_path, write_sheet
from clerk_tui.export.chase import Chaser, build_chasers, default_chase_folder, write_chasers
from clerk_tui.store.sheet import Sheet, build_sheet

if TYPE_CHECKING:
    from sqlite_utils import Database

__all__ = [
    "FORMATS",
    "Chaser",
    "chasers_for",
    "default_chase_folder",
    "default_export_path",
    "export_sheet",
    "write_chasers_for",
]

chasers_for = build_chasers


def export_sheet(
    db: Database,
    committee: str,
    fmt: str,
    out: str | Path | None = None,
    *,
    force: bool = False,
    include_exempt: bool = False,
    next_meeting: date | None = None,
    today: date | None = None,
) -> tuple[Path, Sheet]:
    """Write the committee's action log as `fmt` to `out` (a dated name in the current
    folder when None); where it went, and what it held."""
    sheet = build_sheet(
        db, committee, today=today, include_exempt=include_exempt, next_meeting=next_meeting
    )
    target = out or default_export_path(sheet.committee, fmt, sheet.export_date)
    return write_sheet(sheet, fmt, target, force=force), sheet


def write_chasers_for(
    db: Database,
    committee: str,
    folder: str | Path | None = None,
    *,
    reply_by: date | None = None,
    today: date | None = None,
    include_exempt: bool = False,
) -> tuple[list[Chaser], Path | None, list[Path]]:
    """One chaser per owner of the committee's open actions, written (.eml and .md) into
    `folder` (a dated one in the current folder when None): the chasers, the folder and the
    files; no folder and no files when nobody has an open action."""
    chasers = build_chasers(
        db, committee, reply_by=reply_by, today=today, include_exempt=include_exempt
    )
    if not chasers:
        return chasers, None, []
    target = Path(folder) if folder else default_chase_folder(chasers[0].committee, today)
    return chasers, target, write_chasers(chasers, target)
