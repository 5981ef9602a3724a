"""The reference an action's passage carries: the number of a log's row ("| 1.1 | ..."), of
its label ("ACTION 4.2 ..."), or opening its bullet ("- 2.10 Ana to ask ..."). The parser
keeps a restated action on the copy that carries it; reconciliation reads it as the
action's reference."""

from __future__ import annotations

import re

NUMBER = r"(?:[A-Z]{1,4}[-/ ]?)?\d+(?:[./]\d+)*[a-z]?"
"""An action's number: "2.4", "12.03", "A7", "ICP-31", "TB/23/045", "HWB/25/07"."""
_ROW_REF = re.compile(rf"^\s*\|?\s*({NUMBER})\.?\s*(?:\||\t|\s{{2,}})")
_LABEL_REF = re.compile(rf"^\W*action\s*(?:no\.?|point)?\s*({NUMBER})\b", re.I)
_BULLET_REF = re.compile(r"^\s*(?:[-*•+]\s+)?(\d{1,3}\.\d{1,3})[.:)]?\s+(?=\S)")
"""A bullet opening with a two-part number ("- 2.10 Ana/Matt to ask ..."): an action's number."""


def passage_ref(text: str, start: int, end: int) -> str | None:
    """The reference the action whose passage is text[start:end] carries, if any."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    row = _ROW_REF.match(line)
    label = _LABEL_REF.match(text[start:end])
    bullet = _BULLET_REF.match(line)
    return next((m.group(1) for m in (row, label, bullet) if m), None)
