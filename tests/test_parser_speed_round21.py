"""Round 21's speed changes find exactly what the plain regexes found."""

import re

import pytest

from clerk_tui.core.parse.keywords import Alternatives

TEXTS = (
    "It was agreed that the Clerk would write. The Board agreed to fund it.",
    "Team agreed to move the call; the team then decided to keep Thursdays.",
    "WE AGREED THE LOGO STAYS. -> decided: keep it. Ann was duly elected.",
    "- Core team decided that we're done",
    "when we decided to use it, we agreed to pay",
    "agreed by the group, approved by the full council at the AGM",
    "",
    "\u0130T WAS AGREED TO ASK; \u017fo we agreed to \u212aeep it",  # letters that fold apart
    "aaa agreed agreed",
)
# Alternatives of each kind: a word boundary first, a look-behind, "^" (here and inside a
# case-insensitive group), a case-insensitive one, two that match at one place (the first
# wins), one a prefix of another, one with no start strings at all.
ALTERNATIVES = (
    r"\b(?:it\s+was|was|were)\s+(?:agreed|decided)\s+(?:to|that)\b",
    r"(?i:(?<!\bwhen\s)\bwe\s+(?:agreed|decided)\s+(?:to|that)?)",
    r"^\W*(?:Core\s+)?[Tt]eam\s+\w+",
    r"(?i:^\W*->\s*decided\s*:\s*\w)",
    r"(?i:\bwe\s+agreed)",
    r"\bagreed",
    r"\w\s+(?:AGREED|DECIDED)\b",
    r"(?i:\b(?:agreed|approved)\s+by\s+the\s+(?:full\s+)?\w+)",
)


def test_alternatives_find_what_the_joined_pattern_finds() -> None:
    for k in range(len(ALTERNATIVES)):
        for n in range(1, len(ALTERNATIVES) - k + 1):
            parts = ALTERNATIVES[k : k + n]
            joined, alternatives = re.compile("|".join(parts)), Alternatives(*parts)
            assert alternatives.pattern == joined.pattern
            for text in TEXTS + tuple(t.upper() for t in TEXTS) + tuple(t.lower() for t in TEXTS):
                got, want = alternatives.search(text), joined.search(text)
                assert (got and got.span()) == (want and want.span()), (parts, text)
                spans = [m.span() for m in alternatives.finditer(text)]
                assert spans == [m.span() for m in joined.finditer(text)], (parts, text)
                for pos in range(0, len(text), 7):
                    got, want = alternatives.search(text, pos), joined.search(text, pos)
                    assert (got and got.span()) == (want and want.span()), (parts, text, pos)


def test_alternatives_on_a_tie_take_the_first() -> None:
    first = Alternatives(r"\bagreed", r"agreed\s+to")
    second = Alternatives(r"agreed\s+to", "agreed")
    assert first.search("so agreed to it").group() == "agreed"  # type: ignore[union-attr]
    assert second.search("so agreed to it").group() == "agreed to"  # type: ignore[union-attr]


def test_alternatives_name_the_same_groups() -> None:
    with pytest.raises(ValueError, match="same groups"):
        Alternatives(r"(?P<who>\w+) agreed", r"agreed by the \w+")
    got = Alternatives(r"(?P<who>[A-Z]\w+) agreed", r"^(?P<who>)agreed").search("Ann agreed")
    assert got is not None and got.group("who") == "Ann"
