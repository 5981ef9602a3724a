"""What a passage says changed about an action besides its progress: a new owner ("passed to
JB", "AK has taken this on", "now with the Clerk") or a new date ("moved to September", "would
now take place in July")."""

from __future__ import annotations

import re

_MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday"
    r"|Friday|Saturday|Sunday"
)
_NAME = (
    rf"(?:(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)?(?!(?:{_MONTHS})\b)"
    r"(?:[A-Z]{2,4}\b(?:\s*(?:/|&|and)\s*[A-Z]{2,4}\b)?|[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2})"
    r"|the\s+(?:[A-Z][a-z]+\s+){0,3}(?:Clerk|Chair|Chairman|Secretary|Treasurer|Director|Manager"
    r"|Officer|Lead|Team|Committee|Council|Board|Group)"
)
_OWNER_PATTERNS = [
    re.compile(
        r"(?<!\bbe )\b(?:passed|handed(?:\s+over)?|transferred|re-?assigned"
        r"|re-?allocated|delegated|allocated)\s+(?:(?:this|it|that|the\s+(?:action|task|matter))"
        rf"\s+)?(?:on\s+|over\s+)?to\s+(?P<who>{_NAME})"
    ),
    re.compile(
        rf"(?P<who>{_NAME})\s+(?:has|had|have)\s+(?:now\s+)?(?:taken\s+(?:this|it|that"
        r"|the\s+\w+)\s+(?:on|over)|taken\s+over|agreed\s+to\s+take\s+(?:this|it|that|the\s+\w+)"
        r"\s+(?:on|over|forward))"
    ),
    re.compile(
        rf"(?P<who>{_NAME})\s+(?:is|was|are|were)\s+now\s+(?:leading|responsible|the\s+lead"
        r"|dealing\s+with|taking\s+(?:this|it)\s+forward)"
    ),
    re.compile(rf"\b(?i:now\s+with|new\s+(?:owner|lead)\s*[:\-–]?)\s*(?P<who>{_NAME})"),
]
_REDATE = re.compile(
    r"\b(?:revised\s+(?:date|deadline|due\s+date|target)|new\s+(?:date|deadline|target)"
    r"|now\s+due|deferred|postponed|put\s+back|pushed\s+back|moved|re-?scheduled|extended"
    r"|carried\s+(?:forward|over)\s+(?=to\b)"
    r"|(?:would|will)\s+now\s+(?:take\s+place|be\s+\w+)|now\s+expected|expected\s+to\s+be"
    r"\s+(?:completed|ready|available|circulated|finished)"
    r"|(?:would|will)\s+(?:be\s+(?:presented|brought(?:\s+back)?|circulated|submitted|tabled"
    r"|reported|ready|available)|come\s+back|return)(?=\s+(?:to|at|in|on|by)\b))\b",
    re.I,
)
_DATE_WORD = re.compile(
    rf"\b(?:{_MONTHS}|Q[1-4]|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?)\b|\d{{4}}-\d\d-\d\d"
)


def new_owner(text: str) -> str | None:
    """Someone an action has passed to ("passed to JB", "AK has taken this on"), if named."""
    for pattern in _OWNER_PATTERNS:
        match = pattern.search(text)
        if match:
            return match.group("who").strip()
    return None


def new_due(text: str) -> str | None:
    """The phrase after a re-dating cue that names a date or month, if any."""
    match = _REDATE.search(text)
    if not match:
        return None
    rest = re.split(r"[;.]|\bbut\b|\bbecause\b|\bas\b", text[match.end() :])[0]
    return rest.strip(" :,-–") if _DATE_WORD.search(rest) else None
