"""Round 16's speed changes: each cheap test or shortcut finds what the slower way found."""

from __future__ import annotations

import re

import pytest

from clerk_tui.core.model import Action
from clerk_tui.core.parse import parse_strict
from clerk_tui.core.parse.actions import _next_rows, notes
from clerk_tui.core.parse.actions.speakers import _signature
from clerk_tui.core.parse.context import forget_parse
from clerk_tui.core.parse.keywords import marks_and_their_lines, scan, sub_at
from clerk_tui.core.parse.layout import (
    _MARKDOWN_ESCAPE_RE,
    _unescaped,
    split_lines,
    without_markdown_escapes,
)
from clerk_tui.core.parse.people import _EMPHASIS_RE, _unemphasised, without_emphasis

_FOLDED_RX = re.compile(r"(?i)\b(?:owner|assigned\s+to)\s*:")


def test_scan_folds_each_text_afresh() -> None:
    """The folded text kept for one text is never used for another (nor after the parse)."""
    first = "Fix the gate. Owner: Tom\nPaint the hut. ASSIGNED TO: Ann"
    second = "Nothing here but an owner without a colon. owner: Sam"
    for text in (first, second, first):
        assert [m.span() for m in scan(_FOLDED_RX, text)] == [
            m.span() for m in _FOLDED_RX.finditer(text)
        ]
    forget_parse()
    assert [m.group() for m in scan(_FOLDED_RX, second)] == ["owner:"]


def test_scan_reads_a_text_that_folds_apart_plainly() -> None:
    """A text with a letter that lowers apart ("İ") is scanned without the folded copy."""
    text = "İtem one. OWNER: Tom"
    assert [m.span() for m in scan(_FOLDED_RX, text)] == [
        m.span() for m in _FOLDED_RX.finditer(text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Present: Tomasz Nowak (tnowak), Ann Lee (alee) and Projects (beta)",
        "Chat from Mary McDonald (mmcd) and ABC Smith (asmith)",
        "Fen  Ward\t(fward) ; Ola Obi(oobi) ; Jo O’Neil (joneil) ; Kai Lo (Kai)",
        "Tom Lee (tl)(x) Sam Roe (sr) Li Wu (" + "a" * 40 + ")",
        "",
    ],
)
def test_named_handles_are_the_patterns(text: str) -> None:
    """The handles read back from their brackets are those the name pattern finds."""
    assert notes._named_handles(text) == frozenset(notes._NAMED_HANDLE_RE.findall(text))


def test_named_handles_found_and_not() -> None:
    got = notes._named_handles("Tomasz Nowak (tnowak) and Mary Jones (mjones); Projects (beta)")
    assert got == {"tnowak", "mjones"}


def test_owner_last_jobs_still_read() -> None:
    """Notes giving jobs with their owner last: a line with no dash or bracket is skipped
    cheaply, the others read as before."""
    text = (
        "Notes of the Riverside Allotment Society committee, 3 May 2026\n"
        "Present: Tom Hale, Priya Shah, Ann Lee\n\n"
        "Order a new ball valve - Tom\n"
        "Ring the school about the stall (Priya)\n"
        "New padlock for the shed gate - Tom\n"
        "The hut roof leaks again\n"
    )
    got = [(a.text, a.owner) for a in parse_strict(text).actions]
    assert got == [
        ("Order a new ball valve", "Tom"),
        ("Ring the school about the stall", "Priya"),
        ("New padlock for the shed gate", "Tom"),
    ]


class _Ctx:
    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = split_lines(text)
        self.initials: set[str] = {"TH"}


def test_signature_needs_its_marks() -> None:
    ctx = _Ctx(
        "Fix the wiki login [name=Priya Shah]\nCall the plumber -- TH\nCall the plumber - TH"
    )
    assert _signature(ctx, ctx.lines[0]) == ("Priya Shah", 18)  # type: ignore[arg-type]
    assert _signature(ctx, ctx.lines[1]) == ("TH", ctx.lines[1].start + 16)  # type: ignore[arg-type]
    assert _signature(ctx, ctx.lines[2]) is None  # type: ignore[arg-type]


def _row(start: int, end: int) -> Action:
    return Action("Revise the proposal", None, None, None, None, start, end, [])


@pytest.mark.parametrize(
    ("between", "next_rows"),
    [
        ("\n\n", True),
        ("\n| ", True),
        ("</td></tr>\n<tr><td>", True),
        (" - **\n", True),
        ("\nThe hall was booked.\n", False),
        ("\n<b\n", False),  # a broken tag is no markup
        ("", True),
    ],
)
def test_next_rows_reads_only_blank_lines_and_markup(between: str, next_rows: bool) -> None:
    first = "RH: Revise the proposal."
    text = first + between + "JW: Revise the proposal."
    a, b = _row(0, len(first)), _row(len(first) + len(between), len(text))
    assert _next_rows(text, a, b) is next_rows


def test_next_rows_far_apart_is_quick() -> None:
    """Rows far apart with words between: the answer at the first word, no copy of the gap."""
    gap = "\nThe hall was booked." + " word" * 200_000
    text = "RH: Revise the proposal." + gap + "JW: Revise the proposal."
    a, b = _row(0, 24), _row(24 + len(gap), len(text))
    assert _next_rows(text, a, b) is False


@pytest.mark.parametrize(
    "text",
    [
        "Present: **Tom Hale**, Clerk\n- **Elena Marsh** - Chair\n**Apologies**:\n",
        "**Whole line in bold**\n1. __Ann Lee__ and ***Sam Roe*** spoke\n",
        "a**b** c __d__e **f** : g\r\n  > **Hal Orr**\n__x__",
        "no marks at all",
    ],
)
def test_without_emphasis_is_the_patterns(text: str) -> None:
    """Emphasis read from the places a match may start is what sub over every place read."""
    assert without_emphasis(text) == _EMPHASIS_RE.sub(_unemphasised, text)


def test_without_emphasis_reads_a_name_in_bold() -> None:
    gap = "\u00a0\u00a0"
    text = "Present: **Tom Hale**, Clerk\n**Apologies**:\n**Minutes**\n"
    want = f"Present: {gap}Tom Hale{gap}, Clerk\n**Apologies**:\n**Minutes**\n"
    assert without_emphasis(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "2\\. Welcome\n  \\- item one\nA hard break\\\n10\\.\tMinutes\\",
        "no escape 2\\.x \\q \\\\- \\\r\n\\+ plus",
        "",
    ],
)
def test_without_markdown_escapes_is_the_patterns(text: str) -> None:
    assert without_markdown_escapes(text) == _MARKDOWN_ESCAPE_RE.sub(_unescaped, text)


def test_without_markdown_escapes_reads_pandocs_marks() -> None:
    assert without_markdown_escapes("2\\. Welcome\n\\- item\\\nend") == (
        "2.  Welcome\n - item \nend"
    )


def test_sub_at_tries_only_the_starts_given() -> None:
    rx = re.compile(r"a+")
    assert sub_at(rx, lambda m: "<" + m.group() + ">", "aa baa aa", [0, 4]) == "<aa> b<aa> aa"
    assert marks_and_their_lines("x**y\n ***", ("**",)) == [0, 1, 5, 6, 7]
