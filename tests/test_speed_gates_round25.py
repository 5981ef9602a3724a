"""Round 25's speed gates: a family of sentence rules skips a sentence only where none of its
rules could read it (a word that every pattern of the rules needs is missing). Each gate is
checked against the rules run without it over every sentence of the sample minutes and the
shared corpus (when it is beside the repository), and on invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from clerk_tui.core.parse import parse_strict
from clerk_tui.core.parse.actions import prose
from clerk_tui.core.parse.actions.passives import BE_WORD_RE
from clerk_tui.core.parse.context import Context

ROOT = Path(__file__).resolve().parents[1]
# ../shared beside the checkout (or beside the worktrees' folder, for a git worktree).
SHARED = next(
    (d / "shared" for d in Path(__file__).resolve().parents[2:4] if (d / "shared").is_dir()),
    Path(__file__).resolve().parents[2] / "shared",
)


def _texts() -> list[str]:
    paths = sorted((ROOT / "sample_minutes").glob("*.txt"))
    paths += sorted((SHARED / "corpus").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


Clause = tuple[Context, str, str]


@pytest.fixture(scope="module")
def clauses() -> list[Clause]:
    """Every clause the prose rules read (:func:`.prose.commitment`), with its parse and the
    sentence before it."""
    got: list[Clause] = []
    real = prose.commitment

    def record(ctx: Context, st: str, prev: str) -> prose.Found:
        got.append((ctx, st, prev))
        return real(ctx, st, prev)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(prose, "commitment", record)
        for text in _texts():
            parse_strict(text)
    return got


def test_the_passives_read_no_clause_without_be_as_a_word(clauses: list[Clause]) -> None:
    """The rules skipped when a clause has no "be" between spaces find nothing there."""
    without = [c for c in clauses if BE_WORD_RE.search(c[1]) is None]
    assert len(without) > 500  # (the clauses are read)
    for ctx, st, prev in without:
        for rule in prose._BE_RULES:
            assert rule(ctx, st, prev) is None, (rule.__name__, st)


def test_the_be_gate_changes_no_commitment(
    clauses: list[Clause], monkeypatch: pytest.MonkeyPatch
) -> None:
    gated = [prose.commitment(*c) for c in clauses]
    monkeypatch.setattr(prose, "_BE_BITS", 0)
    assert [prose.commitment(*c) for c in clauses] == gated


@pytest.mark.parametrize(
    ("minutes", "want"),
    [
        # "be" ending a line of a hard-wrapped paragraph, or before a tab: a word still
        (
            "Members discussed the verges at length and a letter would be\n"
            "sent to the landowner about the hedge.\n",
            ("A letter would be sent to the landowner about the hedge.", None),
        ),
        (
            "The broken bench by the pond will be\trepaired next week.",
            ("Repair the broken bench by the pond next week.", None),
        ),
    ],
)
def test_passives_with_be_before_a_break_are_read(minutes: str, want: tuple[str, None]) -> None:
    assert [(a.text, a.owner) for a in parse_strict(minutes).actions] == [want]


@pytest.mark.parametrize(
    "minutes",
    [
        "The number of members attending the December meeting was noted.",
        "Before the meeting the Treasurer circulated the accounts.",
        "Members remembered the late Cllr Bede with a minute's silence.",
    ],
)
def test_no_passive_where_be_is_only_inside_a_word(minutes: str) -> None:
    assert parse_strict(minutes).actions == []
