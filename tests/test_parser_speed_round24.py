"""Round 24's speed changes: a rule reading the lines under a heading reads only those, not
a copy of every line to the end of the text (which made notes with many headings parse in
time growing with the square of their length)."""

from __future__ import annotations

from typing import SupportsIndex

import pytest

from clerk_tui.core.parse import parse_strict, pipeline
from clerk_tui.core.parse.layout import Line, lines_after, split_lines

# Notes of a fictional club with every kind of heading a rule reads the lines under: an
# action list, the last meeting's actions under review, a lead "agreed that ... should:", a
# report "as follows", column heads run together on one line, an elections heading.
_NOTES = """Kestrel Lane Allotment Society - committee notes, 4 March

## Actions from the last meeting
- Wren to mend the water trough - done
- Idris to chase the skip hire - ongoing

## Plot inspections
It was agreed that the Secretary should:
- write to the holders of plots 4 and 9,
- book the community room for the April meeting.

Fenella Groat reported the following:
1.1. Will price new padlocks for the gates
1.2. The compost bays are full

Ref No Action Owner Deadline
3.1
Order two rain butts
Wren
May

## Election of officers
Chair: Wren Adair
Treasurer - Idris Bell

## Next steps
- Idris to send the newsletter by Friday
- Fenella to collect the seed order
"""


class _NoOpenSlice(list[Line]):
    """The text's lines, refusing a copy of them from some line to the end."""

    def __getitem__(self, index: SupportsIndex | slice) -> Line | list[Line]:  # type: ignore[override]
        if isinstance(index, slice) and index.stop is None and index.start:
            raise AssertionError(f"lines[{index.start}:] copies every line to the text's end")
        return super().__getitem__(index)


def test_rules_under_headings_read_no_copy_of_the_rest_of_the_lines(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each rule reading the lines under an action list's heading, a review of the last
    meeting's actions, a lead or a report "as follows", stacked column heads or the
    officers elected reads on from the heading's line; what is found is found as before."""
    before = parse_strict(_NOTES)
    want = [(a.text, a.owner) for a in before.actions]
    assert ("Send the newsletter by Friday", "Idris") in want  # (the notes are read)
    assert any(d.text.startswith("Chair: Wren Adair") for d in before.decisions)
    monkeypatch.setattr(pipeline, "split_lines", lambda text: _NoOpenSlice(split_lines(text)))
    after = parse_strict(_NOTES)
    assert [(a.text, a.owner) for a in after.actions] == want
    assert [d.text for d in after.decisions] == [d.text for d in before.decisions]


def test_lines_after_are_the_lines_below() -> None:
    lines = split_lines("a\n\nb\nc\n")
    for k in range(len(lines)):
        assert list(lines_after(lines, k)) == lines[k + 1 :]
