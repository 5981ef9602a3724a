"""Counted words, the same in the app, the command line and the exports."""

from __future__ import annotations


def plural(count: int, one: str, many: str | None = None) -> str:
    """'1 follow-up', '2 follow-ups', '3 people' (plural(3, 'person', 'people'))."""
    return f"{count} {one if count == 1 else many or one + 's'}"
