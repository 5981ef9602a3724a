"""Building an action: its task, owners, due date and item; finding the sentence an owner
written apart from it refers to; the task a committing sentence promises."""

from __future__ import annotations

import re

from ...model import Action
from ..context import Context, due_for, item_at
from ..layout import CHAT_PREFIX_RE, Line, Span, split_sentences
from ..people import ROLE_WORDS, STOP_WORDS
from .grammar import PASSIVE_RE
from .lexicon import is_base_verb
from .owners import split_owners, tidy_owner
from .verbs import WILL_BAD

# "ACTION:", "Action by -", "(Action: SB)", "**ACTION**:", "[AI: ...]", "To-Do:", "Action JS:",
# "Action (Jo Banks):", a numbered "ACTION 4.2 Circulate ...", "Action on SB to ...", an
# action item's or point's abbreviation, numbered or not ("AI: ...", "AP3 – ", "AI Jo: "), "Action
# assigned to Sergio:", "action all:", "Action for Odile to book ...", and a
# tracker's id ("ACTION-123: Tom to ...", "[Action-TC-2018-19 ensure ...](https://...)"),
# and a chat log's "#action ann to update the docs".
ACTION_MARK_RE = re.compile(
    r"(?=[(\[*_AaT#])(?<![\w-])(?:[(\[]\s*)?[*_]{0,3}(?:"
    r"(?:ACTIONS?|Actions?|action)"
    r"(?:\s+(?:by|for|owner|lead|point|item|Point|Item|POINT|ITEM|assigned\s+to))?"
    r"(?:[*_]{0,3}\s+\((?P<who>[^()\n]{1,40})\)|[*_]{0,3}\s+(?P<who2>[A-Z]{2,4}(?:\s*[/,&]\s*[A-Z]{2,4})*"
    r"|[A-Z][a-z]+(?:\s*[/&]\s*[A-Z][a-z]+|\s+and\s+[A-Z][a-z]+|\s+[A-Z][a-z]+)?"
    r"|all|everyone|everybody))?"
    r"|(?<=[(\[])AI|To[- ]?[Dd]o|TO[- ]?DO)"
    r"[*_]{0,3}\s*(?::|–|—|-(?=\s))\s*[*_]{0,3}"
    r"|(?<![\w-])[*_]{0,3}(?:ACTIONS?|Action)(?:\s+(?P<item>item|point|Item|Point|ITEM|POINT))?"
    r"\s+\d{1,3}(?:\.\d{1,3})*[*_]{0,3}"
    r"(?:\s*\((?P<who3>[^()\n]{1,40})\))?(?:\s*[:–—-][*_]{0,3}\s*[*_]{0,3}(?=\w)|\.?\s+(?=[A-Z]))"
    r"|(?<![\w\[(/-])[*_]{0,3}(?P<ai>AI|AP)(?:\s*-?\s*\d{1,3}(?:\.\d{1,3})?)?"
    # and who owns it: "AI @marta: draft the charter", "AI Odile: write up the options"
    r"(?:\s+(?P<aiwho>@[\w-]+|[A-Z]{2,4}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?[*_]{0,3}\s*"
    r"(?::|–|—|-(?=\s))\s*"
    r"|(?<![\w-])(?:\[\s*)?(?P<id>(?:ACTION|Action|action|ACT|Act)-(?:[A-Za-z]{1,8}-)*\d{1,4}(?:-\s?\d{1,4})*)"
    r"(?P<shut>\s*\])?\s*[:.–—-]?\s+(?=\S)"
    r"|(?<![\w-])(?:[(\[]\s*)?[*_]{0,3}(?P<on>ACTIONS?|Actions?)\s+(?:on|(?P<for>for))\s+(?=\S)"
    r"|(?<![\w#])(?P<bot>#(?:action|ACTION|Action))\b:?\s+(?=\S)"  # a chat log's bot: "#action"
)

_WORD_RE = re.compile(r"[A-Za-z][\w’'-]+")
_ACRONYM_WORD_RE = re.compile(r"\b[A-Z]{2,6}\b")
_LOWER_WORD_RE = re.compile(r"[a-z][\w’'-]+")

# A quote marker left inside a paragraph pasted from quoted minutes ("write to the >
# Boundary Commission"), a lone ">" between words.
_QUOTE_MARK_RE = re.compile(r"(?<=\S)\s+>\s+(?=\w)")
# Markup that is not the task's words: a Markdown hard line break ("component.\\" at a
# line's end), the "(ACTION)" flag that marked the sentence as an action and a minuting bot's
# note of where it recorded it ("[recorded in https://...#action01]").
_NOT_WORDS_RE = re.compile(
    r"\\(?=\r?\n|$)|\s*\((?:ACTION|Action|action)\)|\s*\[recorded in [^\]\n]*\]"
)
# "...; and" closing a resolution's bullet is not part of its task.
_LIST_TAIL_RE = re.compile(r"\s*[;,]\s*(?:and|or)\s*$")


def make_action(
    ctx: Context, task: str, owner: str | None, start: int, end: int, due_src: str | None = None
) -> Action:
    """An action for the task and owner, its due phrase found in ``due_src`` (else the span)."""
    due_text, due = due_for(ctx, due_src if due_src is not None else ctx.text[start:end])
    task = CHAT_PREFIX_RE.sub("", task, count=1)  # "19:02:10 <raj> I can fix ...": its words
    task = " ".join(_NOT_WORDS_RE.sub("", _QUOTE_MARK_RE.sub(" ", task)).split())
    task = cut_run_on_task(task)
    if ";" in task or "," in task:
        task = _LIST_TAIL_RE.sub("", task)
    task = _DANGLING_RE.sub("", task.strip(" ;,"))
    if task[:1].islower():
        task = task[0].upper() + task[1:]
    if owner is not None and ("\n" in owner or "  " in owner or " > " in owner):
        owner = " ".join(_QUOTE_MARK_RE.sub(" ", owner).split())  # wrapped in a quote
    if owner is not None:
        owner = tidy_owner(owner)
    owners = split_owners(owner) if owner else []
    return Action(task, owner, due, due_text, item_at(ctx, start), start, end, owners)


# A conjunction left at a task's end where its line ended ("Measure the pitch and", the next
# line another's commitment).
_DANGLING_RE = re.compile(r"\s+(?:and|or|but|&)$")


# Where a task's words stop in text flattened from PDF: the next lettered or numbered part
# ("... the hedge c) Footpaths ...", "... b) Play area"), a page's number ("Page 3 of 5")
# or the chairman's signature line at a page's foot ("Signed ... Chairman").
_RUN_ON_END_RE = re.compile(
    r"\s+(?:\(?[a-h]\)|\(\d{1,2}\)|\d{1,2}\))\s+(?=[A-Z])"
    r"|\s+(?i:page\s+\d{1,4}\s+of\s+\d{1,4})\b"
    r"|\s+Signed\b[^.;]{0,60}?\b(?:Chair(?:man|person)?|Mayor)\b"
    r"|,\s*(?:proposed|seconded)\s+by\s"  # a motion's movers after its task
)


def cut_run_on_task(task: str) -> str:
    """A task without what runs on past it in flattened text: the next lettered or numbered
    part ("Write to the landowner about the hedge c) Footpaths the stile is broken"), a page
    number or signature footer ("... about the crossing patrol Page 3 of 5 Signed Chairman"),
    a motion's movers (", seconded by Cllr Dale and agreed");
    and without a closing bracket it never opened ("(will bring this up with the county)")."""
    m = _RUN_ON_END_RE.search(task)
    if m is not None and m.start() > 0:
        task = task[: m.start()].rstrip(" ,;")
    if task.endswith(")") and task.count(")") > task.count("("):
        task = task[:-1].rstrip()
    return task


def paragraph_before(ctx: Context, line_index: int) -> Line | None:
    """The paragraph an "ACTION: <owner>" line closes (None after another marker)."""
    k = line_index - 1
    while k >= 0:
        ln = ctx.lines[k]
        if not ln.blank:
            c = ctx.text[ln.cstart : ln.cend]
            if ACTION_MARK_RE.match(c):
                return None
            return ln
        k -= 1
    return None


def best_sentence(ctx: Context, ln: Line, owner: str, limit: int | None = None) -> Span:
    """The sentence of a paragraph that an owner written apart from it refers to: one
    naming the owner and promising something, else naming the owner, else promising."""
    text = ctx.text
    end = limit if limit is not None else ln.cend
    sents = [s for s in split_sentences(text, ln.cstart, end) if s.end <= end]
    if not sents:
        return Span(ln.cstart, end)
    keys = {
        w.lower()
        for w in _WORD_RE.findall(owner)
        if w.lower() not in STOP_WORDS or w.isupper() or w.lower() in ROLE_WORDS  # "Clerk"
    }
    keys |= {w.lower() for w in _ACRONYM_WORD_RE.findall(owner)}
    if not keys:  # "Clerk", "the Chair": a role whose word is a stop word still names them
        keys = {w.lower() for w in _WORD_RE.findall(owner) if w.lower() != "the"}
    commit = re.compile(
        r"\b(?:would|will|could|can|agreed|undertook|offered|suggested|asked|tasked|to\s+(?:circulate|provide|send|share|report|bring|arrange|write|update|contact))\b|\bfor a future meeting\b"  # noqa: E501
    )
    best: Span | None = None
    for s in sents:
        st = text[s.start : s.end].lower()
        words = set(_LOWER_WORD_RE.findall(st))
        if keys & words and commit.search(st) and not _SUM_FORECAST_RE.search(st):
            best = s
    if best is None:
        for s in sents:
            st = text[s.start : s.end].lower()
            if keys & set(_LOWER_WORD_RE.findall(st)):
                best = s
    if best is None:
        for s in sents:
            st = text[s.start : s.end].lower()
            if commit.search(st) and not _SUM_FORECAST_RE.search(st):
                best = s
    if best is None:
        deeds = [s for s in sents if not _SUM_FORECAST_RE.search(text, s.start, s.end)]
        best = (deeds or sents)[-1]
    return best


# What a sum or a store of something will come to, a forecast and no promise: "The account
# will contain about £1,600", "The roof would cost £900".
_SUM_FORECAST_RE = re.compile(
    r"(?i)\b(?:will|would|should)\s+(?:probably\s+|then\s+)?(?:contain|cost|total|comprise"
    r"|amount\s+to|come\s+to|equal|exceed)\b"
)


_COMMIT_VERB_RE = re.compile(
    r"\b(?:would|will|shall|to)\s+(?:then\s+|also\s+|again\s+)?(?P<verb>[a-z][a-z-]+)\b"
)


# "had agreed to", "was asked to": what was, not what is promised; not "It was agreed to",
# the meeting's own agreement.
_PAST_BEFORE_RE = re.compile(r"(?<![Ii]t\s)\b(?:had|has|have|was|were)\s+\w+\s*$")


def committed_task(st: str, end: int) -> str | None:
    """The task promised in st[:end], from its verb ("would write to ...", "to obtain ..."),
    or the whole of a passive one ("Potholes to be reported to the county")."""
    for vm in _COMMIT_VERB_RE.finditer(st, 0, end):
        verb = vm.group("verb")
        if verb == "be" and PASSIVE_RE.match(st, vm.end()):
            return st[:end].strip(" .") + "."
        if verb in WILL_BAD or not is_base_verb(verb) or _PAST_BEFORE_RE.search(st, 0, vm.start()):
            continue  # "had agreed to", "to the county"
        return st[vm.start("verb") : end].rstrip(" .") + "."
    return None
