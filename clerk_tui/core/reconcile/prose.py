"""Matters arising, reports and items in prose: which open action a sentence speaks of, and
what it says about it.

A sentence speaks of an action when it names it by number ("Action 2.4", strength 3), names
the minute it was recorded under ("77/17d St Andrew's Close:", "Minute 45/20(ii) –",
strength 2: one action of that minute, or the one its words point to), or shares enough of
its words, or its heading shares the heading the action sat under and its words share one of
the action's (strength 1). "All actions complete except ..." closes the last meeting's
actions only when every exception can be placed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from clerk_tui.core.dates import resolve_due
from clerk_tui.core.parse.layout import strip_span
from clerk_tui.core.reconcile.cues import (
    DONE_WORD,
    MATCHED,
    NAMED,
    REPEATED,
    Reading,
    action_verb,
    arrived,
    done_first,
    goes_on,
    itself,
    read_clause,
    says_update,
)
from clerk_tui.core.reconcile.intent import task_like
from clerk_tui.core.reconcile.model import DONE, DROPPED, DUE, OWNER, UPDATE, Finding, OpenAction
from clerk_tui.core.reconcile.places import (
    ACTION_REF,
    NUMBER,
    Unit,
    heading_after,
    normal_ref,
    units,
)
from clerk_tui.core.reconcile.sections import AGENDA_ACTION, agenda_lines
from clerk_tui.core.reconcile.words import WORD, Index, concepts, distinctive, independent, words

_ALL_DONE = re.compile(
    rf"\ball\s+(?:(?:the|other|outstanding|remaining|open)\s+)*actions?\b[^.;:]*?"
    rf"\b(?:(?:were|was|are|is|had been|have been|now)\s+)*{DONE_WORD}\b"
    rf"|\bactions?\b[^.;:]{{0,40}}?[:\-–—]\s*all\s+(?:(?:were|are|now|had been)\s+)*{DONE_WORD}\b",
    re.I,
)
_EARLIER = re.compile(
    r"\b(?:last|previous|prior|matters\s+arising|action\s+(?:log|list|tracker|points?)"
    r"|outstanding|other|remaining|open|arising)\b|^\W*all\b",
    re.I | re.M,
)
"""What says that "all actions" are the last meeting's: its words, or a line opening with
"All"."""
_EXCEPT = re.compile(
    r"\b(?:except(?:\s+for)?|apart from|with the exception of|save for|other than|bar|but)\b"
    r"\s*(?P<which>.*)",
    re.I,
)
_RELATIVE = re.compile(
    r",?\s*\b(?:which|that|who|as|because|pending|awaiting|waiting|where|while|since)\b", re.I
)
REPEATS = 60.0
"""A passage sharing this share of an action's words repeats the action: it names it as
surely as its minute number would ("JB to circulate the terms of reference – done")."""
_CLAUSE_BREAK = re.compile(r";|\s+but\s+|,\s*(?:while|whereas|however)\s+|\s+whilst\s+", re.I)


def clauses(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
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


_ALTERNATIVE = re.compile(r"\s*,?\s*or\b", re.I)
"""A blanket report offering another outcome ("had either been completed or were on the
agenda", "complete or carried forward"): it says of no one action that it is done."""


def _all_complete(text: str, index: Index, start: int, end: int) -> list[Finding] | None:
    """'All actions complete except X': done, said of every action of the last meeting at
    once, for those not excepted nor items of these minutes; a note that each exception is
    not finished. None when the sentence is not of that kind; nothing when it offers another
    outcome ("All other actions were complete or on the agenda")."""
    clause = text[start:end]
    match = _ALL_DONE.search(clause)
    if not match or re.search(r"\bnot\b|n't\b", clause[: match.end()], re.I):
        return None
    said = clause[match.start() : match.end()]
    if re.search(r"\beither\b", said, re.I) or _ALTERNATIVE.match(clause, match.end()):
        return []
    line_start = text.rfind("\n", 0, start) + 1
    if not _EARLIER.search(text, line_start, start + match.end()):
        return []  # "all actions completed on the safety audit": not the last meeting's
    dated = [a.meeting_date for a in index.actions if a.meeting_date]
    if not dated:
        return []
    last = max(dated)
    covered = [a for a in index.actions if a.meeting_date == last and task_like(a)]
    excepted: set[int] = set()
    exception = _EXCEPT.search(clause, match.end())
    if exception:
        which = _RELATIVE.split(exception.group("which"))[0]
        parts = [p for p in re.split(r",|;|\band\b|&", which) if p.strip(" .()")]
        if not parts:
            return []
        for part in parts:
            named = _named_actions(part, index)
            if named:
                excepted.update(a.id for a in named)
                continue
            resolved = index.resolve(part, covered)
            if len(resolved) != 1:
                return []  # an exception we cannot place: closing anything could be wrong
            excepted.add(resolved[0].action.id)
    note = " ".join(clause.split())
    left_open = [
        Finding(
            a_id, UPDATE, start, end, "not finished: the exception to all complete", note, 1, True
        )
        for a_id in sorted(excepted)
    ]
    excepted.update(a.id for a in _on_this_agenda(text, covered, index))
    excepted.update(a.id for a in _spoken_of(text, covered, index, start + match.start()))
    phrase = clause[match.start() : match.end()].strip()
    reason = f'reported complete with the others ("{phrase}")'
    return left_open + [
        Finding(a.id, DONE, start, end, reason, "", 1, sweeping=True)
        for a in covered
        if a.id not in excepted
    ]


def _spoken_of(
    text: str, actions: list[OpenAction], index: Index, blanket: int
) -> list[OpenAction]:
    """Actions another sentence or clause of the minutes than the blanket report starting at
    `blanket` may report on: by number; by a distinctive word of theirs beside their owner's
    name or words saying the matter goes on or is put off ("ongoing", "to be revisited", "the
    bins are on their way"); by two beside any word of progress. What "all other actions are
    complete" says is for the actions nothing else speaks of; in doubt, it closes none."""
    spoken: dict[int, OpenAction] = {}
    people = set().union(*index.owner_words.values())
    for unit in units(text):
        if _ATTENDANCE.match(text, unit.start):
            continue
        sentence = text[unit.start : unit.end]
        if unit.start <= blanket < unit.end:  # its other clauses: "the gate will be fixed; all
            sentence = " ".join(  # other actions are complete"
                text[left:right]
                for left, right in clauses(text, unit.start, unit.end)
                if not left <= blanket < right
            )
        named = {a.id for a in _named_actions(sentence, index)}
        for action in actions:
            shared = len(set(index.shared(action, sentence)) - people)
            if (
                action.id in named
                or shared
                and (
                    _put_off(sentence, action.text)
                    or _owner_named(index, action, sentence)
                    or shared >= 2
                    and says_update(sentence)
                )
            ):
                spoken[action.id] = action
    return list(spoken.values())


_ATTENDANCE = re.compile(
    r"\W*(?:(?:members\s+|also\s+|those\s+)?present|apologies|attendees|attendance"
    r"|in\s+attendance|absent)\b",
    re.I,
)
"""Who came: the names there are no word on anyone's action."""
_PUT_OFF = re.compile(
    r"\b(?:on\s+(?:their|its)\s+way|revisit\w*|deferred|postponed|moved|re-?scheduled"
    r"|next\s+meeting|will|would|to\s+be)\b",
    re.I,
)


def _put_off(sentence: str, action_text: str) -> bool:
    """Words saying the matter goes on, or is put off or still to come."""
    return bool(goes_on(sentence, action_text) or _PUT_OFF.search(sentence))


def _owner_named(index: Index, action: OpenAction, sentence: str) -> bool:
    owner = index.owner_names[action.id]
    return bool(owner and not index.everyday_owner[action.id] and owner.search(sentence))


def _on_this_agenda(text: str, actions: list[OpenAction], index: Index) -> list[OpenAction]:
    """Actions whose matter is an item of these minutes ("134. Community litter pick"): what
    the item says of them, not "all actions were complete or on the agenda", decides."""
    titles = [" ".join(m.group("title").split()[:8]) for m in _ITEM_OPENING.finditer(text)]
    return [a for a in actions if any(len(index.shared(a, title)) >= 2 for title in titles)]


def _named_actions(text: str, index: Index) -> list[OpenAction]:
    """Open actions named by number: 'action 3', 'actions 2.4 and 2.7' (their own number in
    the minutes first, else the reference clerk-tui gave them)."""
    found: list[OpenAction] = []
    for match in ACTION_REF.finditer(text):
        numbers = [match.group(1), *re.findall(NUMBER, match.group(2) or "")]
        for number in numbers:
            found += index.numbered(number)
    return found


def _by_minute(unit: Unit, sentence: str, index: Index) -> list[OpenAction]:
    """The action of the minute the sentence falls under, when that is beyond doubt."""
    if not unit.minute:
        return []
    minute, part = normal_ref(unit.minute), (unit.part or "").lower()
    under = [
        a
        for a in index.actions
        if a.minute
        and normal_ref(a.minute) == minute
        and not (part and a.part and a.part.lower() != part)
    ]
    if not re.search(r"[/a-z]", minute):
        # "Minute 5" of numbering that starts again each meeting: the last meeting's minute 5
        latest = max((a.meeting_date for a in under if a.meeting_date), default=None)
        under = [a for a in under if a.meeting_date == latest]
    if len(under) == 1 and unit.named:
        return under
    sharing = [a for a in under if index.shared(a, sentence)]
    if len(sharing) <= 1:
        return sharing
    best = max(len(index.shared(a, sentence)) for a in sharing)
    top = [a for a in sharing if len(index.shared(a, sentence)) == best]
    return top if len(top) == 1 else []


def _targets(
    unit: Unit, text: str, index: Index, clause: str = ""
) -> list[tuple[OpenAction, int, str]]:
    """The actions a sentence names by number, or by the minute it falls under; of several
    actions of that minute, the one the `clause` shares words with, else the one the sentence
    does ("Minute 48/24 – the grant application is being progressed; Cllr Moore had not yet
    found out who owns the land": each clause its own action)."""
    sentence = text[unit.start : unit.end]
    named = _named_actions(sentence, index)
    if named:
        return [(a, 3, f"names action {a.ref or a.id}") for a in named]
    minute = (clause and _by_minute(unit, clause, index)) or _by_minute(unit, sentence, index)
    if minute:
        where = f"{unit.minute}{unit.part or ''}"
        kind = "issue" if where.startswith("#") else "minute"
        if unit.named:
            return [(a, 2, f"names {kind} {where}, the action's") for a in minute]
        # under a minute named earlier in the paragraph: as sure as its shared words
        return [(a, 1, f"under minute {where}, as the action was") for a in minute]
    return []


def _about(index: Index, action: OpenAction, named: int, heading: str) -> Callable[[str], bool]:
    """Whether what a completion is said of is the action's object; how loosely depends on
    how surely the passage names the action (`cues.NAMED`, `REPEATED` or `MATCHED`), and
    "this" also counts when the sentence's own heading names it ("Book the hall: done")."""

    def names_it(text: str) -> bool:
        return bool(index.shared(action, text))

    def check(argument: str) -> bool:
        if names_it(argument):
            return True
        if named == NAMED:
            return itself(argument)
        pronoun = itself(argument, strictly=True)
        return pronoun and (named == REPEATED or bool(heading and names_it(heading)))

    return check


def findings(
    text: str, index: Index, meeting_date: date | None, skip: set[int] | frozenset[int]
) -> list[Finding]:
    """What the prose of `text` (lines in `skip` left out) says about open actions."""
    found: list[Finding] = _on_the_agenda(text, index, meeting_date)
    for unit in units(text, skip):
        everyone = _all_complete(text, index, unit.start, unit.end)
        if everyone is not None:
            found += everyone
            continue
        found += _unit_findings(unit, text, index, meeting_date)
    return found


_ITEM_OPENING = re.compile(
    r"^[ \t]*(?:\d{1,3}/\d{2,4}|\d{1,3}\\?[.)])[ \t]+(?P<title>[A-Za-z][^\n]{2,})", re.M
)
_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+(?P<title>\S[^\n]*?)[ \t#]*$", re.M)
_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_AGENDA_WORDS = {"agenda", "discuss", "place", "put", "add", "include", "bring", "table"}


def _agenda_entries(text: str) -> list[tuple[int, int, str]]:
    """This meeting's items as (start, end, title): numbered openings ("78/18 Yellow Lines
    Furlong Road", cut at a dash or to eight words), Markdown headings ("## Corbin to give a
    demo") and the lines of its agenda list ("+ Corbin to give a demo")."""
    entries = []
    for opening in _ITEM_OPENING.finditer(text):
        end = text.find("\n", opening.start())
        end = len(text) if end < 0 else end
        title = heading_after(text, opening.start("title"), end) or " ".join(
            opening.group("title").split()[:8]
        )
        entries.append((opening.start(), end, title))
    for heading in _HEADING.finditer(text):
        entries.append((heading.start(), heading.end(), heading.group("title")))
    entries += [
        (line.start, line.cend, text[line.cstart : line.cend].lstrip("+-*•· \t"))
        for line in agenda_lines(text)
    ]
    return sorted(entries)


def _on_the_agenda(text: str, index: Index, meeting_date: date | None) -> list[Finding]:
    """Actions to put a matter on the agenda, done when an item of these minutes opens with
    the matter's words ("78/18 Yellow Lines Furlong Road" for "place the yellow lines on the
    April agenda", "## Alder walk survey" for "add the Alder walk survey to the next agenda");
    not when the action names another month than this meeting's."""
    asked = [a for a in index.actions if AGENDA_ACTION.search(a.text)]
    found: list[Finding] = []
    entries = _agenda_entries(text) if asked else []
    for action in asked:
        month = next((m for m in _MONTHS if re.search(rf"\b{m}\b", action.text, re.I)), None)
        if month and meeting_date and month != _MONTHS[meeting_date.month - 1]:
            continue
        matter = set(index.distinct[action.id]) - _AGENDA_WORDS
        for start, end, title in entries:
            shared = matter & set(words(title, joined=True))
            if len(shared) >= 2:
                reason = f'on this meeting\'s agenda ("{_clip(title, 40)}")'
                found.append(Finding(action.id, DONE, start, end, reason, title, 1))
                break
    return found


@dataclass(frozen=True)
class _Said:
    action: OpenAction
    strength: int
    how: str
    reading: Reading


_RANK = {DROPPED: 3, DONE: 2, UPDATE: 1}


def _unit_findings(unit: Unit, text: str, index: Index, meeting_date: date | None) -> list[Finding]:
    """Per action the sentence speaks of, the most telling thing one of its clauses says."""
    sentence = text[unit.start : unit.end]
    named = _targets(unit, text, index)
    said: dict[int, _Said] = {}
    lead = _after_number(text, unit.lead, unit.end) if named else unit.lead
    for start, end in clauses(text, lead, unit.end):
        clause = text[start:end]
        targets = _targets(unit, text, index, clause) if named else []
        for action, strength, how in targets or _word_targets(unit, clause, index):
            own_heading = unit.heading if unit.body > unit.start else ""
            sureness = NAMED if strength > 1 else REPEATED if how.startswith("repeats") else MATCHED
            about = _about(index, action, sureness, own_heading)
            keyed = strength > 1 or bool(own_heading and index.shared(action, own_heading))
            reading = read_clause(clause, sentence, action.text, about, keyed)
            if (
                (strength > 1 or sureness == REPEATED)
                and start == lead
                and not (reading and reading.kind != UPDATE)
            ):
                # a note after the action's number or minute ("A12 – trough repaired 3 May"),
                # or one restating the action done ("Website updated with the new rules")
                reading = done_first(clause, action.text, about) or reading
            reading = reading or _keyed_note(index, action, clause, strength)
            if (
                reading
                and not (keyed or how.startswith("heading"))
                and _thin(index, action, reading, sentence)
            ):
                reading = Reading(UPDATE, reading.cue)
            previous = said.get(action.id)
            if reading and (previous is None or _RANK[reading.kind] > _RANK[previous.reading.kind]):
                said[action.id] = _Said(action, strength, how, reading)
    note = text[unit.lead : unit.end].strip(" :-–—")
    found: list[Finding] = []
    for one in _apart(_one_status(said), index, sentence):
        found += _as_findings(one, unit, note, meeting_date)
    return found


_NOTE_WORDS = 4


def _keyed_note(index: Index, action: OpenAction, clause: str, strength: int) -> Reading | None:
    """What a matters-arising entry keyed to an action by its number or its minute says of the
    action's thing, when no cue reads it as done, dropped or progress: still the action's
    latest news, a progress note ("Minute 47/24(i) – the electricity company will reconnect
    the supply in October" for "write to the electricity company about the supply"), never a
    'done'. Not an entry about another thing ("Action A12 – the hedge was cut back" for
    "Repair the water trough"), nor a question ("Q: where should the results go?"), which
    tells nothing of what became of it."""
    if (
        strength < 2
        or len(WORD.findall(clause)) < _NOTE_WORDS
        or not index.shared(action, clause)
        or clause.rstrip(" )*_").endswith("?")
    ):
        return None
    return Reading(UPDATE, _clip(clause, 40))


_NUMBER_KEY = re.compile(rf"\W*{ACTION_REF.pattern}[\s:\-–—.)]*")


def _after_number(text: str, start: int, end: int) -> int:
    """Where a sentence says its piece after the action number it opens with ("Action A14
    complete.", "AP3: letter sent"), else `start`."""
    key = _NUMBER_KEY.match(text, start, end)
    return key.end() if key and key.end() < end else start


_BARE_STATUS = re.compile(rf"\W*{DONE_WORD}\W*", re.I)


def _one_status(said: dict[int, _Said]) -> list[_Said]:
    """What the sentence says of each action; a bare status ending it ("... licences
    installed. (closed)") closes one entry, so when its words point to several actions only
    the first (the one they fit best) is done: a 'done' for two would close one nobody
    reported on."""
    closed = [
        one
        for one in said.values()
        if one.reading.kind == DONE
        and one.strength == 1
        and _BARE_STATUS.fullmatch(one.reading.cue)
    ]
    return [one for one in said.values() if one not in closed[1:]]


def _apart(said: list[_Said], index: Index, sentence: str) -> list[_Said]:
    """Of several actions a sentence says done by their words alone, each keeps its 'done' only
    when two words of its own, that no other of them shares, point to it ("Mill Lane: the Clerk
    had written to the police about parking" shares a word each with "write to residents about
    parking on Mill Lane" and "contact the police about speeding on Mill Lane", and reports
    neither); the others get the passage as a progress note. When the sentence restates one
    of them, most of its words ("an order for the tea urn was placed, as agreed" for
    "Order the tea urn as agreed", beside "Arrange payment for the urn order"), that one is
    the one reported: it keeps its 'done', the others get the note."""
    loose = [o for o in said if o.reading.kind == DONE and o.strength == 1 and _worded(o)]
    if len(loose) < 2:
        return said
    shared = {o.action.id: set(index.shared(o.action, sentence)) for o in loose}

    def own(one: _Said) -> int:
        others = set().union(*(v for k, v in shared.items() if k != one.action.id))
        return independent(shared[one.action.id] - others, concepts(sentence))

    restating = [o for o in loose if o.how.startswith("repeats") and _verb_said(o, sentence)]
    restated = restating[0] if len(restating) == 1 and own(restating[0]) else None
    kept = []
    for one in said:
        if one in loose and one is not restated and (restated or own(one) < 2):
            one = _Said(one.action, one.strength, one.how, Reading(UPDATE, one.reading.cue))
        kept.append(one)
    return kept


def _verb_said(said: _Said, sentence: str) -> bool:
    """Whether the report says the work the action asked for: its verb in the completion ("the
    urn had been ordered") or as the noun the completion is said of ("the order for the urn
    had been placed"), not only a word of the thing ("the invoice for the urn order")."""
    verb = action_verb(said.action.text)
    if not verb or len(verb) < 3:
        return False
    root = re.escape(verb.removesuffix("e")[:5])
    return bool(
        re.search(rf"\b{root}", said.reading.cue, re.I)
        or re.search(rf"\b(?:the|an?|its|their)\s+{root}\w*\s+(?:for|of)\b", sentence, re.I)
    )


def _worded(said: _Said) -> bool:
    """Matched by the words it shares (not by its number, minute or a heading of its own)."""
    return said.how.startswith(("shares", "repeats"))


def _thin(index: Index, action: OpenAction, reading: Reading, sentence: str) -> bool:
    """A 'done' read by its words alone (no number, minute or heading) from a sentence sharing
    one distinctive word of the action only, beside its owner's name ("Rosie spoke about the
    addresses she collected" for "Rosie to make the addresses available"): sure only in the
    action's own verb. So too when the words it shares are those of the item the action sat
    under, its own naming nothing ("Clerk to instruct" under "Trees at the Green": "the Green,
    where the brambles were cut back" tells nothing of the instructing), unless what a chase
    was for arrived (`cues.arrived`)."""
    if reading.kind != DONE or arrived(reading.cue, action.text):
        return False
    if len(index.shared(action, sentence)) >= 2 and len(distinctive(words(action.text))) >= 2:
        return False
    verb = action_verb(action.text) or next(iter(re.findall(r"[a-z]+", action.text.lower())), "")
    said = reading.cue.lower().split()
    return not (len(verb) >= 3 and any(w.startswith(verb[:4]) for w in said))


def _word_targets(unit: Unit, clause: str, index: Index) -> list[tuple[OpenAction, int, str]]:
    heading = unit.heading
    resolved = index.resolve(f"{heading} {clause}" if heading else clause)
    if resolved:
        return [
            (
                c.action,
                1,
                ("repeats it; " if c.score >= REPEATS else "")
                + "shares: "
                + ", ".join(sorted(c.shared.values(), key=str.lower)),
            )
            for c in resolved
        ]
    if not heading or unit.body == unit.start:
        return []  # only a heading the sentence itself opens with names its topic
    return [
        (
            c.action,
            1,
            f'heading "{heading}" as the action had; shares: '
            + ", ".join(sorted(c.shared.values(), key=str.lower)),
        )
        for c in index.on_topic(heading, clause)
    ]


def _as_findings(said: _Said, unit: Unit, note: str, meeting_date: date | None) -> list[Finding]:
    action, strength, how, reading = said.action, said.strength, said.how, said.reading
    span = (unit.start, unit.end)
    if reading.kind == DONE:
        reason = f'reported complete ("{reading.cue}"); {how}'
        return [Finding(action.id, DONE, *span, reason, note, strength)]
    if reading.kind == DROPPED:
        reason = f'reported no longer needed ("{reading.cue}"); {how}'
        return [Finding(action.id, DROPPED, *span, reason, note, strength)]
    said_what = "not finished" if reading.contrary else "progress reported"
    reason = f'{said_what} ("{_clip(reading.cue)}"); {how}'
    found = [Finding(action.id, UPDATE, *span, reason, note, strength, reading.contrary)]
    if reading.owner:
        reason = f"passed to {reading.owner}; {how}"
        found.append(Finding(action.id, OWNER, *span, reason, note, strength, value=reading.owner))
    due = resolve_due(reading.due_phrase, meeting_date) if reading.due_phrase else None
    if due and not (action.due and (due.year, due.month) == (action.due.year, action.due.month)):
        # "would return in March" for an action due at the March meeting is no new date
        reason = f're-dated ("{reading.due_phrase}"); {how}'
        found.append(Finding(action.id, DUE, *span, reason, note, strength, value=due.isoformat()))
    return found


def _clip(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = [m.end() for m in WORD.finditer(text) if m.end() <= limit]
    return text[: cut[-1] if cut else limit] + " …"
