"""A section reporting on the last meeting's actions, one entry per action keyed by its
subject rather than its words: "## Pending issues / report on actions of the last meeting"
then "* European review: no progress on this matter.", or a bold topic with bullets under it
("**Mid-term requirements**" then "- No changes to the spreadsheet since the last meeting.").

Under such a heading each entry reports on an action, so what it says is that action's
progress note even when it uses none of the words `cues` reads as progress; whether it says
done is left to the prose rules (`prose`), which read it precisely.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from clerk_tui.core.amend import text_similarity
from clerk_tui.core.dates import DATE_EXPR
from clerk_tui.core.parse.layout import Line, indent, marker
from clerk_tui.core.reconcile.cues import goes_on, read_clause, says_done
from clerk_tui.core.reconcile.grammar import MAKE, SET_UP, asked_verb
from clerk_tui.core.reconcile.lists import NAMES, OWES, only_names
from clerk_tui.core.reconcile.model import DONE, OWNER, UPDATE, Finding, OpenAction
from clerk_tui.core.reconcile.places import MINUTE_REF, heading_after, lines_of
from clerk_tui.core.reconcile.tables import other_owner
from clerk_tui.core.reconcile.words import Index, words

_ACTIONS = r"actions?(?:\s+(?:items?|points?))?"
_REVIEW_TITLE = re.compile(
    r"\bmatters\s+arising\b|\bpending\s+issues\b"
    rf"|\b(?:report|update|progress|review|status)s?\s+(?:on|of)\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?"
    rf"{_ACTIONS}\b|\breview(?:ed)?\s+(?:the\s+|our\s+)?{_ACTIONS}\b"
    rf"|\b(?:open|previous|outstanding)\s+{_ACTIONS}\b|\b{_ACTIONS}\s+carried\s+forward\b"
    rf"|\b{_ACTIONS}\s+(?:from|arising\s+from|of)\s+(?:the\s+)?(?:previous|last)\b"
    rf"|\b{_ACTIONS}\s+(?:were|was|have\s+been)\s+reviewed\b|\baction\s+(?:log|tracker)\b"
    rf"|\b{_ACTIONS}\s+(?:review|updates?|follow[\s-]?ups?)\b|\b(?:old|unfinished)\s+business\b"
    rf"|\bfollow[\s-]?ups?\s+(?:from|on|of)\s+(?:the\s+)?(?:(?:last|previous)\s+(?:meeting|minutes)"
    rf"|{_ACTIONS})\b|\b(?:last|previous)\s+meeting[’']?s?\s+{_ACTIONS}\b",
    re.I,
)
"""A heading over reports on earlier actions: "Matters arising", "Pending issues / report on
actions of the last meeting", "Actions from the previous meeting", "Review of action items",
"Open actions", "The following actions were reviewed", "Action log", "Action items review",
"Action point follow ups", "Follow-up from the last meeting", "Last meeting's actions", and
the "Old business" / "Unfinished business" of minutes kept by Robert's Rules."""
_DATED_TITLE = re.compile(
    rf"\b{_ACTIONS}\s+(?:from|arising\s+from|of)\s+(?:the\s+)?(?:(?:meeting|minutes)\s+"
    rf"(?:of|on|held\s+on)\s+)?(?:{DATE_EXPR})(?:[’']s)?(?:\s+(?:meeting|minutes|call))?\s*$",
    re.I,
)
"""A heading naming a meeting's actions by its date ("Actions from 4 March", "Action points
from the meeting of 04/03/2025", "Actions from the March meeting"): near the top of the
minutes, the last meeting's under review; near the end, these minutes' own."""


def _reviewing(title: str, where: float) -> bool:
    """A heading over reports on earlier actions (`_REVIEW_TITLE`), or one naming a meeting's
    actions by its date in the first half of the minutes (`where`, 0 to 1)."""
    return bool(_REVIEW_TITLE.search(title) or where < 0.5 and _DATED_TITLE.search(title))


_OWN_TITLE = re.compile(
    r"(?:\d{1,3}\\?[.)]\s*)?(?:(?:summary\s+of|list\s+of|new|open\s+and\s+new|agreed|next)\s+)?"
    r"(?:actions?(?:\s+(?:points?|agreed|list|summary|arising))?|next\s+steps|agenda)\b[^.]*$",
    re.I,
)
"""A heading over this meeting's own actions or agenda ("Summary of actions", "Open and new
actions", "Next steps", "Agenda", "Next Agenda (Friday 18 September)"): what its lines say is
asked or planned, not reported."""
_QUALIFIED = re.compile(r"\b(?:summary|list|new|agreed|next|agenda)\b", re.I)
_MARKDOWN = re.compile(r"#{1,6}\s")
_ITEM = re.compile(r"\d{1,3}\\?[.)](?:\s|(?=[A-Z]))")
_BOLD = re.compile(r"\*\*(?P<topic>[^*]{2,80})\*\*\s*:?\s*$")
_SHORT_TOPIC = 4
"""A topic of at most this many words may name an action by one word only that action has."""


@dataclass(frozen=True)
class _Entry:
    start: int
    end: int
    topic: str
    body: int
    """Where what the entry says begins, after its topic."""
    note: str
    """What it says, its lines joined without their bullets."""


def _heading_kind(text: str, line: Line, after_blank: bool) -> str | None:
    """A Markdown heading, a numbered item, a line in bold, or a plain title on a line of its
    own after a blank one ("Actions from last meeting:", "MATTERS ARISING")."""
    content = text[line.cstart : line.cend]
    if _MARKDOWN.match(content):
        return "markdown"
    if marker(text, line):
        return None  # a bullet
    if _ITEM.match(content):
        return "item"
    if _BOLD_LINE.fullmatch(content):
        return "bold"
    if after_blank and line.cstart == line.start and _PLAIN.fullmatch(content):
        return "plain"
    return None


_BOLD_LINE = re.compile(r"(\*\*|__)[^*_]{2,80}\1\s*:?")
_PLAIN = re.compile(r"[A-Z][^.;,!?]{1,70}[^.;,!?\s]")
_PLAIN_WORDS = 8
"""A plain title has at most this many words."""


def _titlelike(content: str) -> bool:
    """A plain line that reads as a title: in capitals, in title case or ending in a colon."""
    long_words = [w for w in content.split() if len(w) >= 4]
    return len(content.split()) <= _PLAIN_WORDS and (
        content.isupper() or content.endswith(":") or all(w[0].isupper() for w in long_words)
    )


def _closes(text: str, line: Line, after_blank: bool, heading: Line, kind: str) -> bool:
    """Whether a line ends the section under a `heading` of `kind`: a heading of the same kind
    or above it (a plain or bold title ends at any heading; a numbered item at an item of its
    list, or a Markdown heading); a plain title closing only when it looks like one (in
    capitals, in title case or ending in a colon), not a short line of the section."""
    other = _heading_kind(text, line, after_blank)
    if other is None or other == "plain" and not _titlelike(text[line.cstart : line.cend]):
        return False
    if kind == other == "item":
        return _numbering(text, line) == _numbering(text, heading)
    if other == "item" and kind in ("plain", "bold"):
        return not _ENTRY.search(text, line.cstart, line.cend)
    return other == kind or kind in ("plain", "bold") or (kind == "item" and other == "markdown")


_ENTRY = re.compile(r"\b(?:to|will)\s+[a-z]|(?:\S+\s+){8}")
"""A numbered line that is an entry of a list under a title, not the next item of the minutes:
a task ("1. Clerk to write ...") or a sentence of more than eight words."""


def _numbering(text: str, line: Line) -> tuple[int, str]:
    """A numbered item's list: its indent and the mark after its number ("1." or "1)"); an
    item of a list nested in the item, or numbered another way ("1. Actions from last time"
    then "1) Pat to buy ..."), goes on the item."""
    mark = _ITEM.match(text, line.cstart, line.cend)
    return indent(text, line), mark.group().strip()[-1:] if mark else ""


def _review_sections(text: str, lines: Sequence[Line]) -> Iterator[list[Line]]:
    """The lines under each heading of reports on earlier actions."""
    return _sections_titled(text, lines, _reviewing)


def _own_title(title: str, where: float) -> bool:
    """A heading over this meeting's own actions: "Agenda" anywhere, a bare "Actions" only
    in the second half of the minutes (near the top it heads the review of the last ones)."""
    if not _OWN_TITLE.match(title) or _reviewing(title, where):
        return False
    return where >= 0.5 or bool(_QUALIFIED.search(title))


def _sections_titled(
    text: str, lines: Sequence[Line], titled: Callable[[str, float], bool]
) -> Iterator[list[Line]]:
    """The lines under each heading whose title is `titled` (given too how far down the text
    it is, 0 to 1), up to the next heading of its kind (a Markdown heading, or a numbered
    item)."""
    for number, line in enumerate(lines):
        after_blank = number == 0 or lines[number - 1].blank
        kind = _heading_kind(text, line, after_blank)
        title = text[line.cstart : line.cend].lstrip("#").strip(" *_:")
        if kind == "plain" and not (
            len(title.split()) <= _PLAIN_WORDS
            and (
                _reviewing(title, line.start / max(len(text), 1))
                or _titlelike(text[line.cstart : line.cend])
            )
        ):
            continue
        if not kind or not titled(title, line.start / max(len(text), 1)):
            continue
        body = []
        for previous, following in zip(lines[number:], lines[number + 1 :], strict=False):
            if _closes(text, following, previous.blank, line, kind):
                break
            if not following.blank:
                body.append(following)
        yield body


def _entries(text: str, lines: Sequence[Line]) -> Iterator[_Entry]:
    """Each top-level bullet (with the lines under it) or bold topic (with the bullets under
    it, all of one glyph) of a section, with its topic: the bold words, or a short heading
    the bullet opens with ("European review: ...", "Grit bins – ...")."""
    if not lines:
        return
    margin = min(indent(text, line) for line in lines)
    entry: list[Line] = []
    topic, body, under_bold = "", 0, ""

    def close() -> Iterator[_Entry]:
        if entry and topic:
            note = " ".join(text[line.cstart : line.cend] for line in entry if line.cend > body)
            yield _Entry(entry[0].cstart, entry[-1].cend, topic, body, note)

    for line in lines:
        bold = _BOLD.match(text, line.cstart, line.cend)
        top = indent(text, line) == margin
        if not bold and len(entry) == 1 and _BOLD.match(text, entry[0].cstart, entry[0].cend):
            under_bold = marker(text, line) or "none"
            entry.append(line)
            continue
        if bold or (top and not (under_bold and marker(text, line) == under_bold)):
            yield from close()
            entry = [line]
            if bold:
                topic, body, under_bold = bold.group("topic").strip(), line.cend, ""
                continue
            topic, under_bold = heading_after(text, line.cstart, line.cend), ""
            separator = re.compile(r"\s*[:\-–—]\s*").match(text, line.cstart + len(topic))
            body = separator.end() if topic and separator else line.cstart
            continue
        entry.append(line)
    yield from close()


def _own_shared(index: Index, action: OpenAction, topic: str) -> set[str]:
    """The distinctive words of the action's own text (not those of the item it sat under,
    which a short action borrows) that the topic uses."""
    return set(index.shared(action, topic)) & set(words(action.text))


def _keyed_action(topic: str, index: Index) -> OpenAction | None:
    """The one open action an entry's topic names: it shares two of the action's distinctive
    words, more than any other action; or, in a topic of a few words, one word only that
    action uses."""
    sharing = index.sharing(topic)
    shared = {a.id: _own_shared(index, a, topic) for a in sharing}
    scored = sorted(((len(shared[a.id]), a) for a in sharing), key=lambda pair: -pair[0])
    if not scored or scored[0][0] == 0:
        return None
    best, action = scored[0]
    if len(scored) > 1 and scored[1][0] == best:
        return None
    if best >= 2:
        return action
    stem = next(iter(shared[action.id]))
    short = len(words(topic)) <= _SHORT_TOPIC
    return action if short and len(index.using.get(stem, ())) == 1 else None


def reported_actions(text: str, index: Index) -> list[Finding]:
    """Progress notes from a section reporting on the last meeting's actions: each entry whose
    topic names one open action is that action's latest update ("not finished" when it says
    so: "no progress", "date not yet decided"); an entry saying done or dropped is left to
    the prose rules."""
    found: list[Finding] = []
    for section in _review_sections(text, lines_of(text)):
        for entry in _entries(text, section):
            action = _keyed_action(entry.topic, index)
            said = " ".join(text[max(entry.body, entry.start) : entry.end].split())
            if action is None or not said or only_names(said):
                continue  # "Book the hall – Kofi": its owner named, no report
            if _result_linked(said, action):
                reason = f'its result linked under "{entry.topic}" in a report on the last actions'
                found.append(Finding(action.id, DONE, entry.start, entry.end, reason, entry.note))
                continue
            reading = read_clause(said, said, action.text, keyed=True)
            if reading and reading.kind != UPDATE:
                continue
            on = goes_on(said, action.text)
            how = "not finished" if on else "progress reported"
            reason = f'{how} under "{entry.topic}" in a report on the last actions'
            found.append(
                Finding(action.id, UPDATE, entry.start, entry.end, reason, entry.note, 1, bool(on))
            )
    return found


_LINK = re.compile(r"<?\b(?:https?://|www\.)\S+|\]\([^)]*\)")
"""A web address, or a Markdown link's target."""
_MADE = MAKE | SET_UP
"""What an action may ask to make or set up, whose result a link shows."""


def _result_linked(said: str, action: OpenAction) -> bool:
    """Whether an entry is only a link (its text, if any, saying done: "[published](...)") to
    what an action was to make or set up ("Blog post on the lock: https://..."): the result,
    there to see. Not a link with words of its own ("draft at https://...")."""
    if not _LINK.search(said) or asked_verb(action.text) not in _MADE:
        return False
    rest = _LINK.sub(" ", said).strip(" []()<>.,;:*_-–—")
    return not rest or says_done(rest, action.text) is not None


_TITLE_WORDS = 10


_MINUTE_NUMBER = re.compile(r"\d{1,4}(?:\.\d{1,3})?\.?(?=\s)")
"""A minute's number opening its title line ("7 ", "3.5 ", "507. "); "60/26" is `MINUTE_REF`."""
_NUMBERED_TITLE = re.compile(r"\s+[A-Z](?:[^.;:!?]|\.(?=\w))*[.:]?\s*")
_SENTENCE_VERB = re.compile(r"\b(?:was|were|is|are|had|has|have)\b|\b(?:to|will)\s+[a-z]", re.I)


def minute_title(content: str) -> bool:
    """A title line opening with its minute's number ("60/26 Highways", "7 VILLAGE HALL ROOF",
    "2404/03 PLAYING FIELD."): a few words, no sentence ("3 Councillors were present") nor
    task ("3.2 OR to publish the statement")."""
    number = MINUTE_REF.match(content) or _MINUTE_NUMBER.match(content)
    rest = content[number.end() :] if number else ""
    return (
        bool(_NUMBERED_TITLE.fullmatch(rest))
        and len(rest.split()) <= _PLAIN_WORDS
        and not _SENTENCE_VERB.search(rest)
    )


def titles(text: str) -> list[tuple[int, str]]:
    """Each heading of `text` (Markdown, a numbered item, a line in bold, a plain title, a
    minute's number and title) with where its line starts, in order; an item's title is its
    first few words."""
    return list(_titles(text))


@lru_cache(maxsize=4)
def _titles(text: str) -> tuple[tuple[int, str], ...]:
    """`titles`, kept for the last few texts as `lines_of` is: reports and responses received
    both read them."""
    lines = lines_of(text)
    found = []
    for number, line in enumerate(lines):
        kind = _heading_kind(text, line, number == 0 or lines[number - 1].blank)
        content = text[line.cstart : line.cend]
        if kind is None and not marker(text, line) and minute_title(content):
            kind = "item"
        if kind is None or kind == "plain" and not _titlelike(content):
            continue
        title = " ".join(content.lstrip("#").strip(" *_:").split()[:_TITLE_WORDS])
        found.append((line.start, title))
    return tuple(found)


def review_lines(text: str) -> set[int]:
    """The lines under headings of reports on earlier actions ("Matters arising", "Actions
    from the last meeting")."""
    return {line.index for section in _review_sections(text, lines_of(text)) for line in section}


def own_lines(text: str) -> set[int]:
    """The lines under headings of this meeting's own actions or agenda: the prose rules do not
    read them as reports on earlier actions."""
    return {
        line.index
        for section in _sections_titled(text, lines_of(text), _own_title)
        for line in section
    }


_THIS_AGENDA = re.compile(
    r"(?:\d{1,3}\\?[.)]\s*)?(?:(?:the|this|today[’']?s|meeting)\s+)?agenda(?:\s+items?)?", re.I
)
"""The title of this meeting's agenda ("Agenda", "Agenda items", "Today's agenda"); not the
next meeting's ("Agenda for next meeting", "Next Agenda"), whose items are still to come."""


AGENDA_ACTION = re.compile(r"\b(?:place|put|add|include|bring|table)\w*\b[^.]*\bagenda\b", re.I)
"""An action to put a matter on an agenda ("Clerk to place the yellow lines on the April
agenda", "Will add to next meeting agenda to have Cara show the form")."""


def agenda_lines(text: str) -> list[Line]:
    """The lines of this meeting's agenda, under a heading that is only its title."""
    sections = _sections_titled(
        text, lines_of(text), lambda title, _: bool(_THIS_AGENDA.fullmatch(title))
    )
    return [line for section in sections for line in section]


_CARRIED = 85.0
"""A line of this meeting's actions this like an open action's text repeats that action."""
_LABEL = r"(?:(?i:actions?(?:\s+(?:items?|points?))?|to\s*-?\s*do)\s*[:\-–—]\s*)"
"""A line's label, "ACTION:", "Action point -": no one's name."""
_LEAD = re.compile(
    rf"^(?:\d+(?:\.\d+)*[.:)]?\s+)?{_LABEL}?(?:(?!{_LABEL})(?P<named>{NAMES})\s*:\s*"
    rf"|(?P<doer>{NAMES})\s+{OWES}\s+(?=[a-z]))?"
)


def carried_forward(text: str, index: Index, skip: set[int]) -> list[Finding]:
    """An open action repeated among this meeting's own actions ("European review: by the next
    meeting the facilities should have a clear view", set again): still open, a note that it
    was carried forward, and a new owner when another leads the line ("Bea to collect the
    quotes"); lines in `skip`, rows of action tables, are read there. An action to put a
    matter on the agenda is not carried forward by that matter's line in this agenda."""
    found: list[Finding] = []
    agenda = {line.index for line in agenda_lines(text)}
    for section in _sections_titled(text, lines_of(text), _own_title):
        for line in section:
            if line.index in skip:
                continue
            said = text[line.cstart : line.cend]
            lead = _LEAD.match(said)
            assert lead is not None  # every part of it is optional
            who = lead.group("named") or lead.group("doer")
            span = (line.cstart, line.cend)
            for action in index.actions:
                if line.index in agenda and AGENDA_ACTION.search(action.text):
                    continue  # on this agenda as it asked: done (prose._on_the_agenda)
                if text_similarity(action.text, said[lead.end() :], _CARRIED) < _CARRIED:
                    continue
                note = f"Carried forward: {said}"
                reason = "repeated among this meeting's actions"
                found.append(Finding(action.id, UPDATE, *span, reason, note, 1, True))
                if who and other_owner(who, action.owner):
                    reason = f"repeated among this meeting's actions for {who}"
                    found.append(Finding(action.id, OWNER, *span, reason, note, 1, value=who))
    return found
