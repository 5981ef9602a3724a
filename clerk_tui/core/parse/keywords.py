"""Fast scans for words: a regex that finds any of a set of words, written as a trie
("b(?:ack|oard)") so that the engine follows one path per position instead of trying every
word (the rules' keyword scans run on every sentence of every parse); and a whole-text scan
that starts the regex engine only where a match can begin (:func:`scan`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from re import _constants, _parser  # type: ignore[attr-defined]
from typing import Any

Trie = dict[str, "Trie"]


def any_of(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern matching any of ``words`` (the longest where one extends another)."""
    trie: Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return re.compile(_alternation(trie))


def _alternation(node: Trie) -> str:
    branches = [re.escape(ch) + _alternation(sub) for ch, sub in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word ends here: what follows is optional
        body = body + "?" if len(branches) == 1 and len(body) == 1 else f"(?:{body})?"
    return body


class KeyedRules:
    """Rules that each run only on sentences holding one of their words: the pattern that
    finds the words in a lower-cased sentence (:func:`any_of`, the longest word: "considered"
    and not "consider", "put back" and not "back"), and for each word the indices of the rules
    that need it or a word within it."""

    def __init__(self, needs: Sequence[frozenset[str]]) -> None:
        self.key_re = any_of({w for words in needs for w in words})
        self._rules_of = {
            w: tuple(k for k, words in enumerate(needs) if any(n in w for n in words))
            for words in needs
            for w in words
        }

    def rules(self, keys: Iterable[str]) -> list[int]:
        """The indices, in order, of the rules that the words ``keys`` (as :attr:`key_re`
        finds them) call."""
        return sorted({k for key in keys for k in self._rules_of[key]})


class Alternatives:
    """A pattern's alternatives, searched faster for the same matches: :meth:`search` finds
    what ``re.compile("|".join(alternatives)).search`` finds (the leftmost match; at one place,
    the first alternative that matches there). One pattern of many alternatives opening with
    a word boundary, a look-behind or "^" has the engine try each of them at nearly every
    place of the text; here each alternative is searched alone, skipping in C to its own
    first characters, one opening with "^" only at the text's start, and only in a text
    holding one of the strings its matches start with (:func:`starts_of`). An alternative
    given as (pattern, words) is searched only in a text holding one of ``words`` (lower
    case; one of them in every match, as the lower-cased text reads it): for one whose
    matches start with no such string ("\\w+ed and agreed", "\\d+ voted")."""

    def __init__(self, *alternatives: str | tuple[str, tuple[str, ...]]) -> None:
        given = [(a, ()) if isinstance(a, str) else a for a in alternatives]
        self.pattern = "|".join(p for p, _ in given)
        # (compiled here, as the parser's modules are imported: their code is cached)
        self._given = [(re.compile(p), words) for p, words in given]
        if len({frozenset(rx.groupindex) for rx, _ in self._given}) > 1:
            raise ValueError("each alternative names the same groups (a match reads any)")
        self._read: list[tuple[re.Pattern[str], frozenset[str], bool, bool]] = []

    def _gates(self) -> list[tuple[re.Pattern[str], frozenset[str], bool, bool]]:
        """Each alternative with the strings one of which its matches hold (its start strings,
        or the words given), whether they are lower-cased (a case-insensitive start, or words
        given) and whether it opens with "^" (read at the first search)."""
        if not self._read:
            for rx, words in self._given:
                starts, fold = frozenset(words), True
                if not starts:
                    starts, fold = starts_of(rx), False
                if not starts:
                    starts, fold = starts_of(rx, fold=True), True
                anchored = _anchored(_parser.parse(rx.pattern, rx.flags).data, rx.flags)
                self._read.append((rx, starts, fold, anchored))
        return self._read

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """The match the joined pattern's ``search(text, pos)`` finds, or None."""
        best: re.Match[str] | None = None
        low: str | None = None
        for rx, starts, fold, anchored in self._read or self._gates():
            if anchored and pos:
                continue  # ("^" matches at the text's start only)
            if starts:
                if fold:
                    if low is None:
                        low = text.lower() if lowers_alike(text) else ""
                    if low and not any(map(low.__contains__, starts)):
                        continue
                elif not any(map(text.__contains__, starts)):
                    continue
            m = rx.match(text) if anchored else rx.search(text, pos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches the joined pattern's ``finditer`` finds (none of them empty: each
        alternative must match some text)."""
        m = self.search(text)
        while m is not None:
            yield m
            m = self.search(text, m.end())


def _anchored(items: Any, flags: int) -> bool:
    """Whether parsed items open with "^" (the text's start: not a line's, with MULTILINE),
    past the groups around it."""
    while items:
        op, av = items[0]
        if op is _constants.SUBPATTERN:
            items, flags = av[3].data, (flags | av[1]) & ~av[2]
            continue
        if op is not _constants.AT:
            return False
        return av is _constants.AT_BEGINNING_STRING or (
            av is _constants.AT_BEGINNING and not flags & re.MULTILINE
        )
    return False


def holds_any(text: str, words: Iterable[str]) -> bool:
    """Whether ``text`` holds any of ``words``: a rule's cheap gate, the words one of which
    every match of its regex holds (so the regex runs only on the sentences that may match)."""
    return any(map(text.__contains__, words))


def lowers_alike(text: str) -> bool:
    """Whether ``text.lower()`` holds what a case-insensitive regex reads in ``text``, at the
    same offsets: the text has none of the letters that fold apart (``_FOLDS_APART``)."""
    return not any(map(text.__contains__, _FOLDS_APART))


def may_hold_folded(text: str, words: Iterable[str]) -> bool:
    """Whether ``text`` may hold one of the lower-case ``words`` as a case-insensitive regex
    reads them: a gate for such a regex, like :func:`holds_any` for a case-sensitive one."""
    low = text.lower()
    return any(map(low.__contains__, words)) or not lowers_alike(text)


def scan(rx: re.Pattern[str], text: str, pos: int = 0) -> Iterator[re.Match[str]]:
    """``rx.finditer(text, pos)``, the same matches found faster over a whole text: the
    engine is started only where a match can begin, found by ``str.find`` for the literal
    strings every match starts with (:func:`starts_of`; in the lower-cased text for a
    case-insensitive pattern). A regex opening with a set of letters or a look-ahead is
    otherwise tried at every position of the text."""
    starts, where = starts_of(rx), text
    if not starts and (low := folded(text)) is not None:
        starts, where = starts_of(rx, fold=True), low  # (as long as the text)
    if not starts:
        yield from rx.finditer(text, pos)
        return
    find = _any_start(starts).search  # (the next place one of them starts, found in C)
    hit = find(where, pos)
    while hit is not None:
        i = hit.start()
        m = rx.match(text, i)
        if m is not None:
            yield m
        hit = find(where, max(m.end(), i + 1) if m is not None else i + 1)


def marks_and_their_lines(text: str, marks: Iterable[str]) -> list[int]:
    """In order, each place one of ``marks`` stands in ``text`` (overlapping: "***" holds
    "**" twice) and the start of each line holding one: where a pattern whose every match
    starts at its mark, or at its line's start before it, can begin (see :func:`sub_at`)."""
    found: set[int] = set()
    for mark in marks:
        i = text.find(mark)
        while i >= 0:
            found.add(i)
            found.add(text.rfind("\n", 0, i) + 1)
            i = text.find(mark, i + 1)
    return sorted(found)


def sub_at(
    rx: re.Pattern[str], repl: Callable[[re.Match[str]], str], text: str, starts: Iterable[int]
) -> str:
    """``rx.sub(repl, text)``, the engine started only at ``starts`` (ascending): every place
    a match of ``rx`` can begin, and never an empty match. Tried in order from the end of the
    last match, as sub tries every place; a pattern that opens with an optional part or an
    anchor gives the engine no first character to skip to, and sub tries it everywhere."""
    out: list[str] = []
    last = 0
    for at in starts:
        if at < last:
            continue
        m = rx.match(text, at)
        if m is not None:
            out += (text[last:at], repl(m))
            last = m.end()
    out.append(text[last:])
    return "".join(out)


# The last text scanned case-insensitively and its folded form (see folded).
_LAST_FOLDED: list[tuple[str, str | None]] = [("", "")]


def folded(text: str) -> str | None:
    """``text.lower()`` when it holds what a case-insensitive regex reads at the same offsets
    (:func:`lowers_alike`), else None; kept for the last text, which the whole-text passes of
    one parse scan again and again (a lower-cased copy of the whole text each time, before)."""
    last, low = _LAST_FOLDED[0]
    if last is not text:
        low = text.lower() if lowers_alike(text) else None
        _LAST_FOLDED[0] = (text, low)
    return low


def forget_folded() -> None:
    """Let go of the last text kept by :func:`folded` (at the end of a parse)."""
    _LAST_FOLDED[0] = ("", "")


_ANY_START: dict[frozenset[str], re.Pattern[str]] = {}


def _any_start(starts: frozenset[str]) -> re.Pattern[str]:
    """A pattern finding any of a regex's start strings (see :func:`starts_of`)."""
    got = _ANY_START.get(starts)
    if got is None:
        got = _ANY_START[starts] = any_of(starts)
    return got


# The letters a case-insensitive regex matches to an ASCII letter that str.lower does not
# lower to it ("İ" also lowers to two characters): a text holding one is scanned plainly.
_FOLDS_APART = "\u0130\u0131\u017f\u212a"
_STARTS: dict[tuple[re.Pattern[str], bool], frozenset[str]] = {}


def starts_of(rx: re.Pattern[str], *, fold: bool = False) -> frozenset[str]:
    """Literal strings (up to 6 characters) one of which begins every match of ``rx``, read
    from its parsed form (lower-cased with ``fold``, for a text with none of
    ``_FOLDS_APART``); empty when the pattern allows no such list (a case-insensitive start
    without ``fold``, a wildcard, too many, or one a single letter: not worth looking for)."""
    got = _STARTS.get((rx, fold))
    if got is None:
        got = frozenset()
        if fold or not rx.flags & re.IGNORECASE:
            opened, closed = _walk(list(_parser.parse(rx.pattern, rx.flags)), {""}, fold)
            found = opened | closed
            for size in range(_LONGEST_START, 0, -1):  # shorter, fewer
                if len(found) <= _MOST_STARTS:
                    break
                found = {w[:size] for w in found}
            # A single letter or digit is found too often to be worth looking for.
            if (
                found
                and len(found) <= _MOST_STARTS
                and all(len(w) > 1 or w and not w.isalnum() for w in found)
            ):
                # (a word that starts with another is found with it)
                got = frozenset(w for w in found if not any(w.startswith(v) for v in found - {w}))
        _STARTS[rx, fold] = got
    return got


_MOST_STARTS = 64
_LONGEST_START = 6
_ZERO_WIDTH = {_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT}
_REPEATS = {_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT}


def _walk(items: list[Any], opened: set[str], fold: bool) -> tuple[set[str], set[str]]:
    """The prefixes a sequence of parsed items extends ``opened`` to: (those a following item
    may extend further, those complete). ``fold``: lower-cased, and case-insensitive parts
    read too (a character that lowers to two is left out: the text holds none)."""
    closed: set[str] = set()
    for op, av in items:
        if not opened:
            break
        if op is _constants.LITERAL:
            chars: list[str] | None = [chr(av)]
        elif op is _constants.IN:
            chars = _chars(av)
        elif op is _constants.ASSERT and av[0] < 0 and (behind := _one_char(av[1], fold)):
            opened = {p for p in opened if not p or p[-1] in behind}  # "[ap](?<=a)pologies"
            continue
        elif op in _ZERO_WIDTH:
            continue
        elif op is _constants.SUBPATTERN and (fold or not av[1] & re.IGNORECASE):
            opened, more = _walk(list(av[3]), opened, fold)
            closed |= more
            continue
        elif op is _constants.BRANCH:
            branches = [_walk(list(b), opened, fold) for b in av[1]]
            opened = {p for o, _ in branches for p in o}
            closed |= {p for _, c in branches for p in c}
            continue
        elif op in _REPEATS:
            once, more = _walk(list(av[2]), opened, fold)
            closed |= once | more  # what follows the first round is not known
            if av[0] >= 1:
                opened = set()
                break
            continue  # none at all: the prefixes go on with what follows
        else:
            chars = None
        if chars is not None and fold:
            chars = sorted({c.lower() for c in chars if len(c.lower()) == 1})
        if chars is None or len(opened) * len(chars) + len(closed) > _MOST_STARTS:
            closed |= opened
            opened = set()
            break
        opened = {p + c for p in opened for c in chars}
        done = {p for p in opened if len(p) >= _LONGEST_START}
        closed |= done
        opened -= done
    return opened, closed


def _one_char(sub: Any, fold: bool) -> set[str] | None:
    """The characters a look-behind of one character ("(?<=a)", "(?<=[Oo])") allows."""
    items = list(sub)
    if len(items) != 1 or items[0][0] not in (_constants.LITERAL, _constants.IN):
        return None
    op, av = items[0]
    chars = [chr(av)] if op is _constants.LITERAL else _chars(av)
    return None if chars is None else {c.lower() if fold else c for c in chars}


def _chars(items: list[tuple[Any, Any]]) -> list[str] | None:
    """The characters of a plain character set ("[AaT]", "[ \\t]"), None for any other."""
    out: list[str] = []
    for op, av in items:
        if op is _constants.LITERAL:
            out.append(chr(av))
        elif op is _constants.RANGE and av[1] - av[0] < 30:
            out.extend(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None
    return out
