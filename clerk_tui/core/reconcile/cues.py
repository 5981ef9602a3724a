"""What a status cell or a sentence says about an action: done, dropped, passed to someone,
re-dated, or progress.

Precision comes first, because a wrong "done" closes an action nobody finished:

- a status cell is done only when it starts with a word of completion ("Done", "Complete –
  Rolf is HZB's representative", "Closed"), and its note carries no doubt;
- a sentence is done only when it states completion in the past or perfect ("had been
  circulated", "was complete") with no negation, doubt, condition or future in its clause
  and nothing in the sentence saying the matter goes on ("was waiting for", "now pursuing",
  "still to"); what it says was completed must be the action's own object ("the JSNA summary
  had been circulated"), and an action to follow something up, monitor or review it is not
  finished by news about that thing;
- "Not done", "ongoing", "in progress", "still to", "waiting for" are never done.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from clerk_tui.core.parse.layout import TICKS
from clerk_tui.core.reconcile.changes import new_due, new_owner
from clerk_tui.core.reconcile.grammar import verb_form
from clerk_tui.core.reconcile.model import DONE, DROPPED, UPDATE
from clerk_tui.core.reconcile.participles import participle_status
from clerk_tui.core.reconcile.words import distinctive, vocabulary, words

_MOTION = r"(?!\s*(?:[:\-–—,]\s*)*(?:that|to)\b)"
"""Not a decision's opening ("RESOLVED – that the Clerk writes ...", "Agreed: to write ..."):
what follows is asked anew, no report that it was done."""
DONE_WORD = r"(?:complete|completed|done|closed|finished|achieved|discharged|actioned)"
_DONE_VERB = (
    r"(?:circulated|sent|shared|published|provided|submitted|issued|arranged|held|distributed"
    r"|updated|added|written|wrote|made|placed|undertaken|delivered|emailed|e-mailed|contacted"
    rf"|forwarded|resolved{_MOTION}|addressed|organised|organized|implemented|finalised|finalized"
    r"|launched|completed|finished|actioned|signed|carried out|taken place|uploaded|posted"
    r"|drafted|released|merged|deployed|shipped|rolled out|migrated"
    r"|installed|appointed|commissioned|scheduled|booked|returned|answered|invited|ordered"
    r"|purchased|bought|paid|repaired|mended|replaced|fixed|renewed|amended|produced|prepared"
    r"|presented|informed(?!\s+by)|notified|told|approached|spoken|checked|confirmed"
    rf"|agreed{_MOTION}"
    r"|set up"
    r"|followed up|looked into|reviewed|investigated|considered|explored|clarified|raised"
    rf"|obtained|received|secured|sourced|got|collected|found|accepted|approved{_MOTION}|erected"
    r"|cleared"
    r"|granted|awarded"
    r"|removed|sorted|dealt with)"
)
_TICKED = rf"(?:[{TICKS}]\ufe0f?\s*)?"
"""A tick after what was done ("circulated ✓", "done ✅"), which says it again."""
_EMPHASIS = r"[*_]{0,3}"
"""Markdown's bold or italic marks around a label or a status ("**Hall booking:** Done",
"_Closed_"), which say nothing themselves."""
_DONE_PATTERNS = [
    # a status closing the passage ("... has accepted the task. (closed)", "**Rota:** Done")
    # says it before any verb inside it
    re.compile(
        rf"(?:^|[:\-–—(|]{_EMPHASIS}\s*){_EMPHASIS}{DONE_WORD}(?![a-z])"
        rf"{_EMPHASIS}\s*[).]?\s*{_TICKED}$"
    ),
    re.compile(
        rf"\b(?:was|were|is|are|had been|has been|have been|now)\s+(?:now\s+)?{DONE_WORD}\b"
    ),
    re.compile(
        rf"\b(?:had|has|have)\s+(?:now\s+|since\s+|already\s+)?(?:been\s+)?(?:\w+ly\s+)?"
        rf"{_DONE_VERB}\b"
    ),
    re.compile(rf"\b(?:was|were)\s+(?:now\s+|duly\s+)?(?:\w+ly\s+)?{_DONE_VERB}\b"),
    re.compile(rf"\bstatus\s*(?::|-|–|was|is)?\s*{DONE_WORD}\b"),
    re.compile(rf"\b{DONE_WORD}\s+since\s+the\s+last\s+meeting\b"),
    # a note ending in what was done, perhaps by whom: "terms of reference circulated",
    # "Letter sent 20 May", "completed by Ravi"
    re.compile(
        rf"(?<!\bbe )(?<!\bbeing )(?<!\bis )(?<!\bare )\b{_DONE_VERB}"
        rf"(?:\s+by\s+(?:the\s+)?[a-z][\w.'’-]*(?:\s+[a-z][\w.'’-]*)?)?"
        rf"(?:\s+(?:on\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+[a-z]+(?:\s+\d{{4}})?"
        rf"|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?))?\s*[.)]?\s*{_TICKED}$"
    ),
    # someone saying they did it: "Ravi has done this", "the Clerk had already done it"
    re.compile(r"\b(?:had|has|have)\s+(?:now\s+|already\s+)?done(?=\s+(?:this|it|that)\b)"),
]
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|now)\b")
_IN_PART = (
    r"partially|partly|in\s+part|mostly|largely|substantially|broadly|virtually|practically"
    r"|half(?![\w-])|all\s+but|more\s+or\s+less|(?:some|most|part|much)\s+of\s+(?:the|its|their)"
)
"""Words saying only part of the work is done ("mostly done", "largely complete", "half
done", "all but finished", "some of the tickets"): the rest is still open."""
_DOUBT = re.compile(
    r"\b(?:not|no|never|nor|yet|outstanding|ongoing|on-going|in progress|pending|remains?"
    rf"|remained|{_IN_PART}|awaiting|awaited|awaits|waiting|still|delayed|deferred|postponed"
    r"|carried forward|would|will|shall|should|to be|expected|once|if|unless|until|planned to"
    r"|plans to|hoped|hopes|intend|intended|aims to|due to be|likely|almost|nearly|whether"
    r"|pursuing|chasing|progressing|continu\w+|on hold|in hand|underway|under way|tbc|unable"
    r"|requested that|asked that|request that|could|can|might|must|needs? to|in principle"
    r"|subject to|provisionally|conditionally)\b|n't\b|\?"
    r"|\bbe\s+(?:\w+ly\s+)?\w+(?:ed|en)\b"
    r"|\b(?:one|two|three|four|five|some|most|half|part|several|many|\d+)\s+of\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b"
)
"""Words of negation, doubt or future; a decision that something be done ("agreed and an
advert be placed"); and a part done ("two of the three quotes")."""
_GOES_ON = re.compile(
    r"\b(?:not\s+(?:yet|been|done|complete\w*|started|finished|possible|able|heard|replied"
    r"|responded)|unable\s+to|(?:remains?|remained|still|kept|left)\s+open|still\s+to|still"
    r"|waiting|awaiting|awaited|awaits|pursuing|chasing|ongoing|on-going|in progress|outstanding"
    rf"|pending|{_IN_PART}|on hold|underway|under way|continu\w+|progressing"
    r"|delay(?:ed|ing|s)?"
    r"|yet\s+to|chase\w*\s+(?:\w+\s+){0,3}?again|no\s+(?:further\s+)?(?:progress|changes?|news|reply"
    r"|response|word|update)|carr(?:y|ied)\s+(?:forward|over)|c/f|standing\s+(?:item|action)"
    r"|on\s+(?:its|their)\s+way|in\s+hand|being\s+(?:progressed|pursued|dealt\s+with|looked\s+into"
    r"|followed\s+up|actioned|processed|chased))\b"
    r"|n't\b",
    re.I,
)
"""Words saying the matter goes on: anywhere in a sentence, they leave it open ("to chase
again", "no progress", "no update", "carried forward", "standing item", "on their way", "in
hand", "being progressed", "remains open", "had been unable to", "had not replied", "was
absent, delaying the survey" too)."""
PART_DONE = re.compile(
    r"\bbut\s+(?:(?:the|a|an|its|their)\s+\w+\s+(?:ha[sd]|have|is|are|was|were)\s+)?"
    r"(?:not|none|no|nothing|yet|still)\b",
    re.I,
)
"""A passage saying part of the work is done and part is not ("the gate has been repaired
but not the wall", "the hedge was cut but the verge was not"): progress, never done."""

_UPDATE_SUBJECT = re.compile(
    r"\b(?:update|progress)\s+(?:on|regarding|about|in respect of|concerning|with)\b"
)
_REPORTED = re.compile(
    r"\b(?:reported|informed|updated|explained|advised|confirmed|briefed|noted"
    r"|presented|tabled|circulated|shared|gave|provided|outlined"
    r"|(?:was|were) (?:given|provided|received|presented))\b"
)
_ACTIVITY = re.compile(
    r"\b(?:update|progress|report)\s+(?:on|regarding|about|in respect of|concerning)\b"
    r"|\b(?:had|has|have)\s+(?:now\s+|also\s+|since\s+|not\s+(?:yet\s+)?)?(?:been\s+)?"
    r"(?:\w+ly\s+)?\w+(?:ed|en|wn|t|ne)\b"
    r"|\b(?:was|were|is|are)\s+(?:now\s+|still\s+|currently\s+)?\w+ing\b"
    r"|\b(?:ongoing|on-going|in progress|outstanding|deferred|delayed|postponed|carried forward"
    r"|awaited|awaiting|not yet|on hold|in hand)\b"
)
_FUTURE = re.compile(r"\b(?:would|will|shall|to provide|to bring|to circulate|to report)\b")
REQUEST = re.compile(
    r"(?<!had )(?<!has )(?<!have )(?:\b(?:asked|requested|instructed|tasked|directed|invited)\b"
    r"(?:\s+that)?[^.;]{0,60}?\bto\s+(?!the\b|a\b|an\b|be\b)[a-z]+"
    r"|(?<!who )(?<!which )\b(?:agreed|undertook|offered|volunteered)\s+to\b"
    r"|\brequested\s+that\b)|\bACTION\b"
)
"""A new request ("asked the Clerk to", "agreed to"), not a report of what was done; "had
agreed to" reports what someone else did, and "who agreed to" what the one the report names
will do ("had spoken to the landowner, who agreed to clear the path")."""
_DROPPED = re.compile(
    r"\b(?:cancel(?:l?ed)?|no\s+longer\s+(?:required|needed|necessary|relevant|applicable"
    r"|appropriate|an\s+issue|being\s+pursued)|not\s+(?:required|needed|necessary)\s+(?:any\s*more"
    r"|now)|superseded|withdrawn|dropped|obsolete|overtaken\s+by\s+events|abandoned"
    r"|(?:would|will|is|was)\s+not\s+be(?:ing)?\s+(?:pursued|taken\s+forward|progressed)|time\s+expired"
    r"|no\s+further\s+action|agreed\s+(?:to\s+(?:drop|remove|withdraw)|not\s+to)"
    r"|removed\s+from\s+the\s+(?:action\s+)?(?:log|list))\b",
    re.I,
)
# The verb an action asks for decides what finishes it.
_PROCESS_VERBS = vocabulary(
    """follow pursue monitor consider explore investigate look discuss review keep continue check
    clarify liaise work progress assess examine research scope think raise seek"""
)
_OBTAIN_VERBS = vocabulary(
    "get obtain chase seek request source find secure collect ask order buy purchase"
)
_OBTAIN_CUES = vocabulary("obtained received secured sourced got collected found accepted")
_GRANTED = _OBTAIN_CUES | {"granted"}
"""What ends an action to seek something, though seeking goes on till then ("permission had
been received" or "granted" for "Seek permission from the County")."""
_PROCESS_CUES = vocabulary("reviewed considered checked investigated explored clarified raised")
"""Completions that finish only an action asking for that very thing ("review the policy")."""
_DECISION_CUES = vocabulary("agreed approved accepted")
_DECIDED_VERBS = vocabulary(
    """agree approve decide consider discuss review draft prepare write propose present produce
    submit circulate bring recommend put table invite apply"""
)
"""A decision ends only an action that put something to be decided ("Draft the policy", then
"the policy was approved"), or one to obtain what was accepted ("Get quotes")."""
_CONTACT_CUES = vocabulary(
    "emailed e-mailed contacted written wrote approached spoken asked phoned telephoned rang"
)
_CONTACT_VERBS = vocabulary(
    """contact email e-mail write ask tell inform notify speak approach send circulate forward
    share liaise raise request chase invite respond answer reply remind phone ring consult
    discuss meet"""
)
"""Getting in touch with someone finishes only an action to get in touch (or to pass
something on), not one that needs what the contact was for."""
_QUESTION_VERBS = vocabulary("ask enquire inquire query clarify establish")
"""An action to ask something is finished by asking or by the answer, not by other news of
the body asked ("the schedule had been placed on the Borough Council's website")."""
_VERBS = (
    _PROCESS_VERBS
    | _OBTAIN_VERBS
    | _CONTACT_VERBS
    | vocabulary(
        """circulate send share provide distribute forward supply issue publish present submit give
    email upload post produce prepare draft write update add amend create complete finalise
    finalize install fix repair replace order buy purchase pay renew arrange organise organize
    book hold invite set schedule contact inform notify tell speak approach confirm make put
    report bring agree sign implement launch appoint commission answer respond return remove
    clear erect sort circulat ensure"""
    )
)


@dataclass(frozen=True)
class Reading:
    """What one passage says about one action."""

    kind: str
    """DONE, DROPPED or UPDATE."""
    cue: str
    """The words that say so."""
    contrary: bool = False
    """Says the action is not finished (not done, outstanding, waiting, still to ...)."""
    owner: str | None = None
    """Someone the action has passed to ("passed to JB", "AK has taken this on")."""
    due_phrase: str | None = None
    """A new date ("moved to September", "would now take place in July")."""


_MODAL = vocabulary("would will shall should could might must")


def _own(word: str, action_text: str) -> bool:
    """A word of the action's own text that names what it is about ("bus shelters awaiting
    repair"), so it is no doubt about the action; a modal ("would") is never that."""
    word = word.lower()
    return (
        len(word) >= 5
        and " " not in word
        and word not in _MODAL
        and bool(re.search(rf"\b{word}\b", action_text.lower()))
    )


def doubts(clause: str, action_text: str = "") -> list[str]:
    """Words of negation, doubt or future in the clause, except those naming the action itself
    ("bus shelters awaiting repair"), the delivery of a thing it was to order, or what another
    thing joined on after "and" will do (`other_subject`); and the first of what an action asks
    again and again (`first_of_many`)."""
    clause = clause[: min(other_subject(clause, action_text), next_step_at(clause, action_text))]
    clause = _without_reasons(clause, action_text)
    found = (m.group() for m in _DOUBT.finditer(_ordered(clause, action_text).lower()))
    first = first_of_many(clause, action_text)
    return [word for word in found if not _own(word, action_text)] + ([first] if first else [])


_JOINED_SUBJECT = re.compile(
    r"\s*,?\s+and\s+(?P<subject>(?:the|a|an|this|that|these|those|its|their|his|her|our)"
    r"(?:\s+[\w'’-]+){1,3}?)\s+(?:would|will|shall|should|could|can|may|might|must|is|are|was"
    r"|were|has|have|had)\b",
    re.I,
)


def other_subject(clause: str, action_text: str) -> int:
    """Where a clause joined on by "and" starts, when its subject is another thing than any
    the action names ("The banner had been put up and the fete would be discussed in May" for
    "Put up a banner for the fete" names the fete: all one clause; for "Put up the banner by
    the gate", the fete's future is no doubt that the banner is up), unless it speaks of that
    work again ("and the contractor would come back to finish it", `_BACK`); else the clause's
    end."""
    own = set(words(action_text))
    for joined in _JOINED_SUBJECT.finditer(clause):
        if not _same_matter(joined.group("subject"), own, clause, joined.end(), len(clause)):
            return joined.start()
    return len(clause)


def _same_matter(subject: str, own: set[str], text: str, start: int, end: int) -> bool:
    """Whether a clause joined on with a subject of its own is still of the action's matter:
    its subject names one of the action's things (`own`), or `text` between `start` and `end`
    speaks of that work again (`_BACK`)."""
    return bool(set(words(subject)) & own) or bool(_BACK.search(text, start, end))


_JOINED_STEP = re.compile(
    r"\s*,?\s+and\s+(?:(?:it|they|these|this)\s+)?(?:will|would|shall|is|are|was|were)\s+"
    r"(?:now\s+|then\s+)?(?:to\s+)?"
    r"(?:be\s+)?(?P<verb>[a-z]+)",
    re.I,
)
_MORE_WORK = re.compile(
    r"\b(?:finish\w*|complet\w*|finali[sz]\w*|confirm\w*|remaining|rest|remainder|again"
    r"|once|if|unless|until|subject\s+to)\b",
    re.I,
)
"""Words by which a next step is more of the same work ("and will be completed", "would be
confirmed", "again") or waits on something ("once the deposit is paid")."""


def next_step_at(clause: str, action_text: str) -> int:
    """Where the next step for the thing the action's own work was done to starts, joined on
    with no subject but the thing's pronoun ("Quotes had been obtained and will be considered
    in May", "had ordered the badges and they would be paid for from the fund", "the
    tickets had been printed and would be handed out"): what comes next is other work, no
    doubt of this; not a step of the same work or more of it, nor one waiting on something
    (`_MORE_WORK`: "and would be booked again", "and will be confirmed once ..."). Else the
    clause's end."""
    verb = action_verb(action_text)
    own = _own_past(action_text)
    for step in _JOINED_STEP.finditer(clause):
        before = clause[: step.start()].lower()
        done = bool(own and re.search(rf"\b{own}\b", before)) or (
            verb in _OBTAIN_VERBS and any(cue in before.split() for cue in _GRANTED)
        )
        form = verb_form(step.group("verb").lower())
        lemma = form[0] if form else step.group("verb").lower()
        if done and lemma != verb and not _MORE_WORK.search(clause, step.start()):
            return step.start()
    return len(clause)


_REASON = re.compile(
    r",?\s+(?:as|because|since)\s+(?P<subject>it|they|there|(?:the|this|that|these|those|its"
    r"|their)(?:\s+[\w'’-]+){1,3}?)\s+(?:is|are|was|were|had|has|have|remains?|remained)\b"
    r"[^,;:.]*",
    re.I,
)
"""A reason given after a clause ("..., as it is still vacant", "because the post was still
empty"): why the work was done, with a subject of its own."""


def _without_reasons(text: str, action_text: str) -> str:
    """`text` without the reasons it gives (`_REASON`) whose subject is none of the action's
    things and which do not speak of its work again (`_BACK`): "permission had been received
    to fill the post, as it is still vacant" says nothing of the permission being awaited."""
    own = set(words(action_text))

    def kept(reason: re.Match[str]) -> str:
        subject = reason.group("subject")
        same = _same_matter(subject, own, text, reason.end("subject"), reason.end())
        return reason.group() if same else ""

    return _REASON.sub(kept, text)


_BACK = re.compile(
    r"\b(?:it|this|these|them|that\s+work|the\s+(?:work|job|task|rest|remainder)|finish\w*"
    r"|complet\w*|remaining|again)\b",
    re.I,
)
"""Words by which a joined clause speaks of the first one's work ("and the contractor would
return to finish it"): it is the same matter, still to come."""


_RECURRING = re.compile(
    r"\b(?:regular(?:ly)?|monthly|weekly|fortnightly|quarterly|termly|each|every|series)\b", re.I
)
_FIRST = re.compile(r"\b(?:one|a\s+first|the\s+first|first|initial)\b", re.I)


def first_of_many(clause: str, action_text: str) -> str | None:
    """The first one (or only one) of what an action asks to happen again and again: "one
    held in October" of "organise regular meetings", "the first litter pick" of "organise
    monthly litter picks": a start, not the task done."""
    if not _RECURRING.search(action_text):
        return None
    match = _FIRST.search(clause)
    return match.group() if match else None


_DELIVERY = re.compile(
    r"\b(?:awaiting|awaited|waiting\s+for|await)\s+(?:the\s+|its\s+|their\s+)?deliver\w*"
    r"|\bdeliver\w*\s+(?:is\s+|was\s+|now\s+)*(?:expected|awaited|due|pending)\b[^,;.]*",
    re.I,
)
_ORDER_VERBS = frozenset({"order", "buy", "purchase", "procure"})


def _ordered(text: str, action_text: str) -> str:
    """`text` without the wait for a delivery when the action was to order the thing ("ordered,
    delivery expected in April"): the ordering is done; the supplier's part is no doubt of it."""
    verb = action_verb(action_text)
    return _DELIVERY.sub(" ", text) if verb in _ORDER_VERBS else text


_MESSAGE = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+that\b", re.I)


def before_message(clause: str, at: int) -> str:
    """`clause` up to the message its verb, ending at `at`, passes on: "have been advised that
    there will be no plinth", "told the group that it would not be used": what is said there
    is no word on the work."""
    message = _MESSAGE.match(clause, at)
    return clause[: message.end()] if message else clause


def goes_on(sentence: str, action_text: str = "") -> str | None:
    """Words saying the matter is not finished, if any (not those of the action's own text, nor
    of a reason given for it, `_without_reasons`)."""
    sentence = _without_reasons(sentence, action_text)
    found = (m.group() for m in _GOES_ON.finditer(_ordered(sentence, action_text)))
    return next((word for word in found if not _own(word, action_text)), None)


def says_done(clause: str, action_text: str = "") -> str | None:
    """The words stating completion, when the clause plainly says something was done.

    `action_text` is the action the clause is taken to speak of; its own words do not count
    as doubt. A clause about "an update on" something reports progress, not completion.
    """
    match = _done_match(clause, action_text)
    return clause[match.start() : match.end()].strip(" :-–—(|") if match else None


_CLOSING = re.compile(
    r"\b(?:can|could|may)\s+(?:now\s+)?be\s+(?:closed|marked\s+(?:as\s+)?(?:complete|done|closed))\b"
    r"|\b(?:agreed|resolved)\s+(?:that\s+)?to\s+close\b"
)
"""The committee closing an action ("agreed it could be closed", "can now be marked
complete"), which reads as done though 'can' is otherwise a word of doubt; what 'would' or
'should' be closed is still to come."""


def _done_match(clause: str, action_text: str) -> re.Match[str] | None:
    lowered = clause.lower()
    closing = _CLOSING.search(lowered)
    if closing and not doubts(lowered[: closing.start()] + lowered[closing.end() :], action_text):
        return closing
    if doubts(clause, action_text) or _UPDATE_SUBJECT.search(lowered):
        return None
    for pattern in _DONE_PATTERNS:
        match = pattern.search(lowered)
        if match:
            return None if _as_asked(lowered, match, action_text) else match
    return _own_verb_done(clause, action_text) or done_in_simple_past(clause)


_TASK_LEAD = re.compile(
    r"^\W*(?:[A-Z][\w.'’-]*(?:\s*(?:,|&|/|and)\s*[A-Z][\w.'’-]*)*\s+to\s+)?(?P<verb>[A-Za-z]+)"
)
"""The verb an action opens with, after any owner leading it ("Tiago, Matthias to present")."""


def _as_asked(lowered: str, match: re.Match[str], action_text: str) -> bool:
    """Whether the completion word is the action's own, inside the task restated as it was
    asked: "Boris to get the hall lease signed" for "Get the hall lease signed", a list of
    the last actions repeating them, says nothing of the lease being signed."""
    said = re.findall(r"[a-z]+", lowered[match.start() : match.end()])
    asked = action_text.lower()
    if not said or not re.search(rf"\b{said[-1]}\b", asked):
        return False
    lead = _TASK_LEAD.match(action_text)
    verb = lead.group("verb").lower() if lead else ""
    task = rf"\b(?:to|will|shall|should|must)\s+(?:\w+\s+)?{re.escape(verb)}\b"
    return bool(verb) and (
        bool(re.search(task, lowered[: match.start()]))
        or _restated(lowered[: match.end()], asked, verb, said[-1])
    )


def _restated(said_up_to: str, asked: str, verb: str, done_word: str) -> bool:
    """Whether the words up to the completion word are the action's own, word for word from
    its verb ("Ensure that all outstanding CLAs are completed" heading the review of that
    action): the title read out again, not news of it."""
    words = re.findall(r"[a-z]+", asked)
    if verb not in words or done_word not in words:
        return False
    own = words[words.index(verb) : len(words) - words[::-1].index(done_word)]
    return len(own) >= 3 and re.findall(r"[a-z]+", said_up_to)[-len(own) :] == own


_DOER = (
    r"(?:\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e)|\b(?i:clerk|chair|chairman|chairperson|secretary"
    r"|treasurer|officer)|\b(?!(?:The|This|That|These|Those|An?|Its|Their|Our)\b)[A-Z][a-z]+"
    r"|\b[A-Z]{2,4}|\b(?i:each|every|all|both)\s+[a-z]+)\s+(?:also\s+|duly\s+|then\s+|finally\s+|now\s+)?"
)
"""Who did something, before the verb: a name, initials, a role or a pronoun ("She sent",
"The clerk wrote"), read in a report's prose where the doer is seldom written as an owner
is (so not :data:`.lists.NAMES`, which leads a restated task: "Bea to", "Eric and Ben
will")."""
_SIMPLE_PAST = re.compile(
    rf"{_DOER}(?P<verb>sent|wrote|e-?mailed|circulated|contacted|spoke|met|phoned|rang|telephoned|submitted"
    r"|ordered|booked|paid|installed|repaired|replaced|arranged|published|posted|delivered"
    r"|completed|finished|drafted|forwarded|distributed|issued|uploaded|obtained|collected"
    r"|purchased|bought|fixed|cleared|removed|organised|organized|released|merged|deployed"
    r"|shipped)\b(?!\s+(?:that|whether|if)\b)"
)
"""Someone reporting in the simple past what they did: "the Clerk sent a note of the
discussions", "Cllr Hale spoke to the neighbours", "each school sent round its figures"."""


_PREPOSITION = re.compile(r"\s(?:for|to|with|at|on|in|about|by|from|of|before|after)\s")


def _object(clause: str, match: re.Match[str]) -> str:
    """What a verb in the simple past was done to: its object, up to a preposition ("booked
    the marquee for the summer fair": the marquee); all that follows when a preposition comes
    first ("wrote to the County about the drain")."""
    rest = re.split(r"[,;:]|\band\b|\bbut\b|\bwhich\b", clause[match.end() :])[0]
    cut = _PREPOSITION.search(f" {rest} ")
    return (
        rest if cut is None or not rest[: max(cut.start() - 1, 0)].strip() else rest[: cut.start()]
    )


def done_in_simple_past(clause: str) -> re.Match[str] | None:
    """A completion in the simple past after its doer (a name, a role or a pronoun), the way
    minutes most often report it; what was done must still be the action's (`read_clause`)."""
    return _SIMPLE_PAST.search(clause)


def _own_past(action_text: str) -> str | None:
    """The past of the verb an action asks for, as a pattern ("report" gives "reported"); None
    for a verb of a task that goes on ("had monitored the headstones" ends no monitoring)."""
    first = re.match(r"\s*([A-Za-z]+)\b", action_text)
    verb = action_verb(action_text) or (first.group(1).lower() if first else None)
    if not verb or len(verb) < 3 or verb in _MODAL or verb in _PROCESS_VERBS:
        return None
    return rf"{re.escape(verb.removesuffix('e'))}(?:ed|d)"


_NO_AUDIENCE = (
    r"(?!\s+(?:the\s+)?(?i:meeting|group|committee|members|board|panel|council|everyone|all"
    r"|us|attendees|team)\b)"
)
"""Not those told: "updated the meeting", "briefed the committee"."""


def _own_verb_done(clause: str, action_text: str) -> re.Match[str] | None:
    """The action's own verb in the perfect or the past passive: "she had reported the hole"
    for "Report the pot hole", "the hedge was trimmed" for "Trim the hedge" (verbs such as
    'report' say nothing of completion otherwise); or in the simple past after its doer,
    done to a thing ("Wren updated the contributor guide"), not told to people ("Wren updated
    the group on the guide")."""
    patterns = _own_done_patterns(action_text)
    if patterns is None:
        return None
    perfect, simple_past = patterns
    return perfect.search(clause.lower()) or simple_past.search(clause)


@lru_cache(maxsize=256)
def _own_done_patterns(action_text: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """`_own_verb_done`'s two patterns for an action, compiled once per action rather than
    for each clause read against it."""
    done = _own_past(action_text)
    if done is None:
        return None
    return re.compile(
        rf"\b(?:(?:had|has|have)\s+(?:now\s+|since\s+|already\s+)?(?:been\s+)?"
        rf"|(?:was|were)\s+(?:now\s+|duly\s+)?)(?:\w+ly\s+)?{done}\b(?!\s+that\b)"
    ), re.compile(  # "it was reported that ..." is someone speaking, not the report asked for
        rf"{_DOER}(?P<verb>(?i:{done}))\b(?!\s+(?:that|whether|if|on|about)\b){_NO_AUDIENCE}"
    )


def says_update(clause: str) -> str | None:
    """The words reporting progress (given, not only promised), if any: a report, an activity,
    or something someone did ("Jo spoke to the WI, who will let her know")."""
    lowered = clause.lower()
    done = done_in_simple_past(clause)
    if _FUTURE.search(lowered) and not (_REPORTED.search(lowered) or done):
        return None
    for pattern in (_UPDATE_SUBJECT, _REPORTED, _ACTIVITY):
        match = pattern.search(lowered)
        if match:
            return clause[match.start() : match.end()].strip()
    return done.group().strip() if done else None


def action_verb(text: str) -> str | None:
    """The verb an action asks for: 'chase' in "CC asked the Parish Clerk to chase ..."."""
    for match in re.finditer(r"[A-Za-z]+", text):
        word = match.group().lower()
        for form in (word, word.removesuffix("s"), word.removesuffix("es")):
            if form in _VERBS:
                return form
    return None


def _finishes(cue: str, verb: str | None, itself: bool) -> bool:
    """Whether a statement of completion with `cue` can finish an action asking for `verb`;
    `itself`: the statement is made of the action itself ("Action 3 was complete", "this had
    been done"), not of the thing the action is about."""
    said = cue.lower().split()
    last = said[-1].strip(".,;:!)_*") if said else ""
    same = verb is not None and any(w.startswith(verb[:4]) for w in said if len(w) >= 3)
    if last in _CONTACT_CUES and verb not in _CONTACT_VERBS:
        return False  # "had emailed the officer for a date" is a step towards "arrange a visit"
    if verb in _QUESTION_VERBS:
        return same or last in _CONTACT_CUES  # an answer is read by `_answer`
    if verb in _PROCESS_VERBS and not (verb in _OBTAIN_VERBS and last in _GRANTED):
        return same or (itself and bool(re.fullmatch(DONE_WORD, last)))
    if last in _DECISION_CUES and not same and verb not in _DECIDED_VERBS | _OBTAIN_VERBS:
        return False  # "this was agreed": a decision to place the advert, not the advert placed
    if last in _DECISION_CUES and not same and itself and verb not in _DECIDED_VERBS:
        return False  # "Pip to order the urn; this was agreed": the task agreed, not done
    if last in _OBTAIN_CUES:
        return verb in _OBTAIN_VERBS or same
    if last in _PROCESS_CUES or cue.lower().endswith(("followed up", "looked into")):
        return same
    return True


_APPLICATION = re.compile(r"\b(?:applications?|apply|applying|bids?|grant|funding)\b", re.I)


_PRICE = re.compile(
    r"\b(?:quot(?:e|es|ation|ations)|prices?|estimates?|tenders?|costings?)\b", re.I
)


def _only_priced(argument: str, action_text: str) -> bool:
    """A quotation or price received for what an action was to order, buy or do ("the
    quotation for the swing seats had been received" for "Order a replacement seat"): the
    price came, the work did not; unless the action asked for the quotation itself."""
    first = re.match(r"\W*(?:the|a|an|all|both|two|three|\d+)?\s*(\w+)", argument)
    return bool(first and _PRICE.fullmatch(first.group(1)) and not _PRICE.search(action_text))


def _decided(cue: str, action_text: str) -> bool:
    """An application or bid is finished once it is decided ("the grant had been awarded"),
    though the action asked only to progress or pursue it."""
    last = cue.lower().split()[-1] if cue.split() else ""
    return last in _DECISIONS and bool(_APPLICATION.search(action_text))


_DECISIONS = vocabulary("granted awarded approved accepted successful")

_ARRIVED = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:now\s+)?(?:provided|supplied"
    r"|issued|returned)$"
)
"""Not 'received' ("a complaint was received") nor 'sent' ("a reminder was sent")."""


def arrived(cue: str, action_text: str) -> bool:
    """Something arriving in a passage about a chase ("a form was provided to seek approval
    for a grit bin" for "Clerk to chase again" under the grit bin item): what was chased for
    came, whatever form it took."""
    return action_verb(action_text) == "chase" and bool(_ARRIVED.search(cue.lower()))


_PRONOUN = re.compile(r"^\W*(?:this|it|that|these|the\s+(?:action|matter|task|item))?\W*$", re.I)


def itself(argument: str, strictly: bool = False) -> bool:
    """Whether what a completion is said of is only "this", "it", "the action" or nothing
    (unless `strictly`, also words that name nothing in particular: "the following")."""
    return bool(_PRONOUN.match(argument)) or not (strictly or distinctive(words(argument)))


NAMED, REPEATED, MATCHED = 2, 1, 0
"""How surely a passage names an action, for what a completion may be said of: named by its
number or minute, anything not naming something else; repeating its words, "this" or
"it"; matched by some words, its own object (or "this" after a heading naming it)."""


def _argument(clause: str, match: re.Match[str]) -> str:
    """What the completion is about: the words before a passive ("the JSNA summary had been
    circulated"), the words after an active verb ("had obtained a design drawing")."""
    cue = clause[match.start() : match.end()]
    if re.match(r"[:\-–—(|]", cue):
        return clause[: match.start()]  # a status after the action: "Book the hall – done"
    at_end = not clause[match.end() :].strip(" .)")
    if at_end or _PASSIVE.search(cue.lower()) or re.fullmatch(rf"\W*{DONE_WORD}\W*", cue.lower()):
        pieces = re.split(
            r"(?<!\d),(?!\d)|[;:(]|\s[-–—]\s|\band\b|\bthat\b|\bwhich\b", clause[: match.start()]
        )
        subject = next((p for p in reversed(pieces) if p.strip()), "").split()
        if subject and _PRONOUN.match(subject[-1]):
            return subject[-1]  # "JB confirmed this had been done": this
        if _PRONOUN.match(" ".join(subject[-2:])):
            return " ".join(subject[-2:])  # "agreed the action could be closed": the action
        return " ".join(subject[-5:])
    return re.split(r"[,;:]|\band\b|\bbut\b|\bwhich\b", clause[match.end() :])[0]


_DESTINATION = re.compile(
    r"\b(?:to|into|onto|in|on)\s+(?:(?:the|a|an|all|both|our|its|their)\s+)*"
    r"(?P<what>[^,.;()]{1,60}?)(?=\s+(?:by|before|with|for|about|regarding|on|in|at|from)\b"
    r"|\s+and\s+(?:to|in|on)\b|[,.;()]|$"
    r"|\s+[a-z]{3,}ing\s+(?:her|him|them|it|us|you|the|a|an|their|his|its)\b)"
)
"""Where a thing goes: the words after "to", "into", "in" or "on", up to a preposition, a
stop, or a participle with its own object ("to Mrs Hale thanking her for ...": Mrs Hale)."""


def _destinations(text: str) -> set[str]:
    """Distinctive words of where things go in `text` ("to the Parish website")."""
    found: set[str] = set()
    for match in _DESTINATION.finditer(text):
        what = match.group("what")
        first = what.split()[0].lower() if what.split() else ""
        if first in _VERBS or first.removesuffix("e") + "e" in _VERBS:
            continue  # "to circulate the summary": a verb, not a place
        found.update(distinctive(words(what)))
    return found


def _elsewhere(clause: str, match: re.Match[str], action_text: str) -> bool:
    """A completion that put the thing somewhere the action did not ask for: "an advert had
    been placed in the Village Pump" when the action was to add it to the website; or that
    sent another kind of message than the one asked for (`other_message`)."""
    done_to = _destinations(clause[match.start() : match.end() + 80].split(".")[0])
    asked_to = _destinations(action_text)
    argument = _argument(clause, match)
    return (
        bool(
            done_to
            and asked_to
            and not done_to & set(words(action_text))
            and not asked_to & set(words(clause))
        )
        or other_message(argument, action_text)
        or other_occasion(argument, action_text)
        or other_version(clause, action_text)
    )


_VERSION = re.compile(r"(?<![\d.])v?\d+(?:\.\d+)+(?![\d.]*\d)")


def other_version(done: str, action_text: str) -> bool:
    """Whether what was done names another version or numbered part than the action's
    ("version 3.1 was released" for "Release version 3.2"); not when either names none."""
    theirs, mine = set(_VERSION.findall(done)), set(_VERSION.findall(action_text))
    return bool(theirs and mine and not theirs & mine)


_OCCASION = re.compile(r"\bfor\s+(?:the|a|an|our|this|its|their)?\s*(?P<what>[^,.;:()]+)", re.I)
"""What a thing is for: "the hall for the summer quiz", "quotes for resurfacing the car park"."""


def _occasions(text: str) -> set[str]:
    """The distinctive words of what `text` says its thing is for (no date: "for 14 June")."""
    found: set[str] = set()
    for match in _OCCASION.finditer(text):
        what = re.split(r"\s(?:and|but|which|that|by|on|at|in)\s", match.group("what"))[0]
        found.update(s for s in distinctive(words(what)) if not s.isdigit())
    return found


def other_occasion(done: str, action_text: str) -> bool:
    """Whether what was done is said to be for another occasion or purpose than the action's:
    "the hall for the spring fair had been booked" for "Book the hall for the summer quiz"
    (their distinguishing words disagree); not when either says none."""
    theirs, mine = _occasions(done), _occasions(action_text)
    return bool(theirs and mine and not theirs & mine)


_MESSAGE_NOUNS = vocabulary(
    """letter letters card cards email emails e-mail e-mails note notes reminder reminders
    invitation invitations newsletter newsletters notice notices leaflet
    leaflets flyer flyers poster posters message messages"""
)
"""Kinds of message a committee sends, none of which is another ("a thank you card was sent"
is no letter written)."""


_BEFORE_VERB = vocabulary("to will would shall should must can and or please")


def _messages(text: str) -> set[str]:
    """The kinds of message `text` names as nouns (not "email" in "Clerk to email the hall")."""
    said = re.findall(r"[a-z-]+", text.lower())
    return {
        word.removesuffix("s")
        for at, word in enumerate(said)
        if word in _MESSAGE_NOUNS and at > 0 and said[at - 1] not in _BEFORE_VERB
    }


def other_message(done: str, action_text: str) -> bool:
    """Whether what was sent is another kind of message than the action asked for: "a thank
    you card had been sent" for "Write a letter to Mrs Hale thanking her"; not when either
    names no kind ("Write to the County": a letter or an email sent reports it)."""
    sent, asked = _messages(done), _messages(action_text)
    return bool(sent and asked and not sent & asked)


_SAID = r"(?:advised|said|confirmed|replied|responded|stated|explained|indicated|answered)"
_NAMED = (
    r"(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w’'&.-]*)*|the\s+[a-z]+(?:\s+[a-z]+)?"
)
_ANSWERED = re.compile(
    rf"\b(?:{_SAID}|shared|reported|informed\s+\w+)\s+(?:the\s+\w+\s+)?that\s+"
    rf"(?P<who>{_NAMED})\s+(?:had\s+)?{_SAID}\b"
    r"|\b(?:had|has|have)\s+(?:now\s+)?(?:received|had)\s+(?:a|an)\s+(?:\w+\s+)?"
    rf"(?:reply|response|answer)\s+from\s+(?P<whom>{_NAMED})"
    r"|\b(?:a|an|the)\s+(?:\w+\s+)?(?:reply|response|answer)\s+(?:had|has|have)\s+(?:now\s+)?"
    rf"been\s+received\s+from\s+(?P<sender>{_NAMED})"
)
"""Someone reporting what a third party answered ("shared that the Royal British Legion
advised that ...", "had received a reply from Freebridge Housing", "a reply had been
received from the electricity company")."""
_ASKING_VERBS = vocabulary(
    "ask enquire inquire find check clarify establish query contact seek write email e-mail chase"
    " request approach"
)


def _answer(clause: str, action_text: str) -> re.Match[str] | None:
    """The answer to an action that asks someone something, reported in the clause; the
    match's 'who' is the one who answered."""
    if action_verb(action_text) not in _ASKING_VERBS:
        return None
    return _ANSWERED.search(clause)


_QUESTION = re.compile(
    r"\b(?:ask|enquire|inquire|query|clarify|establish|find\s+out"
    r"|check\s+(?:whether|if|what|when|who|how|why))\b",
    re.I,
)
_REPORTED_ANSWER = re.compile(
    rf"\b(?P<who>{_NAMED})\s+(?:{_SAID}|reported|shared)\s+(?:that\s+)?"
    r"(?!(?:he|she|I|we|they\s+had\s+(?:asked|written))\b)(?P<said>\S.*)"
)
_PENDING_ANSWER = re.compile(
    r"\b(?:repl(?:y|ies|ied)|respon(?:se|ses|d|ds|ded)|answer\w*|get\s+back|come\s+back|chas\w*"
    r"|enquir\w*|inquir\w*|ask\w*|hear|heard|await\w*)\b",
    re.I,
)


def answer_reported(clause: str, action_text: str) -> re.Match[str] | None:
    """The answer to a question the action was to ask, reported by whoever asked it: "Grit
    Bins – The Clerk advised that they would all be filled up later in the year" for "Enquire
    about re-filling the grit bins". Not when what is reported is about the asking itself
    ("she would enquire again", "a reply was awaited"); the match's 'said' is the answer,
    which must speak of the action's object."""
    if not _QUESTION.search(action_text):
        return None
    match = _REPORTED_ANSWER.search(clause)
    if not match or _PENDING_ANSWER.search(match.group("said")):
        return None
    return match


_FOR_REVIEW = re.compile(
    r"\bfor\s+(?:review|consideration|comments?|discussion|approval|agreement|decision)\b"
    r"|\bto\s+be\s+(?:reviewed|considered|discussed)\s+(?:at|by)\b",
    re.I,
)
_REVIEWED = re.compile(
    r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:looked\s+at|reviewed"
    r"|considered|discussed|examined|gone\s+through|scrutini[sz]ed)\b",
    re.I,
)


def reviewed_as_asked(clause: str, action_text: str) -> re.Match[str] | None:
    """What an action put before the meeting for review reported reviewed: "The fees were
    looked at by the Councillors present" for "Circulate the current fees schedule before the
    next meeting for review" (the review could not happen unless it was circulated)."""
    if not _FOR_REVIEW.search(action_text) or doubts(clause, action_text):
        return None
    return _REVIEWED.search(clause.lower())


_CHANGE = r"(?:pull[\s-]+requests?|merge[\s-]+requests?|(?-i:PRs?|MRs?))"
_CHANGE_ASKED = re.compile(
    r"\b(?:open|create|raise|submit|file|make|send|put\s+up|review|approve|finish|complete"
    rf"|update)\w*\b(?:\s+[\w#-]+){{0,3}}?\s+{_CHANGE}(?![\w-])",
    re.I,
)
"""An action to open or see through a change request: "open a PR for the rota page", "Review
PR before the next call", "submit a pull request with the new wording"."""
_CHANGE_LANDED = re.compile(
    rf"(?<![\w-]){_CHANGE}(?![\w-])(?:\s+[\w#-]+){{0,3}}?\s+(?:(?:is|are|was|were|now)\s+)?"
    r"(?:(?:has|have)\s+been\s+)?(?:now\s+)?(?:ready\s+to\s+(?:merge|land)|merged|landed)\b",
    re.I,
)
"""A change request at a later stage of its life than opened and reviewed: "PR is ready to
merge", "the pull request was merged", "PR #12 landed"."""


def change_landed(clause: str, action_text: str) -> re.Match[str] | None:
    """A change request an action was to open or review reported ready to merge or merged:
    "The PR is ready to merge" for "Review PR before the next call" (it is ready only once
    opened and reviewed); never with doubt ("not yet merged", "should be merged")."""
    if not _CHANGE_ASKED.search(action_text) or doubts(clause, action_text):
        return None
    return _CHANGE_LANDED.search(clause)


_CONDITION = re.compile(r"\b(?:once|if|unless|until|when|after|before)\b", re.I)
"""What follows is a condition ("can be closed once the old contract is cancelled"), not what
happened to the action."""


def read_clause(
    clause: str,
    sentence: str,
    action_text: str,
    about_action: Callable[[str], bool] | None = None,
    keyed: bool = True,
) -> Reading | None:
    """What the clause (of `sentence`) says about the action, or None when it reports nothing.

    `about_action(words)` says whether words name the action's object; when given, a
    statement of completion must be about it (when None, the clause is known to name the
    action, as "Action 3 was complete"). `keyed`: the passage is keyed to the action by its
    number, its minute or a heading of its own naming it ("Grit Bins – ..."), as an answer
    reported without naming the question must be.
    """
    lowered = clause.lower()
    request = REQUEST.search(clause)
    on = goes_on(sentence, action_text)
    dropped = _DROPPED.search(clause)
    owner = new_owner(clause)
    due = new_due(clause)
    if (
        dropped
        and not request
        and not _own(dropped.group().split()[-1], action_text)  # "check it was cancelled"
        and not re.search(r"\bnot\s+(?:be\s+)?cancel", lowered)
        and not _CONDITION.search(clause, 0, dropped.start())
    ):
        return Reading(DROPPED, dropped.group())
    landed = None if on or request or not keyed else change_landed(clause, action_text)
    if landed:
        return Reading(DONE, landed.group())
    match = None if on or request else _done_match(clause, action_text)
    if match:
        cue = clause[match.start() : match.end()].strip(" :-–—(|")
        active = "verb" in match.re.groupindex  # in the simple past after its doer
        argument = _object(clause, match) if active else _argument(clause, match)
        decided = _decided(cue, action_text)
        about = (
            about_action is None
            or about_action(argument)
            or (decided and bool(_APPLICATION.search(argument)))
            or arrived(cue, action_text)
        )  # "the National Lottery Awards for All grant of £6,300 has been granted"
        finishes = (
            _finishes(cue, action_verb(action_text), about_action is None or itself(argument))
            or decided
        ) and not _only_priced(argument, action_text)
        if about and finishes and not _elsewhere(clause, match, action_text):
            return Reading(DONE, cue)
        if not about and active and not (owner or due):
            return None  # "booked a plumber" done: news of another job, not of "book a roofer"
    answer = None if on or request else _answer(clause, action_text)
    if answer and (
        about_action is None
        or about_action(answer.group("who") or answer.group("whom") or answer.group("sender") or "")
    ):
        return Reading(DONE, answer.group().strip())
    reported = None if on or request or not keyed else answer_reported(clause, action_text)
    if reported and (about_action is None or about_action(reported.group("said"))):
        return Reading(DONE, reported.group().strip())
    reviewed = None if on or request else reviewed_as_asked(clause, action_text)
    if reviewed and (about_action is None or about_action(_argument(clause, reviewed))):
        return Reading(DONE, clause[reviewed.start() : reviewed.end()])
    if request and not (on or owner or due):
        return None
    update = says_update(clause) or (on and clause)
    if not (update or owner or due):
        return None
    contrary = bool(on)
    cue = on or (update if isinstance(update, str) else "") or owner or due or ""
    return Reading(UPDATE, cue, contrary, owner, due)


_NOTE_OPENING = re.compile(rf"^(?:[a-z'’-]+\s+){{0,3}}?(?P<cue>{_DONE_VERB})\b(?!\s+(?:to|that)\b)")
"""A note that opens with what was done, the way a review writes it beside an action: "Held on
16 March", "Letter sent 1 March", "Quotes obtained"."""


_NEXT_STEP = re.compile(
    r"^(?:\d{1,3}[.)]\s*)?(?:(?i:follow[\s-]?up|next\s+steps?)\s*[:\-–—]\s*(?=\S)"
    r"|(?:[A-Z][\w.'’-]*(?:\s*(?:[/&,]|and)\s*[A-Z][\w.'’-]*)*\s+)?(?:to|will)\s+(?!be\b)[a-z]+)"
)
"""A note setting the action's next step ("Follow up: Owen to chase the solicitor", "Bob to
ask again in May"): the action is not finished."""


def read_note(note: str, action_text: str) -> Reading | None:
    """What a note written beside (or under) an old action says about it: as a clause known to
    name the action; not finished when it sets a next step ("Follow up: ..."); or done when
    it opens with what was done ("Held on 16 March") and nothing in it is doubt or says the
    matter goes on."""
    reading = read_clause(note, note, action_text)
    if reading and (reading.kind != UPDATE or reading.contrary or reading.owner):
        return reading
    step = _NEXT_STEP.match(note)
    if step:
        return Reading(UPDATE, step.group().strip(), contrary=True)
    return done_first(note, action_text) or reading


_FINITE = re.compile(
    r"\b(?:is|are|am|was|were|be|been|being|has|have|had|will|would|shall|should|can|could|may"
    r"|might|must)\b",
    re.I,
)


def _own_opening(lowered: str, action_text: str) -> re.Match[str] | None:
    """A note opening with the action's own verb in the past ("Reported on 8 March" for
    "Report the blocked gully to Highways"); not someone speaking ("Reported that ...")."""
    past = _own_past(action_text)
    if past is None:
        return None
    return re.match(rf"(?:[a-z'’-]+\s+){{0,3}}?(?P<cue>{past})\b(?!\s+that\b)", lowered)


def done_first(
    note: str, action_text: str, about: Callable[[str], bool] | None = None
) -> Reading | None:
    """Done, when a note opens with what was done ("Held on 16 March", "trough repaired by Tom",
    the action's own verb: "Reported on 8 March") and nothing in it is doubt or says the matter
    goes on; `about`, when given, must accept the words before the verb (the thing it was done
    to) or there must be none."""
    opening = _NOTE_OPENING.match(note.lower()) or _own_opening(note.lower(), action_text)
    if not opening or doubts(note, action_text) or goes_on(note, action_text):
        return None
    thing = note[: opening.start("cue")]
    if _FINITE.search(thing) or about is not None and thing.strip() and not about(thing):
        return None  # "the terms are published each year": a habit, no note of work done
    cue = opening.group("cue")
    if _finishes(cue, action_verb(action_text), True) and not _elsewhere(
        note, opening, action_text
    ):
        return Reading(DONE, note[: opening.end()])
    return None


_DONE_STATUS = re.compile(
    rf"^\s*[{TICKS}]\ufe0f?(?!\S)\W*"
    rf"|^\W*(?:(?:blue|green)\s*[-–:/(]?\s*)?(?:{DONE_WORD}|resolved|delivered|yes|y)\b\W*",
    re.I,
)
"""A status cell saying done: a completion word, "Yes", a tick ("✓", "✔️", Word's "☒")."""


_NOT_ALL = re.compile(
    r"\bnot\b|\bpart\b|\?|\b(?:except|apart\s+from|but|other\s+than|save\s+for)\b", re.I
)
"""A done status with strings attached: "Done?", "Done except the June dates", "Yes, in part"."""


def read_status(status: str, note: str, action_text: str) -> Reading | None:
    """What an action-log row's status and note cells say (either may be empty)."""
    status, note = status.strip(), note.strip()
    if not (status or note):
        return None
    both = f"{status} {note}".strip()
    dropped = _DROPPED.search(both)
    if dropped:
        return Reading(DROPPED, dropped.group())
    done = _DONE_STATUS.match(status) or (
        None if doubts(status, action_text) else participle_status(status, action_text)
    )
    if done:
        rest = f"{status[done.end() :]} {note}".strip()
        if not (
            goes_on(rest, action_text)
            or _NOT_ALL.search(f"{status} {note}")
            or first_of_many(rest, action_text)
        ):
            return Reading(DONE, status)
    owner = new_owner(both)
    due = new_due(both)
    contrary = not done or bool(goes_on(both, action_text))
    return Reading(UPDATE, status or note, contrary, owner, due)
