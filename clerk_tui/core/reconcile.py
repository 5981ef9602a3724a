"""Matters arising, reconciled: progress reported in new minutes, matched to open actions.

Given the text of a committee's new minutes and that committee's open actions from earlier
meetings, propose for each action at most one change: 'done' (the minutes report it finished)
or 'update' (the minutes report progress), with the passage and a reason. Nothing is applied
here; the clerk confirms each proposal.

Precision comes first, because a wrong "complete" closes an action nobody finished:

- a passage proposes 'done' only when it states completion in the past or perfect
  ("had been circulated", "was complete", "Status: Complete") and carries no negation, doubt
  or future ("not yet", "outstanding", "would", "still", "partly");
- it is matched to an action by an explicit reference ("action 3") or by the words the two
  share: at least two distinctive words, a good share of the action's own words, and, when
  several actions fit, words that point to this one alone;
- "all actions complete except ..." closes the last meeting's open actions only when every
  exception resolves to exactly one action; otherwise it proposes nothing;
- contradicting passages about one action ("complete" here, "outstanding" there) leave an
  update, never a 'done'.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from clerk_tui.core.amend import PAIR_THRESHOLD, text_similarity
from clerk_tui.core.model import Action
from clerk_tui.core.parse.layout import Line, split_lines, split_sentences, strip_span

DONE = "done"
UPDATE = "update"


@dataclass(frozen=True)
class OpenAction:
    """An open action of the committee, as the matcher needs it."""

    id: int
    text: str
    owner: str | None = None
    meeting_date: date | None = None


@dataclass(frozen=True)
class Proposal:
    action_id: int
    kind: str
    """'done' or 'update'."""
    start: int
    end: int
    passage: str
    reason: str
    score: float = 0.0


# --- words --------------------------------------------------------------------------------


def _vocabulary(words: str) -> frozenset[str]:
    return frozenset(words.split())


_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*|\d+")
_STOP = _vocabulary(
    """a an the to of and or for on in at by with from into onto that this these those be been
    being had has have was were is are it its as any all some each every he she they them their
    his her we our us you your i not no so than then there here which who whom whose what when
    where while would will should could may might must can shall do does did done also about
    after before over under up down out off again further more most other such only own same
    very just now per via re etc mr mrs ms miss dr cllr councillor prof professor sir dame
    agreed undertook asked requested said stated confirmed reported noted advised informed
    action actions meeting meetings previous last next future item items minute minutes
    following regarding respect relation relating whether if following"""
)
_GENERIC = _vocabulary(
    """circulate circulat send sent share provide provid write written report present bring
    brought arrange produce update respond response information detail details paper papers
    briefing note notes member members board committee council officer officers clerk chair
    group team work further copy copies email letter all relevant appropriate progress
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec week weeks month months year"""
)
_SUFFIXES = ("ations", "ation", "ings", "ing", "ions", "ion", "ies", "ed", "es", "s", "e")


def _stem(word: str) -> str:
    word = word.lower().replace("’", "'").removesuffix("'s")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _acronyms(text: str) -> set[str]:
    """Initials of runs of capitalised words: 'Joint Strategic Needs Assessment' gives 'jsna'."""
    found = set()
    run: list[str] = []
    for match in _WORD.finditer(text + " ."):
        word = match.group()
        if word[0].isupper() and not word.isupper():
            run.append(word)
            continue
        if word.lower() in {"and", "of", "for"} and run:
            continue
        if len(run) >= 2:
            found.add("".join(w[0] for w in run).lower())
        run = []
    return found


def _words(text: str) -> dict[str, str]:
    """Content stems of `text`, each with the first word it came from."""
    words: dict[str, str] = {}
    for match in _WORD.finditer(text):
        word = match.group()
        if word.lower() in _STOP or (len(word) < 3 and not word.isdigit()):
            continue
        words.setdefault(_stem(word), word)
    for acronym in _acronyms(text):
        words.setdefault(acronym, acronym.upper())
    return words


def _weight(stem: str) -> float:
    return 0.5 if stem in _GENERIC or stem.isdigit() else 1.0


# --- what a passage says ------------------------------------------------------------------

_DONE_WORD = r"(?:complete|completed|done|closed|finished|achieved|discharged|actioned)"
_DONE_VERB = (
    r"(?:circulated|sent|shared|published|provided|submitted|issued|arranged|held|distributed"
    r"|updated|added|written|wrote|made|placed|undertaken|delivered|emailed"
    r"|forwarded|resolved|addressed|organised|organized|implemented|finalised|finalized"
    r"|launched|completed|actioned|signed|carried out|taken place|uploaded"
    r"|installed|appointed|commissioned|scheduled|booked|circulated|returned|answered)"
)
_DONE_PATTERNS = [
    re.compile(
        rf"\b(?:was|were|is|are|had been|has been|have been|now)\s+(?:now\s+)?{_DONE_WORD}\b"
    ),
    re.compile(rf"\b(?:had|has|have)\s+(?:now\s+)?(?:been\s+)?(?:\w+ly\s+)?{_DONE_VERB}\b"),
    re.compile(rf"\b(?:was|were)\s+(?:now\s+)?(?:\w+ly\s+)?{_DONE_VERB}\b"),
    re.compile(rf"(?:^|[:\-–—(|]\s*){_DONE_WORD}\b\s*[).]?\s*$"),
    re.compile(rf"\bstatus\s*(?::|-|–|was|is)?\s*{_DONE_WORD}\b"),
    re.compile(rf"\b{_DONE_WORD}\s+since\s+the\s+last\s+meeting\b"),
]
_DOUBT = re.compile(
    r"\b(?:not|no|never|nor|yet|outstanding|ongoing|on-going|in progress|pending|remains?"
    r"|remained|partially|partly|awaiting|awaited|still|delayed|deferred|postponed"
    r"|carried forward|would|will|shall|should|to be|expected|once|if|unless|until|planned to"
    r"|plans to|hoped|hopes|intend|intended|aims to|due to be|likely|almost|nearly)\b|n't\b|\?"
)
_UPDATE_SUBJECT = re.compile(
    r"\b(?:update|progress)\s+(?:on|regarding|about|in respect of|concerning|with)\b"
)
_REPORTED = re.compile(
    r"\b(?:reported|informed|updated|explained|advised|confirmed|briefed|noted"
    r"|(?:was|were) (?:given|provided|received|presented))\b"
)
_UPDATE_PATTERNS = [
    re.compile(
        r"\b(?:update|progress|report)\s+"
        r"(?:on|regarding|about|in respect of|concerning)\b"
    ),
    _REPORTED,
    re.compile(
        r"\b(?:ongoing|on-going|in progress|outstanding|deferred|delayed|postponed"
        r"|carried forward|awaited|awaiting)\b"
    ),
]
_FUTURE = re.compile(r"\b(?:would|will|shall|to provide|to bring|to circulate|to report)\b")
_REFERENCE = re.compile(
    r"\bactions?\s+(?:no\.?\s*|number\s+|ref\.?\s*|reference\s+)?(\d+)((?:\s*(?:,|and|&)\s*\d+)*)",
    re.I,
)
_ALL_DONE = re.compile(
    rf"\ball\s+(?:(?:the|other|outstanding|remaining|open)\s+)*actions?\b[^.;:]*?"
    rf"\b(?:(?:were|was|are|is|had been|have been|now)\s+)*{_DONE_WORD}\b",
    re.I,
)
_EXCEPT = re.compile(
    r"\b(?:except(?:\s+for)?|apart from|with the exception of|save for|other than|bar|but)\b"
    r"\s*(?P<which>.*)",
    re.I,
)
_RELATIVE = re.compile(
    r",?\s*\b(?:which|that|who|as|because|pending|awaiting|waiting|where|while|since)\b", re.I
)
_CLAUSE_BREAK = re.compile(r";|\s+but\s+|,\s*(?:while|whereas|however)\s+|\s+whilst\s+", re.I)


def _sentences(text: str) -> Iterable[tuple[int, int]]:
    """Spans of the sentences of each line."""
    for line in split_lines(text):
        if not line.blank:
            for sentence in split_sentences(text, line.cstart, line.cend):
                yield sentence.start, sentence.end


def _clauses(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    """Spans of the clauses of one sentence, split at ';' and 'but'."""
    cursor = start
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        left, right = strip_span(text, cursor, match.start())
        if left < right:
            yield left, right
        cursor = match.end()
    left, right = strip_span(text, cursor, end)
    if left < right:
        yield left, right


def doubts(clause: str, action_text: str = "") -> list[str]:
    """Words of negation, doubt or future in the clause, except those naming the action itself
    ("bus shelters awaiting repair")."""
    own = action_text.lower()
    return [
        word
        for word in (m.group() for m in _DOUBT.finditer(clause.lower()))
        if not (len(word) >= 5 and " " not in word and re.search(rf"\b{word}\b", own))
    ]


def says_done(clause: str, action_text: str = "") -> str | None:
    """The words stating completion, when the clause plainly says something was done.

    `action_text` is the action the clause is taken to speak of; its own words do not count
    as doubt. A clause about "an update on" something reports progress, not completion.
    """
    lowered = clause.lower()
    if doubts(clause, action_text) or _UPDATE_SUBJECT.search(lowered):
        return None
    for pattern in _DONE_PATTERNS:
        match = pattern.search(lowered)
        if match:
            return clause[match.start() : match.end()].strip(" :-–—(|")
    return None


def says_update(clause: str) -> str | None:
    """The words reporting progress (given, not only promised), if any."""
    lowered = clause.lower()
    if _FUTURE.search(lowered) and not _REPORTED.search(lowered):
        return None
    for pattern in _UPDATE_PATTERNS:
        match = pattern.search(lowered)
        if match:
            return clause[match.start() : match.end()].strip()
    return None


# --- matching a passage to actions --------------------------------------------------------


@dataclass
class _Candidate:
    action: OpenAction
    score: float
    shared: dict[str, str] = field(default_factory=dict)


class _Index:
    """The open actions' content words, weighted by how few actions use each."""

    def __init__(self, actions: Sequence[OpenAction]) -> None:
        self.actions = list(actions)
        self.by_id = {a.id: a for a in actions}
        self.owner_words = {a.id: set(_words(a.owner or "")) for a in actions}
        self.words = {
            a.id: {
                stem: word
                for stem, word in _words(a.text).items()
                if stem not in self.owner_words[a.id]
            }
            for a in actions
        }
        frequency: dict[str, int] = {}
        for words in self.words.values():
            for stem in words:
                frequency[stem] = frequency.get(stem, 0) + 1
        self.frequency = frequency

    def weight(self, stem: str) -> float:
        spread = 1 + math.log(self.frequency.get(stem, 1))
        return _weight(stem) / spread

    def candidates(
        self, clause: str, among: Iterable[OpenAction] | None = None
    ) -> list[_Candidate]:
        """Actions the clause plausibly speaks of, best first."""
        words = _words(clause)
        found = []
        for action in among if among is not None else self.actions:
            own = self.words[action.id]
            shared = {stem: words[stem] for stem in own if stem in words}
            distinctive = [s for s in shared if _weight(s) >= 1.0]
            total = sum(self.weight(s) for s in own) or 1.0
            coverage = sum(self.weight(s) for s in shared) / total
            owner_named = bool(self.owner_words[action.id] & set(words))
            if (len(distinctive) >= 2 and coverage >= 0.34) or (
                owner_named and distinctive and coverage >= 0.25
            ):
                found.append(_Candidate(action, round(coverage * 100, 1), shared))
        found.sort(key=lambda c: -c.score)
        return found

    def resolve(self, clause: str, among: Iterable[OpenAction] | None = None) -> list[_Candidate]:
        """The actions the clause names beyond doubt: each needs words no other candidate has."""
        found = self.candidates(clause, among)
        if len(found) <= 1:
            return found
        chosen = []
        for candidate in found:
            others = set().union(*(c.shared.keys() for c in found if c is not candidate))
            own_evidence = [s for s in candidate.shared if s not in others]
            if own_evidence and len(candidate.shared) >= 2:
                chosen.append(candidate)
        return chosen


def _references(clause: str, index: _Index) -> list[OpenAction]:
    """Open actions named by number: 'action 3', 'actions 4 and 7'."""
    found = []
    for match in _REFERENCE.finditer(clause):
        numbers = [match.group(1), *re.findall(r"\d+", match.group(2) or "")]
        found += [index.by_id[int(n)] for n in numbers if int(n) in index.by_id]
    return found


# --- the passes ---------------------------------------------------------------------------


@dataclass
class _Finding:
    action_id: int
    kind: str
    start: int
    end: int
    reason: str
    score: float
    contrary: bool = False
    """An update saying the action is not finished (outstanding, delayed, not yet)."""


def _all_complete(text: str, index: _Index, start: int, end: int) -> list[_Finding] | None:
    """'All actions complete except X': None when the clause is not of that kind."""
    clause = text[start:end]
    match = _ALL_DONE.search(clause)
    if not match or re.search(r"\bnot\b|n't\b", clause[: match.end()], re.I):
        return None
    dated = [a.meeting_date for a in index.actions if a.meeting_date]
    if not dated:
        return []
    last = max(dated)
    covered = [a for a in index.actions if a.meeting_date == last]
    excepted: set[int] = set()
    exception = _EXCEPT.search(clause, match.end())
    if exception:
        which = _RELATIVE.split(exception.group("which"))[0]
        parts = [p for p in re.split(r",|;|\band\b|&", which) if p.strip(" .()")]
        if not parts:
            return []
        for part in parts:
            numbers = [int(n) for n in re.findall(r"\b\d+\b", part)]
            ids = [n for n in numbers if n in index.by_id]
            if numbers and len(ids) == len(numbers):
                excepted.update(ids)
                continue
            resolved = index.resolve(part, covered)
            if len(resolved) != 1:
                return []  # an exception we cannot place: closing anything could be wrong
            excepted.add(resolved[0].action.id)
    phrase = clause[match.start() : match.end()].strip()
    return [
        _Finding(a.id, DONE, start, end, f'reported complete with the others ("{phrase}")', 100.0)
        for a in covered
        if a.id not in excepted
    ]


def _table_findings(text: str, index: _Index) -> list[_Finding]:
    """Rows of an action log pasted with a Status column (pipes, tabs or wide gaps)."""
    findings: list[_Finding] = []
    lines = split_lines(text)
    header: list[str] | None = None
    splitter: re.Pattern[str] | None = None
    for line in lines:
        content = text[line.cstart : line.cend]
        if line.blank:
            header = None
            continue
        for candidate in (r"\s*\|\s*", r"\t+", r"\s{2,}"):
            cells = [c.strip().lower() for c in re.split(candidate, content.strip("| "))]
            if "status" in cells and any(c.startswith(("action", "ref", "no")) for c in cells):
                header, splitter = cells, re.compile(candidate)
                break
        else:
            if header is None or splitter is None or re.fullmatch(r"[\s|:\-+=]+", content):
                continue
            cells = [c.strip() for c in splitter.split(content.strip("| "))]
            if len(cells) != len(header):
                continue
            findings += _row_finding(dict(zip(header, cells, strict=True)), index, line)
    return findings


def _column(row: dict[str, str], *names: str) -> str:
    for key, value in row.items():
        if any(key.startswith(name) for name in names):
            return value
    return ""


def _row_finding(row: dict[str, str], index: _Index, line: Line) -> list[_Finding]:
    ref = _column(row, "ref", "no", "#", "action no", "id")
    action_text = _column(row, "action", "description", "detail")
    status = _column(row, "status", "rag")
    update = _column(row, "update", "comment", "progress", "note")
    action = None
    if ref.isdigit() and int(ref) in index.by_id:
        action = index.by_id[int(ref)]
        if action_text and text_similarity(action.text, action_text) < 60:
            action = None
    if action is None and action_text:
        scored = sorted(
            ((text_similarity(a.text, action_text), a) for a in index.actions),
            key=lambda pair: -pair[0],
        )
        if scored and scored[0][0] >= 80 and (len(scored) == 1 or scored[1][0] < scored[0][0] - 10):
            action = scored[0][1]
    if action is None or not (status or update):
        return []
    done = re.fullmatch(rf"(?:blue|green)?\s*[-–:(]?\s*{_DONE_WORD}\s*\)?\.?", status.strip(), re.I)
    if done and not doubts(update, action.text):
        return [
            _Finding(
                action.id,
                DONE,
                line.cstart,
                line.cend,
                f'status "{status}" in the action log',
                100.0,
            )
        ]
    note = "; ".join(p for p in (status and f"Status: {status}", update) if p)
    contrary = bool(doubts(f"{status} {update}", action.text))
    return [
        _Finding(action.id, UPDATE, line.cstart, line.cend, f"action log: {note}", 100.0, contrary)
    ]


def _clause_findings(text: str, index: _Index) -> list[_Finding]:
    findings: list[_Finding] = []
    for sentence_start, sentence_end in _sentences(text):
        everyone = _all_complete(text, index, sentence_start, sentence_end)
        if everyone is not None:
            findings += everyone
            continue
        for start, end in _clauses(text, sentence_start, sentence_end):
            findings += _findings_in_clause(text, index, start, end)
    return findings


def _findings_in_clause(text: str, index: _Index, start: int, end: int) -> list[_Finding]:
    clause = text[start:end]
    lowered = clause.lower()
    update = says_update(clause)
    if not (update or any(p.search(lowered) for p in _DONE_PATTERNS)):
        return []
    named = _references(clause, index)
    targets = [(action, 100.0, f"action {action.id} named") for action in named] or [
        (
            candidate.action,
            candidate.score,
            "shares: " + ", ".join(sorted(candidate.shared.values(), key=str.lower)),
        )
        for candidate in index.resolve(clause)
    ]
    findings = []
    for action, score, evidence in targets:
        done = says_done(clause, action.text)
        if done:
            reason = f'reported complete ("{done}"); {evidence}'
        elif update:
            reason = f'progress reported ("{update}"); {evidence}'
        else:
            continue
        contrary = not done and bool(doubts(clause, action.text))
        findings.append(
            _Finding(action.id, DONE if done else UPDATE, start, end, reason, score, contrary)
        )
    return findings


def reconcile(text: str, actions: Sequence[OpenAction]) -> list[Proposal]:
    """Proposals (at most one per action, in the order of the text) for `actions` from `text`.

    `actions` are the committee's open actions from meetings before the one `text` records.
    """
    if not actions or not text:
        return []
    index = _Index(actions)
    findings = _table_findings(text, index) + _clause_findings(text, index)
    by_action: dict[int, list[_Finding]] = {}
    for finding in findings:
        by_action.setdefault(finding.action_id, []).append(finding)
    proposals = []
    for action_id, found in by_action.items():
        found.sort(key=lambda f: (f.start, -f.score))
        done = [f for f in found if f.kind == DONE]
        contrary = [f for f in found if f.contrary]
        chosen = done[0] if done and not contrary else (contrary or found)[0]
        kind = DONE if chosen in done and not contrary else UPDATE
        reason = chosen.reason
        if done and contrary:
            reason = f"{reason}; left open: the minutes also report it not finished"
        proposals.append(
            Proposal(
                action_id=action_id,
                kind=kind,
                start=chosen.start,
                end=chosen.end,
                passage=text[chosen.start : chosen.end],
                reason=reason,
                score=chosen.score,
            )
        )
    proposals.sort(key=lambda p: (p.start, p.action_id))
    return proposals


def repeated_actions(
    new_actions: Sequence[Action], proposals: Sequence[Proposal], actions: Sequence[OpenAction]
) -> set[int]:
    """Indexes of `new_actions` that only repeat an open action the minutes report on.

    An action log pasted into the next minutes is parsed as actions again; a row that lies in
    a proposal's passage and says the same as the proposal's action is that action, not a new one.
    """
    by_id = {a.id: a for a in actions}
    repeated = set()
    for index, new in enumerate(new_actions):
        for proposal in proposals:
            inside = proposal.start <= new.start < proposal.end
            same = text_similarity(by_id[proposal.action_id].text, new.text) >= PAIR_THRESHOLD
            if inside and same:
                repeated.add(index)
                break
    return repeated
