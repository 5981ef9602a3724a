"""What a line of a list or of notes is, and the words that tell a job from a report:
bullets and numbers, a task in the imperative, who may own an entry, an agenda's bullets.
Shared by the rules that read action lists and informal notes."""

from __future__ import annotations

import re

from ..context import Context, per_parse
from ..layout import Line, indent, marker
from ..people.words import is_name_word
from .lexicon import (
    is_adjective,
    is_base_verb,
    is_noun,
    is_plural_noun,
    is_task_verb,
    is_word,
    verb_base,
)
from .notes import known_handle
from .owners import (
    JOB_SIZES,
    body_like,
    given_name,
    owner_like,
    person_like,
    role_like,
    split_owners,
)
from .verbs import TALK_VERBS


@per_parse  # (asked again of the same owner)
def person_owner(ctx: Context, owner: str) -> bool:
    """Someone who can take a job: initials, a person, a role, or a given name (not a status
    label such as "Ongoing" or "Not yet", nor "We")."""
    parts = split_owners(owner)
    return bool(parts) and all(
        o.lower() not in NOT_OWNERS
        and (
            o in ctx.initials
            or _INITIALS_RE.fullmatch(o)
            or person_like(ctx, o)
            or role_like(o)
            or all(w[:1].isupper() and (is_name_word(w) or not is_word(w)) for w in o.split())
        )
        for o in parts
    )


# Words heading a line as a label or a voice, not as who acts.
NOT_OWNERS = frozenset(
    """
    we us i you they it ongoing pending outstanding done complete completed closed later
    deferred tbc tbd tba n/a na note notes noted update status new next todo kiv fyi nb aob
    wip asap info what who when where why how monday tuesday wednesday thursday friday
    saturday sunday today tomorrow tonight weekend
    """.split()  # noqa: SIM905
) | {"not yet", "in progress", "carried forward", "next steps", "on hold"}
# A heading of a list of actions, not who acts ("Follow-ups:", "Action items:").
NOT_OWNERS |= {
    f"{w}{s}"
    for w in ("follow-up", "follow up", "followup", "action", "action item", "action point")
    for s in ("", "s")
} | {"tasks", "to do", "to-do", "to dos", "to-dos", "todos"}


def topic_label(owner: str) -> bool:
    """A label naming a topic, not who acts: a noun phrase whose last word, in lower case,
    is no person, role or body ("PTA bulletin board redesign", "Teacher-exec board
    meetings"), though a word of a body comes before it."""
    words = owner.split()
    last = words[-1] if len(words) >= 2 else ""
    return (
        last.isalpha()
        and last.islower()
        and "of" not in words
        and words[0].lower() not in _EVERYONE_WORDS  # "All speakers", "Each rep"
        and not (role_like(last) or body_like(last) or last in _OWNER_HEAD_WORDS)
    )


_EVERYONE_WORDS = frozenset("all every each both any".split())  # noqa: SIM905
# The last word of a group that can own a task: "All members", "Subsection owners".
_OWNER_HEAD_WORDS = frozenset(
    "members member owners leads volunteers everyone all present attending".split()  # noqa: SIM905
)


def task_for_someone(task: str) -> bool:
    """Words giving someone a job: not a question, a report of work done, a statement ("the
    van has gone"), what a speaker said ("think we should ...") or a standing reminder
    ("always be aware ...")."""
    first = task.split(None, 1)[0].lower()
    return not (
        task.endswith("?")
        or first in TALK_VERBS
        and _HAVE_A_GO_RE.match(task) is None
        or first in _STANDING_WORDS
        or DONE_RE.search(task)
        or STATEMENT_RE.match(task)
    )


# "Have a look at the agenda", "have a word with the caretaker": a job, though "have" opens it.
_HAVE_A_GO_RE = re.compile(r"(?i)have\s+a\s+(?:look|read|word|chat|think|go|try)\b")
# A standing reminder of conduct, not a job: "always be aware", "never share", "continue to".
_STANDING_WORDS = frozenset("always never continue remember be keep".split())  # noqa: SIM905


def person_first(ctx: Context, task: str) -> bool:
    """A line opening with someone's name ("Long Ho - Dropbox"), not with a verb."""
    words = task.split()
    return (
        words[0].lower() in ctx.name_tokens
        and words[1:2] != []
        and person_like(ctx, " ".join(words[:2]))
    )


@per_parse  # (asked of a line by several rules)
def topic_bullet(ctx: Context, ln: Line) -> bool:
    """A bullet of an agenda or of a list of options: a topic, no job."""
    return under_agenda(ctx, ln) or _under_options(ctx, ln)


def _under_options(ctx: Context, ln: Line) -> bool:
    """A bullet of a list the line above it introduces as options, ideas or uses ("The
    options are:", "Uses of the office:", "Ideas:"): a possibility, not a job."""
    depth = indent(ctx.text, ln)
    for k in range(ln.index - 1, max(-1, ln.index - 20), -1):
        prev = ctx.lines[k]
        if prev.blank or is_entry_line(ctx, prev) and indent(ctx.text, prev) >= depth:
            continue  # the list's bullets before this one
        line = ctx.text[prev.cstart : prev.cend].rstrip(" *_")
        return line.endswith(":") and _OPTIONS_RE.search(line) is not None
    return False


_OPTIONS_RE = re.compile(
    r"(?i)\b(?:options?|alternatives?|choices|ideas|suggestions|possibilities|pros|cons|uses"
    r"|examples|questions)\b"
)


@per_parse  # (asked of a bullet again by the list rules: a topic's, a job's, a bracket's)
def under_agenda(ctx: Context, ln: Line) -> bool:
    """A bullet of an agenda ("#6/3 Agenda items", "## Call Agenda", "Agenda" over a rule of
    "="): a topic, not a job. A numbered item's heading ("## AGENDA III: Events") heads
    minutes, not an agenda."""
    head = heading_above(ctx, ln)
    return head is not None and _AGENDA_HEAD_RE.search(ctx.text, head.cstart, head.cend) is not None


def heading_above(ctx: Context, ln: Line, reach: int = 40) -> Line | None:
    """The line heading the list a bullet stands in: the nearest line above it, within
    ``reach``, that is no bullet, blank line, rule under a heading ("=====") or comment to
    whoever fills the list in ("<!-- Add items here -->"); None if there is none."""
    text = ctx.text
    for k in range(ln.index - 1, max(-1, ln.index - reach), -1):
        prev = ctx.lines[k]
        if not (
            prev.blank
            or is_entry_line(ctx, prev)
            or _RULE_RE.fullmatch(text, prev.cstart, prev.cend)
            or _COMMENT_RE.fullmatch(text, prev.cstart, prev.cend)
        ):
            return prev
    return None


# A line under a heading: "=====", "-----".
_RULE_RE = re.compile(r"[=\-_~*]{3,}\s*")
_COMMENT_RE = re.compile(r"<!--.*?-->\s*")
_AGENDA_HEAD_RE = re.compile(r"(?i)\bagenda\b(?!\s*(?:[IVXLC]+|\d+|items?\s*\d+)\s*[:.–—-])")


DASH_GAP_RE = re.compile(r"\s[-–—]\s")
# Capitalised words opening a sentence that are no one's name ("With regard to ...").
NOT_NAMES = frozenset(
    """
    the a an with for as if when on at by from per re regarding following further given all any each
    every some this that these those there here it we they he she you i our their yeah yes
    no ok okay so and but or not also just maybe then is are was were am been has had does did
    could would should might must can may shall
    """.split()  # noqa: SIM905
)


def named_first(ctx: Context, owner: str, *, unknown: bool = True) -> bool:
    """Given names ("Bob", "Luther and Val"): the attendance's, or names that are no
    everyday word ("Fazli", unless not ``unknown``) or are given names ("Bob", "Mark"); never
    a function word ("The precept was set ..."), nor "Will" unless the minutes name a Will
    ("Will circulate the draft": the modal, its subject dropped)."""
    return all(
        o.lower() not in NOT_NAMES
        and (
            o.lower() in ctx.name_tokens
            or o != "Will"
            and (is_name_word(o) or unknown and not is_word(o))
        )
        for o in split_owners(owner)
    )


def over_rule(ctx: Context, ln: Line) -> bool:
    """A title underlined with a rule of "=" or "-" (a setext heading)."""
    nxt = ln.index + 1
    if nxt >= len(ctx.lines) or ctx.lines[nxt].blank:
        return False
    below = ctx.lines[nxt]
    return _RULE_RE.fullmatch(ctx.text, below.cstart, below.cend) is not None


# "install has been too fragile": a subject and its verb, not an imperative.
STATEMENT_RE = re.compile(r"\S+(?:\s+\S+)?\s+(?:has|have|had|is|are|was|were|does|did)\b")


def named_people(ctx: Context, owner: str) -> bool:
    """Owners that are people by name or initials ("Daniel/Peter", "AB & CD", "Ana Mendes"),
    not a word ("Finance") or a role."""
    parts = split_owners(owner)
    return bool(parts) and all(
        _INITIALS_RE.fullmatch(o)
        or o in ctx.initials
        or person_like(ctx, o)
        or o[:1].isupper()
        and all(given_name(w) for w in o.split())
        for o in parts
    )


def noun_use(task: str) -> bool:
    """A task that reads as a noun or an adjective, not a verb: "review of the accounts",
    "update on correspondence", "fine with that", "open to the idea", "back next week"."""
    words = task.lower().split(None, 2)
    if len(words) < 2:
        return False
    first, second = words[0], words[1]
    return (
        second == "of"
        or first in _NOUN_VERBS
        and second in ("on", "from", "for", "re")
        or first in _ADJECTIVE_VERBS
        or first in _ADJECTIVE_OR_VERB
        and second in _PREPOSITIONS
    )


_NOUN_VERBS = frozenset("update report review feedback progress".split())  # noqa: SIM905
_ADJECTIVE_VERBS = frozenset(
    "fine back like well right even still next last better best".split()  # noqa: SIM905
)
_ADJECTIVE_OR_VERB = frozenset("open clear free close present busy".split())  # noqa: SIM905
_PREPOSITIONS = frozenset("to with on about for at of in".split())  # noqa: SIM905
# Labels of minutes' furniture: their "Name: value" lines are no tasks.
LABEL_RE = re.compile(
    r"(?i)(?:minutes?|minute\s+taker|notes?|note\s+taker|date|time|venue|location|place|present"
    r"|attendees|attendance|apologies|absent|in\s+attendance|item|subject|re|agenda|next"
    r"\s+meeting|decision|agreed|resolved|outcome|status|update|summary|background|purpose)"
)


def known_owner(ctx: Context, owner: str) -> bool:
    """Initials the attendance defines, people the minutes name, or everyone ("all")."""
    if owner.lower() in _EVERYONE:
        return True
    parts = split_owners(owner)
    return bool(parts) and all(
        o in ctx.initials
        or o not in JOB_SIZES
        and (person_like(ctx, o) or _lower_known(ctx, o) or HANDLE_RE.fullmatch(o))
        for o in parts
    )


def _lower_known(ctx: Context, owner: str) -> bool:
    """Someone present written in lower case: "(anders)", initials "(rj)", a user name the
    minutes give as someone's ("tnowak" for "@tnowak")."""
    return owner.islower() and (
        owner in ctx.name_tokens
        or len(owner) <= 3
        and owner.upper() in ctx.initials
        or known_handle(ctx, owner)
    )


_EVERYONE = frozenset({"all", "everyone", "everybody", "all members"})
ENUMERATOR_RE = re.compile(r"^(?:\(?(?:\d{1,2}|[A-Za-z])[.)]|\d{1,2}\.\d{1,2}\.?)\s+")
PLEASE_RE = re.compile(r"^(?:[Pp]lease|[Kk]indly)\s+")
_ENTRY_LINE_RE = re.compile(r"\(?(?:\d{1,2}|[A-Za-z])[.)]\s|\d{1,2}\.\d{1,2}\.?\s")


def is_entry_line(ctx: Context, ln: Line) -> bool:
    """A bulleted or numbered line."""
    return _bulleted(ctx.text, ln)


@per_parse  # (asked of a line by several rules)
def _bulleted(text: str, ln: Line) -> bool:
    if marker(text, ln):
        return True  # a bullet glyph before the content
    return _ENTRY_LINE_RE.match(text, ln.cstart, ln.cend) is not None


def is_list_point(ctx: Context, ln: Line) -> bool:
    """A bulleted, numbered or lettered line: "- ...", "2. ...", "(b) ...", "iv) ..."."""
    bullet = marker(ctx.text, ln)
    return bool(bullet) or _POINT_RE.match(ctx.text, ln.cstart, ln.cend) is not None


_POINT_RE = re.compile(r"\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s")


def is_imperative(task: str) -> bool:
    """A task opening with a verb in its base form ("Share the draft", "Please ensure ..."),
    not a title in capitals ("Best Practices", "Home Office") or a word alone."""
    words = _BRACKETS_RE.sub("", PLEASE_RE.sub("", task)).split()
    if len(words) < 2 or not words[0][:1].isalpha() or not is_base_verb(words[0].lower()):
        return False
    second = words[1]
    # Not a title in capitals ("Best Practices") nor a heading ("Budget - Finance"); a name
    # may follow the verb ("Ping Tom about the keys"), and a body's name a verb of getting
    # in touch ("Ask Met Office Science IT", "Contact Highways England").
    return second[:1].isalnum() and not (
        second[:1].isupper()
        and not second.isupper()
        and not (is_name_word(second) or not is_word(second.strip(",.")))
        and words[0].lower() not in _ADDRESSING_VERBS
    )


_ADDRESSING_VERBS = frozenset(
    "ask contact email e-mail chase approach inform tell remind phone notify consult lobby".split()  # noqa: SIM905
)
"""Verbs whose object is whom the task gets in touch with: a name in capitals after them is a
person's or a body's, not a title's words."""


# What follows a verb in the imperative, before its object or as it ("Send the minutes",
# "Chase it up", "Sort out the shed", "Look into costs", "Check with the bank"), and not a
# noun ("Water bills", "Update on the budget" and "Visit to the school" are noun phrases).
VERB_TAKES = frozenset(
    """
    the a an this that these those all any some each every both another other more his her
    their our my your its it them him me us everyone everybody someone somebody anyone
    anybody up out off back round around over down through forward ahead along across away
    together into with
    """.split()  # noqa: SIM905
)
# Prepositions a verb takes that follow a noun as often ("Write to the county", "Report on
# the hall", "Talk about the rota"): only after a word that is no noun.
VERB_PREPOSITIONS = frozenset("to about on in for at from by".split())  # noqa: SIM905
# Any word that may follow a verb before its object.
VERB_OBJECT_WORDS = VERB_TAKES | VERB_PREPOSITIONS
# Words after a first word that make it no verb's: "of" ("Review of fees"), a finite verb.
NOT_AN_OBJECT = frozenset(
    "of is are was were has have had will would should can could may might must be".split()  # noqa: SIM905
)


def verb_phrase_head(task: str, *, after_subject: bool = False, bare_object: bool = True) -> bool:
    """A task headed by an imperative verb phrase, told by grammar, not by a list of jobs'
    verbs: a verb of a task in its base form ("Inform", "Reevaluate", "Push"), then what a
    verb takes: a determiner, a pronoun, a particle or preposition, a name or initials
    ("Remove the old sign", "Push it to the repo", "Chase up Tom", "Email MES staff"); after
    a verb that is no noun or adjective, an object and more ("Inform residents of the
    change"). Not a noun phrase: a first word that is a noun too before a noun ("Water
    bills up on last year", "Project success metrics"), two words alone ("Temp badges"), a
    label closed by a colon ("Zoom details: ..."); nor a clause whose subject is the name
    after the first word ("Ward Cllr Jo Hale gave an update"), a report ("Sent the rota"),
    the meeting's own business ("Approve the minutes") or a word alone. ``after_subject``:
    someone named before it ("Priya talk to Tom") makes the word a verb, and the
    prepositions a verb takes follow it too."""
    words = task.split(None, 8)[:8]
    if len(words) < 2 or any(w.endswith(":") for w in words[:3]):
        return False  # (a label: "Zoom details: [link]")
    verb = words[0].lower()
    if verb.startswith("re-"):  # "Re-check the quotes"
        verb = verb[3:]
    if not verb.isalpha() or not is_task_verb(verb):
        return False
    if words[0][:1].isupper() and is_name_word(words[0]):
        return False  # "Mark the calendar", "Bob Tate": a given name may head it, not a verb
    if len(verb) > 1 and words[0].isupper() and not task.isupper():
        return False  # "NAB correspondence, ...": an acronym, not a verb in capitals
    after = words[1].strip(",.;()\"'")
    low = after.lower()
    if low in VERB_TAKES or after_subject and low in VERB_PREPOSITIONS:
        return True
    if not after or low in NOT_AN_OBJECT:
        return False
    if after[:1].isupper():
        # a name or initials ("Ask Priya", "Email MES staff"); not an everyday word in
        # capitals, as a title or a noun phrase writes them ("Water Board", "Book Club"),
        # nor the subject of the verb after it ("Ward Cllr Jo Hale gave ...", "Noise Night
        # happening on Friday")
        run_end = next((k for k in range(1, len(words)) if not words[k][:1].isupper()), 0)
        return (
            _NAME_WORD_RE.fullmatch(after) is not None
            and len(after) > 1  # "Clerk T Whitlow": an initial of a name
            and (after.isupper() or not is_word(low))
            and not (run_end and _inflected(words[run_end]) and not is_plural_noun(words[run_end]))
        )
    if is_noun(verb) or is_adjective(verb):
        # "Water bills", "Press release", "Open day plans", "Room 2": a noun phrase; an
        # adjective that is no noun may open the object ("Order new chairs")
        return is_adjective(low) and not is_noun(low) and verb_base(low) is None
    if low in VERB_PREPOSITIONS:
        return True  # "Write to the county"
    head = _OWNER_TAIL_RE.split(task, 1)[0].split()  # ("Temp badges - Okafor": two words)
    return bare_object and len(head) >= 3 and (verb_base(low) in (None, low) or is_noun(low))


# Where an owner may follow the words of a task: a dash or a bracket.
_OWNER_TAIL_RE = re.compile(r"\s[-–—]\s|\s?[(\[]")
_NAME_WORD_RE = re.compile(r"[A-Z][^*_]*")  # (not "**Double Parkin**g")


def _inflected(word: str) -> bool:
    """A verb's form other than its base ("happening", "was", "booked")."""
    w = word.lower()
    return verb_base(w) not in (None, w)


@per_parse  # (asked again of the same owner by the note and list rules)
def entry_owner(ctx: Context, owner: str) -> bool:
    """The owner of an entry: initials, a person, role or body, a name that is no everyday
    word ("Arushi", "Mark"), "all", "everyone", "All speakers", "Subsection owners"."""
    parts = split_owners(owner)
    if not parts or len(owner) > 40:
        return False
    if HANDLES_RE.fullmatch(owner):
        return True  # "@oli @rhea", "@Johann D"
    for o in parts:
        words = o.split()
        if o.lower() in NOT_OWNERS or topic_label(o):
            return False  # "We: start stocking coffee pods", "Ongoing: ...", "Hall redesign: ..."
        if o in ctx.initials or owner_like(ctx, o) or _INITIALS_RE.fullmatch(o):
            continue
        if _lower_known(ctx, o):
            continue
        if words[0].lower() in ("all", "everyone", "everybody"):
            continue
        if len(words) <= 2 and words[-1].lower() in ("owners", "leads", "members", "volunteers"):
            continue
        if len(words) <= 2 and all(
            w[:1].isupper() and (not is_word(w) or is_name_word(w)) for w in words
        ):
            continue
        return False
    return True


_INITIALS_RE = re.compile(r"[A-Z]{2,4}")
# A date in a cell of its own: "March 2027", "12 Mar", "31/03/27", "ASAP", "Next meeting".
DATE_CELL = (
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?"
    r"|(?i:asap|next\s+meeting|ongoing|immediately)"
)
# The capital letters a name may open with: Latin, with accents ("Çağıl", "Łukasz", "Ümit").
CAPITAL = "A-ZÀ-ÖØ-ÞĀ-Ž"
# A user's handle, with the initial of a surname some tools add ("@tim", "@Johann D"); a list
# of them ("@oli @rhea", "@ana, @ben").
_HANDLE = r"@[\w-]{1,39}(?:\s[A-Z](?![\w@]))?"
HANDLE_RE = re.compile(_HANDLE)
HANDLES_RE = re.compile(rf"{_HANDLE}(?:\s*(?:,|&|\band\b)?\s*{_HANDLE})*")
_BRACKETS_RE = re.compile(r"\([^()]*\)")
DONE_RE = re.compile(r"(?i)(?=[-–—(dc])(?:[-–—(]\s*|\b)(?:done|completed?)\s*(?:[-–—).]|$)")
