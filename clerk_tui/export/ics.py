"""iCalendar (RFC 5545): each dated outstanding action and follow-up as an all-day event.

Opens in Outlook, Google Calendar and Apple Calendar. Text is escaped (backslash, ';', ',',
newlines) and lines are folded at 75 octets without splitting a character; lines end CRLF.
UIDs are stable per committee and reference, so importing a newer file updates the events.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from clerk_tui.core.refs import PROVISIONAL_MARK
from clerk_tui.core.status import rag_label
from clerk_tui.export.table import long_date
from clerk_tui.store.sheet import Sheet, SheetAction, SheetFollowUp

PRODID = "-//clerk-tui//Action log//EN"
LINE_OCTETS = 75


def write(sheet: Sheet, path: Path) -> None:
    path.write_bytes(render(sheet).encode("utf-8"))


def render(sheet: Sheet) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape(sheet.committee + ': actions due')}",
    ]
    stamp = f"{sheet.export_date:%Y%m%d}T000000Z"
    for action in sheet.outstanding:
        if action.due:
            key = f"action-{action.ref.rstrip(PROVISIONAL_MARK)}"  # the same once confirmed
            lines += _event(sheet, stamp, key, action.due, *_action(action))
    for follow_up in sheet.follow_ups:
        if follow_up.due:
            lines += _event(
                sheet, stamp, f"follow-up-{follow_up.ref}", follow_up.due, *_follow_up(follow_up)
            )
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def _action(action: SheetAction) -> tuple[str, str]:
    summary = f"Action {action.ref}: {action.text}"
    if action.owner:
        summary += f" ({action.owner})"
    details = [f"Owner: {action.owner or 'not named'}", f"Status: {action.status}"]
    if action.rag:
        details.append(f"RAG: {rag_label(action.rag)}")
    if action.original_due:
        details.append(f"Originally due: {long_date(action.original_due)}")
    if action.meeting_date:
        details.append(f"Agreed at the meeting of {long_date(action.meeting_date)}")
    if action.item:
        details.append(f"Item: {action.item}")
    if action.update:
        details.append(f"Last update: {action.update}")
    return summary, "\n".join(details)


def _follow_up(follow_up: SheetFollowUp) -> tuple[str, str]:
    details = [f"Status: {follow_up.status}"]
    if follow_up.when_text:
        details.append(f"As minuted: {follow_up.when_text}")
    if follow_up.meeting_date:
        details.append(f"From the meeting of {long_date(follow_up.meeting_date)}")
    return f"Due back: {follow_up.text}", "\n".join(details)


def _event(
    sheet: Sheet, stamp: str, key: str, due: date, summary: str, description: str
) -> list[str]:
    slug = "".join(c if c.isalnum() else "-" for c in sheet.committee.lower()).strip("-")
    return [
        "BEGIN:VEVENT",
        f"UID:{key}-{slug}@clerk-tui",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{due:%Y%m%d}",
        f"DTEND;VALUE=DATE:{due + timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{escape(summary)}",
        f"DESCRIPTION:{escape(description)}",
        f"CATEGORIES:{escape(sheet.committee)}",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]


def escape(text: str) -> str:
    """A TEXT value: backslash, semicolon and comma escaped, line breaks as \\n."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return "".join(c for c in text if c >= " " or c == "\t")


def fold(line: str) -> str:
    """Split a content line into pieces of at most 75 octets, continued with CRLF + space."""
    pieces, current, size = [], "", 0
    limit = LINE_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            current, size, limit = "", 0, LINE_OCTETS - 1  # the leading space counts
        current += char
        size += width
    pieces.append(current)
    return "\r\n ".join(pieces)
