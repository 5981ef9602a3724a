"""Property tests: parsing never raises on any text, and every span lies inside the text."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from clerk_tui.core.model import ParsedMinutes
from clerk_tui.core.parse import parse_strict

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "sample_minutes").glob("*.txt"))
FRAGMENTS = [
    "RESOLVED:",
    "ACTION: ",
    "Action: NB to ",
    "(Action: SB/JG)",
    "Present: ",
    "Apologies for absence",
    "Councillor Amanda Lloyd-Harris (Chair)",
    "Dr Avi Bhatia (AB), ",
    "said she would ",
    "undertook to circulate ",
    "by 28 June",
    "Q3",
    "2025-26",
    "within 12-18 months",
    "Ref | Action | Owner | Due\n",
    "A1\tSend\tMW/YO\tQ3\n",
    "13.6  ",
    "HWB 23/45 ",
    "Part II",
    "That the Director ",
    "\r\n",
    "\n\n",
    "\t",
    "\x00",
    "\u00a0",
    "·",
    "•",
    "v Noted that ",
    "(",
    ")",
    "|",
    ".",
]


def _check(text: str, result: ParsedMinutes) -> None:
    n = len(text)
    for e in [*result.items, *result.decisions, *result.actions, *result.follow_ups]:
        assert 0 <= e.start <= e.end <= n
        if e.item is not None if hasattr(e, "item") else False:
            assert 0 <= e.item < len(result.items)  # type: ignore[attr-defined]
    for p in result.people:
        for s, e in p.mentions:
            assert 0 <= s <= e <= n
    result.to_json()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_arbitrary_unicode_never_raises(text: str) -> None:
    _check(text, parse_strict(text))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=60))
@example(parts=["ACTION: ", ";"])  # a marked task of one word before a semicolon
def test_minutes_like_fragments_never_raise(parts: list[str]) -> None:
    text = "".join(parts)
    _check(text, parse_strict(text))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.characters(), st.integers(min_value=0, max_value=5000))
def test_control_characters_inserted_into_a_sample(ch: str, at: int) -> None:
    base = SAMPLES[0].read_text(encoding="utf-8")
    at = at % (len(base) + 1)
    text = base[:at] + ch + "\x00\r\n\t" + base[at:]
    _check(text, parse_strict(text))


def test_one_megabyte_document_is_parsed_whole() -> None:
    """Speed is bench/parse.py's to measure; here a 1 MB document keeps its spans and actions."""
    base = "\n\n".join(p.read_text(encoding="utf-8") for p in SAMPLES)
    text = (base * (1_000_000 // len(base) + 1))[:1_000_000]
    result = parse_strict(text)
    _check(text, result)
    assert result.actions


def test_one_megabyte_single_line_and_nul_soup() -> None:
    for text in ("a " * 500_000, "\x00" * 1_000_000, "ACTION: " * 120_000, "(" * 1_000_000):
        _check(text, parse_strict(text))
