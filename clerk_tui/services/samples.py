"""The sample minutes shipped with the app (`clerk_tui.sample_minutes`, from the top-level
sample_minutes/ folder), offered on an empty database."""

from __future__ import annotations

from pathlib import Path

import clerk_tui.sample_minutes


def sample_folder() -> Path:
    """Where the samples are, installed or in a source checkout."""
    return Path(clerk_tui.sample_minutes.__file__).parent


def sample_files(folder: Path) -> list[Path]:
    """The sample minutes files in `folder`, by name (none when it is missing)."""
    return sorted(folder.glob("*.txt")) if folder.is_dir() else []
