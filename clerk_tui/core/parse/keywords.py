"""A regex that finds any of a set of words, written as a trie ("b(?:ack|oard)") so that the
engine follows one path per position instead of trying every word: the rules' keyword scans
run on every sentence of every parse."""

from __future__ import annotations

import re
from collections.abc import Iterable

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
