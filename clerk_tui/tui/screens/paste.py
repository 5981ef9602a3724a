"""Paste minutes (`i`): committee, date, title and the text; a live preview of what will be
stored; ctrl+s stores it, ctrl+o opens a file from disk.

The paste goes through the same service as `clerk import` (`services.imports`): a debounced
worker asks `preview_import` what the text would store (parsing in a separate process when
the text is long), and ctrl+s hands that preview to `store_import` in another worker. Minutes
of a meeting already stored update it in place, after the clerk says which actions that
vanished from the corrected text to drop (`VanishedDialog`).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.suggester import SuggestFromList
from textual.timer import Timer
from textual.widgets import Header, Input, Label, SelectionList, Static, TextArea
from textual.widgets.selection_list import Selection

from clerk_tui.core.amend import AmendmentDiff, StoredAction
from clerk_tui.core.dates import parse_date_literal
from clerk_tui.core.language import NOT_ENGLISH
from clerk_tui.core.refs import PROVISIONAL_LEGEND, any_provisional, span
from clerk_tui.core.source import InputError, normalise_newlines
from clerk_tui.services.imports import (
    DuplicateMinutes,
    ImportPreview,
    ImportRequest,
    StoredMeeting,
    describe,
    file_request,
    parse_minutes,
    preview_import,
    store_import,
    with_force,
)
from clerk_tui.services.meetings import committees, list_meetings
from clerk_tui.tui.commands import bindings
from clerk_tui.tui.common import Footer, plural, printable, several_lines
from clerk_tui.tui.dialogs import ChoiceDialog, ConfirmDialog, PromptDialog

if TYPE_CHECKING:
    from clerk_tui.core.model import ParsedMinutes
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


class FieldInput(Input):
    """A one-line field of the paste screen (committee, date, title). A paste of several
    lines is minutes, not a name or a date: it goes on to the screen, which puts it in the
    minutes area, where Input would keep its first line and drop the rest."""

    async def _on_paste(self, event: events.Paste) -> None:
        if several_lines(event.text):
            event.prevent_default()  # not Input's own paste: the event bubbles to the screen


class PasteScreen(Screen[None]):
    """Paste or open minutes, check the preview, store them."""

    app: ClerkApp  # type: ignore[assignment]

    SCOPE = "paste"
    AUTO_FOCUS = "#paste-text"
    """The minutes area has the focus as the screen shows, so minutes pasted at once go in
    there: committee, date and title are filled from them. (A focus() in on_mount comes a
    moment later: a paste that arrived while the screen was opening went to Textual's first
    focusable widget, the Committee field, which kept its first line.)"""
    BINDINGS = bindings(SCOPE)

    def __init__(self) -> None:
        super().__init__()
        self.preview: ImportPreview | None = None
        self.source: str | None = None
        """The name of the file the minutes were opened from ('pasted' when stored if none)."""
        self.source_sha256: str | None = None
        self._debounce: Timer | None = None
        self._prefilled: dict[str, str] = {}
        self._parser_process: ProcessPoolExecutor | None = None
        self.replaces: int | None = None
        """The meeting the clerk chose to update (ctrl+r); None: found by committee and date."""
        self.storing = False
        """A store is running: ctrl+s waits for it rather than storing twice."""

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="paste-body"):
            with Vertical(id="paste-form"):
                with Grid(id="paste-fields"):
                    yield Label("Committee")
                    yield FieldInput(
                        placeholder="as in the minutes, or type one", id="paste-committee"
                    )
                    yield Label("Date")
                    yield FieldInput(placeholder="2024-03-14 or 14 March 2024", id="paste-date")
                    yield Label("Title")
                    yield FieldInput(placeholder="optional", id="paste-title")
                yield MinutesEditor(id="paste-text", soft_wrap=True)
            with VerticalScroll(id="paste-preview"):
                yield Static(id="preview-body", markup=False)
        yield Footer()

    def on_paste(self, event: events.Paste) -> None:
        """A paste while no field has the focus (after storing, say), or of several lines
        into a one-line field, goes into the minutes."""
        event.stop()
        self.query_one("#paste-text", MinutesEditor).insert_pasted(event.text)

    def on_mount(self) -> None:
        self.query_one("#paste-text", TextArea).border_title = "Minutes: paste here (ctrl+o: file)"
        self.query_one("#paste-preview").border_title = "What will be stored"
        self.show_preview_text(Text("Paste minutes on the left; the preview appears here."))

    def on_screen_resume(self) -> None:
        self.reload()

    def reload(self) -> None:
        """Refresh the committee suggestions (a worker)."""
        self.app.run_service(
            self, "paste-committees", committees, exclusive=True, done=self.suggest_committees
        )

    def suggest_committees(self, names: list[str]) -> None:
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

    def request(self) -> ImportRequest:
        """What the preview depends on: the text, the committee and date typed for it, and
        the meeting it replaces (the title and the file name are added when storing)."""
        committee = self.query_one("#paste-committee", Input).value.strip() or None
        return ImportRequest(
            self.query_one("#paste-text", TextArea).text,
            committee,
            self.typed_date()[0],
            replaces=self.replaces,
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
        self.preview_in_background(
            request, self.show_preview, lambda error: self.show_parse_failure(request, error)
        )

    def preview_in_background(
        self, request: ImportRequest, done: Any, failed: Any, group: str = "paste-parse"
    ) -> None:
        """What storing `request` would store, from a worker (`services.imports`)."""
        if len(request.text) >= SEPARATE_PROCESS_FROM:
            self.parser_process()  # started here, on the main thread
        self.app.run_service(
            self,
            group,
            preview_import,
            request,
            parse=self.parse,
            match_owners=True,
            exclusive=True,
            done=done,
            failed=failed,
        )

    def parse(self, request: ImportRequest) -> ParsedMinutes:
        """The parse of a request, in a separate process when the text is long (runs in the
        preview's worker). A parser bug must not take the clerk's paste with it: it comes
        out as an InputError saying the minutes could not be read."""
        try:
            if len(request.text) < SEPARATE_PROCESS_FROM:
                return parse_minutes(request)
            from clerk_tui.core.parse import parse

            hints = {"meeting_date": request.meeting_date, "committee": request.committee}
            parsed: ParsedMinutes = (
                self.parser_process().submit(parse, request.text, **hints).result()
            )
            return parsed
        except Exception as exc:
            raise InputError(f"Could not read these minutes: {printable(exc)}") from exc

    def show_parse_failure(self, request: ImportRequest, error: Exception) -> None:
        if request != self.request():
            return  # the text changed meanwhile; a newer preview is on its way
        if isinstance(error, InputError):
            self.preview = None
            self.show_preview_text(Text(str(error)))
        else:
            self.app.tell_failure(error)

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
        """The app is ending: a parse still running in the spare process is only a preview
        nobody will see. It is ended, so the app need not wait for it (a long text's parse
        held the exit for seconds; past the hang-up backstop the parse was left behind,
        blocked for ever writing its result to an app that had gone)."""
        if self._parser_process is not None:
            self._parser_process.shutdown(wait=False, cancel_futures=True)
            for process in multiprocessing.active_children():  # the spare process alone
                process.terminate()

    def show_preview(self, preview: ImportPreview) -> None:
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

    def preview_text(self, preview: ImportPreview) -> Text:
        """The preview: plain Text, so nothing from the minutes is read as markup."""
        parsed = preview.parsed
        today = self.app.today
        out = Text()
        if not self.typed_date()[1]:
            out.append(f"Date not understood: {DATE_HINT}\n\n", "bold red")
        elif preview.missing:
            out.append(
                missing_text(preview.missing, preview.last_committee) + "\n\n", "bold yellow"
            )
        if preview.foreign:
            out.append(NOT_ENGLISH[0].upper() + NOT_ENGLISH[1:] + ".\n\n", "bold yellow")
        for fault in parsed.faults:
            out.append(
                printable(f"A rule of the parser failed: {fault}; the rest of the parse is shown")
                + "\n\n",
                "bold yellow",
            )
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
            match = (preview.owner_matches or {}).get(action.owner or "", "")
            due = action.due.isoformat() if action.due else action.due_text
            overdue = action.due is not None and action.due < today
            detail = f"  {owner}" + (f" ({match})" if match else "")
            detail += f" · due {due}" if due else " · no due date"
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
        if self.storing:
            return
        self.storing = True
        if self.preview is not None and self.preview.request == request:
            self.store(self.preview, force)
            return
        if self._debounce is not None:
            self._debounce.stop()
        self.preview_in_background(
            request,
            lambda preview: self.store(preview, force),
            self.could_not_store,
            group="paste-store",
        )

    def store(self, preview: ImportPreview, force: bool = False) -> None:
        """Store the previewed minutes (a worker), with the title typed and the file's name;
        minutes of a stored meeting first ask which vanished actions to drop."""
        self.preview = preview
        stored_request = replace(
            preview.request,
            title=self.typed_title(),
            source=self.source,
            source_sha256=self.source_sha256,
        )
        preview = replace(preview, request=stored_request)
        if force:
            preview = with_force(preview)
        if preview.missing:
            self.storing = False
            self.ask_for(preview.missing, preview.last_committee)
            return
        if preview.amendment is None:
            self.app.run_service(
                self,
                "paste-store",
                store_import,
                preview,
                done=self.stored_new,
                failed=self.could_not_store,
            )
            return
        meeting = describe(preview.amendment.meeting)

        def apply(drop: set[int] | None) -> None:
            if drop is None:
                self.storing = False
                self.app.tell("Nothing stored; the pasted minutes are still here.")
                return
            self.app.run_service(
                self,
                "paste-store",
                store_import,
                preview,
                frozenset(drop),
                done=lambda stored: self.stored_amendment(meeting, stored),
                failed=self.could_not_store,
            )

        if preview.amendment.diff.vanished:
            self.app.push_screen(VanishedDialog(meeting, preview.amendment.diff.vanished), apply)
        else:
            apply(set())

    def ask_for(self, missing: tuple[str, ...], last_committee: str | None = None) -> None:
        """Nothing is stored without a committee and a date: say what to type, and put the
        cursor in the first field that needs it."""
        self.app.tell(missing_text(missing, last_committee), severity="warning", timeout=10)
        self.query_one(f"#paste-{missing[0]}", Input).focus()

    def stored_new(self, stored: StoredMeeting) -> None:
        self.app.tell(
            f"Stored meeting {stored.id} ({stored.committee}, {stored.date}): {stored.contents()}."
            + (f" {PROVISIONAL_LEGEND}" if any_provisional(stored.action_refs) else "")
        )
        self.stored(len(stored.proposals))

    def stored_amendment(self, meeting: str, stored: StoredMeeting) -> None:
        result = stored.amendment
        dropped = f"; {len(result.dropped)} dropped" if result.dropped else ""
        added = f"; new: {span(result.added_refs)}" if result.added_refs else ""
        self.app.tell(f"Updated {meeting}: actions {result.diff.summary()}{dropped}{added}.")
        self.stored(len(stored.proposals))

    def could_not_store(self, error: Exception) -> None:
        self.storing = False
        if isinstance(error, DuplicateMinutes):
            self.offer_second_copy(describe(error.meeting))
        else:
            self.app.tell(str(error), severity="error")

    def typed_title(self) -> str | None:
        return self.query_one("#paste-title", Input).value.strip() or None

    def stored(self, proposals: int) -> None:
        """Empty the form after storing and leave the text field, so the single keys (`a`
        actions, `r` review) work at once; point at the review queue when there is news."""
        self.storing = False
        self.action_clear()
        self.action_leave_field()
        if proposals:
            self.app.tell(proposals_message(proposals), timeout=10)

    def action_choose_meeting(self) -> None:
        """Choose the stored meeting these (corrected) minutes replace, or none."""
        self.app.run_service(
            self,
            "paste-meetings",
            list_meetings,
            self.request().committee,
            done=self.choose_meeting,
        )

    def choose_meeting(self, meetings: list[dict[str, Any]]) -> None:
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

    def offer_second_copy(self, name: str) -> None:
        self.app.tell(f"These minutes are already stored as {name}.", severity="warning")

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
        """Read a minutes file (text, Word, PDF, web page, Markdown) off the UI thread through
        the import service, as `clerk import` does, and load its text into the editor; or say
        in one line why not, leaving the editor as it was."""
        try:
            request = file_request(path)
        except InputError as exc:
            self.app.call_from_thread(self.app.tell, str(exc), severity="error")
            return
        self.app.call_from_thread(self.load_file, request)

    def load_file(self, request: ImportRequest) -> None:
        for field in self.query(Input):
            field.value = ""
        editor = self.query_one("#paste-text", TextArea)
        editor.load_text(printable(request.text))
        editor.focus()
        self.source, self.source_sha256 = request.source, request.source_sha256
        self.schedule_parse()

    def action_leave_field(self) -> None:
        """Take the focus out of a text field so the single-key commands work again."""
        self.query_one("#paste-preview").focus()


# --- amended minutes ------------------------------------------------------------------------


def vanished_label(action: StoredAction) -> Text:
    label = Text(f"{action.name}  ", style="bold")
    label.append(printable(action.text))
    if action.owner:
        label.append(f"  {printable(action.owner)}", style="dim")
    return label


class VanishedDialog(ModalScreen[set[int] | None]):
    """Actions stored for a meeting but missing from its corrected minutes: the clerk ticks
    those to drop; the others are kept. Dismisses with the ids to drop, or None to cancel."""

    BINDINGS = [
        Binding("ctrl+s", "confirm", "Update meeting", id="vanished.confirm"),
        Binding("escape", "cancel", "Cancel", id="vanished.cancel"),
    ]

    def __init__(self, meeting: str, vanished: list[StoredAction]) -> None:
        super().__init__()
        self.meeting = meeting
        self.vanished = vanished

    def compose(self) -> ComposeResult:
        count = plural(len(self.vanished), "action is", "actions are")
        with Vertical(classes="dialog", id="vanished-dialog"):
            yield Static(
                f"{count} stored for {self.meeting} but not in the corrected minutes. "
                "Tick those to drop; the others are kept (with their history).",
                markup=False,
                classes="dialog-message",
            )
            yield SelectionList[int](
                *[Selection(vanished_label(a), a.id, False) for a in self.vanished],
                id="vanished-list",
            )
            yield Static(
                "space ticks or unticks · ctrl+s updates the meeting · escape cancels",
                classes="dialog-hint",
            )

    def on_mount(self) -> None:
        self.query_one(SelectionList).focus()

    def action_confirm(self) -> None:
        self.dismiss(set(self.query_one(SelectionList).selected))

    def action_cancel(self) -> None:
        self.dismiss(None)


def amendment_text(meeting: str, diff: AmendmentDiff) -> Text:
    """The preview's account of what storing corrected minutes would change."""
    out = Text()
    out.append(f"Updates {printable(meeting)}\n", "bold")
    out.append(f"Actions: {diff.summary()}\n", "dim")
    for pairing in diff.changed:
        out.append(f"~ {pairing.old.name} ", "bold")
        out.append(printable(pairing.new.text))
        out.append(f"  changed: {', '.join(pairing.changed)}\n", "dim")
    for _index, action in diff.new:
        out.append("+ new ", "bold")
        out.append(printable(action.text) + "\n")
    for gone in diff.vanished:
        out.append(f"- {gone.name} ", "bold")
        out.append(printable(gone.text))
        out.append("  not in these minutes (ctrl+s asks: drop or keep)\n", "dim")
    if diff.unchanged:
        out.append("The actions are the same; statuses and notes stay as they are.\n", "dim")
    return out


def missing_text(missing: tuple[str, ...], last_committee: str | None = None) -> str:
    """'These minutes name no committee: type it above, then ctrl+s stores them.' (with
    the committee stored last, when there is one, as a suggestion)."""
    what = " or ".join(missing)
    it = "them" if len(missing) > 1 else "it"
    last = f" (the last was {printable(last_committee)})" if last_committee else ""
    return f"These minutes name no {what}: type {it} above{last}, then ctrl+s stores them."


def proposals_message(count: int) -> str:
    """What the clerk is told after storing minutes that report progress on open actions."""
    updates = plural(count, "proposed update")
    return f"{updates} to open actions — press r to review"
