"""What leaves the app: a committee's action log as a file, and chasers to action owners.

Without a path they go to the user's Documents folder (platformdirs), never the folder the
app happened to be started in; `clerk export` and `clerk chase` write into the current
folder, as command-line tools do.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from clerk_tui.export import FORMATS, default_export_path, write_sheet
from clerk_tui.export.chase import Chaser, build_chasers, default_chase_folder, write_chasers
from clerk_tui.store.committees import committees
from clerk_tui.store.settings import clerk_details
from clerk_tui.store.sheet import Sheet, build_sheet

if TYPE_CHECKING:
    from sqlite_utils import Database

__all__ = [
    "FORMATS",
    "Chaser",
    "chasers_for",
    "default_chase_folder",
    "default_export_path",
    "documents_folder",
    "export_sheet",
    "output_choices",
    "write_chasers_for",
]


def output_choices(db: Database) -> tuple[list[str], Path]:
    """What the export and chaser dialogs offer: the committees, and the folder they write to
    unless told otherwise."""
    return committees(db), documents_folder()


def documents_folder() -> Path:
    """The user's Documents folder (made when missing), where exports go by default."""
    import platformdirs

    folder = Path(platformdirs.user_documents_dir())
    folder.mkdir(parents=True, exist_ok=True)
    return folder


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
    """Write the committee's action log as `fmt` to `out` (a file, or a folder to name it in;
    the Documents folder when None); where it went, and what it held."""
    sheet = build_sheet(
        db, committee, today=today, include_exempt=include_exempt, next_meeting=next_meeting
    )
    return write_sheet(sheet, fmt, out or documents_folder(), force=force), sheet


def chasers_for(
    db: Database,
    committee: str,
    *,
    reply_by: date | None = None,
    today: date | None = None,
    include_exempt: bool = False,
) -> list[Chaser]:
    """One chaser per owner of the committee's open actions, signed with the clerk's details
    (`services.settings`)."""
    return build_chasers(
        db,
        committee,
        reply_by=reply_by,
        today=today,
        include_exempt=include_exempt,
        sender=clerk_details(db),
    )


def write_chasers_for(
    db: Database,
    committee: str,
    folder: str | Path | None = None,
    *,
    reply_by: date | None = None,
    today: date | None = None,
    include_exempt: bool = False,
) -> tuple[list[Chaser], Path | None, list[Path]]:
    """`chasers_for`, written (.eml and .md) into `folder` (a dated one in the Documents
    folder when None): the chasers, the folder and the files; no folder and no files when
    nobody has an open action."""
    chasers = chasers_for(
        db, committee, reply_by=reply_by, today=today, include_exempt=include_exempt
    )
    if not chasers:
        return chasers, None, []
    target = (
        Path(folder)
        if folder
        else documents_folder() / default_chase_folder(chasers[0].committee, today)
    )
    return chasers, target, write_chasers(chasers, target)
