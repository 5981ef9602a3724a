"""Chasers: before a meeting, one message per owner listing their open actions.

Each owner gets a standard `.eml` file (To: their email from the directory when known, else
blank; From: the clerk, as their settings say; opens in Outlook as a draft ready to send,
thanks to `X-Unsent: 1`) and the same text as Markdown. The greeting suits the recipient
(`core.salutation`) and the message is signed with the clerk's details. The actions come
from the committee's action log (`store.sheet.build_sheet`), so statuses, revised dates
and exempt (Part II) filtering match every other export.
"""

from __future__ import annotations

import email.policy
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from email.message import EmailMessage
from email.utils import formataddr
from pathlib import Path
from typing import TYPE_CHECKING

from clerk_tui.core.refs import PROVISIONAL_LEGEND, any_provisional, span
from clerk_tui.core.salutation import greeting
from clerk_tui.export import ExportError, slug
from clerk_tui.export.table import long_date
from clerk_tui.store.chasers import Recipient, action_recipients
from clerk_tui.store.settings import ClerkDetails
from clerk_tui.store.sheet import SheetAction, build_sheet

if TYPE_CHECKING:
    from sqlite_utils import Database

REPLY_DAYS_BEFORE_MEETING = 7
REPLY_DAYS_WITHOUT_MEETING = 14
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass
class Chaser:
    recipient: Recipient
    committee: str
    reply_by: date
    next_meeting: date | None
    actions: list[SheetAction] = field(default_factory=list)
    sender: ClerkDetails = field(default_factory=ClerkDetails)

    @property
    def refs(self) -> list[str]:
        return [action.ref for action in self.actions]

    @property
    def subject(self) -> str:
        """'Riverside HWB: your open actions (RHWB/24/01, RHWB/24/03), update needed by ...'"""
        return (
            f"{self.committee}: your open actions ({span(self.refs)}), update needed by "
            f"{long_date(self.reply_by)}"
        )

    @property
    def body(self) -> str:
        return render_body(self)


def reply_date(next_meeting: date | None, today: date) -> date:
    """A week before the next meeting when it is known and still ahead, else two weeks on."""
    if next_meeting and next_meeting - timedelta(days=REPLY_DAYS_BEFORE_MEETING) > today:
        return next_meeting - timedelta(days=REPLY_DAYS_BEFORE_MEETING)
    return today + timedelta(days=REPLY_DAYS_WITHOUT_MEETING)


def build_chasers(
    db: Database,
    committee: str,
    *,
    reply_by: date | None = None,
    today: date | None = None,
    include_exempt: bool = False,
    sender: ClerkDetails | None = None,
) -> list[Chaser]:
    """One chaser per owner of the committee's open actions (exempt ones left out unless
    `include_exempt`), by owner name, from `sender`. An action with several owners is in
    each one's."""
    sheet = build_sheet(db, committee, today=today, include_exempt=include_exempt)
    when = reply_by or reply_date(sheet.next_meeting, sheet.export_date)
    owners = action_recipients(db, [a.id for a in sheet.outstanding])
    chasers: dict[str, Chaser] = {}
    for action in sheet.outstanding:
        for recipient in owners.get(action.id, []):
            chaser = chasers.setdefault(
                recipient.key,
                Chaser(
                    recipient,
                    sheet.committee,
                    when,
                    sheet.next_meeting,
                    sender=sender or ClerkDetails(),
                ),
            )
            chaser.actions.append(action)
    return sorted(chasers.values(), key=lambda c: c.recipient.name.lower())


def _plain(text: object) -> str:
    """One line of user text: control characters dropped, whitespace runs collapsed."""
    return " ".join(_CONTROL.sub(" ", str(text)).split())


def render_body(chaser: Chaser) -> str:
    """The message text: a greeting, the actions, the date an update is wanted by, and the
    clerk's signature."""
    meeting = (
        f" before the meeting on {long_date(chaser.next_meeting)}" if chaser.next_meeting else ""
    )
    lines = [
        greeting(_plain(chaser.recipient.name), chaser.recipient.kind),
        "",
        f"The {_plain(chaser.committee)} action log lists the following open "
        f"action{'s' if len(chaser.actions) != 1 else ''} for you.",
        f"Please send an update on {'it' if len(chaser.actions) == 1 else 'each'} by "
        f"{long_date(chaser.reply_by)}{meeting}.",
        "",
    ]
    for action in chaser.actions:
        lines.append(f"- Ref {action.ref}: {_plain(action.text)}")
        where = []
        if action.meeting_date:
            where.append(f"meeting of {long_date(action.meeting_date)}")
        if action.item:
            where.append(f"item {_plain(action.item)}")
        if where:
            lines.append(f"  From: {', '.join(where)}")
        lines.append(f"  Due: {_due(action)}")
        lines.append(f"  Status: {action.status}")
        lines.append(f"  Latest update: {_plain(action.update) if action.update else 'none yet'}")
        lines.append("")
    if any_provisional(chaser.refs):
        lines += [PROVISIONAL_LEGEND, ""]
    sign_off = [_plain(line) for line in chaser.sender.sign_off()]
    lines += ["Thank you.", "", "Kind regards,", *sign_off, ""] if sign_off else ["Thank you.", ""]
    return "\n".join(lines)


def _due(action: SheetAction) -> str:
    if action.due and action.original_due:
        return f"{long_date(action.due)} (revised; first due {long_date(action.original_due)})"
    if action.due:
        return long_date(action.due)
    return _plain(action.due_text) if action.due_text else "no date set"


def to_email(chaser: Chaser) -> EmailMessage:
    """A standard message: To (blank when no email is known), Subject, plain-text body."""
    message = EmailMessage()
    name = _plain(chaser.recipient.name)
    message["To"] = formataddr((name, chaser.recipient.email)) if chaser.recipient.email else ""
    sender = chaser.sender
    if sender.email:
        message["From"] = formataddr((_plain(sender.name), sender.email))
    message["Subject"] = _plain(chaser.subject)
    message["X-Unsent"] = "1"
    message.set_content(chaser.body)
    return message


def default_chase_folder(committee: str, today: date | None = None) -> Path:
    return Path(f"{slug(committee)}-chasers-{(today or date.today()).isoformat()}")


def write_chasers(chasers: list[Chaser], folder: str | Path) -> list[Path]:
    """Write `<owner>.eml` and `<owner>.md` for each chaser into `folder` (made if needed);
    the paths written, .eml first for each owner."""
    target = Path(folder).expanduser()
    written: list[Path] = []
    try:
        target.mkdir(parents=True, exist_ok=True)
        used: set[str] = set()
        for chaser in chasers:
            stem = base = slug(chaser.recipient.name)
            counter = 2
            while stem in used:
                stem, counter = f"{base}-{counter}", counter + 1
            used.add(stem)
            eml = target / f"{stem}.eml"
            eml.write_bytes(to_email(chaser).as_bytes(policy=email.policy.SMTP))
            markdown = target / f"{stem}.md"
            markdown.write_text(
                f"# {_plain(chaser.subject)}\n\n{chaser.body}", encoding="utf-8", newline="\n"
            )
            written += [eml, markdown]
    except OSError as exc:
        raise ExportError(f"cannot write chasers to {target}: {exc.strerror or exc}") from exc
    return written
