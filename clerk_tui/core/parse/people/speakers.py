"""Speakers in a chat transcript: "ege: should the moderator do the pull request", "Dave: I
haven't seen anything", one line each, as IRC, Discord and scribed calls record who said what."""

from __future__ import annotations

import re
from collections import defaultdict

from ..actions.lexicon import is_word
from .entries import user_name
from .finder import PeopleFinder
from .words import ROLE_WORDS, is_stop_word, may_be_given_name

# A line opened by one word and a colon, then what was said: "sk: we need to evaluate this".
# (The line's start, past a bullet or "<" of an IRC log: "<McCool> ntd" is not read.)
_LABEL_RE = re.compile(r"[ \t>*-]*(?P<who>[A-Za-z][\w.-]{1,30}):[ \t]+\S")
_LEAST_TURNS = 2  # turns a speaker takes
_LEAST_SPEAKERS = 2  # speakers who each take that many: a transcript


def transcript_speakers(finder: PeopleFinder) -> None:
    """Each word that opens two lines or more as their speaker ("Dave: ..."), where two such
    speakers at least make the text a transcript; the word may be a person's (a given name,
    a user name or no English word, and no role: "Note:", "Chair:" and "Action:" say who
    speaks no more than a heading does)."""
    text = finder.text
    turns: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for ln in finder.lines:
        if ln.blank or text.find(":", ln.cstart, min(ln.cend, ln.cstart + 34)) < 0:
            continue
        m = _LABEL_RE.match(text, ln.start, ln.cend)
        if m is not None and _may_speak(m.group("who")):
            turns[m.group("who").lower()].append((m.start("who"), m.end("who")))
    speakers = {who: spans for who, spans in turns.items() if len(spans) >= _LEAST_TURNS}
    if len(speakers) < _LEAST_SPEAKERS:
        return
    for spans in speakers.values():
        for start, end in spans:
            finder.add(text[start:end], None, start, end)


def _may_speak(word: str) -> bool:
    low = word.lower()
    if len(word) < 3 or word.isupper() or is_stop_word(word) or low in ROLE_WORDS:
        return False  # "Q:", "TODO:", "Minutes:", "Chair:"
    if word[0].islower():
        return user_name(word) is not None
    return may_be_given_name(word) or user_name(word) is True or not is_word(low)
