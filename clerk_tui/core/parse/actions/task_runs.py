"""A run of tasks written as one, each led by its verb: "Book the hall, order the urn and
email the vicar" is three tasks; "Book the hall and the urn", "Print and post the flyers",
"Ring the school and ask about dates", "Get quotes for paint and repair work" are one."""

from __future__ import annotations

import re

from .lexicon import is_base_verb
from .verbs import AUXILIARIES, NOT_TASK_VERBS


def task_run(task: str) -> list[tuple[int, int]]:
    """Where each task of a run starts and ends in ``task`` (one span when it is no run): a
    task opening with a verb, then others after a comma (and the last after "and"), each a
    verb in its base form and its object, of two words or more, outside brackets. Two tasks
    joined by "and" alone are one ("Check the rota and tell Helen of any gaps": its next
    step), and so are a semicolon's ("Explore a new date; tell the list"). A verb on what
    the task before named ("and upload them", "and send it on") goes on with that task."""
    if "," not in task:
        return [(0, len(task))]  # (a cheap test first)
    first = _WORD_RE.match(task)
    if first is None or not _task_verb(first.group(1)):
        return [(0, len(task))]
    cuts = []
    for m in _JOIN_RE.finditer(task):
        if task.count("(", 0, m.start()) > task.count(")", 0, m.start()):
            continue  # inside brackets
        verb, nxt = m.group("verb"), m.group("next")
        if not _task_verb(verb) or nxt.lower() in _SAME_THING or nxt in ("and", "or"):
            continue  # "and upload them": the same task; ", sand and varnish": things
        if not m.group(0).startswith(",") and not _LEADS_OBJECT_RE.fullmatch(nxt):
            continue  # "and repair work": a thing, not a task ("and order the urn")
        cuts.append((m.start(), m.start("verb")))
    if not any(task[c] == "," for c, _ in cuts):
        return [(0, len(task))]
    spans, start = [], 0
    for end, begin in cuts:
        if len(task[start:end].split()) < 2:
            return [(0, len(task))]  # "Check and sign the accounts": one task, two verbs
        spans.append((start, end))
        start = begin
    spans.append((start, len(task)))
    return spans


def _task_verb(word: str) -> bool:
    """A verb in its base form that a task opens with ("order", "email", "reach")."""
    w = word.lower()
    return is_base_verb(w) and w not in AUXILIARIES and w not in NOT_TASK_VERBS


_WORD_RE = re.compile(r"\W*([A-Za-z]+)\b")
# A join in a run of tasks, then the next task's verb and the word after it.
_JOIN_RE = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?P<verb>[a-z]+)\s+(?P<next>[\w’']+)")
# What opens a verb's object or phrase after "and": a determiner, a particle or
# preposition, a name or a number ("and order the urn", "and fill out", "and ring Tom").
_LEADS_OBJECT_RE = re.compile(
    r"(?i:the|a|an|all|any|some|our|their|his|her|its|each|every|new|more|out|up|back|down"
    r"|off|over|in|on|to|with|about|for|from)|[A-Z][\w’'-]*|\d[\w/.-]*"
)
# Words after a second verb that point back at what the task before named.
_SAME_THING = frozenset("it them this these that those him her".split())  # noqa: SIM905
