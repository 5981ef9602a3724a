"""Each sample in sample_minutes/ parses to exactly the actions, owners, decisions,
follow-ups and people in sample_minutes/expected/<name>.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clerk_tui.core.parse import parse_strict

ROOT = Path(__file__).resolve().parent.parent / "sample_minutes"
SAMPLES = sorted(ROOT.glob("*.txt"))


def _norm(s: str) -> str:
    return " ".join(s.split())


def test_there_are_at_least_eight_samples() -> None:
    assert len(SAMPLES) >= 8
    for f in SAMPLES:
        assert (ROOT / "expected" / f"{f.stem}.json").exists(), f.name


@pytest.mark.parametrize("path", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_sample_parse(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    exp = json.loads((ROOT / "expected" / f"{path.stem}.json").read_text(encoding="utf-8"))
    got = parse_strict(text)

    assert got.meeting.committee == exp["meeting"]["committee"]
    got_date = got.meeting.date.isoformat() if got.meeting.date else None
    assert got_date == exp["meeting"]["date"]
    assert [i.title for i in got.items if i.exempt] == exp["exempt_items"]

    # Actions: exactly these, in order, with these owners and due dates.
    assert len(got.actions) == len(exp["actions"]), [a.text for a in got.actions]
    for a, e in zip(got.actions, exp["actions"], strict=True):
        assert a.owner == e["owner"]
        assert a.owners == e["owners"]
        assert (a.due.isoformat() if a.due else None) == e["due"]
        assert a.due_text == e["due_text"]
        assert e["evidence"] in _norm(text[a.start : a.end])
        if "item" in e:  # newer samples also pin the item (index into items) and the phrase
            assert a.item == e["item"], a.text

    assert len(got.decisions) == len(exp["decisions"]), [d.text for d in got.decisions]
    for d, ev in zip(got.decisions, exp["decisions"], strict=True):
        if isinstance(ev, dict):  # newer samples also pin the decision's text and item
            assert (d.text, d.item) == (ev["text"], ev["item"])
            ev = ev["evidence"]
        assert ev in _norm(text[d.start : d.end])

    assert len(got.follow_ups) == len(exp["follow_ups"]), [f.text for f in got.follow_ups]
    for f, e in zip(got.follow_ups, exp["follow_ups"], strict=True):
        assert e["evidence"] in _norm(text[f.start : f.end])
        assert (f.due.isoformat() if f.due else None) == e["due"]
        if "when" in e:
            assert f.when == e["when"]
        if "item" in e:
            assert (f.text, f.item) == (e["text"], e["item"])

    assert [p.name or p.role for p in got.people] == exp["people"]
    if "people_detail" in exp:  # newer samples pin each person's role, list and initials
        detail = [
            {"name": p.name, "role": p.role, "attendance": p.attendance, "initials": p.initials}
            for p in got.people
        ]
        assert detail == exp["people_detail"]
    for p in got.people:
        for s, e2 in p.mentions:
            assert 0 <= s < e2 <= len(text)
