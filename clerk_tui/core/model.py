"""The data classes the parser returns, and their JSON form (see shared/contract/parse-json.md).

Every entry carries `start` and `end`: character offsets into the minutes text, so
`text[start:end]` is the passage it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass
class Meeting:
    committee: str | None = None
    date: date | None = None
    title: str | None = None


@dataclass
class Item:
    number: str | None
    title: str
    start: int
    end: int
    exempt: bool = False


@dataclass
class Decision:
    text: str
    item: int | None
    start: int
    end: int


@dataclass
class Action:
    text: str
    owner: str | None
    due: date | None
    due_text: str | None
    item: int | None
    start: int
    end: int
    owners: list[str] = field(default_factory=list)
    """Each owner when the text names several ("Carole Burgoyne and Ross Jago", "MW/YO")."""


@dataclass
class FollowUp:
    text: str
    when: str | None
    due: date | None
    item: int | None
    start: int
    end: int
    committee: str | None = None
    """The body it must come back to, when the text names one."""


@dataclass
class Person:
    name: str | None
    role: str | None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    initials: str | None = None
    """Initials the attendance list defines for this person ("Dr Avi Bhatia (AB)")."""
    attendance: str | None = None
    """The attendance list that names them: "present", "apologies", "in attendance" or
    "absent" (None: named only in the text)."""


@dataclass
class ParsedMinutes:
    meeting: Meeting = field(default_factory=Meeting)
    items: list[Item] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    follow_ups: list[FollowUp] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    faults: list[str] = field(default_factory=list)
    """One line per parser rule that failed (its findings are missing; see the log)."""

    def to_json(self) -> dict[str, Any]:
        """The object `clerk parse --json` prints."""
        return {
            "meeting": {
                "committee": self.meeting.committee,
                "date": _iso(self.meeting.date),
                "title": self.meeting.title,
            },
            "items": [
                {
                    "number": i.number,
                    "title": i.title,
                    "start": i.start,
                    "end": i.end,
                    "exempt": i.exempt,
                }
                for i in self.items
            ],
            "decisions": [
                {"text": d.text, "item": d.item, "start": d.start, "end": d.end}
                for d in self.decisions
            ],
            "actions": [
                {
                    "text": a.text,
                    "owner": a.owner,
                    "owners": a.owners,
                    "due": _iso(a.due),
                    "due_text": a.due_text,
                    "item": a.item,
                    "start": a.start,
                    "end": a.end,
                }
                for a in self.actions
            ],
            "follow_ups": [
                {
                    "text": f.text,
                    "when": f.when,
                    "due": _iso(f.due),
                    "committee": f.committee,
                    "item": f.item,
                    "start": f.start,
                    "end": f.end,
                }
                for f in self.follow_ups
            ],
            "people": [
                {
                    "name": p.name,
                    "role": p.role,
                    "initials": p.initials,
                    "attendance": p.attendance,
                    "mentions": [list(m) for m in p.mentions],
                }
                for p in self.people
            ],
            "faults": list(self.faults),
        }


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
