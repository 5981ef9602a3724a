"""Actions in prose: commitments by a named person, role or body ("X agreed to / undertook
to / was asked to", "X said she would", "That the Director circulate ...", "X to report
back"). Each rule reads one kind of sentence and returns (owner, task) or None."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ...dates import preferred_due
from ...model import Action
from ..context import Context, Spans, due_phrases, item_at, sentences_of_line
from ..items import VERBISH_RE
from ..layout import Line
from ..people.words import is_name_word
from .common import committed_task, make_action
from .entry_lines import NOT_OWNERS
from .lexicon import is_adjective, is_base_verb, is_word, verb_base
from .named_notes import note_task
from .notes import participle_note, trailing_agent, verb_by_position
from .owners import (
    DISCOURSE,
    antecedent,
    body_like,
    first_names,
    given_name,
    owner_before,
    owner_forward,
    owner_like,
    person_like,
    role_like,
    self_body,
    split_owners,
    tidy_owner,
    token_may_end_owner,
    trade_like,
    trim_owner_to_person,
)
from .passives import (
    asked_in_passive,
    bare_subjunctive,
    participle_base,
    passive_by,
    reported_passive,
    requested_active,
    requested_info,
    requested_passive,
    split_by_agent,
    unframed_passive,
    which_would_be,
    who_would,
)
from .verbs import DECISION_VERBS, FIRST_NAME_VERBS, TASK_VERBS, WILL_BAD

# What a prose rule finds in a sentence: (owner, task), or None. An owner of None is an
# action the minutes give no one ("a reply would be sent to the residents").
Found = tuple[str | None, str] | None

_SAY = r"(?:said|confirmed|advised|explained|stated|indicated|replied|responded|added|(?:assured|informed|advised|told|reminded)\s+(?:the\s+\w+|[Mm]embers|[Cc]ouncillors)|agreed|undertook|offered|noted|clarified)"  # noqa: E501
_PRON = r"(?:he|she|they|we)"
# Each prose rule opens with a look-ahead on its first letters: the regex engine then skips
# straight to the places a match can start (a large share of the parse time otherwise).
_P_SAID = re.compile(
    rf"(?=[scaeiruon])\b{_SAY}\s+(?:that\s+)?{_PRON}(?:\s+(?:would|could|will|can|shall|intends?\s+to|planned\s+to|was\s+happy\s+to|were\s+happy\s+to|would\s+be\s+happy\s+to|would\s+be\s+pleased\s+to)|['’](?:ll|d))\s+"
    r"(?:then\s+|also\s+|now\s+|further\s+|personally\s+|be\s+happy\s+to\s+)?"
    r"(?P<be>be\s+(?=[a-z]+ing\b))?(?P<verb>[a-z][a-z-]+)"
)
_P_AGREED = re.compile(
    r"(?=[auovpcihtw])\b(?:agreed|undertook|offered|volunteered|promised|pledged|intends|intended|committed\s+(?:herself|himself|themselves)"
    r"|(?:has|have|took|takes|was\s+given|were\s+given)\s+(?:an|the)\s+action)\s+to\s+"
    r"(?:(?:also|further|personally)\s+)?(?P<verb>[a-z][a-z-]+)"
)
_ADVERBS = (
    r"(?:(?:then|also|now|again|first|next|soon|both|together|jointly|still"
    r"|(?!(?:apply|supply|reply|rely|comply|multiply|rally|tally|bully|ally|fly)\b)[a-z]{3,}ly)"
    r"\s+){0,2}"
)
_P_ASKED_PASSIVE = re.compile(
    r"(?=[whiart])\b(?P<aux>(?:was|were|has\s+been|have\s+been|is|are)\s+)?(?:also\s+)?(?:asked|requested|tasked|invited|instructed|commissioned|mandated|charged|reminded|encouraged|urged)\s+(?:with\s+|to\s+)"
    rf"{_ADVERBS}(?P<verb>[a-z][a-z-]+)"  # "asked to particularly note": the verb is "note"
)
_P_ASKED_ACTIVE = re.compile(
    r"(?=[artiuscdre])\b(?:ask(?:s|ed)?|request(?:s|ed)?|tasked|invited?|instruct(?:s|ed)?|urged?|set|challenged|advised|remind(?:s|ed)?|encourag(?:es|ed))\s+(?:for\s+)?(?P<obj>(?:the\s+|all\s+)?(?:(?:committee|board|panel|group|council)\s+)?(?:officers|the\s+clerk|members|colleagues|partners)(?=\s+to\s)|(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:of|for|and|&|the|at)?\s*[A-Z][\w’'&.-]*){0,8}(?:\s+(?:members?|officers?|colleagues|representatives?|partners))?)"
    r"(?P<fill>\s+(?:a|an|the|some|several|number|of|challenges?|task|to|and|with|\w+ing)){0,6}?\s+(?:and\s+)?to\s+(?P<verb>[a-z][a-z-]+)"
)
# "He confirmed that the consultation was open and that he would send Members the link."
_P_SAID_AND_THAT = re.compile(
    rf"(?=[scaeiruon])\b{_SAY}\s+(?:that\b)?[^.;]*?\band\s+that\s+(?P<pron>he|she)\s+"
    r"(?:would|will|could|shall)\s+(?:also\s+|then\s+)?(?P<verb>[a-z][a-z-]+)"
)
# Adverbs between a modal and its verb ("will again inspect", "would then jointly draft").
_P_MODAL = re.compile(
    r"(?=[wsiaW'’])(?:\b(?P<modal>will|shall|would|(?:is|are|am)\s+going\s+to|(?:(?<=:\s)|^)Will)"
    r"|(?<=\w)['’]ll|(?<=\w)['’]s\s+going\s+to)(?:,[^,.;]{2,40},)?\s+"  # "will, with X, meet"
    rf"{_ADVERBS}(?:try\s+to\s+)?(?P<be>be\s+(?=[a-z]+ing\b))?"
    r"(?P<verb>[a-z][a-z-]+)"
)
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
    r"(?:\(?\w{1,3}[.)]\s*)?(?:(?:[A-Z][a-z]+|and|but|so)\s+)?(They|He|She|We|they|he|she|we|I)"
)
# Verbs of wishes, views and states ("would like", "will welcome", "would hope"), and of
# standing roles ("MW would manage the website").
_NOT_TASK_VERBS = frozenset(
    """
    like love want wish hope expect welcome appreciate prefer think feel know see seem appear
    say argue suggest imagine mean cost result last stay keep lose win happen apply affect
    impact increase decrease reduce improve rise fall grow remain allow make go get come
    manage oversee act serve represent maintain chair own move propose second
    """.split()  # noqa: SIM905
)
_INITIALS_RE = re.compile(r"[A-Z]{2,4}(?:\s*(?:/|,|&|and)\s*[A-Z]{2,4})*")
_P_ASKED_THAT = re.compile(
    r"(?=[arR])\b(?:asked|requested|requests|[Rr]equest)\s+that\s+"
    r"(?P<np>(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:of|for|and|&|the)?\s*[A-Z][\w’'&.-]*){0,6}"
    r"(?:\s+(?:committee|sub-committee|team|group|panel|board))?)"  # "the Finance committee"
    r"\s+(?P<verb>[a-z]+)\b"
)
# "asked that the Cabinet Member attend the February meeting" is a follow-up.
_NOT_ASKED = DECISION_VERBS - {"confirm", "delegate"} | {"attend", "be"}
_P_ASKED_IF = re.compile(
    r"(?=[aqw])\b(?:asked|queried|wondered)\s+"
    r"(?:(?<=asked\s)(?P<obj>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+)?"
    r"(?:if|whether)\s+(?P<pron>he|she|they)\s+"
    r"(?:could|would|can|will|might)\s+(?P<verb>[a-z][a-z-]+)"
)
_AUXILIARIES = frozenset(
    """
    is are was were be been being has have had will would should shall may might can could
    must did does do not also then now
    """.split()  # noqa: SIM905
)


def _base_form(verb: str) -> str | None:
    """ "writes" -> "write", "confirms" -> "confirm", "contact" -> "contact"; None for an
    auxiliary or a past form ("was", "agreed")."""
    if verb in _AUXILIARIES or verb in _NOT_A_VERB or verb.endswith("ed") or len(verb) < 3:
        return None
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    if verb.endswith(("sses", "shes", "ches", "xes", "zes")):
        return verb[:-2]
    if verb.endswith("s") and not verb.endswith("ss"):
        return verb[:-1]
    return verb


# "add X to the work programme": what the meeting plans for itself, not a task.
_OWN_AGENDA_RE = re.compile(
    r"(?:add|include|place|schedule|put)\b[^.;]{0,80}?\b(?:on|to|in)\s+(?:the|its)\s+"
    r"(?:work\s*programme|forward\s+plan|agenda)"
)
_P_AGREED_THAT = re.compile(
    r"(?=[ardARD])\b(?:(?P<head>(?i:agreed|resolved|decided|arranged))\s+(?:that\s+)?|(?P<head2>requested|asked|recommended)\s+that\s+)(?P<np>(?:the\s+)?[A-Z][\w’'&.,-]*(?:\s+(?:of|for|and|&|the|at)?\s*[A-Z][\w’'&.,-]*){0,10}|the\s+[a-z]+)\s+"
    r"(?:(?P<modal>would|should|will|shall|to|be\s+asked\s+to|be\s+requested\s+to)\s+(?:then\s+|also\s+)?)?(?P<verb>[a-z][a-z-]+)"
)
_P_DUE = re.compile(r"(?=[iaw])\b(?:is|are|was|were)\s+due\s+(?:by|on|before|in|at)\b")
_P_TO_START = re.compile(
    r"^(?P<np>[A-Z][\w’'&./-]*(?:\s+(?:of|for|and|&|the|at|/)?\s*[A-Z][\w’'&./-]*){0,8})\.?\s+to\s+(?P<verb>[a-z][a-z-]+)\b"
)
_P_BODY_WILL = re.compile(
    r"(?:[\W\d]{0,6}(?:Noted\s+that\s+|It\s+was\s+noted\s+that\s+)?)?"
    r"(?P<np>(?:[Tt]he\s+)?[A-Z][\w’'&-]*(?:\s+(?:of|for|and|&)?\s*[A-Z][\w’'&-]*){0,6}"
    r"(?:\s+(?:team|service|services|department|directorate|unit|office))?)"
    r"\s+(?:will|would|shall|(?:is|are)\s+going\s+to)\s+(?:also\s+|then\s+|now\s+|shortly\s+)?"
    r"(?P<verb>[a-z][a-z-]+)\b"
)
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
    come return follow-up
    """.split()  # noqa: SIM905
)
# Verbs of work a body takes on for the meeting, with the word that makes them a task:
# "Society will set up games for the event", "The department will work with the clerks to
# check on available money", "The parks team will organise the litter pick".
_BODY_PHRASAL_RE = re.compile(
    r"(?:set\s+up|work\s+with\s+[^.;]{1,60}?\s+to\s+[a-z]+|organi[sz]e|run|host|draft|create"
    r"|put\s+together)\b"
)
# Verbs that commit only with an information object ("provide a breakdown").
_BODY_GIVE_VERBS = frozenset(["provide", "share", "send", "produce", "prepare", "give", "supply"])
_INFO_OBJECT_RE = re.compile(
    r"\b(?:breakdown|update|updates|report|briefing|note|response|details|figures|data"
    r"|information|list|summary|paper|analysis|copy|copies|results|findings|answer|reply"
    r"|timeline|timetable|maps?|numbers|statistics|costings|assurance|slides|presentation"
    r"|survey|guidance|feedback|evidence|comparison|explanation|clarification)\b"
)
# "4) Skip day – Brenda to book ...", "Trees: Clerk to write ...": a short heading, then a
# separator, then the "X to VERB" clause.
_HEADING_SEP_RE = re.compile(r"^[^.;:–—]{1,80}?(?::|\s[–—-]|[–—])\s+")


# Verbs of work under way that ends in something for the meeting ("X was enquiring about").
_ONGOING_VERBS = frozenset(
    """
    enquire inquire triage chase arrange organise organize investigate liaise contact source
    obtain seek research sort follow look negotiate pursue canvass approach check
    """.split()  # noqa: SIM905
)
_ONGOING_STEMS = "|".join(v[:-1] if v.endswith("e") else v for v in sorted(_ONGOING_VERBS))


# A word of the future, of a request or of an agreement: sentences with none make no action.
_ACTION_HINT = re.compile(
    r"(?=[tswcdTaArRpPDku'’iWvg])(?:"  # the first letters of what follows (a look-ahead: faster)
    r"\b(?:to|will|Will|shall|would|should|could|can|due|That|asked|[Rr]equests?|requested|[Dd]elegate|[Pp]lease"
    r"|know|[Aa]greed|AGREED|[Rr]esolved|RESOLVED|decided|suggested|proposed|recommended|urged"
    r"|tasked|responsibility|ask|grateful|great"
    r"|seconded|volunteered"
    r"|sought)\b|['’](?:ll|d)\b"
    rf"|\b(?:is|are|was|were)\s+(?:[a-z]+ly\s+|still\s+|also\s+|now\s+|in\s+the\s+process\s+of\s+)?"
    rf"(?:{_ONGOING_STEMS})ing\b"
    r")"
)


def prose_actions(ctx: Context, actions: list[Action], claimed: Spans) -> None:
    """An action for each sentence of prose (not already claimed) that commits an owner."""
    prev_text = ""  # the sentence before, in the same paragraph (for "he", "they")
    prev_start = 0  # where it starts in the text
    agenda = _agenda_text(ctx)
    agreed_to_list = False  # the points under "Agreed to:", each a task of the meeting's
    for ln in ctx.lines:
        if ln.blank:
            prev_text = ""
            continue
        if ln.cend - ln.cstart > 200_000 or agenda.overlaps(ln.cstart, ln.cend):
            continue
        if _heading_line(ctx, ln):
            continue  # the title of what follows, not a task
        head = ctx.text[ln.cend - 1] in ":-–—o" and bool(
            _AGREED_TO_HEAD_RE.search(ctx.text, max(ln.cstart, ln.cend - 40), ln.cend)
        )
        entry = agreed_to_list and _is_list_entry(ctx, ln)
        agreed_to_list = head or entry
        for s, e, st, _low in sentences_of_line(ctx, ln):
            if claimed.overlaps(s, e) or len(st) > 3000:
                prev_text, prev_start = st, s
                continue
            st = _unmarked(st)
            clauses = _clauses(st)
            before = len(actions)
            for cs, ce in clauses:
                clause = st[cs:ce]
                found = None
                if entry and _WORD_CHAR_RE.search(clause):  # "1." may split off as a sentence
                    found = _try_rule(ctx, agreed_point, clause, prev_text)
                    entry = False  # only a point's first clause opens with its verb
                found = found or _commitment(ctx, clause, prev_text)
                request, request_start = prev_text, prev_start
                prev_text, prev_start = clause, s + cs
                if found is None and request and "ction" in clause:
                    labelled = _owner_label(ctx, clause, request, actions, request_start, s + ce)
                    if labelled is not None:
                        actions.append(labelled)
                        claimed.add(request_start, s + ce)
                if found is None:
                    continue
                owner, task = found
                start = s + cs
                pointing = _POINTING_TASK_RE.fullmatch(_AFTER_COMMA_RE.sub("", task))
                asked_here = _asked_before_answer(ctx, clause, task) if pointing else None
                if pointing is not None and asked_here is not None:
                    task = _answered_task(pointing, asked_here)  # "Need X - Kate will do it"
                elif pointing is not None and request:
                    asked = _what_was_asked(ctx, pointing, request, actions, request_start)
                    if asked is not None:
                        # The request and its answer: one action, the answer's owner's.
                        if _answers(actions, request_start, owner, s + ce):
                            continue
                        task, start = _answered_task(pointing, asked), request_start
                due_src = _due_source(ctx, clause, task)
                actions.append(make_action(ctx, task, owner, start, s + ce, due_src))
                claimed.add(s + cs, s + ce)
            if len(actions) > before and len(clauses) > 1 and _whole_sentence(st):
                # The one commitment of a sentence, or the first of several ("Rob to draft the
                # letter, Heather to send it"): its passage is the whole sentence.
                actions[before].start, actions[before].end = s, e


def _owner_label(
    ctx: Context, clause: str, before: str, actions: list[Action], before_start: int, end: int
) -> Action | None:
    """A label naming who acts on the sentence before it, closing a paragraph: "The police
    will be asked to patrol the lane. Police Action." (the sentence's action is the
    police's), "A warden visit is needed. Clerk action" (the sentence is the Clerk's task).
    A new action, or None when the label named no owner or gave the last action its owner."""
    m = _OWNER_LABEL_RE.fullmatch(clause)
    owner = m.group("who") if m else ""
    if not owner or self_body(owner) or not (owner_like(ctx, owner) or _agency_word(owner)):
        return None
    if _answers_found(actions, before_start):
        _answers(actions, before_start, owner, end)  # an action with no owner takes this one
        return None
    task = committed_task(before, len(before)) or before.strip()
    return make_action(ctx, task, owner, before_start, end)


def _agency_word(word: str) -> bool:
    """One noun that names who acts in a label ("Police Action", "Highways action"), not
    what kind of action it is ("Further action", "Enforcement action", "Legal action")."""
    w = word.lower()
    return (
        " " not in w
        and not is_adjective(w)
        and w not in _ACTION_KINDS
        and verb_base(w) in (None, w)  # "Agreed action", "Proposed action"
    )


_ACTION_KINDS = frozenset("no enforcement corrective remedial urgent court".split())  # noqa: SIM905
_OWNER_LABEL_RE = re.compile(
    r"[\W]*(?P<who>(?:[Tt]he\s+)?[A-Z][\w’'&/.-]*(?:\s+[A-Z][\w’'&/.-]*){0,3})\s+"
    r"(?:[Aa]ction|ACTION)\s*[.:;!]?\s*"
)


# A task that only points back to the sentence before: "agreed to do so", "would do this",
# "would provide this", "agreed to look into it", "will pick this up".
_POINTING_TASK_RE = re.compile(
    r"(?i)(?:(?P<do>do|action|arrange|progress|pursue|undertake)|[a-z]+(?:\s+(?:into|at|up|on))?)"
    r"\s+(?:so|this|that|it|these|them|the\s+same)\b"
    r"(?:\s+(?:up|forward|on|too|also|accordingly|further))?\s*[.;,]?"
    r"|(?i:(?P<do2>do))\s*[.;,!]?"  # "Yes, will do."
)


# What follows a comma or semicolon in a task ("do so, and the Chair advised ...").
_AFTER_COMMA_RE = re.compile(r"\s*[,;].*$", re.S)


def _what_was_asked(
    ctx: Context, pointing: re.Match[str], request: str, actions: list[Action], request_start: int
) -> str | None:
    """What an answer pointing back ("agreed to do so") takes on from the sentence before:
    the task it asked for; for "do this" after a sentence that asked nothing and made no
    action, that sentence itself ("The hedge needs cutting. The Clerk will do this." -> "Do
    this (the hedge needs cutting)")."""
    if _answers_found(actions, request_start) and actions[-1].owner is not None:
        return None  # the request was taken up already ("Need X - Kate will do it")
    asked = _task_from_request(ctx, request)
    if pointing.group("do2"):
        return asked  # "will do" answers a request, or nothing
    if asked is None and pointing.group("do") and not _answers_found(actions, request_start):
        what = _ARTICLE_RE.sub(lambda a: a.group(0).lower(), request.strip(" ."))
        return f"{pointing.group(0).rstrip(' .;,')} ({what})"
    return asked


def _asked_before_answer(ctx: Context, clause: str, task: str) -> str | None:
    """What a request earlier in the same clause asks for, which an answer after a dash or
    a comma points back to: "Need someone to check the stopcock - Kate said she'd do it"."""
    at = clause.rfind(task)
    sep = max(clause.rfind(" - ", 0, at), clause.rfind(" – ", 0, at), clause.rfind(", ", 0, at))
    return _task_from_request(ctx, clause[:sep]) if sep > 0 else None


def _answered_task(pointing: re.Match[str], asked: str) -> str:
    """The task of "X agreed to do so" is what was asked; that of "X would provide this" is
    its own words, with what was asked in brackets: "Provide this (break down the figures
    by ward)"."""
    if pointing.group("do") or pointing.group("do2"):
        return asked
    return f"{pointing.group(0).rstrip(' .;,')} ({asked[:1].lower()}{asked[1:].rstrip(' .')})"


# What the sentence before asked for: "asked whether someone could check the drain",
# "requested that the Council write to the MP", "suggested the Clerk contact the school".
_REQUESTED_TASK_RE = re.compile(
    r"\b(?:ask(?:ed|s)?|request(?:ed|s)?|suggest(?:ed|s)?|wondered|queried|proposed|[Nn]eeds?|[Nn]eeded)\b"
    r"[^.;]*?\b(?:could|would|might|should|can|to|that\s+(?:someone|somebody|the\s+\w+))"
    r"\s+(?P<verb>[a-z][a-z-]+)\b"
    # a question put to someone: "Can you update the docs?"
    r"|\b(?:[Cc]an|[Cc]ould|[Ww]ould|[Ww]ill)\s+(?:you|someone|anyone|somebody)\s+(?:please\s+)?"
    r"(?P<verb2>[a-z][a-z-]+)\b"
)


def _task_from_request(ctx: Context, request: str) -> str | None:
    """The task a request in the sentence before asks for, which "X agreed to do so" takes
    on: "Cllr Brown asked whether someone could check the drain on Mill Road" -> "check the
    drain on Mill Road", "Residents asked for the dog bin to be emptied" -> "Empty the dog
    bin", "The Chair asked for a list of the benches" -> "Provide a list of the benches"."""
    for rule in (requested_passive, requested_info):
        found = _try_rule(ctx, rule, request, "")
        if found is not None:
            return found[1]
    for m in _REQUESTED_TASK_RE.finditer(request):
        group = "verb" if m.group("verb") else "verb2"
        verb = m.group(group)
        if is_base_verb(verb) and verb not in _AUXILIARIES | _NOT_A_VERB | {"be"}:
            return request[m.start(group) :].strip().rstrip("?").strip()
    noun = _SUGGESTED_NOUN_RE.search(request)  # "suggested a visit to the entrances ..."
    return noun.group("np").strip() if noun else None


_SUGGESTED_NOUN_RE = re.compile(
    r"\b(?:suggested|proposed|requested|asked\s+for)\s+(?P<np>(?:a|an)\s+[a-z][^,;.]{3,120})"
)


_ARTICLE_RE = re.compile(r"^(?:The|A|An|This|These)\b")


def _answers_found(actions: list[Action], request_start: int) -> bool:
    """Whether the sentence before (starting at ``request_start``) made an action."""
    return bool(actions) and actions[-1].start >= request_start


def _answers(actions: list[Action], request_start: int, owner: str | None, end: int) -> bool:
    """Whether the action found in the request (the sentence starting at ``request_start``)
    is the answer's: one with no owner takes the answer's owner; one with the same owner
    stands. Either way it spans the answer too, and no second action is made."""
    if not _answers_found(actions, request_start):
        return False
    last = actions[-1]
    if last.owner not in (None, owner):
        return False
    who = split_owners(tidy_owner(owner)) if owner else []
    actions[-1] = replace(last, owner=owner and tidy_owner(owner), owners=who, end=end)
    return True


# A name in bold: capitalised words ("**Sam**", "**Bill Jones**", "**JC**").
_NAME_WORDS = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"


def _unmarked(st: str) -> str:
    """The sentence as read, the markup around names blanked out (so that offsets hold):
    reStructuredText link references ("`Molly`_ will take the lead"), Markdown links
    ("[Sam](https://...) will ...") and bold ("**Sam** will ..."); and HTML tags left in
    minutes pasted from a page's source ("<li>Sam offered to contact the printers.</li>")."""
    if "<" in st:
        st = _HTML_TAG_RE.sub(lambda m: " " * len(m.group(0)), st)
    if "`" not in st and "](" not in st and "**" not in st and "__" not in st:
        return st
    for rx in _MARKUP_RES:
        st = rx.sub(_blank_markup, st)
    return st


_HTML_TAG_RE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,9}(?:\s[^<>\n]{0,80})?/?>")


def _blank_markup(m: re.Match[str]) -> str:
    """The match with all but its words turned to spaces."""
    a, b = m.start("words") - m.start(), m.end("words") - m.start()
    whole = m.group(0)
    return " " * a + whole[a:b] + " " * (len(whole) - b)


_MARKUP_RES = (
    re.compile(r"`(?P<words>[^`<>\n]{1,60}?)(?:\s*<[^<>\n]*>)?`__?"),
    re.compile(r"\[(?P<words>[^\[\]\n]{1,60})\]\([^()\s]*\)"),
    re.compile(rf"(?<!\*)\*\*(?P<words>{_NAME_WORDS})\*\*(?!\*)"),
    re.compile(rf"(?<!\w)__(?P<words>{_NAME_WORDS})__(?!\w)"),
)


_BOLD_LINE_RE = re.compile(r"(?:[\d.)]+\s*|\*\*[\d.)]+\*\*\s*)?(?:\*\*|__)[^*_]{3,120}(?:\*\*|__)")
_ITEM_NUMBER_RE = re.compile(r"\(?\d{1,3}(?:\.\d{1,2})*[.)]?\s+")


def _heading_line(ctx: Context, ln: Line) -> bool:
    """A markdown heading ("### Wants to fix the printer"), a line all in bold ("**2.**
    **Chairman to sign Declaration of Office**"), or a short agenda item's title line ("4.
    Clerk to report on the allotments"): titles of what follows, not tasks."""
    text = ctx.text
    if text.startswith("#", ln.cstart):
        return True
    if (
        text.startswith(("**", "__"), ln.cstart) or text[ln.cstart].isdigit()
    ) and _BOLD_LINE_RE.fullmatch(text, ln.cstart, ln.cend):
        return True
    if ln.cstart in ctx.item_start_set and ln.index not in ctx.runs:
        title = text[ln.cstart : ln.cend]
        m = _ITEM_NUMBER_RE.match(title)
        words = title[m.end() :].split() if m else []
        return 0 < len(words) <= 10 and not title.rstrip().endswith(".")
    return False


def _whole_sentence(st: str) -> bool:
    """A sentence short and plain enough to be one action's passage (not a run-on paragraph
    of starred tasks and lettered sub-items)."""
    return len(st) <= 400 and _TASK_STAR_RE.search(st) is None and _PART_RE.search(st) is None


# A lettered or numbered part running on inside a sentence ("... again. c) Flooding ...").
_PART_RE = re.compile(r"\s\(?(?:\d{1,2}|[a-h])[.)]\s+[A-Z]")


_TASK_STAR_RE = re.compile(r"(?<!\*)\\?\*(?!\*)\s*[A-Za-z]")


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
    if verb in DECISION_VERBS or verb not in FIRST_NAME_VERBS:
        return None
    return None, st[m.start("verb") :]


_AGREED_TO_HEAD_RE = re.compile(r"(?i)\b(?:agreed|resolved|decided)\s+to\s*[:–—-]?\s*$")
_POINT_VERB_RE = re.compile(r"(?:\(?\w{1,3}[.)]\s*)?(?P<verb>[A-Z][a-z]+)\b(?:\s+to\s+(?=\S))?")
_WORD_CHAR_RE = re.compile(r"[A-Za-z]")
_ENTRY_RE = re.compile(r"\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s")


def _is_list_entry(ctx: Context, ln: Line) -> bool:
    """A bulleted, numbered or lettered line."""
    bullet = ctx.text[ln.start : ln.cstart].strip()
    return bool(bullet) or _ENTRY_RE.match(ctx.text, ln.cstart, ln.cend) is not None


def _agenda_text(ctx: Context) -> Spans:
    """What a ModernGov page says of an item before its "Minutes:" line: the agenda's
    purpose ("Scrutiny Committee Chairs to report"), not what the meeting minuted."""
    spans = Spans()
    for ln in ctx.lines:
        if not ln.blank and _MINUTES_LABEL_RE.fullmatch(ctx.text, ln.cstart, ln.cend):
            k = item_at(ctx, ln.cstart)
            spans.add(ctx.items[k].start if k is not None else 0, ln.start)
    return spans


_MINUTES_LABEL_RE = re.compile(r"Minutes\s*:?")


# Where one sentence holds several commitments, each its own clause: before an inline
# enumerator ("... we can use.2) AO to check ..., 3) AO and RO still to make ...") and
# before a comma's "<initials or name> (also|still) to <verb>" ("SV to appeal on Facebook,
# RO also to ask David"); at an asterisk marking a task in a run-on paragraph ("... not
# signposted. *Clerk to report both to highways"), and at a lettered sub-item running on
# ("... on noticeboards d. Email regarding ...").
# Each break as its own regex, opening with the one character it needs (the engine then
# skips to it), tried only when the sentence holds that character.
# A second agent and its cue: "..., Heather to send it", "... and the Clerk would make notes".
_TITLE = r"(?:the\s+|(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)"
_ONE_AGENT = rf"(?:[A-Z]{{2,4}}|{_TITLE}?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
_NEXT_AGENTS = rf"{_ONE_AGENT}(?:\s*(?:and|&|/)\s*{_ONE_AGENT})?\s+(?:also\s+|still\s+)?"
_NEXT_AGENT = rf"{_NEXT_AGENTS}(?:to|will|would|shall|(?:agreed|offered|undertook)\s+to)\s+[a-z]"
# After "and" with no comma, "to" is too often a purpose ("write to the Council and the
# Trust to ask ..."): only a modal or "agreed to" opens a second commitment there.
_NEXT_AGENT_AND = rf"{_NEXT_AGENTS}(?:will|would|shall|(?:agreed|offered|undertook)\s+to)\s+[a-z]"
# ... or a person by initials or title, or the Clerk, and "to": "Rob to draft the letter and
# Cllr Brown to sign it".
_NEXT_PERSON_TO = (
    r"(?:[A-Z]{2,4}|(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+(?:[A-Z]\.?\s+)?[A-Z][a-z]+"
    r"|the\s+(?:Clerk|Chair|Chairman|Treasurer|Secretary)|[A-Z][a-z]+)\s+(?:also\s+)?to\s+[a-z]"
)
# A given name after "and" ("... and Heather to send it"), checked to be one.
_AND_NAME_TO_RE = re.compile(r"([A-Z][a-z]+)\s+(?:also\s+)?to\s")
_CLAUSE_BREAKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (")", re.compile(r"(?:(?<=[.,;:])|\s)\s*(?=\(?(?:\d{1,2}|[a-h])\)\s+[A-Z])")),
    ("*", re.compile(r"(?:^|(?<=[\s.,;:]))(?=\\?\*+\s*[A-Za-z])")),
    (". ", re.compile(r"\s+[a-h]\.\s+(?=[A-Z])")),
    ("\n", re.compile(r"\n\s*(?=[A-Z@][\w’'&/ ,+-]{0,39}:\s+[a-z])")),  # a note's next line
    (",", re.compile(rf",\s+(?:and\s+)?(?={_NEXT_AGENT})")),
    # the same subject's second commitment: "..., and agreed to request a submission"
    (", and ", re.compile(r",\s+and\s+(?=(?:also\s+)?(?:agreed|undertook|offered)\s+to\s)")),
    (";", re.compile(rf";\s+(?:and\s+)?(?={_NEXT_AGENT})")),
    (" and ", re.compile(rf"\s+and\s+(?={_NEXT_AGENT_AND}|{_NEXT_PERSON_TO})")),
)


def _second_agent(st: str, at: int) -> bool:
    """Whether a one-word agent after "and" at st[at] is a given name ("and Heather to send
    it") or a role ("and Clerk to research"), not a body or a thing ("and Highways to
    repair", "and Velcro to put")."""
    m = _AND_NAME_TO_RE.match(st, at)
    name = m.group(1) if m else ""
    if m is not None and role_like(name) and not body_like(name):
        return True  # "... to be obtained and Clerk to research the rules"
    return m is None or given_name(name) and (is_name_word(name) or not is_word(name))


def _commits(clause: str) -> bool:
    """A clause that commits someone already: "A agreed to facilitate the workshop" (and the
    Clerk would make notes)."""
    return committed_task(clause, len(clause)) is not None


_NAMES_ONLY_RE = re.compile(r"\W*(?:[A-Z][\w’'-]*,?\s*){1,3}")


_BREAK_CHARS = tuple(char for char, _rx in _CLAUSE_BREAKS)


def _clauses(st: str) -> list[tuple[int, int]]:
    """The clauses of a sentence, as (start, end) offsets into it (one when unbroken)."""
    if not any(map(st.__contains__, _BREAK_CHARS)):  # (map: no generator to step)
        return [(0, len(st))]
    breaks = sorted(
        (m.start(), m.end()) for char, rx in _CLAUSE_BREAKS if char in st for m in rx.finditer(st)
    )
    out: list[tuple[int, int]] = []
    start = 0
    for b_start, b_end in breaks:
        if b_start < start or _NAMES_ONLY_RE.fullmatch(st, start, b_start):
            continue  # inside a break already taken; "Tim, Priya and Omar will": one list
        if st[b_start:b_end].strip() == "and" and not (
            _commits(st[start:b_start]) and _second_agent(st, b_end)
        ):
            continue  # "... said that Rob and the Clerk would meet": one agent, two names
        if b_start > start:
            out.append((start, b_start))
        start = b_end
    out.append((start, len(st)))
    return [(a, b) for a, b in out if st[a:b].strip()] or [(0, len(st))]


# "... had been updated in January and he would send ...": a date of what already happened.
_PAST_WORD_RE = re.compile(r"(?=[hw])\b(?:had|has|have|was|were)\b")
_PAST_EVENT_RE = re.compile(r"\b(?:had|has|have|was|were)\s+(?:been\s+)?[a-z]+\s+$")


def _due_source(ctx: Context, st: str, task: str) -> str:
    """Where a prose action's due phrase is looked for: the sentence, or only the task when
    the sentence's first date phrase before the task dates an event already past."""
    if not _PAST_WORD_RE.search(st):
        return st
    d = preferred_due(due_phrases(ctx, st))
    if d is None or not _PAST_EVENT_RE.search(st, 0, d.start):
        return st
    pos = st.find(task)
    return task if pos >= d.end else st


_THAT_START_RE = re.compile(
    r"(?:\(?\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})\s*[.)]\s*)?"
    r"(?:(?:It\s+was\s+)?(?:RESOLVED|Resolved|resolved|AGREED|Agreed)\s*:?\s+"
    # a motion: "Proposed by Cllr Smith, seconded by Cllr Brown, that the Clerk orders ..."
    r"|(?:It\s+was\s+)?(?i:proposed)\s+by\s+[^.;]{2,60}?,?\s+(?:and\s+)?(?i:seconded)\s+by\s+"
    r"[^.;]{2,60}?,?\s+)?[Tt]hat(?:,\s*[^,.;]{1,60},)?\s+"  # "That, with the County, ..."
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
    return None if task is None else (owner, task)


def _base_task_verb(word: str) -> str | None:
    """The task verb in "circulate" or in its third-person form "circulates"."""
    if word in TASK_VERBS or is_base_verb(word) and word not in _NOT_A_VERB | _AUXILIARIES:
        return word
    for cut in ("s", "es"):
        if word.endswith(cut) and word[: -len(cut)] in FIRST_NAME_VERBS:
            return word[: -len(cut)]
    return None


def _ok_verb(v: str) -> bool:
    return v not in WILL_BAD and v.isalpha() or "-" in v


def that_owner_verb(ctx: Context, st: str, prev: str) -> Found:
    """A resolution naming who acts: "That the Director of Place circulate to members ...",
    "RESOLVED that the Town Clerk writes to ..." (minuted as "write to ..."), "RESOLVED: That
    the Deputy Clerk would amend the schedule", "that the Officers are permitted to buy 4
    bins", "That, with the County, the footpath working group prepare a map"."""
    if "hat " not in st[:220] and "hat," not in st[:220]:
        return None
    mt = _THAT_START_RE.match(st)
    hm = _HEADING_SEP_RE.match(st) if mt is None else None
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
        return owner, verb + rest[vm.end(1) :]
    return None


# What comes between a resolution's owner and the task's verb: "be asked to", "would",
# "are permitted to" (a permission is a task delegated).
_THAT_VERB_RE = re.compile(
    r"(?:be\s+(?:asked|requested|invited|instructed|tasked|directed)\s+to\s+"
    r"|(?:would|will|shall|should)\s+"
    r"|(?:is|are)\s+(?:permitted|authori[sz]ed|empowered|delegated)\s+to\s+)?"
    r"([a-z][a-z-]+)\b"
)


def agent_to_verb(ctx: Context, st: str, prev: str) -> Found:
    """An agent opening a clause, then (is) (also|still) to and a verb: "SV to file", "AO and
    RO still to make the forms", "RO also to ask David", "The Parish Clerk is to follow this
    up", "Didac (CDDO) to report back", "4) Skip day – Brenda to book the skip". "Contractor
    to be advised ..." opening a sentence is an action with no owner; "Martin to action"
    after a task is its label, no second action."""
    for m in _TO_VERB_RE.finditer(st):
        verb = m.group("verb")
        by_place = not is_base_verb(verb)  # "AW to advice us of ...": the verb by its place
        if verb in _NOT_A_VERB or by_place and not verb_by_position(verb):
            continue  # "Link to acmeair issue": "to" and no verb
        if verb != "be" and not _agent_word_before(st, m.start()):
            continue  # "in order to", "want to": no agent can end there (a cheap test first)
        tail = _AGENT_TAIL_RE.search(st, max(0, m.start() - 60), m.start())
        end = tail.start() if tail else m.start()
        if verb == "be" and tail and tail.group("aux") in _NEED_WORDS:
            continue  # "The hall needs to be repainted": a need, not a task
        if verb == "be" and _TALKED_OVER_RE.match(st, m.end()):
            continue  # "This also to be discussed": at a meeting to come (a follow-up)
        opening = _passive_opening(st, end, m.end()) if verb == "be" else None
        if opening is not None:  # "... by the Clerk": the doer
            return split_by_agent(ctx, st[m.end() :])[0], st[opening:]
        ob = owner_before(st, end)
        if ob is None:
            continue
        owner, start = ob
        ref = _REF_RE.match(owner)
        if ref:  # "AUG23/1 Hiran Basnayake": a row's reference, then its owner
            owner, start = owner[ref.end() :], start + ref.end()
        if not owner or not _opens_clause(st, start):
            continue
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
                _PASSIVE_RE.match(st, m.end())
                and (_LEAD_RE.fullmatch(st, 0, start) or _opens_clause(st, start))
                and not self_body(owner)
                and not person_like(ctx, owner)
            ):
                return split_by_agent(ctx, st[m.end() :])[0], st[start:]
            continue
        if verb in DECISION_VERBS and (
            self_body(owner)
            or body_like(owner)
            and not role_like(owner)
            and owner not in ctx.initials  # "T Blight (TB)": "TB to confirm" is his
        ):
            continue  # "Members to note the report", "Council to approve": recommendations
        task = st[m.start("verb") :]
        if verb == "action" and not task[6:].strip(" .;"):
            continue  # "Martin will look into the cost. Martin to action": a label
        if tail and tail.group("aux") in _NEED_WORDS and not _needs_to_task(ctx, owner, verb):
            continue
        if owner_like(ctx, owner) or first_names(owner, task):
            return owner, task
    return None


def _needs_to_task(ctx: Context, owner: str, verb: str) -> bool:
    """ "Clerk needs to contact the insurer", "Cllr Brown has to send the invoice": a task
    when a role or a person named (not initials, which may be a body: "THT needs to deliver
    against 5 national metrics", nor "we") needs to do something (not to know or to want)."""
    if verb in _NOT_TASK_VERBS or verb not in FIRST_NAME_VERBS:
        return False
    if role_like(owner):
        return not body_like(owner)
    return person_like(ctx, owner) and not _INITIALS_RE.fullmatch(owner)


def _agent_word_before(st: str, i: int) -> bool:
    """Whether the word before st[i] (past "is", "also", "still", an adverb) could end an
    agent: capitalised, a role or body, a handle, a bracket."""
    words = st[max(0, i - 60) : i].split()
    while words and (words[-1] in _TAIL_WORDS or words[-1].endswith("ly") and words[-1].islower()):
        words.pop()
    return not words or words[-1].endswith(")") or token_may_end_owner(words[-1])


_TAIL_WORDS = frozenset("is are also still then now both jointly needs need has have".split())  # noqa: SIM905
_TO_VERB_RE = re.compile(rf"(?=t)\bto\s+{_ADVERBS}(?P<verb>[a-z][a-z-]*)\b")  # "to also ask"
# Between an agent and its "to": "is", "also", "still", or the agent's body in brackets.
_AGENT_TAIL_RE = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:\s+(?P<aux>is|are|needs|need|has|have))?"
    r"(?:\s+(?:also|still|then|now|both|jointly|[a-z]{3,}ly))*\s*$"
)
# "Clerk needs to contact the insurer", "Cllr Brown has to send the invoice".
_NEED_WORDS = frozenset("needs need has have".split())  # noqa: SIM905
_NOT_A_VERB = frozenset(
    """
    the a an date this that these those all any some each every his her their its our my
    your which what whom it them him me us you and or but
    for of in on at with from by as into onto about over under
    """.split()  # noqa: SIM905
)
_REF_RE = re.compile(r"[A-Z]{0,6}\d[\w/.-]*\s+")
# What may come before a clause's agent at the start of a sentence: bullets, numbers, a
# row's reference.
_LEAD_RE = re.compile(r"[\W\d]*(?:[A-Z]{0,6}\d[\w/.-]*\s*)?")
_TALKED_OVER_RE = re.compile(r"\s+(?:further\s+)?(?:discussed|debated|considered|revisited)\b")
_PASSIVE_RE = re.compile(
    r"\s+(?:[a-z]+ed|[a-z]+en|sent|told|made|put|set|paid|kept|held|cut|done|built|bought"
    r"|brought|sought|spent|found)\b"
)


def _passive_opening(st: str, end: int, after_be: int) -> int | None:
    """ "The grass cutting contractor to be advised ...", "Cost of a new planter to be
    obtained", "4. Water – The water company to be asked for a price": a short noun phrase
    opening the sentence (after an item's title), then "to be" and a participle (an action,
    no one named). Where the noun phrase starts, or None."""
    if _PASSIVE_RE.match(st, after_be) is None:
        return None
    head = _HEADING_SEP_RE.match(st, 0, end)
    for start in (0, head.end() if head else None):
        if start is None or VERBISH_RE.search(st, start, end):
            continue
        np = _OPENING_NP_RE.fullmatch(st, start, end)
        if np is not None and not self_body(np.group("np")) and not _LIST_NOUN_RE.search(np[0]):
            return np.start("np")
    return None


# "The grass cutting contractor", "The hedge on Long Lane": a determiner, a word in lower
# case, then up to five more (a place's name among them); "Cost of a planter", "Details of
# the event": what is to be got or sent.
_OPENING_NP_RE = re.compile(
    r"[\W\d]*(?P<np>(?:(?:[Tt]he|[Aa]n?|[Oo]ur|[Ff]urther|[Tt]wo|[Tt]hree|[Nn]ew)\s+[a-z][\w’'-]*"
    r"|(?:Cost|Costs|Details|Quotes|Quotations|Prices|Copies)\s+(?:of|for)\s+[\w’'-]+)"
    r"(?:\s+[\w’'-]+){0,5})"
)
# "Further actions to be taken:": the heading of a list of actions, not one.
_LIST_NOUN_RE = re.compile(r"\b(?:actions|steps|points|tasks)$")
# "<owner> to be asked to <verb>": the owner is to do it.
_BE_ASKED_RE = re.compile(
    r"\s+(?:asked|requested|invited|instructed|tasked)\s+to\s+(?P<verb>[a-z][a-z-]*)\b"
)


def _opens_clause(st: str, start: int) -> bool:
    """Whether st[start:] opens a clause: nothing but bullets, numbers, a reference or
    discourse words ("Meanwhile") before it, or a comma, semicolon, colon, bracket or dash."""
    before = raw = st[:start].rstrip()
    while True:
        m = _LAST_WORD_RE.search(before)
        if m is None or m.group(1).lower() not in DISCOURSE:
            break
        before = before[: m.start()].rstrip()
    if _LEAD_RE.fullmatch(before) or before.endswith((",", ";", ":", ")", "–", "—", " -")):
        return True
    if _LETTER_STOP_END_RE.search(before):
        return True  # "Decision: go with option B. Molly to write it up"
    if _item_heading_before(raw) and st[start : start + 1].isupper() or _LEFT_TO_RE.search(raw):
        return True  # "7. Village fair Sam to book ...", "It was left to the Clerk to ..."
    if _new_subject_after_and(raw) and _AGENT_THEN_MODAL_RE.match(st, start):
        return True
    return _missing_full_stop(st, start, raw)


# A full stop after a letter the sentence splitter took for an initial ("option B.").
_LETTER_STOP_END_RE = re.compile(r"\b[a-z]+\s+[A-Z]\.$")
# "It was left to the Clerk to contact the school", "delegated authority to the Director of
# Public Health to approve the final version": the task handed to the agent after it.
_LEFT_TO_RE = re.compile(
    r"\b(?:left|leave|delegated)\s+(?:it\s+|this\s+|the\s+matter\s+"
    r"|(?:delegated\s+)?(?:authority|responsibility|powers)\s+)?(?:to|with)$"
)


def _item_heading_before(before: str) -> bool:
    """An item's number and short title run on before the agent in flattened text: "7.
    Village fair Sam to book the bouncy castle"."""
    m = _ITEM_HEADING_LEAD_RE.fullmatch(before)
    if m is None or VERBISH_RE.search(before):
        return False
    if _WORDS_RE.findall(before)[-1].lower() in _JOINING_WORDS:
        return False
    words = _WORDS_RE.findall(before)
    return words[0] not in _PRONOUNS and not any(_verb_form(w.lower()) for w in words)


def _verb_form(word: str) -> bool:
    """ "updated", "reminded", "repairing": a verb's past or -ing form (not in a title)."""
    return word.endswith(("ed", "ing")) and verb_base(word) not in (None, word)


_WORDS_RE = re.compile(r"[A-Za-z][\w’'-]*")
_PRONOUNS = frozenset("I We He She They It This That There You".split())  # noqa: SIM905


_ITEM_HEADING_LEAD_RE = re.compile(r"\W*(?:\d{1,2}[.)]?\s+)?[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,4}")


def _new_subject_after_and(before: str) -> bool:
    """ "The stile is broken and the Clerk will write to the landowner": "and" after a word
    that closes a clause (not a name of a list, nor a word that joins), then a new agent."""
    m = _AND_AFTER_WORD_RE.search(before)
    return m is not None and m.group(1) not in _JOINING_WORDS


# After "and", a new subject commits with a modal or "agreed to" ("... and the Clerk will
# write"); "and <name> to <verb>" more often joins two objects, then a purpose ("purchase
# netting and Velcro to put around the windows").
_AGENT_THEN_MODAL_RE = re.compile(
    r"(?:the\s+)?[\w.’'-]+(?:\s+(?:of\s+)?[A-Z][\w.’'-]*){0,4}\s+"
    r"(?:also\s+)?(?:will|would|shall|should|agreed|offered|undertook)\b"
)
_AND_AFTER_WORD_RE = re.compile(r"(?:^|\s)([a-z]+),?\s+and$")


def _missing_full_stop(st: str, start: int, before: str) -> bool:
    """A run-on sentence whose full stop is missing before a capitalised agent ("The shelter
    was discussed Clerk to contact the operator"): the word before is not one that takes the
    agent as its object ("asked the Clerk to", "for the Clerk to") or joins it."""
    agent = st[start:].split(None, 1)
    word = _LAST_WORD_RE.search(before)
    if not agent or word is None:
        return False
    head = agent[0] if agent[0] != "the" or len(agent) < 2 else agent[1].split(None, 1)[0]
    if not head[:1].isupper():
        return False
    w = word.group(1)
    if len(w) >= 3 and w.isupper():
        return True  # "BUS STOP MILL ROAD The Clerk to ...": an item's heading in capitals
    if not w.islower():
        return False
    if w in _JOINING_WORDS:
        return False
    if verb_base(w) is None:
        return True  # "... the shelter Clerk to ...": a noun or adjective ends the clause
    if _PERSON_HEAD_RE.match(st, start) and (
        _NOUN_BEFORE_RE.search(before) or _noun_use(before, w)
    ):
        # "... for this purpose J Smith will ...", "... discussed in detail Cllr Smith to
        # ...", "... the state of the pavilion roof the Chairman will ...": a noun, then a
        # person or role
        return True
    # "... was discussed Clerk to ...", "Hedge survey required Clerk to ...": a passive or a
    # note's participle closes its clause; other verbs take the agent as their object
    # ("contact AON to determine ...").
    return _PASSIVE_END_RE.search(before) is not None or participle_note(before)


_PASSIVE_END_RE = re.compile(r"\b(?:was|were|been|being|is|are)\s+[a-z]+(?:ed|en)$")
# A determiner or a preposition (not "to") before the last word: that word is a noun ("this
# purpose", "the issue", "in detail", "about speeding").
_NOUN_BEFORE_RE = re.compile(
    r"\b(?:the|a|an|this|these|those|his|her|their|our|its|my|your|each|every|no"
    r"|in|on|at|for|of|with|from|about|regarding|re)\s+[a-z]+$"
)
# A person's name or a role, not a noun the word before may qualify ("the last Meeting"): an
# initial and a surname, initials, a title, or "the Clerk".
_PERSON_HEAD_RE = re.compile(
    r"(?:[A-Z]\.?\s+[A-Z][a-z]+|[A-Z]{2,4}\b|(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s"
    r"|the\s+(?:Clerk|Chair|Chairman|Chairperson|Treasurer|Secretary|Mayor)\b)"
)


def _noun_use(before: str, word: str) -> bool:
    """Whether ``word`` (in its base form, ending ``before``) is a noun here: not after "to",
    a modal, a pronoun or an adverb that would make it a verb taking the agent as its object
    ("... the pavilion roof the Chairman" is a noun; "to contact AON", "will ask the Clerk"
    are verbs)."""
    if verb_base(word) != word:
        return False  # "asked", "thanks": a verb's form
    prior = _LAST_WORD_RE.search(before[: len(before) - len(word)].rstrip())
    return prior is not None and (
        prior.group(1).lower() not in _VERB_USE_WORDS and not prior.group(1).endswith("ly")
    )


_VERB_USE_WORDS = frozenset(
    """
    to will would shall should could can may might must did do does please and or not also
    then i we he she they you
    """.split()  # noqa: SIM905
)


_LAST_WORD_RE = re.compile(r"(?:^|(?<=\s))([A-Za-z]+)$")
# Words that join what follows to what goes before, and verbs whose object does the task.
_JOINING_WORDS = frozenset(
    """
    the a an and or but nor of to for with by from in on at as than that which who whom whose
    whether if when while because so about into onto upon via per between among including
    like unlike some many several more most few all both each every any no other another
    these those this its his her their our your my one two three four five six seven eight
    nine ten new further additional
    """.split()  # noqa: SIM905
)


def agreed_to(ctx: Context, st: str, prev: str) -> Found:
    """ "X agreed to / undertook to / offered to / volunteered to <verb> ..."; not the
    meeting's own decision ("The Board agreed to note") or its work programme."""
    for m in _P_AGREED.finditer(st):
        before = _AUX_ADVERB_TAIL_RE.sub("", st[: m.start()])  # "X has kindly agreed to"
        if re.search(r"\b(?:it|was|were|had)\s*$", before):
            continue  # "It was agreed to", "had agreed to" (before the meeting)
        perfect = _PERFECT_RE.search(st, len(before), m.start()) is not None
        if perfect and _REPORTED_RE.search(before):
            continue  # "CC reported that the Secretary of State has agreed to award ...": news
        verb = m.group("verb")
        if not is_base_verb(verb):
            continue  # "a table of contents that everyone agreed to in a shared document"
        who = _pronoun_owner(ctx, st, len(before), prev)
        if who is not None and verb not in ("be", "the"):
            return who, st[m.start("verb") :]  # "Mrs Jones reported ... She agreed to ..."
        ob = owner_before(st, len(before))
        if ob is None and _AND_END_RE.search(before.rstrip(" ,")):
            ob = _opening_subject(st)  # "The Panel approved the terms, and agreed to ..."
        elif ob is None and not before.strip():
            ob = _opening_subject(prev)  # the clause after "..., and" (see _CLAUSE_BREAKS)
        if ob is None:
            continue
        owner, _ostart = trim_owner_to_person(ctx, *ob)
        if perfect and body_like(owner) and not self_body(owner) and not role_like(owner):
            continue  # "The County Council has agreed to resurface the lane": another's plan
        if self_body(owner) and (
            verb in DECISION_VERBS or _OWN_AGENDA_RE.match(st, m.start("verb"))
        ):
            continue
        task = st[m.start("verb") :]
        if (owner_like(ctx, owner) or first_names(owner, task)) and verb not in ("be", "the"):
            return owner, task
    return None


def agreed_bare_verb(ctx: Context, st: str, prev: str) -> Found:
    """ "Cllr Smith agreed contact the school about parking": "agreed" and a verb of a task,
    its "to" lost; the agent a person or role opening the clause (not the meeting, nor a
    decision: "The Council agreed support for the bid")."""
    for m in _P_AGREED_BARE.finditer(st):
        verb = m.group("verb")
        if verb not in FIRST_NAME_VERBS or verb in DECISION_VERBS or verb_base(verb) != verb:
            continue
        purpose = _PURPOSE_RE.search(st, m.end())
        if _FINITE_AFTER_RE.search(st, m.end(), purpose.start() if purpose else len(st)):
            continue  # "The Chair agreed contact with the school had been poor": a noun
        ob = owner_before(st, m.start())
        if ob is None or not _opens_clause(st, ob[1]):
            continue
        owner = ob[0]
        if (person_like(ctx, owner) or role_like(owner)) and not body_like(owner):
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


def asked_passive(ctx: Context, st: str, prev: str) -> Found:
    """ "X was asked / requested / tasked to <verb> ..."; in notes also with no "was" when a
    role opens the clause ("*Clerk asked to contact the contractor"): a person who "asked to
    speak" asked for something."""
    for m in _P_ASKED_PASSIVE.finditer(st):
        ob = owner_before(st, m.start())
        verb = m.group("verb")
        who = _pronoun_owner(ctx, st, m.start(), prev) if m.group("aux") else None
        if who is not None and _ok_verb(verb):
            return who, st[m.start("verb") :]  # "She was asked to obtain two more quotes"
        if (
            ob
            and m.group("aux")
            and not owner_like(ctx, ob[0])
            and first_names(ob[0], verb)
            and _opens_clause(st, ob[1])
        ):
            return ob[0], st[m.start("verb") :]  # "Sam was asked to book the hall"
        task = st[m.start("verb") :]
        if "with" in m.group(0):  # "tasked with contacting the school"
            base = verb_base(verb) if verb.endswith("ing") else None
            if base is None or base == verb:
                continue
            verb, task = base, base + task[len(verb) :]
        if ob and owner_like(ctx, ob[0]) and _ok_verb(verb):
            if re.match(r"had been invited", m.group(0)):
                continue
            if verb in DECISION_VERBS and self_body(ob[0]):
                continue  # "The Board were asked to note the following": the meeting's own
            if not m.group("aux") and (
                not role_like(ob[0]) or person_like(ctx, ob[0]) or not _opens_clause(st, ob[1])
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
        if (owner_like(ctx, obj) or " " not in obj and first_names(obj, verb)) and _ok_verb(verb):
            return obj, st[m.start("verb") :]  # "The chair asked Sam to book the hall"
    return None


def asked_that_verb(ctx: Context, st: str, prev: str) -> Found:
    """ "CC requested that the Parish Clerk writes to the Borough Council", "asked that the
    Clerk contact the school", "Request that the Finance committee consider whether ...":
    the one named in the that-clause does it."""
    for m in _P_ASKED_THAT.finditer(st):
        np, base = m.group("np").strip(" ,"), _base_form(m.group("verb"))
        if base is None or base in _NOT_ASKED or self_body(np) or not owner_like(ctx, np):
            continue
        return np, base + st[m.end("verb") :]
    return None


def asked_if_could(ctx: Context, st: str, prev: str) -> Found:
    """ "DP noted he would be away ..., but SV asked if he could prepare and send the
    accounts": he or she is the person the sentence names before the one who asks, else the
    one who asks ("PK asked if she could take the minutes"); the one asked when named
    ("Cllr Barlow asked Cllr Shah if she could check the bark")."""
    m = _P_ASKED_IF.search(st)
    if m is None:
        return None
    if m.group("obj"):  # "asked Cllr Shah if she could check ...": the one asked
        obj, verb = m.group("obj"), m.group("verb")
        if not _ok_verb(verb) or verb in _IN_MEETING_VERBS:
            return None  # "asked the Chair if she could explain the delay": answered there
        ok = owner_like(ctx, obj) and not self_body(obj) or first_names(obj, verb)
        return (obj, st[m.start("verb") :]) if ok else None
    asker = owner_before(st, m.start())
    if asker is None:
        return None
    earlier = antecedent(ctx, st[: asker[1]], m.group("pron") == "they")
    return earlier or asker[0], st[m.start("verb") :]


_FOLLOWING_HEAD_RE = re.compile(r"\bthe\s+following\s*[:;,.–—-]*\s*$")
# What someone asked to speak does at the meeting itself ("asked the Director to introduce
# the report"), unless a date says it is for later.
_IN_MEETING_VERBS = frozenset(
    "brief introduce present outline explain speak address summarise summarize".split()  # noqa: SIM905
)


def agreed_that_owner(ctx: Context, st: str, prev: str) -> Found:
    """ "It was agreed that the Clerk would write ...", "requested that the ICB should ...",
    "It has been arranged that the Amenities Committee will inspect the huts", "agreed that
    the contractor should go ahead" (a trade, with its modal); in the subjunctive, a person
    or role and the bare verb: "It was agreed that the Clerk approach the supplier",
    "resolved that Cllr Evans write to the landowner"."""
    for m in _P_AGREED_THAT.finditer(st):
        np, verb = m.group("np").strip(" ,"), m.group("verb")
        if np[4:5].islower():  # "the contractor should go ahead": a trade, with its modal
            if m.group("modal") in ("would", "should", "will") and trade_like(np):
                return np, st[m.start("verb") :]
            continue
        if not owner_like(ctx, np) or not _ok_verb(verb) or self_body(np):
            continue
        if m.group("modal") is None and (
            m.group("head") is None  # "recommended that the Council adopt ..."
            or verb_base(verb) != verb
            or verb in _AUXILIARIES | _NOT_A_VERB | _NOT_ASKED
            or body_like(np)
            or not (person_like(ctx, np) or role_like(np))
        ):
            continue
        return np, st[m.start("verb") :]
    return None


def recommended_staff(ctx: Context, st: str, prev: str) -> Found:
    """A recommendation that officers act, its verb bare: "Specifically, it is recommended
    that staff move forward with the following activities", "It was suggested that officers
    review the leases", "The Committee asked that officers provide a briefing" (a
    recommendation to the meeting itself, "that the Council adopt", is a decision)."""
    m = _P_RECOMMENDED_STAFF.search(st)
    if m is None:
        return None
    verb = m.group("verb")
    if verb_base(verb) != verb or verb in _AUXILIARIES | _NOT_A_VERB or verb in DECISION_VERBS:
        return None
    return m.group("np"), st[m.start("verb") :]


_P_RECOMMENDED_STAFF = re.compile(
    r"(?=[rspa])\b(?:recommended|suggested|proposed|requested|asked)\s+that\s+"
    r"(?P<np>(?:the\s+)?(?:staff|officers|clerks?|team|secretariat)|members\s+of\s+staff)\s+"
    r"(?P<verb>[a-z]+)\b"
)


def said_would(ctx: Context, st: str, prev: str) -> Found:
    """ "X said she would take this forward", "X confirmed that they would circulate ...";
    "he advised Members he would ...": he is whom the sentence before names."""
    for m in _P_SAID.finditer(st):
        verb, task = m.group("verb"), st[m.start("verb") :]
        if m.group("be"):  # "she would be contacting the police": to contact them
            base = verb_base(verb)
            if base is None or base == verb or base not in FIRST_NAME_VERBS:
                continue
            verb, task = base, base + task[len(verb) :]
        if (
            verb in ("not", "be")
            or verb_base(verb) not in (None, verb)  # "he'd enjoyed the show": had, not would
            or (verb in WILL_BAD or verb in _NOT_TASK_VERBS)
            and not _task_sense(verb, st, m.end())  # "she would like to see more trees"
        ):
            continue
        ob = owner_before(st, m.start())
        if ob is None:
            if _HE_SHE_BEFORE_RE.search(st, 0, m.start()):
                ante = _person_before(ctx, prev)
                if ante:
                    return ante, task
            continue
        owner, _ = trim_owner_to_person(ctx, *ob)
        if owner_like(ctx, owner, bodies=False) or person_like(ctx, owner):
            return owner, task
    return None


_HE_SHE_BEFORE_RE = re.compile(r"\b(?:he|she)\s*$")


def said_and_that_would(ctx: Context, st: str, prev: str) -> Found:
    """ "X confirmed that ... and that he would send ...": the speaker, or the person the
    sentence before names when the speaker is a pronoun."""
    for m in _P_SAID_AND_THAT.finditer(st):
        if m.group("verb") not in TASK_VERBS:
            continue
        ob = owner_before(st, m.start())
        if ob is None:
            continue
        owner = ob[0]
        if owner in ("He", "She"):
            ante = _person_before(ctx, prev)
            if ante:
                # "The Head of Transport, Mark Dunne": he or she is the person named.
                named = [x for x in ante.split(", ") if person_like(ctx, x)]
                return (named[-1] if named else ante), st[m.start("verb") :]
        elif person_like(ctx, owner) or role_like(owner) and not body_like(owner):
            return owner, st[m.start("verb") :]
    return None


def modal_verb(ctx: Context, st: str, prev: str) -> Found:
    """A person, initials or role opening a clause, then will/shall/would and a verb: "RF will
    liaise with the printers", "IP will also draft a form of words", "The Mayor would write to
    the MP"; "They will then present ...", "He would do so and report to the March meeting"
    (he, they: whom the sentence before names). A role or pronoun needs a verb of a task; a
    person named or initials any verb but those of wishes and states ("would like")."""
    for m in _P_MODAL.finditer(st):
        verb, task = m.group("verb"), st[m.start("verb") :]
        if m.group("be"):  # "HR and NC would be creating a list": the task is to create it
            base = verb_base(verb)
            if base is None or base == verb:
                continue
            verb, task = base, base + task[len(m.group("verb")) :]
        if (verb in WILL_BAD or verb in _NOT_TASK_VERBS) and not _task_sense(verb, st, m.end()):
            continue
        task_verb = verb in FIRST_NAME_VERBS or is_base_verb(verb)
        would = m.group("modal") == "would"
        before = st[: m.start()].rstrip()
        speaker = _SPEAKER_NEAR_RE.search(before) or _SPEAKER_RE.fullmatch(before)
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
        if task_verb and not would and _AND_END_RE.search(before):
            subject = _subject(ctx, st, m.start())
            if subject is not None:  # "HC needs to know the numbers, and will reserve ..."
                return subject, task
        if task_verb and would and _AND_END_RE.search(before):
            subject = _reporter_in_clause(ctx, before)
            if subject is not None:  # "the clerk had not received any application and would"
                return subject, task
        pm = _PRONOUN_RE.fullmatch(before)
        if (
            pm is None
            and task_verb
            and (not would or verb in FIRST_NAME_VERBS or _task_sense(verb, st, m.end()))
        ):
            who = _pronoun_owner(ctx, st, m.start(), prev)
            if who is not None:  # "The Chairman said the fence was broken and he would ..."
                return who, task
        if pm:
            if not task_verb or would and verb not in TASK_VERBS and verb != "do":
                continue
            pron = pm.group(1)
            plural = pron in ("They", "We", "they", "we")
            ante = antecedent(ctx, prev, plural=True) if plural else _person_before(ctx, prev)
            if ante:
                return ante, task
            if pron in ("I", "We", "we"):  # notes in the first person: the writer, the group
                return pron, task
            continue
        ob = owner_before(st, m.start())
        if ob is None:
            continue
        owner = ob[0]
        if not _opens_clause(st, ob[1]):
            if _REPORTED_THAT_RE.search(st, 0, ob[1]):
                if _reported_owner(ctx, owner, verb):
                    return owner, task  # "Members were advised that officers would look ..."
                continue  # "It was reported that Mr Jones would retire": news
            rel = _RELATIVE_RE.search(st, 0, ob[1])
            if rel is None or not (
                person_like(ctx, owner) or first_names(owner, task) or _roles_and_bodies(owner)
            ):
                continue
            # "the handover, which Omar will work through with the ops team"
            np = rel.group("np")
            return owner, f"{task.rstrip(' .')} ({np})" if np else task
        named = person_like(ctx, owner) and re.search(r"[A-Z]", owner) is not None
        if named and (
            verb in FIRST_NAME_VERBS or _named(ctx, owner) or _task_sense(verb, st, m.end())
        ):  # "Cllr Okafor will have a look at this"
            return owner, task
        if first_names(owner, task):  # "Kwame will contact the radio station"
            return owner, task
        if task_verb and (_roles_and_bodies(owner) or _people_and_roles(ctx, owner)):
            return owner, task
    return None


# A that-clause of reported speech ends just before the owner: "Members were advised that",
# "The Chair said that".
_REPORTED_THAT_RE = re.compile(
    r"\b(?:said|advised|confirmed|reported|stated|explained|indicated|added|assured|informed"
    r"|told|noted)(?:(?:\s+(?:the\s+)?[A-Za-z]+)?\s+that)?\s+$"  # "said officers would"
)


def _reported_owner(ctx: Context, owner: str, verb: str) -> bool:
    """In reported speech, an owner who commits: a person, role or officers (not a body: "the
    ICB would provide" is :func:`body_will`'s) with a verb of a task."""
    if verb not in FIRST_NAME_VERBS or verb in DECISION_VERBS:
        return False
    if owner.lower() in ("officers", "the officers"):
        return True
    return (person_like(ctx, owner) or role_like(owner)) and not body_like(owner)


def _pronoun_owner(ctx: Context, st: str, pos: int, prev: str) -> str | None:
    """Whom "he", "she" or "they" just before st[pos] stands for: opening the sentence, the
    person or role the sentence before names ("Mrs Jones reported on the audit. She agreed
    to ..."); after "and", a comma or a semicolon, the sentence's own subject when a person
    or role ("Cllr Brown explained the problem; she will ask ...", "KT has a meeting on
    Thursday at which she will raise it", not "The Parish Council thanked Mr Gott, they also
    agreed ...")."""
    m = _PRONOUN_END_RE.search(st, 0, pos)
    if m is None:
        return None
    plural = m.group("pron").lower() == "they"
    if m.group("joint") is None:
        if st[: m.start()].strip(" -*•"):
            return None
        return antecedent(ctx, prev, plural=True) if plural else _person_before(ctx, prev)
    return _subject(ctx, st, m.start())


_PRONOUN_END_RE = re.compile(
    r"(?:^|(?P<joint>(?:[;,]|\band(?:\s+that)?|\bbut|\b(?:at|in|during)\s+which)\s+))"
    r"(?P<pron>He|She|They|he|she|they)\s*$"
)


def _people_and_roles(ctx: Context, owner: str) -> bool:
    """People and roles together: "Rob and the Clerk", "Cllr Brown and the Chair"."""
    parts = split_owners(owner)
    return len(parts) > 1 and all(
        person_like(ctx, p) or given_name(p) or role_like(p) and not body_like(p) for p in parts
    )


def should_verb(ctx: Context, st: str, prev: str) -> Found:
    """ "The Clerk should contact the insurers before renewal", "Sam should push it through":
    a person, initials or role opening a clause, "should" and a verb of a task (not a body's
    or the meeting's duty: "The Council should consider ...", nor advice with no task:
    "should be aware", nor a wish: "should like to")."""
    for m in _P_SHOULD.finditer(st):
        verb = m.group("verb")
        if (
            verb in DECISION_VERBS | WILL_BAD | _NOT_TASK_VERBS | _AUXILIARIES
            or verb_base(verb) != verb
        ):
            continue  # "should note", "should be aware", "should like", "should have"
        ob = owner_before(st, m.start())
        if ob is None or not _opens_clause(st, ob[1]):
            continue
        owner = ob[0]
        if body_like(owner) or self_body(owner) or owner.capitalize() in _PRONOUNS:
            continue  # "You should still try to contact people ...": advice to anyone
        named = person_like(ctx, owner) or first_names(owner, verb)
        if verb not in FIRST_NAME_VERBS and not named:
            continue  # "Councillors should declare interests ...": a standing duty
        if named or role_like(owner):
            return owner, st[m.start("verb") :]
    return None


_P_SHOULD = re.compile(rf"(?=s)\bshould\s+{_ADVERBS}(?P<verb>[a-z][a-z-]+)\b")


# Verbs of wishes and states that are a task in one sense: "will follow up with the
# landlord", "will move the lesson to the new site", "would make a funding application".
_TASK_SENSE = {
    "follow": re.compile(r"\s+(?:(?:this|it|that|these|them|the\s+[a-z]+)\s+)?(?:up|through|on)\b"),
    "move": re.compile(r"\s+(?!(?:at|that|to|on|onto|forward|ahead)\b|(?:a|the)\s+motion\b)\w"),
    "make": re.compile(
        r"\s+(?:an?|the|some|two|three|sure|contact|arrangements|enquiries|notes)\b"
    ),
    "get": re.compile(
        r"\s+(?:an?|the|some|two|three|more|further|quotes?|prices?|details|information)\s|\s+in\s+touch\b|\s+back\s+to\b"
        r"|\s+(?:it|this|them|these)\s+(?:repaired|fixed|done|sorted|replaced|cut|cleaned|removed"
        r"|mended|checked|moved|emptied)\b"
    ),
    "go": re.compile(r"\s+(?:and|to)\s+(?:see|speak|talk|visit|check|look|ask|meet)\b"),
    "come": re.compile(r"\s+back\s+(?:to|with|on)\b"),
    "apply": re.compile(r"\s+for\b"),
    "include": re.compile(r"\s+(?:this|it|these|them|the|an?)\b[^.;]{0,60}?\s(?:in|on)\s"),
    "help": re.compile(r"\s+(?:\w+\s+)?(?:with|to|out|run|set)\b"),
    "have": re.compile(r"\s+a\s+(?:look|word|chat|think|go)\b"),
    "be": re.compile(r"\s+in\s+touch\b|\s+responsible\s+for\b"),
    "own": re.compile(r"\s+(?:this|that|it|[a-z]+ing)\b"),  # "I'll own writing the post"
    "keep": re.compile(
        r"\s+(?:an?|the)\s+(?:eye|record|note|log)\b|\s+[^.;]{1,40}?\bunder\s+review\b"
        r"|\s+(?:\w+\s+){1,2}(?:informed|updated|posted|in\s+the\s+loop)\b"
    ),
}


def _task_sense(verb: str, st: str, verb_end: int) -> bool:
    """A verb of a state or a wish used in the sense of a task: "will continue to monitor
    the water supply" (an ongoing commitment), "will follow up with the
    landlord", "will move the lesson to the new site" (not "will move at the next meeting
    that ..."), "would make a funding application", "will get the keys cut", "will have a
    look at", "will be in touch with", "would keep this under review", "will keep the group
    informed", "will go and see", "will come back to the group", "will apply for the grant",
    "will include this in the newsletter", "will help with the stall"."""
    if verb == "continue":
        m = _CONTINUE_TO_RE.match(st, verb_end)
        return m is not None and _ongoing_task_verb(m.group("verb"))
    rx = _TASK_SENSE.get(verb)
    return rx is not None and rx.match(st, verb_end) is not None


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
        and base not in WILL_BAD | _NOT_TASK_VERBS | _AUXILIARIES | DECISION_VERBS
    )


# ", which Omar will ...", "the hall, which the Clerk would book": a relative clause whose
# agent commits; its antecedent, a short noun phrase before the comma, is the object.
_RELATIVE_RE = re.compile(
    r"(?:(?:^|[\s(])(?P<np>(?:the|a|an|this|our)\s+[\w’'-]+(?:\s+[\w’'-]+){0,2}))?"
    r",?\s+(?:which|that)\s+$"
)


_AND_END_RE = re.compile(r"(?:^|[\s,])and$")
# A person, initials or role opening a sentence, then its verb: the subject that "..., and
# will reserve ..." goes on with.
_SUBJECT_RE = re.compile(
    r"[\W\d]{0,6}(?P<np>(?:[Tt]he\s+)?[A-Z][\w.&’'-]*(?:\s+(?:of\s+)?[A-Z][\w.&’'-]*){0,3})"
    r"\s+(?:also\s+|then\s+)?[a-z]{2,}"
)


_THAT_SUBJECT_RE = re.compile(
    r"\bthat\s+(?P<np>(?:[Tt]he\s+)?[A-Z][\w.&’'-]*(?:\s+(?:of\s+)?[A-Z][\w.&’'-]*){0,3})"
    r"\s+(?:will|would|shall|is|are|was|were|has|have|had)\b"
)


def _subject(ctx: Context, st: str, end: int) -> str | None:
    """Whom "..., and will <verb>" (before ``end``) goes on about: the subject of the
    that-clause it continues ("CC said that the Parish Council will try ... and will put
    ..."), else the person, initials or role the sentence opens with; or None."""
    inner = max(_THAT_SUBJECT_RE.finditer(st, 0, end), key=lambda x: x.start(), default=None)
    if inner is not None:
        np = inner.group("np")
        return np if owner_like(ctx, np) and not self_body(np) else None
    m = _SUBJECT_RE.match(st)
    if m is None:
        return None
    np = m.group("np")
    if np.split()[0].lower() in DISCOURSE:
        return None
    if np in ctx.initials or person_like(ctx, np) and not body_like(np):
        return np  # "HC" (initials the minutes use), "Cllr Rees"
    if body_like(np):
        return None
    named = all(given_name(x) for x in split_owners(np))
    return np if named or role_like(np) else None


def _opening_subject(st: str) -> tuple[str, int] | None:
    """The noun phrase opening a sentence and where it starts, when a verb follows it: the
    subject that "..., and agreed to <verb>" goes on with."""
    m = _SUBJECT_RE.match(st)
    if m is None or m.group("np").split()[0].lower() in DISCOURSE:
        return None
    return m.group("np"), m.start("np")


def _reporter_in_clause(ctx: Context, before: str) -> str | None:
    """The person or role whose report opens the clause that "and would <verb>" goes on: "...,
    the clerk had not received any application and would make enquiries" (the clerk)."""
    clause = _CLAUSE_TAIL_RE.search(before)
    m = _REPORTER_RE.match(clause.group(0)) if clause else None
    if m is None:
        return None
    np = m.group("np")
    if body_like(np) or not (role_like(np) or person_like(ctx, np) and np[:1].isupper()):
        return None
    return np


# The last clause before "and would": from a comma, semicolon, dash or the start.
_CLAUSE_TAIL_RE = re.compile(r"[^,;:–—]*$")
# Its subject and a verb of a report: "the clerk had not received ...", "Cllr Rees was told".
_REPORTER_RE = re.compile(
    r"\s*(?P<np>(?:the\s+)?[A-Za-z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+"
    r"(?:had|has|have|was|were|is|are|did)\b"
)


def _roles_and_bodies(owner: str) -> bool:
    """A role ("the Clerk"), or roles with bodies ("the parks team and the clerk"); a body
    alone only commits through :func:`body_will`."""
    parts = split_owners(owner)
    return any(role_like(p) and not body_like(p) for p in parts) and all(
        role_like(p) or body_like(p) for p in parts
    )


def _named(ctx: Context, owner: str) -> bool:
    """Initials, or a person the document names in full."""
    return bool(_INITIALS_RE.fullmatch(owner)) or all(
        w.strip(",.;:()").lower() in ctx.name_tokens for w in owner.split() if w[:1].isupper()
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


def resolution_mandate(ctx: Context, st: str, prev: str) -> Found:
    """A sub-point of a resolution naming who acts, its verb bare: "(c) the Scrutiny
    Coordinator email all members of the committee ..." (after "RESOLVED that"); "Agreed:
    That a) The Harbour Officer organise two meetings a year ..." (its first point, on the
    same line or on its own: one role and a bare verb is a subjunctive, not a report)."""
    m = _P_MANDATE.match(st)
    if m is None:
        m = _P_MANDATE_POINT.match(st)
        if m is None or not (_RESOLUTION_HEAD_END_RE.search(prev) or _subjunctive(m)):
            return None
    np, verb = m.group("np"), m.group("verb")
    if _base_form(verb) != verb or verb_base(verb) != verb or not role_like(np) or body_like(np):
        return None  # "the Clerk before May": no verb
    return np, st[m.start("verb") :]


def agreed_no_owner(ctx: Context, st: str, prev: str) -> Found:
    """What the meeting agreed be done, with no one named: "It was agreed work to be
    completed on Saturday", "It was suggested and AGREED that we write to the Boundaries
    Commission", "It was agreed to write to the landowner"."""
    m = _P_AGREED_NO_OWNER.search(st)
    if m is None:
        return None
    verb = m.group("verb") or m.group("verb2")
    if verb and (verb in DECISION_VERBS or verb in _MEETING_VERBS or verb in _AUXILIARIES):
        return None
    if verb and _OWN_AGENDA_RE.match(st, m.start("verb2" if m.group("verb2") else "verb")):
        return None  # "agreed to add it to the work programme": a follow-up
    start = m.start("verb2") if m.group("verb2") else m.end("head")
    return None, st[start:].strip()


def starred_passive(ctx: Context, st: str, prev: str) -> Found:
    """A task starred in a run-on paragraph, in the passive with no one named: "*to be placed
    on noticeboards", "*Email policy to be placed on website"."""
    m = _STARRED_PASSIVE_RE.match(st)
    if m is None or not _PASSIVE_RE.match(st, m.end()):
        return None
    return None, st[m.end("star") :]


def ongoing_task(ctx: Context, st: str, prev: str) -> Found:
    """Work under way reported as a task still open: "Tim was enquiring about local web
    designers", "Greg is triaging the 3-D printers", "The Clerk is chasing the contractor".
    Only verbs of work that ends in something for the meeting (not "working on", "reviewing",
    "attending"), and a person or role that does it (not a body's programme)."""
    for m in _ONGOING_RE.finditer(st):
        base = verb_base(m.group("verb"))
        if base not in _ONGOING_VERBS or (base in _ONGOING_PHRASAL and not m.group("particle")):
            continue
        if _QUESTION_WORD_RE.match(st, m.end("verb")):
            continue  # "was enquiring whether the road would be resurfaced": a question asked
        ob = owner_before(st, m.start())
        if ob is None or not _opens_clause(st, ob[1]):
            continue
        owner = ob[0]
        task = base + st[m.end("verb") :]
        if owner in ("He", "She"):  # the person the sentence before names
            ante = _person_before(ctx, prev)
            if ante and person_like(ctx, ante):
                return ante, task
            continue
        if (
            person_like(ctx, owner)
            and not body_like(owner)
            or first_names(owner, task)
            or _roles_and_bodies(owner)
            and not body_like(owner)
        ):
            return owner, task
    return None


_ONGOING_RE = re.compile(
    r"(?=[iwa])\b(?:is|are|was|were)\s+(?:currently\s+|still\s+|also\s+|now\s+|already\s+)?"
    r"(?:in\s+the\s+process\s+of\s+)?"  # "is in the process of obtaining quotes"
    r"(?P<verb>[a-z]+ing)\b(?P<particle>(?:\s+(?:this|it|that|these|them))?\s+(?:up|out|into)\b)?"
)
_QUESTION_WORD_RE = re.compile(r"\s+(?:whether|if|as\s+to|why|how|when|what|who)\b")
_ONGOING_PHRASAL = frozenset({"sort", "follow", "look"})  # "sorting out", "looking into"


def hoped_to(ctx: Context, st: str, prev: str) -> Found:
    """ "It was hoped to have a draft version available by the next meeting": what the
    meeting means to do; the person who was just speaking owns it, else no one named."""
    m = _HOPED_TO_RE.search(st)
    verb = m.group("verb") if m else ""
    if m is None or verb in WILL_BAD - {"have"} or verb in _NOT_TASK_VERBS | DECISION_VERBS:
        return None
    return _speaker_of(ctx, prev), st[m.start("verb") :]


def _speaker_of(ctx: Context, prev: str) -> str | None:
    """The person or role who opens the sentence before by speaking ("Priya said ...", "The
    Clerk reported ..."), or None."""
    m = _SPOKE_RE.search(prev)
    if m is None:
        return None
    ob = owner_before(prev, m.start())
    if ob is None or not _LEAD_RE.fullmatch(prev, 0, ob[1]):
        return None
    owner = ob[0]
    if (
        person_like(ctx, owner)
        and not body_like(owner)
        or all(given_name(x) for x in split_owners(owner))
        or _roles_and_bodies(owner)
    ):
        return owner
    return None


def _person_before(ctx: Context, prev: str) -> str | None:
    """Whom "he" or "she" opening a sentence stands for: the person or role who spoke in the
    sentence before ("Cllr Smith said the engineer, Mr Jones, had visited. He will speak to
    the engineer": Cllr Smith), else the last person or role it names ("The Chair thanked Dr
    Patel. She would circulate the slides": Dr Patel)."""
    return _speaker_of(ctx, prev) or antecedent(ctx, prev, plural=False)


_SPOKE_RE = re.compile(
    r"\s(?:said|reported|explained|advised|confirmed|stated|noted|updated|informed|told"
    r"|outlined|presented|suggested|proposed|mentioned|described)\b"
)


_HOPED_TO_RE = re.compile(
    r"(?=[Ii])\b[Ii]t\s+(?:was|is)\s+(?:also\s+)?(?:hoped|intended|planned)\s+to\s+"
    r"(?P<verb>[a-z]+)\b"
)


def noted_passive(ctx: Context, st: str, prev: str) -> Found:
    """A note's topic, then what is to be done with it, by no one named: "Spring fair dates;
    to be posted on the website and social media", "Hedge survey - to be sent to the
    county". Not what is to come to a meeting ("to be put on the July agenda")."""
    m = _NOTED_PASSIVE_RE.match(st)
    if m is None or participle_base(m.group("part")) is None:
        return None
    if _TO_AGENDA_RE.search(st, m.end()):
        return None
    agent, _rest = split_by_agent(ctx, st[m.end() :])  # "- to be put up by the Rotary Club"
    return agent, st


_NOTED_PASSIVE_RE = re.compile(
    r"[\W\d]{0,6}[A-Za-z][^;:–—.]{1,80}?\s*(?:;|:|\s[–—-])\s*to\s+be\s+(?P<part>[a-z]+)\b"
)
_TO_AGENDA_RE = re.compile(r"\b(?:agenda|meeting)\b")
_STARRED_PASSIVE_RE = re.compile(r"(?P<star>\\?\*+\s*)(?:[A-Za-z][\w’' -]{0,40}?\s+)?to\s+be(?=\s)")


def passive_to_be_done(ctx: Context, st: str, prev: str) -> Found:
    """Something promised to be done, by no one named: "a reply would be sent to the
    residents", "the complaint will be forwarded on to the county" (requests that something
    be done: :func:`.passives.requested_passive`)."""
    if _BE_WORD_RE.search(st) is None:
        return None  # (a cheap test first: every shape has the word "be")
    m = _P_SENT_PASSIVE.search(st)
    if m is None or "meeting" in st[m.end() :]:
        return None  # "The reply will be shared at the next meeting": a follow-up
    if m.group("np") or m.group("np3"):
        return None, st[m.start("np" if m.group("np") else "np3") :]
    # Handed on by the officer who reported it: "The Director stated that ... and that these
    # guidelines would be issued to Members".
    speaker = _speaker_of(ctx, st[: m.start()])
    return (speaker if speaker and role_like(speaker) else None), st[m.start("np2") :]


def please_do(ctx: Context, st: str, prev: str) -> Found:
    """A request in a note sent after the meeting: "Please send your section by Friday",
    "Let me know by the end of the month"."""
    m = _P_PLEASE.match(st)
    verb = m.group("verb") if m else None
    if m is None or verb in _AUXILIARIES or verb in _NOT_A_VERB:
        return None
    return None, st[m.start("verb" if verb else "let") :]


_P_MANDATE = re.compile(
    r"(?:that\s+)?(?P<np>the\s+[A-Z][\w’'-]*(?:\s+(?:of|for|and|&)?\s*[A-Z][\w’'-]*){0,6})"
    r"\s+(?P<verb>[a-z]{3,})\b"
)


def _subjunctive(m: re.Match[str]) -> bool:
    """One role (not "Officers") and a verb that is only a base form ("organise", not "read"
    or "put", which may be past): "The Harbour Officer organise two meetings"."""
    return not m.group("np").endswith("s") and m.group("verb") not in _SAME_AS_PAST


_SAME_AS_PAST = frozenset("put read set cut let hit shut cost spread quit cast bid".split())  # noqa: SIM905
# A point opening a resolution's that-clause: "a) The Harbour Officer organise".
_P_MANDATE_POINT = re.compile(
    r"(?:\(?[a-h]\)\s+)?(?P<np>[Tt]he\s+[A-Z][\w’'-]*(?:\s+(?:of|for|and|&)?\s*[A-Z][\w’'-]*){0,6})"
    r"\s+(?P<verb>[a-z]{3,})\b"
)
_RESOLUTION_HEAD_END_RE = re.compile(r"(?i)\b(?:that|resolved|agreed)\s*[:–—-]?\s*$")
_P_AGREED_NO_OWNER = re.compile(
    r"(?P<head>(?:\b(?i:it\s+was\s+(?:\w+\s+and\s+)?agreed)|^[\W\d]*(?:Agreed|AGREED)\s*:?)"
    r"\s+(?:that\s+)?)"
    r"(?:(?:we|the\s+group)\s+(?:would\s+|should\s+|will\s+)?(?P<verb>[a-z]+)\b"
    r"|[a-z][a-z ]{0,40}?\s+to\s+be\s+[a-z]+(?:ed|en)\b"
    r"|to\s+(?P<verb2>[a-z]+)\b)"
)
# What the meeting does as a meeting: a decision or a date, not a task.
_MEETING_VERBS = frozenset(
    """
    hold meet keep leave continue wait postpone adjourn proceed retain remain go stay move
    close open start end select choose elect hear listen
    """.split()  # noqa: SIM905
)
_BE_WORD_RE = re.compile(r"\sbe\s")
_P_SENT_PASSIVE = re.compile(
    r"(?=[AaTt])\b(?P<np>(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?(?:reply|replies|letter|letters|response"
    r"|note|copy|copies|email|notice|invitation|reminder|link|list|details))\s+"
    r"(?:would|will|is\s+to|are\s+to|should)\s+be\s+(?:sent|circulated|forwarded|written|emailed"
    r"|issued|posted|shared|drafted|published|distributed)\b"
    # anything handed on to someone: "the complaint will be forwarded on to the county"
    r"|(?=[AaTt])\b(?P<np2>(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hese)\s+(?:[\w-]+\s+){0,3}?)"
    r"(?:would|will|is\s+to|are\s+to|should)\s+(?:then\s+)?be\s+(?:sent|forwarded|passed|referred"
    r"|reported|circulated|copied|issued|emailed|returned|submitted|distributed|supplied)"
    r"\s+(?:on\s+|back\s+)?to\s"
    # what is to be got for the council: "Quotes will be obtained for the repair"
    r"|(?=[A-Za-z])\b(?P<np3>(?:(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ff]urther|[Aa]lternative|[Nn]ew"
    r"|[Mm]ore)\s+)?(?:(?:legal|further|more)\s+)?(?i:quotes?|quotations?|estimates?|prices"
    r"|costings|tenders|advice|information|permission))\s+(?:would|will|is\s+to|are\s+to"
    r"|should)\s+be\s+(?:obtained|sought|requested|gathered)\b"
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
    if base is None or base in _AUXILIARIES | _NOT_TASK_VERBS | DECISION_VERBS:
        return None
    owner = None if who == "you" else who
    if owner is not None and not (
        _everyone(owner) or owner_like(ctx, owner) or first_names(owner, base)
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
        or verb in _AUXILIARIES | _NOT_TASK_VERBS | DECISION_VERBS
    ):
        return None  # "Can I ask that everyone ...": :func:`if_you_could`
    if body_like(owner) and not role_like(owner) and not _everyone(owner):
        return None  # "Could the Council consider ...?": a question for the meeting
    if not (owner_like(ctx, owner) or _everyone(owner) or first_names(owner, verb)):
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


def _everyone(owner: str) -> bool:
    return owner.lower() in ("everyone", "everybody", "all", "all members")


def speaker_offers(ctx: Context, st: str, prev: str) -> Found:
    """A speaker's own offer in notes of a call: "* Alice: I can take the release notes this
    time", "- Bob: happy to review the PR", "CD: I'm happy to chair the next call"."""
    m = _SPEAKER_OFFER_RE.match(st)
    if m is None or m.group("verb") in DECISION_VERBS:
        return None
    if m.group("verb") not in FIRST_NAME_VERBS and not _task_sense(m.group("verb"), st, m.end()):
        return None
    return m.group("who"), st[m.start("verb") :]


_SPEAKER_OFFER_RE = re.compile(
    rf"{_LABEL}\s+(?:I\s+(?:can|could)\s+(?:also\s+)?|(?:I['’]m\s+|I\s+am\s+|[Aa]lso\s+)?"
    r"(?:[Hh]appy|[Gg]lad|[Ww]illing)\s+to\s+)(?:volunteer\s+to\s+|offer\s+to\s+)?"
    r"(?P<verb>[a-z]+)\b"  # "I'm happy to volunteer to own this"
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
    """ "Alice volunteered for the release notes" (to take them on), "Cllr Brown took
    responsibility for ordering the tree": a person taking a job on, named by its noun."""
    for m in _P_VOLUNTEERED_FOR.finditer(st):
        ob = owner_before(st, m.start())
        if ob is None or not _opens_clause(st, ob[1]):
            continue
        owner = ob[0]
        if (
            person_like(ctx, owner)
            or given_name(owner)
            or role_like(owner)
            and not body_like(owner)
        ):
            verb = "Take on " if m.group(0).startswith("v") else "Take responsibility for "
            return owner, verb + st[m.start("obj") :]
    return None


_P_VOLUNTEERED_FOR = re.compile(
    r"(?=[vt])\b(?:volunteered\s+(?:for|to\s+take\s+on)|took\s+(?:on\s+)?responsibility\s+for)"
    r"\s+(?P<obj>(?:the|a|an|this|that|some)\b|[a-z]+ing\b)"
)


def slash_owners_present(ctx: Context, st: str, prev: str) -> Found:
    """Owners joined by a slash, then a task in the present tense, in notes: "Morgan/Preya
    creates a student-led event", "JC/AB books the room" (not a report: "JC/AB reports
    that ...")."""
    m = _P_SLASH_PRESENT.match(st)
    if m is None:
        return None
    base = verb_base(m.group("verb"))
    if base is None or base == m.group("verb") or base in _AUXILIARIES | _NOT_TASK_VERBS:
        return None
    if base in _REPORTING_VERBS or base in DECISION_VERBS:
        return None
    return m.group("who"), base + st[m.end("verb") :]


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


Rule = Callable[[Context, str, str], Found]
# Rules whose sentences need no cue word, each with what its sentences must hold (tested
# before the rule is called): the owner in brackets, a resolution's sub-point, a note's
# "Name: task".
CUELESS_RULES: tuple[tuple[str, Rule], ...] = (
    (")", bracketed_owner),
    (" ", resolution_mandate),
    (": ", note_in_line),
    (": ", speaker_offers),
    ("/", slash_owners_present),
    (" ", polite_request),
    (" be ", bare_subjunctive),
)
# The sentence rules, most specific first: the first that finds an owner and a task wins.
SENTENCE_RULES: tuple[Rule, ...] = (
    that_owner_verb,
    agent_to_verb,
    agreed_to,
    agreed_bare_verb,
    agreed_for,
    volunteered_for,
    asked_passive,
    asked_active,
    agreed_that_owner,
    asked_that_verb,
    recommended_staff,
    requested_active,
    asked_if_could,
    said_would,
    said_and_that_would,
    modal_verb,
    should_verb,
    body_will,
    is_due,
    agreed_no_owner,
    starred_passive,
    noted_passive,
    ongoing_task,
    hoped_to,
    passive_to_be_done,
    unframed_passive,
    reported_passive,
    passive_by,
    asked_in_passive,
    requested_passive,
    requested_info,
    who_would,
    which_would_be,
    please_do,
    if_you_could,
)


def _commitment(ctx: Context, st: str, prev: str) -> Found:
    """(owner, task) if the sentence commits an owner to do something. Questions and
    sentences with no cue of the future are skipped."""
    for needle, rule in CUELESS_RULES:
        if needle in st:
            found = _try_rule(ctx, rule, st, prev)
            if found is not None:
                return found
    if st.rstrip().endswith("?") or not _ACTION_HINT.search(st):
        return None
    low = st.lower()
    mask = _ALWAYS
    for word, bits in _NEED_MASKS:
        if word in low:
            mask |= bits
    for bit, rule in _RULE_BITS:
        if mask & bit:
            found = _try_rule(ctx, rule, st, prev)
            if found is not None:
                return found
    return None


# Words one of which a rule's patterns need (in the lower-cased sentence): a cheap test that
# keeps each rule off most sentences.
_RULE_NEEDS: dict[Rule, frozenset[str]] = {
    rule: frozenset(words)
    for rule, words in (
        (agent_to_verb, ("to",)),
        (
            agreed_to,
            ("agreed", "undertook", "offered", "volunteered", "promised", "pledged", "committed")
            + ("intend", "action to"),
        ),
        (agreed_bare_verb, ("agreed", "offered", "undertook", "volunteered")),
        (agreed_for, ("agreed for", "resolved for", "decided for", "arranged for")),
        (volunteered_for, ("volunteered", "responsibility")),
        (
            asked_passive,
            ("asked", "requested", "tasked", "invited", "instructed", "commissioned")
            + ("mandated", "charged", "reminded", "encouraged", "urged"),
        ),
        (
            asked_active,
            ("ask", "request", "tasked", "invite", "instruct", "urge", "set", "challenged")
            + ("advised", "remind", "encourage"),
        ),
        (agreed_that_owner, ("that", "agreed", "resolved", "decided")),
        (asked_that_verb, ("asked", "request")),
        (recommended_staff, ("recommended", "suggested", "proposed", "requested", "asked")),
        (asked_if_could, ("asked", "queried", "wondered")),
        (
            said_would,
            ("would", "could", "will", "can", "shall", "intend", "planned", "happy")
            + ("'ll", "’ll", "'d ", "’d "),
        ),
        (said_and_that_would, ("and that",)),
        (modal_verb, ("will", "shall", "would", "going", "'ll", "’ll")),
        (should_verb, ("should",)),
        (body_will, ("will", "would", "shall", "going")),
        (is_due, ("due",)),
        (agreed_no_owner, ("agreed",)),
        (starred_passive, ("*",)),
        (noted_passive, ("to be",)),
        (ongoing_task, ("ing",)),
        (hoped_to, ("hoped", "intended", "planned")),
        (reported_passive, ("be",)),
        (passive_by, ("by",)),
        (
            asked_in_passive,
            ("asked", "requested", "invited", "approached", "reminded", "chased", "written to"),
        ),
        (
            requested_passive,
            ("request", "asked", "suggested", "urged", "agreed", "resolved", "decided"),
        ),
        (requested_active, ("request", "asked", "suggested", "urged")),
        (requested_info, ("requested", "asked for", "sought")),
        (who_would, ("who",)),
        (which_would_be, ("which",)),
        (passive_to_be_done, ("be",)),
        (unframed_passive, ("be",)),
        (please_do, ("please", "kindly", "let")),
        (if_you_could, (" if ", "ask")),
    )
}
# The needs as bits: each rule has one, each word sets those of the rules that need it.
_RULE_BITS = tuple((1 << k, rule) for k, rule in enumerate(SENTENCE_RULES))
_ALL_NEEDS = frozenset().union(*_RULE_NEEDS.values())
_ALWAYS = sum(bit for bit, rule in _RULE_BITS if rule not in _RULE_NEEDS)
_NEED_MASKS = tuple(
    (word, sum(bit for bit, rule in _RULE_BITS if word in _RULE_NEEDS.get(rule, ())))
    for word in sorted(_ALL_NEEDS)
)


def _try_rule(
    ctx: Context, rule: Callable[[Context, str, str], Found], st: str, prev: str
) -> Found:
    """One rule on one sentence; a rule that raises is reported, and finds nothing."""
    try:
        return rule(ctx, st, prev)
    except Exception as exc:
        ctx.faults.failed(rule, exc)
        return None


def _body_commitment(st: str) -> tuple[str, str] | None:
    """(owner, task) when a body opening the sentence will do something for the meeting:
    "Healthwatch will share the survey results", "Public Health would circulate the guidance".
    Only verbs that deliver something back ("provide support to families" describes a service,
    "provide a breakdown" is a commitment), so descriptive reports stay action-free."""
    m = _P_BODY_WILL.match(st)
    if m is None:
        return None
    np, verb = m.group("np").strip(), m.group("verb")
    if self_body(np) or not (body_like(np) or _DEPARTMENT_RE.fullmatch(np)):
        return None
    task = st[m.start("verb") :]
    if verb in _BODY_GIVE_VERBS:
        if not _INFO_OBJECT_RE.search(task[len(verb) :][:60]):
            return None
    elif verb not in _BODY_COMMIT_VERBS and not _BODY_PHRASAL_RE.match(task):
        return None
    if verb == "look" and not re.match(r"look\s+(?:into|at)\b", task):
        return None
    return np, task


def _to_clause(ctx: Context, st: str) -> tuple[str, str] | None:
    """(owner, task) for "Brenda to book the skip", "4) Skip day – NB to circulate ..."."""
    m = _P_TO_START.match(st)
    if m is None:
        hm = _HEADING_SEP_RE.match(st)
        if hm is None or VERBISH_RE.search(st, 0, hm.end()):
            return None
        st = st[hm.end() :]
        m = _P_TO_START.match(st)
        if m is None:
            return None
    np, verb = m.group("np"), m.group("verb")
    if verb in ("be", "the", "a", "an", "date") or np.startswith("To "):
        return None
    if np.split()[0].lower() in DISCOURSE:
        return None
    if verb in DECISION_VERBS and (self_body(np) or body_like(np)):
        return None  # "Members to note the report", "Council to approve": recommendations
    task = st[m.start("verb") :]
    if owner_like(ctx, np) or first_names(np, task):
        return np, task
    return None
