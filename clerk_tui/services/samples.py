"""The sample minutes shipped with the app (`clerk_tui.sample_minutes`, from the top-level
sample_minutes/ folder), offered on an empty database."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import clerk_tui.sample_minutes
from clerk_tui.core.source import InputError
from clerk_tui.store.db import StoreError

if TYPE_CHECKING:
    from sqlite_utils import Database


def sample_folder() -> Path:
    """Where the samples are, installed or in a source checkout."""
    return Path(clerk_tui.sample_minutes.__file__).parent


def sample_files(folder: Path) -> list[Path]:
    """The sample minutes files in `folder`, by name (none when it is missing)."""
    return sorted(folder.glob("*.txt")) if folder.is_dir() else []


def load_samples(db: Database, files: list[Path]) -> tuple[int, list[str]]:
    """Import each file; how many were stored, and a line for each that was not."""
    from clerk_tui.services.imports import file_request, import_minutes  # the parser: not at start

    stored, failures = 0, []
    for path in files:
        try:
            import_minutes(db, file_request(path))
            stored += 1
        except (InputError, StoreError, OSError) as exc:
            failures.append(f"{path.name}: {exc}")
    return stored, failures
