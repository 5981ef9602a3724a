"""Hybrid logical clock: a timestamp that follows wall time but never goes backwards.

Each clerk stamps every edit with (wall ms, counter, clerk id). Stamps order edits across
clerks for last-writer-wins merges. Receiving a stamp from another clerk moves the local
clock past it, so once a clerk has seen an edit made on a laptop whose clock is hours fast,
that clerk's next edit still comes later: a fast clock wins clashes only until its edits
have been seen, never forever.

The text form sorts like the stamps do ("0001718000000000.000003.9f2c..."), so SQLite and
PostgreSQL can compare stamps as plain strings.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

COUNTER_LIMIT = 999_999  # six digits in the text form; past it, the wall part moves on 1 ms
_WALL_DIGITS = 16


@dataclass(frozen=True, order=True)
class Stamp:
    """One hybrid logical clock reading. Ordered by wall ms, then counter, then clerk id."""

    wall_ms: int
    counter: int
    clerk: str

    def encode(self) -> str:
        return f"{self.wall_ms:0{_WALL_DIGITS}d}.{self.counter:06d}.{self.clerk}"


def decode(text: str) -> Stamp:
    """The stamp written by `Stamp.encode`; ValueError for anything else."""
    wall, counter, clerk = text.split(".", 2)
    if len(wall) != _WALL_DIGITS or len(counter) != 6 or not clerk:
        raise ValueError(f"not a clock stamp: {text!r}")
    return Stamp(int(wall), int(counter), clerk)


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


def _advance(wall_ms: int, counter: int, clerk: str) -> Stamp:
    if counter > COUNTER_LIMIT:
        return Stamp(wall_ms + 1, 0, clerk)
    return Stamp(wall_ms, counter, clerk)


def tick(last: Stamp | None, now_ms: int, clerk: str) -> Stamp:
    """The stamp for a new local edit: after `last` and no earlier than the wall clock."""
    if last is None or now_ms > last.wall_ms:
        return Stamp(now_ms, 0, clerk)
    return _advance(last.wall_ms, last.counter + 1, clerk)


def receive(last: Stamp | None, remote: Stamp, now_ms: int, clerk: str) -> Stamp:
    """The local clock after seeing `remote`: later than both it and `last`."""
    wall = max(now_ms, remote.wall_ms, last.wall_ms if last else 0)
    if last is not None and wall == last.wall_ms == remote.wall_ms:
        counter = max(last.counter, remote.counter) + 1
    elif last is not None and wall == last.wall_ms:
        counter = last.counter + 1
    elif wall == remote.wall_ms:
        counter = remote.counter + 1
    else:
        counter = 0
    return _advance(wall, counter, clerk)


def compare(a: Stamp, b: Stamp) -> int:
    """-1, 0 or 1 as `a` is earlier than, the same as, or later than `b`."""
    return (a > b) - (a < b)


def tick_text(last: str | None, clerk: str, now_ms: int | None = None) -> str:
    """`tick` on text stamps: what the `clerk_hlc(last, clerk)` SQL function returns."""
    previous = decode(last) if last else None
    return tick(previous, wall_clock_ms() if now_ms is None else now_ms, clerk).encode()


def receive_text(last: str | None, remote: str, clerk: str, now_ms: int | None = None) -> str:
    """`receive` on text stamps."""
    previous = decode(last) if last else None
    now = wall_clock_ms() if now_ms is None else now_ms
    return receive(previous, decode(remote), now, clerk).encode()
