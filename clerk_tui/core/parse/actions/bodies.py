"""The meeting's own body as the agent of a plain task: "The Council will buy two benches
for the green", "The Committee is to order a new urn", "We will fit a lock on the shed"
(owner: the body's words as written; "we": no one named). Not the body's standing work
("will continue to monitor"), its own business ("will meet", "will consider"), ideas
("could"), nor another body's plans (:func:`.agents.body_will` reads those)."""

from __future__ import annotations

import re

from ..conditions import OPENING_CONDITION_RE
from ..context import Context, per_context
from .clauses import opens_clause
from .grammar import ADVERBS, AT_MEETING_RE, Found
from .lexicon import is_base_verb, verb_base
from .modals import task_sense
from .owners import everyone, owner_before, self_body
from .verbs import AUXILIARIES, DECISION_VERBS, NOT_A_VERB, NOT_TASK_VERBS, WILL_BAD

# A cue of a task to come after the body: "will", "shall", "must", "should", "is to",
# "are going to" ("are gonna"), "will need to", "has to"; or of its plan: "want to", "plan
# to", "intend to", "are planning to" ("we need to" is a need: :mod:`.subjectless`).
_BODY_CUE_RE = re.compile(
    r"(?=[wsmiahpWSrdRD])\b(?P<cue>will|shall|must|should|(?:is|are)\s+(?:going\s+|planning\s+)?to"
    r"|(?:is|are)\s+gonna"
    r"|(?:has|have)\s+to|(?i:resolved|decided)\s+to|(?P<intent>(?:want|plan|intend)s?)\s+to)\s+"
    rf"{ADVERBS}(?:(?:need|have)\s+to\s+{ADVERBS})?(?P<verb>[a-z][a-z-]+)\b"
)
# The words a meeting's own body is named by ("the Parish Council", "the Hall Committee",
# "the Trust Board", "the PC", "the working group", "we").
_OWN_WORDS = frozenset(
    """
    parish town community village council councils committee sub-committee board group
    trustees trust pc members management executive steering working project team association
    society forum panel ppg pta pcc club hall
    """.split()  # noqa: SIM905
)
# The head of a body's name: the last word.
_OWN_HEADS = frozenset(
    """
    council committee sub-committee board group trustees trust pc team association society
    forum panel ppg pta pcc club
    """.split()  # noqa: SIM905
)
# The meeting's own business, standing work and views, not a task: "will meet in May",
# "will consider the matter", "should look at its policy", "must decide", "will keep ...".
_MEETING_VERBS = frozenset(
    """
    meet consider review discuss revisit monitor explore look decide vote debate hear await
    wait note agree continue keep remain aim endeavour try hope plan intend consult
    determine resolve respond work proceed reconsider reassess re-examine assess face
    """.split()  # noqa: SIM905
)
# Verbs of asking another body, a resolution's request rather than a task.
_ASKING = frozenset(("ask", "request", "invite", "urge"))
# What a body says it wants to do there and then: "We want to thank ...".
_COURTESIES = frozenset("thank congratulate welcome acknowledge express record apologise".split())  # noqa: SIM905
# Words that make a body any of several: "each team", "every group", "both committees".
_QUANTIFIERS = frozenset("each every any all both either neither no some other another".split())  # noqa: SIM905
# A hedge or a condition before the body: "perhaps the Council should ...", "If funds
# allow the Committee will ...", "Once the lease is signed the Trust will ...".
_HEDGE_RE = re.compile(
    r"(?i)\b(?:perhaps|possibly|maybe|if|unless|once|when|whether|until|hopefully|hoped|ideally"
    r"|likely|might|could|felt|thought|suggested|wondered|whilst|while)\b"
)

# A frame of reported speech ending just before the body: "The Chair said (that)", "It was
# confirmed that".
_SAID_THAT_RE = re.compile(
    r"\b(?:said|confirmed|reported|explained|stated|advised|announced|added)(?:\s+that)?\s+$"
)
# A team or group named in small letters: one of the meeting's own.
_LOWER_TEAM_RE = re.compile(r"(?:^|\s)(?:[a-z][a-z-]*\s+){1,3}(?:team|group)$")
_TO_RE = re.compile(r"\s+to\b")


def own_body_task(ctx: Context, st: str, prev: str) -> Found:
    """The meeting's own body (or "we") opening a clause, then will/shall/must/should/is to and
    a verb of a plain task: "The Council will buy two new benches", "The Committee is to
    order a tea urn", "The PC should press the county for a crossing", "We will fit a new
    lock on the store", "We want to set up a stall at the fair" (owner None). Not "will
    continue to monitor", "will meet", "could consider", "will not ...", nor what another
    body (the County Council) will do."""
    for m in _BODY_CUE_RE.finditer(st):
        verb = m.group("verb")
        if not _task_verb(verb, st, m.end("verb")):
            continue
        ob = owner_before(st, m.start())
        if ob is None:
            continue
        owner, start = ob
        if not own_body(ctx, owner):
            continue
        if not opens_clause(st, start) and not _SAID_THAT_RE.search(st, 0, start):
            continue
        if _HEDGE_RE.search(st, 0, start) or _HEDGE_RE.search(st, start, m.start()):
            continue
        if not st[:start].strip(" -*") and owner[:1].islower() and OPENING_CONDITION_RE.match(prev):
            continue  # "If funds allow, the Committee will buy a boiler": a clause of a condition
        if not _binding(owner, m.group("cue")):
            continue
        if m.group("intent") and verb in _COURTESIES:
            continue  # "We want to thank the volunteers": said, not a task
        if m.group("cue")[:1] in "rdRD" and verb in _ASKING:
            continue  # "The Council resolved to ask the county ...": its request, a decision
        task = st[m.start("verb") :]
        if AT_MEETING_RE.search(task):
            continue  # "We will raise the parking at the AGM": the meeting's own business
        return (None if owner.lower() == "we" else owner), task
    return None


def _binding(owner: str, cue: str) -> bool:
    """Whether the cue binds the body to the task: "will", "shall", "is to" bind any; "we
    should" and "we must" are advice to all ("We should find out whether ..."); "must" and
    "has to" bind a working team or group ("The events team must book the hall"), not a
    council, for which they state a duty ("The Council must purchase the unit")."""
    head = owner.lower().split()[-1]
    if head == "we":
        return cue in ("will", "shall") or cue.startswith(("is", "are", "want", "plan", "intend"))
    if cue[:1] in "rdRD":  # "resolved to", "decided to": the body's own act, any body
        return head != "we"
    if cue == "must" or cue.startswith(("has", "have")):
        return head in ("team", "group")
    return True


def _task_verb(verb: str, st: str, verb_end: int) -> bool:
    """A verb of a plain task in its base form: not a decision, the meeting's own business,
    a wish or a state (unless in a task's sense: "will get the keys cut")."""
    if verb in AUXILIARIES or verb in NOT_A_VERB or not is_base_verb(verb):
        return False
    if verb_base(verb) != verb or verb in DECISION_VERBS or verb in _MEETING_VERBS:
        return False
    if verb == "seek" and _TO_RE.match(st, verb_end):
        return False  # "will seek to ensure ...": an aim
    if verb in WILL_BAD or verb in NOT_TASK_VERBS:
        return task_sense(verb, st, verb_end)
    return True


def own_body(ctx: Context, owner: str) -> bool:
    """Whether ``owner`` names the meeting's own body: "we", the meeting itself ("the
    Committee"), or a body's name made of words such a body is named by, ending with its
    head ("the Parish Council", "The Hall Management Committee", "the project team"), or
    whose words the minutes' title holds ("the Trust Board" under "Hilltop Trust Board")."""
    words = [w.strip(",.;:()").lower() for w in owner.split()]
    while words and words[0] in ("the", "our"):
        words.pop(0)
    if everyone(" ".join(words)):
        return True  # "All members will read the plan", "Everyone will bring a dish": its members
    if not words or words[0] in _QUANTIFIERS:
        return False  # "each team will play the final at home": any of them, no body
    if words == ["we"] or self_body(owner):
        return True
    if words[-1] not in _OWN_HEADS:
        return False
    if all(w in _OWN_WORDS for w in words):
        return True
    if words[-1] in ("team", "group") and _LOWER_TEAM_RE.search(owner):
        return True  # "the events team", "the tree working group": a team of its own
    return " ".join(words) in _title(ctx)


@per_context
def _title(ctx: Context) -> str:
    """The minutes' title, lower-cased: their first two lines with words, when short."""
    lines = [ln for ln in ctx.lines[:12] if not ln.blank][:2]
    return " ".join(
        ctx.text[ln.cstart : ln.cend].lower() for ln in lines if ln.cend - ln.cstart <= 100
    )
