"""A status given as the past participle of an action's own work: "Repaired" beside "Repair the
water trough", "Letters sent 20/10" beside "Write to tenants", "Held 2 Nov" beside "Arrange
training". Action logs carried from meeting to meeting write a status that way as often as
"Done"; it finishes the action only when the work it names is the work the action asked for,
never a step towards it ("Ordered" for "Install a bench") nor a task that goes on.
"""

from __future__ import annotations

import re

from clerk_tui.core.reconcile.grammar import (
    ARRANGE,
    BASE,
    PAST,
    asked_verb,
    kin,
    verb_form,
)
from clerk_tui.core.reconcile.words import vocabulary

_GENERAL = vocabulary("complete finish action resolve sort address deal")
"""Verbs whose participle finishes any action ("Resolved", "Sorted", "Dealt with")."""
_REACH = vocabulary(
    "contact email e-mail write speak approach phone telephone ring send forward circulate share"
    " notify inform tell"
)
"""Ways of getting a message to someone: each reports another's work ("Emailed" for "write
to")."""
_LASTING = vocabulary(
    "monitor keep continue maintain watch pursue progress follow chase remind start begin commence"
)
"""Tasks that go on, or set something going: their own participle ("Monitored", "Chased",
"Started") does not end them."""
_WORD = re.compile(r"[A-Za-z]+")


def its_work(lemma: str, asked: str) -> bool:
    """Whether work reported with `lemma` is the work an action asking for `asked` wanted: the
    same verb or a near-synonym (`grammar.kin`), two ways of getting a message to someone, an
    event held or run for an action to arrange it, or a general completion."""
    if lemma in _GENERAL:
        return True
    if not asked or asked in _LASTING:
        return False
    return (
        lemma in kin(asked)
        or lemma in _REACH
        and asked in _REACH
        or asked in ARRANGE
        and lemma in ("hold", "run")
    )


def participle_status(status: str, action_text: str) -> re.Match[str] | None:
    """The past participle opening `status`, or following a noun or two ("Letters sent"), when
    it is the action's own work (`its_work`); not one passing on a message ("agreed that ...")
    or a request ("asked to attend"). Whether the status doubts it is the caller's to read."""
    for n, match in enumerate(_WORD.finditer(status)):
        if n > 2:
            break
        form = verb_form(match.group().lower())
        if form and form[1] == PAST:
            after = re.match(r"\s+(that|to\s+([a-z]+))\b", status[match.end() :])
            if after and (after.group(1) == "that" or _base(after.group(2))):
                return None
            return match if its_work(form[0], asked_verb(action_text)) else None
    return None


def _base(word: str) -> bool:
    form = verb_form(word)
    return bool(form and form[1] == BASE)
