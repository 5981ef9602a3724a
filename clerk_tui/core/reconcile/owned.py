"""Reports by an action's own owners in a review of the last actions, in a verb of their own:
"Mike confirmed that the debugger is the one Ibex uses" (for "Mike to confirm"), "Mike
captured the strategy for testing both levels in one environment" (for "Mike to illustrate a
strategy for testing both levels in one environment").

Under a heading of reports on the last actions, an entry whose subject is all the owners of
an action (and no one else), with a verb in the simple past or the perfect (or in any form when
the entry ends in a done status, "(closed)"), speaks of the one open action of theirs that:

- asks for that verb ("confirmed" for "confirm"), the only one of theirs that does; or
- shares most of its distinctive words with the entry, two at least, more than any other of
  theirs (not for a verb of saying, "reported", "advised": what is said may be anything); a
  task that is a pronoun ("push that through") shares two words of the sentence before it; or
- is the only one of theirs sharing a word with the entry, a word no other open action uses
  ("Hannah created a few Markdown files" for "Hannah to try the Markdown approach").

Not the owners' only action by elimination ("Dana completed the survey" for Dana's one action
to "push that through"): the parse may have missed the action the entry reports.

An owner every sentence names ("the Clerk") takes the first way only. The entry reports the
action done, or a progress note when it says it is not finished ("has not yet had a chance").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from clerk_tui.core.parse.layout import split_sentences
from clerk_tui.core.reconcile.cues import DONE_WORD, before_message, doubts, goes_on
from clerk_tui.core.reconcile.grammar import PAST, asked_verb, verb_form
from clerk_tui.core.reconcile.model import DONE, UPDATE, Finding, OpenAction
from clerk_tui.core.reconcile.places import lines_of
from clerk_tui.core.reconcile.tables import other_owner
from clerk_tui.core.reconcile.words import (
    STOP,
    Index,
    core_text,
    distinctive,
    stem,
    vocabulary,
    words,
)

_NAME = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
_SUBJECT = re.compile(
    rf"\W*(?P<who>{_NAME}(?:\W{{0,2}}(?:\s*[,/&]\s*|\s+and\s+)\W{{0,2}}{_NAME})*)\W{{0,2}}\s+"
    r"(?P<aux>(?:(?:has|have|had|already|now|also|successfully|finally)\s+)*)(?P<verb>[a-z]+)\b"
)
"""An entry opening with who did it and their verb: "Mike confirmed", "**Greg** issued",
"Davide and Paul have completed", "The Clerk had written"."""
_CLOSED = re.compile(rf"[(\[_*]*\s*{DONE_WORD}\s*[)\]_*]*\W*$", re.I)
"""An entry ending in a done status ("... (closed)"): its verb says the work though it is not
in the past ("**Lee** already investigate the conversion ... (closed)")."""
_SAYING = STOP
"""Verbs of saying ("reported", "advised", "noted") are among the stop words: what an owner
said may be anything, so it is matched only by the verb the action asks for."""
_PAPER_KINDS = {
    stem(w)
    for w in vocabulary("draft plan proposal document summary list template outline report paper")
}
"""What kind of paper a task makes, not which: "Juno presented the draft of the events
programme" shares only "draft" with "prepare a draft of the volunteer handbook"."""


def _theirs(who: str, actions: Iterable[OpenAction]) -> list[OpenAction]:
    """The actions whose owners are exactly the people named."""
    return [
        a
        for a in actions
        if a.owner and not other_owner(who, a.owner) and not other_owner(a.owner, who)
    ]


def _covered(index: Index, action: OpenAction, sentence: str) -> int:
    """How many of the action's distinctive task words the entry shares; 0 when it shares
    under two thirds of them, or fewer than two. A task that is a pronoun ("push that
    through") is about the sentence before it: the entry may share two of that sentence's
    distinctive words instead."""
    said = set(words(sentence, joined=True))
    own = _task_words(index, action)
    shared = own & said
    if len(shared) >= 2 and len(shared) * 3 >= len(own) * 2:
        return len(shared)
    about = set(distinctive(words(action.context, joined=True))) - index.owner_words[action.id]
    return len(about & said) if len(about & said) >= 2 else 0


def _reported(
    index: Index,
    theirs: list[OpenAction],
    lemma: str,
    sentence: str,
    after: str,
    verb_only: bool,
) -> OpenAction | None:
    """Which one of the owners' actions an entry with verb `lemma` reports (see above), `after`
    being what it says after its verb; with `verb_only` (an everyday owner, a verb of saying)
    only by that verb."""
    same = [a for a in theirs if asked_verb(a.text) == lemma]
    if same:
        return (
            same[0] if len(same) == 1 and not _other_object(index, same[0], lemma, after) else None
        )
    if verb_only or lemma in _SAYING:
        return None
    scored = sorted(((_covered(index, a, sentence), a.id) for a in theirs), reverse=True)
    if scored and scored[0][0] and (len(scored) == 1 or scored[1][0] < scored[0][0]):
        return index.by_id[scored[0][1]]
    said = set(words(sentence, joined=True))
    touched = [a for a in theirs if _task_words(index, a) & said]
    if len(touched) != 1:
        return None
    alone = [
        s
        for s in _task_words(index, touched[0]) & said
        if len(index.using[s]) == 1 and s not in _PAPER_KINDS
    ]
    return touched[0] if alone else None


def _other_object(index: Index, action: OpenAction, lemma: str, after: str) -> bool:
    """Whether what the entry says after its verb is about other things than the action's
    task: "Mike has reached out to the new co-chairs" is not "reach out to Craig Blackmore".
    Not when the task names nothing beyond its verb ("Confirm"), nor the entry after it."""
    own = _task_words(index, action) - set(words(lemma))
    said = set(distinctive(words(after, joined=True)))
    return bool(own and said) and not own & said and not _covered(index, action, after)


def _task_words(index: Index, action: OpenAction) -> set[str]:
    """The distinctive words of the action's task (not of its remarks in brackets)."""
    return set(index.distinct[action.id]) & set(words(core_text(action.text), joined=True))


def findings(text: str, index: Index, review: set[int], skip: set[int]) -> list[Finding]:
    """What entries of a review of the last actions (lines in `review`, but not in `skip`)
    report of their owners' actions in verbs of their own."""
    found: list[Finding] = []
    for line in lines_of(text):
        if line.index not in review or line.index in skip:
            continue
        closed = bool(_CLOSED.search(text, line.cstart, line.cend))
        for start, end in split_sentences(text, line.cstart, line.cend):
            sentence = text[start:end]
            opening = _SUBJECT.match(sentence)
            form = verb_form(opening.group("verb")) if opening else None
            if opening is None or form is None or not (form[1] == PAST or closed):
                continue
            theirs = _theirs(opening.group("who"), index.actions)
            everyday = any(index.everyday_owner[a.id] for a in theirs)
            saying = opening.group("verb").lower() in _SAYING
            after = sentence[opening.end() :]
            action = _reported(index, theirs, form[0], sentence, after, everyday or saying)
            if action is None:
                continue
            said = sentence[: opening.end()].strip(" *_-")
            told = before_message(sentence, opening.end())
            on = goes_on(told, action.text) or next(iter(doubts(told, action.text)), None)
            note = " ".join(sentence.split())
            if on:
                reason = f'not finished ("{on}"); reported by its owner ("{said}")'
                found.append(Finding(action.id, UPDATE, start, end, reason, note, 1, True))
            else:
                reason = f'reported by its owner in a review of the last actions ("{said}")'
                found.append(Finding(action.id, DONE, start, end, reason, note, 1))
    return found
