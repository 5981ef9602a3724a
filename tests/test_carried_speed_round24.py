"""Round 24: a task of a verb alone ("Chase. GF", "will review") asks whether another task
stands in the words before it by a look-up in the tasks' spans, not by a pass over every
task found (which grew with the square of the tasks in notes full of them)."""

from __future__ import annotations

import random

from clerk_tui.core.model import Action
from clerk_tui.core.parse import parse_strict
from clerk_tui.core.parse.actions.carried import _task_spans


def test_task_spans_overlap_as_a_pass_over_every_task_finds() -> None:
    """Whether a task's span overlaps text[s:e] before a task's start, as any() over the
    tasks other than that one reads it."""
    rng = random.Random(24)
    for _ in range(500):
        actions = []
        for _ in range(rng.randrange(1, 12)):
            start = rng.randrange(0, 60)
            end = start + rng.randrange(1, 15)
            actions.append(Action("x", None, None, None, None, start, end))
        spans = _task_spans(actions)
        a = rng.choice(actions)
        s = rng.randrange(0, a.start + 1)
        for e in range(s, a.start + 1):
            want = any(b.start < e and s < b.end for b in actions if b is not a)
            assert spans.overlaps(s, e) == want


def test_a_verb_alone_keeps_what_it_is_about() -> None:
    """ "The hedge by the gate is overgrown. Cut back. RT": the bare task takes the sentence
    before it; one after another task ("Lu to paint the bench. Check it. RT") does not."""
    text = (
        "Present: Rhian Tovey (RT), Lu Ng (LN)\n\n"
        "1. Grounds\n"
        "The hedge by the gate is badly overgrown this spring. Trim. RT\n\n"
        "2. Benches\n"
        "LN to paint the bench by the pond. RT to check.\n"
    )
    got = {(a.text, a.owner) for a in parse_strict(text).actions}
    assert ("Trim (the hedge by the gate is badly overgrown this spring)", "RT") in got
    assert ("Check.", "RT") in got
