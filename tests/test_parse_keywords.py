"""The parser's fast scans find exactly what the plain regex finds."""

import re

from clerk_tui.core.parse.keywords import (
    KeyedRules,
    any_of,
    lowers_alike,
    may_hold_folded,
    scan,
    starts_of,
)

TEXT = (
    "Minutes taken by Jo Hale. ACTION: SV to file the accounts.\n"
    "Cllr Amanda Lloyd-Harris was elected as Chair; Tom Lee co-opted. [AI: fix the printer]\n"
    "- Dan will circulate the notes. ToDo: book the hall. The Clerk's action log.\n"
)


def test_starts_of_reads_the_literal_starts():
    assert starts_of(re.compile(r"(?:[Mm]inutes|[Nn]otes)\s+taken")) == {
        "Minute",
        "minute",
        "Notes",
        "notes",
    }
    assert starts_of(re.compile(r"(?:elected|co-opted)\b")) == {"electe", "co-opt"}
    # a look-ahead or look-behind adds nothing; an optional part is skipped or taken
    assert starts_of(re.compile(r"(?=[A-Z])\b(?:Mr|Dr)\.?\s+x")) == {"Mr", "Dr"}


def test_starts_of_gives_up_where_no_short_list_holds():
    assert starts_of(re.compile(r"[A-Z][a-z]+")) == frozenset()  # a single letter each
    assert starts_of(re.compile(r"(?i)minutes")) == frozenset()
    assert starts_of(re.compile(r"\w+ed\b")) == frozenset()


def test_starts_of_folds_a_case_insensitive_pattern():
    rx = re.compile(r"[aApP](?<!\w[aApP])(?i:(?<=a)pologies|(?<=p)resent\s+were)")
    assert starts_of(rx) == frozenset()
    assert starts_of(rx, fold=True) == {"apolog", "presen"}  # each letter where it may be


def test_scan_finds_what_finditer_finds():
    patterns = [
        r"(?:[Mm]inutes|[Nn]otes)\s+(?:taken|kept)\s+by\b",
        r"(?=[AaT\[])(?:\b(?:[Aa]ction|ACTION)|\[\s*AI|\bTo[- ]?[Dd]o\b|TODO)",
        r"(?:elected|appointed|co-opted)(?!\s+(?:to|at)\b)\b",
        r"(?:\n|[.!?][ \t]{1,2})[ \t>]*(?:-[ \t]+)?(?P<n>[A-Z][a-z]+)[ \t]+(?:will|to)\b",
        r"[A-Z][a-z]+",  # no starts: the plain scan
        r"aa",  # overlapping starts: one match each, left to right
        r"[aAjJ](?<!\w[aAjJ])(?i:(?<=a)ction|(?<=j)o\b)",  # case-insensitive: folded
    ]
    for pattern in patterns:
        rx = re.compile(pattern)
        for text in (TEXT, TEXT.upper(), "aaaaa", "", "\u0130 ACT\u0130ON J\u0131O"):
            assert [m.span() for m in scan(rx, text)] == [m.span() for m in rx.finditer(text)]
    assert [m.span() for m in scan(re.compile("aa"), "xaaaaa", 2)] == [(2, 4), (4, 6)]


def test_any_of_prefers_the_longest_word():
    assert any_of(["ask", "asked", "back"]).findall("they asked to come back") == ["asked", "back"]


def test_may_hold_folded_gates_as_a_case_insensitive_regex_reads():
    rx = re.compile(r"(?i)members\s+present")
    for text in ("Members PRESENT:", "Trustees attending", "Membere preſent", "Apologies"):
        may = may_hold_folded(text, ("present",))
        assert may or rx.search(text) is None
    assert may_hold_folded("Members PRESENT:", ("present",))
    assert not may_hold_folded("Apologies: none", ("present", "attend"))
    # a long s matches "s" under IGNORECASE but does not lower to it: the gate lets it by
    assert may_hold_folded("preſent", ("present",))
    assert not lowers_alike("preſent") and lowers_alike("Present")


def test_keyed_rules_call_the_rules_whose_words_a_sentence_holds():
    keyed = KeyedRules([frozenset({"consider"}), frozenset({"back", "put back"}), frozenset({"x"})])
    keys = keyed.key_re.findall("it was considered; put back to may")
    assert keys == ["consider", "put back"]  # the longest word: "put back", not "back"
    assert keyed.rules(keys) == [0, 1]  # "put back" holds "back": rule 1 needs it
    assert keyed.rules([]) == []
