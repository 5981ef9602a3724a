"""What the parser would otherwise rebuild at every start, kept from one run to the next
beside the package's bytecode and checked as Python checks bytecode.

- :func:`cached_compiles`: compiled regular expressions. The parser's modules compile about
  800 patterns when they are imported, most of what importing the parser costs (the
  pure-Python parse of each pattern into the regex engine's code). The engine's code is kept
  per pattern, so a later import hands it over at once. The code is ``re.compile``'s, with
  one addition: where ``re`` marks no characters a match must start with, the set of them
  is marked (:func:`_with_first_chars`), so that a search skips to them in C. A pattern
  matches what ``re.compile``'s matches; the engine checks the code it is given.
- :func:`kept`: a table built from a data file (the English lexicon's word lists).

The files are ``__pycache__/NAME.cpython-311.marshal`` beside a module (under
``sys.pycache_prefix`` when one is set), not written when ``sys.dont_write_bytecode`` is,
and ignored when damaged or stale: what they hold is then built as usual.
"""

from __future__ import annotations

import marshal
import os
import sys
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from importlib.util import cache_from_source
from typing import Any, TypeVar

# The regex compiler's own modules (CPython's, not a public interface): where they are
# missing or differ (see _usable), patterns are compiled as usual.
try:
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _constants, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python
    _sre = _compiler = _constants = _parser = None

T = TypeVar("T")

# What the engine is handed for one pattern: its flags (with those the pattern sets
# inline), its code (kept as the bytes of an array: fast to read back), its group count,
# and its group names each way.
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]


def kept(beside: str, name: str, build: Callable[[], T], *sources: str) -> T:
    """``build()``, kept beside the module file ``beside`` and built again when that module
    or one of the files ``sources`` it is built from changes (size or time). The value is
    one marshal writes (str, int, tuple, list, dict, set, frozenset)."""
    path = _cache_path(beside, name)
    stamp = (sys.version, [_stat(f) for f in (beside, *sources)])
    got = _read(path, stamp) if path else None
    if got is None:
        got = build()
        if path and not sys.dont_write_bytecode:
            _write(path, stamp, got)
    return got  # type: ignore[no-any-return]


def _stat(path: str) -> tuple[str, int, int]:
    try:
        st = os.stat(path)
    except OSError:
        return (path, -1, -1)
    return (path, st.st_size, st.st_mtime_ns)


@contextmanager
def cached_compiles(beside: str) -> Iterator[None]:
    """While the block runs, ``re.compile`` of a text pattern takes its code from the cache
    kept beside the module file ``beside`` (see the module's docstring); patterns it did not
    hold are compiled as usual and the cache is written again after the block."""
    path = _cache_path(beside, "regexes")
    if path is None or not _usable():
        yield
        return
    stamp = regexes_stamp()
    known = _read(path, stamp) or {}
    used: dict[tuple[str, int], Entry] = {}
    plain = _compiler.compile

    def compile(p: Any, flags: int = 0) -> Any:
        if not isinstance(p, str) or flags & _constants.SRE_FLAG_DEBUG:
            return plain(p, flags)
        key = (p, flags)
        try:
            entry = known.get(key)
            got = None if entry is None else _engine(p, entry)
        except Exception:  # noqa: BLE001 - a damaged entry: compiled afresh
            entry = None
        if entry is None:
            entry = _entry(p, flags)
            got = _engine(p, entry)
        used[key] = entry
        return got

    _compiler.compile = compile
    try:
        yield
    finally:
        _compiler.compile = plain
        if not sys.dont_write_bytecode and used.keys() - known.keys():
            # Kept: what another import order compiled too, unless most of it is stale.
            both = {**known, **used}
            _write(path, stamp, both if len(both) <= 2 * len(used) else used)


def regexes_stamp() -> tuple[str, int, int]:
    """What the kept patterns were written for: this Python, its regex engine and the form
    of the code kept (2: with the characters a match starts with, see _with_first_chars)."""
    return (sys.version, _constants.MAGIC, 2)


@cache  # (this Python's internals do not change while it runs)
def _usable() -> bool:
    """Whether this Python's regex compiler is the one the cache is written for: a pattern
    handed to the engine from a kept entry equals the one ``re`` compiles itself."""
    probe = r"(?P<who>[A-Z]\w+)\s+(?i:to)\b[^.]{0,9}"
    try:
        return bool(_engine(probe, _entry(probe, 0)) == _compiler.compile(probe, 0))
    except Exception:  # noqa: BLE001 - missing or changed internals
        return False


def _engine(pattern: str, entry: Entry) -> Any:
    flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(
        pattern, flags, array(_code_type(), code).tolist(), groups, groupindex, indexgroup
    )


def _code_type() -> str:
    """The array type of the engine's code words (4 bytes in CPython 3.11 to 3.13)."""
    return {4: "I", 2: "H"}[_sre.CODESIZE]


def _entry(pattern: str, flags: int) -> Entry:
    """What ``re._compiler.compile`` hands the engine for ``pattern``, with the characters
    a match can start with where ``re`` finds none (see :func:`_with_first_chars`)."""
    parsed = _parser.parse(pattern, flags)
    code = _with_first_chars(_compiler._code(parsed, flags), parsed, flags | parsed.state.flags)
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | parsed.state.flags),
        array(_code_type(), code).tobytes(),
        parsed.state.groups - 1,
        dict(groupindex),
        tuple(indexgroup),
    )


def _with_first_chars(code: list[int], parsed: Any, flags: int) -> list[int]:
    """``code`` with the set of characters every match starts with in its info block, where
    ``re``'s compiler put none (a pattern opening with a word boundary, a look-behind or a
    branch of words, a case-insensitive letter): a search then skips in C to where a match
    can start, as it does for a pattern opening with a character set, instead of trying the
    whole pattern at each position. The pattern matches what it matched: the engine still
    reads it whole from each place it tries."""
    c = _constants
    if code[:3] != [c.INFO, 4, 0] or code[3] == 0 or flags & c.SRE_FLAG_LOCALE:
        return code  # (a prefix or set already; a match may be empty; the locale's letters)
    got, empty = _firsts(parsed.data, flags)
    if not got or empty:
        return code
    charset, _ = _compiler._optimize_charset(got)
    info = [c.INFO, 0, c.SRE_INFO_CHARSET, code[3], code[4]]
    _compiler._compile_charset(charset, flags, info)
    info[1] = len(info) - 1
    return info + code[5:]


# Each ASCII letter's case-insensitive matches beyond itself and its capital.
_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
_SCOPED = 0  # flags a group may not change for its first characters to be read (set below)


def _firsts(items: list[Any], flags: int) -> tuple[list[tuple[Any, Any]] | None, bool]:
    """The characters a sequence of parsed items can start with, as character-set items
    (None when they cannot be told: any character, a negated set, a back-reference), and
    whether it can match the empty string."""
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        got, empty = _first_of(op, av, flags)
        if got is None:
            return None, False
        out += got
        if not empty:
            return out, False
    return out, True


def _first_of(op: Any, av: Any, flags: int) -> tuple[list[tuple[Any, Any]] | None, bool]:
    c = _constants
    if op is c.LITERAL or op is c.IN:
        out: list[tuple[Any, Any]] = []
        for kind, value in [(op, av)] if op is c.LITERAL else av:
            if (
                kind is c.CATEGORY
                and value in _CATEGORIES
                or (kind is c.RANGE and not flags & c.SRE_FLAG_IGNORECASE)
            ):
                out.append((kind, value))  # (digits, spaces and word characters have no case)
                continue
            if kind is c.LITERAL:
                chars = [value]
            elif kind is c.RANGE and value[1] - value[0] < 64:
                chars = list(range(value[0], value[1] + 1))
            else:
                return None, False  # a negated set, a wide case-insensitive range
            for ch in chars:
                matched = _cased(ch, flags)
                if matched is None:
                    return None, False
                out += [(c.LITERAL, m) for m in matched]
        return out, False
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return [], True  # (zero-width: what follows starts the match)
    if op is c.SUBPATTERN:
        _group, add, remove, sub = av
        if (add | remove) & _SCOPED:
            return None, False
        return _firsts(sub.data, (flags | add) & ~remove)
    if op is c.ATOMIC_GROUP:
        return _firsts(av.data, flags)
    if op is c.BRANCH:
        out, empty = [], False
        for branch in av[1]:
            got, can = _firsts(branch.data, flags)
            if got is None:
                return None, False
            out, empty = out + got, empty or can
        return out, empty
    if op in _REPEATS:
        least, _most, sub = av
        got, empty = _firsts(sub.data, flags)
        return got, empty or least == 0
    return None, False


def _cased(ch: int, flags: int) -> list[int] | None:
    """The characters that match ``ch`` (case-insensitively with IGNORECASE), or None when
    they are not known here (a cased letter outside ASCII)."""
    if not flags & _constants.SRE_FLAG_IGNORECASE or not _sre.unicode_iscased(ch):
        return [ch]
    low = chr(ch).lower()
    if len(low) != 1 or not "a" <= low <= "z":
        return None
    return sorted({ord(low), ord(low.upper()), *map(ord, _FOLDS.get(low, ""))})


if _constants is not None:
    _SCOPED = _constants.SRE_FLAG_LOCALE | _constants.SRE_FLAG_UNICODE | _constants.SRE_FLAG_ASCII
    _CATEGORIES = frozenset(
        getattr(_constants, f"CATEGORY_{name}")
        for name in ("DIGIT", "SPACE", "WORD", "UNI_DIGIT", "UNI_SPACE", "UNI_WORD")
    )
    _REPEATS = frozenset(
        (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)
    )


def _cache_path(beside: str, name: str) -> str | None:
    try:
        folder = os.path.dirname(cache_from_source(beside))
    except (NotImplementedError, ValueError):  # no cache tag: bytecode is not cached either
        return None
    return os.path.join(folder, f"{name}.{sys.implementation.cache_tag}.marshal")


def _read(path: str, stamp: object) -> Any:
    """What the file at ``path`` holds, if it was written with ``stamp``; else None."""
    try:
        with open(path, "rb") as f:
            written, value = marshal.loads(f.read())  # (load(f) reads item by item: slow)
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return value if written == stamp else None


def _write(path: str, stamp: Any, value: Any) -> None:
    """Write the cache whole, as Python writes bytecode: another process reads the old file
    or the new, never half of one."""
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd = os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666)
        try:
            with os.fdopen(fd, "wb") as f:
                marshal.dump((stamp, value), f)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except (OSError, ValueError):
        pass  # a read-only install: built as usual next time
