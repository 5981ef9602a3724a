"""Whether minutes are written in English. The parser reads English minutes only: minutes in
another language parse to almost nothing, so the clerk is told why instead of being left with
an empty log."""

from __future__ import annotations

import re

NOT_ENGLISH = (
    "these minutes do not look like English; the parser reads English minutes, "
    "so little or nothing may be found"
)

# Words nearly every English paragraph holds and German, French, Dutch or Spanish text does
# not ("in", "is", "was", "will", "on" are words of those languages too, so they are left out).
_COMMON_ENGLISH = (
    "the and of to that for with by are from have has were would which this been not it be"
    " should their they"
)
_ENGLISH_WORDS = frozenset(_COMMON_ENGLISH.split())
_WORD_RE = re.compile(r"[^\W\d_]+")
_MIN_WORDS = 60
"""Fewer words than this (a title, a table of names) are too few to judge."""
_MIN_SHARE = 0.03
"""English minutes have about one word in five from the list; other languages almost none."""
_SAMPLE = 20_000
"""Characters read: the opening of the minutes is enough to judge their language."""


def looks_foreign(text: str) -> bool:
    """True when ``text`` has words enough to judge and hardly any are common English words."""
    words = _WORD_RE.findall(text[:_SAMPLE].lower())
    if len(words) < _MIN_WORDS:
        return False
    english = sum(word in _ENGLISH_WORDS for word in words)
    return english < _MIN_SHARE * len(words)
