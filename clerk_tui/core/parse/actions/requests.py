"""Requests that name who acts: "X was asked to ...", "asked the Director to ...",
"requested that the Clerk write ...", "asked if she could ...", and requests put to the
reader ("Please send your section by Friday", "Could Priya check the renewal?")."""

from __future__ import annotations

import re

from ..context import Context, due_phrases
from ..people.words import ROLE_WORDS
from .bodies import own_body
from .clauses import opens_clause
from .grammar import ADVERBS, Found
from .lexicon import is_base_verb, verb_base
from .owners import (
    PEOPLE_GROUPS,
    antecedent,
    body_like,
    everyone,
    first_names,
    owner_before,
    owner_like,
    person_like,
    role_like,
    self_body,
    trim_owner_to_person,
)
from .passives import active, participle_base
from .referents import pronoun_owner
from .verbs import (
    AUXILIARIES,
    DECISION_VERBS,
    NOT_A_VERB,
    NOT_ASKED,
    NOT_TASK_VERBS,
    base_form,
    ok_verb,
)

_P_ASKED_PASSIVE = re.compile(
    r"(?=[whiart])\b(?P<aux>(?:was|were|has\s+been|have\s+been|is|are)\s+)?(?:also\s+)?(?P<cue>asked|requested|tasked|invited|instructed|commissioned|mandated|charged|reminded|encouraged|urged|told|nominated|authori[sz]ed|empowered|directed)\s+(?:with\s+|to\s+)"
    rf"{ADVERBS}(?P<verb>[a-z][a-z-]+)"  # "asked to particularly note": the verb is "note"
)
# People asked as a group, by a noun for people: "all team leaders", "everyone", "two
# committee members", "Members who are interested in joining the group", "parents interested
# in helping" (a relative clause or "interested in" may say which of them; the owner is the
# group without it).
_PEOPLE_NOUNS = (
    PEOPLE_GROUPS
    | {w + "s" for w in ROLE_WORDS if w.isalpha() and not w.endswith("s")}
    | frozenset(
        """
        helpers players coaches owners organisers organizers parishioners plotholders teachers
        students stewards contributors maintainers people families
        """.split()  # noqa: SIM905
    )
)
_PEOPLE_GROUP = (
    r"(?P<people>(?:(?:all|any|the|our|those)\s+)?(?:[A-Za-z][\w-]*\s+){0,3}?"
    rf"(?i:{'|'.join(sorted(_PEOPLE_NOUNS))}))"
    r"(?:\s+(?:who|that)\s+[^,.;()]{1,80}?|\s+interested\s+in\s+[^,.;()]{1,60}?)?"
)
_P_ASKED_ACTIVE = re.compile(
    r"(?=[artiuscdre])\b(?P<cue>ask(?:s|ed)?|request(?:s|ed)?|tasked|invited?|instruct(?:s|ed)?|urged?|set|challenged|advised|remind(?:s|ed)?|encourag(?:es|ed))\s+(?:for\s+)?(?P<obj>(?:the\s+|all\s+)?(?:(?:committee|board|panel|group|council)\s+)?(?:officers|the\s+clerk|members|colleagues|partners)(?=\s+to\s)"
    rf"|(?P<group>{_PEOPLE_GROUP})(?=\s+to\s)"
    r"|(?:(?:the|our|your)\s+)?[A-Z][\w’'&.-]*(?:\s+(?:of|for|and|&|the|at)?\s*[A-Z][\w’'&.-]*){0,8}(?:\s+(?:members?|officers?|colleagues|representatives?|partners))?)"
    r"(?P<fill>\s+(?:a|an|the|some|several|number|of|challenges?|task|to|and|with|\w+ing)){0,6}?"
    r"(?<!\blike)(?<!\bwant)(?<!\bwish)(?<!\bable)(?<!\bwilling)"  # "who would like to join"
    r"\s+(?:and\s+)?to\s+(?:please\s+)?(?P<verb>[a-z][a-z-]+)"
)
_P_ASKED_THAT = re.compile(
    r"(?=[aArR])\b(?:[Aa]sked|[Rr]equest(?:s|ed)?)\s+that\s+"
    r"(?P<np>(?:(?:the|our|your)\s+)?[A-Z][\w’'&.-]*(?:\s+(?:of|for|and|&|the)?\s*[A-Z][\w’'&.-]*){0,6}"
    r"(?:\s+(?:committee|sub-committee|team|group|panel|board|officers|colleagues|staff))?)"
    # ("the Finance committee", "NHS colleagues")
    r"\s+(?P<verb>[a-z]+)\b"
)
# A group of people, then a verb: "members send", "all plot holders clear", "candidates
# provide" (a verb in its bare form after them: the subjunctive of a request).
_P_ASKED_GROUP = re.compile(
    r"(?=[aArR])\b(?:[Aa]sked|[Rr]equest(?:s|ed)?)\s+(?:that\s+)?"
    rf"(?P<np>(?:all\s+|the\s+)?(?:[a-z]+\s+)?(?:{'|'.join(sorted(PEOPLE_GROUPS))}))"
    r"\s+(?P<verb>[a-z]+)\b"
)
# No verb of a task after the group: "members present", "members note the report".
_NOT_GROUP_VERBS = NOT_ASKED | AUXILIARIES | {"present"}
_P_ASKED_IF = re.compile(
    r"(?=[aqw])\b(?:asked|queried|wondered)\s+"
    r"(?:(?<=asked\s)(?P<obj>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+)?"
    r"(?:if|whether)\s+(?P<pron>he|she|they)\s+"
    r"(?:could|would|can|will|might)\s+(?P<verb>[a-z][a-z-]+)"
)


def asked_passive(ctx: Context, st: str, prev: str) -> Found:
    """ "X was asked / requested / tasked / told / nominated to <verb> ..."; in notes also
    with no "was" when a role opens the clause ("*Clerk asked to contact the contractor"): a
    person who "asked to speak" asked for something, one "told to expect" a reply has no
    task."""
    for m in _P_ASKED_PASSIVE.finditer(st):
        ob = owner_before(st, m.start())
        verb = m.group("verb")
        if m.group("cue") == "told" and verb in NOT_TASK_VERBS:
            continue
        who = pronoun_owner(ctx, st, m.start(), prev) if m.group("aux") else None
        if who is not None and ok_verb(verb):
            return who, st[m.start("verb") :]  # "She was asked to obtain two more quotes"
        if (
            ob
            and m.group("aux")
            and not owner_like(ctx, ob[0])
            and first_names(ob[0], verb)
            and opens_clause(st, ob[1])
        ):
            return ob[0], st[m.start("verb") :]  # "Sam was asked to book the hall"
        task = st[m.start("verb") :]
        if "with" in m.group(0):  # "tasked with contacting the school"
            base = verb_base(verb) if verb.endswith("ing") else None
            if base is None or base == verb:
                continue
            verb, task = base, base + task[len(verb) :]
        if ob and owner_like(ctx, ob[0]) and ok_verb(verb):
            if re.match(r"had been invited", m.group(0)):
                continue
            if verb in DECISION_VERBS and self_body(ob[0]):
                continue  # "The Board were asked to note the following": the meeting's own
            if not m.group("aux") and (
                not role_like(ob[0]) or person_like(ctx, ob[0]) or not opens_clause(st, ob[1])
            ):
                continue
            return trim_owner_to_person(ctx, *ob)[0], task
    return None


def asked_active(ctx: Context, st: str, prev: str) -> Found:
    """ "... asked the Director to <verb>", "set THT a number of challenges and to report
    back", "Cllr Vance advised the Clerk to make sure ..." (a role advised): the one asked
    owns the task."""
    for m in _P_ASKED_ACTIVE.finditer(st):
        obj = m.group("obj").strip()
        if m.group("fill") and not m.group(0).startswith(("set", "challenged")):
            continue
        if re.search(r"\bhad\s+$", st[: m.start()]):
            continue
        verb = m.group("verb")
        if m.group(0).startswith("advised") and (body_like(obj) or not role_like(obj)):
            continue  # "advised residents to ...": advice; "advised the Clerk to ...": a task
        if verb in DECISION_VERBS and (self_body(obj) or body_like(obj)):
            continue  # "asked the Parish Council to note ...": a decision, not a task
        if verb in _IN_MEETING_VERBS and not due_phrases(ctx, st[m.end() :]):
            continue  # "The Mayor asked the Administrator to brief the Members": done there
        if _FOLLOWING_HEAD_RE.search(st, m.end()):
            continue  # "reminded Members to return the following:-": the list's lines are tasks
        cue = m.group("cue")
        if (
            m.group("group")
            and cue.startswith(_ASKING_CUES)
            and cue.endswith(("ed", "s"))
            and not _THE_PUBLIC_RE.search(m.group("people"))
            and ok_verb(verb)
        ):
            return m.group("people"), st[m.start("verb") :]  # "asked all coaches to ..."
        if m.group("group") and not (_NAMED_RE.match(obj) and obj == m.group("people")):
            continue  # "reminded all plot holders to ...": a rule; a name or role with a
            # capital and no clause ("encouraged Councillors to ...") is read as below
        if (owner_like(ctx, obj) or " " not in obj and first_names(obj, verb)) and ok_verb(verb):
            return obj, st[m.start("verb") :]  # "The chair asked Sam to book the hall"
    return None


def asked_that_verb(ctx: Context, st: str, prev: str) -> Found:
    """ "CC requested that the Parish Clerk writes to the Borough Council", "asked that the
    Clerk contact the school", "Request that the Finance committee consider whether ...":
    the one named in the that-clause does it."""
    for m in _P_ASKED_THAT.finditer(st):
        np, base = m.group("np").strip(" ,"), base_form(m.group("verb"))
        if base is None or base in NOT_ASKED or self_body(np) or not owner_like(ctx, np):
            continue
        return np, base + st[m.end("verb") :]
    for m in _P_ASKED_GROUP.finditer(st):
        verb = m.group("verb")
        if base_form(verb) == verb and is_base_verb(verb) and verb not in _NOT_GROUP_VERBS:
            return m.group("np"), st[m.start("verb") :]  # "asked that members send ..."
    return None


def asked_if_could(ctx: Context, st: str, prev: str) -> Found:
    """ "DP noted he would be away ..., but SV asked if he could prepare and send the
    accounts": he or she is the person the sentence names before the one who asks, else the
    one who asks ("PK asked if she could take the minutes"); the one asked when named
    ("Cllr Barlow asked Cllr Shah if she could check the bark")."""
    m = _P_ASKED_IF.search(st)
    if m is None:
        return _asked_if_named(ctx, st)
    if m.group("obj"):  # "asked Cllr Shah if she could check ...": the one asked
        obj, verb = m.group("obj"), m.group("verb")
        if not ok_verb(verb) or verb in _IN_MEETING_VERBS:
            return None  # "asked the Chair if she could explain the delay": answered there
        ok = owner_like(ctx, obj) and not own_body(ctx, obj) or first_names(obj, verb)
        return (obj, st[m.start("verb") :]) if ok else None
    asker = owner_before(st, m.start())
    if asker is None:
        return None
    earlier = antecedent(ctx, st[: asker[1]], m.group("pron") == "they")
    return earlier or asker[0], st[m.start("verb") :]


def _asked_if_named(ctx: Context, st: str) -> Found:
    """A request put as a question with its doer named: "asked if the Clerk could provide an
    update", "asked whether Tom would write to the county" (the one named does it); or, the
    meeting itself asking, in the passive: "The Panel asked if a site visit could be
    arranged" (no one named: "Arrange a site visit"). Not a question of fact ("asked if the
    bins had been emptied") nor one person's wish ("Mr Fowler asked if CCTV could be
    installed")."""
    for m in _P_ASKED_IF_NAMED.finditer(st):
        np, verb = m.group("np"), m.group("verb")
        if m.group("be"):
            base = participle_base(verb)
            asker = owner_before(st, m.start())
            if base is None or base in DECISION_VERBS or m.group("modal") in ("would", "will"):
                continue  # "asked if the precept would be increased": a plan asked about
            if asker is None or not self_body(asker[0]):
                continue  # "Mr Fowler asked if CCTV could be installed": one person's wish
            return None, active(base, np, st[m.end("verb") :])
        if (
            verb in _IN_MEETING_VERBS
            or not ok_verb(verb)
            or verb in NOT_TASK_VERBS
            or not is_base_verb(verb)
            or own_body(ctx, np)
            or not (owner_like(ctx, np) or first_names(np, verb))
        ):
            continue
        return np, st[m.start("verb") :]
    return None


_P_ASKED_IF_NAMED = re.compile(
    r"(?=[aqwr])\b(?:asked|queried|wondered|requested\s+to\s+know)\s+(?:if|whether)\s+"
    r"(?P<np>(?:the\s+|an?\s+)?[A-Za-z][^,;:.?!]{0,120}?)"
    r"\s+(?P<modal>could|would|can|will|might)\s+(?:(?P<be>be)\s+)?(?P<verb>[a-z][a-z-]+)\b"
)


# Those asked written with a capital, as a name or a role ("Councillors", "the Clerk").
_NAMED_RE = re.compile(r"(?:(?:the|our|your)\s+)?[A-Z]")
# The public, asked to act, takes on no task ("asked residents to report potholes").
_THE_PUBLIC_RE = re.compile(r"(?i)\b(?:residents|parishioners|people|families|users|tenants)$")
# Cues that put a task to a group, said as done ("asked", "requests"; not "will invite
# residents to join", the inviter's task, nor "a request for residents to ..."), and not
# advice, a reminder or encouragement ("reminded plot holders to keep paths clear": a rule).
_ASKING_CUES = ("ask", "request", "invite", "instruct", "task")
_FOLLOWING_HEAD_RE = re.compile(r"\bthe\s+following\s*[:;,.–—-]*\s*$")
# What someone asked to speak does at the meeting itself ("asked the Director to introduce
# the report"), unless a date says it is for later.
_IN_MEETING_VERBS = frozenset(
    "brief introduce present outline explain speak address summarise summarize".split()  # noqa: SIM905
)


def recommended_staff(ctx: Context, st: str, prev: str) -> Found:
    """A recommendation that officers act, its verb bare: "Specifically, it is recommended
    that staff move forward with the following activities", "It was suggested that officers
    review the leases", "The Committee asked that officers provide a briefing" (a
    recommendation to the meeting itself, "that the Council adopt", is a decision)."""
    m = _P_RECOMMENDED_STAFF.search(st)
    if m is None:
        return None
    verb = m.group("verb")
    if verb_base(verb) != verb or verb in AUXILIARIES | NOT_A_VERB or verb in DECISION_VERBS:
        return None
    return m.group("np"), st[m.start("verb") :]


_P_RECOMMENDED_STAFF = re.compile(
    r"(?=[rspa])\b(?:recommended|suggested|proposed|requested|asked)\s+that\s+"
    r"(?P<np>(?:the\s+)?(?:staff|officers|clerks?|team|secretariat)|members\s+of\s+staff)\s+"
    r"(?P<verb>[a-z]+)\b"
)


def please_do(ctx: Context, st: str, prev: str) -> Found:
    """A request with a deadline in a note sent after the meeting: "Please send your section
    by Friday", "Please let Heather know"; not a prohibition ("Please don't cut anything big"),
    nor a request to do something with no deadline, which is a standing instruction or an
    invitation to the reader ("Please add agenda items under the heading", "Please delete
    the sentence ...", "Please join us for the carols on 15 December")."""
    m = _P_PLEASE.match(st)
    verb = m.group("verb") if m else None
    if m is None or verb in AUXILIARIES or verb in NOT_A_VERB:
        return None
    if verb and st.startswith(("'t", "’t"), m.end("verb")):
        return None
    if verb not in (None, "let") and not any(
        _DEADLINE_RE.match(d.text) for d in due_phrases(ctx, st)
    ):
        return None  # (a reply asked for, "let Heather know", needs none)
    return None, st[m.start("verb" if verb else "let") :]


# A due phrase that sets a deadline ("by Friday", "before the 14th", "within two weeks"), not
# the date of an event ("on Saturday 15 December").
_DEADLINE_RE = re.compile(
    r"(?i)(?:by|before|until|till|ahead\s+of|in\s+advance\s+of|prior\s+to|no\s+later\s+than|within)\b"
)


_P_PLEASE = re.compile(
    # after a label ("Reminder: please ...") or a condition ("If anyone can help, please ...")
    r"(?:[\W\d]*[A-Z][\w ]{0,30}:\s*|[^.;:]{0,120},\s+)?"
    r"(?:\W*(?:[Pp]lease\s+|[Kk]indly\s+)(?:(?:could|can)\s+you\s+)?(?P<verb>[a-z]+)\b"
    r"|\W*(?:[Pp]lease\s+)?(?P<let>[Ll]et)\s+(?:me|us|the\s+[Cc]lerk|[A-Z][a-z]+)\s+know\b)"
)


def if_you_could(ctx: Context, st: str, prev: str) -> Found:
    """A request put as a wish: "I'd be grateful if you could send me your comments by 5
    June" (whoever reads it), "It would be great if Tom could update the wiki", "Can I ask
    that everyone reads the draft" (everyone)."""
    m = _P_IF_COULD.search(st) or _P_CAN_I_ASK.search(st)
    if m is None:
        return None
    who, verb = m.group("who"), m.group("verb")
    base = verb_base(verb)
    if base is None or base in AUXILIARIES | NOT_TASK_VERBS | DECISION_VERBS:
        return None
    owner = None if who == "you" else who
    if owner is not None and not (
        everyone(owner) or owner_like(ctx, owner) or first_names(owner, base)
    ):
        return None
    return owner, base + st[m.end("verb") :]


_REQUEST_WHO = r"(?P<who>you|everyone|everybody|all\s+members|members|[A-Z][a-z]+)"
_P_IF_COULD = re.compile(
    rf"\b(?:grateful|great|helpful|appreciated|good)\s+if\s+{_REQUEST_WHO}\s+could\s+"
    r"(?P<verb>[a-z]+)\b"
)
_P_CAN_I_ASK = re.compile(
    rf"\b(?:[Cc]an|[Cc]ould|[Mm]ay)\s+I\s+ask\s+(?:that\s+)?{_REQUEST_WHO}\s+(?:to\s+)?"
    r"(?P<verb>[a-z]+)\b"
)


def polite_request(ctx: Context, st: str, prev: str) -> Found:
    """A request put to someone named, as a question or with "please": "Please could Tim send
    the photos to Priya", "Could Priya please check the renewal?", "Can everyone send me their
    availability by Friday?", "Tim, please send the photos", "Members are reminded to submit
    their expenses by May"."""
    if not (
        "lease" in st or "ould " in st[:12] or "an " in st[:8] or "ill " in st[:9] or "ed to " in st
    ):
        return None  # none of the words such a request needs (a cheap test first)
    m = next((m for rx in _POLITE_RES if (m := rx.match(st)) is not None), None)
    if m is None:
        return None
    owner, verb = m.group("who"), m.group("verb")
    if (
        owner == "I"
        or not is_base_verb(verb)
        or verb in AUXILIARIES | NOT_TASK_VERBS | DECISION_VERBS
    ):
        return None  # "Can I ask that everyone ...": :func:`if_you_could`
    if body_like(owner) and not role_like(owner) and not everyone(owner):
        return None  # "Could the Council consider ...?": a question for the meeting
    if not (owner_like(ctx, owner) or everyone(owner) or first_names(owner, verb)):
        return None
    return owner, st[m.start("verb") :].rstrip(" ?")


_WHO = (
    r"(?P<who>(?:[Tt]he\s+)?[A-Z][\w’'.-]*(?:\s+(?:and\s+)?[A-Z][\w’'.-]*){0,3}"
    r"(?:\s+[a-z]+(?:ers|ors|ees|ents|bers|ants))?|everyone|everybody|all(?:\s+members)?)"
)
_POLITE_RES = tuple(
    re.compile(rf"[\W\d]{{0,6}}{head}(?P<verb>[a-z]+)\b")
    for head in (
        rf"(?:[Pp]lease\s+)?(?:[Cc]ould|[Cc]an|[Ww]ould|[Ww]ill)\s+{_WHO}\s+(?:please\s+)?",
        rf"{_WHO},\s+(?:could\s+you\s+)?please\s+",
        rf"{_WHO}\s+(?:is|are)\s+(?:kindly\s+)?(?:reminded|invited|encouraged)\s+to\s+",
    )
)
