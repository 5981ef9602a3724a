"""Offices written beside a name in running text, the grammar of an apposition:

- an office before the name: "Our chair Nora Quinn welcomed ...", "Fire Chief Ivo Lisle",
  "resident Wendy Cole", "our MP Mr Gus Moor";
- the office, a comma, the name, a comma: "The Hon. Secretary, Omar Said, read ...", or the
  name in a bracket: "The Chairman (Cllr Peake) welcomed ...", or a listed person's
  initials: "the minute secretary JL will ...";
- the name, a comma, an article and the office: "Mr Leon Brightwater, a Mill Lane resident,";
- the name, "as" and an office: "with Ben as treasurer and Dee Ross as Secretary";
- the name (or a speaker's "that"), then "as" and the office between commas: "Cllr Moss, as
  Vice-Chair, took the chair", "Ann said that, as Clerk to the Council, she ...", "Bob, in
  his capacity as Footpath Warden, ...".
"""

from __future__ import annotations

import re

from ..keywords import any_of, scan
from .finder import PeopleFinder
from .offices import add_initials, add_names, known_name, one_office
from .words import (
    HON_ALT,
    HONORIFICS,
    INITIAL,
    NEXT_NAME_TOKEN,
    ROLE_WORDS,
    SPEECH_VERBS,
    may_be_given_name,
)

# Nouns that say who someone is in the minutes besides the role words of lists: a resident,
# a guest speaker, the area's MP, a police constable.
_PERSON_NOUNS = frozenset(
    "resident residents speaker mp msp mep constable sergeant volunteer parent".split()  # noqa: SIM905
)
_HEADS = sorted(ROLE_WORDS | _PERSON_NOUNS)
_HEAD_ALT = "|".join(sorted(_HEADS, key=len, reverse=True))
_HEAD_RANK = {w: k for k, w in enumerate(_HEADS)}
# A head word after no letter or digit, before a space, a tab or a comma.
_HEAD_RE = re.compile(rf"(?<![^\W_])(?:{any_of(_HEADS).pattern})(?=[ \t,])")
# The head words ending each after a hyphen: "chair" of "vice-chair" (the one regex pass
# reads the longer only).
_INNER_HEADS = {
    w: tuple(w[k + 1 :] for k, c in enumerate(w) if c == "-" and w[k + 1 :] in _HEAD_RANK)
    for w in _HEADS
}

_NAME = (
    rf"(?:(?:{HON_ALT})[ \t]+)?(?:{INITIAL}[ \t]+){{0,2}}"
    rf"{NEXT_NAME_TOKEN}(?:[ \t]+{NEXT_NAME_TOKEN}){{0,2}}"
)
# An office's words before its head word: capitalised ("Fire Chief", "Hon. Treasurer") or
# the few lower-case words that qualify one ("guest speaker", "vice chair"), also joined to
# it by a hyphen ("Vice-Chairman", "deputy-chair").
_QUALIFIERS = (
    r"(?:(?!(?:Our|The|And|With|By|From|To)\b)"
    r"(?:[A-Z][\w’'.-]*|(?:guest|vice|deputy|assistant|acting|interim|co)-?)(?:[ \t]+|(?<=-))){0,3}"
)

# "Our chair Nora Quinn", "Fire Chief Ivo Lisle": after the head word, a name of two words or
# more (or a title and one), whole words, then no more capitals ("Chairman  John Green
# Proposed" is no "John Green Propose").
_NAME_AFTER_RE = re.compile(rf"[ \t]+(?P<who>{_NAME})(?![\w’'-]|[ \t]+[A-Z])")
_OPENER_RE = re.compile(
    rf"(?:^|\n[ \t]*(?:[-*•][ \t]+)?|[.;:!?(,]\s*"
    rf"|\b(?P<det>[Oo]ur|[Tt]he|and|with|by|from|to|[Ww]elcomed)[ \t]+)"
    rf"(?P<office>{_QUALIFIERS})$"
)
_SPEECH_AFTER_RE = re.compile(rf"[ \t]+(?:{SPEECH_VERBS}|described|gave|spoke)\b")
# "The Hon. Secretary, Omar Said, read", "The Chairman of the Audit Committee, Cllr Ivy
# Lane,", "signed by the Chairman, Cllr Dale.": after the head word, the holder between
# commas or closing the sentence ("The" read back from the head); not the first of a list
# ("the Clerk, Cllr Dale, Cllr Hart and ...").
_COMMA_NAME_RE = re.compile(
    r"(?:[ \t]+(?:of|for|to)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w’'&-]*[ \t]*){1,4})?"
    rf",[ \t]+(?P<who>{_NAME})(?:,(?![ \t]+(?:(?:{HON_ALT})[ \t]|{_NAME}[ \t]*(?:,|and\b)))"
    r"|[.;](?=\s|$))"
)
# "The Chairman (Cllr Peake) welcomed": the holder in a bracket after the office.
_BRACKET_NAME_RE = re.compile(rf"[ \t]*\((?P<who>{_NAME})\)")
# "the minute secretary JL will ...", "our treasurer, GL,": the holder's initials after the
# office (someone listed bears them, :func:`.offices.add_initials`).
_INITIALS_AFTER_RE = re.compile(r"(?:[ \t]+|,[ \t]*(?=[A-Z]{2,3},))(?P<who>[A-Z]{2,3})\b(?!['’])")
_THE_BEFORE_RE = re.compile(rf"\b(?:The|the|Our|our)[ \t]+{_QUALIFIERS}$")
# (and one lower-case word of the office: "the minute secretary", "our membership secretary")
_THE_WORD_BEFORE_RE = re.compile(rf"\b(?:The|the|Our|our)[ \t]+(?:[a-z]+[ \t]+)?{_QUALIFIERS}$")
# "Mr Leon Brightwater, a Mill Lane resident,": the holder, then the office between commas
# (the scan starts on the comma and the article; the name is read back from it).
_COMMA_OFFICE_RE = re.compile(
    rf",[ \t]+(?:a|an|the|our)[ \t]+(?P<office>(?:[a-z]+[ \t]+)?{_QUALIFIERS}(?i:{_HEAD_ALT}))"
    r"[ \t]*[,;)]"
)
# "Dee Ross as secretary", "Greta as Treasurer": an office after "as" (the name read back
# from "as"), not one of a body ("as Treasurer of the Trust").
_AS_OFFICE_RE = re.compile(
    rf" as[ \t]+(?:the[ \t]+|our[ \t]+)?"
    rf"(?P<office>(?:(?:[a-z]+|[A-Z][a-z]+)[ \t]+){{0,2}}(?:{_HEAD_ALT}|{_HEAD_ALT.title()}))\b"
    r"(?![ \t]*[\w’'-]*[ \t]+of\b)"
)
_NAME_BEFORE_RE = re.compile(rf"(?<![\w’'-])(?P<who>{_NAME})$")
# ", as Vice-Chair,", ", in her capacity as the Footpath Warden,", ", as treasurer,": an office
# one person holds (its head before "of"/"to"/"for" and a body), between commas.
_COMMA_AS_RE = re.compile(
    r",[ \t]+(?:in[ \t]+(?:his|her|their)[ \t]+capacity[ \t]+)?as[ \t]+(?:the[ \t]+|our[ \t]+)?"
    r"(?P<office>(?P<head>[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,3}|(?:[a-z]+[ \t]+){0,2}[a-z]+)"
    r"(?:[ \t]+(?:of|to|for)[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,3})?),"
)
# Who speaks of themselves so: "Cllr Moss" (or "CM") before the comma, or "Ann Dale said
# that".
_HOLDER_BEFORE_RE = re.compile(
    rf"(?<![\w’'-])(?:(?P<who>{_NAME})|(?P<letters>[A-Z]{{2,3}}))"
    rf"(?:[ \t]+(?:{SPEECH_VERBS}|told[ \t]+\w+)[ \t]+that)?$"
)


def offices_beside_names(finder: PeopleFinder) -> None:
    """People named with their office beside them in running text (see the module)."""
    text = finder.text
    for start, end in _heads(text):
        head = text[start:end]
        if head not in (head.lower(), head.capitalize()) and not (
            len(head) <= 3 and head.isupper()
        ):
            continue  # an office in capitals heads a line: "CHAIR ANN HART" is no apposition
        if (m := _NAME_AFTER_RE.match(text, end)) is not None:
            _office_before_name(finder, start, head, m)
        elif (
            m := _COMMA_NAME_RE.match(text, end) or _BRACKET_NAME_RE.match(text, end)
        ) is not None:
            the = _THE_BEFORE_RE.search(text, max(0, start - 40), start)
            if the is not None and "\n" not in m.group(0):
                office = " ".join(text[the.start() : m.start("who")].split()[1:]).rstrip(",(")
                add_names(finder, m, office)
        elif (m := _INITIALS_AFTER_RE.match(text, end)) is not None:
            the = _THE_WORD_BEFORE_RE.search(text, max(0, start - 40), start)
            if the is not None:
                add_initials(finder, m, " ".join(text[the.start() : end].split()[1:]))
    for m in scan(_COMMA_AS_RE, text):
        office = m.group("office")
        if not one_office(m.group("head")):
            continue  # ", as Members of the Trust,": no one's office
        who = _HOLDER_BEFORE_RE.search(text, max(0, m.start() - 80), m.start())
        if who is not None and who.group("letters"):
            add_initials(finder, who, " ".join(office.split()), "letters")
        elif who is not None:
            add_names(finder, who, " ".join(office.split()))
    for rx in (_COMMA_OFFICE_RE, _AS_OFFICE_RE):
        for m in scan(rx, text):
            who = _NAME_BEFORE_RE.search(text, max(0, m.start() - 60), m.start())
            if who is not None and "\n" not in text[who.start() : m.end()]:
                add_names(finder, who, " ".join(m.group("office").split()))


def _heads(text: str) -> list[tuple[int, int]]:
    """Where an office's head word stands as a word before a space or a comma (in the
    lower-cased text), by head word in order, then by place: one regex pass for all the
    words, and the head that ends a hyphened one ("chair" of "vice-chair") beside it."""
    low = text.lower()
    found = []
    for m in _HEAD_RE.finditer(low):
        word, end = m.group(), m.end()
        found.append((_HEAD_RANK[word], m.start(), end))
        found.extend((_HEAD_RANK[inner], end - len(inner), end) for inner in _INNER_HEADS[word])
    found.sort()
    return [(start, end) for _, start, end in found]


def _office_before_name(finder: PeopleFinder, start: int, head: str, m: re.Match[str]) -> None:
    """ "Our chair Nora Quinn": the office's head word at ``start``, the name after it ``m``."""
    text = finder.text
    opener = _OPENER_RE.search(text, max(0, start - 40), start)
    who = m.group("who")
    if opener is None:
        return
    if head.lower() in HONORIFICS and not (
        opener.group("office") and HONORIFICS[head.lower()] is None
    ):
        return  # "Councillor Lane" is another rule's; "Fire Chief Ivo Lisle" is this one's
    if len(who.split()) < 2 and not known_name(finder, who):
        return  # "President Jordan" is another rule's
    if any(w.lower() in ROLE_WORDS for w in who.split()):
        return  # "Chair Parent Governor Staff Governor": offices run on, no name
    if not (opener.group("det") or head.islower() or _reads_as_person(text, m)):
        return  # "Founding Board Member Point Reward." heads a paragraph
    if text[opener.start()] == "," and _listed_ends_at(finder, opener.start()):
        return  # "Also present: Clive Parr, Tree Warden Cllr Ian Moss": Clive's role
    add_names(finder, m, " ".join((opener.group("office") + head).split()))


def _listed_ends_at(finder: PeopleFinder, pos: int) -> bool:
    """Whether a name an attendance list read ends at ``pos``."""
    return any(f.attendance and any(e == pos for _, e in f.mentions) for f in finder.found)


def _reads_as_person(text: str, m: re.Match[str]) -> bool:
    """The words after a capitalised office are a person's name: a title, a given name, or
    a verb of speech after them ("Constable Mai Lowe described ...")."""
    first = m.group("who").split()[0].rstrip(".")
    return (
        first.lower() in HONORIFICS
        or may_be_given_name(first)
        or _SPEECH_AFTER_RE.match(text, m.end()) is not None
    )
