"""Paste minutes (`i`): committee, date, title and the text; a live preview of what will be
stored; ctrl+s stores it, ctrl+o opens a file from disk.

Parsing runs in a thread worker, debounced, so a long paste stays responsive; the worker
hands its result back with `call_from_thread` and never touches widgets itself.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.suggester import SuggestFromList
from textual.timer import Timer
from textual.widgets import Footer, Header, Input, Label, Static, TextArea
from textual.worker import get_current_worker

from clerk_tui.core.dates import parse_date_literal
from clerk_tui.core.source import InputError, normalise_newlines
from clerk_tui.store import StoreError
from clerk_tui.store.meetings import (
    DuplicateMinutes,
    committees,
    describe,
    find_duplicate,
    get_meeting,
    list_meetings,
)
from clerk_tui.tui.cycle_ui import VanishedDialog, amendment_text, plural, proposals_message
from clerk_tui.tui.screens.base import db_lock
from clerk_tui.tui.widgets import printable

if TYPE_CHECKING:
    from clerk_tui.core.amend import AmendmentDiff
    from clerk_tui.core.matching import MatchResult
    from clerk_tui.core.model import ParsedMinutes
    from clerk_tui.ingest import Document
    from clerk_tui.tui.app import ClerkApp

DEBOUNCE_SECONDS = 0.3
SEPARATE_PROCESS_FROM = 64 * 1024
"""Texts this long are parsed in a separate process: the parser's regular expressions hold
Python's GIL, so a long parse in a thread froze typing for about a second (200 KB)."""
DATE_HINT = "use 2024-03-14 or 14 March 2024"
PREVIEW_LIMIT = 200
"""Entries of each kind listed in the preview; the count above always gives the total."""


class MinutesEditor(TextArea):
    """The paste area: pasted text has its newlines normalised and its control characters
    (terminal escapes) replaced by visible symbols, so nothing pasted can drive the terminal."""

    async def _on_paste(self, event: events.Paste) -> None:
        event.prevent_default()
        event.stop()
        self.insert_pasted(event.text)

    def insert_pasted(self, pasted: str) -> None:
        """Put pasted text at the cursor, made safe, and take the focus."""
        if self.read_only:
            return
        text = printable(normalise_newlines(pasted))
        if result := self._replace_via_keyboard(text, *self.selection):
            self.move_cursor(result.end_location)
            self.focus()


@dataclass(frozen=True)
class ParseRequest:
    """What a parse depends on: the text and the committee and date typed for it."""

    text: str
    committee: str | None
    meeting_date: date | None
    replaces: int | None = None
    """The stored meeting the clerk chose to update with this text, if any."""


@dataclass(frozen=True)
class Amendment:
    """A stored meeting the pasted text is a new version of, and what would change."""

    meeting: dict[str, Any]
    diff: AmendmentDiff


@dataclass(frozen=True)
class Preview:
    request: ParseRequest
    parsed: ParsedMinutes
    owner_matches: dict[str, str]
    """Owner as written -> its match against the people directory, in a few words."""
    amendment: Amendment | None = None


def find_amendment(db: Any, request: ParseRequest, parsed: ParsedMinutes) -> Amendment | None:
    """The stored meeting these minutes update: the one the clerk chose, else the one of the
    same committee and date (unless this exact text is stored already), with the diff."""
    from clerk_tui.store.cycle import find_previous_version, preview_amendment

    if request.replaces is not None:
        meeting = get_meeting(db, request.replaces)
    else:
        meeting = find_previous_version(
            db,
            request.committee or parsed.meeting.committee,
            request.meeting_date or parsed.meeting.date,
        )
        if meeting is not None and find_duplicate(db, request.text):
            meeting = None
    if meeting is None:
        return None
    return Amendment(meeting, preview_amendment(db, meeting["id"], request.text, parsed))


def owner_matches(
    db: Any, parsed: ParsedMinutes, on_date: date | None, committee: str | None
) -> dict[str, str]:
    """Each action owner's match, as the import will make it, in a few words."""
    from clerk_tui.store.people import match_owners

    return {
        owner: describe_match(match)
        for owner, match in match_owners(db, parsed, on_date, committee).items()
    }


def describe_match(match: MatchResult) -> str:
    """'matched: Priya Natarajan', 'ambiguous: 2 candidates' or 'unknown'."""
    if match.status == "matched":
        return f"matched: {match.person}"
    if match.status == "ambiguous":
        return f"ambiguous: {plural(len(match.candidates), 'candidate')}"
    return str(match.status)


class PasteScreen(Screen[None]):
    """Paste or open minutes, check the preview, store them."""

    app: ClerkApp  # type: ignore[assignment]

    BINDINGS = [
        Binding("ctrl+s", "store", "Store", id="paste.store"),
        Binding("ctrl+o", "open_file", "Open file", id="paste.open_file"),
        Binding("ctrl+r", "choose_meeting", "Update a meeting", id="paste.choose_meeting"),
        Binding("escape", "leave_field", "Leave field", id="paste.leave_field"),
    ]
    COMMANDS_FOR_PALETTE: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("Store pasted minutes", "Save the meeting, its actions and follow-ups", "store"),
        ("Clear pasted minutes", "Empty the text and the fields", "clear"),
        (
            "Update a stored meeting with these minutes",
            "Corrected minutes: choose the meeting they replace (ctrl+r)",
            "choose_meeting",
        ),
    )

    def __init__(self) -> None:
        super().__init__()
        self.preview: Preview | None = None
        self.source: str | None = None
        """The name of the file the minutes were opened from ('pasted' when stored if none)."""
        self.source_sha256: str | None = None
        self._debounce: Timer | None = None
        self._prefilled: dict[str, str] = {}
        self._parser_process: ProcessPoolExecutor | None = None
        self.replaces: int | None = None
        """The meeting the clerk chose to update (ctrl+r); None: found by committee and date."""

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="paste-body"):
            with Vertical(id="paste-form"):
                with Grid(id="paste-fields"):
                    yield Label("Committee")
                    yield Input(placeholder="as in the minutes, or type one", id="paste-committee")
                    yield Label("Date")
                    yield Input(placeholder="2024-03-14 or 14 March 2024", id="paste-date")
                    yield Label("Title")
                    yield Input(placeholder="optional", id="paste-title")
                yield MinutesEditor(id="paste-text", soft_wrap=True)
            with VerticalScroll(id="paste-preview"):
                yield Static(id="preview-body", markup=False)
        yield Footer()

    def on_paste(self, event: events.Paste) -> None:
        """A paste while no field has the focus (after storing, say) goes into the minutes."""
        event.stop()
        self.query_one("#paste-text", MinutesEditor).insert_pasted(event.text)

    def on_mount(self) -> None:
        self.query_one("#paste-text", TextArea).border_title = "Minutes: paste here (ctrl+o: file)"
        self.query_one("#paste-preview").border_title = "What will be stored"
        self.show_preview_text(Text("Paste minutes on the left; the preview appears here."))
        self.query_one("#paste-text", TextArea).focus()

    def on_screen_resume(self) -> None:
        self.reload()

    def reload(self) -> None:
        """Refresh the committee suggestions."""
        try:
            names = committees(self.app.db)
        except StoreError as exc:
            self.app.tell(str(exc), severity="error")
            names = []
        self.query_one("#paste-committee", Input).suggester = SuggestFromList(
            names, case_sensitive=False
        )

    # --- reading the form -----------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return bool(self.query_one("#paste-text", TextArea).text.strip())

    def typed_date(self) -> tuple[date | None, bool]:
        """The date typed (None when empty) and whether what was typed is a date."""
        value = self.query_one("#paste-date", Input).value.strip()
        if not value:
            return None, True
        found = parse_date_literal(value)
        return found, found is not None

    def request(self) -> ParseRequest:
        committee = self.query_one("#paste-committee", Input).value.strip() or None
        return ParseRequest(
            self.query_one("#paste-text", TextArea).text,
            committee,
            self.typed_date()[0],
            self.replaces,
        )

    # --- parsing, debounced, in a worker --------------------------------------------------

    @on(TextArea.Changed, "#paste-text")
    def _text_changed(self) -> None:
        self.schedule_parse()

    @on(Input.Changed, "#paste-committee, #paste-date")
    def _field_changed(self, event: Input.Changed) -> None:
        if self._prefilled.pop(event.input.id or "", None) == event.value:
            return  # the parser's own value, prefilled: parsing again would change nothing
        self.schedule_parse()

    def schedule_parse(self) -> None:
        if self._debounce is not None:
            self._debounce.stop()
        self._debounce = self.set_timer(DEBOUNCE_SECONDS, self.start_parse)

    def start_parse(self) -> None:
        request = self.request()
        if not request.text.strip():
            self.preview = None
            self.show_preview_text(Text("Paste minutes on the left; the preview appears here."))
            return
        if len(request.text) >= SEPARATE_PROCESS_FROM:
            self.parser_process()
        self.parse_in_background(request)

    @work(thread=True, exclusive=True, group="paste-parse")
    def parse_in_background(self, request: ParseRequest) -> None:
        try:
            preview = self.build_preview(request)
        except Exception as exc:  # a parser bug must not take the clerk's paste with it
            if not get_current_worker().is_cancelled:
                self.app.call_from_thread(self.show_parse_failure, request, exc)
            return
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self.show_preview, preview)

    def show_parse_failure(self, request: ParseRequest, error: Exception) -> None:
        if request == self.request():
            self.preview = None
            self.show_preview_text(Text(f"Could not read these minutes: {printable(error)}"))

    def build_preview(self, request: ParseRequest) -> Preview:
        from clerk_tui.core.parse import parse

        hints = {"meeting_date": request.meeting_date, "committee": request.committee}
        if len(request.text) < SEPARATE_PROCESS_FROM:
            parsed = parse(request.text, **hints)  # type: ignore[arg-type]
        else:
            parsed = self.parser_process().submit(parse, request.text, **hints).result()
        from clerk_tui.store.cycle import without_repeated_actions

        on_date = request.meeting_date or parsed.meeting.date
        committee = request.committee or parsed.meeting.committee
        with db_lock:
            # Rows of an action log that only repeat open actions are not stored again.
            parsed = without_repeated_actions(self.app.db, parsed, request.text, committee, on_date)
            return Preview(
                request,
                parsed,
                owner_matches(self.app.db, parsed, on_date, committee),
                find_amendment(self.app.db, request, parsed),
            )

    def parser_process(self) -> ProcessPoolExecutor:
        """One spare process for long texts, started on first use (on the main thread) and
        kept. Textual's stand-in for sys.stderr has no file number, which multiprocessing
        needs while it starts the process, so the real stderr stands in for that moment."""
        if self._parser_process is None:
            context = multiprocessing.get_context("spawn")  # no fork of a threaded app
            with contextlib.redirect_stderr(sys.__stderr__):
                self._parser_process = ProcessPoolExecutor(max_workers=1, mp_context=context)
                self._parser_process.submit(int)  # starts the process now
        return self._parser_process

    def on_unmount(self) -> None:
        if self._parser_process is not None:
            self._parser_process.shutdown(wait=False, cancel_futures=True)

    def show_preview(self, preview: Preview) -> None:
        if preview.request != self.request():
            return  # the text changed while parsing; a newer parse is on its way
        self.preview = preview
        self.prefill(preview.parsed)
        self.show_preview_text(self.preview_text(preview))

    def prefill(self, parsed: ParsedMinutes) -> None:
        """Put what the parser found into the fields the clerk left empty."""
        meeting = parsed.meeting
        found = {
            "paste-committee": meeting.committee,
            "paste-date": meeting.date.isoformat() if meeting.date else None,
            "paste-title": meeting.title,
        }
        for field_id, value in found.items():
            field = self.query_one(f"#{field_id}", Input)
            if value and not field.value.strip():
                self._prefilled[field_id] = printable(value)
                field.value = printable(value)

    def show_preview_text(self, text: Text) -> None:
        self.query_one("#preview-body", Static).update(text)

    def preview_text(self, preview: Preview) -> Text:
        """The preview: plain Text, so nothing from the minutes is read as markup."""
        parsed = preview.parsed
        today = self.app.today
        out = Text()
        if not self.typed_date()[1]:
            out.append(f"Date not understood: {DATE_HINT}\n\n", "bold red")
        if preview.amendment is not None:
            out.append_text(
                amendment_text(describe(preview.amendment.meeting), preview.amendment.diff)
            )
            out.append("\n")

        def section(title: str, count: int) -> None:
            out.append(f"{title} ({count})\n", "bold")

        section("Actions", len(parsed.actions))
        for action in parsed.actions[:PREVIEW_LIMIT]:
            out.append(f"• {printable(action.text)}\n")
            owner = action.owner or "no owner"
            match = preview.owner_matches.get(action.owner or "", "")
            due = action.due.isoformat() if action.due else (action.due_text or "no due date")
            overdue = action.due is not None and action.due < today
            detail = f"  {owner}" + (f" ({match})" if match else "") + f" · due {due}"
            if overdue:
                detail += " · overdue"
            out.append(printable(detail) + "\n", "red" if overdue else "dim")
        self.more(out, len(parsed.actions))
        out.append("\n")
        section("Follow-ups", len(parsed.follow_ups))
        for follow_up in parsed.follow_ups[:PREVIEW_LIMIT]:
            when = follow_up.due.isoformat() if follow_up.due else (follow_up.when or "no date")
            out.append(f"• {printable(follow_up.text)}\n")
            out.append(
                printable(f"  {follow_up.committee or 'this committee'} · {when}") + "\n", "dim"
            )
        self.more(out, len(parsed.follow_ups))
        out.append("\n")
        section("People", len(parsed.people))
        for person in parsed.people[:PREVIEW_LIMIT]:
            name = " ".join(p for p in (person.role, person.name) if p) or "(unnamed)"
            out.append(printable(f"• {name}") + "\n")
        self.more(out, len(parsed.people))
        items = plural(len(parsed.items), "agenda item")
        out.append(f"\n{items}, {plural(len(parsed.decisions), 'decision')}", "dim")
        return out

    @staticmethod
    def more(out: Text, total: int) -> None:
        if total > PREVIEW_LIMIT:
            out.append(f"  … and {total - PREVIEW_LIMIT} more\n", "dim")

    # --- storing --------------------------------------------------------------------------

    def action_store(self, force: bool = False) -> None:
        request = self.request()
        if not request.text.strip():
            self.app.tell("Nothing to store: paste minutes first.", severity="warning")
            return
        if not self.typed_date()[1]:
            self.app.tell(
                "The date is not understood: use 2024-03-14 or 14 March 2024.", severity="error"
            )
            return
        if self.preview is None or self.preview.request != request:
            if self._debounce is not None:
                self._debounce.stop()
            try:
                self.preview = self.build_preview(request)
            except Exception as exc:  # as in the worker: say so, keep the text
                self.app.tell(f"Could not read these minutes: {exc}", severity="error")
                return
        if self.preview.amendment is not None:
            self.store_amendment(self.preview, title=self.typed_title())
            return
        from clerk_tui.store.cycle import propose_reconciliation
        from clerk_tui.store.meetings import save_parsed

        try:
            with db_lock:
                stored = save_parsed(
                    self.app.db,
                    request.text,
                    self.preview.parsed,
                    committee=request.committee,
                    meeting_date=request.meeting_date,
                    title=self.typed_title(),
                    source=self.source or "pasted",
                    source_sha256=self.source_sha256,
                    force=force,
                )
                proposals = propose_reconciliation(self.app.db, stored.id)
        except DuplicateMinutes:
            self.offer_second_copy(request.text)
            return
        except StoreError as exc:
            self.app.tell(str(exc), severity="error")
            return
        what = ", ".join(p for p in (stored.committee, stored.date) if p) or "no committee or date"
        self.app.tell(
            f"Stored meeting {stored.id} ({what}): {plural(stored.actions, 'action')}, "
            f"{plural(stored.follow_ups, 'follow-up')}, "
            f"{plural(stored.people, 'person', 'people')}."
        )
        self.stored(len(proposals))

    def typed_title(self) -> str | None:
        return self.query_one("#paste-title", Input).value.strip() or None

    def stored(self, proposals: int) -> None:
        """Empty the form after storing and leave the text field, so the single keys (`a`
        actions, `r` review) work at once; point at the review queue when there is news."""
        self.action_clear()
        self.action_leave_field()
        if proposals:
            self.app.tell(proposals_message(proposals), timeout=10)

    def store_amendment(self, preview: Preview, *, title: str | None) -> None:
        """Update the stored meeting in place, first asking which vanished actions to drop."""
        amendment = preview.amendment
        assert amendment is not None
        meeting = describe(amendment.meeting)

        def apply(drop: set[int] | None) -> None:
            if drop is None:
                self.app.tell("Nothing stored; the pasted minutes are still here.")
                return
            from clerk_tui.store.cycle import apply_amendment

            try:
                with db_lock:
                    result = apply_amendment(
                        self.app.db,
                        amendment.meeting["id"],
                        preview.request.text,
                        preview.parsed,
                        drop,
                        title=title,
                        source=self.source,
                        source_sha256=self.source_sha256,
                    )
            except StoreError as exc:
                self.app.tell(str(exc), severity="error")
                return
            dropped = f"; {len(result.dropped)} dropped" if result.dropped else ""
            self.app.tell(f"Updated {meeting}: actions {result.diff.summary()}{dropped}.")
            self.stored(len(result.proposals))

        if amendment.diff.vanished:
            self.app.push_screen(VanishedDialog(meeting, amendment.diff.vanished), apply)
        else:
            apply(set())

    def action_choose_meeting(self) -> None:
        """Choose the stored meeting these (corrected) minutes replace, or none."""
        from clerk_tui.tui.screens.review import ChoiceDialog

        with db_lock:
            meetings = list_meetings(self.app.db, self.request().committee)
        choices = [("none", Text("None: a meeting of its own (or found by committee and date)"))]
        choices += [
            (str(m["id"]), Text(printable(f"{describe(m)}  {m['title'] or ''}"))) for m in meetings
        ]

        def chosen(key: str | None) -> None:
            if key is None:
                return
            self.replaces = None if key == "none" else int(key)
            self.schedule_parse()

        self.app.push_screen(
            ChoiceDialog("Which stored meeting do these minutes update?", choices), chosen
        )

    def offer_second_copy(self, text: str) -> None:
        earlier = find_duplicate(self.app.db, text)
        name = describe(earlier) if earlier else "an earlier meeting"
        self.app.tell(f"These minutes are already stored as {name}.", severity="warning")
        from clerk_tui.tui.dialogs import ConfirmDialog

        def answered(again: bool | None) -> None:
            if again:
                self.action_store(force=True)

        self.app.push_screen(
            ConfirmDialog(f"These minutes are already stored as {name}. Store a second copy?"),
            answered,
        )

    def action_clear(self) -> None:
        """Empty the text and the fields."""
        for field in self.query(Input):
            field.value = ""
        self.query_one("#paste-text", TextArea).clear()
        self.source = self.source_sha256 = None
        self.preview = None
        self.replaces = None

    # --- opening a file -------------------------------------------------------------------

    def action_open_file(self) -> None:
        from clerk_tui.tui.dialogs import PromptDialog

        def chosen(path: str | None) -> None:
            if path and path.strip():
                self.open_file(Path(path.strip()).expanduser())

        self.app.push_screen(
            PromptDialog(
                "Open minutes file (.docx .pdf .html .md .txt)", placeholder="path/to/minutes.docx"
            ),
            chosen,
        )

    @work(thread=True, exclusive=True, group="open-file")
    def open_file(self, path: Path) -> None:
        """Read a minutes file (text, Word, PDF, web page, Markdown) off the UI thread and
        load its text into the editor, or say in one line why not."""
        from clerk_tui.ingest import read_file

        try:
            document = read_file(path)
        except InputError as exc:
            self.app.call_from_thread(self.app.tell, str(exc), severity="error")
            return
        self.app.call_from_thread(self.load_document, document)

    def load_document(self, document: Document) -> None:
        for field in self.query(Input):
            field.value = ""
        editor = self.query_one("#paste-text", TextArea)
        editor.load_text(printable(document.text))
        editor.focus()
        self.source, self.source_sha256 = document.name, document.sha256
        self.schedule_parse()

    def action_leave_field(self) -> None:
        """Take the focus out of a text field so the single-key commands work again."""
        self.query_one("#paste-preview").focus()
