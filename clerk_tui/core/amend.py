"""What changed between a stored version of a meeting's actions and a new parse of the minutes.

Amended minutes are the draft corrected: a word fixed, a date moved, an owner added. Each
stored action is paired with at most one new action (and each new action with at most one
stored action) when their texts are the same or nearly the same; the owner nudges the score.

Pairing is greedy best-first over all pairs scoring at least `PAIR_THRESHOLD`, ties broken by
how close the two are in the order of the minutes, which for the small lists of one meeting
gives the same answer as an optimal assignment in every case we calibrated on
(tests/test_amend.py holds the calibration pairs).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from rapidfuzz import fuzz, utils

from clerk_tui.core.model import Action

PAIR_THRESHOLD = 80.0
"""Lowest score for two actions to count as one amended action (0-100).

Calibrated on edited versions of real actions (words inserted, typos fixed, dates moved:
all scored 83 or more) against different actions of the same minutes (all below 76 except
near-identical repeats such as "plot inspection on 15 May" / "on 12 June", which the one-to-one
pairing keeps apart)."""

OWNER_AGREES_BONUS = 5.0
OWNER_DIFFERS_PENALTY = 10.0


@dataclass(frozen=True)
class StoredAction:
    """The fields of a stored action that an amendment can change; `due` is the date the
    minutes gave (the original one), not a date the clerk set since."""

    id: int
    text: str
    owner: str | None = None
    due: date | None = None
    due_text: str | None = None
    owners: tuple[str, ...] = ()
    ref: str = ""
    """Its shared reference as shown ('HWB/25/07', '*' while provisional)."""

    @property
    def name(self) -> str:
        """What a message calls it: its reference, else its local number."""
        return self.ref or str(self.id)


@dataclass(frozen=True)
class Pairing:
    """A stored action and its counterpart in the new parse."""

    old: StoredAction
    new_index: int
    new: Action
    score: float
    changed: tuple[str, ...]
    """The fields that differ: any of 'text', 'owner', 'due'."""


@dataclass
class AmendmentDiff:
    kept: list[Pairing] = field(default_factory=list)
    changed: list[Pairing] = field(default_factory=list)
    new: list[tuple[int, Action]] = field(default_factory=list)
    """(index in the new parse, action) with no stored counterpart."""
    vanished: list[StoredAction] = field(default_factory=list)

    @property
    def unchanged(self) -> bool:
        return not (self.changed or self.new or self.vanished)

    def summary(self) -> str:
        """'2 kept, 1 changed, 1 new, 0 vanished'."""
        return (
            f"{len(self.kept)} kept, {len(self.changed)} changed, {len(self.new)} new, "
            f"{len(self.vanished)} vanished"
        )


@lru_cache(maxsize=4096)
def normalise(text: str | None) -> str:
    """Lower case, punctuation to spaces, single spaces."""
    return " ".join(utils.default_process(text or "").split())


def text_similarity(a: str | None, b: str | None, cutoff: float = 0.0) -> float:
    """0-100: the mean of plain edit similarity and word-set similarity; 0 when under
    `cutoff` (the score is then skipped as soon as it cannot reach it).

    The word-set part forgives a clause inserted by the correction; the plain part keeps
    two different actions that share most of their words apart.
    """
    left, right = normalise(a), normalise(b)
    if left == right:
        return 100.0
    floor = max(0.0, 2 * cutoff - 100)  # neither half can be under this if the mean reaches it
    plain = fuzz.ratio(left, right, score_cutoff=floor)
    if floor and not plain:
        return 0.0
    score = (plain + fuzz.token_set_ratio(left, right, score_cutoff=floor)) / 2
    return score if score >= cutoff else 0.0


def action_similarity(old: StoredAction, new: Action) -> float:
    """Text similarity, raised a little when the owners agree, lowered when they clearly differ."""
    score = text_similarity(old.text, new.text)
    old_owner, new_owner = normalise(old.owner), normalise(new.owner)
    if old_owner and new_owner:
        owners = fuzz.token_set_ratio(old_owner, new_owner)
        if owners >= 90:
            score += OWNER_AGREES_BONUS
        elif owners < 60:
            score -= OWNER_DIFFERS_PENALTY
    return min(score, 100.0)


def pair_best(
    scores: Sequence[Sequence[float]], threshold: float = PAIR_THRESHOLD
) -> list[tuple[int, int, float]]:
    """One-to-one pairs (row, column, score) from a score matrix, best first.

    Only pairs scoring at least `threshold`; ties go to the pair closest in relative order.
    """
    rows = len(scores)
    cols = len(scores[0]) if rows else 0
    candidates = []
    for i, row in enumerate(scores):
        for j, score in enumerate(row):
            if score >= threshold:
                distance = abs(i / max(rows, 1) - j / max(cols, 1))
                candidates.append((-score, distance, i, j))
    candidates.sort()
    used_rows: set[int] = set()
    used_cols: set[int] = set()
    pairs = []
    for negative, _distance, i, j in candidates:
        if i in used_rows or j in used_cols:
            continue
        used_rows.add(i)
        used_cols.add(j)
        pairs.append((i, j, -negative))
    return sorted(pairs)


def _changed_fields(old: StoredAction, new: Action) -> tuple[str, ...]:
    changed = []
    if (old.text or "").strip() != (new.text or "").strip():
        changed.append("text")
    new_owners = tuple(new.owners or ([new.owner] if new.owner else []))
    old_owners = old.owners or ((old.owner,) if old.owner else ())
    if (old.owner or None) != (new.owner or None) or old_owners != new_owners:
        changed.append("owner")
    undated = old.due is None and new.due is None
    if old.due != new.due or (undated and normalise(old.due_text) != normalise(new.due_text)):
        changed.append("due")
    return tuple(changed)


def diff_actions(old: Sequence[StoredAction], new: Sequence[Action]) -> AmendmentDiff:
    """Pair stored actions with a new parse's actions: kept, changed, new, vanished."""
    scores = [[action_similarity(o, n) for n in new] for o in old]
    diff = AmendmentDiff()
    paired_old: set[int] = set()
    paired_new: set[int] = set()
    for i, j, score in pair_best(scores):
        paired_old.add(i)
        paired_new.add(j)
        pairing = Pairing(old[i], j, new[j], score, _changed_fields(old[i], new[j]))
        (diff.changed if pairing.changed else diff.kept).append(pairing)
    diff.new = [(j, action) for j, action in enumerate(new) if j not in paired_new]
    diff.vanished = [action for i, action in enumerate(old) if i not in paired_old]
    return diff
