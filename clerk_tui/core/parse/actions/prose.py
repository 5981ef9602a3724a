"""Actions in prose: each sentence of prose (not already claimed by a table, list or
marker) tried against the prose rules, most specific first, and a request in one sentence
joined to the answer in the next ("Can someone check the drain? Kate agreed to do so").
The rules, each reading one kind of sentence and returning (owner, task) or None, live in
:mod:`.agreements`, :mod:`.requests`, :mod:`.modals`, :mod:`.agents` and :mod:`.passives`."""

from __future__ import annotations

import re
from dataclasses import replace

from ...dates import preferred_due
from ...model import Action
from ..conditions import hypothetical
from ..context import Context, Spans, due_phrases, item_at, lines_with, sentences_of_line
from ..keywords import any_of
from ..layout import Line
from ..people.words import STOP_WORDS
from .agents import (
    ONGOING_STEMS,
    agent_to_verb,
    body_will,
    bracketed_owner,
    is_due,
    note_in_line,
    ongoing_task,
    slash_owners_present,
)
from .agreements import (
    NEEDED_FOR_RE,
    action_raised,
    agreed_bare_verb,
    agreed_for,
    agreed_no_owner,
    agreed_that_owner,
    agreed_to,
    agreed_to_be_done,
    handed_to,
    hoped_to,
    owes_work,
    resolution_mandate,
    responsibility_with,
    that_owner_verb,
    volunteered_alone,
    volunteered_for,
)
from .bodies import own_body_task
from .carried import LABEL_LEAD_RE, NEW_POINT_RE, about_words, with_about
from .clauses import split_clauses, unmarked
from .common import committed_task, make_action
from .described import described_agent
from .entry_lines import is_list_point
from .grammar import LEAD_RE, Found, Rule, try_rule
from .later_passives import later_clause_passive
from .leads import lead_named, lead_role
from .lexicon import is_adjective, is_base_verb, is_word, verb_base
from .modals import (
    in_first_person,
    modal_verb,
    said_and_that_would,
    said_would,
    should_verb,
    speaker_first_person,
    speaker_offers,
)
from .named_notes import owner_after_dash
from .owners import (
    commits_as_one,
    owner_like,
    self_body,
    split_owners,
    tidy_owner,
)
from .passives import (
    BE_WORD_RE,
    asked_in_passive,
    bare_subjunctive,
    letter_will_go,
    noted_passive,
    passive_by,
    passive_to_be_done,
    reported_passive,
    requested_active,
    requested_info,
    requested_passive,
    starred_passive,
    unframed_passive,
    which_would_be,
    who_would,
)
from .referents import handle_word, opening_subject, person_before
from .requests import (
    asked_active,
    asked_if_could,
    asked_passive,
    asked_that_verb,
    if_you_could,
    please_do,
    polite_request,
    recommended_staff,
)
from .speakers import line_speaker, signature_at, speaker_we, transcript_lines
from .subjectless import speaker_needs
from .verbs import AUXILIARIES, NOT_A_VERB

# A word of the future, of a request or of an agreement: sentences with none make no action.
_ACTION_HINT = re.compile(
    r"(?=[tswcdTaArRpPDku'’iWvgjlRomeofnh])(?:"  # the first letters of what follows (faster)
    r"\b(?:to|will|Will|shall|would|should|could|can|must|due|That|[Aa]sked|[Rr]equest(?:s|ed)?|[Dd]elegate|[Pp]lease"
    r"|know|gonna|[Aa]greed|AGREED|[Rr]esolved|RESOLVED|decided|suggested|proposed|recommended|urged"
    r"|tasked|[Rr]esponsib\w+|ownership|task|job|lead|leading|undertook|undertakes|action|ask|grateful"
    r"|great"
    r"|seconded|volunteer\w*|offer(?:ed|s)|authori[sz]ed|empowered|directed"
    r"|sought)\b|['’](?:ll|d)\b"
    r"|\Athat\s"  # a resolution's second that-clause, split off (see :mod:`.clauses`)
    rf"|\b(?:is|are|was|were)\s+(?:[a-z]+ly\s+|still\s+|also\s+|now\s+|in\s+the\s+process\s+of\s+)?"
    rf"(?:{ONGOING_STEMS})ing\b"
    rf"|(?<=[A-Za-z)]\s)(?:{ONGOING_STEMS})ing\b"  # "TW looking into the spec" (notes)
    r")"
)


def prose_actions(ctx: Context, actions: list[Action], claimed: Spans) -> None:
    """An action for each sentence of prose (not already claimed) that commits an owner."""
    prev_text = ""  # the sentence before, in the same paragraph (for "he", "they")
    prev_start = 0  # where it starts in the text
    earlier: list[str] = []  # the paragraph's sentences before it, nearest last (for "he")
    agenda = _agenda_text(ctx)
    for ln in ctx.lines:
        if ln.blank:
            prev_text, earlier = "", []
            continue
        if ln.cend - ln.cstart > 200_000 or agenda.overlaps(ln.cstart, ln.cend):
            continue
        if _heading_line(ctx, ln):
            prev_text, earlier = "", []  # the title of what follows, not a task (nor what is asked)
            continue
        if ln.cstart in ctx.item_start_set:
            earlier = []  # a new item: whom "he" stands for is named in it
        speaker, speaker_at = line_speaker(ctx, ln)
        # A signature closing the line ("will do – Sam"): who speaks, no word of the task.
        signed = signature_at(ctx, ln) if speaker is not None and speaker_at == ln.cstart else None
        for s, e, st, _low in sentences_of_line(ctx, ln):
            if claimed.overlaps(s, e) or len(st) > 3000:
                prev_text, prev_start = st, s
                continue
            if signed is not None and s < signed < e:
                st = st[: signed - s]
            st = unmarked(st)
            clauses = split_clauses(st)
            before = len(actions)
            for cs, ce in clauses:
                clause = st[cs:ce]
                found = commitment(ctx, clause, _named_before(ctx, clause, prev_text, earlier))
                said = False  # whether the line's speaker owns it as "I"
                if speaker is not None:
                    if found is None:
                        found = try_rule(ctx, speaker_first_person, clause, prev_text)
                    if found is None:
                        found = try_rule(ctx, speaker_we, clause, prev_text)
                    if found is None:
                        found = try_rule(ctx, speaker_needs, clause, prev_text)
                    found, said = _as_speaker(found, clause, speaker)
                request, request_start = prev_text, prev_start
                if not _POINT_ONLY_RE.fullmatch(clause):  # ("14." opening "14. KM - ...")
                    if prev_text:
                        earlier = [*earlier[-2:], prev_text]
                    prev_text, prev_start = clause, s + cs
                if found is None and request and ("ction" in clause or "CTION" in clause):
                    labelled = _owner_label(ctx, clause, request, actions, request_start, s + ce)
                    if labelled is not None:
                        actions.append(labelled)
                        claimed.add(request_start, s + ce)
                if found is None and s + ce >= ln.cend - 1 and is_list_point(ctx, ln):
                    closing = _closing_owner(ctx, clause, request, request_start >= ln.cstart)
                    if closing is not None and (
                        closing[2] or not _answers_found(actions, request_start, s + ce)
                    ):  # (a task of its own line answers nothing before it)
                        who, what, own_line = closing
                        start = s + cs if own_line else request_start
                        actions.append(make_action(ctx, what, who, start, s + ce))
                        claimed.add(start, s + ce)
                if found is None:
                    continue
                owner, task = found
                led = lead_named(ctx, clause) if owner is None else None
                if led is not None:  # "A group will be set up ..., with Cllr Hale as lead"
                    owner, task = led[0], task.replace(led[1], "")
                struck = st.count("~~", 0, cs + max(0, clause.find(task))) % 2
                if struck or _DONE_SINCE_RE.search(task):
                    continue  # "~~Bjorn (Filipe will invite)~~", "... and has done so": done
                start = min(s + cs, speaker_at) if said else s + cs
                if clause.startswith("who ") and (at := st.rfind(owner or "\0", 0, cs)) >= 0:
                    start = s + at  # "... to Aled, who will collate them": from its owner
                pointing = _POINTING_TASK_RE.fullmatch(_AFTER_COMMA_RE.sub("", task))
                if (
                    pointing is not None
                    and (pointing["alone"] or pointing["handed"])
                    and not _about_before(clause, owner)
                ):
                    # "Bench overgrown by brambles R Tolley to clear", "The reply came and
                    # the Clerk will forward on to members": about the words before the owner
                    about = _words_before_owner(clause, owner, pointing[0])
                    task = with_about(pointing[0], about) if about else task
                    pointing = None
                asked_here = _asked_before_answer(ctx, clause, task, owner) if pointing else None
                about_here = (
                    _words_before_owner(clause, owner, pointing[0])
                    if pointing is not None
                    and asked_here is None
                    and not _about_before(clause, owner)
                    and _STATE_RE.search(clause, 0, max(0, clause.find(owner or "\0")))
                    else None
                )
                if pointing is not None and asked_here is not None:
                    task = _answered_task(pointing, asked_here)  # "Need X - Kate will do it"
                elif pointing is not None and about_here is not None:
                    # "The drain is blocked Clerk to report it": what the clause before says
                    task = with_about(pointing[0], about_here)
                elif (
                    pointing is not None
                    and request
                    and _answers_found(actions, request_start, request_start + len(request))
                    and actions[-1].owner is None
                    and _answers(actions, request_start, owner, s + ce)
                ):
                    continue  # "The net is to be looked at. TH to investigate.": one action
                elif pointing is not None and request and not NEW_POINT_RE.match(clause):
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
                # The one commitment of a sentence: its passage is the whole sentence; the
                # first of several ("Rob to draft the letter, Heather to send it") runs from
                # the sentence's start to its own clause's end (the next is the next one's).
                actions[before].start = s
                if len(actions) == before + 1:
                    actions[before].end = e


def _named_before(ctx: Context, clause: str, prev: str, earlier: list[str]) -> str:
    """The sentence before a clause, which names whom its "he" or "she" stands for; when that
    sentence names no one ("The Head of Housing introduced the report. The backlog had grown
    over the winter. She would circulate the figures"), the nearest of the paragraph's three
    sentences before it that opens with a person or role, with it (none when one naming
    someone else comes between)."""
    if _HE_SHE_RE.search(clause) is None or person_before(ctx, prev) is not None:
        return prev
    for sentence in reversed(earlier):
        subject = opening_subject(sentence)
        if subject is not None and commits_as_one(ctx, subject[0]):
            return f"{sentence} {prev}"
        if person_before(ctx, sentence) is not None:
            break
    return prev


_HE_SHE_RE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")


def _as_speaker(found: Found, clause: str, speaker: str) -> tuple[Found, bool]:
    """In a speaker's remark, "I" is the speaker: "Joe: The splash screen needs an artist.
    I'll reach out" is Joe's, and its passage the whole remark (what the offer answers).
    The found commitment, and whether the speaker owns it as "I". Where a chat's lines run
    together (a PDF's text), the label nearest before the task names its speaker and the
    next label ends it ("hana_p: ... owenl: I will order a lens hana_p: thanks")."""
    if found is not None and (found[0] == "I" or found[0] == speaker and in_first_person(clause)):
        task = found[1]
        at = clause.find(task)
        labels = [m for m in _CHAT_LABEL_RE.finditer(clause, 0, max(at, 0)) if handle_word(m[1])]
        after = next((m for m in _CHAT_LABEL_RE.finditer(task) if handle_word(m[1])), None)
        if after is not None and after.start() > 0:
            task = task[: after.start()].rstrip()
        return (labels[-1][1] if labels else speaker, task), True
    return found, False


# A point's number read as a sentence of its own: "14.", "3)".
_POINT_ONLY_RE = re.compile(r"\s*\(?\d{1,3}[.)]\s*")
# A speaker's label inside a line: "owenl: ", "hana_p: ".
_CHAT_LABEL_RE = re.compile(r"(?<!\S)([A-Za-z][\w.|`^-]{1,30}):\s")


# A task reported done in the sentence that gives it: "... and has done so", "..., which has
# now been done", "... and this was done".
_DONE_SINCE_RE = re.compile(
    r"(?:,\s*|\s+)(?:and|which)\s+(?:(?:he|she|they|this|it)\s+)?"
    r"(?:(?:has|have|had)\s+(?:now\s+|since\s+|already\s+)?(?:done\s+so|been\s+(?:done|completed"
    r"|actioned|sent|carried\s+out))|(?:was|were)\s+(?:done|completed|actioned)|did\s+so)\b"
)


def _owner_label(
    ctx: Context, clause: str, before: str, actions: list[Action], before_start: int, end: int
) -> Action | None:
    """A label naming who acts on the sentence before it, closing a paragraph: "The police
    will be asked to patrol the lane. Police Action." (the sentence's action is the
    police's), "A warden visit is needed. Clerk action", "A hedge cutter should be found.
    Robin to ACTION." (the sentence is their task).
    A new action, or None when the label named no owner or gave the last action its owner."""
    m = _OWNER_LABEL_RE.fullmatch(clause)
    owner = m.group("who") if m else ""
    if not owner or self_body(owner) or not (owner_like(ctx, owner) or _agency_word(owner)):
        return None
    if _answers_found(actions, before_start, before_start + len(before)):
        _answers(actions, before_start, owner, end)  # an action with no owner takes this one
        return None
    task = committed_task(before, len(before)) or before.strip()
    return make_action(ctx, task, owner, before_start, end)


def _closing_owner(
    ctx: Context, clause: str, before: str, same_line: bool
) -> tuple[str, str, bool] | None:
    """The owner written last on a list's line with no label: a name or initials of someone present
    alone after the task ("ASB bookings for 2017; ready for the calendar. Wim", "Green
    prescriptions - complete in February.  Judith": the sentence before is the task), or
    after a gap of two spaces or more, as in a column ("Open an issue on the plan  Eric/John"),
    or initials closing a task that opens with its verb ("Check the moorings before the
    season PH"). (owner, task, whether the task is the clause itself), or None."""
    m = _CLOSING_INITIALS_RE.fullmatch(clause)
    if m is not None and m.group("who") in ctx.initials:
        task = m.group("task")
        first = task.split(None, 1)[0] if task.split() else ""
        if first[:1].isupper() and is_base_verb(first.lower()) and len(task.split()) >= 3:
            return m.group("who"), task, True
    gap = _GAP_NAMES_RE.fullmatch(clause.rstrip(" .;,*_"))
    if gap is not None:  # "Document the policy, open an issue  Eric/Jonathan/John"
        before, who, same_line = gap.group("task"), gap.group("who"), True
        task_here = True
    else:
        who, task_here = clause.strip(" .;,*_"), False
    if not (same_line and before.strip()) or not _NAME_ALONE_RE.fullmatch(who):
        return None
    known = all(
        name in ctx.initials or all(w.lower() in ctx.name_tokens for w in name.split())
        for name in _NAME_JOIN_RE.split(who)
    )
    if not known or len(_WORD_RE.findall(before)) < 3 or _TALK_RE.search(before):
        return None  # "HM asked if ... Alison", "... to be reviewed at the next meeting. David"
    return who, LABEL_LEAD_RE.sub("", before.strip()) or before.strip(), task_here


# What is said or brought to a meeting, not a task: "asked if", "to be reviewed at the
# February meeting".
_TALK_RE = re.compile(
    r"\b(?:asked|said|reported|noted|explained|queried|raised|thanked)\b"
    r"|\b(?:at|to|for)\s+(?:(?:the|its|a|our)\s+)?(?:[\w-]+\s+){0,2}meeting\b(?!\s+(?:with|of)\b)"
)
# A task, then a space and the owner's initials ending the line.
_CLOSING_INITIALS_RE = re.compile(
    r"\W*(?P<task>[A-Z][^.;:?!]{8,200}?)\s+(?P<who>[A-Z]{2,4})\s*\.?\s*"
)
# A name alone: initials, or one or two capitalised words; or several joined ("Tom/Priya").
_ONE_NAME = r"(?:[A-Z]{2,4}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
_NAME_ALONE_RE = re.compile(rf"{_ONE_NAME}(?:\s*[/+&]\s*{_ONE_NAME})*")
_NAME_JOIN_RE = re.compile(r"\s*[/+&]\s*")
# A task, then a gap of two spaces or more (or a tab) and names alone, as in a column.
_GAP_NAMES_RE = re.compile(r"(?P<task>\S.*?\S)(?: {2,}|\t+)(?P<who>[A-Z][^\s]*(?: [A-Z][^\s]*)?)")


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
    r"(?:to\s+)?(?:[Aa]ction|ACTION)\s*[.:;!]?\s*"  # "Police Action.", "Robin to ACTION."
)


# A task that only points back to the sentence before: "agreed to do so", "would do this",
# "would provide this", "agreed to look into it", "will pick this up", "will contact him";
# or a verb alone, whose object the sentence before names ("The next site meeting is on 15
# May. Richard to attend.").
_POINTING_TASK_RE = re.compile(
    r"(?i)(?:(?P<do>do|action|arrange|progress|pursue|undertake)|[a-z]+(?:\s+(?:into|at|up|on|with))?)"
    r"\s+(?:so|this|that|it|these|them|him|her|the\s+same|(?:this|that\s+)?one)\b"
    r"(?:\s+(?:up|forward|on|too|also|accordingly|further))?\s*[.;,]?"
    r"|(?i:(?P<do2>do))\s*[.;,!]?"  # "Yes, will do."
    r"|(?P<alone>[A-Za-z][a-z]+)\s*[.;,!]?"
    # a verb of handing on with no object: "forward on to the Committee Members"
    r"|(?P<handed>(?i:forward|pass|send|circulate|copy|refer|hand|email|share)"
    r"(?:\s+(?:on|back|round|out))?\s+to\s+[^,;.]{2,60}?)\s*[.;,!]?"
)


# What follows a comma or semicolon in a task ("do so, and the Chair advised ...").
_AFTER_COMMA_RE = re.compile(r"\s*[,;].*$", re.S)


def _what_was_asked(
    ctx: Context, pointing: re.Match[str], request: str, actions: list[Action], request_start: int
) -> str | None:
    """What an answer pointing back ("agreed to do so") takes on from the sentence before:
    the task it asked for; for "do this" after a sentence that asked nothing and made no
    action, that sentence itself ("The hedge needs cutting. The Clerk will do this." -> "Do
    this (the hedge needs cutting)"), and for a verb alone the sentence it is about."""
    request_end = request_start + len(request)
    if _answers_found(actions, request_start, request_end) and actions[-1].owner is not None:
        return None  # the request was taken up already ("Need X - Kate will do it")
    asked = _task_from_request(ctx, request)
    if pointing.group("do2"):
        return asked  # "will do" answers a request, or nothing
    if asked is None and not _answers_found(actions, request_start, request_end):
        what = about_words(request)
        if what is None:
            return None
        if pointing.group("do"):
            return with_about(pointing.group(0), what)
        if pointing.group("alone") or pointing.group("handed"):
            return what  # "Richard to attend": "Attend (the next site meeting is on 15 May)"
        if request.rstrip(" *_")[-1:] in (".", "?", "!"):
            return what  # "Who has time for the rota? Kim volunteered": "Take this on (...)"
        return None  # "By 30 April, the Clerk will renew it": a clause of its own sentence
    return asked


def _about_before(clause: str, owner: str | None) -> bool:
    """Whether a verb alone ("Richard to attend") is about the sentence before: its owner
    opens the clause, or only the meeting's agreement does ("After discussion it was agreed
    for Ian to reply"): nothing it could be about comes before it."""
    at = clause.find(owner) if owner else -1
    return at >= 0 and (
        LEAD_RE.fullmatch(clause, 0, at) is not None
        or _AGREED_FRAME_RE.fullmatch(clause, 0, at) is not None
    )


# The meeting's agreement and nothing more before an owner: "After discussion it was agreed
# for", "It was decided that", "Agreed:", "Members agreed that".
_AGREED_FRAME_RE = re.compile(
    r"(?i)[\W\d]*(?:(?:after|following)\s+(?:(?:a|some|further|brief|short|much)\s+)*"
    r"discussion,?\s+)?(?:it\s+was\s+(?:[a-z]+ly\s+|also\s+|then\s+)?|(?:the\s+)?[a-z]+\s+)?"
    r"(?:agreed|decided|resolved)\s*[:–—-]?\s*(?:that\s+|for\s+)?"
)


def _words_before_owner(clause: str, owner: str | None, task: str) -> str | None:
    """The words of a clause before its owner, three or more, what a verb alone after them
    is about ("bench on the green needs painting, pw to sort"); none when the owner comes
    after the task ("... would be restarted by HR")."""
    at = clause.find(owner) if owner else -1
    if at < 0 or clause.rfind(task) < at:
        return None
    words = _CLAUSE_JOIN_END_RE.sub("", clause[:at])
    return about_words(words) if len(_WORD_RE.findall(words)) >= 3 else None


# What a clause says of a thing, which "it" after the agent points to: "The gate is loose",
# "The bench was damaged".
_STATE_RE = re.compile(r"\b(?:is|are|was|were)\s+(?:still\s+|now\s+|not\s+)?[a-z]{3,}\b")
# What joins a clause to the owner's after it: "... was received and", "... painting,".
_CLAUSE_JOIN_END_RE = re.compile(r"[\s,;–—-]*(?:\b(?:and|so|but)\b)?[\s,;–—-]*$")


def _asked_before_answer(
    ctx: Context, clause: str, task: str, owner: str | None = None
) -> str | None:
    """What a request earlier in the same clause asks for, which an answer after a dash, a
    comma or "and" points back to: "Need someone to check the stopcock - Kate said she'd do
    it", "Cllr Moss asked for a site visit and the Clerk agreed to arrange it"."""
    at = clause.rfind(task)
    owner_at = clause.rfind(owner, 0, at) if owner else -1
    sep = max(
        clause.rfind(" - ", 0, at),
        clause.rfind(" – ", 0, at),
        clause.rfind(", ", 0, at),
        clause.rfind(" and ", 0, owner_at if owner_at >= 0 else at),  # (not "Amara and Joel")
    )
    return _task_from_request(ctx, clause[:sep]) if sep > 0 else None


def _answered_task(pointing: re.Match[str], asked: str) -> str:
    """The task of "X agreed to do so" is what was asked; of "X agreed to arrange it" what was
    asked for with that verb ("Arrange a briefing on the closures"); that of "X would provide
    this" is its own words, with what was asked in brackets: "Provide this (break down the
    figures by ward)"."""
    verb = pointing.group("do")
    first = asked.split(None, 1)[0].lower() if asked.split() else ""
    if verb and verb.lower() != "do" and not is_base_verb(first):
        return f"{verb} {asked}"  # a thing asked for ("asked for a briefing")
    if verb or pointing.group("do2"):
        return asked
    return with_about(pointing.group(0), asked.rstrip(" ."))


# What the sentence before asked for: "asked whether someone could check the drain",
# "requested that the Council write to the MP", "suggested the Clerk contact the school".
_REQUESTED_TASK_RE = re.compile(
    r"\b(?:ask(?:ed|s)?|request(?:ed|s)?|suggest(?:ed|s)?|wondered|queried|proposed|[Nn]eeds?|[Nn]eeded)\b"
    r"[^.;]*?\b(?:could|would|might|should|can|to|that\s+(?:someone|somebody|the\s+\w+))"
    r"\s+(?P<verb>[a-z][a-z-]+)\b"
    # a question put to someone: "Can you update the docs?"
    r"|\b(?:[Cc]an|[Cc]ould|[Ww]ould|[Ww]ill)\s+(?:you|someone|anyone|somebody)\s+(?:please\s+)?"
    r"(?P<verb2>[a-z][a-z-]+)\b"
    # "Who can put together a proposal?", "Anyone able to run the stall?"
    r"|\b(?:[Ww]ho|[Aa]nyone|[Aa]nybody|[Ss]omeone)\s+(?:can|could|will|would|(?:is|are)\s+able\s+to"
    r"|wants\s+to|is\s+willing\s+to|able\s+to)\s+(?P<verb3>[a-z][a-z-]+)\b"
)


def _task_from_request(ctx: Context, request: str) -> str | None:
    """The task a request in the sentence before asks for, which "X agreed to do so" takes
    on: "Cllr Brown asked whether someone could check the drain on Mill Road" -> "check the
    drain on Mill Road", "Residents asked for the dog bin to be emptied" -> "Empty the dog
    bin", "The Chair asked for a list of the benches" -> "Provide a list of the benches"."""
    for rule in (requested_passive, requested_info):
        found = try_rule(ctx, rule, request, "")
        if found is not None:
            return found[1]
    for m in _REQUESTED_TASK_RE.finditer(request):
        if _A_REQUEST_RE.search(request, 0, m.start()) and m[0].startswith(("request ", "need ")):
            continue  # "A request from a member to join has been received": theirs, no task
        group = "verb" if m.group("verb") else "verb2" if m.group("verb2") else "verb3"
        verb = m.group(group)
        if is_base_verb(verb) and verb not in AUXILIARIES | NOT_A_VERB | {"be"}:
            return request[m.start(group) :].strip().rstrip("?").strip()
    needed = NEEDED_FOR_RE.search(request)  # "Need a volunteer for the release notes."
    if needed is not None:
        return f"take on {needed['job']}"
    noun = _SUGGESTED_NOUN_RE.search(request)  # "suggested a visit to the entrances ..."
    return noun.group("np").strip() if noun else None


# A determiner before a noun of asking: "A further request", "the need".
_A_REQUEST_RE = re.compile(r"(?i)\b(?:an?|the|this|that|another|further|their|his|her)\s+$")
_SUGGESTED_NOUN_RE = re.compile(
    r"\b(?:suggested|proposed|requested|asked\s+for)\s+(?P<np>(?:a|an)\s+[a-z][^,;.]{3,120})"
)


_WORD_RE = re.compile(r"[A-Za-z]{2,}")


def _answers_found(actions: list[Action], request_start: int, request_end: int) -> bool:
    """Whether the sentence before (from ``request_start`` to ``request_end``) made an action
    (not a table's or a list's found earlier, which may lie further on)."""
    return bool(actions) and request_start <= actions[-1].start < request_end


def _answers(actions: list[Action], request_start: int, owner: str | None, end: int) -> bool:
    """Whether the action found in the request (the sentence starting at ``request_start``)
    is the answer's: one with no owner takes the answer's owner; one with the same owner
    stands. Either way it spans the answer too, and no second action is made."""
    if not _answers_found(actions, request_start, end):
        return False
    last = actions[-1]
    if last.owner not in (None, owner):
        return False
    who = split_owners(tidy_owner(owner)) if owner else []
    actions[-1] = replace(last, owner=owner and tidy_owner(owner), owners=who, end=end)
    return True


_BOLD_LINE_RE = re.compile(r"(?:[\d.)]+\s*|\*\*[\d.)]+\*\*\s*)?(?:\*\*|__)[^*_]{3,120}(?:\*\*|__)")
_ITEM_NUMBER_RE = re.compile(r"\(?\d{1,3}(?:\.\d{1,2})*[.)]?\s+")


def _heading_line(ctx: Context, ln: Line) -> bool:
    """A markdown heading ("### Wants to fix the printer"), a line all in bold with no full
    stop closing it ("**2.** **Chairman to sign Declaration of Office**"), or a short agenda
    item's title line ("4. Clerk to report on the allotments"): titles of what follows, not
    tasks. A numbered remark of a transcript ("14. KM - I'll send the figures round") is
    none."""
    text = ctx.text
    if text.startswith("#", ln.cstart):
        return True
    if (
        (text.startswith(("**", "__"), ln.cstart) or text[ln.cstart].isdigit())
        and _BOLD_LINE_RE.fullmatch(text, ln.cstart, ln.cend)
        and not text[ln.cstart : ln.cend].rstrip("*_ ").endswith(".")
    ):
        return True  # (a sentence in bold, "**Neil will ask Karl.**", is no title)
    if (
        ln.cstart in ctx.item_start_set
        and ln.index not in ctx.runs
        and ln.index not in transcript_lines(ctx)
    ):
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


def _agenda_text(ctx: Context) -> Spans:
    """What a ModernGov page says of an item before its "Minutes:" line: the agenda's
    purpose ("Scrutiny Committee Chairs to report"), not what the meeting minuted."""
    spans = Spans()
    last_label = 0  # where the last "Minutes:" label ends
    for i in lines_with(ctx, "Minutes"):
        ln = ctx.lines[i]
        if not ln.blank and _MINUTES_LABEL_RE.fullmatch(ctx.text, ln.cstart, ln.cend):
            k = item_at(ctx, ln.cstart)
            start = ctx.items[k].start if k is not None else _title_before(ctx, ln, last_label)
            spans.add(max(start, last_label), ln.start)
            last_label = ln.end
    return spans


def _title_before(ctx: Context, label: Line, floor: int) -> int:
    """Where an item's number and title start above its "Minutes:" label when no item was
    found there ("49." and "Declarations of interest:" on lines of their own): the number
    alone on its line within the few lines above, else the line just above; never before
    ``floor`` (the last label, whose minutes come before)."""
    above = [ln for ln in ctx.lines[max(0, label.index - 8) : label.index] if not ln.blank]
    above = [ln for ln in above if ln.start >= floor]
    for ln in reversed(above):
        if _NUMBER_ALONE_RE.fullmatch(ctx.text, ln.cstart, ln.cend):
            return ln.start
    return above[-1].start if above else label.start


_MINUTES_LABEL_RE = re.compile(r"Minutes\s*:?")
_NUMBER_ALONE_RE = re.compile(r"\(?\d{1,3}(?:\.\d{1,2})?[.)]?")


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


# Rules whose sentences need no cue word, each with what its sentences must hold (tested
# before the rule is called): the owner in brackets, a resolution's sub-point, a note's
# "Name: task".
CUELESS_RULES: tuple[tuple[str, Rule], ...] = (
    (")", bracketed_owner),
    ("he", resolution_mandate),  # ("the Clerk write ...", "(c) The Officer organise ...")
    (": ", note_in_line),
    (": ", speaker_offers),
    ("/", slash_owners_present),
    (" ", owner_after_dash),
    (" ", polite_request),
    (" be ", bare_subjunctive),
    (" owe", owes_work),
)
# The sentence rules, most specific first: the first that finds an owner and a task wins.
SENTENCE_RULES: tuple[Rule, ...] = (
    that_owner_verb,
    agent_to_verb,
    agreed_to,
    agreed_bare_verb,
    agreed_for,
    volunteered_for,
    volunteered_alone,
    lead_role,
    responsibility_with,
    action_raised,
    handed_to,
    asked_passive,
    asked_active,
    agreed_that_owner,
    asked_that_verb,
    recommended_staff,
    requested_active,
    asked_if_could,
    said_would,
    said_and_that_would,
    described_agent,
    modal_verb,
    should_verb,
    body_will,
    own_body_task,
    is_due,
    agreed_no_owner,
    agreed_to_be_done,
    starred_passive,
    noted_passive,
    ongoing_task,
    hoped_to,
    owes_work,
    passive_to_be_done,
    letter_will_go,
    unframed_passive,
    later_clause_passive,
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


def commitment(ctx: Context, st: str, prev: str) -> Found:
    """(owner, task) if the sentence commits an owner to do something. Questions and
    sentences with no cue of the future are skipped; one in capitals is read as written in
    small letters (:func:`_in_small_letters`)."""
    shouted = _SHOUTED_RE.fullmatch(st) if st[-1:].isupper() or st.endswith(".") else None
    if shouted is not None:
        return commitment(ctx, _in_small_letters(shouted), prev)
    for needle, rule in CUELESS_RULES:
        if needle in st:
            found = try_rule(ctx, rule, st, prev)
            if found is not None:
                return found
    if _asks(st) or not _ACTION_HINT.search(st):
        return None
    mask = _ALWAYS
    for word in _NEEDS_AT.findall(st.lower()):
        mask |= _NEED_BITS[word]
    if mask & _BE_BITS and BE_WORD_RE.search(st) is None:
        mask &= ~_BE_BITS  # ("be" in "member", "number", "before": no passive)
    for bit, rule in _RULE_BITS:
        if mask & bit:
            found = try_rule(ctx, rule, st, prev)
            if found is not None:
                if _forecast(st, found[1]) or _cue_denied(st, found[1]) or hypothetical(st):
                    return None
                return found
    return None


def owned_parts(
    ctx: Context, task: str, parts: list[tuple[int, int]]
) -> list[tuple[int, str, str]]:
    """Each part of ``task`` (its clauses or sentences after the first, as (start, end)) as
    (start, owner, task) when each gives its own owner a task (:func:`commitment`: "Ann to
    get a quote; Bob to pay the builder", "... Mr Lee to get a quote."); none when any does
    not."""
    found = []
    for a, b in parts:
        said = commitment(ctx, task[a:b], "")
        if said is None or said[0] is None:
            return []
        found.append((a, said[0], said[1]))
    return found


def _in_small_letters(shouted: re.Match[str]) -> str:
    """An agent's task written all in capitals, as a clerk marks one closing a paragraph,
    in small letters, the agent's words capitalised: "CLERK TO SEND EMAIL TO PLANNING
    AUTHORITY" -> "Clerk to send email to planning authority", "CLLR DAY WILL ASK THE
    SCHOOL" -> "Cllr Day will ask the school"."""
    who = " ".join(_initials(w) or w.capitalize() for w in shouted["who"].split())
    rest = _WORD_RE.sub(lambda m: _initials(m[0]) or m[0].lower(), shouted["rest"])
    return f"{who} {rest}".replace("The ", "the ", 1)


def _initials(word: str) -> str | None:
    """A word in capitals that stands for initials ("JS", "ALC"), as it is; else None."""
    low = word.lower()
    return word if len(word) <= 3 and not (is_word(low) or low in STOP_WORDS) else None


# A sentence in capitals: an agent (a word or two, or initials), "TO" or "WILL", and the
# task; no small letter anywhere.
_SHOUTED_RE = re.compile(
    r"[^a-zA-Z]*(?P<who>[A-Z][A-Z/&.]*(?: [A-Z][A-Z/&.]*)?)"
    r"(?P<rest> (?:TO|WILL) [A-Z]{2,}[^a-z]*)"
)


def _asks(st: str) -> bool:
    """A question, not a task whose own question took the mark: "Will the Clerk write?",
    "Should we ask the school?" are questions; "Jo to ask the insurer how much it would
    charge?", "Bob will find out whether the road can be closed?" are tasks (notes put the
    mark of the question asked at the end of the sentence)."""
    return st.rstrip().endswith("?") and _EMBEDDED_QUESTION_RE.match(st) is None


# A sentence in the order of a statement (no auxiliary or question word first) holding a
# question word after its opening: the question is the one to be asked.
_EMBEDDED_QUESTION_RE = re.compile(
    r"\W*(?!(?i:will|would|can|could|should|shall|is|are|was|were|do|does|did|has|have|had"
    r"|may|might|must|who|what|when|where|why|how|which|whether|if|any|anyone|anybody"
    r"|someone|somebody)\b)[^?]+?\s(?i:whether|if|how|what|when|where|which|who|why)\s"
)


def _forecast(st: str, task: str) -> bool:
    """A guess at what will happen, not a promise: "it was thought most unlikely the trust would
    repair the garages", "it is likely that the Clerk will write", "Further repairs are
    likely to be needed" (the frame before the task, or anywhere in a task that is the whole
    sentence)."""
    if "ikely" not in st and "robab" not in st and "oubtful" not in st:
        return False  # (a cheap test first)
    at = st.find(task)
    return _FORECAST_RE.search(st, 0, at if at > 0 else len(st)) is not None


_FORECAST_RE = re.compile(
    r"\b(?:un)?likely\s+(?:that|to\s+be)\b|\b(?:im)?probable\s+that\b|\bdoubtful\s+(?:that|whether)\b"
)


def _cue_denied(st: str, task: str) -> bool:
    """The cue that hands out the task denied: "It was not agreed that Ann would write",
    "Members did not ask the Clerk to write", "Members never asked Bob to ..."."""
    if "not" not in st and "never" not in st and "n't" not in st and "n’t" not in st:
        return False  # (a cheap test first)
    at = st.find(task)
    return _DENIED_CUE_RE.search(st, 0, at if at > 0 else len(st)) is not None


_DENIED_CUE_RE = re.compile(
    r"(?:\bnot|\bnever|n['’]t)\s+(?:yet\s+|been\s+)?(?:agreed?|ask(?:ed)?|request(?:ed)?"
    r"|resolved?|decided?|arranged?|instruct(?:ed)?|invite[ds]?)\b"
)


# Words one of which a rule's patterns need (in the lower-cased sentence): a cheap test that
# keeps each rule off most sentences.
_RULE_NEEDS: dict[Rule, frozenset[str]] = {
    rule: frozenset(words)
    for rule, words in (
        (agent_to_verb, ("to",)),
        (
            agreed_to,
            ("agree", "undert", "offer", "volunteer", "promise", "pledged", "committed")
            + ("intend", "action to", "plan", "happy to", "willing to", "pleased to")
            + ("prepared to",),
        ),
        (agreed_bare_verb, ("agreed", "offered", "undertook", "volunteered")),
        (agreed_for, ("agreed for", "resolved for", "decided for", "arranged for")),
        (
            volunteered_for,
            ("volunteered", "responsib", "task of", "job of", "action of", "lead on", "task for")
            + ("job for", "action for", "ownership"),
        ),
        (volunteered_alone, ("volunteer", "offered")),
        (lead_role, ("lead", "owner", "point of contact", "ordinator", "champion", "undert")),
        (responsibility_with, (" with ",)),
        (
            action_raised,
            ("action was", "action has", "action is", "action item", "action point")
            + ("step is", "step was", "step would", "step will", "plan is", "goal is"),
        ),
        (handed_to, ("assigned", "delegated", "left", "leaving", "handed")),
        (
            asked_passive,
            ("asked", "requested", "tasked", "invited", "instructed", "commissioned")
            + ("mandated", "charged", "reminded", "encouraged", "urged", "told", "nominated")
            + ("authorised", "authorized", "empowered", "directed"),
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
            ("would", "could", "will", "can", "shall", "intend", "planned", "happy", "going")
            + ("'ll", "’ll", "'d ", "’d "),
        ),
        (said_and_that_would, ("and that",)),
        (described_agent, ("'s ", "’s ", "a ", "an ", "one of", "some ", "two ", "three ")),
        (modal_verb, ("will", "shall", "would", "going", "gonna", "'ll", "’ll")),
        (should_verb, ("should", "must")),
        (body_will, ("will", "would", "shall", "going", "gonna")),
        (
            own_body_task,
            ("will", "shall", "must", "should", "is to", "are to", "has to", "have to", "going")
            + ("gonna", "resolved to", "decided to", "want", "plan", "intend"),
        ),
        (is_due, ("due",)),
        (agreed_no_owner, ("agreed", "resolved", "agree to")),
        (agreed_to_be_done, ("agreed to be",)),
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
            ("request", "asked", "suggested", "urged", "agreed", "resolved", "decided")
            + ("that ", "felt", "thought", "believed"),
        ),
        (requested_active, ("request", "asked", "suggested", "urged")),
        (requested_info, ("requested", "asked for", "sought")),
        (who_would, ("who",)),
        (which_would_be, ("which",)),
        (passive_to_be_done, ("be",)),
        (letter_will_go, (" go ",)),
        (unframed_passive, ("be",)),
        (later_clause_passive, ("be",)),
        (please_do, ("please", "kindly", "let")),
        (if_you_could, (" if ", "ask")),
    )
}
# The needs as bits: each rule has one, each word sets those of the rules that need it.
_RULE_BITS = tuple((1 << k, rule) for k, rule in enumerate(SENTENCE_RULES))
_ALL_NEEDS = frozenset().union(*_RULE_NEEDS.values())
_ALWAYS = sum(bit for bit, rule in _RULE_BITS if rule not in _RULE_NEEDS)
_NEED_MASKS = {
    word: sum(bit for bit, rule in _RULE_BITS if word in _RULE_NEEDS.get(rule, ()))
    for word in _ALL_NEEDS
}
# The longest needed word at each place of a sentence (a look-ahead: they overlap), one scan
# for all; each sets the bits of the words it starts with ("asked" those of "ask" too).
_NEEDS_AT = re.compile(f"(?=({any_of(_ALL_NEEDS).pattern}))")
_NEED_BITS = {
    word: sum(bits for w, bits in _NEED_MASKS.items() if word.startswith(w)) for word in _ALL_NEEDS
}
# The rules every pattern of which holds "be" as a word (:data:`.passives.BE_WORD_RE`): their
# need "be" is met inside "member" or "number" too, so they run only on a sentence holding it.
_BE_RULES = (
    passive_to_be_done,
    unframed_passive,
    later_clause_passive,
    reported_passive,
    passive_by,
)
_BE_BITS = sum(bit for bit, rule in _RULE_BITS if rule in _BE_RULES)
