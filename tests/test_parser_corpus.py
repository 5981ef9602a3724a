"""The shared corpus, scored with the shared scorer's own matching rules (skipped when
../shared is not beside the repository)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from clerk_tui.core.parse import parse_strict

# ../shared beside the checkout (or beside the worktrees' folder, for a git worktree).
SHARED = next(
    (d / "shared" for d in Path(__file__).resolve().parents[2:4] if (d / "shared").is_dir()),
    Path(__file__).resolve().parents[2] / "shared",
)
CORPUS = SHARED / "corpus"
SCORER = SHARED / "tools" / "score_extraction.py"

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="../shared is not available")


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_extraction", SCORER)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# A ratchet: what the parser reaches on the 29 corpus documents today. Raise a floor with
# every gain; never lower one.
FLOORS = {"actions": 1.0, "decisions": 0.95, "follow_ups": 0.96, "people": 0.997}


def _f1(tp: int, fp: int, fn: int) -> float:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


def test_corpus_meets_the_quality_bar() -> None:
    sc = _scorer()
    totals = {k: [0, 0, 0] for k in ("actions", "decisions", "follow_ups", "people")}
    owners_ok = owners_n = 0
    for f in sorted(CORPUS.glob("*.txt")):
        gold_path = CORPUS / "gold" / f"{f.stem}.json"
        if not gold_path.exists():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = f.read_text(encoding="utf-8")
        out = parse_strict(doc).to_json()
        soft = gold.get("soft_actions", [])
        for key, g, s in (
            ("actions", gold["actions"], soft),
            ("decisions", gold.get("decisions", []), []),
            ("follow_ups", gold.get("follow_ups", []), soft),
        ):
            pairs, fps = sc.match(doc, out[key], g, s)
            totals[key][0] += len(pairs)
            totals[key][1] += len(fps)
            totals[key][2] += len(g) - len(pairs)
            if key == "actions":
                for ga, pa in pairs:
                    if ga.get("owner"):
                        owners_n += 1
                        owners_ok += sc.same_party(ga["owner"], pa.get("owner"))
        preds = list(out["people"])
        found = required = 0
        for gp in gold.get("people", []):
            hit = next((p for p in preds if sc.person_matches(gp, p)), None)
            if hit is not None:
                preds.remove(hit)
            if gp.get("optional"):
                continue
            required += 1
            found += hit is not None
        totals["people"][0] += found
        totals["people"][1] += len(preds)
        totals["people"][2] += required - found
    for key, floor in FLOORS.items():
        assert _f1(*totals[key]) >= floor, (key, totals)
    assert owners_ok == owners_n


def test_assessment_report_yields_no_actions() -> None:
    doc = next(CORPUS.glob("001_*.txt")).read_text(encoding="utf-8")
    assert parse_strict(doc).actions == []


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.stem[:3])
def test_corpus_spans_are_inside_the_text(path: Path) -> None:
    doc = path.read_text(encoding="utf-8")
    out = parse_strict(doc)
    for e in [*out.items, *out.decisions, *out.actions, *out.follow_ups]:
        assert 0 <= e.start <= e.end <= len(doc)
        assert doc[e.start : e.end].strip()
