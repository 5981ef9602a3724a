"""Follow-ups: what must come back to a later meeting or go to another body ("come back to
the Board in March", "a further report to a future meeting", "added to the work programme")."""

from __future__ import annotations

import calendar
import re

from ..dates import resolve_due
from ..model import FollowUp
from .context import Context, due_after, item_at, sentences_of_line

_MONTHS_LOWER = tuple(m.lower() for m in calendar.month_name if m)
_MONTHS_LOW = "(?:" + "|".join(_MONTHS_LOWER) + ")"
# A meeting named by its month is in the past as often as the future: such a follow-up
# needs words that look forward.
_MONTH_WORD_RE = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\s+"
)
_MONTH_MEETING_RE = re.compile(_MONTHS_LOW + r"\s+meeting|meeting\s+(?:in|on)\s")
_FORWARD_RE = re.compile(
    r"\b(?:will|would|shall|should|could|be|asked|requested|request|agreed"
    r"|to\s+(?:receive|consider|report|bring|present|submit|return|come|take|provide|give))\b"
    r"|^\W*(?:receive|consider)\b"  # a "RESOLVED to:" bullet
    r"|\b(?:recommended|asked)\s+that\b"
)
_FOLLOW_RES = [
    re.compile(
        r"\b(?:come|coming|comes|brought|bring|bringing|report|reporting|feed|feeding|return|returning)\s+back\b"
    ),
    re.compile(
        r"\b(?:an?|further|the|another)\s+(?:\w+\s+){0,3}?(?:item|report|update|paper|presentation|briefing|progress report)s?\b"  # noqa: E501
        r"[^.;]{0,160}?\b(?:future|next|forthcoming|subsequent|following|later|"
        + _MONTHS_LOW
        + r")\s+(?:meeting|agenda)"  # noqa: E501
    ),
    re.compile(
        r"\b(?:deferred|brought|referred|carried forward)\s+to\s+(?:a|the)\s+(?:next|future|forthcoming)\s+meeting"  # noqa: E501
    ),
    re.compile(r"\b(?:a|the|further)\s+report\s+to\s+(?:the\s+)?[A-Z]"),
    re.compile(r"\bfor\s+consideration\s+by\s+the\s+[A-Z]"),
    re.compile(
        r"\brecommended\s+to\s+the\s+[A-Z][^.;]{0,80}?\bfor\s+(?:approval|adoption|decision)"
    ),
    re.compile(
        r"\b(?:take|taken|go|goes|going|submit|submitted|present|presented|refer|referred)\s+(?:it\s+)?to\s+the\s+"
        r"(?:AGM|Annual General Meeting|(?:[A-Z][\w&-]*\s+){1,5}meeting)"
    ),
    re.compile(
        r"\b(?:shared|reported|presented|brought|considered|discussed|circulated|tabled|given|heard)\s+"
        r"(?:back\s+)?(?:at|to)\s+(?:a|the)\s+(?:next|future|forthcoming|following)\s+meeting"
    ),
    re.compile(
        r"(?<!\bthe\s)(?<!\ba\s)(?<!\bthis\s)(?<!\bits\s)\b(?:bring|present|submit|report|take|return|be\s+brought|be\s+presented|be\s+submitted"
        r"|be\s+reported|be\s+taken|be\s+given|be\s+provided|come)\s+(?:[\w’'-]+,?\s+){0,8}?to\s+(?:the\s+|a\s+)?"
        r"(?:Cabinet|Board|Committee|Panel|Council|Executive|(?<=the\s)(?:board|committee|panel)|(?:[A-Z][\w’'&-]*\s+){1,6}(?:Board|Committee|Panel|Council|Group|Partnership|Forum)"
        r"|(?:[A-Z][\w’'&-]*\s+){1,3}meeting)\b"
        # "report the defects to the County Council highways department": not its meeting
        r"(?!\s+(?:[a-z]+\s+){0,2}(?:department|team|service|officers?|directorate)\b)"
    ),
    re.compile(
        r"\b(?:added|add|included|include|placed|scheduled)\s+(?:\w+\s+){0,6}?(?:on|to|in)\s+(?:the|its|their)\s+(?:work\s*programme|forward\s+plan|agenda\s+for)"
    ),
    # "The Board would receive the final plan at its meeting on 12 March 2025."
    re.compile(
        r"\b(?:receive|consider|reconsider|see|discuss|scrutinise|scrutinize|be\s+(?:provided|given|presented"
        r"|brought|submitted|considered|received|shared|tabled|reported|circulated|discussed))\b"
        r"[^.;]{0,120}?\b(?:at|to|for)\s+(?:its|the|their)\s+(?:(?:next|future|forthcoming|(?:spring|summer|autumn)\s+term|"
        + _MONTHS_LOW
        + r")\s+meeting|meeting\s+(?:in|on)\s+(?:the\s+)?(?:\d|"
        + _MONTHS_LOW
        + r"))"
    ),
    # "Members asked that the Cabinet Member for Finance attend the February meeting"
    re.compile(
        r"\battend\s+(?:the|its|a)\s+(?:next|future|forthcoming|" + _MONTHS_LOW + r")\s+meeting\b"
    ),
]
_FOLLOW_LOWER = frozenset({1, 2, 9, 10, 11})
_WORK_PROGRAMME_RULE = 9
# The year a work programme entry is for: "to its work programme for 2025-26".
_PROGRAMME_YEAR_RE = re.compile(r"\s+for\s+(?P<year>20\d\d\s*[/–-]\s*(?:20)?\d\d)\b")
# Words one of which each follow-up rule needs (in the lower-cased sentence): a rule runs
# only when its sentence has one, which keeps the costly rules off most sentences.
_FOLLOW_NEEDS: list[frozenset[str]] = [
    frozenset(words)
    for words in (
        ("back",),
        ("meeting", "agenda"),
        ("meeting",),
        ("report",),
        ("consideration",),
        ("recommended",),
        ("meeting", "agm"),
        ("meeting",),
        (
            "cabinet",
            "board",
            "committee",
            "panel",
            "council",
            "executive",
            "group",
            "partnership",
            "forum",
            "meeting",
        ),
        ("programme", "forward", "agenda"),
        ("meeting",),
        ("meeting",),
    )
]
# A second word some rules also need: the verb that sends a report to a body, or the
# meeting a further item goes to.
_FOLLOW_ALSO_NEEDS: dict[int, tuple[str, ...]] = {
    1: ("future", "next", "forthcoming", "subsequent", "following", "later", *_MONTHS_LOWER),
    8: (
        "bring",
        "present",
        "submit",
        "report",
        "take",
        "return",
        "brought",
        "come",
        "given",
        "provided",
    ),
}
_FOLLOW_KEY_RE = re.compile("|".join(sorted({w for ws in _FOLLOW_NEEDS for w in ws})))
_PAST_FOLLOW_RE = re.compile(
    r"\b(?:came|reported|returned|fed)\s+back\b|\bhad\s+(?:come|been\s+brought|reported)\b"
)
_WHEN_RE = re.compile(
    r"(?i)\b(?:a|the)\s+(?:future|next|forthcoming|subsequent|following)\s+meeting\b"
    r"|\bthe\s+AGM\s+on\s+[^.;,]{3,25}|\bits\s+meeting\s+on\s+(?:the\s+)?\d{1,2}\w*\s+\w+\s+\d{4}"
    r"|\bits\s+meeting\s+in\s+(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)(?:\s+\d{4})?"
    r"|\b(?:its|the)\s+(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|(?:spring|summer|autumn)\s+term)\s+(?:meeting|Board|Committee|Cabinet|Panel)\b"
)
_COMMITTEE_RE = re.compile(
    r"\b(?:to|by|at)\s+(?:the\s+)?(?P<body>(?:[A-Z][\w&'’-]*\s+(?:and\s+|&\s+|of\s+(?:the\s+)?)?){0,6}"
    r"(?:Board|Committee|Cabinet|Council|Panel|Partnership|Group|Forum|Assembly|Commission|AGM))\b"
)


def find_follow_ups(ctx: Context) -> list[FollowUp]:
    """Every sentence saying something must come back to a later meeting or go to
    another body (see ``_FOLLOW_RES``), with when and to which body."""
    out: list[FollowUp] = []
    for ln in ctx.lines:
        if ln.blank or ln.cend - ln.cstart > 200_000:
            continue
        for s_start, s_end, st, low in sentences_of_line(ctx, ln):
            if len(st) > 3000:
                continue
            keys = set(_FOLLOW_KEY_RE.findall(low))
            if not keys:
                continue
            hit = None
            for k, rx in enumerate(_FOLLOW_RES):
                if keys.isdisjoint(_FOLLOW_NEEDS[k]):
                    continue
                also = _FOLLOW_ALSO_NEEDS.get(k)
                if also is not None and not any(w in low for w in also):
                    continue
                # Case-insensitive rules run on the lower-cased copy (a cheap test).
                hit = rx.search(low) if k in _FOLLOW_LOWER else rx.search(st)
                if hit:
                    break
            if not hit:
                continue
            if _MONTH_MEETING_RE.search(low, hit.start(), hit.end()) and not _FORWARD_RE.search(
                low
            ):
                continue  # "a report was presented at the July meeting"
            if _PAST_FOLLOW_RE.search(st) and not re.search(r"\b(?:will|would|could|to)\b", st):
                continue
            if re.match(r"(?i)\s*to\s+(?:receive|note|consider)\b", st):
                continue  # agenda text ("To receive a report ...") is not a follow-up
            wm = _WHEN_RE.search(st)
            due_text, due = due_after(ctx, st, hit.start())
            when = due_text
            if wm and (when is None or "meeting" in wm.group(0)):
                when = wm.group(0)
                d2 = resolve_due(
                    when,
                    ctx.meeting_date,
                    next_meeting=ctx.next_meeting,
                    named_meetings=ctx.named_meetings,
                )
                due = d2 or due
            if when is None and k == _WORK_PROGRAMME_RULE:
                ym = _PROGRAMME_YEAR_RE.match(st, hit.end())
                if ym:  # "to its work programme for 2025-26"
                    when = ym.group("year")
                    due = resolve_due(when, ctx.meeting_date)
            cm = _COMMITTEE_RE.search(st)
            # "the February Board": the body, not its month.
            committee = _MONTH_WORD_RE.sub("", cm.group("body")).strip() if cm else None
            out.append(
                FollowUp(
                    " ".join(st.split()),
                    when,
                    due,
                    item_at(ctx, s_start),
                    s_start,
                    s_end,
                    committee,
                )
            )
    return out
