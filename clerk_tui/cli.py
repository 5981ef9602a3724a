"""The `clerk` command: the app's jobs, headless. With no subcommand it opens the app."""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import shutil
import sys
import textwrap
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from clerk_tui.core.refs import PROVISIONAL_LEGEND, any_provisional, of_row
from clerk_tui.core.source import InputError
from clerk_tui.core.wording import plural
from clerk_tui.store import StoreError, open_db

EXIT_BAD_INPUT = 1
EXIT_BAD_ARGUMENTS = 2
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(value: object) -> str:
    """Text safe for a terminal: control characters (escape sequences) shown as '?'."""
    return _CONTROL.sub("?", "" if value is None else str(value))


def iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {value!r}") from None


def stdin_or_file(name: str) -> tuple[str, bytes | None]:
    """A FILE argument as the import service takes it: '-' is standard input's bytes."""
    if name == "-":
        return "standard input", sys.stdin.buffer.read()
    return name, None


def emit_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def emit_table(rows: Sequence[Sequence[object]], headers: Sequence[str]) -> None:
    """A plain aligned table; long cells are cut so a row stays on one line."""
    cells = [[printable(c).replace("\n", " ")[:60] for c in row] for row in rows]
    widths = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for row in cells:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


# --- commands -------------------------------------------------------------------------------


def cmd_app(args: argparse.Namespace) -> int:
    # What the app builds while it starts (Textual, its modules, the first screen) is not
    # garbage: the collector stays off until the first screen is up (ClerkApp.started),
    # which saves about 30 ms of every start.
    gc.disable()
    from clerk_tui.tui.app import run_app

    return run_app(args.db)


def cmd_parse(args: argparse.Namespace) -> int:
    from clerk_tui.core.language import NOT_ENGLISH, looks_foreign
    from clerk_tui.core.parse import parse
    from clerk_tui.services.imports import read_minutes

    text = read_minutes(*stdin_or_file(args.file)).text
    result = parse(text, meeting_date=args.date, committee=args.committee)
    print(json.dumps(result.to_json(), ensure_ascii=False))
    if looks_foreign(text):
        print(f"clerk: {NOT_ENGLISH}", file=sys.stderr)
    for fault in result.faults:  # a rule that failed: the rest of the parse is still printed
        print(f"clerk: {printable(fault)}", file=sys.stderr)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from clerk_tui.core.language import NOT_ENGLISH, looks_foreign
    from clerk_tui.services.imports import MissingDetails, file_request, import_minutes

    db = open_db(args.db)
    failed = 0
    for name in args.files:
        label = "standard input" if name == "-" else name
        try:
            request = file_request(
                *stdin_or_file(name),
                committee=args.committee,
                meeting_date=args.date,
                title=args.title,
                force=args.force,
            )
            try:
                stored = import_minutes(db, request)
            except MissingDetails as missing:
                if name == "-" or not sys.stdin.isatty():
                    raise
                stored = import_minutes(db, ask_missing(request, missing))
        except MissingDetails as exc:
            failed += 1
            hint = " and ".join(MISSING_HINTS[m] for m in exc.missing)
            if exc.last_committee:
                hint += f"; the last was {exc.last_committee!r}"
            print(f"clerk: {printable(label)}: {printable(exc)} (give {hint})", file=sys.stderr)
            continue
        except (InputError, StoreError) as exc:
            failed += 1
            print(f"clerk: {printable(exc)}", file=sys.stderr)
            continue
        what = f"{stored.committee}, {stored.date}"
        verb = "updated meeting" if stored.amendment else "stored meeting"
        print(printable(f"{label}: {verb} {stored.id} ({what}): {stored.contents()}"))
        if stored.amendment:
            print_amendment(stored.amendment)
        print_proposals(stored.proposals)
        if any_provisional(stored.action_refs):
            print(f"  {PROVISIONAL_LEGEND}")
        if looks_foreign(request.text):
            print(printable(f"clerk: {label}: {NOT_ENGLISH}"), file=sys.stderr)
        for fault in stored.faults:  # stored all the same: the rest of the parse is there
            print(printable(f"clerk: {label}: {fault}"), file=sys.stderr)
    return EXIT_BAD_INPUT if failed else 0


MISSING_HINTS = {"committee": "--committee NAME", "date": "--date YYYY-MM-DD"}


def ask_missing(request: Any, missing: Any) -> Any:
    """The request with the committee and date the minutes lack, asked for on the terminal
    (the committee offers the last one stored, taken by an empty answer; otherwise an empty
    answer or end of input gives up: nothing is stored)."""
    from dataclasses import replace

    from clerk_tui.core.dates import parse_date_literal

    answers: dict[str, Any] = {}
    source = request.source or "the minutes"
    for field in missing.missing:
        example = "2024-03-14 or 14 March 2024" if field == "date" else "as the clerk calls it"
        offer = missing.last_committee if field == "committee" else None
        offered = f" [{printable(offer)}]" if offer else ""
        while True:
            try:
                typed = input(
                    f"{printable(source)} names no {field}. The {field} ({example}){offered}: "
                )
            except EOFError:
                raise missing from None
            typed = typed.strip() or (offer or "")
            if not typed:
                raise missing
            if field == "committee":
                answers["committee"] = typed
                break
            when = parse_date_literal(typed)
            if when is not None:
                answers["meeting_date"] = when
                break
            print(f"clerk: not a date: {printable(typed)}", file=sys.stderr)
    return replace(request, **answers)


def print_amendment(result: Any) -> None:
    """What a new version of stored minutes changed (a store.amendments.AmendmentResult)."""
    diff = result.diff
    print(printable(f"  amended minutes: {diff.summary()}"))
    for pairing in diff.changed:
        print(
            printable(
                f"  changed action {pairing.old.name} ({', '.join(pairing.changed)}): "
                f"{pairing.new.text}"
            )
        )
    for ref, (_index, action) in zip(result.added_refs, diff.new, strict=True):
        print(printable(f"  new action {ref}: {action.text}"))
    for action in diff.vanished:
        kept = action.id in result.kept_vanished
        hint = f"kept; drop it with: clerk action {action.name} --drop" if kept else "removed"
        print(printable(f"  vanished action {action.name} ({hint}): {action.text}"))


def print_proposals(proposals: Sequence[dict[str, Any]]) -> None:
    """Reconciliation proposals, one line each, with the passage they come from."""
    if not proposals:
        return
    from clerk_tui.core.reconcile import change_label

    print(f"  {len(proposals)} proposed from matters arising (clerk reconcile MEETING --accept ID)")
    for p in proposals:
        print(
            printable(
                f"  proposal {p['id']}: {change_label(p['kind'], p['value'])} on action "
                f'{p["action_ref"]} ({p["action"]}) <- "{p["passage"]}"'
            )
        )


def cmd_reconcile(args: argparse.Namespace) -> int:
    from clerk_tui.core.reconcile import change_label
    from clerk_tui.services import reconcile

    db = open_db(args.db)
    for proposal_id in args.accept or []:
        reconcile.accept_proposal(db, proposal_id)
        print(f"accepted proposal {proposal_id}")
    for proposal_id in args.reject or []:
        reconcile.reject_proposal(db, proposal_id)
        print(f"rejected proposal {proposal_id}")
    if args.again:
        reconcile.propose_reconciliation(db, args.meeting)
    rows = reconcile.list_proposals(db, args.meeting, None if args.all else "pending")
    if args.json:
        emit_json(rows)
    elif not (args.accept or args.reject):
        emit_table(
            [
                (
                    r["id"],
                    r["action_ref"],
                    change_label(r["kind"], r["value"]),
                    r["status"],
                    r["passage"],
                )
                for r in rows
            ],
            ["ID", "ACTION", "PROPOSAL", "STATUS", "PASSAGE"],
        )
    return 0


def cmd_chase(args: argparse.Namespace) -> int:
    from clerk_tui.services.exports import default_chase_folder, write_chasers_for

    chasers, folder, _files = write_chasers_for(
        open_db(args.db),
        args.committee,
        args.out or default_chase_folder(args.committee),
        reply_by=args.by,
        include_exempt=args.include_exempt,
    )
    if not chasers:
        print(printable(f"no open actions to chase for {args.committee}"))
        return 0
    for chaser in chasers:
        to = chaser.recipient.email or "no email known"
        print(printable(f"{chaser.recipient.name} ({to}): {plural(len(chaser.actions), 'action')}"))
    print(printable(f"wrote {len(chasers)} chasers (.eml and .md) to {folder}"))
    return 0


def cmd_confirm(args: argparse.Namespace) -> int:
    from clerk_tui.services.meetings import set_meeting_state

    state = "draft" if args.draft else "confirmed"
    set_meeting_state(open_db(args.db), args.meeting, state)
    print(f"meeting {args.meeting}: {state}")
    return 0


def cmd_exempt(args: argparse.Namespace) -> int:
    from clerk_tui.services.actions import find_action_id
    from clerk_tui.services.meetings import set_exempt

    db = open_db(args.db)
    action_id = None if args.action is None else find_action_id(db, args.action)
    set_exempt(db, item_id=args.item, action_id=action_id, exempt=not args.undo)
    what = f"item {args.item}" if args.item is not None else f"action {args.action}"
    print(f"{what}: {'not exempt' if args.undo else 'exempt (kept out of exports and chasers)'}")
    return 0


def cmd_meetings(args: argparse.Namespace) -> int:
    from clerk_tui.services.meetings import list_meetings

    rows = list_meetings(open_db(args.db), committee=args.committee)
    if args.json:
        emit_json(rows)
    else:
        emit_table(
            [
                (
                    r["id"],
                    r["committee"] or "",
                    r["date"] or "",
                    r["title"] or "",
                    r["open_actions"],
                )
                for r in rows
            ],
            ["ID", "COMMITTEE", "DATE", "TITLE", "OPEN"],
        )
    return 0


def cmd_meeting(args: argparse.Namespace) -> int:
    from clerk_tui.services import meetings

    db = open_db(args.db)
    if args.delete:
        contents = meetings.meeting_contents(db, args.meeting)
        what = contents.summary()
        if not args.yes and not confirmed(f"Delete {what}?"):
            print(printable(f"not deleted: {what} (add --yes to delete without asking)"))
            return EXIT_BAD_INPUT
        meetings.delete_meeting(db, args.meeting)
        print(printable(f"deleted {what}"))
        return 0
    if args.committee is None and args.date is None and args.title is None:
        emit_json(meetings.meeting_contents(db, args.meeting).meeting)
        return 0
    meeting = meetings.edit_meeting(
        db, args.meeting, committee=args.committee, meeting_date=args.date, title=args.title
    )
    print(
        printable(
            f"meeting {meeting['id']}: {meeting['committee'] or 'no committee'}, "
            f"{meeting['date'] or 'no date'}, {meeting['title'] or 'no title'}"
        )
    )
    return 0


def confirmed(question: str) -> bool:
    """A yes from the terminal; False when no one is there to answer."""
    if not sys.stdin.isatty():
        return False
    try:
        return input(printable(f"{question} [y/N] ")).strip().lower() in ("y", "yes")
    except EOFError:
        return False


def cmd_samples(args: argparse.Namespace) -> int:
    from clerk_tui.services import samples

    db = open_db(args.db)
    if args.remove:
        meetings, actions, committees = samples.remove_samples(db)
        print(f"removed {plural(meetings, 'sample meeting')} with {plural(actions, 'action')}")
        if committees:
            print(printable(f"and the committees only they used: {', '.join(committees)}"))
        return 0
    stored, failures = samples.load_samples(db)
    for failure in failures:
        print(f"clerk: {printable(failure)}", file=sys.stderr)
    print(f"loaded {stored} sample minutes; remove them with: clerk samples --remove")
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    from clerk_tui.services import settings

    db = open_db(args.db)
    given = {f: getattr(args, f) for f in settings.FIELDS}
    if given["signature"] is not None:
        given["signature"] = given["signature"].replace("\\n", "\n")
    details = (
        settings.save_clerk_details(db, **given)
        if any(v is not None for v in given.values())
        else settings.clerk_details(db)
    )
    if args.json:
        emit_json({f: getattr(details, f) for f in settings.FIELDS})
        return 0
    for field in settings.FIELDS:
        lines = (getattr(details, field) or "(not set)").splitlines()
        print(f"{field}: " + "\n           ".join(printable(line) for line in lines))
    return 0


def cmd_actions(args: argparse.Namespace) -> int:
    from clerk_tui.core.status import status_of
    from clerk_tui.services.actions import ActionFilter, list_actions

    flt = ActionFilter(
        status=args.status, committee=args.committee, owner=args.owner, overdue=args.overdue
    )
    rows = list_actions(open_db(args.db), flt)
    today = date.today()
    if args.json:
        emit_json([{**r, "status_words": status_of(r, today)} for r in rows])
    else:
        for line in actions_table(rows, today, shutil.get_terminal_size((100, 24)).columns):
            print(line)
    return 0


def actions_table(rows: list[dict[str, Any]], today: date, width: int) -> list[str]:
    """The actions as a table `width` columns wide: the reference, the action, owner, due date,
    the due date as minuted and the status first (the same words as the app's), then what
    fits of committee and meeting date; long text wraps (`--json` has every field whole)."""
    from clerk_tui.core.columns import fit_widths
    from clerk_tui.core.status import status_of

    headers = {
        "ref": "REF",
        "committee": "COMMITTEE",
        "meeting": "MEETING",
        "action": "ACTION",
        "owner": "OWNER",
        "due": "DUE",
        "phrase": "AS MINUTED",
        "status": "STATUS",
    }
    cells = [
        {
            "ref": of_row(r),
            "committee": r["committee_short"] or r["committee"] or "",
            "meeting": r["meeting_date"] or "",
            "action": r["text"],
            "owner": r["person"] or r["owner"] or "",
            "due": r["due"] or "",
            "phrase": r["due_text"] or "",
            "status": status_of(r, today),
        }
        for r in rows
    ]

    def widest(key: str, most: int = 1000, *, word: bool = False) -> int:
        """The longest value (or word of a value) in the column, its header, or `most`."""
        values = [printable(c[key]) for c in cells]
        parts = [w for v in values for w in v.split()] if word else values
        return min(most, max([len(headers[key]), *(len(v) for v in parts)]))

    widths = fit_widths(
        [
            ("ref", widest("ref")),
            ("action", 30),
            ("owner", widest("owner", 14, word=True)),
            ("due", widest("due")),
            ("status", widest("status")),
            ("phrase", widest("phrase", 12, word=True)),
            ("owner", widest("owner", 22)),
            ("phrase", widest("phrase", 20)),
            ("committee", widest("committee", 10)),
            ("meeting", widest("meeting")),
        ],
        width,
        flexible="action",
    )
    shown = [key for key in headers if key in widths]
    widths["action"] = min(widths["action"], widest("action"))
    lines = ["  ".join(headers[k].ljust(widths[k]) for k in shown).rstrip()]
    for row in cells:
        wrapped = {
            k: textwrap.wrap(printable(row[k]).replace("\n", " "), widths[k]) or [""] for k in shown
        }
        for line in range(max(len(w) for w in wrapped.values())):
            parts = (wrapped[k][line] if line < len(wrapped[k]) else "" for k in shown)
            lines.append(
                "  ".join(
                    part.ljust(widths[k]) for part, k in zip(parts, shown, strict=True)
                ).rstrip()
            )
    return lines


def action_key(value: str) -> int | str:
    """An action as typed: its shared reference ('HWB/25/07') or its number here."""
    from clerk_tui.core.refs import normalise

    if value.strip().isdigit():
        return int(value)
    ref = normalise(value)
    if ref is None:
        raise argparse.ArgumentTypeError(
            f"not an action reference like HWB/25/07 or a number: {value!r}"
        )
    return ref


def cmd_action(args: argparse.Namespace) -> int:
    from clerk_tui.core.status import status_of
    from clerk_tui.services import actions

    db = open_db(args.db)
    args.id = actions.find_action_id(db, args.id)
    status = "done" if args.done else "dropped" if args.drop else "open" if args.reopen else None
    if status:
        action = actions.set_status(db, args.id, status, args.note)
    elif args.due:
        due, reading = parse_due_argument(args.due)
        action = actions.edit_action(db, args.id, due=(due, None), note=args.note)
        print(printable(reading))
    elif args.owner:
        action = actions.edit_action(db, args.id, owner=(args.owner, None), note=args.note)
    elif args.note:
        action = actions.add_note(db, args.id, args.note)
    else:
        emit_json(actions.get_action(db, args.id))
        return 0
    print(
        printable(
            f"action {of_row(action)}: {status_of(action, date.today())}, "
            f"due {action['due'] or '-'}, owner {action['person'] or action['owner'] or '-'}"
        )
    )
    return 0


def parse_due_argument(value: str) -> tuple[date, str]:
    """A due date typed by the clerk ('2025-07-01', '28 June', 'next Friday'), and how it
    was read, with the other reading when the phrase has two."""
    from clerk_tui.core.due_input import due_readings
    from clerk_tui.core.status import day_label

    readings = due_readings(value, date.today())
    if not readings:
        raise InputError(f"cannot read {value!r} as a date; try 2025-07-01 or '28 June'")
    first = readings[0]
    said = f"{value.strip()} → {day_label(first.day)}"
    if first.meaning:
        said += f" ({first.meaning})"
    for other in readings[1:]:
        said += f"; for {other.meaning}, give {other.day.isoformat()}"
    return first.day, said


def cmd_follow_ups(args: argparse.Namespace) -> int:
    from clerk_tui.core.status import follow_up_status
    from clerk_tui.services.follow_ups import list_follow_ups

    rows = list_follow_ups(open_db(args.db), committee=args.committee)
    today = date.today()
    for r in rows:
        due = date.fromisoformat(r["due"]) if r["due"] else None
        r["status_words"] = follow_up_status(r["status"], due, today)
    if args.json:
        emit_json(rows)
    else:
        emit_table(
            [
                (
                    r["id"],
                    r["committee"] or "",
                    r["due"] or r["when_text"] or "",
                    r["text"],
                    r["status_words"],
                )
                for r in rows
            ],
            ["ID", "COMMITTEE", "WHEN", "FOLLOW-UP", "STATUS"],
        )
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from clerk_tui.services.records import search

    rows = search(open_db(args.db), args.query)
    if args.json:
        emit_json(rows)
    else:
        emit_table(
            [
                (r["kind"], r["id"], r["committee"] or "", r["date"] or "", r["snippet"])
                for r in rows
            ],
            ["KIND", "ID", "COMMITTEE", "DATE", "MATCH"],
        )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from clerk_tui.services.records import backup

    target = backup(open_db(args.db), args.path)
    print(f"backed up to {target}")
    return 0


def cmd_people_import(args: argparse.Namespace) -> int:
    from clerk_tui.services.people import import_csv

    report = import_csv(open_db(args.db), args.file)
    print(
        printable(
            f"{args.file}: {report.added} added ({report.bodies} bodies), {report.updated} "
            f"updated, {report.unchanged} unchanged; {report.roles} roles, "
            f"{report.aliases} aliases, {report.seats} committee seats"
            + (
                f"; {report.rematched} names waiting in stored minutes now matched"
                if report.rematched
                else ""
            )
        )
    )
    return 0


def cmd_people_list(args: argparse.Namespace) -> int:
    from clerk_tui.services.people import list_people

    rows = list_people(open_db(args.db), committee=getattr(args, "committee", None))
    if getattr(args, "json", False):
        emit_json(rows)
    else:
        emit_table(
            [
                (
                    r["id"],
                    r["name"],
                    r["kind"],
                    "; ".join(role["title"] for role in r["roles"]),
                    r["organisation"] or "",
                    "; ".join(r["aliases"]),
                    "; ".join(_seat(seat) for seat in r["committees"]),
                )
                for r in rows
            ],
            ["ID", "NAME", "KIND", "ROLE", "ORGANISATION", "ALIASES", "COMMITTEES"],
        )
    return 0


def _seat(seat: dict[str, Any]) -> str:
    """'ICAT Steering Group (SF)': a committee seat and the initials its minutes use."""
    return seat["committee"] + (f" ({seat['initials']})" if seat["initials"] else "")


def cmd_people_match(args: argparse.Namespace) -> int:
    from clerk_tui.services.people import committee_exists, load_matcher

    db = open_db(args.db)
    if args.committee and not committee_exists(db, args.committee):
        print(
            printable(f"note: no committee called {args.committee!r}; nobody sits on it yet"),
            file=sys.stderr,
        )
    matcher = load_matcher(db)
    results = [
        matcher.match(text, on_date=args.date, committee=args.committee) for text in args.texts
    ]
    if args.json:
        emit_json([r.to_json() for r in results])
    else:
        emit_table(
            [
                (
                    r.query,
                    r.status,
                    r.person or ", ".join(c.person for c in r.candidates),
                    r.score,
                    r.reason,
                )
                for r in results
            ],
            ["TEXT", "STATUS", "PERSON", "SCORE", "WHY"],
        )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from clerk_tui.export import FORMATS
    from clerk_tui.services.exports import export_sheet

    suffix = Path(args.out).suffix.lstrip(".").lower() if args.out else ""
    fmt = args.format or (suffix if suffix in FORMATS else "docx")
    target, sheet = export_sheet(
        open_db(args.db),
        args.committee,
        fmt,
        args.out or ".",
        force=args.force,
        include_exempt=args.include_exempt,
        next_meeting=args.next_meeting,
    )
    print(
        printable(
            f"wrote {target}: {plural(len(sheet.outstanding), 'outstanding action')}, "
            f"{plural(len(sheet.follow_ups), 'follow-up')}, {len(sheet.completed)} completed"
        )
    )
    return 0


def cmd_server_init(args: argparse.Namespace) -> int:
    from clerk_tui.services.team import init_server, redact

    init_server(args.url)
    print(printable(f"sync server ready at {redact(args.url)}"))
    return 0


def cmd_server_add_clerk(args: argparse.Namespace) -> int:
    from clerk_tui.sync import admin

    clerk = admin.add_clerk(args.url, args.name, args.committee or [], args.all)
    print(printable(f"clerk {clerk.name} may see: {', '.join(clerk.committees)}"))
    for name in clerk.unknown:
        print(
            printable(
                f"clerk: no committee called {name!r} on the server yet; granted for when its "
                "first minutes arrive (check the spelling)"
            ),
            file=sys.stderr,
        )
    if clerk.password:
        print(printable(f"password for {clerk.name} (shown once; give it to them privately):"))
        print(clerk.password)
        print(printable(f"they connect with: clerk sync --server {clerk.url} --password"))
    else:
        print(printable(f"{clerk.name} already had a role: their password is unchanged"))
    return 0


def cmd_server_remove_clerk(args: argparse.Namespace) -> int:
    from clerk_tui.sync import admin

    clerk = admin.remove_clerk(args.url, args.name, args.committee)
    if args.committee:
        left = ", ".join(clerk.committees) or "nothing"
        print(printable(f"clerk {clerk.name} may now see: {left}"))
    else:
        print(printable(f"clerk {clerk.name} removed: the role and its grants are gone"))
    return 0


def cmd_server_clerks(args: argparse.Namespace) -> int:
    from clerk_tui.sync import admin

    emit_table(
        [(c.name, ", ".join(c.committees)) for c in admin.list_clerks(args.url)],
        ["CLERK", "COMMITTEES"],
    )
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    import getpass

    from clerk_tui.services.team import sync_now

    password = getpass.getpass("sync server password: ") if args.password else None
    report = sync_now(
        open_db(args.db), args.server, args.name, password=password, ca_file=args.ca_file
    )
    print(printable(report.summary()))
    for note in report.notes:
        print(f"clerk: {printable(note)}", file=sys.stderr)
    for reason in report.skipped_reasons:
        print(f"clerk: not applied here: {printable(reason)}", file=sys.stderr)
    if report.conflicts:
        print("see them with: clerk conflicts")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from clerk_tui.store import actions
    from clerk_tui.store.refs import find_action_id
    from clerk_tui.sync import client

    db = open_db(args.db)
    action_id = find_action_id(db, args.action)
    action = actions.get_action(db, action_id)
    try:
        entries = client.history(db, action_id)
    except StoreError as exc:
        print(f"clerk: {printable(exc)}; this copy's own history:", file=sys.stderr)
        entries = [
            client.AuditEntry(e["at"], e["clerk"] or "this copy", _event_text(e))
            for e in action["events"]
        ]
    if args.json:
        emit_json([asdict(e) for e in entries])
    else:
        print(printable(f"action {of_row(action)}: {action['text']}"))
        emit_table([(e.at, e.role, e.what) for e in entries], ["WHEN", "WHO", "WHAT"])
    return 0


def _event_text(event: dict[str, Any]) -> str:
    if event["field"] == "created":
        return "created"
    if event["field"] == "note":
        return f"note: {event['note']}"
    change = f"{event['field']} {event['old_value'] or '-'} -> {event['new_value'] or '-'}"
    return change + (f" ({event['note']})" if event["note"] else "")


def cmd_conflicts(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from clerk_tui.services.team import conflicts

    found = conflicts(open_db(args.db))
    if args.json:
        emit_json([asdict(c) for c in found])
    else:
        for conflict in found:
            print(printable(f"{conflict.at}  {conflict.message}"))
    return 0


def cmd_keys(args: argparse.Namespace) -> int:
    from clerk_tui.tui.commands import APP, COMMANDS, SCREENS, keymap_path, load_keymap

    keymap = load_keymap()
    emit_table(
        [
            (
                c.id,
                keymap.get(c.id, c.key),
                "everywhere" if c.scope == APP else SCREENS[c.scope].title,
                c.title or c.label,
            )
            for c in COMMANDS
            if c.key
        ],
        ["ID", "KEY", "WHERE", "WHAT"],
    )
    print(printable(f'change a key in {keymap_path()}: [keys] then "actions.done" = "D"'))
    return 0


# --- argument parsing -----------------------------------------------------------------------


class VersionAction(argparse.Action):
    """`--version`, looked up in the installed package's metadata only when asked for
    (importlib.metadata reads every installed package: about 10 ms of each start)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(
            option_strings,
            dest=argparse.SUPPRESS,
            default=argparse.SUPPRESS,
            nargs=0,
            help="show program's version number and exit",
        )

    def __call__(self, parser: argparse.ArgumentParser, *args: Any) -> None:
        print(f"clerk {_version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clerk", description="Turn committee minutes into a tracked action log."
    )
    parser.add_argument("--db", help="database file (default: $CLERK_DB or the user data dir)")
    parser.add_argument("--version", action=VersionAction)
    parser.set_defaults(handler=cmd_app)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, handler: Callable[[argparse.Namespace], int], help_text: str):
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        sub.add_argument("--db", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        return sub

    sub = command("parse", cmd_parse, "parse minutes and print what was found (stores nothing)")
    sub.add_argument("--json", action="store_true", help="print the parse as JSON (the default)")
    sub.add_argument("--date", type=iso_date, help="meeting date YYYY-MM-DD if the text lacks it")
    sub.add_argument("--committee", help="committee name if the text lacks it")
    sub.add_argument("file", help="minutes file (.txt .docx .pdf .html .md), or - for stdin")

    sub = command("import", cmd_import, "parse and store minutes, one meeting per file")
    sub.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="minutes (.txt .docx .pdf .html .md), or - for stdin",
    )
    sub.add_argument("--committee", help="committee name (else read from the minutes)")
    sub.add_argument("--date", type=iso_date, help="meeting date YYYY-MM-DD")
    sub.add_argument("--title", help="meeting title")
    sub.add_argument("--force", action="store_true", help="store minutes already imported")

    sub = command("meetings", cmd_meetings, "list meetings, newest first")
    sub.add_argument("--committee")
    sub.add_argument("--json", action="store_true")

    sub = command(
        "meeting",
        cmd_meeting,
        "show a meeting, correct its committee, date or title, or delete it with its actions",
    )
    sub.add_argument("meeting", type=int, metavar="MEETING", help="meeting id (clerk meetings)")
    sub.add_argument("--committee", help="the committee it was a meeting of")
    sub.add_argument("--date", type=iso_date, help="the date it was held, YYYY-MM-DD")
    sub.add_argument("--title", help="its title ('' clears it)")
    sub.add_argument(
        "--delete", action="store_true", help="delete it with its actions and follow-ups"
    )
    sub.add_argument("--yes", action="store_true", help="delete without asking")

    sub = command("samples", cmd_samples, "load the sample minutes to try the app, or remove them")
    sub.add_argument("--remove", action="store_true", help="remove the sample minutes")

    sub = command(
        "settings",
        cmd_settings,
        "your name, title, email and signature, for the chasers (shown when none is given)",
    )
    sub.add_argument("--name", help="your name, as the chasers are signed")
    sub.add_argument("--title", help="your job title: 'Clerk to the Council'")
    sub.add_argument("--email", help="your email: the chasers come from it")
    sub.add_argument("--signature", help="signature lines (\\n between lines); '' for the default")
    sub.add_argument("--json", action="store_true")

    sub = command("actions", cmd_actions, "list actions (open ones by default)")
    sub.add_argument("--committee")
    sub.add_argument("--owner")
    sub.add_argument(
        "--status",
        default="open",
        choices=["open", "at_risk", "paused", "done", "dropped", "all"],
    )
    sub.add_argument("--overdue", action="store_true", help="only open actions past their due")
    sub.add_argument("--json", action="store_true")

    sub = command("action", cmd_action, "show or change one action")
    sub.add_argument("id", type=action_key, metavar="REF", help="reference (HWB/25/07) or number")
    change = sub.add_mutually_exclusive_group()
    change.add_argument("--done", action="store_true", help="mark it done")
    change.add_argument("--drop", action="store_true", help="drop it")
    change.add_argument("--reopen", action="store_true", help="open it again")
    change.add_argument(
        "--due", metavar="DATE", help="re-date it: 2025-07-01, '28 June', 'next Friday'"
    )
    change.add_argument("--owner", metavar="NAME", help="reassign it")
    sub.add_argument("--note", metavar="TEXT", help="an update note (alone, or with a change)")

    sub = command("follow-ups", cmd_follow_ups, "list what must come back to a committee")
    sub.add_argument("--committee")
    sub.add_argument("--json", action="store_true")

    sub = command("search", cmd_search, "full-text search over minutes, actions and follow-ups")
    sub.add_argument("query")
    sub.add_argument("--json", action="store_true")

    sub = command("backup", cmd_backup, "write a consistent copy of the database")
    sub.add_argument("path")

    people = command("people", cmd_people_list, "the people and bodies directory")
    people_commands = people.add_subparsers(title="people commands", metavar="COMMAND")
    for name, handler, help_text in (
        ("import", cmd_people_import, "add or update people from a CSV"),
        ("list", cmd_people_list, "list people and bodies with roles and aliases"),
        ("match", cmd_people_match, "say who each TEXT refers to"),
    ):
        sub = people_commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        sub.add_argument("--db", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        if name == "import":
            sub.add_argument("file", metavar="FILE.csv")
        elif name == "list":
            sub.add_argument("--json", action="store_true")
            sub.add_argument("--committee", help="only the people who sit on this committee")
        else:
            sub.add_argument("--json", action="store_true")
            sub.add_argument("--date", type=iso_date, help="resolve roles on this date")
            sub.add_argument(
                "--committee",
                help="match as mentions in this committee's minutes: its members first",
            )
            sub.add_argument("texts", nargs="+", metavar="TEXT")

    from clerk_tui.export import FORMATS

    sub = command("export", cmd_export, "write a committee's action log for its next meeting")
    sub.add_argument("--committee", required=True)
    sub.add_argument(
        "--format", choices=list(FORMATS), help="default: from --out's extension, else docx"
    )
    sub.add_argument("--out", metavar="PATH", help="file or folder (default: a dated name here)")
    sub.add_argument("--force", action="store_true", help="replace an existing file")
    sub.add_argument("--include-exempt", action="store_true", help="include exempt (Part II) items")
    sub.add_argument(
        "--next-meeting", type=iso_date, metavar="DATE", help="date to head the log with"
    )

    sub = command(
        "reconcile",
        cmd_reconcile,
        "what MEETING's minutes report on earlier open actions, to confirm: done, dropped, "
        "owner (passed on), due (re-dated) or update (a progress note)",
    )
    sub.add_argument("meeting", type=int, metavar="MEETING", help="meeting id (clerk meetings)")
    sub.add_argument("--json", action="store_true")
    sub.add_argument("--accept", type=int, action="append", metavar="ID", help="apply a proposal")
    sub.add_argument("--reject", type=int, action="append", metavar="ID", help="set one aside")
    sub.add_argument("--all", action="store_true", help="list accepted and rejected ones too")
    sub.add_argument("--again", action="store_true", help="read the minutes again first")

    sub = command("chase", cmd_chase, "write one message (.eml and .md) per owner of open actions")
    sub.add_argument("--committee", required=True)
    sub.add_argument("--out", metavar="DIR", help="folder (default: a dated one here)")
    sub.add_argument(
        "--by",
        type=iso_date,
        metavar="DATE",
        help="update wanted by (default: a week before the next meeting, else in two weeks)",
    )
    sub.add_argument("--include-exempt", action="store_true", help="include exempt (Part II) items")

    sub = command("confirm", cmd_confirm, "mark a meeting's minutes confirmed (or draft again)")
    sub.add_argument("meeting", type=int, metavar="MEETING")
    sub.add_argument("--draft", action="store_true", help="back to draft")

    sub = command("exempt", cmd_exempt, "keep an agenda item or an action out of exports")
    which = sub.add_mutually_exclusive_group(required=True)
    which.add_argument("--item", type=int, metavar="ID", help="an agenda item (and its actions)")
    which.add_argument(
        "--action", type=action_key, metavar="REF", help="an action: reference or number"
    )
    sub.add_argument("--undo", action="store_true", help="let it back into exports")

    server = command("server", cmd_server_clerks, "set up the team's sync server (administrator)")
    server_commands = server.add_subparsers(title="server commands", metavar="COMMAND")
    admin_url = {
        "metavar": "URL",
        "default": os.environ.get("CLERK_ADMIN_URL", ""),
        "help": "the server as its administrator (default: $CLERK_ADMIN_URL, else libpq's "
        "PGHOST, PGUSER, PGDATABASE or PGSERVICE)",
    }
    for name, handler, help_text in (
        ("init", cmd_server_init, "create (or upgrade) the sync schema in a PostgreSQL database"),
        ("add-clerk", cmd_server_add_clerk, "give a clerk a role and committees to see"),
        ("remove-clerk", cmd_server_remove_clerk, "withdraw committees, or the clerk's role"),
        ("clerks", cmd_server_clerks, "list the clerks and what each may see"),
    ):
        sub = server_commands.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        sub.add_argument("--db", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        if name == "init":
            sub.add_argument("url", metavar="URL", help="postgresql://admin@host/database")
            continue
        sub.add_argument("--url", **admin_url)
        if name == "clerks":
            continue
        sub.add_argument("name", metavar="NAME", help="the clerk's role: sam_jones")
        sub.add_argument(
            "--committee",
            action="append",
            metavar="NAME",
            help="a committee, by name or short name (repeatable)",
        )
        if name == "add-clerk":
            sub.add_argument("--all", action="store_true", help="every committee (a lead clerk)")
    server.set_defaults(url=os.environ.get("CLERK_ADMIN_URL", ""))

    sub = command("sync", cmd_sync, "send this copy's changes to the sync server, get the others'")
    sub.add_argument("--server", metavar="URL", help="the server (saved, without its password)")
    sub.add_argument("--name", help="your name, as other clerks see it in conflicts")
    sub.add_argument(
        "--password",
        action="store_true",
        help="ask for your password (kept in the system's credential store)",
    )
    sub.add_argument(
        "--ca-file", metavar="PATH", help="the CA certificate to check the server's against"
    )

    sub = command("history", cmd_history, "who changed an action and when (the server's audit)")
    sub.add_argument("action", type=action_key, metavar="REF", help="reference or number")
    sub.add_argument("--json", action="store_true")

    command("keys", cmd_keys, "the app's commands and their keys (change them in keys.toml)")

    sub = command("conflicts", cmd_conflicts, "edits another clerk's later edit replaced")
    sub.add_argument("--json", action="store_true")
    return parser


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("clerk-tui")
    except PackageNotFoundError:
        return "(not installed)"


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        # A Windows console or a pipe may not take every character of the minutes: show
        # '?' for those rather than stop with an encoding error.
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args))
    except (InputError, StoreError) as exc:
        print(f"clerk: {printable(exc)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("clerk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a last guard: one line, never a traceback, unless debugging
        if os.environ.get("CLERK_DEBUG"):
            raise
        print(
            f"clerk: unexpected error: {printable(exc)} (set CLERK_DEBUG=1 for details)",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
