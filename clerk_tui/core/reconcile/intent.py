"""What is still to come, and what an action must look like for a report said of all the
last meeting's actions at once to close it.

Future and intention are never done: "Reminders will be sent", "the Clerk is to write to
the County", "the hall is going to be booked", "the Chair has arranged to meet the governors",
"has agreed to attend", "had been asked to present" say the action's own work is yet to happen,
whatever else the passage says ("Done – reminders will be sent next week", "[x] ... will be
sent", "has drafted the letter; it will be posted on Monday").
"""

from __future__ import annotations

import re

from clerk_tui.core.reconcile.grammar import asked_verb, kin, task_verb, tokenize, verb_form
from clerk_tui.core.reconcile.model import OpenAction
from clerk_tui.core.reconcile.words import vocabulary

_TO_COME = re.compile(
    r"\b(?:will|would|shall|(?:is|are|was|were|am)\s+(?:still\s+)?to|still\s+to|yet\s+to"
    r"|(?:is|are|was|were|am)\s+going\s+to|(?:plan(?:s|ned|ning)?|(?:intend|aim|expect|want|offer"
    r"|volunteer)(?:s|ed|ing)?|(?:hop|propos|arrang|promis)(?:e|es|ed|ing)|mean(?:s|t)?"
    r"|wish(?:es|ed|ing)?|need(?:s|ed)?|agree(?:s|d|ing)?)\s+to|undert(?:ook|aken)\s+to"
    r"|(?:been\s+)?(?:asked|requested|invited|tasked)\s+to|would\s+like\s+to|due\s+to|to\s+be|'ll)"
    r"\s+",
    re.I,
)
"""Words putting what follows in the future or in someone's intentions."""
_AS_ASKED = re.compile(r"will|shall|'ll|(?:is|are)\s+to", re.I)
"""The future an action is written in ("Ben will post ...", "the Clerk is to write ...")."""
_BETWEEN = vocabulary("be been being now then also soon shortly again hopefully probably all both")
_GOES_OUT = frozenset({"send", "publish", "circulate", "distribute", "issue", "post"})
"""Actions whose work a thing that "will go out" is still to do."""


def task_like(action: OpenAction) -> bool:
    """An action that reads as a task: a verb asking for work, and someone to do it or a number
    in an action log. A past event or a note the parse took for an action ("The fete was
    declared a success", "Chased again in May") is none, so no blanket report closes it."""
    return bool(asked_verb(action.text)) and bool(action.owner or action.ref)


def still_to_come(passage: str, action_text: str) -> str | None:
    """The words saying the action's own work (its verb or a near-synonym) is still to come
    ("will be sent", "is to write", "plans to book"), unless they only restate the action
    ("Completed: Ben will post the roadmap link" for "Post the roadmap link")."""
    lemma = asked_verb(action_text)
    if not lemma:
        return None
    family = kin(lemma) | ({"go"} if lemma in _GOES_OUT else set())
    for match in _TO_COME.finditer(passage):
        tokens = tokenize(passage, match.end(), min(len(passage), match.end() + 60))
        for token in tokens:
            if token.word in _BETWEEN or token.word.endswith("ly"):
                continue
            form = verb_form(token.word)
            if (
                form
                and form[0] in family
                and not (
                    _AS_ASKED.fullmatch(match.group().strip())
                    and _restates(passage, token.end, action_text)
                )
            ):
                return passage[match.start() : token.end]
            break
    return None


def _restates(passage: str, at: int, action_text: str) -> bool:
    """Whether the words after a verb ending at `at` are those after the action's own verb (five
    at most, all it has): the action read out again ("Completed: Ben will post the roadmap
    link"), not news of it ("the reminders will be sent next week")."""
    tokens = tokenize(action_text, 0, len(action_text))
    verb = task_verb(tokens, action_text)
    asked = [t.word for t in tokens[verb + 1 : verb + 6]] if verb is not None else []
    said = [t.word for t in tokenize(passage, at, min(len(passage), at + 120))[: len(asked)]]
    return bool(asked) and said == asked
