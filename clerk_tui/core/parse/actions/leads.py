"""Someone taking the lead on a piece of work, or its ownership, in a word for the role
rather than a verb of the task: "Tom will be the lead for the trough project", "Priya is
leading the development of the tenancy agreement", "Alan undertook the drafting of the plot
map". (Taking the lead or responsibility with "take": :func:`.agreements.volunteered_for`.)"""

from __future__ import annotations

import re

from ..context import Context
from .clauses import opens_clause
from .grammar import Found
from .named_notes import HABIT_OR_PAST_RE
from .owners import body_like, commits_as_one, given_name, owner_before, person_like, role_like


def lead_role(ctx: Context, st: str, prev: str) -> Found:
    """A person to be the lead, owner or contact for a piece of work, or leading it now:
    "Tom Reed will be the lead for the trough project" -> "Lead the trough project", "TR to
    be the owner of the grant bid" -> "Own the grant bid", "Sam agreed to be the point of
    contact for the hall" -> "Be the point of contact for the hall", "Priya is leading on the
    water supply" -> "Lead on the water supply", "Alan undertook the drafting of the plot
    map" (the promise of "undertook", as in "undertook to draft"). A standing role is no
    task: "Alan is the lead member for planning", "The Chair leads the group", "Tom is
    leading the team" (a body led, not work)."""
    for m in _LEAD_RE.finditer(st):
        ob = owner_before(st, m.start())
        if ob is None or not opens_clause(st, ob[1]):
            continue
        owner = ob[0]
        if not (commits_as_one(ctx, owner) or given_name(owner)):
            continue  # "The Council is leading the bid": its programme
        obj = _AND_STATE_RE.split(st[m.start("obj") :], 1)[0]
        if HABIT_OR_PAST_RE.search(obj):
            continue  # "undertook the organisation of the fete last year": what was done
        if m.group("led"):
            head = _OF_RE.split(obj, 1)[0]
            if body_like(head) or _MEETING_WORK_RE.match(head) or _POINTER_RE.fullmatch(obj):
                continue  # "is leading the team", "this item", "this": a role, the meeting, a
                # status said of what the item is about (its task is minuted where it is set)
            return owner, "Lead " + ("on " if m.group("on") else "") + obj
        if m.group("work") is not None:
            return owner, "Undertake " + obj
        role = m.group("role").lower()
        if role.startswith("lead"):
            return owner, "Lead " + ("on " if m.group("prep") == "on" else "") + obj
        if role.startswith("owner"):
            return owner, "Own " + obj
        return owner, "Be the " + st[m.start("role") :]
    return None


_LEAD_RE = re.compile(
    r"(?=[wstaoviuhb])\b(?:"
    # to be the lead: "will be the lead for", "to be the owner of", "agreed to act as the
    # point of contact for"; or appointed one: "was appointed as the lead for"
    r"(?:(?:will|would|shall|(?:is|are)\s+to|to|(?:(?:has|have)\s+)?(?:agreed|offered|volunteered)"
    r"\s+to|(?:is|are)\s+going\s+to)\s+(?:also\s+|now\s+)?(?:be|become|act\s+as)"
    r"|(?:was|were|has\s+been|have\s+been)\s+(?:appointed|nominated|named|chosen)(?:\s+as)?)"
    r"\s+(?:(?:the\s+|a\s+|an\s+)?[A-Za-z]+['’]s\s+|the\s+|a\s+|an\s+)?"  # "the council's"
    r"(?:overall\s+|joint\s+|named\s+|main\s+|new\s+)?"
    r"(?P<role>lead|owner|point\s+of\s+contact|co-?ordinator|champion)"
    r"(?:\s+(?:officer|person|contact|member|author)s?)?\s+(?P<prep>for|on|of)"
    # leading it now: "is leading the development of", "are leading on"
    r"|(?P<led>(?:is|are)\s+(?:currently\s+|now\s+|also\s+|still\s+)?leading)(?P<on>\s+on)?"
    # the promise of "undertook": "undertook the development of", "undertook a review of"
    r"|(?:undertook|undertakes)(?P<work>)"
    r"(?=\s+(?:the|a|an)\s+[a-z]+(?:ment|tion|sion|ing|al|ew|sis)\s+of\s)"
    r")\s+(?P<obj>(?:the|a|an|this|that|these|our|their|his|her|its|work|[a-z]+ing)\b|[A-Z])"
)


def lead_named(ctx: Context, clause: str) -> tuple[str, str] | None:
    """The person a clause names as the lead of the work it sets up, which gives it no one
    else: "A working group will be set up to review the charges, with Cllr Hale as lead" ->
    ("Cllr Hale", ", with Cllr Hale as lead"); (owner, the words naming them), or None."""
    m = _AS_LEAD_RE.search(clause)
    if m is None:
        return None
    who = m.group("who")
    if not (person_like(ctx, who) or role_like(who) and not body_like(who)):
        return None
    return who, m.group(0)


# "with Cllr Hale as lead", "with the Clerk as the owner".
_AS_LEAD_RE = re.compile(
    r",?\s+with\s+(?P<who>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+as\s+"
    r"(?:the\s+)?(?:overall\s+|joint\s+)?(?:lead|owner|co-?ordinator|point\s+of\s+contact)\b"
)
# A state said of the work after its lead: "EM is leading this and is a raffle ...".
_AND_STATE_RE = re.compile(
    r",?\s+and\s+(?=(?:is|are|was|were|has|have|had)\b|[a-z]+ed\b)"  # "... and thanked them"
)
_POINTER_RE = re.compile(r"(?:this|that|it|these|those)\W*")
_OF_RE = re.compile(r"\s+(?:of|for|on)\s+")
# The meeting's own business, led there and then: "is leading this item", "the discussion".
_MEETING_WORK_RE = re.compile(
    r"(?:the|this|that|a|an|our|today['’]s)?\s*(?:[a-z]+\s+)?"
    r"(?:meeting|discussion|item|session|call|agenda|debate|presentation)s?\b"
)
