"""What the parser would otherwise rebuild at every start, kept from one run to the next
beside the package's bytecode and checked as Python checks bytecode.

- :func:`cached_compiles`: compiled regular expressions. The parser's modules compile about
  800 patterns when they are imported, most of what importing the parser costs (the
  pure-Python parse of each pattern into the regex engine's code). The engine's code is kept
  per pattern, so a later import hands it over at once. A pattern made from the file
  compares equal to ``re.compile``'s (same pattern, flags and code), and the engine checks
  the code it is given.
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
    stamp = (sys.version, _constants.MAGIC)
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
    """What ``re._compiler.compile`` hands the engine for ``pattern``."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
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
