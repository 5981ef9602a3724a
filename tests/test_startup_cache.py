"""What the parser keeps from one run to the next (core.startup_cache): the compiled
patterns it makes are the ones ``re.compile`` makes, a kept table is built again when its
source changes, and both are used, rewritten or ignored as Python's bytecode cache is."""

from __future__ import annotations

import re
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]

import pytest

import clerk_tui.core.parse as parse_package
from clerk_tui.core import startup_cache
from clerk_tui.core.startup_cache import cached_compiles, kept


def parser_patterns() -> list[re.Pattern[str]]:
    """Every pattern the parser's modules hold at their top level."""
    found: dict[tuple[str, int], re.Pattern[str]] = {}
    for name, module in list(sys.modules.items()):
        if name.startswith(parse_package.__name__):
            for value in vars(module).values():
                if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                    found[value.pattern, value.flags] = value
    return list(found.values())


def compiled_under_cache(beside: Path, patterns: list[re.Pattern[str]]) -> list[re.Pattern[str]]:
    re.purge()  # (re.compile would answer from its own cache of recent patterns)
    with cached_compiles(str(beside)):
        return [re.compile(p.pattern, p.flags & ~re.UNICODE) for p in patterns]


@pytest.fixture
def module_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(sys, "pycache_prefix", None)
    startup_cache._usable.cache_clear()  # (asked once per Python; some tests change it)
    yield tmp_path / "rules.py"
    monkeypatch.undo()
    startup_cache._usable.cache_clear()


def test_the_parsers_patterns_come_back_the_same_from_the_cache(
    module_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    patterns = parser_patterns()
    assert len(patterns) > 300
    plain = _compiler.compile
    first = compiled_under_cache(module_file, patterns)
    assert list((module_file.parent / "__pycache__").glob("regexes.*.marshal"))

    def no_parse(*args: object) -> None:
        raise AssertionError("compiled again although the cache holds it")

    monkeypatch.setattr(_parser, "parse", no_parse)
    again = compiled_under_cache(module_file, patterns)
    monkeypatch.undo()
    # Equal patterns: the same text, flags and engine code.
    assert first == patterns
    assert again == patterns
    assert [p.groupindex for p in again] == [p.groupindex for p in patterns]
    assert _compiler.compile is plain  # put back after the block


def test_new_patterns_are_added_and_a_damaged_cache_is_ignored(module_file: Path) -> None:
    one, two = re.compile(r"(?P<who>[A-Z]\w+) to (?i:write)"), re.compile(r"\bKIV\b", re.I)
    [first] = compiled_under_cache(module_file, [one])
    assert first == one  # (it opens with a set of characters: the code re makes)
    both = compiled_under_cache(module_file, [one, two])
    assert both[0] == first
    cache = next((module_file.parent / "__pycache__").glob("regexes.*.marshal"))
    assert len(startup_cache._read(str(cache), startup_cache.regexes_stamp())) == 2
    cache.write_bytes(b"\x00not a cache")
    assert compiled_under_cache(module_file, [two, one]) == [both[1], one]


# Text to search: the sample minutes, and letters that match others case-insensitively.
_TRICKY = "İstanbul ıf ſo KIV kiv Kiv\n(a) That it be RESOLVED: x\t| Cllr. Ann-Marie O’Neil |"


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"\bKIV\b", re.I),
        (r"\b(?:it\s+was|we)\s+(?:agreed|resolved)\b", 0),
        (r"(?:^|\s)(?i:that)\b", re.M),
        (r"(?<![\w-])(?:[Aa]ction|ACTION)s?\b", 0),
        (r"\b(?:is|si)\b", re.I),
        (r"(?:\d+|[a-h])[.)]\s", 0),
    ],
)
def test_a_pattern_marked_with_its_first_characters_finds_what_it_found(
    module_file: Path, pattern: str, flags: int
) -> None:
    plain = _compiler.compile(pattern, flags)  # (not re's cache: it may hold the hook's)
    [marked] = compiled_under_cache(module_file, [plain])
    assert marked != plain  # (the engine is told where a match can start)
    for text in (_TRICKY, *_sample_texts()):
        assert [m.span() for m in marked.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_parsers_patterns_find_what_re_compiles_them_to_find() -> None:
    texts = [_TRICKY, *_sample_texts()]
    for pattern in parser_patterns():
        plain = _compiler.compile(pattern.pattern, pattern.flags & ~re.UNICODE)
        if plain == pattern:
            continue
        for text in texts:
            assert [m.span() for m in pattern.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ], pattern.pattern


def test_the_letters_outside_ascii_that_match_one_inside_it_case_insensitively() -> None:
    letter = re.compile("[a-z]", re.IGNORECASE)
    odd = {chr(u) for u in range(0x80, 0x110000) if letter.fullmatch(chr(u))}
    assert odd == set("".join(startup_cache._FOLDS.values()))
    assert all(
        re.fullmatch(a, b, re.IGNORECASE) for a, bs in startup_cache._FOLDS.items() for b in bs
    )


def _sample_texts() -> list[str]:
    root = Path(parse_package.__file__).resolve().parents[3] / "sample_minutes"
    return [p.read_text(encoding="utf-8") for p in sorted(root.glob("*.txt"))]


def test_nothing_is_written_when_bytecode_is_not(
    module_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    one = re.compile(r"(?:Clerk|Chair) to (?P<task>.+)")
    assert compiled_under_cache(module_file, [one]) == [one]
    assert not (module_file.parent / "__pycache__").exists()


def test_a_kept_table_is_read_back_until_its_source_changes(
    module_file: Path, tmp_path: Path
) -> None:
    source = tmp_path / "words.csv"
    source.write_text("clerk,noun\nchair,noun\n")
    builds: list[int] = []

    def build() -> dict[str, frozenset[str]]:
        builds.append(1)
        rows = [row.split(",") for row in source.read_text().splitlines()]
        return {"noun": frozenset(word for word, kind in rows if kind == "noun")}

    first = kept(str(module_file), "words", build, str(source))
    assert kept(str(module_file), "words", build, str(source)) == first
    assert len(builds) == 1
    source.write_text("clerk,noun\nchair,noun\nminute,noun\n")
    assert kept(str(module_file), "words", build, str(source))["noun"] >= {"minute"}
    assert len(builds) == 2
    cache = next((module_file.parent / "__pycache__").glob("words.*.marshal"))
    cache.write_bytes(b"\x00damaged")
    assert kept(str(module_file), "words", build, str(source))["noun"] >= {"minute"}
    assert len(builds) == 3


@pytest.mark.parametrize(
    "change",
    [
        ("_compiler", None),  # another Python: no such modules
        ("_sre", object()),  # the engine's entry point missing
        ("_entry", lambda p, f: (0, b"", 0, {}, ())),  # code that is not what re makes
    ],
)
def test_a_python_whose_regex_internals_differ_compiles_as_usual(
    module_file: Path, monkeypatch: pytest.MonkeyPatch, change: tuple[str, object]
) -> None:
    plain = _compiler.compile
    monkeypatch.setattr(startup_cache, *change)
    one = re.compile(r"(?P<who>[A-Z]\w+) will (?P<task>[^.]+)")
    assert compiled_under_cache(module_file, [one]) == [one]
    assert _compiler.compile is plain
    assert not (module_file.parent / "__pycache__").exists()


def test_a_folder_that_cannot_be_written_is_left_alone_silently(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(sys, "pycache_prefix", None)
    blocked = tmp_path / "site-packages"
    blocked.write_text("a file where the package folder would be")  # (root may write anywhere)
    module = blocked / "rules.py"
    one = re.compile(r"(?:Clerk|Chair) to (?P<task>.+)")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert compiled_under_cache(module, [one]) == [one]
        assert kept(str(module), "words", lambda: frozenset({"clerk"})) == {"clerk"}
    assert capsys.readouterr() == ("", "")
