"""People in informal notes: an initial and a surname heading a line as a verb's subject, and
given names alone where the notes name people by first name."""

from __future__ import annotations

import re

from ..actions.lexicon import is_plural_noun, is_word
from .entries import is_role_phrase
from .finder import PeopleFinder
from .words import (
    FIRST_NAME_TOKEN,
    INITIALS_RE,
    NAME_TOKEN,
    ROLE_WORDS,
    SPEECH_VERBS,
    is_given_name,
    is_stop_word,
    may_be_given_name,
)

# An initial and a surname, maybe with a role in brackets ("J Rowe (Tree Warden)").
_INITIAL_SURNAME = rf"[B-HJ-PR-Z]\.?[ \t]+{NAME_TOKEN}(?:[ \t]*\((?P<role>[^()\n]{{2,40}})\))?"
# "- C Wilgar asked whether ...", "R Phillips commented", "C Wilgar and R Gregg are
# redecorating", "R Dale (County Councillor) and T Penn (District Councillor) also advised":
# at the start of a line or a bullet, then a verb (one of speech, a past tense, or an
# auxiliary). Not "A", "I" or "Q" ("Q Could the council ...": a question).
_SUBJECT_RE = re.compile(
    r"\n[ \t>]*(?:[-*•+][ \t]+|\d{1,2}[.)][ \t]+)?"
    rf"(?P<who>{_INITIAL_SURNAME.replace('?P<role>', '?:')}"
    rf"(?:[ \t]+(?:and|&)[ \t]+{_INITIAL_SURNAME.replace('?P<role>', '?:')})?)[ \t]+"
    rf"(?:(?:also|then|later)[ \t]+)?(?:{SPEECH_VERBS}|are|[a-z]+ed)\b"
)
_ONE_RE = re.compile(_INITIAL_SURNAME)


def initial_surnames(finder: PeopleFinder) -> None:
    """ "C Wilgar asked", "E Murray answered": an initial and a surname (no stop word) as the
    subject of a verb at the head of a line or a bullet, as informal notes name people."""
    text = "\n" + finder.text  # (offsets one past the text's)
    for m in _SUBJECT_RE.finditer(text):
        for one in _ONE_RE.finditer(text, m.start("who"), m.end("who")):
            end = one.start("role") - 1 if one.group("role") else one.end()
            name = text[one.start() : end].rstrip(" \t(")
            role = one.group("role") if is_role_phrase(one.group("role") or "") else None
            if not is_stop_word(name.split()[-1]):
                finder.add(name, role, one.start() - 1, one.start() - 1 + len(name))


# A given name alone (a capitalised word, found by its capital first: a fast scan): before a
# bracketed role ("Sam (landlord)"), a lower-case word ("Eugene wrote") or punctuation, not
# another capitalised word (a full name) ...
_GIVEN_RE = re.compile(
    r"[A-Z](?<![\w@][A-Z])(?P<name>(?<=[A-Z])[a-z]{2,}+)"
    r"(?=[ \t]*\((?P<role>[a-z][a-z ]{2,40})\)|[ \t]+[a-z]|[ \t]*[.,;:!?\n])"
)
# ... after a word that wants a person ("with Paul", "to Marc who"), or opening a line or a
# sentence (not after "St.": "York St. John" is a place).
_WANTS_PERSON_RE = re.compile(
    r"(?:(?P<opens>\n[ \t>]*(?:[-*•+][ \t]+)?|(?<!\bSt)(?<!\bMt)[.!?][ \t]+)"
    r"|\b(?:with|to|from|by|and|ask|asked|thank|thanked|tell|told)[ \t]+)$"
)


def given_names_in_notes(finder: PeopleFinder) -> None:
    """Notes that name people by one word (two such found already: "Present: Aapeli, Gabx"):
    a given name alone (not an everyday word) where a person is wanted is a person too."""
    ones = {f.name for f in finder.found if f.name and " " not in f.name}
    if len({n for n in ones if not INITIALS_RE.match(n)}) < 2:
        return
    firsts = {f.name.split()[0] for f in finder.found if f.name}
    text = finder.text
    for m in _GIVEN_RE.finditer(text):
        name = text[m.start() : m.end("name")]
        if name in ones or not is_given_name(name):
            continue
        before = _WANTS_PERSON_RE.search(text, max(0, m.start() - 12), m.start())
        if before is None and m.start() > 0:
            continue
        if (before is None or before.group("opens")) and is_word(name):
            continue  # "Laurel at the Cottage is overhanging": a word opening a line
        if any(f.startswith(name) for f in firsts):
            continue  # "Chris" for "Christopher Head"
        role = m.group("role")
        if role is not None and not any(w in ROLE_WORDS or len(w) > 3 for w in role.split()):
            role = None
        finder.add(name, role, m.start(), m.end("name"))


# Three first names or more in a series as a sentence's subject: "Graham, John, James and Iain
# gave the presentation" (a lower-case word follows; the series opens a line or a sentence).
_SERIES_RE = re.compile(
    rf"(?P<names>{FIRST_NAME_TOKEN}(?:,[ \t]*{NAME_TOKEN}){{1,8}}"
    rf",?[ \t]+(?:and|&)[ \t]+{NAME_TOKEN})[ \t]+(?P<next>[a-z]+)"
)
_SERIES_NAME_RE = re.compile(NAME_TOKEN)
_OPENS_RE = re.compile(r"(?:^|[\n.!?])[ \t>*-]*$")


def name_series(finder: PeopleFinder) -> None:
    """First names in a series of three or more as a sentence's subject, two known given names
    at least and no everyday word: a list of people written as prose, not of places or things
    ("Victoria, Albert and Regent streets": a plural noun follows; "Oak, Ash and Elm were
    planted": no given names)."""
    text = finder.text
    for m in _SERIES_RE.finditer(text):
        if not _OPENS_RE.search(text, max(0, m.start() - 6), m.start()):
            continue
        if is_plural_noun(m.group("next")):
            continue  # "Victoria, Albert and Regent streets": the names of things
        words = list(_SERIES_NAME_RE.finditer(text, m.start("names"), m.end("names")))
        given = [may_be_given_name(w.group(0)) for w in words]
        if sum(given) >= 2 and all(
            not is_stop_word(w.group(0)) and (g or not is_word(w.group(0)))
            for w, g in zip(words, given, strict=True)
        ):
            for w in words:
                finder.add(w.group(0), None, w.start(), w.end())


# A first name with its office beside it in running text: "Tom (treasurer) reported", "Pia
# (Membership Secretary) said", "Sue, our secretary, read the minutes".
_GIVEN_ROLE_RE = re.compile(
    rf"(?P<name>{FIRST_NAME_TOKEN})(?:[ \t]*\((?P<bracket>[A-Za-z][A-Za-z -]{{2,40}})\)"
    r"|,[ \t]+(?:our|the)[ \t]+(?P<apposed>[a-z][a-z -]{2,40}),)[ \t]+[a-z]"
)


def given_names_with_roles(finder: PeopleFinder) -> None:
    """A first name (a given name, or one already found) with an office in a bracket (or a
    lower-case one in apposition), then the sentence going on: the office is the person's
    role."""
    text = finder.text
    known = {f.name.split()[0] for f in finder.found if f.name}
    for m in _GIVEN_ROLE_RE.finditer(text) if "(" in text or ", our " in text else ():
        name = m.group("name")
        role = m.group("bracket") or m.group("apposed")
        if role.split()[-1].lower() not in ROLE_WORDS or is_stop_word(name):
            continue
        if name in known or may_be_given_name(name):
            finder.add(name, role, m.start("name"), m.end("name"))
