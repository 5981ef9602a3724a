"""What a meeting agreed or resolved someone do: "X agreed to / undertook to / offered
to ...", "It was agreed that the Clerk would ...", "That the Director circulate ...", a
resolution's sub-points, the points under "Agreed to:", and what was agreed with no one
named ("It was agreed to write to the landowner")."""

from __future__ import annotations

import re

from ..context import Context
from ..items import VERBISH_RE
from .bodies import own_body
from .clauses import agent_after_object, opens_clause
from .grammar import AND_END_RE, AT_MEETING_RE, HEADING_SEP_RE, OWN_AGENDA_RE, PARTICIPLE, Found
from .lexicon import is_base_verb, is_task_verb, unlisted_word, verb_base
from .modals import IN_MEETING_VERBS, task_sense
from .notes import verb_by_position
from .owners import (
    body_like,
    commits_as_one,
    decides,
    first_names,
    given_name,
    owner_before,
    owner_forward,
    owner_like,
    person_like,
    role_like,
    self_body,
    split_owners,
    trade_like,
    trim_owner_to_person,
)
from .passives import participle_base
from .referents import initials_body, opening_subject, pronoun_owner, speaker_of
from .verbs import (
    AUXILIARIES,
    DECISION_VERBS,
    FIRST_NAME_VERBS,
    NOT_A_VERB,
    NOT_ASKED,
    NOT_TASK_VERBS,
    WILL_BAD,
    base_form,
    ok_verb,
)

# A permission is a task delegated: "(that the Clerk) be given delegated authority to".
_GIVEN_AUTHORITY = (
    r"be\s+(?:given|granted)\s+(?:(?:the\s+)?delegated\s+)?(?:authority|powers?|permission)\s+to"
)
_P_AGREED = re.compile(
    r"(?=[auovpcihtwUAOV])\b(?:agreed|agrees|undertook|undertakes|undertaken|offered|offers|volunteered|volunteers"
    r"|(?:is|are)\s+(?:volunteering|offering|planning)|promised|promises|pledged|intends|intended|plans"
    r"|(?<=[-–—:;]\s)(?:Agreed|Undertook|Offered|Volunteered)"  # "Chair – Undertook to ..."
    r"|committed(?:\s+(?:herself|himself|themselves))?"
    r"|(?:has|have|took|takes|was\s+given|were\s+given)\s+(?:an|the)\s+action"
    r"|(?P<willing>(?:was|is|were|are|(?:would|will)\s+be)\s+(?:happy|willing|pleased|prepared)))"
    r"(?:\s+with\s+(?P<partner>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}))?"  # "with Sue"
    r"\s+to\s+"
    r"(?:(?:also|further|personally)\s+)?(?P<verb>[a-z][a-z-]+)"
)
# A plan rather than a promise: "intends to", "is planning to", "plans to".
_INTENT_RE = re.compile(r"intend|plan|(?:is|are)\s+planning")
_P_AGREED_THAT = re.compile(
    r"(?=[ardARDspft])\b(?:(?P<head>(?i:agreed|resolved|decided|arranged))\s+(?:(?:unanimously|by\s+all)\s+(?=that\s))?(?:that\s+)?|(?P<head2>requested|asked|recommended)\s+that\s+|(?P<view>suggested|proposed|felt|thought)\s+that\s+)(?P<np>(?:(?:the|our|your)\s+)?[A-Z][\w’'&.,-]*(?:\s+(?:(?:of|for|and|&|at)\s+)?(?:the\s+)?[A-Z][\w’'&.,-]*){0,10}|the\s+[a-z]+)\s+"
    r"(?:(?P<modal>would|should|will|shall|to|be\s+asked\s+to|be\s+requested\s+to"
    rf"|{_GIVEN_AUTHORITY})\s+(?:then\s+|also\s+)?)?(?P<verb>[a-z][a-z-]+)"
)


# Views that propose a task, in the subjunctive: "proposed that the Clerk write to the MP".
_PROPOSING = ("proposed", "suggested")


def agreed_point(ctx: Context, st: str, prev: str) -> Found:
    """A point under "Agreed to:" opening with a verb of a task: "2. Circulate the plan to
    all members" (the meeting's own task, no owner), "1. Delegate to the Director of Public
    Health ... a final review" (the Director's)."""
    m = _POINT_VERB_RE.match(st)
    if m is None:
        return None
    verb = m.group("verb").lower()
    if verb == "delegate":
        fw = owner_forward(st, m.end())
        return None if fw is None else (fw[0], st[m.start("verb") :])
    # A list of jobs' verbs guards an agreed point: its items are the meeting's own business
    # too, headed by nouns that are verbs ("Date of next meeting").
    if verb in DECISION_VERBS or verb not in FIRST_NAME_VERBS:
        return None
    return None, st[m.start("verb") :]


AGREED_TO_HEAD_RE = re.compile(r"(?i)\b(?:agreed|resolved|decided)\s+to\s*[:–—-]?\s*$")
_POINT_VERB_RE = re.compile(r"(?:\(?\w{1,3}[.)]\s*)?(?P<verb>[A-Z][a-z]+)\b(?:\s+to\s+(?=\S))?")


_THAT_START_RE = re.compile(
    r"(?:\(?\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})\s*[.)]\s*)?"
    r"(?:(?:It\s+was\s+)?(?:RESOLVED|Resolved|resolved|AGREED|Agreed)\s*:?\s+"
    # a motion: "Proposed by Cllr Smith, seconded by Cllr Brown, that the Clerk orders ..."
    r"|(?:It\s+was\s+)?(?i:proposed)\s+by\s+[^.;]{2,60}?,?\s+(?:and\s+)?(?i:seconded)\s+by\s+"
    r"[^.;]{2,60}?,?\s+)?[Tt]hat(?:,\s*[^,.;]{1,60},)?\s+"  # "That, with the County, ..."
)


def _base_task_verb(word: str) -> str | None:
    """The task verb in "circulate" or in its third-person form "circulates"."""
    if is_base_verb(word) and word not in NOT_A_VERB | AUXILIARIES:
        return word
    base = verb_base(word) if word.endswith("s") else None  # "writes", "oversees"
    if base and base not in AUXILIARIES and word in (base + "s", base + "es"):
        return base
    return None


def that_owner_verb(ctx: Context, st: str, prev: str) -> Found:
    """A resolution naming who acts: "That the Director of Place circulate to members ...",
    "RESOLVED that the Town Clerk writes to ..." (minuted as "write to ..."), "RESOLVED: That
    the Deputy Clerk would amend the schedule", "that the Officers are permitted to buy 4
    bins", "That, with the County, the footpath working group prepare a map"."""
    if "hat " not in st[:220] and "hat," not in st[:220]:
        return None
    mt = _THAT_START_RE.match(st)
    hm = HEADING_SEP_RE.match(st) if mt is None else None
    if hm is not None and not VERBISH_RE.search(st, 0, hm.end()):
        mt = _THAT_START_RE.match(st, hm.end())  # "5. Dog bins – It was RESOLVED: that ..."
    if mt is None:
        return None
    fw = owner_forward(st, mt.end())
    if fw is None:
        return None
    owner, _os, oe = fw
    rest = st[oe:].lstrip()
    vm = _THAT_VERB_RE.match(rest)
    verb = _base_task_verb(vm.group(1)) if vm else None
    if vm and verb and owner_like(ctx, owner) and not self_body(owner):
        if decides(ctx, owner, verb):
            return None  # "That the Council supports the application": its decision
        return owner, verb + rest[vm.end(1) :]
    return None


# What comes between a resolution's owner and the task's verb: "be asked to", "would",
# "are permitted to", "be given delegated authority to" (a permission is a task delegated).
_THAT_VERB_RE = re.compile(
    r"(?:be\s+(?:asked|requested|invited|instructed|tasked|directed)\s+to\s+"
    rf"|{_GIVEN_AUTHORITY}\s+"
    r"|(?:would|will|shall|should)\s+"
    r"|(?:is|are)\s+(?:permitted|authori[sz]ed|empowered|delegated)\s+to\s+)?"
    r"([a-z][a-z-]+)\b"
)


def agreed_to(ctx: Context, st: str, prev: str) -> Found:
    """ "X agreed to / undertook to / offered to / volunteered to <verb> ..."; "X agreed with
    Y to <verb>" (both of them); not the meeting's own decision ("The Board agreed to note")
    or its work programme."""
    for m in _P_AGREED.finditer(st):
        before = _AUX_ADVERB_TAIL_RE.sub("", st[: m.start()])  # "X has kindly agreed to"
        if re.search(r"\b(?:it|was|were|had|is|are|been|remains?)\s*$", before):
            continue  # "It was agreed to", "had agreed to" (before), "is committed to" (a stance)
        perfect = _PERFECT_RE.search(st, len(before), m.start()) is not None
        if perfect and _REPORTED_RE.search(before):
            continue  # "CC reported that the Secretary of State has agreed to award ...": news
        verb = m.group("verb")
        if m.group("willing") and not _willing_task(verb, st, m.end("verb")):
            continue  # "Ann was pleased to report that ...", "happy to support the bid"
        if not (is_base_verb(verb) or unlisted_word(verb)):  # "offered to strim the lane"
            continue  # "a table of contents that everyone agreed to in a shared document"
        who = pronoun_owner(ctx, st, len(before), prev)
        if who is not None and verb not in ("be", "the"):
            return who, st[m.start("verb") :]  # "Mrs Jones reported ... She agreed to ..."
        ob = owner_before(st, len(before))
        meeting = _THE_MEETING_END_RE.search(before) if ob is None else None
        if meeting is not None:
            ob = meeting.group(1), meeting.start(1)  # "After discussion the meeting agreed to"
        elif ob is None and AND_END_RE.search(before.rstrip(" ,")):
            ob = opening_subject(st)  # "The Panel approved the terms, and agreed to ..."
        elif ob is None and not before.strip():
            ob = opening_subject(prev)  # the clause after "..., and" (see :mod:`.clauses`)
        elif ob is None and (label := _OWNER_LABEL_RE.fullmatch(before)) is not None:
            ob = label.group("who"), label.start("who")  # "Chair – Undertook to talk to ..."
        if ob is None:
            continue
        ob = agent_after_object(st, ob) or ob  # "asked for a briefing on the HRA and the ..."
        owner, _ostart = trim_owner_to_person(ctx, *ob)
        if (
            (perfect or _INTENT_RE.match(m.group(0)) or m.group("willing"))
            and (body_like(owner) or initials_body(owner))
            and not self_body(owner)
            and not role_like(owner)
            and owner not in ctx.initials  # "AL has agreed to ...": Ann Lee's, no body's
        ):
            continue  # "The County Council has agreed to (is planning to) resurface the lane":
            # another's plan
        if (self_body(owner) or body_like(owner) or initials_body(owner)) and (
            verb in DECISION_VERBS
            or verb in _STANCE_VERBS
            or OWN_AGENDA_RE.match(st, m.start("verb"))
        ):
            continue  # "The Board agreed to keep the format", "the PCC agreed to support this"
        task = st[m.start("verb") :]
        if self_body(owner) and not owner_like(ctx, owner):
            if verb in _MEETING_VERBS or verb in AUXILIARIES:
                continue  # "The meeting agreed to meet again on 12 May"
            return None, task  # "The meeting agreed to buy a new urn": no one named
        named = owner_like(ctx, owner) or first_names(owner, task) or initials_body(owner)
        partner = m.group("partner")
        if partner is not None:  # "Tomas agreed with Sue to check the fence": both of them
            if not (person_like(ctx, partner) or role_like(partner)) or body_like(partner):
                continue
            owner = f"{owner} and {partner}"
        if named and verb not in ("be", "the"):
            return owner, task  # ("The PCC undertook to repair the wall")
    return None


def _willing_task(verb: str, st: str, verb_end: int) -> bool:
    """After "was happy / is willing / would be pleased to": a verb of a task, not of a
    report, a view or a decision ("pleased to report that", "happy to support the bid")."""
    return (
        is_task_verb(verb)
        and verb not in DECISION_VERBS
        and verb not in _STANCE_VERBS
        and _THAT_NEXT_RE.match(st, verb_end) is None
    )


_THAT_NEXT_RE = re.compile(r"\s+(?:that|how|the\s+news)\b")


# An owner as a label before a dash, a colon or a semicolon: "Chair – ", "**Tom:** ",
# "Secretary; ".
_OWNER_LABEL_RE = re.compile(r"[\W\d]*(?P<who>[A-Z][^–—:.;]{0,50}?)[*_]*\s*[-–—:;]\s*")
# What a body agrees to keep or hold to: its stance, a decision rather than a task.
_STANCE_VERBS = frozenset(
    "keep continue retain remain maintain reserve reaffirm re-affirm uphold stand".split()  # noqa: SIM905
)
# The meeting, in lower case, just before its "agreed to".
_THE_MEETING_END_RE = re.compile(r"\b((?:[Tt]he\s+)?(?:meeting|group|committee))\s*$")


def agreed_bare_verb(ctx: Context, st: str, prev: str) -> Found:
    """ "Cllr Smith agreed contact the school about parking": "agreed" and a verb of a task,
    its "to" lost; the agent a person or role opening the clause (not the meeting, nor a
    decision: "The Council agreed support for the bid")."""
    for m in _P_AGREED_BARE.finditer(st):
        verb = m.group("verb")
        if not is_task_verb(verb) or verb in DECISION_VERBS or verb_base(verb) != verb:
            continue
        purpose = _PURPOSE_RE.search(st, m.end())
        if _FINITE_AFTER_RE.search(st, m.end(), purpose.start() if purpose else len(st)):
            continue  # "The Chair agreed contact with the school had been poor": a noun
        ob = owner_before(st, m.start())
        if ob is None or not opens_clause(st, ob[1]):
            continue
        owner = ob[0]
        if commits_as_one(ctx, owner):
            return owner, st[m.start("verb") :]
    return None


_FINITE_AFTER_RE = re.compile(r"\b(?:was|were|is|are|has|have|had|had\s+been)\b")
# Where a task's own clause ends: a purpose or a question ("to find out if there was ...").
_PURPOSE_RE = re.compile(r"\s(?:to\s+[a-z]+|about|regarding|whether|if|and\s+ask)\b")
_P_AGREED_BARE = re.compile(
    r"(?=[aouv])\b(?:agreed|offered|undertook|volunteered)\s+(?P<verb>[a-z]+)\b"
)
_PERFECT_RE = re.compile(r"\b(?:has|have)\b")
_REPORTED_RE = re.compile(
    r"(?i)\b(?:reported|informed|advised|noted|stated|said|explained|confirmed|announced)\b.*\bthat\b"
)
_AUX_ADVERB_TAIL_RE = re.compile(
    r"(?:\s+(?:has|have|also|kindly|further|again|then|both|jointly|now|[a-z]{3,}ly))+\s*$"
)


def agreed_that_owner(ctx: Context, st: str, prev: str) -> Found:
    """ "It was agreed that the Clerk would write ...", "requested that the ICB should ...",
    "It has been arranged that the Amenities Committee will inspect the huts", "agreed that
    the contractor should go ahead" (a trade, with its modal); in the subjunctive, a person
    or role and the bare verb: "It was agreed that the Clerk approach the supplier",
    "resolved that Cllr Evans write to the landowner"; the meeting's view of who should act:
    "It was felt that the Clerk should write to the bus company"; a verb of a state in the
    sense of a task: "agreed that the Clerk should be in contact with the police"."""
    for m in _P_AGREED_THAT.finditer(st):
        np, verb = m.group("np").strip(" ,"), m.group("verb")
        task = st[m.start("verb") :]
        view = m["view"]
        if view and not (m["modal"] == "should" or m["modal"] is None and view in _PROPOSING):
            continue  # "It was thought that the Clerk would retire": a view, not a task
        mandate = m["head"] or m["head2"] or m["view"] in _PROPOSING
        if m["modal"] is None and mandate and verb.endswith("s"):
            base = verb_base(verb)  # "It was agreed that the Clerk writes to ...": a mandate
            if base is not None and base != verb and is_task_verb(base):
                verb, task = base, base + task[len(verb) :]
        if np.startswith("the ") and np[4:5].islower():  # "the contractor should go ahead"
            if m.group("modal") in ("would", "should", "will") and trade_like(np) and not m["view"]:
                return np, task  # a trade, with its modal
            continue
        if m.group("modal") and not is_base_verb(verb):
            continue  # "that Councillors should always be aware of ...": no verb of a task
        named = m.group("modal") is not None and first_names(np, task)
        if not (owner_like(ctx, np) or named) or self_body(np):
            continue  # (a given name the attendance does not list: "agreed that Dylan should")
        if AT_MEETING_RE.search(st, m.start("verb")) and own_body(ctx, np):
            continue  # "agreed that the Trust would seek approval at the AGM": its business
        if not ok_verb(verb) and not (m.group("modal") and task_sense(verb, st, m.end("verb"))):
            continue  # "... should be in contact with the police": a task
        if m.group("modal") is None and (
            m["head"] is None
            and m["view"] is None
            and not _suggested_by_someone(st, m)  # (not "The Panel recommended that ...")
            or verb_base(verb) != verb
            or verb in AUXILIARIES | NOT_A_VERB | NOT_ASKED
            or body_like(np)
            or not (person_like(ctx, np) or role_like(np))
        ):
            continue
        return np, task
    return None


def _suggested_by_someone(st: str, m: re.Match[str]) -> bool:
    """A recommendation made by someone, not the meeting: "Cllr Jones recommended that the
    Clerk contacts the supplier" (a task), not "The Panel recommended that the Cabinet Member
    write to ..." (the meeting's formal recommendation)."""
    if m["head2"] != "recommended":
        return False
    who = owner_before(st, m.start("head2"))
    return who is not None and not self_body(who[0])


def resolution_mandate(ctx: Context, st: str, prev: str) -> Found:
    """A sub-point of a resolution naming who acts, its verb bare: "(c) the Scrutiny
    Coordinator email all members of the committee ..." (after "RESOLVED that"), "(d) the
    Office of the PCC include Members in its circulation" (a body other than the meeting); "Agreed:
    That a) The Harbour Officer organise two meetings a year ..." (its first point, on the
    same line or on its own: one role and a bare verb is a subjunctive, not a report)."""
    m = _P_MANDATE.match(st)
    if m is None:
        m = _P_MANDATE_POINT.match(st)
        if m is None or not (_RESOLUTION_HEAD_END_RE.search(prev) or _subjunctive(m)):
            return None
    np, verb = m.group("np"), m.group("verb")
    if base_form(verb) != verb or verb_base(verb) != verb:
        return None  # "the Clerk before May": no verb
    if (body_like(np) or not role_like(np)) and (
        not body_like(np) or self_body(np) or decides(ctx, np, verb)
    ):
        return None  # a body other than the meeting: "the Office of the PCC include ..."
    return np, st[m.start("verb") :]


def agreed_no_owner(ctx: Context, st: str, prev: str) -> Found:
    """What the meeting agreed be done, with no one named: "It was agreed work to be
    completed on Saturday", "It was suggested and AGREED that we write to the Boundaries
    Commission", "It was agreed to write to the landowner", "It was resolved to seek quotes"
    (not a resolution to ask another body: "It was resolved to ask the steering group for a
    timetable" is the council's request, a decision), "It was agreed to do a survey of the
    paths" ("do" and a thing named); and one the group made ("agreed by the group to print a
    leaflet", "Read the draft – agreed by all to reprint it", "We also agreed that we would
    organise a litter pick")."""
    m = _P_AGREED_NO_OWNER.search(st)
    if m is None:
        return None
    verb = m.group("verb") or m.group("verb2")
    at = m.start("verb2" if m.group("verb2") else "verb") if verb else m.end("head")
    if verb and (
        verb in DECISION_VERBS
        or verb in _MEETING_VERBS
        or verb in AUXILIARIES
        and not (verb == "do" and _DONE_THING_RE.match(st, m.end(0)))
    ):
        return None  # (but "agreed to do a survey of the paths": a task)
    if verb in _ASKING_VERBS and m.group("head").lower().rstrip().endswith("resolved"):
        return None
    if verb and OWN_AGENDA_RE.match(st, at):
        return None  # "agreed to add it to the work programme": a follow-up
    return None, st[at:].strip()


# What is done when "do" heads a task: a thing named ("a survey", "the risk assessment").
_DONE_THING_RE = re.compile(r"\s+(?:a|an|the|some|another|further)\s+[a-z]")


def agreed_to_be_done(ctx: Context, st: str, prev: str) -> Found:
    """A thing noted, then "(and) agreed to be <done>" with its subject left out: "accounts
    signed and agreed to be published on the website", "Hall booking form, agreed to be sent
    round" (no one named; the task is what the note says). Not a person agreeing to have
    something done to them ("Sue thanked the group and agreed to be contacted")."""
    m = _AGREED_TO_BE_RE.search(st)
    if m is None or participle_base(m.group("part")) is None:
        return None
    subject = opening_subject(st)
    if subject is not None and commits_as_one(ctx, subject[0]):
        return None
    return None, st.strip()


_AGREED_TO_BE_RE = re.compile(rf"(?:,|\band)\s+(?i:agreed)\s+to\s+be\s+{PARTICIPLE}")


def hoped_to(ctx: Context, st: str, prev: str) -> Found:
    """ "It was hoped to have a draft version available by the next meeting": what the
    meeting means to do; the person who was just speaking owns it, else no one named. With
    no one, not an event it plans, as "It was agreed to hold ..." is not: "It is planned to
    hold a barn dance on the green on 9 June"."""
    m = _HOPED_TO_RE.search(st)
    verb = m.group("verb") if m else ""
    if m is None or verb in WILL_BAD - {"have"} or verb in NOT_TASK_VERBS | DECISION_VERBS:
        return None
    speaker = speaker_of(ctx, prev)
    if speaker is None and verb == "hold":
        return None
    return speaker, st[m.start("verb") :]


_HOPED_TO_RE = re.compile(
    r"(?=[Ii])\b[Ii]t\s+(?:was|is)\s+(?:also\s+)?(?:hoped|intended|planned)\s+to\s+"
    r"(?P<verb>[a-z]+)\b"
)


# The rest of a role's or body's name: "of the PCC", "for Health", "and Wellbeing Board".
_NAME_GOES_ON = r"(?:\s+(?:(?:of|for|and|&)(?:\s+the)?)?\s*[A-Z][\w’'-]*){0,6}"
_P_MANDATE = re.compile(
    rf"(?:that\s+)?(?P<np>the\s+[A-Z][\w’'-]*{_NAME_GOES_ON})\s+(?P<verb>[a-z]{{3,}})\b"
)


def _subjunctive(m: re.Match[str]) -> bool:
    """One role (not "Officers") and a verb that is only a base form ("organise", not "read"
    or "put", which may be past): "The Harbour Officer organise two meetings"."""
    return not m.group("np").endswith("s") and m.group("verb") not in _SAME_AS_PAST


_SAME_AS_PAST = frozenset("put read set cut let hit shut cost spread quit cast bid".split())  # noqa: SIM905
# A point opening a resolution's that-clause: "a) The Harbour Officer organise".
_P_MANDATE_POINT = re.compile(
    rf"(?:\(?[a-h]\)\s+)?(?P<np>[Tt]he\s+[A-Z][\w’'-]*{_NAME_GOES_ON})\s+(?P<verb>[a-z]{{3,}})\b"
)
_RESOLUTION_HEAD_END_RE = re.compile(r"(?i)\b(?:that|resolved|agreed)\s*[:–—-]?\s*$")
# Who agreed, the meeting itself: "by the group", "by all present", "by members".
_BY_THE_MEETING = (
    r"\s+by\s+(?:all\s+|the\s+)?(?:[a-z]+\s+)?(?:group|members|committee|council|meeting"
    r"|board|trustees|councillors|all|everyone|present)"
)
# The meeting's agreement opening what it agreed be done.
_AGREED_HEADS = (
    # "It was agreed", "It was suggested and AGREED", "It was agreed by the group", "It was
    # agreed unanimously"
    r"\b(?i:it\s+was\s+(?:(?:also|further|therefore|then|[a-z]{3,}ly)\s+)?(?:\w+\s+and\s+)?"
    r"(?:agreed|resolved)(?:" + _BY_THE_MEETING + r"|\s+unanimously)?)",
    r"\b[Ww]e\s+(?:(?:also|all|then|further|therefore)\s+)?agreed",  # "We also agreed that we"
    r"(?:^[\W\d]*|[,;]\s+|\s[-–—]\s+)(?i:agreed)" + _BY_THE_MEETING,  # "..., agreed by all to"
    # "agreed the vacancy to be advertised ...", "Resolved: To obtain quotes", "..., all in
    # favour: RESOLVED to purchase ..."
    r"(?:^[\W\d]*|:\s+)(?:[Aa]greed|AGREED|Resolved|RESOLVED)\s*:?",
    r"^[\W\d]*(?:Agree|AGREE)(?=\s+to\s)",  # a note in the present: "Agree to get quotes"
)
_P_AGREED_NO_OWNER = re.compile(
    r"(?P<head>(?:" + "|".join(_AGREED_HEADS) + r")\s+(?:that\s+)?)"
    r"(?:(?:we|the\s+group)\s+(?:would\s+|should\s+|will\s+)?(?P<verb>[a-z]+)\b"
    r"|[Tt]o\s+(?P<verb2>[a-z]+)\b"  # before a passive after it: "to trial a bin to be sited"
    r"|[a-z][a-z ]{0,40}?\s+to\s+be\s+[a-z]+(?:ed|en)\b)"
)
_ASKING_VERBS = frozenset(("ask", "request", "invite", "urge"))
# What the meeting does as a meeting: a decision or a date, not a task.
_MEETING_VERBS = frozenset(
    """
    hold meet keep leave continue wait postpone adjourn proceed retain remain go stay move
    close open start end select choose elect hear listen use
    """.split()  # noqa: SIM905
)


def agreed_for(ctx: Context, st: str, prev: str) -> Found:
    """ "The Panel agreed for the Convener and the Scrutiny Officer to write a draft report",
    "The Council RESOLVED for Owain to carry out the maintenance": the one the meeting
    agreed for owns the task."""
    for m in _P_AGREED_FOR.finditer(st):
        fw = owner_forward(st, m.end())
        if fw is None:
            continue
        owner, _s, end = fw
        to = _FOR_TO_VERB_RE.match(st, end)
        if to is None or not (owner_like(ctx, owner) or given_name(owner)) or self_body(owner):
            continue
        if not is_base_verb(to.group("verb")) or to.group("verb") in DECISION_VERBS:
            continue
        return owner, st[to.start("verb") :]
    return None


_P_AGREED_FOR = re.compile(
    r"(?=[aArRdD])\b(?i:agreed|resolved|decided|arranged)\s+for\s+(?=[A-Zt])"
)
_FOR_TO_VERB_RE = re.compile(r"\s+to\s+(?P<verb>[a-z][a-z-]*)\b")


def volunteered_for(ctx: Context, st: str, prev: str) -> Found:
    """A person taking a job on, the job named by a noun: "Alice volunteered for the release
    notes", "Cllr Brown took responsibility for ordering the tree", "Rex is responsible for
    creating a strawman", "Sam has the action of writing to the school", "The Clerk was given
    the task of booking the hall", "Jo will take the lead on the fete", "Sam has taken the
    lead on the plant sale", "Alan took ownership of the website refresh". A job in -ing is the
    task ("Create a strawman"); a noun is taken on ("Take on the release notes"). Being
    responsible for a standing duty ("is responsible for keeping the accounts") is a role,
    and for a thing ("is responsible for the accounts") no task."""
    for m in _P_VOLUNTEERED_FOR.finditer(st):
        ob = owner_before(st, m.start())
        if ob is None or not opens_clause(st, ob[1]):
            continue
        owner = ob[0]
        if not (
            person_like(ctx, owner)
            or given_name(owner)
            or role_like(owner)
            and not body_like(owner)
        ):
            continue
        job = st[m.start("obj") :]
        gerund = m.group("obj").endswith("ing") and verb_base(m.group("obj"))
        if gerund and gerund != m.group("obj"):
            if gerund in _STANDING_DUTIES or gerund in DECISION_VERBS:
                continue
            if m.group("held") or m.group("noun") in ("task", "job", "action"):
                return owner, gerund + job[len(m.group("obj")) :]
        elif m.group("held"):
            continue  # "is responsible for the accounts", "has the action for the website"
        if m.group(0).startswith("v"):
            return owner, "Take on " + job
        taken = {"lead": "the lead", "ownership": "ownership"}.get(
            m.group("noun"), "responsibility"
        )
        return owner, f"Take {taken} {m.group('prep')} {job}"
    return None


_P_VOLUNTEERED_FOR = re.compile(
    r"(?=[vtwahiobr])\b(?:volunteered\s+(?:for|to\s+take\s+on)"
    # taking a job on: "took responsibility for", "was given (assigned) the task of", "will take
    # the lead on"
    r"|(?:took|takes|(?:will|would|to)\s+take|(?:has|have)\s+taken|(?:is|are)\s+taking|accepted"
    r"|(?:was|were|has\s+been|have\s+been)\s+(?:given|assigned|allocated|handed))"
    r"\s+(?:on\s+)?(?:the\s+|an\s+)?(?:overall\s+)?"
    r"(?P<noun>responsibility|task|job|action|lead|ownership)"
    r"\s+(?P<prep>for|of|on)"
    # holding one: "is responsible for creating", "has the action of writing"
    r"|(?P<held>(?:is|are|will\s+be|would\s+be|(?:was|were|has\s+been|have\s+been)\s+made)"
    r"\s+(?:now\s+|also\s+)?responsible\s+for|(?:has|have|holds?)\s+(?:the\s+|an\s+)?"
    r"(?:responsibility|task|job|action)\s+(?:for|of)))"
    r"\s+(?P<obj>(?:the|a|an|this|that|some)\b|[a-z]+ing\b)"
)
# What a role is responsible for all along, not a task: "responsible for keeping the books".
_STANDING_DUTIES = frozenset(
    """
    keep maintain manage oversee ensure run lead coordinate co-ordinate monitor handle deal
    administer look chair support represent supervise hold safeguard
    """.split()  # noqa: SIM905
)


def responsibility_with(ctx: Context, st: str, prev: str) -> Found:
    """A job said to lie with someone: "Responsibility for the grant bid lies with Cllr
    Hale", "The action rests with the Clerk to write to the landowner". The job is the verb
    after the owner, else the responsibility named before it."""
    m = _P_RESPONSIBILITY_WITH.search(st)
    if m is None:
        return None
    fw = owner_forward(st, m.end())
    if fw is None:
        return None
    owner, _s, end = fw
    owner = _SENTENCE_STOP_RE.sub("", owner)  # "... lies with Cllr Hale."
    if self_body(owner) or not owner_like(ctx, owner) or body_like(owner) and not role_like(owner):
        return None
    to = _FOR_TO_VERB_RE.match(st, end)
    if to is not None and is_base_verb(to.group("verb")) and to.group("verb") not in DECISION_VERBS:
        return owner, st[to.start("verb") :]
    if m.group("job"):
        return owner, "Take responsibility " + m.group("job").strip()
    return None


_SENTENCE_STOP_RE = re.compile(r"(?<=[a-z]{2})\.$")
_P_RESPONSIBILITY_WITH = re.compile(
    r"(?i:responsibility|the\s+(?:action|task|job))(?P<job>\s+for\s+[^,;.]{3,120}?)?"
    r"\s+(?:now\s+)?(?:lies|lay|rests|remains|sits|is)\s+with\s+(?=[A-Zt])"
)


def action_raised(ctx: Context, st: str, prev: str) -> Found:
    """An action minuted as a thing that was made: "An action was created to review the
    voting platforms" (no one named), "An action was placed on the Clerk to write to the
    landowner", "An action was raised for Sam to book the hall"."""
    m = _P_ACTION_RAISED.search(st)
    if m is None:
        return _action_is_to(st)
    owner = None
    at = m.end()
    if m.group("on"):
        fw = owner_forward(st, at)
        if fw is None or not (owner_like(ctx, fw[0]) or given_name(fw[0])) or self_body(fw[0]):
            return None
        owner, at = fw[0], fw[2]
    to = _FOR_TO_VERB_RE.match(st, at)
    if to is None or not is_base_verb(to.group("verb")) or to.group("verb") in DECISION_VERBS:
        return None
    return owner, st[to.start("verb") :]


def _action_is_to(st: str) -> Found:
    """An action named, then what it is, opening the sentence: "The action item from this
    discussion is to set up a working party", "Action point after the meeting was to ring the
    insurer", "The next step is to book the hall", "Our plan is to repaint the fence before
    May" (a plan or goal in the present only: "one of our goals was to ..." is history), "It
    was agreed that the next step would be to write to the owner" (agreed now). No one
    named."""
    m = _P_ACTION_IS_TO.match(st)
    if m is None or (
        m.group("be") == "was" and m.group("kind").lower() in _PURPOSES and not m["agreed"]
    ):
        return None
    verb = m.group("verb")
    if verb in DECISION_VERBS or not (is_base_verb(verb) or verb_by_position(verb)):
        return None  # "setup": a verb written as its noun
    return None, st[m.start("verb") :]


_PURPOSES = frozenset(("plan", "goal"))
_P_ACTION_IS_TO = re.compile(
    r"[\W\d]*(?P<agreed>(?:(?i:it)\s+was\s+|[A-Z][a-z]+\s+)?(?:also\s+)?(?i:agreed|decided)"
    r"\s+(?:that\s+)?)?"  # "It was agreed that the next step would be to ..."
    r"(?:(?:[Tt]he|[Oo]ur|[Aa]n?)\s+)?(?:[Nn]ext\s+)?"
    r"(?P<kind>(?i:action)(?:\s+(?:item|point))?|(?:[Nn]ext\s+)?step|plan|goal|Plan|Goal)"
    r"(?:\s+(?:for|from|after|of|arising\s+from)\s+[^.;,]{1,50}?)?"
    r"\s+(?P<be>is|was|(?<=step\s)would\s+be|(?<=step\s)will\s+be)\s+to\s+(?P<verb>[a-z][a-z-]+)\b"
)
_P_ACTION_RAISED = re.compile(
    r"(?=[Aa])\b[Aa]n?\s+(?:new\s+|further\s+)?action\s+(?:point\s+|item\s+)?(?:was|has\s+been|is)"
    r"\s+(?:created|raised|recorded|set|taken|agreed|added|placed|given|assigned|logged)"
    r"(?:\s+(?P<on>on|to|for)\s+(?=[A-Zt@]))?"
)


def handed_to(ctx: Context, st: str, prev: str) -> Found:
    """A job handed to someone named: "Assigned to Trevor to check the build", "The Panel
    DELEGATED to the Scrutiny Manager, in consultation with the Chair, responsibility for
    the final report", "left the details up to Sam's judgment". The one it was handed to
    owns it (a person, initials or role, not the meeting or a body)."""
    for m in _P_HANDED.finditer(st):
        fw = owner_forward(st, m.end())
        if fw is None:
            continue
        owner, _s, end = fw
        whose = _POSSESSIVE_RE.search(owner)  # "up to Sam's judgment"
        owner = owner[: whose.start()] if whose else owner
        if self_body(owner) or body_like(owner) and not role_like(owner):
            continue
        if not (person_like(ctx, owner) or role_like(owner) or given_name(owner)):
            continue
        rest = _CONSULTED_RE.sub("", st[end:], count=1)
        if whose:
            if m.group("what") and _CALL_RE.match(rest):
                return owner, f"Decide {m.group('what')}"  # "left the details up to Sam's judgment"
            continue
        job = _HANDED_JOB_RE.match(rest)
        if job is None:
            continue
        if job.group("verb"):
            verb = job.group("verb")
            assigned = m.group(0)[0] in "aA"  # "Assigned to Trevor to repro": a job, any word
            if verb in DECISION_VERBS or not (is_base_verb(verb) or assigned):
                continue
            if verb in IN_MEETING_VERBS and m.group(0)[0] in "hH":
                continue  # "then handed over to the Chair to present": there and then
            return owner, rest[job.start("verb") :]
        return owner, "Take " + rest[job.start("resp") :]
    return None


_P_HANDED = re.compile(
    r"(?=[aAdDlLhH])\b(?:[Aa]ssigned|[Dd]elegated|DELEGATED|[Hh]anded(?:\s+over)?"
    r"|(?:[Ll]eft|[Ll]eaving)\s+(?P<what>(?:the|any|all)\s+[a-z]+(?:\s+(?!up\b)[a-z]+)?)\s+(?:up\s+)?)"
    r"\s*to\s+(?=[A-Zt@])"
)
# "Sam's judgment", "the Chair's discretion": the one whose call it is.
_POSSESSIVE_RE = re.compile(r"['’]s?$")
# "..., in consultation with the Chair and Vice-Chair, ...": who is consulted, aside.
_CONSULTED_RE = re.compile(r"^\s*,\s*in\s+consultation\s+with\s+[^,;.]{2,80},?")
# What was handed: "to <verb>" or "responsibility for ...".
_HANDED_JOB_RE = re.compile(
    r"\s*(?:[:,]\s*)?(?:to\s+(?P<verb>[a-z][a-z-]+)\b|(?P<resp>responsibility\s+for\s+\S))"
)
_CALL_RE = re.compile(r"\s+(?:judge?ment|discretion)\b")


def volunteered_alone(ctx: Context, st: str, prev: str) -> Found:
    """ "Khio, Eric Huss volunteered.", "Carol volunteering - ...", "Tom offered.": people
    taking on what the question just before asked ("Who can put together a proposal?",
    "Volunteers needed for the stall", "Need someone for the release notes"), in the
    sentence before or before a dash in the same one ("Who can take the release notes? -
    Amara and Joel volunteered"); the task points back to it (see :mod:`.prose`)."""
    answer, task = st, "take this on"
    dash = _LAST_DASH_RE.search(st)
    if dash is not None and _ASKED_FOR_RE.search(st, 0, dash.start()):
        answer = st[dash.end() :]
        job = NEEDED_FOR_RE.search(st, 0, dash.start())  # "Need someone for the notes - ..."
        if job is not None:
            task = f"take on {job['job']}"
    elif not _ASKED_FOR_RE.search(prev):
        return None
    m = _VOLUNTEERED_ALONE_RE.match(answer)
    if m is None:
        return None
    ob = owner_before(answer, m.start("cue"))
    if ob is None or not opens_clause(answer, ob[1]):
        return None
    owner = ob[0]
    names = [n for n in re.split(r"\s*(?:,|\band\b|&|/)\s*", owner) if n]
    if names and all(person_like(ctx, n) or given_name(n) or role_like(n) for n in names):
        return owner, task
    return None


_VOLUNTEERED_ALONE_RE = re.compile(
    r"[^.;:?!]{1,80}?\s(?P<cue>volunteered|volunteering|volunteers|offered)\b"
    r"(?!\s+(?:to|for)\b)\s*(?:[.!,;(]|[-–—]|$)"
)
# Someone needed for a job named by a noun: "Need someone for the release notes".
NEEDED_FOR_RE = re.compile(
    r"(?i)\bneed(?:s|ed)?\s+(?:someone|somebody|a\s+volunteer|volunteers)\s+for\s+"
    r"(?P<job>[^.?!]{3,80}?)\s*[.!]?\s*$"
)
# The last dash between spaces in a sentence: an answer after it.
_LAST_DASH_RE = re.compile(r"\s[-–—]\s+(?!.*\s[-–—]\s)")


def owes_work(ctx: Context, st: str, prev: str) -> Found:
    """Work someone owes, an outstanding commitment in a working group's notes: "Tomas owes a
    PR for the config docs", "Amara still owes the group a write-up of the survey", "Joel
    owes Dana a review of the patch" ("Deliver a review of the patch to Dana"). Not what
    was owed ("owed"), a question, nor thanks or a debt of gratitude, nor a thing's or a
    group's ("The project owes its success to ...", "We owe the county a reply")."""
    if st.rstrip().endswith("?"):
        return None
    for m in _OWES_RE.finditer(st):
        ob = owner_before(st, m.start())
        if ob is None or not opens_clause(st, ob[1]):
            continue
        owner = ob[0]
        if not all(
            person_like(ctx, n) or given_name(n) or n in ctx.initials or n.startswith("@")
            for n in split_owners(owner)
        ):
            continue
        thing = m["thing"].rstrip(" .;,")
        if _NOT_OWED_WORK_RE.match(thing):
            continue
        to = m["to"]
        if to and not _GROUP_WORD_RE.fullmatch(to):
            thing += f" to {to}"
        return owner, f"deliver {thing}"
    return None


# "owes (the group / Dana / us) a PR for ...": who is owed, then the work, a noun phrase.
_OWED_PRONOUNS = r"us|you|me|him|her|them|everyone"
_OWES_RE = re.compile(
    rf"\s(?:still\s+|also\s+)?owes?\s+(?:(?P<to>{_OWED_PRONOUNS}|the\s+\w+"
    r"|@?[A-Z][\w-]*)\s+)?(?P<thing>(?:an?|the|one|two|three|some|his|her|their|its|\d+)\s.+)"
)
_GROUP_WORD_RE = re.compile(rf"(?i){_OWED_PRONOUNS}|the\s+(?:group|team|wg|list|tsc)")
# What is owed that is no work: thanks, an apology, a debt, one's success.
_NOT_OWED_WORK_RE = re.compile(
    r"(?i)(?:an?|the|some|his|her|their|its)\s+(?:(?:big|great|huge)\s+)?"
    r"(?:thanks|debt|gratitude|apology|success|existence|favou?r)\b"
)


# What asks for someone to take a task on: a question, or volunteers sought.
_ASKED_FOR_RE = re.compile(
    r"\?\s*[)*_]*\s*$|\b(?i:volunteers?)\s+(?:needed|sought|wanted)\b"
    r"|\b(?i:need(?:s|ed)?\s+(?:someone|somebody|a\s+volunteer|volunteers)"
    r"|(?:someone|somebody|a\s+volunteer)\s+(?:is\s+|was\s+)?needed)\b"
)
