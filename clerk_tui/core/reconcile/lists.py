"""Old actions restated in lists with their status: a checklist item ("- [x] ..."), a status
at the end of the line ("... (done)", "... Status: Complete") or first ("3. Completed: ..."), a
status or note on the line under it, or the status of the heading over the list ("Completed:",
"Abandoned (funding not available):"). Each reading is a `Row`, which `tables` matches to an
open action and reads as it reads a row of an action table.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from clerk_tui.core.parse.actions.lexicon import is_word
from clerk_tui.core.parse.layout import BOX_TICKS, TICKS, Line, indent, marker
from clerk_tui.core.reconcile.grammar import BODIES
from clerk_tui.core.reconcile.places import NUMBER
from clerk_tui.core.reconcile.words import vocabulary


@dataclass(frozen=True)
class Row:
    """One line (or a few) read as a row of an action log: its cells by role ("text", "ref",
    "status", "note", "owner", ...)."""

    line: Line
    cells: dict[str, str]
    reviewed: bool
    """Its table has a status, notes or revised date column: rows report on actions."""
    headed: bool = True
    """Under a header row (not a lone row read by its status cell)."""
    covers: tuple[int, ...] = ()
    """Other lines it fills: the line restating the action when the status is on the line
    below it, the lines a restated action and its note wrap onto."""
    noted: bool = False
    """Its note is a sentence of the minutes (not a status cell), read as prose is."""
    parent: int | None = None
    """The line restating the action, for a note nested under it: of several notes under
    one action, the last that says something is the latest."""
    wrapping: str = ""
    """The note's line, when it may be the action's text wrapped onto the next line; the work
    joined on after a status in brackets, which may be the action's too."""
    closing: bool = False
    """Its note ends in a status ("... Haney relaxation. _Action closed_"): the status is what
    the review says of the action, the note before it a remark."""


_CHECKBOX = re.compile(
    rf"^\s*(?:[-*+•]\s*)?(?:\[(?P<box>[ {BOX_TICKS}])\]|(?P<tick>[{TICKS}])|(?P<empty>[☐⬜])"
    r"|(?P<mark>[❌✗✘⏳]))\ufe0f?\s+(?P<text>\S.*)$"
)
"""A checklist item: a box ticked or not ("- [x]", "☑", Word's "☒", "✔️"), or marked not done
("❌", "✗") or under way ("⏳")."""
_MARKS = {"⏳": "In progress"}
_REMARK = re.compile(r"(?P<task>(?:\S+\s+){3,}?\S+)\s+[–—-]\s+(?P<remark>[^–—]+)$")
"""A remark after a dash closing a checklist item, read as a note on the task."""


def checkbox(line: Line, content: str, listing: str | None) -> Row | None:
    """A checklist item: ticked ("- [x] Prepare minutes", "☑ ...") it reports the task done,
    unless a status after it says otherwise ("- [x] ... - carried forward") or the list it is
    in does ("Abandoned:", "Still outstanding:"); unticked ("- [ ] ...") it only repeats it (a
    task carried or set again, never a status), or takes the status of a list of open or
    dropped actions."""
    match = _CHECKBOX.match(content)
    if not match:
        return None
    ticked = bool(match.group("tick")) or (match.group("box") or " ") != " "
    said = match.group("text").strip()
    trailing = _TRAILING_STATUS.match(said)
    note = ""
    if trailing:
        said, note = trailing.group("text"), _trailing_status(trailing)
    else:
        remark = _REMARK.match(said)
        if remark and not only_names(remark.group("remark")):
            # "- [x] Ana to organise the meetings – one held in October"; "- [x] Draft the
            # rota – Ana" ends with its owner, no remark
            said, note = remark.group("task"), remark.group("remark")
    cells = _restated(said, {"note": note} if note else {})
    if match.group("mark"):
        cells["status"] = _MARKS.get(match.group("mark"), "Not done")
    elif ticked or (listing or "").startswith(("Dropped", "Outstanding")):
        cells["status"] = listing or "Done"  # a tick under "Abandoned" is no "done"
    elif note:
        cells = {**cells, "status": note, "note": ""}
    reviewed = "status" in cells
    return Row(line, {k: v for k, v in cells.items() if v}, reviewed, headed=False)


STATUS_WORDS = (
    r"(?:done|complete[d]?|closed|actioned|carr(?:y|ied)\s+(?:forward|over)|c/f|ongoing|on-going"
    r"|in\s+progress|open|outstanding|pending|deferred|on\s+hold|superseded(?:\s+by\s+[^_*\])]+?)?"
    r"|time\s+expired|no\s+longer\s+(?:relevant|required|needed)|not\s+(?:yet\s+)?(?:done|started"
    r"|complete[d]?)|cancell?ed|withdrawn|dropped)"
)
"""The words an action review gives as an action's status."""
_TRAILING_STATUS = re.compile(
    rf"^(?P<text>.*?\S)\s*(?:(?P<mark>\*\*|__|\*|_)(?:action\s+)?(?P<s1>{STATUS_WORDS})\.?(?P=mark)"
    rf"|\[(?P<s2>{STATUS_WORDS})\]|\((?P<s3>{STATUS_WORDS}(?:[,;:]\s[^()]*)?)\)"
    rf"|(?:\s[-–—]|\s?:|\s[-=]>|\s→)\s*(?P<s4>(?:{STATUS_WORDS}|still|awaiting|waiting|in\s+hand)\b[^–—]*?)"
    rf"|(?<=[.!?])\s+(?:action\s+)?(?P<s5>{STATUS_WORDS})(?:\s*[:\-–—]\s*[^\s:.!?][^:.!?]{{0,40}}?)?"
    rf"|[.;,]?\s+(?:\*\*|__)?status(?:\*\*|__)?\s*[:\-–—]\s*(?P<s6>[^:]+?)"
    rf"|\s(?P<s7>[{TICKS}])\ufe0f?)\s*\.?\s*$",
    re.I,
)
"""An action restated with its status at the end: "2.1 Matt to check the issues. _Closed_",
"... _Action closed_", "... Action closed.", "... (carry forward)", "... – done", "...: done",
"... -> done", "... ✅", "... [Superseded by Action 4.1]", "... (Done, see the wiki)", "...
Closed.", "... Done: #123", or
after a dash a note opening with one ("ED to move the reserves – Complete", "FE to sign the
register - still in progress, to be completed by the next meeting"), or after a label
"Status:" anything ("... the footpath. Status: awaiting a reply")."""
_WHO = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
NAMES = rf"{_WHO}(?:\s*(?:[/&,]|\band\b)\s*{_WHO})*"
"""One or more names, joined by "/", "&", "," or "and" ("Hedong/Mike", "Eric and Ben")."""
OWES = r"(?:to|will|shall|should)"
"""What follows an owner's names leading a task: "Bea to", "Eric and Ben will"."""
_OWNER_LEAD = re.compile(
    rf"^(?:[A-Z][\w.'’-]*(?:\s*[/&,]\s*[A-Z][\w.'’-]*)*\s*:\s*"
    rf"|{NAMES}\s+{OWES}\s+(?=[a-z]))"
)
"""The owner leading an action restated: "Hedong/Mike to", "Pat Doyle to", "Eric and Ben
will", "OR:"."""
NUMBER_LEAD = re.compile(rf"^(?P<ref>{NUMBER})[.:)]?\s+(?=\S)")
_ACTION_LABEL = re.compile(r"^(?:action(?:\s+point)?s?\s*[:\-–—]\s*)", re.I)
_OWNER_TRAIL = re.compile(
    r"\s*(?:[(\[]\s*[A-Z][\w.'’ -]*(?:\s*[/&,]\s*[A-Z][\w.'’ -]*)*\s*[)\]]"
    r"|[-–—]\s*[A-Z]{2,4}(?:\s*[/&,]\s*[A-Z]{2,4})*)\s*\.?$"
)


_LINK = re.compile(r"\[([^\[\]]+)\]\([^()\s]*\)")
"""A Markdown link ("[Alter the rules on the website](https://.../issues/466)"): web minutes
restate an action as a link to its issue; the words are the link's text."""


def _restated(said: str, cells: dict[str, str]) -> dict[str, str]:
    """`cells` with the number and the text of an old action as a review restates it (a link's
    text, not its address), without the owner who leads it ("2.3 Hedong/Mike to check ...")
    or trails it ("... (OR)"), whom it keeps as 'by' (with one before a dash: "Kim – ...")."""
    said = _ACTION_LABEL.sub("", _LINK.sub(r"\1", said).strip(" -–—:"))
    number = NUMBER_LEAD.match(said)
    if number and re.search(r"\d", number.group("ref")):
        if not _ORDINAL.match(said):
            cells["ref"] = number.group("ref")
        said = _ACTION_LABEL.sub("", said[number.end() :])
    lead = _OWNER_LEAD.match(said) or _DASH_LEAD.match(said)
    trail = _OWNER_TRAIL.search(said) or _owner_after_dash(said)
    who = lead.group() if lead else trail.group() if trail else ""
    by = _DOER_WORDS.sub("", who).strip(" ()[]:.-–—")
    if by and _names_someone(by):
        cells["by"] = by
    cells["text"] = _OWNER_LEAD.sub("", said[: trail.start()] if trail else said).strip()
    return cells


_NAME_TRAIL = re.compile(rf"\s+[-–—]\s*(?P<name>{NAMES})\s*\.?$")


def _owner_after_dash(said: str) -> re.Match[str] | None:
    """An owner named after a dash closing an item ("Draft the rota – Ana Kirk", "... - Jo/Sam"),
    not a remark ("... – Printing")."""
    match = _NAME_TRAIL.search(said)
    return match if match and _names_someone(match.group("name")) else None


_DASH_LEAD = re.compile(rf"^{_WHO}\s+[-–—]\s+(?=\S)")
"""A name before a dash opening an item ("Kim – newsletter to the printer"): its owner, or a
topic; the item's text keeps it."""
_DOER_WORDS = re.compile(rf"\s+{OWES}\s*$")


def _names_someone(who: str) -> bool:
    """Whether the words leading or trailing an item name people or a role ("Kim", "Hedong/
    Mike", "Clerk"), not a topic ("Newsletter – ...", "Fence:")."""
    return all(w.lower() in BODIES or not is_word(w) for w in re.findall(r"[A-Za-z]+", who))


def only_names(remark: str) -> bool:
    """Whether a remark after a dash is only a name, its owner's ("Ana", "PK / Jo")."""
    return len(remark.split()) <= 3 and _names_someone(remark.strip(" ."))


_ORDINAL = re.compile(r"\d{1,2}[.)]\s")
"""A list's own numbering ("3. Completed: ...", "2) Clerk to ..."): the entry's place in the
list, not the old action's number, which a review gives with a point, a stroke or letters
("3.1", "12/03", "A7") or in a column of its own."""


def _trailing_status(match: re.Match[str]) -> str:
    """The status a `_TRAILING_STATUS` match found (a tick: 'Done')."""
    if match.group("s7"):
        return "Done"
    return next(
        match.group(g) for g in ("s1", "s2", "s3", "s4", "s5", "s6") if match.group(g)
    ).strip()


_STRUCK = re.compile(r"^\s*(?:[-*+•]\s*|\d{1,2}[.)]\s*)?~~(?P<text>[^~]+?)~~\s*(?P<rest>.*)$")


def struck(line: Line, content: str) -> Row | None:
    """An old action struck through in a list of the last actions ("- ~~Ana: book the hall~~"),
    the way Markdown minutes mark one done; what follows the stroke is a note on it."""
    match = _STRUCK.match(content)
    if not match:
        return None
    rest = match.group("rest").strip(" -–—:()")
    cells = _restated(match.group("text"), {"status": "Done", **({"note": rest} if rest else {})})
    return Row(line, cells, True, headed=False) if len(cells["text"].split()) >= 2 else None


def status_line(line: Line, content: str) -> Row | None:
    """An old action restated in a review list with its status at the end of the line
    ("- 2.3 Hedong/Mike to check whether NEMO can flag dry cells. _Carry forward_"), or in
    brackets before more work (`_STATUS_THEN_MORE`): its number, its text without the owner
    who leads it, and the status."""
    match = _TRAILING_STATUS.match(content)
    if not match:
        more = _STATUS_THEN_MORE.match(content)
        if not more:
            return None  # else "Gather the photos (done) and write a post": photos gathered
        cells = _restated(more.group("text"), {"status": more.group("status")})
        return Row(line, cells, True, headed=False, wrapping=more.group("more"))
    cells = _restated(match.group("text"), {"status": _trailing_status(match)})
    return Row(line, cells, True, headed=False) if len(cells["text"].split()) >= 2 else None


_STATUS_THEN_MORE = re.compile(
    rf"^(?P<text>(?:\S+\s+){{2,}}?\S+?)\s*\((?P<status>{STATUS_WORDS})\)\s*,?\s+"
    rf"(?P<more>(?:and|then|&)\s.*\S)\s*$",
    re.I,
)
"""An action restated with its status in brackets, then more work joined on ("Gather the
photos (Done) and write a post"): the status is the words' before it, unless the action
asked for the more work too (the words after are then its own, `Row.wrapping`)."""


_MARK = r"(?:`|\*\*|__|\*|_|\[)"
_DATED = (
    r"(?:\s*\(?(?:on\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?(?:\s+\d{4})?"
    r"|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{4}-\d\d-\d\d"
    r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?)\)?)?"
)
"""A date a status may carry before the action ("`done` 5th Jan 2022 : ...", "Done (12/3) -")."""
_REF_LABEL = r"(?:ref|min|minute)\.?\s+"
"""A label before an action's or a minute's number ("Ref 45/24", "Min. 45/24")."""
_LEADING_STATUS = re.compile(
    rf"^(?:{_REF_LABEL}(?=\d))?(?:(?P<ref>{NUMBER})[.:)]?\s+)?(?:[-–—:]\s*)?"
    rf"(?:action\s+)?(?P<mark>{_MARK})?(?P<status>{STATUS_WORDS})"
    rf"(?![^\W_]|-)(?(mark)(?:`|\*\*|__|\*|_|\]))(?P<dated>{_DATED})(?P<rest>.*)$",
    re.I,
)
_CELL_BREAK = re.compile(r"^\s*(?:\t+|\s{2,}|\s*\|\s*|\s+[-–—]\s+|\s*:\s+)")


def status_first(line: Line, content: str) -> Row | None:
    """A status then the old action, as a table pasted without its header with the status
    column first ("DONE <tab> Book the hall for the quiz night (Clerk)", "Complete – circulate
    the budget", marked, in capitals or dated: "`done` 5 Jan 2022 : Set up the rota", "DONE Ana
    to book the hall"), or a numbered list
    giving each entry's status first ("3. Completed: Boris to plan the salary run"); or an
    action's number then its status ("3.1 Completed.", "2.4 Done – letter sent 12 May"), a
    number with a point, a stroke or letters (not an item's "3"), labelled or not ("Ref 45/24 –
    Action closed", "Min. 45/24: complete")."""
    match = _LEADING_STATUS.match(content)
    if not match:
        return None
    ref, rest = match.group("ref"), match.group("rest")
    marked = match.group("mark") or match.group("status").isupper()  # "**Done**", "DONE"
    cut = _CELL_BREAK.match(rest) or (marked and re.match(r"\s+", rest))
    if match.group("dated") and not cut:
        return None  # "Done 5 May" and no break: a note, not a status before an action
    if ref and re.search(r"\d[./]\d|[A-Za-z]", ref) and not match.group("dated"):
        status = content[match.start("status") :].strip()
        return Row(line, {"ref": ref, "status": status}, True, headed=False)
    if not cut:
        return None
    cells = _restated(rest[cut.end() :], {"status": match.group("status")})
    return Row(line, cells, True, headed=False) if len(cells["text"].split()) >= 3 else None


_BELOW = re.compile(
    rf"^(?:(?P<label>status|progress|outcome|update)\s*[:\-–—]\s*|action\s+)?"
    rf"(?P<status>{STATUS_WORDS}|still|awaiting|waiting|in\s+hand|(?:\[[{BOX_TICKS}]\]|[{TICKS}])\s*$)"
    rf"(?![\w-])[\s.,;:\-–—)]*(?P<note>.*)$",
    re.I,
)
"""A line that is only a status, perhaps with a note: "done, live since 10 June", "Status:
Complete", "- DONE", "Action closed.", "not done yet, carry forward", "[x]"."""


def nests(text: str, lines: Sequence[Line], line: Line) -> bool:
    """Whether the next line that is not blank is indented under `line`."""
    following = next((n for n in lines[line.index + 1 :] if not n.blank), None)
    return following is not None and indent(text, following) > indent(text, line)


def _parent(text: str, line: Line, recent: list[Line], status: re.Match[str] | None) -> Line | None:
    """The line a line is nested under: the nearest line above it of less indent within a few
    lines (past its siblings); else, for a `status`, the line just above when this one is a
    bullet and that one is not, or when the status is labelled ("Status: Complete")."""
    own = indent(text, line)
    for candidate in reversed(recent):
        if line.index - candidate.index > NESTED_REACH:
            break
        if indent(text, candidate) < own:
            return candidate
    above = recent[-1] if recent else None
    if above is not None and line.index - above.index <= 2 and _quoted(text, above, line):
        return above
    if status is None or above is None or line.index - above.index > 1:
        return None
    marked = line.cstart > line.start + own and above.cstart == above.start
    return above if status.group("label") or marked else None


def _quoted(text: str, above: Line, line: Line) -> bool:
    """Whether `above` is quoted ("> Ana to book the hall") and `line` not: a review quoting
    an old action, its report the paragraph after the quote."""
    return text[above.start : above.cstart].lstrip().startswith(">") and not text[
        line.start : line.cstart
    ].lstrip().startswith(">")


NESTED_REACH = 8
"""How many lines up a nested note may sit below the line it is under."""


def _wraps(text: str, line: Line, following: Line) -> bool:
    """Whether `following` goes on the sentence of `line`, wrapped: the next line, with no
    bullet and a small letter first, and `line` not ended."""
    return (
        following.index == line.index + 1
        and not marker(text, following)
        and text[following.cstart : following.cstart + 1].islower()
        and text[line.cend - 1 : line.cend] not in (".", "!", "?", ":", ";", ")")
    )


def under_entry(
    text: str, line: Line, content: str, recent: list[Line], listing: str | None
) -> Row | None:
    """A note nested under a line that restates an old action: its status ("* OR to publish
    the statement" then "  * done, live since 10 June"; "3.2 Write to the Trust" then
    "Status: Complete" or "- DONE"), or what became of it ("  - Published on 10 June")."""
    match = _BELOW.match(content)
    above = _parent(text, line, recent, match)
    if above is None:
        return None
    said = text[above.cstart : above.cend]
    if _BELOW.match(said):
        return None
    wrapped = [
        v
        for w, v in zip(recent, recent[1:], strict=False)
        if above.index <= w.index and _wraps(text, w, v)
    ]
    said = " ".join([said, *(text[v.cstart : v.cend] for v in wrapped)])
    box = _CHECKBOX.match(said)
    said = box.group("text") if box else said
    if match is None:
        ordinal = _ORDINAL.match(content)
        note = content[ordinal.end() :] if ordinal else content
        cells, noted = {"note": note, **({"status": listing} if listing else {})}, True
    elif match.group("status")[0].isalpha():
        cells, noted = {"status": content[match.start("status") :]}, False
    else:  # a tick
        cells, noted = {"status": f"Done {match.group('note')}".strip()}, False
    cells = _restated(said, cells)
    if len(cells["text"].split()) < 3:
        return None
    span = Line(line.index, above.start, line.end, above.cstart, line.cend, False)
    covers = (above.index, *(w.index for w in wrapped))
    wraps = _wraps(text, recent[-1], line) if recent else False
    return Row(span, cells, True, False, covers, noted, above.index, content if wraps else "")


_LIST_WORDS = vocabulary(
    """the following action actions item items point points task tasks from of previous last
    meeting meetings minutes were are have has had been that since and"""
)
_LIST_DONE = vocabulary("completed complete closed done finished discharged")
_LIST_OPEN = vocabulary(
    "outstanding open ongoing remaining remain still carried forward progress in not yet"
)
_LIST_DROPPED = vocabulary(
    "abandoned dropped cancelled canceled withdrawn superseded no longer required needed"
)
HEADING = re.compile(r"#{1,6}\s.*|(\*\*|__)[^*_]+\1:?|[A-Z][^.!?:]{0,60}:")
"""A line that heads what follows: Markdown, in bold, or a few words ending in a colon."""
_ASIDE = re.compile(r"\([^()]*\)")
"""A remark in brackets beside a heading ("Done (from previous minutes)", "Abandoned
(funding not available)"): why, or since when; never the status itself."""


_KEYED = re.compile(rf"\W*(?:{_REF_LABEL})?\d+[./]\d", re.I)
"""A line opening with an action's or a minute's number ("45/24 - Action complete", "3.1 Done"):
that one's status, heading no list."""


def list_status(text: str, line: Line, content: str, nesting: bool = False) -> str | None:
    """The status a heading or a lead-in gives every action listed under it, when it says
    nothing else but a remark in brackets ("Completed actions", "The following actions from
    the last meeting were completed:", "### Done (from previous minutes)", "Outstanding
    actions:", "Abandoned (funding not available):"): 'Done', 'Outstanding' ('not' makes it
    outstanding) or 'Dropped', with the remark. A bullet heads a list only when `nesting`
    one ("* Abandoned (funding not available)" over indented items); else "- done" is one
    action's status."""
    bullet = bool(marker(text, line))
    if bullet and not nesting or _KEYED.match(content):
        return None
    said = set(re.findall(r"[a-z]+", _ASIDE.sub(" ", content).lower()))
    known = _LIST_WORDS | _LIST_DONE | _LIST_OPEN | _LIST_DROPPED
    if not said or len(said) > 12 or not said <= known:
        return None
    headed = bullet or content.endswith(":") or re.match(r"#|\*\*|__", content)
    if not (said & _LIST_WORDS or headed):
        return None  # a bare "Done" is a status, not a heading
    if said & _LIST_DROPPED and not said & {"not", "still"}:
        status = "Dropped"
    elif said & _LIST_OPEN or said & _LIST_DROPPED:
        status = "Outstanding"
    elif said & _LIST_DONE:
        status = "Done"
    else:
        return None
    aside = _ASIDE.search(content)
    return f"{status} {aside.group()}" if aside else status


def listed(line: Line, content: str, status: str) -> Row | None:
    """An action restated in a list under a heading giving its status (`list_status`)."""
    cells = _restated(content, {"status": status})
    return Row(line, cells, True, headed=False) if len(cells["text"].split()) >= 3 else None


_NOTE_BREAK = re.compile(
    r"(?<=[.!?])\s+(?=[A-Z\d])|\s+[-–—]\s+|;\s+|(?<=[\w)]):\s+(?=\S)|\s+\((?=[^)]{3,}\)\W*$)"
)
"""Where a note may follow an action restated in a review ("... the towpath. Held on 16
March", "... – letter sent 1 March", "...: merged in #45", "... (quotes received)")."""


def noted_rows(text: str, entry: list[Line]) -> list[Row]:
    """An entry of a review of the last actions split, at each place a note may start, into an
    action restated and the note after it (and the status closing that note, "9.1 Matt to
    check the branches. For those at the Met Office too. _Action closed_"): the ways to read
    it, the earliest break first;
    last, the entry whole, an action restated with no note (it is still there to do)."""
    content = " ".join(text[line.cstart : line.cend] for line in entry)
    first, last = entry[0], entry[-1]
    line = Line(first.index, first.start, last.end, first.cstart, last.cend, False)
    covers = tuple(line.index for line in entry[1:])
    found = []
    for cut in list(_NOTE_BREAK.finditer(content))[:3]:
        note = content[cut.end() :].strip(" .)")
        cells = _restated(content[: cut.start()], {"note": note})
        closing = _TRAILING_STATUS.match(note)
        if closing:  # a status closing the entry's last line, wrapped under the action
            cells.update(note=closing.group("text"), status=_trailing_status(closing))
        if note and len(cells["text"].split()) >= 3:
            found.append(Row(line, cells, True, False, covers, noted=True, closing=bool(closing)))
    cells = _restated(content.strip(" ."), {})
    if len(cells["text"].split()) >= 3:
        found.append(Row(line, cells, False, headed=False, covers=covers, noted=True))
    return found
