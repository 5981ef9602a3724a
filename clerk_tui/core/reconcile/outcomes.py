"""Reports that say what became of an action without a sentence about the action itself.

- **An outcome under a heading** (`outcomes_under_headings`): a section of the new minutes
  (under a Markdown heading, or a title line above its paragraph) whose heading names an
  open action, and one of whose lines is a bare outcome
  ("Approved – see thread there.", "Decided for string and created the licence file",
  "Closed").
- **A response received** (`responses_received`): "A response has been received from
  Highways ...", followed by what the response says; it finishes the actions that asked for
  that response (chase, ask, request ...) and whose subject the response speaks of.

- **An invitee present** (`invitees_present`): someone an action was to invite to the
  meeting or the group, listed as attending the next one.
- **A body not formed** (`bodies_not_formed`): "agreed not to set up a working party",
  "rather than forming a small working group, ..."; it drops the actions of the last
  meeting that set up, joined or organised such a body.

All stay precise the way `cues` does: nothing in the section or the response may say the
matter goes on ("to be continued", "still awaited", "not yet").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from clerk_tui.core.parse.actions.lexicon import is_word
from clerk_tui.core.parse.layout import Line, marker, split_sentences
from clerk_tui.core.reconcile.cues import REQUEST, action_verb, doubts, goes_on
from clerk_tui.core.reconcile.model import DONE, DROPPED, UPDATE, Finding, OpenAction
from clerk_tui.core.reconcile.places import lines_of, units
from clerk_tui.core.reconcile.sections import minute_title, titles
from clerk_tui.core.reconcile.words import (
    Index,
    concepts,
    distinctive,
    independent,
    vocabulary,
    words,
)

_MARKDOWN_HEADING = re.compile(r"#{1,6}\s+(?P<title>\S.*?)[\s#]*$")
_OUTCOME = re.compile(
    r"(?:(?:all|everyone|unanimously|the\s+(?:group|committee|board|wg|council))\s+)?"
    r"(?P<cue>approved|agreed|decided|adopted|accepted|ratified|endorsed|signed\s+off"
    r"|closed|done|completed?|actioned|resolved|finished|merged)\b(?!\s+(?:to|that)\b)",
    re.I,
)
"""A line that opens with an outcome: "Approved – see thread there", "ALL decided for string"."""
_THIS_DONE = re.compile(
    r"\W*(?:(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s+"
    r"(?:reported|confirmed|advised|said|stated)\s+(?:that\s+)?)?(?:this|it)\s+"
    r"(?:(?:has|had)\s+(?:now\s+|already\s+)?been|was|is)\s+(?:now\s+|already\s+)?"
    r"(?P<cue>done|completed?|actioned|finished|resolved)\b",
    re.I,
)
"""A line saying the heading's matter is done: "This has now been done", "Cllr Hale reported
that this was complete"."""
_DECISION_VERBS = vocabulary(
    """discuss consider decide agree approve review finalise finalize formalise formalize adopt
    ratify endorse accept use sign propose"""
)
"""What a decision finishes: an action to discuss, decide or settle something."""
_SECTION_LINES = 8
"""A section longer than this is an item of business, not one action's outcome."""


@dataclass(frozen=True)
class _Section:
    heading: Line
    lines: Sequence[Line]


def _sections(text: str, lines: Sequence[Line]) -> Iterator[_Section]:
    """Markdown sections, each heading with the lines up to the next heading; and plain ones,
    a short title line standing alone above its paragraph (minutes pasted from a document)."""
    heading: Line | None = None
    body: list[Line] = []
    for line in lines:
        if _MARKDOWN_HEADING.match(text, line.cstart, line.cend):
            if heading is not None:
                yield _Section(heading, body)
            heading, body = line, []
        elif heading is not None and not line.blank:
            body.append(line)
    if heading is not None:
        yield _Section(heading, body)
    for number, line in enumerate(lines[:-1]):
        if _plain_heading(text, line) and (number == 0 or lines[number - 1].blank):
            paragraph = []
            for following in lines[number + 1 :]:
                if following.blank:
                    break
                paragraph.append(following)
            if paragraph:
                yield _Section(line, paragraph)


_PLAIN_HEADING = re.compile(r"(?:\d{1,3}\\?[.)]\s+)?(?P<title>[A-Z][^.;:,!?]*[^\s.;:,!?])")
_NUMBERED_HEADING = re.compile(r"\S+\s+(?P<title>[A-Z][^.;:,!?]*[^\s.;:,!?])")
"""A title after its minute's number ("52/26 Car park", `sections.minute_title`)."""


def _plain_heading(text: str, line: Line) -> bool:
    """A title on a line of its own: a capital, at most eight words, no closing stop; or a
    minute's number and its title."""
    content = text[line.cstart : line.cend]
    return (
        not line.blank
        and marker(text, line) == ""
        and bool(_PLAIN_HEADING.fullmatch(content) or minute_title(content))
        and len(content.split()) <= 8
    )


def _title(text: str, line: Line) -> tuple[str, int]:
    """A heading line's title and where it starts (after any '##' or item number)."""
    content = text[line.cstart : line.cend]
    heading = (
        _MARKDOWN_HEADING.match(content)
        or _PLAIN_HEADING.fullmatch(content)
        or _NUMBERED_HEADING.fullmatch(content.rstrip("."))
    )
    if not heading:
        return content, line.cstart
    return heading.group("title"), line.cstart + heading.start("title")


def _decided(action_text: str, heading: str) -> bool:
    """Whether a decision ends the action: it asked for one, or its heading does
    ("Finalize Acknowledgement of ...")."""
    first = re.match(r"\W*([A-Za-z]+)", heading)
    heading_verb = first.group(1).lower() if first else ""
    return action_verb(action_text) in _DECISION_VERBS or any(
        heading_verb.startswith(v[:5]) for v in _DECISION_VERBS
    )


def _named_by(title: str, index: Index) -> OpenAction | None:
    """The one open action a heading names: it shares two distinctive words of the action's
    (a heading in title case is read word by word), and more than any other action does; else
    the one recorded under the topic the heading names (`Index.titled`)."""
    scored = sorted(
        ((len(index.shared(a, title)), a) for a in index.sharing(title)),
        key=lambda pair: -pair[0],
    )
    if not scored or scored[0][0] < 2 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return index.titled(title)
    return scored[0][1]


_BARE_LINE = 8
"""A line of at most this many words under a heading speaks of the heading's matter."""


def _goes_on_about(text: str, section: _Section, index: Index, action: OpenAction) -> str | None:
    """Words saying the matter goes on, in a line of the section that speaks of the action:
    a bare line ("To be continued.") or a sentence sharing two of its words; not a remark in
    a long discussion ("we need each facility to continue supporting the framework")."""
    for line in section.lines:
        for sentence in split_sentences(text, line.cstart, line.cend):
            said = text[sentence.start : sentence.end]
            on = goes_on(said, action.text)
            if on and (len(said.split()) <= _BARE_LINE or len(index.shared(action, said)) >= 2):
                return on
    return None


def outcomes_under_headings(text: str, index: Index) -> list[Finding]:
    """A bare outcome under a heading naming an action: "## Availability/Misconfiguration",
    the proposal repeated, then "Approved – see thread there." or "This has now been done.";
    done when the section names one open action, its outcome finishes that action (a decision
    only one that asked for a decision) and nothing in the section says the matter goes on."""
    found: list[Finding] = []
    for section in _sections(text, lines_of(text)):
        if not section.lines or len(section.lines) > _SECTION_LINES:
            continue
        title, start = _title(text, section.heading)
        end = section.lines[-1].cend
        action = _named_by(title, index)
        if action is None:
            continue
        outcome = next(
            (
                (line, match)
                for line in section.lines
                if (
                    match := _OUTCOME.match(text, line.cstart, line.cend)
                    or _THIS_DONE.match(text, line.cstart, line.cend)
                )
            ),
            None,
        )
        on = _goes_on_about(text, section, index, action)
        shares = ", ".join(sorted(index.shared(action, title).values(), key=str.lower))
        how = f"shares: {shares}" if shares else f'its item was "{action.topic}"'
        if on:
            reason = f'not finished ("{on}"); section "{title}" {how}'
            body = " ".join(text[section.lines[0].cstart : end].split())
            found.append(Finding(action.id, UPDATE, start, end, reason, body, 1, True))
            continue
        if not outcome:
            continue
        line, match = outcome
        said = text[line.cstart : line.cend]
        cue = match.group("cue").lower()
        decision = cue not in {"closed", "done", "complete", "completed", "finished", "actioned"}
        if doubts(said, action.text) or (decision and not _decided(action.text, title)):
            continue
        reason = f'reported "{match.group().strip()}" under the heading "{title}"; {how}'
        found.append(Finding(action.id, DONE, start, end, reason, f"{title}: {said}", 1))
    return found


_RESPONSE = re.compile(
    r"\b(?:(?:a|an|the|their|his|her)\s+)?(?:\w+\s+)?(?:response|reply|answer)\s+"
    r"(?:has|have|had)\s+(?:now\s+)?been\s+received\s+from\s+(?:the\s+)?(?P<who>[A-Z][\w&'’.-]*"
    r"(?:[ \t]+[A-Z][\w&'’.-]*)*)"
    r"|\b(?:the\s+)?(?P<body>[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*)*)\s+(?:has|have|had)\s+"
    r"(?:now\s+)?"
    r"(?:replied|responded|answered)\b"
)
"""A response received: "A response has been received from Highways", "NCC have replied" (a
name on one line: not a title above it)."""
_ASKS_FOR_RESPONSE = vocabulary("chase ask request enquire inquire contact write email seek query")
_SUMMARY = re.compile(r"\b(?:response|reply|answer|in summary|advises?|advised|states?)\b", re.I)


_PARAGRAPH = re.compile(
    r"[^\n]+(?:\n(?!\s*\n|\s*(?:\d{1,3}[.)]|\(?(?:[a-z]|[ivx]{1,4})\)|[-*•])\s)[^\n]+)*"
)
"""A paragraph: lines up to a blank line or the next item of a list ("2.", "b)", "(ii)")."""
_OURS = re.compile(
    r"(?:(?:Parish|Town|the)\s+)?(?:Clerk|Chair|Chairman|Secretary|Council|Committee|Board)\b"
    r"|(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\b",
    re.I,
)
"""Who answers for the meeting itself: what they replied was sent, not received."""


def _response_passages(text: str) -> Iterator[tuple[int, int, int, str]]:
    """(start of the response sentence, its end, end of its summary, who responded) of each
    response received in `text`; the summary is the sentences after it in its paragraph that
    go on about it, up to a new request."""
    for paragraph in _PARAGRAPH.finditer(text):
        sentences = split_sentences(text, paragraph.start(), paragraph.end())
        for number, sentence in enumerate(sentences):
            said = text[sentence.start : sentence.end]
            match = _RESPONSE.search(said)
            if not match or doubts(said[: match.end()]) or goes_on(said):
                continue
            end = sentence.end
            for following in sentences[number + 1 :]:
                more = text[following.start : following.end]
                if not _SUMMARY.search(more) or re.search(r"\basked\b|\bto\s+respond\b", more):
                    break
                end = following.end
            who = match.group("who") or match.group("body") or ""
            if _OURS.match(who):
                continue  # "The Clerk had responded to Mr and Mrs Lockwood": a reply sent
            yield sentence.start, sentence.end, end, who


def responses_received(text: str, index: Index) -> list[Finding]:
    """A response received and what it says: done for each open action that asked for a
    response (chase, ask, request, contact ...) and whose own words or item heading the
    response shares two separate distinctive words with; each such action, as one response
    often answers several chases. So too for an action to get in touch with the one who
    responded (`_from_addressee`); not a response about another matter (`_other_matter`)."""
    asking = [a for a in index.actions if action_verb(a.text) in _ASKS_FOR_RESPONSE]
    if not asking:
        return []
    found: list[Finding] = []
    heads = titles(text)
    for start, end, summary_end, who in _response_passages(text):
        passage = text[start:summary_end]
        names = concepts(passage)
        sharing = {
            c.action.id: c.shared
            for c in index.candidates(passage)
            if independent(c.shared, names) >= 2
        }
        title = next((title for at, title in reversed(heads) if at < start), "")
        for action in asking:
            shared = sharing.get(action.id) or _from_addressee(index, action, who, passage, title)
            if not shared or goes_on(passage, action.text) or _other_matter(index, action, passage):
                continue
            shares = ", ".join(sorted(shared.values(), key=str.lower))
            reason = f"a response received from {who}; it speaks of: {shares}"
            note = " ".join(text[start:end].split())
            found.append(Finding(action.id, DONE, start, summary_end, reason, note, 1))
    return found


_SUBJECT = re.compile(
    r"\b(?:about|regarding|concerning|re|in\s+respect\s+of)\s+(?:the\s+)?"
    r"(?P<thing>[\w'’-]+(?:\s+(?!(?:on|in|at|of|for|to|from|by|with|near|along|outside)\b)"
    r"[\w'’-]+){0,2})",
    re.I,
)
"""What a response says it is about, up to a place or a preposition ("about the gully",
"regarding the footpath on Church Street": the footpath)."""


def _other_matter(index: Index, action: OpenAction, passage: str) -> bool:
    """Whether a response says it is about something none of the action's words name ("a
    reply from the County Council about the footpath on Church Street" for "Write to the
    County Council about the blocked gully on Church Street")."""
    subject = _SUBJECT.search(passage)
    return subject is not None and not index.shared(action, subject.group("thing"))


def _from_addressee(
    index: Index, action: OpenAction, who: str, passage: str, title: str
) -> dict[str, str]:
    """The words a response shares with an action to get in touch with the one who
    responded ("A reply had been received from the County Council about the gully" for
    "Write to the County Council about the gully"): besides the responder, a distinctive
    word of what the action was about, in the response or in the title of its item; {} when
    the responder is not the action's or nothing else is shared."""
    if not _awaited_from(index, action, who):
        return {}
    theirs = set(words(who))
    about = {s: w for s, w in index.shared(action, f"{title} {passage}").items() if s not in theirs}
    return about and {**index.shared(action, who), **about}


_WHO = (
    r"(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w&'’-]*)*"
    r"|the\s+[a-z]+(?:\s+[a-z]+)?"
)
"""Who a reply is awaited from: a body or an office outside the meeting as much as a person
("the Highways Department", "the Bank of England", "the landlord"), so not the owners'
names of :data:`.lists.NAMES` (people here, joined by "/" or "and")."""
_AWAITED = re.compile(
    r"\b(?i:(?:waiting|awaiting|waits|awaits)\s+(?:for\s+)?(?:(?:a|an|the|any)\s+)?(?:\w+\s+)?"
    r"(?:reply|response|answer|word|news|feedback|confirmation|decision)\s+(?:back\s+)?from"
    r"|(?:waiting|waits)\s+to\s+hear\s+(?:back\s+)?from|still\s+to\s+hear\s+(?:back\s+)?from"
    r"|(?:not|never)\s+(?:yet\s+)?(?:heard|had\s+(?:a|an|any)\s+(?:reply|response|answer))\s+"
    r"(?:back\s+)?from"
    r"|no\s+(?:reply|response|answer|word)\s+(?:had\s+been\s+|has\s+been\s+|was\s+)?"
    r"(?:received\s+)?(?:as\s+yet\s+|yet\s+|to\s+date\s+|so\s+far\s+)?from"
    r"|(?P<chase>chasing|chased|pursuing\s+(?:the\s+matter\s+|this\s+|it\s+)?with))"
    rf"\s+(?P<who>{_WHO})"
    rf"|(?P<body>{_WHO})\s+(?:had|has|have)\s+(?:not\s+(?:yet\s+)?(?:replied|responded|answered"
    r"|got\s+back)|yet\s+to\s+(?:reply|respond|answer|get\s+back))\b"
)
"""A reply awaited from someone: "was waiting for a response from Highways", "had not yet
heard from the landowner", "no reply had been received from BT", "Highways had not replied";
and someone chased ("was chasing the Football Club", "now pursuing the matter with the
Borough Council")."""
_REACHES = vocabulary(
    """write email e-mail contact ask request enquire inquire chase approach speak talk phone
    ring liaise remind query seek invite inform notify tell"""
)
"""Actions to get in touch with someone, which a reply awaited from them speaks of."""


def replies_awaited(text: str, index: Index, skip: set[int] | frozenset[int]) -> list[Finding]:
    """A reply awaited from the one an action was to get in touch with, or that one chased:
    a progress note saying it is not finished ("The Clerk was still waiting for a response
    from Highways" for "Write to Highways about the drain on Church Lane"), never a 'done'.
    The one awaited must be the action's (most of their words in its text), and point to one
    open action (or the sentence's other words to one of those it points to); one chased is
    no sign an action to chase them is unfinished."""
    found: list[Finding] = []
    for unit in units(text, skip):
        sentence = text[unit.start : unit.end]
        for match in _AWAITED.finditer(sentence):
            who = match.group("who") or match.group("body")
            if _OURS.match(who) or REQUEST.search(sentence):
                continue
            reaching = [a for a in index.actions if action_verb(a.text) in _REACHES]
            theirs = [a for a in reaching if _awaited_from(index, a, who)]
            if len(theirs) > 1:
                rest = sentence[: match.start()] + sentence[match.end() :]
                theirs = [c.action for c in index.resolve(rest, theirs)]
            if len(theirs) != 1:
                continue
            action = theirs[0]
            chased = bool(match.group("chase"))
            if chased and action_verb(action.text) == "chase":
                continue
            cue = " ".join(match.group().split())
            reason = f'{"chased" if chased else "a reply awaited"} ("{cue}"), whom it was to reach'
            note = " ".join(sentence.split())
            found.append(Finding(action.id, UPDATE, unit.start, unit.end, reason, note, 1, True))
    return found


def _awaited_from(index: Index, action: OpenAction, who: str) -> bool:
    """Whether `who` is one the action was to get in touch with: most of their distinctive
    words are the action's own ("the Police Traffic Division" for "the Traffic Division of
    the local Police")."""
    theirs = distinctive(words(who))
    shared = [s for s in theirs if s in index.words[action.id]]
    return bool(shared) and 2 * len(shared) >= len(theirs)


_BODY = (
    r"(?:working\s+(?:group|party)|task(?:\s*-\s*|\s+)?(?:force|group)|sub-?committee"
    r"|steering\s+group|focus\s+group|panel)"
)
_FORM = (
    r"(?:form|set\s+up|establish|create|convene|appoint|forming|setting\s+up|establishing"
    r"|creating|convening|appointing)"
)
_NOT_FORMED = re.compile(
    rf"\b(?:(?:should|would|will|shall|need|needs|needed|did)\s+not(?:\s+to)?|not\s+to"
    rf"|decided\s+against|rather\s+than|instead\s+of|no\s+need\s+to)\s+{_FORM}\s+"
    rf"(?:(?:a|an|the|any|another)\s+)?(?P<before>(?:[\w-]+\s+){{0,3}}?)(?P<body>{_BODY})\b"
    rf"(?P<after>\s+(?:on|for|about|regarding|to\s+look\s+at)\s+[^,.;]+)?"
    rf"|(?:the|a|any)\s+(?P<before2>(?:[\w-]+\s+){{0,3}}?)(?P<body2>{_BODY})\s+"
    r"(?:(?:was|were|had\s+been|has\s+been|would\s+be|will\s+be)\s+(?:now\s+)?"
    r"(?:disbanded|stood\s+down|dissolved|wound\s+up)"
    r"|(?:would|will|was|is)\s+not\s+(?:now\s+)?be\s+(?:formed|set\s+up|established"
    r"|convened|needed|required))\b",
    re.I,
)
"""A body the meeting decided not to form, or disbanded: "agreed not to set up a working
party", "rather than forming a small working group", "the task group was stood down"."""
_MERE = vocabulary("small new separate further formal informal its own")


def _kind_of(body: str) -> str:
    """A body's kind, 'working group' and 'working party' alike."""
    lowered = re.sub(r"[\s-]+", " ", body.lower())
    return "working group" if lowered.startswith("working") else lowered


def bodies_not_formed(text: str, index: Index) -> list[Finding]:
    """A body the minutes say will not be formed (or was disbanded): dropped, each open action
    of the latest meeting whose own words name a body of that kind ("nominate people for the
    working group", "organise the working group"); when the sentence says what the body was
    for ("a working party on the playground"), only actions sharing a word of that."""
    found: list[Finding] = []
    for line in lines_of(text):
        for sentence in split_sentences(text, line.cstart, line.cend):
            said = text[sentence.start : sentence.end]
            match = _NOT_FORMED.search(said)
            if not match:
                continue
            body = match.group("body") or match.group("body2")
            qualifier = " ".join(
                w
                for w in (match.group("before") or match.group("before2") or "").split()
                + (match.group("after") or "").split()
                if w.lower() not in _MERE
            )
            kind = _kind_of(body)
            naming = [
                a
                for a in index.actions
                if any(_kind_of(m.group()) == kind for m in re.finditer(_BODY, a.text, re.I))
                and (not distinctive(words(qualifier)) or index.shared(a, qualifier))
            ]
            latest = max((a.meeting_date for a in naming if a.meeting_date), default=None)
            reason = f'reported not to be formed ("{match.group().strip()}")'
            note = " ".join(said.split())
            found += [
                Finding(a.id, DROPPED, sentence.start, sentence.end, reason, note, 1)
                for a in naming
                if a.meeting_date == latest
            ]
    return found


_ATTENDANCE = re.compile(
    r"^[ \t>*_#-]*(?:attend(?:ing|ees|ance)?|present|in\s+attendance|also\s+present|participants"
    r"|guests?|visitors?)\b[^:\n]{0,20}:[*_\s]*(?P<names>\S[^\n]*)$"
    r"|\(\s*guests?\s*:\s*(?P<guest>[^)\n]+)\)",
    re.I | re.M,
)
"""Who attended: a line "Attending: ...", "Present: ...", "Guests: ...", or "(guest: Name)"
after an item's title."""
_INVITE = re.compile(r"\binvit(?:e|es|ing)\b(?P<whom>[^.;\n]*)", re.I)
_PERSON = re.compile(r"\b[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)+")
_TO_US = re.compile(
    r"\bto\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:meeting|committee|group|board|call|forum|panel)"
    r"|\bto\s+(?:join|attend|engage|speak|present|talk|discuss|meet)\b",
    re.I,
)
"""What the invitation was to: this body or its meetings (not "to the opening of the park")."""


def invitees_present(text: str, index: Index) -> list[Finding]:
    """An action to invite someone named to the meeting or the group ("Invite the Maintainer
    lead, Jose Muriel, to engage with the group"), done when the next minutes list that person
    as attending or as a guest ("Attending: ..., Jose Niño Muriel (guest)"): every part of the
    name on one line of attendance, in order."""
    lists = [m for m in _ATTENDANCE.finditer(text)]
    if not lists:
        return []
    found: list[Finding] = []
    for action in index.actions:
        invite = _INVITE.search(action.text)
        if not invite:
            continue
        whom = invite.group("whom")
        for person in _PERSON.finditer(whom):
            rest = whom[person.end() :]
            if (rest.strip(" ,") and not _TO_US.search(rest)) or all(
                is_word(w) for w in person.group().split()
            ):
                continue  # another occasion; or a body ("Parish Council"), not a person
            for line in lists:
                names = line.group("names") or line.group("guest") or ""
                if _named_in(person.group().split(), names):
                    start, end = line.span()
                    reason = f'invited, and listed as attending ("{person.group()}")'
                    found.append(Finding(action.id, DONE, start, end, reason, line.group().strip()))
                    break
    return found


def _named_in(parts: list[str], names: str) -> bool:
    """Every part of a name in `names`, in order (a middle name between: "Jose Niño Muriel")."""
    pattern = r"\b" + r"\b(?:\s+\S+){0,2}?\s+\b".join(re.escape(p) for p in parts) + r"\b"
    return bool(re.search(pattern, names))
