"""Commitments with a modal or in reported speech: "X said she would take this forward",
"RF will liaise with the printers", "The Clerk should contact the insurers", and a
speaker's own offer in notes ("DG: I'll start an issue", "Bob: happy to review the PR")."""

from __future__ import annotations

import re

from ..context import Context
from ..people.words import is_name_word
from .carried import BARE_TASK_RE, about_words, with_about
from .clauses import PRONOUNS, agent_after_object, opens_clause
from .entry_lines import NOT_OWNERS
from .grammar import ADVERBS, AND_END_RE, FRONTED, INITIALS_RE, Found
from .lexicon import (
    is_adjective,
    is_base_verb,
    is_noun,
    is_plural_noun,
    is_task_verb,
    is_word,
    verb_base,
)
from .owners import (
    antecedent,
    body_like,
    commits_as_one,
    first_names,
    given_name,
    owner_before,
    owner_like,
    person_like,
    role_like,
    self_body,
    staff_group,
    trim_owner_to_person,
)
from .referents import (
    continued_subject,
    handle_subject,
    named_in_small_letters,
    people_and_roles,
    person_before,
    pronoun_owner,
    reporter_in_clause,
    roles_and_bodies,
)
from .verbs import (
    AUXILIARIES,
    DECISION_VERBS,
    FIRST_NAME_VERBS,
    NOT_TASK_VERBS,
    TASK_VERBS,
    WILL_BAD,
)

_SAY = r"(?:said|says|reported|reports|shared|mentioned|mentions|confirmed|confirms|advised|advises|explained|explains|stated|states|indicated|replied|responded|added|(?:assured|informed|advised|told|reminded)\s+(?:the\s+\w+|[Mm]embers|[Cc]ouncillors)|agreed|undertook|offered|noted|clarified)"  # noqa: E501
_PRON = r"(?:he|she|they|we)"
_P_SAID = re.compile(
    rf"(?=[scaeiruonrm])\b{_SAY}\s+(?:that\s+)?(?P<pron>{_PRON})(?:\s+(?:would|could|will|can|shall|intends?\s+to|planned\s+to|was\s+happy\s+to|were\s+happy\s+to|would\s+be\s+happy\s+to|would\s+be\s+pleased\s+to|(?:was|were)\s+going\s+to)|['’](?:ll|d))\s+"
    r"(?:then\s+|also\s+|now\s+|further\s+|personally\s+|be\s+happy\s+to\s+)?"
    r"(?P<be>be\s+(?=[a-z]+ing\b))?(?P<verb>[a-z][a-z-]+)"
)
# "He confirmed that the consultation was open and that he would send Members the link."
_P_SAID_AND_THAT = re.compile(
    rf"(?=[scaeiruonrm])\b{_SAY}\s+(?:that\b)?[^.;]*?\band\s+that\s+(?P<pron>he|she)\s+"
    r"(?:would|will|could|shall)\s+(?:also\s+|then\s+)?(?P<verb>[a-z][a-z-]+)"
)
# "will have to", "will need to": the verb after "to" is the task's.
_MUST_RE = re.compile(r"\s+to\s+([a-z][a-z-]+)\b")
# Adverbs between a modal and its verb ("will again inspect", "would then jointly draft").
_P_MODAL = re.compile(
    r"(?=[wsiaW'’])(?:\b(?P<modal>will|shall|would|(?:is|are|am)\s+(?:going\s+to|gonna)"
    r"|(?:(?<=:\s)|^)Will)|(?<=\w)['’]ll|(?<=\w)['’][sm]\s+(?:going\s+to|gonna))"
    r"(?:,[^,.;]{2,40},)?\s+"  # "will, with X, meet"
    rf"{ADVERBS}(?P<try>(?:try|attempt)\s+to\s+)?(?P<be>be\s+(?:[a-z]{{3,}}ly\s+)?(?=[a-z]+ing\b))?"
    r"(?P<verb>[a-z][a-z-]+)"
)
# One clause closed by a comma or a semicolon: "Mike did not attend,", "Sara may help;".
_CLAUSE_COMMA_RE = re.compile(r"[^,;:]+[,;]")
# "Funding: PS: I'll draft ...": the label just before "I".
_SPEAKER_NEAR_RE = re.compile(
    r"(?:^|(?<=[\s:]))(?P<who>[A-Z]{2,4}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s?:\s+(?:I|i|we|We)\s*$"
)
# A speaker's label opening a remark: "- Peter:", "Cllr J Smith:", "DG:".
_LABEL = (
    r"(?:[-*•–]\s+)?(?P<who>[A-Z]{2,4}|(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s)?"
    r"(?:[A-Z]\.?\s)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s?:"
)
# "DG: I'll start an issue", "BT: Haven't looked yet, will look through them", "- Peter: My
# feeling is that ... (will bring this up with the county)": a speaker's own commitment in
# notes written as a dialogue, its "will" with no subject after a comma, bracket or dash.
_SPEAKER_RE = re.compile(
    rf"{_LABEL}(?:\s+(?:(?:I|i|we|We)|.*\b[Ii]|.*[,;(–—]))?\s*$",
    re.S,
)
_SPEAKER_LABEL_RE = re.compile(rf"{_LABEL}\s")
_PRONOUN_RE = re.compile(
    rf"(?:\(?\w{{1,3}}[.)]\s*)?(?:(?:[A-Z][a-z]+|and|but|so)\s+|{FRONTED})?"
    r"(They|He|She|We|they|he|she|we|I)"
)


def said_would(ctx: Context, st: str, prev: str) -> Found:
    """ "X said she would take this forward", "X confirmed that they would circulate ...";
    "he advised Members he would ...": he is whom the sentence before names."""
    for m in _P_SAID.finditer(st):
        verb, task = m.group("verb"), st[m.start("verb") :]
        if m.group("be"):  # "she would be contacting the police": to contact them
            base = verb_base(verb)
            if base is None or base == verb or not is_task_verb(base):
                continue
            verb, task = base, base + task[len(verb) :]
        if (
            verb in ("not", "be")
            or f" {verb} " in _PREDICTION_WORDS  # "he would probably attend": a forecast
            or verb_base(verb) not in (None, verb)  # "he'd enjoyed the show": had, not would
            or (verb in WILL_BAD or verb in NOT_TASK_VERBS)
            and not task_sense(verb, st, m.end())  # "she would like to see more trees"
        ):
            continue
        ob = owner_before(st, m.start())
        if ob is not None:
            owner, _ = trim_owner_to_person(ctx, *(agent_after_object(st, ob) or ob))
            if owner_like(ctx, owner, bodies=False) or person_like(ctx, owner):
                return owner, task
        who = _unnamed_sayer(ctx, st, m, prev)
        if who:
            return who, task
    return None


def _unnamed_sayer(ctx: Context, st: str, m: re.Match[str], prev: str) -> str | None:
    """Who commits when no one opens the frame: "... and said he will speak to the owner"
    (the sentence's subject); "He said he would ...", "It was agreed she would apply ..."
    (the person the sentence before names)."""
    before = st[: m.start()].rstrip()
    if AND_END_RE.search(before):
        return continued_subject(ctx, st, m.start())
    if m.group("pron") not in ("he", "she"):
        return None
    if _HE_SHE_BEFORE_RE.search(before):
        return person_before(ctx, prev)
    if _IT_WAS_RE.search(before) and is_task_verb(m.group("verb")):
        # "Ann explained the delay and it was agreed she would ...": the person the clause
        # before names, else the sentence before
        clause = AND_END_RE.sub("", _IT_WAS_RE.sub("", before).rstrip())
        return (person_before(ctx, clause) if clause else None) or person_before(ctx, prev)
    return None


_HE_SHE_BEFORE_RE = re.compile(r"\b(?:he|she)$")
_IT_WAS_RE = re.compile(r"\b[Ii]t\s+was$")


def said_and_that_would(ctx: Context, st: str, prev: str) -> Found:
    """ "X confirmed that ... and that he would send ...": the speaker, or the person the
    sentence before names when the speaker is a pronoun."""
    for m in _P_SAID_AND_THAT.finditer(st):
        if not is_task_verb(m.group("verb")):
            continue
        ob = owner_before(st, m.start())
        if ob is None:
            continue
        owner = (agent_after_object(st, ob) or ob)[0]
        if owner in ("He", "She"):
            ante = person_before(ctx, prev)
            if ante:
                # "The Head of Transport, Mark Dunne": he or she is the person named.
                named = [x for x in ante.split(", ") if person_like(ctx, x)]
                return (named[-1] if named else ante), st[m.start("verb") :]
        elif commits_as_one(ctx, owner):
            return owner, st[m.start("verb") :]
    return None


def modal_verb(ctx: Context, st: str, prev: str) -> Found:
    """A person, initials or role opening a clause, then will/shall/would and a verb: "RF will
    liaise with the printers", "IP will also draft a form of words", "The Mayor would write to
    the MP"; "They will then present ...", "He would do so and report to the March meeting"
    (he, they: whom the sentence before names). A role or pronoun needs a verb of a task; a
    person named or initials any verb but those of wishes and states ("would like")."""
    for m in _P_MODAL.finditer(st):
        if _PREDICTION_RE.search(m.group(0)):
            continue  # "The Governor will likely veto the bill": what is expected, no promise
            # ("the team would normally contact families": what it does as a rule)
        verb, task, verb_end = m.group("verb"), st[m.start("verb") :], m.end()
        must = _MUST_RE.match(st, verb_end) if verb in ("have", "need") else None
        # "we'll have to talk to Adam", "will need to check": the verb after "to"
        if must is not None and m.group("modal") != "would" and is_base_verb(must.group(1)):
            verb, task, verb_end = must.group(1), st[must.start(1) :], must.end()
        if m.group("be"):  # "HR and NC would be creating a list": the task is to create it
            base = verb_base(verb)
            if base is None or base == verb:
                continue
            verb, task = base, base + task[len(m.group("verb")) :]
        if (
            (verb in WILL_BAD or verb in NOT_TASK_VERBS)
            and not task_sense(verb, st, verb_end)
            and not (m.group("try") and verb == "get")  # "will try to get us access"
        ):
            continue
        task_verb = is_base_verb(verb)
        would = m.group("modal") == "would"
        before = st[: m.start()].rstrip()
        subject_end = m.start()
        adverb = _ADVERB_BEFORE_RE.search(before) or _APPOSITION_END_RE.search(before)
        if adverb is not None:  # "Bob also will contact the insurer": the subject before it
            before, subject_end = before[: adverb.start()], adverb.start() + 1
        speaker = _SPEAKER_NEAR_RE.search(before) or _SPEAKER_RE.fullmatch(before)
        # A list of jobs' verbs guards a speaker's "would": it tells an effect as often as a
        # job ("it would save a lot of upkeep").
        if speaker and would and verb not in FIRST_NAME_VERBS and not before.endswith(("I", "we")):
            continue  # "Nick: there is a chance to set one standard, would relieve ...": its effect
        if speaker and task_verb:
            who = speaker.group("who")
            if who.lower() in NOT_OWNERS:  # "Navi: Working on X. Next: will send ...": a label
                label = _SPEAKER_LABEL_RE.match(prev)
                if label is None or label.group("who").lower() in NOT_OWNERS:
                    continue
                who = label.group("who")  # the speaker of the line
            return who, task
        if m.group("modal") == "Will":
            # "- Peter: The timetable is poor. Will bring this up ...": the remark's speaker
            label = _SPEAKER_LABEL_RE.match(prev) if not before and task_verb else None
            if label is not None:
                return label.group("who"), task
            continue  # "Will" opens a speaker's remark ("Kate: Will circulate ..."), or a name
        if (
            task_verb
            and not would
            and (AND_END_RE.search(before) or _CLAUSE_COMMA_RE.fullmatch(before))
        ):
            # "HC needs to know the numbers, and will reserve ...", "Mike did not attend, will
            # circulate the papers": the subject of the clause before goes on
            subject = continued_subject(ctx, st, m.start())
            if subject is None and before in ("and", "but"):
                subject = continued_subject(ctx, prev, len(prev))  # a clause of its own
            if subject is not None:
                return subject, task
        if task_verb and would and AND_END_RE.search(before):
            subject = reporter_in_clause(ctx, before)
            if subject is not None:  # "the clerk had not received any application and would"
                return subject, task
            subject = continued_subject(ctx, st, m.start()) if verb in TASK_VERBS else None
            if subject is not None and commits_as_one(ctx, subject):
                return subject, task  # "The Director accepted the point and would amend ..."
        pm = _PRONOUN_RE.fullmatch(before)
        if (
            pm is None
            and task_verb
            and (not would or is_task_verb(verb) or task_sense(verb, st, verb_end))
        ):
            who = pronoun_owner(ctx, st, subject_end, prev)
            if who is not None:  # "The Chairman said the fence was broken and he would ..."
                return who, _with_antecedent(st, subject_end, task)
        if pm:
            if (
                not task_verb
                or would
                and verb not in TASK_VERBS  # a list guards a pronoun's "would"
                and verb != "do"
                and (m.group("be") or not task_sense(verb, st, verb_end))
                # "She would let members know" (not "She would be moving away")
            ):
                continue
            pron = pm.group(1)
            if pron in ("We", "we"):
                continue  # "We will raise this at the leadership meeting": the group's plan
            if pron == "I":  # notes in the first person: the writer (or the remark's speaker)
                return pron, task
            plural = pron in ("They", "they")
            clause = before[: pm.start(1)]
            # "Syrina knows someone who might help, she'll ask": whom the clause before names
            ante = person_before(ctx, clause) if not plural and clause.endswith(", ") else None
            if ante is not None:
                about = about_words(clause.rstrip(", "))
                if about and BARE_TASK_RE.fullmatch(task[:1].upper() + task[1:]):
                    task = with_about(task, about)  # "Ask (Syrina knows someone ...)"
            else:
                ante = antecedent(ctx, prev, plural=True) if plural else person_before(ctx, prev)
            if ante:
                return ante, task
            continue
        ob = owner_before(st, subject_end)
        if ob is None:
            hs = handle_subject(ctx, st, subject_end) if task_verb else None
            if hs is not None and (
                is_task_verb(verb)
                or task_sense(verb, st, verb_end)
                or named_in_small_letters(ctx, hs[0])
            ):
                return hs[0], task  # "jdoe will check the build", "bodhi will have a look"
            continue
        owner = ob[0]
        after_object = agent_after_object(st, ob)
        if after_object is not None:
            owner = after_object[0]  # "... on Mill Lane and officers would write ..."
        elif not opens_clause(st, ob[1]):
            if _REPORTED_THAT_RE.search(st, 0, ob[1]):
                if _reported_owner(ctx, owner, verb, st, verb_end):
                    return owner, task  # "Members were advised that officers would look ..."
                continue  # "It was reported that Mr Jones would retire": news
            rel = _RELATIVE_RE.search(st, 0, ob[1])
            if rel is None or not (
                person_like(ctx, owner)
                or first_names(owner, task)
                or roles_and_bodies(owner)
                or staff_group(owner)
            ):
                continue
            # "the handover, which Omar will work through with the ops team"
            return owner, _with_antecedent(st, ob[1], task)
        named = person_like(ctx, owner) and re.search(r"[A-Z]", owner) is not None
        if named and (
            is_task_verb(verb) or _named(ctx, owner) or task_sense(verb, st, verb_end)
        ):  # "Cllr Okafor will have a look at this"
            return owner, task
        if first_names(owner, task):  # "Kwame will contact the radio station"
            return owner, task
        if task_verb and (
            roles_and_bodies(owner)
            or people_and_roles(ctx, owner)
            or staff_group(owner)
            and verb not in _GATHERING_VERBS
        ):
            return owner, task  # ("NHS colleagues would provide ...")
    return None


# What staff do at a meeting, not work they take on: "NHS Trust staff will attend the April
# meeting", "Council officers will meet again in May".
_GATHERING_VERBS = frozenset("attend meet come join visit present".split())  # noqa: SIM905
# Adverbs between a subject and its modal: "Bob also will", "He then will".
_ADVERB_BEFORE_RE = re.compile(
    r"(?:\s+(?:also|then|now|still|further|again|both|jointly|personally|kindly))+$"
)
# A clause set between a subject and its modal: "Cllr Ali, who chairs the group, would",
# "The Clerk, having spoken to the owner, will".
_APPOSITION_END_RE = re.compile(r",\s+(?:who|having|as|being)\s[^,;.()]{2,80},$")
# An adverb of likelihood or of habit after the modal: a forecast of what someone will do,
# or what they do as a rule ("officers would normally write first"), not a promise.
_PREDICTION_WORDS = (
    " likely probably possibly perhaps maybe presumably normally usually generally typically"
    " ordinarily routinely always often "
)
_PREDICTION_RE = re.compile(rf"\s(?:{'|'.join(_PREDICTION_WORDS.split())})\b")
# A that-clause of reported speech ends just before the owner: "Members were advised that",
# "The Chair said that".
_REPORTED_THAT_RE = re.compile(
    r"\b(?:said|advised|confirmed|reported|stated|explained|indicated|added|assured|informed"
    r"|told|noted|replied|responded)(?:(?:\s+(?:the\s+)?[A-Za-z]+)?\s+that)?\s+$"
)  # ("said officers would", "replied that the Roads Section would")


def _reported_owner(ctx: Context, owner: str, verb: str, st: str, verb_end: int) -> bool:
    """In reported speech, an owner who commits: a person, role or officers, or a unit of the
    speaker's own organisation ("the Roads Section", "the area office"; another body: "the
    ICB would provide" is :func:`.agents.body_will`'s), with a verb of a task."""
    # A list of jobs' verbs guards reported "would": it tells a state as often as a job
    # ("the Clerk would cope with the workload", "would hear back by May").
    if verb in DECISION_VERBS:
        return False
    if _own_unit(owner):  # ("the area office would remain open": a state)
        return verb in TASK_VERBS or task_sense(verb, st, verb_end)
    if verb not in FIRST_NAME_VERBS and not task_sense(verb, st, verb_end):
        return False
    if owner.lower() in ("officers", "the officers"):
        return True
    return commits_as_one(ctx, owner)


def _own_unit(owner: str) -> bool:
    """A unit of an organisation named by what it does or where it works, as its own
    officers name it: "the Roads Section", "the Parks team", "the area office", "the Housing
    Department" (not a body named in its own right: "the Department of Transport", "the
    HSE team", "Irish Water")."""
    m = _OWN_UNIT_RE.fullmatch(owner)
    return m is not None and all(is_word(w.lower()) for w in m["what"].split())


# "the" and one or two words naming what a unit does or where, then its head word.
_OWN_UNIT_RE = re.compile(
    r"(?:[Tt]he\s+)?(?P<what>[A-Za-z][a-z]+(?:\s+[A-Za-z][a-z]+)?)\s+"
    r"(?i:section|team|department|office|unit|directorate|service|services|crew)"
)


def should_verb(ctx: Context, st: str, prev: str) -> Found:
    """ "The Clerk should contact the insurers before renewal", "Sam should push it through",
    "Carl must check the deeds before the sale":
    a person, initials or role opening a clause, "should" and a verb of a task (not a body's
    or the meeting's duty: "The Council should consider ...", nor advice with no task:
    "should be aware", nor a wish: "should like to")."""
    for m in _P_SHOULD.finditer(st):
        verb = m.group("verb")
        if (
            verb in DECISION_VERBS | WILL_BAD | NOT_TASK_VERBS | AUXILIARIES
            or verb_base(verb) != verb
        ):
            continue  # "should note", "should be aware", "should like", "should have"
        ob = owner_before(st, m.start())
        if ob is None or not opens_clause(st, ob[1]):
            continue
        owner = ob[0]
        if body_like(owner) or self_body(owner) or owner.capitalize() in PRONOUNS:
            continue  # "You should still try to contact people ...": advice to anyone
        named = person_like(ctx, owner) or first_names(owner, verb)
        if verb not in FIRST_NAME_VERBS and not named:
            # "Councillors should declare interests ...": a standing duty; a list of jobs'
            # verbs guards this shape, as "should" tells a state too ("should cope with ...")
            continue
        if named or role_like(owner):
            return owner, st[m.start("verb") :]
    return None


_P_SHOULD = re.compile(rf"(?=[sm])\b(?:should|must)\s+{ADVERBS}(?P<verb>[a-z][a-z-]+)\b")


# Verbs of wishes and states that are a task in one sense: "will follow up with the
# landlord", "will move the lesson to the new site", "would make a funding application".
_TASK_SENSE = {
    "follow": re.compile(
        r"\s+(?:(?:this|it|that|these|them|the\s+[a-z]+)\s+)?(?:up|through|on)\b"
        r"|\s+(?:the|this|that|these|those)\s+[a-z]+\s+with\b"  # "follow the contact with X"
    ),
    "move": re.compile(r"\s+(?!(?:at|that|to|on|onto|forward|ahead)\b|(?:a|the)\s+motion\b)\w"),
    "make": re.compile(
        r"\s+(?:an?|the|some|two|three|sure|contact|arrangements|enquiries|notes"
        r"|representations|changes|amendments|improvements|repairs|payments|recommendations)\b"
    ),
    "get": re.compile(
        r"\s+(?!a\s+(?:lot|few|bit|number|sense|feeling|chance)\b)"  # "getting a lot of comments"
        r"(?:an?|the|some|two|three|more|further|quotes?|prices?|details|information)\b"
        r"|\s+in\s+touch\b|\s+back\s+to\b"
        r"|\s+(?:us|them|him|her|me)\s+(?:an?|the|some|more)\b"  # "will get us a cycle rack"
        r"|\s+(?:it|this|them|these)\s+(?:repaired|fixed|done|sorted|replaced|cut|cleaned|removed"
        r"|mended|checked|moved|emptied)\b"
    ),
    "go": re.compile(r"\s+(?:and|to)\s+(?:see|speak|talk|visit|check|look|ask|meet)\b"),
    "come": re.compile(r"\s+back\s+(?:to|with|on)\b|\s+up\s+with\b"),
    "see": re.compile(r"\s+(?:if|whether|about)\b"),
    "stay": re.compile(r"\s+in\s+(?:touch|contact)\b"),
    "apply": re.compile(r"\s+for\b"),
    "include": re.compile(r"\s+(?:this|it|these|them|the|an?)\b[^.;]{0,60}?\s(?:in|on)\s"),
    "help": re.compile(
        r"\s+(?:\w+\s+)?(?:with|to|out|run|set)\b"
        r"|\s+(?:(?:Cllr|Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z]+(?<!s)\b"  # "will help Persephone"
    ),
    "have": re.compile(r"\s+a\s+(?:look|word|chat|think|go)\b"),
    # "would revert to Cllr Nolan", "will revert back" (not "revert to the old system")
    "revert": re.compile(
        r"\s+(?:back\b|to\s+(?:(?:the\s+)?(?:members?|councillors?|committee)\b|him\b|her\b"
        r"|them\b|(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\b))"
    ),
    # "will propose a new date to the league", "will suggest to the team that ..." (not "would
    # propose that ...", a view given there and then)
    "propose": re.compile(r"\s+(?:an?|the|some)\s|\s+to\s+(?:the\s+)?[A-Za-z]"),
    "suggest": re.compile(r"\s+to\s+(?:the\s+)?[A-Za-z]"),
    "carry": re.compile(r"\s+out\s+(?:an?|the|some|any|further)\b"),  # "carry out a survey"
    # "Omar will act.", "will act on this" (not "will act as treasurer")
    "act": re.compile(r"\s*[.;!]?\s*$|\s+(?:on|upon)\s+(?:this|it|that|these|them|the)\b"),
    "be": re.compile(r"\s+in\s+(?:touch|contact)\b|\s+responsible\s+for\b"),
    "own": re.compile(r"\s+(?:this|that|it|[a-z]+ing)\b"),  # "I'll own writing the post"
    "let": re.compile(r"\s+(?:\w+\s+){1,3}?(?:know|have)\b"),  # "would let members know"
    "keep": re.compile(
        r"\s+(?:an?|the)\s+(?:eye|record|note|log)\b|\s+[^.;]{1,40}?\bunder\s+review\b"
        r"|\s+(?:\w+\s+){1,2}(?:informed|updated|posted|in\s+the\s+loop)\b"
        r"|\s+[^.;]{1,40}?\bup[\s-]to[\s-]date\b"  # "keep the master list up to date"
    ),
}


def task_sense(verb: str, st: str, verb_end: int) -> bool:
    """A verb of a state or a wish used in the sense of a task: "will continue to monitor
    the water supply" (an ongoing commitment), "will follow up with the
    landlord", "will move the lesson to the new site" (not "will move at the next meeting
    that ..."), "would make a funding application", "will get the keys cut", "will have a
    look at", "will be in touch with", "would keep this under review", "will keep the group
    informed", "will go and see", "will come back to the group", "will apply for the grant",
    "will include this in the newsletter", "will help with the stall", "will help Sam", "will
    stay in touch", "will see if the room is free", "will come up with a plan", "will be in
    contact with"."""
    if verb == "continue":
        m = _CONTINUE_TO_RE.match(st, verb_end)
        return m is not None and _ongoing_task_verb(m.group("verb"))
    if verb == "get" and _bare_object(st, verb_end):
        return True
    paired = _AND_VERB_RE.match(st, verb_end)
    if paired is not None and paired["verb"] in TASK_VERBS and paired["verb"] not in DECISION_VERBS:
        return True  # "would keep and update the master list": a task's verb shares the object
    rx = _TASK_SENSE.get(verb)
    return rx is not None and rx.match(st, verb_end) is not None


def _bare_object(st: str, verb_end: int) -> bool:
    """A noun phrase with no article as the object of "get": "will get supplies", "will get
    cake and squash", "will get current signatories", "will get Wellington's results" (not
    "get involved", "get better", "get rid of", "get lots", "get increasingly busy")."""
    m = _NEXT_WORDS_RE.match(st, verb_end)
    if m is None:
        return False
    w, after = m.group(1), m.group(2)
    low = w.lower()
    if w[0].isupper():
        return w != "I"
    if low in _NOT_OBJECTS:
        return False
    if is_plural_noun(low):
        return True  # "get supplies", "get signatures"
    if not is_word(low) or verb_base(low) not in (None, low):
        return False  # "get to", "get involved", "get going"
    if low.endswith("ly") and not is_noun(low):
        return False  # "getting increasingly interested", "get really busy": a state
    if is_adjective(low):
        return after is not None and is_plural_noun(after)  # "current signatories"
    return True


# A second verb sharing the first's object: "keep and update", "gather and circulate".
_AND_VERB_RE = re.compile(r"\s+(?:and|&)\s+(?P<verb>[a-z]+)\b")
_NEXT_WORDS_RE = re.compile(r"\s+([A-Za-z][a-z'’-]*)\b(?:\s+([a-z]+)\b)?")
_NOT_OBJECTS = frozenset(
    """
    rid to on off out up in into over back along together away around through there here
    home it this that what lots things round across down by used well sick better worse
    """.split()  # noqa: SIM905
)


# "will continue to monitor the supply", "would continue liaising with the school".
_CONTINUE_TO_RE = re.compile(r"\s+(?:to\s+)?(?P<verb>[a-z][a-z-]+)\b")


def _ongoing_task_verb(word: str) -> bool:
    """The verb an ongoing commitment goes on with ("continue to monitor", "continue
    liaising"): a verb of a task, not of a state or a wish ("continue to grow", "continue
    to be")."""
    base = verb_base(word) if word.endswith("ing") else word
    return (
        base is not None
        and is_base_verb(base)
        and base not in WILL_BAD | NOT_TASK_VERBS | AUXILIARIES | DECISION_VERBS
    )


# ", which Omar will ...", "the hall, which the Clerk would book", "a list which she will
# send": a relative clause whose agent commits; its antecedent, a short noun phrase before
# the comma, is the object ("that he" is reported speech: "told the Clerk that he would").
_RELATIVE_RE = re.compile(
    r"(?:(?:^|[\s(])(?P<np>(?:the|a|an|this|our)\s+[\w’'-]+(?:\s+[\w’'-]+){0,2}))?"
    r",?\s+(?:which|that(?!\s+(?:he|she|they)\s))\s+(?:(?:he|she|they)\s+)?$"
)


def _with_antecedent(st: str, end: int, task: str) -> str:
    """The task of a relative clause ending at st[end] with its antecedent, the object, in
    brackets: "a copy of the lease which he will send to members" gives "Send to members (the
    lease)"; any other task as it is."""
    rel = _RELATIVE_RE.search(st, 0, end)
    np = rel.group("np") if rel is not None else None
    return f"{task.rstrip(' .')} ({np})" if np else task


def _named(ctx: Context, owner: str) -> bool:
    """Initials, or a person the document names in full."""
    return bool(INITIALS_RE.fullmatch(owner)) or all(
        w.strip(",.;:()").lower() in ctx.name_tokens for w in owner.split() if w[:1].isupper()
    )


def speaker_offers(ctx: Context, st: str, prev: str) -> Found:
    """A speaker's own offer in notes of a call: "* Alice: I can take the release notes this
    time", "- Bob: happy to review the PR", "CD: I'm happy to chair the next call"; a
    speaker's proposal that the speaker leads: "Eric: Let's put this on the next agenda"."""
    m = _SPEAKER_OFFER_RE.match(st)
    if m is None or m.group("verb") in DECISION_VERBS:
        return None
    verb = m.group("verb")
    if m.group("lets") and (
        st.rstrip().endswith("?") or verb in NOT_TASK_VERBS and not task_sense(verb, st, m.end())
    ):
        return None  # "Let's move on", "Let's see how it goes", "Let's check the dates?"
    if not is_task_verb(verb) and not task_sense(verb, st, m.end()):
        return None
    return m.group("who"), st[m.start("verb") :]


_SPEAKER_OFFER_RE = re.compile(
    rf"{_LABEL}\s+(?:I\s+(?:can|could)\s+(?:also\s+)?|(?P<lets>[Ll]et['’]s\s+)"
    r"|(?:I['’]m\s+|I\s+am\s+|[Aa]lso\s+)?"
    r"(?:[Hh]appy|[Gg]lad|[Ww]illing)\s+to\s+)(?:volunteer\s+to\s+|offer\s+to\s+)?"
    r"(?P<verb>[a-z]+)\b"  # "I'm happy to volunteer to own this"
)


def remark_speaker(ctx: Context, line: str) -> str | None:
    """Who speaks a line of notes written as a dialogue: the person whose label opens it
    ("Jonathan: ...", "- Mihai: ...", "**Bosko:** ..."), not a label of a topic or a status
    ("Discussion: ...", "Next steps: ...")."""
    m = _REMARK_RE.match(line)
    if m is None:
        return None
    who = m.group("who")
    first = who.split()[0].lower()
    if who.lower() in NOT_OWNERS or not (
        who in ctx.initials
        or person_like(ctx, who)
        or given_name(who)
        and (is_name_word(first) or not is_word(first))
    ):
        return None
    return who


_REMARK_RE = re.compile(rf"\s*[*_]{{0,2}}{_LABEL}[*_]{{0,2}}\s")


def in_first_person(st: str) -> bool:
    """A sentence whose subject is "I" ("Yeah I can ...", "I'll reach out")."""
    return _FIRST_PERSON_RE.match(st) is not None


_FIRST_PERSON_RE = re.compile(
    r"[\W]*(?:(?:[Yy]eah|[Yy]es|[Oo]k(?:ay)?|[Ss]ure|[Ss]o|[Aa]nd|[Bb]ut|[Tt]hen|[Aa]lso)[,\s]+)*I\b"
)


def speaker_first_person(ctx: Context, st: str, prev: str) -> Found:
    """In a speaker's remark, the speaker's own commitment in the first person, with any cue
    of one: "I should try to schedule the breakout", "I will be happy to review it", "I need
    to check the lease", "I plan to visit the site", "I'm going to write to the county",
    "Let me check with Ada", "..., got to check after the event". ("I", task): the caller
    gives it to the line's speaker. Not a wish or a view ("I think", "I'd like to see"), nor
    what is done in the meeting there and then ("Let me share my screen"). A bare yes
    ("I can.", "Yes, I will.", "Happy to.") answering a call for someone to do a task takes
    that task on, as "will do" does."""
    if _BARE_YES_RE.fullmatch(st.rpartition(": ")[2]) and _VOLUNTEER_ASK_RE.search(prev):
        return "I", "do"
    for m in _FIRST_PERSON_CUE_RE.finditer(st):
        verb = m.group("verb")
        task = st[m.start("verb") :]
        if verb == "do" and _DO_IT_RE.match(st, m.end("verb")):
            # "I'll do it" answering a request ("Someone needs to chase the vendor"): what was
            # asked (the caller reads it from the request); after no request, nothing
            return ("I", task) if _ASKS_RE.search(prev) else None
        if verb in AUXILIARIES or verb in DECISION_VERBS or verb_base(verb) != verb:
            continue
        if (
            verb in IN_MEETING_VERBS
            or verb == "ask"
            and not _NAMED_NEXT_RE.match(st, m.end("verb"))
        ):
            continue  # "Let me share my screen", "I can ask a question"
        if (verb in NOT_TASK_VERBS or verb in WILL_BAD and not m.group("glad")) and not task_sense(
            verb, st, m.end()
        ):
            continue  # "I can see the problem" ("happy to become the second author" is one)
        if is_base_verb(verb):
            return "I", task
    return None


# A first person's cue at the start of a clause (after "Yes,", "OK so", a comma or a dash):
# "I should (try to)", "I will be happy to", "I'm going to", "I need to", "Let me", or a cue
# with its "I" dropped in notes ("got to check", "need to ask").
_FIRST_PERSON_CUE_RE = re.compile(
    r"(?:^|(?<=[,;:–—(\])>-])|(?<=\s[-–—]))\s*(?:(?:[Yy]eah|[Yy]es|[Oo]k(?:ay)?|[Ss]ure|[Ss]o|[Aa]nd"
    r"|[Bb]ut|[Tt]hen|[Aa]lso|[Aa]ctually)[,\s]+)*"
    r"(?:(?:I|i)(?:\s+(?:will|shall|can|could|would)|['’]d)\s+(?P<glad>be\s+(?:happy|glad|willing"
    r"|pleased)\s+to\s+)|(?:I|i)(?:\s+(?:will|shall|can|could)|['’]ll)\s+"
    r"|(?:I|i)(?:\s+am|['’]m)\s+(?:going|planning)\s+to\s+"
    r"|(?:I|i)\s+(?:should\s+(?:try\s+to\s+)?|must\s+|(?:need|have|plan|intend|volunteer"
    r"|offer)\s+to\s+)|(?:I|i)(?:\s+have|['’]ve)\s+got\s+to\s+"
    r"|(?P<lets>[Ll]et\s+me\s+)|(?:[Gg]ot|[Nn]eed)\s+to\s+)"
    rf"{ADVERBS}(?P<verb>[a-z][a-z-]+)\b"
)
# A yes with no task of its own: "I can.", "Yes, I will.", "Happy to!", "Can do".
_BARE_YES_RE = re.compile(
    r"\W*(?:(?i:yes|yeah|sure|ok(?:ay)?)[,!.\s]+)*(?:I\s+(?:can|will|could)|(?i:happy\s+to"
    r"|can\s+do|on\s+it))[\s.!]*"
)
# A call for someone to take a task on: "Can anyone ...?", "Someone needs to ...", "Who can
# ...?", "Any volunteers to ...?" (not "Can you make Tuesday?", a question of who is free).
_VOLUNTEER_ASK_RE = re.compile(
    r"(?i)\b(?:anyone|anybody|someone|somebody|volunteers?|who\s+(?:can|could|will|is\s+able))\b"
)
# "do it", "do that", "do so": a task pointing back to what was asked.
_DO_IT_RE = re.compile(r"\s+(?:it|that|this|so)\b")
# A sentence asking for something to be done: a question, someone sought, a need, "please".
_ASKS_RE = re.compile(
    r"\?\s*$|(?i:\b(?:someone|somebody|anyone|anybody|volunteers?|who)\b|\bneeds?\s+to\b"
    r"|\b(?:can|could)\s+you\b|\bplease\b)"
)
# What a speaker does in the meeting itself, there and then ("Let me share my screen").
IN_MEETING_VERBS = frozenset(
    [
        "share",
        "present",
        "explain",
        "clarify",
        "respond",
        "add",
        "raise",
        "speak",
        "introduce",
        "summarise",
        "summarize",
        "show",
        "start",
        "recap",
        "answer",
        "quote",
        "read",
        "note",
        "say",
        "mention",
    ]  # noqa: SIM905
)
_NAMED_NEXT_RE = re.compile(r"\s+(?:[A-Z]|the\s+[a-z]+\b)")
