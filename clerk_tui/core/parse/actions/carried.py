"""An owner carried over several tasks: one owner named once, then one task after another in
sentences with no subject of their own ("DK: to chase the hire firm. To check the dates for
the AGM. To book the hall.", "ACTION: Clerk to write to the county. Also to ask about the
verge.", "Raven: to order the nets; to book the courts"). Each sentence is a task of that
owner's."""

from __future__ import annotations

import bisect
import re

from ...model import Action
from ..context import Context, Spans, line_end, line_of
from ..layout import split_sentences
from ..people.words import is_name_word
from .common import make_action
from .entry_lines import entry_owner, is_imperative
from .lexicon import is_base_verb, is_task_verb, is_word
from .passives import TO_MEETING_RE


def split_carried_tasks(ctx: Context, actions: list[Action]) -> list[Action]:
    """Each owned action followed, in its own paragraph, by sentences that open with "To
    <verb>" ("Also to <verb>", "; to <verb>") gives one more action per sentence, with its
    owner; the first keeps only its own sentence. A sentence of another shape ends the run,
    as does "To be ..." (a passive: "To be noted ..."), a sentence with its own subject
    ("To save money, the Clerk will ...") or the meeting's business ("To discuss at the next
    meeting"). ``actions`` are in the order of the text."""
    out: list[Action] = []
    starts = sorted(a.start for a in actions)
    for a in actions:
        out.append(a)
        if a.owner is None:
            continue
        stop = line_end(ctx, ctx.lines[line_of(ctx, max(a.start, a.end - 1))])
        nxt = bisect.bisect_right(starts, a.start)
        if nxt < len(starts):
            stop = min(stop, starts[nxt])  # another action's passage: its own
        own = a.text[:24].lower()
        cuts = [
            c
            for c in _cuts(ctx.text, a.start, stop)
            if ctx.text[c[2] : c[2] + len(own)].lower() != own
        ]
        if not cuts:
            continue  # (a task read from its "To" sentence is no sentence after it)
        first = _TO_SENTENCE_RE.search(a.text)
        if first is not None:  # (else the task's words already end before them)
            a.text = a.text[: first.start() + 1].rstrip(" ;")
        a.end = min(a.end, cuts[0][0] + 1)
        for k, (_, begin, task_at) in enumerate(cuts):
            end = (
                cuts[k + 1][0] + 1 if k + 1 < len(cuts) else _sentence_end(ctx.text, task_at, stop)
            )
            piece = make_action(ctx, ctx.text[task_at:end].rstrip(" ;"), a.owner, begin, end)
            piece.owners = list(a.owners)
            out.append(piece)
    return out


def labelled_to_tasks(ctx: Context, actions: list[Action], claimed: Spans) -> None:
    """A line opening with an owner's label, then what the matter is, then the owner's tasks
    as sentences "To <verb> ...": "JP, KL : Website - needs a refresh. To draft a plan.",
    "Clerk: the hall roof leaks again. To get two quotes. To ask the insurer." Each "To"
    sentence is a task of the label's owner(s). A label that is no owner ("Note: ...",
    "Budget: ...") gives none; a line some other rule read is left to it."""
    text = ctx.text
    for ln in ctx.lines:
        if ln.blank or ln.cend - ln.cstart > 1000 or text.find("To ", ln.cstart, ln.cend) < 0:
            continue
        m = _OWNER_LABEL_RE.match(text, ln.cstart, ln.cend)
        if m is None or not entry_owner(ctx, m["owner"]):
            continue
        stop = line_end(ctx, ln)
        if claimed.overlaps(ln.cstart, stop):
            continue
        cuts = _cuts(text, m.end(), stop)
        for k, (_, begin, task_at) in enumerate(cuts):
            end = cuts[k + 1][0] + 1 if k + 1 < len(cuts) else _sentence_end(text, task_at, stop)
            task = text[task_at:end].rstrip(" ;")
            actions.append(make_action(ctx, task, m["owner"], ln.cstart if k == 0 else begin, end))
        if cuts:
            claimed.add(ln.cstart, stop)


# An owner's label opening a line: "JP, KL :", "Clerk:", "Ann Lee and Tom -".
_OWNER_LABEL_RE = re.compile(
    r"(?P<owner>[A-Z][\w.'’-]*(?:(?:\s*[,/&]\s*|\s+and\s+|\s+)[A-Z][\w.'’-]*){0,3})"
    r"[ \t]*(?::|[ \t][-–—])[ \t]+(?=\S)"
)


def trailing_tag_tasks(ctx: Context, actions: list[Action], claimed: Spans) -> None:
    """A margin's owner column flattened onto the end of its line: a task in the imperative,
    or a thing "to be" done, then the owner's initials alone ("The quote for the bins was
    high. Chase. GF", "The verge sign is down. Report it to the county. JM", "Minutes to be
    posted on the website. JM/LD"). The initials are ones the attendance defines, so a
    line ending in an acronym ("... at the AGM. AOB") gives none; a sentence that reports
    ("The quote was high. GF") gives none."""
    text = ctx.text
    if not ctx.initials:
        return
    for ln in ctx.lines:
        if ln.blank or ln.cend - ln.cstart > 1000 or not text[ln.cend - 1].isupper():
            continue
        m = _TAG_END_RE.search(text, ln.cstart, ln.cend)
        if m is None or claimed.overlaps(ln.cstart, ln.cend):
            continue
        owners = _TAG_SEP_RE.split(m["tag"])
        if not all(o in ctx.initials for o in owners):
            continue
        body = split_sentences(text, ln.cstart, m.start() + 1)
        if not body:
            continue
        last = body[-1]
        task = text[last.start : last.end].rstrip(" .")
        if not (is_imperative(task) or BARE_TASK_RE.fullmatch(task) or _TO_BE_RE.search(task)):
            continue
        if BARE_TASK_RE.fullmatch(task) and not is_task_verb(task.split()[0]):
            continue
        actions.append(make_action(ctx, task, m["tag"], last.start, ln.cend))
        claimed.add(last.start, ln.cend)


# A line's closing initials after its last sentence: "... Chase. GF", "... website. JM/LD".
_TAG_END_RE = re.compile(
    r"(?<=[.!?])[ \t]+(?P<tag>[A-Z]{2,4}(?:[ \t]*[/&,][ \t]*[A-Z]{2,4})*)[ \t]*$"
)
_TAG_SEP_RE = re.compile(r"[ \t]*[/&,][ \t]*")
# A thing to be done: "Minutes to be posted on the website".
_TO_BE_RE = re.compile(r"^[A-Z][^.;]{2,80}?\bto\s+be\s+[a-z]+(?:ed|en|t|wn)\b")


def _cuts(text: str, start: int, stop: int) -> list[tuple[int, int, int]]:
    """Where each "To <verb>" sentence after the first task starts, while the sentences run
    on in that shape: the stop before it, its first letter and its task's ("To" left out)."""
    if stop - start > 2000 or "o " not in text[start:stop]:
        return []  # (a cheap test first)
    cuts: list[tuple[int, int, int]] = []
    for m in _TO_SENTENCE_RE.finditer(text, start, stop):
        if cuts and text[cuts[-1][2] : m.start()].count(". ") > 0:
            break  # a sentence of another shape between
        end = _sentence_end(text, m.start("verb"), stop)
        if (
            not is_base_verb(m["verb"])
            or m["verb"] == "be"
            or _OWN_SUBJECT_RE.search(text, m.end(), end)
            or TO_MEETING_RE.search(text, m.end(), end)  # "To discuss at the next meeting"
        ):
            break
        cuts.append((m.start(), m.start("to"), m.start("verb")))
    return cuts


def _sentence_end(text: str, pos: int, stop: int) -> int:
    m = _STOP_RE.search(text, pos, stop)
    return m.start() + 1 if m is not None else stop


_STOP_RE = re.compile(r"[.;!?](?=\s|$)")
# A full stop, then a sentence "To <verb> ..." / "Also to <verb> ..."; or a semicolon, then
# "to <verb> ...".
_TO_SENTENCE_RE = re.compile(
    r"(?:\.[ \t]+(?=Also[ \t]+to[ \t]|To[ \t])|;[ \t]*)(?P<to>(?:[Aa]lso[ \t]+)?[Tt]o)[ \t]+"
    r"(?P<verb>[a-z][a-z-]+)\b"
)
# A purpose clause before its own subject: "To save money, the Clerk will ...".
_OWN_SUBJECT_RE = re.compile(
    r",\s+(?:the\s+)?[A-Za-z][\w.'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:will|would|to|is|are|has|had|should)\s"
)


def carry_bare_objects(ctx: Context, actions: list[Action]) -> list[tuple[Action, int]]:
    """A task of a verb alone ("GF to chase", "Clerk to chase again", "Ryan to obtain one",
    "ACTION: Cllr Reed to instruct"), what it is about said just before it in the same
    paragraph ("The quote for the bins was high. Chase. GF", "It was noted there was no copy
    of the budget form. Ryan to obtain one."), or before the bracket it sits in ("Climbing
    wall (Cllr Hale to check)"): the task keeps what it is about, in brackets ("Chase (the
    quote for the bins was high)"), as a clerk would write it on the log. Nothing is added
    when a point's own number or letter stands between ("c) Clerk to instruct"). Returns
    where the passage of each task about a sentence before it starts (that sentence: the
    task is stated with it), for the caller to set once the task's own due is read."""
    stated: list[tuple[Action, int]] = []
    tasks: Spans | None = None  # (made at the first task of a verb alone)
    for a in actions:
        if a.owner is None or len(a.text) > 30:
            continue
        m = BARE_TASK_RE.fullmatch(a.text)
        if m is None or not is_task_verb(m["verb"]):
            continue
        inside = _BRACKETED_RE.match(ctx.text, a.start, a.end)
        if inside is not None and m["verb"].lower() in inside["task"].lower():
            about = about_words(inside["about"])  # "Climbing wall (Cllr Hale to check)"
        else:
            tasks = tasks or _task_spans(actions)
            said = _said_before(ctx, a.start, m["pronoun"] is not None, tasks)
            about = None
            if said is not None:
                about, start = said
                if not tasks.overlaps(start, a.start):
                    stated.append((a, start))
        if about:
            a.text = with_about(a.text, about)
    return stated


def _task_spans(actions: list[Action]) -> Spans:
    """The spans of the tasks found, for an O(log n) overlap test (not a pass over every task
    for each task of a verb alone, which grew with the square of the tasks)."""
    spans = Spans()
    for a in actions:
        spans.add(a.start, a.end)
    return spans


def _said_before(ctx: Context, pos: int, pointing: bool, tasks: Spans) -> tuple[str, int] | None:
    """What the words just before ``pos`` say: the first sentence of its paragraph when the
    paragraph holds three sentences or fewer before it, else (or when the task points back:
    "Work on this") the one just before it; or the words before the bracket ``pos`` is
    in. A sentence that is a task itself ("Jo to ask the school. Sam to look into this") is
    none."""
    text = ctx.text
    if NEW_POINT_RE.match(text, pos):
        return None  # "12.1 The fete made £400. 12.2 Tom will look into it": a new matter
    k = line_of(ctx, pos)
    while k > 0 and k in ctx.absorbed and not ctx.lines[k].blank:
        k -= 1  # the first line of a wrapped paragraph
    ln = ctx.lines[k]
    bracket = text.rfind("(", ln.cstart, pos + 1)
    if bracket >= 0 and text.find(")", bracket, pos) < 0:
        start = max(ln.cstart, text.rfind(".", ln.cstart, bracket) + 1)
        words = about_words(text[start:bracket])
        return (words, start) if words else None
    if pos - ln.cstart > 3000:
        return None
    region = _EMPHASIS_RE.sub(lambda m: " " * len(m.group()), text[ln.cstart : pos])
    points = list(_POINT_RE.finditer(region))
    if points:  # "b) Dog bins: the bin is full. Clerk to chase": the point's own
        region = " " * points[-1].end() + region[points[-1].end() :]
    before = [
        sp
        for sp in split_sentences(region, 0, len(region))
        if region[sp.end - 1] in ".!?" and region.count(" ", sp.start, sp.end) >= 2
    ]  # (not "2." alone: a point's number)
    if not before or before[-1].end < len(region.rstrip()) - 40:
        return None
    if _POINT_RE.search(region, before[-1].end):
        return None  # "b) ... reconciliation. c) Clerk to instruct": another point's
    one = before[0] if len(before) <= 3 and not pointing else before[-1]
    s, e = ln.cstart + one.start, ln.cstart + one.end
    if tasks.overlaps(s, e):
        return None
    words = about_words(region[one.start : one.end])
    return (words, s) if words else None


_EMPHASIS_RE = re.compile(r"\*\*|__")


def with_about(task: str, about: str) -> str:
    """A task of a verb alone with what it is about in brackets: "Chase (the quote for the
    bins was high)", as a clerk would write it on the log; a word opening a sentence goes on
    in small letters, a name does not ("(Playing Fields Committee not happy ...)"). When the
    words say a thing came in ("AO had received a letter from the council", "An invoice has
    arrived from the printer"), the verb takes that thing for its object: "File the letter
    from the council", "Reply to the invoice ..." (not the words around it in brackets)."""
    came = _CAME_IN_RE.search(about)
    verb = _VERB_ALONE_RE.fullmatch(task)
    if came is not None and verb is not None:
        source = _FROM_RE.match(about, came.end())
        thing = (came["thing"] or came["sent"]) + (source.group(0) if source else "")
        return f"{verb[1]}{' to' if verb[1].lower() in _ANSWER_VERBS else ''} the {thing}"
    words = about.split(None, 2)
    first = words[0] if words else ""
    if first in _OPENERS or (
        first[1:].islower()
        and is_word(first.lower())
        and not is_name_word(first.lower())
        and not (len(words) > 1 and words[1][:1].isupper() and words[1] not in _OPENERS)
    ):
        about = about[:1].lower() + about[1:]
    return f"{task.rstrip(' .;,')} ({about})"


# What comes in by post or mail, which a verb alone then acts on.
_SENT_THING = (
    r"(?:(?:[a-z-]+\s+){0,2}?(?:letter|e-?mail|invitation|invite|request|complaint|petition"
    r"|quote|quotation|invoice|bill|query|enquiry|application|notice|cheque|consultation"
    r"|message|questionnaire)s?)"
)
# Something received, or arrived, and from whom: "AO had received a letter from the
# council", "A further request from a member has been received", "An email had arrived from
# the school about the fete".
_CAME_IN_RE = re.compile(
    r"\b(?:has|have|had)\s+(?:now\s+|also\s+)?received\s+(?:an?|the|two|some)\s+"
    rf"(?P<thing>{_SENT_THING})\b"
    rf"|(?<!\S)(?:An?|The)\s+(?P<sent>{_SENT_THING}\b[^,;.()]{{0,80}}?)\s+(?:has|had|have)\s+"
    r"(?:now\s+|also\s+)?(?:arrived|been\s+received|come\s+in)\b"
)
_FROM_RE = re.compile(r"\s+from\s+[^,;.()]+")
# A verb alone, or with a pronoun for its object: "File", "Answer it".
_VERB_ALONE_RE = re.compile(r"([A-Za-z][a-z]+)(?:\s+(?:it|this|them))?\.?")
# Verbs of answering, which take what they answer with "to": "Reply to the letter".
_ANSWER_VERBS = frozenset(("reply", "respond"))


def about_words(words: str) -> str | None:
    """The words as the thing a task is about: no number, label, reference or "It was noted
    that" before ("5. **Verges:** This work was ..."), no closing stop; a long sentence to its
    first clause (up to a comma); None when too short or too long to say what the task is
    about. An item's title run on before the sentence, set off by two spaces or more, goes
    too ("Correspondence  A letter had arrived ...")."""
    words = LABEL_LEAD_RE.sub("", " ".join(_SPACED_TITLE_RE.sub("", words, 1).split()))
    words = _ABOUT_LEAD_RE.sub("", words).strip(" .;:–—-•*")
    if len(words) > 160:
        words = words[: max(words.find(", "), 0)]  # "AO had received a letter ..., to let us"
    if len(words.split()) < 2 or len(words) > 160:
        return None
    return words


# An item's title (one to five words) run on before a sentence, two spaces or more between.
_SPACED_TITLE_RE = re.compile(r"^\s*[A-Z][^\s.:;]*(?: [^\s.:;]+){0,4}[ \t]{2,}(?=[A-Z])")


# Words opening a sentence that go on in lower case inside the brackets.
_OPENERS = frozenset("The A An There No This These Our It Its Their Some".split())  # noqa: SIM905


# A verb alone, with "again" or a particle or a pronoun for its object: "Chase.", "Chase
# again", "Follow up", "Obtain one", "Action this".
BARE_TASK_RE = re.compile(
    r"(?P<verb>[A-Z][a-z]+)(?:\s+(?:up|on|out|at|into|after|to|with))?(?:\s+again|\s+(?P<pronoun>it|this|that|one|them))?\.?"
)
# A thing, then who is to do what about it in brackets: "Climbing wall (Cllr Hale to check)".
_BRACKETED_RE = re.compile(r"(?P<about>[^()\n]{3,80}?)\s*\((?P<task>[^()\n]{3,80})\)")
# A point's own number or letter: "c) ", "(ii) ", "4. ".
_POINT_RE = re.compile(r"(?:^|\s)(?:\(?[a-z]{1,3}\)|\(?\d{1,2}[.)])\s")
# A point's number or reference opening a sentence ("16.2/21 The bin ..."): a new matter,
# which answers nothing before it.
NEW_POINT_RE = re.compile(r"[^\w(]*\(?\d")
# A number, markup and a short label opening a sentence: "5. **Verges:** ".
LABEL_LEAD_RE = re.compile(r"^[\W\d]*(?:[A-Za-z][^.:;]{0,40}:(?!\S)\W*)?")
# A reference, a label, "It was noted that" opening the sentence.
_ABOUT_LEAD_RE = re.compile(
    r"^(?:(?:[A-Z][\w ]{0,30}?\s)?\d+[/.]\d+\S*\s*[–—-]\s*)?"
    r"(?:[a-z]\)\s*|\d{1,2}[.)]\s*)?"
    r"(?:(?:[A-Z]{2,}[ \t]+)+(?=[A-Z][a-z]))?"  # an item's title in capitals: "DRAINAGE The ..."
    r"(?:It\s+was\s+(?:noted|confirmed|reported|agreed|explained|stated)(?:\s+that)?\s+)?"
)
