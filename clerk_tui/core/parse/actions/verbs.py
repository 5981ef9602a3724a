"""Verbs of commitments: the tasks owners take on, and verbs that never make a task."""

from __future__ import annotations

import gzip
import re
from functools import cache
from importlib.util import find_spec
from pathlib import Path

DECISION_VERBS = {
    "note",
    "approve",
    "support",
    "endorse",
    "accept",
    "recommend",
    "defer",
    "receive",
    "adopt",
    "agree",
    "delegate",
    "ratify",
    "confirm",
    "welcome",
}
TASK_VERBS = set(
    """
    circulate provide send share arrange write report bring update contact investigate look
    follow liaise confirm check clarify respond present produce prepare review raise feed
    pick ensure take place add organise organize draft submit publish invite consider
    explore meet discuss develop set seek obtain chase email distribute agree progress
    deliver complete attend speak engage establish identify monitor amend revise circulate
    forward request collate compile book hold visit work lead write co-ordinate coordinate
    convene escalate inform notify advise brief include incorporate reflect revisit return
    compile scope test trial pilot map audit assess evaluate examine analyse analyze
    look-into put post display upload remind approach source procure commission fund recruit
    appoint nominate offer demonstrate facilitate support
    """.split()  # noqa: SIM905
)
WILL_BAD = {
    "be",
    "have",
    "need",
    "help",
    "include",
    "form",
    "remain",
    "become",
    "mean",
    "allow",
    "enable",
    "cover",
    "not",
    "also",
    "still",
    "continue",
    "require",
    "depend",
    "vary",
    "receive",
    "benefit",
    "likely",
    "then",
    "now",
    "take-place",
    "happen",
    "follow",
}


# Verbs of the small jobs a first-named owner takes on ("Geoff to get a quote").
FIRST_NAME_VERBS = TASK_VERBS | frozenset(
    """
    ask get buy order repair fix replace renew pay sign inspect survey cut clear tidy collect
    paint mend call phone ring find tell give make do go print design sort cancel move clean
    install purchase resolve chair host run apply register record file let hire prune mow
    plant empty store lock open close label count measure quote advertise promote thank
    remind insure bank invoice reply pull gather
    """.split()  # noqa: SIM905
)


@cache
def _verb_forms() -> dict[str, str]:
    """Every form of every English verb the lemminflect package lists (its inflection
    table, read without importing the package), mapped to the verb's base form."""
    spec = find_spec("lemminflect")  # the package's folder, without importing it (faster)
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("lemminflect")
    table = Path(spec.origin).parent / "resources" / "infl_lu.csv.gz"
    forms: dict[str, str] = {}
    for row in gzip.decompress(table.read_bytes()).decode("utf-8").splitlines():
        if ",verb," not in row:
            continue
        base, pos, rest = row.split(",", 2)
        if pos != "verb" or not base.islower():
            continue
        forms[base] = base
        for form in _FORM_SEP_RE.split(rest):
            if form:
                forms.setdefault(form, base)
    return forms


_FORM_SEP_RE = re.compile(r"[,/]")


def verb_base(word: str) -> str | None:
    """The base form of an English verb form ("triaging" -> "triage", "asks" -> "ask",
    "co-work" -> "co-work"), or None for a word that is no verb."""
    forms = _verb_forms()
    w = word.lower()
    got = forms.get(w)
    if got is None and "-" in w:  # "co-work", "follow-up": the last part decides
        tail = forms.get(w.rsplit("-", 1)[1])
        got = w if tail is not None else None
    return got


def is_base_verb(word: str) -> bool:
    """A verb in its base form ("stay", "schedule", "liaise"): what follows "to" in a task."""
    return word in TASK_VERBS or verb_base(word) == word.lower()
