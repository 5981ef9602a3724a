"""Things to be done, each tagged with the initials of who does it, in one passive: "New
bins (KS) and a light (ARP) will be installed soon" (two tasks: KS's and ARP's), "The
hedge (BT) is to be cut in March", "Posters (KS) to be put up in the village"."""

from __future__ import annotations

import re

from ...model import Action
from ..context import Context, Spans, sentences_of_line
from .common import make_action
from .grammar import PARTICIPLE
from .later_passives import DESCRIBING, not_a_task, participle_of
from .lexicon import is_base_verb
from .passives import active

_TAG = r"\(\s*[A-Z]{2,4}(?:\s*[/,&]\s*[A-Z]{2,4}){0,2}\s*\)"
# A thing and the tag of its doer: "new bins (KS)", "the hedge by the church (BT)".
_THING_TAG = (
    r"(?:(?:[Tt]he|[Aa]n?|[Nn]ew|[Tt]wo|[Tt]hree|[Ss]ome|[Ff]urther)\s+)?"
    r"[A-Za-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,4}\s*" + _TAG
)
# Things and their tags, joined by commas or "and", opening a clause (after bullets, a
# number or a heading's colon), then the passive: "will be", "is to be", "to be".
_TAGGED_PASSIVE_RE = re.compile(
    r"(?:^|(?<=[:;–—-]\s)|(?<=[:;]))[\W\d]*?"
    rf"(?P<things>{_THING_TAG}(?:(?:\s*,\s*|\s+(?:and|&)\s+|\s*,\s*and\s+){_THING_TAG}){{0,4}})"
    r"\s+(?:will|would|(?:is|are)\s+to|to)\s+(?:then\s+|also\s+|now\s+|soon\s+)?be\s+"
    rf"{PARTICIPLE}(?P<rest>[^.;!?]*)"
)
_ONE_RE = re.compile(
    r"(?P<np>(?:(?:[Tt]he|[Aa]n?|[Nn]ew|[Tt]wo|[Tt]hree|[Ss]ome|[Ff]urther)\s+)?"
    r"[A-Za-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,4}?)\s*\(\s*(?P<who>[^()]+?)\s*\)"
)
_WHO_SPLIT_RE = re.compile(r"\s*[/,&]\s*")
_JOIN_RE = re.compile(r"^(?:and|&)\s+")


def tagged_passive_actions(ctx: Context, actions: list[Action], claimed: Spans) -> None:
    """One task for each thing tagged with initials of someone present, in one passive: "New
    bins (KS) and a light (ARP) will be installed soon" -> "Install new bins soon" (KS),
    "Install a light soon" (ARP). Each task's passage is the whole clause. Not initials
    no one at the meeting goes by ("(NB)", "(PTO)"), nor what is said of a thing ("is to
    be welcomed"), a condition, or what is brought to a meeting."""
    text = ctx.text
    for ln in ctx.lines:
        if ln.blank or text.find("(", ln.cstart, ln.cend) < 0:
            continue  # (a cheap test first)
        for s, e, st, _low in sentences_of_line(ctx, ln):
            if "(" not in st or claimed.overlaps(s, e):
                continue
            for m in _TAGGED_PASSIVE_RE.finditer(st):
                base = participle_of(m.group("part"))
                if base is None or base in DESCRIBING or not_a_task(m.group("rest"), base):
                    continue
                things = [
                    (_JOIN_RE.sub("", t.group("np").strip(" ,")), t.group("who"))
                    for t in _ONE_RE.finditer(m.group("things"))
                ]
                if not things or not all(
                    w in ctx.initials for _, who in things for w in _WHO_SPLIT_RE.split(who)
                ):
                    continue
                start, end = s + m.start("things"), s + m.end()
                if base.endswith("l") and not base.endswith("ll") and is_base_verb(base + "l"):
                    base += "l"  # "installed": install (the table gives "instal" too)
                for np, who in things:
                    if np[1:2].islower():
                        np = np[0].lower() + np[1:]  # "New bins" -> "Install new bins"
                    task = active(base, np, m.group("rest").rstrip(" .")) + "."
                    actions.append(make_action(ctx, task, who, start, end))
                claimed.add(start, end)
