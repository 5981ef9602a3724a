"""Decisions: what the meeting decided. Each rule reads one kind of passage:

- :func:`resolution_label`: a "RESOLVED", "Agreed:", "DECISION -" label and what it heads;
  when the label only opens a list ("RESOLVED: That the Committee:-", "Agreed to:"), each
  numbered, lettered or bulleted sub-point is a decision of its own;
- :func:`that_resolution`: a numbered "That ... be approved" resolution;
- :func:`lettered_resolution`: "(a) the work programme be approved" with no keyword;
- sentences of decision (:data:`SENTENCE_RULES`): "It was resolved to", "It was agreed
  that", "The Board noted the report", "Councillors agreed that", minutes approved,
  elections, "wording agreed with minor changes", "Risk Management signed off", a motion
  with its proposer and seconder;
- :func:`planning_responses`: a council's response to a planning application ("No
  objection", "Support", "Object – overdevelopment"), one per application of a run-on list;
- outcomes with no verb of deciding (:mod:`.outcomes`): "No objections raised", "accepted
  as presented", "elected unopposed", "Let's archive it", "Moved to next meeting"; an outcome
  pointing back ("This was approved.") takes in the sentence before it, and a proposal
  followed by "This was seconded ... and agreed" is one decision.

Procedure (excluding the public, closing or adjourning the meeting) is not a decision.

A resolution to note or agree is a decision, not an action. A recorded vote ("Proposed
Cllr A, seconded Cllr B", "the motion was carried") beside a resolution is not another
decision, nor is a motion that the resolution after it states again.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Decision
from .actions.lists import owner_job, resolved_bullet
from .context import Context, Sentence, Spans, item_at, line_end, lines_with, sentences_of_line
from .items import ENUM_RE, MARKER_RE, NUM_RE, heading_like
from .keywords import any_of
from .layout import Line, strip_span
from .outcomes import (
    ANAPHORIC_RE,
    PROCEDURAL_RE,
    SECONDED_RE,
    TALLY_RE,
    agreed_in_passing,
    body_accepts,
    consensus,
    elected,
    informal_decision,
    motion_lost,
    motion_rows,
    motion_stated,
    no_objection,
    officers_elected,
    passive_outcome,
    put_off,
    settled_to_be,
    tallied,
)

# What a found passage records: a labelled or "That ..." resolution, a sentence of decision,
# a motion moved (and seconded), or a vote.
FORMAL, RESOLUTION, MOTION, VOTE = "formal", "resolution", "motion", "vote"

_LABEL_RE = re.compile(
    r"^[*_]{0,3}(?:(?:RESOLVED|Resolved|RESOLVE)(?:\s+(?:UNANIMOUSLY|unanimously))?|AGREED|Agreed"
    r"|DECISION|Decision|DECIDED|Decided|DECISIONS|NOTED|Recommendations? agreed"
    r"|RECOMMENDATIONS? AGREED|Agreement|AGREEMENT|(?:Outcome|OUTCOME|Decisions)(?=[*_]*\s*[:–—-])"
    r"|Decisions(?=[*_]+\s*$))"
    r"(?![A-Za-z0-9])[*_]*\s*(?::|-|–|—|\.)?[*_]*\s*(?P<rest>.*)$"
)
# What a label says when it records no decision: "(For information only)", "None", "N/A".
_NO_DECISION_RE = re.compile(
    r"(?i)^[*_(\s]*(?:(?:for\s+)?information(?:\s+only)?|none|nil|n/?a|no\s+decisions?(?:\s+\w+)?)"
    r"[*_).\s]*$"
)
# "Agreed to ...", "Noted the ...": a sentence, not a label (unless it only opens a list).
_LOWER_DECISION_VERB_RE = re.compile(r"(?i)(?:agreed|decided|noted)\s+(?:to|that|with|by|the)\b")
_MARKER_WORD_RE = re.compile(r"^(?:RESOLVED|Resolved|DECISION|Decision|AGREED|NOTED)\b")
_LABEL_WORD_RE = re.compile(r"^\S+\s*(?::|-|–|—|$)")
_NEXT_MARKER_RE = re.compile(r"(?i)(?:resolved|decision|agreed|decided)\b\s*(?::|-|–|—|that\b|$)")
_DECISION_LABEL_RE = re.compile(r"^(?:RESOLVED|Resolved|DECISION|Decision)\s*[:\-–]?")

_THAT_RE = re.compile(r"^(?:\(?\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})\s*[.)]\s*)?That\b")
_THAT_WORD_RE = re.compile(r"^(?:That|that)\b")
_RESOLUTION_VERB_RE = re.compile(
    r"\bbe\s+(?:[a-z]+ly\s+)?(?:re-)?[a-z]+(?:ed|en|ne)\b|\bbe\s+(?:set|put|sent|held|made)\b"
    # "be, and they are hereby, approved"
    r"|\bhereby,?\s+(?:re-)?[a-z]+(?:ed|en)\b"
)
# "the work programme be approved": a subjunctive "be", not "to be", "will be", "should be".
_SUBJUNCTIVE_RE = re.compile(
    r"(?=be)"  # (a look-ahead for the word first: the look-behinds are tried only there)
    r"(?<!\bto\s)(?<!\bnot\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bshould\s)(?<!\bshall\s)"
    r"(?<!\bmust\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bcan\s)(?<!\bcannot\s)(?<!\bmay\snot\s)"
    r"\bbe\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|en|ne|wn)|set|put|sent|held|made|given|kept|brought"
    r"|taken|sought|paid|met|told|built|spent|sold|bought|read|run|cut|let|lent|led|left)\b"
)
_FINITE_RE = re.compile(r"\b(?:were|was|had|is|are|has|have)\b")
_BULLET_START = "•·-▪*◦●○■➢►"
_EMPHASIS_RE = re.compile(r"^#{1,6}\s*|[*_]{2,3}")
_LEADING_EMPHASIS_RE = re.compile(r"^(?P<mark>[*_]{1,3})(?P<label>[^*_\n]{1,40}?)(?P=mark)")

# The words of a head that only opens a list of resolutions: "RESOLVED: That the
# Committee:-", "The Board RESOLVED to:", "It was agreed that:", "Agreed to:".
_OPEN_HEAD_WORDS = frozenset(
    """
    it was is has been resolved agreed decided decision decisions unanimously that to the as
    follows and of by all recommendation recommendations resolve
    """.split()  # noqa: SIM905
)
_WORD_RE = re.compile(r"[A-Za-z][\w'’&-]*")
_OPEN_END_RE = re.compile(r"(?:[:–—-]|\b(?:that|That|THAT|[A-Z][a-z]+))\s*$")
_SENTENCE_END_RE = re.compile(r"[.;!?:][\"”’')\]]*\s*$")

_NON_ALNUM_RE = re.compile(r"[^0-9a-z]+")
_TWO_LETTERS_RE = re.compile(r"[A-Za-z]{2}")
# A heading run into the sentence after it: "Election of Chairman It was proposed ...".
_GLUED_HEADING_RE = re.compile(
    r"(?:[A-Z][\w’'-]*|of|and|the|for|to|&)(?:\s+(?:[A-Z][\w’'-]*|of|and|the|for|to|&)){1,6}\s+"
    r"(?=It\s+(?:was|is|has)\b|The\s+(?:Council|Committee|Board|meeting|Members)\b)"
)

# Sentences of decision. The meeting (or its members) as the subject of a verb of deciding.
_BODY = (
    r"(?:\b(?:[Tt]he\s+|All\s+|all\s+)?(?:Board|board|Committee|committee|Cabinet|Panel|Sub-Committee"
    r"|Subcommittee|Group|group|Partnership|Council|Members|members|Councillors|councillors"
    r"|Governors|governors|Trustees|trustees|Directors|Forum|(?<!Chief\s)Executive|Assembly|Commission"
    r"|Meeting|meeting|SIG|(?:Leadership|Management|Executive|Steering)\s+Team)(?:\s+present)?"
    r"|\b[Tt]he\s+[A-Z]{2,5})"
)
_BODY_DECIDED_RE = re.compile(
    _BODY + r"\s+(?:also\s+|then\s+|further\s+|unanimously\s+|formally\s+|duly\s+|generally\s+"
    r"|fully\s+|strongly\s+|warmly\s+|broadly\s+)?"
    r"(?:(?:discussed|considered|reviewed|debated)\s+(?:[\w’'-]+\s+){0,6}?and\s+)?"
    r"(?:resolved|RESOLVED|agreed|AGREED|approved|APPROVED|endorsed|NOTED|accepted"
    r"|ratified|adopted|signed\s+off|decided|recommended|RECOMMENDED"
    r"|noted\s+(?:the\s+)?(?:(?!that\b)[\w’'-]+\s+){0,4}?(?i:report|reports|update|updates|minutes"
    r"|contents?|information|position|progress|papers?|presentation|briefing|log|letter"
    r"|accounts|statement|budget|plan|strategy|register|decisions?|recommendations?|outcomes?"
    r"|findings|response|summary|review|proposals?|draft|dashboard|performance|arrangements"
    r"|correspondence|assessment|evaluation)\b"
    r"|(?:(?:noted|recorded|confirmed|stated)\s+(?:that\s+)?they\s+)?(?:were|was)\s+(?:happy|content"
    r"|pleased|satisfied)\s+"
    # not "pleased to note that the work was delivered": news welcomed
    r"(?:to\s+(?:take|approve|support|endorse|agree|accept|recommend|sign|note(?!\s+that)|proceed)"
    r"|with\s+the"
    r"\s+(?:report|update|proposals?|recommendations?|accounts|payments|plan))"
    r"|(?:noted|recorded|confirmed|stated|agreed|indicated)\s+(?:that\s+)?they\s+were"
    r"\s+(?:content|happy|satisfied)"
    # "Members voted unanimously to approve", "The Board supported the recommendations",
    # "The Committee gave its approval to"
    r"|voted\s+(?:unanimously\s+|\d+\s*[-–:]\s*\d+\s+)?(?:to|in\s+favour\s+of|for)"
    # "The group opted to use the cheaper supplier", "The Board selected Acme as contractor"
    r"|opted\s+(?:to|for)|chose\s+(?:to\s+)?|selected\s+(?!by\b)"
    # "Board appointed Greg as chair"
    r"|(?:appointed|co-opted|elected)\s+(?:[\w’'-]+\s+){1,4}?as\b"
    r"|supported\s+(?:the|this|these)\s+(?:[\w-]+\s+){0,3}?(?:proposals?|recommendations?"
    r"|approach|plan|application|bid|motion|request|changes|option)"
    r"|gave\s+(?:its|their)?\s*(?:approval|support|endorsement|agreement))\b"
)
# "The ICB agreed to provide a breakdown": a partner body's task, not the meeting's decision.
_PARTNER_TASK_RE = re.compile(
    r"[Tt]he\s+[A-Z]{2,5}\s+(?:also\s+)?agreed\s+to\s+(?!(?:note|approve|support|endorse|accept"
    r"|recommend|defer|receive|adopt|agree|delegate|ratify|confirm|welcome)\b)[a-z]"
)
_IT_WAS_RESOLVED_RE = re.compile(
    r"\b(?:it\s+was|it\s+is|it\s+has\s+been|was|were)\s+(?:also\s+)?(?:unanimously\s+|formally\s+|further\s+"
    r"|(?:proposed|suggested|moved|discussed|considered)\s+and\s+)?"
    r"(?:RESOLVED|[Rr]esolved|[Aa]greed|AGREED|[Dd]ecided|DECIDED)"
    # "it was resolved unanimously \"That the Accounts ... be approved\"", "agreed in principle"
    r"(?:\s+(?:unanimously|UNANIMOUSLY|nem\.?\s*con\.?|in\s+principle))?(?:\s*[,:]\s*|\s+)[\"“‘]?(?:that|to|That|THAT)\b"
    # "Approval was given for the new benches", "permission was granted to"
    r"|(?i:\b(?:approval|permission|consent|agreement)\s+(?:was\s+)?(?:given|granted)\s+(?:for|to)\b)"
    r"|(?i:\bthere\s+was\s+(?:general\s+|unanimous\s+|broad\s+|full\s+)?(?:agreement|consensus)"
    r"\s+(?:that|to|on)\b|\bagreement\s+was\s+reached\b|\b(?:were|was)\s+in\s+agreement\s+(?:that|to|with)\b"
    r"|\b(?:a|the)\s+decision\s+was\s+(?:made|taken)\s+to\b)"
    r"|^\W*(?:(?:Unanimously\s+|UNANIMOUSLY\s+)?(?:Agreed|AGREED|Resolved|RESOLVED)"
    r"\s+(?:that|to|unanimously|by\s+all)\b|(?:All|ALL)\s+(?:agreed|AGREED)\b"
    # "Decided o3de-extras as the canonical repository"
    r"|(?:Decided|DECIDED)\s+(?!by\b)[\w\"“])"
    # "For the next meeting we agreed that ...", "all 5 voted to formally object"
    r"|(?i:\bwe\s+(?:have\s+|all\s+)?(?:agreed|decided)\s+(?:that|to|on)\b)"
    r"|\b(?:all\s+(?:\d+|three|four|five|six|seven|eight|nine|ten)|\d+)\s+(?:members\s+|councillors\s+)?"
    r"voted\s+(?:unanimously\s+)?(?:to|in\s+favou?r\s+of)\b"
)
_MINUTES_APPROVED_RE = re.compile(
    r"(?i)\bminutes\b(?:(?!\b(?:will|to|shall|would|not|unapproved)\b)[^.;]){0,140}?"
    r"\b(?:were|was|be|been|are|is|–|-)?\s*(?:duly\s+|formally\s+)?"
    r"(?:agreed|approved|confirmed|accepted|adopted|signed)\b(?!\s+(?:at|by)\s+the\s+next)"
)
_ELECTED_RE = re.compile(
    r"\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:elected|appointed|re-elected)\b"
    r"|\btook the role of\b"
)
# Not "had been approved", "have not yet been approved", "was adopted in June 2016".
_PASSIVE_APPROVED_RE = re.compile(
    r"(?<!\bhad\s)(?<!\bnot\s)(?<!\byet\s)(?<!\bnever\s)(?<!\bhaving\s)"
    # "The application has now been approved": news of what was decided elsewhere
    r"(?<!\bhas\s)(?<!\bhave\s)(?<!\bhas\snow\s)(?<!\bhave\snow\s)"
    r"\b(?:were|was|been)\s+(?:unanimously\s+|formally\s+)?(?:agreed|approved|endorsed"
    r"|ratified|adopted|carried|confirmed(?!\s+(?:that|by|as|to|in|at|with)\b))\b(?!\s+(?:to|by\s+the\s+next|in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d"
    r"|(?:in|on|at)\s+(?:the\s+)?(?:last|previous)|previously|last\s+year))"
)
# "wording agreed with minor changes", "the policy was adopted subject to amendments".
_WITH_CHANGES_RE = re.compile(
    r"\b(?:agreed|approved|adopted|accepted|endorsed|signed\s+off)\s+(?:with|subject\s+to)\s+"
    r"(?:(?:minor|some|small|the|agreed|these|those|two|three|one|a\s+few)\s+){0,2}"
    r"(?:amendments?|changes?|corrections?|alterations?|modifications?)\b"
)
# "Risk Management signed off.", "Budget approved.": a short subject and the verb alone.
_SHORT_PASSIVE_RE = re.compile(
    r"^\W*(?:(?:The|the|[A-Z][\w’'&/-]*|[a-z][\w’'&/-]*)\s+){0,5}?"
    r"(?:agreed|approved|adopted|accepted|ratified|endorsed|signed\s+off)"
    r"(?:\s+(?:and|&)\s+(?:signed|agreed|approved|adopted))?"
    r"(?:\s+(?:unanimously|by\s+all|as\s+(?:a\s+)?(?:correct|true|accurate)(?:\s+record)?"
    r"|with\s+(?:thanks|gratitude)|as\s+(?:presented|circulated|read|amended)|without\s+amendment))?\W*$"
)
_SHORT_PASSIVE_SUBJECT_STOP = re.compile(
    r"(?i)^\W*(?:it|he|she|they|we|i|this|that|all|members|councillors|everyone|cllr|mr|mrs|ms|dr"
    r"|votes?|voting)"
    r"\b|\b(?:was|were|had|has|have|is|are|not|never|chair|chairman|chairwoman|clerk|officers?"
    r"|director|manager|mayor|leader|secretary|treasurer)\b(?![’']s\b)"  # "Treasurer's report"
)
# "The report was noted.": a paper the meeting noted (not "It was noted that ...").
_PAPER_NOTED_RE = re.compile(
    r"(?i)\b(?:report|update|minutes|information|position|contents|paper|letter|accounts"
    r"|correspondence|presentation|briefing|statement|log)s?\s+(?:was|were)\s+(?:duly\s+)?noted\b"
    r"(?!\s+that)"
)
# A motion: "Cllr A proposed and Cllr B seconded that ...", "Proposed by X, seconded by Y",
# "moved as correct by X and Y", "Cllr C proposed the payments be made, all in favour".
_MOTION_RE = re.compile(
    r"(?i)\b(?:proposed|moved|moves|proposal\s+of)\b(?=.*?\b(?:seconded|seconds|in\s+favour|carried"
    r"|unanimous|agreed\s+by\s+all|accepted|passed)\b)|\bmoved\s+as\s+(?:a\s+)?(?:correct|true|accurate)\b"
    r"|\bproposed\s*:.{0,60}?\bseconded\s*:"
)
# The words of a motion that only name who moved, seconded or voted.
_MOTION_FORM_RE = re.compile(
    r"(?i:\b(?:it\s+was|was|were|proposed|seconded|moved|by|and|the|motion|proposal|all|in"
    r"|favour|carried|unanimously|agreed|resolved|with|of|on|vote|votes|for|against|abstentions?"
    r"|cllrs?|councillors?|mr|mrs|ms|dr|none|nem|con)\b)|[A-Z][\w’'-]*|\d+"
)
_VOTE_RE = re.compile(
    r"(?i)\b(?:motion|amendment|proposal|recommendation|substantive)\b[^.;]{0,60}?\b(?:was|were)"
    r"\s+(?:duly\s+|unanimously\s+)?carried\b|^(?:on\s+)?(?:being\s+)?put\s+to\s+the\s+vote\b"
    r"|\b(?:were|was)\s+content\s+with\s+the\s+(?:proposal|motion|recommendation)"
)

Rule = Callable[[str], "re.Match[str] | None"]

# An action marker after a decision on its line: "**Action Laser team to ...**", "ACTION:
# Clerk to ...", "Action - AB": the action's, not the decision's text.
_ACTION_TAIL_RE = re.compile(
    r"\s(?:(?:\*\*|__)\s*(?:ACTION|Action)S?\b|ACTIONS?\b|Actions?\s*(?:[:–—]|-\s))"
)


def _norm(s: str) -> str:
    return " ".join(_NON_ALNUM_RE.sub(" ", s.lower()).split())


class _Found:
    """The decisions found so far: one per span, and one resolution per text within an item
    (ModernGov pages repeat it under "Decision:" and "Minutes:")."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.spans = Spans()
        self.keys: set[tuple[int | None, str]] = set()
        self.found: list[tuple[Decision, str]] = []

    def add(self, start: int, end: int, kind: str = FORMAL, head: str = "") -> None:
        """A decision from text[start:end]; ``head`` (the label or sentence that opens a
        list of resolutions) leads its text."""
        text = self.ctx.text
        s, e = strip_span(text, start, end)
        tail = _ACTION_TAIL_RE.search(text, s + 10, e) if e - s > 10 else None
        if tail is not None:  # "Board agreed to this **Action Laser team to ...**"
            s, e = strip_span(text, s, tail.start())
        if s >= e or self.spans.overlaps(s, e):
            return
        body = " ".join(text[s:e].split())
        if kind != FORMAL and PROCEDURAL_RE.search(body):
            return  # "It was resolved to exclude the public", "The meeting was adjourned"
        self.spans.add(s, e)
        head = _EMPHASIS_RE.sub("", head)  # "**Resolved**": the label, not its markdown
        full = f"{' '.join(head.split())} {body}" if head.strip() else body
        full = _LEADING_EMPHASIS_RE.sub(r"\g<label>", full)  # "**Resolved:** That ..."
        item = item_at(self.ctx, s)
        if kind == FORMAL:
            key = (item, _norm(_DECISION_LABEL_RE.sub("", full)))
            if key in self.keys:
                return
            self.keys.add(key)
        self.found.append((Decision(full, item, s, e), kind))

    def decisions(self) -> list[Decision]:
        """In the order of the text, without a vote or motion that a resolution beside it
        records (see :func:`_recorded_beside`)."""
        self.found.sort(key=lambda dk: dk[0].start)
        return [d for k, (d, kind) in enumerate(self.found) if not _recorded_beside(self.found, k)]


def _recorded_beside(found: list[tuple[Decision, str]], k: int) -> bool:
    """Whether found[k] only records a decision minuted beside it: a vote ("On being put to
    the vote the motion was carried") in an item that has a resolution, or a motion that the
    resolution right after it states ("It was proposed ... that the application be approved.
    RESOLVED that planning permission be granted")."""
    d, kind = found[k]
    if kind == VOTE:
        return any(kind2 != VOTE and d2.item == d.item for d2, kind2 in found)
    if kind == MOTION:
        after = (dk for dk in found[k + 1 :] if dk[1] != VOTE)
        d2, kind2 = next(after, (d, kind))
        return kind2 == FORMAL and d2.item == d.item and 0 < d2.start - d.end < 600
    return False


def find_decisions(ctx: Context) -> list[Decision]:
    """Every decision, once each, in the order of the text: each line is read by the first
    line rule that takes it, else sentence by sentence (see the module's docstring)."""
    text = ctx.text
    found = _Found(ctx)
    nonblank = [ln for ln in ctx.lines if not ln.blank and ln.index not in ctx.absorbed]
    item_starts = set(ctx.item_starts)
    if "/" in text:
        try:
            planning_responses(ctx, found)
        except Exception as exc:
            ctx.faults.failed(planning_responses, exc)
    for whole_text_pass in (motion_rows, officers_elected):
        try:
            for start, end in whole_text_pass(ctx):
                found.add(start, end, RESOLUTION)
        except Exception as exc:
            ctx.faults.failed(whole_text_pass, exc)
    k = 0
    while k < len(nonblank):
        ln = nonblank[k]
        if ln.cend - ln.cstart > 20000:
            k += 1
            continue
        nxt = None
        # Line rules read labels, "That ..." and numbered or lettered lines only.
        if text[ln.cstart] in _LINE_RULE_FIRST or (
            ln.cstart > ln.start and not text[ln.start : ln.cstart].isspace()
        ):
            for rule in LINE_RULES:
                nxt = _try(ctx, rule, nonblank, k, item_starts, found)
                if nxt is not None:
                    break
        if nxt is None:
            nxt = _try(ctx, decision_sentences, nonblank, k, item_starts, found) or k + 1
        k = nxt
    return found.decisions()


LineRule = Callable[[Context, list[Line], int, set[int], _Found], int | None]


def _try(
    ctx: Context, rule: LineRule, nonblank: list[Line], k: int, starts: set[int], found: _Found
) -> int | None:
    """One line rule on nonblank[k]: the index of the next line to read, or None when the
    rule does not take the line (or raises: reported, and the line is left to the others)."""
    try:
        return rule(ctx, nonblank, k, starts, found)
    except Exception as exc:
        ctx.faults.failed(rule, exc)
        return None


def _label(c: str) -> re.Match[str] | None:
    """The label that opens a line ("RESOLVED:", "Agreed -", "DECISION"), if it is one."""
    m = _LABEL_RE.match(c)
    if m is None:
        return None
    if (c.isupper() or m.group(0).lstrip("*_")[:1].isupper()) and not _LOWER_DECISION_VERB_RE.match(
        c
    ):
        return m
    if _MARKER_WORD_RE.match(c) and _LABEL_WORD_RE.match(c):
        return m
    if _open_head(c) and _OPEN_END_RE.search(c):
        return m  # "Agreed to:", "Resolved that:"
    return None


def _open_head(s: str) -> bool:
    """Whether ``s`` only opens a list of resolutions ("RESOLVED: That the Committee:-",
    "The Board RESOLVED to:", "Agreed to:"): no word of its own but the label's, "that",
    "to" and the meeting's name."""
    for w in _WORD_RE.findall(s):
        if w[0].islower() and w.lower() not in _OPEN_HEAD_WORDS:
            return False
        if w[0].isupper() and w.lower() in ("noted", "approved", "endorsed"):
            return False
    return True


def _enumerated(text: str, ln: Line) -> bool:
    """A numbered, lettered or bulleted line ("(a)", "2.", "iv)", "•")."""
    raw = text[ln.start : ln.cend].lstrip()
    if raw.startswith(("**", "__")):
        return False  # "**Membership**": bold, not a bullet
    return bool(ENUM_RE.match(raw)) or raw[:1] in _BULLET_START


def _stops(ctx: Context, ln: Line, item_starts: set[int]) -> bool:
    """A line that no resolution runs into: an item heading or a section label."""
    c = ctx.text[ln.cstart : ln.cend]
    return ln.cstart in item_starts or bool(MARKER_RE.match(c)) or bool(_NEXT_MARKER_RE.match(c))


def _split_points(
    ctx: Context, nonblank: list[Line], j: int, item_starts: set[int], found: _Found, head: str
) -> int:
    """Each numbered, lettered or bulleted line from nonblank[j] on, a decision of its own led
    by ``head``. Returns the index of the first line not taken."""
    while j < len(nonblank):
        nl = nonblank[j]
        if _stops(ctx, nl, item_starts) or not _enumerated(ctx.text, nl):
            break
        bullet = ctx.text[nl.start : nl.cend].lstrip()[:1] in _BULLET_START
        if resolved_bullet(ctx, nl) is None:  # "- Tom: ring the garage" is Tom's action
            found.add(nl.cstart if bullet else nl.start, line_end(ctx, nl), head=head)
        j += 1
    return j


def _continued(ctx: Context, nonblank: list[Line], j: int, item_starts: set[int]) -> int:
    """The last line of a resolution that starts on nonblank[j] and runs on, unpunctuated,
    into the next lines ("Resolved – That the Board\\nnotes the report.")."""
    text = ctx.text
    while j + 1 < len(nonblank):
        cur, nl = nonblank[j], nonblank[j + 1]
        if _SENTENCE_END_RE.search(text, cur.cstart, line_end(ctx, cur)):
            break
        if _stops(ctx, nl, item_starts) or _enumerated(text, nl):
            break
        if not (
            text[nl.cstart].islower()
            or (line_end(ctx, cur) - cur.cstart < 40 and nl.index == cur.index + 1)
        ):
            break
        j += 1
    return j


def _inline_points(ctx: Context, start: int, end: int, found: _Found, head: str) -> bool:
    """ "Resolved: (1) that the payments be approved; (2) that the reconciliation be noted.":
    each numbered or lettered part of one line a decision of its own, led by ``head``.
    False when the line does not have at least two such parts."""
    text = ctx.text
    marks = [m.start() for m in _INLINE_POINT_RE.finditer(text, start, end)]
    if len(marks) < 2:
        return False
    for a, b in zip(marks, [*marks[1:], end], strict=True):
        found.add(a, b, head=head)
    return True


# "(1)", "(b)", "ii)" opening a line's rest or following "; " / "; and ".
_INLINE_POINT_RE = re.compile(
    r"(?:(?<=[:;–—-]\s)|(?<=[:;]\s\s)|(?<=;\sand\s)|(?<=\bthat\s)|(?<=\bThat\s))"
    r"\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})\)\s"
)


def resolution_label(
    ctx: Context, nonblank: list[Line], k: int, item_starts: set[int], found: _Found
) -> int | None:
    """A label ("RESOLVED", "Resolved –", "Agreed:", "DECISION", "Agreement:") and what it
    heads: the rest of its line (run on over unpunctuated lines), else the line under it. A
    label that only opens a list ("RESOLVED: That the Committee:-", "Agreed to:") heads one
    decision per sub-point; "(1) ...; (2) ..." on the label's line are split the same way."""
    text = ctx.text
    ln = nonblank[k]
    c = text[ln.cstart : ln.cend]
    m = _label(c)
    if m is None:
        return None
    rest = m.group("rest").strip()
    if _NO_DECISION_RE.match(rest):
        return k + 1  # "Resolved: (For information only)", "Decisions: none"
    if rest and owner_job(ctx, rest.strip("*_ ")) is not None:
        return k + 1  # "Resolved: Rosa: Email the council": Rosa's action
    if rest and not _open_head(c):
        first_point = _INLINE_POINT_RE.search(text, ln.cstart + m.start("rest"), ln.cend)
        if first_point and _inline_points(
            ctx, first_point.start(), ln.cend, found, c[: first_point.start() - ln.cstart]
        ):
            return k + 1
        last = _continued(ctx, nonblank, k, item_starts)
        if last == k:
            nxt, end = _sub_points(ctx, nonblank, k, item_starts)
            found.add(ln.cstart, end)
            return nxt
        found.add(ln.cstart, line_end(ctx, nonblank[last]))
        return last + 1
    # The label (with "That the Committee:-" at most) opens what follows.
    j = k + 1
    if j < len(nonblank) and not _stops(ctx, nonblank[j], item_starts):
        nl = nonblank[j]
        nc = text[nl.cstart : nl.cend]
        if _enumerated(text, nl):
            return _split_points(ctx, nonblank, j, item_starts, found, c)
        mnum = NUM_RE.match(nc)
        if not (mnum and not _THAT_RE.match(nc) and heading_like(mnum.group("title"))):
            if _open_head(nc) and _OPEN_END_RE.search(nc):
                # "RESOLVED" / "That the Board:" / "(a) ... (b) ..."
                nxt = _split_points(ctx, nonblank, j + 1, item_starts, found, f"{c} {nc}")
                if nxt > j + 1:
                    return nxt
            last = _continued(ctx, nonblank, j, item_starts)
            if last == j:
                nxt, end = _sub_points(ctx, nonblank, j, item_starts)
                found.add(nl.start, end)
                return nxt
            found.add(nl.start, line_end(ctx, nonblank[last]))
            return last + 1
    nxt_label = j < len(nonblank) and bool(
        _LABEL_RE.match(text[nonblank[j].cstart : nonblank[j].cend])
    )
    if not (nxt_label and re.match(r"(?i)decisions?\b", c) or _EMPHASIS_RE.match(c)):
        found.add(ln.cstart, line_end(ctx, ln))  # "RESOLVED" alone: the decision is not given
    return k + 1


def that_resolution(
    ctx: Context, nonblank: list[Line], k: int, item_starts: set[int], found: _Found
) -> int | None:
    """A resolution written "That ...", often numbered: "1. That the refresh of the plan be
    approved.", "2. That the Director circulate slides to members." (with its sub-points)."""
    text = ctx.text
    ln = nonblank[k]
    c = text[ln.cstart : ln.cend]
    raw = text[ln.start : ln.cend].lstrip()
    if not (_THAT_RE.match(c) or (ENUM_RE.match(raw) and _THAT_WORD_RE.match(c))):
        return None
    if not (
        _RESOLUTION_VERB_RE.search(c)
        or ((ENUM_RE.match(raw) or NUM_RE.match(c)) and not _FINITE_RE.search(c))
        or (_open_head(c) and _OPEN_END_RE.search(c))
    ):
        return None
    if _open_head(c) and _OPEN_END_RE.search(c):
        nxt = _split_points(ctx, nonblank, k + 1, item_starts, found, c)
        if nxt > k + 1:
            return nxt
    nxt, end = _sub_points(ctx, nonblank, k, item_starts)
    found.add(ln.cstart, end)
    return nxt


def lettered_resolution(
    ctx: Context, nonblank: list[Line], k: int, item_starts: set[int], found: _Found
) -> int | None:
    """A numbered or lettered resolution with no keyword, in the subjunctive: "(a) the work
    programme as detailed in Appendix 1 be approved;", "(c) the Coordinator email all
    members and the matter be given further consideration at the next meeting."."""
    text = ctx.text
    ln = nonblank[k]
    raw = text[ln.start : ln.cend].lstrip()
    if not ENUM_RE.match(raw):
        return None
    c = text[ln.cstart : line_end(ctx, ln)]
    if not _SUBJUNCTIVE_RE.search(c) or _FINITE_RE.search(c) or c.rstrip().endswith("?"):
        return None
    found.add(ln.start, line_end(ctx, ln))
    return k + 1


# A planning application's reference: "25/00418/HOU", "DC/24/0123", "P/2024/0456/FUL".
# (Letters and digits both: "12/03/2024" is a date.)
_PLANNING_REF_RE = re.compile(
    r"\b(?=[A-Z0-9/]*\d\d)(?=[A-Z0-9/]*[A-Z])[A-Z0-9]{1,6}(?:/[A-Z0-9]{1,8}){2,3}\b"
)
# Its middle part, which starts with a plain "/": a fast test before the full one.
_REF_CORE_RE = re.compile(r"/[A-Z0-9]{1,8}/")
# A council's response to it: "No objection", "Support", "Object – overdevelopment",
# "Comments: no observations", "Recommend refusal".
_RESPONSE_RE = re.compile(
    r"(?i)^\W*(?:(?:response|comments?|observations?|decision|recommendation|resolved|agreed"
    r"|council\W?s?\s+(?:response|comments?))\W+)?(?:no\s+objections?|no\s+comments?|no\s+observations"
    r"|support(?:ed|s)?|object(?:ion|ions|s|ed)?|approve[ds]?|refuse[ds]?|recommend(?:ed)?\s+(?:approval"
    r"|refusal)|neutral)(?:\W*$|\s*[,–—(-]|\s+(?:subject|provided|on\s+the\s+grounds|due|because|as"
    r"|but|with|in\s+principle|to\s+the\s+(?:application|proposal)))"
)
_RESPONSE_SPLIT_RE = re.compile(r"\s*(?:\||\t|[.;]\s+|\s[–—-]\s|:\s)\s*")
# "The Council raised no objection to the application", "Members resolved to support it".
_RESPONSE_SENTENCE_RE = re.compile(
    r"(?i)\b(?:council|councillors|members|committee|we)\s+(?:would\s+|will\s+|resolved\s+to\s+"
    r"|agreed\s+to\s+|decided\s+to\s+|unanimously\s+)?(?:support(?:s|ed)?\s+(?:the|this|these)\s+"
    r"(?:application|proposal|plans?)|object(?:s|ed)?\s+to|(?:raise[sd]?|ha[sd]|have)\s+no\s+"
    r"objections?)\b"
)


def _responds(c: str, *, skip_first: bool) -> bool:
    """Whether a line gives a response to a planning application: a part of it ("... – No
    objection.", "| Support |", "Response: Object – loss of light") that opens with one, or a
    sentence saying the council supports or objects."""
    parts = _RESPONSE_SPLIT_RE.split(c)
    for part in parts[1:] if skip_first else parts:
        if (len(part.split()) <= 20 and _RESPONSE_RE.match(part)) or no_objection(part):
            return True
    return bool(_RESPONSE_SENTENCE_RE.search(c))


# "b. 18/00734/F": a lettered or numbered application inside a run-on paragraph.
_APPLICATION_START_RE = re.compile(
    r"(?:(?<=\s)|^)\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]\s+(?=[A-Z0-9]{1,6}/[A-Z0-9]{1,8}/)"
)


def _applications(text: str, start: int, cstart: int, end: int) -> list[tuple[int, int]]:
    """The parts of a line (text[start:end], its content from ``cstart``) that each list one
    application ("a. 18/0087/F ... No objections raised. b. 18/0073/F ..."): the content
    whole when it lists one."""
    marks = [m.start() for m in _APPLICATION_START_RE.finditer(text, start, end)]
    if len(marks) < 2:
        return [(cstart, end)]
    return list(zip(marks, [*marks[1:], end], strict=True))


def planning_responses(ctx: Context, found: _Found) -> None:
    """A council's response to each planning application listed: the application's line
    (with its reference, "25/00418/HOU – 7 Orchard Close – rear extension") and the response
    on it or on a line just under it ("No objection.", "Response: Support", "Object –
    overdevelopment"), in prose, lists or table rows."""
    text = ctx.text
    lines = ctx.lines
    item_starts = set(ctx.item_starts)
    for i in lines_with(ctx, "/"):
        ln = lines[i]
        if ln.blank or not _REF_CORE_RE.search(text, ln.cstart, ln.cend):
            continue
        if not _PLANNING_REF_RE.search(text, ln.cstart, ln.cend):
            continue
        parts = _applications(text, ln.start, ln.cstart, line_end(ctx, ln))
        if len(parts) > 1:  # "a. 18/0087/F ... No objections. b. 18/0073/F ..."
            for a, b in parts:
                if _responds(text[a:b], skip_first=False):
                    found.add(a, b, RESOLUTION)
            continue
        if ln.cstart in item_starts:
            continue  # an item's heading ("TB/24/061 Board Assurance Framework") is no response
        if _responds(text[ln.cstart : line_end(ctx, ln)], skip_first=True):
            found.add(ln.cstart, line_end(ctx, ln), RESOLUTION)
            continue
        # The response on one of the next lines, before the next application or item.
        j = i + 1
        while j < len(lines) and j <= i + 3 and not lines[j].blank:
            nl = lines[j]
            c = text[nl.cstart : line_end(ctx, nl)]
            if nl.cstart in item_starts or _PLANNING_REF_RE.search(c):
                break
            if _responds(c, skip_first=False):
                found.add(ln.cstart, line_end(ctx, nl), RESOLUTION)
                break
            j += 1


LINE_RULES: tuple[LineRule, ...] = (resolution_label, that_resolution, lettered_resolution)
# The first characters of the lines they read (past any bullet or "(a)"): a label, "That"
# or a number.
_LINE_RULE_FIRST = frozenset("RADNOTt0123456789(*_")


# "It was agreed that Cllr Jenkinson would meet the contractor", "... that JR would look into
# it": a named person's task, minuted as agreed (an action, not the meeting's decision).
_PERSON_TASK_RE = re.compile(
    r"\bagreed\s+that\s+(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:[A-Z]\.\s*)*[A-Z][\w’'-]+"
    r"|[A-Z]{2,4})(?:\s*,[^,.;]{1,40},)?\s+(?:would|will|should|to)\s+(?!be\b)[a-z]"
)


def _match_body_decided(st: str) -> re.Match[str] | None:
    hit = _BODY_DECIDED_RE.search(st)
    if hit and _PARTNER_TASK_RE.match(st, hit.start()):
        return None
    return hit


def _match_short_passive(st: str) -> re.Match[str] | None:
    if len(st) > 90:
        return None
    hit = _SHORT_PASSIVE_RE.match(st)
    if hit is None or _SHORT_PASSIVE_SUBJECT_STOP.search(st):
        return None
    words = st.split()
    if words[1:2] == ["agreed."] and words[0][:1].isupper():
        return None  # "John agreed.": a person assenting, not a decision
    return hit


_APPROVAL = "agreed|approved|endorsed|ratified|adopted|carried|signed|confirmed"
# Sentence rules in order: each returns a match when the sentence states a decision, and
# runs only on sentences holding one of its words (as _KEY_RE finds them, lower-cased).
SENTENCE_RULES: tuple[tuple[Rule, str, frozenset[str]], ...] = tuple(
    (rule, kind, frozenset(needs.split("|")))
    for rule, kind, needs in (
        (
            _IT_WAS_RESOLVED_RE.search,
            RESOLUTION,
            "resolved|agreed|decided|agreement|consensus|decision|voted|given|granted",
        ),
        (
            _match_body_decided,
            RESOLUTION,
            f"{_APPROVAL}|resolved|noted|accepted|decided|recommended|happy|content|pleased"
            "|satisfied|voted|supported|gave|opted|chose|selected|appointed|co-opted",
        ),
        (_MINUTES_APPROVED_RE.search, RESOLUTION, "minutes"),
        (_ELECTED_RE.search, RESOLUTION, "elected|appointed|took the role"),
        (_PASSIVE_APPROVED_RE.search, RESOLUTION, _APPROVAL),
        (_PAPER_NOTED_RE.search, RESOLUTION, "noted"),
        (_WITH_CHANGES_RE.search, RESOLUTION, "amend|chang|correct|alter|modif"),
        (_match_short_passive, RESOLUTION, f"{_APPROVAL}|accepted"),
        (_MOTION_RE.search, MOTION, "propos|moved|moves"),
        (no_objection, RESOLUTION, "objection|observations"),
        (
            passive_outcome,
            RESOLUTION,
            "accepted|signed|approved|agreed|adopted|noted|endorsed",
        ),
        (elected, RESOLUTION, "elected|voted"),
        (
            informal_decision,
            RESOLUTION,
            "let’s|let's|lets|we |go ahead|voted|consent",
        ),
        (
            put_off,
            RESOLUTION,
            "next|future|later|kiv|keep in",
        ),
        (body_accepts, RESOLUTION, "accepts|approves|adopts|endorses|ratifies|agrees"),
        (motion_stated, RESOLUTION, "motion|m/s|msc"),
        (consensus, RESOLUTION, "consensus|in support|in favour|in favor"),
        (settled_to_be, RESOLUTION, "to be"),
        (agreed_in_passing, RESOLUTION, "agreed|decided|resolved|agreement"),
        (tallied, RESOLUTION, "y:|against"),
    )
)
# The rules' words, as they occur in a lower-cased sentence.
_KEY_RE = any_of({w for _, _, needs in SENTENCE_RULES for w in needs})
# Each word: the indices of the rules that need it or a word within it (_KEY_RE finds the
# longest word: "selected", not "elected").
_RULES_OF = {
    w: tuple(i for i, (_, _, needs) in enumerate(SENTENCE_RULES) if any(n in w for n in needs))
    for _, _, needs in SENTENCE_RULES
    for w in needs
}


def _kind(st: str, kind: str) -> str:
    """A motion that names only who moved and seconded it ("Proposed Cllr A, seconded Cllr
    B, all in favour"), or a sentence that records a vote, is a vote; else ``kind``."""
    if kind == MOTION and not _WORD_RE.search(_MOTION_FORM_RE.sub(" ", st)):
        return VOTE
    low = st.lower()
    if ("carr" in low or "vote" in low or "content" in low) and _VOTE_RE.search(st):
        return VOTE
    return kind


def decision_sentences(
    ctx: Context, nonblank: list[Line], k: int, item_starts: set[int], found: _Found
) -> int | None:
    """Each sentence of the line that states a decision (see :data:`SENTENCE_RULES`); one
    ending its line and opening a list ("It was RESOLVED that:") heads the sub-points."""
    ln = nonblank[k]
    nxt = k + 1
    sentences = sentences_of_line(ctx, ln)
    for n, (s_start, s_end, st, low) in enumerate(sentences):
        keys = _KEY_RE.findall(low)
        if not keys or ("agreed that" in low and _PERSON_TASK_RE.search(st)):
            continue
        seconded = None
        if ("propos" in low or "move" in low) and _PROPOSAL_RE.search(st):
            seconded = _seconded_after(ctx, nonblank, k, n)
        if seconded is not None:
            # "Cllr A proposed that Cllr B be elected Vice Chair." + "This was seconded by
            # Cllr C and agreed unanimously." / "Motion carried.": one decision, the proposal.
            found.add(s_start, s_end, RESOLUTION)
            found.spans.add(*seconded)
            continue
        for i in sorted({i for key in keys for i in _RULES_OF[key]}):
            rule, kind, _ = SENTENCE_RULES[i]
            if rule(st) is None:
                continue
            if rule is motion_stated and _lost_after(ctx, nonblank, k, n):
                break  # "Motion by Lee to close the kiosk. Motion failed 2-3."
            if s_end >= line_end(ctx, ln):
                if _open_head(st) and _OPEN_END_RE.search(st):
                    split = _split_points(ctx, nonblank, k + 1, item_starts, found, st)
                    if split > k + 1:
                        return split
                # "It was agreed that the process would consist of:" ending its line heads
                # the sub-points as one decision.
                nxt, s_end = _sub_points(ctx, nonblank, k, item_starts, st)
            if n and ANAPHORIC_RE.match(st) and len(st) < 120:
                # "This was approved.": what was approved is the sentence before it.
                p_start, p_end, prev, _ = sentences[n - 1]
                if _TWO_LETTERS_RE.search(prev) and not found.spans.overlaps(p_start, p_end):
                    s_start = p_start
            if rule is tallied:
                s_start = _voted_on(sentences, n, found)
                kind = (
                    RESOLUTION
                    if _WORD_RE.search(TALLY_RE.sub(" ", ctx.text[s_start:s_end]))
                    else VOTE
                )
            glued = _GLUED_HEADING_RE.match(st)
            if glued and s_start == sentences[0][0]:
                s_start += glued.end()  # "Election of Chairman It was proposed ..."
            run_on = _run_on(st)
            if run_on is not None and s_start < s_end - len(st) + run_on.start():
                # "... agreed we need a rota (BBMS) Board also agreed to buy an LMS": two
                # decisions with no full stop between them
                split = s_end - len(st) + run_on.start()
                found.add(s_start, split, _kind(st, kind))
                s_start = split
            found.add(s_start, s_end, _kind(st, kind))
            break
    return nxt


def _voted_on(sentences: list[Sentence], n: int, found: _Found) -> int:
    """Where what a vote's count (in sentence n) was cast on starts: the first sentence of the
    line or paragraph not already a decision ("New proposals only there. 10Y:0N:0A")."""
    start = sentences[n][0]
    for s_start, s_end, _, _ in reversed(sentences[:n]):
        if found.spans.overlaps(s_start, s_end):
            break
        start = s_start
    return start


# A second decision run on with no full stop: "... part of the asset system (BBMS) Board also
# agreed to implement ...".
_RUN_ON_DECISION_RE = re.compile(
    r"(?<=[a-z)\]])\s+(?=(?:The\s+)?(?:Board|Committee|Council|Members|Group|Trustees)\s+"
    r"(?:also\s+|then\s+|further\s+)?(?:agreed|resolved|decided|approved)\b)"
)
# Words after which "Board agreed" goes on the same clause ("the Board agreed", "where
# Members agreed").
_CLAUSE_GOES_ON = frozenset(
    """
    the a an and or but where when that which who as if once after before because so while
    whether then following with by
    """.split()  # noqa: SIM905
)


def _run_on(st: str) -> re.Match[str] | None:
    """Where a second decision starts in a sentence with no full stop before it ("... (BBMS)
    Board also agreed to ..."), if it does."""
    for m in _RUN_ON_DECISION_RE.finditer(st, 20):
        before = st[: m.start()].split()
        if before and before[-1].lower() not in _CLAUSE_GOES_ON:
            return m
    return None


# A proposal or motion put: "X proposed that", "X moves to adopt", "It was proposed by X that".
_PROPOSAL_RE = re.compile(
    r"(?i)\b(?:proposed|moved|moves|propose[sd]?)\s+(?:(?:by|from)\s+[^.;]{1,60}?\s+)?(?:that|to)\b"
)


def _lost_after(ctx: Context, nonblank: list[Line], k: int, n: int) -> bool:
    """Whether the sentence after sentence n of nonblank[k] (on its line or the next) says
    the motion was not carried."""
    sentences = sentences_of_line(ctx, nonblank[k])
    if n + 1 < len(sentences):
        return motion_lost(sentences[n + 1][2])
    if k + 1 < len(nonblank):
        following = sentences_of_line(ctx, nonblank[k + 1])
        return bool(following) and motion_lost(following[0][2])
    return False


def _seconded_after(ctx: Context, nonblank: list[Line], k: int, n: int) -> tuple[int, int] | None:
    """The span of the sentence right after sentence n of nonblank[k] (on the same line or
    the next) when it only records the proposal's seconding or carrying."""
    sentences = sentences_of_line(ctx, nonblank[k])
    if n + 1 < len(sentences):
        nxt = sentences[n + 1]
    elif k + 1 < len(nonblank) and not _stops(ctx, nonblank[k + 1], set(ctx.item_starts)):
        following = sentences_of_line(ctx, nonblank[k + 1])
        if not following:
            return None
        nxt = following[0]
    else:
        return None
    return (nxt[0], nxt[1]) if SECONDED_RE.match(nxt[2]) else None


def _sub_points(
    ctx: Context, nonblank: list[Line], k: int, item_starts: set[int], head: str | None = None
) -> tuple[int, int]:
    """A resolution on nonblank[k] (its paragraph, or ``head``) left open ("That the
    Board", "resolved that:") takes the numbered, lettered or bulleted sub-points after it.
    Returns the index of the first line not taken and the end of the last line taken."""
    text = ctx.text
    end = line_end(ctx, nonblank[k])
    j = k + 1
    if not _OPEN_END_RE.search(text[nonblank[k].cstart : end] if head is None else head):
        return j, end
    while j < len(nonblank):
        nl = nonblank[j]
        if nl.cstart in item_starts or not _enumerated(text, nl):
            break
        end = line_end(ctx, nl)
        j += 1
    return j, end
