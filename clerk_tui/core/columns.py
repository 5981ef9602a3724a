"""Column widths by priority, for tables drawn in character cells (the app's tables and the
CLI's): the clerk says which columns matter most, and a narrow screen loses the least
important first instead of cutting every column a little.

A table is described by claims, most important first: (column, width) asks for the column
to be at least that wide. Each claim is granted when the whole table still fits, so

    fit_widths([("ref", 10), ("action", 24), ("owner", 10), ("owner", 22),
                ("committee", 4), ("committee", 30)], width=80)

shows the reference, 24 cells of action and the owner at 10, then 22, cells, then the
committee's short name and, if there is still room, its full name. A column with no granted
claim is left out. What no claim took goes to the `flexible` column (the action text).
"""

from __future__ import annotations

from collections.abc import Iterable


def fit_widths(
    claims: Iterable[tuple[str, int]], width: int, *, gap: int = 2, flexible: str | None = None
) -> dict[str, int]:
    """The width of each column shown: `claims` granted in order while the columns, each
    with `gap` cells around it, fit in `width`; the rest of the width to `flexible`."""
    widths: dict[str, int] = {}
    used = 0
    for key, wanted in claims:
        had = widths.get(key)
        cost = wanted - (had or 0) + (gap if had is None else 0)
        if (had is None or wanted > had) and used + cost <= width:
            widths[key] = wanted
            used += cost
    if flexible in widths:
        widths[flexible] += width - used
    return widths
