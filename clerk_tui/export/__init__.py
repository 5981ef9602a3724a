"""Write a committee's action log (`store.sheet.Sheet`) as Word, Excel, CSV or Markdown.

    sheet = build_sheet(db, "Riverside HWB")                  # clerk_tui.store.sheet
    path = write_sheet(sheet, "docx", default_export_path(sheet.committee, "docx"))

A format is a writer `(sheet, path) -> None` registered in `FORMATS` under its file
extension; a new one (say "ics") is one module and one line here. Writers import their
libraries (python-docx, openpyxl) when called, so importing this package costs nothing.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
from collections.abc import Callable
from datetime import date
from pathlib import Path

from clerk_tui.export import csv, docx, ics, markdown, xlsx
from clerk_tui.store.db import StoreError
from clerk_tui.store.sheet import Sheet

Writer = Callable[[Sheet, Path], None]

FORMATS: dict[str, Writer] = {
    "docx": docx.write,
    "xlsx": xlsx.write,
    "csv": csv.write,
    "md": markdown.write,
    "ics": ics.write,
}
"""Format name, which is also the file extension -> the writer."""


class ExportError(StoreError):
    """An export that could not be written, explained in one line; no file was left."""


def slug(name: str) -> str:
    """'Riverside Health & Wellbeing Board' -> 'riverside-health-wellbeing-board'."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "committee"


def default_export_path(committee: str, fmt: str, today: date | None = None) -> Path:
    """`<committee slug>-action-log-<date>.<fmt>` in the current folder."""
    when = (today or date.today()).isoformat()
    return Path(f"{slug(committee)}-action-log-{when}.{fmt}")


def write_sheet(
    sheet: Sheet, fmt: str, path: str | Path | None = None, *, force: bool = False
) -> Path:
    """Write `sheet` as `fmt` to `path` and return where it went.

    `path` None means `default_export_path`; an existing folder means that name inside it.
    The file is written beside the target under a temporary name and renamed into place,
    so there is never a half-written export. Raises ExportError for an unknown format, an
    existing file (unless `force`), a missing folder, no permission or a full disk.
    """
    writer = FORMATS.get(fmt)
    if writer is None:
        raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    target = Path(path).expanduser() if path else default_export_path(sheet.committee, fmt)
    if target.is_dir():
        target = target / default_export_path(sheet.committee, fmt, sheet.export_date)
    if target.exists() and not force:
        raise ExportError(f"{target} already exists; use --force to replace it")
    if not target.parent.is_dir():
        raise ExportError(f"cannot write {target}: folder {target.parent} does not exist")
    partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")
    try:
        partial.open("xb").close()
        writer(sheet, partial)
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ExportError(f"cannot write {target}: {_reason(exc)}") from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def _reason(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "the disk is full; no file was written"
    if isinstance(exc, PermissionError):
        return "permission denied (is the file open in Word or Excel?)"
    return exc.strerror or str(exc)


__all__ = ["FORMATS", "ExportError", "Writer", "default_export_path", "write_sheet"]
