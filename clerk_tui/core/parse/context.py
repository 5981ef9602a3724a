"""What every stage of one parse shares: the text, its lines and sentences, the items, the
people, and the due phrases resolved against the meeting (each computed once per parse)."""

from __future__ import annotations

import bisect
import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import ParamSpec, TypeVar

from ..dates import DuePhrase, find_due_phrases, preferred_due, resolve_due
from ..model import Item, Person
from .keywords import folded, forget_folded
from .layout import Line, Span, split_sentences

log = logging.getLogger("clerk_tui.parse")

Sentence = tuple[int, int, str, str]
T = TypeVar("T")
P = ParamSpec("P")


_PER_PARSE_CLEARS: list[Callable[[], None]] = [forget_folded]


def per_parse(fn: Callable[P, T]) -> Callable[P, T]:
    """``fn`` (a pure function of hashable arguments) remembered for the rest of one parse:
    the rules read the same words and chunks again (a line's words by each list rule). The
    pipeline forgets everything when a parse ends (:func:`forget_parse`), so nothing is kept
    from one document to the next."""
    cached = functools.cache(fn)
    _PER_PARSE_CLEARS.append(cached.cache_clear)
    return cached  # type: ignore[return-value]


def forget_parse() -> None:
    """Forget what :func:`per_parse` functions remembered during a parse."""
    for clear in _PER_PARSE_CLEARS:
        clear()


class Faults:
    """The rules that failed in one parse. Strict (tests): a rule's exception propagates.
    Otherwise it is logged, reported once as a line for the clerk, and the rule's findings
    are left out while the rest of the parse goes on."""

    def __init__(self, *, strict: bool) -> None:
        self.strict = strict
        self.lines: list[str] = []
        self._names: set[str] = set()

    def run(self, rule: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T | None:
        """``rule(*args, **kwargs)``, or None when it raises (reported)."""
        try:
            return rule(*args, **kwargs)
        except Exception as exc:
            self.failed(rule, exc)
            return None

    def failed(self, rule: Callable[..., object], exc: Exception) -> None:
        """Report that ``rule`` raised ``exc`` (re-raise it when strict)."""
        if self.strict:
            raise exc
        name = rule_name(rule)
        if name in self._names:
            return
        self._names.add(name)
        detail = " ".join(f"{type(exc).__name__}: {exc}".split())[:160]
        line = f"parser rule {name} failed ({detail}); what it finds is missing from this parse"
        log.error(line, exc_info=exc)
        self.lines.append(line)


def rule_name(rule: Callable[..., object]) -> str:
    """ "actions.prose.agreed_to": the rule's module within the parser, and its name."""
    module = getattr(rule, "__module__", "") or ""
    prefix = __name__.rsplit(".", 1)[0] + "."
    module = module[len(prefix) :] if module.startswith(prefix) else module
    return f"{module}.{getattr(rule, '__qualname__', repr(rule))}".lstrip(".")


@dataclass(eq=False)
class Context:
    """One parse's shared state; built by :mod:`.pipeline`, read by every stage. (Hashed as
    itself: a :func:`per_parse` function may take it, its parts fixed before the stages run.)"""

    text: str
    lines: list[Line]
    meeting_date: date | None
    next_meeting: date | None
    named_meetings: dict[str, date]
    people: list[Person]
    name_tokens: set[str]
    initials: set[str]
    items: list[Item]
    item_starts: list[int]
    faults: Faults
    # Sentences of each line (by line index), shared by the decision, action and
    # follow-up passes: (start, end, text, lower-cased text).
    sentences: dict[int, list[Sentence]] = field(default_factory=dict)
    # Hard-wrapped paragraphs: first line index -> last line index; the lines a run
    # absorbs; page numbers and running headers (blanked out of sentences).
    runs: dict[int, int] = field(default_factory=dict)
    absorbed: set[int] = field(default_factory=set)
    furniture: set[int] = field(default_factory=set)
    # Owners written in an "Action by" column at the end of a line: line index -> owner
    # and the due date's cell after it or "" (the line's content span no longer covers them).
    column_owners: dict[int, tuple[str, str]] = field(default_factory=dict)
    item_start_set: set[int] = field(default_factory=set)
    resolved: dict[str, date | None] = field(default_factory=dict)  # due phrase -> date
    line_starts: list[int] | None = None  # each line's start offset, for lines_with
    due_phrases: dict[str, list[DuePhrase]] = field(default_factory=dict)  # by sentence
    derived: dict[Callable[..., object], object] = field(default_factory=dict)  # per_context


def per_context(fn: Callable[[Context], T]) -> Callable[[Context], T]:
    """``fn(ctx)``, a value worked out from the parse's context alone (the people found, the
    items), once per parse: kept on the context, so a rule asking on every line pays once."""

    @functools.wraps(fn)
    def once(ctx: Context) -> T:
        if fn not in ctx.derived:
            ctx.derived[fn] = fn(ctx)
        return ctx.derived[fn]  # type: ignore[return-value]

    return once


def item_at(ctx: Context, pos: int) -> int | None:
    """Index of the item whose span holds ``pos`` (None before the first item)."""
    idx: int | None = None
    lo, hi = 0, len(ctx.item_starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if ctx.item_starts[mid] <= pos:
            lo = mid + 1
        else:
            hi = mid
    if lo > 0:
        idx = lo - 1
    return idx


def sentences_of_line(ctx: Context, ln: Line) -> list[Sentence]:
    """The sentences of one line, split once per parse."""
    got = ctx.sentences.get(ln.index)
    if got is None:
        text = ctx.text
        got = []
        last = ctx.runs.get(ln.index)
        if ln.index in ctx.absorbed:
            pass  # part of a wrapped paragraph that starts on an earlier line
        elif last is not None:
            # A hard-wrapped paragraph: split it whole, with page furniture and quote markers
            # blanked out (same length, so offsets into the text hold).
            base = ln.cstart
            region = text[base : ctx.lines[last].cend]
            for i in range(ln.index + 1, last + 1):
                f = ctx.lines[i]
                # Page furniture goes whole; a line going on a quote keeps its words only.
                a, b = (f.cstart, f.cend) if i in ctx.furniture else (f.start, f.cstart)
                if a < b:
                    region = region[: a - base] + " " * (b - a) + region[b - base :]
            for sp in split_sentences(region, 0, len(region)):
                st = region[sp.start : sp.end]
                got.append((base + sp.start, base + sp.end, st, st.lower()))
        else:
            for sp in _split_line(text, ln):
                st = text[sp.start : sp.end]
                got.append((sp.start, sp.end, st, st.lower()))
        ctx.sentences[ln.index] = got
    return got


def line_of(ctx: Context, pos: int) -> int:
    """Index of the line holding offset ``pos``."""
    if ctx.line_starts is None:
        ctx.line_starts = [ln.start for ln in ctx.lines]
    return bisect.bisect_right(ctx.line_starts, pos) - 1


def lines_with(ctx: Context, needle: str) -> list[int]:
    """Indices of the lines holding ``needle``, found by scanning the text rather than each
    line."""
    text = ctx.text
    out: list[int] = []
    pos = text.find(needle)
    while pos >= 0:
        i = line_of(ctx, pos)
        out.append(i)
        pos = text.find(needle, max(pos + 1, ctx.lines[i].end + 1))
    return out


def lines_holding(ctx: Context, words: tuple[str, ...]) -> list[int]:
    """Indices, in order, of the lines that may hold one of the lower-case ``words`` as a
    case-insensitive regex reads them (every line when the text holds a letter that folds
    apart): the only lines a line rule whose every match holds one of them need read, found
    by scanning the lower-cased text once rather than each line."""
    low = folded(ctx.text)
    if low is None:
        return list(range(len(ctx.lines)))
    found: set[int] = set()
    for word in words:
        pos = low.find(word)
        while pos >= 0:
            i = line_of(ctx, pos)
            found.add(i)
            pos = low.find(word, max(pos + 1, ctx.lines[i].end + 1))
    return sorted(found)


def line_end(ctx: Context, ln: Line) -> int:
    """Where the line's paragraph ends: the line itself, or the last line it wraps into."""
    last = ctx.runs.get(ln.index)
    return ln.cend if last is None else ctx.lines[last].cend


def _split_line(text: str, ln: Line) -> list[Span]:
    if ln.cend - ln.cstart > 20000:
        # Pathological one-line input: chunk it so every step stays linear.
        out: list[Span] = []
        pos = ln.cstart
        while pos < ln.cend:
            end = min(ln.cend, pos + 2000)
            out.extend(split_sentences(text, pos, end))
            pos = end
        return out
    return split_sentences(text, ln.cstart, ln.cend)


def due_phrases(ctx: Context, sentence: str) -> list[DuePhrase]:
    """find_due_phrases, once per sentence per parse."""
    got = ctx.due_phrases.get(sentence)
    if got is None:
        got = ctx.due_phrases[sentence] = find_due_phrases(sentence)
    return got


def due_for(ctx: Context, sentence: str) -> tuple[str | None, date | None]:
    """The due phrase a clerk would read in the sentence, and its date."""
    d = preferred_due(due_phrases(ctx, sentence))
    if d is None:
        return None, None
    return d.text, resolved_due(ctx, d.text)


def resolved_due(ctx: Context, phrase: str) -> date | None:
    """resolve_due against the meeting, once per phrase per parse."""
    if phrase not in ctx.resolved:
        ctx.resolved[phrase] = resolve_due(
            phrase,
            ctx.meeting_date,
            next_meeting=ctx.next_meeting,
            named_meetings=ctx.named_meetings,
        )
    return ctx.resolved[phrase]


def due_after(ctx: Context, sentence: str, pos: int) -> tuple[str | None, date | None]:
    """The due phrase nearest after ``pos`` (else the last one before it)."""
    phrases = due_phrases(ctx, sentence)
    if not phrases:
        return None, None
    after = [p for p in phrases if p.start >= pos]
    d = after[0] if after else phrases[-1]
    return d.text, resolved_due(ctx, d.text)


class Spans:
    """Disjoint, sorted character spans with an O(log n) overlap test."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, s: int, e: int) -> bool:
        if not self.ends:
            return False
        i = bisect.bisect_left(self.ends, s + 1)  # first span ending after s
        return i < len(self.starts) and self.starts[i] < e

    def add(self, s: int, e: int) -> None:
        if e <= s:
            return
        # Merge with every span it overlaps.
        i = bisect.bisect_left(self.ends, s + 1)
        j = i
        while j < len(self.starts) and self.starts[j] < e:
            s = min(s, self.starts[j])
            e = max(e, self.ends[j])
            j += 1
        self.starts[i:j] = [s]
        self.ends[i:j] = [e]
