"""Round 19's speed changes: a line rule reads only the lines that hold one of its words,
found by one scan of the lower-cased text; what it finds is what reading every line found."""

from __future__ import annotations

import random

from clerk_tui.core.parse import parse_strict
from clerk_tui.core.parse.context import Context, Faults, lines_holding
from clerk_tui.core.parse.layout import split_lines


def _context(text: str) -> Context:
    lines = split_lines(text)
    return Context(text, lines, None, None, {}, [], set(), set(), [], [], Faults(strict=True))


def test_lines_holding_are_the_lines_a_lower_cased_look_finds() -> None:
    """Each line holding one of the words in any case, in order and once each."""
    rng = random.Random(19)
    for _ in range(2000):
        text = "".join(rng.choice(["ab", "AB", "Ab", "c", " ", "\n", "abab"]) for _ in range(30))
        ctx = _context(text)
        words = tuple(rng.sample(["ab", "ba", "c", "bc"], rng.randrange(1, 3)))
        want = [
            ln.index for ln in ctx.lines if any(w in text[ln.start : ln.end].lower() for w in words)
        ]
        assert lines_holding(ctx, words) == want


def test_lines_holding_every_line_when_a_letter_folds_apart() -> None:
    """A text holding "İ" (which a case-insensitive regex reads as "i", and which lowers to
    two characters) is not scanned lower-cased: every line is read."""
    ctx = _context("İtem one\nnothing here\n\nelection")
    assert lines_holding(ctx, ("election",)) == [0, 1, 2, 3]


def test_offices_under_an_elections_heading_past_blank_lines() -> None:
    """The office lines right under a heading of elections are decisions, past blank lines,
    up to the first line that is no office; an office line under no such heading is not."""
    text = (
        "Harbour Rowing Club AGM\n\n"
        "1. Welcome\n\n"
        "Treasurer: Owen Pike\n\n"
        "2. Club business\n\n"
        "Officers elected for 2026:\n\n"
        "President: Ida Lowe\n"
        "Secretary - Bram Hollis\n\n"
        "Treasurer: Una Moss\n"
        "The new officers were thanked.\n"
        "Chair: Vera Stone\n"
    )
    got = [d.text for d in parse_strict(text).decisions]
    assert got == ["President: Ida Lowe", "Secretary - Bram Hollis", "Treasurer: Una Moss"]


def test_jobs_for_the_next_meeting_under_their_heading() -> None:
    """A label with "next" gives its job; under a heading of jobs for next time, the job
    lines up to a blank line do too (the lines near a "next" are all read)."""
    text = (
        "Weekly call notes\n\n"
        "Next chair: Priya\n\n"
        "Roles for the next call:\n"
        "- Scribe: Tomas\n"
        "- Timekeeper: @lena\n\n"
        "- Scribe: Ravi\n"
    )
    got = [(a.owner, a.text) for a in parse_strict(text).actions]
    assert got == [
        ("Priya", "Chair the next meeting"),
        ("Tomas", "Take notes at the next call"),
        ("@lena", "Keep time at the next call"),
    ]
