"""People listed with no attendance heading: a role and its holder on a line ("Minute taker:
John Foster"), a column of names under the title, bullets of names, prose lists ("Apologies
were received from ...") and the speakers of a programme's timed slots."""

from __future__ import annotations

import bisect
import re
from itertools import islice

from ..keywords import holds_any, scan
from ..layout import Line, marker, split_sentences
from .entries import Entry, is_role_phrase, read_entry, singular_role
from .finder import PeopleFinder
from .list_heads import APOLOGIES, PRESENT, is_table_rule, list_marker
from .list_names import name_pairs, read_line, read_list, role_then_next_name
from .offices import add_initials, known_name
from .words import (
    EMOJI,
    HONORIFICS,
    INITIALS_RE,
    is_given_name,
    is_stop_word,
    may_be_given_name,
)

# Lists in prose: "Apologies had been received from ...", "Present were ...".
# Case-insensitive after the first letter, which is a plain character set (a fast scan;
# "İ" and "ı" match "i" case-insensitively) that each alternative checks by look-behind.
_LIST_PROSE_RE = re.compile(
    r"[aArRnNwWiIİıpP](?<!\w[aArRnNwWiIİıpP])(?i:(?<=a)pologies(?:\s+for\s+absence)?\s+"
    r"(?:were|was|had\s+been|have\s+been)\s+(?:received|noted|given|tendered)"
    r"(?:\s+and\s+(?:accepted|noted|approved))?\s+(?:from|by)"
    r"|(?:(?<=r)eceived|(?<=n)oted)\s+apologies(?:\s+for\s+absence)?\s+from"
    r"|(?<=a)pologies\s+from|(?:(?<=w)elcomed|(?<=i)ntroduced)\s+(?:new\s+)?"
    r"(?:[Mm]embers\s+)?including|(?<=p)resent\s+were|(?<=a)ttending\s+were"
    r"|(?<=w)elcome(?:d|s)?(?:\s+new\s+(?:members|volunteers))?(?=\s+[A-Z][a-z]+,))\s+"
)
# The end of the person in a prose list: "Tom Foy (TF) who was unavoidably detained".
_PROSE_TAIL_RE = re.compile(
    r"\s+(?:who|whose|as|because|due|owing|since|for|on|at|to)\s.*$|\s+-\s.*$", re.S
)
# "Minute taker: John Foster" on a line of its own.
_ROLE_COLON_RE = re.compile(
    rf"(?:{EMOJI})*[*_]*(?P<role>[A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){{0,4}})[*_]*[ \t]*:[*_]*"
    r"[ \t]*(?P<name>.+)"
)
# "Chair – Pam Bryan", "Minutes - KS – Kay Shaw": a role or a duty, a dash, who holds it.
_ROLE_DASH_RE = re.compile(
    r"[*_]*(?P<role>[A-Z][\w’'-]*(?:[ \t]+[A-Za-z][\w’'-]*){0,3})[*_]*[ \t]+[-–—][ \t]+"
    r"(?P<name>\S.*)"
)
# "Chairman Cllr J Huggins.", "Vice Chairman, Mr P Chilvers.": an office, then a titled name
# and nothing more on the line.
_OFFICE_THEN_TITLED_RE = re.compile(
    r"[*_]*(?P<role>(?:[A-Z][\w’'-]*[ \t]+){0,2}[A-Z][\w’'-]*)[*_]*[ \t]*,?[ \t]+"
    r"(?P<name>(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Rev)\.?[ \t]+(?:[A-Z][\w.’'-]*[ \t]*){1,4}?)"
    r"[ \t]*\.?[ \t]*"
)
# One of these is in every line _OFFICE_THEN_TITLED_RE reads (a cheap gate).
_TITLES = ("Cllr", "Councillor", "Mr", "Ms", "Miss", "Dr", "Rev")
# "Vicky Bright – Clerk and 3 members of the public.": a name, a dash, a role.
_NAME_DASH_ROLE_RE = re.compile(
    r"(?:[A-Z][\w.’'-]*[ \t]+){1,3}[A-Z][\w’'-]*[ \t]+[-–—][ \t]+"
    r"(?P<role>[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,3})(?=[ \t]+and\b|[ \t]*[.,;(]|[ \t]*$)"
)
# "Minutes recorded by: **Michael Kirk**", "Minutes were taken by Seth Tisue (secretary)".
_MINUTED_BY_RE = re.compile(
    r"(?:[Mm]inutes|[Nn]otes)\s+(?:were\s+|was\s+)?(?:recorded|taken|written|kept)\s+by\b[\s:*_]*"
)


def role_lines(finder: PeopleFinder) -> None:
    """ "Minute taker: John Foster", "Clerk – Mrs W Gray": a role and a name on one line."""
    text = finder.text
    for by in scan(_MINUTED_BY_RE, text):
        end = text.find("\n", by.end(), by.end() + 200)
        taker = read_list(text, by.end(), end if end >= 0 else by.end() + 200, strict=False)
        if taker and taker[0].strong:
            taker[0].role = taker[0].role or "Minute taker"
            finder.add_entry(taker[0], None)
    for ln in finder.lines:
        if ln.blank or ln.cend - ln.cstart > 160:
            continue
        line = text[ln.cstart : ln.cend]
        if (
            ":" not in line
            and " – " not in line
            and " - " not in line
            and " — " not in line
            and (not holds_any(line, _TITLES) or _OFFICE_THEN_TITLED_RE.fullmatch(line) is None)
        ):
            continue
        if list_marker(text, ln) is not None:
            continue
        # "Chair: Cllr A Lowry    Vice-Chair: Cllr B Dean": pairs apart by tabs or spaces.
        for a, b in _pair_spans(text, ln.cstart, ln.cend):
            entries = _role_and_names(text, a, b)
            for entry in entries:
                finder.add_entry(entry, None)
            if not entries:
                _role_of_someone_listed(finder, a, b)


# "Mara", "MQ", "@mquill": one word, as notes write someone the list named in full.
_ONE_WORD_RE = re.compile(r"[ \t*_]*(?P<who>@?[\w’'-]+)[ \t*_.]*$")


def _role_of_someone_listed(finder: PeopleFinder, a: int, b: int) -> None:
    """ "Facilitator: Mara", "Chair: MQ" under "Attendees: Mara Quill (MQ), ...": a role line
    naming by a first name or initials someone found so far (one person, see
    :func:`.offices.known_name` and :func:`.offices.add_initials`)."""
    text = finder.text
    m = _ROLE_COLON_RE.match(text, a, b)
    if m is None:
        return
    label = m.group("role")
    duty = _DUTY_LABELS.get(label.lower())
    if duty is None and not is_role_phrase(label):
        return
    one = _ONE_WORD_RE.match(text, m.start("name"), b)
    if one is None:
        return
    who = one.group("who")
    if INITIALS_RE.match(who):
        add_initials(finder, one, duty or label)
    elif who[0].isupper() and not is_stop_word(who) and known_name(finder, who):
        finder.add(who, duty or label, one.start("who"), one.end("who"))


_PAIR_SEP_RE = re.compile(r"\t+| {3,}|\s*[;|]\s*")


def _pair_spans(text: str, a: int, b: int) -> list[tuple[int, int]]:
    spans, start = [], a
    for m in _PAIR_SEP_RE.finditer(text, a, b):
        if text[m.start() - 1] == ":" and text[m.start()] in " \t":
            continue  # "Chair:           Andrew Alexander": a label and its value in columns
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, b))
    return [(s, e) for s, e in spans if e - s <= 80]


def _role_and_names(text: str, a: int, b: int) -> list[Entry]:
    """ "Minute taker: John Foster", "Scribes: Aapeli, Nicole", "Contact: Mo Ash 01632 960418",
    "Minutes: Tom Reed" (a Minute taker),
    "Chairman – Cllr J Hale", "Vicky Bright – Clerk and 3 members of the public.": a role
    and the name (or names) of whoever holds it."""
    m = _ROLE_COLON_RE.match(text, a, b)
    if m is not None:
        label = m.group("role")
        duty = _DUTY_LABELS.get(label.lower())
        if not is_role_phrase(label) and label.lower() != "contact" and duty is None:
            return []
        label = duty or label  # "Minutes: Tom Reed": who took them
        end = m.end("name")
        if (cut := _CONTACT_DETAILS_RE.search(text, m.start("name"), end)) is not None:
            end = cut.start()  # "Mo Ash  01632 960418", "Mo Ash, mo.ash@riverside.gov.uk"
        entry = read_entry(text, m.start("name"), end)
        if entry is not None and entry.strong:
            entry.role = label
            return [entry]
        several = read_list(text, m.start("name"), end, strict=True) if entry is None else None
        if several is None or len(several) < 2 or any(e.role for e in several):
            return []
        for e in several:
            e.role = singular_role(label)  # "Scribes: Aapeli, Nicole": each a Scribe
        return several
    dashed = _ROLE_DASH_RE.match(text, a, b)
    if dashed is not None:
        label = dashed.group("role")
        duty = _DUTY_LABELS.get(label.lower())
        if duty is not None or is_role_phrase(label):
            entry = read_entry(text, dashed.start("name"), b)
            if entry is not None and entry.strong and entry.role is None:
                entry.role = duty or label  # "Chair – PB (Pam Bryan)", "Minutes - KS – Kay Shaw"
                return [entry]
    titled = _OFFICE_THEN_TITLED_RE.fullmatch(text, a, b)
    if titled is not None and is_role_phrase(titled.group("role")):
        entry = read_entry(text, titled.start("name"), titled.end("name"))
        if entry is None or not entry.strong:
            return []
        entry.role = titled.group("role")
        return [entry]
    if text.endswith(")", a, b) and len(pieces := role_then_next_name(text, a, b)) == 2:
        b = pieces[0][1]  # "Ann Lee (AL) – Chair Bob Tate (BT)": Ann's role ends at Bob
    dash = _NAME_DASH_ROLE_RE.match(text, a, b)
    entry = read_entry(text, a, dash.end("role") if dash is not None else b)
    if entry is None or not entry.strong or not entry.role or not is_role_phrase(entry.role):
        return []
    return [entry]


# Labels of who did a duty at the meeting, with the role they give: "Minutes: Tom Reed".
_DUTY_LABELS = {"minutes": "Minute taker", "notes": "Note taker", "minuted by": "Minute taker"}

# A telephone number or an email address after a contact's name.
_CONTACT_DETAILS_RE = re.compile(r"[ \t]*,?[ \t]*(?:\(?\+?\d[\d ()-]{5,}|[\w.-]+@[\w-]+\.[\w.]+)")


def name_column(finder: PeopleFinder) -> None:
    """A column of names with no heading under the title ("Michael Wedgeworth (Chairman)",
    "John Fell", ...): three or more lines in a row near the top, each one person's name
    alone (or a row of names run on, "Ann Lee Bob Tate Carl Moss"), most of them starting
    with a known given name or an honorific."""
    text = finder.text
    top = list(islice((ln for ln in finder.lines if not ln.blank), 41))
    pairs = [name_pairs(text, ln.cstart, ln.cend) for ln in top]
    shaped = [
        p is not None or _column_shaped(text[ln.cstart : ln.cend])
        for ln, p in zip(top, pairs, strict=True)
    ]
    # (a name is read only on a line of a run that may make a column: three lines, or a row)
    worth = [False] * len(top)
    k = 0
    while k < len(top):
        end = k
        while end < len(top) and shaped[end]:
            end += 1
        if end - k >= 3 or any(p is not None for p in pairs[k:end]):
            worth[k:end] = [True] * (end - k)
        k = end + 1
    run: list[Entry] = []
    for ln, got, read in zip(top, pairs, worth, strict=True):
        if got is not None:
            run.extend(e for s, t in got if (e := read_entry(text, s, t)) is not None)
            continue
        entry = _column_entry(text, ln) if read else None
        if entry is not None:
            run.append(entry)
            continue
        _take_column(finder, run)
        run = []
    _take_column(finder, run)


def _column_shaped(line: str) -> bool:
    """A line that may be a column's name: short, no comma, two to nine words, all
    capitalised (a cheap test before the name is read)."""
    if len(line) > 80 or "," in line:
        return False
    words = line.split("(", 1)[0].split()
    return 2 <= len(words) <= 9 and all(w[0].isupper() or w == "/" for w in words)


def _column_entry(text: str, ln: Line) -> Entry | None:
    """The person a column's line names (a line :func:`_column_shaped`)."""
    line = text[ln.cstart : ln.cend]
    if is_table_rule(line):
        return None  # the column's head: "Attendee Role", "Name Position"
    second = _second_person(text, ln.cstart, ln.cend)
    entry = read_entry(text, ln.cstart, ln.cend) if second is None else None
    if entry is None or not entry.strong or " " not in entry.name:
        if second is None:
            return None
        entry = read_entry(text, ln.cstart, second[0])
        if entry is None or " " not in entry.name:
            return None
    return entry


# A second person on a column's line: "Davina Hanlon / Alex Rocke"; "Hamish Beaumont (HB)
# (Chair) Martine Botha (MB)", a grid of names two to a line, each with their initials.
_SECOND_RE = re.compile(
    r"[ \t]+/[ \t]+|(?<=\))[ \t]+(?=[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,2}[ \t]*\([A-Z]{2,4}\))"
)


def _second_person(text: str, a: int, b: int) -> tuple[int, int] | None:
    """Where the first person's part of the line ends and the second's starts, if any
    (also after the first's role: "Ann Lee (AL) – Chair Bob Tate (BT)")."""
    m = _SECOND_RE.search(text, a, b)
    if m is not None:
        return m.start(), m.end()
    pieces = role_then_next_name(text, a, b) if text.endswith(")", a, b) else []
    return (pieces[1][0], pieces[1][0]) if len(pieces) == 2 else None


def _take_column(finder: PeopleFinder, run: list[Entry]) -> None:
    if len(run) < 3:
        return
    known = sum(e.titled or is_given_name(e.name.split()[0]) for e in run)
    if 2 * known < len(run):
        return
    text = finder.text
    for e in run:
        finder.add_entry(e, PRESENT)
        line_end = text.find("\n", e.end)
        line_end = line_end if line_end >= 0 else len(text)
        second = _second_person(text, e.end, line_end)
        if second is not None:
            other = read_entry(text, second[1], line_end)
            if other is not None:
                finder.add_entry(other, PRESENT)


def bulleted_names(finder: PeopleFinder) -> None:
    """Bullets that each name one person, with their organisation or role ("- Jeff Orland,
    Tapworks"): under a line ending in a colon, a third of them starting with a known given
    name or a title; or three or more in a row, half of them."""
    text, lines = finder.text, finder.lines
    run: list[tuple[int, int]] = []
    intro = False
    for ln in lines:
        if (
            not ln.blank
            and ln.cend - ln.cstart < 120
            and text[ln.cstart].isupper()
            and marker(text, ln)
            and _may_start_name(text[ln.cstart : ln.cstart + 30])
        ):
            got = read_line(text, ln.cstart, ln.cend, pairs_are_roles=True)
            if got is not None and len(got) == 1 and (" " in got[0].name or got[0].titled):
                run.append((ln.cstart, ln.cend))
                continue
        _take_bullets(finder, run, intro)
        run = []
        intro = not ln.blank and text[ln.cend - 1] == ":" or (ln.blank and intro)
    _take_bullets(finder, run, intro)


def _may_start_name(head: str) -> bool:
    """A cheap first look: a bullet's first word is a title, a known given name or a word of
    a short line's name."""
    first = head.split(None, 1)[0].rstrip(".,:")
    return first.lower() in HONORIFICS or may_be_given_name(first) or "," in head


def _take_bullets(finder: PeopleFinder, run: list[tuple[int, int]], intro: bool) -> None:
    if len(run) < (2 if intro else 3):
        return
    text = finder.text
    firsts = [text[a:b].split(None, 1)[0] for a, b in run]
    known = sum(is_given_name(w) or w.rstrip(".").lower() in HONORIFICS for w in firsts)
    if (3 if intro else 2) * known < len(run):
        return
    for a, b in run:  # each bullet one person, as the run was read
        for e in read_line(text, a, b, pairs_are_roles=True) or []:
            finder.add_entry(e, None)


def prose_lists(finder: PeopleFinder) -> None:
    """ "Apologies were received from Rolf Krahl and Brian Matthews.": the sentence's names."""
    text, lines = finder.text, finder.lines
    line_starts = [ln.start for ln in lines]
    for m in scan(_LIST_PROSE_RE, text):
        ln = lines[bisect.bisect_right(line_starts, m.start()) - 1]
        if m.end() > ln.cend or ln.cend - ln.cstart > 5000:
            continue
        end = ln.cend
        for s in split_sentences(text, m.end(), ln.cend):
            end = s.end
            break
        tail = _PROSE_TAIL_RE.search(text, m.end(), end)
        if tail is not None:
            end = tail.start()
        kind = APOLOGIES if "pologies" in m.group(0) else PRESENT
        entries = read_list(text, m.end(), end, strict=False) or []
        if m.group(0)[:2].lower() == "we" and len(entries) < 2:
            continue  # "Welcome Wendy, Alec and Pushkar": a list, not one capitalised word
        for entry in entries:
            finder.add_entry(entry, kind)


# "- 12:20–12:30 Dana Reyes - Relocating bottles": a programme's slot, its speaker, a title.
_SLOT_RE = re.compile(
    r"\d{1,2}[:.]\d{2}\s*(?:[-–—]|to)\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?[ \t]+"
    r"(?P<who>[^-–—:|\n]{3,60}?)[ \t]+[-–—:|][ \t]"
)


def schedule_speakers(finder: PeopleFinder) -> None:
    """Speakers in a programme of timed slots, one a line."""
    text = finder.text
    for ln in finder.lines:
        if ln.blank or not text[ln.cstart].isdigit():
            continue
        m = _SLOT_RE.match(text, ln.cstart, ln.cend)
        if m is None:
            continue
        entry = read_entry(text, m.start("who"), m.end("who"))
        if entry is not None and entry.strong and " " in entry.name:
            finder.add_entry(entry, None)
