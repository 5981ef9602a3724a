"""The grammar of conditions, shared by the rules that must tell a step that waits on
something from one that is simply to be done. Each sense has a name; a rule asks for the
one it means:

- :data:`IF_WORDS` (:data:`CONDITION_RE`), a condition proper: "if", "unless", "provided",
  "subject to", "depending on" ("The precept will be £9,000 unless the grant is refused").
- :data:`WAIT_WORDS`, a time the step waits for: "once", "until", "pending", "after" ("put
  off until the lease is signed").
- :data:`SUBORDINATE_RE`, any clause that is not the main one: a condition, a time or a
  purpose ("Email them when the page is live", "so that members can reply").
- :data:`OPENING_CONDITION_RE`, a condition opening a sentence, the inverted "should" too
  ("If funds allow, ...", "Should the hall be free, ...").
- :data:`NEED_RE`, a need or leave: the step is taken only if need be or when allowed ("if
  necessary", "if required", "when funds allow", "if the rules permit", "as and when
  requested"); :data:`NEED_OR_POSSIBLE_RE` also "if possible"."""

from __future__ import annotations

import re

# "provided" as a condition, not a participle ("the advice provided at the meeting"): after a
# comma or before its clause ("provided that ...", "providing it is dry").
_PROVIDED = (
    r"(?:(?<=,\s)provid(?:ed|ing)\b|provid(?:ed|ing)(?=\s+(?:that|it|they|we|there|this)\b))"
)
IF_WORDS = rf"(?:if|unless|{_PROVIDED}|subject\s+to|depending\s+(?:on|upon))"
WAIT_WORDS = r"(?:once|until|till|pending|after)"

CONDITION_RE = re.compile(rf"(?i)\b{IF_WORDS}\b")
SUBORDINATE_RE = re.compile(rf"(?i)\b(?:{IF_WORDS}|{WAIT_WORDS}|when|before|so\s+that)\b")
OPENING_CONDITION_RE = re.compile(rf"(?i)\W*(?:{IF_WORDS}|once|when|should)\b")
# What a step taken only if need be waits on: a need ("if necessary", "if required", "if need
# be", "as and when requested") or leave given ("when funds allow", "if the rules permit"); not
# a time ("when the hall is required") nor a state ("if the gate is locked").
_NEED = r"necessary|required|requested|needed|appropriate|need\s+be"
_LEAVE = r"(?:allows?|permits?)"


def _need_re(need: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?i)\b(?:if\s+(?:so\s+|it\s+is\s+)?(?:{need})|if\s+(?:[\w’'-]+\s+){{1,3}}?{_LEAVE}"
        rf"|(?:when|where|once|as\s+and\s+when)\s+(?:(?:{need})|(?:[\w’'-]+\s+){{1,3}}?{_LEAVE}))\b"
    )


NEED_RE = _need_re(_NEED)
# The same, and "if possible", "where possible": a step tried only if it can be.
NEED_OR_POSSIBLE_RE = _need_re(_NEED + "|possible")

# A condition contrary to fact: "if funding were available", "if the Council were to" (not
# "even if", which yields nothing). After a verb of finding out "if" is "whether" ("check if
# the grants were open", "ask the trust if the pools were busy").
_HYPOTHETICAL_RE = re.compile(r"(?i)(?<!even\s)\bif\s+(?:[\w’'-]+\s+){1,4}?were\b")
_FINDING_OUT_RE = re.compile(
    r"(?i)\b(?:ask|asked|asking|see|check|find\s+out|enquire|inquire|know|establish|confirm)\b"
)


def hypothetical(text: str) -> bool:
    """Whether ``text`` holds a condition contrary to fact ("The scheme would be extended if
    funding were available"): what would be done then is no promise."""
    return "if" in text and any(
        _FINDING_OUT_RE.search(text, max(0, m.start() - 40), m.start()) is None
        for m in _HYPOTHETICAL_RE.finditer(text)
    )
