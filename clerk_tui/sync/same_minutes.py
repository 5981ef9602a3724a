"""One meeting, whoever imports it: rows a clerk created offline that the server already has.

Placeholder until the matching lands: edits pass unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import psycopg

    from clerk_tui.sync.server import Edit


def remap(
    conn: psycopg.Connection[Any], edits: Sequence[Edit]
) -> tuple[list[Edit], dict[tuple[str, str], str]]:
    return list(edits), {}
