"""Round 24: a task read from "to" as a preposition ("invite the Trust to this meeting" gave
"This meeting") is found without compiling a pattern of the task's words for each task
(a millisecond a task whose words open with "the", "this", ...)."""

from __future__ import annotations

import random
import re

from clerk_tui.core.parse.actions.nontasks import _after_to


def _by_pattern(span: str, words: list[str]) -> bool:
    said = r"\s+".join(re.escape(w) for w in words)
    return re.search(rf"(?i)\bto\s+{said}", span) is not None


def test_after_to_reads_as_the_pattern_of_the_words() -> None:
    """Any case, any whitespace between, "to" a word of its own ("into the hall" is not),
    and letters whose case the pattern folds its own way (the Kelvin sign, a long s)."""
    rng = random.Random(24)
    pieces = ["to", "To", "TO", "into", "the", "Hall", "this", " ", "\t", "\n", "_", "1", "."]
    pieces += ["é", "K", "\u212a", "s", "\u017f", "-"]
    for _ in range(20000):
        span = "".join(rng.choice(pieces) for _ in range(rng.randrange(2, 14)))
        said = span.split()
        if not said:
            continue
        i = rng.randrange(len(said))
        words = said[i : rng.randrange(i + 1, len(said) + 1)]
        if rng.random() < 0.5:
            words = [w.upper() for w in words]
        assert _after_to(span, words) == _by_pattern(span, words)
