"""An agent, then its cue: "Brenda to book the skip", "The Clerk is chasing the
contractor", "Healthwatch will share the results", "The plan is due by 28 June", an owner
bracketed after the task, owners joined by a slash, and a note's "Name: task" on a line."""

from __future__ import annotations

import re

from ..context import Context, due_phrases
from ..items import VERBISH_RE
from ..people.words import is_name_word
from .clauses import opens_clause
from .common import committed_task
from .grammar import (
    ADVERBS,
    HEADING_SEP_RE,
    INITIALS_RE,
    LEAD_RE,
    PASSIVE_RE,
    Found,
    names_for_purpose,
)
from .later_passives import DESCRIBING, noun_phrase
from .lexicon import is_adjective, is_base_verb, is_plural_noun, is_task_verb, is_word, verb_base
from .modals import task_sense
from .named_notes import note_task
from .notes import trailing_agent, verb_by_position
from .owners import (
    BODY_HEADS,
    body_like,
    decides,
    first_names,
    owner_before,
    owner_like,
    people_plural,
    person_like,
    plain_given_name,
    role_like,
    self_body,
    split_owners,
    token_may_end_owner,
)
from .passives import AGENDA_RE, TO_MEETING_RE, split_by_agent
from .referents import (
    handle_subject,
    initials_body,
    named_in_small_letters,
    person_before,
    pronoun_owner,
    roles_and_bodies,
)
from .verbs import (
    AUXILIARIES,
    DECISION_VERBS,
    FIRST_NAME_VERBS,
    NOT_A_VERB,
    NOT_TASK_VERBS,
)

_P_DUE = re.compile(r"(?=[iaw])\b(?:is|are|was|were)\s+due\s+(?:by|on|before|in|at)\b")
# The word naming a body after the words of its name (:data:`.owners.BODY_HEADS`).
_BODY_HEAD = "(?:" + "|".join(sorted(BODY_HEADS, key=len, reverse=True)) + ")"
_P_BODY_WILL = re.compile(
    r"(?:[\W\d]{0,6}(?:Noted\s+that\s+|It\s+was\s+noted\s+that\s+"
    r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:said|shared|reported|confirmed|explained)\s+that\s+)?)?"
    r"(?P<np>(?:[Tt]he\s+)?(?:[A-Z][\w’'&-]*(?:\s+(?:of|for|and|&)?\s*[A-Z][\w’'&-]*){0,6}"
    rf"(?:\s+{_BODY_HEAD})?|(?:[a-z][a-z-]+\s+){{1,2}}{_BODY_HEAD}))"
    r"\s+(?:will|would|shall|(?:is|are)\s+(?:going\s+to|gonna))\s+(?:also\s+|then\s+|now\s+|shortly\s+)?"
    r"(?P<be>be\s+(?=[a-z]+ing\b))?(?P<verb>[a-z][a-z-]+)\b"  # "would be meeting": to meet
)
# Where a later clause opens: a comma, and "but", "and" or "so" after it.
_CLAUSE_OPENER_RE = re.compile(r",\s+(?:(?:but|and|so)\s+)?(?=[A-Z]|the\s+[A-Z])")
# Departments named without an organisation word ("Public Health would circulate ...").
_DEPARTMENT_RE = re.compile(
    r"(?i)(?:the\s+)?(?:public health|environmental health|highways|planning|housing|finance"
    r"|legal(?: services)?|procurement|communications|comms|estates|parks|licensing"
    r"|democratic services|adult social care|children['’]s services|social care|HR)"
    r"(?:\s+(?:team|service|services|department|officers))?"
)
# Verbs by which a body commits to bring something back to the meeting.
_BODY_COMMIT_VERBS = frozenset(
    """
    circulate report write bring present update arrange confirm check investigate look liaise
    contact respond clarify feed forward email distribute brief inform notify advise chase
    come return follow-up visit
    """.split()  # noqa: SIM905
)
# Verbs of work a body takes on for the meeting, with the word that makes them a task:
# "Society will set up games for the event", "The department will work with the clerks to
# check on available money", "The parks team will organise the litter pick".
_BODY_PHRASAL_RE = re.compile(
    r"(?:set\s+up|work\s+with\s+[^.;]{1,60}?\s+to\s+[a-z]+|organi[sz]e|run|host|draft|create"
    r"|find\s+out|ascertain"
    r"|conduct\s+(?:an?|the)\s+(?:survey|review|consultation|audit)"
    r"|put\s+together|meet\s+(?:with\s+)?(?:the|an?|[A-Z]\w*)\b)\b"  # "meet the contractor"
)
# Verbs that commit only with an information object ("provide a breakdown").
_BODY_GIVE_VERBS = frozenset(["provide", "share", "send", "produce", "prepare", "give", "supply"])
_INFO_OBJECT_RE = re.compile(
    r"\b(?:breakdown|update|updates|report|briefing|note|response|details|figures|data"
    r"|information|list|summary|paper|analysis|copy|copies|results|findings|answer|reply"
    r"|timeline|timetable|maps?|numbers|statistics|costings|assurance|slides|presentation"
    r"|survey|guidance|feedback|evidence|comparison|explanation|clarification)\b"
)


# Verbs of work under way that ends in something for the meeting ("X was enquiring about").
_ONGOING_VERBS = frozenset(
    """
    enquire inquire triage chase arrange organise organize investigate liaise contact source
    obtain seek research sort follow look negotiate pursue canvass approach check
    """.split()  # noqa: SIM905
)
# Verbs of a state or a wish, under way in the sense of a task ("Ann is getting a bid",
# "Sam is keeping an eye on it"): the sense is read as after a modal (:func:`.modals.task_sense`).
_ONGOING_IN_TASK_SENSE = {"getting": "get", "having": "have", "keeping": "keep", "seeing": "see"}
ONGOING_STEMS = "|".join(
    [v[:-1] if v.endswith("e") else v for v in sorted(_ONGOING_VERBS)]
    + [ing[:-3] for ing in _ONGOING_IN_TASK_SENSE]
)
# "The Clerk would write to the landowner (Clerk).": the owner noted after the sentence.
_TRAILING_OWNER_RE = re.compile(r"\s*\((?P<owner>[A-Z][^()]{1,40})\)\s*[.;]?\s*$")


def bracketed_owner(ctx: Context, st: str, prev: str) -> Found:
    """(owner, task) for a commitment whose owner is bracketed at its end: initials of someone
    present, a person or a role; the task runs from the promised verb to the bracket."""
    m = _TRAILING_OWNER_RE.search(st) if ")" in st else None
    if m is None or st.rstrip().endswith("?"):
        return None
    owner = m.group("owner").strip()
    owners = split_owners(owner)
    if not owners or not all(
        o in ctx.initials
        or person_like(ctx, re.sub(r"^(?:[A-Z]{1,4}\s+)+(?=[A-Z][a-z])", "", o))  # "CC Hale"
        or (role_like(o) and not body_like(o))
        for o in owners
    ):
        return None
    task = committed_task(st, m.start())
    if task is None or not _promised(st, task):
        return None
    return owner, task


def _promised(st: str, task: str) -> bool:
    """Whether the task bracketed with its owner is promised: a passive ("The hedge to be cut
    (Clerk)"), a modal before its verb ("He would write to the landowner (Clerk)"), or "to"
    after a word of promising or after its agent ("Cllr Dyer agreed to check the
    defibrillator (CD)", "Clerk to order the salt (Clerk)"). "A suggestion to hold a coffee
    morning (PP)", "it would be good to ask the shop (TR)", "we could try to raise funds
    (OL)": a remark and who made it, not a task."""
    at = st.find(task.rstrip("."))
    return at <= 0 or _PROMISE_CUE_RE.search(st, 0, at) is not None


_PROMISE_CUE_RE = re.compile(
    r"(?:\b(?:will|would|shall)|['’]ll|(?:\b(?:agreed|agrees|offered|offers|undertook"
    r"|undertakes|volunteered|volunteers|promised|promises|asked|requested|tasked|is|are)"
    rf"|(?<![\w’'])[A-Z][\w’'.-]*)\s+{ADVERBS}to)\s+{ADVERBS}$"
)


def agent_to_verb(ctx: Context, st: str, prev: str) -> Found:
    """An agent opening a clause, then (is) (also|still) to and a verb: "SV to file", "AO and
    RO still to make the forms", "RO also to ask David", "The Parish Clerk is to follow this
    up", "Didac (CDDO) to report back", "4) Skip day – Brenda to book the skip". "Contractor
    to be advised ..." opening a sentence is an action with no owner; "Martin to action"
    after a task is its label, no second action."""
    for m in _TO_VERB_RE.finditer(st):
        verb = m.group("verb")
        if m.group("cap"):
            verb = verb.lower()
            if not is_task_verb(verb) or is_name_word(verb):
                continue  # "to Mark the plots": "Mark" is a name as often; "to Grant ...": one
        by_place = not is_base_verb(verb)  # "AW to advice us of ...": the verb by its place
        if verb in NOT_A_VERB or by_place and not verb_by_position(verb):
            continue  # "Link to acmeair issue": "to" and no verb
        if verb != "be" and not _agent_word_before(st, m.start()):
            hs = handle_subject(ctx, st, m.start()) if not by_place else None
            if hs is not None and (is_task_verb(verb) or named_in_small_letters(ctx, hs[0])):
                return hs[0], st[m.start("verb") :]  # "akm to review", "(akm and tommy to ...)"
            continue  # "in order to", "want to": no agent can end there (a cheap test first)
        tail = _AGENT_TAIL_RE.search(st, max(0, m.start() - 60), m.start())
        end = tail.start() if tail else m.start()
        if verb == "be" and tail and tail.group("aux") in _NEED_WORDS:
            continue  # "The hall needs to be repainted": a need, not a task
        if verb == "be" and _chosen(st, m.end()):
            continue  # "voted for all five to be co-opted": whom the meeting chooses
        if verb == "be" and _to_a_meeting(st, m.end()):
            person = _person_done_to(ctx, st, end, m.end())
            if person is None:
                continue  # "This also to be discussed", "to be handed out at the next meeting"
            return split_by_agent(ctx, st[m.end() :])[0], st[person:]  # no owner named
        opening = _passive_opening(ctx, st, end, m.end()) if verb == "be" else None
        if opening is not None:  # "... by the Clerk": the doer
            return split_by_agent(ctx, st[m.end() :])[0], st[opening:]
        if tail and tail.group("aux") in ("is", "are") and is_task_verb(verb):
            who = pronoun_owner(ctx, st, end, prev)
            if who is not None:  # "The Clerk reported ... She is to contact the supplier"
                return who, st[m.start("verb") :]
        ob = owner_before(st, end)
        if ob is None:
            thing = _thing_before(st, end) if verb == "be" else None
            if thing is not None and _task_participle(st, m.end()):
                return split_by_agent(ctx, st[m.end() :])[0], st[thing:]  # "Boiler: quotes to be"
            continue
        owner, start = ob
        caps = _CAPS_CUE_END_RE.search(owner)
        if caps is not None:  # "Cllr Hale AGREED to book the hall": the cue, not a name
            if caps.group(1) in ("RESOLVED", "DECIDED") and verb in ("ask", "request", "urge"):
                continue  # "The Council RESOLVED to ask the county ...": a request, a decision
            owner = owner[: caps.start()]
        ref = _REF_RE.match(owner)
        if ref:  # "AUG23/1 Hiran Basnayake": a row's reference, then its owner
            owner, start = owner[ref.end() :], start + ref.end()
        if not owner or not opens_clause(st, start) or _no_agent(ctx, owner, st[:start]):
            continue
        if st.startswith(":", m.end()):
            continue  # "Direction to leave: a person can be directed to ...": a term defined
        if not owner_like(ctx, owner) and not first_names(owner, st[m.start("verb") :]):
            trailing = trailing_agent(ctx, owner)  # "Heating of the Hall Brian to ring ..."
            if trailing is not None:
                owner, start = trailing[0], start + trailing[1]
        if by_place and not (owner in ctx.initials or person_like(ctx, owner)):
            continue  # a word no verb after "to" needs someone named before it
        if verb == "be":
            asked = _BE_ASKED_RE.match(st, m.end())
            if asked is not None and (
                owner_like(ctx, owner) or first_names(owner, st[asked.start("verb") :])
            ):
                return owner, st[asked.start("verb") :]  # "The Clerk to be asked to write"
            if (
                PASSIVE_RE.match(st, m.end())
                and (LEAD_RE.fullmatch(st, 0, start) or opens_clause(st, start))
                and not self_body(owner)
                and not person_like(ctx, owner)
                and not _modifies_subject(st, end, m.end())
            ):
                return split_by_agent(ctx, st[m.end() :])[0], st[start:]
            continue
        if decides(ctx, owner, verb):
            continue  # "Members to note the report", "Council to approve": recommendations
        task = st[m.start("verb") :]
        if verb == "action" and not task[6:].strip(" .;"):
            continue  # "Martin will look into the cost. Martin to action": a label
        if (
            tail
            and tail.group("aux") in _NEED_WORDS
            and not _needs_to_task(ctx, owner, verb, tail[0], task)
        ):
            continue
        if owner_like(ctx, owner) or first_names(owner, task):
            return owner, task
    return None


def _modifies_subject(st: str, end: int, after_be: int) -> bool:
    """Whether "<things> to be <done>" is no task but a phrase inside a clause with a verb of
    its own: the subject's ("The trees to be felled were marked on the plan", "Extra areas to
    be cut have been added to the contract") or a time taken ("Applications take two months
    to be assessed")."""
    if _DURATION_END_RE.search(st, 0, end):
        return True
    clause = _CLAUSE_END_RE.split(st[after_be:], 1)[0]
    return _VERB_AFTER_RE.search(clause) is not None


_DURATION_END_RE = re.compile(r"\b(?:hours|days|weeks|months|years)$", re.IGNORECASE)
# Where the clause of a "to be" passive ends: a stop, comma, semicolon or dash, or a word
# that opens another clause.
_CLAUSE_END_RE = re.compile(r"[.,;:–—]|\s-\s|\s(?:and|but|which|that|who|where|as)\s")


def _thing_before(st: str, end: int) -> int | None:
    """Where a thing, the subject of "to be", starts when nothing but a line's mark or a title
    comes before it: "Boiler: quotes", "7. Website – photos", "- hedge", "Hedge by the bus
    stop", "The broken gate on the green" (a noun phrase of up to four words, none of
    grammar: :func:`.later_passives.noun_phrase`, an article only first; then what places
    it, up to five words after a preposition)."""
    m = _THING_FIRST_RE.fullmatch(st, 0, end)
    if m is None:
        return None
    parts = _PLACING_RE.split(m["np"], maxsplit=1)
    head, place = parts[0], parts[2] if len(parts) == 3 else ""
    words = head.lower().split()
    if words[:1] in (["the"], ["a"], ["an"]) and len(words) > 1:
        words = words[1:]  # "The matter": an article opens the sentence's subject
    if len(words) > 4 or not noun_phrase(" ".join(words)) or _CLAUSE_WORDS.intersection(words):
        return None  # (nor "agreed the post to be advertised": a clause, its verb first)
    if len(place.split()) > 5 or _NOT_IN_PLACE.intersection(place.lower().split()):
        return None
    if len(words) == 1 and not place and is_name_word(words[0]):
        return None  # "- bill to be paid": in notes in small letters, maybe someone's name
    if people_plural(words[-1]) or role_like(words[-1:]) or is_name_word(words[0]):
        return None  # "Hall users to be reminded ...", "Sue happy to be ...": people
    if len(words) > 1 and is_adjective(words[-1]):
        return None  # "... keen to be involved": what is said of someone
    if _VERB_AFTER_RE.search(st, end) or AGENDA_RE.search(m["np"]):
        return None  # "Deadline for agenda items to be sent in is Monday": a thing said of it
    if (head[:1].isupper() or place) and not st.rstrip().endswith((".", ";")):
        return None  # "4 / PPG page on the website to be developed": an item's title
    return m.start("np")


# Words of a clause, not of a thing's name: "agreed the post", "a new lock".
_CLAUSE_WORDS = frozenset(("the", "a", "an", "agreed", "resolved", "decided"))
# A line's mark or number, a title ending in a colon or a dash, then the words of a thing.
_THING_FIRST_RE = re.compile(
    r"[\W\d]*(?:[A-Z][\w’' ]{0,40}?(?::|\s[–—-])\s+)?"
    r"(?P<np>[A-Za-z][\w’'-]*(?:\s+[a-z][\w’'-]*)*)"
)
# The preposition after a thing that says where or which it is: "Hedge by the bus stop".
_PLACING_RE = re.compile(r"\s+(on|in|at|by|near|along|outside|behind|of|for|to)\s+")
# The verb of a clause after "to be <done>": the thing to be done is its subject's part.
_VERB_AFTER_RE = re.compile(r"\s(?:is|are|was|were|has|have|had)\s")
# Words no phrase of place holds: of a clause, a pronoun, a negation.
_NOT_IN_PLACE = frozenset(
    """
    is are was were be been has have had will would should shall must may might can could
    need needs not no it they he she we i you which who that this these those and or but
    """.split()  # noqa: SIM905
)


def _task_participle(st: str, at: int) -> bool:
    """Whether the participle after "to be" at ``at`` is one of a task ("obtained", "cut"),
    not what a meeting does, settles or says of a thing ("held", "approved", "decided",
    "confirmed", "welcomed")."""
    part = PASSIVE_RE.match(st, at)
    return part is not None and verb_base(part[0].strip()) not in _MEETING_SETTLES


_MEETING_SETTLES = DESCRIBING | DECISION_VERBS | {"decide"}


def _chosen(st: str, at: int) -> bool:
    """Whether the participle after "to be" at ``at`` says whom a meeting chooses
    ("appointed", "elected", "co-opted"): its decision, no task."""
    part = PASSIVE_RE.match(st, at)
    return part is not None and verb_base(part[0].strip()) in _CHOSEN


_CHOSEN = frozenset(("appoint", "elect", "co-opt", "reappoint"))


def _no_agent(ctx: Context, owner: str, before: str) -> bool:
    """What reads as an agent before "to" but is not one: the object of a verb that takes an
    object and "to" ("Allow the Director to pursue the fellowship", "Ask Tom to ..."), or a
    noun with "for" someone ("Round for all members to raise concerns", "Time for members to
    ..."), or those who agreed ("Agreed by all to contact the police": the meeting's task)."""
    words = owner.split()
    if words[0] == "by":
        return True
    verbs = (words[0] if len(words) > 1 else "", before.split()[-1] if before.strip() else "")
    if any(v.lower() in _OBJECT_TO_VERBS and v[:1].isupper() for v in verbs):
        return True
    head, sep, _ = owner.partition(" for ")
    if sep:
        return not owner_like(ctx, head)
    return names_for_purpose(before)


# Verbs whose object is the agent of the "to" after it: "Allow X to", "Ask X to".
_OBJECT_TO_VERBS = frozenset(
    """
    allow permit authorise authorize enable let ask invite encourage instruct require request
    help remind urge tell advise empower mandate
    """.split()  # noqa: SIM905
)


def _needs_to_task(ctx: Context, owner: str, verb: str, tail: str, task: str) -> bool:
    """ "Clerk needs to contact the insurer", "Cllr Brown has to send the invoice": a task
    when a role or a person named (not initials, which may be a body: "THT needs to deliver
    against 5 national metrics", nor "we") needs to do something (not to know or to want);
    any verb of a task when it is outstanding ("Tara still has to change the bank mandate")
    or an errand ("Sue and Ravi have to go to the bank to change the signatories", "Carl has
    to go to the bank"; not "to hospital", nor to a meeting)."""
    purpose = _ERRAND_RE.match(task)
    place = _PLACE_ERRAND_RE.match(task) if purpose is None else None
    if purpose is not None:
        verb = purpose["verb"]
    if (verb in NOT_TASK_VERBS or verb in AUXILIARIES) and place is None:
        return False
    outstanding = purpose is not None or place is not None or _STILL_RE.search(tail)
    # A list of jobs' verbs guards "has to" and "needs to": they tell a person's own need as
    # often as a job ("Tom has to change trains", "Omar has to leave early").
    if verb not in FIRST_NAME_VERBS and not (outstanding and is_base_verb(verb)):
        return False
    if role_like(owner):
        return not body_like(owner)
    named = person_like(ctx, owner) or plain_given_name(owner)  # "Sam still has to send ..."
    return named and not INITIALS_RE.fullmatch(owner)


_STILL_RE = re.compile(r"\b(?:still|yet)\b")
# Going somewhere to do something: "go to the bank to change ...", "pop into the hall to ...".
# Going to a place with no purpose said: "go to the bank", "pop into the hall".
_PLACE_ERRAND_RE = re.compile(
    r"(?:go|pop|call)\s+(?:in|into|to|round\s+to|over\s+to|down\s+to)\s+the\s+"
    r"(?!(?:[\w-]+\s+){0,2}(?:meeting|agm|egm)\b)[a-z]"
)
_ERRAND_RE = re.compile(
    r"(?:go|come|pop|call|travel)\s+(?:in|into|to|round|over|down|up)\b[^,;.]{1,50}?\s+to\s+"
    r"(?P<verb>[a-z]+)\b"
)


def _agent_word_before(st: str, i: int) -> bool:
    """Whether the word before st[i] (past "is", "also", "still", an adverb) could end an
    agent: capitalised, a role or body, a handle, a bracket."""
    words = st[max(0, i - 60) : i].split()
    while words and (words[-1] in _TAIL_WORDS or words[-1].endswith("ly") and words[-1].islower()):
        words.pop()
    return not words or words[-1].endswith(")") or token_may_end_owner(words[-1])


_TAIL_WORDS = frozenset("is are also still yet then now both jointly needs need has have".split())  # noqa: SIM905
# "to also ask"; "to Email the template": a job's verb in a capital, as some clerks write.
_TO_VERB_RE = re.compile(
    rf"(?=t)\bto\s+{ADVERBS}(?P<verb>[a-z][a-z-]*|(?P<cap>[A-Z][a-z]+)"
    r"(?=\s+(?:the|a|an|all|our|their|his|her|them|it|this|to|up|out|round|with)\b))\b"
)
# Between an agent and its "to": "is", "also", "still", or the agent's body in brackets
# ("Tara still has to change the bank mandate": an adverb may come before "has" too).
_AGENT_TAIL_RE = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:(?:\s+(?:also|still|now|then|[a-z]{3,}ly))?"
    r"\s+(?P<aux>is|are|needs|need|has|have))?"
    r"(?:\s+(?:also|still|yet|then|now|both|jointly|[a-z]{3,}ly))*\s*$"
)
# "Clerk needs to contact the insurer", "Cllr Brown has to send the invoice".
_NEED_WORDS = frozenset("needs need has have".split())  # noqa: SIM905
_REF_RE = re.compile(r"[A-Z]{0,6}\d[\w/.-]*\s+")
# A cue in capitals closing what reads as the agent: "The Council RESOLVED", "Jo AGREED".
_CAPS_CUE_END_RE = re.compile(r"\s+(AGREED|RESOLVED|DECIDED|UNDERTOOK|OFFERED|VOLUNTEERED)$")
_TALKED_OVER_RE = re.compile(r"\s+(?:further\s+)?(?:discussed|debated|considered|revisited)\b")


def _person_done_to(ctx: Context, st: str, end: int, after_be: int) -> int | None:
    """Where the person opening the clause starts when something is to be done to them at
    or for a meeting: "Dr Priya Nandy to be invited to the next meeting". The person is the
    task's object, not its owner: people are invited to meetings, matters are brought to
    them. Asked to do something ("R Hale to be asked to clear"), the person owns that."""
    done = PASSIVE_RE.match(st, after_be)
    if done is None:
        return None
    then = _TO_WORD_RE.match(st, done.end())
    if then is not None and is_base_verb(then.group(1)):
        return None
    ob = owner_before(st, end)
    if ob is None or not person_like(ctx, ob[0]) or not opens_clause(st, ob[1]):
        return None
    return ob[1]


_TO_WORD_RE = re.compile(r"\s+to\s+([a-z]+)\b")


def _to_a_meeting(st: str, after_be: int) -> bool:
    """What is to be done at a meeting to come, a follow-up: "to be discussed", "to be
    handed out at the next meeting", "to be put on the September agenda"."""
    return bool(
        _TALKED_OVER_RE.match(st, after_be)
        or AGENDA_RE.search(st, after_be)
        or TO_MEETING_RE.search(st, after_be)
    )


def _passive_opening(ctx: Context, st: str, end: int, after_be: int) -> int | None:
    """ "The grass cutting contractor to be advised ...", "Cost of a new planter to be
    obtained", "4. Water – The water company to be asked for a price": a short noun phrase
    opening the sentence (after an item's title), then "to be" and a participle (an action,
    no one named). Where the noun phrase starts, or None."""
    done = PASSIVE_RE.match(st, after_be)
    if done is None or verb_base(done[0].strip()) in DESCRIBING:
        return None  # "The grant is to be welcomed": what is said of it, no task
    if _modifies_subject(st, end, after_be):
        return None
    head = HEADING_SEP_RE.match(st, 0, end)
    for start in (0, head.end() if head else None):
        if start is None or VERBISH_RE.search(st, start, end):
            continue
        np = _OPENING_NP_RE.fullmatch(st, start, end)
        if np is None or self_body(np.group("np")) or _LIST_NOUN_RE.search(np[0]):
            continue
        if np.group("plural") and not is_plural_noun(np.group("plural")):
            continue  # "Sam to be asked ...": a name, not a thing
        of = np.group("ofnoun")
        if of and (
            is_name_word(of) or not is_word(of.lower()) or verb_base(of.lower()) != of.lower()
        ):
            continue  # "Mark of the Hall to be ...": a name; "Minutes of ...": see above

        if np.group("pair") and not _noun_pair(ctx, np.group("pair"), np.group("head")):
            continue
        place, placed, sited = np.group("place"), np.group("placed"), np.group("sited")
        if place and (
            is_adjective(placed)
            or placed.endswith(("self", "selves"))
            or not noun_phrase(f"{place} {placed}")
            or not _noun_pair(ctx, place, placed)
        ):
            continue  # "Jane Smith happy to be contacted", "Tom Green himself to be asked": a
            # person and what is said of them
        if sited and (is_name_word(sited) or not is_word(sited.lower())):
            continue  # "Mark at the Hall to be ...": a name
        kind, things = np.group("kind"), np.group("things")
        if kind and not (
            is_plural_noun(things)
            and (
                _describing_word(kind.lower())  # "Remaining plants to be collected"
                or _noun_pair(ctx, kind, things)
                and not people_plural(things)
            )
        ):
            continue  # "Sam Jones to be asked ...", "Rotary members to be invited": people
        return np.start("np")
    return None


# "The grass cutting contractor", "The hedge on Long Lane": a determiner, a word in lower
# case, then up to five more (a place's name among them); "Cost of a planter", "Details of
# the event": what is to be got or sent.
_OPENING_NP_RE = re.compile(
    r"[\W\d]*(?:[a-h]\)\s*)?(?:(?:Also|In\s+addition|Meanwhile),?\s+)?"  # "Also quotes to be ..."
    r"(?P<np>(?:(?:[Tt]he|[Aa]n?|[Oo]ur|[Ff]urther|[Tt]wo|[Tt]hree|[Nn]ew)"
    r"\s+[a-z][\w’'-]*|(?i:cost|costs|details|quotes|quotations|prices|copies)\s+(?:of|for)\s+[\w’'-]+"
    r"|(?P<plural>[A-Z][a-z]+s|(?<=[a-z]\s)[a-z]{3,}s)\b"  # "Minutes from ... to be put"
    # "Remaining items from the fair to be collected", "Other suppliers to be approached"
    r"|(?P<kind>[A-Z][a-z]+)\s+(?P<things>[a-z]+s)\b"
    # "Letter of thanks to be sent to ...", "Notice of the meeting to be posted"
    r"|(?P<ofnoun>[A-Z][a-z]{2,})\s+of\s+[a-z][\w’'-]*"
    # "Summer fete to be organised", "Hedge cutting to be booked": a noun and its head
    r"|(?P<pair>[A-Z][a-z]+)\s+(?P<head>[a-z][a-z-]+)"
    # "Mill Lane potholes", "The Church Street bench", "St Mary's churchyard wall": a place's
    # name, then the thing there in lower case; "Bench on Church Street": a thing, then where
    r"|(?:[Tt]he\s+)?(?P<place>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+(?P<placed>[a-z][a-z-]+)"
    r"|(?P<sited>[A-Z][a-z]+)\s+(?:on|in|at|by|near|along|outside|behind|opposite)\s+(?:the\s+)?"
    r"[A-Z][\w’'.-]*)"
    r"(?:\s+[\w’'-]+){0,5})"
)


def _describing_word(word: str) -> bool:
    """A word that says which things, before a plural noun: an adjective ("Outstanding"),
    a verb's -ing form ("Remaining", "Existing") or "Other"."""
    return (
        word == "other"
        or is_adjective(word)
        or word.endswith("ing")
        and verb_base(word) is not None
    )


def _noun_pair(ctx: Context, first: str, head: str) -> bool:
    """A capitalised word and a word in lower case naming a thing ("Summer fete", "Hedge
    cutting"), not a person and what is said of them ("Sue happy to be contacted", "Tom
    wants it to be done")."""
    return not (
        first.lower() in _FUNCTION_WORDS
        or head in _FUNCTION_WORDS
        or person_like(ctx, first)
        or is_adjective(head)
        and is_name_word(first)
        or head.endswith("ed")
        or head.endswith("s")
        and not is_plural_noun(head)
    )


# Words of grammar, not of a thing's name ("In the end we want this to be adopted").
_FUNCTION_WORDS = frozenset(
    """
    the a an this that these those some any all each every no our their its his her my your
    we they it he she i you in on at to of for with by from into as if when then so and or but
    there here
    """.split()  # noqa: SIM905
)
# "Further actions to be taken:": the heading of a list of actions, not one.
_LIST_NOUN_RE = re.compile(r"\b(?:actions|steps|points|tasks)$")
# "<owner> to be asked to <verb>": the owner is to do it.
_BE_ASKED_RE = re.compile(
    r"\s+(?:asked|requested|invited|instructed|tasked)\s+to\s+(?P<verb>[a-z][a-z-]*)\b"
)


def body_will(ctx: Context, st: str, prev: str) -> Found:
    """ "Healthwatch will share the survey results with members": a body's commitment."""
    return _body_commitment(st)


def is_due(ctx: Context, st: str, prev: str) -> Found:
    """ "The plan is due by 28 June": a deadline for the person, initials or role the
    sentence is about."""
    due_m = _P_DUE.search(st)
    if not (due_m and due_phrases(ctx, st[due_m.start() :])):
        return None
    for om in re.finditer(
        r"\b(?:the\s+)?[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*)*", st[: due_m.start()]
    ):
        np = om.group(0)
        if np.split()[0] in ("Noted", "The", "This", "That", "It", "In") and len(np.split()) == 1:
            continue
        np = re.sub(r"^(?:Noted|Also|However)\s+", "", np)
        if person_like(ctx, np) or re.fullmatch(r"(?:the\s+)?[A-Z]{2,6}", np) or role_like(np):
            return np.strip(), st
    return None


def ongoing_task(ctx: Context, st: str, prev: str) -> Found:
    """Work under way reported as a task still open: "Tim was enquiring about local web
    designers", "Greg is triaging the 3-D printers", "The Clerk is chasing the contractor".
    Only verbs of work that ends in something for the meeting (not "working on", "reviewing",
    "attending"), and a person or role that does it (not a body's programme)."""
    for m in _ONGOING_RE.finditer(st):
        base = verb_base(m.group("verb"))
        in_sense = _ONGOING_IN_TASK_SENSE.get(m.group("verb"))
        if in_sense is not None and task_sense(in_sense, st, m.end("verb")):
            base = in_sense
        elif base not in _ONGOING_VERBS or base in _ONGOING_PHRASAL and not m.group("particle"):
            continue
        if _QUESTION_WORD_RE.match(st, m.end("verb")):
            continue  # "was enquiring whether the road would be resurfaced": a question asked
        ob = owner_before(st, m.start())
        if ob is None or not opens_clause(st, ob[1]):
            continue
        owner = ob[0]
        task = base + st[m.end("verb") :]
        if owner in ("He", "She"):  # the person the sentence before names
            ante = person_before(ctx, prev)
            if ante and person_like(ctx, ante):
                return ante, task
            continue
        if (
            person_like(ctx, owner)
            and not body_like(owner)
            or first_names(owner, task)
            or roles_and_bodies(owner)
            and not body_like(owner)
        ):
            return owner, task
    return _noted_ongoing(ctx, st)


def _noted_ongoing(ctx: Context, st: str) -> Found:
    """In notes, someone opening a clause with no "is": "TW looking into the spec of these",
    "Steve going to sort this out", "..., Jo chasing the contractor". Only initials or a
    person named (not "Residents complaining ..."), and the same verbs as with "is"."""
    for m in _NOTED_ONGOING_RE.finditer(st):
        if m.group("goal"):
            goal = m.group("goal")
            if goal in NOT_TASK_VERBS or goal in AUXILIARIES or not is_base_verb(goal):
                continue
            task = st[m.start("goal") :]
        else:
            base = verb_base(m.group("verb"))
            if base not in _ONGOING_VERBS or base in _ONGOING_PHRASAL and not m.group("particle"):
                continue
            task = base + st[m.end("verb") :]
        ob = owner_before(st, m.start())
        if ob is None or not (LEAD_RE.fullmatch(st, 0, ob[1]) or st.endswith(", ", 0, ob[1])):
            continue
        if ob[0] in ctx.initials or person_like(ctx, ob[0]) and not body_like(ob[0]):
            return ob[0], task
    return None


_NOTED_ONGOING_RE = re.compile(
    r"(?<=[\w)]\s)(?:going\s+to\s+(?P<goal>[a-z]+)|(?P<verb>[a-z]+ing)\b"
    r"(?P<particle>(?:\s+(?:this|it|that|these|them))?\s+(?:up|out|into)\b)?)"
)
_ONGOING_RE = re.compile(
    r"(?=[iwa])\b(?:is|are|was|were)\s+(?:currently\s+|still\s+|also\s+|now\s+|already\s+)?"
    r"(?:in\s+the\s+process\s+of\s+)?"  # "is in the process of obtaining quotes"
    r"(?P<verb>[a-z]+ing)\b(?P<particle>(?:\s+(?:this|it|that|these|them))?\s+(?:up|out|into)\b)?"
)
_QUESTION_WORD_RE = re.compile(r"\s+(?:whether|if|as\s+to|why|how|when|what|who)\b")
_ONGOING_PHRASAL = frozenset({"sort", "follow", "look"})  # "sorting out", "looking into"


def slash_owners_present(ctx: Context, st: str, prev: str) -> Found:
    """Owners joined by a slash, then a task in the present tense, in notes: "Morgan/Preya
    creates a student-led event", "JC/AB books the room" (not a report: "JC/AB reports
    that ...")."""
    m = _P_SLASH_PRESENT.match(st)
    base = present_task_verb(m.group("verb")) if m is not None else None
    return None if m is None or base is None else (m.group("who"), base + st[m.end("verb") :])


def present_task_verb(word: str) -> str | None:
    """The base form of a task's verb written in the present tense ("creates" -> "create",
    "books"), not of a report on what was done ("reports", "explains") or a decision."""
    base = verb_base(word)
    if base is None or base == word or base in AUXILIARIES | NOT_TASK_VERBS:
        return None
    return None if base in _REPORTING_VERBS or base in DECISION_VERBS else base


_P_SLASH_PRESENT = re.compile(
    r"[\W\d]{0,6}(?P<who>(?:[A-Z]{2,4}|[A-Z][a-z]+)(?:\s*/\s*(?:[A-Z]{2,4}|[A-Z][a-z]+))+)\s+"
    r"(?P<verb>[a-z]+s)\b"
)
# Verbs that report on what was done rather than take a task on.
_REPORTING_VERBS = frozenset(
    """
    report confirm present update raise ask explain suggest propose note speak discuss thank
    welcome attend agree
    """.split()  # noqa: SIM905
)


def note_in_line(ctx: Context, st: str, prev: str) -> Found:
    """A note's task after a sentence on the same line: "The landlord rang again. Fazli:
    contact the landlord and apologise" (on a line of its own: :func:`.lists.list_actions`);
    not the answer to a question in a discussion ("Larry: should we weight the votes? Gordon:
    try to avoid anonymous answers")."""
    if ": " not in st[:48] or prev.rstrip().endswith("?"):
        return None  # "Larry: should we ...? Gordon: try to avoid ...": an answer, a view
    found = note_task(ctx, st)
    return None if found is None else (found[0], found[1])


def _body_commitment(st: str) -> tuple[str, str] | None:
    """(owner, task) when a body opening the sentence will do something for the meeting:
    "Healthwatch will share the survey results", "Public Health would circulate the guidance".
    Only verbs that deliver something back ("provide support to families" describes a service,
    "provide a breakdown" is a commitment), so descriptive reports stay action-free. The body
    may open a later clause, after a comma ("Only three places were left, but Democratic
    Services would find out if there was a waiting list")."""
    m = _P_BODY_WILL.match(st)
    if m is None and "," in st:
        m = next(
            (b for c in _CLAUSE_OPENER_RE.finditer(st) if (b := _P_BODY_WILL.match(st, c.end()))),
            None,
        )
    if m is None:
        return None
    np, verb = m.group("np").strip(), m.group("verb")
    task = st[m.start("verb") :]
    if m.group("be"):
        base = verb_base(verb)
        if base is None or base == verb:
            return None
        verb, task = base, base + task[len(verb) :]
    if self_body(np) or not (body_like(np) or initials_body(np) or _DEPARTMENT_RE.fullmatch(np)):
        return None
    if verb in _BODY_GIVE_VERBS:
        if not _INFO_OBJECT_RE.search(task[len(verb) :][:60]):
            return None
    elif verb not in _BODY_COMMIT_VERBS and not _BODY_PHRASAL_RE.match(task):
        return None
    if verb == "look" and not re.match(r"look\s+(?:into|at)\b", task):
        return None
    return np, task
