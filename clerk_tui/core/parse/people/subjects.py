"""People named by an initial and a surname as the subject heading a line or a bullet."""

from __future__ import annotations

import re

from .finder import PeopleFinder
from .words import NAME_TOKEN, SPEECH_VERBS, is_stop_word

_INITIAL_SURNAME = rf"[B-HJ-PR-Z]\.?[ \t]+{NAME_TOKEN}"
# "- C Wilgar asked whether ...", "R Phillips commented", "C Wilgar and R Gregg are
# redecorating": at the start of a line or a bullet, then a verb (one of speech, a past
# tense, or an auxiliary). Not "A", "I" or "Q" ("Q Could the council ...": a question).
_SUBJECT_RE = re.compile(
    r"\n[ \t>]*(?:[-*•+][ \t]+|\d{1,2}[.)][ \t]+)?"
    rf"(?P<who>{_INITIAL_SURNAME}(?:[ \t]+(?:and|&)[ \t]+{_INITIAL_SURNAME})?)[ \t]+"
    rf"(?:{SPEECH_VERBS}|are|[a-z]+ed)\b"
)
_ONE_RE = re.compile(_INITIAL_SURNAME)


def initial_surnames(finder: PeopleFinder) -> None:
    """ "C Wilgar asked", "E Murray answered": an initial and a surname (no stop word) as the
    subject of a verb at the head of a line or a bullet, as informal notes name people."""
    text = "\n" + finder.text  # (offsets one past the text's)
    for m in _SUBJECT_RE.finditer(text):
        for one in _ONE_RE.finditer(text, m.start("who"), m.end("who")):
            if not is_stop_word(one.group(0).split()[-1]):
                finder.add(one.group(0), None, one.start() - 1, one.end() - 1)
