"""What every prose rule shares: the (owner, task) it finds, running one safely, and the
fragments of grammar several rules read (adverbs, a heading's separator, what may lead a
clause, a participle)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..context import Context

# Each prose rule's pattern opens with a look-ahead on its first letters: the regex engine
# then skips straight to the places a match can start (a large share of the parse time).

# What a prose rule finds in a sentence: (owner, task), or None. An owner of None is an
# action the minutes give no one ("a reply would be sent to the residents").
Found = tuple[str | None, str] | None
# Up to two adverbs between a cue and its verb ("will again inspect", "to also ask", "will
# in turn write", "will herself ring").
ADVERBS = (
    r"(?:(?:then|also|now|again|first|next|soon|both|together|jointly|still|further"
    r"|once\s+more|in\s+(?:turn|due\s+course|future|the\s+meantime)|between\s+them"
    r"|(?:him|her|them)sel(?:f|ves)"
    r"|(?!(?:apply|supply|reply|rely|comply|multiply|rally|tally|bully|ally|fly)\b)[a-z]{3,}ly)"
    r"\s+){0,2}"
)
# Initials, one set or several, run together or dotted ("JS", "AB/CD", "J.S.").
_ONE_INITIALS = r"(?:[A-Z]{2,4}|(?:[A-Z]\.){2,4})"
INITIALS_RE = re.compile(rf"{_ONE_INITIALS}(?:\s*(?:/|,|&|and)\s*{_ONE_INITIALS})*")
# "add X to the work programme": what the meeting plans for itself, not a task.
# A meeting at which the task is done: the meeting's business ("at the AGM", "at the next
# meeting", "on the agenda").
AT_MEETING_RE = re.compile(
    r"(?i)\b(?:at|to|for|on)\s+(?:the|a|an|our|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|AGM|EGM|agenda)\b"
)
OWN_AGENDA_RE = re.compile(
    r"(?:add|include|place|schedule|put)\b[^.;]{0,80}?\b(?:on|to|in)\s+(?:the|its)\s+"
    r"(?:work\s*programme|forward\s+plan|agenda)"
)
# A resolution's or agreement's head before its that-clause: "RESOLVED – that", "agreed that",
# "requested that" (not a report: "noted that", "advised that"); or before an infinitive that
# a second clause "and that ..." goes on ("The Board agreed to note the report and that ...").
RESOLUTION_THAT_RE = re.compile(
    r"(?i)\b(?:agreed|resolved|decided|requested)\b[\s:–—-]*that\b|\b(?:agreed|resolved|decided)\s+to\b"
)
# "4) Skip day – Brenda to book ...", "Trees: Clerk to write ...", "Any other business;Chairs
# to be stored ..." (a semicolon typed on to the next word): a short heading, then a
# separator, then the "X to VERB" clause.
HEADING_SEP_RE = re.compile(r"^[^.;:–—]{1,80}?(?:(?::|\s[–—-]|[–—])\s+|;(?=[A-Z]))")
# What may come before a clause's agent at the start of a sentence: bullets, numbers, a
# row's reference.
LEAD_RE = re.compile(r"[\W\d]*(?:[A-Z]{0,6}\d[\w/.-]*\s*)?")
# A participle after "to be" ("to be advised", "to be sent").
PASSIVE_RE = re.compile(
    r"\s+(?:[a-z]+-)?(?:[a-z]+ed|[a-z]+en|sent|told|made|put|set|paid|kept|held|cut|done|built|bought"
    r"|brought|sought|spent|found|shown|drawn|mown|sown|thrown|swept|sold|dealt)\b"
)
# The participle after "be" in a passive, one with a prefix too: "be sent", "be re-sent",
# "be co-opted".
PARTICIPLE = r"(?P<part>(?:[a-z]+-)?[a-z]+)\b"
# "..., and" or "but" ending what goes before a clause that goes on with the same subject.
AND_END_RE = re.compile(r"(?:^|[\s,])(?:and|but)$")
# A phrase of time set before a clause's subject, with or without a comma: "In the meantime",
# "On Friday", "After the meeting", "To whoever takes the seat," (any phrase with a comma).
FRONTED = (
    r"(?:(?:In|On|At|After|Before|During|Until|Over|Within|By)\s+(?:the\s+)?"
    r"(?:meantime|interim|meanwhile|[A-Z][a-z]+|(?:next|last|coming)\s+[a-z]+)\b,?\s+"
    r"|[A-Z][^,;.:!?]{2,80},\s+)"
)
# A noun, then "for" and names, ending the text: "paperwork for the Clerk and Cllr Dunn".
_FOR_NAMES_END_RE = re.compile(
    r"\b(?P<w>[A-Za-z]+)\s+for\s+(?:(?:[A-Z][\w’'.-]*|and|&|the)[,\s]+)*$"
)


def names_for_purpose(before: str) -> bool:
    """Whether names just before a "to" are governed by "for" after a noun: "paperwork for
    the Clerk and Cllr Dunn to sign" is what they are to sign, not their task (unlike "agreed
    for Noel to amend", "and for Noel to amend")."""
    m = _FOR_NAMES_END_RE.search(before)
    w = m.group("w").lower() if m else "ed"
    return not w.endswith("ed") and w not in ("and", "or", "but", "is", "was", "were", "are", "it")


# A prose rule: the parse, a sentence (or clause) and the one before it.
Rule = Callable[[Context, str, str], Found]


def try_rule(ctx: Context, rule: Rule, st: str, prev: str) -> Found:
    """One rule on one sentence; a rule that raises is reported, and finds nothing."""
    try:
        return rule(ctx, st, prev)
    except Exception as exc:
        ctx.faults.failed(rule, exc)
        return None
